//! 公示: an item of an entry with `notice_working_days = N` is a notice. It runs from its
//! publication day to N working days after it, counted like every limit (the
//! publication day itself is not counted; see [`super::deadline`]). This module is the
//! one place the period is computed: pages, `status`, `next`, `explain` and the rules
//! all ask [`notice_of`].

use chrono::NaiveDate;

use super::calendar::Calendar;
use super::deadline::{add_working_days, working_days_between, Deadline};
use crate::model::{Item, Repo};

/// How many working days ahead `status` and `next` list notices about to end.
pub const ENDING_SOON_WORKING_DAYS: u32 = 5;

/// A notice's period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticePeriod {
    /// The first day: the publication day.
    pub from: NaiveDate,
    /// The count from the publication day; its due day is the last day of the notice.
    pub deadline: Deadline,
}

impl NoticePeriod {
    /// The last day of the notice.
    pub fn to(&self) -> NaiveDate {
        self.deadline.due
    }

    /// True when the notice is running on `day` (from its first to its last day).
    pub fn running_on(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to()
    }

    /// True when a decision on `decision_on` would come before the notice has run its
    /// full period: fewer than N working days lie between the publication and the
    /// decision, so the decision falls on or before the notice's last day.
    pub fn too_short_for(&self, decision_on: NaiveDate) -> bool {
        decision_on <= self.to()
    }

    /// The working days from `as_of` to the last day (0 on the last day and after).
    pub fn working_days_left(&self, calendar: &Calendar, as_of: NaiveDate) -> i64 {
        working_days_between(calendar, as_of, self.to()).max(0)
    }
}

/// One line for `status` and `next`: `ID  title · 公示 FROM to TO, N working days left`.
pub fn describe(calendar: &Calendar, item: &Item, notice: &NoticePeriod, as_of: NaiveDate) -> String {
    let when = match notice.working_days_left(calendar, as_of) {
        0 => crate::t!("obligations-notice-ends-today"),
        n => crate::t!("obligations-notice-days-left", n = n),
    };
    format!(
        "{}  {} · {}",
        item.id,
        item.title,
        crate::t!(
            "obligations-notice-period",
            from = notice.from.to_string(),
            to = notice.to().to_string(),
            when = when
        )
    )
}

/// A notice ending soon, as `status` and `next` print it in JSON.
pub fn notice_json(calendar: &Calendar, item: &Item, notice: &NoticePeriod, as_of: NaiveDate) -> serde_json::Value {
    serde_json::json!({
        "id": item.id,
        "title": item.title,
        "from": notice.from,
        "to": notice.to(),
        "working_days_left": notice.working_days_left(calendar, as_of),
    })
}

/// The period of a notice published on `published_on` that runs `working_days`.
pub fn notice_period(calendar: &Calendar, published_on: NaiveDate, working_days: u32) -> NoticePeriod {
    NoticePeriod {
        from: published_on,
        deadline: add_working_days(calendar, published_on, working_days),
    }
}

/// The notice period of `item`, when its entry sets `notice_working_days` and the item
/// has a publication date.
pub fn notice_of(repo: &Repo, item: &Item) -> Option<NoticePeriod> {
    let days = repo.catalogue.entry(&item.entry)?.notice_working_days?;
    Some(notice_period(&repo.calendar, item.published_on?, days))
}

/// Notices published by `as_of` and still running on it that end within
/// [`ENDING_SOON_WORKING_DAYS`] working days, soonest first.
pub fn ending_soon(repo: &Repo, as_of: NaiveDate) -> Vec<(&Item, NoticePeriod)> {
    let horizon = add_working_days(&repo.calendar, as_of, ENDING_SOON_WORKING_DAYS).due;
    let mut list: Vec<(&Item, NoticePeriod)> = repo
        .items
        .iter()
        .filter_map(|item| notice_of(repo, item).map(|notice| (item, notice)))
        .filter(|(_, notice)| notice.running_on(as_of) && notice.to() <= horizon)
        .collect();
    list.sort_by(|(a, x), (b, y)| (x.to(), &a.id).cmp(&(y.to(), &b.id)));
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Findings;
    use crate::load::calendar::parse_calendar;
    use crate::load::source::SourceText;
    use crate::obligations::calendar::BUILT_IN;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn calendar() -> Calendar {
        let source = SourceText {
            file: "(built-in calendar)".to_string(),
            text: BUILT_IN.to_string(),
        };
        Calendar::from_years(parse_calendar(&source, "built in", &mut Findings::new()))
    }

    #[test]
    fn a_notice_before_national_day_runs_past_the_holiday() {
        // Wednesday 2026-09-30, then 国庆 10-01 to 10-07; 10-08, 10-09, 10-10 (a
        // make-up Saturday), 10-12 and 10-13 are the five working days.
        let notice = notice_period(&calendar(), date("2026-09-30"), 5);
        assert_eq!((notice.from, notice.to()), (date("2026-09-30"), date("2026-10-13")));
        let crossed = notice.deadline.crossed(&calendar());
        assert!(crossed.iter().any(|day| day.date == date("2026-10-01") && !day.counted));
        assert!(notice.running_on(date("2026-09-30")) && notice.running_on(notice.to()));
        assert!(!notice.running_on(notice.to().succ_opt().unwrap()));
        assert!(!notice.running_on(date("2026-09-29")));
        assert!(notice.too_short_for(notice.to()));
        assert!(!notice.too_short_for(notice.to().succ_opt().unwrap()));
    }

    #[test]
    fn a_notice_before_labour_day() {
        // Thursday 2026-04-30, then 劳动节 05-01 to 05-05, and the make-up Saturday 05-09.
        let notice = notice_period(&calendar(), date("2026-04-30"), 5);
        assert_eq!(notice.to(), date("2026-05-11"));
        assert_eq!(crate::obligations::deadline::working_days_between(&calendar(), notice.from, notice.to()), 5);
    }
}
