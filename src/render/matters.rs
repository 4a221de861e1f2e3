//! Staged matters (逐段公开) on a category page: an entry's items grouped by matter, each
//! matter's stages in stage order, the matter marked completed (已完结) once its final
//! stage is published and in progress (进行中) until then.
//!
//! Stage order is the order of the events (the date each stage happened), then the item
//! id; a stage without an event date comes last. Matters are listed newest first: by
//! the latest publication of any of their stages (the order the rows arrive in).
//! Items of a staged entry without a matter form one group of their own, named by the
//! entry's title.

use serde::Serialize;

use super::locale::Labels;
use super::templates::LazyList;
use super::view::ItemView;
use crate::model::{Entry, Item};

/// One matter of a staged entry as its category page shows it.
#[derive(Debug, Clone, Hash, Serialize)]
pub struct MatterView {
    /// The matter's name.
    pub name: String,
    /// True once its final stage is published.
    pub completed: bool,
    /// `已完结` or `进行中`.
    pub status: String,
    /// Its stages, in stage order.
    pub items: LazyList<ItemView>,
}

/// An item with its entry, as the board lists them.
pub type Row<'a> = (&'a Item, &'a Entry);

/// One matter's name (none for items without one) and its rows.
pub type Group<'a> = (Option<&'a str>, Vec<Row<'a>>);

/// Groups `rows` (one entry's items, newest first) by matter: matters in order of first
/// appearance, each matter's items in stage order.
pub fn group<'a>(rows: &[Row<'a>]) -> Vec<Group<'a>> {
    let mut groups: Vec<Group<'a>> = Vec::new();
    for (item, entry) in rows {
        let matter = item.matter.as_deref();
        match groups.iter_mut().find(|(name, _)| *name == matter) {
            Some((_, items)) => items.push((item, entry)),
            None => groups.push((matter, vec![(item, entry)])),
        }
    }
    for (_, items) in &mut groups {
        items.sort_by(|(a, _), (b, _)| (a.event.is_none(), a.event, &a.id).cmp(&(b.event.is_none(), b.event, &b.id)));
    }
    groups
}

/// The views of `rows`' matters, each item's view made by `view`.
pub fn matter_views(rows: &[(&Item, &Entry)], labels: &Labels, view: impl Fn(&Item, &Entry) -> ItemView) -> Vec<MatterView> {
    group(rows)
        .into_iter()
        .map(|(name, items)| {
            let completed = items.iter().any(|(item, _)| item.final_stage);
            MatterView {
                name: name.map_or_else(|| items[0].1.title.clone(), str::to_string),
                completed,
                status: (if completed { labels.matter_completed } else { labels.matter_in_progress }).to_string(),
                items: items.iter().map(|(item, entry)| view(item, entry)).collect::<Vec<_>>().into(),
            }
        })
        .collect()
}
