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
    let (prefix, end) = byline_prefix(t)?;
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

/// The byline prefix `text` starts with ("By", "Written by", "Von"...) and
/// where it ends: followed by nothing, white space or a colon, or glued to a
/// capitalised name ("ByAnn Lee"). Found without allocating, trying only the
/// prefixes that start with the text's first letter (most texts hold none).
fn byline_prefix(text: &str) -> Option<(&'static str, usize)> {
    let first = text.chars().next()?.to_lowercase().next()?;
    if !PREFIX_INITIALS.contains(&first) {
        return None;
    }
    // Prefixes are skipped by their first byte (`match_prefix` compares the
    // rest), cheaper than comparing strings.
    let mut buf = [0u8; 4];
    let head = first.encode_utf8(&mut buf).as_bytes().first().copied();
    BYLINE_PREFIXES
        .iter()
        .filter(|p| p.as_bytes().first().copied() == head)
        .find_map(|p| {
            let end = match_prefix(text, p)?;
            let rest = text.get(end..)?;
            // Glued: a lowercase letter then a capital ("ByAnn"), not a word
            // in capitals ("PARTITION").
            let glued = rest.starts_with(char::is_uppercase)
                && text
                    .get(..end)
                    .and_then(|h| h.chars().next_back())
                    .is_some_and(char::is_lowercase);
            (rest.is_empty() || rest.starts_with(|c: char| c.is_whitespace() || c == ':') || glued).then_some((*p, end))
        })
}

/// The first letters of [`BYLINE_PREFIXES`] (a test keeps them in step).
const PREFIX_INITIALS: &[char] = &['w', 'p', 'r', 't', 's', 'b', 'v', 'd', 'а', 'a'];

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
    // "By Ann Lee", "Authors: Ann Lee", "ByAnn Lee".
    if let Some((_, end)) = byline_prefix(&text) {
        text = text
            .get(end..)
            .unwrap_or_default()
            .trim_start_matches([' ', ':', '\u{a0}'])
            .to_owned();
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
        // "Ann Lee for Reuters", "Ann Lee on behalf of the team": in visible
        // text, a name of two or more capitalised words before an
        // affiliation is the author ("Center for Drug Evaluation" is not).
        let part = AFFILIATIONS
            .iter()
            .filter_map(|a| part.find(a))
            .min()
            .and_then(|end| part.get(..end))
            .filter(|head| {
                trust != Trust::Field
                    && head.split_whitespace().count() >= 2
                    && head.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
            })
            .unwrap_or(part);
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
        let is_role = |w: &str| ROLE_WORDS.contains(&w);
        let mut name = name;
        let mut role = name_words().any(is_role);
        // "Ann Lee Senior Editor": a role glued after a name of two or more
        // capitalised words; the name is what comes before the role.
        if role && trust != Trust::Field {
            let head: Vec<&str> = name
                .split_whitespace()
                .take_while(|w| !is_role(&w.to_lowercase()))
                .collect();
            if head.len() >= 2 && head.iter().all(|w| w.starts_with(char::is_uppercase)) {
                let end = head.iter().map(|w| w.len() + 1).sum::<usize>() - 1;
                name = name.get(..end).unwrap_or(name).trim();
                role = false;
            }
        }
        // Digits mark dates and counts in visible bylines ("3 hours ago");
        // user names hold them ("jane_doe42"), but a date is never a name.
        let digits_ok =
            !has_digit || (!holds_date && (trust == Trust::Field || (trust == Trust::Element && words == 1)));
        if !name.chars().any(char::is_alphabetic) {
            continue;
        }
        // In visible text a name of several words capitalises each, but for
        // particles ("van", "de"): "Personal finance", "Insights from" are labels.
        let capitalised = trust == Trust::Field
            || words == 1
            || name
                .split_whitespace()
                .all(|w| !w.starts_with(char::is_lowercase) || NAME_PARTICLES.contains(&w));
        if !capitalised {
            continue;
        }
        if words <= 5 && digits_ok && (has_upper || trust != Trust::Text) {
            let list = if role { &mut names.roles } else { &mut names.people };
            list.push(name.to_owned());
        }
    }
    names
}

