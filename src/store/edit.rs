//! In-place edits of TOML documents and of front matter, with `toml_edit`: comments, key
//! order and the Markdown body stay byte-for-byte as they were.

use std::collections::{HashMap, VecDeque};

use anyhow::{anyhow, Context, Result};
use chrono::{Datelike, NaiveDate};
use toml_edit::{DocumentMut, Item, Value};

use crate::load::frontmatter::is_fence;
use crate::store::readback::{read_back_front_matter, Unwritable};

/// A TOML date value. A year past 9999 (which TOML cannot hold) is kept as a year the
/// read-back refuses ([`FrontMatterDocument::render`]), never wrapped round.
pub fn date_value(date: NaiveDate) -> Value {
    let datetime = toml_edit::Datetime {
        date: Some(toml_edit::Date {
            year: u16::try_from(date.year()).unwrap_or(u16::MAX),
            month: date.month() as u8,
            day: date.day() as u8,
        }),
        time: None,
        offset: None,
    };
    Value::from(datetime)
}

/// A TOML date item.
pub fn date_item(date: NaiveDate) -> Item {
    Item::Value(date_value(date))
}

/// A file split into its front matter, as an editable document, and its body.
///
/// Line ends are kept line by line: each front-matter line that is still there after
/// the edit keeps the ending it had (LF or CRLF), matched by its text (lines with the
/// same text in their order); a new or changed line takes the ending of the line it
/// follows. The fences are kept exactly as they were (trailing spaces included).
pub struct FrontMatterDocument {
    /// The editable front matter.
    pub document: DocumentMut,
    /// Everything after the closing fence, untouched.
    body: String,
    /// The file had a byte-order mark.
    bom: bool,
    /// The opening fence line, with its line end.
    opening: String,
    /// The closing fence line, with its line end (if any).
    closing: String,
    /// Each front-matter line's text (without its line end) and whether it ended in CRLF.
    lines: Vec<(String, bool)>,
}

impl FrontMatterDocument {
    /// Parses file contents. The body is kept exactly as it was, whatever its line ends.
    pub fn parse(contents: &str) -> Result<FrontMatterDocument> {
        let bom = contents.starts_with('\u{feff}');
        let contents = contents.trim_start_matches('\u{feff}');
        let mut lines = contents.split_inclusive('\n');
        let opening = lines.next().unwrap_or("");
        if !is_fence(opening) {
            return Err(anyhow!(crate::t!("store-edit-no-front")));
        }
        let mut offset = opening.len();
        let front_start = offset;
        let mut kept = Vec::new();
        for line in lines {
            if is_fence(line) {
                let front = contents[front_start..offset].replace("\r\n", "\n");
                let body = contents[offset + line.len()..].to_string();
                let document: DocumentMut = front.parse().with_context(|| crate::t!("store-edit-front-not-toml"))?;
                return Ok(FrontMatterDocument {
                    document,
                    body,
                    bom,
                    opening: opening.to_string(),
                    closing: line.to_string(),
                    lines: kept,
                });
            }
            let crlf = line.ends_with("\r\n");
            let text = line.strip_suffix('\n').unwrap_or(line);
            let text = text.strip_suffix('\r').filter(|_| crlf).unwrap_or(text);
            kept.push((text.to_string(), crlf));
            offset += line.len();
        }
        Err(anyhow!(crate::t!("store-edit-front-unclosed")))
    }

    /// The file contents again, with the edits, read back the way the loader reads it:
    /// the front matter must still split and parse and hold exactly the values in memory
    /// (see [`crate::store::readback`]); the body byte for byte as it was.
    pub fn render(&self) -> Result<String, Unwritable> {
        let text = self.render_unchecked();
        read_back_front_matter(&self.document, &text)?;
        Ok(text)
    }

    /// The file contents with the edits, not read back.
    fn render_unchecked(&self) -> String {
        let mut front = self.document.to_string();
        if !front.is_empty() && !front.ends_with('\n') {
            front.push('\n');
        }
        let mut endings: HashMap<&str, VecDeque<bool>> = HashMap::new();
        for (text, crlf) in &self.lines {
            endings.entry(text.as_str()).or_default().push_back(*crlf);
        }
        let mut previous_crlf = self.opening.ends_with("\r\n");
        let bom = if self.bom { "\u{feff}" } else { "" };
        let mut out = String::with_capacity(front.len() + self.body.len() + self.opening.len() + self.closing.len() + self.lines.len() + bom.len());
        out.push_str(bom);
        out.push_str(&self.opening);
        for line in front.split_terminator('\n') {
            let crlf = endings.get_mut(line).and_then(VecDeque::pop_front).unwrap_or(previous_crlf);
            out.push_str(line);
            out.push_str(if crlf { "\r\n" } else { "\n" });
            previous_crlf = crlf;
        }
        out.push_str(&self.closing);
        out.push_str(&self.body);
        out
    }

