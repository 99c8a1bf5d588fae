//! Final ACLED typing of an incident: the trigger class refined by who was
//! hit (civilians → Violence against civilians), what was taken (a town →
//! territory change), and the article's established weapon ("numerous
//! attacks" in a story about air strikes are air strikes).

use crate::deps::ActorHit;
use crate::lexicon::{Cls, TypeInfo, ARMED_CLASH, GOV_REGAINS, NSA_OVERTAKES, VAC_ATTACK};
use crate::text::{eq_any, Tok};

pub(crate) const CIVILIAN_WORDS: &[&str] = &[
    "civilians",
    "civilian",
    "villagers",
    "youths",
    "teenagers",
    "boys",
    "girls",
    "farmers",
    "farmworkers",
    "residents",
    "worshippers",
    "worshipers",
    "children",
    "women",
    "students",
    "schoolgirls",
    "schoolchildren",
    "pupils",
    "people",
    "passengers",
    "shepherd",
    "shepherds",
    "herders",
    "pilgrims",
    "mourners",
    "journalists",
    "shoppers",
    "workers",
    "drivers",
    "doctors",
    "nurses",
    "patients",
    "family",
    "families",
    "teachers",
    "traders",
    "fishermen",
    "miners",
    "men",
    "woman",
    "man",
    "priest",
    "priests",
    "catechists",
    "chief",
    "mayor",
    "governor",
    "employees",
    "market",
    "mosque",
    "church",
    "hotel",
    "school",
    "bus",
    "minibus",
    "guests",
    "Afghans",
    "mukhtar",
    "elder",
    "elders",
    "imam",
    "cleric",
    "worker",
    "teacher",
    "journalist",
    // Singular victims; not "official" or "resident", which mostly speak
    // ("a local official said").
    "employee",
    "politician",
    "lawmaker",
    "legislator",
    "candidate",
    "councillor",
    "judge",
    "businessman",
    "businessmen",
    // "killed a community leader", "the president of a community action
    // board"; a lone girl, boy or child; a town's administrator.
    "community",
    "labourer",
    "labourers",
    "laborer",
    "laborers",
    "girl",
    "boy",
    "child",
    "administrator",
    "chairman",
    "activist",
    "activists",
    "pastor",
    "pastors",
    "monk",
    "monks",
    "missionary",
    "missionaries",
    "tourist",
    "tourists",
    "refugees",
    "voters",
    "ruler",
    "emir",
    "engineer",
    "farmer",
    "trader",
    "villager",
    // "shot dead a cloth merchant outside his shop", "a fuel porter at a
    // checkpoint", "a clerk of the local council".
    "merchant",
    "merchants",
    // "shot dead a Hazara money changer outside his shop", "a religious
    // scholar", "a mullah", "a radio broadcaster", "the editor of a local
    // news website", "four tea pickers", "two forest wardens".
    "changer",
    // "shot dead a gold buyer at the door of his shop".
    "buyer",
    "buyers",
    "scholar",
    "mullah",
    "broadcaster",
    "editor",
    "pickers",
    "wardens",
    "supervisor",
    // "seized a cattle rancher from his farm", "took away a Catholic
    // catechist".
    "rancher",
    "ranchers",
    "catechist",
    "herder",
    "fisherman",
    "pharmacist",
    "technician",
    "porter",
    "porters",
    "clerk",
    "shopkeeper",
    "vendor",
    "pharmacist",
    "lecturer",
    "mechanic",
    "tailor",
    // "shot dead a tax collector working for the district administration",
    // "two polio vaccinators", "a tomato wholesaler".
    "collector",
    "vaccinator",
    "vaccinators",
    "wholesaler",
    // "shot dead one of the sit-in's organisers outside his home".
    "organisers",
    "organizers",
    // "shot dead a Buddhist grocer as he closed his shop".
    "grocer",
    "butcher",
    "baker",
    "barber",
    "carpenter",
    "blacksmith",
    "electrician",
];

/// Ground whose taking is territorial (the seizure test in `clauses` adds
/// posts and positions).
pub(crate) const TERRITORY: &[&str] = &[
    "town",
    "city",
    "village",
    "villages",
    "district",
    "base",
    "area",
    "territory",
    "positions",
    "hill",
    "airport",
    "neighbourhood",
    "neighborhood",
    "province",
    "region",
    "port",
    "capital",
    "stronghold",
    "outpost",
    "control",
    "headquarters",
    "garrison",
    "towns",
    "airfield",
];

pub(crate) struct TypingInput<'a> {
    pub s: &'a str,
    pub toks: &'a [Tok],
    pub range: (usize, usize),
    pub cls: Cls,
    /// Byte offset where the primary trigger ends.
    pub trig_end: usize,
    pub actor1: Option<&'a ActorHit>,
    pub actor2: Option<&'a ActorHit>,
    /// Start offsets of literal places in the incident.
    pub place_starts: &'a [usize],
    /// The last explosive/air weapon the article established.
    pub context_remote: Option<Cls>,
    /// ISO2 of where the incident happened.
    pub country_code: Option<&'a str>,
    /// Spans of the incident that report another one (", where 12 people
    /// were killed last year"): their words do not type this one.
    pub background: &'a [(usize, usize)],
}

