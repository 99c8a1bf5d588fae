//! News pages: main text, headline, date, publisher, canonical URL.
//!
//! The tree is walked iteratively (ego-tree's `traverse`), never
//! recursively, so deeply nested broken markup cannot overflow the stack.
use crate::{collapse_ws, non_empty, parse_date, Draft, Error, Format};
use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use scraper::node::Element;
use scraper::{ElementRef, Html, Node, Selector};
use std::collections::HashMap;
use std::sync::OnceLock;
use vigil_core::Article;

struct Selectors {
    p: Selector,
    meta: Selector,
    ld_json: Selector,
    canonical: Selector,
    title: Selector,
    h1: Selector,
    time: Selector,
    semantic: [Selector; 3],
}

fn selectors() -> &'static Selectors {
    static S: OnceLock<Selectors> = OnceLock::new();
    S.get_or_init(|| {
        // Constant selectors: parsing them cannot fail on any input.
        let s = |q: &str| Selector::parse(q).expect("constant selector");
        Selectors {
            p: s("p"),
            meta: s("meta"),
            ld_json: s("script[type]"),
            canonical: s("link[rel=canonical]"),
            title: s("title"),
            h1: s("h1"),
            time: s("time[datetime]"),
            semantic: [
                s("[itemprop=articleBody]"),
                s("article"),
                s("main, [role=main]"),
            ],
        }
    })
}

/// Elements that never hold article text.
fn hard_boilerplate(el: &Element) -> bool {
    let tag = el.name();
    if matches!(
        tag,
        "nav"
            | "header"
            | "footer"
            | "aside"
            | "script"
            | "style"
            | "noscript"
            | "form"
            | "template"
            | "iframe"
            | "svg"
            | "button"
            | "select"
            | "textarea"
            | "figcaption"
            | "dialog"
            | "menu"
            | "object"
            | "canvas"
            | "head"
            | "title"
            | "video"
            | "audio"
    ) {
        return true;
    }
    if el.attr("hidden").is_some() || el.attr("aria-hidden") == Some("true") {
        return true;
    }
    el.attr("role").is_some_and(|r| {
        matches!(
            r.to_ascii_lowercase().as_str(),
            "navigation"
                | "banner"
                | "contentinfo"
                | "complementary"
                | "dialog"
                | "alertdialog"
                | "search"
                | "menu"
                | "menubar"
        )
    })
}

/// Class/id words that name site furniture but also turn up on wrappers of
/// the whole page ("has-sidebar", "header-offset"): such an element is only
/// dropped when it holds less than half the page's paragraph text.
const WEAK_TOKENS: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "footer",
    "header",
    "masthead",
    "sidebar",
    "aside",
    "trending",
    "popular",
    "banner",
    "share",
    "sharing",
    "social",
    "subscription",
    "promo",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "adslot",
    "tags",
    "toolbar",
    "pagination",
    "hidden",
    "credit",
];

