//! A linear pre-scan of the markup, before parsing, for the two shapes of
//! input that make the HTML parser's cost grow with the square of their
//! size: deep nesting (the tree builder checks element scopes against its
//! stack of open elements; 100,000 nested `<div>`s take minutes) and
//! elements with very many attributes (the tokenizer checks each new name
//! against the names before it; a million attributes take minutes). The
//! scan reads tags as the tokenizer does (quoted attribute values may hold
//! `>`), counts start and end tags, and counts attributes per tag, so that
//! such input is refused with a typed error instead. Elements that never
//! nest (void elements) or whose end tag the parser implies (`p`, `li`,
//! `td`, ...) are not counted; comments and the bodies of `<script>`,
//! `<style>`, `<textarea>` and `<title>` are skipped.
//!
//! The same scan notes the bodies of scripts and styles that the parser
//! would read as one text node: nothing of the page's content is in them
//! (JSON-LD and other script data that metadata reads are kept, see
//! [`elide`]), yet they are often more than a third of a page's bytes, all
//! of which the tokenizer reads a character at a time.

use std::borrow::Cow;
use std::ops::Range;

/// Elements that have no end tag or whose end tag is implied by the parser
/// (`name` lowercase).
fn is_uncounted(name: &[u8]) -> bool {
    matches!(
        name,
        b"area"
            | b"base"
            | b"br"
            | b"col"
            | b"embed"
            | b"hr"
            | b"img"
            | b"input"
            | b"link"
            | b"meta"
            | b"param"
            | b"source"
            | b"track"
            | b"wbr"
            | b"p"
            | b"li"
            | b"dt"
            | b"dd"
            | b"tr"
            | b"td"
            | b"th"
            | b"option"
            | b"optgroup"
            | b"rb"
            | b"rt"
            | b"rp"
            | b"thead"
            | b"tbody"
            | b"tfoot"
            | b"colgroup"
            | b"caption"
            | b"head"
            | b"body"
            | b"html"
            | b"!doctype"
    )
}

/// What the scan found, up to the point where a limit was passed.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Scan {
    /// The deepest nesting of counted elements.
    pub depth: usize,
    /// The most attributes on one tag.
    pub attributes: usize,
    /// In document order: the bodies of HTML `<script>` and `<style>`
    /// elements that end where the tokenizer ends them (see
    /// [`raw_body_end`]), other than JSON-LD scripts, and the markup inside
    /// each outermost `<svg>` that nothing in it breaks out of.
    pub raw_bodies: Vec<RawBody>,
}

/// The body of an element that is never content, up to its end tag.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct RawBody {
    pub range: Range<usize>,
    pub kind: BodyKind,
}

/// What a [`RawBody`] belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BodyKind {
    /// A script's text, read by the tokenizer as raw text.
    Script,
    /// A style sheet's text, read as raw text.
    Style,
    /// The markup inside an outermost `<svg>` that holds no element that
    /// would take the parser out of SVG (a `<p>`, a `<div>`...).
    Svg,
}

/// Elements that, inside SVG or MathML, end it: the tree builder closes the
/// foreign elements and reads them as HTML.
fn breaks_out_of_foreign_content(name: &[u8]) -> bool {
    matches!(
        name,
        b"b" | b"big"
            | b"blockquote"
            | b"body"
            | b"br"
            | b"center"
            | b"code"
            | b"dd"
            | b"div"
            | b"dl"
            | b"dt"
            | b"em"
            | b"embed"
            | b"font"
            | b"h1"
            | b"h2"
            | b"h3"
            | b"h4"
            | b"h5"
            | b"h6"
            | b"head"
            | b"hr"
            | b"i"
            | b"img"
            | b"li"
            | b"listing"
            | b"menu"
            | b"meta"
            | b"nobr"
            | b"ol"
            | b"p"
            | b"pre"
            | b"ruby"
            | b"s"
            | b"small"
            | b"span"
            | b"strong"
            | b"strike"
            | b"sub"
            | b"sup"
            | b"table"
            | b"tt"
            | b"u"
            | b"ul"
            | b"var"
    )
}

