//! Folding with an offset map back to the original text.
//!
//! Actor names are spelt many ways ("al-Shabaab", "Al Shabaab", "Da’esh"), so
//! aliases and text are compared after folding: lowercase, no diacritics,
//! hyphens and apostrophes as spaces, whitespace collapsed. Mentions must be
//! reported as byte spans of the *original* text, so every folded byte
//! remembers the original character it came from.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Folded text plus, for each folded byte, the original byte range of the
/// character that produced it.
#[derive(Debug, Default)]
pub(crate) struct Folded {
    pub text: String,
    /// The offset map, one entry per run rather than per byte (most of a
    /// sentence is ASCII copied byte for byte): `(folded, origin)` pairs
    /// sorted by `folded`, each covering the folded bytes up to the next.
    breaks: Vec<(usize, Origin)>,
    /// Whether the original text was all ASCII (other scans of the same
    /// text have faster paths for that, and need not test it again).
    pub ascii: bool,
}

/// Where a run of folded bytes comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Origin {
    /// ASCII bytes copied one to one from original byte `.0` on.
    Ascii(usize),
    /// Bytes all produced by the one original character at `[.0, .1)`.
    Char(usize, usize),
}

impl Folded {
    /// Original byte span of the folded byte range `[fs, fe)`; `None` for an
    /// empty or out-of-range span.
    #[inline]
    pub fn original_span(&self, fs: usize, fe: usize) -> Option<(usize, usize)> {
        if fs >= fe || fe > self.text.len() {
            return None;
        }
        Some((self.origin(fs)?.0, self.origin(fe - 1)?.1))
    }

    /// Original byte range of the character that produced folded byte `k`.
    #[inline]
    fn origin(&self, k: usize) -> Option<(usize, usize)> {
        // Most sentences fold as a single ASCII run.
        if let [(0, Origin::Ascii(o))] = self.breaks[..] {
            return Some((o + k, o + k + 1));
        }
        let i = self.breaks.partition_point(|&(f, _)| f <= k);
        let &(f, origin) = self.breaks.get(i.checked_sub(1)?)?;
        Some(match origin {
            Origin::Ascii(o) => (o + (k - f), o + (k - f) + 1),
            Origin::Char(a, b) => (a, b),
        })
    }
}

/// Characters that separate words the way a space does, so that
/// "al-Shabaab", "al Shabaab" and "al‐Shabaab" fold alike.
fn is_space_like(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '-' | '\u{2010}'
                | '\u{2011}'
                | '\u{2012}'
                | '\u{2013}'
                | '\u{2014}'
                | '\''
                | '\u{2019}'
                | '\u{2018}'
                | '`'
                | '\u{00b4}'
                | '\u{02bf}'
                | '\u{02be}'
                | '\u{02bc}'
                | '_'
        )
}

/// `is_space_like` restricted to ASCII, kept inline for speed.
#[inline]
const fn is_ascii_space_like(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r' | b'-' | b'\'' | b'`' | b'_')
}

/// Every byte of a `u64` set to `b`.
const fn splat(b: u8) -> u64 {
    u64::from_ne_bytes([b; 8])
}

/// High bit of each byte of `x` (all ASCII) that equals `c` (ASCII): the
/// sum cannot carry between bytes, so the test is exact.
const fn eq_bytes(x: u64, c: u8) -> u64 {
    !((x ^ splat(c)) + splat(0x7f)) & splat(0x80)
}

/// High bit of each byte of `x` (all ASCII) in `lo..=hi` (ASCII).
const fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    (x + splat(0x80 - lo)) & !(x + splat(0x7f - hi)) & splat(0x80)
}

/// Folds eight bytes at once when they are all ASCII and none of them is
/// dropped (a space-like byte after a space, or the chunk's first after
/// `last_was_space`): then each folds to exactly one byte: a
/// space-like byte to a space, a letter to lower case. Returns the folded bytes and whether the last is a
/// space; `None` sends the chunk to the per-character path. Sentences are
/// mostly such chunks, and per-byte folding was a large part of a search.
fn fold_ascii_chunk(chunk: [u8; 8], last_was_space: bool) -> Option<([u8; 8], bool)> {
    let x = u64::from_le_bytes(chunk);
    if x & splat(0x80) != 0 {
        return None;
    }
    let space = eq_bytes(x, b' ')
        | in_range(x, b'\t', b'\r')
        | eq_bytes(x, b'-')
        | eq_bytes(x, b'\'')
        | eq_bytes(x, b'`')
        | eq_bytes(x, b'_');
    // Little-endian: byte k is bits 8k..8k+8, so `space << 8` marks the byte
    // after each space-like byte.
    if space & (space << 8) != 0 || (last_was_space && space & 0x80 != 0) {
        return None;
    }
    let upper = in_range(x, b'A', b'Z');
    let lower = x | (upper >> 2);
    let space_bytes = (space >> 7) * 0xff;
    let folded = (lower & !space_bytes) | (splat(b' ') & space_bytes);
    Some((folded.to_le_bytes(), space >> 63 != 0))
}

