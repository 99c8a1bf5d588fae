//! Property tests for the lexical parsers: `find_dates` and `find_counts`
//! never panic on arbitrary input, and their spans are in range, on char
//! boundaries, ordered and non-overlapping, with sane values.

use chrono::NaiveDate;
use proptest::prelude::*;
use vigil_extract::dates::find_dates;
use vigil_extract::numbers::find_counts;

/// Text assembled from words the parsers react to.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(vec![
            "on",
            "in",
            "last",
            "this",
            "next",
            "earlier",
            "late",
            "the",
            "night",
            "of",
            "to",
            "weekend",
            "week",
            "month",
            "year",
            "ago",
            "days",
            "weeks",
            "yesterday",
            "today",
            "overnight",
            "Tuesday",
            "Monday",
            "November",
            "Nov",
            "Feb",
            "May",
            "February",
            "30",
            "31",
            "29",
            "6",
            "18",
            "2019",
            "1900",
            "2100",
            "99999999999999999999",
            "0",
            "12",
            "th",
            "st",
            ",",
            ".",
            "-",
            "/",
            ":",
            "%",
            "$",
            "a",
            "an",
            "one",
            "two",
            "twenty",
            "hundred",
            "thousand",
            "million",
            "billion",
            "and",
            "or",
            "between",
            "at",
            "least",
            "more",
            "than",
            "up",
            "around",
            "nearly",
            "fewer",
            "under",
            "dozen",
            "dozens",
            "several",
            "few",
            "scores",
            "tens",
            "thousands",
            "hundreds",
            "half",
            "No",
            "Route",
            "COVID",
            "F",
            "a.m.",
            "p.m.",
            "km",
            "years",
            "people",
            "é",
            "中",
            "\u{e2}",
        ])
        .prop_map(|s| s.to_string()),
        prop::sample::select(vec![" ", "", "  ", "\n"]).prop_map(|s| s.to_string()),
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..30).prop_map(|v| v.concat())
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        (1i32..=3000, 1u32..=12, 1u32..=28)
            .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()),
        Just(NaiveDate::MIN),
        Just(NaiveDate::MAX),
    ]
}

fn check_dates(text: &str, published: NaiveDate) {
    let mut prev_end = 0;
    for m in find_dates(text, published) {
        assert!(m.start < m.end && m.end <= text.len(), "{m:?} out of range");
        assert!(m.start >= prev_end, "{m:?} overlaps or out of order");
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        prev_end = m.end;
    }
}

fn check_counts(text: &str) {
    let mut prev_end = 0;
    for c in find_counts(text) {
        assert!(c.start < c.end && c.end <= text.len(), "{c:?} out of range");
        assert!(c.start >= prev_end, "{c:?} overlaps or out of order");
        assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
        assert!(c.low <= c.best && c.best <= c.high, "{c:?} unordered range");
        prev_end = c.end;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn dates_arbitrary(text in any::<String>(), published in any_date()) {
        check_dates(&text, published);
    }

    #[test]
    fn dates_newsy(text in newsy(), published in any_date()) {
        check_dates(&text, published);
    }

    #[test]
    fn counts_arbitrary(text in any::<String>()) {
        check_counts(&text);
    }

    #[test]
    fn counts_newsy(text in newsy()) {
        check_counts(&text);
    }
}
