//! The sample corpus `vigil demo` ingests, embedded so the binary works from
//! any directory: the hand-annotated articles of `tests/fixtures` (the
//! development and held-out sets, and the articles that report one incident
//! from several outlets, so the demo shows merged events).

use include_dir::{include_dir, Dir};

static CORPUS: [Dir<'_>; 3] = [
    include_dir!("$CARGO_MANIFEST_DIR/../../tests/fixtures/articles"),
    include_dir!("$CARGO_MANIFEST_DIR/../../tests/fixtures/holdout"),
    include_dir!("$CARGO_MANIFEST_DIR/../../tests/fixtures/dedup"),
];

/// `(file name, bytes)` of every bundled sample article, in name order.
pub fn articles() -> Vec<(&'static str, &'static [u8])> {
    let mut v: Vec<(&str, &[u8])> = CORPUS
        .iter()
        .flat_map(|d| d.files())
        .filter_map(|f| Some((f.path().file_name()?.to_str()?, f.contents())))
        .collect();
    v.sort_by_key(|(n, _)| *n);
    v
}

#[cfg(test)]
mod tests {
    #[test]
    fn sample_corpus_is_embedded() {
        let a = super::articles();
        assert!(a.len() >= 10, "only {} sample articles", a.len());
        for (name, bytes) in &a {
            assert!(!bytes.is_empty(), "{name} is empty");
            assert!(
                [".txt", ".html", ".xml", ".jsonl"]
                    .iter()
                    .any(|e| name.ends_with(e)),
                "{name} has an extension ingest cannot detect"
            );
        }
    }
}
