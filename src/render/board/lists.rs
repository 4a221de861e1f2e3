//! The board's list pages: the index, one page per category, the catalogue, the answered
//! feedback, one archive page per year, the printable notices and the search page with
//! its index. They hold only the items' titles, dates and links, and are fingerprinted
//! too: one whose values are unchanged is kept without being rendered. Only the index
//! (and the feed) shows the date of the latest publication, so that an item page
//! changes only when its own inputs do.

use std::collections::BTreeMap;
use std::hash::Hash;

use anyhow::Result;
use chrono::Datelike;

use super::pages::{
    ApprovalView, ArchiveBody, ArchiveCategory, CaseView, CatalogueBody, CatalogueCategory, CategoryBody, CategoryCard, EntryView, FeedbackBody, IndexBody,
};
use super::public_cases;
use super::site::Board;
use crate::model::{Cadence, Entry, Item, Repo, Scope};
use crate::render::locale;
use crate::render::matters::matter_views;
use crate::render::page::{head, Fingerprint};
use crate::render::print;
use crate::render::search::SearchPage;
use crate::render::templates::{to_value, LazyList};
use crate::render::view::{category_href, paragraphs, slug, ItemView};

/// How many of a category's latest items the index shows.
const LATEST_PER_CATEGORY: usize = 3;

