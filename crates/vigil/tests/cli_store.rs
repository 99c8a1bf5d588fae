//! End-to-end tests of `vigil ingest`, `vigil events` and `vigil trends`
//! against real SQLite files.

use chrono::{Duration, NaiveDate};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use vigil_core::{Article, DatePrecision, GeoPrecision, Kind, Record};
use vigil_store::{Query, Store};

fn vigil() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_vigil"));
    c.env_remove("VIGIL_DB");
    c
}

fn run(args: &[&str], db: &Path) -> Output {
    vigil()
        .args(args)
        .arg("--db")
        .arg(db)
        .output()
        .expect("run vigil")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn write_articles(dir: &Path, n: usize) -> Vec<PathBuf> {
    (0..n)
        .map(|i| {
            let p = dir.join(format!("a{i:04}.txt"));
            std::fs::write(
                &p,
                format!(
                    "Clashes near town {i}\n\nGunmen attacked an army checkpoint near town {i} \
                     on Monday, killing {} soldiers, officials said.\n",
                    i % 7 + 1
                ),
            )
            .unwrap();
            p
        })
        .collect()
}

fn counts(db: &Path) -> (u64, u64) {
    let s = Store::open_read_only(db).unwrap();
    (
        s.article_count().unwrap(),
        s.count(&Query::default()).unwrap(),
    )
}

#[test]
fn ingest_is_idempotent_and_reports_a_summary() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("v.db");
    let inputs = dir.path().join("in");
    std::fs::create_dir(&inputs).unwrap();
    let files = write_articles(&inputs, 5);
    let mut args: Vec<&str> = vec!["ingest"];
    args.extend(files.iter().map(|p| p.to_str().unwrap()));
    let o = run(&args, &db);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("5 new article(s), 0 skipped"),
        "{}",
        stderr(&o)
    );
    let first = counts(&db);
    assert_eq!(first.0, 5);

    // Again, naming the directory this time.
    let o = run(&["ingest", inputs.to_str().unwrap()], &db);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("0 new article(s), 5 skipped"),
        "{}",
        stderr(&o)
    );
    assert_eq!(counts(&db), first);
}

#[test]
fn bad_input_is_reported_and_the_rest_is_ingested() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("v.db");
    let good = write_articles(dir.path(), 2);
    let missing = dir.path().join("does-not-exist.txt");
    let binary = dir.path().join("blob.txt");
    std::fs::write(&binary, [0u8, 159, 146, 150, 0, 0, 1, 2, 3]).unwrap();
    let o = vigil()
        .arg("ingest")
        .arg(&good[0])
        .arg(&missing)
        .arg(&binary)
        .arg(&good[1])
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("does-not-exist.txt"), "{err}");
    assert!(err.contains("blob.txt"), "{err}");
    assert!(err.contains("2 new article(s)"), "{err}");
    assert_eq!(counts(&db).0, 2);
}

#[test]
fn killing_ingest_midway_leaves_a_consistent_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("v.db");
    let files = write_articles(dir.path(), 400);
    let mut child = vigil()
        .arg("ingest")
        .args(&files)
        .arg("--db")
        .arg(&db)
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait until something is committed, then kill without warning.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        std::thread::sleep(std::time::Duration::from_millis(5));
        let done = child.try_wait().unwrap().is_some();
        let some = db.exists()
            && Store::open_read_only(&db)
                .and_then(|s| s.article_count())
                .is_ok_and(|n| n > 0);
        if done || some || std::time::Instant::now() > deadline {
            break;
        }
    }
    let _ = child.kill();
    let _ = child.wait();

    let s = Store::open_read_only(&db).unwrap();
    let ok: String = s
        .connection()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let orphans: i64 = s
        .connection()
        .query_row(
            "SELECT COUNT(*) FROM records WHERE article_id NOT IN (SELECT id FROM articles)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0);
    let kept = s.article_count().unwrap();
    assert!(kept > 0);
    drop(s);

    // Resuming stores the rest and skips what was committed.
    let o = vigil()
        .arg("ingest")
        .args(&files)
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(&format!("{kept} skipped")),
        "{}",
        stderr(&o)
    );
    assert_eq!(counts(&db).0, 400);
}

