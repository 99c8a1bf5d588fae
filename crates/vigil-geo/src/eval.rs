//! Scoring the place finder against GeoWebNews-style gold (Gritta et al. 2019):
//! articles whose place names are annotated with character spans, a type
//! (Literal, Metonymic, Demonym, ...) and, for most, GeoNames id and coordinates.
//!
//! Definitions (what `Report` prints):
//! - **Gold places**: gold toponyms that carry coordinates, whatever their
//!   type (literal, metonymic, modifiers, embedded, coercion, mixed). Demonyms,
//!   homonyms, languages and common-noun expressions have none and are not scored.
//! - **Found**: a predicted mention (of any role) overlaps the gold span.
//!   Adjectives such as "French engineer" are gold places (Non_Literal_Modifier,
//!   with the country's coordinates), so demonym mentions can find them.
//! - **Recall**: found / gold places. **Literal recall**: the same for gold of
//!   type `Literal` only.
//! - **Resolution scores** (exact, country, ADM1, ≤161 km, mean error) are
//!   given two ways: over found places (how well names are resolved, the usual
//!   geocoding figure) and over all gold places, where an unfound gold place
//!   counts as wrong (end to end).
//! - **≤161 km or same id**: also counts a prediction whose GeoNames id is the
//!   gold id as correct whatever the distance: our country centre points come
//!   from world-countries, not GeoNames, and lie 150–1,000 km from GeoNames'
//!   points for large countries (United States, Canada, India).
//! - **Exact**: predicted GeoNames id = gold id (gold without an id is left
//!   out of this one measure's denominator).
//! - **Country / ADM1**: the gold country and first-level division are looked
//!   up from the gold GeoNames id in the gazetteer, or else from the nearest
//!   gazetteer place to the gold coordinates (within 100 km; otherwise that
//!   place is left out of these two denominators). ADM1 is correct when the
//!   country is and the admin1 names agree (a gold country matches a predicted
//!   country-level place).
//! - **Precision**: predicted mentions overlapping any gold toponym (of any
//!   type, including demonyms and common-noun expressions) / all predictions.
//! - **Roles**: of found gold places typed Literal, the share predicted
//!   `Literal`; of those typed Metonymic ("Turkey said"), the share predicted
//!   `Metonym`.
//! - **Places per second**: predicted mentions / wall time of `find_places`.
//! - **Split** (`evaluate_halves`): the same figures on the articles with
//!   even index and on those with odd index. Resolution weights and rules
//!   are tuned on the even half only; the odd half is the held-out check
//!   (the full figures are optimistic, since earlier weights were tuned on
//!   all of GeoWebNews).

use crate::{Error, Gazetteer, GeoContext};
use quick_xml::events::Event;
use quick_xml::Reader;
use std::collections::HashMap;
use std::fmt;

/// One gold toponym; `start`/`end` are byte offsets into `GoldArticle::text`.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldToponym {
    pub start: usize,
    pub end: usize,
    pub name: String,
    /// GeoWebNews type: Literal, Metonymic, Demonym, Literal_Modifier, ...
    pub kind: String,
    pub geonameid: Option<u64>,
    pub coords: Option<(f64, f64)>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GoldArticle {
    pub text: String,
    pub toponyms: Vec<GoldToponym>,
}

#[derive(Default)]
struct RawToponym {
    fields: HashMap<String, String>,
}

