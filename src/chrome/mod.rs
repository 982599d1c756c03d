//! Drops chrome from the selected blocks. Takes the blocks of the selected
//! region in document order; returns those that are content. Deleted:
//! short links standing alone (navigation), blocks carrying chrome phrases (cookie notices, share and
//! newsletter prompts, related lists, comment widgets, legal and copyright
//! lines, error banners) and the sections such a label heads, contact lines,
//! junk (image sizes, locale codes, JSON, bare URLs), repeats of the title
//! (the article's or the page's `<title>`), bylines and datelines before
//! the first paragraph of prose, blocks that are only a date (a post's
//! timestamp), a forum member's figure ("Posts: 1,077") or a widget's count
//! ("7 Likes", "9 min read"), and every
//! paragraph already emitted once. Also gives the page its
//! [`Verdict`](crate::Verdict) (see [`verdict`]).

mod dedup;
mod junk;
pub(crate) mod phrases;
mod section;
pub(crate) mod verdict;

use crate::article::BlockKind;
use crate::blocks::RawBlock;
use crate::dom::{Document, NodeId};
use crate::patterns;
pub(crate) use dedup::key as dedup_key;
pub(crate) use junk::{is_json, is_junk};
use phrases::Dictionaries;

/// A block with one chrome phrase and at most this many characters is chrome.
const SHORT_CHROME_CHARS: u32 = 200;
/// With two or more distinct phrases, up to this many.
const LONG_CHROME_CHARS: u32 = 600;

/// Longest block read for the chrome phrases of a dialog, and how many
/// distinct ones it must hold to be chrome.
const MAX_DIALOG_CHARS: u32 = 2000;
const DIALOG_HITS: usize = 3;
/// Linked blocks of fewer words are navigation.
const MIN_LINKED_WORDS: usize = 4;
/// A lone heading this long is the content of a page that holds nothing else.
const TITLE_ONLY_CHARS: u32 = 40;
/// A chrome label that heads no section of its own (see
/// [`section::headed_by`]) drops at most this many blocks after it.
const MAX_SECTION_BLOCKS: usize = 8;

/// What the filter needs to know beyond the blocks.
#[derive(Clone, Copy)]
pub(crate) struct Filter<'a> {
    pub dicts: &'a Dictionaries,
    /// The article title, already known from metadata.
    pub title: Option<&'a str>,
    /// The page's `<title>`, site name and all: a block repeating it is the
    /// title too.
    pub page_title: Option<&'a str>,
    pub keep_tables: bool,
    pub keep_images: bool,
    /// The region is a list of records: links and prices are content.
    pub records: bool,
    /// The authors named in the metadata.
    pub authors: &'a [String],
    /// The page the blocks come from, when there is one: a chrome label
    /// drops the whole section it heads (see [`section::headed_by`]).
    pub doc: Option<&'a Document>,
}

/// A block of prose this long ends the lead zone, where bylines and datelines sit.
const LEAD_PROSE_CHARS: u32 = 100;
/// Bylines and datelines are at most this long.
const MAX_BYLINE_CHARS: usize = 100;

/// A credit line, wherever it stands, or in the lead a byline (see
/// [`is_credit_line`], [`is_byline`]): one lowercase copy serves both.
fn is_credit_or_byline(text: &str, in_lead: bool, authors: &[String]) -> bool {
    // Most blocks are longer: skip them without counting or copying.
    if text.len() > MAX_BYLINE_CHARS * 4 {
        return false;
    }
    let chars = text.chars().count();
    if chars > MAX_BYLINE_CHARS {
        return false;
    }
    let lower = text.to_lowercase();
    is_credit_line(text, &lower) || (in_lead && is_byline(text, &lower, chars, authors))
}

