//! Splitting a sentence into incidents: one sentence may report two
//! incidents ("an air strike killed five in Raqqa, and a car bomb killed three
//! in Idlib"), but one incident counted on both sides is one record
//! ("two soldiers died and 15 militants were killed").

use crate::lexicon::{ClaimCue, Cls, Cue, CueHit, NSA_OVERTAKES};
use crate::text::eq_any;

/// A run of a sentence reporting one incident: `[start, end)` sentence bytes.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Incident {
    pub start: usize,
    pub end: usize,
    /// Strongest non-casualty trigger, else the first casualty trigger.
    pub primary: Option<CueHit>,
    /// Opens an incident apart from the one before, even if it only counts
    /// the dead ("..., hours after gunmen killed nine people").
    pub apart: bool,
}

impl Incident {
    pub fn cls(&self) -> Option<Cls> {
        self.primary.and_then(|h| match h.cue {
            Cue::Trig(c) => Some(c),
            _ => None,
        })
    }
}

/// Clause separators that may start a new incident. Lower-case; matched
/// ASCII-case-insensitively.
pub(crate) const SPLITS: &[&str] = &[
    "; ",
    ", while ",
    " while ",
    ", whereas ",
    ", and ",
    // "set fire to the market ... on Friday and, the next day, ambushed".
    " and, ",
    ", but ",
    " after a ",
    " after an ",
    ", after ",
    " before being ",
    " before ",
    ", hours after ",
    ", days after ",
    ", a day after ",
    ", minutes after ",
    // "retook Oursi on Monday, nearly four weeks after JNIM fighters
    // overran the town".
    " weeks after ",
    " months after ",
];

/// Whether the clause at `start` opens with one of [`TIME_GAPS`].
pub(crate) fn opens_time_gap(s: &str, start: usize) -> bool {
    TIME_GAPS.iter().any(|g| {
        s.get(start..start + g.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(g))
    })
}

/// Splits that open an earlier, separate incident ("a mob burned the
/// minister's house on Wednesday night, hours after gunmen killed nine
/// people"): even a clause that only counts the dead stays on its own.
/// Each is also one of [`SPLITS`], which is what makes it a clause start;
/// this list only says which clause starts are time gaps.
const TIME_GAPS: &[&str] = &[
    ", hours after ",
    ", days after ",
    ", a day after ",
    ", minutes after ",
    " weeks after ",
    " months after ",
];

type Ranges = Vec<(usize, usize)>;

/// Runs `f(s)` unless `s` is the sentence this thread last asked about: the
/// assembler asks for the same sentence's ranges once per incident and pass.
fn memo_last(
    key: &'static std::thread::LocalKey<std::cell::RefCell<(String, Ranges)>>,
    s: &str,
    f: fn(&str) -> Ranges,
) -> Ranges {
    key.with(|cell| {
        let Ok(mut last) = cell.try_borrow_mut() else {
            return f(s);
        };
        if last.0 != s {
            let fresh = f(s);
            last.0.clear();
            last.0.push_str(s);
            last.1.clone_from(&fresh);
            return fresh;
        }
        last.1.clone()
    })
}

thread_local! {
    static LAST_SPLITS: std::cell::RefCell<(String, Ranges)> =
        const { std::cell::RefCell::new((String::new(), Vec::new())) };
    static LAST_ASIDES: std::cell::RefCell<(String, Ranges)> =
        const { std::cell::RefCell::new((String::new(), Vec::new())) };
}

/// Remembers `ranges` as what `memo_last` over `key` gives for `s`.
fn remember(
    key: &'static std::thread::LocalKey<std::cell::RefCell<(String, Ranges)>>,
    s: &str,
    ranges: Ranges,
) {
    key.with(|cell| {
        if let Ok(mut last) = cell.try_borrow_mut() {
            last.0.clear();
            last.0.push_str(s);
            last.1 = ranges;
        }
    });
}

/// Works out the split points and asides of `s` from the occurrences read
/// with its cues, so the later calls for this sentence need no search.
pub(crate) fn prime(s: &str, scanned: &crate::lexicon::Scanned) {
    remember(&LAST_SPLITS, s, split_points_from(&scanned.splits));
    remember(&LAST_ASIDES, s, asides_from(s, &scanned.relatives));
}

fn split_points(s: &str) -> Ranges {
    memo_last(&LAST_SPLITS, s, split_points_uncached)
}

fn split_points_uncached(s: &str) -> Ranges {
    split_points_from(&crate::lexicon::scan_all(s).splits)
}

/// Split points from every occurrence of a separator, ordered by end
/// `(start, end, index in SPLITS)`.
fn split_points_from(occurrences: &[(usize, usize, usize)]) -> Ranges {
    // Each separator is taken left to right without overlapping itself (as
    // repeated `find` would); different separators may overlap and are
    // resolved below. Matches of one pattern all have the same length, so
    // the end-ordered overlapping iterator yields them in start order.
    let mut next_from = [0usize; SPLITS.len()];
    let mut pts: Vec<(usize, usize)> = Vec::new();
    for &(start, end, k) in occurrences {
        let Some(from) = next_from.get_mut(k) else {
            continue;
        };
        if start >= *from {
            pts.push((start, end));
            *from = end;
        }
    }
    pts.sort_unstable();
    // Drop separators overlapping an earlier one (", while " vs " while ").
    let mut out: Vec<(usize, usize)> = Vec::new();
    for p in pts {
        if out.last().is_none_or(|l| p.0 >= l.1) {
            out.push(p);
        }
    }
    out
}

/// Byte ranges of asides whose triggers do not report the sentence's incident:
/// parentheses and ", which/who ... ," relative clauses.
pub(crate) fn asides(s: &str) -> Ranges {
    memo_last(&LAST_ASIDES, s, asides_uncached)
}

fn asides_uncached(s: &str) -> Ranges {
    asides_from(s, &crate::lexicon::scan_all(s).relatives)
}

/// Asides of `s` given every occurrence of a relative-clause opener, ordered
/// by end `(start, end, index in RELATIVES)`.
fn asides_from(s: &str, occurrences: &[(usize, usize, usize)]) -> Ranges {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(at) = s.get(i..).and_then(|t| t.find('(')).map(|j| i + j) {
        let end = s
            .get(at..)
            .and_then(|t| t.find(')'))
            .map_or(b.len(), |j| at + j + 1);
        out.push((at, end));
        i = end;
    }
    // Per pattern, a match is taken only past the end of that pattern's
    // previous aside (as a left-to-right `find` loop would); all ", which"
    // asides are listed before all ", who" ones.
    let mut next_from = [0usize; RELATIVES.len()];
    let mut per_pat: [Vec<(usize, usize)>; RELATIVES.len()] = Default::default();
    for &(at, rest, p) in occurrences {
        let (Some(from), Some(list)) = (next_from.get_mut(p), per_pat.get_mut(p)) else {
            continue;
        };
        if at < *from {
            continue;
        }
        let end = b
            .get(rest..)
            .and_then(|t| t.iter().position(|&c| c == b','))
            .map_or(b.len(), |k| rest + k);
        list.push((at, end));
        *from = end.max(at + 1);
    }
    for list in per_pat {
        out.extend(list);
    }
    out
}

/// Relative-clause openers of `asides`; lower-case, matched
/// ASCII-case-insensitively.
pub(crate) const RELATIVES: &[&str] = &[
    ", which ",
    ", who ",
    ", where ",
    // "Somali forces, backed by US airstrikes, recaptured": support, not the incident.
    ", backed by ",
    ", supported by ",
    ", aided by ",
    // "killed 28 soldiers on Wednesday, the deadliest assault on the army to
    // date, ...": an apposition ranking the incident, not a running total.
    ", the deadliest ",
    ", the bloodiest ",
    ", the worst ",
];

/// Asides of `s` for reading its incidents: a ", where ..." clause is
/// background to the sentence's own incident ("demonstrated in X, where 12
/// people were killed in riots last year") only when the sentence has one;
/// otherwise it is the news ("Troops were sent to Gao, where gunmen killed
/// 12 villagers on Monday").
pub(crate) fn event_asides(s: &str, hits: &[CueHit]) -> Ranges {
    let mut out = asides(s);
    let own = hits
        .iter()
        .any(|h| matches!(h.cue, Cue::Trig(_)) && !in_any(&out, h.start));
    if !own {
        out.retain(|&(a, _)| {
            !s.get(a..a + 8)
                .is_some_and(|w| w.eq_ignore_ascii_case(", where "))
        });
    }
    out
}

pub(crate) fn in_any(ranges: &[(usize, usize)], pos: usize) -> bool {
    ranges.iter().any(|&(a, b)| pos >= a && pos < b)
}

fn best_trigger(
    s: &str,
    hits: &[CueHit],
    start: usize,
    end: usize,
    asides: &[(usize, usize)],
) -> Option<CueHit> {
    let mut best: Option<(u8, CueHit)> = None;
    // "arrested three suspects in connection with the attack", "The strikes
    // followed an ambush": a reference back ranks below the clause's own
    // triggers, whatever its class.
    let mut best_ref: Option<(u8, CueHit)> = None;
    let mut first_cas: Option<CueHit> = None;
    // Only a reference that is a preposition's object ("in connection with
    // the attack", "in response to the strikes") or that the clause says
    // came before what it reports ("The strikes followed an ambush") yields;
    // "claimed the bombing", "who carried out the strike" are about it.
    let referenced = |h: &CueHit| {
        hits.iter().any(|r| {
            r.cue == Cue::Continue && r.start <= h.start && h.end <= r.end && {
                let before = s.get(..r.start).unwrap_or("").trim_end();
                let mut back = before.rsplit(' ');
                let prep = back
                    .next()
                    .is_some_and(|w| eq_any(w, &["with", "to", "for", "over", "after"]))
                    // "claimed responsibility for the ambush" is about it.
                    && !back
                        .next()
                        .is_some_and(|w| eq_any(w, &["responsibility", "credit", "blame", "blamed"]));
                let after = s.get(r.end..).unwrap_or("").trim_start();
                let followed = ["followed ", "came after ", "came days after "]
                    .iter()
                    .any(|w| after.starts_with(w));
                prep || followed
            }
        }) || {
            // "arrested fourteen suspects over the two attacks": the same
            // without a reference cue.
            let before = s.get(..h.start).unwrap_or("").trim_end();
            let mut back = before.rsplit(' ').filter(|w| !w.is_empty());
            let mut w1 = back.next().unwrap_or("");
            if matches!(w1, "two" | "three" | "twin" | "recent" | "latest" | "earlier") {
                w1 = back.next().unwrap_or("");
            }
            // "in connection with the bazaar attack", "after the Paharpur
            // attack": one noun between "the" and the trigger.
            if !w1.eq_ignore_ascii_case("the") && !w1.ends_with(',') {
                w1 = back.next().unwrap_or("");
            }
            if !w1.eq_ignore_ascii_case("the") {
                return false;
            }
            match back.next() {
                Some(w) if eq_any(w, &["over", "for", "after"]) => !back.next().is_some_and(|w| {
                    eq_any(w, &["responsibility", "credit", "blame", "blamed"])
                }),
                // "in connection with the bazaar attack" (not "supplied
                // the Houthis with the drones").
                Some(w) if w.eq_ignore_ascii_case("with") => {
                    back.next().is_some_and(|w| w.eq_ignore_ascii_case("connection"))
                }
                // "After news of the ambush reached Fada N'gourma, a crowd
                // ransacked shops": word of an incident, not the incident.
                Some("of") => back.next().is_some_and(|w| {
                    eq_any(w, &["news", "word", "reports", "footage", "video", "images"])
                }),
                _ => false,
            }
        }
    };
    for h in hits {
        if h.start < start || h.start >= end || in_any(asides, h.start) {
            continue;
        }
        if let Cue::Trig(c) = h.cue {
            if c.is_casualty() {
                first_cas.get_or_insert(*h);
            } else {
                // "seized Kavumu airport ... after heavy fighting": ground
                // taken outranks the fight that took it, as "overran" does.
                let p = if seizes_ground(s, h) {
                    NSA_OVERTAKES.priority
                } else {
                    c.info().priority
                };
                // "blew up the home ... during a raid on Dura", "detained 11
                // people during the raid": the raid frames the act told.
                let framing = c == Cls::Raid && {
                    let head = s.get(..h.start).unwrap_or("").to_ascii_lowercase();
                    head.ends_with("during a ") || head.ends_with("during the ")
                };
                let slot = if referenced(h) || framing {
                    &mut best_ref
                } else {
                    &mut best
                };
                if slot.is_none_or(|(bp, _)| p > bp) {
                    *slot = Some((p, *h));
                }
            }
        }
    }
    let best = best.or(best_ref);
    // "killed three farmers and burned a dozen homes": the killing is the incident.
    let weak = best.is_some_and(|(_, h)| {
        matches!(
            h.cue,
            Cue::Trig(Cls::Destroy | Cls::Agreement | Cls::Withdraw | Cls::Base | Cls::Weapons)
        )
    });
    let cas_kill = first_cas.is_some_and(|h| h.cue == Cue::Trig(Cls::Kill));
    if weak && cas_kill {
        return first_cas;
    }
    // "killed 23 OLA fighters and captured four others": the captures
    // came out of the fight.
    let captured_after = best.is_some_and(|(_, h)| {
        h.cue == Cue::Trig(Cls::Detain) && first_cas.is_some_and(|k| k.start < h.start)
    });
    if captured_after && cas_kill {
        return first_cas;
    }
    // "rounded up and shot dead eleven men", "arrested and executed": the
    // killing is what happened to them.
    if let Some((_, d)) = best.filter(|(_, h)| h.cue == Cue::Trig(Cls::Detain)) {
        let killing = hits.iter().find(|h| {
            h.start > d.end
                && h.start < end
                && matches!(h.cue, Cue::Trig(Cls::Attack | Cls::Kill | Cls::Execute))
                && s.get(d.end..h.start).is_some_and(|gap| {
                    let g = gap.trim();
                    g == "and" || g == "and then" || g.len() <= 12 && g.ends_with(" and")
                })
        });
        if let Some(k) = killing {
            return Some(*k);
        }
    }
    best.map(|(_, h)| h).or(first_cas)
}

/// Ground a seizure's object names beyond the typing's territory words
/// ("seized Kavumu airport", "captured two hilltop positions"; not "seized
/// three suspects", "seized 40 rifles").
const GROUND: &[&str] = &[
    "hills",
    "hilltop",
    "hilltops",
    "position",
    "post",
    "outposts",
    "camp",
    "station",
    "barracks",
    "checkpoint",
    "bridge",
    "crossing",
    "airbase",
    "ridge",
];

/// Whether `h` is a "seized"/"captured" whose object is ground: a capitalised
/// name right after it ("seized Maksegnit"), or a ground word within its
/// first four words, with no people among them.
fn seizes_ground(s: &str, h: &CueHit) -> bool {
    if h.cue != Cue::Trig(Cls::Detain)
        || !(trig_is_word(s, h, "seized") || trig_is_word(s, h, "captured"))
    {
        return false;
    }
    let rest = s.get(h.end..).unwrap_or("");
    let toks = crate::text::words(rest);
    let object: Vec<&str> = toks
        .iter()
        .map(|t| t.text(rest))
        .take(4)
        .take_while(|w| {
            !eq_any(
                w,
                &["in", "near", "at", "on", "from", "after", "and", "during"],
            )
        })
        .collect();
    let first = object
        .iter()
        .copied()
        .find(|w| !eq_any(w, &["the", "a", "an", "two", "three", "several"]));
    let named = first.is_some_and(crate::text::starts_upper) && rest.starts_with(' ');
    let people = object.iter().any(|w| {
        eq_any(w, crate::typing::PEOPLE)
                // (The civilian words also hold sites: "a market town".)
                || crate::text::in_set(w, crate::typing::civilian_set())
                    && !eq_any(w, &["market", "mosque", "church", "hotel", "school"])
    });
    !people && (named || object.iter().any(|w| is_ground(w)))
}

