//! `vigil eval-dedup GOLD.jsonl`: runs the gold's articles through the real
//! pipeline (read, extract, an in-memory SQLite store, merge) and scores which
//! reports ended up in one event.
use anyhow::Context;
use std::path::{Path, PathBuf};
use vigil_core::Kind;
use vigil_eval::dedup;
use vigil_store::Store;

#[derive(clap::Args)]
#[command(after_help = "Gold format: one JSON object per line,
  {\"file\": \"01-a.txt\", \"sentence\": \"substring of the report\", \"incident\": \"label\"}
reports with the same label are one incident. See tests/fixtures/dedup-eval/README.md.")]
pub struct Args {
    /// Dedup gold (JSONL). Article paths in it are relative to its directory.
    #[arg(default_value = "tests/fixtures/dedup-eval/gold.jsonl")]
    pub gold: PathBuf,
    /// Print the score as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let gold = dedup::read_dedup_gold(&args.gold)
        .with_context(|| format!("reading dedup gold {}", args.gold.display()))?;
    let base = args.gold.parent().unwrap_or(Path::new("."));
    let assigned = assign_events(base, &gold)?;
    let score = dedup::score_dedup(&gold, &assigned);
    if args.json {
        super::common::emit(&(serde_json::to_string_pretty(&score)? + "\n"))
    } else {
        super::common::emit(&score.render_text())
    }
}

/// The merged event each gold report ended up in: the event of the first
/// event record of its file that stands on the gold sentence (its own
/// sentence, or a field's evidence, overlaps it: an incident told over two
/// sentences is one record anchored on one of them).
fn assign_events(base: &Path, gold: &[dedup::DedupGold]) -> anyhow::Result<Vec<Option<i64>>> {
    let extractor = vigil_extract::Extractor::new();
    let opts = vigil_ingest::Options::default();
    let mut store = Store::open_in_memory()?;
    let mut files: Vec<&str> = gold.iter().map(|g| g.file.as_str()).collect();
    files.sort_unstable();
    files.dedup();
    let mut articles: Vec<(&str, vigil_core::Article)> = Vec::new();
    for file in files {
        let path = base.join(file);
        let read = vigil_ingest::read_path(&path, &opts)
            .with_context(|| format!("reading {}", path.display()))?;
        let items: Vec<_> = read
            .into_iter()
            .map(|a| {
                let records = extractor.extract(&a);
                (a, records)
            })
            .collect();
        store.insert_articles(&items)?;
        articles.extend(items.into_iter().map(|(a, _)| (file, a)));
    }
    store.rebuild_events()?;
    let overlaps = |a: [usize; 2], (s, e): (usize, usize)| a[0] < e && s < a[1];
    let mut out = Vec::with_capacity(gold.len());
    for g in gold {
        let mut event = None;
        for (_, a) in articles.iter().filter(|(f, _)| *f == g.file) {
            let Some(s) = a.text.find(&g.sentence) else {
                continue;
            };
            let at = (s, s + g.sentence.len());
            event = store
                .article_records(&a.id)?
                .into_iter()
                .filter(|r| r.record.kind == Kind::Event)
                .filter(|r| {
                    overlaps(r.record.span, at)
                        || r.record.evidence.values().any(|e| overlaps(e.span, at))
                })
                .find_map(|r| r.event_id);
            break;
        }
        out.push(event);
    }
    Ok(out)
}
