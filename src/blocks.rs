//! Segments the pruned document into text blocks. Takes the [`Document`] and
//! its [`Pruned`] mask; returns [`RawBlock`]s in document order, each with the
//! element that owns it, its kind, its text (white space folded, kept in
//! `<pre>`), its link spans and measures. Nothing is deleted here but empty
//! blocks.
//!
//! A block ends wherever a block-level element starts or ends (and at `<br>`).
//! A table row whose cells hold only inline content becomes one row block
//! with its cells; any other table is read as layout, its cells as blocks.

use html5ever::{local_name, LocalName};

use crate::article::BlockKind;
use crate::chrome::phrases::Signals;
use crate::dom::{push_folded, push_preformatted, Document, NodeId, NodeMap};
use crate::extractor::Compiled;
use crate::prune::{count_chars, Pruned};

/// A block before selection.
#[derive(Clone)]
pub(crate) struct RawBlock {
    /// The innermost block-level element holding the text.
    pub owner: NodeId,
    pub kind: BlockKind,
    pub text: String,
    pub cells: Vec<String>,
    /// Link spans: byte range in `text` and the raw `href`.
    pub links: Vec<(usize, usize, String)>,
    pub src: Option<String>,
    /// Non-white-space characters of `text`.
    pub chars: u32,
    /// Of those, characters inside links.
    pub link_chars: u32,
    /// What the chrome phrase lists say of `text`, once read (see
    /// [`Dictionaries::signals`](crate::chrome::phrases::Dictionaries::signals)).
    pub phrases: Option<Signals>,
}

struct Open {
    id: NodeId,
    end: NodeId,
    role: Role,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Block,
    Row,
    Cell,
    Link,
    Inline,
}

struct Builder {
    blocks: Vec<RawBlock>,
    text: String,
    /// Characters other than white space in `text`.
    chars: u32,
    cells: Vec<String>,
    links: Vec<(usize, usize, String)>,
    link_chars: u32,
    owner: NodeId,
    kind: BlockKind,
    link_open: Option<(usize, String)>,
    in_row: bool,
}

impl Builder {
    fn flush(&mut self) {
        if self.in_row {
            self.end_cell();
            if self.cells.iter().any(|c| !c.is_empty()) {
                let text = self
                    .cells
                    .iter()
                    .filter(|c| !c.is_empty())
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(" | ");
                let chars = count_chars(&text);
                self.blocks.push(RawBlock {
                    owner: self.owner,
                    kind: BlockKind::TableRow,
                    text,
                    cells: std::mem::take(&mut self.cells),
                    links: std::mem::take(&mut self.links),
                    src: None,
                    chars,
                    link_chars: std::mem::take(&mut self.link_chars),
                    phrases: None,
                });
            }
            self.cells.clear();
            self.links.clear();
            self.link_chars = 0;
            return;
        }
        let text = if self.kind == BlockKind::Code {
            self.text.trim_matches('\n').trim_end().to_owned()
        } else {
            self.text.trim().to_owned()
        };
        let lead = self.text.len() - self.text.trim_start().len();
        if !text.is_empty() {
            let links = std::mem::take(&mut self.links)
                .into_iter()
                .filter_map(|(s, e, h)| {
                    let (s, e) = (
                        s.saturating_sub(lead).min(text.len()),
                        e.saturating_sub(lead).min(text.len()),
                    );
                    (e > s).then_some((s, e, h))
                })
                .collect();
            // Trimming removed white space only.
            let chars = self.chars;
            self.blocks.push(RawBlock {
                owner: self.owner,
                kind: self.kind,
                text,
                cells: Vec::new(),
                links,
                src: None,
                chars,
                link_chars: self.link_chars.min(chars),
                phrases: None,
            });
        }
        self.text.clear();
        self.chars = 0;
        self.links.clear();
        self.link_chars = 0;
        if let Some((_, href)) = self.link_open.take() {
            self.link_open = Some((0, href));
        }
    }

    fn end_cell(&mut self) {
        if self.in_row && !self.text.trim().is_empty() {
            self.cells.push(self.text.trim().to_owned());
        }
        self.text.clear();
        self.chars = 0;
    }
}

