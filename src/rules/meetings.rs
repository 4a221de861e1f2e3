//! Meetings: every quarter that owes an announcement (see
//! [`crate::obligations::announce`]) is announced at a members' meeting in time.

use chrono::NaiveDate;

use crate::diag::{Code, Finding, Findings, Location};
use crate::model::Repo;
use crate::obligations::announce::announcements;

/// Pushes `bulletin-not-announced` for each quarter past its announcement limit with no
/// members' meeting recorded for its bulletin.
pub fn check(repo: &Repo, as_of: NaiveDate, findings: &mut Findings) {
    let folder = repo.config.bulletin_dir.trim_end_matches('/');
    for announcement in announcements(repo, as_of).iter().filter(|a| a.is_overdue(as_of)) {
        let quarter = announcement.quarter;
        findings.push(
            Finding::new(
                Code::BulletinNotAnnounced,
                crate::t!(
                    "bulletin-not-announced",
                    quarter = quarter.to_string(),
                    due = announcement.deadline.due.to_string(),
                    days = repo.config.announce_within_days
                ),
            )
            .at(&Location::file_start(&format!("{folder}/{quarter}.md")))
            .period(quarter.to_string())
            .due(announcement.deadline.due)
            .help(crate::t!("bulletin-not-announced-help", quarter = quarter.to_string())),
        );
    }
}
