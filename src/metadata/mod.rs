//! Reads the page's metadata before anything is removed. Takes the whole
//! [`Document`] and the base URL; returns [`Metadata`] plus the headings the
//! later stages need. Sources, most trusted first per field: JSON-LD,
//! OpenGraph / Twitter / Dublin Core / named `<meta>` tags, microdata
//! (`itemprop`), `<time>`, byline elements, `<title>` against `<h1>`, the URL.

mod authors;
mod dates;
mod title;

pub(crate) use dates::normalize as normalize_date;
mod json_ld;

use html5ever::{local_name, LocalName};
use url::Url;

use crate::article::{Block, Metadata};
use crate::chrome::phrases::Dictionaries;
use crate::classes::{class_has, Class, Classes};
use crate::dom::{Document, NodeId, NodeMap};
use crate::patterns::USER_NAME_TOKENS;
use authors::{by_text, split_names, Trust, AUTHOR_PATHS, MAX_NAME_CHARS};
use dates::{script_date, visible_date};
use json_ld::{is_discussion_type, is_product_type};
use title::{choose_title, title_suffix};

/// What the page declares, gathered in one pass.
#[derive(Default)]
struct Sources {
    /// Every `<meta>` with a key and content.
    meta: Vec<Meta>,
    title: Option<String>,
    h1: Vec<String>,
    /// The label word before the first `<h1>`'s title ("Thread:"; see
    /// [`split_label`]): no part of the title, but a sign of the page's type.
    h1_label: String,
    scripts: Vec<String>,
    canonical: Option<String>,
    license: Option<String>,
    lang: Option<String>,
    base: Option<String>,
    time: Option<String>,
    itemprop_author: Vec<String>,
    /// The text of the first element whose class names a user (`username`):
    /// on a forum, the author of the first post.
    user_name: Option<String>,
    /// The first `data-author` (or `data-author-name`, `data-poster-name`)
    /// attribute: forum and comment software name each post's author there.
    data_author: Option<String>,
    /// Text of the first links to an author page (`/author/name`), and of the
    /// element after a standalone "By".
    author_links: Vec<String>,
    by_text: Option<String>,
    /// The first element (not `<meta>`) whose `itemprop` is `datePublished`
    /// or `dateCreated`: a thread's question comes before its comments.
    itemprop_date: Option<String>,
    /// The text of the first byline element (class `byline`, `author`...,
    /// or `rel=author`), and of the first that names someone.
    byline: Option<String>,
    byline_names: Option<String>,
    /// Every `citation_author` (scholarly pages name each author in one).
    citation_authors: Vec<String>,
    /// The first short text of an element whose class names a date, that
    /// reads as a date, outside readers' comments.
    dateline: Option<String>,
    /// The first short visible text that reads as a date, and the first that
    /// also says it is a publication date ("Published on ...").
    text_date: Option<String>,
    published_text_date: Option<String>,
    /// The first short visible date labelled as an update ("Updated May 6,
    /// 2025"): the page's date when it shows no other.
    updated_text_date: Option<String>,
    /// A publication date named by a key in a script's data (`"datePublished": "..."`).
    script_date: Option<String>,
    /// A microdata item (`itemtype`) declares a discussion (see [`is_discussion_type`]).
    microdata_discussion: bool,
    /// A microdata item (`itemtype`) declares a product (see [`is_product_type`]).
    microdata_product: bool,
    headline: dates::Headline,
}

/// Metadata plus what later stages use.
pub(crate) struct Read {
    pub metadata: Metadata,
    /// The schema.org type of the main JSON-LD entity and the `og:type`, lowercased.
    pub schema_type: Option<String>,
    /// Every schema.org type the JSON-LD declares, lowercased.
    pub schema_types: Vec<String>,
    pub og_type: Option<String>,
    /// `<title>` and the first `<h1>` (its label word too), lowercased, for
    /// the verdict and the page type.
    pub heading: String,
    /// The `<title>` as the page wrote it, site name and all.
    pub page_title: Option<String>,
    /// The first title the page declares, its headings aside (see
    /// [`title::Titles`]): a landing page's name, where its heading is a
    /// tagline.
    pub declared_title: Option<String>,
    /// The structured data (JSON-LD or microdata) declares a discussion
    /// (see [`is_discussion_type`]).
    pub declares_discussion: bool,
    /// A microdata item declares a product (see [`Read::declares_product`]).
    microdata_product: bool,
    /// The URL relative links resolve against.
    pub base: Option<Url>,
    /// Text the page declares as its content, one paragraph per line: the
    /// fallback when the markup yields nothing (pages rendered by scripts).
    pub declared_body: Option<Declared>,
}