pub(crate) const VIOLENT_DEMO: TypeInfo = TypeInfo {
    event_type: "Riots",
    sub_event_type: "Violent demonstration",
    cameo: Some("145"),
    priority: 55,
};
const EXCESSIVE_FORCE: TypeInfo = TypeInfo {
    event_type: "Protests",
    sub_event_type: "Excessive force against protesters",
    cameo: Some("145"),
    priority: 50,
};
const PROTESTERS: &[&str] = &[
    "protesters",
    "demonstrators",
    "rioters",
    "crowd",
    "crowds",
    "mob",
    "protestors",
    // "Youths looted shops and torched cars": a crowd, not armed men.
    "youths",
];

/// "an old mortar round they found while collecting firewood exploded",
/// "an unexploded cluster bomblet went off": a remnant of past fighting,
/// an explosion no one set off now (the fixtures code these as a remote
/// explosive with no author).
pub(crate) fn war_remnant(s: &str) -> bool {
    // Asked of every incident: the verbs (lower-case in running text) are
    // looked for first, with no copy of the sentence.
    if !["exploded", "went off", "detonated", "blew up"]
        .iter()
        .any(|v| s.contains(v))
    {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    [
        "unexploded",
        "old mortar",
        "old shell",
        "leftover",
        "left over from",
        "remnant",
        "bomblet",
    ]
    .iter()
    .any(|m| lower.contains(m))
}

pub(crate) fn resolve(inp: &TypingInput) -> TypeInfo {
    if war_remnant(inp.s.get(inp.range.0..inp.range.1).unwrap_or("")) {
        return Cls::Ied.info();
    }
    let a1_state = inp.actor1.is_some_and(|a| a.is_state());
    // Protesters who storm, burn or loot are rioters; protesters killed by
    // forces suffered excessive force.
    let before_trig: Vec<&str> = inp
        .toks
        .iter()
        .filter(|t| t.start >= inp.range.0 && t.end <= inp.trig_end)
        .map(|t| t.text(inp.s))
        .collect();
    // "Armed youths from Pibor raided three cattle camps": armed men, no
    // crowd.
    let crowd_word = |(k, w): (usize, &&str)| {
        eq_any(w, PROTESTERS)
            && !(w.eq_ignore_ascii_case("youths")
                && before_trig[k.saturating_sub(2)..k]
                    .iter()
                    .any(|p| p.eq_ignore_ascii_case("armed")))
    };
    // "youths known as the White Army stormed army positions": a named
    // armed group acts, no crowd.
    let named_armed = inp.actor1.is_some_and(|a| {
        !a.generic && (a.category.contains("militia") || a.category.contains("rebel"))
    });
    // "dozens of his relatives and neighbours stormed the town's police
    // station": a counted body of ordinary people is a crowd.
    // ("dozens of young men burned tyres and ransacked the town hall",
    // "hundreds of displaced people broke into a warehouse"; not "dozens
    // of people were killed when gunmen attacked".)
    // ("hundreds of motorcyclists and other young people set fire to the
    // police post": the crowd's nouns may come a few words on.)
    let counted_crowd = !before_trig.iter().any(|w| eq_any(w, &["were", "was"]))
        && (0..before_trig.len()).any(|k| {
            let w = &before_trig[k..(k + 7).min(before_trig.len())];
            // ("several hundred residents angry at a new ban on night
            // fishing set fire to the town's police station".)
            let counted = eq_any(w[0], &["dozens", "hundreds", "scores", "thousands"])
                && w[1] == "of"
                || eq_any(w[0], &["hundred", "thousand"]) && !a1_state;
            w.len() >= 3
                && counted
                && w[1..].iter().any(|x| {
                    eq_any(
                        x,
                        &[
                            "relatives",
                            "neighbours",
                            "neighbors",
                            "residents",
                            "villagers",
                            "mourners",
                            "traders",
                            "students",
                            "drivers",
                            "miners",
                            "young",
                            "displaced",
                            "motorcyclists",
                        ],
                    )
                })
        });
    // "residents angry at the release of a man ... stoned the police
    // station": people moved to act by a grievance are a crowd.
    let aggrieved = before_trig.windows(2).any(|w| {
        eq_any(
            w[0],
            &[
                "residents",
                "villagers",
                "people",
                "men",
                "youths",
                "traders",
                "students",
                "relatives",
                "mourners",
            ],
        ) && eq_any(w[1], crate::text::AGGRIEVED)
    });
    // "young men set fire to a police post and blocked the highway with
    // burning tyres": barricades of burning tyres are a crowd's, when no
    // armed actor is named.
    let barricades = inp
        .actor1
        .is_none_or(|a| !a.is_state() && a.generic && !a.category.contains("armed"))
        && inp
            .toks
            .windows(2)
            .filter(|w| w[0].start >= inp.range.0 && w[1].end <= inp.range.1)
            .any(|w| {
                w[0].text(inp.s).eq_ignore_ascii_case("burning")
                    && eq_any(w[1].text(inp.s), &["tyres", "tires"])
            });
    let counted_crowd = counted_crowd || aggrieved || barricades;
    let protest_subject = inp
        .actor1
        .is_some_and(|a| a.category.contains("protester") || a.category.contains("rioter"))
        || !named_armed && (before_trig.iter().enumerate().any(crowd_word) || counted_crowd);
    let violent = matches!(
        inp.cls,
        Cls::Attack | Cls::Destroy | Cls::Raid | Cls::Riot | Cls::Mob
    );
    // "dozens of settlers stormed the village of Qusra": a mob that came
    // to attack, no demonstration turned violent.
    let mob = (inp.actor1.is_some_and(|a| a.category.contains("rioter"))
        || before_trig.iter().any(|w| eq_any(w, &["mob", "mobs"]))
        // "a crowd of young men ransacked and set fire to a dozen shops
        // owned by Fulani traders": a crowd that falls on people.
        || before_trig.iter().any(|w| eq_any(w, &["crowd", "crowds"])) && civilian_words(inp))
        && !has_word(
            inp,
            &[
                "protest",
                "protests",
                "protesters",
                "protested",
                "demonstration",
                "demonstrators",
                "march",
                "marchers",
                "rally",
            ],
        );
    // "dozens of Arab men armed with sticks and iron bars attacked Kurdish
    // farmers": a mob's weapons, not an armed group's.
    let sticks = before_trig.windows(3).any(|w| {
        w[0].eq_ignore_ascii_case("armed")
            && w[1] == "with"
            && eq_any(
                w[2],
                &[
                    "sticks", "clubs", "iron", "stones", "batons", "rods", "cudgels",
                ],
            )
    });
    // "several hundred residents armed with spears and pangas attacked a
    // cattle camp", "young Lobi farmers armed with machetes and bows": blades
    // in the hands of villagers, no gun among them, make a mob.
    let blades = before_trig.windows(3).enumerate().any(|(k, w)| {
        w[0].eq_ignore_ascii_case("armed")
            && w[1] == "with"
            && eq_any(
                w[2],
                &[
                    "machetes",
                    "spears",
                    "pangas",
                    "bows",
                    "cutlasses",
                    "axes",
                    "knives",
                ],
            )
            && before_trig[..k].iter().any(|p| {
                eq_any(
                    p,
                    &[
                        "residents",
                        "villagers",
                        "farmers",
                        "youths",
                        "young",
                        "mob",
                        "crowd",
                        "herders",
                    ],
                )
            })
            && !before_trig[k..].iter().any(|p| {
                eq_any(
                    p,
                    &["rifle", "rifles", "guns", "gun", "firearms", "kalashnikovs"],
                )
            })
    });
    let sticks = sticks || blades;
    if sticks && violent && !named_armed {
        return if crowd_at_authority(inp, &before_trig) {
            VIOLENT_DEMO
        } else {
            Cls::Mob.info()
        };
    }
    if protest_subject && violent {
        return if (inp.cls == Cls::Mob || mob) && !crowd_at_authority(inp, &before_trig) {
            Cls::Mob.info()
        } else {
            VIOLENT_DEMO
        };
    }
    if inp.cls == Cls::Mob && crowd_at_authority(inp, &before_trig) {
        return VIOLENT_DEMO;
    }
    // "RSF fighters fired on hundreds of people protesting against new
    // levies": those fired on were protesting.
    let fired_on_protest = matches!(inp.cls, Cls::Attack | Cls::Clash) && {
        let i = inp.toks.partition_point(|t| t.start < inp.trig_end);
        inp.toks.iter().skip(i).take(6).any(|t| {
            t.end <= inp.range.1 && eq_any(t.text(inp.s), &["protesting", "demonstrating"])
        })
    };
    let protesters_hit = inp.actor2.is_some_and(|a| a.category.contains("protester"))
        || fired_on_protest
        || matches!(inp.cls, Cls::Kill | Cls::Wound)
            && before_trig.iter().any(|w| eq_any(w, PROTESTERS));
    if protesters_hit && matches!(inp.cls, Cls::Clash | Cls::Kill | Cls::Wound | Cls::Attack) {
        return EXCESSIVE_FORCE;
    }
    // "Security forces opened fire on rioters who set fire to a police
    // station": the riot is the incident, the forces its other side.
    if inp.actor2.is_some_and(|a| a.category.contains("rioter"))
        && inp.actor1.is_some_and(|a| a.is_state())
        && matches!(inp.cls, Cls::Clash | Cls::Kill | Cls::Wound | Cls::Attack)
    {
        return VIOLENT_DEMO;
    }
    match inp.cls {
        Cls::Clash
            if s_ambush(inp)
                && inp
                    .actor2
                    .map_or_else(|| civilian_words(inp), |a| a.is_civilian()) =>
        {
            VAC_ATTACK
        }
        // "A bomb exploded in a market and gunmen then shot dead 20
        // villagers": a massacre that began with a bomb.
        Cls::Ied
            if has_word(inp, &["gunmen", "shot", "massacred", "opened"]) && civilian_words(inp) =>
        {
            VAC_ATTACK
        }
        // "a helicopter of the Russian Africa Corps fired rockets at a camp":
        // rockets fired from the air are an air strike.
        // (Only in the trigger's own clause: not "The day before the drone
        // strike, Turkish artillery shelled".)
        Cls::Shell if aircraft_fired(inp) => Cls::Air.info(),
        // "An army helicopter fired on a group of the attackers": an
        // aircraft's fire is an air strike.
        Cls::Clash | Cls::Attack if aircraft_subject(inp) => Cls::Air.info(),
        Cls::Clash | Cls::Attack | Cls::Kill if air_force_struck(inp) => Cls::Air.info(),
        // "a military aircraft dropped at least four bombs on the market":
        // bombs dropped from the air are an air strike.
        Cls::Ied
            if (has_word(inp, &["dropped", "dropping", "drops"])
                || inp.s.contains("drones to drop"))
                && (has_word(inp, crate::text::AIRCRAFT) || has_word(inp, &["antonov"])) =>
        {
            Cls::Air.info()
        }
        // "members of the Imbonerakure beat to death a man": a named
        // militia's killing is an attack on the one it beat, no mob.
        Cls::Mob if named_armed || few_masked_men(&before_trig) => VAC_ATTACK,
        // "was abducted and killed": a killing.
        Cls::Abduct if has_word(inp, &["killed", "executed", "beheaded", "murdered"]) => VAC_ATTACK,
        // "Gunmen seized a surgeon from his home": unnamed armed men who
        // hold people abduct them; arrests are the state's (or a de facto
        // authority's, which is named).
        Cls::Detain
            if inp
                .actor1
                .is_some_and(|a| a.generic && crate::deps::is_unidentified_group(&a.name)) =>
        {
            Cls::Abduct.info()
        }
        // "443 escaped inmates had been recaptured", "Police recaptured four
        // of them": people, not ground.
        // (Only up to the clause's first comma: "took control of Mirebalais
        // after a gunfight, freeing more than 500 inmates" took a town.)
        Cls::Retake | Cls::Overtake
            if has_word_before_comma(
                inp,
                &[
                    "inmates",
                    "prisoners",
                    "escapees",
                    "suspects",
                    "detainees",
                    "escaped",
                    "fugitives",
                ],
            ) || of_them_after(inp) =>
        {
            Cls::Detain.info()
        }
        // "overran an army base": a battle for a position, not a territory.
        Cls::Overtake if !takes_town(inp) => ARMED_CLASH,
        Cls::Attack | Cls::Raid | Cls::Kill | Cls::Wound | Cls::Execute => {
            let civ = inp.actor2.map_or_else(
                || civilian_words(inp) || hits_a_village(inp),
                |a| a.is_civilian(),
            );
            if inp.cls == Cls::Execute || civ && !inp.actor2.is_some_and(|a| a.is_state()) {
                return VAC_ATTACK;
            }
            if inp.actor1.is_none() && matches!(inp.cls, Cls::Attack | Cls::Kill) {
                if let Some(r) = inp.context_remote {
                    return r.info();
                }
            }
            ARMED_CLASH
        }
        // Retaking ground restores a government even with foreign help.
        Cls::Detain | Cls::Overtake
            if (inp.cls != Cls::Detain || takes_territory(inp)) && foreign_state(inp) =>
        {
            // A state taking ground in another state's territory fights a
            // state: that is a battle, not a "government regains".
            ARMED_CLASH
        }
        // "seized a weapons cache": arms, not people.
        Cls::Detain if seizes_arms(inp) => Cls::Weapons.info(),
        // "Soldiers found and destroyed 46 landmines": arms made safe.
        Cls::Destroy if seizes_arms(inp) => Cls::Weapons.info(),
        Cls::Detain => {
            if takes_territory(inp) {
                if a1_state {
                    GOV_REGAINS
                } else {
                    NSA_OVERTAKES
                }
            } else if inp
                .s
                .get(..inp.trig_end)
                .is_some_and(|b| b.ends_with("seized"))
                // ("Masked men seized a blogger outside his home", "who was
                // seized on the road to Ngaoundal": no force named, no arrest;
                // not a crowd's victims, nor "seized three fuel tankers".)
                && inp.actor1.map_or_else(
                    || person_seized(inp) && !before_trig.iter().any(|w| crowd_word((0, w))),
                    |a| {
                        !a.is_state()
                            && !a.is_civilian()
                            && !a.category.contains("protester")
                            && !a.category.contains("rioter")
                    },
                )
                && inp
                    .actor2
                    .map_or_else(|| civilian_words(inp), |a| a.is_civilian())
            {
                // "gunmen seized two sheep herders", "insurgents seized four
                // game rangers": armed men taking civilians abduct them.
                Cls::Abduct.info()
            } else {
                inp.cls.info()
            }
        }
        Cls::Overtake if a1_state => GOV_REGAINS,
        // "Russian forces 'liberated' a village in Donetsk": an army taking
        // ground abroad from no named rebel fights that state's army.
        Cls::Retake if foreign_state(inp) && inp.actor2.is_none_or(|a| a.is_state()) => ARMED_CLASH,
        Cls::Protest => protest(inp),
        Cls::Retake
            if inp
                .actor1
                .is_some_and(|a| !a.is_state() && !a.is_civilian()) =>
        {
            NSA_OVERTAKES
        }
        c => c.info(),
    }
}

/// Whether the words just after the trigger name people ("seized a
/// local journalist", "seized two fishermen").
fn person_seized(inp: &TypingInput) -> bool {
    let set = civilian_set();
    inp.toks
        .iter()
        .filter(|t| t.start >= inp.trig_end && t.end <= inp.range.1)
        .take(6)
        .any(|t| crate::text::in_set(t.text(inp.s), set))
}

/// "recaptured four of them", "recaptured 19 of the escaped men": a count
/// of people right after the trigger.
fn of_them_after(inp: &TypingInput) -> bool {
    let i = inp.toks.partition_point(|t| t.start < inp.trig_end);
    let w = |k: usize| inp.toks.get(i + k).map_or("", |t| t.text(inp.s));
    (0..2).any(|k| w(k) == "of" && eq_any(w(k + 1), &["them", "those"]))
}

/// "hundreds of young men stoned the district police command", "pelted the
/// governor's office with stones": a crowd turning on the authorities
/// demonstrates violently (as the fixtures code such reports); a mob falls
/// on people, and "mobs" and settlers stay mobs.
fn crowd_at_authority(inp: &TypingInput, before_trig: &[&str]) -> bool {
    !before_trig
        .iter()
        .any(|w| eq_any(w, &["mob", "mobs", "settlers"]))
        && inp.actor1.is_none_or(|a| a.generic || a.is_state())
        && inp.actor2.is_none_or(|a| a.is_state())
        && !has_word(
            inp,
            &["death", "killed", "lynched", "beat", "beaten", "dead"],
        )
        && has_word(
            inp,
            &[
                "police",
                "gendarmerie",
                "governor's",
                "office",
                "offices",
                "convoy",
                "checkpoint",
                "post",
                "station",
                "commissioner's",
                "building",
                "patrol",
            ],
        )
}

/// An aircraft is named in the trigger's own clause, before it ("two air
/// force attack helicopters fired rockets").
fn aircraft_fired(inp: &TypingInput) -> bool {
    let head = inp.s.get(inp.range.0..inp.trig_end).unwrap_or("");
    let from = inp.range.0 + head.rfind([',', ';']).map_or(0, |k| k + 1);
    inp.toks
        .iter()
        .filter(|t| t.start >= from && t.end <= inp.trig_end)
        .any(|t| eq_any(t.text(inp.s), crate::text::AIRCRAFT))
}

/// An aircraft fired: "a helicopter fired on", "the army's drones opened
/// fire".
fn aircraft_subject(inp: &TypingInput) -> bool {
    let i = inp.toks.partition_point(|t| t.end <= inp.trig_end);
    let from = i.saturating_sub(4);
    inp.toks.get(from..i).unwrap_or(&[]).windows(2).any(|w| {
        w[0].start >= inp.range.0
            && eq_any(w[0].text(inp.s), crate::text::AIRCRAFT)
            && eq_any(w[1].text(inp.s), &["fired", "opened", "strafed"])
    })
}

/// An air force struck: "Chad said its air force had struck Boko Haram
/// positions".
fn air_force_struck(inp: &TypingInput) -> bool {
    // The incident's words, a run of the sentence's (no list built: this
    // is asked of every clash, attack and killing).
    let lo = inp.toks.partition_point(|t| t.start < inp.range.0);
    let hi = lo + inp.toks[lo..].partition_point(|t| t.end <= inp.range.1);
    let toks = &inp.toks[lo..hi];
    toks.windows(2).enumerate().any(|(k, w)| {
        w[0].text(inp.s).eq_ignore_ascii_case("air")
            && eq_any(w[1].text(inp.s), &["force", "forces"])
            && toks
                .iter()
                .skip(k + 2)
                .take(2)
                .any(|t| eq_any(t.text(inp.s), &["struck", "bombed", "hit", "pounded"]))
    })
}

/// The object of "seized"/"captured" is arms ("a weapons cache", "rifles
/// and ammunition") and no people.
fn seizes_arms(inp: &TypingInput) -> bool {
    let i = inp.toks.partition_point(|t| t.start < inp.trig_end);
    let window = inp.toks.get(i..(i + 4).min(inp.toks.len())).unwrap_or(&[]);
    let arms = window.iter().any(|t| {
        eq_any(
            t.text(inp.s),
            &[
                "weapons",
                "cache",
                "arms",
                "ammunition",
                "explosives",
                "rifles",
                "guns",
                "munitions",
                "landmines",
                "mines",
                "IEDs",
            ],
        )
    });
    // "seized 40 weapons and arrested 12 men": arrests after all.
    let arrests = has_word(inp, &["arrested", "detained", "apprehended", "arrests"]);
    arms && !arrests && !window.iter().any(|t| eq_any(t.text(inp.s), PEOPLE))
}

/// An ambush is an attack: on civilians it is violence against them.
fn s_ambush(inp: &TypingInput) -> bool {
    inp.toks
        .iter()
        .filter(|t| t.start >= inp.range.0 && t.end <= inp.range.1)
        .any(|t| t.text(inp.s).to_ascii_lowercase().starts_with("ambush"))
}

fn has_word(inp: &TypingInput, list: &[&str]) -> bool {
    has_word_until(inp, inp.range.1, list)
}

/// [`has_word`] among the incident's words that end by byte `end`.
fn has_word_until(inp: &TypingInput, end: usize, list: &[&str]) -> bool {
    inp.toks
        .iter()
        .filter(|t| t.start >= inp.range.0 && t.end <= end)
        .any(|t| eq_any(t.text(inp.s), list))
}

/// [`has_word`] within the incident up to the first comma after the trigger.
fn has_word_before_comma(inp: &TypingInput, list: &[&str]) -> bool {
    let end = inp
        .s
        .get(inp.trig_end..inp.range.1)
        .and_then(|r| r.find(','))
        .map_or(inp.range.1, |k| inp.trig_end + k);
    has_word_until(inp, end, list)
}

/// The taken object is a town or area rather than a base or post.
fn takes_town(inp: &TypingInput) -> bool {
    let i = inp.toks.partition_point(|t| t.start < inp.trig_end);
    let window = inp.toks.get(i..(i + 4).min(inp.toks.len())).unwrap_or(&[]);
    let post = window.iter().any(|t| {
        eq_any(
            t.text(inp.s),
            &[
                "base",
                "post",
                "checkpoint",
                "camp",
                "outpost",
                "position",
                "positions",
                "barracks",
            ],
        )
    });
    // "overran an army post and pulled back into the forest": a battle for
    // a position; held, the position is ground taken (a post overrun and
    // kept, the garrison falling back, as the fixtures read most such
    // reports).
    let left = has_word(
        inp,
        &[
            "withdrew",
            "withdrawing",
            "retreated",
            "retreating",
            "abandoned",
            "abandoning",
            "pulled",
            "pulling",
            "looted",
            "burned",
            "torched",
        ],
    );
    // ("troops overran a rebel camp in the forest": an assault on a camp,
    // no town changing hands.)
    let by_state = inp.actor1.is_some_and(|a| a.is_state());
    !(post && (left || by_state))
}

fn foreign_state(inp: &TypingInput) -> bool {
    inp.actor1.is_some_and(|a| {
        a.is_state()
            && a.country
                .as_deref()
                .zip(inp.country_code)
                .is_some_and(|(x, y)| x != y)
    })
}

/// Protests are peaceful unless someone intervened or killed.
fn protest(inp: &TypingInput) -> TypeInfo {
    const FORCE: &[&str] = &["killed", "killing", "dead", "died", "shot"];
    const INTERVENTION: &[&str] = &[
        "tear",
        "dispersed",
        "disperse",
        "dispersing",
        "fired",
        "arrested",
        "detained",
        "beat",
        "whips",
        "batons",
        "cannon",
        "cannons",
        "clashed",
        "broke",
        "charged",
        // "police prevented the demonstration": stopped, so intervened.
        "prevented",
    ];
    let words: Vec<&Tok> = inp
        .toks
        .iter()
        .filter(|t| {
            t.start >= inp.range.0
                && t.end <= inp.range.1
                && !crate::clauses::in_any(inp.background, t.start)
        })
        .collect();
    // "carrying portraits of the dead children", "behind the coffins of
    // soldiers killed in the valley", "against the killing of": the dead
    // the crowd mourns or denounces, not force against it.
    let mourned = |k: usize| {
        words[k.saturating_sub(4)..k].iter().any(|p| {
            eq_any(
                p.text(inp.s),
                &[
                    "portraits",
                    "coffins",
                    "photographs",
                    "pictures",
                    "funeral",
                    "funerals",
                    "against",
                    "condemning",
                    "denouncing",
                    // "joined a march ... to mourn the dead".
                    "mourn",
                    "mourning",
                ],
            )
        })
    };
    // "blocked the highway to Zaria and set fire to a police checkpoint",
    // "ransacked a petrol station": a crowd's own violence makes a riot.
    // ("threw stones at police, who fired tear gas", "broke into a food aid
    // warehouse", "smashed the windows": the crowd's violence, however the
    // police answered.)
    let rioted = words.windows(2).any(|w| {
        let (a, b) = (w[0].text(inp.s), w[1].text(inp.s));
        a.eq_ignore_ascii_case("set") && b.eq_ignore_ascii_case("fire")
            || eq_any(a, &["threw", "hurled"]) && eq_any(b, &["stones", "rocks"])
            || a.eq_ignore_ascii_case("broke") && b.eq_ignore_ascii_case("into")
            || eq_any(
                a,
                &[
                    "torched",
                    "ransacked",
                    "looted",
                    "stormed",
                    "stoned",
                    "burned",
                    "smashed",
                    "pelted",
                    "vandalised",
                    "vandalized",
                ],
            )
    });
    if rioted {
        return VIOLENT_DEMO;
    }
    let mut intervened = false;
    for (k, t) in words.iter().enumerate() {
        let w = t.text(inp.s);
        if eq_any(w, FORCE) && !mourned(k) {
            return TypeInfo {
                event_type: "Protests",
                sub_event_type: "Excessive force against protesters",
                cameo: Some("145"),
                priority: 50,
            };
        }
        // "and dispersed after handing over a petition", "dispersed
        // peacefully": the crowd went home by itself.
        // ("..., before dispersing at nightfall".)
        let own_dispersal = eq_any(w, &["dispersed", "dispersing"])
            && k >= 1
            && eq_any(
                words[k - 1].text(inp.s),
                &["and", "later", "then", "eventually", "before"],
            )
            && !words
                .get(k + 1)
                .is_some_and(|n| eq_any(n.text(inp.s), &["by", "with"]));
        intervened |= eq_any(w, INTERVENTION) && !own_dispersal;
    }
    if intervened {
        TypeInfo {
            event_type: "Protests",
            sub_event_type: "Protest with intervention",
            cameo: Some("141"),
            priority: 50,
        }
    } else {
        inp.cls.info()
    }
}

/// [`CIVILIAN_WORDS`], lower-cased, as a set: every token of an incident is
/// looked up.
pub(crate) fn civilian_set() -> &'static crate::text::WordSet {
    static SET: std::sync::OnceLock<crate::text::WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        CIVILIAN_WORDS
            .iter()
            .map(|w| -> &'static str {
                if w.bytes().any(|b| b.is_ascii_uppercase()) {
                    // Built once per process; the set keeps static words.
                    Box::leak(w.to_ascii_lowercase().into_boxed_str())
                } else {
                    w
                }
            })
            .collect()
    })
}

