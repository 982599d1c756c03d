//! Cleaning text that was already flattened (by a scraper, a search API, a
//! loader): takes plain text; returns an [`Article`]. Each non-empty line
//! is a paragraph. The same chrome filter as for pages runs over them
//! (phrases, junk, contact and copyright lines, error banners, legal
//! sections, repeats), plus what only flat text needs: header lines of
//! bare dates and URLs, one-word tag lines, keyword lines, and short lines
//! the template printed more than once. The title is the first line that
//! reads as one (repeated, or short and before the body); the date is the
//! first date in the leading lines.

use std::collections::HashMap;

use crate::article::{Article, Block, BlockKind, Metadata};
use crate::blocks::RawBlock;
use crate::chrome::{self, dedup_key, is_junk, verdict};
use crate::dom::Document;
use crate::extractor::Compiled;
use crate::metadata::normalize_date;
use crate::options::Options;
use crate::page_type::PageType;
use crate::prune::count_chars;

/// How many leading lines may hold the title and the date.
const HEAD_LINES: usize = 8;
/// Longest title line, in characters.
const MAX_TITLE_CHARS: usize = 200;
/// Lines shorter than this that occur more than once are template residue.
const MAX_RESIDUE_CHARS: usize = 60;

/// Cleans `text`; see the module docs.
pub(crate) fn clean(text: &str, options: &Options, compiled: &Compiled) -> Article {
    let lines = crate::dom::folded_lines(text);
    let mut counts: HashMap<String, usize> = HashMap::new();
    for l in &lines {
        *counts.entry(dedup_key(l)).or_default() += 1;
    }
    let title = find_title(&lines, &counts);
    let date = lines.iter().take(HEAD_LINES).find_map(|l| normalize_date(l));
    let title_key = title.as_deref().map(dedup_key);
    let raw: Vec<RawBlock> = lines
        .into_iter()
        .filter(|l| {
            let key = dedup_key(l);
            let residue = counts.get(&key).copied().unwrap_or(0) > 1
                && l.chars().count() < MAX_RESIDUE_CHARS
                && title_key.as_deref() != Some(key.as_str());
            !residue && !is_header_junk(l) && !is_tag_line(l) && !is_keyword_line(l)
        })
        .map(|l| RawBlock {
            owner: Document::ROOT,
            kind: BlockKind::Paragraph,
            chars: count_chars(&l),
            text: l,
            cells: Vec::new(),
            links: Vec::new(),
            src: None,
            link_chars: 0,
            phrases: None,
        })
        .collect();
    let listed: Vec<(usize, bool)> = (0..raw.len()).map(|i| (i, true)).collect();
    let kept = chrome::filter(
        &raw,
        &listed,
        &chrome::Filter {
            dicts: &compiled.dicts,
            title: title.as_deref(),
            page_title: None,
            keep_tables: true,
            keep_images: false,
            records: false,
            authors: &[],
            doc: None,
        },
    );
    let blocks: Vec<Block> = chrome::take(raw, &kept)
        .into_iter()
        .map(|b| Block {
            kind: b.kind,
            text: b.text,
            cells: Vec::new(),
            links: Vec::new(),
            src: None,
        })
        .collect();
    let heading = title.clone().unwrap_or_default().to_lowercase();
    let page_text = || text.to_lowercase();
    let (verdict, reason) = verdict::verdict(
        &compiled.dicts,
        &verdict::Evidence {
            heading: &heading,
            page_text: &page_text,
            blocks: &blocks,
            min_text: options.min_text(),
        },
    );
    let description = blocks
        .iter()
        .find(|b| b.text.chars().count() >= 80)
        .map(|b| b.text.clone());
    Article {
        metadata: Metadata {
            title,
            date,
            description,
            ..Metadata::default()
        },
        blocks,
        verdict,
        reason,
        page_type: PageType::Article,
    }
}

/// The first leading line that reads as a title: printed more than once,
/// or a short line without a final period that is followed by longer text.
fn find_title(lines: &[String], counts: &HashMap<String, usize>) -> Option<String> {
    let head = lines.iter().take(HEAD_LINES).enumerate();
    let candidates: Vec<(usize, &String)> = head
        .filter(|(_, l)| {
            let words = l.split_whitespace().count();
            (3..=30).contains(&words)
                && l.chars().count() <= MAX_TITLE_CHARS
                && !l.ends_with(['.', ':', '!', '?'])
                && !is_junk(l)
                && !is_header_junk(l)
        })
        .collect();
    let repeated = candidates
        .iter()
        .find(|(_, l)| counts.get(&dedup_key(l)).copied().unwrap_or(0) > 1);
    let followed = candidates.iter().find(|(i, l)| {
        lines
            .get(i + 1)
            .is_some_and(|next| next.chars().count() > l.chars().count())
    });
    repeated.or(followed).map(|(_, l)| (*l).clone())
}

/// A header line of a label, dates, numbers and URLs only (`date 2025-12-28
/// https://example.com/a`): at most one real word.
fn is_header_junk(line: &str) -> bool {
    let tokens: Vec<&str> = line.split_whitespace().collect();
    let words = tokens
        .iter()
        .filter(|t| !t.contains("://") && t.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .filter(|t| normalize_date(t).is_none())
        .count();
    tokens.len() >= 2 && words <= 1 && !line.ends_with(['.', '!', '?'])
}

/// A tag or section line: one word.
fn is_tag_line(line: &str) -> bool {
    !line.contains(char::is_whitespace) && !line.ends_with(['.', '!', '?'])
}

/// A line of search keywords: lowercase phrases, no sentence.
fn is_keyword_line(line: &str) -> bool {
    let has_lower = line.chars().any(char::is_lowercase);
    let has_upper = line.chars().any(char::is_uppercase);
    has_lower && !has_upper && line.split_whitespace().count() >= 4 && !line.ends_with(['.', '!', '?'])
}