/// Whether `w` names ground that can be taken: the typing's territory
/// words or the posts and positions [`GROUND`] adds.
pub(crate) fn is_ground(w: &str) -> bool {
    eq_any(w, GROUND) || eq_any(w, crate::typing::TERRITORY)
}

fn stronger(a: Option<CueHit>, b: Option<CueHit>) -> Option<CueHit> {
    let rank = |h: &Option<CueHit>| match h.map(|x| x.cue) {
        Some(Cue::Trig(c)) if !c.is_casualty() => 1000 + u32::from(c.info().priority),
        Some(Cue::Trig(_)) => 1,
        _ => 0,
    };
    if rank(&b) > rank(&a) {
        b
    } else {
        a
    }
}

/// What a "battle against" or "war on" that is no armed conflict is fought
/// against.
const NOT_ARMED: &[&str] = &[
    "poverty",
    "corruption",
    "crisis",
    "disease",
    "diseases",
    "virus",
    "pandemic",
    "epidemic",
    "hunger",
    "drugs",
    "inflation",
    "climate",
    "cancer",
    "illiteracy",
    "malaria",
    "unemployment",
    "sanitation",
    "obesity",
    "pollution",
];

/// Verbs of an attack: a weapon named without one ("talks on nuclear
/// missiles") is no incident. Read with the lexicons (`lexicon::scan_all`).
/// The clause "until 2012, when ..." or "in 2015, when ..." opens, up to the
/// next comma or the end: `[start, end)` of what follows "when".
fn year_when_clause(s: &str) -> Option<(usize, usize)> {
    static WHEN: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let at = WHEN
        .get_or_init(|| memchr::memmem::Finder::new(b", when "))
        .find(s.as_bytes())?;
    let head = s.get(..at)?;
    // The year closes the phrase or stands a few words before its end ("the
    // crisis of 2015", "since 2019", "the 2013 self-defence movement"),
    // after a word that makes it a time ("in", "since", "of", a month).
    let words: Vec<&str> = head.rsplit(' ').take(5).collect();
    let dated = words.iter().enumerate().any(|(k, y)| {
        let is_year = y.len() == 4
            && y.bytes().all(|b| b.is_ascii_digit())
            && (y.starts_with("19") || y.starts_with("20"));
        is_year
            && words.get(k + 1).is_some_and(|w| {
                crate::text::eq_any(
                    w,
                    &[
                        "until", "in", "since", "after", "of", "before", "the", "early", "late",
                        "mid", "during", "from",
                    ],
                ) || crate::dates::MONTHS
                    .iter()
                    .any(|m| w.eq_ignore_ascii_case(m))
            })
    });
    if !dated {
        return None;
    }
    let from = at + ", when ".len();
    // A participle after the comma still tells that past ("overran army
    // camps at Inates and Chinegodar, killing more than 160 soldiers").
    let mut to = from;
    loop {
        to = s
            .get(to..)
            .and_then(|r| r.find([',', ';']))
            .map_or(s.len(), |k| to + k);
        let next = s.get(to + 1..).and_then(|r| r.split_whitespace().next());
        match next {
            Some(w) if s.as_bytes()[to] == b',' && w.len() > 4 && w.ends_with("ing") => to += 1,
            _ => break,
        }
    }
    Some((from, to))
}

/// Whether trigger `h` is an escape from custody ("escaped", "escaped
/// from"; `lexicon::cue_hit` keeps only inmates' and custody's).
pub(crate) fn is_escape(s: &str, h: &CueHit) -> bool {
    trig_is_word(s, h, "escaped") || trig_is_word(s, h, "escaped from")
}

/// Goods whose taking is looting ("drove off with five of the lorries").
const GOODS: &[&str] = &[
    "lorries",
    "lorry",
    "trucks",
    "truck",
    "convoy",
    "cargo",
    "vehicles",
    "cars",
    "flour",
    "food",
    "fuel",
    "grain",
    "cattle",
    "livestock",
    "goats",
    "sheep",
    "camels",
    "cows",
    "motorcycles",
    "supplies",
    "aid",
];

/// Animals whose slaughter is no killing.
const ANIMALS: &[&str] = &[
    "calf",
    "calves",
    "cow",
    "cows",
    "cattle",
    "bull",
    "bulls",
    "ox",
    "oxen",
    "goat",
    "goats",
    "sheep",
    "lamb",
    "lambs",
    "pig",
    "pigs",
    "camel",
    "camels",
    "animal",
    "animals",
    "livestock",
    "buffalo",
    "buffaloes",
    "chickens",
];

/// Whether the attack word at `[a, b)` is "shelling" named rather than done:
/// with no object after it ("citing the intensity of the shelling", "the
/// shelling of Sumy"), where "shelling Kamanyola", "shelling its positions"
/// tell the attack.
fn shelling_named(s: &str, a: usize, b: usize) -> bool {
    s.get(a..b)
        .is_some_and(|w| w.eq_ignore_ascii_case("shelling"))
        && s.get(b..)
            .unwrap_or("")
            .trim_start_matches(' ')
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .next()
            .is_none_or(|w| {
                w.is_empty()
                    || crate::text::eq_any(
                        w,
                        &[
                            "of", "in", "on", "by", "and", "or", "that", "which", "from", "at",
                        ],
                    )
            })
}

pub(crate) const ATTACK_VERBS: &[&str] = &[
    "fired",
    "fire",
    // "Israeli artillery answered with about 15 shells on the hills".
    "answered with",
    "responded with",
    "struck",
    "strike",
    "hit",
    "hits",
    "landed",
    // "several mortar rounds fell near the perimeter wall of the airport".
    "fell",
    "killed",
    "killing",
    "wounded",
    "wounding",
    "exploded",
    "explosion",
    "attack",
    "attacks",
    "attacked",
    "shelled",
    // "accused Burundian troops of shelling Kamanyola on Sunday", "were
    // shelling the town": the verb itself is the attack.
    "shelling",
    "pounded",
    "rained",
    "slammed",
    "detonated",
    "went off",
    "blast",
    "planted",
    "injured",
    "injuring",
    "damaged",
    "destroyed",
    "targeted",
    "targeting",
    "crashing",
    "blew",
    "intercepted",
    "shot down",
    "struck",
    // "An explosive charge tore open the oil pipeline", "ripped through".
    "tore",
    "ripped",
    "wrecked",
    // "lost his right leg when he stepped on a landmine", "the minibus ran
    // over a mine".
    "stepped on",
    "ran over",
    "drove over",
    "lost his leg",
    "lost her leg",
    "lost his right",
    "lost his left",
    // "used drones to drop bombs on an army position", "a quadcopter
    // dropped two grenades" (not "drones adapted to drop bombs").
    "drones to drop",
    "dropped",
];

/// Phrases that refer to an incident reported elsewhere ("in the wake of
/// the execution"). Read with the lexicons (`lexicon::scan_all`).
pub(crate) const REFERENCES: &[&str] = &[
    // "arrested a man ... whom they described as the commander of a cell
    // responsible for extortion and attacks on police patrols".
    "responsible for",
    // "mobilised fighters in violation of the peace agreement".
    "violation of",
    "role in",
    "involvement in",
    "involved in",
    "suspected of",
    "charged with",
    "convicted",
    "sentenced",
    "trial",
    "investigation into",
    "in the wake of",
    // "hundreds of mourners who chanted against the drone strikes".
    "chanted against",
    // "suspected of filming the aftermath of strikes".
    "aftermath of",
    // "still commanded 2,000 armed men, despite the arrest of dozens of
    // their commanders".
    "despite the",
    "in retaliation for",
    "after the",
    "following the",
    "anniversary of",
    "counts of",
    "court",
    "charges",
    "denounce",
    "condemn",
    // "marched through central Zahedan, chanting against executions".
    "chanting against",
    "slogans against",
    "denouncing",
    "condemning",
    "mourn",
    "memory of",
    "victims of the",
];

/// Drops trigger words that do not report an incident here: quoted speech,
/// people fleeing "the fighting", freed hostages, ceasefire *talks*.
#[cfg(test)]
pub(crate) fn drop_false_triggers(s: &str, hits: Vec<CueHit>) -> Vec<CueHit> {
    let scanned = crate::lexicon::scan_all(s);
    drop_false_triggers_in(s, hits, &scanned)
}

/// Drops the triggers `said_of` marks (planned, being built) when an
/// incident of the sentence that it does not mark comes before them.
fn drop_told_after_incident(hits: Vec<CueHit>, said_of: impl Fn(&CueHit) -> bool) -> Vec<CueHit> {
    drop_hits(hits, |h, all| {
        matches!(h.cue, Cue::Trig(_))
            && said_of(h)
            && all
                .iter()
                .any(|g| g.end <= h.start && matches!(g.cue, Cue::Trig(_)) && !said_of(g))
    })
}

/// `hits` without those `drop(hit, all hits)` marks, every decision taken
/// on the full list.
fn drop_hits(hits: Vec<CueHit>, drop: impl Fn(&CueHit, &[CueHit]) -> bool) -> Vec<CueHit> {
    // Most sentences lose nothing: no new list for them.
    if !hits.iter().any(|h| drop(h, &hits)) {
        return hits;
    }
    let marked: Vec<bool> = hits.iter().map(|h| drop(h, &hits)).collect();
    hits.into_iter()
        .zip(marked)
        .filter(|(_, d)| !d)
        .map(|(h, _)| h)
        .collect()
}

/// The end of an opening phrase that dates the sentence by another
/// incident ("The day before the drone strike,", "Two days after the
/// ambush,"), if the sentence has one.
fn temporal_lead(s: &str) -> Option<usize> {
    let from = crate::text::dateline_end(s);
    let rest = s.get(from..)?;
    let head = rest.get(..crate::text::floor_boundary(rest, rest.len().min(60)))?;
    let comma = head.find(',')?;
    // No copy: the connectors are lower-case inside the phrase.
    let lead = head.get(..comma)?;
    let first = lead.split(' ').next().unwrap_or("");
    let opens = [
        "the", "a", "an", "one", "two", "three", "four", "five", "hours", "days", "weeks",
        "minutes", "shortly", "soon", "moments",
    ]
    .iter()
    .any(|w| first.eq_ignore_ascii_case(w));
    (opens && (lead.contains(" before the ") || lead.contains(" after the ")))
        .then_some(from + comma)
}

/// "waiting at a hitchhiking stop", "at the end of March": a modal verb's
/// noun is no appeal or intention.
pub(crate) fn drop_noun_modals(s: &str, hits: Vec<CueHit>) -> Vec<CueHit> {
    let noun = |h: &CueHit| {
        h.cue == Cue::Claim(ClaimCue::Modal)
            && h.end - h.start <= 4
            && s.get(h.start..h.end)
                .is_some_and(|w| eq_any(w, &["stop", "end", "halt", "curb"]))
            && s.get(..h.start).is_some_and(|b| {
                let prev = b.trim_end().rsplit(' ').next().unwrap_or("");
                eq_any(prev, &["the", "a", "an", "this", "its", "bus", "truck"])
                    || prev.len() > 5 && prev.ends_with("ing")
            })
    };
    drop_hits(hits, |h, _| noun(h))
}

/// The charge laid on someone a sentence names, from " accused of " at `k`
/// to its clause's end ("flogged traders accused of selling cigarettes and
/// shot dead a man" goes on with the incident after "and"). `None` when an
/// auxiliary makes it a statement ("was accused of"); a pronoun right before
/// opens a relative clause ("a young man they accused of having guided the
/// bomber") and keeps it a charge.
pub(crate) fn charge_span(s: &str, k: usize) -> Option<(usize, usize)> {
    let mut back = s.get(..k)?.trim_end().rsplit(' ');
    let subject = back.next().unwrap_or("");
    // ("a man from Awarta who is accused of shooting dead a settler": a
    // relative clause's auxiliary keeps it a charge.)
    let relative = back
        .next()
        .is_some_and(|w| eq_any(w, &["who", "whom", "that"]));
    if !relative
        && eq_any(
            subject,
            &[
                "had", "has", "have", "was", "were", "is", "are", "been", "being", "and",
            ],
        )
    {
        return None;
    }
    let rest = s.get(k..)?;
    // ("blew up the home of a man accused of killing a soldier in July
    // during a raid on Dura": the raid is the sentence's own; not "accused
    // of having guided the gunmen during the attack".)
    let framed = rest.match_indices(" during ").map(|(i, _)| i).find(|&i| {
        rest.get(i + 8..).is_some_and(|r| {
            r.split(' ').take(3).any(|w| {
                eq_any(
                    w.trim_end_matches([',', '.']),
                    &["raid", "raids", "operation", "search", "sweep", "incursion"],
                )
            })
        })
    });
    // ("accused of selling rifles and grenades to gangs": "and" joins the
    // charge's nouns; the clause ends at "and" with a verb of its own,
    // "accused of theft and beat him to death".)
    let and_verb = rest.match_indices(" and ").map(|(i, _)| i).find(|&i| {
        let next = rest
            .get(i + 5..)
            .and_then(|r| r.split(' ').next())
            .unwrap_or("");
        next.len() > 4 && next.ends_with("ed")
            || eq_any(
                next,
                &[
                    "beat", "set", "shot", "burnt", "took", "threw", "stole", "cut", "hit", "left",
                    "made", "tore", "held", "fled", "led", "then",
                ],
            )
    });
    let end = [rest.find([',', ';']), and_verb, framed]
        .into_iter()
        .flatten()
        .min()
        .map_or(s.len(), |e| k + e);
    Some((k, end))
}

/// `hits` without the triggers that follow another trigger and whose
/// sentence text before them, read by `names_another`, makes them part of
/// what the earlier one told.
fn drop_later_triggers(
    s: &str,
    hits: Vec<CueHit>,
    names_another: impl Fn(&str) -> bool,
) -> Vec<CueHit> {
    let later = |h: &CueHit| {
        matches!(h.cue, Cue::Trig(_))
            && hits
                .iter()
                .any(|o| matches!(o.cue, Cue::Trig(_)) && o.end <= h.start)
            && s.get(..h.start).is_some_and(&names_another)
    };
    if hits.iter().any(later) {
        hits.iter().filter(|h| !later(h)).copied().collect()
    } else {
        hits
    }
}

/// Whether the capitalised word at `start..end` is inside a name: joined
/// by a hyphen to a capitalised word before ("SOS-Torture"), or between two
/// capitalised words ("Anti Kidnapping Unit").
pub(crate) fn in_proper_name(s: &str, start: usize, end: usize) -> bool {
    let upper = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase());
    if !s.get(start..end).is_some_and(upper) {
        return false;
    }
    let head = s.get(..start).unwrap_or("");
    let before = head
        .trim_end_matches('-')
        .rsplit([' ', '-'])
        .next()
        .unwrap_or("");
    if head.ends_with('-') && upper(before) {
        return true;
    }
    let after = s.get(end..).unwrap_or("");
    head.ends_with(' ')
        && upper(before)
        && after.starts_with(' ')
        && after[1..].split(' ').next().is_some_and(upper)
}

