//! Notices (公示): a published notice must run its whole period before the decision
//! date it names (`decision_on`), and only a notice can name one.

use crate::diag::{Code, Finding, Findings};
use crate::load::item::ItemFile;
use crate::model::Repo;
use crate::obligations::notice::notice_of;

/// Pushes `notice-too-short` for every published notice whose `decision_on` falls on or
/// before the last day of its period, and `cadence-mismatch` for `decision_on` on an
/// item that is not a notice.
pub fn check(repo: &Repo, findings: &mut Findings) {
    for item in &repo.items {
        let Some(decision_on) = item.decision_on() else { continue };
        let Some(entry) = repo.catalogue.entry(&item.entry) else { continue };
        let Some(days) = entry.notice_working_days else {
            findings.push(
                Finding::new(Code::CadenceMismatch, crate::t!("cadence-mismatch-decision-on", entry = entry.id.as_str()))
                    .at(&item.at("decision_on"))
                    .entry(&item.entry)
                    .help(crate::t!("cadence-mismatch-decision-on-help")),
            );
            continue;
        };
        let Some(notice) = notice_of(repo, item) else { continue };
        if notice.too_short_for(decision_on) {
            let first_free = notice.to().succ_opt().unwrap_or(notice.to());
            findings.push(
                Finding::new(
                    Code::NoticeTooShort,
                    crate::t!(
                        "notice-too-short",
                        from = notice.from.to_string(),
                        days = days,
                        to = notice.to().to_string(),
                        decision = decision_on.to_string()
                    ),
                )
                .at(&item.at("decision_on"))
                .entry(&item.entry)
                .help(crate::t!("notice-too-short-help", first = first_free.to_string(), item = item.id.to_string())),
            );
        }
    }
}
