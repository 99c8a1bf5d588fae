//! vigil-dedup: merges reports of one incident into one event, explained.
//!
//! Several articles often describe the same attack. [`merge`] groups reports
//! that agree on event type and country, then clusters them by date, place,
//! actors and casualty counts. Every report ends up in exactly one
//! [`MergedEvent`]; every merge carries the numbers that justified it.
//!
//! Algorithm (deterministic, O(n · live clusters)):
//! 1. Block by (country, event type): reports in different blocks never merge.
//! 2. Within a block, sweep reports in (date, id) order. A cluster stays
//!    "live" while its first report is within `max_day_gap` days; this is the
//!    (country, type, week) blocking of the issue without the week-boundary
//!    blind spot.
//! 3. A report joins the live cluster whose members it is compatible with,
//!    *all* of them (complete linkage, so chains A~B~C cannot glue far-apart
//!    incidents together), with the highest mean score ≥ `min_score`; ties go
//!    to the older cluster. Otherwise it opens a new cluster.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use vigil_core::{DatePrecision, GeoPrecision, Record};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("invalid dedup configuration: {0}")]
    Config(String),
}

/// What the merger needs from a stored record; small so that a million of
/// them fit comfortably in memory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Stored record id; merged event ids are the smallest member id, so they
    /// stay stable when later reports join.
    pub id: i64,
    pub event_type: Option<String>,
    pub sub_event_type: Option<String>,
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
    /// Who reported it: the outlet, else the quoted source, else the article.
    pub source: String,
    pub article_id: String,
    pub confidence: f32,
}

impl Report {
    pub fn from_record(id: i64, r: &Record) -> Report {
        let source = r
            .publisher
            .clone()
            .or_else(|| r.source.clone())
            .unwrap_or_else(|| format!("article:{}", r.article_id));
        Report {
            id,
            event_type: r.event_type.clone(),
            sub_event_type: r.sub_event_type.clone(),
            date: r.date,
            date_precision: r.date_precision,
            country: r.country.clone(),
            country_code: r.country_code.clone(),
            admin1: r.admin1.clone(),
            location: r.location.clone(),
            latitude: r.latitude,
            longitude: r.longitude,
            geo_precision: r.geo_precision,
            actor1: r.actor1.clone(),
            actor2: r.actor2.clone(),
            fatalities: r.fatalities,
            fatalities_low: r.fatalities_low,
            fatalities_high: r.fatalities_high,
            source,
            article_id: r.article_id.clone(),
            confidence: r.confidence,
        }
    }

    /// Reports without a day-precise date, a country or a type cannot be
    /// matched reliably, so they stay events of their own.
    fn mergeable(&self) -> bool {
        self.date.is_some()
            && matches!(self.date_precision, None | Some(DatePrecision::Day))
            && self.country.is_some()
            && self.event_type.is_some()
    }
}

/// Thresholds of the merge rule. The defaults follow how wire reports of one
/// incident usually differ: a day or two in date (publication vs event day),
/// the town vs a nearby village, a rising death toll.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Config {
    pub max_day_gap: i64,
    /// Two place-precise reports further apart than this are different incidents.
    pub max_km_place: f64,
    /// Same, when one report is only located to a province.
    pub max_km_admin1: f64,
    /// Tolls are compatible when `max <= ratio * min + slack`.
    pub fatality_ratio: f64,
    pub fatality_slack: f64,
    pub min_score: f64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_day_gap: 2,
            max_km_place: 30.0,
            max_km_admin1: 150.0,
            fatality_ratio: 2.0,
            fatality_slack: 5.0,
            min_score: 0.5,
        }
    }
}

impl Config {
    fn validate(&self) -> Result<(), Error> {
        if self.max_day_gap < 0 {
            return Err(Error::Config("max_day_gap must be >= 0".into()));
        }
        for (name, v) in [
            ("max_km_place", self.max_km_place),
            ("max_km_admin1", self.max_km_admin1),
            ("fatality_ratio", self.fatality_ratio),
            ("fatality_slack", self.fatality_slack),
            ("min_score", self.min_score),
        ] {
            if !v.is_finite() || v < 0.0 {
                return Err(Error::Config(format!("{name} must be finite and >= 0")));
            }
        }
        Ok(())
    }
}

