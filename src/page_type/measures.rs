//! The page-level measures the page-type model reads: what the page declares
//! (schema.org and Open Graph types), the words of its URL path, the shape
//! of the selected region, and block statistics of the whole page and of
//! its content. Nothing names a site.

use html5ever::local_name;

use super::PageType;
use crate::article::BlockKind;
use crate::blocks::RawBlock;
use crate::chrome::phrases::CALL_KINDS;
use crate::classes::{Class, Classes};
use crate::dom::Document;

/// The measures, in row order.
#[derive(Clone, Copy)]
#[repr(u8)]
pub(crate) enum P {
    SchemaProduct,
    SchemaDiscussion,
    SchemaDocumentation,
    SchemaList,
    SchemaArticle,
    SchemaOrganisation,
    SchemaOther,
    OgProduct,
    OgArticle,
    OgOther,
    UrlArticle,
    UrlForum,
    UrlProduct,
    UrlCollection,
    UrlListing,
    UrlDocumentation,
    UrlService,
    UrlDepth,
    UrlSectionIndex,
    UrlNumber,
    UrlQuery,
    UrlSlugWords,
    Records,
    Discussion,
    HasDate,
    HasAuthor,
    PageBlocks,
    PageChars,
    PageLinkShare,
    PageHeadings,
    PageListItems,
    PageCode,
    PageTableRows,
    PagePrices,
    PageLongParagraphs,
    PageImages,
    ContentBlocks,
    ContentChars,
    ContentLinkShare,
    ContentHeadings,
    ContentListItems,
    ContentCode,
    ContentTableRows,
    ContentPrices,
    ContentLongParagraphs,
    ContentMeanParagraph,
    ContentShare,
    DomArticles,
    DomTimes,
    DomForms,
    DomInputs,
    DomButtons,
    DomCode,
    DomTables,
    DomNavs,
    DomHeadings,
    DomLinkedHeadings,
    DomPriceProps,
    DomCommentBoxes,
    DomBylines,
    DomDates,
    TitleForum,
    TitleDocumentation,
    TitleService,
    TitleShop,
    TitleListing,
    TitleWords,
    TitleSeparators,
    CallsService,
    CallsProduct,
    CallsForum,
    CallsListing,
    CallsArticle,
    DeclaresProduct,
    DeclaresBreadcrumbs,
    DeclaresOrganisation,
    DeclaresQuestions,
    DeclaresList,
    DeclaresArticle,
    DeclaresDiscussion,
    DeclaresSoftware,
    DeclaredTypes,
}

/// How many measures a row holds.
pub(crate) const COUNT: usize = P::DeclaredTypes as usize + 1;

/// One page's measures.
pub(crate) type Row = [f32; COUNT];

/// The measures' names, in row order (for the trainer).
#[cfg(any(test, feature = "train"))]
pub(crate) const NAMES: [&str; COUNT] = [
    "schema_product",
    "schema_discussion",
    "schema_documentation",
    "schema_list",
    "schema_article",
    "schema_organisation",
    "schema_other",
    "og_product",
    "og_article",
    "og_other",
    "url_article",
    "url_forum",
    "url_product",
    "url_collection",
    "url_listing",
    "url_documentation",
    "url_service",
    "url_depth",
    "url_section_index",
    "url_number",
    "url_query",
    "url_slug_words",
    "records",
    "discussion",
    "has_date",
    "has_author",
    "page_blocks",
    "page_chars",
    "page_link_share",
    "page_headings",
    "page_list_items",
    "page_code",
    "page_table_rows",
    "page_prices",
    "page_long_paragraphs",
    "page_images",
    "content_blocks",
    "content_chars",
    "content_link_share",
    "content_headings",
    "content_list_items",
    "content_code",
    "content_table_rows",
    "content_prices",
    "content_long_paragraphs",
    "content_mean_paragraph",
    "content_share",
    "dom_articles",
    "dom_times",
    "dom_forms",
    "dom_inputs",
    "dom_buttons",
    "dom_code",
    "dom_tables",
    "dom_navs",
    "dom_headings",
    "dom_linked_headings",
    "dom_price_props",
    "dom_comment_boxes",
    "dom_bylines",
    "dom_dates",
    "title_forum",
    "title_documentation",
    "title_service",
    "title_shop",
    "title_listing",
    "title_words",
    "title_separators",
    "calls_service",
    "calls_product",
    "calls_forum",
    "calls_listing",
    "calls_article",
    "declares_product",
    "declares_breadcrumbs",
    "declares_organisation",
    "declares_questions",
    "declares_list",
    "declares_article",
    "declares_discussion",
    "declares_software",
    "declared_types",
];

