//! Describes every block of the page by measures a learned model reads (see
//! [`crate::model`]). Takes the blocks of the pruned page and what the
//! earlier stages found (container scores, the selected region, class and
//! tag context); returns one [`Row`] of numbers per block, in block order.
//!
//! Every measure is generic: text shape (length, words, punctuation, digits,
//! capitals), links, the block's kind and tag context (inside a list, a
//! table, a header...), what class and id names say about its ancestors,
//! the score of its container, its place relative to the selected region,
//! phrase dictionaries and its neighbours. None
//! names a site, and none is page-wide (those let a model learn pages
//! by heart rather than blocks). One pass over the nodes, one
//! over the blocks: linear in the page.

use html5ever::{local_name, LocalName};

use crate::article::BlockKind;
use crate::blocks::RawBlock;
use crate::chrome::phrases::Dictionaries;
use crate::classes::{Class, Classes};
use crate::dom::{Document, NodeId, NodeMap};
use crate::prune::Pruned;

/// The measures, in row order (a measure's index is its discriminant).
/// The model's trees index into this list.
#[derive(Clone, Copy)]
pub(crate) enum M {
    InRegion,
    InComments,
    LogChars,
    LogWords,
    LinkDensity,
    HeadingLevel,
    IsListItem,
    IsQuote,
    IsCode,
    IsTableRow,
    TerminalPerWord,
    EndsTerminal,
    CommasPerWord,
    DigitShare,
    CapitalWordShare,
    SeparatorCount,
    ChromeHits,
    ChromeLine,
    BeforeRegion,
    AfterRegion,
    LogRegionDistance,
    AncChromeClass,
    AncNegativeClass,
    AncPositiveClass,
    AncBylineClass,
    AncDateClass,
    InNav,
    InHeader,
    InFooter,
    InAside,
    InArticle,
    InMain,
    InForm,
    InList,
    InTable,
    InFigure,
    InLink,
    OwnerIsP,
    OwnerIsDiv,
    LogDepth,
    ContainerScoreShare,
    ParentLinkDensity,
    LogParentChars,
    GrandparentLinkDensity,
    LogAlikeSiblings,
    LogParentAlikeSiblings,
    PrevInRegion,
    PrevLinkDensity,
    PrevLogChars,
    NextInRegion,
    NextLinkDensity,
    NextLogChars,
    NextIsHeading,
}

/// The measures' names, in row order.
#[cfg(any(test, feature = "train"))]
pub(crate) const NAMES: [&str; COUNT] = [
    "in_region",
    "in_comments",
    "log_chars",
    "log_words",
    "link_density",
    "heading_level",
    "is_list_item",
    "is_quote",
    "is_code",
    "is_table_row",
    "terminal_per_word",
    "ends_terminal",
    "commas_per_word",
    "digit_share",
    "capital_word_share",
    "separator_count",
    "chrome_hits",
    "chrome_line",
    "before_region",
    "after_region",
    "log_region_distance",
    "anc_chrome_class",
    "anc_negative_class",
    "anc_positive_class",
    "anc_byline_class",
    "anc_date_class",
    "in_nav",
    "in_header",
    "in_footer",
    "in_aside",
    "in_article",
    "in_main",
    "in_form",
    "in_list",
    "in_table",
    "in_figure",
    "in_link",
    "owner_is_p",
    "owner_is_div",
    "log_depth",
    "container_score_share",
    "parent_link_density",
    "log_parent_chars",
    "grandparent_link_density",
    "log_alike_siblings",
    "log_parent_alike_siblings",
    "prev_in_region",
    "prev_link_density",
    "prev_log_chars",
    "next_in_region",
    "next_link_density",
    "next_log_chars",
    "next_is_heading",
];

/// How many measures a row holds.
pub(crate) const COUNT: usize = 53;

/// One block's measures.
pub(crate) type Row = [f32; COUNT];

/// Index of a measure by name (for readers of the model and the tests).
#[cfg(test)]
pub(crate) fn index(name: &str) -> Option<usize> {
    NAMES.iter().position(|n| *n == name)
}

/// Measure `m` of `row`.
fn value(row: &Row, m: M) -> f32 {
    row.get(m as usize).copied().unwrap_or(0.0)
}

fn put(row: &mut Row, m: M, v: f32) {
    if let Some(slot) = row.get_mut(m as usize) {
        *slot = v;
    }
}

