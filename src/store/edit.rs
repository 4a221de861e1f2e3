//! In-place edits of TOML documents and of front matter, with toml_edit: comments, key
//! order and the Markdown body stay byte-for-byte as they were.

use anyhow::{anyhow, Context, Result};
use chrono::{Datelike, NaiveDate};
use toml_edit::{DocumentMut, Item, Value};


/// A TOML date value.
pub fn date_value(date: NaiveDate) -> Value {
    let datetime = toml_edit::Datetime {
        date: Some(toml_edit::Date { year: date.year() as u16, month: date.month() as u8, day: date.day() as u8 }),
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
    fn crlf_and_bom_survive() {
        let text = "\u{feff}+++\r\nentry = \"1\"\r\n+++\r\nbody\r\n";
        let mut doc = FrontMatterDocument::parse(text).unwrap();
        doc.set("published_on", date_value(NaiveDate::from_ymd_opt(2026, 4, 2).unwrap()));
        assert_eq!(doc.render(), "\u{feff}+++\r\nentry = \"1\"\r\npublished_on = 2026-04-02\r\n+++\r\nbody\r\n");
    }
}
