//! vigil-serve: the HTTP JSON API and the embedded dashboard.
//!
//! [`router`] builds the axum app over any [`Backend`]; [`serve`] runs it on a
//! bound listener. Every API route is listed once in [`api_routes`] with its
//! OpenAPI path, and a test checks that list against `openapi.json` both ways.

pub mod backend;
pub mod demo;
pub mod params;
pub mod store_backend;
pub mod synth;

use axum::extract::{Path, RawQuery, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, MethodRouter};
use axum::{Json, Router};
use backend::{GroupBy, Period, TrendRequest};
use params::{Params, COUNTRY_PARAMS, FILTER_PARAMS, TREND_PARAMS};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use vigil_core::Kind;

pub use backend::{Backend, Filter, MemBackend};
pub use store_backend::StoreBackend;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The client asked for something malformed; the text says what.
    #[error("{0}")]
    BadRequest(String),
    #[error("{0}")]
    NotFound(String),
    /// Storage failed; the text is the underlying error.
    #[error("storage error: {0}")]
    Backend(String),
    #[error("i/o error: {0}")]
    Io(#[from] std::io::Error),
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        let status = match &self {
            Error::BadRequest(_) => StatusCode::BAD_REQUEST,
            Error::NotFound(_) => StatusCode::NOT_FOUND,
            Error::Backend(_) | Error::Io(_) => {
                tracing::error!("{self}");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        (
            status,
            Json(serde_json::json!({ "error": self.to_string() })),
        )
            .into_response()
    }
}

/// The OpenAPI 3 description served at `/api/openapi.json`.
pub const OPENAPI_JSON: &str = include_str!("openapi.json");

/// Aggregates (per-country totals, trends, sources) scan the whole table, so
/// their JSON is kept: fresh for `ttl`, then served stale while one
/// background task recomputes it (so no request waits on a rescan of a
/// million rows once the server is warm). The server only reads; new ingests
/// show up after the next refresh.
struct Cache {
    ttl: Duration,
    entries: Mutex<HashMap<String, (Instant, Arc<String>)>>,
    refreshing: Mutex<HashSet<String>>,
}

const CACHE_MAX_ENTRIES: usize = 512;
/// Older than this many TTLs, an entry is recomputed before answering.
const CACHE_MAX_STALENESS: u32 = 20;

enum Lookup {
    Fresh(Arc<String>),
    Stale(Arc<String>),
    Missing,
}

impl Cache {
    fn get(&self, key: &str) -> Lookup {
        let Ok(map) = self.entries.lock() else {
            return Lookup::Missing;
        };
        match map.get(key) {
            Some((at, body)) if at.elapsed() < self.ttl => Lookup::Fresh(body.clone()),
            Some((at, body)) if at.elapsed() < self.ttl * CACHE_MAX_STALENESS => {
                Lookup::Stale(body.clone())
            }
            _ => Lookup::Missing,
        }
    }

    fn put(&self, key: String, body: Arc<String>) {
        if self.ttl.is_zero() {
            return;
        }
        if let Ok(mut map) = self.entries.lock() {
            if map.len() >= CACHE_MAX_ENTRIES && !map.contains_key(&key) {
                let max_age = self.ttl * CACHE_MAX_STALENESS;
                map.retain(|_, (at, _)| at.elapsed() < max_age);
                if map.len() >= CACHE_MAX_ENTRIES {
                    map.clear();
                }
            }
            map.insert(key, (Instant::now(), body));
        }
    }

    /// Claims the refresh of `key`; false when another task already has it.
    fn start_refresh(&self, key: &str) -> bool {
        self.refreshing
            .lock()
            .map(|mut r| r.insert(key.to_string()))
            .unwrap_or(false)
    }

    fn end_refresh(&self, key: &str) {
        if let Ok(mut r) = self.refreshing.lock() {
            r.remove(key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_entries_go_fresh_then_stale_then_missing() {
        let c = Cache {
            ttl: Duration::from_millis(20),
            entries: Mutex::new(HashMap::new()),
            refreshing: Mutex::new(HashSet::new()),
        };
        assert!(matches!(c.get("k"), Lookup::Missing));
        c.put("k".into(), Arc::new("1".into()));
        assert!(matches!(c.get("k"), Lookup::Fresh(_)));
        std::thread::sleep(Duration::from_millis(30));
        assert!(matches!(c.get("k"), Lookup::Stale(_)));
        assert!(c.start_refresh("k"));
        assert!(!c.start_refresh("k"), "one refresher at a time");
        c.end_refresh("k");
        std::thread::sleep(Duration::from_millis(20 * CACHE_MAX_STALENESS as u64));
        assert!(matches!(c.get("k"), Lookup::Missing));
    }
}

#[derive(Clone)]
struct AppState {
    backend: Arc<dyn Backend>,
    cache: Arc<Cache>,
}

/// Server knobs.
#[derive(Debug, Clone)]
pub struct Config {
    /// How long aggregate responses are reused; zero disables the cache.
    pub cache_ttl: Duration,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            cache_ttl: Duration::from_secs(30),
        }
    }
}

/// Every API route as `(OpenAPI path, handler)`. The router is built from
/// this list, so a route cannot exist without being checked against the
/// OpenAPI description.
fn api_routes() -> Vec<(&'static str, MethodRouter<AppState>)> {
    vec![
        ("/healthz", get(healthz)),
        ("/api/openapi.json", get(openapi)),
        ("/api/events", get(events)),
        ("/api/events/{id}", get(event_detail)),
        ("/api/claims", get(claims)),
        ("/api/sources", get(sources)),
        ("/api/countries", get(countries)),
        ("/api/trends", get(trends)),
    ]
}

/// OpenAPI paths of every API route (for tests and docs).
pub fn api_paths() -> Vec<&'static str> {
    api_routes().into_iter().map(|(p, _)| p).collect()
}

/// Dashboard assets: (path, content type, body).
const ASSETS: &[(&str, &str, &[u8])] = &[
    (
        "/",
        "text/html; charset=utf-8",
        include_bytes!("../assets/index.html"),
    ),
    (
        "/app.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/app.js"),
    ),
    (
        "/style.css",
        "text/css; charset=utf-8",
        include_bytes!("../assets/style.css"),
    ),
    (
        "/world-110m.json",
        "application/json",
        include_bytes!("../assets/world-110m.json"),
    ),
    (
        "/world-atlas-license.txt",
        "text/plain; charset=utf-8",
        include_bytes!("../assets/WORLD-ATLAS-LICENSE.txt"),
    ),
];

