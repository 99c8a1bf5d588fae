//! Readings of a found name that need the words around it and a second
//! lookup: a division named like another nation's demonym before forces
//! ("Somali troops" are Somalia's, not Ethiopia's Somali region's), and a
//! town named like its division, named as the division ("Rakhine state's
//! Minbya township", "the department of Antioquia").

use crate::{Gazetteer, MentionRole, PlaceMention};
use vigil_core::GeoPrecision;

/// Nouns after a demonym that make it a nation's forces or government.
const FORCES: &[&str] = &[
    "troops",
    "forces",
    "soldiers",
    "army",
    "police",
    "military",
    "officials",
    "government",
    "authorities",
    "president",
    "navy",
];

/// Division nouns before ("the department of") or after ("state") a name.
const DIVISION: &[&str] = &[
    "region",
    "state",
    "province",
    "department",
    "governorate",
    "oblast",
];

/// `m` (found in `text`) read again with its neighbours: see the module.
pub(crate) fn refine(g: &Gazetteer, text: &str, m: PlaceMention) -> PlaceMention {
    as_division(g, text, as_demonym(g, text, m))
}

/// A literal division whose name is also a demonym of another country,
/// followed by forces (after at most one "and <Name>"), read as the demonym.
fn as_demonym(g: &Gazetteer, s: &str, m: PlaceMention) -> PlaceMention {
    if m.role != MentionRole::Literal || m.place.precision == GeoPrecision::Country {
        return m;
    }
    // The words after it first: nearly every place fails this cheap test.
    let mut after = s.get(m.end..).unwrap_or("").split_whitespace();
    let words: [Option<&str>; 4] = std::array::from_fn(|_| after.next());
    let forces =
        |k: usize| words[k].is_some_and(|w| FORCES.iter().any(|f| f.eq_ignore_ascii_case(w)));
    let follows = forces(0) || words[0] == Some("and") && (forces(2) || forces(3));
    if !follows {
        return m;
    }
    let country = s
        .get(m.start..m.end)
        .and_then(|w| g.demonym(w))
        .filter(|cc| *cc != m.place.country_code)
        .and_then(|cc| g.country(cc));
    match country {
        Some(place) => PlaceMention {
            role: MentionRole::Demonym,
            place,
            ..m
        },
        None => m,
    }
}

/// "Rakhine state's Minbya township", "the department of Antioquia": a
/// town or feature named like its division, named as the division.
fn as_division(g: &Gazetteer, s: &str, m: PlaceMention) -> PlaceMention {
    if m.role != MentionRole::Literal || m.place.precision != GeoPrecision::Place {
        return m;
    }
    // Byte tests on the neighbours: nearly every place is followed by none
    // of these words.
    let rest = s.get(m.end..).unwrap_or("");
    let after = DIVISION.iter().any(|d| {
        rest.strip_prefix(' ')
            .and_then(|r| r.get(..d.len()))
            .is_some_and(|w| w.eq_ignore_ascii_case(d))
            && rest
                .as_bytes()
                .get(d.len() + 1)
                .is_none_or(|b| !b.is_ascii_alphabetic())
    });
    let head = s.get(..m.start).unwrap_or("").trim_end();
    let of_division = head.strip_suffix(" of").is_some_and(|h| {
        DIVISION.iter().any(|d| {
            h.len() >= d.len()
                && h.get(h.len() - d.len()..)
                    .is_some_and(|w| w.eq_ignore_ascii_case(d))
        })
    });
    if !(of_division || after) {
        return m;
    }
    let Some(surface) = s.get(m.start..m.end) else {
        return m;
    };
    match g
        .lookup(surface)
        .into_iter()
        .find(|p| p.precision == GeoPrecision::Admin1 && p.country_code == m.place.country_code)
    {
        Some(place) => PlaceMention { place, ..m },
        None => m,
    }
}

#[cfg(test)]
mod tests {
    use crate::{Gazetteer, GeoContext, MentionRole};

    fn found(text: &str, name: &str) -> Option<crate::PlaceMention> {
        Gazetteer::global()
            .find_places(text, &GeoContext::default())
            .into_iter()
            .find(|m| m.surface == name)
    }

    #[test]
    fn a_region_named_like_a_demonym_before_forces_is_the_nation() {
        let m = found("Somali troops attacked the camp near Baidoa.", "Somali").unwrap();
        assert_eq!(m.role, MentionRole::Demonym);
        assert_eq!(m.place.country_code, "SO");
        let m = found(
            "Somali and Kenyan troops attacked the camp near Baidoa.",
            "Somali",
        )
        .unwrap();
        assert_eq!(m.place.country_code, "SO");
    }

    #[test]
    fn a_locative_noun_inside_a_longer_name_locates_nothing() {
        // "Reserve" is a town in Louisiana; "District" is part of the unit's name.
        assert!(found(
            "Two members of the District Reserve Guard were killed.",
            "Reserve"
        )
        .is_none());
        assert!(found("Fighting spread to the district of Kunar.", "Kunar").is_some());
    }

    #[test]
    fn french_connectors_join_a_name_and_a_district_of_a_city_lies_in_it() {
        let m = found("Gangs attacked Port-au-Prince on Monday.", "Port-au-Prince").unwrap();
        assert_eq!(m.place.country_code, "HT");
        for (text, name, cc) in [
            (
                "Gunmen attacked San Juan de los Lagos on Monday.",
                "San Juan de los Lagos",
                "MX",
            ),
            (
                "Riots broke out in Pointe-à-Pitre on Monday.",
                "Pointe-à-Pitre",
                "GP",
            ),
        ] {
            assert_eq!(
                found(text, name).map(|m| m.place.country_code),
                Some(cc.to_string())
            );
        }
        // "Bel Air" is also a Paris suburb; as a district of Port-au-Prince it
        // is a part of the city the gazetteer lacks.
        let text = "Gangs attacked the Bel Air district of Port-au-Prince on Monday.";
        assert!(found(text, "Bel Air").is_none());
        assert!(found(text, "Port-au-Prince").is_some());
    }

    #[test]
    fn a_town_named_like_its_division_is_the_division_when_so_called() {
        let m = found(
            "Fighting spread across the department of Antioquia.",
            "Antioquia",
        )
        .unwrap();
        assert_eq!(m.place.precision, vigil_core::GeoPrecision::Admin1);
        assert_eq!(m.place.admin1.as_deref(), Some("Antioquia"));
        let m = found("Fighting spread across Rakhine state's north.", "Rakhine").unwrap();
        assert_eq!(m.place.precision, vigil_core::GeoPrecision::Admin1);
    }
}
