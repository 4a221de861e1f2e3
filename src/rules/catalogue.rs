//! The catalogue's approval: present, and matching the catalogue's meaning now.

use crate::diag::{Code, Finding, Findings, Location};
use crate::load::digest::describe_changes;
use crate::model::Repo;

/// Pushes `catalogue-unapproved` or `catalogue-changed` when the approval is missing or void.
pub fn check(repo: &Repo, findings: &mut Findings) {
    if repo.catalogue.categories.is_empty() {
        findings.push(
            Finding::new(Code::CatalogueUnapproved, crate::t!("catalogue-unapproved-empty"))
                .at(&Location::file_start("disclose.toml"))
                .help(crate::t!("catalogue-unapproved-empty-help")),
        );
        return;
    }
    let Some(approval) = repo.config.approval() else {
        findings.push(
            Finding::new(Code::CatalogueUnapproved, crate::t!("catalogue-unapproved"))
                .at(&Location::file_start("disclose.toml"))
                .help(crate::t!("catalogue-unapproved-help")),
        );
        return;
    };
    let digest = &repo.catalogue_digest;
    if digest.matches(&approval.digest) {
        return;
    }
    let changes = describe_changes(&approval.parts, digest.parts_like(&approval.parts));
    let what = if changes.is_empty() || approval.parts.is_empty() {
        crate::t!("catalogue-changed-meaning")
    } else {
        changes.join(&crate::t!("list-separator"))
    };
    findings.push(
        Finding::new(
            Code::CatalogueChanged,
            crate::t!("catalogue-changed", on = approval.approved_on.to_string(), what = what),
        )
        .at(&approval.location)
        .help(crate::t!("catalogue-changed-help")),
    );
}
