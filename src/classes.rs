//! What class and id attributes say. Takes the parsed document; returns
//! [`Classes`]: per element, a set of [`Class`] flags (chrome, negative,
//! positive, comments, byline, date, captions...), computed once so that no
//! later stage lowercases or splits an attribute again. A word counts whole
//! (`sidebar`) and by its `-`, `_` or `:` parts (`post-share` → `share`),
//! except in an id that is a heading's slug (`sharing-with-a-single-developer`).
//! The same pass notes the ids that controls name in `aria-controls`: the
//! elements a reader reveals with a button (accordions, "read more").

use foldhash::{HashMap, HashMapExt, HashSet};

use html5ever::local_name;

use crate::dom::{Document, NodeId};
use crate::patterns;

/// One meaning a class or id word can carry (a bit of a flag set).
#[derive(Clone, Copy)]
pub(crate) enum Class {
    /// Navigation, sharing, ads, cookie notices...: never content.
    Chrome = 1,
    /// Weakly negative (meta, tags, captions...).
    Negative = 2,
    /// Content-like (article, content, post...).
    Positive = 4,
    /// Readers' comments.
    Comments = 8,
    /// A byline or author box.
    Byline = 16,
    /// A date or timestamp.
    Date = 32,
    /// A user's name (a forum post's author); see [`patterns::USER_NAME_TOKENS`].
    UserName = 64,
    /// Customers' reviews (of a product).
    Reviews = 128,
    /// A picture's caption or credit line; see [`patterns::CAPTION_TOKENS`].
    Caption = 256,
}

/// Attribute values longer than this are not read (generated junk).
const MAX_ATTR_LEN: usize = 500;

/// The token lists of [`patterns`], as one word → flags map.
pub(crate) struct Tokens {
    flags: HashMap<&'static str, u16>,
    /// The byte length of the longest word.
    longest: usize,
}

impl Tokens {
    pub(crate) fn new() -> Self {
        let mut map: HashMap<&'static str, u16> = HashMap::new();
        let lists = [
            (patterns::CHROME_TOKENS, Class::Chrome),
            (patterns::RELATED_TOKENS, Class::Chrome),
            (patterns::NEGATIVE_TOKENS, Class::Negative),
            (patterns::POSITIVE_TOKENS, Class::Positive),
            (patterns::COMMENT_TOKENS, Class::Comments),
            (patterns::BYLINE_TOKENS, Class::Byline),
            (patterns::DATE_TOKENS, Class::Date),
            (patterns::USER_NAME_TOKENS, Class::UserName),
            (patterns::REVIEW_TOKENS, Class::Reviews),
            (patterns::CAPTION_TOKENS, Class::Caption),
        ];
        for (list, class) in lists {
            for word in list {
                *map.entry(word).or_default() |= class as u16;
            }
        }
        let longest = map.keys().map(|w| w.len()).max().unwrap_or(0);
        Tokens { flags: map, longest }
    }

    /// Classifies every element of `doc`. Pages repeat their class values
    /// (every card of a grid, every item of a menu): each distinct value is
    /// read once.
    pub(crate) fn classify(&self, doc: &Document) -> Classes {
        let mut flags = vec![0u16; doc.len()];
        let mut seen: HashMap<&str, u16> = HashMap::new();
        let mut controlled = HashSet::default();
        let mut lower = String::new();
        for (id, f) in flags.iter_mut().enumerate() {
            for (attr, value) in doc.attrs(id) {
                let class = match *attr {
                    local_name!("class") => true,
                    local_name!("id") => false,
                    local_name!("aria-controls") => {
                        controlled.extend(value.split_ascii_whitespace().map(str::to_owned));
                        continue;
                    }
                    _ => continue,
                };
                let value: &str = value;
                if value.is_empty() || value.len() > MAX_ATTR_LEN {
                    continue;
                }
                // Ids are unique: remembering them would cost more than it saves.
                if !class {
                    if !is_slug(value) {
                        *f |= self.read(value, &mut lower);
                    }
                    continue;
                }
                *f |= match seen.get(value) {
                    Some(&known) => known,
                    None => {
                        let read = self.read(value, &mut lower);
                        seen.insert(value, read);
                        read
                    }
                };
            }
        }
        Classes { flags, controlled }
    }

