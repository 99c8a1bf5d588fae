//! Trigger and cue lexicons as data, compiled once into one Aho-Corasick
//! automaton. A pattern ending in `*` may be followed by more word letters
//! ("airstrike*" matches "airstrikes"); every other pattern must end at a word
//! boundary. All patterns must start at a word boundary.

use std::sync::OnceLock;

use crate::text::at_word_bounds;

/// What kind of incident a trigger word signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Cls {
    Kill,
    Wound,
    Detain,
    Surrender,
    Recruit,
    Clash,
    Retake,
    Overtake,
    Air,
    Shell,
    Ied,
    Suicide,
    Grenade,
    Chemical,
    Attack,
    Raid,
    Execute,
    Abduct,
    Sexual,
    Protest,
    Riot,
    Weapons,
    Agreement,
    Base,
    Destroy,
    Withdraw,
    PrisonBreak,
    Intercept,
    Mob,
    Other,
}

/// ACLED typing of a trigger class, with a CAMEO code and how strongly the
/// class wins when several triggers share a clause.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TypeInfo {
    pub event_type: &'static str,
    pub sub_event_type: &'static str,
    pub cameo: Option<&'static str>,
    pub priority: u8,
}

pub(crate) const BATTLE: &str = "Battles";
pub(crate) const REMOTE: &str = "Explosions/Remote violence";
pub(crate) const VAC: &str = "Violence against civilians";
pub(crate) const STRATEGIC: &str = "Strategic developments";

pub(crate) const ARMED_CLASH: TypeInfo = TypeInfo {
    event_type: BATTLE,
    sub_event_type: "Armed clash",
    cameo: Some("190"),
    priority: 70,
};
pub(crate) const VAC_ATTACK: TypeInfo = TypeInfo {
    event_type: VAC,
    sub_event_type: "Attack",
    cameo: Some("180"),
    priority: 65,
};
pub(crate) const GOV_REGAINS: TypeInfo = TypeInfo {
    event_type: BATTLE,
    sub_event_type: "Government regains territory",
    cameo: Some("190"),
    priority: 75,
};
pub(crate) const NSA_OVERTAKES: TypeInfo = TypeInfo {
    event_type: BATTLE,
    sub_event_type: "Non-state actor overtakes territory",
    cameo: Some("190"),
    priority: 74,
};

impl Cls {
    pub fn info(self) -> TypeInfo {
        let t = |event_type, sub_event_type, cameo, priority| TypeInfo {
            event_type,
            sub_event_type,
            cameo,
            priority,
        };
        match self {
            Cls::Suicide => t(REMOTE, "Suicide bomb", Some("183"), 100),
            Cls::Chemical => t(REMOTE, "Chemical weapon", Some("20"), 95),
            Cls::Ied => t(REMOTE, "Remote explosive/landmine/IED", Some("183"), 90),
            Cls::Grenade => t(REMOTE, "Grenade", Some("18"), 88),
            Cls::Air => t(REMOTE, "Air/drone strike", Some("195"), 85),
            Cls::Shell => t(REMOTE, "Shelling/artillery/missile attack", Some("194"), 80),
            Cls::Retake => GOV_REGAINS,
            Cls::Overtake => NSA_OVERTAKES,
            Cls::Clash => ARMED_CLASH,
            Cls::Execute => t(VAC, "Attack", Some("180"), 66),
            Cls::Abduct => t(VAC, "Abduction/forced disappearance", Some("181"), 64),
            Cls::Sexual => t(VAC, "Sexual violence", Some("1821"), 63),
            // Typed by its target in `typing`; this is the fallback.
            Cls::Attack => t(BATTLE, "Armed clash", Some("190"), 60),
            // Prison breaks are armed assaults on guards in the taxonomy's terms.
            Cls::PrisonBreak => t(BATTLE, "Armed clash", Some("190"), 58),
            Cls::Riot => t("Riots", "Violent demonstration", Some("145"), 55),
            Cls::Protest => t("Protests", "Peaceful protest", Some("141"), 50),
            Cls::Detain => t(STRATEGIC, "Arrests", Some("173"), 45),
            Cls::Raid => t(BATTLE, "Armed clash", Some("190"), 44),
            Cls::Surrender => t(STRATEGIC, "Change to group/activity", Some("0874"), 40),
            Cls::Recruit => t(STRATEGIC, "Change to group/activity", Some("08"), 38),
            Cls::Weapons => t(STRATEGIC, "Disrupted weapons use", Some("17"), 35),
            Cls::Destroy => t(STRATEGIC, "Looting/property destruction", Some("1712"), 30),
            Cls::Agreement => t(STRATEGIC, "Agreement", Some("057"), 28),
            Cls::Withdraw => t(
                STRATEGIC,
                "Non-violent transfer of territory",
                Some("08"),
                26,
            ),
            Cls::Base => t(STRATEGIC, "Headquarters or base established", None, 25),
            Cls::Other => t(STRATEGIC, "Other", None, 24),
            Cls::Mob => t("Riots", "Mob violence", Some("145"), 56),
            Cls::Intercept => t(STRATEGIC, "Disrupted weapons use", Some("17"), 97),
            Cls::Kill => t(BATTLE, "Armed clash", Some("190"), 10),
            Cls::Wound => t(BATTLE, "Armed clash", Some("190"), 9),
        }
    }

    /// Casualty words count people; they do not name an incident by themselves.
    pub fn is_casualty(self) -> bool {
        matches!(self, Cls::Kill | Cls::Wound)
    }

    pub fn is_remote(self) -> bool {
        matches!(
            self,
            Cls::Suicide | Cls::Chemical | Cls::Ied | Cls::Grenade | Cls::Air | Cls::Shell
        )
    }
}

/// Casualty class a word counts people for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Casualty {
    Killed,
    Wounded,
    Detained,
}

/// Claim cue strength.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ClaimCue {
    /// Makes a following trigger hypothetical ("could attack", "plans to").
    Modal,
    /// Assessment / estimate vocabulary ("threat", "estimated", "resurgence").
    Assess,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    Trig(Cls),
    Claim(ClaimCue),
    /// History / background ("was founded", "at its height").
    Background,
    /// Running totals over long periods ("since 2014", "so far this year").
    Aggregate,
    /// Conflict vocabulary that makes a claim on-topic.
    Topic,
    /// The sentence starts a new story ("Separately,", "Elsewhere").
    Shift,
    /// Anaphora tying a sentence to the previous incident ("the attack").
    Continue,
    /// Negates the incident ("no one was killed" is still an event, but
    /// "denied" / "did not" weaken it).
    Negation,
}

use Cls::*;

