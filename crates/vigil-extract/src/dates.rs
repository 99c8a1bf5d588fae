//! Resolving date expressions against a publication date.
//!
//! [`find_dates`] recognises the date expressions news reports use and turns
//! each into a calendar date plus a precision. Conventions (chosen to match
//! how ACLED codes dates, and documented here because callers depend on them):
//!
//! * **Day** precision: the event happened on `date`.
//! * **Week** precision: the event happened in the seven days starting at
//!   `date` — the Monday of the week for "last week", "this week" and
//!   "N weeks ago"; the Monday of the Saturday's week for "at the weekend".
//! * **Month** precision: `date` is the first of the month.
//! * **Year** precision: `date` is 1 January.
//!
//! Resolution rules:
//!
//! * A bare weekday ("on Tuesday") is the most recent such weekday **on or
//!   before** publication: wire copy names the publication day itself by its
//!   weekday ("gunmen killed 10 people on Tuesday" in a Tuesday story).
//!   "last Tuesday" is strictly before publication, "next Tuesday" strictly
//!   after.
//! * Future tense looks forward: when the words just before the expression
//!   (back to a comma or a reporting verb like "said") include "will",
//!   "due", "scheduled", "expected", … a bare weekday, month-day or month is
//!   the next one on or after publication ("talks will resume on Tuesday").
//! * "last October" is strictly before the publication month.
//! * "a few days ago" / "several days ago" are the week before publication
//!   (week precision from publication − 7 days); "an hour ago" is the
//!   publication day; a day range ("6-7 November") is its first day.
//! * "next week/month/year" and "tomorrow" look ahead; "over the past week"
//!   is the week starting seven days before publication; "USA Today" is a
//!   name, not a date.
//! * "last night" and "overnight" are the day before publication (the night
//!   began that evening); "on the night of Monday to Tuesday" is the Monday.
//! * A month-day without a year ("November 6") that would fall after
//!   publication is taken to be last year's.
//! * A bare month ("in October") is the most recent such month not after
//!   publication.
//! * Numeric dates: "2019-11-18" is ISO. In "a/b/yyyy", a field above 12 is the
//!   day; when both fields are ≤ 12 the date is read **day-first** (the
//!   international convention of most conflict reporting outside the US).
//! * Month names must be capitalised ("May" the month, not "may" the verb);
//!   a bare month or weekday without a day number needs a preceding
//!   preposition for the ambiguous ones ("in May", "in March").
//! * Impossible dates ("February 30") are skipped.

use crate::text::{char_at, WordSet};
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use std::sync::OnceLock;
use vigil_core::DatePrecision;

/// One date expression found in a sentence: byte span `[start, end)` of the
/// expression in the sentence and the date it resolves to. The span covers
/// the expression itself ("November 18", "last week", "at the weekend"'s
/// "the weekend"), not a leading "on"/"in".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub date: NaiveDate,
    pub precision: DatePrecision,
}

// ---------------------------------------------------------------------------
// Tokens (shared with `numbers`)
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// A run of alphabetic characters.
    Word,
    /// A run of ASCII digits.
    Num,
    /// Any other single non-whitespace character.
    Punct,
}

/// A token with its byte span. Spans always fall on char boundaries because
/// they are built from `char_indices`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub kind: TokKind,
    /// Whether whitespace (or the start of text) precedes the token.
    pub spaced: bool,
}

impl Tok<'_> {
    /// Case-insensitive (ASCII) equality. Matchers test each token against
    /// many words: always inlined with the length test first, most
    /// comparisons end there without a call (left to itself, the compiler
    /// made it a call).
    #[inline(always)]
    pub fn is(&self, word: &str) -> bool {
        self.text.len() == word.len() && self.text.eq_ignore_ascii_case(word)
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct && self.text.starts_with(c)
    }
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
    /// The numeric value of a digit token, if it fits in a u64.
    pub fn num(&self) -> Option<u64> {
        if self.kind == TokKind::Num {
            self.text.parse().ok()
        } else {
            None
        }
    }
}

/// Whether a word token, lower-cased, is in `set`. Used to skip the many
/// words that cannot start an expression before running the matchers.
#[inline(always)]
pub(crate) fn word_in(t: &Tok, set: &WordSet) -> bool {
    let mut buf = [0u8; 16];
    let b = t.text.as_bytes();
    if b.len() > buf.len() || !set.may_contain(b) {
        return false;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    // Lower-casing ASCII bytes keeps UTF-8 valid, so bytes compare as text.
    set.contains(&buf[..b.len()])
}

/// Words that can begin a date expression.
fn date_starters() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set: WordSet = [
            "today",
            "tonight",
            "tomorrow",
            "past",
            "yesterday",
            "overnight",
            "this",
            "the",
            "last",
            "earlier",
            "late",
            "early",
            "night",
            "weekend",
            "several",
            "next",
            "in",
            "during",
            "mid",
            // The possessive's "s" before a span of years.
            "s",
            "a",
            "an",
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
            "christmas",
        ]
        .into_iter()
        .collect();
        set.extend(MONTHS);
        set.extend(WEEKDAYS);
        set.extend(MONTH_ABBREVIATIONS.iter().map(|&(a, _)| a));
        set
    })
}

pub(crate) fn tokenize(s: &str) -> Vec<Tok<'_>> {
    // The assembly tokenizes each sentence once and hands the tokens to
    // both dates and counts; a per-thread memory of the last sentence cost
    // more in copies than the rare repeat it saved.
    split_tokens(s)
}

/// `u8::is_ascii_alphabetic` as a table: the word loop tests every letter
/// of every sentence, and one load beats the range comparisons.
const ASCII_ALPHA: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphabetic();
        b += 1;
    }
    t
};

fn split_tokens(s: &str) -> Vec<Tok<'_>> {
    // Walks bytes: ASCII is classified by byte tests, and only non-ASCII
    // characters are decoded.
    let b = s.as_bytes();
    let mut toks = Vec::with_capacity(s.len() / 4 + 1);
    let mut spaced = true;
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        let (kind, end) = if x.is_ascii() {
            if x.is_ascii_alphabetic() {
                (TokKind::Word, word_end(s, i + 1))
            } else if x.is_ascii_digit() {
                let mut end = i + 1;
                while b.get(end).is_some_and(u8::is_ascii_digit) {
                    end += 1;
                }
                (TokKind::Num, end)
            } else if x == b' ' || (b'\t'..=b'\r').contains(&x) {
                // `char::is_whitespace` on ASCII.
                spaced = true;
                i += 1;
                continue;
            } else {
                (TokKind::Punct, i + 1)
            }
        } else {
            let Some((c, len)) = char_at(s, i) else { break };
            if c.is_whitespace() {
                spaced = true;
                i += len;
                continue;
            }
            if c.is_alphabetic() {
                (TokKind::Word, word_end(s, i + len))
            } else {
                (TokKind::Punct, i + len)
            }
        };
        toks.push(Tok {
            start: i,
            end,
            text: s.get(i..end).unwrap_or(""),
            kind,
            spaced,
        });
        spaced = false;
        i = end;
    }
    toks
}

/// End of the word whose letters run on from `end`: ASCII letters, and
/// non-ASCII letters (decoded only there).
fn word_end(s: &str, mut end: usize) -> usize {
    let b = s.as_bytes();
    loop {
        while b.get(end).is_some_and(|&x| ASCII_ALPHA[usize::from(x)]) {
            end += 1;
        }
        // A non-ASCII letter continues the word; anything else ends it.
        match char_at(s, end) {
            Some((d, dl)) if !d.is_ascii() && d.is_alphabetic() => end += dl,
            _ => return end,
        }
    }
}

// ---------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------

