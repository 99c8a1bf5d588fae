//! `extract` never panics and yields valid spans, whatever the text.

use proptest::prelude::*;
use vigil_core::Article;
use vigil_extract::Extractor;

fn check(text: String, day: u32) {
    let mut a = Article::new(text);
    a.published = chrono::NaiveDate::from_ymd_opt(2020, 1, 1 + day % 28);
    let recs = Extractor::new().extract(&a);
    for r in &recs {
        assert!(r.span[0] <= r.span[1] && r.span[1] <= a.text.len());
        assert_eq!(a.text.get(r.span[0]..r.span[1]), Some(r.text.as_str()));
        for e in r.evidence.values() {
            assert!(a.text.get(e.span[0]..e.span[1]).is_some());
        }
        assert!((0.0..=1.0).contains(&r.confidence));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_strings(text in any::<String>(), day in 0u32..28) {
        check(text, day);
    }

    #[test]
    fn conflict_like_strings(
        parts in proptest::collection::vec(prop_oneof![
            Just("killed"), Just(" 43 "), Just("ISIS"), Just("were"), Just("by"), Just(", "),
            Just(". "), Just("\n"), Just("according to"), Just("said"), Just("air strike"),
            Just("in Mosul"), Just("on Tuesday"), Just("between"), Just("and"), Just("é"),
            Just("\u{201c}"), Just("\""), Just("could"), Just("the attack"), Just("Iraq"),
            Just("soldiers"), Just("wounded"), Just("fifteen"), Just("arrested"), Just("("),
        ], 0..40),
        day in 0u32..28,
    ) {
        check(parts.concat(), day);
    }
}
