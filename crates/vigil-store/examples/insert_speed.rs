//! Writer throughput alone (no extraction): N synthetic articles of about
//! 1.5 KB with 5 records each, committed in transactions of B articles, as
//! `vigil ingest` does. Prints articles/s, records/s and MB/s of article text.
//! `cargo run --release -p vigil-store --example insert_speed -- 20000 256`

use chrono::{Duration, NaiveDate};
use std::time::Instant;
use vigil_core::{Article, DatePrecision, Evidence, GeoPrecision, Kind, Record};
use vigil_store::Store;

const COUNTRIES: [(&str, &str); 6] = [
    ("Iraq", "IQ"),
    ("Syria", "SY"),
    ("Mali", "ML"),
    ("Nigeria", "NG"),
    ("Somalia", "SO"),
    ("Yemen", "YE"),
];
const ACTORS: [&str; 6] = [
    "ISIS",
    "Al-Shabaab",
    "JNIM",
    "Military Forces of Mali",
    "Iraqi Security Forces",
    "Unidentified Armed Group",
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(20_000);
    let batch: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(256);
    let dir = tempfile::tempdir()?;
    let mut store = Store::open(&dir.path().join("insert.db"))?;
    let start = NaiveDate::from_ymd_opt(2020, 1, 1).ok_or("date")?;
    let sentence = "Gunmen attacked an army post near the town on Tuesday, killing \
                    four soldiers and wounding six others, local officials told reporters. ";
    let mut seed = 1u64;
    let mut rand = move |m: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) % m
    };
    let items: Vec<(Article, Vec<Record>)> = (0..n)
        .map(|i| {
            let mut a = Article::new(format!("Report {i}\n\n{}", sentence.repeat(10)));
            a.publisher = Some(format!("Outlet {}", i % 40));
            let records = (0..5)
                .map(|k| {
                    let s = k * sentence.len() + 9 + i.to_string().len();
                    let mut r = Record::new(Kind::Event, &a, [s, s + sentence.len()]);
                    let (c, cc) = COUNTRIES[rand(6) as usize];
                    r.country = Some(c.into());
                    r.country_code = Some(cc.into());
                    r.event_type = Some("Battles".into());
                    r.sub_event_type = Some("Armed clash".into());
                    r.actor1 = Some(ACTORS[rand(6) as usize].into());
                    r.actor2 = Some(ACTORS[rand(6) as usize].into());
                    // A news stream: report dates trail publication by a few days.
                    r.date = Some(start + Duration::days((i / 50) as i64 - rand(7) as i64));
                    r.date_precision = Some(DatePrecision::Day);
                    r.location = Some(format!("Place {}", rand(3000)));
                    r.latitude = Some(rand(40) as f64);
                    r.longitude = Some(rand(40) as f64);
                    r.geo_precision = Some(GeoPrecision::Place);
                    r.fatalities = Some(4);
                    r.source = Some("local officials".into());
                    r.text = sentence.into();
                    r.evidence.insert(
                        "fatalities".into(),
                        Evidence {
                            span: [s + 60, s + 64],
                            confidence: 0.9,
                        },
                    );
                    r
                })
                .collect();
            (a, records)
        })
        .collect();
    let bytes: usize = items.iter().map(|(a, _)| a.text.len()).sum();
    let t = Instant::now();
    for chunk in items.chunks(batch.max(1)) {
        store.insert_articles(chunk)?;
    }
    let secs = t.elapsed().as_secs_f64().max(1e-9);
    println!(
        "{n} articles ({} records) in transactions of {batch}: {:.0} articles/s, {:.0} records/s, {:.1} MB/s of text",
        n * 5,
        n as f64 / secs,
        (n * 5) as f64 / secs,
        bytes as f64 / 1e6 / secs
    );
    Ok(())
}
