//! [`Extractor`]: options plus the patterns compiled once; [`Extractor::extract`]
//! runs the stages in order. This file reads as the pipeline's table of contents.

use std::sync::LazyLock;

use foldhash::HashSet;

use html5ever::{local_name, LocalName};

use crate::article::{Article, Block, BlockKind, Link, Verdict};
use crate::blocks::RawBlock;
use crate::chrome::{self, phrases::Dictionaries, verdict};
use crate::classes::Tokens;
use crate::dom::{self, Document, NodeId};
use crate::error::{Error, ErrorKind};
use crate::options::Options;
use crate::options::MAX_ATTRIBUTES;
use crate::{clean, decode, metadata, model, page_type, patterns, prescan, prune, select};

mod region;
mod reread;

use region::{text_chars, Candidates};

/// A parsed page, ready for [`Extractor::extract_parsed`]. Opaque: the DOM
/// is pith's own and never exposed. It is not `Send`: its text shares the
/// parser's buffers, so parse on the thread that extracts.
///
/// ```
/// let parsed = pith::Extractor::new(pith::Options::new()).parse("<p>x</p>").unwrap();
/// # let _ = parsed;
/// ```
pub struct Parsed {
    doc: Document,
}

/// How much of the page's visible text the verdict reads.
const VERDICT_TEXT_BYTES: usize = 256 * 1024;

/// What the page's structured data (for `forum` and `whole_page`, its page
/// type) says its content is.
#[derive(Clone, Copy)]
pub(crate) struct Declares {
    /// A product (by its structured data, see `Read::declares_product`):
    /// its customers' reviews are not its content, and the pruning drops them.
    product: bool,
    /// A discussion: its replies are its content, not comments on it.
    discussion: bool,
    /// A forum, as the page-type model reads the page: its readers'
    /// comment sections hold its posts and stay in the region.
    forum: bool,
    /// A landing page, a collection or a listing, as the page-type model
    /// reads the page: its content spans its sections, so the region is this
    /// element, the whole page ([`select::whole_page`]), and the block model
    /// sorts its blocks.
    whole_page: Option<NodeId>,
}

impl Declares {
    fn of(read: &metadata::Read) -> Self {
        Declares {
            product: read.declares_product(),
            discussion: read.declares_discussion,
            forum: false,
            whole_page: None,
        }
    }
}

/// A page read ([`Extractor::read_page`]): its metadata, its candidates and
/// the blocks kept of them, and its type with the measures it was read from.
struct Reading {
    read: metadata::Read,
    found: Candidates,
    kept: Vec<usize>,
    measures: page_type::Row,
    page_type: page_type::PageType,
}

/// An extractor: [`Options`] and every pattern compiled once. Cheap to share:
/// it is `Send + Sync`, so one instance can serve many threads.
///
/// ```
/// use pith::{Extractor, Options};
/// let extractor = Extractor::new(Options::new());
/// let pages = ["<article><p>First page, with a paragraph of real prose in it.</p></article>",
///              "<article><p>Second page, with another paragraph of prose.</p></article>"];
/// let texts: Vec<String> = std::thread::scope(|s| {
///     let handles: Vec<_> = pages.iter().map(|p| s.spawn(|| extractor.extract(p).unwrap().text())).collect();
///     handles.into_iter().map(|h| h.join().unwrap()).collect()
/// });
/// assert!(texts[1].starts_with("Second page"));
/// ```
pub struct Extractor {
    options: Options,
    compiled: &'static Compiled,
}

/// The patterns, compiled once per process on first use and shared by every
/// extractor (they do not depend on the options).
static COMPILED: LazyLock<Compiled> = LazyLock::new(Compiled::new);

/// Tag sets, class/id token sets and phrase automata.
pub(crate) struct Compiled {
    pub never_content_tags: HashSet<LocalName>,
    pub chrome_tags: HashSet<LocalName>,
    pub block_tags: HashSet<LocalName>,
    pub tokens: Tokens,
    pub dicts: Dictionaries,
}

