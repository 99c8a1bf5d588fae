//! Counts in digits and words ("43", "fifteen", "around 53", "dozens").
//!
//! [`find_counts`] reports every quantity that could count people or things,
//! as a `low..=high` range with a `best` single figure. Conventions:
//!
//! * **Conservative best.** For ranges and vague quantities `best` is the
//!   lower figure, as ACLED does: "10 to 15" → best 10; "dozens" → best 24.
//! * **Vague quantities** (always `approximate`): "several" 3..=9,
//!   "a few"/"a handful" 2..=5, "a couple" 2..=3, "dozens" 24..=99,
//!   "scores of" 40..=99, "hundreds" 200..=999, "thousands" 2000..=9999,
//!   "tens of thousands" 20 000..=99 999, "hundreds of thousands"
//!   200 000..=999 999; "several hundred" 300..=900, "a few dozen" 24..=60.
//! * **Hedges** (approximate): "around/about/approximately/roughly/some/an
//!   estimated N" → best N, ±10 %; "nearly/almost/close to N" → N-10 %..=N;
//!   "at least / more than / over N" → low = best = N (the upper bound is
//!   unknown, so `high` is N too); "up to / as many as N" → 1..=N, best N;
//!   "fewer than / less than / under N" → 1..=N-1, best N-1.
//! * **Ranges**: "between 10 and 15", "10 to 15", "10-15", "two or three".
//!   "from 10 to 15" is a change ("rose from 10 to 15"), so both figures are
//!   reported separately.
//! * **"one"** is reported as an exact 1 (except in "no one", "one another",
//!   "the one", …); bare "a"/"an" are never reported — whether "a soldier"
//!   is a count is the caller's call.
//! * **Not counts**: years ("in 2019"), times ("10 a.m.", "10:30"), dates
//!   ("November 18"), ordinals ("3rd"), percentages, money, measurements
//!   ("5 km", "10 years"), decimals without a scale word ("3.5"), numbers
//!   glued to words or hyphens ("COVID-19", "F-16", "A320", "10-year-old")
//!   and numbers after a capitalised name word ("Resolution 2254",
//!   "Route 66", "No. 5", "World War Two"), scores and phone numbers
//!   ("won 91-89"), ages ("Ali, 33, said", "aged 25"), fractions ("one
//!   third"). A bare four-digit number in 1900..=2100 is a year unless a
//!   plural noun follows ("2000 people") — news style writes large counts
//!   with a comma ("2,000").
//! * "many", "numerous" and other quantities without a numeric reading are
//!   not reported; "a dozen" is an exact 12, "half a dozen" an approximate 6.

use crate::dates::{
    find_dates_in, tokenize, word_in, Tok, TokKind, MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS,
};
use crate::text::WordSet;
use std::sync::OnceLock;

/// One quantity: byte span `[start, end)` in the text and its value range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    pub start: usize,
    pub end: usize,
    pub low: u32,
    pub best: u32,
    pub high: u32,
    pub approximate: bool,
}

/// A parsed quantity before hedges apply; `next` is the token after it.
#[derive(Debug, Clone, Copy)]
struct Core {
    low: u64,
    best: u64,
    high: u64,
    approximate: bool,
    next: usize,
}

