//! Criterion benchmark over `corpus/` and, when `../shared` is present, a
//! fixed sample of WCXB dev pages (every 15th page: 100 pages).
//!
//! Groups, each over all pages of its set, with throughput in bytes:
//! - `parse_only`: html5ever + markup5ever_rcdom alone (the floor);
//! - `pith_parse`: pith's parse (html5ever into pith's linked tree, copied into its arena);
//! - `pipeline`: the extraction pipeline on parsed pages;
//! - `extract_bytes`: decode, parse and extract.
//!
//! Before timing, every page is checked to extract, and the per-page ratio
//! of extraction to parse time is printed (median and p95). The `scaling`
//! group times one page grown to 10 KB, 100 KB, 1 MB and 10 MB; the
//! `hostile` group times inputs built to be slow (deep nesting, a million
//! attributes, a 50 MB text node...), each refused by a limit or extracted.
//!
//!     cargo bench                 # all groups
//!     cargo bench -- wcxb         # one set

use std::hint::black_box;
use std::io::Read;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::RcDom;
use pith::{Extractor, Options};

/// Sizes the `scaling` group grows its page to.
const SCALING_SIZES: [usize; 4] = [10_000, 100_000, 1_000_000, 10_000_000];

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

fn parse_only(text: &str) -> RcDom {
    html5ever::parse_document(RcDom::default(), Default::default()).one(text)
}

