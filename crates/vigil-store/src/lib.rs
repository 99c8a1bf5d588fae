//! vigil-store: the SQLite database behind `vigil ingest`, `vigil events` and
//! the HTTP API.
//!
//! - One transaction per article, so a crash mid-ingest loses nothing already
//!   committed, and re-ingesting an article (same content hash) is a no-op.
//! - Versioned migrations (`PRAGMA user_version`), WAL so readers (the HTTP
//!   server) never block the writer.
//! - Every column a query filters on is indexed together with `date`, so a
//!   filtered, date-ordered page is an index range scan even on 1M rows.
//! - Merged events (vigil-dedup) live in their own table with the same
//!   filter columns; `records.event_id` points each report at its event.

pub mod export;

use chrono::NaiveDate;
use rusqlite::{params, params_from_iter, Connection, OpenFlags, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use vigil_core::{Article, DatePrecision, Evidence, GeoPrecision, Kind, Record};
use vigil_dedup::{MergedEvent, Report};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("JSON error: {0}")]
    Json(#[from] serde_json::Error),
    #[error("CSV error: {0}")]
    Csv(#[from] csv::Error),
    #[error("I/O error: {0}")]
    Io(#[from] std::io::Error),
    #[error(
        "database schema version {found} is newer than this vigil ({supported}); upgrade vigil"
    )]
    SchemaTooNew { found: u32, supported: u32 },
    #[error("database schema version {found} is older than {supported}; open it read-write once (e.g. `vigil ingest`) to migrate")]
    SchemaTooOld { found: u32, supported: u32 },
    #[error("corrupt row: {0}")]
    Corrupt(String),
    #[error("dedup: {0}")]
    Dedup(#[from] vigil_dedup::Error),
}

/// Migration `i` takes the schema from version `i` to `i + 1`. Never edit a
/// shipped migration; append a new one.
const MIGRATIONS: &[&str] = &[
    // v1
    r#"
    CREATE TABLE articles (
        id          TEXT PRIMARY KEY,
        title       TEXT,
        text        TEXT NOT NULL,
        published   TEXT,
        url         TEXT,
        publisher   TEXT,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
    );
    CREATE TABLE records (
        id              INTEGER PRIMARY KEY,
        article_id      TEXT NOT NULL REFERENCES articles(id),
        kind            TEXT NOT NULL,
        event_type      TEXT COLLATE NOCASE,
        sub_event_type  TEXT,
        cameo           TEXT,
        date            TEXT,
        date_precision  TEXT,
        country         TEXT COLLATE NOCASE,
        country_code    TEXT COLLATE NOCASE,
        admin1          TEXT COLLATE NOCASE,
        location        TEXT,
        latitude        REAL,
        longitude       REAL,
        geo_precision   TEXT,
        actor1          TEXT COLLATE NOCASE,
        actor2          TEXT COLLATE NOCASE,
        fatalities      INTEGER,
        fatalities_low  INTEGER,
        fatalities_high INTEGER,
        wounded         INTEGER,
        detained        INTEGER,
        source          TEXT,
        publisher       TEXT,
        text            TEXT NOT NULL,
        span_start      INTEGER NOT NULL,
        span_end        INTEGER NOT NULL,
        confidence      REAL NOT NULL,
        evidence        TEXT,
        event_id        INTEGER
    );
    CREATE INDEX records_date ON records(date);
    CREATE INDEX records_kind_date ON records(kind, date);
    CREATE INDEX records_country_date ON records(country, date);
    CREATE INDEX records_cc_date ON records(country_code, date);
    CREATE INDEX records_country_type_date ON records(country, event_type, date);
    CREATE INDEX records_type_date ON records(event_type, date);
    CREATE INDEX records_actor1_date ON records(actor1, date);
    CREATE INDEX records_actor2_date ON records(actor2, date);
    CREATE INDEX records_article ON records(article_id);
    CREATE INDEX records_event ON records(event_id);

    CREATE TABLE events (
        id              INTEGER PRIMARY KEY,
        event_type      TEXT COLLATE NOCASE,
        date            TEXT,
        country         TEXT COLLATE NOCASE,
        country_code    TEXT COLLATE NOCASE,
        admin1          TEXT COLLATE NOCASE,
        actor1          TEXT COLLATE NOCASE,
        actor2          TEXT COLLATE NOCASE,
        fatalities      INTEGER,
        n_reports       INTEGER NOT NULL,
        n_sources       INTEGER NOT NULL,
        notes           TEXT NOT NULL,
        detail          TEXT NOT NULL
    );
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_country_date ON events(country, date);
    CREATE INDEX events_cc_date ON events(country_code, date);
    CREATE INDEX events_country_type_date ON events(country, event_type, date);
    CREATE INDEX events_type_date ON events(event_type, date);
    CREATE INDEX events_actor1_date ON events(actor1, date);
    CREATE INDEX events_actor2_date ON events(actor2, date);

    -- Maintained on insert so /sources does not scan a million rows.
    CREATE TABLE source_counts (
        source  TEXT PRIMARY KEY,
        records INTEGER NOT NULL
    );
    "#,
    // v2: covering filter indexes. Each starts with one filter column, then
    // (date, id) so a filtered page is read in order straight off the index,
    // then every other filter column so counts and extra filters never touch
    // the table. Also a fingerprint per event so re-merging rewrites only
    // the events that changed.
    r#"
    DROP INDEX records_date;
    DROP INDEX records_kind_date;
    DROP INDEX records_country_date;
    DROP INDEX records_cc_date;
    DROP INDEX records_country_type_date;
    DROP INDEX records_type_date;
    DROP INDEX records_actor1_date;
    DROP INDEX records_actor2_date;
    CREATE INDEX records_f_date ON records(date, id, kind, country, country_code, event_type, actor1, actor2);
    CREATE INDEX records_f_kind ON records(kind, date, id, country, country_code, event_type, actor1, actor2);
    CREATE INDEX records_f_country ON records(country, date, id, kind, country_code, event_type, actor1, actor2);
    CREATE INDEX records_f_cc ON records(country_code, date, id, kind, country, event_type, actor1, actor2);
    CREATE INDEX records_f_type ON records(event_type, date, id, kind, country, country_code, actor1, actor2);
    CREATE INDEX records_f_actor1 ON records(actor1, date, id, kind, country, country_code, event_type, actor2);
    CREATE INDEX records_f_actor2 ON records(actor2, date, id, kind, country, country_code, event_type, actor1);

    DROP INDEX events_date;
    DROP INDEX events_country_date;
    DROP INDEX events_cc_date;
    DROP INDEX events_country_type_date;
    DROP INDEX events_type_date;
    DROP INDEX events_actor1_date;
    DROP INDEX events_actor2_date;
    CREATE INDEX events_f_date ON events(date, id, country, country_code, event_type, actor1, actor2);
    CREATE INDEX events_f_country ON events(country, date, id, country_code, event_type, actor1, actor2);
    CREATE INDEX events_f_cc ON events(country_code, date, id, country, event_type, actor1, actor2);
    CREATE INDEX events_f_type ON events(event_type, date, id, country, country_code, actor1, actor2);
    CREATE INDEX events_f_actor1 ON events(actor1, date, id, country, country_code, event_type, actor2);
    CREATE INDEX events_f_actor2 ON events(actor2, date, id, country, country_code, event_type, actor1);
    ALTER TABLE events ADD COLUMN fingerprint INTEGER;
    "#,
];

pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// Filters shared by `vigil events`, the HTTP API and trends. Text filters
/// are exact, case-insensitive; a two-letter `country` is an ISO code.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct Query {
    pub kind: Option<Kind>,
    pub country: Option<String>,
    /// Matches actor1 or actor2.
    pub actor: Option<String>,
    pub event_type: Option<String>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub limit: Option<u32>,
    pub offset: Option<u32>,
}

