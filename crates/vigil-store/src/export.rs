//! ACLED-style CSV and GeoJSON output of records and merged events.
//!
//! The CSV columns use ACLED's names and codes so existing ACLED tooling can
//! read vigil output; vigil-only columns come after them. Unknown
//! fatalities are left empty rather than written as 0 (ACLED's 0 means
//! "none reported", which vigil cannot always tell apart from "not found").

use crate::{Error, StoredEvent, StoredRecord};
use serde::Serialize;
use serde_json::{json, Value};
use std::io::Write;
use vigil_core::DatePrecision;

/// One output row, in ACLED column order.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AcledRow {
    pub event_id_cnty: String,
    pub event_date: String,
    pub year: String,
    pub time_precision: String,
    pub event_type: String,
    pub sub_event_type: String,
    pub actor1: String,
    pub actor2: String,
    pub country: String,
    pub admin1: String,
    pub location: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub geo_precision: String,
    pub source: String,
    pub notes: String,
    pub fatalities: Option<u32>,
    // vigil additions
    pub fatalities_low: Option<u32>,
    pub fatalities_high: Option<u32>,
    pub kind: String,
    pub vigil_id: i64,
    pub reports: usize,
}

fn time_precision(p: Option<DatePrecision>) -> String {
    match p {
        Some(DatePrecision::Day) => "1".into(),
        Some(DatePrecision::Week) => "2".into(),
        Some(DatePrecision::Month) | Some(DatePrecision::Year) => "3".into(),
        None => String::new(),
    }
}

fn s(o: &Option<String>) -> String {
    o.clone().unwrap_or_default()
}

/// ACLED's name for a country where it differs from the gazetteer's, so a
/// CSV joins with ACLED data on `country`. Keyed by ISO alpha-2.
const ACLED_COUNTRY_NAMES: [(&str, &str); 7] = [
    ("CD", "Democratic Republic of Congo"),
    ("CG", "Republic of Congo"),
    ("CZ", "Czech Republic"),
    ("SZ", "eSwatini"),
    ("CV", "Cape Verde"),
    ("TL", "East Timor"),
    ("PS", "Palestine"),
];

fn acled_country(cc: &Option<String>, name: &Option<String>) -> String {
    cc.as_deref()
        .and_then(|cc| {
            ACLED_COUNTRY_NAMES
                .iter()
                .find(|(code, _)| code.eq_ignore_ascii_case(cc))
        })
        .map(|(_, acled)| acled.to_string())
        .unwrap_or_else(|| s(name))
}

/// ACLED prefixes its event ids with a three-letter country code ("IRQ1234");
/// ISO alpha-3 is the same code for most countries. An unknown country is
/// "XXX".
fn id_cnty(cc: &Option<String>, id: i64) -> String {
    let code = cc
        .as_deref()
        .and_then(|cc| vigil_actors::countries::iso3(&cc.to_ascii_uppercase()))
        .unwrap_or("XXX");
    format!("{code}{id}")
}

impl AcledRow {
    pub fn from_record(r: &StoredRecord) -> AcledRow {
        let rec = &r.record;
        AcledRow {
            event_id_cnty: id_cnty(&rec.country_code, r.id),
            event_date: rec.date.map(|d| d.to_string()).unwrap_or_default(),
            year: rec
                .date
                .map(|d| d.format("%Y").to_string())
                .unwrap_or_default(),
            time_precision: time_precision(rec.date_precision),
            event_type: s(&rec.event_type),
            sub_event_type: s(&rec.sub_event_type),
            actor1: s(&rec.actor1),
            actor2: s(&rec.actor2),
            country: acled_country(&rec.country_code, &rec.country),
            admin1: s(&rec.admin1),
            location: s(&rec.location),
            latitude: rec.latitude,
            longitude: rec.longitude,
            geo_precision: rec
                .geo_precision
                .map(|g| g.acled_code().to_string())
                .unwrap_or_default(),
            source: rec
                .publisher
                .clone()
                .or_else(|| rec.source.clone())
                .unwrap_or_default(),
            notes: rec.text.clone(),
            fatalities: rec.fatalities,
            fatalities_low: rec.fatalities_low,
            fatalities_high: rec.fatalities_high,
            kind: rec.kind.as_str().into(),
            vigil_id: r.id,
            reports: 1,
        }
    }

