//! Bad input never panics and never errors but through a typed limit;
//! selection does not depend on output options; the extractor is shareable.

use pith::{extract, extract_bytes, ErrorKind, Extractor, Options, Verdict};

#[test]
fn odd_inputs_yield_articles() {
    let inputs: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("binary", (0..=255u8).cycle().take(10_000).collect()),
        ("plain text", b"Just some text.\n\nNot HTML at all.".to_vec()),
        ("invalid utf-8", b"<p>caf\xe9 \xff\xfe\xfd broken</p>".to_vec()),
        (
            "scripts only",
            b"<script>var a = 1;</script><script>alert(2)</script>".to_vec(),
        ),
        ("nul bytes", b"<p>a\0b\0c</p>\0\0".to_vec()),
        ("lone surrogate entity", b"<p>&#xD800; &#55296; &#x110000;</p>".to_vec()),
        ("unclosed everything", b"<div><p><b><i><table><tr><td>cell".to_vec()),
    ];
    for (name, bytes) in inputs {
        let article = extract_bytes(&bytes, &Options::new()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let text = article.text();
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n' && c != '\t'),
            "{name}: control characters in {text:?}"
        );
    }
    let empty = extract("", &Options::new()).unwrap();
    assert_eq!(empty.verdict, Verdict::Empty);
    assert!(empty.blocks.is_empty());
}

#[test]
fn limits_are_typed_errors() {
    let err = extract_bytes(b"<p>hello</p>", &Options::new().with_max_input_bytes(4)).unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::InputTooLarge { size: 12, limit: 4 });
    let err = extract(&"<p>x</p>".repeat(1000), &Options::new().with_max_nodes(100)).unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::TooManyNodes { limit: 100 });
    let err = extract_bytes(b"<p>x</p>", &Options::new().with_charset("klingon-8")).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::UnknownCharset { label } if label == "klingon-8"));
}

#[test]
fn hostile_nesting_is_refused_or_flattened() {
    for (open, close) in [
        ("<div>", "</div>"),
        ("<table>", "</table>"),
        ("<ul><li>", "</li></ul>"),
        ("<b>", "</b>"),
    ] {
        let html = format!("{}text{}", open.repeat(200_000), close.repeat(200_000));
        let err = extract(&html, &Options::new()).unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::TooDeep { .. }), "{open}: {err}");
    }
    // Many siblings whose end tags the parser implies are not nesting.
    let flat = format!("<ul>{}</ul>", "<li>an item of a very long list".repeat(200_000));
    assert!(extract(&flat, &Options::new()).is_ok());
    let paragraphs = "<p>A paragraph with no end tag, as old pages write them.".repeat(50_000);
    assert!(extract(&paragraphs, &Options::new()).is_ok());
}

#[test]
fn hostile_sizes_are_refused_or_handled() {
    // A million distinct attributes on one element.
    let attrs: String = (0..1_000_000).map(|i| format!(" a{i}=x")).collect();
    let err = extract(&format!("<div{attrs}>text</div>"), &Options::new()).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::TooManyAttributes { .. }), "{err}");
    // A 100 MB page is over the default input limit.
    let big = "<p>".to_owned() + &"word ".repeat(20_000_000) + "</p>";
    let err = extract(&big, &Options::new()).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::InputTooLarge { .. }), "{err}");
    // A 50 MB text node is extracted whole.
    let text = "word ".repeat(10_000_000);
    let a = extract(&format!("<p>{text}</p>"), &Options::new()).unwrap();
    assert_eq!(a.text().len(), text.trim_end().len());
}

#[test]
fn deep_nesting_keeps_text() {
    let html = format!(
        "{}<p>Deep inside, a paragraph of text.</p>{}",
        "<div>".repeat(3000),
        "</div>".repeat(3000)
    );
    let text = extract(&html, &Options::new().with_max_depth(100)).unwrap().text();
    assert_eq!(text, "Deep inside, a paragraph of text.");
}

#[test]
fn selection_ignores_output_options() {
    let html = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/blog-post/page.html")).unwrap();
    let plain = extract_bytes(&html, &Options::new()).unwrap();
    let rich = extract_bytes(&html, &Options::new().with_links(true).with_images(true)).unwrap();
    let texts = |a: &pith::Article| {
        a.blocks
            .iter()
            .filter(|b| b.kind != pith::BlockKind::Image)
            .map(|b| b.text.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(texts(&plain), texts(&rich));
}

#[test]
fn extraction_is_deterministic() {
    let html = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/news-wire-call/page.html")).unwrap();
    let e = Extractor::new(Options::new());
    let first = e.extract_bytes(&html).unwrap();
    for _ in 0..3 {
        assert_eq!(e.extract_bytes(&html).unwrap(), first);
    }
}

#[test]
fn extractor_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Extractor>();
    assert_send_sync::<pith::Article>();
    assert_send_sync::<pith::Error>();
}

#[test]
fn renderings_agree() {
    let html = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/docs-page/page.html")).unwrap();
    let a = extract_bytes(&html, &Options::new()).unwrap();
    assert!(a.markdown().contains("## Loading a file"));
    assert!(a.markdown().contains("```\nuse tomlkit::Config;"));
    assert!(a.markdown().contains("| port | u16 | 8080 |"));
    assert!(a.html().contains("<h2>Loading a file</h2>"));
    assert!(a.html().contains("<td>8080</td>"));
    let json: serde_json::Value = serde_json::from_str(&a.json()).unwrap();
    assert_eq!(json["verdict"], "article");
    assert_eq!(json["text"], a.text());
}
