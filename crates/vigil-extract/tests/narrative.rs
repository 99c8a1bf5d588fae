//! Round-2 generalisation: responsibility claims fill the perpetrator of an
//! earlier incident; narrative-relative dates count from that incident.

use chrono::NaiveDate;
use vigil_core::{Article, DatePrecision, Kind, Record};
use vigil_extract::Extractor;

fn run(text: &str, published: &str) -> Vec<Record> {
    let mut a = Article::new(text.to_string());
    a.published = NaiveDate::parse_from_str(published, "%Y-%m-%d").ok();
    Extractor::new().extract(&a)
}

fn events(recs: &[Record]) -> Vec<&Record> {
    recs.iter().filter(|r| r.kind == Kind::Event).collect()
}

fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, day)
}

#[test]
fn responsibility_claim_names_the_bomber() {
    let text = "Bomb kills 12 at market in Kabul\n\n\
        KABUL - A bomb exploded at a crowded market in Kabul on Tuesday, killing 12 people and wounding 30, officials said.\n\n\
        Islamic State claimed responsibility for the blast in a statement.";
    let recs = run(text, "2024-03-15");
    let ev = events(&recs);
    assert_eq!(ev.len(), 1, "{recs:#?}");
    assert_eq!(ev[0].actor1.as_deref(), Some("Islamic State (ISIS)"));
    assert_eq!(ev[0].fatalities, Some(12));
}

#[test]
fn blame_after_the_verb() {
    let text = "Attack in Borno\n\n\
        MAIDUGURI - Gunmen attacked the village of Konduga in Borno state on Monday, killing seven civilians.\n\n\
        Authorities blamed Boko Haram for the attack.";
    let recs = run(text, "2024-03-15");
    let ev = events(&recs);
    assert_eq!(ev.len(), 1, "{recs:#?}");
    assert_eq!(ev[0].actor1.as_deref(), Some("Boko Haram (JAS)"));
}

#[test]
fn unclaimed_attack_stays_unidentified() {
    let text = "Attack in Borno\n\n\
        MAIDUGURI - Gunmen attacked the village of Konduga in Borno state on Monday, killing seven civilians.\n\n\
        No group has claimed responsibility, though Boko Haram is active in the area.";
    let recs = run(text, "2024-03-15");
    let ev = events(&recs);
    assert_eq!(ev.len(), 1, "{recs:#?}");
    assert_ne!(ev[0].actor1.as_deref(), Some("Boko Haram (JAS)"));
}

#[test]
fn days_earlier_counts_from_the_incident() {
    let text = "Soldiers killed in Borno\n\n\
        MAIDUGURI - Four soldiers were killed when a roadside bomb hit their convoy near Maiduguri on Monday, the army said.\n\n\
        Two days earlier, Boko Haram fighters attacked the village of Konduga, killing seven civilians.";
    let recs = run(text, "2024-03-15");
    let ev = events(&recs);
    assert_eq!(ev.len(), 2, "{recs:#?}");
    assert_eq!(ev[0].date, d(2024, 3, 11));
    assert_eq!(ev[1].date, d(2024, 3, 9));
    assert_eq!(ev[1].date_precision, Some(DatePrecision::Day));
}

#[test]
fn next_day_follows_the_incident_not_publication() {
    let text = "Fighting in Somalia\n\n\
        MOGADISHU - Al-Shabaab fighters attacked an army base in Afgoye on Monday, killing six soldiers.\n\n\
        The next day, troops killed 10 militants in a raid on a camp in Baidoa.";
    let recs = run(text, "2024-03-15");
    let ev = events(&recs);
    assert_eq!(ev.len(), 2, "{recs:#?}");
    assert_eq!(ev[1].date, d(2024, 3, 12));
}

#[test]
fn weekend_span_is_week_precision() {
    let text = "Fighting in Somalia\n\n\
        MOGADISHU - Al-Shabaab fighters attacked two army bases near Afgoye over the weekend, killing six soldiers, the army said.";
    let recs = run(text, "2024-03-18");
    let ev = events(&recs);
    assert_eq!(ev.len(), 1, "{recs:#?}");
    assert_eq!(ev[0].date_precision, Some(DatePrecision::Week));
}

const MALI_LEDE: &str = "Mali violence\n\n\
    BAMAKO - Jihadist fighters attacked an army post in central Mali on Sunday, killing four soldiers.\n\n";

#[test]
fn arrest_in_a_town_is_an_arrest_not_territory() {
    let text = format!("{MALI_LEDE}Soldiers arrested a man in Mopti on Wednesday.");
    let recs = run(&text, "2024-03-15");
    let r: Vec<&Record> = recs
        .iter()
        .filter(|r| r.text.contains("arrested"))
        .collect();
    assert_eq!(r.len(), 1, "{recs:#?}");
    assert_eq!(r[0].sub_event_type.as_deref(), Some("Arrests"));
}

