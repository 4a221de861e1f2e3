//! The public board (党务公开栏): static pages for `site_dir`. Index, one page per category,
//! one per item, the catalogue, answered public feedback, one archive page per year, an
//! Atom feed and the stylesheet, the search page with its index (`render::search`) and the
//! printable notice of each quarter (`render::print`). Relative links only, nothing
//! fetched, and no JavaScript but the search page's own engine and index.
//!
//! Privacy is decided here, once: an item appears only when it is published on the as-of
//! date and its scope in force (`Repo::scope_of`) is public; an entry only when its scope
//! is public; a feedback case only when `Case::is_public`, and then only its summary,
//! channel, dates and answer (never the name, the contact or the opinion as received).

use std::sync::{Mutex, PoisonError};

use anyhow::Result;
use chrono::NaiveDate;

use super::templates::Templates;
use super::OutputFile;
use crate::model::repo::item_scope;
use crate::model::{Case, Entry, Item, Repo, Scope};
use crate::obligations::Obligation;

mod feed;
mod items;
mod lists;
mod pages;
mod site;

pub use feed::FEED_ITEMS;
use site::Board;

/// The items the public may see on `as_of`: published, of a known entry, public in force.
pub fn public_items(repo: &Repo, as_of: NaiveDate) -> Vec<(&Item, &Entry)> {
    let entries = repo.catalogue.entry_map();
    repo.items
        .iter()
        .filter(|item| item.is_published(as_of))
        .filter_map(|item| entries.get(item.entry.as_str()).map(|entry| (item, *entry)))
        .filter(|(item, entry)| entry.scope == Scope::Public && item_scope(item, Some(entry)) == Scope::Public)
        .collect()
}

/// The feedback cases the public may see on `as_of`: answered or closed then, with a
/// public answer given by then.
pub fn public_cases(repo: &Repo, as_of: NaiveDate) -> Vec<&Case> {
    repo.cases
        .iter()
        .filter(|case| case.received_on <= as_of && case.public_answer(as_of).is_some())
        .collect()
}

/// Where the board's pages go as they are built, from several threads at once. Pages
/// arrive in no particular order; each page's bytes do not depend on that order.
pub trait PageSink: Sync {
    /// True when the page at `path`, whose inputs have `fingerprint`, is already in place
    /// from an earlier run and can be kept without being built.
    fn keep(&self, path: &str, fingerprint: &str) -> bool;
    /// Takes one built page, with the fingerprint of its inputs when it has one.
    fn put(&self, path: &str, contents: &[u8], fingerprint: Option<&str>) -> Result<()>;
}

/// A sink that keeps every page in memory (for tests and small boards).
struct Collect(Mutex<Vec<OutputFile>>);

impl PageSink for Collect {
    fn keep(&self, _path: &str, _fingerprint: &str) -> bool {
        false
    }

    fn put(&self, path: &str, contents: &[u8], _fingerprint: Option<&str>) -> Result<()> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).push(OutputFile {
            path: path.to_string(),
            contents: contents.to_vec(),
        });
        Ok(())
    }
}

/// Builds every file of the board for `as_of`, with the repository's templates, in
/// memory and sorted by path. `publish` streams the pages instead ([`build_board_into`]).
pub fn build_board(repo: &Repo, obligations: &[Obligation], as_of: NaiveDate) -> Result<Vec<OutputFile>> {
    let templates = Templates::load(repo)?;
    build_board_with(repo, obligations, as_of, &templates)
}

/// Builds the board with the given templates, in memory and sorted by path.
/// `_obligations` is accepted so that the board and the bulletin are built from the same
/// list; the board shows no obligations.
pub fn build_board_with(repo: &Repo, _obligations: &[Obligation], as_of: NaiveDate, templates: &Templates) -> Result<Vec<OutputFile>> {
    let sink = Collect(Mutex::new(Vec::new()));
    build_board_into(repo, as_of, templates, &sink)?;
    let mut files = sink.0.into_inner().unwrap_or_else(PoisonError::into_inner);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// Builds every file of the board for `as_of` and hands each to `sink` as soon as it is
/// built: the inputs are worked out once (`site`), then the item pages (`items`) are
/// built beside the list pages (`lists`), the feed and the assets (`feed`). Item pages
/// are built in parallel, one at a time per thread; an item page whose inputs are
/// unchanged ([`PageSink::keep`]) is not built at all, and list pages are fingerprinted
/// too. The Atom feed carries the latest [`FEED_ITEMS`] items.
pub fn build_board_into(repo: &Repo, as_of: NaiveDate, templates: &Templates, sink: &dyn PageSink) -> Result<()> {
    let board = Board::new(repo, as_of, templates, sink)?;
    let (items, lists) = rayon::join(
        || items::item_pages(&board),
        || lists::list_pages(&board).and_then(|()| feed::feed(&board)).and_then(|()| feed::assets(&board)),
    );
    items.and(lists)
}
