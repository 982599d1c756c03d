//! Repetition: a paragraph that occurs again on the page is kept once, where
//! it first occurs, unless the page repeats it on purpose.
//!
//! Chrome repeats across regions: a teaser over the article it opens, a
//! notice after every post. A paragraph repeated among the siblings of its
//! first copy is the content's own (a training plan's recurring step, a
//! price list's recurring line, a refrain), except in a copied passage,
//! where the paragraph beside the repeat also repeats the one beside the
//! first copy (a template that rendered the article twice).

use foldhash::HashMap;

use crate::dom::NodeId;

/// Shorter texts are not checked for repetition (they repeat legitimately:
/// "Yes", "Step 1").
const MIN_DEDUP_CHARS: usize = 20;

/// Where a text was first seen.
#[derive(Clone, Copy)]
struct First {
    /// The parent of the element holding it, when the text comes from a page.
    parent: Option<NodeId>,
    /// Its position in the sequence of blocks read.
    at: usize,
}

/// Remembers the texts seen so far.
#[derive(Default)]
pub(crate) struct Seen {
    firsts: HashMap<String, First>,
}

impl Seen {
    /// Whether the text whose [`key`] is `key`, read at position `at` in
    /// a sequence of blocks, under `parent`, repeats one seen before (and
    /// records it when it is new). A repeat under the same parent as the
    /// first copy is no repeat unless it belongs to a copied passage, told
    /// by `key_at`, which gives the key of the block at a position; with no
    /// parent (flat text, not a page) every repeat is one.
    pub(crate) fn repeated(
        &mut self,
        key: String,
        parent: Option<NodeId>,
        at: usize,
        key_at: impl Fn(usize) -> Option<String>,
    ) -> bool {
        if !is_checked(&key) {
            return false;
        }
        let Some(first) = self.firsts.get(&key).copied() else {
            self.firsts.insert(key, First { parent, at });
            return false;
        };
        parent.is_none() || first.parent != parent || copied_passage(&key, first.at, at, key_at)
    }
}

/// Whether a key is long enough to be checked for repetition.
fn is_checked(key: &str) -> bool {
    key.chars().nth(MIN_DEDUP_CHARS - 1).is_some()
}

/// Whether the repeat at `at` of the block first read at `first` has a
/// neighbour that repeats the first copy's neighbour on the same side (a
/// neighbour too short to check, or the same text again, tells nothing).
fn copied_passage(key: &str, first: usize, at: usize, key_at: impl Fn(usize) -> Option<String>) -> bool {
    let telling = |p: Option<usize>| p.and_then(&key_at).filter(|k| is_checked(k) && k != key);
    let before = telling(at.checked_sub(1));
    let after = telling(at.checked_add(1));
    (before.is_some() && before == telling(first.checked_sub(1)))
        || (after.is_some() && after == telling(first.checked_add(1)))
}

/// Lowercase letters and digits only: the same paragraph in other markup matches.
pub(crate) fn key(text: &str) -> String {
    if text.is_ascii() {
        // The same, byte by byte (most text is ASCII).
        let bytes: Vec<u8> = text
            .bytes()
            .filter(u8::is_ascii_alphanumeric)
            .map(|b| b.to_ascii_lowercase())
            .collect();
        return String::from_utf8(bytes).unwrap_or_default();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            }
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Which of `texts`, read in turn under the parents `under`, repeat.
    fn repeats(texts: &[&str], under: &[Option<NodeId>]) -> Vec<bool> {
        let keys: Vec<String> = texts.iter().map(|t| key(t)).collect();
        let mut seen = Seen::default();
        keys.iter()
            .zip(under)
            .enumerate()
            .map(|(at, (k, &parent))| seen.repeated(k.clone(), parent, at, |p| keys.get(p).cloned()))
            .collect()
    }

    #[test]
    fn first_copy_stays() {
        let texts = [
            "Relations between the two capitals warmed.",
            "Relations between the two capitals  warmed",
            "Yes",
            "Yes",
        ];
        assert_eq!(repeats(&texts, &[None; 4]), [false, true, false, false]);
    }

    #[test]
    fn repeats_among_siblings_stay_unless_copied_with_their_neighbours() {
        let (a, b) = (Some(7), Some(9));
        // A refrain under one parent stays; the same line elsewhere goes.
        let step = "Warm up: ten minutes of easy jogging";
        let plan = [step, "Monday: intervals of four hundred metres", step, step];
        assert_eq!(repeats(&plan, &[a, a, a, b]), [false, false, false, true]);
        // A passage rendered twice under one parent is kept once.
        let passage = [
            "The exhibition opens at the gallery in May.",
            "It shows a century of portraits of the family.",
        ];
        let twice = [passage, passage].concat();
        assert_eq!(repeats(&twice, &[a; 4]), [false, false, true, true]);
    }

    #[test]
    fn keys_match_the_general_rule() {
        for text in [
            "Relations, between THE two capitals: 42!",
            "a-b_c d\te",
            "",
            "\u{201c}Quoted\u{201d} STRASSE \u{2013} \u{130}stanbul 42\u{a0}km, \u{395}\u{3bb}\u{3bb}\u{3ac}\u{3b4}\u{391}",
        ] {
            let general: String = text
                .chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect();
            assert_eq!(key(text), general);
        }
        assert_eq!(key("Grüße AUS Köln"), "grüßeausköln");
    }
}
