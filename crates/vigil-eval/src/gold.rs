//! Scoring against the hand-annotated fixtures (tests/fixtures).
//!
//! The gold file (`gold.jsonl`, format in `tests/fixtures/README.md`) lists
//! one expected record per line, anchored on a sentence substring of its
//! article. Scoring is split from loading so the matcher can be tested on
//! synthetic inputs: [`read_gold`] / [`parse_gold`] read the annotations,
//! [`load_documents`] runs a caller-supplied reader and extractor over the
//! gold's files, and [`score`] compares predictions with gold.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;
use vigil_core::{Article, DatePrecision, Kind, Record};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("gold line {line}: {message}")]
    Parse { line: usize, message: String },
    #[error("cannot load article file {file}: {message}")]
    Load { file: String, message: String },
}

/// ACLED event types and their sub-event types, as in the shared taxonomy.
pub const ACLED_TYPES: &[(&str, &[&str])] = &[
    (
        "Battles",
        &[
            "Armed clash",
            "Government regains territory",
            "Non-state actor overtakes territory",
        ],
    ),
    (
        "Explosions/Remote violence",
        &[
            "Air/drone strike",
            "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED",
            "Suicide bomb",
            "Grenade",
            "Chemical weapon",
        ],
    ),
    (
        "Violence against civilians",
        &[
            "Attack",
            "Abduction/forced disappearance",
            "Sexual violence",
        ],
    ),
    (
        "Protests",
        &[
            "Peaceful protest",
            "Protest with intervention",
            "Excessive force against protesters",
        ],
    ),
    ("Riots", &["Violent demonstration", "Mob violence"]),
    (
        "Strategic developments",
        &[
            "Arrests",
            "Change to group/activity",
            "Disrupted weapons use",
            "Agreement",
            "Headquarters or base established",
            "Looting/property destruction",
            "Non-violent transfer of territory",
            "Other",
        ],
    ),
];

/// Whether `(event_type, sub_event_type)` is a valid ACLED pair.
pub fn is_valid_type(event_type: &str, sub_event_type: &str) -> bool {
    ACLED_TYPES
        .iter()
        .any(|(t, subs)| *t == event_type && subs.contains(&sub_event_type))
}

/// One expected record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldRecord {
    /// Article file, relative to the gold file's directory.
    pub file: String,
    /// Exact substring of the sentence carrying the record.
    pub sentence: String,
    /// Other sentences reporting the same incident.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alt_sentences: Vec<String>,
    pub kind: Kind,
    pub event_type: Option<String>,
    pub sub_event_type: Option<String>,
    pub date: Option<NaiveDate>,
    pub date_precision: Option<DatePrecision>,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub location: Option<String>,
    pub actor1: Option<String>,
    pub actor2: Option<String>,
    pub fatalities: Option<u32>,
    pub wounded: Option<u32>,
    pub detained: Option<u32>,
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Parses gold JSONL text; blank lines and lines starting with `//` are skipped.
pub fn parse_gold(text: &str) -> Result<Vec<GoldRecord>, Error> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        let rec: GoldRecord = serde_json::from_str(line).map_err(|e| Error::Parse {
            line: i + 1,
            message: e.to_string(),
        })?;
        out.push(rec);
    }
    Ok(out)
}

pub fn read_gold(path: &Path) -> Result<Vec<GoldRecord>, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse_gold(&text)
}

/// Problems in the annotations themselves that need no article text:
/// invalid ACLED types, events without a type, a date without precision.
pub fn check_gold(gold: &[GoldRecord]) -> Vec<String> {
    let mut problems = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        let at = format!("gold record {} ({}: {:?})", i + 1, g.file, g.sentence);
        match (g.kind, &g.event_type, &g.sub_event_type) {
            (Kind::Event, Some(t), Some(s)) if !is_valid_type(t, s) => {
                problems.push(format!("{at}: invalid ACLED type {t:?} / {s:?}"))
            }
            (Kind::Event, Some(_), Some(_)) => {}
            (Kind::Event, _, _) => problems.push(format!("{at}: event without type")),
            (Kind::Claim, None, None) => {}
            (Kind::Claim, _, _) => problems.push(format!("{at}: claim with an event type")),
        }
        if g.date.is_some() != g.date_precision.is_some() {
            problems.push(format!(
                "{at}: date and date_precision must be set together"
            ));
        }
        if g.sentence.trim().is_empty() {
            problems.push(format!("{at}: empty sentence"));
        }
    }
    problems
}

/// One article of a gold file with the extractor's records for it.
#[derive(Debug, Clone)]
pub struct Document {
    pub file: String,
    pub article: Article,
    pub predictions: Vec<Record>,
}

/// Reads every file the gold refers to with `read` and runs `extract` on each
/// article. Files are resolved against `base` (the gold file's directory).
pub fn load_documents<R, E, X>(
    base: &Path,
    gold: &[GoldRecord],
    read: R,
    extract: X,
) -> Result<Vec<Document>, Error>
where
    R: Fn(&Path) -> Result<Vec<Article>, E>,
    E: std::fmt::Display,
    X: Fn(&Article) -> Vec<Record>,
{
    let files: BTreeSet<&str> = gold.iter().map(|g| g.file.as_str()).collect();
    let mut docs = Vec::new();
    for file in files {
        let articles = read(&base.join(file)).map_err(|e| Error::Load {
            file: file.to_string(),
            message: e.to_string(),
        })?;
        for article in articles {
            let predictions = extract(&article);
            docs.push(Document {
                file: file.to_string(),
                article,
                predictions,
            });
        }
    }
    Ok(docs)
}

