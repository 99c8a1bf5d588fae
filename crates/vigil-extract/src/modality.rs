//! Event or claim: is the incident reported as having happened, or is it
//! hedged, intended, threatened, habitual or a running total?

use crate::clauses::Incident;
use crate::lexicon::{ClaimCue, Cue, CueHit};
use crate::text::{eq_any, tok_at_or_after, toks_before, words, Tok};
use vigil_core::Kind;

/// How many words before a trigger a modal still governs it.
const MODAL_REACH: usize = 7;

/// Kind of an incident with a trigger, or `None` when the sentence must give
/// no record (denials, pluperfect background).
pub(crate) fn incident_kind(
    s: &str,
    toks: &[Tok],
    hits: &[CueHit],
    inc: &Incident,
) -> Option<Kind> {
    let trig = inc.primary?;
    let ti = tok_at_or_after(toks, trig.start);
    // Denials and negated reports.
    if hits.iter().any(|h| {
        h.cue == Cue::Negation
            && h.start >= inc.start
            && h.start < trig.start
            && !litotes(s, h)
            && !no_comment_but(s, h, trig.start)
    }) {
        // "denies targeting civilians and accuses Hamas of operating from
        // civilian areas", "denies any link to the PKK and accuses Turkey of
        // targeting power stations", "accuses Islamic Jihad of ... and
        // denies that its raids target civilians": the denial gives nothing,
        // the accusation beside it is a claim.
        let counter = toks.iter().any(|t| {
            t.start >= inc.start
                && t.end <= inc.end
                && eq_any(t.text(s), &["accuses", "accused", "accuse"])
        });
        return counter.then_some(Kind::Claim);
    }
    // "JNIM now controlled or contested about 60 percent of Burkina Faso's
    // territory": a share of the country held is an assessment.
    // The incident's tokens, a slice of the sentence's (they are sorted).
    let lo = toks.partition_point(|t| t.start < inc.start);
    let hi = toks.partition_point(|t| t.end <= inc.end).max(lo);
    let in_inc = &toks[lo..hi];
    let word = |k: usize| in_inc.get(k).map_or("", |t| t.text(s));
    let territorial = matches!(
        trig.cue,
        Cue::Trig(crate::lexicon::Cls::Overtake | crate::lexicon::Cls::Retake)
    );
    let share_held = || {
        (0..in_inc.len()).any(|k| {
            eq_any(word(k), &["percent", "%"])
                && word(k + 1).eq_ignore_ascii_case("of")
                && (k + 2..k + 6).any(|j| eq_any(word(j), &["territory", "country", "land"]))
        })
    };
    if territorial && share_held() {
        return Some(Kind::Claim);
    }
    // "UN experts estimate that 300 to 500 RSF fighters move across the
    // border, buying fuel and recruiting young men": what an estimate says
    // a force habitually does is the estimate.
    let habitual_recruiting = matches!(trig.cue, Cue::Trig(crate::lexicon::Cls::Recruit))
        && s.get(trig.start..trig.end)
            .is_some_and(|w| w.ends_with("ing"))
        && toks.iter().any(|t| {
            t.end <= trig.start
                && eq_any(t.text(s), &["estimate", "estimates", "believe", "believes"])
        });
    if habitual_recruiting {
        return Some(Kind::Claim);
    }
    // "Russian aircraft had dropped more than 150 guided bombs on the
    // Kharkiv region in the past week": a week's or month's tally.
    let tally_span = || {
        (0..in_inc.len()).any(|k| {
            word(k).eq_ignore_ascii_case("past")
                && (eq_any(word(k + 1), &["week", "month"])
                    || eq_any(word(k + 1), &["two", "three", "few"])
                        && eq_any(word(k + 2), &["weeks", "months"]))
        })
    };
    // A figure of 20 or more, read across its thousands separators.
    let many = || {
        in_inc.iter().any(|t| {
            t.text(s)
                .bytes()
                .filter(u8::is_ascii_digit)
                .try_fold(0u32, |n, b| {
                    n.checked_mul(10)?.checked_add(u32::from(b - b'0'))
                })
                .is_some_and(|n| n >= 20)
        })
    };
    // ("troops had killed 212 bandits, arrested 97 suspects and freed 154
    // kidnap victims across the north-west in the past three weeks": a
    // campaign's tally.)
    if matches!(trig.cue, Cue::Trig(c) if c.is_remote() || c.is_casualty())
        && tally_span()
        && many()
    {
        return Some(Kind::Claim);
    }
    // "at least 19 people had been killed or had disappeared in Cibitoke
    // province in April": a month's tally of deaths.
    let month_tally = matches!(trig.cue, Cue::Trig(c) if c.is_casualty())
        && (0..in_inc.len()).any(|k| {
            word(k).eq_ignore_ascii_case("in")
                && eq_any(word(k + 1), &crate::dates::MONTHS)
                && !word(k + 2)
                    .bytes()
                    .next()
                    .is_some_and(|b| b.is_ascii_digit())
                && in_inc[k].start > trig.end
        })
        && toks[..ti]
            .iter()
            .rev()
            .take(3)
            .any(|t| eq_any(t.text(s), &["had", "have", "has", "been"]))
        && in_inc.iter().any(|t| {
            let w = t.text(s);
            w.len() >= 2 && w.bytes().all(|b| b.is_ascii_digit() || b == b',')
        });
    if month_tally {
        return Some(Kind::Claim);
    }
    // "Clashes between herders and farmers have grown more frequent in
    // southern Chad": a trend of incidents, an assessment.
    let trend = hits.iter().any(|h| {
        h.cue == Cue::Claim(ClaimCue::Assess)
            && h.start > trig.end
            && s.get(h.start..h.end).is_some_and(|w| {
                ["have grown", "has grown", "have become", "has become"]
                    .iter()
                    .any(|p| w.len() >= p.len() && w[..p.len()].eq_ignore_ascii_case(p))
            })
            && s.get(trig.end..h.start)
                .is_some_and(|gap| !gap.contains([',', ';']) && gap.split_whitespace().count() <= 6)
    });
    if trend {
        return Some(Kind::Claim);
    }
    // "The 2024 war killed more than 4,000 people": a war named by its
    // year is history.
    if word(0).eq_ignore_ascii_case("the")
        && word(1).len() == 4
        && word(1)
            .parse::<u32>()
            .is_ok_and(|y| (1900..2100).contains(&y))
        && eq_any(
            word(2),
            &[
                "war",
                "conflict",
                "offensive",
                "uprising",
                "insurgency",
                "fighting",
                "crackdown",
            ],
        )
    {
        return None;
    }
    // "Russian artillery has shelled the villages along the Oskil almost
    // every day since the autumn", "settlers raid their hamlets almost
    // every week": what happens every day is no one incident (unless a
    // day is named: "on Monday, as every week, ...").
    // (Most incidents hold none of these words: one byte search first.)
    static HABIT: crate::text::Needles =
        crate::text::Needles::new(&["every ", "daily", "nightly", "weekly"]);
    let text = s.get(inc.start..inc.end).unwrap_or("");
    let may_habit = HABIT.any_in(text);
    let every = may_habit
        && in_inc.windows(2).any(|w| {
            w[0].is(s, "every") && eq_any(w[1].text(s), &["day", "week", "night", "month"])
        })
        || in_inc.windows(2).any(|w| {
            // ("the weekly market" is no habit.)
            eq_any(w[0].text(s), &["almost", "nearly"])
                && eq_any(w[1].text(s), &["daily", "nightly", "weekly"])
        });
    if every
        && !in_inc
            .windows(2)
            .any(|w| w[0].is(s, "on") && eq_any(w[1].text(s), &crate::dates::WEEKDAYS))
    {
        return None;
    }
    // "The porters ... are often killed by security forces, rights groups
    // say": what habitually happens is background, no record.
    if ti >= 2
        && eq_any(
            toks[ti - 1].text(s),
            &[
                "often",
                "routinely",
                "regularly",
                "frequently",
                "usually",
                "sometimes",
            ],
        )
        && eq_any(toks[ti - 2].text(s), &["are", "is", "get", "gets"])
    {
        return None;
    }
    // "The airport zone ... comes under mortar fire almost daily".
    if toks[ti.saturating_sub(3)..ti]
        .iter()
        .any(|t| eq_any(t.text(s), &["comes", "come"]))
        && toks
            .get(ti + 1..(ti + 4).min(toks.len()))
            .is_some_and(|next| {
                next.iter()
                    .any(|t| eq_any(t.text(s), &["daily", "nightly", "regularly"]))
            })
    {
        return None;
    }
    // "The town ... is shelled almost daily": the same, adverb after.
    if ti >= 1
        && eq_any(toks[ti - 1].text(s), &["are", "is"])
        && toks.get(ti + 1..ti + 3).is_some_and(|next| {
            next.iter().any(|t| {
                eq_any(
                    t.text(s),
                    &["daily", "nightly", "regularly", "frequently", "routinely"],
                )
            })
        })
    {
        return None;
    }
    // "urged both sides to return to the 2018 peace agreement", "called for
    // a ceasefire": diplomacy, no record; and an agreement named by an
    // earlier year is history.
    if trig.cue == Cue::Trig(crate::lexicon::Cls::Agreement) {
        let call = toks[..ti].iter().any(|t| {
            t.start >= inc.start
                && eq_any(
                    t.text(s),
                    &[
                        "urged", "urges", "urging", "urge", "called", "calls", "calling",
                        "appealed", "demanded", "pressed", "pressing", "press", "pushing",
                    ],
                )
        });
        let dated_before = toks[ti.saturating_sub(3)..ti].iter().any(|t| {
            t.text(s).len() == 4
                && t.text(s)
                    .parse::<u32>()
                    .is_ok_and(|y| (1900..2100).contains(&y))
        });
        if call || dated_before {
            return None;
        }
    }
    // "The Shining Path insurgency of the 1980s and 1990s left an estimated
    // 69,000 people dead": a decade's war is history.
    // ("the worst violence since the 1990s" compares, and still reports.)
    if (2..in_inc.len()).any(|k| {
        let w = in_inc[k].text(s).as_bytes();
        w.len() == 5
            && w[4] == b's'
            && w[..4].iter().all(u8::is_ascii_digit)
            && w[3] == b'0'
            && in_inc[k - 1].is(s, "the")
            && eq_any(in_inc[k - 2].text(s), &["of", "in", "during", "throughout"])
            // Before the trigger: the incident is dated by it ("the
            // property seized in the 1970s" after a hunger strike is not).
            && in_inc[k].end <= trig.start
    }) {
        return None;
    }
    // "fought alongside Machar's forces during the 2013-2018 civil war": a
    // war named by its years is history, wherever the sentence names it.
    let year_named = |w: &str| {
        let mut years = w.split(['-', '\u{2013}']);
        let ok = |y: Option<&str>| {
            y.is_some_and(|y| {
                y.len() == 4 && y.parse::<u32>().is_ok_and(|y| (1900..2100).contains(&y))
            })
        };
        ok(years.next()) && years.next().is_none_or(|y| ok(Some(y))) && years.next().is_none()
    };
    let war_word = |w: &str| eq_any(w, &["war", "conflict", "insurgency", "uprising"]);
    // ("held a sit-in ... to demand compensation for boats destroyed during
    // the 2024 war": a protest over the war's damage happens now.)
    let protest = trig.cue == Cue::Trig(crate::lexicon::Cls::Protest);
    if !protest
        && (2..in_inc.len()).any(|k| {
            in_inc[k - 1].is(s, "the")
                && eq_any(in_inc[k - 2].text(s), &["during", "in", "throughout", "of"])
                && year_named(in_inc[k].text(s))
                && (in_inc.get(k + 1).is_some_and(|t| war_word(t.text(s)))
                    || in_inc
                        .get(k + 1)
                        .is_some_and(|t| eq_any(t.text(s), &["civil", "border"]))
                        && in_inc.get(k + 2).is_some_and(|t| war_word(t.text(s))))
        })
    {
        return None;
    }
    // "Fighting between Lendu and Hema militias killed thousands of people
    // in Ituri between 1999 and 2003": a span of past years, told by no one,
    // is history. (An attributed total over years is a claim, below.)
    let year = |t: &Tok| {
        let w = t.text(s);
        w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1900..2100).contains(&y))
    };
    let years_span = (1..in_inc.len().saturating_sub(2)).any(|k| {
        in_inc[k - 1].is(s, "between")
            && year(&in_inc[k])
            && in_inc[k + 1].is(s, "and")
            && year(&in_inc[k + 2])
    });
    if years_span
        && !toks.iter().any(|t| {
            eq_any(
                t.text(s),
                &[
                    "said",
                    "says",
                    "according",
                    "reported",
                    "estimated",
                    "estimates",
                ],
            )
        })
    {
        return None;
    }
    // "appealed to youths in Bor not to mount revenge raids": what someone
    // is urged not to do is no incident.
    if (2..=4).any(|k| {
        ti > k
            && toks[ti - k].is(s, "to")
            && toks[ti - k - 1].is(s, "not")
            && toks[ti - k].start >= inc.start
    }) {
        return None;
    }
    // "said his government would rebuild the burned homes": repair of the
    // damage, no incident.
    if (1..=3).any(|k| {
        ti >= k
            && eq_any(
                toks[ti - k].text(s),
                &[
                    "rebuild",
                    "rebuilding",
                    "reconstruct",
                    "repair",
                    "repairing",
                ],
            )
    }) {
        return None;
    }
    // "no shooting was reported", "there was no fighting": the trigger
    // itself is negated ("no casualties in the attack" negates only the
    // casualties).
    if ti > 0 && toks[ti - 1].is(s, "no") {
        return None;
    }
    // "have been fighting Hamas in Jabalia for three weeks": an ongoing
    // situation, no incident.
    let perfect_progressive = ti >= 2
        && toks[ti - 1].is(s, "been")
        && eq_any(toks[ti - 2].text(s), &["has", "have"])
        && toks[ti].text(s).to_ascii_lowercase().ends_with("ing");
    // "the two gangs that have fought for control of the prison for
    // years", "Baloch separatists have fought the state for decades": a
    // rivalry described, no incident.
    let described_rivalry = ti >= 2
        && eq_any(toks[ti - 1].text(s), &["has", "have"])
        && (eq_any(toks[ti - 2].text(s), &["that", "which", "who"])
            || eq_any(toks[ti].text(s), &["fought", "battled"]))
        // "the man in the video has led attacks in the area for several
        // years".
        || ti >= 2
            && eq_any(toks[ti - 1].text(s), &["led", "staged", "mounted", "carried"])
            && eq_any(toks[ti - 2].text(s), &["has", "have"]);
    // "its nationals, several of whom have been killed in attacks": what
    // befell those described, no incident of the sentence.
    // (The first trigger decides: "killed in attacks" has "attacks" as
    // its primary.)
    let first = || {
        hits.iter()
            .filter(|h| matches!(h.cue, Cue::Trig(_)) && h.start >= inc.start && h.end <= inc.end)
            .map(|h| h.start)
            .min()
            .map_or(ti, |at| tok_at_or_after(toks, at))
    };
    let first = if s.contains(" been ") { first() } else { 0 };
    if first >= 3
        && toks[first - 1].is(s, "been")
        && eq_any(toks[first - 2].text(s), &["has", "have"])
        && eq_any(toks[first - 3].text(s), &["whom", "who", "which"])
    {
        return None;
    }
    const SPANS: &[&str] = &["days", "weeks", "months", "years", "decades"];
    // "for three weeks", "for years".
    let for_span = || {
        toks[ti..]
            .windows(2)
            .any(|w| w[0].is(s, "for") && eq_any(w[1].text(s), SPANS))
            || toks[ti..]
                .windows(3)
                .any(|w| w[0].is(s, "for") && eq_any(w[2].text(s), SPANS))
    };
    if (perfect_progressive || described_rivalry) && for_span() {
        return None;
    }
    // A modal within reach before the trigger and in the same incident.
    let reach_start = toks
        .get(ti.saturating_sub(MODAL_REACH))
        .map_or(0, |t| t.start)
        .max(inc.start);
    // ("Eritrean soldiers who still hold parts of the Irob district abducted
    // 12 villagers": "still" describes who acted.)
    let describes_subject = |h: &CueHit| {
        let i = toks.partition_point(|t| t.start < h.start);
        i > 0
            && toks[i - 1].is(s, "who")
            && s.get(h.start..h.end)
                .is_some_and(|w| w.eq_ignore_ascii_case("still"))
    };
    // An accusation or a warning governs its whole complement, however long:
    // "accused the military last month of carrying out indiscriminate air
    // strikes", "alleged in a report released last month that police units
    // had executed ...", "warned that renewed fighting could cut off aid".
    // ("young men who accused the authorities of abandoning the region
    // blocked the streets": a relative clause describes who acted.)
    // ("arrested seven suspects, among them two men accused of helping to
    // plan the attack": a participle describes the detainees.)
    let described = |h: &CueHit| {
        let i = toks.partition_point(|t| t.start < h.start);
        i > 0
            && eq_any(
                toks[i - 1].text(s),
                &[
                    "who", "which", "man", "men", "woman", "women", "people", "suspects",
                    "suspect", "members", "youths", "persons",
                ],
            )
            // "a crowd that accused a young herder of spying for the
            // jihadists beat him to death": what drove the crowd.
            || i > 1
                && toks[i - 1].is(s, "that")
                && eq_any(toks[i - 2].text(s), &["crowd", "mob", "residents", "villagers"])
            // "residents caught a man they accused of scouting for the gang
            // and beat him to death": a pronoun right before "accused of"
            // opens a relative clause on whom the crowd caught.
            || i > 0
                && eq_any(toks[i - 1].text(s), &["they", "it", "he", "she"])
                && toks.get(i + 1).is_some_and(|t| t.is(s, "of"))
    };
    let modal = hits.iter().any(|h| {
        h.cue == Cue::Claim(ClaimCue::Modal)
            && h.start >= reach_start
            && h.end <= trig.start
            && !describes_subject(h)
            // ("residents caught two men they accused of theft and beat
            // them to death": the charge describes the victims, and the
            // incident comes after it; not "refused to hand over a man
            // accused of killing a supervisor".)
            && !(s.get(h.start..h.end).is_some_and(|w| w.eq_ignore_ascii_case("accused"))
                && described(h)
                && crate::clauses::charge_span(s, h.start.saturating_sub(1))
                    .is_some_and(|(_, end)| end <= trig.start))
    })
        // "was trying to \"cut Menaka off from Gao\" by attacking traffic":
        // the means of an intention is intended too, however far back.
        || ti > 0
            && toks[ti - 1].is(s, "by")
            && hits.iter().any(|h| {
                h.cue == Cue::Claim(ClaimCue::Modal)
                    && h.start >= inc.start
                    && h.end <= trig.start
                    && s.get(h.start..h.end).is_some_and(|w| w.ends_with(" to"))
            });
    // Conditions reach the whole clause: "will withdraw unless ... ceasefire".
    let conditional = toks[..ti]
        .iter()
        .any(|t| t.start >= inc.start && eq_any(t.text(s), &["if", "unless"]));
    let accusation = hits.iter().any(|h| {
        matches!(h.cue, Cue::Claim(_))
            && h.start >= inc.start
            && h.end <= trig.start
            && !described(h)
            && {
                let w = s.get(h.start..h.end).unwrap_or("").to_ascii_lowercase();
                w.starts_with("accus")
                    || matches!(w.as_str(), "alleged" | "alleges" | "warned" | "warns")
                        && toks.iter().any(|t| {
                            t.start > h.end
                            && t.end <= trig.start
                            // "warned that ...", "warned of more attacks"
                            && (t.text(s) == "that" || t.text(s) == "of" && t.start <= h.end + 2)
                        })
            }
    });
    // "vowed in a video posted on Monday night to avenge the three fighters
    // killed in Sunday's clash": a vow governs its complement too, up to a
    // comma (the incident it names is another record's).
    let vow = hits.iter().any(|h| {
        h.cue == Cue::Claim(ClaimCue::Modal) && h.start >= inc.start && h.end <= trig.start && {
            let w = s.get(h.start..h.end).unwrap_or("").as_bytes();
            let starts =
                |p: &str| w.len() >= p.len() && w[..p.len()].eq_ignore_ascii_case(p.as_bytes());
            (starts("vow") || starts("threaten") || starts("pledged"))
                && !s
                    .get(h.end..trig.start)
                    .is_some_and(|gap| gap.contains(','))
        }
    });
    // "said that the army would \"clear every village\" that had sheltered
    // the ambushers", "the resistance would \"choose the time and place\" of
    // its response to the strikes": a quoted threat governs what follows it,
    // however far.
    let quoted_threat = hits.iter().any(|h| {
        h.cue == Cue::Claim(ClaimCue::Modal) && h.start >= inc.start && h.end <= trig.start && {
            let w = s.get(h.start..h.end).unwrap_or("");
            eq_any(w, &["would", "will"])
                && s.get(h.end..)
                    .is_some_and(|r| r.starts_with(" \"") || r.starts_with(" \u{201c}"))
        }
    });
    // "said the group would answer \"every escalation\" with strikes on the
    // Joint Forces' bases", "the group's drones would hit every road": armed
    // action announced, however far the incident word comes after it.
    let announced = hits.iter().any(|h| {
        h.cue == Cue::Claim(ClaimCue::Modal) && h.start >= inc.start && h.end <= trig.start && {
            let w = s.get(h.start..h.end).unwrap_or("");
            eq_any(w, &["would", "will"])
                && s.get(h.start..trig.start).is_some_and(|gap| {
                    !gap.contains([',', ';']) && gap.split_whitespace().count() <= 14 && {
                        let lower = gap.to_ascii_lowercase();
                        announces_armed_action(&lower)
                    }
                })
        }
    }) || s.get(trig.end..).is_some_and(|r| {
        // The incident word as the subject of what is to come.
        (r.starts_with(" would ") || r.starts_with(" will "))
            && announces_armed_action(&r.trim_start().to_ascii_lowercase())
    });
    let vow = vow || quoted_threat || announced;
    // "said it would go to court to stop police from using live rounds":
    // legal action against what forces might do is no record.
    if modal && legal_action(&s.to_ascii_lowercase()) {
        return None;
    }
    // "told soldiers to lay down their weapons or be killed": a threat.
    let or_else = ti >= 2 && toks[ti - 1].is(s, "be") && toks[ti - 2].is(s, "or");
    // "said that the killing of its commander \"will not go unanswered\"": the
    // incident named is the object of a threat.
    // ("his killing \"will not pass without a response\"", "their killing
    // \"will be answered in the heart of the settlements\"".)
    static UNANSWERED: crate::text::Needles = crate::text::Needles::new(&[
        "not go unanswered",
        "be avenged",
        "without a response",
        "not go unpunished",
        "will be answered",
    ]);
    let answered = s
        .get(trig.end..inc.end)
        .is_some_and(|rest| UNANSWERED.any_in(rest));
    // "accused Ukrainian forces of shelling Kamianka-Dniprovska on Sunday,
    // saying a woman had been killed": one dated incident, reported on the
    // accuser's word, is an event like any other attributed report.
    let one_incident = || {
        let after: Vec<&str> = toks[ti + 1..]
            .iter()
            .take_while(|t| t.end <= inc.end)
            .map(|t| t.text(s))
            .collect();
        // ("... of shooting dead four herders outside the town last week".)
        after.windows(2).any(|w| {
            eq_any(w[0], &["on", "last"]) && eq_any(w[1], &crate::dates::WEEKDAYS)
                || w[0] == "last" && w[1] == "week"
        }) && !toks[..ti].iter().rev().take(8).any(|t| {
            eq_any(
                t.text(s),
                &[
                    "repeatedly",
                    "systematically",
                    "routinely",
                    "campaign",
                    "pattern",
                    "widespread",
                    "systematic",
                ],
            )
        }) && !after
            .iter()
            .any(|w| eq_any(w, &["since", "repeatedly", "campaign"]))
    };
    let other_modal = || {
        hits.iter().any(|h| {
            h.cue == Cue::Claim(ClaimCue::Modal)
                && h.start >= reach_start
                && h.end <= trig.start
                && !s
                    .get(h.start..h.end)
                    .is_some_and(|w| w.len() >= 5 && w[..5].eq_ignore_ascii_case("accus"))
        })
    };
    let dated_accusation = accusation && !conditional && one_incident() && !other_modal();
    let (modal, accusation) = if dated_accusation {
        (false, false)
    } else {
        (modal, accusation)
    };
    if modal || conditional || accusation || vow || or_else || answered {
        return Some(Kind::Claim);
    }
    // "made no progress on a ceasefire", "the committee overseeing the
    // ceasefire": a truce is reported only when something is agreed,
    // signed, extended or exchanged.
    if trig.cue == Cue::Trig(crate::lexicon::Cls::Agreement)
        && !in_inc.iter().any(|t| {
            let w = t.text(s);
            w.get(..5).is_some_and(|p| p.eq_ignore_ascii_case("agree"))
                || w.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("swap"))
                || eq_any(
                    w,
                    &[
                        "signed",
                        "sign",
                        "signing",
                        "reached",
                        "effect",
                        "force",
                        "brokered",
                        "declared",
                        "accepted",
                        "exchanged",
                        "exchange",
                        "extended",
                        "negotiated",
                        "announced",
                        "released",
                        "freed",
                        "handed",
                        "began",
                        "begun",
                        "started",
                        "struck",
                        "sealed",
                    ],
                )
        })
    {
        return None;
    }
    // "to attack" is an intention unless someone tried and failed.
    let purpose_ok = matches!(trig.cue, Cue::Trig(crate::lexicon::Cls::Protest));
    // "resorted to throwing stones", "turned to shelling": a gerund after
    // "to" is what was done, not an infinitive of intention.
    let gerund = toks
        .get(ti)
        .is_some_and(|t| t.text(s).to_ascii_lowercase().ends_with("ing"));
    // "to carry out attacks", "to launch strikes": the same intention with a
    // light verb between.
    let light = |k: usize| {
        ti > k
            && toks[ti - k - 1].is(s, "to")
            && match k {
                1 => eq_any(
                    toks[ti - 1].text(s),
                    &["launch", "stage", "conduct", "mount", "commit", "carry"],
                ),
                2 => toks[ti - 2].is(s, "carry") && toks[ti - 1].is(s, "out"),
                _ => false,
            }
    };
    if (light(1) || light(2)) && !purpose_ok {
        let k = if light(2) { 3 } else { 2 };
        let tried = ti > k
            && eq_any(
                toks[ti - k - 1].text(s),
                &["tried", "attempted", "managed", "went", "began", "started"],
            );
        if !tried {
            return Some(Kind::Claim);
        }
    }
    if ti > 0 && toks[ti - 1].is(s, "to") && !purpose_ok && !gerund {
        let tried = ti >= 2
            && eq_any(
                toks[ti - 2].text(s),
                &["tried", "attempted", "managed", "went", "began", "started"],
            );
        if !tried {
            return Some(Kind::Claim);
        }
    }
    // Ongoing or regained capability: "was recruiting", "had regrouped and".
    // "had been recruiting": recruitment under way is the group's strength
    // growing (other ongoing fighting is no record; see above).
    let recruiting = matches!(trig.cue, Cue::Trig(crate::lexicon::Cls::Recruit));
    let progressive = ti >= 1
        && (eq_any(toks[ti - 1].text(s), &["was", "were", "is", "are"])
            || recruiting && toks[ti - 1].is(s, "been"))
        && toks[ti].text(s).to_ascii_lowercase().ends_with("ing");
    let capability = hits.iter().any(|h| {
        h.cue == Cue::Claim(ClaimCue::Assess) && h.end <= trig.start && h.start >= reach_start && {
            let w = s.get(h.start..h.end).unwrap_or("").to_ascii_lowercase();
            ["regroup", "reconstitut", "rebuil", "resurg", "threat"]
                .iter()
                .any(|p| w.starts_with(p))
        }
    });
    let definite = ti >= 1 && eq_any(toks[ti - 1].text(s), &["the", "this", "that"]);
    let capability_after = definite
        && hits.iter().any(|h| {
            h.start > trig.end && {
                let w = s.get(h.start..h.end).unwrap_or("").to_ascii_lowercase();
                [
                    "ability",
                    "capacity",
                    "capabilit",
                    "growing",
                    "resurg",
                    "threat",
                ]
                .iter()
                .any(|p| w.starts_with(p))
            }
        });
    // "the jailbreak showed that ...": an assessment of an incident.
    let assessed = definite
        && toks.get(ti + 1).is_some_and(|t| {
            eq_any(
                t.text(s),
                &[
                    "showed",
                    "shows",
                    "demonstrated",
                    "highlighted",
                    "exposed",
                    "underlined",
                    "underscored",
                ],
            )
        });
    if progressive || capability || capability_after || assessed {
        return Some(Kind::Claim);
    }
    // ("212 Israeli air strikes": the noun is the trigger's last word.)
    let ti_last = toks
        .partition_point(|t| t.start < trig.end)
        .saturating_sub(1)
        .max(ti);
    // Running totals and trends anywhere in the sentence: "has killed more
    // than 3,000 since 2017", "attacks have become more frequent".
    let asides = crate::clauses::asides(s);
    // ("staged a sit-in ... to demand an end to kidnappings for ransom,
    // which the council says have claimed at least 16 victims in the city
    // since May": the period is the relative clause's own tally, not the
    // protest's.)
    let apart: Vec<(usize, usize)> = asides
        .iter()
        .copied()
        .filter(|&(a, b)| {
            !(a..b).contains(&trig.start)
                && s.get(a..b)
                    .is_some_and(|t| t.starts_with(", which ") || t.starts_with(", who "))
        })
        .collect();
    let outside: Vec<Tok>;
    let period_toks = if apart.is_empty() {
        toks
    } else {
        outside = toks
            .iter()
            .filter(|t| !crate::clauses::in_any(&apart, t.start))
            .copied()
            .collect();
        &outside
    };
    if since_period(s, period_toks)
        || month_total(s, period_toks)
        || plural_period_total(s, toks, ti, ti_last)
    {
        return Some(Kind::Claim);
    }
    // "captured the town after weeks of fighting": how long it took, not a
    // running total.
    // "after nearly two weeks of fighting": past a count and its hedge.
    let lead_up = |h: &CueHit| {
        let i = toks.partition_point(|t| t.start < h.start);
        let mut k = i;
        while k > 0
            && i - k < 3
            && (toks[k - 1].text(s).bytes().all(|b| b.is_ascii_digit())
                || eq_any(toks[k - 1].text(s), &crate::numbers::UNITS[2..=10])
                || eq_any(
                    toks[k - 1].text(s),
                    &[
                        "a", "few", "nearly", "almost", "about", "some", "more", "than", "over",
                        "several",
                    ],
                ))
        {
            k -= 1;
        }
        k > 0
            && eq_any(toks[k - 1].text(s), &["after", "following"])
            && s.get(h.start..h.end).is_some_and(|w| w.ends_with(" of"))
    };
    // "..., the prosecutor's office said, the second journalist killed in
    // the state this year": a trailing apposition ranks the incident.
    // ("..., military officials said, in the heaviest fighting in Lahij
    // province for months": the same, after "in".)
    let ranking_tail = |h: &CueHit| {
        let head = s.get(..h.start).unwrap_or("");
        // ("..., in what would be the closest Russian advance to the
        // regional capital this year".)
        [
            ", the ",
            ", in the ",
            ", in what would be the ",
            ", in what was the ",
            ", in what is the ",
        ]
        .iter()
        .any(|lead| {
            head.rfind(lead).is_some_and(|k| {
                let after = head.get(k + lead.len()..).unwrap_or("");
                let first = after.split(' ').next().unwrap_or("");
                k > trig.end && !after.contains(',') && crate::text::ranks(first)
            })
        })
    };
    // "marched to the governor's office to demand news of relatives
    // abducted ... over the past year": a protest's grievance, not its tally.
    // "detained nine teachers last week after they demanded the payment of
    // salaries withheld for months": what those held had demanded, too.
    let grievance = |h: &CueHit| {
        h.start > trig.end
            && s.get(trig.end..h.start).is_some_and(|between| {
                let protest = trig.cue == Cue::Trig(crate::lexicon::Cls::Protest)
                    && ([
                        " to demand",
                        "demanding",
                        " against ",
                        " to protest",
                        " in protest",
                        " to call for ",
                        " calling for ",
                        // "marched through Neiva ..., carrying photographs of
                        // police officers and soldiers killed this year".
                        " carrying ",
                        " holding ",
                        " waving ",
                        " under the slogan",
                    ]
                    .iter()
                    .any(|p| between.contains(p))
                    // "protested outside the central bank's branch on
                    // Tuesday over a shortage of cash that has left banks
                    // without notes for weeks" (not "over the past two
                    // years", the tally's own period; "protesting over
                    // months of unpaid grants" is a grievance again).
                    || between.contains(" over ")
                        && !between.trim_end().ends_with(" over the")
                        && (!between.trim_end().ends_with(" over")
                            || s.get(h.start..h.end).is_some_and(|w| w.ends_with(" of"))));
                // "handed themselves in to the army ..., saying they had not
                // been paid for months": the reason the actors gave.
                protest
                    || between.contains(" they demanded ")
                    || between.contains(" for demanding ")
                    || between.contains(", saying they ")
                    || between.contains(", complaining ")
            })
    };
    // "hundreds of people angered by weeks of fuel shortages burned tyres":
    // what drove a crowd, not a tally.
    let motive = |h: &CueHit| {
        h.start < trig.start
            && s.get(..h.start).is_some_and(|head| {
                head.split_whitespace().rev().take(4).any(|w| {
                    crate::text::eq_any(w, crate::text::AGGRIEVED)
                        || w.eq_ignore_ascii_case("frustrated")
                })
            })
    };
    // "police officers who had rushed to the scene of the first blast":
    // where someone went, not a place "the scene of repeated attacks".
    let went_to_scene = |h: &CueHit| {
        s.get(h.start..h.end)
            .is_some_and(|w| w.eq_ignore_ascii_case("scene of"))
            && s.get(..h.start).is_some_and(|head| {
                [" to the ", " at the ", " from the "]
                    .iter()
                    .any(|p| head.ends_with(p))
            })
    };
    // "Men from two families that have feuded over land for years fought a
    // gun battle": the history of who fought, in a relative clause.
    let relative_history = |h: &CueHit| {
        let head = s.get(..h.start).unwrap_or("");
        let from = crate::text::floor_boundary(head, head.len().saturating_sub(40));
        let near = head.get(from..).unwrap_or("").to_ascii_lowercase();
        // ("the closure of an unofficial border crossing that local traders
        // have used for years": a subject between.)
        let subject_between = [" that ", " which "].iter().any(|rel| {
            near.rfind(rel).is_some_and(|k| {
                let after = &near[k + rel.len()..];
                let words: Vec<&str> = after.split_whitespace().collect();
                words.len() <= 5
                    && !after.contains(',')
                    && words
                        .iter()
                        .skip(1)
                        .any(|w| eq_any(w, &["have", "has", "had"]))
            })
        });
        subject_between
            || [
                " that have ",
                " that had ",
                " who have ",
                " who had ",
                " which have ",
            ]
            .iter()
            .any(|p| near.contains(p))
    };
    if hits.iter().any(|h| {
        h.cue == Cue::Aggregate
            && !crate::clauses::in_any(&asides, h.start)
            && !relative_history(h)
            && !lead_up(h)
            && !ranking_tail(h)
            && !grievance(h)
            && !motive(h)
            && !went_to_scene(h)
    }) || perfect_total(s, toks, ti)
        || year_total(s, toks, ti)
    {
        return Some(Kind::Claim);
    }
    Some(Kind::Event)
}

