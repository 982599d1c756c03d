//! A linear pre-scan of the markup's nesting depth, before parsing. The
//! HTML tree builder checks element scopes against its stack of open
//! elements, so its cost grows with the square of the nesting depth: a page
//! of 100,000 nested `<div>`s takes minutes. This scan counts start and end
//! tags in one pass and reports the deepest nesting, so that such input is
//! refused with a typed error instead. Elements that never nest (void
//! elements) or whose end tag the parser implies (`p`, `li`, `td`, ...) are
//! not counted; comments, `<script>` and `<style>` bodies are skipped.

/// Elements that have no end tag or whose end tag is implied by the parser.
const UNCOUNTED: &[&[u8]] = &[
    b"area",
    b"base",
    b"br",
    b"col",
    b"embed",
    b"hr",
    b"img",
    b"input",
    b"link",
    b"meta",
    b"param",
    b"source",
    b"track",
    b"wbr",
    b"p",
    b"li",
    b"dt",
    b"dd",
    b"tr",
    b"td",
    b"th",
    b"option",
    b"optgroup",
    b"rb",
    b"rt",
    b"rp",
    b"thead",
    b"tbody",
    b"tfoot",
    b"colgroup",
    b"caption",
    b"head",
    b"body",
    b"html",
    b"!doctype",
];

/// The deepest nesting of counted elements in `html`, stopping early once
/// it passes `limit`.
pub(crate) fn depth(html: &str, limit: usize) -> usize {
    let b = html.as_bytes();
    let mut depth = 0usize;
    let mut deepest = 0usize;
    let mut i = 0;
    while let Some(off) = b.get(i..).and_then(|rest| rest.iter().position(|&c| c == b'<')) {
        i += off + 1;
        let closing = b.get(i) == Some(&b'/');
        if closing {
            i += 1;
        }
        if b.get(i..).is_some_and(|r| r.starts_with(b"!--")) {
            i = find(b, i, b"-->").unwrap_or(b.len());
            continue;
        }
        let start = i;
        while b
            .get(i)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'!' || *c == b'-')
        {
            i += 1;
        }
        let raw = b.get(start..i).unwrap_or_default();
        let Some(&first) = raw.first() else { continue };
        if !first.is_ascii_alphabetic() && first != b'!' {
            continue;
        }
        // Lowercase into a small buffer: names that matter are short.
        let mut buf = [0u8; 16];
        let name: &[u8] = if raw.len() <= buf.len() {
            for (d, s) in buf.iter_mut().zip(raw) {
                *d = s.to_ascii_lowercase();
            }
            buf.get(..raw.len()).unwrap_or_default()
        } else {
            raw
        };
        let end = b
            .get(i..)
            .and_then(|r| r.iter().position(|&c| c == b'>'))
            .map_or(b.len(), |p| i + p);
        let self_closing = end > 0 && b.get(end - 1) == Some(&b'/');
        i = end;
        if UNCOUNTED.contains(&name) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
            continue;
        }
        let _ = start;
        if !closing && matches!(name, b"script" | b"style" | b"textarea" | b"title") {
            let mut close = b"</".to_vec();
            close.extend_from_slice(name);
            i = find_ci(b, i, &close).unwrap_or(b.len());
            continue;
        }
        if !self_closing {
            depth += 1;
            deepest = deepest.max(depth);
            if deepest > limit {
                return deepest;
            }
        }
    }
    deepest
}

fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p + needle.len())
}

fn find_ci(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| from + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_nesting_not_length() {
        assert_eq!(depth("<div><div><p>a<p>b</div></div>", 100), 2);
        assert_eq!(depth(&"<p>para".repeat(10_000), 100), 0);
        assert_eq!(depth(&"<li>item".repeat(10_000), 100), 0);
        assert_eq!(
            depth("<div><script>if (a<b) { '<div>' }</script></div><!-- <div> -->", 100),
            1
        );
        assert_eq!(depth(&"<div>".repeat(1000), 100), 101);
        assert_eq!(depth(&"<section><br/><img src=x></section>".repeat(100), 100), 1);
    }
}
