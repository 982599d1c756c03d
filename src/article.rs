//! The output types: [`Article`] (content blocks, metadata, verdict) and its parts.

use serde::Serialize;

/// What pith found on a page: the main content as [`Block`]s, the page's
/// [`Metadata`] and a [`Verdict`] on what kind of page it is.
///
/// ```
/// let page = "<html><head><title>Hello | Site</title></head><body><article>\
///             <h1>Hello</h1><p>First paragraph of a real article, long enough to count.</p>\
///             <p>Second paragraph, also with enough words to be content.</p></article></body></html>";
/// let article = pith::extract(page, &pith::Options::new()).unwrap();
/// assert_eq!(article.metadata.title.as_deref(), Some("Hello"));
/// assert!(article.text().starts_with("First paragraph"));
/// assert_eq!(article.verdict, pith::Verdict::Article);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Article {
    /// Title, authors, dates and the rest, read before anything was removed.
    pub metadata: Metadata,
    /// The main content, in document order.
    pub blocks: Vec<Block>,
    /// What kind of page this is: article, error page, wall...
    pub verdict: Verdict,
    /// What kind of content page this is: article, forum, product...
    pub page_type: crate::PageType,
    /// A short, human-readable reason for the verdict.
    pub reason: String,
}

impl Article {
    /// The content as plain text: one block a paragraph, separated by blank
    /// lines; table cells separated by ` | `.
    ///
    /// ```
    /// let a = pith::extract("<article><p>One two three four five six seven.</p><p>Eight nine ten eleven twelve.</p></article>", &pith::Options::new()).unwrap();
    /// assert_eq!(a.text(), "One two three four five six seven.\n\nEight nine ten eleven twelve.");
    /// ```
    pub fn text(&self) -> String {
        crate::render::text(&self.blocks)
    }

    /// The content as Markdown (headings, lists, quotes, fenced code, tables,
    /// and links or images where the options kept them).
    ///
    /// ```
    /// let a = pith::extract("<article><h2>Part</h2><p>Some words of the article body here.</p></article>", &pith::Options::new()).unwrap();
    /// assert!(a.markdown().starts_with("## Part"));
    /// ```
    pub fn markdown(&self) -> String {
        crate::render::markdown(&self.blocks)
    }

    /// The content as clean HTML: only structural tags, no attributes but
    /// `href`, `src` and `alt`.
    ///
    /// ```
    /// let a = pith::extract("<article><p class=x>Some words of the article body here.</p></article>", &pith::Options::new()).unwrap();
    /// assert_eq!(a.html(), "<p>Some words of the article body here.</p>\n");
    /// ```
    pub fn html(&self) -> String {
        crate::render::html(&self.blocks)
    }

    /// The whole article as a JSON object: `metadata`, `blocks`, `verdict`,
    /// `reason` and the plain `text`.
    ///
    /// ```
    /// let a = pith::extract("<p>Hello there, this is a page.</p>", &pith::Options::new()).unwrap();
    /// assert!(a.json().contains("\"verdict\":\"article\""));
    /// ```
    pub fn json(&self) -> String {
        crate::render::json(self)
    }
}

/// Metadata of the page. Every field is optional: pith reports only what the
/// page says or plainly shows.
///
/// ```
/// let page = r#"<html lang="de"><head><meta property="og:site_name" content="Beispiel"></head><body><p>Text.</p></body></html>"#;
/// let m = pith::extract(page, &pith::Options::new()).unwrap().metadata;
/// assert_eq!(m.site_name.as_deref(), Some("Beispiel"));
/// assert_eq!(m.language.as_deref(), Some("de"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Metadata {
    /// The article's own title, without the site name.
    pub title: Option<String>,
    /// The people who wrote it, one name each.
    pub authors: Vec<String>,
    /// Date of publication, ISO 8601 (`2025-01-15`, or with a time when the
    /// page gives one); the date of last modification when the page shows
    /// no publication date.
    pub date: Option<String>,
    /// Date of last modification, ISO 8601.
    pub date_modified: Option<String>,
    /// The publication or site name.
    pub site_name: Option<String>,
    /// A one-paragraph description or excerpt.
    pub description: Option<String>,
    /// The page's language as a BCP 47 tag (`en`, `pt-BR`).
    pub language: Option<String>,
    /// The canonical URL, absolute when a base URL was known.
    pub url: Option<String>,
    /// The lead image URL.
    pub image: Option<String>,
    /// Tags, keywords and sections.
    pub tags: Vec<String>,
    /// The content's license URL or name, when declared.
    pub license: Option<String>,
}

