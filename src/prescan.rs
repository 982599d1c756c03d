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
//! The same scan notes what the parser can be spared, since nothing of the
//! page's content is in it: the bodies of scripts and styles, which the
//! parser would read as one text node (JSON-LD and other script data that
//! metadata reads are kept, see [`elide`]), the markup inside SVG images,
//! and the attributes no stage reads (`srcset`, `data-*` blobs...). Together
//! they are often half of a page's bytes, all of which the tokenizer reads a
//! character at a time. To know where attributes start and end, tags are
//! read state by state as the tokenizer reads them ([`read_tag`]).

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
    /// The most attributes on one tag, counted up to one past the limit.
    pub attributes: usize,
    /// In document order, what [`elide`] removes: the bodies of HTML
    /// `<script>` and `<style>` elements that end where the tokenizer ends
    /// them (see [`raw_body_end`]), other than JSON-LD scripts; the markup
    /// inside each outermost `<svg>` that nothing in it breaks out of;
    /// each attribute of an HTML element that no stage reads (see
    /// [`is_read_attribute`]); and each start tag of a raw-text element
    /// written empty that no end tag follows ([`ElisionKind::UnendedTag`]).
    pub elisions: Vec<Elision>,
}

/// A span of the markup that is never content, removed before parsing.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Elision {
    pub range: Range<usize>,
    pub kind: ElisionKind,
}

/// What an [`Elision`] spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ElisionKind {
    /// A script's text, read by the tokenizer as raw text.
    Script,
    /// A style sheet's text, read as raw text.
    Style,
    /// The markup inside an outermost `<svg>` that holds no element that
    /// would take the parser out of SVG (a `<p>`, a `<div>`...).
    Svg,
    /// One attribute, name and value, of an element outside SVG and MathML,
    /// whose name no stage reads.
    Attribute,
    /// The start tag of a raw-text element written as an empty one
    /// (`<iframe src="..."/>`) with no end tag after it: the parser would
    /// read the rest of the page as its text.
    UnendedTag,
}

