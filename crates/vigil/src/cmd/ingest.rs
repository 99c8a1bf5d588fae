//! `vigil ingest FILE...`: read, extract, store, then re-merge events.
//!
//! Extraction runs in parallel (rayon) over articles from many inputs at
//! once, kept in input order; a single writer thread owns the database and
//! group-commits: each transaction takes every extracted article already
//! waiting (up to `--batch`), so a slow extractor gets small transactions and
//! a slow disk large ones. A crash or Ctrl-C loses only the articles of the
//! transaction being written, never a committed one, and a re-run picks them
//! up. Articles already stored (same content hash) are skipped before
//! extraction.

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
  VIGIL_DB=iraq.db vigil ingest --batch 1 archive/   # one transaction per article

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
    /// Most articles per database transaction. Each transaction takes the
    /// articles already extracted and waiting, up to this many; a crash or
    /// Ctrl-C loses only that uncommitted transaction (re-running the same
    /// command picks it up; stored articles are skipped). 1 commits every
    /// article on its own, which is several times slower.
    #[arg(long, default_value_t = super::common::DEFAULT_INGEST_BATCH as u32, value_parser = clap::value_parser!(u32).range(1..=10_000))]
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
pub struct Tally {
    // Counted per article; `errors` also counts unreadable inputs.
    pub new: u64,
    pub skipped: u64,
    pub records: u64,
    pub errors: u64,
}

/// The ingest pipeline without the final merge: extracts `inputs` in
/// parallel and group-commits them into `store` (see the module comment).
/// `reader` is a second connection to the same database, used to skip
/// stored articles before extracting them. Per-article and per-input errors
/// are printed and counted, not returned.
pub fn store_inputs(
    inputs: impl Iterator<Item = super::common::Input>,
    store: &mut Store,
    reader: &Store,
    extractor: &vigil_extract::Extractor,
    batch: usize,
    bar: &ProgressBar,
) -> anyhow::Result<Tally> {
    let (tx, rx) = sync_channel::<Msg>(4 * BATCH);
    std::thread::scope(|scope| -> anyhow::Result<Tally> {
        let writer_bar = bar;
        let writer = scope.spawn(move || -> anyhow::Result<Tally> {
            let mut t = Tally::default();
            let batch = batch.max(1);
            let mut pending: Vec<(Article, Vec<Record>)> = Vec::with_capacity(batch);
            let mut flush = |pending: &mut Vec<(Article, Vec<Record>)>, t: &mut Tally| {
                if pending.is_empty() {
                    return;
                }
                match store.insert_articles(pending) {
                    Ok(news) => {
                        for ((_, records), &new) in pending.iter().zip(news.iter()) {
                            tally_one(t, records, new);
                        }
                    }
                    // Store what can be stored: one bad article must not
                    // cost the others in its transaction.
                    Err(_) if pending.len() > 1 => {
                        for (a, records) in pending.iter() {
                            match store.insert_article(a, records) {
                                Ok(new) => tally_one(t, records, new),
                                Err(e) => {
                                    t.errors += 1;
                                    writer_bar.suspend(|| {
                                        eprintln!("error: storing article {}: {e}", a.id)
                                    });
                                }
                            }
                        }
                    }
                    Err(e) => {
                        t.errors += 1;
                        writer_bar.suspend(|| {
                            for (a, _) in pending.iter() {
                                eprintln!("error: storing article {}: {e}", a.id);
                            }
                        });
                    }
                }
                pending.clear();
            };
            let handle =
                |msg: Msg, pending: &mut Vec<(Article, Vec<Record>)>, t: &mut Tally| match msg {
                    Msg::Article(a, records) => pending.push((*a, records)),
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
                };
            while let Ok(msg) = rx.recv() {
                handle(msg, &mut pending, &mut t);
                // Group commit: everything already waiting joins this
                // transaction, so commits cost less exactly when they queue up.
                while pending.len() < batch {
                    match rx.try_recv() {
                        Ok(msg) => handle(msg, &mut pending, &mut t),
                        Err(_) => break,
                    }
                }
                flush(&mut pending, &mut t);
                writer_bar.set_message(format!("{} articles, {} records", t.new, t.records));
            }
            flush(&mut pending, &mut t);
            Ok(t)
        });

        // Articles from several small inputs share one parallel batch, so
        // a directory of one-article files keeps every core busy too.
        let mut queue = Vec::new();
        let mut queued_articles = 0;
        let mut writer_gone = false;
        for input in inputs {
            let problems = super::common::describe_error(&input);
            if !problems.is_empty() {
                queue.push(Item::Problem(problems.join("\n")));
            }
            for a in input.articles {
                queue.push(Item::Article(Box::new(a)));
                queued_articles += 1;
                if queued_articles >= BATCH {
                    writer_gone = !produce(std::mem::take(&mut queue), extractor, reader, &tx);
                    queued_articles = 0;
                    if writer_gone {
                        break;
                    }
                }
            }
            if !input.more {
                queue.push(Item::FileDone);
            }
            if writer_gone {
                break; // its error is returned by join below
            }
        }
        if !writer_gone {
            produce(queue, extractor, reader, &tx);
        }
        drop(tx);
        writer
            .join()
            .map_err(|_| anyhow::anyhow!("writer thread panicked"))?
    })
}

fn tally_one(t: &mut Tally, records: &[Record], new: bool) {
    if new {
        t.new += 1;
        t.records += records.len() as u64;
    } else {
        t.skipped += 1;
    }
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

    let tally = store_inputs(
        super::common::read_inputs(&paths, &opts),
        &mut store,
        &reader,
        &extractor,
        args.batch as usize,
        &bar,
    )?;
    // Also re-merge when an earlier run was interrupted while merging.
    if !args.no_dedup && (tally.new > 0 || store.events_stale().unwrap_or(true)) {
        bar.set_message("merging duplicate reports…");
        let merge_started = Instant::now();
        // Only the country/type blocks the new reports fall in are
        // re-merged: the other events cannot change.
        let s = store.update_events().context("merging events")?;
        bar.suspend(|| {
            eprintln!(
                "dedup: re-merged {} reports of the affected blocks -> {} events ({:.1}s)",
                s.reports,
                s.events,
                merge_started.elapsed().as_secs_f64()
            )
        });
    }
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

/// What the producer hands the writer, in input order.
enum Item {
    Article(Box<Article>),
    Problem(String),
    FileDone,
}

/// Extracts the queued articles in parallel and sends everything in order;
/// a bad or partly bad input is reported (its good articles are still
/// stored). False once the writer has gone.
fn produce(
    queue: Vec<Item>,
    extractor: &vigil_extract::Extractor,
    reader: &Store,
    tx: &std::sync::mpsc::SyncSender<Msg>,
) -> bool {
    // The connection is not Sync: look up known articles first.
    let known: Vec<bool> = queue
        .iter()
        .map(|item| match item {
            Item::Article(a) => reader.has_article(&a.id).unwrap_or(false),
            _ => false,
        })
        .collect();
    let extracted: Vec<Msg> = queue
        .into_par_iter()
        .zip(known)
        .map(|(item, known)| match item {
            Item::Article(_) if known => Msg::Skipped,
            Item::Article(a) => {
                let records = extractor.extract(&a);
                Msg::Article(a, records)
            }
            Item::Problem(m) => Msg::FileError(m),
            Item::FileDone => Msg::FileDone,
        })
        .collect();
    extracted.into_iter().all(|m| tx.send(m).is_ok())
}
