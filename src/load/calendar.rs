//! Calendar files (the built-in one and calendar/*.toml) → [`CalendarYear`] values.

use chrono::{Datelike, Weekday};

use crate::diag::{Code, Findings};
use crate::load::context::FileContext;
use crate::load::raw::RawCalendarFile;
use crate::load::source::{parse_toml, KeyPositions, SourceText};
use crate::obligations::calendar::{CalendarYear, Holiday};

/// Parses a calendar file; `source_name` says where it came from (`built in` or a path).
pub fn parse_calendar(source: &SourceText, source_name: &str, findings: &mut Findings) -> Vec<CalendarYear> {
    let Some(raw) = parse_toml::<RawCalendarFile>(&source.file, &source.text, 0, findings) else {
        return Vec::new();
    };
    let keys = KeyPositions::scan(&source.file, &source.text, 0);
    let mut cx = FileContext { keys: &keys, findings };
    let mut years = Vec::new();
    for (index, raw_year) in raw.year.into_iter().enumerate() {
        let key = |name: &str| format!("year.{index}.{name}");
        let mut holidays = Vec::new();
        for holiday in &raw_year.holidays {
            let from = cx.date(&key("holidays"), Some(&holiday.from));
            let to = cx.date(&key("holidays"), Some(&holiday.to));
            let (Some(from), Some(to)) = (from, to) else { continue };
            if to < from || (to - from).num_days() > 31 {
                cx.report(
                    &key("holidays"),
                    Code::CalendarInvalid,
                    format!("the holiday \"{}\" runs from {from} to {to}", holiday.name),
                    "give `from` and `to` as the first and last day off, at most a month apart",
                );
                continue;
            }
            if (from.year() - raw_year.year).abs() > 1 {
                cx.report(
                    &key("holidays"),
                    Code::CalendarInvalid,
                    format!("the holiday \"{}\" ({from}) is not in or next to {}", holiday.name, raw_year.year),
                    "list each holiday under its own year",
                );
                continue;
            }
            holidays.push(Holiday {
                from,
                to,
                name: holiday.name.clone(),
            });
        }
        let mut workdays = Vec::new();
        for day in &raw_year.workdays {
            let Some(date) = cx.date(&key("workdays"), Some(day)) else { continue };
            if !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
                cx.report(
                    &key("workdays"),
                    Code::CalendarInvalid,
                    format!(
                        "{date} is a {:?}: `workdays` lists only Saturdays and Sundays that are working days",
                        date.weekday()
                    ),
                    "remove the day, or correct it",
                );
                continue;
            }
            workdays.push(date);
        }
        years.push(CalendarYear {
            year: raw_year.year,
            source: source_name.to_string(),
            notice: raw_year.notice,
            holidays,
            workdays,
        });
    }
    years
}