/// What joins a name to the organisation it writes for, in the languages of
/// [`crate::patterns::BYLINE_PREFIXES`].
const AFFILIATIONS: &[&str] = &[" on behalf of ", " for ", " via ", " für ", " pour ", " para ", " для "];

/// Words of the links and labels around bylines, never part of a name.
const NOT_NAME_WORDS: &[&str] = &[
    "view", "more", "posts", "articles", "profile", "read", "learn", "see", "all", "follow", "bio", "says",
];

/// Lowercase particles of family names ("Nick van Mead", "Ana de la Cruz").
const NAME_PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "la", "le", "da", "del", "della", "dos", "das", "du", "bin", "al", "ten", "ter",
];

/// Words of job titles and roles, never part of a name.
const ROLE_WORDS: &[&str] = &[
    "director",
    "editor",
    "editors",
    "manager",
    "coordinator",
    "former",
    "guest",
    "associate",
    "assistant",
    "deputy",
    "executive",
    "managing",
    "author",
    "journalist",
    "strategist",
    "founder",
    "cofounder",
    "ceo",
    "cto",
    "expert",
    "experts",
    "contributing",
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
    #[test]
    fn author_paths_start_as_the_gather_pre_check_expects() {
        assert!(super::AUTHOR_PATHS.iter().all(|p| p.starts_with("/aut")));
    }

    use super::*;

    #[test]
    fn prefix_initials_are_those_of_the_prefixes() {
        let mut initials: Vec<char> = BYLINE_PREFIXES.iter().filter_map(|p| p.chars().next()).collect();
        initials.sort_unstable();
        initials.dedup();
        let mut listed = PREFIX_INITIALS.to_vec();
        listed.sort_unstable();
        assert_eq!(initials, listed);
    }

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
        assert_eq!(split_names("Posted byAnn Lee", Trust::Element).people, ["Ann Lee"]);
        assert!(byline_prefix("PARTITION BY").is_none());
        assert_eq!(byline_prefix("ByAnn Lee"), Some(("by", 2)));
        assert_eq!(byline_prefix("Written  by: Ann"), Some(("written by", 11)));
        assert_eq!(
            split_names("Authors: Ann Lee, Bob Roe", Trust::Element).people,
            ["Ann Lee", "Bob Roe"]
        );
        assert_eq!(
            split_names("Ann Lee Former Senior Editor", Trust::Element).people,
            ["Ann Lee"]
        );
        assert_eq!(split_names("Ann Lee, Experts", Trust::Text).people, ["Ann Lee"]);
        assert_eq!(split_names("Bypass Road", Trust::Text).people, ["Bypass Road"]);
        assert!(split_names("Written By", Trust::Element).people.is_empty());
        assert!(split_names("Personal finance", Trust::Element).people.is_empty());
        assert_eq!(split_names("Nick van Mead", Trust::Element).people, ["Nick van Mead"]);
        assert!(split_names("Florence says:", Trust::Element).people.is_empty());
        let names = split_names("Ann Lee, Senior Editor", Trust::Text);
        assert_eq!(
            (names.people, names.roles),
            (vec!["Ann Lee".to_owned()], vec!["Senior Editor".to_owned()])
        );
        assert_eq!(split_names("By Ann Lee for Reuters", Trust::Text).people, ["Ann Lee"]);
        assert_eq!(
            split_names("Dec. 19, 2025 · Ann Lee on behalf of the docs team", Trust::Element).people,
            ["Ann Lee"]
        );
        assert_eq!(
            split_names("Organization for Transformative Works", Trust::Field).people,
            ["Organization for Transformative Works"]
        );
        assert!(split_names("Center for Drug Evaluation", Trust::Element)
            .people
            .is_empty());
        assert_eq!(split_names("jane_doe42", Trust::Field).people, ["jane_doe42"]);
        assert_eq!(split_names("jane_doe42", Trust::Element).people, ["jane_doe42"]);
        assert!(split_names("jane_doe42", Trust::Text).people.is_empty());
        assert!(split_names("posted 3 hours ago", Trust::Element).people.is_empty());
        assert!(split_names("March 5, 2025", Trust::Field).people.is_empty());
        let long = split_names(&"x".repeat(10_000), Trust::Field);
        assert!(long.people.is_empty() && long.roles.is_empty());
    }
}
