//! What the tool writes, it can read: every text value it puts into a file is checked
//! first ([`text_value`]: no control characters, a name on one line, no line that would
//! close the front matter), and every edited file is read back the way the loader reads
//! it before it replaces the old one ([`read_back_front_matter`], [`read_back_toml`]): its
//! front matter must still split and parse, and every key must hold exactly the value in
//! memory. A value that cannot be represented (a date after 9999-12-31, say) is an
//! [`Unwritable`] error and nothing is written.

use toml_edit::{DocumentMut, Item, Table, Value};

use crate::load::frontmatter::{is_fence, split};
use crate::load::source::decode;

/// A value the tool will not write, with the fix. Nothing was written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct Unwritable {
    /// What cannot be written, naming the argument or key.
    pub message: String,
    /// How to fix it.
    pub help: String,
}

impl Unwritable {
    fn new(message: impl Into<String>, help: impl Into<String>) -> Unwritable {
        Unwritable {
            message: message.into(),
            help: help.into(),
        }
    }
}

/// The last day a TOML date (four-digit year) can hold.
pub const LAST_WRITABLE_YEAR: u16 = 9999;

/// What a text written into a file may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One line: a name, a word (`--by`, `--name`, `--contact`, `--summary`).
    Line,
    /// Lines of text (`--text`, `--note`, `--reason`): line breaks are kept.
    Text,
}

/// A TOML string for `text`, given on the command line as `arg`; refused when it holds a
/// control character (a line break too, for a [`Shape::Line`]). A text with a line that
/// would read as a `+++` fence is written as one escaped line (`"a\n+++\nb"`), so that
/// it can never close the front matter; other texts keep the ordinary layout.
pub fn text_value(arg: &str, text: &str, shape: Shape) -> Result<Value, Unwritable> {
    for c in text.chars() {
        let allowed = c == '\n' && shape == Shape::Text;
        if !c.is_control() || allowed {
            continue;
        }
        if shape == Shape::Line && matches!(c, '\n' | '\r') {
            return Err(Unwritable::new(
                crate::t!("store-value-line-break", arg = arg),
                crate::t!("store-value-line-break-help", arg = arg),
            ));
        }
        let what = if c == '\r' {
            crate::t!("store-value-carriage-return")
        } else {
            crate::t!("store-value-control-character", code = format!("{:04X}", u32::from(c)))
        };
        return Err(Unwritable::new(
            crate::t!("store-value-control", arg = arg, what = what),
            crate::t!("store-value-control-help", arg = arg),
        ));
    }
    if text.split('\n').any(is_fence) {
        let mut quoted = String::with_capacity(text.len() + 2);
        quoted.push('"');
        for c in text.chars() {
            match c {
                '"' => quoted.push_str("\\\""),
                '\\' => quoted.push_str("\\\\"),
                '\n' => quoted.push_str("\\n"),
                '\t' => quoted.push_str("\\t"),
                other => quoted.push(other),
            }
        }
        quoted.push('"');
        return quoted
            .parse::<Value>()
            .map_err(|_| Unwritable::new(crate::t!("store-value-not-toml", arg = arg), crate::t!("store-value-not-toml-help", arg = arg)));
    }
    Ok(Value::from(text))
}

/// Checks each given `(argument, text)` as a [`Shape::Line`], for a command that writes
/// its file another way (`new`).
pub fn check_lines(texts: &[(&str, Option<&str>)]) -> Result<(), Unwritable> {
    texts
        .iter()
        .filter_map(|(arg, text)| text.map(|text| (arg, text)))
        .try_for_each(|(arg, text)| text_value(arg, text, Shape::Line).map(drop))
}

