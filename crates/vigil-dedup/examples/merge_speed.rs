//! Measures `merge` on synthetic reports: `cargo run --release -p vigil-dedup
//! --example merge_speed -- 1000000 [countries]`. Incidents are spread over 40 countries,
//! 6 event types and three years; each is reported 1–4 times with jittered
//! date, place and toll, as wire copies of one incident are.

use chrono::{Duration, NaiveDate};
use std::time::Instant;
use vigil_core::{DatePrecision, GeoPrecision};
use vigil_dedup::{merge, Report};

/// xorshift64*: deterministic and dependency-free.
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
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    // Fewer countries = denser blocks = more comparisons per report.
    let countries: u64 = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(40);
    let types = [
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
        "Protests",
        "Riots",
        "Strategic developments",
    ];
    let actors = [
        "ISIS",
        "Al-Shabaab",
        "JNIM",
        "Military Forces",
        "Police Forces",
        "Unidentified Armed Group",
        "Wagner",
        "RSF",
    ];
    let sources = ["Reuters", "AP", "AFP", "BBC", "Al Jazeera", "local"];
    let start = NaiveDate::from_ymd_opt(2021, 1, 1).expect("valid date");
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut reports = Vec::with_capacity(n);
    let mut incidents = 0u64;
    while reports.len() < n {
        incidents += 1;
        let country = rng.below(countries);
        let ty = types[rng.below(types.len() as u64) as usize];
        let day = rng.below(3 * 365) as i64;
        let lat = (country as f64 - 20.0) + rng.unit() * 4.0;
        let lon = (country as f64 * 2.0) + rng.unit() * 4.0;
        let a1 = actors[rng.below(actors.len() as u64) as usize];
        let killed = rng.below(20) as u32;
        let copies = 1 + rng.below(4);
        for _ in 0..copies {
            if reports.len() >= n {
                break;
            }
            let id = reports.len() as i64 + 1;
            reports.push(Report {
                id,
                event_type: Some(ty.into()),
                sub_event_type: None,
                date: Some(start + Duration::days(day + rng.below(2) as i64)),
                date_precision: Some(DatePrecision::Day),
                country: Some(format!("Country{country}")),
                country_code: None,
                admin1: None,
                location: Some(format!("Place{incidents}")),
                latitude: Some(lat + (rng.unit() - 0.5) * 0.1),
                longitude: Some(lon + (rng.unit() - 0.5) * 0.1),
                geo_precision: Some(GeoPrecision::Place),
                actor1: Some(a1.into()),
                actor2: None,
                fatalities: Some(killed + rng.below(3) as u32),
                fatalities_low: None,
                fatalities_high: None,
                source: sources[rng.below(sources.len() as u64) as usize].into(),
                article_id: format!("a{id}"),
                confidence: 0.5,
            });
        }
    }
    let t = Instant::now();
    let events = merge(&reports);
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{} reports from {} synthetic incidents -> {} events in {:.2}s ({:.0} reports/s)",
        reports.len(),
        incidents,
        events.len(),
        secs,
        reports.len() as f64 / secs
    );
}
