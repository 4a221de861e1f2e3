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
/// against. The rules only read the repository, so three groups run side by side (the
/// record rules, the search of public text, the obligations with their deadlines); their
/// findings are joined in the order of the rules, as if they had run one after another.
pub fn check_repo(repo: &Repo, as_of: NaiveDate, findings: &mut Findings) -> Vec<Obligation> {
    let record_rules = || {
        let mut found = Findings::new();
        check_structure(repo, &mut found);
        meetings::check(repo, as_of, &mut found);
        reports::check(repo, &mut found);
        signers::check(repo, &mut found);
        record::check(repo, &mut found);
        feedback::check(repo, as_of, &mut found);
        folders::check_templates(repo, &mut found);
        found
    };
    let public_text_rule = || {
        let mut found = Findings::new();
        public_text::check(repo, as_of, &mut found);
        found
    };
    let deadline_rule = || {
        let list = obligations(repo, as_of);
        let mut found = Findings::new();
        deadlines::check(repo, &list, as_of, &mut found);
        (list, found)
    };
    let ((records, public), (list, deadlines)) = rayon::join(|| rayon::join(record_rules, public_text_rule), deadline_rule);
    findings.extend(records);
    findings.extend(public);
    findings.extend(deadlines);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The rules run side by side report what they report one after another, in the
    /// same order: checked on the example repository at a date with findings of every
    /// group (deadlines due, and the example's own warnings).
    #[test]
    fn rules_side_by_side_report_as_in_sequence() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (repo, _) = crate::load::load_repo(root).expect("the example loads");
        for as_of in ["2026-12-31", "2030-01-01"] {
            let as_of: NaiveDate = as_of.parse().unwrap();
            let mut together = Findings::new();
            let list = check_repo(&repo, as_of, &mut together);
            let mut one_by_one = Findings::new();
            check_structure(&repo, &mut one_by_one);
            meetings::check(&repo, as_of, &mut one_by_one);
            reports::check(&repo, &mut one_by_one);
            signers::check(&repo, &mut one_by_one);
            record::check(&repo, &mut one_by_one);
            feedback::check(&repo, as_of, &mut one_by_one);
            folders::check_templates(&repo, &mut one_by_one);
            public_text::check(&repo, as_of, &mut one_by_one);
            deadlines::check(&repo, &obligations(&repo, as_of), as_of, &mut one_by_one);
            let show = |findings: &Findings| findings.iter().map(|f| format!("{:?} {:?} {}", f.code, f.file, f.message)).collect::<Vec<_>>();
            assert!(!together.is_empty(), "the example has findings at {as_of}");
            assert_eq!(show(&together), show(&one_by_one));
            assert_eq!(list.len(), obligations(&repo, as_of).len());
        }
    }
}
