//! Due dates by the Civil Code's counting rules (arts. 201 and 203): the starting day is
//! not counted; a working-day limit counts only working days; a calendar-day limit whose
//! last day is not a working day ends on the next working day. The same count can be
//! traced (the days it crossed), so `disclose explain` can show its working.

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

/// The longest calendar-day limit the tool counts (about ten years); longer is a typing
/// mistake, reported as `limit-out-of-range`.
pub const MAX_CALENDAR_DAYS: u32 = 3650;
/// The longest working-day limit (about eight years).
pub const MAX_WORKING_DAYS: u32 = 2000;
/// The longest limit in months (ten years).
pub const MAX_MONTHS: u32 = 120;
/// The most days a single count walks, whatever its limit: far beyond the longest limit
/// allowed (even through a calendar of nothing but holidays), so that a limit that
/// slipped past the checks still ends the count instead of hanging.
const MAX_DAYS_WALKED: u32 = 40 * 366;

impl Limit {
    /// The N of the limit.
    pub fn n(self) -> u32 {
        match self {
            Limit::CalendarDays(n) | Limit::WorkingDays(n) | Limit::Months(n) => n,
        }
    }

    /// The largest N this kind of limit may have.
    pub fn max(self) -> u32 {
        match self {
            Limit::CalendarDays(_) => MAX_CALENDAR_DAYS,
            Limit::WorkingDays(_) => MAX_WORKING_DAYS,
            Limit::Months(_) => MAX_MONTHS,
        }
    }

    /// Why the limit is too long to count, or `None` when it is within [`Limit::max`].
    pub fn out_of_range(self) -> Option<String> {
        (self.n() > self.max()).then(|| match self {
            Limit::CalendarDays(n) => crate::t!("obligations-limit-too-long-calendar-days", n = n, max = self.max()),
            Limit::WorkingDays(n) => crate::t!("obligations-limit-too-long-working-days", n = n, max = self.max()),
            Limit::Months(n) => crate::t!("obligations-limit-too-long-months", n = n, max = self.max()),
        })
    }
}

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.n();
        let text: String = match self {
            Limit::CalendarDays(_) => crate::t!("obligations-limit-calendar-days", n = n),
            Limit::WorkingDays(_) => crate::t!("obligations-limit-working-days", n = n),
            Limit::Months(_) => crate::t!("obligations-limit-months", n = n),
        };
        f.write_str(&text)
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

/// A computed due date. The days it crossed are not kept: [`Deadline::crossed`] walks
/// the same days again when `explain` shows them, so a city's 100,000 obligations hold
/// no lists.
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
}

impl Deadline {
    /// The days this count crossed that were holidays, weekends or make-up days,
    /// computed again on `calendar` (the one the deadline was computed on).
    pub fn crossed(&self, calendar: &Calendar) -> Vec<Crossed> {
        let mut crossed = Vec::new();
        compute(calendar, self.start, self.limit, Some(&mut crossed));
        crossed
    }

    /// Years whose official calendar is unknown among the days the count looked at
    /// (the days after the start for a working-day count, the nominal day to the due
    /// day otherwise): those days were computed on weekends alone.
    pub fn uncovered_years(&self, calendar: &Calendar) -> BTreeSet<i32> {
        let first = match self.limit {
            Limit::WorkingDays(n) if n > 0 => next_day(self.start),
            _ => self.nominal,
        };
        (first.year()..=self.due.year()).filter(|year| !calendar.covers(*year)).collect()
    }
}

/// Computes `start` + `limit` on `calendar`. Callers check [`Limit::out_of_range`]
/// first (the loaders report it as a finding, the commands refuse it); a count never
/// walks more than a bounded number of days, whatever it is given.
pub fn due_date(calendar: &Calendar, start: NaiveDate, limit: Limit) -> Deadline {
    compute(calendar, start, limit, None)
}

