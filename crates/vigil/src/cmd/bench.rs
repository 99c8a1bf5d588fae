//! `vigil bench`: throughput of extraction and of ingest, and peak memory.
//!
//! Figures come from running the real pipeline over a corpus (the bundled
//! fixtures by default) repeated until it reaches `--mb` megabytes, so the
//! numbers are stable without shipping a large corpus.

use anyhow::{bail, Context, Result};
use rayon::prelude::*;
use std::path::PathBuf;
use std::time::Instant;
use vigil_core::Article;
use vigil_extract::Extractor;

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  vigil bench --mb 50\n  vigil bench --corpus my-articles/ --threads 1\n  \
                  vigil bench --no-ingest --threads 1 --corpus tests/fixtures/articles --corpus news/\n\n\
                  With several --corpus, each is measured on its own (the bundled fixtures are\n\
                  conflict-dense: every sentence reports violence; general news extracts faster)."
)]
pub struct Args {
    /// Directory of articles to benchmark on (any format `vigil ingest` reads).
    /// Repeat to measure several corpora one after the other; ingest is
    /// measured on the first only.
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/articles"))]
    corpus: Vec<PathBuf>,
    /// Also measure extraction on general news: the article texts of a
    /// GeoWebNews XML file (e.g. ../shared/dev-data/GeoWebNews.xml), read at
    /// run time and dated 2018-01-01 (the corpus is 2018 news).
    #[arg(long, value_name = "XML")]
    geowebnews: Option<PathBuf>,
    /// Repeat the corpus until it holds about this many megabytes of text.
    #[arg(long, default_value_t = 20)]
    mb: usize,
    /// Worker threads for the parallel run (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Skip the ingest (SQLite) measurement.
    #[arg(long)]
    no_ingest: bool,
}

pub fn run(args: Args) -> Result<()> {
    for (i, dir) in args.corpus.iter().enumerate() {
        if i > 0 {
            println!();
        }
        let base = super::common::read_corpus(dir)
            .with_context(|| format!("reading corpus {}", dir.display()))?;
        bench_corpus(&args, &dir.display().to_string(), &base, i == 0)?;
    }
    if let Some(path) = &args.geowebnews {
        let xml =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let published = chrono::NaiveDate::from_ymd_opt(2018, 1, 1);
        let base: Vec<Article> = vigil_geo::eval::parse_geowebnews(&xml)?
            .into_iter()
            .map(|g| {
                let mut a = Article::new(g.text);
                a.published = published;
                a
            })
            .collect();
        println!();
        let label = format!("{} (GeoWebNews, general news)", path.display());
        bench_corpus(&args, &label, &base, false)?;
    }
    if let Some(kb) = peak_rss_kb() {
        println!("peak memory (VmHWM): {:.1} MB", kb as f64 / 1024.0);
    }
    Ok(())
}

/// Segment, extract (one thread, then the pool) and, for the `first`
/// corpus, store one corpus.
fn bench_corpus(args: &Args, label: &str, base: &[Article], first: bool) -> Result<()> {
    if base.is_empty() {
        bail!("no articles found in {label}");
    }
    let corpus = replicate(base, args.mb * 1_000_000);
    let bytes: usize = corpus.iter().map(|a| a.text.len()).sum();
    let extractor = Extractor::new();
    println!(
        "corpus {label}: {} distinct articles, replicated to {} articles, {:.1} MB",
        base.len(),
        corpus.len(),
        bytes as f64 / 1e6
    );

    let t = Instant::now();
    let sentences: usize = corpus
        .iter()
        .map(|a| vigil_segment::sentences(&a.text).len())
        .sum();
    report("segment, 1 thread", t, bytes, corpus.len(), sentences);

    // Warm the lazily loaded gazetteer and actor registry outside the timing
    // (loaded once per process: reported for the first corpus only).
    let warm = Instant::now();
    let _ = extractor.extract(&base[0]);
    if first {
        println!(
            "first extraction (loads gazetteer + registry): {:.0} ms",
            ms(warm)
        );
    }

    let t = Instant::now();
    let records = extract_serial(&extractor, &corpus);
    report("extract, 1 thread", t, bytes, corpus.len(), records);

    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()?;
    let t = Instant::now();
    let records: usize =
        pool.install(|| corpus.par_iter().map(|a| extractor.extract(a).len()).sum());
    let label = format!("extract, {} threads", pool.current_num_threads());
    report(&label, t, bytes, corpus.len(), records);

    if first && !args.no_ingest {
        super::common::bench_ingest(&corpus, &extractor, bytes)?;
    }
    Ok(())
}

/// The single-thread extraction pass: records produced. Never inlined, so a
/// profiler can count exactly this loop
/// (`valgrind --tool=callgrind --toggle-collect='*bench::extract_serial*'`).
#[inline(never)]
fn extract_serial(extractor: &Extractor, corpus: &[Article]) -> usize {
    corpus.iter().map(|a| extractor.extract(a).len()).sum()
}

/// Copies of `base` with distinct ids (and a distinguishing suffix) until
/// `target_bytes` of text, so ingest cannot skip them as duplicates.
fn replicate(base: &[Article], target_bytes: usize) -> Vec<Article> {
    let mut out = Vec::new();
    let mut total = 0;
    let mut round = 0usize;
    while total < target_bytes.max(1) {
        for a in base {
            let mut copy = a.clone();
            if round > 0 {
                copy.text.push_str(&format!("\n\n[copy {round}]"));
                copy.id = vigil_core::article_id(&copy.text);
            }
            total += copy.text.len();
            out.push(copy);
        }
        round += 1;
    }
    out
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

/// One throughput line; `items` are what the stage produced (sentences, records).
pub(crate) fn report(label: &str, t: Instant, bytes: usize, articles: usize, items: usize) {
    let s = t.elapsed().as_secs_f64().max(1e-9);
    println!(
        "{label:<22} {:>8.1} MB/s {:>10.0} articles/s  ({items} items in {:.2} s)",
        bytes as f64 / 1e6 / s,
        articles as f64 / s,
        s
    );
}

/// Peak resident set size from /proc (Linux); None elsewhere.
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}
