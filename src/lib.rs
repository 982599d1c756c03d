//! # pith
//!
//! pith takes a saved web page and returns its article: the main content as
//! structured blocks (headings, paragraphs, list items, quotes, code, table
//! rows), renderable as plain text, Markdown or clean HTML; the page's
//! metadata (title, authors, dates, site name, description, language,
//! canonical URL, image, tags); and a verdict on the page (article, error
//! page, blocked, cookie wall, paywall, empty). Publisher chrome (navigation,
//! share and subscribe prompts, cookie notices, related lists, comment
//! widgets, contact footers, legal lines, error banners, junk and repeated
//! paragraphs) is dropped.
//!
//! ## Extract from text
//!
//! ```
//! let html = r#"<html><head><title>Rain due | Daily Example</title>
//!   <meta property="og:site_name" content="Daily Example"></head>
//!   <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
//!   <article><h1>Rain due</h1>
//!   <p>Forecasters expect heavy rain across the region on Tuesday, with local flooding possible.</p>
//!   <p>Share this article</p></article>
//!   <footer>© 2025 Daily Example. All rights reserved.</footer></body></html>"#;
//! let article = pith::extract(html, &pith::Options::new()).unwrap();
//! assert_eq!(article.metadata.title.as_deref(), Some("Rain due"));
//! assert_eq!(article.metadata.site_name.as_deref(), Some("Daily Example"));
//! assert_eq!(article.text(), "Forecasters expect heavy rain across the region on Tuesday, with local flooding possible.");
//! ```
//!
//! ## Extract from bytes in any charset
//!
//! [`extract_bytes`] finds the encoding as browsers do: byte-order mark, then
//! the caller's transport hint ([`Options::with_charset`]), then
//! `<meta charset>` or `http-equiv`, then UTF-8 when the bytes are valid
//! UTF-8, else windows-1252.
//!
//! ```
//! let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode("<meta charset=\"Shift_JIS\"><p>日本語の記事です。</p>");
//! let article = pith::extract_bytes(&bytes, &pith::Options::new()).unwrap();
//! assert_eq!(article.text(), "日本語の記事です。");
//! ```
//!
//! ## Many pages
//!
//! The patterns are compiled once per process, on first use, and shared by
//! every [`Extractor`]; an extractor is `Send + Sync`: build one and share it
//! across threads.
//!
//! ## Untrusted input
//!
//! Any bytes are accepted. Empty input, binary junk, text that is not HTML,
//! invalid UTF-8 and pages of only scripts yield an [`Article`] (possibly
//! empty, with [`Verdict::Empty`]). The DOM is walked with loops over a flat
//! arena, never recursion, so nesting depth cannot overflow the stack;
//! elements nested deeper than [`Options::with_max_depth`] are flattened with
//! their text kept. Input larger than [`Options::with_max_input_bytes`],
//! markup nesting more open elements than [`Options::with_max_nesting`] or
//! carrying more than [`MAX_ATTRIBUTES`] attributes on one element (both
//! found by a linear scan before parsing, because the parser's cost grows
//! with the square of either) and documents with more nodes than
//! [`Options::with_max_nodes`] are refused with a typed [`Error`]. The library has no `unsafe` code and does not print.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)
)]

mod article;
mod blocks;
mod chrome;
mod classes;
mod clean;
mod decode;
mod dom;
mod error;
mod extractor;
mod features;
mod metadata;
mod model;
mod options;
mod page_type;
mod patterns;
mod prescan;
mod prune;
mod render;
mod score;
mod select;
#[cfg(feature = "train")]
#[doc(hidden)]
pub mod training;

pub use article::{Article, Block, BlockKind, Link, Metadata, Verdict};
pub use error::{Error, ErrorKind};
pub use extractor::{Extractor, Parsed};
pub use options::{
    Options, DEFAULT_MAX_DEPTH, DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_NESTING, DEFAULT_MAX_NODES, DEFAULT_MIN_TEXT,
    MAX_ATTRIBUTES,
};
pub use page_type::PageType;

/// Extracts the article from HTML text.
///
/// Builds an [`Extractor`] for the call (cheap: the patterns are compiled
/// once per process); to extract many pages with the same options, build one
/// [`Extractor`] and reuse it.
///
/// ```
/// let a = pith::extract("<article><p>A paragraph of the story itself.</p></article>", &pith::Options::new()).unwrap();
/// assert_eq!(a.text(), "A paragraph of the story itself.");
/// ```
pub fn extract(html: &str, options: &Options) -> Result<Article, Error> {
    Extractor::new(options.clone()).extract(html)
}

/// Extracts the article from HTML bytes in any charset; see the crate docs
/// for how the encoding is chosen.
///
/// ```
/// let mut page = vec![0xFF, 0xFE]; // UTF-16LE byte-order mark
/// for unit in "<p>Grüße aus der Redaktion.</p>".encode_utf16() {
///     page.extend_from_slice(&unit.to_le_bytes());
/// }
/// let a = pith::extract_bytes(&page, &pith::Options::new()).unwrap();
/// assert_eq!(a.text(), "Grüße aus der Redaktion.");
/// ```
pub fn extract_bytes(html: &[u8], options: &Options) -> Result<Article, Error> {
    Extractor::new(options.clone()).extract_bytes(html)
}

/// Cleans text that was already flattened to plain text, chrome included
/// (as scrapers, search APIs and loaders return it): drops repeated contact
/// footers, image-size and locale junk, bare URLs, repeated title lines,
/// error banners, legal disclaimers, empty comment widgets and repeated
/// paragraphs, and reads the title and date when the text shows them.
///
/// ```
/// let text = "Storm Closes Harbour for Two Days\n\
///             Storm Closes Harbour for Two Days\n\
///             2025-02-03T08:00+0000\n\
///             The harbour will stay closed until Thursday, the port authority said on Monday.\n\
///             1920 1080 true\n\
///             Example News contact@example.org +441234567890\n\
///             The harbour will stay closed until Thursday, the port authority said on Monday.";
/// let a = pith::clean_text(text, &pith::Options::new());
/// assert_eq!(a.metadata.title.as_deref(), Some("Storm Closes Harbour for Two Days"));
/// assert_eq!(a.metadata.date.as_deref(), Some("2025-02-03"));
/// assert_eq!(a.text(), "The harbour will stay closed until Thursday, the port authority said on Monday.");
/// ```
pub fn clean_text(text: &str, options: &Options) -> Article {
    Extractor::new(options.clone()).clean_text(text)
}
