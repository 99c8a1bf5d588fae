//! WARC web archives (ISO 28500; `.warc`, `.warc.gz`), as written by
//! Common Crawl (CC-NEWS), Heritrix, wget and browsertrix: every archived
//! HTML page becomes an article (through the HTML reader), and every plain
//! text `conversion` record (Common Crawl's WET files) a text article.
//!
//! Archives are read as a stream, record by record, so a multi-gigabyte
//! crawl never sits in memory; the size cap applies to each record instead.
//! Hand-written rather than taken from the `warc` crate because a crawl
//! routinely holds a damaged or truncated record, and losing the rest of
//! the archive to it is not acceptable: a bad record is reported and
//! reading resumes at the next `WARC/` header line.

use crate::decode::find;
use crate::{date, html, text, Error, Format, Problem};
use std::io::{BufRead, Read};
use vigil_core::Article;

/// What a WARC archive gave: articles in archive order, and the records
/// that could not be read.
pub(crate) struct Outcome {
    pub articles: Vec<Article>,
    pub problems: Vec<Problem>,
}

/// Whether `head` (the first bytes of an input) starts a WARC archive,
/// plain or gzipped (each record its own gzip member, as the spec advises).
pub(crate) fn sniff(head: &[u8]) -> bool {
    if head.starts_with(b"WARC/") {
        return true;
    }
    if head.starts_with(&[0x1f, 0x8b]) {
        let mut first = [0u8; 5];
        let mut gz = flate2::read::GzDecoder::new(head);
        return gz.read_exact(&mut first).is_ok() && &first == b"WARC/";
    }
    false
}

/// The reader for an archive's bytes, decompressing gzip when present.
pub(crate) fn open<'a, R: BufRead + 'a>(mut r: R) -> std::io::Result<Box<dyn BufRead + 'a>> {
    let gz = r.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    Ok(if gz {
        Box::new(std::io::BufReader::new(
            flate2::bufread::MultiGzDecoder::new(r),
        ))
    } else {
        Box::new(r)
    })
}

/// Reads every record of an archive. `max_record` caps one record's
/// content; larger records are skipped (reported), not loaded.
pub(crate) fn read(r: impl BufRead, name: &str, max_record: u64) -> Result<Outcome, Error> {
    read_chunked(r, name, max_record, usize::MAX, &mut |_| true)
}

/// [`read`], handing articles to `sink` whenever `chunk` of them are
/// waiting, so a caller can process a large archive as it is read; the
/// returned outcome holds the articles not handed over yet. Reading stops
/// early when `sink` returns false.
pub(crate) fn read_chunked(
    mut r: impl BufRead,
    name: &str,
    max_record: u64,
    chunk: usize,
    sink: &mut dyn FnMut(Vec<Article>) -> bool,
) -> Result<Outcome, Error> {
    let mut out = Outcome {
        articles: Vec::new(),
        problems: Vec::new(),
    };
    let mut line_no = 0usize;
    let mut line = Vec::new();
    loop {
        // Find the next version line, skipping the blank lines between
        // records (and whatever is left of a damaged one).
        line.clear();
        let n = read_line(&mut r, &mut line, name)?;
        if n == 0 {
            break;
        }
        line_no += 1;
        if !line.starts_with(b"WARC/") {
            continue;
        }
        let record_line = line_no;
        let headers = match read_headers(&mut r, &mut line_no, name)? {
            Some(h) => h,
            None => {
                out.problems.push(Problem {
                    line: Some(record_line),
                    message: "WARC record ends inside its header".into(),
                });
                break;
            }
        };
        let Some(length) = header(&headers, "content-length").and_then(|v| v.parse::<u64>().ok())
        else {
            out.problems.push(Problem {
                line: Some(record_line),
                message: "WARC record without a valid Content-Length; skipped".into(),
            });
            continue;
        };
        if length > max_record {
            out.problems.push(Problem {
                line: Some(record_line),
                message: format!(
                    "WARC record of {length} bytes is over the limit of {max_record}; skipped"
                ),
            });
            skip(&mut r, length, name)?;
            continue;
        }
        let mut block = Vec::with_capacity(length as usize);
        (&mut r)
            .take(length)
            .read_to_end(&mut block)
            .map_err(|source| Error::Io {
                name: name.to_string(),
                source,
            })?;
        line_no += block.iter().filter(|&&b| b == b'\n').count();
        if (block.len() as u64) < length {
            out.problems.push(Problem {
                line: Some(record_line),
                message: format!("truncated WARC record ({} of {length} bytes)", block.len()),
            });
            break;
        }
        match page(&headers, &block) {
            Ok(Some(p)) => match p.into_articles() {
                Ok(articles) => {
                    out.articles.extend(articles);
                    if out.articles.len() >= chunk && !sink(std::mem::take(&mut out.articles)) {
                        break;
                    }
                }
                Err(e) => out.problems.push(Problem {
                    line: Some(record_line),
                    message: e.to_string(),
                }),
            },
            Ok(None) => {}
            Err(message) => out.problems.push(Problem {
                line: Some(record_line),
                message,
            }),
        }
    }
    Ok(out)
}