/// The whole app: API, OpenAPI description and dashboard.
pub fn router(backend: Arc<dyn Backend>, config: Config) -> Router {
    let state = AppState {
        backend,
        cache: Arc::new(Cache {
            ttl: config.cache_ttl,
            entries: Mutex::new(HashMap::new()),
            refreshing: Mutex::new(HashSet::new()),
        }),
    };
    warm_up(&state);
    let mut app = Router::new();
    for (path, route) in api_routes() {
        // axum 0.7 writes path parameters as `:id`, OpenAPI as `{id}`.
        app = app.route(&path.replace("{id}", ":id"), route);
    }
    for &(path, ctype, body) in ASSETS {
        app = app.route(
            path,
            get(move || async move {
                (
                    [
                        (header::CONTENT_TYPE, ctype),
                        (header::CACHE_CONTROL, "no-cache"),
                    ],
                    body,
                )
            }),
        );
    }
    app.fallback(|| async { Error::NotFound("no such route".into()) })
        .with_state(state)
}

/// Serves `app` on `listener` until `shutdown` resolves.
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: Router,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), Error> {
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await?;
    Ok(())
}

/// Runs a storage call off the async threads (SQLite blocks).
async fn blocking<T: Send + 'static>(
    st: &AppState,
    f: impl FnOnce(&dyn Backend) -> Result<T, Error> + Send + 'static,
) -> Result<T, Error> {
    let b = st.backend.clone();
    tokio::task::spawn_blocking(move || f(&*b))
        .await
        .map_err(|e| Error::Backend(format!("worker failed: {e}")))?
}

