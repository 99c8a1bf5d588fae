//! Name folding: the key under which names are indexed and looked up.
//!
//! Reports spell the same place many ways ("al-Hol", "Al Hol", "Hol",
//! "Tillabéri", "Tillaberi"), so both the index and the query go through the
//! same folding: case, diacritics, hyphens, apostrophes and dots are removed.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{IsNormalized, UnicodeNormalization};

/// Folds a name: lowercase, no diacritics, hyphens/apostrophes/underscores as
/// spaces, dots dropped ("U.S." → "us"), whitespace collapsed.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// `fold` into a reused buffer (cleared first): the loader folds a million names.
pub fn fold_into(s: &str, out: &mut String) {
    out.clear();
    if s.is_ascii() {
        fold_ascii(s, out);
        return;
    }
    // Most non-ASCII names (Cyrillic, Arabic, CJK alternates) are already
    // in NFD; decomposing them again is the costliest part of loading.
    if unicode_normalization::is_nfd_quick(s.chars()) == IsNormalized::Yes {
        fold_chars(s.chars(), out);
    } else {
        fold_chars(s.nfd(), out);
    }
}

/// The non-ASCII fold over `chars`, which are in NFD.
fn fold_chars(chars: impl Iterator<Item = char>, out: &mut String) {
    let mut pending_space = false;
    for c in chars {
        // ASCII letters are most of a decomposed Latin name: no mark or
        // case-mapping table needed (same outcome as the match below).
        if c.is_ascii_alphanumeric() {
            push(out, &mut pending_space, c.to_ascii_lowercase());
            continue;
        }
        if is_combining_mark(c) {
            continue;
        }
        let mapped: Option<char> = match c {
            '.' => None,
            '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\'' | '\u{2019}'
            | '\u{2018}' | '`' | '\u{02bf}' | '\u{02be}' | '\u{02bc}' | '_' | ',' | '/' => {
                pending_space = true;
                None
            }
            c if c.is_whitespace() => {
                pending_space = true;
                None
            }
            // Letters that NFD does not decompose.
            'ø' | 'Ø' => Some('o'),
            'ł' | 'Ł' => Some('l'),
            'đ' | 'Đ' => Some('d'),
            'ı' => Some('i'),
            'ß' => {
                push(out, &mut pending_space, 's');
                Some('s')
            }
            'æ' | 'Æ' => {
                push(out, &mut pending_space, 'a');
                Some('e')
            }
            c => Some(c),
        };
        if let Some(m) = mapped {
            for l in m.to_lowercase() {
                push(out, &mut pending_space, l);
            }
        }
    }
}

/// Same result as the general path for ASCII input, without normalisation.
fn fold_ascii(s: &str, out: &mut String) {
    // Most names ("Deir Ezzor", "Kabul") have nothing to drop or collapse:
    // then folding is lowercasing, done in bulk (the loader and the variant
    // index fold over two million names).
    let b = s.as_bytes();
    let mut prev_space = true;
    let plain = b.iter().all(|&c| {
        let space = c == b' ';
        let dropped = matches!(c, b'.' | b'-' | b'\'' | b'`' | b'_' | b',' | b'/');
        let odd_space = if space {
            prev_space
        } else {
            c.is_ascii_whitespace()
        };
        let ok = !dropped && !odd_space;
        prev_space = space;
        ok
    }) && !prev_space;
    if plain {
        out.push_str(s);
        out.make_ascii_lowercase();
        return;
    }
    fold_ascii_general(s, out);
}

fn fold_ascii_general(s: &str, out: &mut String) {
    let mut pending_space = false;
    for b in s.bytes() {
        match b {
            b'.' => {}
            b'-' | b'\'' | b'`' | b'_' | b',' | b'/' => pending_space = true,
            b if b.is_ascii_whitespace() => pending_space = true,
            b => {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push(char::from(b.to_ascii_lowercase()));
            }
        }
    }
}

fn push(out: &mut String, pending_space: &mut bool, c: char) {
    if *pending_space && !out.is_empty() {
        out.push(' ');
    }
    *pending_space = false;
    out.push(c);
}

/// Arabic definite articles as they appear in transliterations, folded.
/// "al-Hol", "el-Arish", "ad-Dana", "ash-Shaddadi", "ar-Raqqa".
const ARTICLES: &[&str] = &[
    "al ", "el ", "ad ", "ar ", "as ", "ash ", "at ", "az ", "an ", "ath ", "adh ",
];

/// The folded name without a leading Arabic article, when it has one and
/// something substantial remains ("al hol" → "hol").
pub fn strip_article(folded: &str) -> Option<&str> {
    // Every article starts with "a" or "e": most names are passed over here
    // (the loader asks for each of its 1.5M keys).
    if !matches!(folded.as_bytes().first(), Some(b'a' | b'e')) {
        return None;
    }
    for a in ARTICLES {
        if let Some(rest) = folded.strip_prefix(a) {
            if rest.chars().count() >= 3 {
                return Some(rest);
            }
        }
    }
    None
}

