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
    let role = if item.reviewed.as_ref().is_some_and(|reviewed| reviewed.by == by) {
        "reviewed"
    } else if item.prepared_by.as_deref() == Some(by) {
        "prepared"
    } else {
        return None;
    };
    Some(
        Finding::new(Code::SameSigner, format!("{by} both {role} and approved item {}", item.id))
            .at(&item.at("approved_by"))
            .entry(&item.entry)
            .help("have the item approved by someone who neither prepared nor reviewed it (`disclose approve ID --by NAME`)"),
    )
}
