//! Recognisers for blocks that are never prose: image sizes and other bare
//! numbers, locale codes, JSON, bare URLs, contact and copyright lines.

/// Whether `text` is junk whatever its position: it holds no real word
/// (`1920 1080 true`, `2025-12-28T18:00+0000`, `252 60`), or is a locale code
/// (`en_EN`), a JSON fragment, a template's data key left as a label
/// (`retail_price_tier1:`) or a bare URL.
pub(crate) fn is_junk(text: &str) -> bool {
    let t = text.trim();
    if !t.split_whitespace().any(is_word) {
        return true;
    }
    if is_locale(t) || is_data_key(t) {
        return true;
    }
    if is_json(t) {
        return true;
    }
    let single = !t.contains(char::is_whitespace);
    single && (t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www.") || t.starts_with("//"))
}

/// Whether `text` is a JSON object or array (data left in the markup by a script).
pub(crate) fn is_json(text: &str) -> bool {
    let t = text.trim_ascii().trim();
    let json_like = (t.starts_with('{') && t.ends_with('}')) || (t.starts_with('[') && t.ends_with(']'));
    json_like && t.contains("\":")
}

/// A token with at least two letters (one for scripts without spaces), not a JSON literal.
fn is_word(token: &str) -> bool {
    let letters = token.chars().filter(|c| c.is_alphabetic()).count();
    let wide = token.chars().any(|c| c.is_alphabetic() && c as u32 >= 0x2E80);
    (letters >= 2 || wide)
        && !matches!(
            token.to_ascii_lowercase().as_str(),
            "true" | "false" | "null" | "undefined" | "nan"
        )
}

/// A label of at most four words, nothing after its colon, whose first word
/// is a machine key: ASCII letters and digits joined by `_`
/// (`short_description:`, `cat_thumb_Petrol Blue:`).
fn is_data_key(t: &str) -> bool {
    let Some(label) = t.strip_suffix(':') else {
        return false;
    };
    let Some(first) = label.split_whitespace().next() else {
        return false;
    };
    label.split_whitespace().count() <= 4
        && first.split('_').count() >= 2
        && first
            .split('_')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// `en_EN`, `de-DE`, `pt_BR`.
fn is_locale(t: &str) -> bool {
    matches!(t.as_bytes(), [a, b, b'_' | b'-', c, d]
        if a.is_ascii_lowercase() && b.is_ascii_lowercase() && c.is_ascii_uppercase() && d.is_ascii_uppercase())
}

/// Contact lines are at most this long.
const MAX_CONTACT_CHARS: usize = 300;
const MAX_CONTACT_BYTES: usize = MAX_CONTACT_CHARS * 4;

/// Whether `text` is a contact or imprint line: it carries an e-mail address
/// or a phone number and does not read as a sentence.
pub(crate) fn is_contact_line(text: &str) -> bool {
    if text.len() > MAX_CONTACT_BYTES || text.chars().count() > MAX_CONTACT_CHARS {
        return false;
    }
    if !(has_email(text) || has_phone(text)) {
        return false;
    }
    let words = text.split_whitespace().count();
    let sentence = text.trim_end().ends_with(['.', '!', '?']) && words >= 8;
    !sentence
}

/// Whether `text` is a copyright line (`© 2025 Example Ltd`).
pub(crate) fn is_copyright_line(text: &str) -> bool {
    if text.len() > 1000 || text.chars().count() > 250 {
        return false;
    }
    // ASCII case is enough: no other letter lowercases into these words.
    let head = |word: &str| {
        text.trim_start()
            .as_bytes()
            .get(..word.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(word.as_bytes()))
    };
    text.contains('©') || head("copyright") || head("(c) ")
}

fn has_email(text: &str) -> bool {
    if !text.contains('@') {
        return false;
    }
    text.split(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '(' | ')' | ',' | ';'))
        .any(|tok| {
            let mut parts = tok.splitn(2, '@');
            let (Some(user), Some(host)) = (parts.next(), parts.next()) else {
                return false;
            };
            !user.is_empty() && host.contains('.') && !host.starts_with('.') && host.len() > 3
        })
}

/// Seven or more digits in a run made only of digits, spaces, `+`, `-`, `.`, `(`, `)`, `/`, starting with `+` or `(` or a digit.
fn has_phone(text: &str) -> bool {
    // A phone number holds at least seven digits.
    if text.bytes().filter(u8::is_ascii_digit).count() < 7 {
        return false;
    }
    let mut digits = 0;
    let mut started_plus = false;
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits += 1;
            if digits >= 10 || (digits >= 7 && started_plus) {
                return true;
            }
        } else if c == '+' {
            started_plus = true;
        } else if matches!(c, ' ' | '-' | '.' | '(' | ')' | '/' | '\u{a0}') {
            continue;
        } else {
            digits = 0;
            started_plus = false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn junk_table() {
        for junk in [
            "1920 1080 true",
            "252 60",
            "2025",
            "en_EN",
            "2025-12-28T18:00+0000",
            "{\"a\":1}",
            "https://cdn.example.com/img/1.jpg",
            "— | —",
            "retail_price_tier1:",
            "cat_thumb_Petrol Blue:",
        ] {
            assert!(is_junk(junk), "{junk}");
        }
        for prose in [
            "News of the day",
            "日本語",
            "Putin and Trump spoke.",
            "Ingredients:",
            "snake_case names are used for functions: they read well.",
            "_private:",
            "The max_connections setting of the server and three others:",
        ] {
            assert!(!is_junk(prose), "{prose}");
        }
    }

    #[test]
    fn contact_lines() {
        assert!(is_contact_line(
            "Example News feedback@example.org +74951234567 Some Agency 252 60"
        ));
        assert!(is_contact_line("Tel. +49 30 1234567, Fax +49 30 1234568"));
        assert!(!is_contact_line(
            "The agency said on Monday that 1,200 people had been evacuated from the area."
        ));
    }

    #[test]
    fn copyright_lines() {
        for line in [
            "© 2026 Example Media Ltd.",
            "  Copyright 2025 Example Press. All rights reserved.",
            "COPYRIGHT © Example",
            "(c) 2024 Example",
            "(C) 2024 Example",
            "Alle Rechte vorbehalten ©",
        ] {
            assert!(is_copyright_line(line), "{line}");
        }
        for line in [
            "Copyrights of photos belong to their owners? No: the word is at the start only when it leads.",
            "The copyright office ruled on Monday.",
            "(c)",
            "COPYRİGHT law",
            "",
        ] {
            let leads = line.trim_start().to_lowercase().starts_with("copyright");
            assert_eq!(is_copyright_line(line), leads, "{line}");
        }
    }
}
