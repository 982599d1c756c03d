//! Author names: from bylines, author fields and author-page links, with
//! prefixes ("By", "Von", "Par"), roles, dates and URLs stripped and lists
//! ("A, B and C") split.

use html5ever::local_name;

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
    if t.is_empty() || t.len() > 4 * (MAX_NAME_CHARS + 10) {
        return None;
    }
    // Most texts hold no prefix: find it without allocating, trying only the
    // prefixes that start with the text's first letter.
    let first = t.chars().next()?.to_lowercase().next()?;
    let (prefix, end) = BYLINE_PREFIXES.iter().filter(|p| p.starts_with(first)).find_map(|p| {
        let end = match_prefix(t, p)?;
        let rest = t.get(end..)?;
        (rest.is_empty() || rest.starts_with(|c: char| c.is_whitespace() || c == ':')).then_some((*p, end))
    })?;
    // "de" is too common a word to mark a byline on its own; "By Region" in
    // a link or a menu is a way to browse the site.
    if prefix == "de" || in_navigation(doc, id) {
        return None;
    }
    let t = &crate::dom::fold(t.get(end..)?);
    if t.chars().count() > MAX_NAME_CHARS + 10 {
        return None;
    }
    let rest = t.trim_start_matches([' ', ':', '\u{a0}']).trim();
    if !rest.is_empty() {
        return rest
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
            .then(|| rest.to_owned());
    }
    // A standalone "By": the name is in the next element, inside the same
    // parent ("By <a>Ann Lee</a>") or, when the parent holds nothing else,
    // right after it ("<p>Written by</p><p>Ann Lee</p>").
    let parent = doc.parent(id);
    let next = if id + 1 < doc.end(parent) {
        id + 1
    } else {
        doc.end(parent)
    };
    if next < doc.len() && doc.name(next).is_some() && (next == id + 1 || doc.end(parent) == id + 1) {
        let name = doc.short_text(next).unwrap_or_default();
        if (2..=MAX_NAME_CHARS).contains(&name.chars().count()) {
            return Some(name);
        }
    }
    None
}

/// What one byline or author field names.
#[derive(Default)]
pub(super) struct Names {
    /// Parts that name people (or organisations).
    pub people: Vec<String>,
    /// Parts that name a role ("Senior Editor", "Staff Writer"): they stand
    /// for the author only when no source names a person or the publisher.
    pub roles: Vec<String>,
}

/// How far a source of author names is trusted to hold names only.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Trust {
    /// A field made for the author (JSON-LD, `<meta>`, microdata, data
    /// attributes): any spelling, user names with digits included.
    Field,
    /// The text of an element marked as a byline or an author link: a user
    /// name may be lowercase, and carry digits when it is one word.
    Element,
    /// Free text after "By": a name must be capitalised and digit-free.
    Text,
}

/// The byte length of `prefix` at the head of `text`, compared lowercase,
/// a space in `prefix` matching any run of white space.
fn match_prefix(text: &str, prefix: &str) -> Option<usize> {
    let mut chars = text.char_indices().peekable();
    for p in prefix.chars() {
        let (_, c) = chars.next()?;
        if p == ' ' {
            if !c.is_whitespace() {
                return None;
            }
            while chars.next_if(|(_, c)| c.is_whitespace()).is_some() {}
        } else if c != p && !c.to_lowercase().eq(std::iter::once(p)) {
            return None;
        }
    }
    Some(chars.peek().map_or(text.len(), |(i, _)| *i))
}

/// Whether the text node `id` sits in a link, a form control or a menu.
fn in_navigation(doc: &Document, id: usize) -> bool {
    doc.ancestors(id).any(|a| {
        doc.name(a).is_some_and(|n| {
            matches!(
                *n,
                local_name!("a")
                    | local_name!("nav")
                    | local_name!("button")
                    | local_name!("label")
                    | local_name!("option")
                    | local_name!("menu")
            )
        }) || doc
            .attr(a, &local_name!("role"))
            .is_some_and(|r| r.contains("menu") || r == "navigation")
    })
}