/// "mines and unexploded ordnance had killed 37 civilians in Hodeidah
/// province in 2025", "bandits had abducted more than 1,100 people in the
/// state in 2025": a whole year after the verb counts a year's toll (not
/// "in March 2025", nor "In 2024, gunmen ..." opening a dated story).
fn year_total(s: &str, toks: &[Tok], ti: usize) -> bool {
    toks.iter().enumerate().skip(ti + 1).any(|(k, t)| {
        let w = t.text(s);
        w.len() == 4
            && w.starts_with("20")
            && w.bytes().all(|b| b.is_ascii_digit())
            && toks[k - 1].is(s, "in")
            && toks[ti.saturating_sub(2)..k]
                .iter()
                .any(|t| eq_any(t.text(s), &["had", "has", "have"]))
    })
}

/// "has killed" / "have killed" with no date-like anchor reads as a tally.
fn perfect_total(s: &str, toks: &[Tok], ti: usize) -> bool {
    let lo = ti.saturating_sub(2);
    // "claimed to have killed 100 fighters in the operation": a perfect
    // infinitive reports one past incident, not a running total.
    let infinitive = ti >= 2
        && toks[ti - 1].text(s).eq_ignore_ascii_case("have")
        && toks[ti - 2].text(s).eq_ignore_ascii_case("to");
    !infinitive
        && toks[lo..ti]
            .iter()
            .any(|t| eq_any(t.text(s), &["has", "have"]))
        && toks.get(ti).is_some_and(|t| {
            let w = t.text(s).to_ascii_lowercase();
            w == "killed" || w == "displaced" || w == "claimed"
        })
}

