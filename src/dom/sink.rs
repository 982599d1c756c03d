//! The tree html5ever builds, kept in one vector of linked nodes: no
//! reference counting, no per-node allocation beyond the vector's growth.
//! It mirrors markup5ever_rcdom's tree operations (text appended to a text
//! node merges into it; nodes moved keep their order) so that the arena
//! [`super::parse`] copies from it is the same; unlike rcdom, an operation
//! the tree builder should never ask for (a sibling without a parent, the
//! contents of a non-template) is ignored instead of panicking.

use std::borrow::Cow;
use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{local_name, ns, Attribute, ExpandedName, LocalName, QualName};

/// No node (an absent link).
pub(super) const NONE: usize = usize::MAX;

/// A link as stored: node ids fit in 32 bits (documents are refused far
/// below that many nodes); [`NONE`] is stored as `u32::MAX`.
#[derive(Clone, Copy)]
pub(super) struct Link(u32);

impl Link {
    const NONE: Link = Link(u32::MAX);

    fn to(id: usize) -> Link {
        u32::try_from(id).map_or(Link::NONE, Link)
    }

    pub(super) fn id(self) -> usize {
        if self.0 == u32::MAX {
            NONE
        } else {
            self.0 as usize
        }
    }
}

/// What a node of the tree is.
pub(super) enum Kind {
    /// The document, or the detached contents of a `<template>`.
    Document,
    /// The namespace and prefix live in the element's handles only.
    Element {
        name: LocalName,
        attrs: Vec<Attribute>,
        /// The node holding the contents of a `<template>`.
        template: Link,
        mathml_annotation_xml_integration_point: bool,
    },
    Text(StrTendril),
    /// Comments, processing instructions: kept as nodes (they separate
    /// text nodes, as in rcdom), dropped from the arena.
    Other,
}

/// A node and its links (ids in the sink's vector, [`NONE`] when absent).
pub(super) struct TreeNode {
    parent: Link,
    first_child: Link,
    last_child: Link,
    prev: Link,
    next: Link,
    pub kind: Kind,
}

impl TreeNode {
    pub(super) fn parent(&self) -> usize {
        self.parent.id()
    }
    pub(super) fn last_child(&self) -> usize {
        self.last_child.id()
    }
    pub(super) fn prev(&self) -> usize {
        self.prev.id()
    }
    fn first_child(&self) -> usize {
        self.first_child.id()
    }
    fn next(&self) -> usize {
        self.next.id()
    }
}

/// The sink html5ever builds into; [`Sink::finish`] gives its nodes, the
/// document first.
pub(super) struct Sink {
    nodes: RefCell<Vec<TreeNode>>,
}

/// A node's id, with the element's name (html5ever asks for names by
/// reference; the name travels with the handle rather than behind a borrow).
#[derive(Clone)]
pub(super) struct Handle {
    id: usize,
    name: QualName,
}

impl Sink {
    pub(super) fn new(capacity: usize) -> Self {
        let sink = Sink {
            nodes: RefCell::new(Vec::with_capacity(capacity)),
        };
        sink.push(Kind::Document);
        sink
    }

    fn push(&self, kind: Kind) -> usize {
        let mut nodes = self.nodes.borrow_mut();
        let id = nodes.len();
        nodes.push(TreeNode {
            parent: Link::NONE,
            first_child: Link::NONE,
            last_child: Link::NONE,
            prev: Link::NONE,
            next: Link::NONE,
            kind,
        });
        id
    }

    fn handle(&self, id: usize) -> Handle {
        Handle { id, name: no_name() }
    }

    /// Appends `text` to node `id` when it is a text node.
    fn merge_text(&self, id: usize, text: &StrTendril) -> bool {
        let mut nodes = self.nodes.borrow_mut();
        match nodes.get_mut(id).map(|n| &mut n.kind) {
            Some(Kind::Text(existing)) => {
                existing.push_tendril(text);
                true
            }
            _ => false,
        }
    }

    fn node_of(&self, child: NodeOrText<Handle>) -> usize {
        match child {
            NodeOrText::AppendNode(node) => node.id,
            NodeOrText::AppendText(text) => self.push(Kind::Text(text)),
        }
    }
}

fn no_name() -> QualName {
    QualName::new(None, ns!(), local_name!(""))
}

/// Makes `next` follow `prev` among `parent`'s children ([`NONE`] for
/// either end: `next` becomes the first child, or `prev` the last).
fn join(nodes: &mut [TreeNode], parent: usize, prev: usize, next: usize) {
    match nodes.get_mut(prev) {
        Some(p) => p.next = Link::to(next),
        None => {
            if let Some(p) = nodes.get_mut(parent) {
                p.first_child = Link::to(next);
            }
        }
    }
    match nodes.get_mut(next) {
        Some(n) => n.prev = Link::to(prev),
        None => {
            if let Some(p) = nodes.get_mut(parent) {
                p.last_child = Link::to(prev);
            }
        }
    }
}

