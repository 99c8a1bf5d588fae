//! `vigil extract FILE...`: read articles, print what the extractor finds.
//! Nothing is stored; this is the way to see what vigil makes of a text.
use super::common::{expand_paths, read_inputs, report_input_error, Input, InputArgs};
use anyhow::Context;
use rayon::prelude::*;
use serde::Serialize;
use std::io::{BufWriter, Write};
use vigil_core::{DatePrecision, Record};
use vigil_extract::Extractor;

const SHORT_HELP: &str = "\
Examples:
  vigil extract article.txt
  vigil extract --published 2019-11-22 --format table story.html
  cat feed.xml | vigil extract --input-format feed -

More, with input and output formats: vigil extract --help";

const LONG_ABOUT: &str = "\
Reads news articles and prints every event and claim the extractor finds in
them. Nothing is stored (`vigil ingest` stores).

Inputs:
  text      first non-empty line is the headline; optional header lines
            `Published: 2019-11-22`, `Source: Reuters`, `URL: ...` then a
            blank line may come before it
  html      a news page; navigation, ads, footers etc. are dropped, date and
            outlet come from its meta tags
  feed      RSS or Atom; one article per item/entry
  jsonl     one {\"title\",\"text\",\"published\",\"url\",\"source\"} per line
  warc      a web archive (.warc or .warc.gz, e.g. Common Crawl's CC-NEWS):
            every archived HTML page (2xx) and every plain-text WET record
            is an article; read as a stream, --max-bytes applies per record
The format is guessed from the extension, then the content; --input-format
forces it. `-` reads standard input; a directory is read recursively.

Output (--format):
  jsonl     one JSON record per line (default), fields: kind, event_type,
            sub_event_type, cameo, date, date_precision, country,
            country_code, admin1, location, latitude, longitude,
            geo_precision, actor1, actor2, fatalities, fatalities_low,
            fatalities_high, wounded, detained, source, publisher, text,
            span, article_id, confidence, evidence
  table     an aligned table to read in a terminal
  articles  the articles as read, one JSON object per line, without
            extraction: shows what text vigil found in a page

Records are printed in input order. Exit status: 0 when every input was
read, 1 when any could not be (the others are still processed), 2 on bad
arguments.

Examples:
  vigil extract article.txt
  vigil extract --published 2019-11-22 --format table story.html
  cat feed.xml | vigil extract --input-format feed -
  vigil extract --format articles page.html
  vigil extract reports/ | jq -r 'select(.kind == \"event\") | .location'";

// The subcommand's one-line about comes from its doc comment in main.rs,
// which (clap derive) also resets long_about; the teaching text therefore
// goes in after_long_help, shown by `--help`; `-h` shows the examples.
#[derive(clap::Args)]
#[command(after_long_help = LONG_ABOUT, after_help = SHORT_HELP)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Jsonl)]
    pub format: OutputFormat,
    /// Do not print the summary line on stderr.
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputFormat {
    /// One JSON record per line.
    Jsonl,
    /// Aligned columns for reading.
    Table,
    /// The ingested articles as JSON lines, without extraction.
    Articles,
}

/// About this many articles are extracted in parallel at a time; output is
/// flushed after each group so long runs show progress in a pipe.
const EXTRACT_BATCH: usize = 64;

pub fn run(args: Args) -> anyhow::Result<()> {
    match run_inner(&args) {
        // `vigil extract ... | head`: the reader left; that is not an error.
        Err(e) if e.chain().any(is_broken_pipe) => Ok(()),
        other => other,
    }
}

fn is_broken_pipe(e: &(dyn std::error::Error + 'static)) -> bool {
    e.downcast_ref::<std::io::Error>()
        .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
}

fn run_inner(args: &Args) -> anyhow::Result<()> {
    let paths = expand_paths(&args.input.files)?;
    if paths.is_empty() {
        anyhow::bail!("no input files: the directories given are empty");
    }
    let opts = args.input.options();
    let extractor = Extractor::new();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut table = Table::default();
    let (mut failed, mut articles, mut records) = (0usize, 0usize, 0usize);

    let mut inputs = read_inputs(&paths, &opts).peekable();
    while inputs.peek().is_some() {
        // Articles of several small inputs (or pieces of a streamed archive)
        // are extracted together, so every core has work.
        let mut group: Vec<Input> = Vec::new();
        let mut queued = 0;
        while queued < EXTRACT_BATCH {
            let Some(input) = inputs.next() else { break };
            queued += input.articles.len().max(1);
            group.push(input);
        }
        let results: Vec<Vec<Vec<Record>>> = group
            .par_iter()
            .map(|input| match args.format {
                OutputFormat::Articles => Vec::new(),
                _ => input
                    .articles
                    .par_iter()
                    .map(|a| extractor.extract(a))
                    .collect(),
            })
            .collect();
        for (input, recs) in group.into_iter().zip(results) {
            if input.error.is_some() {
                failed += 1;
                report_input_error(&input);
            }
            articles += input.articles.len();
            records += recs.iter().map(Vec::len).sum::<usize>();
            match args.format {
                OutputFormat::Articles => {
                    for a in &input.articles {
                        write_json_line(&mut out, a)?;
                    }
                }
                OutputFormat::Jsonl => {
                    for r in recs.iter().flatten() {
                        write_json_line(&mut out, r)?;
                    }
                }
                OutputFormat::Table => recs.iter().flatten().for_each(|r| table.push(r)),
            }
        }
        out.flush()?;
    }
    if args.format == OutputFormat::Table {
        table.write(&mut out)?;
    }
    out.flush()?;
    if !args.quiet {
        let extracted = match args.format {
            OutputFormat::Articles => String::new(),
            _ => format!(", {records} record(s)"),
        };
        eprintln!(
            "vigil: {articles} article(s) from {} input(s){extracted}",
            paths.len()
        );
    }
    if failed > 0 {
        anyhow::bail!(
            "{failed} of {} input(s) could not be read completely",
            paths.len()
        );
    }
    Ok(())
}

fn write_json_line(out: &mut impl Write, value: &impl Serialize) -> anyhow::Result<()> {
    // Serialise first so write errors (a closed pipe) stay plain io::Errors.
    let mut line = serde_json::to_vec(value).context("cannot serialise output")?;
    line.push(b'\n');
    out.write_all(&line)?;
    Ok(())
}

/// Column widths are capped so one long place name cannot push the
/// sentence off screen.
const COLUMNS: [(&str, usize); 8] = [
    ("KIND", 5),
    ("TYPE", 40),
    ("DATE", 18),
    ("PLACE", 30),
    ("ACTORS", 40),
    ("DEAD", 9),
    ("SOURCE", 20),
    ("SENTENCE", 80),
];

#[derive(Default)]
struct Table {
    rows: Vec<[String; 8]>,
}

fn opt(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("")
}

/// `s` cut to `max` characters, whitespace collapsed, with an ellipsis
/// when cut (char-based: never splits a UTF-8 sequence).
fn truncate(s: &str, max: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= max {
        return s;
    }
    let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
    t.push('…');
    t
}

fn join_nonempty(parts: &[&str], sep: &str) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(sep)
}

impl Table {
    fn push(&mut self, r: &Record) {
        let date = match (r.date, r.date_precision) {
            (None, _) => String::new(),
            (Some(d), None | Some(DatePrecision::Day)) => d.to_string(),
            (Some(d), Some(p)) => format!("{d} ({})", p.as_str()),
        };
        let place = join_nonempty(&[opt(&r.location), opt(&r.admin1), opt(&r.country)], ", ");
        let actors = match (&r.actor1, &r.actor2) {
            (Some(a), Some(b)) => format!("{a} -> {b}"),
            (Some(a), None) => a.clone(),
            (None, Some(b)) => format!("? -> {b}"),
            (None, None) => String::new(),
        };
        let dead = match (r.fatalities, r.fatalities_low, r.fatalities_high) {
            (_, Some(lo), Some(hi)) if lo != hi => format!("{lo}-{hi}"),
            (Some(n), _, _) => n.to_string(),
            _ => String::new(),
        };
        let cells = [
            r.kind.as_str().to_string(),
            join_nonempty(&[opt(&r.event_type), opt(&r.sub_event_type)], " / "),
            date,
            place,
            actors,
            dead,
            opt(&r.source).to_string(),
            r.text.clone(),
        ];
        let mut row: [String; 8] = Default::default();
        for (i, (cell, (_, max))) in cells.iter().zip(COLUMNS).enumerate() {
            let t = truncate(cell, max);
            row[i] = if t.is_empty() { "-".to_string() } else { t };
        }
        self.rows.push(row);
    }

    fn write(&self, out: &mut impl Write) -> std::io::Result<()> {
        if self.rows.is_empty() {
            return writeln!(out, "(no records)");
        }
        let mut widths = COLUMNS.map(|(h, _)| h.chars().count());
        for row in &self.rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.chars().count());
            }
        }
        let header = COLUMNS.map(|(h, _)| h.to_string());
        for row in std::iter::once(&header).chain(&self.rows) {
            let mut line = String::new();
            for (i, (cell, w)) in row.iter().zip(widths).enumerate() {
                if i + 1 == row.len() {
                    line.push_str(cell);
                } else {
                    // `{:<w$}` pads by chars, matching how widths were measured.
                    line.push_str(&format!("{cell:<w$}  "));
                }
            }
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vigil_core::{Article, Kind};

    fn record() -> Record {
        let article = Article::new("Raid\nGunmen killed five people in Mosul on Tuesday.".into());
        let mut r = Record::new(Kind::Event, &article, [5, 51]);
        r.event_type = Some("Violence against civilians".into());
        r.sub_event_type = Some("Attack".into());
        r.location = Some("Mosul".into());
        r.country = Some("Iraq".into());
        r.actor1 = Some("Unidentified armed group".into());
        r.fatalities = Some(5);
        r
    }

    #[test]
    fn jsonl_lines_carry_the_public_field_names() {
        let mut out = Vec::new();
        write_json_line(&mut out, &record()).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.ends_with('\n') && text.matches('\n').count() == 1);
        let v: serde_json::Value = serde_json::from_str(text.trim_end()).unwrap();
        assert_eq!(v["kind"], "event");
        assert_eq!(v["fatalities"], 5);
        assert_eq!(v["text"], "Gunmen killed five people in Mosul on Tuesday.");
        for f in [
            "event_type",
            "sub_event_type",
            "date",
            "location",
            "actor1",
            "span",
            "article_id",
        ] {
            assert!(v.get(f).is_some(), "missing {f}");
        }
    }

    #[test]
    fn table_aligns_columns_and_truncates() {
        let mut t = Table::default();
        t.push(&record());
        let mut long = record();
        long.text = "é".repeat(200);
        long.location = None;
        long.country = None;
        t.push(&long);
        let mut out = Vec::new();
        t.write(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[0].starts_with("KIND"));
        assert!(lines[1].contains("Violence against civilians / Attack"));
        assert!(lines[1].contains("Mosul, Iraq"));
        // The SENTENCE column starts at the same character offset in every row.
        let col = |l: &str, needle: &str| l.find(needle).map(|b| l[..b].chars().count());
        assert_eq!(col(lines[0], "SENTENCE"), col(lines[1], "Gunmen"));
        assert_eq!(col(lines[0], "SENTENCE"), col(lines[2], "éé"));
        assert!(lines[2].ends_with('…'));
        assert_eq!(lines[2].chars().filter(|&c| c == 'é').count(), 79);
    }

    #[test]
    fn empty_table_says_so() {
        let mut out = Vec::new();
        Table::default().write(&mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "(no records)\n");
    }
}