#[test]
fn capturing_a_town_is_territory() {
    let text = format!("{MALI_LEDE}Jihadist fighters captured the town of Boni on Wednesday.");
    let recs = run(&text, "2024-03-15");
    let r: Vec<&Record> = recs
        .iter()
        .filter(|r| r.text.contains("captured"))
        .collect();
    assert_eq!(r.len(), 1, "{recs:#?}");
    assert_eq!(
        r[0].sub_event_type.as_deref(),
        Some("Non-state actor overtakes territory")
    );
}

#[test]
fn succumbed_counts_the_dead() {
    let text = format!(
        "{MALI_LEDE}On Wednesday, gunmen attacked a market in Mopti. Seven people later succumbed to their injuries."
    );
    let recs = run(&text, "2024-03-15");
    // The toll joins the dated attack (whose sentence the record keeps).
    let ev: Vec<&Record> = recs
        .iter()
        .filter(|r| r.text.contains("succumbed") || r.text.contains("attacked a market"))
        .collect();
    assert_eq!(ev.len(), 1, "{recs:#?}");
    assert_eq!(ev[0].fatalities, Some(7));
    assert_ne!(ev[0].wounded, Some(7));
}

#[test]
fn territorial_control_estimate_is_a_claim() {
    let text = format!(
        "{MALI_LEDE}Armed groups control about 40 percent of the territory, officials said."
    );
    let recs = run(&text, "2024-03-15");
    let c: Vec<&Record> = recs
        .iter()
        .filter(|r| r.kind == Kind::Claim && r.text.contains("percent"))
        .collect();
    assert_eq!(c.len(), 1, "{recs:#?}");
}

#[test]
fn came_under_attack_from_names_the_attacker() {
    let text = "Attack in Borno\n\n\
        MAIDUGURI - Nigerian soldiers came under attack from Boko Haram fighters near Maiduguri on Monday, the army said.";
    let recs = run(text, "2024-03-15");
    let ev = events(&recs);
    assert_eq!(ev.len(), 1, "{recs:#?}");
    assert_eq!(ev[0].actor1.as_deref(), Some("Boko Haram (JAS)"));
    assert_eq!(ev[0].actor2.as_deref(), Some("Military Forces of Nigeria"));
}

#[test]
fn forces_loyal_to_a_patron_are_the_patrons() {
    let text = "Libya fighting\n\n\
        TRIPOLI - Fighters loyal to Haftar shelled the Mitiga airport in Tripoli on Tuesday.";
    let recs = run(text, "2024-03-15");
    let ev = events(&recs);
    assert_eq!(ev.len(), 1, "{recs:#?}");
    assert_eq!(ev[0].actor1.as_deref(), Some("Libyan National Army (LNA)"));
    // An unknown patron leaves the attackers unidentified.
    let text = "Libya fighting\n\n\
        TRIPOLI - Gunmen loyal to a local chief attacked an army post near Sabha on Tuesday.";
    let recs = run(text, "2024-03-15");
    let ev = events(&recs);
    assert_eq!(ev.len(), 1, "{recs:#?}");
    assert_ne!(ev[0].actor1.as_deref(), Some("Libyan National Army (LNA)"));
}

#[test]
fn a_day_after_the_attack_arrests_are_reported_and_dated() {
    let text = "Borno\n\n\
        MAIDUGURI - Boko Haram fighters attacked a military base in Monguno on Monday, killing five soldiers.\n\n\
        A day after the attack, police arrested 12 suspects in Maiduguri.";
    let recs = run(text, "2024-03-16");
    let ev = events(&recs);
    assert_eq!(ev.len(), 2, "{recs:#?}");
    assert_eq!(ev[1].sub_event_type.as_deref(), Some("Arrests"));
    assert_eq!(ev[1].date, d(2024, 3, 12));
}

#[test]
fn passive_victims_leave_the_attacker_as_actor1() {
    let text = "Borno\n\n\
        MAIDUGURI - Three soldiers were killed and two others injured when militants attacked their post in Bama on Tuesday.";
    let recs = run(text, "2024-03-16");
    let ev = events(&recs);
    assert_eq!(ev.len(), 1, "{recs:#?}");
    assert_eq!(ev[0].actor2.as_deref(), Some("Military Forces of Nigeria"));
    let a1 = ev[0].actor1.as_deref().unwrap_or("");
    assert!(a1.starts_with("Unidentified Armed Group"), "{a1}");
    assert_eq!(ev[0].fatalities, Some(3));
}
