//! CSV for the archive register and the report: one header row, rectangular, every text
//! cell neutralised against formula injection, so opening the file in Excel or WPS runs
//! nothing.

use std::borrow::Cow;

/// The UTF-8 byte-order mark put at the start of CSV files written to disk, so that Excel
/// and WPS on a Chinese Windows read the text as UTF-8 rather than GBK. Standard output
/// carries none.
pub const BOM: &str = "\u{feff}";

/// True for a cell that is a plain number (`12`, `-3`, `-2.5`, `75.0%`): it cannot be a
/// formula, and a spreadsheet must keep reading it as a number.
fn is_plain_number(cell: &str) -> bool {
    let digits = cell.strip_prefix('-').unwrap_or(cell);
    let digits = digits.strip_suffix('%').unwrap_or(digits);
    let mut parts = digits.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    !whole.is_empty() && whole.bytes().all(|b| b.is_ascii_digit()) && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

/// A cell made safe for spreadsheets: a cell starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return is prefixed with a single quote, which makes the spreadsheet show it as
/// text instead of evaluating it. Plain numbers such as `-3` are left alone.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_plain_number(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A column's header in the terminal's language: the message `csv-KEY` of the catalogue
/// (`_` written `-`), such as `organisation` in English and 党组织 in Chinese. The headers
/// follow the terminal like every other word the tool prints (a script that reads the
/// columns by name runs with `--lang en`); the cells keep their values (`item`, `public`,
/// dates), which are data. A key without a message (a defect a test catches) is shown
/// as it is.
pub fn column(key: &str) -> String {
    let id = format!("csv-{}", key.replace('_', "-"));
    crate::i18n::lookup(&id).unwrap_or_else(|| key.to_string())
}

/// Writes a header and rows as CSV (RFC 4180 quoting by the `csv` crate, `\n` line ends),
/// every cell neutralised; the header's keys are shown in the terminal's language
/// ([`column`]). Rows shorter than the header are padded with empty cells, so the result
/// is always rectangular.
pub fn to_csv(header: &[&str], rows: &[Vec<String>]) -> anyhow::Result<String> {
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::new());
    writer.write_record(header.iter().map(|key| neutralise(&column(key)).into_owned()))?;
    for row in rows {
        let mut cells: Vec<String> = row.iter().map(|cell| neutralise(cell).into_owned()).collect();
        cells.resize(header.len(), String::new());
        cells.truncate(header.len());
        writer.write_record(&cells)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| anyhow::anyhow!(crate::t!("report-csv-failed", error = e.error().to_string())))?;
    Ok(String::from_utf8(bytes)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_quoted() {
        for cell in ["=1+1", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")", "-", "--3", "-3%x"] {
            assert_eq!(neutralise(cell), format!("'{cell}"), "{cell:?}");
        }
    }

    #[test]
    fn ordinary_text_and_numbers_are_unchanged() {
        for cell in ["", "党费收缴", "3.5", "12", "-3", "-2.5", "75.0%", "a=b", "x-1", "2026-03-31", "'quoted"] {
            assert_eq!(neutralise(cell), cell, "{cell:?}");
        }
    }

    #[test]
    fn csv_is_rectangular_and_neutralised() {
        let rows = vec![vec!["=cmd|' /C calc'!A0".to_string(), "a,b".to_string()], vec!["only".to_string()]];
        let text = to_csv(&["x", "y"], &rows).unwrap();
        assert_eq!(text, "x,y\n'=cmd|' /C calc'!A0,\"a,b\"\nonly,\n");
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        for record in reader.records() {
            assert_eq!(record.unwrap().len(), 2);
        }
    }

    #[test]
    fn every_column_has_a_header_in_every_language() {
        use crate::model::config::Locale;
        let keys = crate::report::render::CSV_HEADER.iter().chain(crate::report::Register::CSV_HEADER.iter());
        for locale in [Locale::ZhCn, Locale::En] {
            let text = crate::i18n::catalogue_text(locale);
            for key in keys.clone() {
                let id = format!("csv-{} = ", key.replace('_', "-"));
                assert!(text.lines().any(|line| line.starts_with(&id)), "{id} in {}", locale.tag());
            }
        }
        assert_eq!(column("organisation"), "organisation");
    }
}
