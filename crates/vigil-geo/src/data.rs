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
//!
//! Loading speed matters (every CLI run pays it), so rows keep byte ranges
//! into the decoded text instead of owned strings, and the name index is a
//! sorted vector of 64-bit hashes of folded names rather than a map of strings.

use crate::fold::{fold, fold_into, skeleton, skeleton_fnv, skeleton_into, strip_article};
use crate::Error;
use std::collections::HashMap;
use vigil_core::{GeoPrecision, Place};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum EntryKind {
    Country,
    Admin1,
    Place,
}

/// GeoNames feature code, reduced to what resolution uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Feature {
    Capital,
    /// Seat of a first-level division.
    Admin1Seat,
    Admin2Seat,
    /// Seat of a third-level division (a Syrian nahiya, a commune).
    Admin3Seat,
    /// A second-level division (district, county).
    Admin2,
    /// A continent, region, sea or other area named in news as a whole.
    Area,
    Other,
}

/// Country code of areas that span several countries (continents, seas).
pub(crate) const MULTI_COUNTRY: &str = "ZZ";

/// One gazetteer row.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub kind: EntryKind,
    name: (u32, u32),
    /// Byte range of the `|`-separated alternate names in `Table::text`.
    alts: (u32, u32),
    cc: [u8; 2],
    /// Index into `Table::admin1_names`, when known.
    pub admin1: Option<u32>,
    pub lat: f32,
    pub lon: f32,
    pub population: u64,
    pub feature: Feature,
    /// A sea, lake, river or strait: found like any area, but no event's
    /// "location" (a gazetteer of towns does not hold it).
    pub water: bool,
    pub geonameid: Option<u64>,
}

/// Every pair of capital ASCII letters, "AAAB...ZZ": `Entry::cc` slices its
/// code out of it instead of validating two bytes as UTF-8 on each of the
/// finder's many calls.
const CODE_BYTES: [u8; 26 * 26 * 2] = {
    let mut t = [0u8; 26 * 26 * 2];
    let mut k = 0;
    while k < 26 * 26 {
        t[2 * k] = b'A' + (k / 26) as u8;
        t[2 * k + 1] = b'A' + (k % 26) as u8;
        k += 1;
    }
    t
};
/// Each pair of `CODE_BYTES` as its own string, so that `Entry::cc` is an
/// index instead of a checked slice of one long string.
const CODES: [&str; 26 * 26] = {
    let mut out = [""; 26 * 26];
    let mut k = 0;
    while k < 26 * 26 {
        let (_, rest) = CODE_BYTES.split_at(2 * k);
        let (pair, _) = rest.split_at(2);
        out[k] = match std::str::from_utf8(pair) {
            Ok(s) => s,
            Err(_) => "",
        };
        k += 1;
    }
    out
};

impl Entry {
    /// The ISO2 code's two bytes as one number: compared for every entry of
    /// a homonym when the finder weighs an article's countries.
    pub fn cc_code(&self) -> u16 {
        u16::from_be_bytes(self.cc)
    }

    /// `cc_code` of an entry in a country (a real ISO2 code, not "ZZ" for
    /// regions spanning several).
    pub fn country_code(&self) -> Option<u16> {
        let [a, b] = self.cc;
        (a.is_ascii_uppercase() && b.is_ascii_uppercase() && self.cc != *b"ZZ")
            .then(|| self.cc_code())
    }

    /// The ISO2 code; the parser admits only capital ASCII letters.
    pub fn cc(&self) -> &'static str {
        let [a, b] = self.cc;
        if !(a.is_ascii_uppercase() && b.is_ascii_uppercase()) {
            return "";
        }
        let k = usize::from(a - b'A') * 26 + usize::from(b - b'A');
        CODES.get(k).copied().unwrap_or("")
    }
}