/// A byline or dateline: "By Ann Lee", "Posted on March 11, 2024",
/// "Par Claire Dubois, le 14 mai 2025", or an author's name alone. `lower`
/// is `text` lowercased, `chars` its length.
fn is_byline(text: &str, lower: &str, chars: usize, authors: &[String]) -> bool {
    let prefixed = crate::patterns::BYLINE_PREFIXES.iter().any(|p| led_by(lower, p));
    let dated = crate::metadata::normalize_date(text).is_some() && text.split_whitespace().count() <= 8;
    let named = authors
        .iter()
        .any(|a| !a.is_empty() && lower.contains(&a.to_lowercase()) && chars <= a.chars().count() + 40);
    prefixed || dated || named
}

/// Whether `lower` starts with the words `phrase`, a space or a colon after them.
fn led_by(lower: &str, phrase: &str) -> bool {
    lower
        .strip_prefix(phrase)
        .is_some_and(|rest| rest.starts_with([' ', ':', '\u{a0}']))
}

/// Most words of the name a credit line gives.
const MAX_CREDIT_NAME_WORDS: usize = 4;

/// A credit line, wherever it stands (an author box after the story): a
/// role and a name of capitalised words alone ("Written by Ann Lee",
/// "Reviewed by Dr. Sam Roe"; see [`patterns::CREDIT_ROLES`]). `lower` is
/// `text` lowercased.
fn is_credit_line(text: &str, lower: &str) -> bool {
    let lower = lower.trim_start();
    let Some(role) = patterns::CREDIT_ROLES.iter().find(|r| led_by(lower, r)) else {
        return false;
    };
    // The name: the words after the role's, in their own case.
    let name = text.split_whitespace().skip(role.split_whitespace().count());
    let words: Vec<&str> = name
        .map(|w| w.trim_start_matches(':'))
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words.len() <= MAX_CREDIT_NAME_WORDS
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Most words a date standing alone as a block has ("Feb 3, 2025, 8:45am").
const MAX_DATE_ALONE_WORDS: usize = 5;

/// A block that is only a date or a timestamp (a post's or a comment's),
/// which metadata reads and the text does without.
fn is_date_alone(text: &str) -> bool {
    text.split_whitespace().count() <= MAX_DATE_ALONE_WORDS
        && !text.contains(['.', '!', '?'])
        && crate::metadata::normalize_date(text).is_some()
}

/// Most words a counter has ("1,693 views", "5 min. Lesezeit").
const MAX_COUNTER_WORDS: usize = 4;

/// A count and what it counts, alone ("7 Likes", "9 min read"; see
/// [`patterns::COUNTER_LABELS`]).
fn is_counter(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let Some(count) = words.next() else { return false };
    let count = count.trim_end_matches(['k', 'K', 'm', 'M']);
    if count.is_empty() || !count.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.') {
        return false;
    }
    let label: Vec<&str> = words.collect();
    if label.is_empty() || label.len() >= MAX_COUNTER_WORDS {
        return false;
    }
    let label = label.join(" ").to_lowercase();
    patterns::COUNTER_LABELS.contains(&label.as_str())
}

/// Most words a row of sharing buttons has.
const MAX_SHARE_ROW_WORDS: usize = 16;

/// A row of sharing buttons flattened to their names ("Facebook X Bluesky
/// LinkedIn Email Link"): at least two networks
/// ([`patterns::SHARE_NETWORKS`]) and nothing but networks and the words
/// of sharing ([`patterns::SHARE_WORDS`]).
fn is_share_row(text: &str) -> bool {
    if text.split_whitespace().nth(MAX_SHARE_ROW_WORDS).is_some() {
        return false;
    }
    let mut networks = 0;
    let listed = |list: &[&str], word: &str| list.iter().any(|w| w.eq_ignore_ascii_case(word));
    for word in text.split_whitespace() {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if listed(patterns::SHARE_NETWORKS, word) {
            networks += 1;
        } else if !word.is_empty() && !listed(patterns::SHARE_WORDS, word) {
            return false;
        }
    }
    networks >= 2
}

/// Most words a listing's count of results has ("Displaying 1 to 24 (of 204 products)").
const MAX_RESULT_COUNT_WORDS: usize = 8;

