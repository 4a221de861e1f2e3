//! `disclose calendar add DATE N [--calendar-days]`, `calendar show YEAR` and
//! `calendar years`: working-day arithmetic and the calendars in use. Inside a repository
//! its calendar/*.toml files count; outside one, the built-in calendar alone.

use crate::render::locale::EN_MONTHS as MONTHS;
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

fn built_in_years() -> Vec<CalendarYear> {
    let source = SourceText {
        file: "(built-in calendar)".to_string(),
        text: BUILT_IN.to_string(),
    };
    crate::load::calendar::parse_calendar(&source, "built in", &mut Findings::new())
}

fn add(cx: &Context, calendar: &Calendar, date: NaiveDate, n: u32, calendar_days: bool) -> Result<i32> {
    cx.require_format("calendar add", &[Format::Text, Format::Json])?;
    let limit = if calendar_days { Limit::CalendarDays(n) } else { Limit::WorkingDays(n) };
    if let Some(why) = limit.out_of_range() {
        return Err(Refusal::new(format!("N is {n}: {why}"), format!("give a number of days up to {}, such as 15", limit.max())).into());
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
        let _ = writeln!(
            out,
            "  the start day is not counted; weekends and holidays are skipped, make-up working days count"
        );
    } else {
        let _ = writeln!(
            out,
            "  the start day is not counted; day {} is {} ({})",
            deadline.limit.n(),
            deadline.nominal,
            weekday(deadline.nominal)
        );
        if deadline.nominal != deadline.due {
            let _ = writeln!(out, "  it is not a working day, so the limit ends on the next working day");
        }
    }
    for crossed in &deadline.crossed(calendar) {
        let _ = writeln!(out, "    {}", crossed_line(crossed));
    }
    for year in deadline.uncovered_years(calendar) {
        let _ = writeln!(
            out,
            "{} no calendar covers {year}: its days were counted on weekends alone; add calendar/{year}.toml from the State Council notice",
            paint.warning("warning:")
        );
    }
    out
}

/// One month as lines of 21 visible characters: title, weekday header, up to six weeks.
fn month_lines(calendar: &Calendar, year: i32, month: u32, paint: Paint) -> Vec<String> {
    let mut lines = vec![format!("{:^21}", MONTHS[month as usize - 1]), "Mo Tu We Th Fr Sa Su ".to_string()];
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

/// Pads a month line to 21 visible columns (colour codes take no room).
fn pad(line: &str, visible: usize) -> String {
    format!("{line}{}", " ".repeat(21usize.saturating_sub(visible)))
}

fn visible_width(line: &str) -> usize {
    let mut width = 0;
    let mut in_escape = false;
    for c in line.chars() {
        match (in_escape, c) {
            (false, '\u{1b}') => in_escape = true,
            (true, 'm') => in_escape = false,
            (true, _) => {}
            (false, _) => width += 1,
        }
    }
    width
}

fn show(cx: &Context, calendar: &Calendar, year: i32) -> Result<i32> {
    cx.require_format("calendar show", &[Format::Text, Format::Json])?;
    if !(1900..=2999).contains(&year) {
        return Err(Refusal::new(
            format!("{year} is not a year this tool can show"),
            "give a year between 1900 and 2999, like 2026",
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
                .map(|lines| lines.get(index).map_or_else(|| " ".repeat(21), |l| pad(l, visible_width(l))))
                .collect();
            let _ = writeln!(out, "{}", cells.join("  ").trim_end());
        }
    }
    let _ = writeln!(
        out,
        "\n{} holiday (day off)   {} make-up working day (调休)   unmarked Saturdays and Sundays are days off",
        paint.error("*"),
        paint.ok("+")
    );
    match data {
        Some(data) => {
            let notice = data.notice.as_deref().map_or(String::new(), |n| format!(" · {n}"));
            let _ = writeln!(out, "Source: {}{notice}", data.source);
            let _ = writeln!(out, "\n{}", paint.bold("Holidays"));
            for holiday in &data.holidays {
                let span = if holiday.from == holiday.to {
                    holiday.from.to_string()
                } else {
                    format!("{} – {}", holiday.from, holiday.to)
                };
                let days = (holiday.to - holiday.from).num_days() + 1;
                let _ = writeln!(out, "  {span:<24}  {}  {days} day{}", holiday.name, if days == 1 { "" } else { "s" });
            }
            let _ = writeln!(out, "\n{}", paint.bold("Make-up working days (调休)"));
            if data.workdays.is_empty() {
                let _ = writeln!(out, "  none listed");
            }
            for day in &data.workdays {
                let _ = writeln!(out, "  {day} {}", weekday(*day));
            }
        }
        None => {
            let _ = writeln!(
                out,
                "{} no calendar covers {year}: only weekends are days off here, and deadlines in {year} are computed on weekends alone. When the State Council publishes the {year} holiday notice, add calendar/{year}.toml (see `disclose calendar years`).",
                paint.warning("warning:")
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
    let replaces = |data: &CalendarYear| data.source != "built in" && built_in.contains(&data.year);
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
    let width = calendar.years().map(|y| y.source.chars().count()).max().unwrap_or(8);
    for data in calendar.years() {
        let notice = data.notice.as_deref().unwrap_or("no notice given");
        let overrides = if replaces(data) { " (replaces the built-in year)" } else { "" };
        let counts = format!(
            "{} holiday{}, {} make-up day{}",
            data.holidays.len(),
            if data.holidays.len() == 1 { "" } else { "s" },
            data.workdays.len(),
            if data.workdays.len() == 1 { "" } else { "s" }
        );
        let _ = writeln!(out, "{}  {:<width$}  {counts:<27}  {notice}{overrides}", data.year, data.source);
    }
    if calendar.years().next().is_none() {
        let _ = writeln!(out, "no calendar years are known");
    }
    let _ = writeln!(
        out,
        "\nOther years are counted on weekends alone, with a warning. Add a year with calendar/YEAR.toml:"
    );
    let _ = writeln!(out, "  [[year]]");
    let _ = writeln!(out, "  year = 2028");
    let _ = writeln!(out, "  notice = \"国务院办公厅关于2028年部分节假日安排的通知\"");
    let _ = writeln!(
        out,
        "  holidays = [{{ from = 2028-01-01, to = 2028-01-03, name = \"元旦\" }}]   # every break in the notice"
    );
    let _ = writeln!(out, "  workdays = []   # the Saturdays and Sundays the notice makes working days (调休)");
    print!("{out}");
    Ok(EXIT_OK)
}