/// Parses GeoWebNews XML. Gold offsets count characters; they are converted
/// to byte offsets here. Toponyms whose span does not fit the text are dropped.
pub fn parse_geowebnews(xml: &str) -> Result<Vec<GoldArticle>, Error> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().trim_text(false);
    let mut articles = Vec::new();
    let mut path: Vec<String> = Vec::new();
    let mut text = String::new();
    let mut raw: Vec<RawToponym> = Vec::new();
    let mut cur: Option<RawToponym> = None;
    let mut field = String::new();
    loop {
        let ev = reader
            .read_event()
            .map_err(|e| Error::Eval(format!("XML at byte {}: {e}", reader.buffer_position())))?;
        match ev {
            Event::Start(s) => {
                let name = String::from_utf8_lossy(s.name().as_ref()).into_owned();
                match name.as_str() {
                    "article" => {
                        text.clear();
                        raw.clear();
                    }
                    "toponym" => cur = Some(RawToponym::default()),
                    _ => {}
                }
                field.clear();
                path.push(name);
            }
            Event::Text(t) => {
                let s = t
                    .unescape()
                    .map_err(|e| Error::Eval(format!("XML text: {e}")))?;
                field.push_str(&s);
            }
            Event::CData(t) => field.push_str(&String::from_utf8_lossy(&t)),
            Event::End(e) => {
                let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                path.pop();
                match name.as_str() {
                    "text" if path.last().map(String::as_str) == Some("article") => {
                        text = std::mem::take(&mut field);
                    }
                    "toponym" => {
                        if let Some(t) = cur.take() {
                            raw.push(t);
                        }
                    }
                    "article" => {
                        articles.push(build_article(std::mem::take(&mut text), &raw));
                    }
                    other => {
                        if let Some(t) = cur.as_mut() {
                            t.fields
                                .insert(other.to_string(), std::mem::take(&mut field));
                        }
                    }
                }
                field.clear();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(articles)
}

fn build_article(text: String, raw: &[RawToponym]) -> GoldArticle {
    // char index → byte offset, with one entry past the end.
    let mut byte_at: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    byte_at.push(text.len());
    let get = |t: &RawToponym, k: &str| t.fields.get(k).map(|s| s.trim().to_string());
    let mut toponyms = Vec::new();
    for t in raw {
        let (Some(s), Some(e)) = (
            get(t, "start").and_then(|s| s.parse::<usize>().ok()),
            get(t, "end").and_then(|s| s.parse::<usize>().ok()),
        ) else {
            continue;
        };
        let (Some(&start), Some(&end)) = (byte_at.get(s), byte_at.get(e)) else {
            continue;
        };
        if start >= end {
            continue;
        }
        let lat = get(t, "latitude").and_then(|s| s.parse::<f64>().ok());
        let lon = get(t, "longitude").and_then(|s| s.parse::<f64>().ok());
        toponyms.push(GoldToponym {
            start,
            end,
            name: get(t, "extractedName").unwrap_or_default(),
            kind: get(t, "type").unwrap_or_default(),
            geonameid: get(t, "geonamesID").and_then(|s| s.parse().ok()),
            coords: lat.zip(lon),
        });
    }
    toponyms.sort_by_key(|t| t.start);
    GoldArticle { text, toponyms }
}

pub use vigil_core::haversine_km;

/// Counts behind the printed figures; see the module docs for definitions.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub articles: usize,
    pub gold: usize,
    pub found: usize,
    pub literal_gold: usize,
    pub literal_found: usize,
    /// Found gold with a gold GeoNames id / of those, same id predicted.
    pub exact_den: usize,
    pub exact: usize,
    pub exact_den_all: usize,
    pub country_den: usize,
    pub country_den_all: usize,
    pub country_ok: usize,
    pub adm1_ok: usize,
    pub within_161: usize,
    /// Within 161 km, or the predicted GeoNames id is the gold id (the same
    /// feature, whose stored coordinates differ between sources).
    pub within_161_or_id: usize,
    pub err_km_sum: f64,
    pub predicted: usize,
    pub predicted_matching_gold: usize,
    /// Found gold of type Literal / of those, predicted role Literal.
    pub literal_role_den: usize,
    pub literal_role_ok: usize,
    /// Found gold of type Metonymic / of those, predicted role Metonym.
    pub metonym_role_den: usize,
    pub metonym_role_ok: usize,
    pub seconds: f64,
    pub text_bytes: usize,
}

fn pct(n: usize, d: usize) -> f64 {
    if d == 0 {
        0.0
    } else {
        100.0 * n as f64 / d as f64
    }
}

impl Report {
    pub fn recall(&self) -> f64 {
        pct(self.found, self.gold)
    }
    pub fn literal_recall(&self) -> f64 {
        pct(self.literal_found, self.literal_gold)
    }
    pub fn precision(&self) -> f64 {
        pct(self.predicted_matching_gold, self.predicted)
    }
    pub fn exact_rate(&self) -> f64 {
        pct(self.exact, self.exact_den)
    }
    pub fn country_accuracy(&self) -> f64 {
        pct(self.country_ok, self.country_den)
    }
    pub fn adm1_accuracy(&self) -> f64 {
        pct(self.adm1_ok, self.country_den)
    }
    pub fn acc_161(&self) -> f64 {
        pct(self.within_161, self.found)
    }
    pub fn mean_error_km(&self) -> f64 {
        if self.found == 0 {
            0.0
        } else {
            self.err_km_sum / self.found as f64
        }
    }
    pub fn places_per_second(&self) -> f64 {
        if self.seconds > 0.0 {
            self.predicted as f64 / self.seconds
        } else {
            0.0
        }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "articles {}  gold places (with coordinates) {}  literal {}",
            self.articles, self.gold, self.literal_gold
        )?;
        writeln!(
            f,
            "recall              {:6.1}%  ({} / {})",
            self.recall(),
            self.found,
            self.gold
        )?;
        writeln!(
            f,
            "literal recall      {:6.1}%  ({} / {})",
            self.literal_recall(),
            self.literal_found,
            self.literal_gold
        )?;
        writeln!(
            f,
            "precision           {:6.1}%  ({} / {} predicted mentions)",
            self.precision(),
            self.predicted_matching_gold,
            self.predicted
        )?;
        writeln!(
            f,
            "roles               literal kept literal {:.1}% ({}), metonymic flagged {:.1}% ({})",
            pct(self.literal_role_ok, self.literal_role_den),
            self.literal_role_den,
            pct(self.metonym_role_ok, self.metonym_role_den),
            self.metonym_role_den
        )?;
        writeln!(
            f,
            "                      over found   over all gold (unfound = wrong)"
        )?;
        writeln!(
            f,
            "exact GeoNames id   {:6.1}%       {:6.1}%",
            self.exact_rate(),
            pct(self.exact, self.exact_den_all)
        )?;
        writeln!(
            f,
            "country             {:6.1}%       {:6.1}%",
            self.country_accuracy(),
            pct(self.country_ok, self.country_den_all)
        )?;
        writeln!(
            f,
            "ADM1                {:6.1}%       {:6.1}%",
            self.adm1_accuracy(),
            pct(self.adm1_ok, self.country_den_all)
        )?;
        writeln!(
            f,
            "within 161 km       {:6.1}%       {:6.1}%",
            self.acc_161(),
            pct(self.within_161, self.gold)
        )?;
        writeln!(
            f,
            "≤161 km or same id  {:6.1}%       {:6.1}%",
            pct(self.within_161_or_id, self.found),
            pct(self.within_161_or_id, self.gold)
        )?;
        writeln!(
            f,
            "mean error          {:8.1} km (over found)",
            self.mean_error_km()
        )?;
        write!(
            f,
            "speed               {:8.0} places/s  {:.2} MB/s  ({:.3} s)",
            self.places_per_second(),
            self.text_bytes as f64 / 1e6 / self.seconds.max(1e-9),
            self.seconds
        )
    }
}

