//! What every builder of one board shares: the public items with their views, files and
//! digests, the organisation as the pages show it, and the one way a page is rendered
//! and handed to the sink unless its fingerprint says it is already in place.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hash::Hash;

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use minijinja::{context, Value};
use rayon::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::pages::{SiteView, YearLink};
use super::{public_items, PageSink};
use crate::model::config::Locale;
use crate::model::{Entry, Item, Repo};
use crate::render::attachments::{board_files, mix, LinkedFile};
use crate::render::locale::{self, Labels};
use crate::render::page::{Fingerprint, Head};
use crate::render::templates::{to_value, Templates};
use crate::render::view::{item_meta, replaced_by, BodyStyle, ItemView};

/// The HTML headings of an item's body on its page and in the feed.
pub(super) const BOARD_BODY: BodyStyle = BodyStyle {
    html_heading: 2,
    markdown_heading: None,
};

/// The organisation as one kind of page shows it: the view (hashed into fingerprints)
/// and the same as a template value.
pub(super) struct Site {
    pub(super) view: SiteView,
    pub(super) value: Value,
}

impl Site {
    fn of(view: SiteView) -> Site {
        let value = to_value(&view);
        Site { view, value }
    }
}

/// A list page's own values: hashed into its fingerprint, and given to its template.
pub(super) trait ListBody {
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

/// One board being built for one date: its inputs, worked out once.
pub(super) struct Board<'a> {
    pub(super) repo: &'a Repo,
    pub(super) as_of: NaiveDate,
    pub(super) templates: &'a Templates,
    pub(super) sink: &'a dyn PageSink,
    pub(super) locale: Locale,
    /// The board's words, in the organisation's locale.
    pub(super) t: &'static Labels,
    /// The public items with their entries, in catalogue order.
    pub(super) visible: Vec<(&'a Item, &'a Entry)>,
    /// The same, newest publication first.
    pub(super) newest: Vec<(&'a Item, &'a Entry)>,
    visible_map: BTreeMap<&'a str, &'a Item>,
    /// Standing items replaced by a later one: the old id and its replacement.
    pub(super) replacements: BTreeMap<&'a str, &'a Item>,
    /// The organisation's tag in Atom ids.
    pub(super) org: String,
    files: HashMap<&'a str, Vec<LinkedFile>>,
    digests: HashMap<&'a str, [u8; 16]>,
    /// The years with a publication.
    pub(super) years: BTreeSet<i32>,
    pub(super) latest_publication: Option<NaiveDate>,
    /// What every item page's fingerprint starts from.
    pub(super) site_fixed: Fingerprint,
    /// The organisation as every page but the index and the feed shows it.
    pub(super) site_plain: Site,
    /// The same with the date of the latest publication (the index and the feed).
    pub(super) site_dated: Site,
    labels: Value,
    lists_fixed: Fingerprint,
}

