//! Single-thread extraction throughput on a directory of plain-text articles.
//! `cargo run --release -p vigil-extract --example throughput -- tests/fixtures/articles [MB]`
use std::time::Instant;
use vigil_core::Article;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| "tests/fixtures/articles".into());
    let target_mb: f64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(20.0);
    let mut texts: Vec<String> = Vec::new();
    if let Ok(rd) = std::fs::read_dir(&dir) {
        for e in rd.flatten() {
            if let Ok(t) = std::fs::read_to_string(e.path()) {
                texts.push(t);
            }
        }
    }
    if texts.is_empty() {
        eprintln!("no articles in {dir}");
        return;
    }
    let pub_date = chrono::NaiveDate::from_ymd_opt(2024, 1, 1);
    let arts: Vec<Article> = texts
        .iter()
        .map(|t| {
            let mut a = Article::new(t.clone());
            a.published = pub_date;
            a
        })
        .collect();
    if args.iter().any(|a| a == "--components") {
        components(&arts);
    }
    let x = vigil_extract::Extractor::new();
    // Warm the embedded gazetteer and registry.
    let _ = x.extract(&arts[0]);
    let (mut bytes, mut recs) = (0usize, 0usize);
    let t0 = Instant::now();
    while (bytes as f64) < target_mb * 1e6 {
        for a in &arts {
            recs += x.extract(a).len();
            bytes += a.text.len();
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "{:.1} MB in {:.2}s = {:.1} MB/s, {} records",
        bytes as f64 / 1e6,
        secs,
        bytes as f64 / 1e6 / secs,
        recs
    );
}

/// Per-component cost over the same sentences (diagnostics for tuning).
#[allow(dead_code)]
pub fn components(arts: &[Article]) {
    let sents: Vec<&str> = arts
        .iter()
        .flat_map(|a| {
            vigil_segment::sentences(&a.text)
                .into_iter()
                .map(move |s| &a.text[s.start..s.end])
        })
        .collect();
    let total: usize = sents.iter().map(|s| s.len()).sum();
    let time = |name: &str, f: &dyn Fn(&str)| {
        let t0 = Instant::now();
        for _ in 0..20 {
            for s in &sents {
                f(s);
            }
        }
        let secs = t0.elapsed().as_secs_f64();
        println!("{name:10} {:.1} MB/s", 20.0 * total as f64 / 1e6 / secs);
    };
    let ctx = vigil_geo::GeoContext::new();
    let d = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
    time("places", &|s| {
        let _ = vigil_geo::Gazetteer::global().find_places(s, &ctx);
    });
    time("actors", &|s| {
        let _ = vigil_actors::ActorRegistry::global().find(s, Some("IQ"));
    });
    time("dates", &|s| {
        let _ = vigil_extract::dates::find_dates(s, d);
    });
    time("counts", &|s| {
        let _ = vigil_extract::numbers::find_counts(s);
    });
}
