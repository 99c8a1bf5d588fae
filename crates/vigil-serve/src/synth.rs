//! Deterministic synthetic records for load tests and API tests: plausible
//! shapes (places, actors, types, dates, counts), no real reporting.

use crate::backend::SourceRef;
use chrono::{Duration, NaiveDate};
use vigil_core::{Article, DatePrecision, GeoPrecision, Kind, Record};

/// (place, admin1, country, code, lat, lon)
const PLACES: &[(&str, &str, &str, &str, f64, f64)] = &[
    ("Mosul", "Nineveh", "Iraq", "IQ", 36.34, 43.13),
    ("Kirkuk", "Kirkuk", "Iraq", "IQ", 35.47, 44.39),
    ("Baghdad", "Baghdad", "Iraq", "IQ", 33.34, 44.40),
    ("Aleppo", "Aleppo", "Syria", "SY", 36.20, 37.16),
    ("Deir ez-Zor", "Deir ez-Zor", "Syria", "SY", 35.34, 40.14),
    ("Idlib", "Idlib", "Syria", "SY", 35.93, 36.63),
    ("Kabul", "Kabul", "Afghanistan", "AF", 34.53, 69.17),
    ("Kandahar", "Kandahar", "Afghanistan", "AF", 31.61, 65.71),
    ("Maiduguri", "Borno", "Nigeria", "NG", 11.85, 13.16),
    ("Mogadishu", "Banaadir", "Somalia", "SO", 2.04, 45.34),
    ("Gao", "Gao", "Mali", "ML", 16.27, -0.04),
    ("Sanaa", "Amanat al Asimah", "Yemen", "YE", 15.35, 44.21),
    (
        "Goma",
        "North Kivu",
        "Democratic Republic of the Congo",
        "CD",
        -1.68,
        29.22,
    ),
    ("Bakhmut", "Donetsk", "Ukraine", "UA", 48.59, 38.00),
];
const ACTORS: &[&str] = &[
    "Islamic State",
    "Iraqi Security Forces",
    "Syrian Democratic Forces",
    "Taliban",
    "Boko Haram",
    "al-Shabaab",
    "Houthis",
    "M23",
    "Civilians",
    "Military of Russia",
    "Military of Ukraine",
];
const TYPES: &[(&str, &str)] = &[
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Air/drone strike"),
    (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    ("Violence against civilians", "Attack"),
    ("Strategic developments", "Arrests"),
    ("Protests", "Peaceful protest"),
];
const PUBLISHERS: &[&str] = &[
    "Reuters",
    "Associated Press",
    "Al Jazeera",
    "BBC News",
    "AFP",
];

/// A small deterministic generator (SplitMix64); no `rand` dependency needed.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

/// The `i`-th synthetic article with one record in it; dates spread over
/// roughly two years starting 2023-01-02.
pub fn article_and_record(i: u64, rng: &mut Rng) -> (Article, Record, SourceRef) {
    let &(place, admin1, country, code, lat, lon) = rng.pick(PLACES);
    let &(et, st) = rng.pick(TYPES);
    let a1 = *rng.pick(ACTORS);
    let a2 = *rng.pick(ACTORS);
    let publisher = *rng.pick(PUBLISHERS);
    let day0 = NaiveDate::from_ymd_opt(2023, 1, 2).unwrap_or_default();
    let date = day0 + Duration::days(rng.below(730) as i64);
    let dead = if rng.below(3) == 0 {
        0
    } else {
        rng.below(40) as u32
    };
    let claim = rng.below(10) == 0;
    let sentence = if claim {
        format!("Officials in {country} said {a1} had regrouped near {place} and warned of new attacks.")
    } else {
        format!("{a1} and {a2} fought near {place}, {admin1}, on {date}, killing {dead} people, officials said.")
    };
    let text = format!("Report {i} from {place}\n{sentence}");
    let mut article = Article::new(text);
    article.title = Some(format!("Report {i} from {place}"));
    article.publisher = Some(publisher.to_string());
    article.published = Some(date + Duration::days(1));
    article.url = Some(format!("https://example.org/report/{i}"));
    let start = article.text.find('\n').map_or(0, |p| p + 1);
    let span = [start, article.text.len()];
    let mut r = Record::new(
        if claim { Kind::Claim } else { Kind::Event },
        &article,
        span,
    );
    if !claim {
        r.event_type = Some(et.to_string());
        r.sub_event_type = Some(st.to_string());
        r.actor2 = Some(a2.to_string()).filter(|_| a2 != a1);
        r.fatalities = Some(dead);
    }
    r.actor1 = Some(a1.to_string());
    r.date = Some(date);
    r.date_precision = Some(DatePrecision::Day);
    r.country = Some(country.to_string());
    r.country_code = Some(code.to_string());
    r.admin1 = Some(admin1.to_string());
    r.location = Some(place.to_string());
    // Jitter so dots of one town do not sit on one pixel.
    let jitter = |rng: &mut Rng| (rng.below(2000) as f64 - 1000.0) / 10_000.0;
    r.latitude = Some(lat + jitter(rng));
    r.longitude = Some(lon + jitter(rng));
    r.geo_precision = Some(GeoPrecision::Place);
    r.source = Some(if claim {
        format!("officials in {country}")
    } else {
        "officials".into()
    });
    r.confidence = 0.5 + rng.below(50) as f32 / 100.0;
    let src = SourceRef {
        article_id: article.id.clone(),
        title: article.title.clone(),
        url: article.url.clone(),
        publisher: article.publisher.clone(),
        published: article.published,
    };
    (article, r, src)
}

/// A [`crate::MemBackend`] with `n` synthetic records; every fifth event is
/// merged with the one before it to exercise merged reports.
pub fn mem_backend(n: u64, seed: u64) -> crate::MemBackend {
    let mut b = crate::MemBackend::new();
    let mut rng = Rng::new(seed);
    let mut last_event: Option<i64> = None;
    for i in 0..n {
        let (_, r, src) = article_and_record(i, &mut rng);
        b.add_article(src);
        let merge = i % 5 == 4 && r.kind == Kind::Event;
        let id_guess = i as i64 + 1;
        let event_id = if merge { last_event } else { Some(id_guess) };
        let id = b.add(r, event_id);
        if !merge {
            last_event = Some(id);
        }
    }
    b
}
