//! `vigil events`: query merged events (default) or raw reports and claims.

use anyhow::Context;
use chrono::NaiveDate;
use std::io::Write;
use std::path::{Path, PathBuf};
use vigil_core::Kind;
use vigil_store::export::{AcledRow, CsvExporter, GeoJsonExporter};
use vigil_store::{Query, Store, StoredEvent, StoredRecord};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum OutFormat {
    Table,
    Jsonl,
    Csv,
    Geojson,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum KindArg {
    Event,
    Claim,
}

#[derive(clap::Args)]
#[command(after_help = "Examples:
  vigil events --country Iraq --since 2019-01-01
  vigil events --actor \"Islamic State (ISIS)\" --type Battles --format csv > isis.csv
  vigil events --format geojson > events.geojson
  vigil events --kind claim --country Syria       # assessments and threats, with who said them
  vigil events --explain 42                       # which reports were merged into event 42, and why

Merged events are listed by default; --reports lists every extracted report.
CSV follows ACLED's column names (event_date, event_type, sub_event_type, actor1, ...).")]
pub struct Args {
    /// SQLite database to read.
    #[arg(long, env = "VIGIL_DB", default_value = "vigil.db")]
    pub db: PathBuf,
    /// Country name or ISO 3166 alpha-2 code (case-insensitive).
    #[arg(long)]
    pub country: Option<String>,
    /// Actor name; matches actor1 or actor2 (exact, case-insensitive).
    #[arg(long)]
    pub actor: Option<String>,
    /// Event type, e.g. "Battles" (exact, case-insensitive).
    #[arg(long = "type")]
    pub event_type: Option<String>,
    /// `claim` lists claims (assessments, threats, estimates); they are never merged.
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// Earliest event date (YYYY-MM-DD), inclusive.
    #[arg(long)]
    pub since: Option<NaiveDate>,
    /// Latest event date (YYYY-MM-DD), inclusive.
    #[arg(long)]
    pub until: Option<NaiveDate>,
    /// Maximum rows (default: 100 for the table, everything for exports).
    #[arg(long)]
    pub limit: Option<u32>,
    /// Rows to skip (pagination).
    #[arg(long)]
    pub offset: Option<u32>,
    #[arg(long, value_enum, default_value = "table")]
    pub format: OutFormat,
    /// List individual reports instead of merged events.
    #[arg(long)]
    pub reports: bool,
    /// Show why the reports of event (or report) ID were merged.
    #[arg(long, value_name = "ID")]
    pub explain: Option<i64>,
}

pub(crate) fn open_db(path: &Path) -> anyhow::Result<Store> {
    if !path.exists() {
        anyhow::bail!(
            "no database at {}; run `vigil ingest FILE...` first (or pass --db / set VIGIL_DB)",
            path.display()
        );
    }
    upgrade_db(path)?;
    Store::open_read_only(path).with_context(|| format!("opening {}", path.display()))
}

/// Brings a database written by an older vigil to the current schema, once,
/// saying so, so that readers need not refuse it.
pub(crate) fn upgrade_db(path: &Path) -> anyhow::Result<()> {
    let upgraded = Store::upgrade(path).with_context(|| format!("opening {}", path.display()))?;
    if let Some((from, to)) = upgraded {
        eprintln!(
            "vigil: upgraded {} from schema v{from} to v{to}",
            path.display()
        );
    }
    Ok(())
}

/// True when stdout was closed by the reader (`vigil events | head`): not
/// an error worth a message.
pub(crate) fn is_broken_pipe(e: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(BrokenPipe))
            || c.downcast_ref::<csv::Error>().is_some_and(
                |c| matches!(c.kind(), csv::ErrorKind::Io(io) if io.kind() == BrokenPipe),
            )
    })
}

pub fn run(args: Args) -> anyhow::Result<()> {
    match run_inner(args) {
        Err(e) if is_broken_pipe(&e) => Ok(()),
        r => r,
    }
}

