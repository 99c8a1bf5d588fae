//! vigil-ingest: bytes in, [`vigil_core::Article`]s out.
//!
//! Four input formats are understood; [`Format::Auto`] picks one from the
//! file extension and, failing that, by sniffing the first bytes.
//!
//! # Plain text
//!
//! The first non-empty line is the headline (`Article::title`) and stays the
//! first line of `Article::text`, so byte spans cover it too. A file may start
//! with a block of header lines, ended by a blank line, that give metadata:
//!
//! ```text
//! Published: 2019-11-22
//! Source: Reuters
//! URL: https://example.org/story
//!
//! Gunmen kill five in attack on village
//! Gunmen killed five people ...
//! ```
//!
//! Recognised keys (case-insensitive): `Published` / `Date`, `Source` /
//! `Publisher`, `URL` / `Link`. The block is only taken as headers when every
//! line in it has one of these keys *and* a blank line follows; otherwise the
//! file is read as if it had no headers. Header lines are not part of `text`.
//!
//! # HTML
//!
//! Main text only: `<article>` / `<main>` / `itemprop=articleBody` when
//! present, else the element holding the densest run of `<p>` text, with
//! navigation, headers, footers, asides, scripts, forms, "related" boxes and
//! cookie banners dropped. `text` = headline + `"\n\n"` + paragraphs joined by
//! `"\n\n"`. Pages whose markup holds less than half the text of their
//! JSON-LD `articleBody` (script-rendered) use that instead; pages with no
//! text at all fall back to their meta description. Date, publisher and
//! canonical URL come from the usual meta tags and JSON-LD. Non-UTF-8 pages
//! are decoded with their declared charset.
//!
//! # RSS 2.0 / RSS 1.0 / Atom
//!
//! One article per `<item>` / `<entry>`: title, then the longer of
//! description/summary and content with HTML stripped; `pubDate`,
//! `dc:date`, `published` or `updated` as the date; the channel/feed title as
//! publisher.
//!
//! # JSONL
//!
//! One object per line: `{"title", "text", "published", "url", "source"}`
//! (`source` is the outlet; `publisher` is accepted as a synonym). When a title
//! is given and `text` does not already start with it, `text` becomes
//! `title + "\n\n" + text`. A file starting with `[` is read as one JSON array
//! of such objects. Bad lines do not lose the good ones: see
//! [`Error::Partial`].
//!
//! # Dates
//!
//! Unparseable dates are logged with `tracing::warn!` and the article is kept
//! with `published: None`. When an input states no date, a date in the
//! article's URL path (`/2019/11/22/`, `/2019-11-22-slug`) is used.
//! [`Options::published`], when set, overrides every article's date;
//! [`Options::default_published`] only fills in articles that still have none.
mod date;
mod decode;
mod feed;
mod html;
mod jsonl;
mod text;
mod warc;

pub use date::parse_date;

use chrono::NaiveDate;
use std::fmt;
use std::io::Read;
use std::path::Path;
use std::str::FromStr;
use vigil_core::Article;

/// Input format. `Auto` decides from the extension, then the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Format {
    #[default]
    Auto,
    Text,
    Html,
    /// RSS (2.0 or 1.0/RDF) or Atom.
    Feed,
    Jsonl,
    /// A WARC web archive (`.warc`, `.warc.gz`): every archived HTML page,
    /// and every plain-text conversion record (WET), is an article.
    Warc,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Auto => "auto",
            Format::Text => "text",
            Format::Html => "html",
            Format::Feed => "feed",
            Format::Jsonl => "jsonl",
            Format::Warc => "warc",
        }
    }

    /// The format a file name's extension implies, if it implies one.
    /// `.xml` implies nothing: it is as often XHTML as a feed.
    pub fn from_extension(name: &str) -> Option<Format> {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".warc") || lower.ends_with(".warc.gz") {
            return Some(Format::Warc);
        }
        let ext = Path::new(name).extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "html" | "htm" | "xhtml" | "shtml" => Some(Format::Html),
            "rss" | "atom" => Some(Format::Feed),
            "jsonl" | "ndjson" | "json" => Some(Format::Jsonl),
            _ => None,
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "auto" => Ok(Format::Auto),
            "text" | "txt" | "plain" => Ok(Format::Text),
            "html" | "htm" => Ok(Format::Html),
            "feed" | "rss" | "atom" => Ok(Format::Feed),
            "jsonl" | "ndjson" | "json" => Ok(Format::Jsonl),
            "warc" => Ok(Format::Warc),
            _ => Err(format!(
                "unknown input format '{s}': expected auto, text, html, feed, jsonl or warc"
            )),
        }
    }
}

