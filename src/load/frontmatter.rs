//! Splitting a Markdown file into its `+++` TOML front matter and its body.

/// The two parts of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split<'a> {
    /// The TOML between the fences.
    pub front: &'a str,
    /// The Markdown after the closing fence.
    pub body: &'a str,
    /// The front matter's first line in the file (1-based), i.e. 2.
    pub front_line: usize,
    /// The body's first line in the file (1-based).
    pub body_line: usize,
}

/// True for a `+++` fence line: `+++` alone, trailing spaces, tabs and the line end
/// allowed (editors leave them; they are invisible).
pub fn is_fence(line: &str) -> bool {
    line.trim_end() == "+++"
}

/// Splits `text` (LF line ends). `None` when it does not open with a `+++` line or the
/// fence is never closed.
pub fn split(text: &str) -> Option<Split<'_>> {
    let opening = text.split_inclusive('\n').next().filter(|line| is_fence(line))?;
    let rest = &text[opening.len()..];
    let mut offset = 0;
    for (line, current) in (2..).zip(rest.split_inclusive('\n')) {
        if is_fence(current) {
            let front = &rest[..offset];
            let body = &rest[offset + current.len()..];
            return Some(Split {
                front,
                body,
                front_line: 2,
                body_line: line + 1,
            });
        }
        offset += current.len();
    }
    None
}

/// Splits a Markdown file and deserialises its front matter: the raw front matter, the
/// split parts and where each key stands; or the findings that say why not.
pub fn parse_front_matter<'a, T: serde::de::DeserializeOwned>(
    source: &'a crate::load::source::SourceText,
    findings: &mut crate::diag::Findings,
) -> Option<(T, Split<'a>, crate::load::source::KeyPositions<'a>)> {
    let Some(parts) = split(&source.text) else {
        findings.push(missing_front_matter(&source.file));
        return None;
    };
    let line_offset = parts.front_line - 1;
    let raw = crate::load::source::parse_toml(&source.file, parts.front, line_offset, findings)?;
    let keys = crate::load::source::KeyPositions::scan(&source.file, parts.front, line_offset);
    Some((raw, parts, keys))
}

/// The finding for a Markdown file without front matter.
pub fn missing_front_matter(file: &str) -> crate::diag::Finding {
    crate::diag::Finding::new(crate::diag::Code::MissingFrontMatter, crate::t!("missing-front-matter"))
        .at(&crate::diag::Location::file_start(file))
        .help(crate::t!("missing-front-matter-help"))
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn splits_front_matter_and_body() {
        let parts = split("+++\na = 1\n+++\n# 标题\n").unwrap();
        assert_eq!(parts.front, "a = 1\n");
        assert_eq!(parts.body, "# 标题\n");
        assert_eq!(parts.body_line, 4);
    }

    #[test]
    fn needs_both_fences() {
        assert!(split("a = 1\n").is_none());
        assert!(split("+++\na = 1\n").is_none());
        assert_eq!(split("+++\n+++\n").unwrap().front, "");
    }

    #[test]
    fn trailing_spaces_after_a_fence_are_accepted() {
        let parts = split("+++  \na = 1\n+++\t \nbody\n").unwrap();
        assert_eq!(parts.front, "a = 1\n");
        assert_eq!(parts.body, "body\n");
        assert!(split("+++x\na = 1\n+++\n").is_none());
    }

    #[test]
    fn a_fence_must_stand_alone() {
        let parts = split("+++\ntitle = \"+++x\"\n+++ \nbody").unwrap();
        assert_eq!(parts.front, "title = \"+++x\"\n");
        assert_eq!(parts.body, "body");
    }
}
