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

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hash::Hash;
use std::sync::{Mutex, PoisonError};

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use sha2::{Digest, Sha256};

use minijinja::{context, Value};
use rayon::prelude::*;

use super::templates::to_value;

use super::attachments::{board_files, emit as emit_files, mix, resolver, LinkedFile};
use super::locale;
use super::matters::matter_views;
use super::page::{head, Fingerprint, Head};
use super::search::{self, SearchPage};
use super::templates::Templates;
use super::view::{add_body_resolving as add_body, category_href, item_href, item_meta, paragraphs, replaced_by, slug, BodyStyle, ItemView};
use super::{print, qr, OutputFile};
use crate::model::repo::item_scope;
use crate::model::{Cadence, Case, Entry, Item, Repo, Scope};
use crate::obligations::Obligation;

mod pages;

use pages::{
    ApprovalView, ArchiveBody, ArchiveCategory, CaseView, CatalogueBody, CatalogueCategory, CategoryBody, CategoryCard, EntryView, FeedBody, FeedbackBody,
    IndexBody, ItemBody, SiteView, YearLink,
};

/// How many of a category's latest items the index shows.
const LATEST_PER_CATEGORY: usize = 3;

/// How many of the latest items the Atom feed carries, with their bodies (a feed reader
/// only needs what is new; the board keeps every item).
pub const FEED_ITEMS: usize = 50;

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

/// A stable hash of the organisation's name, for Atom ids.
fn org_tag(repo: &Repo) -> String {
    crate::hex::hex(&Sha256::digest(repo.config.name.as_bytes())[..6])
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

/// The HTML headings of an item's body on its page and in the feed.
const BOARD_BODY: BodyStyle = BodyStyle {
    html_heading: 2,
    markdown_heading: None,
};

/// The inputs of an item page but its own, fixed for one board: the program, the
/// templates and the organisation as item pages show it.
fn site_digest(templates: &Templates, site: &SiteView) -> Fingerprint {
    let mut digest = Fingerprint(Sha256::new());
    ("disclose item page", env!("CARGO_PKG_VERSION"), templates.digest(), site).hash(&mut digest);
    digest
}

/// The fingerprint of an item page: everything it shows (the digest of its view without
/// the body, and the body's hash) on top of the board's [`site_digest`].
fn item_fingerprint(site: &Fingerprint, view_digest: [u8; 16], body_hash: u64) -> String {
    let mut digest = site.clone();
    (view_digest, body_hash).hash(&mut digest);
    digest.finish_hex()
}

/// The digest of everything an item's view holds (see [`item_fingerprint`]).
fn view_digest(view: &ItemView) -> [u8; 16] {
    let mut digest = Fingerprint(Sha256::new());
    view.hash(&mut digest);
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest.0.finalize()[..16]);
    bytes
}

/// The inputs every list page shares, fixed for one board: the program and the
/// templates (each list page hashes its own values on top, in [`build_board_into`]).
fn list_digest(templates: &Templates) -> Fingerprint {
    let mut digest = Fingerprint(Sha256::new());
    ("disclose list page", env!("CARGO_PKG_VERSION"), templates.digest()).hash(&mut digest);
    digest
}

/// A list page's own values: hashed into its fingerprint, and given to its template.
trait ListBody {
    fn hash_into(&self, digest: &mut Fingerprint);
    fn value(&self) -> Value;
}

impl<T: Hash + Serialize> ListBody for T {
    fn hash_into(&self, digest: &mut Fingerprint) {
        self.hash(digest);
    }

    fn value(&self) -> Value {
        to_value(self)
    }
}

/// The footer for the items shown: review and approval are stated where disclose.toml
/// requires them or every item shown has them recorded.
fn board_footer(repo: &Repo, t: &locale::Labels, visible: &[(&Item, &Entry)]) -> &'static str {
    let all = |signed: fn(&Item) -> bool| !visible.is_empty() && visible.iter().all(|(item, _)| signed(item));
    let reviewed = repo.config.require_review || all(|item| item.reviewed.is_some());
    let approved = repo.config.require_approval || all(|item| item.approved.is_some());
    locale::footer(t, reviewed, approved)
}

