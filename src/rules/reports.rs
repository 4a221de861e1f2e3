//! Annual reports: a placeholder left for the leading group (存在问题和改进措施) is an
//! error until it is written.

use crate::diag::{Code, Finding, Findings};
use crate::model::Repo;

/// Pushes `report-placeholder` for each report still holding a placeholder.
pub fn check(repo: &Repo, findings: &mut Findings) {
    for report in &repo.reports {
        if let Some(at) = &report.placeholder {
            findings.push(
                Finding::new(Code::ReportPlaceholder, crate::t!("report-placeholder", year = report.year.to_string()))
                    .at(at)
                    .help(crate::t!("report-placeholder-help")),
            );
        }
    }
}
