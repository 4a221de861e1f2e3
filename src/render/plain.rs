//! An item's body as plain text, for the search index: the text a reader sees once the
//! Markdown is rendered (no markup, no link targets), with blocks apart and runs of
//! white space collapsed to one space. [`html_text`] takes it from the HTML the board has
//! rendered already (so a body is parsed once per publish); a test keeps it equal to
//! the text taken from the Markdown's syntax tree.

/// The plain text of body HTML as [`super::markdown`] renders it (raw HTML escaped, so
/// every `<` starts a tag of the renderer's own): tags dropped, an image's `alt` text
/// kept, entities decoded, white space collapsed. Every block the renderer writes ends
/// with a line break, so blocks stay apart as in the syntax tree.
pub fn html_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = memchr::memchr(b'<', rest.as_bytes()) {
        decode_into(&rest[..open], &mut text);
        let Some(close) = memchr::memchr(b'>', &rest.as_bytes()[open..]) else {
            rest = &rest[open..];
            break;
        };
        let tag = &rest[open..open + close];
        if tag.starts_with("<img") {
            if let Some(alt) = attribute(tag, "alt") {
                decode_into(alt, &mut text);
            }
        }
        rest = &rest[open + close + 1..];
    }
    decode_into(rest, &mut text);
    collapse(&text)
}

/// The value of attribute `name` in a tag as the renderer writes it (`name="value"`).
fn attribute<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let length = tag[start..].find('"')?;
    Some(&tag[start..start + length])
}

/// Appends `text` with its character references decoded.
fn decode_into(text: &str, out: &mut String) {
    let mut rest = text;
    while let Some(amp) = memchr::memchr(b'&', rest.as_bytes()) {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        let decoded = after.find(';').filter(|end| *end <= 10).and_then(|end| Some((entity(&after[1..end])?, end)));
        if let Some((c, end)) = decoded {
            out.push(c);
            rest = &after[end + 1..];
        } else {
            out.push('&');
            rest = &after[1..];
        }
    }
    out.push_str(rest);
}

/// The character of a reference's name (`amp`, `#39`, `#x27`).
fn entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code)?
        }
    })
}

/// Runs of white space as one space, none at either end: white space as
/// [`char::is_whitespace`] has it (the ideographic space U+3000 among it), found byte by
/// byte, since every white space character outside ASCII starts with one of four bytes.
pub fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Where the word being read starts.
    let mut start = None;
    let mut index = 0;
    while index < text.len() {
        let width = whitespace_width(text, index);
        if width == 0 {
            start.get_or_insert(index);
            index += 1;
            continue;
        }
        if let Some(start) = start.take() {
            push_word(&mut out, &text[start..index]);
        }
        index += width;
    }
    if let Some(start) = start {
        push_word(&mut out, &text[start..]);
    }
    out
}

/// Appends `word` to collapsed text, a space before it unless it is the first.
fn push_word(out: &mut String, word: &str) {
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(word);
}

/// The length in bytes of the white space character at byte `index` of `text`, 0 when
/// there is none there (or `index` is inside a character).
fn whitespace_width(text: &str, index: usize) -> usize {
    match text.as_bytes()[index] {
        b' ' | b'\t'..=b'\r' => 1,
        0xC2 | 0xE1 | 0xE2 | 0xE3 => text[index..].chars().next().filter(|c| c.is_whitespace()).map_or(0, char::len_utf8),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use comrak::nodes::{AstNode, NodeValue};
    use comrak::{parse_document, Arena};

    use crate::render::markdown::options;

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

    #[test]
    fn markup_goes_and_text_stays() {
        let body = "# 标题\n\n**（一）党费**收缴情况。[链接](https://x.org/a)\n\n| 步骤 | 时间 |\n|---|---|\n| 报批 | 2月 |\n\n<b>x</b> `code`\n";
        assert_eq!(markdown_text(body), "标题 （一）党费收缴情况。链接 步骤 时间 报批 2月 <b>x</b> code");
        assert_eq!(html_text(&super::super::markdown::to_html(body, 2)), markdown_text(body));
    }

    /// The text from the rendered HTML is the text from the Markdown, for every body of
    /// the example repository and for the constructs bodies use.
    #[test]
    fn the_text_of_the_html_is_the_text_of_the_markdown() {
        let mut bodies = vec![
            "一段\n第二行  \n硬换行\n\n- 甲\n- 乙 **丙**丁\n\n1. 一\n2. 二\n\n> 引用 `a<b`\n\n```\nfn x() {}\n```\n".to_string(),
            "![现场 & “照片”](a/b.jpg) [附件](a/c.pdf) <https://x.org/?a=1&b=2> a &amp; b &lt; 5 \"q\" 'x'\n".to_string(),
            "标题\n===\n\n### 小节\n\n***\n\n~~删除~~ *强调*\n\n| 左 | 右 |\n|:--|--:|\n| a\\|b | <i>c</i> |\n".to_string(),
        ];
        let items = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("items");
        for entry in walkdir::WalkDir::new(items).into_iter().filter_map(Result::ok) {
            if entry.path().extension().is_some_and(|e| e == "md") {
                let text = std::fs::read_to_string(entry.path()).unwrap();
                bodies.push(text.splitn(3, "+++\n").nth(2).unwrap_or_default().to_string());
            }
        }
        assert!(bodies.len() > 20, "the example's items were not found");
        for body in &bodies {
            assert_eq!(html_text(&super::super::markdown::to_html(body, 2)), markdown_text(body), "{body}");
        }
    }

    /// The byte scan collapses exactly the white space `char::is_whitespace` knows: every
    /// white space character, the characters that share their first byte (，。「 start
    /// as U+3000 does) and any other text.
    #[test]
    fn collapse_is_split_whitespace_joined() {
        let every_space: String = (0..=0x3000u32).filter_map(char::from_u32).filter(|c| c.is_whitespace()).collect();
        assert_eq!(every_space.chars().count(), 25);
        for text in [
            every_space.as_str(),
            "",
            " 党务\u{3000}公开，。「」\u{2029}x\u{85}y\u{a0}\u{a9}z ",
            "\u{1680}\u{1681}\u{2000}\u{200b}\u{205f}\u{2060}",
        ] {
            assert_eq!(collapse(text), text.split_whitespace().collect::<Vec<_>>().join(" "), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn collapse_matches_split_whitespace(text in "[a \t\n\x0b\x0c\r\u{85}\u{a0}\u{a9}\u{1680}\u{2000}-\u{2030}\u{205f}\u{3000}-\u{3010}党务公开，]{0,40}", any in "\\PC{0,20}") {
            for text in [&text, &any] {
                proptest::prop_assert_eq!(collapse(text), text.split_whitespace().collect::<Vec<_>>().join(" "));
            }
        }
    }
}
