//! Reading a text file as the format allows: UTF-8 with or without a byte-order mark,
//! LF or CRLF; anything else is a finding that names the file. Also maps byte offsets to
//! line and column, and finds where each key of a TOML text stands.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;

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

/// Maps byte offsets in a text to 1-based lines and character columns.
#[derive(Debug, Clone)]
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// Added to every line number: the text's first line in its file.
    line_offset: usize,
}

impl<'a> LineIndex<'a> {
    /// Indexes `text`, whose first line is line `1 + line_offset` of its file.
    pub fn new(text: &'a str, line_offset: usize) -> LineIndex<'a> {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { text, starts, line_offset }
    }

    /// The location of a byte offset.
    pub fn location(&self, file: &str, offset: usize) -> Location {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|start| *start <= offset).max(1);
        let start = self.starts[line - 1];
        let end = self.text[start..].find('\n').map_or(self.text.len(), |i| start + i);
        let mut column_byte = offset.min(end);
        while !self.text.is_char_boundary(column_byte) {
            column_byte -= 1;
        }
        let column = self.text[start..column_byte].chars().count() + 1;
        Location {
            file: file.to_string(),
            line: line + self.line_offset,
            column,
            source_line: self.text[start..end].to_string(),
        }
    }

    /// The location of the start of a 1-based line of the text (not of the file).
    pub fn line_start(&self, file: &str, line: usize) -> Location {
        let index = line.clamp(1, self.starts.len()) - 1;
        self.location(file, self.starts[index])
    }
}

/// Where each key of a TOML text stands, as `table.key` paths. Arrays of tables are
/// numbered: the third `[[entry]]`'s `id` is `entry.2.id`, and the table header itself
/// is `entry.2`. Inline and dotted keys are recorded by their first segment.
/// It borrows the text it was made from ([`KeyPositions::into_owned`] for keeping).
#[derive(Debug, Clone, Default)]
pub struct KeyPositions<'a> {
    file: Cow<'a, str>,
    text: Cow<'a, str>,
    line_offset: usize,
    scanned: std::sync::OnceLock<Scanned>,
}

/// The positions found by a scan.
#[derive(Debug, Clone, Default)]
struct Scanned {
    positions: BTreeMap<String, Location>,
    first: Location,
}

impl<'a> KeyPositions<'a> {
    /// Prepares to find keys in `text` (line-based; enough for the layouts people write).
    /// The scan itself runs on the first question: most files have no finding, and
    /// their keys are never looked up.
    pub fn scan(file: &'a str, text: &'a str, line_offset: usize) -> KeyPositions<'a> {
        KeyPositions {
            file: Cow::Borrowed(file),
            text: Cow::Borrowed(text),
            line_offset,
            scanned: std::sync::OnceLock::new(),
        }
    }

    /// The same positions, owning their text.
    pub fn into_owned(self) -> KeyPositions<'static> {
        KeyPositions {
            file: Cow::Owned(self.file.into_owned()),
            text: Cow::Owned(self.text.into_owned()),
            line_offset: self.line_offset,
            scanned: self.scanned,
        }
    }

    fn scanned(&self) -> &Scanned {
        self.scanned.get_or_init(|| scan_keys(&self.file, &self.text, self.line_offset))
    }

    /// The location of a key's value, else of its table, else of the text's start.
    pub fn get(&self, path: &str) -> Location {
        let scanned = self.scanned();
        if let Some(location) = scanned.positions.get(path) {
            return location.clone();
        }
        let mut parent = path;
        while let Some((head, _)) = parent.rsplit_once('.') {
            if let Some(location) = scanned.positions.get(head) {
                return location.clone();
            }
            parent = head;
        }
        scanned.first.clone()
    }

    /// True when the key is written in the text.
    pub fn has(&self, path: &str) -> bool {
        self.scanned().positions.contains_key(path)
    }
}

/// Finds where each key of a TOML text stands (see [`KeyPositions`]).
fn scan_keys(file: &str, text: &str, line_offset: usize) -> Scanned {
    let index = LineIndex::new(text, line_offset);
    let mut positions = BTreeMap::new();
    let mut table = String::new();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut offset = 0;
    let mut in_multiline_string = false;
    for line in text.split('\n') {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let quotes = line.matches("\"\"\"").count() + line.matches("'''").count();
        if in_multiline_string {
            if quotes % 2 == 1 {
                in_multiline_string = false;
            }
        } else if let Some(header) = trimmed.strip_prefix("[[") {
            let name = header.split("]]").next().unwrap_or("").trim().to_string();
            let count = counts.entry(name.clone()).or_insert(0);
            table = format!("{name}.{count}");
            *count += 1;
            positions.insert(table.clone(), index.location(file, offset + indent));
        } else if let Some(header) = trimmed.strip_prefix('[') {
            table = header.split(']').next().unwrap_or("").trim().to_string();
            positions.insert(table.clone(), index.location(file, offset + indent));
        } else if let Some(eq) = trimmed.find('=') {
            let key = trimmed[..eq].trim().trim_matches('"').split('.').next().unwrap_or("").trim();
            if !key.is_empty() && !trimmed.starts_with('#') {
                let path = if table.is_empty() { key.to_string() } else { format!("{table}.{key}") };
                let value_start = trimmed[eq + 1..].len() - trimmed[eq + 1..].trim_start().len();
                positions
                    .entry(path)
                    .or_insert_with(|| index.location(file, offset + indent + eq + 1 + value_start));
                if quotes % 2 == 1 {
                    in_multiline_string = true;
                }
            }
        }
        offset += line.len() + 1;
    }
    Scanned {
        positions,
        first: index.line_start(file, 1),
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

    #[test]
    fn key_positions_number_arrays_of_tables() {
        let text = "[category]\ncode = \"1\"\n\n[[entry]]\nid = \"1.1\"\n[[entry]]\n  id = \"1.2\"\n";
        let keys = KeyPositions::scan("c.toml", text, 0);
        assert_eq!(keys.get("entry.1.id").line, 7);
        assert_eq!(keys.get("entry.1.id").column, 8);
        assert_eq!(keys.get("entry.0.title").line, 4);
        assert_eq!(keys.get("category.code").line, 2);
    }

    #[test]
    fn columns_count_characters() {
        let index = LineIndex::new("标题 = 1\n", 2);
        let location = index.location("f", "标题 = ".len());
        assert_eq!((location.line, location.column), (3, 6));
    }
}
