//! Builds a synthetic database of N reports (default 1M) and measures query
//! latency: `cargo run --release -p vigil-store --example query_speed -- 1000000 /tmp/q.db`.
//! Reuses the file if it already holds data.

use chrono::{Duration, NaiveDate};
use std::path::PathBuf;
use std::time::Instant;
use vigil_core::{Article, DatePrecision, GeoPrecision, Kind, Record};
use vigil_store::{Query, Store};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

const COUNTRIES: [(&str, &str); 8] = [
    ("Iraq", "IQ"),
    ("Syria", "SY"),
    ("Ukraine", "UA"),
    ("Somalia", "SO"),
    ("Mali", "ML"),
    ("Nigeria", "NG"),
    ("Yemen", "YE"),
    ("Sudan", "SD"),
];
const TYPES: [&str; 6] = [
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
];
const ACTORS: [&str; 10] = [
    "ISIS",
    "Al-Shabaab",
    "JNIM",
    "Military Forces",
    "Police Forces",
    "Unidentified Armed Group",
    "Wagner",
    "RSF",
    "Houthis",
    "Boko Haram",
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let n: usize = args
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let path = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "/tmp/vigil-query-speed.db".into()),
    );
    let mut store = Store::open(&path)?;
    if store.count(&Query::default())? == 0 {
        let t = Instant::now();
        let mut rng = Rng(42);
        let start = NaiveDate::from_ymd_opt(2020, 1, 1).ok_or("date")?;
        let per_article = 10;
        for i in 0..n / per_article {
            let a = Article::new(format!("synthetic article {i}"));
            let recs: Vec<Record> = (0..per_article)
                .map(|_| {
                    let mut r = Record::new(Kind::Event, &a, [0, a.text.len()]);
                    let (c, cc) = COUNTRIES[rng.below(8) as usize];
                    r.country = Some(c.into());
                    r.country_code = Some(cc.into());
                    r.event_type = Some(TYPES[rng.below(6) as usize].into());
                    r.actor1 = Some(ACTORS[rng.below(10) as usize].into());
                    r.actor2 = Some(ACTORS[rng.below(10) as usize].into());
                    r.date = Some(start + Duration::days(rng.below(5 * 365) as i64));
                    r.date_precision = Some(DatePrecision::Day);
                    r.location = Some(format!("Place{}", rng.below(5000)));
                    r.latitude = Some(rng.below(60) as f64);
                    r.longitude = Some(rng.below(60) as f64);
                    r.geo_precision = Some(GeoPrecision::Place);
                    r.fatalities = Some(rng.below(10) as u32);
                    r.publisher = Some(format!("Outlet{}", rng.below(50)));
                    r
                })
                .collect();
            store.insert_article(&a, &recs)?;
        }
        println!("inserted {n} records in {:.1}s", t.elapsed().as_secs_f64());
        let t = Instant::now();
        let s = store.rebuild_events()?;
        println!(
            "dedup {} reports -> {} events in {:.1}s",
            s.reports,
            s.events,
            t.elapsed().as_secs_f64()
        );
    }
    // Re-merge cost after a small ingest: `update_events` re-merges only the
    // block (country, type) the new report falls in; a full rebuild after it
    // shows what that saves (it rewrites nothing, every event is unchanged).
    for pass in 1..=2 {
        let a = Article::new(format!("late article {pass} {}", store.article_count()?));
        let mut r = Record::new(Kind::Event, &a, [0, a.text.len()]);
        r.country = Some("Iraq".into());
        r.event_type = Some("Battles".into());
        r.date = NaiveDate::from_ymd_opt(2024, 6, pass);
        store.insert_article(&a, &[r])?;
        let t = Instant::now();
        let s = store.update_events()?;
        println!(
            "incremental merge {pass} after one new article: {} reports of its block -> {} events in {:.2}s",
            s.reports,
            s.events,
            t.elapsed().as_secs_f64()
        );
    }
    let t = Instant::now();
    let s = store.rebuild_events()?;
    println!(
        "full re-merge for comparison: {} reports -> {} events in {:.2}s",
        s.reports,
        s.events,
        t.elapsed().as_secs_f64()
    );
    drop(store);
    let store = Store::open_read_only(&path)?;
    let d = |s: &str| s.parse::<NaiveDate>().ok();
    let queries: Vec<(&str, Query)> = vec![
        (
            "newest page",
            Query {
                limit: Some(50),
                ..Default::default()
            },
        ),
        (
            "country",
            Query {
                country: Some("Iraq".into()),
                limit: Some(50),
                ..Default::default()
            },
        ),
        (
            "country code + type",
            Query {
                country: Some("SY".into()),
                event_type: Some("Battles".into()),
                limit: Some(50),
                ..Default::default()
            },
        ),
        (
            "actor",
            Query {
                actor: Some("ISIS".into()),
                limit: Some(50),
                ..Default::default()
            },
        ),
        (
            "actor + country + month",
            Query {
                actor: Some("wagner".into()),
                country: Some("Mali".into()),
                since: d("2022-03-01"),
                until: d("2022-03-31"),
                limit: Some(50),
                ..Default::default()
            },
        ),
        (
            "date range",
            Query {
                since: d("2023-01-01"),
                until: d("2023-01-31"),
                limit: Some(50),
                ..Default::default()
            },
        ),
        (
            "deep page",
            Query {
                country: Some("Iraq".into()),
                limit: Some(50),
                offset: Some(10_000),
                ..Default::default()
            },
        ),
    ];
    println!(
        "{:<26} {:>10} {:>10} {:>10} {:>10}",
        "query (50 rows + count)", "rec p50", "rec p99", "evt p50", "evt p99"
    );
    for (name, q) in &queries {
        let mut rec = Vec::new();
        let mut evt = Vec::new();
        for _ in 0..50 {
            let t = Instant::now();
            let _ = store.query(q)?;
            let _ = store.count(q)?;
            rec.push(t.elapsed().as_secs_f64() * 1e3);
            let t = Instant::now();
            let _ = store.query_events(q)?;
            let _ = store.count_events(q)?;
            evt.push(t.elapsed().as_secs_f64() * 1e3);
        }
        let pct = |v: &mut Vec<f64>, p: f64| {
            v.sort_by(|a, b| a.total_cmp(b));
            v[((v.len() - 1) as f64 * p).round() as usize]
        };
        println!(
            "{:<26} {:>8.2}ms {:>8.2}ms {:>8.2}ms {:>8.2}ms",
            name,
            pct(&mut rec, 0.5),
            pct(&mut rec, 0.99),
            pct(&mut evt, 0.5),
            pct(&mut evt, 0.99)
        );
    }
    Ok(())
}
