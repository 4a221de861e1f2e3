//! Positions in a text: byte offsets mapped to 1-based lines and character columns, and
//! where each key of a TOML text stands. Pure computation over text that the loader
//! read, so that findings anywhere can name a file, line and column.

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::Location;

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

#[cfg(test)]
mod tests {
    use super::*;

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