/// Builds the blocks of `doc`; see the module docs.
pub(crate) fn build(doc: &Document, pruned: &Pruned, compiled: &Compiled) -> Vec<RawBlock> {
    let n = doc.len();
    let is_block = |i: NodeId| doc.name(i).is_some_and(|name| compiled.block_tags.contains(name));
    // has_block[i]: some descendant of i is block-level (<br> aside).
    let mut has_block = NodeMap::new(n);
    for i in (1..n).rev() {
        let p = doc.parent(i);
        if has_block.at(i) || (is_block(i) && !doc.is(i, &local_name!("br"))) {
            has_block.set(p, true);
        }
    }
    let mut b = Builder {
        blocks: Vec::new(),
        text: String::new(),
        chars: 0,
        cells: Vec::new(),
        links: Vec::new(),
        link_chars: 0,
        owner: Document::ROOT,
        kind: BlockKind::Paragraph,
        link_open: None,
        in_row: false,
    };
    let mut stack: Vec<Open> = Vec::new();
    let mut pre_depth = 0usize;
    let mut quote_depth = 0usize;
    let mut i = 0;
    while i < n {
        while let Some(top) = stack.last() {
            if top.end > i {
                break;
            }
            let top_id = top.id;
            let role = top.role;
            stack.pop();
            match role {
                Role::Block => {
                    b.flush();
                    if doc.is(top_id, &local_name!("pre")) {
                        pre_depth = pre_depth.saturating_sub(1);
                    }
                    if doc.is(top_id, &local_name!("blockquote")) {
                        quote_depth = quote_depth.saturating_sub(1);
                    }
                    let (owner, kind) = owner_of(doc, &stack, pre_depth, quote_depth);
                    b.owner = owner;
                    b.kind = kind;
                }
                Role::Row => {
                    b.flush();
                    b.in_row = false;
                    let (owner, kind) = owner_of(doc, &stack, pre_depth, quote_depth);
                    b.owner = owner;
                    b.kind = kind;
                }
                Role::Cell => b.end_cell(),
                Role::Link => {
                    if let Some((start, href)) = b.link_open.take() {
                        if b.text.len() > start {
                            b.links.push((start, b.text.len(), href));
                        }
                    }
                }
                Role::Inline => {}
            }
        }
        if pruned.removed.at(i) {
            i = doc.end(i).max(i + 1);
            continue;
        }
        if let Some(t) = doc.text(i) {
            let shown = if pre_depth > 0 {
                push_preformatted(&mut b.text, t)
            } else {
                push_folded(&mut b.text, t)
            };
            b.chars = b.chars.saturating_add(shown);
            if b.link_open.is_some() {
                b.link_chars = b.link_chars.saturating_add(shown);
            }
            i += 1;
            continue;
        }
        let Some(name) = doc.name(i) else {
            i += 1;
            continue;
        };
        let end = doc.end(i);
        let role = if *name == local_name!("tr") && is_data_row(doc, i, &has_block) && !b.in_row {
            Role::Row
        } else if b.in_row && matches!(*name, local_name!("td") | local_name!("th")) {
            Role::Cell
        } else if b.in_row && is_block(i) {
            // Inline content of a data cell: a line break at most.
            if !b.text.ends_with(' ') {
                b.text.push(' ');
            }
            Role::Inline
        } else if *name == local_name!("a") {
            Role::Link
        } else if is_block(i) {
            Role::Block
        } else {
            Role::Inline
        };
        match role {
            Role::Block => {
                b.flush();
                if *name == local_name!("pre") {
                    pre_depth += 1;
                }
                if *name == local_name!("blockquote") {
                    quote_depth += 1;
                }
                if *name == local_name!("img") {
                    push_image(doc, i, &mut b);
                }
                stack.push(Open { id: i, end, role });
                let (owner, kind) = owner_of(doc, &stack, pre_depth, quote_depth);
                b.owner = owner;
                b.kind = kind;
            }
            Role::Row => {
                b.flush();
                b.in_row = true;
                b.owner = i;
                stack.push(Open { id: i, end, role });
            }
            Role::Cell => {
                b.end_cell();
                stack.push(Open { id: i, end, role });
            }
            Role::Link => {
                let href = doc.attr(i, &local_name!("href")).unwrap_or_default().to_owned();
                b.link_open = Some((b.text.len(), href));
                stack.push(Open { id: i, end, role });
            }
            Role::Inline => stack.push(Open { id: i, end, role }),
        }
        i += 1;
    }
    while let Some(top) = stack.pop() {
        if top.role == Role::Link {
            if let Some((start, href)) = b.link_open.take() {
                if b.text.len() > start {
                    b.links.push((start, b.text.len(), href));
                }
            }
        }
        if matches!(top.role, Role::Block | Role::Row) {
            b.flush();
            b.in_row = false;
        }
    }
    b.flush();
    b.blocks
}

/// The innermost open block element and the kind of text it holds.
fn owner_of(doc: &Document, stack: &[Open], pre_depth: usize, quote_depth: usize) -> (NodeId, BlockKind) {
    let owner = stack
        .iter()
        .rev()
        .find(|o| o.role == Role::Block && !doc.is(o.id, &local_name!("br")))
        .map_or(Document::ROOT, |o| o.id);
    let kind = match doc.name(owner) {
        _ if pre_depth > 0 => BlockKind::Code,
        Some(name) => match heading_level(name) {
            Some(level) => BlockKind::Heading(level),
            None if matches!(*name, local_name!("li") | local_name!("dd") | local_name!("dt")) => BlockKind::ListItem,
            None if quote_depth > 0 => BlockKind::Quote,
            None => BlockKind::Paragraph,
        },
        None => BlockKind::Paragraph,
    };
    (owner, kind)
}

/// 1 to 6 for `h1` to `h6`.
pub(crate) fn heading_level(name: &LocalName) -> Option<u8> {
    match *name {
        local_name!("h1") => Some(1),
        local_name!("h2") => Some(2),
        local_name!("h3") => Some(3),
        local_name!("h4") => Some(4),
        local_name!("h5") => Some(5),
        local_name!("h6") => Some(6),
        _ => None,
    }
}

/// A row whose cells hold only inline content.
fn is_data_row(doc: &Document, tr: NodeId, has_block: &NodeMap<bool>) -> bool {
    let mut cells = 0;
    for c in doc.children(tr) {
        if matches!(doc.name(c), Some(&local_name!("td")) | Some(&local_name!("th"))) {
            if has_block.at(c) {
                return false;
            }
            cells += 1;
        }
    }
    cells > 0
}

fn push_image(doc: &Document, id: NodeId, b: &mut Builder) {
    let src = [local_name!("src"), LocalName::from("data-src")]
        .iter()
        .filter_map(|a| doc.attr(id, a))
        .find(|s| !s.is_empty() && !s.starts_with("data:"));
    if let Some(src) = src {
        let alt = doc.attr(id, &local_name!("alt")).unwrap_or_default();
        let mut text = String::new();
        push_folded(&mut text, alt);
        b.blocks.push(RawBlock {
            owner: id,
            kind: BlockKind::Image,
            text: text.trim().to_owned(),
            cells: Vec::new(),
            links: Vec::new(),
            src: Some(src.to_owned()),
            chars: 0,
            link_chars: 0,
            phrases: None,
        });
    }
}