/// A listing's count of its results, alone: numbers, a few linking words
/// ([`patterns::RESULT_WORDS`]) and, last, what it counts
/// ([`patterns::RESULT_LABELS`]): "Showing 24 of 291 results", "33 Results".
fn is_result_count(text: &str) -> bool {
    // Most blocks are longer, or hold no digit: skip them without allocating.
    if text.split_whitespace().nth(MAX_RESULT_COUNT_WORDS).is_some() || !text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| w.trim_matches(['(', ')', '.', ':', ',']).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    let Some((label, rest)) = words.split_last() else {
        return false;
    };
    // A number holds a digit ("1–24", "1,024"); a dash alone joins two.
    let number = |w: &str| {
        w.bytes().any(|b| b.is_ascii_digit())
            && w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '-' | '–'))
    };
    let dash = |w: &str| matches!(w, "-" | "–");
    words.len() <= MAX_RESULT_COUNT_WORDS
        && patterns::RESULT_LABELS.contains(&label.as_str())
        && rest.iter().any(|w| number(w))
        && rest
            .iter()
            .all(|w| number(w) || dash(w) || patterns::RESULT_WORDS.contains(&w.as_str()))
}

/// Most words a member's figure has ("Join Date: Aug 2008").
const MAX_MEMBER_STAT_WORDS: usize = 5;