impl<'a> Board<'a> {
    /// Works out the board's inputs: the public items, their referenced files (read and
    /// hashed once, see `render::attachments`) and the digests of their views, from which
    /// item pages and the long lists (category and archive pages) are fingerprinted, so a
    /// view is built again only for a page that is rendered.
    pub(super) fn new(repo: &'a Repo, as_of: NaiveDate, templates: &'a Templates, sink: &'a dyn PageSink) -> Result<Board<'a>> {
        let locale = repo.config.locale;
        let t = locale::labels(locale);
        let visible = public_items(repo, as_of);
        let visible_map: BTreeMap<&str, &Item> = visible.iter().map(|(item, _)| (item.id.as_str(), *item)).collect();
        let visible_items: Vec<&Item> = visible.iter().map(|(item, _)| *item).collect();
        let replacements = replaced_by(&visible_items);
        drop(visible_items);
        let files: HashMap<&str, Vec<LinkedFile>> = visible
            .par_iter()
            .map(|(item, _)| Ok((item.id.as_str(), board_files(repo, item)?)))
            .collect::<Result<_>>()?;
        let mut newest: Vec<(&Item, &Entry)> = visible.clone();
        newest.sort_by(|(a, _), (b, _)| (b.published_on, &b.id).cmp(&(a.published_on, &a.id)));
        let years: BTreeSet<i32> = visible.iter().filter_map(|(item, _)| item.published_on.map(|on| on.year())).collect();
        let latest_publication = visible.iter().filter_map(|(item, _)| item.published_on).max();
        let site = site_view(repo, t, &visible, &years);
        let site_fixed = site_digest(templates, &site);
        let site_dated = SiteView {
            updated: latest_publication.map(|on| locale::date(locale, on)),
            ..site.clone()
        };
        let mut board = Board {
            repo,
            as_of,
            templates,
            sink,
            locale,
            t,
            visible,
            newest,
            visible_map,
            replacements,
            org: org_tag(repo),
            files,
            digests: HashMap::new(),
            years,
            latest_publication,
            site_fixed,
            site_plain: Site::of(site),
            site_dated: Site::of(site_dated),
            labels: to_value(t),
            lists_fixed: list_digest(templates),
        };
        let digests = board
            .visible
            .par_iter()
            .map(|(item, entry)| (item.id.as_str(), mix(view_digest(&board.meta(item, entry)), board.files_of(item))))
            .collect();
        board.digests = digests;
        Ok(board)
    }

    /// An item's view without its body, as every page lists it.
    pub(super) fn meta(&self, item: &Item, entry: &Entry) -> ItemView {
        let mut view = item_meta(self.repo, item, entry, &self.visible_map, &self.replacements);
        view.tag = format!("tag:disclose,2017:{}/items/{}", self.org, item.id);
        view.mark_notice_running(self.as_of);
        view
    }

    /// The files an item's body refers to.
    pub(super) fn files_of(&self, item: &Item) -> &[LinkedFile] {
        self.files.get(item.id.as_str()).map_or(&[], Vec::as_slice)
    }

    /// The digest of an item's view and files.
    pub(super) fn digest_of(&self, item: &Item) -> [u8; 16] {
        self.digests.get(item.id.as_str()).copied().unwrap_or_default()
    }

    /// Renders a page: every page gets the labels `t`, the organisation `site`, the way
    /// back to the site root `root`, the navigation key `nav` and its title, then its
    /// own values.
    pub(super) fn render(&self, template: &str, site: &Value, head: Head, body: Value) -> Result<String> {
        let Head { root, nav, title: page_title } = head;
        let context = context! { t => self.labels.clone(), site => site.clone(), root, nav, page_title, ..body };
        self.templates.render(template, context)
    }

    /// Emits a list page, fingerprinted like an item page (the labels follow from the
    /// locale, which the site view holds): with the same inputs and the page in place, it
    /// is kept without being rendered. A long list hashes its own values with its items'
    /// digests (`shape`), and builds its values (`body`) only when it is rendered.
    pub(super) fn emit_lazy(
        &self,
        path: &str,
        template: &str,
        site: &Site,
        head: Head,
        shape: &dyn Fn(&mut Fingerprint),
        body: &dyn Fn() -> Result<Value>,
    ) -> Result<()> {
        let mut digest = self.lists_fixed.clone();
        (template, &site.view, &head).hash(&mut digest);
        shape(&mut digest);
        let fingerprint = digest.finish_hex();
        if self.sink.keep(path, &fingerprint) {
            return Ok(());
        }
        let text = self.render(template, &site.value, head, body()?)?;
        self.sink.put(path, text.as_bytes(), Some(&fingerprint))
    }

    /// Emits a list page whose values are small enough to build for its fingerprint.
    pub(super) fn emit(&self, path: &str, template: &str, site: &Site, head: Head, body: &dyn ListBody) -> Result<()> {
        self.emit_lazy(path, template, site, head, &|digest| body.hash_into(digest), &|| Ok(body.value()))
    }
}

/// The organisation and the board-wide facts, without the date of the latest publication.
fn site_view(repo: &Repo, t: &Labels, visible: &[(&Item, &Entry)], years: &BTreeSet<i32>) -> SiteView {
    let config = &repo.config;
    let locale = config.locale;
    SiteView {
        lang: locale.tag(),
        name: config.display_name().to_string(),
        full_name: config.name.clone(),
        address: config.address.clone(),
        hotline: config.hotline.clone(),
        suggestion_box: config.suggestion_box.clone(),
        reception_day: config.reception_day.clone(),
        channels: config.channels.iter().map(|channel| locale::channel(locale, channel)).collect(),
        working_days: config.working_days,
        footer: board_footer(repo, t, visible),
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
    }
}

/// A stable hash of the organisation's name, for Atom ids.
fn org_tag(repo: &Repo) -> String {
    crate::hex::hex(&Sha256::digest(repo.config.name.as_bytes())[..6])
}

/// The footer for the items shown: review and approval are stated where disclose.toml
/// requires them or every item shown has them recorded.
fn board_footer(repo: &Repo, t: &Labels, visible: &[(&Item, &Entry)]) -> &'static str {
    let all = |signed: fn(&Item) -> bool| !visible.is_empty() && visible.iter().all(|(item, _)| signed(item));
    let reviewed = repo.config.require_review || all(|item| item.reviewed.is_some());
    let approved = repo.config.require_approval || all(|item| item.approved.is_some());
    locale::footer(t, reviewed, approved)
}

/// The inputs of an item page but its own, fixed for one board: the program, the
/// templates and the organisation as item pages show it.
fn site_digest(templates: &Templates, site: &SiteView) -> Fingerprint {
    let mut digest = Fingerprint(Sha256::new());
    ("disclose item page", env!("CARGO_PKG_VERSION"), templates.digest(), site).hash(&mut digest);
    digest
}

/// The digest of everything an item's view holds (see `items::fingerprint`).
fn view_digest(view: &ItemView) -> [u8; 16] {
    let mut digest = Fingerprint(Sha256::new());
    view.hash(&mut digest);
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest.0.finalize()[..16]);
    bytes
}

/// The inputs every list page shares, fixed for one board: the program and the
/// templates (each list page hashes its own values on top, in [`Board::emit_lazy`]).
fn list_digest(templates: &Templates) -> Fingerprint {
    let mut digest = Fingerprint(Sha256::new());
    ("disclose list page", env!("CARGO_PKG_VERSION"), templates.digest()).hash(&mut digest);
    digest
}
