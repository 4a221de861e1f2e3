//! Markdown in one place: the comrak options every output uses (GFM tables,
//! strikethrough, autolinks, CJK-friendly emphasis), and the safety rules for untrusted
//! text: raw HTML is escaped, never passed through; `javascript:`, `vbscript:`, `data:`
//! and `file:` links are not links; images become plain links, so a page never fetches
//! anything from elsewhere. The one exception is an item's own attachment: a caller
//! that passes a [`Resolve`] ([`to_html_resolving`]) turns a reference to one into an
//! `<img>` of the copy it published (with its pixel size) or a link to the file with its
//! type and size; references the resolver does not know keep the behaviour above.

use comrak::nodes::{AstNode, NodeLink, NodeValue};
use comrak::{format_html, parse_document, Arena, Options};

/// The comrak options used everywhere: GFM tables, strikethrough and autolinks, and
/// CJK-friendly emphasis (so that `**（一）依章依规。**按照` is bold, which plain
/// `CommonMark` refuses because the closing `**` follows punctuation and precedes a CJK
/// letter). Raw HTML is escaped (`render.escape`) and never passed through (`unsafe`
/// stays off).
pub fn options() -> Options<'static> {
    let mut options = Options::default();
    options.extension.table = true;
    options.extension.strikethrough = true;
    options.extension.autolink = true;
    options.extension.cjk_friendly_emphasis = true;
    options.render.r#unsafe = false;
    options.render.escape = true;
    options
}

/// True for link targets that must never become links: script and data URLs and local
/// files. Browsers ignore leading spaces and control characters and the case of the
/// scheme, so this does too.
pub fn is_dangerous_url(url: &str) -> bool {
    let cleaned: String = url
        .trim_start_matches(|c: char| c.is_whitespace() || c.is_control())
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    ["javascript:", "vbscript:", "data:", "file:"].iter().any(|scheme| cleaned.starts_with(scheme))
}

/// Renders Markdown to HTML. The body's highest heading becomes `<h{heading_base}>` and
/// the others keep their order below it (capped at `<h6>`), so a body placed under a page's
/// `<h1>` keeps the headings in order.
pub fn to_html(markdown: &str, heading_base: u8) -> String {
    to_html_resolving(markdown, heading_base, &|_, _| None)
}

/// What a local reference of a body stands for, as a [`Resolve`] says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    /// A picture shown in the page: its address (already percent-encoded) and pixel size.
    Image {
        /// The `src`.
        src: String,
        /// Width and height in pixels, when known.
        size: Option<(u32, u32)>,
    },
    /// A file linked for download: its address and what is said after the link
    /// (`PDF，1.2 MB`).
    File {
        /// The `href`.
        href: String,
        /// Type and size, shown in brackets after the link text.
        note: String,
    },
}

/// Resolves a link or image target (percent-escapes decoded; `true` for an image) to an
/// attachment, or `None` to leave it as it is.
pub type Resolve<'r> = dyn Fn(&str, bool) -> Option<Resolved> + 'r;

/// The addresses the resolved references carry until the HTML is written; a body's own
/// links with this prefix are not links.
const PLACEHOLDER: &str = "disclose-attachment-7f3a:";

/// [`to_html`], with local references resolved by `resolve`.
pub fn to_html_resolving(markdown: &str, heading_base: u8, resolve: &Resolve<'_>) -> String {
    let options = options();
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &options);
    let resolved = make_safe(&arena, root, resolve);
    shift_headings(root, heading_base);
    let mut html = String::new();
    // Writing into a String cannot fail.
    let _ = format_html(root, &options, &mut html);
    for (index, target) in resolved.iter().enumerate() {
        let (attribute, value) = match target {
            Resolved::Image {
                src,
                size: Some((width, height)),
            } => ("src", format!("{src}\" width=\"{width}\" height=\"{height}\" loading=\"lazy")),
            Resolved::Image { src, size: None } => ("src", format!("{src}\" loading=\"lazy")),
            Resolved::File { href, .. } => ("href", href.clone()),
        };
        html = html.replace(&format!("{attribute}=\"{PLACEHOLDER}{index}\""), &format!("{attribute}=\"{value}\""));
    }
    html
}

