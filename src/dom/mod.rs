//! The document: HTML text parsed by html5ever into a linked tree (`sink`),
//! then copied into a flat arena in document order. This is the only module
//! that names html5ever's tree types.
//!
//! In the arena, node `i`'s descendants are exactly the ids `i + 1 ..
//! end(i)`, so subtree sums are prefix sums and every walk is a loop over a
//! range: no recursion anywhere. Comments, doctypes and processing
//! instructions are dropped; `<template>` contents are not part of the
//! document. Elements nested deeper than the depth limit are flattened into
//! their ancestor at the limit, keeping their text.

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::{local_name, parse_document, Attribute, LocalName, ParseOpts};

use sink::{Kind, Sink, TreeNode, NONE};

use crate::error::{Error, ErrorKind};

mod sink;

/// Largest subtree [`Document::short_text`] reads.
pub(crate) const SHORT_SUBTREE_NODES: usize = 64;

/// Index of a node in a [`Document`].
pub(crate) type NodeId = usize;

/// A parsed page.
pub(crate) struct Document {
    nodes: Vec<Node>,
}

struct Node {
    parent: NodeId,
    end: NodeId,
    data: Data,
}

enum Data {
    Root,
    /// Attributes and text are moved out of the parsed tree, not copied.
    Element {
        name: LocalName,
        attrs: Vec<Attribute>,
    },
    Text(StrTendril),
}

/// Parses `html` into a [`Document`], failing past `max_nodes` nodes.
pub(crate) fn parse(html: &str, max_nodes: usize, max_depth: usize) -> Result<Document, Error> {
    // Scripting off: <noscript> content is parsed as markup (crawler-facing
    // fallbacks often hold the real content).
    let mut opts = ParseOpts::default();
    opts.tree_builder.scripting_enabled = false;
    let mut tree = parse_document(Sink::new(html.len() / 40 + 16), opts).one(html);
    let mut doc = Document {
        nodes: Vec::with_capacity(tree.len()),
    };
    doc.nodes.push(Node {
        parent: 0,
        end: 1,
        data: Data::Root,
    });
    let mut stack: Vec<Step> = Vec::new();
    push_children(&mut stack, &tree, 0, 0, 0);
    while let Some(step) = stack.pop() {
        match step {
            Step::Exit(id) => {
                let end = doc.nodes.len();
                if let Some(node) = doc.nodes.get_mut(id) {
                    node.end = end;
                }
            }
            Step::Enter(tree_id, parent, depth) => match tree.get_mut(tree_id).map(|n| &mut n.kind) {
                Some(Kind::Text(contents)) => {
                    let contents = std::mem::take(contents);
                    // Merge adjacent text nodes (dropped comments and
                    // flattening can leave them side by side).
                    if let Some(Node {
                        data: Data::Text(text),
                        parent: p,
                        ..
                    }) = doc.nodes.last_mut()
                    {
                        if *p == parent {
                            text.push_tendril(&contents);
                            continue;
                        }
                    }
                    let id = doc.nodes.len();
                    doc.nodes.push(Node {
                        parent,
                        end: id + 1,
                        data: Data::Text(contents),
                    });
                }
                Some(Kind::Element { name, attrs, .. }) => {
                    if depth >= max_depth {
                        // Flatten: the children attach to `parent`.
                        push_children(&mut stack, &tree, tree_id, parent, depth);
                        continue;
                    }
                    let id = doc.nodes.len();
                    if id >= max_nodes {
                        return Err(Error::new(ErrorKind::TooManyNodes { limit: max_nodes }));
                    }
                    let data = Data::Element {
                        name: name.clone(),
                        attrs: std::mem::take(attrs),
                    };
                    doc.nodes.push(Node {
                        parent,
                        end: id + 1,
                        data,
                    });
                    stack.push(Step::Exit(id));
                    push_children(&mut stack, &tree, tree_id, id, depth + 1);
                }
                _ => {}
            },
        }
    }
    let len = doc.nodes.len();
    if let Some(root) = doc.nodes.first_mut() {
        root.end = len;
    }
    Ok(doc)
}

/// One step of the copy from the parsed tree: enter a tree node (with the
/// arena id of its parent and its depth), or close an arena element once
/// its subtree is copied.
enum Step {
    Enter(usize, NodeId, usize),
    Exit(NodeId),
}