const TRIGGERS: &[(&str, Cls)] = &[
    // casualties
    ("killed", Kill),
    ("killing", Kill),
    ("killings", Kill),
    ("kills", Kill),
    ("kill", Kill),
    ("dead", Kill),
    ("died", Kill),
    ("dies", Kill),
    ("death toll", Kill),
    ("deaths", Kill),
    // "Zacatecas registered 286 homicides in the first half of the year".
    ("homicides", Kill),
    // "Irapuato has recorded 148 murders since January".
    ("murders", Kill),
    ("lost their lives", Kill),
    ("lost his life", Kill),
    ("lost her life", Kill),
    ("slain", Kill),
    ("shot dead", Kill),
    // "hacked five farmers to death": only with "to death" (see
    // `clauses::drop_false_triggers_in`).
    ("hacked", Kill),
    // "a crowd beat to death two young men".
    ("beat to death", Mob),
    // "a crowd beat two men to death": only with "to death" (see
    // `clauses::drop_false_triggers_in`).
    ("beat", Mob),
    ("beaten to death", Mob),
    ("stoned to death", Mob),
    ("burned to death", Kill),
    // "Imbonerakure members stabbed to death a farmer", "attackers stabbed a
    // taxi driver to death": only with "to death", as "hacked".
    ("stabbed to death", Kill),
    ("stabbed", Kill),
    ("stabbing", Kill),
    ("bludgeoned", Kill),
    ("clubbed", Kill),
    ("bodies", Kill),
    ("perished", Kill),
    // "succumbed to their injuries" counts the dead, not the wounded: the
    // whole phrase is one trigger so "injuries" does not become a toll word.
    ("succumbed to their injuries", Kill),
    ("succumbed to his injuries", Kill),
    ("succumbed to her injuries", Kill),
    ("succumbed to their wounds", Kill),
    ("succumbed to his wounds", Kill),
    ("succumbed to her wounds", Kill),
    ("succumbed", Kill),
    ("died of their injuries", Kill),
    ("died of his injuries", Kill),
    ("died of their wounds", Kill),
    ("died of his wounds", Kill),
    ("fatalities", Kill),
    ("wounded", Wound),
    ("wounding", Wound),
    ("injured", Wound),
    ("injuring", Wound),
    ("injuries", Wound),
    // "six people were being treated for gunshot wounds".
    ("wounds", Wound),
    ("were hurt", Wound),
    ("was hurt", Wound),
    // detentions
    ("arrested", Detain),
    ("jailed", Detain),
    ("arrest", Detain),
    ("arrests", Detain),
    ("arresting", Detain),
    // "police said they had rearrested 83 of the escaped inmates".
    ("rearrested", Detain),
    // "took a reporter from his home, and he has not been seen since".
    ("not been seen since", Abduct),
    ("re-arrested", Detain),
    ("detained", Detain),
    ("detaining", Detain),
    ("detain", Detain),
    ("captured", Detain),
    // "40 soldiers were taken prisoner".
    ("taken prisoner", Detain),
    ("taken captive", Detain),
    ("capturing", Detain),
    ("rounded up", Detain),
    ("swept up", Detain),
    ("taken into custody", Detain),
    ("apprehended", Detain),
    ("nabbed", Detain),
    // "Gendarmes caught three of them the next day" (only a count of
    // people after it, see `cue_hit`: not "caught fire", "caught up with").
    ("caught", Detain),
    // "Detectives picked up three men in Mombasa", "were picked up by Niamey
    // police" (only people taken, see `cue_hit`: not "picked up the bodies").
    ("picked up", Detain),
    ("surrendered", Surrender),
    ("surrender", Surrender),
    ("surrendering", Surrender),
    ("turned themselves in", Surrender),
    ("gave themselves up", Surrender),
    // "37 fighters had given themselves up to soldiers in Bama".
    ("given themselves up", Surrender),
    ("give themselves up", Surrender),
    ("laid down their arms", Surrender),
    ("laid down their weapons", Surrender),
    // "112 fighters handed over their rifles to army officers at a
    // ceremony": not the "handed over" of ground.
    ("handed over their weapons", Surrender),
    // "14 fighters handed themselves and their rifles over to Jubaland
    // forces".
    ("handed themselves", Surrender),
    // "140 Gumuz fighters handed their weapons to the army", "handed
    // their rifles over to the army".
    ("handed their weapons", Surrender),
    ("handed their rifles", Surrender),
    ("handed their arms", Surrender),
    ("handed in their guns", Surrender),
    ("handed in their rifles", Surrender),
    ("handed himself over", Surrender),
    ("handed himself in", Surrender),
    ("turned himself in", Surrender),
    ("gave himself up", Surrender),
    ("handed over their rifles", Surrender),
    ("handed over their arms", Surrender),
    ("handed in their weapons", Surrender),
    ("defected", Surrender),
    // "a police major and six constables crossed over to the AA with their
    // weapons".
    ("crossed over to", Surrender),
    ("pledged allegiance", Surrender),
    ("recruitment drive", Recruit),
    ("recruitment campaign", Recruit),
    ("recruited", Recruit),
    ("recruiting", Recruit),
    // fighting
    ("clash*", Clash),
    ("fighting", Clash),
    ("fought", Clash),
    // "Troops beat back an attempt by Boko Haram fighters to overrun their
    // base".
    ("beat back", Clash),
    // "Troops sent after the attackers caught up with a group of ISSP
    // fighters north of Ouallam" (only forces pursuing armed men, see
    // `cue_hit`; not "caught up with the convoy").
    ("caught up with", Clash),
    ("beaten back", Clash),
    ("beat off", Clash),
    ("battle", Clash),
    ("battles", Clash),
    ("battled", Clash),
    ("gunfight*", Clash),
    ("gun battle*", Clash),
    ("gunbattle*", Clash),
    // ("firefighters" put out blazes.)
    ("firefight", Clash),
    ("firefights", Clash),
    ("exchange of fire", Clash),
    ("exchanged fire", Clash),
    ("exchanged gunfire", Clash),
    ("exchanged heavy gunfire", Clash),
    ("exchanged heavy fire", Clash),
    ("traded fire", Clash),
    ("traded gunfire", Clash),
    ("exchanges of fire", Clash),
    ("ambush*", Clash),
    ("skirmish*", Clash),
    ("retook", Retake),
    ("retaken", Retake),
    ("retake", Retake),
    ("recaptured", Retake),
    ("recapture", Retake),
    ("liberated", Retake),
    ("regained control", Retake),
    // "declared victory over the militants in Albu Kamal": a town won back.
    ("declared victory over", Retake),
    ("took back", Retake),
    // "Troops supported by helicopter gunships re-entered Marte on
    // Wednesday afternoon after the insurgents pulled out".
    ("re-entered", Retake),
    ("seized control", Overtake),
    ("took control", Overtake),
    ("taken control", Overtake),
    // "its troops had taken Kindrativka, a village north of the city" (only
    // after have/has/had and before a name, see `cue_hit`).
    ("taken", Overtake),
    ("seized full control", Overtake),
    ("took full control", Overtake),
    ("taken full control", Overtake),
    ("taken total control", Overtake),
    ("took total control", Overtake),
    // A place as the object makes a capture territorial, not an arrest.
    ("captured the town", Overtake),
    ("captured the city", Overtake),
    ("captured the village", Overtake),
    ("captured the district", Overtake),
    ("captured the base", Overtake),
    ("captured the strategic", Overtake),
    ("seized the town", Overtake),
    ("seized the city", Overtake),
    ("seized the village", Overtake),
    ("seized the district", Overtake),
    ("overran", Overtake),
    ("overrun", Overtake),
    // remote violence
    ("jets struck", Air),
    // "U.S. forces struck an ISIS-Somalia training camp".
    ("forces struck", Air),
    ("forces had struck", Air),
    ("jets bombed", Air),
    ("jets pounded", Air),
    ("jets hit", Air),
    // "its jets had hit weapons storage facilities".
    ("jets had hit", Air),
    ("jets had struck", Air),
    ("jets have hit", Air),
    ("jets have struck", Air),
    ("aircraft had hit", Air),
    ("aircraft had struck", Air),
    ("jets targeted", Air),
    ("jets attacked", Air),
    ("airstrike*", Air),
    ("air strike*", Air),
    ("air-strike*", Air),
    ("air raid*", Air),
    ("air attack*", Air),
    ("aerial attack*", Air),
    ("aerial bombardment", Air),
    // "its air operations had \"neutralised\" 14 PKK militants".
    ("air operation*", Air),
    ("aerial operation*", Air),
    ("drone strike*", Air),
    ("drone attack*", Air),
    ("warplane*", Air),
    ("fighter jets", Air),
    ("drone", Air),
    ("drones", Air),
    // "A quadcopter dropped two explosive charges beside a cricket ground".
    ("quadcopter", Air),
    ("quadcopters", Air),
    ("bombed", Air),
    // "air force planes struck columns of the fighters": "struck" alone is
    // too common a verb ("struck a deal", "struck by a car"); an aircraft
    // striking is an air strike.
    ("planes struck", Air),
    // "Amman said its air force had struck \"armed drug-smuggling gangs\"".
    ("air force struck", Air),
    ("air force had struck", Air),
    ("air force has struck", Air),
    ("jets struck", Air),
    ("aircraft struck", Air),
    ("drones struck", Air),
    ("drone struck", Air),
    // "Russian drones knocked out an electricity substation".
    ("drones knocked out", Air),
    ("drone knocked out", Air),
    // "A Nigerian Air Force jet struck a militia camp".
    ("jet struck", Air),
    ("warplane struck", Air),
    ("warplanes struck", Air),
    ("helicopter struck", Air),
    ("gunship struck", Air),
    ("gunships struck", Air),
    ("helicopters struck", Air),
    ("planes had struck", Air),
    ("jets had struck", Air),
    ("aircraft had struck", Air),
    ("drones had struck", Air),
    // "the air force said a fighter jet had struck a camp of armed herders".
    ("jet had struck", Air),
    ("drone had struck", Air),
    ("plane had struck", Air),
    ("warplane had struck", Air),
    ("warplanes had struck", Air),
    ("helicopter had struck", Air),
    ("helicopters had struck", Air),
    ("bombing raid*", Air),
    ("strike", Air),
    ("strikes", Air),
    ("helicopter gunship*", Air),
    // Bombs dropped from aircraft, not planted ones.
    ("glide bomb*", Air),
    ("guided bomb*", Air),
    ("aerial bomb*", Air),
    ("barrel bomb*", Air),
    ("missile strike*", Shell),
    ("missile attack*", Shell),
    ("rocket attack*", Shell),
    ("shelling", Shell),
    ("shell", Shell),
    ("shells", Shell),
    ("aircraft", Air),
    ("shot down", Intercept),
    ("intercepted", Intercept),
    ("downed", Intercept),
    // "its air defences had brought down five more drones".
    ("brought down", Intercept),
    // "its air defences had destroyed 64 Ukrainian drones overnight".
    ("air defences had destroyed", Intercept),
    ("air defences destroyed", Intercept),
    ("air defenses had destroyed", Intercept),
    ("air defenses destroyed", Intercept),
    ("air defence systems destroyed", Intercept),
    ("seized", Detain),
    ("pushed back", Retake),
    ("exchanged", Agreement),
    ("neutralis*", Kill),
    // "113 people had been murdered in the state in January".
    ("murdered", Kill),
    ("neutraliz*", Kill),
    ("shelled", Shell),
    // "army howitzers pounded suspected BIFF positions".
    ("howitzers", Shell),
    ("howitzer", Shell),
    ("mortar*", Shell),
    // "fired mortar bombs into Monguno": shells, not a planted bomb.
    ("mortar bomb*", Shell),
    ("rocket*", Shell),
    ("missile*", Shell),
    ("artillery", Shell),
    ("ied", Ied),
    ("ieds", Ied),
    ("improvised explosive*", Ied),
    ("roadside bomb*", Ied),
    ("landmine*", Ied),
    ("land mine*", Ied),
    // Bare "mine" is also a gold mine or a pronoun.
    ("improvised mine*", Ied),
    ("anti-personnel mine*", Ied),
    ("anti-tank mine*", Ied),
    ("struck a mine", Ied),
    ("hit a mine", Ied),
    ("ran over a mine", Ied),
    ("stepped on a mine", Ied),
    ("mine exploded", Ied),
    ("mine blast*", Ied),
    ("car bomb*", Ied),
    ("bomb blast*", Ied),
    ("bomb attack*", Ied),
    ("bomb exploded", Ied),
    // "A car packed with explosives blew up outside a shopping centre".
    ("packed with explosives", Ied),
    ("loaded with explosives", Ied),
    ("bomb", Ied),
    ("bombs", Ied),
    ("bombing", Ied),
    ("bombings", Ied),
    ("explosion*", Ied),
    ("blast", Ied),
    ("blasts", Ied),
    ("explosive device*", Ied),
    // "An explosive charge tore open the oil pipeline".
    ("explosive charge*", Ied),
    ("booby trap*", Ied),
    ("booby-trap*", Ied),
    ("suicide bomb*", Suicide),
    ("strapped to her body", Suicide),
    ("strapped to his body", Suicide),
    ("detonated", Ied),
    ("suicide attack*", Suicide),
    ("suicide car bomb*", Suicide),
    ("suicide vest*", Suicide),
    ("blew himself up", Suicide),
    ("blew herself up", Suicide),
    ("blew themselves up", Suicide),
    ("grenade*", Grenade),
    ("chemical attack*", Chemical),
    ("chemical weapon*", Chemical),
    ("chlorine", Chemical),
    ("sarin", Chemical),
    ("mustard gas", Chemical),
    // attacks on people
    ("attack", Attack),
    ("attacks", Attack),
    ("attacked", Attack),
    ("attacking", Attack),
    ("assault", Attack),
    ("assaults", Attack),
    ("assaulted", Attack),
    ("stormed", Attack),
    ("storm", Attack),
    ("storming", Attack),
    ("opened fire", Attack),
    // "its forces had come under fire while trying to arrest a wanted man".
    ("came under fire", Attack),
    ("come under fire", Attack),
    ("came under attack", Attack),
    // "soldiers at a checkpoint ... came under rifle fire".
    ("came under rifle fire", Attack),
    ("came under heavy fire", Attack),
    ("came under mortar fire", Attack),
    ("come under attack", Attack),
    // "militants fired at a police outpost".
    ("fired at", Attack),
    ("fired on", Attack),
    // "sprayed a bus taking workers to the mine with rifle fire".
    ("with rifle fire", Attack),
    ("with gunfire", Attack),
    ("with automatic fire", Attack),
    ("with automatic gunfire", Attack),
    ("with machine-gun fire", Attack),
    ("shot", Attack),
    ("shooting", Attack),
    ("gunned down", Attack),
    ("targeted", Attack),
    ("targeting", Attack),
    ("raid", Raid),
    ("raids", Raid),
    ("raided", Raid),
    ("executed", Execute),
    ("execution*", Execute),
    ("beheaded", Execute),
    ("beheading*", Execute),
    ("massacre*", Execute),
    ("slaughtered", Execute),
    ("kidnap*", Abduct),
    ("abduct*", Abduct),
    ("taken hostage", Abduct),
    ("took hostage", Abduct),
    // "stopped a bus ... and took away a dozen passengers".
    ("took away", Abduct),
    // "Two engineers ... were taken from their pick-up by armed men", "Armed
    // men pulled an engineer ... from his car" (armed men named, see
    // `cue_hit`).
    ("taken from", Abduct),
    ("pulled", Abduct),
    // "was bundled into a car by armed men", "masked gunmen bundled an aid
    // worker into a car" (into a vehicle, see `cue_hit`).
    ("bundled", Abduct),
    // "checked the identity cards of bus passengers and led away five men"
    // (people only, as "took away").
    ("led away", Abduct),
    // "armed men took a schoolteacher from his classroom" (armed men and
    // people only, see `cue_hit`).
    ("took", Abduct),
    // "gunmen snatched a teacher from her home" (armed men and people only,
    // as "took").
    ("snatched", Abduct),
    // "stopped a bus ... and led 19 passengers into the hills", "forced 14
    // passengers into the bush" (counted people driven into the wild only,
    // see `cue_hit`).
    ("led", Abduct),
    ("forced", Abduct),
    // "stopped a car near Shahba and drove off with a pharmacist and his
    // younger brother" (people only, see `clauses`).
    ("drove off with", Abduct),
    ("drove away with", Abduct),
    // "gunmen stopped a pick-up carrying four technicians ... and drove them
    // away into the hills" (armed men before, see `cue_hit`).
    ("drove them away", Abduct),
    ("took them away", Abduct),
    ("led them away", Abduct),
    // "carried off two girls"; "carried off their cargo" is looting (see
    // `clauses`).
    ("carried off", Abduct),
    // "armed men drove off about 300 head of cattle" (goods: looting).
    ("drove off", Abduct),
    // "troops ... drove al-Shabaab out of Baxdo", "had driven CODECO
    // fighters out of four villages" (only with "out" after, see
    // `cue_hit`).
    ("drove", Retake),
    ("driven", Retake),
    ("hostages", Abduct),
    ("raped", Sexual),
    ("rape", Sexual),
    ("sexual assault*", Sexual),
    ("sexual violence", Sexual),
    // unrest
    ("protest", Protest),
    ("demonstrated", Protest),
    ("took to the streets", Protest),
    ("take to the streets", Protest),
    ("taken to the streets", Protest),
    ("blocked roads", Protest),
    ("blocked the road", Protest),
    // "blocked the Kaduna-Kachia road", "blocked the main highway": kept
    // only when a road follows (see `cue_hit`).
    ("blocked the", Protest),
    ("blocked a road", Protest),
    ("blocked streets", Protest),
    // "blocked a main avenue" (only with a road after, like "blocked the").
    ("blocked a", Protest),
    // "blocked Federal Highway 45", "laid the bodies on the Bannu-Miranshah
    // road and blocked it" (only with a road after, or "it" after a road).
    ("blocked", Protest),
    // "several hundred Pahari students formed a human chain", "shopkeepers
    // kept their shutters down": protest in other forms.
    ("human chain*", Protest),
    ("silent vigil*", Protest),
    ("candlelight vigil*", Protest),
    ("held a vigil", Protest),
    ("kept their shutters down", Protest),
    // "carried the bodies to the district centre" (only to an authority's
    // seat, see `cue_hit`: not to the cemetery).
    ("carried the bodies", Protest),
    ("carried the coffins", Protest),
    ("confiscated", Weapons),
    // "Soldiers recovered eight rifles, a dozen grenades and several
    // hundred rounds of ammunition from a hilltop bunker" (only with arms
    // named after it, see `cue_hit`).
    ("recovered", Weapons),
    // "found 14 assault rifles ... hidden under sacks of onions in a lorry"
    // (only arms hidden or buried, see `cue_hit`).
    ("found", Weapons),
    // "soldiers dug up a cache of six rifles", "dug up 12 guns and about
    // 600 rounds of ammunition" (only with arms named after it).
    ("dug up", Weapons),
    ("blew up", Destroy),
    // "its drones had blown up an ammunition depot".
    ("had blown up", Destroy),
    ("have blown up", Destroy),
    ("beat up", Attack),
    ("tortured", Attack),
    ("torture", Attack),
    ("sexually abused", Sexual),
    ("sexually assaulted", Sexual),
    ("assassinat*", Attack),
    ("invaded", Clash),
    ("invasion", Clash),
    ("ethnic cleansing", Execute),
    ("protests", Protest),
    ("protested", Protest),
    ("protesting", Protest),
    ("protesters", Protest),
    ("protestors", Protest),
    ("hunger strike*", Protest),
    ("general strike*", Protest),
    ("sit-in*", Protest),
    ("demonstration*", Protest),
    ("demonstrators", Protest),
    ("rally", Protest),
    ("rallies", Protest),
    ("rallied", Protest),
    // "About 150 residents gathered outside the town administration to
    // demand compensation".
    ("gathered outside", Protest),
    // "Hundreds of people gathered in Rada on Tuesday to denounce the
    // assault" (only with a protest's purpose after, see `cue_hit`).
    ("gathered", Protest),
    ("sit-in", Protest),
    ("riot", Riot),
    ("riots", Riot),
    ("rioted", Riot),
    ("rioting", Riot),
    ("rioters", Riot),
    ("throwing stones", Riot),
    // "threw stones and petrol bombs at riot police": a crowd's weapons, no
    // explosive attack.
    ("petrol bomb*", Riot),
    ("molotov cocktail*", Riot),
    ("Molotov cocktail*", Riot),
    ("threw stones", Riot),
    ("stone-throwing", Riot),
    ("stun grenade*", Protest),
    ("tear gas", Protest),
    ("teargas", Protest),
    ("water cannon*", Protest),
    ("rubber bullets", Protest),
    ("marched", Protest),
    // "thousands of people joined a march called by the Kargil Democratic
    // Alliance".
    ("joined a march", Protest),
    // "About 40 residents of evacuated border villages picketed the
    // regional government building".
    ("picketed", Protest),
    // "Several hundred lorry drivers parked their vehicles across the main
    // road into Dedougou", "kept their vehicles parked along the highway"
    // (only across or along a road, see `cue_hit`).
    ("parked their", Protest),
    ("vehicles parked", Protest),
    ("picketing", Protest),
    ("held a picket", Protest),
    ("dissolved", Other),
    ("outlawed", Other),
    ("banned", Other),
    ("drive to recruit", Recruit),
    ("hijack*", Abduct),
    ("retaliated", Attack),
    ("pelted", Mob),
    ("pelting", Mob),
    // "surrounded a UNIFIL patrol ..., smashing the windows of an armoured
    // vehicle".
    ("smashing the windows", Mob),
    ("smashed the windows", Mob),
    ("stoned", Mob),
    ("hurled stones", Riot),
    ("lynched", Mob),
    ("mob", Mob),
    // "hundreds of angry young men blocked the road and set fire to a
    // settlement": a crowd, not an armed group.
    ("angry young men", Mob),
    ("angry youths", Mob),
    ("enraged youths", Mob),
    ("irate youths", Mob),
    // strategic
    ("defused", Weapons),
    // "found and dismantled a rocket launcher" (only with arms named after
    // it, see `cue_hit`: not "dismantled a smuggling network").
    ("dismantled", Weapons),
    ("weapons cache*", Weapons),
    ("arms cache*", Weapons),
    ("weapons depot*", Weapons),
    ("seized weapons", Weapons),
    ("bomb-making", Weapons),
    ("ceasefire", Agreement),
    ("cease-fire", Agreement),
    ("truce", Agreement),
    ("peace deal", Agreement),
    ("peace agreement", Agreement),
    ("prisoner exchange", Agreement),
    ("prisoner swap", Agreement),
    ("set up a base", Base),
    ("established a base", Base),
    ("burned", Destroy),
    ("burnt", Destroy),
    ("torched", Destroy),
    ("set fire", Destroy),
    // "setting shelters alight".
    ("alight", Destroy),
    // "Militiamen ... burst into a displacement site" ("burst into flames"
    // is dropped in `clauses`).
    ("burst into", Attack),
    // "a crowd of young men ... descended on a Fulani settlement".
    ("descended on", Attack),
    // "43 inmates escaped after armed men overpowered the guards".
    ("overpowered", Attack),
    ("set ablaze", Destroy),
    ("destroyed", Destroy),
    ("demolished", Destroy),
    // "Israeli bulldozers escorted by troops tore down three homes".
    ("tore down", Destroy),
    ("looted", Destroy),
    ("ransacked", Destroy),
    // "unpaid soldiers went on a rampage in Kongolo, looting shops": a
    // killing told with it outranks it.
    ("went on a rampage", Destroy),
    ("went on the rampage", Destroy),
    // "stopped a convoy of aid trucks and made off with the flour".
    ("made off with", Destroy),
    ("razed", Destroy),
    ("withdrew from", Withdraw),
    ("withdrawing from", Withdraw),
    ("pulled out of", Withdraw),
    // "soldiers abandoned their post at Tin-Akoff" (only with a place or a
    // post as the object, see `clauses`).
    ("abandoned", Withdraw),
    ("handed over", Withdraw),
    ("prison break*", PrisonBreak),
    ("prison attack*", PrisonBreak),
    ("jailbreak*", PrisonBreak),
    ("broke out of", PrisonBreak),
    ("escaped from prison", PrisonBreak),
    // "Eight detainees escaped from a police holding centre" (only from
    // custody, see `cue_hit`): an escape, no fight, unless the sentence
    // tells of one ("after armed men overpowered the guards").
    ("escaped from", Other),
    // "23 inmates dug through a wall of the prison and escaped" (only
    // inmates, see `cue_hit`).
    ("escaped", Other),
    ("freed prisoners", PrisonBreak),
];