/// Reads `rendered` (a whole Markdown file) back as the loader does and checks that its
/// front matter holds exactly `document`.
pub fn read_back_front_matter(document: &DocumentMut, rendered: &str) -> Result<(), Unwritable> {
    dates_fit(document.as_table(), "")?;
    let fix = crate::t!("store-readback-front-help");
    let source = decode("", rendered.as_bytes()).map_err(|_| Unwritable::new(crate::t!("store-readback-not-utf8"), fix.clone()))?;
    let parts = split(&source.text).ok_or_else(|| Unwritable::new(crate::t!("store-readback-no-front"), fix.clone()))?;
    let table: toml::Table = toml::from_str(parts.front)
        .map_err(|error| Unwritable::new(crate::t!("store-readback-front-not-toml", error = error.message().trim()), fix.clone()))?;
    compare(document.as_table(), &table, "")
}

/// Renders a whole TOML file (disclose.toml) and reads it back.
pub fn read_back_toml(document: &DocumentMut) -> Result<String, Unwritable> {
    dates_fit(document.as_table(), "")?;
    let text = document.to_string();
    let table: toml::Table = toml::from_str(&text).map_err(|error| {
        Unwritable::new(
            crate::t!("store-readback-not-toml", error = error.message().trim()),
            crate::t!("store-readback-toml-help"),
        )
    })?;
    compare(document.as_table(), &table, "")?;
    Ok(text)
}

