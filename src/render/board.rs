//! The public board (党务公开栏): static pages for `site_dir`. Index, one page per category,
//! one per item, the catalogue, answered public feedback, one archive page per year, an
//! Atom feed and the stylesheet. Relative links only, no JavaScript, nothing fetched.
//!
//! Privacy is decided here, once: an item appears only when it is published on the as-of
//! date and its scope in force (`Repo::scope_of`) is public; an entry only when its scope
//! is public; a feedback case only when `Case::is_public`, and then only its summary,
//! channel, dates and answer (never the name, the contact or the opinion as received).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use sha2::{Digest, Sha256};

use minijinja::{context, Value};

use super::templates::to_value;

use super::locale;
use super::templates::Templates;
use super::view::{category_href, item_href, item_view, newest_first, paragraphs, replaced_by, slug, BodyStyle, ItemView};
use super::OutputFile;
use crate::model::{Case, Entry, Item, Repo, Scope};
use crate::obligations::Obligation;

/// How many of a category's latest items the index shows.
const LATEST_PER_CATEGORY: usize = 3;

/// The organisation and the board-wide facts every page shows.
#[derive(Debug, Clone, Serialize)]
struct SiteView {
    lang: &'static str,
    name: String,
    full_name: String,
    address: Option<String>,
    hotline: Option<String>,
    suggestion_box: Option<String>,
    reception_day: Option<String>,
    channels: Vec<String>,
    working_days: u32,
    updated: Option<String>,
    archive_years: Vec<YearLink>,
}

#[derive(Debug, Clone, Serialize)]
struct YearLink {
    year: i32,
    href: String,
}

#[derive(Serialize)]
struct CategoryCard {
    code: String,
    slug: String,
    title: String,
    href: String,
    count: usize,
    latest: Vec<ItemView>,
}

#[derive(Serialize)]
struct EntryView {
    id: String,
    slug: String,
    title: String,
    cadence: String,
    deadline_rule: String,
    owner: String,
    since: Option<String>,
    until: Option<String>,
    items: Vec<ItemView>,
}

#[derive(Serialize)]
struct CatalogueCategory {
    code: String,
    slug: String,
    title: String,
    entries: Vec<EntryView>,
}

#[derive(Serialize)]
struct ApprovalView {
    on: String,
    iso: String,
    by: String,
}

#[derive(Serialize)]
struct CaseView {
    slug: String,
    summary: String,
    channel: String,
    received_on: String,
    received_iso: String,
    answered_on: String,
    answered_iso: String,
    answer: Vec<String>,
}

#[derive(Serialize)]
struct ArchiveCategory {
    code: String,
    slug: String,
    title: String,
    items: Vec<ItemView>,
}

#[derive(Serialize)]
struct IndexBody {
    categories: Vec<CategoryCard>,
    standing: Vec<ItemView>,
}

#[derive(Serialize)]
struct CategoryBody {
    category: CatalogueCategory,
    entries: Vec<EntryView>,
}

#[derive(Serialize)]
struct ItemBody<'a> {
    item: &'a ItemView,
}

#[derive(Serialize)]
struct CatalogueBody {
    approval: Option<ApprovalView>,
    categories: Vec<CatalogueCategory>,
}

#[derive(Serialize)]
struct FeedbackBody {
    cases: Vec<CaseView>,
}

#[derive(Serialize)]
struct ArchiveBody {
    this_year: i32,
    count: usize,
    categories: Vec<ArchiveCategory>,
}

#[derive(Serialize)]
struct FeedBody {
    feed_id: String,
    updated: String,
    items: Vec<ItemView>,
}

/// The items the public may see on `as_of`: published, of a known entry, public in force.
pub fn public_items(repo: &Repo, as_of: NaiveDate) -> Vec<(&Item, &Entry)> {
    repo.items
        .iter()
        .filter(|item| item.is_published(as_of) && repo.scope_of(item) == Scope::Public)
        .filter_map(|item| repo.entry_of(item).filter(|entry| entry.scope == Scope::Public).map(|entry| (item, entry)))
        .collect()
}

/// The feedback cases the public may see on `as_of`: answered publicly by then.
pub fn public_cases(repo: &Repo, as_of: NaiveDate) -> Vec<&Case> {
    repo.cases
        .iter()
        .filter(|case| case.is_public() && case.received_on <= as_of && case.response.as_ref().is_some_and(|r| r.on <= as_of))
        .collect()
}