/// Threats in their own words, claim cues with no modal verb: "declared
/// anyone who ... a \"military target\"", "or \"share the fate of the
/// soldiers\"", "would \"not stop until every gang is driven out\"".
pub(crate) const THREATS: &[&str] = &[
    // "the strike on Bryansk would be answered with \"a blow ...\"", "would
    // \"answer with bullets\" anyone who tried", "would \"end up the same
    // way\"", "orders to \"sink any boat that fires\"", "would strike
    // \"every base of the KDPI\"".
    "would be answered",
    "answer with bullets",
    "end up the same way",
    "orders to \"sink",
    "would strike \"every",
    // "Tajikistan \"reserves the right to destroy such threats at their
    // source\"", "Iran would \"strike the bases of these groups\"", "its
    // fighters would soon \"march on\" the regional capital".
    "reserves the right to destroy",
    "reserves the right to strike",
    "strike the bases",
    "\"march on\"",
    "military target",
    "legitimate target",
    "share the fate",
    "share its fate",
    "share their fate",
    "pay a heavy price",
    "pay dearly",
    "not stop until",
    // "would be treated as \"enemy soldiers\"", "treated as an enemy and
    // dealt with accordingly", "every raid ... will be answered".
    "enemy soldiers",
    "treated as an enemy",
    "dealt with accordingly",
    "will be answered",
    "would be answered",
    "same fate",
    // "leave Apure or be wiped out", "would \"end up like Isla Piedad\"".
    "be wiped out",
    "end up like",
    // "\"whoever does not pay ends up like this\"".
    "ends up like",
    // "his men would \"finish the job\"", "the operation would go on
    // \"until Marib returns ...\"".
    "finish the job",
    // "Turkey would not allow \"a terror corridor\" to take root".
    "would not allow",
    "will not allow",
    // "every base of \"the occupiers\" would remain a target".
    "remain a target",
    // "anyone who worked for the administration \"has made himself a target\"".
    "made himself a target",
    "made themselves a target",
    "made themselves targets",
    "remain targets",
    "remain legitimate targets",
    "operation would go on until",
    "operations would go on until",
    "go on \"until",
    // "said attacks would continue \"until the last soldier leaves\"", "the
    // strike \"will not be the last\"", "soldiers \"will not sleep in
    // peace\"", "would \"find no safe road\"".
    "continue \"until",
    "continue until",
    // "said it would go on fighting \"the regime on every hill\"".
    "go on fighting",
    "keep fighting",
    "continue fighting",
    "not be the last",
    "not sleep in peace",
    "know no peace",
    "no safe road",
    // "troops would \"find no rest in any town\"".
    "find no rest",
    "know no rest",
    // "police would \"not give the Comando Vermelho a single day of rest\"".
    "day of rest",
    // "would \"go as far into the Dnipropetrovsk region as our security
    // requires\"", "would \"continue to operate wherever necessary\"".
    "go as far into",
    "operate wherever necessary",
    "nowhere to hide",
    // "any government advance ... would be met \"with everything we
    // have\"", "his killing \"will not pass without a response\"", "It
    // promised \"more blood on the roads\"".
    "would be met with",
    "will be met with",
    "would be met \"with",
    "will be met \"with",
    "without a response",
    "not go unpunished",
    "not pass unpunished",
    // (Longer than the negation "will not" they start with.)
    "will not go unpunished",
    "would not go unpunished",
    "will not go unanswered",
    "would not go unanswered",
    // "soldiers had been ordered to shoot anyone found carrying a weapon".
    "ordered to shoot",
    "orders to shoot",
    "shoot on sight",
    "shoot-on-sight",
    "more blood",
    // "warned that Dessalines would be next", "\"next on the list\"",
    // "anyone who opened \"will be the next to be buried\"", "would \"not
    // leave a single one of them standing\"", "would deal \"with an iron
    // fist\"", "to use \"maximum force\"", "\"lose their heads\"".
    "would be next",
    "will be next",
    // Split by a quote: they would "be next".
    "\"be next",
    // "would \"respond with overwhelming force\"", "would \"exercise its
    // right to self-defence against any aircraft\"", "would use \"every
    // lawful means, including firearms\"", "whoever fires on them \"will not
    // walk away\"", "would treat \"any convoy\" ... as a target", "will
    // either surrender or be finished", "promised to keep burning".
    "overwhelming force",
    "right to self-defence",
    "right to self-defense",
    "every lawful means",
    "not walk away",
    "will not walk away",
    "as a target",
    "or be finished",
    "keep burning",
    // "\"We will hunt down this unit wherever it runs\"", "told to open fire
    // on anyone found setting property ablaze", "\"this is only the
    // beginning\"", "\"will not be safe on any road\"".
    "will hunt down",
    "open fire on anyone",
    "only the beginning",
    "will not be safe",
    "would not be safe",
    // "would \"respond with all its might\"", "pursue these killers \"into
    // every forest and every village where they hide\"".
    "with all its might",
    "with all our might",
    "into every forest",
    "where they hide",
    // "\"We will hunt these criminals down ... wherever else they hide\"",
    // "would \"hunt the terrorists down, island by island\"".
    "wherever they hide",
    "wherever else they hide",
    "hunt them down",
    "hunt the terrorists down",
    "hunt these criminals down",
    "hunt the killers down",
    "hunt the attackers down",
    // "would \"widen the circle of targets\"", "would \"face the people's
    // court\"", "would burn down the army post", "would \"only get deeper
    // and more frequent\"", "to \"strike the settlers on every road\"".
    "widen the circle",
    "people's court",
    "would burn down",
    "will burn down",
    "deeper and more frequent",
    "on every road",
    "next on the list",
    "be the next to",
    "not leave a single",
    "iron fist",
    "maximum force",
    "with full force",
    "lose their heads",
    "cut off the hand",
    "without hesitation",
    // "would find \"no safe camp anywhere in Tillaberi\"", "would leave \"not a
    // single base standing\"", "would be treated as \"a military
    // objective\"", "\"take off the uniform or prepare your shrouds\"",
    // "would be \"punished by the people\"", "will pay for every drone".
    "no safe camp",
    // "Russian warships \"will find no safe harbour\"".
    "find no safe",
    "no safe place",
    "no safe haven",
    "not a single base",
    "military objective",
    "prepare your shrouds",
    "be punished",
    "will pay for",
    "would pay for",
    "treated as enemy",
    // "would \"become a graveyard for the invaders\"", "would \"face the
    // people's court\"", "will be
    // hunted in their own districts", "would meet \"the same end\"",
    // "gatherings \"will not be safe\"", "would \"carry the war to every
    // district\"".
    "graveyard",
    // "any boat found on the water after dusk \"will be considered an enemy
    // and destroyed\"".
    "considered an enemy",
    "people's court",
    "be hunted",
    "same end",
    "not be safe",
    "carry the war",
    "will not sleep",
    "would not cede",
    "will not cede",
    // "security forces would \"not hesitate to open fire\" on anyone who
    // attacked polling stations".
    "not hesitate to",
    // "would treat \"every Russian on the roads of Mbomou\" as a target",
    // "would treat every family ... as \"an enemy\"".
    "as a target",
    "as targets",
    "as an enemy",
    "as \"an enemy",
    "as enemies",
    // "will be treated as an enemy target", "\"will go home in a
    // coffin\"", "\"no refinery ... will be out of reach\"", "would
    // \"take up arms again\"", "would \"answer every killing of our
    // people with the same\"".
    "enemy target",
    "in a coffin",
    "in coffins",
    "out of reach",
    "take up arms",
    "answer every",
    // "would \"respond in kind\" to any further attack".
    "respond in kind",
    // "would \"strike with an iron hand\"", "would \"take Carrefour street
    // by street\"", "pay a \"war tax\" or \"be buried with their cars\"".
    "iron hand",
    "street by street",
    "buried with their",
];

const MODAL: &[&str] = &[
    "agreed to",
    "agree to",
    "agrees to",
    "demanded",
    "demands",
    "called on",
    "appealed",
    "halt",
    "stop",
    "end",
    "prevent",
    "avert",
    "deter",
    "curb",
    "postpone",
    "postponed",
    "proposed",
    "proposes",
    "offered",
    "offers",
    "stepped up",
    "step up",
    "accused",
    "accuses",
    "accusing",
    "alleged",
    "allegedly",
    "planning",
    "plotting",
    "preparing",
    "called for",
    "calls for",
    "urged",
    "urges",
    "could",
    "may",
    "might",
    "would",
    "will",
    "shall",
    "plans to",
    "plan to",
    "planned to",
    "planning to",
    "wants to",
    "want to",
    "wanted to",
    "seeks to",
    "seek to",
    "seeking to",
    // "Russian forces were trying to encircle Kostiantynivka".
    "trying to",
    "attempting to",
    "aims to",
    "aim to",
    "aiming to",
    "aimed to",
    "intended to",
    "intends to",
    "intend to",
    "threaten*",
    "vowed",
    // "..., the provincial governor said, vowing that troops would \"track
    // down the rest of these criminals\"".
    "vowing",
    "promised to",
    // "promised a lightning response": a threat without an infinitive.
    "promised a",
    "pledged a",
    // "The statement promised more attacks on the militia's positions".
    "promised more",
    "pledged more",
    "vowed more",
    // "It promised further strikes on the infrastructure that feeds the war".
    "promised further",
    "pledged further",
    "vowed further",
    "promised new",
    "vowed new",
    "pledged to",
    "vows",
    "likely to",
    "expected to",
    "preparing to",
    "capable of",
    "able to",
    "hopes to",
    "hope to",
    "ready to",
    "poised to",
    "if",
    "unless",
    "in order to",
    "continue to",
    "continues to",
    "continuing to",
    "continued to",
    "still",
    "ability to",
    "capacity to",
];

/// Whether an assessment cue (lower-cased) tells people fleeing: "have
/// fled", "families have left", "people have reached", "refugees have
/// crossed", and every [`COUNTED_FLIGHT`] cue.
pub(crate) fn tells_flight(cue: &str) -> bool {
    cue.contains("fled")
        || COUNTED_FLIGHT.iter().any(|c| cue.ends_with(c))
        || [
            " left",
            " reached",
            " streamed out of",
            " streamed into",
            " poured into",
            " abandoned their",
            " abandoned landing",
            " arrived",
            " crossed",
            " crossed into",
            " refuge",
            " shelter",
            " moved to",
            " moved away",
            " moved in with",
            " moved their camps",
            " moved from",
            " moved into",
            " sheltered in",
            " not returned",
            " not returned to",
            " to return",
        ]
        .iter()
        .any(|v| cue.ends_with(v))
}