/// The position of a two-capital-letter code among all such codes.
fn code_index(cc: &str) -> Option<usize> {
    match *cc.as_bytes() {
        [a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => {
            Some(usize::from(a - b'A') * 26 + usize::from(b - b'A'))
        }
        _ => None,
    }
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
    text: String,
    pub entries: Vec<Entry>,
    pub admin1_names: Vec<String>,
    /// (hash of folded name, entry index, quality), sorted.
    index: Vec<(u64, u32, MatchQuality)>,
    /// `buckets[h >> shift]` is where hashes with those top bits start in
    /// `index`: a lookup touches two or three cache lines instead of the
    /// twenty a binary search over the whole index costs (it dominated
    /// `find_places` profiles).
    buckets: Vec<u32>,
    shift: u32,
    /// Folded demonym ("iraqi", "european") → entry index of the country or
    /// area it names.
    pub demonyms: HashMap<String, u32, FnvBuild>,
    /// One bit per `key_hash(demonym) >> 48` (empty: not built): the finder
    /// asks for a demonym at every capitalised span, and nearly all are not.
    demonym_filter: Vec<u64>,
    /// ISO2 → entry index of the country row.
    pub countries: HashMap<String, u32, FnvBuild>,
    /// `countries` indexed by `code_index` (`u32::MAX`: none), for naming
    /// the country of every place reported without hashing its code.
    country_by_code: Vec<u32>,
    /// The longest indexed name, in folded words; bounds the candidate search.
    pub max_words: usize,
    /// (hash of `skeleton` key, entry index), sorted; built on first use by
    /// `variant_hits`, since only lookups that find nothing exact need it.
    skeletons: std::sync::OnceLock<Vec<(u64, u32)>>,
}

/// FNV-1a as a `Hasher`, for the loader's short-string maps (SipHash showed
/// up in load profiles).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(crate) type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

/// FNV-1a: fast, deterministic, and 64 bits make collisions among a million
/// names negligible.
pub(crate) fn key_hash(key: &str) -> u64 {
    key.bytes().fold(FNV_OFFSET, fnv_step)
}

/// FNV-1a's starting state.
pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// One byte of FNV-1a: the finder extends a key's hash as it extends the
/// key, instead of hashing every prefix again.
#[inline(always)]
pub(crate) fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
}

impl Table {
    /// Parses the whole table. Large inputs are parsed in two halves on two
    /// threads (loading is on every CLI run's critical path).
    pub fn parse(text: String) -> Result<Table, Error> {
        let mid = text.len() / 2;
        let split = match text.get(mid..).and_then(|rest| rest.find('\n')) {
            Some(k) if text.len() > 1 << 20 => mid + k + 1,
            _ => text.len(),
        };
        let (head, tail) = text.split_at(split);
        let mut t = std::thread::scope(|s| -> Result<Table, Error> {
            let second = std::thread::Builder::new().spawn_scoped(s, || {
                let lines_before = head.bytes().filter(|&b| b == b'\n').count();
                Table::parse_part(tail, split, lines_before)
            });
            let first = Table::parse_part(head, 0, 0)?;
            let second = match second {
                Ok(h) => h.join().unwrap_or_else(|_| {
                    Err(Error::Data {
                        line: 0,
                        msg: "parser thread failed".into(),
                    })
                })?,
                // No thread to be had: parse the rest here.
                Err(_) => {
                    let lines_before = head.bytes().filter(|&b| b == b'\n').count();
                    Table::parse_part(tail, split, lines_before)?
                }
            };
            Ok(first.merge(second))
        })?;
        t.index.dedup_by(|b, a| a.0 == b.0 && a.1 == b.1);
        t.index.shrink_to_fit();
        t.build_buckets();
        t.nation_demonyms();
        t.build_demonym_filter();
        t.country_by_code = vec![u32::MAX; 26 * 26];
        for (cc, &idx) in &t.countries {
            if let Some(slot) = code_index(cc).and_then(|k| t.country_by_code.get_mut(k)) {
                *slot = idx;
            }
        }
        t.text = text;
        Ok(t)
    }

