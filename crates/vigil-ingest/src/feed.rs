//! RSS 2.0, RSS 1.0 (RDF) and Atom: one article per item/entry.
use crate::html::fragment_text;
use crate::{collapse_ws, date_or_warn, non_empty, Draft, Error, Format, Problem};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use vigil_core::Article;

#[derive(Clone, Copy, PartialEq, Debug)]
enum Field {
    Title,
    Link,
    Summary,
    Content,
    Published,
    Updated,
    FeedTitle,
}

#[derive(Default)]
struct Item {
    title: Option<String>,
    link: Option<String>,
    summary: Option<String>,
    content: Option<String>,
    published: Option<String>,
    updated: Option<String>,
    /// Byte offset of the item; turned into a line number only for
    /// messages (counting lines per item would be quadratic).
    pos: u64,
}

struct Capture {
    field: Field,
    /// Elements opened inside the captured one (Atom `type="xhtml"`).
    nested: usize,
    buf: String,
}

fn qname(e: &BytesStart) -> String {
    String::from_utf8_lossy(e.name().as_ref()).to_ascii_lowercase()
}

fn local(q: &str) -> &str {
    q.rsplit_once(':').map_or(q, |(_, l)| l)
}

fn attr(e: &BytesStart, key: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == key)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

/// Which item field a direct child element of `<item>`/`<entry>` fills.
fn item_field(q: &str) -> Option<Field> {
    Some(match q {
        "title" | "atom:title" => Field::Title,
        "link" | "atom:link" => Field::Link,
        "description" | "summary" | "atom:summary" | "dc:description" => Field::Summary,
        "content:encoded" | "content" | "atom:content" => Field::Content,
        "pubdate" | "published" | "atom:published" | "dc:date" | "dcterms:issued" | "issued" => {
            Field::Published
        }
        "updated" | "atom:updated" | "modified" | "dcterms:modified" => Field::Updated,
        _ => return None,
    })
}

