//! Reading a text file as the format allows: UTF-8 with or without a byte-order mark,
//! LF or CRLF; anything else is a finding that names the file; and TOML parsed with
//! findings that point at the key ([`KeyPositions`], from [`crate::diag::positions`]).

use std::path::Path;

pub use crate::diag::positions::{KeyPositions, LineIndex};
use crate::diag::{Code, Finding, Location};

/// A text file's contents, normalised to LF, with its path relative to the root.
#[derive(Debug, Clone)]
pub struct SourceText {
    /// The path relative to the repository root, `/`-separated.
    pub file: String,
    /// The text, without BOM, with LF line ends.
    pub text: String,
}

/// A path shown to users: relative, with `/` separators on every platform.
pub fn display_path(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Decodes bytes as UTF-8 (a BOM and CRLF accepted). Otherwise a `not-utf8` finding,
/// which says what the bytes look like when they decode as GB18030 (GBK).
pub fn decode(file: &str, bytes: &[u8]) -> Result<SourceText, Finding> {
    if let Some(order) = utf16_order(bytes) {
        return Err(Finding::new(
            Code::NotUtf8,
            format!("this file is not UTF-8 text: it is UTF-16 ({order}), what Windows Notepad calls \"Unicode\""),
        )
        .at(&Location::file_start(file))
        .help("open it in your editor and save it again with the encoding \"UTF-8\" (in Notepad: Save As, Encoding: UTF-8)"));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // simdutf8 checks a whole archive's bodies several times faster than std, which
    // is then asked only where a bad file goes wrong.
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        return Ok(SourceText {
            file: file.to_string(),
            text: normalise_newlines(text),
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(SourceText {
            file: file.to_string(),
            text: normalise_newlines(text),
        }),
        Err(error) => {
            let valid_up_to = error.valid_up_to();
            let line = bytes[..valid_up_to].iter().filter(|b| **b == b'\n').count() + 1;
            let (_, _, gbk_failed) = encoding_rs::GB18030.decode(bytes);
            let guess = if gbk_failed {
                "it is not text in any encoding the tool recognises"
            } else {
                "it looks like GBK (GB18030), as saved by some Windows editors"
            };
            Err(Finding::new(Code::NotUtf8, format!("this file is not UTF-8 text: {guess}"))
                .at(&Location {
                    file: file.to_string(),
                    line,
                    column: 1,
                    source_line: String::new(),
                })
                .help("open it in your editor and save it again with the encoding \"UTF-8\""))
        }
    }
}

/// `little-endian` or `big-endian` when the bytes are UTF-16: a byte-order mark, or (with
/// none) the NUL bytes that every ASCII character has in UTF-16, all on one side of each
/// pair, in the first kilobytes. Text files in UTF-8 hold no NUL bytes.
fn utf16_order(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\xFF\xFE") {
        return Some("little-endian");
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return Some("big-endian");
    }
    let head = &bytes[..bytes.len().min(4096) & !1];
    if head.len() < 4 || !head.contains(&0) {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in head.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let pairs = head.len() / 2;
    if odd * 4 >= pairs && even * 20 <= odd {
        Some("little-endian")
    } else if even * 4 >= pairs && odd * 20 <= even {
        Some("big-endian")
    } else {
        None
    }
}

fn normalise_newlines(text: &str) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n")
    } else {
        text.to_string()
    }
}

/// Deserialises a TOML text, or pushes the finding that says where and why it fails.
/// `line_offset` is the text's first line in its file, less one (front matter starts on
/// line 2).
pub fn parse_toml<T: serde::de::DeserializeOwned>(file: &str, text: &str, line_offset: usize, findings: &mut crate::diag::Findings) -> Option<T> {
    match toml::from_str(text) {
        Ok(value) => Some(value),
        Err(error) => {
            findings.push(toml_error_finding(file, text, line_offset, &error));
            None
        }
    }
}

/// Turns a TOML deserialisation error into a finding pointing at its span.
pub fn toml_error_finding(file: &str, text: &str, line_offset: usize, error: &toml::de::Error) -> Finding {
    let index = LineIndex::new(text, line_offset);
    let location = error.span().map_or_else(|| index.line_start(file, 1), |span| index.location(file, span.start));
    let message = error.message().trim().to_string();
    let (code, help) = classify_toml_error(&message);
    Finding::new(code, toml_message(&message)).at(&location).help(help)
}

fn classify_toml_error(message: &str) -> (Code, String) {
    if message.starts_with("unknown field") {
        (Code::UnknownKey, "check the key's spelling against the allowed keys, or remove it".to_string())
    } else if message.starts_with("missing field") {
        (Code::MissingKey, "add the key; see the file formats in the README".to_string())
    } else if message.contains("expected a TOML datetime") || message.contains("invalid type: string") && message.contains("datetime") {
        (Code::InvalidValue, "write dates without quotes, like 2026-03-31".to_string())
    } else if message.starts_with("invalid type") || message.starts_with("unknown variant") || message.starts_with("invalid value") {
        (
            Code::InvalidValue,
            "use a value of the kind shown; see the file formats in the README".to_string(),
        )
    } else {
        (
            Code::TomlSyntax,
            "fix the TOML syntax at the place shown (quotes, brackets, `key = value`)".to_string(),
        )
    }
}

fn toml_message(message: &str) -> String {
    message.replace('`', "\"")
}

/// The largest file the tool reads: far above any real disclosure, far below what would
/// strain memory.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// Reads a file and decodes it, turning I/O failures into findings too. One open, one
/// read, one copy of the text (after the fast UTF-8 check).
pub fn read_source(root: &Path, relative: &Path) -> Result<SourceText, Finding> {
    read_source_with_metadata(root, relative).map(|(source, _)| source)
}

/// [`read_source`], with the file's metadata as it was when it was opened.
pub fn read_source_with_metadata(root: &Path, relative: &Path) -> Result<(SourceText, std::fs::Metadata), Finding> {
    use std::io::Read as _;
    let file = display_path(relative);
    let unreadable = |error: std::io::Error| {
        Finding::new(Code::InvalidValue, format!("could not read this file: {error}"))
            .at(&Location::file_start(&file))
            .help("check the file's permissions")
    };
    let handle = std::fs::File::open(root.join(relative)).map_err(unreadable)?;
    let metadata = handle.metadata().map_err(unreadable)?;
    let size = metadata.len();
    if size > MAX_FILE_BYTES {
        return Err(Finding::new(
            Code::FileTooLarge,
            format!("this file is {} MiB; files over 10 MiB are not read", size / (1024 * 1024)),
        )
        .at(&Location::file_start(&file))
        .help("split it, or move attachments out of the repository and link to them"));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0) + 1);
    handle.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(unreadable)?;
    decode(&file, &bytes).map(|source| (source, metadata))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_and_crlf_are_accepted() {
        let source = decode("a.toml", b"\xEF\xBB\xBFa = 1\r\nb = 2\r\n").unwrap();
        assert_eq!(source.text, "a = 1\nb = 2\n");
    }

    #[test]
    fn gbk_is_named() {
        let (bytes, _, _) = encoding_rs::GBK.encode("标题 = \"党费收缴\"\n");
        let finding = decode("x.md", &bytes).unwrap_err();
        assert_eq!(finding.code, Code::NotUtf8);
        assert!(finding.message.contains("GBK"), "{}", finding.message);
    }

    #[test]
    fn utf16_is_named_with_or_without_a_byte_order_mark() {
        let text = "+++\nentry = \"1.2\"\ntitle = \"党费收缴情况\"\n+++\n正文\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for (bytes, order) in [
            ([&b"\xFF\xFE"[..], &le].concat(), "little-endian"),
            ([&b"\xFE\xFF"[..], &be].concat(), "big-endian"),
            (le.clone(), "little-endian"),
            (be.clone(), "big-endian"),
        ] {
            let finding = decode("x.md", &bytes).unwrap_err();
            assert_eq!(finding.code, Code::NotUtf8);
            assert!(finding.message.contains(&format!("UTF-16 ({order})")), "{}", finding.message);
            assert!(!finding.message.contains("GBK"));
            assert!(finding.help.as_deref().unwrap_or_default().contains("UTF-8"));
        }
        assert!(decode("x.md", "+++\na = 1\n+++\n党".as_bytes()).is_ok());
    }
}
