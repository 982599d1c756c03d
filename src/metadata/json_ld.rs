//! Schema.org JSON-LD: reads every `application/ld+json` block (arrays and
//! `@graph` included, malformed JSON repaired where it is merely sloppy) and
//! keeps the fields of the main entity.

use html_escape::decode_html_entities;
use serde_json::Value;

/// The fields JSON-LD gave.
#[derive(Default, Debug)]
pub(crate) struct JsonLd {
    pub headline: Option<String>,
    pub authors: Vec<String>,
    pub date_published: Option<String>,
    pub date_modified: Option<String>,
    pub publisher: Option<String>,
    pub site_name: Option<String>,
    pub description: Option<String>,
    /// The entity's `articleBody` (or `text`), one paragraph per line.
    pub body: Option<String>,
    pub image: Option<String>,
    pub keywords: Vec<String>,
    pub section: Vec<String>,
    pub language: Option<String>,
    pub url: Option<String>,
    /// The schema.org type of the main entity (`NewsArticle`, `Product`...).
    pub main_type: Option<String>,
    /// Every schema.org type declared, lowercased, at most [`MAX_TYPES`].
    pub all_types: Vec<String>,
}

/// Most distinct types kept in [`JsonLd::all_types`].
const MAX_TYPES: usize = 32;

/// Types of main entities, most article-like first.
const MAIN_TYPES: &[&str] = &[
    "newsarticle",
    "article",
    "blogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "scholarlyarticle",
    "techarticle",
    "report",
    "liveblogposting",
    "socialmediaposting",
    "discussionforumposting",
    "medicalwebpage",
    "recipe",
    "howto",
    "product",
    "event",
    "qapage",
    "faqpage",
    "course",
    "jobposting",
    "creativework",
    "webpage",
    "itempage",
    "aboutpage",
    "profilepage",
    "collectionpage",
];

/// Most nodes inspected across all blocks (bounds the work on hostile input).
const MAX_NODES: usize = 10_000;

/// Parses the given script texts and merges what they say.
pub(crate) fn read<'a>(scripts: impl Iterator<Item = &'a str>) -> JsonLd {
    let mut objects: Vec<serde_json::Map<String, Value>> = Vec::new();
    for script in scripts {
        let Some(value) = parse_lenient(script) else { continue };
        let mut stack = vec![value];
        while let Some(v) = stack.pop() {
            if objects.len() >= MAX_NODES {
                break;
            }
            match v {
                Value::Array(items) => stack.extend(items.into_iter().rev()),
                Value::Object(mut map) => {
                    if let Some(graph) = map.remove("@graph") {
                        stack.push(graph);
                    }
                    if map.contains_key("@type") {
                        objects.push(map);
                    }
                }
                _ => {}
            }
        }
    }
    let rank = |m: &serde_json::Map<String, Value>| {
        types(m)
            .iter()
            .filter_map(|t| MAIN_TYPES.iter().position(|x| x == t))
            .min()
    };
    let mut out = JsonLd::default();
    let main = objects
        .iter()
        .filter_map(|m| rank(m).map(|r| (r, m)))
        .min_by_key(|(r, _)| *r)
        .map(|(_, m)| m);
    for m in &objects {
        let t = types(m);
        for ty in &t {
            if out.all_types.len() < MAX_TYPES && !out.all_types.contains(ty) {
                out.all_types.push(ty.clone());
            }
        }
        if t.iter().any(|t| t == "website") && out.site_name.is_none() {
            out.site_name = string(m.get("name"));
        }
    }
    let Some(main) = main else { return out };
    out.main_type = types(main).into_iter().next();
    out.headline = prose(main.get("headline")).or_else(|| prose(main.get("name")));
    // A page entity (`QAPage`, `WebPage`) may leave the author and dates
    // to the thing it is about (the question, the post).
    let entity = match main.get("mainEntity") {
        Some(Value::Object(o)) => Some(o),
        Some(Value::Array(a)) => a.first().and_then(Value::as_object),
        _ => None,
    };
    let field = |key: &str| main.get(key).or_else(|| entity.and_then(|e| e.get(key)));
    out.authors = people(field("author").or_else(|| field("creator")));
    out.date_published = string(field("datePublished")).or_else(|| string(field("dateCreated")));
    out.date_modified = string(main.get("dateModified"));
    out.publisher = main.get("publisher").and_then(|p| match p {
        Value::Object(o) => string(o.get("name")),
        Value::Array(a) => a.first().and_then(|o| string(o.get("name"))),
        other => string(Some(other)),
    });
    out.description = prose(main.get("description"));
    out.body = main.get("articleBody").or_else(|| main.get("text")).and_then(body);
    out.image = main.get("image").and_then(url_of);
    out.keywords = list(main.get("keywords"));
    out.section = list(main.get("articleSection"));
    out.language = string(main.get("inLanguage"));
    out.url = string(main.get("url")).or_else(|| main.get("mainEntityOfPage").and_then(url_of));
    out
}

