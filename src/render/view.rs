//! What templates see: plain, serialisable views of items, entries and the organisation,
//! with dates and labels already in the locale's words. Building the views is the one
//! place where model values become page text.

use std::collections::BTreeMap;

use anyhow::Context as _;
use chrono::NaiveDate;
use serde::Serialize;

use super::locale;
use super::markdown;
use crate::load::item::ItemFile;
use crate::model::repo::item_scope;
use crate::model::{Entry, Item, Repo};
use crate::obligations::notice::notice_of;

/// A file-name-safe form of an id or code: ASCII letters, digits, `.`, `-` and `_` stay;
/// anything else becomes `_`.
pub fn slug(text: &str) -> String {
    let slug: String = text
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '_' })
        .collect();
    if slug.is_empty() || slug.starts_with('.') {
        format!("_{slug}")
    } else {
        slug
    }
}

/// The page of a category, relative to the site root.
pub fn category_href(code: &str) -> String {
    format!("categories/{}.html", slug(code))
}

/// The page of an item, relative to the site root.
pub fn item_href(id: &str) -> String {
    format!("items/{}.html", slug(id))
}

/// A link to another item.
#[derive(Debug, Clone, Hash, Serialize)]
pub struct LinkView {
    /// Its title.
    pub title: String,
    /// Its page, relative to the site root.
    pub href: String,
}

/// One item as pages show it.
#[derive(Debug, Clone, Hash, Serialize)]
pub struct ItemView {
    /// The id.
    pub id: String,
    /// The title.
    pub title: String,
    /// Its page, relative to the site root.
    pub href: String,
    /// The category's code.
    pub category_code: String,
    /// The category's title.
    pub category_title: String,
    /// The category page.
    pub category_href: String,
    /// The entry's id.
    pub entry_id: String,
    /// The entry's title.
    pub entry_title: String,
    /// The entry's cadence in words.
    pub cadence: String,
    /// The scope in force, in words.
    pub scope: String,
    /// `公开期间` or `事项发生日期`.
    pub when_label: String,
    /// The period or the event date, in words.
    pub when: Option<String>,
    /// Staged: the matter.
    pub matter: Option<String>,
    /// Staged: the stage.
    pub stage: Option<String>,
    /// Staged: the last stage.
    pub final_stage: bool,
    /// 审批 date, in words.
    pub approved_on: Option<String>,
    /// Publication date, in words.
    pub published_on: String,
    /// Publication date, `2026-04-02`.
    pub published_iso: String,
    /// The body as HTML (already safe: escaped and sanitised by [`markdown::to_html`]).
    pub body_html: String,
    /// The body as Markdown, headings moved under the bulletin's (bulletin only).
    pub body_md: String,
    /// The newer item that replaces this one, if shown.
    pub superseded_by: Option<LinkView>,
    /// The older item this one replaces, if shown.
    pub replaces: Option<LinkView>,
    /// The corrections (更正) recorded after publication, oldest first.
    pub corrections: Vec<CorrectionView>,
    /// The Atom id.
    pub tag: String,
    /// 公示 items: the notice period.
    pub notice: Option<NoticeView>,
}

/// A notice's period as pages show it.
#[derive(Debug, Clone, Hash, Serialize)]
pub struct NoticeView {
    /// `2026年9月30日 至 2026年10月13日`.
    pub text: String,
    /// The first day, `2026-09-30`.
    pub from_iso: String,
    /// The last day, `2026-10-13`.
    pub to_iso: String,
    /// True when the page is built on a day the notice runs (set by
    /// [`ItemView::mark_notice_running`]).
    pub running: bool,
    #[serde(skip)]
    from: NaiveDate,
    #[serde(skip)]
    to: NaiveDate,
}

impl ItemView {
    /// Marks the notice as running (公示中) when `as_of` lies within its period.
    pub fn mark_notice_running(&mut self, as_of: NaiveDate) {
        if let Some(notice) = self.notice.as_mut() {
            notice.running = notice.from <= as_of && as_of <= notice.to;
        }
    }
}

/// A correction (更正) as pages show it.
#[derive(Debug, Clone, Hash, Serialize)]
pub struct CorrectionView {
    /// The day, in words.
    pub on: String,
    /// The day, `2026-04-02`.
    pub on_iso: String,
    /// Who made it.
    pub by: String,
    /// Why.
    pub reason: String,
}

/// The views of an item's corrections.
pub fn correction_views(repo: &Repo, item: &Item) -> Vec<CorrectionView> {
    item.record
        .corrections()
        .iter()
        .map(|c| CorrectionView {
            on: locale::date(repo.config.locale, c.on),
            on_iso: c.on.to_string(),
            by: c.by.to_string(),
            reason: c.reason.clone(),
        })
        .collect()
}

/// How headings and Markdown are prepared for an item view.
#[derive(Debug, Clone, Copy)]
pub struct BodyStyle {
    /// The HTML level of the body's highest heading.
    pub html_heading: u8,
    /// The Markdown level of the body's highest heading, when a Markdown body is wanted.
    pub markdown_heading: Option<u8>,
}

/// Builds the view of a published item of a known entry, with its body. `visible` says
/// which other items may be linked (superseding and superseded ones).
pub fn item_view(
    repo: &Repo,
    item: &Item,
    entry: &Entry,
    style: BodyStyle,
    visible: &BTreeMap<&str, &Item>,
    replaced_by: &BTreeMap<&str, &Item>,
) -> anyhow::Result<ItemView> {
    let mut view = item_meta(repo, item, entry, visible, replaced_by);
    add_body(&mut view, item, style)?;
    Ok(view)
}