    /// Gives places of the anchors' countries that have no first-level
    /// division the division of the nearest anchor within 100 km (see
    /// `data/admin1_anchors.tsv`). Malformed lines are skipped.
    pub fn fill_admin1(&mut self, anchors_tsv: &str) {
        let anchors: Vec<([u8; 2], &str, (f64, f64))> = anchors_tsv
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let mut c = l.split('\t');
                let cc: [u8; 2] = c.next()?.as_bytes().try_into().ok()?;
                let admin1 = c.next()?;
                let lat = c.next()?.parse().ok()?;
                let lon = c.next()?.parse().ok()?;
                Some((cc, admin1, (lat, lon)))
            })
            .collect();
        if anchors.is_empty() {
            return;
        }
        let mut ids = admin1_ids(&self.admin1_names);
        for e in &mut self.entries {
            if e.kind != EntryKind::Place || e.admin1.is_some() {
                continue;
            }
            let at = (f64::from(e.lat), f64::from(e.lon));
            let nearest = anchors
                .iter()
                .filter(|(cc, _, _)| *cc == e.cc)
                .map(|(_, a, p)| (vigil_core::haversine_km(at, *p), *a))
                .filter(|&(d, _)| d <= 100.0)
                .min_by(|x, y| x.0.total_cmp(&y.0));
            if let Some((_, name)) = nearest {
                e.admin1 = Some(admin1_id(&mut self.admin1_names, &mut ids, name));
            }
        }
    }

    /// Appends `other` (parsed from later rows) to `self`.
    fn merge(mut self, other: Table) -> Table {
        let off = self.entries.len() as u32;
        let mut ids = admin1_ids(&self.admin1_names);
        let remap: Vec<u32> = other
            .admin1_names
            .iter()
            .map(|n| admin1_id(&mut self.admin1_names, &mut ids, n))
            .collect();
        self.entries.extend(other.entries.into_iter().map(|mut e| {
            e.admin1 = e.admin1.and_then(|a| remap.get(a as usize).copied());
            e
        }));
        let a = std::mem::take(&mut self.index);
        let mut merged = Vec::with_capacity(a.len() + other.index.len());
        let mut bi = other
            .index
            .into_iter()
            .map(|(h, i, q)| (h, i + off, q))
            .peekable();
        for x in a {
            while let Some(y) = bi.next_if(|y| *y < x) {
                merged.push(y);
            }
            merged.push(x);
        }
        merged.extend(bi);
        self.index = merged;
        for (k, v) in other.demonyms {
            self.demonyms.entry(k).or_insert(v + off);
        }
        for (k, v) in other.countries {
            self.countries.entry(k).or_insert(v + off);
        }
        self.max_words = self.max_words.max(other.max_words);
        self
    }

    /// Parses rows of `text`, which starts at byte `base` and line
    /// `first_line` (0-based) of the whole table. Name ranges are absolute.
    fn parse_part(text: &str, base: usize, first_line: usize) -> Result<Table, Error> {
        let mut t = Table::default();
        let mut admin1_ids: HashMap<&str, u32, FnvBuild> = HashMap::default();
        let mut index = Vec::with_capacity(text.len() / 16);
        let mut buf = String::new();
        let mut offset = base;
        for (lineno, line) in text.split('\n').enumerate() {
            let lineno = lineno + first_line;
            let line_start = offset;
            offset += line.len() + 1;
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |what: &str| Error::Data {
                line: lineno + 1,
                msg: format!("bad {what}"),
            };
            let mut cols: [&str; 11] = [""; 11];
            let mut n = 0;
            let mut col_start = 0;
            // Tabs are ASCII, so every split point is a char boundary. The
            // table is 16 MB: memchr rather than a byte loop.
            for k in memchr::memchr_iter(b'\t', line.as_bytes()) {
                if n >= 10 {
                    break;
                }
                cols[n] = line.get(col_start..k).unwrap_or("");
                n += 1;
                col_start = k + 1;
            }
            cols[n] = line.get(col_start..).unwrap_or("");
            n += 1;
            if n < 9 {
                return Err(Error::Data {
                    line: lineno + 1,
                    msg: format!("expected at least 9 columns, found {n}"),
                });
            }
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
            let name = cols[2];
            let cc_bytes = cols[3].as_bytes();
            let cc: [u8; 2] = match cc_bytes {
                [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                    [a.to_ascii_uppercase(), b.to_ascii_uppercase()]
                }
                _ => return Err(bad("country code")),
            };
            if name.is_empty() {
                return Err(bad("name"));
            }
            // cols[2] is a subslice of `line`, itself of `text`.
            let name_start = line_start + (name.as_ptr() as usize - line.as_ptr() as usize);
            let alts_start =
                line_start + (cols[9].as_ptr() as usize).saturating_sub(line.as_ptr() as usize);
            let alts = if cols[9].is_empty() {
                (0, 0)
            } else {
                (alts_start as u32, (alts_start + cols[9].len()) as u32)
            };
            let admin1 = match (cols[4], kind) {
                ("", _) | (_, EntryKind::Country) => None,
                (a, _) => {
                    let next = t.admin1_names.len() as u32;
                    let id = *admin1_ids.entry(a).or_insert_with(|| {
                        t.admin1_names.push(a.to_string());
                        next
                    });
                    Some(id)
                }
            };
            let lat: f32 = cols[5].parse().map_err(|_| bad("latitude"))?;
            let lon: f32 = cols[6].parse().map_err(|_| bad("longitude"))?;
            if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                return Err(bad("coordinates"));
            }
            let population = match cols[7] {
                "" => 0,
                s => s.parse::<u64>().map_err(|_| bad("population"))?,
            };
            let feature = match cols[8] {
                "PPLC" => Feature::Capital,
                "PPLA" => Feature::Admin1Seat,
                "PPLA2" => Feature::Admin2Seat,
                "PPLA3" => Feature::Admin3Seat,
                "ADM2" => Feature::Admin2,
                "CONT" | "RGN" | "OCN" | "SEA" | "STRT" | "PEN" | "LK" | "STM" => Feature::Area,
                _ => Feature::Other,
            };
            let water = matches!(
                cols[8],
                "OCN" | "SEA" | "STRT" | "LK" | "STM" | "GULF" | "BAY" | "CHN"
            );
            let idx = t.entries.len() as u32;
            fold_into(name, &mut buf);
            add_key(&mut index, &mut t.max_words, &buf, idx, MatchQuality::Main);
            for alt in cols[9].split('|').filter(|a| !a.is_empty()) {
                fold_into(alt, &mut buf);
                add_key(&mut index, &mut t.max_words, &buf, idx, MatchQuality::Alt);
            }
            // world-countries joins the demonyms of two-part countries in
            // one string ("Bosnian, Herzegovinian", "Kittitian or
            // Nevisian"): each part is a demonym of its own.
            for d in Some(cols[10])
                .filter(|c| !c.is_empty())
                .into_iter()
                .flat_map(|c| c.split(['|', ',']))
                .flat_map(|d| d.split(" or "))
                .map(str::trim)
                .filter(|d| !d.is_empty())
            {
                t.demonyms.entry(fold(d)).or_insert(idx);
            }
            if kind == EntryKind::Country {
                t.countries
                    .insert(String::from_utf8_lossy(&cc).into_owned(), idx);
            }
            t.entries.push(Entry {
                kind,
                name: (name_start as u32, (name_start + name.len()) as u32),
                alts,
                cc,
                admin1,
                lat,
                lon,
                population,
                feature,
                water,
                geonameid,
            });
        }
        // Sorted by (hash, entry, quality): `parse` keeps the first, i.e.
        // best-quality, key per (name, entry).
        sort_hashed(&mut index, |x| x.0);
        t.index = index;
        Ok(t)
    }

    /// About one bucket per two index rows (a power of two).
    fn build_buckets(&mut self) {
        let bits = (usize::BITS - self.index.len().max(1).leading_zeros())
            .saturating_sub(1)
            .clamp(1, 30);
        self.shift = 64 - bits;
        let n = 1usize << bits;
        let mut buckets = Vec::with_capacity(n + 1);
        let mut pos = 0usize;
        for b in 0..n as u64 {
            while self.index.get(pos).is_some_and(|x| (x.0 >> self.shift) < b) {
                pos += 1;
            }
            buckets.push(pos as u32);
        }
        buckets.push(self.index.len() as u32);
        self.buckets = buckets;
    }

    /// Demonyms the source data gets wrong or lacks. "English", "Scottish",
    /// "Welsh" name the people of one nation of the United Kingdom (a
    /// first-level division in GeoNames), not of the whole state, though
    /// world-countries lists "English" among its demonyms: "an English
    /// pianist" is from England.
    fn nation_demonyms(&mut self) {
        // Common English demonyms that world-countries lacks.
        const MORE: &[(&str, &[&str])] = &[
            ("CH", &["Swiss"]),
            ("ES", &["Spaniard", "Spaniards"]),
            ("RS", &["Serb", "Serbs"]),
            ("HR", &["Croat", "Croats"]),
            ("SI", &["Slovenian", "Slovenians"]),
            ("AZ", &["Azeri", "Azeris"]),
            ("AR", &["Argentinian", "Argentinians"]),
        ];
        for &(cc, words) in MORE {
            if let Some(&idx) = self.countries.get(cc) {
                for w in words {
                    self.demonyms.entry(fold(w)).or_insert(idx);
                }
            }
        }
        const NATIONS: &[(&str, &[&str])] = &[
            ("England", &["English"]),
            ("Scotland", &["Scottish", "Scots"]),
            ("Wales", &["Welsh"]),
            ("Northern Ireland", &["Northern Irish"]),
        ];
        for &(nation, words) in NATIONS {
            let idx = self.hits(&fold(nation)).map(|(i, _)| i).find(|&i| {
                self.entries
                    .get(i as usize)
                    .is_some_and(|e| e.kind == EntryKind::Admin1 && e.cc() == "GB")
            });
            if let Some(idx) = idx {
                for w in words {
                    self.demonyms.insert(fold(w), idx);
                }
            }
        }
    }

    fn build_demonym_filter(&mut self) {
        let mut bits = vec![0u64; 1 << 10];
        for k in self.demonyms.keys() {
            let b = (key_hash(k) >> 48) as usize;
            if let Some(w) = bits.get_mut(b / 64) {
                *w |= 1 << (b % 64);
            }
        }
        self.demonym_filter = bits;
    }

    /// The entry a folded demonym names; `h` is `key_hash(key)`.
    pub fn demonym_hashed(&self, key: &str, h: u64) -> Option<u32> {
        let b = (h >> 48) as usize;
        match self.demonym_filter.get(b / 64) {
            Some(w) if w & (1 << (b % 64)) == 0 => None,
            _ => self.demonyms.get(key).copied(),
        }
    }

    /// Entries indexed under the folded `key`, with how they matched.
    pub fn hits(&self, key: &str) -> impl Iterator<Item = (u32, MatchQuality)> + '_ {
        self.hits_hashed(key_hash(key))
    }

    /// `hits` for a key whose `key_hash` is `h`.
    pub fn hits_hashed(&self, h: u64) -> impl Iterator<Item = (u32, MatchQuality)> + '_ {
        let b = (h >> self.shift) as usize;
        let range = match (self.buckets.get(b), self.buckets.get(b + 1)) {
            (Some(&lo), Some(&hi)) => lo as usize..hi as usize,
            // Not yet bucketed (parts being merged): the whole index.
            _ => 0..self.index.len(),
        };
        let slice = self.index.get(range).unwrap_or(&[]);
        let lo = slice.partition_point(|x| x.0 < h);
        slice
            .get(lo..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |x| x.0 == h)
            .map(|x| (x.1, x.2))
    }

    /// Entries whose name or an alternate has the same `skeleton` as the
    /// folded `key` (transliteration variants; see `fold::skeleton`).
    pub fn variant_hits(&self, key: &str) -> Vec<u32> {
        let index = self.skeletons.get_or_init(|| {
            // Two halves on two threads: the first lookup waits for this.
            let part = |lo: usize, hi: usize| {
                let mut v = Vec::with_capacity((hi - lo) * 4);
                let (mut buf, mut sk) = (String::new(), String::new());
                for (i, e) in self.entries.iter().enumerate().take(hi).skip(lo) {
                    let alts = self
                        .text
                        .get(e.alts.0 as usize..e.alts.1 as usize)
                        .unwrap_or("");
                    for n in std::iter::once(self.name(e)).chain(alts.split('|')) {
                        if n.is_empty() {
                            continue;
                        }
                        fold_into(n, &mut buf);
                        let h = skeleton_fnv(&buf).unwrap_or_else(|| {
                            skeleton_into(&buf, &mut sk);
                            key_hash(&sk)
                        });
                        v.push((h, i as u32));
                    }
                }
                sort_hashed(&mut v, |x| x.0);
                v
            };
            let n = self.entries.len();
            let mid = n / 2;
            let (a, b) = std::thread::scope(|s| {
                let second = std::thread::Builder::new().spawn_scoped(s, || part(mid, n));
                let first = part(0, mid);
                let second = match second {
                    Ok(h) => h.join().unwrap_or_else(|_| part(mid, n)),
                    Err(_) => part(mid, n),
                };
                (first, second)
            });
            let mut v = Vec::with_capacity(a.len() + b.len());
            let mut bi = b.into_iter().peekable();
            for x in a {
                while let Some(y) = bi.next_if(|y| *y < x) {
                    v.push(y);
                }
                v.push(x);
            }
            v.extend(bi);
            v.dedup();
            v
        });
        let h = key_hash(&skeleton(key));
        let lo = index.partition_point(|x| x.0 < h);
        index
            .get(lo..)
            .unwrap_or(&[])
            .iter()
            .take_while(|x| x.0 == h)
            .map(|x| x.1)
            .collect()
    }

    pub fn name<'a>(&'a self, e: &Entry) -> &'a str {
        self.text
            .get(e.name.0 as usize..e.name.1 as usize)
            .unwrap_or("")
    }

    pub fn country_name(&self, cc: &str) -> &str {
        let idx = match code_index(cc) {
            Some(k) => self.country_by_code.get(k).filter(|&&i| i != u32::MAX),
            None => self.countries.get(cc),
        };
        idx.and_then(|&i| self.entries.get(i as usize))
            .map(|e| self.name(e))
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
            EntryKind::Admin1 => Some(self.name(e).to_string()),
            EntryKind::Place => self.admin1_name(e).map(str::to_string),
        };
        Some(Place {
            name: self.name(e).to_string(),
            country: self.country_name(e.cc()).to_string(),
            country_code: e.cc().to_string(),
            admin1,
            latitude: f64::from(e.lat),
            longitude: f64::from(e.lon),
            precision,
            geonameid: e.geonameid,
        })
    }
}

