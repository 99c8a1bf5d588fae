//! End-to-end: the embedded registry on a realistic (invented) report, and
//! `find` on arbitrary input.
use proptest::prelude::*;
use vigil_actors::{ActorRegistry, Category};

const REPORT: &str = "Militants from Islamic State West Africa Province (ISWAP) attacked a base \
in Borno on Tuesday. Nigerian troops repelled the assault, the army said, adding that \
12 jihadists and three soldiers were killed. Separately, gunmen abducted 20 villagers \
in Zamfara. In Mali, JNIM fighters ambushed a FAMa convoy; Russian Africa Corps \
instructors were not present. IS claimed an attack in Syria, but this IS not confirmed.";

#[test]
fn report_actors() {
    let reg = ActorRegistry::global();
    let ms = reg.find(REPORT, Some("NG"));
    let got: Vec<(&str, &str, bool)> = ms
        .iter()
        .map(|m| (m.surface.as_str(), m.actor.name.as_str(), m.generic))
        .collect();
    let iswap = "Islamic State West Africa Province (ISWAP)";
    assert_eq!(
        got,
        vec![
            ("Militants", iswap, true),
            // The canonical name is itself an alias, so the bracketed acronym is inside.
            ("Islamic State West Africa Province (ISWAP)", iswap, false),
            ("Nigerian troops", "Military Forces of Nigeria", true),
            ("army", "Military Forces of Nigeria", true),
            ("jihadists", "Unidentified Armed Group (Nigeria)", true),
            ("soldiers", "Military Forces of Nigeria", true),
            ("gunmen", "Unidentified Armed Group (Nigeria)", true),
            ("villagers", "Civilians (Nigeria)", true),
            (
                "JNIM fighters",
                "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)",
                false
            ),
            ("FAMa", "Military Forces of Mali", false),
            ("Russian Africa Corps", "Africa Corps (Russia)", false),
            ("IS", "Islamic State (ISIS)", false),
        ]
    );
    let iswap_actor = &ms[1].actor;
    assert_eq!(iswap_actor.parent.as_deref(), Some("Islamic State (ISIS)"));
    assert_eq!(iswap_actor.category, Category::RebelGroup);
    assert_eq!(iswap_actor.category.inter_code(), 2);
    assert_eq!(iswap_actor.country.as_deref(), Some("NG"));
}

#[test]
fn title_case_words_are_not_country_codes() {
    // "An" and "In" spell the codes of the Netherlands Antilles and India;
    // "US" in capitals is the United States.
    let reg = ActorRegistry::global();
    for (text, want) in [
        (
            "An army patrol was ambushed near the border.",
            "Military Forces of Mali",
        ),
        (
            "In army barracks, troops waited.",
            "Military Forces of Mali",
        ),
        (
            "US troops arrived on Monday.",
            "Military Forces of the United States",
        ),
    ] {
        let ms = reg.find(text, Some("ML"));
        assert_eq!(
            ms.first().map(|m| m.actor.name.as_str()),
            Some(want),
            "{text}"
        );
    }
}

#[test]
fn employees_and_workers_are_civilians() {
    let reg = ActorRegistry::global();
    let ms = reg.find(
        "A bomber killed two bank employees and three construction workers.",
        Some("AF"),
    );
    let names: Vec<&str> = ms.iter().map(|m| m.actor.name.as_str()).collect();
    assert_eq!(
        names,
        ["Civilians (Afghanistan)", "Civilians (Afghanistan)"]
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn find_never_panics_and_spans_are_valid(
        parts in proptest::collection::vec(
            prop_oneof![
                Just("ISIS".to_string()), Just("IS".to_string()), Just(" ".to_string()),
                Just("-".to_string()), Just("’s".to_string()), Just("soldiers".to_string()),
                Just("Iraqi".to_string()), Just("U.S.".to_string()), Just("in the".to_string()),
                Just("Iraqis".to_string()), Just("é".to_string()), Just(".\n".to_string()),
                "\\PC{0,6}",
            ],
            0..24,
        ),
        hint in proptest::option::of("[A-Za-z]{0,3}"),
    ) {
        let text: String = parts.concat();
        let ms = ActorRegistry::global().find(&text, hint.as_deref());
        let mut last_end = 0;
        for m in &ms {
            prop_assert!(m.start < m.end);
            prop_assert!(m.start >= last_end);
            prop_assert_eq!(text.get(m.start..m.end), Some(m.surface.as_str()));
            last_end = m.end;
        }
    }
}

#[test]
fn the_pkks_peoples_defence_forces_are_not_myanmars() {
    let reg = ActorRegistry::global();
    let ms = reg.find(
        "The People's Defence Forces (HPG), the PKK's armed wing, said its fighters fired rockets.",
        Some("IQ"),
    );
    assert_eq!(
        ms.first().map(|m| m.actor.name.as_str()),
        Some("Kurdistan Workers' Party (PKK)")
    );
    // Myanmar's resistance keeps its name.
    let ms = reg.find(
        "People's Defence Force fighters ambushed a convoy.",
        Some("MM"),
    );
    assert_eq!(
        ms.first().map(|m| m.actor.name.as_str()),
        Some("People's Defence Force (Myanmar)")
    );
}
