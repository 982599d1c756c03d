//! The title: the visible heading when it agrees with what the page
//! declares, else the declared title without its site name.

use std::collections::HashSet;

use super::{json_ld, Sources};

const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " / ", " ~ "];

/// Shortest squashed heading (letters and digits only) read as the site's
/// name: shorter ones match a host by chance.
const MIN_MASTHEAD_CHARS: usize = 4;

/// Whether `heading` is the site's name, a blog's masthead set in an `<h1>`
/// ("Silicon Exposed" on siliconexposed.example): it reads as the declared
/// site name, or as part of the host's name (its labels before the
/// top-level domain, run together).
fn names_site(heading: &str, site: Option<&str>, host: Option<&str>) -> bool {
    let squash = crate::chrome::dedup_key;
    let h = squash(heading);
    if h.chars().count() < MIN_MASTHEAD_CHARS {
        return false;
    }
    // The host without its top-level domain.
    let host_name = host.map(|host| squash(host.rsplit_once('.').map_or(host, |(name, _)| name)));
    site.is_some_and(|site| squash(site) == h) || host_name.is_some_and(|n| n.contains(&h))
}

/// `Masthead: Title` → `Title`, when the masthead is the site's name in a
/// heading (see [`names_site`]).
fn strip_masthead(title: &str, mastheads: &[&String]) -> String {
    for m in mastheads {
        let Some(rest) = title.trim().strip_prefix(m.as_str()) else {
            continue;
        };
        let rest = rest.trim_start();
        let rest = rest
            .strip_prefix(':')
            .or_else(|| TITLE_SEPARATORS.iter().find_map(|sep| rest.strip_prefix(sep.trim())))
            .map(str::trim);
        if let Some(rest) = rest.filter(|r| !r.is_empty()) {
            return rest.to_owned();
        }
    }
    title.to_owned()
}

/// The page's titles (see [`Titles`]): the chosen one is a visible `<h1>`
/// when the page declares it too, or a title that extends it or shares most
/// of its words; else the first title the page declares, else its first
/// heading. Mastheads (headings that name the site) are never chosen.
pub(super) fn choose_title(
    s: &Sources,
    ld: &json_ld::JsonLd,
    site: Option<&str>,
    host: Option<&str>,
    meta: &dyn Fn(&[&str]) -> Option<String>,
) -> Titles {
    let mastheads: Vec<&String> = s.h1.iter().filter(|h| names_site(h, site, host)).collect();
    let title_tag = s.title.as_deref().map(|t| strip_site(t, site));
    let declared: Vec<String> = [
        meta(&["dc.title", "dcterms.title", "og:title"]),
        ld.headline.clone(),
        meta(&["twitter:title", "parsely-title", "headline"]),
        title_tag.clone(),
    ]
    .into_iter()
    .flatten()
    .map(|t| strip_masthead(&strip_site(&t, site), &mastheads))
    .filter(|t| !t.is_empty())
    .collect();
    let first_declared = declared.first().cloned();
    let titles = |chosen: Option<String>| Titles {
        chosen,
        declared: first_declared.clone(),
    };
    let key = crate::chrome::dedup_key;
    // A heading that repeats the whole `<title>` repeats its site name too.
    let raw_title = s.title.as_deref().map(key);
    let headings: Vec<String> =
        s.h1.iter()
            .map(|h| match &raw_title {
                Some(raw) if key(h) == *raw => strip_site(h, site),
                _ => h.clone(),
            })
            .filter(|h| !h.is_empty() && !names_site(h, site, host))
            .collect();
    // The visible heading wins when it is part of what the page declares
    // (the declared title adds a site name or a tagline) or the reverse;
    // of two such headings, one that is part of the other (the title
    // without the site name the other adds).
    let mut agreeing = headings.iter().map(|h| (key(h), h)).filter(|(hk, _)| {
        hk.len() >= 3
            && declared.iter().any(|d| {
                let dk = key(d);
                dk.contains(hk.as_str()) || hk.contains(&dk)
            })
    });
    if let Some(first) = agreeing.next() {
        let within = agreeing.find(|(hk, _)| hk.len() < first.0.len() && first.0.contains(hk.as_str()));
        return titles(Some(within.unwrap_or(first).1.clone()));
    }
    // It also wins when it words the same subject: it shares most of its
    // words with a declared title (the heading rephrases the meta title).
    let declared_words: Vec<HashSet<String>> = declared.iter().map(|d| words(d)).collect();
    let best = headings
        .iter()
        .map(|h| {
            let w = words(h);
            let dice = declared_words
                .iter()
                .map(|d| 2.0 * w.intersection(d).count() as f64 / (w.len() + d.len()).max(1) as f64)
                .fold(0.0, f64::max);
            (dice, w.len(), h)
        })
        .filter(|(dice, n, _)| *dice >= H1_SHARED_WORDS && *n >= 2)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    if let Some((_, _, h1)) = best {
        return titles(Some(h1.clone()));
    }
    titles(declared.into_iter().next().or_else(|| headings.into_iter().next()))
}

