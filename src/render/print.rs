//! The printable notice (张贴版) of each quarter, `print/<quarter>.html`: the public
//! items published in the quarter, in the order of the catalogue (entry by entry, each
//! entry's items oldest first), each with its 落款 and, when `[publish] base_url` is set,
//! a QR code of its address on the online board (码上公开); the board's own QR code at the
//! foot. The page is laid out for A4 portrait; `print/<quarter>-a3.html` is the same
//! notice laid out for A3, for a larger board. It prints without the site's navigation.
//! The items are rendered once (`print-items.html`) and placed into both layouts.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hash::Hash;

use anyhow::Result;
use chrono::Datelike;
use minijinja::Value;
use serde::Serialize;

use super::locale;
use super::page::{built_once, head, EmitLazy, Fingerprint, RenderPart};
use super::qr;
use super::templates::{to_value, LazyList};
use super::view::{ItemView, LinkView};
use crate::model::{Entry, Item, Repo};
use crate::obligations::period::{Period, PeriodKind};

/// One item of the notice.
#[derive(Debug, Serialize)]
struct PrintItem {
    item: ItemView,
    address: Option<String>,
    qr: Option<String>,
}

#[derive(Serialize)]
struct PrintBody {
    quarter: String,
    a3: bool,
    a4_href: String,
    a3_href: String,
    /// The items, for a `print.html` of the repository's own that lists them itself.
    items: Value,
    /// The items as `print-items.html` renders them, the same for both layouts.
    items_html: Value,
    board_address: Option<String>,
    board_qr: Option<String>,
}

/// The page of a quarter's notice, relative to the site root.
pub fn href(quarter: Period, a3: bool) -> String {
    format!("print/{quarter}{}.html", if a3 { "-a3" } else { "" })
}

/// The quarter in which `item` was published, if it was.
fn quarter_of(item: &Item) -> Option<Period> {
    item.published_on.map(|on| Period::containing(PeriodKind::Quarter, on))
}

/// The quarters in which `items` were published.
pub fn quarters(items: &[(&Item, &Entry)]) -> BTreeSet<Period> {
    items.iter().filter_map(|(item, _)| quarter_of(item)).collect()
}

/// `items` grouped by the quarter of their publication, oldest quarter first (each
/// group in the order of `items`).
pub fn by_quarter<'a>(items: &[(&'a Item, &'a Entry)]) -> Vec<(Period, Vec<(&'a Item, &'a Entry)>)> {
    let mut groups: BTreeMap<Period, Vec<(&Item, &Entry)>> = BTreeMap::new();
    for (item, entry) in items {
        if let Some(quarter) = quarter_of(item) {
            groups.entry(quarter).or_default().push((item, entry));
        }
    }
    groups.into_iter().collect()
}

/// Links to the notices of `year`'s quarters, first quarter first.
pub fn links_of_year(repo: &Repo, quarters: &BTreeSet<Period>, year: i32) -> Vec<LinkView> {
    quarters
        .iter()
        .filter(|quarter| quarter.start().year() == year)
        .map(|quarter| LinkView {
            title: locale::period(repo.config.locale, *quarter),
            href: href(*quarter, false),
        })
        .collect()
}

/// How the notices reach the board: `emit` emits a page unless it is in place, `render`
/// renders the part both layouts share.
pub struct NoticeOut<'a> {
    /// Emits a page unless its inputs are unchanged.
    pub emit: &'a EmitLazy<'a>,
    /// Renders a part of a page.
    pub render: &'a RenderPart<'a>,
}

