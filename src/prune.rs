//! Drops what is never content. Takes the parsed [`Document`]; returns a
//! [`Pruned`] view: a per-node `removed` mask and per-node text measures
//! (characters, characters inside links) computed over what remains.
//!
//! Deleted: scripts, styles, embedded media, form controls and the head;
//! script data (JSON) and `<noscript>` fallbacks saved as escaped markup;
//! hidden elements (`hidden`, `aria-hidden`, inline `display:none`); a
//! person's job title (`itemprop="jobTitle"`: an author's, a forum
//! member's rank); and chrome containers (`nav`, `aside`, `footer`,
//! `header` but one that is all of its parent's text: a story card's, a
//! landing page section's; `form`, the ARIA roles that stand for them or
//! for menus, dialogs and ancillary notes, popovers (`<div popover>`, shown
//! when a control opens them), a forum member's profile list beside a post,
//! and elements whose class or id names navigation, sharing, related links,
//! cookie notices, newsletters, ads...). A hidden or chrome-looking element
//! that holds most of the page's prose, or most of its text outside links,
//! is kept: the page put its content there (a main column named after the
//! sidebar beside it, content that a script reveals, a product grid in a
//! "related" section), unless it is the page's footer (`<footer>`, role
//! `contentinfo`: a shop's shell whose products a script fills in), a dialog
//! (`role="dialog"`, `aria-modal`) or a consent manager's notice (their
//! descriptions of cookies outweigh a listing's short items or a product's
//! specifications); so is one whose class reads both as chrome and as content
//! (`sidebar-content`) when it holds a quarter of the page's prose and most
//! of its parent's. An `<aside>` needs nearly all of the page's prose (a live
//! feed beside a short story outweighs the story). Hidden tab panels (by
//! role, or by a framework's class: `tab-pane`), a FAQ's hidden answers (by
//! class), the hidden panels a control names in `aria-controls` (accordions,
//! "read more"; also a collapsed wrapper whose child is such a panel) and
//! the segments that server rendering streams late (`<div hidden id="S:0">`)
//! are not hidden from readers: they are kept, and so is the text of the
//! button in a heading that opens such a panel (an accordion's question).
//! The caption and credit line of a photo (`<figcaption>`, or a class word
//! `caption` or `credit` beside the picture) are deleted, but for numbered
//! captions the text refers to; on a page declaring a product, its
//! customers' reviews are deleted too.

use html5ever::local_name;

use crate::chrome;
use crate::classes::{class_has, class_or_id_has, Class, Classes};
use crate::dom::{Document, NodeId, NodeMap};
use crate::extractor::Compiled;
use crate::patterns;

/// Text measures of a document after pruning.
#[derive(Clone)]
pub(crate) struct Pruned {
    /// Whether each node is inside a dropped subtree.
    pub removed: NodeMap<bool>,
    /// Non-white-space characters below each node (removed parts excluded).
    pub chars: NodeMap<u32>,
    /// Of those, the characters inside `<a>` elements.
    pub link_chars: NodeMap<u32>,
    /// Characters of the `<form>` elements dropped as chrome (see [`Mode::SpareForms`]).
    pub form_chars: u32,
}

/// A container holding at least this share of the page's prose is never dropped as chrome.
const CHROME_GUARD_SHARE: f64 = 0.5;
/// An `<aside>`, complementary by its tag, whatever its class says, holds
/// content only when it holds at least this share of the page's prose
/// (markup that never closed a banner's `<aside>`); a live feed beside a
/// short story may hold more than the story.
const ASIDE_GUARD_SHARE: f64 = 0.9;
/// A container whose class reads both as chrome and as content
/// (`sidebar-content`: the main column of a layout with a sidebar, or the
/// sidebar's own content) is kept when it holds at least this share of
/// the page's prose and most of its parent's.
const MIXED_CLASS_GUARD_SHARE: f64 = 0.25;
/// A text run this long (non-white-space characters, outside links) counts as prose.
const PROSE_RUN_CHARS: u32 = 30;
/// A `<header>` holding this share of its parent's text may be all of it
/// (see [`is_content_header`]).
const CARD_HEADER_SHARE: f64 = 0.95;
/// The least text of a section's `<header>` outside an `<article>`.
const MIN_SECTION_HEADER_CHARS: u32 = 100;
/// The most link text of a section's `<header>`, as a share of its text.
const MAX_SECTION_HEADER_LINK_DENSITY: f64 = 0.2;
/// The least text of a repeated link (see [`is_repeated_link`]).
const MIN_REPEATED_LINK_CHARS: usize = 80;

