//! vigil-geo: an offline, embedded GeoNames-derived gazetteer and a place-name
//! finder that resolves names with the article's context.
//!
//! ```
//! use vigil_geo::{Gazetteer, GeoContext, MentionRole};
//! let g = Gazetteer::global();
//! let ms = g.find_places("Turkey said clashes near Mosul killed two Iraqi soldiers.", &GeoContext::default());
//! assert!(ms.iter().any(|m| m.surface == "Mosul" && m.place.country_code == "IQ"));
//! assert!(ms.iter().any(|m| m.surface == "Turkey" && m.role == MentionRole::Metonym));
//! assert!(ms.iter().any(|m| m.surface == "Iraqi" && m.role == MentionRole::Demonym));
//! ```

mod context;
mod data;
pub mod eval;
mod find;
pub mod fold;

pub use context::GeoContext;
use data::{EntryKind, MatchQuality, Table};
use std::sync::OnceLock;
pub use vigil_core::{GeoPrecision, Place};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("gazetteer data line {line}: {msg}")]
    Data { line: usize, msg: String },
    #[error("gazetteer data is not valid gzip/UTF-8: {0}")]
    Decode(String),
    #[error("evaluation file: {0}")]
    Eval(String),
}

/// A place name (or demonym) found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceMention {
    /// Byte offsets `[start, end)` into the text given to `find_places`.
    pub start: usize,
    pub end: usize,
    pub surface: String,
    pub place: Place,
    pub role: MentionRole,
    /// 0..1: how sure the finder is that this is this place.
    pub confidence: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionRole {
    /// The place itself ("clashes in Mosul").
    Literal,
    /// An adjective or people noun naming a country ("the Syrian army").
    Demonym,
    /// The name stands for a government or organisation ("Turkey said",
    /// "Washington warned", "Saudi-led", "the Washington Post").
    Metonym,
}

/// The embedded gazetteer.
pub struct Gazetteer {
    table: Table,
}

/// Compact derived GeoNames table, rebuilt by `tools/gazetteer/build.py`.
const EMBEDDED_GZ: &[u8] = include_bytes!("../data/gazetteer.tsv.gz");
/// Hand-curated conflict features missing from the derived table.
const SUPPLEMENT: &str = include_str!("../data/supplement.tsv");