/// A stable hash of the organisation's name, for Atom ids.
fn org_tag(repo: &Repo) -> String {
    let digest = Sha256::digest(repo.config.name.as_bytes());
    digest.iter().take(6).fold(String::new(), |mut hex, byte| {
        let _ = write!(hex, "{byte:02x}");
        hex
    })
}

/// Builds every file of the board for `as_of`, with the repository's templates.
pub fn build_board(repo: &Repo, obligations: &[Obligation], as_of: NaiveDate) -> Result<Vec<OutputFile>> {
    let templates = Templates::load(&repo.root)?;
    build_board_with(repo, obligations, as_of, &templates)
}

/// Builds the board with the given templates. `_obligations` is accepted so that the
/// board and the bulletin are built from the same list; the board shows no obligations.
pub fn build_board_with(repo: &Repo, _obligations: &[Obligation], as_of: NaiveDate, templates: &Templates) -> Result<Vec<OutputFile>> {
    let locale = repo.config.locale;
    let t = locale::labels(locale);
    let visible = public_items(repo, as_of);
    let visible_map: BTreeMap<&str, &Item> = visible.iter().map(|(item, _)| (item.id.as_str(), *item)).collect();
    let visible_items: Vec<&Item> = visible.iter().map(|(item, _)| *item).collect();
    let replacements = replaced_by(&visible_items);
    let org = org_tag(repo);
    let view_of = |item: &Item, entry: &Entry| {
        let mut view = item_view(
            repo,
            item,
            entry,
            BodyStyle {
                html_heading: 2,
                markdown_heading: None,
            },
            &visible_map,
            &replacements,
        )?;
        view.tag = format!("tag:disclose,2017:{org}/items/{}", item.id);
        Ok::<ItemView, anyhow::Error>(view)
    };
    let views: BTreeMap<&str, ItemView> = visible
        .iter()
        .map(|(item, entry)| Ok((item.id.as_str(), view_of(item, entry)?)))
        .collect::<Result<_>>()?;
    let mut newest: Vec<&Item> = visible_items.clone();
    newest_first(&mut newest);

    let years: BTreeSet<i32> = visible_items.iter().filter_map(|item| item.published_on.map(|on| on.year())).collect();
    let latest_publication = visible_items.iter().filter_map(|item| item.published_on).max();
    let config = &repo.config;
    let site = SiteView {
        lang: locale.tag(),
        name: config.display_name().to_string(),
        full_name: config.name.clone(),
        address: config.address.clone(),
        hotline: config.hotline.clone(),
        suggestion_box: config.suggestion_box.clone(),
        reception_day: config.reception_day.clone(),
        channels: config.channels.iter().map(|channel| locale::channel(locale, channel)).collect(),
        working_days: config.working_days,
        updated: latest_publication.map(|on| locale::date(locale, on)),
        archive_years: years
            .iter()
            .rev()
            .map(|year| YearLink {
                year: *year,
                href: format!("archive/{year}.html"),
            })
            .collect(),
    };
    let page = |root: &'static str, nav: &'static str, page_title: String| (root, nav, page_title);
    let mut files = Vec::new();
    let site_value = to_value(&site);
    let labels = to_value(t);
    // Every page gets the labels `t`, the organisation `site`, the way back to the site
    // root `root`, the navigation key `nav` and its title, then its own values.
    let mut emit = |path: String, template: &str, (root, nav, page_title): (&'static str, &'static str, String), body: Value| -> Result<()> {
        let context = context! { t => labels.clone(), site => site_value.clone(), root, nav, page_title, ..body };
        let text = templates.render(template, context)?;
        files.push(OutputFile {
            path,
            contents: text.into_bytes(),
        });
        Ok(())
    };

    // The index: categories with their latest items, standing items, how to give feedback.
    let cards: Vec<CategoryCard> = repo
        .catalogue
        .categories
        .iter()
        .map(|category| {
            let in_category: Vec<&Item> = newest
                .iter()
                .copied()
                .filter(|item| repo.entry_of(item).is_some_and(|e| e.category == category.code))
                .collect();
            CategoryCard {
                code: category.code.clone(),
                slug: slug(&category.code),
                title: category.title.clone(),
                href: category_href(&category.code),
                count: in_category.len(),
                latest: in_category
                    .iter()
                    .filter(|item| !replacements.contains_key(item.id.as_str()))
                    .take(LATEST_PER_CATEGORY)
                    .filter_map(|item| views.get(item.id.as_str()).cloned())
                    .collect(),
            }
        })
        .collect();
    let standing: Vec<ItemView> = newest
        .iter()
        .filter(|item| repo.entry_of(item).is_some_and(|e| e.cadence == crate::model::Cadence::Standing))
        .filter(|item| !replacements.contains_key(item.id.as_str()))
        .filter_map(|item| views.get(item.id.as_str()).cloned())
        .collect();
    emit(
        "index.html".into(),
        "index.html",
        page("", "home", t.home.to_string()),
        to_value(IndexBody { categories: cards, standing }),
    )?;

    // One page per category: its public entries, each with its items newest first.
    for category in &repo.catalogue.categories {
        let entries: Vec<EntryView> = category
            .entries
            .iter()
            .filter(|entry| entry.scope == Scope::Public)
            .map(|entry| {
                let mut view = entry_view(repo, entry);
                view.items = newest
                    .iter()
                    .filter(|item| item.entry == entry.id)
                    .filter_map(|item| views.get(item.id.as_str()).cloned())
                    .collect();
                view
            })
            .collect();
        let body = CategoryBody {
            category: CatalogueCategory {
                code: category.code.clone(),
                slug: slug(&category.code),
                title: category.title.clone(),
                entries: Vec::new(),
            },
            entries,
        };
        emit(
            category_href(&category.code),
            "category.html",
            page("../", "", category.title.clone()),
            to_value(body),
        )?;
    }

    // One page per public item.
    for (id, view) in &views {
        emit(
            item_href(id),
            "item.html",
            page("../", "", view.title.clone()),
            to_value(ItemBody { item: view }),
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
    let approval = config.approval.as_ref().filter(|_| repo.catalogue_in_force()).map(|approval| ApprovalView {
        on: locale::date(locale, approval.approved_on),
        iso: approval.approved_on.to_string(),
        by: approval.approved_by.clone(),
    });
    emit(
        "catalogue.html".into(),
        "catalogue.html",
        page("", "catalogue", t.catalogue.to_string()),
        to_value(CatalogueBody { approval, categories }),
    )?;

    // Answered public feedback: summary, channel, dates and answer only.
    let mut cases = public_cases(repo, as_of);
    cases.sort_by(|a, b| (b.response.as_ref().map(|r| r.on), &b.id).cmp(&(a.response.as_ref().map(|r| r.on), &a.id)));
    let cases: Vec<CaseView> = cases
        .iter()
        .filter_map(|case| {
            let response = case.response.as_ref()?;
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
    emit(
        "feedback.html".into(),
        "feedback.html",
        page("", "feedback", t.feedback.to_string()),
        to_value(FeedbackBody { cases }),
    )?;

    // One archive page per year of publication, by category.
    for year in &years {
        let categories: Vec<ArchiveCategory> = repo
            .catalogue
            .categories
            .iter()
            .filter_map(|category| {
                let mut items: Vec<&Item> = visible_items
                    .iter()
                    .copied()
                    .filter(|item| item.published_on.is_some_and(|on| on.year() == *year) && repo.entry_of(item).is_some_and(|e| e.category == category.code))
                    .collect();
                items.sort_by(|a, b| (a.published_on, &a.id).cmp(&(b.published_on, &b.id)));
                (!items.is_empty()).then(|| ArchiveCategory {
                    code: category.code.clone(),
                    slug: slug(&category.code),
                    title: category.title.clone(),
                    items: items.iter().filter_map(|item| views.get(item.id.as_str()).cloned()).collect(),
                })
            })
            .collect();
        let count = categories.iter().map(|c| c.items.len()).sum::<usize>();
        let title = format!("{}{year}{}", t.archive_of_year_before, t.archive_of_year_after);
        emit(
            format!("archive/{year}.html"),
            "archive.html",
            page("../", "archive", title),
            to_value(ArchiveBody {
                this_year: *year,
                count,
                categories,
            }),
        )?;
    }

    // The Atom feed: deterministic, newest first, relative links.
    let updated = latest_publication
        .or_else(|| config.approval.as_ref().map(|a| a.approved_on))
        .map_or_else(|| "1970-01-01T00:00:00Z".to_string(), |on| format!("{on}T00:00:00Z"));
    let items = newest.iter().filter_map(|item| views.get(item.id.as_str()).cloned()).collect();
    emit(
        "feed.xml".into(),
        "feed.xml",
        page("", "home", String::new()),
        to_value(FeedBody {
            feed_id: format!("tag:disclose,2017:{org}"),
            updated,
            items,
        }),
    )?;

    // The stylesheet.
    let css = templates.render("style.css", minijinja::context! {})?;
    files.push(OutputFile {
        path: "style.css".into(),
        contents: css.into_bytes(),
    });
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
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
        items: Vec::new(),
    }
}
