//! Finding place names in text and resolving them against the gazetteer.
//!
//! Candidates come only from capitalised tokens (never lowercase words), are
//! matched longest-first against the folded name index, filtered by a
//! stoplist and by how strong the evidence is for short, ambiguous names,
//! and then resolved with the article's own countries as context.

use crate::context::{GeoContext, Weights};
use crate::data::{Entry, EntryKind, Feature, FnvBuild, MatchQuality, Table};
use crate::fold::{fold, fold_into};
use std::collections::HashMap;

/// `w` in lowercase, borrowed when it already is (most words next to a
/// candidate are) and kept on the stack when it is short ASCII (capitalised
/// neighbours), so that cue checks do not allocate.
fn lower(w: &str) -> Lower<'_> {
    if !w.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
        return Lower::Borrowed(w);
    }
    let mut buf = [0u8; LOWER_INLINE];
    match buf.get_mut(..w.len()) {
        Some(dst) if w.is_ascii() => {
            dst.copy_from_slice(w.as_bytes());
            dst.make_ascii_lowercase();
            // `w.len() <= LOWER_INLINE` here, well within a u8.
            Lower::Inline(buf, w.len() as u8)
        }
        _ => Lower::Owned(w.to_lowercase()),
    }
}

/// `lower` of token `k` of `text`, where `lowered` is `text` with ASCII
/// letters lowercased (the same byte offsets): an ASCII token's lowercase
/// is borrowed from it, so that the dozen neighbours asked about per
/// candidate are neither scanned nor copied.
#[inline(always)]
fn lower_tok<'a>(text: &'a str, lowered: &'a str, toks: &[Tok], k: usize) -> Lower<'a> {
    match toks.get(k) {
        Some(t) if t.ascii => Lower::Borrowed(lowered.get(t.start..t.end).unwrap_or("")),
        Some(t) => lower(text.get(t.start..t.end).unwrap_or("")),
        None => Lower::Borrowed(""),
    }
}

/// Longest word `lower` lowercases without allocating.
const LOWER_INLINE: usize = 22;

/// A word in lowercase (see [`lower`]).
enum Lower<'a> {
    Borrowed(&'a str),
    /// ASCII bytes and their length.
    Inline([u8; LOWER_INLINE], u8),
    Owned(String),
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Lower::Borrowed(w) => w,
            // Always ASCII, hence UTF-8; "" cannot be reached.
            Lower::Inline(buf, n) => buf
                .get(..usize::from(*n))
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or(""),
            Lower::Owned(w) => w,
        }
    }
}

impl AsRef<str> for Lower<'_> {
    fn as_ref(&self) -> &str {
        self
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        **self == **other
    }
}

use crate::{MentionRole, PlaceMention};

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    /// First character is uppercase.
    cap: bool,
    /// Every letter is uppercase (acronyms, shouted headlines).
    allcaps: bool,
    /// Only ASCII bytes: its lowercase is its span of the sentence's ASCII
    /// lowercase copy (see [`lower_tok`]).
    ascii: bool,
}

/// Classes of an ASCII byte for `tokenize`, one table load instead of four
/// range tests per byte.
const ALNUM: u8 = 1;
const UPPER: u8 = 2;
const LOWER: u8 = 4;
const ALPHA: u8 = 8;

const ASCII_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            ALNUM | UPPER | ALPHA
        } else if c.is_ascii_lowercase() {
            ALNUM | LOWER | ALPHA
        } else if c.is_ascii_digit() {
            ALNUM
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The `ASCII_CLASS` bits of the char at byte `i` of `text`, and its length.
#[inline(always)]
fn char_class(text: &str, i: usize) -> (u8, usize) {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => (ASCII_CLASS[b as usize], 1),
        _ => match text.get(i..).and_then(|r| r.chars().next()) {
            Some(c) => {
                let bit = |yes: bool, bit: u8| if yes { bit } else { 0 };
                (
                    bit(c.is_alphanumeric(), ALNUM)
                        | bit(c.is_uppercase(), UPPER)
                        | bit(c.is_lowercase(), LOWER)
                        | bit(c.is_alphabetic(), ALPHA),
                    c.len_utf8(),
                )
            }
            None => (0, 1),
        },
    }
}

#[cfg(test)]
fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 6 + 1);
    tokenize_into(text, &mut toks);
    toks
}

/// `ASCII_CLASS` over all 256 byte values: a byte of a multi-byte char
/// (0x80 and up) is `NON_ASCII`, which sends it to `char_class`.
const NON_ASCII: u8 = 16;
const BYTE_CLASS: [u8; 256] = {
    let mut t = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = ASCII_CLASS[b];
        b += 1;
    }
    t
};

/// The tokens of `text` appended to `toks` (cleared first). This loop sees
/// every byte of every sentence: ASCII bytes cost one table load each, and
/// only multi-byte chars are decoded.
fn tokenize_into(text: &str, toks: &mut Vec<Tok>) {
    toks.clear();
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let mut class = BYTE_CLASS[usize::from(b)];
        let mut len = 1;
        if class & NON_ASCII != 0 {
            (class, len) = char_class(text, i);
        }
        if class & ALNUM == 0 {
            i += len;
            continue;
        }
        let start = i;
        let cap = class & UPPER != 0;
        // The union of the token's classes: a lowercase letter anywhere
        // means not all capitals, any letter means it has one.
        let mut seen = class;
        let mut ascii = len == 1;
        i += len;
        while let Some(&b) = bytes.get(i) {
            let class = BYTE_CLASS[usize::from(b)];
            if class & ALNUM != 0 {
                seen |= class;
                i += 1;
                continue;
            }
            if class & NON_ASCII == 0 {
                break;
            }
            let (class, len) = char_class(text, i);
            if class & ALNUM == 0 {
                break;
            }
            ascii = false;
            seen |= class;
            i += len;
        }
        toks.push(Tok {
            start,
            end: i.min(n),
            cap,
            allcaps: seen & LOWER == 0 && seen & ALPHA != 0,
            ascii,
        });
    }
}

/// Lowercase words allowed inside a multi-word name ("Bosnia and Herzegovina",
/// "Deir ez-Zor", "Ras al-Ain", "Rio de Janeiro").
const CONNECTORS: &[&str] = &[
    "of", "de", "du", "au", "aux", "la", "le", "les", "al", "el", "the", "and", "del", "des", "da",
    "do", "dos", "das", "y", "en", "sur", "am", "an", "bin", "ibn", "upon", "on", "ez", "es", "ed",
    "ad", "ar", "as", "ash", "at", "az", "di", "von", "van", "der", "den", "e", "i", "s",
    // "San Juan de los Lagos", "Reggio nell'", "Bergen op Zoom", "Pointe-à-Pitre".
    "los", "las", "della", "dei", "degli", "op", "aan", "ter", "ten", "zum", "zur", "im", "sous",
    "lès", "à",
];

/// Arabic articles that may start a name in running text ("al-Hol").
const LEAD_ARTICLES: &[&str] = &["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath"];

/// Capitalised words that are place names somewhere in GeoNames but in news
/// text are nearly always something else. Folded.
const STOPLIST: &[&str] = &[
    "a",
    "el nino",
    "la nina",
    "nina",
    "nino",
    "notre dame",
    "commerce",
    "industry",
    "enterprise",
    "recovery",
    "luck",
    "free",
    "mary",
    "paul",
    "thomas",
    "james",
    "francis",
    "donald",
    "i",
    "the",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "it",
    "we",
    "they",
    "you",
    "his",
    "her",
    "its",
    "our",
    "their",
    "my",
    "your",
    "but",
    "and",
    "or",
    "if",
    "so",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "into",
    "of",
    "on",
    "to",
    "with",
    "after",
    "before",
    "during",
    "since",
    "while",
    "when",
    "where",
    "who",
    "what",
    "why",
    "how",
    "all",
    "some",
    "many",
    "most",
    "more",
    "much",
    "other",
    "such",
    "no",
    "not",
    "yes",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "first",
    "second",
    "third",
    "last",
    "next",
    "new",
    "old",
    "great",
    "good",
    "best",
    "big",
    "little",
    "long",
    "high",
    "early",
    "late",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "upper",
    "lower",
    "today",
    "yesterday",
    "tomorrow",
    "president",
    "minister",
    "prime",
    "general",
    "army",
    "police",
    "government",
    "state",
    "states",
    "city",
    "town",
    "village",
    "province",
    "district",
    "region",
    "county",
    "council",
    "court",
    "party",
    "union",
    "national",
    "international",
    "united",
    "news",
    "times",
    "post",
    "mail",
    "press",
    "media",
    "people",
    "man",
    "men",
    "woman",
    "women",
    "children",
    "church",
    "mosque",
    "school",
    "university",
    "college",
    "hospital",
    "airport",
    "station",
    "center",
    "centre",
    "house",
    "hall",
    "park",
    "street",
    "road",
    "bridge",
    "river",
    "lake",
    "mount",
    "island",
    "islands",
    "bay",
    "beach",
    "port",
    "fort",
    "camp",
    "base",
    "border",
    "gate",
    "valley",
    "hill",
    "hills",
    "market",
    "square",
    "tower",
    "palace",
    "office",
    "ministry",
    "department",
    "agency",
    "committee",
    "commission",
    "forces",
    "force",
    "security",
    "military",
    "defense",
    "defence",
    "health",
    "education",
    "justice",
    "interior",
    "foreign",
    "affairs",
    "war",
    "peace",
    "freedom",
    "liberty",
    "independence",
    "victory",
    "unity",
    "hope",
    "faith",
    "grace",
    "providence",
    "union",
    "reading",
    "bath",
    "nice",
    "mobile",
    "split",
    "mark",
    "marks",
    "young",
    "gap",
    "most",
    "are",
    "is",
    "was",
    "be",
    "can",
    "will",
    "would",
    "should",
    "could",
    "also",
    "just",
    "only",
    "even",
    "still",
    "then",
    "than",
    "there",
    "here",
    "now",
    "over",
    "under",
    "about",
    "against",
    "between",
    "among",
    "around",
    "through",
    "across",
    "via",
    "per",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "sir",
    "lord",
    "king",
    "queen",
    "prince",
    "princess",
    "god",
    "allah",
    "jesus",
    "christ",
    "muslim",
    "christian",
    "islamic",
    "islam",
    "jewish",
    "sunni",
    "shia",
    "shiite",
    "kurdish",
    "arab",
    "african",
    "european",
    "asian",
    "western",
    "nato",
    "isis",
    "isil",
    "is",
    "al",
    "el",
    "de",
    "la",
    "le",
    "van",
    "von",
    "da",
    "do",
    "bin",
    "abu",
    "ibn",
    "sheikh",
    "said",
    "says",
    "told",
    "media",
    "social",
    "facebook",
    "twitter",
    "google",
    "apple",
    "amazon",
    "microsoft",
    "reuters",
    "afp",
    "ap",
    "bbc",
    "cnn",
    "fox",
    "abc",
    "nbc",
    "cbs",
    "al jazeera",
    "twitter",
    "youtube",
    "instagram",
    "republic",
    "kingdom",
    "federal",
    "democratic",
    "popular",
    "people's",
    "islamic state",
    "boko",
    "haram",
    "taliban",
    "hamas",
    "hezbollah",
    "houthi",
    "houthis",
    "al shabaab",
    "shabaab",
    "monday",
    "tv",
    "radio",
    "online",
    "video",
    "photo",
    "pm",
    "am",
    "ceo",
    "gop",
    "senate",
    "congress",
    "parliament",
    "assembly",
    "white",
    "black",
    "red",
    "green",
    "blue",
    "gold",
    "golden",
    "silver",
    "sun",
    "moon",
    "star",
    "stars",
    "sea",
    "ocean",
    "world",
    "global",
    "love",
    "life",
    "home",
    "center",
    "central",
    "summit",
    "eagle",
    "lion",
    "bear",
    "fox",
    "wolf",
    "deer",
    "buffalo",
    "orange",
    "lemon",
    "apple",
    "olive",
    "palm",
    "pine",
    "oak",
    "rose",
    "lily",
    "iris",
    "hazel",
    "ivy",
    "holly",
    "laurel",
    "lincoln",
    "jackson",
    "madison",
    "franklin",
    "clinton",
    "trump",
    "obama",
    "bush",
    "carter",
    "kennedy",
    "johnson",
    "wilson",
    "hamilton",
    "grant",
    "taylor",
    "scott",
    "marshall",
    "warren",
    "florence",
    "charlotte",
    "chelsea",
    "ashley",
    "aurora",
    "eden",
    "salem",
];

/// Names that the stoplist holds but that are countries or major cities: these
/// are kept when the surrounding words say "place" (a locative cue) or the
/// name is a strong candidate (country, capital).
const STOP_BUT_PLACE: &[&str] = &[
    "jordan",
    "chad",
    "georgia",
    "israel",
    "paris",
    "london",
    "washington",
    "victoria",
    "alexandria",
    "dallas",
    "houston",
    "phoenix",
    "denver",
    "orlando",
    "sydney",
    "austin",
    "bethlehem",
    "nazareth",
    "jericho",
    "salem",
    "lincoln",
    "jackson",
    "madison",
    "charlotte",
];

/// Words before a name that say it is a place.
const LOCATIVE_CUES: &[&str] = &[
    "in",
    "between",
    "near",
    "at",
    "from",
    "to",
    "outside",
    "around",
    "into",
    "across",
    "towards",
    "toward",
    "of",
    "via",
    "through",
    "inside",
    "entered",
    "captured",
    "seized",
    "retook",
    "recaptured",
    "attacked",
    "shelled",
    "bombed",
    "besieged",
    "stormed",
    "reached",
    "village",
    "town",
    "city",
    "province",
    "district",
    "region",
    "governorate",
    "state",
    "county",
    "camp",
    "outskirts",
];

/// Words after a name that make it a first-level division ("Anbar province").
const ADMIN_SUFFIXES: &[&str] = &[
    "province",
    "governorate",
    "state",
    "region",
    "district",
    "county",
    "oblast",
    "prefecture",
    "department",
    "wilaya",
    "vilayet",
    "division",
];

/// Capitalised words after a name that make it part of an organisation or
/// title, not a place ("Washington Post", "New York Times").
/// Capitalised nouns after a name that make the pair an institution or a
/// feature named after a place, not a person's name ("Liverpool Academy").
const PLACE_HEADS: &[&str] = &[
    "academy",
    "airport",
    "hospital",
    "school",
    "church",
    "cathedral",
    "mosque",
    "stadium",
    "arena",
    "centre",
    "center",
    "station",
    "port",
    "harbour",
    "harbor",
    "bridge",
    "dam",
    "prison",
    "market",
    "mall",
    "park",
    "castle",
    "palace",
    "river",
    "lake",
    "valley",
    "hills",
    "island",
    "bay",
    "area",
    "council",
    "borough",
    "township",
];

/// Capitalised nouns after a name ("Windsor Castle", "Northwestern Memorial
/// Hospital") or before "of" and the name ("Mall of Asia") that make it a
/// building or institution's name: the place it borrows the name from is
/// often not where it stands, and its size says nothing about which of its
/// namesakes is meant.
const FACILITY_HEADS: &[&str] = &[
    "castle",
    "chapel",
    "cathedral",
    "abbey",
    "church",
    "hospital",
    "college",
    "university",
    "mall",
    "palace",
    "museum",
    "stadium",
    "arena",
    "airport",
    "academy",
    "school",
    "prison",
];

/// Words after a name that make it a street's: "Haifa Street" in Baghdad is
/// not Haifa. So with a pipeline's: "the Druzhba pipeline" runs from Russia
/// to Europe, far from any village called Druzhba.
const STREET_WORDS: &[&str] = &[
    "pipeline",
    "pipelines",
    "street",
    "streets",
    "st",
    "avenue",
    "avenues",
    "ave",
    "road",
    "roads",
    "rd",
    "boulevard",
    "blvd",
    "lane",
    "drive",
    "highway",
];
const ORG_SUFFIXES: &[&str] = &[
    "times",
    "post",
    "journal",
    "herald",
    "tribune",
    "gazette",
    "telegraph",
    "observer",
    "chronicle",
    "examiner",
    "standard",
    "guardian",
    "news",
    "university",
    "college",
    "fc",
    "united",
    "city fc",
    "declaration",
    "accord",
    "accords",
    "agreement",
    "protocol",
    "convention",
    "process",
    "format",
    "talks",
    "summit",
    "group",
    "institute",
    "company",
    "corporation",
    "corp",
    "inc",
    "ltd",
    "bank",
    "airlines",
    "airways",
    "motors",
    "review",
    "magazine",
    "daily",
    // "St. Louis Police", "the Beverly Hills Police Department": the force
    // of the town it is named after.
    "police",
];

/// Verbs after a country or capital that make it a government, not a place
/// ("Turkey said", "Washington warned").
const METONYM_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "warned",
    "warns",
    "announced",
    "announces",
    "accused",
    "accuses",
    "denied",
    "denies",
    "claimed",
    "claims",
    "rejected",
    "rejects",
    "urged",
    "urges",
    "called",
    "calls",
    "condemned",
    "condemns",
    "threatened",
    "threatens",
    "insisted",
    "insists",
    "agreed",
    "agrees",
    "signed",
    "signs",
    "vowed",
    "vows",
    "demanded",
    "demands",
    "blamed",
    "blames",
    "responded",
    "responds",
    "retaliated",
    "imposed",
    "imposes",
    "pledged",
    "pledges",
    "promised",
    "promises",
    "wants",
    "wanted",
    "refused",
    "refuses",
    "believes",
    "believed",
    "hopes",
    "hoped",
    "insisted",
    "argued",
    "argues",
    "backed",
    "backs",
    "supported",
    "supports",
    "opposed",
    "opposes",
    "welcomed",
    "welcomes",
    "recognized",
    "recognised",
    "expelled",
    "summoned",
    "sanctioned",
    "voted",
    "votes",
    "decided",
    "decides",
    "plans",
    "planned",
    "asked",
    "asks",
    "sought",
    "seeks",
    "offered",
    "offers",
    "sent",
    "sends",
    "launched",
    "launches",
    "deployed",
    "deploys",
];

/// Words before a country or capital that make it an actor ("sanctions
/// against Iran", "a campaign by Turkey", "urged China").
const METONYM_BEFORE: &[&str] = &[
    "against",
    "by",
    "urged",
    "urges",
    "accused",
    "accuses",
    "warned",
    "warns",
    "told",
    "asked",
    "pressed",
    "pressured",
    "sanctioned",
    "criticized",
    "criticised",
    "condemned",
    "blamed",
    "praised",
    "thanked",
    "allies",
    "ally",
    "versus",
    "vs",
    "blames",
    "blame",
    "supports",
    "supporting",
    "ordered",
    "orders",
    "charged",
    "punish",
    "beat",
    "beating",
    "defeated",
    "outlasted",
    "fight",
    "recognise",
    "recognize",
    "recognised",
    "recognized",
    "expelled",
    // Verbs that make their object an agent of what follows ("wants Britain
    // to answer", "allowing France to assume", "giving Russia a chance").
    "allowing",
    "allow",
    "allows",
    "allowed",
    "prompting",
    "prompted",
    "forcing",
    "forced",
    "giving",
    "gave",
    "give",
    "sell",
    "selling",
    "wants",
    "want",
    "wanted",
    "invited",
    "invite",
    "persuade",
    "convince",
    "pushing",
];

/// Nouns right after a country name that make it an adjective of
/// nationality ("US forces", "U.S. soldier"): role `Demonym`.
const NATIONALITY_NOUNS: &[&str] = &[
    "forces",
    "force",
    "troops",
    "soldier",
    "soldiers",
    "servicemen",
    "servicemembers",
    "officials",
    "official",
    "diplomats",
    "diplomat",
    "negotiators",
    "military",
    "army",
    "navy",
    "marines",
    "government",
    "embassy",
    "citizens",
    "citizen",
    "nationals",
    "national",
    "warplanes",
    "aircraft",
    "drones",
    "drone",
    "jets",
    "fighter",
    "bombers",
    "helicopters",
    "gunships",
    "warships",
    "warship",
    "destroyer",
    "destroyers",
    "frigate",
    "naval",
    "missiles",
    "artillery",
    "tanks",
    "personnel",
    "contractors",
    "envoy",
    "ambassador",
    "police",
    "authorities",
    "coalition",
    "intelligence",
    "officers",
    "commanders",
    "special",
    "air",
    "security",
    "backed",
    "led",
];

/// Nouns after a possessive country that make it an actor ("Russia's concern").
const ACTOR_NOUNS: &[&str] = &[
    "concern",
    "concerns",
    "cooperation",
    "efforts",
    "effort",
    "decision",
    "decisions",
    "action",
    "actions",
    "reluctance",
    "position",
    "policy",
    "policies",
    "government",
    "response",
    "support",
    "role",
    "ambassador",
    "envoy",
    "president",
    "prime",
    "foreign",
    "defence",
    "defense",
    "minister",
    "ministry",
    "leader",
    "leaders",
    "leadership",
    "relations",
    "interests",
    "stance",
    "move",
    "moves",
    "demand",
    "demands",
    "claim",
    "claims",
    "offer",
    "ban",
    "sanctions",
    "refusal",
    "proposal",
    "plan",
    "plans",
    "strategy",
    "diplomats",
    "diplomacy",
    "intelligence",
    "approach",
    "involvement",
    "intervention",
    "backing",
    "allies",
    "opposition",
    "request",
    "insistence",
    "commitment",
    "withdrawal",
    "threat",
    "threats",
    "retaliation",
    // What a state has or does rather than where it is ("Britain's view",
    // "Iran's exports", "Moscow's protection").
    "view",
    "views",
    "mission",
    "interest",
    "exports",
    "imports",
    "trade",
    "economy",
    "budget",
    "protection",
    "willingness",
    "attitude",
    "ambiguity",
    "quest",
    "departure",
    "lies",
    "fees",
    "practices",
    "tactics",
    "ties",
    "partnership",
    "reaction",
    "recognition",
    "ambitions",
    "agenda",
    "bid",
    "ministers",
    "parliament",
    "foreign",
    "permanent",
    "representative",
    "delegation",
    "tariffs",
    "talks",
    "stand",
    "behaviour",
    "behavior",
    "conduct",
    "influence",
    "complicity",
    "accusations",
    "allegations",
    "denial",
    "response",
    "objections",
    "veto",
];

/// Nouns after "between"/"with" that make the following countries parties
/// ("talks between Iran and the EU", "relations with Russia").
const RELATION_NOUNS: &[&str] = &[
    "talks",
    "relations",
    "relationship",
    "tensions",
    "tension",
    "deal",
    "deals",
    "agreement",
    "agreements",
    "cooperation",
    "dialogue",
    "partnership",
    "ties",
    "solidarity",
    "dispute",
    "disputes",
    "negotiations",
    "summit",
    "comparisons",
    "rift",
    "standoff",
    "contacts",
    "friendship",
    "alliance",
    "treaty",
    "accord",
    "rapprochement",
    "row",
    "spat",
    "feud",
    "détente",
    "trade",
    "engaging",
    "agreed",
    "signed",
    "negotiated",
    "worked",
];