/// Where a gold record's sentence occurs: document index and byte ranges of
/// the main sentence and each alternative (absent ones are `None`).
#[derive(Debug, Clone)]
struct Anchor {
    doc: usize,
    main: Option<(usize, usize)>,
    alts: Vec<(usize, usize)>,
}

/// Finds each gold record's article: the first article of its file whose text
/// contains the main sentence.
fn anchor(gold: &GoldRecord, docs: &[Document]) -> Option<Anchor> {
    docs.iter().enumerate().find_map(|(i, d)| {
        if d.file != gold.file {
            return None;
        }
        let text = &d.article.text;
        let main = text
            .find(gold.sentence.as_str())
            .map(|s| (s, s + gold.sentence.len()))?;
        let alts = gold
            .alt_sentences
            .iter()
            .filter_map(|a| text.find(a.as_str()).map(|s| (s, s + a.len())))
            .collect();
        Some(Anchor {
            doc: i,
            main: Some(main),
            alts,
        })
    })
}

/// How many articles of the gold's file contain `sentence`, summed over the
/// file: the well-formedness check wants exactly one.
pub fn occurrences(sentence: &str, docs: &[Document], file: &str) -> usize {
    docs.iter()
        .filter(|d| d.file == file)
        .map(|d| d.article.text.matches(sentence).count())
        .sum()
}

/// A prediction stands on `range` when its span covers it, or (for a
/// segmenter that cut the sentence shorter than the annotator) when it
/// overlaps at least half of it.
fn covers(span: [usize; 2], range: (usize, usize)) -> bool {
    let (s, e) = range;
    if span[0] <= s && e <= span[1] {
        return true;
    }
    let lo = span[0].max(s);
    let hi = span[1].min(e);
    hi > lo && (hi - lo) * 2 >= e.saturating_sub(s)
}

/// Lower-case, strip diacritics and everything but letters and digits, so
/// "Al-Bab" = "al Bab" and "Mocímboa" = "Mocimboa".
pub fn fold(s: &str) -> String {
    s.nfd()
        .filter(|c| c.is_alphanumeric())
        .flat_map(|c| c.to_lowercase())
        .collect()
}

/// Source names compare without a leading "the" ("The New York Times" =
/// "New York Times") and match when one contains the other ("United Nations"
/// vs "a United Nations monitoring report").
fn source_key(s: &str) -> String {
    let t = s.trim();
    let lower = t.to_lowercase();
    let t = if lower.starts_with("the ") {
        t.get(4..).unwrap_or(t)
    } else if lower.starts_with("a ") {
        t.get(2..).unwrap_or(t)
    } else {
        t
    };
    fold(t)
}

/// ... and when both name the same registry actor ("KIA" = "Kachin
/// Independence Army"), as actors do.
fn same_source(g: &Option<String>, p: &Option<String>, r: &dyn Resolver) -> bool {
    match (g, p) {
        (None, None) => true,
        (Some(g), Some(p)) => {
            let (gk, pk) = (source_key(g), source_key(p));
            !gk.is_empty() && !pk.is_empty() && (gk.contains(&pk) || pk.contains(&gk))
                || r.actor_key(g).is_some_and(|a| r.actor_key(p) == Some(a))
        }
        _ => false,
    }
}

fn same_place(g: &Option<String>, p: &Option<String>) -> bool {
    match (g, p) {
        (None, None) => true,
        (Some(g), Some(p)) => fold(g) == fold(p),
        _ => false,
    }
}

fn same_text(g: &Option<String>, p: &Option<String>) -> bool {
    match (g, p) {
        (None, None) => true,
        (Some(g), Some(p)) => g.trim().eq_ignore_ascii_case(p.trim()),
        _ => false,
    }
}

/// Equivalences the scorer cannot know by itself: actor aliases ("ISIS" =
/// "Islamic State (ISIS)"), place spellings ("Palmyra" = "Tadmur") and country
/// names ("DRC" = "Democratic Republic of the Congo"). Every method may answer
/// "don't know"; the scorer then falls back to folded string equality.
pub trait Resolver {
    /// Canonical key of an actor (the registry id), if known.
    fn actor_key(&self, _name: &str) -> Option<String> {
        None
    }
    /// Key of the parent organisation of the actor with this key ("isis" for
    /// ISWAP's key), if any.
    fn parent_key(&self, _key: &str) -> Option<String> {
        None
    }
    /// Keys of every place `name` may denote inside country `country_code`
    /// (or anywhere when `None`).
    fn place_keys(&self, _name: &str, _country_code: Option<&str>) -> Vec<String> {
        Vec::new()
    }
    /// ISO 3166-1 alpha-2 code of a country name, if known.
    fn country_code(&self, _name: &str) -> Option<String> {
        None
    }
}

/// Plain string comparison only.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoResolver;
impl Resolver for NoResolver {}

/// Resolves through vigil's embedded actor registry and gazetteer, so a
/// prediction is not marked wrong for using another spelling of the same actor
/// or place.
#[derive(Debug, Default, Clone, Copy)]
pub struct Registries;

impl Resolver for Registries {
    fn actor_key(&self, name: &str) -> Option<String> {
        vigil_actors::ActorRegistry::global()
            .resolve(name)
            .map(|a| a.id)
    }

    fn parent_key(&self, key: &str) -> Option<String> {
        let registry = vigil_actors::ActorRegistry::global();
        let parent = registry.get(key)?.parent.as_deref()?;
        registry.resolve(parent).map(|a| a.id)
    }