fn record(a: &Article, day: i64, lat: f64, actor: &str, killed: u32) -> Record {
    let mut r = Record::new(Kind::Event, a, [0, a.text.len()]);
    r.event_type = Some("Battles".into());
    r.sub_event_type = Some("Armed clash".into());
    r.date = NaiveDate::from_ymd_opt(2024, 1, 1).map(|d| d + Duration::days(day));
    r.date_precision = Some(DatePrecision::Day);
    r.country = Some("Iraq".into());
    r.country_code = Some("IQ".into());
    r.admin1 = Some("Nineveh".into());
    r.location = Some(format!("Village {lat}"));
    r.latitude = Some(lat);
    r.longitude = Some(43.1);
    r.geo_precision = Some(GeoPrecision::Place);
    r.actor1 = Some(actor.into());
    r.actor2 = Some("Military Forces of Iraq".into());
    r.fatalities = Some(killed);
    r.confidence = 0.7;
    r
}

/// Two outlets reporting one clash, one unrelated clash, and one claim.
fn seeded_db(dir: &Path) -> PathBuf {
    let db = dir.join("seed.db");
    let mut s = Store::open(&db).unwrap();
    let mut add = |text: &str, publisher: &str, recs: &dyn Fn(&Article) -> Vec<Record>| {
        let mut a = Article::new(text.into());
        a.publisher = Some(publisher.into());
        let r = recs(&a);
        s.insert_article(&a, &r).unwrap();
    };
    add(
        "ISIS fighters clashed with troops; 4 dead.",
        "Reuters",
        &|a| vec![record(a, 10, 36.30, "ISIS", 4)],
    );
    add(
        "Troops fought ISIS, \"seven\" killed, said AP.",
        "AP",
        &|a| vec![record(a, 11, 36.32, "ISIS", 7)],
    );
    add("PKK clash far away in Duhok.", "AFP", &|a| {
        let mut r = record(a, 10, 37.2, "PKK", 1);
        r.admin1 = Some("Duhok".into());
        let mut c = Record::new(Kind::Claim, a, [0, a.text.len()]);
        c.source = Some("Pentagon".into());
        c.country = Some("Iraq".into());
        vec![r, c]
    });
    s.rebuild_events().unwrap();
    db
}

#[test]
fn events_default_to_merged_events_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded_db(dir.path());

    // CSV: ACLED columns, one row per merged event.
    let o = run(&["events", "--format", "csv"], &db);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut rdr = csv::Reader::from_reader(o.stdout.as_slice());
    let headers = rdr.headers().unwrap().clone();
    for col in [
        "event_date",
        "event_type",
        "sub_event_type",
        "actor1",
        "actor2",
        "country",
        "admin1",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "source",
        "notes",
        "fatalities",
    ] {
        assert!(headers.iter().any(|h| h == col), "missing column {col}");
    }
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 2);
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let merged = rows
        .iter()
        .find(|r| r[col("source")].contains(';'))
        .unwrap();
    assert_eq!(&merged[col("source")], "AP; Reuters");
    assert_eq!(&merged[col("fatalities")], "4"); // most conservative
    assert_eq!(&merged[col("fatalities_high")], "7");
    assert!(merged[col("notes")].contains("ISIS"));

    // --reports lists raw rows, claims included.
    let o = run(&["events", "--reports", "--format", "jsonl"], &db);
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert!(lines.iter().any(|v| v["kind"] == "claim"));
    let o = run(&["events", "--kind", "claim", "--format", "jsonl"], &db);
    assert_eq!(stdout(&o).lines().count(), 1);

    // GeoJSON: points in [lon, lat] order.
    let o = run(&["events", "--format", "geojson", "--actor", "isis"], &db);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["type"], "FeatureCollection");
    let f = v["features"].as_array().unwrap();
    assert_eq!(f.len(), 1);
    assert_eq!(f[0]["geometry"]["type"], "Point");
    assert_eq!(f[0]["geometry"]["coordinates"][0], 43.1);

    // Filters.
    let o = run(&["events", "--format", "jsonl", "--country", "SY"], &db);
    assert_eq!(stdout(&o).lines().count(), 0);
    // A merged event is dated by its earliest report (Jan 11 here).
    let o = run(
        &["events", "--format", "jsonl", "--since", "2024-01-12"],
        &db,
    );
    assert_eq!(stdout(&o).lines().count(), 0);
    let o = run(
        &[
            "events",
            "--reports",
            "--format",
            "jsonl",
            "--since",
            "2024-01-12",
        ],
        &db,
    );
    assert_eq!(stdout(&o).lines().count(), 1);

    // Table mentions both events and the total.
    let o = run(&["events"], &db);
    assert!(o.status.success());
    assert!(stdout(&o).contains("2 event(s)"), "{}", stdout(&o));
}

