//! Dates to ISO 8601: structured values (`2025-01-15T10:00:00Z`), numeric
//! forms (`15.01.2025`, `01/15/2025`, `2025/01/15`) and written forms in
//! English, German, French, Spanish and Russian (`January 15, 2025`, `2025 Jan 15`,
//! `15. Januar 2025`, `15 janvier 2025`, `15 de enero de 2025`, `15 января 2025`).

use html5ever::local_name;

use super::Sources;
use crate::chrome::phrases::Phrases;
use crate::dom::Document;

/// Month names and abbreviations, lowercase, with their number.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    ("januar", 1),
    ("jänner", 1),
    ("februar", 2),
    ("märz", 3),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    ("okt", 10),
    ("dez", 12),
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("января", 1),
    ("февраля", 2),
    ("марта", 3),
    ("апреля", 4),
    ("мая", 5),
    ("июня", 6),
    ("июля", 7),
    ("августа", 8),
    ("сентября", 9),
    ("октября", 10),
    ("ноября", 11),
    ("декабря", 12),
    ("январь", 1),
    ("февраль", 2),
    ("март", 3),
    ("апрель", 4),
    ("май", 5),
    ("июнь", 6),
    ("июль", 7),
    ("август", 8),
    ("сентябрь", 9),
    ("октябрь", 10),
    ("ноябрь", 11),
    ("декабрь", 12),
];

/// The earliest and latest years taken as real publication dates.
const YEARS: std::ops::RangeInclusive<i32> = 1990..=2100;

/// A date found in `text`, as `YYYY-MM-DD`; `None` when `text` holds none.
/// A bare year is not a date.
pub(crate) fn normalize(text: &str) -> Option<String> {
    let text = text.trim();
    if text.len() > 200 {
        return None;
    }
    numeric(text).or_else(|| written(text))
}

/// A date in a URL path (`/2025/01/15/`, `/2025-01-15-title`).
pub(crate) fn from_url(url: &str) -> Option<String> {
    let nums: Vec<&str> = url.split(['/', '-', '_', '.']).collect();
    nums.windows(3).find_map(|w| {
        let [y, m, d] = *w else { return None };
        if y.len() == 4 && (1..=2).contains(&m.len()) && (1..=2).contains(&d.len()) {
            ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
        } else {
            None
        }
    })
}

fn ymd(y: i32, m: u32, d: u32) -> Option<String> {
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => return None,
    };
    (YEARS.contains(&y) && (1..=days).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// Runs of digits with their separators: `2025-01-15`, `15.01.2025`, `1/15/2025`.
fn numeric(text: &str) -> Option<String> {
    let mut groups: Vec<(&str, char)> = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        if byte.is_ascii_digit() {
            let start = i;
            while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            let sep = text.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
            groups.push((text.get(start..i).unwrap_or_default(), sep));
        } else {
            i += 1;
        }
    }
    for w in groups.windows(3) {
        let [(a, s1), (b, s2), (c, _)] = *w else { continue };
        // East Asian order with unit signs: 2024年11月23日, 2024년 11월 23일.
        if matches!((s1, s2), ('年', '月') | ('년', '월')) {
            if let (Ok(y), Ok(m), Ok(d)) = (a.parse::<i32>(), b.parse::<u32>(), c.parse::<u32>()) {
                if let Some(date) = ymd(y, m, d) {
                    return Some(date);
                }
            }
            continue;
        }
        if s1 != s2 || !matches!(s1, '-' | '/' | '.') {
            continue;
        }
        let (a_n, b_n, c_n): (u32, u32, u32) = (a.parse().ok()?, b.parse().ok()?, c.parse().ok()?);
        if a.len() == 4 {
            if let Some(d) = ymd(a_n as i32, b_n, c_n) {
                return Some(d);
            }
        } else if c.len() == 4 {
            let y = c_n as i32;
            // Day first, as most of the world writes it, unless impossible; US order with '/'.
            let guess = if s1 == '/' && b_n > 12 {
                ymd(y, a_n, b_n)
            } else {
                ymd(y, b_n, a_n).or_else(|| ymd(y, a_n, b_n))
            };
            if guess.is_some() {
                return guess;
            }
        }
    }
    None
}

