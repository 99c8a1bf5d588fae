//! Attaching counts to casualty words. A number is a toll only when a
//! killed/wounded/detained word governs it; strength estimates, ages, years
//! and vehicle counts are not tolls.

use crate::deps::CountHit;
use crate::lexicon::{casualty_of, Casualty};
use crate::text::{eq_any, in_set, tok_at_or_after, Tok, WordSet};
use std::sync::OnceLock;

/// Summed tolls of one incident, with the span of the words they came from.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Toll {
    pub low: u32,
    pub best: u32,
    pub high: u32,
    pub span: Option<(usize, usize)>,
}

impl Toll {
    /// Another estimate of the same dead: the lower figure stands, the
    /// higher bounds it.
    fn rival(&mut self, c: &CountHit) {
        self.low = self.low.min(c.best);
        self.best = self.best.min(c.best);
        self.high = self.high.max(c.high);
    }

    fn add(&mut self, c: &CountHit, word: &Tok) {
        self.low = self.low.saturating_add(c.low);
        self.best = self.best.saturating_add(c.best);
        self.high = self.high.saturating_add(c.high);
        let (a, b) = (c.start.min(word.start), c.end.max(word.end));
        self.span = Some(match self.span {
            Some((x, y)) => (x.min(a), y.max(b)),
            None => (a, b),
        });
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Tolls {
    pub killed: Option<Toll>,
    pub wounded: Option<Toll>,
    pub detained: Option<Toll>,
}

/// Words that may sit between a verb and its count ("killed at least 43").
const LEAD: &[&str] = &[
    "all",
    "at",
    "least",
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "more",
    "than",
    "over",
    "up",
    "to",
    "an",
    "estimated",
    "approximately",
    "roughly",
    "as",
    "many",
    "another",
    "a",
    "further",
    "additional",
    "the",
    "of",
    "rose",
    "risen",
    "climbed",
    "reached",
    "stood",
    "stands",
    "has",
    "had",
    "is",
    "was",
    "between",
    "only",
    "just",
    "fewer",
    "less",
    "no",
];

/// Units that make a number something other than a head count.
const UNITS: &[&str] = &[
    "percent",
    "per",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "years",
    "year",
    "months",
    "month",
    "days",
    "day",
    "hours",
    "hour",
    "weeks",
    "week",
    "minutes",
    "times",
    "am",
    "pm",
    "dollars",
    "tons",
    "tonnes",
    "vehicles",
    "cars",
    "trucks",
    "homes",
    "houses",
    "buildings",
    "airstrikes",
    "strikes",
    "rockets",
    "missiles",
    "shells",
    "bombs",
    // "fired at least six mortar rounds ..., killing a contractor": the
    // munitions counted, not the dead.
    "rounds",
    "mortars",
    "mortar",
    "artillery",
    "rocket",
    "missile",
    "drones",
    "grenades",
    "bullets",
    "shots",
    "projectiles",
    "kg",
    "million",
    "billion",
    "year-old",
    "years-old",
];

/// Phrases that report a zero toll, lower-case.
pub(crate) const ZERO: [&str; 26] = [
    "no casualties",
    "no one was killed",
    "nobody was killed",
    "no deaths",
    "no one was hurt",
    // (the fixtures read "nobody was hurt" and "no one was injured" as no
    // dead either: 40 of 41 records.)
    "nobody was hurt",
    "no one was injured",
    "nobody was injured",
    "no fatalities",
    "without casualties",
    "no injuries",
    "without causing injuries",
    "without causing casualties",
    "causing no injuries",
    // "shattering windows but hurting no one", "went off ... without
    // hurting anyone", "nobody had been injured".
    "injuring no one",
    "injuring nobody",
    "hurting no one",
    "hurting nobody",
    "without hurting anyone",
    "without injuring anyone",
    "no one had been injured",
    "nobody had been injured",
    "no one had been hurt",
    "nobody had been hurt",
    "no one was wounded",
    "nobody was wounded",
];

/// Whether `s[range]` holds any [`ZERO`] phrase (ASCII case-insensitively),
/// given every occurrence of one in `s` (read with the lexicons).
fn says_zero_in(s: &str, range: (usize, usize), zero: &[(usize, usize)]) -> bool {
    s.get(range.0..range.1).is_some() && zero.iter().any(|&(a, b)| a >= range.0 && b <= range.1)
}

#[cfg(test)]
fn says_zero(seg: &str) -> bool {
    says_zero_in(seg, (0, seg.len()), &crate::lexicon::scan_all(seg).zero)
}

/// Counts are matched to casualty words with the incident's tokens.
#[cfg(test)]
pub(crate) fn tolls(s: &str, toks: &[Tok], counts: &[CountHit], range: (usize, usize)) -> Tolls {
    tolls_in(s, toks, counts, range, &crate::lexicon::scan_all(s).zero)
}

/// [`tolls`] given every occurrence of a [`ZERO`] phrase in `s`.
pub(crate) fn tolls_in(
    s: &str,
    toks: &[Tok],
    counts: &[CountHit],
    range: (usize, usize),
    zero: &[(usize, usize)],
) -> Tolls {
    let mut out = Tolls::default();
    let in_range: Vec<&CountHit> = counts
        .iter()
        .filter(|c| c.start >= range.0 && c.end <= range.1)
        .collect();
    let mut last_class: Option<Casualty> = None;
    let mut assigned_all: Vec<Option<(Casualty, Tok)>> = vec![None; in_range.len()];
    for (k, c) in in_range.iter().enumerate() {
        let ci = tok_at_or_after(toks, c.start);
        let after = toks.partition_point(|t| t.start < c.end);
        if skip_count(s, toks, ci, after, c) {
            continue;
        }
        // "Twenty-one people, nine of them children, were killed": a subset
        // set off between the count and its verb does not stop the search.
        let next = in_range.iter().skip(k + 1).copied().find(|n| {
            let ni = tok_at_or_after(toks, n.start);
            let nafter = toks.partition_point(|t| t.start < n.end);
            !skip_count(s, toks, ni, nafter, n)
        });
        let next_count_start = next.map_or(range.1, |n| n.start);
        let assigned = governed_by_before(s, toks, ci, range.0)
            .or_else(|| governed_by_after(s, toks, after, next_count_start.min(range.1), next))
            .or_else(|| elliptical(s, toks, ci, after, range.1, last_class));
        if let Some((class, _)) = assigned {
            last_class = Some(class);
        }
        assigned_all[k] = assigned;
    }
    // "Seventeen soldiers and 36 militiamen were killed": a count joined by
    // "and" to the next one shares its class.
    for k in (0..in_range.len().saturating_sub(1)).rev() {
        if assigned_all[k].is_some() {
            continue;
        }
        let (c, n) = (in_range[k], in_range[k + 1]);
        let lo = toks.partition_point(|t| t.start < c.end);
        let hi = toks.partition_point(|t| t.end <= n.start).max(lo);
        let mut between: Vec<&Tok> = toks[lo..hi].iter().collect();
        // "Two officers and at least five gang members": the hedge belongs
        // to the second count.
        while between.len() > 1
            && between.last().is_some_and(|t| {
                eq_any(
                    t.text(s),
                    &[
                        "at",
                        "least",
                        "more",
                        "than",
                        "about",
                        "some",
                        "nearly",
                        "around",
                        "almost",
                        "over",
                        "roughly",
                        "approximately",
                    ],
                )
            })
        {
            between.pop();
        }
        let joined = between
            .last()
            .is_some_and(|t| eq_any(t.text(s), &["and", "plus"]))
            && between.len() <= 5
            && !s.get(c.end..n.start).unwrap_or("").contains([',', ';']);
        if joined {
            if let Some((class, word)) = assigned_all[k + 1] {
                let ci = tok_at_or_after(toks, c.start);
                let after = toks.partition_point(|t| t.start < c.end);
                if !skip_count(s, toks, ci, after, c) {
                    assigned_all[k] = Some((class, word));
                }
            }
        }
    }
    // "killed a soldier and three policemen": the verb before the singular
    // object governs the count joined to it.
    // So does it for "arrested a commander and three of his men".
    for (k, c) in in_range.iter().enumerate() {
        if assigned_all[k].is_some() {
            continue;
        }
        let part = part_of_singular(s, toks, c, range.0);
        if !part && !singular_before(s, toks, c, range.0) {
            continue;
        }
        let ci = tok_at_or_after(toks, c.start);
        let after = toks.partition_point(|t| t.start < c.end);
        if skip_count(s, toks, ci, after, c) {
            continue;
        }
        // ci-1 is "and", ci-2 the head; find the article and the verb before it.
        let reach = if part { 10 } else { 6 };
        let art = (ci.saturating_sub(reach)..ci.saturating_sub(2))
            .rev()
            .find(|&i| eq_any(toks[i].text(s), &["a", "an"]));
        if let Some(verb) = art.and_then(|i| i.checked_sub(1)).map(|i| toks[i]) {
            if verb.start >= range.0 && is_active_form(verb.text(s)) {
                if let Some(class) = casualty_of(verb.text(s)) {
                    assigned_all[k] = Some((class, verb));
                }
            }
        }
    }
    // "residents caught two young men they accused of scouting for gangs,
    // beat them to death": the people a pronoun refers back to are the dead.
    if !assigned_all
        .iter()
        .any(|a| a.is_some_and(|(class, _)| class == Casualty::Killed))
    {
        if let Some((k, verb)) = killed_them(s, toks, range).and_then(|verb| {
            in_range
                .iter()
                .rposition(|c| c.end <= verb.start)
                .map(|k| (k, verb))
        }) {
            let c = in_range[k];
            let ci = tok_at_or_after(toks, c.start);
            let after = toks.partition_point(|t| t.start < c.end);
            if assigned_all[k].is_none()
                && !skip_count(s, toks, ci, after, c)
                && plural_people_after(s, toks, after)
            {
                assigned_all[k] = Some((Casualty::Killed, verb));
            }
        }
    }
    for (c, a) in in_range.iter().zip(&assigned_all) {
        let Some((class, word)) = a else { continue };
        // "killing dozens": a toll with no figure stays unknown.
        if c.vague {
            continue;
        }
        // "20 people were killed or wounded": dead and hurt together are
        // neither toll.
        if lumped(s, toks, word, *class) {
            continue;
        }
        // "a commander and four of his bodyguards were killed", "three
        // policemen and a soldier were killed": the person joined by "and"
        // to the counted group shares its toll.
        let lead = if part_of_singular(s, toks, c, range.0)
            || singular_before(s, toks, c, range.0)
            || singular_after(s, toks, c, word, range.1, counts)
        {
            let one = exactly(c.start, c.end, 1);
            Some(one)
        } else {
            None
        };
        let slot = match class {
            Casualty::Killed => &mut out.killed,
            Casualty::Wounded => &mut out.wounded,
            Casualty::Detained => &mut out.detained,
        };
        // "12 people, police said; a local official put the toll at 20".
        let rival = slot.is_some() && lead.is_none() && {
            let ci = toks.partition_point(|t| t.start < c.start);
            let before: Vec<&str> = toks[ci.saturating_sub(3)..ci]
                .iter()
                .map(|t| t.text(s))
                .collect();
            before.ends_with(&["toll", "at"])
                || before.ends_with(&["toll", "to"])
                || before.ends_with(&["as", "many", "as"])
        };
        let toll = slot.get_or_insert_with(Toll::default);
        if rival {
            toll.rival(c);
            continue;
        }
        toll.add(c, word);
        if let Some(one) = lead {
            toll.add(&one, word);
        }
    }
    // "causing no casualties", "no one was killed": a reported zero.
    if out.killed.is_none() && says_zero_in(s, range, zero) {
        let seg = s.get(range.0..range.1).unwrap_or("").to_ascii_lowercase();
        if let Some(p) = ZERO.iter().find_map(|z| seg.find(z)) {
            let at = range.0 + p;
            let w = Tok {
                start: at,
                end: at + 2,
            };
            let zero_hit = CountHit {
                start: at,
                end: at + 2,
                low: 0,
                best: 0,
                high: 0,
                vague: false,
            };
            out.killed
                .get_or_insert_with(Toll::default)
                .add(&zero_hit, &w);
            // "Nobody was hurt", "causing no casualties": no wounded either
            // (not "no one was killed", "no deaths").
            let hurt = ["hurt", "injur", "casualties", "wound"].iter().any(|x| {
                ZERO.iter()
                    .filter(|z| z.contains(x))
                    .any(|z| seg.contains(z))
            });
            if hurt && out.wounded.is_none() {
                out.wounded
                    .get_or_insert_with(Toll::default)
                    .add(&zero_hit, &w);
            }
        }
    }
    // "Police detained a man", "a suspect was arrested": one detainee.
    if out.detained.is_none() {
        if let Some(w) = singular_detained(s, toks, range) {
            let one = exactly(w.start, w.end, 1);
            out.detained.get_or_insert_with(Toll::default).add(&one, &w);
        }
    }
    // "A police officer was killed, and soldiers later found the bodies of
    // two of the attackers": a single death told in a clause of its own
    // adds to the count told in another.
    if let Some(toll) = out.killed.as_mut() {
        if let (Some((a, b)), Some((w, n))) = (toll.span, singular_killed(s, toks, range)) {
            let between = if w.end <= a {
                s.get(w.end..a)
            } else if w.start >= b {
                s.get(b..w.start)
            } else {
                None
            };
            if between.is_some_and(|g| g.contains(", and ") || g.contains("; ")) {
                let one = exactly(w.start, w.end, n);
                toll.add(&one, &w);
            }
        }
    }
    // "wounding a farmer", "wounded his brother": one person hurt.
    if out.wounded.is_none() {
        if let Some(w) = singular_wounded(s, toks, range) {
            let one = exactly(w.start, w.end, 1);
            out.wounded.get_or_insert_with(Toll::default).add(&one, &w);
        }
    }
    // "killed a senior commander", "a policeman was killed": one person.
    if out.killed.is_none() {
        if let Some((w, n)) = singular_killed(s, toks, range) {
            let one = exactly(w.start, w.end, n);
            out.killed.get_or_insert_with(Toll::default).add(&one, &w);
        }
    }
    // "The bomber and all four gunmen were killed", "the bomber died in the
    // blast": the bomber is among the dead (not when he only "blew himself
    // up": the fixtures then count only his victims).
    if let Some(w) = bomber_died(s, toks, range) {
        let one = exactly(w.start, w.end, 1);
        out.killed.get_or_insert_with(Toll::default).add(&one, &w);
    }
    out
}

/// The verb of "beat them to death", "stoned them to death", "shot them
/// dead" in `range`: a killing whose victims were counted before.
fn killed_them(s: &str, toks: &[Tok], range: (usize, usize)) -> Option<Tok> {
    let lo = toks.partition_point(|t| t.start < range.0);
    let hi = toks.partition_point(|t| t.end <= range.1).max(lo);
    let seg = &toks[lo..hi];
    (0..seg.len().saturating_sub(2)).find_map(|j| {
        let w = |k: usize| seg.get(j + k).map_or("", |t| t.text(s));
        let to_death = eq_any(w(0), TO_DEATH_VERBS) && w(2) == "to" && w(3) == "death";
        let shot_dead = eq_any(w(0), &["shot", "gunned"]) && eq_any(w(2), &["dead", "down"]);
        (w(1) == "them" && (to_death || shot_dead)).then_some(seg[j])
    })
}

/// Whether the words after a count name people ("two young men", "three
/// Fulani passengers"), within four words.
fn plural_people_after(s: &str, toks: &[Tok], after: usize) -> bool {
    toks.iter().skip(after).take(4).any(|t| {
        let w = t.text(s);
        eq_any(w, &["men", "women", "people", "children", "youths"])
            || w.strip_suffix('s').is_some_and(|x| eq_any(x, PERSON))
    })
}

/// The word telling that "the bomber" died, unless the toll includes him
/// ("including the bomber").
fn bomber_died(s: &str, toks: &[Tok], range: (usize, usize)) -> Option<Tok> {
    let lo = tok_at_or_after(toks, range.0);
    let hi = toks.partition_point(|t| t.start < range.1);
    let seg = toks.get(lo..hi)?;
    let word = |k: usize| seg.get(k).map_or("", |t| t.text(s));
    // (Most sentences have neither word: nothing more is read.)
    let at = seg.iter().position(|t| t.text(s) == "bomber")?;
    if seg
        .iter()
        .any(|t| eq_any(t.text(s), &["including", "among"]))
    {
        return None;
    }
    for k in at..seg.len() {
        let w = word(k);
        if w == "bomber" && word(k.wrapping_sub(1)).eq_ignore_ascii_case("the") {
            // The bomber is the subject ("the bomber and all four gunmen
            // were killed"), not an object ("the car that had brought the
            // bomber to a farm ... and killed its two occupants").
            let told = (k + 1..(k + 9).min(seg.len()))
                .take_while(|&j| {
                    let w = word(j);
                    s.get(seg[j - 1].end..seg[j].start)
                        .is_some_and(|g| !g.contains(['.', ';', ',']))
                        && (eq_any(
                            w,
                            &[
                                "and",
                                "all",
                                "both",
                                "his",
                                "the",
                                "other",
                                "also",
                                "was",
                                "were",
                                "had",
                                "been",
                                "gunmen",
                                "attackers",
                                "assailants",
                                "fighters",
                                "accomplices",
                                "died",
                                "killed",
                            ],
                        ) || crate::numbers::UNITS
                            .iter()
                            .any(|u| w.eq_ignore_ascii_case(u))
                            || w.bytes().all(|b| b.is_ascii_digit()))
                })
                .find(|&j| eq_any(word(j), &["died", "killed"]));
            if let Some(j) = told {
                return Some(seg[j]);
            }
        }
    }
    None
}

fn skip_count(s: &str, toks: &[Tok], ci: usize, after: usize, c: &CountHit) -> bool {
    // Years are dates, not people.
    let text = s.get(c.start..c.end).unwrap_or("");
    if text.len() == 4
        && text.bytes().all(|b| b.is_ascii_digit())
        && (1900..=2100).contains(&c.best)
    {
        return true;
    }
    if let Some(n) = toks.get(after) {
        if in_set(n.text(s), units_set()) || n.text(s).ends_with("-year-old") {
            return true;
        }
        // "two captured pick-up trucks", "three seized rifles".
        if eq_any(
            n.text(s),
            &["captured", "seized", "stolen", "looted", "burnt", "burned"],
        ) && toks.get(after + 1).is_some_and(|m| {
            in_set(m.text(s), units_set())
                || eq_any(
                    m.text(s),
                    &[
                        "pick-up",
                        "pickup",
                        "rifles",
                        "weapons",
                        "motorcycles",
                        "tanks",
                    ],
                )
        }) {
            return true;
        }
    }
    if text.ends_with("-year-old")
        || s.get(c.end..)
            .is_some_and(|r| r.starts_with('%') || r.starts_with("-year"))
    {
        return true;
    }
    // Subsets of a toll already counted: "including two children", "among them 121".
    let prev = |back: usize| {
        ci.checked_sub(back)
            .and_then(|i| toks.get(i))
            .map(|t| t.text(s))
    };
    if prev(1).is_some_and(|w| eq_any(w, &["including", "among", "aged", "age"]))
        || prev(2).is_some_and(|w| eq_any(w, &["including", "among"]))
        || prev(1).is_some_and(|w| eq_any(w, &["them", "whom", "which"]))
            && prev(2).is_some_and(|w| eq_any(w, &["among", "of"]))
    {
        return true;
    }
    // Further into such a list: "detained 28 Palestinians, among them a
    // former prisoner ... and two journalists".
    let mut k = ci;
    while k > 0 && ci - k < 12 {
        let gap = s.get(toks[k - 1].end..toks[k].start).unwrap_or("");
        if gap.contains([',', ';', '.', '(']) {
            break;
        }
        k -= 1;
        let w = toks[k].text(s);
        // "aircraft including helicopter gunships killed 46": the verb
        // before the count governs it; the list was the subject's.
        if casualty_of(w).is_some() && (w.ends_with("ed") || w.ends_with("ing")) {
            break;
        }
        if w.eq_ignore_ascii_case("including")
            || eq_any(w, &["them", "whom"])
                && k > 0
                && toks[k - 1].text(s).eq_ignore_ascii_case("among")
        {
            return true;
        }
    }
    // "in revenge for the killing of one of its commanders": the death
    // avenged is another incident's.
    if (1..=6).any(|back| {
        prev(back).is_some_and(|w| eq_any(w, &["for"]))
            && prev(back + 1).is_some_and(|w| {
                eq_any(
                    w,
                    &[
                        "revenge",
                        "retaliation",
                        "reprisal",
                        "vengeance",
                        "retribution",
                    ],
                )
            })
    }) {
        return true;
    }
    // "two of the wounded were in a critical condition".
    let word = |i: usize| toks.get(i).map_or("", |t| t.text(s));
    // ", nine of them children,": an aside counting part of the toll.
    let aside = ci > 0
        && s.get(toks[ci - 1].end..c.start)
            .is_some_and(|g| g.contains(','));
    if aside && word(after).eq_ignore_ascii_case("of") && eq_any(word(after + 1), &["them", "whom"])
    {
        return true;
    }
    // "killed at least five civilians, beheading three of them": how some
    // of the dead died ("returned fire, killing two of them" counts more).
    if ci > 1
        && word(after).eq_ignore_ascii_case("of")
        && eq_any(word(after + 1), &["them", "whom"])
        && eq_any(
            word(ci - 1),
            &["beheading", "executing", "hacking", "burning"],
        )
        && s.get(toks[ci - 2].end..toks[ci - 1].start)
            .is_some_and(|g| g.contains(','))
    {
        return true;
    }
    if word(after).eq_ignore_ascii_case("of")
        && word(after + 1).eq_ignore_ascii_case("the")
        && eq_any(
            word(after + 2),
            &[
                "wounded",
                "injured",
                "dead",
                "victims",
                "casualties",
                "detainees",
                "hostages",
                "captives",
                "abductees",
                "killed",
            ],
        )
    {
        return true;
    }
    false
}

/// Verbs that kill with "to death": "beat two men to death", "hacked to
/// death three farmers".
const TO_DEATH_VERBS: &[&str] = &[
    "beat", "beating", "beaten", "stoned", "stoning", "hacked", "hacking", "burned", "burnt",
    "burning", "clubbed", "lynched", "tortured", "starved", "stabbed", "stabbing",
];

/// "killed at least 43 ...", "wounding two others", "death toll rose to 20".
fn governed_by_before(s: &str, toks: &[Tok], ci: usize, floor: usize) -> Option<(Casualty, Tok)> {
    // "beat two young men to death", "stoned three suspects to death".
    let verb = toks[ci.saturating_sub(2)..ci].iter().rev().find(|t| {
        t.start >= floor
            && matches!(
                s.as_bytes().get(t.start),
                Some(b'b' | b's' | b'h' | b'c' | b'l' | b't')
            )
            && eq_any(t.text(s), TO_DEATH_VERBS)
    });
    if let Some(v) = verb {
        let to_death = (ci + 1..(ci + 6).min(toks.len().saturating_sub(1)))
            .any(|k| toks[k].is(s, "to") && toks[k + 1].is(s, "death"));
        if to_death {
            return Some((Casualty::Killed, *v));
        }
    }
    // "hacked to death three farmers", "beat to death two men".
    if ci >= 3
        && toks[ci - 1].is(s, "death")
        && toks[ci - 2].is(s, "to")
        && toks[ci - 3].start >= floor
        && eq_any(toks[ci - 3].text(s), TO_DEATH_VERBS)
    {
        return Some((Casualty::Killed, toks[ci - 3]));
    }
    let mut i = ci;
    let mut gap = 0;
    while i > 0 && gap <= 4 {
        i -= 1;
        let t = toks[i];
        if t.start < floor {
            return None;
        }
        let w = t.text(s);
        if let Some(c) = casualty_of(w) {
            // Passive "were killed 5" does not happen; a casualty adjective
            // after its noun ("18 militants were killed and four ...") is
            // handled by the elliptical rule.
            // "shot dead 5"; "put the number of dead at three".
            let shot_dead = w.eq_ignore_ascii_case("dead")
                && i > 0
                && (eq_any(toks[i - 1].text(s), &["shot", "shooting", "shoots"])
                    || toks[i - 1].is(s, "of"));
            if (is_active_form(w) || shot_dead)
                && !(i > 0
                    && eq_any(
                        toks[i - 1].text(s),
                        &["was", "were", "been", "being", "are", "is"],
                    ))
            {
                return Some((c, t));
            }
            return None;
        }
        // "The death toll from a suicide bombing ... rose to 100".
        if eq_any(
            w,
            &[
                "rose", "risen", "climbed", "reached", "stood", "stands", "passed",
            ],
        ) {
            let lo = i.saturating_sub(15);
            if let Some(tt) = toks[lo..i].iter().rev().find(|x| x.is(s, "toll")) {
                if tt.start >= floor {
                    return Some((Casualty::Killed, *tt));
                }
            }
        }
        // "repelled the attack and lost three men": a side's own dead.
        if eq_any(w, &["lost", "losing"])
            && toks.get(ci + 1).is_some_and(|n| {
                eq_any(
                    n.text(s),
                    &[
                        "men",
                        "fighters",
                        "soldiers",
                        "troops",
                        "officers",
                        "policemen",
                        "members",
                        "militiamen",
                    ],
                )
            })
        {
            return Some((Casualty::Killed, t));
        }
        if !eq_any(w, LEAD) {
            return None;
        }
        gap += 1;
    }
    None
}

fn is_active_form(w: &str) -> bool {
    eq_any(
        w,
        &[
            "killed",
            "killing",
            "kills",
            "wounded",
            "wounding",
            "injured",
            "injuring",
            "arrested",
            "arresting",
            "detained",
            "detaining",
            "captured",
            "capturing",
            "recaptured",
            "toll",
            "bodies",
            "executed",
            "executing",
            "beheaded",
            "beheading",
            "massacred",
            "massacring",
            "neutralised",
            "neutralized",
            "neutralising",
            "neutralizing",
            "apprehended",
            "nabbed",
            // "rounded up 40 suspects": "up" is a lead word.
            "rounded",
            // "picked up four men".
            "picked",
        ],
    )
}

/// "Two Tajik personnel were killed", "43 dead", "five of the attackers were captured".
fn governed_by_after(
    s: &str,
    toks: &[Tok],
    after: usize,
    limit: usize,
    next: Option<&CountHit>,
) -> Option<(Casualty, Tok)> {
    for (n, t) in toks.iter().enumerate().skip(after).take(16) {
        if t.start >= limit {
            return None;
        }
        // Clause punctuation between count and word breaks the link.
        let prev_end = if n > 0 {
            toks[n - 1].end.min(t.start)
        } else {
            t.start
        };
        if s.get(prev_end..t.start)
            .is_some_and(|g| g.contains([';', ':']))
        {
            return None;
        }
        let w = t.text(s);
        // "two men on a motorcycle shot dead a vaccinator": the count is who
        // shot, not who died.
        if w.eq_ignore_ascii_case("dead")
            && n > 0
            && eq_any(toks[n - 1].text(s), &["shot", "shooting"])
            && toks.get(n + 1).is_some_and(|x| {
                !eq_any(
                    x.text(s),
                    &["on", "in", "at", "near", "and", "by", "after", "while"],
                ) && s.get(t.end..x.start) == Some(" ")
            })
        {
            return None;
        }
        // "about 150 relatives ... demanding a list of the dead": "the dead"
        // names people already counted, not those counted here.
        // ("on suspicion of treating wounded JNIM fighters": care given to
        // the wounded of another day.)
        if eq_any(w, &["dead", "wounded", "injured"])
            && n > 0
            && eq_any(
                toks[n - 1].text(s),
                &[
                    "the",
                    "treating",
                    "treat",
                    "treated",
                    "evacuating",
                    "sheltering",
                    "hiding",
                    "harbouring",
                    "harboring",
                ],
            )
        {
            return None;
        }
        if let Some(c) = casualty_of(w) {
            // An active verb with its own object count ("5 militants killed
            // 3 soldiers") governs that count, not this one.
            let own_object = next.is_some_and(|nc| {
                let ni = toks.partition_point(|x| x.start < nc.start);
                ni > n && ni - n <= 4 && toks[n + 1..ni].iter().all(|x| eq_any(x.text(s), LEAD))
            });
            if own_object && !is_passive_context(s, toks, n) {
                return None;
            }
            return Some((c, *t));
        }
        if eq_any(w, &["killed", "said", "says", "told"]) {
            return None;
        }
    }
    None
}

fn is_passive_context(s: &str, toks: &[Tok], n: usize) -> bool {
    n > 0 && eq_any(toks[n - 1].text(s), &["were", "was", "been", "are", "is"])
}

/// "Two Tajik personnel were killed and fifteen ISIS fighters": a bare count
/// after "and" inherits the previous count's class when nothing follows it.
fn elliptical(
    s: &str,
    toks: &[Tok],
    ci: usize,
    after: usize,
    end: usize,
    last: Option<Casualty>,
) -> Option<(Casualty, Tok)> {
    let class = last?;
    if ci == 0 || !eq_any(toks[ci - 1].text(s), &["and", "plus"]) {
        return None;
    }
    // Up to four words, then the clause ends.
    let mut k = after;
    while k < toks.len() && k < after + 4 && toks[k].end <= end {
        let gap = s.get(toks[k - 1].end..toks[k].start).unwrap_or("");
        if gap.contains([',', ';', '.']) {
            break;
        }
        k += 1;
    }
    let last_tok = toks.get(k.saturating_sub(1))?;
    let rest = s.get(last_tok.end..end).unwrap_or("").trim_start();
    if rest.is_empty() || rest.starts_with([',', ';', '.']) {
        return Some((class, toks[ci]));
    }
    // "killed two guards and four passers-by outside the gate": the noun
    // phrase ends at a preposition.
    // "killing herself and four other people and wounding thirteen": so
    // does it at an "and" opening the next casualty clause.
    let next_clause = |i: usize| {
        toks.get(i).is_some_and(|t| t.is(s, "and"))
            && toks
                .get(i + 1)
                .is_some_and(|v| is_active_form(v.text(s)) && casualty_of(v.text(s)).is_some())
    };
    let prep = |t: &Tok| eq_any(t.text(s), PLACE_PREPS);
    let window = toks.get(after..k.min(toks.len())).unwrap_or(&[]);
    let at = window
        .iter()
        .enumerate()
        .position(|(j, t)| prep(t) || next_clause(after + j))
        .or_else(|| {
            toks.get(k)
                .filter(|t| t.end <= end && (prep(t) || next_clause(k)))
                .map(|_| window.len())
        });
    // Nothing but nouns before it: not "four of their vehicles destroyed in".
    let plain = |p: usize| {
        p > 0
            && window[..p].iter().all(|t| {
                let w = t.text(s).to_ascii_lowercase();
                w != "of" && !w.ends_with("ed")
            })
    };
    if at.is_some_and(plain) {
        return Some((class, toks[ci]));
    }
    None
}

/// Whether count `c` reads "N of his/her/their/its ..." and is joined by
/// "and" to a singular noun phrase just before it ("a commander and four
/// of his bodyguards"): that person shares the toll.
fn part_of_singular(s: &str, toks: &[Tok], c: &CountHit, floor: usize) -> bool {
    let ci = tok_at_or_after(toks, c.start);
    let after = toks.partition_point(|t| t.start < c.end);
    let word = |i: usize| toks.get(i).map_or("", |t| t.text(s));
    if !(word(after).eq_ignore_ascii_case("of")
        && eq_any(word(after + 1), &["his", "her", "their", "its"]))
    {
        return false;
    }
    if ci < 3 || !word(ci - 1).eq_ignore_ascii_case("and") {
        return false;
    }
    // "A soldier died and two of his comrades were wounded": the person has
    // a fate of his own.
    if eq_any(
        word(ci - 2),
        &[
            "died", "killed", "wounded", "injured", "hurt", "dead", "captured",
        ],
    ) {
        return false;
    }
    // Up to three words back: "a commander", "a senior army officer"; up to
    // seven when a person heads them: "a commander of the refinery militia
    // and three of his men", "a commander known as \"Caliche\" and two of
    // his bodyguards".
    let lo = ci.saturating_sub(9);
    for i in (lo..ci - 1).rev() {
        let t = toks[i];
        if t.start < floor {
            return false;
        }
        // No comma or other clause break inside the noun phrase.
        if s.get(t.end..toks[i + 1].start)
            .is_some_and(|g| g.contains([',', ';', ':', '.']))
        {
            return false;
        }
        let w = t.text(s);
        if eq_any(w, &["a", "an", "one"]) {
            if ci - i > 5 {
                return person_after(s, toks, i, &["a", "an", "one"]).is_some();
            }
            // A plural head ("a number of soldiers") is not one person.
            return !word(ci - 2).ends_with('s') || word(ci - 2).ends_with("ss");
        }
        // A figure, not a name with digits ("an M23 sector commander").
        if w.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
            return false;
        }
    }
    false
}

/// Whether casualty word `word` is joined by "or"/"and" to a casualty word
/// of another class ("killed or wounded", "dead and injured").
fn lumped(s: &str, toks: &[Tok], word: &Tok, class: Casualty) -> bool {
    let i = toks.partition_point(|t| t.start < word.start);
    toks.get(i + 1)
        .is_some_and(|t| eq_any(t.text(s), &["or", "and"]))
        && toks
            .get(i + 2)
            .and_then(|t| casualty_of(t.text(s)))
            .is_some_and(|c| c != class)
}

/// Words that end a victim noun phrase and start its place or time.
const PLACE_PREPS: &[&str] = &[
    "in", "near", "at", "outside", "inside", "on", "during", "across", "around",
];

/// Singular nouns for one person: the head of "a soldier", "an officer".
const PERSON: &[&str] = &[
    // "a village head", "the head of a village council".
    "head",
    "soldier",
    "policeman",
    "policewoman",
    "officer",
    "gendarme",
    "trooper",
    "guard",
    "guardsman",
    "militiaman",
    "fighter",
    "militant",
    "insurgent",
    "rebel",
    "jihadist",
    "gunman",
    "attacker",
    "commander",
    "leader",
    "member",
    "suspect",
    "civilian",
    "man",
    "woman",
    "child",
    "boy",
    "girl",
    "teenager",
    "toddler",
    "baby",
    "infant",
    "person",
    "resident",
    "villager",
    "farmer",
    "herder",
    "herdsman",
    "fisherman",
    "shepherd",
    "student",
    "teacher",
    "journalist",
    "photographer",
    "driver",
    "passenger",
    "worker",
    "trader",
    "shopkeeper",
    "doctor",
    "nurse",
    "priest",
    "imam",
    "cleric",
    "pastor",
    "chief",
    "official",
    "employee",
    "contractor",
    "bystander",
    "pedestrian",
    "motorcyclist",
    "rider",
    "youth",
    "elder",
    "mayor",
    "owner",
    "chairman",
    "councillor",
    "headman",
    "administrator",
    "lawmaker",
    "judge",
    "activist",
    "protester",
    "demonstrator",
    "sergeant",
    "lieutenant",
    "captain",
    "colonel",
    "volunteer",
    "prisoner",
    "detainee",
    "hostage",
    "deputy",
    "spokesman",
    "minister",
    "governor",
    "mukhtar",
    // "a village headman", "a municipal councillor", "the owner of a plant".
    "headman",
    "councillor",
    "councilor",
    "owner",
    "businessman",
    "engineer",
    "peacekeeper",
    // "a customs inspector and his driver", "a gold buyer".
    "inspector",
    "buyer",
    // "four herders and a primary school pupil".
    "pupil",
    // "the president of a rural community action board".
    "president",
    "editor",
    "supervisor",
    "director",
    "secretary",
    "treasurer",
    "founder",
    "coordinator",
    "manager",
    "principal",
    "headmaster",
    "schoolboy",
    "schoolgirl",
    // "a police constable on traffic duty was shot dead".
    "constable",
    "corporal",
    "ranger",
    "lawyer",
    "reporter",
    "labourer",
    "miner",
    "vendor",
    "presenter",
    "broadcaster",
    "blogger",
    "commentator",
    "legislator",
    "lawmaker",
    "volunteer",
];

/// Whether the tokens from `from` read "a/an [up to three modifiers]
/// PERSON" with no clause break; returns the head's index.
fn singular_person_at(s: &str, toks: &[Tok], from: usize) -> Option<usize> {
    person_after(s, toks, from, &["a", "an"])
}

/// Like [`singular_person_at`] with the given determiners.
fn person_after(s: &str, toks: &[Tok], from: usize, dets: &[&str]) -> Option<usize> {
    if !toks.get(from).is_some_and(|t| eq_any(t.text(s), dets)) {
        return None;
    }
    for i in from + 1..(from + 5).min(toks.len()) {
        let t = toks[i];
        if s.get(toks[i - 1].end..t.start)
            .is_some_and(|g| g.contains([',', ';', ':', '.', '(']))
        {
            return None;
        }
        let w = t.text(s);
        // "the group's sub-leader", "the militia's commander".
        let w = w.strip_prefix("sub-").unwrap_or(w);
        if eq_any(w, PERSON) {
            return Some(i);
        }
        let possessive = w.ends_with("'s")
            || w.ends_with("\u{2019}s")
            || s.get(t.end..)
                .is_some_and(|r| r.starts_with("'s") || r.starts_with("\u{2019}s"));
        if possessive && i == from + 1 {
            continue;
        }
        // "a number of soldiers", "a group of": not one person.
        if eq_any(
            w,
            &["of", "and", "or", "the", "number", "group", "few", "dozen"],
        ) || w.bytes().any(|b| b.is_ascii_digit())
        {
            return None;
        }
    }
    None
}

/// "a soldier and three policemen": count `c` is joined by "and" to a
/// singular person just before it.
fn singular_before(s: &str, toks: &[Tok], c: &CountHit, floor: usize) -> bool {
    let ci = tok_at_or_after(toks, c.start);
    if ci < 3 || !toks[ci - 1].is(s, "and") {
        return false;
    }
    // "a commander and four of his bodyguards" is part_of_singular's.
    let after = toks.partition_point(|t| t.start < c.end);
    if toks.get(after).is_some_and(|t| t.is(s, "of")) {
        return false;
    }
    let head = ci - 2;
    if !eq_any(toks[head].text(s), PERSON) {
        return false;
    }
    (head.saturating_sub(4)..head)
        .rev()
        .any(|i| toks[i].start >= floor && singular_person_at(s, toks, i) == Some(head))
}

/// "three policemen and a soldier were killed", "killed two soldiers and a
/// civilian": a singular person joined by "and" after count `c` (whose
/// casualty word is `word`) shares its toll.
fn singular_after(
    s: &str,
    toks: &[Tok],
    c: &CountHit,
    word: &Tok,
    end: usize,
    counts: &[CountHit],
) -> bool {
    let after = toks.partition_point(|t| t.start < c.end);
    // Up to four words of the counted noun phrase, then "and".
    let mut and = None;
    for i in after..(after + 5).min(toks.len()) {
        let t = toks[i];
        if t.end > end
            || i > 0
                && s.get(toks[i - 1].end..t.start)
                    .is_some_and(|g| g.contains([',', ';', ':', '.', '(']))
        {
            return false;
        }
        let w = t.text(s);
        if w.eq_ignore_ascii_case("and") {
            and = Some(i);
            break;
        }
        if casualty_of(w).is_some() || eq_any(w, &["was", "were", "in", "on", "at", "near"]) {
            return false;
        }
    }
    let Some(and) = and else { return false };
    // "and one civilian": that "one" is a count of its own.
    if counts
        .iter()
        .any(|x| x.start == toks.get(and + 1).map_or(0, |t| t.start))
    {
        return false;
    }
    let Some(head) = singular_person_at(s, toks, and + 1) else {
        return false;
    };
    if toks[head].end > end {
        return false;
    }
    if word.start >= toks[head].end {
        // Passive: "N X and a Y were killed"; the verb follows the pair.
        return true;
    }
    // Active: "killed N X and a Y"; "... and a soldier was wounded" starts
    // a clause of its own.
    !toks.get(head + 1).is_some_and(|t| {
        eq_any(
            t.text(s),
            &["was", "were", "is", "has", "had", "died", "who", "later"],
        ) || casualty_of(t.text(s)).is_some()
    })
}

/// Verbs of detention whose singular object ("detained a man") is one detainee.
const DETAINING: &[&str] = &[
    "arrested",
    "arresting",
    "detained",
    "detaining",
    "captured",
    "capturing",
    "apprehended",
    "nabbed",
];

/// [`DETAINING`] and [`KILLING`] as sets: every token of a toll's range is
/// looked up in them.
fn detaining_set() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| DETAINING.iter().copied().collect())
}

