//! Plain data types that connect vigil's pipeline stages:
//! ingest → segment → extract → geocode → dedup → store → serve.
//!
//! Every stage takes and returns these types, so any stage can be tested
//! (or replaced) on its own. Nothing here does I/O.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One news article as ingested. `text` is the body the extractor reads;
/// every byte span in a [`Record`] points into it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Article {
    /// Stable id: hex SHA-256 of the normalised text (see [`article_id`]).
    pub id: String,
    pub title: Option<String>,
    /// Body text. The headline, when known, is its first line.
    pub text: String,
    pub published: Option<NaiveDate>,
    pub url: Option<String>,
    /// Outlet that published the article ("Reuters", "The New York Times").
    pub publisher: Option<String>,
}

/// Content hash used as the article id; ingest is idempotent on it.
pub fn article_id(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(text.trim().as_bytes());
    hex::encode(&digest[..16])
}

impl Article {
    /// Builds an article whose id is derived from its text.
    pub fn new(text: String) -> Self {
        Article {
            id: article_id(&text),
            text,
            ..Default::default()
        }
    }
}

/// A sentence of an article: byte offsets `[start, end)` into `Article::text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
}

impl Sentence {
    pub fn text<'a>(&self, article_text: &'a str) -> &'a str {
        &article_text[self.start..self.end]
    }
}

/// Great-circle distance in km between two `(latitude, longitude)` points
/// (haversine on the mean Earth radius: ample for dedup radii and the
/// 161 km geocoding threshold).
pub fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (p1, p2) = (a.0.to_radians(), b.0.to_radians());
    let dl = (b.1 - a.1).to_radians();
    let h = ((p2 - p1) / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0088 * h.sqrt().min(1.0).asin()
}

/// Whether a record reports something that happened, or something said about
/// the situation (assessment, threat, intention, estimate).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Event,
    Claim,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Event => "event",
            Kind::Claim => "claim",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    Day,
    Week,
    Month,
    Year,
}

impl DatePrecision {
    pub fn as_str(self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Week => "week",
            DatePrecision::Month => "month",
            DatePrecision::Year => "year",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GeoPrecision {
    /// The named town, village, camp or feature.
    Place,
    /// A province / governorate / state.
    Admin1,
    /// Only the country is known.
    Country,
}

impl GeoPrecision {
    pub fn as_str(self) -> &'static str {
        match self {
            GeoPrecision::Place => "place",
            GeoPrecision::Admin1 => "admin1",
            GeoPrecision::Country => "country",
        }
    }
    /// ACLED's numeric geo_precision code.
    pub fn acled_code(self) -> u8 {
        match self {
            GeoPrecision::Place => 1,
            GeoPrecision::Admin1 => 3,
            GeoPrecision::Country => 3,
        }
    }
}

/// A resolved location.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// Canonical gazetteer name ("Mosul").
    pub name: String,
    /// English country name ("Iraq").
    pub country: String,
    /// ISO 3166-1 alpha-2 ("IQ").
    pub country_code: String,
    /// First-level division name ("Nineveh"), when known.
    pub admin1: Option<String>,
    pub latitude: f64,
    pub longitude: f64,
    pub precision: GeoPrecision,
    /// GeoNames id of the feature, when it came from GeoNames.
    pub geonameid: Option<u64>,
}

/// Where a field's value came from: a byte span of the article text and how
/// sure the extractor is of it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub span: [usize; 2],
    pub confidence: f32,
}

/// One extracted record: an event or a claim, flat so it maps one-to-one onto
/// JSONL output, an SQLite row and an ACLED CSV line.
///
/// Field names are part of vigil's public output format; do not rename.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub kind: Kind,
    pub event_type: Option<String>,
    pub sub_event_type: Option<String>,
    pub cameo: Option<String>,
    pub date: Option<NaiveDate>,
    pub date_precision: Option<DatePrecision>,
    pub country: Option<String>,
    pub country_code: Option<String>,
    pub admin1: Option<String>,
    pub location: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub geo_precision: Option<GeoPrecision>,
    pub actor1: Option<String>,
    pub actor2: Option<String>,
    pub fatalities: Option<u32>,
    pub fatalities_low: Option<u32>,
    pub fatalities_high: Option<u32>,
    pub wounded: Option<u32>,
    pub detained: Option<u32>,
    /// Who made the statement ("The New York Times", "Egypt").
    pub source: Option<String>,
    /// Outlet of the article.
    pub publisher: Option<String>,
    /// The sentence the record came from.
    pub text: String,
    /// Byte offsets `[start, end)` of `text` in the article text.
    pub span: [usize; 2],
    pub article_id: String,
    pub confidence: f32,
    /// Per-field provenance, keyed by field name ("date", "location", ...).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub evidence: BTreeMap<String, Evidence>,
}

