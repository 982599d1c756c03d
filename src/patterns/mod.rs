//! Every tag set, class/id token and phrase list the pipeline uses, in one
//! place: tags and class/id tokens here, phrases of text in [`phrases`],
//! the wording of error and wall pages in [`verdicts`].
//! Lists hold across publishers and languages (English, German, French,
//! Spanish, Russian at least); none names a site.

mod phrases;
mod verdicts;
pub(crate) use phrases::{
    BYLINE_PREFIXES, CALLS_TO_ACTION, CHROME_LINES, CHROME_PHRASES, COUNTER_LABELS, CREDIT_ROLES, MEMBER_STAT_LABELS,
    RESULT_LABELS, RESULT_WORDS, SCRIPT_DATE_KEYS, SHARE_NETWORKS, SHARE_WORDS,
};
pub(crate) use verdicts::{BLOCKED_PHRASES, COOKIE_WALL_PHRASES, ERROR_PHRASES, PAYWALL_PHRASES};

/// Elements whose whole subtree is never content.
pub(crate) const NEVER_CONTENT_TAGS: &[&str] = &[
    "script", "style", "template", "svg", "math", "iframe", "object", "embed", "canvas", "select", "option", "button",
    "input", "textarea", "label", "dialog", "head", "title", "meta", "link", "audio", "video", "map", "area",
];

/// Structural chrome elements, dropped unless they hold most of the page's text.
pub(crate) const CHROME_TAGS: &[&str] = &["nav", "aside", "footer", "header", "menu", "form"];

/// ARIA roles of chrome, read like [`CHROME_TAGS`]: the landmarks those
/// elements stand for, menus, toolbars, dialogs, and notes ancillary to the
/// content ("See also: ..."). Not `tablist`: frameworks put it on accordion
/// groups that hold the content.
pub(crate) const CHROME_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
    "toolbar",
    "dialog",
    "alertdialog",
    "note",
];

/// Elements that start a new block of text.
pub(crate) const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "ul",
    "caption",
    "br",
    "img",
    "picture",
    "td",
    "th",
    "listing",
    "xmp",
    "plaintext",
];

/// Class/id tokens of chrome containers, dropped unless they hold most of
/// the page's text; [`RELATED_TOKENS`] are chrome too.
pub(crate) const CHROME_TOKENS: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "footer",
    "sidebar",
    "share",
    "sharing",
    "social",
    "sociallinks",
    "promo",
    "advert",
    "advertisement",
    "ads",
    "ad",
    "adsense",
    "sponsor",
    "sponsored",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "popup",
    "modal",
    "masthead",
    "toolbar",
    "skip-link",
    "skip-links",
    "skip-to-content",
    "pagination",
    "pager",
    "disqus",
    "outbrain",
    "taboola",
    "rss",
    "tagcloud",
    "login",
    "respond",
    "byline",
    "dateline",
    "jumplinks",
    "table-of-contents",
    "toc-container",
    "sharebar",
    "share-buttons",
    "sharedaddy",
    "sharethis",
    "addtoany",
    "follow",
    "tags",
    "taglist",
    "author-box",
    "authorbox",
    "bio",
    "comment-form",
    "commentform",
    "topbar",
    "offcanvas",
    "drawer",
    "newsletter-signup",
    "trending",
    "popular",
    "most-read",
    "mostread",
    "more-stories",
    "read-next",
    "readnext",
    "upsell",
    "paywall",
    "visually-hidden",
    "sr-only",
    "screen-reader-text",
    "skiplink",
    "signature",
    "disclaimer",
    "legal",
];

/// Class/id tokens that mark weakly negative containers (scored down, not dropped).
pub(crate) const NEGATIVE_TOKENS: &[&str] = &[
    "meta",
    "tag",
    "category",
    "banner",
    "widget",
    "categories",
    "author",
    "date",
    "timestamp",
    "caption",
    "credit",
    "header",
    "aside",
    "teaser",
    "card",
    "list",
    "links",
    "comment",
    "comments",
    "footnote",
    "extra",
    "secondary",
];