/// A month name with a day and a year around it.
fn written(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let tokens: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '.' | '/' | '-' | '(' | ')'))
        .filter(|t| !t.is_empty())
        .collect();
    for (i, tok) in tokens.iter().enumerate() {
        let Some(&(_, month)) = MONTHS.iter().find(|(name, _)| name == tok) else {
            continue;
        };
        let near = |j: usize| tokens.get(j).copied();
        let num = |t: Option<&str>| t.and_then(|t| t.trim_end_matches(|c: char| c.is_alphabetic()).parse::<u32>().ok());
        // Day before the month ("15 janvier", "15 de enero") or after ("January 15").
        let day_before = num(i.checked_sub(1).and_then(near)).or_else(|| {
            (i >= 2 && near(i - 1) == Some("de"))
                .then(|| num(near(i - 2)))
                .flatten()
        });
        let day_after = num(near(i + 1)).filter(|&d| d <= 31);
        let year_after = |from: usize| {
            (from..from + 3).find_map(|j| {
                let t = near(j)?;
                (t.len() == 4).then(|| t.parse::<i32>().ok()).flatten()
            })
        };
        if let (Some(d), Some(y)) = (day_before.filter(|&d| d <= 31), year_after(i + 1)) {
            if let Some(date) = ymd(y, month, d) {
                return Some(date);
            }
        }
        if let (Some(d), Some(y)) = (day_after, year_after(i + 2)) {
            if let Some(date) = ymd(y, month, d) {
                return Some(date);
            }
        }
        // The year first, as citations write it ("2023 Jan 7").
        let year_before = i
            .checked_sub(1)
            .and_then(near)
            .filter(|t| t.len() == 4)
            .and_then(|t| t.parse::<i32>().ok());
        if let (Some(y), Some(d)) = (year_before, day_after) {
            if let Some(date) = ymd(y, month, d) {
                return Some(date);
            }
        }
    }
    None
}

/// Words that mark a visible date as the publication date.
const PUBLISHED_WORDS: &[&str] = &[
    "published",
    "posted",
    "veröffentlicht",
    "publié",
    "publicado",
    "опубликовано",
];

/// Words that label a date as the last update, in English, German, French,
/// Spanish and Russian.
const UPDATED_WORDS: &[&str] = &["updated", "aktualisiert", "mis à jour", "actualizado", "обновлено"];

/// Longest visible text read as a date.
const MAX_DATE_TEXT: usize = 80;

/// Words that label a date as a member's, not the page's: when they joined
/// a forum, in English, German, French, Spanish and Russian.
const JOINED_WORDS: &[&str] = &[
    "joined",
    "member since",
    "registriert",
    "inscrit",
    "registrado",
    "зарегистрирован",
];

/// Records a short visible text that reads as a date.
pub(super) fn visible_date(doc: &Document, id: usize, text: &str, s: &mut Sources) {
    let text = text.trim();
    if !is_date_sized(text) || !is_shown(doc, id) {
        return;
    }
    let Some(date) = normalize(text) else { return };
    let lower = label(doc, id, text);
    if PUBLISHED_WORDS.iter().any(|w| lower.contains(w)) {
        s.published_text_date = Some(date);
    } else if !lower.contains('©') {
        let slot = if UPDATED_WORDS.iter().any(|w| lower.contains(w)) {
            &mut s.updated_text_date
        } else {
            &mut s.text_date
        };
        slot.get_or_insert(date);
    }
}

/// Whether `text` is short enough to be a date alone and holds a year.
fn is_date_sized(text: &str) -> bool {
    text.len() <= MAX_DATE_TEXT * 4 && text.chars().count() <= MAX_DATE_TEXT && has_year(text)
}

/// Whether text node `id` is shown on the page (not a script's, a style's
/// or the `<title>`'s).
fn is_shown(doc: &Document, id: usize) -> bool {
    !matches!(
        doc.name(doc.parent(id)),
        Some(&local_name!("script")) | Some(&local_name!("style")) | Some(&local_name!("title"))
    )
}

