//! Staged matters (逐段公开) on a category page: an entry's items grouped by matter, each
//! matter's stages in stage order, the matter marked completed (已完结) once its final
//! stage is published and in progress (进行中) until then.
//!
//! Stage order is the order of the events (the date each stage happened), then the item
//! id; a stage without an event date comes last. Matters are listed newest first: by
//! the latest publication of any of their stages (the order the rows arrive in).
//! Items of a staged entry without a matter form one group of their own, named by the
//! entry's title.

use std::collections::HashMap;

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
    // Where each matter's group is: a category of 35,000 items has thousands of matters,
    // which a search of the groups for every row made quadratic.
    let mut index: HashMap<Option<&'a str>, usize> = HashMap::new();
    for (item, entry) in rows {
        let matter = item.matter.as_deref();
        if let Some(&at) = index.get(&matter) {
            groups[at].1.push((item, entry));
        } else {
            index.insert(matter, groups.len());
            groups.push((matter, vec![(item, entry)]));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Findings;
    use crate::load::item::parse_item;
    use crate::load::source::SourceText;

    fn item(id: &str, matter: Option<&str>, event: &str) -> Item {
        let matter = matter.map_or_else(String::new, |name| format!("matter = \"{name}\"\n"));
        let source = SourceText {
            file: format!("items/{id}.md"),
            text: format!("+++\nentry = \"2.4\"\ntitle = \"{id}\"\n{matter}event = {event}\n+++\n正文\n"),
        };
        parse_item(id, &source, &mut Findings::new()).expect("parses")
    }

    /// Rows of interleaved matters (newest first, as a category page passes them) make
    /// one group per matter, in the order each first appears, with the items without a
    /// matter as a group of their own; each group's stages in the order of their events.
    #[test]
    fn rows_group_by_matter_in_order_of_first_appearance() {
        let (repo, _) = crate::load::load_repo(std::path::Path::new(env!("CARGO_MANIFEST_DIR"))).expect("the example loads");
        let entry = &repo.catalogue.categories[0].entries[0];
        let items = [
            item("b-2", Some("乙"), "2026-03-02"),
            item("a-2", Some("甲"), "2026-03-01"),
            item("none", None, "2026-02-20"),
            item("b-1", Some("乙"), "2026-01-02"),
            item("a-1", Some("甲"), "2026-01-01"),
        ];
        let rows: Vec<Row<'_>> = items.iter().map(|item| (item, entry)).collect();
        let groups: Vec<(Option<&str>, Vec<&str>)> = group(&rows)
            .into_iter()
            .map(|(name, rows)| (name, rows.iter().map(|(item, _)| item.id.as_str()).collect()))
            .collect();
        assert_eq!(
            groups,
            [(Some("乙"), vec!["b-1", "b-2"]), (Some("甲"), vec!["a-1", "a-2"]), (None, vec!["none"])]
        );
    }
}
