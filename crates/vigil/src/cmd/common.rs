//! Helpers shared by several subcommands: turning command-line inputs
//! (files, directories, `-` for stdin) into articles.
use anyhow::Context;
use chrono::NaiveDate;
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use vigil_core::Article;
use vigil_ingest::{Error, Format, Options};

/// Input options any article-reading subcommand can `#[command(flatten)]`.
#[derive(clap::Args, Debug, Clone)]
pub struct InputArgs {
    /// Articles to read: files, directories (read recursively, in name
    /// order), or `-` for standard input.
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
    /// Publication date for every article read, overriding any date found
    /// in the input (dates in the text are resolved relative to it).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date_arg)]
    pub published: Option<NaiveDate>,
    /// Publication date for articles whose input states none (no header,
    /// meta tag, feed or JSON date, nor a date in the URL); stated dates are
    /// kept. Without any date, relative dates ("on Tuesday") stay unresolved.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date_arg,
          conflicts_with = "published")]
    pub default_published: Option<NaiveDate>,
    /// Input format; `auto` decides from the extension, then the content.
    #[arg(long, value_name = "FORMAT", default_value = "auto",
          value_parser = ["auto", "text", "html", "feed", "jsonl", "warc"])]
    pub input_format: String,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = vigil_ingest::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,
}

impl InputArgs {
    pub fn options(&self) -> Options {
        Options {
            // Restricted by clap's value_parser to names Format accepts.
            format: self.input_format.parse().unwrap_or(Format::Auto),
            published: self.published,
            default_published: self.default_published,
            max_bytes: self.max_bytes,
        }
    }
}

/// clap parser for `YYYY-MM-DD` arguments with a message that says what is
/// expected, not only what went wrong.
pub fn parse_date_arg(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|e| format!("expected a real calendar date as YYYY-MM-DD, e.g. 2019-11-22 ({e})"))
}