fn types(m: &serde_json::Map<String, Value>) -> Vec<String> {
    match m.get("@type") {
        Some(Value::String(s)) => vec![s.to_ascii_lowercase()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_ascii_lowercase)
            .collect(),
        _ => Vec::new(),
    }
}

/// A clean, non-empty string from a string value (or the first of an array).
fn string(v: Option<&Value>) -> Option<String> {
    let s = match v? {
        Value::String(s) => s.as_str(),
        Value::Array(a) => return string(a.first()),
        Value::Number(n) => return Some(n.to_string()),
        _ => return None,
    };
    let mut out = String::new();
    crate::dom::push_folded(&mut out, &decode_html_entities(s));
    let out = out.trim().to_owned();
    (!out.is_empty() && out.len() < 5000).then_some(out)
}

/// A string of prose: as [`string`], decoded when it was written
/// percent-encoded (see [`percent_decoded`]).
fn prose(v: Option<&Value>) -> Option<String> {
    let s = string(v)?;
    let Some(decoded) = percent_decoded(&s) else {
        return Some(s);
    };
    let mut out = String::new();
    crate::dom::push_folded(&mut out, &decoded);
    Some(out.trim().to_owned())
}

/// A value written percent-encoded as in a URL ("An%20elegant%20sofa"),
/// decoded: one without white space whose decoding is UTF-8 and has some
/// between words.
fn percent_decoded(s: &str) -> Option<String> {
    if !s.contains('%') || s.contains(char::is_whitespace) {
        return None;
    }
    let decoded = percent_encoding::percent_decode_str(s).decode_utf8().ok()?;
    decoded
        .trim()
        .contains(char::is_whitespace)
        .then(|| decoded.into_owned())
}

/// Longest body text kept, in bytes.
const MAX_BODY_BYTES: usize = 1 << 20;

/// A long text value with its line breaks kept (white space folded within lines).
fn body(v: &Value) -> Option<String> {
    let s = v.as_str()?;
    if s.len() > MAX_BODY_BYTES {
        return None;
    }
    let text = decode_html_entities(s);
    let lines = crate::dom::folded_lines(&text);
    (!lines.is_empty()).then(|| lines.join("\n"))
}

fn url_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Value::Object(o) => o.get("url").or_else(|| o.get("@id")).and_then(url_of),
        Value::Array(a) => a.iter().find_map(url_of),
        _ => None,
    }
}

/// Names from an author value: a string, a Person/Organization object, or an array of them.
fn people(v: Option<&Value>) -> Vec<String> {
    let Some(v) = v else { return Vec::new() };
    let items: Vec<&Value> = match v {
        Value::Array(a) => a.iter().collect(),
        other => vec![other],
    };
    items
        .into_iter()
        .filter_map(|item| match item {
            Value::Object(o) => string(o.get("name")),
            Value::String(_) => string(Some(item)),
            _ => None,
        })
        .filter(|name| !name.starts_with("http"))
        .collect()
}

/// A list from a comma-separated string or an array of strings.
fn list(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => s
            .split(',')
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .collect(),
        Some(Value::Array(a)) => a.iter().filter_map(|x| string(Some(x))).collect(),
        _ => Vec::new(),
    }
}