/// Which chrome-looking containers [`prune`] drops.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Every one (see the module docs).
    Full,
    /// Every one but those whose class names related or recommended items:
    /// for pages that the full pruning leaves with little content (a shop's
    /// product grid inside a section named "related-product").
    SpareRelated,
    /// As [`Mode::SpareRelated`], and dialogs and consent notices get the
    /// guard of other chrome: for pages that are still left without content
    /// (a cookie wall's message is all its page shows).
    SpareDialogs,
    /// As [`Mode::Full`], but a `<form>` is not chrome by its tag: for list
    /// and forum pages whose records or posts sit in one (a shop's compare
    /// form around its grid, a forum's moderation form around its posts).
    SpareForms,
}

/// Prunes `doc`; see the module docs. On a page declaring a `product`, its
/// customers' reviews ([`reviews`]) go too, whatever text they hold (their
/// prose often outweighs the product's own words), unless the mode spares
/// dialogs (a page left with nothing else shows only its reviews).
pub(crate) fn prune(doc: &Document, classes: &Classes, compiled: &Compiled, mode: Mode, product: bool) -> Pruned {
    let n = doc.len();
    let mut own = NodeMap::new(n);
    let mut removed = NodeMap::new(n);
    for i in 0..n {
        let Some(text) = doc.text(i) else { continue };
        // The text of scripts and styles is removed below: not read here.
        if doc
            .name(doc.parent(i))
            .is_some_and(|name| compiled.never_content_tags.contains(name))
        {
            continue;
        }
        if chrome::is_json(text) || is_escaped_fallback(doc, i, text) {
            // Script data and escaped fallbacks left in the markup are never content.
            removed.set(i, true);
        } else {
            own.set(i, count_chars(text));
        }
    }
    let reviews = (product && mode != Mode::SpareDialogs).then(|| reviews(doc, classes));
    for i in 1..n {
        let never = doc
            .name(i)
            .is_some_and(|name| compiled.never_content_tags.contains(name))
            && !is_accordion_trigger(doc, i);
        let review = reviews.as_ref().is_some_and(|r| r.at(i));
        if removed.at(doc.parent(i))
            || never
            || review
            || is_permalink(doc, i)
            || is_job_title(doc, i)
            || is_picture_caption(doc, classes, i)
        {
            removed.set(i, true);
        }
    }
    let prose = prose_mass(doc, &own, &removed);
    let total = f64::from(prose.at(Document::ROOT).max(1));
    let (chars, links) = measure(doc, &own, &removed);
    let plain = |i: NodeId| f64::from(chars.at(i).saturating_sub(links.at(i)));
    let total_plain = plain(Document::ROOT).max(1.0);
    let mut chrome = NodeMap::new(n);
    let mut form_chars: u32 = 0;
    for i in 1..n {
        if removed.at(i) {
            continue;
        }
        if chrome.at(doc.parent(i)) {
            chrome.set(i, true);
            continue;
        }
        let Some(name) = doc.name(i) else { continue };
        if matches!(*name, local_name!("html") | local_name!("body") | local_name!("main")) {
            continue;
        }
        let marks = Marks::of(doc, i);
        let is_form = *name == local_name!("form");
        let content_header = *name == local_name!("header") && is_content_header(doc, i, &chars, &links);
        let looks_chrome = (compiled.chrome_tags.contains(name) && !(is_form && mode == Mode::SpareForms) && !content_header)
            || marks.chrome_role
            || marks.popover
            || (*name == local_name!("dl") && is_member_profile(doc, i))
            // Hidden until a control reveals it (an accordion's answer, or
            // the collapsed wrapper around it): content.
            || (marks.hidden
                && !classes.is_controlled(doc, i)
                && !doc.children(i).any(|c| classes.is_controlled(doc, c)))
            || (classes.is(i, Class::Chrome)
                && !(matches!(mode, Mode::SpareRelated | Mode::SpareDialogs)
                    && class_has(doc, i, patterns::RELATED_TOKENS, true)));
        let share = f64::from(prose.at(i)) / total;
        let mixed_and_dominant = classes.is(i, Class::Positive)
            && share >= MIXED_CLASS_GUARD_SHARE
            && u64::from(prose.at(i)) * 2 > u64::from(prose.at(doc.parent(i)));
        // The page's footer is chrome however little else the page holds
        // (a shop's shell whose products a script fills in); so are a dialog
        // and a consent manager's notice, unless they are all the page
        // shows (see `Mode::SpareDialogs`).
        let never_content = || {
            doc.is(i, &local_name!("footer"))
                || marks.footer_role
                || (mode != Mode::SpareDialogs && (marks.dialog || class_or_id_has(doc, i, patterns::CONSENT_TOKENS)))
        };
        let holds_content = if *name == local_name!("aside") {
            share >= ASIDE_GUARD_SHARE
        } else {
            share >= CHROME_GUARD_SHARE || plain(i) / total_plain >= CHROME_GUARD_SHARE || mixed_and_dominant
        };
        if looks_chrome && (!holds_content || never_content()) {
            chrome.set(i, true);
            if is_form {
                form_chars = form_chars.saturating_add(chars.at(i));
            }
        }
    }
    for (i, c) in chrome.iter() {
        if c {
            removed.set(i, true);
        }
    }
    let (chars, link_chars) = measure(doc, &own, &removed);
    Pruned {
        removed,
        chars,
        link_chars,
        form_chars,
    }
}

