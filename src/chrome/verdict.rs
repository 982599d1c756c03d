//! The verdict on a page: article, error page, bot wall, cookie wall,
//! paywall, or empty.

use crate::article::{Block, BlockKind, Verdict};
use crate::chrome::phrases::Dictionaries;

/// Content at least this long makes a page an article whatever banners it carries.
const ARTICLE_CHARS: usize = 1500;
/// Below this, a page whose chrome says "blocked" or "cookies" is such a wall.
const WALL_CHARS: usize = 600;
/// A paragraph this long is prose, not a notice.
const PROSE_CHARS: usize = 150;
/// A page with more visible text than this is no wall, whatever notice it carries.
const WALL_PAGE_BYTES: usize = 4000;

/// What the verdict looks at.
pub(crate) struct Evidence<'a> {
    /// The `<title>` and first `<h1>`, lowercased.
    pub heading: &'a str,
    /// All visible text of the page, lowercased (only read for short content).
    pub page_text: &'a dyn Fn() -> String,
    /// The extracted content.
    pub blocks: &'a [Block],
    /// The caller's minimum.
    pub min_text: usize,
}

/// Decides the verdict and says why.
pub(crate) fn verdict(d: &Dictionaries, e: &Evidence<'_>) -> (Verdict, String) {
    let content_chars: usize = e
        .blocks
        .iter()
        .map(|b| b.text.chars().filter(|c| !c.is_whitespace()).count())
        .sum();
    if content_chars >= ARTICLE_CHARS {
        return (Verdict::Article, "main content found".into());
    }
    let status = e
        .heading
        .split(|c: char| !c.is_ascii_digit())
        .any(|t| matches!(t, "404" | "403" | "410" | "500" | "503"));
    if d.error.is_match(e.heading) || (status && content_chars < WALL_CHARS) {
        return (
            Verdict::ErrorPage,
            "the page's title or heading says it is an error page".into(),
        );
    }
    if d.blocked.is_match(e.heading) {
        return (
            Verdict::Blocked,
            "the page's title or heading says access is blocked".into(),
        );
    }
    if content_chars < ARTICLE_CHARS {
        let page = (e.page_text)();
        // A wall is a small page: a full page with a notice somewhere is not one.
        if content_chars < WALL_CHARS && page.len() <= WALL_PAGE_BYTES {
            if d.blocked.is_match(&page) {
                return (
                    Verdict::Blocked,
                    "little content and a bot check or access-denied notice".into(),
                );
            }
            if d.error.is_match(&page) && content_chars < 200 {
                return (Verdict::ErrorPage, "little content and a not-found notice".into());
            }
            // A consent notice hides nothing when a paragraph of prose shows.
            let prose = e
                .blocks
                .iter()
                .any(|b| b.kind == BlockKind::Paragraph && b.text.chars().count() >= PROSE_CHARS);
            if !prose && d.cookie_wall.distinct(&page) >= 2 {
                return (
                    Verdict::CookieWall,
                    "little content behind a cookie consent notice".into(),
                );
            }
        }
        if d.paywall.is_match(&page) {
            return (Verdict::Paywall, "content cut short by a subscription notice".into());
        }
    }
    if content_chars == 0 || content_chars < e.min_text {
        return (Verdict::Empty, "no main content".into());
    }
    (Verdict::Article, "main content found".into())
}
