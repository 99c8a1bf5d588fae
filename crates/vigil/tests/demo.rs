//! `vigil demo` and `vigil serve` end to end through the real binary: the
//! bundled sample corpus is ingested into a fresh database, then served on an
//! ephemeral loopback port and queried over HTTP.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const VIGIL: &str = env!("CARGO_BIN_EXE_vigil");

/// Stops the server however the test ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `vigil serve` on port 0 and returns it with the address it printed.
fn serve(db: &Path) -> (Server, String) {
    let mut child = Command::new(VIGIL)
        .args(["serve", "--addr", "127.0.0.1:0", "--db"])
        .arg(db)
        .env_remove("VIGIL_DB")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("starting vigil serve");
    let stdout = child.stdout.take().unwrap();
    let server = Server(child);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(i) = line.find("http://") {
                let url = line[i + "http://".len()..]
                    .trim_end_matches('/')
                    .to_string();
                let _ = tx.send(url);
            }
        }
    });
    let addr = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("vigil serve did not print its URL");
    (server, addr)
}

/// A plain HTTP/1.1 GET; returns (status, body).
fn http_get(addr: &str, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(addr).expect("connecting to vigil serve");
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = String::new();
    s.read_to_string(&mut raw).unwrap();
    let status = raw
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = raw.split_once("\r\n\r\n").map(|(_, b)| b).unwrap_or("");
    (status, body.to_string())
}

#[test]
fn demo_ingests_the_sample_corpus_and_serve_answers_over_http() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    // A stale file must be replaced, not appended to.
    std::fs::write(&db, b"not a database").unwrap();
    let out = Command::new(VIGIL)
        .args(["demo", "--no-serve", "--db"])
        .arg(&db)
        .output()
        .expect("running vigil demo");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("articles"), "{stdout}");

    let store = vigil_store::Store::open_read_only(&db).unwrap();
    let articles = store.article_count().unwrap();
    let events = store.count_events(&Default::default()).unwrap();
    assert!(articles >= 10, "only {articles} sample articles ingested");
    assert!(events > 0, "the sample corpus gave no events");
    assert!(stdout.contains(&format!("{articles} articles")), "{stdout}");
    drop(store);

    let (_server, addr) = serve(&db);
    let (status, body) = http_get(&addr, "/healthz");
    assert_eq!(status, 200, "{body}");
    let (status, body) = http_get(&addr, "/api/events?limit=5");
    assert_eq!(status, 200, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["total"].as_u64().unwrap(), events);
    assert_eq!(
        v["items"].as_array().unwrap().len() as u64,
        events.min(5),
        "{body}"
    );
    let (status, body) = http_get(&addr, "/api/events?since=2019-13-45");
    assert_eq!(status, 400);
    assert!(body.contains("invalid date 'since'"), "{body}");
    let (status, html) = http_get(&addr, "/");
    assert_eq!(status, 200);
    assert!(html.contains("<script src=\"/app.js\">"));
}

#[test]
fn serve_refuses_a_missing_database_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(VIGIL)
        .args(["serve", "--addr", "127.0.0.1:0", "--db"])
        .arg(dir.path().join("absent.db"))
        .env_remove("VIGIL_DB")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no database"), "{err}");
}