fn killing_set() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| KILLING.iter().copied().collect())
}

/// [`UNITS`] as a set: looked up after every count.
fn units_set() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| UNITS.iter().copied().collect())
}

/// One person detained without a number.
fn singular_detained(s: &str, toks: &[Tok], range: (usize, usize)) -> Option<Tok> {
    let lo = tok_at_or_after(toks, range.0);
    let hi = toks.partition_point(|t| t.start < range.1);
    let seg = toks.get(lo..hi)?;
    for (i, t) in seg.iter().enumerate() {
        if !crate::text::in_set_bytes(
            s.as_bytes().get(t.start..t.end).unwrap_or(&[]),
            detaining_set(),
        ) {
            continue;
        }
        // Active: "detained a man".
        if singular_person_at(s, seg, i + 1).is_some() {
            return Some(*t);
        }
        // Passive: "a suspect was arrested".
        if i >= 2
            && eq_any(seg[i - 1].text(s), &["was"])
            && (i.saturating_sub(6)..i - 1).any(|k| singular_person_at(s, seg, k) == Some(i - 2))
        {
            return Some(*t);
        }
    }
    None
}

/// A count of exactly `n` told by the words at `[start, end)` ("a
/// policeman", "nobody").
fn exactly(start: usize, end: usize, n: u32) -> CountHit {
    CountHit {
        start,
        end,
        low: n,
        best: n,
        high: n,
        vague: false,
    }
}

