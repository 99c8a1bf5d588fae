//! Scoring against the PLOVER gold-standard sentences (`PLOVER_GSR_CAMEO.json`).
//!
//! Each gold record is one news-style sentence coded with a PLOVER event
//! class, source/target actors (ISO3-style country codes) and, for some, a
//! dead count. vigil codes ACLED-style events, so the comparison needs a scope:
//!
//! | PLOVER class (mode)                          | vigil counterpart                                         | coarse class |
//! |----------------------------------------------|-----------------------------------------------------------|--------------|
//! | ASSAULT (any)                                | Violence against civilians, Explosions/Remote violence    | violence     |
//! | FIGHT (any)                                  | Battles, Explosions/Remote violence                       | violence     |
//! | PROTEST (any: demonstrations, strikes, riots, blockades) | Protests, Riots                               | protest      |
//! | COERCE arrest                                | Strategic developments: Arrests                           | coerce       |
//! | COERCE firearms (shooting while arresting)   | Arrests, or any violence                                  | both         |
//! | COERCE detain (kidnapping, human shields)    | Abduction (violence) or Arrests (coerce)                  | both         |
//! | COERCE destroy (demolition, arson)           | Strategic developments: Looting/property destruction      | coerce       |
//!
//! Every other class (AGREE, DEMAND, THREATEN, MOBILIZE, SANCTION, ...) and
//! the non-violent COERCE modes (ban, curfew, censor, deport, restrict,
//! confiscate, martial-law) are negatives: vigil should record no event for
//! them (a claim is fine). A vigil event counts as a detection when its type
//! maps to a coarse class; other vigil events (agreements, changes to group
//! activity, ...) are reported separately, neither right nor wrong.
//! "Protests: Excessive force against protesters" is both protest and
//! violence (police shooting at a crowd is what PLOVER codes as FIGHT or
//! COERCE/firearms).
//!
//! Actor countries: per sentence, the set of ISO3 codes of vigil's `actor1`
//! (source) and `actor2` (target) over all its records, against the gold
//! codes. Gold codes that are not countries (IGO, IMG, NGO, ...) cannot be
//! produced by vigil and are left out of recall (and counted). Dead: the
//! largest `fatalities` vigil reports for the sentence against the gold count.

use crate::gold::Error;
use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;
use vigil_core::{Kind, Record};

/// One gold actor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoldActor {
    pub text: String,
    /// Country or group code as coded (ISO3 mostly; "IGO", "IMG" for groups).
    pub code: Option<String>,
    pub sector: Option<String>,
}

/// One PLOVER gold sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PloverRecord {
    pub id: String,
    pub date: Option<NaiveDate>,
    pub event: String,
    pub mode: Option<String>,
    pub text: String,
    pub event_text: String,
    pub source: Vec<GoldActor>,
    pub target: Vec<GoldActor>,
    pub dead: Option<u32>,
    pub location: Option<String>,
}

/// Coarse event class both codings can be mapped to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Coarse {
    Violence,
    Protest,
    Coerce,
}

impl Coarse {
    pub fn as_str(self) -> &'static str {
        match self {
            Coarse::Violence => "violence",
            Coarse::Protest => "protest",
            Coarse::Coerce => "coerce",
        }
    }
}