    /// The flags of one lowercase word (none for a word longer than every token).
    fn flags(&self, word: &str) -> u16 {
        if word.len() > self.longest {
            return 0;
        }
        self.flags.get(word).copied().unwrap_or(0)
    }

    /// The flags of one class or id value; `lower` is scratch space.
    fn read(&self, value: &str, lower: &mut String) -> u16 {
        // Most values are lowercase already: copied only when not.
        let value = if value.bytes().any(|b| b.is_ascii_uppercase()) {
            lower.clear();
            lower.push_str(value);
            lower.make_ascii_lowercase();
            lower.as_str()
        } else {
            value
        };
        // Class names are separated by ASCII white space (as HTML splits
        // them) and their parts by ASCII punctuation: split bytes, not chars.
        let mut f = 0;
        for word in value.split_ascii_whitespace() {
            f |= self.flags(word);
            if word.bytes().any(is_part_separator) && !parts_unread(word) {
                let mut rest = word;
                while let Some(at) = rest.bytes().position(is_part_separator) {
                    f |= self.flags(rest.get(..at).unwrap_or_default());
                    rest = rest.get(at + 1..).unwrap_or_default();
                }
                f |= self.flags(rest);
            }
        }
        f
    }
}

/// An id of this many `-`-joined words or more is a heading's slug.
const SLUG_WORDS: usize = 4;

/// Whether an id is the slug of a heading (`sharing-with-a-single-developer`,
/// an anchor that documentation and blog generators derive from a section's
/// title): its words are the section's, not a name for what it is.
fn is_slug(id: &str) -> bool {
    id.split('-').filter(|w| !w.is_empty()).nth(SLUG_WORDS - 1).is_some()
}

/// Whether a class word's parts are not read: the word states what its
/// element holds or how it shows (`has-share-float`, `no-sidebar`,
/// `hide-read-more-ad`: its parts name other elements, not this one), or it
/// names a part of a FAQ (`faq_tabs-menu`: the questions a page answers
/// are its content, however the widget's parts are named), or it sets a
/// style to a value written in brackets (`top-[var(--nav-height)]`: its
/// parts name a CSS variable, not the element).
fn parts_unread(word: &str) -> bool {
    ["has-", "no-", "hide-", "with-"].iter().any(|p| word.starts_with(p))
        || word.contains('[')
        || word
            .split(|c: char| c.is_ascii() && is_part_separator(c as u8))
            .any(|p| p == "faq")
}

/// `-`, `_` and `:`, which join the parts of a class name (`post-share`).
fn is_part_separator(b: u8) -> bool {
    matches!(b, b'-' | b'_' | b':')
}

/// Whether a word of `id`'s class attribute (its `id` attribute does not
/// count) is one of `words`, ASCII case ignored; with `parts`, the pieces of
/// a word split at `-` and `_` count too. For the classes whose flag, set
/// from class and id words and their parts, only marks candidates.
pub(crate) fn class_has(doc: &Document, id: NodeId, words: &[&str], parts: bool) -> bool {
    doc.attr(id, &local_name!("class"))
        .is_some_and(|c| has_word(c, words, parts))
}

/// Whether a word of `id`'s class or id attribute, or a `-`/`_` part of
/// one, is one of `words` (ASCII case ignored; a slug id says nothing): for
/// the rare checks that the flags do not carry.
pub(crate) fn class_or_id_has(doc: &Document, id: NodeId, words: &[&str]) -> bool {
    class_has(doc, id, words, true)
        || doc
            .attr(id, &local_name!("id"))
            .is_some_and(|v| !is_slug(v) && has_word(v, words, true))
}

