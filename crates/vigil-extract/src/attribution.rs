//! Who made the statement a record rests on: "according to X", "X said",
//! ", X said.", "said X", "X told Reuters" (the outlet relayed it).

use crate::text::{eq_any, in_set_bytes, starts_upper, trim_span, words, Tok, WordSet};
use std::sync::OnceLock;

/// A source phrase: `[start, end)` sentence bytes of the name, the name as it
/// will be stored, and where the speech verb sits.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Source {
    pub start: usize,
    pub end: usize,
    pub name: String,
    /// Byte offset just past the speech verb, for "said it ..." pronouns.
    pub verb_end: usize,
    /// The whole attribution phrase, which actor search should skip.
    pub phrase: (usize, usize),
    /// A lone unnamed person ("an Iraqi intelligence officer said"): no
    /// source to store, but the sentence is still a statement.
    pub anonymous: bool,
}

impl Source {
    /// The same source found in a part of the sentence starting at byte
    /// `by`, with its offsets made the sentence's.
    pub(crate) fn shifted(self, by: usize) -> Source {
        Source {
            start: self.start + by,
            end: self.end + by,
            verb_end: self.verb_end + by,
            phrase: (self.phrase.0 + by, self.phrase.1 + by),
            ..self
        }
    }
}

const SPEECH: &[&str] = &[
    "fear",
    "fears",
    "feared",
    "promised",
    "warn",
    "concluded",
    "described",
    "vowed",
    "vows",
    "pledged",
    "threatened",
    "said",
    "says",
    "say",
    "told",
    "tells",
    "reported",
    "reports",
    "announced",
    "announces",
    "claimed",
    "claims",
    "stated",
    "states",
    "added",
    "adds",
    "confirmed",
    "confirms",
    "estimate",
    "estimates",
    "estimated",
    "warned",
    "warns",
    "warn",
    "accused",
    "accuse",
    "accuses",
    "urged",
    "urges",
    "blamed",
    "insisted",
    "insists",
    "acknowledged",
    "alleged",
    "alleges",
    "cautioned",
    "noted",
    "tweeted",
    "wrote",
    "announced",
    "believe",
    "believes",
    // "Analysts expect the group to step up attacks": a forecast's author.
    "expect",
    "expects",
    "predict",
    "predicts",
    "denies",
    "denied",
    "believed",
    "thought",
    // "The RSF, in a short statement, spoke of a \"tactical redeployment\"".
    "spoke",
    // "A Fano commander, Yihenew Belete, dismissed the ceremony as
    // \"theatre\"".
    "dismissed",
    // A tally's keeper: "OCHA has recorded 126 settler attacks since the
    // harvest began", "The rights group counted 71 deaths ..." (see
    // `TALLY`).
    "recorded",
    "documented",
    "counted",
    "logged",
    // "The state attorney general's office has registered 388 murders in
    // Tamaulipas since January".
    "registered",
];

/// Speech verbs that keep a tally: they yield to any other speech verb
/// ("Guayas recorded 1,912 violent deaths ..., the observatory said"), and
/// a date after them is the tally's period, not when it was told.
const TALLY: &[&str] = &["recorded", "documented", "counted", "logged", "registered"];

/// Whether the source's verb keeps a tally ([`TALLY`]).
pub(crate) fn tally_verb(s: &str, src: &Source) -> bool {
    s.get(..src.verb_end)
        .and_then(|h| h.rsplit(' ').next())
        .is_some_and(|w| eq_any(w, TALLY))
}

/// [`SPEECH`] as a set: every token of every sentence is looked up.
/// Whether one of the first `n` words of `s` is a speech verb: a cheap
/// test before [`sources`] is asked about a clause.
pub(crate) fn speech_verb_within(s: &str, n: usize) -> bool {
    s.split_whitespace()
        .take(n)
        .any(|w| crate::text::in_set(w.trim_end_matches([',', '.', ';', ':']), speech_set()))
}

fn speech_set() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| SPEECH.iter().copied().collect())
}

/// Auxiliaries and adverbs that sit between a speaker and the verb.
const FILLER: &[&str] = &[
    "have",
    "has",
    "had",
    "repeatedly",
    "also",
    "later",
    "previously",
    "earlier",
    "separately",
    "had",
    "publicly",
    "now",
    "again",
    "since",
    "already",
    "reportedly",
    "in",
    "a",
    "statement",
    "on",
    "that",
];

/// Report nouns after which the real attributor is the name before them.
const REPORT: &[&str] = &[
    "report",
    "statement",
    "study",
    "survey",
    "tally",
    "count",
    "assessment",
    "figures",
    "data",
    "estimate",
    "estimates",
    "monitoring",
    "press",
    "release",
    "reports",
    "sources",
];

/// Wire services and outlets that relay someone else's words.
fn is_outlet(w: &str) -> bool {
    eq_any(
        w,
        &[
            "Reuters",
            "AFP",
            "AP",
            "Xinhua",
            "ANSA",
            "dpa",
            "Bloomberg",
            "CNN",
            "BBC",
            "Anadolu",
            "Interfax",
            "TASS",
            "RIA",
            "IRNA",
            "Al",
            "The",
        ],
    )
}

/// The named speaker alone, read the long way: the reference [`sources`]
/// is tested against.
/// "Naim Qassem", "the Banibangou Youth Collective" (its "the" dropped):
/// two to five words, the first and last capitalised (an Arabic "al-" may
/// come before the capital), a name rather than a description.
fn name_like(named: &str) -> bool {
    let ws: Vec<&str> = named.split_whitespace().collect();
    let capital = |w: &&str| {
        w.starts_with(char::is_uppercase)
            || w.split('-')
                .next_back()
                .is_some_and(|p| p.starts_with(char::is_uppercase))
    };
    (2..=5).contains(&ws.len()) && ws.first().is_some_and(capital) && ws.last().is_some_and(capital)
}

#[cfg(test)]
pub(crate) fn find_source(s: &str) -> Option<Source> {
    let toks = words(s);
    according_to(s, &toks)
        .filter(|x| !x.anonymous)
        .or_else(|| speech_verb(s, &toks).filter(|x| !x.anonymous))
        .or_else(|| participle_speaker(s, &toks))
        .or_else(|| report_by(s))
}

/// [`find_source`] and, only when it finds none, [`anonymous_source`], from
/// one reading: both ask the same "according to" and speech-verb questions,
/// and a sentence with no named speaker is asked both.
pub(crate) fn sources(s: &str) -> (Option<Source>, Option<Source>) {
    let toks = words(s);
    let according = according_to(s, &toks);
    if according.as_ref().is_some_and(|x| !x.anonymous) {
        return (according, None);
    }
    let verb = speech_verb(s, &toks);
    if verb.as_ref().is_some_and(|x| !x.anonymous) {
        return (verb, None);
    }
    if let Some(p) = participle_speaker(s, &toks) {
        return (Some(p), None);
    }
    if let Some(p) = report_by(s) {
        return (Some(p), None);
    }
    // Here "according to" found nobody or an anonymous speaker (which
    // outranks an anonymous speech verb), and the verb found nobody or an
    // anonymous speaker.
    (None, according.or(verb))
}

