//! Unique ids: catalogue entries and category codes, items, cases. Ids are compared
//! ignoring case, because two files differing only in case collide on Windows and macOS.

use std::borrow::Cow;
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
    check_documents(&repo.items, |i| (i.id.as_str(), i.file.as_str()), Document::Item, findings);
    check_documents(&repo.cases, |c| (c.id.as_str(), c.file.as_str()), Document::Case, findings);
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

/// Finds the documents whose ids differ only in case or not at all, in `documents`'
/// order, each named with the nearest earlier one of the same id. Sorts a hash of each
/// folded id with the document's position (16 bytes a document) instead of keeping a map
/// of the folded ids: at 100,000 items the map was 9 MB of the rules' peak memory.
fn check_documents<T>(documents: &[T], id_and_file: impl Fn(&T) -> (&str, &str), what: Document, findings: &mut Findings) {
    let id = |index: usize| id_and_file(&documents[index]).0;
    let mut keys: Vec<(u64, usize)> = (0..documents.len())
        .map(|index| (xxhash_rust::xxh3::xxh3_64(folded(id(index)).as_bytes()), index))
        .collect();
    keys.sort_unstable();
    // (document, the nearest earlier document with the same id)
    let mut repeats: Vec<(usize, usize)> = Vec::new();
    for run in keys.chunk_by(|a, b| a.0 == b.0).filter(|run| run.len() > 1) {
        for (position, &(_, index)) in run.iter().enumerate().skip(1) {
            let this = folded(id(index));
            // Positions within a run ascend; a different id here is a hash collision.
            let first = run[..position].iter().rev().find(|(_, earlier)| folded(id(*earlier)) == this);
            if let Some(&(_, first)) = first {
                repeats.push((index, first));
            }
        }
    }
    repeats.sort_unstable();
    for (index, first) in repeats {
        let (id, file) = id_and_file(&documents[index]);
        let first = id_and_file(&documents[first]).1;
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

/// `id` ignoring case ([`str::to_lowercase`]), without a copy when it is lower case
/// already (as ids nearly always are).
fn folded(id: &str) -> Cow<'_, str> {
    if id.bytes().all(|byte| byte.is_ascii() && !byte.is_ascii_uppercase()) {
        Cow::Borrowed(id)
    } else {
        Cow::Owned(id.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The repeats in `documents` (id, file): each one's file and whether its message
    /// names `first`'s file.
    fn repeats(documents: &[(&str, &str)]) -> Vec<(String, String)> {
        let mut findings = Findings::new();
        check_documents(documents, |(id, file)| (*id, *file), Document::Item, &mut findings);
        findings
            .iter()
            .map(|finding| {
                assert_eq!(finding.code, Code::DuplicateId);
                let first = documents
                    .iter()
                    .map(|(_, file)| *file)
                    .find(|file| finding.message.contains(file))
                    .unwrap_or_default();
                (finding.file.clone().unwrap_or_default(), first.to_string())
            })
            .collect()
    }

    /// Each repeat is named in the documents' order, with the nearest earlier document of
    /// the same id, case ignored (ASCII and beyond); nothing else is named.
    #[test]
    fn repeats_are_found_in_order_ignoring_case() {
        let documents = [
            ("a", "items/2016/a.md"),
            ("b", "items/2016/b.md"),
            ("A", "items/2017/A.md"),
            ("É1", "items/2017/É1.md"),
            ("a", "items/2018/a.md"),
            ("é1", "items/2018/é1.md"),
            ("c", "items/2018/c.md"),
        ];
        let pair = |file: &str, first: &str| (file.to_string(), first.to_string());
        assert_eq!(
            repeats(&documents),
            [
                pair("items/2017/A.md", "items/2016/a.md"),
                pair("items/2018/a.md", "items/2017/A.md"),
                pair("items/2018/é1.md", "items/2017/É1.md"),
            ]
        );
        assert!(repeats(&[("a", "a.md"), ("b", "b.md")]).is_empty());
    }
}
