//! The gazetteer table: parsing the embedded TSV and the name index.
//!
//! Row format (tab separated, `#` starts a comment line):
//!
//! ```text
//! kind  geonameid  name  cc  admin1  lat  lon  population  fcode  alt_names  demonyms
//! ```
//!
//! `kind` is `C` (country), `A` (first-level division) or `P` (populated place or
//! other named feature). `alt_names` and `demonyms` are `|`-separated. For
//! country rows `alt_names` holds ISO3 and common aliases ("DRC", "Burma") and
//! `demonyms` the adjectives and nouns for its people ("Iraqi", "Iraqis").

use crate::fold::{fold, strip_article};
use crate::Error;
use std::collections::HashMap;
use vigil_core::{GeoPrecision, Place};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum EntryKind {
    Country,
    Admin1,
    Place,
}

/// One gazetteer row, kept compact: names are resolved to `Place`s only on output.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub kind: EntryKind,
    pub name: String,
    pub cc: String,
    /// Index into `Gazetteer::admin1_names`, when known.
    pub admin1: Option<u32>,
    pub lat: f32,
    pub lon: f32,
    pub population: u64,
    pub fcode: String,
    pub geonameid: Option<u64>,
}

/// How a name in the index was matched: its main name, an alternate name, or
/// an alternate without its Arabic article. Lower is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum MatchQuality {
    Main = 0,
    Alt = 1,
    Stripped = 2,
}

#[derive(Debug, Default)]
pub(crate) struct Table {
    pub entries: Vec<Entry>,
    pub admin1_names: Vec<String>,
    /// Folded name → (entry index, quality), deduplicated per entry.
    pub index: HashMap<String, Vec<(u32, MatchQuality)>>,
    /// Folded demonym ("iraqi", "iraqis") → ISO2.
    pub demonyms: HashMap<String, String>,
    /// ISO2 → entry index of the country row.
    pub countries: HashMap<String, u32>,
    /// (ISO2, folded admin1 name) → entry index of the admin1 row.
    pub admin1_rows: HashMap<(String, String), u32>,
    /// The longest indexed name, in folded words; bounds the candidate search.
    pub max_words: usize,
}

impl Table {
    pub fn parse(text: &str) -> Result<Table, Error> {
        let mut t = Table::default();
        let mut admin1_ids: HashMap<String, u32> = HashMap::new();
        for (lineno, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 9 {
                return Err(Error::Data {
                    line: lineno + 1,
                    msg: format!("expected at least 9 columns, found {}", cols.len()),
                });
            }
            let bad = |what: &str| Error::Data {
                line: lineno + 1,
                msg: format!("bad {what}"),
            };
            let kind = match cols[0] {
                "C" => EntryKind::Country,
                "A" => EntryKind::Admin1,
                "P" => EntryKind::Place,
                _ => return Err(bad("kind")),
            };
            let geonameid = match cols[1] {
                "" => None,
                s => Some(s.parse::<u64>().map_err(|_| bad("geonameid"))?),
            };
            let name = cols[2].to_string();
            let cc = cols[3].to_ascii_uppercase();
            if cc.len() != 2 || name.is_empty() {
                return Err(bad("name or country code"));
            }
            let admin1 = match (cols[4], kind) {
                ("", _) | (_, EntryKind::Country) => None,
                (a, _) => {
                    let next = t.admin1_names.len() as u32;
                    let id = *admin1_ids.entry(a.to_string()).or_insert_with(|| {
                        t.admin1_names.push(a.to_string());
                        next
                    });
                    Some(id)
                }
            };
            let lat: f32 = cols[5].parse().map_err(|_| bad("latitude"))?;
            let lon: f32 = cols[6].parse().map_err(|_| bad("longitude"))?;
            let population = match cols[7] {
                "" => 0,
                s => s.parse::<u64>().map_err(|_| bad("population"))?,
            };
            let idx = t.entries.len() as u32;
            let main = fold(&name);
            t.add_key(&main, idx, MatchQuality::Main);
            if let Some(alts) = cols.get(9) {
                for alt in alts.split('|').filter(|a| !a.is_empty()) {
                    t.add_key(&fold(alt), idx, MatchQuality::Alt);
                }
            }
            match kind {
                EntryKind::Country => {
                    t.countries.insert(cc.clone(), idx);
                    if let Some(dems) = cols.get(10) {
                        for d in dems.split('|').filter(|d| !d.is_empty()) {
                            t.demonyms.entry(fold(d)).or_insert_with(|| cc.clone());
                        }
                    }
                }
                EntryKind::Admin1 => {
                    t.admin1_rows.insert((cc.clone(), fold(&name)), idx);
                }
                EntryKind::Place => {}
            }
            t.entries.push(Entry {
                kind,
                name,
                cc,
                admin1,
                lat,
                lon,
                population,
                fcode: cols[8].to_string(),
                geonameid,
            });
        }
        Ok(t)
    }

    fn add_key(&mut self, key: &str, idx: u32, q: MatchQuality) {
        if key.is_empty() {
            return;
        }
        self.push_key(key.to_string(), idx, q);
        if let Some(stripped) = strip_article(key) {
            self.push_key(stripped.to_string(), idx, MatchQuality::Stripped.max(q));
        }
    }

    fn push_key(&mut self, key: String, idx: u32, q: MatchQuality) {
        let words = key.split(' ').count();
        self.max_words = self.max_words.max(words);
        let v = self.index.entry(key).or_default();
        match v.iter_mut().find(|(i, _)| *i == idx) {
            Some(existing) => existing.1 = existing.1.min(q),
            None => v.push((idx, q)),
        }
    }

    pub fn country_name(&self, cc: &str) -> &str {
        self.countries
            .get(cc)
            .and_then(|&i| self.entries.get(i as usize))
            .map(|e| e.name.as_str())
            .unwrap_or("")
    }

    pub fn admin1_name(&self, e: &Entry) -> Option<&str> {
        e.admin1
            .and_then(|i| self.admin1_names.get(i as usize))
            .map(|s| s.as_str())
    }

    pub fn to_place(&self, idx: u32) -> Option<Place> {
        let e = self.entries.get(idx as usize)?;
        let precision = match e.kind {
            EntryKind::Country => GeoPrecision::Country,
            EntryKind::Admin1 => GeoPrecision::Admin1,
            EntryKind::Place => GeoPrecision::Place,
        };
        let admin1 = match e.kind {
            EntryKind::Country => None,
            EntryKind::Admin1 => Some(e.name.clone()),
            EntryKind::Place => self.admin1_name(e).map(str::to_string),
        };
        Some(Place {
            name: e.name.clone(),
            country: self.country_name(&e.cc).to_string(),
            country_code: e.cc.clone(),
            admin1,
            latitude: f64::from(e.lat),
            longitude: f64::from(e.lon),
            precision,
            geonameid: e.geonameid,
        })
    }
}
