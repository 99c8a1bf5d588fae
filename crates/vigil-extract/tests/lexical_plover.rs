//! Count recall on the PLOVER gold sentences (dev data outside the repo, so
//! ignored by default). Run with
//! `cargo test --release -p vigil-extract --test lexical_plover -- --ignored --nocapture`.
//!
//! For every sentence with a gold "dead" or "injured" figure, the figure
//! should be among the counts `find_counts` reports (as its best value).
//! Figures written as "a"/"the" ("a journalist was killed") are by design
//! not counts, so recall below 100 % is expected.

use vigil_extract::numbers::find_counts;

#[test]
#[ignore]
fn plover_casualty_figures_are_found() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/dev-data/PLOVER_GSR_CAMEO.json"
    );
    let raw = std::fs::read_to_string(path).expect("PLOVER dev data present");
    let records: Vec<serde_json::Value> = serde_json::from_str(&raw).expect("PLOVER JSON");
    let (mut gold, mut found) = (0, 0);
    let mut missed = Vec::new();
    let mut spurious_sentences = 0;
    for r in &records {
        let Some(text) = r.get("text").and_then(|t| t.as_str()) else {
            continue;
        };
        let counts = find_counts(text);
        for field in ["dead", "injured"] {
            // Figures are stored as strings ("156") or numbers.
            let value = r.get(field);
            let n = value.and_then(|v| v.as_u64()).or_else(|| {
                value
                    .and_then(|v| v.as_str())
                    .and_then(|s| s.trim().parse().ok())
            });
            let Some(n) = n else {
                continue;
            };
            gold += 1;
            if counts.iter().any(|c| u64::from(c.best) == n) {
                found += 1;
            } else {
                missed.push(format!("{field}={n}: {text}"));
            }
        }
        // A bare four-digit count in 1900..=2100 is almost surely a year.
        let year_like = |c: &vigil_extract::numbers::Count| {
            let surface = &text[c.start..c.end];
            surface.len() == 4
                && surface.bytes().all(|b| b.is_ascii_digit())
                && (1900..=2100).contains(&c.best)
        };
        if counts.iter().any(year_like) {
            spurious_sentences += 1;
            println!("year-like count in: {text}");
        }
    }
    let recall = f64::from(found) / f64::from(gold.max(1));
    println!(
        "casualty figures found: {found}/{gold} ({:.0} %)",
        recall * 100.0
    );
    println!("sentences with a year-like count: {spurious_sentences}");
    for m in &missed {
        println!("missed {m}");
    }
    assert!(gold > 10, "too few gold figures: {gold}");
    assert!(recall >= 0.75, "recall {recall:.2}");
    assert_eq!(spurious_sentences, 0);
}