/// Gold country and admin1 of a gold place, from its id or nearest place.
struct GoldAdmin {
    cc: String,
    admin1: Option<String>,
}

fn gold_admin(g: &Gazetteer, t: &GoldToponym) -> Option<GoldAdmin> {
    if let Some(p) = t.geonameid.and_then(|id| g.by_geonameid(id)) {
        return Some(GoldAdmin {
            cc: p.country_code,
            admin1: p.admin1,
        });
    }
    let (lat, lon) = t.coords?;
    let p = g.nearest(lat, lon, 100.0)?;
    Some(GoldAdmin {
        cc: p.country_code,
        admin1: p.admin1,
    })
}

/// Whether `p` lies in the gold first-level division (a gold country
/// matches a predicted country-level place); the countries are compared
/// separately.
fn same_adm1(ga: &GoldAdmin, p: &crate::Place) -> bool {
    match (&ga.admin1, &p.admin1) {
        (None, _) => p.precision == crate::GeoPrecision::Country || p.admin1.is_none(),
        (Some(a), Some(b)) => a == b,
        (Some(_), None) => false,
    }
}

/// Runs `find_places` on every article (a fresh context each) and scores it.
pub fn evaluate(g: &Gazetteer, articles: &[GoldArticle]) -> Report {
    evaluate_tuned(g, articles, &crate::Tuning::default())
}

