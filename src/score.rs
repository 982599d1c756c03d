//! Scores containers by the prose they hold. Takes the document, its pruned
//! measures and the blocks; returns a per-node score table (a side table:
//! nothing is written into the DOM).
//!
//! Each block of prose (at least [`MIN_PROSE_CHARS`] characters, mostly not
//! link text) gives points for its length and its commas to the elements
//! above it: its container in full, the next ancestor half, further ones a
//! third per level, up to [`ANCESTOR_LEVELS`] levels. A container's score is
//! then scaled by its share of non-link text and shifted by what its tag and
//! class/id say.

use html5ever::local_name;

use crate::article::BlockKind;
use crate::blocks::RawBlock;
use crate::classes::Classes;
use crate::dom::{Document, NodeId, NodeMap};
use crate::prune::Pruned;

/// Shorter blocks give no points.
pub(crate) const MIN_PROSE_CHARS: u32 = 25;
/// How many ancestors of a block receive points.
const ANCESTOR_LEVELS: usize = 5;

/// Scores every container of `blocks`; see the module docs. Nodes that hold
/// no prose score 0.
pub(crate) fn score(doc: &Document, classes: &Classes, pruned: &Pruned, blocks: &[RawBlock]) -> NodeMap<f64> {
    let mut raw: NodeMap<f64> = NodeMap::new(doc.len());
    let mut touched: Vec<NodeId> = Vec::new();
    for block in blocks {
        if block.chars < MIN_PROSE_CHARS || matches!(block.kind, BlockKind::Heading(_) | BlockKind::Image) {
            continue;
        }
        if block.link_chars * 2 > block.chars {
            continue;
        }
        let commas = block
            .text
            .chars()
            .filter(|c| matches!(c, ',' | '،' | '、' | '，'))
            .count();
        let points = 1.0 + commas as f64 + (f64::from(block.chars) / 100.0).min(3.0);
        let start = if doc.is(block.owner, &local_name!("p")) || block.kind != BlockKind::Paragraph {
            doc.parent(block.owner)
        } else {
            block.owner
        };
        let chain = std::iter::once(start).chain(doc.ancestors(start));
        for (level, anc) in chain.take(ANCESTOR_LEVELS).enumerate() {
            if anc == Document::ROOT {
                break;
            }
            let share = match level {
                0 => 1.0,
                1 => 0.5,
                l => 1.0 / (l as f64 * 3.0),
            };
            if raw.at(anc) == 0.0 {
                touched.push(anc);
            }
            raw.update(anc, |r| r + points * share);
        }
    }
    let mut scores = NodeMap::new(doc.len());
    for id in touched {
        let chars = f64::from(pruned.chars.at(id).max(1));
        let link_density = f64::from(pruned.link_chars.at(id)) / chars;
        scores.set(
            id,
            raw.at(id) * (1.0 - link_density) + tag_weight(doc, id) + classes.weight(id),
        );
    }
    scores
}

fn tag_weight(doc: &Document, id: NodeId) -> f64 {
    // What the page declares its main content or article body counts as
    // `<main>` or `<article>` does.
    let declared = doc.attrs(id).any(|(attr, value)| match *attr {
        local_name!("role") => value.eq_ignore_ascii_case("main") || value.eq_ignore_ascii_case("article"),
        local_name!("itemprop") => value
            .split_ascii_whitespace()
            .any(|v| v.eq_ignore_ascii_case("articleBody")),
        _ => false,
    });
    if declared {
        return 10.0;
    }
    match doc.name(id) {
        Some(&local_name!("article")) | Some(&local_name!("main")) => 10.0,
        Some(&local_name!("div")) => 5.0,
        Some(&local_name!("pre")) | Some(&local_name!("td")) | Some(&local_name!("blockquote")) => 3.0,
        Some(&local_name!("form"))
        | Some(&local_name!("ol"))
        | Some(&local_name!("ul"))
        | Some(&local_name!("dl"))
        | Some(&local_name!("dd"))
        | Some(&local_name!("dt"))
        | Some(&local_name!("li"))
        | Some(&local_name!("address")) => -3.0,
        Some(&local_name!("th"))
        | Some(&local_name!("h1"))
        | Some(&local_name!("h2"))
        | Some(&local_name!("h3"))
        | Some(&local_name!("h4"))
        | Some(&local_name!("h5"))
        | Some(&local_name!("h6")) => -5.0,
        _ => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_main_content_weighs_as_main_and_article_do() {
        let html = "<div role='main'>a</div><div itemprop='articleBody'>b</div><div role='Article'>c</div>\
                    <main>d</main><div>e</div><div role='navigation'>f</div>";
        let doc = crate::dom::parse(html, 1000, 100).expect("parses");
        let weights: Vec<f64> = (0..doc.len())
            .filter(|&i| doc.is(i, &local_name!("div")) || doc.is(i, &local_name!("main")))
            .map(|i| tag_weight(&doc, i))
            .collect();
        assert_eq!(weights, [10.0, 10.0, 10.0, 10.0, 5.0, 5.0]);
    }
}
