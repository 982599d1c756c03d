//! The region of a page and the blocks kept of it: the pruning, the blocks
//! and their scores ([`Prepared`]), the region the selection finds among
//! them and every block's measures ([`Candidates`]), then the blocks the
//! block model and the chrome filter keep.

use super::{Declares, Extractor};
use crate::article::BlockKind;
use crate::blocks::{self, RawBlock};
use crate::chrome;
use crate::classes::{Class, Classes};
use crate::dom::{Document, NodeId, NodeMap};
use crate::features::{self, Row};
use crate::{model, prune, score, select};

/// Every block of a page, its measures and where the selection put it.
pub(crate) struct Candidates {
    pub blocks: Vec<RawBlock>,
    pub rows: Vec<Row>,
    /// Per block: in the selected region.
    pub in_region: Vec<bool>,
    /// Per block: in a readers' comment section below the region's roots
    /// (kept, whatever the model says, when the options keep comments).
    pub region_comment: Vec<bool>,
    /// Comment sections follow the region outside it: a forum's replies,
    /// should the page be one (see [`select::replies`]).
    pub replies_follow: bool,
    pub records: bool,
    /// See [`select::Selection::records_ratio`].
    pub records_ratio: f64,
    pub discussion: bool,
    /// What the selection was made from, for another (see [`super::reread`]).
    pub(super) prepared: Prepared,
}

/// A pruned page and its containers' scores: the same whatever region is
/// selected from them.
#[derive(Clone)]
pub(super) struct Prepared {
    pub pruned: prune::Pruned,
    pub scores: NodeMap<f64>,
}

impl Extractor {
    /// The blocks of `c` that stay: those [`Self::choose`] lists, through the
    /// chrome filter. When nothing of the region survives the filter (a
    /// shop's front page of category headings), the blocks the model leans
    /// towards, if they make up as much text as a region must (an error
    /// page's line or two stays out); else the text blocks inside the page's
    /// `<main>` (a schedule of linked names and scores, too short and too
    /// linked for the region), so that a page that declares content is not
    /// called empty. The filter's `records` is the selection's.
    pub(super) fn keep(&self, c: &Candidates, filter: &chrome::Filter<'_>) -> Vec<usize> {
        let filter = &chrome::Filter {
            records: c.records,
            ..*filter
        };
        let listed = self.choose(&c.blocks, &c.rows, &c.in_region, &c.region_comment);
        let kept = chrome::filter(&c.blocks, &listed, filter);
        if text_chars(&c.blocks, &kept) > 0 {
            return kept;
        }
        let text_blocks_where = |keep: fn(&Row) -> bool| {
            let listed: Vec<(usize, bool)> = c
                .rows
                .iter()
                .enumerate()
                .filter(|(i, r)| c.blocks.get(*i).is_some_and(|b| b.kind != BlockKind::Image) && keep(r))
                .map(|(i, _)| (i, true))
                .collect();
            chrome::filter(&c.blocks, &listed, filter)
        };
        let leaning = text_blocks_where(model::leans_content);
        if text_chars(&c.blocks, &leaning) >= model::MIN_REGION_CHARS {
            return leaning;
        }
        let declared = text_blocks_where(features::in_main);
        if text_chars(&c.blocks, &declared) > 0 {
            declared
        } else {
            kept
        }
    }

    /// Every block of the pruned page with its measures, and where the
    /// region selection put it. Readers' comment sections are outside the
    /// region unless the page's best prose is itself in one (a forum or
    /// discussion page, whose posts are the content), the region is made
    /// of them (the posts of a page declaring a discussion, see
    /// [`select::select`]) or, on a page declaring a discussion, they hold
    /// twice the rest of the region's text (see [`replies_hold_thread`]); on
    /// a page declaring a discussion or read as a forum whose first post
    /// stands apart, the comment sections after it join the region as its
    /// replies (see [`select::replies`]). On a page declaring a product,
    /// the pruning drops its customers' reviews (see [`prune::prune`]).
    pub(crate) fn candidates(
        &self,
        doc: &Document,
        classes: &Classes,
        declares: Declares,
        mode: prune::Mode,
        records_over_prose: f64,
    ) -> Candidates {
        let pruned = prune::prune(doc, classes, self.compiled, mode, declares.product);
        let mut raw = blocks::build(doc, &pruned, self.compiled);
        features::read_phrases(&self.compiled.dicts, &mut raw);
        let scores = score::score(doc, classes, &pruned, &raw);
        self.select_from(
            doc,
            classes,
            declares,
            Prepared { pruned, scores },
            raw,
            records_over_prose,
        )
    }