#[test]
fn explain_shows_why_reports_were_merged() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded_db(dir.path());
    let s = Store::open_read_only(&db).unwrap();
    let ev = s.query_events(&Query::default()).unwrap();
    let merged = ev.iter().find(|e| e.event.members.len() == 2).unwrap();
    let second = merged.event.members[1];
    drop(s);
    // By event id, and by the id of a member report.
    for id in [merged.event.id, second] {
        let o = run(&["events", "--explain", &id.to_string()], &db);
        assert!(o.status.success(), "{}", stderr(&o));
        let out = stdout(&o);
        assert!(out.contains(&format!("#{second} joined via")), "{out}");
        assert!(
            out.contains(" km,") && out.contains("day(s) apart"),
            "{out}"
        );
        assert!(
            out.contains("Reuters: 4 killed") && out.contains("AP: 7 killed"),
            "{out}"
        );
    }
    let o = run(&["events", "--explain", "999999"], &db);
    assert!(!o.status.success());
}

#[test]
fn trends_flags_a_surge() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let mut s = Store::open(&db).unwrap();
    // One clash a week for 12 weeks, then five a week for 4 weeks, each
    // far enough apart not to merge.
    let mut n = 0;
    for week in 0..16i64 {
        let per = if week >= 12 { 5 } else { 1 };
        for k in 0..per {
            n += 1;
            let a = Article::new(format!("Report {n}"));
            let r = record(&a, week * 7 + k, 30.0 + n as f64 * 0.5, "ISIS", 1);
            s.insert_article(&a, &[r]).unwrap();
        }
    }
    s.rebuild_events().unwrap();
    drop(s);
    let o = run(&["trends", "--format", "json"], &db);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let g = &v["groups"][0];
    assert_eq!(g["group"], "Iraq");
    assert_eq!(g["resurgence"]["recent_count"], 20);
    assert_eq!(g["resurgence"]["baseline_count"], 12);
    assert_eq!(g["resurgence"]["verdict"], "rising");
    let o = run(&["trends", "--by", "actor"], &db);
    let out = stdout(&o);
    assert!(out.contains("ISIS") && out.contains("rising"), "{out}");
}

#[test]
fn missing_database_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(&["events"], &dir.path().join("nope.db"));
    assert!(!o.status.success());
    assert!(stderr(&o).contains("vigil ingest"), "{}", stderr(&o));
}

#[test]
fn real_articles_are_extracted_merged_and_a_skipped_merge_is_caught_up() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/articles");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let fx = fixtures.to_str().unwrap();
    let o = run(&["ingest", fx, "--no-dedup"], &db);
    assert!(o.status.success(), "{}", stderr(&o));
    let s = Store::open_read_only(&db).unwrap();
    let reports = s
        .count(&Query {
            kind: Some(Kind::Event),
            ..Default::default()
        })
        .unwrap();
    assert!(reports > 0);
    assert_eq!(s.count_events(&Query::default()).unwrap(), 0);
    assert!(s.events_stale().unwrap());
    drop(s);

    // Nothing new to store, but the missing merge is done.
    let o = run(&["ingest", fx], &db);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("0 new article(s)"), "{}", stderr(&o));
    let s = Store::open_read_only(&db).unwrap();
    assert!(!s.events_stale().unwrap());
    let events = s.count_events(&Query::default()).unwrap();
    assert!(events > 0 && events <= reports);
    // Every event report points at an event that lists it.
    for r in s
        .query(&Query {
            kind: Some(Kind::Event),
            limit: Some(10_000),
            ..Default::default()
        })
        .unwrap()
    {
        let e = s.event(r.event_id.unwrap()).unwrap().unwrap();
        assert!(e.event.members.contains(&r.id));
    }
}

#[test]
fn batched_ingest_stores_the_same_as_one_article_per_transaction() {
    let dir = tempfile::tempdir().unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/articles");
    let fx = fixtures.to_str().unwrap();
    let (one, many) = (dir.path().join("one.db"), dir.path().join("many.db"));
    let o = run(&["ingest", fx, "--batch", "1"], &one);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&["ingest", fx], &many);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(counts(&one), counts(&many));
    let csv = |db: &Path| stdout(&run(&["events", "--format", "csv"], db));
    assert_eq!(csv(&one), csv(&many));
    let o = run(&["ingest", fx, "--batch", "7"], &many);
    assert!(stderr(&o).contains("0 new article(s)"), "{}", stderr(&o));
    assert_eq!(counts(&one), counts(&many));
}
