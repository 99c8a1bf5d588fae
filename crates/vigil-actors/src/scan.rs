//! The flat scan shared by the alias search here and vigil-extract's lexicon:
//! every occurrence of every pattern in a text, from a flat transition table.
//!
//! The table is copied out of aho-corasick's DFA once, with states renumbered
//! so that the scan loop needs no calls into the automaton: one class lookup,
//! one table lookup and one comparison (match states sort last) per byte.
//! Through the `Automaton` trait the same loop kept reloading the DFA's fields
//! on every byte and cost about three times as much, on every byte of every
//! sentence.

use crate::hash::FxHashMap;
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::Anchored;

#[derive(Debug)]
pub struct Scanner {
    /// Byte → class. Bytes whose transitions agree in every state share a
    /// class (both cases of a letter in a case-insensitive automaton; every
    /// byte in no pattern, class 0).
    classes: [u8; 256],
    /// Number of classes: the width of a state's row.
    stride: u32,
    /// Next state, by `state * stride + class`. States are plain indices,
    /// two bytes each while they fit: the table is read at a random row for
    /// every byte of every sentence (with four-byte premultiplied offsets
    /// and a class per letter case, the actor table alone was 3 MB, more
    /// than a core's L2 cache; now both tables together take 1.3 MB).
    trans: Table,
    start: u32,
    /// States at or after this index are match states.
    first_match: u32,
    /// Per match state (in row order from `first_match`): its range of
    /// `matches`.
    match_ranges: Vec<(u32, u32)>,
    /// `(pattern, pattern length)`, in the order the DFA lists them.
    matches: Vec<(u32, u32)>,
}

#[derive(Debug)]
enum Table {
    Narrow(Vec<u16>),
    Wide(Vec<u32>),
}

impl Scanner {
    /// Builds the automaton of `patterns` (ASCII case-insensitive, standard
    /// overlapping semantics, no prefilter) and copies its reachable part;
    /// `None` if aho-corasick cannot build it.
    pub fn case_insensitive<P: AsRef<[u8]>>(patterns: &[P]) -> Option<Scanner> {
        let dfa = DFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(aho_corasick::MatchKind::Standard)
            .prefilter(false)
            .build(patterns)
            .ok()?;
        let start = dfa.start_state(Anchored::No).ok()?;
        Some(Self::new(&dfa, start, patterns))
    }

    /// Copies the reachable part of `dfa` (unanchored, no prefilter, started
    /// at `start`), built from `patterns`.
    pub(crate) fn new<P: AsRef<[u8]>>(dfa: &DFA, start: StateID, patterns: &[P]) -> Scanner {
        // Candidate bytes: those of the patterns in both ASCII cases (a
        // case-insensitive automaton needs both; in a case-sensitive one
        // the unused case gets the column of bytes in no pattern, merged
        // below), after one byte in no pattern, which stands for all such
        // bytes: from any state of an unanchored automaton they lead back
        // to the start state.
        let mut used = [false; 256];
        for p in patterns {
            for &b in p.as_ref() {
                used[usize::from(b.to_ascii_lowercase())] = true;
                used[usize::from(b.to_ascii_uppercase())] = true;
            }
        }
        let unused = (0..=255u8).find(|&b| !used[usize::from(b)]);
        let candidates: Vec<u8> = unused
            .into_iter()
            .chain((0..=255u8).filter(|&b| used[usize::from(b)]))
            .collect();

        // Reachable states, breadth first from the start.
        let mut order: Vec<StateID> = vec![start];
        // Fast hashing: the build looks states up millions of times (the
        // default hasher made it a third of the registry's load time).
        let mut seen: FxHashMap<StateID, ()> = FxHashMap::default();
        seen.insert(start, ());
        let mut k = 0;
        while let Some(&sid) = order.get(k) {
            k += 1;
            for &b in &candidates {
                let next = dfa.next_state(Anchored::No, sid, b);
                if seen.insert(next, ()).is_none() {
                    order.push(next);
                }
            }
        }
        // Non-match states first (the start among them), then match states.
        let (mut states, matching): (Vec<StateID>, Vec<StateID>) =
            order.into_iter().partition(|&s| !dfa.is_match(s));
        let first_match = states.len() as u32;
        states.extend(matching);
        let index: FxHashMap<StateID, u32> = states
            .iter()
            .enumerate()
            .map(|(i, &s)| (s, i as u32))
            .collect();

        // One class per distinct column of next states. The unused byte
        // comes first, so that its class, 0, which every byte left out of
        // `candidates` keeps, is theirs.
        let mut class_of_column: FxHashMap<Vec<u32>, u8> = FxHashMap::default();
        let mut reps: Vec<u8> = Vec::new();
        let mut classes = [0u8; 256];
        for &b in &candidates {
            let column: Vec<u32> = states
                .iter()
                .map(|&sid| {
                    let next = dfa.next_state(Anchored::No, sid, b);
                    index.get(&next).copied().unwrap_or(0)
                })
                .collect();
            let n = class_of_column.len();
            // At most 256 distinct columns, one per byte value: the index
            // fits a byte.
            let class = *class_of_column.entry(column).or_insert_with(|| {
                reps.push(b);
                n.min(255) as u8
            });
            classes[usize::from(b)] = class;
        }
        let stride = reps.len().max(1) as u32;

        let mut trans: Vec<u32> = Vec::with_capacity(states.len() * reps.len());
        let mut match_ranges = Vec::new();
        let mut matches = Vec::new();
        for &sid in &states {
            for &b in &reps {
                let next = dfa.next_state(Anchored::No, sid, b);
                trans.push(index.get(&next).copied().unwrap_or(0));
            }
            if dfa.is_match(sid) {
                let lo = matches.len() as u32;
                for m in 0..dfa.match_len(sid) {
                    let pid = dfa.match_pattern(sid, m);
                    matches.push((pid.as_u32(), dfa.pattern_len(pid) as u32));
                }
                match_ranges.push((lo, matches.len() as u32));
            }
        }
        let trans = if states.len() <= usize::from(u16::MAX) + 1 {
            Table::Narrow(trans.iter().map(|&t| t as u16).collect())
        } else {
            Table::Wide(trans)
        };
        Scanner {
            classes,
            stride,
            trans,
            start: index.get(&start).copied().unwrap_or(0),
            first_match,
            match_ranges,
            matches,
        }
    }