/// Text nodes inside nested XHTML are re-escaped so the HTML stripper sees
/// them as text, not markup.
fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn line_of(src: &str, pos: u64) -> usize {
    let end = usize::try_from(pos).unwrap_or(usize::MAX).min(src.len());
    1 + src
        .as_bytes()
        .get(..end)
        .unwrap_or_default()
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

/// Titles may carry entities or markup (`type="html"`); plain ones are kept
/// as they are.
fn clean_inline(s: &str) -> Option<String> {
    if s.contains(['<', '&']) {
        non_empty(&collapse_ws(&fragment_text(s)))
    } else {
        non_empty(&collapse_ws(s))
    }
}

pub(crate) fn parse(src: &str, name: &str) -> Result<Vec<Article>, Error> {
    let mut reader = Reader::from_str(src);
    let mut stack: Vec<String> = Vec::new();
    let mut feed_title: Option<String> = None;
    let mut item: Option<(Item, usize)> = None;
    let mut capture: Option<Capture> = None;
    let mut drafts: Vec<Draft> = Vec::new();
    let mut failure: Option<Problem> = None;
    let mut seen_root = false;

    loop {
        let pos = reader.buffer_position();
        let event = match reader.read_event() {
            Ok(ev) => ev,
            Err(e) => {
                failure = Some(Problem {
                    line: Some(line_of(src, reader.error_position())),
                    message: e.to_string(),
                });
                break;
            }
        };
        match event {
            Event::Start(e) => {
                let q = qname(&e);
                if let Some(cap) = capture.as_mut() {
                    cap.buf.push_str(&format!("<{}>", local(&q)));
                    cap.nested += 1;
                    stack.push(q);
                    continue;
                }
                if !seen_root {
                    seen_root = true;
                    if !matches!(local(&q), "rss" | "feed" | "rdf") {
                        return Err(Error::Malformed {
                            name: name.to_string(),
                            format: Format::Feed,
                            line: line_of(src, pos),
                            message: format!(
                                "root element is <{q}>, not <rss>, <feed> or <rdf:RDF>"
                            ),
                        });
                    }
                }
                let parent = stack.last().map(|p| local(p).to_string());
                stack.push(q.clone());
                let depth = stack.len();
                match &mut item {
                    None if matches!(local(&q), "item" | "entry") => {
                        item = Some((
                            Item {
                                pos,
                                ..Item::default()
                            },
                            depth,
                        ));
                    }
                    None => {
                        if local(&q) == "title"
                            && feed_title.is_none()
                            && matches!(parent.as_deref(), Some("channel" | "feed"))
                        {
                            capture = Some(Capture {
                                field: Field::FeedTitle,
                                nested: 0,
                                buf: String::new(),
                            });
                        }
                    }
                    Some((it, d)) if depth == *d + 1 => {
                        if let Some(field) = item_field(&q) {
                            // Atom links carry the URL in href.
                            if field == Field::Link {
                                if let Some(href) = attr(&e, b"href") {
                                    set_link(it, &e, href);
                                    continue;
                                }
                            }
                            capture = Some(Capture {
                                field,
                                nested: 0,
                                buf: String::new(),
                            });
                        }
                    }
                    Some(_) => {}
                }
            }
            Event::Empty(e) => {
                let q = qname(&e);
                if let Some(cap) = capture.as_mut() {
                    cap.buf.push_str(&format!("<{}/>", local(&q)));
                } else if let Some((it, d)) = &mut item {
                    if stack.len() == *d && item_field(&q) == Some(Field::Link) {
                        if let Some(href) = attr(&e, b"href") {
                            set_link(it, &e, href);
                        }
                    }
                }
            }
            Event::End(_) => {
                let q = stack.pop().unwrap_or_default();
                if let Some(cap) = capture.as_mut() {
                    if cap.nested > 0 {
                        cap.nested -= 1;
                        cap.buf.push_str(&format!("</{}>", local(&q)));
                        continue;
                    }
                    if let Some(cap) = capture.take() {
                        match cap.field {
                            Field::FeedTitle => feed_title = clean_inline(&cap.buf),
                            f => {
                                if let Some((it, _)) = &mut item {
                                    store(it, f, cap.buf);
                                }
                            }
                        }
                    }
                    continue;
                }
                if item.as_ref().is_some_and(|(_, d)| *d == stack.len() + 1) {
                    if let Some((it, _)) = item.take() {
                        match finish(it, src, name) {
                            Ok(d) => drafts.push(d),
                            Err(p) => tracing::warn!("{name}: {p}; skipped"),
                        }
                    }
                }
            }
            Event::Text(t) => {
                if let Some(cap) = capture.as_mut() {
                    let s = t
                        .unescape()
                        .map(|c| c.into_owned())
                        .unwrap_or_else(|_| String::from_utf8_lossy(&t).into_owned());
                    if cap.nested > 0 {
                        cap.buf.push_str(&escape_html(&s));
                    } else {
                        cap.buf.push_str(&s);
                    }
                }
            }
            Event::CData(c) => {
                if let Some(cap) = capture.as_mut() {
                    let s = String::from_utf8_lossy(&c);
                    if cap.nested > 0 {
                        cap.buf.push_str(&escape_html(&s));
                    } else {
                        cap.buf.push_str(&s);
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }

    if failure.is_none() && !seen_root {
        return Err(Error::NoText {
            name: name.to_string(),
            format: Format::Feed,
        });
    }
    let articles: Vec<Article> = drafts
        .into_iter()
        .map(|mut d| {
            if d.publisher.is_none() {
                d.publisher.clone_from(&feed_title);
            }
            d.into_article()
        })
        .collect();
    match failure {
        None => Ok(articles),
        Some(p) if articles.is_empty() => Err(Error::Malformed {
            name: name.to_string(),
            format: Format::Feed,
            line: p.line.unwrap_or(1),
            message: p.message,
        }),
        Some(p) => Err(Error::Partial {
            name: name.to_string(),
            articles,
            problems: vec![p],
        }),
    }
}

fn set_link(it: &mut Item, e: &BytesStart, href: String) {
    let alternate = match attr(e, b"rel") {
        None => true,
        Some(r) => r.eq_ignore_ascii_case("alternate"),
    };
    if it.link.is_none() && alternate {
        it.link = non_empty(&href);
    }
}

fn store(it: &mut Item, field: Field, buf: String) {
    let slot = match field {
        Field::Title => &mut it.title,
        Field::Link => &mut it.link,
        Field::Summary => &mut it.summary,
        Field::Content => &mut it.content,
        Field::Published => &mut it.published,
        Field::Updated => &mut it.updated,
        Field::FeedTitle => return,
    };
    if slot.is_none() {
        *slot = Some(buf);
    }
}

fn finish(it: Item, src: &str, name: &str) -> Result<Draft, String> {
    let title = it.title.as_deref().and_then(clean_inline);
    let summary = it.summary.as_deref().map(fragment_text).unwrap_or_default();
    let content = it.content.as_deref().map(fragment_text).unwrap_or_default();
    let body = if content.len() > summary.len() {
        content
    } else {
        summary
    };
    let body = body.trim();
    let text = match (&title, body.is_empty()) {
        (None, true) => {
            return Err(format!(
                "item at line {} has neither title nor text",
                line_of(src, it.pos)
            ))
        }
        (Some(t), true) => t.clone(),
        (None, false) => body.to_string(),
        // Some feeds repeat the headline as the description's first line.
        (Some(t), false) if body.starts_with(t.as_str()) => body.to_string(),
        (Some(t), false) => format!("{t}\n\n{body}"),
    };
    let published = it
        .published
        .as_deref()
        .and_then(|d| date_or_warn(d, name, "item"))
        .or_else(|| {
            it.updated
                .as_deref()
                .and_then(|d| date_or_warn(d, name, "item"))
        })
        .or_else(|| it.link.as_deref().and_then(crate::date::date_from_url));
    Ok(Draft {
        title,
        text,
        published,
        url: it.link.as_deref().and_then(non_empty),
        publisher: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn rss_items_become_articles() {
        let src = r#"<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Daily &amp; Co</title><image><title>logo</title></image>
<item><title>Five killed</title><link>https://x.org/1</link>
<description>&lt;p&gt;Gunmen killed five people.&lt;/p&gt;</description>
<pubDate>Fri, 22 Nov 2019 10:00:00 GMT</pubDate></item>
<item><title>Second</title><description><![CDATA[<p>Shelling hit <b>the</b> town&nbsp;centre.</p>]]></description>
<pubDate>not a date</pubDate></item>
</channel></rss>"#;
        let a = parse(src, "f.rss").unwrap();
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].text, "Five killed\n\nGunmen killed five people.");
        assert_eq!(a[0].publisher.as_deref(), Some("Daily & Co"));
        assert_eq!(a[0].url.as_deref(), Some("https://x.org/1"));
        assert_eq!(a[0].published, NaiveDate::from_ymd_opt(2019, 11, 22));
        assert_eq!(a[1].text, "Second\n\nShelling hit the town centre.");
        assert_eq!(a[1].published, None);
    }

    #[test]
    fn atom_entries_with_xhtml_content_and_href_links() {
        let src = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title type="html">Raid &amp;lt;update&amp;gt;</title><link rel="self" href="https://x.org/self"/><link href="https://x.org/e1"/>
<updated>2020-01-02T00:00:00Z</updated><summary>short</summary>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Troops raided a camp &amp; detained 3 &lt;suspects&gt;.</p></div></content></entry></feed>"#;
        let a = parse(src, "f.atom").unwrap();
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].title.as_deref(), Some("Raid <update>"));
        assert_eq!(a[0].url.as_deref(), Some("https://x.org/e1"));
        assert_eq!(a[0].published, NaiveDate::from_ymd_opt(2020, 1, 2));
        assert_eq!(a[0].publisher.as_deref(), Some("Atom Wire"));
        assert!(
            a[0].text
                .ends_with("Troops raided a camp & detained 3 <suspects>."),
            "{}",
            a[0].text
        );
    }

    #[test]
    fn broken_xml_keeps_items_before_the_break() {
        let src = "<rss><channel><item><title>One</title></item>\n<item><title>Two</wrong></item></channel></rss>";
        match parse(src, "f.rss") {
            Err(Error::Partial {
                articles, problems, ..
            }) => {
                assert_eq!(articles.len(), 1);
                assert_eq!(problems[0].line, Some(2));
            }
            other => panic!("expected Partial, got {other:?}"),
        }
        let e = parse("<rss><channel><item><title>x</oops>", "f.rss").unwrap_err();
        assert!(matches!(e, Error::Malformed { line: 1, .. }), "{e}");
    }

    #[test]
    fn non_feed_root_is_refused() {
        let e = parse("<html><body>x</body></html>", "f.xml").unwrap_err();
        assert!(e.to_string().contains("not <rss>"), "{e}");
    }
}
