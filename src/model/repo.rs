//! The whole repository, loaded and checked: the one model every command works on.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::catalogue::{Catalogue, CatalogueDigest, Entry};
use super::config::Config;
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

    /// True when the catalogue is approved and unchanged since.
    pub fn catalogue_in_force(&self) -> bool {
        self.config
            .approval
            .as_ref()
            .is_some_and(|approval| approval.digest == self.catalogue_digest.whole)
    }
}