/// Parses the corpus (a JSON array); the documentation record(s) are skipped.
pub fn parse(json: &str) -> Result<Vec<PloverRecord>, Error> {
    let v: Value = serde_json::from_str(json).map_err(|e| Error::Parse {
        line: e.line(),
        message: e.to_string(),
    })?;
    let Value::Array(items) = v else {
        return Err(Error::Parse {
            line: 1,
            message: "expected a JSON array of records".into(),
        });
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let s = |k: &str| item.get(k).and_then(Value::as_str).map(str::to_string);
        let Some(event) = s("event") else {
            return Err(Error::Parse {
                line: i + 1,
                message: "record without \"event\"".into(),
            });
        };
        if event == "DOCUMENT" {
            continue;
        }
        let Some(text) = s("text") else {
            return Err(Error::Parse {
                line: i + 1,
                message: "record without \"text\"".into(),
            });
        };
        out.push(PloverRecord {
            id: s("id").unwrap_or_else(|| format!("record-{i}")),
            date: s("date").and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
            mode: s("mode").filter(|m| !m.is_empty()),
            event,
            text,
            event_text: s("eventText").unwrap_or_default(),
            source: actors(item.get("source")),
            target: actors(item.get("target")),
            // Counts are coded as strings ("156"); tolerate numbers too.
            dead: item.get("dead").and_then(|d| match d {
                Value::String(s) => s.trim().parse().ok(),
                Value::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
                _ => None,
            }),
            location: item
                .get("eventLoc")
                .and_then(|l| l.get("name"))
                .and_then(Value::as_str)
                .map(str::to_string),
        });
    }
    Ok(out)
}

/// Reads and parses the corpus file.
pub fn read(path: &Path) -> Result<Vec<PloverRecord>, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse(&text)
}

/// Source/target may be a list of actor objects, empty, null or a stray string.
fn actors(v: Option<&Value>) -> Vec<GoldActor> {
    let Some(Value::Array(list)) = v else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|a| {
            let g = |k: &str| a.get(k).and_then(Value::as_str).map(str::to_string);
            Some(GoldActor {
                text: g("actorText")?,
                code: g("code").filter(|c| !c.is_empty()),
                sector: g("sector"),
            })
        })
        .collect()
}

/// The coarse classes a gold record may be detected as; empty = out of scope.
pub fn gold_scope(event: &str, mode: Option<&str>) -> &'static [Coarse] {
    match (event, mode.unwrap_or("")) {
        ("ASSAULT", _) | ("FIGHT", _) => &[Coarse::Violence],
        ("PROTEST", _) => &[Coarse::Protest],
        ("COERCE", "arrest" | "destroy") => &[Coarse::Coerce],
        ("COERCE", "detain" | "firearms") => &[Coarse::Violence, Coarse::Coerce],
        _ => &[],
    }
}

/// ISO3 code of an actor as vigil names it: a registry actor or generated
/// actor ("Civilians (Mali)") with a country, a bare country name ("Israel"),
/// or any text in which the registry finds a country-bound actor
/// ("Israeli police").
pub fn actor_iso3(name: &str) -> Option<String> {
    use vigil_actors::{countries, ActorRegistry};
    let reg = ActorRegistry::global();
    let iso2 = reg
        .resolve(name)
        .and_then(|a| a.country)
        .or_else(|| countries::by_name(name).map(str::to_string))
        .or_else(|| {
            reg.find(name, None)
                .into_iter()
                .find_map(|m| m.actor.country)
        })?;
    countries::iso3(&iso2).map(str::to_string)
}

/// Whether a gold code is a real ISO3 country code (not IGO, IMG, NGO, ...).
pub fn is_country_iso3(code: &str) -> bool {
    vigil_actors::countries::iso2_from_iso3(code).is_some()
}

/// The coarse classes of a vigil record; empty unless it is an in-scope event.
pub fn predicted_classes(r: &Record) -> &'static [Coarse] {
    if r.kind != Kind::Event {
        return &[];
    }
    let Some(et) = r.event_type.as_deref() else {
        return &[];
    };
    match (et, r.sub_event_type.as_deref()) {
        ("Battles" | "Explosions/Remote violence" | "Violence against civilians", _) => {
            &[Coarse::Violence]
        }
        ("Protests", Some("Excessive force against protesters")) => {
            &[Coarse::Protest, Coarse::Violence]
        }
        ("Protests" | "Riots", _) => &[Coarse::Protest],
        ("Strategic developments", Some("Arrests" | "Looting/property destruction")) => {
            &[Coarse::Coerce]
        }
        _ => &[],
    }
}