/// "an attack by ADF rebels on Ntoyo village", "raided the village of
/// Chai": armed men falling on a village hit its people.
fn hits_a_village(inp: &TypingInput) -> bool {
    let i = inp.toks.partition_point(|t| t.start < inp.trig_end);
    inp.toks
        .get(i..(i + 8).min(inp.toks.len()))
        .unwrap_or(&[])
        .iter()
        .take_while(|t| t.end <= inp.range.1 && !eq_any(t.text(inp.s), &["in", "near", "at"]))
        .any(|t| eq_any(t.text(inp.s), &["village", "villages", "hamlet"]))
}

/// "Three men in balaclavas beat an opposition activist with metal bars":
/// a few men, masked or unknown, beating someone are assailants, no crowd.
fn few_masked_men(before_trig: &[&str]) -> bool {
    let few = |w: &str| {
        eq_any(
            w,
            &[
                "two",
                "three",
                "four",
                "five",
                "masked",
                "unidentified",
                "unknown",
                "hooded",
            ],
        )
    };
    before_trig
        .windows(2)
        .any(|w| few(w[0]) && w[1].eq_ignore_ascii_case("men"))
        || before_trig.windows(3).any(|w| {
            w[0].eq_ignore_ascii_case("men")
                && w[1].eq_ignore_ascii_case("in")
                && eq_any(w[2], &["balaclavas", "masks", "hoods"])
        })
}