fn json_body(body: Arc<String>) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        body.as_str().to_owned(),
    )
        .into_response()
}

fn encode<T: Serialize>(v: &T) -> Result<Arc<String>, Error> {
    serde_json::to_string(v)
        .map(Arc::new)
        .map_err(|e| Error::Backend(format!("encoding: {e}")))
}

/// Serves a cached aggregate: fresh as is, stale while refreshing it in the
/// background, computed on a miss.
async fn cached<T: Serialize + Send + 'static>(
    st: &AppState,
    key: String,
    f: impl FnOnce(&dyn Backend) -> Result<T, Error> + Send + 'static,
) -> Result<Response, Error> {
    match st.cache.get(&key) {
        Lookup::Fresh(body) => Ok(json_body(body)),
        Lookup::Stale(body) => {
            if st.cache.start_refresh(&key) {
                let (b, cache) = (st.backend.clone(), st.cache.clone());
                tokio::task::spawn_blocking(move || {
                    match f(&*b).and_then(|v| encode(&v)) {
                        Ok(body) => cache.put(key.clone(), body),
                        Err(e) => tracing::warn!("refreshing {key}: {e}"),
                    }
                    cache.end_refresh(&key);
                });
            }
            Ok(json_body(body))
        }
        Lookup::Missing => {
            let v = blocking(st, f).await?;
            let body = encode(&v)?;
            st.cache.put(key, body.clone());
            Ok(json_body(body))
        }
    }
}

/// Computes the aggregates the dashboard asks for on load, in the
/// background, so the first visitor does not wait for full-table scans.
fn warm_up(st: &AppState) {
    let Ok(rt) = tokio::runtime::Handle::try_current() else {
        return;
    };
    if st.cache.ttl.is_zero() {
        return;
    }
    let st = st.clone();
    rt.spawn(async move {
        let event = Filter {
            kind: Some(Kind::Event),
            ..Filter::default()
        };
        // Per-country totals double as the totals of the dashboard's most
        // common listings (one country, events or claims).
        let all = Filter::default();
        if let Ok(rows) = blocking(&st, move |b| b.countries(&all)).await {
            for r in &rows {
                for (kind, n) in [(Kind::Event, r.events), (Kind::Claim, r.claims)] {
                    let f = Filter {
                        kind: Some(kind),
                        country: Some(r.country.clone()),
                        ..Filter::default()
                    };
                    st.cache.put(total_key(&f), Arc::new(n.to_string()));
                }
            }
            if let Ok(body) = encode(&rows) {
                st.cache.put(countries_key(&Filter::default()), body);
            }
        }
        for (by, top) in [(GroupBy::Country, 6), (GroupBy::Actor, 100)] {
            let req = TrendRequest {
                by,
                period: Period::Week,
                filter: event.clone(),
                top,
            };
            let _ = trends_cached(&st, req).await;
        }
        let _ = cached(&st, "sources".into(), |b| b.sources()).await;
    });
}

async fn healthz() -> Json<serde_json::Value> {
    Json(serde_json::json!({ "status": "ok" }))
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI_JSON).into_response()
}

/// Cache key of the number of matches of `f` (pagination aside).
fn total_key(f: &Filter) -> String {
    format!(
        "total {:?}",
        Filter {
            limit: 0,
            offset: 0,
            ..f.clone()
        }
    )
}