/// Builds every list page.
pub(super) fn list_pages(board: &Board<'_>) -> Result<()> {
    let Board { repo, as_of, locale, t, .. } = *board;
    // Items by category and by entry, newest first.
    let mut by_category: BTreeMap<&str, Vec<(&Item, &Entry)>> = BTreeMap::new();
    let mut by_entry: BTreeMap<&str, Vec<(&Item, &Entry)>> = BTreeMap::new();
    for (item, entry) in &board.newest {
        by_category.entry(entry.category.as_str()).or_default().push((item, entry));
        by_entry.entry(entry.id.as_str()).or_default().push((item, entry));
    }
    let no_items = Vec::new();

    // The index: categories with their latest items, standing items, how to give feedback.
    let cards: Vec<CategoryCard> = repo
        .catalogue
        .categories
        .iter()
        .map(|category| {
            let in_category = by_category.get(category.code.as_str()).unwrap_or(&no_items);
            CategoryCard {
                code: category.code.clone(),
                slug: slug(&category.code),
                title: category.title.clone(),
                href: category_href(&category.code),
                count: in_category.len(),
                latest: in_category
                    .iter()
                    .filter(|(item, _)| !board.replacements.contains_key(item.id.as_str()))
                    .take(LATEST_PER_CATEGORY)
                    .map(|(item, entry)| board.meta(item, entry))
                    .collect(),
            }
        })
        .collect();
    let standing: Vec<ItemView> = board
        .newest
        .iter()
        .filter(|(item, entry)| entry.cadence == Cadence::Standing && !board.replacements.contains_key(item.id.as_str()))
        .map(|(item, entry)| board.meta(item, entry))
        .collect();
    board.emit(
        "index.html",
        "index.html",
        &board.site_dated,
        head("", "home", t.home.to_string()),
        &IndexBody { categories: cards, standing },
    )?;

    // One page per category: its public entries, each with its items newest first.
    for category in &repo.catalogue.categories {
        let public_entries = || category.entries.iter().filter(|entry| entry.scope == Scope::Public);
        let rows = |entry: &Entry| by_entry.get(entry.id.as_str()).unwrap_or(&no_items);
        let shape = |digest: &mut Fingerprint| {
            (&category.code, &category.title).hash(digest);
            for entry in public_entries() {
                entry_view(repo, entry).hash(digest);
                rows(entry).iter().map(|(item, _)| board.digest_of(item)).collect::<Vec<_>>().hash(digest);
            }
        };
        let body = || {
            let entries: Vec<EntryView> = public_entries()
                .map(|entry| {
                    let mut view = entry_view(repo, entry);
                    if entry.cadence == Cadence::Staged {
                        view.matters = matter_views(rows(entry), t, |item, entry| board.meta(item, entry)).into();
                    } else {
                        view.items = rows(entry).iter().map(|(item, entry)| board.meta(item, entry)).collect::<Vec<_>>().into();
                    }
                    view
                })
                .collect();
            Ok(to_value(CategoryBody {
                category: CatalogueCategory {
                    code: category.code.clone(),
                    slug: slug(&category.code),
                    title: category.title.clone(),
                    entries: Vec::new(),
                },
                entries,
            }))
        };
        board.emit_lazy(
            &category_href(&category.code),
            "category.html",
            &board.site_plain,
            head("../", "", category.title.clone()),
            &shape,
            &body,
        )?;
    }

    // The catalogue: every public entry, with the leading group's approval.
    let categories: Vec<CatalogueCategory> = repo
        .catalogue
        .categories
        .iter()
        .map(|category| CatalogueCategory {
            code: category.code.clone(),
            slug: slug(&category.code),
            title: category.title.clone(),
            entries: category
                .entries
                .iter()
                .filter(|entry| entry.scope == Scope::Public)
                .map(|entry| entry_view(repo, entry))
                .collect(),
        })
        .collect();
    let approval = repo.config.approval().filter(|_| repo.catalogue_in_force()).map(|approval| ApprovalView {
        on: locale::date(locale, approval.approved_on),
        iso: approval.approved_on.to_string(),
        by: approval.approved_by.clone(),
    });
    board.emit(
        "catalogue.html",
        "catalogue.html",
        &board.site_plain,
        head("", "catalogue", t.catalogue.to_string()),
        &CatalogueBody { approval, categories },
    )?;

    // Answered public feedback: summary, channel, dates and answer only.
    let mut cases = public_cases(repo, as_of);
    cases.sort_by(|a, b| (b.public_answer(as_of).map(|r| r.on), &b.id).cmp(&(a.public_answer(as_of).map(|r| r.on), &a.id)));
    let cases: Vec<CaseView> = cases
        .iter()
        .filter_map(|case| {
            // The latest public answer given by then.
            let response = case.public_answer(as_of)?;
            Some(CaseView {
                slug: slug(&case.id),
                summary: case.summary.clone(),
                channel: locale::channel(locale, &case.channel),
                received_on: locale::date(locale, case.received_on),
                received_iso: case.received_on.to_string(),
                answered_on: locale::date(locale, response.on),
                answered_iso: response.on.to_string(),
                answer: paragraphs(&response.text),
            })
        })
        .collect();
    board.emit(
        "feedback.html",
        "feedback.html",
        &board.site_plain,
        head("", "feedback", t.feedback.to_string()),
        &FeedbackBody { cases },
    )?;

    // One archive page per year of publication, by category, oldest first.
    let mut by_year: BTreeMap<(i32, &str), Vec<(&Item, &Entry)>> = BTreeMap::new();
    for (item, entry) in board.newest.iter().rev() {
        if let Some(on) = item.published_on {
            by_year.entry((on.year(), entry.category.as_str())).or_default().push((item, entry));
        }
    }
    let quarters = print::quarters(&board.visible);
    for year in &board.years {
        let in_year = || {
            repo.catalogue
                .categories
                .iter()
                .filter_map(|category| Some((category, by_year.get(&(*year, category.code.as_str()))?)))
        };
        let shape = |digest: &mut Fingerprint| {
            year.hash(digest);
            for (category, items) in in_year() {
                (&category.code, &category.title).hash(digest);
                items.iter().map(|(item, _)| board.digest_of(item)).collect::<Vec<_>>().hash(digest);
            }
        };
        let body = || {
            let categories: Vec<ArchiveCategory> = in_year()
                .map(|(category, items)| ArchiveCategory {
                    code: category.code.clone(),
                    slug: slug(&category.code),
                    title: category.title.clone(),
                    items: items.iter().map(|(item, entry)| board.meta(item, entry)).collect::<Vec<_>>().into(),
                })
                .collect();
            let count = categories.iter().map(|c| c.items.len()).sum::<usize>();
            Ok(to_value(ArchiveBody {
                prints: print::links_of_year(repo, &quarters, *year),
                this_year: *year,
                count,
                categories,
            }))
        };
        let title = format!("{}{year}{}", t.archive_of_year_before, t.archive_of_year_after);
        board.emit_lazy(
            &format!("archive/{year}.html"),
            "archive.html",
            &board.site_plain,
            head("../", "archive", title),
            &shape,
            &body,
        )?;
    }

    // The search page (its index is built with the item pages).
    board.emit(
        "search.html",
        "search.html",
        &board.site_plain,
        head("", "search", t.search.to_string()),
        &SearchPage {},
    )?;
    Ok(())
}

fn entry_view(repo: &Repo, entry: &Entry) -> EntryView {
    let locale = repo.config.locale;
    EntryView {
        id: entry.id.clone(),
        slug: slug(&entry.id),
        title: entry.title.clone(),
        cadence: locale::cadence(locale, entry.cadence),
        deadline_rule: locale::deadline_rule(locale, entry.cadence, entry.limit, entry.review_months),
        owner: entry.owner.clone(),
        since: entry.since.map(|on| locale::date(locale, on)),
        until: entry.until.map(|on| locale::date(locale, on)),
        items: LazyList::default(),
        matters: LazyList::default(),
    }
}