/// Whether `hay` contains any of a fixed list of phrases, searched with
/// finders built once per call site (`str::contains` sets its searcher up
/// anew on every call, and these lists are asked of most sentences).
macro_rules! any_of {
    ($hay:expr, [$($w:expr),+ $(,)?] $(,)?) => {{
        static NEEDLES: crate::text::Needles = crate::text::Needles::new(&[$($w),+]);
        NEEDLES.any_in($hay)
    }};
    ($hay:expr, $list:path $(,)?) => {{
        static NEEDLES: crate::text::Needles = crate::text::Needles::new($list);
        NEEDLES.any_in($hay)
    }};
}

/// A sentence with no trigger is a claim when it carries an assessment or
/// modal cue and is about the conflict; the caller also requires a source.
pub(crate) fn is_claim_without_trigger(
    s: &str,
    hits: &[CueHit],
    has_armed_actor: bool,
    has_nonstate_armed_actor: bool,
    strength_estimate: bool,
) -> bool {
    // "setting fire to huts as families fled into the fields": flight told
    // as part of an incident is narrative, no displacement figure.
    let narrative_flight = |h: &CueHit| {
        s.get(h.start..h.end).is_some_and(|w| w.contains("fled"))
            && s.get(..h.start).is_some_and(|b| {
                let b = b.to_ascii_lowercase();
                b.ends_with(" as ") || b.ends_with(" while ") || b.ends_with(" when ")
            })
    };
    // "the kidnappers had called on Tuesday demanding ...": a phone call,
    // not an appeal.
    let dated_call = |h: &CueHit| {
        s.get(h.start..h.end).is_some_and(|w| {
            w.eq_ignore_ascii_case("called on") || w.eq_ignore_ascii_case("calls on")
        }) && s.get(h.end..).is_some_and(|r| {
            let next = r.split_whitespace().next().unwrap_or("");
            crate::text::eq_any(next.trim_end_matches([',', '.']), &crate::dates::WEEKDAYS)
        })
    };
    // "the attackers had accused villagers of passing information to the
    // army": the motive of an incident, no allegation about the conflict.
    // ("Survivors said the attackers accused villagers of feeding members
    // of a self-defence brigade": whatever the attackers accuse them of.)
    let by_attackers = |h: &CueHit| {
        let head = s.get(..h.start).unwrap_or("").trim_end();
        let head = head.strip_suffix(" had").unwrap_or(head);
        let last = head.rsplit(' ').next().unwrap_or("");
        crate::text::eq_any(
            last,
            &[
                "attackers",
                "gunmen",
                "kidnappers",
                "assailants",
                "militants",
                "fighters",
                "insurgents",
                "bandits",
                "jihadists",
            ],
        )
    };
    let starts = |h: &CueHit, p: &str| {
        s.get(h.start..h.end)
            .and_then(|w| w.get(..p.len()))
            .is_some_and(|w| w.eq_ignore_ascii_case(p))
    };
    // "the kidnappers had demanded 2.5 million taka for their release": a
    // ransom, part of the abduction.
    let ransom = |h: &CueHit| {
        starts(h, "demand")
            && s.get(h.end..).is_some_and(|r| {
                let r = r
                    .get(..crate::text::floor_boundary(r, r.len().min(60)))
                    .unwrap_or(r);
                ["ransom", " release", " million ", "naira", "dollars"]
                    .iter()
                    .any(|p| r.contains(p))
            })
    };
    let motive = |h: &CueHit| {
        starts(h, "accus") && by_attackers(h)
            || ransom(h)
            || starts(h, "accus")
                && s.get(h.end..).is_some_and(|r| {
                    let r = r
                        .get(..crate::text::floor_boundary(r, r.len().min(40)))
                        .unwrap_or(r);
                    [
                        "of passing information",
                        "of informing",
                        "of spying",
                        "of being informants",
                        "of being informers",
                        "of collaborating",
                        // A grievance: "accusing Islamabad of plundering the
                        // province's gas and minerals".
                        "of plundering",
                        "of exploiting",
                        "of marginalising",
                        "of marginalizing",
                        "of neglecting",
                    ]
                    .iter()
                    .any(|p| r.contains(p))
                })
    };
    // "shot dead a clan elder who had urged young men to join the fight":
    // what the victim had said, in a relative clause after the incident.
    let first_trigger_end = hits
        .iter()
        .filter(|h| matches!(h.cue, Cue::Trig(_)))
        .map(|h| h.end)
        .min();
    let of_victim = |h: &CueHit| {
        matches!(h.cue, Cue::Claim(_))
            && first_trigger_end.is_some_and(|t| {
                t < h.start
                    && s.get(t..h.start)
                        .is_some_and(|gap| gap.contains(" who had ") && !gap.contains([',', ';']))
            })
    };
    // "after months in a displacement camp", "families displaced by the
    // violence live in camps": people described, no displacement told.
    let described_displaced = |h: &CueHit| {
        let w = s.get(h.start..h.end).unwrap_or("");
        let after = s.get(h.end..).unwrap_or("");
        let before = s.get(..h.start).unwrap_or("").trim_end();
        let prev = before.rsplit(' ').next().unwrap_or("");
        (w.eq_ignore_ascii_case("displacement")
            && (after.starts_with(" camp") || after.starts_with(" site")))
            || (w.eq_ignore_ascii_case("displaced")
                && after.starts_with(" by ")
                && !prev.is_empty()
                && !crate::text::eq_any(
                    prev,
                    &[
                        "has", "have", "had", "been", "were", "was", "are", "is", "being",
                    ],
                ))
    };
    // "had ignored repeated orders to stop": an order, no appeal.
    let ordered_stop = |h: &CueHit| {
        s.get(h.start..h.end)
            .is_some_and(|w| w.eq_ignore_ascii_case("stop"))
            && s.get(..h.start).is_some_and(|b| {
                let b = b.trim_end();
                ["orders to", "order to", "ordered to"]
                    .iter()
                    .any(|p| crate::text::ends_with_ci(b, p))
            })
    };
    let repeated_orders = |h: &CueHit| {
        s.get(h.start..h.end)
            .is_some_and(|w| w.eq_ignore_ascii_case("repeated"))
            && s.get(h.end..).is_some_and(|r| {
                [" orders", " requests", " calls", " demands"]
                    .iter()
                    .any(|p| r.starts_with(p))
            })
    };
    let drop = |h: &CueHit| {
        ordered_stop(h)
            || repeated_orders(h)
            || narrative_flight(h)
            || dated_call(h)
            || motive(h)
            || of_victim(h)
            || described_displaced(h)
    };
    let kept: Vec<CueHit>;
    let hits = if hits.iter().any(drop) {
        kept = hits.iter().filter(|h| !drop(h)).copied().collect();
        &kept[..]
    } else {
        hits
    };
    // "funds to recruit 2,000 police cadets": a state recruiting is a plan;
    // recruitment is an assessment of an armed group.
    let state_recruiting = |h: &CueHit| {
        !has_nonstate_armed_actor
            && s.get(h.start..h.end)
                .is_some_and(|w| w.to_ascii_lowercase().starts_with("recruit"))
    };
    let assess = strength_estimate
        || hits.iter().any(|h| {
            h.cue == Cue::Claim(ClaimCue::Assess) && !state_recruiting(h)
                || h.cue == Cue::Claim(ClaimCue::Modal) && {
                    let w = s.get(h.start..h.end).unwrap_or("").to_ascii_lowercase();
                    w.starts_with("accus") || w.starts_with("alleg")
                }
        });
    let modal = hits.iter().any(|h| h.cue == Cue::Claim(ClaimCue::Modal));
    // Running totals and displacement figures are statements about the
    // conflict by themselves ("has displaced more than 2 million people").
    let aggregate = hits.iter().any(|h| h.cue == Cue::Aggregate);
    let displacement = hits.iter().any(|h| {
        let w = s.get(h.start..h.end).unwrap_or("").to_ascii_lowercase();
        matches!(h.cue, Cue::Claim(_) | Cue::Aggregate)
            && (w.contains("displac") || w.contains("homes") || crate::lexicon::tells_flight(&w))
    });
    // "promised a lightning response", "vowed swift retaliation": a threat
    // of armed action with no trigger word.
    let lower = s.to_ascii_lowercase();
    let threat = any_of!(
        &lower,
        [
            "vowed",
            "vows",
            "promised",
            "pledged",
            "threatened",
            "warned",
            "warns",
        ],
    ) && any_of!(
        &lower,
        [
            "response",
            "retaliation",
            "reprisal",
            "hunted down",
            "punished",
            "brought to justice",
            "avenge",
            "revenge",
            // "vowed that security forces would pursue these criminals".
            "pursue",
            "hunt down",
            "crush",
            "wipe out",
            "eliminate",
        ],
    ) || any_of!(&lower, crate::lexicon::THREATS)
        || any_of!(&lower, ["answer every bullet", "answer every attack"]);
    // "said that the security forces would \"take back every prison\"":
    // forces announced in action.
    // "the killing \"will not go unpunished\"": from an armed group a
    // threat, from a president a promise of justice.
    let threat = threat && (has_armed_actor || !lower.contains("unpunished"));
    let threat = threat
        || has_armed_actor && announces_armed_action(&lower)
        // ("villages that formed vigilante groups would \"pay with their
        // sons\"": harm to come, in other words.)
        || has_armed_actor && threatens_harm(&lower)
        // ("He warned that Mocha would be hit again": a warning of harm,
        // whoever the speaker is.)
        || any_of!(&lower, ["warned", "warns", "vowed", "vows", "threatened"])
            && threatens_harm(&lower)
        || vows_armed_action(&lower)
        || forces_announce_armed_action(&lower);
    let cue = assess || modal || aggregate || threat;
    // "urged both sides to return to the peace agreement", "called for
    // talks": an appeal for diplomacy is no statement about the conflict.
    let appeal = any_of!(
        &lower,
        [
            "urged",
            "urges",
            "called on",
            "called for",
            "appealed",
            "pressed",
        ],
    ) && any_of!(
        &lower,
        [
            "agreement",
            "talks",
            "dialogue",
            "ceasefire",
            "negotiation",
            "restraint",
            "peace deal",
            "peace process",
            // "called on Israel to hold violent settlers to account".
            "to account",
            "accountable",
            "sanctions",
        ],
    );
    if appeal && !threat {
        return false;
    }
    // "AQAP said ... its \"mujahideen\" had planted the device after
    // watching the colonel \"for weeks\"": a claim of responsibility belongs
    // to the incident.
    if !threat
        && any_of!(
            &lower,
            [
                "had planted the ",
                "planted the device",
                "planted the bomb",
                "claimed responsibility for the",
            ],
        )
    {
        return false;
    }
    // "The World Food Programme said it had cut monthly rations for about
    // 300,000 displaced people": relief, no statement about the fighting.
    let relief = !threat
        && !has_nonstate_armed_actor
        && any_of!(
            &lower,
            [
                " rations",
                "food aid",
                "food assistance",
                "donor funding",
                "funding shortfall",
                "humanitarian aid",
                "aid deliveries",
                // "put the cost of rebuilding homes ... at about $11 billion".
                "cost of rebuilding",
                "reconstruction",
            ],
        );
    if relief {
        return false;
    }
    // "said it would go to court to stop police from using live rounds":
    // legal action, no statement about the fighting.
    if legal_action(&lower) && !threat {
        return false;
    }
    // "State officials said they could not confirm the killings": nothing
    // asserted.
    if !threat
        && any_of!(
            &lower,
            [
                "could not confirm",
                "could not independently confirm",
                "were unable to confirm",
                "was unable to confirm",
                "could not verify",
                "could not independently verify",
            ],
        )
    {
        return false;
    }
    // "has promised to send a further 1,000 troops": a deployment, a plan,
    // no statement about the fighting.
    let deployment = any_of!(
        &lower,
        [
            "to send",
            "to deploy",
            "to dispatch",
            "will send",
            "would send",
            "will deploy",
            "would deploy",
            // "said that more troops would be deployed to the north-west".
            "would be deployed",
            "will be deployed",
            "would be sent",
            "will be sent",
            // "an extra 2,000 soldiers would be posted to the north-west",
            // "Tabasco would receive 600 more National Guard troops".
            "would be posted",
            "will be posted",
            // "600 more National Guard troops would arrive in the region".
            "would arrive",
            "will arrive",
            "would receive",
            "will receive",
            // "The army said it would add more escorts from next week".
            "would add more",
            "will add more",
            // "visited Mora and promised more troops and food aid".
            "promised more",
            "pledged more",
            "promised additional",
            "pledged additional",
        ],
    ) && any_of!(
        &lower,
        [
            "troops",
            "soldiers",
            "forces",
            "police",
            "officers",
            "reinforcements",
            "battalion",
            "battalions",
            "escorts",
            // "the Gang Suppression Force would send a unit to the town",
            // "the Gang Suppression Force will deploy to the Centre".
            "unit",
            "units",
            "force",
        ],
    );
    // "Tulkarm's two refugee camps have stood largely empty since the army
    // launched an offensive", "prices have fallen since the ceasefire": a
    // situation, no statement about the fighting.
    if !threat
        && !assess
        && (lower.contains(" since ") || lower.contains(" largely"))
        && any_of!(
            &lower,
            [
                "have stood largely",
                "has stood largely",
                "have remained since",
                "has remained since",
                "have fallen since",
                "has fallen since",
            ],
        )
    {
        return false;
    }
    // "promised to open talks with armed groups": diplomacy, no statement
    // about the fighting.
    let talks = !threat
        && !assess
        && any_of!(
            &lower,
            [
                "open talks",
                "hold talks",
                "join talks",
                "resume talks",
                "start talks",
                // "there were no plans to resume peace talks with the
                // National Democratic Front", "talks with Damascus on folding
                // his forces into the army were \"moving slowly\"", "urged
                // NAS to \"come back to the table\"", "the door \"remains
                // open\"", "nothing to negotiate with \"terrorists\"".
                "peace talks",
                "talks with",
                "talks between",
                "to the table",
                "remains open",
                "remained open",
                "to negotiate",
                "roadmap",
                // "remained \"committed to dialogue\" with Kabul", "would
                // \"never sit at a table with terrorists\"".
                "dialogue",
                "a table with",
                // "plans to hold direct elections later this year", "still
                // debating how to pay for the mission".
                "elections",
                "how to pay for",
            ],
        );
    if talks {
        return false;
    }
    // "... more troops would be sent to the region and warned that the
    // group's commanders would be pursued": the warning is a claim still.
    let warning = any_of!(&lower, ["warned", "warns", "vowed", "vows", "threatened"]);
    // "said the armed forces would \"hunt down the terrorists\" and announced
    // that more troops would be sent": the announced action is the claim.
    if deployment && !threat && !warning && !announces_armed_action(&lower) {
        return false;
    }
    // "threatened to pull its troops out of the regional force": a threat to
    // withdraw is no threat of armed action.
    if any_of!(
        &lower,
        [
            "to pull its troops",
            "to pull out its troops",
            "to withdraw its troops",
            "to withdraw its forces",
            "to pull its forces",
            // "The African Union's mission has cut its troop numbers".
            "cut its troop",
            "withdraw their troops",
            "reduced its troop",
            // "has promised to reduce the number of troops posted in the
            // provinces".
            "reduce the number of troops",
            "reduce troop numbers",
            "cut troop numbers",
        ],
    ) && !threat
    {
        return false;
    }
    // A modal alone ("Moscow said it would discuss security with the
    // Taliban authorities") is politics unless an insurgent is involved.
    let topic_word = hits.iter().any(|h| h.cue == Cue::Topic);
    let topic = if displacement || threat {
        true
    } else if assess || aggregate {
        has_armed_actor || topic_word
    } else {
        has_nonstate_armed_actor || topic_word
    };
    // "..., a charge Kigali denies": the accused's denial does not undo the
    // accusation, which is the claim.
    let toks = words(s);
    // "would use force again if Armenia did not withdraw": a condition's
    // negation belongs to the condition, not to the threat.
    let condition_at = toks
        .iter()
        .find(|t| eq_any(t.text(s), &["if", "unless"]))
        .map_or(usize::MAX, |t| t.start);
    // "vowed that forces would pursue them and said his government would
    // not pay ransoms": a second statement's negation is its own.
    let second_statement = hits
        .iter()
        .find(|h| h.cue == Cue::Claim(ClaimCue::Modal))
        .and_then(|m| {
            let rest = lower.get(m.end..)?;
            // ("the force would \"hunt down every one of those
            // responsible\" and that operations in Saranda would not be
            // halted": a second thing said, its negation its own.)
            // ("would pursue the attackers ... and would not wait for
            // permission": a second promise.)
            [
                " and said ",
                " and added ",
                ", adding ",
                " and that ",
                " and would ",
                " and will ",
            ]
            .iter()
            .filter_map(|w| rest.find(w))
            .min()
            .map(|k| m.end + k)
        })
        .unwrap_or(usize::MAX);
    // "the KNF denied that its members had been involved and warned that
    // \"every raid ... will be answered\"": the denial is of something else.
    let warning_after = [
        " and warned ",
        " but warned ",
        // ("denied any involvement ..., but said it would go on fighting".)
        " but said ",
        " and vowed ",
        " and threatened ",
    ]
    .iter()
    .filter_map(|w| lower.find(w))
    .min()
    .filter(|_| threat);
    // "troops would \"deny the terrorists any rest\"": a denial to come is
    // the armed action threatened, no denial of what was said.
    let deny_to_come = |h: &CueHit| {
        s.get(h.start..h.end)
            .is_some_and(|w| w.eq_ignore_ascii_case("deny"))
            && s.get(..h.start).is_some_and(|b| {
                let b = b.trim_end_matches([' ', '"', '\u{201c}']);
                crate::text::ends_with_ci(b, " would") || crate::text::ends_with_ci(b, " will")
            })
    };
    let negated = hits.iter().any(|h| {
        h.cue == Cue::Negation
            && !deny_to_come(h)
            && h.start < condition_at
            && h.start < second_statement
            && warning_after.is_none_or(|w| h.start > w)
            && !litotes(s, h)
            && {
                let i = toks.partition_point(|t| t.start < h.start);
                // "..., which the Emirates deny": the accused's denial in a
                // relative clause does not undo the accusation either; nor does
                // a condition put as one ("commanders who did not hand over
                // their weapons would be hunted down").
                !toks[i.saturating_sub(4)..i]
                    .iter()
                    .any(|t| t.is(s, "which") || t.is(s, "who"))
                    && !toks[i.saturating_sub(5)..i]
                        .iter()
                        .any(|t| eq_any(t.text(s), crate::text::ACCUSATION_NOUNS))
            }
    });
    cue && topic && !negated && !pluperfect(s)
}