/// Default cap on one input: large enough for any feed or JSONL dump a
/// laptop should hold in memory at once.
pub const DEFAULT_MAX_BYTES: u64 = 256 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub format: Format,
    /// When set, every article gets this publication date.
    pub published: Option<NaiveDate>,
    /// When set, articles whose input states no date (and whose URL holds
    /// none) get this one; stated dates are kept.
    pub default_published: Option<NaiveDate>,
    /// Inputs larger than this are refused before being read.
    pub max_bytes: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            format: Format::Auto,
            published: None,
            default_published: None,
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// One part of an input that could not be turned into an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line number in the input, when the problem has one.
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "line {l}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// Why an input gave no (or not all of its) articles. Every message names
/// the input.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {name}: {source}")]
    Io {
        name: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{name} is larger than the limit of {max} bytes{}",
        .size.map(|s| format!(" ({s} bytes)")).unwrap_or_default())]
    TooLarge {
        name: String,
        /// Known for files; for stdin only that it went over `max`.
        size: Option<u64>,
        max: u64,
    },
    #[error("{name} is not valid UTF-8 (first bad byte at offset {offset}){hint}")]
    InvalidUtf8 {
        name: String,
        offset: usize,
        hint: &'static str,
    },
    #[error("{name} does not look like text: {reason}")]
    NotText { name: String, reason: String },
    #[error("{name} is empty")]
    Empty { name: String },
    #[error("{name}: no article text found in this {format} input")]
    NoText { name: String, format: Format },
    #[error("{name}:{line}: malformed {format}: {message}")]
    Malformed {
        name: String,
        format: Format,
        line: usize,
        message: String,
    },
    /// Some records of a multi-article input (JSONL, JSON array, feed) were
    /// bad. The good articles are kept here, in input order.
    #[error("{name}: {} bad record(s) skipped, {} article(s) read; first: {}",
        .problems.len(), .articles.len(),
        .problems.first().map(|p| p.to_string()).unwrap_or_default())]
    Partial {
        name: String,
        articles: Vec<Article>,
        problems: Vec<Problem>,
    },
}

impl Error {
    /// The input the error is about.
    pub fn name(&self) -> &str {
        match self {
            Error::Io { name, .. }
            | Error::TooLarge { name, .. }
            | Error::InvalidUtf8 { name, .. }
            | Error::NotText { name, .. }
            | Error::Empty { name }
            | Error::NoText { name, .. }
            | Error::Malformed { name, .. }
            | Error::Partial { name, .. } => name,
        }
    }
}

/// Name used for standard input in messages.
pub const STDIN_NAME: &str = "<stdin>";

