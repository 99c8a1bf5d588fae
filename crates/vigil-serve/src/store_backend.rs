//! [`Backend`] over a `vigil_store` SQLite database.
//!
//! Events in the API are the merged events of `vigil-dedup` (one row per
//! incident, its representative report's sentence and fields); a database
//! that was never deduplicated falls back to raw event reports so it still
//! shows something. Claims are never merged and are always raw records.
//!
//! `rusqlite::Connection` is not `Sync`, so the backend holds a small pool of
//! read-only connections, one per concurrent request at most.

use crate::backend::{
    assemble_detail, top_series, Backend, CountryRow, Detail, Filter, GroupBy, Item, Page,
    SourceRef, SourceRow, TrendRequest, TrendSeries,
};
use crate::Error;
use chrono::NaiveDate;
use rusqlite::types::Value as SqlValue;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};
use vigil_core::Kind;
use vigil_store::{Query, Store, StoredEvent, StoredRecord};

impl From<vigil_store::Error> for Error {
    fn from(e: vigil_store::Error) -> Self {
        Error::Backend(e.to_string())
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::Backend(e.to_string())
    }
}

pub struct StoreBackend {
    pool: Vec<Mutex<Store>>,
    next: AtomicUsize,
    /// Whether merged events exist; decided when opened.
    merged: bool,
}

impl StoreBackend {
    /// Opens `connections` read-only connections to the database at `path`.
    pub fn open(path: &Path, connections: usize) -> Result<StoreBackend, Error> {
        if !path.exists() {
            return Err(Error::Backend(format!(
                "no database at {} (create one with `vigil ingest` or `vigil demo`)",
                path.display()
            )));
        }
        let pool = (0..connections.max(1))
            .map(|_| Store::open_read_only(path).map(Mutex::new))
            .collect::<Result<Vec<_>, _>>()?;
        let merged = {
            let s = lock(&pool[0]);
            let n: i64 =
                s.connection()
                    .query_row("SELECT EXISTS (SELECT 1 FROM events)", [], |r| r.get(0))?;
            n != 0
        };
        if !merged {
            tracing::warn!("no merged events in the database: serving raw event reports");
        }
        Ok(StoreBackend {
            pool,
            next: AtomicUsize::new(0),
            merged,
        })
    }

    /// Whether events are served merged (deduplicated).
    pub fn merged(&self) -> bool {
        self.merged
    }

    /// A free connection if there is one, else waits for the next in turn.
    fn conn(&self) -> MutexGuard<'_, Store> {
        let n = self.pool.len();
        let start = self.next.fetch_add(1, Ordering::Relaxed);
        for i in 0..n {
            if let Ok(g) = self.pool[(start + i) % n].try_lock() {
                return g;
            }
        }
        lock(&self.pool[start % n])
    }
}

/// A poisoned lock only means another request panicked mid-query; the
/// connection itself is still usable.
fn lock(m: &Mutex<Store>) -> MutexGuard<'_, Store> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn query_of(f: &Filter) -> Result<Query, Error> {
    let offset = u32::try_from(f.offset)
        .map_err(|_| Error::BadRequest(format!("invalid 'offset': {} is too large", f.offset)))?;
    Ok(Query {
        kind: f.kind,
        country: f.country.clone(),
        actor: f.actor.clone(),
        event_type: f.event_type.clone(),
        since: f.since,
        until: f.until,
        limit: Some(f.limit),
        offset: Some(offset),
    })
}

fn item_of(r: StoredRecord) -> Item {
    Item {
        id: r.id,
        event_id: r.event_id,
        reports: None,
        record: r.record,
    }
}

