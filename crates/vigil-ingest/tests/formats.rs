//! End-to-end: fixture files through `read_path`, one test per format and
//! per failure mode.
use chrono::NaiveDate;
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::time::Instant;
use vigil_ingest::{parse, read_path, Error, Format, Options};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn read(name: &str) -> Result<Vec<vigil_core::Article>, Error> {
    read_path(&fixture(name), &Options::default())
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Invariants every article must satisfy, whatever the format.
fn check_article(a: &vigil_core::Article) {
    assert_eq!(a.id, vigil_core::article_id(&a.text));
    assert!(!a.text.trim().is_empty());
    if let Some(t) = &a.title {
        assert!(
            a.text.starts_with(t.as_str()),
            "headline {t:?} is not the first line of {:?}",
            a.text
        );
    }
}

#[test]
fn plain_text_with_headers() {
    let a = read("article.txt").unwrap();
    assert_eq!(a.len(), 1);
    let a = &a[0];
    check_article(a);
    assert_eq!(
        a.title.as_deref(),
        Some("Soldiers killed in ambush near Menaka, army says")
    );
    assert_eq!(a.published, date(2021, 3, 14));
    assert_eq!(a.publisher.as_deref(), Some("Sahel Observer"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://sahel-observer.example/2021/03/14/menaka-ambush")
    );
    assert!(!a.text.contains("Published:"));
    assert!(a.text.ends_with("on motorbikes."));
}

#[test]
fn news_page_keeps_story_drops_furniture() {
    let a = read("story.html").unwrap();
    assert_eq!(a.len(), 1);
    let a = &a[0];
    check_article(a);
    assert_eq!(
        a.title.as_deref(),
        Some("Shelling hits market in Kharkiv suburb")
    );
    assert_eq!(a.published, date(2022, 5, 9));
    assert_eq!(a.publisher.as_deref(), Some("Eastern Wire"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://eastern-wire.example/news/2022/05/09/market-shelling")
    );
    let paragraphs: Vec<&str> = a.text.split("\n\n").collect();
    assert_eq!(paragraphs.len(), 4, "{paragraphs:#?}");
    assert!(paragraphs[1].starts_with("Artillery shells struck"));
    assert!(paragraphs[2].starts_with("The regional governor"));
    assert!(paragraphs[3].starts_with("Emergency workers"));
    for junk in [
        "cookies",
        "Advertisement",
        "Photo:",
        "Related",
        "Belgorod",
        "Most read",
        "rights reserved",
        "Share",
        "Staff Reporter",
        "Europe",
    ] {
        assert!(!a.text.contains(junk), "{junk:?} leaked into {:?}", a.text);
    }
}

#[test]
fn broken_html_still_gives_text() {
    let a = read("broken.html").unwrap();
    let a = &a[0];
    check_article(a);
    assert!(
        a.text.contains("Armed groups clashed in southern Tripoli"),
        "{}",
        a.text
    );
    assert!(a.text.contains("two people were killed & five were hurt"));
    assert!(a.text.contains("Mitiga airport"));
    assert!(!a.text.contains("document.write"), "{}", a.text);
}

#[test]
fn windows_1252_html_is_decoded_by_declared_charset() {
    let a = read("cp1252.html").unwrap();
    let a = &a[0];
    check_article(a);
    assert_eq!(
        a.title.as_deref(),
        Some("Explosion nahe Café in Köln – zwei Verletzte")
    );
    assert!(a.text.contains("„gezielten Anschlag“"), "{}", a.text);
}

#[test]
fn rss_items() {
    let a = read("feed.rss").unwrap();
    assert_eq!(a.len(), 3);
    a.iter().for_each(check_article);
    assert!(a
        .iter()
        .all(|x| x.publisher.as_deref() == Some("Horn Bulletin")));
    assert_eq!(a[0].published, date(2020, 8, 16));
    assert_eq!(a[0].text, "Car bomb kills five in Mogadishu\n\nA car bomb exploded near a hotel in Mogadishu on Sunday, killing five people, police said.");
    // content:encoded is longer than the description, so it is the body.
    assert!(a[1].text.contains("retook the town of Janaale"));
    assert!(a[1].text.contains("\n\nThere was no word on casualties."));
    assert_eq!(a[1].published, date(2020, 8, 17));
    // Unparseable pubDate: kept, undated.
    assert_eq!(a[2].published, None);
    assert_eq!(a[2].url, None);
}

#[test]
fn atom_entries() {
    let a = read("feed.atom").unwrap();
    assert_eq!(a.len(), 2);
    a.iter().for_each(check_article);
    assert_eq!(
        a[0].published,
        date(2019, 10, 13),
        "published wins over updated"
    );
    assert_eq!(
        a[0].url.as_deref(),
        Some("https://levant-dispatch.example/2019/10/13/ras-al-ain")
    );
    assert_eq!(a[1].published, date(2019, 10, 14));
    assert!(a[1].text.ends_with("after shelling overnight."));
    assert_eq!(a[1].publisher.as_deref(), Some("Levant Dispatch"));
}

#[test]
fn jsonl_keeps_good_lines_and_names_bad_ones() {
    match read("articles.jsonl") {
        Err(Error::Partial {
            name,
            articles,
            problems,
        }) => {
            assert!(name.ends_with("articles.jsonl"));
            assert_eq!(articles.len(), 3);
            articles.iter().for_each(check_article);
            assert_eq!(articles[0].publisher.as_deref(), Some("Lake Chad Times"));
            assert_eq!(articles[0].published, date(2018, 2, 20));
            assert!(articles[0]
                .text
                .starts_with("Police post attacked in Borno\n\nInsurgents"));
            assert_eq!(articles[1].published, date(2018, 2, 21));
            assert_eq!(articles[2].published, None);
            assert_eq!(problems.len(), 1);
            assert_eq!(problems[0].line, Some(2));
        }
        other => panic!("expected a Partial error, got {other:?}"),
    }
}

#[test]
fn invalid_utf8_names_file_and_offset() {
    let e = read("invalid-utf8.txt").unwrap_err();
    let msg = e.to_string();
    assert!(matches!(e, Error::InvalidUtf8 { offset: 42, .. }), "{msg}");
    assert!(
        msg.contains("invalid-utf8.txt") && msg.contains("offset 42"),
        "{msg}"
    );
}

#[test]
fn empty_file_is_an_error() {
    let e = read("empty.txt").unwrap_err();
    assert!(matches!(e, Error::Empty { .. }), "{e}");
    assert!(e.to_string().contains("empty.txt is empty"));
    let blank = parse(b" \n\t\n", "blank.txt", &Options::default()).unwrap_err();
    assert!(matches!(blank, Error::Empty { .. }), "{blank}");
}

#[test]
fn binary_garbage_does_not_look_like_text() {
    let e = read("garbage.bin").unwrap_err();
    assert!(e.to_string().contains("does not look like text"), "{e}");
    // Control characters without NULs are caught too.
    let ctl: Vec<u8> = (0..400u32)
        .map(|i| if i % 3 == 0 { 0x07 } else { b'a' })
        .collect();
    let e = parse(&ctl, "ctl.txt", &Options::default()).unwrap_err();
    assert!(matches!(e, Error::NotText { .. }), "{e}");
}

#[test]
fn missing_file_and_directory_are_io_errors() {
    let e = read("no-such-file.txt").unwrap_err();
    assert!(matches!(e, Error::Io { .. }));
    assert!(e.to_string().contains("no-such-file.txt"), "{e}");
    let e = read_path(&fixture(""), &Options::default()).unwrap_err();
    assert!(e.to_string().contains("directory"), "{e}");
}

#[test]
fn huge_file_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    // Sparse: 100 MB of apparent size, no disk used.
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(100 * 1024 * 1024).unwrap();
    drop(f);
    let opts = Options {
        max_bytes: 1024 * 1024,
        ..Options::default()
    };
    let started = Instant::now();
    let e = read_path(&path, &opts).unwrap_err();
    assert!(
        matches!(
            e,
            Error::TooLarge {
                size: Some(104_857_600),
                max: 1_048_576,
                ..
            }
        ),
        "{e}"
    );
    assert!(e.to_string().contains("huge.txt"));
    // Reading 100 MB would take far longer than checking its size.
    assert!(
        started.elapsed().as_millis() < 500,
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn forced_format_overrides_extension() {
    let opts = Options {
        format: Format::Text,
        ..Options::default()
    };
    let a = read_path(&fixture("story.html"), &opts).unwrap();
    assert_eq!(a[0].title.as_deref(), Some("<!DOCTYPE html>"));
}

#[test]
fn sniffs_format_without_extension() {
    let opts = Options::default();
    let rss = std::fs::read(fixture("feed.rss")).unwrap();
    assert_eq!(parse(&rss, "<stdin>", &opts).unwrap().len(), 3);
    let html = std::fs::read(fixture("story.html")).unwrap();
    let a = parse(&html, "<stdin>", &opts).unwrap();
    assert_eq!(
        a[0].title.as_deref(),
        Some("Shelling hits market in Kharkiv suburb")
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn parse_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2048), f in 0usize..5) {
        let format = [Format::Auto, Format::Text, Format::Html, Format::Feed, Format::Jsonl][f];
        let opts = Options { format, ..Options::default() };
        if let Ok(articles) = parse(&bytes, "fuzz", &opts) {
            for a in &articles {
                prop_assert_eq!(&a.id, &vigil_core::article_id(&a.text));
            }
        }
    }

    #[test]
    fn markup_like_input_never_panics(s in "[<>a-z/=\"' &;#!\\[\\]{}:\n-]{0,400}", f in 0usize..5) {
        let format = [Format::Auto, Format::Text, Format::Html, Format::Feed, Format::Jsonl][f];
        let opts = Options { format, ..Options::default() };
        let _ = parse(s.as_bytes(), "fuzz", &opts);
    }

    /// Random tails after real openings reach deep into each parser.
    #[test]
    fn truncated_documents_never_panic(
        head in prop_oneof![
            Just("<rss><channel><title>T</title><item><title>"),
            Just("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content type=\"xhtml\"><div>"),
            Just("<html><head><meta charset=\"windows-1252\"></head><body><article><h1>"),
            Just("Published: 2019-11-22\n\n"),
            Just("{\"title\":\""),
        ],
        tail in "[ -~\n\u{e9}\u{201c}]{0,600}",
    ) {
        let mut bytes = head.as_bytes().to_vec();
        bytes.extend(tail.as_bytes());
        let _ = parse(&bytes, "fuzz", &Options::default());
    }
}

/// A WET-style archive of `n` text records, the third of which is damaged
/// when `damaged`.
fn wet_archive(n: usize, damaged: bool) -> Vec<u8> {
    let mut out = Vec::new();
    for i in 0..n {
        if damaged && i == 2 {
            out.extend_from_slice(
                b"WARC/1.0\r\nWARC-Type: conversion\r\nContent-Length: x\r\n\r\n",
            );
            continue;
        }
        let text = format!("Report {i}\nGunmen attacked checkpoint {i} on Saturday.");
        out.extend(
            format!(
                "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://news.example/{i}\r\n\
                 WARC-Date: 2024-03-02T10:00:00Z\r\nContent-Type: text/plain\r\n\
                 Content-Length: {}\r\n\r\n{text}\r\n\r\n",
                text.len()
            )
            .into_bytes(),
        );
    }
    out
}

#[test]
fn archives_are_handed_over_in_pieces_as_they_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crawl.warc");
    std::fs::write(&path, wet_archive(5, false)).unwrap();
    let opts = Options {
        published: date(2024, 3, 9),
        ..Options::default()
    };
    let mut pieces = Vec::new();
    vigil_ingest::read_path_chunked(&path, &opts, 2, &mut |a| {
        pieces.push(a);
        true
    })
    .unwrap();
    assert_eq!(
        pieces.iter().map(Vec::len).collect::<Vec<_>>(),
        vec![2, 2, 1]
    );
    let streamed: Vec<_> = pieces.into_iter().flatten().collect();
    assert_eq!(streamed, read_path(&path, &opts).unwrap());
    assert!(streamed.iter().all(|a| a.published == date(2024, 3, 9)));

    // A sink that has had enough stops the reading.
    let mut seen = 0;
    vigil_ingest::read_path_chunked(&path, &opts, 1, &mut |a| {
        seen += a.len();
        seen < 3
    })
    .unwrap();
    assert_eq!(seen, 3);
}

#[test]
fn a_damaged_archive_still_hands_over_its_good_records() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crawl.warc");
    std::fs::write(&path, wet_archive(6, true)).unwrap();
    let mut got = 0;
    let err = vigil_ingest::read_path_chunked(&path, &Options::default(), 2, &mut |a| {
        got += a.len();
        true
    })
    .unwrap_err();
    assert_eq!(got, 5);
    match err {
        Error::Partial {
            articles, problems, ..
        } => {
            assert!(articles.is_empty(), "already handed over");
            assert_eq!(problems.len(), 1);
        }
        e => panic!("expected a partial read, got {e}"),
    }
    // Other formats come in one piece.
    let mut pieces = 0;
    vigil_ingest::read_path_chunked(&fixture("feed.rss"), &Options::default(), 1, &mut |_| {
        pieces += 1;
        true
    })
    .unwrap();
    assert_eq!(pieces, 1);
}
