//! `vigil eval-plover FILE`: score event detection, actor countries and dead
//! counts against the PLOVER gold sentences (scope and mapping documented in
//! `vigil_eval::plover`).
use anyhow::Context;
use std::fmt::Write as _;
use std::path::PathBuf;
use vigil_core::Article;
use vigil_eval::plover;

#[derive(clap::Args)]
pub struct Args {
    /// The PLOVER corpus (JSON array, e.g. ../shared/dev-data/PLOVER_GSR_CAMEO.json).
    pub file: PathBuf,
    /// List every sentence where detection, actor country or dead count is wrong.
    #[arg(short, long)]
    pub verbose: bool,
    /// Print the full report (with per-sentence outcomes) as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let gold = plover::read(&args.file)
        .with_context(|| format!("reading PLOVER corpus {}", args.file.display()))?;
    let extractor = vigil_extract::Extractor::new();
    // One article per gold sentence, dated like the record so relative dates resolve.
    let predictions: Vec<_> = gold
        .iter()
        .map(|g| {
            let mut a = Article::new(g.text.clone());
            a.published = g.date;
            extractor.extract(&a)
        })
        .collect();
    let report = plover::score(
        &gold,
        &predictions,
        plover::actor_iso3,
        plover::is_country_iso3,
    );
    if args.json {
        return super::common::emit(&(serde_json::to_string_pretty(&report)? + "\n"));
    }
    let mut out = report.render_text();
    if args.verbose {
        out.push_str("\nSentences with an error (detection, class, country or dead):\n");
        for (g, o) in gold.iter().zip(&report.outcomes) {
            let detect_wrong = o.gold_scope.is_empty() != o.predicted.is_empty()
                || (!o.gold_scope.is_empty()
                    && !o.predicted.iter().any(|p| o.gold_scope.contains(p)));
            let country_wrong = o.source_pred != o.source_gold || o.target_pred != o.target_gold;
            let dead_wrong =
                o.dead_gold != o.dead_pred && (o.dead_gold.is_some() || o.dead_pred.is_some());
            if !(detect_wrong || country_wrong || dead_wrong) {
                continue;
            }
            let _ = writeln!(
                out,
                "- {} [{}] {}\n    vigil: {:?}  src {:?}/{:?}  tgt {:?}/{:?}  dead {:?}/{:?} (vigil/gold)\n    {}",
                o.id,
                o.gold_class,
                g.event_text,
                o.records,
                o.source_pred,
                o.source_gold,
                o.target_pred,
                o.target_gold,
                o.dead_pred,
                o.dead_gold,
                g.text
            );
        }
    }
    super::common::emit(&out)
}