/// High bit of each byte of `x` (all ASCII) that is space-like.
#[inline]
const fn space_mask(x: u64) -> u64 {
    eq_bytes(x, b' ')
        | in_range(x, b'\t', b'\r')
        | eq_bytes(x, b'-')
        | eq_bytes(x, b'\'')
        | eq_bytes(x, b'`')
        | eq_bytes(x, b'_')
}

/// Folds `bytes` into `text` when every byte past the leading space-like
/// ones folds to exactly one byte: all ASCII, and no space-like byte right
/// after another. Returns the number of leading bytes dropped, or `None`
/// (with `text` in any state) when the general path is needed. Most
/// sentences qualify, and then the fold is one pass of eight bytes at a
/// time with no per-chunk bookkeeping.
fn fold_simple_ascii(bytes: &[u8], ascii: bool, text: &mut Vec<u8>) -> Option<usize> {
    if !ascii {
        return None;
    }
    let lead = bytes
        .iter()
        .take_while(|&&b| is_ascii_space_like(b))
        .count();
    let body = bytes.get(lead..)?;
    // Whether the byte before the current one was space-like (the first
    // body byte is not).
    let mut after_space = false;
    let mut chunks = body.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        let x = u64::from_le_bytes(w);
        let space = space_mask(x);
        // Little-endian: `space << 8` marks the byte after each space-like
        // one; the last chunk's final byte carries into this one's first.
        if space & ((space << 8) | (u64::from(after_space) << 7)) != 0 {
            return None;
        }
        after_space = space >> 63 != 0;
        let lower = x | (in_range(x, b'A', b'Z') >> 2);
        let space_bytes = (space >> 7) * 0xff;
        let folded = (lower & !space_bytes) | (splat(b' ') & space_bytes);
        text.extend_from_slice(&folded.to_le_bytes());
    }
    for &b in chunks.remainder() {
        let space = is_ascii_space_like(b);
        if space && after_space {
            return None;
        }
        after_space = space;
        text.push(if space { b' ' } else { b.to_ascii_lowercase() });
    }
    Some(lead)
}

/// Folds `s` keeping the offset map.
pub(crate) fn fold_with_map(s: &str) -> Folded {
    let mut out = Folded::default();
    fold_with_map_into(s, &mut out);
    out
}

