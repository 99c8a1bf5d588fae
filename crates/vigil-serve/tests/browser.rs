//! The dashboard in a real headless Chromium, driven over the Chrome DevTools
//! Protocol: starts the server on 127.0.0.1 (ephemeral port) over a temp
//! SQLite database it fills, loads the page, checks the map and the table,
//! applies a filter, opens an event, and writes target/dashboard.png.
//!
//! Without Chromium the test prints why and passes, except under `CI` where
//! a missing browser is a failure (CI installs it).

use serde_json::{json, Value};
use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tungstenite::{stream::MaybeTlsStream, Message, WebSocket};
use vigil_serve::backend::Backend;
use vigil_serve::{synth, Config, StoreBackend};

const WAIT: Duration = Duration::from_secs(30);

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "0" && v != "false")
}

fn find_chromium() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|p| p.exists())
}

/// Kills the browser however the test ends.
struct Browser(Child);

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn launch(chromium: &Path, profile: &Path) -> (Browser, String) {
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--hide-scrollbars",
            "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0",
            "--window-size=1400,1100",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("about:blank")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starting chromium");
    let stderr = child.stderr.take().expect("chromium stderr");
    let browser = Browser(child);
    let (tx, rx) = std::sync::mpsc::channel();
    // Keeps draining stderr so Chromium never blocks on a full pipe.
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(i) = line.find("ws://") {
                let _ = tx.send(line[i..].trim().to_string());
            }
        }
    });
    let ws = rx
        .recv_timeout(WAIT)
        .expect("chromium did not print its DevTools address");
    (browser, ws)
}

/// A minimal CDP client over one flattened page session.
struct Cdp {
    ws: WebSocket<MaybeTlsStream<TcpStream>>,
    next: u64,
    session: Option<String>,
}

impl Cdp {
    fn call(&mut self, method: &str, params: Value) -> Value {
        self.next += 1;
        let id = self.next;
        let mut msg = json!({ "id": id, "method": method, "params": params });
        if let Some(s) = &self.session {
            msg["sessionId"] = json!(s);
        }
        self.ws
            .send(Message::text(msg.to_string()))
            .expect("sending to chromium");
        let deadline = Instant::now() + WAIT;
        loop {
            assert!(Instant::now() < deadline, "no answer to {method}");
            let m = self.ws.read().expect("reading from chromium");
            let Message::Text(t) = m else { continue };
            let v: Value = serde_json::from_str(t.as_str()).expect("CDP JSON");
            if v["id"] == id {
                if let Some(e) = v.get("error") {
                    panic!("{method} failed: {e}");
                }
                return v["result"].clone();
            }
        }
    }

    fn eval(&mut self, js: &str) -> Value {
        let r = self.call(
            "Runtime.evaluate",
            json!({ "expression": js, "returnByValue": true, "awaitPromise": true }),
        );
        if let Some(ex) = r.get("exceptionDetails") {
            panic!("page script failed: {js}\n{ex}");
        }
        r["result"]["value"].clone()
    }

    /// Polls `js` until it is true; panics with `what` after [`WAIT`].
    fn wait_for(&mut self, js: &str, what: &str) {
        let deadline = Instant::now() + WAIT;
        while Instant::now() < deadline {
            if self.eval(js) == json!(true) {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let state = self.eval("document.body ? document.body.innerText.slice(0, 600) : ''");
        panic!("timed out waiting for {what}; page says: {state}");
    }
}

fn decode_base64(s: &str) -> Vec<u8> {
    let val = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for c in s.bytes().filter_map(val) {
        acc = (acc << 6) | c;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

/// The server on an ephemeral loopback port, in its own runtime thread.
fn start_server(backend: Arc<StoreBackend>) -> String {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Runtime::new().expect("runtime");
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let _ = tx.send(listener.local_addr().unwrap());
            let app = vigil_serve::router(backend, Config::default());
            // Runs until the test process exits.
            let _ = vigil_serve::serve(listener, app, std::future::pending()).await;
        });
    });
    let addr = rx.recv_timeout(WAIT).expect("server did not start");
    format!("http://{addr}/")
}