/// Class/id words for blocks that are never the story, however long:
/// reader comments can outweigh the article they are under.
const STRONG_TOKENS: &[&str] = &[
    "comment",
    "comments",
    "related",
    "recommended",
    "recirculation",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "newsletter",
    "subscribe",
    "outbrain",
    "taboola",
    "breadcrumb",
    "breadcrumbs",
    "popup",
    "modal",
    "paywall",
    "sponsored",
    "byline",
    "caption",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Furniture {
    None,
    Weak,
    Strong,
}

/// How surely an element's class or id names it as furniture. `<html>`,
/// `<body>` and `<main>` are exempt (a `<body class="has-sidebar">` is still
/// the page); `<article>` only for weak words.
fn class_furniture(el: &Element) -> Furniture {
    if matches!(el.name(), "html" | "body" | "main") {
        return Furniture::None;
    }
    let mut found = Furniture::None;
    for w in el.classes().chain(el.id()) {
        for token in w.split(|c: char| !c.is_ascii_alphanumeric()) {
            let is = |list: &[&str]| list.iter().any(|t| t.eq_ignore_ascii_case(token));
            if token.is_empty() {
                continue;
            }
            if is(STRONG_TOKENS) {
                return Furniture::Strong;
            }
            if is(WEAK_TOKENS) && el.name() != "article" {
                found = Furniture::Weak;
            }
        }
    }
    found
}

fn p_len(p: &ElementRef) -> usize {
    p.text().map(|t| t.trim().len()).sum()
}

/// Paragraph text per element, used to find the story and to keep class
/// heuristics from throwing it away.
struct Ctx {
    /// `<p>` text under each element (outside hard boilerplate).
    under: HashMap<NodeId, usize>,
    /// `<p>` text whose direct parent is each element, in first-seen order.
    direct: Vec<(NodeId, usize)>,
    total: usize,
}

impl Ctx {
    fn new(doc: &Html) -> Ctx {
        let mut under: HashMap<NodeId, usize> = HashMap::new();
        let mut direct: Vec<(NodeId, usize)> = Vec::new();
        let mut direct_idx: HashMap<NodeId, usize> = HashMap::new();
        let mut total = 0;
        for p in doc.select(&selectors().p) {
            let node: NodeRef<Node> = *p;
            if node
                .ancestors()
                .any(|a| a.value().as_element().is_some_and(hard_boilerplate))
            {
                continue;
            }
            let len = p_len(&p);
            if len == 0 {
                continue;
            }
            total += len;
            for a in node.ancestors() {
                *under.entry(a.id()).or_default() += len;
            }
            if let Some(parent) = node.parent() {
                match direct_idx.get(&parent.id()) {
                    Some(&i) => {
                        if let Some(slot) = direct.get_mut(i) {
                            slot.1 += len;
                        }
                    }
                    None => {
                        direct_idx.insert(parent.id(), direct.len());
                        direct.push((parent.id(), len));
                    }
                }
            }
        }
        Ctx {
            under,
            direct,
            total,
        }
    }

    fn under(&self, id: NodeId) -> usize {
        self.under.get(&id).copied().unwrap_or(0)
    }

    /// Tags and strong class words always mark furniture; weak class words
    /// only when the element holds less than half the page's paragraph
    /// text, so a misnamed wrapper keeps the story.
    fn is_boilerplate(&self, n: NodeRef<Node>) -> bool {
        match n.value().as_element() {
            Some(el) => {
                hard_boilerplate(el)
                    || match class_furniture(el) {
                        Furniture::Strong => true,
                        Furniture::Weak => self.under(n.id()) * 2 < self.total.max(1),
                        Furniture::None => false,
                    }
            }
            None => false,
        }
    }

    fn inside_boilerplate(&self, n: NodeRef<Node>) -> bool {
        std::iter::once(n)
            .chain(n.ancestors())
            .any(|a| self.is_boilerplate(a))
    }
}

/// The element whose text is the story.
fn content_root<'a>(doc: &'a Html, ctx: &Ctx) -> NodeRef<'a, Node> {
    let densest = ctx
        .direct
        .iter()
        .filter_map(|&(id, score)| doc.tree.get(id).map(|n| (n, score)))
        .filter(|(n, _)| !ctx.inside_boilerplate(*n))
        .fold(None::<(NodeRef<Node>, usize)>, |best, (n, s)| match best {
            Some((_, bs)) if bs >= s => best,
            _ => Some((n, s)),
        })
        .map(|(n, s)| (widen(n, s, ctx, doc), s));

    let semantic = selectors().semantic.iter().find_map(|sel| {
        doc.select(sel)
            .map(|e| *e)
            .filter(|n| !ctx.inside_boilerplate(*n))
            .fold(None::<(NodeRef<Node>, usize)>, |best, n| {
                let s = ctx.under(n.id());
                match best {
                    Some((_, bs)) if bs >= s => best,
                    _ => Some((n, s)),
                }
            })
            .filter(|&(_, s)| s > 0)
    });

    match (semantic, densest) {
        // A semantic container that misses most of the text (teaser cards
        // marked up as <article>) loses to the densest block.
        (Some((s, s_score)), Some((d, d_score)))
            if d_score > 2 * s_score && !d.ancestors().any(|a| a.id() == s.id()) =>
        {
            d
        }
        (Some((s, _)), _) => s,
        (None, Some((d, _))) => d,
        (None, None) => body(doc),
    }
}