/// [`drop_false_triggers`] given the sentence's reading (for the attack
/// verbs and references in it).
pub(crate) fn drop_false_triggers_in(
    s: &str,
    hits: Vec<CueHit>,
    scanned: &crate::lexicon::Scanned,
) -> Vec<CueHit> {
    // Most sentences have no trigger: nothing to check.
    if !hits.iter().any(|h| matches!(h.cue, Cue::Trig(_))) {
        return hits;
    }
    // "... set fire to a police checkpoint, accusing the authorities of
    // failing to stop the kidnappings": what an accusation after the
    // incident names is not another incident.
    static ACCUSING: std::sync::OnceLock<memchr::memmem::Finder<'static>> =
        std::sync::OnceLock::new();
    let accusing_at = ACCUSING
        .get_or_init(|| memchr::memmem::Finder::new(b", accusing "))
        .find(s.as_bytes())
        .filter(|&at| {
            hits.iter()
                .any(|h| matches!(h.cue, Cue::Trig(_)) && h.end <= at)
        });
    // (Up to a later clause of its own: "..., accusing them of feeding NRF
    // fighters, and a day later a Taliban pickup hit a landmine".)
    let hits = match accusing_at {
        Some(at) => {
            let rest = s.get(at + 1..).unwrap_or("");
            let upto = rest
                .match_indices(", and ")
                .map(|(k, _)| at + 1 + k)
                .find(|&k| opens_later(s, k))
                .unwrap_or(s.len());
            hits.into_iter()
                .filter(|h| !(matches!(h.cue, Cue::Trig(_)) && h.start > at && h.start < upto))
                .collect()
        }
        None => hits,
    };
    // "SOS-Torture Burundi said ...", "the Anti Kidnapping Unit": a trigger
    // word inside an organisation's name names no incident.
    let hits = drop_hits(hits, |h, _| {
        matches!(h.cue, Cue::Trig(_)) && h.start > 0 && in_proper_name(s, h.start, h.end)
    });
    // "Speaking at a rally in Adama, the regional president vowed", "told a
    // rally in Juba": where a speech was made, no protest.
    let hits = drop_hits(hits, |h, _| {
        h.cue == Cue::Trig(Cls::Protest)
            && s.get(h.start..h.end)
                .is_some_and(|w| w.eq_ignore_ascii_case("rally"))
            && s.get(..h.start).is_some_and(|b| {
                [
                    "speaking at a ",
                    "spoke at a ",
                    "told a ",
                    "addressing a ",
                    "addressed a ",
                ]
                .iter()
                .any(|p| crate::text::ends_with_ci(b, p))
            })
    });
    // "set fire to eleven houses after rumours spread that a local youth had
    // been abducted": what a rumour says is no incident.
    // (One prebuilt search first: most sentences name no rumour.)
    static RUMO: crate::text::Needles = crate::text::Needles::new(&["rumo"]);
    let rumour_at = if RUMO.any_in(s) {
        ["rumours", "rumors", "rumour", "rumor"]
            .iter()
            .find_map(|r| {
                let at = s.find(r)?;
                let rest = s.get(at + r.len()..)?;
                let that = rest.find(" that ")?;
                (rest.get(..that)?.split_whitespace().count() <= 2).then_some(at)
            })
    } else {
        None
    };
    let hits = match rumour_at {
        Some(at) => hits
            .into_iter()
            .filter(|h| !(matches!(h.cue, Cue::Trig(_)) && h.start > at))
            .collect(),
        None => hits,
    };
    // "after rumours spread that a calf had been slaughtered near a temple":
    // an animal slaughtered is no killing.
    let hits = drop_hits(hits, |h, _| {
        matches!(h.cue, Cue::Trig(_))
            && s.get(h.start..h.end)
                .and_then(|w| w.get(..9))
                .is_some_and(|w| w.eq_ignore_ascii_case("slaughter"))
            && {
                let before = s.get(..h.start).unwrap_or("").rsplit(' ').take(5);
                let after = s.get(h.end..).unwrap_or("").split(' ').take(4);
                before
                    .chain(after)
                    .any(|w| eq_any(w.trim_matches(|c: char| !c.is_alphanumeric()), ANIMALS))
            }
    });
    // "about 300 al-Shabaab fighters are based in the Boni forest, many of
    // them Kenyans recruited from Mombasa": who the counted are, no
    // recruitment told.
    let hits = drop_hits(hits, |h, _| {
        h.cue == Cue::Trig(Cls::Recruit)
            && s.get(..h.start).is_some_and(|b| {
                let b = &b[crate::text::floor_boundary(b, b.len().saturating_sub(40))..];
                b.contains(", many of them ") || b.contains(", most of them ")
            })
    });
    // "gunmen shot dead one of the sit-in's organisers": a protest owning
    // something is one already told, no protest here.
    // (Not "detained six of the rally's organisers", whose arrest is the
    // protest's.)
    let killed_before = |at: usize| {
        hits.iter()
            .any(|k| k.cue == Cue::Trig(Cls::Kill) && k.end <= at)
    };
    let owner: Vec<usize> = hits
        .iter()
        .filter(|h| {
            matches!(h.cue, Cue::Trig(Cls::Protest | Cls::Riot))
                && s.get(h.end..)
                    .is_some_and(|r| r.starts_with("'s ") || r.starts_with("\u{2019}s "))
                && killed_before(h.start)
        })
        .map(|h| h.start)
        .collect();
    let hits = drop_hits(hits, |h, _| {
        matches!(h.cue, Cue::Trig(_)) && owner.contains(&h.start)
    });
    // "Guanajuato has recorded more murders than any other Mexican state":
    // a comparison of tallies, no incident.
    let hits = drop_hits(hits, |h, _| {
        matches!(h.cue, Cue::Trig(_))
            && crate::text::eq_any(
                s.get(..h.start)
                    .and_then(|b| b.split_whitespace().next_back())
                    .unwrap_or(""),
                &["more", "fewer"],
            )
            && s.get(h.end..).is_some_and(|r| r.starts_with(" than "))
    });
    // "retook Al-Qabyal on Tuesday after a day of counter-attacks": how long
    // the incident told took, no incident of its own.
    let hits = drop_later_triggers(s, hits, |b| {
        let b = b.trim_end();
        let Some(k) = b.rfind(" after ") else {
            return false;
        };
        let gap = &b[k + " after ".len()..];
        let words: Vec<&str> = gap.split(' ').collect();
        (2..=4).contains(&words.len())
            && words.last() == Some(&"of")
            && words.iter().any(|w| {
                eq_any(
                    w,
                    &["day", "days", "hours", "week", "weeks", "night", "months"],
                )
            })
    });
    // "Army drones struck a camp of the militants behind the bombing": the
    // incident that names who was struck is another, already told.
    let hits = drop_later_triggers(s, hits, |b| {
        [
            " behind the ",
            " responsible for the ",
            " blamed for the ",
            " who carried out the ",
            " who had carried out the ",
        ]
        .iter()
        .any(|p| b.ends_with(p))
    });
    // "arrested five gunmen and seized rifles, grenades and a drone rigged
    // to drop explosives": weapons seized are no attack.
    let seized_before = |pos: usize| {
        let from = pos.saturating_sub(60);
        let from = (from..pos).find(|&i| s.is_char_boundary(i)).unwrap_or(pos);
        // (Finders built once: this is asked before every remote trigger.)
        static SEIZING: crate::text::Needles = crate::text::Needles::new(&[
            " seized ",
            " recovered ",
            " confiscated ",
            " found ",
            " seizing ",
            // "had defused two bombs planted on a road", "surrendered
            // ..., handing over nine rifles and a grenade launcher".
            " defused ",
            " dismantled ",
            " handing over ",
            " handed over ",
            // "four members of the group surrendered to soldiers in
            // Butig with two M16 rifles and a grenade launcher".
            " surrendered ",
            " handed in ",
            // "surrendered to the army ... and turned over five rifles and a
            // grenade launcher".
            " turned over ",
            " turning over ",
            // "arrested four men who were carrying two drones".
            " were carrying ",
            " was carrying ",
        ]);
        s.get(from..pos).is_some_and(|w| {
            let w = w.to_ascii_lowercase();
            SEIZING.any_in(&w) && !w.contains(['.', ';'])
        })
    };
    // "rifles and a drone had been recovered at the scene": the same, told
    // in the passive.
    let seized_after = |pos: usize| {
        let to = (pos + 40).min(s.len());
        let to = (to..=s.len())
            .find(|&i| s.is_char_boundary(i))
            .unwrap_or(s.len());
        // Most remote triggers have none of these words after them: the
        // check is a byte search before any lower-casing.
        s.get(pos..to).is_some_and(|w| {
            let w = w.split([',', '.', ';']).next().unwrap_or("");
            let has = |v: &str| w.contains(v);
            (has(" recovered") || has(" seized") || has(" confiscated") || has(" found "))
                && (has(" been ") || has(" were ") || has(" was "))
        })
    };
    // "a counter-offensive backed by air strikes": the support named, not
    // the incident.
    let backed_by = |pos: usize| {
        let from = pos.saturating_sub(14);
        let from = (from..pos).find(|&i| s.is_char_boundary(i)).unwrap_or(pos);
        s.get(from..pos).is_some_and(|w| {
            let w = w.to_ascii_lowercase();
            w.ends_with("backed by ") || w.ends_with("supported by ")
        })
    };
    // "attacked the police station with assault rifles, rocket-propelled
    // grenades and quadcopters carrying small bombs", "fought with machine
    // guns and grenades": the weapons of a ground fight, not its type.
    // "fighting broke out ... when the factions attacked SDF positions with
    // drones and artillery": inside a fight already named, the weapons an
    // assault used are its instruments too.
    let fight_named = |pos: usize| {
        hits.iter()
            .any(|g| g.end <= pos && g.cue == Cue::Trig(Cls::Clash))
    };
    let ground_before = |pos: usize| {
        hits.iter().any(|g| {
            g.end <= pos
                && matches!(g.cue, Cue::Trig(Cls::Attack | Cls::Raid | Cls::Clash))
                && s.get(g.end..pos).is_some_and(|between| {
                    let b = between.to_ascii_lowercase();
                    // Firearms in the list make it a ground fight; "targeted
                    // a post with two guided missiles" is a missile attack.
                    b.len() <= 140
                        && !b.contains(['.', ';'])
                        && (b.contains(" with ") || b.starts_with("with "))
                        && ([
                            "rifle",
                            "guns",
                            "small arms",
                            "gunfire",
                            "automatic weapons",
                            "machete",
                        ]
                        .iter()
                        .any(|w| b.contains(w))
                            || fight_named(g.start))
                })
        })
    };
    let ground: Vec<bool> = hits
        .iter()
        .map(|h| matches!(h.cue, Cue::Trig(c) if c.is_remote()) && ground_before(h.start))
        .collect();
    let hits: Vec<CueHit> = hits
        .into_iter()
        .zip(ground)
        .filter(|(h, in_ground_fight)| {
            !(matches!(h.cue, Cue::Trig(c) if c.is_remote())
                && (seized_before(h.start)
                    || seized_after(h.end)
                    || backed_by(h.start)
                    || *in_ground_fight))
        })
        .map(|(h, _)| h)
        .collect();
    // "The day before the drone strike, Turkish artillery shelled ...",
    // "Hours after the bombing, gunmen attacked ...": the incident the
    // opening phrase dates by is another one.
    // "gunmen who said they were fighting for the \"Ambazonia\" cause
    // seized ...": who they say they are, no fight; "teenagers recruited in
    // rural schools": members described; "the gas burned by the region's
    // power stations": fuel, no arson.
    // "beat to death a herder accused of having taken part in the
    // fighting", "demolished the home of a man accused of killing two
    // Israelis": the charge against someone the incident fell on names
    // no incident of its own.
    let first_trigger_end = hits
        .iter()
        .filter(|o| matches!(o.cue, Cue::Trig(_)))
        .map(|o| o.end)
        .min();
    // ("arrested 14 people ... on suspicion of helping to plan the mortar
    // attack": the same.)
    let charged = |h: &CueHit| {
        let head = s.get(..h.start).unwrap_or("");
        let Some(k) = [" accused of ", " on suspicion of ", " suspected of "]
            .iter()
            .filter_map(|p| head.rfind(p))
            .max()
        else {
            return false;
        };
        // ("residents angry at the release of a man accused of killing a
        // schoolgirl stoned the police station": the charge is the crowd's
        // grievance, its own verb comes after.)
        let grievance = || {
            s.get(..k)
                .unwrap_or("")
                .split_whitespace()
                .rev()
                .take(10)
                .any(|w| eq_any(w, crate::text::AGGRIEVED) || w == "protesting")
        };
        charge_span(s, k).is_some_and(|(_, end)| end >= h.start)
            && (first_trigger_end.is_some_and(|e| e <= k) || grievance())
    };
    let described = |h: &CueHit| {
        let w = s.get(h.start..h.end).unwrap_or("");
        let head = s.get(..h.start).unwrap_or("").trim_end();
        let rest = s.get(h.end..).unwrap_or("");
        let prev = head.rsplit(' ').next().unwrap_or("");
        (matches!(h.cue, Cue::Trig(_)) && charged(h))
            // "ISKP has carried out similar attacks elsewhere": a kind of
            // incident, none in particular.
            || prev.eq_ignore_ascii_case("similar")
            || (w.eq_ignore_ascii_case("fighting")
            && [
                "said they were",
                "say they are",
                "claimed to be",
                "claim to be",
            ]
            .iter()
            .any(|p| crate::text::ends_with_ci(head, p)))
            || (w
                .get(..7)
                .is_some_and(|x| x.eq_ignore_ascii_case("recruit"))
                && eq_any(
                    prev,
                    &[
                        "teenagers",
                        "children",
                        "boys",
                        "youths",
                        "members",
                        "fighters",
                        "men",
                    ],
                )
                && [" in ", " from ", " at "]
                    .iter()
                    .any(|p| rest.starts_with(p)))
            || (w.eq_ignore_ascii_case("burst into")
                && [" flames", " tears", " laughter", " song", " applause"]
                    .iter()
                    .any(|p| rest.starts_with(p)))
            || ((w.eq_ignore_ascii_case("burned") || w.eq_ignore_ascii_case("burnt"))
                && eq_any(prev, &["gas", "fuel", "oil", "coal", "diesel", "wood"]))
            // "About 1,200 people fled villages in Maimbung during the
            // fighting", "About 180 families left two villages after the
            // clash": the flight is told, the fight named only as its time.
            // "At least 11 soldiers were killed and 16 wounded in fighting
            // that lasted about three hours": the toll of the fight just
            // told, named by what it was.
            || (eq_any(w, &["fighting", "clashes"])
                && crate::text::ends_with_ci(head, " in")
                && rest.starts_with(" that lasted")
                && [" were killed", " were wounded", " died"]
                    .iter()
                    .any(|v| head.contains(v)))
            // ("have arrived in Malakal since Thursday's fighting".)
            || ((["during the", "after the", "following the", "since the"]
                .iter()
                .any(|p| crate::text::ends_with_ci(head, p))
                || head.strip_suffix("'s").is_some_and(|h| {
                    let mut back = h.rsplit(' ');
                    back.next().is_some_and(|d| eq_any(d, &crate::dates::WEEKDAYS))
                        && back.next().is_some_and(|w| w.eq_ignore_ascii_case("since"))
                }))
                && [
                    " fled ",
                    " left ",
                    " sheltered ",
                    " taken shelter ",
                    " moved ",
                    " arrived ",
                    " have since ",
                    // "have crossed into Colombia's Norte de Santander
                    // department since Monday's fighting".
                    " crossed ",
                ]
                .iter()
                .any(|v| head.contains(v))
                && !head.contains(", "))
            // "Five soldiers were killed, while 22 attackers were
            // \"neutralised\" as aircraft hit their retreating vehicles": the
            // air support of the fight told, no strike of its own.
            || (matches!(h.cue, Cue::Trig(c) if c.is_remote()) && {
                let clause_start = head.rfind([',', ';']).map_or(0, |k| k + 1);
                let clause = &head[clause_start..];
                let tail = rest.split([',', ';', '.']).next().unwrap_or("");
                let words: Vec<&str> = clause.split_whitespace().collect();
                words.iter().rev().take(3).any(|w| *w == "as")
                    && ["retreating", "fleeing", "withdrawing"]
                        .iter()
                        .any(|w| tail.contains(w))
            })
            // "about 40 young men who had fought with JNIM ... handed
            // themselves in": whom they had fought for, no battle.
            || (eq_any(w, &["fought", "fighting"])
                && ["who had", "who have", "who once", "who had been"]
                    .iter()
                    .any(|p| crate::text::ends_with_ci(head, p))
                && [" with ", " for ", " alongside "]
                    .iter()
                    .any(|p| rest.starts_with(p)))
            // "people from hamlets near the clash": the same.
            || ["near the", "around the", "close to the"]
                .iter()
                .any(|p| crate::text::ends_with_ci(head, p))
                && !rest.starts_with(|c: char| c.is_alphanumeric())
                && matches!(h.cue, Cue::Trig(c) if !c.is_casualty())
                && w.split(' ').count() == 1
            // "fled the hamlets around the clash site", "at the blast
            // scene": a place named by an incident already told.
            || (crate::text::ends_with_ci(head, " the")
                && [" site", " scene"].iter().any(|p| {
                    rest.starts_with(p)
                        && !rest[p.len()..].starts_with(|c: char| c.is_alphanumeric())
                }))
            // "a man they accused of belonging to a kidnapping gang", "a
            // bomb-making cell": an incident word naming a band by its trade.
            || w.ends_with("ing")
                && [" gang", " gangs", " ring", " network", " cell", " cells"]
                .iter()
                .any(|p| {
                    rest.starts_with(p)
                        && !rest[p.len()..].starts_with(|c: char| c.is_alphanumeric())
                })
            // "it passed off without arrests", "without any violence":
            // what did not happen.
            || ["without", "without any"]
                .iter()
                .any(|p| crate::text::ends_with_ci(head, p) && head.len() > p.len()
                    && head.as_bytes()[head.len() - p.len() - 1] == b' ')
            // "entered the town without a shot being fired": no shooting.
            || (eq_any(w, &["shot", "shots", "fired", "firing"])
                && [
                    "without a",
                    "without a single",
                    "without a shot being",
                    "without firing a",
                    "without",
                ]
                .iter()
                .any(|p| crate::text::ends_with_ci(head, p)))
    };
    // "said that the attack \"will be answered\"": an incident named as the
    // subject of what will follow is the one already reported.
    // "said attacks would continue \"until the last soldier leaves\"", "the
    // strike in Sarafand \"will not be the last\"": what is promised, not told.
    let answered = |h: &CueHit| {
        let rest = s.get(h.end..).unwrap_or("");
        let r = rest.trim_start_matches([' ', '"', '\u{201c}']);
        s.get(..h.start).is_some_and(|b| b.ends_with("the "))
            && ["will ", "would "].iter().any(|p| r.starts_with(p))
            || ["will continue", "would continue"]
                .iter()
                .any(|p| r.starts_with(p))
            || {
                let clause = rest.split([',', ';', '.']).next().unwrap_or("");
                clause.len() <= 60
                    && ["will not be the last", "would not be the last"]
                        .iter()
                        .any(|p| clause.contains(p))
            }
    };
    // "would \"strike the junta's columns\" for as long as the drones kept
    // flying": the condition of a threat is no incident.
    static AS_LONG_AS: std::sync::OnceLock<memchr::memmem::Finder<'static>> =
        std::sync::OnceLock::new();
    let condition_at = AS_LONG_AS
        .get_or_init(|| memchr::memmem::Finder::new(b" as long as "))
        .find(s.as_bytes());
    // "stormed army positions ..., in the heaviest fighting in the area
    // since the town changed hands": the ranking names the incident told.
    // ("the first deadly attack on cultivators since the sowing season":
    // an ordinal two words back.)
    let ranked = |h: &CueHit| {
        let head = s.get(..h.start).unwrap_or("").trim_end();
        let mut back = head.rsplit(' ');
        let prev = back.next().unwrap_or("");
        let prev2 = back.next().unwrap_or("");
        let third = back.next().unwrap_or("");
        eq_any(
            prev,
            &[
                "heaviest",
                "deadliest",
                "worst",
                "fiercest",
                "bloodiest",
                "biggest",
                "largest",
            ],
        ) || third.eq_ignore_ascii_case("the")
            && eq_any(
                prev2,
                &["first", "second", "third", "fourth", "fifth", "latest"],
            )
    };
    // "the road where Sunday's blast took place", "anyone who fired on
    // farmers", "powers of arrest": an incident referred to, one that may
    // happen, a power; none is told here.
    let not_told = |h: &CueHit| {
        let head = s.get(..h.start).unwrap_or("").trim_end();
        // The eight words before, read once (no copy: this is asked of every
        // trigger).
        let mut w = [""; 8];
        for (slot, word) in w.iter_mut().zip(head.rsplit(' ')) {
            *slot = word;
        }
        let (prev, prev2) = (w[0], w[1]);
        let possessive = |x: &str, list: &[&str]| {
            x.strip_suffix("'s")
                .or_else(|| x.strip_suffix("\u{2019}s"))
                .is_some_and(|d| eq_any(d, list))
        };
        let day = possessive(prev, &crate::dates::WEEKDAYS);
        // ("The government called Wednesday's attack \"cowardly\"",
        // "condemned Monday's bombing": a reaction names it.)
        const SINCE: &[&str] = &[
            "where",
            "after",
            "since",
            "before",
            "following",
            "from",
            "called",
            "condemned",
            "denounced",
            "described",
            "mourned",
            // "said one driver who survived Monday's ambush".
            "survived",
            "witnessed",
        ];
        // ("since Thursday night's air strike", "since last Wednesday's
        // fighting": the same.)
        let day_part = possessive(prev, &["night", "morning", "evening", "afternoon"])
            && eq_any(prev2, &crate::dates::WEEKDAYS)
            || day && eq_any(prev2, &["last", "this"]);
        day && eq_any(prev2, SINCE)
            || day_part && eq_any(w[2], SINCE)
            || prev.eq_ignore_ascii_case("who")
            && eq_any(prev2, &["anyone", "those", "whoever", "everyone"])
            // "would hit Hamas \"with great force\" for every attack on its
            // soldiers", "against any attack": incidents in general.
            || eq_any(prev, &["every", "any"])
            // "Nobody was hurt in either attack", "both attacks": incidents
            // already told.
            || eq_any(prev, &["either", "both"])
            // "any US strike on its bases", "every Israeli raid".
            || eq_any(prev2, &["every", "any"]) && prev.starts_with(|c: char| c.is_ascii_uppercase())
            // "any new Israeli attack on Iran", "any further strike".
            || (1..4).any(|k| {
                eq_any(w[k], &["every", "any"])
                    && w[..k].iter().all(|x| {
                        x.starts_with(|c: char| c.is_ascii_uppercase())
                            || eq_any(x, &["new", "further", "future", "fresh"])
                    })
            })
            // "broke up into small bands to escape Ugandan and Congolese air
            // strikes": what is escaped is no incident told.
            || (0..5).any(|k| {
                eq_any(w[k], &["escape", "evade", "avoid", "dodge"]) && w[k + 1] == "to"
            })
            // "would flatten any house from which shots were fired at
            // soldiers": what a threat is conditioned on.
            || (0..4).any(|k| {
                eq_any(w[k], &["which", "where"])
                    && w[k + 2..(k + 4).min(6)]
                        .iter()
                        .any(|x| x.eq_ignore_ascii_case("any"))
            })
            || prev.eq_ignore_ascii_case("of") && prev2.eq_ignore_ascii_case("powers")
            // "blamed the OLA for a string of killings and kidnappings": a
            // run of incidents, told as a tally.
            // ("... killings and kidnappings": the list goes on.)
            || (0..4).any(|k| {
                (k == 0 || k == 1 || w[..k].iter().any(|x| eq_any(x, &["and", "or"])))
                    && w[k].eq_ignore_ascii_case("of")
                    && eq_any(
                        w[k + 1],
                        &["string", "spate", "wave", "campaign", "litany", "run"],
                    )
                    && eq_any(w[k + 2], &["a", "the"])
                // "in an editorial that also praised attacks on police in
                // Russia's North Caucasus": attacks praised are none told.
                || k < 3
                    && w[..k].iter().all(|x| !x.ends_with(','))
                    && eq_any(
                        w[k],
                        &[
                            "praised", "praising", "praises", "hailed", "hailing", "glorified",
                            "glorifying", "celebrated", "celebrating",
                        ],
                    )
                // "was set up in December after a series of kidnappings on
                // the desert highway": what came before, no incident.
                || (k == 0 || k == 1)
                    && w[k].eq_ignore_ascii_case("of")
                    && w[k + 1].eq_ignore_ascii_case("series")
                    && w[k + 2] == "a"
                    && eq_any(w[k + 3], &["after", "following"])
                // "a gang blamed for dozens of kidnappings", "behind
                // hundreds of attacks": a record, no incident.
                || k == 0
                    && w[0].eq_ignore_ascii_case("of")
                    && eq_any(w[1], &["dozens", "scores", "hundreds", "thousands"])
                    && eq_any(w[2], &["for", "behind"])
                // "The south has also seen a rise in kidnappings for
                // ransom": a trend, no incident.
                || (k == 0 || k == 1)
                    && w[k].eq_ignore_ascii_case("in")
                    && eq_any(
                        w[k + 1],
                        &["rise", "increase", "surge", "spike", "upsurge", "jump"],
                    )
                    && eq_any(w[k + 2], &["a", "the"])
            })
            // "a woman whose sister was wounded in the courtyard", "a trader
            // whose brother was killed at the market": a speaker described
            // by an incident already told.
            // ("whose two daughters were wounded": a count may come first.)
            // ("whose two daughters were wounded in Sunday's shelling": the
            // incident they were hurt in, a few words further.)
            || (1..if (prev.eq_ignore_ascii_case("the") || day) && prev2 == "in" { 8 } else { 5 })
                .any(|k| {
                w[k].eq_ignore_ascii_case("whose")
                    && w[..k].iter().any(|x| {
                        eq_any(x, crate::casualties::KIN)
                            || eq_any(
                                x,
                                &["brothers", "sons", "daughters", "children", "parents", "relatives"],
                            )
                    })
            })
            // "a driver who survived the ambush by hiding in a ditch".
            || prev.eq_ignore_ascii_case("the")
                && eq_any(prev2, &["survived", "witnessed"])
            // "a herder who lost his brother in the attack", "in Sunday's
            // attack": a person described by an incident already told.
            || (prev.eq_ignore_ascii_case("the") || day)
                && prev2.eq_ignore_ascii_case("in")
                && w[2..6].iter().any(|x| x.eq_ignore_ascii_case("lost"))
            // "families have left ranches around the site of the ambush",
            // "the scene of Monday's attack": a place named by an incident.
            || (prev.eq_ignore_ascii_case("the") || day)
                && prev2.eq_ignore_ascii_case("of")
                && eq_any(w[2], &["site", "scene"])
            // "explosives meant for attacks during next month's anniversary":
            // what weapons were for.
            || prev.eq_ignore_ascii_case("for")
                && eq_any(prev2, &["meant", "intended", "destined", "used", "earmarked"])
            // "the group was raising money through extortion and kidnapping":
            // how a group funds itself.
            || w[..3].iter().any(|x| x.eq_ignore_ascii_case("through"))
                && ["money", "funds", "financ"].iter().any(|m| head.contains(m))
    };
    // "beat back an attempt by Boko Haram fighters to overrun their base":
    // ground not taken, once a fight is told before it.
    let attempted = |h: &CueHit, all: &[CueHit]| {
        matches!(h.cue, Cue::Trig(Cls::Overtake | Cls::Retake))
            && all
                .iter()
                .any(|g| g.end <= h.start && matches!(g.cue, Cue::Trig(Cls::Clash | Cls::Attack)))
            && s.get(..h.start).is_some_and(|b| {
                b.rsplit(' ')
                    .take(8)
                    .any(|w| eq_any(w, &["attempt", "bid", "effort", "attempts"]))
            })
    };
    // None of these asks about the other hits: one pass drops them all.
    let hits = drop_hits(hits, |h, _| {
        matches!(h.cue, Cue::Trig(_))
            && (described(h)
                || answered(h)
                || condition_at.is_some_and(|at| h.start > at)
                || not_told(h))
    });
    let hits = drop_hits(hits, |h, all| {
        matches!(h.cue, Cue::Trig(_))
            && ranked(h)
            && all
                .iter()
                .any(|g| g.end <= h.start && matches!(g.cue, Cue::Trig(_)) && !ranked(g))
            || attempted(h, all)
    });
    let lead_end = temporal_lead(s).filter(|&end| {
        hits.iter()
            .any(|h| matches!(h.cue, Cue::Trig(_)) && h.start > end)
    });
    let hits: Vec<CueHit> = match lead_end {
        Some(end) => hits
            .into_iter()
            // Its references ("Hours after the victims were buried, a
            // crowd ...") point at the other incident too.
            .filter(|h| !(matches!(h.cue, Cue::Trig(_) | Cue::Continue) && h.end <= end))
            .collect(),
        None => hits,
    };
    // "detained 14 people, among them two men ... who had fired the
    // mortars": what those arrested did, told in a relative clause, is an
    // incident already reported.
    let detained_before = |h: &CueHit, hits: &[CueHit]| {
        hits.iter()
            .any(|g| g.end <= h.start && g.cue == Cue::Trig(Cls::Detain))
    };
    let told_of_detainees = |h: &CueHit| {
        let head = s.get(..h.start).unwrap_or("");
        let recent: Vec<&str> = head.split_whitespace().rev().take(5).collect();
        let the = recent
            .first()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
        // ("arrested two suspects in the shooting": the charge.)
        let suspects_in = recent.get(1).is_some_and(|w| eq_any(w, &["in", "over"]))
            && recent
                .get(2)
                .is_some_and(|w| eq_any(w, &["suspects", "suspect"]));
        the && (recent.iter().any(|w| w.eq_ignore_ascii_case("who")) || suspects_in)
    };
    let hits = drop_hits(hits, |h, all| {
        // The arrest before is rare: asked first.
        matches!(h.cue, Cue::Trig(_)) && detained_before(h, all) && told_of_detainees(h)
    });
    // "arrested four men ... whom they described as members of a cell
    // planning bomb attacks": what someone plans, after an incident of the
    // sentence, is no incident.
    let planned = |h: &CueHit| {
        let head = s.get(..h.start).unwrap_or("").trim_end();
        let mut words = head.rsplit(' ');
        let w1 = words.next().unwrap_or("");
        let w2 = words.next().unwrap_or("");
        let w3 = words.next().unwrap_or("");
        let plan = |w: &str| {
            // ("two men accused of helping to plan the attack").
            [
                "planning",
                "plotting",
                "preparing",
                "planned",
                "plotted",
                "plan",
                "plot",
            ]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
        };
        // ("a cell that had planned to fire rockets at Israel").
        plan(w1) || plan(w2) && w1.len() <= 12 || plan(w3) && w2 == "to"
    };
    // The plan words all hold one of these: most sentences skip the rule.
    static PLAN_WORDS: crate::text::Needles =
        crate::text::Needles::new(&["lan", "lot", "repar", "LAN", "LOT", "REPAR"]);
    let hits = if PLAN_WORDS.any_in(s) {
        drop_told_after_incident(hits, planned)
    } else {
        hits
    };
    // "arrested 11 men ... who were building short-range rockets and small
    // attack drones": weapons being made, after an incident of the
    // sentence, strike no one.
    let made = |h: &CueHit| {
        let head = s.get(..h.start).unwrap_or("");
        let from = crate::text::floor_boundary(head, head.len().saturating_sub(60));
        let near = head.get(from..).unwrap_or("");
        let near = near.rsplit([',', ';']).next().unwrap_or(near);
        // "building" as a verb only ("who were building", not "the
        // administration building").
        let words: Vec<&str> = near.split(' ').collect();
        words.iter().enumerate().any(|(k, w)| {
            crate::text::eq_any(w, &["assembling", "manufacturing", "making", "producing"])
                || w.eq_ignore_ascii_case("building")
                    && k.checked_sub(1).is_some_and(|j| {
                        crate::text::eq_any(words[j], &["were", "was", "been", "of", "for", "who"])
                    })
        })
    };
    static MAKE_WORDS: crate::text::Needles =
        crate::text::Needles::new(&["uilding", "ssembling", "anufactur", "aking", "roducing"]);
    let hits = if MAKE_WORDS.any_in(s) {
        drop_told_after_incident(hits, made)
    } else {
        hits
    };
    // "blocked the highway to protest against a spate of kidnappings":
    // what a protest is against is no incident of the sentence.
    // Most sentences name no protest: no lowercase copy for them.
    // (Finders built once: building one per call cost more than the search.)
    static PROTEST_WORDS: crate::text::Needles =
        crate::text::Needles::new(&["rotest", "denounce", "condemn", "to demand"]);
    let protest_object = PROTEST_WORDS
        .any_in(s)
        .then(|| {
            let lower = s.to_ascii_lowercase();
            [
                "protest against ",
                "protest over ",
                "protest at ",
                "protesting against ",
                "protesting over ",
                "in protest at ",
                "to denounce ",
                "to condemn ",
                // "gathered ... to demand news of relatives detained in the
                // sweep".
                "to demand ",
            ]
            .iter()
            .filter_map(|p| lower.find(p).map(|k| (k, k + p.len())))
            .min()
            // A crowd protesting ("Hundreds of residents blocked the highway
            // to protest against"); "summon the ambassadors to protest against
            // the attacks" is no protest.
            .filter(|&(at, _)| {
                let head = lower.get(..at).unwrap_or("");
                hits.iter()
                    .any(|h| h.end <= at && matches!(h.cue, Cue::Trig(Cls::Protest | Cls::Riot)))
                    || [
                        "hundreds",
                        "thousands",
                        "dozens",
                        "residents",
                        "crowd",
                        "protesters",
                        "demonstrators",
                        "students",
                    ]
                    .iter()
                    .any(|w| head.contains(w))
            })
            .map(|(_, from)| from)
        })
        .flatten();
    // Only up to the end of that clause: "..., and arrested 12 people" is
    // the protest's own.
    let hits: Vec<CueHit> = match protest_object {
        Some(from) => {
            let until = s
                .get(from..)
                .and_then(|r| r.find([',', ';']))
                .map_or(s.len(), |k| from + k);
            hits.into_iter()
                .filter(|h| {
                    !(h.start >= from
                        && h.end <= until
                        && matches!(h.cue, Cue::Trig(c) if c != Cls::Protest && c != Cls::Riot))
                })
                .collect()
        }
        None => hits,
    };
    // "Al-Shabaab controlled Baidoa until 2012, when Ethiopian and Somali
    // forces drove it out": the clause a past year opens is history.
    let history = year_when_clause(s);
    let hits: Vec<CueHit> = match history {
        Some((from, to)) => hits
            .into_iter()
            .filter(|h| !(matches!(h.cue, Cue::Trig(_)) && h.start >= from && h.end <= to))
            .collect(),
        None => hits,
    };
    let quotes = quoted(s);
    // "explosive devices designed to be dropped from drones", "a drone
    // dropped them a note": nothing dropped on anyone.
    let idle_drop = |a: usize, b: usize| {
        s.get(a..b) == Some("dropped")
            && (s
                .get(..a)
                .is_some_and(|h| h.ends_with("be ") || h.ends_with("been "))
                || s.get(b..).is_some_and(|r| r.starts_with(" them ")))
    };
    let attack_verb = || {
        scanned.attacks.iter().any(|&(a, b)| {
            crate::text::at_word_bounds(s, a, b) && !shelling_named(s, a, b) && !idle_drop(a, b)
        })
    };
    let has_topic = hits.iter().any(|h| h.cue == Cue::Topic);
    // Only a reference ending at most 24 bytes before the trigger counts.
    let reference_before = |pos: usize| {
        scanned.references.iter().any(|&(a, b)| {
            b <= pos
                && pos - b <= 24
                && a < pos
                && !s.get(b..pos).is_some_and(|gap| gap.contains(','))
        })
    };
    let toks = crate::text::words(s);
    let word_before = |pos: usize, n: usize| -> Option<&str> {
        let i = toks.partition_point(|t| t.end <= pos);
        i.checked_sub(n)
            .and_then(|k| toks.get(k))
            .map(|t| t.text(s))
    };
    // Whether one of the `within` words before `pos` is in `list`.
    let within_before = |pos: usize, within: usize, list: &[&str]| {
        (1..=within).any(|n| word_before(pos, n).is_some_and(|w| crate::text::eq_any(w, list)))
    };
    let near_before = |pos: usize, list: &[&str]| within_before(pos, 3, list);
    // "marched eleven passengers into the forest": people driven off, an
    // abduction, no march of protest.
    let driven_off = |h: &CueHit| {
        h.cue == Cue::Trig(Cls::Protest)
            && trig_is_word(s, h, "marched")
            && toks.iter().find(|t| t.start >= h.end).is_some_and(|n| {
                let w = n.text(s);
                w.bytes().all(|b| b.is_ascii_digit())
                    || crate::text::eq_any(
                        w,
                        &[
                            "them", "the", "their", "hostages", "captives", "two", "three", "four",
                            "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                            "dozens", "scores", "some", "about",
                        ],
                    )
            })
    };
    // "Gunmen blew a hole in the prison wall ... and 40 inmates escaped":
    // the escape is the attack's; "the number of prisoners who escaped"
    // describes the prisoners.
    let fight = hits.iter().any(|h| {
        matches!(
            h.cue,
            Cue::Trig(Cls::Attack | Cls::Clash | Cls::Raid | Cls::Kill | Cls::PrisonBreak)
        )
    });
    let escape_dropped = |h: &CueHit| {
        h.cue == Cue::Trig(Cls::Other)
            && is_escape(s, h)
            && (fight
                || s.get(..h.start).is_some_and(|b| {
                    let b = b.trim_end();
                    b.ends_with(" who") || b.ends_with(" that")
                }))
    };
    // "took away", "drove off with", "carried off": people or goods.
    let taking_verb = |h: &CueHit| {
        h.cue == Cue::Trig(Cls::Abduct)
            && [
                "took away",
                "led away",
                "drove off with",
                "drove away with",
                "carried off",
                "drove off",
            ]
            .iter()
            .any(|v| trig_is_word(s, h, v))
    };
    let takes_people = |h: &CueHit| {
        toks.iter().filter(|t| t.start >= h.end).take(5).any(|t| {
            let w = t.text(s);
            // "took away two forensic specialists", "two technicians":
            // people by their trade.
            let trade = ["ist", "ists", "ian", "ians"]
                .iter()
                .any(|x| crate::text::ends_with_ci(w, x))
                && w.len() > 5;
            trade
                || crate::text::in_set(w, crate::typing::civilian_set())
                || crate::text::eq_any(w, crate::lexicon::TAKEN_PEOPLE)
        })
    };
    // "stopped a convoy of eight lorries carrying flour ... and drove off
    // with five of them", "carried off their cargo": goods taken, looting.
    let takes_goods = |h: &CueHit| {
        toks.iter()
            .filter(|t| t.end <= h.start || t.start >= h.end)
            .take_while(|t| t.start < h.end + 40)
            .any(|t| crate::text::eq_any(t.text(s), GOODS))
    };
    hits.into_iter()
        .map(|h| {
            if driven_off(&h) {
                CueHit {
                    cue: Cue::Trig(Cls::Abduct),
                    ..h
                }
            } else if taking_verb(&h) && !takes_people(&h) && takes_goods(&h) {
                CueHit {
                    cue: Cue::Trig(Cls::Destroy),
                    ..h
                }
            } else {
                h
            }
        })
        .filter(|h| {
            let Cue::Trig(c) = h.cue else { return true };
            if in_any(&quotes, h.start) || escape_dropped(h) {
                return false;
            }
            let next = toks.iter().find(|t| t.start >= h.end).map(|t| t.text(s));
            if c == Cls::Detain && next.is_some_and(|w| w.eq_ignore_ascii_case("power")) {
                return false;
            }
            if c == Cls::Protest && near_before(h.start, &["told", "addressed", "addressing"]) {
                return false;
            }
            // "have left villages ... since Sunday's bombing, fearing further
            // attacks": what people fear is no incident.
            // ("fearing reprisals and more air strikes": a few words on.)
            if !c.is_casualty() && within_before(h.start, 5, &["fearing", "feared", "fear"]) {
                return false;
            }
            // "stepped up patrols near the border amid a wave of jihadist
            // attacks": the setting of something else, no incident.
            if !matches!(c, Cls::Protest | Cls::Riot)
                && within_before(h.start, 5, &["amid", "amidst"])
            {
                return false;
            }
            // "took away their phones": a taking of people only ("drove off
            // with a pharmacist and his younger brother", not "with cattle";
            // goods driven off are looted, above).
            if c == Cls::Abduct && taking_verb(h) && !takes_people(h) {
                return false;
            }
            // ("several hundred displaced women rallied": people described,
            // the rally theirs; "Three of the escaped detainees were
            // recaptured": the recapture theirs.)
            if !matches!(c, Cls::Protest | Cls::Retake | Cls::Detain)
                && near_before(
                    h.start,
                    &[
                        "fled",
                        "flee",
                        "fleeing",
                        "escaped",
                        "escaping",
                        "displaced",
                    ],
                )
            {
                return false;
            }
            if c == Cls::Abduct
                && near_before(
                    h.start,
                    &["freed", "released", "rescued", "freeing", "free", "release"],
                )
            {
                return false;
            }
            // "the battle against poverty", "a war on drugs": a figure of
            // speech.
            if next.is_some_and(|w| crate::text::eq_any(w, &["against", "on"])) {
                let i = toks.partition_point(|t| t.start < h.end);
                if toks
                    .iter()
                    .skip(i + 1)
                    .take(6)
                    .any(|t| crate::text::eq_any(t.text(s), NOT_ARMED))
                {
                    return false;
                }
            }
            // A beating with bars, sticks or clubs by no police or troops
            // and of no marchers.
            let beaten_with_arms = |h: &CueHit| {
                let after: Vec<&crate::text::Tok> =
                    toks.iter().filter(|t| t.start >= h.end).take(8).collect();
                let by_forces = within_before(
                    h.start,
                    6,
                    &[
                        "police",
                        "forces",
                        "soldiers",
                        "troops",
                        "enforcers",
                        "fighters",
                        "guards",
                    ],
                );
                let marchers = after.iter().take(3).any(|t| {
                    crate::text::eq_any(
                        t.text(s),
                        &[
                            "protesters",
                            "marchers",
                            "demonstrators",
                            "women",
                            "students",
                        ],
                    )
                });
                let with_arms = after.windows(2).any(|w| {
                    w[0].text(s).eq_ignore_ascii_case("with")
                        && crate::text::eq_any(
                            w[1].text(s),
                            &[
                                "metal", "iron", "sticks", "clubs", "batons", "rods", "bars",
                                "whips", "machetes", "rifle",
                            ],
                        )
                });
                !by_forces && !marchers && with_arms
            };
            let prev = word_before(h.start, 1).unwrap_or("");
            // The trigger as written: compared ignoring ASCII case, with no
            // lower-cased copy made per trigger.
            let trig = s.get(h.start..h.end).unwrap_or("");
            let trig_is = |w: &str| trig.eq_ignore_ascii_case(w);
            let trig_ends = |w: &str| {
                trig.len()
                    .checked_sub(w.len())
                    .and_then(|k| trig.as_bytes().get(k..))
                    .is_some_and(|tail| tail.eq_ignore_ascii_case(w.as_bytes()))
            };
            // "hacked five farmers to death", not "hacked the website".
            if (c == Cls::Kill
                && ["hacked", "bludgeoned", "clubbed", "stabbed", "stabbing"]
                    .iter()
                    .any(|w| trig.eq_ignore_ascii_case(w))
                || c == Cls::Mob
                    && trig.eq_ignore_ascii_case("beat")
                    // ("a crowd of residents beat two men they accused of
                    // extortion": a crowd's beating is mob violence.)
                    && !within_before(h.start, 5, &["crowd", "mob"]))
                // ("beat two members of the opposition CNL party to death".)
                && !toks
                    .iter()
                    .filter(|t| t.start >= h.end)
                    .take(10)
                    .any(|t| t.text(s).eq_ignore_ascii_case("death"))
                // ("Three men in balaclavas beat an opposition activist with
                // metal bars": a beating with weapons is an assault.)
                && !(c == Cls::Mob && beaten_with_arms(h))
            {
                return false;
            }
            // "1,200 fighters ..., many of them recruited in Venezuela":
            // how the fighters were found, not a recruitment drive.
            if c == Cls::Recruit
                && word_before(h.start, 1)
                    .is_some_and(|w| crate::text::eq_any(w, &["them", "mostly", "largely"]))
            {
                return false;
            }
            // "vowed that the coalition would attack ... until the drone
            // strikes stopped": the condition names what is going on, no
            // new incident.
            if word_before(h.start, 1).is_some_and(|w| w.eq_ignore_ascii_case("the"))
                && word_before(h.start, 2)
                    .is_some_and(|w| crate::text::eq_any(w, &["until", "unless"]))
            {
                return false;
            }
            // "a bomb-maker known as Abu Zaid", "the bomb squad": people, not
            // a bombing.
            if c.is_remote()
                && (s.get(h.end..h.end + 1) == Some("-")
                    && s.get(h.end + 1..).is_some_and(|r| {
                        let r = r.to_ascii_lowercase();
                        ["maker", "making", "proof", "disposal", "sniffing"]
                            .iter()
                            .any(|w| r.starts_with(w))
                    })
                    || next.is_some_and(|w| {
                        crate::text::eq_any(
                            w,
                            &["disposal", "squad", "squads", "technician", "technicians"],
                        )
                    }))
            {
                return false;
            }
            // "kidnappers", "abductors" name people, not an abduction.
            if c == Cls::Abduct && (trig_ends("ers") || trig_ends("ors")) {
                return false;
            }
            // "the families of the abducted", "the release of the detained":
            // a participle used as a noun names the people, not an incident.
            if matches!(c, Cls::Abduct | Cls::Detain)
                && trig_ends("ed")
                && prev.eq_ignore_ascii_case("the")
                && next.is_none_or(|w| {
                    crate::text::eq_any(w, &["and", "or", "who", "to", "in", "from"])
                        || s.get(h.end..)
                            .is_some_and(|r| r.starts_with([',', '.', ';', ')']))
                })
            {
                return false;
            }
            // "recovered the bodies of three hostages": taken long before,
            // found now.
            if c == Cls::Abduct
                && (1..=3).any(|k| {
                    word_before(h.start, k)
                        .is_some_and(|w| crate::text::eq_any(w, &["bodies", "body", "remains"]))
                })
            {
                return false;
            }
            // Labour strikes and "strike" without a military reading.
            if c == Cls::Air && (trig_is("strike") || trig_is("strikes")) {
                let military_next = next.is_some_and(|w| {
                    crate::text::eq_any(
                        w,
                        &[
                            "on",
                            "against",
                            "targeting",
                            "hit",
                            "hits",
                            "killed",
                            "killing",
                            "that",
                            "which",
                            "near",
                            "in",
                            "struck",
                            "destroyed",
                        ],
                    )
                });
                let military_prev = crate::text::eq_any(
                    prev,
                    &[
                        "US",
                        "U.S.",
                        "Israeli",
                        "Russian",
                        "American",
                        "Turkish",
                        "Saudi",
                        "Syrian",
                        "Iraqi",
                        "Iranian",
                        "Ukrainian",
                        "French",
                        "British",
                        "NATO",
                        "Pakistani",
                        "Afghan",
                        "Egyptian",
                        "Nigerian",
                        "Kenyan",
                        "Somali",
                        "Yemeni",
                        "Houthi",
                        "Sudanese",
                        "Malian",
                        "Coalition",
                    ],
                ) || crate::text::eq_any(
                    prev,
                    &[
                        "air",
                        "drone",
                        "missile",
                        "military",
                        "coalition",
                        "retaliatory",
                        "precision",
                        "aerial",
                        "the",
                        "these",
                        "two",
                        "three",
                        "several",
                    ],
                ) || prev.eq_ignore_ascii_case("of")
                    && word_before(h.start, 2).is_some_and(|w| {
                        crate::text::eq_any(
                            w,
                            &["wave", "series", "spate", "barrage", "round", "campaign"],
                        )
                    });
                if !(military_next || military_prev) {
                    return false;
                }
            }
            // Weapons named without an attack ("talks on nuclear missiles",
            // "the discovery of rockets").
            if matches!(c, Cls::Shell | Cls::Ied) && !attack_verb() {
                return false;
            }
            // "fighting two apartment fires", "the battle against poverty".
            if matches!(c, Cls::Clash | Cls::Attack)
                && next.is_some_and(|w| {
                    crate::text::eq_any(
                        w,
                        &[
                            "fire",
                            "fires",
                            "blaze",
                            "crime",
                            "corruption",
                            "poverty",
                            "cancer",
                            "disease",
                            "climate",
                            "inflation",
                            "illness",
                            "addiction",
                        ],
                    )
                })
            {
                return false;
            }
            // "government-sanctioned bodies": bodies are dead only when
            // counted or found.
            if c == Cls::Kill
                && trig_is("bodies")
                && !(prev.bytes().all(|b| b.is_ascii_digit())
                    || crate::text::eq_any(
                        prev,
                        &[
                            "the",
                            "found",
                            "recovered",
                            "discovered",
                            "unearthed",
                            "more",
                            "several",
                            "dozens",
                            "two",
                            "three",
                            "four",
                            "five",
                            "six",
                            "seven",
                            "eight",
                            "nine",
                            "ten",
                            "dead",
                            "charred",
                            "mutilated",
                        ],
                    ))
            {
                return false;
            }
            // Drones and aircraft are weapons only when they strike.
            if c == Cls::Air
                && crate::text::eq_any(
                    trig,
                    &[
                        "drone",
                        "drones",
                        "aircraft",
                        "warplanes",
                        "warplane",
                        "fighter jets",
                    ],
                )
                && !attack_verb()
            {
                return false;
            }
            // "exchanged the lead", "handed over the motion".
            if c == Cls::Agreement && trig_is("exchanged") {
                let after: Vec<&str> = toks
                    .iter()
                    .filter(|t| t.start >= h.end)
                    .take(5)
                    .map(|t| t.text(s))
                    .collect();
                if !after.iter().any(|w| {
                    crate::text::eq_any(
                        w,
                        &["prisoners", "detainees", "captives", "bodies", "hostages"],
                    )
                }) {
                    return false;
                }
            }
            // "smoke rising from an abandoned village": an adjective.
            if c == Cls::Withdraw
                && trig_is("abandoned")
                && toks
                    .iter()
                    .rev()
                    .find(|t| t.end <= h.start)
                    .is_some_and(|t| eq_any(t.text(s), &["a", "an", "the", "its", "their"]))
            {
                return false;
            }
            if c == Cls::Withdraw {
                let after: Vec<&str> = toks
                    .iter()
                    .filter(|t| t.start >= h.end)
                    .take(5)
                    .map(|t| t.text(s))
                    .collect();
                if !after.iter().any(|w| {
                    crate::text::eq_any(
                        w,
                        &[
                            "town",
                            "city",
                            "control",
                            "base",
                            "territory",
                            "area",
                            "positions",
                            "region",
                            "province",
                            "district",
                            "village",
                            "villages",
                            "outskirts",
                            "airport",
                            "port",
                            // "pulled out of their post at Dialassagou".
                            "post",
                            "posts",
                            "camp",
                            "garrison",
                        ],
                    )
                }) {
                    return false;
                }
            }
            // Recruitment is a conflict event only with a conflict topic or
            // an armed group named ("ISWAP was recruiting young fishermen").
            if c == Cls::Recruit && !has_topic && crate::deps::armed_group_in(s).is_none() {
                return false;
            }
            // "invasion forces", "attack helicopters": a modifier, not an incident.
            if matches!(c, Cls::Clash | Cls::Attack)
                && next.is_some_and(|w| {
                    crate::text::eq_any(
                        w,
                        &[
                            "forces",
                            "force",
                            "troops",
                            "helicopters",
                            "helicopter",
                            "dogs",
                            "submarine",
                            "submarines",
                        ],
                    )
                })
            {
                return false;
            }
            // "targeted to an audience", "shot down rumours".
            if c == Cls::Attack
                && trig_is("targeted")
                && next.is_some_and(|w| crate::text::eq_any(w, &["to", "at", "towards"]))
            {
                return false;
            }
            if c == Cls::Intercept {
                let after: Vec<&str> = toks
                    .iter()
                    .filter(|t| t.start >= h.end)
                    .take(5)
                    .map(|t| t.text(s))
                    .collect();
                let weapon = after.iter().any(|w| {
                    crate::text::eq_any(
                        w,
                        &[
                            "drone",
                            "drones",
                            "missile",
                            "missiles",
                            "aircraft",
                            "plane",
                            "planes",
                            "jet",
                            "jets",
                            "helicopter",
                            "helicopters",
                            "rocket",
                            "rockets",
                            "projectiles",
                            "UAV",
                            "UAVs",
                        ],
                    ) || w.bytes().all(|b| b.is_ascii_digit())
                });
                if !weapon {
                    return false;
                }
            }
            // "family members of detained lawyers": an adjective.
            if c == Cls::Detain
                && crate::text::eq_any(prev, &["of", "the", "for", "other", "newly"])
                && trig.ends_with("ed")
            {
                return false;
            }
            if c == Cls::Riot
                && next.is_some_and(|w| {
                    crate::text::eq_any(w, &["police", "gear", "squad", "squads", "control"])
                })
            {
                return false;
            }
            if c == Cls::Other && crate::text::eq_any(prev, &["the", "a", "an"]) {
                return false;
            }
            if c == Cls::Attack && crate::text::eq_any(prev, &["cyber", "heart"]) {
                return false;
            }
            // "summoned a senior Pakistani diplomat in New Delhi on Monday to
            // protest against ...", "lodged a \"strong protest\"": a
            // government's protest is diplomacy.
            if c == Cls::Protest
                && within_before(h.start, 8, &["summoned", "summoning", "summons", "lodged"])
            {
                return false;
            }
            if c == Cls::Protest
                && crate::text::eq_any(
                    prev,
                    &[
                        "lodged",
                        "official",
                        "formal",
                        "diplomatic",
                        "postpone",
                        "cancel",
                    ],
                )
            {
                return false;
            }
            if next.is_some_and(|w| {
                crate::text::eq_any(w, &["zone", "zones", "lines", "ground", "plan", "plans"])
            }) {
                return false;
            }
            // A reference to an incident reported elsewhere: "suspected of
            // involvement in the arson", "in the wake of the execution".
            // A comma closes the reference: "A day after the attack, police
            // arrested 12 suspects" reports the arrests.
            // So does a new verb joined by "and": "gone into a hamlet the day
            // after the attack and killed fourteen men".
            let new_verb = s.get(..h.start).is_some_and(|b| b.ends_with(" and "))
                && s.get(h.start..h.end).is_some_and(|w| w.ends_with("ed"));
            // "Four inmates held on terrorism charges escaped from a police
            // detention centre": the escape is the verb of the inmates the
            // reference describes.
            let escape = c == Cls::Other
                && s.get(h.start..h.end)
                    .is_some_and(|w| w.eq_ignore_ascii_case("escaped from"));
            if reference_before(h.start) && !new_verb && !escape {
                return false;
            }
            if c == Cls::Agreement
                && near_before(
                    h.start,
                    &[
                        "proposal",
                        "proposals",
                        "call",
                        "calls",
                        "offer",
                        "talks",
                        // "to discuss a mechanism for monitoring the truce".
                        "monitoring",
                        "monitor",
                        "discuss",
                        "discussed",
                        // "trying to negotiate a lasting truce".
                        "negotiate",
                        "negotiating",
                        "broker",
                        "brokering",
                        "mediate",
                        "mediating",
                        "seek",
                        "seeking",
                        // "talks on a possible ceasefire".
                        "possible",
                        "potential",
                    ],
                )
            {
                return false;
            }
            if c == Cls::Agreement {
                let next = toks.iter().find(|t| t.start >= h.end).map(|t| t.text(s));
                if next.is_some_and(|w| {
                    crate::text::eq_any(
                        w,
                        &[
                            "talks",
                            "negotiations",
                            "proposal",
                            "plan",
                            "offer",
                            "efforts",
                            "violations",
                            "violation",
                        ],
                    )
                }) {
                    return false;
                }
            }
            true
        })
        .collect()
}