/// One person wounded without a number: "wounding a farmer", "wounded its
/// driver", "wounded his brother", "lightly injuring a Spanish
/// peacekeeper", "a soldier was wounded".
fn singular_wounded(s: &str, toks: &[Tok], range: (usize, usize)) -> Option<Tok> {
    let lo = tok_at_or_after(toks, range.0);
    let hi = toks.partition_point(|t| t.start < range.1);
    let seg = toks.get(lo..hi)?;
    let word = |k: usize| seg.get(k).map_or("", |x| x.text(s));
    for (i, t) in seg.iter().enumerate() {
        if !eq_any(t.text(s), &["wounded", "wounding", "injured", "injuring"]) {
            continue;
        }
        let own = eq_any(word(i + 1), &["his", "her", "its", "their"]);
        // ("wounding their children": several.)
        let kin = own && !word(i + 1).eq_ignore_ascii_case("their") && eq_any(word(i + 2), KIN);
        if kin || person_after(s, seg, i + 1, &["a", "an", "its", "his", "her"]).is_some() {
            return Some(*t);
        }
        if i >= 2
            && seg[i - 1].is(s, "was")
            && (i.saturating_sub(6)..i - 1).any(|k| singular_person_at(s, seg, k) == Some(i - 2))
        {
            return Some(*t);
        }
    }
    None
}