fn read_line(r: &mut impl BufRead, buf: &mut Vec<u8>, name: &str) -> Result<usize, Error> {
    // A line longer than this is not a header: read it in pieces so a
    // newline-free gigabyte cannot be pulled into memory at once.
    const MAX_LINE: u64 = 64 * 1024;
    (&mut *r)
        .take(MAX_LINE)
        .read_until(b'\n', buf)
        .map_err(|source| Error::Io {
            name: name.to_string(),
            source,
        })
}

fn skip(r: &mut impl BufRead, n: u64, name: &str) -> Result<(), Error> {
    std::io::copy(&mut r.take(n), &mut std::io::sink())
        .map(|_| ())
        .map_err(|source| Error::Io {
            name: name.to_string(),
            source,
        })
}

/// Header lines up to the blank line, names lower-cased. None at end of input.
fn read_headers(
    r: &mut impl BufRead,
    line_no: &mut usize,
    name: &str,
) -> Result<Option<Headers>, Error> {
    let mut headers = Vec::new();
    let mut line = Vec::new();
    loop {
        line.clear();
        if read_line(r, &mut line, name)? == 0 {
            return Ok(None);
        }
        *line_no += 1;
        let l = String::from_utf8_lossy(&line);
        let l = l.trim_end_matches(['\r', '\n']);
        if l.is_empty() {
            return Ok(Some(headers));
        }
        if let Some((k, v)) = l.split_once(':') {
            headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
        }
    }
}

/// Header fields in order, names lower-cased.
type Headers = Vec<(String, String)>;

fn header<'h>(headers: &'h [(String, String)], key: &str) -> Option<&'h str> {
    headers
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// One archived document worth reading.
struct Page {
    body: Vec<u8>,
    format: Format,
    uri: Option<String>,
    /// When the crawler fetched it: the publication date of last resort.
    fetched: Option<chrono::NaiveDate>,
}

