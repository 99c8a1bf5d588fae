//! End-to-end tests of `vigil extract`: the plumbing (inputs, formats, exit
//! codes, messages), not the extractor's accuracy.
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Every field of `vigil_core::Record` that is always serialised.
const RECORD_FIELDS: &[&str] = &[
    "kind",
    "event_type",
    "sub_event_type",
    "cameo",
    "date",
    "date_precision",
    "country",
    "country_code",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "actor1",
    "actor2",
    "fatalities",
    "fatalities_low",
    "fatalities_high",
    "wounded",
    "detained",
    "source",
    "publisher",
    "text",
    "span",
    "article_id",
    "confidence",
];

const ARTICLE: &str = "Published: 2021-03-14\nSource: Sahel Observer\n\nSoldiers killed in ambush near Menaka\nGunmen ambushed an army convoy near Menaka on Saturday, killing four soldiers and wounding six others, the army said.\n";

fn vigil(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vigil"))
        .args(args)
        .env("RUST_BACKTRACE", "0")
        .env("VIGIL_LOG", "error")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run vigil");
    if let Some(mut pipe) = child.stdin.take() {
        if let Some(s) = stdin {
            // vigil may exit (usage error) before reading: a broken pipe
            // here is expected then, and the exit status is what is tested.
            let _ = pipe.write_all(s.as_bytes());
        }
    }
    child.wait_with_output().expect("wait for vigil")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn write(dir: &Path, name: &str, content: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, content).expect("write fixture");
    p
}