/// Byte ranges inside double quotes (straight or curly).
fn quoted(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    // Bytes, not chars: '"' is ASCII and the curly quotes are the only
    // characters of interest that start with 0xE2 0x80 (U+201C, U+201D), so
    // no character needs decoding.
    let b = s.as_bytes();
    for i in memchr::memchr2_iter(b'"', 0xe2, b) {
        let Some(&x) = b.get(i) else { continue };
        let curly = || {
            if x == 0xe2 && b.get(i + 1) == Some(&0x80) {
                b.get(i + 2).copied()
            } else {
                None
            }
        };
        match x {
            b'"' => match open.take() {
                Some(o) => out.push((o, i)),
                None => open = Some(i),
            },
            0xe2 => match curly() {
                Some(0x9c) => open = Some(i),
                Some(0x9d) => {
                    if let Some(o) = open.take() {
                        out.push((o, i));
                    }
                }
                _ => {}
            },
            _ => {}
        }
    }
    // Scare quotes around a word or two ("neutralising") are not speech.
    // Counted without `words`, whose one-sentence memory the quote would
    // evict just before the caller splits the whole sentence.
    out.retain(|&(a, b)| crate::text::word_count(s.get(a..b).unwrap_or("")) >= 4);
    out
}

/// Incidents of sentence `s` given its cue hits.
pub(crate) fn incidents(s: &str, hits: &[CueHit]) -> Vec<Incident> {
    let asides = event_asides(s, hits);
    let mut bounds = vec![0];
    for (a, b) in split_points(s) {
        if a > 0 {
            bounds.push(a);
        }
        let _ = b;
    }
    bounds.push(s.len());
    bounds.dedup();
    let mut clauses: Vec<Incident> = bounds
        .windows(2)
        .map(|w| Incident {
            start: w[0],
            end: w[1],
            primary: best_trigger(s, hits, w[0], w[1], &asides),
            apart: false,
        })
        .collect();
    // Clauses that only count people (or say nothing) belong to a neighbour.
    let mut merged: Vec<Incident> = Vec::new();
    for mut c in clauses.drain(..) {
        let later = c.primary.is_some() && opens_later(s, c.start)
            || same_time_apart(s, &c)
            || remote_after_killing(s, merged.last(), &c)
            || strike_elsewhere(s, merged.last(), &c);
        let gap = c.primary.is_some() && opens_time_gap(s, c.start)
            || later
            || provoking_killing(s, merged.last(), &c);
        c.apart = gap;
        let anchor = gap
            || c.cls().is_some_and(|k| !k.is_casualty())
            || killers_of_their_own(s, merged.last(), &c);
        match merged.last_mut() {
            Some(prev)
                if later && prev.cls().is_none()
                    || !later
                        && (!anchor
                            || prev.cls().is_none_or(|k| k.is_casualty())
                            || same_incident(prev, &c, s)) =>
            {
                prev.end = c.end;
                // Re-reading a long run-on clause each time would be
                // quadratic; past a normal sentence length keep the stronger.
                prev.primary = if prev.end - prev.start <= 2000 {
                    best_trigger(s, hits, prev.start, prev.end, &asides)
                } else {
                    stronger(prev.primary, c.primary)
                };
            }
            _ => merged.push(c),
        }
    }
    merged.retain(|i| i.primary.is_some());
    // "In Kherson, which Russian forces seized at the start of March": a
    // relative clause with its own dated incident reports that incident.
    for &(a, b) in &asides {
        let Some(text) = s.get(a..b) else { continue };
        if !text.starts_with(", ") || !has_date_cue(text) {
            continue;
        }
        let primary = best_trigger(s, hits, a, b, &[]);
        if primary.is_some_and(|h| matches!(h.cue, Cue::Trig(c) if !c.is_casualty())) {
            merged.push(Incident {
                start: a,
                end: b,
                primary,
                apart: false,
            });
        }
    }
    merged.sort_by_key(|i| i.start);
    merged
}

