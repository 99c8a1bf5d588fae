//! What the HTTP layer needs from storage, as one small trait.
//!
//! The API handlers only see [`Backend`], so they can be tested on the
//! in-memory [`MemBackend`] and served from SQLite by an adapter over
//! `vigil_store` without changing a line of the HTTP code.

use crate::Error;
use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use vigil_core::{Kind, Record};

/// Longitude/latitude rectangle: west, south, east, north (degrees).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BBox {
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
}

impl BBox {
    pub fn contains(&self, lon: f64, lat: f64) -> bool {
        lat >= self.south && lat <= self.north && lon >= self.west && lon <= self.east
    }
}

/// Filters shared by every listing endpoint. `None` means "any".
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    pub kind: Option<Kind>,
    /// Country name or ISO alpha-2 code, case-insensitive.
    pub country: Option<String>,
    /// Matches actor1 or actor2, case-insensitive.
    pub actor: Option<String>,
    pub event_type: Option<String>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub bbox: Option<BBox>,
    pub limit: u32,
    pub offset: u64,
}

impl Default for Filter {
    fn default() -> Self {
        Filter {
            kind: None,
            country: None,
            actor: None,
            event_type: None,
            since: None,
            until: None,
            bbox: None,
            limit: 50,
            offset: 0,
        }
    }
}

impl Filter {
    /// Whether `r` passes every filter (pagination aside).
    pub fn matches(&self, r: &Record) -> bool {
        fn eq(a: &Option<String>, b: &str) -> bool {
            a.as_deref().is_some_and(|a| a.eq_ignore_ascii_case(b))
        }
        if self.kind.is_some_and(|k| k != r.kind) {
            return false;
        }
        if let Some(c) = &self.country {
            if !eq(&r.country, c) && !eq(&r.country_code, c) {
                return false;
            }
        }
        if let Some(a) = &self.actor {
            if !eq(&r.actor1, a) && !eq(&r.actor2, a) {
                return false;
            }
        }
        if let Some(t) = &self.event_type {
            if !eq(&r.event_type, t) {
                return false;
            }
        }
        if self.since.is_some() || self.until.is_some() {
            let Some(d) = r.date else { return false };
            if self.since.is_some_and(|s| d < s) || self.until.is_some_and(|u| d > u) {
                return false;
            }
        }
        if let Some(b) = &self.bbox {
            match (r.longitude, r.latitude) {
                (Some(lon), Some(lat)) if b.contains(lon, lat) => {}
                _ => return false,
            }
        }
        true
    }
}

/// A stored record with its ids: the API's event/claim JSON.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    /// Row id of this report.
    pub id: i64,
    /// Id of the merged event this report belongs to (reports of one incident
    /// share it); `None` when it was never clustered.
    pub event_id: Option<i64>,
    /// Number of reports merged into this event (merged events only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reports: Option<u32>,
    #[serde(flatten)]
    pub record: Record,
}

/// One page of a listing plus the number of matches over all pages.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Page {
    pub total: u64,
    pub limit: u32,
    pub offset: u64,
    pub items: Vec<Item>,
}

/// Where a report came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceRef {
    pub article_id: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub publisher: Option<String>,
    pub published: Option<NaiveDate>,
}

/// A sentence a record was read from, with its place in the article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SentenceRef {
    pub record_id: i64,
    pub article_id: String,
    pub text: String,
    pub span: [usize; 2],
}

/// Who says so: the quoted source and the outlet that printed it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attribution {
    pub source: Option<String>,
    pub publisher: Option<String>,
}

/// Everything the dashboard shows when one event is opened.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Detail {
    pub event: Item,
    /// This report's sentence first, then those of merged reports.
    pub sentences: Vec<SentenceRef>,
    pub attribution: Attribution,
    /// Distinct articles behind this report and its merged reports.
    pub sources: Vec<SourceRef>,
    /// Other reports merged into the same event.
    pub merged: Vec<Item>,
    /// Why the reports were merged and each source's casualty figures
    /// (`rule`, `links`, `per_source` from vigil-dedup), for merged events.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge: Option<serde_json::Value>,
}

