//! Byte-level helpers shared by the rule modules. Everything works on byte
//! offsets of one sentence and only ever cuts at ASCII bytes or at the
//! boundaries `char_indices` reports, so slicing can never split a character.

/// FNV-1a: the word sets below are hashed once per token of every sentence,
/// where SipHash's DoS resistance buys nothing (the keys are fixed words).
#[derive(Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
    // Slices hash their length first; one multiply instead of eight rounds.
    fn write_usize(&mut self, n: usize) {
        self.0 = (self.0 ^ n as u64).wrapping_mul(0x0100_0000_01b3);
    }
}

/// A fixed set of lower-case words with a cheap hash. Keys are bytes so that
/// a lowercased copy of a token in a stack buffer can be looked up as is.
/// Most tokens looked up are not in the set; a 4096-bit filter on (length,
/// first, second and last byte) turns nearly all of them away before they
/// are copied and hashed (the sets hold at most a few hundred words, so few
/// bits are set).
pub(crate) struct WordSet {
    words: std::collections::HashSet<&'static [u8], std::hash::BuildHasherDefault<Fnv>>,
    /// Held inline: every lookup reads it, and a box cost a pointer load.
    filter: [u64; FILTER_WORDS],
}

const FILTER_WORDS: usize = 64;

impl Default for WordSet {
    fn default() -> Self {
        WordSet {
            words: Default::default(),
            filter: [0; FILTER_WORDS],
        }
    }
}

/// Bit of [`WordSet::filter`] for a word, the same for every ASCII casing
/// of it: a hash of its length and of its first, second and last bytes with
/// bit 0x20 set (0 for a missing second byte). Setting 0x20 lower-cases an
/// ASCII capital and leaves every byte alike in a word and in its
/// lower-cased form, in one instruction instead of a range test.
#[inline]
fn filter_bit(w: &[u8]) -> usize {
    let (first, second, last) = match *w {
        [] => (0, 0, 0),
        [a] => (a | 0x20, 0, a | 0x20),
        [a, b] => (a | 0x20, b | 0x20, b | 0x20),
        [a, b, .., z] => (a | 0x20, b | 0x20, z | 0x20),
    };
    let key = u32::from(first)
        | u32::from(second) << 8
        | u32::from(last) << 16
        | (w.len().min(255) as u32) << 24;
    (key.wrapping_mul(0x9e37_79b1) >> 20) as usize
}

impl WordSet {
    /// Whether the (already lower-cased) bytes are one of the words.
    #[inline]
    pub fn contains(&self, lower: &[u8]) -> bool {
        self.filter_passes(filter_bit(lower)) && self.words.contains(lower)
    }

    /// False when `raw`, lower-cased, cannot be one of the words: the filter
    /// needs only its length and three of its bytes, so most tokens are
    /// turned away before being copied and hashed.
    #[inline]
    pub fn may_contain(&self, raw: &[u8]) -> bool {
        self.filter_passes(filter_bit(raw))
    }

    #[inline]
    fn filter_passes(&self, bit: usize) -> bool {
        // The mask keeps the index in range whatever the bit (it is below
        // 4096 anyway): no bounds check on the hot path.
        self.filter[(bit >> 6) & (FILTER_WORDS - 1)] & (1u64 << (bit & 63)) != 0
    }
}

impl FromIterator<&'static str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(iter: I) -> Self {
        let mut set = WordSet::default();
        set.extend(iter);
        set
    }
}

impl Extend<&'static str> for WordSet {
    fn extend<I: IntoIterator<Item = &'static str>>(&mut self, iter: I) {
        for w in iter {
            let bit = filter_bit(w.as_bytes());
            if let Some(slot) = self.filter.get_mut(bit >> 6) {
                *slot |= 1u64 << (bit & 63);
            }
            self.words.insert(w.as_bytes());
        }
    }
}

/// A word of a sentence: `[start, end)` byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
}

impl Tok {
    pub fn text<'a>(&self, s: &'a str) -> &'a str {
        s.get(self.start..self.end).unwrap_or("")
    }

    /// `self.text(s).eq_ignore_ascii_case(word)`, by bytes: a match is a
    /// whole run of characters of `s`, so no char-boundary check is needed,
    /// and most tokens differ in length.
    #[inline]
    pub fn is(&self, s: &str, word: &str) -> bool {
        self.end.checked_sub(self.start) == Some(word.len())
            && s.as_bytes()
                .get(self.start..self.end)
                .is_some_and(|b| b.eq_ignore_ascii_case(word.as_bytes()))
    }
}