/// "A report released on Monday by the UN Mission in South Sudan (UNMISS)
/// said ...": the author of the document that speaks.
fn report_by(s: &str) -> Option<Source> {
    let from = crate::text::dateline_end(s);
    let rest = s.get(from..)?;
    // "a bedsheet signed by Los Lobos was found hanging from a footbridge,
    // warning shopkeepers ...": the signatory of the banner speaks.
    // ("A banner signed by Los Tlacos and hung from a footbridge ... warned
    // that": the same, with the verb after the banner's description.)
    let verb_after = |by: usize| {
        [", warning ", " warned ", " threatened ", " said "]
            .iter()
            .filter_map(|v| Some(by + rest.get(by..)?.find(v)?))
            .min()
    };
    // ("A message posted on a TikTok account linked to Barrio 18 on Tuesday
    // warned": the group the message's account belongs to.)
    let message = rest.split(' ').take(3).any(|w| {
        eq_any(
            w,
            &[
                "message",
                "video",
                "post",
                "audio",
                "recording",
                "statement",
                "leaflet",
                "leaflets",
            ],
        )
    });
    let marker = if message && rest.contains(" linked to ") && !rest.contains(" signed by ") {
        " linked to "
    } else {
        " signed by "
    };
    if let Some((by, warn)) = rest.find(marker).and_then(|by| Some((by, verb_after(by)?))) {
        let after = rest.get(by + marker.len()..warn)?;
        let name: String = after
            .split(' ')
            .take_while(|w| {
                crate::text::starts_upper(w)
                    || eq_any(w, &["of", "the", "de", "del"])
                    // "signed by Barrio 18".
                    || !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
            })
            .collect::<Vec<_>>()
            .join(" ");
        let name = name
            .trim_end_matches(" of")
            .trim_end_matches(" the")
            .to_string();
        if by < warn && !name.is_empty() {
            let start = from + by + marker.len();
            // Just past the verb ("warning", "warned").
            let v = rest.get(warn..).unwrap_or("");
            let verb = v.trim_start_matches([',', ' ']);
            let verb_end =
                from + warn + (v.len() - verb.len()) + verb.find(' ').unwrap_or(verb.len());
            return Some(Source {
                start,
                end: start + name.len(),
                name,
                verb_end,
                phrase: (from, verb_end),
                anonymous: false,
            });
        }
    }
    if !["A report ", "The report ", "A statement ", "A study "]
        .iter()
        .any(|p| rest.starts_with(p))
    {
        return None;
    }
    let said = [" said ", " says ", " found "]
        .iter()
        .filter_map(|v| rest.find(v).map(|k| (k, v.len())))
        .min()?;
    let by = rest.get(..said.0)?.find(" by ")?;
    let name = rest.get(by + 4..said.0)?;
    let name = name
        .split(" (")
        .next()
        .unwrap_or(name)
        .trim_end_matches(',');
    let name = name.strip_prefix("the ").unwrap_or(name);
    let name_start = s
        .get(from + by + 4..)?
        .find(name)
        .map(|k| from + by + 4 + k)?;
    if name.is_empty() || !crate::text::starts_upper(name) || name.split(' ').count() > 10 {
        return None;
    }
    let verb_end = from + said.0 + said.1 - 1;
    Some(Source {
        start: name_start,
        end: name_start + name.len(),
        name: name.to_string(),
        verb_end,
        phrase: (from, verb_end),
        anonymous: false,
    })
}

/// "President Gustavo Petro suspended peace talks with the ELN, accusing
/// the group of committing war crimes": the subject that opens the sentence
/// says what the participle reports.
fn participle_speaker(s: &str, toks: &[Tok]) -> Option<Source> {
    let b = s.as_bytes();
    // Built once: a finder per call cost more than the search itself.
    static FINDERS: OnceLock<[memchr::memmem::Finder<'static>; 3]> = OnceLock::new();
    let finders = FINDERS.get_or_init(|| {
        [", accusing ", ", warning ", ", alleging "].map(memchr::memmem::Finder::new)
    });
    let at = finders
        .iter()
        .find_map(|f| f.find(b).map(|i| (i, f.needle().len())))?;
    let verb_end = at.0 + at.1 - 1;
    if let Some(k) = toks.iter().position(|t| t.start >= at.0 + 2) {
        if charges_the_held(s, toks, k) {
            return None;
        }
    }
    let from = crate::text::dateline_end(s);
    let run: Vec<&Tok> = toks
        .iter()
        .skip_while(|t| t.start < from)
        .take_while(|t| crate::text::starts_upper(t.text(s)) || eq_any(t.text(s), &["of", "the"]))
        .collect();
    // "Thousands of protesters ..., accusing": a crowd's slogan, not a
    // named speaker; a name never ends on "of"/"the".
    let run = match run.iter().rposition(|t| !eq_any(t.text(s), &["of", "the"])) {
        Some(k) => &run[..=k],
        None => return None,
    };
    let (first, last) = (run.first()?, run.last()?);
    // "In Kinshasa, protesters attacked ..., accusing": a place opening the
    // sentence, not a speaker.
    if eq_any(
        first.text(s),
        &["In", "On", "At", "Near", "From", "After", "During"],
    ) {
        return None;
    }
    if last.end > at.0
        || run.len() > 6
        || eq_any(
            first.text(s),
            &[
                "Thousands",
                "Hundreds",
                "Dozens",
                "Scores",
                "Many",
                "Some",
                "Several",
            ],
        )
    {
        return None;
    }
    make(s, first.start, last.end, verb_end, (first.start, last.end))
}

/// The attribution of a sentence whose only speaker is a lone unnamed
/// person, when [`find_source`] finds none.
#[cfg(test)]
pub(crate) fn anonymous_source(s: &str) -> Option<Source> {
    let toks = words(s);
    // "according to a police officer" is anonymous too; a named
    // "according to" outranks an anonymous speech verb.
    if let Some(src) = according_to(s, &toks) {
        return src.anonymous.then_some(src);
    }
    speech_verb(s, &toks).filter(|x| x.anonymous)
}

/// "according to figures published by ...", "a tally kept by ...": the
/// participle that ends a report's name and may name its author after "by".
const PUBLISHED: &[&str] = &["published", "released", "issued", "kept", "compiled"];

fn according_to(s: &str, toks: &[Tok]) -> Option<Source> {
    let i = toks
        .windows(2)
        .position(|w| w[0].is(s, "according") && w[1].is(s, "to"))?;
    let phrase_start = toks[i].start;
    let from = toks.get(i + 2)?.start;
    // The name runs to the next comma/semicolon or to a word that starts a
    // modifier ("on November 18", "published last month").
    let stop_words = [
        "on", "in", "last", "that", "who", "which", "citing", "seen", "quoted", "late", "earlier",
        "this",
    ];
    let phrase_end = s[from..]
        .find([',', ';', '"'])
        .map_or(s.len(), |k| from + k);
    let mut end = phrase_end;
    let mut name_toks: Vec<Tok> = Vec::new();
    let mut stop = None;
    for (k, t) in toks.iter().enumerate().skip(i + 2) {
        if t.start >= end {
            break;
        }
        if !name_toks.is_empty()
            && (eq_any(t.text(s), &stop_words) || eq_any(t.text(s), PUBLISHED))
            && !starts_upper(t.text(s))
        {
            end = t.start;
            stop = Some(k);
            break;
        }
        name_toks.push(*t);
    }
    // "according to its monthly report": the report's owner is named
    // elsewhere (the sentence's subject), not here.
    if name_toks
        .first()
        .is_some_and(|t| eq_any(t.text(s), &["its", "their", "his", "her"]))
    {
        return None;
    }
    let (mut a, mut b) = trim_span(s, from, end);
    if let Some(r) = name_toks.iter().position(|t| eq_any(t.text(s), REPORT)) {
        // "a United Nations monitoring report" → "United Nations"
        let caps: Vec<&Tok> = name_toks[..r]
            .iter()
            .filter(|t| starts_upper(t.text(s)))
            .collect();
        // "according to figures published by the National Public Security
        // System": the publisher after "by" ("a tally kept by the Kerio
        // Valley Peace Forum": its keeper).
        let by = stop
            .filter(|&k| {
                r + 1 == name_toks.len()
                    && eq_any(toks[k].text(s), PUBLISHED)
                    && toks.get(k + 1).is_some_and(|t| t.is(s, "by"))
            })
            .and_then(|k| toks.get(k + 2))
            .filter(|t| t.start < phrase_end);
        if let (Some(f), Some(l)) = (caps.first(), caps.last()) {
            a = f.start;
            b = l.end;
        } else if let Some(t) = by {
            (a, b) = trim_span(s, t.start, phrase_end);
            end = phrase_end;
        } else if r + 1 < name_toks.len() && eq_any(name_toks[r + 1].text(s), &["from", "by", "of"])
        {
            a = name_toks.get(r + 2).map_or(b, |t| t.start);
        }
    }
    make(s, a, b, b, (phrase_start, end.max(b)))
}

fn speech_verb(s: &str, toks: &[Tok]) -> Option<Source> {
    // Every token is looked up: the set's filter is read once, and the
    // token's bytes need no char-boundary checks to be tested.
    let set = speech_set();
    let b = s.as_bytes();
    let mut verbs: Vec<usize> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let Some(w) = b.get(t.start..t.end) else {
            continue;
        };
        // Verbs are lower-case: "United States" holds no "states". An ASCII
        // capital, which opens most names, is turned away before the lookup.
        if w.first().is_some_and(u8::is_ascii_uppercase) {
            continue;
        }
        if in_set_bytes(w, set) && !crate::text::starts_upper(t.text(s)) {
            // "into Yobe and Adamawa states", "Gulf states": a noun after a
            // name or at the end of the sentence.
            let noun = w.eq_ignore_ascii_case(b"states")
                && (i + 1 == toks.len() || i > 0 && crate::text::starts_upper(toks[i - 1].text(s)));
            // "among them the alleged leader of a cell": an adjective after
            // a determiner, no speech.
            let adjective = i > 0
                && crate::text::eq_any(
                    toks[i - 1].text(s),
                    &["the", "an", "a", "its", "their", "his"],
                )
                && w.ends_with(b"ed");
            if !noun && !adjective && !charges_the_held(s, toks, i) {
                verbs.push(i);
            }
        } else if (w == b"show" || w == b"shows" || w == b"showed")
            && i > 0
            && eq_any(
                toks[i - 1].text(s),
                &["figures", "data", "statistics", "records"],
            )
        {
            // "Police figures show that cattle raiders have killed 64
            // people since January": the figures' keeper speaks.
            verbs.push(i);
        } else if (w == b"found" || w == b"finds")
            && toks.get(i + 1).is_some_and(|t| t.is(s, "that"))
            && toks[..i].iter().rev().take(12).any(|t| {
                eq_any(t.text(s), REPORT) || eq_any(t.text(s), &["investigation", "inquiry"])
            })
        {
            // "A tally by the West Africa Conflict Monitor found that JNIM
            // attacks had killed at least 310 people": the tally's keeper
            // speaks.
            verbs.push(i);
        } else if (w == b"put" || w == b"puts") && puts_a_figure(s, &toks[i + 1..]) {
            // "US Central Command put the number of Islamic State fighters
            // at about 2,500", "put the gang's strength at 30 armed men".
            verbs.push(i);
        }
    }
    // A tally counts incidents or deaths ("counted eight bodies" is a
    // toll's count, told by whoever told the incident).
    let tallies = |i: usize| {
        toks.iter().skip(i + 1).take(8).any(|t| {
            eq_any(
                t.text(s),
                &[
                    "attacks",
                    "incidents",
                    "deaths",
                    "killings",
                    "murders",
                    "homicides",
                    "strikes",
                    "airstrikes",
                    "disputes",
                    "shootings",
                    "violations",
                    "clashes",
                    "cases",
                    "abductions",
                    "kidnappings",
                    "massacres",
                ],
            )
        })
    };
    // "Indepaz has counted 121 community leaders killed across the country
    // since January": the dead counted over a period are a tally too.
    let period_dead = |i: usize| {
        let after = &toks[i + 1..];
        after.iter().take(8).any(|t| t.text(s) == "killed")
            && after
                .iter()
                .any(|t| eq_any(t.text(s), &["since", "between"]))
    };
    verbs.retain(|&i| !eq_any(toks[i].text(s), TALLY) || tallies(i) || period_dead(i));
    if verbs.iter().any(|&i| !eq_any(toks[i].text(s), TALLY)) {
        verbs.retain(|&i| !eq_any(toks[i].text(s), TALLY));
    }
    // Prefer a sentence-final attribution (", police said on Tuesday."),
    // then the first verb whose subject is a clean phrase.
    let mut best: Option<Source> = None;
    let mut anonymous: Option<Source> = None;
    for &vi in verbs.iter().rev() {
        if let Some(src) = source_for_verb(s, toks, vi) {
            if src.anonymous {
                anonymous.get_or_insert(src);
                continue;
            }
            let tail_words = toks.len() - vi - 1;
            if tail_words <= 6 {
                return Some(src);
            }
            best = Some(src);
        }
    }
    best.or(anonymous)
}

