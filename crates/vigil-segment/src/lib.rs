//! vigil-segment: splits news text into sentences with byte spans.
//!
//! One pass over the bytes: only `.`, `!`, `?`, `…` and line breaks are
//! looked at closely, so segmentation runs at several hundred MB/s.
//!
//! Rules, tuned for English news copy:
//!
//! * A sentence ends after `.`, `!`, `?`, `…` (or a run of them, "?!",
//!   "..."), plus any closing quotes or brackets, when whitespace follows and
//!   the next word does not start with a lowercase letter (`"Stop!" he
//!   said.` stays one sentence). Punctuation not followed by whitespace never
//!   ends a sentence ("3.5", "U.S.-led", "reuters.com").
//! * Titles and other abbreviations that precede a name never end a sentence
//!   ("Gen. Smith", "Mr. Ali", "e.g. Mosul", "J. Smith"); "No." and month
//!   abbreviations do not before a number ("No. 5", "Sept. 11").
//! * Dotted acronyms that can close a sentence ("U.S.", "U.N.", "a.m.",
//!   "p.m.") end one only when the next word is a usual sentence opener
//!   ("... the U.S. The move ..."), so "the U.S. State Department" and
//!   "at 10 p.m. Tuesday" stay whole.
//! * A blank line ends a sentence; so does a line break before a bullet
//!   ("- ", "* ", "• ", "1. ", "2) "). In text that is not hard-wrapped
//!   (some line is longer than 200 bytes) every line is a paragraph, so every
//!   line break ends a sentence.
//! * The headline — the first non-empty line, when it has no final
//!   punctuation and the next line does not continue it in lowercase — is a
//!   sentence of its own.

use vigil_core::Sentence;

/// Sentences of `text` as byte spans [start, end) (trimmed of surrounding
/// whitespace), in order, non-overlapping, on char boundaries. A line break
/// followed by a blank line, or a headline line (first non-empty line
/// without final punctuation), ends a sentence.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 100 + 1);
    let mut start = 0;
    let mut line_start = 0;
    let mut headline_done = false;
    let lines_are_paragraphs = longest_line(b) > PARAGRAPH_LINE;
    let mut stops = Stops::new(b);
    let mut i = 0;
    while i < b.len() {
        i = stops.next(i);
        let Some(&c) = b.get(i) else { break };
        match c {
            b'\n' => {
                let next_line = skip_blank(b, i + 1);
                if !headline_done {
                    if let Some(line) = text.get(line_start..i).map(str::trim) {
                        if !line.is_empty() {
                            headline_done = true;
                            let ends_open = !line.ends_with(|ch: char| TERMINAL_END.contains(&ch));
                            let continues = text
                                .get(next_line..)
                                .and_then(|r| r.trim_start().chars().next())
                                .is_some_and(char::is_lowercase);
                            if ends_open && !continues {
                                push(text, &mut out, start, i);
                                start = i + 1;
                            }
                        }
                    }
                }
                if lines_are_paragraphs {
                    push(text, &mut out, start, i);
                    start = i + 1;
                }
                if next_line < b.len() && b[next_line] == b'\n' {
                    // Blank line: paragraph break.
                    push(text, &mut out, start, i);
                    start = next_line;
                    line_start = next_line;
                    i = next_line;
                    continue;
                }
                if is_bullet(b, next_line) {
                    push(text, &mut out, start, i);
                    start = next_line;
                }
                line_start = i + 1;
                i += 1;
            }
            b'.' | b'!' | b'?' | 0xE2 => {
                let Some(mut k) = terminator_run(b, i) else {
                    i += 1;
                    continue;
                };
                let single_dot = c == b'.' && k == i + 1;
                k = skip_closers(b, k);
                if k >= b.len() || !b[k].is_ascii_whitespace() {
                    i = k.max(i + 1);
                    continue;
                }
                let next = next_word_start(b, k);
                let holds = single_dot
                    && (abbreviation_holds(text, i, next) || is_list_number(text, start, i));
                if starts_sentence(text, next) && !holds {
                    push(text, &mut out, start, k);
                    start = k;
                }
                i = k;
            }
            _ => i += 1,
        }
    }
    push(text, &mut out, start, b.len());
    out
}