    /// The region of a prepared page and its blocks' measures (see [`Self::candidates`]).
    pub(super) fn select_from(
        &self,
        doc: &Document,
        classes: &Classes,
        declares: Declares,
        prepared: Prepared,
        raw: Vec<RawBlock>,
        records_over_prose: f64,
    ) -> Candidates {
        let Prepared { pruned, scores } = &prepared;
        let mut selection = select::select(doc, pruned, scores, declares.discussion, records_over_prose);
        if let Some(root) = declares.whole_page {
            selection.roots = vec![root];
        }
        let n = doc.len();
        let mut in_comments = NodeMap::new(n);
        for i in 1..n {
            in_comments.set(i, in_comments.at(doc.parent(i)) || classes.is(i, Class::Comments));
        }
        // A first post standing apart from its replies, which the markup
        // names comments: on a discussion or a forum, they join the region.
        let lone_post = !selection.posts && !selection.records && declares.whole_page.is_none();
        let first_end = selection.roots.first().map_or(0, |&first| doc.end(first));
        if lone_post && (declares.discussion || declares.forum) {
            let replies = select::replies(doc, pruned, &in_comments, &selection.roots);
            selection.roots.extend(replies);
            selection.roots.sort_unstable();
        }
        let mut replies_follow = false;
        let roots = &selection.roots;
        let block_roots = block_roots(doc, roots, &raw);
        let discussion = selection.top.is_some_and(|t| in_comments.at(t))
            || declares.forum
            || (declares.discussion && replies_hold_thread(&raw, &block_roots, &in_comments));
        let mut in_region = Vec::with_capacity(raw.len());
        let mut region_comment = Vec::with_capacity(raw.len());
        for (b, &root) in raw.iter().zip(&block_roots) {
            let comment = root.is_some() && in_comments.at(b.owner);
            let left_out = root.is_some_and(|root| comment && !in_comments.at(root)) && !discussion;
            in_region.push(root.is_some() && !left_out);
            region_comment.push(comment);
            // Text of a comment section after the first root, outside the
            // region: the replies `select::replies` would find.
            replies_follow |= lone_post && root.is_none() && b.owner >= first_end && in_comments.at(b.owner);
        }
        let rows = features::compute(
            &features::Page {
                doc,
                classes,
                pruned,
                scores,
                in_region: &in_region,
                in_comments: &in_comments,
            },
            &raw,
        );
        Candidates {
            blocks: raw,
            rows,
            in_region,
            region_comment,
            replies_follow,
            records: selection.records,
            records_ratio: selection.records_ratio,
            discussion,
            prepared,
        }
    }

    /// The blocks the model calls content (see [`model::is_content`];
    /// images and code: those in the region, as the model reads text by
    /// measures of prose that a listing's symbols and short lines do not
    /// have), plus comment blocks of the region when
    /// the options keep comments; should the model keep nothing, the
    /// region's blocks. Each comes with whether it is chosen: the region's
    /// blocks the model dropped stay in the list, unchosen, so that the
    /// chrome filter still reads the section labels among them.
    fn choose(
        &self,
        raw: &[RawBlock],
        rows: &[Row],
        in_region: &[bool],
        region_comment: &[bool],
    ) -> Vec<(usize, bool)> {
        let region = |i: usize| in_region.get(i).copied().unwrap_or(false);
        let region_chars: u32 = raw
            .iter()
            .enumerate()
            .filter(|(i, _)| region(*i))
            .map(|(_, b)| b.chars)
            .sum();
        // The model extends a region of real text; it does not invent one
        // (an error page's few lines stay out).
        let may_add = region_chars >= model::MIN_REGION_CHARS;
        let keep: Vec<bool> = raw
            .iter()
            .enumerate()
            .map(|(i, b)| {
                let comment = self.options.comments() && region_comment.get(i).copied().unwrap_or(false);
                if matches!(b.kind, BlockKind::Image | BlockKind::Code) {
                    region(i) || comment
                } else {
                    comment || rows.get(i).is_some_and(|r| model::is_content(r, may_add))
                }
            })
            .collect();
        let any_text = raw.iter().zip(&keep).any(|(b, k)| *k && b.kind != BlockKind::Image);
        (0..raw.len())
            .filter_map(|i| {
                let chosen = if any_text {
                    keep.get(i).copied().unwrap_or(false)
                } else {
                    region(i)
                };
                (chosen || region(i)).then_some((i, chosen))
            })
            .collect()
    }
}