/// Parses JSON, repairing what sloppy pages do: HTML comment or CDATA
/// wrappers, trailing commas, raw control characters in strings.
fn parse_lenient(text: &str) -> Option<Value> {
    let t = unwrap(text);
    if let Ok(v) = serde_json::from_str(t) {
        return Some(v);
    }
    let mut fixed = String::with_capacity(t.len());
    let mut in_string = false;
    let mut escaped = false;
    let chars: Vec<char> = t.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            } else if c.is_control() {
                fixed.push(' ');
                continue;
            }
            fixed.push(c);
            continue;
        }
        match c {
            '"' => in_string = true,
            ',' => {
                let next = chars.iter().skip(i + 1).find(|c| !c.is_whitespace());
                if matches!(next, Some('}') | Some(']')) {
                    continue;
                }
            }
            _ => {}
        }
        fixed.push(c);
    }
    serde_json::from_str(&fixed).ok()
}

/// Wrappers pages put around script data, outermost first: HTML comments
/// and CDATA sections, bare or hidden behind JavaScript comments.
const WRAPPERS: &[(&str, &str)] = &[
    ("<!--", "-->"),
    ("//<![CDATA[", "//]]>"),
    ("/*<![CDATA[*/", "/*]]>*/"),
    ("<![CDATA[", "]]>"),
];

/// `text` without the wrappers of [`WRAPPERS`] around it.
fn unwrap(text: &str) -> &str {
    let mut t = text.trim();
    for (open, close) in WRAPPERS {
        if let Some(inner) = t.strip_prefix(open) {
            t = inner.trim();
            t = t.strip_suffix(close).unwrap_or(t).trim();
        }
    }
    t
}

/// Whether a schema.org type is a product, or a group or model of products.
pub(super) fn is_product_type(t: &str) -> bool {
    ["Product", "ProductGroup", "ProductModel", "IndividualProduct"]
        .iter()
        .any(|d| t.eq_ignore_ascii_case(d))
}

/// Whether a schema.org type is a discussion: a forum thread or a question
/// with its answers, whose replies are the content, not comments on it.
pub(super) fn is_discussion_type(t: &str) -> bool {
    ["DiscussionForumPosting", "QAPage"]
        .iter()
        .any(|d| t.eq_ignore_ascii_case(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_and_authors() {
        let ld = read(std::iter::once(
            r#"{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example"},
               {"@type":"NewsArticle","headline":"Big &amp; news","author":[{"@type":"Person","name":"Ann Lee"},"Bob Roe"],
                "datePublished":"2025-01-15T10:00:00Z","publisher":{"@type":"Organization","name":"Example Media"},
                "keywords":"a, b",}]}"#,
        ));
        assert_eq!(ld.headline.as_deref(), Some("Big & news"));
        assert_eq!(ld.authors, ["Ann Lee", "Bob Roe"]);
        assert_eq!(ld.site_name.as_deref(), Some("Example"));
        assert_eq!(ld.publisher.as_deref(), Some("Example Media"));
        assert_eq!(ld.keywords, ["a", "b"]);
    }

    #[test]
    fn percent_encoded_prose_is_decoded() {
        let ld = read(std::iter::once(
            r#"{"@type":"Product","name":"Atelier%20Sofa","description":"An%20elegant%20sofa.%7CCurved%20form%2C%20100%25%20linen.",
                "url":"https://example.com/a%20b"}"#,
        ));
        assert_eq!(ld.headline.as_deref(), Some("Atelier Sofa"));
        assert_eq!(
            ld.description.as_deref(),
            Some("An elegant sofa.|Curved form, 100% linen.")
        );
        assert_eq!(ld.url.as_deref(), Some("https://example.com/a%20b"));
        // Prose with a per cent sign, and a code, stay as written.
        assert_eq!(percent_decoded("Save 20% today"), None);
        assert_eq!(percent_decoded("SKU%20"), None);
        assert_eq!(percent_decoded("100%"), None);
    }

    #[test]
    fn wrapped_data_is_read() {
        for text in [
            "<![CDATA[ {\"@type\":\"Article\",\"headline\":\"H\"} ]]>",
            "//<![CDATA[\n{\"@type\":\"Article\",\"headline\":\"H\"}\n//]]>",
            "<!-- {\"@type\":\"Article\",\"headline\":\"H\"} -->",
            "/*<![CDATA[*/{\"@type\":\"Article\",\"headline\":\"H\"}/*]]>*/",
        ] {
            assert_eq!(read(std::iter::once(text)).headline.as_deref(), Some("H"), "{text}");
        }
    }

    #[test]
    fn garbage_is_skipped() {
        let ld = read(["{not json", "[[[[", ""].into_iter());
        assert!(ld.headline.is_none());
    }
}