/// A text with a line longer than this is not hard-wrapped: each line is a
/// paragraph, so every line break ends a sentence. Hard-wrapped copy stays
/// under about 80 columns, while a paragraph of two sentences exceeds 200.
const PARAGRAPH_LINE: usize = 200;

fn longest_line(b: &[u8]) -> usize {
    let mut longest = 0;
    let mut from = 0;
    for nl in memchr::memchr_iter(b'\n', b) {
        longest = longest.max(nl - from);
        from = nl + 1;
    }
    longest.max(b.len() - from)
}

/// The next byte the main loop stops at (see [`INTERESTING`]), found by
/// memchr: most of a text is none of them, and a vector search skips it
/// many bytes at a time. Line breaks, periods and the lead byte of "…" are
/// searched together; "!" and "?" are rare enough that one search usually
/// runs to the end of the text and is then reused.
struct Stops<'a> {
    b: &'a [u8],
    /// Next `\n`, `.` or 0xE2 at or after the last position asked for.
    common: usize,
    /// Next `!` or `?` likewise.
    rare: usize,
}

impl<'a> Stops<'a> {
    fn new(b: &'a [u8]) -> Self {
        Stops {
            b,
            common: Self::common_from(b, 0),
            rare: Self::rare_from(b, 0),
        }
    }

    fn common_from(b: &[u8], from: usize) -> usize {
        b.get(from..)
            .and_then(|r| memchr::memchr3(b'\n', b'.', 0xE2, r))
            .map_or(b.len(), |k| from + k)
    }

    fn rare_from(b: &[u8], from: usize) -> usize {
        b.get(from..)
            .and_then(|r| memchr::memchr2(b'!', b'?', r))
            .map_or(b.len(), |k| from + k)
    }

    /// The first position at or after `from` holding an interesting byte,
    /// or the text's length.
    fn next(&mut self, from: usize) -> usize {
        if self.common < from {
            self.common = Self::common_from(self.b, from);
        }
        if self.rare < from {
            self.rare = Self::rare_from(self.b, from);
        }
        self.common.min(self.rare)
    }
}

/// Bytes the main loop stops at.
#[cfg(test)]
static INTERESTING: [bool; 256] = {
    let mut t = [false; 256];
    t[b'\n' as usize] = true;
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    // Lead byte of "…" (and of other three-byte punctuation, filtered later).
    t[0xE2] = true;
    t
};

/// Characters a finished line (headline test) may end with.
const TERMINAL_END: &[char] = &[
    '.', '!', '?', '…', ':', ';', ',', '"', '\'', '”', '’', ')', ']', '»',
];

const ELLIPSIS: &[u8] = "…".as_bytes();

/// If a terminator starts at `i`, the index after the whole run of
/// terminators ("?!", "...", "…").
fn terminator_run(b: &[u8], i: usize) -> Option<usize> {
    let mut k = i;
    loop {
        match b.get(k) {
            Some(b'.' | b'!' | b'?') => k += 1,
            Some(0xE2) if b[k..].starts_with(ELLIPSIS) => k += ELLIPSIS.len(),
            _ => break,
        }
    }
    (k > i).then_some(k)
}

/// Skips closing quotes and brackets after a terminator.
fn skip_closers(b: &[u8], mut k: usize) -> usize {
    const MULTI: [&[u8]; 3] = ["”".as_bytes(), "’".as_bytes(), "»".as_bytes()];
    loop {
        match b.get(k) {
            Some(b'"' | b'\'' | b')' | b']' | b'}') => k += 1,
            Some(_) => match MULTI.iter().find(|m| b[k..].starts_with(m)) {
                Some(m) => k += m.len(),
                None => return k,
            },
            None => return k,
        }
    }
}