/// [`fold_with_map`] into `out`, reusing its buffers: the registry folds
/// every sentence it searches.
pub(crate) fn fold_with_map_into(s: &str, out: &mut Folded) {
    let mut text = std::mem::take(&mut out.text).into_bytes();
    text.clear();
    text.reserve(s.len());
    let breaks = &mut out.breaks;
    breaks.clear();
    let bytes = s.as_bytes();
    out.ascii = bytes.is_ascii();
    if let Some(lead) = fold_simple_ascii(bytes, out.ascii, &mut text) {
        // Every byte after the leading space-likes folded to exactly one
        // byte: a single offset run.
        if !text.is_empty() {
            breaks.push((0, Origin::Ascii(lead)));
        }
        if text.last() == Some(&b' ') {
            text.pop();
        }
        out.text = String::from_utf8(text).unwrap_or_default();
        return;
    }
    text.clear();
    // No leading space.
    let mut last_was_space = true;
    // Original offset the next folded ASCII byte has when it continues the
    // current `Origin::Ascii` run.
    let mut expected = usize::MAX;
    let mut i = 0;
    // Bytes before this offset go through the per-character path: set
    // after a chunk the word-at-a-time path declined, so that it is not
    // retried at every byte of that chunk.
    let mut slow_until = 0;
    while let Some(&b) = bytes.get(i) {
        if i >= slow_until {
            if let Some(chunk) = bytes
                .get(i..i + 8)
                .and_then(|c| <[u8; 8]>::try_from(c).ok())
            {
                if let Some((folded, ends_in_space)) = fold_ascii_chunk(chunk, last_was_space) {
                    if i != expected {
                        breaks.push((text.len(), Origin::Ascii(i)));
                    }
                    text.extend_from_slice(&folded);
                    i += 8;
                    expected = i;
                    last_was_space = ends_in_space;
                    continue;
                }
                slow_until = i + 8;
            }
        }
        if b.is_ascii() {
            let folded = if is_ascii_space_like(b) {
                if last_was_space {
                    i += 1;
                    continue;
                }
                last_was_space = true;
                b' '
            } else {
                last_was_space = false;
                b.to_ascii_lowercase()
            };
            if i != expected {
                breaks.push((text.len(), Origin::Ascii(i)));
            }
            text.push(folded);
            i += 1;
            expected = i;
            continue;
        }
        // A non-ASCII lead byte: `i` is on a char boundary, since every
        // step advances by whole characters.
        let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        let end = i + c.len_utf8();
        let before = text.len();
        if is_space_like(c) {
            if !last_was_space {
                text.push(b' ');
                last_was_space = true;
            }
        } else {
            last_was_space = false;
            decompose_canonical(c, |d| {
                if is_combining_mark(d) {
                    return;
                }
                let d = match d {
                    'ø' | 'Ø' => 'o',
                    'ł' | 'Ł' => 'l',
                    'đ' | 'Đ' => 'd',
                    'ı' => 'i',
                    other => other,
                };
                for l in d.to_lowercase() {
                    let mut buf = [0u8; 4];
                    text.extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
                }
            });
        }
        if text.len() > before {
            breaks.push((before, Origin::Char(i, end)));
            expected = usize::MAX;
        }
        i = end;
    }
    // A trailing space never helps a match; drop it to keep ends tidy (a
    // break left at the old end is never consulted: spans end at `text`).
    if text.last() == Some(&b' ') {
        text.pop();
    }
    // Only whole UTF-8 encodings were pushed, so this cannot fail.
    out.text = String::from_utf8(text).unwrap_or_default();
}

/// Folded form of a name or alias (no offsets needed).
pub(crate) fn fold(s: &str) -> String {
    fold_with_map(s).text
}