const ASSESS: &[&str] = &[
    // "says it has degraded Lakurawa", "bandits were holding 1,000 people
    // captive": the state of a group, not an incident.
    "degraded",
    "weakened",
    "decimated",
    // "attacks have grown more sophisticated": a trend.
    "have grown",
    "has grown",
    "more sophisticated",
    "more frequent",
    "deadlier",
    "captive",
    "from their homes",
    "weak",
    "had become",
    "growing",
    // (Not "described": "described him as a Hezbollah member", "described
    // those held as Fano sympathisers" label people, no assessment; the
    // fixtures code 1 of 8 such sentences as a claim.)
    "have fled",
    "has fled",
    "had fled",
    "people fled",
    "civilians fled",
    "residents fled",
    "families fled",
    // "About 400 families have left villages in Dangam since the shelling".
    "families have left",
    "families had left",
    // "About 90 families left upland villages in Siaton after Sunday's
    // fighting" (only counted families, see `cue_hit`: not "the diplomats
    // and their families left the embassy").
    "families left",
    "people have left",
    "people had left",
    // "About 3,000 miners have left Kouri Bougoudi for southern Libya since
    // Sunday's clashes", "About 45 families from a farming community near
    // the airstrip have left for the town of San Andres".
    "villagers have left",
    "villagers had left",
    "miners have left",
    "miners had left",
    "have left for",
    "had left for",
    "residents have left",
    "residents had left",
    "teachers had left",
    "teachers have left",
    // "About 5,000 people have reached Ouahigouya from villages around
    // Titao since Tuesday's ambush".
    "people have reached",
    "families have reached",
    // "More than 700 people from the settlement and nearby hamlets have
    // reached Santa Rosa del Sur since Tuesday's attack", "At least 9,000
    // people have streamed out of Sake", "About 700 fishermen and their
    // families have abandoned landing sites around Wanseko".
    "hamlets have reached",
    "villages have reached",
    "have streamed out of",
    "have streamed into",
    "have poured into",
    "have abandoned their",
    "have abandoned landing",
    "people have arrived",
    "families have arrived",
    "people have crossed",
    "refugees have crossed",
    // "About 1,800 islanders have moved to the shore around Bol since
    // Thursday's raid", "have sought shelter near the UN base", "have
    // crossed into Burundi", "have since fled to the town".
    "have moved to",
    "have sought shelter",
    "have sought refuge",
    "had sought refuge",
    "have taken refuge",
    "had taken refuge",
    // "About 250 families ... have taken shelter in the town centre of
    // Tubaran since Friday's clash", "Hundreds of migrant workers have left
    // south Kashmir since the killing".
    "have taken shelter",
    "had taken shelter",
    "workers have left",
    "workers had left",
    "have crossed into",
    // "About 250 herding families have moved their camps away from the
    // border since Saturday's killings", "have moved in with relatives",
    // "have sheltered in a temple since Sunday's arson", "About 7,000
    // residents ... have still not returned to their homes".
    "have moved their camps",
    "have moved from",
    "have moved into",
    "have moved away",
    "have moved in with",
    "have sheltered in",
    "have still not returned",
    "have not returned to",
    "have yet to return",
    "have since fled",
    "have since left",
    // "Roughly 6,000 people have since poured into Batangafo", "About 2,500
    // of them have since walked to Bunia", "About 82,000 people from
    // villages along the southern border are still unable to return to
    // their homes".
    "have since poured",
    "have since crowded",
    "have since walked",
    "have since gone",
    "unable to return",
    "unable to go home",
    "not been able to return",
    "still live in displacement camps",
    "still live in camps",
    "had since fled",
    "forced to flee",
    "deadliest",
    "most active",
    "threat*",
    "pose",
    "poses",
    "posing",
    "resurgen*",
    "reconstitut*",
    "regroup*",
    "rebuild*",
    "resurrect*",
    "comeback",
    "estimated",
    "estimates",
    "estimate",
    "believed to",
    "thought to",
    // "the militants were using the palm groves to hide weapons": what a
    // group is doing, an assessment.
    "were using",
    "was using",
    "are using",
    "is using",
    "strength",
    // "has tens of thousands of members": a strength estimate.
    "thousands of members",
    "thousands of fighters",
    // "had moved \"hundreds of fighters\" into Bay and Bakool".
    "hundreds of fighters",
    "thousands of troops",
    "thousands of soldiers",
    "hundreds of members",
    "capabilit*",
    "remain*",
    "warned",
    "warns",
    "warning",
    "sleeper cell*",
    "assess*",
    "danger*",
    "risk*",
    "fear*",
    "concern*",
    "insurgency",
    "persist*",
    "re-emerg*",
    "reemerg*",
    "revive*",
    "revival",
    "foothold",
    "stronghold*",
    "intelligence report*",
    "recruit",
    "accus*",
    "alleg*",
    "displac*",
    "massing",
    // "the Houthis had massed about 2,000 fighters around Harad", "about
    // 400 al-Shabaab fighters had gathered in villages around Wajid",
    // "about 25 ISKP members were hiding in the mountains": a force's
    // strength and whereabouts.
    "massed",
    "fighters had gathered",
    "fighters have gathered",
    "fighters were gathered",
    "were hiding",
    "are hiding",
    "still hiding",
    "hide on",
    "hide in",
    "retains",
    "controls",
    "control about",
    "control large parts",
    "control parts of",
    "control much of",
    "control swathes",
    "control vast",
    "control most of",
    "control around",
    "control some",
    "control roughly",
    "control nearly",
    "control more than",
    "percent of the territory",
    "percent of the country",
    "per cent of the territory",
    "per cent of the country",
    "defeated",
    // "is expanding its influence around Lake Chad", "has consolidated its
    // control": a group's reach, not an incident.
    "expanding its",
    "expanding their",
    "expanded its influence",
    "expanded their influence",
    "extend its reach",
    "extending its reach",
    "its influence",
    "their influence",
    "its presence",
    "their presence",
    "consolidat*",
    "gaining ground",
    "weakened",
    "on the verge of",
    "in retreat",
    "on the run",
    "decimated",
];

const BACKGROUND: &[&str] = &[
    "was founded",
    "were founded",
    "was formed",
    "emerged",
    "at its height",
    "at its peak",
    "once controlled",
    "declared a caliphate",
    "proclaimed a caliphate",
    "rose to prominence",
    "in the past",
    "previously",
    "formerly",
    "used to",
    "history",
    "historically",
    "years ago",
    "decades",
    "decade",
    "founded",
    // A war's whole toll: "the 2013-2018 civil war, which killed an
    // estimated 400,000 people", "an insurgency that has killed 40,000".
    "war, which killed",
    "war, which has killed",
    "war that killed",
    "war that has killed",
    "war has killed",
    "war killed an estimated",
    "conflict, which has killed",
    "conflict that has killed",
    "conflict has killed",
    "conflict killed an estimated",
    "insurgency, which has killed",
    "insurgency that has killed",
    "insurgency has killed",
    "insurgency killed an estimated",
    // "The 14-month war that preceded the truce killed more than 4,000".
    "month war",
    "year war",
    "war that preceded",
    "conflict that preceded",
];

const AGGREGATE: &[&str] = &[
    "past three years",
    "past two years",
    "past few years",
    "past decade",
    "past year",
    "past months",
    "past few months",
    // "more than 300 Fano fighters had laid down their arms ... over the
    // past month".
    "past month",
    // "killed in ADF attacks in western Uganda over the past twelve months".
    "past twelve months",
    "past 12 months",
    "past six months",
    "past 6 months",
    "past three months",
    "past two months",
    "last twelve months",
    "last 12 months",
    "this year",
    "so far",
    "repeated",
    "frequent",
    "regularly",
    "routinely",
    "systematically",
    "scene of",
    "has displaced",
    "have displaced",
    "had displaced",
    "repeatedly",
    "in recent years",
    "recent years",
    "in recent months",
    "more frequent",
    "increasingly",
    "have become",
    "has become",
    "on the rise",
    "weeks of",
    "months of",
    "years of",
    "for weeks",
    "for months",
    "for years",
    "for days",
    "since the start",
    "since the beginning",
    "so far this year",
    "in total",
    "a total of",
    "since its",
    "over the years",
    "over the past year",
    "over the past years",
    "to date",
    "since then",
    "each year",
    "every year",
    "per month",
    "tally",
    // "recorded 214 violent deaths in the first quarter of the year", "said
    // in its monthly report that ... had killed at least 14 people".
    "first quarter",
    "second quarter",
    "third quarter",
    "fourth quarter",
    "first half of the year",
    "monthly report",
    "annual report",
];

const TOPIC: &[&str] = &[
    "volunteers",
    "army",
    "soldiers",
    "troops",
    "gunmen",
    "separatist*",
    "rebel*",
    "armed",
    "militia*",
    "fighting",
    "conflict",
    "retaliat*",
    "revenge",
    "avenge*",
    "brute force",
    "militant*",
    "insurgen*",
    "fighters",
    "jihad*",
    "terror*",
    "extremis*",
    "islamist*",
    "isis",
    "isil",
    "daesh",
    "islamic state",
    "al-qaeda",
    "al qaeda",
    "taliban",
    "al-shabab",
    "al-shabaab",
    "boko haram",
    "rebels",
    "armed group*",
    "violence",
    "war",
    "caliphate",
    "cells",
    "operations",
    "offensive",
];

const SHIFT: &[&str] = &[
    "separately",
    "elsewhere",
    "meanwhile",
    "in another",
    "in a separate",
    "in other news",
    "last year",
    // "bombed the port of Hodeidah ... last summer".
    "last summer",
    "last winter",
    "last spring",
    "last autumn",
    "earlier this year",
    "in a similar",
];

const CONTINUE: &[&str] = &[
    "the attack",
    "the attacks",
    "the strike",
    "the strikes",
    "the raid",
    "the blast",
    "the explosion",
    "the bombing",
    "the clashes",
    "the fighting",
    "the ambush",
    "the assault",
    "the operation",
    "the incident",
    "the assailants",
    "the attackers",
    "the gunmen",
    "the dead",
    "the victims",
    "those killed",
    "among the dead",
    "the wounded",
    "the injured",
    "the bomber",
    "the militants",
    "in the attack",
    "in the strike",
    "the abduction",
    "the kidnapping",
    "the jailbreak",
    "the prison break",
    "responsibility",
    "blamed",
    "that followed",
];