/// The Markdown source with its ATX headings moved so that the highest becomes level
/// `heading_base` (for bodies placed inside a larger Markdown document, such as the
/// bulletin). Everything else is left byte for byte as written.
pub fn shift_markdown_headings(markdown: &str, heading_base: u8) -> String {
    let options = options();
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &options);
    let headings: Vec<(usize, u8, bool)> = root
        .descendants()
        .filter_map(|node| match &node.data().value {
            NodeValue::Heading(heading) => Some((node.data().sourcepos.start.line, heading.level, heading.setext)),
            _ => None,
        })
        .collect();
    let Some(top) = headings.iter().map(|h| h.1).min() else {
        return markdown.to_string();
    };
    let mut lines: Vec<String> = markdown.split('\n').map(str::to_string).collect();
    for (line, level, setext) in headings {
        let new_level = new_level(level, top, heading_base);
        let Some(text) = lines.get_mut(line - 1) else { continue };
        let indent = text.len() - text.trim_start_matches(' ').len();
        let rest = text[indent..].trim_start_matches('#').trim_start().to_string();
        if setext {
            // A one-line setext heading becomes an ATX heading; its underline is dropped.
            if lines.get(line).is_some_and(|under| is_setext_underline(under)) {
                lines[line - 1] = format!("{} {}", "#".repeat(new_level as usize), rest);
                lines[line].clear();
            }
        } else {
            *text = format!("{} {}", "#".repeat(new_level as usize), rest);
        }
    }
    lines.join("\n")
}

fn is_setext_underline(line: &str) -> bool {
    let trimmed = line.trim();
    !trimmed.is_empty() && (trimmed.chars().all(|c| c == '=') || trimmed.chars().all(|c| c == '-'))
}

fn new_level(level: u8, top: u8, base: u8) -> u8 {
    (i16::from(level) - i16::from(top) + i16::from(base)).clamp(1, 6) as u8
}

/// Unwraps dangerous links (their text stays), and turns images into links to the image
/// (or into their alt text, when the target is dangerous). References `resolve` knows
/// get a placeholder address; the resolved targets are returned in placeholder order.
fn make_safe<'a>(arena: &'a Arena<'a>, root: &'a AstNode<'a>, resolve: &Resolve<'_>) -> Vec<Resolved> {
    let nodes: Vec<&'a AstNode<'a>> = root.descendants().collect();
    let mut resolved = Vec::new();
    let is_bad = |url: &str| is_dangerous_url(url) || url.trim_start().starts_with(PLACEHOLDER);
    for node in nodes {
        let target = match &node.data().value {
            NodeValue::Link(link) if !is_bad(&link.url) => resolve(&crate::model::attachment::percent_decode(&link.url), false),
            NodeValue::Image(link) if !is_bad(&link.url) => resolve(&crate::model::attachment::percent_decode(&link.url), true),
            _ => None,
        };
        if let Some(target) = target {
            let url = format!("{PLACEHOLDER}{}", resolved.len());
            let title = match &node.data().value {
                NodeValue::Link(link) | NodeValue::Image(link) => link.title.clone(),
                _ => String::new(),
            };
            if let Resolved::File { note, .. } = &target {
                node.data_mut().value = NodeValue::Link(Box::new(NodeLink { url, title }));
                let text = format!("（{note}）");
                let note_node = arena.alloc(AstNode::from(NodeValue::Text(text.into())));
                node.insert_after(note_node);
            } else {
                node.data_mut().value = NodeValue::Image(Box::new(NodeLink { url, title }));
            }
            resolved.push(target);
            continue;
        }
        let replacement = match &node.data().value {
            NodeValue::Link(link) if is_bad(&link.url) => Some(None),
            NodeValue::Image(link) if is_bad(&link.url) => Some(None),
            NodeValue::Image(link) => Some(Some(NodeLink {
                url: link.url.clone(),
                title: link.title.clone(),
            })),
            _ => None,
        };
        match replacement {
            Some(Some(link)) => node.data_mut().value = NodeValue::Link(Box::new(link)),
            Some(None) => {
                while let Some(child) = node.first_child() {
                    child.detach();
                    node.insert_before(child);
                }
                node.detach();
            }
            None => {}
        }
    }
    resolved
}