/// Files and `-` as given; directories replaced by the regular files under
/// them (hidden ones skipped), sorted so runs are reproducible.
pub fn expand_paths(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() != "-" && p.is_dir() {
            let mut found = Vec::new();
            let mut dirs = vec![p.clone()];
            while let Some(d) = dirs.pop() {
                let entries = std::fs::read_dir(&d)
                    .with_context(|| format!("cannot read directory {}", d.display()))?;
                for entry in entries {
                    let entry =
                        entry.with_context(|| format!("cannot read directory {}", d.display()))?;
                    let path = entry.path();
                    if entry.file_name().to_string_lossy().starts_with('.') {
                        continue;
                    }
                    if path.is_dir() {
                        dirs.push(path);
                    } else {
                        found.push(path);
                    }
                }
            }
            found.sort();
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

/// What one input gave: its articles and, if it was not read cleanly, why.
/// A partly bad input (bad JSONL lines, a feed broken half-way) has both.
#[derive(Debug)]
pub struct Input {
    // Not every subcommand reports per input; kept for those that do.
    #[allow(dead_code)]
    pub path: PathBuf,
    pub articles: Vec<Article>,
    pub error: Option<Error>,
    /// More pieces of this same input follow (a large archive is streamed
    /// in pieces; only the last one carries the input's error).
    pub more: bool,
}

/// Reads one input; never fails, the error is in the result. The good
/// articles of a partly bad input are moved into `articles` (so the
/// `Partial` error left in `error` holds only the problems).
pub fn read_input(path: &Path, opts: &Options) -> Input {
    let mut input = Input {
        path: path.to_path_buf(),
        articles: Vec::new(),
        error: None,
        more: false,
    };
    match vigil_ingest::read_path(path, opts) {
        Ok(articles) => input.articles = articles,
        Err(e) => input.error = Some(e),
    }
    if let Some(Error::Partial { articles, .. }) = &mut input.error {
        input.articles = std::mem::take(articles);
    }
    input
}

/// Most articles per ingest transaction unless `--batch` says otherwise.
pub const DEFAULT_INGEST_BATCH: usize = 256;

/// Inputs read in parallel this many at a time: keeps both cores busy on
/// many small files without holding a whole corpus in memory.
const READ_BATCH: usize = 32;
/// ... and at most about this many bytes of files at a time: a batch of
/// multi-gigabyte WARC archives would otherwise hold all their articles in
/// memory at once. A file larger than this is read on its own.
const READ_BATCH_BYTES: u64 = 64 << 20;

/// Splits `paths` into consecutive batches of at most `max_files` files and
/// about `max_bytes` bytes (`size` gives a file's size; a file over the
/// budget forms a batch of its own).
fn batches(
    paths: &[PathBuf],
    max_files: usize,
    max_bytes: u64,
    size: impl Fn(&Path) -> u64,
) -> Vec<&[PathBuf]> {
    let mut out = Vec::new();
    let (mut start, mut bytes) = (0, 0u64);
    for (i, p) in paths.iter().enumerate() {
        let n = size(p);
        if i > start && (i - start >= max_files || bytes.saturating_add(n) > max_bytes) {
            out.push(&paths[start..i]);
            (start, bytes) = (i, 0);
        }
        bytes = bytes.saturating_add(n);
    }
    if start < paths.len() {
        out.push(&paths[start..]);
    }
    out
}

/// Articles per piece when a large input is streamed.
const STREAM_PIECE: usize = 256;

/// Reads every input, in parallel batches, yielding them in input order.
/// A file over the batch budget is streamed: read on its own thread and
/// yielded in pieces as it is read (see [`Input::more`]), so a
/// multi-gigabyte WARC archive is never in memory at once and its articles
/// are processed while the rest is still being read.
pub fn read_inputs<'a>(
    paths: &'a [PathBuf],
    opts: &'a Options,
) -> impl Iterator<Item = Input> + 'a {
    let size = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    batches(paths, READ_BATCH, READ_BATCH_BYTES, size)
        .into_iter()
        .flat_map(move |chunk| -> Box<dyn Iterator<Item = Input>> {
            match chunk {
                [one] if size(one) > READ_BATCH_BYTES => {
                    Box::new(stream_input(one.clone(), opts.clone()))
                }
                _ => Box::new(
                    chunk
                        .par_iter()
                        .map(|p| read_input(p, opts))
                        .collect::<Vec<_>>()
                        .into_iter(),
                ),
            }
        })
}

/// One input read on its own thread, in pieces of [`STREAM_PIECE`]
/// articles; at most two pieces wait, so reading keeps pace with the
/// consumer. Dropping the iterator stops the reading.
fn stream_input(path: PathBuf, opts: Options) -> impl Iterator<Item = Input> {
    let (tx, rx) = std::sync::mpsc::sync_channel::<Input>(2);
    std::thread::spawn(move || {
        let mut sink = |articles: Vec<Article>| {
            tx.send(Input {
                path: path.clone(),
                articles,
                error: None,
                more: true,
            })
            .is_ok()
        };
        let result = vigil_ingest::read_path_chunked(&path, &opts, STREAM_PIECE, &mut sink);
        // The last piece: empty, with the input's error if any.
        let _ = tx.send(Input {
            path,
            articles: Vec::new(),
            error: result.err(),
            more: false,
        });
    });
    rx.into_iter()
}

/// Reads all articles from `paths` (files, directories, `-`), failing on the
/// first input that cannot be read completely, with the file named.
// The simple all-or-nothing entry point for subcommands that need no
// per-input reporting; not every build of the CLI uses it.
#[allow(dead_code)]
pub fn read_articles(
    paths: &[PathBuf],
    published: Option<NaiveDate>,
) -> anyhow::Result<Vec<Article>> {
    let opts = Options {
        published,
        ..Options::default()
    };
    let paths = expand_paths(paths)?;
    let mut all = Vec::new();
    for input in read_inputs(&paths, &opts) {
        if input.error.is_some() {
            anyhow::bail!("{}", describe_error(&input).join("\n"));
        }
        all.extend(input.articles);
    }
    Ok(all)
}

