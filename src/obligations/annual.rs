//! The annual report (年度党务公开工作报告) as an obligation: members' scope, due on
//! `[report] annual_due` of the next year (default 31 January, rolled forward like every
//! calendar-day limit), owed for every year that ends after the catalogue's approval and
//! has ended by the as-of date (so a year in progress owes nothing yet). It is met when
//! `reports/<year>.md` exists with no placeholder left. The tool cannot tell when a report
//! was completed, so a complete report counts as met on its due date (done); an
//! incomplete one past the due date is overdue.

use chrono::NaiveDate;

use super::deadline::{due_date, Limit};
use super::{Obligation, ObligationKind, State};
use crate::model::Repo;

/// The pseudo-entry id the annual report's obligations carry.
pub const ANNUAL_REPORT_ENTRY: &str = "annual-report";

/// The report's file, relative to the root.
pub fn annual_report_path(year: i32) -> String {
    format!("reports/{year}.md")
}

/// Pushes the annual report obligations of the years after `approved_on` that ended
/// before `as_of`.
pub fn annual_reports(repo: &Repo, approved_on: NaiveDate, as_of: NaiveDate, list: &mut Vec<Obligation>) {
    let (month, day) = repo.config.annual_due;
    let mut year = approved_on.format("%Y").to_string().parse::<i32>().unwrap_or(0);
    loop {
        let Some(last_day) = NaiveDate::from_ymd_opt(year, 12, 31) else { return };
        if last_day >= as_of {
            return;
        }
        if last_day > approved_on {
            let nominal = NaiveDate::from_ymd_opt(year + 1, month, day).unwrap_or(last_day);
            let days = u32::try_from((nominal - last_day).num_days()).unwrap_or(0);
            let deadline = due_date(&repo.calendar, last_day, Limit::CalendarDays(days));
            let complete = repo.reports.iter().any(|r| r.year == year && r.placeholder.is_none());
            let met_on = complete.then_some(deadline.due);
            list.push(Obligation {
                entry: ANNUAL_REPORT_ENTRY.into(),
                kind: ObligationKind::AnnualReport(year),
                state: State::of(deadline.due, met_on, as_of),
                deadline,
                met_by: complete.then(|| annual_report_path(year).into()),
                met_on,
            });
        }
        year += 1;
    }
}
