//! Repetition: a paragraph that occurs again on the page is kept once, where
//! it first occurs.

use foldhash::HashSet;

/// Shorter texts are not checked for repetition (they repeat legitimately:
/// "Yes", "Step 1").
const MIN_DEDUP_CHARS: usize = 20;

/// Remembers the texts seen so far.
#[derive(Default)]
pub(crate) struct Seen {
    keys: HashSet<String>,
}

impl Seen {
    /// Whether a text whose [`key`] is `key` was seen before (and records it).
    pub(crate) fn repeated(&mut self, key: String) -> bool {
        if key.chars().count() < MIN_DEDUP_CHARS {
            return false;
        }
        !self.keys.insert(key)
    }
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

    #[test]
    fn first_copy_stays() {
        let mut seen = Seen::default();
        assert!(!seen.repeated(key("Relations between the two capitals warmed.")));
        assert!(seen.repeated(key("Relations between the two capitals  warmed")));
        assert!(!seen.repeated(key("Yes")));
        assert!(!seen.repeated(key("Yes")));
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