/// A paragraph this long is prose rather than a label or a teaser.
const LONG_PARAGRAPH_CHARS: u32 = 200;
/// Prices are short blocks: a label, not a sentence that names a sum.
const MAX_PRICE_CHARS: u32 = 40;

/// Counts over a list of blocks.
#[derive(Default, Clone, Copy)]
pub(crate) struct Summary {
    blocks: u32,
    chars: u32,
    link_chars: u32,
    headings: u32,
    list_items: u32,
    code: u32,
    table_rows: u32,
    prices: u32,
    long_paragraphs: u32,
    paragraphs: u32,
    paragraph_chars: u32,
    images: u32,
    /// Calls to action in short blocks, per kind of page they are typical of
    /// (see [`crate::patterns::CALLS_TO_ACTION`]).
    calls: [u32; CALL_KINDS],
}

impl Summary {
    /// Counts one block.
    pub(crate) fn add_block(&mut self, b: &RawBlock) {
        let calls = b.phrases.map_or([0; CALL_KINDS], |s| s.calls);
        self.add(b.kind, &b.text, b.chars, b.link_chars, calls);
    }

    /// Counts one block: its kind, text, characters (in and out of links)
    /// and the calls to action its phrases hold.
    fn add(&mut self, kind: BlockKind, text: &str, chars: u32, link_chars: u32, calls: [u8; CALL_KINDS]) {
        self.blocks += 1;
        self.chars = self.chars.saturating_add(chars);
        self.link_chars = self.link_chars.saturating_add(link_chars.min(chars));
        match kind {
            BlockKind::Heading(_) => self.headings += 1,
            BlockKind::ListItem => self.list_items += 1,
            BlockKind::Code => self.code += 1,
            BlockKind::TableRow => self.table_rows += 1,
            BlockKind::Image => self.images += 1,
            BlockKind::Paragraph | BlockKind::Quote => {
                self.paragraphs += 1;
                self.paragraph_chars = self.paragraph_chars.saturating_add(chars);
                if chars >= LONG_PARAGRAPH_CHARS {
                    self.long_paragraphs += 1;
                }
            }
        }
        if chars <= MAX_PRICE_CHARS {
            if has_price(text) {
                self.prices += 1;
            }
            for (total, n) in self.calls.iter_mut().zip(calls) {
                *total += u32::from(n);
            }
        }
    }
}

/// What the page-type model looks at.
pub(crate) struct Evidence<'a> {
    /// The main schema.org type of the page's JSON-LD, lowercased.
    pub schema_type: Option<&'a str>,
    /// Every schema.org type the page's JSON-LD declares, lowercased.
    pub schema_types: &'a [String],
    /// `og:type`, lowercased.
    pub og_type: Option<&'a str>,
    /// The page's canonical or base URL.
    pub url: Option<&'a str>,
    /// The region is a list of records.
    pub records: bool,
    /// The best prose sits in readers' posts or comments.
    pub discussion: bool,
    pub has_date: bool,
    pub has_author: bool,
    /// Every candidate block of the page.
    pub page: Summary,
    /// The content blocks.
    pub content: Summary,
    /// Elements of the whole page.
    pub census: Census,
    /// The `<title>` and first `<h1>`, lowercased.
    pub heading: &'a str,
}

/// Counts of telling elements over the whole page.
#[derive(Default, Clone, Copy)]
pub(crate) struct Census {
    articles: u32,
    times: u32,
    forms: u32,
    inputs: u32,
    buttons: u32,
    code: u32,
    tables: u32,
    navs: u32,
    headings: u32,
    linked_headings: u32,
    price_props: u32,
    comment_boxes: u32,
    bylines: u32,
    dates: u32,
}

