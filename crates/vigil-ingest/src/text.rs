//! Plain-text articles with an optional header block (see the crate docs).
use crate::{date_or_warn, non_empty, Draft, Error, Format};
use vigil_core::Article;

#[derive(Clone, Copy, PartialEq)]
enum Key {
    Published,
    Source,
    Url,
}

fn header_key(k: &str) -> Option<Key> {
    match k.trim().to_ascii_lowercase().as_str() {
        "published" | "date" | "publication date" => Some(Key::Published),
        "source" | "publisher" => Some(Key::Source),
        "url" | "link" => Some(Key::Url),
        _ => None,
    }
}

pub(crate) fn parse(raw: &str, name: &str) -> Result<Vec<Article>, Error> {
    // CRLF and lone CR files read as LF so sentence and line logic downstream
    // sees one convention.
    let text = raw.replace("\r\n", "\n").replace('\r', "\n");
    let mut draft = Draft::default();
    let body = match header_block(&text) {
        Some((headers, body)) => {
            for (key, value) in headers {
                match key {
                    Key::Published => draft.published = date_or_warn(value, name, "Published:"),
                    Key::Source => draft.publisher = non_empty(value),
                    Key::Url => draft.url = non_empty(value),
                }
            }
            body
        }
        None => text.as_str(),
    };
    if draft.published.is_none() {
        draft.published = draft.url.as_deref().and_then(crate::date::date_from_url);
    }
    let body = body.trim_start().trim_end();
    if body.is_empty() {
        return Err(Error::NoText {
            name: name.to_string(),
            format: Format::Text,
        });
    }
    draft.title = body.lines().next().and_then(non_empty);
    draft.text = body.to_string();
    Ok(vec![draft.into_article()])
}

/// The leading `Key: value` lines and the text after the blank line that
/// ends them, or `None` when the file does not start with such a block.
fn header_block(text: &str) -> Option<(Vec<(Key, &str)>, &str)> {
    let mut headers = Vec::new();
    let mut rest = text.trim_start_matches('\n');
    loop {
        let (line, after) = match rest.split_once('\n') {
            Some((l, a)) => (l, a),
            None => (rest, ""),
        };
        if line.trim().is_empty() {
            return (!headers.is_empty()).then_some((headers, rest));
        }
        let (k, v) = line.split_once(':')?;
        headers.push((header_key(k)?, v.trim()));
        if after.is_empty() {
            // No blank line ends the block: these were not headers.
            return None;
        }
        rest = after;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn headline_is_first_line_and_stays_in_text() {
        let a = parse("\n\n  Gunmen kill five\nBody one.\n", "a.txt").unwrap();
        assert_eq!(a[0].title.as_deref(), Some("Gunmen kill five"));
        assert!(a[0].text.starts_with("Gunmen kill five\nBody one."));
        assert_eq!(a[0].id, vigil_core::article_id(&a[0].text));
    }

    #[test]
    fn header_block_is_read_and_stripped() {
        let src = "Published: 2019-11-22\r\nSource: Reuters\r\nURL: https://x.org/a\r\n\r\nHeadline\r\nBody.";
        let a = &parse(src, "a.txt").unwrap()[0];
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2019, 11, 22));
        assert_eq!(a.publisher.as_deref(), Some("Reuters"));
        assert_eq!(a.url.as_deref(), Some("https://x.org/a"));
        assert_eq!(a.text, "Headline\nBody.");
    }

    #[test]
    fn unknown_key_or_missing_blank_line_means_no_headers() {
        let a = &parse("Update: army says 5 killed\nBody.", "a.txt").unwrap()[0];
        assert_eq!(a.title.as_deref(), Some("Update: army says 5 killed"));
        let b = &parse("Source: the army said 5 died\nBody.", "a.txt").unwrap()[0];
        assert_eq!(b.publisher, None);
        assert!(b.text.starts_with("Source: the army"));
    }

    #[test]
    fn bad_header_date_keeps_the_article() {
        let a = &parse("Date: sometime\n\nHeadline\nBody.", "a.txt").unwrap()[0];
        assert_eq!(a.published, None);
        assert_eq!(a.text, "Headline\nBody.");
    }

    #[test]
    fn headers_without_article_are_no_text() {
        let e = parse("Source: Reuters\n\n", "a.txt").unwrap_err();
        assert!(matches!(e, Error::NoText { .. }));
    }
}
