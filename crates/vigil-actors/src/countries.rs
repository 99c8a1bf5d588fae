//! Country codes, names and demonyms (`data/countries.tsv`).
//!
//! The gazetteer (vigil-geo) is the main source of demonyms; this table is the
//! registry's own fallback and the ISO2 → ISO3 mapping that PLOVER scoring needs.

use crate::fold::fold;
use crate::hash::FxHashMap;
use crate::Error;
use std::sync::OnceLock;

const COUNTRIES_TSV: &str = include_str!("../data/countries.tsv");

#[derive(Debug, Clone)]
pub(crate) struct Country {
    pub iso3: String,
    pub name: String,
}

#[derive(Debug, Default)]
pub(crate) struct Countries {
    by_iso2: FxHashMap<String, Country>,
    by_iso3: FxHashMap<String, String>,
    by_name: FxHashMap<String, String>,
    by_demonym: FxHashMap<String, String>,
}

impl Countries {
    pub(crate) fn parse(tsv: &str) -> Result<Self, Error> {
        let mut c = Countries::default();
        for (n, line) in tsv.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 3 {
                return Err(Error::Data {
                    file: "countries.tsv",
                    line: n + 1,
                    msg: "expected iso2, iso3, name[, demonyms]".into(),
                });
            }
            let (iso2, iso3, name) = (cols[0].trim(), cols[1].trim(), cols[2].trim());
            c.by_iso3.insert(iso3.to_string(), iso2.to_string());
            c.by_name
                .entry(fold(name))
                .or_insert_with(|| iso2.to_string());
            if let Some(dems) = cols.get(3) {
                for d in dems.split('|').map(str::trim).filter(|d| !d.is_empty()) {
                    // First listed country keeps an ambiguous demonym ("Congolese").
                    c.by_demonym
                        .entry(fold(d))
                        .or_insert_with(|| iso2.to_string());
                }
            }
            c.by_iso2.insert(
                iso2.to_string(),
                Country {
                    iso3: iso3.to_string(),
                    name: name.to_string(),
                },
            );
        }
        // Common alternative names that news copy uses.
        for (alt, iso2) in [
            ("usa", "US"),
            ("united states of america", "US"),
            ("america", "US"),
            ("britain", "GB"),
            ("great britain", "GB"),
            ("uk", "GB"),
            ("drc", "CD"),
            ("dr congo", "CD"),
            ("congo kinshasa", "CD"),
            ("congo brazzaville", "CG"),
            ("burma", "MM"),
            ("cote d ivoire", "CI"),
            ("gaza", "PS"),
            ("west bank", "PS"),
            ("palestinian territories", "PS"),
            ("turkiye", "TR"),
            ("swaziland", "SZ"),
            ("east timor", "TL"),
            ("macedonia", "MK"),
        ] {
            if c.by_iso2.contains_key(iso2) {
                c.by_name
                    .entry(alt.to_string())
                    .or_insert_with(|| iso2.to_string());
            }
        }
        Ok(c)
    }

    pub(crate) fn get(&self, iso2: &str) -> Option<&Country> {
        // Codes mostly arrive upper-case already: copy only when not.
        if iso2.bytes().any(|b| b.is_ascii_lowercase()) {
            self.by_iso2.get(&iso2.to_ascii_uppercase())
        } else {
            self.by_iso2.get(iso2)
        }
    }

    pub(crate) fn by_demonym_folded(&self, folded: &str) -> Option<&str> {
        self.by_demonym.get(folded).map(String::as_str)
    }

    pub(crate) fn by_name_folded(&self, folded: &str) -> Option<&str> {
        let key = folded.strip_prefix("the ").unwrap_or(folded);
        self.by_name.get(key).map(String::as_str)
    }
}

pub(crate) fn table() -> &'static Countries {
    static T: OnceLock<Countries> = OnceLock::new();
    // The embedded table is checked by the `embedded_tables_parse` test.
    T.get_or_init(|| Countries::parse(COUNTRIES_TSV).unwrap_or_default())
}

/// ISO 3166-1 alpha-3 code for an alpha-2 code ("IQ" → "IRQ").
pub fn iso3(iso2: &str) -> Option<&'static str> {
    table().get(iso2).map(|c| c.iso3.as_str())
}

/// Alpha-2 code for an alpha-3 code ("IRQ" → "IQ").
pub fn iso2_from_iso3(iso3: &str) -> Option<&'static str> {
    table()
        .by_iso3
        .get(&iso3.to_ascii_uppercase())
        .map(String::as_str)
}

/// English short name for an alpha-2 code ("CD" → "Democratic Republic of Congo").
pub fn name(iso2: &str) -> Option<&'static str> {
    table().get(iso2).map(|c| c.name.as_str())
}

/// Alpha-2 code for an English country name, case- and diacritic-insensitive
/// ("Iraq", "the United States", "Burma").
pub fn by_name(name: &str) -> Option<&'static str> {
    table().by_name_folded(&fold(name))
}

/// Alpha-2 code for a demonym ("Iraqi" → "IQ"), from the registry's own table.
pub fn by_demonym(demonym: &str) -> Option<&'static str> {
    table().by_demonym_folded(&fold(demonym))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_tables_parse() {
        let t = Countries::parse(COUNTRIES_TSV).expect("countries.tsv parses");
        assert!(t.by_iso2.len() > 240);
    }

    #[test]
    fn lookups() {
        assert_eq!(iso3("iq"), Some("IRQ"));
        assert_eq!(iso2_from_iso3("PSE"), Some("PS"));
        assert_eq!(by_name("The United States"), Some("US"));
        assert_eq!(by_name("Côte d'Ivoire"), Some("CI"));
        assert_eq!(by_demonym("Burkinabè"), Some("BF"));
        assert_eq!(by_demonym("U.S."), Some("US"));
        assert_eq!(by_demonym("Martian"), None);
        assert_eq!(name("XX"), None);
    }

    #[test]
    fn malformed_line_is_an_error() {
        assert!(Countries::parse("IQ\tIRQ\n").is_err());
    }
}