/// How one report compares with another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// Great-circle distance, when both have coordinates.
    pub distance_km: Option<f64>,
    pub day_gap: i64,
    /// Share of actor slots named by both reports that agree (None: no slot
    /// was named by both).
    pub actor_agreement: Option<f64>,
    pub location_score: f64,
    pub compatible: bool,
    /// Why not, when incompatible.
    pub conflict: Option<String>,
    pub score: f64,
}

/// Why a report joined its event: the comparison with the member it matched best.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    pub report: i64,
    pub matched: i64,
    /// Mean score over all members already in the event.
    pub cluster_score: f64,
    pub comparison: Comparison,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Explanation {
    /// One line stating the rule and thresholds used.
    pub rule: String,
    /// One link per member after the first, in joining order.
    pub links: Vec<Link>,
}

/// Casualty figures one source gave for the event (its highest "best" figure,
/// since a source's later updates tend to raise the toll).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceFatalities {
    pub source: String,
    pub fatalities: Option<u32>,
    pub low: Option<u32>,
    pub high: Option<u32>,
    pub reports: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MergedEvent {
    /// Smallest member report id.
    pub id: i64,
    /// Member report ids, ascending.
    pub members: Vec<i64>,
    /// The member whose place, actors and sentence describe the event.
    pub representative: i64,
    pub sources: Vec<String>,
    pub articles: Vec<String>,
    pub event_type: Option<String>,
    pub sub_event_type: Option<String>,
    /// Earliest member date.
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
    /// Lowest figure any source gave (its low when it gave a range).
    pub fatalities_low: Option<u32>,
    /// The most conservative source's best figure, as ACLED records it.
    pub fatalities_best: Option<u32>,
    /// Highest figure any source gave.
    pub fatalities_high: Option<u32>,
    pub per_source: Vec<SourceFatalities>,
    pub explanation: Explanation,
}

fn norm(s: &Option<String>) -> Option<String> {
    s.as_deref().and_then(norm_str)
}

fn norm_str(s: &str) -> Option<String> {
    Some(s.trim().to_lowercase()).filter(|x| !x.is_empty())
}

/// Actors like "Unidentified Armed Group" say nobody knows who did it, so they
/// do not contradict a named perpetrator in another report. Victims coded
/// as civilians neither: outlets differ on who was hit ("wounding four
/// people" near a base one calls military).
fn is_generic(actor: &str) -> bool {
    actor.contains("unidentified") || actor.contains("unknown") || actor.starts_with("civilians")
}

/// Agreement of one alignment of actor slots: (agreeing, named-by-both, conflict).
fn align(a: [&Option<String>; 2], b: [&Option<String>; 2]) -> (u32, u32, bool) {
    let (mut agree, mut both, mut conflict) = (0, 0, false);
    for i in 0..2 {
        if let (Some(x), Some(y)) = (a[i], b[i]) {
            if is_generic(x) || is_generic(y) {
                continue;
            }
            both += 1;
            if x == y {
                agree += 1;
            } else {
                conflict = true;
            }
        }
    }
    (agree, both, conflict)
}

/// Pre-normalised view of a report, so comparisons do not allocate.
struct Prepared<'a> {
    r: &'a Report,
    actors: [Option<String>; 2],
    location: Option<String>,
    admin1: Option<String>,
    precision: GeoPrecision,
}

impl<'a> Prepared<'a> {
    fn new(r: &'a Report) -> Self {
        let precision = r.geo_precision.unwrap_or(if r.location.is_some() {
            GeoPrecision::Place
        } else {
            GeoPrecision::Country
        });
        Prepared {
            r,
            actors: [norm(&r.actor1), norm(&r.actor2)],
            location: norm(&r.location),
            admin1: norm(&r.admin1),
            precision,
        }
    }
}

/// Score of a criterion neither report informs. Below 0.5 so that two
/// country-level reports of the same type on the same day, with no actors
/// or tolls to compare, do not merge on coincidence alone.
const UNKNOWN_SCORE: f64 = 0.4;

