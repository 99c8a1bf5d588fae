//! HTTP API end to end through the router (no socket): routes vs OpenAPI,
//! filters, pagination, errors, detail; on the in-memory backend and on a
//! real SQLite store.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::Value;
use std::sync::Arc;
use tower::ServiceExt;
use vigil_serve::backend::Backend;
use vigil_serve::{router, synth, Config, MemBackend, StoreBackend};

async fn get(app: &axum::Router, uri: &str) -> (StatusCode, Value) {
    let res = app
        .clone()
        .oneshot(Request::get(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    let v = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    (status, v)
}

fn mem_app(n: u64) -> (axum::Router, Arc<MemBackend>) {
    let b = Arc::new(synth::mem_backend(n, 42));
    (router(b.clone(), Config::default()), b)
}

fn openapi() -> Value {
    serde_json::from_str(vigil_serve::OPENAPI_JSON).expect("openapi.json is valid JSON")
}

/// A valid value for each documented query parameter.
fn sample_value(name: &str) -> &'static str {
    match name {
        "country" => "Iraq",
        "actor" => "Islamic State",
        "type" => "Battles",
        "kind" => "event",
        "since" => "2023-01-01",
        "until" => "2024-12-31",
        "bbox" => "30,0,50,40",
        "limit" => "10",
        "offset" => "0",
        "by" => "country",
        "period" => "month",
        "top" => "3",
        other => panic!("openapi.json documents a parameter the test does not know: {other}"),
    }
}

#[tokio::test]
async fn every_route_is_in_openapi_and_every_documented_path_is_served() {
    let doc = openapi();
    let paths = doc["paths"].as_object().unwrap();
    let served = vigil_serve::api_paths();
    for p in &served {
        assert!(
            paths.contains_key(*p),
            "route {p} missing from openapi.json"
        );
    }
    for p in paths.keys() {
        assert!(
            served.contains(&p.as_str()),
            "openapi.json documents {p}, not served"
        );
    }
    let (app, _) = mem_app(50);
    for (path, item) in paths {
        let uri = path.replace("{id}", "1");
        let (status, body) = get(&app, &uri).await;
        assert_eq!(status, StatusCode::OK, "{uri}: {body}");
        // Every documented query parameter is accepted with a valid value.
        for p in item["get"]["parameters"].as_array().into_iter().flatten() {
            if p["in"] != "query" {
                continue;
            }
            let name = p["name"].as_str().unwrap();
            let uri = format!("{path}?{name}={}", sample_value(name).replace(' ', "%20"));
            let (status, body) = get(&app, &uri).await;
            assert_eq!(status, StatusCode::OK, "{uri}: {body}");
        }
    }
    let (status, body) = get(&app, "/api/nope").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["error"], "no such route");
}

#[tokio::test]
async fn bad_parameters_get_400_with_a_clear_message() {
    let (app, _) = mem_app(20);
    let cases = [
        ("/api/events?since=2019-13-45", "invalid date 'since'"),
        ("/api/events?until=yesterday", "invalid date 'until'"),
        ("/api/events?limit=1001", "'limit'"),
        ("/api/events?offset=-3", "'offset'"),
        ("/api/events?contry=Iraq", "unknown parameter 'contry'"),
        ("/api/events?bbox=1,2,3", "'bbox'"),
        ("/api/claims?kind=event", "'kind'"),
        ("/api/trends?by=planet", "'by'"),
        ("/api/trends?period=decade", "'period'"),
        ("/api/trends?top=0", "'top'"),
        ("/api/events/abc", "invalid id"),
        ("/api/sources?x=1", "unknown parameter"),
    ];
    for (uri, needle) in cases {
        let (status, body) = get(&app, uri).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}: {body}");
        let msg = body["error"].as_str().unwrap_or_default();
        assert!(msg.contains(needle), "{uri}: {msg:?} lacks {needle:?}");
    }
    let (status, body) = get(&app, "/api/events/999999").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body["error"].as_str().unwrap().contains("999999"));
}