/// Index of each first-level division name in `names`.
fn admin1_ids(names: &[String]) -> HashMap<String, u32> {
    names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.clone(), i as u32))
        .collect()
}

/// The index of division `name`, appended to `names` (and `ids`) if new.
fn admin1_id(names: &mut Vec<String>, ids: &mut HashMap<String, u32>, name: &str) -> u32 {
    if let Some(&i) = ids.get(name) {
        return i;
    }
    let i = names.len() as u32;
    names.push(name.to_string());
    ids.insert(name.to_string(), i);
    i
}

/// Sorts rows that are ordered by a uniformly distributed hash first: one
/// counting pass on the hash's top bits, then a small sort per bucket. The
/// result is exactly `sort_unstable`'s (equal rows are indistinguishable), at
/// a fraction of a comparison sort's cost over the loader's 1.5M rows.
fn sort_hashed<T: Ord + Copy>(v: &mut Vec<T>, hash: impl Fn(&T) -> u64) {
    if v.len() < 1024 {
        v.sort_unstable();
        return;
    }
    // About eight rows per bucket.
    let bits = (usize::BITS - (v.len() / 8).leading_zeros()).clamp(1, 24);
    let shift = 64 - bits;
    let bucket = |x: &T| (hash(x) >> shift) as usize;
    let mut starts = vec![0usize; (1 << bits) + 1];
    for x in v.iter() {
        if let Some(n) = starts.get_mut(bucket(x) + 1) {
            *n += 1;
        }
    }
    for b in 1..starts.len() {
        starts[b] += starts[b - 1];
    }
    let mut next = starts.clone();
    let mut out = v.clone();
    for x in v.iter() {
        if let Some(p) = next.get_mut(bucket(x)) {
            if let Some(slot) = out.get_mut(*p) {
                *slot = *x;
            }
            *p += 1;
        }
    }
    for w in starts.windows(2) {
        if let Some(b) = out.get_mut(w[0]..w[1]) {
            b.sort_unstable();
        }
    }
    *v = out;
}