fn compare(a: &Prepared, b: &Prepared, cfg: &Config) -> Comparison {
    let day_gap = match (a.r.date, b.r.date) {
        (Some(x), Some(y)) => (x - y).num_days().abs(),
        _ => i64::MAX,
    };
    let distance_km = match (a.r.latitude, a.r.longitude, b.r.latitude, b.r.longitude) {
        (Some(la), Some(lo), Some(lb), Some(mb))
            if la.is_finite() && lo.is_finite() && lb.is_finite() && mb.is_finite() =>
        {
            Some(vigil_core::haversine_km((la, lo), (lb, mb)))
        }
        _ => None,
    };
    let mut conflict: Option<String> = None;
    if day_gap > cfg.max_day_gap {
        conflict = Some(format!("{day_gap} days apart > {}", cfg.max_day_gap));
    }

    // Location: a precise match scores high; a province-level or country-level
    // report is compatible but adds little evidence.
    use GeoPrecision::*;
    let location_score = match (a.precision, b.precision) {
        (Place, Place) => {
            let same_name = a.location.is_some() && a.location == b.location;
            // Coordinates beat names: two villages can share a name.
            match distance_km {
                None if same_name => 1.0,
                Some(d) if d <= cfg.max_km_place => {
                    1.0 - 0.5 * d / cfg.max_km_place.max(f64::EPSILON)
                }
                Some(d) => {
                    conflict.get_or_insert(format!("{d:.1} km apart > {} km", cfg.max_km_place));
                    0.0
                }
                None => {
                    conflict.get_or_insert("different places, no coordinates".into());
                    0.0
                }
            }
        }
        (Country, _) | (_, Country) => 0.25,
        _ => {
            let ok = match (&a.admin1, &b.admin1) {
                (Some(x), Some(y)) => x == y,
                _ => distance_km.is_some_and(|d| d <= cfg.max_km_admin1),
            };
            if !ok {
                conflict.get_or_insert("different provinces".into());
            }
            // A province is large: a report placed only there matches a
            // town's report of the same day, not one a day apart (another
            // post attacked the next day in the same region).
            if ok && a.precision != b.precision && day_gap > 0 {
                conflict.get_or_insert(format!(
                    "province-level report {day_gap} day(s) from a town's"
                ));
            }
            if ok {
                0.5
            } else {
                0.0
            }
        }
    };

    // Date and place rule out most candidates in a dense block; skip the
    // actor and toll work for them.
    if conflict.is_some() {
        return Comparison {
            distance_km,
            day_gap,
            actor_agreement: None,
            location_score,
            compatible: false,
            conflict,
            score: 0.0,
        };
    }

    let [a1, a2] = &a.actors;
    let [b1, b2] = &b.actors;
    let straight = align([a1, a2], [b1, b2]);
    let swapped = align([a1, a2], [b2, b1]);
    // Prefer the alignment without conflict, then the one with more agreement.
    let (agree, both, actor_conflict) = [straight, swapped]
        .into_iter()
        .min_by_key(|&(ag, _, c)| (c, std::cmp::Reverse(ag)))
        .unwrap_or(straight);
    let actor_agreement = (both > 0).then(|| agree as f64 / both as f64);
    if actor_conflict {
        conflict.get_or_insert("actors disagree".into());
    }

    // One outlet often counts only one side's dead ("three soldiers were
    // killed") and another both ("... and 15 insurgents"): at the very same
    // place on the same day tolls may differ twice as much.
    let same_spot = day_gap == 0 && a.precision == Place && location_score >= 0.9;
    // So may they when one outlet names no place the gazetteer knows ("near
    // Hombori") but the day and both sides agree.
    let same_day_sides = day_gap == 0
        && (a.precision == Country || b.precision == Country)
        && both >= 1
        && agree == both
        && !actor_conflict;
    let widen = if same_spot || same_day_sides {
        2.0
    } else {
        1.0
    };
    let fat_score = match (a.r.fatalities, b.r.fatalities) {
        (Some(x), Some(y)) => {
            let (lo, hi) = (x.min(y) as f64, x.max(y) as f64);
            if hi > widen * (cfg.fatality_ratio * lo + cfg.fatality_slack) {
                conflict.get_or_insert(format!("fatalities {x} vs {y} incompatible"));
            }
            (lo + 1.0) / (hi + 1.0)
        }
        _ => UNKNOWN_SCORE,
    };
    let day_score = if day_gap > cfg.max_day_gap {
        0.0
    } else {
        1.0 - day_gap as f64 / (cfg.max_day_gap + 1) as f64
    };
    let score = 0.35 * location_score
        + 0.25 * day_score
        + 0.25 * actor_agreement.unwrap_or(UNKNOWN_SCORE)
        + 0.15 * fat_score;
    Comparison {
        distance_km,
        day_gap,
        actor_agreement,
        location_score,
        compatible: conflict.is_none(),
        conflict,
        score,
    }
}