/// True when `[start, end)` in `s` is delimited by non-word characters on
/// both sides. Offsets off a char boundary are never word bounds.
#[inline]
pub(crate) fn at_word_bounds(s: &str, start: usize, end: usize) -> bool {
    let (Some(before), Some(after)) = (s.get(..start), s.get(end..)) else {
        return false;
    };
    let left = before
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    let right = after.chars().next().is_none_or(|c| !c.is_alphanumeric());
    left && right
}

/// Words: runs of word bytes, with inner apostrophes and hyphens kept
/// ("group's", "one-third") because they belong to one token for our cues.
pub(crate) fn words(s: &str) -> std::rc::Rc<[Tok]> {
    // The rule modules each split the same sentence again (attribution,
    // clauses, modality, assembly); remembering the last sentence per thread
    // turns the repeats into a compare and a reference count, shared rather
    // than copied. Short strings are cheaper to split than to remember.
    thread_local! {
        static LAST: std::cell::RefCell<(String, std::rc::Rc<[Tok]>)> =
            std::cell::RefCell::new((String::new(), std::rc::Rc::from(Vec::new())));
    }
    if s.len() < 48 {
        return split_words(s).into();
    }
    LAST.with(|cell| {
        let Ok(mut last) = cell.try_borrow_mut() else {
            return split_words(s).into();
        };
        if last.0 == s {
            return std::rc::Rc::clone(&last.1);
        }
        let toks: std::rc::Rc<[Tok]> = split_words(s).into();
        last.0.clear();
        last.0.push_str(s);
        last.1 = std::rc::Rc::clone(&toks);
        toks
    })
}

/// Words for aircraft, manned or not: what drops bombs, is shot down or is
/// operated by someone ("a drone operated by the army").
/// Whether `w` ranks an incident among others: a superlative ("deadliest",
/// "worst") or an ordinal ("third", "latest").
/// Whether `s` ends with `p`, ASCII case ignored.
pub(crate) fn ends_with_ci(s: &str, p: &str) -> bool {
    s.len() >= p.len()
        && s.get(s.len() - p.len()..)
            .is_some_and(|t| t.eq_ignore_ascii_case(p))
}

/// `s` after its prefix `p`, ASCII case ignored.
pub(crate) fn strip_prefix_ci<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    s.get(..p.len())
        .filter(|t| t.eq_ignore_ascii_case(p))
        .and_then(|_| s.get(p.len()..))
}

/// `s` before its suffix `p`, ASCII case ignored.
pub(crate) fn strip_suffix_ci<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    let k = s.len().checked_sub(p.len())?;
    s.get(k..)
        .filter(|t| t.eq_ignore_ascii_case(p))
        .and_then(|_| s.get(..k))
}

pub(crate) fn ranks(w: &str) -> bool {
    w.ends_with("est")
        || eq_any(
            w,
            &[
                "first", "second", "third", "fourth", "fifth", "sixth", "latest", "most",
            ],
        )
}

pub(crate) const AIRCRAFT: &[&str] = &[
    "drone",
    "drones",
    "aircraft",
    "jet",
    "jets",
    "plane",
    "planes",
    "warplane",
    "warplanes",
    "helicopter",
    "helicopters",
    "gunship",
    "gunships",
    "uav",
    "uavs",
    "bomber",
    "bombers",
];

/// How many [`words`] `s` has, without touching the per-thread memory of
/// the last sentence split.
pub(crate) fn word_count(s: &str) -> usize {
    split_words(s).len()
}

