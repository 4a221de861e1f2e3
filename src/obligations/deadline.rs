//! Due dates by the Civil Code's counting rules (arts. 201 and 203): the starting day is
//! not counted; a working-day limit counts only working days; a calendar-day limit whose
//! last day is not a working day ends on the next working day. Every computation also
//! records the days it crossed, so `disclose explain` can show its working.

use std::collections::BTreeSet;
use std::fmt;

use chrono::{Datelike, NaiveDate};

use super::calendar::{Calendar, DayKind};

/// A time limit: calendar days or working days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Limit {
    /// N calendar days (the last one moved to the next working day if needed).
    CalendarDays(u32),
    /// N working days.
    WorkingDays(u32),
    /// N months (standing entries' re-confirmation), rolled forward like calendar days.
    Months(u32),
}

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Limit::CalendarDays(n) => write!(f, "{n} calendar day{}", if *n == 1 { "" } else { "s" }),
            Limit::WorkingDays(n) => write!(f, "{n} working day{}", if *n == 1 { "" } else { "s" }),
            Limit::Months(n) => write!(f, "{n} month{}", if *n == 1 { "" } else { "s" }),
        }
    }
}

/// A day the count passed that was not an ordinary working day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crossed {
    /// The day.
    pub date: NaiveDate,
    /// Holiday, weekend or make-up working day.
    pub kind: DayKind,
    /// True when the day counted towards the limit.
    pub counted: bool,
}

/// A computed due date and how it was reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    /// The day the count starts from (not itself counted).
    pub start: NaiveDate,
    /// The limit applied.
    pub limit: Limit,
    /// The last day on which the duty can be met.
    pub due: NaiveDate,
    /// For a calendar-day limit: the day N days after the start, before rolling forward.
    pub nominal: NaiveDate,
    /// Days crossed that were holidays, weekends or make-up days.
    pub crossed: Vec<Crossed>,
    /// Years whose official calendar is unknown: computed on weekends alone.
    pub uncovered_years: BTreeSet<i32>,
}

/// Computes `start` + `limit` on `calendar`.
pub fn due_date(calendar: &Calendar, start: NaiveDate, limit: Limit) -> Deadline {
    match limit {
        Limit::WorkingDays(n) => add_working_days(calendar, start, n),
        Limit::CalendarDays(n) => add_calendar_days(calendar, start, n),
        Limit::Months(n) => {
            let nominal = start.checked_add_months(chrono::Months::new(n)).unwrap_or(start);
            Deadline { limit, ..roll_forward(calendar, start, nominal, limit) }
        }
    }
}

fn next_day(date: NaiveDate) -> NaiveDate {
    date.succ_opt().unwrap_or(date)
}

fn note_year(calendar: &Calendar, uncovered: &mut BTreeSet<i32>, date: NaiveDate) {
    if !calendar.covers(date.year()) {
        uncovered.insert(date.year());
    }
}

/// `start` + `n` working days. With n = 0 the start itself if it is a working day, else
/// the next working day.
pub fn add_working_days(calendar: &Calendar, start: NaiveDate, n: u32) -> Deadline {
    let mut crossed = Vec::new();
    let mut uncovered = BTreeSet::new();
    let mut day = start;
    let mut counted = 0;
    if n == 0 {
        note_year(calendar, &mut uncovered, day);
        while !calendar.is_working_day(day) {
            crossed.push(Crossed { date: day, kind: calendar.day_kind(day), counted: false });
            day = next_day(day);
            note_year(calendar, &mut uncovered, day);
        }
    }
    while counted < n {
        day = next_day(day);
        note_year(calendar, &mut uncovered, day);
        let kind = calendar.day_kind(day);
        let working = kind.is_working();
        if working {
            counted += 1;
        }
        if kind != DayKind::Working {
            crossed.push(Crossed { date: day, kind, counted: working });
        }
    }
    Deadline { start, limit: Limit::WorkingDays(n), due: day, nominal: day, crossed, uncovered_years: uncovered }
}

/// `start` + `n` calendar days; if that day is not a working day, the next working day.
pub fn add_calendar_days(calendar: &Calendar, start: NaiveDate, n: u32) -> Deadline {
    let nominal = start.checked_add_days(chrono::Days::new(u64::from(n))).unwrap_or(start);
    roll_forward(calendar, start, nominal, Limit::CalendarDays(n))
}

/// `nominal`, or the first working day after it.
fn roll_forward(calendar: &Calendar, start: NaiveDate, nominal: NaiveDate, limit: Limit) -> Deadline {
    let mut crossed = Vec::new();
    let mut uncovered = BTreeSet::new();
    let mut day = nominal;
    note_year(calendar, &mut uncovered, day);
    while !calendar.is_working_day(day) {
        crossed.push(Crossed { date: day, kind: calendar.day_kind(day), counted: false });
        day = next_day(day);
        note_year(calendar, &mut uncovered, day);
    }
    Deadline { start, limit, due: day, nominal, crossed, uncovered_years: uncovered }
}