/// Gold codes that are ISO3 in spirit but not in the standard.
fn normalise_gold_code(code: &str) -> String {
    let c = code.trim().to_ascii_uppercase();
    match c.as_str() {
        "JAP" => "JPN".into(),
        "ITL" => "ITA".into(),
        "ROM" => "ROU".into(),
        "ZAR" => "COD".into(),
        "KOS" => "XKX".into(),
        "DRC" => "COD".into(),
        _ => c,
    }
}

/// True positives, false positives and false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> Option<f64> {
        let d = self.tp + self.fp;
        (d > 0).then(|| self.tp as f64 / d as f64)
    }
    pub fn recall(&self) -> Option<f64> {
        let d = self.tp + self.fn_;
        (d > 0).then(|| self.tp as f64 / d as f64)
    }
    pub fn f1(&self) -> Option<f64> {
        let (p, r) = (self.precision()?, self.recall()?);
        (p + r > 0.0).then(|| 2.0 * p * r / (p + r))
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

/// Set comparison of one sentence's predicted and gold codes.
fn set_counts(pred: &BTreeSet<String>, gold: &BTreeSet<String>) -> Counts {
    Counts {
        tp: pred.intersection(gold).count(),
        fp: pred.difference(gold).count(),
        fn_: gold.difference(pred).count(),
    }
}

/// What went wrong on one sentence (ids and codes only; the CLI adds text).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SentenceOutcome {
    pub id: String,
    pub gold_class: String,
    pub gold_scope: Vec<Coarse>,
    pub predicted: Vec<Coarse>,
    /// Every record vigil produced: "event:Battles/Armed clash", "claim".
    pub records: Vec<String>,
    pub source_gold: Vec<String>,
    pub source_pred: Vec<String>,
    pub target_gold: Vec<String>,
    pub target_pred: Vec<String>,
    pub dead_gold: Option<u32>,
    pub dead_pred: Option<u32>,
}

/// The PLOVER report.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Report {
    pub sentences: usize,
    pub in_scope: usize,
    /// Sentence-level detection of an in-scope event, any coarse class.
    pub detection: Counts,
    /// Detection where vigil's coarse class is one the gold allows.
    pub typed_detection: Counts,
    /// Per gold PLOVER class: (sentences, with an in-scope vigil event).
    pub per_class: BTreeMap<String, (usize, usize)>,
    /// gold coarse (or "none") → predicted coarse (or "none") → sentences.
    pub confusion: BTreeMap<String, BTreeMap<String, usize>>,
    /// vigil events outside the comparison (agreements, ...), by type.
    pub other_events: BTreeMap<String, usize>,
    pub claims: usize,
    pub source_country: Counts,
    pub target_country: Counts,
    /// Either role: codes of actor1 ∪ actor2 against source ∪ target.
    pub any_country: Counts,
    /// The same three on in-scope sentences only.
    pub source_country_in_scope: Counts,
    pub target_country_in_scope: Counts,
    /// Gold actor codes left out because they are not countries (IGO, IMG, ...).
    pub non_country_gold_codes: usize,
    /// vigil actor names that mapped to no country, with counts.
    pub unmapped_actors: BTreeMap<String, usize>,
    /// Exact dead count: tp = equal, fp = vigil count that is wrong or where
    /// gold has none, fn_ = gold count vigil missed or got wrong.
    pub dead: Counts,
    /// Gold dead counts: how many vigil got exactly, how many it gave some count for.
    pub dead_gold: usize,
    pub dead_exact: usize,
    pub dead_any: usize,
    /// Gold sentences with an event location, and how many of them have a
    /// vigil record whose location, admin1 or country names it (folded).
    pub location_gold: usize,
    pub location_found: usize,
    pub outcomes: Vec<SentenceOutcome>,
}

