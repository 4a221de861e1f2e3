//! Findings from the obligation list: overdue (error), late (warning), and deadlines in
//! years that no working-day calendar covers (warning, once per year).

use std::collections::BTreeMap;

use crate::diag::{Code, Finding, Findings, Location};
use crate::load::item::ItemFile;
use crate::model::Repo;
use crate::obligations::annual::annual_report_path;
use crate::obligations::{Obligation, ObligationKind, State};

/// Pushes findings for overdue and late obligations and uncovered calendar years.
pub fn check(repo: &Repo, obligations: &[Obligation], findings: &mut Findings) {
    let mut uncovered: BTreeMap<i32, usize> = BTreeMap::new();
    for obligation in obligations {
        for year in obligation.deadline.uncovered_years(&repo.calendar) {
            *uncovered.entry(year).or_default() += 1;
        }
        match obligation.state {
            State::Overdue => findings.push(overdue(repo, obligation)),
            State::Late => findings.push(late(repo, obligation)),
            _ => {}
        }
    }
    for (year, count) in uncovered {
        findings.push(
            Finding::new(
                Code::CalendarMissingYear,
                format!(
                    "{count} deadline{} fall{} in {year}, which no working-day calendar covers: computed on weekends alone",
                    if count == 1 { "" } else { "s" },
                    if count == 1 { "s" } else { "" }
                ),
            )
            .at(&Location::file_start("disclose.toml"))
            .help(format!(
                "when the State Council publishes the {year} holiday notice, add calendar/{year}.toml (see `disclose calendar years`), or update disclose"
            )),
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

fn overdue(repo: &Repo, obligation: &Obligation) -> Finding {
    let title = repo.catalogue.entry(&obligation.entry).map_or("", |e| e.title.as_str());
    let (message, help) = match &obligation.kind {
        ObligationKind::Periodic(period) => (
            format!(
                "entry {} ({title}) for {period} was due on {} and nothing is published",
                obligation.entry,
                obligation.due()
            ),
            format!(
                "write it with `disclose new {} --period {period}`, have it reviewed and approved, then `disclose publish`",
                obligation.entry
            ),
        ),
        ObligationKind::Standing => (
            format!(
                "standing entry {} ({title}) was due on {} and nothing is published",
                obligation.entry,
                obligation.due()
            ),
            format!(
                "write it with `disclose new {}`, have it reviewed and approved, then `disclose publish`",
                obligation.entry
            ),
        ),
        ObligationKind::Review(after) => (
            format!(
                "standing entry {} ({title}) was last published on {after} and its re-confirmation was due on {}",
                obligation.entry,
                obligation.due()
            ),
            format!(
                "publish an updated version with `disclose new {}` (set `supersedes` to the old item)",
                obligation.entry
            ),
        ),
        ObligationKind::AnnualReport(year) => (
            format!(
                "the annual report of {year} (年度党务公开工作报告) was due on {} and {} is missing or still holds a placeholder",
                obligation.due(),
                annual_report_path(*year)
            ),
            format!("write it with `disclose report --year {year} --annual`, have the leading group write 存在问题和改进措施, and commit it"),
        ),
        ObligationKind::Event(item) => (
            format!("item {item} was due for publication on {} and is not published", obligation.due()),
            format!("have it reviewed and approved (`disclose review {item}`, `disclose approve {item}`), then `disclose publish`"),
        ),
    };
    with_context(
        Finding::new(Code::ObligationOverdue, message).at(&anchor(repo, obligation)).help(help),
        obligation,
    )
}

fn late(repo: &Repo, obligation: &Obligation) -> Finding {
    let met_on = obligation.met_on.map(|d| d.to_string()).unwrap_or_default();
    let days = obligation.met_on.map_or(0, |d| (d - obligation.due()).num_days());
    let message = format!(
        "entry {} ({}) was met on {met_on}, {days} day{} after its due date {}",
        obligation.entry,
        obligation.label(),
        if days == 1 { "" } else { "s" },
        obligation.due()
    );
    with_context(
        Finding::new(Code::ObligationLate, message)
            .at(&anchor(repo, obligation))
            .help("nothing to fix now; late publications are counted in the performance report"),
        obligation,
    )
}
