//! End-to-end behaviour of `Extractor::extract` on articles written for these
//! tests (headline first line, then body), with the real segmenter,
//! gazetteer and actor registry.

use chrono::NaiveDate;
use vigil_core::{Article, DatePrecision, Kind, Record};
use vigil_extract::Extractor;

fn article(text: &str, published: &str) -> Article {
    let mut a = Article::new(text.to_string());
    a.published = NaiveDate::parse_from_str(published, "%Y-%m-%d").ok();
    a.publisher = Some("Test Wire".into());
    a
}

fn run(text: &str, published: &str) -> (Article, Vec<Record>) {
    let a = article(text, published);
    let r = Extractor::new().extract(&a);
    (a, r)
}

fn containing<'a>(recs: &'a [Record], needle: &str) -> Vec<&'a Record> {
    recs.iter().filter(|r| r.text.contains(needle)).collect()
}

fn assert_valid(a: &Article, recs: &[Record]) {
    for r in recs {
        assert!(a.text.is_char_boundary(r.span[0]) && a.text.is_char_boundary(r.span[1]));
        assert_eq!(&a.text[r.span[0]..r.span[1]], r.text);
        assert_eq!(r.article_id, a.id);
        assert!((0.0..=1.0).contains(&r.confidence));
        for (k, e) in &r.evidence {
            assert!(e.span[0] <= e.span[1] && e.span[1] <= a.text.len(), "{k}");
            assert!(a.text.get(e.span[0]..e.span[1]).is_some(), "{k}");
        }
    }
}

#[test]
fn canonical_libya_example() {
    let text = "Islamic State in Libya reeling after wave of US air strikes\n\n\
        TRIPOLI - The Islamic State's branch in Libya has been badly weakened this autumn, officials in Tripoli say.\n\n\
        According to The New York Times on November 18, numerous attacks killed 43 ISIS members, around one-third of the group's strength in the country.";
    let (a, recs) = run(text, "2019-11-22");
    assert_valid(&a, &recs);
    let r = containing(&recs, "numerous attacks");
    assert_eq!(r.len(), 1, "{recs:#?}");
    let r = r[0];
    assert_eq!(r.kind, Kind::Event);
    assert_eq!(r.event_type.as_deref(), Some("Explosions/Remote violence"));
    assert_eq!(r.sub_event_type.as_deref(), Some("Air/drone strike"));
    assert_eq!(r.date, NaiveDate::from_ymd_opt(2019, 11, 18));
    assert_eq!(r.date_precision, Some(DatePrecision::Day));
    assert_eq!(r.country.as_deref(), Some("Libya"));
    assert_eq!(r.actor2.as_deref(), Some("Islamic State (ISIS)"));
    assert_eq!(r.actor1, None);
    assert_eq!(r.fatalities, Some(43));
    assert_eq!(r.source.as_deref(), Some("New York Times"));
    assert_eq!(r.publisher.as_deref(), Some("Test Wire"));
    let ev = r.evidence.get("fatalities").copied();
    let ev = ev.map(|e| &a.text[e.span[0]..e.span[1]]);
    assert!(ev.is_some_and(|t| t.contains("43")), "{ev:?}");
}

#[test]
fn two_sided_toll_is_one_event() {
    let text = "Border post attacked\n\n\
        Gunmen stormed a Tajik border post in Khatlon province on Wednesday, the government said.\n\n\
        Two Tajik personnel were killed and fifteen ISIS fighters died in the firefight that followed, the State Committee for National Security said.";
    let (a, recs) = run(text, "2019-11-07");
    assert_valid(&a, &recs);
    let events: Vec<&Record> = recs.iter().filter(|r| r.kind == Kind::Event).collect();
    assert_eq!(events.len(), 1, "{recs:#?}");
    assert_eq!(events[0].fatalities, Some(17));
    assert_eq!(events[0].country.as_deref(), Some("Tajikistan"));
    assert_eq!(events[0].date, NaiveDate::from_ymd_opt(2019, 11, 6));
}

#[test]
fn passive_voice_and_agent() {
    let text = "Missile strike\n\nA ballistic missile fired by the Houthis struck a residential district in Marib city on Saturday, killing five civilians including two children, officials said.";
    let (a, recs) = run(text, "2022-01-24");
    assert_valid(&a, &recs);
    let r = containing(&recs, "ballistic");
    assert_eq!(r.len(), 1);
    assert_eq!(
        r[0].sub_event_type.as_deref(),
        Some("Shelling/artillery/missile attack")
    );
    assert_eq!(r[0].actor1.as_deref(), Some("Houthis (Ansar Allah)"));
    assert_eq!(r[0].fatalities, Some(5));
    assert_eq!(r[0].source.as_deref(), Some("officials"));
}