/// The attributes some stage of the pipeline reads (`name` as written):
/// the pre-scan removes all others from HTML elements before parsing, so
/// that neither the tokenizer nor the document pays for them (`srcset`,
/// `data-*` blobs, `aria-label`...). The tree builder reads `type` on
/// `<input>`; the attributes it reads in SVG and MathML are not removed
/// there. A stage that reads a new attribute adds it here.
fn is_read_attribute(name: &[u8]) -> bool {
    let mut buf = [0u8; 16];
    let Some(lower) = buf.get_mut(..name.len()) else {
        return false;
    };
    for (d, s) in lower.iter_mut().zip(name) {
        *d = s.to_ascii_lowercase();
    }
    matches!(
        &*lower,
        b"alt"
            | b"aria-controls"
            | b"aria-hidden"
            | b"aria-modal"
            | b"class"
            | b"content"
            | b"data-author"
            | b"data-author-name"
            | b"data-poster-name"
            | b"data-src"
            | b"datetime"
            | b"hidden"
            | b"href"
            | b"http-equiv"
            | b"id"
            | b"itemprop"
            | b"itemtype"
            | b"lang"
            | b"name"
            | b"popover"
            | b"property"
            | b"rel"
            | b"role"
            | b"src"
            | b"tabindex"
            | b"style"
            | b"type"
    )
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
    // The raw-text elements (see [`unending_bit`]) with no end tag after
    // where the scan is: none will follow further on either.
    let mut unended = 0u8;
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
            // A doctype or a bogus comment, up to the first `>`; a CDATA
            // section or a doctype inside SVG is left to the parser.
            svg_body = None;
            i = b
                .get(i..)
                .and_then(|r| memchr::memchr(b'>', r))
                .map_or(b.len(), |p| i + p + 1);
            continue;
        }
        let tag_start = i;
        // An HTML start tag's unread attributes go; end tags' attributes
        // are never read, and SVG and MathML keep theirs.
        let unread = (!closing && foreign == 0).then_some(&mut out.elisions);
        let tag = read_tag(b, i, max_attributes, unread);
        out.attributes = out.attributes.max(tag.attributes);
        if tag.attributes > max_attributes {
            return out;
        }
        let end = tag.end;
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
                        out.elisions.push(Elision {
                            range: body..lt,
                            kind: ElisionKind::Svg,
                        });
                    }
                }
            }
            continue;
        }
        // A raw-text element's body runs to its end tag; the elements of
        // `unending_bit` may be written empty (`<iframe .../>`, as XHTML
        // writes them), which the parser does not read as empty: with no
        // end tag ahead, the rest of the page would be the element's text.
        let unending = unending_bit(name).filter(|_| foreign == 0);
        let body_end = |unended: u8| {
            if unending.is_some_and(|bit| unended & bit != 0) {
                None
            } else {
                raw_body_end(b, i, name)
            }
        };
        if matches!(name, b"script" | b"style" | b"textarea" | b"title") {
            let body_end = body_end(unended);
            if let (Some(bit), None) = (unending, body_end) {
                unended |= bit;
                if tag.self_closing {
                    elide_tag(&mut out.elisions, lt..end);
                    continue;
                }
            }
            let body = b.get(i..body_end.unwrap_or(b.len())).unwrap_or_default();
            if foreign > 0 && memchr::memchr(b'<', body).is_some() {
                // Markup there, not raw text: it may break out.
                svg_body = None;
            }
            let kind = match name {
                b"script" => Some(ElisionKind::Script),
                b"style" => Some(ElisionKind::Style),
                _ => None,
            };
            let json_ld = || contains_ci(b.get(tag_start..end).unwrap_or_default(), b"ld+json");
            if let (0, Some(e), Some(kind)) = (foreign, body_end, kind) {
                if e > i && !(kind == ElisionKind::Script && json_ld()) {
                    out.elisions.push(Elision { range: i..e, kind });
                }
            }
            i = body_end.unwrap_or(b.len());
            continue;
        }
        if foreign == 0 && matches!(name, b"iframe" | b"noembed" | b"noframes" | b"xmp" | b"plaintext") {
            // Raw text in HTML: what looks like tags in it is text.
            let body_end = match name {
                b"plaintext" => None,
                _ => body_end(unended),
            };
            if let (Some(bit), None) = (unending, body_end) {
                unended |= bit;
                if tag.self_closing {
                    elide_tag(&mut out.elisions, lt..end);
                    continue;
                }
            }
            i = body_end.unwrap_or(b.len());
            continue;
        }
        if svg_or_math && !tag.self_closing {
            if foreign == 0 && name == b"svg" {
                svg_body = Some(i);
            }
            foreign += 1;
        }
        if !tag.self_closing {
            depth += 1;
            out.depth = out.depth.max(depth);
            if out.depth > max_depth {
                return out;
            }
        }
    }
    out
}

/// Notes a raw-text element's start tag at `tag` for [`elide`], written
/// empty with no end tag ahead ([`ElisionKind::UnendedTag`]), in place of
/// its attributes' elisions.
fn elide_tag(elisions: &mut Vec<Elision>, tag: Range<usize>) {
    while elisions.last().is_some_and(|e| e.range.start > tag.start) {
        elisions.pop();
    }
    elisions.push(Elision {
        range: tag,
        kind: ElisionKind::UnendedTag,
    });
}

/// For the elements whose body the tokenizer reads as raw text and that
/// may stand for an empty element written `<name/>`, a bit of their own
/// (`script` is not among them: its end tag may hide in an escaped
/// comment, see [`raw_body_end`]).
fn unending_bit(name: &[u8]) -> Option<u8> {
    match name {
        b"iframe" => Some(1),
        b"noembed" => Some(2),
        b"noframes" => Some(4),
        b"xmp" => Some(8),
        b"textarea" => Some(16),
        b"title" => Some(32),
        b"style" => Some(64),
        _ => None,
    }
}

/// A tag as the tokenizer reads it.
#[derive(Debug, PartialEq, Eq)]
struct Tag {
    /// Just after its `>` (the end of the input when it has none).
    end: usize,
    /// Whether it ends with `/>`.
    self_closing: bool,
    /// How many attributes it has, counted up to one past the limit.
    attributes: usize,
}

