//! `placeholder-identity`: the organisation's identity as `disclose init` wrote it
//! without answers (`【请填写：…】`). A new branch's repository never carries another
//! branch's name, leader or hotline; until the secretary writes their own, `check`
//! fails and `publish` refuses, so nothing is published under a placeholder either.

use crate::diag::{Code, Finding, Findings, Location};
use crate::load::source::KeyPositions;
use crate::load::CONFIG_FILE;
use crate::model::Repo;
use crate::render::item_body::first_placeholder;

fn is_placeholder(text: &str) -> bool {
    first_placeholder(text).is_some()
}

/// Pushes a finding for each identity setting, and one for the entries' owners, still
/// holding the placeholder.
pub fn check(repo: &Repo, findings: &mut Findings) {
    let config = &repo.config;
    let settings = [
        ("organisation.name", Some(config.name.as_str())),
        ("organisation.short_name", config.short_name.as_deref()),
        ("leading_group.leader", Some(config.leader.as_str())),
        ("leading_group.deputies", config.deputies.iter().find(|d| is_placeholder(d)).map(String::as_str)),
        ("feedback.hotline", config.hotline.as_deref()),
    ];
    let placeholders: Vec<&str> = settings
        .iter()
        .filter(|(_, value)| value.is_some_and(is_placeholder))
        .map(|(key, _)| *key)
        .collect();
    if !placeholders.is_empty() {
        let text = std::fs::read_to_string(repo.root.join(CONFIG_FILE)).unwrap_or_default();
        let positions = KeyPositions::scan(CONFIG_FILE, &text, 0);
        for key in placeholders {
            findings.push(
                Finding::new(Code::PlaceholderIdentity, crate::t!("placeholder-identity", key = key))
                    .at(&positions.get(key))
                    .help(crate::t!("placeholder-identity-help")),
            );
        }
    }
    let owners: Vec<_> = repo.catalogue.entries().filter(|entry| is_placeholder(&entry.owner)).collect();
    if let Some(first) = owners.first() {
        let ids: Vec<&str> = owners.iter().map(|entry| entry.id.as_str()).collect();
        let location: &Location = &first.location;
        findings.push(
            Finding::new(
                Code::PlaceholderIdentity,
                crate::t!(
                    "placeholder-identity-owners",
                    count = ids.len(),
                    entries = ids.join(&crate::t!("list-separator"))
                ),
            )
            .at(location)
            .help(crate::t!("placeholder-identity-owners-help")),
        );
    }
}