#[test]
fn arrests_count_detainees() {
    let text = "Raids\n\nKurdish-led forces arrested 37 suspected Islamic State members in raids across Deir ez-Zor province on Wednesday.";
    let (a, recs) = run(text, "2022-02-04");
    assert_valid(&a, &recs);
    assert_eq!(recs.len(), 1, "{recs:#?}");
    assert_eq!(recs[0].sub_event_type.as_deref(), Some("Arrests"));
    assert_eq!(recs[0].detained, Some(37));
    assert_eq!(recs[0].actor2.as_deref(), Some("Islamic State (ISIS)"));
    assert_eq!(recs[0].fatalities, None);
}

#[test]
fn claims_versus_events() {
    let text = "Threat persists\n\n\
        Libyan officials estimate that between 100 and 150 Islamic State fighters remain in the country's south.\n\n\
        US Central Command said the group wants to rebuild its ranks by freeing prisoners.\n\n\
        The Houthis said they would keep targeting the United Arab Emirates.";
    let (a, recs) = run(text, "2019-11-22");
    assert_valid(&a, &recs);
    assert!(recs.iter().all(|r| r.kind == Kind::Claim), "{recs:#?}");
    assert_eq!(recs.len(), 3, "{recs:#?}");
    let est = containing(&recs, "estimate")[0];
    assert_eq!(est.source.as_deref(), Some("Libyan officials"));
    assert_eq!(est.fatalities, None);
    assert_eq!(est.date, NaiveDate::from_ymd_opt(2019, 11, 22));
}

#[test]
fn background_and_quotes_give_nothing() {
    let text = "Анализ: the long war\n\n\
        The group seized the coastal city of Sirte in 2015 and held it until December 2016.\n\n\
        \"They have lost their leaders, their money and their territory,\" said a security adviser.\n\n\
        The president met the ambassador on Tuesday to discuss trade.";
    let (a, recs) = run(text, "2019-11-22");
    assert_valid(&a, &recs);
    assert!(recs.is_empty(), "{recs:#?}");
}

#[test]
fn headline_gives_no_record_and_anonymous_sources_are_dropped() {
    let text = "Gunmen kill two soldiers in Sabha\n\nOn Wednesday, gunmen from the Islamic State attacked an army checkpoint on the outskirts of Sabha, killing two soldiers, a military spokesman said.";
    let (a, recs) = run(text, "2019-11-22");
    assert_valid(&a, &recs);
    assert_eq!(recs.len(), 1, "{recs:#?}");
    let r = &recs[0];
    assert!(r.text.starts_with("On Wednesday"));
    assert_eq!(r.actor1.as_deref(), Some("Islamic State (ISIS)"));
    assert_eq!(r.fatalities, Some(2));
    assert_eq!(r.source, None);
    assert_eq!(r.date, NaiveDate::from_ymd_opt(2019, 11, 20));
}

#[test]
fn two_incidents_in_one_sentence() {
    let text = "Attacks\n\nAn air strike killed five fighters in Raqqa on Monday, and a car bomb killed three people in Idlib on Tuesday.";
    let (a, recs) = run(text, "2020-02-13");
    assert_valid(&a, &recs);
    assert_eq!(recs.len(), 2, "{recs:#?}");
    let subs: Vec<_> = recs.iter().map(|r| r.sub_event_type.as_deref()).collect();
    assert!(subs.contains(&Some("Air/drone strike")));
    assert!(subs.contains(&Some("Remote explosive/landmine/IED")));
}

#[test]
fn empty_and_odd_inputs() {
    for t in [
        "",
        "\n\n",
        "...",
        "killed",
        "é killed 5 ü",
        "\u{201c}killed\u{201d}",
    ] {
        let (a, recs) = run(t, "2020-01-01");
        assert_valid(&a, &recs);
    }
    let mut a = Article::new("Gunmen killed 5 villagers in a raid.".into());
    a.published = None;
    let recs = Extractor::new().extract(&a);
    assert_valid(&a, &recs);
}

#[test]
fn labour_strikes_and_diplomatic_protests_are_not_events() {
    let text = "Unrest\n\n\
        Teachers began a general strike on Monday to demand higher pay, the union said.\n\n\
        Serbia lodged an official protest with Albania on Tuesday.\n\n\
        Russia said it will hold talks on nuclear missiles next month.";
    let (a, recs) = run(text, "2020-03-05");
    assert_valid(&a, &recs);
    assert!(
        recs.iter()
            .all(|r| r.event_type.as_deref() != Some("Explosions/Remote violence")),
        "{recs:#?}"
    );
    assert!(recs.iter().all(|r| !r.text.contains("lodged")), "{recs:#?}");
}

