//! The digest of the catalogue's meaning: categories, entries and their fields, in a
//! canonical form, so that comments and formatting never void an approval but any
//! change of meaning does. Each category and entry also has a short digest of its own,
//! so a changed approval can say what changed.
//!
//! An entry's `owner` is not part of its meaning (see [`CatalogueDigest`]); the digests
//! with the owner, as recorded before that decision, are computed alongside.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use sha2::{Digest, Sha256};

use crate::hex::hex;
pub use crate::model::catalogue::CatalogueDigest;
use crate::model::{Cadence, Catalogue, Entry};
use crate::obligations::deadline::Limit;

/// Computes the digest.
pub fn catalogue_digest(catalogue: &Catalogue) -> CatalogueDigest {
    let (whole, parts) = digest_with(catalogue, false);
    let (legacy_whole, legacy_parts) = digest_with(catalogue, true);
    CatalogueDigest {
        whole,
        parts,
        legacy_whole,
        legacy_parts,
    }
}

/// The whole digest and the parts, with or without each entry's owner.
fn digest_with(catalogue: &Catalogue, with_owner: bool) -> (String, BTreeMap<String, String>) {
    let mut parts = BTreeMap::new();
    let mut whole = String::new();
    let mut categories: Vec<_> = catalogue.categories.iter().collect();
    categories.sort_by(|a, b| a.code.cmp(&b.code));
    for category in categories {
        let line = format!("category\t{}\t{}\n", category.code, category.title);
        parts.insert(format!("category {}", category.code), short(&line));
        whole.push_str(&line);
        let mut entries: Vec<&Entry> = category.entries.iter().collect();
        entries.sort_by(|a, b| a.id.cmp(&b.id));
        for entry in entries {
            let line = canonical_entry(entry, with_owner);
            parts.insert(format!("entry {}", entry.id), short(&line));
            whole.push_str(&line);
        }
    }
    (format!("sha256:{}", hex(&Sha256::digest(whole.as_bytes()))), parts)
}

fn canonical_entry(entry: &Entry, with_owner: bool) -> String {
    let mut line = String::new();
    let _ = write!(
        line,
        "entry\t{}\t{}\t{}\t{}\t{}",
        entry.id,
        entry.category,
        entry.title,
        entry.scope.as_str(),
        entry.cadence.word()
    );
    if let Cadence::Periodic(kind) = entry.cadence {
        let _ = write!(line, "\tperiod={}", kind.as_str());
    }
    match entry.limit {
        Limit::CalendarDays(n) => {
            let _ = write!(line, "\tdue_days={n}");
        }
        Limit::WorkingDays(n) => {
            let _ = write!(line, "\tdue_working_days={n}");
        }
        Limit::Months(n) => {
            let _ = write!(line, "\tdue_months={n}");
        }
    }
    if with_owner {
        let _ = write!(line, "\towner={}", entry.owner);
    }
    if let Some(since) = entry.since {
        let _ = write!(line, "\tsince={since}");
    }
    if let Some(until) = entry.until {
        let _ = write!(line, "\tuntil={until}");
    }
    if let Some(months) = entry.review_months {
        let _ = write!(line, "\treview_months={months}");
    }
    if let Some(days) = entry.notice_working_days {
        let _ = write!(line, "\tnotice_working_days={days}");
    }
    line.push('\n');
    line
}

fn short(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))[..12].to_string()
}

/// How a part of the catalogue changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    Added,
    Changed,
    Removed,
}

/// One change in words: the part's key (`category 3`, `entry 3.5`, as the approval
/// records it) said in the terminal's language.
fn change_words(part: &str, change: Change) -> String {
    match (part.split_once(' '), change) {
        (Some(("category", code)), Change::Added) => crate::t!("catalogue-changed-category-added", code = code),
        (Some(("category", code)), Change::Changed) => crate::t!("catalogue-changed-category-changed", code = code),
        (Some(("category", code)), Change::Removed) => crate::t!("catalogue-changed-category-removed", code = code),
        (Some(("entry", id)), Change::Added) => crate::t!("catalogue-changed-entry-added", entry = id),
        (Some(("entry", id)), Change::Changed) => crate::t!("catalogue-changed-entry-changed", entry = id),
        (Some(("entry", id)), Change::Removed) => crate::t!("catalogue-changed-entry-removed", entry = id),
        (_, Change::Added) => crate::t!("catalogue-changed-part-added", part = part),
        (_, Change::Changed) => crate::t!("catalogue-changed-part-changed", part = part),
        (_, Change::Removed) => crate::t!("catalogue-changed-part-removed", part = part),
    }
}