/// Words that transliterations insert or drop freely: Arabic articles and
/// connectives ("Maarat al-Numan" = "Ma'arrat an Nu'man").
const SKELETON_DROP: &[&str] = &[
    "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh", "en", "ed", "es", "ez",
    "et",
];

/// A looser key for a folded name, matching transliteration variants that
/// folding keeps apart: articles dropped, word breaks and apostrophes
/// ignored ("N'Guigmi" = "Nguigmi"), doubled letters single ("Buulobarde" =
/// "Bulobarde", "Shabeelle" = "Shabelle"), "ou" as "u" ("Kousseri" =
/// "Kusseri"), a final "h" after a vowel dropped ("Raqqah" = "Raqqa").
/// Used only when the exact folded key finds nothing.
pub fn skeleton(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len());
    skeleton_into(folded, &mut out);
    out
}

/// `skeleton` into a reused buffer (cleared first): the variant index is
/// built from over a million names.
pub fn skeleton_into(folded: &str, out: &mut String) {
    out.clear();
    if folded.is_ascii() {
        skeleton_ascii(folded.as_bytes(), out);
        return;
    }
    skeleton_general(folded, out);
}

/// `skeleton_into` for ASCII input over bytes: the variant index runs it on
/// over a million names, and `str::split` with char comparisons was most of
/// that build. Must agree with `skeleton_general` (tested below).
fn skeleton_ascii(folded: &[u8], out: &mut String) {
    let mut words = folded.split(|&b| b == b' ').filter(|w| !w.is_empty());
    let several = words.next().is_some() && words.next().is_some();
    let mut last: Option<u8> = None;
    let mut emit = |out: &mut String, c: u8| {
        if last != Some(c) {
            out.push(char::from(c));
            last = Some(c);
        }
    };
    let mut pending_o = false;
    for w in folded.split(|&b| b == b' ').filter(|w| !w.is_empty()) {
        if several && w.len() <= 3 && SKELETON_DROP.iter().any(|d| d.as_bytes() == w) {
            continue;
        }
        for &c in w {
            if pending_o {
                pending_o = false;
                if c == b'u' {
                    emit(out, b'u');
                    continue;
                }
                emit(out, b'o');
            }
            if c == b'o' {
                pending_o = true;
            } else {
                emit(out, c);
            }
        }
    }
    if pending_o {
        emit(out, b'o');
    }
    drop_final_h(out);
}

/// FNV-1a (as the indexes hash keys) of `skeleton(folded)`, computed without
/// building the string, for ASCII input; `None` otherwise. The variant index
/// hashes the skeletons of over a million names.
pub(crate) fn skeleton_fnv(folded: &str) -> Option<u64> {
    if !folded.is_ascii() {
        return None;
    }
    let bytes = folded.as_bytes();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    let mut words = bytes.split(|&b| b == b' ').filter(|w| !w.is_empty());
    let several = words.next().is_some() && words.next().is_some();
    // The last emitted byte is held back: a final "h" after a vowel is
    // dropped once the whole skeleton is known.
    let (mut held, mut before_held, mut n): (Option<u8>, Option<u8>, usize) = (None, None, 0);
    let mut emit = |c: u8| {
        if held != Some(c) {
            if let Some(p) = held {
                eat(p);
            }
            before_held = held;
            held = Some(c);
            n += 1;
        }
    };
    let mut pending_o = false;
    for w in bytes.split(|&b| b == b' ').filter(|w| !w.is_empty()) {
        if several && w.len() <= 3 && SKELETON_DROP.iter().any(|d| d.as_bytes() == w) {
            continue;
        }
        for &c in w {
            if pending_o {
                pending_o = false;
                if c == b'u' {
                    emit(b'u');
                    continue;
                }
                emit(b'o');
            }
            if c == b'o' {
                pending_o = true;
            } else {
                emit(c);
            }
        }
    }
    if pending_o {
        emit(b'o');
    }
    let drop_h = n > 3
        && held == Some(b'h')
        && matches!(before_held, Some(b'a' | b'e' | b'i' | b'o' | b'u'));
    if let (Some(p), false) = (held, drop_h) {
        eat(p);
    }
    Some(h)
}

fn drop_final_h(out: &mut String) {
    if out.len() > 3 && out.ends_with('h') {
        let before = out.as_bytes().get(out.len() - 2).copied();
        if matches!(before, Some(b'a' | b'e' | b'i' | b'o' | b'u')) {
            out.pop();
        }
    }
}