/// "The army did not comment, but a FACT spokesman said unidentified
/// aircraft had bombed ...": a side's silence, then someone else's report.
fn no_comment_but(s: &str, h: &CueHit, trig_start: usize) -> bool {
    let rest = s.get(h.end..trig_start).unwrap_or("");
    let rest = rest.trim_start();
    let rest = rest.strip_prefix("immediately ").unwrap_or(rest);
    (rest.starts_with("comment") || rest.starts_with("respond")) && rest.contains(", but ")
}

/// "would not hesitate to strike", "will not stand idle", "will not go
/// unanswered": a negated reluctance is a threat.
fn litotes(s: &str, h: &CueHit) -> bool {
    s.get(h.end..)
        .map(|rest| rest.trim_start_matches([' ', '"', '\'']))
        .is_some_and(|rest| {
            [
                "hesitate",
                "stand idle",
                "go unanswered",
                "go unpunished",
                "remain silent",
                // "soldiers \"will not sleep in peace\"", "the strike \"will
                // not be the last\"".
                "sleep in peace",
                "be the last",
                // "the killing \"will not pass without a response\"", "We
                // will not stop until the last junta camp ... is gone".
                "pass without",
                "stop until the last",
                // "the blood of our sons will not go to waste".
                "go to waste",
                "go unavenged",
            ]
            .iter()
            .any(|w| rest.starts_with(w))
                // "would \"not give the Comando Vermelho a single day of
                // rest\"": no rest promised to an enemy is a threat.
                || (["give ", "allow ", "leave "].iter().any(|w| rest.starts_with(w))
                    || ["give", "allow", "leave"].iter().any(|w| {
                        s.get(h.start..h.end)
                            .is_some_and(|x| crate::text::ends_with_ci(x, w))
                    }))
                    && rest
                        .get(..crate::text::floor_boundary(rest, rest.len().min(60)))
                        .is_some_and(|r| r.contains(" rest") || r.contains("respite"))
        })
}