fn shift_headings<'a>(root: &'a AstNode<'a>, base: u8) {
    let top = root
        .descendants()
        .filter_map(|node| match &node.data().value {
            NodeValue::Heading(heading) => Some(heading.level),
            _ => None,
        })
        .min();
    let Some(top) = top else { return };
    for node in root.descendants() {
        if let NodeValue::Heading(heading) = &mut node.data_mut().value {
            heading.level = new_level(heading.level, top, base);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_emphasis_from_the_seed_is_bold() {
        let html = to_html("**（一） 依章依规、科学规范。**按照党务公开条例要求", 2);
        assert_eq!(html, "<p><strong>（一） 依章依规、科学规范。</strong>按照党务公开条例要求</p>\n");
        let html = to_html("**上缴情况。**本季度党费已全额上缴。", 2);
        assert_eq!(html, "<p><strong>上缴情况。</strong>本季度党费已全额上缴。</p>\n");
    }

    #[test]
    fn raw_html_is_escaped_not_passed_through() {
        let html = to_html("<script>alert(1)</script>\n\n段落<b onclick=\"x()\">粗</b>", 2);
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b "), "{html}");
        assert_eq!(
            html,
            "&lt;script&gt;alert(1)&lt;/script&gt;\n<p>段落&lt;b onclick=&quot;x()&quot;&gt;粗&lt;/b&gt;</p>\n"
        );
    }

    #[test]
    fn script_and_data_links_are_not_links() {
        for url in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "vbscript:msgbox",
            "data:text/html;base64,PHNjcmlwdD4=",
            "data:image/png;base64,AAAA",
            "file:///etc/passwd",
        ] {
            let html = to_html(&format!("[点这里]({url}) 和 ![图](<{url}>)"), 2);
            assert_eq!(html, "<p>点这里 和 图</p>\n", "{url}");
        }
        let html = to_html("<javascript:alert(1)>", 2);
        assert!(!html.contains("<a"), "{html}");
    }

    #[test]
    fn safe_links_stay_and_images_become_links() {
        assert_eq!(
            to_html("[条例](https://example.org/a)", 2),
            "<p><a href=\"https://example.org/a\">条例</a></p>\n"
        );
        assert_eq!(
            to_html("![照片](https://example.org/p.jpg)", 2),
            "<p><a href=\"https://example.org/p.jpg\">照片</a></p>\n"
        );
        assert_eq!(
            to_html("见 https://example.org", 2),
            "<p>见 <a href=\"https://example.org\">https://example.org</a></p>\n"
        );
    }

    #[test]
    fn attachments_resolve_to_pictures_and_files() {
        let resolve = |url: &str, image: bool| match (url, image) {
            ("X/photo.jpg", true) => Some(Resolved::Image {
                src: "../files/X/abc/photo.jpg".into(),
                size: Some((640, 480)),
            }),
            ("X/明细.pdf", _) => Some(Resolved::File {
                href: "../files/X/def/%E6%98%8E%E7%BB%86.pdf".into(),
                note: "PDF，1.2 MB".into(),
            }),
            _ => None,
        };
        let html = to_html_resolving(
            "![主题党日](X/photo.jpg)\n\n[附件：明细](X/%E6%98%8E%E7%BB%86.pdf) ![远](https://example.org/p.jpg)",
            2,
            &resolve,
        );
        assert_eq!(
            html,
            "<p><img src=\"../files/X/abc/photo.jpg\" width=\"640\" height=\"480\" loading=\"lazy\" alt=\"主题党日\" /></p>\n<p><a href=\"../files/X/def/%E6%98%8E%E7%BB%86.pdf\">附件：明细</a>（PDF，1.2 MB） <a href=\"https://example.org/p.jpg\">远</a></p>\n"
        );
        // A body cannot forge a placeholder.
        let forged = to_html_resolving(&format!("![x]({PLACEHOLDER}0) [y]({PLACEHOLDER}0)"), 2, &resolve);
        assert!(!forged.contains(PLACEHOLDER), "{forged}");
    }

    #[test]
    fn tables_and_strikethrough() {
        let html = to_html("| 党小组 | 人数 |\n|---|---:|\n| 第一 | 8 |\n\n~~旧~~", 2);
        assert_eq!(
            html,
            "<table>\n<thead>\n<tr>\n<th>党小组</th>\n<th align=\"right\">人数</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>第一</td>\n<td align=\"right\">8</td>\n</tr>\n</tbody>\n</table>\n<p><del>旧</del></p>\n"
        );
    }

    #[test]
    fn headings_move_under_the_page_heading() {
        assert_eq!(to_html("## 甲\n\n### 乙\n\n## 丙", 2), "<h2>甲</h2>\n<h3>乙</h3>\n<h2>丙</h2>\n");
        assert_eq!(to_html("# 甲\n\n## 乙", 4), "<h4>甲</h4>\n<h5>乙</h5>\n");
        assert_eq!(to_html("# 甲\n\n###### 乙", 4), "<h4>甲</h4>\n<h6>乙</h6>\n");
    }

    #[test]
    fn markdown_headings_shift_and_the_rest_stays() {
        let source = "## 学习情况\n\n正文 **粗体** `## 不是标题`\n\n```\n# 代码\n```\n\n### 小节";
        assert_eq!(
            shift_markdown_headings(source, 4),
            "#### 学习情况\n\n正文 **粗体** `## 不是标题`\n\n```\n# 代码\n```\n\n##### 小节"
        );
        assert_eq!(shift_markdown_headings("标题\n===\n\n正文", 4), "#### 标题\n\n\n正文");
        assert_eq!(shift_markdown_headings("无标题", 4), "无标题");
    }
}
