//! Helpers shared by the integration tests. Each test crate uses some of
//! them: the others are dead code there.
#![allow(dead_code)]

use std::path::Path;

use pith::{extract, Options};

/// White space folded to single spaces.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The non-empty, trimmed lines of a file (none when it is absent).
pub fn lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .map(|s| {
            s.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// Wraps chrome and content in a page with enough prose to be an article.
pub fn page(before: &str, after: &str) -> String {
    format!(
        "<html><head><title>Test page</title></head><body>{before}<article>\
         <p>KEEP_ONE The first paragraph of the article says something of substance, at some length.</p>\
         <p>KEEP_TWO A second paragraph continues the story, with details, figures and a quote.</p>\
         {after}</article></body></html>"
    )
}

/// Extracts each page of `table` (named for failure messages): every
/// `KEEP_` word of its markup must be in the text, no `DROP_` word may be.
pub fn check(table: &[(&str, String)]) {
    let mut failures = Vec::new();
    for (name, html) in table {
        let text = extract(html, &Options::new()).expect("extracts").text();
        for word in text.split_whitespace().filter(|w| w.contains("DROP_")) {
            failures.push(format!("{name}: kept chrome {word}"));
        }
        for keep in ["KEEP_ONE", "KEEP_TWO"] {
            if !text.contains(keep) {
                failures.push(format!("{name}: lost {keep}"));
            }
        }
        for keep in html
            .split(|c: char| !c.is_alphanumeric() && c != '_')
            .filter(|w| w.starts_with("KEEP_"))
        {
            if !text.contains(keep) {
                failures.push(format!("{name}: lost {keep}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