impl Core {
    fn exact(n: u64, next: usize) -> Self {
        Core {
            low: n,
            best: n,
            high: n,
            approximate: false,
            next,
        }
    }
    fn vague(low: u64, high: u64, next: usize) -> Self {
        Core {
            low,
            best: low,
            high,
            approximate: true,
            next,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hedge {
    About,
    Nearly,
    AtLeast,
    UpTo,
    LessThan,
    Between,
}

/// Hedge phrases, longest first so "no fewer than" wins over "fewer than".
const HEDGES: &[(&[&str], Hedge)] = &[
    (&["no", "fewer", "than"], Hedge::AtLeast),
    (&["no", "less", "than"], Hedge::AtLeast),
    (&["not", "less", "than"], Hedge::AtLeast),
    (&["a", "minimum", "of"], Hedge::AtLeast),
    (&["no", "more", "than"], Hedge::UpTo),
    (&["not", "more", "than"], Hedge::UpTo),
    (&["as", "many", "as"], Hedge::UpTo),
    (&["in", "excess", "of"], Hedge::AtLeast),
    (&["an", "estimated"], Hedge::About),
    (&["at", "least"], Hedge::AtLeast),
    (&["more", "than"], Hedge::AtLeast),
    (&["just", "over"], Hedge::AtLeast),
    (&["well", "over"], Hedge::AtLeast),
    (&["upwards", "of"], Hedge::AtLeast),
    (&["up", "to"], Hedge::UpTo),
    (&["at", "most"], Hedge::UpTo),
    (&["close", "to"], Hedge::Nearly),
    (&["just", "under"], Hedge::Nearly),
    (&["fewer", "than"], Hedge::LessThan),
    (&["less", "than"], Hedge::LessThan),
    (&["around"], Hedge::About),
    (&["about"], Hedge::About),
    (&["approximately"], Hedge::About),
    (&["roughly"], Hedge::About),
    (&["some"], Hedge::About),
    (&["estimated"], Hedge::About),
    (&["nearly"], Hedge::Nearly),
    (&["almost"], Hedge::Nearly),
    (&["over"], Hedge::AtLeast),
    (&["under"], Hedge::LessThan),
    (&["between"], Hedge::Between),
];

pub(crate) const UNITS: [&str; 20] = [
    "zero",
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
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

pub(crate) const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Words after a number that make it a measurement, a time or money rather
/// than a count.
const NOT_COUNT_NEXT: &[&str] = &[
    "percent",
    "pc",
    "am",
    "pm",
    "gmt",
    "utc",
    "km",
    "kms",
    "kilometres",
    "kilometers",
    "kilometre",
    "kilometer",
    "mile",
    "miles",
    "metres",
    "meters",
    "metre",
    "meter",
    "m",
    "cm",
    "mm",
    "kg",
    "kgs",
    "kilos",
    "kilograms",
    "grams",
    "tonnes",
    "tons",
    "ton",
    "hour",
    "hours",
    "hrs",
    "minute",
    "minutes",
    "mins",
    "second",
    "seconds",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    "degrees",
    "hectares",
    "acres",
    "feet",
    "foot",
    "ft",
    "inches",
    "litres",
    "liters",
    "barrels",
    "mph",
    "calibre",
    "caliber",
    "dollars",
    "dollar",
    "euros",
    "euro",
    "pounds",
    "dinars",
    "rupees",
    "yuan",
    "yen",
    "riyals",
    "lira",
    "liras",
    "shekels",
    "pesos",
    "naira",
    "shillings",
    "usd",
    "eur",
    "gbp",
    "bn",
    "o'clock",
    "times",
    "pence",
    "cents",
    "cent",
    "gw",
    "mw",
    "kw",
    "kwh",
    "mwh",
    "gwh",
    "mb",
    "gb",
    "tb",
    "lbs",
    "lb",
    "oz",
    "mg",
    "ml",
    "knots",
    "kph",
    "bpd",
    "pct",
    "half",
    "halves",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "fifth",
    "fifths",
    "tenth",
    "tenths",
];

/// The [`HEDGES`] (by index, in list order) that open with each first word.
type HedgeIndex = std::collections::HashMap<
    &'static str,
    Vec<usize>,
    std::hash::BuildHasherDefault<crate::text::Fnv>,
>;

fn hedges_by_first_word() -> &'static HedgeIndex {
    static MAP: OnceLock<HedgeIndex> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HedgeIndex::default();
        for (k, (words, _)) in HEDGES.iter().enumerate() {
            if let Some(first) = words.first() {
                map.entry(*first).or_default().push(k);
            }
        }
        map
    })
}

/// Words that can begin a count: hedges, number words, vague quantities.
fn count_starters() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set: WordSet = HEDGES
            .iter()
            .filter_map(|(w, _)| w.first().copied())
            .collect();
        set.extend(UNITS);
        set.extend(TENS);
        set.extend([
            "a",
            "an",
            "half",
            "several",
            "tens",
            "hundreds",
            "dozens",
            "scores",
            "thousands",
            "millions",
            "himself",
            "herself",
            "both",
        ]);
        set
    })
}

/// Verbs after which "a third", "herself" count one person.
const CASUALTY_VERBS: &[&str] = &[
    "killing", "killed", "wounding", "wounded", "injuring", "injured",
];

/// Every count in `text`, in order, non-overlapping. See the module docs for
/// what is and is not a count.
pub fn find_counts(text: &str) -> Vec<Count> {
    find_counts_in(&tokenize(text))
}

/// [`find_counts`] over tokens already made by [`tokenize`], for callers
/// that read dates from the same tokens.
pub(crate) fn find_counts_in(toks: &[Tok]) -> Vec<Count> {
    // Any number inside a date expression is part of the date.
    let anchor = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    // Read only once a quantity needs checking: most sentences have none.
    let dates: std::cell::OnceCell<Vec<(usize, usize)>> = std::cell::OnceCell::new();
    let in_date = |start: usize, end: usize| {
        dates
            .get_or_init(|| {
                find_dates_in(toks, anchor)
                    .iter()
                    .map(|d| (d.start, d.end))
                    .collect()
            })
            .iter()
            .any(|&(s, e)| start < e && s < end)
    };

    let mut out = Vec::new();
    let starters = count_starters();
    let mut i = 0;
    while i < toks.len() {
        if toks[i].kind != TokKind::Num && !word_in(&toks[i], starters) {
            i += 1;
            continue;
        }
        match quantity(toks, i) {
            Some((first, c)) if c.next > i && c.next <= toks.len() => {
                let start = toks[first].start;
                let end = toks[c.next - 1].end;
                if !in_date(start, end) {
                    if let Some(count) = to_count(start, end, &c) {
                        out.push(count);
                    }
                }
                i = c.next;
            }
            _ => {
                // Skip a whole numeric blob ("3.5", "10:30", "COVID-19")
                // so its tail is not re-read as a count.
                i = if toks[i].kind == TokKind::Num {
                    blob_end(toks, i)
                } else {
                    i + 1
                };
            }
        }
    }
    out
}