/// The API view of a merged event: its representative report's record with
/// the event's consolidated date, place, actors and casualty figures.
fn event_item(e: &StoredEvent, rep: StoredRecord) -> Item {
    let m = &e.event;
    let mut r = rep.record;
    r.event_type = m.event_type.clone().or(r.event_type);
    r.sub_event_type = m.sub_event_type.clone().or(r.sub_event_type);
    r.date = m.date.or(r.date);
    r.date_precision = m.date_precision.or(r.date_precision);
    r.country = m.country.clone().or(r.country);
    r.country_code = m.country_code.clone().or(r.country_code);
    r.admin1 = m.admin1.clone().or(r.admin1);
    r.location = m.location.clone().or(r.location);
    r.latitude = m.latitude.or(r.latitude);
    r.longitude = m.longitude.or(r.longitude);
    r.geo_precision = m.geo_precision.or(r.geo_precision);
    r.actor1 = m.actor1.clone().or(r.actor1);
    r.actor2 = m.actor2.clone().or(r.actor2);
    r.fatalities = m.fatalities_best.or(r.fatalities);
    r.fatalities_low = m.fatalities_low.or(r.fatalities_low);
    r.fatalities_high = m.fatalities_high.or(r.fatalities_high);
    Item {
        id: m.id,
        event_id: Some(m.id),
        reports: Some(m.members.len() as u32),
        record: r,
    }
}

fn source_ref(store: &Store, article_id: &str) -> Option<SourceRef> {
    let a = store.article(article_id).ok()??;
    Some(SourceRef {
        article_id: a.id,
        title: a.title,
        url: a.url,
        publisher: a.publisher,
        published: a.published,
    })
}

/// `WHERE` for the queries the store does not offer (aggregates, bbox),
/// mirroring its filter semantics: a two-letter country is an ISO code and
/// text is matched case-insensitively by the columns' NOCASE collation.
///
/// `bbox` on `records` tests the report's coordinates; on `events` (which
/// keeps none) an event is inside when any of its reports is.
fn where_sql(f: &Filter, with_kind: Option<Kind>, table: &str) -> (String, Vec<SqlValue>) {
    let mut conds: Vec<&str> = Vec::new();
    let mut args: Vec<SqlValue> = Vec::new();
    if let Some(k) = with_kind {
        conds.push("kind = ?");
        args.push(k.as_str().to_string().into());
    }
    if let Some(c) = &f.country {
        if c.len() == 2 && c.bytes().all(|b| b.is_ascii_alphabetic()) {
            conds.push("country_code = ?");
        } else {
            conds.push("country = ?");
        }
        args.push(c.clone().into());
    }
    if let Some(a) = &f.actor {
        conds.push("(actor1 = ? OR actor2 = ?)");
        args.push(a.clone().into());
        args.push(a.clone().into());
    }
    if let Some(t) = &f.event_type {
        conds.push("event_type = ?");
        args.push(t.clone().into());
    }
    if let Some(d) = f.since {
        conds.push("date >= ?");
        args.push(d.to_string().into());
    }
    if let Some(d) = f.until {
        conds.push("date <= ?");
        args.push(d.to_string().into());
    }
    if let Some(b) = &f.bbox {
        conds.push(if table == "events" {
            "id IN (SELECT event_id FROM records WHERE event_id IS NOT NULL
                    AND latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?)"
        } else {
            "latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?"
        });
        for v in [b.south, b.north, b.west, b.east] {
            args.push(v.into());
        }
    }
    if conds.is_empty() {
        (String::new(), args)
    } else {
        (format!("WHERE {}", conds.join(" AND ")), args)
    }
}