/// The organisation as one kind of page shows it: the view (hashed into fingerprints)
/// and the same as a template value.
struct Site<'a> {
    view: &'a SiteView,
    value: Value,
}

/// Builds every file of the board for `as_of` and hands each to `sink` as soon as it is
/// built. Item pages are built in parallel, one at a time per thread (the body is read,
/// rendered, handed over and dropped); an item page whose inputs are unchanged
/// ([`PageSink::keep`]) is not built at all. List pages hold only the items' titles,
/// dates and links, and are fingerprinted too: one whose values are unchanged is kept
/// without being rendered. Only the index (and the feed) shows the date of the latest
/// publication, so that an item page changes only when its own inputs do. The Atom feed
/// carries the latest [`FEED_ITEMS`] items.
pub fn build_board_into(repo: &Repo, as_of: NaiveDate, templates: &Templates, sink: &dyn PageSink) -> Result<()> {
    let locale = repo.config.locale;
    let t = locale::labels(locale);
    let visible = public_items(repo, as_of);
    let visible_map: BTreeMap<&str, &Item> = visible.iter().map(|(item, _)| (item.id.as_str(), *item)).collect();
    let visible_items: Vec<&Item> = visible.iter().map(|(item, _)| *item).collect();
    let replacements = replaced_by(&visible_items);
    drop(visible_items);
    let org = org_tag(repo);
    let meta = |item: &Item, entry: &Entry| {
        let mut view = item_meta(repo, item, entry, &visible_map, &replacements);
        view.tag = format!("tag:disclose,2017:{org}/items/{}", item.id);
        view.mark_notice_running(as_of);
        view
    };
    // Each public item's view, hashed once: item pages and the long lists (category and
    // archive pages) are fingerprinted from these, so a view is built again only for a
    // page that is rendered.
    // Their referenced files, read and hashed once (see `render::attachments`).
    let files: HashMap<&str, Vec<LinkedFile>> = visible
        .par_iter()
        .map(|(item, _)| Ok((item.id.as_str(), board_files(repo, item)?)))
        .collect::<Result<_>>()?;
    let no_files = Vec::new();
    let files_of = |item: &Item| files.get(item.id.as_str()).unwrap_or(&no_files);
    let digests: HashMap<&str, [u8; 16]> = visible
        .par_iter()
        .map(|(item, entry)| (item.id.as_str(), mix(view_digest(&meta(item, entry)), files_of(item))))
        .collect();
    let digest_of = |item: &Item| digests.get(item.id.as_str()).copied().unwrap_or_default();
    let mut newest: Vec<(&Item, &Entry)> = visible.clone();
    newest.sort_by(|(a, _), (b, _)| (b.published_on, &b.id).cmp(&(a.published_on, &a.id)));

    let years: BTreeSet<i32> = visible.iter().filter_map(|(item, _)| item.published_on.map(|on| on.year())).collect();
    let latest_publication = visible.iter().filter_map(|(item, _)| item.published_on).max();
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
        footer: board_footer(repo, t, &visible),
        updated: None,
        archive_years: years
            .iter()
            .rev()
            .map(|year| YearLink {
                year: *year,
                href: format!("archive/{year}.html"),
            })
            .collect(),
        base_url: config.base_url.clone(),
    };
    let site_fixed = site_digest(templates, &site);
    let site_dated_view = SiteView {
        updated: latest_publication.map(|on| locale::date(locale, on)),
        ..site.clone()
    };
    let site_plain = Site {
        view: &site,
        value: to_value(&site),
    };
    let site_dated = Site {
        view: &site_dated_view,
        value: to_value(&site_dated_view),
    };
    let labels = to_value(t);
    let lists_fixed = list_digest(templates);
    // Every page gets the labels `t`, the organisation `site`, the way back to the site
    // root `root`, the navigation key `nav` and its title, then its own values.
    let render = |template: &str, site: &Value, head: Head, body: Value| -> Result<String> {
        let Head { root, nav, title: page_title } = head;
        let context = context! { t => labels.clone(), site => site.clone(), root, nav, page_title, ..body };
        templates.render(template, context)
    };
    // A list page is fingerprinted like an item page (the labels follow from the
    // locale, which the site view holds): with the same inputs and the page in place,
    // it is kept without being rendered.
    // A long list hashes its own values with its items' digests (`shape`), and builds
    // its values (`body`) only when it is rendered.
    let emit_lazy = |path: &str, template: &str, site: &Site, head: Head, shape: &dyn Fn(&mut Fingerprint), body: &dyn Fn() -> Result<Value>| -> Result<()> {
        let mut digest = lists_fixed.clone();
        (template, site.view, &head).hash(&mut digest);
        shape(&mut digest);
        let fingerprint = digest.finish_hex();
        if sink.keep(path, &fingerprint) {
            return Ok(());
        }
        let text = render(template, &site.value, head, body()?)?;
        sink.put(path, text.as_bytes(), Some(&fingerprint))
    };
    let emit = |path: &str, template: &str, site: &Site, head: Head, body: &dyn ListBody| -> Result<()> {
        emit_lazy(path, template, site, head, &|digest| body.hash_into(digest), &|| Ok(body.value()))
    };

    // One page per public item, in parallel: read the body, render, hand over, drop.
    let item_pages = || -> Result<()> {
        visible.par_iter().try_for_each(|(item, entry)| {
            let path = item_href(&item.id);
            emit_files(repo, files_of(item), sink)?;
            let fingerprint = item_fingerprint(&site_fixed, digest_of(item), item.body_hash);
            if sink.keep(&path, &fingerprint) {
                return Ok(());
            }
            let mut view = meta(item, entry);
            add_body(&mut view, item, BOARD_BODY, &resolver(item, files_of(item), "../", locale, false))?;
            let address = config.base_url.as_deref().map(|base| qr::address(base, &path));
            let qr = address.as_deref().and_then(|address| qr::svg(address, t.qr_item));
            let body = to_value(ItemBody { item: &view, address, qr });
            let text = render("item.html", &site_plain.value, head("../", "", view.title.clone()), body)?;
            sink.put(&path, text.as_bytes(), Some(&fingerprint))
        })
    };

    let list_pages = || -> Result<()> {
        // Items by category and by entry, newest first.
        let mut by_category: BTreeMap<&str, Vec<(&Item, &Entry)>> = BTreeMap::new();
        let mut by_entry: BTreeMap<&str, Vec<(&Item, &Entry)>> = BTreeMap::new();
        for (item, entry) in &newest {
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
                        .filter(|(item, _)| !replacements.contains_key(item.id.as_str()))
                        .take(LATEST_PER_CATEGORY)
                        .map(|(item, entry)| meta(item, entry))
                        .collect(),
                }
            })
            .collect();
        let standing: Vec<ItemView> = newest
            .iter()
            .filter(|(item, entry)| entry.cadence == Cadence::Standing && !replacements.contains_key(item.id.as_str()))
            .map(|(item, entry)| meta(item, entry))
            .collect();
        emit(
            "index.html",
            "index.html",
            &site_dated,
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
                    rows(entry).iter().map(|(item, _)| digest_of(item)).collect::<Vec<_>>().hash(digest);
                }
            };
            let body = || {
                let entries: Vec<EntryView> = public_entries()
                    .map(|entry| {
                        let mut view = entry_view(repo, entry);
                        if entry.cadence == Cadence::Staged {
                            view.matters = matter_views(rows(entry), t, meta);
                        } else {
                            view.items = rows(entry).iter().map(|(item, entry)| meta(item, entry)).collect();
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
            emit_lazy(
                &category_href(&category.code),
                "category.html",
                &site_plain,
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
        let approval = config.approval().filter(|_| repo.catalogue_in_force()).map(|approval| ApprovalView {
            on: locale::date(locale, approval.approved_on),
            iso: approval.approved_on.to_string(),
            by: approval.approved_by.clone(),
        });
        emit(
            "catalogue.html",
            "catalogue.html",
            &site_plain,
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
        emit(
            "feedback.html",
            "feedback.html",
            &site_plain,
            head("", "feedback", t.feedback.to_string()),
            &FeedbackBody { cases },
        )?;

        // One archive page per year of publication, by category, oldest first.
        let mut by_year: BTreeMap<(i32, &str), Vec<(&Item, &Entry)>> = BTreeMap::new();
        for (item, entry) in newest.iter().rev() {
            if let Some(on) = item.published_on {
                by_year.entry((on.year(), entry.category.as_str())).or_default().push((item, entry));
            }
        }
        let quarters = print::quarters(&visible);
        for year in &years {
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
                    items.iter().map(|(item, _)| digest_of(item)).collect::<Vec<_>>().hash(digest);
                }
            };
            let body = || {
                let categories: Vec<ArchiveCategory> = in_year()
                    .map(|(category, items)| ArchiveCategory {
                        code: category.code.clone(),
                        slug: slug(&category.code),
                        title: category.title.clone(),
                        items: items.iter().map(|(item, entry)| meta(item, entry)).collect(),
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
            emit_lazy(
                &format!("archive/{year}.html"),
                "archive.html",
                &site_plain,
                head("../", "archive", title),
                &shape,
                &body,
            )?;
        }

        // The printable notices and the search page with its index.
        let emit_plain = |path: &str, template: &str, head: Head, shape: &dyn Fn(&mut Fingerprint), body: &dyn Fn() -> Result<Value>| {
            emit_lazy(path, template, &site_plain, head, shape, body)
        };
        print::emit_pages(repo, &visible, &meta, &digest_of, &emit_plain)?;
        emit(
            "search.html",
            "search.html",
            &site_plain,
            head("", "search", t.search.to_string()),
            &SearchPage {},
        )?;
        search::emit_index(sink, &visible, &meta, &digest_of)?;

        // The Atom feed: the latest items with their bodies, newest first, relative links.
        let updated = latest_publication
            .or_else(|| config.approval().map(|a| a.approved_on))
            .map_or_else(|| "1970-01-01T00:00:00Z".to_string(), |on| format!("{on}T00:00:00Z"));
        // Its items are hashed by their view digests and body hashes, so an unchanged
        // feed reads no body.
        let feed_id = format!("tag:disclose,2017:{org}");
        let latest = &newest[..newest.len().min(FEED_ITEMS)];
        let shape = |digest: &mut Fingerprint| {
            (&feed_id, &updated).hash(digest);
            latest
                .iter()
                .map(|(item, _)| (digest_of(item), item.body_hash))
                .collect::<Vec<_>>()
                .hash(digest);
        };
        let body = || {
            let items = latest
                .par_iter()
                .map(|(item, entry)| {
                    let mut view = meta(item, entry);
                    add_body(&mut view, item, BOARD_BODY, &resolver(item, files_of(item), "", locale, false))?;
                    Ok(view)
                })
                .collect::<Result<Vec<ItemView>>>()?;
            Ok(to_value(FeedBody {
                feed_id: feed_id.clone(),
                updated: updated.clone(),
                items,
            }))
        };
        emit_lazy("feed.xml", "feed.xml", &site_dated, head("", "home", String::new()), &shape, &body)?;

        // The stylesheet and the search engine.
        for asset in ["style.css", "search.js"] {
            sink.put(asset, templates.render(asset, minijinja::context! {})?.as_bytes(), None)?;
        }
        Ok(())
    };

    let (items, lists) = rayon::join(item_pages, list_pages);
    items.and(lists)
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
        matters: Vec::new(),
    }
}
