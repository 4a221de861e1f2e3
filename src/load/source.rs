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
///
/// A plain relative path in UTF-8 (the loader's 100,000 item paths) is already in that
/// form on Unix and is copied as it is; any other is rebuilt from its components, which
/// gives the same text for a plain path (a test holds the two equal).
pub fn display_path(path: &Path) -> String {
    match path.to_str() {
        Some(text) if cfg!(unix) && is_plain_relative_text(text) => text.to_string(),
        _ => display_path_by_components(path),
    }
}

/// [`display_path`] for every path: its components joined with `/`.
fn display_path_by_components(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// True for a non-empty relative path whose parts are all named (no empty part, no `.`):
/// one that its components give back unchanged, joined with `/`, on Unix.
fn is_plain_relative_text(text: &str) -> bool {
    !text.is_empty() && text.split('/').all(|part| !part.is_empty() && part != ".")
}

/// Decodes bytes as UTF-8 (a BOM and CRLF accepted). Otherwise a `not-utf8` finding,
/// which says what the bytes look like when they decode as GB18030 (GBK).
pub fn decode(file: &str, bytes: &[u8]) -> Result<SourceText, Finding> {
    if let Some(order) = utf16_order(bytes) {
        let message = match order {
            Order::Little => crate::t!("not-utf8-utf16-little"),
            Order::Big => crate::t!("not-utf8-utf16-big"),
        };
        return Err(Finding::new(Code::NotUtf8, message)
            .at(&Location::file_start(file))
            .help(crate::t!("not-utf8-utf16-help")));
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
            let message = if gbk_failed {
                crate::t!("not-utf8-unknown")
            } else {
                crate::t!("not-utf8-gbk")
            };
            Err(Finding::new(Code::NotUtf8, message)
                .at(&Location {
                    file: file.to_string(),
                    line,
                    column: 1,
                    source_line: String::new(),
                })
                .help(crate::t!("not-utf8-help")))
        }
    }
}

/// The byte order of UTF-16 text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Order {
    Little,
    Big,
}