/// Text a page declares as its content outside its markup.
pub(crate) struct Declared {
    pub text: String,
    pub source: DeclaredIn,
}

/// Where a page declares its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DeclaredIn {
    /// JSON-LD `articleBody`, else the entity's description.
    StructuredData,
    /// A `<meta>` description cut short: the beginning of the page's text.
    Description,
}

impl DeclaredIn {
    /// What a verdict's reason adds about text from here.
    pub(crate) fn note(self) -> &'static str {
        match self {
            DeclaredIn::StructuredData => " (in the page's structured data; its markup holds none)",
            DeclaredIn::Description => " (only its beginning, quoted by its description; its markup holds none)",
        }
    }
}

/// The `<meta>` keys of a description, most trusted first.
const DESCRIPTION_KEYS: &[&str] = &[
    "dc.description",
    "dcterms.description",
    "og:description",
    "description",
    "twitter:description",
];

/// When one of the page's `<meta>` descriptions is cut short ("..."), the
/// longest of them (the first, on a tie): a cut description excerpts the
/// page's own text, the most of it a page holds when its markup holds none
/// (a thread its scripts render).
fn cut_description(meta: &[Meta]) -> Option<String> {
    let descriptions: Vec<String> = meta
        .iter()
        .filter(|m| DESCRIPTION_KEYS.contains(&m.key.as_str()))
        .map(Meta::text)
        .collect();
    let cut = descriptions.iter().any(|d| {
        let d = d.trim_end();
        d.ends_with('…') || d.ends_with("...")
    });
    cut.then(|| {
        descriptions
            .into_iter()
            .reduce(|a, b| if b.chars().count() > a.chars().count() { b } else { a })
    })
    .flatten()
}

