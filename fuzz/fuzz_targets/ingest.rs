//! Arbitrary bytes through every input reader (text, HTML, feeds, JSONL,
//! WARC, and format sniffing). Any panic is a bug; every article must have
//! its text and the id of that text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vigil_ingest::{Format, Options};

fuzz_target!(|data: &[u8]| {
    for format in [
        Format::Auto,
        Format::Text,
        Format::Html,
        Format::Feed,
        Format::Jsonl,
        Format::Warc,
    ] {
        let opts = Options {
            format,
            max_bytes: 1 << 20,
            ..Options::default()
        };
        let articles = match vigil_ingest::parse(data, "fuzz", &opts) {
            Ok(a) => a,
            Err(vigil_ingest::Error::Partial { articles, .. }) => articles,
            Err(_) => continue,
        };
        for a in articles {
            assert_eq!(a.id, vigil_core::article_id(&a.text));
        }
    }
});