/// One unit of content: a heading, paragraph, list item, quote, code block,
/// table row or image.
///
/// ```
/// let a = pith::extract("<article><h3>Sub</h3><ul><li>One item of a list here</li></ul></article>", &pith::Options::new()).unwrap();
/// assert_eq!(a.blocks[0].kind, pith::BlockKind::Heading(3));
/// assert_eq!(a.blocks[1].kind, pith::BlockKind::ListItem);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// Its text, white space folded (kept as is in code).
    pub text: String,
    /// For a table row: the text of each cell.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cells: Vec<String>,
    /// Hyperlinks within `text` (only when links are kept).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    /// For an image: its URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub src: Option<String>,
}

impl Block {
    /// A paragraph of plain text.
    pub(crate) fn paragraph(text: String) -> Self {
        Block {
            kind: BlockKind::Paragraph,
            text,
            cells: Vec::new(),
            links: Vec::new(),
            src: None,
        }
    }
}

/// The kind of a [`Block`].
///
/// ```
/// assert_eq!(pith::BlockKind::Heading(2), pith::BlockKind::Heading(2));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BlockKind {
    /// A heading of level 1 to 6.
    Heading(u8),
    /// A paragraph of prose.
    Paragraph,
    /// One item of a list.
    ListItem,
    /// A quotation.
    Quote,
    /// Preformatted code or text.
    Code,
    /// One row of a table; see [`Block::cells`].
    TableRow,
    /// An image; see [`Block::src`] (its alt text is the block's text).
    Image,
}

/// A hyperlink inside a block's text, as byte offsets into [`Block::text`].
///
/// ```
/// let a = pith::extract(r#"<article><p>Read <a href="/x">the report</a> of the committee today.</p></article>"#,
///     &pith::Options::new().with_links(true).with_base_url("https://example.com/")).unwrap();
/// let link = &a.blocks[0].links[0];
/// assert_eq!(&a.blocks[0].text[link.start..link.end], "the report");
/// assert_eq!(link.href, "https://example.com/x");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Link {
    /// Start of the link text in the block text.
    pub start: usize,
    /// End (exclusive) of the link text.
    pub end: usize,
    /// The target, resolved against the base URL when one is known.
    pub href: String,
}

/// What kind of page this is.
///
/// ```
/// let a = pith::extract("", &pith::Options::new()).unwrap();
/// assert_eq!(a.verdict, pith::Verdict::Empty);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Verdict {
    /// Real content was found (an error banner beside it does not change that).
    Article,
    /// A "not found", "forbidden" or server-error page served with content.
    ErrorPage,
    /// A captcha, bot check, access-denied or rate-limit page.
    Blocked,
    /// The content is hidden behind a cookie or consent wall.
    CookieWall,
    /// The content is hidden behind a subscription wall.
    Paywall,
    /// No main content.
    Empty,
}

impl Verdict {
    /// The verdict's name as it appears in JSON (`article`, `error_page`, ...).
    ///
    /// ```
    /// assert_eq!(pith::Verdict::CookieWall.as_str(), "cookie_wall");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Verdict::Article => "article",
            Verdict::ErrorPage => "error_page",
            Verdict::Blocked => "blocked",
            Verdict::CookieWall => "cookie_wall",
            Verdict::Paywall => "paywall",
            Verdict::Empty => "empty",
        }
    }
}