impl Compiled {
    pub(crate) fn new() -> Self {
        let tags = |list: &[&str]| list.iter().map(|t| LocalName::from(*t)).collect();
        Compiled {
            never_content_tags: tags(patterns::NEVER_CONTENT_TAGS),
            chrome_tags: tags(patterns::CHROME_TAGS),
            block_tags: tags(patterns::BLOCK_TAGS),
            tokens: Tokens::new(),
            dicts: Dictionaries::new(),
        }
    }
}

impl Extractor {
    /// An extractor applying `options` (the patterns are compiled once per
    /// process and shared).
    ///
    /// ```
    /// let extractor = pith::Extractor::new(pith::Options::new());
    /// assert!(extractor.extract("<p>Some words here.</p>").is_ok());
    /// ```
    pub fn new(options: Options) -> Self {
        Extractor {
            options,
            compiled: &COMPILED,
        }
    }

    /// The options this extractor applies.
    ///
    /// ```
    /// let e = pith::Extractor::new(pith::Options::new().with_links(true));
    /// assert!(e.options().links());
    /// ```
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Extracts the article from HTML text.
    ///
    /// ```
    /// let e = pith::Extractor::new(pith::Options::new());
    /// let a = e.extract("<html><body><nav><a href=/>Home</a></nav><article><p>The body of the story, told in prose.</p></article></body></html>").unwrap();
    /// assert_eq!(a.text(), "The body of the story, told in prose.");
    /// ```
    pub fn extract(&self, html: &str) -> Result<Article, Error> {
        Ok(self.extract_parsed(&self.parse(html)?))
    }

    /// Extracts the article from HTML bytes in any charset (see
    /// [`extract_bytes`](crate::extract_bytes) for how the charset is found).
    ///
    /// ```
    /// let e = pith::Extractor::new(pith::Options::new());
    /// let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("<meta charset=windows-1251><p>Привет, мир! Это статья.</p>");
    /// assert_eq!(e.extract_bytes(&bytes).unwrap().text(), "Привет, мир! Это статья.");
    /// ```
    pub fn extract_bytes(&self, html: &[u8]) -> Result<Article, Error> {
        Ok(self.extract_parsed(&self.parse_bytes(html)?))
    }

    /// Parses HTML text without extracting, for [`Extractor::extract_parsed`]:
    /// parse once, then extract with several extractors (say, with and
    /// without links), or time the two apart.
    ///
    /// ```
    /// let e = pith::Extractor::new(pith::Options::new());
    /// let parsed = e.parse("<article><p>Parsed once, extracted twice, same text.</p></article>").unwrap();
    /// let linked = pith::Extractor::new(pith::Options::new().with_links(true));
    /// assert_eq!(e.extract_parsed(&parsed).text(), linked.extract_parsed(&parsed).text());
    /// ```
    pub fn parse(&self, html: &str) -> Result<Parsed, Error> {
        self.check_size(html.len())?;
        let limit = self.options.max_nesting();
        let scan = prescan::scan(html, limit, MAX_ATTRIBUTES);
        if scan.depth > limit {
            return Err(Error::new(ErrorKind::TooDeep { limit }));
        }
        if scan.attributes > MAX_ATTRIBUTES {
            return Err(Error::new(ErrorKind::TooManyAttributes { limit: MAX_ATTRIBUTES }));
        }
        // Script and style text, SVG markup and unread attributes are never
        // content: the parser is spared them.
        let keys = &self.compiled.dicts.script_date_keys;
        let html = prescan::elide(html, &scan.elisions, |script| keys.first_end(script).is_some());
        let doc = dom::parse(&html, self.options.max_nodes(), self.options.max_depth())?;
        Ok(Parsed { doc })
    }

