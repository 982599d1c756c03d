//! Trains pith's block classifier and writes it as source.
//!
//! ```text
//! cargo run --release --features train --example train -- ../shared/datasets/wcxb-dev
//! cargo run --release --features train --example train -- --holdout 2 ../shared/datasets/wcxb-dev
//! ```
//!
//! Reads every `html/NNNN.html.gz` page of a WCXB-style dataset and its
//! `ground-truth/NNNN.json`, asks pith for the page's candidate blocks and
//! their measures, labels each block (content when its words occur, in
//! order, in the ground truth's main content), trains gradient-boosted
//! regression trees on the logistic loss (each page weighs the same, each
//! block by its words), reports the block-level word-F1 of the labels, the
//! region selection, the model and both combined on the training pages, and
//! writes `src/model/weights.rs`. Deterministic: same data, same trees.
//!
//! `--holdout K` leaves out the pages whose number is a multiple of K, to
//! measure on pages the model never saw (score only those pages).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use pith::training::{candidates, ADD_TO_REGION, DROP_FROM_REGION, FEATURE_NAMES, IN_REGION};

const TREES: usize = 300;
const DEPTH: usize = 2;
const LEARNING_RATE: f32 = 0.1;
const LAMBDA: f64 = 1.0;
/// Each page's blocks weigh 100 in all: a leaf needs several pages' worth.
const MIN_LEAF_HESSIAN: f64 = 20.0;
const BINS: usize = 64;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut holdout = 0u32;
    let mut rest = 0u32;
    let mut out = PathBuf::from("src/model/weights.rs");
    let mut dir = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--holdout" => {
                let v = args.next().unwrap_or_default();
                let (k, r) = v.split_once(':').unwrap_or((v.as_str(), "0"));
                holdout = k.parse().unwrap_or(0);
                rest = r.parse().unwrap_or(0);
            }
            "--out" => out = args.next().map(PathBuf::from).unwrap_or(out),
            _ => dir = Some(PathBuf::from(a)),
        }
    }
    let Some(dir) = dir else {
        eprintln!("usage: train [--holdout K] [--out FILE] WCXB_DIR");
        return ExitCode::FAILURE;
    };
    let pages = match load(&dir, holdout, rest) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("train: {e}");
            return ExitCode::FAILURE;
        }
    };
    let data = Data::new(&pages);
    eprintln!(
        "train: {} pages, {} blocks, {} labelled content",
        pages.len(),
        data.labels.len(),
        data.labels.iter().filter(|&&y| y > 0.5).count()
    );
    let model = train(&data);
    let n = data.labels.len();
    let region: Vec<bool> = (0..n).map(|i| data.raw[i * F + IN_REGION] > 0.5).collect();
    let margins: Vec<f32> = (0..n).map(|i| model.margin(&data.raw[i * F..(i + 1) * F])).collect();
    let labels: Vec<bool> = data.labels.iter().map(|&y| y > 0.5).collect();
    let alone: Vec<bool> = margins.iter().map(|&m| m > 0.0).collect();
    let hybrid: Vec<bool> = margins
        .iter()
        .zip(&region)
        .map(|(&m, &r)| if r { m > DROP_FROM_REGION } else { m > ADD_TO_REGION })
        .collect();
    eprintln!(
        "train: block-level mean word-F1 on these pages: labels {:.4}, region {:.4}, model {:.4}, region + model {:.4}",
        mean_f1(&pages, &labels),
        mean_f1(&pages, &region),
        mean_f1(&pages, &alone),
        mean_f1(&pages, &hybrid)
    );
    let source = model.source(holdout, pages.len());
    if let Err(e) = std::fs::write(&out, source) {
        eprintln!("train: cannot write {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    eprintln!("train: wrote {}", out.display());
    ExitCode::SUCCESS
}

/// One training page: its blocks' measures, labels and word counts.
struct Page {
    rows: Vec<Vec<f32>>,
    labels: Vec<f32>,
    words: Vec<u32>,
    truth_words: u32,
}

fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn load(dir: &Path, holdout: u32, rest: u32) -> Result<Vec<Page>, String> {
    let html_dir = dir.join("html");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&html_dir)
        .map_err(|e| format!("{}: {e}", html_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".html.gz"))
        .collect();
    files.sort();
    let id_of = |p: &Path| -> String {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        name.split('.').next().unwrap_or_default().to_owned()
    };
    files.retain(|p| holdout == 0 || id_of(p).parse::<u32>().map_or(true, |n| n % holdout != rest));
    let extractor = pith::Extractor::new(pith::Options::new());
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunks: Vec<&[PathBuf]> = files.chunks(files.len().div_ceil(threads).max(1)).collect();
    let results: Vec<Vec<Option<Page>>> = std::thread::scope(|s| {
        let handles: Vec<_> = chunks
            .iter()
            .map(|chunk| {
                let extractor = &extractor;
                s.spawn(move || {
                    chunk
                        .iter()
                        .map(|p| {
                            page(
                                extractor,
                                p,
                                &dir.join("ground-truth").join(format!("{}.json", id_of(p))),
                            )
                        })
                        .collect()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or_default()).collect()
    });
    Ok(results.into_iter().flatten().flatten().collect())
}

fn page(extractor: &pith::Extractor, html: &Path, truth: &Path) -> Option<Page> {
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(std::fs::File::open(html).ok()?)
        .read_to_end(&mut bytes)
        .ok()?;
    let truth: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(truth).ok()?).ok()?;
    let main = truth.pointer("/ground_truth/main_content")?.as_str()?;
    let truth_tokens = tokens(main);
    let joined = format!(" {} ", truth_tokens.join(" "));
    let bag: std::collections::HashSet<&str> = truth_tokens.iter().map(String::as_str).collect();
    let blocks = candidates(extractor, &bytes).ok()?;
    let mut page = Page {
        rows: Vec::new(),
        labels: Vec::new(),
        words: Vec::new(),
        truth_words: u32::try_from(truth_tokens.len()).unwrap_or(u32::MAX),
    };
    for b in blocks.into_iter().filter(|b| !b.image) {
        let t = tokens(&b.text);
        if t.is_empty() {
            continue;
        }
        let in_order = joined.contains(&format!(" {} ", t.join(" ")));
        let found = t.iter().filter(|w| bag.contains(w.as_str())).count();
        let label = in_order || (t.len() >= 8 && found * 10 >= t.len() * 9);
        page.rows.push(b.features);
        page.labels.push(if label { 1.0 } else { 0.0 });
        page.words.push(u32::try_from(t.len()).unwrap_or(u32::MAX));
    }
    Some(page)
}

/// All blocks of all pages, binned.
struct Data {
    /// Row-major: block i's bin of feature f at `i * F + f`.
    bins: Vec<u8>,
    raw: Vec<f32>,
    labels: Vec<f32>,
    weights: Vec<f64>,
    /// Per feature, the upper edge of each bin.
    edges: Vec<Vec<f32>>,
}

const F: usize = FEATURE_NAMES.len();

impl Data {
    fn new(pages: &[Page]) -> Data {
        let mut raw = Vec::new();
        let mut labels = Vec::new();
        let mut weights = Vec::new();
        for p in pages {
            let total: u32 = p.words.iter().sum();
            for ((row, &y), &w) in p.rows.iter().zip(&p.labels).zip(&p.words) {
                raw.extend_from_slice(row);
                labels.push(y);
                // Every page weighs the same; within a page, blocks by words.
                weights.push(100.0 * f64::from(w) / f64::from(total.max(1)));
            }
        }
        let n = labels.len();
        let mut edges = Vec::with_capacity(F);
        for f in 0..F {
            let mut values: Vec<f32> = (0..n).map(|i| raw[i * F + f]).collect();
            values.sort_by(f32::total_cmp);
            values.dedup();
            let e: Vec<f32> = if values.len() <= BINS {
                values
            } else {
                let mut e: Vec<f32> = (1..=BINS).map(|k| values[(k * values.len()) / BINS - 1]).collect();
                e.dedup();
                e
            };
            edges.push(e);
        }
        let mut bins = vec![0u8; n * F];
        for i in 0..n {
            for f in 0..F {
                let v = raw[i * F + f];
                let b = edges[f]
                    .partition_point(|&e| e < v)
                    .min(edges[f].len().saturating_sub(1));
                bins[i * F + f] = u8::try_from(b).unwrap_or(u8::MAX);
            }
        }
        Data {
            bins,
            raw,
            labels,
            weights,
            edges,
        }
    }
}

enum Node {
    Split {
        feature: usize,
        threshold: f32,
        left: usize,
        right: usize,
    },
    Leaf(f32),
}

struct Model {
    base: f32,
    trees: Vec<Vec<Node>>,
}

impl Model {
    fn margin(&self, row: &[f32]) -> f32 {
        let mut sum = self.base;
        for tree in &self.trees {
            let mut at = 0;
            loop {
                match &tree[at] {
                    Node::Leaf(v) => {
                        sum += v;
                        break;
                    }
                    Node::Split {
                        feature,
                        threshold,
                        left,
                        right,
                    } => at = if row[*feature] <= *threshold { *left } else { *right },
                }
            }
        }
        sum
    }

    fn source(&self, holdout: u32, pages: usize) -> String {
        let mut s = String::new();
        s.push_str("//! Generated by `cargo run --release --features train --example train`; do not edit.\n");
        s.push_str(&format!(
            "//! {} trees of depth {} over {} measures, trained on {pages} pages{}.\n",
            self.trees.len(),
            DEPTH,
            F,
            if holdout > 0 {
                format!(" (every {holdout}th page held out)")
            } else {
                String::new()
            }
        ));
        s.push_str("#![allow(clippy::approx_constant, clippy::excessive_precision, clippy::unreadable_literal)]\n\n");
        s.push_str("use super::{l, n, Node};\n\n");
        s.push_str(&format!(
            "/// Log-odds before any tree.\npub(super) const BASE: f32 = {:?};\n",
            self.base
        ));
        s.push_str("/// The trees, one per line.\n#[rustfmt::skip]\npub(super) const TREES: &[&[Node]] = &[\n");
        for tree in &self.trees {
            let nodes: Vec<String> = tree
                .iter()
                .map(|node| match node {
                    Node::Leaf(v) => format!("l({v:?})"),
                    Node::Split {
                        feature,
                        threshold,
                        left,
                        right,
                    } => format!("n({feature}, {threshold:?}, {left}, {right})"),
                })
                .collect();
            s.push_str(&format!("    &[{}],\n", nodes.join(", ")));
        }
        s.push_str("];\n");
        s
    }
}

fn sigmoid(x: f32) -> f64 {
    1.0 / (1.0 + (-f64::from(x)).exp())
}

fn train(data: &Data) -> Model {
    let n = data.labels.len();
    let (pos, all) = (0..n).fold((0.0, 0.0), |(p, a), i| {
        (p + data.weights[i] * f64::from(data.labels[i]), a + data.weights[i])
    });
    let prior = (pos / all).clamp(1e-6, 1.0 - 1e-6);
    let base = (prior / (1.0 - prior)).ln() as f32;
    let mut margins = vec![base; n];
    let mut trees = Vec::with_capacity(TREES);
    let mut grad = vec![0.0f64; n];
    let mut hess = vec![0.0f64; n];
    for t in 0..TREES {
        for i in 0..n {
            let p = sigmoid(margins[i]);
            let w = data.weights[i];
            grad[i] = w * (p - f64::from(data.labels[i]));
            hess[i] = w * (p * (1.0 - p)).max(1e-6);
        }
        let tree = grow(data, &grad, &hess);
        for (i, m) in margins.iter_mut().enumerate() {
            *m += leaf_of(&tree, data, i);
        }
        trees.push(tree);
        if (t + 1) % 50 == 0 {
            let loss: f64 = (0..n)
                .map(|i| {
                    let p = sigmoid(margins[i]).clamp(1e-9, 1.0 - 1e-9);
                    let y = f64::from(data.labels[i]);
                    -data.weights[i] * (y * p.ln() + (1.0 - y) * (1.0 - p).ln())
                })
                .sum::<f64>()
                / all;
            eprintln!("train: {} trees, weighted log-loss {loss:.4}", t + 1);
        }
    }
    Model { base, trees }
}

fn leaf_of(tree: &[Node], data: &Data, i: usize) -> f32 {
    let mut at = 0;
    loop {
        match &tree[at] {
            Node::Leaf(v) => return *v,
            Node::Split {
                feature,
                threshold,
                left,
                right,
            } => {
                at = if data.raw[i * F + feature] <= *threshold {
                    *left
                } else {
                    *right
                }
            }
        }
    }
}

/// Grows one tree, depth first, splitting on histogram bins.
fn grow(data: &Data, grad: &[f64], hess: &[f64]) -> Vec<Node> {
    let mut nodes = Vec::new();
    let all: Vec<usize> = (0..data.labels.len()).collect();
    build(data, grad, hess, all, 0, &mut nodes);
    nodes
}

fn build(data: &Data, grad: &[f64], hess: &[f64], idx: Vec<usize>, depth: usize, nodes: &mut Vec<Node>) -> usize {
    let at = nodes.len();
    let g: f64 = idx.iter().map(|&i| grad[i]).sum();
    let h: f64 = idx.iter().map(|&i| hess[i]).sum();
    let leaf = (-g / (h + LAMBDA)) as f32 * LEARNING_RATE;
    nodes.push(Node::Leaf(leaf));
    if depth >= DEPTH || h < 2.0 * MIN_LEAF_HESSIAN {
        return at;
    }
    let mut hist = vec![(0.0f64, 0.0f64); F * BINS];
    for &i in &idx {
        let row = &data.bins[i * F..(i + 1) * F];
        for (f, &b) in row.iter().enumerate() {
            let cell = &mut hist[f * BINS + usize::from(b)];
            cell.0 += grad[i];
            cell.1 += hess[i];
        }
    }
    let parent = g * g / (h + LAMBDA);
    let mut best: Option<(f64, usize, usize)> = None;
    for f in 0..F {
        let (mut gl, mut hl) = (0.0, 0.0);
        let edges = data.edges[f].len();
        for b in 0..edges.saturating_sub(1) {
            let (cg, ch) = hist[f * BINS + b];
            gl += cg;
            hl += ch;
            let (gr, hr) = (g - gl, h - hl);
            if hl < MIN_LEAF_HESSIAN || hr < MIN_LEAF_HESSIAN {
                continue;
            }
            let gain = gl * gl / (hl + LAMBDA) + gr * gr / (hr + LAMBDA) - parent;
            if gain > 1e-6 && best.is_none_or(|(bg, _, _)| gain > bg) {
                best = Some((gain, f, b));
            }
        }
    }
    let Some((_, feature, bin)) = best else { return at };
    let threshold = data.edges[feature][bin];
    let (left_idx, right_idx): (Vec<usize>, Vec<usize>) = idx
        .into_iter()
        .partition(|&i| usize::from(data.bins[i * F + feature]) <= bin);
    let left = build(data, grad, hess, left_idx, depth + 1, nodes);
    let right = build(data, grad, hess, right_idx, depth + 1, nodes);
    nodes[at] = Node::Split {
        feature,
        threshold,
        left,
        right,
    };
    at
}

/// The mean per-page word-F1 of keeping the blocks marked in `keep`,
/// counting a kept block's words as overlap when it is labelled content.
fn mean_f1(pages: &[Page], keep: &[bool]) -> f64 {
    let mut sum = 0.0;
    let mut k = 0;
    for p in pages {
        let (mut kept, mut overlap) = (0u64, 0u64);
        for (j, (&y, &w)) in p.labels.iter().zip(&p.words).enumerate() {
            if keep.get(k + j).copied().unwrap_or(false) {
                kept += u64::from(w);
                if y > 0.5 {
                    overlap += u64::from(w);
                }
            }
        }
        k += p.labels.len();
        let denominator = kept + u64::from(p.truth_words);
        sum += if denominator == 0 {
            0.0
        } else {
            2.0 * overlap as f64 / denominator as f64
        };
    }
    sum / pages.len().max(1) as f64
}