fn split_words(s: &str) -> Vec<Tok> {
    // Walk bytes: ASCII bytes are classified by a table and compared, and
    // only non-ASCII characters are decoded.
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(s.len() / 5 + 1);
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        // Outside a word: ASCII bytes other than letters and digits never
        // start one (a joiner only counts inside a word).
        let start = i;
        if x.is_ascii() {
            i += 1;
            if !ASCII_ALNUM[usize::from(x)] {
                continue;
            }
        } else {
            let Some((c, len)) = char_at(s, i) else { break };
            i += len;
            if !c.is_alphanumeric() {
                continue;
            }
        }
        // Inside a word: letters and digits, and joiners followed by one.
        loop {
            while b.get(i).is_some_and(|&x| ASCII_ALNUM[usize::from(x)]) {
                i += 1;
            }
            let Some(&x) = b.get(i) else { break };
            let len = if x.is_ascii() {
                // An ASCII byte here is no letter or digit: only an
                // apostrophe or a hyphen before one continues the word.
                if x != b'\'' && x != b'-' {
                    break;
                }
                1
            } else {
                let Some((c, len)) = char_at(s, i) else { break };
                if c.is_alphanumeric() {
                    i += len;
                    continue;
                }
                if c != '\u{2019}' {
                    break;
                }
                len
            };
            if !char_at(s, i + len).is_some_and(|(n, _)| n.is_alphanumeric()) {
                break;
            }
            i += len;
        }
        out.push(Tok { start, end: i });
        // The byte at `i` (if any) ends the word and starts no other: the
        // outer loop skips or decodes it.
    }
    out
}

/// `u8::is_ascii_alphanumeric` as a table: the word loops test every byte
/// of every sentence, and one load beats the range comparisons.
pub(crate) const ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The character starting at byte `i` of `s` and its UTF-8 length; `None` at
/// the end or off a char boundary. ASCII needs no decoding.
#[inline]
pub(crate) fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let &b = s.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((b as char, 1));
    }
    let c = s.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// Index of the first token starting at or after `pos`.
pub(crate) fn tok_at_or_after(toks: &[Tok], pos: usize) -> usize {
    toks.partition_point(|t| t.start < pos)
}

/// Index one past the last token ending at or before `pos`.
pub(crate) fn toks_before(toks: &[Tok], pos: usize) -> usize {
    toks.partition_point(|t| t.end <= pos)
}

/// A case-insensitive, leftmost-longest matcher over a constant phrase
/// list. The patterns are compile-time constants, so a build failure is a
/// programming error every test catches, never a data-dependent one.
#[cfg(test)]
pub(crate) fn phrase_matcher<I, P>(patterns: I, failure: &str) -> aho_corasick::AhoCorasick
where
    I: IntoIterator<Item = P>,
    P: AsRef<[u8]>,
{
    #[allow(clippy::expect_used)]
    aho_corasick::AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(patterns)
        .expect(failure)
}

/// Nouns that name what the accused deny ("..., charges the government
/// denies", "an allegation they deny"): a denial after one answers the
/// sentence's accusation instead of undoing or attributing it.
pub(crate) const ACCUSATION_NOUNS: &[&str] = &[
    "charge",
    "charges",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "claims",
];

/// A fixed set of byte strings searched for anywhere in a text, its
/// searchers built once on first use (building one per call cost more than
/// the search): "does this sentence hold any of these words at all", asked
/// before a rule reads it closely.
pub(crate) struct Needles {
    words: &'static [&'static str],
    finders: std::sync::OnceLock<Vec<memchr::memmem::Finder<'static>>>,
}

impl Needles {
    pub(crate) const fn new(words: &'static [&'static str]) -> Self {
        Needles {
            words,
            finders: std::sync::OnceLock::new(),
        }
    }

    /// Whether `hay` contains any of the words (case as written).
    pub(crate) fn any_in(&self, hay: &str) -> bool {
        self.finders
            .get_or_init(|| self.words.iter().map(memchr::memmem::Finder::new).collect())
            .iter()
            .any(|f| f.find(hay.as_bytes()).is_some())
    }
}

/// What a statement reported before is called when a later sentence goes on
/// with it ("In the same statement", "In the same claim", "In its message").
const STATEMENT_KINDS: &[&str] = &[
    "statement",
    "message",
    "audio message",
    "video message",
    "video",
    "audio",
    "recording",
    "broadcast",
    "interview",
    "speech",
    "address",
    "briefing",
    "post",
    "claim",
    "communique",
    "note",
    "letter",
    "leaflet",
    "bulletin",
    "email",
    "text",
    "article",
    "sermon",
];

