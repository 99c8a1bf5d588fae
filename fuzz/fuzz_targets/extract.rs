//! Arbitrary bytes, lossily decoded, through the segmenter, the lexical
//! parsers and the whole extractor. Any panic is a bug: every span must also
//! land on char boundaries of the input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();

    for s in vigil_segment::sentences(&text) {
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let sentence = s.text(&text);
        if let Some(published) = chrono::NaiveDate::from_ymd_opt(2019, 11, 22) {
            for d in vigil_extract::dates::find_dates(sentence, published) {
                assert!(sentence.is_char_boundary(d.start) && sentence.is_char_boundary(d.end));
            }
        }
        for c in vigil_extract::numbers::find_counts(sentence) {
            assert!(sentence.is_char_boundary(c.start) && sentence.is_char_boundary(c.end));
            assert!(c.low <= c.best && c.best <= c.high);
        }
    }

    let article = vigil_core::Article::new(text.clone());
    for r in vigil_extract::Extractor::new().extract(&article) {
        assert_eq!(text.get(r.span[0]..r.span[1]), Some(r.text.as_str()));
    }
});