fn to_count(start: usize, end: usize, c: &Core) -> Option<Count> {
    let low = u32::try_from(c.low).ok()?;
    let best = u32::try_from(c.best).ok()?;
    let high = u32::try_from(c.high).ok()?;
    (low <= best && best <= high).then_some(Count {
        start,
        end,
        low,
        best,
        high,
        approximate: c.approximate,
    })
}

/// Index after the numeric blob starting at `i`: everything glued to it.
fn blob_end(toks: &[Tok], i: usize) -> usize {
    let mut j = i + 1;
    while toks.get(j).is_some_and(|t| !t.spaced) {
        j += 1;
    }
    j
}

/// A hedged or ranged quantity starting at token `i`; returns the index of
/// its first token and the parsed value.
fn quantity(toks: &[Tok], i: usize) -> Option<(usize, Core)> {
    // Hedge phrase first: only the hedges opening with this word, in list
    // order (hedges are words, so a digit token starts none).
    let mut buf = [0u8; 16];
    let hedges: &[usize] = match toks.get(i) {
        Some(t) if t.kind == TokKind::Word => {
            let b = t.text.as_bytes();
            match buf.get_mut(..b.len()) {
                Some(dst) => {
                    for (d, s) in dst.iter_mut().zip(b) {
                        *d = s.to_ascii_lowercase();
                    }
                    std::str::from_utf8(dst)
                        .ok()
                        .and_then(|w| hedges_by_first_word().get(w))
                        .map_or(&[], Vec::as_slice)
                }
                // Longer than any hedge word.
                None => &[],
            }
        }
        _ => &[],
    };
    for (words, hedge) in hedges.iter().filter_map(|&k| HEDGES.get(k)) {
        let matches = words
            .iter()
            .enumerate()
            .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.is(w)));
        if !matches {
            continue;
        }
        let j = i + words.len();
        let Some(core) = core_at(toks, j, true) else {
            continue;
        };
        let core = if *hedge == Hedge::Between {
            // "between 10 and 15"
            let and = toks.get(core.next).filter(|t| t.is("and"));
            let upper = and.and_then(|_| core_at(toks, core.next + 1, true));
            match upper {
                Some(u) if u.high > core.low => Core {
                    low: core.low,
                    best: core.low,
                    high: u.high,
                    approximate: true,
                    next: u.next,
                },
                _ => continue,
            }
        } else {
            apply_hedge(*hedge, ranged(toks, core))
        };
        if !followed_by_non_count(toks, core.next) && !dash_number(toks, core.next) {
            return Some((i, core));
        }
        return None;
    }
    let core = core_at(toks, i, false)?;
    // "from 10 to 15" is a change, not a range.
    let after_from = i > 0 && toks[i - 1].is("from");
    let core = if after_from { core } else { ranged(toks, core) };
    if followed_by_non_count(toks, core.next) || dash_number(toks, core.next) {
        return None;
    }
    if is_age(toks, i, &core) {
        return None;
    }
    Some((i, core))
}

/// Whether a glued "-<digits>" follows that did not make a range: a score
/// ("won 91-89") or a phone number ("905-453-2121").
fn dash_number(toks: &[Tok], k: usize) -> bool {
    toks.get(k)
        .is_some_and(|t| !t.spaced && (t.is_punct('-') || t.is_punct('–')))
        && toks
            .get(k + 1)
            .is_some_and(|n| !n.spaced && n.kind == TokKind::Num)
}

/// An age in apposition: "Mahathir, 92, said", "his son, 4, drowned".
fn is_age(toks: &[Tok], i: usize, core: &Core) -> bool {
    let comma_before = i >= 2 && toks[i - 1].is_punct(',') && toks[i - 2].kind == TokKind::Word;
    let comma_after = toks.get(core.next).is_some_and(|t| t.is_punct(','));
    comma_before && comma_after && !core.approximate && core.best <= 130 && core.next == i + 1
}

/// Extends `core` (which starts at `i`) into a range: "10 to 15",
/// "10-15", "two or three".
fn ranged(toks: &[Tok], core: Core) -> Core {
    let Some(t) = toks.get(core.next) else {
        return core;
    };
    let dash = (t.is_punct('-') || t.is_punct('–')) && !t.spaced;
    let upper = if dash {
        toks.get(core.next + 1)
            .filter(|n| !n.spaced && n.kind == TokKind::Num)
            .and_then(|_| core_at(toks, core.next + 1, true))
    } else if t.is("to") || t.is("or") {
        core_at(toks, core.next + 1, true)
    } else {
        None
    };
    match upper {
        Some(u) if u.high > core.best && !core.approximate => Core {
            low: core.low,
            best: core.best,
            high: u.high,
            approximate: true,
            next: u.next,
        },
        _ => core,
    }
}