/// A record as stored, with its row id and the merged event it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredRecord {
    pub id: i64,
    pub record: Record,
    pub event_id: Option<i64>,
}

/// A merged event as stored, with the sentence of its representative report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredEvent {
    #[serde(flatten)]
    pub event: MergedEvent,
    pub notes: String,
}

/// What `rebuild_events` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DedupStats {
    pub reports: u64,
    pub events: u64,
}

/// The default page size when a query gives no limit: enough for a screen,
/// small enough that an unbounded query cannot pull a million rows.
pub const DEFAULT_LIMIT: u32 = 100;

pub struct Store {
    conn: Connection,
}

const RECORD_COLS: &str = "id, article_id, kind, event_type, sub_event_type, cameo, date, \
    date_precision, country, country_code, admin1, location, latitude, longitude, geo_precision, \
    actor1, actor2, fatalities, fatalities_low, fatalities_high, wounded, detained, source, \
    publisher, text, span_start, span_end, confidence, evidence, event_id";

impl Store {
    /// Opens (creating if needed) a database file and migrates it.
    pub fn open(path: &Path) -> Result<Store, Error> {
        let conn = Connection::open(path)?;
        // WAL lets the HTTP server read while ingest writes; NORMAL sync is
        // still crash-safe in WAL mode (only an OS crash can lose the last
        // commits, never corrupt the file).
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // 64 MiB of page cache: index updates on a large database stay in
        // memory instead of re-reading pages for every article.
        conn.pragma_update(None, "cache_size", -65536)?;
        // Checkpoint every ~40 MB of WAL instead of SQLite's 4 MB: the same
        // index pages are rewritten by many transactions in between and then
        // reach the database file (and its fsync) once. Ingest writes ~1.8x
        // faster (examples/insert_speed); the WAL is folded back and removed
        // when the last connection closes.
        conn.pragma_update(None, "wal_autocheckpoint", 10_000)?;
        Self::setup(conn)
    }

    pub fn open_in_memory() -> Result<Store, Error> {
        Self::setup(Connection::open_in_memory()?)
    }