/// Reads the metadata of `doc`; see the module docs.
pub(crate) fn read(doc: &Document, classes: &Classes, dicts: &Dictionaries, base_url: Option<&str>) -> Read {
    let s = gather(doc, classes, dicts);
    let ld = json_ld::read(s.scripts.iter().map(String::as_str));
    // A `property` (Open Graph, RDFa) outranks a `name` spelling the same key.
    let meta = |keys: &[&str]| -> Option<String> {
        keys.iter().find_map(|k| {
            s.meta
                .iter()
                .filter(|m| m.key == *k && !m.value.trim().is_empty())
                .min_by_key(|m| !m.property)
                .map(Meta::text)
        })
    };
    let base = base_url
        .and_then(|b| Url::parse(b).ok())
        .map(|b| match s.base.as_deref() {
            Some(href) => b.join(href).unwrap_or(b),
            None => b,
        })
        .or_else(|| s.base.as_deref().and_then(|b| Url::parse(b).ok()));
    let url = s
        .canonical
        .clone()
        .or_else(|| meta(&["og:url"]))
        .or(ld.url.clone())
        .and_then(|u| resolve(base.as_ref(), &u));
    let base = base.or_else(|| url.as_deref().and_then(|u| Url::parse(u).ok()));

    let site_name = meta(&["og:site_name"])
        .or(ld.site_name.clone())
        .or(ld.publisher.clone())
        .or_else(|| meta(&["application-name", "apple-mobile-web-app-title", "twitter:site"]))
        .filter(|n| !n.starts_with('@') && n.chars().count() < 100);

    let host = base
        .as_ref()
        .and_then(|b| b.host_str())
        .map(|h| h.trim_start_matches("www.").to_owned());
    let titles = choose_title(&s, &ld, site_name.as_deref(), host.as_deref(), &meta);
    let title = titles.chosen;
    let site_name = site_name.or_else(|| title_suffix(s.title.as_deref(), title.as_deref()));
    let site_name = site_name.or(host);

    let mut authors: Vec<String> = Vec::new();
    // (names, how far the source is trusted to hold names only), best first
    let author_sources = [
        (ld.authors.clone(), Trust::Field),
        (
            meta(&[
                "dc.creator",
                "dcterms.creator",
                "author",
                "article:author",
                "parsely-author",
                "sailthru.author",
                "byl",
            ])
            .into_iter()
            .collect(),
            Trust::Field,
        ),
        (s.citation_authors.clone(), Trust::Field),
        (s.itemprop_author.clone(), Trust::Field),
        (s.author_links.clone(), Trust::Element),
        (s.by_text.clone().into_iter().collect(), Trust::Text),
        (s.byline_names.clone().into_iter().collect(), Trust::Element),
        // Posts' authors come last: on an article they are commenters'.
        (s.data_author.clone().into_iter().collect(), Trust::Field),
        (s.user_name.clone().into_iter().collect(), Trust::Element),
    ];
    let not_site = |name: &str| {
        let key = crate::chrome::dedup_key(name);
        ![site_name.as_deref(), ld.publisher.as_deref()]
            .into_iter()
            .flatten()
            .any(|s| crate::chrome::dedup_key(s) == key)
    };
    // The organisation itself is named only when no person is, and a role
    // ("Staff Writer") only when not even the organisation is.
    let mut organisation: Vec<String> = Vec::new();
    let mut roles: Vec<String> = Vec::new();
    for (source, trust) in author_sources {
        for raw in source {
            let names = split_names(&raw, trust);
            for name in names.people {
                let list = if not_site(&name) {
                    &mut authors
                } else {
                    &mut organisation
                };
                if !list.iter().any(|a| a.eq_ignore_ascii_case(&name)) {
                    list.push(name);
                }
            }
            if roles.is_empty() {
                roles = names.roles;
            }
        }
        if !authors.is_empty() {
            break;
        }
    }
    if authors.is_empty() {
        authors = if organisation.is_empty() { roles } else { organisation };
    }

    let date_modified = ld.date_modified.as_deref().and_then(dates::normalize).or_else(|| {
        meta(&[
            "article:modified_time",
            "og:updated_time",
            "datemodified",
            "last-modified",
            "dcterms.modified",
        ])
        .and_then(|d| dates::normalize(&d))
    });
    // Declared by the publisher: kept as it is, even when after the declared
    // modified date (a post scheduled after its last edit).
    let declared_date = ld
        .date_published
        .as_deref()
        .and_then(dates::normalize)
        .or_else(|| {
            meta(&[
                "article:published_time",
                "datepublished",
                "og:published_time",
                "pubdate",
                "publishdate",
                "publish-date",
                "publish_date",
                "published-date",
                "published_date",
                "publication_date",
                "date",
                "dc.date",
                "dc.date.issued",
                "dcterms.created",
                "dcterms.date",
                "sailthru.date",
                "parsely-pub-date",
                "article.published",
                "citation_publication_date",
                "published",
                "article:published",
                "datecreated",
            ])
            .and_then(|d| dates::normalize(&d))
        })
        .or_else(|| s.itemprop_date.as_deref().and_then(dates::normalize));
    let date = dates::page_date(&s, declared_date, date_modified.as_deref(), url.as_deref());

    let description = meta(DESCRIPTION_KEYS).or(ld.description.clone());

    let language = s
        .lang
        .clone()
        .or_else(|| meta(&["content-language", "dc.language", "og:locale"]))
        .or(ld.language.clone())
        .and_then(|l| bcp47(&l));

    let image = meta(&[
        "og:image",
        "og:image:url",
        "og:image:secure_url",
        "twitter:image",
        "twitter:image:src",
    ])
    .or(ld.image.clone())
    .and_then(|u| resolve(base.as_ref(), &u));

    let mut tags: Vec<String> = Vec::new();
    let tag_sources = s
        .meta
        .iter()
        .filter(|m| m.key == "article:tag" || m.key == "article:section")
        .map(Meta::text)
        .chain(
            meta(&["keywords", "news_keywords"])
                .into_iter()
                .flat_map(|k| k.split(',').map(str::to_owned).collect::<Vec<_>>()),
        )
        .chain(ld.keywords.iter().cloned())
        .chain(ld.section.iter().cloned());
    for tag in tag_sources {
        let tag = crate::dom::fold(&tag);
        if !tag.is_empty()
            && tag.chars().count() <= 60
            && tags.len() < 50
            && !tags.iter().any(|t| t.eq_ignore_ascii_case(&tag))
        {
            tags.push(tag);
        }
    }
    let license = s
        .license
        .clone()
        .or_else(|| meta(&["license", "dc.rights", "dcterms.license"]));

    let heading = format!(
        "{} {} {}",
        s.title.as_deref().unwrap_or_default(),
        s.h1_label,
        s.h1.first().map_or("", String::as_str)
    )
    .to_lowercase();
    Read {
        metadata: Metadata {
            title,
            authors,
            date,
            date_modified,
            site_name,
            description,
            language,
            url,
            image,
            tags,
            license,
        },
        heading,
        page_title: s.title.clone(),
        declared_title: titles.declared,
        declares_discussion: s.microdata_discussion || ld.all_types.iter().any(|t| is_discussion_type(t)),
        microdata_product: s.microdata_product,
        base,
        declared_body: match ld.body.clone().or_else(|| ld.description.clone()) {
            Some(text) => Some(Declared {
                text,
                source: DeclaredIn::StructuredData,
            }),
            None => cut_description(&s.meta).map(|text| Declared {
                text,
                source: DeclaredIn::Description,
            }),
        },
        schema_type: ld.main_type.clone(),
        schema_types: ld.all_types.clone(),
        og_type: meta(&["og:type"]).map(|t| t.to_ascii_lowercase()),
    }
}