/// `evaluate` with other resolution weights.
#[doc(hidden)]
pub fn evaluate_tuned(g: &Gazetteer, articles: &[GoldArticle], tune: &crate::Tuning) -> Report {
    let mut r = Report {
        articles: articles.len(),
        ..Report::default()
    };
    let start = std::time::Instant::now();
    let predictions: Vec<_> = articles
        .iter()
        .map(|a| g.find_places_tuned(&a.text, &GeoContext::default(), tune))
        .collect();
    r.seconds = start.elapsed().as_secs_f64();
    for (a, preds) in articles.iter().zip(&predictions) {
        r.text_bytes += a.text.len();
        let preds: Vec<_> = preds.iter().collect();
        r.predicted += preds.len();
        r.predicted_matching_gold += preds
            .iter()
            .filter(|m| {
                a.toponyms
                    .iter()
                    .any(|t| t.start < m.end && m.start < t.end)
            })
            .count();
        for t in a.toponyms.iter().filter(|t| t.coords.is_some()) {
            let Some(gc) = t.coords else { continue };
            r.gold += 1;
            let literal = t.kind == "Literal";
            r.literal_gold += usize::from(literal);
            let admin = gold_admin(g, t);
            r.exact_den_all += usize::from(t.geonameid.is_some());
            r.country_den_all += usize::from(admin.is_some());
            let Some(m) = preds.iter().find(|m| t.start < m.end && m.start < t.end) else {
                continue;
            };
            r.found += 1;
            r.literal_found += usize::from(literal);
            if literal {
                r.literal_role_den += 1;
                r.literal_role_ok += usize::from(m.role == crate::MentionRole::Literal);
            } else if t.kind == "Metonymic" {
                r.metonym_role_den += 1;
                r.metonym_role_ok += usize::from(m.role == crate::MentionRole::Metonym);
            }
            let p = &m.place;
            let d = haversine_km(gc, (p.latitude, p.longitude));
            r.err_km_sum += d;
            r.within_161 += usize::from(d <= 161.0);
            let same_id = t.geonameid.is_some() && p.geonameid == t.geonameid;
            r.within_161_or_id += usize::from(d <= 161.0 || same_id);
            if let Some(id) = t.geonameid {
                r.exact_den += 1;
                r.exact += usize::from(p.geonameid == Some(id));
            }
            if let Some(ga) = admin {
                r.country_den += 1;
                if ga.cc == p.country_code {
                    r.country_ok += 1;
                    r.adm1_ok += usize::from(same_adm1(&ga, p));
                }
            }
        }
    }
    r
}

/// The articles with even index (the half resolution weights may be tuned
/// on) and those with odd index (held out, reported as the honest check),
/// each scored on its own.
pub fn evaluate_halves(g: &Gazetteer, articles: &[GoldArticle]) -> (Report, Report) {
    let half = |parity: usize| -> Vec<GoldArticle> {
        articles
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 2 == parity)
            .map(|(_, a)| a.clone())
            .collect()
    };
    (evaluate(g, &half(0)), evaluate(g, &half(1)))
}

/// One line of the main figures (over found places, plus recall), for
/// comparing halves side by side; `split_header` names the columns.
pub fn split_line(label: &str, r: &Report) -> String {
    format!(
        "{label:<16}{:>7.1}{:>8.1}{:>8.1}{:>8.1}{:>8.1}{:>8.1}{:>8.1}{:>9.1}",
        r.recall(),
        r.literal_recall(),
        r.exact_rate(),
        r.country_accuracy(),
        r.adm1_accuracy(),
        r.acc_161(),
        pct(r.within_161_or_id, r.found),
        pct(r.metonym_role_ok, r.metonym_role_den),
    )
}

/// Column names for `split_line`.
pub fn split_header() -> String {
    format!(
        "{:<16}{:>7}{:>8}{:>8}{:>8}{:>8}{:>8}{:>8}{:>9}",
        "", "recall", "literal", "exact", "country", "ADM1", "161km", "161/id", "metonym"
    )
}

