//! The flat scan shared by the alias search here and vigil-extract's lexicon:
//! every occurrence of every pattern in a text, from a flat transition table.
//!
//! The table is copied out of aho-corasick's DFA once, with states renumbered
//! so that the scan loop needs no calls into the automaton: one class lookup,
//! one table lookup and one comparison (match states sort last) per byte.
//! Through the `Automaton` trait the same loop kept reloading the DFA's fields
//! on every byte and cost about three times as much, on every byte of every
//! sentence.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::Anchored;
use std::collections::{HashMap, HashSet};

#[derive(Debug)]
pub struct Scanner {
    /// Byte → class. Bytes in no pattern share class 0: from any state of an
    /// unanchored automaton they lead back to the start state.
    classes: [u8; 256],
    /// Number of classes: the width of a state's row.
    stride: u32,
    /// Next state, by `state + class`; states are premultiplied row offsets.
    trans: Vec<u32>,
    start: u32,
    /// States at or after this offset are match states.
    first_match: u32,
    /// Per match state (in row order from `first_match`): its range of
    /// `matches`.
    match_ranges: Vec<(u32, u32)>,
    /// `(pattern, pattern length)`, in the order the DFA lists them.
    matches: Vec<(u32, u32)>,
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
        let mut classes = [0u8; 256];
        // One representative byte per class; class 0 stands for every byte in
        // no pattern (any such byte does). Both ASCII cases of a pattern byte
        // get classes of their own, which a case-insensitive automaton needs
        // and a case-sensitive one does not mind.
        let mut reps: Vec<u8> = Vec::new();
        let mut used = [false; 256];
        for p in patterns {
            for &b in p.as_ref() {
                used[usize::from(b.to_ascii_lowercase())] = true;
                used[usize::from(b.to_ascii_uppercase())] = true;
            }
        }
        let unused = (0..=255u8).find(|&b| !used[usize::from(b)]);
        if let Some(u) = unused {
            reps.push(u);
        }
        for b in 0..=255u8 {
            if used[usize::from(b)] {
                // At most 256 classes; a full alphabet leaves no class 0 and
                // the last index is 255, so the index fits a byte.
                classes[usize::from(b)] = reps.len().min(255) as u8;
                reps.push(b);
            }
        }
        let stride = reps.len().max(1) as u32;

        // Reachable states, breadth first from the start.
        let mut order: Vec<StateID> = vec![start];
        let mut seen: HashSet<StateID> = HashSet::from([start]);
        let mut k = 0;
        while let Some(&sid) = order.get(k) {
            k += 1;
            for &b in &reps {
                let next = dfa.next_state(Anchored::No, sid, b);
                if seen.insert(next) {
                    order.push(next);
                }
            }
        }
        // Non-match states first (the start among them), then match states.
        let (mut states, matching): (Vec<StateID>, Vec<StateID>) =
            order.into_iter().partition(|&s| !dfa.is_match(s));
        let first_match = states.len() as u32 * stride;
        states.extend(matching);
        let index: HashMap<StateID, u32> = states
            .iter()
            .enumerate()
            .map(|(i, &s)| (s, i as u32 * stride))
            .collect();
        let mut trans = Vec::with_capacity(states.len() * reps.len());
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
            let k = ((s - self.first_match) / self.stride) as usize;
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
    /// match state. Not inlined: alone, the loop keeps everything it needs
    /// in registers (inlined into the caller it reloaded them per byte).
    #[inline(never)]
    fn match_states(&self, fb: &[u8], out: &mut Vec<(usize, u32)>) {
        let (classes, trans, first_match) = (&self.classes, &self.trans[..], self.first_match);
        let mut s = self.start;
        // One transition; false past the table's end (which no state of a
        // built scanner reaches), to stop the scan.
        let mut step = |b: u8, end: usize| -> bool {
            let Some(&next) = trans.get((s + u32::from(classes[usize::from(b)])) as usize) else {
                return false;
            };
            s = next;
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