/// "a Russian guided bomb struck the ferry pier in Beryslav, and a Russian
/// drone attacked an ambulance on the road outside Tiahynka": a strike of
/// its own, elsewhere, after another.
fn strike_elsewhere(s: &str, prev: Option<&Incident>, c: &Incident) -> bool {
    let (Some(prev), Some(h)) = (prev, c.primary) else {
        return false;
    };
    if !prev.cls().is_some_and(Cls::is_remote) || !c.cls().is_some_and(Cls::is_remote) {
        return false;
    }
    let lead = s.get(c.start..h.start).unwrap_or("");
    let opens = (lead.starts_with(", and a ") || lead.starts_with(", and an "))
        && lead.split_whitespace().count() <= 5;
    // (The places are read only for a clause that opens so.)
    opens && {
        let here = places_named(s, h.end, c.end);
        let there = places_named(s, prev.start, prev.end);
        !here.is_empty() && !there.is_empty() && here.iter().all(|p| !there.contains(p))
    }
}

/// The capitalised words after "near", "in", "at" or "outside" in
/// `s[a..b]`: the places a clause names, as written.
fn places_named(s: &str, a: usize, b: usize) -> Vec<&str> {
    let words: Vec<&str> = s.get(a..b).unwrap_or("").split_whitespace().collect();
    words
        .windows(2)
        .filter(|w| {
            eq_any(w[0], &["near", "in", "at", "outside"])
                && w[1].starts_with(|ch: char| ch.is_ascii_uppercase())
        })
        .map(|w| w[1].trim_end_matches([',', '.', ';']))
        .collect()
}