const NEGATION: &[&str] = &[
    "deny",
    "denies",
    "denying",
    "will not",
    "would not",
    "won't",
    "not give",
    "denied",
    "did not",
    "didn't",
    "no evidence",
    "false",
    // "dismissed the accusation as lies": a denial.
    "dismissed the accusation",
    "dismissed the accusations",
    "dismissed the allegation",
    "dismissed the allegations",
    "dismissed the claim",
    "dismissed the claims",
    "dismissed the report",
    "dismissed the reports",
    "rumor*",
    "rumour*",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CueHit {
    pub start: usize,
    pub end: usize,
    pub cue: Cue,
}

/// The trigger entries and the other cues' entries. Triggers and the other
/// cues are separate lexicons so that a cue ("the attack") never swallows
/// the trigger inside it: each is searched leftmost-longest on its own.
type Entries = Vec<(&'static str, Cue)>;

/// "jets also struck", "helicopters later bombed": each aircraft noun with
/// each adverb and strike verb, built once per process (the automaton keeps
/// static words).
fn aircraft_adverb_strikes() -> &'static [&'static str] {
    static PHRASES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    PHRASES.get_or_init(|| {
        let mut out = Vec::new();
        for noun in ["jets", "jet", "planes", "helicopters", "helicopter"] {
            // ("its jets had later struck ISWAP fighters".)
            for aux in ["", "had "] {
                for adverb in ["also", "again", "then", "later"] {
                    for verb in ["struck", "hit", "bombed"] {
                        out.push(&*Box::leak(
                            format!("{noun} {aux}{adverb} {verb}").into_boxed_str(),
                        ));
                    }
                }
            }
        }
        out
    })
}

fn lexicon_entries() -> (Entries, Entries) {
    let mut trig: Entries = TRIGGERS.iter().map(|(p, c)| (*p, Cue::Trig(*c))).collect();
    // "Israeli jets also struck a crossing near Qusayr", "helicopters later
    // struck": an adverb between an aircraft and its strike ("jets struck"
    // is in `TRIGGERS`; "drones", "aircraft" and "warplanes" are cues by
    // themselves).
    trig.extend(
        aircraft_adverb_strikes()
            .iter()
            .map(|p| (*p, Cue::Trig(Cls::Air))),
    );
    let mut other: Entries = Vec::new();
    let lists: [(&[&'static str], Cue); 10] = [
        (MODAL, Cue::Claim(ClaimCue::Modal)),
        (THREATS, Cue::Claim(ClaimCue::Modal)),
        (ASSESS, Cue::Claim(ClaimCue::Assess)),
        (COUNTED_FLIGHT, Cue::Claim(ClaimCue::Assess)),
        (BACKGROUND, Cue::Background),
        (AGGREGATE, Cue::Aggregate),
        (TOPIC, Cue::Topic),
        (SHIFT, Cue::Shift),
        (CONTINUE, Cue::Continue),
        (NEGATION, Cue::Negation),
    ];
    for (list, cue) in lists {
        other.extend(list.iter().map(|p| (*p, cue)));
    }
    (trig, other)
}

/// What one pattern of the merged automaton stands for.
#[derive(Clone, Copy)]
enum Group {
    /// A lexicon entry: lexicon (0 for triggers), cue, open suffix.
    Lex(u8, Cue, bool),
    /// [`crate::blame::PHRASES`] entry.
    Blame,
    /// [`crate::clauses::SPLITS`] entry.
    Split,
    /// [`crate::clauses::RELATIVES`] entry.
    Relative,
    /// [`crate::clauses::ATTACK_VERBS`] entry.
    Attack,
    /// [`crate::clauses::REFERENCES`] entry.
    Reference,
    /// [`crate::narrative::PHRASES`] entry.
    Narrative,
    /// [`crate::dates::WEEKDAYS`] entry.
    Weekday,
    /// [`crate::casualties::ZERO`] entry.
    Zero,
}

/// Every phrase list read on every sentence in one automaton reporting
/// every occurrence, so a sentence is read once instead of once per list:
/// both cue lexicons, the responsibility phrases, the clause separators and
/// the relative-clause openers. Each list's own matches are then rebuilt
/// from the occurrences (leftmost-longest ones by [`leftmost_longest`]).
/// Per pattern: its group and its index within its own list.
struct Merged {
    scanner: vigil_actors::scan::Scanner,
    groups: Vec<(Group, usize)>,
}

fn merged() -> &'static Merged {
    static M: OnceLock<Merged> = OnceLock::new();
    M.get_or_init(|| {
        let (pats, groups) = merged_patterns();
        // The patterns are compile-time constants; failure here is a
        // programming error caught by every test, never a data-dependent one.
        #[allow(clippy::expect_used)]
        let scanner =
            vigil_actors::scan::Scanner::case_insensitive(&pats).expect("static lexicon compiles");
        Merged { scanner, groups }
    })
}

/// The patterns of [`Merged`] and, per pattern, its group and its index in
/// its own list.
fn merged_patterns() -> (Vec<&'static str>, Vec<(Group, usize)>) {
    {
        let (trig, other) = lexicon_entries();
        let mut pats: Vec<&str> = Vec::new();
        let mut groups = Vec::new();
        for (lex, entries) in [(0u8, &trig), (1u8, &other)] {
            for (k, (p, cue)) in entries.iter().enumerate() {
                let (p, open) = match p.strip_suffix('*') {
                    Some(s) => (s, true),
                    None => (*p, false),
                };
                pats.push(p);
                groups.push((Group::Lex(lex, *cue, open), k));
            }
        }
        let lists: [(Group, Vec<&str>); 8] = [
            (
                Group::Blame,
                crate::blame::PHRASES.iter().map(|(p, _)| *p).collect(),
            ),
            (Group::Split, crate::clauses::SPLITS.to_vec()),
            (Group::Relative, crate::clauses::RELATIVES.to_vec()),
            (Group::Attack, crate::clauses::ATTACK_VERBS.to_vec()),
            (Group::Reference, crate::clauses::REFERENCES.to_vec()),
            (
                Group::Narrative,
                crate::narrative::PHRASES.iter().map(|(p, _)| *p).collect(),
            ),
            (Group::Weekday, crate::dates::WEEKDAYS.to_vec()),
            (Group::Zero, crate::casualties::ZERO.to_vec()),
        ];
        for (group, list) in lists {
            for (k, p) in list.into_iter().enumerate() {
                pats.push(p);
                groups.push((group, k));
            }
        }
        (pats, groups)
    }
}

/// One reading of a sentence (see [`scan_all`]).
#[derive(Debug, Default)]
pub(crate) struct Scanned {
    /// What [`scan`] returns.
    pub hits: Vec<CueHit>,
    /// Responsibility phrases as a leftmost-longest search reports them:
    /// `(start, end, index in PHRASES)`.
    pub blame: Vec<(usize, usize, usize)>,
    /// Every occurrence of a clause separator, ordered by end: `(start, end,
    /// index in SPLITS)`.
    pub splits: Vec<(usize, usize, usize)>,
    /// Every occurrence of a relative-clause opener, ordered by end.
    pub relatives: Vec<(usize, usize, usize)>,
    /// Every occurrence of an attack verb: `(start, end)`.
    pub attacks: Vec<(usize, usize)>,
    /// Every occurrence of a reference phrase: `(start, end)`.
    pub references: Vec<(usize, usize)>,
    /// Narrative-relative date phrases as a leftmost-longest search
    /// reports them: `(start, end, index in narrative::PHRASES)`.
    pub narrative: Vec<(usize, usize, usize)>,
    /// Weekday names as a leftmost-longest search reports them.
    pub weekdays: Vec<(usize, usize)>,
    /// Every occurrence of a phrase reporting a zero toll: `(start, end)`.
    pub zero: Vec<(usize, usize)>,
}

/// The occurrences a leftmost-longest search would report, from all
/// occurrences `(start, end, pattern)`: the earliest start, the longest
/// there, the first pattern among equals; then again from its end.
fn leftmost_longest(
    occ: &mut [(usize, usize, usize)],
) -> impl Iterator<Item = &(usize, usize, usize)> {
    occ.sort_unstable_by_key(|&(s, e, p)| (s, std::cmp::Reverse(e), p));
    let mut from = 0;
    occ.iter().filter(move |&&(s, e, _)| {
        if s < from {
            return false;
        }
        from = e;
        true
    })
}

/// All cue hits in `s` ordered by start, at word boundaries. Triggers do not
/// overlap each other; other cues may overlap triggers.
pub(crate) fn scan(s: &str) -> Vec<CueHit> {
    scan_all(s).hits
}

/// The cue hits of `s` and the occurrences of the other phrase lists read
/// on every sentence, from one pass over `s`.
pub(crate) fn scan_all(s: &str) -> Scanned {
    let m = merged();
    // Sized for a sentence's usual handful of cues, not regrown as they come.
    let cap = s.len() / 32 + 2;
    let mut lex: [Vec<(usize, usize, usize)>; 2] =
        [Vec::with_capacity(cap), Vec::with_capacity(cap)];
    let mut out = Scanned::default();
    let mut weekdays: Vec<(usize, usize, usize)> = Vec::new();
    // A sentence ends in a match state at about one byte in twenty; sized
    // for that, the buffer is not regrown as it fills.
    let mut states = Vec::with_capacity(s.len() / 16 + 4);
    m.scanner.for_each_match(
        s.as_bytes(),
        &mut states,
        |_| true,
        |start, end, p| {
            let Some(&(group, k)) = m.groups.get(p) else {
                return;
            };
            match group {
                Group::Lex(l, _, _) => {
                    if let Some(v) = lex.get_mut(usize::from(l)) {
                        v.push((start, end, p));
                    }
                }
                Group::Blame => out.blame.push((start, end, k)),
                Group::Split => out.splits.push((start, end, k)),
                Group::Relative => out.relatives.push((start, end, k)),
                Group::Attack => out.attacks.push((start, end)),
                Group::Reference => out.references.push((start, end)),
                Group::Narrative => out.narrative.push((start, end, k)),
                Group::Weekday => weekdays.push((start, end, k)),
                Group::Zero => out.zero.push((start, end)),
            }
        },
    );
    for v in &mut lex {
        for &(start, end, p) in leftmost_longest(v) {
            if let Some(&(Group::Lex(_, cue, open), _)) = m.groups.get(p) {
                if let Some(h) = cue_hit(s, start, end, cue, open) {
                    out.hits.push(h);
                }
            }
        }
    }
    out.hits.sort_by_key(|h| (h.start, h.end));
    out.blame = leftmost_longest(&mut out.blame).copied().collect();
    out.narrative = leftmost_longest(&mut out.narrative).copied().collect();
    out.weekdays = leftmost_longest(&mut weekdays)
        .map(|&(a, b, _)| (a, b))
        .collect();
    out
}

/// The whitespace-separated word right before byte `start` of `s`.
fn word_before(s: &str, start: usize) -> &str {
    s.get(..start)
        .unwrap_or("")
        .split_whitespace()
        .next_back()
        .unwrap_or("")
}

/// The alphanumeric words before byte `start` of `s`, nearest first.
fn words_before(s: &str, start: usize) -> impl Iterator<Item = &str> {
    s.get(..start)
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
}

/// The first four words after byte `end` (hyphenated words whole).
fn next_words(s: &str, end: usize) -> impl Iterator<Item = &str> {
    s.get(end..)
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .take(4)
}

/// Whether `h` ends with `tail`, ASCII case ignored, with no lower-cased
/// copy of the sentence.
fn ends_with_ci(h: &str, tail: &str) -> bool {
    h.len()
        .checked_sub(tail.len())
        .and_then(|k| h.as_bytes().get(k..))
        .is_some_and(|t| t.eq_ignore_ascii_case(tail.as_bytes()))
}

/// Whether the words before byte `start` of `s` end on one of the
/// auxiliaries `aux` ("were caught", "were picked up by"): a passive.
fn after_aux(s: &str, start: usize, aux: &[&str]) -> bool {
    s.get(..start).is_some_and(|b| {
        let b = b.trim_end();
        aux.iter().any(|v| ends_with_ci(b, v))
    })
}

/// Unnamed armed men who take people away ("gunmen took a schoolteacher",
/// "were taken from their pick-up by armed men").
const ARMED_MEN: &[&str] = &[
    "gunmen",
    "men",
    "militants",
    "fighters",
    "insurgents",
    "bandits",
    "rebels",
    "attackers",
    "kidnappers",
    "jihadists",
    "assailants",
];

/// People by what they are or do, whom armed men take away ("took away a
/// local CNL official from a bar"): beside the civilian words.
pub(crate) const TAKEN_PEOPLE: &[&str] = &[
    "catechist",
    "priest",
    "technician",
    "men",
    "hostages",
    "boys",
    "brother",
    "brothers",
    "driver",
    "pharmacist",
    "doctor",
    "engineer",
    "engineers",
    "nurse",
    "teacher",
    "son",
    "sons",
    "daughter",
    "daughters",
    "wife",
    "official",
    "officials",
    "administrator",
    "headmaster",
    "couple",
    "migrants",
    "rangers",
    "activist",
    "lecturer",
    "surveyors",
    "director",
    "husband",
    "student",
    "students",
    "councillor",
];

/// Arms named after "found" or "recovered": "recovered eight rifles, a
/// dozen grenades and several hundred rounds of ammunition".
const ARMS_NAMED: &[&str] = &[
    "landmines",
    "rifles",
    "guns",
    "grenades",
    "ammunition",
    "explosives",
    "weapons",
    "mortars",
    "rockets",
    "launchers",
    "detonators",
    "IEDs",
    // "found 30 mortar rounds and four explosive belts", "dug up 36 mortar
    // rounds and six anti-personnel mines", "found two pistols".
    "rounds",
    "belts",
    "pistols",
    "mines",
    "shells",
    "bombs",
    "device",
    "devices",
];

/// The rest of the clause after byte `end`, up to a semicolon or full stop.
fn clause_after(s: &str, end: usize) -> &str {
    s.get(end..)
        .unwrap_or("")
        .split([';', '.'])
        .next()
        .unwrap_or("")
}

/// The rest of the phrase after byte `end`, up to a comma, semicolon or
/// full stop.
fn phrase_after(s: &str, end: usize) -> &str {
    let rest = s.get(end..).unwrap_or("");
    &rest[..rest.find([',', ';', '.']).unwrap_or(rest.len())]
}

/// Drugs whose seizure is no arrest.
const DRUGS: &[&str] = &[
    "opium",
    "heroin",
    "cocaine",
    "captagon",
    "hashish",
    "cannabis",
    "marijuana",
    "methamphetamine",
    "drugs",
    "narcotics",
];

/// Whether one of the `n` words after byte `end` of `s` is in `list`.
fn word_within(s: &str, end: usize, n: usize, list: &[&str]) -> bool {
    s.get(end..)
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(n)
        .any(|w| crate::text::eq_any(w, list))
}

/// Flight cues that hold only for a counted crowd and a "since" (see
/// [`cue_hit`]), read as assessments like [`ASSESS`]: "about 7,800 people
/// had arrived at makeshift camps in Daudu since Wednesday's attack", "about
/// 2,300 South Sudanese had crossed into Uganda's Lamwo district since
/// ...", "About 1,800 people from surrounding villages have crowded into
/// Marte's displacement camp since Tuesday's attack", "About 3,000
/// residents, most of them women and children, have left Wanlaweyn since
/// ...".
const COUNTED_FLIGHT: &[&str] = &[
    "have crowded into",
    "had crowded into",
    "have left",
    "had left",
    "had arrived at",
    "have arrived at",
    "had arrived in",
    "have arrived in",
    "had reached",
    // "Some 2,300 people ... have reached Sibut since Wednesday's attack".
    "have reached",
    "had crossed",
    "have crossed",
    "had abandoned",
    // "About 6,500 people from villages around Mafa had moved into camps in
    // Maiduguri since the attack".
    "had moved",
    "have moved",
    // "About 40 families have been sheltering in a church compound since
    // Monday's attack", "have been sleeping in a sports centre since",
    // "have packed up and left since Saturday's raid".
    "have been sheltering",
    "had been sheltering",
    "have been sleeping",
    "had been sleeping",
    "have packed up",
    // "About 1,800 people ... have abandoned camps around Tillia since the
    // ambush", "About 60 families have since abandoned their flats", "About
    // 4,500 people have crowded inside the perimeter of the UN base", "At
    // least 3,000 people ... are sheltering in schools".
    "have abandoned",
    "have since abandoned",
    "had since abandoned",
    "have crowded inside",
    "had crowded inside",
    "are sheltering",
    "are now sheltering",
];

/// The hit a lexicon match at `[start, end)` gives, if it sits on word
/// bounds (an open pattern takes the rest of its word).
fn cue_hit(s: &str, start: usize, mut end: usize, cue: Cue, open: bool) -> Option<CueHit> {
    let b = s.as_bytes();
    if s.get(..start)
        .and_then(|x| x.chars().next_back())
        .is_none_or(|c| c.is_alphanumeric())
        && start > 0
    {
        return None;
    }
    if open {
        while end < b.len() && b[end].is_ascii_alphabetic() {
            end += 1;
        }
    } else if !at_word_bounds(s, start, end) {
        return None;
    }
    // "a mine left over from the years of fighting with the PKK": where a
    // weapon came from, no running total.
    if cue == Cue::Aggregate
        && s.get(..start)
            .is_some_and(|b| crate::text::ends_with_ci(b, "from the "))
        && s.get(start..end).is_some_and(|w| {
            ["years of", "months of", "decades of"]
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
        })
    {
        return None;
    }
    // "seized 23 rifles and several boxes of ammunition": arms seized, no
    // one held.
    let cue = if cue == Cue::Trig(Cls::Detain)
        && s.get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case("seized"))
        && word_within(s, end, 4, ARMS_NAMED)
        // "arrested five men ... and seized four rifles": arms taken in an
        // arrest are part of it.
        && !s.get(..start).is_some_and(|b| {
            let b = b.to_ascii_lowercase();
            b.contains("arrest") || b.contains("detain") || b.contains("captur")
        })
        && !word_within(
            s,
            end,
            4,
            &["men", "people", "suspects", "fighters", "members", "women"],
        ) {
        Cue::Trig(Cls::Weapons)
    } else {
        cue
    };
    // "sprayed a bus with rifle fire": the fire is the attack; not "were met
    // with gunfire", "was raked with gunfire" (the attack is on them).
    if cue == Cue::Trig(Cls::Attack)
        && s.get(start..start.saturating_add(5))
            .is_some_and(|w| w.eq_ignore_ascii_case("with "))
        && words_before(s, start)
            .take(6)
            .any(|w| crate::text::eq_any(w, &["met", "greeted", "was", "were", "been"]))
    {
        return None;
    }
    // "and had seized 80 kg of opium": drugs seized hold no one (an arrest
    // told beside them is its own cue).
    if cue == Cue::Trig(Cls::Detain)
        && s.get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case("seized"))
        && word_within(s, end, 6, DRUGS)
        && !word_within(
            s,
            end,
            4,
            &["men", "people", "suspects", "fighters", "members", "women"],
        )
    {
        return None;
    }
    // "Eritrean soldiers had taken seven farmers from their fields": people
    // taken, read as "took" is (below).
    let mut cue = if cue == Cue::Trig(Cls::Overtake)
        && s.get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case("taken"))
        && next_words(s, end)
            .take(4)
            .any(|w| crate::text::in_set(w, crate::typing::civilian_set()))
    {
        Cue::Trig(Cls::Abduct)
    } else {
        cue
    };
    if cue == Cue::Trig(Cls::Clash)
        && s.get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case("caught up with"))
    {
        let armed = |w: &str| {
            crate::text::eq_any(
                w,
                &[
                    "attackers",
                    "fighters",
                    "militants",
                    "gunmen",
                    "insurgents",
                    "rebels",
                    "bandits",
                    "kidnappers",
                    "raiders",
                    "them",
                    "jihadists",
                ],
            )
        };
        let forces = words_before(s, start).take(8).any(|w| {
            crate::text::eq_any(
                w,
                &[
                    "troops",
                    "soldiers",
                    "police",
                    "officers",
                    "forces",
                    "gendarmes",
                    "army",
                    "vigilantes",
                ],
            )
        });
        if !(forces && next_words(s, end).take(6).any(armed)) {
            return None;
        }
    }
    if matches!(cue, Cue::Claim(_))
        && s.get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case("families left"))
    {
        let prev = word_before(s, start);
        let counted = prev.bytes().next().is_some_and(|b| b.is_ascii_digit())
            || crate::text::eq_any(prev, &["of", "hundred", "thousand", "dozen"]);
        if !counted {
            return None;
        }
    }
    // Flight told by a perfect tense alone ("had arrived at", "had left
    // the") needs a counted crowd before it and a "since" after: not
    // "the militants had left the town".
    if matches!(cue, Cue::Claim(_))
        && s.get(start..end)
            .is_some_and(|w| COUNTED_FLIGHT.iter().any(|x| w.eq_ignore_ascii_case(x)))
    {
        // ("Around 60 families who lived beside the shrine have left their
        // homes since the attack": two digits will do before families.)
        let before: Vec<&str> = s
            .get(..start)
            .unwrap_or("")
            .split_whitespace()
            .rev()
            .take(12)
            .collect();
        let counted = before.iter().enumerate().any(|(k, w)| {
            w.len() >= 3 && w.bytes().next().is_some_and(|b| b.is_ascii_digit())
                || crate::text::eq_any(w, &["hundreds", "thousands"])
                || w.len() == 2
                    && w.bytes().all(|b| b.is_ascii_digit())
                    && k > 0
                    && crate::text::eq_any(before[k - 1], &["families", "households"])
        });
        if !counted || !s.get(end..).is_some_and(|r| r.contains(" since ")) {
            return None;
        }
    }
    // "about 25 ISKP members were hiding in the mountains": a counted
    // force's whereabouts; not "a house where men suspected of planting
    // the bomb were hiding".
    if matches!(cue, Cue::Claim(_))
        && s.get(start..end).is_some_and(|w| {
            ["were hiding", "are hiding", "still hiding"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x))
        })
    {
        let before: Vec<&str> = s
            .get(..start)
            .unwrap_or("")
            .split_whitespace()
            .rev()
            .take(8)
            .collect();
        let counted = before.iter().any(|w| {
            w.bytes().next().is_some_and(|b| b.is_ascii_digit())
                || crate::text::eq_any(w, &["dozens", "hundreds", "thousands"])
        });
        if !counted || before.iter().any(|w| w.eq_ignore_ascii_case("where")) {
            return None;
        }
    }
    // "parked their vehicles across the main road": a blockade; not "parked
    // their cars outside the mosque".
    if cue == Cue::Trig(Cls::Protest)
        && s.get(start..end).is_some_and(|w| {
            w.eq_ignore_ascii_case("parked their") || w.eq_ignore_ascii_case("vehicles parked")
        })
    {
        let clause = clause_after(s, end);
        let clause = clause
            .get(..crate::text::floor_boundary(clause, clause.len().min(60)))
            .unwrap_or(clause);
        let road = ["road", "highway", "avenue", "street", "bridge", "junction"]
            .iter()
            .any(|r| clause.contains(r));
        if !(road && (clause.contains(" across ") || clause.contains(" along "))) {
            return None;
        }
    }
    // "Most of the displaced have crowded into the town": people, not a
    // statement that a war displaced them.
    if matches!(cue, Cue::Claim(_))
        && s.get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case("displaced"))
        && s.get(..start).is_some_and(|h| ends_with_ci(h, "the "))
    {
        return None;
    }
    if cue == Cue::Trig(Cls::Protest)
        && s.get(start..end).is_some_and(|w| {
            w.eq_ignore_ascii_case("carried the bodies")
                || w.eq_ignore_ascii_case("carried the coffins")
        })
    {
        let rest = s.get(end..).unwrap_or("");
        let clause = rest.split([',', ';', '.']).next().unwrap_or("");
        let seat = [
            "district centre",
            "district center",
            "governor",
            "headquarters",
            "office",
            "town hall",
            "parliament",
            "compound",
        ]
        .iter()
        .any(|p| clause.contains(p));
        if !seat {
            return None;
        }
    }
    if cue == Cue::Trig(Cls::Protest)
        && s.get(start..end).is_some_and(|w| {
            w.eq_ignore_ascii_case("blocked the")
                || w.eq_ignore_ascii_case("blocked a")
                || w.eq_ignore_ascii_case("blocked")
        })
    {
        let bare = s
            .get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case("blocked"));
        let it_road = bare
            && next_words(s, end)
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("it"))
            && {
                let head = s.get(..start).unwrap_or("").to_ascii_lowercase();
                let from = crate::text::floor_boundary(&head, head.len().saturating_sub(40));
                let near = head.get(from..).unwrap_or("");
                [" road", " highway", " street"]
                    .iter()
                    .any(|r| near.contains(r))
            };
        // "blocked the Mexican side of the Paso del Norte international
        // bridge": the road may come after a part of it.
        let part_of = next_words(s, end).any(|w| {
            [
                "side", "part", "section", "stretch", "entrance", "approach", "lanes",
            ]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
        });
        // "blocked the entrance to the state prosecutor's office", "blocked
        // the lanes to the El Chaparral border crossing": a way in.
        let way_in = |w: &str| {
            part_of
                && [
                    "office",
                    "offices",
                    "gate",
                    "gates",
                    "crossing",
                    "ministry",
                    "palace",
                    // "blocked the main entrance to the Rumaila oil field".
                    "field",
                    "mine",
                    "plant",
                    "refinery",
                    "factory",
                    "port",
                    "terminal",
                    "headquarters",
                    "compound",
                ]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x))
        };
        let reach = if part_of { 10 } else { 4 };
        let road = it_road
            || phrase_after(s, end)
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .take(reach)
                .any(|w| {
                    [
                        "road",
                        "roads",
                        "highway",
                        "street",
                        "streets",
                        "bridge",
                        "junction",
                        "avenue",
                        "avenues",
                        "motorway",
                        "expressway",
                        "autopista",
                        "carretera",
                    ]
                    .iter()
                    .any(|r| w.eq_ignore_ascii_case(r))
                        || way_in(w)
                });
        // "Gunmen of the BLA blocked the main highway": armed men holding a
        // road are no demonstration.
        let head = s.get(..start).unwrap_or("");
        // ("several hundred retired soldiers blocked the main street": no
        // longer armed men.)
        let words: Vec<&str> = head
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .rev()
            .take(12)
            .collect();
        let armed = words.iter().enumerate().any(|(k, w)| {
            !words.get(k + 1).is_some_and(|p| {
                ["retired", "former", "demobilised", "demobilized", "veteran"]
                    .iter()
                    .any(|x| p.eq_ignore_ascii_case(x))
            }) && {
                [
                    "gunmen",
                    "militants",
                    "fighters",
                    "rebels",
                    "insurgents",
                    "bandits",
                    "troops",
                    "soldiers",
                    "police",
                    "militiamen",
                    "armed",
                ]
                .iter()
                .any(|a| w.eq_ignore_ascii_case(a))
            }
        });
        // "blocked the entrance ... for several hours, demanding jobs": a
        // demand makes the blockade a protest wherever it stands.
        let demand = {
            let rest = s.get(end..).unwrap_or("");
            let rest = rest.split(['.', ';']).next().unwrap_or(rest);
            [" demanding ", " to demand ", " in protest "]
                .iter()
                .any(|p| rest.contains(p))
        };
        if !(road || demand) || armed {
            return None;
        }
    }
    // "drove al-Shabaab out of Baxdo", "drove out the militants"; not
    // "drove a car into", "drove out of the town" (leaving).
    if cue == Cue::Trig(Cls::Retake)
        && s.get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case("drove") || w.eq_ignore_ascii_case("driven"))
    {
        let after: Vec<&str> = s
            .get(end..)
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
            .filter(|w| !w.is_empty())
            .take(7)
            .collect();
        let out = after.iter().position(|w| w.eq_ignore_ascii_case("out"));
        let ok = match out {
            Some(0) => after.get(1).is_some_and(|w| !w.eq_ignore_ascii_case("of")),
            Some(k) => !after[..k].iter().any(|w| {
                [
                    "into", "to", "through", "off", "away", "back", "past", "from",
                ]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x))
            }),
            None => false,
        };
        if !ok {
            return None;
        }
    }
    // "inmates ... escaped": only prisoners' escapes ("the gunmen escaped",
    // "narrowly escaped" are none).
    if cue == Cue::Trig(Cls::Other)
        && s.get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case("escaped"))
    {
        let head = s.get(..start).unwrap_or("");
        let inmates = head
            .rsplit(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(12)
            .any(|w| {
                ["inmates", "prisoners", "detainees", "convicts"]
                    .iter()
                    .any(|x| w.eq_ignore_ascii_case(x))
            });
        if !inmates || head.contains(['.', ';']) {
            return None;
        }
    }
    // "gathered in Rada to denounce the assault": a crowd with a protest's
    // purpose; not "gathered intelligence", "gathered at the scene".
    if cue == Cue::Trig(Cls::Protest)
        && s.get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case("gathered"))
    {
        let rest = s.get(end..).unwrap_or("");
        let clause = rest.split([',', ';', '.']).next().unwrap_or("");
        // ("Hundreds of people gathered peacefully outside the governor's
        // office".)
        if !rest.starts_with(" peacefully ")
            && ![
                " to protest",
                " to denounce",
                " to condemn",
                " to demand",
                " to mourn",
                " in protest",
                // "gathered in front of the regional administration to call
                // on the government to speed up prisoner exchanges".
                " to call on",
                " to call for",
                " to urge",
                " to press",
                " demanding",
            ]
            .iter()
            .any(|p| clause.contains(p))
        {
            return None;
        }
    }
    // "escaped from a police holding centre", "escaped from the central
    // prison": custody; not "escaped from the attackers".
    if cue == Cue::Trig(Cls::Other)
        && s.get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case("escaped from"))
        && !next_words(s, end).any(|w| {
            [
                "prison",
                "jail",
                "detention",
                "holding",
                "lock-up",
                "lockup",
                "custody",
                "cell",
                "cells",
                "penitentiary",
                "prisons",
                "jails",
            ]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
        })
    {
        return None;
    }
    // "pulling out with two captured pick-up trucks", "captured weapons
    // and ammunition": things taken, nobody detained.
    if cue == Cue::Trig(Cls::Detain)
        && s.get(start..end).is_some_and(|w| {
            ["captured", "capturing", "seized", "seizing"]
                .iter()
                .any(|v| w.eq_ignore_ascii_case(v))
        })
    {
        let things = [
            "vehicle",
            "vehicles",
            "truck",
            "trucks",
            "pick-up",
            "pick-ups",
            "pickup",
            "pickups",
            "weapons",
            "rifles",
            "ammunition",
            "arms",
            "equipment",
            "tanks",
            "motorcycles",
            "cattle",
            "goods",
        ];
        // ("seized a cattle rancher from his farm": a person named before
        // any thing.)
        let first = next_words(s, end).find(|w| {
            crate::text::eq_any(w, &things) && !crate::text::eq_any(w, &["cattle"])
                || crate::text::in_set(w, crate::typing::civilian_set())
        });
        let thing = next_words(s, end).any(|w| crate::text::eq_any(w, &things));
        if thing && !first.is_some_and(|w| crate::text::in_set(w, crate::typing::civilian_set())) {
            return None;
        }
    }
    // "militants armed with rifles and rocket-propelled grenades stormed a
    // police post": the assault's weapon, no grenade attack.
    if cue == Cue::Trig(Cls::Grenade)
        && s.get(..start).is_some_and(|h| {
            ends_with_ci(h, "rocket-propelled ") || ends_with_ci(h, "rocket propelled ")
        })
    {
        return None;
    }
    if matches!(cue, Cue::Trig(Cls::Shell))
        && s.get(start..end)
            .is_some_and(|w| w.len() >= 6 && w[..6].eq_ignore_ascii_case("rocket"))
        && s.get(end..).is_some_and(|r| {
            r.get(..10).is_some_and(|p| {
                p.eq_ignore_ascii_case("-propelled") || p.eq_ignore_ascii_case(" propelled")
            })
        })
    {
        return None;
    }
    if cue == Cue::Trig(Cls::Weapons)
        && s.get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case("dismantled"))
    {
        let arms = word_within(
            s,
            end,
            4,
            &[
                "launcher",
                "launchers",
                "bomb",
                "bombs",
                "IED",
                "IEDs",
                "explosive",
                "explosives",
                "mine",
                "mines",
                "rockets",
            ],
        );
        if !arms {
            return None;
        }
    }
    if cue == Cue::Trig(Cls::Detain)
        && s.get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case("caught"))
    {
        let next: Vec<&str> = s
            .get(end..)
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(3)
            .collect();
        let count = next.first().is_some_and(|w| {
            w.bytes().all(|b| b.is_ascii_digit())
                || crate::text::eq_any(
                    w,
                    &[
                        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                        "eleven", "twelve", "one",
                    ],
                )
        });
        let people = next.iter().skip(1).any(|w| {
            crate::text::eq_any(
                w,
                &[
                    "of",
                    "suspects",
                    "men",
                    "fighters",
                    "escapees",
                    "inmates",
                    "attackers",
                    "gunmen",
                    "people",
                ],
            )
        });
        // "Three of them were caught hiding in farmland": the passive, not
        // "were caught in the crossfire", "caught up", "caught on camera".
        let passive = after_aux(s, start, &["were", "was", "been"])
            && next.first().is_some_and(|w| {
                !crate::text::eq_any(
                    w,
                    &[
                        "in", "up", "fire", "between", "on", "off", "unawares", "out", "by",
                    ],
                )
            });
        if !(count && people || passive) {
            return None;
        }
    }
    if cue == Cue::Trig(Cls::Detain)
        && s.get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case("picked up"))
    {
        let people = next_words(s, end).any(|w| {
            crate::text::in_set(w, crate::typing::civilian_set())
                || crate::text::eq_any(w, TAKEN_PEOPLE)
                || crate::text::eq_any(
                    w,
                    &[
                        "suspects", "couriers", "members", "people", "youths", "man", "women",
                    ],
                )
        });
        let passive_by = s.get(end..).is_some_and(|r| r.starts_with(" by "))
            && after_aux(s, start, &["were", "was", "been", "being"]);
        if !(people || passive_by) {
            return None;
        }
        // "Frontier Corps personnel had picked up two students from their
        // hostel", "security forces had picked up seven young men from their
        // homes in night raids": taken from where they lived, by men who
        // answer to no court, is a disappearance.
        if [
            "Frontier Corps",
            "plain clothes",
            "plain-clothes",
            " from their home",
            " from his home",
            " from her home",
            " hostel",
        ]
        .iter()
        .any(|w| s.contains(w))
        {
            cue = Cue::Trig(Cls::Abduct);
        }
    }
    // "drones struck an ammunition depot, setting off secondary explosions":
    // what a strike set off is part of it, no bomb of its own.
    if cue == Cue::Trig(Cls::Ied)
        && s.get(start..end).is_some_and(|w| {
            let w = w.to_ascii_lowercase();
            w.starts_with("explosion") || w.starts_with("blast")
        })
    {
        let mut before = words_before(s, start).take(4).skip_while(|w| {
            crate::text::eq_any(
                w,
                &[
                    "secondary",
                    "several",
                    "large",
                    "huge",
                    "loud",
                    "powerful",
                    "massive",
                    "a",
                    "of",
                    "series",
                ],
            )
        });
        let result = before.next().is_some_and(|w| {
            crate::text::eq_any(w, &["triggering", "causing", "sparking", "setting"])
                || w.eq_ignore_ascii_case("off")
                    && before
                        .next()
                        .is_some_and(|v| crate::text::eq_any(v, &["setting", "touching"]))
        }) || word_before(s, start).eq_ignore_ascii_case("secondary");
        if result {
            return None;
        }
    }
    // "A Houthi drone loaded with explosives plunged into the market": the
    // drone is the strike; a car or motorcycle packed with them is a bomb.
    if cue == Cue::Trig(Cls::Ied)
        && s.get(start..end)
            .is_some_and(|w| w.ends_with("with explosives"))
    {
        let before = s.get(..start).unwrap_or("");
        let from = crate::text::floor_boundary(before, before.len().saturating_sub(24));
        let near = before.get(from..).unwrap_or("");
        if near
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| crate::text::eq_any(w, crate::text::AIRCRAFT))
        {
            return None;
        }
    }
    if cue == Cue::Trig(Cls::Weapons)
        && s.get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case("found"))
    {
        let arms = word_within(s, end, 6, ARMS_NAMED);
        let clause = clause_after(s, end);
        // Hidden, or kept where arms are stored or moved ("found a cave near
        // Dargecit holding four rocket launchers", "found an abandoned lorry
        // loaded with rifles"), or arms no one carries openly ("found three
        // rocket launchers ... in an orchard").
        let hidden = [
            "hidden",
            "buried",
            "stashed",
            "concealed",
            "cache",
            "hideout",
            "holding",
            "loaded with",
        ]
        .iter()
        .any(|w| clause.contains(w));
        let heavy = word_within(s, end, 6, &["launchers", "landmines", "explosives"]);
        // ("found a cave holding 40 kg of explosives, three rifles": arms
        // named further on in a hiding place.)
        let arms = arms || hidden && word_within(s, end, 10, ARMS_NAMED);
        // ("Troops searching a farm near San Lorenzo on Monday found 30
        // rifles": what a search turns up.)
        let searched = words_before(s, start)
            .take(12)
            .any(|w| crate::text::eq_any(w, &["searching", "combing", "raiding"]));
        if !arms || !(hidden || heavy || searched) {
            return None;
        }
    }
    if cue == Cue::Trig(Cls::Weapons)
        && s.get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case("dug up"))
        && !word_within(s, end, 6, ARMS_NAMED)
    {
        return None;
    }
    // "recovered eight rifles ...": arms recovered; not "recovered the
    // bodies", "recovered from his wounds".
    if cue == Cue::Trig(Cls::Weapons)
        && s.get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case("recovered"))
    {
        let arms = word_within(s, end, 10, ARMS_NAMED);
        // Arms found in a hiding place; those picked up after a fight are
        // part of it ("troops recovered four rifles after the fighting").
        let clause = clause_after(s, end);
        let hideout = clause.contains(" from ")
            && [
                "bunker",
                "hideout",
                "house",
                "farmhouse",
                "cave",
                "cache",
                "orchard",
                "depot",
            ]
            .iter()
            .any(|w| clause.contains(w));
        if !arms || !hideout {
            return None;
        }
    }
    // "had taken Kindrativka": ground taken, named right after the verb.
    if cue == Cue::Trig(Cls::Overtake)
        && s.get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case("taken"))
    {
        let perfect = crate::text::eq_any(word_before(s, start), &["had", "has", "have"]);
        let named = s
            .get(end..)
            .and_then(|r| r.strip_prefix(' '))
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
        if !(perfect && named) {
            return None;
        }
    }
    // "armed men took a schoolteacher from his classroom", "gunmen took
    // seven workers from a packing plant": armed men taking people.
    if cue == Cue::Trig(Cls::Abduct)
        && s.get(start..end)
            .is_some_and(|w| crate::text::eq_any(w, &["took", "taken", "snatched"]))
    {
        // The words before the verb, nearest first ("men in police
        // uniforms took a youth leader from his home", "Gunmen in a pick-up
        // truck snatched a 16-year-old boy").
        let before: Vec<&str> = words_before(s, start).take(8).collect();
        // ("security forces took a schoolteacher, Naseer Ahmed, from his
        // home": state forces only with "from his ...", below.)
        // ("police officers took a radio journalist from his home".)
        const STATE_TAKERS: &[&str] = &[
            "forces",
            "soldiers",
            "troops",
            "personnel",
            "agents",
            "officers",
            "policemen",
        ];
        let armed = before
            .iter()
            .any(|w| crate::text::eq_any(w, ARMED_MEN) || crate::text::eq_any(w, STATE_TAKERS));
        // "Gunmen stopped a bus on National Road 1 near Arcahaie on Friday
        // and took eleven of its passengers": the takers of a stop or
        // ambush further back.
        let stopped_first = || {
            let far: Vec<&str> = words_before(s, start).take(18).collect();
            far.iter()
                .any(|w| crate::text::eq_any(w, &["stopped", "blocked", "ambushed", "intercepted"]))
                && far.iter().any(|w| crate::text::eq_any(w, ARMED_MEN))
        };
        // "Members of the ELN took two engineers ... from a construction
        // site": a group named by its initials.
        let initials = || {
            before.iter().any(|w| {
                let w = w.trim_end_matches([',', '\'', 's']);
                w.len() >= 2 && w.len() <= 6 && w.bytes().all(|b| b.is_ascii_uppercase())
            })
        };
        let state = before
            .first()
            .is_some_and(|w| crate::text::eq_any(w, STATE_TAKERS));
        let people = next_words(s, end).any(|w| {
            crate::text::in_set(w, crate::typing::civilian_set())
                || crate::text::eq_any(w, &["schoolteacher", "hostage", "hostages"])
                || crate::text::eq_any(w, TAKEN_PEOPLE)
                // ("snatched the 17-year-old son of a cattle rancher".)
                || crate::text::eq_any(w, crate::casualties::KIN)
        });
        // "took a palm oil grower from his farm", "took two engineers ...
        // from a construction site": someone taken from where they were.
        let from_where = {
            let rest = s.get(end..).unwrap_or("");
            let clause = rest.split([';', '.']).next().unwrap_or("");
            let clause = clause
                .get(..crate::text::floor_boundary(clause, clause.len().min(90)))
                .unwrap_or("");
            [
                " from his ",
                " from her ",
                " from their ",
                " from a ",
                " from the ",
                // "took 14 Venezuelan migrants off a bus".
                " off a ",
                " off the ",
            ]
            .iter()
            .any(|p| clause.contains(p))
                && !clause.contains(" control")
        };
        let armed = armed || stopped_first() || people && from_where && initials();
        if !(armed && (people && !state || from_where)) {
            return None;
        }
    }
    if cue == Cue::Trig(Cls::Abduct)
        && s.get(start..end).is_some_and(|w| {
            w.eq_ignore_ascii_case("taken from") || w.eq_ignore_ascii_case("pulled")
        })
    {
        let clause = phrase_after(s, end);
        // "were taken from their pick-up by armed men": the takers after
        // "by"; "Armed men pulled an engineer ... from his car": before.
        let by_armed = clause.find(" by ").is_some_and(|k| {
            clause[k + 4..]
                .split_whitespace()
                .take(3)
                .any(|w| crate::text::eq_any(w, ARMED_MEN))
        });
        let armed_before = words_before(s, start)
            .take(4)
            .any(|w| crate::text::eq_any(w, ARMED_MEN));
        let pulled = s
            .get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case("pulled"));
        // ("pulled ... from his car", not "pulled out of the town".)
        let from_where = [
            " from his ",
            " from her ",
            " from their ",
            " off a ",
            " off the ",
        ]
        .iter()
        .any(|p| clause.contains(p));
        let ok = if pulled {
            (by_armed || armed_before) && from_where
        } else {
            by_armed || armed_before
        };
        if !ok {
            return None;
        }
    }
    if cue == Cue::Trig(Cls::Abduct)
        && s.get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case("bundled"))
        && ![" into a ", " into the ", " into their ", " into an "]
            .iter()
            .any(|p| phrase_after(s, end).contains(p))
    {
        return None;
    }
    if cue == Cue::Trig(Cls::Abduct)
        && s.get(start..end).is_some_and(|w| {
            crate::text::eq_any(w, &["drove them away", "took them away", "led them away"])
        })
    {
        // ("Soldiers and police detained around 30 young men ... and took
        // them away for military training": conscripts held, no abduction.)
        let before: Vec<&str> = words_before(s, start).take(20).collect();
        let state = before.iter().any(|w| {
            crate::text::eq_any(
                w,
                &[
                    "soldiers",
                    "troops",
                    "police",
                    "forces",
                    "army",
                    "reinforcements",
                ],
            )
        });
        if state || !before.iter().any(|w| crate::text::eq_any(w, ARMED_MEN)) {
            return None;
        }
    }
    if cue == Cue::Trig(Cls::Abduct)
        && s.get(start..end)
            .is_some_and(|w| crate::text::eq_any(w, &["led", "forced"]))
    {
        let counted = next_words(s, end).next().is_some_and(|w| {
            w.bytes().all(|b| b.is_ascii_digit())
                || crate::text::eq_any(w, &crate::numbers::UNITS[2..])
                || crate::text::eq_any(w, &["dozens", "scores", "them", "the", "their"])
        });
        let clause = phrase_after(s, end);
        let wild = [
            " into the hills",
            " into the bush",
            " into the forest",
            " into the mountains",
            " into the jungle",
            " into the woods",
            " into the desert",
        ]
        .iter()
        .any(|p| clause.contains(p));
        // "masked gunmen forced a senior official of the oil company into
        // a car": armed men pushing someone into a vehicle.
        let into_vehicle = || {
            let forced = s
                .get(start..end)
                .is_some_and(|w| w.eq_ignore_ascii_case("forced"));
            forced
                && [
                    " into a car",
                    " into a vehicle",
                    " into a van",
                    " into a pickup",
                    " into a pick-up",
                    " into their car",
                    " into their vehicle",
                    " into a waiting car",
                ]
                .iter()
                .any(|p| clause.contains(p))
                && words_before(s, start)
                    .take(3)
                    .any(|w| crate::text::eq_any(w, ARMED_MEN))
        };
        if !(counted && wild || into_vehicle()) {
            return None;
        }
    }
    // "to bring home the hostages held in Gaza", "until all the hostages
    // were freed": captives already held, no abduction.
    if cue == Cue::Trig(Cls::Abduct)
        && s.get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case("hostages"))
        && s.get(..start).is_some_and(|h| ends_with_ci(h, "the "))
    {
        return None;
    }
    // "seized two assault rifles": a weapon, not an assault.
    if matches!(cue, Cue::Trig(_))
        && s.get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case("assault"))
        && s.get(end..)
            .and_then(|r| r.get(..6))
            .is_some_and(|r| r.eq_ignore_ascii_case(" rifle"))
    {
        return None;
    }
    // "Elders agreed to a ten-day ceasefire": the agreement itself, not an
    // intention.
    if matches!(cue, Cue::Claim(_))
        && s.get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case("agreed to"))
    {
        let noun = next_words(s, end).any(|w| {
            [
                "ceasefire",
                "truce",
                "deal",
                "pause",
                "cessation",
                "agreement",
            ]
            .iter()
            .any(|n| w.eq_ignore_ascii_case(n))
        });
        if noun
            && next_words(s, end)
                .next()
                .is_some_and(|w| crate::text::eq_any(w, &["a", "an", "the"]))
        {
            return None;
        }
    }
    // "its troops had \"responded with full force\", killing 15": force
    // used, told; not a threat of it.
    if matches!(cue, Cue::Claim(_))
        && s.get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case("with full force"))
        && words_before(s, start)
            .next()
            .is_some_and(|w| crate::text::eq_any(w, &["responded", "retaliated", "reacted", "hit"]))
    {
        return None;
    }
    // "KYIV, May 26 -", "on 3 May": the month, not the modal verb.
    if matches!(cue, Cue::Claim(_)) && s.get(start..end) == Some("May") {
        let day_after = s
            .get(end..)
            .and_then(|r| r.strip_prefix(' '))
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
        let day_before = s
            .get(..start)
            .and_then(|h| h.strip_suffix(' '))
            .is_some_and(|h| h.ends_with(|c: char| c.is_ascii_digit()));
        let in_month = s.get(..start).is_some_and(|h| {
            h.ends_with("in ")
                || h.ends_with("early ")
                || h.ends_with("late ")
                || h.ends_with("mid-")
        });
        if day_after || day_before || in_month {
            return None;
        }
    }
    Some(CueHit { start, end, cue })
}