    pub fn from_event(se: &StoredEvent) -> AcledRow {
        let e = &se.event;
        AcledRow {
            event_id_cnty: id_cnty(&e.country_code, e.id),
            event_date: e.date.map(|d| d.to_string()).unwrap_or_default(),
            year: e
                .date
                .map(|d| d.format("%Y").to_string())
                .unwrap_or_default(),
            time_precision: time_precision(e.date_precision),
            event_type: s(&e.event_type),
            sub_event_type: s(&e.sub_event_type),
            actor1: s(&e.actor1),
            actor2: s(&e.actor2),
            country: acled_country(&e.country_code, &e.country),
            admin1: s(&e.admin1),
            location: s(&e.location),
            latitude: e.latitude,
            longitude: e.longitude,
            geo_precision: e
                .geo_precision
                .map(|g| g.acled_code().to_string())
                .unwrap_or_default(),
            // ACLED separates multiple sources with "; ".
            source: e.sources.join("; "),
            notes: se.notes.clone(),
            fatalities: e.fatalities_best,
            fatalities_low: e.fatalities_low,
            fatalities_high: e.fatalities_high,
            kind: "event".into(),
            vigil_id: e.id,
            reports: e.members.len(),
        }
    }
}

const HEADER: [&str; 22] = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    "fatalities_low",
    "fatalities_high",
    "kind",
    "vigil_id",
    "reports",
];

/// Streams rows as CSV: the header is written on creation, so an empty
/// result is still a valid file.
pub struct CsvExporter<W: Write> {
    w: csv::Writer<W>,
}

impl<W: Write> CsvExporter<W> {
    pub fn new(out: W) -> Result<Self, Error> {
        let mut w = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(out);
        w.write_record(HEADER)?;
        Ok(CsvExporter { w })
    }

    pub fn write(&mut self, row: &AcledRow) -> Result<(), Error> {
        self.w.serialize(row)?;
        Ok(())
    }

    pub fn finish(mut self) -> Result<(), Error> {
        self.w.flush()?;
        Ok(())
    }
}

/// Writes rows as CSV with a header line (also when there are no rows).
pub fn write_csv<W: Write>(rows: &[AcledRow], out: W) -> Result<(), Error> {
    let mut e = CsvExporter::new(out)?;
    for r in rows {
        e.write(r)?;
    }
    e.finish()
}

/// One GeoJSON Point feature; None without usable coordinates (GeoJSON has
/// no null geometry for a point layer).
pub fn geojson_feature(r: &AcledRow) -> Option<Value> {
    let (lat, lon) = (r.latitude?, r.longitude?);
    if !lat.is_finite() || !lon.is_finite() {
        return None;
    }
    let mut props = serde_json::to_value(r).ok()?;
    if let Some(o) = props.as_object_mut() {
        o.remove("latitude");
        o.remove("longitude");
    }
    Some(json!({
        "type": "Feature",
        "id": r.vigil_id,
        // GeoJSON order is [longitude, latitude].
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": props,
    }))
}

/// Streams a FeatureCollection, one feature at a time.
pub struct GeoJsonExporter<W: Write> {
    out: W,
    first: bool,
}

