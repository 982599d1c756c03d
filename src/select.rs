//! Chooses the content region. Takes the document, its measures and the
//! container scores; returns a [`Selection`]: the roots of the
//! region in document order.
//!
//! Prose pages: a best container, possibly widened to an ancestor that
//! gathers several strong candidates, then to ancestors whose added text is
//! mostly not links (the other sections of a landing page), plus siblings
//! that carry prose.
//! Record pages (product grids, result lists, charts): when a container of
//! repeated items (children alike in tag and first class) holds clearly more text
//! than the prose region ([`RECORDS_OVER_PROSE`] times; the extractor asks
//! for [`LIST_PAGE_RECORDS_OVER_PROSE`] on a page its page-type model reads
//! as a list), it is the region. When nothing scores, the whole body is the
//! region.

use foldhash::{HashMap, HashMapExt};

use html5ever::local_name;

use crate::dom::{Document, NodeId, NodeMap};
use crate::prune::Pruned;

/// How many top candidates are compared when deciding to widen.
const TOP_CANDIDATES: usize = 5;
/// A candidate within this share of the best counts as an alternative.
const ALTERNATIVE_SHARE: f64 = 0.75;

/// Fewest alike children that make a record list.
const MIN_RECORDS: u32 = 3;
/// Records shorter than this on average are menu entries, not records.
const MIN_RECORD_CHARS: u32 = 20;
/// A record list replaces the prose region when it holds this many times its text.
pub(crate) const RECORDS_OVER_PROSE: f64 = 1.5;
/// On a page that reads as a list (a listing or a collection, by its page
/// type), when it holds this many times the prose region's text.
pub(crate) const LIST_PAGE_RECORDS_OVER_PROSE: f64 = 0.75;
/// Widen a region to its parent while the parent adds at most this share of text.
const WIDEN_SHARE: f64 = 1.25;

/// A prose region widens to its parent while the text the parent adds has
/// at most this link density.
const WIDEN_MAX_LINK_DENSITY: f64 = 0.15;

/// The selected region.
pub(crate) struct Selection {
    /// Roots of the region, in document order.
    pub roots: Vec<NodeId>,
    /// The region is a list of records (links and short items are its content).
    pub records: bool,
    /// The best-scoring prose container, if any scored.
    pub top: Option<NodeId>,
    /// When the region is prose: the text of the page's best record list
    /// over the region's (0 when it has none).
    pub records_ratio: f64,
    /// The region is the posts of a discussion (see [`select`]).
    pub posts: bool,
}

/// Selects the region; see the module docs. `discussion`: the page
/// declares itself a discussion (a forum thread, a question and its
/// answers), whose posts are all its content. A record list is the region
/// when it holds `records_over_prose` times the prose region's text.
pub(crate) fn select(
    doc: &Document,
    pruned: &Pruned,
    scores: &NodeMap<f64>,
    discussion: bool,
    records_over_prose: f64,
) -> Selection {
    let top = best_candidate(scores);
    let mut roots = prose_region(doc, pruned, scores);
    let found_posts = discussion.then(|| thread(doc, pruned, &roots)).flatten();
    let posts = found_posts.is_some();
    if let Some(region) = found_posts {
        roots = region;
    }
    let region_chars: u32 = roots.iter().map(|&r| pruned.chars.at(r)).sum();
    let mut records_ratio = 0.0;
    if let Some((list, mass)) = record_list(doc, pruned) {
        records_ratio = f64::from(mass) / f64::from(region_chars.max(1));
        if f64::from(mass) > f64::from(region_chars) * records_over_prose {
            let mut root = list;
            loop {
                let p = doc.parent(root);
                if p == Document::ROOT || doc.is(p, &local_name!("body")) {
                    break;
                }
                let small_step = f64::from(pruned.chars.at(p)) <= f64::from(pruned.chars.at(root)) * WIDEN_SHARE;
                if !small_step && !alike_siblings_dominate(doc, pruned, root) {
                    break;
                }
                root = p;
            }
            return Selection {
                roots: vec![root],
                records: true,
                top,
                records_ratio: 0.0,
                posts,
            };
        }
    }
    Selection {
        roots,
        records: false,
        top,
        records_ratio,
        posts,
    }
}