/// Scores vigil's records (`predictions[i]` for `gold[i]`). `iso3_of_actor`
/// maps an actor name as vigil writes it to an ISO3 code.
pub fn score(
    gold: &[PloverRecord],
    predictions: &[Vec<Record>],
    iso3_of_actor: impl Fn(&str) -> Option<String>,
    valid_iso3: impl Fn(&str) -> bool,
) -> Report {
    let mut rep = Report {
        sentences: gold.len(),
        ..Default::default()
    };
    let empty = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        let recs = predictions.get(i).unwrap_or(&empty);
        let scope = gold_scope(&g.event, g.mode.as_deref());
        let mut predicted: Vec<Coarse> = recs
            .iter()
            .flat_map(|r| predicted_classes(r).iter().copied())
            .collect();
        predicted.sort();
        predicted.dedup();
        for r in recs {
            match r.kind {
                Kind::Claim => rep.claims += 1,
                Kind::Event if predicted_classes(r).is_empty() => {
                    let t = format!(
                        "{}/{}",
                        r.event_type.as_deref().unwrap_or("?"),
                        r.sub_event_type.as_deref().unwrap_or("?")
                    );
                    *rep.other_events.entry(t).or_default() += 1;
                }
                Kind::Event => {}
            }
        }

        // Detection.
        let gold_pos = !scope.is_empty();
        let pred_pos = !predicted.is_empty();
        let typed_ok = predicted.iter().any(|p| scope.contains(p));
        rep.in_scope += usize::from(gold_pos);
        rep.detection.add(Counts {
            tp: usize::from(gold_pos && pred_pos),
            fp: usize::from(!gold_pos && pred_pos),
            fn_: usize::from(gold_pos && !pred_pos),
        });
        rep.typed_detection.add(Counts {
            tp: usize::from(gold_pos && typed_ok),
            fp: usize::from(pred_pos && !typed_ok),
            fn_: usize::from(gold_pos && !typed_ok),
        });
        let e = rep.per_class.entry(g.event.clone()).or_default();
        e.0 += 1;
        e.1 += usize::from(pred_pos);
        let gk = scope.first().map_or("none", |c| c.as_str()).to_string();
        let pk = predicted.first().map_or("none", |c| c.as_str()).to_string();
        *rep.confusion.entry(gk).or_default().entry(pk).or_default() += 1;

        // Actor countries.
        let gold_codes = |actors: &[GoldActor], rep: &mut Report| -> BTreeSet<String> {
            let mut set = BTreeSet::new();
            for a in actors {
                if let Some(c) = &a.code {
                    let c = normalise_gold_code(c);
                    if valid_iso3(&c) {
                        set.insert(c);
                    } else {
                        rep.non_country_gold_codes += 1;
                    }
                }
            }
            set
        };
        let gs = gold_codes(&g.source, &mut rep);
        let gt = gold_codes(&g.target, &mut rep);
        let pred_codes = |names: Vec<&str>, rep: &mut Report| -> BTreeSet<String> {
            let mut set = BTreeSet::new();
            for n in names {
                match iso3_of_actor(n) {
                    Some(c) => {
                        set.insert(c);
                    }
                    None => *rep.unmapped_actors.entry(n.to_string()).or_default() += 1,
                }
            }
            set
        };
        let ps = pred_codes(
            recs.iter().filter_map(|r| r.actor1.as_deref()).collect(),
            &mut rep,
        );
        let pt = pred_codes(
            recs.iter().filter_map(|r| r.actor2.as_deref()).collect(),
            &mut rep,
        );
        let cs = set_counts(&ps, &gs);
        let ct = set_counts(&pt, &gt);
        rep.source_country.add(cs);
        rep.target_country.add(ct);
        if gold_pos {
            rep.source_country_in_scope.add(cs);
            rep.target_country_in_scope.add(ct);
        }
        let pa: BTreeSet<String> = ps.union(&pt).cloned().collect();
        let ga: BTreeSet<String> = gs.union(&gt).cloned().collect();
        rep.any_country.add(set_counts(&pa, &ga));

        // Dead.
        let dead_pred = recs
            .iter()
            .filter(|r| r.kind == Kind::Event)
            .filter_map(|r| r.fatalities)
            .filter(|&n| n > 0)
            .max();
        match (g.dead, dead_pred) {
            (Some(gd), Some(pd)) if gd == pd => rep.dead.tp += 1,
            (Some(_), Some(_)) => {
                rep.dead.fp += 1;
                rep.dead.fn_ += 1;
            }
            (Some(_), None) => rep.dead.fn_ += 1,
            (None, Some(_)) => rep.dead.fp += 1,
            (None, None) => {}
        }
        if let Some(gd) = g.dead {
            rep.dead_gold += 1;
            rep.dead_any += usize::from(dead_pred.is_some());
            rep.dead_exact += usize::from(dead_pred == Some(gd));
        }

        if let Some(loc) = &g.location {
            rep.location_gold += 1;
            let want = place_key(loc);
            let hit = recs.iter().any(|r| {
                [&r.location, &r.admin1, &r.country]
                    .into_iter()
                    .flatten()
                    .any(|n| place_key(n) == want)
            });
            rep.location_found += usize::from(hit);
        }

        rep.outcomes.push(SentenceOutcome {
            id: g.id.clone(),
            gold_class: match &g.mode {
                Some(m) => format!("{}/{}", g.event, m),
                None => g.event.clone(),
            },
            gold_scope: scope.to_vec(),
            predicted,
            records: recs
                .iter()
                .map(|r| match r.kind {
                    Kind::Claim => "claim".to_string(),
                    Kind::Event => format!(
                        "event:{}/{}",
                        r.event_type.as_deref().unwrap_or("?"),
                        r.sub_event_type.as_deref().unwrap_or("?")
                    ),
                })
                .collect(),
            source_gold: gs.into_iter().collect(),
            source_pred: ps.into_iter().collect(),
            target_gold: gt.into_iter().collect(),
            target_pred: pt.into_iter().collect(),
            dead_gold: g.dead,
            dead_pred,
        });
    }
    rep
}