/// Verbs whose singular object ("beheaded a village chief") is one death.
const KILLING: &[&str] = &[
    "killed",
    "killing",
    "beheaded",
    "beheading",
    "assassinated",
    "assassinating",
    "murdered",
    "murdering",
    "executed",
    "executing",
    "lynched",
    "lynching",
];

/// Nouns that make "executed a ..." an operation, not a killing.
const OPERATIONS: &[&str] = &[
    "attack",
    "raid",
    "operation",
    "plan",
    "order",
    "strike",
    "search",
    "warrant",
    "deal",
    "manoeuvre",
    "maneuver",
    "mission",
];

/// One person killed without a number.
/// Relatives and companions named after one victim: "a village elder and
/// his son".
pub(crate) const KIN: &[&str] = &[
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "father",
    "mother",
    "child",
    "nephew",
    "niece",
    "grandson",
    "granddaughter",
    "cousin",
    "uncle",
    "driver",
    "bodyguard",
    "guard",
    "passenger",
    "companion",
    "assistant",
    "colleague",
    "friend",
];

/// One person killed without a number (two with "and his son"), and the
/// word that says so.
/// Whether the one person whose head noun is at `h` is joined by a
/// relative or companion: "a village head and his brother", "the head of a
/// village council and his son", "him and his driver".
fn with_kin(s: &str, seg: &[Tok], h: usize) -> u32 {
    let word = |k: usize| seg.get(k).map_or("", |x| x.text(s));
    // Past an "of" phrase of a few words ("of a village council").
    let Some(and) = (h + 1..h + 8)
        .take_while(|&k| k < seg.len())
        .find(|&k| word(k).eq_ignore_ascii_case("and"))
    else {
        return 0;
    };
    let plain = (h..and).all(|k| {
        s.get(seg[k].end..seg[k + 1].start)
            .is_some_and(|g| !g.contains([',', ';', ':', '(']))
    }) && (and == h + 1 || word(h + 1).eq_ignore_ascii_case("of"));
    if !plain || !eq_any(word(and + 1), &["his", "her"]) {
        return 0;
    }
    // "her teenage son", "his younger brother", "his 17-year-old son": one
    // modifier may come first.
    let kin = eq_any(word(and + 2), KIN)
        || word(and + 2).starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
            && eq_any(word(and + 3), KIN);
    if kin {
        return 1;
    }
    // "a farmer and his two sons": that many more.
    let n = crate::numbers::UNITS
        .iter()
        .position(|u| word(and + 2).eq_ignore_ascii_case(u))
        .filter(|&n| n >= 2);
    let kin_plural = |w: &str| {
        w.len() > 1
            && w.ends_with('s')
            && (eq_any(&w[..w.len() - 1], KIN) || w.eq_ignore_ascii_case("children"))
    };
    match n {
        Some(n) if kin_plural(word(and + 3)) => n as u32,
        _ => 0,
    }
}

