//! `vigil eval GOLD.jsonl`: score the extractor against hand-annotated gold.
use anyhow::Context;
use std::path::{Path, PathBuf};
use vigil_eval::gold;

#[derive(clap::Args)]
pub struct Args {
    /// Gold annotations (JSONL, format in tests/fixtures/README.md). Article
    /// paths in it are relative to this file's directory.
    #[arg(default_value = "tests/fixtures/gold.jsonl")]
    pub gold: PathBuf,
    /// List every miss, false positive and field disagreement with its sentence.
    #[arg(short, long)]
    pub verbose: bool,
    /// Print the full report as JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let records = gold::read_gold(&args.gold)
        .with_context(|| format!("reading gold file {}", args.gold.display()))?;
    for problem in gold::check_gold(&records) {
        eprintln!("warning: {problem}");
    }
    let base = args.gold.parent().unwrap_or(Path::new("."));
    let extractor = vigil_extract::Extractor::new();
    let ingest = vigil_ingest::Options::default();
    let docs = gold::load_documents(
        base,
        &records,
        |p| vigil_ingest::read_path(p, &ingest),
        |a| extractor.extract(a),
    )?;
    let report = gold::score(&records, &docs, &gold::Registries);
    if args.json {
        super::common::emit(&(serde_json::to_string_pretty(&report)? + "\n"))
    } else {
        super::common::emit(&report.render_text(args.verbose))
    }
}