    /// Opens an existing database for reading only (the HTTP server). Fails if
    /// the schema is not the current one rather than migrating behind the
    /// writer's back.
    pub fn open_read_only(path: &Path) -> Result<Store, Error> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let v: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if v > SCHEMA_VERSION {
            return Err(Error::SchemaTooNew {
                found: v,
                supported: SCHEMA_VERSION,
            });
        }
        if v < SCHEMA_VERSION {
            return Err(Error::SchemaTooOld {
                found: v,
                supported: SCHEMA_VERSION,
            });
        }
        Ok(Store { conn })
    }

    /// Migrates the database at `path` to the current schema if it is older,
    /// returning the versions (from, to) when it did. Readers call this before
    /// [`Store::open_read_only`] so a database written by an older vigil is
    /// upgraded once instead of refused; a current one is not opened for
    /// writing at all.
    pub fn upgrade(path: &Path) -> Result<Option<(u32, u32)>, Error> {
        match Store::open_read_only(path) {
            Err(Error::SchemaTooOld { found, supported }) => {
                Store::open(path)?;
                Ok(Some((found, supported)))
            }
            Err(e) => Err(e),
            Ok(_) => Ok(None),
        }
    }

    fn setup(mut conn: Connection) -> Result<Store, Error> {
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let v: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if v > SCHEMA_VERSION {
            return Err(Error::SchemaTooNew {
                found: v,
                supported: SCHEMA_VERSION,
            });
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(v as usize) {
            // Each migration and its version bump commit together.
            let tx = conn.transaction()?;
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", (i + 1) as u32)?;
            tx.commit()?;
        }
        Ok(Store { conn })
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<u32, Error> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Stores an article and its records in one transaction. Returns false,
    /// changing nothing, when an article with the same id is already stored.
    /// Records are attached to `a` whatever their `article_id` says.
    pub fn insert_article(&mut self, a: &Article, records: &[Record]) -> Result<bool, Error> {
        let tx = self.conn.transaction()?;
        let new = insert_in(&tx, a, records)?;
        if new {
            tx.commit()?;
        }
        // else dropping `tx` rolls back (nothing was written)
        Ok(new)
    }

    /// Stores several articles in one transaction (all or none), returning
    /// which were new. Much faster than one transaction each — every commit
    /// rewrites the index pages it touched — at the price of losing the
    /// whole uncommitted batch on a crash (a re-run picks it up again).
    pub fn insert_articles(
        &mut self,
        items: &[(Article, Vec<Record>)],
    ) -> Result<Vec<bool>, Error> {
        let tx = self.conn.transaction()?;
        let mut out = Vec::with_capacity(items.len());
        for (a, records) in items {
            out.push(insert_in(&tx, a, records)?);
        }
        tx.commit()?;
        Ok(out)
    }

    /// Raw records (reports and claims), newest first.
    pub fn query(&self, q: &Query) -> Result<Vec<StoredRecord>, Error> {
        let mut out = Vec::new();
        self.for_each_record(q, |r| {
            out.push(r);
            Ok(())
        })?;
        Ok(out)
    }

    /// Like [`Store::query`] but hands rows to `f` one at a time, so an
    /// export of a million rows does not hold them all in memory.
    pub fn for_each_record<F>(&self, q: &Query, mut f: F) -> Result<(), Error>
    where
        F: FnMut(StoredRecord) -> Result<(), Error>,
    {
        let (sql, args) = page_sql("records", RECORD_COLS, q, true);
        let mut st = self.conn.prepare_cached(&sql)?;
        let rows = st.query_map(params_from_iter(args.iter()), row_to_record)?;
        for r in rows {
            f(r??)?;
        }
        Ok(())
    }

    pub fn count(&self, q: &Query) -> Result<u64, Error> {
        count_table(&self.conn, "records", q, true)
    }

    pub fn record(&self, id: i64) -> Result<Option<StoredRecord>, Error> {
        let sql = format!("SELECT {RECORD_COLS} FROM records WHERE id = ?1");
        let mut st = self.conn.prepare_cached(&sql)?;
        match st.query_row([id], row_to_record).optional()? {
            Some(r) => Ok(Some(r?)),
            None => Ok(None),
        }
    }

    /// Records of one article, in span order.
    pub fn article_records(&self, article_id: &str) -> Result<Vec<StoredRecord>, Error> {
        let sql = format!(
            "SELECT {RECORD_COLS} FROM records WHERE article_id = ?1 ORDER BY span_start, id"
        );
        let mut st = self.conn.prepare_cached(&sql)?;
        let rows = st.query_map([article_id], row_to_record)?;
        let mut out = Vec::new();
        for r in rows {
            out.push(r??);
        }
        Ok(out)
    }

    pub fn article(&self, id: &str) -> Result<Option<Article>, Error> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, title, text, published, url, publisher FROM articles WHERE id = ?1",
        )?;
        let a = st
            .query_row([id], |r| {
                Ok(Article {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    text: r.get(2)?,
                    published: r
                        .get::<_, Option<String>>(3)?
                        .and_then(|s| s.parse::<NaiveDate>().ok()),
                    url: r.get(4)?,
                    publisher: r.get(5)?,
                })
            })
            .optional()?;
        Ok(a)
    }

    /// Whether an article with this id is stored (lets ingest skip
    /// extraction for articles it has already seen).
    pub fn has_article(&self, id: &str) -> Result<bool, Error> {
        let mut st = self
            .conn
            .prepare_cached("SELECT 1 FROM articles WHERE id = ?1")?;
        Ok(st.exists([id])?)
    }

    pub fn article_count(&self) -> Result<u64, Error> {
        let n: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM articles", [], |r| r.get(0))?;
        Ok(n.max(0) as u64)
    }

    /// Every source (the outlet, else the quoted source) with its number of
    /// records, most prolific first.
    pub fn sources(&self) -> Result<Vec<(String, u64)>, Error> {
        let mut st = self.conn.prepare_cached(
            "SELECT source, records FROM source_counts ORDER BY records DESC, source",
        )?;
        let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        let mut out = Vec::new();
        for r in rows {
            let (s, n) = r?;
            out.push((s, n.max(0) as u64));
        }
        Ok(out)
    }

    /// Merged events, newest first. `q.kind == Some(Claim)` matches nothing:
    /// claims are never merged.
    pub fn query_events(&self, q: &Query) -> Result<Vec<StoredEvent>, Error> {
        let mut out = Vec::new();
        self.for_each_event(q, |e| {
            out.push(e);
            Ok(())
        })?;
        Ok(out)
    }

    /// Like [`Store::query_events`], one event at a time.
    pub fn for_each_event<F>(&self, q: &Query, mut f: F) -> Result<(), Error>
    where
        F: FnMut(StoredEvent) -> Result<(), Error>,
    {
        if q.kind == Some(Kind::Claim) {
            return Ok(());
        }
        let (sql, args) = page_sql("events", "detail, notes", q, false);
        let mut st = self.conn.prepare_cached(&sql)?;
        let rows = st.query_map(params_from_iter(args.iter()), |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        for r in rows {
            let (detail, notes) = r?;
            f(StoredEvent {
                event: serde_json::from_str(&detail)?,
                notes,
            })?;
        }
        Ok(())
    }

    pub fn count_events(&self, q: &Query) -> Result<u64, Error> {
        if q.kind == Some(Kind::Claim) {
            return Ok(0);
        }
        count_table(&self.conn, "events", q, false)
    }

    pub fn event(&self, id: i64) -> Result<Option<StoredEvent>, Error> {
        let mut st = self
            .conn
            .prepare_cached("SELECT detail, notes FROM events WHERE id = ?1")?;
        let row = st
            .query_row([id], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })
            .optional()?;
        match row {
            Some((detail, notes)) => Ok(Some(StoredEvent {
                event: serde_json::from_str(&detail)?,
                notes,
            })),
            None => Ok(None),
        }
    }

    /// Every stored event report in the compact form the merger needs.
    pub fn reports(&self) -> Result<Vec<Report>, Error> {
        self.reports_where("", [])
    }

    /// The event reports passing `filter` (SQL appended after
    /// `kind = 'event'`, with `args` bound to it).
    fn reports_where<P: rusqlite::Params>(
        &self,
        filter: &str,
        args: P,
    ) -> Result<Vec<Report>, Error> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT id, event_type, sub_event_type, date, date_precision, country, country_code,
                    admin1, location, latitude, longitude, geo_precision, actor1, actor2,
                    fatalities, fatalities_low, fatalities_high,
                    COALESCE(publisher, source, 'article:' || article_id), article_id, confidence
             FROM records WHERE kind = 'event' {filter}"
        ))?;
        let rows = st.query_map(args, |r| {
            Ok(Report {
                id: r.get(0)?,
                event_type: r.get(1)?,
                sub_event_type: r.get(2)?,
                date: parse_date(r.get(3)?),
                date_precision: r.get::<_, Option<String>>(4)?.and_then(|s| date_prec(&s)),
                country: r.get(5)?,
                country_code: r.get(6)?,
                admin1: r.get(7)?,
                location: r.get(8)?,
                latitude: r.get(9)?,
                longitude: r.get(10)?,
                geo_precision: r.get::<_, Option<String>>(11)?.and_then(|s| geo_prec(&s)),
                actor1: r.get(12)?,
                actor2: r.get(13)?,
                fatalities: get_u32(r, 14)?,
                fatalities_low: get_u32(r, 15)?,
                fatalities_high: get_u32(r, 16)?,
                source: r.get(17)?,
                article_id: r.get(18)?,
                confidence: r.get::<_, f64>(19)? as f32,
            })
        })?;
        let mut out = Vec::new();
        for r in rows {
            out.push(r?);
        }
        Ok(out)
    }

    /// Re-runs the merger over all event reports and replaces the stored
    /// events, in one transaction (readers see the old or the new set, never
    /// a mix). Event ids are the smallest member id, so they are stable
    /// across rebuilds unless an older report joins.
    pub fn rebuild_events(&mut self) -> Result<DedupStats, Error> {
        let reports = self.reports()?;
        let events = vigil_dedup::merge(&reports);
        self.replace_events(&events)?;
        Ok(DedupStats {
            reports: reports.len() as u64,
            events: events.len() as u64,
        })
    }

    /// Merges the event reports that belong to no event yet (a new ingest,
    /// or one run with `--no-dedup`) and gives the same events as
    /// [`Store::rebuild_events`], but re-merges only the blocks (country and
    /// event type) those reports fall in: reports of different blocks never
    /// merge, so the other blocks' events cannot change. A small ingest into
    /// a large database thus reads and rewrites a small part of it.
    pub fn update_events(&mut self) -> Result<DedupStats, Error> {
        let fresh = self.reports_where("AND event_id IS NULL", [])?;
        if fresh.is_empty() {
            return Ok(DedupStats {
                reports: 0,
                events: 0,
            });
        }
        let blocks: HashSet<(String, String)> =
            fresh.iter().filter_map(vigil_dedup::block_key).collect();
        // The stored spellings of each block ("Iraq", "iraq ") so the
        // indexed (country, event_type) lookup finds all of its reports.
        let mut pairs: Vec<(String, String)> = Vec::new();
        {
            let mut st = self.conn.prepare(
                "SELECT DISTINCT country, event_type FROM records
                 WHERE kind = 'event' AND country IS NOT NULL AND event_type IS NOT NULL",
            )?;
            let rows =
                st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
            for r in rows {
                let (c, t) = r?;
                if vigil_dedup::block_of(&c, &t).is_some_and(|key| blocks.contains(&key)) {
                    pairs.push((c, t));
                }
            }
        }
        let mut reports = Vec::new();
        let mut scope: HashSet<i64> = HashSet::new();
        for (c, t) in &pairs {
            reports
                .extend(self.reports_where("AND country = ?1 AND event_type = ?2", params![c, t])?);
            let mut st = self.conn.prepare_cached(
                "SELECT DISTINCT event_id FROM records
                 WHERE kind = 'event' AND country = ?1 AND event_type = ?2
                   AND event_id IS NOT NULL",
            )?;
            let ids = st.query_map(params![c, t], |r| r.get::<_, i64>(0))?;
            for id in ids {
                scope.insert(id?);
            }
        }
        // New reports outside every block (no day-precise date, country or
        // type) become events of their own.
        let loaded: HashSet<i64> = reports.iter().map(|r| r.id).collect();
        reports.extend(fresh.into_iter().filter(|r| !loaded.contains(&r.id)));
        let events = vigil_dedup::merge(&reports);
        self.apply_events(&events, Some(&scope))?;
        Ok(DedupStats {
            reports: reports.len() as u64,
            events: events.len() as u64,
        })
    }

    /// Whether some event report belongs to no merged event: an ingest ran
    /// with `--no-dedup` or was interrupted while merging.
    pub fn events_stale(&self) -> Result<bool, Error> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM records WHERE event_id IS NULL AND kind = 'event')",
            [],
            |r| r.get(0),
        )?)
    }

    /// Makes the stored merged events equal to `events`. Only events whose
    /// content changed are rewritten (compared by fingerprint), so re-merging
    /// after a small ingest into a large database writes little.
    pub fn replace_events(&mut self, events: &[MergedEvent]) -> Result<(), Error> {
        self.apply_events(events, None)
    }

    /// Makes the stored events with ids in `scope` (all events when `None`)
    /// equal to `events`; events outside the scope are left as they are.
    fn apply_events(
        &mut self,
        events: &[MergedEvent],
        scope: Option<&HashSet<i64>>,
    ) -> Result<(), Error> {
        let tx = self.conn.transaction()?;
        let mut old: HashMap<i64, Option<i64>> = HashMap::new();
        match scope {
            None => {
                let mut st = tx.prepare("SELECT id, fingerprint FROM events")?;
                let rows = st.query_map([], |r| {
                    Ok((r.get::<_, i64>(0)?, r.get::<_, Option<i64>>(1)?))
                })?;
                for r in rows {
                    let (id, fp) = r?;
                    old.insert(id, fp);
                }
            }
            Some(ids) => {
                let mut st = tx.prepare_cached("SELECT fingerprint FROM events WHERE id = ?1")?;
                for &id in ids {
                    if let Some(fp) = st
                        .query_row([id], |r| r.get::<_, Option<i64>>(0))
                        .optional()?
                    {
                        old.insert(id, fp);
                    }
                }
            }
        }
        {
            let mut notes_st = tx.prepare_cached("SELECT text FROM records WHERE id = ?1")?;
            let mut unlink =
                tx.prepare_cached("UPDATE records SET event_id = NULL WHERE event_id = ?1")?;
            let mut del = tx.prepare_cached("DELETE FROM events WHERE id = ?1")?;
            let mut ins = tx.prepare_cached(
                "INSERT INTO events (id, event_type, date, country, country_code, admin1, actor1,
                   actor2, fatalities, n_reports, n_sources, notes, detail, fingerprint)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            )?;
            let mut link = tx.prepare_cached("UPDATE records SET event_id = ?1 WHERE id = ?2")?;
            let mut keep: std::collections::HashSet<i64> = std::collections::HashSet::new();
            for e in events {
                let detail = serde_json::to_string(e)?;
                let fp = fnv1a(detail.as_bytes());
                keep.insert(e.id);
                match old.get(&e.id) {
                    Some(Some(f)) if *f == fp => continue,
                    Some(_) => {
                        unlink.execute([e.id])?;
                        del.execute([e.id])?;
                    }
                    None => {}
                }
                let notes: String = notes_st
                    .query_row([e.representative], |r| r.get(0))
                    .optional()?
                    .unwrap_or_default();
                ins.execute(params![
                    e.id,
                    e.event_type,
                    e.date.map(|d| d.to_string()),
                    e.country,
                    e.country_code,
                    e.admin1,
                    e.actor1,
                    e.actor2,
                    e.fatalities_best,
                    e.members.len() as i64,
                    e.sources.len() as i64,
                    notes,
                    detail,
                    fp,
                ])?;
                for m in &e.members {
                    link.execute(params![e.id, m])?;
                }
            }
            for id in old.keys().filter(|id| !keep.contains(id)) {
                // A member moved to another event: only clear links that
                // still point here.
                unlink.execute([id])?;
                del.execute([id])?;
            }
        }
        tx.commit()?;
        // Fresh statistics let the planner pick the most selective index;
        // the limit keeps this fast on large tables.
        self.conn
            .execute_batch("PRAGMA analysis_limit = 1000; ANALYZE;")?;
        Ok(())
    }

    /// Earliest and latest date of the merged events matching `q`.
    pub fn event_date_range(&self, q: &Query) -> Result<Option<(NaiveDate, NaiveDate)>, Error> {
        let q = Query {
            limit: None,
            offset: None,
            ..q.clone()
        };
        let (w, args) = where_clause(&q, false, ActorMatch::Either);
        let w = if w.is_empty() {
            "WHERE date IS NOT NULL".to_string()
        } else {
            format!("{w} AND date IS NOT NULL")
        };
        // Two ORDER BY .. LIMIT 1 probes use the (filter, date) indexes;
        // MIN() and MAX() together would scan.
        let mut ends = Vec::new();
        for dir in ["ASC", "DESC"] {
            let sql = format!("SELECT date FROM events {w} ORDER BY date {dir} LIMIT 1");
            let mut st = self.conn.prepare_cached(&sql)?;
            let d: Option<String> = st
                .query_row(params_from_iter(args.iter()), |r| r.get(0))
                .optional()?;
            ends.push(parse_date(d));
        }
        Ok(
            match (
                ends.first().copied().flatten(),
                ends.get(1).copied().flatten(),
            ) {
                (Some(a), Some(b)) => Some((a, b)),
                _ => None,
            },
        )
    }

    /// (date, country, admin1, actor1, actor2, event_type, fatalities) of every
    /// merged event matching `q` (limit/offset ignored): the input of trends.
    pub fn event_facts(&self, q: &Query) -> Result<Vec<Fact>, Error> {
        let q = Query {
            limit: None,
            offset: None,
            ..q.clone()
        };
        let (w, args) = where_clause(&q, false, ActorMatch::Either);
        let sql = format!(
            "SELECT date, country, admin1, actor1, actor2, event_type, fatalities FROM events {w}"
        );
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(params_from_iter(args.iter()), |r| {
            Ok(Fact {
                date: parse_date(r.get(0)?),
                country: r.get(1)?,
                admin1: r.get(2)?,
                actor1: r.get(3)?,
                actor2: r.get(4)?,
                event_type: r.get(5)?,
                fatalities: get_u32(r, 6)?,
            })
        })?;
        let mut out = Vec::new();
        for r in rows {
            out.push(r?);
        }
        Ok(out)
    }

    /// Access for callers that need a query the API does not offer.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