/// Reads the item's body back and puts it into its view, as HTML and (when `style`
/// asks for it) as Markdown.
pub fn add_body(view: &mut ItemView, item: &Item, style: BodyStyle) -> anyhow::Result<()> {
    add_body_resolving(view, item, style, &|_, _| None)
}

/// An item's body read from its file and rendered to HTML in `style`, with its
/// references resolved by `resolve`.
pub fn body_html(item: &Item, style: BodyStyle, resolve: &markdown::Resolve<'_>) -> anyhow::Result<String> {
    let body = item.body_text().with_context(|| crate::t!("store-could-not-read", path = item.file.as_str()))?;
    Ok(markdown::to_html_resolving(&body, style.html_heading, resolve))
}

/// [`add_body`], with the body's attachment references resolved by `resolve`.
pub fn add_body_resolving(view: &mut ItemView, item: &Item, style: BodyStyle, resolve: &markdown::Resolve<'_>) -> anyhow::Result<()> {
    let body = item.body_text().with_context(|| crate::t!("store-could-not-read", path = item.file.as_str()))?;
    view.body_html = markdown::to_html_resolving(&body, style.html_heading, resolve);
    view.body_md = style
        .markdown_heading
        .map(|level| markdown::shift_markdown_headings(body.trim(), level))
        .unwrap_or_default();
    Ok(())
}

/// The view of a published item of a known entry without its body (which stays on
/// disk): what lists of items show, and every input of an item page but the body.
pub fn item_meta(repo: &Repo, item: &Item, entry: &Entry, visible: &BTreeMap<&str, &Item>, replaced_by: &BTreeMap<&str, &Item>) -> ItemView {
    let locale = repo.config.locale;
    let labels = locale::labels(locale);
    let category = repo.catalogue.category(&entry.category);
    let published = item.published_on.unwrap_or(NaiveDate::MIN);
    let (when_label, when) = if let Some(period) = item.period {
        (labels.period, Some(locale::period(locale, period)))
    } else if let Some(event) = item.event {
        (labels.event, Some(locale::date(locale, event)))
    } else {
        (labels.period, None)
    };
    let link = |other: &Item| LinkView {
        title: other.title.clone(),
        href: item_href(&other.id),
    };
    ItemView {
        id: item.id.to_string(),
        title: item.title.clone(),
        href: item_href(&item.id),
        category_code: entry.category.clone(),
        category_title: category.map(|c| c.title.clone()).unwrap_or_default(),
        category_href: category_href(&entry.category),
        entry_id: entry.id.clone(),
        entry_title: entry.title.clone(),
        cadence: locale::cadence(locale, entry.cadence),
        // The entry is the item's own, so this is `Repo::scope_of` without the lookup.
        scope: locale::scope(locale, item_scope(item, Some(entry))).to_string(),
        when_label: when_label.to_string(),
        when,
        matter: item.matter.as_ref().map(ToString::to_string),
        stage: item.stage.as_ref().map(ToString::to_string),
        final_stage: item.final_stage,
        approved_on: item.approved.as_ref().map(|signature| locale::date(locale, signature.on)),
        published_on: locale::date(locale, published),
        published_iso: published.to_string(),
        body_html: String::new(),
        body_md: String::new(),
        superseded_by: replaced_by
            .get(item.id.as_str())
            .filter(|newer| visible.contains_key(newer.id.as_str()))
            .map(|newer| link(newer)),
        replaces: item.supersedes().and_then(|old| visible.get(old)).map(|old| link(old)),
        corrections: correction_views(repo, item),
        tag: String::new(),
        notice: notice_of(repo, item).map(|notice| NoticeView {
            text: locale::notice_period(locale, notice.from, notice.to()),
            from_iso: notice.from.to_string(),
            to_iso: notice.to().to_string(),
            running: false,
            from: notice.from,
            to: notice.to(),
        }),
    }
}

/// Newest first: by publication date, then id, both descending.
pub fn newest_first(items: &mut [&Item]) {
    items.sort_by(|a, b| (b.published_on, &b.id).cmp(&(a.published_on, &a.id)));
}

/// Items replaced by a published item, keyed by the replaced id.
pub fn replaced_by<'a>(items: &[&'a Item]) -> BTreeMap<&'a str, &'a Item> {
    let mut map: BTreeMap<&str, &Item> = BTreeMap::new();
    for item in items {
        if let Some(old) = item.supersedes() {
            // The earliest replacement wins, so the result does not depend on order.
            let slot = map.entry(old).or_insert(item);
            if (item.published_on, &item.id) < (slot.published_on, &slot.id) {
                *slot = item;
            }
        }
    }
    map
}

/// Splits plain text into paragraphs at blank lines (lines inside a paragraph are joined).
pub fn paragraphs(text: &str) -> Vec<String> {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(|block| {
            let mut joined = String::new();
            for line in block.lines().map(str::trim).filter(|line| !line.is_empty()) {
                // Chinese text runs on without spaces; other text gets one between lines.
                if joined.chars().next_back().is_some_and(|c| c.is_ascii()) && line.chars().next().is_some_and(|c| c.is_ascii()) {
                    joined.push(' ');
                }
                joined.push_str(line);
            }
            joined
        })
        .filter(|block| !block.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_file_safe() {
        assert_eq!(slug("2026-Q1-3.5"), "2026-Q1-3.5");
        assert_eq!(slug("../x"), "_.._x");
        assert_eq!(slug("党"), "_");
        assert_eq!(slug(""), "_");
    }

    #[test]
    fn paragraphs_split_at_blank_lines() {
        assert_eq!(paragraphs("一\n二\n\n三\n"), vec!["一二".to_string(), "三".to_string()]);
        assert_eq!(paragraphs("one\ntwo"), vec!["one two".to_string()]);
    }
}
