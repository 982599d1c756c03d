//! Any bytes: extraction returns an article or a typed error, never panics,
//! and its text holds no control characters but newlines and tabs.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

static EXTRACTOR: OnceLock<pith::Extractor> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let extractor = EXTRACTOR.get_or_init(|| pith::Extractor::new(pith::Options::new().with_max_input_bytes(1 << 20)));
    if let Ok(article) = extractor.extract_bytes(data) {
        let text = article.text();
        assert!(!text.chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
        let _ = (article.markdown(), article.html(), article.json());
    }
});