/// Nouns before "from" that make the source a state ("backing from the
/// United States", "independence from Britain"); not "refugees from Syria".
const FROM_ACTOR_NOUNS: &[&str] = &[
    "backing",
    "support",
    "permission",
    "independence",
    "pressure",
    "approval",
    "recognition",
    "assistance",
    "request",
    "demand",
    "invitation",
    "response",
    "protest",
    "objections",
    "funding",
];

/// Nouns before "on" that make the target a state ("pressure on Georgia",
/// "sanctions on Iran", "war on Iraq").
const ON_ACTOR_NOUNS: &[&str] = &[
    "pressure",
    "sanctions",
    "tariffs",
    "embargo",
    "war",
    "blamed",
    "demands",
    "called",
    "calls",
];

/// Words right after a possessive country that keep it a place ("Syria's
/// north", "Iraq's second city", "Yemen's war"): events happen there.
const GEO_OWNED: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "central",
    "border",
    "borders",
    "capital",
    "city",
    "cities",
    "largest",
    "biggest",
    "second",
    "third",
    "province",
    "provinces",
    "region",
    "regions",
    "coast",
    "coastal",
    "coastline",
    "territory",
    "territories",
    "soil",
    "airspace",
    "waters",
    "mountains",
    "mountainous",
    "countryside",
    "villages",
    "towns",
    "streets",
    "desert",
    "side",
    "part",
    "parts",
    "area",
    "areas",
    "interior",
    "heartland",
    "outskirts",
    "centre",
    "center",
    "shores",
    "island",
    "islands",
    "districts",
    "district",
    "neighbourhoods",
    "neighborhoods",
    "war",
    "civil",
    "conflict",
    "crisis",
    "fighting",
    "violence",
    "unrest",
    "frontline",
    "front",
    "oldest",
    "main",
    "restive",
    "war-torn",
    "rebel-held",
    "government-held",
    "opposition-held",
    "last",
    "remaining",
    "besieged",
    "hospitals",
    "camps",
    "prisons",
    "roads",
    "rivers",
    "lakes",
    "beaches",
    "airport",
    "international",
    "port",
    "harbour",
    "harbor",
    "gates",
    "suburbs",
    "suburb",
    "old",
    "downtown",
    "market",
    "markets",
    "hospital",
    "university",
    "prison",
    "base",
    "bases",
    "airbase",
    "stadium",
    "square",
    "station",
    "people",
    "population",
    "residents",
    "refugees",
    "civilians",
];

/// Auxiliaries and adverbs that may stand between a state and its verb
/// ("Russia has further ordered", "the U.S. on Tuesday said").
const AGENT_FILLERS: &[&str] = &[
    "always",
    "still",
    "has",
    "have",
    "had",
    "also",
    "further",
    "then",
    "now",
    "already",
    "again",
    "recently",
    "previously",
    "repeatedly",
    "quickly",
    "formally",
    "officially",
    "reportedly",
    "on",
    "last",
    "this",
    "earlier",
    "later",
    "itself",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "week",
    "month",
    "year",
    "not",
    "never",
];

/// Modals after a state: what follows is something the state does ("Russia
/// will close", "China would find").
const AGENT_MODALS: &[&str] = &[
    "will", "would", "could", "should", "must", "might", "may", "can", "cannot",
];

/// Whether the words from token `k` on read as the predicate of a state
/// acting: optional fillers, then a statement/action verb, or a modal.
fn agent_after(text: &str, lowered: &str, toks: &[Tok], k: usize) -> bool {
    // "Slovenia had fallen", "Azerbaijan has mined": a perfect with the
    // state as subject. "is reacting": a progressive. A form of "be" before
    // an -ed verb is a passive ("Iraq was invaded"), which says nothing.
    let mut perfect = false;
    let mut be = false;
    for j in k..k + 4 {
        let Some(tok) = toks.get(j) else { return false };
        // Stay within the clause.
        if j > k {
            let gap = toks
                .get(j - 1)
                .and_then(|p| text.get(p.end..tok.start))
                .unwrap_or(",");
            if gap != " " {
                return false;
            }
        }
        let w = lower_tok(text, lowered, toks, j);
        let w: &str = &w;
        let class = word_class(w);
        if class & AGENT_MODALS_C != 0 {
            return true;
        }
        let adverb = w.len() > 4 && w.ends_with("ly") && !tok.cap;
        if be {
            if !tok.cap && w.ends_with("ing") && w.len() > 5 {
                return true;
            }
            if class & AGENT_FILLERS_C != 0 || adverb {
                continue;
            }
            return false;
        }
        if perfect && !tok.cap && w.len() > 4 && w.ends_with("ed") {
            return true;
        }
        match w {
            "has" | "have" | "had" => perfect = true,
            "is" | "are" | "was" | "were" if j == k => {
                be = true;
                continue;
            }
            _ => {}
        }
        if class & (METONYM_VERBS_C | AGENT_VERBS_C | AGENT_VERBS_MORE_C) != 0 {
            return true;
        }
        // "Russia adamantly denies", "Vietnam always supports": adverbs in
        // -ly (lowercase, so not "Italy") stand between subject and verb.
        if class & AGENT_FILLERS_C == 0 && !adverb {
            return false;
        }
    }
    false
}

/// Verbs (beyond statements) that only a state or organisation does.
const AGENT_VERBS: &[&str] = &[
    "hope",
    "hopes",
    "sees",
    "see",
    "persists",
    "persist",
    "reacted",
    "reacts",
    "approved",
    "approves",
    "ordered",
    "orders",
    "expelled",
    "expels",
    "imposed",
    "imposes",
    "announced",
    "recalled",
    "invaded",
    "invades",
    "annexed",
    "vetoed",
    "ratified",
    "negotiated",
    "pledged",
    "granted",
    "banned",
    "bans",
    "blocked",
    "blocks",
    "suspended",
    "suspends",
    "resumed",
    "joined",
    "quit",
    "withdrew",
    "retaliated",
    "retaliates",
    "signed",
    "agreed",
    "insists",
    "maintains",
    "considers",
    "considered",
    "intends",
    "intended",
    "aims",
    "needs",
    "wants",
    "seeks",
    "sought",
    "demanded",
    "claimed",
    "denied",
    "rejected",
    "accepted",
    "recognized",
    "recognised",
    "reiterated",
    "stressed",
    "urged",
    "called",
    "asked",
];

/// Verbs a state does as subject beyond statements, added so that military
/// and diplomatic acts ("Turkey has shelled", "Azerbaijan puts pressure",
/// "France beat Croatia") read as the state acting, not as a location.
const AGENT_VERBS_MORE: &[&str] = &[
    "denies",
    "supports",
    "leads",
    "led",
    "contended",
    "contends",
    "advocates",
    "advocated",
    "expels",
    "puts",
    "put",
    "encourages",
    "encouraged",
    "shelled",
    "fired",
    "struck",
    "bombed",
    "stopped",
    "failed",
    "endorsed",
    "acted",
    "follows",
    "followed",
    "applied",
    "helped",
    "appreciates",
    "welcomed",
    "condemns",
    "confirmed",
    "confirms",
    "reacted",
    "reacting",
    "responded",
    "retaliated",
    "proposed",
    "proposes",
    "unveiled",
    "gave",
    "made",
    "welcome",
    "share",
    "lack",
    "support",
    "agree",
    "worked",
    "issued",
    "issues",
    "beat",
    "beats",
    "defeated",
    "defeats",
    "drew",
    "won",
    "wins",
    "agreed",
    "agrees",
    "intends",
    "plans",
    "decided",
    "recognises",
    "recognizes",
    "says",
    "want",
    "accuse",
    "accuses",
    "demands",
    "rejects",
    "urges",
];

/// Hyphenated suffixes that make a name an actor ("Saudi-led", "Iran-backed").
const METONYM_HYPHEN: &[&str] = &[
    "led",
    "backed",
    "funded",
    "sponsored",
    "allied",
    "aligned",
    "supported",
];

/// Abbreviations of US states and Canadian provinces in datelines and
/// addresses ("Gainesville, Va.", "RALEIGH, N.C."). Only taken after a comma
/// or an opening parenthesis, since "Miss." or "Ill." mean other things.
const STATE_ABBREVIATIONS: &[(&str, &str, &str)] = &[
    ("Ala", "US", "Alabama"),
    ("Ariz", "US", "Arizona"),
    ("Ark", "US", "Arkansas"),
    ("Calif", "US", "California"),
    ("Colo", "US", "Colorado"),
    ("Conn", "US", "Connecticut"),
    ("Del", "US", "Delaware"),
    ("Fla", "US", "Florida"),
    ("Ga", "US", "Georgia"),
    ("Ill", "US", "Illinois"),
    ("Ind", "US", "Indiana"),
    ("Kan", "US", "Kansas"),
    ("Ky", "US", "Kentucky"),
    ("La", "US", "Louisiana"),
    ("Md", "US", "Maryland"),
    ("Mass", "US", "Massachusetts"),
    ("Mich", "US", "Michigan"),
    ("Minn", "US", "Minnesota"),
    ("Miss", "US", "Mississippi"),
    ("Mo", "US", "Missouri"),
    ("Mont", "US", "Montana"),
    ("Neb", "US", "Nebraska"),
    ("Nev", "US", "Nevada"),
    ("N.H", "US", "New Hampshire"),
    ("N.J", "US", "New Jersey"),
    ("N.M", "US", "New Mexico"),
    ("N.Y", "US", "New York"),
    ("N.C", "US", "North Carolina"),
    ("N.D", "US", "North Dakota"),
    ("Okla", "US", "Oklahoma"),
    ("Ore", "US", "Oregon"),
    ("Pa", "US", "Pennsylvania"),
    ("R.I", "US", "Rhode Island"),
    ("S.C", "US", "South Carolina"),
    ("S.D", "US", "South Dakota"),
    ("Tenn", "US", "Tennessee"),
    ("Vt", "US", "Vermont"),
    ("Va", "US", "Virginia"),
    ("Wash", "US", "Washington"),
    ("W.Va", "US", "West Virginia"),
    ("Wis", "US", "Wisconsin"),
    ("Wyo", "US", "Wyoming"),
    ("D.C", "US", "District of Columbia"),
    ("B.C", "CA", "British Columbia"),
    ("Ont", "CA", "Ontario"),
    ("Que", "CA", "Quebec"),
    ("Alta", "CA", "Alberta"),
];

/// A state abbreviation starting at token `i`: its last token and the
/// division's entry.
fn state_abbreviation(t: &Table, text: &str, toks: &[Tok], i: usize) -> Option<(usize, u32)> {
    let first = toks.get(i)?;
    // The last byte before the token that is not a space (asked for every
    // capitalised word, so read from the bytes, not a trimmed slice).
    let prev_byte = text
        .as_bytes()
        .get(..first.start)?
        .iter()
        .rev()
        .find(|&&b| b != b' ');
    let after_comma = matches!(prev_byte, Some(b',' | b'('));
    // Elsewhere only initials can follow ("D.C."): a letter and a dot.
    if !after_comma
        && (first.end - first.start != 1 || text.as_bytes().get(first.end) != Some(&b'.'))
    {
        return None;
    }
    let before = text.get(..first.start)?.trim_end_matches(' ');
    for (j, last) in toks.iter().enumerate().skip(i).take(3) {
        let span = text.get(first.start..last.end)?;
        if text.get(last.end..last.end + 1) != Some(".") {
            continue;
        }
        let Some(&(_, cc, state)) = STATE_ABBREVIATIONS.iter().find(|(a, _, _)| *a == span) else {
            continue;
        };
        // "Va." or "Ind." alone are words or names; a dotted abbreviation
        // of initials ("in D.C.", "N.J. officials") is only the state,
        // except "B.C." after a number or at a sentence's end, the era.
        let dotted = span.contains('.')
            && !(span == "B.C"
                && (before.ends_with(|ch: char| ch.is_ascii_digit())
                    || !text
                        .get(last.end + 1..)
                        .is_some_and(|r| r.starts_with([' ', ',']))));
        if !after_comma && !dotted {
            continue;
        }
        let entry = t.hits(&fold(state)).find_map(|(e, _)| {
            t.entries
                .get(e as usize)
                .filter(|x| x.kind == EntryKind::Admin1 && x.cc() == cc)
                .map(|_| e)
        })?;
        return Some((j, entry));
    }
    None
}

/// A name found in the text, before resolution.
struct Candidate {
    start: usize,
    end: usize,
    /// First and last token index.
    ti: usize,
    tj: usize,
    entries: Vec<(u32, MatchQuality)>,
    /// Entry (country or area) a demonym names.
    demonym: Option<u32>,
    /// Narrowed by the division named after it ("Oakland, Calif."): a place
    /// whatever else the article says of the word.
    contained: bool,
}

/// Weights of the resolution score (log10 population plus bonuses). Exposed
/// only so that `eval` can search them; the defaults are what vigil uses.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tuning {
    /// Added for a candidate in a country the article names (× recency).
    pub country_bonus: f32,
    /// Added for a candidate in a first-level division the article names.
    pub admin1_bonus: f32,
    /// Subtracted when a place matched by an alternate name, not its main one.
    pub alt_penalty: f32,
    pub capital_bonus: f32,
    pub admin1_seat_bonus: f32,
    /// Subtracted from districts/counties (their population is a sum).
    pub admin2_penalty: f32,
    /// Added to first-level divisions (whose population is a sum too).
    pub admin1_base: f32,
    /// Multiplies log10(population): how much size outweighs context.
    pub pop_weight: f32,
    /// Single-word names with no supporting cue need this population.
    pub min_pop_unsupported: u64,
    /// Added for a candidate in the country the article is plainly set in
    /// (`GeoContext::dominance`).
    pub dominance_bonus: f32,
    /// Added (× a share rising with their number) for a candidate in the
    /// first-level division where a first pass put other names of the
    /// article (instead of `admin1_bonus` when larger).
    pub doc_admin1_bonus: f32,
    /// Added (× the same rising share) for a candidate in a country where
    /// the first pass put other names of the article, before or after it
    /// (instead of `country_bonus` × recency when larger).
    pub doc_country_bonus: f32,
    /// Whether all mentions of a name in one article resolve alike.
    pub one_sense: bool,
}

impl Default for Tuning {
    fn default() -> Self {
        Tuning {
            country_bonus: 2.5,
            admin1_bonus: 2.0,
            alt_penalty: 2.0,
            capital_bonus: 2.5,
            admin1_seat_bonus: 1.5,
            admin2_penalty: 1.5,
            admin1_base: 0.0,
            pop_weight: 1.0,
            min_pop_unsupported: 50_000,
            dominance_bonus: 2.0,
            doc_admin1_bonus: 2.0,
            doc_country_bonus: 3.0,
            one_sense: true,
        }
    }
}

pub(crate) fn find_places(
    t: &Table,
    text: &str,
    ctx: &GeoContext,
    tune: &Tuning,
) -> Vec<PlaceMention> {
    Scratch::with(|scratch| find_with(t, text, ctx, tune, scratch))
}

/// `find_places` with the thread's buffers.
fn find_with(
    t: &Table,
    text: &str,
    ctx: &GeoContext,
    tune: &Tuning,
    scratch: &mut Scratch,
) -> Vec<PlaceMention> {
    let mut toks = std::mem::take(&mut scratch.toks);
    tokenize_into(text, &mut toks);
    // Cues ask for the lowercase of a dozen words around each candidate:
    // one ASCII-lowercase copy of the sentence answers for ASCII words.
    let mut lowered = std::mem::take(&mut scratch.lowered);
    lowered.clear();
    lowered.push_str(text);
    lowered.make_ascii_lowercase();
    let out = find_in(t, text, &lowered, &toks, ctx, tune, scratch);
    scratch.toks = toks;
    scratch.lowered = lowered;
    out
}

/// `find_places` over the sentence's tokens and lowercase copy.
fn find_in(
    t: &Table,
    text: &str,
    lowered: &str,
    toks: &[Tok],
    ctx: &GeoContext,
    tune: &Tuning,
    scratch: &mut Scratch,
) -> Vec<PlaceMention> {
    let mut cands = candidates(t, text, lowered, toks, scratch);
    // Most sentences name no place: nothing below could find one, and
    // the context copies and word sets would be built for nothing.
    if cands.is_empty() {
        return Vec::new();
    }
    narrow_by_container(t, text, &mut cands);
    // Cues of every name candidate, computed once (both passes need them).
    let mut cues_of = std::mem::take(&mut scratch.cues);
    cues_of.clear();
    cues_of.extend(cands.iter().map(|c| {
        c.demonym.is_none().then(|| {
            let mut cues = Cues::around(text, lowered, toks, c);
            cues.nationality |= coordinated_demonym(t, text, toks, c.tj);
            cues.contained = c.contained;
            cues
        })
    }));

    share_coordinated_roles(text, &cands, &mut cues_of);
    facility_then_place(text, toks, &cands, &mut cues_of);
    joined_to_unknown(text, toks, &cands, &mut cues_of);
    let keep = demonyms_in_names(text, toks, &cands, &mut cues_of);
    if keep.contains(&false) {
        let mut it = keep.iter();
        cands.retain(|_| it.next().copied().unwrap_or(true));
        let mut it = keep.iter();
        cues_of.retain(|_| it.next().copied().unwrap_or(true));
    }

    // What the rest of the sentence says of single words (see
    // `DocWords`) only matters to `accept` for a lone word with neither a
    // locative cue nor a division suffix, and with an entry that is not
    // strong (a country, division, capital or city of 500,000): only those
    // words are looked for, and most sentences have none.
    let needs_words = |c: &Candidate, cues: &Option<Cues>| {
        c.ti == c.tj
            && c.demonym.is_none()
            && cues
                .as_ref()
                .is_some_and(|q| !q.locative_before && !q.admin_suffix)
            && c.entries.iter().any(|&(i, _)| {
                t.entries.get(i as usize).is_some_and(|e| {
                    e.kind == EntryKind::Place
                        && e.feature != Feature::Capital
                        && e.population < 500_000
                })
            })
    };
    // A sorted list rather than a hash set: a sentence has a few such
    // words, and the buffers are kept between calls.
    let mut wanted = std::mem::take(&mut scratch.wanted);
    wanted.clear();
    wanted.extend(
        cands
            .iter()
            .zip(&cues_of)
            .filter(|(c, cues)| needs_words(c, cues))
            .filter_map(|(c, _)| text.get(c.start..c.end))
            .map(lower_hash),
    );
    wanted.sort_unstable();
    wanted.dedup();
    let wanted_lengths = cands
        .iter()
        .zip(&cues_of)
        .filter(|(c, cues)| needs_words(c, cues))
        .fold(0u64, |m, (c, _)| match text.get(c.start..c.end) {
            // Lowercasing may change a non-ASCII word's length: no filter.
            Some(w) if w.is_ascii() => m | 1u64 << w.len().min(63),
            _ => u64::MAX,
        });
    // Their first letters the same way (bit of the lowercase ASCII byte,
    // all bits for a name that starts with another character).
    let wanted_firsts = cands
        .iter()
        .zip(&cues_of)
        .filter(|(c, cues)| needs_words(c, cues))
        .fold(0u64, |m, (c, _)| match text.as_bytes().get(c.start) {
            Some(&b) if b.is_ascii() => m | first_bit(b),
            _ => u64::MAX,
        });
    let words = DocWords::new(
        text,
        lowered,
        toks,
        &wanted,
        (wanted_lengths, wanted_firsts),
        (
            std::mem::take(&mut scratch.name_parts),
            std::mem::take(&mut scratch.lower_words),
        ),
    );
    scratch.wanted = wanted;
    // Whether each single word is also a person's name or a common word
    // elsewhere in the article, and whether the name is a stop word: the
    // same for both passes.
    let key = &mut scratch.key;
    for (c, cues) in cands.iter().zip(cues_of.iter_mut()) {
        let (Some(cues), Some(surface)) = (cues.as_mut(), text.get(c.start..c.end)) else {
            continue;
        };
        // A lone ASCII token folds to its lowercase, which `lowered` holds.
        let single_ascii = c.ti == c.tj
            && toks
                .get(c.ti)
                .is_some_and(|t| t.ascii && t.start == c.start && t.end == c.end);
        let folded: &str = if single_ascii {
            lowered.get(c.start..c.end).unwrap_or("")
        } else {
            fold_into(surface, key);
            key
        };
        if is_stop(&folded) {
            cues.stop = Some(is_stop_but_place(folded));
        }
        if c.ti == c.tj {
            // `lower_hash` of an ASCII word is the hash of its lowercase.
            let h = if single_ascii {
                crate::data::key_hash(folded)
            } else {
                lower_hash(surface)
            };
            cues.person |= words.name_parts.binary_search(&h).is_ok();
            cues.lowercase_elsewhere = words.lower.binary_search(&h).is_ok();
        }
    }
    scratch.name_parts = words.name_parts;
    scratch.lower_words = words.lower;

    // Countries the article itself names without ambiguity steer every
    // resolution, including of names that come before them (headlines).
    // Built again for a second pass rather than copied for the first: most
    // calls need only one.
    let initial_doc = || {
        let mut doc = ctx.borrowed_weights();
        for (c, cues) in cands.iter().zip(&cues_of) {
            if let Some(e) = c.demonym.and_then(|i| t.entries.get(i as usize)) {
                doc.note_country(e.cc(), false);
            } else if let (Some(cc), Some(cues)) = (unambiguous_country(t, &c.entries), cues) {
                // "US forces", "Turkey said": the country acts, nothing
                // happens in it, so it is weaker evidence for where the
                // story is.
                let located = !(cues.nationality || cues.metonym_after || cues.metonym_before);
                doc.note_country(cc, located);
            }
        }
        doc
    };

    // Reading order alone lets a name resolve only towards places named
    // before it; a second reading also weighs where the first pass put the
    // article's other names, before and after ("Oceanside" ahead of two
    // Long Island villages is the one in New York).
    let mut outcomes = std::mem::take(&mut scratch.outcomes);
    let mut second = std::mem::take(&mut scratch.outcomes2);
    resolve_in_order(
        t,
        text,
        &cands,
        &cues_of,
        initial_doc(),
        tune,
        None,
        &mut outcomes,
    );
    let doc_bonus = tune.doc_admin1_bonus.max(tune.doc_country_bonus);
    // Nothing can be resolved again unless some name won by less than a
    // bonus (the support below is then not built).
    let close = outcomes
        .iter()
        .any(|o| o.margin < tune.doc_admin1_bonus || o.margin < tune.doc_country_bonus);
    if doc_bonus > 0.0 && close {
        let first = &outcomes;
        let support = DocSupport::from_outcomes(t, &cands, first);
        // Support moves a score by at most its bonus (it replaces, never
        // adds to, the reading-order weight): only names resolved by a
        // smaller margin, with another entry where support lies, are
        // resolved again, in a second reading.
        let redo: Vec<bool> = cands
            .iter()
            .zip(first)
            .map(|(c, o)| {
                let which = (
                    o.margin < tune.doc_admin1_bonus,
                    o.margin < tune.doc_country_bonus,
                );
                (which.0 || which.1)
                    && !support.names.is_empty()
                    && support.could_change(t, &c.entries, o.best, name_key(c), which)
            })
            .collect();
        if redo.contains(&true) {
            resolve_in_order(
                t,
                text,
                &cands,
                &cues_of,
                initial_doc(),
                tune,
                Some((&support, first, &redo)),
                &mut second,
            );
            std::mem::swap(&mut outcomes, &mut second);
        }
    }

    if tune.one_sense {
        one_sense_per_name(&cands, &mut outcomes);
    }
    drop_foreign_aliases(t, &cues_of, ctx, &mut outcomes);
    drop_small_foreign(t, text, toks, &cands, &cues_of, ctx, &mut outcomes);

    let mut out = Vec::with_capacity(outcomes.len());
    for p in outcomes.iter().filter_map(|o| o.pick) {
        let Some(c) = cands.get(p.cand) else {
            continue;
        };
        let (Some(surface), Some(place)) = (text.get(c.start..c.end), t.to_place(p.entry)) else {
            continue;
        };
        out.push(PlaceMention {
            start: c.start,
            end: c.end,
            surface: surface.to_string(),
            place,
            role: p.role,
            confidence: p.confidence,
        });
    }
    scratch.cues = cues_of;
    scratch.outcomes = outcomes;
    scratch.outcomes2 = second;
    out
}