/// Per node of `doc`: inside customers' reviews, named by their class only
/// (id anchors, `id="acme-x1-review"`, name sections of round-up articles).
/// Reviews inside testimonials (`testimonials > review-card`) are not: the
/// seller chose them and shows them as part of its pitch.
pub(crate) fn reviews(doc: &Document, classes: &Classes) -> NodeMap<bool> {
    let n = doc.len();
    let mut inside = NodeMap::new(n);
    let mut testimonial = NodeMap::new(n);
    for i in 1..n {
        let parent = doc.parent(i);
        let chosen = testimonial.at(parent) || class_has(doc, i, patterns::TESTIMONIAL_TOKENS, true);
        testimonial.set(i, chosen);
        let named = classes.is(i, Class::Reviews) && class_has(doc, i, patterns::REVIEW_TOKENS, true);
        inside.set(i, inside.at(parent) || (named && !chosen));
    }
    inside
}

/// Subtree sums of `own` characters, and of those inside links, skipping removed nodes.
fn measure(doc: &Document, own: &NodeMap<u32>, removed: &NodeMap<bool>) -> (NodeMap<u32>, NodeMap<u32>) {
    let n = doc.len();
    let mut chars: NodeMap<u32> = NodeMap::new(n);
    let mut links: NodeMap<u32> = NodeMap::new(n);
    for i in (0..n).rev() {
        if removed.at(i) {
            continue;
        }
        let c = chars.at(i).saturating_add(own.at(i));
        chars.set(i, c);
        if doc.is(i, &local_name!("a")) {
            links.set(i, c);
        }
        if i != Document::ROOT {
            let p = doc.parent(i);
            let l = links.at(i);
            chars.update(p, |v| v.saturating_add(c));
            links.update(p, |v| v.saturating_add(l));
        }
    }
    (chars, links)
}

/// Per node, the characters of prose runs below it: text nodes of at least
/// [`PROSE_RUN_CHARS`] characters outside links, skipping removed nodes.
fn prose_mass(doc: &Document, own: &NodeMap<u32>, removed: &NodeMap<bool>) -> NodeMap<u32> {
    let n = doc.len();
    let mut in_link = NodeMap::new(n);
    for i in 1..n {
        in_link.set(i, in_link.at(doc.parent(i)) || doc.is(i, &local_name!("a")));
    }
    let mut prose: NodeMap<u32> = NodeMap::new(n);
    for i in (0..n).rev() {
        if removed.at(i) {
            continue;
        }
        let mut v = prose.at(i);
        if own.at(i) >= PROSE_RUN_CHARS && !in_link.at(i) {
            v = v.saturating_add(own.at(i));
            prose.set(i, v);
        }
        if i != Document::ROOT {
            prose.update(doc.parent(i), |p| p.saturating_add(v));
        }
    }
    prose
}