/// "In the same statement, the group warned ...", "In the same claim ...",
/// "In its statement, the OLA said ...", "In that statement, ...": an opening
/// that carries on a statement reported before. Returns what follows it
/// (past a comma), or `None`.
pub(crate) fn same_statement_rest(s: &str) -> Option<&str> {
    let rest = ["In the same ", "In that ", "In its ", "In their "]
        .iter()
        .find_map(|p| s.strip_prefix(p))?;
    STATEMENT_KINDS.iter().find_map(|k| {
        let after = rest.strip_prefix(k)?;
        match after.as_bytes().first() {
            None => Some(after),
            Some(b',' | b' ') => Some(after.trim_start_matches([',', ' '])),
            _ => None,
        }
    })
}

/// What follows a lead phrase that only sets the scene of a speech
/// ("Speaking in Ankara, he vowed ...", "Later, she said ..."), so the
/// pronoun after it can be read as the sentence's opening.
pub(crate) fn speech_lead_rest(s: &str) -> Option<&str> {
    let rest = ["Speaking ", "Addressing ", "Later, ", "Separately, "]
        .iter()
        .find_map(|p| s.strip_prefix(p).map(|r| (p.ends_with(", "), r)))?;
    match rest {
        (true, r) => Some(r),
        (false, r) => {
            let head = r.get(..floor_boundary(r, r.len().min(100)))?;
            head.find(", ").map(|k| &r[k + 2..])
        }
    }
}

/// Words that tell what moved a crowd ("residents angry at ...", "hundreds
/// of people angered by ..."): a grievance, not a side or a tally.
pub(crate) const AGGRIEVED: &[&str] = &["angry", "angered", "furious", "outraged", "incensed"];

/// Case-insensitive (ASCII) membership of `w` in `list`. Called per token
/// against many lists, so the length and first byte are checked inline before
/// the full comparison: most candidates fail there.
#[inline]
pub(crate) fn eq_any(w: &str, list: &[&str]) -> bool {
    let wb = w.as_bytes();
    let Some(&first) = wb.first() else {
        return list.iter().any(|x| x.is_empty());
    };
    let first = first.to_ascii_lowercase();
    list.iter().any(|x| {
        let xb = x.as_bytes();
        xb.len() == wb.len()
            && xb.first().map(u8::to_ascii_lowercase) == Some(first)
            && xb.eq_ignore_ascii_case(wb)
    })
}

/// Whether `w`, ASCII-lowercased, is in `set` (whose words are lower-case):
/// the same answer as [`eq_any`] over the set's words, in one hash lookup.
#[inline(always)]
pub(crate) fn in_set(w: &str, set: &WordSet) -> bool {
    in_set_bytes(w.as_bytes(), set)
}

/// [`in_set`] on bytes: a token's bytes need no char-boundary checks to be
/// looked up (the set holds only whole words).
#[inline(always)]
pub(crate) fn in_set_bytes(b: &[u8], set: &WordSet) -> bool {
    if !set.may_contain(b) {
        return false;
    }
    let mut buf = [0u8; 32];
    match buf.get_mut(..b.len()) {
        Some(dst) => {
            for (d, s) in dst.iter_mut().zip(b) {
                *d = s.to_ascii_lowercase();
            }
            set.contains(dst)
        }
        None => set.contains(&b.to_ascii_lowercase()),
    }
}

/// Largest char boundary `<= i` (clamped to `s.len()`).
pub(crate) fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Trims ASCII whitespace and punctuation that never belongs to a name off
/// both ends of `[start, end)` of `s`.
pub(crate) fn trim_span(s: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    let b = s.as_bytes();
    end = end.min(b.len());
    while start < end
        && matches!(
            b[start],
            b' ' | b'\t' | b'\n' | b'\r' | b',' | b'"' | b'(' | b'-' | b':'
        )
    {
        start += 1;
    }
    while end > start
        && matches!(
            b[end - 1],
            b' ' | b'\t' | b'\n' | b'\r' | b',' | b'.' | b'"' | b')' | b';' | b':' | b'-'
        )
    {
        end -= 1;
    }
    (start, end)
}