/// Whether the words after "put" name a figure being estimated ("the
/// number of fighters", "the gang's strength", "the toll").
/// (Not a toll, "put the number of dead at three": a revised count of the
/// incident's dead, read with the incident.)
fn puts_a_figure(s: &str, after: &[Tok]) -> bool {
    // ("put ISWAP's strength in Borno at 4,000": a possessive name opens it
    // as "the" does.)
    let possessive = |t: &Tok| {
        s.get(t.end..)
            .is_some_and(|r| r.starts_with("'s") || r.starts_with("\u{2019}s"))
            || t.text(s).ends_with("'s")
    };
    after.first().is_some_and(|t| {
        t.is(s, "the") || t.is(s, "its") || t.is(s, "their") || possessive(t)
    })
        // ("put the Islamic State group's strength at about 1,000": the
        // figure's owner may run to a few words, up to the "at".)
        && after
            .iter()
            .skip(1)
            .take(5)
            .take_while(|t| !t.is(s, "at"))
            .any(|t| {
                crate::text::eq_any(
                    t.text(s),
                    &["number", "strength", "toll", "figure", "numbers", "size"],
                )
            })
        && !after
            .iter()
            .take(5)
            .any(|t| crate::text::eq_any(t.text(s), &["dead", "killed", "deaths"]))
}

/// "Police arrested four members of the KCP ... and accused them of
/// extorting money", "arrested 14 people ..., accusing them of collecting
/// taxes": the charge against those just held is part of the arrest the
/// writer reports, not someone's word on it.
fn charges_the_held(s: &str, toks: &[Tok], vi: usize) -> bool {
    let Some(verb) = toks.get(vi) else {
        return false;
    };
    let w = verb.text(s);
    if !(w.starts_with("accus") || w.starts_with("charg")) {
        return false;
    }
    // ("accusing some of them of helping to prepare the car bomb".)
    let held = toks
        .get(vi + 1)
        .is_some_and(|t| eq_any(t.text(s), &["them", "him", "her"]))
        || toks.get(vi + 2).is_some_and(|t| t.is(s, "of"))
            && toks.get(vi + 3).is_some_and(|t| t.is(s, "them"))
            && toks.get(vi + 1).is_some_and(|t| {
                eq_any(
                    t.text(s),
                    &[
                        "some", "several", "most", "all", "many", "one", "two", "three",
                    ],
                )
            });
    held && toks[..vi].iter().any(|t| {
        let t = t.text(s);
        t.starts_with("arrest") || t.starts_with("detain") || t == "held"
    })
}

