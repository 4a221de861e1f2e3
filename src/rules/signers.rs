//! Who signed: the four-eyes rule. An item's 审批 should come from someone other than
//! the person who prepared it (提出) and the one who reviewed it (审核); the same name
//! in two of those places is the warning `same-signer` (an error with `check --strict`).
//! Who may sign at all (`[roles]`) is enforced when the signature is recorded, by
//! `review`, `approve` and `catalogue approve`.

use crate::diag::{Code, Finding, Findings};
use crate::load::item::ItemFile;
use crate::model::{Item, Repo};

/// Pushes `same-signer` for every item approved by its preparer or its reviewer.
pub fn check(repo: &Repo, findings: &mut Findings) {
    for item in &repo.items {
        if let Some(finding) = same_signer(item) {
            findings.push(finding);
        }
    }
}

fn same_signer(item: &Item) -> Option<Finding> {
    let approved = item.approved.as_ref()?;
    let by = approved.by.as_str();
    let message = if item.reviewed.as_ref().is_some_and(|reviewed| reviewed.by == by) {
        crate::t!("same-signer-reviewed", by = by, item = item.id.to_string())
    } else if item.prepared_by.as_deref() == Some(by) {
        crate::t!("same-signer-prepared", by = by, item = item.id.to_string())
    } else {
        return None;
    };
    Some(
        Finding::new(Code::SameSigner, message)
            .at(&item.at("approved_by"))
            .entry(&item.entry)
            .help(crate::t!("same-signer-help")),
    )
}