/// Mentions of one name share their candidate entries, in one order: the
/// count and the two ends identify the name without hashing its text.
type Name = (usize, u32, u32);

fn name_key(c: &Candidate) -> Name {
    let end = |e: Option<&(u32, MatchQuality)>| e.map_or(u32::MAX, |x| x.0);
    (
        c.entries.len(),
        end(c.entries.first()),
        end(c.entries.last()),
    )
}

/// A name repeated in one article means one place: where its mentions were
/// resolved to different entries, those that could also mean the entry
/// most of them (then the surest) chose are given it ("Louisville" once in
/// Mississippi after "Mississippi State", three times in Kentucky).
fn one_sense_per_name(cands: &[Candidate], outcomes: &mut [Outcome]) {
    // The name of an outcome's pick, when it takes part: a non-demonym
    // mention with several possible entries (one with a single entry,
    // "Washington, D.C." narrowed by its container, names a different
    // place on purpose).
    let name_of = |o: &Outcome| {
        o.pick
            .filter(|p| p.role != MentionRole::Demonym)
            .and_then(|p| cands.get(p.cand))
            .filter(|c| c.entries.len() >= 2)
            .map(name_key)
    };
    // (name, entry, count, summed confidence) per distinct reading.
    let mut readings: Vec<(Name, u32, u32, f32)> = Vec::new();
    for o in outcomes.iter() {
        let (Some(h), Some(p)) = (name_of(o), o.pick) else {
            continue;
        };
        match readings.iter_mut().find(|r| r.0 == h && r.1 == p.entry) {
            Some(r) => {
                r.2 += 1;
                r.3 += p.confidence;
            }
            None => readings.push((h, p.entry, 1, p.confidence)),
        }
    }
    // Nothing to do unless some name was read two ways (the usual case).
    let split = readings
        .iter()
        .enumerate()
        .any(|(k, r)| readings.iter().skip(k + 1).any(|x| x.0 == r.0));
    if !split {
        return;
    }
    for o in outcomes.iter_mut() {
        let Some(h) = name_of(o) else {
            continue;
        };
        let Some(p) = o.pick.as_mut() else {
            continue;
        };
        let best = readings.iter().filter(|r| r.0 == h).max_by(|a, b| {
            (a.2, a.3)
                .partial_cmp(&(b.2, b.3))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        let Some(&(_, entry, _, _)) = best else {
            continue;
        };
        // Only where this mention could mean it: "Washington, D.C." was
        // narrowed to the capital and stays there.
        if entry == p.entry {
            continue;
        }
        let quality = cands
            .get(p.cand)
            .and_then(|c| c.entries.iter().find(|&&(i, _)| i == entry));
        if let Some(&(_, q)) = quality {
            p.entry = entry;
            p.quality = q;
        }
    }
}

/// A village the gazetteer lacks often shares a spelling with a foreign
/// town's alternate name ("Kuchi", a Nigerian village, is an alternate of
/// Kuqa in Xinjiang). Once the article's other names are placed, a town that
/// is neither large nor a capital, known only by such a name, in a country
/// nothing else in the article (or the caller's context) points to, far from
/// every place the story is located in, is not what it means, whatever cue
/// stands before it. Cross-border reports name towns next door in their own
/// spelling ("Deraa" in a story from Israel): within `NEAR_KM` of another
/// name the town stays, as does a name that only lacks its Arabic article
/// ("Qamishli"). A container ("Kuchi, Xinjiang") still decides. A town of
/// under 50,000 known by its own name is doubted the same way once another
/// country plainly sets the story ("near Liwa" in a Chad report).
fn drop_foreign_aliases(
    t: &Table,
    cues_of: &[Option<Cues>],
    ctx: &GeoContext,
    outcomes: &mut [Outcome],
) {
    let entry_of = |p: &Pick| t.entries.get(p.entry as usize);
    let suspect = |p: &Pick| -> bool {
        let Some(e) = entry_of(p) else {
            return false;
        };
        // "a village near Liwa" in a Chad report: a small town's own name
        // is shared the same way (Liwa of Lac, Liwa of Oman).
        if p.quality != MatchQuality::Alt && e.population >= 50_000 {
            return false;
        }
        let contained = cues_of
            .get(p.cand)
            .and_then(Option::as_ref)
            .is_some_and(|cues| cues.contained);
        !contained
            && e.kind == EntryKind::Place
            && e.feature != Feature::Area
            && e.feature != Feature::Capital
            && e.population < 500_000
            && e.cc() != crate::data::MULTI_COUNTRY
    };
    if !outcomes.iter().filter_map(|o| o.pick.as_ref()).any(suspect) {
        return;
    }
    // All names in one country the caller's context adds nothing to: none
    // of them can be abroad.
    if one_country(t, outcomes).is_some_and(|cc| !ctx.weights().countries_other_than(cc)) {
        return;
    }
    // Every accepted name's entry, with whether it was one of the suspects
    // (which cannot vouch for one another) and whether it locates the story
    // ("US-backed forces" or "Nigerian troops" say who acts, not where).
    let placed: Vec<(&Entry, bool, usize, bool)> = outcomes
        .iter()
        .filter_map(|o| o.pick.as_ref())
        .filter_map(|p| {
            let literal = p.role == MentionRole::Literal;
            Some((entry_of(p)?, suspect(p), p.cand, literal))
        })
        .filter(|(e, ..)| !e.cc().is_empty() && e.cc() != crate::data::MULTI_COUNTRY)
        .collect();
    let weights = ctx.weights();
    let last = ctx
        .last_place()
        .map(|p| (p.latitude as f32, p.longitude as f32));
    for o in outcomes.iter_mut() {
        let Some(p) = o.pick else {
            continue;
        };
        if !suspect(&p) {
            continue;
        }
        let Some(e) = entry_of(&p) else {
            continue;
        };
        let cc = e.cc();
        let here = placed
            .iter()
            .any(|&(x, sus, k, _)| x.cc() == cc && !sus && k != p.cand);
        if here || weights.country_weight(cc) > 0.0 {
            continue;
        }
        // A town's own name is doubted only once another country plainly
        // sets the story (early on, the town may be what sets it), or when
        // the same text names another country or its capital, far from the
        // town, and nothing of the town's ("Warplane bombs border market at
        // Joda; Juba blames Sudan": no Joda of Odisha).
        let beside_far_state = || {
            let others = || {
                placed
                    .iter()
                    .filter(|&&(x, sus, k, _)| !sus && k != p.cand && x.cc() != cc)
            };
            others().any(|&(x, ..)| x.kind == EntryKind::Country || x.feature == Feature::Capital)
                && others().all(|&(x, ..)| distance_km((e.lat, e.lon), (x.lat, x.lon)) > NEAR_KM)
        };
        let dominated = weights.dominated_by_other(cc);
        if p.quality != MatchQuality::Alt && !dominated {
            if beside_far_state() {
                o.pick = None;
            }
            continue;
        }
        // Points of the other names (and of the caller's last place): the
        // town is dropped only when there is one and all are far.
        let mut points = placed
            .iter()
            .filter(|&&(x, sus, k, literal)| literal && !sus && k != p.cand && x.cc() != cc)
            .map(|&(x, ..)| (x.lat, x.lon))
            .chain(last)
            .peekable();
        let far =
            points.peek().is_some() && points.all(|q| distance_km((e.lat, e.lon), q) > NEAR_KM);
        if far {
            o.pick = None;
        }
    }
}

/// How far from the article's other places a town abroad may lie and still
/// be one the story names across a border.
const NEAR_KM: f32 = 1_500.0;

/// Great-circle distance in km (haversine).
fn distance_km(a: (f32, f32), b: (f32, f32)) -> f32 {
    let (la1, lo1) = (a.0.to_radians(), a.1.to_radians());
    let (la2, lo2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

/// The one country all accepted names lie in (regions and multi-country
/// areas aside), if they lie in one; `Some("")` when none lies in any.
fn one_country<'t>(t: &'t Table, outcomes: &[Outcome]) -> Option<&'t str> {
    let mut first: Option<&str> = None;
    for p in outcomes.iter().filter_map(|o| o.pick.as_ref()) {
        let Some(cc) = t.entries.get(p.entry as usize).map(|e| e.cc()) else {
            continue;
        };
        if cc.is_empty() || cc == crate::data::MULTI_COUNTRY {
            continue;
        }
        match first {
            None => first = Some(cc),
            Some(f) if f != cc => return None,
            Some(_) => {}
        }
    }
    Some(first.unwrap_or(""))
}

/// A street, a shop or a hamlet the gazetteer lacks often shares its name
/// with a small town abroad ("at Grand and State" in a Chicago story is not
/// Grand, Ivory Coast). In an article plainly set in one country (at least
/// three of its places, three quarters of all located names), a small town
/// in a country nothing else in the article points to, far from all its
/// other places, is such a namesake.
/// Checked after both readings, so that the other names' resolution does
/// not depend on it. Where people or things come "from" is the usual way a
/// domestic story names a small town abroad, so that cue keeps it.
fn drop_small_foreign(
    t: &Table,
    text: &str,
    toks: &[Tok],
    cands: &[Candidate],
    cues_of: &[Option<Cues>],
    ctx: &GeoContext,
    outcomes: &mut [Outcome],
) {
    const SMALL: u64 = 50_000;
    // Countries compared as their two code bytes (regions and areas
    // without a country aside).
    let cc_of = |p: &Pick| {
        t.entries
            .get(p.entry as usize)
            .and_then(Entry::country_code)
    };
    // The country of at least three of the located names and three
    // quarters of them is their majority: one vote pass finds it, a second
    // counts it (no allocation; this runs on every call).
    let literal = || {
        outcomes
            .iter()
            .filter_map(|o| o.pick.as_ref())
            .filter(|p| p.role == MentionRole::Literal)
            .filter_map(cc_of)
    };
    let (mut home, mut votes, mut located) = (0u16, 0usize, 0usize);
    for cc in literal() {
        located += 1;
        if votes == 0 {
            home = cc;
        }
        votes = if cc == home { votes + 1 } else { votes - 1 };
    }
    let n = literal().filter(|&cc| cc == home).count();
    if n < 3 || 4 * n < 3 * located {
        return;
    }
    let weights = ctx.weights();
    for k in 0..outcomes.len() {
        let Some(p) = outcomes.get(k).and_then(|o| o.pick) else {
            continue;
        };
        let Some(cc) = cc_of(&p).filter(|&cc| cc != home) else {
            continue;
        };
        let Some(e) = t.entries.get(p.entry as usize) else {
            continue;
        };
        if e.kind != EntryKind::Place
            || e.feature == Feature::Area
            || e.feature == Feature::Capital
            || e.population >= SMALL
            || weights.country_weight(e.cc()) > 0.0
        {
            continue;
        }
        let contained = cues_of
            .get(p.cand)
            .and_then(Option::as_ref)
            .is_some_and(|cues| cues.contained);
        let origin = cands
            .get(p.cand)
            .and_then(|c| c.ti.checked_sub(1))
            .and_then(|i| toks.get(i))
            .and_then(|w| text.get(w.start..w.end))
            .is_some_and(|w| w.eq_ignore_ascii_case("from"));
        // Another name in that country (a demonym, the country itself), or
        // near the town: reports from a border name the town across it
        // ("Bosso" in a story from Borno).
        let here = outcomes
            .iter()
            .filter_map(|o| o.pick.as_ref())
            .filter(|q| q.cand != p.cand)
            .any(|q| {
                cc_of(q) == Some(cc)
                    || t.entries.get(q.entry as usize).is_some_and(|x| {
                        x.country_code().is_some()
                            && distance_km((e.lat, e.lon), (x.lat, x.lon)) <= NEAR_KM
                    })
            });
        if !contained && !origin && !here {
            if let Some(o) = outcomes.get_mut(k) {
                o.pick = None;
            }
        }
    }
}

/// One resolved candidate: its index in the candidate list and its entry.
#[derive(Debug, Clone, Copy)]
struct Pick {
    cand: usize,
    entry: u32,
    /// How the name matched `entry`.
    quality: MatchQuality,
    role: MentionRole,
    confidence: f32,
}

/// What a pass made of one candidate: the pick, if accepted, and the best
/// entry's score margin over the runner-up (infinite when nothing could
/// change it: demonyms, names without entries).
#[derive(Debug, Clone, Copy)]
struct Outcome {
    pick: Option<Pick>,
    /// The best-scoring entry, accepted or not.
    best: Option<u32>,
    margin: f32,
}

/// Resolves the candidates in reading order, each seeing what the earlier
/// ones established in `doc`. With `second` (support, first outcomes, which
/// to redo), a second reading: the candidates marked are resolved again with
/// the article's support, the others keep their first outcome.
#[allow(clippy::too_many_arguments)]
fn resolve_in_order<'t>(
    t: &'t Table,
    text: &str,
    cands: &[Candidate],
    cues_of: &[Option<Cues>],
    mut doc: Weights<&'t str>,
    tune: &Tuning,
    second: Option<(&DocSupport, &[Outcome], &[bool])>,
    out: &mut Vec<Outcome>,
) {
    out.clear();
    for (k, (c, cues)) in cands.iter().zip(cues_of).enumerate() {
        let outcome = match second {
            Some((_, first, redo)) if redo.get(k) != Some(&true) => match first.get(k) {
                Some(&o) => o,
                None => continue,
            },
            _ => resolve_one(
                t,
                text,
                k,
                c,
                cues.as_ref(),
                &doc,
                tune,
                second.map(|s| s.0),
            ),
        };
        if let Some(p) = outcome.pick {
            if p.role != MentionRole::Demonym {
                if let Some(e) = t.entries.get(p.entry as usize) {
                    let admin1 = match e.kind {
                        EntryKind::Country => None,
                        EntryKind::Admin1 => Some(t.name(e)),
                        EntryKind::Place => t.admin1_name(e),
                    };
                    doc.observe_parts(e.cc(), admin1, e.kind == EntryKind::Country, p.role);
                }
            }
        }
        out.push(outcome);
    }
}

/// Resolves candidate `k` against the context so far.
#[allow(clippy::too_many_arguments)]
fn resolve_one(
    t: &Table,
    text: &str,
    k: usize,
    c: &Candidate,
    cues: Option<&Cues>,
    doc: &Weights<&str>,
    tune: &Tuning,
    support: Option<&DocSupport>,
) -> Outcome {
    let none = |best: Option<u32>, margin: f32| Outcome {
        pick: None,
        best,
        margin,
    };
    let Some(surface) = text.get(c.start..c.end) else {
        return none(None, f32::INFINITY);
    };
    if let Some(idx) = c.demonym {
        return Outcome {
            pick: Some(Pick {
                cand: k,
                entry: idx,
                quality: MatchQuality::Main,
                role: MentionRole::Demonym,
                confidence: 0.9,
            }),
            best: Some(idx),
            margin: f32::INFINITY,
        };
    }
    let Some(cues) = cues else {
        return none(None, f32::INFINITY);
    };
    let support = support.map(|s| (s, name_key(c)));
    let Some((best, margin)) = resolve(t, &c.entries, doc, cues, tune, support) else {
        return none(None, f32::INFINITY);
    };
    let Some(e) = t.entries.get(best as usize) else {
        return none(None, f32::INFINITY);
    };
    // Names the first pass put in the entry's country, before or after.
    let supported = support.is_some_and(|(s, own)| s.count_country(e.cc_code(), own) > 0);
    // How the name matched the entry (its first listing).
    let quality = c
        .entries
        .iter()
        .find(|&&(i, _)| i == best)
        .map_or(MatchQuality::Alt, |&(_, q)| q);
    if !accept(
        t, e, quality, surface, cues, doc, &c.entries, tune, supported,
    ) {
        return none(Some(best), margin);
    }
    let government = e.kind == EntryKind::Country
        || e.kind == EntryKind::Admin1
        || e.feature == Feature::Capital;
    let role = if cues.nationality && e.kind == EntryKind::Country {
        MentionRole::Demonym
    } else if ((cues.metonym_after || cues.metonym_before || cues.possessive_actor)
        && government
        // "a man in Florida won", "the decision in Michigan would": the
        // verb belongs to the noun before the locative phrase.
        && !cues.locative_before)
        // "posted to Russia's mission": the possessive heads the phrase
        // the preposition governs.
        || (cues.possessive_institution && government)
        || cues.org_after
    {
        MentionRole::Metonym
    } else {
        MentionRole::Literal
    };
    let mut confidence = 1.0 - 0.5 * (-margin).exp();
    if !cues.locative_before && e.kind == EntryKind::Place && e.population < 100_000 {
        confidence *= 0.8;
    }
    Outcome {
        pick: Some(Pick {
            cand: k,
            entry: best,
            quality,
            role,
            confidence: confidence.clamp(0.05, 0.99),
        }),
        best: Some(best),
        margin,
    }
}

/// Where the first pass put the article's names: (country as
/// `Entry::cc_code`, first-level division index, name), each once.
struct DocSupport {
    names: Vec<(u16, Option<u32>, Name)>,
    /// Rows of `names` per country, each country once.
    countries: Vec<(u16, u32)>,
    /// The largest number of names in one country: no entry can have more
    /// country support than this (most tests stop at it).
    max_in_country: u32,
    /// One bit per division in `names` (index modulo 64): most entries of
    /// a homonym lie elsewhere and are dismissed without a scan.
    admin1_mask: u64,
}

fn admin1_bit(admin1: Option<u32>) -> u64 {
    admin1.map_or(0, |a| 1 << (a % 64))
}

impl DocSupport {
    fn from_outcomes(t: &Table, cands: &[Candidate], outcomes: &[Outcome]) -> Self {
        let mut names = Vec::with_capacity(outcomes.len());
        for p in outcomes.iter().filter_map(|o| o.pick.as_ref()) {
            // A demonym says who, not where.
            if p.role == MentionRole::Demonym {
                continue;
            }
            let (Some(e), Some(c)) = (t.entries.get(p.entry as usize), cands.get(p.cand)) else {
                continue;
            };
            // Countries and areas spanning several support no division.
            let Some(admin1) = division(e) else {
                continue;
            };
            if e.cc() == crate::data::MULTI_COUNTRY {
                continue;
            }
            let item = (e.cc_code(), Some(admin1), name_key(c));
            if !names.contains(&item) {
                names.push(item);
            }
        }
        let admin1_mask = names.iter().fold(0, |m, (_, a, _)| m | admin1_bit(*a));
        let mut countries: Vec<(u16, u32)> = Vec::new();
        for &(c, _, _) in &names {
            match countries.iter_mut().find(|x| x.0 == c) {
                Some(x) => x.1 += 1,
                None => countries.push((c, 1)),
            }
        }
        let max_in_country = countries.iter().map(|x| x.1).max().unwrap_or(0);
        DocSupport {
            names,
            countries,
            max_in_country,
            admin1_mask,
        }
    }

    /// How many other names (not `own`) the first pass put in `e`'s
    /// first-level division.
    fn count(&self, e: &Entry, own: Name) -> u32 {
        let admin1 = division(e);
        if self.admin1_mask & admin1_bit(admin1) == 0 {
            return 0;
        }
        let cc = e.cc_code();
        let n = self
            .names
            .iter()
            .filter(|&&(c, a, h)| a == admin1 && c == cc && h != own)
            .count();
        n as u32
    }

    /// How many other names (not `own`) the first pass put in the country
    /// `cc` (an `Entry::cc_code`).
    fn count_country(&self, cc: u16, own: Name) -> u32 {
        let Some(&(_, total)) = self.countries.iter().find(|x| x.0 == cc) else {
            return 0;
        };
        let own_rows = self
            .names
            .iter()
            .filter(|&&(c, _, h)| c == cc && h == own)
            .count() as u32;
        total.saturating_sub(own_rows)
    }

    /// Whether an entry other than `best` has more support than it: in its
    /// division (`admin1`) or in its country (`country`).
    fn could_change(
        &self,
        t: &Table,
        entries: &[(u32, MatchQuality)],
        best: Option<u32>,
        own: Name,
        (admin1, country): (bool, bool),
    ) -> bool {
        let best_e = best.and_then(|b| t.entries.get(b as usize));
        let here = best_e.map_or(0, |e| self.count(e, own));
        let here_cc = match best_e {
            Some(e) if country && self.max_in_country > 0 => self.count_country(e.cc_code(), own),
            _ => 0,
        };
        // The few countries with more support than the best entry's, found
        // once: a homonym has up to hundreds of entries to test.
        let mut stronger = [0u16; 8];
        let mut n = 0;
        if country && self.max_in_country > here_cc {
            for &(c, total) in &self.countries {
                if total > here_cc && self.count_country(c, own) > here_cc {
                    if let Some(slot) = stronger.get_mut(n) {
                        *slot = c;
                        n += 1;
                    }
                }
            }
        }
        let stronger = stronger.get(..n).unwrap_or(&[]);
        if !admin1 && stronger.is_empty() {
            return false;
        }
        entries.iter().any(|&(i, _)| {
            Some(i) != best
                && t.entries.get(i as usize).is_some_and(|e| {
                    (admin1 && self.count(e, own) > here) || stronger.contains(&e.cc_code())
                })
        })
    }
}

/// The first-level division an entry lies in (a division's own index for a
/// division), none for a country.
fn division(e: &Entry) -> Option<u32> {
    match e.kind {
        EntryKind::Country => None,
        _ => e.admin1,
    }
}

/// 0 for no supporting names, rising towards 1 with more: the first names
/// matter most, and a long list of places in one state is not needed.
fn saturate(n: u32) -> f32 {
    1.0 - 0.5f32.powi(n.min(16) as i32)
}

/// "Robinson College Cambridge": an institution's head word followed by a
/// place name says where it stands; the name before the head is only its
/// namesake, and the head does not make the place part of a longer name.
fn facility_then_place(text: &str, toks: &[Tok], cands: &[Candidate], cues: &mut [Option<Cues>]) {
    for k in 1..cands.len() {
        let Some(a) = cands.get(k - 1) else {
            continue;
        };
        // The head word itself may be a candidate ("College", Alaska).
        // "Washington University in St. Louis": the place after "in" is
        // where the institution stands, as one right after the head is.
        let in_place = toks
            .get(a.tj + 1)
            .zip(toks.get(a.tj + 2))
            .is_some_and(|(h, w)| {
                h.cap
                    && text.get(h.start..h.end).is_some_and(facility_head)
                    && text.get(a.end..h.start) == Some(" ")
                    && text.get(h.end..w.start) == Some(" ")
                    && text.get(w.start..w.end) == Some("in")
                    && cands
                        .iter()
                        .skip(k)
                        .take(2)
                        .any(|b| b.ti == a.tj + 3 && b.demonym.is_none())
            });
        if in_place {
            if let Some(Some(c)) = cues.get_mut(k - 1) {
                c.namesake = true;
            }
            continue;
        }
        let next = (k..cands.len().min(k + 2)).find(|&n| cands[n].ti == a.tj + 2);
        let Some((n, b)) = next.and_then(|n| Some((n, cands.get(n)?))) else {
            continue;
        };
        if b.demonym.is_some() {
            continue;
        }
        let Some(head) = toks.get(a.tj + 1) else {
            continue;
        };
        let spaced =
            text.get(a.end..head.start) == Some(" ") && text.get(head.end..b.start) == Some(" ");
        let is_head = head.cap && text.get(head.start..head.end).is_some_and(facility_head);
        if !(spaced && is_head) {
            continue;
        }
        if let Some(Some(c)) = cues.get_mut(k - 1) {
            c.namesake = true;
        }
        if let Some(Some(c)) = cues.get_mut(n) {
            c.cap_neighbour = false;
        }
    }
}

/// "Bains and Grants Town": a name joined by "and" to a run of two or more
/// capitalised words that no candidate covers is part of that longer name.
fn joined_to_unknown(text: &str, toks: &[Tok], cands: &[Candidate], cues: &mut [Option<Cues>]) {
    let spaced = |k: usize| {
        toks.get(k)
            .zip(toks.get(k + 1))
            .is_some_and(|(a, b)| text.get(a.end..b.start) == Some(" ") && b.cap && !b.allcaps)
    };
    for (k, c) in cands.iter().enumerate() {
        let and = toks.get(c.tj + 1).and_then(|tk| text.get(tk.start..tk.end)) == Some("and");
        let gap_before_and = toks
            .get(c.tj)
            .zip(toks.get(c.tj + 1))
            .is_some_and(|(a, b)| text.get(a.end..b.start) == Some(" "));
        if !and || !gap_before_and || !spaced(c.tj + 1) || !spaced(c.tj + 2) {
            continue;
        }
        let mut last = c.tj + 3;
        while last < c.tj + 6 && spaced(last) {
            last += 1;
        }
        let known = cands.iter().any(|d| d.ti == c.tj + 2 && d.tj == last);
        if known {
            continue;
        }
        if let Some(Some(cu)) = cues.get_mut(k) {
            cu.and_unknown = true;
        }
    }
}

/// A demonym that opens a longer proper name names its owner, not where it
/// stands: "the French Quarter" is in New Orleans, "the British
/// International School" in Cairo, and in "the British Embassy Tokyo" the
/// place after the head is where the building is (that name is kept, its
/// capitalised neighbour notwithstanding). "The British Embassy" alone
/// still says which state acts. Returns, per candidate, whether to keep it.
fn demonyms_in_names(
    text: &str,
    toks: &[Tok],
    cands: &[Candidate],
    cues: &mut [Option<Cues>],
) -> Vec<bool> {
    // Allocated on the first name dropped (most sentences have none).
    let mut keep = Vec::new();
    let word = |k: usize| {
        toks.get(k)
            .and_then(|tk| text.get(tk.start..tk.end))
            .unwrap_or("")
    };
    let spaced = |k: usize| {
        toks.get(k)
            .zip(toks.get(k + 1))
            .is_some_and(|(a, b)| text.get(a.end..b.start) == Some(" ") && b.cap)
    };
    for (k, c) in cands.iter().enumerate() {
        if c.demonym.is_none() {
            continue;
        }
        // Up to two more capitalised words before the head ("British
        // International School", "Lebanese American University").
        let mut j = c.tj;
        let mut head = None;
        while j < c.tj + 3 && spaced(j) {
            j += 1;
            let w = word(j);
            if facility_head(w) || w.eq_ignore_ascii_case("quarter") {
                head = Some((j, false));
                break;
            }
            if w.eq_ignore_ascii_case("embassy") || w.eq_ignore_ascii_case("consulate") {
                head = Some((j, true));
                break;
            }
        }
        let Some((h, embassy)) = head else {
            continue;
        };
        // The place right after the head: where the building stands.
        let after = spaced(h)
            .then(|| cands.iter().position(|d| d.ti == h + 1))
            .flatten();
        if embassy && after.is_none() {
            continue;
        }
        if keep.is_empty() {
            keep = vec![true; cands.len()];
        }
        if let Some(slot) = keep.get_mut(k) {
            *slot = false;
        }
        if let Some(Some(cu)) = after.and_then(|n| cues.get_mut(n)) {
            cu.cap_neighbour = false;
        }
    }
    keep
}

/// Names joined by "and" or commas share one grammatical role: "China and
/// Russia hope" (the verb follows only Russia), "talks between Iran and the
/// EU", "taken by Bulgaria, Malta and Portugal". A chain with a locative cue
/// anywhere ("in Iraq and Syria") is left as it is.
fn share_coordinated_roles(text: &str, cands: &[Candidate], cues: &mut [Option<Cues>]) {
    let joined = |a: &Candidate, b: &Candidate| {
        a.end <= b.start
            && text.get(a.end..b.start).is_some_and(|g| {
                let g = g.strip_suffix('.').unwrap_or(g);
                matches!(
                    g,
                    " and " | ", " | ", and " | " and the " | ", the " | " or " | ". and "
                ) || (g.starts_with(". and") && g.len() <= 10)
            })
    };
    let mut i = 0;
    while i < cands.len() {
        let mut j = i;
        while j + 1 < cands.len() && joined(&cands[j], &cands[j + 1]) {
            j += 1;
        }
        if j > i {
            let chain = cues.get(i..=j).unwrap_or(&[]);
            let locative = chain.iter().flatten().any(|c| c.locative_before);
            let actor = chain
                .iter()
                .flatten()
                .any(|c| c.metonym_after || c.metonym_before);
            if actor && !locative {
                for c in cues.get_mut(i..=j).unwrap_or(&mut []).iter_mut().flatten() {
                    c.metonym_before = true;
                }
            }
        }
        i = j + 1;
    }
}

/// "U.S. and Russian negotiators": a country name coordinated with a
/// demonym is an adjective too.
fn coordinated_demonym(t: &Table, text: &str, toks: &[Tok], last: usize) -> bool {
    let word = |k: usize| {
        toks.get(k)
            .and_then(|tk| text.get(tk.start..tk.end))
            .unwrap_or("")
    };
    let (Some(a), Some(b)) = (toks.get(last), toks.get(last + 1)) else {
        return false;
    };
    let gap = text.get(a.end..b.start).unwrap_or("");
    if !(matches!(gap, " " | ". ") && matches!(word(last + 1), "and" | "or")) {
        return false;
    }
    toks.get(last + 2).is_some_and(|n| n.cap) && t.demonyms.contains_key(&fold(word(last + 2)))
}

/// "Rome, Georgia", "Athens, Ohio", "Tripoli, Lebanon": a name followed by
/// a comma and a division or country that contains one of its entries means
/// that entry, and the second name means that container. Narrows both
/// candidates' entries accordingly.
fn narrow_by_container(t: &Table, text: &str, cands: &mut [Candidate]) {
    for k in 1..cands.len() {
        let (head, tail) = cands.split_at_mut(k);
        let (Some(c), Some(d)) = (head.last_mut(), tail.first_mut()) else {
            continue;
        };
        if d.demonym.is_some() || c.demonym.is_some() {
            continue;
        }
        // "the Bel Air district of Port-au-Prince": a part of the city
        // after it lies in the city's country, or is a part the gazetteer
        // lacks.
        let part_of = text.get(c.end..d.start).is_some_and(|g| {
            let g = g.to_ascii_lowercase();
            [
                " district of ",
                " neighbourhood of ",
                " neighborhood of ",
                " suburb of ",
                " quarter of ",
            ]
            .contains(&g.as_str())
        });
        if part_of {
            let countries: Vec<&str> = d
                .entries
                .iter()
                .filter_map(|&(i, _)| t.entries.get(i as usize).map(|e| e.cc()))
                .collect();
            c.entries.retain(|&(i, _)| {
                t.entries
                    .get(i as usize)
                    .is_some_and(|e| countries.contains(&e.cc()))
            });
            continue;
        }
        // "the village of Shakhove in the Donetsk region": a division after
        // "in" says where the place is, as after a comma, when one of the
        // place's entries lies in it (nothing is dropped otherwise).
        let in_gap = text
            .get(c.end..d.start)
            .is_some_and(|g| g == " in " || g == " in the ");
        // "outside Nasir, in Upper Nile state": an address after a comma.
        if !in_gap
            && !matches!(
                text.get(c.end..d.start),
                Some(", " | "," | ", in " | ", in the ")
            )
        {
            continue;
        }
        let contains = |outer: u32, inner: u32| -> bool {
            let (Some(o), Some(i)) = (t.entries.get(outer as usize), t.entries.get(inner as usize))
            else {
                return false;
            };
            if o.cc() != i.cc() || i.kind == EntryKind::Country || outer == inner {
                return false;
            }
            match o.kind {
                EntryKind::Country => true,
                EntryKind::Admin1 => {
                    i.kind == EntryKind::Place && t.admin1_name(i).is_some_and(|a| a == t.name(o))
                }
                EntryKind::Place => false,
            }
        };
        let inner: Vec<(u32, MatchQuality)> = c
            .entries
            .iter()
            .copied()
            .filter(|&(ci, _)| d.entries.iter().any(|&(di, _)| contains(di, ci)))
            .collect();
        if inner.is_empty() && in_gap {
            continue;
        }
        if inner.is_empty() {
            // "CAMP MURRAY, Wash.": the division after the comma says where
            // the place is, and none of our entries of the name lie there
            // (a place the gazetteer lacks).
            let kind_only = |es: &[(u32, MatchQuality)], k: EntryKind| {
                !es.is_empty()
                    && es
                        .iter()
                        .all(|&(i, _)| t.entries.get(i as usize).is_some_and(|e| e.kind == k))
            };
            if kind_only(&c.entries, EntryKind::Place)
                && kind_only(&d.entries, EntryKind::Admin1)
                && d.entries.iter().all(|&(_, q)| q == MatchQuality::Main)
            {
                c.entries.clear();
            }
            continue;
        }
        let outer: Vec<(u32, MatchQuality)> = d
            .entries
            .iter()
            .copied()
            .filter(|&(di, _)| inner.iter().any(|&(ci, _)| contains(di, ci)))
            .collect();
        // A country after a comma is often an apposition ("Freeland, U.S.
        // Trade Representative"); a division is a real address.
        c.contained = outer.iter().any(|&(di, _)| {
            t.entries
                .get(di as usize)
                .is_some_and(|o| o.kind == EntryKind::Admin1)
        });
        if in_gap && !c.contained {
            continue;
        }
        c.entries = inner;
        d.entries = outer;
    }
}

fn unambiguous_country<'a>(t: &'a Table, entries: &[(u32, MatchQuality)]) -> Option<&'a str> {
    // "Georgia" is also a US state, "Punjab" a province of two countries:
    // a country name shared by another country's division is no evidence.
    // Countries compared by `Entry::cc_code` (one code per ISO2 string).
    let shared = |code: u16| {
        entries.iter().any(|&(i, q)| {
            q == MatchQuality::Main
                && t.entries
                    .get(i as usize)
                    .is_some_and(|e| e.kind == EntryKind::Admin1 && e.cc_code() != code)
        })
    };
    let mut cc: Option<&Entry> = None;
    for &(i, q) in entries {
        let e = t.entries.get(i as usize)?;
        if e.kind == EntryKind::Country && q == MatchQuality::Main {
            return (!shared(e.cc_code())).then(|| e.cc());
        }
        match cc {
            None => cc = Some(e),
            Some(c) if c.cc_code() == e.cc_code() => {}
            Some(_) => return None,
        }
    }
    let cc = cc.map(Entry::cc);
    // A name found in one country only is only evidence when it is a sizeable
    // place or division: tiny hamlets match by accident.
    let big = entries.iter().any(|&(i, _)| {
        t.entries
            .get(i as usize)
            .is_some_and(|e| e.kind != EntryKind::Place || e.population >= 50_000)
    });
    if big {
        cc
    } else {
        None
    }
}