/// A forum member's figure beside a post: a label of
/// [`patterns::MEMBER_STAT_LABELS`], a colon, and a short value with a
/// number ("Posts: 1,077", "Join Date: Aug 2008").
fn is_member_stat(text: &str) -> bool {
    let Some((label, value)) = text.split_once(':') else {
        return false;
    };
    if text.split_whitespace().count() > MAX_MEMBER_STAT_WORDS || !value.contains(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let label = label.trim().to_lowercase();
    patterns::MEMBER_STAT_LABELS.contains(&label.as_str())
}

/// Filters the `listed` blocks of `blocks` (indices, in order); see the
/// module docs. Each listed block comes with whether it is a candidate for
/// output: the others are read only as section labels (a dropped "Related
/// articles" heading still ends the content under it). Returns the indices
/// of the blocks kept, in order.
pub(crate) fn filter(blocks: &[RawBlock], listed: &[(usize, bool)], f: &Filter<'_>) -> Vec<usize> {
    let title_keys: Vec<String> = [f.title, f.page_title]
        .into_iter()
        .flatten()
        .map(dedup_key)
        .filter(|k| !k.is_empty())
        .collect();
    let mut seen = dedup::Seen::default();
    let mut out: Vec<usize> = Vec::with_capacity(listed.len());
    let mut skipping = 0usize;
    let mut section: Option<std::ops::Range<NodeId>> = None;
    let mut in_lead = true;
    // The key of the block at a position of `listed`, for the repeats' neighbours.
    let key_at = |p: usize| {
        listed
            .get(p)
            .and_then(|&(b, _)| blocks.get(b))
            .map(|b| dedup_key(&b.text))
    };
    for (at, &(i, candidate)) in listed.iter().enumerate() {
        let Some(block) = blocks.get(i) else { continue };
        if block.kind == BlockKind::Image {
            if f.keep_images && candidate {
                out.push(i);
            }
            continue;
        }
        if block.kind == BlockKind::TableRow && !f.keep_tables {
            continue;
        }
        let is_heading = matches!(block.kind, BlockKind::Heading(_));
        if section.as_ref().is_some_and(|s| s.contains(&block.owner)) {
            continue;
        }
        section = None;
        if skipping > 0 {
            if is_heading {
                skipping = 0;
            } else {
                skipping -= 1;
                if block.chars <= LONG_CHROME_CHARS {
                    continue;
                }
                skipping = 0;
            }
        }
        // A long block is chrome only when it is made of chrome phrases (a
        // consent dialog's text names cookies, partners, advertising...).
        if block.chars > LONG_CHROME_CHARS
            && block.chars <= MAX_DIALOG_CHARS
            && f.dicts.chrome_hits(&block.text.to_lowercase()) >= DIALOG_HITS
        {
            continue;
        }
        // Phrases make shorter blocks chrome by themselves.
        if block.chars <= LONG_CHROME_CHARS {
            // Read when the block was measured, or now (the chrome lists only).
            let (line, hits) = match block.phrases {
                Some(s) => (s.line, s.hits),
                None => f.dicts.chrome_signals(&block.text),
            };
            if line {
                continue;
            }
            if hits > 0 && (block.chars <= SHORT_CHROME_CHARS || hits >= 2) {
                if is_heading || block.text.trim_end().ends_with(':') {
                    section = f.doc.and_then(|doc| section::headed_by(doc, blocks, i));
                    if section.is_none() {
                        skipping = MAX_SECTION_BLOCKS;
                    }
                }
                continue;
            }
        }
        if !candidate {
            continue;
        }
        let priced = f.records && block.text.contains(['$', '€', '£', '¥', '₽', '₹']);
        if block.kind != BlockKind::TableRow && block.kind != BlockKind::Code && !priced && is_junk(&block.text) {
            continue;
        }
        // Code is never a contact footer, whatever addresses it holds.
        if block.kind != BlockKind::Code && (junk::is_contact_line(&block.text) || junk::is_copyright_line(&block.text))
        {
            continue;
        }
        // Link-heavy blocks of a word or three are navigation ("Home", "Next
        // page"); longer linked text (titles of listed items) stays.
        let short_link = block.link_chars * 2 > block.chars && block.text.split_whitespace().count() < MIN_LINKED_WORDS;
        if short_link && !is_heading && !f.records && block.kind != BlockKind::TableRow {
            continue;
        }
        let key = dedup_key(&block.text);
        if title_keys.contains(&key) {
            continue;
        }
        if !is_heading && is_credit_or_byline(&block.text, in_lead, f.authors) {
            continue;
        }
        if !is_heading
            && (is_date_alone(&block.text)
                || is_member_stat(&block.text)
                || is_counter(&block.text)
                || is_result_count(&block.text)
                || is_share_row(&block.text))
        {
            continue;
        }
        if block.chars >= LEAD_PROSE_CHARS && block.kind == BlockKind::Paragraph {
            in_lead = false;
        }
        // The parent is looked up only for blocks checked for repetition.
        if block.kind != BlockKind::Code
            && block.kind != BlockKind::TableRow
            && seen.repeated(key, f.doc.map(|doc| doc.parent(block.owner)), at, key_at)
        {
            continue;
        }
        out.push(i);
    }
    // A trailing heading introduces nothing, unless headings are all there
    // is and they read as content: several (a list of categories) or one
    // long enough to be a title (a link post), not a notice's label; or
    // the blocks are records and it has the rank of their titles (the
    // last card of a grid, whose price the model dropped).
    let level = |i: &usize| blocks.get(*i).and_then(section::heading_level);
    let heading = |i: &usize| level(i).is_some();
    let content_headings = out.iter().all(heading)
        && (out.len() >= 2
            || out
                .iter()
                .any(|&i| blocks.get(i).is_some_and(|b| b.chars >= TITLE_ONLY_CHARS)));
    if !content_headings {
        let trailing = out.iter().rev().take_while(|i| heading(i)).count();
        let (body, tail) = out.split_at(out.len() - trailing);
        let titled = |i: &usize| f.records && body.iter().any(|b| level(b).is_some() && level(b) == level(i));
        let keep = tail.iter().take_while(|i| titled(i)).count();
        out.truncate(body.len() + keep);
    }
    out
}

/// The blocks at `kept` (ascending indices) moved out of `blocks`.
pub(crate) fn take(blocks: Vec<RawBlock>, kept: &[usize]) -> Vec<RawBlock> {
    let mut next = kept.iter().peekable();
    blocks
        .into_iter()
        .enumerate()
        .filter_map(|(i, b)| {
            (next.peek() == Some(&&i)).then(|| {
                next.next();
                b
            })
        })
        .collect()
}