fn source_for_verb(s: &str, toks: &[Tok], vi: usize) -> Option<Source> {
    let verb = toks[vi];
    // "..., charges the government denies": the accused's denial of what
    // the sentence reports, not its attribution.
    if eq_any(verb.text(s), &["denies", "denied"])
        && toks[vi.saturating_sub(4)..vi]
            .iter()
            .any(|t| eq_any(t.text(s), crate::text::ACCUSATION_NOUNS) || t.is(s, "claim"))
    {
        return None;
    }
    // "among them two men accused of helping to plan the attack": a
    // participle right before "of" describes someone; nobody speaks.
    if eq_any(verb.text(s), &["accused", "suspected"])
        && toks.get(vi + 1).is_some_and(|t| t.is(s, "of"))
    {
        return None;
    }
    // "The insurgents have been blamed for", "was accused of": a passive
    // speech verb's subject is who was spoken of, not the speaker.
    let mut k = vi;
    while k > 0
        && eq_any(
            toks[k - 1].text(s),
            &["still", "widely", "generally", "also"],
        )
    {
        k -= 1;
    }
    if k > 0 && eq_any(toks[k - 1].text(s), &["been", "was", "were", "be", "being"]) {
        return impersonal(s, toks, vi);
    }
    if k > 0 && eq_any(toks[k - 1].text(s), &["is", "are"]) {
        if let Some(src) = impersonal(s, toks, vi) {
            return Some(src);
        }
    }
    let b = s.as_bytes();
    // Subject chunk: from the last comma/quote before the verb.
    // An acronym in brackets is part of the name ("the Rapid Support
    // Forces (RSF) said"): look past it.
    let mut head_end = verb.start;
    let chunk_start = loop {
        let Some(k) =
            s[..head_end].rfind([',', '"', '\u{201c}', '\u{201d}', ';', '(', ')'].as_ref())
        else {
            break 0;
        };
        if s[k..].starts_with(')') {
            if let Some(open) = s[..k].rfind('(') {
                let inner = &s[open + 1..k];
                if !inner.is_empty() && inner.len() <= 10 && !inner.contains(' ') {
                    head_end = open;
                    continue;
                }
            }
        }
        break k + s[k..].chars().next().map_or(1, char::len_utf8);
    };
    let mut lo = toks.partition_point(|t| t.start < chunk_start);
    let mut hi = vi;
    // "would take "all necessary measures" against any armed group that
    // threatened the agreement": words going on after a quote with a
    // preposition are no speaker.
    // ("... "a flagrant violation" of the truce and warned": a second verb
    // of the subject before the quote, read below.)
    let after_quote = s[..chunk_start].ends_with(['"', '\u{201d}']);
    if after_quote
        && lo < vi
        && !toks[vi - 1].is(s, "and")
        && eq_any(
            toks[lo].text(s),
            &[
                "against", "on", "to", "for", "with", "from", "by", "in", "at", "of", "into",
            ],
        )
    {
        return None;
    }
    // Drop auxiliaries between subject and verb.
    while hi > lo && eq_any(toks[hi - 1].text(s), FILLER) {
        hi -= 1;
    }
    // "The defence ministry rejected the report as "biased" and accused
    // ...": a second verb shares the subject of the first.
    if hi > lo && toks[hi - 1].is(s, "and") {
        let verb_like = |k: usize| {
            let w = toks[k].text(s);
            w.starts_with(|c: char| c.is_ascii_lowercase())
                && (w.ends_with("ed") || crate::text::in_set(w, speech_set()))
        };
        let from = if hi == lo + 1 { 0 } else { lo };
        let start = toks.partition_point(|t| t.start < from);
        // "Speaking in a video posted online, a commander, X, said ... and
        // told": the subject is the first speech verb's, not that of an
        // earlier participle ("posted").
        let is_speech = |k: usize| {
            let w = toks[k].text(s);
            w.starts_with(|c: char| c.is_ascii_lowercase()) && crate::text::in_set(w, speech_set())
        };
        let first = (start + 1..hi - 1).find(|&k| verb_like(k));
        if first.is_some_and(|k| !is_speech(k)) {
            let speech = (start + 1..hi - 1).find(|&k| is_speech(k));
            if let Some(src) = speech.and_then(|sv| source_for_verb(s, toks, sv)) {
                return Some(src);
            }
        }
        if let Some(fv) = first {
            lo = start;
            hi = fv;
        }
    }
    let mut holder: Option<String> = None;
    // Where the attribution phrase starts when the speaker is named after a
    // description ("the county police commander, Simon Rotich, said"): the
    // description's forces are no party to the incident either.
    let mut described_from: Option<usize> = None;
    // "a Gran Grif commander who calls himself \"Ti Zo\" warned": the
    // quoted name he goes by speaks.
    if hi == lo && after_quote {
        let close = s[..chunk_start]
            .char_indices()
            .next_back()
            .map(|(i, _)| i)?;
        if let Some(open) = s[..close].rfind(['"', '\u{201c}']) {
            let before = s[..open].trim_end();
            let name_from = open + s[open..].chars().next().map_or(1, char::len_utf8);
            let named = ["himself", "herself", "themselves", " as", " name"]
                .iter()
                .any(|w| before.ends_with(w));
            if named && close > name_from && close - name_from <= 40 {
                return make(s, name_from, close, verb.end, (name_from, verb.end));
            }
        }
    }
    if hi == lo {
        // ", said X" inversion, or "JNIM, its affiliate, said" apposition.
        if let Some(src) = inverted(s, toks, vi).filter(|x| !x.anonymous) {
            return Some(src);
        }
        // The name is the phrase before the appositive: between the comma
        // before it and the one before that ("..., killing six soldiers,
        // Inter-Services Public Relations, the military's media wing, said").
        let head = s.get(..chunk_start)?.trim_end();
        if let Some(appositive_start) = head.strip_suffix(',').and_then(last_comma) {
            let name_start = last_comma(&s[..appositive_start]).map_or(0, |k| k + 1);
            lo = toks.partition_point(|t| t.start < name_start);
            hi = toks.partition_point(|t| t.end <= appositive_start);
            // "..., the military's media wing, Inter-Services Public
            // Relations (ISPR), said": the description first, the name in
            // apposition.
            let described = s
                .get(name_start..appositive_start)
                .is_some_and(|d| d.trim_start().starts_with(|c: char| c.is_ascii_lowercase()));
            let named = s
                .get(appositive_start + 1..head.len() - 1)
                .map(|n| n.split(" (").next().unwrap_or(n).trim_end())
                .filter(|n| n.trim_start().starts_with(|c: char| c.is_uppercase()));
            if let (true, Some(n)) = (described, named) {
                described_from = Some(name_start);
                let from = appositive_start + 1;
                let to =
                    from + (s[from..].len() - s[from..].trim_start().len()) + n.trim_start().len();
                lo = toks.partition_point(|t| t.start < from);
                hi = toks.partition_point(|t| t.end <= to);
            } else if let Some(n) = named.filter(|n| name_like(n)) {
                // "Hezbollah's secretary-general, Naim Qassem, said": the
                // office and the person holding it, both named.
                holder = Some(n.trim().to_string());
            }
        } else {
            let first_comma = s.find(',')?;
            if first_comma < verb.start {
                lo = 0;
                hi = toks.partition_point(|t| t.end <= first_comma);
            }
        }
    }
    // "a JNIM commander who gave his name as Abou Hamza al-Fulani warned":
    // the name he gave.
    if let Some(k) = (lo..hi).find(|&k| {
        toks[k].is(s, "name")
            && toks.get(k + 1).is_some_and(|t| t.is(s, "as"))
            && k >= 2
            && toks[k - 2].is(s, "gave")
    }) {
        let first = k + 2;
        let end = (first..hi)
            .find(|&j| {
                !toks[j].text(s).starts_with(|c: char| c.is_uppercase())
                    && !toks[j].text(s).starts_with("al-")
            })
            .unwrap_or(hi);
        if end > first {
            lo = first;
            hi = end;
        }
    }
    // "A confidential report by the UN panel of experts on Somalia ...
    // estimated": the report's author speaks.
    if let Some(by) = (lo..hi.min(lo + 5)).find(|&k| {
        eq_any(
            toks[k].text(s),
            &[
                "report",
                "study",
                "assessment",
                "analysis",
                "review",
                "dossier",
                "tally",
                "count",
                "survey",
                "investigation",
                "inquiry",
            ],
        ) && toks
            .get(k + 1)
            .is_some_and(|n| eq_any(n.text(s), &["by", "from"]))
    }) {
        lo = by + 2;
    }
    // "In a statement on Wednesday, Hamas called", "In Kabul, police said":
    // an opening phrase before the comma is the statement's setting, the
    // speaker comes after it.
    if hi > lo
        && eq_any(
            toks[lo].text(s),
            &[
                "on",
                "in",
                "at",
                "during",
                "after",
                "late",
                "early",
                "last",
                "yesterday",
                "earlier",
                "later",
                "overnight",
            ],
        )
    {
        let span = s.get(toks[lo].start..toks[hi - 1].end).unwrap_or("");
        if let Some(k) = span.rfind(',') {
            let after = toks[lo].start + k + 1;
            lo = toks.partition_point(|t| t.start < after);
        }
    }
    // "a Boko Haram commander on the lake who calls himself Abu Ikrima
    // said": the name he goes by is the speaker, however long the
    // description before it.
    // (Only a subject with a "who" needs it; most have none.)
    let has_who = hi > lo
        && s.get(toks[lo].start..toks[hi - 1].end)
            .is_some_and(|x| x.split(' ').any(|w| w == "who"));
    if let Some(k) = has_who
        .then(|| {
            (lo..hi.saturating_sub(3)).find_map(|k| {
                let w = |n: usize, x: &str| toks.get(k + n).is_some_and(|t| t.is(s, x));
                if !w(0, "who") {
                    None
                } else if w(1, "calls") && w(2, "himself") {
                    Some(k + 3)
                } else if w(1, "goes") && w(2, "by") && w(3, "the") && w(4, "name") {
                    Some(k + 5)
                } else {
                    None
                }
            })
        })
        .flatten()
    {
        lo = k.min(hi);
    }
    // A long description is no speaker ("The killing of ... in the west
    // said"), unless a person holding the office is named after it ("The
    // commander of the Tigray Defense Forces (TDF) in the west, Brigadier
    // General Hailemariam Gebru, said").
    // ("The justice and peace commission of the Catholic diocese of
    // Ngaoundere said": a body's full name runs longer.)
    let body = || {
        toks[lo..hi].iter().any(|t| {
            eq_any(
                t.text(s),
                &[
                    "commission",
                    "committee",
                    "council",
                    "association",
                    "network",
                    "observatory",
                    "directorate",
                    "federation",
                    // "the U.N. Office for the Coordination of Humanitarian
                    // Affairs (OCHA) said".
                    "office",
                    "agency",
                    "organization",
                    "organisation",
                ],
            )
        })
    };
    let longest = if holder.is_some() {
        14
    } else if hi - lo > 10 && body() {
        12
    } else {
        10
    };
    // "a BIFF faction led by a commander known as Abu Jihad warned", "a
    // breakaway group of PKK fighters who reject the movement's disarmament
    // threatened": a long subject is its head, before the words describing
    // it.
    if hi - lo > longest {
        if let Some(k) = (lo + 2..hi).find(|&k| {
            eq_any(
                toks[k].text(s),
                &[
                    "who",
                    "which",
                    "led",
                    "known",
                    "based",
                    "loyal",
                    "operating",
                ],
            )
        }) {
            // (Not when the description names the group: "armed men who
            // presented themselves as a cell of the Sinaloa Cartel".)
            let tail = &s[toks[k].start..toks[hi - 1].end];
            // The head must name someone ("a BIFF faction"), not only
            // describe people ("The men who had been seen ...").
            let named = toks[lo + 1..k].iter().any(|t| starts_upper(t.text(s)));
            if named && k - lo <= longest && crate::deps::armed_group_in(tail).is_none() {
                hi = k;
            }
        }
    }
    if hi == lo || hi - lo > longest {
        return None;
    }
    // "had struck what the army described as a base": a label, no speaker.
    if toks[lo..hi].iter().any(|t| t.is(s, "what")) {
        return None;
    }
    // The subject must not itself report the incident.
    let subj = &s[toks[lo].start..toks[hi - 1].end];
    // ("SOS-Torture Burundi said": a name holding a trigger word does.)
    if crate::lexicon::scan(subj).iter().any(|h| {
        matches!(h.cue, crate::lexicon::Cue::Trig(_))
            && !(h.start > 0 && crate::clauses::in_proper_name(subj, h.start, h.end))
    }) {
        return None;
    }
    // ("said investigators believed the killers ...", "said the official had
    // received threats but declined to say": a subject that opens on a
    // speech verb is the speech of a speaker before it.)
    if eq_any(
        toks[lo].text(s),
        &[
            "he", "she", "they", "it", "we", "i", "who", "whose", "which", "that", "this",
        ],
    ) || matches!(toks[lo].text(s), "said" | "says" | "told")
    {
        return None;
    }
    // Relayed to an outlet: "two medical sources told Reuters".
    if verb.is(s, "told") {
        // "told the Horn Observer": a newspaper's name ends on a masthead
        // word.
        let masthead = toks.get(vi + 1).is_some_and(|t| t.text(s) == "the") && {
            let run: Vec<&Tok> = toks
                .iter()
                .skip(vi + 2)
                .take_while(|t| starts_upper(t.text(s)))
                .collect();
            run.last().is_some_and(|t| {
                eq_any(
                    t.text(s),
                    &[
                        "Observer",
                        "Times",
                        "Post",
                        "News",
                        "Journal",
                        "Herald",
                        "Guardian",
                        "Telegraph",
                        "Monitor",
                        "Tribune",
                        "Gazette",
                        "Ledger",
                        "Dispatch",
                        "Wire",
                        "Daily",
                        "Chronicle",
                        "Standard",
                    ],
                )
            })
        };
        let first = if masthead { vi + 2 } else { vi + 1 };
        if let Some(o) = toks.get(first) {
            if (masthead || is_outlet(o.text(s))) && starts_upper(o.text(s)) {
                let mut e = first;
                while e + 1 < toks.len()
                    && starts_upper(toks[e + 1].text(s))
                    && b.get(toks[e].end) == Some(&b' ')
                {
                    e += 1;
                }
                return make(
                    s,
                    o.start,
                    toks[e].end,
                    toks[e].end,
                    (toks[lo].start, toks[e].end),
                );
            }
        }
    }
    make(
        s,
        toks[lo].start,
        toks[hi - 1].end,
        verb.end,
        (
            described_from.map_or(toks[lo].start, |d| d.min(toks[lo].start)),
            verb.end,
        ),
    )
    .map(|mut src| {
        if let Some(h) = holder
            .filter(|h| !src.anonymous && !src.name.is_empty() && !src.name.contains(h.as_str()))
        {
            src.name = format!("{}, {h}", src.name);
        }
        src
    })
}

