//! Renders content blocks as plain text, Markdown, clean HTML or JSON.
//! Takes blocks (or the article); returns a string; deletes nothing.

use crate::article::{Article, Block, BlockKind};

/// Plain text: blocks separated by blank lines, list items and table rows
/// by single newlines.
pub(crate) fn text(blocks: &[Block]) -> String {
    let mut out = String::new();
    let mut prev: Option<BlockKind> = None;
    for b in blocks.iter().filter(|b| b.kind != BlockKind::Image) {
        if let Some(p) = prev {
            out.push_str(separator(p, b.kind));
        }
        out.push_str(&b.text);
        prev = Some(b.kind);
    }
    out
}

/// What stands between two blocks: a newline within a list or table, a
/// blank line elsewhere.
fn separator(prev: BlockKind, next: BlockKind) -> &'static str {
    if prev == next && matches!(next, BlockKind::ListItem | BlockKind::TableRow) {
        "\n"
    } else {
        "\n\n"
    }
}

/// Markdown.
pub(crate) fn markdown(blocks: &[Block]) -> String {
    let mut out = String::new();
    let mut prev: Option<BlockKind> = None;
    for b in blocks {
        if let Some(p) = prev {
            out.push_str(separator(p, b.kind));
        }
        match b.kind {
            BlockKind::Heading(level) => {
                out.push_str(&"#".repeat(usize::from(level.clamp(1, 6))));
                out.push(' ');
                out.push_str(&inline_markdown(b));
            }
            BlockKind::Paragraph => out.push_str(&inline_markdown(b)),
            BlockKind::ListItem => {
                out.push_str("- ");
                out.push_str(&inline_markdown(b));
            }
            BlockKind::Quote => {
                out.push_str("> ");
                out.push_str(&inline_markdown(b).replace('\n', "\n> "));
            }
            BlockKind::Code => {
                let fence = if b.text.contains("```") { "~~~" } else { "```" };
                out.push_str(fence);
                out.push('\n');
                out.push_str(&b.text);
                out.push('\n');
                out.push_str(fence);
            }
            BlockKind::TableRow => {
                if prev != Some(BlockKind::TableRow) {
                    // Markdown tables need a header row; the first row serves.
                    out.push_str(&row(&b.cells));
                    out.push('\n');
                    out.push_str(&row(&vec!["---".to_owned(); b.cells.len().max(1)]));
                } else {
                    out.push_str(&row(&b.cells));
                }
            }
            BlockKind::Image => {
                out.push_str(&format!(
                    "![{}]({})",
                    escape_markdown(&b.text),
                    b.src.as_deref().unwrap_or_default()
                ));
            }
        }
        prev = Some(b.kind);
    }
    out
}

fn row(cells: &[String]) -> String {
    let cells: Vec<String> = cells.iter().map(|c| c.replace('|', "\\|")).collect();
    format!("| {} |", cells.join(" | "))
}

fn escape_markdown(s: &str) -> String {
    s.replace('[', "\\[").replace(']', "\\]")
}

/// The block's text with its links as `[text](href)`.
fn inline_markdown(b: &Block) -> String {
    let mut out = String::new();
    let mut at = 0;
    for l in &b.links {
        let (Some(before), Some(inner)) = (b.text.get(at..l.start), b.text.get(l.start..l.end)) else {
            continue;
        };
        out.push_str(before);
        out.push_str(&format!("[{}]({})", escape_markdown(inner), l.href));
        at = l.end;
    }
    out.push_str(b.text.get(at..).unwrap_or_default());
    out
}

/// Clean HTML.
pub(crate) fn html(blocks: &[Block]) -> String {
    let mut out = String::new();
    let mut open: Option<&str> = None;
    for b in blocks {
        let container = match b.kind {
            BlockKind::ListItem => Some("ul"),
            BlockKind::TableRow => Some("table"),
            _ => None,
        };
        if open != container {
            if let Some(tag) = open {
                out.push_str(&format!("</{tag}>\n"));
            }
            if let Some(tag) = container {
                out.push_str(&format!("<{tag}>\n"));
            }
            open = container;
        }
        match b.kind {
            BlockKind::Heading(level) => out.push_str(&format!("<h{level}>{}</h{level}>\n", inline_html(b))),
            BlockKind::Paragraph => out.push_str(&format!("<p>{}</p>\n", inline_html(b))),
            BlockKind::ListItem => out.push_str(&format!("<li>{}</li>\n", inline_html(b))),
            BlockKind::Quote => out.push_str(&format!("<blockquote><p>{}</p></blockquote>\n", inline_html(b))),
            BlockKind::Code => out.push_str(&format!("<pre><code>{}</code></pre>\n", escape(&b.text))),
            BlockKind::TableRow => {
                out.push_str("<tr>");
                for c in &b.cells {
                    out.push_str(&format!("<td>{}</td>", escape(c)));
                }
                out.push_str("</tr>\n");
            }
            BlockKind::Image => out.push_str(&format!(
                "<img src=\"{}\" alt=\"{}\">\n",
                escape(b.src.as_deref().unwrap_or_default()),
                escape(&b.text)
            )),
        }
    }
    if let Some(tag) = open {
        out.push_str(&format!("</{tag}>\n"));
    }
    out
}

fn inline_html(b: &Block) -> String {
    let mut out = String::new();
    let mut at = 0;
    for l in &b.links {
        let (Some(before), Some(inner)) = (b.text.get(at..l.start), b.text.get(l.start..l.end)) else {
            continue;
        };
        out.push_str(&escape(before));
        out.push_str(&format!("<a href=\"{}\">{}</a>", escape(&l.href), escape(inner)));
        at = l.end;
    }
    out.push_str(&escape(b.text.get(at..).unwrap_or_default()));
    out
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// JSON: the article's fields plus its plain text.
pub(crate) fn json(article: &Article) -> String {
    #[derive(serde::Serialize)]
    struct Full<'a> {
        #[serde(flatten)]
        article: &'a Article,
        text: String,
    }
    serde_json::to_string(&Full {
        article,
        text: article.text(),
    })
    .unwrap_or_else(|e| format!("{{\"error\":{:?}}}", e.to_string()))
}