    /// Decodes (as [`Extractor::extract_bytes`] does) and parses HTML bytes
    /// without extracting.
    ///
    /// ```
    /// let e = pith::Extractor::new(pith::Options::new());
    /// let parsed = e.parse_bytes(b"<p>Some bytes of a page, with a sentence.</p>").unwrap();
    /// assert_eq!(e.extract_parsed(&parsed).text(), "Some bytes of a page, with a sentence.");
    /// ```
    pub fn parse_bytes(&self, html: &[u8]) -> Result<Parsed, Error> {
        self.check_size(html.len())?;
        let text = decode::decode(html, self.options.charset())?;
        self.parse(&text)
    }

    /// Cleans already-flattened text; see [`clean_text`](crate::clean_text).
    ///
    /// ```
    /// let e = pith::Extractor::new(pith::Options::new());
    /// let a = e.clean_text("Share this article\nThe council approved the new budget on Tuesday evening.");
    /// assert_eq!(a.text(), "The council approved the new budget on Tuesday evening.");
    /// ```
    pub fn clean_text(&self, text: &str) -> Article {
        clean::clean(text, &self.options, self.compiled)
    }

    /// Runs the extraction pipeline on a parsed page. The page is not
    /// changed: it can be extracted again.
    ///
    /// ```
    /// let e = pith::Extractor::new(pith::Options::new());
    /// let parsed = e.parse("<p>A page with one paragraph of text in it.</p>").unwrap();
    /// assert_eq!(e.extract_parsed(&parsed), e.extract_parsed(&parsed));
    /// ```
    pub fn extract_parsed(&self, parsed: &Parsed) -> Article {
        self.run(&parsed.doc)
    }

    /// The page-type measures of a parsed page (for the trainer).
    #[cfg(feature = "train")]
    pub(crate) fn page_measures_of(&self, parsed: &Parsed) -> page_type::Row {
        self.analyse(&parsed.doc).1
    }

    /// The candidate blocks of a parsed page and their measures (for the trainer).
    #[cfg(feature = "train")]
    pub(crate) fn candidates_of(&self, parsed: &Parsed) -> Candidates {
        let doc = &parsed.doc;
        let classes = self.compiled.tokens.classify(doc);
        let read = metadata::read(doc, &classes, &self.compiled.dicts, self.options.base_url());
        self.candidates(
            doc,
            &classes,
            Declares::of(&read),
            prune::Mode::Full,
            select::RECORDS_OVER_PROSE,
        )
    }

    fn check_size(&self, size: usize) -> Result<(), Error> {
        let limit = self.options.max_input_bytes();
        if size > limit {
            return Err(Error::new(ErrorKind::InputTooLarge { size, limit }));
        }
        Ok(())
    }

    fn run(&self, doc: &Document) -> Article {
        self.analyse(doc).0
    }