/// Index of the first byte after whitespace and opening quotes/brackets.
fn next_word_start(b: &[u8], mut k: usize) -> usize {
    const MULTI: [&[u8]; 3] = ["“".as_bytes(), "‘".as_bytes(), "«".as_bytes()];
    loop {
        match b.get(k) {
            Some(c) if c.is_ascii_whitespace() => k += 1,
            Some(b'"' | b'\'' | b'(' | b'[') => k += 1,
            Some(_) => match MULTI.iter().find(|m| b[k..].starts_with(m)) {
                Some(m) => k += m.len(),
                None => return k,
            },
            None => return k,
        }
    }
}

/// Whether the text at `k` can open a sentence: anything but a lowercase
/// letter or clause punctuation.
fn starts_sentence(text: &str, k: usize) -> bool {
    match text.get(k..).and_then(|r| r.chars().next()) {
        None => false,
        Some(c) => !(c.is_lowercase() || matches!(c, ',' | ';' | ':')),
    }
}

/// The letters-and-dots word ending right before the period at `dot`
/// ("U.S", "Mr", "e.g", "J").
fn word_before(text: &str, dot: usize) -> &[u8] {
    let b = text.as_bytes();
    let mut s = dot;
    while s > 0 && (b[s - 1].is_ascii_alphabetic() || b[s - 1] == b'.') {
        s -= 1;
    }
    // A non-ASCII letter right before ("Müller.") means this is not an ASCII
    // abbreviation; a curly quote ("“Dr.") does not.
    let letter_before = text
        .get(..s)
        .and_then(|head| head.chars().next_back())
        .is_some_and(|c| !c.is_ascii() && c.is_alphabetic());
    if letter_before {
        return &[];
    }
    &b[s..dot]
}

/// Whether the period at `dot` belongs to an abbreviation that keeps the
/// sentence going, given the next word at `next`.
fn abbreviation_holds(text: &str, dot: usize, next: usize) -> bool {
    let b = text.as_bytes();
    let w = word_before(text, dot);
    if w.is_empty() {
        return false;
    }
    let next_is_digit = b.get(next).is_some_and(u8::is_ascii_digit);
    if w.contains(&b'.') {
        let lower = w.iter().all(|c| !c.is_ascii_uppercase());
        if lower {
            // "e.g.", "i.e." never end a sentence. "a.m."/"p.m." end one
            // only before a usual opener: "at 10 p.m. Tuesday" goes on.
            if w == b"a.m" || w == b"p.m" {
                return !next_is_opener(b, next);
            }
            return w.eq_ignore_ascii_case(b"e.g") || w.eq_ignore_ascii_case(b"i.e");
        }
        // "U.S", "U.N", "Lt.Col": a sentence ends only before a usual opener.
        return !next_is_opener(b, next);
    }
    if w.len() == 1 {
        // An initial ("J. Smith").
        return w[0].is_ascii_uppercase();
    }
    if TITLES.iter().any(|t| t.as_bytes() == w) {
        return true;
    }
    if BEFORE_NUMBER.iter().any(|t| t.as_bytes() == w) {
        return next_is_digit;
    }
    if ACRONYMS.iter().any(|t| t.as_bytes() == w) {
        return !next_is_opener(b, next);
    }
    false
}

/// Abbreviations that precede a name and so never end a sentence.
const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Messrs", "Mme", "Dr", "Gen", "Gens", "Lt", "Col", "Sgt", "Capt", "Maj",
    "Cpl", "Pvt", "Adm", "Brig", "Cmdr", "Cdr", "Gov", "Sen", "Rep", "Rev", "Prof", "Pres", "Hon",
    "Insp", "Supt", "Det", "Mt", "Ft", "St", "Ste", "vs", "Vs", "approx", "Spc", "Pfc", "Fr",
    "Msgr",
];

/// Abbreviations that do not end a sentence when a number follows.
const BEFORE_NUMBER: &[&str] = &[
    "No", "Nos", "no", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec", "Vol", "Fig", "Art", "art", "p", "pp",
];

/// Undotted acronym-style abbreviations treated like "U.S.".
const ACRONYMS: &[&str] = &["US", "UK", "UN", "EU"];

