//! An item's body as plain text, for the search index: the text a reader sees once the
//! Markdown is rendered (no markup, no link targets), with blocks apart and runs of
//! white space collapsed to one space.

use comrak::nodes::{AstNode, NodeValue};
use comrak::{parse_document, Arena};

use super::markdown::options;

/// The plain text of a Markdown body.
pub fn markdown_text(markdown: &str) -> String {
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &options());
    let mut text = String::with_capacity(markdown.len());
    collect(root, &mut text);
    collapse(&text)
}

fn collect<'a>(node: &'a AstNode<'a>, out: &mut String) {
    let value = &node.data.borrow().value;
    match value {
        NodeValue::Text(text) => out.push_str(text),
        NodeValue::Code(code) => out.push_str(&code.literal),
        NodeValue::CodeBlock(block) => {
            out.push_str(&block.literal);
            out.push(' ');
        }
        NodeValue::HtmlInline(html) => out.push_str(html),
        NodeValue::HtmlBlock(block) => out.push_str(&block.literal),
        NodeValue::SoftBreak | NodeValue::LineBreak => out.push(' '),
        _ => {}
    }
    for child in node.children() {
        collect(child, out);
    }
    if value.block() {
        out.push(' ');
    }
}

/// Runs of white space as one space, none at either end.
pub fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_goes_and_text_stays() {
        let body = "# 标题\n\n**（一）党费**收缴情况。[链接](https://x.org/a)\n\n| 步骤 | 时间 |\n|---|---|\n| 报批 | 2月 |\n\n<b>x</b> `code`\n";
        assert_eq!(markdown_text(body), "标题 （一）党费收缴情况。链接 步骤 时间 报批 2月 <b>x</b> code");
    }
}
