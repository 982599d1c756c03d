//! Author names: from bylines, author fields and author-page links, with
//! prefixes ("By", "Von", "Par"), roles, dates and URLs stripped and lists
//! ("A, B and C") split.

use crate::dom::Document;
use crate::patterns::BYLINE_PREFIXES;

/// Longest author name kept.
pub(super) const MAX_NAME_CHARS: usize = 60;

/// Path parts of links to an author's page.
pub(super) const AUTHOR_PATHS: &[&str] = &[
    "/author/",
    "/authors/",
    "/autor/",
    "/autoren/",
    "/auteur/",
    "/auteurs/",
    "/autores/",
];

/// A byline in visible text: "By Ann Lee" in one text node, or a standalone
/// "By" followed by an element holding the name.
pub(super) fn by_text(doc: &Document, id: usize, text: &str) -> Option<String> {
    let t = text.trim();
    if t.is_empty() || t.chars().count() > MAX_NAME_CHARS + 10 {
        return None;
    }
    // Only the head can hold the prefix: lowercase that much.
    let lower: String = t.chars().take(16).flat_map(char::to_lowercase).collect();
    let prefix = BYLINE_PREFIXES.iter().find(|p| {
        lower == **p
            || lower
                .strip_prefix(**p)
                .is_some_and(|rest| rest.starts_with([' ', ':', '\u{a0}']))
    })?;
    // "de" is too common a word to mark a byline on its own.
    if *prefix == "de" {
        return None;
    }
    let rest = t.get(prefix.len()..)?.trim_start_matches([' ', ':', '\u{a0}']).trim();
    if !rest.is_empty() {
        return rest
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
            .then(|| rest.to_owned());
    }
    let next = id + 1;
    if next < doc.end(doc.parent(id)) && doc.name(next).is_some() {
        let name = doc.short_text(next).unwrap_or_default();
        if (2..=MAX_NAME_CHARS).contains(&name.chars().count()) {
            return Some(name);
        }
    }
    None
}

/// Author names from a byline or author field: prefixes, dates, roles and
/// URLs stripped; "A, B and C" split.
pub(super) fn split_names(raw: &str, visible: bool) -> Vec<String> {
    let mut text = crate::dom::fold(raw);
    if text.chars().count() > 300 || text.starts_with("http") {
        return Vec::new();
    }
    let lower = text.to_lowercase();
    for p in BYLINE_PREFIXES {
        if lower.starts_with(p) && lower[p.len()..].starts_with([' ', ':', '\u{a0}']) {
            text = text[p.len()..].trim_start_matches([' ', ':', '\u{a0}']).to_owned();
            break;
        }
    }
    // "(http://example.org/me)", "(@handle)": asides, not names.
    while let (Some(open), Some(close)) = (text.find('('), text.find(')')) {
        if close < open {
            break;
        }
        let inner = &text[open..=close];
        if !(inner.contains("http") || inner.contains('/') || inner.contains('@') || inner.contains('.')) {
            break;
        }
        text = format!("{}{}", &text[..open], &text[close + 1..]);
    }
    let mut names = Vec::new();
    for part in text
        .split([',', '&', ';', '|', '\n', '·', '•'])
        .flat_map(|p| p.split(" / "))
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" und "))
        .flat_map(|p| p.split(" et "))
        .flat_map(|p| p.split(" y "))
        .flat_map(|p| p.split(" и "))
    {
        let name = part.trim().trim_matches(['.', '-', '–', '—', '·', '•']).trim();
        if name.is_empty() || name.chars().count() > MAX_NAME_CHARS || name.contains('@') || name.contains("http") {
            continue;
        }
        let words = name.split_whitespace().count();
        let has_digit = name.chars().any(|c| c.is_ascii_digit());
        let has_upper = name
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic());
        let lower = name.to_lowercase();
        let role = lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| ROLE_WORDS.contains(&w));
        if words <= 5 && !has_digit && (has_upper || !visible) && !role {
            names.push(name.to_owned());
        }
    }
    names
}

/// Words of job titles and roles, never part of a name.
const ROLE_WORDS: &[&str] = &[
    "director",
    "editor",
    "editors",
    "manager",
    "founder",
    "cofounder",
    "ceo",
    "cto",
    "expert",
    "educator",
    "educators",
    "reporter",
    "correspondent",
    "writer",
    "contributor",
    "senior",
    "staff",
    "chief",
    "officer",
    "professor",
    "specialist",
    "analyst",
    "consultant",
    "president",
    "head",
    "lead",
    "columnist",
    "photographer",
    "home",
    "admin",
    "redakteur",
    "redakteurin",
    "rédacteur",
    "rédactrice",
    "redactor",
    "корреспондент",
    "редактор",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_split_and_cleaned() {
        assert_eq!(split_names("By Ann Lee and Bob Roe", true), ["Ann Lee", "Bob Roe"]);
        assert_eq!(
            split_names("Von Anna Schmidt, Jan Meier", true),
            ["Anna Schmidt", "Jan Meier"]
        );
        assert!(split_names(&"x".repeat(10_000), false).is_empty());
    }
}