    /// The article of `doc` and the measures its page type was read from.
    pub(crate) fn analyse(&self, doc: &Document) -> (Article, page_type::Row) {
        let opts = &self.options;
        let Reading {
            read,
            found,
            kept,
            measures,
            page_type,
        } = self.read_page(doc);
        let kept = chrome::take(found.blocks, &kept);
        let excerpt = excerpt(doc, &kept);
        let mut blocks: Vec<Block> = kept
            .into_iter()
            .map(|b| self.public_block(b, read.base.as_ref()))
            .collect();
        let mut declared = None;
        if blocks.iter().all(|b| b.kind == BlockKind::Image) {
            if let Some(body) = read.declared_body.as_ref() {
                let before = blocks.len();
                blocks.extend(body.text.lines().map(|l| Block::paragraph(l.to_owned())));
                declared = (blocks.len() > before).then_some(body.source);
            }
        }
        if let Some(description) = undisplayed_description(&read, page_type, &blocks) {
            let at = blocks
                .iter()
                .position(|b| matches!(b.kind, BlockKind::Heading(_)))
                .map_or(0, |h| h + 1);
            let lines = description.lines().filter(|l| !l.trim().is_empty());
            blocks.splice(at..at, lines.map(|l| Block::paragraph(l.to_owned())));
        }
        let mut metadata = read.metadata;
        let page_text = || self.visible_text(doc);
        let (verdict, mut reason) = verdict::verdict(
            &self.compiled.dicts,
            &verdict::Evidence {
                heading: &read.heading,
                page_text: &page_text,
                blocks: &blocks,
                min_text: opts.min_text(),
            },
        );
        if let Some(source) = declared {
            reason.push_str(source.note());
        }
        // A service's landing page puts a tagline in its heading ("Marketing
        // software"): the title it declares names the page, unless they
        // differ only in case. An error's or a wall's page keeps its heading.
        let same_words = |a: &str, b: &str| chrome::dedup_key(a) == chrome::dedup_key(b);
        if let (Some(declared), Some(chosen)) = (read.declared_title, metadata.title.as_deref()) {
            if page_type == page_type::PageType::Service
                && verdict == Verdict::Article
                && !same_words(&declared, chosen)
            {
                metadata.title = Some(declared);
            }
        }
        if metadata.language.is_none() {
            metadata.language = metadata::detect_language(&blocks);
        }
        // The excerpt stands in for a missing description, on pages whose
        // text is content (not an error's or a wall's message).
        if metadata.description.is_none() && matches!(verdict, Verdict::Article | Verdict::Paywall) {
            metadata.description = excerpt.or_else(|| {
                blocks
                    .iter()
                    .find(|b| b.kind == BlockKind::Paragraph && has_letters(&b.text))
                    .map(|b| b.text.clone())
            });
        }
        let article = Article {
            metadata,
            blocks,
            verdict,
            reason,
            page_type,
        };
        (article, measures)
    }

    /// The page read: its metadata, then the candidates and the blocks kept
    /// by the first reading and by the second readings its type calls for.
    fn read_page(&self, doc: &Document) -> Reading {
        let opts = &self.options;
        let classes = self.compiled.tokens.classify(doc);
        let read = metadata::read(doc, &classes, &self.compiled.dicts, opts.base_url());
        let declares = Declares::of(&read);
        let filter = chrome::Filter {
            dicts: &self.compiled.dicts,
            title: read.metadata.title.as_deref(),
            page_title: read.page_title.as_deref(),
            keep_tables: opts.tables(),
            keep_images: opts.images(),
            records: false,
            authors: &read.metadata.authors,
            doc: Some(doc),
        };
        let mut found = self.candidates(doc, &classes, declares, prune::Mode::Full, select::RECORDS_OVER_PROSE);
        let mut kept = self.keep(&found, &filter);
        // Less than a region's worth of text is left: the content may sit
        // in a container whose class names it related items (a shop's grid
        // of products in a "related-products" section, beside a heading and
        // a filter's label); spare those and take what comes if it is more
        // than twice as much. Nothing is left: the page may show nothing but
        // a consent dialog (a cookie wall; unless its structured data holds
        // the text, read below); spare those too.
        for spare in [prune::Mode::SpareRelated, prune::Mode::SpareDialogs] {
            let declared_text = spare == prune::Mode::SpareDialogs && read.declared_body.is_some();
            let have = text_chars(&found.blocks, &kept);
            let enough = if spare == prune::Mode::SpareRelated {
                have >= model::MIN_REGION_CHARS
            } else {
                have > 0
            };
            if enough || declared_text {
                break;
            }
            let spared = self.candidates(doc, &classes, declares, spare, select::RECORDS_OVER_PROSE);
            let more = self.keep(&spared, &filter);
            if text_chars(&spared.blocks, &more) > have.saturating_mul(2) {
                (found, kept) = (spared, more);
            }
        }
        // The page type reads the page as this first selection leaves it.
        let mut page = page_type::Summary::default();
        for b in &found.blocks {
            page.add_block(b);
        }
        let mut content = page_type::Summary::default();
        for b in kept.iter().filter_map(|&i| found.blocks.get(i)) {
            content.add_block(b);
        }
        let measures = page_type::measure(&page_type::Evidence {
            schema_type: read.schema_type.as_deref(),
            schema_types: &read.schema_types,
            og_type: read.og_type.as_deref(),
            url: read.metadata.url.as_deref().or(opts.base_url()),
            records: found.records,
            discussion: found.discussion,
            has_date: read.metadata.date.is_some(),
            has_author: !read.metadata.authors.is_empty(),
            page,
            content,
            census: page_type::Census::of(doc, &classes),
            heading: &read.heading,
        });
        let scores = page_type::Scores::of(&measures);
        let page_type = scores.likeliest();
        // The type may call for a second reading of the page.
        let context = reread::Context {
            doc,
            classes: &classes,
            declares,
            filter: &filter,
        };
        let (found, kept) = self.reread(&context, &scores, page_type, found, kept);
        Reading {
            read,
            found,
            kept,
            measures,
            page_type,
        }
    }