    fn place_keys(&self, name: &str, country_code: Option<&str>) -> Vec<String> {
        vigil_geo::Gazetteer::global()
            .lookup(name)
            .into_iter()
            .filter(|p| country_code.is_none_or(|cc| p.country_code.eq_ignore_ascii_case(cc)))
            .map(|p| match p.geonameid {
                Some(id) => format!("gn:{id}"),
                None => format!("{}:{}", p.country_code, fold(&p.name)),
            })
            .collect()
    }

    fn country_code(&self, name: &str) -> Option<String> {
        vigil_geo::Gazetteer::global()
            .country(name)
            .map(|p| p.country_code)
            .or_else(|| vigil_actors::countries::by_name(name).map(str::to_string))
    }
}

/// Actors match by folded name, by registry key, or when one is the other's
/// parent organisation: articles often name only the parent ("Islamic State
/// fighters" in Niger) where the branch is meant, or the reverse, and the
/// annotations cannot always tell which the reporter meant.
fn same_actor(g: &Option<String>, p: &Option<String>, r: &dyn Resolver) -> bool {
    match (g, p) {
        (None, None) => true,
        (Some(g), Some(p)) => {
            if fold(g) == fold(p) {
                return true;
            }
            match (r.actor_key(g), r.actor_key(p)) {
                (Some(a), Some(b)) => {
                    a == b
                        || r.parent_key(&a).as_deref() == Some(b.as_str())
                        || r.parent_key(&b).as_deref() == Some(a.as_str())
                }
                _ => false,
            }
        }
        _ => false,
    }
}

fn same_country(g: &Option<String>, p: &Option<String>, r: &dyn Resolver) -> bool {
    match (g, p) {
        (None, None) => true,
        (Some(g), Some(p)) => {
            fold(g) == fold(p)
                || matches!((r.country_code(g), r.country_code(p)), (Some(a), Some(b)) if a.eq_ignore_ascii_case(&b))
        }
        _ => false,
    }
}

/// Places match by folded name, or when both names can denote the same
/// gazetteer entry inside the gold record's country.
fn same_place_in(
    g: &Option<String>,
    p: &Option<String>,
    country: &Option<String>,
    r: &dyn Resolver,
) -> bool {
    match (g, p) {
        (Some(gn), Some(pn)) if fold(gn) != fold(pn) => {
            let cc = country.as_deref().and_then(|c| r.country_code(c));
            let gk = r.place_keys(gn, cc.as_deref());
            let pk = r.place_keys(pn, cc.as_deref());
            gk.iter().any(|k| pk.contains(k))
        }
        _ => same_place(g, p),
    }
}

/// Fields compared on matched event pairs, in report order.
pub const EVENT_FIELDS: &[&str] = &[
    "event_type",
    "sub_event_type",
    "date",
    "date_precision",
    "country",
    "admin1",
    "location",
    "actor1",
    "actor2",
    "fatalities",
    "wounded",
    "detained",
    "source",
];

/// Fields compared on matched claim pairs.
pub const CLAIM_FIELDS: &[&str] = &["date", "country", "actor1", "source"];

fn fmt_opt<T: std::fmt::Display>(v: &Option<T>) -> String {
    match v {
        Some(v) => v.to_string(),
        None => "-".to_string(),
    }
}

/// (agrees, gold value, predicted value) for one field.
fn compare(field: &str, g: &GoldRecord, p: &Record, r: &dyn Resolver) -> (bool, String, String) {
    match field {
        "event_type" => (
            same_text(&g.event_type, &p.event_type),
            fmt_opt(&g.event_type),
            fmt_opt(&p.event_type),
        ),
        "sub_event_type" => (
            same_text(&g.sub_event_type, &p.sub_event_type),
            fmt_opt(&g.sub_event_type),
            fmt_opt(&p.sub_event_type),
        ),
        "date" => (g.date == p.date, fmt_opt(&g.date), fmt_opt(&p.date)),
        "date_precision" => (
            g.date_precision == p.date_precision,
            fmt_opt(&g.date_precision.map(|d| d.as_str())),
            fmt_opt(&p.date_precision.map(|d| d.as_str())),
        ),
        "country" => (
            same_country(&g.country, &p.country, r),
            fmt_opt(&g.country),
            fmt_opt(&p.country),
        ),
        "admin1" => (
            same_place_in(&g.admin1, &p.admin1, &g.country, r),
            fmt_opt(&g.admin1),
            fmt_opt(&p.admin1),
        ),
        "location" => (
            same_place_in(&g.location, &p.location, &g.country, r),
            fmt_opt(&g.location),
            fmt_opt(&p.location),
        ),
        "actor1" => (
            same_actor(&g.actor1, &p.actor1, r),
            fmt_opt(&g.actor1),
            fmt_opt(&p.actor1),
        ),
        "actor2" => (
            same_actor(&g.actor2, &p.actor2, r),
            fmt_opt(&g.actor2),
            fmt_opt(&p.actor2),
        ),
        "fatalities" => (
            g.fatalities == p.fatalities,
            fmt_opt(&g.fatalities),
            fmt_opt(&p.fatalities),
        ),
        "wounded" => (
            g.wounded == p.wounded,
            fmt_opt(&g.wounded),
            fmt_opt(&p.wounded),
        ),
        "detained" => (
            g.detained == p.detained,
            fmt_opt(&g.detained),
            fmt_opt(&p.detained),
        ),
        "source" => (
            same_source(&g.source, &p.source, r),
            fmt_opt(&g.source),
            fmt_opt(&p.source),
        ),
        _ => (false, String::new(), String::new()),
    }
}

fn fields_for(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Event => EVENT_FIELDS,
        Kind::Claim => CLAIM_FIELDS,
    }
}

