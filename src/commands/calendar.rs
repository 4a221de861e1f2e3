//! `disclose calendar add DATE N [--calendar-days]`, `calendar show YEAR` and
//! `calendar years`: working-day arithmetic and the calendars in use. Inside a repository
//! its calendar/*.toml files count; outside one, the built-in calendar alone.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use anyhow::Result;
use chrono::{Datelike, NaiveDate, Weekday};
use serde_json::{json, Value};

use crate::cli::{CalendarAction, Format};
use crate::commands::context::{Context, Refusal};
use crate::diag::{render_findings, Findings, OutputFormat, Paint};
use crate::load::source::SourceText;
use crate::load::{find_root, load_calendar};
use crate::obligations::calendar::{Calendar, CalendarYear, DayKind, BUILT_IN};
use crate::obligations::deadline::{add_calendar_days, add_working_days, crossed_json, Deadline, Limit};
use crate::table::{center, column_width, pad_right};
use crate::words::{crossed_line, weekday};
use crate::EXIT_OK;

/// Runs a `calendar` subcommand.
pub fn run(cx: &Context, action: &CalendarAction) -> Result<i32> {
    let (calendar, findings) = calendar_here(cx)?;
    if !findings.is_empty() {
        eprint!("{}", render_findings(&findings, OutputFormat::Text, cx.paint_stderr));
    }
    match action {
        CalendarAction::Add { date, days, calendar_days } => add(cx, &calendar, *date, *days, *calendar_days),
        CalendarAction::Show { year } => show(cx, &calendar, *year),
        CalendarAction::Years => years(cx, &calendar),
    }
}

/// The repository's calendar, or the built-in one outside a repository.
fn calendar_here(cx: &Context) -> Result<(Calendar, Findings)> {
    let mut findings = Findings::new();
    let root = if cx.dir.is_some() { Some(cx.root()?) } else { find_root(&cx.start_dir()) };
    let calendar = match root {
        Some(root) => load_calendar(&root, &mut findings),
        None => Calendar::from_years(built_in_years()),
    };
    Ok((calendar, findings))
}

/// Where a year comes from, as shown: its calendar file, or the built-in calendar in the
/// terminal's language.
fn source_words(data: &CalendarYear) -> String {
    if data.source == BUILT_IN_SOURCE {
        crate::t!("calendar-built-in")
    } else {
        data.source.clone()
    }
}

/// The source the built-in calendar's years carry.
const BUILT_IN_SOURCE: &str = "built in";

fn built_in_years() -> Vec<CalendarYear> {
    let source = SourceText {
        file: "(built-in calendar)".to_string(),
        text: BUILT_IN.to_string(),
    };
    crate::load::calendar::parse_calendar(&source, BUILT_IN_SOURCE, &mut Findings::new())
}

fn add(cx: &Context, calendar: &Calendar, date: NaiveDate, n: u32, calendar_days: bool) -> Result<i32> {
    cx.require_format("calendar add", &[Format::Text, Format::Json])?;
    let limit = if calendar_days { Limit::CalendarDays(n) } else { Limit::WorkingDays(n) };
    if let Some(why) = limit.out_of_range() {
        return Err(Refusal::new(
            crate::t!("calendar-add-out-of-range", n = n, why = why),
            crate::t!("calendar-add-out-of-range-help", max = limit.max()),
        )
        .into());
    }
    let deadline = if calendar_days {
        add_calendar_days(calendar, date, n)
    } else {
        add_working_days(calendar, date, n)
    };
    if cx.format == Format::Json {
        let unit = if calendar_days { "calendar_days" } else { "working_days" };
        let value = json!({
            "start": date,
            "n": n,
            "unit": unit,
            "nominal": deadline.nominal,
            "due": deadline.due,
            "crossed": crossed_json(&deadline.crossed(calendar)),
            "uncovered_years": deadline.uncovered_years(calendar),
        });
        println!("{}", serde_json::to_string_pretty(&value)?);
        return Ok(EXIT_OK);
    }
    print!("{}", add_text(calendar, &deadline, cx.paint));
    Ok(EXIT_OK)
}

