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
use backend::TrendRequest;
use params::{Params, FILTER_PARAMS, TREND_PARAMS};
use serde::Serialize;
use std::collections::HashMap;
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
/// their JSON is kept for a short while: the server only reads, and new
/// ingests show up once the entry expires.
struct Cache {
    ttl: Duration,
    entries: Mutex<HashMap<String, (Instant, Arc<String>)>>,
}

const CACHE_MAX_ENTRIES: usize = 512;

impl Cache {
    fn get(&self, key: &str) -> Option<Arc<String>> {
        let map = self.entries.lock().ok()?;
        let (at, body) = map.get(key)?;
        (at.elapsed() < self.ttl).then(|| body.clone())
    }

    fn put(&self, key: String, body: Arc<String>) {
        if self.ttl.is_zero() {
            return;
        }
        if let Ok(mut map) = self.entries.lock() {
            if map.len() >= CACHE_MAX_ENTRIES {
                map.retain(|_, (at, _)| at.elapsed() < self.ttl);
                if map.len() >= CACHE_MAX_ENTRIES {
                    map.clear();
                }
            }
            map.insert(key, (Instant::now(), body));
        }
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
            cache_ttl: Duration::from_secs(10),
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
        }),
    };
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

/// Serves a cached aggregate, computing it on a miss.
async fn cached<T: Serialize + Send + 'static>(
    st: &AppState,
    key: String,
    f: impl FnOnce(&dyn Backend) -> Result<T, Error> + Send + 'static,
) -> Result<Response, Error> {
    if let Some(body) = st.cache.get(&key) {
        return Ok(json_body(body));
    }
    let v = blocking(st, f).await?;
    let body =
        Arc::new(serde_json::to_string(&v).map_err(|e| Error::Backend(format!("encoding: {e}")))?);
    st.cache.put(key, body.clone());
    Ok(json_body(body))
}

async fn healthz() -> Json<serde_json::Value> {
    Json(serde_json::json!({ "status": "ok" }))
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI_JSON).into_response()
}

async fn list(st: AppState, q: Option<String>, kind: Option<Kind>) -> Result<Response, Error> {
    let filter = Params::parse(q.as_deref(), FILTER_PARAMS)?.filter(kind)?;
    let page = blocking(&st, move |b| b.list(&filter)).await?;
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
    let p = Params::parse(q.as_deref(), FILTER_PARAMS)?;
    let filter = p.filter(None)?;
    let key = format!("countries?{}", q.unwrap_or_default());
    cached(&st, key, move |b| b.countries(&filter)).await
}

async fn trends(State(st): State<AppState>, RawQuery(q): RawQuery) -> Result<Response, Error> {
    let p = Params::parse(q.as_deref(), TREND_PARAMS)?;
    let mut filter = p.filter(None)?;
    if p.get("kind").is_none() {
        filter.kind = Some(Kind::Event);
    }
    let req = TrendRequest {
        by: p.group_by()?,
        period: p.period()?,
        filter,
        top: p.top()?,
    };
    let key = format!("trends?{}", q.unwrap_or_default());
    let (by, period) = (req.by, req.period);
    cached(&st, key, move |b| {
        Ok(serde_json::json!({
            "by": by.as_str(),
            "period": period.as_str(),
            "series": b.trends(&req)?,
        }))
    })
    .await
}
