//! The working-day calendar: official holidays and make-up working days (调休) by year,
//! shipped in the binary for the years the tool knows and extended or overridden by a
//! repository's `calendar/*.toml` files.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate, Weekday};

/// The official calendar shipped with the tool (State Council notices, checked day by day).
pub const BUILT_IN: &str = include_str!("../../assets/calendar/cn.toml");

/// One named holiday range, inclusive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    /// First day off.
    pub from: NaiveDate,
    /// Last day off.
    pub to: NaiveDate,
    /// The holiday's name, e.g. 春节.
    pub name: String,
}

/// The calendar of one year and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarYear {
    /// The year.
    pub year: i32,
    /// Where the data came from: `built in` or a repository file.
    pub source: String,
    /// The notice that published it, if given.
    pub notice: Option<String>,
    /// Holidays (days off).
    pub holidays: Vec<Holiday>,
    /// Weekend days that are working days.
    pub workdays: Vec<NaiveDate>,
}

/// What kind of day a date is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DayKind {
    /// A Monday to Friday that is not a holiday.
    Working,
    /// A Saturday or Sunday that is a make-up working day.
    MakeUp,
    /// A Saturday or Sunday.
    Weekend,
    /// An official holiday, with its name.
    Holiday(String),
}

impl DayKind {
    /// True for days on which work is done.
    pub fn is_working(&self) -> bool {
        matches!(self, DayKind::Working | DayKind::MakeUp)
    }
}

/// The merged calendar used for every deadline.
#[derive(Debug, Clone, Default)]
pub struct Calendar {
    years: BTreeMap<i32, CalendarYear>,
    holidays: BTreeMap<NaiveDate, String>,
    workdays: BTreeSet<NaiveDate>,
}

impl Calendar {
    /// A calendar made of these years; a later year with the same number replaces an
    /// earlier one (so repository files override the built-in data).
    pub fn from_years(years: impl IntoIterator<Item = CalendarYear>) -> Calendar {
        let mut by_year = BTreeMap::new();
        for year in years {
            by_year.insert(year.year, year);
        }
        let mut calendar = Calendar {
            years: by_year,
            ..Calendar::default()
        };
        for year in calendar.years.values() {
            for holiday in &year.holidays {
                let mut day = holiday.from;
                while day <= holiday.to {
                    calendar.holidays.insert(day, holiday.name.clone());
                    day = day.succ_opt().expect("calendar dates are far from the end of time");
                }
            }
            calendar.workdays.extend(year.workdays.iter().copied());
        }
        calendar
    }

    /// The years covered, with their sources.
    pub fn years(&self) -> impl Iterator<Item = &CalendarYear> {
        self.years.values()
    }

    /// True when a calendar covers the year.
    pub fn covers(&self, year: i32) -> bool {
        self.years.contains_key(&year)
    }

    /// What kind of day `date` is.
    pub fn day_kind(&self, date: NaiveDate) -> DayKind {
        if self.workdays.contains(&date) {
            return DayKind::MakeUp;
        }
        if let Some(name) = self.holidays.get(&date) {
            return DayKind::Holiday(name.clone());
        }
        match date.weekday() {
            Weekday::Sat | Weekday::Sun => DayKind::Weekend,
            _ => DayKind::Working,
        }
    }

    /// True when `date` is a working day.
    /// Agrees with `self.day_kind(date).is_working()` (a test holds them together),
    /// without copying a holiday's name: due dates ask this for every day they count.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        if self.workdays.contains(&date) {
            return true;
        }
        !self.holidays.contains_key(&date) && !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn later_years_override_earlier_ones() {
        let a = CalendarYear {
            year: 2030,
            source: "built in".into(),
            notice: None,
            holidays: vec![Holiday {
                from: date(2030, 1, 1),
                to: date(2030, 1, 1),
                name: "元旦".into(),
            }],
            workdays: vec![],
        };
        let b = CalendarYear {
            year: 2030,
            source: "calendar/2030.toml".into(),
            notice: None,
            holidays: vec![],
            workdays: vec![date(2030, 1, 5)],
        };
        let calendar = Calendar::from_years([a, b]);
        assert_eq!(calendar.day_kind(date(2030, 1, 1)), DayKind::Working);
        assert_eq!(calendar.day_kind(date(2030, 1, 5)), DayKind::MakeUp);
        assert_eq!(calendar.day_kind(date(2030, 1, 6)), DayKind::Weekend);
        assert_eq!(calendar.years().next().unwrap().source, "calendar/2030.toml");
    }

    #[test]
    fn is_working_day_agrees_with_day_kind() {
        let years = crate::load::calendar::parse_calendar(
            &crate::load::source::SourceText {
                file: "(built-in calendar)".to_string(),
                text: BUILT_IN.to_string(),
            },
            "built in",
            &mut crate::diag::Findings::new(),
        );
        let calendar = Calendar::from_years(years);
        let mut day = date(2022, 12, 1);
        let (mut holidays, mut make_up) = (0, 0);
        while day < date(2027, 2, 1) {
            let kind = calendar.day_kind(day);
            holidays += usize::from(matches!(kind, DayKind::Holiday(_)));
            make_up += usize::from(kind == DayKind::MakeUp);
            assert_eq!(calendar.is_working_day(day), kind.is_working(), "{day}: {kind:?}");
            day = day.succ_opt().unwrap();
        }
        assert!(
            holidays > 100 && make_up > 20,
            "the years crossed hold holidays ({holidays}) and make-up days ({make_up})"
        );
    }
}