/// "had been searching": narrative detail of an earlier incident.
/// ("More than 3,000 people who had been living in the camp have fled":
/// a relative clause describes the people, the sentence goes on.)
pub(crate) fn pluperfect(s: &str) -> bool {
    let toks = words(s);
    toks.windows(2)
        .any(|w| w[0].is(s, "had") && w[1].is(s, "been"))
        && toks.windows(4).any(|w| {
            w[1].is(s, "had")
                && w[2].is(s, "been")
                && w[3].text(s).ends_with("ing")
                && !eq_any(w[0].text(s), &["who", "which", "that"])
        })
        || toks.len() >= 3
            && toks[0].is(s, "had")
            && toks[1].is(s, "been")
            && toks[2].text(s).ends_with("ing")
}

/// "since August", "since 2017", "since April last year": a period, so a
/// running total rather than one incident.
/// "go to court", "file a lawsuit": legal action, in a lowercase sentence.
fn legal_action(lower: &str) -> bool {
    any_of!(
        lower,
        [
            "go to court",
            "went to court",
            "file a lawsuit",
            "filed a lawsuit",
            "legal action",
            "petition the court",
            "petitioned the court",
            "file a petition",
            "filed a petition",
        ],
    )
}

/// "139 people had been killed in the state in October": a month's toll
/// across a state or country is a statistic, no incident.
fn month_total(s: &str, toks: &[Tok]) -> bool {
    // The month first: most sentences have none, and need no lowercase copy.
    let month = toks.windows(2).enumerate().any(|(i, w)| {
        eq_any(w[0].text(s), &["in", "during", "throughout"])
            && eq_any(w[1].text(s), &crate::dates::MONTHS)
            && !toks
                .get(i + 2)
                .is_some_and(|n| n.text(s).bytes().all(|b| b.is_ascii_digit()))
    });
    month && {
        let lower = s.to_ascii_lowercase();
        [
            "in the state",
            "in the country",
            "across the state",
            "across the country",
            "nationwide",
            "in the region",
        ]
        .iter()
        .any(|w| lower.contains(w))
    }
}