/// Compares two reports with the merge rule; what `vigil events --explain`
/// shows for a pair.
pub fn compare_reports(a: &Report, b: &Report, cfg: &Config) -> Comparison {
    compare(&Prepared::new(a), &Prepared::new(b), cfg)
}

/// The block a report is merged within (normalised country and event type),
/// or `None` for a report that stays an event of its own. Reports of
/// different blocks never merge, so merging only the whole blocks that
/// received new reports gives the same events as merging everything: that is
/// what makes re-merging after a small ingest cheap.
pub fn block_key(r: &Report) -> Option<(String, String)> {
    if !r.mergeable() {
        return None;
    }
    block_of(r.country.as_deref()?, r.event_type.as_deref()?)
}

/// The block a stored (country, event type) pair belongs to, whatever its
/// spelling ("Iraq", "iraq "), so a store can find all of a block's reports.
pub fn block_of(country: &str, event_type: &str) -> Option<(String, String)> {
    Some((norm_str(country)?, norm_str(event_type)?))
}

/// Complete linkage compares a report with at most this many members of a
/// cluster. A real incident rarely has more reports than this; without a cap
/// a flood of near-identical reports (a syndicated story, a wire feed
/// ingested twice under different ids) makes merging quadratic in the
/// cluster's size.
const MAX_LINKAGE: usize = 32;

/// The members a new report is compared with: all of them in a cluster of
/// at most [`MAX_LINKAGE`], else the first and the latest half of that many.
fn linkage_sample(members: &[usize]) -> impl Iterator<Item = &usize> {
    let half = MAX_LINKAGE / 2;
    let (head, tail) = if members.len() <= MAX_LINKAGE {
        (members, &members[..0])
    } else {
        (&members[..half], &members[members.len() - half..])
    };
    head.iter().chain(tail)
}

struct Cluster {
    members: Vec<usize>,
    first_date: NaiveDate,
    links: Vec<Link>,
}

/// Merges reports into events with the default [`Config`].
pub fn merge(reports: &[Report]) -> Vec<MergedEvent> {
    // The default config is valid, so this cannot fail.
    merge_with(reports, &Config::default()).unwrap_or_default()
}