/// The byte order when the bytes are UTF-16: a byte-order mark, or (with none) the NUL
/// bytes that every ASCII character has in UTF-16, all on one side of each pair, in the
/// first kilobytes. Text files in UTF-8 hold no NUL bytes.
fn utf16_order(bytes: &[u8]) -> Option<Order> {
    if bytes.starts_with(b"\xFF\xFE") {
        return Some(Order::Little);
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return Some(Order::Big);
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
        Some(Order::Little)
    } else if even * 4 >= pairs && odd * 20 <= even {
        Some(Order::Big)
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

/// Turns a TOML deserialisation error into a finding pointing at its span. The parser's
/// own words are read for what they say (an unknown or missing key, a value of the wrong
/// kind, a date written wrongly) and said again from the catalogue; a syntax error keeps
/// the parser's detail inside the catalogue's sentence.
pub fn toml_error_finding(file: &str, text: &str, line_offset: usize, error: &toml::de::Error) -> Finding {
    let index = LineIndex::new(text, line_offset);
    let location = error.span().map_or_else(|| index.line_start(file, 1), |span| index.location(file, span.start));
    let message = error.message().trim();
    if let Some(finding) = crate::load::dates::date_error(message, &location) {
        return finding;
    }
    classify_toml_error(message).at(&location)
}

/// The names between backticks in a serde message, in order.
fn quoted_names(message: &str) -> Vec<&str> {
    message.split('`').skip(1).step_by(2).collect()
}

fn classify_toml_error(message: &str) -> Finding {
    let detail = toml_message(message);
    if message.starts_with("unknown field") {
        let names = quoted_names(message);
        let key = names.first().copied().unwrap_or_default();
        let allowed = names.get(1..).unwrap_or_default();
        unknown_key(key, allowed)
    } else if message.starts_with("missing field") {
        let key = quoted_names(message).first().copied().unwrap_or_default();
        Finding::new(Code::MissingKey, crate::t!("missing-key", key = key)).help(crate::t!("missing-key-help"))
    } else if message.starts_with("unknown variant") {
        let names = quoted_names(message);
        let value = names.first().copied().unwrap_or_default();
        let allowed = names.get(1..).unwrap_or_default();
        Finding::new(Code::InvalidValue, crate::t!("invalid-value-detail", detail = detail)).help(choice_help(value, allowed))
    } else if message.starts_with("data did not match any variant of untagged enum") {
        // serde names the Rust type here (`RawPeriod`), which says nothing to a user.
        Finding::new(Code::InvalidValue, crate::t!("invalid-value-form")).help(crate::t!("invalid-value-kind-help"))
    } else if message.starts_with("invalid type") || message.starts_with("invalid value") {
        Finding::new(Code::InvalidValue, crate::t!("invalid-value-detail", detail = detail)).help(crate::t!("invalid-value-kind-help"))
    } else {
        Finding::new(Code::TomlSyntax, crate::t!("toml-syntax", detail = detail)).help(crate::t!("toml-syntax-help"))
    }
}

/// The `unknown-key` finding for `key`, where `allowed` are the keys the table takes:
/// "did you mean" the closest allowed key when one is close, else the advice to check
/// the spelling against the list the message gives.
pub fn unknown_key(key: &str, allowed: &[&str]) -> Finding {
    let list = quoted_list(allowed);
    let message = crate::t!("unknown-key", key = key, allowed = list, count = allowed.len());
    let help = match crate::suggest::closest_word(key, allowed) {
        Some(near) => crate::t!("unknown-key-help-suggest", key = key, suggestion = near),
        None => crate::t!("unknown-key-help"),
    };
    Finding::new(Code::UnknownKey, message).help(help)
}

/// Values shown as a list: each in quotes, joined by the language's separator.
pub fn quoted_list(values: &[&str]) -> String {
    values
        .iter()
        .map(|value| format!("\"{value}\""))
        .collect::<Vec<_>>()
        .join(&crate::t!("list-separator"))
}

/// The help for `value` where one of `allowed` is wanted: "did you mean" the closest when
/// it is close, and the list.
pub fn choice_help(value: &str, allowed: &[&str]) -> String {
    let list = quoted_list(allowed);
    match crate::suggest::closest_word(value, allowed) {
        Some(near) => crate::t!("invalid-value-choice-help-suggest", suggestion = near, allowed = list),
        None => crate::t!("invalid-value-choice-help", allowed = list),
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
    read_opened(relative, std::fs::File::open(root.join(relative))).map(|(source, _)| source)
}

/// [`read_source`] of a file below `folder` (opened once for many files), with the
/// file's metadata as it was when it was opened.
pub fn read_source_with_metadata(folder: &crate::stat_at::Folder, relative: &Path) -> Result<(SourceText, std::fs::Metadata), Finding> {
    read_opened(relative, folder.open_file(relative))
}

/// Reads and decodes the file at `relative`, opened as `opened`, with its metadata.
fn read_opened(relative: &Path, opened: std::io::Result<std::fs::File>) -> Result<(SourceText, std::fs::Metadata), Finding> {
    use std::io::Read as _;
    let file = display_path(relative);
    let unreadable = |error: std::io::Error| {
        Finding::new(Code::InvalidValue, crate::t!("invalid-value-unreadable-file", error = error.to_string()))
            .at(&Location::file_start(&file))
            .help(crate::t!("invalid-value-unreadable-file-help"))
    };
    let handle = opened.map_err(unreadable)?;
    let metadata = handle.metadata().map_err(unreadable)?;
    let size = metadata.len();
    if size > MAX_FILE_BYTES {
        let mib = size / (1024 * 1024);
        return Err(Finding::new(Code::FileTooLarge, crate::t!("file-too-large", mib = mib))
            .at(&Location::file_start(&file))
            .help(crate::t!("file-too-large-help")));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0) + 1);
    handle.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(unreadable)?;
    decode(&file, &bytes).map(|source| (source, metadata))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quick form of a display path is the one its components give, for plain
    /// paths and for every awkward one the quick form must leave alone.
    #[test]
    fn display_paths_are_the_components_joined() {
        for text in [
            "items/2026/2026-Q1-3.5.md",
            "items/2026/第一季度.md",
            "a",
            "../a/b",
            "a/../b",
            "a\\b",
            "",
            ".",
            "./a",
            "a/./b",
            "a//b",
            "a/",
            "a/.",
            "/abs/x",
            "//x",
        ] {
            let path = Path::new(text);
            assert_eq!(display_path(path), display_path_by_components(path), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn every_display_path_is_the_components_joined(text in "[a./\\\\第]{0,12}") {
            let path = Path::new(&text);
            proptest::prop_assert_eq!(display_path(path), display_path_by_components(path));
        }
    }

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
