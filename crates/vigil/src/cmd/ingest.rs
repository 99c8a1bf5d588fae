//! `vigil ingest FILE...`: read, extract, store, then re-merge events.
//!
//! Extraction runs in parallel (rayon) in input order; a single writer thread
//! owns the database and commits one transaction per article, so a crash or
//! Ctrl-C loses at most the article being written. Articles already stored
//! (same content hash) are skipped before extraction.

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::mpsc::sync_channel;
use std::time::Instant;
use vigil_core::{Article, Record};
use vigil_store::Store;

#[derive(clap::Args)]
#[command(after_help = "Examples:
  vigil ingest reports/                       # every file under reports/, recursively
  vigil ingest feed.xml page.html wire.jsonl  # formats are detected per file
  curl -s URL | vigil ingest - --input-format html
  VIGIL_DB=iraq.db vigil ingest --batch 64 archive/   # faster; a crash loses one batch at most

Re-running on the same files stores nothing new (articles are keyed by content hash).
After ingesting, duplicate reports are re-merged into events (`vigil events`).")]
pub struct Args {
    #[command(flatten)]
    pub input: super::common::InputArgs,
    /// SQLite database to write (created if missing).
    #[arg(long, env = "VIGIL_DB", default_value = "vigil.db")]
    pub db: PathBuf,
    /// Do not re-merge duplicate reports into events after ingesting.
    #[arg(long)]
    pub no_dedup: bool,
    /// Articles per database transaction. 1 (the default) means a crash or
    /// Ctrl-C loses at most the article being written; larger batches ingest
    /// several times faster and lose at most one uncommitted batch (re-running
    /// the same command picks it up; stored articles are skipped).
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub batch: u32,
}

enum Msg {
    Article(Box<Article>, Vec<Record>),
    /// An article already stored; counted, not written.
    Skipped,
    FileError(String),
    FileDone,
}

#[derive(Default)]
struct Tally {
    new: u64,
    skipped: u64,
    records: u64,
    errors: u64,
}

/// Articles per parallel extraction batch: large enough to keep both cores
/// busy, small enough that the writer starts early and memory stays flat.
const BATCH: usize = 64;

pub fn run(args: Args) -> anyhow::Result<()> {
    let started = Instant::now();
    let mut store =
        Store::open(&args.db).with_context(|| format!("opening {}", args.db.display()))?;
    // A second connection so the producer can skip known articles while
    // the writer holds its own (WAL lets both work at once).
    let reader = Store::open(&args.db)?;
    let opts = args.input.options();
    let paths = super::common::expand_paths(&args.input.files)?;
    let extractor = vigil_extract::Extractor::new();

    let bar = ProgressBar::with_draw_target(Some(paths.len() as u64), ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} files {msg} [{elapsed}]")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );

    let (tx, rx) = sync_channel::<Msg>(4 * BATCH);
    let tally = std::thread::scope(|scope| -> anyhow::Result<Tally> {
        let writer_bar = bar.clone();
        let writer = scope.spawn(move || -> anyhow::Result<Tally> {
            let mut t = Tally::default();
            let batch = args.batch as usize;
            let mut pending: Vec<(Article, Vec<Record>)> = Vec::with_capacity(batch);
            let mut flush = |pending: &mut Vec<(Article, Vec<Record>)>, t: &mut Tally| {
                if pending.is_empty() {
                    return;
                }
                let result = if pending.len() == 1 {
                    let (a, r) = &pending[0];
                    store.insert_article(a, r).map(|n| vec![n])
                } else {
                    store.insert_articles(pending)
                };
                match result {
                    Ok(news) => {
                        for ((_, records), new) in pending.iter().zip(news) {
                            if new {
                                t.new += 1;
                                t.records += records.len() as u64;
                            } else {
                                t.skipped += 1;
                            }
                        }
                    }
                    Err(e) => {
                        t.errors += pending.len() as u64;
                        writer_bar.suspend(|| {
                            for (a, _) in pending.iter() {
                                eprintln!("error: storing article {}: {e}", a.id);
                            }
                        });
                    }
                }
                pending.clear();
            };
            for msg in rx {
                match msg {
                    Msg::Article(a, records) => {
                        pending.push((*a, records));
                        if pending.len() >= batch {
                            flush(&mut pending, &mut t);
                        }
                    }
                    Msg::Skipped => t.skipped += 1,
                    Msg::FileError(m) => {
                        t.errors += 1;
                        writer_bar.suspend(|| {
                            for line in m.lines() {
                                eprintln!("error: {line}");
                            }
                        });
                    }
                    Msg::FileDone => writer_bar.inc(1),
                }
                writer_bar.set_message(format!("{} articles, {} records", t.new, t.records));
            }
            flush(&mut pending, &mut t);
            // Also re-merge when an earlier run was interrupted while merging.
            if !args.no_dedup && (t.new > 0 || store.events_stale().unwrap_or(true)) {
                writer_bar.set_message("merging duplicate reports…");
                let merge_started = Instant::now();
                let s = store.rebuild_events().context("merging events")?;
                writer_bar.suspend(|| {
                    eprintln!(
                        "dedup: {} reports -> {} events ({:.1}s)",
                        s.reports,
                        s.events,
                        merge_started.elapsed().as_secs_f64()
                    )
                });
            }
            Ok(t)
        });

        for input in super::common::read_inputs(&paths, &opts) {
            produce(input, &extractor, &reader, &tx);
            if tx.send(Msg::FileDone).is_err() {
                break; // the writer died; its error is reported below
            }
        }
        drop(tx);
        writer
            .join()
            .map_err(|_| anyhow::anyhow!("writer thread panicked"))?
    })?;
    bar.finish_and_clear();

    eprintln!(
        "ingested {} file(s): {} new article(s), {} skipped (already stored), {} record(s) stored, {} error(s) in {:.1}s -> {}",
        paths.len(),
        tally.new,
        tally.skipped,
        tally.records,
        tally.errors,
        started.elapsed().as_secs_f64(),
        args.db.display()
    );
    if tally.errors > 0 {
        anyhow::bail!(
            "{} input(s) or article(s) failed; see errors above",
            tally.errors
        );
    }
    Ok(())
}

/// Sends one input's articles, extracted in parallel, in order; a bad or
/// partly bad input is reported (its good articles are still stored).
fn produce(
    input: super::common::Input,
    extractor: &vigil_extract::Extractor,
    reader: &Store,
    tx: &std::sync::mpsc::SyncSender<Msg>,
) {
    let problems = super::common::describe_error(&input);
    if !problems.is_empty() && tx.send(Msg::FileError(problems.join("\n"))).is_err() {
        return;
    }
    let articles = input.articles;
    for chunk in articles.chunks(BATCH) {
        let known: Vec<bool> = chunk
            .iter()
            .map(|a| reader.has_article(&a.id).unwrap_or(false))
            .collect();
        let extracted: Vec<Option<Vec<Record>>> = chunk
            .par_iter()
            .zip(known.par_iter())
            .map(|(a, &k)| (!k).then(|| extractor.extract(a)))
            .collect();
        for (a, recs) in chunk.iter().zip(extracted) {
            let msg = match recs {
                Some(r) => Msg::Article(Box::new(a.clone()), r),
                None => Msg::Skipped,
            };
            if tx.send(msg).is_err() {
                return;
            }
        }
    }
}