    /// The page's text outside scripts, styles and other never-visible
    /// elements, lowercased, up to [`VERDICT_TEXT_BYTES`] (notices of walls
    /// and errors sit in the chrome, which the blocks no longer hold).
    fn visible_text(&self, doc: &Document) -> String {
        let mut out = String::new();
        for id in 0..doc.len() {
            if out.len() >= VERDICT_TEXT_BYTES {
                break;
            }
            let Some(text) = doc.text(id) else { continue };
            if doc
                .name(doc.parent(id))
                .is_some_and(|n| self.compiled.never_content_tags.contains(n))
            {
                continue;
            }
            dom::push_folded(&mut out, text);
        }
        out.to_lowercase()
    }

    fn public_block(&self, b: RawBlock, base: Option<&url::Url>) -> Block {
        let links = if self.options.links() {
            b.links
                .into_iter()
                .filter_map(|(start, end, href)| {
                    let href = metadata::resolve(base, &href)?;
                    Some(Link { start, end, href })
                })
                .collect()
        } else {
            Vec::new()
        };
        Block {
            kind: b.kind,
            text: b.text,
            cells: b.cells,
            links,
            src: b.src.and_then(|s| metadata::resolve(base, &s)),
        }
    }
}

/// The excerpt that stands in for a missing description: the first
/// paragraph of `kept` that holds letters outside a table's cells (a layout
/// table's navigation), else the first that holds letters.
fn excerpt(doc: &Document, kept: &[RawBlock]) -> Option<String> {
    let candidate = |b: &&RawBlock| b.kind == BlockKind::Paragraph && has_letters(&b.text);
    let in_cell = |b: &&RawBlock| doc.is(b.owner, &local_name!("td")) || doc.is(b.owner, &local_name!("th"));
    kept.iter()
        .filter(candidate)
        .find(|b| !in_cell(b))
        .or_else(|| kept.iter().find(candidate))
        .map(|b| b.text.clone())
}

/// Least length of a product's declared description that joins its text.
const MIN_DECLARED_DESCRIPTION_CHARS: usize = 80;

/// A product page's description as its structured data declares it, when
/// the text kept holds fewer than half its words: the markup leaves it to a
/// script (a tab filled on click) or to a panel pruned as a control.
fn undisplayed_description<'a>(
    read: &'a metadata::Read,
    page_type: page_type::PageType,
    blocks: &[Block],
) -> Option<&'a str> {
    if page_type != page_type::PageType::Product || read.schema_type.as_deref() != Some("product") {
        return None;
    }
    let body = read
        .declared_body
        .as_ref()
        .filter(|b| b.source == metadata::DeclaredIn::StructuredData)?;
    if body.text.chars().count() < MIN_DECLARED_DESCRIPTION_CHARS {
        return None;
    }
    let shown: HashSet<String> = blocks.iter().flat_map(|b| dom::lowercase_words(&b.text)).collect();
    let declared: Vec<String> = dom::lowercase_words(&body.text).collect();
    let found = declared.iter().filter(|w| shown.contains(*w)).count();
    (found * 2 < declared.len()).then_some(body.text.as_str())
}