/// The readable document in a record, if it holds one: an HTML or plain
/// text page answered with 2xx. Other records (requests, metadata, images,
/// redirects) are skipped without complaint; they are normal in a crawl.
fn page(headers: &[(String, String)], block: &[u8]) -> Result<Option<Page>, String> {
    let kind = header(headers, "warc-type")
        .unwrap_or("")
        .to_ascii_lowercase();
    let uri = header(headers, "warc-target-uri")
        .map(|u| u.trim_matches(['<', '>']).to_string())
        .filter(|u| !u.is_empty());
    let fetched = header(headers, "warc-date").and_then(crate::date::parse_date);
    let (content_type, body) = match kind.as_str() {
        "response" => {
            let Some((status, http, body)) = split_http(block) else {
                return Err("WARC response record without an HTTP header".into());
            };
            if !(200..300).contains(&status) {
                return Ok(None);
            }
            let body = decode_http_body(&http, body)?;
            (
                header(&http, "content-type").unwrap_or("").to_string(),
                body,
            )
        }
        "resource" | "conversion" => (
            header(headers, "content-type").unwrap_or("").to_string(),
            block.to_vec(),
        ),
        _ => return Ok(None),
    };
    let ct = content_type.to_ascii_lowercase();
    let format = if ct.contains("html") {
        Format::Html
    } else if ct.starts_with("text/plain") {
        Format::Text
    } else if ct.is_empty() && crate::decode::sniff(&body) == Format::Html {
        Format::Html
    } else {
        return Ok(None);
    };
    Ok(Some(Page {
        body,
        format,
        uri,
        fetched,
    }))
}

impl Page {
    fn into_articles(self) -> Result<Vec<Article>, Error> {
        let name = self.uri.clone().unwrap_or_else(|| "WARC record".into());
        let text = crate::decode::decode(&self.body, &name, self.format)?;
        let mut articles = match self.format {
            Format::Html => html::parse(&text, &name)?,
            _ => text::parse(&text, &name)?,
        };
        for a in &mut articles {
            if a.url.is_none() {
                a.url = self.uri.clone();
            }
            a.published = a
                .published
                .or_else(|| a.url.as_deref().and_then(date::date_from_url))
                .or(self.fetched);
        }
        Ok(articles)
    }
}

/// Status code, headers (lower-cased names) and body of an HTTP response.
fn split_http(block: &[u8]) -> Option<(u16, Headers, &[u8])> {
    let end = find(block, b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| find(block, b"\n\n").map(|i| (i, i + 2)))?;
    let head = String::from_utf8_lossy(block.get(..end.0)?);
    let mut lines = head.lines();
    let status_line = lines.next()?;
    if !status_line.starts_with("HTTP/") {
        return None;
    }
    let status = status_line.split_whitespace().nth(1)?.parse().ok()?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Some((status, headers, block.get(end.1..)?))
}

/// The body as the server meant it: de-chunked and decompressed when the
/// crawler stored it as it came over the wire.
fn decode_http_body(http: &[(String, String)], body: &[u8]) -> Result<Vec<u8>, String> {
    let chunked = header(http, "transfer-encoding")
        .is_some_and(|v| v.to_ascii_lowercase().contains("chunked"));
    let body = if chunked {
        dechunk(body).unwrap_or_else(|| body.to_vec())
    } else {
        body.to_vec()
    };
    let encoding = header(http, "content-encoding")
        .unwrap_or("")
        .to_ascii_lowercase();
    let mut out = Vec::new();
    let inflated = match encoding.as_str() {
        "" | "identity" => return Ok(body),
        "gzip" | "x-gzip" => flate2::read::MultiGzDecoder::new(&body[..]).read_to_end(&mut out),
        "deflate" => flate2::read::ZlibDecoder::new(&body[..]).read_to_end(&mut out),
        other => {
            return Err(format!(
                "HTTP body in unsupported Content-Encoding '{other}'"
            ))
        }
    };
    match inflated {
        Ok(_) => Ok(out),
        // Many crawlers store the decoded body but keep the header.
        Err(_) => Ok(body),
    }
}