fn run_inner(args: Args) -> anyhow::Result<()> {
    let store = open_db(&args.db)?;
    if let Some(id) = args.explain {
        return explain(&store, id);
    }
    let kind = args.kind.map(|k| match k {
        KindArg::Event => Kind::Event,
        KindArg::Claim => Kind::Claim,
    });
    let limit = args.limit.or(match args.format {
        OutFormat::Table => None,
        _ => Some(u32::MAX),
    });
    let q = Query {
        kind,
        country: args.country.clone(),
        actor: args.actor.clone(),
        event_type: args.event_type.clone(),
        since: args.since,
        until: args.until,
        limit,
        offset: args.offset,
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    // Claims are never merged, so asking for them means raw rows.
    let raw = args.reports || kind == Some(Kind::Claim);
    if args.format == OutFormat::Table {
        if raw {
            let rows = store.query(&q)?;
            record_table(&mut out, &rows)?;
            footer(
                &mut out,
                rows.len(),
                store.count(&q)?,
                args.offset,
                "report",
            )?;
        } else {
            let rows = store.query_events(&q)?;
            event_table(&mut out, &rows)?;
            footer(
                &mut out,
                rows.len(),
                store.count_events(&q)?,
                args.offset,
                "event",
            )?;
        }
        out.flush()?;
        return Ok(());
    }
    // Exports stream row by row: a million events never sit in memory.
    enum Sink<W: Write> {
        Jsonl(W),
        Csv(Box<CsvExporter<W>>),
        Geo(GeoJsonExporter<W>),
    }
    let mut sink = match args.format {
        OutFormat::Csv => Sink::Csv(Box::new(CsvExporter::new(&mut out)?)),
        OutFormat::Geojson => Sink::Geo(GeoJsonExporter::new(&mut out)?),
        _ => Sink::Jsonl(&mut out),
    };
    if raw {
        store.for_each_record(&q, |r| {
            match &mut sink {
                Sink::Jsonl(w) => {
                    let mut v = serde_json::to_value(&r.record)?;
                    if let Some(o) = v.as_object_mut() {
                        o.insert("id".into(), r.id.into());
                        o.insert("event_id".into(), r.event_id.into());
                    }
                    serde_json::to_writer(&mut *w, &v)?;
                    w.write_all(b"\n")?;
                }
                Sink::Csv(c) => c.write(&AcledRow::from_record(&r))?,
                Sink::Geo(g) => g.write(&AcledRow::from_record(&r))?,
            }
            Ok(())
        })?;
    } else {
        store.for_each_event(&q, |e| {
            match &mut sink {
                Sink::Jsonl(w) => {
                    serde_json::to_writer(&mut *w, &e)?;
                    w.write_all(b"\n")?;
                }
                Sink::Csv(c) => c.write(&AcledRow::from_event(&e))?,
                Sink::Geo(g) => g.write(&AcledRow::from_event(&e))?,
            }
            Ok(())
        })?;
    }
    match sink {
        Sink::Jsonl(w) => w.flush()?,
        Sink::Csv(c) => c.finish()?,
        Sink::Geo(g) => g.finish()?,
    }
    // Each sink flushed `out` through itself.
    Ok(())
}

fn footer(
    out: &mut impl Write,
    shown: usize,
    total: u64,
    offset: Option<u32>,
    what: &str,
) -> anyhow::Result<()> {
    let from = offset.unwrap_or(0) as u64;
    if (shown as u64) < total {
        writeln!(
            out,
            "{shown} of {total} {what}s (rows {}–{}; use --limit/--offset for more)",
            from + 1,
            from + shown as u64
        )?;
    } else {
        writeln!(out, "{total} {what}(s)")?;
    }
    Ok(())
}

/// Cuts `s` to at most `n` characters (never inside a character).
pub(crate) fn cut(s: &str, n: usize) -> String {
    let s = s.replace(['\n', '\r', '\t'], " ");
    if s.chars().count() <= n {
        return s;
    }
    let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
    t.push('…');
    t
}

fn opt(s: &Option<String>) -> &str {
    s.as_deref().filter(|s| !s.trim().is_empty()).unwrap_or("-")
}

/// "Location, Country", leaving out whichever part is unknown.
fn place(location: &Option<String>, country: &Option<String>) -> String {
    let parts: Vec<&str> = [location, country]
        .into_iter()
        .filter_map(|p| p.as_deref().map(str::trim).filter(|p| !p.is_empty()))
        .collect();
    if parts.is_empty() {
        "-".into()
    } else {
        parts.join(", ")
    }
}

fn num(n: Option<u32>) -> String {
    n.map(|n| n.to_string()).unwrap_or_else(|| "-".into())
}

fn event_table(out: &mut impl Write, rows: &[StoredEvent]) -> anyhow::Result<()> {
    writeln!(
        out,
        "{:>8}  {:<10}  {:<26}  {:<28}  {:<22}  {:<22}  {:>7}  {:>4}  notes",
        "id", "date", "type", "where", "actor1", "actor2", "killed", "srcs"
    )?;
    for se in rows {
        let e = &se.event;
        let place = place(&e.location, &e.country);
        let killed = match (e.fatalities_best, e.fatalities_high) {
            (Some(b), Some(h)) if h > b => format!("{b}-{h}"),
            (b, _) => num(b),
        };
        writeln!(
            out,
            "{:>8}  {:<10}  {:<26}  {:<28}  {:<22}  {:<22}  {:>7}  {:>4}  {}",
            e.id,
            e.date.map(|d| d.to_string()).unwrap_or_else(|| "-".into()),
            cut(opt(&e.event_type), 26),
            cut(&place, 28),
            cut(opt(&e.actor1), 22),
            cut(opt(&e.actor2), 22),
            killed,
            e.sources.len(),
            cut(&se.notes, 60)
        )?;
    }
    Ok(())
}

fn record_table(out: &mut impl Write, rows: &[StoredRecord]) -> anyhow::Result<()> {
    writeln!(
        out,
        "{:>8}  {:<5}  {:<10}  {:<26}  {:<24}  {:<22}  {:>6}  {:<16}  text",
        "id", "kind", "date", "type", "where", "actor1", "killed", "source"
    )?;
    for sr in rows {
        let r = &sr.record;
        let place = place(&r.location, &r.country);
        let source = r.source.as_ref().or(r.publisher.as_ref()).cloned();
        writeln!(
            out,
            "{:>8}  {:<5}  {:<10}  {:<26}  {:<24}  {:<22}  {:>6}  {:<16}  {}",
            sr.id,
            r.kind.as_str(),
            r.date.map(|d| d.to_string()).unwrap_or_else(|| "-".into()),
            cut(opt(&r.event_type), 26),
            cut(&place, 24),
            cut(opt(&r.actor1), 22),
            num(r.fatalities),
            cut(opt(&source), 16),
            cut(&r.text, 60)
        )?;
    }
    Ok(())
}

/// Prints an event's members and, for each merge, the evidence behind it.
fn explain(store: &Store, id: i64) -> anyhow::Result<()> {
    // Accept a report id too: explain the event it belongs to.
    let event = match store.event(id)? {
        Some(e) => e,
        None => {
            let rec = store
                .record(id)?
                .with_context(|| format!("no event or report with id {id}"))?;
            let eid = rec.event_id.with_context(|| {
                format!(
                    "report {id} is a {} and belongs to no merged event",
                    rec.record.kind.as_str()
                )
            })?;
            store
                .event(eid)?
                .with_context(|| format!("event {eid} of report {id} is missing"))?
        }
    };
    let e = &event.event;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "event {}: {} on {} in {}{} — {} report(s) from {} source(s), {} article(s)",
        e.id,
        opt(&e.event_type),
        e.date
            .map(|d| d.to_string())
            .unwrap_or_else(|| "unknown date".into()),
        e.location
            .as_deref()
            .map(|l| format!("{l}, "))
            .unwrap_or_default(),
        opt(&e.country),
        e.members.len(),
        e.sources.len(),
        e.articles.len()
    )?;
    writeln!(
        out,
        "fatalities: low {} / best {} / high {} (best = most conservative source, as ACLED)",
        num(e.fatalities_low),
        num(e.fatalities_best),
        num(e.fatalities_high)
    )?;
    for s in &e.per_source {
        writeln!(
            out,
            "  {}: {} killed{} (reports {:?})",
            s.source,
            num(s.fatalities),
            match (s.low, s.high) {
                (Some(l), Some(h)) if l != h => format!(", range {l}-{h}"),
                _ => String::new(),
            },
            s.reports
        )?;
    }
    writeln!(out, "members:")?;
    for m in &e.members {
        if let Some(r) = store.record(*m)? {
            let r = r.record;
            writeln!(
                out,
                "  #{m} {} {} | {} | {} vs {} | {} killed | {} | {}",
                r.date.map(|d| d.to_string()).unwrap_or_else(|| "-".into()),
                opt(&r.location),
                opt(&r.admin1),
                opt(&r.actor1),
                opt(&r.actor2),
                num(r.fatalities),
                r.publisher
                    .as_deref()
                    .or(r.source.as_deref())
                    .unwrap_or("-"),
                cut(&r.text, 100)
            )?;
        }
    }
    writeln!(out, "rule: {}", e.explanation.rule)?;
    if e.explanation.links.is_empty() {
        writeln!(out, "single report: nothing was merged")?;
    }
    for l in &e.explanation.links {
        let c = &l.comparison;
        writeln!(
            out,
            "  #{} joined via #{}: {}, {} day(s) apart, actors {}, location score {:.2}, score {:.2} (mean over members {:.2})",
            l.report,
            l.matched,
            c.distance_km
                .map(|d| format!("{d:.1} km"))
                .unwrap_or_else(|| "no coordinates".into()),
            c.day_gap,
            c.actor_agreement
                .map(|a| format!("agree {:.0}%", a * 100.0))
                .unwrap_or_else(|| "not comparable".into()),
            c.location_score,
            c.score,
            l.cluster_score
        )?;
    }
    Ok(())
}