impl Gazetteer {
    /// The embedded data, loaded once on first use.
    pub fn global() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        // The embedded data is checked by tests; should it ever fail to
        // decode, an empty gazetteer finds nothing rather than panicking.
        G.get_or_init(|| Gazetteer::embedded().unwrap_or_else(|_| Gazetteer::empty()))
    }

    /// Decodes the embedded data (what `global` caches).
    pub fn embedded() -> Result<Gazetteer, Error> {
        use std::io::Read;
        let mut text = String::new();
        if !EMBEDDED_GZ.is_empty() {
            flate2::read::GzDecoder::new(EMBEDDED_GZ)
                .read_to_string(&mut text)
                .map_err(|e| Error::Decode(e.to_string()))?;
        }
        text.push('\n');
        text.push_str(SUPPLEMENT);
        Gazetteer::from_tsv(&text)
    }

    /// A gazetteer from TSV rows in the format documented in `data.rs`.
    pub fn from_tsv(text: &str) -> Result<Gazetteer, Error> {
        Ok(Gazetteer {
            table: Table::parse(text)?,
        })
    }

    fn empty() -> Gazetteer {
        Gazetteer {
            table: Table::default(),
        }
    }

    /// Number of rows (countries, admin1s and places).
    pub fn len(&self) -> usize {
        self.table.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.entries.is_empty()
    }

    /// Place names and demonyms found in `text`, resolved with `ctx`;
    /// non-overlapping, sorted by `start`; offsets are byte offsets into `text`.
    pub fn find_places(&self, text: &str, ctx: &GeoContext) -> Vec<PlaceMention> {
        find::find_places(&self.table, text, ctx)
    }

    /// Country-level Place by ISO2 code or English name/alias ("IQ", "Iraq", "DRC").
    pub fn country(&self, code_or_name: &str) -> Option<Place> {
        let t = &self.table;
        let code = code_or_name.trim();
        if code.len() == 2 && code.is_ascii() {
            if let Some(&i) = t.countries.get(&code.to_ascii_uppercase()) {
                return t.to_place(i);
            }
        }
        let key = fold::fold(code);
        let hit = t.index.get(&key)?.iter().find(|(i, _)| {
            t.entries
                .get(*i as usize)
                .is_some_and(|e| e.kind == EntryKind::Country)
        })?;
        t.to_place(hit.0)
    }

    /// ISO2 code of the country a demonym or adjective names ("Iraqi" → "IQ").
    pub fn demonym(&self, word: &str) -> Option<&str> {
        self.table
            .demonyms
            .get(&fold::fold(word))
            .map(|s| s.as_str())
    }

    /// All candidates for a name (exact and folded), best first: main names
    /// before alternate names, then countries, divisions and places, then
    /// larger population first.
    pub fn lookup(&self, name: &str) -> Vec<Place> {
        let t = &self.table;
        let key = fold::fold(name);
        let mut hits: Vec<(u32, MatchQuality)> = t.index.get(&key).cloned().unwrap_or_default();
        if let Some(stripped) = fold::strip_article(&key) {
            for &(i, _) in t.index.get(stripped).map(|v| v.as_slice()).unwrap_or(&[]) {
                if !hits.iter().any(|(j, _)| *j == i) {
                    hits.push((i, MatchQuality::Stripped));
                }
            }
        }
        let exact_main = |i: u32| {
            t.entries
                .get(i as usize)
                .is_some_and(|e| e.name == name.trim())
        };
        hits.sort_by(|a, b| {
            let (ea, eb) = (t.entries.get(a.0 as usize), t.entries.get(b.0 as usize));
            let ka = (
                !exact_main(a.0),
                a.1,
                ea.map(|e| e.kind),
                std::cmp::Reverse(ea.map(|e| e.population)),
            );
            let kb = (
                !exact_main(b.0),
                b.1,
                eb.map(|e| e.kind),
                std::cmp::Reverse(eb.map(|e| e.population)),
            );
            ka.cmp(&kb)
        });
        hits.into_iter()
            .filter_map(|(i, _)| t.to_place(i))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g() -> &'static Gazetteer {
        Gazetteer::global()
    }

    #[test]
    fn embedded_data_decodes() {
        let g = Gazetteer::embedded().expect("embedded data must parse");
        assert!(g.len() > 50);
    }

    #[test]
    fn countries_by_code_name_and_alias() {
        assert_eq!(g().country("IQ").map(|p| p.name), Some("Iraq".to_string()));
        assert_eq!(
            g().country("iraq").map(|p| p.country_code),
            Some("IQ".to_string())
        );
        assert_eq!(
            g().country("DRC").map(|p| p.country_code),
            Some("CD".to_string())
        );
        let p = g().country("Syria").expect("Syria");
        assert_eq!(p.precision, GeoPrecision::Country);
        assert!(g().country("Atlantis").is_none());
    }

    #[test]
    fn demonyms() {
        assert_eq!(g().demonym("Iraqi"), Some("IQ"));
        assert_eq!(g().demonym("Tajik"), Some("TJ"));
        assert_eq!(g().demonym("Syrians"), Some("SY"));
        assert_eq!(g().demonym("table"), None);
    }

    #[test]
    fn lookup_folds_articles_and_spelling() {
        for name in ["al-Hol", "Al Hawl", "Hol"] {
            let hits = g().lookup(name);
            assert!(
                hits.iter()
                    .any(|p| p.country_code == "SY" && p.name.contains("Hol")),
                "{name}: {hits:?}"
            );
        }
        assert!(g()
            .lookup("Tillabéri")
            .iter()
            .any(|p| p.country_code == "NE"));
        assert!(g().lookup("Qwxzv").is_empty());
    }

    #[test]
    fn context_picks_the_right_tripoli() {
        let ctx = GeoContext::default();
        let ms = g().find_places("Fighting in Libya spread to Tripoli.", &ctx);
        let t = ms
            .iter()
            .find(|m| m.surface == "Tripoli")
            .expect("Tripoli found");
        assert_eq!(t.place.country_code, "LY");
        let mut lb = GeoContext::default();
        for m in g().find_places("Lebanon's army deployed.", &ctx) {
            lb.observe(&m);
        }
        let lebanon_known = g().country("Lebanon").is_some();
        let ms = g().find_places("Clashes erupted in Tripoli.", &lb);
        let t = ms
            .iter()
            .find(|m| m.surface == "Tripoli")
            .expect("Tripoli found");
        if lebanon_known {
            assert_eq!(t.place.country_code, "LB");
        }
    }

    #[test]
    fn metonyms_demonyms_and_offsets() {
        let text = "Turkey said the Syrian army shelled al-Hol near Hasakah.";
        let ms = g().find_places(text, &GeoContext::default());
        for m in &ms {
            assert_eq!(&text[m.start..m.end], m.surface);
        }
        assert!(ms.windows(2).all(|w| w[0].end <= w[1].start));
        let role = |s: &str| ms.iter().find(|m| m.surface == s).map(|m| m.role);
        assert_eq!(role("Turkey"), Some(MentionRole::Metonym));
        assert_eq!(role("Syrian"), Some(MentionRole::Demonym));
        assert_eq!(role("al-Hol"), Some(MentionRole::Literal));
    }

    #[test]
    fn lowercase_and_stoplisted_words_are_not_places() {
        let text = "The president said in May that mali and niger are words here. Police arrived.";
        let ms = g().find_places(text, &GeoContext::default());
        assert!(ms.is_empty(), "{ms:?}");
    }

    #[test]
    fn never_panics_on_odd_text() {
        for text in [
            "",
            "é",
            "Al-",
            "-Al",
            "'s",
            "Iraq\u{2019}s",
            "ÉÉÉ Mosul\u{a0}Iraq",
            "al-",
        ] {
            let _ = g().find_places(text, &GeoContext::default());
        }
    }
}