/// Verbs whose objects were freed from captors.
pub(crate) const FREED: &[&str] = &["freed", "rescued"];

fn civilian_words(inp: &TypingInput) -> bool {
    let set = civilian_set();
    let toks: Vec<&Tok> = inp
        .toks
        .iter()
        .filter(|t| t.start >= inp.range.0 && t.end <= inp.range.1)
        .collect();
    // ("freed 12 of the pupils": those freed were no target.)
    let freed = |k: usize| {
        toks[k.saturating_sub(8)..k]
            .iter()
            .any(|t| eq_any(t.text(inp.s), FREED))
    };
    // "shot dead a former officer of the republic's army", "a former FARC
    // combatant": someone no longer armed (not "a former army depot").
    let former = |k: usize| {
        toks[k].is(inp.s, "former")
            && toks[k + 1..(k + 3).min(toks.len())].iter().any(|w| {
                eq_any(
                    w.text(inp.s),
                    &[
                        "officer",
                        "commander",
                        "soldier",
                        "combatant",
                        "member",
                        "fighter",
                        "policeman",
                        "commando",
                        "guerrilla",
                        "rebel",
                    ],
                )
            })
    };
    toks.iter()
        .enumerate()
        .any(|(k, t)| crate::text::in_set(t.text(inp.s), set) && !freed(k) || former(k))
        || toks.iter().enumerate().any(|(k, t)| {
            // "shot dead the head of a local avocado growers' association",
            // "a member of the local council": someone of a civic body (not
            // "the Southern Transitional Council", a name).
            eq_any(t.text(inp.s), &["council", "association", "cooperative"])
                && toks[k.saturating_sub(6)..k].windows(2).any(|w| {
                    eq_any(
                        w[0].text(inp.s),
                        &["member", "head", "president", "chairman"],
                    ) && w[1].text(inp.s) == "of"
                })
        })
}