/// The one count behind [`due_date`] and [`Deadline::crossed`]: `trace`, when given,
/// records the days crossed that were not ordinary working days.
fn compute(calendar: &Calendar, start: NaiveDate, limit: Limit, trace: Option<&mut Vec<Crossed>>) -> Deadline {
    match limit {
        Limit::WorkingDays(n) => working_days(calendar, start, n, trace),
        Limit::CalendarDays(n) => {
            let nominal = start.checked_add_days(chrono::Days::new(u64::from(n))).unwrap_or(start);
            roll_forward(calendar, start, nominal, limit, trace)
        }
        Limit::Months(n) => {
            let nominal = start.checked_add_months(chrono::Months::new(n)).unwrap_or(start);
            roll_forward(calendar, start, nominal, limit, trace)
        }
    }
}

fn next_day(date: NaiveDate) -> NaiveDate {
    date.succ_opt().unwrap_or(date)
}

/// `start` + `n` working days. With n = 0 the start itself if it is a working day, else
/// the next working day.
pub fn add_working_days(calendar: &Calendar, start: NaiveDate, n: u32) -> Deadline {
    due_date(calendar, start, Limit::WorkingDays(n))
}

fn working_days(calendar: &Calendar, start: NaiveDate, n: u32, mut trace: Option<&mut Vec<Crossed>>) -> Deadline {
    if n == 0 {
        return roll_forward(calendar, start, start, Limit::WorkingDays(0), trace);
    }
    let mut day = start;
    let mut counted = 0;
    let mut walked = 0;
    while counted < n && walked < MAX_DAYS_WALKED {
        walked += 1;
        day = next_day(day);
        let working = calendar.is_working_day(day);
        if working {
            counted += 1;
        }
        if let Some(trace) = trace.as_deref_mut() {
            let kind = calendar.day_kind(day);
            if kind != DayKind::Working {
                trace.push(Crossed {
                    date: day,
                    kind,
                    counted: working,
                });
            }
        }
    }
    Deadline {
        start,
        limit: Limit::WorkingDays(n),
        due: day,
        nominal: day,
    }
}

/// `start` + `n` calendar days; if that day is not a working day, the next working day.
pub fn add_calendar_days(calendar: &Calendar, start: NaiveDate, n: u32) -> Deadline {
    due_date(calendar, start, Limit::CalendarDays(n))
}

/// `nominal`, or the first working day after it.
fn roll_forward(calendar: &Calendar, start: NaiveDate, nominal: NaiveDate, limit: Limit, mut trace: Option<&mut Vec<Crossed>>) -> Deadline {
    let mut day = nominal;
    let mut walked = 0;
    while !calendar.is_working_day(day) && walked < MAX_DAYS_WALKED {
        walked += 1;
        if let Some(trace) = trace.as_deref_mut() {
            trace.push(Crossed {
                date: day,
                kind: calendar.day_kind(day),
                counted: false,
            });
        }
        day = next_day(day);
    }
    Deadline {
        start,
        limit,
        due: day,
        nominal,
    }
}

/// The working days from `from` to `to`, counted like a limit: `from` itself is not
/// counted, `to` is (so a case received on a Friday and answered on the next Monday took
/// 1 working day, and an answer on the day of receipt took 0). Negative when `to` is
/// before `from`. Used by reports for the time taken to answer feedback.
pub fn working_days_between(calendar: &Calendar, from: NaiveDate, to: NaiveDate) -> i64 {
    if to < from {
        return -working_days_between(calendar, to, from);
    }
    let mut count = 0;
    let mut day = from;
    while day < to {
        day = next_day(day);
        if calendar.is_working_day(day) {
            count += 1;
        }
    }
    count
}

