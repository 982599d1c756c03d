//! Property tests: random markup trees, random bytes and every encoding.
//! Invariants: no panic; the text is valid UTF-8 with no control characters
//! but newlines and tabs; every word of the output comes from the input's
//! text; extraction is deterministic; the same page in any WHATWG encoding
//! yields the same text.

use proptest::prelude::*;

use pith::{extract, extract_bytes, Extractor, Options};

const TAGS: &[&str] = &[
    "div",
    "p",
    "span",
    "a",
    "article",
    "section",
    "nav",
    "footer",
    "header",
    "aside",
    "ul",
    "li",
    "table",
    "tr",
    "td",
    "h1",
    "h2",
    "pre",
    "blockquote",
    "b",
    "i",
    "main",
    "form",
    "script",
    "style",
    "br",
    "img",
];
const CLASSES: &[&str] = &[
    "content", "post", "sidebar", "share", "comment", "related", "menu", "entry", "x",
];

/// A random markup tree, rendered as HTML.
fn tree() -> impl Strategy<Value = String> {
    let leaf = "[A-Za-z]{1,9}( [A-Za-z]{1,9}){0,12}[.,]?".prop_map(|t| t);
    leaf.prop_recursive(6, 64, 6, |inner| {
        (
            prop::sample::select(TAGS),
            prop::sample::select(CLASSES),
            prop::collection::vec(inner, 0..6),
        )
            .prop_map(|(tag, class, kids)| format!("<{tag} class=\"{class}\">{}</{tag}>", kids.join(" ")))
    })
}

/// `html` with its tags removed.
fn markup_free(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_trees_keep_the_invariants(body in tree()) {
        let html = format!("<html><head><title>T</title></head><body>{body}</body></html>");
        let e = Extractor::new(Options::new());
        let a = e.extract(&html).unwrap();
        let text = a.text();
        prop_assert!(!text.chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
        // Every output word is input text: a word of the input, or words the
        // parser joined (text foster-parented out of a table next to inline
        // content renders joined, as in a browser).
        let source: std::collections::HashSet<String> = words(&html).into_iter().collect();
        let joined: String = words(&markup_free(&html)).concat();
        for w in words(&text) {
            prop_assert!(source.contains(&w) || joined.contains(&w), "output word {w:?} is not in the input");
        }
        prop_assert_eq!(e.extract(&html).unwrap(), a);
    }

    #[test]
    fn random_bytes_never_fail(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        let a = extract_bytes(&bytes, &Options::new()).unwrap();
        prop_assert!(!a.text().chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
    }
}

/// Every encoding encoding_rs knows (the WHATWG Encoding Standard's),
/// declared by BOM (UTF-16 and UTF-8), transport hint, `<meta charset>` and
/// `http-equiv`, and undeclared where the bytes are UTF-8.
#[test]
fn every_encoding_yields_the_same_text() {
    let sample = "Weather report: café, naïve, Straße, Ærø. Привет, погода. Γειά σου. שלום. مرحبا. \
                  天気予報です。날씨. สวัสดี. Việt. Łódź. Ğüzel. €100.";
    let labels = [
        "UTF-8",
        "IBM866",
        "ISO-8859-2",
        "ISO-8859-3",
        "ISO-8859-4",
        "ISO-8859-5",
        "ISO-8859-6",
        "ISO-8859-7",
        "ISO-8859-8",
        "ISO-8859-8-I",
        "ISO-8859-10",
        "ISO-8859-13",
        "ISO-8859-14",
        "ISO-8859-15",
        "ISO-8859-16",
        "KOI8-R",
        "KOI8-U",
        "macintosh",
        "windows-874",
        "windows-1250",
        "windows-1251",
        "windows-1252",
        "windows-1253",
        "windows-1254",
        "windows-1255",
        "windows-1256",
        "windows-1257",
        "windows-1258",
        "x-mac-cyrillic",
        "GBK",
        "gb18030",
        "Big5",
        "EUC-JP",
        "ISO-2022-JP",
        "Shift_JIS",
        "EUC-KR",
        "UTF-16BE",
        "UTF-16LE",
    ];
    let mut failures = Vec::new();
    for label in labels {
        let enc = encoding_rs::Encoding::for_label(label.as_bytes()).expect("known label");
        // Keep the characters this encoding can represent.
        let text: String = sample
            .chars()
            .filter(|c| {
                let s = c.to_string();
                enc == encoding_rs::UTF_16BE || enc == encoding_rs::UTF_16LE || !enc.encode(&s).2
            })
            .collect();
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let body = format!("<article><p>{text}</p></article>");
        let expected = extract(
            &format!("<html><head></head><body>{body}</body></html>"),
            &Options::new(),
        )
        .unwrap()
        .text();
        assert!(
            expected.chars().filter(|c| !c.is_ascii()).count() >= 3,
            "{label}: too little to test"
        );
        let encode = |page: &str| -> Vec<u8> {
            if enc == encoding_rs::UTF_16BE || enc == encoding_rs::UTF_16LE {
                let be = enc == encoding_rs::UTF_16BE;
                let mut out = if be { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
                for u in page.encode_utf16() {
                    out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
                }
                out
            } else {
                enc.encode(page).0.into_owned()
            }
        };
        let utf16 = enc == encoding_rs::UTF_16BE || enc == encoding_rs::UTF_16LE;
        let name = enc.name();
        let mut variants: Vec<(&str, Vec<u8>, Options)> = vec![(
            "transport hint",
            encode(&format!("<html><head></head><body>{body}</body></html>")),
            Options::new().with_charset(name),
        )];
        if !utf16 {
            variants.push((
                "meta charset",
                encode(&format!(
                    "<html><head><meta charset=\"{name}\"></head><body>{body}</body></html>"
                )),
                Options::new(),
            ));
            variants.push((
                "http-equiv",
                encode(&format!(
                    "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={name}\"></head><body>{body}</body></html>"
                )),
                Options::new(),
            ));
        } else {
            variants.push((
                "BOM",
                encode(&format!("<html><head></head><body>{body}</body></html>")),
                Options::new(),
            ));
        }
        for (how, bytes, opts) in variants {
            match extract_bytes(&bytes, &opts) {
                Ok(a) if a.text() == expected => {}
                Ok(a) => failures.push(format!("{label} by {how}: {:?} != {expected:?}", a.text())),
                Err(e) => failures.push(format!("{label} by {how}: {e}")),
            }
        }
    }
    // Undeclared: UTF-8 with and without a BOM.
    let page = "<p>Ærø, Łódź and 天気 in plain UTF-8.</p>";
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(page.as_bytes());
    for bytes in [page.as_bytes().to_vec(), bom] {
        assert_eq!(
            extract_bytes(&bytes, &Options::new()).unwrap().text(),
            "Ærø, Łódź and 天気 in plain UTF-8."
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