/// Whether the block of `row` is inside the page's `<main>` landmark.
pub(crate) fn in_main(row: &Row) -> bool {
    value(row, M::InMain) > 0.5
}

/// Whether the region selection put the block of `row` in the region.
pub(crate) fn in_region(row: &Row) -> bool {
    value(row, M::InRegion) > 0.5
}

/// Blocks above this many characters are not checked against phrase lists
/// (such blocks are prose; the model reads their shape).
pub(crate) const MAX_PHRASE_CHARS: u32 = 200;
/// Ancestors searched for a scored container.
const SCORE_LEVELS: usize = 6;

/// What the earlier stages found about the page.
pub(crate) struct Page<'a> {
    pub doc: &'a Document,
    pub classes: &'a Classes,
    pub pruned: &'a Pruned,
    pub scores: &'a NodeMap<f64>,
    /// Per block: inside the selected region.
    pub in_region: &'a [bool],
    /// Per node: inside a readers' comment section.
    pub in_comments: &'a NodeMap<bool>,
}

/// The measures that say what an element or one of its ancestors is, in
/// one run of [`M`]; each has a bit in the per-node context set.
const CONTEXT: [M; 16] = [
    M::AncChromeClass,
    M::AncNegativeClass,
    M::AncPositiveClass,
    M::AncBylineClass,
    M::AncDateClass,
    M::InNav,
    M::InHeader,
    M::InFooter,
    M::InAside,
    M::InArticle,
    M::InMain,
    M::InForm,
    M::InList,
    M::InTable,
    M::InFigure,
    M::InLink,
];

/// The context bit of measure `m` (one of [`CONTEXT`]).
const fn bit(m: M) -> u32 {
    1 << (m as u32 - M::AncChromeClass as u32)
}

fn own_bits(doc: &Document, classes: &Classes, id: NodeId) -> u32 {
    let mut bits = 0;
    for (class, m) in [
        (Class::Chrome, M::AncChromeClass),
        (Class::Negative, M::AncNegativeClass),
        (Class::Positive, M::AncPositiveClass),
        (Class::Byline, M::AncBylineClass),
        (Class::Date, M::AncDateClass),
    ] {
        if classes.is(id, class) {
            bits |= bit(m);
        }
    }
    bits | match doc.name(id) {
        Some(&local_name!("nav")) => bit(M::InNav),
        Some(&local_name!("header")) => bit(M::InHeader),
        Some(&local_name!("footer")) => bit(M::InFooter),
        Some(&local_name!("aside")) => bit(M::InAside),
        Some(&local_name!("article")) => bit(M::InArticle),
        Some(&local_name!("main")) => bit(M::InMain),
        Some(&local_name!("form")) => bit(M::InForm),
        Some(&local_name!("ul")) | Some(&local_name!("ol")) | Some(&local_name!("dl")) => bit(M::InList),
        Some(&local_name!("table")) => bit(M::InTable),
        Some(&local_name!("figure")) | Some(&local_name!("figcaption")) => bit(M::InFigure),
        Some(&local_name!("a")) => bit(M::InLink),
        _ => 0,
    }
}

fn log(x: f64) -> f32 {
    (x.max(0.0) + 1.0).ln() as f32
}

fn ratio(a: u32, b: u32) -> f32 {
    if b == 0 {
        0.0
    } else {
        (f64::from(a) / f64::from(b)) as f32
    }
}

/// Text shape of one block.
struct Shape {
    words: u32,
    terminals: u32,
    commas: u32,
    digits: u32,
    letters: u32,
    capital_words: u32,
    separators: u32,
}

fn shape(text: &str) -> Shape {
    let mut s = Shape {
        words: 0,
        terminals: 0,
        commas: 0,
        digits: 0,
        letters: 0,
        capital_words: 0,
        separators: 0,
    };
    let mut in_word = false;
    for c in text.chars() {
        if c.is_whitespace() {
            in_word = false;
            continue;
        }
        if !in_word {
            s.words += 1;
            if c.is_uppercase() {
                s.capital_words += 1;
            }
            in_word = true;
        }
        match c {
            '.' | '!' | '?' | '。' | '！' | '？' => s.terminals += 1,
            ',' | '،' | '、' | '，' | ';' => s.commas += 1,
            '|' | '»' | '›' | '·' | '•' | '/' => s.separators += 1,
            c if c.is_numeric() => s.digits += 1,
            c if c.is_alphabetic() => s.letters += 1,
            _ => {}
        }
    }
    s
}

