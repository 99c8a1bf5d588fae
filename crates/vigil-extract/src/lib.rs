//! vigil-extract: sentences in, events and claims out.
//!
//! `dates` and `numbers` are pure lexical parsers; the rest turns a segmented,
//! geocoded article into [`vigil_core::Record`]s. One module per concern:
//!
//! * `lexicon` — trigger and cue word lists, one Aho-Corasick automaton each;
//! * `clauses` — one sentence → incidents (two incidents in one sentence, or
//!   one incident counted on both sides);
//! * `modality` — event or claim (hedges, intentions, tallies);
//! * `attribution` — who said it;
//! * `blame` — responsibility claims and accusations ("X claimed
//!   responsibility", "blamed X"), which name actor1 of the latest violent
//!   incident that has no named perpetrator;
//! * `narrative` — narrative-relative dates ("two days earlier", "the next
//!   day", "over the weekend"), counted from the incident the narrative is on;
//! * `casualties` — which numbers are tolls;
//! * `roles` — actor1 / actor2 from voice and prepositions;
//! * `typing` — ACLED event and sub-event type;
//! * `assemble` — article state (dates, places, weapons carried across
//!   sentences), record building and merging of one incident's sentences.
//!
//! Date rule: a narrative-relative phrase of the incident ("two days
//! earlier") counts from the article's last established incident date; a
//! span of days ("on Thursday and Friday") keeps its date at week precision.
//! Otherwise a sentence's own date expression wins (the one nearest its
//! trigger). Without one, an event inherits the article's last established
//! incident date unless the sentence opens a new story ("Separately",
//! "Elsewhere"), in which case — or when the article has no dated incident
//! yet — the publication date is used with `week` precision and lower
//! confidence. Claims without a date are dated on publication (`day`).
//! Incidents dated more than about six months before publication are
//! background and give no record.
//!
//! Place rule: the most specific literal place of the incident (a town
//! named "the town of X" or after in/near/at wins; places consistent with
//! the article's dominant country beat homonyms abroad; the speaker's seat
//! is never the location), else the narrative's last place when the
//! sentence continues it, else the article's dominant country, else a
//! demonym's country.
//!
//! One incident, one record: detail sentences ("The attack killed ...",
//! "Five of the attackers were captured") merge into the incident they
//! continue, summing the other side's toll and filling missing fields; the
//! record is anchored on the sentence with the most detail.
//!
//! Cost: sentences with no trigger or cue only feed a cheap country memory;
//! sentences that cannot give a record are not geocoded; an article with no
//! sign of armed conflict at all (crime, accident, sport) gives nothing.
pub mod dates;
pub mod numbers;

mod assemble;
mod attribution;
mod blame;
mod casualties;
mod clauses;
mod deps;
mod lexicon;
mod modality;
mod narrative;
mod roles;
mod text;
mod typing;

use vigil_core::{Article, Record};

/// Errors of this crate. Extraction itself never fails: bad input yields
/// fewer records, not an error.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("invalid span {0}..{1}")]
    Span(usize, usize),
}

/// Turns one article into records. Cheap to share across threads: it holds
/// only references to the embedded gazetteer and actor registry.
#[derive(Debug, Default, Clone)]
pub struct Extractor {}

impl Extractor {
    pub fn new() -> Self {
        Extractor {}
    }

    /// Every event and claim found in `article`. Never panics.
    pub fn extract(&self, article: &Article) -> Vec<Record> {
        assemble::extract_article(article)
    }
}