/// Author names from a byline or author field: prefixes, dates and URLs
/// stripped; "A, B and C" split; roles set apart.
pub(super) fn split_names(raw: &str, trust: Trust) -> Names {
    let mut text = crate::dom::fold(raw);
    let mut names = Names::default();
    if text.chars().count() > 300 || text.starts_with("http") {
        return names;
    }
    let lower = text.to_lowercase();
    for p in BYLINE_PREFIXES {
        if lower.starts_with(p) && lower[p.len()..].starts_with([' ', ':', '\u{a0}']) {
            text = text[p.len()..].trim_start_matches([' ', ':', '\u{a0}']).to_owned();
            break;
        }
    }
    // "ByAnn Lee": the prefix glued to the name by markup without spaces.
    let mut chars = text.chars();
    if let (Some('B'), Some('y'), Some(c)) = (chars.next(), chars.next(), chars.next()) {
        if c.is_uppercase() {
            text = text[2..].to_owned();
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
    let holds_date = super::dates::normalize(&text).is_some();
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
        let name_words = || lower.split(|c: char| !c.is_alphanumeric());
        // Link texts beside an author's name ("View all posts", "Read more").
        if trust != Trust::Field && name_words().any(|w| NOT_NAME_WORDS.contains(&w)) {
            continue;
        }
        let role = name_words().any(|w| ROLE_WORDS.contains(&w));
        // Digits mark dates and counts in visible bylines ("3 hours ago");
        // user names hold them ("jane_doe42"), but a date is never a name.
        let digits_ok =
            !has_digit || (!holds_date && (trust == Trust::Field || (trust == Trust::Element && words == 1)));
        if !name.chars().any(char::is_alphabetic) {
            continue;
        }
        if words <= 5 && digits_ok && (has_upper || trust != Trust::Text) {
            let list = if role { &mut names.roles } else { &mut names.people };
            list.push(name.to_owned());
        }
    }
    names
}

/// Words of the links and labels around bylines, never part of a name.
const NOT_NAME_WORDS: &[&str] = &[
    "view", "more", "posts", "articles", "profile", "read", "learn", "see", "all", "follow", "bio",
];

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
        assert_eq!(
            split_names("By Ann Lee and Bob Roe", Trust::Text).people,
            ["Ann Lee", "Bob Roe"]
        );
        assert_eq!(
            split_names("Von Anna Schmidt, Jan Meier", Trust::Text).people,
            ["Anna Schmidt", "Jan Meier"]
        );
        assert_eq!(match_prefix("Posted\n  by Ann", "posted by"), Some(11));
        assert_eq!(match_prefix("BY Ann", "by"), Some(2));
        assert_eq!(match_prefix("Автор: Иван", "автор:"), Some("Автор:".len()));
        assert_eq!(match_prefix("Bypass", "by"), Some(2));
        assert_eq!(match_prefix("B", "by"), None);
        let names = split_names("Ann Lee, Senior Editor", Trust::Text);
        assert_eq!(
            (names.people, names.roles),
            (vec!["Ann Lee".to_owned()], vec!["Senior Editor".to_owned()])
        );
        assert_eq!(split_names("jane_doe42", Trust::Field).people, ["jane_doe42"]);
        assert_eq!(split_names("jane_doe42", Trust::Element).people, ["jane_doe42"]);
        assert!(split_names("jane_doe42", Trust::Text).people.is_empty());
        assert!(split_names("posted 3 hours ago", Trust::Element).people.is_empty());
        assert!(split_names("March 5, 2025", Trust::Field).people.is_empty());
        let long = split_names(&"x".repeat(10_000), Trust::Field);
        assert!(long.people.is_empty() && long.roles.is_empty());
    }
}