/// Stories split over sibling blocks (ads or images between them): when a
/// sibling of the densest block holds a fair share of paragraph text too,
/// take their common parent.
fn widen<'a>(n: NodeRef<'a, Node>, score: usize, ctx: &Ctx, _doc: &'a Html) -> NodeRef<'a, Node> {
    let Some(parent) = n.parent() else { return n };
    let is_page = parent
        .value()
        .as_element()
        .is_some_and(|e| matches!(e.name(), "body" | "html"));
    let sibling_text = parent
        .children()
        .filter(|c| c.id() != n.id() && !ctx.is_boilerplate(*c))
        .any(|c| ctx.under(c.id()) * 4 >= score && c.value().is_element());
    if sibling_text && !is_page {
        parent
    } else {
        n
    }
}

fn body(doc: &Html) -> NodeRef<'_, Node> {
    doc.root_element()
        .children()
        .find(|c| c.value().as_element().is_some_and(|e| e.name() == "body"))
        .unwrap_or(*doc.root_element())
}

fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "blockquote"
            | "pre"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "br"
            | "hr"
            | "figure"
            | "address"
            | "center"
            | "body"
            | "html"
            | "header"
            | "footer"
            | "nav"
            | "aside"
    )
}

/// Appends a text node, collapsing whitespace but keeping word breaks that
/// fall between nodes.
fn push_text(cur: &mut String, t: &str) -> usize {
    let mut added = 0;
    if t.starts_with(char::is_whitespace) && !cur.is_empty() && !cur.ends_with(' ') {
        cur.push(' ');
    }
    let mut first = true;
    for w in t.split_whitespace() {
        if !first {
            cur.push(' ');
        }
        cur.push_str(w);
        added += w.len();
        first = false;
    }
    if t.ends_with(char::is_whitespace) && !cur.is_empty() && !cur.ends_with(' ') {
        cur.push(' ');
    }
    added
}

