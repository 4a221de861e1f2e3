//! The printable notice (张贴版) of each quarter, `print/<quarter>.html`: the public
//! items published in the quarter, in the order of the catalogue (entry by entry, each
//! entry's items oldest first), each with its 落款 and, when `[publish] base_url` is set,
//! a QR code of its address on the online board (码上公开); the board's own QR code at the
//! foot. The page is laid out for A4 portrait; `print/<quarter>-a3.html` is the same
//! notice laid out for A3, for a larger board. It prints without the site's navigation.

use std::cell::OnceCell;
use std::collections::{BTreeSet, HashMap};
use std::hash::Hash;

use anyhow::Result;
use chrono::Datelike;
use minijinja::Value;
use serde::Serialize;

use super::locale;
use super::page::{head, EmitLazy, Fingerprint};
use super::qr;
use super::templates::to_value;
use super::view::{add_body, BodyStyle, ItemView, LinkView};
use crate::model::{Entry, Item, Repo};
use crate::obligations::period::{Period, PeriodKind};

/// The item bodies' headings on the print page (under each item's `<h2>`).
const PRINT_BODY: BodyStyle = BodyStyle {
    html_heading: 3,
    markdown_heading: None,
};

/// One item of the notice.
#[derive(Serialize)]
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
    items: Value,
    board_address: Option<String>,
    board_qr: Option<String>,
}

/// The page of a quarter's notice, relative to the site root.
pub fn href(quarter: Period, a3: bool) -> String {
    format!("print/{quarter}{}.html", if a3 { "-a3" } else { "" })
}

/// The quarters in which `items` were published.
pub fn quarters(items: &[(&Item, &Entry)]) -> BTreeSet<Period> {
    items
        .iter()
        .filter_map(|(item, _)| item.published_on)
        .map(|on| Period::containing(PeriodKind::Quarter, on))
        .collect()
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

/// Builds the notice of every quarter with a public publication (A4 and A3), through
/// `emit`. `items` are the public items, `meta` and `digest_of` as for the board.
pub fn emit_pages(
    repo: &Repo,
    items: &[(&Item, &Entry)],
    meta: &(dyn Fn(&Item, &Entry) -> ItemView + Sync),
    digest_of: &(dyn Fn(&Item) -> [u8; 16] + Sync),
    emit: &EmitLazy,
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
    for quarter in quarters(items) {
        let mut in_quarter: Vec<(&Item, &Entry)> = items
            .iter()
            .filter(|(item, _)| item.published_on.is_some_and(|on| quarter.contains(on)))
            .copied()
            .collect();
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
            if let Some(items) = built.get() {
                return Ok(items.clone());
            }
            let items = in_quarter
                .iter()
                .map(|(item, entry)| {
                    let mut view = meta(item, entry);
                    add_body(&mut view, item, PRINT_BODY)?;
                    let address = base_url.map(|base| qr::address(base, &view.href));
                    let qr = address.as_deref().and_then(|address| qr::svg(address, t.qr_item));
                    Ok(PrintItem { item: view, address, qr })
                })
                .collect::<Result<Vec<PrintItem>>>()?;
            Ok(built.get_or_init(|| to_value(items)).clone())
        };
        for a3 in [false, true] {
            let body = || {
                let items = items()?;
                Ok(to_value(PrintBody {
                    quarter: locale::period(locale, quarter),
                    a3,
                    a4_href: format!("{quarter}.html"),
                    a3_href: format!("{quarter}-a3.html"),
                    items,
                    board_address: base_url.map(str::to_string),
                    board_qr: base_url.and_then(|base| qr::svg(base, t.qr_board)),
                }))
            };
            let title = format!("{}{}{}", t.print_title_before, locale::period(locale, quarter), t.print_title_after);
            let a3_shape = |digest: &mut Fingerprint| {
                a3.hash(digest);
                shape(digest);
            };
            emit(&href(quarter, a3), "print.html", head("../", "", title), &a3_shape, &body)?;
        }
    }
    Ok(())
}
