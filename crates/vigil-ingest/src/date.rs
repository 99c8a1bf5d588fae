//! Publication dates as news sites, feeds and dumps write them.
use chrono::{DateTime, NaiveDate};

/// Years outside this range are placeholders ("0001-01-01") or typos, not
/// publication dates of news reports.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// Formats tried, in order, on the start of the string; whatever follows
/// (a time, a zone) is ignored. The date is the one written, in the
/// writer's own time zone: that is the day the outlet published it.
const PREFIX_FORMATS: &[&str] = &[
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%d %B %Y",
    "%B %d, %Y",
    "%B %d %Y",
    "%A, %B %d, %Y",
    "%A, %d %B %Y",
    "%a, %d %b %Y",
    "%a %b %d %Y",
    "%d.%m.%Y",
];

/// The calendar date of a timestamp: RFC 3339 / ISO 8601
/// (`2019-11-22T10:00:00-05:00`, `2019-11-22`), RFC 2822
/// (`Fri, 22 Nov 2019 10:00:00 GMT`), `20191122`, or common written forms
/// (`22 November 2019`, `November 22, 2019`). `None` when none fits.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    let d = DateTime::parse_from_rfc3339(s)
        .or_else(|_| DateTime::parse_from_rfc2822(s))
        .map(|dt| dt.date_naive())
        .ok()
        .or_else(|| compact(s))
        .or_else(|| {
            PREFIX_FORMATS
                .iter()
                .find_map(|f| NaiveDate::parse_and_remainder(s, f).ok().map(|(d, _)| d))
        })?;
    YEARS.contains(&chrono::Datelike::year(&d)).then_some(d)
}

/// `20191122`, as DC.date and some URLs carry it.
fn compact(s: &str) -> Option<NaiveDate> {
    if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
        NaiveDate::parse_from_str(s, "%Y%m%d").ok()
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn parses_feed_and_meta_forms() {
        assert_eq!(parse_date("2019-11-22"), d(2019, 11, 22));
        assert_eq!(parse_date("2019-11-22T23:30:00-05:00"), d(2019, 11, 22));
        assert_eq!(parse_date("2019-11-22T10:00:00.000Z"), d(2019, 11, 22));
        assert_eq!(parse_date("2019-11-22 10:00"), d(2019, 11, 22));
        assert_eq!(parse_date("Fri, 22 Nov 2019 10:00:00 GMT"), d(2019, 11, 22));
        assert_eq!(
            parse_date("Fri, 22 Nov 2019 10:00:00 +0300"),
            d(2019, 11, 22)
        );
        assert_eq!(parse_date("22 November 2019"), d(2019, 11, 22));
        assert_eq!(parse_date("November 22, 2019"), d(2019, 11, 22));
        assert_eq!(parse_date("20191122"), d(2019, 11, 22));
    }

    #[test]
    fn keeps_the_writers_calendar_day() {
        // 23:30 in New York is already the next day in UTC; the outlet's
        // date is the 22nd.
        assert_eq!(parse_date("2019-11-22T23:30:00-05:00"), d(2019, 11, 22));
    }

    #[test]
    fn rejects_impossible_and_placeholder_dates() {
        assert_eq!(parse_date("2019-13-45"), None);
        assert_eq!(parse_date("0001-01-01T00:00:00Z"), None);
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date(""), None);
        assert_eq!(parse_date("12345678"), None);
    }
}