impl Census {
    /// Counts the elements of `doc`, one pass.
    pub(crate) fn of(doc: &Document, classes: &Classes) -> Census {
        let mut c = Census::default();
        let mut heading_end = 0;
        for i in 0..doc.len() {
            let Some(name) = doc.name(i) else { continue };
            let counter = match *name {
                local_name!("article") => Some(&mut c.articles),
                local_name!("time") => Some(&mut c.times),
                local_name!("form") => Some(&mut c.forms),
                local_name!("input") | local_name!("select") | local_name!("textarea") => Some(&mut c.inputs),
                local_name!("button") => Some(&mut c.buttons),
                local_name!("pre") | local_name!("code") => Some(&mut c.code),
                local_name!("table") => Some(&mut c.tables),
                local_name!("nav") => Some(&mut c.navs),
                local_name!("h2") | local_name!("h3") | local_name!("h4") => {
                    heading_end = doc.end(i);
                    Some(&mut c.headings)
                }
                // A link inside a heading: the title of a listed item.
                local_name!("a") if i < heading_end => {
                    heading_end = 0;
                    Some(&mut c.linked_headings)
                }
                _ => None,
            };
            if let Some(counter) = counter {
                *counter += 1;
            }
            if doc
                .attr(i, &local_name!("itemprop"))
                .is_some_and(|p| p.eq_ignore_ascii_case("price"))
            {
                c.price_props += 1;
            }
            let comments = classes.is(i, Class::Comments);
            if comments && !classes.is(doc.parent(i), Class::Comments) {
                c.comment_boxes += 1;
            }
            if classes.is(i, Class::Byline) {
                c.bylines += 1;
            }
            if classes.is(i, Class::Date) {
                c.dates += 1;
            }
        }
        c
    }
}

/// Words of titles, with the measure they count towards. Matched as whole
/// words of the lowercased `<title>` and first `<h1>`.
const TITLE_WORDS: &[(&str, P)] = &[
    ("forum", P::TitleForum),
    ("forums", P::TitleForum),
    ("thread", P::TitleForum),
    ("community", P::TitleForum),
    ("discussion", P::TitleForum),
    ("question", P::TitleForum),
    ("help", P::TitleForum),
    ("documentation", P::TitleDocumentation),
    ("docs", P::TitleDocumentation),
    ("api", P::TitleDocumentation),
    ("reference", P::TitleDocumentation),
    ("manual", P::TitleDocumentation),
    ("tutorial", P::TitleDocumentation),
    ("guide", P::TitleDocumentation),
    ("sdk", P::TitleDocumentation),
    ("services", P::TitleService),
    ("service", P::TitleService),
    ("solutions", P::TitleService),
    ("consulting", P::TitleService),
    ("agency", P::TitleService),
    ("contact", P::TitleService),
    ("pricing", P::TitleService),
    ("company", P::TitleService),
    ("software", P::TitleService),
    ("platform", P::TitleService),
    ("tools", P::TitleService),
    ("professional", P::TitleService),
    ("business", P::TitleService),
    ("hire", P::TitleService),
    ("shop", P::TitleShop),
    ("buy", P::TitleShop),
    ("sale", P::TitleShop),
    ("store", P::TitleShop),
    ("products", P::TitleShop),
    ("collection", P::TitleShop),
    ("news", P::TitleListing),
    ("latest", P::TitleListing),
    ("archive", P::TitleListing),
    ("archives", P::TitleListing),
    ("results", P::TitleListing),
    ("search", P::TitleListing),
    ("page", P::TitleListing),
];

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

fn put(row: &mut Row, m: P, v: f32) {
    if let Some(slot) = row.get_mut(m as usize) {
        *slot = v;
    }
}

fn add(row: &mut Row, m: P, v: f32) {
    if let Some(slot) = row.get_mut(m as usize) {
        *slot += v;
    }
}

fn flag(b: bool) -> f32 {
    if b {
        1.0
    } else {
        0.0
    }
}

/// `ln(1 + x)`: counts and lengths on a scale where doubling is one step.
fn log(x: u32) -> f32 {
    (1.0 + x as f32).ln()
}

fn share(part: u32, whole: u32) -> f32 {
    if whole == 0 {
        0.0
    } else {
        part as f32 / whole as f32
    }
}