/// A date's text node `id` (`text`, trimmed) with its label, lowercased:
/// the label may stand in a sibling just before ("Published on:" / "March 3").
fn label(doc: &Document, id: usize, text: &str) -> String {
    let context = doc.short_text(doc.parent(id)).unwrap_or_default();
    format!("{context} {text}").to_lowercase()
}

/// The nearest text before element `id`, ending at most a few nodes before
/// it (the text of the term before a definition, of a label before a value).
fn preceding_text(doc: &Document, id: usize) -> Option<&str> {
    (id.saturating_sub(4)..id)
        .rev()
        .filter_map(|k| doc.text(k))
        .map(str::trim)
        .find(|t| !t.is_empty())
}

/// The longest text of an article's header, between its headline and its
/// text: a longer text is the article's, and ends the header.
const MAX_HEADER_TEXT: usize = 200;

/// The date shown under the page's headline (its first `<h1>`): the first
/// short visible date after it, up to the first text longer than
/// [`MAX_HEADER_TEXT`], outside readers' comments, and labelled neither an
/// update nor a member's join date; a `<time>`'s `datetime` rather than
/// its words.
#[derive(Default)]
pub(super) struct Headline {
    /// Where the header starts: the end of the first `<h1>`.
    after: Option<usize>,
    /// The article's text has begun.
    closed: bool,
    pub(super) date: Option<String>,
}

impl Headline {
    /// Starts the header after `h1`, unless an earlier `<h1>` started it.
    pub(super) fn start(&mut self, doc: &Document, h1: usize) {
        self.after.get_or_insert(doc.end(h1));
    }

    /// Reads text node `id` (`text`, trimmed) of the page, in document order.
    pub(super) fn read(&mut self, doc: &Document, id: usize, text: &str, in_comments: bool) {
        if self.date.is_some() || self.closed || self.after.is_none_or(|after| id < after) {
            return;
        }
        if text.chars().count() > MAX_HEADER_TEXT {
            self.closed = true;
            return;
        }
        if in_comments || !is_date_sized(text) || !is_shown(doc, id) {
            return;
        }
        let parent = doc.parent(id);
        let machine = doc
            .is(parent, &local_name!("time"))
            .then(|| doc.attr(parent, &local_name!("datetime")))
            .flatten();
        let Some(date) = machine.and_then(normalize).or_else(|| normalize(text)) else {
            return;
        };
        let lower = label(doc, id, text);
        let not_the_pages = |words: &[&str]| words.iter().any(|w| lower.contains(w));
        // A member's card labels the date in the term before it (`<dt>Joined</dt><dd>...`).
        let term = preceding_text(doc, parent).unwrap_or_default().to_lowercase();
        let joined = not_the_pages(JOINED_WORDS) || JOINED_WORDS.iter().any(|w| term.contains(w));
        if !not_the_pages(UPDATED_WORDS) && !joined && !lower.contains('©') {
            self.date = Some(date);
        }
    }
}

/// Whether `text` holds a four-digit run that could be a year.
fn has_year(text: &str) -> bool {
    // One pass: at each fourth digit of a run, the run's digit three back
    // starts a window of four.
    let bytes = text.as_bytes();
    let mut run = 0usize;
    for (i, b) in bytes.iter().enumerate() {
        if !b.is_ascii_digit() {
            run = 0;
            continue;
        }
        run += 1;
        if run >= 4 && matches!(i.checked_sub(3).and_then(|k| bytes.get(k)), Some(b'1' | b'2')) {
            return true;
        }
    }
    false
}