fn add_text(calendar: &Calendar, deadline: &Deadline, paint: Paint) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} + {} = {}",
        deadline.start,
        deadline.limit,
        paint.bold(&format!("{} ({})", deadline.due, weekday(deadline.due)))
    );
    let working = matches!(deadline.limit, Limit::WorkingDays(_));
    if working {
        let _ = writeln!(out, "  {}", crate::t!("calendar-add-working-rule"));
    } else {
        let rule = crate::t!(
            "calendar-add-calendar-rule",
            n = deadline.limit.n(),
            day = deadline.nominal.to_string(),
            weekday = weekday(deadline.nominal)
        );
        let _ = writeln!(out, "  {rule}");
        if deadline.nominal != deadline.due {
            let _ = writeln!(out, "  {}", crate::t!("calendar-add-moved"));
        }
    }
    for crossed in &deadline.crossed(calendar) {
        let _ = writeln!(out, "    {}", crossed_line(crossed));
    }
    for year in deadline.uncovered_years(calendar) {
        let year = year.to_string();
        let _ = writeln!(
            out,
            "{}{}",
            paint.warning(&crate::t!("calendar-warning")),
            crate::t!("calendar-add-uncovered", year = year)
        );
    }
    out
}

/// One month as lines of 21 terminal columns: title, weekday header, up to six weeks.
fn month_lines(calendar: &Calendar, year: i32, month: u32, paint: Paint) -> Vec<String> {
    let title = center(&crate::t!("calendar-month", month = month), MONTH_WIDTH);
    let mut lines = vec![title, pad_right(&crate::t!("calendar-weekdays"), MONTH_WIDTH)];
    let Some(first) = NaiveDate::from_ymd_opt(year, month, 1) else { return lines };
    let mut row = "   ".repeat(first.weekday().num_days_from_monday() as usize);
    let mut day = first;
    while day.month() == month {
        let (mark, painted): (char, fn(Paint, &str) -> String) = match calendar.day_kind(day) {
            DayKind::Holiday(_) => ('*', Paint::error),
            DayKind::MakeUp => ('+', Paint::ok),
            DayKind::Weekend | DayKind::Working => (' ', |_, text| text.to_string()),
        };
        row.push_str(&painted(paint, &format!("{:>2}{mark}", day.day())));
        if day.weekday() == Weekday::Sun {
            lines.push(std::mem::take(&mut row));
        }
        match day.succ_opt() {
            Some(next) => day = next,
            None => break,
        }
    }
    if !row.is_empty() {
        lines.push(row);
    }
    lines
}

/// The width of one month of `calendar show`, in terminal columns: seven days of three.
const MONTH_WIDTH: usize = 21;

fn show(cx: &Context, calendar: &Calendar, year: i32) -> Result<i32> {
    cx.require_format("calendar show", &[Format::Text, Format::Json])?;
    if !(1900..=2999).contains(&year) {
        return Err(Refusal::new(
            crate::t!("calendar-show-bad-year", year = year.to_string()),
            crate::t!("calendar-show-bad-year-help"),
        )
        .into());
    }
    let data = calendar.years().find(|y| y.year == year);
    if cx.format == Format::Json {
        println!("{}", serde_json::to_string_pretty(&show_json(calendar, year, data))?);
        return Ok(EXIT_OK);
    }
    let paint = cx.paint;
    let mut out = String::new();
    let _ = writeln!(out, "{}", paint.bold(format!("{year:^67}").trim_end()));
    for quarter in 0..4u32 {
        let months: Vec<Vec<String>> = (1..=3).map(|m| month_lines(calendar, year, quarter * 3 + m, paint)).collect();
        let height = months.iter().map(Vec::len).max().unwrap_or(0);
        out.push('\n');
        for index in 0..height {
            let cells: Vec<String> = months
                .iter()
                .map(|lines| lines.get(index).map_or_else(|| " ".repeat(MONTH_WIDTH), |l| pad_right(l, MONTH_WIDTH)))
                .collect();
            let _ = writeln!(out, "{}", cells.join("  ").trim_end());
        }
    }
    let legend = crate::t!("calendar-legend", holiday = paint.error("*"), makeup = paint.ok("+"));
    let _ = writeln!(out, "\n{legend}");
    match data {
        Some(data) => {
            let source = match data.notice.as_deref() {
                Some(notice) => crate::t!("calendar-source-notice", source = source_words(data), notice = notice),
                None => crate::t!("calendar-source", source = source_words(data)),
            };
            let _ = writeln!(out, "{source}");
            let _ = writeln!(out, "\n{}", paint.bold(&crate::t!("calendar-holidays-heading")));
            for holiday in &data.holidays {
                let span = if holiday.from == holiday.to {
                    holiday.from.to_string()
                } else {
                    format!("{} – {}", holiday.from, holiday.to)
                };
                let n = (holiday.to - holiday.from).num_days() + 1;
                let days = crate::t!("calendar-holiday-days", n = n);
                let _ = writeln!(out, "  {}  {}  {days}", pad_right(&span, 24), holiday.name);
            }
            let _ = writeln!(out, "\n{}", paint.bold(&crate::t!("calendar-workdays-heading")));
            if data.workdays.is_empty() {
                let _ = writeln!(out, "  {}", crate::t!("calendar-none-listed"));
            }
            for day in &data.workdays {
                let _ = writeln!(out, "  {day} {}", weekday(*day));
            }
        }
        None => {
            let _ = writeln!(
                out,
                "{}{}",
                paint.warning(&crate::t!("calendar-warning")),
                crate::t!("calendar-show-uncovered", year = year.to_string())
            );
        }
    }
    print!("{out}");
    Ok(EXIT_OK)
}