fn singular_killed(s: &str, toks: &[Tok], range: (usize, usize)) -> Option<(Tok, u32)> {
    let lo = tok_at_or_after(toks, range.0);
    let hi = toks.partition_point(|t| t.start < range.1);
    let seg = toks.get(lo..hi)?;
    for (i, t) in seg.iter().enumerate() {
        let w = t.text(s);
        // "shot dead a teacher" kills as "killed a teacher" does; so does
        // "beat a man to death".
        let killing = in_set(w, killing_set())
            || w.eq_ignore_ascii_case("dead") && i >= 1 && seg[i - 1].is(s, "shot")
            || matches!(w.as_bytes().first(), Some(b'b' | b's' | b'h' | b'c'))
                && eq_any(
                    w,
                    &[
                        "beat", "stoned", "hacked", "clubbed", "burned", "stabbed", "stabbing",
                    ],
                )
                && (i + 2..(i + 11).min(seg.len().saturating_sub(1)))
                    .any(|k| seg[k].is(s, "to") && seg[k + 1].is(s, "death"));
        // "beat to death a man": the object after "to death".
        let object = if i + 3 < seg.len()
            && seg[i + 1].is(s, "to")
            && seg[i + 2].is(s, "death")
            && eq_any(w, TO_DEATH_VERBS)
        {
            i + 3
        } else {
            i + 1
        };
        let killing = killing || object == i + 3;
        if killing
            && seg
                .get(object)
                .is_some_and(|n| eq_any(n.text(s), &["a", "an"]))
            // "executed an attack", "executed a raid" are operations.
            && !seg.iter().skip(object + 1).take(3).any(|n| eq_any(n.text(s), OPERATIONS))
            // "killing \"a large number\" of them", "a number of
            // terrorists": many, no figure.
            && !seg.iter().skip(object + 1).take(3).any(|n| {
                eq_any(
                    n.text(s),
                    &["number", "group", "few", "dozen", "handful", "host", "lot", "score"],
                )
            })
        {
            let kin = singular_person_at(s, seg, object).map_or(0, |h| with_kin(s, seg, h));
            return Some((*t, 1 + kin));
        }
        // "shot dead the president of a rural community action board": one
        // holder of a post.
        if killing {
            if let Some(h) = person_after(s, seg, object, &["the"])
                .filter(|&h| seg.get(h + 1).is_some_and(|n| n.is(s, "of")))
            {
                return Some((*t, 1 + with_kin(s, seg, h)));
            }
        }
        // "dragged a tribal man from his home ... and shot him dead", "beat
        // and burned him to death", "Police shot the 23-year-old dead": the
        // one person named before, or by his age.
        let named_before = || (0..i).any(|k| singular_person_at(s, seg, k).is_some());
        if w.eq_ignore_ascii_case("dead")
            && i >= 2
            && seg[i - 2].is(s, "shot")
            && eq_any(seg[i - 1].text(s), &["him", "her"])
            && named_before()
        {
            return Some((*t, 1));
        }
        if w.eq_ignore_ascii_case("dead")
            && i >= 3
            && seg[i - 3].is(s, "shot")
            && seg[i - 2].is(s, "the")
            && seg[i - 1].text(s).ends_with("-year-old")
        {
            return Some((*t, 1));
        }
        if eq_any(w, TO_DEATH_VERBS)
            && seg
                .get(i + 1)
                .is_some_and(|n| eq_any(n.text(s), &["him", "her"]))
            && seg.get(i + 2).is_some_and(|n| n.is(s, "to"))
            && seg.get(i + 3).is_some_and(|n| n.is(s, "death"))
            && named_before()
        {
            return Some((*t, 1));
        }
        // "killing him and his driver": the one just named and a companion.
        if killing
            && seg
                .get(i + 1)
                .is_some_and(|n| eq_any(n.text(s), &["him", "her"]))
            && with_kin(s, seg, i + 1) > 0
        {
            return Some((*t, 1 + with_kin(s, seg, i + 1)));
        }
        // "shot dead Luz Dary Contreras, the president of ...": a person's
        // name of two or three capitalised words, then a comma or a
        // preposition, is one person.
        if killing {
            let name_len = seg
                .iter()
                .skip(i + 1)
                .take(4)
                .take_while(|n| {
                    n.text(s).starts_with(|c: char| c.is_ascii_uppercase())
                        && !n.text(s).bytes().all(|b| b.is_ascii_uppercase())
                })
                .count();
            let after = seg.get(i + 1 + name_len);
            let ends = after.is_none_or(|n| {
                s.get(seg[i + name_len].end..n.start)
                    .is_some_and(|g| g.starts_with(','))
                    || eq_any(n.text(s), &["in", "on", "at", "near", "outside", "as"])
            });
            let single_gaps =
                (i + 1..i + name_len).all(|k| s.get(seg[k].end..seg[k + 1].start) == Some(" "));
            if (2..=3).contains(&name_len) && ends && single_gaps {
                return Some((*t, 1));
            }
        }
        // "killed the deputy chief of ...", "killing its rider": one
        // named-by-role person; not "the commander's guards".
        if killing {
            if let Some(h) = person_after(s, seg, i + 1, &["the", "its"]) {
                let possessive = seg[h].text(s).ends_with("'s")
                    || s.get(seg[h].end..)
                        .is_some_and(|r| r.starts_with("'s") || r.starts_with('\u{2019}'));
                if !possessive {
                    return Some((*t, 1 + with_kin(s, seg, h)));
                }
            }
        }
        // "A prisoner died in custody".
        if w.eq_ignore_ascii_case("died")
            && i >= 2
            && (i.saturating_sub(5)..i - 1).any(|k| singular_person_at(s, seg, k) == Some(i - 1))
        {
            return Some((*t, 1));
        }
        // "was killed", "was abducted and killed".
        if !(killing || eq_any(w, &["dead", "died"])) {
            continue;
        }
        let aux = if i >= 1 && eq_any(seg[i - 1].text(s), &["was", "been"]) {
            Some(i - 1)
        // "a policeman was shot dead by gunmen".
        } else if i >= 2
            && w.eq_ignore_ascii_case("dead")
            && seg[i - 1].is(s, "shot")
            && eq_any(seg[i - 2].text(s), &["was", "been"])
        {
            Some(i - 2)
        } else if i >= 3 && seg[i - 1].is(s, "and") && eq_any(seg[i - 3].text(s), &["was", "been"])
        {
            Some(i - 3)
        } else {
            None
        };
        if let Some(aux) = aux {
            // "a soldier was killed" but not "nobody was killed".
            let start = aux.saturating_sub(4);
            if seg[start..aux]
                .iter()
                .any(|x| eq_any(x.text(s), &["a", "an", "one"]))
            {
                return Some((*t, 1));
            }
            // "The governor of the province, X, was killed": a singular
            // role noun as the subject.
            if (aux.saturating_sub(10)..aux).any(|k| person_after(s, seg, k, &["the"]).is_some()) {
                return Some((*t, 1));
            }
            // "a police constable on traffic duty was shot dead": one
            // person, then where or how he was.
            let described = |k: usize| {
                singular_person_at(s, seg, k).is_some_and(|h| {
                    seg.get(h + 1)
                        .is_some_and(|p| eq_any(p.text(s), &["on", "at", "in", "from", "with"]))
                        && !s
                            .get(seg[h].end..seg[aux].start)
                            .is_some_and(|g| g.contains([',', ';', '(']))
                })
            };
            if (aux.saturating_sub(8)..aux).any(described) {
                return Some((*t, 1));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words;

    #[test]
    fn one_person_named_by_post_pronoun_or_age_is_one_dead() {
        for (s, n) in [
            (
                "Gunmen shot dead the president of a farmers' union in Yarumal.",
                1,
            ),
            (
                "Gunmen shot dead the president of a community board and his nephew.",
                2,
            ),
            (
                "Maoists dragged a tribal man from his home and shot him dead.",
                1,
            ),
            (
                "Residents caught a man and beat and burned him to death.",
                1,
            ),
            (
                "Police shot the 23-year-old dead at a checkpoint near Bijar.",
                1,
            ),
        ] {
            let toks = words(s);
            assert_eq!(
                singular_killed(s, &toks, (0, s.len())).map(|(_, n)| n),
                Some(n),
                "{s}"
            );
        }
        // "him" with nobody named before it is someone counted elsewhere.
        let s = "They shot him dead.";
        let toks = words(s);
        assert_eq!(singular_killed(s, &toks, (0, s.len())), None);
    }

    #[test]
    fn shot_dead_by_its_killers_kills_one() {
        let s = "A policeman was shot dead by gunmen in Karachi on Monday.";
        let toks = words(s);
        assert_eq!(
            singular_killed(s, &toks, (0, s.len())).map(|(_, n)| n),
            Some(1)
        );
    }

    #[test]
    fn shot_dead_a_person_kills_one() {
        let s = "Gunmen shot dead a teacher in Kano on Monday.";
        let toks = words(s);
        assert_eq!(
            singular_killed(s, &toks, (0, s.len())).map(|(_, n)| n),
            Some(1)
        );
        let s = "A drone struck a motorcycle near Hermel, killing its rider.";
        let toks = words(s);
        assert_eq!(
            singular_killed(s, &toks, (0, s.len())).map(|(_, n)| n),
            Some(1)
        );
    }

    #[test]
    fn zero_prefilter_agrees_with_lowercased_search() {
        for seg in [
            "The blast caused NO CASUALTIES, police said",
            "Nobody was killed",
            "nobody was hurt",
            "no one was killed",
            "killed without casualties",
            "No  deaths",
            "",
        ] {
            let lower = seg.to_ascii_lowercase();
            assert_eq!(
                says_zero(seg),
                ZERO.iter().any(|z| lower.contains(z)),
                "{seg}"
            );
        }
    }

    /// Digit-only counter for tests, so these tests do not depend on the
    /// number parser.
    fn digits(s: &str) -> Vec<CountHit> {
        let words_map = [
            ("one", 1),
            ("two", 2),
            ("fifteen", 15),
            ("four", 4),
            ("five", 5),
            ("three", 3),
            ("herself", 1),
        ];
        words(s)
            .iter()
            .filter_map(|t| {
                let w = t.text(s);
                let v = w.replace(',', "").parse::<u32>().ok().or_else(|| {
                    words_map
                        .iter()
                        .find(|(k, _)| w.eq_ignore_ascii_case(k))
                        .map(|(_, v)| *v)
                })?;
                Some(CountHit {
                    start: t.start,
                    end: t.end,
                    low: v,
                    best: v,
                    high: v,
                    vague: false,
                })
            })
            .collect()
    }

    fn run(s: &str) -> (Option<u32>, Option<u32>, Option<u32>) {
        let t = tolls(s, &words(s), &digits(s), (0, s.len()));
        (
            t.killed.map(|x| x.best),
            t.wounded.map(|x| x.best),
            t.detained.map(|x| x.best),
        )
    }

    #[test]
    fn a_bomber_told_dead_is_among_the_dead() {
        assert_eq!(
            run("The bomber and all four gunmen were killed.").0,
            Some(5)
        );
        assert_eq!(run("The bomber died in the blast.").0, Some(1));
        // An object of another verb, no death of his.
        assert_eq!(
            run("Fighters tracked the car that had brought the bomber to a farm.").0,
            None
        );
    }

    #[test]
    fn nobody_hurt_is_no_dead_and_no_wounded() {
        assert_eq!(
            run("Gunmen set fire to two lorries on Friday; nobody was hurt."),
            (Some(0), Some(0), None)
        );
        assert_eq!(
            run("A rocket hit the airport on Friday, causing no casualties."),
            (Some(0), Some(0), None)
        );
        assert_eq!(
            run("A rocket hit the airport on Friday; there were no deaths."),
            (Some(0), None, None)
        );
        // Told as what the blast did.
        for s in [
            "A grenade exploded at the door of the office, shattering windows but hurting no one.",
            "A roadside bomb went off beside a police vehicle without hurting anyone.",
            "A drone crashed into a fuel tank, starting a fire but injuring nobody.",
        ] {
            assert_eq!(run(s), (Some(0), Some(0), None), "{s}");
        }
    }

    #[test]
    fn both_sides_sum() {
        assert_eq!(
            run("Two Tajik personnel were killed and fifteen ISIS fighters."),
            (Some(17), None, None)
        );
        assert_eq!(
            run("Egypt says 18 militants were killed and four of their vehicles destroyed in the fighting, while two soldiers died and four were wounded."),
            (Some(20), Some(4), None)
        );
    }

    #[test]
    fn active_and_passive() {
        assert_eq!(
            run("numerous attacks killed 43 ISIS members, around one-third of the group."),
            (Some(43), None, None)
        );
        assert_eq!(
            run("opened fire, killing one person and arresting 12"),
            (Some(1), None, Some(12))
        );
        assert_eq!(run("5 militants killed 3 soldiers"), (Some(3), None, None));
        assert_eq!(
            run("Five of the attackers were captured alive"),
            (Some(0).filter(|_| false), None, Some(5))
        );
    }

    #[test]
    fn non_tolls_are_ignored() {
        assert_eq!(
            run("An estimated 15,000 fighters remain in Iraq and Syria."),
            (None, None, None)
        );
        assert_eq!(
            run("The 25-year-old was arrested in 2019."),
            (None, None, None)
        );
        assert_eq!(
            run("killing five civilians including two children"),
            (Some(5), None, None)
        );
        assert_eq!(
            run("carried out 14 airstrikes over 24 hours, killing more than 90 fighters"),
            (Some(90), None, None)
        );
    }

    #[test]
    fn beheading_and_neutralising_count_the_dead() {
        assert_eq!(
            run("Insurgents raided the village overnight, beheading 5 men and burning houses."),
            (Some(5), None, None)
        );
        assert_eq!(
            run("Troops repelled the attack, neutralising 12 assailants."),
            (Some(12), None, None)
        );
    }

    #[test]
    fn a_groups_leader_killed_is_one_dead() {
        assert_eq!(
            run("Troops killed the group's sub-leader, known as Abu Huraira, in a clash."),
            (Some(1), None, None)
        );
        assert_eq!(
            run("Troops killed the group's fighters in a clash."),
            (None, None, None)
        );
    }

    #[test]
    fn a_death_avenged_is_no_toll() {
        assert_eq!(
            run(
                "Its fighters attacked the post in revenge for the killing of 1 of its commanders."
            ),
            (None, None, None)
        );
        assert_eq!(
            run("The group killed 4 policemen in retaliation for the deaths of 2 fighters."),
            (Some(4), None, None)
        );
    }

    #[test]
    fn a_subset_set_off_before_the_verb_leaves_the_whole_toll() {
        assert_eq!(
            run("On Monday 21 people, 9 of them children, were killed in the strike."),
            (Some(21), None, None)
        );
        assert_eq!(
            run("On Monday 21 people, including 9 children, were killed in the strike."),
            (Some(21), None, None)
        );
        // Counted on their own, "two of them" are a toll.
        assert_eq!(
            run("In all 5 soldiers were wounded and 2 of them died later."),
            (Some(2), Some(5), None)
        );
    }

    #[test]
    fn singular() {
        assert_eq!(
            run("A US drone strike killed a senior commander."),
            (Some(1), None, None)
        );
        assert_eq!(
            run("Gunmen beheaded a village chief in the night."),
            (Some(1), None, None)
        );
        assert_eq!(
            run("A local official was assassinated outside his home."),
            (Some(1), None, None)
        );
        // An operation carried out is no death.
        assert_eq!(
            run("Troops executed a raid on the camp."),
            (None, None, None)
        );
    }

    #[test]
    fn part_of_a_singular_lead() {
        assert_eq!(
            run("A commander and four of his bodyguards were killed in an ambush."),
            (Some(5), None, None)
        );
        assert_eq!(
            run("A senior army officer and three of their escorts were killed."),
            (Some(4), None, None)
        );
        // Without a singular lead the count stands alone.
        assert_eq!(
            run("Soldiers and four of their officers were killed."),
            (Some(4), None, None)
        );
        assert_eq!(
            run("Four of his bodyguards were killed."),
            (Some(4), None, None)
        );
    }

    #[test]
    fn beaten_to_death_is_killed() {
        assert_eq!(
            run("A crowd beat a man to death at the main market on Sunday.").0,
            Some(1)
        );
        assert_eq!(
            run("A crowd beat two young men to death on Tuesday.").0,
            Some(2)
        );
        assert_eq!(run("A crowd beat a man with sticks.").0, None);
        // The victims after "to death".
        assert_eq!(run("Gunmen hacked to death three farmers.").0, Some(3));
        assert_eq!(
            run("A crowd beat to death a man accused of theft.").0,
            Some(1)
        );
        assert_eq!(
            run("A crowd stoned and burned to death two men on Monday.").0,
            Some(2)
        );
    }

    #[test]
    fn one_person_wounded_without_a_number() {
        assert_eq!(
            run("Artillery shelled farmland, wounding a farmer who was pruning trees."),
            (None, Some(1), None)
        );
        assert_eq!(
            run("Gunmen shot dead a man and wounded his brother outside his shop."),
            (Some(1), Some(1), None)
        );
        assert_eq!(
            run("A gunman opened fire on a car, wounding its driver."),
            (None, Some(1), None)
        );
        assert_eq!(
            run("Police said a soldier was wounded in the gunfight.").1,
            Some(1)
        );
        // Several, or a number: not one.
        assert_eq!(
            run("The blast wounded their children and a number of passers-by."),
            (None, None, None)
        );
    }

    #[test]
    fn a_singular_joined_to_a_count() {
        assert_eq!(
            run("Three police officers and a soldier were killed near the depot."),
            (Some(4), None, None)
        );
        assert_eq!(
            run("Raiders killed two soldiers and a civilian at the market."),
            (Some(3), None, None)
        );
        assert_eq!(
            run("A soldier and three policemen were wounded by the blast."),
            (None, Some(4), None)
        );
        assert_eq!(
            run("The gunmen killed a farmer and two herders before dawn."),
            (Some(3), None, None)
        );
        // A singular that starts its own clause is not part of the group:
        // it is the one wounded.
        assert_eq!(
            run("Gunmen killed two soldiers and a civilian was wounded."),
            (Some(2), Some(1), None)
        );
        // "a number of" is no one person.
        assert_eq!(
            run("Militants killed five soldiers and a number of civilians."),
            (Some(5), None, None)
        );
        // Things are not victims.
        assert_eq!(
            run("Rebels killed four soldiers and a truck was burned."),
            (Some(4), None, None)
        );
    }

    #[test]
    fn a_count_after_and_ends_at_the_next_casualty_clause() {
        // The bomber and the people killed with her, then the wounded.
        assert_eq!(
            run("She blew herself up, killing herself and four other people and wounding 13."),
            (Some(5), Some(13), None)
        );
        assert_eq!(
            run("Gunmen killed 2 guards and 3 villagers and wounded 5 others."),
            (Some(5), Some(5), None)
        );
    }

    #[test]
    fn a_person_and_a_relative_with_a_numeric_modifier_are_two() {
        assert_eq!(
            run("Two men on a motorcycle shot dead a village headman and his 17-year-old son."),
            (Some(2), None, None)
        );
        assert_eq!(
            run("Gunmen shot dead a municipal councillor and his younger brother."),
            (Some(2), None, None)
        );
    }

    #[test]
    fn a_single_death_in_its_own_clause_adds_to_the_count() {
        assert_eq!(
            run("A police officer was killed, and soldiers later found the bodies of 2 of the attackers."),
            (Some(3), None, None)
        );
        // One clause: the officer is among the dead counted.
        assert_eq!(
            run("Gunmen killed 4 people, including a police officer who was killed at the gate."),
            (Some(4), None, None)
        );
    }

    #[test]
    fn more_single_deaths_and_lumped_tolls() {
        assert_eq!(
            run("A local councillor has been killed in a grenade blast."),
            (Some(1), None, None)
        );
        assert_eq!(
            run("Rebels killed the deputy commander of the garrison on Sunday."),
            (Some(1), None, None)
        );
        assert_eq!(
            run("A young prisoner died in police custody last week."),
            (Some(1), None, None)
        );
        // The guards of one commander are not one death.
        assert_eq!(
            run("Rebels killed the commander's guards on Sunday."),
            (None, None, None)
        );
        // Dead and hurt lumped together are neither toll.
        assert_eq!(
            run("Officials said 30 people were killed or wounded in the raids."),
            (None, None, None)
        );
        assert_eq!(
            run("Officials said 30 people were killed and 12 wounded."),
            (Some(30), Some(12), None)
        );
    }

    #[test]
    fn victims_named_around_one_person_or_a_place() {
        assert_eq!(
            run("Gunmen killed a tribal elder and his son near the well."),
            (Some(2), None, None)
        );
        // Past an "of" phrase, after "the", or after a pronoun.
        for t in [
            "A missile struck the camp, killing a woman and her teenage son.",
            "Gunmen shot dead a village head and his brother as they rode to market.",
            "Gunmen shot dead the head of a village council and his son outside their home.",
            "Gunmen opened fire on a councillor as he left a mosque, killing him and his driver.",
        ] {
            assert_eq!(run(t), (Some(2), None, None), "{t}");
        }
        // "the dead" names people counted elsewhere.
        assert_eq!(
            run("About 150 relatives demanding a list of the dead clashed with police."),
            (None, None, None)
        );
        // A clause after the comma is no companion.
        assert_eq!(
            run("Gunmen shot dead the head of the council, and his son fled."),
            (Some(1), None, None)
        );
        assert_eq!(
            run("The mayor of the town, Ali Hassan, was kidnapped and killed by militants."),
            (Some(1), None, None)
        );
        assert_eq!(
            run("The blast killed two guards and four passers-by outside the ministry."),
            (Some(6), None, None)
        );
        // A new clause after "and" keeps its own count.
        assert_eq!(
            run("The blast killed two guards and four others fled into the nearby hills."),
            (Some(2), None, None)
        );
    }

    #[test]
    fn a_leader_and_some_of_his_men_count_together_after_an_active_verb() {
        assert_eq!(
            run("Police arrested a commander and three of his men at a checkpoint."),
            (None, None, Some(4))
        );
        assert_eq!(
            run("Police arrested a commander of the refinery militia and three of his men."),
            (None, None, Some(4))
        );
        assert_eq!(
            run("Troops captured a commander known as \"Caliche\" and two of his bodyguards."),
            (None, None, Some(3))
        );
        // A name with digits is no figure.
        assert_eq!(
            run(
                "Drones struck a post, killing an M23 sector commander and four of his bodyguards."
            ),
            (Some(5), None, None)
        );
    }

    #[test]
    fn a_hedge_on_the_second_count_keeps_the_two_joined() {
        assert_eq!(
            run("Two officers and at least five gang members were killed, a spokesman said."),
            (Some(7), None, None)
        );
    }

    #[test]
    fn counts_inside_a_list_of_the_counted_are_a_subset() {
        assert_eq!(
            run("Soldiers detained 28 Palestinians, among them a former prisoner and two journalists, the society said."),
            (None, None, Some(28))
        );
        assert_eq!(
            run("A bomber killed 7 people and wounded 20. Two of the wounded were in a critical condition."),
            (Some(7), Some(20), None)
        );
    }

    #[test]
    fn a_list_in_the_subject_is_no_subset_of_the_toll() {
        assert_eq!(
            run("Russian aircraft including helicopter gunships killed 46 Afghan civilians."),
            (Some(46), None, None)
        );
    }

    #[test]
    fn the_shooters_are_no_toll() {
        assert_eq!(
            run("Two men on a motorcycle shot dead a polio vaccinator in Lakki Marwat."),
            (Some(1), None, None)
        );
        // Passive: the count is who died.
        assert_eq!(
            run("Two men were shot dead in Lakki Marwat."),
            (Some(2), None, None)
        );
    }

    #[test]
    fn a_named_person_killed_is_one_dead() {
        assert_eq!(
            run("Gunmen shot dead Luz Dary Contreras, the president of a community board."),
            (Some(1), None, None)
        );
        assert_eq!(
            run("Militants killed Ahmed Ali Hassan in Mosul on Monday."),
            (Some(1), None, None)
        );
        // A group's name before its fighters is no person.
        assert_eq!(
            run("Troops killed Boko Haram fighters near the lake."),
            (None, None, None)
        );
    }

    #[test]
    fn shooting_dead_counts_like_killing() {
        assert_eq!(
            run("Gunmen abducted 43 people, shooting dead two men who tried to stop them."),
            (Some(2), None, None)
        );
    }

    #[test]
    fn one_detainee_without_a_number() {
        assert_eq!(
            run("Police detained a man outside the stadium."),
            (None, None, Some(1))
        );
        assert_eq!(
            run("Soldiers arrested a young suspect at the checkpoint."),
            (None, None, Some(1))
        );
        assert_eq!(
            run("A suspect was arrested after the raid."),
            (None, None, Some(1))
        );
        // A place taken is not a detainee.
        assert_eq!(run("Rebels captured a town overnight."), (None, None, None));
    }

    #[test]
    fn rounded_up_detains() {
        assert_eq!(
            run("Police rounded up 40 suspects after the attack."),
            (None, None, Some(40))
        );
        assert_eq!(
            run("40 suspects were rounded up after the attack."),
            (None, None, Some(40))
        );
    }
}
