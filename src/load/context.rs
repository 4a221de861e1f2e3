//! Phase two helpers: turning raw values into checked ones while pushing findings that
//! point at the key in the file.

use chrono::NaiveDate;
use toml::value::Datetime;

use crate::diag::{Code, Finding, Findings, Location};
use crate::load::source::{choice_help, KeyPositions};

/// The file being checked, where its keys are, and the findings so far.
pub struct FileContext<'a> {
    /// Where each key stands.
    pub keys: &'a KeyPositions<'a>,
    /// Findings for this file.
    pub findings: &'a mut Findings,
}

impl FileContext<'_> {
    /// The location of a key.
    pub fn at(&self, key: &str) -> Location {
        self.keys.get(key)
    }

    /// Pushes a finding at a key.
    pub fn report(&mut self, key: &str, code: Code, message: impl Into<String>, help: impl Into<String>) {
        let finding = Finding::new(code, message).at(&self.at(key)).help(help);
        self.findings.push(finding);
    }

    /// A TOML date without time or offset, else a finding.
    pub fn date(&mut self, key: &str, value: Option<&Datetime>) -> Option<NaiveDate> {
        let value = value?;
        let date = to_date(value);
        if date.is_none() {
            self.report(
                key,
                Code::InvalidValue,
                crate::t!("invalid-value-not-a-day", key = key, value = value.to_string()),
                crate::t!("invalid-value-not-a-day-help"),
            );
        }
        date
    }

    /// A word from a fixed list, else a finding listing the choices ("did you mean" the
    /// closest when it is close).
    pub fn choice<T>(&mut self, key: &str, word: &str, parse: impl Fn(&str) -> Option<T>, choices: &[&str]) -> Option<T> {
        let parsed = parse(word);
        if parsed.is_none() {
            self.report(
                key,
                Code::InvalidValue,
                crate::t!("invalid-value-choice", key = key, word = word),
                choice_help(word, choices),
            );
        }
        parsed
    }

    /// A non-empty text, else a finding.
    pub fn non_empty(&mut self, key: &str, value: &str) {
        if value.trim().is_empty() {
            self.report(
                key,
                Code::InvalidValue,
                crate::t!("invalid-value-empty", key = key),
                crate::t!("invalid-value-empty-help", key = key),
            );
        }
    }
}

/// Converts a TOML datetime that holds only a date.
pub fn to_date(value: &Datetime) -> Option<NaiveDate> {
    if value.time.is_some() || value.offset.is_some() {
        return None;
    }
    let date = value.date?;
    NaiveDate::from_ymd_opt(i32::from(date.year), u32::from(date.month), u32::from(date.day))
}

/// True for the safe id form: ASCII letters, digits, `.`, `-`, `_`; not empty, not
/// starting with `.`, no `..`.
pub fn is_safe_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && !id.starts_with('.')
        && !id.contains("..")
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
}
