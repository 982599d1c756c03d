//! Chooses the content region. Takes the document, its measures, the blocks
//! and the container scores; returns the roots of the selected region in
//! document order (a best container, possibly widened to an ancestor that
//! gathers several strong candidates, plus siblings that carry prose).
//! When nothing scores, the whole body is the region.

use html5ever::local_name;

use crate::blocks::RawBlock;
use crate::dom::{Document, NodeId};
use crate::prune::Pruned;

/// How many top candidates are compared when deciding to widen.
const TOP_CANDIDATES: usize = 5;
/// A candidate within this share of the best counts as an alternative.
const ALTERNATIVE_SHARE: f64 = 0.75;

/// Selects the region roots; see the module docs.
pub(crate) fn select(doc: &Document, pruned: &Pruned, blocks: &[RawBlock], scores: &[f64]) -> Vec<NodeId> {
    let mut top: Vec<NodeId> = Vec::with_capacity(TOP_CANDIDATES + 1);
    for (id, &s) in scores.iter().enumerate() {
        if s <= 0.0 {
            continue;
        }
        let pos = top.iter().position(|&t| scores[t].total_cmp(&s).is_lt()).unwrap_or(top.len());
        if pos < TOP_CANDIDATES {
            top.insert(pos, id);
            top.truncate(TOP_CANDIDATES);
        }
    }
    let Some(&first) = top.first() else {
        return vec![body_or_root(doc)];
    };
    let mut best = first;
    // Several strong candidates under one ancestor: the content spans them.
    let alternatives: Vec<NodeId> = top
        .iter()
        .skip(1)
        .copied()
        .filter(|&t| scores[t] >= scores[best] * ALTERNATIVE_SHARE)
        .collect();
    if alternatives.len() >= 2 {
        for anc in doc.ancestors(best) {
            let shared = alternatives.iter().filter(|&&t| t > anc && t < doc.end(anc)).count();
            if shared >= 2 {
                best = anc;
                break;
            }
        }
    }
    // Climb while the parent scores higher (the content continues there).
    let mut last = scores[best];
    let threshold = last / 3.0;
    for parent in doc.ancestors(best).collect::<Vec<_>>() {
        if doc.is(parent, &local_name!("body")) {
            break;
        }
        let s = scores[parent];
        if s < threshold {
            break;
        }
        if s > last {
            best = parent;
        }
        last = s;
    }
    // Only child of its parent: the parent is the same region with its heading.
    while let Some(p) = Some(doc.parent(best)).filter(|&p| p != Document::ROOT && !doc.is(p, &local_name!("body"))) {
        if pruned.chars[p] == pruned.chars[best] {
            best = p;
        } else {
            break;
        }
    }
    let mut roots = Vec::new();
    let parent = doc.parent(best);
    if parent == Document::ROOT {
        return vec![best];
    }
    let sibling_floor = (scores[best] * 0.2).max(10.0);
    for sib in doc.children(parent) {
        if sib == best {
            roots.push(sib);
            continue;
        }
        if pruned.removed[sib] || pruned.chars[sib] == 0 {
            continue;
        }
        if scores[sib] >= sibling_floor || is_prose(doc, pruned, blocks, sib) {
            roots.push(sib);
        }
    }
    roots
}

/// A sibling that is itself a paragraph of prose.
fn is_prose(doc: &Document, pruned: &Pruned, _blocks: &[RawBlock], id: NodeId) -> bool {
    if !doc.is(id, &local_name!("p")) {
        return false;
    }
    let chars = pruned.chars[id];
    let density = f64::from(pruned.link_chars[id]) / f64::from(chars.max(1));
    (chars > 80 && density < 0.25) || (chars > 0 && density == 0.0 && doc.text_content(id).contains(". "))
}

fn body_or_root(doc: &Document) -> NodeId {
    doc.elements(&local_name!("body")).next().unwrap_or(Document::ROOT)
}