/// One line per gold place that was missed (MISS), resolved more than 161 km
/// off (FAR), to another GeoNames id nearby (IDDIFF), or into the wrong
/// country (CC) or first-level division (ADM1), and per prediction that
/// overlaps no gold toponym (FP): for error analysis.
pub fn error_lines(g: &Gazetteer, articles: &[GoldArticle]) -> Vec<String> {
    error_lines_tuned(g, articles, &crate::Tuning::default())
}

/// `error_lines` with other resolution weights.
#[doc(hidden)]
pub fn error_lines_tuned(
    g: &Gazetteer,
    articles: &[GoldArticle],
    tune: &crate::Tuning,
) -> Vec<String> {
    let mut out = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        let preds = g.find_places_tuned(&a.text, &GeoContext::default(), tune);
        for t in a.toponyms.iter().filter(|t| t.coords.is_some()) {
            let Some(gc) = t.coords else { continue };
            match preds.iter().find(|m| t.start < m.end && m.start < t.end) {
                None => out.push(format!(
                    "MISS\t{ai}\t{}\t{}\t{:?}",
                    t.name,
                    t.kind,
                    context(&a.text, t.start, t.end)
                )),
                Some(m) => {
                    let d = haversine_km(gc, (m.place.latitude, m.place.longitude));
                    // The country or first-level division is wrong: what the
                    // country and ADM1 figures count, whatever the distance.
                    if let Some(ga) = gold_admin(g, t) {
                        if ga.cc != m.place.country_code || !same_adm1(&ga, &m.place) {
                            out.push(format!(
                                "{}\t{ai}\t{}\t{}\tgot {} ({}, {})\tgold ({}, {})\t{:?}",
                                if ga.cc != m.place.country_code {
                                    "CC"
                                } else {
                                    "ADM1"
                                },
                                t.name,
                                t.kind,
                                m.place.name,
                                m.place.admin1.as_deref().unwrap_or(""),
                                m.place.country_code,
                                ga.admin1.as_deref().unwrap_or(""),
                                ga.cc,
                                context(&a.text, t.start, t.end)
                            ));
                        }
                    }
                    if d <= 161.0 && t.geonameid.is_some() && m.place.geonameid != t.geonameid {
                        out.push(format!(
                            "IDDIFF\t{ai}\t{}\t{}\t{:.0} km\tgot {} ({:?}) id {:?}\tgold id {:?}",
                            t.name,
                            t.kind,
                            d,
                            m.place.name,
                            m.place.precision,
                            m.place.geonameid,
                            t.geonameid
                        ));
                    }
                    if d > 161.0 {
                        out.push(format!(
                            "FAR\t{ai}\t{}\t{}\t{:.0} km\tgot {} ({}, {}) id {:?}\tgold id {:?} {:?}",
                            t.name, t.kind, d, m.place.name, m.place.admin1.as_deref().unwrap_or(""),
                            m.place.country_code, m.place.geonameid, t.geonameid, gc
                        ));
                    }
                }
            }
        }
        for m in &preds {
            if !a
                .toponyms
                .iter()
                .any(|t| t.start < m.end && m.start < t.end)
            {
                out.push(format!(
                    "FP\t{ai}\t{}\t{} ({})\t{:?}",
                    m.surface,
                    m.place.name,
                    m.place.country_code,
                    context(&a.text, m.start, m.end)
                ));
            }
        }
    }
    out
}