/// Verbs of detention that never take ground: "arrested a man in Mopti" is
/// an arrest wherever it happened.
const ARREST_VERBS: &[&str] = &[
    "arrested",
    "arrest",
    "arrests",
    "arresting",
    "detained",
    "detain",
    "detaining",
    "jailed",
    "apprehended",
    "nabbed",
    "up",
    "custody",
];

/// Words that end the object of the verb: a place after them is where the
/// taking happened, not what was taken.
const OBJECT_END: &[&str] = &[
    "in", "near", "at", "on", "outside", "during", "after", "from", "while", "when", "as",
];

/// People as the object: "captured five fighters", "seized a man".
pub(crate) const PEOPLE: &[&str] = &[
    "man",
    "men",
    "woman",
    "women",
    "people",
    "suspects",
    "suspect",
    "fighters",
    "militants",
    "members",
    "soldiers",
    "civilians",
    "persons",
    "individuals",
    "insurgents",
    "rebels",
    "commander",
    "commanders",
    "leader",
    "officers",
    "policemen",
    "hostages",
    "children",
    "boys",
    "girls",
];

/// "captured the town of X", "seized Y" with a place or a territory word as
/// the object of the verb.
fn takes_territory(inp: &TypingInput) -> bool {
    let i = inp.toks.partition_point(|t| t.start < inp.trig_end);
    if i.checked_sub(1)
        .and_then(|k| inp.toks.get(k))
        .is_some_and(|t| eq_any(t.text(inp.s), ARREST_VERBS))
    {
        return false;
    }
    // "Kherson, which Russian forces seized": the place the relative clause
    // hangs on is what was taken.
    let antecedent = inp.s.get(inp.range.0..).is_some_and(|r| {
        r.get(..8)
            .is_some_and(|w| w.eq_ignore_ascii_case(", which "))
    }) && inp.place_starts.iter().any(|&p| {
        p < inp.range.0
            && inp
                .s
                .get(p..inp.range.0)
                .is_some_and(|n| !n.contains(',') && n.split_whitespace().count() <= 3)
    });
    if antecedent {
        return true;
    }
    let window = inp.toks.get(i..(i + 4).min(inp.toks.len())).unwrap_or(&[]);
    let cut = window
        .iter()
        .position(|t| eq_any(t.text(inp.s), OBJECT_END))
        .unwrap_or(window.len());
    let object = window.get(..cut).unwrap_or(&[]);
    if object.iter().any(|t| eq_any(t.text(inp.s), PEOPLE)) {
        return false;
    }
    // "captured Dhasan, a valley in the Cal Miskaad mountains": a name the
    // gazetteer lacks, set out as ground by its apposition.
    let named_ground = window.first().is_some_and(|t| {
        crate::text::starts_upper(t.text(inp.s))
            && inp.s.get(t.end..).is_some_and(|r| {
                let r = r.strip_prefix(", a ").or_else(|| r.strip_prefix(", the "));
                r.is_some_and(|r| {
                    r.split(|c: char| !c.is_alphanumeric()).take(3).any(|w| {
                        eq_any(w, TERRITORY) || eq_any(w, &["valley", "ridge", "mountain"])
                    })
                })
            })
    });
    named_ground
        || object
            .iter()
            .any(|t| crate::clauses::is_ground(t.text(inp.s)))
        || inp
            .place_starts
            .iter()
            .any(|&p| p >= inp.trig_end && object.last().is_some_and(|l| p <= l.end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words;

    #[test]
    fn civilian_set_answers_as_the_list() {
        for w in CIVILIAN_WORDS {
            for v in [
                w.to_string(),
                w.to_ascii_uppercase(),
                w.to_ascii_lowercase(),
            ] {
                assert!(crate::text::in_set(&v, civilian_set()), "{v}");
            }
        }
        for v in ["civilianz", "", "Afghan", "soldiers"] {
            assert_eq!(
                crate::text::in_set(v, civilian_set()),
                eq_any(v, CIVILIAN_WORDS),
                "{v}"
            );
        }
    }

    fn actor(name: &str, category: &'static str) -> ActorHit {
        ActorHit {
            start: 0,
            end: 0,
            name: name.into(),
            country: None,
            category,
            generic: false,
        }
    }

    fn ty(
        s: &str,
        cls: Cls,
        a1: Option<&ActorHit>,
        a2: Option<&ActorHit>,
        ctx: Option<Cls>,
    ) -> &'static str {
        let toks = words(s);
        let trig_end = s.find("killed").or(s.find("captured")).map_or(0, |i| i + 6);
        resolve(&TypingInput {
            s,
            toks: &toks,
            range: (0, s.len()),
            cls,
            trig_end,
            actor1: a1,
            actor2: a2,
            place_starts: &[],
            context_remote: ctx,
            country_code: None,
            background: &[],
        })
        .sub_event_type
    }

    #[test]
    fn recapturing_some_of_them_is_an_arrest() {
        assert_eq!(
            ty(
                "Police recaptured four of them",
                Cls::Retake,
                None,
                None,
                None
            ),
            "Arrests"
        );
        assert_eq!(
            ty("Troops recaptured the town", Cls::Retake, None, None, None),
            "Government regains territory"
        );
    }

    #[test]
    fn civilians_make_violence_against_civilians() {
        let civ = actor("Civilians (Mali)", "civilians");
        assert_eq!(
            ty(
                "jihadists killed 15 civilians",
                Cls::Kill,
                None,
                Some(&civ),
                None
            ),
            "Attack"
        );
        assert_eq!(
            ty("gunmen killed three farmers", Cls::Kill, None, None, None),
            "Attack"
        );
    }

    #[test]
    fn armed_targets_make_clashes_or_inherit_the_weapon() {
        let isis = actor("Islamic State (ISIS)", "rebel group");
        assert_eq!(
            ty(
                "militants killed 2 soldiers",
                Cls::Kill,
                Some(&isis),
                None,
                None
            ),
            "Armed clash"
        );
        assert_eq!(
            ty(
                "numerous attacks killed 43 ISIS members",
                Cls::Attack,
                None,
                Some(&isis),
                Some(Cls::Air)
            ),
            "Air/drone strike"
        );
    }

    #[test]
    fn captured_town_is_territory() {
        let army = actor("Military Forces of Mali", "state forces");
        assert_eq!(
            ty(
                "troops captured the town of X",
                Cls::Detain,
                Some(&army),
                None,
                None
            ),
            "Government regains territory"
        );
        assert_eq!(
            ty(
                "troops captured five militants",
                Cls::Detain,
                Some(&army),
                None,
                None
            ),
            "Arrests"
        );
    }
}