/// "militant attacks had killed at least 51 members of the security forces
/// in Balochistan in October", "attacks had risen by a third in 2025":
/// incidents counted in the plural over a month or a year are a statistic.
fn plural_period_total(s: &str, toks: &[Tok], ti: usize, ti_last: usize) -> bool {
    let plural_at = |i: usize| {
        toks.get(i).is_some_and(|t| {
            eq_any(
                t.text(s),
                &[
                    "attacks",
                    "strikes",
                    "airstrikes",
                    "raids",
                    "clashes",
                    "bombings",
                    "killings",
                ],
            )
        })
    };
    // "carried out four airstrikes against camps near Murzuq in
    // September": strikes counted and done by someone are incidents.
    let window = &toks[ti.saturating_sub(3)..ti];
    // A few strikes are counted; "more than 1,100 killings" is a tally
    // (read whole, across its thousands separator).
    let number = |t: &Tok| -> Option<u32> {
        let inside = s
            .get(..t.start)
            .is_some_and(|h| h.ends_with(',') || h.ends_with(|c: char| c.is_ascii_digit()));
        let whole: String = s
            .get(t.start..)
            .unwrap_or("")
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == ',')
            .filter(char::is_ascii_digit)
            .collect();
        (!inside).then(|| whole.parse::<u32>().ok()).flatten()
    };
    // ("militants had carried out 94 attacks in Khyber Pakhtunkhwa in
    // May": a tally, whoever did them.)
    let tally = window.iter().any(|t| number(t).is_some_and(|n| n >= 20));
    // ("212 Israeli air strikes": a tally's noun is the trigger's last
    // word.)
    // ("Militant violence killed 96 people in Khyber Pakhtunkhwa in May":
    // violence in general over a month, the same.)
    let violence = ti >= 1 && toks[ti - 1].is(s, "violence");
    let plural = plural_at(ti) || tally && plural_at(ti_last) || violence;
    let counted = !tally
        && window.iter().any(|t| {
            let w = t.text(s);
            number(t).is_some_and(|n| n < 20)
                || eq_any(w, &crate::numbers::UNITS[2..=10])
                || eq_any(
                    w,
                    &["carried", "conducted", "launched", "several", "a", "series"],
                )
        });
    plural
        && !counted
        && toks.windows(2).enumerate().any(|(i, w)| {
            eq_any(w[0].text(s), &["in", "during", "throughout"])
                && (eq_any(w[1].text(s), &crate::dates::MONTHS)
                    && !toks
                        .get(i + 2)
                        .is_some_and(|n| n.text(s).bytes().all(|b| b.is_ascii_digit()))
                    || w[1].text(s).len() == 4
                        && w[1]
                            .text(s)
                            .parse::<u32>()
                            .is_ok_and(|y| (1990..=2100).contains(&y)))
        })
}

fn since_period(s: &str, toks: &[Tok]) -> bool {
    const SUPERLATIVE: &[&str] = &[
        "deadliest",
        "worst",
        "biggest",
        "largest",
        "first",
        "most",
        "bloodiest",
        "heaviest",
        "serious",
        "major",
        "latest",
    ];
    // "a protest ... against power and water cuts since the depot was hit":
    // how long the grievance has lasted. ("a rebellion against the
    // government since 2015" is a period still.)
    // ("to demand pensions they say have gone unpaid since July": eight
    // words back; "to demand news of husbands they said had been missing
    // since an attack": ten.)
    // ("rallied ... to demand higher pensions, as they have done every week
    // since August": how long the protests have gone on.)
    let grievance_since = |i: usize| {
        (toks[i.saturating_sub(6)..i]
            .iter()
            .any(|w| w.is(s, "against") || w.is(s, "done"))
            || toks[i.saturating_sub(10)..i]
                .iter()
                .any(|w| eq_any(w.text(s), &["protesting", "demanding", "demand"])))
            && toks
                .get(i + 1)
                .is_some_and(|n| !n.text(s).starts_with(|c: char| c.is_ascii_digit()))
    };
    toks.iter().enumerate().any(|(i, t)| {
        // "since then" is a cue of its own; "the deadliest attack since
        // 2015" compares, it does not count.
        // "between February and June": a period as well.
        t.is(s, "between")
            && toks
                .get(i + 1)
                .is_some_and(|n| eq_any(n.text(s), &crate::dates::MONTHS))
            || t.is(s, "since")
                && toks.get(i + 1).is_some_and(|n| !n.is(s, "then"))
                && !grievance_since(i)
                // "troops had since retaken the base": the adverb, after the
                // work of the verb, is no period.
                && !toks
                    .get(i.wrapping_sub(1))
                    .is_some_and(|p| eq_any(p.text(s), &["had", "has", "have"]))
                // "they have not been seen since, the association said".
                && !s.get(t.end..).is_some_and(|r| r.starts_with([',', '.']))
                // "Troops who had been combing the area since the ambush
                // cornered ...": how long the subject had been at it, in a
                // relative clause, counts nothing.
                // ("blew up two houses that had stood empty since the 2024
                // war": how long the houses had stood.)
                && !{
                    let lo = i.saturating_sub(8);
                    let back = &toks[lo..i];
                    // ("said that 612 people had been killed since January
                    // 1": a complement, no relative clause.)
                    // ("In Port Sudan, the Red Sea city where the government
                    // has sat since 2023, police arrested 14 people".)
                    // (Not "a region ... where Boko Haram has fought the army
                    // since 2014.": the clause runs to the end.)
                    let closes = || s.get(t.end..).is_some_and(|r| r.contains(", "));
                    back.iter().enumerate().any(|(k, w)| {
                        eq_any(w.text(s), &["who", "which"])
                            || w.is(s, "where") && closes()
                            || w.is(s, "that")
                                && !toks[(lo + k).saturating_sub(4)..lo + k].iter().any(|p| {
                                    eq_any(
                                        p.text(s),
                                        &[
                                            "said",
                                            "says",
                                            "added",
                                            "reported",
                                            "estimated",
                                            "announced",
                                            "stated",
                                            "confirmed",
                                        ],
                                    )
                                })
                    }) && back
                            .iter()
                            .any(|x| eq_any(x.text(s), &["been", "had", "has", "have"]))
                }
                // ("the heaviest fighting in the area since": six words back;
                // "the first deadly attack on cultivators in the valley's
                // foothills since": nine.)
                && !toks[i.saturating_sub(9)..i]
                    .iter()
                    .any(|w| eq_any(w.text(s), SUPERLATIVE))
                // "Uganda's army, which has fought the ADF ... since 2021,
                // said": a relative aside describes the speaker.
                && !in_relative_aside(s, t.start)
                // "In Port Sudan, where the government has been based since
                // the army lost Khartoum, ...": a place described.
                && !where_aside(s, t.start)
                // "Relatives of soldiers missing in action since last
                // year's fighting rallied": how long someone has been gone.
                && !toks[i.saturating_sub(4)..i]
                    .iter()
                    .any(|w| eq_any(w.text(s), &["missing", "held"]))
                // "a town held by the M23 since early 2025": how long a
                // place has been held describes the place.
                && !toks[i.saturating_sub(4)..i].iter().any(|w| {
                    eq_any(
                        w.text(s),
                        &["held", "controlled", "occupied", "besieged", "ruled", "run"],
                    )
                })
                // "since the assault began on Monday", "since dawn": days,
                // the span of one incident.
                && !toks.iter().skip(i + 1).take(6).any(|w| {
                    // ("since Tuesday's drone strike": the day's incident.)
                    let w_text = w.text(s);
                    let day = w_text
                        .strip_suffix("'s")
                        .or_else(|| w_text.strip_suffix("\u{2019}s"))
                        .unwrap_or(w_text);
                    eq_any(day, &crate::dates::WEEKDAYS)
                        || eq_any(
                            w.text(s),
                            &["yesterday", "dawn", "overnight", "morning", "hours"],
                        )
                })
    })
}

/// Verbs of armed action, as a threat announces them ("would strike",
/// "vowed to \"uproot every cell\"").
const ARMED_ACTION: &[&str] = &[
    "defend every",
    // "Russia would push its \"buffer zone\" deeper".
    "push ",
    "strik",
    "attack",
    "hit ",
    "hitting",
    "retaliat",
    "respond",
    "bomb",
    "pursue",
    "crush",
    "destroy",
    "target",
    "operat",
    "fight",
    "hunt",
    "pound",
    "punish",
    "eliminat",
    "take back",
    "retake",
    "wipe out",
    // "his fighters would \"close every road into Bahir Dar\"",
    // "would \"march on Malakal\"".
    "close every",
    "march on",
    "advance on",
    "besiege",
    "blockade",
    "storm",
    "overrun",
    "seize",
    "capture",
    // "vowed to \"uproot every cell\"", "would \"silence the drones\"".
    "uproot",
    "silence",
    // "troops would \"flush them out of every forest\"", "his men would
    // burn any village", "would \"go after these criminals\"", "would
    // \"chase the Khawarij out\"", "would \"clear the right bank\"".
    "flush",
    "burn ",
    // "his units would \"keep burning the occupier's logistics\"".
    "burning",
    "go after",
    "chase",
    "clear the",
    "kill",
    "answer every",
    "use force",
    "deny the",
    "continue the march",
    // "his forces would \"dig out every cell\"".
    "dig out",
    // "soldiers would \"shoot on sight\" any armed group", "would \"turn
    // the airport into a graveyard for the invaders\"".
    "shoot",
    "turn the",
    // "police would \"occupy every street the factions think they own\"",
    // "would \"use all necessary force\"", "would launch \"a decisive
    // operation\"", "the area would be \"cleared of every dacoit gang\"".
    "occupy every",
    "use all",
    "answer every",
    "go back into",
    "go on to",
    "destroy",
    "launch",
    "be cleared",
];

/// "would keep striking", "will \"hunt down the terrorists\"", "would take
/// back every prison": armed action announced (`lower` is lower-case).
pub(crate) fn announces_armed_action(lower: &str) -> bool {
    armed_after(lower, &["would ", "will "], true)
}