    /// Calls `f(start, end, pattern)` for every occurrence of every pattern
    /// in `fb`, overlapping ones included, by end and then as the automaton
    /// lists them: what `AhoCorasick::find_overlapping_iter` reports.
    /// `hits` is a buffer for the match states (its contents are replaced).
    /// Occurrences ending where `end_ok(end)` is false are skipped without
    /// looking at their patterns.
    pub fn for_each_match(
        &self,
        fb: &[u8],
        hits: &mut Vec<(usize, u32)>,
        end_ok: impl Fn(usize) -> bool,
        mut f: impl FnMut(usize, usize, usize),
    ) {
        hits.clear();
        self.match_states(fb, hits);
        for &(end, s) in hits.iter() {
            if !end_ok(end) {
                continue;
            }
            let k = (s - self.first_match) as usize;
            let Some(&(lo, hi)) = self.match_ranges.get(k) else {
                continue;
            };
            for &(pid, len) in self
                .matches
                .get(lo as usize..hi as usize)
                .unwrap_or_default()
            {
                if let Some(start) = end.checked_sub(len as usize) {
                    f(start, end, pid as usize);
                }
            }
        }
    }

    /// `(end, state)` for every byte of `fb` after which the scan is in a
    /// match state.
    fn match_states(&self, fb: &[u8], out: &mut Vec<(usize, u32)>) {
        match &self.trans {
            Table::Narrow(t) => self.run(t, fb, out),
            Table::Wide(t) => self.run(t, fb, out),
        }
    }

    /// The scan over one width of table. Not inlined: alone, the loop keeps
    /// everything it needs in registers (inlined into the caller it
    /// reloaded them per byte).
    #[inline(never)]
    fn run<T: Copy + Into<u32>>(&self, trans: &[T], fb: &[u8], out: &mut Vec<(usize, u32)>) {
        let (classes, first_match) = (&self.classes, self.first_match);
        let stride = self.stride as usize;
        let mut s = self.start;
        // One transition; false past the table's end (which no state of a
        // built scanner reaches), to stop the scan.
        let mut step = |b: u8, end: usize| -> bool {
            let at = s as usize * stride + usize::from(classes[usize::from(b)]);
            let Some(&next) = trans.get(at) else {
                return false;
            };
            s = next.into();
            if s >= first_match {
                out.push((end, s));
            }
            true
        };
        // Four bytes per round: the loop's own bookkeeping cost as much as
        // a transition.
        let mut chunks = fb.chunks_exact(4);
        let mut end = 0;
        for c in &mut chunks {
            if !(step(c[0], end + 1)
                && step(c[1], end + 2)
                && step(c[2], end + 3)
                && step(c[3], end + 4))
            {
                return;
            }
            end += 4;
        }
        for &b in chunks.remainder() {
            end += 1;
            if !step(b, end) {
                return;
            }
        }
    }
}

/// A pseudo-random text of `len` bytes drawn from `alphabet` (xorshift32 on
/// `seed`): the scan tests compare the scanner with aho-corasick on these.
#[cfg(test)]
pub(crate) fn xorshift_text(alphabet: &[u8], len: usize, seed: &mut u32) -> Vec<u8> {
    (0..len)
        .map(|_| {
            *seed ^= *seed << 13;
            *seed ^= *seed >> 17;
            *seed ^= *seed << 5;
            alphabet[(*seed as usize) % alphabet.len()]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same scanner with four-byte states (what a table of more than
    /// 65,536 states gets).
    fn widened(mut s: Scanner) -> Scanner {
        if let Table::Narrow(t) = &s.trans {
            s.trans = Table::Wide(t.iter().map(|&x| u32::from(x)).collect());
        }
        s
    }

    #[test]
    fn merged_classes_and_both_widths_report_what_aho_corasick_reports() {
        let patterns = [
            "Kill",
            "killed",
            "ED",
            "d b",
            "al-",
            "-Shabaab",
            ", hours after ",
        ];
        let narrow = Scanner::case_insensitive(&patterns).unwrap();
        // One class per case-folded pattern byte at most, plus one for the
        // rest: "K" and "k" share theirs.
        assert_eq!(
            narrow.classes[usize::from(b'K')],
            narrow.classes[usize::from(b'k')]
        );
        assert_eq!(narrow.classes[usize::from(b'z')], 0);
        let wide = widened(Scanner::case_insensitive(&patterns).unwrap());
        let ac = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(patterns)
            .unwrap();
        let alphabet = b"kKiIlLeEdD -aAsShH,bB,zZ\xc3";
        let mut hits = Vec::new();
        let mut seed = 0x2545_f491_u32;
        for len in 0..120 {
            let t = xorshift_text(alphabet, len, &mut seed);
            let want: Vec<(usize, usize, usize)> = ac
                .find_overlapping_iter(&t)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            for s in [&narrow, &wide] {
                let mut got = Vec::new();
                s.for_each_match(&t, &mut hits, |_| true, |a, b, p| got.push((a, b, p)));
                assert_eq!(got, want, "{t:?}");
            }
        }
    }
}