/// Reads a tag from within its name, state by state as the tokenizer
/// does: a name runs to white space, `/`, `>` or `=` (its first byte may be
/// `=`), a value is quoted only when a quote opens it, and an unquoted
/// value runs to white space or `>`. Counts the attributes, stopping past
/// `max_attributes`, and pushes to `unread` (when given) each attribute
/// whose name [`is_read_attribute`] does not know.
fn read_tag(b: &[u8], mut i: usize, max_attributes: usize, mut unread: Option<&mut Vec<Elision>>) -> Tag {
    let space = |c: u8| matches!(c, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ');
    let run = |from: usize, stop: &dyn Fn(u8) -> bool| {
        b.get(from..)
            .map_or(from, |r| from + r.iter().position(|&c| stop(c)).unwrap_or(r.len()))
    };
    // The rest of the tag's name.
    i = run(i, &|c| space(c) || c == b'/' || c == b'>');
    let mut attributes = 0;
    loop {
        // White space, and a `/` that does not close the tag, come before a name.
        i = run(i, &|c| !space(c));
        match b.get(i) {
            None => break,
            Some(b'/') if b.get(i + 1) == Some(&b'>') => {
                return Tag {
                    end: i + 2,
                    self_closing: true,
                    attributes,
                }
            }
            Some(b'/') => {
                i += 1;
                continue;
            }
            Some(b'>') => {
                return Tag {
                    end: i + 1,
                    self_closing: false,
                    attributes,
                }
            }
            Some(_) => {}
        }
        attributes += 1;
        if attributes > max_attributes {
            break;
        }
        let name_start = i;
        let name_end = run(i + 1, &|c| space(c) || c == b'/' || c == b'>' || c == b'=');
        let after = run(name_end, &|c| !space(c));
        i = name_end;
        if b.get(after) == Some(&b'=') {
            let value = run(after + 1, &|c| !space(c));
            i = match b.get(value) {
                Some(&quote @ (b'"' | b'\'')) => (closing_quote(b, value, quote) + 1).min(b.len()),
                Some(b'>') | None => value,
                Some(_) => run(value, &|c| space(c) || c == b'>'),
            };
        }
        if let Some(unread) = unread.as_deref_mut() {
            if !is_read_attribute(b.get(name_start..name_end).unwrap_or_default()) {
                unread.push(Elision {
                    range: name_start..i,
                    kind: ElisionKind::Attribute,
                });
            }
        }
    }
    Tag {
        end: b.len(),
        self_closing: false,
        attributes,
    }
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

/// `html` without its `elisions`: the text of each script and style
/// becomes one space (the element keeps its one text node), except the
/// scripts whose text `keep_script` keeps (script data that metadata
/// reads); the markup inside each SVG and each unread attribute go.
/// Borrowed when nothing is removed.
pub(crate) fn elide<'a>(html: &'a str, elisions: &[Elision], keep_script: impl Fn(&str) -> bool) -> Cow<'a, str> {
    let mut out: Option<String> = None;
    let mut copied = 0;
    for elision in elisions {
        let Some(text) = html.get(elision.range.clone()) else {
            continue;
        };
        if elision.range.start < copied || (elision.kind == ElisionKind::Script && keep_script(text)) {
            continue;
        }
        let out = out.get_or_insert_with(|| String::with_capacity(html.len()));
        out.push_str(html.get(copied..elision.range.start).unwrap_or_default());
        if matches!(elision.kind, ElisionKind::Script | ElisionKind::Style) {
            out.push(' ');
        }
        copied = elision.range.end;
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

    /// `read_tag` from just after the tag's first name byte: (end,
    /// self-closing, attributes, the unread attributes' text).
    fn tag(html: &str) -> (usize, bool, usize, Vec<&str>) {
        let mut unread = Vec::new();
        let t = read_tag(html.as_bytes(), 2, 100, Some(&mut unread));
        let text = unread
            .iter()
            .map(|e| html.get(e.range.clone()).unwrap_or_default())
            .collect();
        (t.end, t.self_closing, t.attributes, text)
    }

    #[test]
    fn reads_tags_as_the_tokenizer_does() {
        assert_eq!(
            tag("<a href=x class='b c' hidden data-x=\"1>2\">t</a>"),
            (42, false, 4, vec!["data-x=\"1>2\""])
        );
        assert_eq!(
            tag("<div a='>' b='>' c='>'>"),
            (23, false, 3, vec!["a='>'", "b='>'", "c='>'"])
        );
        assert_eq!(tag("<div a/b/c/d>"), (13, false, 4, vec!["a", "b", "c", "d"]));
        assert_eq!(tag("<a title = '>' >t"), (16, false, 1, vec!["title = '>'"]));
        assert_eq!(tag("<br/>"), (5, true, 0, vec![]));
        // A `/` closes a tag only right before its `>`.
        assert_eq!(tag("<img src=x / >"), (14, false, 1, vec![]));
        assert_eq!(tag("<a b=\"x/\">"), (10, false, 1, vec!["b=\"x/\""]));
        // A quote not right after `=` is part of a name or an unquoted
        // value, and opens nothing; an `=` may start a name.
        assert_eq!(tag("<a b\"c>d\">"), (7, false, 1, vec!["b\"c"]));
        assert_eq!(tag("<a b= =\"x y>z\">"), (12, false, 2, vec!["b= =\"x", "y"]));
        assert_eq!(tag("<a =x=1 HREF=y>"), (15, false, 2, vec!["=x=1"]));
        // Attributes right after a quoted value, and a name's rest.
        assert_eq!(
            tag("<my_tag SrcSet=\"a 1x\"Class=k sizes>"),
            (35, false, 3, vec!["SrcSet=\"a 1x\"", "sizes"])
        );
        assert_eq!(tag("<a href='never closed"), (21, false, 1, vec![]));
        assert_eq!(tag("<a data-x = >"), (13, false, 1, vec!["data-x = "]));
    }

    #[test]
    fn refuses_tags_with_more_attributes_than_the_limit() {
        let tag = |n: usize| {
            format!(
                "<p>a</p><div {}>x</div>",
                (0..n).map(|i| format!("a{i}='>'")).collect::<Vec<_>>().join(" ")
            )
        };
        assert_eq!(scan(&tag(500), 9, 100).attributes, 101);
        assert!(scan(&tag(100), 9, 100).attributes <= 100);
        // The shortest attributes: one letter and a separator each.
        let short = format!("<div {}>", "a/".repeat(101));
        assert_eq!(scan(&short, 9, 100).attributes, 101);
    }

    #[test]
    fn raw_bodies_end_where_the_tokenizer_ends_them() {
        fn bodies(html: &str) -> Vec<(&str, bool)> {
            scan(html, 100, 100)
                .elisions
                .iter()
                .filter(|r| r.kind != ElisionKind::Attribute)
                .map(|r| {
                    (
                        html.get(r.range.clone()).unwrap_or_default(),
                        r.kind == ElisionKind::Script,
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
                .elisions
                .iter()
                .filter(|r| r.kind == ElisionKind::Svg)
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
        let out = elide(html, &scan.elisions, |s| s.contains("datePublished"));
        assert_eq!(
            out,
            "<style> </style><script> </script><script>{\"datePublished\": 1}</script>"
        );
        assert!(matches!(elide("<p>a</p>", &[], |_| false), Cow::Borrowed(_)));
    }

    #[test]
    fn raw_text_elements_written_empty_with_no_end_tag_go() {
        let elided = |html: &str| elide(html, &scan(html, 100, 100).elisions, |_| false).into_owned();
        // A tag manager's frame written as XHTML writes an empty element:
        // the parser would read the rest of the page as the frame's text.
        assert_eq!(
            elided("<noscript><iframe src='x' height='0' data-a='1'/></noscript><p>Content</p>"),
            "<noscript></noscript><p>Content</p>"
        );
        assert_eq!(elided("<TITLE/><p>a</p><textarea/><p>b</p>"), "<p>a</p><p>b</p>");
        // Once one has no end tag ahead, neither has the next.
        assert_eq!(elided("<xmp/>a<xmp/>b"), "ab");
        // An end tag further on ends it: the parser's reading stands.
        assert_eq!(
            elided("<iframe src='x'/><p>a</p></iframe>"),
            "<iframe src='x'/><p>a</p></iframe>"
        );
        assert_eq!(elided("<iframe src='x'><p>a</p>"), "<iframe src='x'><p>a</p>");
        // Inside SVG, `<title/>` is an empty element.
        assert_eq!(elided("<svg><title/></svg><p>a</p>"), "<svg><title/></svg><p>a</p>");
    }
}