fn json_lines(s: &str) -> Vec<serde_json::Value> {
    s.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

#[test]
fn help_teaches_with_examples() {
    let o = vigil(&["extract", "--help"], None);
    assert!(o.status.success());
    let h = stdout(&o);
    for needle in [
        "Examples:",
        "vigil extract --published 2019-11-22",
        "--input-format",
        "jsonl",
        "table",
        "Exit status",
    ] {
        assert!(h.contains(needle), "--help lacks {needle:?}:\n{h}");
    }
}

#[test]
fn records_are_json_lines_with_public_field_names() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "a.txt", ARTICLE.as_bytes());
    let o = vigil(&["extract", f.to_str().unwrap()], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = ARTICLE.split_once("\n\n").unwrap().1.trim_end();
    let id = vigil_core::article_id(text);
    for v in json_lines(&stdout(&o)) {
        for f in RECORD_FIELDS {
            assert!(v.get(f).is_some(), "record lacks {f}: {v}");
        }
        assert_eq!(v["article_id"], id.as_str());
        assert_eq!(v["publisher"], "Sahel Observer");
        // The span points at the record's sentence in the article text.
        let (s, e) = (
            v["span"][0].as_u64().unwrap() as usize,
            v["span"][1].as_u64().unwrap() as usize,
        );
        assert_eq!(text.get(s..e), v["text"].as_str());
    }
    assert!(
        stderr(&o).contains("1 article(s) from 1 input(s)"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn stdin_is_read_with_dash() {
    let o = vigil(&["extract", "--format", "articles", "-"], Some(ARTICLE));
    assert!(o.status.success(), "{}", stderr(&o));
    let a = json_lines(&stdout(&o));
    assert_eq!(a.len(), 1);
    assert_eq!(a[0]["title"], "Soldiers killed in ambush near Menaka");
    assert_eq!(a[0]["published"], "2021-03-14");
    let o = vigil(&["extract", "-q", "-"], Some(ARTICLE));
    assert!(o.status.success());
    json_lines(&stdout(&o));
    assert!(stderr(&o).is_empty(), "-q still printed: {}", stderr(&o));
}

#[test]
fn several_files_keep_input_order() {
    let dir = tempfile::tempdir().unwrap();
    let names: Vec<String> = (0..40)
        .map(|i| {
            let p = write(
                dir.path(),
                &format!("{i:02}.txt"),
                format!("Headline {i}\nBody of article {i}.").as_bytes(),
            );
            p.to_string_lossy().into_owned()
        })
        .rev()
        .collect();
    let jsonl = write(
        dir.path(),
        "more.jsonl",
        b"{\"title\":\"J1\",\"text\":\"First.\"}\n{\"title\":\"J2\",\"text\":\"Second.\"}\n",
    );
    let mut args = vec!["extract", "--format", "articles"];
    args.extend(names.iter().map(String::as_str));
    args.push(jsonl.to_str().unwrap());
    let o = vigil(&args, None);
    assert!(o.status.success(), "{}", stderr(&o));
    let titles: Vec<String> = json_lines(&stdout(&o))
        .iter()
        .map(|a| a["title"].as_str().unwrap_or_default().to_string())
        .collect();
    let mut expected: Vec<String> = (0..40).rev().map(|i| format!("Headline {i}")).collect();
    expected.extend(["J1".to_string(), "J2".to_string()]);
    assert_eq!(titles, expected);
}

#[test]
fn directory_is_read_recursively() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    write(dir.path(), "b.txt", b"B headline\nBody.");
    write(&dir.path().join("sub"), "a.txt", b"A headline\nBody.");
    let o = vigil(
        &[
            "extract",
            "--format",
            "articles",
            dir.path().to_str().unwrap(),
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let titles: Vec<_> = json_lines(&stdout(&o))
        .iter()
        .map(|a| a["title"].clone())
        .collect();
    assert_eq!(titles, ["B headline", "A headline"]);
}

#[test]
fn missing_file_fails_naming_it_but_others_are_processed() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", ARTICLE.as_bytes());
    let o = vigil(
        &[
            "extract",
            "--format",
            "articles",
            "/no/such/dir/story.txt",
            good.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("cannot read /no/such/dir/story.txt"), "{err}");
    assert!(err.contains("1 of 2 input(s)"), "{err}");
    assert_eq!(
        json_lines(&stdout(&o)).len(),
        1,
        "the good file is still printed"
    );
}

#[test]
fn bad_published_date_is_a_usage_error() {
    let o = vigil(&["extract", "--published", "2019-13-45", "x.txt"], None);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("2019-13-45") && err.contains("YYYY-MM-DD"),
        "{err}"
    );
    assert!(stdout(&o).is_empty());
}

#[test]
fn published_flag_overrides_article_dates() {
    let o = vigil(
        &[
            "extract",
            "--format",
            "articles",
            "--published",
            "2020-01-02",
            "-",
        ],
        Some(ARTICLE),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(json_lines(&stdout(&o))[0]["published"], "2020-01-02");
}

#[test]
fn default_published_fills_in_only_undated_articles() {
    let run = |input: &str| {
        let args = [
            "extract",
            "--format",
            "articles",
            "--default-published",
            "2020-01-02",
            "-",
        ];
        let o = vigil(&args, Some(input));
        assert!(o.status.success(), "{}", stderr(&o));
        json_lines(&stdout(&o))[0]["published"].clone()
    };
    assert_eq!(run(ARTICLE), "2021-03-14");
    let undated = "Clashes in Tripoli\n\nFighting killed four people on Tuesday.\n";
    assert_eq!(run(undated), "2020-01-02");
}

#[test]
fn warc_archives_are_read_page_by_page() {
    let page = "<html><head><title>Ambush near Menaka</title>\
        <meta property=\"article:published_time\" content=\"2021-03-14\"></head><body>\
        <article><h1>Ambush near Menaka</h1><p>Gunmen ambushed an army convoy near Menaka \
        in Mali on Saturday, killing four soldiers, the army said.</p></article></body></html>";
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{page}");
    let record = |uri: &str, block: &str| {
        format!(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n\
             WARC-Date: 2021-03-15T08:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n\
             Content-Length: {}\r\n\r\n{block}\r\n\r\n",
            block.len()
        )
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crawl.warc");
    let archive = record("https://news.example/menaka", &http)
        + &record(
            "https://news.example/logo.png",
            "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG",
        );
    std::fs::write(&path, archive).unwrap();
    let o = vigil(&["extract", path.to_str().unwrap()], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let records = json_lines(&stdout(&o));
    assert_eq!(records.len(), 1, "{records:?}");
    assert_eq!(records[0]["fatalities"], 4);
    assert_eq!(records[0]["country"], "Mali");
    assert_eq!(records[0]["date"], "2021-03-13");
}

#[test]
fn unreadable_inputs_get_clear_messages() {
    let dir = tempfile::tempdir().unwrap();
    let empty = write(dir.path(), "empty.txt", b"");
    let bin = write(
        dir.path(),
        "blob.dat",
        &[0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0xff, 0x00],
    );
    let bad = write(dir.path(), "bad.txt", b"Headline\nbad \xff byte");
    let big = write(dir.path(), "big.txt", &vec![b'a'; 2000]);
    let o = vigil(
        &[
            "extract",
            "--max-bytes",
            "1000",
            empty.to_str().unwrap(),
            bin.to_str().unwrap(),
            bad.to_str().unwrap(),
            big.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("empty.txt is empty"), "{err}");
    assert!(err.contains("blob.dat does not look like text"), "{err}");
    assert!(
        err.contains("bad.txt is not valid UTF-8 (first bad byte at offset 13)"),
        "{err}"
    );
    assert!(
        err.contains("big.txt is larger than the limit of 1000 bytes"),
        "{err}"
    );
    assert!(err.contains("4 of 4 input(s)"), "{err}");
}

#[test]
fn stdin_over_the_cap_is_refused() {
    let big = "Headline\n".to_string() + &"Body text. ".repeat(100);
    let o = vigil(&["extract", "--max-bytes", "100", "-"], Some(&big));
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("<stdin> is larger than the limit of 100 bytes"),
        "{err}"
    );
}

#[test]
fn bad_jsonl_line_is_reported_and_good_lines_kept() {
    let o = vigil(
        &[
            "extract",
            "--format",
            "articles",
            "--input-format",
            "jsonl",
            "-",
        ],
        Some("{\"text\":\"Good one.\"}\n{oops\n{\"text\":\"Good two.\"}\n"),
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("<stdin>: line 2:"), "{}", stderr(&o));
    let texts: Vec<_> = json_lines(&stdout(&o))
        .iter()
        .map(|a| a["text"].clone())
        .collect();
    assert_eq!(texts, ["Good one.", "Good two."]);
}

#[test]
fn table_format_prints_a_header_or_says_none() {
    let o = vigil(&["extract", "--format", "table", "-"], Some(ARTICLE));
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let first = out.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("KIND") || first == "(no records)",
        "unexpected table output:\n{out}"
    );
    if first.starts_with("KIND") {
        for col in [
            "TYPE", "DATE", "PLACE", "ACTORS", "DEAD", "SOURCE", "SENTENCE",
        ] {
            assert!(first.contains(col), "header lacks {col}: {first}");
        }
        assert!(out.lines().count() >= 2);
    }
}

#[test]
fn closed_stdout_is_not_an_error() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    let line = "{\"title\":\"T\",\"text\":\"Body text of a reasonable length for one article.\"}\n";
    // Far more than a pipe buffer, so vigil is still writing when we leave.
    let f = write(dir.path(), "many.jsonl", line.repeat(20_000).as_bytes());
    let mut child = Command::new(env!("CARGO_BIN_EXE_vigil"))
        .args(["extract", "--format", "articles", f.to_str().unwrap()])
        .env("RUST_BACKTRACE", "0")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut head = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut head).unwrap();
    // stdout is dropped (closed) here.
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stderr(&o).contains("Error"), "{}", stderr(&o));
}

#[test]
fn unknown_input_format_is_a_usage_error() {
    let o = vigil(&["extract", "--input-format", "pdf", "-"], Some(ARTICLE));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("pdf"));
}