fn apply_hedge(h: Hedge, c: Core) -> Core {
    let exact = !c.approximate;
    match h {
        Hedge::About if exact => Core {
            low: c.best - c.best / 10,
            high: c.best.saturating_add(c.best / 10),
            approximate: true,
            ..c
        },
        Hedge::Nearly => Core {
            low: c.low - c.low / 10,
            approximate: true,
            ..c
        },
        Hedge::AtLeast => Core {
            best: c.low,
            approximate: true,
            ..c
        },
        Hedge::UpTo => Core {
            low: c.low.min(1),
            best: c.high,
            approximate: true,
            ..c
        },
        Hedge::LessThan if c.low > 1 => Core {
            low: 1,
            best: c.low - 1,
            high: c.low - 1,
            approximate: true,
            next: c.next,
        },
        _ => Core {
            approximate: true,
            ..c
        },
    }
}

/// Whether the token at `k` makes the preceding number a measurement, time,
/// percentage or amount of money.
fn followed_by_non_count(toks: &[Tok], k: usize) -> bool {
    let Some(t) = toks.get(k) else {
        return false;
    };
    if t.is_punct('%') {
        return true;
    }
    if t.is("per") && toks.get(k + 1).is_some_and(|n| n.is("cent")) {
        return true;
    }
    // "at 1400 local time"
    if t.is("local") && toks.get(k + 1).is_some_and(|n| n.is("time")) {
        return true;
    }
    // "10 a.m.", "4 p.m."
    if (t.is("a") || t.is("p"))
        && toks
            .get(k + 1)
            .is_some_and(|n| n.is_punct('.') && !n.spaced)
        && toks.get(k + 2).is_some_and(|n| n.is("m") && !n.spaced)
    {
        return true;
    }
    crate::text::in_set_bytes(t.text.as_bytes(), not_count_next())
}

/// [`NOT_COUNT_NEXT`] as a set: looked up after every number, where a
/// comparison with each of its words in turn cost more than the rest of the
/// count.
fn not_count_next() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| NOT_COUNT_NEXT.iter().copied().collect())
}

/// [`UNITS`] and [`TENS`] together, as a filter: nearly every word asked
/// about is neither, and the filter says so before the lists are searched.
fn number_word_filter() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| UNITS.iter().chain(TENS.iter()).copied().collect())
}

fn unit_value(t: &Tok) -> Option<u64> {
    if !number_word_filter().may_contain(t.text.as_bytes()) {
        return None;
    }
    UNITS.iter().position(|w| t.is(w)).map(|p| p as u64)
}

fn tens_value(t: &Tok) -> Option<u64> {
    if !number_word_filter().may_contain(t.text.as_bytes()) {
        return None;
    }
    TENS.iter()
        .position(|w| t.is(w))
        .map(|p| 20 + 10 * p as u64)
}

fn scale_value(t: &Tok) -> Option<u64> {
    if t.is("hundred") {
        Some(100)
    } else if t.is("thousand") {
        Some(1_000)
    } else if t.is("million") {
        Some(1_000_000)
    } else if t.is("billion") {
        Some(1_000_000_000)
    } else {
        None
    }
}

/// Vague plural quantities: (word, low, high, needs "of" after it).
fn vague_plural(t: &Tok) -> Option<(u64, u64, bool)> {
    let table: [(&str, u64, u64, bool); 6] = [
        ("dozens", 24, 99, false),
        ("scores", 40, 99, true),
        ("hundreds", 200, 999, false),
        ("thousands", 2_000, 9_999, false),
        ("tens", 20, 99, true),
        ("millions", 2_000_000, 9_999_999, false),
    ];
    table
        .iter()
        .find(|(w, ..)| t.is(w))
        .map(|&(_, l, h, of)| (l, h, of))
}

/// A bare quantity at `i` (no hedge). `hedged` relaxes the context checks
/// that only protect unhedged numbers ("Route 66").
fn core_at(toks: &[Tok], i: usize, hedged: bool) -> Option<Core> {
    let t = toks.get(i)?;
    match t.kind {
        TokKind::Num => digits_at(toks, i, hedged),
        // "World War Two", "Camp One": a capitalised number word named.
        TokKind::Word if !hedged && t.is_capitalised() && i > 0 && is_name_word(toks, i - 1) => {
            None
        }
        TokKind::Word => words_at(toks, i),
        TokKind::Punct => None,
    }
}

