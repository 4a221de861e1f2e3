//! The catalogue's approval: present, and matching the catalogue's meaning now.

use crate::diag::{Code, Finding, Findings, Location};
use crate::load::digest::describe_changes;
use crate::model::Repo;

/// Pushes `catalogue-unapproved` or `catalogue-changed` when the approval is missing or void.
pub fn check(repo: &Repo, findings: &mut Findings) {
    if repo.catalogue.categories.is_empty() {
        findings.push(
            Finding::new(Code::CatalogueUnapproved, "the catalogue is empty: catalogue/ holds no category files")
                .at(&Location::file_start("disclose.toml"))
                .help("add catalogue/NN-name.toml files (`disclose init` writes the default catalogue)"),
        );
        return;
    }
    let Some(approval) = repo.config.approval() else {
        findings.push(
            Finding::new(
                Code::CatalogueUnapproved,
                "the catalogue has not been approved by the leading group, so no obligations are computed",
            )
            .at(&Location::file_start("disclose.toml"))
            .help("once the leading group has approved it, run `disclose catalogue approve --by 党务公开工作领导小组`"),
        );
        return;
    };
    let digest = &repo.catalogue_digest;
    if digest.matches(&approval.digest) {
        return;
    }
    let changes = describe_changes(&approval.parts, digest.parts_like(&approval.parts));
    let what = if changes.is_empty() || approval.parts.is_empty() {
        "its meaning".to_string()
    } else {
        changes.join(", ")
    };
    findings.push(
        Finding::new(
            Code::CatalogueChanged,
            format!("the catalogue changed since the leading group approved it on {} ({what}); the approval is void and no obligations are computed", approval.approved_on),
        )
        .at(&approval.location)
        .help("have the leading group approve the changed catalogue, then run `disclose catalogue approve --by 党务公开工作领导小组 --on DATE`; or undo the change"),
    );
}