/// Class/id tokens of content containers.
pub(crate) const POSITIVE_TOKENS: &[&str] = &[
    "article",
    "content",
    "entry",
    "post",
    "body",
    "main",
    "story",
    "text",
    "blog",
    "prose",
    "markdown",
    "documentation",
    "docs",
    "richtext",
    "rich",
    "page",
    "hentry",
    "instapaper",
    "articlebody",
    "description",
];

/// Class/id tokens of readers' comment sections.
pub(crate) const COMMENT_TOKENS: &[&str] = &["comment", "comments", "commentlist", "disqus", "replies", "respond"];

/// Class/id tokens of bylines and author boxes.
pub(crate) const BYLINE_TOKENS: &[&str] = &[
    "byline",
    "author",
    "by-line",
    "authorname",
    "autor",
    "auteur",
    "autore",
    "signature",
    "writer",
];

/// Class/id tokens of an element holding a user's name (a forum post's
/// author). Classes only flag candidates (a token's parts count too); the
/// metadata reader then requires a whole class token.
pub(crate) const USER_NAME_TOKENS: &[&str] = &["username", "user-name", "poster", "postauthor", "post-author"];

/// Class/id tokens of customers' reviews, readers' contributions on a
/// product page (like comments, not its content).
pub(crate) const REVIEW_TOKENS: &[&str] = &["review", "reviews"];

/// `og:type` values of a product page (lowercase).
pub(crate) const PRODUCT_OG_TYPES: &[&str] = &["product", "og:product", "product.item", "product.group"];

/// Class tokens of testimonials: customers' words a seller chose and
/// displays as part of its pitch (content of a landing page, unlike reviews).
pub(crate) const TESTIMONIAL_TOKENS: &[&str] = &["testimonial", "testimonials"];

/// Whole class words of a tab's panel, as frameworks name it (Bootstrap's
/// `tab-pane`) without `role="tabpanel"`: hidden until its tab is chosen,
/// content as a tab panel is.
pub(crate) const TAB_PANEL_CLASSES: &[&str] = &[
    "tab-pane",
    "tabpane",
    "tab-panel",
    "tabpanel",
    "tabs-panel",
    "tab_panel",
    "tabs__panel",
];

/// Class words (or `-`/`_` parts of one) of a FAQ's answer, which a script
/// shows when its question is clicked: content though hidden.
pub(crate) const ANSWER_TOKENS: &[&str] = &["answer", "answers"];

/// Class/id tokens of a consent manager's notice or settings dialog: never
/// content, however much of the page's prose its descriptions of cookies
/// make up (a listing's short items beside them).
pub(crate) const CONSENT_TOKENS: &[&str] = &["consent", "gdpr"];

/// Class tokens of related or recommended items: chrome beside an article
/// (flagged as [`CHROME_TOKENS`] are), but on a page with nothing else, its
/// content.
pub(crate) const RELATED_TOKENS: &[&str] = &[
    "related",
    "relatedposts",
    "relatedarticles",
    "relatedstories",
    "relatedlinks",
    "yarpp",
    "recommended",
    "recommendations",
    "recirculation",
];

/// Labels of where a forum member lives, read only in a member's profile
/// list beside a post (see [`MEMBER_STAT_LABELS`]). Lowercase.
pub(crate) const MEMBER_PLACE_LABELS: &[&str] = &["location", "wohnort", "localisation", "ubicación", "откуда"];

/// Class/id words of a picture's caption or credit line (`wp-caption-text`,
/// `photo-credit`).
pub(crate) const CAPTION_TOKENS: &[&str] = &["caption", "credit"];

/// Class/id tokens of dates and timestamps.
pub(crate) const DATE_TOKENS: &[&str] = &[
    "date",
    "datum",
    "fecha",
    "published",
    "pubdate",
    "timestamp",
    "dateline",
    "posted",
    "time",
    "datetime",
];