/// "gunmen shot dead two polio vaccinators in Lakki Marwat, and a roadside
/// bomb wounded four soldiers near Wana": an explosion or strike after ",
/// and" that follows a killing by armed men is no weapon of that killing.
fn remote_after_killing(s: &str, prev: Option<&Incident>, c: &Incident) -> bool {
    let (Some(prev), Some(h), Some(p)) = (prev, c.primary, prev.and_then(|p| p.primary)) else {
        return false;
    };
    if !c.cls().is_some_and(Cls::is_remote) || !matches!(prev.cls(), Some(Cls::Kill)) {
        return false;
    }
    // (", while farther south near Bagudo a roadside bomb wounded three
    // soldiers": another place's bomb.)
    let opens = s.get(c.start..h.start).is_some_and(|l| {
        l.starts_with(", and a ") || l.starts_with(", and an ") || l.starts_with(", while ")
    });
    // ("two men on a motorcycle shot dead two brothers", "a constable was
    // shot dead by two men on a motorcycle": the killers before the
    // killing or its agent after it.)
    let killers = |w: &str| {
        eq_any(
            w,
            &[
                "gunmen",
                "gunman",
                "attackers",
                "militants",
                "assailants",
                "bandits",
                "men",
            ],
        )
    };
    let agent = s.get(p.end..c.start).unwrap_or("");
    let armed_killers = s
        .get(prev.start..p.start)
        .unwrap_or("")
        .split_whitespace()
        .any(killers)
        || agent.starts_with(" by ") && agent.split_whitespace().take(4).any(killers);
    opens && armed_killers
}

