//! Property tests: `sentences` never panics and its spans keep their
//! documented invariants on arbitrary input.

use proptest::prelude::*;
use vigil_segment::sentences;

/// Text built from the pieces the splitter reacts to, so the properties
/// exercise its branches far more often than uniform random strings would.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(". ".to_string()),
        Just("...".to_string()),
        Just("…".to_string()),
        Just("?!".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("- ".to_string()),
        Just("1. ".to_string()),
        Just("\"".to_string()),
        Just("”".to_string()),
        Just("“".to_string()),
        Just(")".to_string()),
        Just("U.S.".to_string()),
        Just("Mr.".to_string()),
        Just("e.g.".to_string()),
        Just("J.".to_string()),
        Just("No.".to_string()),
        Just("3.5".to_string()),
        Just(" The".to_string()),
        Just(" he".to_string()),
        Just("\u{e2}".to_string()),
        "[a-zA-Z ]{0,8}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn check(text: &str) {
    let spans = sentences(text);
    let mut prev_end = 0;
    for s in &spans {
        assert!(s.start < s.end, "empty span {s:?}");
        assert!(s.end <= text.len(), "span past end {s:?}");
        assert!(s.start >= prev_end, "overlap or disorder at {s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let t = s.text(text);
        assert_eq!(t, t.trim(), "span not trimmed: {t:?}");
        prev_end = s.end;
    }
    // Only whitespace and stray punctuation are left out: no word is lost.
    let wordless = |t: &str| !t.chars().any(char::is_alphanumeric);
    let mut covered = 0;
    for s in &spans {
        assert!(wordless(&text[covered..s.start]), "dropped text");
        assert!(!wordless(s.text(text)), "wordless sentence");
        covered = s.end;
    }
    assert!(wordless(&text[covered..]), "dropped tail");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn newsy_strings(text in newsy()) {
        check(&text);
    }
}
