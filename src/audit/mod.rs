//! `audit`: the repository's record read against its git history, for the
//! higher-level organisation's inspection (督促检查). Git is the archive: a date written
//! in a file claims when something happened, and the commit that first recorded it
//! says when it entered the record.
//!
//! Findings: `backdated-stamp` (a signature, stamp or case date first committed more
//! than `[audit] grace_days` after the date it claims), `changed-after-publication`
//! (a published item's content, see [`crate::model::content`], changed in a later
//! commit), `catalogue-changed-unapproved` and `record-removed` (a signature, stamp,
//! case date or a recorded file removed or rewritten). A change after publication is
//! not a finding when the same version of the item records a correction (`[[correction]]`,
//! written by `disclose correct`) whose digest is the changed content's
//! ([`records`]); a change that no correction in its version vouches for is. The
//! content covers the attachments, so a commit that changes only a file in a published
//! item's folder is compared (and reported) too.
//!
//! The history read is the first-parent line from `HEAD` ([`history`]); a history
//! rewritten before it was cloned (a force push) cannot be seen from one clone.

pub mod catalogue;
pub mod history;
pub mod records;

use std::path::Path;

use chrono::NaiveDate;

use crate::diag::{Finding, Findings};
use history::{Commit, History, HistoryError};

/// Collects findings, keeping those of commits on or after `since`, each naming its
/// commit.
#[derive(Debug, Default)]
pub struct Sink {
    since: Option<NaiveDate>,
    findings: Findings,
}

impl Sink {
    /// Adds a finding about `commit`, unless the commit is older than `--since`.
    pub fn push(&mut self, commit: &Commit, finding: Finding) {
        if self.since.is_none_or(|since| commit.date >= since) {
            self.findings.push(finding.commit(&commit.id));
        }
    }
}

/// What an audit found, and how much history it read.
#[derive(Debug)]
pub struct Audit {
    /// The findings.
    pub findings: Findings,
    /// Commits read.
    pub commits: usize,
}

/// Audits the repository at `root` against its git history.
pub fn audit(root: &Path, grace_days: u32, since: Option<NaiveDate>) -> Result<Audit, HistoryError> {
    let history = History::open(root)?;
    let mut sink = Sink {
        since,
        findings: Findings::new(),
    };
    let mut records = records::Records::default();
    let mut catalogue = catalogue::CatalogueTrack::default();
    let commits: Vec<Commit> = history.commits().cloned().collect();
    for (index, commit) in commits.iter().enumerate() {
        let mut changes = Vec::new();
        for change in history.changes(index)? {
            let bytes = change.blob.map(|blob| history.blob(blob)).transpose()?;
            changes.push((change.path, bytes));
        }
        catalogue.apply(commit, &changes, &mut sink);
        records.apply(commit, changes, grace_days, &mut sink);
    }
    catalogue.finish(&mut sink);
    Ok(Audit {
        findings: sink.findings,
        commits: commits.len(),
    })
}
