//! Throughput check (ignored by default; run with
//! `cargo test --release -p vigil-segment --test throughput -- --ignored --nocapture`).

use std::time::Instant;
use vigil_segment::sentences;

/// About `target` bytes of news-like text with the constructs the splitter
/// must look at: abbreviations, quotes, decimals, headlines, paragraphs.
fn corpus(target: usize) -> String {
    let paragraph = "Gunmen kill 43 in northern Mali\n\
        BAMAKO (Reuters) - Gunmen on motorbikes killed at least 43 people in two villages \
        on Tuesday, the U.S. embassy said. \"We heard shots at 5 a.m. and ran,\" one \
        resident, Mr. A. Traore, told reporters. Lt. Col. Diallo said 3.5 tonnes of aid \
        had arrived... The U.N. mission (MINUSMA) condemned the attack! Who is next?\n\n\
        - Over 1,200 people fled\n- Dozens were wounded\n\n";
    let mut s = String::with_capacity(target + paragraph.len());
    while s.len() < target {
        s.push_str(paragraph);
    }
    s
}

#[test]
#[ignore]
fn segments_at_least_100_mb_per_second() {
    let text = corpus(64 << 20);
    // Warm-up pass so page faults on first touch are not timed.
    let n = sentences(&text).len();
    let start = Instant::now();
    let rounds = 3;
    for _ in 0..rounds {
        assert_eq!(sentences(&text).len(), n);
    }
    let secs = start.elapsed().as_secs_f64();
    let mb_s = (text.len() * rounds) as f64 / secs / 1e6;
    println!("{n} sentences per pass, {mb_s:.0} MB/s");
    assert!(mb_s >= 100.0, "only {mb_s:.0} MB/s");
}