/// Non-white-space characters in `text`.
pub(crate) fn count_chars(text: &str) -> u32 {
    // Byte by byte: ASCII white space is space and \t to \r; of the other
    // bytes only a character's first counts, and only the first bytes of
    // the non-ASCII white space (U+0085, U+00A0, U+1680, U+2000 to U+205F,
    // U+3000) need the character decoded.
    let bytes = text.as_bytes();
    let mut n = 0usize;
    for (i, &b) in bytes.iter().enumerate() {
        n += match b {
            b' ' | b'\t'..=b'\r' => 0,
            0..=0x7F => 1,
            0x80..=0xBF => 0,
            0xC2 | 0xE1 | 0xE2 | 0xE3 => {
                let c = text.get(i..).and_then(|t| t.chars().next());
                usize::from(!c.is_some_and(char::is_whitespace))
            }
            _ => 1,
        };
    }
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Whether `i` is the caption of a figure that shows a picture
/// (`<figure><img><figcaption>`, or an element whose class names a caption
/// or a credit beside the picture): what the photo shows and who took it
/// ("A hiker above the lake. Credit: ..."), read beside the picture, not as
/// the article's text. A numbered caption ("Figure 2. Throughput per block",
/// "Listing 9-4: ...") is not one: the text refers to it; nor is the caption
/// of a figure whose body is text (a code listing, a table, a quote and its
/// attribution), nor one inside a link (a card's title).
fn is_picture_caption(doc: &Document, classes: &Classes, i: NodeId) -> bool {
    if !doc.is(i, &local_name!("figcaption")) && !classes.is(i, Class::Caption) {
        return false;
    }
    // Its figure, and a card's link, sit a few levels up: the walk stops
    // there, so that a page of deeply nested captions stays linear.
    let mut up = doc
        .ancestors(i)
        .take(MAX_CAPTION_DEPTH)
        .filter(|&a| doc.is(a, &local_name!("figure")) || doc.is(a, &local_name!("a")));
    let first = up.next();
    if first.is_some_and(|a| doc.is(a, &local_name!("a"))) || up.any(|a| doc.is(a, &local_name!("a"))) {
        return false;
    }
    let holder = first.unwrap_or_else(|| doc.parent(i));
    // The caption holds no picture nor heading of its own (then it is the
    // figure, or a hero); the figure shows a picture, not body text.
    figure_holds(doc, holder, i)
        .is_some_and(|(all, own)| all & (PICTURE | TEXT) == PICTURE && own & (PICTURE | HEADING) == 0)
        && !is_numbered_caption(&doc.text_content(i))
}

/// How many levels above a caption its figure, or a card's link, is looked for.
const MAX_CAPTION_DEPTH: usize = 12;

/// What [`figure_holds`] finds: a picture, body text (a code listing, a
/// table, a quote), a heading.
const PICTURE: u8 = 1;
const TEXT: u8 = 2;
const HEADING: u8 = 4;
/// A figure holds at most this many nodes; a larger element is a section.
const MAX_FIGURE_NODES: usize = 400;

/// What the elements inside `id` show ([`PICTURE`], [`TEXT`], [`HEADING`]
/// bits), and what those inside its descendant `part` show; none when `id`
/// is larger than a figure.
fn figure_holds(doc: &Document, id: NodeId, part: NodeId) -> Option<(u8, u8)> {
    let end = doc.end(id);
    if end - id > MAX_FIGURE_NODES {
        return None;
    }
    let part_end = doc.end(part);
    Some((id + 1..end).fold((0, 0), |(all, own), c| {
        let shows = match doc.name(c) {
            Some(&local_name!("img") | &local_name!("picture") | &local_name!("video")) => PICTURE,
            Some(&local_name!("pre") | &local_name!("code") | &local_name!("table") | &local_name!("blockquote")) => {
                TEXT
            }
            Some(name) if crate::blocks::heading_level(name).is_some() => HEADING,
            _ => 0,
        };
        let inside = c > part && c < part_end;
        (all | shows, if inside { own | shows } else { own })
    }))
}

/// A caption that starts with a label word and a number: "Figure 2.",
/// "Fig. 3:", "Listing 9-4:", "Abb. 1".
fn is_numbered_caption(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let label = words.next().map(|w| w.trim_end_matches('.'));
    label.is_some_and(|w| !w.is_empty() && w.chars().all(char::is_alphabetic))
        && words
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
}

/// A forum member's profile beside a post, written as a definition list
/// whose terms, or values led by a label (`Posts: 1,077`), name the
/// member's figures ("Joined", "Posts", "Reaction score"; see
/// [`patterns::MEMBER_STAT_LABELS`]) or where the member lives: chrome.
fn is_member_profile(doc: &Document, dl: NodeId) -> bool {
    doc.children(dl)
        .filter(|&c| doc.is(c, &local_name!("dt")) || doc.is(c, &local_name!("dd")))
        .filter_map(|c| doc.short_text(c))
        .any(|text| {
            let label = text.split(':').next().unwrap_or_default().trim().to_lowercase();
            patterns::MEMBER_STAT_LABELS.contains(&label.as_str())
                || patterns::MEMBER_PLACE_LABELS.contains(&label.as_str())
        })
}

/// A person's job title or a forum member's rank (`itemprop="jobTitle"`:
/// "Senior Editor", "Veteran"), said of the author beside the text: never
/// the text.
fn is_job_title(doc: &Document, id: NodeId) -> bool {
    doc.attr(id, &local_name!("itemprop"))
        .is_some_and(|v| v.split_ascii_whitespace().any(|p| p.eq_ignore_ascii_case("jobTitle")))
}

/// Symbols that permalink anchors show beside headings.
const PERMALINK_SIGNS: &[&str] = &["¶", "#", "§", "🔗", "⚓"];

/// A link to a place in the page whose text is only a permalink sign
/// (`<a class="headerlink" href="#usage">¶</a>`): never content.
fn is_permalink(doc: &Document, id: NodeId) -> bool {
    doc.is(id, &local_name!("a"))
        && doc.attr(id, &local_name!("href")).is_some_and(|h| h.starts_with('#'))
        && doc.short_text(id).is_some_and(|t| PERMALINK_SIGNS.contains(&t.trim()))
}

/// Whether `role` (its first token) is one of [`patterns::CHROME_ROLES`].
fn is_chrome_role(role: &str) -> bool {
    role.split_ascii_whitespace()
        .next()
        .is_some_and(|r| patterns::CHROME_ROLES.iter().any(|c| r.eq_ignore_ascii_case(c)))
}

/// A button inside a heading that opens a panel (`<h3><button
/// aria-controls="faq-1">How often...?</button></h3>`, the accordion
/// pattern): its text is the panel's heading, not a control's label.
fn is_accordion_trigger(doc: &Document, id: NodeId) -> bool {
    doc.is(id, &local_name!("button"))
        && doc
            .name(doc.parent(id))
            .is_some_and(|p| crate::blocks::heading_level(p).is_some())
        && doc.attr(id, &local_name!("aria-controls")).is_some()
}

/// What an element's attributes say of it, read in one pass.
struct Marks {
    /// Its ARIA role is one of chrome (see [`is_chrome_role`]).
    chrome_role: bool,
    /// It is a dialog (its role, `aria-modal`, or a `popover`): a notice or
    /// a form over the page, never its content.
    dialog: bool,
    /// It is a popover (`<div popover>`), shown over the page when a
    /// control opens it: chrome, like a dialog's role.
    popover: bool,
    /// Its role is the page's footer (`contentinfo`).
    footer_role: bool,
    /// It is hidden (`hidden`, `aria-hidden` on other than an image or a
    /// repeated link, an inline style), unless it is a tab panel (by role
    /// or by class, [`patterns::TAB_PANEL_CLASSES`]: one hidden until its
    /// tab is chosen is an alternate view of the content, not hidden from
    /// readers), a question's answer ([`patterns::ANSWER_TOKENS`]) or a
    /// streamed segment (see [`is_streamed_segment`]).
    hidden: bool,
}

/// A segment of a page streamed by server-side rendering: React sends each
/// part of the page that was not ready at first as `<div hidden
/// id="S:0">...</div>`, which a script then moves into its place. It is
/// the page's content, only sent late.
fn is_streamed_segment(id: &str) -> bool {
    id.strip_prefix("S:")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

impl Marks {
    fn of(doc: &Document, id: NodeId) -> Marks {
        let mut role = None;
        let mut hidden = false;
        let mut segment = false;
        let mut modal = false;
        let mut popover = false;
        for (attr, value) in doc.attrs(id) {
            hidden |= match *attr {
                local_name!("role") => {
                    role = role.or(Some(&**value));
                    false
                }
                local_name!("id") => {
                    segment = is_streamed_segment(value);
                    false
                }
                // `hidden="until-found"`: content the browser's find reveals (an accordion's).
                local_name!("hidden") => !value.trim().eq_ignore_ascii_case("until-found"),
                local_name!("aria-hidden") => {
                    value.eq_ignore_ascii_case("true") && !doc.is(id, &local_name!("img")) && !is_repeated_link(doc, id)
                }
                local_name!("style") => hides(value),
                local_name!("aria-modal") => {
                    modal = value.eq_ignore_ascii_case("true");
                    false
                }
                // A popover (`<div popover>`) shows over the page when a control opens it.
                local_name!("popover") => {
                    popover = true;
                    false
                }
                _ => false,
            };
        }
        let role_is = |name: &str| role.is_some_and(|r| r.trim().eq_ignore_ascii_case(name));
        // Hidden from view, not from readers: a segment streamed late, a
        // tab's panel (by role or by a framework's class), a question's
        // answer shown when it is clicked. The classes are read only for
        // the few hidden elements.
        let revealed = || {
            segment
                || role_is("tabpanel")
                || class_has(doc, id, patterns::TAB_PANEL_CLASSES, false)
                || class_has(doc, id, patterns::ANSWER_TOKENS, true)
        };
        Marks {
            chrome_role: role.is_some_and(is_chrome_role),
            dialog: role_is("dialog") || role_is("alertdialog") || modal || popover,
            popover,
            footer_role: role_is("contentinfo"),
            hidden: hidden && !revealed(),
        }
    }
}

/// Whether text node `i` is a `<noscript>` fallback that a serializer saved
/// as escaped markup (`&lt;img src=...&gt;`): a browser never shows it as
/// text worth reading.
fn is_escaped_fallback(doc: &Document, i: NodeId, text: &str) -> bool {
    text.trim_start().starts_with('<') && doc.is(doc.parent(i), &local_name!("noscript"))
}

/// Whether `id` is a link hidden from screen readers only because it
/// repeats another to the same place (`aria-hidden="true" tabindex="-1"`:
/// a card's teaser linked a second time to its story): sighted readers see
/// it. Its length ([`MIN_REPEATED_LINK_CHARS`]) tells it from a hidden
/// control's label or a footnote's number.
fn is_repeated_link(doc: &Document, id: NodeId) -> bool {
    doc.is(id, &local_name!("a"))
        && doc.attr(id, &local_name!("tabindex")).is_some_and(|t| t.trim() == "-1")
        && doc.text_content(id).trim().chars().count() >= MIN_REPEATED_LINK_CHARS
}

/// Whether `header`, a `<header>` element, is content: one that holds
/// nearly all of its parent's text ([`CARD_HEADER_SHARE`]) is what its
/// parent says, not a page's masthead, when its parent is an `<article>` (a
/// card of a list of stories: a headline and its teaser) or, below the
/// body, when it is prose (over [`MIN_SECTION_HEADER_CHARS`] characters,
/// under [`MAX_SECTION_HEADER_LINK_DENSITY`] of them in links) without an
/// `<h1>` (a landing page's section: its heading and its pitch beside an
/// image; a story's masthead holds its `<h1>`).
fn is_content_header(doc: &Document, header: NodeId, chars: &NodeMap<u32>, links: &NodeMap<u32>) -> bool {
    let parent = doc.parent(header);
    let text = chars.at(header);
    if text == 0 || f64::from(text) < f64::from(chars.at(parent)) * CARD_HEADER_SHARE {
        return false;
    }
    doc.is(parent, &local_name!("article"))
        || (!doc.is(parent, &local_name!("body"))
            && parent != Document::ROOT
            && text > MIN_SECTION_HEADER_CHARS
            && f64::from(links.at(header)) < f64::from(text) * MAX_SECTION_HEADER_LINK_DENSITY
            && !(header..doc.end(header)).any(|c| doc.is(c, &local_name!("h1"))))
}

/// Whether an inline style hides its element.
fn hides(style: &str) -> bool {
    // Most styles hide nothing: skip them without allocating.
    let has = |word: &[u8]| {
        style
            .as_bytes()
            .windows(word.len())
            .any(|w| w.eq_ignore_ascii_case(word))
    };
    if !has(b"none") && !has(b"hidden") {
        return false;
    }
    let s: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    s.contains("display:none") || s.contains("visibility:hidden")
}

#[cfg(test)]
mod tests {
    #[test]
    fn count_chars_counts_non_white_space_characters() {
        // Every white space character of Unicode up to U+3000, between letters.
        let spaces: String = (0..=0x3000u32)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
            .flat_map(|c| [c, 'é'])
            .collect();
        for text in [
            "",
            "a b\tc\n\x0b",
            "Grüße\u{a0}aus\u{2009}Köln",
            "日本語\u{3000}テキスト",
            "\u{c2}\u{e1}\u{e2}",
            &spaces,
        ] {
            let want = text.chars().filter(|c| !c.is_whitespace()).count();
            assert_eq!(super::count_chars(text) as usize, want, "{text:?}");
        }
    }
}