/// Scans `html`, stopping early once the depth passes `max_depth` or a tag
/// has more than `max_attributes` attributes.
pub(crate) fn scan(html: &str, max_depth: usize, max_attributes: usize) -> Scan {
    let b = html.as_bytes();
    let mut out = Scan::default();
    let mut depth = 0usize;
    // Inside `<svg>` or `<math>`: there a `<script>` or `<style>` is an
    // ordinary element whose body the tokenizer reads as markup.
    let mut foreign = 0usize;
    // The outermost `<svg>`'s body start, while nothing in it breaks out.
    let mut svg_body: Option<usize> = None;
    let mut i = 0;
    while let Some(off) = b.get(i..).and_then(|rest| memchr::memchr(b'<', rest)) {
        let lt = i + off;
        i = lt + 1;
        let closing = b.get(i) == Some(&b'/');
        if closing {
            i += 1;
        }
        if b.get(i..).is_some_and(|r| r.starts_with(b"!--")) {
            i = find(b, i, b"-->").map_or(b.len(), |p| p + 3);
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
        if first == b'!' {
            // A CDATA section or a doctype inside SVG: left to the parser.
            svg_body = None;
        }
        let tag_start = i;
        let (end, self_closing) = tag_end(b, i);
        // Each attribute takes at least two bytes (a name and a separator):
        // only a tag that long can carry more than the limit.
        if end - i > 2 * max_attributes {
            let attributes = count_attributes(b, i);
            out.attributes = out.attributes.max(attributes);
            if attributes > max_attributes {
                return out;
            }
        }
        i = end;
        // Lowercase into a small buffer: names that matter are short.
        let mut buf = [0u8; 16];
        let name: &[u8] = if raw.len() <= buf.len() && raw.iter().any(u8::is_ascii_uppercase) {
            for (d, s) in buf.iter_mut().zip(raw) {
                *d = s.to_ascii_lowercase();
            }
            buf.get(..raw.len()).unwrap_or_default()
        } else {
            raw
        };
        if foreign > 0 && breaks_out_of_foreign_content(name) {
            svg_body = None;
        }
        if is_uncounted(name) {
            continue;
        }
        let svg_or_math = matches!(name, b"svg" | b"math");
        if closing {
            depth = depth.saturating_sub(1);
            if svg_or_math {
                foreign = foreign.saturating_sub(1);
                if let Some(body) = svg_body.filter(|_| foreign == 0) {
                    svg_body = None;
                    if name == b"svg" && lt > body {
                        out.raw_bodies.push(RawBody {
                            range: body..lt,
                            kind: BodyKind::Svg,
                        });
                    }
                }
            }
            continue;
        }
        if matches!(name, b"script" | b"style" | b"textarea" | b"title") {
            let body_end = raw_body_end(b, i, name);
            let body = b.get(i..body_end.unwrap_or(b.len())).unwrap_or_default();
            if foreign > 0 && memchr::memchr(b'<', body).is_some() {
                // Markup there, not raw text: it may break out.
                svg_body = None;
            }
            let kind = match name {
                b"script" => Some(BodyKind::Script),
                b"style" => Some(BodyKind::Style),
                _ => None,
            };
            let json_ld = || contains_ci(b.get(tag_start..end).unwrap_or_default(), b"ld+json");
            if let (0, Some(e), Some(kind)) = (foreign, body_end, kind) {
                if e > i && !(kind == BodyKind::Script && json_ld()) {
                    out.raw_bodies.push(RawBody { range: i..e, kind });
                }
            }
            i = body_end.unwrap_or(b.len());
            continue;
        }
        if svg_or_math && !self_closing {
            if foreign == 0 && name == b"svg" {
                svg_body = Some(i);
            }
            foreign += 1;
        }
        if !self_closing {
            depth += 1;
            out.depth = out.depth.max(depth);
            if out.depth > max_depth {
                return out;
            }
        }
    }
    out
}

/// From just after a tag's name: where the tag ends (after its `>`, or the
/// end of the input) and whether it ends with `/>`. A quote right after `=`
/// (white space between aside) opens a value that may hold `>`.
fn tag_end(b: &[u8], mut i: usize) -> (usize, bool) {
    let start = i;
    while let Some(off) = b.get(i..).and_then(|r| memchr::memchr3(b'>', b'"', b'\'', r)) {
        i += off;
        let c = b.get(i).copied().unwrap_or_default();
        let before = last_non_space(b, start, i);
        if c == b'>' {
            return (i + 1, before == Some(b'/'));
        }
        if before == Some(b'=') {
            i = closing_quote(b, i, c);
        }
        i += 1;
    }
    (b.len(), false)
}

/// The last byte of `b[start..end]` that is not ASCII white space.
fn last_non_space(b: &[u8], start: usize, end: usize) -> Option<u8> {
    b.get(start..end)?
        .iter()
        .rev()
        .find(|c| !c.is_ascii_whitespace())
        .copied()
}

/// From just after a tag's name: how many attributes the tag has, counted
/// as the tokenizer reads them.
fn count_attributes(b: &[u8], mut i: usize) -> usize {
    let mut attributes = 0;
    let mut in_name = false;
    let mut last = 0u8;
    while let Some(&c) = b.get(i) {
        match c {
            b'>' => return attributes,
            b'"' | b'\'' if last == b'=' => {
                i = closing_quote(b, i, c);
                in_name = false;
            }
            c if c.is_ascii_whitespace() => in_name = false,
            b'=' | b'/' => in_name = false,
            _ => {
                if !in_name && last != b'=' {
                    attributes += 1;
                }
                in_name = last != b'=';
            }
        }
        if !c.is_ascii_whitespace() {
            last = c;
        }
        i += 1;
    }
    attributes
}

/// Where the quoted value opened by `quote` at `open` closes (the end of
/// `b` if it never does). The value may hold `>` and white space.
fn closing_quote(b: &[u8], open: usize, quote: u8) -> usize {
    b.get(open + 1..)
        .and_then(|r| memchr::memchr(quote, r))
        .map_or(b.len(), |p| open + 1 + p)
}

/// Where the body of the raw-text element `name` (lowercase) that starts
/// at `from` ends as the tokenizer reads it: at the first `</name` followed
/// by white space, `/` or `>`, compared ASCII case-insensitively. `None`
/// when there is none, and for a script whose body holds both `<!--` and
/// `<script` (the tokenizer's escaped states may then run past that end
/// tag).
fn raw_body_end(b: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut at = from;
    let end = loop {
        let found = find(b, at, b"</")?;
        let after = found + 2 + name.len();
        if b.get(found + 2..after).is_some_and(|n| n.eq_ignore_ascii_case(name))
            && matches!(b.get(after), Some(b'\t' | b'\n' | b'\x0C' | b'\r' | b' ' | b'/' | b'>'))
        {
            break found;
        }
        at = found + 1;
    };
    let body = b.get(from..end)?;
    if name == b"script" && find(body, 0, b"<!--").is_some() && contains_ci(body, b"<script") {
        return None;
    }
    Some(end)
}

/// Whether `haystack` holds `needle` (starting with a byte that has no
/// case), compared ASCII case-insensitively.
fn contains_ci(haystack: &[u8], needle: &[u8]) -> bool {
    find_ci(haystack, 0, needle).is_some()
}

/// `html` with the text of each script and style of `bodies` replaced by
/// one space (the element keeps its one text node), except the scripts
/// whose text `keep_script` keeps (script data that metadata reads), and
/// the markup inside each SVG removed. Borrowed when nothing is replaced.
pub(crate) fn elide<'a>(html: &'a str, bodies: &[RawBody], keep_script: impl Fn(&str) -> bool) -> Cow<'a, str> {
    let mut out: Option<String> = None;
    let mut copied = 0;
    for body in bodies {
        let Some(text) = html.get(body.range.clone()) else {
            continue;
        };
        if body.range.start < copied || (body.kind == BodyKind::Script && keep_script(text)) {
            continue;
        }
        let out = out.get_or_insert_with(|| String::with_capacity(html.len()));
        out.push_str(html.get(copied..body.range.start).unwrap_or_default());
        if body.kind != BodyKind::Svg {
            out.push(' ');
        }
        copied = body.range.end;
    }
    match out {
        Some(mut out) => {
            out.push_str(html.get(copied..).unwrap_or_default());
            Cow::Owned(out)
        }
        None => Cow::Borrowed(html),
    }
}

fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(b.get(from..)?, needle).map(|p| from + p)
}

/// Where `needle` (starting with a byte that has no case, such as `<`)
/// first occurs from `from`, compared ASCII case-insensitively.
fn find_ci(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let (&first, _) = needle.split_first()?;
    let mut at = from;
    loop {
        at += memchr::memchr(first, b.get(at..)?)?;
        if b.get(at..at + needle.len())?.eq_ignore_ascii_case(needle) {
            return Some(at);
        }
        at += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth(html: &str) -> usize {
        scan(html, 100, 100).depth
    }

    #[test]
    fn counts_nesting_not_length() {
        assert_eq!(depth("<div><div><p>a<p>b</div></div>"), 2);
        assert_eq!(depth(&"<p>para".repeat(10_000)), 0);
        assert_eq!(depth(&"<li>item".repeat(10_000)), 0);
        assert_eq!(
            depth("<div><script>if (a<b) { '<div>' }</script></div><!-- <div> -->"),
            1
        );
        assert_eq!(depth(&"<div>".repeat(1000)), 101);
        assert_eq!(depth(&"<section><br/><img src=x></section>".repeat(100)), 1);
    }

    #[test]
    fn counts_attributes_as_the_tokenizer_reads_them() {
        // From just after the tag's name.
        let count = |tag: &str| count_attributes(tag.as_bytes(), tag.find([' ', '>']).unwrap_or(0));
        assert_eq!(count("<a href=x class='b c' hidden data-x=\"1>2\">t</a>"), 4);
        assert_eq!(count("<div a='>' b='>' c='>'>"), 3);
        assert_eq!(count("<div data-json='{\"a\": [1, 2, 3]}'>"), 1);
        assert_eq!(count("<div a/b/c/d>"), 4);
    }

    #[test]
    fn finds_tag_ends_past_quoted_values() {
        let end = |tag: &str| tag_end(tag.as_bytes(), tag.find([' ', '>', '/']).unwrap_or(0));
        assert_eq!(end("<a href=x data-x=\"1>2\">t"), (23, false));
        assert_eq!(end("<a title = '>' >t"), (16, false));
        assert_eq!(end("<br/>"), (5, true));
        assert_eq!(end("<img src=x / >"), (14, true));
        assert_eq!(end("<a b=\"x/\">"), (10, false));
        // A quote not after '=' is part of a name and opens nothing.
        assert_eq!(end("<a b\"c>d\">"), (7, false));
        assert_eq!(end("<a href='never closed"), (21, false));
    }

    #[test]
    fn refuses_tags_with_more_attributes_than_the_limit() {
        let tag = |n: usize| {
            format!(
                "<p>a</p><div {}>x</div>",
                (0..n).map(|i| format!("a{i}='>'")).collect::<Vec<_>>().join(" ")
            )
        };
        assert_eq!(scan(&tag(500), 9, 100).attributes, 500);
        assert!(scan(&tag(100), 9, 100).attributes <= 100);
        // The shortest attributes: one letter and a separator each.
        let short = format!("<div {}>", "a/".repeat(101));
        assert_eq!(scan(&short, 9, 100).attributes, 101);
    }

    #[test]
    fn raw_bodies_end_where_the_tokenizer_ends_them() {
        fn bodies(html: &str) -> Vec<(&str, bool)> {
            scan(html, 100, 100)
                .raw_bodies
                .iter()
                .map(|r| {
                    (
                        html.get(r.range.clone()).unwrap_or_default(),
                        r.kind == BodyKind::Script,
                    )
                })
                .collect()
        }
        assert_eq!(
            bodies("<script>a</scriptx>b</SCRIPT >c<style>p{}</style>"),
            [("a</scriptx>b", true), ("p{}", false)]
        );
        assert_eq!(bodies("<script><!-- x --></script>"), [("<!-- x -->", true)]);
        // Escaped script data that opens a script runs past the first end tag.
        assert_eq!(bodies("<script><!-- <script>x</script> --></script>"), []);
        // JSON-LD, empty bodies, bodies without an end, and scripts in SVG
        // (ordinary elements there) are not noted.
        assert_eq!(bodies("<script type='application/ld+json'>{}</script>"), []);
        assert_eq!(bodies("<script></script><script>never ends"), []);
        assert_eq!(
            bodies("<svg><script>a<b</script></svg><script>c</script>"),
            [("c", true)]
        );
    }

    #[test]
    fn svg_bodies_are_noted_unless_markup_breaks_out() {
        let svg = |html: &str| -> Vec<String> {
            scan(html, 100, 100)
                .raw_bodies
                .iter()
                .filter(|r| r.kind == BodyKind::Svg)
                .map(|r| html.get(r.range.clone()).unwrap_or_default().to_owned())
                .collect()
        };
        assert_eq!(
            svg("<p>a<SVG viewBox='0 0 9 9'><title>Share</title><path d='M0 0'/></SVG>b"),
            ["<title>Share</title><path d='M0 0'/>"]
        );
        assert_eq!(
            svg("<svg><g><svg><path/></svg></g></svg>"),
            ["<g><svg><path/></svg></g>"]
        );
        // The tree builder would close the SVG at these: left to it.
        assert!(svg("<svg><path/><p>text</p></svg>").is_empty());
        assert!(svg("<svg><text>a</text></br></svg>").is_empty());
        assert!(svg("<svg><![CDATA[ x ]]></svg>").is_empty());
        assert!(svg("<svg><style>a{}<b></style></svg>").is_empty());
        assert!(svg("<math><mi>x</mi></math><svg/>").is_empty());
    }

    #[test]
    fn elides_bodies_to_one_space_but_kept_scripts() {
        let html = "<style>p{}</style><script>var a = 1;</script><script>{\"datePublished\": 1}</script>";
        let scan = scan(html, 100, 100);
        let out = elide(html, &scan.raw_bodies, |s| s.contains("datePublished"));
        assert_eq!(
            out,
            "<style> </style><script> </script><script>{\"datePublished\": 1}</script>"
        );
        assert!(matches!(elide("<p>a</p>", &[], |_| false), Cow::Borrowed(_)));
    }
}
