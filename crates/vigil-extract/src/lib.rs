//! vigil-extract: sentences in, events and claims out.
//!
//! `dates` and `numbers` are pure lexical parsers; the rest turns a segmented,
//! geocoded article into [`vigil_core::Record`]s.
pub mod dates;
pub mod numbers;

use vigil_core::{Article, Record};

/// Turns one article into records. Cheap to share across threads: it holds
/// only references to the embedded gazetteer and actor registry.
#[derive(Debug, Default, Clone)]
pub struct Extractor {}

impl Extractor {
    pub fn new() -> Self {
        Extractor {}
    }

    /// Every event and claim found in `article`. Never panics.
    pub fn extract(&self, _article: &Article) -> Vec<Record> {
        Vec::new()
    }
}