pub(crate) fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// End of a wire dateline ("GOMA, Democratic Republic of Congo - "), or 0.
/// The country in a dateline says where the report was filed, so it must not
/// read as the subject of the first clause ("Congo ... shells").
pub(crate) fn dateline_end(s: &str) -> usize {
    // Nearly every sentence opens with a capital then a lower-case letter.
    if s.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) {
        return 0;
    }
    // A dateline is short and opens with a place in capitals.
    let head = s.get(..floor_boundary(s, s.len().min(80))).unwrap_or("");
    // The first word is checked first: nearly no sentence shouts it. It ends
    // at the first comma or space, so at or before any dash found below.
    let first = head.split([',', ' ']).next().unwrap_or("");
    let shouted = first.len() >= 2
        && first
            .chars()
            .all(|c| !c.is_alphabetic() || c.is_uppercase())
        && first.chars().any(char::is_alphabetic);
    if !shouted {
        return 0;
    }
    // The first of the three dashes: at one position at most one matches.
    let Some((dash, width)) = head.match_indices(' ').find_map(|(k, _)| {
        let rest = head.get(k..)?;
        [" - ", " \u{2013} ", " \u{2014} "]
            .iter()
            .find(|d| rest.starts_with(**d))
            .map(|d| (k, d.len()))
    }) else {
        return 0;
    };
    // A dash opening the text leaves no word before it.
    if dash == 0 {
        return 0;
    }
    let before = &head[..dash];
    // Every other word is a name ("Democratic Republic of Congo"). Split
    // without `words`, whose one-sentence memory holds the caller's sentence.
    // "MAROUA, Cameroon, Feb 17 (Lake Chad Wire) - ": a wire dateline's day.
    let names = split_words(before).iter().all(|t| {
        let w = t.text(before);
        starts_upper(w)
            || eq_any(w, &["of", "the", "and"])
            || (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
    });
    if names {
        dash + width
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strip_suffix_ci_keeps_what_comes_before() {
        assert_eq!(
            strip_suffix_ci("formed After The", " after the"),
            Some("formed")
        );
        assert_eq!(strip_suffix_ci("formed in", " after the"), None);
        assert_eq!(strip_suffix_ci("caf\u{e9}", "\u{e9}x"), None);
    }

    #[test]
    fn a_speech_lead_gives_way_to_the_speaker() {
        assert_eq!(
            speech_lead_rest("Speaking in Ankara, he vowed that police would act."),
            Some("he vowed that police would act.")
        );
        assert_eq!(
            speech_lead_rest("Later, she said so."),
            Some("she said so.")
        );
        assert_eq!(speech_lead_rest("Speaking of the attack he wept."), None);
        assert_eq!(speech_lead_rest("He said so."), None);
    }

    #[test]
    fn needles_find_any_of_their_words() {
        static N: Needles = Needles::new(&["tear gas", "to disperse"]);
        assert!(N.any_in("Police fired tear gas at the crowd."));
        assert!(N.any_in("Soldiers fired to disperse them."));
        assert!(!N.any_in("Police dispersed the crowd."));
        assert!(!N.any_in(""));
    }

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        let s = "the group's one-third, 'quoted' — Kaboul";
        let w: Vec<&str> = words(s).iter().map(|t| t.text(s)).collect();
        assert_eq!(w, ["the", "group's", "one-third", "quoted", "Kaboul"]);
    }

    #[test]
    fn words_and_eq_any_handle_non_ascii() {
        let s = "Kyiv\u{2019}s él-Fasher 3,000 Über";
        let w: Vec<&str> = words(s).iter().map(|t| t.text(s)).collect();
        assert_eq!(w, ["Kyiv\u{2019}s", "él-Fasher", "3", "000", "Über"]);
        assert!(eq_any("SAID", &["told", "said"]));
        assert!(!eq_any("saids", &["said"]));
        assert!(!eq_any("", &["said"]));
        assert!(eq_any("", &["x", ""]));
        assert!(!eq_any("über", &["Über"]));
    }

    #[test]
    fn repeated_and_alternating_sentences_split_alike() {
        let a = "Gunmen killed three villagers near Mopti on Sunday, officials said.";
        let b = "Police said the attackers fled toward the border before dawn today.";
        let fresh_a = split_words(a);
        let fresh_b = split_words(b);
        for _ in 0..2 {
            assert_eq!(*words(a), *fresh_a);
            assert_eq!(*words(a), *fresh_a);
            assert_eq!(*words(b), *fresh_b);
        }
        assert_eq!(*words(&a[..20]), *split_words(&a[..20]));
    }

    /// The per-character definition `split_words` must agree with.
    fn reference_words(s: &str) -> Vec<Tok> {
        let chars: Vec<(usize, char)> = s.char_indices().collect();
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        for (k, &(i, c)) in chars.iter().enumerate() {
            let word = c.is_alphanumeric();
            let joiner = matches!(c, '\'' | '-' | '\u{2019}')
                && start.is_some()
                && chars.get(k + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
            match (start, word || joiner) {
                (None, true) if word => start = Some(i),
                (Some(st), false) => {
                    out.push(Tok { start: st, end: i });
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(st) = start {
            out.push(Tok {
                start: st,
                end: s.len(),
            });
        }
        out
    }

    #[test]
    fn split_words_agrees_with_the_per_character_definition() {
        let pieces = [
            "al", "-", "Shabaab", " ", "'", "\u{2019}", "É", "3,000", ".", "—", "Über", "x", "--",
            "''", "9", "\u{a0}", "\u{663}", "é",
        ];
        let mut seed = 0x9e37_79b9_u32;
        for _ in 0..2000 {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            let t: String = (0..(seed % 10) as usize)
                .map(|k| pieces[(seed.rotate_left(k as u32 * 3) as usize) % pieces.len()])
                .collect();
            assert_eq!(split_words(&t), reference_words(&t), "{t:?}");
        }
    }

    #[test]
    fn token_is_agrees_with_comparing_its_text() {
        let s = "Kyiv\u{2019}s él-Fasher SINCE since-then Between 3 Über é";
        let toks = words(s);
        for t in toks.iter() {
            for w in [
                "since",
                "between",
                "él-fasher",
                "über",
                "é",
                "3",
                "kyiv\u{2019}s",
                "x",
            ] {
                assert_eq!(t.is(s, w), t.text(s).eq_ignore_ascii_case(w), "{w}");
            }
        }
        // Offsets off a char boundary never match.
        let bad = Tok { start: 1, end: 2 };
        assert!(!bad.is("é", "\u{a9}"));
    }

    #[test]
    fn word_set_prefilter_never_rejects_a_member() {
        let set: WordSet = ["said", "told", "a", "killed", "x-ray"]
            .into_iter()
            .collect();
        for w in ["said", "SAID", "Told", "a", "A", "killed", "X-Ray"] {
            assert!(set.may_contain(w.as_bytes()), "{w}");
            assert!(in_set(w, &set), "{w}");
        }
        for w in ["saids", "", "kill", "toldx"] {
            assert!(!in_set(w, &set), "{w}");
        }
        // Bits agree with the lower-cased form's.
        for w in ["Said", "KILLED", "mixedCase", "É", ""] {
            let lower = w.to_ascii_lowercase();
            assert_eq!(
                set.may_contain(w.as_bytes()),
                set.filter_passes(filter_bit(lower.as_bytes())),
                "{w}"
            );
        }
    }

    #[test]
    fn a_wire_dateline_ends_at_its_dash() {
        let s = "KANO, Federal Republic of Nowhere - Rockets hit a market.";
        assert_eq!(s.get(dateline_end(s)..), Some("Rockets hit a market."));
        let s = "LOME \u{2014} Police fired tear gas.";
        assert_eq!(s.get(dateline_end(s)..), Some("Police fired tear gas."));
        // No dateline: a dash inside ordinary prose, or a sentence opening
        // with a capitalised word that is not shouted.
        for s in [
            "Police said the attack - the third this month - killed two.",
            "UN officials said the town - a hub - fell.",
            "",
        ] {
            assert_eq!(dateline_end(s), 0, "{s}");
        }
    }

    #[test]
    fn bounds_and_trim() {
        let s = "air strikes";
        assert!(at_word_bounds(s, 0, 3));
        assert!(!at_word_bounds(s, 4, 10));
        assert_eq!(trim_span(" , police. ", 0, 11), (3, 9));
        assert_eq!(floor_boundary("é", 1), 0);
    }
}