impl Read {
    /// Whether the page's structured data declares a product: a JSON-LD or
    /// microdata product (or a group of its variants), or a product `og:type`.
    pub(crate) fn declares_product(&self) -> bool {
        self.microdata_product
            || self.schema_types.iter().any(|t| is_product_type(t))
            || self
                .og_type
                .as_deref()
                .is_some_and(|t| crate::patterns::PRODUCT_OG_TYPES.contains(&t))
    }
}

/// One `<meta>`: its key (from `property`, `name`, `itemprop` or
/// `http-equiv`, see [`meta_key`]), its content, and whether the key came
/// from `property`.
struct Meta {
    key: String,
    value: String,
    property: bool,
}

impl Meta {
    /// The content, white space folded and entities escaped twice by the
    /// publisher (`&amp;#39;`) decoded.
    fn text(&self) -> String {
        crate::dom::fold(&html_escape::decode_html_entities(&self.value))
    }
}

/// A `<meta>` key, lowercased, with the Dublin Core prefixes spelt one way:
/// `DC:Title`, `dc.title` → `dc.title`; `dcterm:created` → `dcterms.created`.
fn meta_key(key: &str) -> String {
    let key = key.to_ascii_lowercase();
    for (prefix, canonical) in [
        ("dc:", "dc."),
        ("dcterm:", "dcterms."),
        ("dcterms:", "dcterms."),
        ("dcterm.", "dcterms."),
    ] {
        if let Some(rest) = key.strip_prefix(prefix) {
            return format!("{canonical}{rest}");
        }
    }
    key
}

/// Attributes naming the author of a post (kept by the pre-scan: see
/// `prescan::is_read_attribute`).
const DATA_AUTHOR: [&str; 3] = ["data-author", "data-author-name", "data-poster-name"];

/// Class words of a label chip inside a heading.
const HEADING_LABELS: &[&str] = &["label", "badge"];

/// Heading `h1`'s text (`text`, trimmed) split into a label word that
/// stands apart in its first text (a thread's "Thread:" before the linked
/// title, a `<span>Title:</span>`) and the title after it; the label is
/// empty when there is none.
fn split_label<'a>(doc: &Document, h1: NodeId, text: &'a str) -> (&'a str, &'a str) {
    let first = (h1 + 1..doc.end(h1))
        .filter_map(|k| doc.text(k))
        .map(str::trim)
        .find(|t| !t.is_empty());
    let labelled = first
        .filter(|l| l.chars().count() <= MAX_LABEL_CHARS && l.ends_with(':') && !l.contains(' '))
        .and_then(|l| Some((l, text.strip_prefix(l)?.trim_start())))
        .filter(|(_, title)| !title.is_empty());
    labelled.map_or(("", text), |(l, title)| {
        (text.get(..l.len()).unwrap_or_default(), title)
    })
}

