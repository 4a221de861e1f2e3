//! The catalogue through the history: each change of its meaning (the digest that
//! `catalogue approve` records) should be followed by a new approval before the next
//! change. A meaning that was in force, once the catalogue had first been approved, and
//! was never approved is a `catalogue-changed-unapproved` finding naming the commit
//! that introduced it. Changes before the first approval ever recorded are `check`'s
//! `catalogue-unapproved`, not a finding here.

use std::collections::BTreeMap;

use super::history::Commit;
use super::Sink;
use crate::diag::{Code, Finding, Findings, Location};
use crate::load::digest::catalogue_digest;
use crate::load::source::decode;
use crate::model::catalogue::natural_cmp;
use crate::model::{Catalogue, Category};

/// One meaning of the catalogue and whether it was approved while in force.
#[derive(Debug)]
struct Meaning {
    digest: String,
    introduced: Commit,
    /// The catalogue had been approved at some point before this meaning came in.
    under_approval: bool,
    approved: bool,
}

/// The catalogue files and the approval, as of the last commit taken in.
#[derive(Debug, Default)]
pub struct CatalogueTrack {
    files: BTreeMap<String, Option<Category>>,
    approval: Option<String>,
    ever_approved: bool,
    current: Option<Meaning>,
}

/// The digest of the latest approval of a disclose.toml (`[[approval]]`, newest last, or
/// the old single `[approval]`), read leniently (a broken file approves nothing).
fn approval_digest(bytes: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(bytes).ok()?;
    let table: toml::Table = text.parse().ok()?;
    let approval = match table.get("approval")? {
        toml::Value::Array(list) => list.last()?,
        single => single,
    };
    approval.get("digest")?.as_str().map(str::to_string)
}

impl CatalogueTrack {
    /// Takes in one commit's changes; `path` is relative to the root.
    pub fn apply(&mut self, commit: &Commit, changes: &[(String, Option<Vec<u8>>)], sink: &mut Sink) {
        let mut touched = false;
        for (path, bytes) in changes {
            if path == "disclose.toml" {
                self.approval = bytes.as_deref().and_then(approval_digest);
                touched = true;
            } else if path.starts_with("catalogue/") && std::path::Path::new(path).extension().is_some_and(|e| e == "toml") {
                let category = bytes.as_deref().and_then(|bytes| {
                    let source = decode(path, bytes).ok()?;
                    crate::load::catalogue::parse_category(&source, &mut Findings::new())
                });
                match bytes {
                    Some(_) => self.files.insert(path.clone(), category),
                    None => self.files.remove(path),
                };
                touched = true;
            }
        }
        if !touched {
            return;
        }
        // A catalogue file that does not parse leaves its meaning unknown: wait for the
        // commit that mends it.
        if self.files.values().any(Option::is_none) {
            return;
        }
        let mut categories: Vec<Category> = self.files.values().flatten().cloned().collect();
        categories.sort_by(|a, b| natural_cmp(&a.code, &b.code));
        let digests = catalogue_digest(&Catalogue { categories });
        let approved_now = self.approval.as_deref().is_some_and(|approval| digests.matches(approval));
        let digest = digests.whole;
        let is_new = self.current.as_ref().is_none_or(|m| m.digest != digest);
        if is_new {
            if let Some(previous) = self.current.take() {
                close(&previous, sink);
            }
            self.current = Some(Meaning {
                digest,
                introduced: commit.clone(),
                under_approval: self.ever_approved,
                approved: approved_now,
            });
        } else if let Some(current) = &mut self.current {
            current.approved |= approved_now;
        }
        self.ever_approved |= self.approval.is_some();
    }

    /// Reports the meaning in force at the end of the history, if it needs one.
    pub fn finish(&mut self, sink: &mut Sink) {
        if let Some(current) = self.current.take() {
            close(&current, sink);
        }
    }
}

fn close(meaning: &Meaning, sink: &mut Sink) {
    if meaning.approved || !meaning.under_approval {
        return;
    }
    let commit = &meaning.introduced;
    let finding = Finding::new(Code::CatalogueChangedUnapproved, crate::t!("audit-catalogue-unapproved", at = commit.named()))
        .at(&Location::file_start("disclose.toml"))
        .help(crate::t!("audit-catalogue-unapproved-help"));
    sink.push(commit, finding);
}