/// Per node, how many siblings (itself included) share its tag and first
/// class (see [`Document::first_class`]).
/// Each parent's children are grouped once, on first need.
struct Alike<'a> {
    doc: &'a Document,
    counts: NodeMap<u32>,
    done: NodeMap<bool>,
}

impl Alike<'_> {
    fn of(&mut self, id: NodeId) -> u32 {
        if id == Document::ROOT {
            return 1;
        }
        let parent = self.doc.parent(id);
        if !self.done.at(parent) {
            self.done.set(parent, true);
            let doc = self.doc;
            let mut keyed: Vec<(&LocalName, &str, NodeId)> = doc
                .children(parent)
                .filter_map(|c| Some((doc.name(c)?, doc.first_class(c), c)))
                .collect();
            keyed.sort_unstable_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
            for run in keyed.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
                let size = u32::try_from(run.len()).unwrap_or(u32::MAX);
                for &(_, _, c) in run {
                    self.counts.set(c, size);
                }
            }
        }
        self.counts.at(id).max(1)
    }
}

/// Reads the phrase lists for the blocks short enough to be measured by
/// them, once: the chrome filter reuses what is read here.
pub(crate) fn read_phrases(dicts: &Dictionaries, blocks: &mut [RawBlock]) {
    for b in blocks.iter_mut().filter(|b| b.chars <= MAX_PHRASE_CHARS) {
        b.phrases = Some(dicts.signals(&b.text));
    }
}