/// Every article of a corpus directory (or file), for benchmarks and
/// evaluation: unreadable inputs are reported on stderr and skipped.
// Used by `vigil bench` only.
#[allow(dead_code)]
pub fn read_corpus(path: &Path) -> anyhow::Result<Vec<Article>> {
    let paths = expand_paths(&[path.to_path_buf()])?;
    let opts = Options::default();
    let mut all = Vec::new();
    for input in read_inputs(&paths, &opts) {
        report_input_error(&input);
        all.extend(input.articles);
    }
    Ok(all)
}

/// Writes a finished report to stdout. A reader that went away (`| head`)
/// is not an error: the report was for it, and nobody else is listening.
pub fn emit(text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

/// Most problems listed for one input; the rest are counted.
const MAX_PROBLEMS_SHOWN: usize = 10;

/// Lines describing why `input` was not read cleanly (none if it was).
pub fn describe_error(input: &Input) -> Vec<String> {
    match &input.error {
        None => Vec::new(),
        Some(Error::Partial { name, problems, .. }) => {
            let mut lines = vec![format!(
                "{name}: {} bad record(s) skipped, {} article(s) read",
                problems.len(),
                input.articles.len()
            )];
            lines.extend(
                problems
                    .iter()
                    .take(MAX_PROBLEMS_SHOWN)
                    .map(|p| format!("{name}: {p}")),
            );
            if problems.len() > MAX_PROBLEMS_SHOWN {
                lines.push(format!(
                    "{name}: ... and {} more",
                    problems.len() - MAX_PROBLEMS_SHOWN
                ));
            }
            lines
        }
        Some(e) => vec![e.to_string()],
    }
}

/// Prints [`describe_error`] to stderr, prefixed `vigil: `.
pub fn report_input_error(input: &Input) {
    for line in describe_error(input) {
        eprintln!("vigil: {line}");
    }
}

/// For `vigil bench`: extracts and stores `corpus` into a fresh SQLite file
/// in the temp directory the way `vigil ingest` does (parallel extraction in
/// batches, one transaction per article from one writer) and prints the
/// throughput. The database is deleted afterwards.
// Used by `vigil bench` only.
#[allow(dead_code)]
pub fn bench_ingest(
    corpus: &[Article],
    extractor: &vigil_extract::Extractor,
    bytes: usize,
) -> anyhow::Result<()> {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let dir = std::env::temp_dir().join(format!("vigil-bench-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    // The same pipeline as `vigil ingest` (parallel extraction, group
    // commit), fed one article per input as a directory of files would be.
    let run = || -> anyhow::Result<()> {
        let db = dir.join("bench.db");
        let mut store = vigil_store::Store::open(&db)?;
        let reader = vigil_store::Store::open(&db)?;
        let inputs = corpus.iter().map(|a| Input {
            path: PathBuf::from(&a.id),
            articles: vec![a.clone()],
            error: None,
            more: false,
        });
        let started = std::time::Instant::now();
        let tally = super::ingest::store_inputs(
            inputs,
            &mut store,
            &reader,
            extractor,
            DEFAULT_INGEST_BATCH,
            &indicatif::ProgressBar::hidden(),
        )?;
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        println!(
            "{:<22} {:>8.1} MB/s {:>10.0} articles/s  ({} records in {secs:.2} s)",
            "ingest (SQLite)",
            bytes as f64 / 1e6 / secs,
            corpus.len() as f64 / secs,
            tally.records,
        );
        Ok(())
    };
    let result = run();
    // Best effort: a leftover file in the temp dir is harmless.
    let _ = std::fs::remove_dir_all(&dir);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_streamed_archive_arrives_in_pieces_with_its_error_last() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("crawl.warc");
        let mut warc = Vec::new();
        for i in 0..600 {
            let text = format!("Report {i}\nGunmen attacked checkpoint {i} on Saturday.");
            warc.extend(
                format!(
                    "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Date: 2024-03-02T10:00:00Z\r\n\
                     WARC-Target-URI: https://news.example/{i}\r\nContent-Type: text/plain\r\n\
                     Content-Length: {}\r\n\r\n{text}\r\n\r\n",
                    text.len()
                )
                .into_bytes(),
            );
        }
        warc.extend_from_slice(b"WARC/1.0\r\nWARC-Type: conversion\r\nContent-Length: ?\r\n\r\n");
        std::fs::write(&path, &warc).unwrap();
        let pieces: Vec<Input> = stream_input(path.clone(), Options::default()).collect();
        let sizes: Vec<(usize, bool)> = pieces.iter().map(|p| (p.articles.len(), p.more)).collect();
        assert_eq!(
            sizes,
            vec![
                (STREAM_PIECE, true),
                (STREAM_PIECE, true),
                (600 - 2 * STREAM_PIECE, true),
                (0, false)
            ]
        );
        assert!(pieces[..3].iter().all(|p| p.error.is_none()));
        assert!(matches!(pieces[3].error, Some(Error::Partial { .. })));
        let whole = read_input(&path, &Options::default());
        let streamed: Vec<&Article> = pieces.iter().flat_map(|p| &p.articles).collect();
        assert_eq!(streamed, whole.articles.iter().collect::<Vec<_>>());
    }

    #[test]
    fn read_batches_hold_few_files_and_few_bytes() {
        let paths: Vec<PathBuf> = ["a", "b", "big.warc.gz", "c", "d", "e"]
            .iter()
            .map(PathBuf::from)
            .collect();
        let size = |p: &Path| if p.ends_with("big.warc.gz") { 5000 } else { 40 };
        let names =
            |b: &[PathBuf]| -> Vec<String> { b.iter().map(|p| p.display().to_string()).collect() };
        let got: Vec<Vec<String>> = batches(&paths, 2, 100, size)
            .into_iter()
            .map(names)
            .collect();
        assert_eq!(
            got,
            vec![
                vec!["a", "b"],
                vec!["big.warc.gz"],
                vec!["c", "d"],
                vec!["e"]
            ]
        );
        // Every path exactly once, in order, whatever the budget.
        for (files, bytes) in [(1, 0), (32, 1), (3, 90), (100, u64::MAX)] {
            let flat: Vec<&PathBuf> = batches(&paths, files, bytes, size)
                .into_iter()
                .flatten()
                .collect();
            assert_eq!(flat, paths.iter().collect::<Vec<_>>());
        }
    }

    #[test]
    fn date_arg_explains_the_format() {
        assert_eq!(
            parse_date_arg("2019-11-22"),
            Ok(NaiveDate::from_ymd_opt(2019, 11, 22).unwrap())
        );
        let e = parse_date_arg("2019-13-45").unwrap_err();
        assert!(e.contains("YYYY-MM-DD"), "{e}");
        assert!(parse_date_arg("22/11/2019").is_err());
    }

    #[test]
    fn directories_expand_sorted_without_hidden_files() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        for f in ["b.txt", "a.txt", ".hidden", "sub/c.txt"] {
            std::fs::write(dir.path().join(f), "Headline\nBody.").unwrap();
        }
        let got = expand_paths(&[dir.path().to_path_buf(), PathBuf::from("-")]).unwrap();
        let names: Vec<_> = got
            .iter()
            .map(|p| {
                p.strip_prefix(dir.path())
                    .unwrap_or(p)
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        assert_eq!(names, ["a.txt", "b.txt", "sub/c.txt", "-"]);
    }

    #[test]
    fn partial_inputs_keep_good_articles_and_the_error() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("a.jsonl");
        std::fs::write(&f, "{\"text\":\"ok\"}\nnot json\n").unwrap();
        let input = read_input(&f, &Options::default());
        assert_eq!(input.articles.len(), 1);
        assert!(matches!(input.error, Some(Error::Partial { .. })));
        assert!(read_articles(&[f], None).is_err());
    }
}