/// Total and one page of ids from `table` by [`where_sql`]: the path for
/// filters the store's own queries do not take (bbox). No index covers
/// coordinates, so this scans; bbox is an occasional filter.
fn page_ids(
    s: &Store,
    table: &str,
    kind: Option<Kind>,
    f: &Filter,
    known_total: Option<u64>,
) -> Result<(u64, Vec<i64>), Error> {
    let (w, args) = where_sql(f, kind, table);
    let total = match known_total {
        Some(t) => t,
        None => {
            let mut st = s
                .connection()
                .prepare_cached(&format!("SELECT COUNT(*) FROM {table} {w}"))?;
            let n: i64 = st.query_row(rusqlite::params_from_iter(args.iter()), |r| r.get(0))?;
            n.max(0) as u64
        }
    };
    let mut page_args = args;
    page_args.push(i64::from(f.limit).into());
    page_args.push(i64::try_from(f.offset).unwrap_or(i64::MAX).into());
    let mut st = s.connection().prepare_cached(&format!(
        "SELECT id FROM {table} {w} ORDER BY date DESC, id DESC LIMIT ? OFFSET ?"
    ))?;
    let ids = st
        .query_map(rusqlite::params_from_iter(page_args.iter()), |r| {
            r.get::<_, i64>(0)
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok((total, ids))
}

impl StoreBackend {
    fn list_records(&self, f: &Filter, known_total: Option<u64>) -> Result<Page, Error> {
        let q = query_of(f)?;
        let s = self.conn();
        if f.bbox.is_some() {
            let (total, ids) = page_ids(&s, "records", f.kind, f, known_total)?;
            let mut items = Vec::new();
            for id in ids {
                items.extend(s.record(id)?.map(item_of));
            }
            return Ok(Page {
                total,
                limit: f.limit,
                offset: f.offset,
                items,
            });
        }
        let total = match known_total {
            Some(t) => t,
            None => s.count(&q)?,
        };
        let items = s.query(&q)?.into_iter().map(item_of).collect();
        Ok(Page {
            total,
            limit: f.limit,
            offset: f.offset,
            items,
        })
    }

    /// Table and kind condition that hold the events for aggregates.
    fn event_table(&self) -> (&'static str, Option<Kind>) {
        if self.merged {
            ("events", None)
        } else {
            ("records", Some(Kind::Event))
        }
    }
}

/// One page of merged-event ids for an actor filter, newest first.
///
/// `actor1 = ? OR actor2 = ?` makes SQLite collect every match and sort it
/// (70 ms for a common actor on a million rows); taking the first
/// `offset + limit` rows from each (actor, date) index separately and merging
/// those reads only a page's worth from each.
fn actor_page_ids(s: &Store, actor: &str, f: &Filter) -> Result<Vec<i64>, Error> {
    let rest = Filter {
        actor: None,
        ..f.clone()
    };
    let (w, rest_args) = where_sql(&rest, None, "events");
    let extra = w
        .strip_prefix("WHERE ")
        .map(|c| format!("AND {c}"))
        .unwrap_or_default();
    let offset = i64::try_from(f.offset).unwrap_or(i64::MAX);
    let take = i64::from(f.limit).saturating_add(offset);
    let branch = |col: &str| {
        format!(
            "SELECT id, date FROM (SELECT id, date FROM events WHERE {col} = ? {extra}
             ORDER BY date DESC, id DESC LIMIT ?)"
        )
    };
    let sql = format!(
        "SELECT id FROM ({} UNION {}) ORDER BY date DESC, id DESC LIMIT ? OFFSET ?",
        branch("actor1"),
        branch("actor2")
    );
    use rusqlite::types::Value;
    let mut args: Vec<Value> = Vec::new();
    for _ in 0..2 {
        args.push(actor.to_string().into());
        args.extend(rest_args.iter().cloned());
        args.push(take.into());
    }
    args.push(i64::from(f.limit).into());
    args.push(offset.into());
    let mut st = s.connection().prepare_cached(&sql)?;
    let ids = st
        .query_map(rusqlite::params_from_iter(args.iter()), |r| {
            r.get::<_, i64>(0)
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(ids)
}

impl Backend for StoreBackend {
    fn list(&self, f: &Filter, known_total: Option<u64>) -> Result<Page, Error> {
        if !self.merged || f.kind != Some(Kind::Event) {
            return self.list_records(f, known_total);
        }
        let q = query_of(f)?;
        let s = self.conn();
        let (total, bbox_ids) = if f.bbox.is_some() {
            let (t, ids) = page_ids(&s, "events", None, f, known_total)?;
            (t, Some(ids))
        } else {
            match known_total {
                Some(t) => (t, None),
                None => (s.count_events(&q)?, None),
            }
        };
        let events = match (&f.actor, bbox_ids) {
            (_, Some(ids)) => {
                let mut v = Vec::new();
                for id in ids {
                    v.extend(s.event(id)?);
                }
                v
            }
            (Some(actor), None) => {
                let mut v = Vec::new();
                for id in actor_page_ids(&s, actor, f)? {
                    v.extend(s.event(id)?);
                }
                v
            }
            (None, None) => s.query_events(&q)?,
        };
        let mut items = Vec::new();
        for e in events {
            // A representative that vanished means a rebuild raced this read;
            // the event is skipped rather than failing the page.
            if let Some(rep) = s.record(e.event.representative)? {
                items.push(event_item(&e, rep));
            }
        }
        Ok(Page {
            total,
            limit: f.limit,
            offset: f.offset,
            items,
        })
    }

    fn count(&self, f: &Filter) -> Result<u64, Error> {
        let q = query_of(f)?;
        let s = self.conn();
        let merged_events = self.merged && f.kind == Some(Kind::Event);
        if f.bbox.is_some() {
            let table = if merged_events { "events" } else { "records" };
            let kind = if merged_events { None } else { f.kind };
            let one = Filter {
                limit: 0,
                ..f.clone()
            };
            return Ok(page_ids(&s, table, kind, &one, None)?.0);
        }
        if merged_events {
            Ok(s.count_events(&q)?)
        } else {
            Ok(s.count(&q)?)
        }
    }

    fn detail(&self, id: i64) -> Result<Option<Detail>, Error> {
        let s = self.conn();
        if self.merged {
            if let Some(e) = s.event(id)? {
                let Some(rep) = s.record(e.event.representative)? else {
                    return Ok(None);
                };
                let item = event_item(&e, rep);
                let mut merged = Vec::new();
                for &m in &e.event.members {
                    if m == e.event.representative {
                        continue;
                    }
                    if let Some(r) = s.record(m)? {
                        merged.push(item_of(r));
                    }
                }
                let mut d = assemble_detail(item, merged, |a| source_ref(&s, a));
                d.merge = Some(serde_json::json!({
                    "rule": e.event.explanation.rule,
                    "links": e.event.explanation.links,
                    "per_source": e.event.per_source,
                }));
                return Ok(Some(d));
            }
        }
        let Some(r) = s.record(id)? else {
            return Ok(None);
        };
        let mut merged = Vec::new();
        if let Some(eid) = r.event_id {
            if let Some(e) = s.event(eid)? {
                for &m in &e.event.members {
                    if m != id {
                        if let Some(r) = s.record(m)? {
                            merged.push(item_of(r));
                        }
                    }
                }
            }
        }
        Ok(Some(assemble_detail(item_of(r), merged, |a| {
            source_ref(&s, a)
        })))
    }

    fn sources(&self) -> Result<Vec<SourceRow>, Error> {
        let s = self.conn();
        let c = s.connection();
        let mut st = c.prepare_cached(
            "SELECT publisher, COUNT(*) FROM articles WHERE publisher IS NOT NULL GROUP BY publisher",
        )?;
        let articles: HashMap<String, u64> = st
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?
            .filter_map(Result::ok)
            .map(|(p, n)| (p, n.max(0) as u64))
            .collect();
        let mut st = c.prepare_cached(
            "SELECT COALESCE(publisher, source), kind, COUNT(*) FROM records
             WHERE COALESCE(publisher, source) IS NOT NULL GROUP BY 1, 2",
        )?;
        let mut rows: BTreeMap<String, SourceRow> = BTreeMap::new();
        let it = st.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        for x in it {
            let (p, kind, n) = x?;
            let row = rows.entry(p.clone()).or_insert_with(|| SourceRow {
                articles: articles.get(&p).copied().unwrap_or(0),
                publisher: p,
                events: 0,
                claims: 0,
            });
            if kind == "claim" {
                row.claims += n.max(0) as u64;
            } else {
                row.events += n.max(0) as u64;
            }
        }
        let mut out: Vec<SourceRow> = rows.into_values().collect();
        out.sort_by_key(|r| std::cmp::Reverse(r.events + r.claims));
        Ok(out)
    }

    fn countries(&self, f: &Filter) -> Result<Vec<CountryRow>, Error> {
        let s = self.conn();
        let c = s.connection();
        let mut by: HashMap<String, CountryRow> = HashMap::new();
        fn row(
            by: &mut HashMap<String, CountryRow>,
            country: String,
            code: Option<String>,
        ) -> &mut CountryRow {
            by.entry(country.clone()).or_insert_with(|| CountryRow {
                country,
                country_code: code,
                events: 0,
                claims: 0,
                fatalities: 0,
            })
        }
        if f.kind != Some(Kind::Claim) {
            let (table, kind) = self.event_table();
            let (w, args) = where_sql(f, kind, table);
            let sql = format!(
                "SELECT country, MAX(country_code), COUNT(*), COALESCE(SUM(fatalities), 0)
                 FROM {table} {w} {} country IS NOT NULL GROUP BY country",
                if w.is_empty() { "WHERE" } else { "AND" }
            );
            let mut st = c.prepare_cached(&sql)?;
            let it = st.query_map(rusqlite::params_from_iter(args.iter()), |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, i64>(3)?,
                ))
            })?;
            for x in it {
                let (country, code, n, dead) = x?;
                let e = row(&mut by, country, code);
                e.events += n.max(0) as u64;
                e.fatalities += dead.max(0) as u64;
            }
        }
        if f.kind != Some(Kind::Event) {
            let (w, args) = where_sql(f, Some(Kind::Claim), "records");
            let sql = format!(
                "SELECT country, MAX(country_code), COUNT(*) FROM records {w}
                 AND country IS NOT NULL GROUP BY country"
            );
            let mut st = c.prepare_cached(&sql)?;
            let it = st.query_map(rusqlite::params_from_iter(args.iter()), |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })?;
            for x in it {
                let (country, code, n) = x?;
                row(&mut by, country, code).claims += n.max(0) as u64;
            }
        }
        let mut rows: Vec<CountryRow> = by.into_values().collect();
        rows.sort_by(|a, b| {
            (b.events + b.claims)
                .cmp(&(a.events + a.claims))
                .then(a.country.cmp(&b.country))
        });
        Ok(rows)
    }

    fn trends(&self, req: &TrendRequest) -> Result<Vec<TrendSeries>, Error> {
        let (table, kind) = if req.filter.kind == Some(Kind::Claim) {
            ("records", Some(Kind::Claim))
        } else {
            self.event_table()
        };
        let cols: &[&str] = match req.by {
            GroupBy::Country => &["country"],
            GroupBy::Type => &["event_type"],
            GroupBy::Actor => &["actor1", "actor2"],
        };
        let s = self.conn();
        let c = s.connection();
        let mut groups: HashMap<String, BTreeMap<NaiveDate, u64>> = HashMap::new();
        for col in cols {
            // Grouping by day in SQL keeps the rows read into Rust to
            // (groups × days) however many events there are.
            let (w, args) = where_sql(&req.filter, kind, table);
            let sql = format!(
                "SELECT {col}, date, COUNT(*) FROM {table} {w} {} {col} IS NOT NULL
                 AND date IS NOT NULL GROUP BY {col}, date",
                if w.is_empty() { "WHERE" } else { "AND" }
            );
            let mut st = c.prepare_cached(&sql)?;
            let it = st.query_map(rusqlite::params_from_iter(args.iter()), |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })?;
            for x in it {
                let (key, date, n) = x?;
                let Ok(d) = date.parse::<NaiveDate>() else {
                    continue;
                };
                *groups
                    .entry(key)
                    .or_default()
                    .entry(req.period.start_of(d))
                    .or_default() += n.max(0) as u64;
            }
        }
        Ok(top_series(groups, req))
    }
}