/// "his forces would \"dig out every cell\"", "police would hunt them
/// down": armed action announced for a force named by its kind, whose
/// country the speaker's need not tell (`lower` is lower-case).
pub(crate) fn forces_announce_armed_action(lower: &str) -> bool {
    const FORCES: &[&str] = &[
        "forces", "force", "troops", "police", "soldiers", "army", "men", "fighters", "units",
    ];
    // Subjects whose own quoted words only are read ("officers would
    // \"answer fire with fire\"", "the Guard would \"meet any column ...
    // with fire\"").
    const QUOTED_FORCES: &[&str] = &[
        "officers",
        "guard",
        "guards",
        "rebels",
        "militants",
        "insurgents",
        "brigade",
        "brigades",
    ];
    [" would ", " will "].iter().any(|m| {
        lower.match_indices(m).any(|(i, _)| {
            let before = lower.get(..i).unwrap_or("");
            let subject = before.rsplit(' ').next().unwrap_or("");
            let after = lower.get(i + m.len()..).unwrap_or("");
            if QUOTED_FORCES.contains(&subject) {
                return after.starts_with(['"', '\u{201c}']);
            }
            // "his men would \"come back to the Belgorod region whenever we
            // choose\"", "security forces would \"act without mercy\"": what
            // armed men will do, in their own words, is a threat.
            let quoted = after.starts_with(['"', '\u{201c}']);
            FORCES.contains(&subject)
                && (quoted || armed_after(lower.get(i..).unwrap_or(""), &[m], true))
        })
    })
}

/// "threatened to close \"every road into Gusau\"", "vowed to \"uproot every
/// cell\"": a threat verb whose complement is armed action (`lower` is
/// lower-case).
pub(crate) fn vows_armed_action(lower: &str) -> bool {
    const VOWS: &[&str] = &[
        "threatened",
        "threatens",
        "vowed",
        "vows",
        "pledged",
        "swore",
    ];
    armed_after(
        lower,
        &[
            "threatened to ",
            "threatens to ",
            "vowed to ",
            "vows to ",
            "pledged to ",
            "swore to ",
        ],
        false,
    )
        // "vowed on Friday to \"hunt the killers down\"": a date between.
        || VOWS.iter().any(|v| {
            lower.match_indices(v).any(|(i, _)| {
                let rest = lower.get(i + v.len()..).unwrap_or("");
                let Some(k) = rest.find(" to ") else {
                    return false;
                };
                let gap = &rest[..k];
                k > 0
                    && gap.split(' ').filter(|w| !w.is_empty()).count() <= 3
                    && !gap.contains([',', '"', '\u{201c}'])
                    && armed_after(&rest[k..], &[" to "], false)
            })
        })
}

/// Whether armed action follows one of `markers` in `lower` (past an
/// opening quote, and with `lasting`, past "keep"/"go on"/"continue":
/// "would keep striking").
fn armed_after(lower: &str, markers: &[&str], lasting: bool) -> bool {
    markers.iter().any(|m| {
        lower.match_indices(m).any(|(i, _)| {
            let rest = lower.get(i + m.len()..).unwrap_or("");
            let rest = rest.trim_start_matches(['"', '\u{201c}']);
            // "would answer \"every escalation\"": a quote inside the phrase.
            let unquoted;
            let rest = if rest
                .get(..24)
                .is_some_and(|h| h.contains(['"', '\u{201c}']))
            {
                unquoted = rest.replace(['"', '\u{201c}'], "");
                unquoted.as_str()
            } else {
                rest
            };
            let rest = if lasting {
                rest.strip_prefix("keep ")
                    .or_else(|| rest.strip_prefix("go on "))
                    .or_else(|| rest.strip_prefix("continue "))
                    .unwrap_or(rest)
            } else {
                rest
            };
            ARMED_ACTION.iter().any(|v| rest.starts_with(v))
        })
    })
}

/// Whether `at` lies inside a ", which ...," or ", who ...," aside about
/// the speaker: the aside closes right before the speech verb.
fn in_relative_aside(s: &str, at: usize) -> bool {
    match aside_verb(s, at, &[", which ", ", who "]) {
        Some(verb) => eq_any(
            verb,
            &[
                "said",
                "says",
                "told",
                "announced",
                "claimed",
                "reported",
                "added",
            ],
        ),
        None => participle_aside(s, at),
    }
}

/// "its troops, deployed in eastern Congo since 2021 under a joint
/// operation, had killed 11 ADF fighters": a participle aside between
/// commas describes the subject, its verb follows.
fn participle_aside(s: &str, at: usize) -> bool {
    aside_verb(s, at, &[", deployed ", ", stationed ", ", based "])
        .is_some_and(|verb| eq_any(verb, &["had", "has", "have", "said", "says"]))
}

/// The first word after the aside that holds `at`: the aside opens with
/// the last of `openers` before `at` and closes at the next ", ".
fn aside_verb<'a>(s: &'a str, at: usize, openers: &[&str]) -> Option<&'a str> {
    let before = s.get(..at)?;
    let k = openers.iter().filter_map(|w| before.rfind(w)).max()?;
    if before[k + 2..].contains(',') {
        return None;
    }
    let (_, after) = s.get(at..)?.split_once(", ")?;
    Some(after.split(' ').next().unwrap_or(""))
}

/// Whether `at` lies in a ", where ..." aside closed by a comma before the
/// sentence goes on.
fn where_aside(s: &str, at: usize) -> bool {
    aside_verb(s, at, &[", where "]).is_some()
}

/// "has recruited", "have killed": a present perfect, which without a date or
/// a figure reads as a running state rather than one incident.
pub(crate) fn present_perfect(s: &str, toks: &[Tok], trig_start: usize) -> bool {
    let ti = tok_at_or_after(toks, trig_start);
    let lo = ti.saturating_sub(2);
    toks[lo..ti]
        .iter()
        .any(|t| eq_any(t.text(s), &["has", "have"]))
}

/// Words before `pos` in `s`, counting from the incident start.
#[allow(dead_code)]
pub(crate) fn words_before(toks: &[Tok], pos: usize) -> usize {
    toks_before(toks, pos)
}