/// Month names, lower case, January first: shared with the other extractors
/// so every module agrees on what a month is.
pub(crate) const MONTHS: [&str; 12] = [
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

/// Month abbreviations with their month number: "Sept" as well as "Sep",
/// and none for May, whose name is already that short.
pub(crate) const MONTH_ABBREVIATIONS: [(&str, u32); 12] = [
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Weekday names, lower case, Monday first.
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Month number of a capitalised month name or abbreviation; the bool says
/// whether it was an abbreviation (those only count next to a day number).
fn month_of(t: &Tok) -> Option<(u32, bool)> {
    if t.kind != TokKind::Word || !t.is_capitalised() {
        return None;
    }
    for (i, m) in MONTHS.iter().enumerate() {
        if t.is(m) {
            return Some((i as u32 + 1, false));
        }
    }
    MONTH_ABBREVIATIONS
        .iter()
        .find(|(a, _)| t.is(a))
        .map(|&(_, m)| (m, true))
}

fn weekday_of(t: &Tok) -> Option<Weekday> {
    if t.kind != TokKind::Word || !t.is_capitalised() {
        return None;
    }
    let days = [
        ("monday", Weekday::Mon),
        ("tuesday", Weekday::Tue),
        ("wednesday", Weekday::Wed),
        ("thursday", Weekday::Thu),
        ("friday", Weekday::Fri),
        ("saturday", Weekday::Sat),
        ("sunday", Weekday::Sun),
    ];
    days.iter().find(|(d, _)| t.is(d)).map(|&(_, w)| w)
}

/// Small quantities used in "two weeks ago", as digits or words.
fn small_number(t: &Tok) -> Option<u32> {
    if let Some(n) = t.num() {
        return u32::try_from(n).ok().filter(|&n| n <= 1000);
    }
    if t.is("an") {
        return Some(1);
    }
    let words = [
        "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    words
        .iter()
        .position(|w| t.is(w))
        .map(|p| if p == 0 { 1 } else { p as u32 })
}

// ---------------------------------------------------------------------------
// Calendar helpers (all checked: out-of-range input yields None)
// ---------------------------------------------------------------------------

fn minus_days(d: NaiveDate, n: u64) -> Option<NaiveDate> {
    d.checked_sub_days(Days::new(n))
}

fn monday_of(d: NaiveDate) -> Option<NaiveDate> {
    minus_days(d, u64::from(d.weekday().num_days_from_monday()))
}

fn first_of_month(d: NaiveDate) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(d.year(), d.month(), 1)
}

fn jan_first(year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, 1, 1)
}

/// Most recent `w` on or before `d` (or strictly before when `strict`).
fn weekday_before(d: NaiveDate, w: Weekday, strict: bool) -> Option<NaiveDate> {
    let back = (7 + d.weekday().num_days_from_monday() - w.num_days_from_monday()) % 7;
    let back = if strict && back == 0 { 7 } else { back };
    minus_days(d, u64::from(back))
}

/// Next `w` on or after `d` (or strictly after when `strict`).
fn weekday_after(d: NaiveDate, w: Weekday, strict: bool) -> Option<NaiveDate> {
    let fwd = (7 + w.num_days_from_monday() - d.weekday().num_days_from_monday()) % 7;
    let fwd = if strict && fwd == 0 { 7 } else { fwd };
    d.checked_add_days(Days::new(u64::from(fwd)))
}

/// Month-day with no year: this year's, or last year's if that is after
/// publication.
fn month_day(published: NaiveDate, month: u32, day: u32, future: bool) -> Option<NaiveDate> {
    let this = NaiveDate::from_ymd_opt(published.year(), month, day);
    if future {
        return match this {
            Some(d) if d >= published => Some(d),
            _ => NaiveDate::from_ymd_opt(published.year() + 1, month, day),
        };
    }
    match this {
        Some(d) if d <= published => Some(d),
        // 29 February of a non-leap publication year still fails here,
        // and is tried against last year like any other future date.
        _ => NaiveDate::from_ymd_opt(published.year() - 1, month, day),
    }
}

/// The month `month` nearest publication: the most recent not after it,
/// strictly before it for "last October", the next one not before it when
/// the sentence speaks of the future.
fn recent_month(published: NaiveDate, month: u32, strict: bool, future: bool) -> Option<NaiveDate> {
    let year = if future {
        if month >= published.month() {
            published.year()
        } else {
            published.year() + 1
        }
    } else if month < published.month() || month == published.month() && !strict {
        published.year()
    } else {
        published.year() - 1
    };
    NaiveDate::from_ymd_opt(year, month, 1)
}

/// Whether the clause before token `i` speaks of the future ("will meet
/// on Tuesday", "is due to visit in June"). Looks back a few words, stopping
/// at clause punctuation and at reporting verbs so that "said on Tuesday it
/// will" is not caught.
fn future_cue(toks: &[Tok], i: usize) -> bool {
    const CUES: &[&str] = &[
        "will",
        "shall",
        "ll",
        "scheduled",
        "plans",
        "planned",
        "planning",
        "expected",
        "upcoming",
        "tomorrow",
    ];
    const STOPS: &[&str] = &["said", "says", "told", "announced", "reported", "added"];
    // A gerund cue only looks forward when its clause does: "is planning
    // talks on Monday" is future, "detained a man suspected of planning
    // attacks on Monday" tells what happened on Monday.
    const GERUNDS: &[&str] = &["planning", "plotting", "preparing"];
    let end = i.min(toks.len());
    for j in (end.saturating_sub(8)..end).rev() {
        let t = &toks[j];
        if t.kind == TokKind::Punct && !t.is_punct('\'') && !t.is_punct('’') {
            return false;
        }
        if STOPS.iter().any(|w| t.is(w)) {
            return false;
        }
        if CUES.iter().any(|w| t.is(w)) {
            return !(GERUNDS.iter().any(|w| t.is(w)) && past_main_verb(toks, j));
        }
        // "is due to meet" looks ahead; "due to fighting" (because of) not.
        let be = |k: usize| {
            toks.get(k)
                .is_some_and(|b| ["is", "are", "be", "was", "were"].iter().any(|w| b.is(w)))
        };
        if t.is("due") && j > 0 && be(j - 1) {
            return true;
        }
    }
    false
}

/// Whether the clause before token `i` has a past-tense main verb ("police
/// detained", "troops arrested"): a regular past in -ed or a common
/// irregular past, not under "will"/"is"/"are" and not after a future
/// auxiliary. Stops at clause punctuation.
fn past_main_verb(toks: &[Tok], i: usize) -> bool {
    const IRREGULAR: &[&str] = &[
        "was", "were", "held", "caught", "shot", "seized", "took", "hit", "struck", "led", "found",
        "broke", "fought", "threw", "stole", "set", "blew", "ran", "made", "rounded",
    ];
    const PRESENT: &[&str] = &["is", "are", "am", "will", "shall", "ll", "be"];
    let end = i.min(toks.len());
    let mut past = false;
    for t in toks[end.saturating_sub(14)..end].iter().rev() {
        if t.kind == TokKind::Punct && !t.is_punct('\'') && !t.is_punct('’') {
            break;
        }
        if t.kind != TokKind::Word {
            continue;
        }
        if PRESENT.iter().any(|w| t.is(w)) {
            return false;
        }
        let lower_ed = t.text.len() > 4
            && t.text.is_char_boundary(t.text.len() - 2)
            && t.text[t.text.len() - 2..].eq_ignore_ascii_case("ed")
            && !t.is_capitalised();
        if lower_ed || IRREGULAR.iter().any(|w| t.is(w)) {
            past = true;
        }
    }
    past
}

/// "On Christmas Eve 2023", "over Christmas 2008": 24 or 25 December of
/// the year named.
fn christmas(toks: &[Tok], i: usize) -> Option<Hit> {
    let t = toks.get(i)?;
    if !t.is_capitalised() {
        return None;
    }
    let (day, mut len) = match toks.get(i + 1) {
        Some(n) if n.is("eve") => (24, 2),
        Some(n) if n.is("day") => (25, 2),
        _ => (25, 1),
    };
    let year = toks
        .get(i + len)
        .and_then(|n| n.num())
        .and_then(plausible_year);
    // Only with its year: "before Christmas" is mostly still to come.
    let date = NaiveDate::from_ymd_opt(year?, 12, day)?;
    len += 1;
    Some(Hit {
        first: i,
        next: i + len,
        date,
        precision: DatePrecision::Day,
    })
}

fn plausible_year(n: u64) -> Option<i32> {
    (1900..=2100).contains(&n).then_some(n as i32)
}

// ---------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------

/// A match: the date, its precision, and the token range `[first, next)` it
/// covers.
struct Hit {
    first: usize,
    next: usize,
    date: NaiveDate,
    precision: DatePrecision,
}

/// Every date expression in `sentence`, resolved against the article's
/// publication date. Mentions are in text order and never overlap.
pub fn find_dates(sentence: &str, published: NaiveDate) -> Vec<DateMention> {
    find_dates_in(&tokenize(sentence), published)
}

/// [`find_dates`] over tokens already made by [`tokenize`], for callers that
/// need the tokens too.
pub(crate) fn find_dates_in(toks: &[Tok], published: NaiveDate) -> Vec<DateMention> {
    let mut out = Vec::new();
    let starters = date_starters();
    let mut i = 0;
    while i < toks.len() {
        // The set's cheap filter turns away nearly every word that starts
        // nothing; the few it lets through need no exact lookup, since
        // `match_at` keys on the word itself and finds nothing for them.
        // Punctuation starts nothing (`match_at` finds nothing there).
        let t = &toks[i];
        let skip = match t.kind {
            TokKind::Num => false,
            TokKind::Word => !starters.may_contain(t.text.as_bytes()),
            TokKind::Punct => true,
        };
        if skip {
            i += 1;
            continue;
        }
        match match_at(toks, i, published).map(|h| day_pair(toks, h, published)) {
            Some(hit) if hit.next > i && hit.first <= hit.next && hit.next <= toks.len() => {
                // Every week-precision date is the Monday of its ISO week
                // ("a few days ago", "over the past week" as "last week").
                let date = match hit.precision {
                    DatePrecision::Week => monday_of(hit.date).unwrap_or(hit.date),
                    _ => hit.date,
                };
                out.push(DateMention {
                    start: toks[hit.first].start,
                    end: toks[hit.next - 1].end,
                    date,
                    precision: hit.precision,
                });
                i = hit.next;
            }
            _ => i += 1,
        }
    }
    out
}

/// "on Tuesday and Wednesday": two days read as one span, a week-precision
/// date from the first of them.
fn day_pair(toks: &[Tok], hit: Hit, p: NaiveDate) -> Hit {
    let day = hit.precision == DatePrecision::Day
        && hit.next >= 1
        && toks.get(hit.next - 1).and_then(weekday_of).is_some();
    let second = toks
        .get(hit.next)
        .filter(|t| t.is("and") || t.is("to") || t.is("until") || t.is("through"))
        .and_then(|_| toks.get(hit.next + 1))
        .and_then(weekday_of)
        .and_then(|w| weekday_before(p, w, false));
    match (day, second) {
        (true, Some(d2)) => Hit {
            first: hit.first,
            next: hit.next + 2,
            date: hit.date.min(d2),
            precision: DatePrecision::Week,
        },
        // "an assault that began on Wednesday": the start of something that
        // lasted, dated by its week.
        (true, None) if began_before(toks, hit.first) => Hit {
            precision: DatePrecision::Week,
            ..hit
        },
        _ => hit,
    }
}

/// "that began on", "which broke out on": a relative clause dating the
/// start of a lasting incident, ending just before token `first`.
fn began_before(toks: &[Tok], first: usize) -> bool {
    let word = |k: usize| first.checked_sub(k).and_then(|j| toks.get(j));
    let on = if word(1).is_some_and(|t| t.is("on")) {
        1
    } else {
        0
    };
    if on == 0 {
        return false;
    }
    let verb = word(on + 1);
    let (verb_len, verb_ok) = match verb {
        Some(t) if t.is("began") || t.is("started") || t.is("erupted") => (1, true),
        Some(t) if t.is("out") && word(on + 2).is_some_and(|b| b.is("broke")) => (2, true),
        _ => (0, false),
    };
    verb_ok && word(on + verb_len + 1).is_some_and(|t| t.is("that") || t.is("which"))
}

fn match_at(toks: &[Tok], i: usize, p: NaiveDate) -> Option<Hit> {
    let t = toks.get(i)?;
    let at = |k: usize| toks.get(i + k);
    let word_at = |k: usize, w: &str| at(k).is_some_and(|t| t.is(w));
    // "24 hours" after "past"/"last": one day.
    let day_span = |k: usize| at(k).and_then(|n| n.num()) == Some(24) && word_at(k + 1, "hours");
    let hit = |len: usize, date: Option<NaiveDate>, precision| {
        date.map(|date| Hit {
            first: i,
            next: i + len,
            date,
            precision,
        })
    };
    use DatePrecision::*;

    if t.kind == TokKind::Num {
        if let Some(h) = numeric_date(toks, i, p) {
            return Some(h);
        }
        return small_number(t).and_then(|n| ago(toks, i, n, p));
    }
    if t.kind != TokKind::Word {
        return None;
    }
    // Each expression is keyed on its first word: lower-case it once and go
    // straight to the expressions it can start, instead of comparing it
    // with every keyword in turn ("the", "a" and "in" are the commonest
    // words and start almost nothing). No keyword is longer than the
    // buffer, so a longer word starts nothing.
    let mut buf = [0u8; 16];
    let b = t.text.as_bytes();
    let w = buf.get_mut(..b.len())?;
    for (d, s) in w.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    // The year after "in 2017", "during 2014", "early 2018", "mid-2016".
    let year = || year_hit(toks, i);
    // "a few days ago", "several days ago": some day of the past week.
    // `Err` when the phrase is there but its date is out of range.
    let few_days_ago = |len: usize| {
        if at(len).is_some_and(|u| u.is("days")) && word_at(len + 1, "ago") {
            Err(hit(len + 2, minus_days(p, 7), Week))
        } else {
            Ok(())
        }
    };
    match &*w {
        b"today" | b"tonight" => {
            // "USA Today", "Russia Today": a name, not a date.
            let named = t.is_capitalised()
                && i > 0
                && toks[i - 1].kind == TokKind::Word
                && toks[i - 1].is_capitalised();
            if named {
                None
            } else {
                hit(1, Some(p), Day)
            }
        }
        b"yesterday" => hit(1, minus_days(p, 1), Day),
        b"christmas" => christmas(toks, i),
        b"overnight" => {
            // "overnight into Tuesday": the night ending on that day.
            if at(1).is_some_and(|n| n.is("into") || n.is("to")) {
                if let Some(w) = at(2).and_then(weekday_of) {
                    return hit(3, weekday_before(p, w, false), Day);
                }
            }
            hit(1, minus_days(p, 1), Day)
        }
        b"tomorrow" => hit(1, p.checked_add_days(Days::new(1)), Day),
        b"this" => {
            if at(1).is_some_and(|n| ["morning", "afternoon", "evening"].iter().any(|w| n.is(w))) {
                return hit(2, Some(p), Day);
            }
            relative_period(toks, i, p)
        }
        b"the" => {
            if word_at(1, "day") && word_at(2, "before") && word_at(3, "yesterday") {
                return hit(4, minus_days(p, 2), Day);
            }
            // "The 2023-2024 war": a span of years names a period even
            // without a preposition.
            the_expr(toks, i, p).or_else(|| year_span(toks, i))
        }
        // "Tajikistan's 1992-97 civil war" (the possessive's "s").
        b"s" if i > 0 && toks[i - 1].is_punct('\'') => year_span(toks, i),
        // "over the past week": the seven days before publication.
        b"past" => {
            if word_at(1, "week") {
                return hit(2, minus_days(p, 7), Week);
            }
            if day_span(1) {
                return hit(3, minus_days(p, 1), Day);
            }
            None
        }
        b"last" | b"next" => {
            if t.is("last") && day_span(1) {
                return hit(3, minus_days(p, 1), Day);
            }
            if let Some(h) = relative_period(toks, i, p) {
                return Some(h);
            }
            let w = at(1).and_then(weekday_of)?;
            weekday_expr(toks, i + 1, w, p, Some(i)).map(|mut h| {
                h.first = i;
                h
            })
        }
        b"earlier" => relative_period(toks, i, p),
        b"early" | b"late" => relative_period(toks, i, p).or_else(year),
        b"in" | b"during" | b"mid" => year(),
        // "on the night of Monday to Tuesday", "the night of Monday".
        b"night" => {
            if !word_at(1, "of") {
                return None;
            }
            let w = at(2).and_then(weekday_of)?;
            let mut len = 3;
            if at(3).is_some_and(|n| n.is("to") || n.is("into"))
                && at(4).and_then(weekday_of).is_some()
            {
                len = 5;
            }
            hit(len, weekday_before(p, w, false), Day)
        }
        // "at the weekend", "over the weekend", "this weekend".
        b"weekend" => {
            let prev = &toks[i.checked_sub(1)?];
            if !(prev.is("the") || prev.is("this") || prev.is("last")) {
                return None;
            }
            let sat = if future_cue(toks, i - 1) && !prev.is("last") {
                weekday_after(p, Weekday::Sat, false)
            } else if p.weekday() == Weekday::Sat || p.weekday() == Weekday::Sun {
                // Published during the weekend: "last weekend" is the one
                // before, otherwise this one.
                weekday_before(p, Weekday::Sat, prev.is("last"))
            } else {
                weekday_before(p, Weekday::Sat, true)
            };
            // A week-precision date is the Monday of its ISO week, as for
            // "last week".
            sat.and_then(|d| d.checked_sub_days(Days::new(5)))
                .map(|date| Hit {
                    first: i - 1,
                    next: i + 1,
                    date,
                    precision: Week,
                })
        }
        b"several" => few_days_ago(1).err().flatten(),
        b"a" => {
            if word_at(1, "few") {
                if let Err(h) = few_days_ago(2) {
                    return h;
                }
            }
            // "a month ago".
            ago(toks, i, 1, p)
        }
        // "two weeks ago", "an hour ago".
        b"an" | b"one" | b"two" | b"three" | b"four" | b"five" | b"six" | b"seven" | b"eight"
        | b"nine" | b"ten" | b"eleven" | b"twelve" => {
            small_number(t).and_then(|n| ago(toks, i, n, p))
        }
        _ => {
            if let Some(w) = weekday_of(t) {
                return weekday_expr(toks, i, w, p, None);
            }
            let (m, abbrev) = month_of(t)?;
            month_expr(toks, i, m, abbrev, p)
        }
    }
}

#[cfg(test)]
fn match_at_reference(toks: &[Tok], i: usize, p: NaiveDate) -> Option<Hit> {
    let t = toks.get(i)?;
    let at = |k: usize| toks.get(i + k);
    let word_at = |k: usize, w: &str| at(k).is_some_and(|t| t.is(w));
    // "24 hours" after "past"/"last": one day.
    let day_span = |k: usize| at(k).and_then(|n| n.num()) == Some(24) && word_at(k + 1, "hours");
    let hit = |len: usize, date: Option<NaiveDate>, precision| {
        date.map(|date| Hit {
            first: i,
            next: i + len,
            date,
            precision,
        })
    };
    use DatePrecision::*;

    if t.kind == TokKind::Num {
        if let Some(h) = numeric_date(toks, i, p) {
            return Some(h);
        }
        return small_number(t).and_then(|n| ago(toks, i, n, p));
    }
    if t.kind != TokKind::Word {
        return None;
    }

    // Fixed relative expressions.
    // "USA Today", "Russia Today": a name, not a date.
    let named = t.is_capitalised()
        && i > 0
        && toks[i - 1].kind == TokKind::Word
        && toks[i - 1].is_capitalised();
    if (t.is("today") || t.is("tonight")) && !named {
        return hit(1, Some(p), Day);
    }
    if t.is("christmas") {
        return christmas(toks, i);
    }
    if t.is("yesterday") {
        return hit(1, minus_days(p, 1), Day);
    }
    if t.is("overnight") {
        // "overnight into Tuesday": the night ending on that day.
        if at(1).is_some_and(|n| n.is("into") || n.is("to")) {
            if let Some(w) = at(2).and_then(weekday_of) {
                return hit(3, weekday_before(p, w, false), Day);
            }
        }
        return hit(1, minus_days(p, 1), Day);
    }
    if t.is("this")
        && at(1).is_some_and(|n| ["morning", "afternoon", "evening"].iter().any(|w| n.is(w)))
    {
        return hit(2, Some(p), Day);
    }
    if t.is("the") && word_at(1, "day") && word_at(2, "before") && word_at(3, "yesterday") {
        return hit(4, minus_days(p, 2), Day);
    }
    if t.is("the") {
        if let Some(h) = the_expr(toks, i, p) {
            return Some(h);
        }
    }
    if t.is("tomorrow") {
        return hit(1, p.checked_add_days(Days::new(1)), Day);
    }
    // "over the past week": the seven days before publication.
    if t.is("past") && word_at(1, "week") {
        return hit(2, minus_days(p, 7), Week);
    }
    // "over the past 24 hours": the day before publication.
    if (t.is("past") || t.is("last")) && day_span(1) {
        return hit(3, minus_days(p, 1), Day);
    }
    if ["last", "this", "next", "earlier", "late", "early"]
        .iter()
        .any(|w| t.is(w))
    {
        if let Some(h) = relative_period(toks, i, p) {
            return Some(h);
        }
    }
    // "on the night of Monday to Tuesday", "the night of Monday".
    if t.is("night") && word_at(1, "of") {
        if let Some(w) = at(2).and_then(weekday_of) {
            let mut len = 3;
            if at(3).is_some_and(|n| n.is("to") || n.is("into"))
                && at(4).and_then(weekday_of).is_some()
            {
                len = 5;
            }
            return hit(len, weekday_before(p, w, false), Day);
        }
    }
    // "at the weekend", "over the weekend", "this weekend".
    if t.is("weekend") && i > 0 {
        let prev = &toks[i - 1];
        if prev.is("the") || prev.is("this") || prev.is("last") {
            let sat = if future_cue(toks, i - 1) && !prev.is("last") {
                weekday_after(p, Weekday::Sat, false)
            } else if p.weekday() == Weekday::Sat || p.weekday() == Weekday::Sun {
                // Published during the weekend: "last weekend" is the one
                // before, otherwise this one.
                weekday_before(p, Weekday::Sat, prev.is("last"))
            } else {
                weekday_before(p, Weekday::Sat, true)
            };
            return sat
                .and_then(|d| d.checked_sub_days(Days::new(5)))
                .map(|date| Hit {
                    first: i - 1,
                    next: i + 1,
                    date,
                    precision: Week,
                });
        }
    }
    // "a few days ago", "several days ago": some day of the past week.
    let few = if t.is("several") {
        Some(1)
    } else if t.is("a") && word_at(1, "few") {
        Some(2)
    } else {
        None
    };
    if let Some(len) = few {
        if at(len).is_some_and(|u| u.is("days")) && word_at(len + 1, "ago") {
            return hit(len + 2, minus_days(p, 7), Week);
        }
    }
    // "two weeks ago", "a month ago".
    if let Some(n) = small_number(t) {
        if let Some(h) = ago(toks, i, n, p) {
            return Some(h);
        }
    }
    if let Some(w) = weekday_of(t) {
        return weekday_expr(toks, i, w, p, None);
    }
    if (t.is("last") || t.is("next")) && at(1).and_then(weekday_of).is_some() {
        let w = at(1).and_then(weekday_of)?;
        return weekday_expr(toks, i + 1, w, p, Some(i)).map(|mut h| {
            h.first = i;
            h
        });
    }
    if let Some((m, abbrev)) = month_of(t) {
        return month_expr(toks, i, m, abbrev, p);
    }
    // "in 2017", "during 2014", "early 2018", "mid-2016".
    if t.is("in") || t.is("during") || t.is("early") || t.is("late") || t.is("mid") {
        if let Some(h) = year_hit(toks, i) {
            return Some(h);
        }
    }
    None
}

/// The year after "in 2017", "during 2014", "early 2018", "mid-2016" at
/// token `i`, or a span of years dated by its first ("a border war in
/// 1998-2000"), but not part of a longer numeric expression ("in
/// 2019-11-18").
fn year_hit(toks: &[Tok], i: usize) -> Option<Hit> {
    let at = |n: usize| toks.get(i + n);
    let t = toks.get(i)?;
    let mut k = 1;
    if t.is("mid") && at(1).is_some_and(|n| n.is_punct('-')) {
        k = 2;
    }
    let y = at(k).and_then(|n| n.num()).and_then(plausible_year)?;
    let first = if t.is("in") || t.is("during") {
        i + k
    } else {
        i
    };
    let span_end = at(k + 1)
        .filter(|n| !n.spaced && n.is_punct('-'))
        .and_then(|_| at(k + 2))
        .filter(|n| !n.spaced)
        .and_then(|n| n.num())
        // ("1992-97": the century of the first.)
        .and_then(|z| plausible_year(z).or_else(|| (z < 100).then(|| y - y % 100 + z as i32)))
        .filter(|&z| z > y)
        .filter(|_| at(k + 3).is_none_or(|n| n.spaced || n.kind == TokKind::Punct));
    if span_end.is_some() {
        return jan_first(y).map(|date| Hit {
            first,
            next: i + k + 3,
            date,
            precision: DatePrecision::Year,
        });
    }
    let glued = at(k + 1).is_some_and(|n| !n.spaced && n.kind != TokKind::Punct)
        || at(k + 1).is_some_and(|n| !n.spaced && (n.is_punct('-') || n.is_punct('/')));
    if glued {
        return None;
    }
    jan_first(y).map(|date| Hit {
        first,
        next: i + k + 1,
        date,
        precision: DatePrecision::Year,
    })
}

/// A span of years right after token `i` ("the 2023-2024 war"), dated by
/// its first year; a lone year is no date here ("the 2024 elections").
fn year_span(toks: &[Tok], i: usize) -> Option<Hit> {
    year_hit(toks, i).filter(|h| {
        h.next == i + 4
            // "during the 2024 protests", "a centre of the 2019 Tishreen
            // uprising": a lone year naming a past upheaval dates what
            // happened in it (not "slogans of the 1962 revolution", "a
            // landmine left over from the 2011 war").
            || h.next == i + 2
                && i.checked_sub(1).and_then(|j| toks.get(j)).is_some_and(|b| {
                    b.is("during")
                        || b.is("in")
                        || b.is("of")
                            && i.checked_sub(2).and_then(|j| toks.get(j)).is_some_and(|a| {
                                ["fighting", "centre", "center", "height", "days"]
                                    .iter()
                                    .any(|n| a.is(n))
                            })
                })
                && toks.get(i + 2..(i + 4).min(toks.len())).is_some_and(|w| {
                    w.iter().any(|t| {
                        [
                            "protests",
                            "uprising",
                            "war",
                            "revolution",
                            "coup",
                            "insurgency",
                            "riots",
                        ]
                        .iter()
                        .any(|n| t.is(n))
                    })
                })
    })
}

/// Words after "on the 14th" that keep it a date: the end of the clause,
/// or a word that cannot be the noun "14th" qualifies ("the 14th floor").
const AFTER_ORDINAL_DAY: &[&str] = &[
    "and",
    "when",
    "after",
    "as",
    "at",
    "in",
    "near",
    "while",
    "but",
    "with",
    "before",
    "by",
    "during",
    "or",
    "amid",
    "following",
];

/// Expressions led by "the": "on the 14th" (a day of the publication's
/// month, or of the month before when that day is still to come) and "the
/// start/beginning/middle/end of the month" (or "of last month", "of the
/// week", "of the year"), dated by the period they name.
fn the_expr(toks: &[Tok], i: usize, p: NaiveDate) -> Option<Hit> {
    use DatePrecision::*;
    let at = |k: usize| toks.get(i + k);
    let hit = |next: usize, date: Option<NaiveDate>, precision| {
        date.map(|date| Hit {
            first: i,
            next,
            date,
            precision,
        })
    };
    let first = at(1)?;
    // "the spring of 2024": the season's first month that year.
    if let Some(start) = season_start(first) {
        let year = at(2)
            .filter(|t| t.is("of"))
            .and_then(|_| at(3))
            .and_then(|t| t.num())
            .and_then(plausible_year)?;
        return hit(i + 4, NaiveDate::from_ymd_opt(year, start, 1), Month);
    }
    if first.kind == TokKind::Num {
        // An ordinal only ("the 14th"; "the 14 people" is a count), after
        // "on" ("since the 14th" is no date of the event), and neither a
        // day of a named month ("the 14th of April", read from "14") nor
        // the head of a noun phrase ("the 14th floor", "the 5th Brigade").
        let (d, next) = day_number(toks, i + 1)?;
        let on = i
            .checked_sub(1)
            .and_then(|j| toks.get(j))
            .is_some_and(|t| t.is("on"));
        if next != i + 3 || !on {
            return None;
        }
        let ends = match toks.get(next) {
            None => true,
            Some(n) if n.kind == TokKind::Punct => true,
            Some(n) if n.kind == TokKind::Word && n.is("of") => false,
            Some(n) => {
                n.kind == TokKind::Word
                    && !n.is_capitalised()
                    && AFTER_ORDINAL_DAY.iter().any(|w| n.is(w))
            }
        };
        if !ends {
            return None;
        }
        let this_month = p.with_day(d);
        let date = match this_month {
            Some(x) if x <= p => Some(x),
            _ => p
                .checked_sub_months(Months::new(1))
                .and_then(|m| m.with_day(d)),
        };
        return hit(next, date, Day);
    }
    // "the start of the month", "the end of last week".
    if !["start", "beginning", "middle", "end"]
        .iter()
        .any(|w| first.is(w))
        || !at(2).is_some_and(|t| t.is("of"))
    {
        return None;
    }
    let which = at(3)?;
    // "at the end of 2024": that year's last month (its first, its middle).
    if let Some(year) = which.num().and_then(plausible_year) {
        let month = if first.is("end") {
            12
        } else if first.is("middle") {
            6
        } else {
            1
        };
        return hit(i + 4, NaiveDate::from_ymd_opt(year, month, 1), Month);
    }
    let step: i32 = if which.is("the") || which.is("this") {
        0
    } else if which.is("last") {
        -1
    } else {
        return None;
    };
    let unit = at(4)?;
    let (date, precision) = if unit.is("month") {
        let base = match step {
            0 => p,
            _ => p.checked_sub_months(Months::new(1))?,
        };
        (first_of_month(base), Month)
    } else if unit.is("week") {
        let base = match step {
            0 => p,
            _ => minus_days(p, 7)?,
        };
        (monday_of(base), Week)
    } else if unit.is("year") {
        (jan_first(p.year() + step), Year)
    } else {
        return None;
    };
    hit(i + 5, date, precision)
}

/// "last week", "this month", "earlier this year", "late last year", ...
fn relative_period(toks: &[Tok], i: usize, p: NaiveDate) -> Option<Hit> {
    use DatePrecision::*;
    let t = &toks[i];
    let mut k = i;
    // Leading qualifier that does not change the period.
    if t.is("earlier") || t.is("late") || t.is("early") {
        k += 1;
    }
    let which = toks.get(k)?;
    let unit = toks.get(k + 1)?;
    // Periods back (-1), this one (0) or ahead (+1).
    let step: i32 = if which.is("last") {
        -1
    } else if which.is("this") {
        0
    } else if which.is("next") {
        1
    } else {
        return None;
    };
    let (date, precision) = if unit.is("night") && step == -1 {
        (minus_days(p, 1), Day)
    } else if unit.is("week") {
        let base = match step {
            -1 => minus_days(p, 7)?,
            0 => p,
            _ => p.checked_add_days(Days::new(7))?,
        };
        (monday_of(base), Week)
    } else if unit.is("month") {
        let base = match step {
            -1 => p.checked_sub_months(Months::new(1))?,
            0 => p,
            _ => p.checked_add_months(Months::new(1))?,
        };
        (first_of_month(base), Month)
    } else if unit.is("year") {
        (jan_first(p.year() + step), Year)
    } else if let Some(start) = season_start(unit) {
        // "last summer": the most recent one that has ended (northern
        // seasons, three months from `start`); "this summer": this year's.
        let this =
            NaiveDate::from_ymd_opt(if start == 12 { p.year() - 1 } else { p.year() }, start, 1)?;
        let date = match step {
            0 => Some(this),
            -1 if this.checked_add_months(Months::new(3))? <= p => Some(this),
            -1 => this.checked_sub_months(Months::new(12)),
            _ => return None,
        };
        (date, Month)
    } else {
        return None;
    };
    date.map(|date| Hit {
        first: i,
        next: k + 2,
        date,
        precision,
    })
}

/// The month a season named by `t` begins in (northern hemisphere).
fn season_start(t: &Tok) -> Option<u32> {
    if t.is("spring") {
        Some(3)
    } else if t.is("summer") {
        Some(6)
    } else if t.is("autumn") || t.is("fall") {
        Some(9)
    } else if t.is("winter") {
        Some(12)
    } else {
        None
    }
}

fn ago(toks: &[Tok], i: usize, n: u32, p: NaiveDate) -> Option<Hit> {
    use DatePrecision::*;
    let unit = toks.get(i + 1)?;
    if !toks.get(i + 2)?.is("ago") {
        return None;
    }
    let u = unit.text.to_ascii_lowercase();
    let n64 = u64::from(n);
    let (date, precision) = match u.trim_end_matches('s') {
        "minute" | "hour" => (Some(p), Day),
        "day" => (minus_days(p, n64), Day),
        "week" => (minus_days(p, n64 * 7).and_then(monday_of), Week),
        "month" => (
            p.checked_sub_months(Months::new(n))
                .and_then(first_of_month),
            Month,
        ),
        "year" => (jan_first(p.year() - i32::try_from(n).ok()?), Year),
        _ => return None,
    };
    date.map(|date| Hit {
        first: i,
        next: i + 3,
        date,
        precision,
    })
}

/// A weekday at `i`, optionally preceded by "last"/"next" at `qualifier`,
/// optionally followed by a full date ("Tuesday, November 19") which then
/// wins, or a part of day ("Monday night").
fn weekday_expr(
    toks: &[Tok],
    i: usize,
    w: Weekday,
    p: NaiveDate,
    qualifier: Option<usize>,
) -> Option<Hit> {
    // "Tuesday, November 19" / "Tuesday 19 November": the explicit date wins.
    let mut k = i + 1;
    if toks.get(k).is_some_and(|t| t.is_punct(',')) {
        k += 1;
    }
    if let Some(t) = toks.get(k) {
        let explicit = if let Some((m, abbrev)) = month_of(t) {
            month_expr(toks, k, m, abbrev, p)
        } else if t.kind == TokKind::Num {
            numeric_date(toks, k, p)
        } else {
            None
        };
        if let Some(mut h) = explicit.filter(|h| h.precision == DatePrecision::Day) {
            h.first = i;
            return Some(h);
        }
    }
    let date = match qualifier.map(|q| &toks[q]) {
        Some(q) if q.is("next") => weekday_after(p, w, true),
        Some(_) => weekday_before(p, w, true),
        None if future_cue(toks, i) => weekday_after(p, w, false),
        None => weekday_before(p, w, false),
    }?;
    let mut next = i + 1;
    if toks.get(next).is_some_and(|t| {
        ["night", "morning", "afternoon", "evening"]
            .iter()
            .any(|x| t.is(x))
    }) {
        next += 1;
    }
    Some(Hit {
        first: i,
        next,
        date,
        precision: DatePrecision::Day,
    })
}

/// Day-number token at `k` (1..=31), with an optional glued ordinal suffix;
/// returns the day and the index after it.
fn day_number(toks: &[Tok], k: usize) -> Option<(u32, usize)> {
    let t = toks.get(k)?;
    let d = t
        .num()
        .filter(|&d| (1..=31).contains(&d) && t.text.len() <= 2)?;
    let mut next = k + 1;
    if let Some(s) = toks.get(next) {
        if !s.spaced && ["st", "nd", "rd", "th"].iter().any(|x| s.is(x)) {
            next += 1;
        }
    }
    Some((d as u32, next))
}

/// Optional ", 2019" / " 2019" after a day-month; returns year and next index.
fn trailing_year(toks: &[Tok], k: usize) -> Option<(i32, usize)> {
    let mut j = k;
    if toks.get(j).is_some_and(|t| t.is_punct(',')) {
        j += 1;
    }
    let t = toks.get(j)?;
    let y = t
        .num()
        .filter(|_| t.text.len() == 4)
        .and_then(plausible_year)?;
    // "November 6, 2019-style" glued continuations would be something else.
    if toks
        .get(j + 1)
        .is_some_and(|n| !n.spaced && n.kind != TokKind::Punct)
    {
        return None;
    }
    Some((y, j + 1))
}

/// "May 26 last year", "March 5 this year": an explicit year word after a
/// month-day; returns the year and the index after it.
fn year_word(toks: &[Tok], k: usize, p: NaiveDate) -> Option<(i32, usize)> {
    let which = toks.get(k)?;
    if !toks.get(k + 1)?.is("year") {
        return None;
    }
    let y = if which.is("last") {
        p.year() - 1
    } else if which.is("this") {
        p.year()
    } else if which.is("next") {
        p.year() + 1
    } else {
        return None;
    };
    Some((y, k + 2))
}

fn make_day(
    p: NaiveDate,
    year: Option<i32>,
    month: u32,
    day: u32,
    future: bool,
) -> Option<NaiveDate> {
    match year {
        Some(y) => NaiveDate::from_ymd_opt(y, month, day),
        None => month_day(p, month, day, future),
    }
}

/// Month name at `i`: "November 6", "Nov. 6, 2019", "November 2019",
/// "in October".
fn month_expr(toks: &[Tok], i: usize, m: u32, abbrev: bool, p: NaiveDate) -> Option<Hit> {
    use DatePrecision::*;
    let mut k = i + 1;
    if abbrev && toks.get(k).is_some_and(|t| t.is_punct('.') && !t.spaced) {
        k += 1;
    }
    if let Some((d, after)) = day_number(toks, k) {
        // "November 6" must not be the start of "November 6-7 2019"-like
        // ranges with glued digits; those still resolve to the first day.
        let (year, next) = match trailing_year(toks, after).or_else(|| year_word(toks, after, p)) {
            Some((y, n)) => (Some(y), n),
            None => (None, after),
        };
        return make_day(p, year, m, d, future_cue(toks, i)).map(|date| Hit {
            first: i,
            next,
            date,
            precision: Day,
        });
    }
    if let Some((y, next)) = trailing_year(toks, k).filter(|_| k == i + 1) {
        return NaiveDate::from_ymd_opt(y, m, 1).map(|date| Hit {
            first: i,
            next,
            date,
            precision: Month,
        });
    }
    if abbrev {
        return None;
    }
    // Bare month: needs a cue before it, since "May" and "March" are also
    // ordinary words.
    let prev = i.checked_sub(1).and_then(|j| toks.get(j));
    let cued = prev.is_some_and(|t| {
        [
            "in", "during", "early", "late", "mid", "last", "this", "of", "since", "until",
            "through", "from", "by", "-",
        ]
        .iter()
        .any(|w| t.is(w))
    });
    if !cued || names_a_place(toks, i + 1) {
        return None;
    }
    let strict = prev.is_some_and(|t| t.is("last"));
    recent_month(p, m, strict, future_cue(toks, i)).map(|date| Hit {
        first: i,
        next: i + 1,
        date,
        precision: Month,
    })
}

/// "in 6th of October City", "the 6th of October Bridge": a date that
/// names a place when the word at `k` follows it.
fn names_a_place(toks: &[Tok], k: usize) -> bool {
    toks.get(k).is_some_and(|x| {
        [
            "City", "Bridge", "Street", "Square", "Stadium", "Avenue", "Road",
        ]
        .contains(&x.text)
    })
}

/// Numeric dates at `i`: "2019-11-18", "18/11/2019", and "6 November [2019]".
fn numeric_date(toks: &[Tok], i: usize, p: NaiveDate) -> Option<Hit> {
    use DatePrecision::*;
    let t = toks.get(i)?;
    let glued = |k: usize| toks.get(k).filter(|x| !x.spaced);
    let sep = |k: usize, c: char| glued(k).is_some_and(|x| x.is_punct(c));
    let num = |k: usize| glued(k).and_then(|x| x.num().map(|n| (n, x.text.len())));
    // ISO yyyy-mm-dd.
    if t.text.len() == 4 && sep(i + 1, '-') && sep(i + 3, '-') {
        if let (Some((m, _)), Some((d, dl))) = (num(i + 2), num(i + 4)) {
            let y = plausible_year(t.num()?)?;
            if dl <= 2 {
                let date = NaiveDate::from_ymd_opt(y, u32::try_from(m).ok()?, d as u32);
                return date.map(|date| Hit {
                    first: i,
                    next: i + 5,
                    date,
                    precision: Day,
                });
            }
        }
        return None;
    }
    // a/b/yyyy or a.b.yyyy, day-first when ambiguous.
    for c in ['/', '.'] {
        if t.text.len() <= 2 && sep(i + 1, c) && sep(i + 3, c) {
            let (b, bl) = num(i + 2)?;
            let (y, yl) = num(i + 4)?;
            if bl > 2 || yl != 4 {
                return None;
            }
            let y = plausible_year(y)?;
            let a = t.num()?;
            let (day, month) = if b > 12 { (b, a) } else { (a, b) };
            let date = NaiveDate::from_ymd_opt(y, month as u32, day as u32);
            return date.map(|date| Hit {
                first: i,
                next: i + 5,
                date,
                precision: Day,
            });
        }
    }
    // "6 November", "6th of November 2019", "6 Nov. 2019".
    let (d, mut k) = day_number(toks, i)?;
    // "6-7 November": a day range resolves to its first day.
    if toks
        .get(k)
        .is_some_and(|x| !x.spaced && (x.is_punct('-') || x.is_punct('–')))
    {
        if let Some((_, after)) = toks
            .get(k + 1)
            .filter(|x| !x.spaced)
            .and_then(|_| day_number(toks, k + 1))
        {
            k = after;
        }
    }
    if toks.get(k).is_some_and(|x| x.is("of")) {
        k += 1;
    }
    let (m, abbrev) = toks.get(k).and_then(month_of)?;
    k += 1;
    if abbrev && toks.get(k).is_some_and(|x| x.is_punct('.') && !x.spaced) {
        k += 1;
    }
    let (year, next) = match trailing_year(toks, k).or_else(|| year_word(toks, k, p)) {
        Some((y, n)) => (Some(y), n),
        None => (None, k),
    };
    if names_a_place(toks, next) {
        return None;
    }
    make_day(p, year, m, d, future_cue(toks, i)).map(|date| Hit {
        first: i,
        next,
        date,
        precision: Day,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The per-character definition `split_tokens` must agree with.
    fn reference_tokens(s: &str) -> Vec<Tok<'_>> {
        // Walks bytes and decodes only non-ASCII characters.
        let mut toks = Vec::with_capacity(s.len() / 4 + 1);
        let mut spaced = true;
        let mut i = 0;
        while let Some((c, len)) = char_at(s, i) {
            if c.is_whitespace() {
                spaced = true;
                i += len;
                continue;
            }
            let kind = if c.is_ascii_digit() {
                TokKind::Num
            } else if c.is_alphabetic() {
                TokKind::Word
            } else {
                TokKind::Punct
            };
            let mut end = i + len;
            if kind != TokKind::Punct {
                while let Some((d, dl)) = char_at(s, end) {
                    let same = match kind {
                        TokKind::Num => d.is_ascii_digit(),
                        _ => d.is_alphabetic(),
                    };
                    if !same {
                        break;
                    }
                    end += dl;
                }
            }
            toks.push(Tok {
                start: i,
                end,
                text: s.get(i..end).unwrap_or(""),
                kind,
                spaced,
            });
            spaced = false;
            i = end;
        }
        toks
    }

    #[test]
    fn split_tokens_agrees_with_the_per_character_definition() {
        let pieces = [
            "12", "km", " ", "\u{a0}", "Ñuñoa", "é", ",", "—", "3rd", "\t", "x", "٣", "Ω", "-",
            "\x0c", "\x1f", "\r\n",
        ];
        let mut seed = 0x1234_5678_u32;
        for _ in 0..2000 {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            let t: String = (0..(seed % 10) as usize)
                .map(|k| pieces[(seed.rotate_left(k as u32 * 3) as usize) % pieces.len()])
                .collect();
            let shape = |toks: Vec<Tok<'_>>| -> Vec<(usize, usize, TokKind, bool)> {
                toks.iter()
                    .map(|t| (t.start, t.end, t.kind, t.spaced))
                    .collect()
            };
            assert_eq!(
                shape(split_tokens(&t)),
                shape(reference_tokens(&t)),
                "{t:?}"
            );
        }
    }

    /// Date-heavy word soup: every keyword in both cases, names around
    /// them, numbers and the punctuation the matchers look at.
    const DATE_PIECES: &[&str] = &[
        "today",
        "Today",
        "tonight",
        "USA",
        "yesterday",
        "overnight",
        "this",
        "This",
        "the",
        "The",
        "day",
        "before",
        "tomorrow",
        "past",
        "week",
        "last",
        "Last",
        "next",
        "earlier",
        "late",
        "early",
        "Early",
        "night",
        "of",
        "to",
        "into",
        "weekend",
        "several",
        "a",
        "A",
        "few",
        "days",
        "ago",
        "an",
        "one",
        "two",
        "twelve",
        "hour",
        "months",
        "years",
        "in",
        "In",
        "during",
        "mid",
        "-",
        "/",
        ",",
        ".",
        "morning",
        "evening",
        "Monday",
        "monday",
        "Tuesday",
        "Saturday",
        "Sunday",
        "May",
        "may",
        "March",
        "November",
        "Nov",
        "Sept",
        "Dec",
        "February",
        "2019",
        "2017",
        "18",
        "6",
        "29",
        "31",
        "3rd",
        "th",
        "year",
        "will",
        "said",
        "planning",
        "arrested",
        "since",
        "from",
        "—",
        "é",
        // Whole expressions, so that long ones occur often enough.
        "several days ago",
        "a few days ago",
        "the day before yesterday",
        "two weeks ago",
        "an hour ago",
        "a month ago",
        "12 years ago",
        "last week",
        "next month",
        "earlier this year",
        "late last year",
        "this morning",
        "the night of Monday to Tuesday",
        "night of Friday",
        "at the weekend",
        "last weekend",
        "will meet this weekend",
        "mid-2016",
        "in 2017",
        "during 2014",
        "early 2018",
        "in 2019-11-18",
        "November 6, 2019",
        "Tuesday, November 19",
        "last Monday",
        "next Friday night",
        "over the past week",
        "USA Today",
        "2019-11-18",
        "18/11/2019",
        "6 November 2019",
        "May 26 last year",
        "in October",
        "Nov. 6",
    ];

    /// Every date expression by the original rule: exact starter lookup,
    /// then the keyword chain.
    fn reference_dates(toks: &[Tok], p: NaiveDate) -> Vec<(usize, usize, NaiveDate)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if toks[i].kind != TokKind::Num && !word_in(&toks[i], date_starters()) {
                i += 1;
                continue;
            }
            match match_at_reference(toks, i, p).map(|h| day_pair(toks, h, p)) {
                Some(h) if h.next > i && h.first <= h.next && h.next <= toks.len() => {
                    let date = match h.precision {
                        Week => monday_of(h.date).unwrap_or(h.date),
                        _ => h.date,
                    };
                    out.push((toks[h.first].start, toks[h.next - 1].end, date));
                    i = h.next;
                }
                _ => i += 1,
            }
        }
        out
    }

    #[test]
    fn keyed_matching_agrees_with_the_keyword_chain() {
        let pubs = [
            ymd(2019, 11, 22),
            ymd(2020, 3, 1),
            ymd(2021, 1, 2),
            ymd(2020, 2, 29),
            ymd(2019, 11, 24),
            NaiveDate::MIN,
            NaiveDate::MAX,
        ];
        let mut seed = 0x9e37_79b9_u32;
        for n in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            let len = 1 + (seed % 9) as usize;
            let mut text = String::new();
            let mut k = seed;
            for _ in 0..len {
                k ^= k << 13;
                k ^= k >> 17;
                k ^= k << 5;
                text.push_str(DATE_PIECES[(k as usize) % DATE_PIECES.len()]);
                // Mostly spaced, sometimes glued ("3rd", "mid-2016").
                if !k.is_multiple_of(5) {
                    text.push(' ');
                }
            }
            let p = pubs[n % pubs.len()];
            let toks = tokenize(&text);
            let shape = |h: Option<Hit>| h.map(|h| (h.first, h.next, h.date, h.precision));
            for i in 0..toks.len() {
                assert_eq!(
                    shape(match_at(&toks, i, p)),
                    shape(match_at_reference(&toks, i, p)),
                    "{text:?} at token {i}, published {p}"
                );
            }
            let found: Vec<_> = find_dates_in(&toks, p)
                .iter()
                .map(|d| (d.start, d.end, d.date))
                .collect();
            assert_eq!(found, reference_dates(&toks, p), "{text:?}, published {p}");
        }
    }

    use DatePrecision::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    #[test]
    fn christmas_with_its_year_is_a_date() {
        let p = ymd(2026, 10, 19);
        let d = find_dates_in(
            &tokenize("On Christmas Eve 2023, raids killed 200 people."),
            p,
        );
        assert_eq!(
            d.iter().map(|m| m.date).collect::<Vec<_>>(),
            vec![ymd(2023, 12, 24)]
        );
        let d = find_dates_in(
            &tokenize("Massacres over Christmas 2008 killed hundreds."),
            p,
        );
        assert_eq!(
            d.iter().map(|m| m.date).collect::<Vec<_>>(),
            vec![ymd(2008, 12, 25)]
        );
        // Without a year it is mostly still to come.
        assert!(
            find_dates_in(&tokenize("He vowed to take Hinche before Christmas."), p).is_empty()
        );
    }

    #[test]
    fn a_span_of_years_names_a_period_without_a_preposition() {
        let p = ymd(2026, 10, 21);
        for (s, y) in [
            (
                "The 2023-2024 war between Israel and Hezbollah killed more than 4,000.",
                2023,
            ),
            (
                "Tajikistan's 1992-97 civil war killed tens of thousands of people.",
                1992,
            ),
        ] {
            let found = find_dates(s, p);
            assert_eq!(found.len(), 1, "{s}: {found:?}");
            assert_eq!(found[0].date, ymd(y, 1, 1), "{s}");
        }
        // A lone year after "the" is no date ("the 2024 elections").
        assert!(find_dates("The 2024 elections were peaceful.", p).is_empty());
    }

    #[test]
    fn tokenize_splits_words_numbers_and_non_ascii_punctuation() {
        let s = "Qaraqosh\u{a0}— 12km,  Ñuñoa";
        let toks = tokenize(s);
        let got: Vec<(&str, TokKind, bool)> =
            toks.iter().map(|t| (t.text, t.kind, t.spaced)).collect();
        assert_eq!(
            got,
            [
                ("Qaraqosh", TokKind::Word, true),
                ("—", TokKind::Punct, true),
                ("12", TokKind::Num, true),
                ("km", TokKind::Word, false),
                (",", TokKind::Punct, false),
                ("Ñuñoa", TokKind::Word, true),
            ]
        );
        assert!(toks.iter().all(|t| s.get(t.start..t.end) == Some(t.text)));
    }

    /// Published Friday 2019-11-22.
    fn pub22() -> NaiveDate {
        ymd(2019, 11, 22)
    }

    /// The single date in `s`, with its matched text.
    fn one(s: &str, p: NaiveDate) -> (String, NaiveDate, DatePrecision) {
        let found = find_dates(s, p);
        assert_eq!(found.len(), 1, "expected one date in {s:?}, got {found:?}");
        let m = found[0];
        (s[m.start..m.end].to_string(), m.date, m.precision)
    }

    fn date_of(s: &str, p: NaiveDate) -> (NaiveDate, DatePrecision) {
        let (_, d, pr) = one(s, p);
        (d, pr)
    }

    #[test]
    fn nyt_example() {
        let s = "According to The New York Times on November 18, numerous attacks killed 43 ISIS members";
        let (text, d, pr) = one(s, pub22());
        assert_eq!(text, "November 18");
        assert_eq!((d, pr), (ymd(2019, 11, 18), Day));
    }

    #[test]
    fn weekdays_resolve_to_most_recent_on_or_before() {
        // 2019-11-22 is a Friday.
        assert_eq!(
            date_of("Gunmen attacked on Tuesday.", pub22()),
            (ymd(2019, 11, 19), Day)
        );
        assert_eq!(
            date_of("Troops withdrew Friday.", pub22()),
            (ymd(2019, 11, 22), Day)
        );
        assert_eq!(
            date_of("Saturday saw clashes.", pub22()),
            (ymd(2019, 11, 16), Day)
        );
        assert_eq!(
            date_of("It happened last Friday.", pub22()),
            (ymd(2019, 11, 15), Day)
        );
        assert_eq!(
            date_of("Talks resume next Monday.", pub22()),
            (ymd(2019, 11, 25), Day)
        );
        let (text, d, _) = one("Shelling on Monday night killed two.", pub22());
        assert_eq!((text.as_str(), d), ("Monday night", ymd(2019, 11, 18)));
    }

    #[test]
    fn relative_days() {
        assert_eq!(
            date_of("Police said today.", pub22()),
            (ymd(2019, 11, 22), Day)
        );
        assert_eq!(
            date_of("Strikes yesterday.", pub22()),
            (ymd(2019, 11, 21), Day)
        );
        assert_eq!(
            date_of("Gunfire last night.", pub22()),
            (ymd(2019, 11, 21), Day)
        );
        assert_eq!(
            date_of("Raids overnight.", pub22()),
            (ymd(2019, 11, 21), Day)
        );
        // Two named days: the span's week (Tuesday 19 and Wednesday 20 Nov).
        assert_eq!(
            date_of("Shelling on Tuesday and Wednesday killed 27.", pub22()),
            (ymd(2019, 11, 18), Week)
        );
        assert_eq!(
            date_of("Fighting from Monday to Wednesday killed 27.", pub22()),
            (ymd(2019, 11, 18), Week)
        );
        assert_eq!(
            date_of("The assault, which began on Wednesday, killed 27.", pub22()),
            (ymd(2019, 11, 18), Week)
        );
        assert_eq!(
            date_of("Fighting broke out on Wednesday.", pub22()),
            (ymd(2019, 11, 20), Day)
        );
        assert_eq!(
            date_of(
                "Warplanes carried out 30 strikes over the past 24 hours.",
                pub22()
            ),
            (ymd(2019, 11, 21), Day)
        );
        assert_eq!(
            date_of("Shelling overnight into Tuesday killed 49.", pub22()),
            (ymd(2019, 11, 19), Day)
        );
        assert_eq!(
            date_of("Raids this morning.", pub22()),
            (ymd(2019, 11, 22), Day)
        );
        assert_eq!(
            date_of("Clashes on the night of Monday to Tuesday.", pub22()),
            (ymd(2019, 11, 18), Day)
        );
    }

    #[test]
    fn ago_expressions() {
        assert_eq!(date_of("three days ago", pub22()), (ymd(2019, 11, 19), Day));
        assert_eq!(date_of("3 days ago", pub22()), (ymd(2019, 11, 19), Day));
        // Two weeks before Fri 22 Nov is Fri 8 Nov; its week starts Mon 4 Nov.
        assert_eq!(date_of("two weeks ago", pub22()), (ymd(2019, 11, 4), Week));
        assert_eq!(date_of("a month ago", pub22()), (ymd(2019, 10, 1), Month));
        assert_eq!(date_of("two years ago", pub22()), (ymd(2017, 1, 1), Year));
        assert_eq!(date_of("an hour ago", pub22()), (ymd(2019, 11, 22), Day));
        assert_eq!(
            date_of("a few days ago", pub22()),
            (ymd(2019, 11, 11), Week)
        );
        assert_eq!(
            date_of("several days ago", pub22()),
            (ymd(2019, 11, 11), Week)
        );
    }

    #[test]
    fn day_ranges_resolve_to_first_day() {
        let (text, d, _) = one("fighting on 6-7 November", pub22());
        assert_eq!((text.as_str(), d), ("6-7 November", ymd(2019, 11, 6)));
    }

    #[test]
    fn weeks_months_years() {
        assert_eq!(date_of("last week", pub22()), (ymd(2019, 11, 11), Week));
        assert_eq!(date_of("this week", pub22()), (ymd(2019, 11, 18), Week));
        assert_eq!(
            date_of("earlier this week", pub22()),
            (ymd(2019, 11, 18), Week)
        );
        assert_eq!(
            date_of("earlier this month", pub22()),
            (ymd(2019, 11, 1), Month)
        );
        assert_eq!(date_of("last month", pub22()), (ymd(2019, 10, 1), Month));
        assert_eq!(date_of("late last year", pub22()), (ymd(2018, 1, 1), Year));
        // Seasons: the last one that has ended (2019-11-22: summer 2019 has).
        assert_eq!(date_of("last summer", pub22()), (ymd(2019, 6, 1), Month));
        assert_eq!(date_of("last winter", pub22()), (ymd(2018, 12, 1), Month));
        assert_eq!(date_of("last autumn", pub22()), (ymd(2018, 9, 1), Month));
        assert_eq!(
            date_of("at the end of 2017", pub22()),
            (ymd(2017, 12, 1), Month)
        );
        assert_eq!(
            date_of("in the spring of 2017", pub22()),
            (ymd(2017, 3, 1), Month)
        );
        assert_eq!(
            date_of("It was first hit in the summer of 2016.", pub22()),
            (ymd(2016, 6, 1), Month)
        );
        assert_eq!(
            date_of("this summer", ymd(2026, 4, 16)),
            (ymd(2026, 6, 1), Month)
        );
        assert_eq!(
            date_of("fighting in 2017", pub22()),
            (ymd(2017, 1, 1), Year)
        );
        let (text, _, _) = one("fighting in 2017", pub22());
        assert_eq!(text, "2017");
        // January: last month is December of the previous year.
        assert_eq!(
            date_of("last month", ymd(2020, 1, 15)),
            (ymd(2019, 12, 1), Month)
        );
    }

    #[test]
    fn next_and_past_periods() {
        assert_eq!(
            date_of("talks early next week", pub22()),
            (ymd(2019, 11, 25), Week)
        );
        assert_eq!(
            date_of("elections next month", pub22()),
            (ymd(2019, 12, 1), Month)
        );
        assert_eq!(
            date_of("a vote next year", pub22()),
            (ymd(2020, 1, 1), Year)
        );
        assert_eq!(
            date_of("over the past week", pub22()),
            (ymd(2019, 11, 11), Week)
        );
        assert_eq!(
            date_of("a rally tomorrow", pub22()),
            (ymd(2019, 11, 23), Day)
        );
        assert_eq!(
            date_of("protesters will gather this weekend", pub22()),
            (ymd(2019, 11, 18), Week)
        );
        assert!(find_dates("USA Today reported it.", pub22()).is_empty());
    }

    #[test]
    fn weekend_is_the_week_of_the_saturday_before() {
        // Week precision, dated by the Monday of the weekend's ISO week.
        assert_eq!(
            date_of("at the weekend", pub22()),
            (ymd(2019, 11, 11), Week)
        );
        // Published on a Sunday: "this weekend" is the one under way.
        assert_eq!(
            date_of("this weekend", ymd(2019, 11, 24)),
            (ymd(2019, 11, 18), Week)
        );
    }

    #[test]
    fn a_place_named_after_a_date_is_no_date() {
        assert!(find_dates("a gunfight at a flat in 6th of October City", pub22()).is_empty());
        assert!(find_dates("a rally on the 6 October Bridge", pub22()).is_empty());
        assert!(find_dates("in October City", pub22()).is_empty());
        // (A date before an ordinary word is still one.)
        assert_eq!(
            find_dates("a raid in October killed four", pub22()).len(),
            1
        );
    }

    #[test]
    fn an_ordinal_day_alone_is_in_the_latest_month_that_has_passed_it() {
        // Published 2019-11-22: the 14th is this month's, the 28th last month's.
        assert_eq!(
            one(
                "militants stormed the base on the 14th, officials said",
                pub22()
            ),
            ("the 14th".to_string(), ymd(2019, 11, 14), Day)
        );
        assert_eq!(
            date_of("clashes broke out on the 28th and", pub22()),
            (ymd(2019, 10, 28), Day)
        );
        // Not a date: the head of a noun phrase, or no "on" before it.
        assert!(find_dates("a blast on the 14th floor", pub22()).is_empty());
        assert!(find_dates("the 5th Brigade moved in", pub22()).is_empty());
        assert!(find_dates("fighting since the 14th", pub22()).is_empty());
        // A lone year names the upheaval people were killed during.
        let d = find_dates(
            "At least 60 people were killed during the 2017 protests",
            pub22(),
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].date.year(), 2017);
        assert!(find_dates("chanting slogans of the 1962 revolution", pub22()).is_empty());
        assert!(find_dates("a landmine left over from the 2011 war exploded", pub22()).is_empty());
        // With a month, the month decides.
        assert_eq!(
            date_of("on the 14th of October", pub22()),
            (ymd(2019, 10, 14), Day)
        );
    }

    #[test]
    fn the_start_or_end_of_a_period_is_dated_by_the_period() {
        assert_eq!(
            one("killed at the start of the month", pub22()),
            (
                "the start of the month".to_string(),
                ymd(2019, 11, 1),
                Month
            )
        );
        assert_eq!(
            date_of("at the end of last month", pub22()),
            (ymd(2019, 10, 1), Month)
        );
        assert_eq!(
            date_of("since the beginning of the year", pub22()),
            (ymd(2019, 1, 1), Year)
        );
        assert_eq!(
            date_of("in the middle of last week", pub22()),
            (ymd(2019, 11, 11), Week)
        );
        assert!(find_dates("the end of the war", pub22()).is_empty());
    }

    #[test]
    fn bare_months() {
        assert_eq!(
            date_of("attacks in October", pub22()),
            (ymd(2019, 10, 1), Month)
        );
        assert_eq!(
            date_of("attacks in October", ymd(2020, 2, 3)),
            (ymd(2019, 10, 1), Month)
        );
        assert_eq!(
            date_of("attacks in November", pub22()),
            (ymd(2019, 11, 1), Month)
        );
        assert_eq!(
            date_of("in October 2015", pub22()),
            (ymd(2015, 10, 1), Month)
        );
        // "may" the verb and an uncued "May" are not dates.
        assert!(find_dates("Officials may respond.", pub22()).is_empty());
        assert!(find_dates("May Khalil said.", pub22()).is_empty());
    }

    #[test]
    fn explicit_dates() {
        for s in [
            "on November 6",
            "November 6",
            "6 November",
            "Nov. 6, 2019",
            "6 Nov 2019",
            "November 6th",
            "the 6th of November",
        ] {
            assert_eq!(date_of(s, pub22()), (ymd(2019, 11, 6), Day), "{s}");
        }
        assert_eq!(date_of("2019-11-18", pub22()), (ymd(2019, 11, 18), Day));
        assert_eq!(date_of("18/11/2019", pub22()), (ymd(2019, 11, 18), Day));
        // Ambiguous: day-first.
        assert_eq!(date_of("03/04/2019", pub22()), (ymd(2019, 4, 3), Day));
        // Unambiguous US order.
        assert_eq!(date_of("11/18/2019", pub22()), (ymd(2019, 11, 18), Day));
        let (text, d, _) = one("on Tuesday, November 19, 2019, troops", pub22());
        assert_eq!(
            (text.as_str(), d),
            ("Tuesday, November 19, 2019", ymd(2019, 11, 19))
        );
    }

    #[test]
    fn future_tense_looks_forward() {
        // Published Friday 22 November 2019.
        assert_eq!(
            date_of("Talks will resume on Tuesday.", pub22()),
            (ymd(2019, 11, 26), Day)
        );
        assert_eq!(
            date_of("He will visit on December 25.", pub22()),
            (ymd(2019, 12, 25), Day)
        );
        assert_eq!(
            date_of("The envoy is due to arrive in January.", pub22()),
            (ymd(2020, 1, 1), Month)
        );
        // "due to" meaning "because of" is not a future cue.
        assert_eq!(
            date_of("Roads closed due to fighting on Tuesday.", pub22()),
            (ymd(2019, 11, 19), Day)
        );
        // "planning" under a past main verb tells when the arrest was.
        assert_eq!(
            date_of(
                "Police detained a man suspected of planning attacks in Bamako on Monday.",
                pub22()
            ),
            (ymd(2019, 11, 18), Day)
        );
        assert_eq!(
            date_of(
                "Troops arrested two men plotting an ambush on Tuesday.",
                pub22()
            ),
            (ymd(2019, 11, 19), Day)
        );
        // ... but under a present or future one it still looks forward.
        assert_eq!(
            date_of("The rebels are planning an offensive on Tuesday.", pub22()),
            (ymd(2019, 11, 26), Day)
        );
        assert_eq!(
            date_of("Officials planning talks on Tuesday will meet.", pub22()),
            (ymd(2019, 11, 26), Day)
        );
        // A reporting verb ends the look-back: this "will" is not about Tuesday.
        assert_eq!(
            date_of("Officials said on Tuesday they will go.", pub22()),
            (ymd(2019, 11, 19), Day)
        );
    }

    #[test]
    fn month_day_with_year_word() {
        let (text, d, _) = one("killed on March 5 last year in London", pub22());
        assert_eq!((text.as_str(), d), ("March 5 last year", ymd(2018, 3, 5)));
        assert_eq!(
            date_of("on 5 March this year", pub22()),
            (ymd(2019, 3, 5), Day)
        );
    }

    #[test]
    fn last_month_name_is_strictly_before() {
        assert_eq!(
            date_of("concessions last November", pub22()),
            (ymd(2018, 11, 1), Month)
        );
        assert_eq!(
            date_of("riots last March", pub22()),
            (ymd(2019, 3, 1), Month)
        );
    }

    #[test]
    fn month_day_after_publication_means_last_year() {
        assert_eq!(date_of("on December 25", pub22()), (ymd(2018, 12, 25), Day));
        assert_eq!(date_of("on November 23", pub22()), (ymd(2018, 11, 23), Day));
    }

    #[test]
    fn invalid_dates_are_skipped() {
        assert!(find_dates("on February 30", pub22()).is_empty());
        assert!(find_dates("2019-13-01 and 31/02/2019", pub22()).is_empty());
        // Out-of-range publication dates do not panic.
        let _ = find_dates("two years ago last week Tuesday", NaiveDate::MIN);
        let _ = find_dates("next Monday in October", NaiveDate::MAX);
    }

    #[test]
    fn several_mentions_in_order() {
        let found = find_dates("Between November 6 and yesterday, and in 2017.", pub22());
        let dates: Vec<_> = found.iter().map(|m| m.date).collect();
        assert_eq!(
            dates,
            vec![ymd(2019, 11, 6), ymd(2019, 11, 21), ymd(2017, 1, 1)]
        );
        assert!(found.windows(2).all(|w| w[0].end <= w[1].start));
    }
}