/// Schedules the children of tree node `of`, in order, below arena node `parent`.
fn push_children(stack: &mut Vec<Step>, tree: &[TreeNode], of: usize, parent: NodeId, depth: usize) {
    let mut child = tree.get(of).map_or(NONE, TreeNode::last_child);
    while let Some(node) = tree.get(child) {
        stack.push(Step::Enter(child, parent, depth));
        child = node.prev();
    }
}

impl Document {
    /// Number of nodes, the root included; ids are `0..len()`.
    pub(crate) fn len(&self) -> usize {
        self.nodes.len()
    }

    /// The root (document) node.
    pub(crate) const ROOT: NodeId = 0;

    /// The parent of `id` (the root is its own parent).
    pub(crate) fn parent(&self, id: NodeId) -> NodeId {
        self.nodes.get(id).map_or(0, |n| n.parent)
    }

    /// One past the last descendant of `id`.
    pub(crate) fn end(&self, id: NodeId) -> NodeId {
        self.nodes.get(id).map_or(id, |n| n.end)
    }

    /// The element's local name, or `None` for text and the root.
    pub(crate) fn name(&self, id: NodeId) -> Option<&LocalName> {
        match self.nodes.get(id).map(|n| &n.data) {
            Some(Data::Element { name, .. }) => Some(name),
            _ => None,
        }
    }

    /// Whether `id` is an element named `name`.
    pub(crate) fn is(&self, id: NodeId, name: &LocalName) -> bool {
        self.name(id) == Some(name)
    }

    /// The value of attribute `name` on element `id`.
    pub(crate) fn attr(&self, id: NodeId, name: &LocalName) -> Option<&str> {
        match self.nodes.get(id).map(|n| &n.data) {
            Some(Data::Element { attrs, .. }) => attrs.iter().find(|a| a.name.local == *name).map(|a| &*a.value),
            _ => None,
        }
    }

    /// The first word of element `id`'s class attribute (empty when it has
    /// none): the name items of one list share, where generators append
    /// per-item classes after it (`card post-108063 category-dinner`).
    pub(crate) fn first_class(&self, id: NodeId) -> &str {
        self.attr(id, &local_name!("class"))
            .and_then(|v| v.split_ascii_whitespace().next())
            .unwrap_or_default()
    }

    /// The attributes of element `id` (none for other nodes), as names and
    /// values. A value is read (`&**value`) only where its name is wanted:
    /// reading it touches the memory it lives in.
    pub(crate) fn attrs(&self, id: NodeId) -> impl Iterator<Item = (&LocalName, &StrTendril)> {
        let attrs = match self.nodes.get(id).map(|n| &n.data) {
            Some(Data::Element { attrs, .. }) => attrs.as_slice(),
            _ => &[],
        };
        attrs.iter().map(|a| (&a.name.local, &a.value))
    }

    /// The text of a text node, or `None` for elements.
    pub(crate) fn text(&self, id: NodeId) -> Option<&str> {
        match self.nodes.get(id).map(|n| &n.data) {
            Some(Data::Text(text)) => Some(text),
            _ => None,
        }
    }

    /// The children of `id`, in order.
    pub(crate) fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            doc: self,
            next: id + 1,
            end: self.end(id),
        }
    }

    /// All text below `id`, concatenated with white space folded; a line
    /// break (`<br>`) reads as a space.
    pub(crate) fn text_content(&self, id: NodeId) -> String {
        self.text_content_except(id, |_| false)
    }

    /// Like [`Document::text_content`], without the subtrees of the
    /// descendants for which `skip` holds.
    pub(crate) fn text_content_except(&self, id: NodeId, skip: impl Fn(NodeId) -> bool) -> String {
        let mut out = String::new();
        let end = self.end(id);
        let mut n = id;
        while n < end {
            if n != id && self.name(n).is_some() && skip(n) {
                n = self.end(n).max(n + 1);
                continue;
            }
            if let Some(t) = self.text(n) {
                // Words in two elements, set apart only by the layout
                // ("Remote</span><span>Full Stack").
                // (A one-letter prefix is part of the word: "<b>e</b>Books".)
                let mut last = out.chars().rev();
                let glued = match (last.next(), last.next()) {
                    (Some(')'), _) => true,
                    (Some(a), Some(b)) => a.is_lowercase() && b.is_lowercase(),
                    _ => false,
                };
                if glued && t.chars().next().is_some_and(char::is_uppercase) {
                    out.push(' ');
                }
                push_folded(&mut out, t);
            } else if self.is(n, &local_name!("br")) {
                push_folded(&mut out, " ");
            }
            n += 1;
        }
        out.trim_end().to_owned()
    }

    /// Like [`Document::text_content`], but only for a subtree of at most
    /// [`SHORT_SUBTREE_NODES`] nodes: reading many such texts stays linear.
    pub(crate) fn short_text(&self, id: NodeId) -> Option<String> {
        (self.end(id).saturating_sub(id) <= SHORT_SUBTREE_NODES).then(|| self.text_content(id))
    }

    /// The ancestors of `id`, nearest first, the root excluded.
    pub(crate) fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        let mut cur = id;
        std::iter::from_fn(move || {
            if cur == Self::ROOT {
                return None;
            }
            cur = self.parent(cur);
            (cur != Self::ROOT).then_some(cur)
        })
    }

    /// Elements named `name`, in document order.
    pub(crate) fn elements<'a>(&'a self, name: &'a LocalName) -> impl Iterator<Item = NodeId> + 'a {
        (0..self.len()).filter(move |&i| self.is(i, name))
    }
}

