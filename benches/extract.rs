//! Criterion benchmark over `corpus/` and, when `../shared` is present, a
//! fixed sample of WCXB dev pages (every 15th page: 100 pages). Each group
//! times html5ever + markup5ever_rcdom parsing alone (the floor) and pith's
//! full `extract_bytes`, over all pages of its set, with throughput in bytes.
//!
//!     cargo bench                 # all groups
//!     cargo bench -- wcxb         # one set

use std::hint::black_box;
use std::io::Read;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::RcDom;
use pith::{Extractor, Options};

/// Every 15th WCXB dev page, in name order.
const WCXB_STRIDE: usize = 15;

fn corpus_pages() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut cases: Vec<_> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path().join("page.html"))
        .collect();
    cases.sort();
    cases.into_iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

fn wcxb_pages() -> Option<Vec<Vec<u8>>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/datasets/wcxb-dev/html");
    let mut files: Vec<_> = std::fs::read_dir(dir).ok()?.flatten().map(|e| e.path()).collect();
    files.sort();
    let pages = files
        .iter()
        .step_by(WCXB_STRIDE)
        .filter_map(|p| {
            let mut bytes = Vec::new();
            flate2::read::GzDecoder::new(std::fs::File::open(p).ok()?)
                .read_to_end(&mut bytes)
                .ok()?;
            Some(bytes)
        })
        .collect();
    Some(pages)
}

fn parse_only(page: &[u8]) -> RcDom {
    let text = String::from_utf8_lossy(page);
    html5ever::parse_document(RcDom::default(), Default::default()).one(&*text)
}

fn bench_set(c: &mut Criterion, name: &str, pages: &[Vec<u8>]) {
    let extractor = Extractor::new(Options::new());
    let mut empty = 0;
    for page in pages {
        let article = extractor
            .extract_bytes(page)
            .unwrap_or_else(|e| panic!("{name}: a page failed: {e}"));
        if article.text().is_empty() {
            empty += 1;
        }
    }
    assert!(
        empty * 10 <= pages.len(),
        "{name}: {empty} of {} pages yield no text",
        pages.len()
    );
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("parse_only", |b| {
        b.iter(|| {
            for page in pages {
                black_box(parse_only(black_box(page)));
            }
        })
    });
    group.bench_function("extract_bytes", |b| {
        b.iter(|| {
            for page in pages {
                black_box(extractor.extract_bytes(black_box(page)).ok());
            }
        })
    });
    group.finish();
}

fn benches(c: &mut Criterion) {
    bench_set(c, "corpus", &corpus_pages());
    match wcxb_pages() {
        Some(pages) => bench_set(c, "wcxb_sample", &pages),
        None => eprintln!("wcxb_sample: skipped, ../shared/datasets/wcxb-dev/html is absent"),
    }
}

criterion_group!(extract, benches);
criterion_main!(extract);