/// FNV-1a, 64-bit: a stable content fingerprint (std's hasher may change
/// between Rust releases, which would force needless rewrites).
fn fnv1a(bytes: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h as i64
}

/// Inserts one article and its records inside `tx`; false (nothing written)
/// when the article is already stored.
fn insert_in(tx: &rusqlite::Transaction, a: &Article, records: &[Record]) -> Result<bool, Error> {
    let n = tx.execute(
        "INSERT OR IGNORE INTO articles (id, title, text, published, url, publisher)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            a.id,
            a.title,
            a.text,
            a.published.map(|d| d.to_string()),
            a.url,
            a.publisher
        ],
    )?;
    if n == 0 {
        return Ok(false);
    }
    {
        let mut ins = tx.prepare_cached(
            "INSERT INTO records (article_id, kind, event_type, sub_event_type, cameo, date,
                  date_precision, country, country_code, admin1, location, latitude, longitude,
                  geo_precision, actor1, actor2, fatalities, fatalities_low, fatalities_high,
                  wounded, detained, source, publisher, text, span_start, span_end, confidence,
                  evidence)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                  ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28)",
        )?;
        let mut src = tx.prepare_cached(
            "INSERT INTO source_counts (source, records) VALUES (?1, 1)
                 ON CONFLICT(source) DO UPDATE SET records = records + 1",
        )?;
        for r in records {
            let evidence = if r.evidence.is_empty() {
                None
            } else {
                Some(serde_json::to_string(&r.evidence)?)
            };
            ins.execute(params![
                a.id,
                r.kind.as_str(),
                r.event_type,
                r.sub_event_type,
                r.cameo,
                r.date.map(|d| d.to_string()),
                r.date_precision.map(|p| p.as_str()),
                r.country,
                r.country_code,
                r.admin1,
                r.location,
                r.latitude.filter(|x| x.is_finite()),
                r.longitude.filter(|x| x.is_finite()),
                r.geo_precision.map(|p| p.as_str()),
                r.actor1,
                r.actor2,
                r.fatalities,
                r.fatalities_low,
                r.fatalities_high,
                r.wounded,
                r.detained,
                r.source,
                r.publisher,
                r.text,
                r.span[0] as i64,
                r.span[1] as i64,
                if r.confidence.is_finite() {
                    r.confidence as f64
                } else {
                    0.0
                },
                evidence,
            ])?;
            src.execute([source_of(r)])?;
        }
    }
    Ok(true)
}

