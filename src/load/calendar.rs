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
                    crate::t!(
                        "calendar-invalid-holiday-range",
                        name = holiday.name.as_str(),
                        from = from.to_string(),
                        to = to.to_string()
                    ),
                    crate::t!("calendar-invalid-holiday-range-help"),
                );
                continue;
            }
            if (from.year() - raw_year.year).abs() > 1 {
                cx.report(
                    &key("holidays"),
                    Code::CalendarInvalid,
                    crate::t!(
                        "calendar-invalid-holiday-year",
                        name = holiday.name.as_str(),
                        from = from.to_string(),
                        year = raw_year.year
                    ),
                    crate::t!("calendar-invalid-holiday-year-help"),
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
                    crate::t!("calendar-invalid-workday", date = date.to_string(), weekday = crate::words::weekday(date)),
                    crate::t!("calendar-invalid-workday-help"),
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