/// Reads and parses one input. `path == "-"` reads stdin. Files are checked
/// against `opts.max_bytes` before any byte is read; stdin is read with the
/// same cap.
pub fn read_path(path: &Path, opts: &Options) -> Result<Vec<Article>, Error> {
    if path == Path::new("-") {
        let bytes = read_capped(std::io::stdin().lock(), STDIN_NAME, opts.max_bytes)?;
        return parse(&bytes, STDIN_NAME, opts);
    }
    let name = path.display().to_string();
    let io_err = |source| Error::Io {
        name: name.clone(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io_err)?;
    let meta = file.metadata().map_err(io_err)?;
    if meta.is_dir() {
        return Err(io_err(std::io::Error::other("it is a directory")));
    }
    let mut reader = std::io::BufReader::with_capacity(1 << 16, file);
    let is_warc = match opts.format {
        Format::Warc => true,
        Format::Auto => {
            Format::from_extension(&name) == Some(Format::Warc)
                || (Format::from_extension(&name).is_none()
                    && warc::sniff(std::io::BufRead::fill_buf(&mut reader).map_err(io_err)?))
        }
        _ => false,
    };
    if is_warc {
        // Archives are streamed: the size cap applies per record.
        let stream = warc::open(reader).map_err(io_err)?;
        return finish_warc(warc::read(stream, &name, opts.max_bytes)?, &name, opts);
    }
    if meta.len() > opts.max_bytes {
        return Err(Error::TooLarge {
            name,
            size: Some(meta.len()),
            max: opts.max_bytes,
        });
    }
    // Still capped: the size of pipes and device files is not known up front.
    // Read through `reader`: sniffing may have buffered the first bytes.
    let bytes = read_capped(reader, &name, opts.max_bytes)?;
    parse(&bytes, &name, opts)
}

/// Like [`read_path`], but hands the articles to `sink` as they are read, in
/// pieces of about `chunk` articles: a WARC archive is streamed, so a
/// multi-gigabyte crawl is processed (and its progress seen) without its
/// articles ever being in memory together. Other formats are one piece.
/// Reading stops early when `sink` returns false. An [`Error::Partial`] from
/// this function holds no articles: they all went to `sink`.
pub fn read_path_chunked(
    path: &Path,
    opts: &Options,
    chunk: usize,
    sink: &mut dyn FnMut(Vec<Article>) -> bool,
) -> Result<(), Error> {
    let name = path.display().to_string();
    let is_warc = path != Path::new("-")
        && match opts.format {
            Format::Warc => true,
            Format::Auto => Format::from_extension(&name) == Some(Format::Warc),
            _ => false,
        };
    if !is_warc {
        // Sniffing and the all-in-memory formats stay in `read_path`.
        return match read_path(path, opts) {
            Ok(articles) => {
                sink(articles);
                Ok(())
            }
            Err(Error::Partial {
                name,
                articles,
                problems,
            }) => {
                sink(articles);
                Err(Error::Partial {
                    name,
                    articles: Vec::new(),
                    problems,
                })
            }
            Err(e) => Err(e),
        };
    }
    let io_err = |source| Error::Io {
        name: name.clone(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io_err)?;
    let stream = warc::open(std::io::BufReader::with_capacity(1 << 16, file)).map_err(io_err)?;
    let mut total = 0usize;
    let mut deliver = |mut articles: Vec<Article>| {
        set_dates(&mut articles, opts);
        total += articles.len();
        sink(articles)
    };
    let out = warc::read_chunked(stream, &name, opts.max_bytes, chunk.max(1), &mut deliver)?;
    if !out.articles.is_empty() {
        deliver(out.articles);
    }
    // Everything went to `sink`: a partial read reports no articles.
    warc_verdict(&name, total > 0, Vec::new(), out.problems).map(drop)
}

fn read_capped(reader: impl Read, name: &str, max: u64) -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::new();
    reader
        .take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|source| Error::Io {
            name: name.to_string(),
            source,
        })?;
    if bytes.len() as u64 > max {
        return Err(Error::TooLarge {
            name: name.to_string(),
            size: None,
            max,
        });
    }
    Ok(bytes)
}

/// Parses an input already in memory. `name` is used in messages and, with
/// `Format::Auto`, for its extension.
pub fn parse(bytes: &[u8], name: &str, opts: &Options) -> Result<Vec<Article>, Error> {
    if bytes.len() as u64 > opts.max_bytes {
        return Err(Error::TooLarge {
            name: name.to_string(),
            size: Some(bytes.len() as u64),
            max: opts.max_bytes,
        });
    }
    let format = match opts.format {
        Format::Auto if warc::sniff(bytes) => Format::Warc,
        Format::Auto => Format::from_extension(name).unwrap_or_else(|| decode::sniff(bytes)),
        f => f,
    };
    if format == Format::Warc {
        let stream = warc::open(bytes).map_err(|source| Error::Io {
            name: name.to_string(),
            source,
        })?;
        return finish_warc(warc::read(stream, name, opts.max_bytes)?, name, opts);
    }
    let text = decode::decode(bytes, name, format)?;
    if text.trim().is_empty() {
        return Err(Error::Empty {
            name: name.to_string(),
        });
    }
    let mut articles = match format {
        Format::Auto | Format::Text => text::parse(&text, name)?,
        Format::Html => html::parse(&text, name)?,
        Format::Feed => feed::parse(&text, name)?,
        Format::Jsonl => jsonl::parse(&text, name)?,
        Format::Warc => unreachable_warc(name)?,
    };
    set_dates(&mut articles, opts);
    Ok(articles)
}

fn set_dates(articles: &mut [Article], opts: &Options) {
    for a in articles {
        a.published = opts.published.or(a.published).or(opts.default_published);
    }
}

/// Handled before decoding; kept as an error rather than a panic.
fn unreachable_warc(name: &str) -> Result<Vec<Article>, Error> {
    Err(Error::NoText {
        name: name.to_string(),
        format: Format::Warc,
    })
}

/// A WARC archive's articles, or the error that says what went wrong:
/// bad records next to good ones make a [`Error::Partial`].
fn finish_warc(out: warc::Outcome, name: &str, opts: &Options) -> Result<Vec<Article>, Error> {
    let mut articles = out.articles;
    set_dates(&mut articles, opts);
    warc_verdict(name, !articles.is_empty(), articles, out.problems)
}