/// "a bomb wrecked a ranger pickup outside Mayo, and gunmen shot dead a
/// village headman in Rueso": a killing after ", and" by armed men of its
/// own is no toll of the explosion or strike before it.
fn killers_of_their_own(s: &str, prev: Option<&Incident>, c: &Incident) -> bool {
    let (Some(prev), Some(h)) = (prev, c.primary) else {
        return false;
    };
    // ("armed herders burned about 70 houses in a village near Kabo, and
    // gunmen on motorbikes shot dead two farmers": nor of a burning.)
    if !prev
        .cls()
        .is_some_and(|k| k.is_remote() || k == Cls::Destroy)
        || !c.cls().is_some_and(Cls::is_casualty)
    {
        return false;
    }
    // (", while in Taiz a Houthi sniper shot dead a 12-year-old girl".)
    let Some(lead) = s.get(c.start..h.start).and_then(|l| {
        l.strip_prefix(", and ")
            .or_else(|| l.strip_prefix(", while "))
    }) else {
        return false;
    };
    let words: Vec<&str> = lead.split_whitespace().collect();
    // (", and that three militants had been killed": the strike's dead.)
    // (", while in Waajid, about 45 km away, gunmen shot dead": a distance
    // is no count, and another place named first leaves room for it.)
    let counted = words.iter().enumerate().any(|(k, w)| {
        (w.bytes().all(|b| b.is_ascii_digit()) || eq_any(w, &crate::numbers::UNITS[1..]))
            && !words
                .get(k + 1)
                .is_some_and(|n| eq_any(n.trim_end_matches(','), &["km", "kilometres", "miles"]))
    });
    let elsewhere = words.first().is_some_and(|w| *w == "in")
        && words
            .get(1)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
    let reach = if elsewhere { 9 } else { 6 };
    // (After a burning, "and a police officer was hacked to death": the
    // crowd's victim, no killers of its own.)
    let passive = prev.cls() == Some(Cls::Destroy)
        && words.iter().any(|w| eq_any(w, &["was", "were", "been"]));
    words.len() <= reach
        && !counted
        && !passive
        && words.first().is_none_or(|w| *w != "that")
        && words.iter().any(|w| {
            eq_any(
                w,
                &[
                    "gunmen",
                    "militants",
                    "insurgents",
                    "bandits",
                    "rebels",
                    "jihadists",
                    "soldiers",
                    "troops",
                    "police",
                    "sniper",
                ],
            )
        })
}

/// Whether the clause at `start` goes on to another time: ", and a few
/// hours later a police officer was shot dead in Valle Hermoso", ", and two
/// days ago gunmen kidnapped a priest", "; on Sunday ...".
fn opens_later(s: &str, start: usize) -> bool {
    let rest = s.get(start..).unwrap_or("");
    let Some(rest) = [", and ", "; and ", "; ", " and, "]
        .iter()
        .find_map(|p| crate::text::strip_prefix_ci(rest, p))
    else {
        return false;
    };
    let head = rest
        .get(..crate::text::floor_boundary(rest, rest.len().min(40)))
        .unwrap_or(rest)
        .to_ascii_lowercase();
    // ", and about two hours later shot dead ...": a rough or counted span
    // of time is as much a later time as "hours later".
    let counted_later = || {
        let h = [
            "about ",
            "around ",
            "some ",
            "roughly ",
            "nearly ",
            "barely ",
            "less than ",
        ]
        .iter()
        .find_map(|a| head.strip_prefix(a))
        .unwrap_or(&head);
        let Some((n, unit)) = h.split_once(' ') else {
            return false;
        };
        let counted = n.bytes().all(|b| b.is_ascii_digit())
            || crate::numbers::UNITS.contains(&n)
            || ["a", "an", "several", "twenty", "thirty"].contains(&n);
        counted
            && [
                "hours later",
                "hour later",
                "minutes later",
                "days later",
                "weeks later",
            ]
            .iter()
            .any(|u| unit.starts_with(u))
    };
    const LATER: &[&str] = &[
        "a few hours later",
        "hours later",
        "minutes later",
        "later that day",
        "later the same day",
        "later that night",
        "the following day",
        "the next day",
        "a day later",
        "two days later",
        "the day before",
        "the previous day",
        "two days ago",
        "three days ago",
        "a day earlier",
        "the following morning",
        "the next morning",
        "the following evening",
        "the next evening",
        "the following night",
        "the next night",
        "later that evening",
        "that evening",
        "that night",
        "that afternoon",
        "that morning",
        "earlier that day",
        "earlier in the day",
        "the previous night",
        "the night before",
    ];
    // ", and in Cataingan a village councilman was shot dead": another
    // place named first is another incident too.
    // (", and in neighbouring Palapag, two men on a motorcycle shot dead".)
    let elsewhere = rest.strip_prefix("in ").is_some_and(|r| {
        let r = ["neighbouring ", "nearby ", "neighboring "]
            .iter()
            .find_map(|a| r.strip_prefix(a))
            .unwrap_or(r);
        r.starts_with(|c: char| c.is_ascii_uppercase())
    });
    elsewhere
        || LATER.iter().any(|l| head.starts_with(l))
        || counted_later()
        || head
            .strip_prefix("on ")
            .is_some_and(|r| crate::dates::WEEKDAYS.iter().any(|d| r.starts_with(d)))
}

/// ", and a grenade thrown into a bar wounded seven people the same night",
/// ", and soldiers shot dead two young men at a checkpoint the same
/// evening": a clause after ", and" told at "the same" time as the one
/// before is another incident, when it is one by itself (a trigger that is
/// no count of the dead, or armed men named killing). ("..., and a soldier
/// died of his wounds the same day" counts the first incident's dead.)
fn same_time_apart(s: &str, c: &Incident) -> bool {
    let Some(h) = c.primary else { return false };
    let clause = s.get(c.start..c.end).unwrap_or("");
    if !clause.starts_with(", and ") {
        return false;
    }
    let lower = clause.to_ascii_lowercase();
    // ("..., and gunmen shot dead a motorcycle-taxi driver near Djugu
    // centre the following day": another time, the same.)
    let same_time = [
        " the same night",
        " the same evening",
        " the same day",
        " the same morning",
        " the same afternoon",
        " the following day",
        " the next day",
        " the following morning",
        " the next morning",
    ]
    .iter()
    .any(|p| lower.contains(p));
    if !same_time {
        return false;
    }
    let own = matches!(h.cue, Cue::Trig(k) if !k.is_casualty());
    // ("gunmen on a motorcycle shot dead": the armed men a few words
    // before.)
    // ("and armed men killed a village head in his home ... the following
    // day".)
    let lead: Vec<&str> = s
        .get(c.start + ", and ".len()..h.start)
        .unwrap_or("")
        .split_whitespace()
        .take(5)
        .collect();
    let armed_men = lead
        .windows(2)
        .any(|w| w[0].eq_ignore_ascii_case("armed") && w[1] == "men");
    let armed_kill = matches!(h.cue, Cue::Trig(Cls::Kill))
        && (armed_men
            || lead.iter().any(|w| {
                eq_any(
                    w,
                    &[
                        "gunmen",
                        "gunman",
                        "assailants",
                        "militiamen",
                        "raiders",
                        "soldiers",
                        "troops",
                        "police",
                        "policemen",
                        "militants",
                        "attackers",
                        "fighters",
                        "bandits",
                        "insurgents",
                        "jihadists",
                        "rebels",
                    ],
                )
            }));
    // ("..., and two farmers were killed in their fields near Mangu the
    // same night": another place's dead.)
    let elsewhere =
        matches!(h.cue, Cue::Trig(Cls::Kill)) && !places_named(s, h.end, c.end).is_empty();
    own || armed_kill || elsewhere
}

/// "stoned the police station on Thursday after a police officer shot dead
/// one of their colleagues": the killing that set off a riot or protest is
/// an incident of its own, when the clause says who killed (not "after a
/// motorcyclist was killed in an accident").
fn provoking_killing(s: &str, prev: Option<&Incident>, c: &Incident) -> bool {
    let unrest = prev.is_some_and(|p| matches!(p.cls(), Some(Cls::Protest | Cls::Riot | Cls::Mob)));
    let (Some(h), true) = (c.primary, unrest && c.cls() == Some(Cls::Kill)) else {
        return false;
    };
    let lead = s.get(c.start..h.start).unwrap_or("");
    let opens = [" after a ", " after an "].iter().any(|p| {
        lead.get(..p.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(p))
    });
    opens
        && !crate::text::words(lead)
            .iter()
            .any(|t| eq_any(t.text(lead), &["was", "were"]))
}

/// Whether `text` names a time of its own: a month, a weekday, "last
/// month", "two weeks ago".
fn has_date_cue(text: &str) -> bool {
    let toks = crate::text::words(text);
    toks.iter().enumerate().any(|(i, t)| {
        let w = t.text(text);
        eq_any(w, &crate::dates::MONTHS)
            || eq_any(w, &crate::dates::WEEKDAYS)
            || w.eq_ignore_ascii_case("ago")
            || w.eq_ignore_ascii_case("last")
                && toks
                    .get(i + 1)
                    .is_some_and(|n| eq_any(n.text(text), &["week", "month", "year"]))
    })
}

/// A later clause re-describing the previous incident: same class, or a
/// generic word after a definite article ("..., and the attack killed").
fn same_incident(prev: &Incident, next: &Incident, s: &str) -> bool {
    // ", and a second drone set fire to a fuel tank": another of the same.
    // (Not "gunmen who had followed in a second vehicle", nor "a second
    // drone hit the same site as firefighters arrived".)
    let another = next.primary.is_some_and(|h| {
        s.get(next.start..h.start).is_some_and(|lead| {
            crate::text::ends_with_ci(lead, " a second ")
                || crate::text::ends_with_ci(lead, " another ")
        }) && !s
            .get(next.start..next.end)
            .is_some_and(|c| c.contains("the same"))
    });
    if another {
        return false;
    }
    if prev.cls() == next.cls() {
        return true;
    }
    // An assault and the clashes it set off are one incident.
    let fight = |c: Option<Cls>| matches!(c, Some(Cls::Attack | Cls::Clash | Cls::Raid));
    if fight(prev.cls()) && fight(next.cls()) {
        return true;
    }
    // "recaptured a village ... after a day-long battle in which eleven
    // fighters were killed": the fight that won the ground is the retaking.
    let territory = |c: Option<Cls>| matches!(c, Some(Cls::Retake));
    // ("..., before federal troops drove them out on Saturday after several
    // hours of fighting": a fight dated apart is the next incident.)
    if territory(prev.cls())
        && matches!(next.cls(), Some(Cls::Clash))
        && !has_date_cue(s.get(next.start..next.end).unwrap_or(""))
    {
        return true;
    }
    // "Insurgents killed five civilians, beheading three of them, and set
    // fire to dozens of homes in a raid on Nacussa": the same attackers'
    // next act, with no subject of its own, is the same raid.
    let killing = |c: Option<Cls>| matches!(c, Some(Cls::Kill | Cls::Execute));
    let raid = |c: Option<Cls>| matches!(c, Some(Cls::Raid | Cls::Attack | Cls::Destroy));
    if killing(prev.cls()) && raid(next.cls()) {
        let clause = s.get(next.start..next.end).unwrap_or("");
        let toks = crate::text::words(clause);
        let carried = toks.first().is_some_and(|t| t.is(clause, "and"))
            && toks.get(1).is_some_and(|t| {
                let w = t.text(clause);
                w.starts_with(|c: char| c.is_ascii_lowercase())
                    && (w.ends_with("ed") || eq_any(w, &["set", "burnt", "stole", "took"]))
            });
        if carried {
            return true;
        }
    }
    // "A suicide bomber blew himself up at the checkpoint before gunmen
    // opened fire": one incident, a suicide bombing.
    if prev.cls() == Some(Cls::Suicide)
        && matches!(next.cls(), Some(Cls::Attack | Cls::Clash | Cls::Raid))
    {
        return true;
    }
    // "protesters gathered ..., and police detained several dozen of them":
    // the arrests are the intervention in that protest.
    if prev.cls() == Some(Cls::Protest) && next.cls() == Some(Cls::Detain) {
        let clause = s.get(next.start..next.end).unwrap_or("");
        let toks = crate::text::words(clause);
        if toks.iter().any(|t| {
            eq_any(
                t.text(clause),
                &[
                    "them",
                    "protesters",
                    "demonstrators",
                    "marchers",
                    "protester",
                ],
            )
        }) {
            return true;
        }
        // "broke up a protest ..., and arrested eight people": the subject
        // carried over, nobody else named.
        // ("..., and at least nine people were arrested": the passive too.)
        let bare = toks.first().is_some_and(|t| t.is(clause, "and"))
            && (toks.get(1).is_some_and(|t| {
                eq_any(t.text(clause), &["arrested", "detained", "held", "rounded"])
            }) || toks.iter().take(8).collect::<Vec<_>>().windows(2).any(|w| {
                eq_any(w[0].text(clause), &["were", "was"])
                    && eq_any(w[1].text(clause), &["arrested", "detained"])
            }));
        if bare {
            return true;
        }
    }
    // "took control of the town's western quarter, ..., and arrested 12 of
    // its members": those arrested as the ground was taken, the subject
    // carried over.
    if matches!(prev.cls(), Some(Cls::Overtake | Cls::Retake)) && next.cls() == Some(Cls::Detain) {
        let clause = s.get(next.start..next.end).unwrap_or("");
        let toks = crate::text::words(clause);
        if toks.first().is_some_and(|t| t.is(clause, "and"))
            && toks.get(1).is_some_and(|t| {
                eq_any(
                    t.text(clause),
                    &["arrested", "detained", "captured", "rounded"],
                )
            })
        {
            return true;
        }
    }
    // "took control of Mehal Meda after two days of fighting with federal
    // troops": the fighting that won the ground is the same incident.
    // ("seized Liancourt ... on Friday after a three-hour gunfight with
    // police": the fight named right after "after", dated with the seizure.)
    let takes = matches!(prev.cls(), Some(Cls::Overtake | Cls::Retake))
        || prev.primary.is_some_and(|h| seizes_ground(s, &h));
    if takes && matches!(next.cls(), Some(Cls::Clash | Cls::Attack)) {
        let clause = s.get(next.start..next.end).unwrap_or("");
        let toks = crate::text::words(clause);
        let lead_up = toks.windows(3).any(|w| {
            eq_any(
                w[0].text(clause),
                &["days", "hours", "weeks", "day", "night"],
            ) && w[1].is(clause, "of")
                && eq_any(
                    w[2].text(clause),
                    &["fighting", "clashes", "heavy", "fierce"],
                )
        });
        // (A date in the speaker's tail, "..., police said on Saturday",
        // dates the statement, not the fight.)
        let fight_first = next.primary.is_some_and(|h| {
            let own = s
                .get(h.end..next.end)
                .and_then(|r| r.find(','))
                .map_or(next.end, |k| h.end + k);
            toks.iter().take(5).any(|t| next.start + t.start == h.start)
                && !has_date_cue(s.get(next.start..own).unwrap_or(""))
        });
        let lead_up = lead_up && next.cls() == Some(Cls::Clash);
        if (lead_up || fight_first) && toks.first().is_some_and(|t| t.is(clause, "after")) {
            return true;
        }
    }
    let generic = matches!(next.cls(), Some(Cls::Attack | Cls::Raid | Cls::Clash));
    let definite = next.primary.is_some_and(|h| {
        let before = s.get(..h.start).unwrap_or("").trim_end();
        before.to_ascii_lowercase().ends_with(" the") || before.eq_ignore_ascii_case("the")
    });
    generic && definite
}