/// The page's titles: the one [`choose_title`] chose, and the first the
/// page declares (its `og:title`, JSON-LD `headline`, `<title>`..., the site
/// name stripped), whatever its headings say.
pub(super) struct Titles {
    pub chosen: Option<String>,
    pub declared: Option<String>,
}

/// Least Dice overlap of a heading's words with a declared title's for the
/// heading to be taken as the title.
const H1_SHARED_WORDS: f64 = 0.5;

/// The distinct lowercase words of `text`.
fn words(text: &str) -> HashSet<String> {
    crate::dom::lowercase_words(text).collect()
}

/// `What is X? | Site` → `What is X?`; `Site: Title` kept.
fn strip_site(title: &str, site: Option<&str>) -> String {
    let title = title.trim();
    // A separator at either end joins an empty part (a template's title
    // variable left blank): ` | Site` names only the site; `Title |` drops it.
    for sep in TITLE_SEPARATORS {
        let mark = sep.trim();
        if title
            .strip_prefix(mark)
            .is_some_and(|rest| rest.starts_with(char::is_whitespace))
        {
            return String::new();
        }
        if let Some(head) = title
            .strip_suffix(mark)
            .filter(|head| head.ends_with(char::is_whitespace))
        {
            return strip_site(head, site);
        }
    }
    let site_key = site.map(crate::chrome::dedup_key).filter(|k| !k.is_empty());
    for sep in TITLE_SEPARATORS {
        if let Some(pos) = title.rfind(sep) {
            let (head, tail) = (title[..pos].trim(), title[pos + sep.len()..].trim());
            let tail_is_site = site_key.as_deref().is_some_and(|k| crate::chrome::dedup_key(tail) == k);
            // A dash may also open a subtitle: it needs a longer head.
            let dash = sep.contains(['-', '–', '—']);
            let (head_words, tail_words) = (head.split_whitespace().count(), tail.split_whitespace().count());
            let site_like = if dash {
                tail_words <= 4 && head_words >= 3
            } else {
                tail_words <= 5 && head_words >= 2
            };
            if tail_is_site || site_like {
                return strip_site(head, site);
            }
        }
        if let Some(pos) = title.find(sep) {
            let (head, tail) = (title[..pos].trim(), title[pos + sep.len()..].trim());
            if site_key.as_deref().is_some_and(|k| crate::chrome::dedup_key(head) == k) && !tail.is_empty() {
                return tail.to_owned();
            }
        }
    }
    title.to_owned()
}

/// The part of `<title>` that the chosen title left out, as the site name:
/// its last segment when it has several (`Title | Section | Site`).
pub(super) fn title_suffix(raw: Option<&str>, title: Option<&str>) -> Option<String> {
    let raw = raw?.trim();
    let title = title?;
    let rest = raw.strip_prefix(title)?.trim();
    let mut rest = TITLE_SEPARATORS
        .iter()
        .find_map(|s| rest.strip_prefix(s.trim()))?
        .trim();
    if let Some(pos) = TITLE_SEPARATORS
        .iter()
        .filter_map(|s| rest.rfind(s).map(|p| p + s.len()))
        .max()
    {
        rest = rest.get(pos..).unwrap_or_default().trim();
    }
    (!rest.is_empty() && rest.split_whitespace().count() <= 5).then(|| rest.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_lose_the_site_name() {
        assert_eq!(strip_site("What is X? | Site", None), "What is X?");
        assert_eq!(
            strip_site("Site | The real headline here", Some("Site")),
            "The real headline here"
        );
        assert_eq!(
            strip_site(
                "Leaders Speak by Phone - Wire International",
                Some("Wire International")
            ),
            "Leaders Speak by Phone"
        );
        assert_eq!(strip_site(" | Volts Magazine", None), "");
        assert_eq!(strip_site("The real headline here |", None), "The real headline here");
        assert_eq!(strip_site("-5 degrees tonight", None), "-5 degrees tonight");
    }

    #[test]
    fn the_site_name_is_the_last_segment_the_title_left_out() {
        let suffix = |raw| title_suffix(Some(raw), Some("How to sleep"));
        assert_eq!(
            suffix("How to sleep | Patient Education | City Hospital").as_deref(),
            Some("City Hospital")
        );
        assert_eq!(
            suffix("How to sleep - Forum - Travel Site").as_deref(),
            Some("Travel Site")
        );
        assert_eq!(suffix("How to sleep | Site").as_deref(), Some("Site"));
        assert_eq!(suffix("How to sleep"), None);
    }
}
