//! Phrase dictionaries, compiled once into aho-corasick automata.

use foldhash::HashSet;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::patterns;

/// The compiled phrase lists of [`patterns`].
pub(crate) struct Dictionaries {
    pub chrome: Phrases,
    /// Whole-block chrome texts, lowercased, with white space removed.
    lines: HashSet<String>,
    /// The distinct byte lengths of `lines`, ascending.
    line_lengths: Vec<usize>,
    /// The first bytes of `lines`.
    line_starts: ByteSet,
    pub error: Phrases,
    pub blocked: Phrases,
    pub cookie_wall: Phrases,
    pub paywall: Phrases,
    /// Keys of publication dates in scripts' data (case-sensitive).
    pub script_date_keys: Phrases,
    calls: Calls,
}

/// How many kinds of calls to action [`patterns::CALLS_TO_ACTION`] lists.
pub(crate) const CALL_KINDS: usize = patterns::CALLS_TO_ACTION.len();

/// The calls-to-action lists as one automaton over lowercased text, with
/// the kind of each phrase.
struct Calls {
    automaton: Option<AhoCorasick>,
    kinds: Vec<usize>,
}

impl Calls {
    fn new() -> Self {
        let mut phrases = Vec::new();
        let mut kinds = Vec::new();
        for (kind, list) in patterns::CALLS_TO_ACTION.iter().enumerate() {
            phrases.extend_from_slice(list);
            kinds.extend(std::iter::repeat_n(kind, list.len()));
        }
        // Standard semantics: overlapping phrases ("get a quote", "quote") all count.
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&phrases)
            .ok();
        Calls { automaton, kinds }
    }

    /// Per kind, how many distinct phrases of that kind occur in `lower`.
    fn count(&self, lower: &str) -> [u8; CALL_KINDS] {
        let mut counts = [0u8; CALL_KINDS];
        let Some(a) = &self.automaton else { return counts };
        let mut seen: Vec<usize> = a.find_overlapping_iter(lower).map(|m| m.pattern().as_usize()).collect();
        seen.sort_unstable();
        seen.dedup();
        for p in seen {
            if let Some(c) = self.kinds.get(p).and_then(|&k| counts.get_mut(k)) {
                *c = c.saturating_add(1);
            }
        }
        counts
    }
}

/// What the chrome phrase lists say of one text.
#[derive(Clone, Copy)]
pub(crate) struct Signals {
    /// The text is one to three chrome lines (see [`Dictionaries::is_chrome_line`]).
    pub line: bool,
    /// How many distinct chrome phrases it holds.
    pub hits: usize,
    /// Per kind of page, how many distinct calls to action it holds.
    pub calls: [u8; CALL_KINDS],
}

/// Whether a chrome line's key leaves `c` out: white space and the
/// punctuation that labels and widgets put around their words.
fn is_unkeyed(c: char) -> bool {
    c.is_whitespace() || matches!(c, ':' | '.' | '!' | '¡' | '?' | '¿' | '|' | '·' | '•')
}

/// Longest text checked against the chrome lines, in bytes.
const MAX_LINE_BYTES: usize = 80;

/// A set of bytes.
#[derive(Default)]
struct ByteSet([u64; 4]);

impl ByteSet {
    fn insert(&mut self, b: u8) {
        if let Some(word) = self.0.get_mut(usize::from(b >> 6)) {
            *word |= 1 << (b & 63);
        }
    }

    fn contains(&self, b: u8) -> bool {
        self.0
            .get(usize::from(b >> 6))
            .is_some_and(|w| w & (1 << (b & 63)) != 0)
    }
}

/// One phrase list as an automaton over lowercased text.
///
/// Building fails only for pattern sets beyond the automaton's size limits;
/// ours are small and fixed, and a test asserts every list builds. Should it
/// ever fail, the list matches nothing rather than crash.
pub(crate) struct Phrases(Option<AhoCorasick>);

impl Phrases {
    fn new(phrases: &[&str]) -> Self {
        Phrases(
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostFirst)
                // Small, fixed lists read on every short block: the fastest kind.
                .kind(Some(AhoCorasickKind::DFA))
                .build(phrases)
                .ok(),
        )
    }

    /// Whether any phrase occurs in `lower`.
    pub(crate) fn is_match(&self, lower: &str) -> bool {
        self.0.as_ref().is_some_and(|a| a.is_match(lower))
    }

    /// Where the first match in `text` ends.
    pub(crate) fn first_end(&self, text: &str) -> Option<usize> {
        self.0.as_ref()?.find(text).map(|m| m.end())
    }

    /// How many distinct phrases occur in `lower`.
    pub(crate) fn distinct(&self, lower: &str) -> usize {
        let Some(a) = &self.0 else { return 0 };
        let mut seen: Vec<usize> = a.find_iter(lower).map(|m| m.pattern().as_usize()).collect();
        seen.sort_unstable();
        seen.dedup();
        seen.len()
    }
}

