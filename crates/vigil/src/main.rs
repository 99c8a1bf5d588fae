//! The `vigil` binary: a thin CLI over the pipeline crates.
//! Each subcommand lives in `cmd/<name>.rs` with its own `Args` and `run`.

mod cmd;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, Subcommand};
use std::io::IsTerminal;

/// vigil turns news reports about armed conflict into structured, geolocated,
/// dated, source-attributed events, merges duplicate reports, and shows per
/// theatre and per actor whether violence is rising or falling.
///
/// Typical session:
///
///   vigil extract article.html              # print records found in one article
///
///   vigil ingest feeds/*.xml                # extract and store into ./vigil.db
///
///   vigil events --country Iraq --format csv # query, ACLED-style CSV
///
///   vigil serve                             # HTTP API and dashboard on 127.0.0.1:8080
#[derive(Parser)]
#[command(name = "vigil", version, about, long_about, verbatim_doc_comment)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Ingest the bundled sample corpus into a fresh database and serve the dashboard.
    Demo(cmd::serve::DemoArgs),
    /// Extract events and claims from articles and print them (nothing is stored).
    Extract(cmd::extract::Args),
    /// Extract events and claims from articles and store them in the database.
    Ingest(cmd::ingest::Args),
    /// Query stored events and claims.
    Events(cmd::events::Args),
    /// Weekly/monthly counts and a resurgence signal per theatre, actor or type.
    Trends(cmd::trends::Args),
    /// Serve the HTTP JSON API and the dashboard.
    Serve(cmd::serve::Args),
    /// Score extraction against a hand-annotated gold file (precision/recall/F1).
    Eval(cmd::eval::Args),
    /// Score the geocoder against the GeoWebNews corpus.
    EvalGeo(cmd::eval_geo::Args),
    /// Score the merging of duplicate reports against a hand-annotated gold file.
    EvalDedup(cmd::eval_dedup::Args),
    /// Score event detection, actors and dead counts against PLOVER gold sentences.
    EvalPlover(cmd::eval_plover::Args),
    /// Measure extraction and ingest throughput (MB/s, articles/s) and peak memory.
    Bench(cmd::bench::Args),
}

fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("VIGIL_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .init();
    let cli = Cli::parse();
    match cli.command {
        Command::Demo(a) => cmd::serve::demo(a),
        Command::Extract(a) => cmd::extract::run(a),
        Command::Ingest(a) => cmd::ingest::run(a),
        Command::Events(a) => cmd::events::run(a),
        Command::Trends(a) => cmd::trends::run(a),
        Command::Serve(a) => cmd::serve::run(a),
        Command::Eval(a) => cmd::eval::run(a),
        Command::EvalGeo(a) => cmd::eval_geo::run(a),
        Command::EvalDedup(a) => cmd::eval_dedup::run(a),
        Command::EvalPlover(a) => cmd::eval_plover::run(a),
        Command::Bench(a) => cmd::bench::run(a),
    }
}