/// Buffers the finder folds names into, kept between calls on a thread:
/// four allocations per call otherwise.
#[derive(Default)]
struct Scratch {
    toks: Vec<Tok>,
    lowered: String,
    cues: Vec<Option<Cues>>,
    outcomes: Vec<Outcome>,
    outcomes2: Vec<Outcome>,
    /// See `DocWords`.
    wanted: Vec<u64>,
    name_parts: Vec<u64>,
    lower_words: Vec<u64>,
    buf: String,
    key: String,
    spans: Vec<(usize, usize, u64)>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

impl Scratch {
    /// `f` with the thread's buffers, borrowed in place (moving the whole
    /// struct out and back showed in profiles); fresh ones while the thread
    /// is being torn down or should a call ever be re-entered.
    fn with<R>(mut f: impl FnMut(&mut Scratch) -> R) -> R {
        let kept = SCRATCH.try_with(|cell| cell.try_borrow_mut().ok().map(|mut s| f(&mut s)));
        match kept {
            Ok(Some(r)) => r,
            _ => f(&mut Scratch::default()),
        }
    }
}

/// What the gap between two tokens allows inside a name: whether it is a
/// short joiner (at most two of space, hyphen, apostrophe, dot, no-break
/// space, but not ".."), whether it folds to a space (anything but dots),
/// and whether it glues the next word on ("'", "’", "-": "Fada N'gourma").
fn gap_kind(g: &str) -> (bool, bool, bool) {
    // Nearly every gap inside a capitalised run.
    if g == " " {
        return (true, true, false);
    }
    let mut chars = 0;
    let mut joiner = !g.is_empty() && g != "..";
    for c in g.chars() {
        chars += 1;
        if chars > 2 || !matches!(c, ' ' | '-' | '\'' | '\u{2019}' | '.' | '\u{a0}') {
            joiner = false;
            break;
        }
    }
    let spaced = g.bytes().any(|b| b != b'.');
    let glued = matches!(g, "'" | "\u{2019}" | "-");
    (joiner, spaced, glued)
}

/// Whether token `j` is only the head of a word an apostrophe splits:
/// "Ya" of "Ya'bad", "Ma" of "Ma'arrat" (a town of that name is another
/// place), but not "Jenin" of "Jenin's" nor "N" of "N'Djamena".
fn cut_before_apostrophe(text: &str, toks: &[Tok], j: usize) -> bool {
    let Some(next) = toks.get(j + 1) else {
        return false;
    };
    let end = toks[j].end;
    if !matches!(text.as_bytes().get(end), Some(b'\'' | 0xE2)) {
        return false;
    }
    matches!(text.get(end..next.start), Some("'" | "\u{2019}"))
        && !next.cap
        && text.get(next.start..next.end) != Some("s")
}

/// The key of tokens `i..=j` with the words an apostrophe joins written
/// as one ("Da'el" -> "dael"), when an apostrophe joins any.
fn apostrophe_joined(text: &str, toks: &[Tok], i: usize, j: usize) -> Option<String> {
    let glued = |k: usize| {
        matches!(
            text.get(toks[k - 1].end..toks[k].start),
            Some("'" | "\u{2019}")
        )
    };
    if !(i + 1..=j).any(glued) {
        return None;
    }
    let mut out = String::new();
    for (k, tok) in toks.iter().enumerate().take(j + 1).skip(i) {
        if k > i && !glued(k) {
            out.push(' ');
        }
        out.push_str(&fold(text.get(tok.start..tok.end)?));
    }
    Some(out)
}

fn candidates(
    t: &Table,
    text: &str,
    lowered: &str,
    toks: &[Tok],
    scratch: &mut Scratch,
) -> Vec<Candidate> {
    let max_len = (t.max_words + 2).clamp(1, 8);
    let word = |k: usize| {
        toks.get(k)
            .and_then(|tk| text.get(tk.start..tk.end))
            .unwrap_or("")
    };
    // A span's key is its tokens' folds joined as `fold` would join them
    // (the gaps allowed inside a name fold to one space, or to nothing for a
    // lone dot: "U.S." → "us"), built once for all lengths from a start.
    // `spans`: (last token, key length, `key_hash` of the key so far) of
    // the spans from the current start; the hash is carried along as the
    // key grows rather than computed again for each span.
    let Scratch {
        buf, key, spans, ..
    } = scratch;
    // News text has a candidate every few dozen tokens: one allocation
    // instead of a series of regrowths.
    let mut out = Vec::with_capacity(toks.len() / 16 + 4);
    let mut i = 0;
    while i < toks.len() {
        let ti = toks[i];
        // Cheapest tests first: this runs for every lowercase word. The
        // byte test is `text.get(ti.end..ti.end + 1) == Some("-")` (an ASCII
        // byte is a whole char).
        let lead_article = !ti.cap
            && text.as_bytes().get(ti.end) == Some(&b'-')
            && toks.get(i + 1).is_some_and(|n| n.cap)
            && LEAD_ARTICLES.contains(&word(i));
        if !ti.cap && !lead_article {
            i += 1;
            continue;
        }
        if let Some((j, e)) = state_abbreviation(t, text, toks, i) {
            out.push(Candidate {
                start: ti.start,
                end: toks[j].end,
                ti: i,
                tj: j,
                entries: vec![(e, MatchQuality::Main)],
                demonym: None,
                contained: false,
            });
            i = j + 1;
            continue;
        }
        // The spans from `i` that may be names: every gap a short joiner,
        // every inner word capitalised or a connector, the last word
        // capitalised or glued by an apostrophe or hyphen ("Fada N'gourma",
        // "Ras al-ain").
        key.clear();
        spans.clear();
        let mut h = crate::data::FNV_OFFSET;
        // Whether the previous token may stand inside a name (capitalised
        // or a connector); `None`: not yet asked.
        let mut inner_ok = Some(true);
        for j in i..(i + max_len).min(toks.len()) {
            let mut glued_end = false;
            if j > i {
                let (from, to) = (toks[j - 1].end, toks[j].start);
                // One space, nearly always: tested on the bytes, without
                // slicing the text.
                let (joiner, spaced, glued) = if text.as_bytes().get(from..to) == Some(b" ") {
                    (true, true, false)
                } else {
                    gap_kind(text.get(from..to).unwrap_or(""))
                };
                let prev_ok = j - 1 == i
                    || inner_ok.unwrap_or_else(|| toks[j - 1].cap || is_connectors(word(j - 1)));
                if !joiner || !prev_ok {
                    break;
                }
                if spaced && !key.is_empty() {
                    key.push(' ');
                    h = crate::data::fnv_step(h, b' ');
                }
                glued_end = glued;
            }
            // A lowercase word that can neither end a name nor continue one
            // ends the search without being folded (the usual case).
            inner_ok = if j == i || toks[j].cap {
                Some(true)
            } else if glued_end {
                None
            } else if is_connectors(word(j)) {
                Some(true)
            } else {
                break;
            };
            let from = key.len();
            if toks[j].ascii {
                // A token is letters and digits only: nothing for `fold` to
                // drop or join, so its fold is its lowercase (this runs for
                // every word of every capitalised run).
                key.push_str(lowered.get(toks[j].start..toks[j].end).unwrap_or(""));
            } else {
                fold_into(word(j), buf);
                key.push_str(buf);
            }
            for &b in key.as_bytes().get(from..).unwrap_or(&[]) {
                h = crate::data::fnv_step(h, b);
            }
            if (toks[j].cap || glued_end) && !cut_before_apostrophe(text, toks, j) {
                spans.push((j, key.len(), h));
            }
        }
        let mut found = None;
        for &(j, klen, h) in spans.iter().rev() {
            let Some(key) = key.get(..klen) else {
                continue;
            };
            let entries: Vec<(u32, MatchQuality)> = t.hits_hashed(h).collect();
            let demonym = t.demonym_hashed(key, h);
            // "Canadian" is also a small town in Texas: a demonym wins over
            // anything but a country, division or large place of that name.
            let place_wins = || {
                entries.iter().any(|&(i, _)| {
                    t.entries
                        .get(i as usize)
                        .is_some_and(|e| e.kind != EntryKind::Place || e.population >= 1_000_000)
                })
            };
            // "Thai" is also an alternate name of Thailand: the same country
            // either way, and as an adjective it is a demonym.
            let same_country = demonym.is_some_and(|d| {
                entries
                    .iter()
                    .all(|&(i, q)| i == d || q != MatchQuality::Main)
                    && entries.iter().any(|&(i, _)| i == d)
            });
            // "Somali security forces": a demonym before a word for a
            // state's people or forces is the demonym, though a division
            // (Ethiopia's Somali region) shares it.
            let nationality_next = toks.get(j + 1).is_some_and(|n| {
                !n.cap && text.get(toks[j].end..n.start) == Some(" ") && {
                    let w = lower_tok(text, lowered, toks, j + 1);
                    is_nationality_nouns(&w) || matches!(&*w, "security" | "police")
                }
            });
            let no_country = || {
                !entries.iter().any(|&(i, _)| {
                    t.entries
                        .get(i as usize)
                        .is_some_and(|e| e.kind == EntryKind::Country)
                })
            };
            if demonym.is_some()
                && (!place_wins() || same_country || nationality_next && no_country())
            {
                found = Some((j, Vec::new(), demonym));
                break;
            }
            if !entries.is_empty() {
                found = Some((j, entries, None));
                break;
            }
        }
        // A name matched only through districts or article-stripped
        // alternates ("Hawija" = the Al-Hawija District's alternate) may be
        // a variant spelling of the town itself ("Al Hawijah"): add those.
        if let Some((j, entries, None)) = found.as_mut() {
            // So may one known only as a village's alternate ("Shajara" of
            // Jordan's Ash Shajarah) be Syria's Ash Shajarah.
            let weak = entries.iter().all(|&(e, q)| {
                q == MatchQuality::Stripped
                    || t.entries.get(e as usize).is_some_and(|x| {
                        x.feature == Feature::Admin2
                            || (q == MatchQuality::Alt
                                && x.kind == EntryKind::Place
                                && x.population < 100_000)
                    })
            });
            if weak && !ti.allcaps {
                let klen = spans
                    .iter()
                    .find(|(sj, _, _)| sj == j)
                    .map_or(0, |&(_, l, _)| l);
                if let Some(key) = key.get(..klen).filter(|k| k.len() >= 5) {
                    for e in t.variant_hits(key) {
                        if !entries.iter().any(|&(x, _)| x == e) {
                            entries.push((e, MatchQuality::Stripped));
                        }
                    }
                }
            }
        }
        // "N'Guigmi": a lone capital glued to a capitalised word is an
        // initial, not a shouted word.
        let shouting = ti.allcaps
            && !(ti.end - ti.start == 1
                && toks.get(i + 1).is_some_and(|n| {
                    !n.allcaps && matches!(text.get(ti.end..n.start), Some("'" | "\u{2019}"))
                }));
        // Only after a locative cue ("in", "near", "village of"): variants
        // of unknown capitalised words otherwise match people and firms.
        let after_locative = || {
            i > 0
                && text.as_bytes().get(toks[i - 1].end..ti.start) == Some(b" ")
                && is_locative_cues(&lower_tok(text, lowered, toks, i - 1))
        };
        if found.is_none() && !shouting && after_locative() {
            // No exact name: a transliteration variant ("Bulobarde" for
            // "Buulobarde", "Maarat al-Numan"), as a penalised match.
            for &(j, klen, _) in spans.iter().rev() {
                let Some(key) = key.get(..klen) else {
                    continue;
                };
                if key.len() < 5 || is_stop(&key) {
                    continue;
                }
                // "Da'el" is the gazetteer's "Dael": the apostrophe dropped
                // before any looser reading.
                if let Some(joined) = apostrophe_joined(text, toks, i, j) {
                    let entries: Vec<(u32, MatchQuality)> = t.hits(&joined).collect();
                    if !entries.is_empty() {
                        found = Some((j, entries, None));
                        break;
                    }
                }
                let entries: Vec<(u32, MatchQuality)> = t
                    .variant_hits(key)
                    .into_iter()
                    .map(|e| (e, MatchQuality::Stripped))
                    .collect();
                if !entries.is_empty() {
                    found = Some((j, entries, None));
                    break;
                }
            }
        }
        // "Dasht-e-Barchi", "Qala-e-Naw": a name that goes on through a
        // hyphenated connector ("-e-", "-i-", "-al-") is longer than any
        // match; its first word alone ("Dasht" in Iran, "Qala" in Malta) is
        // no reading of it.
        if let Some((j, _, _)) = found.as_ref() {
            if hyphen_connector_after(text, toks, *j) {
                found = None;
            }
        }

        // "in the town of Costa Rica": a town, though a country shares its
        // name; its town entries only, when it has any.
        if let Some((_, entries, None)) = found.as_mut() {
            let town_of = i >= 2
                && toks[i - 1].end <= ti.start
                && lower_tok(text, lowered, toks, i - 1).as_ref() == "of"
                && matches!(
                    lower_tok(text, lowered, toks, i - 2).as_ref(),
                    "town" | "village" | "city" | "hamlet" | "settlement"
                );
            let is_place = |e: u32| {
                t.entries
                    .get(e as usize)
                    .is_some_and(|x| x.kind == EntryKind::Place)
            };
            if town_of && entries.iter().any(|&(e, _)| is_place(e)) {
                entries.retain(|&(e, _)| is_place(e));
            }
        }
        match found {
            Some((j, entries, demonym)) => {
                out.push(Candidate {
                    start: ti.start,
                    end: toks[j].end,
                    ti: i,
                    tj: j,
                    entries,
                    demonym,
                    contained: false,
                });
                i = j + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// Whether token `j` is followed, without spaces, by a hyphen, a
/// connector and another hyphen and word: "Dasht" in "Dasht-e-Barchi".
/// Whether a name with `before` and `after` it is joined to a capitalised
/// word by an Arabic article ("Ain al-Asad" after, "Ras al-Ain" before),
/// and the first four letters of that word, lower-cased.
fn article_joined(before: &str, after: &str) -> Option<[u8; 4]> {
    const ARTICLES: &[&str] = &[
        "al", "el", "ad", "ar", "as", "ash", "an", "at", "az", "ul", "ud",
    ];
    let stem = |w: &str| {
        let mut k = [0u8; 4];
        for (d, b) in k.iter_mut().zip(w.bytes()) {
            *d = b.to_ascii_lowercase();
        }
        k
    };
    let next = after.strip_prefix(' ').and_then(|r| {
        let (art, rest) = r.split_once('-')?;
        (ARTICLES.contains(&art) && rest.starts_with(|c: char| c.is_uppercase()))
            .then(|| stem(rest))
    });
    next.or_else(|| {
        let b = before.strip_suffix('-')?;
        let (head, art) = b.rsplit_once(' ')?;
        let word = head.rsplit(' ').next()?;
        (ARTICLES.contains(&art) && word.starts_with(|c: char| c.is_uppercase()))
            .then(|| stem(word))
    })
}

fn hyphen_connector_after(text: &str, toks: &[Tok], j: usize) -> bool {
    let (Some(t), Some(c), Some(n)) = (toks.get(j), toks.get(j + 1), toks.get(j + 2)) else {
        return false;
    };
    let glued = |a: usize, b: usize| matches!(text.get(a..b), Some("-" | "\u{2011}"));
    glued(t.end, c.start)
        && glued(c.end, n.start)
        && !c.cap
        && text
            .get(c.start..c.end)
            .is_some_and(|w| is_connectors(w) || matches!(w, "ye" | "ul" | "ud" | "o"))
}

/// What the words around a candidate say about it.
#[derive(Debug, Default)]
struct Cues {
    locative_before: bool,
    admin_suffix: bool,
    metonym_after: bool,
    org_after: bool,
    sentence_initial: bool,
    /// "US forces": the country name used as an adjective of nationality.
    nationality: bool,
    /// "against X", "by X", "urged X": X acts or is acted upon as a state.
    metonym_before: bool,
    /// "China's lies": possessed by the state. Only decides the role, not
    /// where the article is set, since GEO_OWNED cannot be exhaustive.
    possessive_actor: bool,
    /// "Russia's mission", "Britain's decision": an institutional noun
    /// (ACTOR_NOUNS) possessed; strong enough to override a locative cue.
    possessive_institution: bool,
    /// Capitalised words glued to the name on either side ("Michael Jordan").
    cap_neighbour: bool,
    single_token: bool,
    /// "Ain al-Asad", "Ras al-Ain": joined by an Arabic article to a
    /// capitalised word, the name is part of a longer one; the first
    /// letters of that word, lower-cased (an entry whose own name holds
    /// them, "Abasan al Kabirah" for "Abasan al-Kabira", is that name).
    article_joined: Option<[u8; 4]>,
    allcaps: bool,
    /// A title before ("Mr", "Gen.") or a speech verb after ("Kelly said"),
    /// or elsewhere in the article the word is part of a longer name ("John
    /// Kelly"): the name is likely a person's.
    person: bool,
    /// The word also occurs in lowercase in the article (a common word).
    lowercase_elsewhere: bool,
    /// A street word follows ("Haifa Street"): the street, not the place.
    street: bool,
    /// Hyphenated to a capitalised word ("Mayo-Sava"): part of a longer name.
    hyphen_cap: bool,
    /// Part of a building's or institution's name (`FACILITY_HEADS`).
    facility: bool,
    /// After "St" or "Saint" that the name did not match with ("St
    /// Patrick's" church is not Patrick on the Isle of Man).
    saint: bool,
    /// The institution's head is followed by the place it stands in
    /// ("Robinson College Cambridge"): this name is not a place.
    namesake: bool,
    /// See `Candidate::contained`.
    contained: bool,
    /// "atop the Mesa", "the Chartres/Franklin intersection": after "the"
    /// and not modifying a common noun after it.
    the_head: bool,
    /// Right after "the", whatever follows ("the Shangani district").
    the_before: bool,
    /// "across the Dnipro", "along the Niger": a river, however large the
    /// town named after it.
    river_crossed: bool,
    /// Followed by "neighbourhood", "quarter", "suburb" or "district".
    quarter_after: bool,
    /// "Bains and Grants Town": joined by "and" to a capitalised run of
    /// several words the gazetteer does not know, it is part of that name.
    and_unknown: bool,
    /// "Mississippi River": a river named after the division or country.
    river: bool,
    /// "Salt + Smoke": a business's name.
    plus: bool,
    /// The name is a stop word; `Some(true)` for those that are places after
    /// a locative cue (`STOP_BUT_PLACE`).
    stop: Option<bool>,
}

/// Words before a name that make it a person's.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "president",
    "gen",
    "general",
    "sen",
    "senator",
    "rep",
    "gov",
    "governor",
    "judge",
    "justice",
    "officer",
    "sgt",
    "sergeant",
    "capt",
    "captain",
    "coach",
    "minister",
    "pope",
    "prof",
    "professor",
    "lt",
    "col",
    "colonel",
    "chief",
    "king",
    "queen",
    "prince",
    "princess",
    "sheikh",
    "maj",
    "major",
    "cpl",
    "pvt",
    "det",
    "detective",
    "mayor",
    "secretary",
    "spokesman",
    "spokeswoman",
    "commander",
    "brig",
    "adm",
    "admiral",
    "rev",
    "reverend",
    "father",
    "sister",
    "brother",
    "uncle",
    "aunt",
    "son",
    "daughter",
    "wife",
    "husband",
    "mother",
    "actor",
    "actress",
    "singer",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "manager",
    "director",
    "ceo",
    "chairman",
    "founder",
    "author",
    "writer",
];

/// Verbs after a name that make it a person's ("Kelly said").
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "wrote",
    "tweeted",
    "explained",
    "noted",
    "recalled",
    "admitted",
    "replied",
    "asked",
    "stated",
    "testified",
    "posted",
];

/// Month and weekday names: in news text they are dates, neither places nor
/// parts of a name, so both `STOPLIST` and `FUNCTION_WORDS` take them in.
const CALENDAR_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Function words that may stand capitalised next to a name without making it
/// part of a longer proper name ("LONDON The Latest", "With Samos").
const FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "of",
    "for",
    "from",
    "to",
    "with",
    "by",
    "and",
    "but",
    "or",
    "as",
    "after",
    "before",
    "since",
    "while",
    "when",
    "where",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "are",
    "is",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "if",
    "so",
    "not",
    "no",
    "all",
    "some",
    "more",
    "most",
    "many",
    "one",
    "two",
    "three",
    "last",
    "next",
    "first",
    "published",
    "updated",
    "posted",
    "photo",
    "video",
    "reuters",
    "ap",
    "afp",
    "said",
    "says",
];

/// The listed words and their list bits, open-addressed by a hash of a
/// word's first eight bytes and length: one multiplication instead of FNV
/// over every byte plus a hashbrown probe (a dozen words are asked about per
/// candidate, and every lowercase word after a capitalised one).
struct WordTable {
    /// ("", 0) marks an empty slot; no list holds "".
    slots: Vec<(&'static str, u32)>,
    /// log2 of `slots.len()`.
    bits: u32,
}

impl WordTable {
    fn new(words: HashMap<&'static str, u32, FnvBuild>) -> WordTable {
        // At most a quarter full, so that probes stay short and end.
        let bits = (usize::BITS - (words.len() * 4).leading_zeros()).clamp(4, 20);
        let mut table = WordTable {
            slots: vec![("", 0); 1 << bits],
            bits,
        };
        for (w, class) in words.into_iter().filter(|(w, _)| !w.is_empty()) {
            let mask = table.slots.len() - 1;
            let mut i = table.slot(w);
            while table.slots.get(i).is_some_and(|s| !s.0.is_empty()) {
                i = (i + 1) & mask;
            }
            if let Some(s) = table.slots.get_mut(i) {
                *s = (w, class);
            }
        }
        table
    }

    fn slot(&self, w: &str) -> usize {
        let b = w.as_bytes();
        let mut head = [0u8; 8];
        let n = b.len().min(8);
        if let (Some(dst), Some(src)) = (head.get_mut(..n), b.get(..n)) {
            dst.copy_from_slice(src);
        }
        let x = u64::from_le_bytes(head) ^ (b.len() as u64).rotate_right(7);
        (x.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - self.bits)) as usize
    }

    fn get(&self, w: &str) -> u32 {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(w);
        while let Some(&(k, class)) = self.slots.get(i) {
            if k.is_empty() {
                return 0;
            }
            if k == w {
                return class;
            }
            i = (i + 1) & mask;
        }
        0
    }
}

/// The word lists in one map, word → one bit per list holding it, so that
/// a word asked about several lists (the neighbours of every candidate are
/// asked about a dozen) is hashed and looked up once: see [`word_class`].
macro_rules! word_classes {
    ($($f:ident, $bit:ident => [$($list:ident),+]),* $(,)?) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        enum ClassIndex { $($bit),* }
        $( const $bit: u32 = 1 << (ClassIndex::$bit as u32); )*

        /// The bits of the lists that hold `w` (0 for none).
        fn word_class(w: &str) -> u32 {
            static TABLE: std::sync::OnceLock<WordTable> = std::sync::OnceLock::new();
            TABLE
                .get_or_init(|| {
                    let mut m: HashMap<&'static str, u32, FnvBuild> = HashMap::default();
                    $( $( for &w in $list { *m.entry(w).or_insert(0) |= $bit; } )+ )*
                    WordTable::new(m)
                })
                .get(w)
        }

        $(
            // Some lists are only asked through `word_class` bits.
            #[allow(dead_code)]
            fn $f(w: &str) -> bool {
                word_class(w) & $bit != 0
            }
        )*
    };
}

word_classes! {
    is_agent_modals, AGENT_MODALS_C => [AGENT_MODALS],
    is_metonym_verbs, METONYM_VERBS_C => [METONYM_VERBS],
    is_agent_verbs, AGENT_VERBS_C => [AGENT_VERBS],
    is_agent_verbs_more, AGENT_VERBS_MORE_C => [AGENT_VERBS_MORE],
    is_relation_nouns, RELATION_NOUNS_C => [RELATION_NOUNS],
    is_from_actor_nouns, FROM_ACTOR_NOUNS_C => [FROM_ACTOR_NOUNS],
    is_on_actor_nouns, ON_ACTOR_NOUNS_C => [ON_ACTOR_NOUNS],
    is_geo_owned, GEO_OWNED_C => [GEO_OWNED],
    is_agent_fillers, AGENT_FILLERS_C => [AGENT_FILLERS],
    is_connectors, CONNECTORS_C => [CONNECTORS],
    is_titles, TITLES_C => [TITLES],
    is_locative_cues, LOCATIVE_CUES_C => [LOCATIVE_CUES],
    is_metonym_before, METONYM_BEFORE_C => [METONYM_BEFORE],
    is_admin_suffixes, ADMIN_SUFFIXES_C => [ADMIN_SUFFIXES],
    is_nationality_nouns, NATIONALITY_NOUNS_C => [NATIONALITY_NOUNS],
    is_actor_nouns, ACTOR_NOUNS_C => [ACTOR_NOUNS],
    is_speech_verbs, SPEECH_VERBS_C => [SPEECH_VERBS],
    is_metonym_hyphen, METONYM_HYPHEN_C => [METONYM_HYPHEN],
    is_org_suffixes, ORG_SUFFIXES_C => [ORG_SUFFIXES],
    is_street_words, STREET_WORDS_C => [STREET_WORDS],
    is_place_heads, PLACE_HEADS_C => [PLACE_HEADS],
    is_stop_but_place, STOP_BUT_PLACE_C => [STOP_BUT_PLACE],
    is_stop_word, STOP_C => [STOPLIST, CALENDAR_WORDS],
    is_function_word_str, FUNCTION_C => [FUNCTION_WORDS, CALENDAR_WORDS],
}

/// Membership in `FACILITY_HEADS`, in any case, without lowercasing (asked
/// for the capitalised word after most candidates).
fn facility_head(w: &str) -> bool {
    (4..=10).contains(&w.len())
        && matches!(
            w.as_bytes().first().map(|b| b | 0x20),
            Some(b'a' | b'c' | b'h' | b'm' | b'p' | b's' | b'u')
        )
        && FACILITY_HEADS.iter().any(|h| h.eq_ignore_ascii_case(w))
}

/// Membership in `STREET_WORDS`, with their first letters and lengths
/// checked before hashing: asked for the word after every candidate.
fn street_word(w: &str) -> bool {
    w.len() <= 9
        && matches!(
            w.as_bytes().first(),
            Some(b's' | b'a' | b'r' | b'b' | b'l' | b'd' | b'h' | b'p')
        )
        && is_street_words(w)
}

/// Membership in `STOPLIST` or `CALENDAR_WORDS` (asked for every candidate).
fn is_stop(w: &&str) -> bool {
    is_stop_word(w)
}

fn is_function_word(w: &&str) -> bool {
    is_function_word_str(w)
}

/// The bit of an ASCII byte's lowercase (modulo 64) in a first-letter filter.
fn first_bit(b: u8) -> u64 {
    1u64 << (b.to_ascii_lowercase() & 63)
}

/// FNV-1a of `w` in lowercase, without allocating for ASCII words.
fn lower_hash(w: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    if w.is_ascii() {
        w.bytes().for_each(|b| eat(b.to_ascii_lowercase()));
    } else {
        w.to_lowercase().bytes().for_each(eat);
    }
    h
}

/// What the whole article says about words that are also small places.
/// Only the words in `wanted` (lowercase hashes of one-word candidates) are
/// recorded: the rest of the article's words are never asked about.
#[derive(Debug, Default)]
struct DocWords {
    /// Words seen glued to another capitalised word ("John Kelly", "Donald
    /// Trump"): a person's first or last name somewhere in the article.
    /// Sorted, each once.
    name_parts: Vec<u64>,
    /// Words seen in lowercase: common words ("commerce", "industry").
    /// Sorted, each once.
    lower: Vec<u64>,
}

impl DocWords {
    fn new(
        text: &str,
        lowered: &str,
        toks: &[Tok],
        wanted: &[u64],
        (wanted_lengths, wanted_firsts): (u64, u64),
        (mut name_parts, mut lower): (Vec<u64>, Vec<u64>),
    ) -> DocWords {
        name_parts.clear();
        lower.clear();
        let mut d = DocWords { name_parts, lower };
        if wanted.is_empty() {
            return d;
        }
        // `wanted` is sorted.
        let wanted = |h: &u64| wanted.binary_search(h).is_ok();
        let word = |k: usize| {
            toks.get(k)
                .and_then(|t| text.get(t.start..t.end))
                .unwrap_or("")
        };
        // Byte lengths of the wanted words (bit 63: 63 or longer), so that
        // most words are passed over without hashing.
        let len_bit = |w: &str| 1u64 << w.len().min(63);
        let lengths = wanted_lengths;
        // A word whose first byte is ASCII lowercases to a word starting
        // with that byte in lowercase: if no wanted word starts so, it is
        // passed over without hashing. Other first bytes are always hashed.
        let may_start_wanted = |start: usize| match text.as_bytes().get(start) {
            Some(&b) if b.is_ascii() => wanted_firsts & first_bit(b) != 0,
            _ => true,
        };
        for (k, t) in toks.iter().enumerate() {
            if !t.cap {
                // Tokens lie on char boundaries of `text`: the length of
                // `word(k)` without slicing it (this runs for every word).
                if lengths & (1u64 << t.end.saturating_sub(t.start).min(63)) == 0 {
                    continue;
                }
                if !may_start_wanted(t.start) {
                    continue;
                }
                let h = lower_hash(word(k));
                if wanted(&h) {
                    d.lower.push(h);
                }
                continue;
            }
            let Some(n) = toks.get(k + 1) else { continue };
            if !n.cap || t.allcaps || n.allcaps || text.get(t.end..n.start) != Some(" ") {
                continue;
            }
            if lengths & (len_bit(word(k)) | len_bit(word(k + 1))) == 0 {
                continue;
            }
            if !may_start_wanted(t.start) && !may_start_wanted(n.start) {
                continue;
            }
            let (ha, hb) = (lower_hash(word(k)), lower_hash(word(k + 1)));
            if !wanted(&ha) && !wanted(&hb) {
                continue;
            }
            let (a, b) = (
                lower_tok(text, lowered, toks, k),
                lower_tok(text, lowered, toks, k + 1),
            );
            let (a, b): (&str, &str) = (&a, &b);
            if is_function_word(&a) || is_function_word(&b) {
                continue;
            }
            if is_stop(&a) || is_stop(&b) {
                // "President Kelly", "Kelly Police": titles and institutions
                // mark the other word as a name part too.
                if is_titles(a) {
                    d.name_parts.push(hb);
                }
                continue;
            }
            // "Liverpool Academy", "Riverdale Area": a place's name before an
            // institution or a feature is not a person's.
            if !is_place_heads(b) && !is_org_suffixes(b) {
                d.name_parts.push(ha);
            }
            d.name_parts.push(hb);
        }
        d.name_parts.sort_unstable();
        d.name_parts.dedup();
        d.lower.sort_unstable();
        d.lower.dedup();
        d
    }
}

impl Cues {
    fn around(text: &str, lowered: &str, toks: &[Tok], c: &Candidate) -> Cues {
        let word = |k: usize| {
            toks.get(k)
                .and_then(|tk| text.get(tk.start..tk.end))
                .unwrap_or("")
        };
        let word_lc = |k: usize| lower_tok(text, lowered, toks, k);
        let mut cues = Cues {
            single_token: c.ti == c.tj,
            allcaps: (c.ti..=c.tj).all(|k| toks.get(k).is_some_and(|t| t.allcaps)),
            ..Cues::default()
        };
        let before = text.get(..c.start).unwrap_or("");
        cues.article_joined = article_joined(before, text.get(c.end..).unwrap_or(""));
        let trimmed = before.trim_end_matches([' ', '"', '\u{201c}', '\'', '(', '\u{2018}']);
        cues.sentence_initial = trimmed.is_empty()
            || trimmed.ends_with(['.', '!', '?', ':', '\n', ';'])
            || before.ends_with('\n');
        // "near Al-Mazraa" read from "Mazraa": the article glued before
        // is part of the name, and the cue stands before the article.
        let article_led = c.ti >= 2
            && matches!(
                toks.get(c.ti - 1).and_then(|p| text.get(p.end..c.start)),
                Some("-" | "\u{2011}")
            )
            && toks[c.ti - 1].cap
            && matches!(
                &*lower_tok(text, lowered, toks, c.ti - 1),
                "al" | "el" | "ad" | "ar" | "as" | "ash" | "at" | "az" | "an"
            )
            && text.get(toks[c.ti - 2].end..toks[c.ti - 1].start) == Some(" ");
        let lead = if article_led { c.ti - 1 } else { c.ti };
        let lead_start = toks.get(lead).map_or(c.start, |t| t.start);
        if lead > 0 {
            let prev = lower_tok(text, lowered, toks, lead - 1);
            let prev: &str = &prev;
            let prev_class = word_class(prev);
            let gap = toks
                .get(lead - 1)
                .and_then(|p| text.get(p.end..lead_start))
                .unwrap_or("");
            let close = gap == " " || gap.trim().is_empty() || gap.trim() == "-";
            // "Mayo-Sava": the second part of a hyphenated name.
            cues.hyphen_cap |= matches!(gap, "-" | "\u{2011}") && toks[lead - 1].cap;
            // "the District Reserve Guard": a capitalised locative noun
            // inside a longer proper name locates nothing.
            let inside_name = toks[lead - 1].cap
                && matches!(
                    prev,
                    "district"
                        | "province"
                        | "region"
                        | "village"
                        | "town"
                        | "city"
                        | "county"
                        | "state"
                        | "governorate"
                        | "zone"
                        | "department"
                        | "area"
                )
                && toks.get(c.tj + 1).is_some_and(|n| {
                    n.cap
                        && text.get(c.end..n.start) == Some(" ")
                        && word_class(&lower_tok(text, lowered, toks, c.tj + 1))
                            & (ADMIN_SUFFIXES_C | FUNCTION_C)
                            == 0
                });
            if close && prev_class & LOCATIVE_CUES_C != 0 && !inside_name {
                cues.locative_before = true;
            }
            if gap == " " && prev == "the" {
                // "the Samos hotspot", "the Nelson office", "the
                // Manbij-based council": the article belongs to the noun
                // the name modifies.
                // ("in the Old City on Monday": "on" modifies nothing).
                let modifier = toks.get(c.tj + 1).is_some_and(|n| {
                    !n.cap
                        && matches!(text.get(c.end..n.start), Some(" " | "-"))
                        && word_class(&lower_tok(text, lowered, toks, c.tj + 1)) & FUNCTION_C == 0
                });
                cues.the_head = !modifier;
                cues.the_before = true;
                // "Across the Dnipro", "along the Niger": a river.
                cues.river_crossed = !modifier
                    && lead >= 2
                    && matches!(
                        lower_tok(text, lowered, toks, lead - 2).as_ref(),
                        "across" | "along" | "beyond" | "crossed" | "crossing"
                    );
            }
            if matches!(gap, " " | ". ")
                && toks[lead - 1].cap
                && matches!(prev, "st" | "saint" | "ste" | "sainte")
            {
                cues.saint = true;
            }
            // "the Mall of Asia".
            if prev == "of"
                && gap == " "
                && lead >= 2
                && toks[lead - 2].cap
                && facility_head(word(lead - 2))
            {
                cues.facility = true;
            }
            if prev_class & TITLES_C != 0 && matches!(gap, " " | ". ") {
                cues.person = true;
            }
            // "the Embassy of the Republic of Armenia in the Holy See": the
            // state owns the mission, the place after "in" holds it.
            if matches!(prev, "of" | "the") {
                let mut k = lead;
                let mut owner = false;
                while k > 0 && lead - k < 5 {
                    k -= 1;
                    let w = word(k);
                    if matches!(w, "Embassy" | "Consulate" | "embassy" | "consulate") {
                        owner = true;
                        break;
                    }
                    if !(toks[k].cap || matches!(w, "of" | "the")) {
                        break;
                    }
                }
                let in_place = word(c.tj + 1) == "in"
                    && toks
                        .get(c.tj + 2)
                        .is_some_and(|t2| t2.cap || word(c.tj + 2) == "the");
                if owner && in_place {
                    cues.namesake = true;
                }
            }
            // "sanctions against Iran", "a campaign by Turkey", "urged China".
            let prev2 = if lead >= 2 {
                lower_tok(text, lowered, toks, lead - 2)
            } else {
                Lower::Borrowed("")
            };
            let prev2: &str = &prev2;
            if close
                && (prev_class & METONYM_BEFORE_C != 0
                    || (prev == "the" && is_metonym_before(prev2)))
            {
                cues.metonym_before = true;
            }
            // "talks between Iran and", "relations with the United States",
            // "backing from Washington", "pressure on Georgia": the
            // preposition alone is locative or neutral, the noun before it
            // makes the name a party.
            let skip = usize::from(matches!(prev, "the" | "both") && lead >= 2);
            if close && lead > skip + 1 {
                let prep = word_lc(lead - 1 - skip);
                let noun = word_lc(lead - 2 - skip);
                let party = match prep.as_ref() {
                    "between" | "with" => is_relation_nouns(noun.as_ref()),
                    "from" => is_from_actor_nouns(noun.as_ref()),
                    "on" => is_on_actor_nouns(noun.as_ref()),
                    _ => false,
                };
                // "the need for Malta to defend itself".
                let for_to = prep == "for"
                    && c.tj + 2 < toks.len()
                    && word_lc(c.tj + 1) == "to"
                    && toks.get(c.tj + 2).is_some_and(|t| !t.cap)
                    && toks.get(c.tj + 1).and_then(|t| text.get(c.end..t.start)) == Some(" ");
                if party || for_to {
                    cues.metonym_before = true;
                }
                // "between" locates only when no relation noun heads it.
                if party && prep == "between" {
                    cues.locative_before = false;
                }
            }
            // A capitalised word before the name makes it part of a longer
            // proper name ("Michael Jordan"), unless that word merely starts
            // the sentence or is a function word ("With Samos's economy").
            let prev_start = toks[lead - 1].start;
            // Asked last: it scans back over the text.
            let prev_initial = || {
                let before = text.get(..prev_start).unwrap_or("");
                let tr = before.trim_end_matches([' ', '"', '\u{201c}', '\'', '(', '\u{2018}']);
                tr.is_empty() || tr.ends_with(['.', '!', '?', ':', '\n', ';'])
            };
            if gap == " "
                && toks[lead - 1].cap
                && !cues.sentence_initial
                && prev_class & FUNCTION_C == 0
                && !prev_initial()
            {
                cues.cap_neighbour = true;
            }
        }
        if let Some(next) = toks.get(c.tj + 1) {
            let gap = text.get(c.end..next.start).unwrap_or("");
            let nw = word(c.tj + 1);
            let nl = lower_tok(text, lowered, toks, c.tj + 1);
            let nl: &str = &nl;
            let nl_class = word_class(nl);
            // Some lists are asked about the word as written.
            let nw_class = if nw == nl { nl_class } else { word_class(nw) };
            if gap == " " && nl_class & ADMIN_SUFFIXES_C != 0 {
                cues.admin_suffix = true;
            }
            if gap == " "
                && matches!(
                    nl,
                    "neighbourhood" | "neighborhood" | "quarter" | "suburb" | "district"
                )
            {
                cues.quarter_after = true;
            }
            // "Royal Street", "Bourbon and Dauphine streets".
            let and_street = || {
                nl == "and"
                    && toks.get(c.tj + 2).is_some_and(|tk| tk.cap)
                    && toks
                        .get(c.tj + 2)
                        .zip(toks.get(c.tj + 3))
                        .is_some_and(|(a, b)| {
                            text.get(a.end..b.start) == Some(" ")
                                && street_word(lower_tok(text, lowered, toks, c.tj + 3).as_ref())
                        })
            };
            // "the Druzhba oil pipeline".
            let fuel_line = || {
                matches!(nl, "oil" | "gas")
                    && toks.get(c.tj + 2).is_some_and(|t2| {
                        text.get(next.end..t2.start) == Some(" ")
                            && lower_tok(text, lowered, toks, c.tj + 2).starts_with("pipeline")
                    })
            };
            if gap == " " && (street_word(nl) || and_street() || fuel_line()) {
                cues.street = true;
            }
            cues.river = gap == " " && nw == "River";
            cues.hyphen_cap |= matches!(gap, "-" | "\u{2011}") && next.cap && !next.allcaps;
            cues.plus = gap == " + " && next.cap;
            if gap == " " && !next.cap && nw_class & METONYM_VERBS_C != 0 {
                cues.metonym_after = true;
            }
            // "The U.S. has expelled": the name's own final period stands
            // in the gap.
            let abbreviation = gap == ". "
                && text
                    .get(c.start..c.end)
                    .is_some_and(|s| s.contains('.') && !s.ends_with('.'));
            if (gap == " " || abbreviation)
                && !next.cap
                && agent_after(text, lowered, toks, c.tj + 1)
            {
                cues.metonym_after = true;
            }
            // "Russia's concern", "Tunisia's decisions": the state as an actor.
            if matches!(gap, "'" | "\u{2019}") && nl == "s" {
                let owned = lower_tok(text, lowered, toks, c.tj + 2);
                let owned: &str = &owned;
                if is_nationality_nouns(owned) {
                    // "Iraq's army": who, not where.
                    cues.nationality = true;
                } else if is_actor_nouns(owned) {
                    cues.metonym_after = true;
                    cues.possessive_institution = true;
                } else {
                    // Any other possession ("China's lies", "Iran's non-oil
                    // exports") is the state's, unless a word of geography
                    // or of a place name follows ("Syria's north", "Iraq's
                    // second city", "Syria's Idlib province").
                    let geo = (c.tj + 2..c.tj + 4).any(|k| {
                        toks.get(k).is_some_and(|tk| tk.cap) || is_geo_owned(word_lc(k).as_ref())
                    });
                    cues.possessive_actor = !geo;
                }
            }
            if gap == " " && nw_class & SPEECH_VERBS_C != 0 {
                cues.person = true;
            }
            if matches!(gap, " " | ". ") && !next.cap && nw_class & NATIONALITY_NOUNS_C != 0 {
                cues.nationality = true;
            }
            if (gap == "-" || gap == "\u{2011}") && nl_class & METONYM_HYPHEN_C != 0 {
                cues.metonym_after = true;
            }
            // "St Paul's Cathedral", "Queen's College".
            if matches!(gap, "'" | "\u{2019}") && nl == "s" {
                let head = toks.get(c.tj + 2).is_some_and(|t2| {
                    t2.cap
                        && text.get(next.end..t2.start) == Some(" ")
                        && facility_head(word(c.tj + 2))
                });
                if head {
                    cues.facility = true;
                }
            }
            // "Doctors at Madina hospital": a lowercase head names a
            // facility just the same, for the kinds named after people and
            // holy places ("Kabul airport", "Kandahar prison" take their
            // city's name and stand in it).
            if gap == " "
                && !next.cap
                && matches!(
                    nl,
                    "hospital" | "clinic" | "school" | "college" | "mosque" | "church"
                )
            {
                cues.facility = true;
            }
            if gap == " " && next.cap {
                // "Windsor Castle", "Northwestern Memorial Hospital".
                let head_after = || {
                    toks.get(c.tj + 2).is_some_and(|t2| {
                        t2.cap
                            && text.get(next.end..t2.start) == Some(" ")
                            && facility_head(word(c.tj + 2))
                    })
                };
                if facility_head(nl) || head_after() {
                    cues.facility = true;
                }
                if nl_class & ORG_SUFFIXES_C != 0 {
                    cues.org_after = true;
                } else if nl_class & (ADMIN_SUFFIXES_C | FUNCTION_C) == 0 {
                    cues.cap_neighbour = true;
                }
            }
        }
        cues
    }
}

/// Population for resolution: GeoNames leaves many district and province
/// seats in conflict zones at 0 (Al Hawijah, Maarrat an Numan), yet a seat
/// is a town of some size, so those count as 5,000; a subdistrict's seat
/// (Taftanaz, Markadah) as a small town, 1,000.
fn seat_population(e: &Entry) -> u64 {
    match e.feature {
        Feature::Admin1Seat | Feature::Admin2Seat if e.population == 0 => 5_000,
        Feature::Admin3Seat if e.population == 0 => 1_000,
        _ => e.population,
    }
}

/// `(n as f32).log10()`, remembered per thread for recent values: the same
/// entries are scored again and again in an article (and twice in a
/// second reading), and `log10f` was a third of `score`.
fn log10_population(n: u64) -> f32 {
    const SLOTS: usize = 256;
    thread_local! {
        static MEMO: std::cell::RefCell<[(u64, f32); SLOTS]> =
            const { std::cell::RefCell::new([(u64::MAX, 0.0); SLOTS]) };
    }
    let compute = || (n as f32).log10();
    // The empty slots' key.
    if n == u64::MAX {
        return compute();
    }
    let slot = (n.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 56) as usize % SLOTS;
    MEMO.try_with(|m| {
        let Ok(mut m) = m.try_borrow_mut() else {
            return compute();
        };
        match m.get(slot) {
            Some(&(k, v)) if k == n => v,
            _ => {
                let v = compute();
                if let Some(x) = m.get_mut(slot) {
                    *x = (n, v);
                }
                v
            }
        }
    })
    .unwrap_or_else(|_| compute())
}

/// Score of one entry for a name, before the choice among entries;
/// `country_terms` are the context's country weight and dominance for the
/// entry's country.
#[allow(clippy::too_many_arguments)]
fn score(
    t: &Table,
    e: &Entry,
    q: MatchQuality,
    ctx: &Weights<&str>,
    cues: &Cues,
    tune: &Tuning,
    support: Option<(&DocSupport, Name)>,
    country_terms: (f32, f32),
) -> f32 {
    let pop = tune.pop_weight * log10_population(seat_population(e).max(1));
    let mut s = match e.kind {
        EntryKind::Country => pop.max(5.0 * tune.pop_weight) + 3.0,
        // GeoNames rarely carries admin1 populations; treat them as large.
        EntryKind::Admin1 => pop.max(5.5 * tune.pop_weight) + tune.admin1_base,
        EntryKind::Place => {
            pop + match e.feature {
                Feature::Capital => tune.capital_bonus,
                Feature::Admin1Seat => tune.admin1_seat_bonus,
                Feature::Admin2Seat => 0.4,
                // A district shares its seat's name and counts its whole
                // population; reports naming the bare name mostly mean the town.
                Feature::Admin2 => -tune.admin2_penalty,
                // Curated areas are what their name means in news ("the
                // Atlantic", "Sahel"), not the village that shares it.
                Feature::Area => 3.0,
                Feature::Admin3Seat | Feature::Other => 0.0,
            }
        }
    };
    s -= match q {
        MatchQuality::Main => 0.0,
        MatchQuality::Alt if e.kind == EntryKind::Country => 0.0,
        MatchQuality::Alt => tune.alt_penalty,
        MatchQuality::Stripped => 2.0 * tune.alt_penalty,
    };
    let (country_weight, dominance) = country_terms;
    let mut country = tune.country_bonus * country_weight;
    s += tune.dominance_bonus * dominance;
    // A division is only ever recorded with its country: none of an
    // unnamed country's divisions can be in the context.
    let mut admin1 = match t.admin1_name(e) {
        Some(a) if country_weight > 0.0 => tune.admin1_bonus * ctx.admin1_weight(e.cc(), a),
        _ => 0.0,
    };
    // The whole article's names are a superset of those read so far: their
    // support replaces the reading-order weight when larger, never adds to it.
    if let Some((support, own)) = support {
        admin1 = admin1.max(tune.doc_admin1_bonus * saturate(support.count(e, own)));
        if tune.doc_country_bonus > 0.0 {
            let n = support.count_country(e.cc_code(), own);
            country = country.max(tune.doc_country_bonus * saturate(n));
        }
    }
    s += country + admin1;
    if cues.admin_suffix && e.kind == EntryKind::Admin1 {
        s += 4.0;
    }
    s
}

/// The best entry and its margin over the runner-up (large when unopposed).
fn resolve(
    t: &Table,
    entries: &[(u32, MatchQuality)],
    ctx: &Weights<&str>,
    cues: &Cues,
    tune: &Tuning,
    support: Option<(&DocSupport, Name)>,
) -> Option<(u32, f32)> {
    let mut best: Option<(u32, f32)> = None;
    let mut second = f32::NEG_INFINITY;
    // A homonym's entries crowd into few countries ("Riverdale" seven times
    // in the US): each country's context weights are looked up once.
    // Keyed by `Entry::cc_code`: two bytes compared, not two strings.
    let mut memo: [(u16, (f32, f32)); 8] = [(0, (0.0, 0.0)); 8];
    let mut memo_len = 0;
    for &(i, q) in entries {
        let Some(e) = t.entries.get(i as usize) else {
            continue;
        };
        let code = e.cc_code();
        let known = memo
            .get(..memo_len)
            .and_then(|m| m.iter().find(|(c, _)| *c == code))
            .map(|&(_, w)| w);
        let terms = match known {
            Some(w) => w,
            None => {
                let cc = e.cc();
                let w = (ctx.country_weight(cc), ctx.dominance(cc));
                if let Some(slot) = memo.get_mut(memo_len) {
                    *slot = (code, w);
                    memo_len += 1;
                }
                w
            }
        };
        let s = score(t, e, q, ctx, cues, tune, support, terms);
        match best {
            Some((_, bs)) if s <= bs => second = second.max(s),
            Some((_, bs)) => {
                second = bs;
                best = Some((i, s));
            }
            None => best = Some((i, s)),
        }
    }
    let best = best.map(|(i, s)| (city_for_division(t, entries, i, cues), s));
    best.map(|(i, s)| (i, if second.is_finite() { s - second } else { 5.0 }))
}

/// "New York", "Basra": a bare name shared by a division and the large city
/// that dominates it means the city in news (the division's larger
/// population wins the score); "Basra province" keeps the division.
fn city_for_division(t: &Table, entries: &[(u32, MatchQuality)], best: u32, cues: &Cues) -> u32 {
    let Some(d) = t.entries.get(best as usize) else {
        return best;
    };
    if d.kind != EntryKind::Admin1 || cues.admin_suffix {
        return best;
    }
    // The city often carries the shared name only as an alternate ("New
    // York City", "Basrah"); a stripped-article variant is too loose.
    let city = entries
        .iter()
        .filter(|&&(i, q)| {
            q != MatchQuality::Stripped
                && t.entries.get(i as usize).is_some_and(|e| {
                    e.kind == EntryKind::Place
                        && e.feature != Feature::Admin2
                        && e.population >= 100_000
                        // A city of millions, or of a third of the
                        // division's people, is what the name means;
                        // "Oklahoma" (a fifth in Oklahoma City) and
                        // "Quebec" are the state and the province.
                        && (e.population >= 1_000_000
                            || e.population.saturating_mul(3) >= d.population)
                        && e.cc() == d.cc()
                        && division(e) == division(d)
                })
        })
        .max_by_key(|&&(i, _)| t.entries.get(i as usize).map_or(0, |e| e.population));
    city.map_or(best, |&(i, _)| i)
}

/// Whether a resolved candidate is trustworthy enough to report. Short,
/// single-word names of small places are common words or surnames far more
/// often than places, so they need support from the context or the wording.
/// `doc_supported`: the first pass put other names of the article in the
/// entry's country.
#[allow(clippy::too_many_arguments)]
fn accept(
    t: &Table,
    e: &Entry,
    quality: MatchQuality,
    surface: &str,
    cues: &Cues,
    ctx: &Weights<&str>,
    entries: &[(u32, MatchQuality)],
    tune: &Tuning,
    doc_supported: bool,
) -> bool {
    if cues.street || cues.namesake || cues.saint || cues.plus {
        return false;
    }
    if let Some(stem) = cues.article_joined {
        let own = stem.iter().all(u8::is_ascii_lowercase)
            && t.name(e)
                .to_ascii_lowercase()
                .as_bytes()
                .windows(4)
                .any(|w| w == stem);
        if e.kind != EntryKind::Country && !own {
            return false;
        }
    }
    // A river named after a state or country runs far from its centre; a
    // town's river passes the town, so only divisions are dropped.
    if cues.river && e.kind != EntryKind::Place {
        return false;
    }
    let strong =
        e.kind != EntryKind::Place || e.feature == Feature::Capital || e.population >= 500_000;
    if let Some(but_place) = cues.stop {
        let keep = but_place && (cues.locative_before || (strong && !cues.cap_neighbour));
        if !keep {
            return false;
        }
    }
    if cues.allcaps && !strong && surface.chars().count() <= 4 {
        return false;
    }
    // Acronyms and very short words that only match a foreign alternate name
    // ("SOL" for Seoul, "Ben" for Bern) are something else.
    if quality != MatchQuality::Main
        && e.kind == EntryKind::Place
        && e.feature != Feature::Area
        && ((cues.allcaps && cues.single_token) || surface.chars().count() <= 3)
    {
        return false;
    }
    if cues.contained {
        return true;
    }
    // "the town of Tonga" in a South Sudan story: a Pacific micro-state's
    // name in an article plainly set in another country, with no other
    // name of the article in it, is a place the gazetteer lacks, not the
    // kingdom. (Its own mention already weighs for it, so the weight cannot
    // tell; territories such as Guam are left alone: their sovereign's
    // stories name them.)
    if e.kind == EntryKind::Country
        && is_pacific_micro_state(e.cc())
        && !doc_supported
        && ctx.dominated_by_other(e.cc())
    {
        return false;
    }
    // "in Cal Miskaad" in a Somalia story: a one-word match followed by
    // another capitalised word is the start of a longer name, no town
    // abroad ("Cal" in Turkey), even after a locative cue.
    if cues.cap_neighbour
        && cues.single_token
        && !cues.allcaps
        && e.kind == EntryKind::Place
        && e.feature != Feature::Capital
        && e.population < 100_000
        && ctx.country_weight(e.cc()) <= 0.0
        && ctx.dominance(e.cc()) <= 0.0
        && ctx.countries_other_than(e.cc())
    {
        return false;
    }
    // "the Mayo-Sava department" in a Cameroon story: the first part of a
    // longer hyphenated name, a place abroad ("Mayo", an Irish county), is
    // no reading of it; "Dallas-Fort Worth" in an American story stays.
    if cues.hyphen_cap
        && e.kind != EntryKind::Country
        && e.feature != Feature::Area
        && ctx.country_weight(e.cc()) <= 0.0
        && ctx.dominance(e.cc()) <= 0.0
    {
        return false;
    }
    // Towns are named without an article; "the Mesa", "the Chartres" (a
    // street) name a local feature or a thing that shares the town's name.
    // Countries, divisions and regions take "the" ("the Gulf", "the
    // Punjab"), and so do a few large cities' names as news uses them.
    if cues.the_head
        && cues.single_token
        && e.kind == EntryKind::Place
        && e.feature != Feature::Area
        && (!strong || cues.river_crossed)
        // "the Hague": the article is part of the town's own name.
        && !t
            .name(e)
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case("the "))
    {
        return false;
    }
    // A building or institution named after a place the article does not
    // otherwise point to: when the name is shared across countries (or
    // matched only loosely), neither size nor anything else says which
    // namesake it is ("Windsor Castle" is not Windsor, Ontario; the "Mall
    // of Asia" is not in Asia at large).
    if cues.facility && ctx.country_weight(e.cc()) <= 0.0 && ctx.dominance(e.cc()) <= 0.0 {
        let one_country = entries
            .iter()
            .all(|&(i, _)| t.entries.get(i as usize).is_some_and(|x| x.cc() == e.cc()));
        if !one_country || quality != MatchQuality::Main || e.cc() == crate::data::MULTI_COUNTRY {
            return false;
        }
    }
    // "in the Bel Air neighbourhood" of a Haitian report: not the
    // Seychelles district of that name, however it ranks.
    if cues.the_before
        && cues.quarter_after
        && e.kind != EntryKind::Country
        && e.population < 100_000
        && ctx.country_weight(e.cc()) <= 0.0
        && !doc_supported
    {
        return false;
    }
    if strong && !cues.cap_neighbour {
        return true;
    }
    let in_context = doc_supported
        || ctx.country_weight(e.cc()) > 0.0
        || t.admin1_name(e)
            .is_some_and(|a| ctx.admin1_weight(e.cc(), a) > 0.0);
    // "in the Old City" of an Iraqi report is Mosul's old quarter, not the
    // Philadelphia neighbourhood: a town's name of several words takes no
    // article, so with one it names a local feature unless the article is
    // about the town's country.
    if cues.the_head
        && !cues.single_token
        && e.kind == EntryKind::Place
        && e.feature != Feature::Area
        && !strong
        && !in_context
        && !t
            .name(e)
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case("the "))
    {
        return false;
    }
    // "in the Shangani district near the port" of a Mogadishu report: a
    // district named with the article is the city's own quarter, not a
    // town of that name abroad.
    if cues.the_before
        && cues.single_token
        && cues.admin_suffix
        && e.kind == EntryKind::Place
        && !strong
        && !in_context
    {
        return false;
    }

    if cues.cap_neighbour && !cues.locative_before {
        // Part of a longer proper name we do not know ("Camp David Accords").
        return strong && in_context;
    }
    if cues.and_unknown && !strong {
        return false;
    }

    // "Newcomers" is a GeoNames alternate of Newcomerstown: an alternate
    // that is only the start of the place's one-word name is another word.
    // A short remainder is a transliteration's ending ("Hama", "Hamah").
    if quality == MatchQuality::Alt && e.kind == EntryKind::Place && !strong {
        let main = crate::fold::fold(t.name(e));
        let sf = crate::fold::fold(surface);
        let glued = main
            .strip_prefix(sf.as_str())
            .is_some_and(|rest| rest.chars().take(3).filter(|ch| ch.is_alphabetic()).count() == 3);
        if glued {
            return false;
        }
    }
    // "Robinson College", "the Suffolk Times": an institution named after a
    // town is only that town when the article is set in its division; one
    // named after a city ("Liverpool FC") usually is, more so in a story
    // set in its country. A locative cue before governs the institution,
    // not the name.
    if cues.org_after && !strong {
        let city = e.population >= 200_000
            || (e.population >= 100_000 && ctx.country_weight(e.cc()) > 0.0);
        let in_division = t
            .admin1_name(e)
            .is_some_and(|a| ctx.admin1_weight(e.cc(), a) > 0.0);
        if !city && !in_division {
            return false;
        }
    }
    if !cues.single_token {
        // "A South Side man" (Chicago): a several-word name known only as
        // a small place's alternate ("South Side" = Eltingville, Staten
        // Island) is a neighbourhood of wherever the story is, unless the
        // article is set in that place's division or a locative cue says it
        // is a place ("the small town of Kasba Bonli").
        let alt_only = entries.iter().all(|&(_, q)| q != MatchQuality::Main);
        let in_division = t
            .admin1_name(e)
            .is_some_and(|a| ctx.admin1_weight(e.cc(), a) > 0.0);
        return !(alt_only
            && e.kind == EntryKind::Place
            && e.population < 50_000
            && !in_division
            && !cues.locative_before);
    }
    if !strong && !cues.locative_before && !cues.admin_suffix {
        // A lone small-place name is a person's name or a common word far
        // more often than a place: "Kelly said", "John Kelly", "commerce".
        if cues.person || cues.lowercase_elsewhere {
            return false;
        }
        if quality != MatchQuality::Main && e.population < 100_000 {
            return false;
        }
    }
    let min_pop = if in_context {
        1_000
    } else {
        tune.min_pop_unsupported
    };
    let supported = cues.locative_before || cues.admin_suffix || in_context;
    if cues.sentence_initial && !supported {
        return e.population >= 200_000 && quality == MatchQuality::Main;
    }
    e.population >= min_pop || (supported && seat_population(e) >= 1_000) || strong
}