fn digits_at(toks: &[Tok], i: usize, hedged: bool) -> Option<Core> {
    let t = toks.get(i)?;
    let prev = i.checked_sub(1).and_then(|j| toks.get(j));
    // Glued to what precedes: "COVID-19", "A320", "$5", "#3", "1.5" tails.
    // (A hedged number was already placed by its caller, e.g. "10-15".)
    if !hedged && !t.spaced && prev.is_some() {
        return None;
    }
    if let Some(p) = prev {
        if !hedged && is_name_word(toks, i - 1) {
            return None;
        }
        if p.is_punct('$') || p.is_punct('£') || p.is_punct('€') || p.is_punct('#') {
            return None;
        }
        // Ages: "a man aged 25", "at the age of 12".
        let age_of = p.is("of") && i >= 2 && toks[i - 2].is("age");
        if p.is("aged") || p.is("ages") || age_of {
            return None;
        }
    }
    // Thousands groups: "1,200", "12,500,000".
    if t.text.len() > 3 && t.text.starts_with('0') {
        return None;
    }
    let mut value: u64 = t.num()?;
    let mut k = i + 1;
    if t.text.len() <= 3 {
        while toks.get(k).is_some_and(|c| c.is_punct(',') && !c.spaced)
            && toks
                .get(k + 1)
                .is_some_and(|n| !n.spaced && n.kind == TokKind::Num && n.text.len() == 3)
        {
            let group: u64 = toks.get(k + 1).and_then(|n| n.num())?;
            value = value.checked_mul(1000)?.checked_add(group)?;
            k += 2;
        }
    }
    // Decimal part: only meaningful with a scale word ("2.5 million").
    let mut fraction: Option<&str> = None;
    if toks.get(k).is_some_and(|c| c.is_punct('.') && !c.spaced)
        && toks
            .get(k + 1)
            .is_some_and(|n| !n.spaced && n.kind == TokKind::Num)
    {
        fraction = toks.get(k + 1).map(|n| n.text);
        k += 2;
    }
    // Anything else glued on makes it a code, time, ordinal or date.
    if toks.get(k).is_some_and(|n| {
        !n.spaced
            && (n.kind != TokKind::Punct
                || [':', '/', '.', '%'].iter().any(|&c| n.is_punct(c))
                    && toks.get(k + 1).is_some_and(|m| !m.spaced))
    }) {
        return None;
    }
    // "10-year-old", "12-member": hyphen then a word.
    if toks.get(k).is_some_and(|n| n.is_punct('-') && !n.spaced)
        && toks
            .get(k + 1)
            .is_some_and(|n| !n.spaced && n.kind == TokKind::Word)
    {
        return None;
    }
    if let Some(scale) = toks.get(k).and_then(scale_value) {
        let whole = value.checked_mul(scale)?;
        let frac = match fraction {
            Some(f) => {
                // Scale the decimal digits without floating point.
                let digits = f.len().min(9) as u32;
                let f_val: u64 = f.get(..digits as usize)?.parse().ok()?;
                f_val.checked_mul(scale)? / 10u64.checked_pow(digits)?
            }
            None => 0,
        };
        return Some(Core::exact(whole.checked_add(frac)?, k + 1));
    }
    if fraction.is_some() {
        return None;
    }
    if !hedged && looks_like_year(toks, i, value) {
        return None;
    }
    Some(Core::exact(value, k))
}

/// A capitalised word right before a number names it: "Resolution 2254",
/// "Route 66", "No. 5". Sentence-initial words, weekdays and months do not.
fn is_name_word(toks: &[Tok], j: usize) -> bool {
    let Some(p) = toks.get(j) else {
        return false;
    };
    if p.is_punct('.') && j > 0 && toks.get(j - 1).is_some_and(|n| n.is("no")) {
        return true;
    }
    if p.kind != TokKind::Word || !p.is_capitalised() {
        return false;
    }
    // Weekdays and months before a number start dates or sit next to counts
    // ("On Tuesday 12 people"), never name them; nor does the pronoun "I".
    let not_name = WEEKDAYS.iter().chain(MONTHS.iter()).any(|w| p.is(w))
        || MONTH_ABBREVIATIONS.iter().any(|(a, _)| p.is(a))
        || p.is("i");
    if not_name {
        return false;
    }
    let sentence_start = j == 0
        || toks.get(j - 1).is_some_and(|b| {
            ['.', '"', '“', '(', ':', ';', '!', '?', '-', '—']
                .iter()
                .any(|&c| b.is_punct(c))
        });
    if !sentence_start {
        return true;
    }
    // Sentence-initial: capitalised by position, so only a name if it is not
    // an ordinary lead-in word.
    const LEAD_INS: &[&str] = &[
        "the",
        "only",
        "just",
        "all",
        "another",
        "these",
        "those",
        "at",
        "in",
        "on",
        "of",
        "and",
        "but",
        "with",
        "for",
        "by",
        "when",
        "after",
        "before",
        "while",
        "as",
        "to",
        "from",
        "including",
        "killing",
        "nearly",
        "another",
        "some",
        "over",
        "since",
        "with",
        "so",
        "then",
        "now",
        "yet",
        "still",
        "also",
        "a",
        "an",
    ];
    !LEAD_INS.iter().any(|w| p.is(w))
}

