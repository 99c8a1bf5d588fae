//! Narrative-relative dates: "two days earlier", "the next day", "over the
//! weekend". They count from the incident the narrative is on, not from the
//! publication date, so `dates` (publication-relative) cannot resolve them;
//! `assemble` applies them to the article's last established incident date.

use chrono::{Datelike, Duration, NaiveDate};
use vigil_core::DatePrecision;

/// How a phrase moves from the reference date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shift {
    /// A fixed number of days (negative: earlier).
    Days(i64),
    /// "<n> days earlier" / "<n> days later": the count is the word before.
    CountedDays(i64),
    /// The same week, not a single day ("earlier in the week", "over the
    /// weekend", "on Thursday and Friday").
    Week,
}

pub(crate) const PHRASES: &[(&str, Shift)] = &[
    ("the next day", Shift::Days(1)),
    ("the following day", Shift::Days(1)),
    ("the next morning", Shift::Days(1)),
    ("the following morning", Shift::Days(1)),
    ("the next night", Shift::Days(1)),
    ("the following night", Shift::Days(1)),
    ("the next afternoon", Shift::Days(1)),
    ("the following afternoon", Shift::Days(1)),
    ("the next evening", Shift::Days(1)),
    ("the following evening", Shift::Days(1)),
    ("a day later", Shift::Days(1)),
    ("a day after", Shift::Days(1)),
    ("one day after", Shift::Days(1)),
    ("one day later", Shift::Days(1)),
    ("the day after", Shift::Days(1)),
    ("the previous day", Shift::Days(-1)),
    ("the day before", Shift::Days(-1)),
    ("a day earlier", Shift::Days(-1)),
    ("a day before", Shift::Days(-1)),
    ("one day earlier", Shift::Days(-1)),
    ("one day before", Shift::Days(-1)),
    ("the previous night", Shift::Days(-1)),
    ("the night before", Shift::Days(-1)),
    ("the previous evening", Shift::Days(-1)),
    ("the evening before", Shift::Days(-1)),
    ("days earlier", Shift::CountedDays(-1)),
    ("days before", Shift::CountedDays(-1)),
    ("days later", Shift::CountedDays(1)),
    ("days after", Shift::CountedDays(1)),
    ("earlier in the week", Shift::Week),
    ("later in the week", Shift::Week),
    ("over the weekend", Shift::Week),
    // "over the past 24 hours" is read against publication (the day
    // before it), by the date matcher, not against the story's last date.
    ("within hours", Shift::Days(0)),
    ("hours later", Shift::Days(0)),
    ("hours earlier", Shift::Days(0)),
];

const SMALL_NUMBERS: &[(&str, i64)] = &[
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("several", 3),
    ("few", 3),
];

/// A narrative-relative date phrase found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RelHit {
    pub start: usize,
    pub end: usize,
    shift: Shift,
}

impl RelHit {
    /// The date and precision this phrase names, counted from `reference`.
    pub(crate) fn resolve(&self, reference: NaiveDate) -> (NaiveDate, DatePrecision) {
        match self.shift {
            Shift::Days(n) | Shift::CountedDays(n) => (
                reference
                    .checked_add_signed(Duration::days(n))
                    .unwrap_or(reference),
                DatePrecision::Day,
            ),
            // "earlier in the week": the Monday of the reference's ISO week,
            // as every week-precision date.
            Shift::Week => (
                reference
                    .checked_sub_days(chrono::Days::new(u64::from(
                        reference.weekday().num_days_from_monday(),
                    )))
                    .unwrap_or(reference),
                DatePrecision::Week,
            ),
        }
    }

    /// Only a span of days ("over the weekend") keeps the reference date and
    /// just widens the precision.
    pub(crate) fn is_span(&self) -> bool {
        self.shift == Shift::Week
    }
}

fn word_bounded(s: &str, start: usize, end: usize) -> bool {
    let before = s.get(..start).and_then(|x| x.chars().next_back());
    let after = s.get(end..).and_then(|x| x.chars().next());
    before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
}

/// The word ending just before `pos` ("two" in "two days earlier").
fn word_before(s: &str, pos: usize) -> Option<(usize, &str)> {
    let head = s.get(..pos)?.trim_end();
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map(|(i, _)| i)?;
    Some((start, head.get(start..)?))
}

/// The first narrative-relative date phrase of `s`, if any.
#[cfg(test)]
pub(crate) fn relative(s: &str) -> Option<RelHit> {
    let read = crate::lexicon::scan_all(s);
    relative_in(s, &read.narrative, &read.weekdays)
}

