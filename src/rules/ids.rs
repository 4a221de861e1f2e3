//! Unique ids: catalogue entries and category codes, items, cases. Ids are compared
//! ignoring case, because two files differing only in case collide on Windows and macOS.

use std::collections::BTreeMap;

use crate::diag::{Code, Finding, Findings, Location};
use crate::model::Repo;

/// Pushes a finding for every id used twice.
pub fn check(repo: &Repo, findings: &mut Findings) {
    let mut entries: BTreeMap<String, &Location> = BTreeMap::new();
    for entry in repo.catalogue.entries() {
        if let Some(first) = entries.insert(entry.id.to_lowercase(), &entry.location) {
            findings.push(duplicate(&entry.id, &entry.location, first));
        }
    }
    // Ignoring case too: the board names a category's page after its code, and `B.html`
    // and `b.html` are one file on Windows and macOS.
    let mut codes: BTreeMap<String, &str> = BTreeMap::new();
    for category in &repo.catalogue.categories {
        if let Some(first) = codes.insert(category.code.to_lowercase(), &category.file) {
            findings.push(
                Finding::new(
                    Code::DuplicateId,
                    crate::t!("duplicate-id-category", code = category.code.as_str(), first = first),
                )
                .at(&Location::file_start(&category.file))
                .help(crate::t!("duplicate-id-category-help")),
            );
        }
    }
    check_documents(repo.items.iter().map(|i| (i.id.as_str(), i.file.as_str())), Document::Item, findings);
    check_documents(repo.cases.iter().map(|c| (c.id.as_str(), c.file.as_str())), Document::Case, findings);
}

fn duplicate(id: &str, here: &Location, first: &Location) -> Finding {
    Finding::new(
        Code::DuplicateId,
        crate::t!("duplicate-id-entry", id = id, file = first.file.as_str(), line = first.line),
    )
    .at(here)
    .help(crate::t!("duplicate-id-entry-help"))
}

/// The two kinds of file whose name is their id.
#[derive(Clone, Copy)]
enum Document {
    Item,
    Case,
}

fn check_documents<'a>(documents: impl Iterator<Item = (&'a str, &'a str)>, what: Document, findings: &mut Findings) {
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for (id, file) in documents {
        if let Some(first) = seen.insert(id.to_lowercase(), file) {
            let message = match what {
                Document::Item => crate::t!("duplicate-id-item", id = id, first = first),
                Document::Case => crate::t!("duplicate-id-case", id = id, first = first),
            };
            findings.push(
                Finding::new(Code::DuplicateId, message)
                    .at(&Location::file_start(file))
                    .help(crate::t!("duplicate-id-file-help")),
            );
        }
    }
}