/// Whether the word at `k` is a common first word of a sentence: the test
/// used after "U.S." and friends.
fn next_is_opener(b: &[u8], k: usize) -> bool {
    const OPENERS: &[&str] = &[
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "In",
        "On",
        "At",
        "But",
        "And",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "His",
        "Her",
        "Its",
        "Their",
        "However",
        "Meanwhile",
        "According",
        "After",
        "Before",
        "When",
        "While",
        "Some",
        "Many",
        "Most",
        "Officials",
        "Earlier",
        "Later",
        "Last",
        "Since",
        "If",
        "As",
        "Also",
        "Yet",
        "So",
        "Still",
        "No",
        "Such",
        "Both",
        "Other",
        "Another",
        "Our",
        "What",
        "Who",
        "Why",
        "How",
        "Where",
        "Police",
        "Witnesses",
        "For",
        "Under",
        "Despite",
        "Although",
        "Then",
        "Now",
        "Security",
    ];
    let mut e = k;
    while e < b.len() && b[e].is_ascii_alphabetic() {
        e += 1;
    }
    let word = &b[k..e];
    // Digits and quotes open sentences too ("... the U.S. 43 people ...") is
    // rarer than a new sentence starting with a number; treat them as openers.
    if word.is_empty() {
        return b.get(k).is_some_and(u8::is_ascii_digit);
    }
    OPENERS.iter().any(|o| o.as_bytes() == word)
}

/// Whether the sentence so far (`start..dot`) is just a list number, as in
/// "1. First item".
fn is_list_number(text: &str, start: usize, dot: usize) -> bool {
    text.get(start..dot)
        .map(str::trim)
        .is_some_and(|n| (1..=2).contains(&n.len()) && n.bytes().all(|c| c.is_ascii_digit()))
}

/// Index after spaces, tabs and carriage returns from `k` (not newlines).
fn skip_blank(b: &[u8], mut k: usize) -> usize {
    while k < b.len() && matches!(b[k], b' ' | b'\t' | b'\r' | b'\x0b' | b'\x0c') {
        k += 1;
    }
    k
}

/// Whether a bullet or list number starts at `k` (already past indentation).
fn is_bullet(b: &[u8], k: usize) -> bool {
    const MARKS: [&[u8]; 7] = [
        b"- ",
        b"* ",
        "• ".as_bytes(),
        "– ".as_bytes(),
        "— ".as_bytes(),
        "· ".as_bytes(),
        "▪ ".as_bytes(),
    ];
    let Some(rest) = b.get(k..) else {
        return false;
    };
    if MARKS.iter().any(|m| rest.starts_with(m)) {
        return true;
    }
    // "1. " / "12) "
    let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&digits)
        && matches!(rest.get(digits), Some(b'.' | b')'))
        && rest.get(digits + 1) == Some(&b' ')
}

/// Pushes `text[s..e]` trimmed, if non-empty. `s` and `e` are always char
/// boundaries here; `get` keeps a logic slip from panicking regardless.
fn push(text: &str, out: &mut Vec<Sentence>, s: usize, e: usize) {
    let Some(slice) = text.get(s..e) else {
        return;
    };
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    // Stray punctuation ("." after a spaced stop, a lone "(") is no sentence.
    if !trimmed.chars().any(char::is_alphanumeric) {
        return;
    }
    let mut start = s + lead;
    let end = start + trimmed.len();
    // Unpunctuated runs (tables, scraped lists, garbage) would otherwise make
    // one huge "sentence", and per-sentence work downstream is not linear in
    // its length. Cut them at the last space before the cap.
    while end - start > MAX_SENTENCE {
        let window = &text[start..floor_char_boundary(text, start + MAX_SENTENCE + 1)];
        let cut = window
            .rfind(char::is_whitespace)
            .filter(|&c| c > 0)
            .unwrap_or_else(|| floor_char_boundary(text, start + MAX_SENTENCE) - start);
        let piece = text[start..start + cut].trim_end();
        if !piece.is_empty() {
            out.push(Sentence {
                start,
                end: start + piece.len(),
            });
        }
        let rest = &text[start + cut..end];
        start = end - rest.trim_start().len();
    }
    if start < end {
        out.push(Sentence { start, end });
    }
}