/// Whether a white-space separated word of `value` (with `parts`, or a
/// piece of one split at `-` and `_`) is one of `words`, ASCII case ignored.
fn has_word(value: &str, words: &[&str], parts: bool) -> bool {
    let listed = |w: &str| words.iter().any(|x| w.eq_ignore_ascii_case(x));
    value
        .split_whitespace()
        .any(|t| listed(t) || (parts && t.split(['-', '_']).any(listed)))
}

/// Per-element class flags of one document.
pub(crate) struct Classes {
    flags: Vec<u16>,
    /// The ids named by `aria-controls` attributes.
    controlled: HashSet<String>,
}

impl Classes {
    /// Whether element `id`'s class or id carries `class`.
    pub(crate) fn is(&self, id: NodeId, class: Class) -> bool {
        self.flags.get(id).is_some_and(|f| f & class as u16 != 0)
    }

    /// Whether element `id` is what a control names in `aria-controls` (a
    /// panel a button opens).
    pub(crate) fn is_controlled(&self, doc: &Document, id: NodeId) -> bool {
        !self.controlled.is_empty()
            && doc
                .attr(id, &local_name!("id"))
                .is_some_and(|v| self.controlled.contains(v))
    }

    /// +25 for a content-like class or id, -25 for a chrome-like or negative one.
    pub(crate) fn weight(&self, id: NodeId) -> f64 {
        let mut w = 0.0;
        if self.is(id, Class::Chrome) || self.is(id, Class::Negative) {
            w -= 25.0;
        }
        if self.is(id, Class::Positive) {
            w += 25.0;
        }
        w
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Per `<div>` of `html`, in order: whether its class or id reads as
    /// chrome, and whether as content.
    fn div_flags(html: &str) -> Vec<(bool, bool)> {
        let doc = crate::dom::parse(html, 1000, 100).unwrap();
        let classes = Tokens::new().classify(&doc);
        doc.elements(&local_name!("div"))
            .map(|d| (classes.is(d, Class::Chrome), classes.is(d, Class::Positive)))
            .collect()
    }

    /// Per `<div>` of `html`, in order: whether it reads as chrome.
    fn chrome(html: &str) -> Vec<bool> {
        div_flags(html).into_iter().map(|(c, _)| c).collect()
    }

    #[test]
    fn words_and_parts_are_classified() {
        let flags = div_flags(
            "<div class='Post-Share'>a</div><div id='main-content'>b</div><div class='overflow-hidden'>c</div>",
        );
        // `Post-Share` is chrome by a part (`share`); `main-content` is
        // content and not chrome; `overflow-hidden` is not chrome.
        assert_eq!(flags.iter().map(|f| f.0).collect::<Vec<_>>(), [true, false, false]);
        assert!(flags[1].1);
    }

    #[test]
    fn a_headings_slug_says_nothing() {
        // Class names are chosen, not derived: every part counts (the third).
        let html = "<div id='sharing-with-a-single-developer'>a</div><div id='social-share-bar'>b</div>\
                    <div class='related-posts-list-wrap'>c</div>";
        assert_eq!(chrome(html), [false, true, true]);
    }

    #[test]
    fn a_state_word_or_a_faqs_part_names_no_part() {
        // `has-share-float`: the element holds a floating share bar, it is
        // not one; a word's parts still count otherwise (`post-share`).
        let html = "<div class='entry has-share-float'>a</div><div class='layout no-sidebar'>b</div>\
                    <div class='hide-read-more-ad'>c</div><div class='entry post-share'>d</div>\
                    <div class='faq_tabs-menu'>e</div>";
        assert_eq!(chrome(html), [false, false, false, true, false]);
    }

    #[test]
    fn a_bracketed_style_value_names_no_part() {
        // A utility class setting a value (`top-[var(--nav-height)]`) names
        // a CSS variable; a plain utility word is still read (`sticky-nav`).
        let html = "<div class='w-full sticky top-[var(--nav-height)]'>a</div><div class='sticky-nav'>b</div>";
        assert_eq!(chrome(html), [false, true]);
    }
}