fn agreement(g: &GoldRecord, p: &Record, r: &dyn Resolver) -> usize {
    fields_for(g.kind)
        .iter()
        .filter(|f| compare(f, g, p, r).0)
        .count()
}

/// Precision, recall and F1 for one kind.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Default)]
pub struct Prf {
    pub gold: usize,
    pub predicted: usize,
    pub true_positives: usize,
    pub false_positives: usize,
    pub false_negatives: usize,
    /// Unmatched predictions on a sentence of an already-found incident
    /// (its `alt_sentences`): neither right nor wrong.
    pub duplicates: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    fn finish(mut self) -> Self {
        let tp = self.true_positives as f64;
        let denom_p = (self.true_positives + self.false_positives) as f64;
        let denom_r = (self.true_positives + self.false_negatives) as f64;
        // With nothing predicted (or nothing to find) the ratio is undefined;
        // 0 keeps the report honest for an extractor that outputs nothing.
        self.precision = if denom_p > 0.0 { tp / denom_p } else { 0.0 };
        self.recall = if denom_r > 0.0 { tp / denom_r } else { 0.0 };
        self.f1 = if self.precision + self.recall > 0.0 {
            2.0 * self.precision * self.recall / (self.precision + self.recall)
        } else {
            0.0
        };
        self
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldScore {
    pub field: String,
    pub correct: usize,
    pub total: usize,
    pub accuracy: f64,
}

/// A compact, printable view of a record's main fields.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub kind: String,
    pub event_type: Option<String>,
    pub sub_event_type: Option<String>,
    pub date: Option<String>,
    pub country: Option<String>,
    pub location: Option<String>,
    pub actor1: Option<String>,
    pub actor2: Option<String>,
    pub fatalities: Option<u32>,
    pub source: Option<String>,
}

impl Summary {
    fn of_gold(g: &GoldRecord) -> Self {
        Summary {
            kind: g.kind.as_str().to_string(),
            event_type: g.event_type.clone(),
            sub_event_type: g.sub_event_type.clone(),
            date: g.date.map(|d| {
                format!(
                    "{d} ({})",
                    g.date_precision.map(|p| p.as_str()).unwrap_or("?")
                )
            }),
            country: g.country.clone(),
            location: g.location.clone().or_else(|| g.admin1.clone()),
            actor1: g.actor1.clone(),
            actor2: g.actor2.clone(),
            fatalities: g.fatalities,
            source: g.source.clone(),
        }
    }

    fn of_record(r: &Record) -> Self {
        Summary {
            kind: r.kind.as_str().to_string(),
            event_type: r.event_type.clone(),
            sub_event_type: r.sub_event_type.clone(),
            date: r.date.map(|d| {
                format!(
                    "{d} ({})",
                    r.date_precision.map(|p| p.as_str()).unwrap_or("?")
                )
            }),
            country: r.country.clone(),
            location: r.location.clone().or_else(|| r.admin1.clone()),
            actor1: r.actor1.clone(),
            actor2: r.actor2.clone(),
            fatalities: r.fatalities,
            source: r.source.clone(),
        }
    }

    fn line(&self) -> String {
        let o = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
        let ty = match (&self.event_type, &self.sub_event_type) {
            (Some(t), Some(s)) => format!("{t} / {s}"),
            (Some(t), None) => t.clone(),
            _ => self.kind.clone(),
        };
        format!(
            "{ty} | {} | {}{} | {} -> {} | dead {} | src {}",
            o(&self.date),
            o(&self.country),
            self.location
                .as_ref()
                .map(|l| format!(", {l}"))
                .unwrap_or_default(),
            o(&self.actor1),
            o(&self.actor2),
            fmt_opt(&self.fatalities),
            o(&self.source),
        )
    }
}

/// A gold record no prediction matched.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Miss {
    pub file: String,
    pub sentence: String,
    pub gold: Summary,
    /// Why it could not even be looked for (article or sentence not found).
    pub problem: Option<String>,
}

/// A prediction no gold record matched.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FalsePositive {
    pub file: String,
    pub text: String,
    pub predicted: Summary,
}

/// A matched pair whose fields disagree somewhere.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mismatch {
    pub file: String,
    pub sentence: String,
    /// (field, gold, predicted)
    pub fields: Vec<(String, String, String)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub articles: usize,
    pub files: usize,
    pub events: Prf,
    pub claims: Prf,
    pub event_fields: Vec<FieldScore>,
    pub claim_fields: Vec<FieldScore>,
    pub misses: Vec<Miss>,
    pub false_positives: Vec<FalsePositive>,
    pub mismatches: Vec<Mismatch>,
}

