//! Second readings of a page, steered by its page type. The first reading
//! selects the region from the page's structure alone; the page-type model
//! then reads the page as that selection leaves it, and where the type says
//! the first reading may have missed the content, the page is read again:
//!
//! - a listing or a collection takes its list of records as the region on
//!   less evidence (a short introduction above a grid of cards is not the
//!   content);
//! - a forum that declares no discussion keeps its replies in the region
//!   even where their markup names them comments (a forum engine's
//!   `Comments` list below the first post, inside the region or after it);
//! - a service's landing page, a collection or a listing takes its whole
//!   `<main>` (else its body) as the region, its content spanning sections
//!   (a hero, features, testimonials, an introduction above a grid), and the
//!   block model sorts the blocks;
//! - a product that its structured data does not declare loses the blocks
//!   of its customers' reviews (a declared one's are pruned before the
//!   region is selected);
//! - a list or forum page whose records or posts sit in forms the pruning
//!   dropped as controls (a shop's compare form around its grid, a forum's
//!   edit form around each post or its moderation form around the thread)
//!   is pruned again with forms spared.
//!
//! Each second reading is taken only when it passes its own test (records
//! found, more text kept, some text left), so a page the type misreads
//! keeps its first reading. All but the last reuse the first reading's
//! pruned page, blocks and scores; the last runs only when the dropped
//! forms hold more text than was kept.

use super::region::{text_chars, Candidates};
use super::{Declares, Extractor};
use crate::chrome;
use crate::classes::Classes;
use crate::dom::{Document, NodeId};
use crate::page_type::{self, PageType};
use crate::{prune, select};

/// The page-type model's least probability of a type for the second reading
/// it calls for: an article it half takes for a listing keeps its prose.
const CONFIDENCE: f32 = 0.6;

/// What every reading of one page shares.
pub(super) struct Context<'a> {
    pub doc: &'a Document,
    pub classes: &'a Classes,
    pub declares: Declares,
    pub filter: &'a chrome::Filter<'a>,
}

impl Extractor {
    /// The candidates and kept blocks of the page after the second readings
    /// its type calls for (see the module docs), from the first reading's
    /// `found` and `kept`; `scores` are the page-type model's, `page_type`
    /// the type they rate likeliest.
    pub(super) fn reread(
        &self,
        cx: &Context<'_>,
        scores: &page_type::Scores,
        page_type: PageType,
        mut found: Candidates,
        mut kept: Vec<usize>,
    ) -> (Candidates, Vec<usize>) {
        let lists = [PageType::Listing, PageType::Collection];
        let list_page = lists.contains(&page_type) && scores.probability_of(&lists) >= CONFIDENCE;
        if list_page && found.records_ratio > select::LIST_PAGE_RECORDS_OVER_PROSE {
            let listed = self.reselect(cx, cx.declares, &found, select::LIST_PAGE_RECORDS_OVER_PROSE);
            let more = self.keep(&listed, cx.filter);
            if listed.records && text_chars(&listed.blocks, &more) > 0 {
                (found, kept) = (listed, more);
            }
        }
        let comments_left_out = found
            .region_comment
            .iter()
            .zip(&found.in_region)
            .any(|(&c, &r)| c && !r);
        if page_type == PageType::Forum && !cx.declares.discussion && (comments_left_out || found.replies_follow) {
            let forum = Declares {
                forum: true,
                ..cx.declares
            };
            if let Some(posts) = self.reselect_for_more(cx, forum, &found, &kept) {
                (found, kept) = posts;
            }
        }
        let spans_sections = [PageType::Service, PageType::Collection, PageType::Listing].contains(&page_type)
            && scores.probability_of(&[page_type]) >= CONFIDENCE;
        if spans_sections {
            let root = select::whole_page(cx.doc, &found.prepared.pruned);
            let whole = Declares {
                whole_page: Some(root),
                ..cx.declares
            };
            if outside_region(cx.doc, root, &found) {
                if let Some(page) = self.reselect_for_more(cx, whole, &found, &kept) {
                    (found, kept) = page;
                }
            }
        }
        // A product that declares none: its customers' reviews go.
        let product_page = page_type == PageType::Product && scores.probability_of(&[page_type]) >= CONFIDENCE;
        if product_page && !cx.declares.product {
            let reviews = prune::reviews(cx.doc, cx.classes);
            let rest: Vec<usize> = kept
                .iter()
                .copied()
                .filter(|&i| found.blocks.get(i).is_some_and(|b| !reviews.at(b.owner)))
                .collect();
            if text_chars(&found.blocks, &rest) > 0 {
                kept = rest;
            }
        }
        let have = text_chars(&found.blocks, &kept);
        if (list_page || page_type == PageType::Forum) && found.prepared.pruned.form_chars > have {
            let spared = self.candidates(
                cx.doc,
                cx.classes,
                cx.declares,
                prune::Mode::SpareForms,
                select::LIST_PAGE_RECORDS_OVER_PROSE,
            );
            let more = self.keep(&spared, cx.filter);
            let spared_text = text_chars(&spared.blocks, &more);
            // A list page's records must be found and double the text; a
            // forum's posts need not read as records (a long first post
            // and short replies), more text is enough.
            let taken = if page_type == PageType::Forum {
                spared_text > have
            } else {
                spared.records && spared_text > have.saturating_mul(2)
            };
            if taken {
                (found, kept) = (spared, more);
            }
        }
        (found, kept)
    }

    /// The candidates of `c`'s page selected anew with `declares` and the
    /// blocks they keep, when those hold more text than `kept` of `c`.
    fn reselect_for_more(
        &self,
        cx: &Context<'_>,
        declares: Declares,
        c: &Candidates,
        kept: &[usize],
    ) -> Option<(Candidates, Vec<usize>)> {
        let again = self.reselect(cx, declares, c, select::RECORDS_OVER_PROSE);
        let more = self.keep(&again, cx.filter);
        (text_chars(&again.blocks, &more) > text_chars(&c.blocks, kept)).then_some((again, more))
    }

    /// The candidates of `c`'s page selected anew with `declares`, a record
    /// list winning at `records_over_prose`: the pruning, blocks and scores
    /// are `c`'s.
    fn reselect(&self, cx: &Context<'_>, declares: Declares, c: &Candidates, records_over_prose: f64) -> Candidates {
        self.select_from(
            cx.doc,
            cx.classes,
            declares,
            c.prepared.clone(),
            c.blocks.clone(),
            records_over_prose,
        )
    }
}

/// Whether the page's whole region, `root` ([`select::whole_page`]), holds
/// text outside `c`'s region worth a second reading: at least
/// [`MIN_OUTSIDE_SHARE`] of its blocks' characters.
fn outside_region(doc: &Document, root: NodeId, c: &Candidates) -> bool {
    let end = doc.end(root);
    let (mut whole, mut region) = (0u64, 0u64);
    for (b, &inside) in c.blocks.iter().zip(&c.in_region) {
        if b.owner >= root && b.owner < end {
            whole += u64::from(b.chars);
            if inside {
                region += u64::from(b.chars);
            }
        }
    }
    (whole - region) as f64 >= whole as f64 * MIN_OUTSIDE_SHARE
}

/// The least share of the whole page's text outside the first reading's
/// region for a page that spans sections to be read whole.
const MIN_OUTSIDE_SHARE: f64 = 0.2;
