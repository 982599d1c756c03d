//! `clean_text` over already-flattened texts: the two seeds in
//! `../shared/seeds` (skipped with a notice when absent) and the authored
//! `corpus/<case>/input.txt` texts, each with `must.txt` lines that must
//! occur exactly once and `must-not.txt` lines that must not occur.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{lines, squash};

fn check(name: &str, text: &str, must: &[&str], must_not: &[&str], failures: &mut Vec<String>) {
    let out = squash(&pith::clean_text(text, &pith::Options::new()).text());
    for m in must {
        let n = out.matches(&squash(m)).count();
        if n != 1 {
            failures.push(format!("{name}: must occur once, occurs {n} times: {m:?}"));
        }
    }
    for m in must_not {
        if out.contains(&squash(m)) {
            failures.push(format!("{name}: must not occur, but does: {m:?}"));
        }
    }
}

#[test]
fn authored_texts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut cases: Vec<PathBuf> = fs::read_dir(&root)
        .expect("corpus/")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("input.txt").is_file())
        .collect();
    cases.sort();
    assert!(cases.len() >= 2, "expected authored text cases in corpus/");
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.display().to_string();
        let text = fs::read_to_string(case.join("input.txt")).expect("input.txt");
        let must = lines(&case.join("must.txt"));
        let must_not = lines(&case.join("must-not.txt"));
        assert!(
            !must.is_empty() && !must_not.is_empty(),
            "{name}: needs must.txt and must-not.txt"
        );
        let must: Vec<&str> = must.iter().map(String::as_str).collect();
        let must_not: Vec<&str> = must_not.iter().map(String::as_str).collect();
        check(&name, &text, &must, &must_not, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn seeds() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let (Ok(menafn), Ok(sputnik)) = (
        fs::read_to_string(dir.join("menafn-putin-christmas-greetings.txt")),
        fs::read_to_string(dir.join("sputnik-putin-trump-call.txt")),
    ) else {
        println!("skipped: ../shared/seeds is absent");
        return;
    };
    let mut failures = Vec::new();
    check(
        "menafn seed",
        &menafn,
        &[
            "has extended Christmas wishes to his American counterpart",
            "there is no indication that a phone conversation",
            "noticeably warmer under",
            "did not yield a breakthrough",
            "mediating the Gaza peace agreement",
        ],
        &[
            "403",
            "Sorry!!",
            "Error!",
            "page you were looking for",
            "Legal Disclaimer",
            "as is",
            "No comment",
            "date 2025",
        ],
        &mut failures,
    );
    check(
        "sputnik seed",
        &sputnik,
        &[
            "held at the initiative of the US side",
            "Key takeaways:",
            "the ninth of its kind",
            "viable state.",
        ],
        &[
            "feedback@",
            "+74956456601",
            "1920 1080 true",
            "en_EN",
            "https://",
            "2025-12-28T18:00+0000",
            "what did trump and putin discuss",
            "Speak by Phone, Agree to Talk Again",
        ],
        &mut failures,
    );
    let a = pith::clean_text(&sputnik, &pith::Options::new());
    assert_eq!(a.metadata.date.as_deref(), Some("2025-12-28"));
    assert!(a
        .metadata
        .title
        .as_deref()
        .is_some_and(|t| t.contains("Speak by Phone")));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
