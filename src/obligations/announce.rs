//! The announcement of each quarter's bulletin at a members' meeting (党员大会,
//! 党内事项 "through party meetings once a quarter"): due `[bulletin]
//! announce_within_days` calendar days after the quarter ends (default 30), counted
//! like every calendar-day limit.
//!
//! So that repositories written before meetings were recorded are not flooded with
//! errors, a quarter owes an announcement only when it ends after the catalogue's
//! approval **and** on or after the rule's start: `[bulletin] announce_from` if set,
//! otherwise the day of the first recorded members' meeting. A repository without
//! either owes none.

use chrono::NaiveDate;

use super::deadline::{due_date, Deadline, Limit};
use super::period::{Period, PeriodKind};
use crate::model::meeting::{announcement, first_members_meeting, Meeting};
use crate::model::Repo;

/// One quarter's announcement.
#[derive(Debug, Clone)]
pub struct Announcement<'a> {
    /// The quarter whose bulletin is announced.
    pub quarter: Period,
    /// The count from the quarter's last day.
    pub deadline: Deadline,
    /// The members' meeting that announced it by the as-of date.
    pub meeting: Option<&'a Meeting>,
}

impl Announcement<'_> {
    /// Past its due day and not announced.
    pub fn is_overdue(&self, as_of: NaiveDate) -> bool {
        self.meeting.is_none() && as_of > self.deadline.due
    }

    /// Announced after its due day.
    pub fn is_late(&self) -> bool {
        self.meeting.is_some_and(|m| m.on > self.deadline.due)
    }
}

/// The day from which quarters owe an announcement, if any.
pub fn rule_start(repo: &Repo) -> Option<NaiveDate> {
    repo.config.announce_from.or_else(|| first_members_meeting(&repo.meetings).map(|m| m.on))
}

/// Every quarter that has ended by `as_of` and owes an announcement, oldest first.
pub fn announcements(repo: &Repo, as_of: NaiveDate) -> Vec<Announcement<'_>> {
    let (Some(approval), Some(from)) = (repo.config.approval(), rule_start(repo)) else {
        return Vec::new();
    };
    let limit = Limit::CalendarDays(repo.config.announce_within_days);
    let mut list = Vec::new();
    let mut quarter = Period::containing(PeriodKind::Quarter, approval.approved_on);
    while quarter.end() < as_of {
        if quarter.end() > approval.approved_on && quarter.end() >= from {
            list.push(Announcement {
                quarter,
                deadline: due_date(&repo.calendar, quarter.end(), limit),
                meeting: announcement(&repo.meetings, quarter, as_of),
            });
        }
        quarter = quarter.next();
    }
    list
}
