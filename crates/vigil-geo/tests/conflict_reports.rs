//! End-to-end: hand-written conflict reports (not from any corpus) through
//! the embedded gazetteer, checking what an event extractor relies on.
use vigil_geo::{Gazetteer, GeoContext, GeoPrecision, MentionRole, PlaceMention};

fn find(text: &str) -> Vec<PlaceMention> {
    Gazetteer::global().find_places(text, &GeoContext::default())
}

fn get<'a>(ms: &'a [PlaceMention], surface: &str) -> &'a PlaceMention {
    ms.iter()
        .find(|m| m.surface == surface)
        .unwrap_or_else(|| panic!("{surface} not found in {ms:?}"))
}

#[test]
fn sahel_report_resolves_towns_regions_and_demonyms() {
    let text = "Gunmen killed 14 civilians in a village near Menaka, north of Gao, \
                the Malian army said. Attacks have spread to Tillaberi region in \
                neighbouring Niger and to the Liptako-Gourma area.";
    let ms = find(text);
    assert_eq!(get(&ms, "Menaka").place.country_code, "ML");
    assert_eq!(get(&ms, "Gao").place.country_code, "ML");
    let malian = get(&ms, "Malian");
    assert_eq!(
        (malian.role, malian.place.country_code.as_str()),
        (MentionRole::Demonym, "ML")
    );
    let till = get(&ms, "Tillaberi");
    assert_eq!(till.place.country_code, "NE");
    assert_eq!(
        till.place.precision,
        GeoPrecision::Admin1,
        "\"region\" after the name"
    );
    assert_eq!(get(&ms, "Niger").place.precision, GeoPrecision::Country);
    for m in &ms {
        assert_eq!(&text[m.start..m.end], m.surface);
        assert!(m.confidence > 0.0 && m.confidence < 1.0);
    }
}

#[test]
fn syria_report_with_camp_governorates_and_metonymy() {
    let text = "Turkey said its forces struck positions near Tal Abyad. In al-Hol \
                camp, Kurdish-led guards detained 20 women from Deir ez-Zor and \
                Raqqa. Damascus condemned the raid.";
    let ms = find(text);
    assert_eq!(get(&ms, "Turkey").role, MentionRole::Metonym);
    assert_eq!(get(&ms, "Damascus").role, MentionRole::Metonym);
    for name in ["Tal Abyad", "Deir ez-Zor", "Raqqa"] {
        let m = get(&ms, name);
        assert_eq!(m.place.country_code, "SY", "{name}");
        assert_eq!(m.role, MentionRole::Literal, "{name}");
    }
    let hol = ms
        .iter()
        .find(|m| m.surface.starts_with("al-Hol"))
        .expect("al-Hol found");
    assert_eq!(hol.place.country_code, "SY");
}

#[test]
fn article_context_carries_across_sentences() {
    // Sentence by sentence, as the extractor calls it.
    let g = Gazetteer::global();
    let mut ctx = GeoContext::default();
    for m in g.find_places("Clashes broke out in Lebanon on Monday.", &ctx) {
        ctx.observe(&m);
    }
    assert_eq!(ctx.current_country(), Some("LB"));
    let ms = g.find_places("Fighters in Tripoli fired rockets.", &ctx);
    assert_eq!(get(&ms, "Tripoli").place.country_code, "LB");

    let ms = g.find_places("Fighters in Tripoli fired rockets.", &GeoContext::default());
    assert_eq!(
        get(&ms, "Tripoli").place.country_code,
        "LY",
        "capital wins without context"
    );
}

#[test]
fn province_suffix_and_afghan_places() {
    let ms = find("The Taliban attacked a checkpoint in Achin district of Nangarhar province.");
    let n = get(&ms, "Nangarhar");
    assert_eq!(
        (n.place.country_code.as_str(), n.place.precision),
        ("AF", GeoPrecision::Admin1)
    );
    assert_eq!(get(&ms, "Achin").place.country_code, "AF");
}

#[test]
fn no_places_in_plain_prose() {
    let ms = find("The committee will meet again next week to discuss the budget and security.");
    assert!(ms.is_empty(), "{ms:?}");
}

#[test]
fn states_as_actors_are_metonyms_places_stay_literal() {
    let text = "Washington imposed sanctions against Iran. Russia has further ordered \
                diplomats out, and Moscow will close a consulate, citing Britain's \
                refusal to cooperate. Fighting continued in Aleppo.";
    let ms = find(text);
    for name in ["Washington", "Iran", "Russia", "Moscow", "Britain"] {
        assert_eq!(get(&ms, name).role, MentionRole::Metonym, "{name}");
    }
    assert_eq!(get(&ms, "Aleppo").role, MentionRole::Literal);
}