#[test]
fn rioters_tolls_and_periods() {
    let text = "Basra burns\n\n\
        Protesters stormed and set fire to the Iranian consulate in Basra on Friday, police said.\n\n\
        Separately, the death toll from a suicide bombing at a mosque in Peshawar rose to 100 on Wednesday, officials said.\n\n\
        Amnesty International said at least 5,800 civilians were killed in west Mosul between February and June.";
    let (a, recs) = run(text, "2018-09-10");
    assert_valid(&a, &recs);
    let riot = containing(&recs, "consulate");
    assert_eq!(riot.len(), 1, "{recs:#?}");
    assert_eq!(riot[0].event_type.as_deref(), Some("Riots"));
    assert_eq!(riot[0].actor1.as_deref(), Some("Rioters (Iraq)"));
    let toll = containing(&recs, "death toll");
    assert_eq!(toll.len(), 1, "{recs:#?}");
    assert_eq!(toll[0].fatalities, Some(100));
    assert_eq!(toll[0].sub_event_type.as_deref(), Some("Suicide bomb"));
    let tally = containing(&recs, "Amnesty");
    assert_eq!(tally.len(), 1, "{recs:#?}");
    assert_eq!(tally[0].kind, Kind::Claim);
    assert_eq!(tally[0].fatalities, None);
}

#[test]
fn crime_and_accident_stories_give_nothing() {
    let text = "Two found dead on coastal path\n\n\
        Police are investigating after two bodies were found on a coastal path in West Wales on Wednesday.\n\n\
        A man attacked his neighbour's car in Beverly Hills on Tuesday, police said.";
    let (a, recs) = run(text, "2018-04-06");
    assert_valid(&a, &recs);
    assert!(recs.is_empty(), "{recs:#?}");
}

#[test]
fn planning_under_a_past_verb_is_not_future() {
    let text = "Mali arrests\n\nJihadists killed five soldiers in central Mali last week. Police detained a man suspected of planning attacks in Bamako on Monday.";
    let (a, recs) = run(text, "2019-11-22");
    assert_valid(&a, &recs);
    let arrest = containing(&recs, "planning attacks");
    assert_eq!(arrest.len(), 1, "{recs:#?}");
    assert_eq!(arrest[0].date, NaiveDate::from_ymd_opt(2019, 11, 18));
}

#[test]
fn a_detail_naming_the_state_force_replaces_the_guessed_target() {
    let text = "Mali attack\n\nMilitants attacked a checkpoint in Gao, Mali on Monday. Three policemen were killed.";
    let (a, recs) = run(text, "2019-11-22");
    assert_valid(&a, &recs);
    assert_eq!(recs.len(), 1, "{recs:#?}");
    assert_eq!(recs[0].actor2.as_deref(), Some("Police Forces of Mali"));
    assert_eq!(recs[0].fatalities, Some(3));
    // Soldiers confirm the guess.
    let text = "Mali attack\n\nMilitants attacked a checkpoint in Gao, Mali on Monday. Three soldiers were killed.";
    let (_, recs) = run(text, "2019-11-22");
    assert_eq!(recs.len(), 1, "{recs:#?}");
    assert_eq!(recs[0].actor2.as_deref(), Some("Military Forces of Mali"));
}

#[test]
fn forces_loyal_to_the_government() {
    let text = "Clashes\n\nForces loyal to the regional government clashed with rebels in Gao, Mali on Monday.";
    let (a, recs) = run(text, "2019-11-22");
    assert_valid(&a, &recs);
    assert_eq!(recs.len(), 1, "{recs:#?}");
    assert_eq!(recs[0].actor1.as_deref(), Some("Military Forces of Mali"));
}

#[test]
fn dead_after_a_named_attack_name_the_attacker() {
    let text = "Market attack\n\nSeven people died after al-Shabaab fighters attacked a market in Mogadishu, Somalia on Monday.";
    let (a, recs) = run(text, "2019-11-22");
    assert_valid(&a, &recs);
    assert_eq!(recs.len(), 1, "{recs:#?}");
    assert_eq!(recs[0].actor1.as_deref(), Some("Al Shabaab"));
    assert_ne!(recs[0].actor2.as_deref(), Some("Al Shabaab"));
    assert_eq!(recs[0].fatalities, Some(7));
}