/// What changed between the parts approved and the parts now, in words.
pub fn describe_changes(approved: &BTreeMap<String, String>, now: &BTreeMap<String, String>) -> Vec<String> {
    let mut changes = Vec::new();
    for (part, digest) in now {
        match approved.get(part) {
            None => changes.push(change_words(part, Change::Added)),
            Some(old) if old != digest => changes.push(change_words(part, Change::Changed)),
            Some(_) => {}
        }
    }
    for part in approved.keys() {
        if !now.contains_key(part) {
            changes.push(change_words(part, Change::Removed));
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Findings;
    use crate::load::catalogue::parse_category;
    use crate::load::source::SourceText;

    fn digest_of(text: &str) -> CatalogueDigest {
        let mut findings = Findings::new();
        let category = parse_category(
            &SourceText {
                file: "c.toml".into(),
                text: text.into(),
            },
            &mut findings,
        )
        .expect("parses");
        assert!(findings.is_empty(), "{findings:?}");
        catalogue_digest(&Catalogue { categories: vec![category] })
    }

    const BASE: &str = "[category]\ncode = \"3\"\ntitle = \"党的组织管理\"\n\n[[entry]]\nid = \"3.5\"\ntitle = \"党费\"\nscope = \"members\"\ncadence = \"periodic\"\nperiod = \"quarter\"\ndue_days = 15\nowner = \"廖敏\"\n";

    #[test]
    fn comments_and_layout_keep_the_digest() {
        let reformatted = "# 注释\n[category]\ntitle = \"党的组织管理\"   # 标题\ncode = \"3\"\n\n\n[[entry]]\n  owner = \"廖敏\"\n  id = \"3.5\"\ntitle = \"党费\"\nscope = \"members\"\ncadence = \"periodic\"\nperiod = \"quarter\"\ndue_days = 15\n";
        assert_eq!(digest_of(BASE), digest_of(reformatted));
    }

    #[test]
    fn every_change_of_meaning_changes_the_digest() {
        let base = digest_of(BASE);
        for (from, to) in [
            ("due_days = 15", "due_days = 16"),
            ("due_days = 15", "due_working_days = 15"),
            ("\"members\"", "\"public\""),
            ("\"quarter\"", "\"month\""),
            ("\"党费\"", "\"党费收缴\""),
        ] {
            let changed = digest_of(&BASE.replace(from, to));
            assert_ne!(base.whole, changed.whole, "{from} -> {to}");
            assert_eq!(describe_changes(&base.parts, &changed.parts), vec!["entry 3.5 changed".to_string()]);
        }
        let with_since = digest_of(&format!("{BASE}since = 2026-02-01\n"));
        assert_ne!(base.whole, with_since.whole);
    }

    #[test]
    fn the_owner_is_outside_the_meaning_but_the_legacy_digest_keeps_it() {
        let base = digest_of(BASE);
        let other_owner = digest_of(&BASE.replace("\"廖敏\"", "\"舒军\""));
        assert_eq!(base.whole, other_owner.whole);
        assert_eq!(base.parts, other_owner.parts);
        assert_ne!(base.legacy_whole, other_owner.legacy_whole);
        assert!(other_owner.matches(&base.whole));
        assert!(!other_owner.matches(&base.legacy_whole), "an old digest cannot vouch for a changed owner");
        assert_eq!(base.parts_like(&base.legacy_parts), &base.legacy_parts);
        assert_eq!(base.parts_like(&base.parts), &base.parts);
    }

    #[test]
    fn the_example_catalogue_matches_its_approval() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (repo, _) = crate::load::load_repo(root).expect("the example loads");
        let approval = repo.config.approval().expect("the example is approved");
        assert!(repo.catalogue_digest.matches(&approval.digest));
    }
}