/// The longest label word before a heading's title.
const MAX_LABEL_CHARS: usize = 16;

/// Whether a heading's descendant is not part of what the heading says: a
/// control (a copy or bookmark button), a script, what is hidden (a
/// tooltip shown on hover), or a label chip (a thread's prefix,
/// `<span class="label">News</span>`; a "New" badge).
fn is_unread_in_heading(doc: &Document, id: NodeId) -> bool {
    matches!(
        doc.name(id).map(|n| &**n),
        Some("button" | "script" | "style" | "template" | "select")
    ) || doc.attr(id, &local_name!("hidden")).is_some()
        || crate::classes::class_has(doc, id, HEADING_LABELS, false)
        || doc
            .attr(id, &local_name!("aria-hidden"))
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
}

/// One pass over the document, collecting every source.
fn gather(doc: &Document, classes: &Classes, dicts: &Dictionaries) -> Sources {
    let mut s = Sources::default();
    let mut in_body = false;
    let data_author = DATA_AUTHOR.map(LocalName::from);
    // Per node: inside a readers' comment section (whose dates are the
    // comments', not the page's).
    let mut in_comments: NodeMap<bool> = NodeMap::new(doc.len());
    for id in 0..doc.len() {
        if id != Document::ROOT && (in_comments.at(doc.parent(id)) || classes.is(id, Class::Comments)) {
            in_comments.set(id, true);
        }
        if let Some(text) = doc.text(id) {
            // Trimmed once for both readers below (most text nodes are indentation).
            let text = text.trim_ascii();
            if text.is_empty() {
                continue;
            }
            if in_body && s.published_text_date.is_none() {
                visible_date(doc, id, text, &mut s);
            }
            s.headline.read(doc, id, text, in_comments.at(id));
            if in_body && s.by_text.is_none() {
                // The first "By ..." that names someone.
                s.by_text = by_text(doc, id, text).filter(|t| !split_names(t, Trust::Text).people.is_empty());
            }
            continue;
        }
        let Some(name) = doc.name(id) else { continue };
        if *name == local_name!("body") {
            in_body = true;
        }
        if let Some(item) = doc.attr(id, &local_name!("itemtype")) {
            // Several types may share the attribute, each a schema.org URL.
            for t in item.split_whitespace().filter_map(|t| t.rsplit('/').next()) {
                s.microdata_discussion |= is_discussion_type(t);
                s.microdata_product |= is_product_type(t);
            }
        }
        match *name {
            local_name!("meta") => {
                let key = [
                    local_name!("property"),
                    local_name!("name"),
                    local_name!("itemprop"),
                    local_name!("http-equiv"),
                ]
                .iter()
                .find_map(|a| doc.attr(id, a).map(|k| (k, *a == local_name!("property"))));
                if let (Some((key, property)), Some(value)) = (key, doc.attr(id, &local_name!("content"))) {
                    // RDFa allows several properties in one attribute.
                    if key.eq_ignore_ascii_case("citation_author") && s.citation_authors.len() < 50 {
                        // One person per tag, often "Family, Given".
                        let value = crate::dom::fold(value);
                        s.citation_authors.push(match value.split_once(", ") {
                            Some((family, given)) if !given.contains(',') => format!("{given} {family}"),
                            _ => value,
                        });
                    }
                    for key in key.split_whitespace().take(8) {
                        s.meta.push(Meta {
                            key: meta_key(key),
                            value: value.to_owned(),
                            property,
                        });
                    }
                }
            }
            local_name!("title") if s.title.is_none() => {
                s.title = Some(doc.text_content(id)).filter(|t| !t.is_empty());
            }
            local_name!("h1") if s.h1.len() < 3 => {
                s.headline.start(doc, id);
                // Without the permalink sign documentation pages put after it,
                // nor its buttons and hidden tooltips ("Copy item path").
                let t = doc.text_content_except(id, |n| is_unread_in_heading(doc, n));
                let t = t.trim_end_matches(['¶', '§', '🔗', '⚓']).trim();
                let (label, title) = split_label(doc, id, t);
                if !title.is_empty() {
                    if s.h1.is_empty() {
                        s.h1_label = label.to_owned();
                    }
                    s.h1.push(title.to_owned());
                }
            }
            local_name!("script") => {
                let ld = doc
                    .attr(id, &local_name!("type"))
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
                if ld && s.scripts.len() < 32 {
                    s.scripts
                        .push((id + 1..doc.end(id)).filter_map(|c| doc.text(c)).collect());
                } else if !ld && s.script_date.is_none() {
                    s.script_date = (id + 1..doc.end(id))
                        .filter_map(|c| doc.text(c))
                        .find_map(|t| script_date(&dicts.script_date_keys, t));
                }
            }
            local_name!("link") => {
                let rel = doc
                    .attr(id, &local_name!("rel"))
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                let href = doc
                    .attr(id, &local_name!("href"))
                    .map(str::trim)
                    .filter(|h| !h.is_empty());
                if rel.split_whitespace().any(|r| r == "canonical") && s.canonical.is_none() {
                    s.canonical = href.map(str::to_owned);
                }
                if rel.split_whitespace().any(|r| r == "license") && s.license.is_none() {
                    s.license = href.map(str::to_owned);
                }
            }
            local_name!("html") if s.lang.is_none() => {
                s.lang = doc
                    .attr(id, &local_name!("lang"))
                    .map(str::to_owned)
                    .filter(|l| !l.trim().is_empty());
            }
            local_name!("base") if s.base.is_none() => s.base = doc.attr(id, &local_name!("href")).map(str::to_owned),
            local_name!("time") if s.time.is_none() => {
                s.time = doc
                    .attr(id, &local_name!("datetime"))
                    .map(str::to_owned)
                    .or_else(|| Some(doc.text_content(id)));
            }
            local_name!("a") => {
                let rel = doc.attr(id, &local_name!("rel")).unwrap_or_default();
                if s.license.is_none() && rel.split_whitespace().any(|r| r.eq_ignore_ascii_case("license")) {
                    s.license = doc.attr(id, &local_name!("href")).map(str::to_owned);
                }
                let href = doc.attr(id, &local_name!("href")).unwrap_or_default();
                // Every author path starts with "/aut" (a test keeps them in step).
                if s.author_links.len() < 3 && href.contains("/aut") && AUTHOR_PATHS.iter().any(|p| href.contains(p)) {
                    let text = doc.text_content(id);
                    if (2..=MAX_NAME_CHARS).contains(&text.chars().count()) && !s.author_links.contains(&text) {
                        s.author_links.push(text);
                    }
                }
            }
            _ => {}
        }
        // The attributes read on every element, in one pass over them.
        let (mut itemprop, mut rel, mut data_author_at) = (None, None, None);
        for (attr, value) in doc.attrs(id) {
            match *attr {
                local_name!("itemprop") => itemprop = itemprop.or(Some(&**value)),
                local_name!("rel") => rel = rel.or(Some(&**value)),
                _ => {
                    if let Some(k) = data_author.iter().position(|a| a == attr) {
                        // The first of DATA_AUTHOR's names the element carries.
                        if data_author_at.is_none_or(|(at, _)| k < at) {
                            data_author_at = Some((k, &**value));
                        }
                    }
                }
            }
        }
        if let Some(prop) = itemprop {
            let prop = prop.to_ascii_lowercase();
            if prop.split_whitespace().any(|p| p == "author" || p == "creator")
                && *name != local_name!("meta")
                && s.itemprop_author.is_empty()
            {
                let inner = (id + 1..doc.end(id)).find(|&c| {
                    doc.attr(c, &local_name!("itemprop"))
                        .is_some_and(|p| p.eq_ignore_ascii_case("name"))
                });
                // The name is the inner element's text, or its content
                // when it is a `<meta itemprop="name" content="...">`.
                let inner = inner.unwrap_or(id);
                let text = doc
                    .attr(inner, &local_name!("content"))
                    .map(crate::dom::fold)
                    .unwrap_or_else(|| doc.text_content(inner));
                if !text.is_empty() {
                    s.itemprop_author.push(text);
                }
            }
            if (prop == "datepublished" || prop == "datecreated")
                && s.itemprop_date.is_none()
                && *name != local_name!("meta")
            {
                s.itemprop_date = doc
                    .attr(id, &local_name!("datetime"))
                    .or_else(|| doc.attr(id, &local_name!("content")))
                    .map(str::to_owned)
                    .or_else(|| Some(doc.text_content(id)));
            }
        }
        if s.user_name.is_none() && classes.is(id, Class::UserName) && class_has(doc, id, USER_NAME_TOKENS, false) {
            s.user_name = doc
                .short_text(id)
                .filter(|t| (2..=MAX_NAME_CHARS).contains(&t.chars().count()));
        }
        if s.data_author.is_none() {
            s.data_author = data_author_at
                .map(|(_, value)| crate::dom::fold(value))
                .filter(|n| !n.is_empty());
        }
        if s.dateline.is_none() && classes.is(id, Class::Date) && !in_comments.at(id) {
            let text = doc.short_text(id).unwrap_or_default();
            if text.chars().count() <= 100 && dates::normalize(&text).is_some() {
                s.dateline = Some(text);
            }
        }
        if (s.byline.is_none() || s.byline_names.is_none())
            && *name != local_name!("meta")
            && *name != local_name!("body")
            && *name != local_name!("html")
        {
            let rel_author = rel.is_some_and(|r| r.eq_ignore_ascii_case("author"));
            if rel_author || classes.is(id, Class::Byline) {
                let text = doc.short_text(id).unwrap_or_default();
                if !text.is_empty() && text.chars().count() <= 100 {
                    if s.byline_names.is_none() && !split_names(&text, Trust::Element).people.is_empty() {
                        s.byline_names = Some(text.clone());
                    }
                    s.byline.get_or_insert(text);
                }
            }
        }
    }
    s
}

