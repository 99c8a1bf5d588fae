//! Adapters over the building blocks (segmenter, gazetteer, actor registry,
//! date and count parsers). The rule modules only see the small types here,
//! so a change in a neighbouring crate's API touches this file alone.

use chrono::NaiveDate;
use vigil_core::{DatePrecision, GeoPrecision, Place};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateHit {
    pub start: usize,
    pub end: usize,
    pub date: NaiveDate,
    pub precision: DatePrecision,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct CountHit {
    pub start: usize,
    pub end: usize,
    pub low: u32,
    pub best: u32,
    pub high: u32,
    /// "dozens", "scores of": a quantity, but no figure to report.
    pub vague: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Literal,
    Demonym,
    Metonym,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PlaceHit {
    pub start: usize,
    pub end: usize,
    pub place: Place,
    pub role: Role,
    pub confidence: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ActorHit {
    pub start: usize,
    pub end: usize,
    pub name: String,
    /// ISO2 of the actor's country, when it has one.
    pub country: Option<String>,
    /// Lower-cased category ("state forces", "civilians", "rebel group", ...).
    pub category: &'static str,
    pub generic: bool,
}

impl ActorHit {
    pub fn is_civilian(&self) -> bool {
        // The registry's categories are answered without a substring search
        // (this runs for every actor of every sentence).
        match self.category {
            "civilians" => true,
            "state forces"
            | "rebel group"
            | "political militia"
            | "identity militia"
            | "rioters"
            | "protesters"
            | "external/other forces"
            | "" => false,
            other => other.contains("civilian"),
        }
    }
    pub fn is_state(&self) -> bool {
        let state = match self.category {
            "state forces" => true,
            "civilians"
            | "rebel group"
            | "political militia"
            | "identity militia"
            | "rioters"
            | "protesters"
            | "external/other forces"
            | "" => false,
            other => other.contains("state"),
        };
        state || self.name.starts_with("Military Forces") || self.name.starts_with("Police Forces")
    }
    /// A named armed group, not a state, civilians or a foreign mission:
    /// what "the group" of a story can refer back to.
    pub fn is_named_group(&self) -> bool {
        !self.generic
            && !self.is_civilian()
            && !self.is_state()
            && self.category != "external/other forces"
    }
}

pub(crate) fn sentences(text: &str) -> Vec<(usize, usize)> {
    vigil_segment::sentences(text)
        .into_iter()
        .filter(|s| s.start < s.end && text.get(s.start..s.end).is_some())
        .map(|s| (s.start, s.end))
        .collect()
}

/// The dates of a sentence, over its tokens (shared with [`counts_in`]).
pub(crate) fn dates_in(
    sentence: &str,
    toks: &[crate::dates::Tok],
    published: NaiveDate,
) -> Vec<DateHit> {
    crate::dates::find_dates_in(toks, published)
        .into_iter()
        .filter(|d| d.start < d.end && d.end <= sentence.len())
        .map(|d| DateHit {
            start: d.start,
            end: d.end,
            date: d.date,
            precision: d.precision,
        })
        .collect()
}

pub(crate) fn counts(text: &str) -> Vec<CountHit> {
    counts_in(text, &crate::dates::tokenize(text))
}

/// [`counts`] over the sentence's tokens (shared with [`dates_in`]).
pub(crate) fn counts_in(text: &str, toks: &[crate::dates::Tok]) -> Vec<CountHit> {
    // "at least a dozen" is twelve, hedged; "dozens" and "a few dozen" are
    // vague ("few" is listed on its own).
    const VAGUE: &[&str] = &[
        "dozens",
        "score",
        "several",
        "hundreds",
        "thousands",
        "few",
        "handful",
        "couple",
        "tens",
        "many",
        "numerous",
    ];
    crate::numbers::find_counts_in(toks)
        .into_iter()
        .filter(|c| c.start < c.end && c.end <= text.len())
        .map(|c| {
            let surface = text.get(c.start..c.end).unwrap_or("").to_ascii_lowercase();
            let vague = c.approximate
                && !surface.bytes().any(|b| b.is_ascii_digit())
                && VAGUE.iter().any(|v| surface.contains(v));
            CountHit {
                start: c.start,
                end: c.end,
                low: c.low,
                best: c.best,
                high: c.high,
                vague,
            }
        })
        .collect()
}

/// Article-level geographic memory; wraps the gazetteer's context.
#[derive(Debug, Default)]
pub(crate) struct Geo {
    ctx: vigil_geo::GeoContext,
    /// Countries a place (not a country) must lie in to be read at all,
    /// while set: the lede's, for the headline.
    within: Option<Vec<String>>,
}

impl Geo {
    pub fn new() -> Self {
        Geo {
            ctx: vigil_geo::GeoContext::new(),
            within: None,
        }
    }

    /// Reads only places inside `countries` until called with `None`.
    pub fn restrict(&mut self, countries: Option<Vec<String>>) {
        self.within = countries;
    }

    /// Place mentions in `s`, observed into the context, except those inside
    /// `speaker` (the attribution phrase: "the Pentagon said" is not where
    /// the story happens).
    pub fn places(&mut self, s: &str, speaker: Option<(usize, usize)>) -> Vec<PlaceHit> {
        let found = vigil_geo::Gazetteer::global().find_places(s, &self.ctx);
        let mut out = Vec::with_capacity(found.len());
        // "SPLA-IO fighters seize Tonga garrison south of Malakal": a Pacific
        // micro-state named beside a town of another country, or in a story
        // set in another, is a local place the gazetteer lacks.
        let town_elsewhere = |cc: &str| {
            found.iter().any(|p| {
                p.place.precision != GeoPrecision::Country
                    && !p.place.country_code.eq_ignore_ascii_case(cc)
                    && p.place.country_code != "ZZ"
            })
        };
        // Named groups, looked up only when a place runs on into another
        // capitalised word ("the Kurdistan Workers' Party", "the Sinjar
        // Resistance Units"): rare, and the registry search is not free.
        let mut groups: Option<Vec<(usize, usize)>> = None;
        let mut named_groups: Option<Vec<(usize, usize, Option<String>)>> = None;
        let micro_state_abroad: Vec<bool> = found
            .iter()
            .map(|m| {
                m.place.precision == GeoPrecision::Country
                    && vigil_geo::is_pacific_micro_state(&m.place.country_code)
                    && (town_elsewhere(&m.place.country_code)
                        || self
                            .ctx
                            .current_country()
                            .is_some_and(|c| !c.eq_ignore_ascii_case(&m.place.country_code)))
            })
            .collect();
        for (m, abroad) in found.into_iter().zip(micro_state_abroad) {
            if m.start >= m.end || s.get(m.start..m.end).is_none() || abroad {
                continue;
            }
            let runs_on = s
                .get(m.end..)
                .and_then(|r| r.strip_prefix(' '))
                .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
            if runs_on && m.role == vigil_geo::MentionRole::Literal {
                let spans = groups.get_or_insert_with(|| {
                    vigil_actors::ActorRegistry::global()
                        .find_shared(s, None)
                        .iter()
                        .filter(|a| !a.generic)
                        .map(|a| (a.start, a.end))
                        .collect()
                });
                // Inside a group's longer name: no place, and not where the
                // story is.
                if spans
                    .iter()
                    .any(|&(a, b)| a <= m.start && m.end <= b && b - a > m.end - m.start)
                {
                    continue;
                }
            }
            // "in search of Fano fighters" (Amhara): a town abroad inside a
            // group's name ("Fano fighters") is the group. Asked only of
            // towns outside the story's country.
            let group_noun_after = || {
                s.get(m.end..)
                    .and_then(|r| r.strip_prefix(' '))
                    .and_then(|r| r.split([' ', ',', '.']).next())
                    .is_some_and(|w| {
                        crate::text::eq_any(
                            w,
                            &[
                                "fighters",
                                "militia",
                                "militias",
                                "militiamen",
                                "rebels",
                                "forces",
                                "gunmen",
                                "insurgents",
                                "members",
                                "group",
                            ],
                        )
                    })
            };
            // ("supplying food and information to Fano" in the same story:
            // a town abroad whose name is all of a group of the story's own
            // country is the group, whatever follows.)
            let current = self.ctx.current_country();
            if m.role == vigil_geo::MentionRole::Literal
                && m.place.precision == GeoPrecision::Place
                && current.is_some_and(|c| !c.eq_ignore_ascii_case(&m.place.country_code))
            {
                let noun_after = group_noun_after();
                let named = named_groups.get_or_insert_with(|| {
                    vigil_actors::ActorRegistry::global()
                        .find_shared(s, None)
                        .iter()
                        .filter(|a| !a.generic)
                        .map(|a| (a.start, a.end, a.actor.country.clone()))
                        .collect()
                });
                if named.iter().any(|(a, b, cc)| {
                    let abroad = cc
                        .as_deref()
                        .is_some_and(|c| !c.eq_ignore_ascii_case(&m.place.country_code));
                    let home = cc
                        .as_deref()
                        .zip(current)
                        .is_some_and(|(c, h)| c.eq_ignore_ascii_case(h));
                    *a <= m.start
                        && m.end <= *b
                        && abroad
                        && (noun_after || home && *a == m.start && *b == m.end)
                }) {
                    continue;
                }
            }
            // The feature noun right after the name, if it is one of `nouns`.
            let feature_after = |nouns: &[&str]| {
                s.get(m.end..).is_some_and(|rest| {
                    nouns.iter().any(|f| {
                        rest.get(..f.len())
                            .is_some_and(|w| w.eq_ignore_ascii_case(f))
                    })
                })
            };
            // "across the Komadougou Yobe river": a river named like a
            // division runs through (and between) several; it locates
            // nothing.
            if m.place.precision != GeoPrecision::Country && feature_after(&[" river"]) {
                continue;
            }
            // "a silent sit-in in Al-Karama Square" (Suwayda): a square or a
            // street named like a town abroad is a local feature, not it.
            if m.place.precision == GeoPrecision::Place
                && current.is_some_and(|c| !c.eq_ignore_ascii_case(&m.place.country_code))
                && feature_after(&[" square", " street", " avenue", " roundabout"])
            {
                continue;
            }
            // "a US-owned bulk carrier", "a British-flagged tanker": whose,
            // not where nor who.
            if s.get(m.end..).is_some_and(|rest| {
                [
                    "-owned",
                    "-flagged",
                    "-linked",
                    "-registered",
                    "-operated",
                    "-made",
                    "-built",
                    // "a Britain-based war monitor".
                    "-based",
                ]
                .iter()
                .any(|x| rest.starts_with(x))
            }) {
                continue;
            }
            if self.within.as_ref().is_some_and(|w| {
                m.place.precision != GeoPrecision::Country && !w.contains(&m.place.country_code)
            }) {
                continue;
            }
            let spoken = speaker.is_some_and(|(a, b)| m.start >= a && m.end <= b);
            // "bandits from Sudan" says whose, as "Sudanese bandits" would.
            let origin = m.place.precision == GeoPrecision::Country && origin_of_people(s, m.start);
            // Metonyms ("Egypt says") are speakers, not locations: they do not
            // establish where the story happens.
            if m.role != vigil_geo::MentionRole::Metonym && !spoken && !origin {
                self.ctx.observe(&m);
            }
            out.push(PlaceHit {
                start: m.start,
                end: m.end,
                role: match m.role {
                    _ if origin => Role::Demonym,
                    vigil_geo::MentionRole::Literal => Role::Literal,
                    vigil_geo::MentionRole::Demonym => Role::Demonym,
                    vigil_geo::MentionRole::Metonym => Role::Metonym,
                },
                place: m.place,
                confidence: m.confidence,
            });
        }
        out
    }

    /// Cheap pass for sentences that report nothing: only country names
    /// (capitalised runs of up to three words) are looked up, to keep the
    /// article's country memory current without running the full finder.
    pub fn countries_only(&mut self, s: &str) -> Vec<PlaceHit> {
        let gaz = vigil_geo::Gazetteer::global();
        let toks = crate::text::words(s);
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if !crate::text::starts_upper(toks[i].text(s)) {
                i += 1;
                continue;
            }
            // Multi-word country names start with one of a few words; other
            // capitalised words are looked up alone.
            const MULTI: &[&str] = &[
                "United",
                "South",
                "North",
                "Democratic",
                "Central",
                "Sri",
                "Saudi",
                "Burkina",
                "Sierra",
                "New",
                "Costa",
                "El",
                "Ivory",
                "Czech",
                "Dominican",
                "Papua",
                "Bosnia",
                "Trinidad",
                "Equatorial",
                "Cape",
                "East",
                "Western",
                "Hong",
                "Republic",
                "Sao",
                "Solomon",
                "Marshall",
                "Guinea",
                "Puerto",
                "Vatican",
                "West",
            ];
            const SKIP: &[&str] = &[
                "The",
                "A",
                "An",
                "In",
                "On",
                "At",
                "He",
                "She",
                "It",
                "They",
                "We",
                "I",
                "But",
                "And",
                "This",
                "That",
                "His",
                "Her",
                "Their",
                "Its",
                "Mr",
                "Mrs",
                "Ms",
                "Dr",
                "Monday",
                "Tuesday",
                "Wednesday",
                "Thursday",
                "Friday",
                "Saturday",
                "Sunday",
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
                "President",
                "Minister",
            ];
            let first = toks[i].text(s);
            if SKIP.contains(&first) {
                i += 1;
                continue;
            }
            let max_n = if MULTI.contains(&first) { 3 } else { 1 };
            let mut found = None;
            for n in (1..=max_n).rev() {
                let Some(last) = toks.get(i + n - 1) else {
                    continue;
                };
                let run = &toks[i..i + n];
                if !run.iter().all(|t| {
                    crate::text::starts_upper(t.text(s)) || t.text(s) == "of" || t.text(s) == "and"
                }) {
                    continue;
                }
                let Some(name) = s.get(toks[i].start..last.end) else {
                    continue;
                };
                // Country names have four letters or more; shorter words are
                // codes only when written as the usual ones ("By Dilshad
                // Murad" is no Belarus, "In" no India).
                let short_ok = name.len() >= 4 || ["US", "UK", "USA", "UAE", "DRC"].contains(&name);
                if !short_ok {
                    continue;
                }
                if let Some(p) = gaz.country(name) {
                    found = Some((n, toks[i].start, last.end, p));
                    break;
                }
            }
            match found {
                Some((n, start, end, place)) => {
                    let m = vigil_geo::PlaceMention {
                        start,
                        end,
                        surface: s.get(start..end).unwrap_or("").to_string(),
                        place: place.clone(),
                        role: vigil_geo::MentionRole::Literal,
                        confidence: 0.8,
                    };
                    let origin = origin_of_people(s, start);
                    if !origin {
                        self.ctx.observe(&m);
                    }
                    out.push(PlaceHit {
                        start,
                        end,
                        place,
                        role: if origin { Role::Demonym } else { Role::Literal },
                        confidence: 0.8,
                    });
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }

    pub fn current_country(&self) -> Option<Place> {
        self.ctx.current_country().and_then(country_place)
    }

    /// The last place the memory holds (callers copy it if they keep it).
    pub fn last_place(&self) -> Option<&Place> {
        self.ctx.last_place()
    }

    /// The code [`Geo::current_country`] makes its place from.
    pub fn current_country_code(&self) -> Option<&str> {
        self.ctx.current_country()
    }
}

pub(crate) fn country_place(code: &str) -> Option<Place> {
    vigil_geo::Gazetteer::global().country(code)
}

pub(crate) fn actors(s: &str, country_hint: Option<&str>) -> Vec<ActorHit> {
    let found = vigil_actors::ActorRegistry::global().find_shared(s, country_hint);
    // "Sudan's paramilitary Rapid Support Forces": a common noun right
    // before a group's name describes the group; it is no state force.
    let describes_next = |m: &vigil_actors::SharedMention| {
        m.generic
            && found.iter().any(|n| {
                !n.generic
                    && n.start >= m.end
                    && s.get(m.end..n.start)
                        .is_some_and(|gap| gap.trim().is_empty())
            })
    };
    // "Thousands of armed Nuer youths known as the White Army stormed":
    // the name given is who they are.
    let named_as = |m: &vigil_actors::SharedMention| {
        m.generic
            && found.iter().any(|n| {
                !n.generic
                    && n.start >= m.end
                    && s.get(m.end..n.start).is_some_and(|gap| {
                        let gap = gap.trim();
                        let gap = gap.strip_suffix(" the").unwrap_or(gap);
                        ["known as", "calling themselves", "who call themselves"].contains(&gap)
                    })
            })
    };
    let keep: Vec<bool> = found
        .iter()
        .map(|m| !describes_next(m) && !named_as(m))
        .collect();
    let mut keep = keep.into_iter();
    let hits: Vec<ActorHit> = found
        .into_iter()
        .filter(|_| keep.next().unwrap_or(true))
        .filter(|m| m.start < m.end && s.get(m.start..m.end).is_some())
        .filter(|m| !affiliation_prefix(s, m.start) && !affiliation_suffix(s, m.end))
        // "arrested four suspects in the councillor's killing": a civilian
        // named as the owner of something is no side of this sentence.
        .filter(|m| {
            !(m.generic
                && m.actor.category == vigil_actors::Category::Civilians
                && s.get(m.end..)
                    .is_some_and(|r| r.starts_with("'s ") || r.starts_with("\u{2019}s ")))
        })
        .map(|m| {
            // "TACLOBAN, Philippines - Troops killed": the dateline's country
            // and the subject were read as one phrase; the actor is the part
            // after the dash.
            let start = s
                .get(m.start..m.end)
                // Most mentions hold no dash: a byte scan spares three
                // substring searches.
                .filter(|x| x.bytes().any(|b| b == b'-' || b == 0xE2))
                .and_then(|x| {
                    [" - ", " \u{2013} ", " \u{2014} "]
                        .iter()
                        .find_map(|d| x.find(d).map(|k| m.start + k + d.len()))
                })
                .unwrap_or(m.start);
            // "BUNIA, Democratic Republic of Congo - Militiamen": the
            // dateline's last word is no demonym of the noun after the dash
            // ("Congo militiamen" would be the Republic of the Congo's).
            let redone = (start != m.start && m.generic)
                .then(|| {
                    vigil_actors::ActorRegistry::global()
                        .find_shared(s.get(start..m.end)?, country_hint)
                        .into_iter()
                        .find(|x| x.start == 0 && start + x.end == m.end)
                })
                .flatten();
            let actor = redone.as_ref().map_or(&m.actor, |x| &x.actor);
            let hit = ActorHit {
                start,
                end: m.end,
                name: actor.name.clone(),
                country: actor.country.clone(),
                category: lower_category(actor.category),
                generic: m.generic,
            };
            // "fighters allied to the UN-backed government": the government's
            // side, coded as its forces.
            let unnamed = m.generic && is_unidentified_group(&hit.name);
            // "shot dead a former municipal police commander": who once
            // served is a civilian now.
            if m.generic && hit.category == "state forces" && former_member(s, m.start) {
                if let Some(c) = hit
                    .country
                    .as_deref()
                    .and_then(|cc| civilians_of(cc, (m.start, m.end)))
                {
                    return c;
                }
            }
            match hit.country.as_deref() {
                Some(cc) if unnamed && sides_with_government(s, m.end) => {
                    military_of(cc, (m.start, m.end)).unwrap_or(hit)
                }
                _ => hit,
            }
        })
        .collect();
    merge_contingents(hits, s)
}

/// "Ugandan troops serving with AUSSOM": a national contingent of a mission
/// or coalition is coded as the mission; the two mentions become one.
fn merge_contingents(mut hits: Vec<ActorHit>, s: &str) -> Vec<ActorHit> {
    const SERVING: &[&str] = &[
        "serving with",
        "serving with the",
        "serving in",
        "serving in the",
        "serving under",
        "serving under the",
        "deployed with",
        "deployed with the",
        "attached to",
        "attached to the",
    ];
    let mut k = 1;
    while k < hits.len() {
        let gap = s.get(hits[k - 1].end..hits[k].start).unwrap_or("").trim();
        let contingent = hits[k - 1].generic
            && !hits[k].generic
            && hits[k - 1].category == "state forces"
            && SERVING.iter().any(|g| gap.eq_ignore_ascii_case(g));
        if contingent {
            let mission = hits.remove(k);
            let start = hits[k - 1].start;
            hits[k - 1] = ActorHit { start, ..mission };
        } else {
            k += 1;
        }
    }
    hits
}

/// The non-state armed group `phrase` (a speaker's words, "a Gran Grif
/// commander"; or a whole sentence, asked rarely) names as its person's
/// affiliation. The actor search for
/// records drops such affiliations ("an ISWAP commander" is a person, not
/// the group acting), but what the person threatens is the group's.
pub(crate) fn armed_group_in(phrase: &str) -> Option<String> {
    use vigil_actors::Category as C;
    vigil_actors::ActorRegistry::global()
        .find_shared(phrase, None)
        .into_iter()
        .find(|m| {
            !m.generic
                && matches!(
                    m.actor.category,
                    C::RebelGroup | C::PoliticalMilitia | C::IdentityMilitia
                )
        })
        .map(|m| m.actor.name.clone())
}

/// Whether an anonymous speaker's words make them one of an unnamed armed
/// group: "a bandit leader", "a militant commander".
pub(crate) fn unnamed_armed_in(phrase: &str, country_hint: Option<&str>) -> Option<String> {
    use vigil_actors::Category as C;
    vigil_actors::ActorRegistry::global()
        .find_shared(phrase, country_hint)
        .into_iter()
        .find(|m| m.generic && m.actor.category == C::PoliticalMilitia)
        .map(|m| m.actor.name.clone())
}

/// The named actor a speaker's words say they speak for ("the Taliban
/// government's chief spokesman, Abdul Qahar Hotak"): a registry actor that
/// is no civilian; `None` for a bare name. The enemy of the speaker's side
/// ("the army's spokesman for operations against the ADF") is not it.
pub(crate) fn affiliation_in(phrase: &str) -> Option<String> {
    use vigil_actors::Category as C;
    let opposed = |start: usize| {
        let before = phrase.get(..start).unwrap_or("").trim_end();
        let before = before.strip_suffix(" the").unwrap_or(before);
        before.ends_with(" against")
    };
    vigil_actors::ActorRegistry::global()
        .find_shared(phrase, None)
        .into_iter()
        .find(|m| {
            !m.generic
                && !matches!(m.actor.category, C::Civilians | C::Protesters)
                && !opposed(m.start)
        })
        .map(|m| m.actor.name.clone())
}

/// Whether the words after `end` put an unnamed armed group on the
/// government's side: "allied to the UN-backed government", "loyal to the
/// government in Tripoli".
fn sides_with_government(s: &str, end: usize) -> bool {
    let rest = s.get(end..).unwrap_or("").trim_start();
    let head = rest
        .get(..crate::text::floor_boundary(rest, rest.len().min(60)))
        .unwrap_or("");
    let clause = head.split([',', ';', '.']).next().unwrap_or("");
    let lower = clause.to_ascii_lowercase();
    [
        "allied to the ",
        "allied with the ",
        "loyal to the ",
        "aligned with the ",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
        && lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "government")
}

/// "a pro-Taliban cleric", "an anti-Houthi tribe": the name qualifies
/// someone else, who is not that actor.
fn affiliation_prefix(s: &str, start: usize) -> bool {
    let before = s.get(..start).unwrap_or("");
    let Some(head) = before.strip_suffix('-') else {
        return false;
    };
    let word = head
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    crate::text::eq_any(word, &["pro", "anti", "non", "ex", "post"])
}

/// "JNIM, the al-Qaeda-linked group": the name qualifies the group that
/// follows, which is another actor.
fn affiliation_suffix(s: &str, end: usize) -> bool {
    let Some(rest) = s.get(end..).and_then(|r| r.strip_prefix('-')) else {
        return false;
    };
    let word = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    crate::text::eq_any(
        word,
        &[
            "linked",
            "affiliated",
            "aligned",
            "allied",
            "inspired",
            "backed",
            "supported",
        ],
    )
}

/// `Category::as_str`, lower-cased, without allocating per mention.
fn lower_category(c: vigil_actors::Category) -> &'static str {
    use vigil_actors::Category as C;
    match c {
        C::StateForces => "state forces",
        C::RebelGroup => "rebel group",
        C::PoliticalMilitia => "political militia",
        C::IdentityMilitia => "identity militia",
        C::Rioters => "rioters",
        C::Protesters => "protesters",
        C::Civilians => "civilians",
        C::External => "external/other forces",
    }
}

/// The registry's "Military Forces of <country>" for an ISO2 code, placed
/// at `span` (sentence bytes).
pub(crate) fn military_of(cc: &str, span: (usize, usize)) -> Option<ActorHit> {
    state_force_of("Military Forces", cc, span)
}

/// The police of the country `cc`, as the registry names them.
pub(crate) fn police_of(cc: &str, span: (usize, usize)) -> Option<ActorHit> {
    state_force_of("Police Forces", cc, span)
}

/// "<force> of <country>" from the registry, as a generic hit at `span`.
fn state_force_of(force: &str, cc: &str, span: (usize, usize)) -> Option<ActorHit> {
    let country = country_place(cc)?;
    let a =
        vigil_actors::ActorRegistry::global().resolve(&format!("{force} of {}", country.name))?;
    Some(ActorHit {
        start: span.0,
        end: span.1,
        name: a.name,
        country: a.country,
        category: lower_category(a.category),
        generic: true,
    })
}

/// The civilians of country `cc` ("Civilians (Mexico)"), as a mention at
/// `span`.
fn civilians_of(cc: &str, span: (usize, usize)) -> Option<ActorHit> {
    generic_of("civilians", cc, span)
}

/// Whether `name` is the registry's unnamed armed group of some country
/// ("Unidentified Armed Group (Syria)").
pub(crate) fn is_unidentified_group(name: &str) -> bool {
    name.starts_with("Unidentified Armed Group")
}

/// The registry's unnamed armed group of country `cc` ("Unidentified Armed
/// Group (Syria)"), as a mention at `span`.
pub(crate) fn unidentified_of(cc: &str, span: (usize, usize)) -> Option<ActorHit> {
    generic_of("gunmen", cc, span)
}

/// The registry's generic actor a common `noun` names in country `cc`
/// ("gunmen" → "Unidentified Armed Group (Syria)"), as a mention at `span`.
fn generic_of(noun: &str, cc: &str, span: (usize, usize)) -> Option<ActorHit> {
    let m = vigil_actors::ActorRegistry::global()
        .find_shared(noun, Some(cc))
        .into_iter()
        .next()?;
    Some(ActorHit {
        start: span.0,
        end: span.1,
        name: m.actor.name.clone(),
        country: m.actor.country.clone(),
        category: lower_category(m.actor.category),
        generic: true,
    })
}

/// A group the article has named, with the capitalised aliases it may
/// later go by (looked up once, when the group is first named).
#[derive(Debug, Clone)]
pub(crate) struct KnownGroup {
    hit: ActorHit,
    /// Searchers built once (a fresh substring searcher per alias and
    /// sentence cost more than the search).
    aliases: Vec<memchr::memmem::Finder<'static>>,
}

impl KnownGroup {
    pub fn name(&self) -> &str {
        &self.hit.name
    }
}

/// The registry's entry for the group `name`, as a [`KnownGroup`].
pub(crate) fn known_group(name: &str) -> Option<KnownGroup> {
    let actor = vigil_actors::ActorRegistry::global().resolve(name)?;
    // One-word names only: longer aliases are never ambiguous, and the
    // registry's own search finds them (this runs on every read sentence).
    let aliases = actor
        .aliases
        .iter()
        .filter(|a| a.starts_with(char::is_uppercase) && a.len() >= 3 && !a.contains(' '))
        .map(|a| memchr::memmem::Finder::new(a.as_bytes()).into_owned())
        .collect();
    Some(KnownGroup {
        hit: ActorHit {
            start: 0,
            end: 0,
            name: actor.name,
            country: actor.country,
            category: lower_category(actor.category),
            generic: false,
        },
        aliases,
    })
}

/// Mentions in `s` of groups the article has already named (`known`) by one
/// of their capitalised aliases, as written: "Fano was on the verge of
/// collapse" after "Fano militiamen". The registry alone takes such words
/// ("Fano" is also a town and a surname) only beside an actor-like word;
/// once the article has named the group they are it.
pub(crate) fn known_group_mentions(
    s: &str,
    known: &[KnownGroup],
    found: &[ActorHit],
) -> Vec<ActorHit> {
    let mut out: Vec<ActorHit> = Vec::new();
    for g in known {
        for alias in &g.aliases {
            for start in alias.find_iter(s.as_bytes()) {
                let end = start + alias.needle().len();
                if !s.is_char_boundary(start) || !s.is_char_boundary(end) {
                    continue;
                }
                let bounded = !s[..start].ends_with(char::is_alphanumeric)
                    && !s[end..].starts_with(char::is_alphanumeric);
                let covered = found
                    .iter()
                    .chain(out.iter())
                    .any(|a| a.start < end && start < a.end);
                if bounded && !covered {
                    out.push(ActorHit {
                        start,
                        end,
                        ..g.hit.clone()
                    });
                }
            }
        }
    }
    out
}

/// The registry's canonical name for `name`, when it knows it.
pub(crate) fn named_actor(name: &str) -> Option<String> {
    vigil_actors::ActorRegistry::global()
        .resolve(name)
        .map(|a| a.name)
}

/// `named_actor` for a group that fights the state: a rebel group or a
/// militia that is no auxiliary of a state force (Burkina Faso's VDP) and
/// no mob.
pub(crate) fn insurgent(name: &str) -> Option<String> {
    use vigil_actors::Category;
    let registry = vigil_actors::ActorRegistry::global();
    let actor = registry.resolve(name)?;
    let armed = matches!(
        actor.category,
        Category::RebelGroup | Category::PoliticalMilitia | Category::IdentityMilitia
    );
    let auxiliary = actor
        .parent
        .as_deref()
        .and_then(|p| registry.resolve(p))
        .is_some_and(|p| p.category == Category::StateForces);
    (armed && !auxiliary).then_some(actor.name)
}

/// Name the registry gives unnamed attackers in `country`.
pub(crate) fn unidentified_armed_group(country: &str) -> String {
    // The registry's spelling of the country, as generic mentions get it
    // ("Palestine", where the gazetteer says "Palestinian Territory").
    vigil_geo::Gazetteer::global()
        .country(country)
        .and_then(|c| {
            vigil_actors::ActorRegistry::global()
                .find_shared("gunmen", Some(&c.country_code))
                .into_iter()
                .next()
                .map(|m| m.actor.name.clone())
        })
        .unwrap_or_else(|| format!("Unidentified Armed Group ({country})"))
}

/// Whether the gazetteer's `place` is a sea, lake, river or strait.
pub(crate) fn is_water(place: &Place) -> bool {
    vigil_geo::Gazetteer::global().is_water(place)
}

/// Whether the country named at `start` is where people come from, not
/// where anything happens: "blamed \"bandits from Sudan\"", "mercenaries
/// from neighbouring Chad".
fn origin_of_people(s: &str, start: usize) -> bool {
    const PEOPLE: &[&str] = &[
        "bandits",
        "fighters",
        "mercenaries",
        "gunmen",
        "militants",
        "jihadists",
        "rebels",
        "herders",
        "raiders",
        "militiamen",
        "smugglers",
        "traffickers",
        "recruits",
        "volunteers",
    ];
    let head = s.get(..start).unwrap_or("").trim_end();
    let head = head.strip_suffix("neighbouring").unwrap_or(head).trim_end();
    let Some(before) = head.strip_suffix(" from") else {
        return false;
    };
    before
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .is_some_and(|w| crate::text::eq_any(w, PEOPLE))
}

/// Whether the mention at `start` follows "former"/"retired"/"ex-", with
/// at most one qualifier between ("a former municipal police commander").
fn former_member(s: &str, start: usize) -> bool {
    let head = s.get(..start).unwrap_or("");
    if head.ends_with("ex-") {
        return true;
    }
    let mut back = head.split_whitespace().rev();
    let w1 = back.next().unwrap_or("");
    let w2 = back.next().unwrap_or("");
    let former = |w: &str| w.eq_ignore_ascii_case("former") || w.eq_ignore_ascii_case("retired");
    // "a former officer of the republic's army", "a former commando of the
    // Afghan army": the force he once served in, named after him.
    let words: Vec<&str> = head.split_whitespace().rev().take(6).collect();
    let served_in = words.iter().position(|w| former(w)).is_some_and(|k| {
        k >= 2
            && words[..k].contains(&"of")
            && words[k - 1]
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-')
    });
    former(w1) || former(w2) && w1.chars().all(|c| c.is_ascii_lowercase()) || served_in
}
#[cfg(test)]
mod tests {
    use super::*;
    use vigil_actors::Category as C;

    #[test]
    fn a_hedged_dozen_is_twelve_dozens_are_vague() {
        let vague = |s: &str| {
            let toks = crate::dates::tokenize(s);
            counts_in(s, &toks)
                .iter()
                .map(|c| (c.best, c.vague))
                .collect::<Vec<_>>()
        };
        assert_eq!(vague("killed at least a dozen people"), [(12, false)]);
        assert_eq!(vague("killed a dozen people"), [(12, false)]);
        assert!(vague("killed dozens of people").iter().all(|&(_, v)| v));
        assert!(vague("killed a few dozen people").iter().all(|&(_, v)| v));
    }

    #[test]
    fn a_national_contingent_serving_with_a_mission_is_the_mission() {
        let s = "A roadside bomb struck a convoy of Ugandan troops serving with AUSSOM near Marka.";
        let found = actors(s, Some("SO"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].name, "African Union Mission in Somalia");
        assert_eq!(
            s.get(found[0].start..found[0].end),
            Some("Ugandan troops serving with AUSSOM")
        );
        // Two sides joined by other words stay two.
        let s = "Ugandan troops fought with Al-Shabaab near Marka.";
        assert_eq!(actors(s, Some("SO")).len(), 2);
    }

    #[test]
    fn lower_category_is_the_lower_cased_acled_wording() {
        for c in [
            C::StateForces,
            C::RebelGroup,
            C::PoliticalMilitia,
            C::IdentityMilitia,
            C::Rioters,
            C::Protesters,
            C::Civilians,
            C::External,
        ] {
            assert_eq!(lower_category(c), c.as_str().to_ascii_lowercase());
        }
    }

    #[test]
    fn civilian_and_state_tests_agree_with_the_category_wording() {
        let hit = |category: &'static str| ActorHit {
            start: 0,
            end: 1,
            name: "X".into(),
            country: None,
            category,
            generic: false,
        };
        let known = [
            C::StateForces,
            C::RebelGroup,
            C::PoliticalMilitia,
            C::IdentityMilitia,
            C::Rioters,
            C::Protesters,
            C::Civilians,
            C::External,
        ]
        .map(lower_category);
        for c in known
            .into_iter()
            .chain(["", "armed", "civilian militia", "non-state"])
        {
            assert_eq!(hit(c).is_civilian(), c.contains("civilian"), "{c}");
            assert_eq!(hit(c).is_state(), c.contains("state"), "{c}");
        }
    }

    #[test]
    fn actors_match_the_registry_mentions() {
        let s = "Islamic State fighters attacked Iraqi soldiers near Kirkuk.";
        let want = vigil_actors::ActorRegistry::global().find(s, Some("IQ"));
        let got = actors(s, Some("IQ"));
        assert_eq!(got.len(), want.len());
        for (g, w) in got.iter().zip(&want) {
            assert_eq!((g.start, g.end), (w.start, w.end));
            assert_eq!(g.name, w.actor.name);
            assert_eq!(g.country, w.actor.country);
            assert_eq!(g.generic, w.generic);
        }
        assert!(!got.is_empty());
    }

    #[test]
    fn a_title_case_article_is_not_a_country_code() {
        let named = |s: &str| -> Vec<String> {
            actors(s, Some("LY")).into_iter().map(|a| a.name).collect()
        };
        let s = "An airstrike hit a market in Sirte.";
        assert!(
            !named(s).iter().any(|n| n.contains("Antilles")),
            "{:?}",
            named(s)
        );
    }

    #[test]
    fn a_pro_or_anti_prefix_is_not_the_actor() {
        let names = |s: &str| -> Vec<String> {
            actors(s, Some("SO")).into_iter().map(|a| a.name).collect()
        };
        assert!(
            names("A roadside bomb killed an anti-Al Shabaab elder in Baidoa.")
                .iter()
                .all(|n| n != "Al Shabaab")
        );
        assert!(names("Al Shabaab gunmen shot dead an elder in Baidoa.")
            .iter()
            .any(|n| n == "Al Shabaab"));
        assert!(
            names("JNIM, the al-Qaeda-linked group, claimed the attack.")
                .iter()
                .all(|n| n != "al-Qaeda")
        );
        assert!(affiliation_suffix("al-Qaeda-linked", 8));
        assert!(!affiliation_suffix("al-Qaeda fighters", 8));
        assert!(affiliation_prefix("a pro-Taliban cleric", 6));
        assert!(!affiliation_prefix("Taliban cleric", 0));
        assert!(!affiliation_prefix("the well-known", 9));
    }

    #[test]
    fn fighters_on_the_government_side_are_its_forces() {
        let end_of = |s: &str| s.find("fighters").map_or(0, |k| k + "fighters".len());
        let s = "clashes with fighters allied to the UN-backed government killed 18";
        assert!(sides_with_government(s, end_of(s)));
        let s = "clashes with fighters allied to the RSF killed 18";
        assert!(!sides_with_government(s, end_of(s)));
        let s = "clashes with fighters, the government said";
        assert!(!sides_with_government(s, end_of(s)));
    }
}
