//! [`Options`]: what to keep in the output and the limits that bound the work.

/// Default for [`Options::with_max_input_bytes`]: 64 MiB.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;
/// Default for [`Options::with_max_nodes`]: 2,000,000 nodes.
pub const DEFAULT_MAX_NODES: usize = 2_000_000;
/// Default for [`Options::with_max_depth`]: 512 levels.
pub const DEFAULT_MAX_DEPTH: usize = 512;
/// Default for [`Options::with_max_nesting`]: 4096 open elements.
pub const DEFAULT_MAX_NESTING: usize = 4096;
/// Most attributes one element may carry: input with more is an
/// [`ErrorKind::TooManyAttributes`](crate::ErrorKind::TooManyAttributes)
/// (the parser's cost grows with the square of an element's attributes).
pub const MAX_ATTRIBUTES: usize = 4096;
/// Default for [`Options::with_min_text`]: 0 characters.
pub const DEFAULT_MIN_TEXT: usize = 0;

/// Settings for one extraction. Build with [`Options::new`] and the `with_*`
/// setters; every setter's doc ends with its default.
///
/// Options change what is *rendered*, never which part of the page is
/// selected as content.
///
/// ```
/// use pith::Options;
/// let opts = Options::new()
///     .with_base_url("https://example.com/news/")
///     .with_links(true)
///     .with_max_nodes(500_000);
/// assert!(opts.links());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    base_url: Option<String>,
    charset: Option<String>,
    links: bool,
    images: bool,
    tables: bool,
    comments: bool,
    min_text: usize,
    max_input_bytes: usize,
    max_nodes: usize,
    max_depth: usize,
    max_nesting: usize,
}

impl Default for Options {
    fn default() -> Self {
        Self::new()
    }
}