/// The page's measures; see the module docs.
pub(crate) fn measure(e: &Evidence<'_>) -> Row {
    let mut row = [0.0; COUNT];
    if let Some(t) = e.schema_type {
        let m = match t {
            "product" | "productgroup" | "offer" => P::SchemaProduct,
            "discussionforumposting" | "qapage" | "socialmediaposting" | "question" => P::SchemaDiscussion,
            "techarticle" | "apireference" | "softwaresourcecode" | "softwareapplication" => P::SchemaDocumentation,
            "collectionpage" | "itemlist" | "searchresultspage" | "offercatalog" => P::SchemaList,
            "newsarticle"
            | "blogposting"
            | "article"
            | "reportagenewsarticle"
            | "analysisnewsarticle"
            | "opinionnewsarticle"
            | "scholarlyarticle"
            | "liveblogposting"
            | "recipe"
            | "howto"
            | "review" => P::SchemaArticle,
            "service"
            | "organization"
            | "localbusiness"
            | "professionalservice"
            | "faqpage"
            | "corporation"
            | "contactpage"
            | "aboutpage" => P::SchemaOrganisation,
            _ => P::SchemaOther,
        };
        put(&mut row, m, 1.0);
    }
    for t in e.schema_types {
        let m = match t.as_str() {
            "product" | "productgroup" | "offer" | "aggregateoffer" => P::DeclaresProduct,
            "breadcrumblist" => P::DeclaresBreadcrumbs,
            "organization" | "localbusiness" | "corporation" | "professionalservice" | "service" => {
                P::DeclaresOrganisation
            }
            "faqpage" | "question" | "qapage" | "answer" => P::DeclaresQuestions,
            "itemlist" | "collectionpage" | "searchresultspage" | "listitem" => P::DeclaresList,
            "newsarticle" | "article" | "blogposting" | "reportagenewsarticle" | "person" => P::DeclaresArticle,
            "discussionforumposting" | "socialmediaposting" | "comment" => P::DeclaresDiscussion,
            "softwareapplication" | "techarticle" | "softwaresourcecode" | "webapplication" => P::DeclaresSoftware,
            _ => continue,
        };
        put(&mut row, m, 1.0);
    }
    put(&mut row, P::DeclaredTypes, e.schema_types.len() as f32);
    match e.og_type {
        Some(t) if crate::patterns::PRODUCT_OG_TYPES.contains(&t) => put(&mut row, P::OgProduct, 1.0),
        Some("article") => put(&mut row, P::OgArticle, 1.0),
        Some(_) => put(&mut row, P::OgOther, 1.0),
        None => {}
    }
    match e.url {
        Some(url) => measure_url(&mut row, url),
        // Unknown, which is not the site's home page (depth 0).
        None => put(&mut row, P::UrlDepth, -1.0),
    }
    put(&mut row, P::Records, flag(e.records));
    put(&mut row, P::Discussion, flag(e.discussion));
    put(&mut row, P::HasDate, flag(e.has_date));
    put(&mut row, P::HasAuthor, flag(e.has_author));
    let summaries = [
        (
            &e.page,
            [
                P::PageBlocks,
                P::PageChars,
                P::PageLinkShare,
                P::PageHeadings,
                P::PageListItems,
                P::PageCode,
                P::PageTableRows,
                P::PagePrices,
                P::PageLongParagraphs,
            ],
        ),
        (
            &e.content,
            [
                P::ContentBlocks,
                P::ContentChars,
                P::ContentLinkShare,
                P::ContentHeadings,
                P::ContentListItems,
                P::ContentCode,
                P::ContentTableRows,
                P::ContentPrices,
                P::ContentLongParagraphs,
            ],
        ),
    ];
    for (s, [blocks, chars, links, headings, items, code, rows, prices, long]) in summaries {
        put(&mut row, blocks, log(s.blocks));
        put(&mut row, chars, log(s.chars));
        put(&mut row, links, share(s.link_chars, s.chars));
        put(&mut row, headings, log(s.headings));
        put(&mut row, items, log(s.list_items));
        put(&mut row, code, log(s.code));
        put(&mut row, rows, log(s.table_rows));
        put(&mut row, prices, log(s.prices));
        put(&mut row, long, log(s.long_paragraphs));
    }
    put(&mut row, P::PageImages, log(e.page.images));
    let mean = e.content.paragraph_chars.checked_div(e.content.paragraphs).unwrap_or(0);
    put(&mut row, P::ContentMeanParagraph, log(mean));
    put(&mut row, P::ContentShare, share(e.content.chars, e.page.chars));
    for (m, v) in [
        P::CallsService,
        P::CallsProduct,
        P::CallsForum,
        P::CallsListing,
        P::CallsArticle,
    ]
    .into_iter()
    .zip(e.page.calls)
    {
        put(&mut row, m, log(v));
    }
    let c = &e.census;
    for (m, v) in [
        (P::DomArticles, c.articles),
        (P::DomTimes, c.times),
        (P::DomForms, c.forms),
        (P::DomInputs, c.inputs),
        (P::DomButtons, c.buttons),
        (P::DomCode, c.code),
        (P::DomTables, c.tables),
        (P::DomNavs, c.navs),
        (P::DomHeadings, c.headings),
        (P::DomLinkedHeadings, c.linked_headings),
        (P::DomPriceProps, c.price_props),
        (P::DomCommentBoxes, c.comment_boxes),
        (P::DomBylines, c.bylines),
        (P::DomDates, c.dates),
    ] {
        put(&mut row, m, log(v));
    }
    let mut words = 0u32;
    for word in e
        .heading
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        if let Some(&(_, m)) = TITLE_WORDS.iter().find(|(w, _)| *w == word) {
            add(&mut row, m, 1.0);
        }
    }
    put(&mut row, P::TitleWords, words as f32);
    let separators = e.heading.matches(['|', '–', '—', '»', '·']).count() + e.heading.matches(" - ").count();
    put(&mut row, P::TitleSeparators, separators as f32);
    row
}