/// What reading an archive amounts to: `articles` (those not handed over
/// yet), or the error that says what went wrong; `any` is whether the
/// archive gave an article at all.
fn warc_verdict(
    name: &str,
    any: bool,
    articles: Vec<Article>,
    problems: Vec<Problem>,
) -> Result<Vec<Article>, Error> {
    match (any, problems.is_empty()) {
        (_, false) => Err(Error::Partial {
            name: name.to_string(),
            articles,
            problems,
        }),
        (false, true) => Err(Error::NoText {
            name: name.to_string(),
            format: Format::Warc,
        }),
        (true, true) => Ok(articles),
    }
}

/// Fields an input format found for one article; turned into an
/// [`Article`] with its content id.
#[derive(Debug, Default)]
pub(crate) struct Draft {
    pub title: Option<String>,
    pub text: String,
    pub published: Option<NaiveDate>,
    pub url: Option<String>,
    pub publisher: Option<String>,
}

impl Draft {
    pub(crate) fn into_article(self) -> Article {
        Article {
            id: vigil_core::article_id(&self.text),
            title: self.title,
            text: self.text,
            published: self.published,
            url: self.url,
            publisher: self.publisher,
        }
    }
}

/// `Some(trimmed)` unless blank.
pub(crate) fn non_empty(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// Collapses runs of whitespace (including newlines) to one space.
pub(crate) fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Parses a date found in an input, warning (not failing) when it cannot.
pub(crate) fn date_or_warn(raw: &str, name: &str, what: &str) -> Option<NaiveDate> {
    let d = parse_date(raw);
    if d.is_none() && !raw.trim().is_empty() {
        tracing::warn!(
            "{name}: cannot parse {what} date {:?}; keeping the article undated",
            raw.trim()
        );
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names_round_trip() {
        for f in [
            Format::Auto,
            Format::Text,
            Format::Html,
            Format::Feed,
            Format::Jsonl,
        ] {
            assert_eq!(f.as_str().parse::<Format>(), Ok(f));
        }
        assert!("pdf".parse::<Format>().unwrap_err().contains("pdf"));
    }

    #[test]
    fn extension_decides_before_content() {
        // Looks like JSON, but the extension says text.
        let opts = Options::default();
        let a = parse(b"{not json}\nsecond line", "x.txt", &opts).unwrap();
        assert_eq!(a[0].title.as_deref(), Some("{not json}"));
    }

    #[test]
    fn published_option_overrides_found_date() {
        let opts = Options {
            published: NaiveDate::from_ymd_opt(2020, 1, 2),
            ..Options::default()
        };
        let a = parse(b"Published: 2019-11-22\n\nHeadline\nBody.", "a.txt", &opts).unwrap();
        assert_eq!(a[0].published, NaiveDate::from_ymd_opt(2020, 1, 2));
    }

    #[test]
    fn default_published_fills_only_missing_dates() {
        let opts = Options {
            default_published: NaiveDate::from_ymd_opt(2020, 1, 2),
            ..Options::default()
        };
        let dated = parse(b"Published: 2019-11-22\n\nHeadline\nBody.", "a.txt", &opts).unwrap();
        assert_eq!(dated[0].published, NaiveDate::from_ymd_opt(2019, 11, 22));
        let undated = parse(b"Headline\nBody.", "b.txt", &opts).unwrap();
        assert_eq!(undated[0].published, NaiveDate::from_ymd_opt(2020, 1, 2));
    }

    #[test]
    fn in_memory_input_over_the_cap_is_refused() {
        let opts = Options {
            max_bytes: 4,
            ..Options::default()
        };
        let e = parse(b"hello world", "a.txt", &opts).unwrap_err();
        assert!(
            matches!(
                e,
                Error::TooLarge {
                    size: Some(11),
                    max: 4,
                    ..
                }
            ),
            "{e}"
        );
    }

    #[test]
    fn streamed_input_is_cut_at_the_cap() {
        // An endless reader (like a pipe from /dev/zero) must not be read to
        // the end before the cap applies.
        let e = read_capped(std::io::repeat(b'a'), STDIN_NAME, 1000).unwrap_err();
        assert!(
            matches!(
                e,
                Error::TooLarge {
                    size: None,
                    max: 1000,
                    ..
                }
            ),
            "{e}"
        );
        assert_eq!(
            e.to_string(),
            "<stdin> is larger than the limit of 1000 bytes"
        );
        let ok = read_capped(&b"exactly10!"[..], STDIN_NAME, 10).unwrap();
        assert_eq!(ok.len(), 10);
    }

    #[test]
    fn partial_error_message_names_first_problem() {
        let e = Error::Partial {
            name: "f.jsonl".into(),
            articles: vec![],
            problems: vec![Problem {
                line: Some(3),
                message: "bad".into(),
            }],
        };
        assert_eq!(
            e.to_string(),
            "f.jsonl: 1 bad record(s) skipped, 0 article(s) read; first: line 3: bad"
        );
    }
}
