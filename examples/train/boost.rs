//! Gradient-boosted regression trees on histogram bins: a binary logistic
//! booster (the block model) and a softmax booster (the page-type model),
//! and the Rust source that carries the trees into the library.

/// How the trees grow.
pub struct Params {
    /// Boosting rounds (one tree per class per round).
    pub rounds: usize,
    pub depth: usize,
    pub learning_rate: f32,
    pub lambda: f64,
    /// A leaf holds at least this much hessian (weighted examples).
    pub min_leaf_hessian: f64,
}

const BINS: usize = 64;

/// Examples with `f` measures each, binned per measure.
pub struct Data {
    pub f: usize,
    /// Row-major: example i's value of measure j at `i * f + j`.
    pub raw: Vec<f32>,
    bins: Vec<u8>,
    /// Per measure, the upper edge of each bin.
    edges: Vec<Vec<f32>>,
    /// Binary: 0 or 1. Softmax: the class index.
    pub labels: Vec<f32>,
    pub weights: Vec<f64>,
}

impl Data {
    pub fn new(f: usize, raw: Vec<f32>, labels: Vec<f32>, weights: Vec<f64>) -> Data {
        let n = labels.len();
        let mut edges = Vec::with_capacity(f);
        for j in 0..f {
            let mut values: Vec<f32> = (0..n).map(|i| raw[i * f + j]).collect();
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
        let mut bins = vec![0u8; n * f];
        for i in 0..n {
            for j in 0..f {
                let v = raw[i * f + j];
                let b = edges[j]
                    .partition_point(|&e| e < v)
                    .min(edges[j].len().saturating_sub(1));
                bins[i * f + j] = u8::try_from(b).unwrap_or(u8::MAX);
            }
        }
        Data {
            f,
            raw,
            bins,
            edges,
            labels,
            weights,
        }
    }

    pub fn len(&self) -> usize {
        self.labels.len()
    }

    pub fn row(&self, i: usize) -> &[f32] {
        &self.raw[i * self.f..(i + 1) * self.f]
    }
}

pub enum Node {
    Split {
        feature: usize,
        threshold: f32,
        left: usize,
        right: usize,
    },
    Leaf(f32),
}

/// One score: a base and the trees added to it.
pub struct Ensemble {
    pub base: f32,
    pub trees: Vec<Vec<Node>>,
}

impl Ensemble {
    pub fn margin(&self, row: &[f32]) -> f32 {
        self.trees.iter().fold(self.base, |sum, tree| sum + leaf(tree, row))
    }

    /// `const BASE` and `const TREES` items.
    fn items(&self) -> String {
        let mut s = String::new();
        s.push_str(&format!(
            "/// Log-odds before any tree.\npub(super) const BASE: f32 = {:?};\n",
            self.base
        ));
        s.push_str("/// The trees, one per line.\n#[rustfmt::skip]\npub(super) const TREES: &[Tree] = &[\n");
        s.push_str(&self.tree_lines("    ", 1));
        s.push_str("];\n");
        s
    }