impl Options {
    /// The defaults: no base URL, no charset hint, links and images dropped,
    /// tables kept, comment sections dropped, default limits.
    ///
    /// ```
    /// let opts = pith::Options::new();
    /// assert!(opts.tables() && !opts.links());
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        Options {
            base_url: None,
            charset: None,
            links: false,
            images: false,
            tables: true,
            comments: false,
            min_text: DEFAULT_MIN_TEXT,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            max_nodes: DEFAULT_MAX_NODES,
            max_depth: DEFAULT_MAX_DEPTH,
            max_nesting: DEFAULT_MAX_NESTING,
        }
    }

    /// The page's own URL, against which relative links, images and the
    /// canonical URL are resolved. Default: none (a `<base href>` is used when present).
    ///
    /// ```
    /// let opts = pith::Options::new().with_base_url("https://example.com/a/");
    /// assert_eq!(opts.base_url(), Some("https://example.com/a/"));
    /// ```
    #[must_use]
    pub fn with_base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// A transport charset (as from an HTTP `Content-Type` header), any
    /// WHATWG label. Used by [`extract_bytes`](crate::extract_bytes) after a
    /// byte-order mark and before `<meta charset>`. An unknown label is an
    /// [`ErrorKind::UnknownCharset`](crate::ErrorKind::UnknownCharset). Default: none.
    ///
    /// ```
    /// let opts = pith::Options::new().with_charset("windows-1251");
    /// assert_eq!(opts.charset(), Some("windows-1251"));
    /// ```
    #[must_use]
    pub fn with_charset(mut self, label: impl Into<String>) -> Self {
        self.charset = Some(label.into());
        self
    }

    /// Keep hyperlinks in the Markdown and HTML renderings. Default: `false`.
    ///
    /// ```
    /// assert!(pith::Options::new().with_links(true).links());
    /// ```
    #[must_use]
    pub const fn with_links(mut self, keep: bool) -> Self {
        self.links = keep;
        self
    }

    /// Keep images of the content as image blocks. Default: `false`.
    ///
    /// ```
    /// assert!(pith::Options::new().with_images(true).images());
    /// ```
    #[must_use]
    pub const fn with_images(mut self, keep: bool) -> Self {
        self.images = keep;
        self
    }

    /// Keep tables of the content as table rows. Default: `true`.
    ///
    /// ```
    /// assert!(!pith::Options::new().with_tables(false).tables());
    /// ```
    #[must_use]
    pub const fn with_tables(mut self, keep: bool) -> Self {
        self.tables = keep;
        self
    }

    /// Keep readers' comment sections that follow the content. Default: `false`.
    ///
    /// ```
    /// assert!(pith::Options::new().with_comments(true).comments());
    /// ```
    #[must_use]
    pub const fn with_comments(mut self, keep: bool) -> Self {
        self.comments = keep;
        self
    }

    /// Fewer characters of content than this make the verdict
    /// [`Verdict::Empty`](crate::Verdict::Empty). Default: [`DEFAULT_MIN_TEXT`].
    ///
    /// ```
    /// assert_eq!(pith::Options::new().with_min_text(100).min_text(), 100);
    /// ```
    #[must_use]
    pub const fn with_min_text(mut self, chars: usize) -> Self {
        self.min_text = chars;
        self
    }

    /// Largest input accepted, in bytes; larger input is an
    /// [`ErrorKind::InputTooLarge`](crate::ErrorKind::InputTooLarge). Default: [`DEFAULT_MAX_INPUT_BYTES`].
    ///
    /// ```
    /// assert_eq!(pith::Options::new().with_max_input_bytes(1 << 20).max_input_bytes(), 1 << 20);
    /// ```
    #[must_use]
    pub const fn with_max_input_bytes(mut self, bytes: usize) -> Self {
        self.max_input_bytes = bytes;
        self
    }

    /// Most DOM nodes accepted; more is an
    /// [`ErrorKind::TooManyNodes`](crate::ErrorKind::TooManyNodes). Default: [`DEFAULT_MAX_NODES`].
    ///
    /// ```
    /// assert_eq!(pith::Options::new().with_max_nodes(1000).max_nodes(), 1000);
    /// ```
    #[must_use]
    pub const fn with_max_nodes(mut self, nodes: usize) -> Self {
        self.max_nodes = nodes;
        self
    }

    /// Deepest element nesting kept as structure; elements nested deeper are
    /// flattened into their ancestor at this depth (their text is kept).
    /// Default: [`DEFAULT_MAX_DEPTH`].
    ///
    /// ```
    /// assert_eq!(pith::Options::new().with_max_depth(64).max_depth(), 64);
    /// ```
    #[must_use]
    pub const fn with_max_depth(mut self, depth: usize) -> Self {
        self.max_depth = depth;
        self
    }

    /// Most open elements the markup may nest (by a linear scan before
    /// parsing: start tags less end tags, not counting void elements and
    /// those whose end tag the parser implies); deeper markup is an
    /// [`ErrorKind::TooDeep`](crate::ErrorKind::TooDeep). Parsing cost grows
    /// with the square of the nesting, so this bounds the time any input
    /// takes. Default: [`DEFAULT_MAX_NESTING`].
    ///
    /// ```
    /// assert_eq!(pith::Options::new().with_max_nesting(100).max_nesting(), 100);
    /// ```
    #[must_use]
    pub const fn with_max_nesting(mut self, elements: usize) -> Self {
        self.max_nesting = elements;
        self
    }

    /// See [`Options::with_max_nesting`].
    ///
    /// ```
    /// assert_eq!(pith::Options::new().max_nesting(), pith::DEFAULT_MAX_NESTING);
    /// ```
    pub const fn max_nesting(&self) -> usize {
        self.max_nesting
    }

    /// See [`Options::with_base_url`].
    ///
    /// ```
    /// assert_eq!(pith::Options::new().base_url(), None);
    /// ```
    pub fn base_url(&self) -> Option<&str> {
        self.base_url.as_deref()
    }

    /// See [`Options::with_charset`].
    ///
    /// ```
    /// assert_eq!(pith::Options::new().charset(), None);
    /// ```
    pub fn charset(&self) -> Option<&str> {
        self.charset.as_deref()
    }

    /// See [`Options::with_links`].
    ///
    /// ```
    /// assert!(!pith::Options::new().links());
    /// ```
    pub const fn links(&self) -> bool {
        self.links
    }

    /// See [`Options::with_images`].
    ///
    /// ```
    /// assert!(!pith::Options::new().images());
    /// ```
    pub const fn images(&self) -> bool {
        self.images
    }

    /// See [`Options::with_tables`].
    ///
    /// ```
    /// assert!(pith::Options::new().tables());
    /// ```
    pub const fn tables(&self) -> bool {
        self.tables
    }

    /// See [`Options::with_comments`].
    ///
    /// ```
    /// assert!(!pith::Options::new().comments());
    /// ```
    pub const fn comments(&self) -> bool {
        self.comments
    }

    /// See [`Options::with_min_text`].
    ///
    /// ```
    /// assert_eq!(pith::Options::new().min_text(), pith::DEFAULT_MIN_TEXT);
    /// ```
    pub const fn min_text(&self) -> usize {
        self.min_text
    }

    /// See [`Options::with_max_input_bytes`].
    ///
    /// ```
    /// assert_eq!(pith::Options::new().max_input_bytes(), pith::DEFAULT_MAX_INPUT_BYTES);
    /// ```
    pub const fn max_input_bytes(&self) -> usize {
        self.max_input_bytes
    }

    /// See [`Options::with_max_nodes`].
    ///
    /// ```
    /// assert_eq!(pith::Options::new().max_nodes(), pith::DEFAULT_MAX_NODES);
    /// ```
    pub const fn max_nodes(&self) -> usize {
        self.max_nodes
    }

    /// See [`Options::with_max_depth`].
    ///
    /// ```
    /// assert_eq!(pith::Options::new().max_depth(), pith::DEFAULT_MAX_DEPTH);
    /// ```
    pub const fn max_depth(&self) -> usize {
        self.max_depth
    }
}