/// The rows of `blocks` (their phrases read by [`read_phrases`]); see the module docs.
pub(crate) fn compute(page: &Page<'_>, blocks: &[RawBlock]) -> Vec<Row> {
    let doc = page.doc;
    let n = doc.len();
    let mut bits: NodeMap<u32> = NodeMap::new(n);
    let mut depth: NodeMap<u32> = NodeMap::new(n);
    for i in 1..n {
        let p = doc.parent(i);
        bits.set(i, bits.at(p) | own_bits(doc, page.classes, i));
        depth.set(i, depth.at(p).saturating_add(1));
    }
    let mut alike = Alike {
        doc,
        counts: NodeMap::new(n),
        done: NodeMap::new(n),
    };
    let top_score = page.scores.iter().map(|(_, s)| s).fold(0.0f64, f64::max).max(1.0);

    let region_at: Vec<usize> = page
        .in_region
        .iter()
        .enumerate()
        .filter(|(_, r)| **r)
        .map(|(i, _)| i)
        .collect();

    let mut rows: Vec<Row> = Vec::with_capacity(blocks.len());
    let mut next_region = 0usize;
    for (i, b) in blocks.iter().enumerate() {
        let mut r: Row = [0.0; COUNT];
        let mut set = |m: M, v: f32| put(&mut r, m, v);
        let owner = b.owner;
        let in_region = page.in_region.get(i).copied().unwrap_or(false);
        let s = shape(&b.text);
        set(M::InRegion, f32::from(u8::from(in_region)));
        set(M::InComments, f32::from(u8::from(page.in_comments.at(owner))));
        set(M::LogChars, log(f64::from(b.chars)));
        set(M::LogWords, log(f64::from(s.words)));
        set(M::LinkDensity, ratio(b.link_chars, b.chars));
        let (level, list, quote, code, row) = match b.kind {
            BlockKind::Heading(l) => (f32::from(l), 0.0, 0.0, 0.0, 0.0),
            BlockKind::ListItem => (0.0, 1.0, 0.0, 0.0, 0.0),
            BlockKind::Quote => (0.0, 0.0, 1.0, 0.0, 0.0),
            BlockKind::Code => (0.0, 0.0, 0.0, 1.0, 0.0),
            BlockKind::TableRow => (0.0, 0.0, 0.0, 0.0, 1.0),
            _ => (0.0, 0.0, 0.0, 0.0, 0.0),
        };
        set(M::HeadingLevel, level);
        set(M::IsListItem, list);
        set(M::IsQuote, quote);
        set(M::IsCode, code);
        set(M::IsTableRow, row);
        set(M::TerminalPerWord, ratio(s.terminals, s.words));
        let ends = b
            .text
            .trim_end()
            .ends_with(['.', '!', '?', '。', '！', '？', ':', '"', '”']);
        set(M::EndsTerminal, f32::from(u8::from(ends)));
        set(M::CommasPerWord, ratio(s.commas, s.words));
        set(M::DigitShare, ratio(s.digits, s.digits + s.letters));
        set(M::CapitalWordShare, ratio(s.capital_words, s.words));
        set(M::SeparatorCount, log(f64::from(s.separators)));
        if let Some(p) = b.phrases {
            set(M::ChromeHits, p.hits as f32);
            set(M::ChromeLine, f32::from(u8::from(p.line)));
        }
        set(
            M::BeforeRegion,
            f32::from(u8::from(region_at.first().is_some_and(|&f| i < f))),
        );
        set(
            M::AfterRegion,
            f32::from(u8::from(region_at.last().is_some_and(|&l| i > l))),
        );
        while region_at.get(next_region).is_some_and(|&at| at < i) {
            next_region += 1;
        }
        let after = region_at.get(next_region).map(|&at| at - i);
        let before = next_region
            .checked_sub(1)
            .and_then(|k| region_at.get(k))
            .map(|&at| i - at);
        let distance = match (before, after) {
            (Some(a), Some(b)) => a.min(b),
            (Some(a), None) | (None, Some(a)) => a,
            (None, None) => blocks.len(),
        };
        set(M::LogRegionDistance, log(distance as f64));
        let anc = bits.at(owner);
        for m in CONTEXT {
            set(m, f32::from(u8::from(anc & bit(m) != 0)));
        }
        set(M::OwnerIsP, f32::from(u8::from(doc.is(owner, &local_name!("p")))));
        set(M::OwnerIsDiv, f32::from(u8::from(doc.is(owner, &local_name!("div")))));
        set(M::LogDepth, log(f64::from(depth.at(owner))));
        let best = std::iter::once(owner)
            .chain(doc.ancestors(owner))
            .take(SCORE_LEVELS)
            .map(|a| page.scores.at(a))
            .fold(0.0f64, f64::max);
        set(M::ContainerScoreShare, (best / top_score) as f32);
        let parent = doc.parent(owner);
        let grandparent = doc.parent(parent);
        set(
            M::ParentLinkDensity,
            ratio(page.pruned.link_chars.at(parent), page.pruned.chars.at(parent)),
        );
        set(M::LogParentChars, log(f64::from(page.pruned.chars.at(parent))));
        set(
            M::GrandparentLinkDensity,
            ratio(
                page.pruned.link_chars.at(grandparent),
                page.pruned.chars.at(grandparent),
            ),
        );
        set(M::LogAlikeSiblings, log(f64::from(alike.of(owner))));
        set(M::LogParentAlikeSiblings, log(f64::from(alike.of(parent))));
        rows.push(r);
    }
    // Neighbours.
    for i in 0..rows.len() {
        let get = |j: usize, m: M| rows.get(j).map(|r| value(r, m));
        let prev = i.checked_sub(1).map(|p| {
            [
                (M::PrevInRegion, get(p, M::InRegion)),
                (M::PrevLinkDensity, get(p, M::LinkDensity)),
                (M::PrevLogChars, get(p, M::LogChars)),
            ]
        });
        let next = [
            (M::NextInRegion, get(i + 1, M::InRegion)),
            (M::NextLinkDensity, get(i + 1, M::LinkDensity)),
            (M::NextLogChars, get(i + 1, M::LogChars)),
            (
                M::NextIsHeading,
                get(i + 1, M::HeadingLevel).map(|h| f32::from(u8::from(h > 0.0))),
            ),
        ];
        if let Some(r) = rows.get_mut(i) {
            for (m, v) in prev.into_iter().flatten().chain(next) {
                put(r, m, v.unwrap_or(0.0));
            }
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_indexed() {
        for (i, name) in NAMES.iter().enumerate() {
            assert_eq!(index(name), Some(i), "{name}");
        }
    }

    #[test]
    fn context_measures_have_distinct_bits() {
        for (k, m) in CONTEXT.into_iter().enumerate() {
            assert_eq!(bit(m), 1 << k);
        }
    }

    #[test]
    fn shape_counts_words_and_punctuation() {
        let s = shape("Hello world, this is one. Two!");
        assert_eq!((s.words, s.terminals, s.commas, s.capital_words), (6, 2, 1, 2));
    }
}
