//! Responsibility claims and later identification: "Islamic State claimed
//! responsibility for the blast", "authorities blamed al-Shabaab for the
//! attack". Such a sentence names the perpetrator of an incident reported
//! earlier, so it fills that incident's actor1 instead of reporting anew.

/// Where the responsible party stands relative to the phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    /// "X claimed responsibility", "X was behind the attack".
    Before,
    /// "blamed X", "attributed the attack to X".
    After,
}

pub(crate) const PHRASES: &[(&str, Side)] = &[
    ("claimed responsibility", Side::Before),
    ("claimed the attack", Side::Before),
    ("claimed the attacks", Side::Before),
    ("claimed the bombing", Side::Before),
    ("claimed the blast", Side::Before),
    ("claimed the ambush", Side::Before),
    ("claimed the killing", Side::Before),
    ("claimed the kidnapping", Side::Before),
    ("claimed the raid", Side::Before),
    ("claimed the raids", Side::Before),
    ("claimed the assault", Side::Before),
    ("claimed the strike", Side::Before),
    ("claimed the abduction", Side::Before),
    ("claimed the massacre", Side::Before),
    ("claimed credit", Side::Before),
    ("took responsibility", Side::Before),
    ("has claimed responsibility", Side::Before),
    ("was behind the", Side::Before),
    ("were behind the", Side::Before),
    ("is believed to be behind", Side::Before),
    ("are believed to be behind", Side::Before),
    ("is suspected of carrying out", Side::Before),
    ("are suspected of carrying out", Side::Before),
    ("said it carried out", Side::Before),
    // "The TPNPB said it had carried out the shooting because ...": the
    // incident already reported ("had carried out strikes" is a new one).
    ("said it had carried out the", Side::Before),
    ("said they had carried out the", Side::Before),
    // "Al Shabaab said it was responsible", "officials said ISWAP was
    // responsible": the nearest name before the phrase.
    ("was responsible", Side::Before),
    ("were responsible", Side::Before),
    ("said it was behind", Side::Before),
    ("admitted responsibility", Side::Before),
    ("accepted responsibility", Side::Before),
    ("said they carried out", Side::Before),
    // "accused Boko Haram of carrying out the attack": the accused stands
    // just before the phrase.
    ("of carrying out the", Side::Before),
    ("of being behind", Side::Before),
    ("of staging the", Side::Before),
    ("of orchestrating the", Side::Before),
    ("blamed", Side::After),
    ("blames", Side::After),
    ("attributed the attack to", Side::After),
    ("attributed the attacks to", Side::After),
    ("attributed the bombing to", Side::After),
    ("held responsible", Side::After),
    // "the device had been planted overnight by al-Shabaab militants".
    ("had been planted by", Side::After),
    ("was planted by", Side::After),
    ("were planted by", Side::After),
    // "the mine had been laid by the Arakan Army".
    ("had been laid by", Side::After),
    ("was laid by", Side::After),
    ("were laid by", Side::After),
    ("was carried out by", Side::After),
    ("were carried out by", Side::After),
];

/// Words that make the phrase deny or await a claim ("no group has claimed
/// responsibility", "has yet to claim").
const NEGATORS: &[&str] = &[
    "no", "not", "yet", "nobody", "none", "denied", "unclear", "whether",
];

/// The responsibility phrase of `s` (start, end, side), unless negated.
#[cfg(test)]
pub(crate) fn responsibility(s: &str) -> Option<(usize, usize, Side)> {
    responsibility_in(s, &crate::lexicon::scan_all(s).blame)
}

/// [`responsibility`] given the phrases a leftmost-longest search finds in
/// `s`, `(start, end, index in PHRASES)` in order (read with the lexicons).
pub(crate) fn responsibility_in(
    s: &str,
    found: &[(usize, usize, usize)],
) -> Option<(usize, usize, Side)> {
    // The first phrase on word boundaries that its own clause does not
    // negate: "No group claimed the blast, but commanders blamed Islamic
    // State cells" names the blamed.
    found.iter().find_map(|&(start, end, k)| {
        let before = s.get(..start).and_then(|x| x.chars().next_back());
        let after = s.get(end..).and_then(|x| x.chars().next());
        let bounded = before.is_none_or(|c| !c.is_alphanumeric())
            && after.is_none_or(|c| !c.is_alphanumeric());
        if !bounded {
            return None;
        }
        let side = PHRASES.get(k)?.1;
        let head = s.get(..start).unwrap_or("");
        let clause_start = [", but ", "; ", " but "]
            .iter()
            .filter_map(|b| head.rfind(b).map(|i| i + b.len()))
            .max()
            .unwrap_or(0);
        let negated = head
            .get(clause_start..)
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| NEGATORS.iter().any(|n| w.eq_ignore_ascii_case(n)));
        (!negated).then_some((start, end, side))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The separate leftmost-longest automaton `responsibility` replaced.
    fn responsibility_reference(s: &str) -> Option<(usize, usize, Side)> {
        static AC: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
        let ac = AC.get_or_init(|| {
            crate::text::phrase_matcher(PHRASES.iter().map(|(p, _)| *p), "phrases compile")
        });
        let found: Vec<(usize, usize, usize)> = ac
            .find_iter(s)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        responsibility_in(s, &found)
    }

    #[test]
    fn one_pass_reading_agrees_with_the_phrase_automaton() {
        let mut words: Vec<&str> = PHRASES.iter().flat_map(|(p, _)| p.split(' ')).collect();
        words.extend(["ISIS", "no", ",", "x", "BLAMED", "claimed the attack"]);
        let mut seed = 0x2468_ace1_u32;
        for _ in 0..20000 {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            let mut text = String::new();
            for k in 0..(seed % 8) as usize {
                text.push_str(words[(seed.rotate_left(k as u32 * 5) as usize) % words.len()]);
                if seed.rotate_left(k as u32) & 7 != 0 {
                    text.push(' ');
                }
            }
            assert_eq!(
                responsibility(&text),
                responsibility_reference(&text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn finds_both_sides() {
        let s = "Islamic State claimed responsibility for the blast.";
        assert_eq!(responsibility(s).map(|x| x.2), Some(Side::Before));
        let s = "Authorities blamed Boko Haram for the attack.";
        assert_eq!(responsibility(s).map(|x| x.2), Some(Side::After));
        let s = "Ansaru said it was responsible.";
        assert_eq!(responsibility(s).map(|x| x.2), Some(Side::Before));
        let s = "Ansaru denied it was responsible.";
        assert_eq!(responsibility(s), None);
        let s = "Officials said Ansaru was responsible for the blast.";
        let (start, _, side) = responsibility(s).unwrap_or((0, 0, Side::After));
        assert_eq!(side, Side::Before);
        assert!(s[..start].ends_with("Ansaru "));
        assert_eq!(
            responsibility("It was not clear who was responsible."),
            None
        );
    }

    #[test]
    fn accusation_names_the_accused_before_the_phrase() {
        let s = "The army accused Boko Haram of carrying out the attack.";
        let (start, _, side) = responsibility(s).unwrap_or((0, 0, Side::After));
        assert_eq!(side, Side::Before);
        assert!(s[..start].ends_with("Boko Haram "));
    }

    #[test]
    fn negated_or_absent() {
        assert_eq!(
            responsibility("No group has claimed responsibility for the attack."),
            None
        );
        assert_eq!(
            responsibility("It was not clear who was behind the attack."),
            None
        );
        assert_eq!(responsibility("Gunmen attacked a village."), None);
        assert_eq!(responsibility("The unblamed man."), None);
    }
}