/// Whether a paragraph can be the excerpt: it holds a letter (in any
/// script), not only a price or a figure ("$ 149.99").
fn has_letters(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks;

    #[test]
    fn the_excerpt_is_words_outside_layout_cells() {
        let excerpt_of = |html: &str| {
            let doc = dom::parse(html, 10_000, 100).unwrap();
            let compiled = Compiled::new();
            let classes = compiled.tokens.classify(&doc);
            let pruned = prune::prune(&doc, &classes, &compiled, prune::Mode::Full, false);
            excerpt(&doc, &blocks::build(&doc, &pruned, &compiled))
        };
        // A layout table: a cell holds a block (a logo), so each cell's
        // text is a paragraph of its own.
        let layout = "<table><tr><td>Fables &gt; Aesop</td><td><div><img src='logo.png'></div></td></tr></table>";
        let cell = format!("{layout}<p>The dog saw another dog below.</p>");
        assert_eq!(excerpt_of(&cell).as_deref(), Some("The dog saw another dog below."));
        let price = "<div><p>$ 149.99</p><p>A compact hedge trimmer.</p></div>";
        assert_eq!(excerpt_of(price).as_deref(), Some("A compact hedge trimmer."));
        // A cell is the excerpt when nothing else is.
        assert_eq!(excerpt_of(layout).as_deref(), Some("Fables > Aesop"));
    }

    /// What the pre-scan removes (script and style text, SVG markup,
    /// unread attributes) must never change an extraction: every authored
    /// page extracts the same from its whole markup.
    #[test]
    fn elision_changes_no_output_on_the_corpus() {
        let e = Extractor::new(Options::new().with_links(true).with_images(true));
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let (mut pages, mut with_attributes) = (0, 0);
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let Ok(bytes) = std::fs::read(entry.path().join("page.html")) else {
                continue;
            };
            let Ok(text) = decode::decode(&bytes, None) else {
                continue;
            };
            let whole = dom::parse(&text, e.options.max_nodes(), e.options.max_depth()).map(|doc| Parsed { doc });
            let (Ok(whole), Ok(elided)) = (whole, e.parse(&text)) else {
                continue;
            };
            assert_eq!(
                e.extract_parsed(&whole),
                e.extract_parsed(&elided),
                "{:?}",
                entry.path()
            );
            pages += 1;
            let elisions = prescan::scan(&text, 500, 500).elisions;
            with_attributes += elisions.iter().any(|e| e.kind == prescan::ElisionKind::Attribute) as usize;
        }
        assert!(pages >= 40, "only {pages} corpus pages read");
        // Markup the tokenizer reads in odd ways, each with a paragraph and
        // an attribute that matters around the one that goes.
        for html in [
            "<p data-x='a>b' class=hidden-xs>Odd quotes in a tag keep the paragraph's class.</p>",
            "<p data-x= =\"a b>Unquoted values that hold quotes end at white space.\" class=x</p>",
            "<p title=\"t\"style=\"display:none\">Hidden by a style right after a quoted value.</p><p>Shown.</p>",
            "<iframe><p data-x=1 hidden>raw text</p></iframe><p>After a frame, a paragraph of text.</p>",
            "<svg><title>t</title><p data-x=1 aria-hidden=true>Out of SVG, into HTML again.</p></svg>",
            "<p/data-x/hidden>Slashes between attributes.</p><a href=/x/ data-y=1>link text here</a>",
        ] {
            let whole = dom::parse(html, e.options.max_nodes(), e.options.max_depth()).map(|doc| Parsed { doc });
            let (Ok(whole), Ok(elided)) = (whole, e.parse(html)) else {
                panic!("{html}: not parsed");
            };
            assert_eq!(e.extract_parsed(&whole), e.extract_parsed(&elided), "{html}");
        }
        assert!(
            with_attributes >= pages / 2,
            "unread attributes on {with_attributes} of {pages} pages"
        );
    }
}