/// The fields trends aggregate, one per merged event.
pub use vigil_trends::Observation as Fact;

/// Who a record is attributed to in `sources()`.
fn source_of(r: &Record) -> String {
    r.publisher
        .clone()
        .or_else(|| r.source.clone())
        .unwrap_or_else(|| "(unknown)".to_string())
}

enum Val {
    S(String),
    I(i64),
}

impl rusqlite::ToSql for Val {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        match self {
            Val::S(s) => s.to_sql(),
            Val::I(i) => i.to_sql(),
        }
    }
}

fn is_country_code(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ActorMatch {
    Either,
    First,
    Second,
    Both,
}

/// WHERE clause shared by the records and events tables. Every condition is
/// a plain column comparison so SQLite can use the covering indexes.
fn where_clause(q: &Query, has_kind: bool, actor_match: ActorMatch) -> (String, Vec<Val>) {
    let mut conds: Vec<&str> = Vec::new();
    let mut args = Vec::new();
    if has_kind {
        if let Some(k) = q.kind {
            conds.push("kind = ?");
            args.push(Val::S(k.as_str().into()));
        }
    }
    if let Some(c) = q
        .country
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        if is_country_code(c) {
            conds.push("country_code = ?");
        } else {
            conds.push("country = ?");
        }
        args.push(Val::S(c.into()));
    }
    if let Some(a) = actor_of(q) {
        let (cond, n) = match actor_match {
            ActorMatch::Either => ("(actor1 = ? OR actor2 = ?)", 2),
            ActorMatch::First => ("actor1 = ?", 1),
            ActorMatch::Second => ("actor2 = ?", 1),
            ActorMatch::Both => ("actor1 = ? AND actor2 = ?", 2),
        };
        conds.push(cond);
        for _ in 0..n {
            args.push(Val::S(a.into()));
        }
    }
    if let Some(t) = q
        .event_type
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        conds.push("event_type = ?");
        args.push(Val::S(t.into()));
    }
    if let Some(d) = q.since {
        conds.push("date >= ?");
        args.push(Val::S(d.to_string()));
    }
    if let Some(d) = q.until {
        conds.push("date <= ?");
        args.push(Val::S(d.to_string()));
    }
    if conds.is_empty() {
        (String::new(), args)
    } else {
        (format!("WHERE {}", conds.join(" AND ")), args)
    }
}

fn actor_of(q: &Query) -> Option<&str> {
    q.actor.as_deref().map(str::trim).filter(|a| !a.is_empty())
}

/// One page of `cols` from `table`, newest first. An actor filter
/// (actor1 OR actor2) would make SQLite gather and sort every match; instead
/// each side reads its first offset+limit ids off its own (actor, date)
/// index and only that union is sorted.
fn page_sql(table: &str, cols: &str, q: &Query, has_kind: bool) -> (String, Vec<Val>) {
    let limit = q.limit.unwrap_or(DEFAULT_LIMIT) as i64;
    let offset = q.offset.unwrap_or(0) as i64;
    const ORDER: &str = "ORDER BY date DESC, id DESC";
    if actor_of(q).is_none() {
        let (w, mut args) = where_clause(q, has_kind, ActorMatch::Either);
        args.push(Val::I(limit));
        args.push(Val::I(offset));
        return (
            format!("SELECT {cols} FROM {table} {w} {ORDER} LIMIT ? OFFSET ?"),
            args,
        );
    }
    let (w1, mut args) = where_clause(q, has_kind, ActorMatch::First);
    args.push(Val::I(offset.saturating_add(limit)));
    let (w2, args2) = where_clause(q, has_kind, ActorMatch::Second);
    args.extend(args2);
    args.push(Val::I(offset.saturating_add(limit)));
    args.push(Val::I(limit));
    args.push(Val::I(offset));
    (
        format!(
            "SELECT {cols} FROM {table} WHERE id IN (
               SELECT id FROM (SELECT id FROM {table} {w1} {ORDER} LIMIT ?)
               UNION ALL
               SELECT id FROM (SELECT id FROM {table} {w2} {ORDER} LIMIT ?))
             {ORDER} LIMIT ? OFFSET ?"
        ),
        args,
    )
}

/// Exact count. With an actor filter, |A1 ∪ A2| = |A1| + |A2| − |A1 ∩ A2|,
/// each term an index-only range count (an OR would visit the table).
fn count_table(conn: &Connection, table: &str, q: &Query, has_kind: bool) -> Result<u64, Error> {
    let modes: &[(ActorMatch, i64)] = if actor_of(q).is_some() {
        &[
            (ActorMatch::First, 1),
            (ActorMatch::Second, 1),
            (ActorMatch::Both, -1),
        ]
    } else {
        &[(ActorMatch::Either, 1)]
    };
    let mut total = 0i64;
    for &(mode, sign) in modes {
        let (w, args) = where_clause(q, has_kind, mode);
        let sql = format!("SELECT COUNT(*) FROM {table} {w}");
        let mut st = conn.prepare_cached(&sql)?;
        let n: i64 = st.query_row(params_from_iter(args.iter()), |r| r.get(0))?;
        total += sign * n;
    }
    Ok(total.max(0) as u64)
}