/// Iterator over a node's children.
pub(crate) struct Children<'a> {
    doc: &'a Document,
    next: NodeId,
    end: NodeId,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        if self.next >= self.end {
            return None;
        }
        let id = self.next;
        self.next = self.doc.end(id).max(id + 1);
        Some(id)
    }
}

/// A value per node of a [`Document`], read and written by id without a
/// panic path: an id out of range reads as the default and writes nowhere.
#[derive(Clone)]
pub(crate) struct NodeMap<T>(Vec<T>);

impl<T: Copy + Default> NodeMap<T> {
    /// `len` defaults.
    pub(crate) fn new(len: usize) -> Self {
        NodeMap(vec![T::default(); len])
    }

    /// The value of `id`.
    pub(crate) fn at(&self, id: NodeId) -> T {
        self.0.get(id).copied().unwrap_or_default()
    }

    /// Sets the value of `id`.
    pub(crate) fn set(&mut self, id: NodeId, value: T) {
        if let Some(slot) = self.0.get_mut(id) {
            *slot = value;
        }
    }

    /// Replaces the value of `id` by `f` of it.
    pub(crate) fn update(&mut self, id: NodeId, f: impl FnOnce(T) -> T) {
        if let Some(slot) = self.0.get_mut(id) {
            *slot = f(*slot);
        }
    }

    /// The ids and values, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (NodeId, T)> + '_ {
        self.0.iter().copied().enumerate()
    }
}

/// Whether `c` is dropped from text: control characters other than white
/// space, and the invisible format characters that only hint at a line break
/// or join nothing (soft hyphen, zero-width space, word joiner, byte-order
/// mark), which would split a word in two for every reader of the text
/// (`Assis\u{ad}tance`). The joiners that shape scripts and emoji stay.
fn is_dropped(c: char) -> bool {
    (c.is_control() && !c.is_whitespace()) || matches!(c, '\u{ad}' | '\u{200b}' | '\u{2060}' | '\u{feff}')
}

/// Appends `text` to `out` with runs of white space folded to one space, no
/// leading space at the start of `out`, and control and invisible format
/// characters dropped (see [`is_dropped`]).
/// Returns how many characters other than white space it appended.
pub(crate) fn push_folded(out: &mut String, text: &str) -> u32 {
    let mut space = out.ends_with(' ') || out.is_empty();
    let mut rest = text;
    let mut chars = 0usize;
    while !rest.is_empty() {
        // Runs of printable ASCII other than the space are copied whole.
        let run = rest
            .bytes()
            .position(|b| !(0x21..=0x7E).contains(&b))
            .unwrap_or(rest.len());
        if run > 0 {
            out.push_str(rest.get(..run).unwrap_or_default());
            chars += run;
            space = false;
            rest = rest.get(run..).unwrap_or_default();
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        rest = rest.get(c.len_utf8()..).unwrap_or_default();
        if is_dropped(c) {
            continue;
        }
        if c.is_whitespace() {
            if !space {
                out.push(' ');
                space = true;
            }
        } else {
            out.push(c);
            chars += 1;
            space = false;
        }
    }
    u32::try_from(chars).unwrap_or(u32::MAX)
}

/// The words of `text` (runs of letters and digits), lowercased.
pub(crate) fn lowercase_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// `text` with white space folded and trimmed, control characters dropped.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::new();
    push_folded(&mut out, text);
    out.trim_end().to_owned()
}