/// Per block of `raw`: the root of `roots` (in document order) it lies in.
fn block_roots(doc: &Document, roots: &[NodeId], raw: &[RawBlock]) -> Vec<Option<NodeId>> {
    let mut r = 0;
    raw.iter()
        .map(|b| {
            while roots.get(r).is_some_and(|&root| doc.end(root) <= b.owner) {
                r += 1;
            }
            roots.get(r).copied().filter(|&root| b.owner >= root)
        })
        .collect()
}

/// How many times the rest of the region's text its comment sections must
/// hold to be the thread itself.
const REPLIES_OVER_POST: u64 = 2;

/// Whether the readers' comment sections of a region (`block_roots`, see
/// [`block_roots`]) hold [`REPLIES_OVER_POST`] times the text of the rest:
/// on a page declaring a discussion they are then its replies (a forum
/// engine's opening post above the comment list that holds the thread),
/// not comments on its posts (a question-and-answer site's notes under
/// each answer, a fraction of the answers' text).
fn replies_hold_thread(raw: &[RawBlock], block_roots: &[Option<NodeId>], in_comments: &NodeMap<bool>) -> bool {
    let (mut posted, mut replied) = (0u64, 0u64);
    for (b, root) in raw.iter().zip(block_roots) {
        if root.is_none() {
            continue;
        }
        if in_comments.at(b.owner) {
            replied += u64::from(b.chars);
        } else {
            posted += u64::from(b.chars);
        }
    }
    replied > posted.saturating_mul(REPLIES_OVER_POST)
}

/// The characters of the text blocks of `raw` at `kept`.
pub(super) fn text_chars(raw: &[RawBlock], kept: &[usize]) -> u32 {
    kept.iter()
        .filter_map(|&i| raw.get(i))
        .filter(|b| b.kind != BlockKind::Image)
        .map(|b| b.chars)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::M;
    use crate::options::Options;

    fn block(kind: BlockKind, text: &str) -> RawBlock {
        RawBlock {
            owner: 1,
            kind,
            text: text.to_owned(),
            cells: Vec::new(),
            links: Vec::new(),
            src: None,
            chars: 300,
            link_chars: 0,
            phrases: None,
        }
    }

    /// A block's measures: `measures`, the others 0.
    fn row(measures: &[(M, f32)]) -> Row {
        let mut row = [0.0; crate::features::COUNT];
        for &(m, v) in measures {
            row[m as usize] = v;
        }
        row
    }

    #[test]
    fn the_region_alone_decides_on_code() {
        // A row the block model drops from the region with confidence: a
        // block that reads as a menu (in a nav, under a chrome class, all
        // links, a chrome phrase).
        let menu = row(&[
            (M::InRegion, 1.0),
            (M::LogChars, 5.7),
            (M::LinkDensity, 1.0),
            (M::SeparatorCount, 3.0),
            (M::ChromeHits, 2.0),
            (M::ChromeLine, 1.0),
            (M::AncChromeClass, 1.0),
            (M::InNav, 1.0),
            (M::InList, 1.0),
        ]);
        assert!(!crate::model::is_content(&menu, true), "the model keeps the row");
        let mut code = menu;
        code[M::IsCode as usize] = 1.0;
        // And one it keeps: a paragraph of the article's prose.
        let prose = row(&[
            (M::InRegion, 1.0),
            (M::LogChars, 6.0),
            (M::LogWords, 4.3),
            (M::TerminalPerWord, 0.07),
            (M::EndsTerminal, 1.0),
            (M::CommasPerWord, 0.05),
            (M::InArticle, 1.0),
            (M::OwnerIsP, 1.0),
            (M::ContainerScoreShare, 1.0),
            (M::PrevInRegion, 1.0),
            (M::NextInRegion, 1.0),
        ]);
        assert!(crate::model::is_content(&prose, true), "the model drops the prose");
        let extractor = Extractor::new(Options::new());
        let raw = [
            block(BlockKind::Paragraph, "Home | Blog | About"),
            block(
                BlockKind::Code,
                "curl -fL https://example.org/a.tar.gz | tar -xzf - | head",
            ),
            block(BlockKind::Paragraph, "The archive holds the sentences, one per line."),
        ];
        let rows = [menu, code, prose];
        let chosen = extractor.choose(&raw, &rows, &[true, true, true], &[false; 3]);
        assert_eq!(chosen, [(0, false), (1, true), (2, true)]);
        // Outside the region, code is not added whatever the model says.
        let chosen = extractor.choose(&raw, &rows, &[false, false, true], &[false; 3]);
        assert_eq!(chosen, [(2, true)]);
    }
}