/// A publisher with how much it contributed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceRow {
    pub publisher: String,
    pub articles: u64,
    pub events: u64,
    pub claims: u64,
}

/// Per-country totals for the map.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CountryRow {
    pub country: String,
    pub country_code: Option<String>,
    pub events: u64,
    pub claims: u64,
    pub fatalities: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GroupBy {
    Country,
    Actor,
    Type,
}

impl GroupBy {
    pub fn as_str(self) -> &'static str {
        match self {
            GroupBy::Country => "country",
            GroupBy::Actor => "actor",
            GroupBy::Type => "type",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    Week,
    Month,
}

impl Period {
    pub fn as_str(self) -> &'static str {
        match self {
            Period::Week => "week",
            Period::Month => "month",
        }
    }

    /// First day of the period containing `d` (weeks start on Monday).
    pub fn start_of(self, d: NaiveDate) -> NaiveDate {
        match self {
            Period::Week => d - Duration::days(i64::from(d.weekday().num_days_from_monday())),
            Period::Month => d.with_day(1).unwrap_or(d),
        }
    }

    /// First day of the period after the one starting at `start`.
    pub fn next(self, start: NaiveDate) -> NaiveDate {
        match self {
            Period::Week => start + Duration::days(7),
            Period::Month => start
                .checked_add_months(chrono::Months::new(1))
                .unwrap_or(start + Duration::days(31)),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TrendRequest {
    pub by: GroupBy,
    pub period: Period,
    /// Only `kind`, `country`, `actor`, `event_type`, `since`, `until` apply.
    pub filter: Filter,
    /// How many groups (largest first).
    pub top: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendPoint {
    pub start: NaiveDate,
    pub count: u64,
}

/// Whether violence in a series has come back: the last [`WINDOW`] periods
/// against the [`BASELINE`] periods before them, with `vigil_trends`' exact
/// conditional test (quasi-Poisson when overdispersed) and Benjamini–Hochberg
/// adjustment across all groups of the request.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Resurgence {
    /// "rising", "falling", "stable" or "insufficient" (too few events).
    pub signal: String,
    pub p_value: f64,
    /// p-value adjusted for the number of groups tested; the signal uses it.
    pub q_value: f64,
    /// Events per period in the recent window and in the baseline.
    pub recent_rate: f64,
    pub baseline_rate: f64,
    pub window_periods: usize,
    pub baseline_periods: usize,
    /// One plain sentence an analyst can read.
    pub summary: String,
}

/// Periods in the recent window and the baseline (vigil_trends' defaults).
pub const WINDOW: usize = 4;
pub const BASELINE: usize = 12;
pub const ALPHA: f64 = 0.05;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendSeries {
    pub key: String,
    pub total: u64,
    /// Every period from the first to the last, zeros included.
    pub points: Vec<TrendPoint>,
    pub resurgence: Option<Resurgence>,
}

/// Read access to stored events, claims and their sources. Implementations
/// are called from blocking threads and must be shareable across them.
pub trait Backend: Send + Sync + 'static {
    /// One page of records passing `filter`, newest first, with the total.
    /// When `known_total` is given (a cached count of the same filter) the
    /// backend returns it instead of counting again.
    fn list(&self, filter: &Filter, known_total: Option<u64>) -> Result<Page, Error>;
    /// Number of records passing `filter` (pagination ignored).
    fn count(&self, filter: &Filter) -> Result<u64, Error>;
    /// The record `id` with its sentences, sources and merged reports.
    fn detail(&self, id: i64) -> Result<Option<Detail>, Error>;
    /// Publishers, most prolific first.
    fn sources(&self) -> Result<Vec<SourceRow>, Error>;
    /// Per-country totals for records passing `filter` (pagination ignored).
    fn countries(&self, filter: &Filter) -> Result<Vec<CountryRow>, Error>;
    /// Per-group period counts with a resurgence signal.
    fn trends(&self, req: &TrendRequest) -> Result<Vec<TrendSeries>, Error>;
}

/// Fills the gaps of a sparse `(period start → count)` map so a chart shows
/// quiet periods as zeros rather than skipping them.
/// The series runs to `end` (or its own last period) so that every group of
/// one request shares the same "now".
pub fn dense_series(
    period: Period,
    counts: &BTreeMap<NaiveDate, u64>,
    end: Option<NaiveDate>,
) -> Vec<TrendPoint> {
    let (Some((&first, _)), Some((&own_last, _))) =
        (counts.first_key_value(), counts.last_key_value())
    else {
        return Vec::new();
    };
    let last = end.map_or(own_last, |e| e.max(own_last));
    let mut out = Vec::new();
    let mut d = period.start_of(first);
    // Bounded by the span of the data; 10k periods is ~190 years of weeks.
    while d <= last && out.len() < 10_000 {
        out.push(TrendPoint {
            start: d,
            count: counts.get(&d).copied().unwrap_or(0),
        });
        d = period.next(d);
    }
    out
}

/// In-memory backend: records plus the articles they came from. Used by the
/// tests and as a reference for what the SQLite adapter must return.
#[derive(Debug, Default, Clone)]
pub struct MemBackend {
    items: Vec<Item>,
    articles: HashMap<String, SourceRef>,
}

impl MemBackend {
    pub fn new() -> Self {
        MemBackend::default()
    }

    pub fn add_article(&mut self, source: SourceRef) {
        self.articles.insert(source.article_id.clone(), source);
    }

    /// Adds `record` and returns its id.
    pub fn add(&mut self, record: Record, event_id: Option<i64>) -> i64 {
        let id = self.items.len() as i64 + 1;
        self.items.push(Item {
            id,
            event_id,
            reports: None,
            record,
        });
        id
    }

    fn sorted_matches(&self, f: &Filter) -> Vec<&Item> {
        let mut v: Vec<&Item> = self.items.iter().filter(|i| f.matches(&i.record)).collect();
        v.sort_by(|a, b| b.record.date.cmp(&a.record.date).then(b.id.cmp(&a.id)));
        v
    }

    fn source_of(&self, article_id: &str) -> SourceRef {
        self.articles
            .get(article_id)
            .cloned()
            .unwrap_or_else(|| SourceRef {
                article_id: article_id.to_string(),
                title: None,
                url: None,
                publisher: None,
                published: None,
            })
    }
}

impl Backend for MemBackend {
    fn list(&self, f: &Filter, _known_total: Option<u64>) -> Result<Page, Error> {
        let all = self.sorted_matches(f);
        let items = all
            .iter()
            .skip(usize::try_from(f.offset).unwrap_or(usize::MAX))
            .take(f.limit as usize)
            .map(|i| (*i).clone())
            .collect();
        Ok(Page {
            total: all.len() as u64,
            limit: f.limit,
            offset: f.offset,
            items,
        })
    }

    fn count(&self, f: &Filter) -> Result<u64, Error> {
        Ok(self.items.iter().filter(|i| f.matches(&i.record)).count() as u64)
    }

    fn detail(&self, id: i64) -> Result<Option<Detail>, Error> {
        let Some(item) = self.items.iter().find(|i| i.id == id) else {
            return Ok(None);
        };
        let merged: Vec<Item> = match item.event_id {
            Some(e) => self
                .items
                .iter()
                .filter(|i| i.event_id == Some(e) && i.id != id)
                .cloned()
                .collect(),
            None => Vec::new(),
        };
        Ok(Some(assemble_detail(item.clone(), merged, |a| {
            Some(self.source_of(a))
        })))
    }

    fn sources(&self) -> Result<Vec<SourceRow>, Error> {
        let mut by: BTreeMap<String, (std::collections::BTreeSet<&str>, u64, u64)> =
            BTreeMap::new();
        for i in &self.items {
            let r = &i.record;
            let Some(p) = r.publisher.clone() else {
                continue;
            };
            let e = by.entry(p).or_default();
            e.0.insert(&r.article_id);
            match r.kind {
                Kind::Event => e.1 += 1,
                Kind::Claim => e.2 += 1,
            }
        }
        let mut rows: Vec<SourceRow> = by
            .into_iter()
            .map(|(publisher, (a, ev, cl))| SourceRow {
                publisher,
                articles: a.len() as u64,
                events: ev,
                claims: cl,
            })
            .collect();
        rows.sort_by_key(|r| std::cmp::Reverse(r.events + r.claims));
        Ok(rows)
    }

    fn countries(&self, f: &Filter) -> Result<Vec<CountryRow>, Error> {
        let mut acc = CountryAcc::default();
        for i in self.items.iter().filter(|i| f.matches(&i.record)) {
            acc.add(&i.record);
        }
        Ok(acc.rows())
    }

    fn trends(&self, req: &TrendRequest) -> Result<Vec<TrendSeries>, Error> {
        let mut groups: HashMap<String, BTreeMap<NaiveDate, u64>> = HashMap::new();
        for i in self.items.iter().filter(|i| req.filter.matches(&i.record)) {
            let r = &i.record;
            let Some(d) = r.date else { continue };
            let keys: Vec<&String> = match req.by {
                GroupBy::Country => r.country.iter().collect(),
                GroupBy::Type => r.event_type.iter().collect(),
                GroupBy::Actor => r.actor1.iter().chain(r.actor2.iter()).collect(),
            };
            for k in keys {
                *groups
                    .entry(k.clone())
                    .or_default()
                    .entry(req.period.start_of(d))
                    .or_default() += 1;
            }
        }
        Ok(top_series(groups, req))
    }
}

/// Builds a [`Detail`] from a report, its merged siblings and a way to look up
/// articles; shared by every backend so the JSON is the same everywhere.
pub fn assemble_detail(
    event: Item,
    merged: Vec<Item>,
    mut article: impl FnMut(&str) -> Option<SourceRef>,
) -> Detail {
    // Two reports read from one sentence (e.g. an attack and the arrests it
    // led to) show that sentence once.
    let mut sentences: Vec<SentenceRef> = Vec::new();
    for i in std::iter::once(&event).chain(merged.iter()) {
        let r = &i.record;
        if sentences
            .iter()
            .any(|s| s.article_id == r.article_id && s.span == r.span)
        {
            continue;
        }
        sentences.push(SentenceRef {
            record_id: i.id,
            article_id: r.article_id.clone(),
            text: r.text.clone(),
            span: r.span,
        });
    }
    let mut sources: Vec<SourceRef> = Vec::new();
    for i in std::iter::once(&event).chain(merged.iter()) {
        if sources.iter().any(|s| s.article_id == i.record.article_id) {
            continue;
        }
        let mut s = article(&i.record.article_id).unwrap_or(SourceRef {
            article_id: i.record.article_id.clone(),
            title: None,
            url: None,
            publisher: None,
            published: None,
        });
        if s.publisher.is_none() {
            s.publisher = i.record.publisher.clone();
        }
        sources.push(s);
    }
    Detail {
        attribution: Attribution {
            source: event.record.source.clone(),
            publisher: event.record.publisher.clone(),
        },
        event,
        sentences,
        sources,
        merged,
        merge: None,
    }
}

/// Accumulates per-country totals from records.
#[derive(Debug, Default)]
pub struct CountryAcc {
    // country -> (code, events, claims, fatalities)
    map: HashMap<String, (Option<String>, u64, u64, u64)>,
}

impl CountryAcc {
    pub fn add(&mut self, r: &Record) {
        let Some(c) = &r.country else { return };
        let e = self.map.entry(c.clone()).or_default();
        if e.0.is_none() {
            e.0 = r.country_code.clone();
        }
        match r.kind {
            Kind::Event => {
                e.1 += 1;
                e.3 += u64::from(r.fatalities.unwrap_or(0));
            }
            Kind::Claim => e.2 += 1,
        }
    }

    pub fn rows(self) -> Vec<CountryRow> {
        let mut rows: Vec<CountryRow> = self
            .map
            .into_iter()
            .map(|(country, (code, ev, cl, fat))| CountryRow {
                country,
                country_code: code,
                events: ev,
                claims: cl,
                fatalities: fat,
            })
            .collect();
        rows.sort_by(|a, b| {
            (b.events + b.claims)
                .cmp(&(a.events + a.claims))
                .then(a.country.cmp(&b.country))
        });
        rows
    }
}

/// Keeps the `req.top` largest groups, densifies them to a common last
/// period and attaches the resurgence signal (adjusted across every group).
pub fn top_series(
    groups: HashMap<String, BTreeMap<NaiveDate, u64>>,
    req: &TrendRequest,
) -> Vec<TrendSeries> {
    let end = groups
        .values()
        .filter_map(|m| m.keys().next_back())
        .max()
        .copied();
    let mut series: Vec<TrendSeries> = groups
        .into_iter()
        .map(|(key, counts)| TrendSeries {
            total: counts.values().sum(),
            points: dense_series(req.period, &counts, end),
            resurgence: None,
            key,
        })
        .collect();
    attach_resurgence(&mut series, req.period);
    series.sort_by(|a, b| b.total.cmp(&a.total).then(a.key.cmp(&b.key)));
    series.truncate(req.top);
    series
}

fn period_days(period: Period, start: NaiveDate) -> u32 {
    u32::try_from((period.next(start) - start).num_days()).unwrap_or(7)
}

/// Runs the test on every series long enough to have a window and at least
/// one baseline period, then applies Benjamini–Hochberg across them.
pub fn attach_resurgence(series: &mut [TrendSeries], period: Period) {
    let mut tested: Vec<(usize, vigil_trends::GroupTrend, usize)> = Vec::new();
    for (i, s) in series.iter().enumerate() {
        let n = s.points.len();
        if n < WINDOW + 1 {
            continue;
        }
        let (before, recent) = s.points.split_at(n - WINDOW);
        let base = &before[before.len().saturating_sub(BASELINE)..];
        let days = |p: &[TrendPoint]| p.iter().map(|x| period_days(period, x.start)).sum::<u32>();
        let count = |p: &[TrendPoint]| p.iter().map(|x| x.count).sum::<u64>();
        let base_counts: Vec<u64> = base.iter().map(|p| p.count).collect();
        let mean_days = f64::from(days(s.points.as_slice())) / n as f64;
        let r = vigil_trends::resurgence_test(
            count(recent),
            days(recent),
            count(base),
            days(base),
            &base_counts,
            mean_days,
            ALPHA,
        );
        let g = vigil_trends::GroupTrend {
            group: s.key.clone(),
            total_events: s.total,
            total_fatalities: 0,
            resurgence: r,
            series: Vec::new(),
        };
        tested.push((i, g, base.len()));
    }
    let mut groups: Vec<vigil_trends::GroupTrend> =
        tested.iter().map(|(_, g, _)| g.clone()).collect();
    vigil_trends::adjust(&mut groups, ALPHA);
    for ((i, _, nb), g) in tested.iter().zip(groups) {
        let r = &g.resurgence;
        let signal = r.verdict.as_str();
        let summary = format!(
            "{signal}: {:.1} per {} in the last {WINDOW} vs {:.1} in the {nb} before (p = {:.3}, adjusted {:.3})",
            r.recent_rate,
            period.as_str(),
            r.baseline_rate,
            r.p_value,
            r.q_value
        );
        if let Some(s) = series.get_mut(*i) {
            s.resurgence = Some(Resurgence {
                signal: signal.to_string(),
                p_value: r.p_value,
                q_value: r.q_value,
                recent_rate: r.recent_rate,
                baseline_rate: r.baseline_rate,
                window_periods: WINDOW,
                baseline_periods: *nb,
                summary,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn weeks_start_on_monday_and_months_on_the_first() {
        assert_eq!(Period::Week.start_of(d("2024-03-14")), d("2024-03-11"));
        assert_eq!(Period::Month.start_of(d("2024-03-14")), d("2024-03-01"));
        assert_eq!(Period::Month.next(d("2024-01-01")), d("2024-02-01"));
    }

    #[test]
    fn dense_series_fills_quiet_weeks_with_zero() {
        let mut m = BTreeMap::new();
        m.insert(d("2024-03-04"), 2);
        m.insert(d("2024-03-25"), 1);
        let s = dense_series(Period::Week, &m, None);
        let counts: Vec<u64> = s.iter().map(|p| p.count).collect();
        assert_eq!(counts, vec![2, 0, 0, 1]);
    }

    fn series(key: &str, counts: &[u64]) -> TrendSeries {
        TrendSeries {
            key: key.into(),
            total: counts.iter().sum(),
            points: counts
                .iter()
                .enumerate()
                .map(|(i, &count)| TrendPoint {
                    start: d("2024-01-01") + Duration::days(7 * i as i64),
                    count,
                })
                .collect(),
            resurgence: None,
        }
    }

    #[test]
    fn resurgence_flags_a_clear_rise_and_not_a_flat_series() {
        let mut s = vec![
            series("up", &[2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 15, 18, 20, 16]),
            series("flat", &[5; 16]),
            series("short", &[1, 2]),
        ];
        attach_resurgence(&mut s, Period::Week);
        let up = s[0].resurgence.as_ref().unwrap();
        assert_eq!(up.signal, "rising", "{up:?}");
        assert!(up.q_value < ALPHA);
        assert_eq!((up.window_periods, up.baseline_periods), (4, 12));
        assert_eq!(s[1].resurgence.as_ref().unwrap().signal, "stable");
        assert!(s[2].resurgence.is_none());
    }

    #[test]
    fn detail_shows_a_sentence_shared_by_two_reports_once() {
        let a = vigil_core::Article::new("Head\nGunmen attacked a village and burned it.".into());
        let r = Record::new(Kind::Event, &a, [5, a.text.len()]);
        let item = |id| Item {
            id,
            event_id: Some(1),
            reports: None,
            record: r.clone(),
        };
        let d = assemble_detail(item(1), vec![item(2)], |_| None);
        assert_eq!(d.sentences.len(), 1);
        assert_eq!(
            d.sentences[0].text,
            "Gunmen attacked a village and burned it."
        );
        assert_eq!(d.merged.len(), 1);
        assert_eq!(d.sources.len(), 1);
    }

    #[test]
    fn series_of_one_request_share_their_last_period() {
        let mut a = BTreeMap::new();
        a.insert(d("2024-01-01"), 3);
        let mut b = BTreeMap::new();
        b.insert(d("2024-01-01"), 1);
        b.insert(d("2024-02-05"), 1);
        let mut g = HashMap::new();
        g.insert("a".to_string(), a);
        g.insert("b".to_string(), b);
        let req = TrendRequest {
            by: GroupBy::Country,
            period: Period::Week,
            filter: Filter::default(),
            top: 5,
        };
        let s = top_series(g, &req);
        assert_eq!(s[0].key, "a");
        assert_eq!(s[0].points.len(), s[1].points.len());
        assert_eq!(s[0].points.last().unwrap().count, 0);
    }
}