impl Record {
    /// An empty record of `kind` for the sentence `span` of `article`.
    pub fn new(kind: Kind, article: &Article, span: [usize; 2]) -> Self {
        Record {
            kind,
            event_type: None,
            sub_event_type: None,
            cameo: None,
            date: None,
            date_precision: None,
            country: None,
            country_code: None,
            admin1: None,
            location: None,
            latitude: None,
            longitude: None,
            geo_precision: None,
            actor1: None,
            actor2: None,
            fatalities: None,
            fatalities_low: None,
            fatalities_high: None,
            wounded: None,
            detained: None,
            source: None,
            publisher: article.publisher.clone(),
            text: article
                .text
                .get(span[0]..span[1])
                .unwrap_or_default()
                .to_string(),
            span,
            article_id: article.id.clone(),
            confidence: 0.0,
            evidence: BTreeMap::new(),
        }
    }

    /// Sets `place` as this record's location.
    pub fn set_place(&mut self, place: &Place) {
        self.country = Some(place.country.clone());
        self.country_code = Some(place.country_code.clone());
        self.admin1 = place.admin1.clone();
        self.location = match place.precision {
            GeoPrecision::Country => None,
            _ => Some(place.name.clone()),
        };
        // Gazetteer coordinates are stored as f32; five decimals (~1 m) keep
        // output free of float noise such as 29.542999267578125.
        self.latitude = Some(round5(place.latitude));
        self.longitude = Some(round5(place.longitude));
        self.geo_precision = Some(place.precision);
    }
}

fn round5(x: f64) -> f64 {
    (x * 1e5).round() / 1e5
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn haversine_matches_known_distances() {
        // Baghdad to Mosul is about 350 km.
        let d = haversine_km((33.315, 44.366), (36.34, 43.13));
        assert!((340.0..360.0).contains(&d), "{d}");
        assert!(haversine_km((10.0, 10.0), (10.0, 10.0)).abs() < 1e-9);
        // Antipodes: half the circumference.
        let half = haversine_km((0.0, 0.0), (0.0, 180.0));
        assert!((half - 20015.1).abs() < 1.0, "{half}");
    }

    #[test]
    fn set_place_rounds_coordinates_to_five_decimals() {
        let article = Article::new("x".into());
        let mut r = Record::new(Kind::Event, &article, [0, 1]);
        r.set_place(&Place {
            name: "Sibi".into(),
            country: "Pakistan".into(),
            country_code: "PK".into(),
            admin1: Some("Balochistan".into()),
            latitude: f64::from(29.543_f32),
            longitude: f64::from(67.877_3_f32),
            precision: GeoPrecision::Place,
            geonameid: None,
        });
        assert_eq!(r.latitude, Some(29.543));
        assert_eq!(r.longitude, Some(67.8773));
        assert_eq!(r.location.as_deref(), Some("Sibi"));
    }

    #[test]
    fn article_id_ignores_surrounding_whitespace_only() {
        assert_eq!(article_id("a b\n"), article_id("  a b"));
        assert_ne!(article_id("a b"), article_id("a  b"));
    }

    #[test]
    fn record_serialises_with_public_field_names() {
        let article = Article::new("Headline\nGunmen attacked a village.".into());
        let r = Record::new(Kind::Event, &article, [9, 35]);
        let v = serde_json::to_value(&r).unwrap();
        assert_eq!(v["kind"], "event");
        assert_eq!(v["text"], "Gunmen attacked a village.");
        for f in [
            "event_type",
            "date",
            "geo_precision",
            "fatalities",
            "source",
            "span",
        ] {
            assert!(v.get(f).is_some(), "missing field {f}");
        }
    }
}
