//! The whole repository, loaded and checked: the one model every command works on.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::catalogue::{Catalogue, CatalogueDigest, Entry};
use chrono::NaiveDate;

use super::config::{Approval, Config};
use super::feedback::Case;
use super::item::Item;
use super::scope::Scope;
use crate::obligations::calendar::Calendar;

/// An item's scope in force given its entry (if the catalogue has it): the one place
/// scopes are decided. An item of an unknown entry is restricted, so it can never leak.
pub fn item_scope(item: &Item, entry: Option<&Entry>) -> Scope {
    entry.map_or(Scope::Restricted, |entry| item.effective_scope(entry.scope))
}

/// A loaded repository.
#[derive(Debug, Clone)]
pub struct Repo {
    /// The folder holding disclose.toml.
    pub root: PathBuf,
    /// disclose.toml.
    pub config: Config,
    /// catalogue/*.toml.
    pub catalogue: Catalogue,
    /// The catalogue's digest, computed once when it was loaded (what an approval
    /// records and is compared with).
    pub catalogue_digest: CatalogueDigest,
    /// items/**/*.md, sorted by id.
    pub items: Vec<Item>,
    /// feedback/**/*.md, sorted by id.
    pub cases: Vec<Case>,
    /// meetings/**/*.md, sorted by date, then id.
    pub meetings: Vec<crate::model::meeting::Meeting>,
    /// reports/<year>.md, sorted by year.
    pub reports: Vec<crate::model::report::ReportFile>,
    /// The working-day calendar (built in, plus calendar/*.toml).
    pub calendar: Calendar,
}

impl Repo {
    /// The item with this id.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.binary_search_by(|item| item.id.as_str().cmp(id)).ok().map(|i| &self.items[i])
    }

    /// The case with this id.
    pub fn case(&self, id: &str) -> Option<&Case> {
        self.cases.binary_search_by(|case| case.id.as_str().cmp(id)).ok().map(|i| &self.cases[i])
    }

    /// An item's entry.
    pub fn entry_of(&self, item: &Item) -> Option<&Entry> {
        self.catalogue.entry(&item.entry)
    }

    /// An item's scope in force; an item of an unknown entry is treated as restricted,
    /// so that it can never leak.
    pub fn scope_of(&self, item: &Item) -> Scope {
        item_scope(item, self.entry_of(item))
    }

    /// Items grouped by entry id.
    pub fn items_by_entry(&self) -> BTreeMap<&str, Vec<&Item>> {
        let mut map: BTreeMap<&str, Vec<&Item>> = BTreeMap::new();
        for item in &self.items {
            map.entry(item.entry.as_str()).or_default().push(item);
        }
        map
    }

    /// True when the catalogue is approved and its meaning unchanged since the latest
    /// approval (by either form of the digest).
    pub fn catalogue_in_force(&self) -> bool {
        self.config.approval().is_some_and(|approval| self.catalogue_digest.matches(&approval.digest))
    }

    /// The approval from which `entry`'s obligations run: the first approval whose parts
    /// contain the entry (an approval without parts, as very old ones were written, counts
    /// as containing every entry). A later approval that re-approves the entry, changed or
    /// not, never moves this date.
    pub fn first_approval_of(&self, entry: &Entry) -> Option<&Approval> {
        let part = format!("entry {}", entry.id);
        let approvals = &self.config.approvals;
        approvals
            .iter()
            .find(|approval| approval.parts.is_empty() || approval.parts.contains_key(&part))
            .or(approvals.last())
    }

    /// The day `entry`'s obligations start: its `since`, else the first approval that
    /// contained it (see [`Repo::first_approval_of`]).
    pub fn entry_start(&self, entry: &Entry) -> Option<NaiveDate> {
        entry.since.or_else(|| self.first_approval_of(entry).map(|approval| approval.approved_on))
    }
}