/// The page's publication date. `declared` (by its structured data or
/// metas) stands, even after `modified` (a post scheduled after its last
/// edit), unless the page shows an earlier date under its headline, or,
/// when `declared` is no earlier than `modified`, where dates are shown:
/// `declared` is then a later republishing's stamp (a site builder's).
/// Else the date found in the page, never later than `modified`; else
/// `modified` (a page that shows no publication date is dated by its last
/// change).
pub(super) fn page_date(
    s: &Sources,
    declared: Option<String>,
    modified: Option<&str>,
    url: Option<&str>,
) -> Option<String> {
    let stamped = declared.as_deref().is_some_and(|d| modified.is_some_and(|m| d >= m));
    let shown = if stamped {
        s.dateline
            .as_deref()
            .and_then(normalize)
            .or_else(|| s.published_text_date.clone())
    } else {
        None
    };
    let earliest = |d: String, shown: Option<&String>| match shown {
        Some(v) if *v < d => v.clone(),
        _ => d,
    };
    let declared = declared
        .map(|d| earliest(d, shown.as_ref()))
        .map(|d| earliest(d, s.headline.date.as_ref()));
    let found = || {
        s.headline
            .date
            .clone()
            .or_else(|| s.time.as_deref().and_then(normalize))
            .or_else(|| s.script_date.clone())
            .or_else(|| url.and_then(from_url))
            .or_else(|| s.byline.as_deref().and_then(normalize))
            .or_else(|| s.dateline.as_deref().and_then(normalize))
            .or_else(|| s.published_text_date.clone())
            .or_else(|| s.text_date.clone())
            .or_else(|| s.updated_text_date.clone())
            .map(|d| match modified {
                Some(m) if d.as_str() > m => m.to_owned(),
                _ => d,
            })
    };
    declared.or_else(found).or_else(|| modified.map(str::to_owned))
}

/// The date after the first publication-date key (found by `keys`, the
/// automaton of [`SCRIPT_DATE_KEYS`](crate::patterns::SCRIPT_DATE_KEYS)) in a script's text.
pub(super) fn script_date(keys: &Phrases, text: &str) -> Option<String> {
    let at = keys.first_end(text)?;
    let rest = text.get(at..)?;
    let cut = (0..=rest.len().min(48)).rev().find(|&i| rest.is_char_boundary(i))?;
    let rest = rest.get(..cut)?.trim_start_matches([':', ' ', '"', '\\']);
    let end = rest.find(['"', ',', '}']).unwrap_or(rest.len());
    normalize(rest.get(..end)?)
}

#[cfg(test)]
mod tests {
    #[test]
    fn has_year_finds_four_digits_led_by_one_or_two() {
        let windows = |t: &str| {
            t.as_bytes()
                .windows(4)
                .any(|w| w.iter().all(u8::is_ascii_digit) && matches!(w.first(), Some(b'1' | b'2')))
        };
        for t in [
            "",
            "2024",
            "31999",
            "399",
            "3999 x",
            "a1234b",
            "12 345 6789",
            "99992",
            "March 3, 2026",
            "98765",
        ] {
            assert_eq!(super::has_year(t), windows(t), "{t:?}");
        }
    }

    use super::*;

    #[test]
    fn date_table() {
        for (input, want) in [
            ("2025-09-04T10:00:00+02:00", Some("2025-09-04")),
            ("2025-12-28T18:00+0000", Some("2025-12-28")),
            ("15.01.2025", Some("2025-01-15")),
            ("01/15/2025", Some("2025-01-15")),
            ("2025/01/15", Some("2025-01-15")),
            ("September 4, 2025", Some("2025-09-04")),
            ("Published on Sep 4th, 2025 at 10am", Some("2025-09-04")),
            ("4. September 2025", Some("2025-09-04")),
            ("le 4 janvier 2025", Some("2025-01-04")),
            ("4 de septiembre de 2025", Some("2025-09-04")),
            ("4 января 2025 г.", Some("2025-01-04")),
            ("2023 Jan 7", Some("2023-01-07")),
            ("2023 Jan 7;15(1):e33475", Some("2023-01-07")),
            ("2023 Jan", None),
            ("2024年11月23日", Some("2024-11-23")),
            ("2024년 11월 23일", Some("2024-11-23")),
            ("© 2025", None),
            ("2025-02-30", None),
            ("May the force", None),
        ] {
            assert_eq!(normalize(input).as_deref(), want, "{input}");
        }
    }

    #[test]
    fn url_dates() {
        assert_eq!(
            from_url("https://x.org/2025/09/04/title/").as_deref(),
            Some("2025-09-04")
        );
        assert_eq!(from_url("https://x.org/news/title-123").as_deref(), None);
    }
}