    /// Sets a top-level key to a value, keeping its place if it exists; a new key goes
    /// after the last top-level key (before any `[table]`).
    pub fn set(&mut self, key: &str, value: Value) {
        set_keeping_decor(self.document.as_table_mut(), key, value);
    }

    /// Like [`set`](Self::set), but a new key goes right after the last of `after` that
    /// the front matter has (in file order), so that fields keep the documented order
    /// (`prepared_by`, `reviewed_*`, `approved_*`, `published_on`); after the last key if
    /// it has none of them. Existing keys keep their comments and places.
    pub fn set_after(&mut self, key: &str, value: Value, after: &[&str]) {
        let table = self.document.as_table_mut();
        if table.contains_key(key) {
            set_keeping_decor(table, key, value);
            return;
        }
        let anchor = table
            .iter()
            .enumerate()
            .filter(|(_, (name, _))| after.contains(name))
            .map(|(index, _)| index)
            .max();
        table.insert(key, Item::Value(value));
        let Some(anchor) = anchor else { return };
        // Move the keys between the anchor and the new key behind the new key, each with
        // its own decoration (the comments above it).
        let moved: Vec<String> = table
            .iter()
            .skip(anchor + 1)
            .map(|(name, _)| name.to_string())
            .filter(|name| name != key)
            .collect();
        for name in moved {
            if let Some((formatted, item)) = table.remove_entry(&name) {
                table.insert_formatted(&formatted, item);
            }
        }
    }
}

/// Sets `key` in `table`, keeping the existing key's comments and position.
pub fn set_keeping_decor(table: &mut toml_edit::Table, key: &str, mut value: Value) {
    if let Some(existing) = table.get_mut(key).and_then(Item::as_value_mut) {
        let decor = existing.decor().clone();
        *value.decor_mut() = decor;
        *existing = value;
    } else {
        table.insert(key, Item::Value(value));
    }
}

/// Appends `table` to the top-level array of tables `key` (`[[key]]`), after its existing
/// entries. When the array does not exist yet, it is placed before the top-level tables
/// named in `before` that exist (so a new `[[action]]` lands above `[response]`), else at
/// the end. Other tables, comments and layout are left as they were.
pub fn push_table(document: &mut DocumentMut, key: &str, table: toml_edit::Table, before: &[&str]) -> Result<()> {
    let root = document.as_table_mut();
    if let Some(existing) = root.get_mut(key) {
        let array = existing
            .as_array_of_tables_mut()
            .ok_or_else(|| anyhow!(crate::t!("store-edit-not-array-of-tables", key = key)))?;
        array.push(table);
        return Ok(());
    }
    // Tables are written in the order of their positions; a new table takes the position of
    // the table visited before it, so moving the later tables behind it in key order puts
    // it in front of them.
    let mut moved = Vec::new();
    for name in before {
        if let Some(entry) = root.remove_entry(name) {
            moved.push(entry);
        }
    }
    let mut array = toml_edit::ArrayOfTables::new();
    array.push(table);
    root.insert(key, Item::ArrayOfTables(array));
    for (name, item) in moved {
        root.insert_formatted(&name, item);
    }
    Ok(())
}

/// The front-matter keys of an item in the order of SPEC §3; the tool inserts keys in
/// this order.
pub const ITEM_KEY_ORDER: &[&str] = &[
    "entry",
    "title",
    "period",
    "event",
    "matter",
    "stage",
    "final",
    "scope",
    "audience",
    "supersedes",
    "prepared_by",
    "reviewed_by",
    "reviewed_on",
    "reviewed_digest",
    "approved_by",
    "approved_on",
    "approved_digest",
    "published_on",
    "published_digest",
];