fn add_key(
    index: &mut Vec<(u64, u32, MatchQuality)>,
    max_words: &mut usize,
    key: &str,
    idx: u32,
    q: MatchQuality,
) {
    if key.is_empty() {
        return;
    }
    let words = key.bytes().filter(|&b| b == b' ').count() + 1;
    *max_words = (*max_words).max(words);
    index.push((key_hash(key), idx, q));
    if let Some(stripped) = strip_article(key) {
        index.push((key_hash(stripped), idx, MatchQuality::Stripped.max(q)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: u64, name: &str, admin1: &str) -> String {
        format!("P\t{id}\t{name}\tIQ\t{admin1}\t33.1\t44.2\t{id}\tPPL\t{name} Alt|al-{name}\t\n")
    }

    #[test]
    fn nation_demonyms_name_the_nation_not_the_state() {
        let t = &crate::Gazetteer::global().table;
        let of = |w: &str| {
            t.demonyms
                .get(&fold(w))
                .and_then(|&i| t.entries.get(i as usize))
                .map(|e| (e.kind, e.cc(), t.name(e)))
        };
        assert_eq!(of("English"), Some((EntryKind::Admin1, "GB", "England")));
        assert_eq!(of("Welsh"), Some((EntryKind::Admin1, "GB", "Wales")));
        assert_eq!(of("Scottish"), Some((EntryKind::Admin1, "GB", "Scotland")));
        assert_eq!(
            of("British"),
            Some((EntryKind::Country, "GB", "United Kingdom"))
        );
    }

    #[test]
    fn the_demonym_filter_passes_every_demonym() {
        let g = crate::Gazetteer::global();
        let t = &g.table;
        assert!(!t.demonyms.is_empty());
        for (k, &v) in &t.demonyms {
            assert_eq!(t.demonym_hashed(k, key_hash(k)), Some(v), "{k}");
        }
        for k in ["mosul", "table", "", "the", "iraqiz"] {
            assert_eq!(t.demonym_hashed(k, key_hash(k)), t.demonyms.get(k).copied());
        }
    }

    #[test]
    fn country_codes_read_back_as_parsed() {
        let text: String = ["IQ", "sy", "Za", "AZ", "ZZ"]
            .iter()
            .enumerate()
            .map(|(i, cc)| format!("P\t{i}\tX{i}\t{cc}\t\t1\t2\t0\tPPL\t\t\n"))
            .collect();
        let t = Table::parse(text).expect("rows parse");
        let codes: Vec<&str> = t.entries.iter().map(Entry::cc).collect();
        assert_eq!(codes, ["IQ", "SY", "ZA", "AZ", "ZZ"]);
        for e in &t.entries {
            assert_eq!(Some(e.cc()), std::str::from_utf8(&e.cc).ok());
        }
    }

    #[test]
    fn skeleton_hash_is_the_hash_of_the_skeleton() {
        const PARTS: &[&str] = &[
            "a", "o", "u", "h", "e", "b", "oo", "ou", "al", "an", "es", "ash", " ", "  ", "x", "ah",
        ];
        for s in crate::fold::sample_strings(PARTS, 0x5851_f42d_4c95_7f2d, 20_000) {
            assert_eq!(skeleton_fnv(&s), Some(key_hash(&skeleton(&s))), "{s:?}");
        }
        assert_eq!(skeleton_fnv("tillab\u{e9}ri"), None);
    }

    #[test]
    fn hashed_sort_matches_sort_unstable() {
        let mut seed: u64 = 0x853c_49e6_748f_ea9b;
        for n in [0usize, 5, 1023, 1024, 5000, 70_000] {
            let mut v: Vec<(u64, u32)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    // Repeated hashes and rows, as the index has.
                    let h = if i % 7 == 0 { 42 << 40 } else { seed };
                    (h, (seed >> 50) as u32 % 3)
                })
                .collect();
            let mut expected = v.clone();
            expected.sort_unstable();
            sort_hashed(&mut v, |x| x.0);
            assert_eq!(v, expected, "n = {n}");
        }
    }

    #[test]
    fn malformed_rows_are_errors_with_line_numbers() {
        for (bad, line) in [
            ("C\t1\tX\tIQ\t\t1\t2\n", 1),
            ("# c\nQ\t1\tX\tIQ\t\t1\t2\t3\tP\n", 2),
            ("P\tx\tX\tIQ\t\t1\t2\t3\tP\n", 1),
            ("P\t1\tX\tIRQ\t\t1\t2\t3\tP\n", 1),
            ("P\t1\tX\tIQ\t\t91\t2\t3\tP\n", 1),
            ("P\t1\t\tIQ\t\t1\t2\t3\tP\n", 1),
        ] {
            match Table::parse(bad.to_string()) {
                Err(Error::Data { line: l, .. }) => assert_eq!(l, line, "{bad:?}"),
                other => panic!("{bad:?} parsed: {:?}", other.map(|t| t.entries.len())),
            }
        }
    }

    #[test]
    fn two_part_parse_keeps_every_row_and_name() {
        // Over 1 MiB, so the table is parsed in two halves and merged.
        let mut text = String::from("C\t99237\tIraq\tIQ\t\t33\t44\t1\tPCLI\tIRQ\tIraqi|Iraqis\n");
        let n = 25_000u64;
        for i in 0..n {
            let admin1 = if i % 2 == 0 { "Anbar" } else { "Nineveh" };
            text.push_str(&row(i + 1, &format!("Town{i}"), admin1));
        }
        assert!(text.len() > 1 << 20);
        let t = Table::parse(text).expect("parses");
        assert_eq!(t.entries.len() as u64, n + 1);
        assert_eq!(t.admin1_names.len(), 2, "admin1 names merged across halves");
        for i in [0, n / 2, n - 1] {
            let name = format!("Town{i}");
            let hits: Vec<_> = t.hits(&fold(&name)).collect();
            assert_eq!(hits.len(), 1, "{name}");
            let (idx, q) = hits[0];
            assert_eq!(q, MatchQuality::Main);
            let e = &t.entries[idx as usize];
            assert_eq!(t.name(e), name);
            let want = if i % 2 == 0 { "Anbar" } else { "Nineveh" };
            assert_eq!(t.admin1_name(e), Some(want));
            // "al-TownN" is an alternate; its article-less form is the main
            // name, and only the best quality is kept per (name, entry).
            let alt: Vec<_> = t.hits(&fold(&format!("al-Town{i}"))).collect();
            assert_eq!(alt, vec![(idx, MatchQuality::Alt)], "{name}");
        }
        assert!(t.demonyms.contains_key("iraqis"));
        let mut sorted = t.index.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, t.index, "merged index stays sorted");
    }
}
