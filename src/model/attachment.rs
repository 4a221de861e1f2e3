//! An item's attachments: the files in the folder named after the item beside it
//! (`items/2026/2026-Q1-3.5.md` → `items/2026/2026-Q1-3.5/…`), and the references to
//! files that the item's body makes. Pure values and path logic; the loader
//! (`load::attachments`) finds both.

use compact_str::CompactString;

/// One file in an item's attachment folder.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Attachment {
    /// The path inside the item's folder, `/`-separated (`photo.jpg`, `scans/1.pdf`).
    pub name: String,
    /// The path relative to the repository root (`items/2026/2026-Q1-3.5/photo.jpg`).
    pub file: String,
    /// The size in bytes.
    pub size: u64,
    /// A JPEG whose EXIF holds a GPS position.
    pub has_gps: bool,
    /// The SHA-256 of its contents, once the loader has read it (none when the file
    /// could not be read).
    pub sha256: Option<[u8; 32]>,
    /// A picture's shown width and height in pixels, read by the loader with the hash
    /// (none for other files, or when the header does not tell them).
    pub pixels: Option<(u32, u32)>,
}

/// A link or image target in an item's body that names a local file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The target as written (percent-escapes decoded).
    pub target: CompactString,
    /// The line in the item's file (1-based).
    pub line: usize,
    /// Written as an image (`![…](…)`).
    pub image: bool,
}

/// Where a reference leads, seen from the item whose id is `id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A file inside the item's own folder: its path there.
    Inside(String),
    /// A file somewhere else (another folder, or above the item's).
    Outside,
    /// Not a file reference: a page, an anchor, a web address.
    NotAFile,
}

/// True when `target` has a scheme (`https:`, `mailto:`), is an anchor or a query, or is
/// absolute: anything but a relative path.
fn is_relative_path(target: &str) -> bool {
    let scheme = target
        .find(':')
        .is_some_and(|colon| target[..colon].chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')) && colon > 0);
    !(target.is_empty() || scheme || target.starts_with(['#', '?', '/', '\\']))
}

/// What `target`, written in the body of item `id`, refers to. Images and links to a
/// name with an extension other than `.html`/`.htm` are file references; other relative
/// links (to pages, or without an extension) keep being plain links.
pub fn classify(id: &str, target: &str, image: bool) -> Target {
    if !is_relative_path(target) {
        return Target::NotAFile;
    }
    let path = target.split(['#', '?']).next().unwrap_or_default();
    let last = path.rsplit('/').next().unwrap_or_default();
    let extension = last.rsplit_once('.').map(|(_, ext)| ext.to_ascii_lowercase());
    let is_file = image || extension.as_deref().is_some_and(|ext| !matches!(ext, "html" | "htm"));
    if !is_file {
        return Target::NotAFile;
    }
    // Resolved against the folder holding the item's file.
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split(['/', '\\']) {
        match part {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Target::Outside;
                }
            }
            part => parts.push(part),
        }
    }
    match parts.split_first() {
        Some((folder, rest)) if *folder == id && !rest.is_empty() => Target::Inside(rest.join("/")),
        _ => Target::Outside,
    }
}

/// Decodes `%XX` escapes (as UTF-8); a malformed escape stays as written.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(high), Some(low)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((high * 16 + low) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

/// Why a file name is not safe on Windows or in a web address, if it is not: reserved
/// device names (`CON`, `PRN`, `AUX`, `NUL`, `COM1`–`COM9`, `LPT1`–`LPT9`, with any
/// extension), the characters `< > : " / \ | ? * # %`, control characters, spaces, and
/// a trailing dot. Spaces are refused because a Markdown link to such a name needs
/// `%20` or `<…>`, which is easy to get wrong; `-` and `_` do the same work.
pub fn unsafe_name(name: &str) -> Option<String> {
    let stem = name.split('.').next().unwrap_or_default().to_ascii_uppercase();
    let reserved = matches!(stem.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || (stem.len() == 4 && (stem.starts_with("COM") || stem.starts_with("LPT")) && stem.as_bytes()[3].is_ascii_digit() && stem.as_bytes()[3] != b'0');
    if name.is_empty() {
        Some(crate::t!("attachment-name-empty"))
    } else if reserved {
        Some(crate::t!("attachment-name-reserved"))
    } else if name.chars().any(char::is_control) {
        Some(crate::t!("attachment-name-control"))
    } else if name
        .chars()
        .any(|c| matches!(c, '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*' | '#' | '%'))
    {
        Some(crate::t!("attachment-name-character"))
    } else if name.chars().any(char::is_whitespace) {
        Some(crate::t!("attachment-name-space"))
    } else if name.ends_with('.') {
        Some(crate::t!("attachment-name-dot"))
    } else {
        None
    }
}

/// A size in words: `812 KB`, `1.2 MB` (decimal units, as file managers show them).
pub fn size_text(bytes: u64) -> String {
    if bytes < 1000 {
        format!("{bytes} B")
    } else if bytes < 1_000_000 {
        format!("{} KB", (bytes + 500) / 1000)
    } else {
        format!("{:.1} MB", bytes as f64 / 1_000_000.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_classified_against_the_items_folder() {
        let id = "2026-Q1-3.5";
        assert_eq!(classify(id, "2026-Q1-3.5/photo.jpg", true), Target::Inside("photo.jpg".into()));
        assert_eq!(classify(id, "./2026-Q1-3.5/scans/明细.pdf", false), Target::Inside("scans/明细.pdf".into()));
        assert_eq!(classify(id, "2026-Q1-3.6/photo.jpg", true), Target::Outside);
        assert_eq!(classify(id, "2026-Q1-3.5/../../secret.pdf", false), Target::Outside);
        assert_eq!(classify(id, "../x.pdf", false), Target::Outside);
        assert_eq!(classify(id, "photo.jpg", true), Target::Outside);
        assert_eq!(classify(id, "https://example.org/p.jpg", true), Target::NotAFile);
        assert_eq!(classify(id, "other.html", false), Target::NotAFile);
        assert_eq!(classify(id, "#top", false), Target::NotAFile);
        assert_eq!(classify(id, "notes", false), Target::NotAFile);
        assert_eq!(classify(id, "mailto:a@b.cn", false), Target::NotAFile);
    }

    #[test]
    fn unsafe_names_are_named() {
        for name in [
            "CON",
            "con.txt",
            "COM1.pdf",
            "lpt9",
            "a:b.pdf",
            "a?.jpg",
            "x.",
            "a b.jpg",
            "a\u{1}.jpg",
            "50%.pdf",
        ] {
            assert!(unsafe_name(name).is_some(), "{name}");
        }
        for name in ["photo.jpg", "明细.pdf", "COM0.pdf", "console.pdf", "2026-03_主题党日.jpeg"] {
            assert_eq!(unsafe_name(name), None, "{name}");
        }
    }

    #[test]
    fn percent_escapes_decode() {
        assert_eq!(percent_decode("a%20b"), "a b");
        assert_eq!(percent_decode("%E6%98%8E.pdf"), "明.pdf");
        assert_eq!(percent_decode("100%"), "100%");
    }
}