/// The days a count crossed, as `explain` and `calendar add` print them in JSON.
pub fn crossed_json(crossed: &[Crossed]) -> Vec<serde_json::Value> {
    crossed
        .iter()
        .map(|c| {
            serde_json::json!({
                "date": c.date,
                "kind": match &c.kind { DayKind::Holiday(_) => "holiday", DayKind::Weekend => "weekend", DayKind::MakeUp => "make-up", DayKind::Working => "working" },
                "name": match &c.kind { DayKind::Holiday(name) => Some(name.as_str()), _ => None },
                "counted": c.counted,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use chrono::Weekday;
    use proptest::prelude::*;

    use super::*;
    use crate::diag::Findings;
    use crate::load::calendar::parse_calendar;
    use crate::load::source::SourceText;
    use crate::obligations::calendar::BUILT_IN;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    /// The calendar shipped in the binary, loaded the way `load_calendar` loads it.
    fn built_in() -> Calendar {
        let source = SourceText {
            file: "(built-in calendar)".to_string(),
            text: BUILT_IN.to_string(),
        };
        let mut findings = Findings::new();
        let years = parse_calendar(&source, "built in", &mut findings);
        assert!(findings.is_empty(), "the built-in calendar has problems: {findings:?}");
        Calendar::from_years(years)
    }

    /// DOMAIN.md, "Test vectors": start, N working days, due.
    const VECTORS: [(&str, u32, &str); 9] = [
        ("2023-09-27", 5, "2023-10-10"),
        ("2023-09-28", 1, "2023-10-07"),
        ("2024-02-08", 5, "2024-02-21"),
        ("2024-09-27", 3, "2024-10-08"),
        ("2025-01-24", 5, "2025-02-07"),
        ("2025-12-31", 1, "2026-01-04"),
        ("2026-02-13", 10, "2026-03-05"),
        ("2026-09-30", 5, "2026-10-13"),
        ("2026-09-30", 10, "2026-10-20"),
    ];

    #[test]
    fn every_domain_vector_holds() {
        let calendar = built_in();
        for (start, n, due) in VECTORS {
            let deadline = add_working_days(&calendar, date(start), n);
            assert_eq!(deadline.due, date(due), "{start} + {n} working days");
            assert_eq!(deadline.start, date(start));
            assert_eq!(deadline.limit, Limit::WorkingDays(n));
            assert!(deadline.uncovered_years(&calendar).is_empty(), "{start}: every year is covered");
            assert_eq!(due_date(&calendar, date(start), Limit::WorkingDays(n)), deadline, "due_date agrees");
        }
    }

    #[test]
    fn crossed_days_show_the_working() {
        let calendar = built_in();
        let deadline = add_working_days(&calendar, date("2023-09-27"), 5);
        let holidays: Vec<_> = deadline
            .crossed(&calendar)
            .iter()
            .filter(|c| matches!(c.kind, DayKind::Holiday(_)))
            .map(|c| c.date)
            .collect();
        let expected: Vec<_> = (29..=30)
            .map(|d| date(&format!("2023-09-{d}")))
            .chain((1..=6).map(|d| date(&format!("2023-10-{d:02}"))))
            .collect();
        assert_eq!(holidays, expected, "the 8-day break");
        assert!(deadline
            .crossed(&calendar)
            .iter()
            .filter(|c| matches!(c.kind, DayKind::Holiday(_)))
            .all(|c| !c.counted));
        let make_up: Vec<_> = deadline
            .crossed(&calendar)
            .iter()
            .filter(|c| c.kind == DayKind::MakeUp)
            .map(|c| (c.date, c.counted))
            .collect();
        assert_eq!(make_up, [(date("2023-10-07"), true), (date("2023-10-08"), true)]);
        assert_eq!(deadline.crossed(&calendar).len(), 10, "ordinary working days are not listed");
        assert_eq!(deadline.crossed(&calendar)[0].kind, DayKind::Holiday("中秋节、国庆节".to_string()));
    }

    #[test]
    fn new_years_eve_2024_is_a_working_day() {
        let calendar = built_in();
        assert_eq!(calendar.day_kind(date("2024-02-09")), DayKind::Working);
        assert_eq!(calendar.day_kind(date("2024-02-10")), DayKind::Holiday("春节".to_string()));
        assert_eq!(calendar.day_kind(date("2024-02-18")), DayKind::MakeUp);
        assert_eq!(
            calendar.day_kind(date("2022-12-31")),
            DayKind::Holiday("元旦".to_string()),
            "the 2023 break starts in 2022"
        );
    }

    #[test]
    fn zero_working_days_is_the_start_or_the_next_working_day() {
        let calendar = built_in();
        assert_eq!(add_working_days(&calendar, date("2026-03-31"), 0).due, date("2026-03-31"));
        let deadline = add_working_days(&calendar, date("2026-10-01"), 0);
        assert_eq!(deadline.due, date("2026-10-08"));
        assert_eq!(deadline.crossed(&calendar).len(), 7);
        assert_eq!(add_working_days(&calendar, date("2026-10-10"), 0).due, date("2026-10-10"), "a make-up Saturday");
    }

    #[test]
    fn calendar_days_roll_a_holiday_forward() {
        let calendar = built_in();
        let deadline = add_calendar_days(&calendar, date("2026-09-30"), 1);
        assert_eq!(deadline.nominal, date("2026-10-01"));
        assert_eq!(deadline.due, date("2026-10-08"));
        assert_eq!(
            deadline.crossed(&calendar).iter().map(|c| c.date).collect::<Vec<_>>(),
            (1..=7).map(|d| date(&format!("2026-10-{d:02}"))).collect::<Vec<_>>()
        );
        assert!(deadline.crossed(&calendar).iter().all(|c| !c.counted && matches!(c.kind, DayKind::Holiday(_))));
        assert_eq!(deadline.limit, Limit::CalendarDays(1));
    }

    #[test]
    fn calendar_days_ending_on_a_working_day_stay_put() {
        let calendar = built_in();
        for (start, n, due) in [
            ("2026-03-31", 15, "2026-04-15"),
            ("2026-06-30", 15, "2026-07-15"),
            ("2026-09-30", 15, "2026-10-15"),
            ("2025-12-31", 15, "2026-01-15"),
        ] {
            let deadline = add_calendar_days(&calendar, date(start), n);
            assert_eq!((deadline.nominal, deadline.due), (date(due), date(due)), "{start} + {n}");
            assert!(deadline.crossed(&calendar).is_empty());
        }
    }

    #[test]
    fn quarter_ends_landing_on_weekends_and_holidays() {
        let calendar = built_in();
        // 2023-Q1 ends 03-31; +15 is Saturday 04-15 → Monday 04-17.
        let q1 = add_calendar_days(&calendar, date("2023-03-31"), 15);
        assert_eq!((q1.nominal, q1.due), (date("2023-04-15"), date("2023-04-17")));
        assert_eq!(
            q1.crossed(&calendar).iter().map(|c| (c.date, c.kind.clone())).collect::<Vec<_>>(),
            [(date("2023-04-15"), DayKind::Weekend), (date("2023-04-16"), DayKind::Weekend)]
        );
        // 2023-Q2 ends 06-30; +15 is Saturday 07-15.
        assert_eq!(add_calendar_days(&calendar, date("2023-06-30"), 15).due, date("2023-07-17"));
        // January 2026 ends on a Saturday; +15 is 02-15, the first day of the Spring Festival break.
        let jan = add_calendar_days(&calendar, date("2026-01-31"), 15);
        assert_eq!((jan.nominal, jan.due), (date("2026-02-15"), date("2026-02-24")));
        assert_eq!(jan.crossed(&calendar).len(), 9);
        // A quarter end on a holiday-eve: 2023-09-30 + 1 = 10-01, inside the 8-day break.
        assert_eq!(
            add_calendar_days(&calendar, date("2023-09-30"), 1).due,
            date("2023-10-07"),
            "the make-up Saturday ends the limit"
        );
    }

    #[test]
    fn leap_years() {
        let calendar = built_in();
        assert_eq!(add_calendar_days(&calendar, date("2024-02-29"), 1).due, date("2024-03-01"));
        assert_eq!(
            add_calendar_days(&calendar, date("2024-01-31"), 29).due,
            date("2024-02-29"),
            "29 February 2024 is a Thursday"
        );
        assert_eq!(
            add_calendar_days(&calendar, date("2024-02-29"), 15).due,
            date("2024-03-15"),
            "the leap month's end + 15"
        );
        assert_eq!(add_calendar_days(&calendar, date("2023-02-28"), 15).due, date("2023-03-15"));
        assert_eq!(add_working_days(&calendar, date("2024-02-28"), 1).due, date("2024-02-29"));
        assert_eq!(add_working_days(&calendar, date("2024-02-29"), 1).due, date("2024-03-01"));
        // Twelve months after 29 February is the last day of the next February.
        let review = due_date(&calendar, date("2024-02-29"), Limit::Months(12));
        assert_eq!((review.nominal, review.due), (date("2025-02-28"), date("2025-02-28")));
        assert_eq!(review.limit, Limit::Months(12));
        // Twelve months after 2025-01-28 (a Spring Festival holiday) is an ordinary Wednesday.
        assert_eq!(due_date(&calendar, date("2025-01-28"), Limit::Months(12)).due, date("2026-01-28"));
        // Twelve months after 2025-10-01 lands in the 2026 National Day break.
        assert_eq!(due_date(&calendar, date("2025-10-01"), Limit::Months(12)).due, date("2026-10-08"));
    }

    #[test]
    fn uncovered_years_are_counted_on_weekends_and_named() {
        let calendar = built_in();
        let deadline = add_working_days(&calendar, date("2030-09-30"), 5);
        assert_eq!(deadline.due, date("2030-10-07"), "no National Day break is known for 2030");
        assert_eq!(deadline.uncovered_years(&calendar).iter().copied().collect::<Vec<_>>(), [2030]);
        let across = add_working_days(&calendar, date("2026-12-30"), 3);
        assert_eq!(across.due, date("2027-01-04"), "2027 on weekends alone: 01-01 is a Friday and counts");
        assert_eq!(across.uncovered_years(&calendar).iter().copied().collect::<Vec<_>>(), [2027]);
        let calendar_days = add_calendar_days(&calendar, date("2030-06-30"), 15);
        assert_eq!(calendar_days.due, date("2030-07-15"));
        assert_eq!(calendar_days.uncovered_years(&calendar).iter().copied().collect::<Vec<_>>(), [2030]);
        assert!(add_working_days(&calendar, date("2026-12-01"), 5).uncovered_years(&calendar).is_empty());
    }

    #[test]
    fn limits_have_maxima_and_a_count_is_bounded_whatever_it_is_given() {
        assert_eq!(Limit::WorkingDays(MAX_WORKING_DAYS).out_of_range(), None);
        assert_eq!(
            Limit::WorkingDays(4_000_000_000).out_of_range().as_deref(),
            Some("4000000000 working days is more than the 2000 working days the tool counts")
        );
        assert!(Limit::CalendarDays(3651).out_of_range().is_some());
        assert!(Limit::Months(121).out_of_range().is_some());
        let calendar = built_in();
        let started = std::time::Instant::now();
        let deadline = add_working_days(&calendar, date("2026-09-30"), 4_000_000_000);
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
        assert!(deadline.due.year() < 2070, "{}", deadline.due);
        // A calendar of nothing but days off still ends the count.
        let mut holidays = Vec::new();
        for year in 2026..2100 {
            holidays.push(crate::obligations::calendar::CalendarYear {
                year,
                source: "test".into(),
                notice: None,
                holidays: (0..12)
                    .map(|m| crate::obligations::calendar::Holiday {
                        from: NaiveDate::from_ymd_opt(year, m + 1, 1).unwrap(),
                        to: NaiveDate::from_ymd_opt(year, m + 1, 1).unwrap() + chrono::Days::new(30),
                        name: "假".into(),
                    })
                    .collect(),
                workdays: vec![],
            });
        }
        let closed = Calendar::from_years(holidays);
        let started = std::time::Instant::now();
        let _ = add_calendar_days(&closed, date("2026-01-01"), 10);
        let _ = add_working_days(&closed, date("2026-01-01"), 10);
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }

    #[test]
    fn limits_print_in_words() {
        assert_eq!(Limit::CalendarDays(1).to_string(), "1 calendar day");
        assert_eq!(Limit::CalendarDays(15).to_string(), "15 calendar days");
        assert_eq!(Limit::WorkingDays(5).to_string(), "5 working days");
        assert_eq!(Limit::Months(12).to_string(), "12 months");
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        // 2022-12-01 .. 2027-03-01: the covered years and a little beyond on both sides.
        (0i64..1551).prop_map(|offset| date("2022-12-01") + chrono::Duration::days(offset))
    }

    proptest! {
        #[test]
        fn working_days_are_monotone_in_n(start in any_date(), n in 0u32..60) {
            let calendar = built_in();
            let a = add_working_days(&calendar, start, n).due;
            let b = add_working_days(&calendar, start, n + 1).due;
            // From a non-working start, 0 and 1 working days both end on the next working day.
            prop_assert!(a <= b, "{start} + {n} = {a}, + {} = {b}", n + 1);
            prop_assert!(n == 0 || a < b, "{start} + {n} = {a}, + {} = {b}", n + 1);
        }

        #[test]
        fn working_days_are_monotone_in_the_start(start in any_date(), later in 0i64..40, n in 0u32..40) {
            let calendar = built_in();
            let other = start + chrono::Duration::days(later);
            prop_assert!(add_working_days(&calendar, start, n).due <= add_working_days(&calendar, other, n).due);
        }

        #[test]
        fn working_days_land_on_working_days(start in any_date(), n in 0u32..60) {
            let calendar = built_in();
            let deadline = add_working_days(&calendar, start, n);
            prop_assert!(calendar.is_working_day(deadline.due), "{start} + {n} = {} ({:?})", deadline.due, calendar.day_kind(deadline.due));
            prop_assert!(matches!(deadline.due.weekday(), Weekday::Mon | Weekday::Tue | Weekday::Wed | Weekday::Thu | Weekday::Fri) || calendar.day_kind(deadline.due) == DayKind::MakeUp);
        }

        #[test]
        fn working_days_take_at_least_n_days(start in any_date(), n in 1u32..60) {
            let calendar = built_in();
            let deadline = add_working_days(&calendar, start, n);
            prop_assert!((deadline.due - start).num_days() >= i64::from(n));
            let counted = deadline.crossed(&calendar).iter().filter(|c| c.counted).count() as i64;
            let ordinary = (deadline.due - start).num_days() - deadline.crossed(&calendar).iter().filter(|c| c.date > start).count() as i64;
            prop_assert_eq!(counted + ordinary, i64::from(n), "crossed days and ordinary days add up to N");
        }

        #[test]
        fn calendar_days_end_on_the_first_working_day_from_the_nominal_one(start in any_date(), n in 0u32..70) {
            let calendar = built_in();
            let deadline = add_calendar_days(&calendar, start, n);
            prop_assert_eq!(deadline.nominal, start + chrono::Duration::days(i64::from(n)));
            prop_assert!(deadline.due >= deadline.nominal);
            prop_assert!(calendar.is_working_day(deadline.due));
            let mut day = deadline.nominal;
            while day < deadline.due {
                prop_assert!(!calendar.is_working_day(day), "{day} is a working day before the due date");
                day = day.succ_opt().unwrap();
            }
            prop_assert_eq!(deadline.crossed(&calendar).len() as i64, (deadline.due - deadline.nominal).num_days());
        }

        #[test]
        fn calendar_days_are_monotone(start in any_date(), later in 0i64..40, n in 0u32..70) {
            let calendar = built_in();
            let other = start + chrono::Duration::days(later);
            prop_assert!(add_calendar_days(&calendar, start, n).due <= add_calendar_days(&calendar, other, n).due);
            prop_assert!(add_calendar_days(&calendar, start, n).due <= add_calendar_days(&calendar, start, n + 1).due);
        }
    }
}