fn context(text: &str, start: usize, end: usize) -> String {
    let mut s = start.saturating_sub(40);
    while !text.is_char_boundary(s) {
        s -= 1;
    }
    let mut e = (end + 40).min(text.len());
    while !text.is_char_boundary(e) {
        e += 1;
    }
    text.get(s..e).unwrap_or("").replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    // A made-up two-article snippet in the GeoWebNews layout: one article
    // with multibyte text before a place (offsets count characters), one
    // with a metonym and a toponym without coordinates.
    const XML: &str = r#"<?xml version="1.0" ?>
<articles>
  <article file="0">
    <title>t</title>
    <text>Café owners in Mosul &amp; Baghdad reopened.</text>
    <toponyms>
      <toponym>
        <extractedName>Mosul</extractedName><normalisedName/><type>Literal</type>
        <modifierType/><nonLocational>No</nonLocational>
        <start>15</start><end>20</end>
        <geonamesID>99072</geonamesID><latitude>36.335</latitude><longitude>43.1189</longitude>
      </toponym>
      <toponym>
        <extractedName>Baghdad</extractedName><normalisedName/><type>Literal</type>
        <modifierType/><nonLocational>No</nonLocational>
        <start>23</start><end>30</end>
        <geonamesID/><latitude>33.34</latitude><longitude>44.40</longitude>
      </toponym>
    </toponyms>
  </article>
  <article file="1">
    <title>u</title>
    <text>Iraq said the village was quiet.</text>
    <toponyms>
      <toponym>
        <extractedName>Iraq</extractedName><normalisedName/><type>Metonymic</type>
        <modifierType/><nonLocational>No</nonLocational>
        <start>0</start><end>4</end>
        <geonamesID>99237</geonamesID><latitude>33</latitude><longitude>44</longitude>
      </toponym>
      <toponym>
        <extractedName>village</extractedName><normalisedName/><type>Literal_Expression</type>
        <modifierType/><nonLocational>No</nonLocational>
        <start>14</start><end>21</end>
      </toponym>
    </toponyms>
  </article>
</articles>"#;

    #[test]
    fn parses_character_offsets_into_byte_offsets() {
        let arts = parse_geowebnews(XML).expect("parses");
        assert_eq!(arts.len(), 2);
        let a = &arts[0];
        assert!(a.text.contains("Mosul & Baghdad"));
        for t in &a.toponyms {
            assert_eq!(&a.text[t.start..t.end], t.name);
        }
        assert_eq!(a.toponyms[0].geonameid, Some(99072));
        assert_eq!(a.toponyms[1].geonameid, None);
        assert_eq!(arts[1].toponyms[1].coords, None);
    }

    #[test]
    fn scores_found_resolved_and_unfound_places() {
        let arts = parse_geowebnews(XML).expect("parses");
        let r = evaluate(Gazetteer::global(), &arts);
        assert_eq!(r.articles, 2);
        assert_eq!(r.gold, 3, "toponyms without coordinates are not scored");
        assert_eq!(r.literal_gold, 2);
        assert_eq!(r.found, 3);
        assert_eq!(r.within_161, 3);
        assert_eq!(r.exact_den, 2);
        assert_eq!(r.exact, 2);
        assert_eq!(r.country_ok, 3);
        assert!(r.mean_error_km() < 100.0);
        assert_eq!(r.predicted_matching_gold, r.predicted);
        let shown = r.to_string();
        assert!(shown.contains("recall"), "{shown}");
    }

    #[test]
    fn unfound_gold_lowers_recall_not_resolution() {
        let mut arts = parse_geowebnews(XML).expect("parses");
        // Replace the text so nothing can be found.
        arts[0].text = "x".repeat(arts[0].text.len());
        let r = evaluate(Gazetteer::global(), &arts[..1]);
        assert_eq!(r.gold, 2);
        assert_eq!(r.found, 0);
        assert_eq!(r.recall(), 0.0);
        assert_eq!(r.acc_161(), 0.0);
    }

    #[test]
    fn halves_split_articles_by_index_parity() {
        let arts = parse_geowebnews(XML).expect("parses");
        let (even, odd) = evaluate_halves(Gazetteer::global(), &arts);
        assert_eq!((even.articles, odd.articles), (1, 1));
        assert_eq!((even.gold, odd.gold), (2, 1));
        let full = evaluate(Gazetteer::global(), &arts);
        assert_eq!(even.found + odd.found, full.found);
        assert_eq!(even.exact + odd.exact, full.exact);
        let line = split_line("even", &even);
        assert!(line.starts_with("even"), "{line}");
        assert_eq!(
            split_header().split_whitespace().count(),
            line.split_whitespace().count() - 1
        );
    }

    #[test]
    fn bad_xml_is_an_error_not_a_panic() {
        assert!(parse_geowebnews("<articles><article><text>x</articles>").is_err());
    }
}
