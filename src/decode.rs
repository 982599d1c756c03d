//! Bytes to text. Takes raw page bytes and an optional transport charset
//! label; returns the page as a `str`. The encoding is chosen in the order of
//! the HTML standard: byte-order mark, then the transport hint, then a
//! `<meta charset>` / `http-equiv` prescan of the first bytes, then UTF-8 when
//! the bytes are valid UTF-8, else windows-1252 (the web's legacy default).
//! One departure from the standard, for saved pages: a page whose `<meta>`
//! declares a legacy charset but whose bytes are valid UTF-8 with non-ASCII
//! text is read as UTF-8 (the file was re-encoded when saved and kept its
//! stale declaration; legacy text is valid UTF-8 by accident almost never).
//! Malformed sequences become U+FFFD; nothing else is deleted.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252, X_USER_DEFINED};

use crate::error::{Error, ErrorKind};

/// How many leading bytes the `<meta>` prescan reads.
const PRESCAN_BYTES: usize = 4096;

/// Decodes `bytes` as described in the module docs.
pub(crate) fn decode<'a>(bytes: &'a [u8], hint: Option<&str>) -> Result<Cow<'a, str>, Error> {
    let hinted = match hint {
        Some(label) => Some(Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
            Error::new(ErrorKind::UnknownCharset {
                label: label.to_owned(),
            })
        })?),
        None => None,
    };
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_len..).unwrap_or_default();
        return Ok(encoding.decode_without_bom_handling(rest).0);
    }
    let utf8 = || std::str::from_utf8(bytes).is_ok();
    let encoding = match (hinted, prescan(bytes)) {
        (Some(enc), _) => enc,
        (None, Some(enc)) if enc != UTF_8 && !bytes.is_ascii() && utf8() => UTF_8,
        (None, Some(enc)) => enc,
        (None, None) if utf8() => UTF_8,
        (None, None) => WINDOWS_1252,
    };
    Ok(encoding.decode_without_bom_handling(bytes).0)
}

/// Finds the charset declared by a `<meta>` element (or an XML declaration)
/// in the first [`PRESCAN_BYTES`] bytes.
fn prescan(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..PRESCAN_BYTES).unwrap_or(bytes);
    let lower = head.to_ascii_lowercase();
    if lower.starts_with(b"<?xml") {
        if let Some(label) = lower
            .split(|&b| b == b'>')
            .next()
            .and_then(|decl| attr_value(decl, b"encoding"))
        {
            if let Some(enc) = Encoding::for_label(label) {
                return Some(supported_for_meta(enc));
            }
        }
    }
    let mut from = 0;
    while let Some(pos) = lower.get(from..).and_then(|rest| find(rest, b"<meta")) {
        let start = from + pos + 5;
        let rest = lower.get(start..).unwrap_or_default();
        let end = rest.iter().position(|&b| b == b'>').map_or(lower.len(), |e| start + e);
        let tag = lower.get(start..end).unwrap_or_default();
        let from_content = || {
            let content = attr_value(tag, b"content")?;
            let at = find(content, b"charset")?;
            let rest = trim(content.get(at + 7..)?);
            let rest = trim(rest.strip_prefix(b"=")?);
            let rest = rest.strip_prefix(b"\"").or(rest.strip_prefix(b"'")).unwrap_or(rest);
            let stop = rest
                .iter()
                .position(|&b| b == b';' || b == b'"' || b == b'\'' || b.is_ascii_whitespace())
                .unwrap_or(rest.len());
            rest.get(..stop)
        };
        let found = [attr_value(tag, b"charset"), from_content()]
            .into_iter()
            .flatten()
            .find_map(Encoding::for_label);
        if let Some(enc) = found {
            return Some(supported_for_meta(enc));
        }
        from = end;
    }
    None
}

/// The standard's fix-ups for a charset found by prescan: a page that is
/// readable as ASCII is not UTF-16, and x-user-defined means windows-1252.
fn supported_for_meta(enc: &'static Encoding) -> &'static Encoding {
    if enc == UTF_16BE || enc == UTF_16LE {
        UTF_8
    } else if enc == X_USER_DEFINED {
        WINDOWS_1252
    } else {
        enc
    }
}

/// The value of attribute `name` inside the (lowercased) tag text `tag`.
fn attr_value<'t>(tag: &'t [u8], name: &[u8]) -> Option<&'t [u8]> {
    let mut from = 0;
    while let Some(pos) = tag.get(from..).and_then(|rest| find(rest, name)) {
        let at = from + pos;
        let before = at.checked_sub(1).and_then(|i| tag.get(i)).copied();
        let before_ok = before.is_none_or(|b| !b.is_ascii_alphanumeric() && b != b'-');
        let rest = trim(tag.get(at + name.len()..).unwrap_or_default());
        if before_ok {
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = trim(rest);
                let (quote, body) = match rest.first() {
                    Some(&q @ (b'"' | b'\'')) => (Some(q), rest.get(1..).unwrap_or_default()),
                    _ => (None, rest),
                };
                let stop = body
                    .iter()
                    .position(|&b| match quote {
                        Some(q) => b == q,
                        None => b.is_ascii_whitespace() || matches!(b, b'/' | b'>' | b'"' | b'\'' | b';'),
                    })
                    .unwrap_or(body.len());
                return Some(trim(body.get(..stop).unwrap_or_default()));
            }
        }
        from = at + name.len();
    }
    None
}

fn trim(s: &[u8]) -> &[u8] {
    let start = s.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(start, |e| e + 1);
    s.get(start..end).unwrap_or_default()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_beats_meta_and_hint() {
        let mut page = vec![0xFF, 0xFE];
        for u in "<meta charset=windows-1251><p>Ünïcode".encode_utf16() {
            page.extend_from_slice(&u.to_le_bytes());
        }
        let text = decode(&page, Some("koi8-r")).unwrap();
        assert!(text.ends_with("Ünïcode"));
    }

    #[test]
    fn meta_charset_and_http_equiv() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("<meta charset=\"windows-1251\"><p>Привет");
        assert!(decode(&bytes, None).unwrap().ends_with("Привет"));
        let (bytes, _, _) = encoding_rs::SHIFT_JIS
            .encode("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=Shift_JIS\"><p>日本語");
        assert!(decode(&bytes, None).unwrap().ends_with("日本語"));
    }

    #[test]
    fn hint_beats_meta_and_unknown_hint_errors() {
        let (bytes, _, _) = encoding_rs::KOI8_R.encode("<meta charset=utf-8><p>Привет");
        assert!(decode(&bytes, Some("koi8-r")).unwrap().ends_with("Привет"));
        assert!(decode(b"x", Some("bogus")).is_err());
    }

    #[test]
    fn stale_meta_on_a_utf8_file_is_ignored() {
        let page = "<meta charset=gb2312><p>谷歌新电脑".as_bytes();
        assert!(decode(page, None).unwrap().ends_with("谷歌新电脑"));
    }

    #[test]
    fn undeclared_invalid_utf8_falls_back_to_windows_1252() {
        assert_eq!(decode(b"caf\xe9", None).unwrap(), "café");
        assert_eq!(decode("café".as_bytes(), None).unwrap(), "café");
    }
}
