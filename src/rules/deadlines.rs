//! Findings from the obligation list: overdue (error), late (warning), and deadlines in
//! years that no working-day calendar covers (warning, once per year).

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::diag::{Code, Finding, Findings, Location};
use crate::load::item::ItemFile;
use crate::model::Repo;
use crate::obligations::advice::{draft_for, item_command};
use crate::obligations::annual::annual_report_path;
use crate::obligations::{terms, Obligation, ObligationKind, State};

/// Pushes findings for overdue and late obligations and uncovered calendar years. An
/// overdue obligation that already has a draft is advised that draft's next step
/// ([`draft_for`], [`item_command`]), never a second `disclose new`.
pub fn check(repo: &Repo, obligations: &[Obligation], as_of: NaiveDate, findings: &mut Findings) {
    let mut uncovered: BTreeMap<i32, usize> = BTreeMap::new();
    for obligation in obligations {
        for year in obligation.deadline.uncovered_years(&repo.calendar) {
            *uncovered.entry(year).or_default() += 1;
        }
        match obligation.state {
            State::Overdue => findings.push(overdue(repo, obligation, as_of)),
            State::Late => findings.push(late(repo, obligation)),
            _ => {}
        }
    }
    for (year, count) in uncovered {
        findings.push(
            Finding::new(
                Code::CalendarMissingYear,
                crate::t!("calendar-missing-year", count = count, year = year.to_string()),
            )
            .at(&Location::file_start("disclose.toml"))
            .help(crate::t!("calendar-missing-year-help", year = year.to_string())),
        );
    }
}

fn anchor(repo: &Repo, obligation: &Obligation) -> Location {
    if let ObligationKind::AnnualReport(year) = obligation.kind {
        return Location::file_start(&annual_report_path(year));
    }
    let item = obligation.met_by.as_deref().or(match &obligation.kind {
        ObligationKind::Event(id) => Some(id.as_str()),
        _ => None,
    });
    if let Some(item) = item.and_then(|id| repo.item(id)) {
        return item.at("published_on");
    }
    repo.catalogue.entry(&obligation.entry).map(|e| e.location.clone()).unwrap_or_default()
}

fn with_context(finding: Finding, obligation: &Obligation) -> Finding {
    let finding = finding.entry(&obligation.entry).due(obligation.due());
    match obligation.period() {
        Some(period) => finding.period(period.to_string()),
        None => finding,
    }
}

fn overdue(repo: &Repo, obligation: &Obligation, as_of: NaiveDate) -> Finding {
    let title = repo.catalogue.entry(&obligation.entry).map_or("", |e| e.title.as_str());
    let entry = obligation.entry.as_str();
    let due = obligation.due().to_string();
    let (message, help) = match &obligation.kind {
        ObligationKind::Periodic(period) => (
            crate::t!(
                "obligation-overdue-periodic",
                entry = entry,
                title = title,
                period = period.to_string(),
                due = due
            ),
            crate::t!("obligation-overdue-periodic-help", entry = entry, period = period.to_string()),
        ),
        ObligationKind::Standing => (
            crate::t!("obligation-overdue-standing", entry = entry, title = title, due = due),
            crate::t!("obligation-overdue-standing-help", entry = entry),
        ),
        ObligationKind::Review(after) => (
            crate::t!("obligation-overdue-review", entry = entry, title = title, after = after.to_string(), due = due),
            crate::t!("obligation-overdue-review-help", entry = entry),
        ),
        ObligationKind::AnnualReport(year) => (
            crate::t!(
                "obligation-overdue-annual-report",
                year = year.to_string(),
                due = due,
                file = annual_report_path(*year)
            ),
            crate::t!("obligation-overdue-annual-report-help", year = year.to_string()),
        ),
        ObligationKind::Event(item) => (
            crate::t!("obligation-overdue-event", item = item.to_string(), due = due),
            crate::t!("obligation-overdue-event-help", item = item.to_string()),
        ),
    };
    // The draft's next step replaces "write it with `disclose new`", which would make a
    // second item for the same obligation.
    let help = match draft_for(repo, obligation, as_of) {
        Some(draft) if !matches!(obligation.kind, ObligationKind::Event(_)) => crate::t!(
            "obligation-overdue-draft-help",
            item = draft.id.to_string(),
            file = draft.file.clone(),
            command = item_command(repo, draft, as_of)
        ),
        _ => help,
    };
    with_context(
        Finding::new(Code::ObligationOverdue, message).at(&anchor(repo, obligation)).help(help),
        obligation,
    )
}

fn late(repo: &Repo, obligation: &Obligation) -> Finding {
    let met_on = obligation.met_on.map(|d| d.to_string()).unwrap_or_default();
    let days = obligation.met_on.map_or(0, |d| (d - obligation.due()).num_days());
    let message = crate::t!(
        "obligation-late",
        entry = obligation.entry.as_str(),
        what = terms::obligation(obligation),
        met_on = met_on,
        days = days,
        due = obligation.due().to_string()
    );
    with_context(
        Finding::new(Code::ObligationLate, message)
            .at(&anchor(repo, obligation))
            .help(crate::t!("obligation-late-help")),
        obligation,
    )
}