/// Place name for comparison: folded, without "province of" style wrappers
/// the gold sometimes uses ("province of Herat").
fn place_key(s: &str) -> String {
    let lower = s.trim().to_lowercase();
    let mut rest = lower.as_str();
    for p in [
        "the ",
        "province of ",
        "city of ",
        "state of ",
        "region of ",
    ] {
        rest = rest.strip_prefix(p).unwrap_or(rest);
    }
    crate::gold::fold(rest)
}

fn pct(x: Option<f64>) -> String {
    x.map_or_else(|| "   n/a".to_string(), |v| format!("{:5.1}%", v * 100.0))
}

fn line(out: &mut String, label: &str, c: &Counts) {
    let _ = writeln!(
        out,
        "  {label:<28} P {}  R {}  F1 {}   (tp {} fp {} fn {})",
        pct(c.precision()),
        pct(c.recall()),
        pct(c.f1()),
        c.tp,
        c.fp,
        c.fn_
    );
}

/// "a 3, b 1" sorted by count, then name.
fn tally(m: &BTreeMap<String, usize>) -> String {
    let mut v: Vec<(&String, &usize)> = m.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    v.iter()
        .map(|(k, n)| format!("{k} {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Report {
    /// Where detection goes wrong: in-scope sentences without a compatible
    /// vigil event, by gold class/mode; and scored vigil events (the types
    /// of [`predicted_classes`]) on out-of-scope sentences, by vigil type.
    pub fn error_classes(&self) -> (BTreeMap<String, usize>, BTreeMap<String, usize>) {
        let mut misses = BTreeMap::new();
        let mut alarms = BTreeMap::new();
        for o in &self.outcomes {
            if o.gold_scope.is_empty() {
                // Only events that count as detections (not agreements etc.).
                let scored = |r: &&String| {
                    r.starts_with("event:")
                        && (!r.starts_with("event:Strategic developments/")
                            || r.ends_with("/Arrests")
                            || r.ends_with("/Looting/property destruction"))
                };
                for r in o.records.iter().filter(scored) {
                    *alarms
                        .entry(r.trim_start_matches("event:").to_string())
                        .or_default() += 1;
                }
            } else if !o.predicted.iter().any(|p| o.gold_scope.contains(p)) {
                *misses.entry(o.gold_class.clone()).or_default() += 1;
            }
        }
        (misses, alarms)
    }

    /// Human-readable summary.
    pub fn render_text(&self) -> String {
        let mut o = String::new();
        let _ = writeln!(
            o,
            "PLOVER gold: {} sentences, {} in vigil's scope (ASSAULT, FIGHT, PROTEST, COERCE arrest/detain/destroy)",
            self.sentences, self.in_scope
        );
        let _ = writeln!(o, "Event detection (sentence level):");
        line(&mut o, "any in-scope event", &self.detection);
        line(&mut o, "with a compatible class", &self.typed_detection);
        let _ = writeln!(
            o,
            "  per PLOVER class (sentences / with an in-scope vigil event):"
        );
        for (k, (n, d)) in &self.per_class {
            let _ = writeln!(o, "    {k:<12} {n:>4} / {d:<4}");
        }
        let _ = writeln!(o, "  confusion (gold → vigil):");
        for (g, row) in &self.confusion {
            let cells: Vec<String> = row.iter().map(|(p, n)| format!("{p} {n}")).collect();
            let _ = writeln!(o, "    {g:<9} → {}", cells.join(", "));
        }
        if !self.other_events.is_empty() {
            let cells: Vec<String> = self
                .other_events
                .iter()
                .map(|(t, n)| format!("{t} {n}"))
                .collect();
            let _ = writeln!(o, "  other vigil events (not scored): {}", cells.join(", "));
        }
        let _ = writeln!(o, "  claims produced: {}", self.claims);
        let (misses, alarms) = self.error_classes();
        if !misses.is_empty() {
            let _ = writeln!(o, "  missed, by PLOVER class/mode: {}", tally(&misses));
        }
        if !alarms.is_empty() {
            let _ = writeln!(
                o,
                "  events on out-of-scope sentences, by vigil type: {}",
                tally(&alarms)
            );
        }
        let _ = writeln!(o, "Actor country (ISO3; set per sentence):");
        line(&mut o, "source (actor1)", &self.source_country);
        line(&mut o, "target (actor2)", &self.target_country);
        line(&mut o, "either role", &self.any_country);
        line(
            &mut o,
            "source, in-scope sentences",
            &self.source_country_in_scope,
        );
        line(
            &mut o,
            "target, in-scope sentences",
            &self.target_country_in_scope,
        );
        let _ = writeln!(
            o,
            "  gold codes that are not countries (IGO, IMG, ...), left out: {}",
            self.non_country_gold_codes
        );
        if !self.unmapped_actors.is_empty() {
            let mut v: Vec<(&String, &usize)> = self.unmapped_actors.iter().collect();
            v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let cells: Vec<String> = v
                .iter()
                .take(12)
                .map(|(a, n)| format!("{a} ({n})"))
                .collect();
            let _ = writeln!(
                o,
                "  vigil actors with no country ({} names): {}",
                v.len(),
                cells.join(", ")
            );
        }
        let _ = writeln!(o, "Dead count (exact):");
        line(&mut o, "exact dead count", &self.dead);
        let _ = writeln!(
            o,
            "  gold sentences with a count: {}; vigil gave a count on {}, exact on {}",
            self.dead_gold, self.dead_any, self.dead_exact
        );
        let _ = writeln!(
            o,
            "Event location: gold sentences with a location {}, named by a vigil record {}",
            self.location_gold, self.location_found
        );
        o
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vigil_core::Article;

    /// Written for these tests (not corpus text): one record per shape the
    /// corpus uses, including the documentation record and a string target.
    const SNIPPET: &str = r#"[
      {"id": "DOC", "event": "DOCUMENT", "eventText": "about this file"},
      {"id": "T-FIGHT-1", "date": "2001-02-03", "event": "FIGHT", "mode": "firearms",
       "eventText": "clashed", "text": "Ruritanian troops clashed with rebels, killing 4.",
       "source": [{"actorText": "Ruritanian troops", "code": "RUR", "sector": "MIL"}],
       "target": [{"actorText": "rebels", "code": "IRQ", "sector": "REB"}], "dead": "4",
       "eventLoc": {"name": "city of Zenda"}},
      {"id": "T-AGREE-1", "date": "2001-02-03", "event": "AGREE", "eventText": "agreed",
       "text": "Two ministers agreed to meet.", "source": [{"actorText": "ministers", "code": "JAP"}],
       "target": "diplomatic"},
      {"id": "T-PROTEST-1", "date": "2001-02-03", "event": "PROTEST", "mode": "demo-spon",
       "eventText": "marched", "text": "Students marched.", "source": [{"actorText": "Students", "code": "IGO"}],
       "target": null},
      {"id": "T-COERCE-1", "date": "2001-02-03", "event": "COERCE", "mode": "ban",
       "eventText": "banned", "text": "The party was banned.", "source": [], "target": []}
    ]"#;

    fn rec(kind: Kind, et: Option<&str>, st: Option<&str>) -> Record {
        let a = Article::new("x".into());
        let mut r = Record::new(kind, &a, [0, 1]);
        r.event_type = et.map(str::to_string);
        r.sub_event_type = st.map(str::to_string);
        r
    }

    fn iso3(name: &str) -> Option<String> {
        match name {
            "Military Forces of Iraq" => Some("IRQ".into()),
            "Military Forces of Japan" => Some("JPN".into()),
            _ => None,
        }
    }

    fn valid(c: &str) -> bool {
        matches!(c, "IRQ" | "JPN" | "USA")
    }

    #[test]
    fn actor_names_map_to_iso3() {
        assert_eq!(
            actor_iso3("Military Forces of Iraq").as_deref(),
            Some("IRQ")
        );
        assert_eq!(actor_iso3("Civilians (Mali)").as_deref(), Some("MLI"));
        assert_eq!(actor_iso3("Israel").as_deref(), Some("ISR"));
        assert_eq!(actor_iso3("Israeli police").as_deref(), Some("ISR"));
        assert_eq!(actor_iso3("Islamic State (ISIS)"), None);
        assert!(is_country_iso3("PSE") && !is_country_iso3("IGO"));
    }

    /// The real corpus (not in the repo): `cargo test -p vigil-eval -- --ignored`.
    #[test]
    #[ignore]
    fn real_corpus_parses() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/dev-data/PLOVER_GSR_CAMEO.json");
        let g = read(&path).expect("corpus readable");
        assert_eq!(g.len(), 322);
        assert_eq!(g.iter().filter(|r| r.dead.is_some()).count(), 15);
        assert_eq!(g.iter().filter(|r| r.location.is_some()).count(), 48);
        let in_scope = g
            .iter()
            .filter(|r| !gold_scope(&r.event, r.mode.as_deref()).is_empty())
            .count();
        assert_eq!(in_scope, 66);
    }

    #[test]
    fn parses_records_and_skips_documentation() {
        let g = parse(SNIPPET).unwrap();
        assert_eq!(g.len(), 4);
        assert_eq!(g[0].id, "T-FIGHT-1");
        assert_eq!(g[0].dead, Some(4));
        assert_eq!(g[0].date, NaiveDate::from_ymd_opt(2001, 2, 3));
        assert_eq!(g[1].target, vec![]);
        assert_eq!(g[2].target, vec![]);
        assert_eq!(g[2].source[0].code.as_deref(), Some("IGO"));
        assert!(parse("{}").is_err());
        assert!(parse("[{\"id\": 1}]").is_err());
        assert!(parse("not json").is_err());
    }

    #[test]
    fn scope_follows_the_documented_table() {
        assert_eq!(gold_scope("ASSAULT", None), &[Coarse::Violence]);
        assert_eq!(
            gold_scope("PROTEST", Some("strike-hun")),
            &[Coarse::Protest]
        );
        assert_eq!(gold_scope("COERCE", Some("arrest")), &[Coarse::Coerce]);
        assert!(gold_scope("COERCE", Some("ban")).is_empty());
        assert!(gold_scope("THREATEN", Some("violence")).is_empty());
        let r = rec(
            Kind::Event,
            Some("Strategic developments"),
            Some("Agreement"),
        );
        assert!(predicted_classes(&r).is_empty());
        let r = rec(Kind::Claim, Some("Battles"), Some("Armed clash"));
        assert!(predicted_classes(&r).is_empty());
        let r = rec(
            Kind::Event,
            Some("Protests"),
            Some("Excessive force against protesters"),
        );
        assert_eq!(predicted_classes(&r), &[Coarse::Protest, Coarse::Violence]);
    }

    #[test]
    fn an_extractor_that_finds_nothing_scores_zero_recall() {
        let g = parse(SNIPPET).unwrap();
        let rep = score(&g, &vec![vec![]; g.len()], iso3, valid);
        assert_eq!(rep.in_scope, 2);
        assert_eq!(
            rep.detection,
            Counts {
                tp: 0,
                fp: 0,
                fn_: 2
            }
        );
        assert_eq!(rep.detection.recall(), Some(0.0));
        assert_eq!(rep.detection.precision(), None);
        assert_eq!(
            rep.dead,
            Counts {
                tp: 0,
                fp: 0,
                fn_: 1
            }
        );
        // "RUR" and "IGO" are not countries; IRQ and JPN are.
        assert_eq!(rep.non_country_gold_codes, 2);
        assert_eq!(rep.source_country.fn_, 1);
        assert_eq!(rep.target_country.fn_, 1);
        assert!(rep.render_text().contains("n/a"));
    }

    #[test]
    fn scores_detection_class_actors_and_dead() {
        let g = parse(SNIPPET).unwrap();
        let mut fight = rec(Kind::Event, Some("Battles"), Some("Armed clash"));
        fight.actor1 = Some("Military Forces of Ruritania".into());
        fight.actor2 = Some("Military Forces of Iraq".into());
        fight.fatalities = Some(4);
        fight.admin1 = Some("Ruritania Province".into());
        fight.location = Some("Zenda".into());
        let mut agree = rec(Kind::Event, Some("Riots"), Some("Mob violence"));
        agree.actor1 = Some("Military Forces of Japan".into());
        agree.fatalities = Some(2);
        let protest = rec(Kind::Event, Some("Strategic developments"), Some("Arrests"));
        let preds = vec![
            vec![fight],
            vec![agree],
            vec![protest],
            vec![rec(Kind::Claim, None, None)],
        ];
        let rep = score(&g, &preds, iso3, valid);
        // FIGHT and PROTEST detected; AGREE wrongly has an event.
        assert_eq!(
            rep.detection,
            Counts {
                tp: 2,
                fp: 1,
                fn_: 0
            }
        );
        // PROTEST was detected as an arrest: wrong class.
        assert_eq!(
            rep.typed_detection,
            Counts {
                tp: 1,
                fp: 2,
                fn_: 1
            }
        );
        assert_eq!(
            rep.target_country,
            Counts {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(
            rep.source_country,
            Counts {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(
            rep.unmapped_actors.get("Military Forces of Ruritania"),
            Some(&1)
        );
        assert_eq!(
            rep.dead,
            Counts {
                tp: 1,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!((rep.dead_gold, rep.dead_any, rep.dead_exact), (1, 1, 1));
        assert_eq!(rep.claims, 1);
        assert_eq!(rep.confusion["none"]["protest"], 1);
        let (misses, alarms) = rep.error_classes();
        assert_eq!(misses.get("PROTEST/demo-spon"), Some(&1));
        assert_eq!(misses.len(), 1);
        assert_eq!(alarms.get("Riots/Mob violence"), Some(&1));
        assert_eq!(rep.outcomes[0].target_pred, vec!["IRQ".to_string()]);
        assert_eq!((rep.location_gold, rep.location_found), (1, 1));
        let text = rep.render_text();
        assert!(text.contains("tp 2 fp 1 fn 0"), "{text}");
    }
}