fn parse_date(s: Option<String>) -> Option<NaiveDate> {
    s.and_then(|s| s.parse::<NaiveDate>().ok())
}

fn date_prec(s: &str) -> Option<DatePrecision> {
    match s {
        "day" => Some(DatePrecision::Day),
        "week" => Some(DatePrecision::Week),
        "month" => Some(DatePrecision::Month),
        "year" => Some(DatePrecision::Year),
        _ => None,
    }
}

fn geo_prec(s: &str) -> Option<GeoPrecision> {
    match s {
        "place" => Some(GeoPrecision::Place),
        "admin1" => Some(GeoPrecision::Admin1),
        "country" => Some(GeoPrecision::Country),
        _ => None,
    }
}

fn get_u32(r: &Row, i: usize) -> rusqlite::Result<Option<u32>> {
    Ok(r.get::<_, Option<i64>>(i)?
        .and_then(|v| u32::try_from(v).ok()))
}

/// Maps a `RECORD_COLS` row. The outer error is SQLite's; the inner one a
/// row whose stored values do not make a valid record.
fn row_to_record(r: &Row) -> rusqlite::Result<Result<StoredRecord, Error>> {
    let kind = match r.get::<_, String>(2)?.as_str() {
        "event" => Kind::Event,
        "claim" => Kind::Claim,
        other => return Ok(Err(Error::Corrupt(format!("unknown kind {other:?}")))),
    };
    let evidence: BTreeMap<String, Evidence> = match r.get::<_, Option<String>>(28)? {
        Some(s) => match serde_json::from_str(&s) {
            Ok(e) => e,
            Err(e) => return Ok(Err(e.into())),
        },
        None => BTreeMap::new(),
    };
    let span = |i| -> rusqlite::Result<usize> { Ok(r.get::<_, i64>(i)?.max(0) as usize) };
    let record = Record {
        kind,
        event_type: r.get(3)?,
        sub_event_type: r.get(4)?,
        cameo: r.get(5)?,
        date: parse_date(r.get(6)?),
        date_precision: r.get::<_, Option<String>>(7)?.and_then(|s| date_prec(&s)),
        country: r.get(8)?,
        country_code: r.get(9)?,
        admin1: r.get(10)?,
        location: r.get(11)?,
        latitude: r.get(12)?,
        longitude: r.get(13)?,
        geo_precision: r.get::<_, Option<String>>(14)?.and_then(|s| geo_prec(&s)),
        actor1: r.get(15)?,
        actor2: r.get(16)?,
        fatalities: get_u32(r, 17)?,
        fatalities_low: get_u32(r, 18)?,
        fatalities_high: get_u32(r, 19)?,
        wounded: get_u32(r, 20)?,
        detained: get_u32(r, 21)?,
        source: r.get(22)?,
        publisher: r.get(23)?,
        text: r.get(24)?,
        span: [span(25)?, span(26)?],
        article_id: r.get(1)?,
        confidence: r.get::<_, f64>(27)? as f32,
        evidence,
    };
    Ok(Ok(StoredRecord {
        id: r.get(0)?,
        record,
        event_id: r.get(29)?,
    }))
}