#[tokio::test]
async fn filters_and_pagination_agree_with_the_data() {
    let (app, b) = mem_app(600);
    let all = b
        .list(
            &vigil_serve::Filter {
                kind: Some(vigil_core::Kind::Event),
                limit: 1000,
                ..Default::default()
            },
            None,
        )
        .unwrap();
    let iraq = all
        .items
        .iter()
        .filter(|i| i.record.country.as_deref() == Some("Iraq"))
        .count() as u64;
    assert!(iraq > 0 && iraq < all.total);

    let (_, v) = get(&app, "/api/events?country=Iraq&limit=7&offset=3").await;
    assert_eq!(v["total"], iraq);
    assert_eq!(v["items"].as_array().unwrap().len(), 7);
    assert!(v["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["country"] == "Iraq" && i["kind"] == "event"));
    // ISO code and name select the same rows.
    let (_, v2) = get(&app, "/api/events?country=iq&limit=7&offset=3").await;
    assert_eq!(v["items"], v2["items"]);
    // Pages do not overlap and are newest first.
    let (_, p1) = get(&app, "/api/events?limit=5").await;
    let (_, p2) = get(&app, "/api/events?limit=5&offset=5").await;
    let dates: Vec<&str> = p1["items"]
        .as_array()
        .unwrap()
        .iter()
        .chain(p2["items"].as_array().unwrap())
        .map(|i| i["date"].as_str().unwrap())
        .collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    assert_ne!(p1["items"][0]["id"], p2["items"][0]["id"]);

    let (_, d) = get(
        &app,
        "/api/events?since=2024-06-01&until=2024-06-30&limit=1000",
    )
    .await;
    assert!(d["items"].as_array().unwrap().iter().all(|i| {
        let s = i["date"].as_str().unwrap();
        ("2024-06-01"..="2024-06-30").contains(&s)
    }));
    let (_, bb) = get(&app, "/api/events?bbox=42,33,46,37&limit=1000").await;
    assert!(bb["total"].as_u64().unwrap() > 0);
    assert!(bb["items"].as_array().unwrap().iter().all(|i| {
        let (lon, lat) = (
            i["longitude"].as_f64().unwrap(),
            i["latitude"].as_f64().unwrap(),
        );
        (42.0..=46.0).contains(&lon) && (33.0..=37.0).contains(&lat)
    }));

    let (_, c) = get(&app, "/api/claims?limit=1000").await;
    assert!(c["total"].as_u64().unwrap() > 0);
    assert!(c["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["kind"] == "claim"));

    let (_, countries) = get(&app, "/api/countries").await;
    let iraq_row = countries
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["country"] == "Iraq")
        .unwrap();
    assert_eq!(iraq_row["events"], iraq);
}

#[tokio::test]
async fn detail_has_sentences_attribution_sources_and_merged_reports() {
    let (app, _) = mem_app(30);
    // synth merges every fifth event into the one before it.
    let (_, v) = get(&app, "/api/events/5").await;
    let merged = v["merged"].as_array().unwrap();
    assert!(!merged.is_empty(), "{v}");
    // synth reports all come from different articles: one sentence each.
    assert_eq!(
        v["sentences"].as_array().unwrap().len(),
        1 + merged.len(),
        "one sentence per report"
    );
    assert_eq!(v["sentences"][0]["text"], v["event"]["text"]);
    assert!(v["attribution"]["publisher"].is_string());
    assert!(!v["sources"].as_array().unwrap().is_empty());
    assert!(v["sources"][0]["url"].is_string());
}

#[tokio::test]
async fn trends_give_series_and_a_signal() {
    let (app, _) = mem_app(800);
    let (s, v) = get(&app, "/api/trends?by=country&period=month&top=3").await;
    assert_eq!(s, StatusCode::OK);
    let series = v["series"].as_array().unwrap();
    assert_eq!(series.len(), 3);
    let totals: Vec<u64> = series
        .iter()
        .map(|s| s["total"].as_u64().unwrap())
        .collect();
    assert!(totals.windows(2).all(|w| w[0] >= w[1]));
    for s in series {
        let sum: u64 = s["points"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["count"].as_u64().unwrap())
            .sum();
        assert_eq!(sum, s["total"].as_u64().unwrap());
        assert!(s["resurgence"]["p_value"].is_number());
    }
}

/// Fills a temp SQLite store with `n` synthetic articles and merges events.
fn temp_store(n: u64) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let mut store = vigil_store::Store::open(&path).unwrap();
    let mut rng = synth::Rng::new(9);
    for i in 0..n {
        let (a, r, _) = synth::article_and_record(i, &mut rng);
        store.insert_article(&a, &[r]).unwrap();
    }
    store.rebuild_events().unwrap();
    (dir, path)
}

#[tokio::test]
async fn sqlite_backend_serves_merged_events() {
    let (_dir, path) = temp_store(300);
    let backend = Arc::new(StoreBackend::open(&path, 2).unwrap());
    assert!(backend.merged());
    let app = router(backend.clone(), Config::default());
    let (s, v) = get(&app, "/api/events?limit=1000").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let total = v["total"].as_u64().unwrap();
    assert_eq!(v["items"].as_array().unwrap().len() as u64, total);
    let store = vigil_store::Store::open_read_only(&path).unwrap();
    assert_eq!(total, store.count_events(&Default::default()).unwrap());

    let (_, iq) = get(&app, "/api/events?country=Iraq&limit=1000").await;
    let n_iraq = iq["total"].as_u64().unwrap();
    assert!(n_iraq > 0 && n_iraq < total);
    let (_, countries) = get(&app, "/api/countries").await;
    let row = countries
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["country"] == "Iraq")
        .unwrap();
    assert_eq!(row["events"].as_u64().unwrap(), n_iraq);

    let id = iq["items"][0]["id"].as_i64().unwrap();
    let (s, d) = get(&app, &format!("/api/events/{id}")).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(d["event"]["id"], id);
    assert!(!d["sentences"][0]["text"].as_str().unwrap().is_empty());
    assert!(d["sources"][0]["publisher"].is_string());
    assert!(
        d["merge"]["rule"].is_string(),
        "merged events explain the merge"
    );

    // The actor fast path returns exactly the store's own page.
    for (actor, extra) in [
        ("Taliban", ""),
        ("Islamic State", "&country=Iraq"),
        ("M23", "&since=2024-01-01"),
    ] {
        let uri = format!(
            "/api/events?actor={}&limit=20&offset=3{extra}",
            actor.replace(' ', "%20")
        );
        let (_, v) = get(&app, &uri).await;
        let got: Vec<i64> = v["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_i64().unwrap())
            .collect();
        let q = vigil_store::Query {
            kind: Some(vigil_core::Kind::Event),
            actor: Some(actor.into()),
            country: (!extra.is_empty() && extra.contains("country")).then(|| "Iraq".into()),
            since: extra
                .contains("since")
                .then(|| "2024-01-01".parse().unwrap()),
            limit: Some(20),
            offset: Some(3),
            ..Default::default()
        };
        let want: Vec<i64> = store
            .query_events(&q)
            .unwrap()
            .iter()
            .map(|e| e.event.id)
            .collect();
        assert!(!want.is_empty(), "{uri}");
        assert_eq!(got, want, "{uri}");
        assert_eq!(
            v["total"].as_u64().unwrap(),
            store.count_events(&q).unwrap()
        );
    }

    let (_, c) = get(&app, "/api/claims?limit=1").await;
    assert!(c["total"].as_u64().unwrap() > 0);
    for kind in [vigil_core::Kind::Event, vigil_core::Kind::Claim] {
        let f = vigil_serve::Filter {
            kind: Some(kind),
            country: Some("Syria".into()),
            limit: 1000,
            ..Default::default()
        };
        let page = backend.list(&f, None).unwrap();
        assert_eq!(backend.count(&f).unwrap(), page.total);
        assert_eq!(page.items.len() as u64, page.total);
    }
    let (_, t) = get(&app, "/api/trends?by=actor&top=4").await;
    assert_eq!(t["series"].as_array().unwrap().len(), 4);
    let (_, src) = get(&app, "/api/sources").await;
    assert!(!src.as_array().unwrap().is_empty());
    // bbox: an event is inside when any of its reports is.
    let (w, so, e, n) = (42.0, 33.0, 46.0, 37.0);
    let inside = |r: &vigil_core::Record| matches!((r.longitude, r.latitude), (Some(x), Some(y)) if (w..=e).contains(&x) && (so..=n).contains(&y));
    let all = store
        .query(&vigil_store::Query {
            limit: Some(100_000),
            ..Default::default()
        })
        .unwrap();
    let want: std::collections::BTreeSet<i64> = all
        .iter()
        .filter(|r| r.record.kind == vigil_core::Kind::Event && inside(&r.record))
        .filter_map(|r| r.event_id)
        .collect();
    assert!(!want.is_empty());
    let (s, v) = get(&app, "/api/events?bbox=42,33,46,37&limit=1000").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let got: std::collections::BTreeSet<i64> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect();
    assert_eq!(got, want);
    assert_eq!(v["total"].as_u64().unwrap(), want.len() as u64);
    let (_, c) = get(&app, "/api/claims?bbox=42,33,46,37&limit=1000").await;
    let claims_in = all
        .iter()
        .filter(|r| r.record.kind == vigil_core::Kind::Claim && inside(&r.record))
        .count() as u64;
    assert_eq!(c["total"].as_u64().unwrap(), claims_in);
    let (s, _) = get(&app, "/api/countries?bbox=42,33,46,37").await;
    assert_eq!(s, StatusCode::OK);
}