/// Unlinks `id` from its parent and siblings.
fn detach(nodes: &mut [TreeNode], id: usize) {
    let Some(node) = nodes.get(id) else { return };
    let (parent, prev, next) = (node.parent(), node.prev(), node.next());
    if parent == NONE {
        return;
    }
    join(nodes, parent, prev, next);
    if let Some(node) = nodes.get_mut(id) {
        node.parent = Link::NONE;
        node.prev = Link::NONE;
        node.next = Link::NONE;
    }
}

/// Links the detached node `id` into `parent`'s children, just before
/// `before` (one of them), or last when `before` is [`NONE`].
fn insert(nodes: &mut [TreeNode], parent: usize, before: usize, id: usize) {
    let prev = if before == NONE {
        nodes.get(parent).map(TreeNode::last_child)
    } else {
        nodes.get(before).filter(|b| b.parent() == parent).map(TreeNode::prev)
    };
    let Some(prev) = prev else { return };
    if id == parent || id == before || nodes.get(id).is_none() {
        return;
    }
    join(nodes, parent, prev, id);
    join(nodes, parent, id, before);
    if let Some(node) = nodes.get_mut(id) {
        node.parent = Link::to(parent);
    }
}

impl TreeSink for Sink {
    type Handle = Handle;
    type Output = Vec<TreeNode>;
    type ElemName<'a> = ExpandedName<'a>;

    fn finish(self) -> Vec<TreeNode> {
        self.nodes.into_inner()
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Handle {
        self.handle(0)
    }

    fn elem_name<'a>(&'a self, target: &'a Handle) -> ExpandedName<'a> {
        target.name.expanded()
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Handle {
        let template = if flags.template {
            self.push(Kind::Document)
        } else {
            NONE
        };
        let id = self.push(Kind::Element {
            name: name.local.clone(),
            attrs,
            template: Link::to(template),
            mathml_annotation_xml_integration_point: flags.mathml_annotation_xml_integration_point,
        });
        Handle { id, name }
    }

    fn create_comment(&self, _text: StrTendril) -> Handle {
        self.handle(self.push(Kind::Other))
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Handle {
        self.handle(self.push(Kind::Other))
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        if let NodeOrText::AppendText(text) = &child {
            let last = self.nodes.borrow().get(parent.id).map_or(NONE, TreeNode::last_child);
            if self.merge_text(last, text) {
                return;
            }
        }
        let id = self.node_of(child);
        let mut nodes = self.nodes.borrow_mut();
        detach(&mut nodes, id);
        insert(&mut nodes, parent.id, NONE, id);
    }

    fn append_before_sibling(&self, sibling: &Handle, child: NodeOrText<Handle>) {
        let (parent, prev) = self
            .nodes
            .borrow()
            .get(sibling.id)
            .map_or((NONE, NONE), |s| (s.parent(), s.prev()));
        if parent == NONE {
            return;
        }
        if let NodeOrText::AppendText(text) = &child {
            if self.merge_text(prev, text) {
                return;
            }
        }
        let id = self.node_of(child);
        let mut nodes = self.nodes.borrow_mut();
        detach(&mut nodes, id);
        insert(&mut nodes, parent, sibling.id, id);
    }

    fn append_based_on_parent_node(&self, element: &Handle, prev_element: &Handle, child: NodeOrText<Handle>) {
        let has_parent = self.nodes.borrow().get(element.id).is_some_and(|e| e.parent() != NONE);
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _name: StrTendril, _public_id: StrTendril, _system_id: StrTendril) {
        let id = self.push(Kind::Other);
        insert(&mut self.nodes.borrow_mut(), 0, NONE, id);
    }

    fn get_template_contents(&self, target: &Handle) -> Handle {
        let template = match self.nodes.borrow().get(target.id).map(|n| &n.kind) {
            Some(Kind::Element { template, .. }) => template.id(),
            _ => NONE,
        };
        if template == NONE {
            // Never asked by the tree builder: a detached node absorbs it.
            return self.handle(self.push(Kind::Document));
        }
        self.handle(template)
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        x.id == y.id
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let Some(Kind::Element { attrs: existing, .. }) = nodes.get_mut(target.id).map(|n| &mut n.kind) {
            for attr in attrs {
                if !existing.iter().any(|e| e.name == attr.name) {
                    existing.push(attr);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &Handle) {
        detach(&mut self.nodes.borrow_mut(), target.id);
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        let mut nodes = self.nodes.borrow_mut();
        let mut child = nodes.get(node.id).map_or(NONE, TreeNode::first_child);
        while child != NONE {
            let next = nodes.get(child).map_or(NONE, TreeNode::next);
            detach(&mut nodes, child);
            insert(&mut nodes, new_parent.id, NONE, child);
            child = next;
        }
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &Handle) -> bool {
        matches!(
            self.nodes.borrow().get(handle.id).map(|n| &n.kind),
            Some(Kind::Element {
                mathml_annotation_xml_integration_point: true,
                ..
            })
        )
    }
}