async fn list(st: AppState, q: Option<String>, kind: Option<Kind>) -> Result<Response, Error> {
    let filter = Params::parse(q.as_deref(), FILTER_PARAMS)?.filter(kind)?;
    // Counting a filter can mean visiting every matching row (a second on a
    // million rows for some filters): totals are cached like aggregates and
    // refreshed in the background once stale.
    let key = total_key(&filter);
    let known = match st.cache.get(&key) {
        Lookup::Fresh(t) => t.parse::<u64>().ok(),
        Lookup::Stale(t) => {
            if st.cache.start_refresh(&key) {
                let (b, cache, f, key) = (
                    st.backend.clone(),
                    st.cache.clone(),
                    filter.clone(),
                    key.clone(),
                );
                tokio::task::spawn_blocking(move || {
                    match b.count(&f) {
                        Ok(n) => cache.put(key.clone(), Arc::new(n.to_string())),
                        Err(e) => tracing::warn!("refreshing {key}: {e}"),
                    }
                    cache.end_refresh(&key);
                });
            }
            t.parse::<u64>().ok()
        }
        Lookup::Missing => None,
    };
    let page = blocking(&st, move |b| b.list(&filter, known)).await?;
    if known.is_none() {
        st.cache.put(key, Arc::new(page.total.to_string()));
    }
    Ok(Json(page).into_response())
}

async fn events(State(st): State<AppState>, RawQuery(q): RawQuery) -> Result<Response, Error> {
    // `kind` defaults to events here; `kind=claim` or `kind=any` widen it.
    let p = Params::parse(q.as_deref(), FILTER_PARAMS)?;
    let kind = if p.get("kind").is_none() {
        Some(Kind::Event)
    } else {
        None
    };
    list(st, q, kind).await
}

async fn claims(State(st): State<AppState>, RawQuery(q): RawQuery) -> Result<Response, Error> {
    list(st, q, Some(Kind::Claim)).await
}

async fn event_detail(
    State(st): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, Error> {
    let n: i64 = id
        .parse()
        .map_err(|_| Error::BadRequest(format!("invalid id '{id}': expected an integer")))?;
    match blocking(&st, move |b| b.detail(n)).await? {
        Some(d) => Ok(Json(d).into_response()),
        None => Err(Error::NotFound(format!("no event or claim with id {n}"))),
    }
}

async fn sources(State(st): State<AppState>, RawQuery(q): RawQuery) -> Result<Response, Error> {
    Params::parse(q.as_deref(), &[])?;
    cached(&st, "sources".into(), |b| b.sources()).await
}

async fn countries(State(st): State<AppState>, RawQuery(q): RawQuery) -> Result<Response, Error> {
    let filter = Params::parse(q.as_deref(), COUNTRY_PARAMS)?.filter(None)?;
    countries_cached(&st, filter).await
}

/// Cache keys are the parsed request, so parameter order and spelling
/// (`country=` vs absent) do not split entries.
fn countries_key(filter: &Filter) -> String {
    format!("countries {filter:?}")
}

async fn countries_cached(st: &AppState, filter: Filter) -> Result<Response, Error> {
    cached(st, countries_key(&filter), move |b| b.countries(&filter)).await
}

async fn trends(State(st): State<AppState>, RawQuery(q): RawQuery) -> Result<Response, Error> {
    let p = Params::parse(q.as_deref(), TREND_PARAMS)?;
    let mut filter = p.filter(None)?;
    if p.get("kind").is_none() {
        filter.kind = Some(Kind::Event);
    }
    // Pagination does not apply to trends; keep it out of the cache key.
    filter.limit = params::DEFAULT_LIMIT;
    filter.offset = 0;
    let req = TrendRequest {
        by: p.group_by()?,
        period: p.period()?,
        filter,
        top: p.top()?,
    };
    trends_cached(&st, req).await
}

async fn trends_cached(st: &AppState, req: TrendRequest) -> Result<Response, Error> {
    let key = format!("trends {req:?}");
    let (by, period) = (req.by, req.period);
    cached(st, key, move |b| {
        Ok(serde_json::json!({
            "by": by.as_str(),
            "period": period.as_str(),
            "series": b.trends(&req)?,
        }))
    })
    .await
}