/// Undoes `Transfer-Encoding: chunked`; None when the body is not chunked
/// after all (crawlers often de-chunk but keep the header).
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    loop {
        let eol = find(body, b"\r\n")?;
        let size_field = std::str::from_utf8(body.get(..eol)?).ok()?;
        let size_hex = size_field.split(';').next()?.trim();
        let size = usize::from_str_radix(size_hex, 16).ok()?;
        body = body.get(eol + 2..)?;
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size..)?;
        body = body.strip_prefix(b"\r\n").unwrap_or(body);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn record(kind: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n\
             WARC-Date: 2024-03-02T10:00:00Z\r\nContent-Type: {content_type}\r\n\
             Content-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn http(status: &str, headers: &str, body: &[u8]) -> Vec<u8> {
        let mut r = format!("HTTP/1.1 {status}\r\n{headers}\r\n").into_bytes();
        r.extend_from_slice(body);
        r
    }

    const PAGE: &str = "<html><head><title>Clashes in Tripoli</title>\
        <meta property=\"article:published_time\" content=\"2024-03-01\"></head>\
        <body><article><h1>Clashes in Tripoli</h1><p>Fighting between rival militias \
        killed four people in Tripoli on Thursday, the health ministry said.</p>\
        </article></body></html>";

    fn read_all(bytes: &[u8]) -> Outcome {
        read(open(bytes).unwrap(), "t.warc", 1 << 20).unwrap()
    }

    #[test]
    fn html_responses_become_articles_and_other_records_are_skipped() {
        let mut warc = record(
            "warcinfo",
            "",
            "application/warc-fields",
            b"software: test\r\n",
        );
        warc.extend(record(
            "request",
            "https://news.example/a",
            "application/http; msgtype=request",
            b"GET /a HTTP/1.1\r\n\r\n",
        ));
        let ok = http(
            "200 OK",
            "Content-Type: text/html; charset=utf-8\r\n",
            PAGE.as_bytes(),
        );
        warc.extend(record(
            "response",
            "https://news.example/2024/03/01/a",
            "application/http; msgtype=response",
            &ok,
        ));
        let img = http("200 OK", "Content-Type: image/png\r\n", b"\x89PNG...");
        warc.extend(record(
            "response",
            "https://news.example/i.png",
            "application/http",
            &img,
        ));
        let moved = http("301 Moved", "Location: /b\r\n", b"");
        warc.extend(record(
            "response",
            "https://news.example/b",
            "application/http",
            &moved,
        ));
        let out = read_all(&warc);
        assert!(out.problems.is_empty(), "{:?}", out.problems);
        assert_eq!(out.articles.len(), 1);
        let a = &out.articles[0];
        assert_eq!(a.title.as_deref(), Some("Clashes in Tripoli"));
        assert!(a.text.contains("killed four people"));
        assert_eq!(a.published, chrono::NaiveDate::from_ymd_opt(2024, 3, 1));
    }

    #[test]
    fn gzipped_archives_chunked_and_compressed_bodies_are_read() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(PAGE.as_bytes()).unwrap();
        let compressed = gz.finish().unwrap();
        let mut chunked = Vec::new();
        for part in compressed.chunks(40) {
            chunked.extend(format!("{:x}\r\n", part.len()).into_bytes());
            chunked.extend_from_slice(part);
            chunked.extend_from_slice(b"\r\n");
        }
        chunked.extend_from_slice(b"0\r\n\r\n");
        let resp = http(
            "200 OK",
            "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n",
            &chunked,
        );
        let rec = record(
            "response",
            "https://news.example/x",
            "application/http",
            &resp,
        );
        // Each record its own gzip member, as crawlers write them.
        let mut archive = Vec::new();
        for _ in 0..2 {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            gz.write_all(&rec).unwrap();
            archive.extend(gz.finish().unwrap());
        }
        assert!(sniff(&archive));
        let out = read_all(&archive);
        assert!(out.problems.is_empty(), "{:?}", out.problems);
        assert_eq!(out.articles.len(), 2);
        assert!(out.articles[0].text.contains("rival militias"));
        assert_eq!(
            out.articles[0].url.as_deref(),
            Some("https://news.example/x")
        );
    }

    #[test]
    fn wet_conversion_records_become_text_articles_dated_by_the_crawl() {
        let text = b"Convoy ambushed near Menaka\nGunmen ambushed an army convoy on Saturday.";
        let warc = record("conversion", "https://news.example/c", "text/plain", text);
        let out = read_all(&warc);
        assert_eq!(out.articles.len(), 1);
        assert_eq!(
            out.articles[0].title.as_deref(),
            Some("Convoy ambushed near Menaka")
        );
        assert_eq!(
            out.articles[0].published,
            chrono::NaiveDate::from_ymd_opt(2024, 3, 2)
        );
    }

    #[test]
    fn a_damaged_record_is_reported_and_the_next_one_still_read() {
        let ok = http("200 OK", "Content-Type: text/html\r\n", PAGE.as_bytes());
        let mut warc = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\n".to_vec();
        warc.extend_from_slice(b"garbage that is not a record\r\n\r\n");
        warc.extend(record(
            "response",
            "https://news.example/ok",
            "application/http",
            &ok,
        ));
        let out = read_all(&warc);
        assert_eq!(out.articles.len(), 1);
        assert_eq!(out.problems.len(), 1);
        assert!(out.problems[0].message.contains("Content-Length"));
    }

    #[test]
    fn oversized_and_truncated_records_are_reported() {
        let ok = http("200 OK", "Content-Type: text/html\r\n", PAGE.as_bytes());
        let mut warc = record(
            "response",
            "https://news.example/big",
            "application/http",
            &ok,
        );
        warc.extend(record(
            "response",
            "https://news.example/ok",
            "application/http",
            &ok,
        ));
        let out = read(open(&warc[..]).unwrap(), "t.warc", 100).unwrap();
        assert_eq!(out.articles.len(), 0);
        assert_eq!(out.problems.len(), 2);
        assert!(out.problems[0].message.contains("over the limit"));
        let cut = &warc[..warc.len() / 3];
        let out = read_all(cut);
        assert!(out.problems.iter().any(|p| p.message.contains("truncated")));
    }

    #[test]
    fn dechunk_refuses_what_is_not_chunked() {
        assert_eq!(
            dechunk(b"4\r\nWiki\r\n0\r\n\r\n").as_deref(),
            Some(&b"Wiki"[..])
        );
        assert_eq!(dechunk(b"<html>not chunked</html>"), None);
    }

    proptest::proptest! {
        #[test]
        fn never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..2000)) {
            let mut input = b"WARC/1.0\r\n".to_vec();
            input.extend(bytes);
            let _ = read(&input[..], "fuzz.warc", 1 << 16);
        }

        /// Reading in pieces hands over exactly what reading at once gives,
        /// in order, with the same problems, whatever the piece size.
        #[test]
        fn pieces_add_up_to_the_whole(
            kinds in proptest::collection::vec(0u8..4, 0..12),
            chunk in 1usize..5,
        ) {
            let mut warc = Vec::new();
            for (i, k) in kinds.iter().enumerate() {
                let text = format!("Report {i}\nGunmen attacked post {i} on Saturday.");
                match k {
                    0 => warc.extend(record("conversion", "https://n.example/a", "text/plain", text.as_bytes())),
                    1 => warc.extend(record("warcinfo", "", "application/warc-fields", b"software: x")),
                    2 => warc.extend_from_slice(b"WARC/1.0\r\nWARC-Type: conversion\r\nContent-Length: ?\r\n\r\n"),
                    _ => warc.extend(record("response", "https://n.example/b", "application/http",
                        &http("200 OK", "Content-Type: text/html\r\n", PAGE.as_bytes()))),
                }
            }
            let whole = read_all(&warc);
            let mut pieces: Vec<Article> = Vec::new();
            let mut sizes = Vec::new();
            let rest = read_chunked(open(&warc[..]).unwrap(), "t.warc", 1 << 20, chunk, &mut |a| {
                sizes.push(a.len());
                pieces.extend(a);
                true
            }).unwrap();
            proptest::prop_assert!(sizes.iter().all(|&n| n >= chunk));
            pieces.extend(rest.articles);
            proptest::prop_assert_eq!(pieces, whole.articles);
            proptest::prop_assert_eq!(rest.problems, whole.problems);
        }
    }
}