/// Characters of content read to detect its language.
const DETECT_CHARS: usize = 2000;

/// The language of `blocks`' text, for a page that declares none: the
/// BCP 47 tag of what `whatlang` finds, when it deems its guess reliable.
pub(crate) fn detect_language(blocks: &[Block]) -> Option<String> {
    let mut text = String::new();
    for b in blocks {
        if text.len() >= DETECT_CHARS * 4 || text.chars().count() >= DETECT_CHARS {
            break;
        }
        text.push_str(&b.text);
        text.push('\n');
    }
    let info = whatlang::detect(&text).filter(whatlang::Info::is_reliable)?;
    let code = info.lang().code();
    // Mandarin and Iranian Persian carry their macrolanguage's two letters.
    let two = match code {
        "cmn" => Some("zh"),
        "pes" => Some("fa"),
        _ => isolang::Language::from_639_3(code).and_then(|l| l.to_639_1()),
    };
    Some(two.unwrap_or(code).to_owned())
}

/// `en_us` → `en-US`; `None` for what is not a language tag.
fn bcp47(raw: &str) -> Option<String> {
    let raw = raw.trim().split([',', ';']).next()?.trim().replace('_', "-");
    let mut parts = raw.split('-');
    let lang = parts.next()?.to_ascii_lowercase();
    if !(2..=3).contains(&lang.len()) || !lang.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let mut out = lang;
    for p in parts {
        if p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()) {
            out.push('-');
            out.push_str(&p.to_ascii_uppercase());
        } else if (4..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()) {
            out.push('-');
            out.push_str(p);
        } else {
            break;
        }
    }
    Some(out)
}

/// `href` resolved against `base`, or as given when it is already absolute or no base is known.
pub(crate) fn resolve(base: Option<&Url>, href: &str) -> Option<String> {
    let href = href.trim();
    if href.is_empty() {
        return None;
    }
    match base {
        Some(b) => b.join(href).ok().map(String::from),
        None => Some(href.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_bcp47() {
        assert_eq!(bcp47("en_us").as_deref(), Some("en-US"));
        assert_eq!(bcp47("de").as_deref(), Some("de"));
        assert_eq!(bcp47("??"), None);
    }
}