#[test]
fn nationality_adjectives_and_famous_cities_over_namesakes() {
    let ms =
        find("U.S. and Russian negotiators returned to Geneva; US forces and Thai troops stayed.");
    assert_eq!(get(&ms, "Geneva").place.country_code, "CH");
    assert_eq!(get(&ms, "US").role, MentionRole::Demonym, "\"US forces\"");
    let thai = get(&ms, "Thai");
    assert_eq!(
        (thai.role, thai.place.country_code.as_str()),
        (MentionRole::Demonym, "TH")
    );
}

#[test]
fn possessive_forces_and_glued_names() {
    let ms = find("Iraq's army shelled positions near Fada N'gourma and Palmyra.");
    assert_eq!(get(&ms, "Iraq").role, MentionRole::Demonym);
    assert_eq!(get(&ms, "Fada N'gourma").place.country_code, "BF");
    assert_eq!(get(&ms, "Palmyra").place.country_code, "SY");
}

fn cc_of(text: &str, surface: &str) -> String {
    let ms = find(text);
    get(&ms, surface).place.country_code.clone()
}

#[test]
fn an_established_country_beats_a_larger_namesake_abroad() {
    // A US story: several Georgia towns, then a bare "Rome".
    let us = "Storms hit Macon, Savannah and Augusta overnight, and in Rome a tree \
              fell on a house, officials said.";
    assert_eq!(cc_of(us, "Rome"), "US");
    // Without that context the capital wins.
    assert_eq!(
        cc_of("The pope met pilgrims in Rome on Sunday.", "Rome"),
        "IT"
    );
    // A Lebanon story: Tripoli is the Lebanese city, not the Libyan capital.
    let lb = "Hezbollah fighters clashed with residents in Sidon, Tyre and Baalbek. \
              In Tripoli, the army deployed.";
    assert_eq!(cc_of(lb, "Tripoli"), "LB");
    let ly = "Gunmen attacked a checkpoint near Misrata and Benghazi, and later in \
              Sirte. In Tripoli, the government condemned it.";
    assert_eq!(cc_of(ly, "Tripoli"), "LY");
}

#[test]
fn a_name_followed_by_its_division_or_country_is_the_one_inside_it() {
    let ms = find("Police in Athens, Ohio, arrested two men after a shooting.");
    assert_eq!(get(&ms, "Athens").place.country_code, "US");
    assert_eq!(get(&ms, "Athens").place.admin1.as_deref(), Some("Ohio"));
    // "Georgia" after a Georgian (US) city is the state, not the country.
    let ms = find("A tornado damaged homes in Atlanta, Georgia, on Tuesday.");
    let ga = get(&ms, "Georgia");
    assert_eq!(
        (ga.place.country_code.as_str(), ga.place.precision),
        ("US", GeoPrecision::Admin1)
    );
    let ms = find("Fighting resumed in Tripoli, Lebanon, on Sunday.");
    assert_eq!(get(&ms, "Tripoli").place.country_code, "LB");
    // A list of unrelated places is left alone.
    let ms = find("Shelling was reported in Aleppo, Idlib and Hama.");
    assert_eq!(get(&ms, "Aleppo").place.country_code, "SY");
}

#[test]
fn spelling_variants_are_found_after_a_locative_cue() {
    let ms = find("Militants stormed an army base in Bulobarde on Friday.");
    assert_eq!(get(&ms, "Bulobarde").place.country_code, "SO");
    let ms = find("Air strikes hit a market in Maarat al-Numan, rescuers said.");
    assert_eq!(get(&ms, "Maarat al-Numan").place.country_code, "SY");
    // Without the cue an unknown capitalised word stays unmatched.
    let ms = find("Bulobardo said the talks would resume.");
    assert!(ms.iter().all(|m| m.surface != "Bulobardo"), "{ms:?}");
}

#[test]
fn district_seats_without_a_population_figure_still_resolve() {
    // GeoNames gives Al Hawijah (a district seat) population 0.
    let ms = find("Clashes broke out in Al Hawijah on Monday, police said.");
    assert_eq!(get(&ms, "Al Hawijah").place.country_code, "IQ");
}

#[test]
fn a_name_known_only_as_a_district_alias_prefers_the_town_variant() {
    // "Hawija" is an alternate of Al-Hawija District only; the town is
    // "Al Hawijah", a transliteration variant.
    let ms = find("Fighting near Hawija on Monday killed four.");
    let p = &get(&ms, "Hawija").place;
    assert_eq!(p.country_code, "IQ");
    assert_eq!(p.name, "Al Hawijah");
}