/// The non-empty lines of `text`, each folded as by [`fold`].
pub(crate) fn folded_lines(text: &str) -> Vec<String> {
    text.lines().map(fold).filter(|l| !l.is_empty()).collect()
}

/// Appends preformatted `text` to `out` as it is, but for line ends made
/// `\n` and other control and invisible format characters (tab aside)
/// dropped. Returns how many characters other than white space it appended.
pub(crate) fn push_preformatted(out: &mut String, text: &str) -> u32 {
    let mut shown = 0u32;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' | '\t' => out.push(c),
            c if c.is_control() || is_dropped(c) => {}
            c => {
                out.push(c);
                shown = shown.saturating_add(u32::from(!c.is_whitespace()));
            }
        }
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_content_sets_apart_words_the_layout_sets_apart() {
        let text = |html: &str| {
            let doc = parse(html, 1000, 100).unwrap();
            let h1 = doc.elements(&local_name!("h1")).next().unwrap();
            doc.text_content(h1)
        };
        assert_eq!(
            text("<h1>Cosmetic Packaging<br><span>Design</span></h1>"),
            "Cosmetic Packaging Design"
        );
        assert_eq!(text("<h1>WEEKEND<br>CODING<br> AGENT</h1>"), "WEEKEND CODING AGENT");
        assert_eq!(
            text("<h1><span>Remote</span><span>Full Stack Jobs</span></h1>"),
            "Remote Full Stack Jobs"
        );
        // Within a word, or across punctuation, elements join.
        assert_eq!(
            text("<h1>Pay<b>pal</b> and <i>X</i>-rays, <b>e</b>Books</h1>"),
            "Paypal and X-rays, eBooks"
        );
    }

    #[test]
    fn arena_is_preorder_with_subtree_ranges() {
        let doc = parse("<div><p>a<b>b</b></p><p>c</p></div>", 1000, 100).unwrap();
        let div = doc.elements(&local_name!("div")).next().unwrap();
        let kids: Vec<_> = doc.children(div).collect();
        assert_eq!(kids.len(), 2);
        assert_eq!(doc.text_content(div), "abc");
        assert_eq!(doc.text_content(kids[0]), "ab");
    }

    #[test]
    fn deep_nesting_is_flattened_not_lost() {
        let html = format!("{}deep text{}", "<div>".repeat(5_000), "</div>".repeat(5_000));
        let doc = parse(&html, 1_000_000, 50).unwrap();
        assert!(doc.len() < 100);
        assert_eq!(doc.text_content(Document::ROOT), "deep text");
    }

    #[test]
    fn node_limit_is_an_error() {
        let html = "<p>x</p>".repeat(100);
        assert!(parse(&html, 50, 100).is_err());
    }

    #[test]
    fn push_folded_folds_every_kind_of_white_space() {
        // The character-by-character definition, against which the ASCII
        // fast path is checked.
        fn slow(out: &mut String, text: &str) {
            let mut space = out.ends_with(' ') || out.is_empty();
            for c in text.chars().filter(|&c| !is_dropped(c)) {
                if c.is_whitespace() {
                    if !space {
                        out.push(' ');
                    }
                    space = true;
                } else {
                    out.push(c);
                    space = false;
                }
            }
        }
        for (start, text) in [
            ("", "  plain  ascii\ttext\n"),
            ("a", " b"),
            ("a ", "  b"),
            ("", "Grüße\u{a0}\u{a0}aus\u{2009}Köln\u{3000}日本"),
            ("x", "\u{0}ctl\u{7}\u{7f}chars\u{85}next\r\n"),
            ("", "~!{}[]<>@#$%^&*()_+=-|\\/?.,;:'\""),
            ("", "Assis\u{ad}tance \u{200b}zero\u{feff}width\u{2060} \u{200d}joiner"),
        ] {
            let (mut fast, mut want) = (start.to_owned(), start.to_owned());
            let shown = push_folded(&mut fast, text);
            slow(&mut want, text);
            assert_eq!(fast, want, "{text:?}");
            // What it returns: the characters other than white space appended.
            let appended = fast.get(start.len()..).unwrap_or_default();
            assert_eq!(shown, crate::prune::count_chars(appended), "{text:?}");
            let mut pre = String::new();
            let shown = push_preformatted(&mut pre, text);
            assert_eq!(shown, crate::prune::count_chars(&pre), "{text:?}");
        }
        assert_eq!(
            fold("Assis\u{ad}tance \u{200b}zero\u{feff}width"),
            "Assistance zerowidth"
        );
    }
}