/// Cheap test used to skip sentences before geocoding: does `s` contain any
/// trigger or claim cue at all?
pub(crate) fn worth_reading(s: &str, hits: &[CueHit]) -> bool {
    hits.iter()
        .any(|h| matches!(h.cue, Cue::Trig(_) | Cue::Claim(_) | Cue::Aggregate))
        // Strength estimates: "between 7,000 and 12,000 fighters", "the
        // insurgents now numbered no more than three hundred".
        || hits.iter().any(|h| h.cue == Cue::Topic)
            && (s.bytes().any(|b| b.is_ascii_digit())
                || s.contains(" hundred")
                || s.contains(" thousand"))
        // "Police intelligence believes Los Lobos has about 8,000 members":
        // a group's membership counted, with no topic word.
        || counted_members(s)
}

/// Whether a number stands right before "members" ("about 8,000 members",
/// "several thousand members").
fn counted_members(s: &str) -> bool {
    s.match_indices(" members").any(|(k, _)| {
        let before = s[..k].rsplit(' ').next().unwrap_or("");
        before.bytes().next().is_some_and(|b| b.is_ascii_digit())
            || crate::text::eq_any(before, &["hundred", "thousand", "hundreds", "thousands"])
    })
}

/// What a casualty-bearing word counts, if anything.
pub(crate) fn casualty_of(word: &str) -> Option<Casualty> {
    const K: &[&str] = &[
        "killed",
        "killing",
        "kills",
        "dead",
        "died",
        "dies",
        "deaths",
        "slain",
        "bodies",
        "perished",
        "succumbed",
        "lives",
        "life",
        "fatalities",
        "toll",
        "massacred",
        "murdered",
        "executed",
        "executing",
        "beheaded",
        "beheading",
        "massacring",
        "neutralised",
        "neutralized",
        "neutralising",
        "neutralizing",
    ];
    const W: &[&str] = &[
        "wounded", "wounding", "injured", "injuring", "hurt", "injuries", "wounds",
    ];
    const D: &[&str] = &[
        "arrested",
        "arresting",
        "detained",
        "detaining",
        "captured",
        "capturing",
        "apprehended",
        "nabbed",
        "custody",
        "detentions",
        "arrests",
        "rounded",
        "picked",
        "prisoner",
        "captive",
        // "Police recaptured nine of them the next day".
        "recaptured",
    ];
    // Nearly every word asked about is none of these: the filter says so
    // before a lower-cased copy is made (on the stack: no word here is
    // longer than the buffer) and compared with the lists.
    static ANY: OnceLock<crate::text::WordSet> = OnceLock::new();
    let any = ANY.get_or_init(|| K.iter().chain(W).chain(D).copied().collect());
    if !any.may_contain(word.as_bytes()) {
        return None;
    }
    let mut buf = [0u8; 16];
    let b = word.as_bytes();
    let w = buf.get_mut(..b.len())?;
    for (d, s) in w.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    let w = &*w;
    let is_in = |list: &[&str]| list.iter().any(|x| x.as_bytes() == w);
    if is_in(K) {
        Some(Casualty::Killed)
    } else if is_in(W) {
        Some(Casualty::Wounded)
    } else if is_in(D) {
        Some(Casualty::Detained)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

    #[test]
    fn a_mine_struck_is_an_explosive_a_gold_mine_is_not() {
        let ied = |s: &str| {
            scan_all(s)
                .hits
                .iter()
                .any(|h| h.cue == Cue::Trig(Cls::Ied))
        };
        assert!(ied(
            "A motorcycle struck an improvised mine east of Mandouri."
        ));
        assert!(ied("A truck hit a mine near Kidal."));
        assert!(!ied("Gunmen attacked a gold mine near Mongbwalu."));
        assert!(!ied("The choice is mine, he said."));
    }

    #[test]
    fn a_counted_crowd_that_arrived_since_an_attack_fled() {
        let flight = |s: &str| {
            scan_all(s).hits.iter().any(|h| {
                matches!(h.cue, Cue::Claim(_))
                    && tells_flight(&s[h.start..h.end].to_ascii_lowercase())
            })
        };
        assert!(flight(
            "The agency said about 7,800 people had arrived at makeshift camps in Daudu since Wednesday's attack."
        ));
        assert!(flight(
            "About 2,300 South Sudanese had crossed into Uganda since Wednesday's attack."
        ));
        assert!(!flight(
            "The militants had left the town before the troops arrived."
        ));
        assert!(!flight("About 300 soldiers had arrived in Gao on Monday."));
    }

    #[test]
    fn a_road_blocked_is_a_protest_a_plan_blocked_is_not() {
        let protest = |s: &str| {
            scan_all(s)
                .hits
                .iter()
                .any(|h| h.cue == Cue::Trig(Cls::Protest))
        };
        assert!(protest(
            "Dozens of relatives blocked Federal Highway 45 at the entrance to Lagos de Moreno."
        ));
        assert!(protest(
            "Residents laid the bodies on the Bannu-Miranshah road and blocked it for hours."
        ));
        assert!(!protest("The court blocked it on Monday."));
        assert!(!protest("Parliament blocked funding for the programme."));
    }

    #[test]
    fn arms_dug_up_are_disrupted_weapons_use() {
        let weapons = |s: &str| {
            scan_all(s)
                .hits
                .iter()
                .any(|h| h.cue == Cue::Trig(Cls::Weapons))
        };
        assert!(weapons(
            "Soldiers dug up 12 guns and about 600 rounds of ammunition outside Kotido."
        ));
        assert!(weapons(
            "Soldiers dug up a cache of six rifles near Gazaoua."
        ));
        assert!(!weapons("Relatives dug up the bodies of the victims."));
    }

    #[test]
    fn drones_destroyed_by_air_defences_were_intercepted() {
        let hits = scan_all("Its air defences had destroyed 64 Ukrainian drones overnight.").hits;
        assert!(
            hits.iter().any(|h| h.cue == Cue::Trig(Cls::Intercept)),
            "{hits:?}"
        );
    }

    #[test]
    fn agreeing_to_a_ceasefire_is_the_agreement_not_an_intention() {
        let modal = |s: &str| {
            scan_all(s)
                .hits
                .iter()
                .any(|h| h.cue == Cue::Claim(ClaimCue::Modal))
        };
        assert!(!modal(
            "Elders agreed to a ten-day ceasefire late on Wednesday."
        ));
        assert!(modal("The rebels agreed to withdraw from the town."));
    }

    #[test]
    fn the_month_may_is_no_modal_verb() {
        let modal = |s: &str| {
            scan_all(s).hits.iter().any(|h| {
                h.cue == Cue::Claim(ClaimCue::Modal) && s.get(h.start..h.end) == Some("May")
            })
        };
        assert!(!modal("KYIV, May 26 - Missiles struck Dnipro."));
        assert!(!modal("The raid on 3 May killed two."));
        assert!(!modal("The town fell in May."));
        assert!(modal("May they rebuild, the group said."));
    }

    /// The two-automaton scan `scan` replaces: each lexicon searched
    /// leftmost-longest on its own.
    fn scan_reference(s: &str) -> Vec<CueHit> {
        type Searcher = (AhoCorasick, Vec<(Cue, bool)>);
        static LEX: OnceLock<(Searcher, Searcher)> = OnceLock::new();
        let build = |entries: &[(&str, Cue)]| {
            let mut pats = Vec::new();
            let mut cues = Vec::new();
            for (p, cue) in entries {
                let (p, open) = match p.strip_suffix('*') {
                    Some(s) => (s.to_string(), true),
                    None => (p.to_string(), false),
                };
                pats.push(p);
                cues.push((*cue, open));
            }
            let ac = AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(&pats)
                .unwrap();
            (ac, cues)
        };
        let (trig, other) = LEX.get_or_init(|| {
            let (t, o) = lexicon_entries();
            (build(&t), build(&o))
        });
        let mut out = Vec::new();
        for (ac, cues) in [trig, other] {
            for m in ac.find_iter(s) {
                let (cue, open) = cues[m.pattern().as_usize()];
                if let Some(h) = cue_hit(s, m.start(), m.end(), cue, open) {
                    out.push(h);
                }
            }
        }
        out.sort_by_key(|h| (h.start, h.end));
        out
    }

    #[test]
    fn one_pass_reading_agrees_with_an_automaton_per_list() {
        let ll = |pats: Vec<&str>| crate::text::phrase_matcher(pats, "test patterns compile");
        let all = |pats: Vec<&str>| {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .build(pats)
                .unwrap()
        };
        let blame = ll(crate::blame::PHRASES.iter().map(|(p, _)| *p).collect());
        let narrative = ll(crate::narrative::PHRASES.iter().map(|(p, _)| *p).collect());
        let weekdays = ll(crate::dates::WEEKDAYS.to_vec());
        let splits = all(crate::clauses::SPLITS.to_vec());
        let relatives = all(crate::clauses::RELATIVES.to_vec());
        let attacks = all(crate::clauses::ATTACK_VERBS.to_vec());
        let references = all(crate::clauses::REFERENCES.to_vec());
        let zero = all(crate::casualties::ZERO.to_vec());
        let mut words: Vec<&str> = Vec::new();
        for list in [
            crate::blame::PHRASES
                .iter()
                .map(|(p, _)| *p)
                .collect::<Vec<_>>(),
            crate::narrative::PHRASES.iter().map(|(p, _)| *p).collect(),
            crate::dates::WEEKDAYS.to_vec(),
            crate::clauses::SPLITS.to_vec(),
            crate::clauses::RELATIVES.to_vec(),
            crate::clauses::ATTACK_VERBS.to_vec(),
            crate::clauses::REFERENCES.to_vec(),
            crate::casualties::ZERO.to_vec(),
        ] {
            for p in list {
                words.extend(p.split(' ').filter(|w| !w.is_empty()));
            }
        }
        words.extend([",", ";", "(", "The", "DAY", "x"]);
        let with_k = |ac: &AhoCorasick, s: &str, overlapping: bool| -> Vec<(usize, usize, usize)> {
            if overlapping {
                ac.find_overlapping_iter(s)
                    .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                    .collect()
            } else {
                ac.find_iter(s)
                    .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                    .collect()
            }
        };
        let no_k = |v: Vec<(usize, usize, usize)>| -> Vec<(usize, usize)> {
            v.into_iter().map(|(a, b, _)| (a, b)).collect()
        };
        let mut seed = 0x1357_9bdf_u32;
        for _ in 0..20000 {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            let mut text = String::new();
            for k in 0..(seed % 9) as usize {
                text.push_str(words[(seed.rotate_left(k as u32 * 5) as usize) % words.len()]);
                if seed.rotate_left(k as u32) & 7 != 0 {
                    text.push(' ');
                }
            }
            let r = scan_all(&text);
            assert_eq!(r.blame, with_k(&blame, &text, false), "{text:?}");
            assert_eq!(r.narrative, with_k(&narrative, &text, false), "{text:?}");
            assert_eq!(
                r.weekdays,
                no_k(with_k(&weekdays, &text, false)),
                "{text:?}"
            );
            assert_eq!(r.splits, with_k(&splits, &text, true), "{text:?}");
            assert_eq!(r.relatives, with_k(&relatives, &text, true), "{text:?}");
            // Only which spans occur matters for these two.
            let sorted = |mut v: Vec<(usize, usize)>| {
                v.sort_unstable();
                v.dedup();
                v
            };
            assert_eq!(
                sorted(r.attacks.clone()),
                sorted(no_k(with_k(&attacks, &text, true)))
            );
            assert_eq!(
                sorted(r.references.clone()),
                sorted(no_k(with_k(&references, &text, true)))
            );
            assert_eq!(
                sorted(r.zero.clone()),
                sorted(no_k(with_k(&zero, &text, true)))
            );
        }
    }

    #[test]
    fn casualty_words_ignore_ascii_case_only() {
        assert_eq!(casualty_of("KILLED"), Some(Casualty::Killed));
        assert_eq!(casualty_of("Injured"), Some(Casualty::Wounded));
        assert_eq!(casualty_of("rounded"), Some(Casualty::Detained));
        for w in [
            "",
            "kill",
            "killeds",
            "apprehendedly-long-word",
            "Dié",
            "fatalité",
        ] {
            assert_eq!(casualty_of(w), None, "{w}");
        }
    }

    #[test]
    fn flat_scanner_reports_what_the_overlapping_iterator_reports() {
        let (pats, _) = merged_patterns();
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&pats)
            .expect("lexicon compiles");
        let scanner =
            vigil_actors::scan::Scanner::case_insensitive(&pats).expect("lexicon compiles");
        let mut pieces: Vec<String> = pats.iter().map(|p| p.to_string()).collect();
        pieces.extend(pats.iter().map(|p| p.to_ascii_uppercase()));
        pieces.extend(
            [
                "", " ", "é", "É", "\u{2019}", ",", "x", "S", "-", "\0", "\u{ff}",
            ]
            .iter()
            .map(|w| w.to_string()),
        );
        let mut seed = 0x2468_ace1_u32;
        for _ in 0..5000 {
            let mut text = String::new();
            for _ in 0..1 + seed % 7 {
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                let piece = &pieces[(seed as usize) % pieces.len()];
                // Cut some pieces short so that patterns break off midway.
                let cut = if seed & 3 == 0 {
                    crate::text::floor_boundary(piece, piece.len() / 2)
                } else {
                    piece.len()
                };
                text.push_str(&piece[..cut]);
                if seed & 4 != 0 {
                    text.push(' ');
                }
            }
            let want: Vec<(usize, usize, usize)> = ac
                .find_overlapping_iter(&text)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            let mut got = Vec::new();
            scanner.for_each_match(
                text.as_bytes(),
                &mut Vec::new(),
                |_| true,
                |s, e, p| got.push((s, e, p)),
            );
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn one_pass_scan_agrees_with_a_search_per_lexicon() {
        let (t, o) = lexicon_entries();
        let mut words: Vec<String> = t
            .iter()
            .chain(o.iter())
            .map(|(p, _)| p.trim_end_matches('*').to_string())
            .collect();
        words.extend(
            [
                "the", "a", "s", "ed", "x", ",", ". ", "-", "é", "ATTACK", "Killed",
            ]
            .iter()
            .map(|w| w.to_string()),
        );
        let mut seed = 0x9e37_79b9_u32;
        for _ in 0..20000 {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            let n = (seed % 7) as usize;
            let mut text = String::new();
            for k in 0..n {
                let w = &words[(seed.rotate_left(k as u32 * 5) as usize) % words.len()];
                text.push_str(w);
                // Sometimes glue words together, sometimes space them.
                if seed.rotate_left(k as u32) & 3 != 0 {
                    text.push(' ');
                }
            }
            assert_eq!(scan(&text), scan_reference(&text), "{text:?}");
        }
        for s in [
            "Airstrikes hit; the skillful unkilled man was killed.",
            "a suicide car bomber struck the attack killed",
            "The attackers attacked, attack-attack; ATTACKED killings",
        ] {
            assert_eq!(scan(s), scan_reference(s), "{s:?}");
        }
    }

    #[test]
    fn scan_respects_word_bounds_and_open_suffixes() {
        let hits = scan("Airstrikes hit; the skillful unkilled man was killed.");
        assert!(hits.iter().all(|h| h.start < h.end));
        let trig: Vec<_> = hits
            .iter()
            .filter_map(|h| match h.cue {
                Cue::Trig(c) => Some(c),
                _ => None,
            })
            .collect();
        assert_eq!(trig, vec![Air, Kill]);
        assert_eq!(hits[0].end, "Airstrikes".len());
    }

    #[test]
    fn an_adverb_between_an_aircraft_and_its_strike() {
        for s in [
            "Israeli jets also struck a crossing near Qusayr.",
            "Army helicopters later struck fighters withdrawing from the park.",
            "The air force said its jets had later struck ISWAP fighters near Marte.",
            // A state's forces striking a camp strike from the air.
            "U.S. forces struck an ISIS-Somalia training camp near Iskushuban on Monday.",
        ] {
            assert!(scan(s).iter().any(|h| h.cue == Cue::Trig(Air)), "{s}");
        }
    }

    #[test]
    fn demolitions_howitzers_and_rifle_fire_are_read() {
        for (s, c) in [
            (
                "Israeli bulldozers tore down three homes in Aqraba.",
                Destroy,
            ),
            (
                "Army howitzers pounded suspected BIFF positions near Ampatuan.",
                Shell,
            ),
            (
                "Soldiers at a checkpoint came under rifle fire on Saturday.",
                Attack,
            ),
        ] {
            assert!(scan(s).iter().any(|h| h.cue == Cue::Trig(c)), "{s}");
        }
    }

    #[test]
    fn armed_men_forcing_someone_into_a_car_abduct() {
        let s = "In Tripoli, masked gunmen forced a senior official of the oil company into a car.";
        assert!(scan(s).iter().any(|h| h.cue == Cue::Trig(Abduct)), "{s}");
        // (Not a crowd forced into a side street, nor armed men forcing a
        // car off the road.)
        for s in [
            "Police forced the marchers into a side street.",
            "Gunmen forced a lorry off the road near Gao.",
        ] {
            assert!(!scan(s).iter().any(|h| h.cue == Cue::Trig(Abduct)), "{s}");
        }
    }

    #[test]
    fn longest_pattern_wins() {
        let hits = scan("a suicide car bomber struck");
        assert!(matches!(hits[0].cue, Cue::Trig(Suicide)));
    }

    #[test]
    fn casualty_words() {
        assert_eq!(casualty_of("Killed"), Some(Casualty::Killed));
        assert_eq!(casualty_of("injured"), Some(Casualty::Wounded));
        // Surrendering fighters are not detainees in the gold convention.
        assert_eq!(casualty_of("surrendered"), None);
        assert_eq!(casualty_of("captured"), Some(Casualty::Detained));
        assert_eq!(casualty_of("fighters"), None);
    }
}
