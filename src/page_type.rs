//! The kind of page: article, forum, product, collection, listing,
//! documentation or service (the WCXB taxonomy). Takes evidence gathered by
//! the other stages; returns a [`PageType`]. Each signal adds weight to one
//! or more types and the heaviest wins: the schema.org type and `og:type`
//! the page declares, words of its URL path, the shape of the selected
//! region (a record list, discussion posts), and the content blocks (code,
//! prices, dates and bylines).

use serde::Serialize;

use crate::article::{Block, BlockKind};

/// What kind of page this is.
///
/// ```
/// let page = r#"<html><head><script type="application/ld+json">{"@type":"Product","name":"Desk lamp"}</script></head>
///     <body><h1>Desk lamp</h1><p>A lamp for the desk, with a warm light and a heavy base.</p><p>$29.00</p></body></html>"#;
/// let a = pith::extract(page, &pith::Options::new()).unwrap();
/// assert_eq!(a.page_type, pith::PageType::Product);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PageType {
    /// A news story, blog post or other article.
    Article,
    /// A discussion thread: posts by several people.
    Forum,
    /// One product for sale.
    Product,
    /// A grid of products or items (a shop category).
    Collection,
    /// A list of links to other pages (news index, search results, chart).
    Listing,
    /// Technical documentation or reference.
    Documentation,
    /// A page presenting an organisation's service or offer.
    Service,
}

impl PageType {
    /// The name as it appears in JSON (`article`, `forum`, ...).
    ///
    /// ```
    /// assert_eq!(pith::PageType::Documentation.as_str(), "documentation");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            PageType::Article => "article",
            PageType::Forum => "forum",
            PageType::Product => "product",
            PageType::Collection => "collection",
            PageType::Listing => "listing",
            PageType::Documentation => "documentation",
            PageType::Service => "service",
        }
    }
}

const TYPES: [PageType; 7] = [
    PageType::Article,
    PageType::Forum,
    PageType::Product,
    PageType::Collection,
    PageType::Listing,
    PageType::Documentation,
    PageType::Service,
];

/// What the classifier looks at.
pub(crate) struct Evidence<'a> {
    pub schema_type: Option<&'a str>,
    pub og_type: Option<&'a str>,
    pub url: Option<&'a str>,
    pub blocks: &'a [Block],
    /// The region is a list of records.
    pub records: bool,
    /// The best prose sits in readers' posts or comments.
    pub discussion: bool,
    pub has_date: bool,
    pub has_author: bool,
}

/// Words of URL paths, with the type they point to.
const URL_WORDS: &[(&str, PageType)] = &[
    ("docs", PageType::Documentation),
    ("doc", PageType::Documentation),
    ("documentation", PageType::Documentation),
    ("reference", PageType::Documentation),
    ("api", PageType::Documentation),
    ("manual", PageType::Documentation),
    ("guide", PageType::Documentation),
    ("wiki", PageType::Documentation),
    ("forum", PageType::Forum),
    ("forums", PageType::Forum),
    ("thread", PageType::Forum),
    ("threads", PageType::Forum),
    ("topic", PageType::Forum),
    ("t", PageType::Forum),
    ("questions", PageType::Forum),
    ("community", PageType::Forum),
    ("discussion", PageType::Forum),
    ("r", PageType::Forum),
    ("product", PageType::Product),
    ("products", PageType::Product),
    ("p", PageType::Product),
    ("dp", PageType::Product),
    ("item", PageType::Product),
    ("shop", PageType::Collection),
    ("collections", PageType::Collection),
    ("category", PageType::Collection),
    ("categories", PageType::Collection),
    ("c", PageType::Collection),
    ("blog", PageType::Article),
    ("news", PageType::Article),
    ("article", PageType::Article),
    ("articles", PageType::Article),
    ("post", PageType::Article),
    ("posts", PageType::Article),
    ("services", PageType::Service),
    ("service", PageType::Service),
    ("solutions", PageType::Service),
    ("pricing", PageType::Service),
    ("features", PageType::Service),
];

