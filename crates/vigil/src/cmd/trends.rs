//! `vigil trends`: per-group counts and the resurgence test over merged events.

use chrono::NaiveDate;
use std::io::Write;
use std::path::PathBuf;
use vigil_store::Query;
use vigil_trends::{GroupBy, Params, Period, Verdict};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ByArg {
    Country,
    Admin1,
    Actor,
    Type,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum PeriodArg {
    Week,
    Month,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum OutFormat {
    Table,
    Json,
}

/// The recent window (the last `--window` periods up to `--as-of`) is compared
/// with the `--baseline` periods before it by an exact conditional Poisson
/// test, made conservative when counts are overdispersed, with p-values
/// Benjamini–Hochberg adjusted across groups (q). "rising"/"falling" are only
/// printed when q < alpha; otherwise "stable", or "too few" under 5 events.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  vigil trends                                   # weekly, per country, last 4 weeks vs 12 before
  vigil trends --by actor --period month --window 3 --baseline 12
  vigil trends --country Nigeria --by admin1
  vigil trends --format json

A group is called rising or falling only when the exact Poisson-rate test (with an
overdispersion guard), adjusted across groups (Benjamini-Hochberg), is below --alpha.")]
pub struct Args {
    #[arg(long, env = "VIGIL_DB", default_value = "vigil.db")]
    pub db: PathBuf,
    /// Group by country, admin1 (province), actor or event type.
    #[arg(long, value_enum, default_value = "country")]
    pub by: ByArg,
    #[arg(long, value_enum, default_value = "week")]
    pub period: PeriodArg,
    /// Only events in this country (name or ISO alpha-2).
    #[arg(long)]
    pub country: Option<String>,
    /// Only events involving this actor.
    #[arg(long)]
    pub actor: Option<String>,
    /// Only events of this type.
    #[arg(long = "type")]
    pub event_type: Option<String>,
    /// Periods in the recent window.
    #[arg(long, default_value_t = 4)]
    pub window: u32,
    /// Periods in the trailing baseline before the window.
    #[arg(long, default_value_t = 12)]
    pub baseline: u32,
    /// Last day analysed (default: the latest event date).
    #[arg(long)]
    pub as_of: Option<NaiveDate>,
    /// Significance level for a verdict (after BH adjustment).
    #[arg(long, default_value_t = 0.05)]
    pub alpha: f64,
    /// Groups shown in the table (most recent events first); 0 = all.
    #[arg(long, default_value_t = 30)]
    pub top: usize,
    #[arg(long, value_enum, default_value = "table")]
    pub format: OutFormat,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    match run_inner(args) {
        Err(e) if super::events::is_broken_pipe(&e) => Ok(()),
        r => r,
    }
}

fn run_inner(args: Args) -> anyhow::Result<()> {
    let store = super::events::open_db(&args.db)?;
    let q = Query {
        country: args.country.clone(),
        actor: args.actor.clone(),
        event_type: args.event_type.clone(),
        until: args.as_of,
        ..Default::default()
    };
    let params = Params {
        by: match args.by {
            ByArg::Country => GroupBy::Country,
            ByArg::Admin1 => GroupBy::Admin1,
            ByArg::Actor => GroupBy::Actor,
            ByArg::Type => GroupBy::Type,
        },
        period: match args.period {
            PeriodArg::Week => Period::Week,
            PeriodArg::Month => Period::Month,
        },
        window: args.window,
        baseline: args.baseline,
        as_of: args.as_of,
        alpha: args.alpha,
    };
    // Load only the events the test looks at (from the baseline on), and
    // tell it where the data really starts so exposure stays right.
    let coverage = store.event_date_range(&Query::default())?.map(|r| r.0);
    let as_of = match args.as_of {
        Some(d) => Some(d),
        None => store.event_date_range(&q)?.map(|r| r.1),
    };
    let q = Query {
        since: as_of.and_then(|d| vigil_trends::analysis_start(d, &params)),
        ..q
    };
    let params = Params { as_of, ..params };
    let facts = store.event_facts(&q)?;
    let report = vigil_trends::trends_with_coverage(&facts, &params, coverage)?;
    let mut out = std::io::stdout().lock();
    if args.format == OutFormat::Json {
        writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
        return Ok(());
    }
    let (Some(ws), Some(bs), Some(asof)) =
        (report.window_start, report.baseline_start, report.as_of)
    else {
        writeln!(out, "no dated events match")?;
        return Ok(());
    };
    let unit = match params.period {
        Period::Week => "wk",
        Period::Month => "mo",
    };
    writeln!(
        out,
        "window {ws} – {asof} ({} {unit}) vs baseline {bs} – {} ({} {unit}); alpha {}",
        params.window,
        ws.pred_opt().unwrap_or(ws),
        params.baseline,
        params.alpha
    )?;
    writeln!(
        out,
        "{:<32}  {:>7}  {:>9}  {:>9}  {:>6}  {:>9}  {:>9}  {:>6}  {:>7}  verdict",
        "group",
        "recent",
        format!("base/{unit}"),
        format!("now/{unit}"),
        "ratio",
        "p",
        "q(BH)",
        "disp",
        "killed"
    )?;
    let n = if args.top == 0 {
        report.groups.len()
    } else {
        args.top.min(report.groups.len())
    };
    for g in report.groups.iter().take(n) {
        let r = &g.resurgence;
        let verdict = match r.verdict {
            Verdict::Insufficient => "too few",
            v => v.as_str(),
        };
        writeln!(
            out,
            "{:<32}  {:>7}  {:>9.2}  {:>9.2}  {:>6}  {:>9.2e}  {:>9.2e}  {:>6.2}  {:>7}  {}",
            super::events::cut(&g.group, 32),
            r.recent_count,
            r.baseline_rate,
            r.recent_rate,
            if r.ratio.is_finite() {
                format!("{:.2}", r.ratio)
            } else {
                "new".into()
            },
            r.p_value,
            r.q_value,
            r.dispersion,
            r.recent_fatalities,
            verdict
        )?;
    }
    if n < report.groups.len() {
        writeln!(
            out,
            "({} more groups; --top 0 shows all)",
            report.groups.len() - n
        )?;
    }
    Ok(())
}
