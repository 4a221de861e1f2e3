//! In-place edits of TOML documents and of front matter, with `toml_edit`: comments, key
//! order and the Markdown body stay byte-for-byte as they were.

use anyhow::{anyhow, Context, Result};
use chrono::{Datelike, NaiveDate};
use toml_edit::{DocumentMut, Item, Value};

/// A TOML date value.
pub fn date_value(date: NaiveDate) -> Value {
    let datetime = toml_edit::Datetime {
        date: Some(toml_edit::Date {
            year: date.year() as u16,
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
pub struct FrontMatterDocument {
    /// The editable front matter.
    pub document: DocumentMut,
    /// Everything after the closing fence, untouched.
    body: String,
    /// The file had a byte-order mark.
    bom: bool,
    /// The file used CRLF line ends.
    crlf: bool,
}

impl FrontMatterDocument {
    /// Parses file contents. The body is kept exactly as it was, whatever its line ends.
    pub fn parse(contents: &str) -> Result<FrontMatterDocument> {
        let bom = contents.starts_with('\u{feff}');
        let contents = contents.trim_start_matches('\u{feff}');
        let mut lines = contents.split_inclusive('\n');
        let opening = lines.next().unwrap_or("");
        if opening.trim_end() != "+++" {
            return Err(anyhow!("the file has no `+++` front matter"));
        }
        let crlf = opening.ends_with("\r\n");
        let mut offset = opening.len();
        let front_start = offset;
        for line in lines {
            if line.trim_end() == "+++" {
                let front = contents[front_start..offset].replace("\r\n", "\n");
                let body = contents[offset + line.len()..].to_string();
                let document: DocumentMut = front.parse().context("the front matter is not valid TOML")?;
                return Ok(FrontMatterDocument { document, body, bom, crlf });
            }
            offset += line.len();
        }
        Err(anyhow!("the `+++` front matter is never closed"))
    }

    /// The file contents again, with the edits; the body byte-for-byte as it was.
    pub fn render(&self) -> String {
        let mut front = self.document.to_string();
        if !front.is_empty() && !front.ends_with('\n') {
            front.push('\n');
        }
        let head = format!("+++\n{front}+++\n");
        let head = if self.crlf { head.replace('\n', "\r\n") } else { head };
        let bom = if self.bom { "\u{feff}" } else { "" };
        format!("{bom}{head}{}", self.body)
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
            .ok_or_else(|| anyhow!("`{key}` is not an array of tables ([[{key}]])"))?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_keep_comments_order_and_body() {
        let text = "+++\n# 注释\nentry = \"3.5\"  # 条目\ntitle = \"标题\"\n\n[extra]\na = 1\n+++\n正文 **不变**\r\n";
        let mut doc = FrontMatterDocument::parse(text).unwrap();
        doc.set("approved_by", Value::from("舒军"));
        doc.set("title", Value::from("新标题"));
        let out = doc.render();
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
            doc.render(),
            "+++\nentry = \"3.5\"\nprepared_by = \"王\"  # 提出\n# 公开范围\nscope = \"members\"\nreviewed_by = \"廖\"\nreviewed_on = 2026-04-02\napproved_by = \"舒军\"\napproved_on = 2026-04-03\n+++\nbody\n"
        );
        let text = "+++\nentry = \"3.5\"\nprepared_by = \"王\"\n# 公开范围\nscope = \"members\" # 缩小\n+++\nbody\n";
        let mut doc = FrontMatterDocument::parse(text).unwrap();
        doc.set_after("reviewed_by", Value::from("廖"), &["prepared_by"]);
        assert_eq!(
            doc.render(),
            "+++\nentry = \"3.5\"\nprepared_by = \"王\"\nreviewed_by = \"廖\"\n# 公开范围\nscope = \"members\" # 缩小\n+++\nbody\n"
        );
    }

    #[test]
    fn crlf_and_bom_survive() {
        let text = "\u{feff}+++\r\nentry = \"1\"\r\n+++\r\nbody\r\n";
        let mut doc = FrontMatterDocument::parse(text).unwrap();
        doc.set("published_on", date_value(NaiveDate::from_ymd_opt(2026, 4, 2).unwrap()));
        assert_eq!(doc.render(), "\u{feff}+++\r\nentry = \"1\"\r\npublished_on = 2026-04-02\r\n+++\r\nbody\r\n");
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
            doc.render(),
            "+++\nstatus = \"handling\"  # 状态\n\n[[action]]\non = 2026-03-03\nnote = \"一\"\n\n[[action]]\non = 2026-03-11\nnote = \"记录\"\n\n# 答复\n[response]\non = 2026-03-10\ntext = \"好\"\n+++\n正文\n"
        );
    }

    #[test]
    fn push_table_starts_a_new_array_before_the_named_tables() {
        let text = "+++\nstatus = \"answered\"\n\n[response]\non = 2026-03-10\ntext = \"好\"\n+++\n正文\n";
        let mut doc = FrontMatterDocument::parse(text).unwrap();
        push_table(&mut doc.document, "action", action("2026-03-11"), &["response"]).unwrap();
        assert_eq!(
            doc.render(),
            "+++\nstatus = \"answered\"\n\n[[action]]\non = 2026-03-11\nnote = \"记录\"\n\n[response]\non = 2026-03-10\ntext = \"好\"\n+++\n正文\n"
        );
        let plain = "+++\nstatus = \"received\"\n+++\n正文\n";
        let mut doc = FrontMatterDocument::parse(plain).unwrap();
        push_table(&mut doc.document, "action", action("2026-03-11"), &["response"]).unwrap();
        assert_eq!(
            doc.render(),
            "+++\nstatus = \"received\"\n\n[[action]]\non = 2026-03-11\nnote = \"记录\"\n+++\n正文\n"
        );
    }
}