/// Whether siblings alike to `id` (same tag and first class) hold most of the
/// text its parent adds to it: the list continues beside it (a list per
/// letter, per section).
fn alike_siblings_dominate(doc: &Document, pruned: &Pruned, id: NodeId) -> bool {
    let parent = doc.parent(id);
    let mut alike = 0u32;
    let mut count = 0u32;
    for sib in doc.children(parent) {
        if sib != id && are_alike(doc, sib, id) {
            alike = alike.saturating_add(pruned.chars.at(sib));
            count += 1;
        }
    }
    let added = pruned.chars.at(parent).saturating_sub(pruned.chars.at(id));
    count >= 1 && alike * 2 >= added
}

/// The node with the highest positive score.
fn best_candidate(scores: &NodeMap<f64>) -> Option<NodeId> {
    scores
        .iter()
        .filter(|(_, s)| *s > 0.0)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(id, _)| id)
}

/// The container whose alike children (same tag and first class) hold the most
/// text, with that text; `None` when no container has [`MIN_RECORDS`] such
/// children averaging [`MIN_RECORD_CHARS`] characters.
fn record_list(doc: &Document, pruned: &Pruned) -> Option<(NodeId, u32)> {
    let mut best: Option<(NodeId, u32)> = None;
    let mut groups: HashMap<(&html5ever::LocalName, &str), (u32, u32)> = HashMap::new();
    for id in 0..doc.len() {
        if pruned.removed.at(id) || pruned.chars.at(id) < MIN_RECORDS * MIN_RECORD_CHARS || doc.name(id).is_none() {
            continue;
        }
        if best.is_some_and(|(_, m)| pruned.chars.at(id) <= m) {
            continue;
        }
        groups.clear();
        for c in doc.children(id) {
            let Some(name) = doc.name(c) else { continue };
            if pruned.removed.at(c) || pruned.chars.at(c) == 0 {
                continue;
            }
            let entry = groups.entry((name, doc.first_class(c))).or_insert((0, 0));
            entry.0 += 1;
            entry.1 = entry.1.saturating_add(pruned.chars.at(c));
        }
        for &(count, mass) in groups.values() {
            if count >= MIN_RECORDS && mass >= count * MIN_RECORD_CHARS && best.is_none_or(|(_, m)| mass > m) {
                best = Some((id, mass));
            }
        }
    }
    best
}