/// Emits the A4 and the A3 notice of `quarter` through `out`, unless their inputs are
/// unchanged: `in_quarter` are the public items published in it, `meta` gives an item's
/// view without body, `digest_of` its digest, and `body_html` its body as its item page
/// shows it (headings from `<h2>`, files resolved from a page one folder deep, as
/// `print/` is); the notice moves the headings one level down, under each item's `<h2>`.
pub fn emit_quarter<'b>(
    repo: &Repo,
    quarter: Period,
    in_quarter: &[(&Item, &Entry)],
    meta: &dyn Fn(&Item, &Entry) -> ItemView,
    digest_of: &dyn Fn(&Item) -> [u8; 16],
    body_html: &dyn Fn(&Item) -> Result<Cow<'b, str>>,
    out: &NoticeOut<'_>,
) -> Result<()> {
    let locale = repo.config.locale;
    let t = locale::labels(locale);
    let base_url = repo.config.base_url.as_deref();
    let order: HashMap<&str, usize> = repo
        .catalogue
        .categories
        .iter()
        .flat_map(|category| &category.entries)
        .enumerate()
        .map(|(index, entry)| (entry.id.as_str(), index))
        .collect();
    let mut in_quarter: Vec<(&Item, &Entry)> = in_quarter.to_vec();
    in_quarter.sort_by_key(|(item, entry)| (order.get(entry.id.as_str()).copied().unwrap_or(usize::MAX), item.published_on, item.id.as_str()));
    let shape = |digest: &mut Fingerprint| {
        ("print", quarter, base_url).hash(digest);
        in_quarter
            .iter()
            .map(|(item, _)| (digest_of(item), item.body_hash))
            .collect::<Vec<_>>()
            .hash(digest);
    };
    // The items with their bodies, built once for both layouts (and only when one of
    // them is rendered).
    let built: OnceCell<Value> = OnceCell::new();
    let items = || -> Result<Value> {
        let items = built_once(&built, || {
            let items = in_quarter
                .iter()
                .map(|(item, entry)| {
                    let mut view = meta(item, entry);
                    view.body_html = deeper_headings(&body_html(item)?);
                    let address = base_url.map(|base| qr::address(base, &view.href));
                    let qr = address.as_deref().and_then(|address| qr::svg(address, t.qr_item));
                    Ok(PrintItem { item: view, address, qr })
                })
                .collect::<Result<Vec<PrintItem>>>()?;
            Ok(to_value(LazyList::from(items)))
        })?;
        Ok(items.clone())
    };
    let title = format!("{}{}{}", t.print_title_before, locale::period(locale, quarter), t.print_title_after);
    // The items rendered, once for both layouts (and only when one of them is rendered).
    let rendered: OnceCell<Value> = OnceCell::new();
    let items_html = || -> Result<Value> {
        let html = built_once(&rendered, || {
            let html = (out.render)("print-items.html", head("../", "", title.clone()), minijinja::context! { items => items()? })?;
            Ok(Value::from_safe_string(html))
        })?;
        Ok(html.clone())
    };
    for a3 in [false, true] {
        let body = || {
            Ok(to_value(PrintBody {
                quarter: locale::period(locale, quarter),
                a3,
                a4_href: format!("{quarter}.html"),
                a3_href: format!("{quarter}-a3.html"),
                items: items()?,
                items_html: items_html()?,
                board_address: base_url.map(str::to_string),
                board_qr: base_url.and_then(|base| qr::svg(base, t.qr_board)),
            }))
        };
        let a3_shape = |digest: &mut Fingerprint| {
            a3.hash(digest);
            shape(digest);
        };
        (out.emit)(&href(quarter, a3), "print.html", head("../", "", title.clone()), &a3_shape, &body)?;
    }
    Ok(())
}

/// Body HTML with every heading one level lower (`<h2>` → `<h3>`, `<h6>` stays), as the
/// renderer's heading shift would have placed it from one level further down. The
/// renderer escapes raw HTML, so every `<hN>` in its output is a heading of its own.
fn deeper_headings(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 16);
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let (before, tag) = rest.split_at(open);
        out.push_str(before);
        let bytes = tag.as_bytes();
        let slash = usize::from(bytes.get(1) == Some(&b'/'));
        let level = bytes.get(2 + slash).copied();
        if bytes.get(1 + slash) == Some(&b'h') && matches!(level, Some(b'2'..=b'5')) && bytes.get(3 + slash) == Some(&b'>') {
            out.push_str(&tag[..2 + slash]);
            out.push(char::from(level.unwrap_or(b'5') + 1));
            rest = &tag[3 + slash..];
        } else {
            out.push('<');
            rest = &tag[1..];
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The notice's headings are those the renderer gives from one level further down.
    #[test]
    fn deeper_headings_are_the_renderers_own() {
        let body = "# 一\n\n## 二\n\n### 三\n\n#### 四\n\n##### 五\n\n###### 六\n\n正文 `<h2>` &lt;h3&gt;\n";
        let page = super::super::markdown::to_html(body, 2);
        assert_eq!(deeper_headings(&page), super::super::markdown::to_html(body, 3));
    }
}