/// Merges reports into events; output is sorted by event id and does not
/// depend on input order.
pub fn merge_with(reports: &[Report], cfg: &Config) -> Result<Vec<MergedEvent>, Error> {
    cfg.validate()?;
    let prepared: Vec<Prepared> = reports.iter().map(Prepared::new).collect();
    let mut blocks: HashMap<(String, String), Vec<usize>> = HashMap::new();
    let mut singletons = Vec::new();
    for (i, r) in reports.iter().enumerate() {
        match block_key(r) {
            Some(k) => blocks.entry(k).or_default().push(i),
            None => singletons.push(i),
        }
    }
    let rule = format!(
        "same country and event type; within {} days, {} km (place) / {} km or same province; \
         actors not contradicting; tolls within {}x+{}; complete linkage, mean score >= {}",
        cfg.max_day_gap,
        cfg.max_km_place,
        cfg.max_km_admin1,
        cfg.fatality_ratio,
        cfg.fatality_slack,
        cfg.min_score
    );

    let mut groups: Vec<(Vec<usize>, Vec<Link>)> = singletons
        .into_iter()
        .map(|i| (vec![i], Vec::new()))
        .collect();
    for (_, mut idx) in blocks {
        idx.sort_by_key(|&i| (reports[i].date, reports[i].id));
        let mut live: Vec<Cluster> = Vec::new();
        for i in idx {
            let Some(date) = reports[i].date else {
                groups.push((vec![i], Vec::new()));
                continue;
            };
            // Clusters whose first report is too old can never accept a
            // later report (complete linkage), so they are closed for good.
            let (done, still): (Vec<Cluster>, Vec<Cluster>) = live
                .into_iter()
                .partition(|c| (date - c.first_date).num_days() > cfg.max_day_gap);
            groups.extend(done.into_iter().map(|c| (c.members, c.links)));
            live = still;

            let mut best: Option<(usize, f64, usize, Comparison)> = None;
            for (ci, c) in live.iter().enumerate() {
                let mut sum = 0.0;
                let mut top: Option<(usize, Comparison)> = None;
                let mut ok = true;
                let mut compared = 0usize;
                for &m in linkage_sample(&c.members) {
                    compared += 1;
                    let cmp = compare(&prepared[i], &prepared[m], cfg);
                    if !cmp.compatible {
                        ok = false;
                        break;
                    }
                    sum += cmp.score;
                    if !matches!(&top, Some((_, t)) if t.score >= cmp.score) {
                        top = Some((m, cmp));
                    }
                }
                let Some((m, cmp)) = top.filter(|_| ok) else {
                    continue;
                };
                let mean = sum / compared.max(1) as f64;
                if mean >= cfg.min_score && !matches!(&best, Some(b) if b.1 >= mean) {
                    best = Some((ci, mean, m, cmp));
                }
            }
            match best {
                Some((ci, mean, m, cmp)) => {
                    let c = &mut live[ci];
                    c.links.push(Link {
                        report: reports[i].id,
                        matched: reports[m].id,
                        cluster_score: mean,
                        comparison: cmp,
                    });
                    c.members.push(i);
                }
                None => live.push(Cluster {
                    members: vec![i],
                    first_date: date,
                    links: Vec::new(),
                }),
            }
        }
        groups.extend(live.into_iter().map(|c| (c.members, c.links)));
    }

    let mut events: Vec<MergedEvent> = groups
        .into_iter()
        .map(|(members, links)| build_event(reports, &members, links, &rule))
        .collect();
    events.sort_by_key(|e| e.id);
    Ok(events)
}

