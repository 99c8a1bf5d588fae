//! Scoring the merge of duplicate reports: gold lines name a report (file and
//! a substring of its sentence) and the incident it belongs to; the caller
//! runs the real pipeline and says which event each report ended up in.
//! Scored pairwise: every pair of gold reports is either one incident or two,
//! and either merged or not.

use crate::gold::Error;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// One report of the dedup gold.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct DedupGold {
    /// Article file, relative to the gold file's directory.
    pub file: String,
    /// A substring of the sentence the event was reported in.
    pub sentence: String,
    /// Reports with the same label are one incident.
    pub incident: String,
}

/// Parses dedup gold (JSONL; blank lines and `#` comments skipped).
pub fn parse_dedup_gold(text: &str) -> Result<Vec<DedupGold>, Error> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let g: DedupGold = serde_json::from_str(line).map_err(|e| Error::Parse {
            line: i + 1,
            message: e.to_string(),
        })?;
        if g.sentence.trim().is_empty() || g.incident.trim().is_empty() {
            return Err(Error::Parse {
                line: i + 1,
                message: "empty sentence or incident".into(),
            });
        }
        out.push(g);
    }
    Ok(out)
}

pub fn read_dedup_gold(path: &Path) -> Result<Vec<DedupGold>, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse_dedup_gold(&text)
}

/// What happened to one incident's reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IncidentOutcome {
    pub incident: String,
    /// The event each of its reports ended up in (`None`: no event record
    /// was extracted from that sentence).
    pub events: Vec<Option<i64>>,
    /// Whether all its reports are one event that holds no other incident's
    /// report.
    pub exact: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DedupScore {
    pub reports: usize,
    /// Gold reports an event record was extracted for.
    pub found: usize,
    /// Pairs of reports of one incident.
    pub gold_pairs: usize,
    /// Pairs of reports merged into one event.
    pub merged_pairs: usize,
    /// Pairs both of one incident and merged.
    pub correct_pairs: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub incidents: Vec<IncidentOutcome>,
}

/// Scores `assigned[i]`, the event of gold report `i`, against the gold.
pub fn score_dedup(gold: &[DedupGold], assigned: &[Option<i64>]) -> DedupScore {
    let n = gold.len().min(assigned.len());
    let (mut gold_pairs, mut merged_pairs, mut correct_pairs) = (0, 0, 0);
    for i in 0..n {
        for j in i + 1..n {
            let same = gold[i].incident == gold[j].incident;
            let merged = assigned[i].is_some() && assigned[i] == assigned[j];
            gold_pairs += usize::from(same);
            merged_pairs += usize::from(merged);
            correct_pairs += usize::from(same && merged);
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    let precision = ratio(correct_pairs, merged_pairs);
    let recall = ratio(correct_pairs, gold_pairs);
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    let mut by_incident: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, g) in gold.iter().enumerate().take(n) {
        by_incident.entry(g.incident.as_str()).or_default().push(i);
    }
    let incidents = by_incident
        .into_iter()
        .map(|(incident, members)| {
            let events: Vec<Option<i64>> = members.iter().map(|&i| assigned[i]).collect();
            let first = events[0];
            let exact = first.is_some()
                && events.iter().all(|e| *e == first)
                && (0..n).all(|j| members.contains(&j) || assigned[j] != first);
            IncidentOutcome {
                incident: incident.to_string(),
                events,
                exact,
            }
        })
        .collect();
    DedupScore {
        reports: n,
        found: assigned.iter().take(n).filter(|a| a.is_some()).count(),
        gold_pairs,
        merged_pairs,
        correct_pairs,
        precision,
        recall,
        f1,
        incidents,
    }
}

impl DedupScore {
    pub fn render_text(&self) -> String {
        let mut s = format!(
            "reports {}  found as events {}\n\
             pairs: same incident {}  merged {}  both {}\n\
             pairwise precision {:.3}  recall {:.3}  F1 {:.3}\n\
             incidents exactly one event: {} / {}\n",
            self.reports,
            self.found,
            self.gold_pairs,
            self.merged_pairs,
            self.correct_pairs,
            self.precision,
            self.recall,
            self.f1,
            self.incidents.iter().filter(|i| i.exact).count(),
            self.incidents.len()
        );
        for i in &self.incidents {
            let events: Vec<String> = i
                .events
                .iter()
                .map(|e| e.map_or("-".to_string(), |id| id.to_string()))
                .collect();
            s.push_str(&format!(
                "  {} {:<32} events [{}]\n",
                if i.exact { "ok  " } else { "MISS" },
                i.incident,
                events.join(", ")
            ));
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(incident: &str) -> DedupGold {
        DedupGold {
            file: "f.txt".into(),
            sentence: "s".into(),
            incident: incident.into(),
        }
    }

    #[test]
    fn pairs_are_counted_over_incidents_and_events() {
        let gold = [g("a"), g("a"), g("b"), g("b"), g("c")];
        // a merged, b split, c wrongly merged with b's second report.
        let s = score_dedup(&gold, &[Some(1), Some(1), Some(3), Some(4), Some(4)]);
        assert_eq!((s.gold_pairs, s.merged_pairs, s.correct_pairs), (2, 2, 1));
        assert_eq!((s.precision, s.recall), (0.5, 0.5));
        let exact: Vec<bool> = s.incidents.iter().map(|i| i.exact).collect();
        assert_eq!(exact, vec![true, false, false]);
        // Unfound reports never merge.
        let s = score_dedup(&gold, &[None, None, Some(3), Some(3), Some(5)]);
        assert_eq!((s.found, s.correct_pairs, s.merged_pairs), (3, 1, 1));
        assert_eq!(s.recall, 0.5);
        assert!(!s.incidents[0].exact);
    }

    #[test]
    fn bad_gold_lines_are_errors_with_their_line() {
        let e = parse_dedup_gold("\n{\"file\": \"a\", \"sentence\": \"x\"}\n").unwrap_err();
        assert!(e.to_string().contains("line 2"), "{e}");
        assert!(
            parse_dedup_gold("{\"file\":\"a\",\"sentence\":\" \",\"incident\":\"i\"}").is_err()
        );
        let ok = parse_dedup_gold("# c\n{\"file\":\"a\",\"sentence\":\"x\",\"incident\":\"i\"}\n");
        assert_eq!(ok.unwrap().len(), 1);
    }
}