/// Matches predictions to gold and computes the scores.
///
/// A prediction can match a gold record of the same kind in the same article
/// when its span covers the gold sentence (or one of its alternatives).
/// Candidate pairs are taken greedily, best field agreement first, one to one.
pub fn score(gold: &[GoldRecord], docs: &[Document], resolver: &dyn Resolver) -> Report {
    let anchors: Vec<Option<Anchor>> = gold.iter().map(|g| anchor(g, docs)).collect();

    // Candidate pairs: (agreement, on main sentence, gold index, doc, pred index).
    let mut pairs: Vec<(usize, bool, usize, usize, usize)> = Vec::new();
    for (gi, (g, a)) in gold.iter().zip(&anchors).enumerate() {
        let Some(a) = a else { continue };
        let doc = &docs[a.doc];
        for (pi, p) in doc.predictions.iter().enumerate() {
            if p.kind != g.kind {
                continue;
            }
            let on_main = a.main.is_some_and(|r| covers(p.span, r));
            let on_alt = a.alts.iter().any(|r| covers(p.span, *r));
            if on_main || on_alt {
                pairs.push((agreement(g, p, resolver), on_main, gi, a.doc, pi));
            }
        }
    }
    // Best agreement first; among equals prefer the main sentence, then
    // document order, so results are deterministic.
    pairs.sort_by(|x, y| {
        y.0.cmp(&x.0)
            .then(y.1.cmp(&x.1))
            .then(x.2.cmp(&y.2))
            .then(x.3.cmp(&y.3))
            .then(x.4.cmp(&y.4))
    });
    let mut gold_used = vec![false; gold.len()];
    let mut pred_used: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut matched: Vec<(usize, usize, usize)> = Vec::new();
    for &(_, _, gi, di, pi) in &pairs {
        if gold_used[gi] || pred_used.contains(&(di, pi)) {
            continue;
        }
        gold_used[gi] = true;
        pred_used.insert((di, pi));
        matched.push((gi, di, pi));
    }
    matched.sort();

    let mut events = Prf::default();
    let mut claims = Prf::default();
    fn counter<'a>(k: Kind, e: &'a mut Prf, c: &'a mut Prf) -> &'a mut Prf {
        match k {
            Kind::Event => e,
            Kind::Claim => c,
        }
    }

    let mut misses = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        let c = counter(g.kind, &mut events, &mut claims);
        c.gold += 1;
        if gold_used[gi] {
            c.true_positives += 1;
        } else {
            c.false_negatives += 1;
            let problem = match &anchors[gi] {
                Some(_) => None,
                None if docs.iter().any(|d| d.file == g.file) => {
                    Some("sentence not found in the article text".to_string())
                }
                None => Some("article file not loaded".to_string()),
            };
            misses.push(Miss {
                file: g.file.clone(),
                sentence: g.sentence.clone(),
                gold: Summary::of_gold(g),
                problem,
            });
        }
    }

    let mut false_positives = Vec::new();
    for (di, d) in docs.iter().enumerate() {
        for (pi, p) in d.predictions.iter().enumerate() {
            let c = counter(p.kind, &mut events, &mut claims);
            c.predicted += 1;
            if pred_used.contains(&(di, pi)) {
                continue;
            }
            // Another report of an incident the gold lists with alternative
            // sentences is a duplicate, which dedup merges later.
            let dup = gold.iter().zip(&anchors).any(|(g, a)| match a {
                Some(a) if a.doc == di && g.kind == p.kind && !g.alt_sentences.is_empty() => {
                    a.main.is_some_and(|r| covers(p.span, r))
                        || a.alts.iter().any(|r| covers(p.span, *r))
                }
                _ => false,
            });
            if dup {
                c.duplicates += 1;
            } else {
                c.false_positives += 1;
                false_positives.push(FalsePositive {
                    file: d.file.clone(),
                    text: p.text.clone(),
                    predicted: Summary::of_record(p),
                });
            }
        }
    }

    let mut tallies: BTreeMap<(&str, &str), (usize, usize)> = BTreeMap::new();
    let mut mismatches = Vec::new();
    for &(gi, di, pi) in &matched {
        let g = &gold[gi];
        let p = &docs[di].predictions[pi];
        let mut diffs = Vec::new();
        for f in fields_for(g.kind) {
            let (ok, gv, pv) = compare(f, g, p, resolver);
            let t = tallies.entry((g.kind.as_str(), f)).or_default();
            t.1 += 1;
            if ok {
                t.0 += 1;
            } else {
                diffs.push((f.to_string(), gv, pv));
            }
        }
        if !diffs.is_empty() {
            mismatches.push(Mismatch {
                file: g.file.clone(),
                sentence: g.sentence.clone(),
                fields: diffs,
            });
        }
    }
    let field_scores = |kind: Kind| -> Vec<FieldScore> {
        fields_for(kind)
            .iter()
            .map(|f| {
                let (correct, total) = tallies.get(&(kind.as_str(), *f)).copied().unwrap_or((0, 0));
                FieldScore {
                    field: f.to_string(),
                    correct,
                    total,
                    accuracy: if total > 0 {
                        correct as f64 / total as f64
                    } else {
                        0.0
                    },
                }
            })
            .collect()
    };

    Report {
        articles: docs.len(),
        files: docs
            .iter()
            .map(|d| d.file.as_str())
            .collect::<BTreeSet<_>>()
            .len(),
        events: events.finish(),
        claims: claims.finish(),
        event_fields: field_scores(Kind::Event),
        claim_fields: field_scores(Kind::Claim),
        misses,
        false_positives,
        mismatches,
    }
}

fn quote(s: &str) -> String {
    const MAX: usize = 160;
    let s = s.trim().replace('\n', " ");
    if s.chars().count() <= MAX {
        format!("\"{s}\"")
    } else {
        let cut: String = s.chars().take(MAX).collect();
        format!("\"{cut}...\"")
    }
}

