//! The board's item pages: one per public item, built in parallel, one at a time per
//! thread (the body is read, rendered, handed over and dropped); a page whose inputs are
//! unchanged ([`PageSink::keep`](super::PageSink::keep)) is not built at all.

use std::hash::Hash;

use anyhow::Result;
use rayon::prelude::*;

use super::pages::ItemBody;
use super::site::{Board, BOARD_BODY};
use crate::render::attachments::{emit as emit_files, resolver};
use crate::render::page::{head, Fingerprint};
use crate::render::qr;
use crate::render::templates::to_value;
use crate::render::view::{add_body_resolving as add_body, item_href};

/// Builds every item page, with the files its body refers to.
pub(super) fn item_pages(board: &Board<'_>) -> Result<()> {
    let Board { repo, sink, locale, t, .. } = *board;
    board.visible.par_iter().try_for_each(|(item, entry)| {
        let path = item_href(&item.id);
        emit_files(repo, board.files_of(item), sink)?;
        let fingerprint = fingerprint(&board.site_fixed, board.digest_of(item), item.body_hash);
        if sink.keep(&path, &fingerprint) {
            return Ok(());
        }
        let mut view = board.meta(item, entry);
        add_body(&mut view, item, BOARD_BODY, &resolver(item, board.files_of(item), "../", locale, false))?;
        let address = repo.config.base_url.as_deref().map(|base| qr::address(base, &path));
        let qr = address.as_deref().and_then(|address| qr::svg(address, t.qr_item));
        let body = to_value(ItemBody { item: &view, address, qr });
        let text = board.render("item.html", &board.site_plain.value, head("../", "", view.title.clone()), body)?;
        sink.put(&path, text.as_bytes(), Some(&fingerprint))
    })
}

/// The fingerprint of an item page: everything it shows (the digest of its view without
/// the body, and the body's hash) on top of the board's site digest.
fn fingerprint(site: &Fingerprint, view_digest: [u8; 16], body_hash: u64) -> String {
    let mut digest = site.clone();
    (view_digest, body_hash).hash(&mut digest);
    digest.finish_hex()
}