/// "ISIS fighters are still estimated to be in Iraq", "the group is believed
/// to have": an impersonal estimate, a statement nobody named makes.
fn impersonal(s: &str, toks: &[Tok], vi: usize) -> Option<Source> {
    let verb = toks[vi];
    let evidential = eq_any(
        verb.text(s),
        &[
            "estimated",
            "believed",
            "thought",
            "said",
            "reported",
            "feared",
        ],
    ) && toks.get(vi + 1).is_some_and(|t| t.is(s, "to"));
    evidential.then(|| unnamed((verb.start, verb.end), verb.end, (verb.start, verb.end)))
}

/// A statement whose speaker is no one named: spans kept, name empty.
fn unnamed(span: (usize, usize), verb_end: usize, phrase: (usize, usize)) -> Source {
    Source {
        start: span.0,
        end: span.1,
        name: String::new(),
        verb_end,
        phrase,
        anonymous: true,
    }
}

/// The last comma of `s` that separates phrases (not one inside "30,000").
fn last_comma(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    s.match_indices(',').map(|(i, _)| i).rev().find(|&i| {
        !(i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit))
    })
}

fn inverted(s: &str, toks: &[Tok], vi: usize) -> Option<Source> {
    // "..., Yevgeny Balitsky, accused Ukrainian forces of shelling ...":
    // who is accused, blamed or urged is never the speaker.
    if eq_any(
        toks[vi].text(s),
        &[
            "accused",
            "accuses",
            "blamed",
            "blames",
            "urged",
            "urges",
            "condemned",
            "condemns",
        ],
    ) {
        return None;
    }
    let next = toks.get(vi + 1)?;
    let from = next.start;
    let end = s[from..]
        .find([',', ';', '.'])
        .map_or(s.len(), |k| from + k);
    let n = toks
        .iter()
        .filter(|t| t.start >= from && t.end <= end)
        .count();
    if n == 0
        || n > 8
        || eq_any(
            next.text(s),
            &["it", "they", "he", "she", "that", "the", "in", "on"],
        ) && !starts_upper(next.text(s))
    {
        return None;
    }
    if !starts_upper(next.text(s)) && !eq_any(next.text(s), &["a", "an"]) {
        return None;
    }
    // "..., said Russia had gathered about 3,000 troops": what was said,
    // cut at a number's comma, is no speaker.
    let in_number = s[..end].ends_with(|c: char| c.is_ascii_digit())
        && s[end..].chars().nth(1).is_some_and(|c| c.is_ascii_digit());
    let clause = toks
        .iter()
        .filter(|t| t.start >= from && t.end <= end)
        .any(|t| {
            eq_any(
                t.text(s),
                &[
                    "had", "has", "have", "was", "were", "is", "are", "would", "will",
                ],
            )
        });
    if in_number || clause {
        return None;
    }
    make(s, from, end, toks[vi].end, (toks[vi].start, end))
}

/// The span of ", Name Name," right after `b` and before `verb_end`: a
/// person named in apposition to the phrase ending at `b`.
fn apposed_name(s: &str, b: usize, verb_end: usize) -> Option<(usize, usize)> {
    let gap = s.get(b..verb_end)?;
    // "The commander of the Tigray Defense Forces (TDF), ...": past the
    // acronym's bracket.
    let rest = gap.strip_prefix(')').unwrap_or(gap).strip_prefix(", ")?;
    let (named, _) = rest.split_once(',')?;
    // "a civil society group, the Banibangou Youth Collective, said".
    let named = named.trim();
    let named = named.strip_prefix("the ").unwrap_or(named);
    if !name_like(named) {
        return None;
    }
    let start = b + gap.find(named)?;
    Some((start, start + named.len()))
}

/// The length of a date closing a speaker's phrase ("Church leaders on
/// Friday", "the army last week", "police on Tuesday night"): when it was
/// said, not who said it.
fn trailing_date_len(name: &str) -> usize {
    // The last three words, nearest first, without copying them.
    let mut it = name.rsplit(' ');
    let (one, two, three) = (it.next(), it.next(), it.next());
    let n = name.split(' ').count();
    let is = |w: Option<&str>, x: &str| w.is_some_and(|w| w.eq_ignore_ascii_case(x));
    let is_day = |w: Option<&str>| {
        w.is_some_and(|w| {
            crate::dates::WEEKDAYS
                .iter()
                .any(|d| d.eq_ignore_ascii_case(w))
                || w.eq_ignore_ascii_case("yesterday")
                || w.eq_ignore_ascii_case("today")
        })
    };
    let time_of_day = |w: Option<&str>| {
        ["night", "morning", "evening", "afternoon"]
            .iter()
            .any(|t| is(w, t))
    };
    let len = |ws: &[Option<&str>]| ws.iter().map(|w| w.map_or(0, str::len) + 1).sum::<usize>();
    let l = if n >= 4 && time_of_day(one) && is_day(two) && is(three, "on") {
        len(&[one, two, three])
    } else if n >= 3 && is_day(one) && is(two, "on") {
        len(&[one, two])
    } else if n >= 2 && (is(one, "yesterday") || is(one, "today")) {
        len(&[one])
    } else if n >= 3 && is(two, "last") && ["week", "month", "year"].iter().any(|u| is(one, u)) {
        len(&[one, two])
    } else {
        0
    };
    l.min(name.len())
}