/// Pacific micro-states whose names are also villages and features elsewhere
/// ("Tonga" in Upper Nile, "Nauru"): a story set in another country that
/// names one is seldom about it.
pub fn is_pacific_micro_state(cc: &str) -> bool {
    const PACIFIC_STATES: &[&str] = &[
        "TO", "WS", "NR", "TV", "KI", "PW", "VU", "FM", "MH", "NU", "TK", "CK",
    ];
    PACIFIC_STATES.contains(&cc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizer_keeps_byte_offsets_on_multibyte_text() {
        let text = "Attaque à Tillabéri, Niger";
        let toks = tokenize(text);
        let words: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(words, vec!["Attaque", "à", "Tillabéri", "Niger"]);
        assert!(toks[2].cap && !toks[1].cap);
    }

    #[test]
    fn word_classes_hold_exactly_their_lists() {
        let lists: &[(&[&str], u32)] = &[
            (LOCATIVE_CUES, LOCATIVE_CUES_C),
            (CONNECTORS, CONNECTORS_C),
            (TITLES, TITLES_C),
            (METONYM_VERBS, METONYM_VERBS_C),
            (AGENT_FILLERS, AGENT_FILLERS_C),
            (ORG_SUFFIXES, ORG_SUFFIXES_C),
            (STOPLIST, 0),
            (CALENDAR_WORDS, 0),
            (FUNCTION_WORDS, 0),
        ];
        let all: Vec<&str> = lists.iter().flat_map(|(l, _)| l.iter().copied()).collect();
        let lists = &lists[..lists.len() - 3];
        for w in &all {
            let calendar = CALENDAR_WORDS.contains(w);
            assert_eq!(is_stop(w), calendar || STOPLIST.contains(w), "{w}");
            assert_eq!(
                is_function_word(w),
                calendar || FUNCTION_WORDS.contains(w),
                "{w}"
            );
        }
        for &(list, bits) in lists {
            for w in &all {
                assert_eq!(
                    word_class(w) & bits == bits,
                    list.contains(w),
                    "{w} in a list of {}",
                    list.first().unwrap_or(&"")
                );
            }
        }
        for w in ["", "Paris", "IN", "inn", "locatives", "north-east", "é"] {
            assert_eq!(
                word_class(w) & (LOCATIVE_CUES_C | CONNECTORS_C | TITLES_C),
                0,
                "{w}"
            );
        }
    }

    #[test]
    fn an_ascii_tokens_fold_is_its_lowercase() {
        // `candidates` relies on this to skip `fold` for ASCII words.
        let text = "U.S.-led strikes hit Deir ez-Zor's O'Hare, AL-HOL_camp/Raqqa 2019 ...";
        let toks = tokenize(text);
        assert!(toks.len() > 10);
        for t in toks {
            let w = &text[t.start..t.end];
            assert_eq!(fold(w), w.to_ascii_lowercase(), "{w}");
        }
    }

    /// Role of `name` in `text`, found with the global gazetteer.
    fn role_of(text: &str, name: &str) -> Option<MentionRole> {
        crate::Gazetteer::global()
            .find_places(text, &GeoContext::default())
            .into_iter()
            .find(|m| m.surface == name)
            .map(|m| m.role)
    }

    /// Surfaces and country codes `find_places` reports for `text`.
    fn found(text: &str) -> Vec<(String, String)> {
        crate::Gazetteer::global()
            .find_places(text, &GeoContext::default())
            .into_iter()
            .map(|m| (m.surface, m.place.country_code.to_string()))
            .collect()
    }

    #[test]
    fn demonyms_opening_longer_names_are_not_the_country() {
        let f = found("They walked through the French Quarter at night.");
        assert!(!f.iter().any(|(s, _)| s == "French"), "{f:?}");
        let f = found("Pupils train at the British International School in the suburbs.");
        assert!(!f.iter().any(|(s, _)| s == "British"), "{f:?}");
        // The place after the head is where the building stands.
        let f = found("said Jane Smith of the British Embassy Tokyo, in Japan.");
        assert!(!f.iter().any(|(s, _)| s == "British"), "{f:?}");
        assert!(f.iter().any(|(s, cc)| s == "Tokyo" && cc == "JP"), "{f:?}");
        let f = found("He visited the Embassy of the Republic of Armenia in the Holy See.");
        assert!(!f.iter().any(|(_, cc)| cc == "AM"), "{f:?}");
        // Without a place after it, the embassy still names its state.
        let f = found("The British Embassy has worked closely with the ministry.");
        assert!(
            f.iter().any(|(s, cc)| s == "British" && cc == "GB"),
            "{f:?}"
        );
    }

    #[test]
    fn unknown_compound_names_and_addresses_drop_their_parts() {
        // Joined by "and" to an unknown run of capitalised words.
        let f = found("There are 15,000 constituents in Bains and Grants Town today.");
        assert!(!f.iter().any(|(s, _)| s == "Bains"), "{f:?}");
        let f = found("Fighting spread to Aleppo and Homs on Monday.");
        assert_eq!(f.len(), 2, "{f:?}");
        // A division after the comma with none of the name's entries in it.
        let f = found("CAMP MURRAY, Wash. - The colonel jokes that he is busy.");
        assert!(!f.iter().any(|(s, _)| s == "MURRAY"), "{f:?}");
        let f = found("He grew up in Athens, Ohio, before the war.");
        assert!(f.iter().any(|(s, cc)| s == "Athens" && cc == "US"), "{f:?}");
        // ", in <division>" is an address too: no Turkish village named Nasir.
        let f =
            found("Youths attacked a garrison outside Nasir, in Upper Nile state, on Wednesday.");
        assert!(!f.iter().any(|(s, _)| s == "Nasir"), "{f:?}");
        assert!(
            f.iter().any(|(s, cc)| s == "Upper Nile" && cc == "SS"),
            "{f:?}"
        );
    }

    #[test]
    fn a_village_in_a_named_division_is_the_village_however_small() {
        // Shakhove has 899 people: found only because it lies in the
        // division the sentence puts it in.
        let f = found("Its forces captured the village of Shakhove in the Donetsk region.");
        assert!(
            f.iter().any(|(s, cc)| s == "Shakhove" && cc == "UA"),
            "{f:?}"
        );
        let f = found("Its forces captured the village of Shakhove in the Kyiv region.");
        assert!(!f.iter().any(|(s, _)| s == "Shakhove"), "{f:?}");
    }

    #[test]
    fn parts_of_a_hyphenated_name_are_no_places_abroad() {
        let f = found_after(&[
            "Boko Haram fighters raided a village near Mora in Cameroon's Far North region.",
            "The group abducted 350 people in the Mayo-Sava department since January.",
        ]);
        assert!(
            f.iter().all(|(s, _, _)| s != "Mayo" && s != "Sava"),
            "{f:?}"
        );
        // A region keeps its reading.
        let f = found("Stability in Asia-Pacific matters to the world.");
        assert!(f.iter().any(|(s, _)| s == "Asia"), "{f:?}");
    }

    #[test]
    fn the_first_word_of_an_unknown_local_name_is_no_town_abroad() {
        let f = found_after(&[
            "Puntland forces attacked Islamic State positions in Bari region, Somalia.",
            "The minister vowed to clear the last cave in Cal Miskaad before the rains.",
        ]);
        assert!(f.iter().all(|(_, cc, _)| cc != "TR"), "{f:?}");
    }

    #[test]
    fn a_pacific_state_named_in_another_countrys_story_is_a_local_place() {
        let f = found_after(&[
            "Government aircraft bombed a market in Malakal, in South Sudan's Upper Nile \
             state, killing four civilians, officials in Malakal said.",
            "The SPLA-IO said its fighters had repelled an army attack near Tonga.",
        ]);
        assert!(f.iter().all(|(_, cc, _)| cc != "TO"), "{f:?}");
        // Tonga's own story keeps it.
        let f = found_after(&["Cyclone winds flattened houses in Tonga and Fiji on Monday."]);
        assert!(f.iter().any(|(_, cc, _)| cc == "TO"), "{f:?}");
    }

    #[test]
    fn a_small_town_far_abroad_in_a_story_set_elsewhere_is_a_local_place() {
        let story = [
            "Boko Haram fighters raided a fishing camp near Bol, in Chad's Lac province.",
            "Soldiers caught up with them near Baga Sola and Ngouboua on Friday.",
            "Residents of Bol said the raiders had come from islands near Kaiga.",
        ];
        let mut lines = story.to_vec();
        lines.push("Gunmen abducted the chief of a village near Liwa and his two sons.");
        let f = found_after(&lines);
        assert!(f.iter().all(|(_, cc, _)| cc != "OM"), "{f:?}");
        // Before anything sets the story, the town is what sets it.
        let f = found_after(&["Gunmen abducted the chief of a village near Liwa."]);
        assert!(f.iter().any(|(_, cc, _)| cc == "OM"), "{f:?}");
        // ... unless the same text names another country or its capital,
        // far from it, and nothing of the town's.
        let f = found("Warplane bombs border market at Joda, killing 14; Juba blames Sudan");
        assert!(!f.iter().any(|(s, _)| s == "Joda"), "{f:?}");
        let f = found("A military aircraft dropped bombs on a market at Joda, in South Sudan.");
        assert!(!f.iter().any(|(_, cc)| cc == "IN"), "{f:?}");
        // A capital near the town keeps it.
        let f = found("Police in Bhubaneswar said gunmen had attacked a market at Joda.");
        assert!(f.iter().any(|(s, cc)| s == "Joda" && cc == "IN"), "{f:?}");
    }

    #[test]
    fn a_name_joined_by_an_arabic_article_is_part_of_a_longer_one() {
        let f = found_after(&[
            "Rockets were fired at a base in Anbar province, Iraq, on Sunday.",
            "Kataib Hezbollah said soldiers still at Ain al-Asad would be targets.",
        ]);
        assert!(f.iter().all(|(s, cc, _)| s != "Ain" && cc != "FR"), "{f:?}");
        // The entry whose own name it is still reads it ("Abasan al
        // Kabirah" for "Abasan al-Kabira").
        let f = found_after(&[
            "Israeli troops fired on men near the yellow line east of Abasan al-Kabira, Gaza.",
        ]);
        assert!(f.iter().any(|(_, cc, _)| cc == "PS"), "{f:?}");
    }

    #[test]
    fn the_town_of_a_countrys_name_is_the_town() {
        let f = found_after(&[
            "Gunmen killed seven men in Culiacan, Sinaloa, Mexico, on Sunday.",
            "Two factions fought for two hours in the town of Costa Rica, south of Culiacan.",
        ]);
        assert!(
            f.iter().any(|(s, cc, _)| s == "Costa Rica" && cc == "MX"),
            "{f:?}"
        );
    }

    #[test]
    fn a_hospital_named_after_a_place_abroad_is_no_place() {
        let f = found_after(&[
            "A suicide bomber killed nine people in Mogadishu, Somalia, on Saturday.",
            "Doctors at Madina hospital, where most of the casualties were taken, gave a higher toll.",
        ]);
        assert!(f.iter().all(|(_, cc, _)| cc != "SA"), "{f:?}");
    }

    #[test]
    fn a_demonym_before_forces_is_no_division_of_that_name() {
        assert_eq!(
            role_of("Somali security forces raided houses in Daynile.", "Somali"),
            Some(MentionRole::Demonym)
        );
        assert_eq!(
            role_of("Somali troops retook the town.", "Somali"),
            Some(MentionRole::Demonym)
        );
    }

    #[test]
    fn pipelines_are_not_their_namesakes() {
        for text in [
            "Drones struck a pumping station of the Druzhba oil pipeline near Unecha.",
            "Drones struck the Druzhba pipeline near Unecha.",
        ] {
            let f = found(text);
            assert!(!f.iter().any(|(s, _)| s == "Druzhba"), "{text}: {f:?}");
            assert!(
                f.iter().any(|(s, cc)| s == "Unecha" && cc == "RU"),
                "{text}: {f:?}"
            );
        }
    }

    #[test]
    fn rivers_businesses_and_institutions_elsewhere_are_not_the_place() {
        let f = found("The city grew along a bend of the Mississippi River.");
        assert!(!f.iter().any(|(s, _)| s == "Mississippi"), "{f:?}");
        let f = found("The suspects were caught on camera at Salt + Smoke last week.");
        assert!(!f.iter().any(|(s, _)| s == "Salt"), "{f:?}");
        let f = found("She studied at Washington University in St. Louis, Missouri.");
        assert!(!f.iter().any(|(s, _)| s == "Washington"), "{f:?}");
        assert!(
            f.iter().any(|(s, cc)| s == "St. Louis" && cc == "US"),
            "{f:?}"
        );
        // A state's own mention stays.
        let f = found("Floods hit Mississippi on Monday.");
        assert!(
            f.iter().any(|(s, cc)| s == "Mississippi" && cc == "US"),
            "{f:?}"
        );
    }

    #[test]
    fn small_places_known_only_by_a_several_word_alternate_need_their_division() {
        let f = found("A South Side man was charged with murder in Chicago, Illinois.");
        assert!(!f.iter().any(|(s, _)| s == "South Side"), "{f:?}");
    }

    #[test]
    fn a_foreign_town_known_only_by_an_alternate_yields_to_the_article_country() {
        // "Kuchi" is only an alternate of a town in Xinjiang; in a story
        // set in Nigeria it is a village the gazetteer lacks, even after a
        // locative cue and with the country named only afterwards.
        let f = found("Bandits stormed the village of Kuchi before dawn, residents of Niger State in Nigeria said.");
        assert!(!f.iter().any(|(s, _)| s == "Kuchi"), "{f:?}");
        assert!(
            f.iter().any(|(s, cc)| s == "Nigeria" && cc == "NG"),
            "{f:?}"
        );
        // Where the article points to that town's country, it stays.
        let f = found("Pilgrims walked from Kuchi to Urumqi in Xinjiang, China.");
        assert!(f.iter().any(|(s, cc)| s == "Kuchi" && cc == "CN"), "{f:?}");
        // As does a name with no other place to weigh it against.
        let f = found("Traders reached Kuchi on Monday.");
        assert!(f.iter().any(|(s, cc)| s == "Kuchi" && cc == "CN"), "{f:?}");
        // A state that acts ("US-backed") does not locate the story.
        let f = found("US-backed fighters raided homes near Hasakah at dawn.");
        assert!(
            f.iter().any(|(s, cc)| s == "Hasakah" && cc == "SY"),
            "{f:?}"
        );
        // Cross-border reports spell the town next door their own way.
        let f = found("Israeli jets struck targets near Deraa, Israel said.");
        assert!(f.iter().any(|(s, cc)| s == "Deraa" && cc == "SY"), "{f:?}");
        let f = found("Iraqi forces near Sinjar said the fighters fled to Qamishli.");
        assert!(
            f.iter().any(|(s, cc)| s == "Qamishli" && cc == "SY"),
            "{f:?}"
        );
    }

    #[test]
    fn a_small_town_abroad_in_a_story_set_elsewhere_is_a_namesake() {
        // Grand is a town in Ivory Coast; in a story plainly set in the US
        // it is a street or a stop.
        let text = "Police in Chicago said the man from Evanston ran to the \
                    platform at Grand before officers from Oak Park and Skokie caught him.";
        let f = found(text);
        assert!(!f.iter().any(|(s, _)| s == "Grand"), "{f:?}");
        assert!(f.iter().filter(|(_, cc)| cc == "US").count() >= 4, "{f:?}");
        // Alone it is still the town.
        let f = found("The man ran to the platform at Grand before officers caught him.");
        assert!(f.iter().any(|(s, cc)| s == "Grand" && cc == "CI"), "{f:?}");
        // Where someone comes from is often abroad.
        let f = found("A trader from Kudat moved to Chicago, Evanston and Skokie.");
        assert!(f.iter().any(|(s, cc)| s == "Kudat" && cc == "MY"), "{f:?}");
        // A town across the border from the story's places stays.
        let f = found(
            "Boko Haram attacked Maiduguri, Damboa and Gwoza in Borno; fighters also struck in Bosso.",
        );
        assert!(f.iter().any(|(s, cc)| s == "Bosso" && cc == "NE"), "{f:?}");
    }

    #[test]
    fn a_river_crossed_is_no_city_of_its_name() {
        let f = found(
            "Across the Dnipro, the governor said shells hit Kamianka-Dniprovska, in Ukraine's \
             Zaporizhzhia region.",
        );
        assert!(!f.iter().any(|(s, _)| s == "Dnipro"), "{f:?}");
        assert!(
            f.iter().any(|(s, cc)| s == "Zaporizhzhia" && cc == "UA"),
            "{f:?}"
        );
        let f = found("Missiles struck Dnipro on Monday, the governor said.");
        assert!(f.iter().any(|(s, cc)| s == "Dnipro" && cc == "UA"), "{f:?}");
    }

    #[test]
    fn a_town_name_after_the_is_a_local_feature_unless_it_modifies_a_noun() {
        let f = found("From their home atop the Mesa, the couple watched the sunset.");
        assert!(!f.iter().any(|(s, _)| s == "Mesa"), "{f:?}");
        let f = found("Their home is in Mesa, the city police said.");
        assert!(f.iter().any(|(s, cc)| s == "Mesa" && cc == "US"), "{f:?}");
        // "the Mesa police": the article goes with the noun.
        let f = found("On Monday the Mesa police arrested a man in Arizona.");
        assert!(f.iter().any(|(s, cc)| s == "Mesa" && cc == "US"), "{f:?}");
        let f = found("Fighters of the Manbij-based council attacked on Monday.");
        assert!(f.iter().any(|(s, cc)| s == "Manbij" && cc == "SY"), "{f:?}");
        // A town whose own name starts with the article.
        let f = found("Judges met in the Hague on Monday.");
        assert!(f.iter().any(|(s, cc)| s == "Hague" && cc == "NL"), "{f:?}");
    }

    /// Mentions of the last of `lines`, each line read after the ones
    /// before it (their places are the context).
    fn found_after(lines: &[&str]) -> Vec<(String, String, Option<String>)> {
        let g = crate::Gazetteer::global();
        let mut ctx = GeoContext::default();
        let mut last = Vec::new();
        for l in lines {
            last = g.find_places(l, &ctx);
            for m in &last {
                ctx.observe(m);
            }
        }
        last.into_iter()
            .map(|m| (m.surface, m.place.country_code, m.place.admin1))
            .collect()
    }

    #[test]
    fn a_subdistrict_seat_without_population_is_a_town_after_a_locative_cue() {
        // GeoNames gives Taftanaz and Markadah (PPLA3) no population.
        let f = found_after(&[
            "Syrian forces shelled Idlib province on Sunday.",
            "Shelling killed five soldiers at a military post near Taftanaz on Monday.",
        ]);
        assert!(
            f.iter().any(|(s, cc, _)| s == "Taftanaz" && cc == "SY"),
            "{f:?}"
        );
        // The Syrian seat, not Jordan's Dhiban, in a Syrian province.
        let f = found_after(&[
            "Syrian forces shelled Idlib province on Sunday.",
            "Gunmen killed two men near the village of Dhiban in Deir ez-Zor province.",
        ]);
        assert!(
            f.iter().any(|(s, cc, _)| s == "Dhiban" && cc == "SY"),
            "{f:?}"
        );
    }

    #[test]
    fn a_name_going_on_through_a_hyphenated_connector_is_not_its_first_word() {
        for text in [
            "The bombing in Dasht-e-Barchi killed eight people.",
            "Gunmen attacked a mosque in Qala-e-Naw on Sunday.",
        ] {
            let f = found(text);
            assert!(
                f.iter().all(|(s, _)| s != "Dasht" && s != "Qala"),
                "{text}: {f:?}"
            );
        }
        // The whole name, when the gazetteer knows it, still matches.
        let f = found("Gunmen attacked a mosque in Mazar-i-Sharif on Sunday.");
        assert!(f.iter().any(|(s, _)| s == "Mazar-i-Sharif"), "{f:?}");
    }

    #[test]
    fn a_word_an_apostrophe_splits_is_not_its_head() {
        // "Ya" is a town in Ivory Coast; "Ya'bad" is none of it.
        let f = found("A drone fired a missile at men in a courtyard in Ya'bad on Thursday.");
        assert!(f.iter().all(|(s, _)| s != "Ya"), "{f:?}");
        // The gazetteer's "Dael", written with its apostrophe.
        let f = found("A bomb attached to a car exploded in Da'el on Wednesday.");
        assert!(f.iter().any(|(s, cc)| s == "Da'el" && cc == "SY"), "{f:?}");
        // A possessive still ends the name.
        let f = found("Gunmen attacked Jenin's refugee camp on Monday.");
        assert!(f.iter().any(|(s, _)| s == "Jenin"), "{f:?}");
    }

    #[test]
    fn towns_of_iraqi_kurdistan_have_their_governorate() {
        for (text, town, admin1) in [
            (
                "Shelling hit villages near Penjwen in Iraq.",
                "Penjwen",
                "Sulaymaniyah",
            ),
            ("A drone struck a car near Zakho in Iraq.", "Zakho", "Duhok"),
            ("A drone struck a car near Soran in Iraq.", "Soran", "Erbil"),
        ] {
            let f = found_after(&[text]);
            assert!(
                f.iter()
                    .any(|(s, cc, a)| s == town && cc == "IQ" && a.as_deref() == Some(admin1)),
                "{f:?}"
            );
        }
    }

    #[test]
    fn an_initial_glued_by_an_apostrophe_is_no_shouted_word() {
        let f = found_after(&[
            "Fighters attacked Diffa in Niger on Monday.",
            "Fighters attacked a military post near N'Guigmi on Tuesday.",
        ]);
        assert!(
            f.iter().any(|(s, cc, _)| s == "N'Guigmi" && cc == "NE"),
            "{f:?}"
        );
    }

    #[test]
    fn a_town_of_several_words_after_the_is_a_local_feature_abroad() {
        // "on" after the name modifies nothing: the article is the name's.
        let f = found("A bomber struck a checkpoint in the Old City on Monday.");
        assert!(!f.iter().any(|(s, _)| s == "Old City"), "{f:?}");
        let f = found("The Mesa on the hill is bare.");
        assert!(!f.iter().any(|(s, _)| s == "Mesa"), "{f:?}");
        // In the town's own country, the name stands.
        let g = crate::Gazetteer::global();
        let mut ctx = GeoContext::default();
        for m in g.find_places("Police in Philadelphia, Pennsylvania, said.", &ctx) {
            ctx.observe(&m);
        }
        let f = g.find_places(
            "A bomber struck a checkpoint in the Old City on Monday.",
            &ctx,
        );
        assert!(f.iter().any(|m| m.surface == "Old City"), "{f:?}");
    }

    #[test]
    fn the_district_of_a_story_elsewhere_is_no_town_abroad() {
        // Shangani is a town in Zimbabwe and a district of Mogadishu.
        let f = found_after(&[
            "A suicide bomber struck a police academy in Mogadishu, Somalia.",
            "Mortar rounds fell on houses in the Shangani district near the port.",
        ]);
        assert!(!f.iter().any(|(s, _, _)| s == "Shangani"), "{f:?}");
        // Without "the", a locative names the town itself.
        let f = found_after(&["Police said three people died in Shangani, Zimbabwe."]);
        assert!(
            f.iter().any(|(s, cc, _)| s == "Shangani" && cc == "ZW"),
            "{f:?}"
        );
    }

    #[test]
    fn a_neighbourhood_of_the_story_is_no_small_division_abroad() {
        // Bel Air is a district of the Seychelles and a quarter of
        // Port-au-Prince.
        let f = found_after(&[
            "Gangs attacked Port-au-Prince, Haiti, on Monday.",
            "A drone struck a house in the Bel Air neighbourhood late on Sunday.",
        ]);
        assert!(
            !f.iter().any(|(s, cc, _)| s == "Bel Air" && cc == "SC"),
            "{f:?}"
        );
        let f = found_after(&["Fishermen landed at Bel Air, Seychelles, on Monday."]);
        assert!(
            f.iter().any(|(s, cc, _)| s == "Bel Air" && cc == "SC"),
            "{f:?}"
        );
    }

    #[test]
    fn a_name_after_a_hyphenated_article_keeps_the_cue_before_the_article() {
        // Al Mazraah of Suwayda is known only by variants of "Al-Mazraa".
        let f = found_after(&[
            "Fighters in Sweida province and Damascus, Syria.",
            "Gunmen attacked a checkpoint north of Al-Mazraa on Tuesday evening.",
        ]);
        assert!(
            f.iter()
                .any(|(_, cc, a)| cc == "SY" && a.as_deref() == Some("Suwayda")),
            "{f:?}"
        );
        // "Shajara" is an alternate of a Jordanian village only; the Syrian
        // Ash Shajarah of a Daraa story is its variant.
        let f = found_after(&[
            "DARAA, Syria - A roadside bomb hit a vehicle between Jasim and Nawa.",
            "Israeli troops entered the village of Maariya, west of Al-Shajara.",
        ]);
        assert!(
            f.iter().any(|(s, cc, _)| s == "Shajara" && cc == "SY"),
            "{f:?}"
        );
    }

    #[test]
    fn large_airports_answer_to_their_short_names() {
        let f = found("Animals passed through Heathrow on their way to London.");
        assert!(
            f.iter().any(|(s, cc)| s == "Heathrow" && cc == "GB"),
            "{f:?}"
        );
        let f = found("Shells fell near Aden Adde International Airport overnight.");
        assert!(
            f.iter()
                .any(|(s, cc)| s == "Aden Adde International Airport" && cc == "SO"),
            "{f:?}"
        );
    }

    #[test]
    fn alternates_that_only_begin_a_longer_name_are_other_words() {
        let f = found("It is much like what is done in Newcomers, he said.");
        assert!(!f.iter().any(|(s, _)| s == "Newcomers"), "{f:?}");
        // A transliteration's short ending is no other word.
        let f = found("Rebels captured the central city of Hama on Thursday.");
        assert!(f.iter().any(|(s, cc)| s == "Hama" && cc == "SY"), "{f:?}");
    }

    #[test]
    fn states_acting_as_subjects_are_metonyms() {
        for (text, name) in [
            (
                "Officials fear that Russia adamantly denies any role.",
                "Russia",
            ),
            (
                "A spokesman says Turkey has shelled a border town.",
                "Turkey",
            ),
            ("The U.S. has expelled 60 diplomats this week.", "U.S"),
            ("In the final France beat Croatia in Moscow.", "France"),
            (
                "Vietnam always supports closer ties, the paper wrote.",
                "Vietnam",
            ),
            (
                "Officials said Azerbaijan had mined the border.",
                "Azerbaijan",
            ),
            (
                "Analysts say Washington is already reacting to it.",
                "Washington",
            ),
            (
                "Diplomats were posted to Russia's mission in Geneva.",
                "Russia",
            ),
        ] {
            assert_eq!(role_of(text, name), Some(MentionRole::Metonym), "{text}");
        }
    }

    #[test]
    fn possessions_and_relations_of_states_are_metonyms() {
        for (text, name) in [
            ("Analysts doubted Britain's view of the attack.", "Britain"),
            (
                "The report covered Iran's non-oil exports last year.",
                "Iran",
            ),
            ("Talks between Iran and the EU resumed on Monday.", "Iran"),
            ("Relations between Russia and Britain worsened.", "Britain"),
            (
                "The group wants backing from the United States.",
                "United States",
            ),
            (
                "Azerbaijan puts pressure on Georgia to stop demining.",
                "Georgia",
            ),
            ("He said China and Russia hope for a settlement.", "China"),
            ("Moscow wants Britain to answer 14 questions.", "Britain"),
            ("He stressed the need for Malta to defend itself.", "Malta"),
        ] {
            assert_eq!(role_of(text, name), Some(MentionRole::Metonym), "{text}");
        }
    }

    #[test]
    fn locative_cues_keep_states_literal() {
        for (text, name) in [
            ("Fighting in Syria killed 12 people on Tuesday.", "Syria"),
            ("An unnamed man in Florida won the jackpot.", "Florida"),
            ("Airstrikes hit Syria's north and east overnight.", "Syria"),
            ("Refugees from Syria crossed into Jordan.", "Syria"),
            (
                "Troops entered Syria and Iraq said it would respond.",
                "Syria",
            ),
            (
                "Rebels captured Tripoli's international airport.",
                "Tripoli",
            ),
            ("Everyone agrees Iraq was invaded in 2003.", "Iraq"),
        ] {
            assert_eq!(role_of(text, name), Some(MentionRole::Literal), "{text}");
        }
    }

    /// First-level division of the mention of `name` in `text`.
    fn admin1_of(text: &str, name: &str) -> Option<String> {
        crate::Gazetteer::global()
            .find_places(text, &GeoContext::default())
            .into_iter()
            .find(|m| m.surface == name)
            .and_then(|m| m.place.admin1)
    }

    #[test]
    fn later_names_in_one_division_resolve_an_earlier_homonym() {
        let alone = "Flooding hit Riverdale on Sunday.";
        assert_ne!(
            admin1_of(alone, "Riverdale").as_deref(),
            Some("New Jersey"),
            "nothing before or after points to New Jersey"
        );
        let text = "Flooding hit Riverdale on Sunday. Crews from Pompton Lakes and \
                    Wayne in Passaic County helped, New Jersey officials said.";
        assert_eq!(
            admin1_of(text, "Riverdale").as_deref(),
            Some("New Jersey"),
            "{:?}",
            crate::Gazetteer::global().find_places(text, &GeoContext::default())
        );
    }

    #[test]
    fn later_names_in_one_country_resolve_an_earlier_homonym() {
        let g = crate::Gazetteer::global();
        let country_of = |text: &str| {
            g.find_places(text, &GeoContext::default())
                .into_iter()
                .find(|m| m.surface == "Perth")
                .map(|m| m.place.country_code)
        };
        assert_eq!(
            country_of("Perth was quiet on Monday.").as_deref(),
            Some("AU")
        );
        assert_eq!(
            country_of("Perth was quiet on Monday. Crews from Dundee and Stirling helped.")
                .as_deref(),
            Some("GB")
        );
    }

    #[test]
    fn a_region_name_shared_by_two_countries_follows_the_article() {
        let g = crate::Gazetteer::global();
        let cc = |text: &str| {
            g.find_places(text, &GeoContext::default())
                .into_iter()
                .find(|m| m.surface == "West Coast")
                .map(|m| m.place.country_code)
        };
        assert_eq!(
            cc("Wildfires burned across the West Coast on Monday.").as_deref(),
            Some("US")
        );
        assert_eq!(
            cc("Storms hit Greymouth and Hokitika in New Zealand. Roads on the West Coast closed.")
                .as_deref(),
            Some("NZ")
        );
    }

    #[test]
    fn support_counts_other_names_in_the_division_only() {
        let t = &crate::Gazetteer::global().table;
        let entry = |name: &str, admin1: &str| {
            t.hits(&fold(name))
                .filter_map(|(i, _)| t.entries.get(i as usize))
                .find(|e| t.admin1_name(e) == Some(admin1))
        };
        let (Some(nj), Some(ga)) = (
            entry("Riverdale", "New Jersey"),
            entry("Riverdale", "Georgia"),
        ) else {
            panic!("both Riverdales are in the gazetteer");
        };
        // Names are told apart by their candidate entries (count and ends).
        let entries: Vec<(u32, MatchQuality)> = t.hits(&fold("Riverdale")).collect();
        let riverdale = (
            entries.len(),
            entries.first().map_or(0, |e| e.0),
            entries.last().map_or(0, |e| e.0),
        );
        let (wayne, paterson) = ((1, 7, 7), (1, 8, 8));
        let support = DocSupport {
            names: vec![
                (nj.cc_code(), division(nj), riverdale),
                (nj.cc_code(), division(nj), wayne),
            ],
            countries: vec![(nj.cc_code(), 2)],
            max_in_country: 2,
            admin1_mask: admin1_bit(division(nj)),
        };
        // A name never supports itself: five "Riverdale"s resolved one way
        // in the first pass must not lock that reading in.
        assert_eq!(support.count(nj, riverdale), 1);
        assert_eq!(support.count(nj, paterson), 2);
        assert_eq!(support.count(ga, riverdale), 0);
        assert_eq!(saturate(0), 0.0);
        assert!(saturate(1) < saturate(2) && saturate(2) < saturate(20));
        assert!(saturate(20) <= 1.0);
        let ga_idx = t.hits(&fold("Riverdale")).find(|(i, _)| {
            t.entries
                .get(*i as usize)
                .is_some_and(|e| std::ptr::eq(e, ga))
        });
        // Georgia's Riverdale picked, New Jersey's has more support: redo.
        let ga_idx = ga_idx.map(|(i, _)| i);
        assert!(support.could_change(t, &entries, ga_idx, riverdale, (true, false)));
        // Both are in the US: country support alone changes nothing.
        assert!(!support.could_change(t, &entries, ga_idx, riverdale, (false, true)));
    }

    #[test]
    fn a_repeated_name_takes_its_majority_reading() {
        let t = &crate::Gazetteer::global().table;
        let all: Vec<(u32, MatchQuality)> = t.hits(&fold("Riverdale")).collect();
        let idx = |admin1: &str| {
            all.iter()
                .map(|&(i, _)| i)
                .find(|&i| t.entries.get(i as usize).and_then(|e| t.admin1_name(e)) == Some(admin1))
        };
        let (Some(nj), Some(ny), Some(ga)) = (idx("New Jersey"), idx("New York"), idx("Georgia"))
        else {
            panic!("three Riverdales are in the gazetteer");
        };
        let text = "Riverdale a Riverdale b Riverdale c Riverdale";
        let starts: Vec<usize> = text.match_indices("Riverdale").map(|(i, _)| i).collect();
        let cand = |k: usize, entries: Vec<(u32, MatchQuality)>| Candidate {
            start: starts[k],
            end: starts[k] + "Riverdale".len(),
            ti: 2 * k,
            tj: 2 * k,
            entries,
            demonym: None,
            contained: false,
        };
        // The last mention was narrowed to one entry ("Riverdale, Georgia").
        let cands = vec![
            cand(0, all.clone()),
            cand(1, all.clone()),
            cand(2, all.clone()),
            cand(3, vec![(ga, MatchQuality::Main)]),
        ];
        let pick = |k: usize, entry: u32| Outcome {
            pick: Some(Pick {
                cand: k,
                entry,
                quality: MatchQuality::Main,
                role: MentionRole::Literal,
                confidence: 0.8,
            }),
            best: Some(entry),
            margin: 1.0,
        };
        let mut outcomes = vec![pick(0, ny), pick(1, nj), pick(2, nj), pick(3, ga)];
        one_sense_per_name(&cands, &mut outcomes);
        let entries: Vec<u32> = outcomes
            .iter()
            .filter_map(|o| o.pick.map(|p| p.entry))
            .collect();
        assert_eq!(entries, vec![nj, nj, nj, ga]);
    }

    #[test]
    fn institutions_named_after_small_towns_need_the_towns_division() {
        let g = crate::Gazetteer::global();
        for (text, name) in [
            (
                "She studied at Robinson College before a job in London.",
                "Robinson",
            ),
            (
                "A professor at Cornell University said tariffs would hurt farmers in Iowa.",
                "Cornell",
            ),
        ] {
            let ms = g.find_places(text, &GeoContext::default());
            assert!(ms.iter().all(|m| m.surface != name), "{text}: {ms:?}");
        }
        // A city's club or paper is the city's.
        let ms = g.find_places("Fans of Liverpool FC celebrated.", &GeoContext::default());
        assert!(
            ms.iter()
                .any(|m| m.surface == "Liverpool" && m.place.country_code == "GB"),
            "{ms:?}"
        );
        // So is its police force, and a town's in a story set in its state.
        let ms = g.find_places(
            "Oakland Police arrested two men on Monday.",
            &GeoContext::default(),
        );
        assert!(
            ms.iter()
                .any(|m| m.surface == "Oakland" && m.place.admin1.as_deref() == Some("California")),
            "{ms:?}"
        );
        let ms = g.find_places(
            "In California, Beverly Hills Police said a car was damaged near Los Angeles.",
            &GeoContext::default(),
        );
        assert!(ms.iter().any(|m| m.surface == "Beverly Hills"), "{ms:?}");
        // A small town's force in a story that points nowhere near it is not.
        let ms = g.find_places(
            "Beverly Hills Police said a car was damaged.",
            &GeoContext::default(),
        );
        assert!(ms.iter().all(|m| m.surface != "Beverly Hills"), "{ms:?}");
    }

    #[test]
    fn facilities_named_after_ambiguous_places_need_the_articles_country() {
        let g = crate::Gazetteer::global();
        let found = |text: &str| g.find_places(text, &GeoContext::default());
        // No country in the article: which Windsor, which Saint George's?
        let ms = found("The wedding takes place in St George's Chapel at Windsor Castle.");
        assert!(
            ms.iter()
                .all(|m| !m.surface.starts_with("Windsor") && !m.surface.starts_with("St George")),
            "{ms:?}"
        );
        let ms = found("Crowds gathered at St Paul's Cathedral on Sunday.");
        assert!(ms.iter().all(|m| m.surface != "St Paul"), "{ms:?}");
        // A saint's name is not the place that shares it.
        let ms = found("The band played in St Patrick's church on Sunday.");
        assert!(ms.iter().all(|m| m.surface != "Patrick"), "{ms:?}");
        let ms = found("He died in the parking lot of the SM Mall of Asia.");
        assert!(ms.iter().all(|m| m.surface != "Asia"), "{ms:?}");
        // The article's country settles it.
        let ms = found("Crowds filled Windsor, England. The wedding was at Windsor Castle.");
        let last = ms.iter().rfind(|m| m.surface == "Windsor");
        assert_eq!(
            last.map(|m| m.place.country_code.as_str()),
            Some("GB"),
            "{ms:?}"
        );
        // An institution's head followed by a place: it stands there.
        let ms = found("After a job in London she studied at Robinson College Cambridge.");
        assert!(ms.iter().all(|m| m.surface != "Robinson"), "{ms:?}");
        assert!(
            ms.iter()
                .any(|m| m.surface == "Cambridge" && m.place.country_code == "GB"),
            "{ms:?}"
        );
    }

    #[test]
    fn names_of_streets_are_not_their_namesakes() {
        let g = crate::Gazetteer::global();
        let surfaces = |text: &str| -> Vec<String> {
            g.find_places(text, &GeoContext::default())
                .into_iter()
                .map(|m| m.surface)
                .collect()
        };
        assert!(surfaces("Rockets hit Haifa on Monday.").contains(&"Haifa".to_string()));
        let found = surfaces("Gunmen opened fire on Haifa Street in central Baghdad.");
        assert!(!found.contains(&"Haifa".to_string()), "{found:?}");
        assert!(found.contains(&"Baghdad".to_string()), "{found:?}");
        let found = surfaces("Police in Chicago closed Wabash and Hubbard streets.");
        assert!(!found.contains(&"Hubbard".to_string()), "{found:?}");
    }

    #[test]
    fn a_name_shared_with_a_dominant_city_means_the_city() {
        let g = crate::Gazetteer::global();
        let precision = |text: &str, name: &str| {
            g.find_places(text, &GeoContext::default())
                .into_iter()
                .find(|m| m.surface == name)
                .map(|m| (m.place.precision, m.place.admin1))
        };
        let ny = Some((crate::GeoPrecision::Place, Some("New York".to_string())));
        assert_eq!(
            precision("Heavy rain flooded streets in New York.", "New York"),
            ny
        );
        // A dateline in capitals is the city too.
        assert_eq!(
            precision("NEW YORK (AP) - Police said on Monday.", "NEW YORK"),
            ny
        );
        // A city of a fifth of its state does not take the state's name.
        assert_eq!(
            precision("Tornadoes struck Oklahoma overnight.", "Oklahoma").map(|(p, _)| p),
            Some(crate::GeoPrecision::Admin1)
        );
        // "province" names the division.
        assert_eq!(
            precision("Fighting spread across Basra province.", "Basra").map(|(p, _)| p),
            Some(crate::GeoPrecision::Admin1)
        );
        assert_eq!(
            precision("Rockets hit Basra on Monday.", "Basra").map(|(p, _)| p),
            Some(crate::GeoPrecision::Place)
        );
    }

    #[test]
    fn a_place_named_institution_does_not_make_the_place_a_surname() {
        let text = "The Liverpool Academy opened a branch in Cairo. \
                    Liverpool have gained fans there since then.";
        let ms = crate::Gazetteer::global().find_places(text, &GeoContext::default());
        let second = text.rfind("Liverpool").unwrap_or(0);
        assert!(
            ms.iter()
                .any(|m| m.start == second && m.place.country_code == "GB"),
            "{ms:?}"
        );
        // Two capitalised words that are not place and institution still
        // make a person: "Kelly" alone is then not a place.
        let text = "John Kelly met aides. Kelly left early.";
        let ms = crate::Gazetteer::global().find_places(text, &GeoContext::default());
        assert!(ms.iter().all(|m| m.surface != "Kelly"), "{ms:?}");
    }

    #[test]
    fn a_name_placed_in_its_division_is_a_place_whatever_else_it_names() {
        // "Oakland Athletics" makes "Oakland" look like part of a name; the
        // dateline's "Calif." settles it.
        let text = "Fans of the Oakland Athletics cheered. OAKLAND, Calif. (AP) - \
                    The game went on.";
        let ms = crate::Gazetteer::global().find_places(text, &GeoContext::default());
        assert!(
            ms.iter()
                .any(|m| m.surface == "OAKLAND" && m.place.admin1.as_deref() == Some("California")),
            "{ms:?}"
        );
    }

    #[test]
    fn a_town_after_between_is_located() {
        // "Cinkasse" is only an alternate name of a small town: it needs a
        // locative cue, and "between" is one.
        let f = found_after(&[
            "DAPAONG, Togo - Gunmen killed four people in Mango.",
            "Gunmen abducted two traders on the road between Cinkasse and Dapaong last week.",
        ]);
        assert!(
            f.iter().any(|(s, cc, _)| s == "Cinkasse" && cc == "TG"),
            "{f:?}"
        );
    }
}