impl Report {
    /// Human-readable report; `verbose` adds every miss, false positive and
    /// field disagreement with its sentence.
    pub fn render_text(&self, verbose: bool) -> String {
        let mut o = String::new();
        let _ = writeln!(o, "{} articles in {} files", self.articles, self.files);
        let _ = writeln!(
            o,
            "{:<8} {:>5} {:>5} {:>4} {:>4} {:>4} {:>4} {:>9} {:>7} {:>6}",
            "kind", "gold", "pred", "tp", "fp", "fn", "dup", "precision", "recall", "f1"
        );
        for (name, p) in [("events", &self.events), ("claims", &self.claims)] {
            let _ = writeln!(
                o,
                "{:<8} {:>5} {:>5} {:>4} {:>4} {:>4} {:>4} {:>9.3} {:>7.3} {:>6.3}",
                name,
                p.gold,
                p.predicted,
                p.true_positives,
                p.false_positives,
                p.false_negatives,
                p.duplicates,
                p.precision,
                p.recall,
                p.f1
            );
        }
        for (name, fields) in [("event", &self.event_fields), ("claim", &self.claim_fields)] {
            let _ = writeln!(o, "\nfield accuracy over matched {name} pairs:");
            for f in fields {
                let _ = writeln!(
                    o,
                    "  {:<15} {:>6.3}  ({}/{})",
                    f.field, f.accuracy, f.correct, f.total
                );
            }
        }
        if !verbose {
            let _ = writeln!(
                o,
                "\n{} misses, {} false positives, {} matched pairs with field errors (--verbose lists them)",
                self.misses.len(),
                self.false_positives.len(),
                self.mismatches.len()
            );
            return o;
        }
        let _ = writeln!(
            o,
            "\n== misses (gold records not found): {}",
            self.misses.len()
        );
        for m in &self.misses {
            let _ = writeln!(o, "\n[{}] {}", m.file, quote(&m.sentence));
            let _ = writeln!(o, "   gold: {}", m.gold.line());
            if let Some(p) = &m.problem {
                let _ = writeln!(o, "   PROBLEM: {p}");
            }
        }
        let _ = writeln!(
            o,
            "\n== false positives (predictions not in gold): {}",
            self.false_positives.len()
        );
        for f in &self.false_positives {
            let _ = writeln!(o, "\n[{}] {}", f.file, quote(&f.text));
            let _ = writeln!(o, "   pred: {}", f.predicted.line());
        }
        let _ = writeln!(
            o,
            "\n== field errors on matched pairs: {}",
            self.mismatches.len()
        );
        for m in &self.mismatches {
            let _ = writeln!(o, "\n[{}] {}", m.file, quote(&m.sentence));
            for (f, g, p) in &m.fields {
                let _ = writeln!(o, "   {f:<15} gold {g:<35} pred {p}");
            }
        }
        o
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Headline here\n\
        Gunmen killed five villagers in Kano on Monday. \
        The army said it arrested 12 suspects. \
        Analysts say the group remains strong.";

    fn article() -> Article {
        let mut a = Article::new(TEXT.to_string());
        a.published = NaiveDate::from_ymd_opt(2020, 1, 8);
        a
    }

    fn span_of(s: &str) -> [usize; 2] {
        let start = TEXT.find(s).expect("test sentence present");
        [start, start + s.len()]
    }

    const S1: &str = "Gunmen killed five villagers in Kano on Monday.";
    const S2: &str = "The army said it arrested 12 suspects.";
    const S3: &str = "Analysts say the group remains strong.";

    fn gold() -> Vec<GoldRecord> {
        let text = r#"
{"file":"a.txt","sentence":"Gunmen killed five villagers","kind":"event","event_type":"Violence against civilians","sub_event_type":"Attack","date":"2020-01-06","date_precision":"day","country":"Nigeria","admin1":"Kano","location":"Kano","actor1":"Unidentified Armed Group (Nigeria)","actor2":"Civilians (Nigeria)","fatalities":5,"wounded":null,"detained":null,"source":null}
{"file":"a.txt","sentence":"it arrested 12 suspects","kind":"event","event_type":"Strategic developments","sub_event_type":"Arrests","date":"2020-01-08","date_precision":"day","country":"Nigeria","admin1":null,"location":null,"actor1":"Military Forces of Nigeria","actor2":null,"fatalities":null,"wounded":null,"detained":12,"source":"The army"}
// comment lines are skipped
{"file":"a.txt","sentence":"the group remains strong","kind":"claim","event_type":null,"sub_event_type":null,"date":"2020-01-08","date_precision":"day","country":"Nigeria","admin1":null,"location":null,"actor1":null,"actor2":null,"fatalities":null,"wounded":null,"detained":null,"source":"Analysts"}
"#;
        parse_gold(text).expect("valid gold")
    }

    /// A prediction with exactly the gold record's fields.
    fn perfect(g: &GoldRecord, a: &Article, sentence: &str) -> Record {
        let mut r = Record::new(g.kind, a, span_of(sentence));
        r.event_type = g.event_type.clone();
        r.sub_event_type = g.sub_event_type.clone();
        r.date = g.date;
        r.date_precision = g.date_precision;
        r.country = g.country.clone();
        r.admin1 = g.admin1.clone();
        r.location = g.location.clone();
        r.actor1 = g.actor1.clone();
        r.actor2 = g.actor2.clone();
        r.fatalities = g.fatalities;
        r.wounded = g.wounded;
        r.detained = g.detained;
        r.source = g.source.clone();
        r
    }

    fn doc(predictions: Vec<Record>) -> Vec<Document> {
        vec![Document {
            file: "a.txt".into(),
            article: article(),
            predictions,
        }]
    }

    #[test]
    fn perfect_predictions_score_one() {
        let g = gold();
        let a = article();
        let preds = vec![
            perfect(&g[0], &a, S1),
            perfect(&g[1], &a, S2),
            perfect(&g[2], &a, S3),
        ];
        let r = score(&g, &doc(preds), &NoResolver);
        assert_eq!((r.events.true_positives, r.events.false_positives), (2, 0));
        assert_eq!(
            (r.events.precision, r.events.recall, r.events.f1),
            (1.0, 1.0, 1.0)
        );
        assert_eq!((r.claims.precision, r.claims.recall), (1.0, 1.0));
        assert!(r
            .event_fields
            .iter()
            .all(|f| f.accuracy == 1.0 && f.total == 2));
        assert!(r.misses.is_empty() && r.false_positives.is_empty() && r.mismatches.is_empty());
    }

    #[test]
    fn nothing_predicted_scores_zero() {
        let g = gold();
        let r = score(&g, &doc(vec![]), &NoResolver);
        assert_eq!(r.events.false_negatives, 2);
        assert_eq!(
            (r.events.precision, r.events.recall, r.events.f1),
            (0.0, 0.0, 0.0)
        );
        assert_eq!(r.misses.len(), 3);
        assert!(r.misses.iter().all(|m| m.problem.is_none()));
    }

    #[test]
    fn wrong_kind_wrong_sentence_and_field_errors_are_counted() {
        let g = gold();
        let a = article();
        // Right sentence, one wrong field: a match with a field error.
        let mut p1 = perfect(&g[0], &a, S1);
        p1.fatalities = Some(6);
        // The arrest sentence coded as a claim: misses the event, false claim.
        let p2 = Record::new(Kind::Claim, &a, span_of(S2));
        // An event on the claim sentence: a false event, and the claim is missed.
        let p3 = Record::new(Kind::Event, &a, span_of(S3));
        // A second event on S1: the gold has no alternatives, so it is a false positive.
        let p4 = perfect(&g[0], &a, S1);
        let r = score(&g, &doc(vec![p1, p2, p3, p4]), &NoResolver);
        // events: gold 2, predicted 3 (p1, p3, p4); tp 1, fp 2, fn 1.
        assert_eq!(r.events.true_positives, 1);
        assert_eq!(r.events.false_positives, 2);
        assert_eq!(r.events.false_negatives, 1);
        assert!((r.events.precision - 1.0 / 3.0).abs() < 1e-12);
        assert!((r.events.recall - 0.5).abs() < 1e-12);
        assert!((r.events.f1 - 0.4).abs() < 1e-12);
        // claims: gold 1, predicted 1 (p2, on the wrong sentence).
        assert_eq!((r.claims.true_positives, r.claims.false_positives), (0, 1));
        assert_eq!((r.claims.precision, r.claims.recall), (0.0, 0.0));
        // The perfect p4 is preferred over p1 (better agreement), so the
        // matched pair has no field errors and p1 is the false positive.
        let fat = r
            .event_fields
            .iter()
            .find(|f| f.field == "fatalities")
            .expect("field");
        assert_eq!((fat.correct, fat.total), (1, 1));
        assert!(r
            .false_positives
            .iter()
            .any(|f| f.predicted.fatalities == Some(6)));
    }

    #[test]
    fn field_errors_are_reported_per_field() {
        let g = gold();
        let a = article();
        let mut p1 = perfect(&g[0], &a, S1);
        p1.date = NaiveDate::from_ymd_opt(2020, 1, 8);
        p1.location = Some("KANO".into()); // case differs only: still right
        let mut p2 = perfect(&g[1], &a, S2);
        p2.source = Some("army".into()); // "The army" vs "army": same source
        p2.actor1 = Some("Nigerian army".into()); // unknown without a registry
        let r = score(&g, &doc(vec![p1, p2]), &NoResolver);
        assert_eq!(r.events.f1, 1.0);
        let acc = |name: &str| {
            r.event_fields
                .iter()
                .find(|f| f.field == name)
                .map(|f| (f.correct, f.total))
        };
        assert_eq!(acc("date"), Some((1, 2)));
        assert_eq!(acc("location"), Some((2, 2)));
        assert_eq!(acc("source"), Some((2, 2)));
        assert_eq!(acc("actor1"), Some((1, 2)));
        assert_eq!(r.mismatches.len(), 2);

        // With an alias resolver the actor is right.
        struct Army;
        impl Resolver for Army {
            fn actor_key(&self, s: &str) -> Option<String> {
                let f = fold(s);
                (f.contains("nigeria") && (f.contains("army") || f.contains("military")))
                    .then(|| "military-ng".to_string())
            }
        }
        let mut p2 = perfect(&g[1], &a, S2);
        p2.actor1 = Some("Nigerian army".into());
        let r = score(&g, &doc(vec![p2]), &Army);
        let a1 = r
            .event_fields
            .iter()
            .find(|f| f.field == "actor1")
            .expect("field");
        assert_eq!((a1.correct, a1.total), (1, 1));
    }

    #[test]
    fn alternative_sentences_match_and_excuse_duplicates() {
        let mut g = gold();
        g[0].alt_sentences = vec!["The army said it arrested".into()];
        g.truncate(1);
        let a = article();
        let on_alt = perfect(&g[0], &a, S2);
        let on_main = Record::new(Kind::Event, &a, span_of(S1));
        let r = score(&g, &doc(vec![on_main, on_alt]), &NoResolver);
        assert_eq!(r.events.true_positives, 1);
        assert_eq!(r.events.duplicates, 1);
        assert_eq!(r.events.false_positives, 0);
        assert_eq!(r.events.precision, 1.0);
        // The better-agreeing alt prediction was chosen: no field errors.
        assert!(r.mismatches.is_empty());
    }

    #[test]
    fn missing_sentence_is_reported_as_problem() {
        let mut g = gold();
        g[0].sentence = "not in the text".into();
        let r = score(&g[..1], &doc(vec![]), &NoResolver);
        assert_eq!(
            r.misses[0].problem.as_deref(),
            Some("sentence not found in the article text")
        );
    }

    #[test]
    fn covers_accepts_containment_and_half_overlap() {
        assert!(covers([0, 10], (2, 8)));
        assert!(covers([0, 6], (2, 8))); // 4 of 6 bytes
        assert!(!covers([0, 4], (2, 8))); // 2 of 6 bytes
        assert!(!covers([10, 20], (2, 8)));
    }

    #[test]
    fn check_gold_flags_bad_types_and_dates() {
        let mut g = gold();
        assert!(check_gold(&g).is_empty());
        g[0].sub_event_type = Some("Massacre".into());
        g[2].date_precision = None;
        let problems = check_gold(&g);
        assert_eq!(problems.len(), 2, "{problems:?}");
    }

    #[test]
    fn parse_gold_reports_line_numbers() {
        let err = parse_gold("\n{\"file\": 3}\n").expect_err("bad line");
        assert!(matches!(err, Error::Parse { line: 2, .. }));
    }

    #[test]
    fn fold_and_source_normalisation() {
        assert_eq!(fold("Mocímboa da Praia"), fold("Mocimboa da Praia"));
        assert_eq!(fold("Al-Bab"), fold("al Bab"));
        assert!(same_source(
            &Some("The New York Times".into()),
            &Some("New York Times".into()),
            &NoResolver
        ));
        assert!(!same_source(
            &Some("Reuters".into()),
            &Some("AFP".into()),
            &NoResolver
        ));
        assert!(!same_source(&Some("Reuters".into()), &None, &NoResolver));
        // A group's acronym and its name, through the registry.
        assert!(same_source(
            &Some("KIA".into()),
            &Some("Kachin Independence Army".into()),
            &Registries
        ));
        assert!(!same_source(
            &Some("KIA".into()),
            &Some("Arakan Army".into()),
            &Registries
        ));
    }

    #[test]
    fn places_and_countries_match_through_the_resolver() {
        struct Geo;
        impl Resolver for Geo {
            fn place_keys(&self, name: &str, cc: Option<&str>) -> Vec<String> {
                let known = [
                    ("palmyra", "SY", "1"),
                    ("tadmur", "SY", "1"),
                    ("kano", "NG", "2"),
                ];
                known
                    .iter()
                    .filter(|(n, c, _)| *n == fold(name) && cc.is_none_or(|cc| cc == *c))
                    .map(|(_, _, k)| k.to_string())
                    .collect()
            }
            fn country_code(&self, name: &str) -> Option<String> {
                match fold(name).as_str() {
                    "nigeria" | "federalrepublicofnigeria" => Some("NG".into()),
                    "syria" => Some("SY".into()),
                    _ => None,
                }
            }
        }
        let mut g = gold();
        g.truncate(1);
        let a = article();
        let mut p = perfect(&g[0], &a, S1);
        p.country = Some("Federal Republic of Nigeria".into());
        let r = score(&g, &doc(vec![p.clone()]), &Geo);
        assert!(r.mismatches.is_empty(), "{:?}", r.mismatches);
        // Without the resolver the country spelling is an error.
        let r = score(&g, &doc(vec![p]), &NoResolver);
        assert_eq!(r.mismatches.len(), 1);

        // Another spelling of the place counts only inside the gold country.
        let mut g2 = g.clone();
        g2[0].country = Some("Syria".into());
        g2[0].location = Some("Palmyra".into());
        let mut p = perfect(&g2[0], &a, S1);
        p.location = Some("Tadmur".into());
        let r = score(&g2, &doc(vec![p.clone()]), &Geo);
        assert!(r.mismatches.is_empty(), "{:?}", r.mismatches);
        g2[0].country = Some("Nigeria".into());
        p.country = g2[0].country.clone();
        let r = score(&g2, &doc(vec![p]), &Geo);
        assert_eq!(r.mismatches[0].fields[0].0, "location");
    }

    #[test]
    fn registries_know_aliases_and_spellings() {
        let r = Registries;
        assert!(r.actor_key("ISIS").is_some());
        assert_eq!(r.actor_key("ISIS"), r.actor_key("Islamic State (ISIS)"));
        assert_ne!(r.actor_key("ISIS"), r.actor_key("Al Shabaab"));
        assert_eq!(r.country_code("Iraq").as_deref(), Some("IQ"));
        assert_eq!(
            r.country_code("Democratic Republic of Congo").as_deref(),
            Some("CD")
        );
        assert!(r
            .place_keys("Mosul", Some("IQ"))
            .iter()
            .any(|k| r.place_keys("Mosul", None).contains(k)));
        assert!(r.place_keys("Mosul", Some("NG")).is_empty());
        let iswap = r.actor_key("ISWAP").expect("ISWAP in the registry");
        assert_eq!(r.parent_key(&iswap), r.actor_key("ISIS"));
        assert!(same_actor(
            &Some("ISWAP".into()),
            &Some("Islamic State".into()),
            &r
        ));
        assert!(same_actor(
            &Some("Islamic State".into()),
            &Some("ISWAP".into()),
            &r
        ));
        assert!(!same_actor(&Some("ISWAP".into()), &Some("ISKP".into()), &r));
        assert!(!same_actor(
            &Some("ISWAP".into()),
            &Some("Boko Haram".into()),
            &r
        ));
    }

    #[test]
    fn render_text_lists_misses_when_verbose() {
        let g = gold();
        let r = score(&g, &doc(vec![]), &NoResolver);
        let short = r.render_text(false);
        let long = r.render_text(true);
        assert!(!short.contains("Gunmen killed five"));
        assert!(long.contains("Gunmen killed five villagers"));
        assert!(long.contains("== misses"));
    }
}