fn skeleton_general(folded: &str, out: &mut String) {
    out.clear();
    let several = folded.split(' ').filter(|w| !w.is_empty()).nth(1).is_some();
    // Appends `c` unless it doubles the last letter.
    let emit = |out: &mut String, c: char| {
        if !out.ends_with(c) {
            out.push(c);
        }
    };
    // An "o" waits for the next letter: "ou" becomes "u".
    let mut pending_o = false;
    for w in folded.split(' ').filter(|w| !w.is_empty()) {
        if several && w.len() <= 3 && SKELETON_DROP.contains(&w) {
            continue;
        }
        for c in w.chars() {
            if pending_o {
                pending_o = false;
                if c == 'u' {
                    emit(out, 'u');
                    continue;
                }
                emit(out, 'o');
            }
            if c == 'o' {
                pending_o = true;
            } else {
                emit(out, c);
            }
        }
    }
    if pending_o {
        emit(out, 'o');
    }
    drop_final_h(out);
}

/// `n` strings joined from `parts` by a fixed-seed generator, so that the
/// fast paths can be checked against the general ones on the same inputs.
#[cfg(test)]
pub(crate) fn sample_strings(
    parts: &'static [&'static str],
    mut seed: u64,
    n: usize,
) -> impl Iterator<Item = String> {
    (0..n).map(move |_| {
        let mut s = String::new();
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        for _ in 0..(seed >> 60) {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            s.push_str(parts[(seed >> 33) as usize % parts.len()]);
        }
        s
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_diacritics_and_punctuation() {
        assert_eq!(fold("Tillabéri"), "tillaberi");
        assert_eq!(fold("al-Hol"), "al hol");
        assert_eq!(fold("Al  Hol"), "al hol");
        assert_eq!(fold("Deir ez-Zor"), "deir ez zor");
        assert_eq!(fold("Côte d’Ivoire"), "cote d ivoire");
        assert_eq!(fold("U.S."), "us");
        assert_eq!(fold("Łódź"), "lodz");
        // The ASCII shortcut inside non-ASCII names agrees with the
        // general mapping.
        for c in ('\0'..='\u{7f}').filter(char::is_ascii_alphanumeric) {
            assert_eq!(
                fold(&format!("\u{e9}{c}")),
                format!("e{}", c.to_lowercase())
            );
        }
        // Precomposed and already-decomposed spellings fold alike.
        assert_eq!(fold("Tillabe\u{301}ri"), "tillaberi");
        assert_eq!(fold("Дамаск"), "дамаск");
        // The ASCII fast path agrees with the general one.
        for s in ["Deir ez-Zor", "  U.S. / UK", "Ras al-'Ain", "A_b,c`d"] {
            let general: String = fold(&format!("{s}\u{e9}"));
            assert_eq!(format!("{}e", fold(s)), general, "{s}");
        }
    }

    #[test]
    fn plain_ascii_fold_agrees_with_the_byte_loop() {
        const PARTS: &[&str] = &["A", "b", " ", "  ", "-", ".", "'", "\t", "Z9", "(", "/", ""];
        let (mut fast, mut slow) = (String::new(), String::new());
        for s in sample_strings(PARTS, 0x2545_f491_4f6c_dd1d, 20_000) {
            fold_into(&s, &mut fast);
            slow.clear();
            fold_ascii_general(&s, &mut slow);
            assert_eq!(fast, slow, "{s:?}");
        }
    }

    #[test]
    fn strips_arabic_articles_only_before_a_real_name() {
        assert_eq!(strip_article("al hol"), Some("hol"));
        assert_eq!(strip_article("ash shaddadi"), Some("shaddadi"));
        assert_eq!(strip_article("al x"), None);
        assert_eq!(strip_article("alabama"), None);
    }

    #[test]
    fn skeleton_merges_transliteration_variants() {
        let sk = |s: &str| skeleton(&fold(s));
        assert_eq!(sk("Maarat al-Numan"), sk("Ma'arrat an Nu'man"));
        assert_eq!(sk("Bulobarde"), sk("Buulobarde"));
        assert_eq!(sk("N'Guigmi"), sk("Nguigmi"));
        assert_eq!(sk("Raqqah"), sk("Raqqa"));
        assert_eq!(sk("Ouagadougou"), sk("Uagadugu"));
        assert_ne!(sk("Homs"), sk("Hama"));
        // A lone article-like word is a name, not an article.
        assert_eq!(sk("As"), "as");
    }

    #[test]
    fn ascii_skeleton_agrees_with_the_general_path() {
        // Strings over letters the rules treat specially, articles and
        // spaces, from a fixed-seed generator.
        const PARTS: &[&str] = &[
            "a", "o", "u", "h", "e", "b", "oo", "ou", "al", "an", "es", "ash", " ", "  ", "x",
        ];
        let (mut fast, mut general) = (String::new(), String::new());
        for s in sample_strings(PARTS, 0x9e37_79b9_7f4a_7c15, 20_000) {
            skeleton_into(&s, &mut fast);
            skeleton_general(&s, &mut general);
            assert_eq!(fast, general, "{s:?}");
        }
    }
}
