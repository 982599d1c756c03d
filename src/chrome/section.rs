//! The section a chrome label heads: "Similar items" over a carousel of
//! other products, "You may also like" over a grid of teasers.

use std::ops::Range;

use super::LONG_CHROME_CHARS;
use crate::article::BlockKind;
use crate::blocks::RawBlock;
use crate::dom::{Document, NodeId};

/// A paragraph of prose holds at least this many words besides being longer
/// than [`LONG_CHROME_CHARS`] (a string of ids is not prose).
const PROSE_WORDS: usize = 80;

/// The node range of the section that the label at `blocks[label]` heads:
/// the largest element whose first block is the label and which holds no
/// paragraph of prose (a list of other items never does) and no heading of
/// the label's rank or above (the next section's). `None` when no element
/// holds anything after the label: the count of blocks after it then bounds
/// what the label drops. Each block after the label is read once, however
/// deep the label sits.
pub(super) fn headed_by(doc: &Document, blocks: &[RawBlock], label: usize) -> Option<Range<NodeId>> {
    let owner = blocks.get(label)?.owner;
    let rank = heading_level(blocks.get(label)?).unwrap_or(u8::MAX);
    let before = label.checked_sub(1).and_then(|i| blocks.get(i)).map(|b| b.owner);
    let after = blocks.get(label + 1..)?;
    let mut read = 0;
    let mut best = None;
    for a in std::iter::once(owner).chain(doc.ancestors(owner)) {
        let range = a..doc.end(a);
        if before.is_some_and(|b| range.contains(&b)) {
            break;
        }
        let fresh = after
            .get(read..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| range.contains(&b.owner));
        let mut ends = false;
        for b in fresh {
            if is_prose(b) || heading_level(b).is_some_and(|l| l <= rank) {
                ends = true;
                break;
            }
            read += 1;
        }
        if ends {
            break;
        }
        if read > 0 {
            best = Some(range);
        }
    }
    best
}

/// The level of a heading block, `None` for other blocks.
pub(super) fn heading_level(block: &RawBlock) -> Option<u8> {
    match block.kind {
        BlockKind::Heading(level) => Some(level),
        _ => None,
    }
}

fn is_prose(block: &RawBlock) -> bool {
    block.chars > LONG_CHROME_CHARS && block.text.split_whitespace().nth(PROSE_WORDS - 1).is_some()
}