fn measure_url(row: &mut Row, url: &str) {
    let path = match url.split_once("://") {
        Some((_, rest)) => rest.split_once('/').map_or("", |(_, p)| p),
        None => url,
    };
    put(row, P::UrlQuery, flag(path.contains('?')));
    let path = path.split(['?', '#']).next().unwrap_or_default().to_ascii_lowercase();
    let segments: Vec<&str> = path.split('/').filter(|w| !w.is_empty()).collect();
    put(row, P::UrlDepth, segments.len() as f32);
    for segment in &segments {
        for word in segment.split(['-', '_', '.']).filter(|w| !w.is_empty()) {
            let Some(&(_, t)) = URL_WORDS.iter().find(|(u, _)| *u == word) else {
                continue;
            };
            // A whole segment is a site section; a word of a slug says less.
            let weight = if *segment == word { 1.0 } else { 0.5 };
            let m = match t {
                PageType::Article => P::UrlArticle,
                PageType::Forum => P::UrlForum,
                PageType::Product => P::UrlProduct,
                PageType::Collection => P::UrlCollection,
                PageType::Listing => P::UrlListing,
                PageType::Documentation => P::UrlDocumentation,
                PageType::Service => P::UrlService,
            };
            add(row, m, weight);
        }
    }
    if let [.., last] = segments.as_slice() {
        put(row, P::UrlSectionIndex, flag(SECTION_WORDS.contains(last)));
        let slug_words = last.split(['-', '_']).filter(|w| !w.is_empty()).count();
        put(row, P::UrlSlugWords, slug_words as f32);
    }
    let number = path.split(|c: char| !c.is_ascii_digit()).any(|run| run.len() >= 4);
    put(row, P::UrlNumber, flag(number));
}

/// A short text with a currency sign next to a number (`$19.99`, `€ 5`,
/// `19,99 €`).
fn has_price(text: &str) -> bool {
    // The last character that is not a space, and whether a space followed it.
    let mut previous = ' ';
    for c in text.chars() {
        if c == ' ' || c == '\u{a0}' {
            continue;
        }
        if (is_currency(previous) && c.is_ascii_digit()) || (previous.is_ascii_digit() && is_currency(c)) {
            return true;
        }
        previous = c;
    }
    false
}

fn is_currency(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥' | '₽' | '₹' | '₩')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn evidence(url: &str) -> Evidence<'_> {
        Evidence {
            schema_type: None,
            schema_types: &[],
            og_type: None,
            url: Some(url),
            records: false,
            discussion: false,
            has_date: false,
            has_author: false,
            page: Summary::default(),
            content: Summary::default(),
            census: Census::default(),
            heading: "",
        }
    }

    #[test]
    fn url_words_count_whole_segments_more_than_slug_words() {
        let row = measure(&evidence("https://example.com/forum/t/why-my-product-broke/123456"));
        assert_eq!(row[P::UrlForum as usize], 2.0);
        assert_eq!(row[P::UrlProduct as usize], 0.5);
        assert_eq!(row[P::UrlNumber as usize], 1.0);
        assert_eq!(row[P::UrlDepth as usize], 4.0);
        let row = measure(&evidence("https://example.com/news/"));
        assert_eq!(row[P::UrlSectionIndex as usize], 1.0);
    }

    #[test]
    fn prices_are_short_blocks_with_a_currency_next_to_a_number() {
        let mut s = Summary::default();
        s.add(BlockKind::Paragraph, "$19.99", 6, 0, [0; CALL_KINDS]);
        s.add(BlockKind::Paragraph, "19,99 €", 6, 0, [0; CALL_KINDS]);
        s.add(BlockKind::Paragraph, "Dollars and cents", 15, 0, [0; CALL_KINDS]);
        assert_eq!(s.prices, 2);
    }

    #[test]
    fn names_match_measures() {
        assert_eq!(NAMES.len(), COUNT);
        assert_eq!(NAMES[P::ContentShare as usize], "content_share");
        assert_eq!(NAMES[P::UrlQuery as usize], "url_query");
    }
}
