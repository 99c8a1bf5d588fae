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

/// The date in a news URL path: `/2019/11/22/` or `/2019-11-22-slug`.
/// Many outlets put it there; it is the fallback when a page states none.
pub(crate) fn date_from_url(url: &str) -> Option<NaiveDate> {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let segments: Vec<&str> = path.split('/').collect();
    let num = |s: &str, len: std::ops::RangeInclusive<usize>| -> Option<u32> {
        (len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let in_range = |d: NaiveDate| YEARS.contains(&chrono::Datelike::year(&d)).then_some(d);
    for (i, seg) in segments.iter().enumerate() {
        // /2019/11/22/
        if let (Some(y), Some(m), Some(d)) = (
            num(seg, 4..=4),
            segments.get(i + 1).and_then(|s| num(s, 1..=2)),
            segments.get(i + 2).and_then(|s| num(s, 1..=2)),
        ) {
            if let Some(date) = NaiveDate::from_ymd_opt(y as i32, m, d).and_then(in_range) {
                return Some(date);
            }
        }
        // /2019-11-22-slug or /2019-11-22
        if let Some(head) = seg.get(..10) {
            if let Ok(date) = NaiveDate::parse_from_str(head, "%Y-%m-%d") {
                if let Some(d) = in_range(date) {
                    return Some(d);
                }
            }
        }
    }
    None
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
    fn dates_in_url_paths() {
        assert_eq!(
            date_from_url("https://x.org/news/2019/11/22/raid"),
            d(2019, 11, 22)
        );
        assert_eq!(date_from_url("https://x.org/2019/1/2/"), d(2019, 1, 2));
        assert_eq!(
            date_from_url("https://x.org/world/2020-03-01-bomb?x=2020/01/01"),
            d(2020, 3, 1)
        );
        assert_eq!(date_from_url("https://x.org/2019/13/45/raid"), None);
        assert_eq!(date_from_url("https://x.org/story/12345/67/89"), None);
        assert_eq!(date_from_url("https://x.org/é/2019/11"), None);
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
