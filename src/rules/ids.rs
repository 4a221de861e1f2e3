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
            findings.push(duplicate("entry", &entry.id, &entry.location, first));
        }
    }
    // Ignoring case too: the board names a category's page after its code, and `B.html`
    // and `b.html` are one file on Windows and macOS.
    let mut codes: BTreeMap<String, &str> = BTreeMap::new();
    for category in &repo.catalogue.categories {
        if let Some(first) = codes.insert(category.code.to_lowercase(), &category.file) {
            findings.push(
                Finding::new(Code::DuplicateId, format!("category code \"{}\" is also used in {first}", category.code))
                    .at(&Location::file_start(&category.file))
                    .help("give each category file its own `code`"),
            );
        }
    }
    check_documents(repo.items.iter().map(|i| (i.id.as_str(), i.file.as_str())), "item", findings);
    check_documents(repo.cases.iter().map(|c| (c.id.as_str(), c.file.as_str())), "feedback case", findings);
}

fn duplicate(what: &str, id: &str, here: &Location, first: &Location) -> Finding {
    Finding::new(
        Code::DuplicateId,
        format!("{what} id \"{id}\" is already used at {}:{}", first.file, first.line),
    )
    .at(here)
    .help(format!(
        "give every {what} its own id (ids that differ only in upper and lower case count as the same)"
    ))
}

fn check_documents<'a>(documents: impl Iterator<Item = (&'a str, &'a str)>, what: &str, findings: &mut Findings) {
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for (id, file) in documents {
        if let Some(first) = seen.insert(id.to_lowercase(), file) {
            findings.push(
                Finding::new(Code::DuplicateId, format!("{what} id \"{id}\" is also the id of {first}"))
                    .at(&Location::file_start(file))
                    .help("rename one of the files: the id is the file name, and it must be unique across the repository (ignoring case)"),
            );
        }
    }
}