/// The letters and digits of `s`, in order: compares exact-case aliases while
/// ignoring punctuation ("ISIS-K" vs "ISIS K").
pub(crate) fn alnum_only(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_fast_path_agrees_with_the_general_rules() {
        // Every ASCII character folds as the Unicode path would treat it.
        for b in 0u8..0x80 {
            let c = b as char;
            let s = format!("a{c}b");
            let want = if is_space_like(c) {
                "a b".to_string()
            } else {
                format!("a{}b", c.to_lowercase())
            };
            assert_eq!(fold(&s), want, "byte {b:#x}");
        }
        let f = fold_with_map("Ħ É-x");
        assert_eq!(f.text, "ħ e x");
        assert_eq!(f.original_span(0, 2), Some((0, 2)));
    }

    /// The plain per-character definition the byte loop must agree with.
    fn reference(s: &str) -> (String, Vec<usize>, Vec<usize>) {
        let (mut text, mut starts, mut ends) = (String::new(), Vec::new(), Vec::new());
        let mut last_was_space = true;
        for (i, c) in s.char_indices() {
            let end = i + c.len_utf8();
            if is_space_like(c) {
                if !last_was_space {
                    text.push(' ');
                    starts.push(i);
                    ends.push(end);
                    last_was_space = true;
                }
                continue;
            }
            last_was_space = false;
            decompose_canonical(c, |d| {
                if is_combining_mark(d) {
                    return;
                }
                let d = match d {
                    'ø' | 'Ø' => 'o',
                    'ł' | 'Ł' => 'l',
                    'đ' | 'Đ' => 'd',
                    'ı' => 'i',
                    other => other,
                };
                for l in d.to_lowercase() {
                    text.push(l);
                    starts.extend(std::iter::repeat_n(i, l.len_utf8()));
                    ends.extend(std::iter::repeat_n(end, l.len_utf8()));
                }
            });
        }
        if text.ends_with(' ') {
            text.pop();
            starts.pop();
            ends.pop();
        }
        (text, starts, ends)
    }

    #[test]
    fn byte_loop_agrees_with_the_per_character_definition() {
        let pieces = [
            "Al", "-", "Shabaab", " ", "  ", "\t", "Da’esh", "É", "x", "'", "_", "ŁÓDŹ", "9", "—",
            ".", "İ", "ø", "`", "a", "\0",
        ];
        // Deterministic mixtures of the pieces, short and long.
        let mut seed = 0x2545_f491_u32;
        for _ in 0..2000 {
            let mut t = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            let n = (seed % 12) as usize;
            for k in 0..n {
                let idx = (seed.rotate_left(k as u32 * 3) as usize) % pieces.len();
                t.push_str(pieces[idx]);
            }
            let f = fold_with_map(&t);
            let (text, starts, ends) = reference(&t);
            assert_eq!(f.text, text, "{t:?}");
            for k in 0..text.len() {
                assert_eq!(
                    f.original_span(k, k + 1),
                    Some((starts[k], ends[k])),
                    "{t:?} {k}"
                );
                let last = text.len();
                assert_eq!(
                    f.original_span(k, last),
                    Some((starts[k], ends[last - 1])),
                    "{t:?} {k}.."
                );
            }
            assert_eq!(f.original_span(0, text.len() + 1), None, "{t:?}");
            assert_eq!(f.original_span(text.len(), text.len() + 1), None, "{t:?}");
        }
    }

    #[test]
    fn word_at_a_time_path_agrees_with_the_per_character_definition() {
        // Long ASCII strings (so most of each goes eight bytes at a time)
        // dense in the bytes the chunk test must catch: every space-like
        // byte, both letter-case edges, and runs of spaces at every offset.
        let alphabet = b" \t\n\r-'`_@AZ[az{09. \x0b\x0c";
        let mut seed = 0x9e37_79b9_u32;
        for len in 0..200 {
            let mut t = String::new();
            for _ in 0..len {
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                t.push(char::from(alphabet[(seed as usize) % alphabet.len()]));
            }
            let f = fold_with_map(&t);
            let (text, starts, ends) = reference(&t);
            assert_eq!(f.text, text, "{t:?}");
            for k in 0..text.len() {
                assert_eq!(
                    f.original_span(k, k + 1),
                    Some((starts[k], ends[k])),
                    "{t:?} {k}"
                );
            }
        }
        // Every single byte at every position of a chunk, after a space and not.
        for b in 0u8..0x80 {
            for pos in 0..8 {
                for prefix in ["", " ", "a"] {
                    let mut t = format!("{prefix}abcdefgh");
                    t.insert(prefix.len() + pos, char::from(b));
                    t.push_str("ijklmnop");
                    assert_eq!(fold(&t), reference(&t).0, "{t:?}");
                }
            }
        }
    }

    #[test]
    fn reused_buffers_fold_like_fresh_ones() {
        let texts = [
            "Les Forces Armées—maliennes ",
            "a",
            "",
            "  Hayat   Tahrir\nal-Sham ",
            "İstanbul ØRSTED łódź",
        ];
        let mut buf = Folded::default();
        for t in texts.iter().chain(texts.iter().rev()) {
            fold_with_map_into(t, &mut buf);
            let fresh = fold_with_map(t);
            assert_eq!(buf.text, fresh.text, "{t:?}");
            for fs in 0..=fresh.text.len() + 1 {
                for fe in fs..=fresh.text.len() + 1 {
                    assert_eq!(
                        buf.original_span(fs, fe),
                        fresh.original_span(fs, fe),
                        "{t:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn folds_case_diacritics_hyphens_and_apostrophes() {
        assert_eq!(fold("Al-Shabaab"), "al shabaab");
        assert_eq!(fold("Da’esh"), fold("Da'esh"));
        assert_eq!(fold("Burkinabè"), "burkinabe");
        assert_eq!(fold("  Hayat   Tahrir\nal-Sham "), "hayat tahrir al sham");
    }

    #[test]
    fn offsets_map_back_to_original_chars() {
        let s = "Les Forces Armées—maliennes";
        let f = fold_with_map(s);
        let fs = f.text.find("armees").unwrap();
        let (a, b) = f.original_span(fs, fs + "armees".len()).unwrap();
        assert_eq!(&s[a..b], "Armées");
        assert!(f.original_span(3, 3).is_none());
        assert!(f.original_span(0, f.text.len() + 5).is_none());
    }
}