    /// The trees as `t(...)` literals, `per_line` to a line.
    fn tree_lines(&self, indent: &str, per_line: usize) -> String {
        let mut s = String::new();
        for line in self.trees.chunks(per_line.max(1)) {
            let trees: Vec<String> = line.iter().map(|tree| depth_two(tree)).collect();
            s.push_str(&format!("{indent}{},\n", trees.join(", ")));
        }
        s
    }
}

/// `tree` (depth two at most) in the library's fixed form: the features and
/// thresholds of the root, left and right splits, then four leaves. A side
/// that is a leaf splits at infinity (always left) between two copies of it.
fn depth_two(tree: &[Node]) -> String {
    let value = |i: usize| match &tree[i] {
        Node::Leaf(v) => *v,
        Node::Split { .. } => panic!("the library evaluates trees of depth two at most"),
    };
    let side = |i: usize| match &tree[i] {
        Node::Leaf(v) => (0, f32::INFINITY, *v, *v),
        Node::Split {
            feature,
            threshold,
            left,
            right,
        } => (*feature, *threshold, value(*left), value(*right)),
    };
    let (root, left, right) = match &tree[0] {
        Node::Leaf(v) => ((0, f32::INFINITY), side(0), (0, f32::INFINITY, *v, *v)),
        Node::Split {
            feature,
            threshold,
            left,
            right,
        } => ((*feature, *threshold), side(*left), side(*right)),
    };
    let threshold = |t: f32| {
        if t.is_infinite() {
            "f32::INFINITY".to_owned()
        } else {
            format!("{t:?}")
        }
    };
    format!(
        "t([{}, {}, {}], [{}, {}, {}], [{:?}, {:?}, {:?}, {:?}])",
        root.0,
        left.0,
        right.0,
        threshold(root.1),
        threshold(left.1),
        threshold(right.1),
        left.2,
        left.3,
        right.2,
        right.3
    )
}

const HEADER: &str = "#![allow(clippy::approx_constant, clippy::excessive_precision, clippy::unreadable_literal)]\n\n\
                      use crate::model::{t, Tree};\n\n";

/// The source of a binary model's weights file.
pub fn binary_source(model: &Ensemble, title: &str) -> String {
    format!("{title}{HEADER}{}", model.items())
}

/// The source of a softmax model's weights file: `BASE` and `TREES` per
/// class, three trees to a line.
pub fn softmax_source(classes: &[Ensemble], title: &str) -> String {
    let k = classes.len();
    let bases: Vec<String> = classes.iter().map(|c| format!("{:?}", c.base)).collect();
    let mut s = format!("{title}{HEADER}");
    s.push_str(&format!(
        "/// Per class, the score before any tree.\n#[rustfmt::skip]\npub(super) const BASE: [f32; {k}] = [{}];\n",
        bases.join(", ")
    ));
    s.push_str(&format!(
        "/// Per class, the trees, three to a line.\n#[rustfmt::skip]\npub(super) const TREES: [&[Tree]; {k}] = [\n"
    ));
    for c in classes {
        s.push_str("    &[\n");
        s.push_str(&c.tree_lines("        ", 3));
        s.push_str("    ],\n");
    }
    s.push_str("];\n");
    s
}

fn leaf(tree: &[Node], row: &[f32]) -> f32 {
    let mut at = 0;
    loop {
        match &tree[at] {
            Node::Leaf(v) => return *v,
            Node::Split {
                feature,
                threshold,
                left,
                right,
            } => at = if row[*feature] <= *threshold { *left } else { *right },
        }
    }
}

fn sigmoid(x: f32) -> f64 {
    1.0 / (1.0 + (-f64::from(x)).exp())
}

/// Trains a binary classifier on the logistic loss.
pub fn train_binary(data: &Data, p: &Params) -> Ensemble {
    let n = data.len();
    let (pos, all) = (0..n).fold((0.0, 0.0), |(s, a), i| {
        (s + data.weights[i] * f64::from(data.labels[i]), a + data.weights[i])
    });
    let prior = (pos / all).clamp(1e-6, 1.0 - 1e-6);
    let base = (prior / (1.0 - prior)).ln() as f32;
    let mut margins = vec![base; n];
    let mut trees = Vec::with_capacity(p.rounds);
    let mut grad = vec![0.0f64; n];
    let mut hess = vec![0.0f64; n];
    for t in 0..p.rounds {
        for i in 0..n {
            let q = sigmoid(margins[i]);
            let w = data.weights[i];
            grad[i] = w * (q - f64::from(data.labels[i]));
            hess[i] = w * (q * (1.0 - q)).max(1e-6);
        }
        let tree = grow(data, &grad, &hess, p);
        for (i, m) in margins.iter_mut().enumerate() {
            *m += leaf(&tree, data.row(i));
        }
        trees.push(tree);
        if (t + 1) % 50 == 0 {
            let loss: f64 = (0..n)
                .map(|i| {
                    let q = sigmoid(margins[i]).clamp(1e-9, 1.0 - 1e-9);
                    let y = f64::from(data.labels[i]);
                    -data.weights[i] * (y * q.ln() + (1.0 - y) * (1.0 - q).ln())
                })
                .sum::<f64>()
                / all;
            eprintln!("train: {} trees, weighted log-loss {loss:.4}", t + 1);
        }
    }
    Ensemble { base, trees }
}

/// Trains a `k`-class classifier on the softmax loss: one tree per class per round.
pub fn train_softmax(data: &Data, k: usize, p: &Params) -> Vec<Ensemble> {
    let n = data.len();
    let all: f64 = data.weights.iter().sum();
    let class = |i: usize| data.labels[i] as usize;
    let mut classes: Vec<Ensemble> = (0..k)
        .map(|c| {
            let w: f64 = (0..n).filter(|&i| class(i) == c).map(|i| data.weights[i]).sum();
            Ensemble {
                base: ((w / all).max(1e-6)).ln() as f32,
                trees: Vec::with_capacity(p.rounds),
            }
        })
        .collect();
    let mut margins: Vec<f32> = (0..n * k).map(|j| classes[j % k].base).collect();
    let mut grad = vec![0.0f64; n];
    let mut hess = vec![0.0f64; n];
    for t in 0..p.rounds {
        let probs: Vec<f64> = (0..n).flat_map(|i| softmax(&margins[i * k..(i + 1) * k])).collect();
        for c in 0..k {
            for i in 0..n {
                let q = probs[i * k + c];
                let y = if class(i) == c { 1.0 } else { 0.0 };
                grad[i] = data.weights[i] * (q - y);
                hess[i] = data.weights[i] * (q * (1.0 - q)).max(1e-6);
            }
            let tree = grow(data, &grad, &hess, p);
            for i in 0..n {
                margins[i * k + c] += leaf(&tree, data.row(i));
            }
            classes[c].trees.push(tree);
        }
        if (t + 1) % 50 == 0 {
            let loss: f64 = (0..n)
                .map(|i| -data.weights[i] * probs[i * k + class(i)].max(1e-9).ln())
                .sum::<f64>()
                / all;
            eprintln!("train: {} rounds, weighted log-loss {loss:.4}", t + 1);
        }
    }
    classes
}

fn softmax(margins: &[f32]) -> Vec<f64> {
    let top = margins.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let e: Vec<f64> = margins.iter().map(|&m| f64::from(m - top).exp()).collect();
    let sum: f64 = e.iter().sum();
    e.into_iter().map(|v| v / sum).collect()
}

/// Grows one tree, depth first, splitting on histogram bins.
fn grow(data: &Data, grad: &[f64], hess: &[f64], p: &Params) -> Vec<Node> {
    let mut nodes = Vec::new();
    let all: Vec<usize> = (0..data.len()).collect();
    build(data, grad, hess, p, all, 0, &mut nodes);
    nodes
}

fn build(
    data: &Data,
    grad: &[f64],
    hess: &[f64],
    p: &Params,
    idx: Vec<usize>,
    depth: usize,
    nodes: &mut Vec<Node>,
) -> usize {
    let f = data.f;
    let at = nodes.len();
    let g: f64 = idx.iter().map(|&i| grad[i]).sum();
    let h: f64 = idx.iter().map(|&i| hess[i]).sum();
    let value = (-g / (h + p.lambda)) as f32 * p.learning_rate;
    nodes.push(Node::Leaf(value));
    if depth >= p.depth || h < 2.0 * p.min_leaf_hessian {
        return at;
    }
    let mut hist = vec![(0.0f64, 0.0f64); f * BINS];
    for &i in &idx {
        for (j, &b) in data.bins[i * f..(i + 1) * f].iter().enumerate() {
            let cell = &mut hist[j * BINS + usize::from(b)];
            cell.0 += grad[i];
            cell.1 += hess[i];
        }
    }
    let parent = g * g / (h + p.lambda);
    let mut best: Option<(f64, usize, usize)> = None;
    for j in 0..f {
        let (mut gl, mut hl) = (0.0, 0.0);
        for b in 0..data.edges[j].len().saturating_sub(1) {
            let (cg, ch) = hist[j * BINS + b];
            gl += cg;
            hl += ch;
            let (gr, hr) = (g - gl, h - hl);
            if hl < p.min_leaf_hessian || hr < p.min_leaf_hessian {
                continue;
            }
            let gain = gl * gl / (hl + p.lambda) + gr * gr / (hr + p.lambda) - parent;
            if gain > 1e-6 && best.is_none_or(|(bg, _, _)| gain > bg) {
                best = Some((gain, j, b));
            }
        }
    }
    let Some((_, feature, bin)) = best else { return at };
    let threshold = data.edges[feature][bin];
    let (left_idx, right_idx): (Vec<usize>, Vec<usize>) = idx
        .into_iter()
        .partition(|&i| usize::from(data.bins[i * f + feature]) <= bin);
    let left = build(data, grad, hess, p, left_idx, depth + 1, nodes);
    let right = build(data, grad, hess, p, right_idx, depth + 1, nodes);
    nodes[at] = Node::Split {
        feature,
        threshold,
        left,
        right,
    };
    at
}