impl<W: Write> GeoJsonExporter<W> {
    pub fn new(mut out: W) -> Result<Self, Error> {
        out.write_all(br#"{"type":"FeatureCollection","features":["#)?;
        Ok(GeoJsonExporter { out, first: true })
    }

    /// Writes the row's feature; rows without coordinates are skipped.
    pub fn write(&mut self, row: &AcledRow) -> Result<(), Error> {
        if let Some(f) = geojson_feature(row) {
            if !self.first {
                self.out.write_all(b",\n")?;
            }
            self.first = false;
            serde_json::to_writer(&mut self.out, &f)?;
        }
        Ok(())
    }

    pub fn finish(mut self) -> Result<(), Error> {
        self.out.write_all(b"]}\n")?;
        self.out.flush()?;
        Ok(())
    }
}

/// A GeoJSON FeatureCollection of Points; rows without coordinates are left out.
pub fn geojson(rows: &[AcledRow]) -> Value {
    let features: Vec<Value> = rows.iter().filter_map(geojson_feature).collect();
    json!({"type": "FeatureCollection", "features": features})
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: i64, lat: Option<f64>) -> AcledRow {
        AcledRow {
            event_id_cnty: format!("IRQ{id}"),
            event_date: "2024-01-02".into(),
            year: "2024".into(),
            time_precision: "1".into(),
            event_type: "Battles".into(),
            sub_event_type: "Armed clash".into(),
            actor1: "A, with comma".into(),
            actor2: String::new(),
            country: "Iraq".into(),
            admin1: String::new(),
            location: "Mosul".into(),
            latitude: lat,
            longitude: lat.map(|_| 43.1),
            geo_precision: "1".into(),
            source: "AP; Reuters".into(),
            notes: "He said \"ten\" died.\nMore.".into(),
            fatalities: Some(10),
            fatalities_low: None,
            fatalities_high: None,
            kind: "event".into(),
            vigil_id: id,
            reports: 2,
        }
    }

    #[test]
    fn event_ids_carry_the_three_letter_country_code() {
        assert_eq!(id_cnty(&Some("IQ".into()), 42), "IRQ42");
        assert_eq!(id_cnty(&Some("ng".into()), 7), "NGA7");
        assert_eq!(id_cnty(&None, 7), "XXX7");
        assert_eq!(id_cnty(&Some("Q9".into()), 7), "XXX7");
    }

    #[test]
    fn streamed_geojson_equals_the_in_memory_one() {
        let rows = [row(1, Some(36.3)), row(2, None), row(3, Some(35.0))];
        let mut buf = Vec::new();
        let mut g = GeoJsonExporter::new(&mut buf).unwrap();
        for r in &rows {
            g.write(r).unwrap();
        }
        g.finish().unwrap();
        let streamed: Value = serde_json::from_slice(&buf).unwrap();
        assert_eq!(streamed, geojson(&rows));
        assert_eq!(streamed["features"].as_array().unwrap().len(), 2);
        let mut buf = Vec::new();
        GeoJsonExporter::new(&mut buf).unwrap().finish().unwrap();
        let empty: Value = serde_json::from_slice(&buf).unwrap();
        assert_eq!(empty["features"].as_array().unwrap().len(), 0);
    }

    #[test]
    fn country_names_follow_acled_where_they_differ() {
        let cc = |c: &str| Some(c.to_string());
        let name = |n: &str| Some(n.to_string());
        assert_eq!(
            acled_country(&cc("CD"), &name("Democratic Republic of the Congo")),
            "Democratic Republic of Congo"
        );
        assert_eq!(
            acled_country(&cc("ps"), &name("Palestinian Territory")),
            "Palestine"
        );
        assert_eq!(acled_country(&cc("IQ"), &name("Iraq")), "Iraq");
        assert_eq!(acled_country(&None, &None), "");
    }

    #[test]
    fn csv_round_trips_awkward_text() {
        let mut buf = Vec::new();
        write_csv(&[row(7, Some(36.3))], &mut buf).unwrap();
        let mut rdr = csv::Reader::from_reader(buf.as_slice());
        assert_eq!(rdr.headers().unwrap().len(), HEADER.len());
        let rec = rdr.records().next().unwrap().unwrap();
        assert_eq!(&rec[6], "A, with comma");
        assert_eq!(&rec[15], "He said \"ten\" died.\nMore.");
        assert_eq!(&rec[16], "10");
        assert_eq!(&rec[17], "");
    }
}
