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
    /// Restrict the --errors lines to the even-index articles (the half
    /// resolution weights are tuned on) or the odd ones (held out).
    #[arg(long, value_parser = ["even", "odd"])]
    pub half: Option<String>,
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
    // Resolution weights are tuned on the even-index articles only; the odd
    // half is the held-out check (the full figures are optimistic).
    let (even, odd) = vigil_geo::eval::evaluate_halves(g, &articles);
    out.push_str(&format!(
        "\nsplit (over found; weights tuned on even articles, odd held out)\n{}\n{}\n{}\n{}\n",
        vigil_geo::eval::split_header(),
        vigil_geo::eval::split_line("all", &report),
        vigil_geo::eval::split_line("even (tuning)", &even),
        vigil_geo::eval::split_line("odd (held out)", &odd),
    ));
    if args.errors {
        let parity = match args.half.as_deref() {
            Some("even") => Some(0),
            Some("odd") => Some(1),
            _ => None,
        };
        for line in vigil_geo::eval::error_lines(g, &articles) {
            // The article index is the second tab-separated field.
            let index = line
                .split('\t')
                .nth(1)
                .and_then(|s| s.parse::<usize>().ok());
            if parity.is_some_and(|p| index.is_some_and(|i| i % 2 != p)) {
                continue;
            }
            out.push_str(&line);
            out.push('\n');
        }
    }
    super::common::emit(&out)
}
