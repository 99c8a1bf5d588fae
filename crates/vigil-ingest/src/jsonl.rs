//! JSON Lines (or one JSON array) of `{"title","text","published","url","source"}`.
use crate::{date_or_warn, non_empty, Draft, Error, Problem};
use serde::Deserialize;
use vigil_core::Article;

#[derive(Deserialize)]
struct Record {
    title: Option<String>,
    text: Option<String>,
    published: Option<String>,
    url: Option<String>,
    source: Option<String>,
    publisher: Option<String>,
}

/// serde_json's message without its " at line 1 column N": within one line
/// the column is what helps.
fn json_message(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let head = msg
        .rsplit_once(" at line ")
        .map_or(msg.as_str(), |(h, _)| h);
    format!("{head} (column {})", e.column())
}

fn to_draft(r: Record, name: &str) -> Result<Draft, String> {
    let title = r.title.as_deref().and_then(non_empty);
    let body = r.text.as_deref().map(str::trim).unwrap_or_default();
    let text = match &title {
        None if body.is_empty() => return Err("no \"text\" and no \"title\"".to_string()),
        None => body.to_string(),
        Some(t) if body.is_empty() => t.clone(),
        Some(t) if body.starts_with(t.as_str()) => body.to_string(),
        Some(t) => format!("{t}\n\n{body}"),
    };
    Ok(Draft {
        title,
        text,
        published: r
            .published
            .as_deref()
            .and_then(|d| date_or_warn(d, name, "\"published\""))
            .or_else(|| r.url.as_deref().and_then(crate::date::date_from_url)),
        url: r.url.as_deref().and_then(non_empty),
        publisher: r.source.or(r.publisher).as_deref().and_then(non_empty),
    })
}

pub(crate) fn parse(src: &str, name: &str) -> Result<Vec<Article>, Error> {
    let mut articles = Vec::new();
    let mut problems = Vec::new();
    if src.trim_start().starts_with('[') {
        // A whole-file JSON array: problems are per element, not per line.
        let values: Vec<serde_json::Value> =
            serde_json::from_str(src).map_err(|e| Error::Malformed {
                name: name.to_string(),
                format: crate::Format::Jsonl,
                line: e.line(),
                message: e.to_string(),
            })?;
        for (i, v) in values.into_iter().enumerate() {
            match serde_json::from_value::<Record>(v)
                .map_err(|e| e.to_string())
                .and_then(|r| to_draft(r, name))
            {
                Ok(d) => articles.push(d.into_article()),
                Err(message) => problems.push(Problem {
                    line: None,
                    message: format!("array element {}: {message}", i + 1),
                }),
            }
        }
    } else {
        for (i, line) in src.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<Record>(line)
                .map_err(|e| json_message(&e))
                .and_then(|r| to_draft(r, name))
            {
                Ok(d) => articles.push(d.into_article()),
                Err(message) => problems.push(Problem {
                    line: Some(i + 1),
                    message,
                }),
            }
        }
    }
    if problems.is_empty() {
        Ok(articles)
    } else {
        Err(Error::Partial {
            name: name.to_string(),
            articles,
            problems,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn reads_lines_and_prefixes_title() {
        let src = "{\"title\":\"Raid\",\"text\":\"Troops raided a camp.\",\"published\":\"2019-11-22\",\"source\":\"AFP\",\"url\":\"u\"}\n\n{\"text\":\"Raid2\\nBody\",\"title\":\"Raid2\"}\n";
        let a = parse(src, "a.jsonl").unwrap();
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].text, "Raid\n\nTroops raided a camp.");
        assert_eq!(a[0].publisher.as_deref(), Some("AFP"));
        assert_eq!(a[0].published, NaiveDate::from_ymd_opt(2019, 11, 22));
        assert_eq!(a[1].text, "Raid2\nBody");
    }

    #[test]
    fn bad_lines_are_reported_with_numbers_and_good_ones_kept() {
        let src = "{\"text\":\"one\"}\n{broken\n{\"title\":null}\n{\"text\":\"four\",\"published\":\"soon\"}\n";
        match parse(src, "a.jsonl") {
            Err(Error::Partial {
                articles, problems, ..
            }) => {
                let texts: Vec<_> = articles.iter().map(|a| a.text.as_str()).collect();
                assert_eq!(texts, ["one", "four"]);
                assert_eq!(articles[1].published, None);
                let lines: Vec<_> = problems.iter().map(|p| p.line).collect();
                assert_eq!(lines, [Some(2), Some(3)]);
            }
            other => panic!("expected Partial, got {other:?}"),
        }
    }

    #[test]
    fn url_date_fills_in_a_missing_date_only() {
        let src = "{\"text\":\"a\",\"url\":\"https://x.org/2019/11/22/a\"}\n{\"text\":\"b\",\"published\":\"2020-01-01\",\"url\":\"https://x.org/2019/11/22/b\"}";
        let a = parse(src, "a.jsonl").unwrap();
        assert_eq!(a[0].published, NaiveDate::from_ymd_opt(2019, 11, 22));
        assert_eq!(a[1].published, NaiveDate::from_ymd_opt(2020, 1, 1));
    }

    #[test]
    fn json_array_is_accepted() {
        let a = parse("[{\"text\":\"a\"},{\"text\":\"b\"}]", "a.json").unwrap();
        assert_eq!(a.len(), 2);
        assert!(matches!(
            parse("[{\"text\":", "a.json"),
            Err(Error::Malformed { .. })
        ));
    }
}