/// Last path segments of section index pages.
const SECTION_WORDS: &[&str] = &[
    "news", "blog", "articles", "posts", "stories", "latest", "archive", "issues", "events",
];

/// Classifies a page; see the module docs.
pub(crate) fn classify(e: &Evidence<'_>) -> PageType {
    let mut w = [0f64; 7];
    let mut add = |t: PageType, x: f64| {
        if let Some(slot) = TYPES.iter().position(|&u| u == t).and_then(|i| w.get_mut(i)) {
            *slot += x;
        }
    };
    add(PageType::Article, 0.5);
    if let Some(t) = e.schema_type {
        match t {
            "product" => add(PageType::Product, 3.0),
            "discussionforumposting" | "qapage" | "socialmediaposting" => add(PageType::Forum, 3.0),
            "techarticle" | "apireference" | "softwaresourcecode" => add(PageType::Documentation, 3.0),
            "collectionpage" | "itemlist" | "searchresultspage" => add(PageType::Listing, 2.0),
            "newsarticle"
            | "blogposting"
            | "article"
            | "reportagenewsarticle"
            | "analysisnewsarticle"
            | "opinionnewsarticle"
            | "scholarlyarticle"
            | "liveblogposting"
            | "recipe"
            | "howto" => add(PageType::Article, 2.0),
            "service" | "organization" | "localbusiness" | "professionalservice" | "faqpage" => {
                add(PageType::Service, 1.5)
            }
            _ => {}
        }
    }
    match e.og_type {
        Some("product") | Some("og:product") | Some("product.item") => add(PageType::Product, 2.5),
        Some("article") => add(PageType::Article, 1.0),
        _ => {}
    }
    if let Some(url) = e.url {
        let path = match url.split_once("://") {
            Some((_, rest)) => rest.split_once('/').map_or("", |(_, p)| p),
            None => url,
        };
        let path = path.split(['?', '#']).next().unwrap_or_default().to_ascii_lowercase();
        let segments: Vec<&str> = path.split('/').filter(|w| !w.is_empty()).collect();
        for word in path.split(['/', '-', '_', '.']).filter(|w| !w.is_empty()) {
            if let Some(&(_, t)) = URL_WORDS.iter().find(|(u, _)| *u == word) {
                // Site sections say more than words of a slug.
                let strong = segments.contains(&word) && t != PageType::Article && t != PageType::Service;
                add(t, if strong { 2.0 } else { 1.0 });
            }
        }
        // A section's own page ("/news", "/blog/") lists that section.
        if let [.., last] = segments.as_slice() {
            if SECTION_WORDS.contains(last) {
                add(PageType::Listing, 2.5);
            }
        }
        if segments.is_empty() {
            add(PageType::Service, 1.0);
        }
    }
    if e.discussion {
        add(PageType::Forum, 2.5);
    }
    let count = |k: BlockKind| e.blocks.iter().filter(|b| b.kind == k).count();
    let prices = e
        .blocks
        .iter()
        .filter(|b| b.text.chars().count() < 40 && has_price(&b.text))
        .count();
    if e.records {
        if prices >= 3 {
            add(PageType::Collection, 2.5);
        } else {
            add(PageType::Listing, 2.0);
        }
    } else if prices >= 1 {
        add(PageType::Product, 1.0);
    }
    if count(BlockKind::Code) >= 2 {
        add(PageType::Documentation, 2.0);
    }
    let prose: usize = e
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph)
        .map(|b| b.text.len())
        .sum();
    if e.has_date || e.has_author {
        add(PageType::Article, 1.0);
    } else if prose > 0 {
        add(PageType::Service, 1.0);
    }
    let best = w
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map_or(0, |(i, _)| i);
    TYPES.get(best).copied().unwrap_or(PageType::Article)
}

/// A short text with a currency sign next to a number.
fn has_price(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(2).any(|w| {
        let [a, b] = *w else { return false };
        (is_currency(a) && (b.is_ascii_digit() || b == ' ')) || (a.is_ascii_digit() && is_currency(b))
    })
}

fn is_currency(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥' | '₽' | '₹' | '₩')
}