/// Counts of stored rows per table, for summaries.
pub fn table_counts(store: &Store) -> Result<HashMap<&'static str, u64>, Error> {
    let mut out = HashMap::new();
    for t in ["articles", "records", "events"] {
        let n: i64 = store
            .conn
            .query_row(&format!("SELECT COUNT(*) FROM {t}"), [], |r| r.get(0))?;
        out.insert(t, n.max(0) as u64);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str, publisher: &str) -> Article {
        let mut a = Article::new(text.to_string());
        a.publisher = Some(publisher.to_string());
        a.published = NaiveDate::from_ymd_opt(2024, 3, 2);
        a
    }

    fn rec(a: &Article, country: &str, cc: &str, ty: &str, day: u32, actor: &str) -> Record {
        let end = a.text.len();
        let mut r = Record::new(Kind::Event, a, [0, end]);
        r.event_type = Some(ty.into());
        r.country = Some(country.into());
        r.country_code = Some(cc.into());
        r.date = NaiveDate::from_ymd_opt(2024, 3, day);
        r.date_precision = Some(DatePrecision::Day);
        r.actor1 = Some(actor.into());
        r.location = Some("Mosul".into());
        r.latitude = Some(36.34);
        r.longitude = Some(43.13);
        r.geo_precision = Some(GeoPrecision::Place);
        r.fatalities = Some(4);
        r.confidence = 0.8;
        r.evidence.insert(
            "date".into(),
            Evidence {
                span: [0, 3],
                confidence: 0.9,
            },
        );
        r
    }

    #[test]
    fn records_round_trip_exactly() {
        let mut s = Store::open_in_memory().unwrap();
        let a = article("Gunmen attacked a checkpoint in Mosul.", "Reuters");
        let r = rec(&a, "Iraq", "IQ", "Battles", 1, "ISIS");
        assert!(s.insert_article(&a, std::slice::from_ref(&r)).unwrap());
        let got = s.query(&Query::default()).unwrap();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].record, r);
        assert_eq!(s.record(got[0].id).unwrap().unwrap().record, r);
        assert_eq!(s.article(&a.id).unwrap().unwrap(), a);
        assert_eq!(s.schema_version().unwrap(), SCHEMA_VERSION);
    }

    #[test]
    fn reinserting_an_article_changes_nothing() {
        let mut s = Store::open_in_memory().unwrap();
        let a = article("Shelling hit Kharkiv.", "AP");
        let r = rec(
            &a,
            "Ukraine",
            "UA",
            "Explosions/Remote violence",
            2,
            "Russia",
        );
        assert!(s.insert_article(&a, std::slice::from_ref(&r)).unwrap());
        assert!(!s.insert_article(&a, &[r.clone(), r]).unwrap());
        assert_eq!(s.count(&Query::default()).unwrap(), 1);
        assert_eq!(s.sources().unwrap(), vec![("AP".to_string(), 1)]);
    }

    #[test]
    fn merging_only_new_reports_gives_the_events_a_full_rebuild_gives() {
        let dump = |s: &Store| -> Vec<(i64, String)> {
            let mut st = s
                .connection()
                .prepare("SELECT id, detail FROM events ORDER BY id")
                .unwrap();
            let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
            rows.map(Result::unwrap).collect()
        };
        let links = |s: &Store| -> Vec<(i64, Option<i64>)> {
            let mut st = s
                .connection()
                .prepare("SELECT id, event_id FROM records ORDER BY id")
                .unwrap();
            let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
            rows.map(Result::unwrap).collect()
        };
        // Three rounds of reports, later ones joining earlier incidents
        // (same place, a day apart) and opening new ones.
        let mut rounds: Vec<Vec<(Article, Vec<Record>)>> = Vec::new();
        for round in 0..3u32 {
            let mut items = Vec::new();
            for i in 0..12u32 {
                let publisher = ["AP", "AFP", "Reuters"][((i + round) % 3) as usize];
                let a = article(&format!("Round {round} report {i}."), publisher);
                let (c, cc) = [("Iraq", "IQ"), ("Syria", "SY")][(i % 2) as usize];
                let ty = ["Battles", "Riots"][(i / 6) as usize];
                let mut r = rec(&a, c, cc, ty, 1 + (i % 4) + round, "ISIS");
                r.latitude = Some(36.0 + f64::from(i % 3));
                if i == 11 {
                    r.date = None; // stays an event of its own
                }
                items.push((a, vec![r]));
            }
            rounds.push(items);
        }
        let mut step = Store::open_in_memory().unwrap();
        for items in &rounds {
            step.insert_articles(items).unwrap();
            step.update_events().unwrap();
            assert!(!step.events_stale().unwrap());
        }
        assert_eq!(step.update_events().unwrap().reports, 0, "nothing new");
        let mut whole = Store::open_in_memory().unwrap();
        for items in &rounds {
            whole.insert_articles(items).unwrap();
        }
        whole.rebuild_events().unwrap();
        let events = dump(&whole);
        assert!(events.len() < 36, "some reports merged: {}", events.len());
        assert_eq!(dump(&step), events);
        assert_eq!(links(&step), links(&whole));
    }

    #[test]
    fn batch_insert_is_idempotent() {
        let mut s = Store::open_in_memory().unwrap();
        let a = article("Batch one.", "AP");
        let b = article("Batch two.", "AP");
        let ra = rec(&a, "Iraq", "IQ", "Battles", 1, "ISIS");
        let rb = rec(&b, "Iraq", "IQ", "Battles", 2, "ISIS");
        let items = vec![
            (a.clone(), vec![ra.clone()]),
            (b.clone(), vec![rb]),
            (a.clone(), vec![ra.clone(), ra]),
        ];
        assert_eq!(s.insert_articles(&items).unwrap(), vec![true, true, false]);
        assert_eq!(s.count(&Query::default()).unwrap(), 2);
        assert_eq!(
            s.insert_articles(&items).unwrap(),
            vec![false, false, false]
        );
        assert_eq!(s.count(&Query::default()).unwrap(), 2);
        assert_eq!(s.article_count().unwrap(), 2);
    }

    #[test]
    fn filters_are_case_insensitive_and_combine() {
        let mut s = Store::open_in_memory().unwrap();
        for (i, (c, cc, ty, actor)) in [
            ("Iraq", "IQ", "Battles", "ISIS"),
            ("Iraq", "IQ", "Protests", "Protesters"),
            ("Syria", "SY", "Battles", "ISIS"),
        ]
        .iter()
        .enumerate()
        {
            let a = article(&format!("Report number {i}."), "AFP");
            let r = rec(&a, c, cc, ty, 1 + i as u32, actor);
            s.insert_article(&a, &[r]).unwrap();
        }
        let q = |country: Option<&str>, actor: Option<&str>, ty: Option<&str>| Query {
            country: country.map(String::from),
            actor: actor.map(String::from),
            event_type: ty.map(String::from),
            ..Default::default()
        };
        assert_eq!(s.count(&q(Some("iraq"), None, None)).unwrap(), 2);
        assert_eq!(s.count(&q(Some("iq"), None, None)).unwrap(), 2);
        assert_eq!(s.count(&q(None, Some("isis"), None)).unwrap(), 2);
        assert_eq!(
            s.count(&q(Some("Iraq"), Some("ISIS"), Some("battles")))
                .unwrap(),
            1
        );
        let since = Query {
            since: NaiveDate::from_ymd_opt(2024, 3, 2),
            ..Default::default()
        };
        let got = s.query(&since).unwrap();
        assert_eq!(got.len(), 2);
        // Newest first.
        assert!(got[0].record.date > got[1].record.date);
        let claims = Query {
            kind: Some(Kind::Claim),
            ..Default::default()
        };
        assert_eq!(s.count(&claims).unwrap(), 0);
        let page = Query {
            limit: Some(1),
            offset: Some(1),
            ..Default::default()
        };
        let p = s.query(&page).unwrap();
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].record.date, NaiveDate::from_ymd_opt(2024, 3, 2));
    }

    #[test]
    fn uncommitted_transaction_leaves_database_consistent() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let mut s = Store::open(&path).unwrap();
        let a = article("Committed article.", "BBC");
        s.insert_article(&a, &[rec(&a, "Iraq", "IQ", "Battles", 1, "ISIS")])
            .unwrap();
        {
            // What a crash between the article and its records looks like.
            let tx = s.conn.transaction().unwrap();
            tx.execute(
                "INSERT INTO articles (id, text) VALUES ('half', 'half written')",
                [],
            )
            .unwrap();
            drop(tx);
        }
        drop(s);
        let s = Store::open_read_only(&path).unwrap();
        assert_eq!(s.article_count().unwrap(), 1);
        assert!(s.article("half").unwrap().is_none());
        assert_eq!(s.count(&Query::default()).unwrap(), 1);
    }

    #[test]
    fn rebuild_merges_reports_and_links_records() {
        let mut s = Store::open_in_memory().unwrap();
        let a = article("Attack in Mosul, says Reuters.", "Reuters");
        let b = article("Attack in Mosul, says AP.", "AP");
        s.insert_article(&a, &[rec(&a, "Iraq", "IQ", "Battles", 1, "ISIS")])
            .unwrap();
        let mut rb = rec(&b, "Iraq", "IQ", "Battles", 2, "ISIS");
        rb.fatalities = Some(6);
        s.insert_article(&b, &[rb]).unwrap();
        assert!(s.events_stale().unwrap());
        let st = s.rebuild_events().unwrap();
        assert_eq!((st.reports, st.events), (2, 1));
        assert!(!s.events_stale().unwrap());
        let ev = s.query_events(&Query::default()).unwrap();
        assert_eq!(ev.len(), 1);
        let e = &ev[0].event;
        assert_eq!(e.members.len(), 2);
        assert_eq!(e.fatalities_best, Some(4));
        assert_eq!(e.fatalities_high, Some(6));
        assert_eq!(e.sources, vec!["AP".to_string(), "Reuters".to_string()]);
        for r in s.query(&Query::default()).unwrap() {
            assert_eq!(r.event_id, Some(e.id));
        }
        assert_eq!(s.event(e.id).unwrap().unwrap().event, *e);
        assert_eq!(s.count_events(&Query::default()).unwrap(), 1);
        let day = |d| NaiveDate::from_ymd_opt(2024, 3, d).unwrap();
        assert_eq!(
            s.event_date_range(&Query::default()).unwrap(),
            Some((day(1), day(1)))
        );
        let none = Query {
            country: Some("SY".into()),
            ..Default::default()
        };
        assert_eq!(s.event_date_range(&none).unwrap(), None);
        // Rebuilding again gives the same events.
        s.rebuild_events().unwrap();
        assert_eq!(s.query_events(&Query::default()).unwrap(), ev);
    }

    /// Query, count and paging agree with a brute-force filter over all rows,
    /// including the actor1/actor2 union and records naming one actor twice.
    #[test]
    fn queries_match_brute_force() {
        let mut s = Store::open_in_memory().unwrap();
        let actors = ["ISIS", "Army", "PKK"];
        let countries = [("Iraq", "IQ"), ("Syria", "SY")];
        let mut all: Vec<Record> = Vec::new();
        for i in 0..30u32 {
            let a = article(&format!("Article {i}"), ["AP", "AFP"][(i % 2) as usize]);
            let mut recs = Vec::new();
            for j in 0..3u32 {
                let k = (i * 3 + j) as usize;
                let (c, cc) = countries[k % 2];
                let mut r = rec(
                    &a,
                    c,
                    cc,
                    ["Battles", "Riots"][k % 3 % 2],
                    1 + (k % 9) as u32,
                    actors[k % 3],
                );
                r.actor2 = Some(actors[(k / 3) % 3].to_string());
                if k.is_multiple_of(7) {
                    r.kind = Kind::Claim;
                }
                if k.is_multiple_of(11) {
                    r.date = None;
                }
                recs.push(r);
            }
            s.insert_article(&a, &recs).unwrap();
            all.extend(recs);
        }
        let mut stored = s
            .query(&Query {
                limit: Some(1000),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(stored.len(), all.len());
        stored.sort_by_key(|r| r.id);
        let queries = [
            Query {
                actor: Some("isis".into()),
                ..Default::default()
            },
            Query {
                actor: Some("PKK".into()),
                country: Some("SY".into()),
                ..Default::default()
            },
            Query {
                actor: Some("Army".into()),
                kind: Some(Kind::Event),
                since: NaiveDate::from_ymd_opt(2024, 3, 4),
                ..Default::default()
            },
            Query {
                event_type: Some("Riots".into()),
                until: NaiveDate::from_ymd_opt(2024, 3, 5),
                ..Default::default()
            },
            Query {
                country: Some("Iraq".into()),
                ..Default::default()
            },
        ];
        for q in &queries {
            let a = q.actor.as_deref().map(str::to_lowercase);
            let lc = |o: &Option<String>| o.as_deref().map(str::to_lowercase);
            let mut want: Vec<&StoredRecord> = stored
                .iter()
                .filter(|r| {
                    let x = &r.record;
                    a.as_ref().is_none_or(|a| {
                        lc(&x.actor1).as_ref() == Some(a) || lc(&x.actor2).as_ref() == Some(a)
                    }) && q.kind.is_none_or(|k| x.kind == k)
                        && q.country.as_deref().is_none_or(|c| {
                            x.country
                                .as_deref()
                                .is_some_and(|v| v.eq_ignore_ascii_case(c))
                                || x.country_code
                                    .as_deref()
                                    .is_some_and(|v| v.eq_ignore_ascii_case(c))
                        })
                        && q.event_type.as_deref().is_none_or(|t| {
                            x.event_type
                                .as_deref()
                                .is_some_and(|v| v.eq_ignore_ascii_case(t))
                        })
                        && q.since.is_none_or(|d| x.date.is_some_and(|v| v >= d))
                        && q.until.is_none_or(|d| x.date.is_some_and(|v| v <= d))
                })
                .collect();
            // Newest first, undated last, ties by id descending.
            want.sort_by(|a, b| b.record.date.cmp(&a.record.date).then(b.id.cmp(&a.id)));
            assert!(!want.is_empty());
            assert_eq!(s.count(q).unwrap(), want.len() as u64, "{q:?}");
            for (offset, limit) in [(0, 1000), (0, 3), (2, 4), (want.len() as u32 - 1, 5)] {
                let page = Query {
                    offset: Some(offset),
                    limit: Some(limit),
                    ..q.clone()
                };
                let got: Vec<i64> = s.query(&page).unwrap().iter().map(|r| r.id).collect();
                let exp: Vec<i64> = want
                    .iter()
                    .skip(offset as usize)
                    .take(limit as usize)
                    .map(|r| r.id)
                    .collect();
                assert_eq!(got, exp, "{page:?}");
            }
        }
    }

    #[test]
    fn re_merging_rewrites_only_changed_events() {
        let mut s = Store::open_in_memory().unwrap();
        let a = article("First report.", "Reuters");
        s.insert_article(&a, &[rec(&a, "Iraq", "IQ", "Battles", 1, "ISIS")])
            .unwrap();
        let b = article("Unrelated report.", "AP");
        s.insert_article(&b, &[rec(&b, "Syria", "SY", "Battles", 5, "SDF")])
            .unwrap();
        s.rebuild_events().unwrap();
        let before: Vec<(i64, i64)> = s
            .connection()
            .prepare("SELECT id, rowid FROM events ORDER BY id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        s.connection()
            .execute("UPDATE events SET notes = 'untouched'", [])
            .unwrap();
        // A second outlet reports the Iraq clash.
        let c = article("Second report.", "AFP");
        s.insert_article(&c, &[rec(&c, "Iraq", "IQ", "Battles", 2, "ISIS")])
            .unwrap();
        s.rebuild_events().unwrap();
        let ev = s.query_events(&Query::default()).unwrap();
        assert_eq!(ev.len(), 2);
        let iraq = ev
            .iter()
            .find(|e| e.event.country.as_deref() == Some("Iraq"))
            .unwrap();
        let syria = ev
            .iter()
            .find(|e| e.event.country.as_deref() == Some("Syria"))
            .unwrap();
        assert_eq!(iraq.event.members.len(), 2);
        assert_ne!(iraq.notes, "untouched");
        assert_eq!(syria.notes, "untouched");
        assert_eq!(before.len(), 2);
        for r in s.query(&Query::default()).unwrap() {
            let e = if r.record.country.as_deref() == Some("Iraq") {
                iraq
            } else {
                syria
            };
            assert_eq!(r.event_id, Some(e.event.id));
        }
    }

    #[test]
    fn read_only_refuses_writes_and_old_schemas() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ro.db");
        Connection::open(&path)
            .unwrap()
            .execute_batch("CREATE TABLE x(a)")
            .unwrap();
        assert!(matches!(
            Store::open_read_only(&path),
            Err(Error::SchemaTooOld { .. })
        ));
        Store::open(&path).unwrap();
        let mut ro = Store::open_read_only(&path).unwrap();
        let a = article("x", "y");
        assert!(ro.insert_article(&a, &[]).is_err());
    }

    #[test]
    fn upgrade_migrates_an_older_schema_keeping_its_rows() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v1.db");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(MIGRATIONS[0]).unwrap();
            conn.pragma_update(None, "user_version", 1).unwrap();
            conn.execute(
                "INSERT INTO articles (id, title, text) VALUES ('a1', 't', 'x')",
                [],
            )
            .unwrap();
        }
        assert!(matches!(
            Store::open_read_only(&path),
            Err(Error::SchemaTooOld { found: 1, .. })
        ));
        assert_eq!(Store::upgrade(&path).unwrap(), Some((1, SCHEMA_VERSION)));
        let ro = Store::open_read_only(&path).unwrap();
        assert!(ro.has_article("a1").unwrap());
        assert_eq!(Store::upgrade(&path).unwrap(), None);
    }
}