/// Whether hit `h` of `s` is exactly `w` (ASCII case-insensitively).
fn trig_is_word(s: &str, h: &CueHit, w: &str) -> bool {
    s.get(h.start..h.end)
        .is_some_and(|t| t.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_time_gap_is_a_split() {
        for g in super::TIME_GAPS {
            assert!(super::SPLITS.contains(g), "{g:?} opens no clause");
        }
    }

    use super::*;
    use crate::lexicon::scan;
    use proptest::prelude::*;

    /// The straightforward per-separator `find` loops the automata replace.
    fn split_points_naive(s: &str) -> Vec<(usize, usize)> {
        let lower = s.to_ascii_lowercase();
        let mut pts: Vec<(usize, usize)> = Vec::new();
        for sep in SPLITS {
            let mut from = 0;
            while let Some(i) = lower.get(from..).and_then(|t| t.find(sep)) {
                let at = from + i;
                pts.push((at, at + sep.len()));
                from = at + sep.len();
            }
        }
        pts.sort_unstable();
        let mut out: Vec<(usize, usize)> = Vec::new();
        for p in pts {
            if out.last().is_none_or(|l| p.0 >= l.1) {
                out.push(p);
            }
        }
        out
    }

    fn asides_naive(s: &str) -> Vec<(usize, usize)> {
        let b = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'(' {
                let end = s[i..].find(')').map_or(b.len(), |j| i + j + 1);
                out.push((i, end));
                i = end;
                continue;
            }
            i += 1;
        }
        let lower = s.to_ascii_lowercase();
        for pat in RELATIVES {
            let mut from = 0;
            while let Some(j) = lower.get(from..).and_then(|t| t.find(pat)) {
                let at = from + j;
                let rest = at + pat.len();
                let end = lower[rest..].find(',').map_or(b.len(), |k| rest + k);
                out.push((at, end));
                from = end.max(at + 1);
            }
        }
        out
    }

    #[test]
    fn a_reference_just_before_a_trigger_drops_it() {
        let kept = |s: &str| {
            drop_false_triggers(s, scan(s))
                .iter()
                .any(|h| matches!(h.cue, Cue::Trig(_)))
        };
        // Within reach: the trigger names the referenced incident.
        assert!(!kept(
            "Two men were charged over their role in the bombing."
        ));
        assert!(!kept(
            "Crowds gathered in the wake of the bombing of the market."
        ));
        // A comma closes the reference; too far back it is no reference.
        assert!(kept(
            "A day after the talks, a bomb exploded in the market."
        ));
        assert!(kept(
            "Following the long and fruitless round of talks in the capital, a bomb exploded."
        ));
    }

    #[test]
    fn a_battle_against_poverty_is_no_battle() {
        let kept = |s: &str| {
            drop_false_triggers(s, scan(s))
                .iter()
                .any(|h| matches!(h.cue, Cue::Trig(_)))
        };
        assert!(!kept(
            "Donors pledged more money for the battle against hunger and disease on Monday."
        ));
        assert!(!kept(
            "A new unit will lead the fighting against corruption in the ports."
        ));
        assert!(kept(
            "Troops won the battle against the rebels near the border on Monday."
        ));
    }

    /// The per-character definition `quoted` must agree with.
    fn quoted_naive(s: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut open: Option<usize> = None;
        for (i, c) in s.char_indices() {
            match c {
                '\u{201c}' => open = Some(i),
                '\u{201d}' => {
                    if let Some(o) = open.take() {
                        out.push((o, i));
                    }
                }
                '"' => match open.take() {
                    Some(o) => out.push((o, i)),
                    None => open = Some(i),
                },
                _ => {}
            }
        }
        out.retain(|&(a, b)| crate::text::word_count(&s[a..b]) >= 4);
        out
    }

    #[test]
    fn quoted_agrees_with_the_per_character_definition() {
        let pieces = [
            "\"", "\u{201c}", "\u{201d}", "\u{2019}", "\u{20ac}", "one two", " three ", "é",
        ];
        let mut seed = 0x1234_5679_u32;
        for _ in 0..3000 {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            let t: String = (0..(seed % 12) as usize)
                .map(|k| pieces[(seed.rotate_left(k as u32 * 3) as usize) % pieces.len()])
                .collect();
            assert_eq!(quoted(&t), quoted_naive(&t), "{t:?}");
        }
    }

    #[test]
    fn split_points_and_asides_match_naive_scans_on_overlaps() {
        for s in [
            "A; ; B, while while C, WHILE D, and , and E; F",
            "Shelling, after a raid, after an hour before being held before dawn",
            ", but , but, but , whereas x , while y",
            "X, who, which , who , which Y, who Z, which, W",
            "Gunmen (who fled (north) attacked, which killed, who knew",
            "É, whö ünd; , whiCH ß, and é",
        ] {
            assert_eq!(split_points(s), split_points_naive(s), "{s:?}");
            assert_eq!(asides(s), asides_naive(s), "{s:?}");
            // Second calls hit the per-thread memo.
            assert_eq!(split_points(s), split_points_naive(s), "{s:?}");
            assert_eq!(asides(s), asides_naive(s), "{s:?}");
        }
    }

    proptest! {
        #[test]
        fn split_points_and_asides_match_naive_scans(
            parts in proptest::collection::vec(
                prop_oneof![
                    Just(", "), Just("; "), Just(" "), Just("while"), Just("WHILE"),
                    Just("whereas"), Just("and"), Just("but"), Just("after"), Just("a"),
                    Just("an"), Just("before"), Just("being"), Just("which"), Just("who"),
                    Just("("), Just(")"), Just(","), Just("é"), Just("x"),
                ],
                0..40,
            )
        ) {
            let s: String = parts.concat();
            prop_assert_eq!(split_points(&s), split_points_naive(&s));
            prop_assert_eq!(asides(&s), asides_naive(&s));
        }
    }

    fn inc(s: &str) -> Vec<(String, Option<Cls>)> {
        incidents(s, &scan(s))
            .into_iter()
            .map(|i| (s[i.start..i.end].to_string(), i.cls()))
            .collect()
    }

    #[test]
    fn two_sided_casualties_are_one_incident() {
        let s = "Egypt says 18 militants were killed in the fighting, while two soldiers died and four were wounded.";
        let v = inc(s);
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].1, Some(Cls::Clash));
    }

    #[test]
    fn armed_men_killing_after_an_explosion_are_an_incident_of_their_own() {
        let v = inc(
            "On Sunday, a bomb hidden in a roadside rubbish bin wrecked a ranger pickup outside \
             Mayo, wounding three rangers, and gunmen in a pickup truck shot dead a village \
             headman in Rueso, police said.",
        );
        assert_eq!(v.len(), 2, "{v:?}");
        let v = inc(
            "Houthi drones struck a clinic in Marib on Sunday, wounding four medics, while in \
             Taiz a Houthi sniper shot dead a 12-year-old girl on Saturday.",
        );
        assert_eq!(v.len(), 2, "{v:?}");
        // The strike's own dead are its toll.
        let v = inc(
            "US Africa Command said it had carried out an air strike on Friday near Buurhakaba, \
             and that three militants had been killed.",
        );
        assert_eq!(v.len(), 1, "{v:?}");
    }

    #[test]
    fn a_rough_span_of_time_later_opens_another_incident() {
        for s in [
            "Gunmen killed three villagers near Kolofata on Sunday, and about two hours later shot dead a trader in Mora.",
            "Gunmen killed three villagers near Kolofata on Sunday, and an hour later shot dead a trader in Mora.",
            // The next evening, or a neighbouring place, is another time or
            // place too.
            "In Butembo, a grenade thrown into a bar wounded nine people on Saturday night, and the next evening two gunmen shot dead a money changer in Katwa.",
            "Soldiers traded fire with rebels near Lapinig on Monday, the army said, and in neighbouring Palapag, two men on a motorcycle shot dead a village councillor that evening.",
            "In Fresnillo, gunmen shot dead the owner of a car wash on Monday morning, and that night a man on a motorcycle threw a grenade at the gate of the police headquarters.",
            "In Montepuez, a police officer shot dead a motorcycle-taxi driver at a checkpoint on Friday morning, and that afternoon hundreds of residents stoned the police station.",
        ] {
            assert_eq!(inc(s).len(), 2, "{s}");
        }
        // An explosion after armed men's killing is no weapon of it; armed
        // men killing elsewhere after a strike, however far away.
        for s in [
            "Over the weekend, gunmen shot dead two polio vaccinators in Lakki Marwat, and a roadside bomb wounded four soldiers near Wana, officials said.",
            "On Sunday night, gunmen shot dead a district head at his home in Kangiwa, his relatives said, while farther south near Bagudo a roadside bomb wounded three soldiers.",
            "Mortar rounds landed inside the army base at Xuddur on Sunday night, causing no casualties, while in Waajid, about 45 km away, gunmen shot dead a tax collector, officials said.",
        ] {
            assert_eq!(inc(s).len(), 2, "{s}");
        }
        // Armed men named killing "the following day".
        let s = "Gunmen shot dead two farmers near Obagaji on Sunday, and armed men killed a village head outside Ugbokpo the following day, council officials said.";
        assert_eq!(inc(s).len(), 2, "{s}");
        // (A count of the dead with no time of its own stays one incident.)
        let s = "Gunmen killed three villagers near Kolofata on Sunday, and two soldiers died.";
        assert_eq!(inc(s).len(), 1, "{s}");
    }

    #[test]
    fn ground_seized_after_a_fight_is_one_seizure() {
        // The fight that won the ground is the seizure, in the same clause
        // or after "after a", whatever the speaker's tail dates.
        for s in [
            "Fano militiamen seized Maksegnit, a market town, on Saturday after fighting federal troops through the night, residents said.",
            "Gunmen overran Liancourt on Friday after a three-hour gunfight with police, killing two officers, the police said on Saturday.",
            "Houthi fighters captured two hilltop positions after a night assault.",
            "Rebels overran Koch on Tuesday after a battle with the garrison, residents said on Friday.",
        ] {
            let v = inc(s);
            assert_eq!(v.len(), 1, "{s}: {v:?}");
            assert!(matches!(v[0].1, Some(Cls::Detain | Cls::Overtake)), "{s}: {v:?}");
        }
        // People seized are no ground; a fight dated apart is its own.
        let v = inc("Soldiers captured five fighters after a gunfight near Gao.");
        assert_eq!(v.last().and_then(|x| x.1), Some(Cls::Clash), "{v:?}");
        let v =
            inc("Rebels overran Koch, before troops drove them out after a battle on Saturday.");
        assert_eq!(v.len(), 3, "{v:?}");
    }

    #[test]
    fn distinct_incidents_split() {
        let s = "An air strike killed five people in Raqqa, and a car bomb killed three in Idlib.";
        let v = inc(s);
        assert_eq!(v.len(), 2, "{v:?}");
        assert_eq!(v[0].1, Some(Cls::Air));
        assert_eq!(v[1].1, Some(Cls::Ied));
    }

    #[test]
    fn a_clause_at_another_time_is_its_own_incident() {
        // Even after a killing clause, which alone would only count the dead
        // of what follows; the same kind twice stays two incidents.
        for s in [
            "Gunmen killed nine farmers near Naka on Thursday, and two days ago gunmen kidnapped a priest in Ugba, the diocese said.",
            "Gunmen shot dead a trader in Reynosa, and a few hours later gunmen shot dead a police officer in Valle Hermoso.",
            "Militants killed two herders near Gao; on Sunday militants killed a trader in Ansongo.",
            "Armed men burned two trucks in Uson, and in Cataingan a councilman was shot dead by two men.",
        ] {
            let v = inc(s);
            assert_eq!(v.len(), 2, "{s}: {v:?}");
        }
        // Without another time the clauses are read as before.
        let v = inc("Gunmen killed nine farmers near Naka, and kidnapped a priest.");
        assert_eq!(v.len(), 1, "{v:?}");
    }

    #[test]
    fn a_deed_supposed_is_no_incident() {
        let read = |s: &str| incidents(s, &drop_false_triggers(s, scan(s))).len();
        let s =
            "The minister said police would deal firmly with anyone who attacked public buildings.";
        assert_eq!(read(s), 0);
        assert_eq!(read("Gunmen attacked public buildings in Ranya."), 1);
        // Where a speech was made is no protest either.
        assert_eq!(
            read("Speaking at a rally in Adama, the president vowed to win."),
            0
        );
        assert_eq!(read("Thousands joined a rally in Adama on Sunday."), 1);
    }

    #[test]
    fn relative_clause_triggers_are_ignored() {
        let s = "The town, which militants overran in 2015, was calm.";
        assert!(inc(s).is_empty());
    }

    #[test]
    fn no_trigger_no_incident() {
        assert!(inc("The president met the ambassador on Tuesday.").is_empty());
    }

    #[test]
    fn described_people_and_fuel_are_no_incident() {
        let kept = |s: &str| {
            drop_false_triggers(s, scan(s))
                .iter()
                .filter(|h| matches!(h.cue, Cue::Trig(_)))
                .map(|h| s[h.start..h.end].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            kept("Gunmen who said they were fighting for the cause seized the principal."),
            ["seized"]
        );
        // An incident named by its day is referred to, not told.
        for s in [
            "About 2,500 people have fled villages west of Muse since Thursday night's air strike.",
            "About 1,800 people have fled villages around Gerger since last Wednesday's fighting.",
            // A reaction names the day's incident.
            "The government called Wednesday's attack \"cowardly and barbaric\" and declared mourning.",
            "\"We came to pray,\" said Fatemeh, a woman whose sister was wounded in the courtyard.",
            // A run of incidents, told as a tally.
            "Addis Ababa has blamed the OLA for a string of killings and kidnappings across Oromia.",
            // A person described by the incident.
            "\"Now nobody sleeps on the beach,\" said a fisherman who lost his brother in Sunday's attack.",
            "said Seidou Bio, a herder who lost his brother in the attack.",
            "said one driver who survived Monday's ambush.",
            "said Emmanuel Lado, a driver who survived the ambush by hiding in a ditch.",
            "said Hawa Adam, whose two daughters were wounded in Sunday's shelling.",
            // Incidents already told, taken together.
            "No group has claimed either attack.",
            // So is one that names a place.
            "About 140 families have left ranches around the site of the ambush since Thursday.",
            "Hundreds gathered at the scene of Monday's bombing.",
        ] {
            assert!(kept(s).is_empty(), "{s}");
        }
        // What people fear is no incident.
        assert!(kept(
            "About 60 families have left the villages since Sunday, fearing further attacks."
        )
        .is_empty());
        assert!(
            kept("Families have left the villages, fearing reprisals and more air strikes.")
                .is_empty()
        );
        // Escapees retaken: the people described, the recapture theirs.
        assert_eq!(
            kept("Three of the escaped detainees were recaptured in Gatumba on Sunday."),
            ["recaptured"]
        );
        assert!(kept(
            "The front had 900 members, many of them teenagers recruited in rural schools."
        )
        .is_empty());
        assert!(
            kept("The field supplies the gas burned by the region's power stations.").is_empty()
        );
        // Still incidents.
        assert_eq!(
            kept("Rebels burned a village and recruited boys."),
            ["burned", "recruited"]
        );
    }

    #[test]
    fn a_new_verb_after_a_reference_is_a_trigger() {
        let kept = |s: &str| {
            drop_false_triggers(s, scan(s))
                .iter()
                .any(|h| matches!(h.cue, Cue::Trig(_)))
        };
        assert!(kept(
            "Soldiers went into a hamlet the day after the attack and killed fourteen men."
        ));
    }

    #[test]
    fn how_a_group_funds_itself_is_no_incident() {
        let kept = |s: &str| {
            drop_false_triggers(s, scan(s))
                .iter()
                .any(|h| matches!(h.cue, Cue::Trig(_)))
        };
        assert!(!kept(
            "The army said the group was raising money through extortion and kidnapping."
        ));
        assert!(kept("Gunmen kidnapped five traders through the night."));
    }
}