/// A warning of harm to come in other words than armed action (`lower` is
/// lower-case): "any man found carrying the VDP's weapons would be killed",
/// "no convoy crossing the desert would be safe", "would find \"no road in
/// the mountains safe\"", "would not let the militia's posts rest", "the
/// crime will not pass without a response".
pub(crate) fn threatens_harm(lower: &str) -> bool {
    if !(lower.contains("would ") || lower.contains("will ")) {
        return false;
    }
    // ("would be treated \"as part of the enemy\"": quotes aside.)
    let unquoted = lower.replace('"', "");
    let lower = unquoted.as_str();
    let harmed = [
        "be killed",
        "be hit",
        "be attacked",
        "be targeted",
        "be punished",
        "be wiped out",
        "be treated as",
        "be answered",
        "be destroyed",
        // "any lorry carrying fuel to army camps would be burned", "other
        // villages would pay the same price", "would turn every road in the
        // mountains into a grave", "soldiers would remove them by force".
        "be burned",
        "be burnt",
        "pay the same price",
        "pay a heavy price",
        "pay the price",
        "into a grave",
        "by force",
        // "would \"pay with their sons\"", "would be \"wiped off the
        // map\"", "\"will not know safety\"", "\"a target like them\"".
        "pay with",
        "wiped off",
        "not know safety",
        "a target",
        // "the factions would \"feel the full weight of the state\"",
        // "would \"find nothing but the sword\"".
        "full weight",
        "the sword",
    ]
    .iter()
    .any(|p| lower.contains(p));
    let unsafe_ = lower.contains(" safe") && (lower.contains("no ") || lower.contains("not "));
    let no_rest = lower.contains(" rest") && (lower.contains("no ") || lower.contains("not "));
    harmed || unsafe_ || no_rest || lower.contains("without a response")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clauses::incidents;
    use crate::lexicon::scan;

    fn kind(s: &str) -> Option<Kind> {
        let hits = scan(s);
        let inc = incidents(s, &hits);
        let toks = words(s);
        inc.first().and_then(|i| incident_kind(s, &toks, &hits, i))
    }

    #[test]
    fn hedges_make_claims() {
        assert_eq!(kind("ISIS could attack Kirkuk again."), Some(Kind::Claim));
        assert_eq!(
            kind("The group plans to attack the capital."),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind("The Houthis said they would keep targeting ships with missiles."),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind("ISIS retains the ability to conduct small-scale attacks in Libya."),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind("The conflict has killed more than 3,000 people since 2017."),
            Some(Kind::Claim)
        );
    }

    #[test]
    fn a_gerund_after_to_is_what_was_done() {
        assert_eq!(
            kind("Strikers turned to throwing stones at the riot police on Friday."),
            Some(Kind::Event)
        );
        // The infinitive stays an intention.
        assert_eq!(
            kind("Strikers plan to attack the depot on Friday."),
            Some(Kind::Claim)
        );
    }

    #[test]
    fn reports_are_events() {
        assert_eq!(
            kind("Gunmen attacked a checkpoint on Tuesday, killing two soldiers."),
            Some(Kind::Event)
        );
        assert_eq!(
            kind("Militants tried to storm the base."),
            Some(Kind::Event)
        );
        // A modal after the trigger does not hedge it.
        assert_eq!(
            kind("JNIM carried out an ambush on a convoy, a claim that could not be verified."),
            Some(Kind::Event)
        );
    }

    #[test]
    fn denials_give_nothing() {
        assert_eq!(
            kind("The coalition denied targeting the prison with airstrikes."),
            None
        );
        assert_eq!(kind("No shooting was reported overnight."), None);
        assert_eq!(
            kind("ISKP is trying to recruit Central Asians to carry out attacks in Europe."),
            Some(Kind::Claim)
        );
        // The counter-accusation after a denial is a claim.
        assert_eq!(
            kind(
                "The army denies targeting civilians and accuses the rebels of hiding among them."
            ),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind("Troops have been fighting the rebels in Jabalia for three weeks."),
            None
        );
        // Only the trigger's own "no" negates it.
        assert_eq!(
            kind("No casualties were reported in the attack on the base."),
            Some(Kind::Event)
        );
    }

    #[test]
    fn claims_without_trigger_need_cue_and_topic() {
        let s = "Experts say Al Shabaab still controls large parts of Somalia.";
        assert!(is_claim_without_trigger(s, &scan(s), true, true, false));
        let s = "The minister may travel to Paris next week.";
        assert!(!is_claim_without_trigger(s, &scan(s), false, false, false));
        let s = "The patrol had been searching for a cell believed to be hiding nearby.";
        assert!(!is_claim_without_trigger(s, &scan(s), true, true, false));
        // An appeal for diplomacy says nothing about the conflict.
        let s = "Church leaders urged both sides to return to the peace agreement, which ended \
                 a war that killed an estimated 400,000 people.";
        assert!(!is_claim_without_trigger(s, &scan(s), true, true, false));
        // What a group is trying or using to do is an assessment of it.
        let s = "The institute assessed that Russian forces were trying to encircle the town.";
        assert!(is_claim_without_trigger(s, &scan(s), true, false, false));
        let s = "He said the militants were using the palm groves to hide weapons.";
        assert!(is_claim_without_trigger(s, &scan(s), true, true, false));
        // A state recruiting is a plan; an armed group recruiting is a claim.
        let s = "The transitional council said it would seek funds to recruit 2,000 police \
                 cadets.";
        assert!(!is_claim_without_trigger(s, &scan(s), true, false, false));
        let s = "Officials say ISWAP continues to recruit young fishermen.";
        assert!(is_claim_without_trigger(s, &scan(s), true, true, false));
        // A deployment is a plan, not a statement about the fighting.
        let s = "The federal government has promised to send a further 1,000 troops to the \
                 state before the end of the year.";
        assert!(!is_claim_without_trigger(s, &scan(s), true, true, false));
    }

    #[test]
    fn an_appeal_for_an_agreement_or_an_old_agreement_is_no_incident() {
        assert_eq!(
            kind("Church leaders urged both sides to return to the peace agreement."),
            None
        );
        assert_eq!(
            kind("Both sides must respect the 2018 peace agreement."),
            None
        );
        assert_eq!(
            kind("The two sides signed a peace agreement on Friday."),
            Some(Kind::Event)
        );
    }

    #[test]
    fn narrative_cues_of_an_incident_make_no_claim() {
        let s = "Relatives said the kidnappers had called on Tuesday demanding a ransom.";
        assert!(!is_claim_without_trigger(s, &scan(s), true, true, false));
        let s = "Survivors said the attackers had accused villagers of passing information to \
                 the army.";
        assert!(!is_claim_without_trigger(s, &scan(s), true, true, false));
        let s = "Gunmen shot dead a clan elder who had urged young men to join the fight \
                 against the group, relatives said.";
        assert!(!is_claim_without_trigger(s, &scan(s), true, true, false));
        // An accusation about the conflict stays a claim.
        let s = "The army accuses the rebels of hiding among civilians.";
        assert!(is_claim_without_trigger(s, &scan(s), true, true, false));
    }

    #[test]
    fn relief_and_described_displaced_people_make_no_claim() {
        let s = "The World Food Programme said it had cut monthly rations for about 300,000 \
                 displaced people in the province because of a shortfall in donor funding.";
        assert!(!is_claim_without_trigger(s, &scan(s), false, false, false));
        let s = "The victims had returned to their fields after months in a displacement camp, \
                 the administrator said.";
        assert!(!is_claim_without_trigger(s, &scan(s), false, false, false));
        // Military operations are not rations; a displacement told stays a claim.
        let s = "Ankara said operations in northern Iraq would continue until not a single \
                 terrorist remains.";
        assert!(is_claim_without_trigger(s, &scan(s), true, true, false));
        let s = "The UN says the fighting has displaced more than 200,000 people this year.";
        assert!(is_claim_without_trigger(s, &scan(s), false, false, false));
    }

    #[test]
    fn a_war_named_by_its_years_is_history() {
        assert_eq!(
            kind("The White Army fought alongside Machar's forces during the 2013-2018 civil war."),
            None
        );
        assert_eq!(
            kind("Rebels fought the army near Bor on Monday, the army said."),
            Some(Kind::Event)
        );
    }

    #[test]
    fn a_span_of_past_years_told_by_no_one_is_history() {
        assert_eq!(
            kind(
                "Fighting between Lendu and Hema militias killed thousands of people in Ituri \
                 between 1999 and 2003."
            ),
            None
        );
    }

    #[test]
    fn a_protest_over_a_past_wars_damage_happens_now() {
        assert_eq!(
            kind(
                "Dozens of fishermen held a sit-in at the port of Tyre on Wednesday morning to \
                 demand compensation for boats destroyed during the 2024 war."
            ),
            Some(Kind::Event)
        );
    }

    #[test]
    fn what_a_protest_is_over_is_its_grievance_not_a_tally() {
        assert_eq!(
            kind(
                "Several hundred people protested outside the central bank's Benghazi branch on \
                 Tuesday over a shortage of cash that has left banks without notes for weeks."
            ),
            Some(Kind::Event)
        );
        assert_eq!(
            kind("University students protested on Monday over months of unpaid grants."),
            Some(Kind::Event)
        );
        // A protest's own tally period is still a tally.
        assert_eq!(
            kind("Young protesters have marched every July over the past two years."),
            Some(Kind::Claim)
        );
    }

    #[test]
    fn how_long_a_grievance_or_a_thing_has_lasted_is_no_tally() {
        assert_eq!(
            kind(
                "Several hundred retired steelworkers gathered outside the provincial \
                 governorate on Wednesday to demand pensions they say have gone unpaid since July."
            ),
            Some(Kind::Event)
        );
        assert_eq!(
            kind(
                "Dozens of young men threw stones at soldiers outside an army post in Halba on \
                 Monday in anger at the closure of a border crossing that local traders have \
                 used for years."
            ),
            Some(Kind::Event)
        );
        assert_eq!(
            kind(
                "Retired oil and steel workers rallied outside the governor's office in Ahvaz on \
                 Sunday to demand higher pensions, as they have done every week since August."
            ),
            Some(Kind::Event)
        );
        for s in [
            "Several thousand people marched through the centre of Neiva on Monday, carrying \
             photographs of police officers and soldiers killed this year.",
            "In Port Sudan, where the government has been based since the army lost Khartoum, \
             several hundred teachers rallied outside the education ministry on Thursday.",
            "Relatives of soldiers missing in action since last year's fighting rallied in \
             Dnipro's central square on Sunday.",
        ] {
            assert_eq!(kind(s), Some(Kind::Event), "{s}");
        }
        // An arrest count since January is a tally.
        assert_eq!(
            kind(
                "Police have detained 412 people in operations against the DHKP-C and other \
                 far-left groups since January."
            ),
            Some(Kind::Claim)
        );
    }

    #[test]
    fn what_a_crowd_accused_its_victim_of_drove_it() {
        assert_eq!(
            kind(
                "In Abalak on Wednesday, a crowd that accused a young herder of spying for the \
                 jihadists beat him to death at the livestock market."
            ),
            Some(Kind::Event)
        );
    }

    #[test]
    fn a_sides_silence_then_anothers_report_is_no_denial() {
        assert_eq!(
            kind(
                "The army did not comment, but a FACT spokesman said unidentified aircraft had \
                 bombed the group's positions near Zouar on Saturday."
            ),
            Some(Kind::Event)
        );
    }

    #[test]
    fn a_rivalry_described_is_no_incident() {
        assert_eq!(
            kind(
                "The two gangs that have fought for control of the country's largest prison for \
                 years."
            ),
            None
        );
        assert_eq!(
            kind("Troops have been fighting the rebels for years."),
            None
        );
    }

    #[test]
    fn ransoms_attackers_motives_and_warnings_after_denials() {
        let s = "The contractor told reporters the kidnappers had demanded 2.5 million taka for \
                 their release.";
        assert!(!is_claim_without_trigger(s, &scan(s), true, true, false));
        let s = "Survivors said the attackers accused villagers of feeding members of a \
                 self-defence brigade.";
        assert!(!is_claim_without_trigger(s, &scan(s), true, true, false));
        // A denial does not undo the warning joined to it.
        let s = "The group denied that its members had been involved and warned that \
                 \"every raid on our homes will be answered\".";
        assert!(is_claim_without_trigger(s, &scan(s), false, false, false));
    }

    #[test]
    fn orders_to_stop_and_responsibility_are_no_claim() {
        let s = "An officer said the driver had ignored repeated orders to stop and that his men \
                 had suspected a car bomb.";
        assert!(!is_claim_without_trigger(s, &scan(s), true, true, false));
        let s = "AQAP said in a statement that its fighters had planted the device after \
                 watching the colonel for weeks.";
        assert!(!is_claim_without_trigger(s, &scan(s), true, true, false));
        assert_eq!(
            kind("Four countries have been pressing both sides to accept a humanitarian truce."),
            None
        );
    }

    #[test]
    fn habitual_shelling_and_talks_are_no_record() {
        assert_eq!(
            kind("The town is shelled almost daily, officials say."),
            None
        );
        let s = "The government has promised to open talks with armed groups in the south-east.";
        assert!(!is_claim_without_trigger(s, &scan(s), true, true, false));
        let s = "The army said it would add more escorts from next week.";
        assert!(!is_claim_without_trigger(s, &scan(s), true, false, false));
    }

    #[test]
    fn long_rivalries_befallen_nationals_and_troop_cuts_are_no_record() {
        assert_eq!(
            kind(
                "China pressed Pakistan to protect its nationals, several of whom have been \
                  killed in attacks."
            ),
            None
        );
        let s = "The African Union's mission has cut its troop numbers in the region.";
        assert!(!is_claim_without_trigger(s, &scan(s), true, false, false));
        let s = "The army has promised to reduce the number of troops posted in the provinces.";
        assert!(!is_claim_without_trigger(s, &scan(s), true, false, false));
    }

    #[test]
    fn a_second_thing_said_negated_leaves_the_threat() {
        let s = "The inspector general said on Wednesday that the force would \"hunt down every \
                 one of those responsible\" and that operations in Saranda would not be halted.";
        assert!(is_claim_without_trigger(s, &scan(s), true, false, false));
        for s in [
            "The committee warned that they would \"answer with bullets\" anyone who tried to \
             plant the disputed fields.",
            "The minister said the navy had orders to \"sink any boat that fires on our sailors\".",
            "A commander said the Guards would strike \"every base of the KDPI and its allies\".",
            "He said Tajikistan \"reserves the right to destroy such threats at their source\".",
            "He warned that its fighters would soon \"march on\" the regional capital.",
            "Kampala warned that it would \"respond with overwhelming force\" to any incursion.",
            "The minister said Chad would \"exercise its right to self-defence against any \
             aircraft that violates our airspace\".",
            "He said officers would use \"every lawful means, including firearms\" against \
             attackers.",
            "The minister said the armed forces would go into every cove, \"and whoever fires \
             on them will not walk away\".",
            "\"The last of them will either surrender or be finished,\" the police chief said.",
            "The Legion promised to keep burning \"every office that sends Russian men to die\".",
            "\"We will hunt down this unit wherever it runs, ravine by ravine,\" he said.",
            "The cartel warned Fuerza Civil officers that \"this is only the beginning\".",
            "Hamas said settlers and soldiers \"will not be safe on any road in the West Bank\".",
            "\"We will hunt these criminals down in the Mandara mountains and wherever else \
             they hide,\" the governor said.",
            "He promised that the army would \"hunt the terrorists down, island by island\".",
            "The minister said the killers would be \"hunted down wherever they hide\".",
            "He said the Houthis would \"widen the circle of targets\" to include every port.",
            "The committee warned contractors that they would \"face the people's court\".",
        ] {
            assert!(
                is_claim_without_trigger(s, &scan(s), true, false, false),
                "{s}"
            );
        }
    }

    #[test]
    fn daily_fire_elections_and_displacement_sites_are_no_record() {
        assert_eq!(
            kind("The airport zone comes under mortar fire almost daily."),
            None
        );
        let s = "The government has said it plans to hold direct elections later this year.";
        assert!(!is_claim_without_trigger(s, &scan(s), true, true, false));
        let s = "More than 100,000 people live in the displacement sites around Djugu, \
                 according to aid agencies.";
        assert!(!is_claim_without_trigger(s, &scan(s), false, false, false));
    }

    #[test]
    fn situations_reconstruction_and_habits_make_no_claim() {
        let s = "The World Bank has put the cost of rebuilding homes damaged in the war at \
                 about $11 billion.";
        assert!(!is_claim_without_trigger(s, &scan(s), false, false, false));
        let s = "Several contributing countries have said they may withdraw their troops if \
                 salaries are not paid.";
        assert!(!is_claim_without_trigger(s, &scan(s), false, false, false));
        let s = "The two camps have stood largely empty since the army launched an offensive \
                 in January 2025, the Palestinian Authority says.";
        assert!(!is_claim_without_trigger(s, &scan(s), true, false, false));
        assert_eq!(
            kind("The man in the video has led attacks in the area for several years."),
            None
        );
    }

    #[test]
    fn would_not_allow_is_a_threat() {
        let s = "Erdogan said Turkey would not allow \"a terror corridor\" to take root in Sinjar.";
        assert!(is_claim_without_trigger(s, &scan(s), true, false, false));
    }
}