/// Longest sentence (in bytes) handed downstream; real news sentences are far
/// shorter (a 60-word sentence is ~400 bytes).
pub const MAX_SENTENCE: usize = 2_000;

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn overlong_runs_are_cut_at_spaces_below_the_cap() {
        let text = "word ".repeat(2_000) + "end.";
        let parts = sentences(&text);
        assert!(parts.len() >= 5, "{}", parts.len());
        for p in &parts {
            assert!(p.end - p.start <= MAX_SENTENCE);
            let t = p.text(&text);
            assert!(!t.starts_with(' ') && !t.ends_with(' '), "{t:?}");
        }
        // Nothing is lost: the pieces cover every word.
        let words: usize = parts
            .iter()
            .map(|p| p.text(&text).split_whitespace().count())
            .sum();
        assert_eq!(words, 2_001);
    }

    #[test]
    fn overlong_runs_without_spaces_are_cut_on_char_boundaries() {
        let text = "é".repeat(3_000);
        let parts = sentences(&text);
        assert!(parts.len() >= 3);
        for p in &parts {
            assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
            assert!(p.end - p.start <= MAX_SENTENCE);
        }
        assert_eq!(
            parts.iter().map(|p| p.end - p.start).sum::<usize>(),
            text.len()
        );
    }

    #[test]
    fn stops_are_the_interesting_bytes() {
        let text = "A. b\n c! d? e… f—g \u{2019}h.. i\n\nj!?k";
        let b = text.as_bytes();
        let mut stops = Stops::new(b);
        // Positions asked for only grow, as in the main loop, some skipped.
        for from in (0..=b.len() + 1).filter(|k| k % 3 != 1) {
            let want = (from..b.len())
                .find(|&k| INTERESTING[usize::from(b[k])])
                .unwrap_or(b.len());
            assert_eq!(stops.next(from), want, "from {from}");
        }
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(
            split("Gunmen attacked a village. Ten people died! Who did it?"),
            vec![
                "Gunmen attacked a village.",
                "Ten people died!",
                "Who did it?"
            ]
        );
    }

    #[test]
    fn abbreviations_do_not_split() {
        let t = "U.S. forces and U.N. monitors met Mr. Ali and Dr. Khan. Gen. Smith, Lt. Col. Jones and Sgt. Brown agreed.";
        assert_eq!(
            split(t),
            vec![
                "U.S. forces and U.N. monitors met Mr. Ali and Dr. Khan.",
                "Gen. Smith, Lt. Col. Jones and Sgt. Brown agreed."
            ]
        );
        assert_eq!(split("It began Jan. 5 and on Sept. 11 it ended.").len(), 1);
        assert_eq!(split("Talks at St. Peter's with No. 10 staff.").len(), 1);
        assert_eq!(split("Towns, e.g. Mosul, i.e. Iraq.").len(), 1);
        assert_eq!(split("Acme Inc. said so.").len(), 1);
        assert_eq!(split("He said: “Dr. Falola agreed.”").len(), 1);
        // A non-ASCII word before the stop is a word, not an abbreviation.
        assert_eq!(split("Talks in Düsseldorf. Then Bonn.").len(), 2);
        assert_eq!(split("The U.S. State Department said.").len(), 1);
    }

    #[test]
    fn acronym_at_sentence_end_splits_before_opener() {
        assert_eq!(
            split("Sanctions were imposed by the U.S. The move angered Iran."),
            vec![
                "Sanctions were imposed by the U.S.",
                "The move angered Iran."
            ]
        );
    }

    #[test]
    fn times_split_only_before_capitals() {
        assert_eq!(split("It began at 10 a.m. local time.").len(), 1);
        assert_eq!(split("It began at 10 p.m. Tuesday, police said.").len(), 1);
        assert_eq!(
            split("It began at 10 a.m. Police said so."),
            vec!["It began at 10 a.m.", "Police said so."]
        );
    }

    #[test]
    fn initials_and_decimals() {
        assert_eq!(split("J. Smith said 3.5 million fled.").len(), 1);
        assert_eq!(split("The quake was 3.5. Then another hit.").len(), 2);
    }

    #[test]
    fn quotes_and_brackets() {
        assert_eq!(
            split("\"We will fight,\" he said. \"Never!\" she replied."),
            vec!["\"We will fight,\" he said.", "\"Never!\" she replied."]
        );
        assert_eq!(
            split("He said: \"It is over.\" Others disagreed."),
            vec!["He said: \"It is over.\"", "Others disagreed."]
        );
        assert_eq!(
            split("The toll rose (officials confirmed.) Aid arrived."),
            vec!["The toll rose (officials confirmed.)", "Aid arrived."]
        );
        assert_eq!(
            split("“Stop!” he shouted. “Now.” It ended."),
            vec!["“Stop!” he shouted.", "“Now.”", "It ended."]
        );
    }

    #[test]
    fn ellipses() {
        assert_eq!(
            split("He waited... Then it came. Silence… Nothing."),
            vec!["He waited...", "Then it came.", "Silence…", "Nothing."]
        );
        assert_eq!(split("He waited ... and waited.").len(), 1);
    }

    #[test]
    fn headline_and_paragraphs() {
        let t = "Gunmen kill 43 in Mali\nBAMAKO (Reuters) - Gunmen killed 43\npeople on Tuesday.\n\nA second paragraph without a stop\n\nThird.";
        assert_eq!(
            split(t),
            vec![
                "Gunmen kill 43 in Mali",
                "BAMAKO (Reuters) - Gunmen killed 43\npeople on Tuesday.",
                "A second paragraph without a stop",
                "Third."
            ]
        );
        // A wrapped first line that continues in lowercase is not a headline.
        assert_eq!(split("Gunmen killed\nten people.").len(), 1);
        // Windows line endings.
        assert_eq!(split("Headline\r\n\r\nBody one. Body two.\r\n").len(), 3);
    }

    #[test]
    fn unwrapped_lines_are_paragraphs() {
        let long = "Gunmen attacked the market in the town early on Sunday, killing at least a dozen traders and wounding many others who had come from villages nearby to sell cattle and grain at the weekly fair, local officials and several witnesses said";
        let t = format!(
            "{long}\nPHOTO: the market after the attack\nAid agencies said access was blocked."
        );
        assert_eq!(
            split(&t),
            vec![
                long,
                "PHOTO: the market after the attack",
                "Aid agencies said access was blocked."
            ]
        );
        // Hard-wrapped copy keeps sentences across line breaks.
        assert_eq!(
            split("Gunmen attacked the market\nin the town on Sunday.").len(),
            1
        );
    }

    #[test]
    fn bullets() {
        let t =
            "Key points:\n- Ten killed in Aleppo\n- Five wounded\n1. First item\n2) Second item";
        assert_eq!(
            split(t),
            vec![
                "Key points:",
                "- Ten killed in Aleppo",
                "- Five wounded",
                "1. First item",
                "2) Second item"
            ]
        );
    }

    #[test]
    fn spans_are_trimmed_ordered_and_on_boundaries() {
        let t = "  Ünïcode héadline\n\n  Ça va. Ελληνικά!  Добро? 中文。 ";
        let s = sentences(t);
        assert!(!s.is_empty());
        let mut prev_end = 0;
        for x in &s {
            assert!(x.start >= prev_end && x.start < x.end && x.end <= t.len());
            assert!(t.is_char_boundary(x.start) && t.is_char_boundary(x.end));
            let txt = x.text(t);
            assert_eq!(txt, txt.trim());
            prev_end = x.end;
        }
        assert_eq!(split(t)[0], "Ünïcode héadline");
    }

    #[test]
    fn empty_and_whitespace() {
        assert!(sentences("").is_empty());
        assert!(sentences(" \n\n\t ").is_empty());
        assert_eq!(
            split("no punctuation at all"),
            vec!["no punctuation at all"]
        );
        // Stray punctuation is dropped, not returned as a sentence.
        assert_eq!(
            split("A GPA of 4.1 . . Next one."),
            vec!["A GPA of 4.1 .", "Next one."]
        );
        assert!(sentences("…\n\n(").is_empty());
    }
}