fn show_json(calendar: &Calendar, year: i32, data: Option<&CalendarYear>) -> Value {
    let mut days_off = Vec::new();
    let mut day = NaiveDate::from_ymd_opt(year, 1, 1);
    while let Some(date) = day.filter(|d| d.year() == year) {
        if !calendar.is_working_day(date) {
            days_off.push(date);
        }
        day = date.succ_opt();
    }
    json!({
        "year": year,
        "covered": data.is_some(),
        "source": data.map(|d| d.source.clone()),
        "notice": data.and_then(|d| d.notice.clone()),
        "holidays": data.map_or_else(Vec::new, |d| d.holidays.iter().map(|h| json!({ "from": h.from, "to": h.to, "name": h.name })).collect()),
        "workdays": data.map_or_else(Vec::new, |d| d.workdays.clone()),
        "days_off": days_off,
    })
}

fn years(cx: &Context, calendar: &Calendar) -> Result<i32> {
    cx.require_format("calendar years", &[Format::Text, Format::Json])?;
    let built_in: BTreeSet<i32> = built_in_years().iter().map(|y| y.year).collect();
    let replaces = |data: &CalendarYear| data.source != BUILT_IN_SOURCE && built_in.contains(&data.year);
    if cx.format == Format::Json {
        let years: Vec<Value> = calendar
            .years()
            .map(|y| {
                json!({
                    "year": y.year,
                    "source": y.source,
                    "notice": y.notice,
                    "replaces_built_in": replaces(y),
                    "holidays": y.holidays.len(),
                    "workdays": y.workdays.len(),
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&json!({ "years": years }))?);
        return Ok(EXIT_OK);
    }
    let mut out = String::new();
    let sources: Vec<String> = calendar.years().map(source_words).collect();
    let width = column_width(sources.iter().map(String::as_str));
    let counts: Vec<String> = calendar
        .years()
        .map(|data| crate::t!("calendar-years-counts", holidays = data.holidays.len(), workdays = data.workdays.len()))
        .collect();
    // 27 columns at least, the width the English counts were laid out in.
    let counts_width = column_width(counts.iter().map(String::as_str)).max(27);
    for (data, counts) in calendar.years().zip(&counts) {
        let notice = data.notice.clone().unwrap_or_else(|| crate::t!("calendar-no-notice"));
        let notice = if replaces(data) {
            crate::t!("calendar-years-replaces", notice = notice)
        } else {
            notice
        };
        let _ = writeln!(
            out,
            "{}  {}  {}  {notice}",
            data.year,
            pad_right(&source_words(data), width),
            pad_right(counts, counts_width)
        );
    }
    if calendar.years().next().is_none() {
        let _ = writeln!(out, "{}", crate::t!("calendar-no-years"));
    }
    let _ = writeln!(out, "\n{}", crate::t!("calendar-years-how"));
    let _ = writeln!(out, "  [[year]]");
    let _ = writeln!(out, "  year = 2028");
    let _ = writeln!(out, "  notice = \"国务院办公厅关于2028年部分节假日安排的通知\"");
    let _ = writeln!(
        out,
        "  holidays = [{{ from = 2028-01-01, to = 2028-01-03, name = \"元旦\" }}]   # {}",
        crate::t!("calendar-example-holidays-comment")
    );
    let _ = writeln!(out, "  workdays = []   # {}", crate::t!("calendar-example-workdays-comment"));
    print!("{out}");
    Ok(EXIT_OK)
}