/// [`relative`] given what leftmost-longest searches find in `s`: the
/// phrases `(start, end, index in PHRASES)` and the weekday names, in order
/// (read with the lexicons).
pub(crate) fn relative_in(
    s: &str,
    phrases: &[(usize, usize, usize)],
    weekdays: &[(usize, usize)],
) -> Option<RelHit> {
    for &(m_start, m_end, k) in phrases {
        if !word_bounded(s, m_start, m_end) {
            continue;
        }
        let shift = PHRASES.get(k)?.1;
        let (start, shift) = match shift {
            Shift::CountedDays(sign) => {
                let Some((ws, w)) = word_before(s, m_start) else {
                    continue;
                };
                let lower = w.to_ascii_lowercase();
                let n = SMALL_NUMBERS
                    .iter()
                    .find(|(name, _)| *name == lower)
                    .map(|(_, n)| *n)
                    .or_else(|| lower.parse::<i64>().ok().filter(|n| (1..=31).contains(n)));
                let Some(n) = n else { continue };
                // "a few days later": the article is at the preceding word.
                let ws = match word_before(s, ws) {
                    Some((as_, "a" | "A")) if lower == "few" => as_,
                    _ => ws,
                };
                (ws, Shift::CountedDays(sign * n))
            }
            other => (m_start, other),
        };
        return Some(RelHit {
            start,
            end: m_end,
            shift,
        });
    }
    weekday_span_in(s, weekdays)
}

/// "on Thursday and Friday", "between Saturday and Sunday": two days name a
/// span, dated to the week.
#[cfg(test)]
fn weekday_span(s: &str) -> Option<RelHit> {
    weekday_span_in(s, &crate::lexicon::scan_all(s).weekdays)
}

/// [`weekday_span`] given the weekday names a leftmost-longest search finds.
fn weekday_span_in(s: &str, weekdays: &[(usize, usize)]) -> Option<RelHit> {
    let days: Vec<(usize, usize)> = weekdays
        .iter()
        .copied()
        .filter(|&(a, b)| word_bounded(s, a, b))
        .collect();
    days.windows(2).find_map(|w| {
        let gap = s.get(w[0].1..w[1].0)?.trim().to_ascii_lowercase();
        let joined = matches!(gap.as_str(), "and" | "to" | "-" | "through" | "night and");
        joined.then_some(RelHit {
            start: w[0].0,
            end: w[1].1,
            shift: Shift::Week,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    fn resolved(s: &str) -> Option<(NaiveDate, DatePrecision)> {
        relative(s).map(|h| h.resolve(d(2024, 3, 11)))
    }

    #[test]
    fn counted_days_move_from_the_reference() {
        assert_eq!(
            resolved("Two days earlier, gunmen attacked a village."),
            Some((d(2024, 3, 9), DatePrecision::Day))
        );
        assert_eq!(
            resolved("Three days later the army retook the town."),
            Some((d(2024, 3, 14), DatePrecision::Day))
        );
        assert_eq!(
            resolved("A few days later the army retook the town."),
            Some((d(2024, 3, 14), DatePrecision::Day))
        );
    }

    #[test]
    fn single_day_phrases() {
        assert_eq!(
            resolved("The next day, troops killed 10.").map(|x| x.0),
            Some(d(2024, 3, 12))
        );
        assert_eq!(
            resolved("Militants had struck the previous night.").map(|x| x.0),
            Some(d(2024, 3, 10))
        );
        assert_eq!(
            resolved("A day after the attack, police arrested two men.").map(|x| x.0),
            Some(d(2024, 3, 12))
        );
    }

    #[test]
    fn spans_give_week_precision() {
        assert_eq!(
            resolved("Fighting raged on Thursday and Friday."),
            Some((d(2024, 3, 11), DatePrecision::Week))
        );
        assert_eq!(
            resolved("Rebels attacked two posts over the weekend."),
            Some((d(2024, 3, 11), DatePrecision::Week))
        );
    }

    #[test]
    fn weekday_spans_are_found_in_any_case_and_need_two_days() {
        for s in [
            "Shelling on THURSDAY and friday.",
            "clashes between Saturday and Sunday",
        ] {
            assert!(weekday_span(s).is_some_and(|h| h.is_span()), "{s}");
        }
        // One weekday, or "day" words that name no weekday.
        for s in [
            "Shelling on Thursday.",
            "a day and a day",
            "Monday's holiday",
            "ay",
            "",
        ] {
            assert!(weekday_span(s).is_none(), "{s}");
        }
    }

    #[test]
    fn no_phrase_no_hit() {
        assert_eq!(relative("Gunmen attacked a village on Monday."), None);
        assert_eq!(relative("holidays later"), None);
        assert_eq!(relative("many days earlier"), None);
        assert_eq!(relative(""), None);
        assert_eq!(relative("é days earlier"), None);
    }
}