/// A four-digit number in 1900..=2100 reads as a year unless it is clearly
/// followed by what it counts ("2000 people", "1950 soldiers").
fn looks_like_year(toks: &[Tok], i: usize, value: u64) -> bool {
    let t = &toks[i];
    if t.text.len() != 4 || !(1000..=2100).contains(&value) {
        return false;
    }
    // "in 1806", "sterling's 2016 depreciation", "the 2017 season".
    // ("of", "by" and "from" are left out: "the deaths of 1500 people".)
    const BEFORE_YEAR: &[&str] = &[
        "in", "since", "until", "during", "before", "after", "the", "its", "their", "his", "her",
        "this", "that", "s", "year", "summer", "spring", "autumn", "winter", "fall",
    ];
    if i > 0 && BEFORE_YEAR.iter().any(|w| toks[i - 1].is(w)) {
        return true;
    }
    if value < 1900 {
        return false;
    }
    // In 1900..=2100 these too mark a year ("by 2025", "ahead of 2019
    // polls"); news style writes counts that large with a comma ("2,000").
    if i > 0 && ["by", "of", "from"].iter().any(|w| toks[i - 1].is(w)) {
        return true;
    }
    match toks.get(i + 1) {
        Some(n) if n.kind == TokKind::Word && !n.is_capitalised() => {
            const AFTER_YEAR: &[&str] = &[
                "and",
                "to",
                "when",
                "after",
                "before",
                "as",
                "the",
                "in",
                "on",
                "until",
                "while",
                "with",
                "that",
                "which",
                "was",
                "were",
                "is",
                "had",
                "has",
                "election",
                "elections",
                "war",
                "attack",
                "attacks",
                "uprising",
                "revolution",
                "census",
                "report",
                "agreement",
                "deal",
                "ceasefire",
                "truce",
            ];
            AFTER_YEAR.iter().any(|w| n.is(w))
        }
        _ => true,
    }
}

/// Number words at `i`: "fifteen", "twenty-three", "two hundred and fifty",
/// "a dozen", "half a dozen", "dozens", "several hundred", "one".
fn words_at(toks: &[Tok], i: usize) -> Option<Core> {
    let t = toks.get(i)?;
    let word = |k: usize| toks.get(k);
    let is = |k: usize, w: &str| word(k).is_some_and(|x| x.is(w));

    // Multi-word fixed forms first.
    if t.is("half") && is(i + 1, "a") && is(i + 2, "dozen") {
        return Some(Core {
            approximate: true,
            ..Core::exact(6, i + 3)
        });
    }
    let after_casualty_verb = i
        .checked_sub(1)
        .and_then(|j| toks.get(j))
        .is_some_and(|p| CASUALTY_VERBS.iter().any(|w| p.is(w)));
    // "killing herself and two other people": the bomber is one of the dead.
    if (t.is("herself") || t.is("himself")) && after_casualty_verb {
        return Some(Core::exact(1, i + 1));
    }
    // "killing both men inside": the two just told of. ("killing both
    // soldiers and civilians" joins two groups; no count.)
    if t.is("both") && after_casualty_verb && !(i + 1..i + 5).any(|k| is(k, "and")) {
        return Some(Core::exact(2, i + 1));
    }
    if t.is("a") || t.is("an") {
        if is(i + 1, "dozen") {
            return Some(Core::exact(12, i + 2));
        }
        // "killed two soldiers and wounded a third": one more person.
        if after_casualty_verb
            && ["second", "third", "fourth", "fifth", "sixth"]
                .iter()
                .any(|w| is(i + 1, w))
            && !is(i + 2, "of")
        {
            return Some(Core::exact(1, i + 2));
        }
        if let Some(s) = word(i + 1).and_then(scale_value) {
            return Some(Core::exact(s, i + 2));
        }
        if is(i + 1, "couple") {
            return Some(Core::vague(2, 3, i + 2));
        }
        if is(i + 1, "handful") {
            return Some(Core::vague(2, 5, i + 2));
        }
        if is(i + 1, "few") {
            return vague_multiplied(toks, i + 2, 2, 5).or(Some(Core::vague(2, 5, i + 2)));
        }
        return None;
    }
    if t.is("several") {
        return vague_multiplied(toks, i + 1, 3, 9).or(Some(Core::vague(3, 9, i + 1)));
    }
    if t.is("tens") && is(i + 1, "of") && is(i + 2, "thousands") {
        return Some(Core::vague(20_000, 99_999, i + 3));
    }
    if t.is("hundreds") && is(i + 1, "of") && is(i + 2, "thousands") {
        return Some(Core::vague(200_000, 999_999, i + 3));
    }
    if let Some((low, high, needs_of)) = vague_plural(t) {
        if needs_of && !is(i + 1, "of") {
            return None;
        }
        return Some(Core::vague(low, high, i + 1));
    }
    if t.is("one") {
        let prev = i.checked_sub(1).and_then(|j| toks.get(j));
        const NOT_ONE_PREV: &[&str] = &[
            "no", "any", "every", "some", "each", "the", "this", "that", "which", "someone",
        ];
        if prev.is_some_and(|p| NOT_ONE_PREV.iter().any(|w| p.is(w)))
            || is(i + 1, "another")
            || word(i + 1).is_some_and(|n| n.is_punct('-') && !n.spaced)
        {
            return None;
        }
    }
    number_words(toks, i)
}