impl Dictionaries {
    pub(crate) fn new() -> Self {
        let lines: HashSet<String> = patterns::CHROME_LINES
            .iter()
            .map(|l| l.chars().filter(|&c| !is_unkeyed(c)).collect())
            .collect();
        let mut line_lengths: Vec<usize> = lines.iter().map(String::len).collect();
        line_lengths.sort_unstable();
        line_lengths.dedup();
        let mut line_starts = ByteSet::default();
        for line in &lines {
            if let Some(b) = line.bytes().next() {
                line_starts.insert(b);
            }
        }
        Dictionaries {
            chrome: Phrases::new(patterns::CHROME_PHRASES),
            lines,
            line_lengths,
            line_starts,
            error: Phrases::new(patterns::ERROR_PHRASES),
            blocked: Phrases::new(patterns::BLOCKED_PHRASES),
            cookie_wall: Phrases::new(patterns::COOKIE_WALL_PHRASES),
            paywall: Phrases::new(patterns::PAYWALL_PHRASES),
            script_date_keys: Phrases::new(patterns::SCRIPT_DATE_KEYS),
            calls: Calls::new(),
        }
    }

    /// Whether `lower` (lowercased) is made of one to three chrome lines run
    /// together, as flattened widgets are: "comments", "CommentsNo comment",
    /// "Share Tweet Email".
    pub(crate) fn is_chrome_line(&self, lower: &str) -> bool {
        // The key (the text without white space and punctuation) is built in
        // a buffer on the stack: most blocks are prose and fail here.
        let mut buf = [0u8; MAX_LINE_BYTES + 4];
        let mut len = 0;
        for c in lower.chars() {
            if is_unkeyed(c) {
                continue;
            }
            let Some(slot) = buf.get_mut(len..len + c.len_utf8()) else {
                return false;
            };
            c.encode_utf8(slot);
            len += c.len_utf8();
            if len > MAX_LINE_BYTES {
                return false;
            }
        }
        let Some(key) = buf.get(..len).and_then(|k| std::str::from_utf8(k).ok()) else {
            return false;
        };
        if key.is_empty() || !key.bytes().next().is_some_and(|b| self.line_starts.contains(b)) {
            return false;
        }
        // reach[i]: how few lines spell key[..i] (u8::MAX = not reachable).
        let mut reach = [u8::MAX; MAX_LINE_BYTES + 5];
        if let Some(first) = reach.first_mut() {
            *first = 0;
        }
        for i in 0..key.len() {
            let here = reach.get(i).copied().unwrap_or(u8::MAX);
            if here >= 3 || !key.is_char_boundary(i) {
                continue;
            }
            for j in self.line_lengths.iter().map(|l| i + l).take_while(|&j| j <= key.len()) {
                if key.get(i..j).is_some_and(|piece| self.lines.contains(piece)) {
                    if let Some(slot) = reach.get_mut(j) {
                        *slot = (*slot).min(here + 1);
                    }
                }
            }
        }
        reach.get(key.len()).is_some_and(|&n| n <= 3)
    }

    /// What the chrome and calls-to-action lists say of `text` (any case).
    pub(crate) fn signals(&self, text: &str) -> Signals {
        let lower = text.to_lowercase();
        let (line, hits) = self.chrome_of(&lower);
        Signals {
            line,
            hits,
            calls: self.calls.count(&lower),
        }
    }

    /// What the chrome lists alone say of `text` (any case): whether it is
    /// chrome lines, and how many distinct chrome phrases it holds (the
    /// `line` and `hits` of [`Self::signals`]).
    pub(crate) fn chrome_signals(&self, text: &str) -> (bool, usize) {
        self.chrome_of(&text.to_lowercase())
    }

    /// `line` and `hits` of lowercased text.
    fn chrome_of(&self, lower: &str) -> (bool, usize) {
        (self.is_chrome_line(lower), self.chrome_hits(lower))
    }

    /// How many distinct chrome phrases occur in `lower` (lowercased text).
    pub(crate) fn chrome_hits(&self, lower: &str) -> usize {
        self.chrome.distinct(lower)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dictionaries_build_and_match_every_language() {
        let d = Dictionaries::new();
        for p in [
            &d.chrome,
            &d.error,
            &d.blocked,
            &d.cookie_wall,
            &d.paywall,
            &d.script_date_keys,
        ] {
            assert!(p.0.is_some(), "a phrase list failed to build");
        }
        for text in [
            "we use cookies to improve",
            "wir verwenden cookies",
            "nous utilisons des cookies",
            "utilizamos cookies",
            "мы используем файлы cookie",
        ] {
            assert_eq!(d.chrome_hits(text), 1, "{text}");
        }
        assert!(d.error.is_match("ошибка 404: страница не найдена"));
        for line in ["comments", "commentsno comment", "share tweet email", "kommentare:"] {
            assert!(d.is_chrome_line(line), "{line}");
        }
        assert!(!d.is_chrome_line("no comment on the merger was given"));
        // Every listed line is one, as written (punctuation and all).
        for line in patterns::CHROME_LINES {
            assert!(d.is_chrome_line(line), "{line}");
        }
    }

    #[test]
    fn calls_count_each_overlapping_phrase_once_per_kind() {
        let d = Dictionaries::new();
        assert!(d.calls.automaton.is_some(), "the calls-to-action list failed to build");
        // "get a quote" and "quote" overlap: one service call, one forum call.
        assert_eq!(d.signals("Get a Quote").calls, [1, 0, 1, 0, 0]);
        assert_eq!(d.signals("Add to cart · Add to cart").calls, [0, 1, 0, 0, 0]);
        assert_eq!(d.signals("Ein Absatz ohne Aufforderung").calls, [0; CALL_KINDS]);
    }
}
