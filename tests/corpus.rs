//! The corpus test: every `corpus/<case>/` holds `page.html` (bytes in any
//! charset) and its expectations:
//!
//! - `expected.txt`: the exact plain text;
//! - `expected.json`: metadata fields, the verdict and the page type (only the keys present are checked);
//! - `must.txt` (optional): lines that must each occur exactly once in the text;
//! - `must-not.txt` (optional): lines that must not occur in the text.
//!
//! Every failing case is reported with its first differing line, then the
//! test fails once. `PITH_UPDATE_CORPUS=1 cargo test --test corpus` rewrites
//! `expected.txt` and `expected.json` from the current output, for review in
//! the diff; must and must-not lines are never rewritten.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{lines, squash};

use serde_json::{Map, Value};

fn cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut cases: Vec<PathBuf> = fs::read_dir(&root)
        .expect("corpus/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("page.html").is_file())
        .collect();
    cases.sort();
    cases
}

fn actual_json(article: &pith::Article) -> Map<String, Value> {
    let mut map = match serde_json::to_value(&article.metadata) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    };
    map.insert("verdict".into(), Value::String(article.verdict.as_str().into()));
    // The page type of an error or a wall says little (see the README's known
    // limits): it is checked on article pages only.
    if article.verdict == pith::Verdict::Article {
        map.insert("page_type".into(), Value::String(article.page_type.as_str().into()));
    }
    map
}

fn first_difference(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    for i in 0..e.len().max(a.len()) {
        let (el, al) = (e.get(i).copied(), a.get(i).copied());
        if el != al {
            return format!(
                "line {}:\n    expected: {:?}\n    actual:   {:?}",
                i + 1,
                el.unwrap_or("<end>"),
                al.unwrap_or("<end>")
            );
        }
    }
    "texts differ only in trailing white space".into()
}

#[test]
fn corpus() {
    let update = std::env::var_os("PITH_UPDATE_CORPUS").is_some();
    let extractor = pith::Extractor::new(pith::Options::new());
    let cases = cases();
    assert!(
        cases.len() >= 15,
        "corpus/ should hold at least 15 cases, found {}",
        cases.len()
    );
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().and_then(|n| n.to_str()).unwrap_or("?").to_owned();
        let bytes = fs::read(case.join("page.html")).expect("page.html readable");
        let article = match extractor.extract_bytes(&bytes) {
            Ok(a) => a,
            Err(e) => {
                failures.push(format!("{name}: extraction failed: {e}"));
                continue;
            }
        };
        let text = article.text();
        let json = actual_json(&article);
        if update {
            fs::write(case.join("expected.txt"), format!("{text}\n")).expect("write expected.txt");
            let pretty = serde_json::to_string_pretty(&json).expect("serialize");
            fs::write(case.join("expected.json"), format!("{pretty}\n")).expect("write expected.json");
        }
        match fs::read_to_string(case.join("expected.txt")) {
            Ok(expected) if expected.trim_end() == text.trim_end() => {}
            Ok(expected) => failures.push(format!(
                "{name}: text differs at {}",
                first_difference(expected.trim_end(), &text)
            )),
            Err(_) => failures.push(format!("{name}: no expected.txt (PITH_UPDATE_CORPUS=1 writes it)")),
        }
        match fs::read_to_string(case.join("expected.json")).map(|s| serde_json::from_str::<Value>(&s)) {
            Ok(Ok(Value::Object(expected))) => {
                for (key, want) in &expected {
                    let got = json.get(key).unwrap_or(&Value::Null);
                    if got != want {
                        failures.push(format!("{name}: metadata {key}: expected {want}, actual {got}"));
                    }
                }
            }
            _ => failures.push(format!("{name}: expected.json missing or not a JSON object")),
        }
        let flat = squash(&text);
        for line in lines(&case.join("must.txt")) {
            let n = flat.matches(&squash(&line)).count();
            if n != 1 {
                failures.push(format!("{name}: must occur once, occurs {n} times: {line:?}"));
            }
        }
        for line in lines(&case.join("must-not.txt")) {
            if flat.contains(&squash(&line)) {
                failures.push(format!("{name}: must not occur, but does: {line:?}"));
            }
        }
    }
    if !failures.is_empty() {
        panic!(
            "{} corpus failure(s) over {} cases:\n{}",
            failures.len(),
            cases.len(),
            failures.join("\n")
        );
    }
}
