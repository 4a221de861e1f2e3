//! The checks. Each rule looks at the loaded repository and pushes findings; one run
//! reports every problem. `check_repo` runs them all.

pub mod attachments;
pub mod catalogue;
pub mod deadlines;
pub mod feedback;
pub mod folders;
pub mod identity;
pub mod ids;
pub mod items;
pub mod meetings;
pub mod notices;
pub mod numbers;
pub mod personal;
pub mod placeholder_identity;
pub mod public_text;
pub mod record;
pub mod reports;
pub mod signers;

use chrono::NaiveDate;

use crate::diag::{Findings, Level};
use crate::model::Repo;
use crate::obligations::{obligations, Obligation};

/// Runs every rule for `as_of` and returns the obligations the deadlines were checked
/// against.
pub fn check_repo(repo: &Repo, as_of: NaiveDate, findings: &mut Findings) -> Vec<Obligation> {
    let list = obligations(repo, as_of);
    catalogue::check(repo, findings);
    placeholder_identity::check(repo, findings);
    ids::check(repo, findings);
    items::check(repo, findings);
    attachments::check(repo, findings);
    notices::check(repo, findings);
    meetings::check(repo, as_of, findings);
    reports::check(repo, findings);
    signers::check(repo, findings);
    record::check(repo, findings);
    feedback::check(repo, as_of, findings);
    folders::check_templates(repo, findings);
    public_text::check(repo, as_of, findings);
    deadlines::check(repo, &list, as_of, findings);
    list
}

/// The structural rules only: everything that does not depend on the date. `publish`
/// and `approve` refuse to go on while any of these is an error.
pub fn check_structure(repo: &Repo, findings: &mut Findings) {
    catalogue::check(repo, findings);
    placeholder_identity::check(repo, findings);
    ids::check(repo, findings);
    items::check(repo, findings);
    attachments::check(repo, findings);
    notices::check(repo, findings);
}

/// The rules a file is checked against before the tool writes it (`new`, `review`,
/// `approve`, `publish`): the structural rules and the personal-data rule, none of which
/// depends on the date.
pub fn check_before_writing(repo: &Repo, findings: &mut Findings) {
    check_structure(repo, findings);
    public_text::check(repo, NaiveDate::MIN, findings);
}

/// The errors of `files` alone: what loading found in them (`load_findings`) and what
/// [`check_before_writing`] finds in them.
pub fn file_errors(repo: &Repo, load_findings: &Findings, files: &[&str]) -> Findings {
    let mut all = Findings::new();
    check_before_writing(repo, &mut all);
    let mut own = Findings::new();
    for finding in load_findings.iter().chain(all.iter()) {
        if finding.level == Level::Error && finding.file.as_deref().is_some_and(|file| files.contains(&file)) {
            own.push(finding.clone());
        }
    }
    own
}