/// The prose region's roots.
fn prose_region(doc: &Document, pruned: &Pruned, scores: &NodeMap<f64>) -> Vec<NodeId> {
    let mut top: Vec<NodeId> = Vec::with_capacity(TOP_CANDIDATES + 1);
    for (id, s) in scores.iter() {
        if s <= 0.0 {
            continue;
        }
        let pos = top
            .iter()
            .position(|&t| scores.at(t).total_cmp(&s).is_lt())
            .unwrap_or(top.len());
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
        .filter(|&t| scores.at(t) >= scores.at(best) * ALTERNATIVE_SHARE)
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
    let mut last = scores.at(best);
    let threshold = last / 3.0;
    for parent in doc.ancestors(best).collect::<Vec<_>>() {
        if doc.is(parent, &local_name!("body")) {
            break;
        }
        let s = scores.at(parent);
        if s < threshold {
            break;
        }
        if s > last {
            best = parent;
            break;
        }
        last = s;
    }
    // Only child of its parent: the parent is the same region with its heading.
    while let Some(p) = Some(doc.parent(best)).filter(|&p| p != Document::ROOT && !doc.is(p, &local_name!("body"))) {
        if pruned.chars.at(p) == pruned.chars.at(best) {
            best = p;
        } else {
            break;
        }
    }
    // Widen while the parent adds text that is mostly not links: the other
    // sections of a multi-section page (service and landing pages) stay.
    loop {
        let p = doc.parent(best);
        if p == Document::ROOT || doc.is(p, &local_name!("body")) {
            break;
        }
        let added = pruned.chars.at(p).saturating_sub(pruned.chars.at(best));
        let added_links = pruned.link_chars.at(p).saturating_sub(pruned.link_chars.at(best));
        if f64::from(added_links) > WIDEN_MAX_LINK_DENSITY * f64::from(added) {
            break;
        }
        best = p;
    }
    let mut roots = Vec::new();
    let parent = doc.parent(best);
    if parent == Document::ROOT {
        return vec![best];
    }
    let sibling_floor = (scores.at(best) * 0.2).max(10.0);
    for sib in doc.children(parent) {
        if sib == best {
            roots.push(sib);
            continue;
        }
        if pruned.removed.at(sib) || pruned.chars.at(sib) == 0 {
            continue;
        }
        if scores.at(sib) >= sibling_floor || is_prose(doc, pruned, sib) {
            roots.push(sib);
        }
    }
    roots
}

/// How far above the region a post of a discussion is looked for.
const MAX_POST_DEPTH: usize = 4;

/// The posts of a discussion, from its prose region: climbing from the
/// region's first root (itself included, at most [`MAX_POST_DEPTH`] steps,
/// never to the body), the first element with siblings alike to it (same
/// tag and first class) that carry text is a post, and they are the others. The
/// region becomes the posts, plus its roots outside them; `None` when no
/// post is found.
fn thread(doc: &Document, pruned: &Pruned, roots: &[NodeId]) -> Option<Vec<NodeId>> {
    let first = *roots.first()?;
    let post = std::iter::once(first)
        .chain(doc.ancestors(first))
        .take(MAX_POST_DEPTH + 1)
        .take_while(|&a| !doc.is(a, &local_name!("body")) && doc.parent(a) != Document::ROOT)
        .find(|&a| alike_with_text(doc, pruned, a).nth(1).is_some())?;
    let posts: Vec<NodeId> = alike_with_text(doc, pruned, post).collect();
    let outside = |r: NodeId| !posts.iter().any(|&p| r >= p && r < doc.end(p));
    let mut region: Vec<NodeId> = roots.iter().copied().filter(|&r| outside(r)).collect();
    region.extend(posts.iter().copied());
    region.sort_unstable();
    Some(region)
}

/// The replies of a discussion whose region found no posts, should the
/// page be one: a forum engine writes the opening post apart from the list
/// of replies, which its markup names comments. They are the outermost
/// comment sections (`in_comments` holds each element inside one) after
/// the region's first root that the pruning kept and that neither hold nor
/// lie in a root.
pub(crate) fn replies(doc: &Document, pruned: &Pruned, in_comments: &NodeMap<bool>, roots: &[NodeId]) -> Vec<NodeId> {
    let mut found = Vec::new();
    let Some(&first) = roots.first() else {
        return found;
    };
    let mut i = doc.end(first);
    while i < doc.len() {
        if doc.name(i).is_none() || !in_comments.at(i) || in_comments.at(doc.parent(i)) {
            i += 1;
            continue;
        }
        let end = doc.end(i);
        let overlaps = roots.iter().any(|&r| (r >= i && r < end) || (i >= r && i < doc.end(r)));
        if !overlaps && !pruned.removed.at(i) && pruned.chars.at(i) > 0 {
            found.push(i);
        }
        i = end;
    }
    found
}

/// The children of `id`'s parent alike to it (same tag and first class, `id`
/// included) that carry text, in document order.
fn alike_with_text<'a>(doc: &'a Document, pruned: &'a Pruned, id: NodeId) -> impl Iterator<Item = NodeId> + 'a {
    doc.children(doc.parent(id))
        .filter(move |&s| are_alike(doc, s, id) && !pruned.removed.at(s) && pruned.chars.at(s) > 0)
}

/// Whether two elements are alike: the same tag and the same class
/// attribute (items of one list, posts of one thread).
fn are_alike(doc: &Document, a: NodeId, b: NodeId) -> bool {
    doc.name(a) == doc.name(b) && doc.first_class(a) == doc.first_class(b)
}

/// A sibling that is itself a paragraph of prose.
fn is_prose(doc: &Document, pruned: &Pruned, id: NodeId) -> bool {
    if !doc.is(id, &local_name!("p")) {
        return false;
    }
    let chars = pruned.chars.at(id);
    let density = f64::from(pruned.link_chars.at(id)) / f64::from(chars.max(1));
    (chars > 80 && density < 0.25) || (chars > 0 && density == 0.0 && doc.text_content(id).contains(". "))
}

/// The region of a page whose content spans its sections (a landing page,
/// a collection, a listing; see [`crate::extractor`]'s second readings): its
/// first `<main>` (or `role="main"`) the pruning left when it holds most of
/// the body's text, else its body (a page streamed by server rendering
/// sends its content after the `<main>` that holds its banner).
pub(crate) fn whole_page(doc: &Document, pruned: &Pruned) -> NodeId {
    let body = body_or_root(doc);
    (0..doc.len())
        .find(|&i| {
            !pruned.removed.at(i)
                && (doc.is(i, &local_name!("main"))
                    || doc
                        .attr(i, &local_name!("role"))
                        .is_some_and(|r| r.trim().eq_ignore_ascii_case("main")))
        })
        .filter(|&main| u64::from(pruned.chars.at(main)) * 2 >= u64::from(pruned.chars.at(body)))
        .unwrap_or(body)
}

fn body_or_root(doc: &Document) -> NodeId {
    doc.elements(&local_name!("body")).next().unwrap_or(Document::ROOT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_whole_page_is_its_main_when_main_holds_most_of_it() {
        let region = |html: &str| {
            let doc = crate::dom::parse(html, 10_000, 100).unwrap();
            let compiled = crate::extractor::Compiled::new();
            let classes = compiled.tokens.classify(&doc);
            let pruned = crate::prune::prune(&doc, &classes, &compiled, crate::prune::Mode::Full, false);
            let root = whole_page(&doc, &pruned);
            doc.name(root).map(|n| n.to_string())
        };
        let long = "A paragraph of the page's text, long enough to weigh in the count. ".repeat(4);
        assert_eq!(
            region(&format!(
                "<body><main><p>{long}</p><p>{long}</p></main><div><p>{long}</p></div></body>"
            ))
            .as_deref(),
            Some("main")
        );
        // A streamed page: the banner in `<main>`, the content after it.
        assert_eq!(
            region(&format!(
                "<body><main><p>Get up to $10k in credits</p></main><div id='S:0'><p>{long}</p></div></body>"
            ))
            .as_deref(),
            Some("body")
        );
    }

    #[test]
    fn items_alike_by_their_first_class_are_records() {
        // Each card's class value is its own (a post id and categories
        // follow the card's name): the cards are still one list.
        let cards: String = (1..=4)
            .map(|n| {
                format!(
                    "<article class='recipe-card post-{n}0871 category-{n}'>\
                     <a href='/r/{n}'>Recipe number {n}, quick and crisp</a></article>"
                )
            })
            .collect();
        let html = format!("<body><p>Intro.</p><div id='cards'>{cards}</div></body>");
        let doc = crate::dom::parse(&html, 10_000, 100).unwrap();
        let compiled = crate::extractor::Compiled::new();
        let classes = compiled.tokens.classify(&doc);
        let pruned = crate::prune::prune(&doc, &classes, &compiled, crate::prune::Mode::Full, false);
        let (list, _) = record_list(&doc, &pruned).unwrap();
        assert_eq!(doc.attr(list, &local_name!("id")), Some("cards"));
    }
}
