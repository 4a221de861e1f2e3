//! A date written wrongly, said one way whatever the mistake: `approved_on = 2026/10/12`
//! (which TOML reads as an unquoted word), `"2026-10-12"` (a text, not a date),
//! `2026.10.12`, `2026-1-5`, `2026年10月12日` or a date with a time all give the one
//! `invalid-value` finding "the date in `approved_on` is written wrongly", whose help
//! shows the line as it should be: `approved_on = 2026-10-12` (no quotes, YYYY-MM-DD).

use chrono::NaiveDate;

use crate::diag::{Code, Finding, Location};

/// The keys whose values are dates, in every file format (besides any key ending in
/// `_on`).
const DATE_KEYS: &[&str] = &["event", "on", "since", "until", "from", "to", "workdays", "announce_from"];

/// True for a key that holds a date.
pub fn is_date_key(key: &str) -> bool {
    key.ends_with("_on") || DATE_KEYS.contains(&key)
}

/// The day a value means, however it is written: quoted or not, with `-`, `/` or `.`
/// between year, month and day, with one-digit months and days, as `2026年10月12日`,
/// or with a time after it. `None` when it is not a day at all.
pub fn intended_date(value: &str) -> Option<NaiveDate> {
    let value = value.trim().trim_matches(['"', '\'']).trim();
    let day_part = value.split(['T', 't', ' ']).next().unwrap_or(value);
    let parts: Vec<&str> = day_part.split(['-', '/', '.', '年', '月', '日']).filter(|part| !part.is_empty()).collect();
    let [year, month, day] = parts.as_slice() else { return None };
    if year.len() != 4 || month.len() > 2 || day.len() > 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

/// The key and the value written on a `key = value` line (the value up to a comment).
pub fn key_and_value(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.split_once('=')?;
    let key = key.trim().trim_matches('"');
    let value = value.trim();
    let value = match value.strip_prefix('"') {
        Some(rest) => rest.find('"').map_or(value, |end| &value[..end + 2]),
        None => value.split(" #").next().unwrap_or(value).trim(),
    };
    (!key.is_empty()).then_some((key, value))
}

/// The finding for the date `value` of `key`, written wrongly, at `location`.
pub fn date_finding(key: &str, value: &str, location: &Location) -> Finding {
    let help = match intended_date(value) {
        Some(date) => crate::t!("invalid-value-date-help", key = key, date = date.to_string()),
        None => crate::t!("invalid-value-date-help-example", key = key),
    };
    Finding::new(Code::InvalidValue, crate::t!("invalid-value-date", key = key, value = value))
        .at(location)
        .help(help)
}

/// The date finding for a TOML error at `location`, when the error is a date written
/// wrongly: a date key whose value TOML could not read as a date, or any value TOML
/// was asked to read as a date (`message` says "datetime").
pub fn date_error(message: &str, location: &Location) -> Option<Finding> {
    let (key, value) = key_and_value(&location.source_line)?;
    let wants_date = message.contains("datetime");
    let date_key = is_date_key(key.rsplit('.').next().unwrap_or(key));
    if !(wants_date || date_key && !value.starts_with(['[', '{'])) {
        return None;
    }
    // Point at the value, where the mistake is.
    let column = location.source_line.find('=').map_or(location.column, |eq| {
        let after = &location.source_line[eq + 1..];
        location.source_line[..=eq].chars().count() + after.chars().count() - after.trim_start().chars().count() + 1
    });
    let at = Location { column, ..location.clone() };
    Some(date_finding(key, value, &at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_way_of_writing_a_day_is_read() {
        let day = NaiveDate::from_ymd_opt(2026, 10, 12);
        for text in [
            "2026/10/12",
            "\"2026-10-12\"",
            "2026.10.12",
            "'2026-10-12'",
            "2026年10月12日",
            "2026-10-12T09:00:00",
        ] {
            assert_eq!(intended_date(text), day, "{text}");
        }
        assert_eq!(intended_date("2026-1-5"), NaiveDate::from_ymd_opt(2026, 1, 5));
        assert_eq!(intended_date("2026-13-45"), None);
        assert_eq!(intended_date("yesterday"), None);
        assert_eq!(intended_date("26-10-12"), None);
    }

    #[test]
    fn the_key_and_value_of_a_line() {
        assert_eq!(key_and_value("approved_on = 2026/10/12"), Some(("approved_on", "2026/10/12")));
        assert_eq!(key_and_value("approved_on = \"2026-10-12\" # 审批"), Some(("approved_on", "\"2026-10-12\"")));
        assert_eq!(key_and_value("no value here"), None);
    }

    #[test]
    fn one_message_with_the_right_form() {
        let location = Location {
            file: "items/a.md".into(),
            line: 7,
            column: 1,
            source_line: "approved_on = 2026/10/12".into(),
        };
        let finding = date_error("string values must be quoted", &location).expect("a date");
        assert_eq!(finding.code, Code::InvalidValue);
        assert_eq!(finding.column, Some(15));
        assert_eq!(finding.message, "the date in `approved_on` is written wrongly: 2026/10/12");
        assert_eq!(
            finding.help.as_deref(),
            Some("write it as `approved_on = 2026-10-12` (no quotes, year-month-day as YYYY-MM-DD)")
        );
        let title = Location {
            source_line: "title = 2026/10/12".into(),
            ..location
        };
        assert!(date_error("string values must be quoted", &title).is_none(), "a title is no date");
    }
}
