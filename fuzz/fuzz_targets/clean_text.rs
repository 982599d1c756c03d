//! Any text: cleaning never panics and yields text without control characters.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

static EXTRACTOR: OnceLock<pith::Extractor> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let extractor = EXTRACTOR.get_or_init(|| pith::Extractor::new(pith::Options::new()));
    let text = String::from_utf8_lossy(data);
    let article = extractor.clean_text(&text);
    assert!(!article.text().chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
});