fn screenshot_path() -> PathBuf {
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    target.join("dashboard.png")
}

const ROWS: &str = "document.querySelectorAll('#events-table tbody tr[data-id]').length";
const SETTLED: &str = "!!document.body && document.body.dataset.ready === '1' && document.body.dataset.pending === '0'";

#[test]
fn dashboard_renders_filters_and_opens_an_event() {
    let Some(chromium) = find_chromium() else {
        assert!(
            !in_ci(),
            "chromium is not installed but CI is set: .ci/run must install it"
        );
        eprintln!("SKIPPED dashboard browser test: chromium not found (apt-get install chromium)");
        return;
    };

    // A database the test controls, so the expected counts are known.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("dash.db");
    {
        let mut store = vigil_store::Store::open(&db).unwrap();
        let mut rng = synth::Rng::new(2024);
        for i in 0..400 {
            let (a, r, _) = synth::article_and_record(i, &mut rng);
            store.insert_article(&a, &[r]).unwrap();
        }
        store.rebuild_events().unwrap();
    }
    let backend = Arc::new(StoreBackend::open(&db, 2).unwrap());
    let count = |country: Option<&str>| {
        backend
            .list(
                &vigil_serve::Filter {
                    kind: Some(vigil_core::Kind::Event),
                    country: country.map(String::from),
                    limit: 1000,
                    ..Default::default()
                },
                None,
            )
            .unwrap()
    };
    let all = count(None);
    let syria = count(Some("Syria"));
    assert!(all.total > 50 && syria.total > 0 && syria.total < all.total);
    let located = all
        .items
        .iter()
        .filter(|i| i.record.latitude.is_some())
        .count();
    let url = start_server(backend.clone());

    let profile = tempfile::tempdir().unwrap();
    let (_browser, ws_url) = launch(&chromium, profile.path());
    let (ws, _) = tungstenite::connect(ws_url.as_str()).expect("connecting to DevTools");
    let mut cdp = Cdp {
        ws,
        next: 0,
        session: None,
    };
    let target = cdp.call("Target.createTarget", json!({ "url": "about:blank" }));
    let attached = cdp.call(
        "Target.attachToTarget",
        json!({ "targetId": target["targetId"], "flatten": true }),
    );
    cdp.session = Some(attached["sessionId"].as_str().unwrap().to_string());
    cdp.call(
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": 1400, "height": 1100, "deviceScaleFactor": 1, "mobile": false }),
    );
    // Collects script errors from the page's first line on.
    cdp.call("Page.enable", json!({}));
    cdp.call(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": "window.__errors = [];
            addEventListener('error', e => __errors.push(String(e.message)));
            addEventListener('unhandledrejection', e => __errors.push(String(e.reason)));" }),
    );
    cdp.call("Page.navigate", json!({ "url": url }));
    cdp.wait_for(SETTLED, "the dashboard to load");

    // Map: country outlines from the bundled basemap and one dot per located event.
    let outlines = cdp.eval("document.querySelectorAll('#map path.country').length");
    assert!(outlines.as_u64().unwrap() > 150, "outlines: {outlines}");
    let dots = cdp.eval("document.querySelectorAll('#map circle.ev').length");
    assert_eq!(dots.as_u64().unwrap() as usize, located);
    // Table: a first page of 50 of all events, with the total shown.
    assert_eq!(cdp.eval(ROWS).as_u64().unwrap(), 50);
    let counter = cdp.eval("document.getElementById('table-count').textContent");
    assert!(
        counter
            .as_str()
            .unwrap()
            .ends_with(&format!(" of {}", all.total)),
        "{counter}"
    );
    // Trends drew at least one theatre with a signal badge.
    let trends = cdp.eval("document.querySelectorAll('#trends .trend .badge').length");
    assert!(trends.as_u64().unwrap() >= 1);

    // Trends per actor: the series become actors of the events, and clicking
    // one filters the table to that actor's events.
    cdp.eval(
        "(() => { const s = document.getElementById('t-by'); s.value = 'actor';
                  s.dispatchEvent(new Event('change')); return true; })()",
    );
    cdp.wait_for(
        &format!(
            "{SETTLED} && document.getElementById('t-what').textContent === 'most active actors'"
        ),
        "trends per actor",
    );
    let keys = cdp.eval("[...document.querySelectorAll('#trends .trend')].map(t => t.dataset.key)");
    let actors: std::collections::HashSet<&str> = all
        .items
        .iter()
        .flat_map(|i| [i.record.actor1.as_deref(), i.record.actor2.as_deref()])
        .flatten()
        .collect();
    let keys: Vec<&str> = keys
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|k| k.as_str())
        .collect();
    assert!(
        !keys.is_empty() && keys.iter().all(|k| actors.contains(k)),
        "{keys:?}"
    );
    cdp.eval("document.querySelector('#trends .trend .k').click(), true");
    cdp.wait_for(
        &format!(
            "{SETTLED} && document.getElementById('f-actor').value === {:?}",
            keys[0]
        ),
        "the actor filter from a trend",
    );
    cdp.eval(
        "(() => { document.getElementById('f-actor').value = '';
                  const s = document.getElementById('t-by'); s.value = 'country';
                  s.dispatchEvent(new Event('change')); return true; })()",
    );
    cdp.wait_for(
        &format!(
            "{SETTLED} && document.getElementById('table-count').textContent.endsWith(' of {}')",
            all.total
        ),
        "the unfiltered table again",
    );

    // Filter to one country: rows change to that country only.
    cdp.eval(
        "(() => { const s = document.getElementById('f-country'); s.value = 'Syria';
                  s.dispatchEvent(new Event('change')); return true; })()",
    );
    cdp.wait_for(
        &format!(
            "{SETTLED} && document.getElementById('table-count').textContent.endsWith(' of {}')",
            syria.total
        ),
        "the table to show the filtered total",
    );
    let expected_rows = syria.total.min(50);
    assert_eq!(cdp.eval(ROWS).as_u64().unwrap(), expected_rows);
    let countries = cdp.eval(
        "[...document.querySelectorAll('#events-table tbody tr[data-id]')].map(r => r.cells[1].textContent)",
    );
    assert!(
        countries.as_array().unwrap().iter().all(|c| c == "Syria"),
        "{countries}"
    );

    // Open the first event: its sentence, attribution and sources appear.
    let id = cdp
        .eval("Number(document.querySelector('#events-table tbody tr[data-id]').dataset.id)")
        .as_i64()
        .unwrap();
    cdp.eval("document.querySelector('#events-table tbody tr[data-id]').click(), true");
    cdp.wait_for(
        &format!("document.getElementById('d-body').dataset.id === '{id}' && !!document.querySelector('#d-body blockquote.sentence')"),
        "the event detail to open",
    );
    let detail = backend.detail(id).unwrap().expect("opened event exists");
    let shown = cdp.eval("document.querySelector('#d-body blockquote.sentence').textContent");
    assert!(
        shown
            .as_str()
            .unwrap()
            .starts_with(&detail.sentences[0].text),
        "shown {shown}, expected {:?}",
        detail.sentences[0].text
    );
    let body = cdp.eval("document.getElementById('d-body').innerText");
    let publisher = detail.sources[0].publisher.clone().unwrap();
    assert!(body.as_str().unwrap().contains(&publisher), "{body}");

    let errors = cdp.eval("window.__errors");
    assert_eq!(errors, json!([]), "the page raised script errors");

    let shot = cdp.call("Page.captureScreenshot", json!({ "format": "png" }));
    let png = decode_base64(shot["data"].as_str().unwrap());
    assert!(png.starts_with(b"\x89PNG"), "not a PNG");
    let path = screenshot_path();
    std::fs::write(&path, &png).unwrap();
    eprintln!("dashboard screenshot: {}", path.display());
}