/// Best of `runs` timings of `f`.
fn best_of(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Prints the median time per page of extraction and of parsing alone (and
/// their ratio), then the median, p95 and maximum over pages of each page's
/// extract time / parse time.
fn per_page_ratios(name: &str, texts: &[String], extractor: &Extractor) {
    let times: Vec<(f64, f64)> = texts
        .iter()
        .map(|t| {
            let parse = best_of(5, || drop(black_box(parse_only(t))));
            let extract = best_of(5, || drop(black_box(extractor.extract(t))));
            (parse.as_secs_f64(), extract.as_secs_f64())
        })
        .collect();
    let quantile = |mut v: Vec<f64>, q: f64| {
        v.sort_by(f64::total_cmp);
        v.get(((v.len() as f64 - 1.0) * q).round() as usize)
            .copied()
            .unwrap_or(0.0)
    };
    let parse = quantile(times.iter().map(|t| t.0).collect(), 0.5);
    let extract = quantile(times.iter().map(|t| t.1).collect(), 0.5);
    eprintln!(
        "{name}: median ms/page: extract {:.3}, parse-only {:.3} ({:.2}x)",
        extract * 1e3,
        parse * 1e3,
        extract / parse.max(1e-12)
    );
    let ratios: Vec<f64> = times.iter().map(|(p, e)| e / p.max(1e-9)).collect();
    eprintln!(
        "{name}: extract / parse-only time per page: median {:.2}x, p95 {:.2}x, max {:.2}x over {} pages",
        quantile(ratios.clone(), 0.5),
        quantile(ratios.clone(), 0.95),
        quantile(ratios, 1.0),
        texts.len()
    );
}

fn bench_set(c: &mut Criterion, name: &str, pages: &[Vec<u8>]) {
    let extractor = Extractor::new(Options::new());
    // Every page extracts; every page judged an article yields text (walls
    // and error pages may not).
    let mut empty = 0;
    for page in pages {
        let article = extractor
            .extract_bytes(page)
            .unwrap_or_else(|e| panic!("{name}: a page failed: {e}"));
        if article.verdict == pith::Verdict::Article && article.text().is_empty() {
            empty += 1;
        }
    }
    assert!(empty == 0, "{name}: {empty} article pages yield no text");
    let texts: Vec<String> = pages.iter().map(|p| String::from_utf8_lossy(p).into_owned()).collect();
    per_page_ratios(name, &texts, &extractor);
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("parse_only", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(parse_only(black_box(t)));
            }
        })
    });
    group.bench_function("pith_parse", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(extractor.parse(black_box(t)).ok());
            }
        })
    });
    group.bench_function("pipeline", |b| {
        b.iter_batched_ref(
            || texts.iter().filter_map(|t| extractor.parse(t).ok()).collect::<Vec<_>>(),
            |parsed| {
                for p in parsed.iter() {
                    black_box(extractor.extract_parsed(black_box(p)));
                }
            },
            criterion::BatchSize::LargeInput,
        )
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

/// A news page grown to about `target` bytes: more sections, each nested a
/// little deeper, with paragraphs, links, lists and repeated chrome.
fn grown_page(target: usize) -> String {
    let mut page = String::from(
        "<html><head><title>Grown page | Example</title></head><body>\
         <nav><a href=/>Home</a> <a href=/news>News</a></nav><main><article><h1>Grown page</h1>",
    );
    let mut n = 0;
    while page.len() < target {
        let depth = n % 8;
        page.push_str(&"<div class=section>".repeat(depth));
        page.push_str(&format!(
            "<h2>Section {n}</h2><p>Paragraph {n} of the story, with <a href=/l{n}>a link</a>, some commas, \
             and enough words to count as prose for any reader of the page.</p>\
             <ul><li>Point {n} one</li><li>Point {n} two, <a href=/p{n}>linked</a></li></ul>\
             <p>Share this article</p>"
        ));
        page.push_str(&"</div>".repeat(depth));
        n += 1;
    }
    page.push_str("</article></main><footer>© Example</footer></body></html>");
    page
}

fn bench_scaling(c: &mut Criterion) {
    let extractor = Extractor::new(Options::new());
    let mut group = c.benchmark_group("scaling");
    group.sample_size(10);
    for size in SCALING_SIZES {
        let page = grown_page(size);
        assert!(!extractor
            .extract(&page)
            .map(|a| a.text())
            .unwrap_or_default()
            .is_empty());
        group.throughput(Throughput::Bytes(page.len() as u64));
        group.bench_with_input(BenchmarkId::new("parse_only", size), &page, |b, page| {
            b.iter(|| black_box(parse_only(black_box(page))))
        });
        group.bench_with_input(BenchmarkId::new("extract", size), &page, |b, page| {
            b.iter(|| black_box(extractor.extract(black_box(page)).ok()))
        });
    }
    group.finish();
}

/// Hostile inputs: each must finish in bounded time (refused by a limit, or
/// extracted in time linear in its size).
fn bench_hostile(c: &mut Criterion) {
    let extractor = Extractor::new(Options::new());
    let inputs: Vec<(&str, String)> = vec![
        (
            "nested_div_200k",
            format!("{}x{}", "<div>".repeat(200_000), "</div>".repeat(200_000)),
        ),
        (
            "nested_table_200k",
            format!("{}x{}", "<table>".repeat(200_000), "</table>".repeat(200_000)),
        ),
        (
            "attributes_1m",
            format!(
                "<div{}>x</div>",
                (0..1_000_000).map(|i| format!(" a{i}=x")).collect::<String>()
            ),
        ),
        ("text_node_50mb", format!("<p>{}</p>", "word ".repeat(10_000_000))),
        (
            "list_items_200k",
            format!("<ul>{}</ul>", "<li>item of a list".repeat(200_000)),
        ),
        ("scripts_only", "<script>var a = 1;</script>".repeat(100_000)),
        ("nul_bytes", "\0".repeat(1_000_000)),
    ];
    let mut group = c.benchmark_group("hostile");
    group.sample_size(10);
    for (name, page) in &inputs {
        group.throughput(Throughput::Bytes(page.len() as u64));
        group.bench_with_input(BenchmarkId::new("extract", name), page, |b, page| {
            b.iter(|| black_box(extractor.extract(black_box(page)).ok()))
        });
    }
    group.finish();
}

fn benches(c: &mut Criterion) {
    bench_set(c, "corpus", &corpus_pages());
    match wcxb_pages() {
        Some(pages) => bench_set(c, "wcxb_sample", &pages),
        None => eprintln!("wcxb_sample: skipped, ../shared/datasets/wcxb-dev/html is absent"),
    }
    bench_scaling(c);
    bench_hostile(c);
}

criterion_group!(extract, benches);
criterion_main!(extract);