/// Text of `root` as paragraphs, one per block element. With `ctx`,
/// furniture is skipped and link lists dropped (main-text mode); without,
/// only scripts and styles are (feed descriptions).
fn block_texts(root: NodeRef<Node>, ctx: Option<&Ctx>) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut link_chars = 0usize;
    let mut text_chars = 0usize;
    let mut in_link = 0usize;
    let mut skip: Option<NodeId> = None;
    let mut flush = |cur: &mut String, link_chars: &mut usize, text_chars: &mut usize| {
        let p = cur.trim();
        // Blocks that are mostly link text are menus and "read more" lists.
        let linky = ctx.is_some() && *link_chars * 2 > *text_chars;
        if !p.is_empty() && !linky {
            out.push(p.to_string());
        }
        cur.clear();
        *link_chars = 0;
        *text_chars = 0;
    };
    for edge in root.traverse() {
        match edge {
            Edge::Open(n) => {
                if skip.is_some() {
                    continue;
                }
                match n.value() {
                    Node::Element(el) => {
                        let drop = n.id() != root.id()
                            && match ctx {
                                Some(c) => c.is_boilerplate(n),
                                None => matches!(
                                    el.name(),
                                    "script" | "style" | "noscript" | "template"
                                ),
                            };
                        if drop {
                            skip = Some(n.id());
                            continue;
                        }
                        if is_block(el.name()) {
                            flush(&mut cur, &mut link_chars, &mut text_chars);
                        }
                        if el.name() == "a" {
                            in_link += 1;
                        }
                    }
                    Node::Text(t) => {
                        let added = push_text(&mut cur, t);
                        text_chars += added;
                        if in_link > 0 {
                            link_chars += added;
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(n) => {
                if let Some(id) = skip {
                    if id == n.id() {
                        skip = None;
                    }
                    continue;
                }
                if let Some(el) = n.value().as_element() {
                    if is_block(el.name()) {
                        flush(&mut cur, &mut link_chars, &mut text_chars);
                    }
                    if el.name() == "a" {
                        in_link = in_link.saturating_sub(1);
                    }
                }
            }
        }
    }
    flush(&mut cur, &mut link_chars, &mut text_chars);
    out
}

/// Short lines and notices that survive markup-based filtering.
fn is_junk(p: &str) -> bool {
    let lower = p.to_lowercase();
    let words = p.split_whitespace().count();
    let sentence_end = p.ends_with(['.', '!', '?', '"', '\u{201d}', ':']);
    (words < 4 && !sentence_end)
        || (lower.contains("cookie")
            && (lower.contains("accept") || lower.contains("consent") || lower.contains("we use")))
        || (lower.contains("newsletter")
            && (lower.contains("sign up") || lower.contains("subscribe")))
        || lower.contains("all rights reserved")
        || lower.starts_with('©')
        || lower.starts_with("copyright ")
}

/// Strips markup from an HTML fragment (feed descriptions): paragraphs
/// joined by blank lines, entities decoded.
pub(crate) fn fragment_text(src: &str) -> String {
    let frag = Html::parse_fragment(src);
    block_texts(*frag.root_element(), None).join("\n\n")
}

/// What `<meta>`, `<link>`, JSON-LD and `<title>` say about the page.
#[derive(Default)]
struct Meta {
    /// (lower-cased property/name/itemprop, content), in document order.
    tags: Vec<(String, String)>,
    ld_date: Option<String>,
    ld_headline: Option<String>,
    ld_publisher: Option<String>,
    /// JSON-LD `articleBody`: on script-rendered pages the only full text.
    ld_body: Option<String>,
}

impl Meta {
    fn collect(doc: &Html) -> Meta {
        let mut m = Meta::default();
        for el in doc.select(&selectors().meta) {
            let v = el.value();
            let Some(content) = v.attr("content").and_then(non_empty) else {
                continue;
            };
            for key in ["property", "name", "itemprop"] {
                if let Some(k) = v.attr(key) {
                    m.tags
                        .push((k.trim().to_ascii_lowercase(), content.clone()));
                }
            }
        }
        for el in doc.select(&selectors().ld_json) {
            if !el
                .value()
                .attr("type")
                .is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"))
            {
                continue;
            }
            let src: String = el.text().collect();
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(&src) {
                m.read_ld(&v);
            }
        }
        m
    }

    /// Walks JSON-LD (objects, arrays, `@graph`) without recursion; first
    /// value of each field wins.
    fn read_ld(&mut self, root: &serde_json::Value) {
        use serde_json::Value;
        let mut stack = vec![root];
        while let Some(v) = stack.pop() {
            match v {
                Value::Object(o) => {
                    if self.ld_date.is_none() {
                        self.ld_date = o
                            .get("datePublished")
                            .and_then(Value::as_str)
                            .and_then(non_empty);
                    }
                    if self.ld_headline.is_none() {
                        self.ld_headline = o
                            .get("headline")
                            .and_then(Value::as_str)
                            .and_then(non_empty);
                    }
                    if self.ld_body.is_none() {
                        self.ld_body = o
                            .get("articleBody")
                            .and_then(Value::as_str)
                            .and_then(non_empty);
                    }
                    if self.ld_publisher.is_none() {
                        self.ld_publisher = match o.get("publisher") {
                            Some(Value::String(s)) => non_empty(s),
                            Some(Value::Object(p)) => {
                                p.get("name").and_then(Value::as_str).and_then(non_empty)
                            }
                            Some(Value::Array(a)) => a.iter().find_map(|p| {
                                p.get("name").and_then(Value::as_str).and_then(non_empty)
                            }),
                            _ => None,
                        };
                    }
                    // Reverse so earlier values are seen first.
                    stack.extend(o.values().rev());
                }
                Value::Array(a) => stack.extend(a.iter().rev()),
                _ => {}
            }
        }
    }

    fn get<'a>(&'a self, keys: &'a [&str]) -> impl Iterator<Item = &'a str> + 'a {
        keys.iter().flat_map(move |k| {
            self.tags
                .iter()
                .filter(move |(tk, _)| tk == k)
                .map(|(_, v)| v.as_str())
        })
    }
}

/// Longer than any headline: an unclosed `<h1>` in broken markup swallows
/// the page, and then is no headline at all.
const MAX_HEADLINE: usize = 300;

/// First block of text of a heading or `<title>`, scripts excluded.
fn element_text(el: ElementRef) -> Option<String> {
    block_texts(*el, None)
        .into_iter()
        .next()
        .filter(|t| t.len() <= MAX_HEADLINE)
}

/// `<title>` minus a trailing " | Site Name".
fn strip_site_suffix(title: &str, publisher: Option<&str>) -> String {
    for sep in [" | ", " - ", " – ", " — ", " :: "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let tail = tail.trim();
            let is_site = publisher.is_some_and(|p| p.eq_ignore_ascii_case(tail))
                || (tail.split_whitespace().count() <= 3 && head.split_whitespace().count() > 3);
            if is_site && !head.trim().is_empty() {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

pub(crate) fn parse(src: &str, name: &str) -> Result<Vec<Article>, Error> {
    let doc = Html::parse_document(src);
    let ctx = Ctx::new(&doc);
    let meta = Meta::collect(&doc);
    let root = content_root(&doc, &ctx);
    // The story's container: for headline and <time> lookups.
    let container = std::iter::once(root)
        .chain(root.ancestors())
        .find(|n| {
            n.value()
                .as_element()
                .is_some_and(|e| matches!(e.name(), "article" | "main"))
        })
        .and_then(ElementRef::wrap);

    let publisher = meta
        .get(&["og:site_name"])
        .next()
        .map(str::to_string)
        .or_else(|| meta.ld_publisher.clone())
        .or_else(|| {
            meta.get(&[
                "publisher",
                "dc.publisher",
                "dcterms.publisher",
                "application-name",
            ])
            .next()
            .map(str::to_string)
        });

    let title = container
        .and_then(|c| c.select(&selectors().h1).find_map(element_text))
        .or_else(|| {
            meta.get(&["og:title", "twitter:title"])
                .next()
                .map(collapse_ws)
        })
        .or_else(|| meta.ld_headline.as_deref().map(collapse_ws))
        .or_else(|| doc.select(&selectors().h1).find_map(element_text))
        .or_else(|| {
            doc.select(&selectors().title)
                .find_map(element_text)
                .map(|t| strip_site_suffix(&t, publisher.as_deref()))
        })
        .and_then(|t| non_empty(&t));

    let url = doc
        .select(&selectors().canonical)
        .find_map(|l| l.value().attr("href").and_then(non_empty))
        .or_else(|| meta.get(&["og:url"]).next().map(str::to_string));

    let published = published(&doc, &meta, container, name)
        .or_else(|| url.as_deref().and_then(crate::date::date_from_url));

    let mut paragraphs = block_texts(root, Some(&ctx));
    paragraphs.retain(|p| Some(p) != title.as_ref() && !is_junk(p));
    // Script-rendered pages ship the story in JSON-LD and little in markup.
    let html_len: usize = paragraphs.iter().map(String::len).sum();
    if let Some(body) = meta.ld_body.as_deref() {
        if html_len * 2 < body.len() {
            paragraphs = body
                .lines()
                .map(collapse_ws)
                .filter(|p| !p.is_empty() && Some(p) != title.as_ref())
                .collect();
        }
    }
    // Last resort before "no text": the page's own summary.
    if paragraphs.is_empty() {
        paragraphs.extend(
            meta.get(&["og:description", "description", "twitter:description"])
                .next()
                .map(collapse_ws),
        );
    }
    // Old-style pages with no <h1>, og:title or <title>: a short first
    // block without a full stop is the headline.
    let title = title.or_else(|| {
        let first = paragraphs.first()?;
        let headline_like =
            first.split_whitespace().count() <= 20 && !first.ends_with(['.', '!', '?', ':']);
        headline_like.then(|| paragraphs.remove(0))
    });

    let text = match (&title, paragraphs.is_empty()) {
        (None, true) => {
            return Err(Error::NoText {
                name: name.to_string(),
                format: Format::Html,
            })
        }
        (Some(t), true) => t.clone(),
        (None, false) => paragraphs.join("\n\n"),
        (Some(t), false) => format!("{t}\n\n{}", paragraphs.join("\n\n")),
    };
    Ok(vec![Draft {
        title,
        text,
        published,
        url,
        publisher,
    }
    .into_article()])
}

/// Publication date from meta tags, JSON-LD and `<time>`, in that order of
/// trust; the first that parses wins.
fn published(
    doc: &Html,
    meta: &Meta,
    container: Option<ElementRef>,
    name: &str,
) -> Option<chrono::NaiveDate> {
    let mut candidates: Vec<String> = meta
        .get(&[
            "article:published_time",
            "og:published_time",
            "article:published",
            "datepublished",
        ])
        .map(str::to_string)
        .collect();
    candidates.extend(meta.ld_date.clone());
    candidates.extend(
        meta.get(&[
            "date",
            "dc.date.issued",
            "dc.date",
            "dcterms.issued",
            "dcterms.date",
            "dcterms.created",
            "pubdate",
            "publishdate",
            "publish-date",
            "publish_date",
            "parsely-pub-date",
            "sailthru.date",
            "article.published",
            "originalpublicationdate",
        ])
        .map(str::to_string),
    );
    let times = |root: ElementRef| -> Vec<String> {
        root.select(&selectors().time)
            .filter_map(|t| t.value().attr("datetime").and_then(non_empty))
            .collect()
    };
    if let Some(c) = container {
        candidates.extend(times(c));
    }
    candidates.extend(times(doc.root_element()));
    let found = candidates.iter().find_map(|c| parse_date(c));
    if found.is_none() {
        if let Some(first) = candidates.first() {
            tracing::warn!(
                "{name}: cannot parse publication date {first:?}; keeping the article undated"
            );
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn one(src: &str) -> Article {
        parse(src, "t.html").unwrap().remove(0)
    }

    #[test]
    fn article_element_wins_over_furniture() {
        let a = one(
            r#"<html><head><title>Five killed | Daily</title></head><body>
            <nav><a href="/">Home</a> <a href="/w">World news from everywhere</a></nav>
            <article><h1>Five killed in raid</h1>
              <p>Gunmen killed five people in a raid on a village on Tuesday, police said.</p>
              <div class="related-articles"><p>Another story that is related to this one here.</p></div>
              <p>The attackers fled on motorbikes, witnesses told reporters.</p></article>
            <footer><p>Copyright notice and a long footer paragraph of legal text here.</p></footer>
            </body></html>"#,
        );
        assert_eq!(a.title.as_deref(), Some("Five killed in raid"));
        assert_eq!(
            a.text,
            "Five killed in raid\n\nGunmen killed five people in a raid on a village on Tuesday, police said.\n\nThe attackers fled on motorbikes, witnesses told reporters."
        );
    }

    #[test]
    fn densest_block_without_semantic_markup() {
        let a = one(
            r#"<body><div id="menu"><p>Home</p><p>About us and our team</p></div>
            <div class="story"><p>Troops shelled the town overnight, residents said on Sunday.</p>
            <p>At least three civilians were wounded in the shelling.</p></div>
            <div class="teasers"><p>Short teaser.</p></div></body>"#,
        );
        assert!(a.text.starts_with("Troops shelled the town"), "{}", a.text);
        assert!(a.text.contains("three civilians"));
        assert!(!a.text.contains("About us"));
        assert!(!a.text.contains("teaser"));
    }

    #[test]
    fn metadata_from_meta_tags_and_json_ld() {
        let a = one(r#"<html><head>
            <meta property="og:site_name" content="The Daily">
            <meta property="og:title" content="Og headline">
            <link rel="canonical" href="https://daily.example/a">
            <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2019-11-22T08:00:00+03:00","publisher":{"name":"LD Pub"}}]}</script>
            </head><body><p>Clashes broke out in the capital on Friday, officials said.</p></body></html>"#);
        assert_eq!(a.title.as_deref(), Some("Og headline"));
        assert_eq!(a.publisher.as_deref(), Some("The Daily"));
        assert_eq!(a.url.as_deref(), Some("https://daily.example/a"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2019, 11, 22));
        assert!(a.text.starts_with("Og headline\n\nClashes broke out"));
    }

    #[test]
    fn bad_meta_date_falls_back_then_gives_none() {
        let a = one(r#"<head><meta name="date" content="not a date"></head>
            <body><p>A bomb exploded near the market, police said.</p><time datetime="2020-03-01">1 March</time></body>"#);
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2020, 3, 1));
        let b = one(
            r#"<meta name="date" content="garbage"><p>A bomb exploded near the market, police said.</p>"#,
        );
        assert_eq!(b.published, None);
    }

    #[test]
    fn json_ld_article_body_when_markup_has_little_text() {
        let a = one(
            r#"<head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Raid on camp",
            "articleBody":"Troops raided a militant camp on Monday, the army said.\nFive suspects were detained."}</script></head>
            <body><div id="app"><p>Loading…</p></div></body>"#,
        );
        assert_eq!(
            a.text,
            "Raid on camp\n\nTroops raided a militant camp on Monday, the army said.\n\nFive suspects were detained."
        );
    }

    #[test]
    fn description_when_there_is_no_body_at_all() {
        let a = one(
            r#"<head><title>Raid on camp in the north</title><meta name="description" content="Troops raided a camp."></head><body></body>"#,
        );
        assert_eq!(a.text, "Raid on camp in the north\n\nTroops raided a camp.");
    }

    #[test]
    fn long_comments_never_beat_the_story() {
        let comment = "A reader comment that is much longer than the story itself and goes on about other things entirely. ".repeat(6);
        let a = one(&format!(
            r#"<main><article class="post"><h1>Checkpoint attacked</h1>
            <div class="entry-content"><p>Militants attacked a checkpoint on Friday, killing two soldiers, the army said.</p></div></article>
            <div id="comments"><article class="comment-body"><p>{comment}</p><p>{comment}</p></article></div></main>"#
        ));
        assert!(a.text.contains("Militants attacked"), "{}", a.text);
        assert!(!a.text.contains("reader comment"), "{}", a.text);
    }

    #[test]
    fn misnamed_wrapper_with_most_text_is_kept() {
        let a = one(
            r#"<body><div class="wrap with-sidebar header-offset"><div class="txt">
            <p>Troops shelled the town overnight, residents said on Sunday, and fighting went on.</p>
            <p>At least three civilians were wounded in the shelling, a doctor said.</p></div>
            <div class="sidebar"><p>Sidebar text that is short.</p></div></div></body>"#,
        );
        assert!(
            a.text.contains("Troops shelled") && a.text.contains("three civilians"),
            "{}",
            a.text
        );
        assert!(!a.text.contains("Sidebar"), "{}", a.text);
    }

    #[test]
    fn short_first_block_is_headline_when_page_has_none() {
        let a = one("<table><tr><td><b>Bomb kills three in Quetta</b><br><br>A bomb exploded near a police van in Quetta on Monday, killing three people.<br></td></tr></table>");
        assert_eq!(a.title.as_deref(), Some("Bomb kills three in Quetta"));
        assert_eq!(a.text, "Bomb kills three in Quetta\n\nA bomb exploded near a police van in Quetta on Monday, killing three people.");
        let b = one(
            "<p>A bomb exploded near a police van in Quetta on Monday, killing three people.</p>",
        );
        assert_eq!(b.title, None);
    }

    #[test]
    fn title_suffix_is_stripped() {
        assert_eq!(
            strip_site_suffix("Five killed in raid on village | Daily", None),
            "Five killed in raid on village"
        );
        assert_eq!(strip_site_suffix("War - Peace", Some("Peace")), "War");
        assert_eq!(strip_site_suffix("A - B", None), "A - B");
    }

    #[test]
    fn fragment_text_strips_tags_and_entities() {
        assert_eq!(
            fragment_text("<p>Five&nbsp;killed &amp; <b>ten</b> hurt.</p><p>Second.</p>"),
            "Five killed & ten hurt.\n\nSecond."
        );
    }

    #[test]
    fn deeply_nested_markup_does_not_overflow() {
        let src = format!(
            "{}<p>Deep paragraph text is still found here.</p>",
            "<div>".repeat(3_000)
        );
        let a = one(&src);
        assert!(a.text.contains("Deep paragraph"));
    }

    #[test]
    fn page_without_text_is_an_error() {
        assert!(matches!(
            parse("<html><body><script>x()</script></body></html>", "t.html"),
            Err(Error::NoText { .. })
        ));
    }
}