fn build_event(reports: &[Report], members: &[usize], links: Vec<Link>, rule: &str) -> MergedEvent {
    let rs: Vec<&Report> = members.iter().map(|&i| &reports[i]).collect();
    // Most precise place, then most confident, then oldest id.
    let rep = rs
        .iter()
        .copied()
        .min_by(|a, b| {
            let pa = a.geo_precision.unwrap_or(GeoPrecision::Country);
            let pb = b.geo_precision.unwrap_or(GeoPrecision::Country);
            pa.cmp(&pb)
                .then(b.confidence.total_cmp(&a.confidence))
                .then(a.id.cmp(&b.id))
        })
        .unwrap_or(rs[0]);
    let mut ids: Vec<i64> = rs.iter().map(|r| r.id).collect();
    ids.sort_unstable();
    let first_named = |f: fn(&Report) -> &Option<String>| -> Option<String> {
        f(rep).clone().or_else(|| {
            let mut sorted = rs.clone();
            sorted.sort_by_key(|r| r.id);
            sorted.iter().find_map(|r| f(r).clone())
        })
    };

    let mut by_source: BTreeMap<&str, SourceFatalities> = BTreeMap::new();
    for r in &rs {
        let e = by_source
            .entry(r.source.as_str())
            .or_insert_with(|| SourceFatalities {
                source: r.source.clone(),
                fatalities: None,
                low: None,
                high: None,
                reports: Vec::new(),
            });
        e.reports.push(r.id);
        e.fatalities = e.fatalities.max(r.fatalities);
        let low = r.fatalities_low.or(r.fatalities);
        e.low = match (e.low, low) {
            (Some(x), Some(y)) => Some(x.min(y)),
            (x, y) => x.or(y),
        };
        e.high = e.high.max(r.fatalities_high.or(r.fatalities));
    }
    let per_source: Vec<SourceFatalities> = by_source
        .into_values()
        .map(|mut s| {
            s.reports.sort_unstable();
            s
        })
        .collect();
    let fatalities_best = per_source.iter().filter_map(|s| s.fatalities).min();
    let fatalities_low = per_source.iter().filter_map(|s| s.low).min();
    let fatalities_high = per_source.iter().filter_map(|s| s.high).max();
    let mut articles: Vec<String> = rs.iter().map(|r| r.article_id.clone()).collect();
    articles.sort();
    articles.dedup();

    MergedEvent {
        id: ids[0],
        representative: rep.id,
        sources: per_source.iter().map(|s| s.source.clone()).collect(),
        articles,
        event_type: rep.event_type.clone(),
        sub_event_type: first_named(|r| &r.sub_event_type),
        date: rs.iter().filter_map(|r| r.date).min(),
        date_precision: rep.date_precision,
        country: rep.country.clone(),
        country_code: first_named(|r| &r.country_code),
        admin1: rep.admin1.clone(),
        location: rep.location.clone(),
        latitude: rep.latitude,
        longitude: rep.longitude,
        geo_precision: rep.geo_precision,
        actor1: first_named(|r| &r.actor1),
        actor2: first_named(|r| &r.actor2),
        fatalities_low,
        fatalities_best,
        fatalities_high,
        per_source,
        members: ids,
        explanation: Explanation {
            rule: rule.to_string(),
            links,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn rep(id: i64, day: u32, lat: f64, lon: f64, source: &str) -> Report {
        Report {
            id,
            event_type: Some("Battles".into()),
            sub_event_type: Some("Armed clash".into()),
            date: NaiveDate::from_ymd_opt(2024, 5, day),
            date_precision: Some(DatePrecision::Day),
            country: Some("Iraq".into()),
            country_code: Some("IQ".into()),
            admin1: Some("Nineveh".into()),
            location: Some(format!("Town {lat:.2}")),
            latitude: Some(lat),
            longitude: Some(lon),
            geo_precision: Some(GeoPrecision::Place),
            actor1: Some("ISIS".into()),
            actor2: Some("Military Forces of Iraq".into()),
            fatalities: None,
            fatalities_low: None,
            fatalities_high: None,
            source: source.into(),
            article_id: format!("art{id}"),
            confidence: 0.5,
        }
    }

    #[test]
    fn same_incident_from_three_outlets_is_one_event() {
        let mut a = rep(1, 10, 36.34, 43.13, "Reuters");
        a.fatalities = Some(4);
        let mut b = rep(2, 11, 36.40, 43.15, "AP");
        b.fatalities = Some(7);
        b.fatalities_high = Some(9);
        let mut c = rep(3, 10, 36.34, 43.13, "Reuters");
        c.fatalities = Some(6); // Reuters' later update
        c.actor2 = None;
        let ev = merge(&[a, b, c]);
        assert_eq!(ev.len(), 1, "{ev:#?}");
        let e = &ev[0];
        assert_eq!(e.id, 1);
        assert_eq!(e.members, vec![1, 2, 3]);
        assert_eq!(e.sources, vec!["AP".to_string(), "Reuters".to_string()]);
        assert_eq!(e.articles.len(), 3);
        // Per source: Reuters 6 (its highest), AP 7; ACLED keeps the lowest.
        assert_eq!(e.fatalities_best, Some(6));
        assert_eq!(e.fatalities_low, Some(4));
        assert_eq!(e.fatalities_high, Some(9));
        let reuters = e.per_source.iter().find(|s| s.source == "Reuters").unwrap();
        assert_eq!(
            (reuters.fatalities, reuters.reports.clone()),
            (Some(6), vec![1, 3])
        );
        assert_eq!(e.explanation.links.len(), 2);
        let l = &e.explanation.links[0];
        assert!(l.comparison.compatible && l.comparison.score >= 0.5);
        assert!(l.comparison.distance_km.is_some());
        assert_eq!(e.date, NaiveDate::from_ymd_opt(2024, 5, 10));
    }

    #[test]
    fn different_incidents_stay_apart() {
        let base = rep(1, 10, 36.34, 43.13, "Reuters");
        let far = rep(2, 10, 36.34, 44.13, "AP"); // ~90 km east
        let late = rep(3, 14, 36.34, 43.13, "AP");
        let mut other_type = rep(4, 10, 36.34, 43.13, "AP");
        other_type.event_type = Some("Protests".into());
        let mut other_actor = rep(5, 10, 36.34, 43.13, "AP");
        other_actor.actor1 = Some("PKK".into());
        let mut tolls = rep(6, 10, 36.34, 43.13, "AP");
        tolls.fatalities = Some(80);
        let mut base_toll = base.clone();
        base_toll.fatalities = Some(3);
        let ev = merge(&[base_toll, far, late, other_type, other_actor, tolls]);
        assert_eq!(ev.len(), 6, "{ev:#?}");
    }

    #[test]
    fn a_placeless_report_counting_both_sides_joins_the_same_days_incident() {
        // One outlet: 12 soldiers at the town; the other, placed only in the
        // country, 14 soldiers and 20 attackers on the same day.
        let mut a = rep(1, 10, 36.34, 43.13, "Reuters");
        a.fatalities = Some(12);
        let mut b = rep(2, 10, 33.0, 44.0, "AP");
        b.fatalities = Some(34);
        b.location = None;
        b.admin1 = None;
        b.geo_precision = Some(GeoPrecision::Country);
        assert_eq!(merge(&[a.clone(), b.clone()]).len(), 1);
        // A day apart, the same tolls stay two incidents.
        b.date = NaiveDate::from_ymd_opt(2024, 5, 11);
        assert_eq!(merge(&[a, b]).len(), 2);
    }

    #[test]
    fn unidentified_actor_does_not_block_a_merge() {
        let a = rep(1, 10, 36.34, 43.13, "Reuters");
        let mut b = rep(2, 10, 36.34, 43.13, "AP");
        b.actor1 = Some("Unidentified Armed Group (Iraq)".into());
        // Swapped actor order still agrees.
        let mut c = rep(3, 10, 36.34, 43.13, "AFP");
        c.actor1 = a.actor2.clone();
        c.actor2 = a.actor1.clone();
        assert_eq!(merge(&[a, b, c]).len(), 1);
    }

    #[test]
    fn complete_linkage_does_not_chain() {
        // Each neighbour is 2 days from the next, but 1 and 3 are 4 apart.
        let ev = merge(&[
            rep(1, 10, 36.34, 43.13, "A"),
            rep(2, 12, 36.34, 43.13, "B"),
            rep(3, 14, 36.34, 43.13, "C"),
        ]);
        assert_eq!(ev.len(), 2);
        assert!(ev
            .iter()
            .all(|e| !(e.members.contains(&1) && e.members.contains(&3))));
    }

    #[test]
    fn every_report_in_one_event_whatever_the_order() {
        let mut v = Vec::new();
        for i in 0..200i64 {
            let mut r = rep(
                i,
                1 + (i % 20) as u32,
                36.0 + (i % 7) as f64 * 0.1,
                43.0 + (i % 3) as f64,
                ["A", "B", "C"][(i % 3) as usize],
            );
            if i % 11 == 0 {
                r.date = None;
            }
            if i % 13 == 0 {
                r.country = Some("Syria".into());
            }
            v.push(r);
        }
        let ev = merge(&v);
        let mut seen: Vec<i64> = ev.iter().flat_map(|e| e.members.clone()).collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..200).collect::<Vec<_>>());
        assert!(ev.iter().any(|e| e.members.len() > 1));
        // Undated reports are never merged.
        for e in &ev {
            if e.members.iter().any(|m| m % 11 == 0) {
                assert_eq!(e.members.len(), 1);
            }
        }
        v.reverse();
        assert_eq!(merge(&v), ev);
    }

    #[test]
    fn vague_reports_need_more_than_coincidence() {
        let vague = |id| {
            let mut r = rep(id, 10, 0.0, 0.0, "X");
            r.geo_precision = Some(GeoPrecision::Country);
            r.location = None;
            r.latitude = None;
            r.longitude = None;
            r.actor1 = None;
            r.actor2 = None;
            r
        };
        assert_eq!(merge(&[vague(1), vague(2)]).len(), 2);
        // The same two reports naming the same perpetrator do merge.
        let (mut a, mut b) = (vague(1), vague(2));
        a.actor1 = Some("ISIS".into());
        b.actor1 = Some("isis".into());
        assert_eq!(merge(&[a, b]).len(), 1);
    }

    #[test]
    fn bad_config_is_an_error() {
        let cfg = Config {
            max_km_place: f64::NAN,
            ..Config::default()
        };
        assert!(merge_with(&[], &cfg).is_err());
    }

    #[test]
    fn one_side_s_dead_and_both_sides_dead_at_one_spot_merge() {
        let mut soldiers = rep(1, 10, 36.34, 43.13, "AP");
        soldiers.fatalities = Some(3);
        let mut both = rep(2, 10, 36.34, 43.13, "AFP");
        both.fatalities = Some(18); // three soldiers and 15 insurgents
        assert_eq!(merge(&[soldiers.clone(), both.clone()]).len(), 1);
        // Ten km away, or a day later, the tolls must agree as usual.
        let mut near = both.clone();
        near.latitude = Some(36.43);
        assert_eq!(merge(&[soldiers.clone(), near]).len(), 2);
        let mut later = both;
        later.date = NaiveDate::from_ymd_opt(2024, 5, 11);
        assert_eq!(merge(&[soldiers, later]).len(), 2);
    }

    #[test]
    fn a_province_level_report_a_day_from_a_town_s_is_another_incident() {
        let town = rep(1, 10, 36.34, 43.13, "AP");
        let mut province = rep(2, 11, 36.0, 43.0, "AFP");
        province.geo_precision = Some(GeoPrecision::Admin1);
        province.location = None;
        assert_eq!(merge(&[town.clone(), province.clone()]).len(), 2);
        province.date = town.date;
        assert_eq!(merge(&[town, province]).len(), 1);
    }

    #[test]
    fn a_flood_of_identical_reports_merges_in_bounded_comparisons() {
        // 3,000 reports of one incident: complete linkage over every member
        // would be ~4.5M comparisons; sampling keeps it linear.
        let all: Vec<Report> = (1..=3000)
            .map(|id| rep(id, 10, 36.34, 43.13, "Wire"))
            .collect();
        let ev = merge(&all);
        assert_eq!(ev.len(), 1);
        assert_eq!(ev[0].members.len(), 3000);
        let sample: Vec<usize> = linkage_sample(&(0..100).collect::<Vec<_>>())
            .copied()
            .collect();
        assert_eq!(sample.len(), MAX_LINKAGE);
        assert_eq!((sample[0], sample[MAX_LINKAGE - 1]), (0, 99));
        let small: Vec<usize> = (0..5).collect();
        assert_eq!(linkage_sample(&small).count(), 5);
    }

    #[test]
    fn merging_whole_blocks_alone_gives_the_same_events_as_merging_everything() {
        // A deterministic spread of reports over three countries, two types,
        // a fortnight and a few towns, some undated or month-precise.
        let mut state = 7u64;
        let mut next = |n: u64| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) % n
        };
        let countries = ["Iraq", "Syria", "iraq "];
        let types = ["Battles", "Explosions/Remote violence"];
        let mut all = Vec::new();
        for id in 1..=300 {
            let mut r = rep(
                id,
                1 + next(14) as u32,
                36.0 + next(4) as f64 * 0.05,
                43.0 + next(3) as f64 * 0.05,
                ["Reuters", "AP", "AFP"][next(3) as usize],
            );
            r.country = Some(countries[next(3) as usize].into());
            r.event_type = Some(types[next(2) as usize].into());
            r.fatalities = Some(next(12) as u32);
            match next(10) {
                0 => r.date = None,
                1 => r.date_precision = Some(DatePrecision::Month),
                _ => {}
            }
            all.push(r);
        }
        let full = merge(&all);
        assert!(full.iter().any(|e| e.members.len() > 1), "nothing merged");
        let wanted = ("iraq".to_string(), "battles".to_string());
        let subset: Vec<Report> = all
            .iter()
            .filter(|r| block_key(r).as_ref() == Some(&wanted))
            .cloned()
            .collect();
        let ids: HashSet<i64> = subset.iter().map(|r| r.id).collect();
        let expected: Vec<&MergedEvent> = full
            .iter()
            .filter(|e| e.members.iter().any(|m| ids.contains(m)))
            .collect();
        let alone = merge(&subset);
        assert_eq!(alone.len(), expected.len());
        for (a, b) in alone.iter().zip(expected) {
            assert_eq!(a, b);
        }
    }
}
