//! Every page of the evaluation datasets in `../shared` extracts without
//! error and yields valid text. Skipped, with a printed notice, when
//! `../shared` is absent.

use std::io::Read;
use std::path::{Path, PathBuf};

fn shared() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/datasets");
    dir.is_dir().then_some(dir)
}

fn pages(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = entry.path();
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
            if p.is_dir() {
                stack.push(p);
            } else if name.ends_with(".html.gz") || name == "source.html" {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn every_dataset_page_extracts() {
    let Some(dir) = shared() else {
        println!("skipped: ../shared/datasets is absent");
        return;
    };
    let extractor = pith::Extractor::new(pith::Options::new());
    let pages = pages(&dir);
    let mut failures = Vec::new();
    for path in &pages {
        let mut bytes = Vec::new();
        let file = std::fs::File::open(path).expect("readable");
        if path.extension().is_some_and(|e| e == "gz") {
            flate2::read::GzDecoder::new(file)
                .read_to_end(&mut bytes)
                .expect("gunzip");
        } else {
            std::io::BufReader::new(file).read_to_end(&mut bytes).expect("read");
        }
        match extractor.extract_bytes(&bytes) {
            Ok(a) => {
                if a.text().chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
                    failures.push(format!("{}: control characters in text", path.display()));
                }
            }
            Err(e) => failures.push(format!("{}: {e}", path.display())),
        }
    }
    println!("{} dataset pages extracted", pages.len());
    assert!(
        pages.len() > 1000,
        "expected the WCXB and Readability pages, found {}",
        pages.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
