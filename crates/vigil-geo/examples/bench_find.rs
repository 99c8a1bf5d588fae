//! Throughput of `find_places` on whole articles, one core:
//! `cargo run --release -p vigil-geo --example bench_find [DIR] [MB] [sentences]`
//! (DIR of .txt articles, default the repo's fixture articles; MB of text to
//! process, default 20; `sentences`: one call per rough sentence, as
//! vigil-extract calls it, instead of one per article; `context`: one call
//! per rough sentence with an article context that observes each mention
//! but metonyms, as vigil-extract's `Geo::places` does). Prints MB/s and
//! places/s.
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/articles").to_string()
    });
    let mb: f64 = args.next().map(|s| s.parse()).transpose()?.unwrap_or(20.0);
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(&dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "txt") {
            texts.push(std::fs::read_to_string(path)?);
        }
    }
    if texts.is_empty() {
        return Err(format!("no .txt articles in {dir}").into());
    }
    let mode = args.next();
    if mode.as_deref() == Some("context") {
        let articles: Vec<Vec<String>> = texts.iter().map(|t| rough_sentences(t)).collect();
        let g = vigil_geo::Gazetteer::global();
        for a in &articles {
            let _ = with_context(g, a);
        }
        let t0 = std::time::Instant::now();
        let (mut bytes, mut places) = (0usize, 0usize);
        while bytes < (mb * 1e6) as usize {
            let (b, p) = timed_context(g, &articles);
            bytes += b;
            places += p;
        }
        let s = t0.elapsed().as_secs_f64();
        report(bytes, places, s);
        return Ok(());
    }
    if mode.as_deref() == Some("sentences") {
        texts = texts.iter().flat_map(|t| rough_sentences(t)).collect();
    }
    let g = vigil_geo::Gazetteer::global();
    let ctx = vigil_geo::GeoContext::new();
    // Warm-up: loads the table and the lazily built sets and indexes (their
    // one-off cost is printed apart from the throughput).
    let t0 = std::time::Instant::now();
    for t in &texts {
        let _ = g.find_places(t, &ctx);
    }
    println!(
        "first pass (table load, lazy indexes): {:.0} ms",
        t0.elapsed().as_secs_f64() * 1e3
    );
    let t0 = std::time::Instant::now();
    let (bytes, places) = timed(g, &ctx, &texts, (mb * 1e6) as usize);
    let s = t0.elapsed().as_secs_f64();
    report(bytes, places, s);
    Ok(())
}

/// The measured loop, apart so that a profiler can count it alone
/// (`valgrind --tool=callgrind --toggle-collect='*bench_find::timed*'`).
#[inline(never)]
fn timed(
    g: &vigil_geo::Gazetteer,
    ctx: &vigil_geo::GeoContext,
    texts: &[String],
    target: usize,
) -> (usize, usize) {
    let (mut bytes, mut places) = (0usize, 0usize);
    while bytes < target {
        for t in texts {
            places += g.find_places(t, ctx).len();
            bytes += t.len();
        }
    }
    (bytes, places)
}

/// One pass over `articles` with a context per article (profile with
/// `--toggle-collect='*bench_find::timed_context*'`): bytes and places.
#[inline(never)]
fn timed_context(g: &vigil_geo::Gazetteer, articles: &[Vec<String>]) -> (usize, usize) {
    let (mut bytes, mut places) = (0usize, 0usize);
    for a in articles {
        places += with_context(g, a);
        bytes += a.iter().map(String::len).sum::<usize>();
    }
    (bytes, places)
}

/// The places found in one article's sentences, read in order with a
/// context that observes every mention but metonyms.
fn with_context(g: &vigil_geo::Gazetteer, sentences: &[String]) -> usize {
    let mut ctx = vigil_geo::GeoContext::new();
    let mut n = 0;
    for s in sentences {
        for m in g.find_places(s, &ctx) {
            if m.role != vigil_geo::MentionRole::Metonym {
                ctx.observe(&m);
            }
            n += 1;
        }
    }
    n
}

/// `text` cut after each sentence-final punctuation mark followed by a
/// space, and at line ends: close enough to the segmenter's sentences for a
/// benchmark.
fn rough_sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut start = 0;
        let mut prev_final = false;
        for (k, c) in line.char_indices() {
            if prev_final && c == ' ' {
                out.push(line[start..k].to_string());
                start = k + 1;
            }
            prev_final = matches!(c, '.' | '?' | '!');
        }
        if !line[start..].trim().is_empty() {
            out.push(line[start..].to_string());
        }
    }
    out
}

/// Prints the throughput of `bytes` of text, `places` found, in `secs`.
fn report(bytes: usize, places: usize, secs: f64) {
    println!(
        "find_places: {:.1} MB in {:.2} s = {:.1} MB/s, {:.0} places/s",
        bytes as f64 / 1e6,
        secs,
        bytes as f64 / 1e6 / secs,
        places as f64 / secs
    );
}
