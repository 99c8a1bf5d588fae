//! `vigil eval-geo FILE`: scores the place finder on GeoWebNews-format gold.
//! Definitions of every figure are in `vigil_geo::eval`.

use anyhow::Context;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// GeoWebNews XML file (e.g. ../shared/dev-data/GeoWebNews.xml).
    pub file: PathBuf,
    /// Also list misses (MISS), resolutions over 161 km off (FAR), other GeoNames ids
    /// (IDDIFF) and predictions matching no gold toponym (FP).
    #[arg(long)]
    pub errors: bool,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let xml = std::fs::read_to_string(&args.file)
        .with_context(|| format!("reading {}", args.file.display()))?;
    let articles = vigil_geo::eval::parse_geowebnews(&xml)?;
    let t = std::time::Instant::now();
    let g = vigil_geo::Gazetteer::global();
    let load = t.elapsed();
    let report = vigil_geo::eval::evaluate(g, &articles);
    let mut out = format!(
        "gazetteer: {} rows, loaded in {:.0} ms\n{report}\n",
        g.len(),
        load.as_secs_f64() * 1e3
    );
    if args.errors {
        for line in vigil_geo::eval::error_lines(g, &articles) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    super::common::emit(&out)
}