/// "several hundred", "a few dozen", "several thousand": multiplies the
/// vague range `low..=high` by the scale word at `k`.
fn vague_multiplied(toks: &[Tok], k: usize, low: u64, high: u64) -> Option<Core> {
    let t = toks.get(k)?;
    let scale = if t.is("dozen") { 12 } else { scale_value(t)? };
    Some(Core::vague(
        low.checked_mul(scale)?,
        high.checked_mul(scale)?,
        k + 1,
    ))
}

/// Cardinal number words: "fifteen", "twenty-three", "two hundred and
/// fifty", "three thousand", "two dozen".
fn number_words(toks: &[Tok], i: usize) -> Option<Core> {
    #[derive(PartialEq, Eq, Clone, Copy)]
    enum Last {
        Start,
        Unit,
        Tens,
        Hundred,
        Scale,
    }
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut last = Last::Start;
    let mut k = i;
    while let Some(t) = toks.get(k) {
        let open = matches!(last, Last::Start | Last::Hundred | Last::Scale);
        if let Some(v) = unit_value(t) {
            if !(open || last == Last::Tens && (1..10).contains(&v)) {
                break;
            }
            current += v;
            last = Last::Unit;
        } else if let Some(v) = tens_value(t) {
            if !open {
                break;
            }
            current += v;
            last = Last::Tens;
        } else if t.is("dozen") && matches!(last, Last::Unit | Last::Tens) {
            current *= 12;
            k += 1;
            break;
        } else if t.is("hundred") && matches!(last, Last::Unit | Last::Tens) && current < 100 {
            current *= 100;
            last = Last::Hundred;
        } else if let Some(s) = scale_value(t).filter(|&s| s >= 1000) {
            if last == Last::Start || last == Last::Scale || current == 0 {
                break;
            }
            total = total.checked_add(current.checked_mul(s)?)?;
            current = 0;
            last = Last::Scale;
        } else if t.is_punct('-') && !t.spaced && last == Last::Tens {
            // "twenty-three": the hyphen joins only tens and units.
            let unit_follows = toks
                .get(k + 1)
                .filter(|n| !n.spaced)
                .and_then(unit_value)
                .is_some_and(|v| (1..10).contains(&v));
            if !unit_follows {
                break;
            }
        } else if t.is("and") && matches!(last, Last::Hundred | Last::Scale) {
            // "two hundred and fifty".
            let number_follows = toks
                .get(k + 1)
                .is_some_and(|n| unit_value(n).is_some() || tens_value(n).is_some());
            if !number_follows {
                break;
            }
        } else {
            break;
        }
        k += 1;
    }
    if last == Last::Start {
        return None;
    }
    // A lone "zero" counts nothing, which callers never want.
    let value = total.checked_add(current)?;
    if value == 0 {
        return None;
    }
    // A hyphen right after ("four-year", "three-member") makes it a modifier.
    if toks.get(k).is_some_and(|n| n.is_punct('-') && !n.spaced) {
        return None;
    }
    Some(Core::exact(value, k))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_lower_case() {
        // The sets look words up lower-cased.
        for w in NOT_COUNT_NEXT.iter().chain(&UNITS).chain(&TENS) {
            assert_eq!(*w, w.to_ascii_lowercase());
        }
        for (w, want) in [
            ("KM", true),
            ("Percent", true),
            ("kms", true),
            ("people", false),
            ("", false),
        ] {
            assert_eq!(followed_by_non_count(&tokenize(w), 0), want, "{w}");
        }
    }

    /// (matched text, low, best, high, approximate) for every count.
    fn counts(s: &str) -> Vec<(String, u32, u32, u32, bool)> {
        find_counts(s)
            .into_iter()
            .map(|c| {
                (
                    s[c.start..c.end].to_string(),
                    c.low,
                    c.best,
                    c.high,
                    c.approximate,
                )
            })
            .collect()
    }

    fn one(s: &str) -> (String, u32, u32, u32, bool) {
        let found = counts(s);
        assert_eq!(found.len(), 1, "expected one count in {s:?}, got {found:?}");
        found.into_iter().next().unwrap_or_default()
    }

    fn best(s: &str) -> u32 {
        one(s).2
    }

    #[test]
    fn digits() {
        assert_eq!(
            one("killed 43 ISIS members"),
            ("43".into(), 43, 43, 43, false)
        );
        assert_eq!(best("some 1,200 people fled"), 1200);
        assert_eq!(one("1,200 people fled").0, "1,200");
        assert_eq!(best("2.5 million refugees"), 2_500_000);
        assert_eq!(best("3 thousand troops"), 3000);
        assert_eq!(best("2000 people"), 2000);
    }

    #[test]
    fn number_words() {
        assert_eq!(best("fifteen soldiers"), 15);
        assert_eq!(one("twenty-three civilians").0, "twenty-three");
        assert_eq!(best("twenty-three civilians"), 23);
        assert_eq!(best("Twenty three civilians"), 23);
        assert_eq!(best("a dozen rockets"), 12);
        // One more person after a casualty verb; a fraction is no count.
        assert_eq!(best("and wounded a third"), 1);
        assert_eq!(best("killing herself"), 1);
        assert_eq!(best("killing both men inside"), 2);
        assert!(find_counts("killed both soldiers and civilians").is_empty());
        assert!(find_counts("killed a third of the villagers").is_empty());
        assert_eq!(best("two hundred fighters"), 200);
        assert_eq!(best("two hundred and fifty fighters"), 250);
        assert_eq!(best("three thousand five hundred troops"), 3500);
        assert_eq!(best("two dozen bodies"), 24);
        assert_eq!(best("one soldier died"), 1);
        assert!(counts("no one was hurt").is_empty());
        assert!(counts("a soldier died").is_empty());
    }

    #[test]
    fn vague_quantities() {
        assert_eq!(
            one("dozens were killed"),
            ("dozens".into(), 24, 24, 99, true)
        );
        assert_eq!(
            one("hundreds fled"),
            ("hundreds".into(), 200, 200, 999, true)
        );
        assert_eq!(one("several people").1, 3);
        assert_eq!(one("several people").3, 9);
        assert_eq!(one("scores of people").1, 40);
        assert!(counts("he scores goals").is_empty());
        assert_eq!(one("tens of thousands of people").1, 20_000);
        assert_eq!(
            one("several hundred people"),
            ("several hundred".into(), 300, 300, 900, true)
        );
    }

    #[test]
    fn hedges() {
        assert_eq!(
            one("around 53 people"),
            ("around 53".into(), 48, 53, 58, true)
        );
        assert_eq!(one("about 100").2, 100);
        assert_eq!(
            one("nearly 50 died"),
            ("nearly 50".into(), 45, 50, 50, true)
        );
        assert_eq!(
            one("at least 10 killed"),
            ("at least 10".into(), 10, 10, 10, true)
        );
        assert_eq!(one("more than 20 killed").1, 20);
        assert_eq!(one("up to 30 killed"), ("up to 30".into(), 1, 30, 30, true));
        assert_eq!(
            one("fewer than 10 killed"),
            ("fewer than 10".into(), 1, 9, 9, true)
        );
        assert_eq!(one("At least 12 people").2, 12);
    }

    #[test]
    fn ranges() {
        assert_eq!(
            one("between 10 and 15 dead"),
            ("between 10 and 15".into(), 10, 10, 15, true)
        );
        assert_eq!(one("10 to 15 dead"), ("10 to 15".into(), 10, 10, 15, true));
        assert_eq!(one("10-15 dead"), ("10-15".into(), 10, 10, 15, true));
        assert_eq!(
            one("two or three soldiers"),
            ("two or three".into(), 2, 2, 3, true)
        );
        assert_eq!(one("at least 10 to 15").3, 15);
        // A change, not a range.
        let c = counts("the toll rose from 10 to 15");
        assert_eq!(c.iter().map(|c| c.2).collect::<Vec<_>>(), vec![10, 15]);
    }

    #[test]
    fn not_counts() {
        for s in [
            "in 2019",
            "during World War Two",
            "laid out in 1806",
            "sterling's 2016 depreciation",
            "Notre Dame won 91-89",
            "call 905-453-2121",
            "Mahathir, 92, said",
            "cost 75 pence",
            "a man aged 25",
            "at the age of 12",
            "at 1400 local time",
            "up 5 pct",
            "nearly one third of the city",
            "at 10 a.m. local time",
            "at 10:30",
            "at 4 pm",
            "on November 18",
            "18 November",
            "the 3rd brigade",
            "rose 15%",
            "rose 15 percent",
            "$5 million",
            "5 million dollars",
            "Resolution 2254",
            "along Route 66",
            "COVID-19",
            "an F-16 jet",
            "an A320",
            "a 10-year-old boy",
            "magnitude 3.5",
            "5 km away",
            "for 10 years",
            "No. 5",
            "2019-11-18",
            "three days ago",
            "a four-year war",
        ] {
            assert!(counts(s).is_empty(), "{s:?} gave {:?}", counts(s));
        }
    }

    #[test]
    fn counts_next_to_dates_and_names() {
        assert_eq!(best("the deaths of 1500 people"), 1500);
        let c = counts("On Tuesday 12 people were killed in 2019 and 43 injured.");
        assert_eq!(c.iter().map(|c| c.2).collect::<Vec<_>>(), vec![12, 43]);
        let c = counts("Resolution 2254 says 30 people died");
        assert_eq!(c.iter().map(|c| c.2).collect::<Vec<_>>(), vec![30]);
        assert!(counts("According to The New York Times on November 18, numerous attacks killed 43 ISIS members")
            .iter()
            .any(|c| c.2 == 43));
    }

    #[test]
    fn huge_numbers_do_not_overflow() {
        assert!(counts("99999999999999999999999 people").is_empty());
        assert!(counts("5 billion people").is_empty());
        assert!(counts("999,999,999,999 people").is_empty());
        assert!(counts("about 18446744073709551615 people").is_empty());
    }
}