/// Refuses a date after 9999-12-31 anywhere in the table: TOML years have four digits.
fn dates_fit(table: &Table, path: &str) -> Result<(), Unwritable> {
    fn value_fits(value: &Value, path: &str) -> Result<(), Unwritable> {
        match value {
            Value::Datetime(date) if date.value().date.is_some_and(|d| d.year > LAST_WRITABLE_YEAR) => Err(Unwritable::new(
                crate::t!("store-readback-date-too-late", path = path, date = date.value().to_string()),
                crate::t!("store-readback-date-too-late-help"),
            )),
            Value::Array(array) => array.iter().enumerate().try_for_each(|(i, v)| value_fits(v, &join(path, &i.to_string()))),
            Value::InlineTable(table) => table.iter().try_for_each(|(k, v)| value_fits(v, &join(path, k))),
            _ => Ok(()),
        }
    }
    for (key, item) in table {
        let here = join(path, key);
        match item {
            Item::Value(value) => value_fits(value, &here)?,
            Item::Table(table) => dates_fit(table, &here)?,
            Item::ArrayOfTables(array) => {
                for (index, table) in array.iter().enumerate() {
                    dates_fit(table, &join(&here, &index.to_string()))?;
                }
            }
            Item::None => {}
        }
    }
    Ok(())
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn mismatch(path: &str) -> Unwritable {
    Unwritable::new(crate::t!("store-readback-mismatch", path = path), crate::t!("store-readback-front-help"))
}

/// The table in memory against the table read back: the same keys, the same values.
fn compare(memory: &Table, read: &toml::Table, path: &str) -> Result<(), Unwritable> {
    let mut keys = 0;
    for (key, item) in memory {
        keys += 1;
        let here = join(path, key);
        compare_item(item, read.get(key), &here)?;
    }
    if keys != read.len() {
        let front = crate::t!("store-readback-front-matter");
        return Err(mismatch(if path.is_empty() { &front } else { path }));
    }
    Ok(())
}

fn compare_item(item: &Item, read: Option<&toml::Value>, path: &str) -> Result<(), Unwritable> {
    match (item, read) {
        (Item::None, None) => Ok(()),
        (Item::Value(value), Some(read)) => compare_value(value, read, path),
        (Item::Table(table), Some(toml::Value::Table(read))) => compare(table, read, path),
        (Item::ArrayOfTables(array), Some(toml::Value::Array(read))) if array.len() == read.len() => {
            for (index, (table, read)) in array.iter().zip(read).enumerate() {
                let toml::Value::Table(read) = read else { return Err(mismatch(path)) };
                compare(table, read, &join(path, &index.to_string()))?;
            }
            Ok(())
        }
        _ => Err(mismatch(path)),
    }
}

fn compare_value(value: &Value, read: &toml::Value, path: &str) -> Result<(), Unwritable> {
    let same = match (value, read) {
        (Value::String(a), toml::Value::String(b)) => a.value() == b,
        (Value::Integer(a), toml::Value::Integer(b)) => a.value() == b,
        (Value::Float(a), toml::Value::Float(b)) => a.value().to_bits() == b.to_bits() || (a.value().is_nan() && b.is_nan()),
        (Value::Boolean(a), toml::Value::Boolean(b)) => a.value() == b,
        (Value::Datetime(a), toml::Value::Datetime(b)) => a.value().to_string() == b.to_string(),
        (Value::Array(a), toml::Value::Array(b)) if a.len() == b.len() => {
            for (index, (a, b)) in a.iter().zip(b).enumerate() {
                compare_value(a, b, &join(path, &index.to_string()))?;
            }
            true
        }
        (Value::InlineTable(a), toml::Value::Table(b)) => {
            let mut count = 0;
            for (key, a) in a {
                count += 1;
                let Some(b) = b.get(key) else { return Err(mismatch(&join(path, key))) };
                compare_value(a, b, &join(path, key))?;
            }
            count == b.len()
        }
        _ => false,
    };
    if same {
        Ok(())
    } else {
        Err(mismatch(path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_one_line_and_control_characters_are_refused() {
        let error = text_value("--by", "廖敏\n+++\n审核人", Shape::Line).unwrap_err();
        assert!(error.message.starts_with("--by holds a line break"), "{error:?}");
        let error = text_value("--text", "好\u{1}的", Shape::Text).unwrap_err();
        assert!(error.message.contains("U+0001"), "{error:?}");
        assert!(text_value("--text", "a\r\nb", Shape::Text).is_err());
        assert_eq!(text_value("--by", "舒军", Shape::Line).unwrap().as_str(), Some("舒军"));
    }

    #[test]
    fn a_fence_line_in_a_text_is_written_on_one_escaped_line() {
        let value = text_value("--text", "x\n+++\ny \"q\" \\", Shape::Text).unwrap();
        assert_eq!(value.as_str(), Some("x\n+++\ny \"q\" \\"));
        let mut document = DocumentMut::new();
        document.insert("text", Item::Value(value));
        let rendered = format!("+++\n{document}+++\nbody\n");
        assert_eq!(rendered.lines().filter(|line| is_fence(line)).count(), 2, "{rendered}");
        read_back_front_matter(&document, &rendered).unwrap();
        // The ordinary layout, which would break the file, is caught by the read-back.
        let mut broken = DocumentMut::new();
        broken.insert("text", Item::Value(Value::from("x\n+++\ny")));
        let rendered = format!("+++\n{broken}+++\nbody\n");
        assert!(read_back_front_matter(&broken, &rendered).is_err(), "{rendered}");
    }

    #[test]
    fn a_date_after_9999_is_refused() {
        let mut document = DocumentMut::new();
        let date = toml_edit::Datetime {
            date: Some(toml_edit::Date {
                year: 65534,
                month: 12,
                day: 31,
            }),
            time: None,
            offset: None,
        };
        document.insert("due_on", Item::Value(Value::from(date)));
        let rendered = format!("+++\n{document}+++\n");
        let error = read_back_front_matter(&document, &rendered).unwrap_err();
        assert!(error.message.contains("`due_on`") && error.message.contains("9999-12-31"), "{error:?}");
    }

    #[test]
    fn a_value_that_reads_back_differently_is_named() {
        let mut document: DocumentMut = "a = 1\n[response]\ntext = \"x\"\n".parse().unwrap();
        assert!(read_back_front_matter(&document, "+++\na = 1\n[response]\ntext = \"x\"\n+++\n").is_ok());
        document["response"]["text"] = toml_edit::value("y");
        let error = read_back_front_matter(&document, "+++\na = 1\n[response]\ntext = \"x\"\n+++\n").unwrap_err();
        assert!(error.message.contains("`response.text`"), "{error:?}");
        assert!(read_back_toml(&document).is_ok());
    }
}
