//! Bytes to `str`: BOMs, binary detection, UTF-8 and declared charsets, and
//! format sniffing.
use crate::{Error, Format};
use encoding_rs::Encoding;
use std::borrow::Cow;

/// How much of the input the binary check and the sniffer look at.
const SNIFF_LEN: usize = 64 * 1024;

/// Decodes `bytes` as text of `format`.
///
/// UTF-8 is the norm. A BOM (UTF-8 or UTF-16) is honoured. HTML and XML that
/// are not valid UTF-8 are decoded with the charset they declare
/// (`<meta charset>`, `<?xml encoding?>`); anything else that is not UTF-8 is
/// an error with the offset of the first bad byte.
pub(crate) fn decode<'a>(
    bytes: &'a [u8],
    name: &str,
    format: Format,
) -> Result<Cow<'a, str>, Error> {
    if bytes.is_empty() {
        return Err(Error::Empty {
            name: name.to_string(),
        });
    }
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        if enc == encoding_rs::UTF_8 {
            check_binary(body, name)?;
            return utf8(body, name, format, bom_len);
        }
        // UTF-16: NUL bytes are normal here, so check after decoding.
        let (text, had_errors) = enc.decode_without_bom_handling(body);
        if had_errors {
            tracing::warn!("{name}: invalid {} sequences replaced", enc.name());
        }
        check_binary(text.as_bytes(), name)?;
        return Ok(Cow::Owned(text.into_owned()));
    }
    check_binary(bytes, name)?;
    utf8(bytes, name, format, 0)
}

fn utf8<'a>(
    bytes: &'a [u8],
    name: &str,
    format: Format,
    base: usize,
) -> Result<Cow<'a, str>, Error> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Cow::Borrowed(s)),
        Err(e) => {
            let declared = match format {
                Format::Html | Format::Feed => declared_encoding(bytes),
                _ => None,
            };
            match declared {
                Some(enc) if enc != encoding_rs::UTF_8 => {
                    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
                    if had_errors {
                        tracing::warn!(
                            "{name}: bytes invalid in declared charset {} replaced",
                            enc.name()
                        );
                    }
                    Ok(Cow::Owned(text.into_owned()))
                }
                _ => Err(Error::InvalidUtf8 {
                    name: name.to_string(),
                    offset: base + e.valid_up_to(),
                    hint: match format {
                        Format::Html => " and declares no other charset",
                        Format::Feed => " and its XML declaration names no other encoding",
                        _ => "",
                    },
                }),
            }
        }
    }
}

/// Binary data (images, archives, executables) must not reach the parsers as
/// "text": NUL bytes or many control characters mean it is not text.
fn check_binary(bytes: &[u8], name: &str) -> Result<(), Error> {
    let sample = &bytes[..bytes.len().min(SNIFF_LEN)];
    if let Some(pos) = sample.iter().position(|&b| b == 0) {
        return Err(Error::NotText {
            name: name.to_string(),
            reason: format!("it contains NUL bytes (first at offset {pos}); binary data?"),
        });
    }
    let controls = sample
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f)
        .count();
    // Real text has next to no control characters; 5% is far beyond it.
    if controls > 0 && controls * 20 > sample.len() {
        return Err(Error::NotText {
            name: name.to_string(),
            reason: format!(
                "{controls} of its first {} bytes are control characters",
                sample.len()
            ),
        });
    }
    Ok(())
}

/// The charset declared by an HTML `<meta>` or an XML declaration, looked
/// for in the first bytes as browsers do.
fn declared_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..bytes.len().min(4096)).unwrap_or(bytes);
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    for key in [&b"charset="[..], &b"encoding="[..]] {
        let mut from = 0;
        while let Some(i) = find(lower.get(from..).unwrap_or_default(), key) {
            let start = from + i + key.len();
            let rest = lower.get(start..).unwrap_or_default();
            let rest = rest
                .strip_prefix(b"\"")
                .or_else(|| rest.strip_prefix(b"'"))
                .unwrap_or(rest);
            let label: Vec<u8> = rest
                .iter()
                .copied()
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
                .collect();
            // Pages that declare UTF-16 in a <meta> are read as ASCII-compatible
            // bytes by browsers; output_encoding maps UTF-16 to UTF-8 likewise.
            if let Some(enc) = Encoding::for_label(&label) {
                return Some(enc.output_encoding());
            }
            from = start;
        }
    }
    None
}

/// Position of `needle` in `hay` (short needles, short-to-middling haystacks).
pub(crate) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Guesses the format from content, for inputs whose extension says nothing.
pub(crate) fn sniff(bytes: &[u8]) -> Format {
    let head = bytes.get(..bytes.len().min(SNIFF_LEN)).unwrap_or(bytes);
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let trimmed = head.get(start..).unwrap_or_default();
    match trimmed.first() {
        Some(b'{') | Some(b'[') => Format::Jsonl,
        Some(b'<') => {
            let lower: Vec<u8> = trimmed
                .iter()
                .take(4096)
                .map(u8::to_ascii_lowercase)
                .collect();
            let is_feed = [&b"<rss"[..], b"<feed", b"<rdf:rdf"]
                .iter()
                .any(|tag| find(&lower, tag).is_some());
            let is_html = [&b"<html"[..], b"<!doctype html", b"<body"]
                .iter()
                .any(|tag| find(&lower, tag).is_some());
            if is_feed && !is_html {
                Format::Feed
            } else {
                Format::Html
            }
        }
        _ => {
            let lower: Vec<u8> = trimmed
                .iter()
                .take(4096)
                .map(u8::to_ascii_lowercase)
                .collect();
            if find(&lower, b"<html").is_some() || find(&lower, b"<body").is_some() {
                Format::Html
            } else {
                Format::Text
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_each_format() {
        assert_eq!(sniff(b"  {\"text\": \"x\"}"), Format::Jsonl);
        assert_eq!(
            sniff(b"<?xml version=\"1.0\"?><rss version=\"2.0\">"),
            Format::Feed
        );
        assert_eq!(
            sniff(b"<feed xmlns=\"http://www.w3.org/2005/Atom\">"),
            Format::Feed
        );
        assert_eq!(sniff(b"<!DOCTYPE html><html><body>"), Format::Html);
        assert_eq!(sniff(b"<p>fragment"), Format::Html);
        assert_eq!(sniff(b"Headline\nBody"), Format::Text);
        assert_eq!(sniff(b"\xEF\xBB\xBF<rss>"), Format::Feed);
    }

    #[test]
    fn finds_declared_charsets() {
        let meta = b"<html><head><meta charset=\"windows-1252\">";
        assert_eq!(declared_encoding(meta), Some(encoding_rs::WINDOWS_1252));
        let http = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">";
        assert_eq!(declared_encoding(http), Some(encoding_rs::WINDOWS_1252));
        let xml = b"<?xml version=\"1.0\" encoding='ISO-8859-15'?>";
        assert_eq!(declared_encoding(xml), Some(encoding_rs::ISO_8859_15));
        assert_eq!(declared_encoding(b"<html>"), None);
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Headline\nBody".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&bytes, "x", Format::Text).unwrap(), "Headline\nBody");
    }

    #[test]
    fn invalid_utf8_offset_counts_the_bom() {
        let e = decode(b"\xEF\xBB\xBFab\xFFc", "x.txt", Format::Text).unwrap_err();
        assert!(matches!(e, Error::InvalidUtf8 { offset: 5, .. }), "{e}");
    }
}
