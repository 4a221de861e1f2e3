//! The board's item pages, with each quarter's printable notice and search shard: one
//! pass per quarter of publication (the quarters in parallel, and the items of a quarter
//! in parallel). Each item page that has to be built reads, renders and hands over its
//! body; the quarter's notice and shard then take that same HTML, so a body is read and
//! parsed once for all three. A page, notice or shard whose inputs are unchanged
//! ([`PageSink::keep`](super::PageSink::keep)) is not built at all, and a body is read
//! for the notice or the shard only when its page was kept and one of them is rebuilt.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::HashMap;
use std::hash::Hash;

use anyhow::Result;
use minijinja::Value;
use rayon::prelude::*;

use super::pages::ItemBody;
use super::site::{Board, BOARD_BODY};
use crate::model::{Entry, Item};
use crate::obligations::period::Period;
use crate::render::attachments::{emit as emit_files, resolver};
use crate::render::page::{built_once, head, Fingerprint, Head};
use crate::render::templates::to_value;
use crate::render::view::{body_html, item_href};
use crate::render::{print, qr, search};

/// Builds every item page, with the files its body refers to, and every quarter's
/// notice and search shard, then the search manifest.
pub(super) fn item_pages(board: &Board<'_>) -> Result<()> {
    let quarters = print::by_quarter(&board.visible);
    quarters.par_iter().try_for_each(|(quarter, items)| quarter_pages(board, *quarter, items))?;
    let names: Vec<Period> = quarters.iter().map(|(quarter, _)| *quarter).collect();
    search::emit_manifest(board.sink, &names)
}

/// The item pages of one quarter, then its notice and its search shard.
fn quarter_pages(board: &Board<'_>, quarter: Period, items: &[(&Item, &Entry)]) -> Result<()> {
    let built: Vec<Option<String>> = items.par_iter().map(|(item, entry)| item_page(board, item, entry)).collect::<Result<_>>()?;
    let bodies: HashMap<&str, OnceCell<String>> = items
        .iter()
        .zip(built)
        .map(|((item, _), html)| (item.id.as_str(), html.map(OnceCell::from).unwrap_or_default()))
        .collect();
    // A body read for the notice is kept for the shard, and the other way round; both
    // borrow it.
    let memo_html = |item: &Item| -> Result<Cow<'_, str>> {
        match bodies.get(item.id.as_str()) {
            Some(cell) => built_once(cell, || body_of(board, item)).map(|html| Cow::Borrowed(html.as_str())),
            None => body_of(board, item).map(Cow::Owned),
        }
    };
    let meta = |item: &Item, entry: &Entry| board.meta(item, entry);
    let digest_of = |item: &Item| board.digest_of(item);
    let emit = |path: &str, template: &str, head: Head, shape: &dyn Fn(&mut Fingerprint), body: &dyn Fn() -> Result<Value>| {
        board.emit_lazy(path, template, &board.site_plain, head, shape, body)
    };
    let render = |template: &str, head: Head, body: Value| board.render(template, &board.site_plain.value, head, body);
    let out = print::NoticeOut { emit: &emit, render: &render };
    print::emit_quarter(board.repo, quarter, items, &meta, &digest_of, &memo_html, &out)?;
    search::emit_shard(board.sink, quarter, items, &meta, &digest_of, &memo_html)
}

/// Builds an item's page unless it is in place; returns the body's HTML when it built it.
fn item_page(board: &Board<'_>, item: &Item, entry: &Entry) -> Result<Option<String>> {
    let Board { repo, sink, t, .. } = *board;
    let path = item_href(&item.id);
    emit_files(repo, board.files_of(item), sink)?;
    let fingerprint = fingerprint(&board.site_fixed, board.digest_of(item), item.body_hash);
    if sink.keep(&path, &fingerprint) {
        return Ok(None);
    }
    let mut view = board.meta(item, entry);
    view.body_html = body_of(board, item)?;
    let address = repo.config.base_url.as_deref().map(|base| qr::address(base, &path));
    let qr = address.as_deref().and_then(|address| qr::svg(address, t.qr_item));
    let body = to_value(ItemBody { item: &view, address, qr });
    let text = board.render("item.html", &board.site_plain.value, head("../", "", view.title.clone()), body)?;
    sink.put(&path, text.as_bytes(), Some(&fingerprint))?;
    Ok(Some(std::mem::take(&mut view.body_html)))
}

/// An item's body as its page shows it: read from its file and rendered, with its files
/// resolved from a page one folder below the site root.
fn body_of(board: &Board<'_>, item: &Item) -> Result<String> {
    body_html(item, BOARD_BODY, &resolver(item, board.files_of(item), "../", board.locale, false))
}

/// The fingerprint of an item page: everything it shows (the digest of its view without
/// the body, and the body's hash) on top of the board's site digest.
fn fingerprint(site: &Fingerprint, view_digest: [u8; 16], body_hash: u64) -> String {
    let mut digest = site.clone();
    (view_digest, body_hash).hash(&mut digest);
    digest.finish_hex()
}