fn make(s: &str, a: usize, b: usize, verb_end: usize, phrase: (usize, usize)) -> Option<Source> {
    let (a, b) = trim_span(s, a, b);
    let a = a + s.get(a..b).map_or(0, crate::text::dateline_end);
    let (a, b) = trim_span(s, a, b);
    let b = a + s.get(a..b).map_or(0, |n| n.len() - trailing_date_len(n));
    let (a, b) = trim_span(s, a, b);
    // "the National News Agency (NNA" (the bracket trimmed): the name with
    // its acronym closed, as the reader knows it by either; an unclosed
    // bracket ends the name.
    let unclosed = s
        .get(a..b)
        .and_then(|n| n.rfind(" (").filter(|&k| !n[k..].contains(')')));
    let closes = unclosed.is_some() && s.get(b..).is_some_and(|r| r.starts_with(')'));
    let b = match unclosed {
        Some(k) if !closes => a + k,
        _ => b,
    };
    // "Governor Caleb Mutfwang, who visited Riyom on Monday, ... said": the
    // relative pronoun opens a clause about the speaker.
    let b = s
        .get(a..b)
        .and_then(|n| n.strip_suffix(" who"))
        .map_or(b, |n| a + n.len());
    let (mut a, b) = trim_span(s, a, b);
    if a >= b {
        return None;
    }
    // "a Boko Haram commander who calls himself Abu Ikrima said": the name
    // he goes by.
    // "a gang leader known as Kachalla Audu Maidawa said": the same.
    // (Looked for only when the name holds a "who", "known" or "calling":
    // most do not.)
    if let Some(k) = s
        .get(a..b)
        .filter(|n| {
            n.split(' ')
                .any(|w| w == "who" || w == "known" || w == "calling")
        })
        .and_then(|n| {
            [
                // "A group calling itself the Coastal Resistance Front said".
                " calling itself the ",
                " calling itself ",
                " who calls himself ",
                " who goes by the name ",
                " who gave his name as ",
                " who identified himself as ",
                " known locally as ",
                " known as ",
            ]
            .iter()
            .find_map(|p| n.find(p).map(|k| k + p.len()))
        })
        .filter(|&k| s.get(a + k..b).is_some_and(crate::text::starts_upper))
    {
        a += k;
    }
    let name = s.get(a..b)?;
    // "..., asking not to be named for fear of reprisals": a participle
    // phrase about the speaker is no speaker.
    if name
        .split(' ')
        .next()
        .is_some_and(|w| w.ends_with("ing") && w.starts_with(|c: char| c.is_ascii_lowercase()))
    {
        return None;
    }
    // "... spoke of a \"tactical redeployment\" from the town and said": a
    // phrase opened by a preposition, or closed by "and", is no name.
    // ("A report released by the Observatory ... estimated": the agent
    // after "by" is kept as it stood.)
    if name
        .split(' ')
        .next()
        .is_some_and(|w| eq_any(w, &["from", "to", "of", "with", "for", "into", "at"]))
        || name.ends_with(" and")
    {
        return None;
    }
    // "In the same statement the group vowed": the lead is no part of the
    // speaker.
    if let Some(rest) = crate::text::same_statement_rest(name).filter(|r| !r.is_empty()) {
        return make(s, b - rest.len(), b, verb_end, phrase);
    }
    let first = name.split_whitespace().next().unwrap_or("");
    // "No group claimed the blast": nobody said anything.
    if eq_any(first, &["no", "nobody", "none", "neither"]) {
        return None;
    }
    // "A Houthi field commander, Abu Hashem al-Murtada, vowed", "the
    // SPLA-IO's deputy spokesman, Gatluak Nyang, warned": a person named in
    // apposition, between the phrase and its verb, is the source.
    // "The head of the junta, General Abdourahamane Tiani, vowed", "A
    // monitoring group based in Pattani, Southern Border Watch, said": the
    // head noun may have words after it; a group is named like a person.
    let person_head = name.split_whitespace().take(8).any(|w| {
        eq_any(
            w,
            &[
                "group",
                "organisation",
                "organization",
                "observatory",
                "watchdog",
                "monitor",
                "collective",
                "network",
                "spokesman",
                "spokeswoman",
                "spokesperson",
                "commander",
                "leader",
                "chief",
                "minister",
                "governor",
                "official",
                "officer",
                "general",
                "director",
                "head",
                "envoy",
                "president",
                "mayor",
                "administrator",
            ],
        )
    });
    if let Some(named) = person_head.then(|| apposed_name(s, b, verb_end)).flatten() {
        return make(s, named.0, named.1, verb_end, phrase);
    }
    // A lone anonymous person ("a military spokesman") is no source.
    if eq_any(first, &["a", "an", "one"]) {
        // "a UN monitoring team" is an institution, "a military spokesman" a person.
        const BODY: &[&str] = &[
            "team",
            "panel",
            "agency",
            "committee",
            "mission",
            "commission",
            "council",
            "group",
            "organisation",
            "organization",
            "coalition",
            "alliance",
            "ministry",
            "office",
            "court",
            "tribunal",
            "board",
            "network",
            "observatory",
            "institute",
            "body",
            "union",
            "association",
            "federation",
            "ngo",
            "charity",
            "foundation",
            "department",
            "authority",
            "unit",
            "watchdog",
            "monitor",
            "centre",
            "center",
            "consortium",
            "syndicate",
            "party",
            "movement",
            // "A collective of civil society groups in Tillaberi said".
            "collective",
            "groups",
            "organisations",
            "organizations",
            "agencies",
            "associations",
        ];
        let body = words(name).iter().any(|t| eq_any(t.text(name), BODY));
        if !body {
            return Some(unnamed(trim_span(s, a, b), verb_end, phrase));
        }
        let rest = name[first.len()..].trim_start();
        return make(s, b - rest.len(), b, verb_end, phrase);
    }
    if eq_any(first, &["and", "but", "while", "as"]) {
        let rest = name[first.len()..].trim_start();
        return make(s, b - rest.len(), b, verb_end, phrase);
    }
    // "his spokesman said", "the spokesman added": the lone person named
    // earlier, still no institution.
    if eq_any(first, &["his", "her", "the"]) {
        let rest: Vec<&str> = name.split_whitespace().skip(1).collect();
        let person = rest.last().is_some_and(|w| {
            eq_any(
                w,
                &["spokesman", "spokeswoman", "spokesperson", "aide", "lawyer"],
            )
        });
        if person && rest.len() == 1 {
            return Some(unnamed(trim_span(s, a, b), verb_end, phrase));
        }
    }
    if eq_any(first, &["the"]) {
        a += first.len();
        let (a2, _) = trim_span(s, a, b);
        a = a2;
    }
    let name = s.get(a..b)?.trim();
    if name.is_empty() || name.len() > 120 {
        return None;
    }
    let name = if closes && name.contains(" (") {
        format!("{name})")
    } else {
        name.to_string()
    };
    Some(Source {
        start: a,
        end: b,
        name,
        verb_end,
        phrase,
        anonymous: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::in_set;

    #[test]
    fn a_tallys_keeper_speaks_when_no_one_else_does() {
        let name = |s: &str| find_source(s).map(|x| x.name);
        assert_eq!(
            name("The UN humanitarian office OCHA has recorded 126 settler attacks since the harvest began.").as_deref(),
            Some("UN humanitarian office OCHA")
        );
        assert_eq!(
            name("Guayas recorded 1,912 violent deaths between January and October, the Ecuadorian Observatory of Organised Crime said, most of them in Guayaquil and Duran.").as_deref(),
            Some("Ecuadorian Observatory of Organised Crime")
        );
        // Bodies counted are a toll, not a tally.
        assert_eq!(
            name("Civil protection workers counted eight bodies on Tuesday afternoon."),
            None
        );
        // "according to a tally kept by": its keeper.
        assert_eq!(
            name("At least 97 people have been killed in bandit attacks since January, according to a tally kept by the Kerio Valley Peace Forum, a coalition of church groups.").as_deref(),
            Some("Kerio Valley Peace Forum")
        );
    }

    #[test]
    fn appositions_datelines_and_plural_states_do_not_confuse_the_speaker() {
        let name = |s: &str| find_source(s).map(|x| x.name);
        assert_eq!(
            name("PESHAWAR, Pakistan - Militants attacked a checkpoint on Tuesday, killing six soldiers, Inter-Services Public Relations, the military's media wing, said.").as_deref(),
            Some("Inter-Services Public Relations")
        );
        assert_eq!(
            name("Militants attacked a checkpoint on Tuesday, killing six soldiers, the military's media wing, Inter-Services Public Relations (ISPR), said.").as_deref(),
            Some("Inter-Services Public Relations")
        );
        assert_eq!(
            name("In a statement on Wednesday, Hamas called the strike \"a flagrant violation\" and warned of a response.").as_deref(),
            Some("Hamas")
        );
        // "alleged" after a determiner describes; it reports nothing.
        assert_eq!(
            name("Taliban intelligence said on Monday that it had arrested four men over the bombing, among them the alleged leader of an ISKP cell.").as_deref(),
            Some("Taliban intelligence")
        );
        // A participle before the speech verb ("posted") does not open the
        // subject of a verb after "and".
        assert_eq!(
            name("Speaking in a video posted online on Monday, a Fano commander in Gojjam, Habtamu Alemu, said his fighters would march on Bahir Dar and told soldiers to desert.").as_deref(),
            Some("Habtamu Alemu")
        );
        // A relative pronoun or a participle phrase is no speaker.
        assert_eq!(
            name("Niger, whose military rulers accuse Cotonou of hosting French troops, is wary.")
                .as_deref(),
            None
        );
        assert_eq!(
            name("\"They took out their machetes,\" he told a reporter by telephone, asking not to be named for fear of reprisals.").as_deref(),
            None
        );
        assert_eq!(
            name("The Arakan Army, which analysts say has more than 30,000 fighters, has vowed to take Sittwe.").as_deref(),
            Some("Arakan Army")
        );
        assert_eq!(
            name("YANGON - The Arakan Army said on Sunday it had captured the town of Ramree.")
                .as_deref(),
            Some("Arakan Army")
        );
        assert_eq!(
            name("ISWAP said it would carry the war into Yobe and Adamawa states.").as_deref(),
            Some("ISWAP")
        );
    }

    #[test]
    fn the_opening_subject_says_what_an_accusing_participle_reports() {
        let src = find_source("President Gustavo Petro suspended peace talks with the ELN last week, accusing the group of committing war crimes.");
        assert_eq!(
            src.map(|x| x.name).as_deref(),
            Some("President Gustavo Petro")
        );
        assert!(find_source(
            "The Houthis have attacked dozens of ships, saying they act for Gaza."
        )
        .is_none());
        // A crowd that accuses is no speaker of the protest it forms.
        assert!(find_source("Thousands of protesters gathered in Yerevan on Wednesday night, accusing Pashinyan of planning to cede territory.").is_none());
    }

    #[test]
    fn a_bodys_long_name_speaks_and_a_long_description_does_not() {
        let name = |s: &str| find_source(s).map(|x| x.name);
        assert_eq!(
            name(
                "The justice and peace commission of the Catholic diocese of Ngaoundere said on \
                 Tuesday that at least 93 people had been kidnapped in the region since January."
            )
            .as_deref(),
            Some("justice and peace commission of the Catholic diocese of Ngaoundere")
        );
        assert!(find_source(
            "The men who had been seen near the market in the west of the old town on Friday \
             said nothing."
        )
        .is_none());
    }

    #[test]
    fn what_was_said_after_an_apposed_speaker_is_no_inverted_speaker() {
        let name = |s: &str| find_source(s).map(|x| x.name);
        assert_eq!(
            name(
                "Vladyslav Voloshyn, a spokesman for the southern defence forces, said Russia \
                 had gathered about 3,000 troops on the left bank."
            )
            .as_deref(),
            Some("Vladyslav Voloshyn")
        );
    }

    #[test]
    fn a_passive_speech_verb_has_no_speaker() {
        assert!(find_source("The insurgents have been blamed for the kidnapping.").is_none());
        assert!(find_source("The commander was accused of war crimes.").is_none());
    }

    #[test]
    fn speech_set_matches_the_list_case_insensitively() {
        // The set lookup lowercases the token, so the list must be lower-case.
        assert!(SPEECH.iter().all(|w| *w == w.to_ascii_lowercase()));
        for w in ["said", "SAID", "Told", "tweeted"] {
            assert_eq!(in_set(w, speech_set()), eq_any(w, SPEECH), "{w}");
        }
        for w in [
            "",
            "sai",
            "saidx",
            "séid",
            "a-very-long-token-beyond-the-stack-buffer",
        ] {
            assert!(!in_set(w, speech_set()), "{w}");
        }
    }

    fn src(s: &str) -> Option<String> {
        find_source(s).map(|x| x.name)
    }

    #[test]
    fn the_quoted_name_a_speaker_goes_by_speaks() {
        assert_eq!(
            src(
                "In a voice message circulated on Wednesday, a Gran Grif commander who calls \
                 himself \"Ti Zo\" warned that his men would \"burn Saint-Marc\"."
            )
            .as_deref(),
            Some("Ti Zo")
        );
    }

    #[test]
    fn an_office_and_its_holder_in_apposition_are_both_named() {
        assert_eq!(
            src("Hezbollah's secretary-general, Naim Qassem, said the group would respond.")
                .as_deref(),
            Some("Hezbollah's secretary-general, Naim Qassem")
        );
        // An acronym in brackets stays with the name it abbreviates.
        assert_eq!(
            src("The state-run National News Agency (NNA) said a drone struck a car.").as_deref(),
            Some("state-run National News Agency (NNA)")
        );
        // A description of a group is no person's name.
        assert_eq!(
            src("The al-Quds Brigades, Islamic Jihad's armed wing, said it fired rockets.")
                .as_deref(),
            Some("al-Quds Brigades")
        );
    }

    #[test]
    fn one_reading_gives_both_speakers() {
        for s in [
            "The rebels plan to retake the valley, a senior army officer said.",
            "The rebels plan to retake the valley, the army said.",
            "According to a police officer, five people were killed.",
            "According to the UN, five people were killed, a witness said.",
            "President Gustavo Petro suspended peace talks with the ELN, accusing the group of war crimes, a source said.",
            "Gunmen killed five people in Kano on Monday.",
            "The commander was accused of war crimes.",
            "",
        ] {
            let named = find_source(s);
            let anonymous = if named.is_none() {
                anonymous_source(s)
            } else {
                None
            };
            assert_eq!(sources(s), (named, anonymous), "{s:?}");
        }
    }

    #[test]
    fn a_relay_to_a_newspaper_names_the_newspaper() {
        assert_eq!(
            src("Fighters overran a base, a local commander told the Horn Observer.").as_deref(),
            Some("Horn Observer")
        );
        // Not every "the <Name>" is an outlet.
        assert_ne!(
            src("Fighters overran a base, a commander told the Security Council.").as_deref(),
            Some("Security Council")
        );
    }

    #[test]
    fn who_denies_speaks_unless_denying_the_charges() {
        assert_eq!(
            find_source("The army denies targeting civilians and accuses the rebels of lying.")
                .map(|x| x.name)
                .as_deref(),
            Some("army")
        );
        assert!(find_source(
            "Rights groups have accused the army of demolishing homes, charges the government denies."
        )
        .is_none_or(|x| x.name != "charges the government"));
    }

    #[test]
    fn a_lone_person_named_earlier_is_anonymous() {
        for s in [
            "Troops arrested two ministers in Juba on Wednesday, his spokesman said.",
            "Peacekeepers exchanged fire with the gunmen on Friday, the spokesman added.",
        ] {
            assert!(find_source(s).is_none(), "{s}");
            assert!(anonymous_source(s).is_some(), "{s}");
        }
        // An institution's spokesman speaks for it.
        assert_eq!(
            find_source("Five soldiers died, the group's spokesman said.").map(|x| x.name),
            Some("group's spokesman".to_string())
        );
    }

    #[test]
    fn an_unnamed_body_is_a_source_a_lone_person_is_not() {
        assert_eq!(
            src("Gunmen abducted a school principal two days ago, a teachers' union said."),
            Some("teachers' union".to_string())
        );
        assert_eq!(
            src("Five people were killed, a local rights association said."),
            Some("local rights association".to_string())
        );
        assert_eq!(src("Five people were killed, a local teacher said."), None);
    }

    #[test]
    fn a_person_named_in_apposition_is_the_source() {
        let s = "A Houthi field commander, Abu Hashem al-Murtada, vowed on Monday to cleanse \
                 the western front of mercenaries within weeks.";
        assert_eq!(
            src(s),
            Some("Abu Hashem al-Murtada".to_string()),
            "{:?}",
            sources(s)
        );
        let s = "The SPLA-IO's deputy spokesman, Gatluak Nyang, warned that the movement would \
                 respond in kind.";
        assert_eq!(
            src(s),
            Some("Gatluak Nyang".to_string()),
            "{:?}",
            sources(s)
        );
        // A head noun with words after it; a group named like a person.
        for (s, want) in [
            (
                "The head of the junta, General Abdourahamane Tiani, vowed on Thursday that the \
                 army would pursue the terrorists.",
                "General Abdourahamane Tiani",
            ),
            (
                "A monitoring group based in Pattani, Southern Border Watch, said on Wednesday \
                 that bombings had killed 31 people.",
                "Southern Border Watch",
            ),
            (
                "A civil society group in the department, the Banibangou Youth Collective, said \
                 on Monday that attacks had killed 150 civilians.",
                "Banibangou Youth Collective",
            ),
        ] {
            assert_eq!(src(s), Some(want.to_string()), "{:?}", sources(s));
        }
        // An institution is not replaced by what follows it.
        let s = "The defence ministry, citing field reports, said five soldiers were killed.";
        assert_eq!(
            src(s),
            Some("defence ministry".to_string()),
            "{:?}",
            sources(s)
        );
    }

    #[test]
    fn when_it_was_said_is_not_part_of_who_said_it() {
        for (s, want) in [
            (
                "Church leaders on Friday warned that the violence could spread.",
                "Church leaders",
            ),
            (
                "The army on Tuesday night said five soldiers were killed.",
                "army",
            ),
            (
                "Local officials last week said the town had fallen.",
                "Local officials",
            ),
            (
                "The Monday Group said the talks had failed.",
                "Monday Group",
            ),
        ] {
            assert_eq!(src(s), Some(want.to_string()), "{s}");
        }
    }

    #[test]
    fn a_second_verb_shares_the_subject_of_the_first() {
        for s in [
            "The defence ministry rejected the report as \"biased\" and accused the separatists \
             of using villagers as human shields.",
            "The defence ministry rejected the report as biased and accused the separatists of \
             using villagers as human shields.",
        ] {
            assert_eq!(src(s), Some("defence ministry".to_string()), "{s}");
        }
    }

    #[test]
    fn words_going_on_after_a_quote_are_no_speaker() {
        let s = "Ethiopia's defence ministry warned on Sunday that the army would take \
                 \"all necessary measures\" against any armed group that threatened the \
                 Pretoria agreement.";
        assert_eq!(src(s), Some("Ethiopia's defence ministry".to_string()));
    }

    #[test]
    fn nobody_is_no_source() {
        assert_eq!(src("No group claimed the blast."), None);
        assert_eq!(src("Nobody claimed responsibility for the attack."), None);
    }

    #[test]
    fn a_lone_unnamed_speaker_is_anonymous() {
        let s = "The rebels plan to retake the valley, a senior army officer said.";
        assert_eq!(src(s), None);
        let anon = anonymous_source(s);
        assert!(anon
            .as_ref()
            .is_some_and(|x| x.anonymous && x.name.is_empty()));
        // A named speaker is no anonymous one.
        assert!(anonymous_source("The rebels plan to retake the valley, the army said.").is_none());
        assert_eq!(
            src("The rebels plan to retake the valley, the army said.").as_deref(),
            Some("army")
        );
    }

    #[test]
    fn a_speaker_who_gave_his_name_is_that_name() {
        assert_eq!(
            src("In an audio message shared on Tuesday, a JNIM commander who gave his name as Abou Hamza al-Fulani warned that villages would be treated as enemies.").as_deref(),
            Some("Abou Hamza al-Fulani")
        );
    }

    #[test]
    fn a_report_by_someone_is_its_authors_word() {
        assert_eq!(
            src("A confidential report by the UN panel of experts, seen by the Horn Current, estimated that the group had 7,000 fighters.").as_deref(),
            Some("UN panel of experts")
        );
    }

    #[test]
    fn attribution_forms() {
        assert_eq!(
            src("According to The New York Times on November 18, numerous attacks killed 43 ISIS members.").as_deref(),
            Some("New York Times")
        );
        assert_eq!(
            src("Egypt says 18 militants were killed.").as_deref(),
            Some("Egypt")
        );
        assert_eq!(
            src("The Pentagon's Inspector General said in a report that ISIS retains the ability to attack.").as_deref(),
            Some("Pentagon's Inspector General")
        );
        assert_eq!(
            src(
                "A bomb struck a police vehicle, wounding three, two medical sources told Reuters."
            )
            .as_deref(),
            Some("Reuters")
        );
        assert_eq!(
            src("Gunmen killed two soldiers, Nangarhar province leaders said on Tuesday.")
                .as_deref(),
            Some("Nangarhar province leaders")
        );
        assert_eq!(
            src("Boko Haram abducted 110 girls on February 19, officials have confirmed after days of doubt.").as_deref(),
            Some("officials")
        );
        assert_eq!(
            src("An estimated 10,000 fighters remain, according to a United Nations monitoring report published last month.").as_deref(),
            Some("United Nations")
        );
        assert_eq!(
            src(
                "JNIM, al-Qaeda's affiliate in the Sahel, said it carried out an ambush near Boni."
            )
            .as_deref(),
            Some("JNIM")
        );
        assert_eq!(
            src("Nigeria's government has repeatedly said that Boko Haram has been defeated.")
                .as_deref(),
            Some("Nigeria's government")
        );
    }

    #[test]
    fn anonymous_and_unattributed_give_none() {
        assert_eq!(
            src("Gunmen attacked a checkpoint, killing two soldiers, a military spokesman said."),
            None
        );
        assert_eq!(
            src("Gunmen attacked a checkpoint near Sabha on Wednesday."),
            None
        );
        assert_eq!(
            src("\"The threat is reduced,\" a member of parliament said."),
            None
        );
    }

    #[test]
    fn the_group_claimed_responsibility() {
        assert_eq!(
            src("The Islamic State claimed responsibility for the assault in a statement.")
                .as_deref(),
            Some("Islamic State")
        );
    }

    #[test]
    fn a_report_speaks_for_its_author() {
        assert_eq!(
            src(
                "A report released on Monday by the UN Mission in South Sudan (UNMISS) said \
                 attacks had killed 184 people in Warrap since January."
            )
            .as_deref(),
            Some("UN Mission in South Sudan")
        );
        assert_eq!(
            src("A report on the fighting was published on Monday."),
            None
        );
    }

    #[test]
    fn an_offices_full_name_may_run_long() {
        assert_eq!(
            src(
                "About 4,500 people have fled Boni since Sunday, the U.N. Office for the \
                 Coordination of Humanitarian Affairs (OCHA) said on Monday."
            )
            .as_deref(),
            Some("U.N. Office for the Coordination of Humanitarian Affairs (OCHA)")
        );
    }

    #[test]
    fn the_dead_counted_over_a_period_are_a_tally() {
        assert_eq!(
            src("Indepaz has counted 121 community leaders killed across the country since January.")
                .as_deref(),
            Some("Indepaz")
        );
        // Bodies counted at a scene are a toll, told by whoever told it.
        assert!(src("Rescuers counted eight bodies killed in the blast.").is_none());
    }

    #[test]
    fn figures_that_show_speak_for_their_keeper() {
        assert_eq!(
            src("Police figures show that cattle raiders have killed 64 people in the sub-region since January.")
                .as_deref(),
            Some("Police figures")
        );
        // A show of anything else is no speech.
        assert!(src("The gunmen show no sign of leaving the forest.").is_none());
    }

    #[test]
    fn a_report_of_its_own_leaves_the_subject_speaking() {
        assert_eq!(
            src("The prosecutor's office recorded 283 homicides in Tabasco between January and June, according to its monthly report.")
                .as_deref(),
            Some("prosecutor's office")
        );
    }

    #[test]
    fn who_puts_a_figure_says_it() {
        assert_eq!(
            src("US Central Command put the number of Islamic State fighters in the desert at about 2,500.")
                .as_deref(),
            Some("US Central Command")
        );
        assert_eq!(
            src("Military intelligence puts the remnant's strength at 60 armed fighters.")
                .as_deref(),
            Some("Military intelligence")
        );
        assert_eq!(
            src("Puntland officials now put the Islamic State group's strength at about 1,000 fighters.")
                .as_deref(),
            Some("Puntland officials")
        );
        assert_eq!(
            src("Nigerian military intelligence officials put ISWAP's strength in Borno at 4,000 to 5,000 fighters.")
                .as_deref(),
            Some("Nigerian military intelligence officials")
        );
        assert!(src("Soldiers put the village under curfew.").is_none());
        assert!(src("Soldiers put the village and its market under guard at dawn.").is_none());
    }

    #[test]
    fn a_banner_speaks_for_its_signatory() {
        assert_eq!(
            src(
                "On Thursday a bedsheet signed by Los Lobos was found hanging from a \
                 footbridge, warning shopkeepers that they would \"end up like Isla Piedad\"."
            )
            .as_deref(),
            Some("Los Lobos")
        );
        assert_eq!(
            src("A message posted on a TikTok account linked to Barrio 18 on Tuesday warned that drivers would \"pay with their lives\".")
                .as_deref(),
            Some("Barrio 18")
        );
    }
}