/// Sets an item's front-matter `key` in place: an existing key keeps its place and
/// comments, a new one goes where [`ITEM_KEY_ORDER`] puts it.
pub fn set_item_key(document: &mut FrontMatterDocument, key: &str, value: Value) {
    let before = ITEM_KEY_ORDER.iter().position(|k| *k == key).map_or(ITEM_KEY_ORDER, |i| &ITEM_KEY_ORDER[..i]);
    document.set_after(key, value, before);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_keep_comments_order_and_body() {
        let text = "+++\n# 注释\nentry = \"3.5\"  # 条目\ntitle = \"标题\"\n\n[extra]\na = 1\n+++\n正文 **不变**\r\n";
        let mut doc = FrontMatterDocument::parse(text).unwrap();
        doc.set("approved_by", Value::from("舒军"));
        doc.set("title", Value::from("新标题"));
        let out = doc.render().unwrap();
        assert!(out.starts_with("+++\n# 注释\nentry = \"3.5\"  # 条目\ntitle = \"新标题\"\n"), "{out}");
        assert!(out.ends_with("+++\n正文 **不变**\r\n"), "{out:?}");
        assert!(out.contains("approved_by = \"舒军\""));
    }

    #[test]
    fn set_after_keeps_the_documented_order_and_comments() {
        let text =
            "+++\nentry = \"3.5\"\nprepared_by = \"王\"  # 提出\n# 公开范围\nscope = \"members\"\nreviewed_by = \"廖\"\nreviewed_on = 2026-04-02\n+++\nbody\n";
        let mut doc = FrontMatterDocument::parse(text).unwrap();
        doc.set_after("approved_by", Value::from("舒军"), &["prepared_by", "reviewed_by", "reviewed_on"]);
        doc.set_after("approved_on", date_value(NaiveDate::from_ymd_opt(2026, 4, 3).unwrap()), &["approved_by"]);
        assert_eq!(
            doc.render().unwrap(),
            "+++\nentry = \"3.5\"\nprepared_by = \"王\"  # 提出\n# 公开范围\nscope = \"members\"\nreviewed_by = \"廖\"\nreviewed_on = 2026-04-02\napproved_by = \"舒军\"\napproved_on = 2026-04-03\n+++\nbody\n"
        );
        let text = "+++\nentry = \"3.5\"\nprepared_by = \"王\"\n# 公开范围\nscope = \"members\" # 缩小\n+++\nbody\n";
        let mut doc = FrontMatterDocument::parse(text).unwrap();
        doc.set_after("reviewed_by", Value::from("廖"), &["prepared_by"]);
        assert_eq!(
            doc.render().unwrap(),
            "+++\nentry = \"3.5\"\nprepared_by = \"王\"\nreviewed_by = \"廖\"\n# 公开范围\nscope = \"members\" # 缩小\n+++\nbody\n"
        );
    }

    #[test]
    fn crlf_and_bom_survive() {
        let text = "\u{feff}+++\r\nentry = \"1\"\r\n+++\r\nbody\r\n";
        let mut doc = FrontMatterDocument::parse(text).unwrap();
        doc.set("published_on", date_value(NaiveDate::from_ymd_opt(2026, 4, 2).unwrap()));
        assert_eq!(
            doc.render().unwrap(),
            "\u{feff}+++\r\nentry = \"1\"\r\npublished_on = 2026-04-02\r\n+++\r\nbody\r\n"
        );
    }

    fn action(on: &str) -> toml_edit::Table {
        let mut table = toml_edit::Table::new();
        table.insert("on", Item::Value(on.parse::<Value>().unwrap()));
        table.insert("note", Item::Value(Value::from("记录")));
        table
    }

    #[test]
    fn push_table_appends_after_existing_entries_and_before_later_tables() {
        let text = "+++\nstatus = \"handling\"  # 状态\n\n[[action]]\non = 2026-03-03\nnote = \"一\"\n\n# 答复\n[response]\non = 2026-03-10\ntext = \"好\"\n+++\n正文\n";
        let mut doc = FrontMatterDocument::parse(text).unwrap();
        push_table(&mut doc.document, "action", action("2026-03-11"), &["response"]).unwrap();
        assert_eq!(
            doc.render().unwrap(),
            "+++\nstatus = \"handling\"  # 状态\n\n[[action]]\non = 2026-03-03\nnote = \"一\"\n\n[[action]]\non = 2026-03-11\nnote = \"记录\"\n\n# 答复\n[response]\non = 2026-03-10\ntext = \"好\"\n+++\n正文\n"
        );
    }

    #[test]
    fn push_table_starts_a_new_array_before_the_named_tables() {
        let text = "+++\nstatus = \"answered\"\n\n[response]\non = 2026-03-10\ntext = \"好\"\n+++\n正文\n";
        let mut doc = FrontMatterDocument::parse(text).unwrap();
        push_table(&mut doc.document, "action", action("2026-03-11"), &["response"]).unwrap();
        assert_eq!(
            doc.render().unwrap(),
            "+++\nstatus = \"answered\"\n\n[[action]]\non = 2026-03-11\nnote = \"记录\"\n\n[response]\non = 2026-03-10\ntext = \"好\"\n+++\n正文\n"
        );
        let plain = "+++\nstatus = \"received\"\n+++\n正文\n";
        let mut doc = FrontMatterDocument::parse(plain).unwrap();
        push_table(&mut doc.document, "action", action("2026-03-11"), &["response"]).unwrap();
        assert_eq!(
            doc.render().unwrap(),
            "+++\nstatus = \"received\"\n\n[[action]]\non = 2026-03-11\nnote = \"记录\"\n+++\n正文\n"
        );
    }

    #[test]
    fn keys_go_in_the_documented_order() {
        let mut doc = FrontMatterDocument::parse("+++\nentry = \"3.5\"\ntitle = \"t\"\nprepared_by = \"王\"\n+++\n").unwrap();
        set_item_key(&mut doc, "approved_on", date_value(NaiveDate::from_ymd_opt(2026, 4, 3).unwrap()));
        set_item_key(&mut doc, "reviewed_by", Value::from("廖"));
        assert_eq!(
            doc.render().unwrap(),
            "+++\nentry = \"3.5\"\ntitle = \"t\"\nprepared_by = \"王\"\nreviewed_by = \"廖\"\napproved_on = 2026-04-03\n+++\n"
        );
    }
}
