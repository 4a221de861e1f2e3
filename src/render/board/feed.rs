//! The board's Atom feed: the latest [`FEED_ITEMS`] items with their bodies, newest
//! first, relative links; and the assets every board carries (the stylesheet and the
//! search engine).

use std::hash::Hash;

use anyhow::Result;
use rayon::prelude::*;

use super::pages::FeedBody;
use super::site::{Board, BOARD_BODY};
use crate::render::attachments::resolver;
use crate::render::page::{head, Fingerprint};
use crate::render::templates::to_value;
use crate::render::view::{add_body_resolving as add_body, ItemView};

/// How many of the latest items the Atom feed carries, with their bodies (a feed reader
/// only needs what is new; the board keeps every item).
pub const FEED_ITEMS: usize = 50;

/// Builds `feed.xml`.
pub(super) fn feed(board: &Board<'_>) -> Result<()> {
    let locale = board.locale;
    // The Atom feed: the latest items with their bodies, newest first, relative links.
    let updated = board
        .latest_publication
        .or_else(|| board.repo.config.approval().map(|a| a.approved_on))
        .map_or_else(|| "1970-01-01T00:00:00Z".to_string(), |on| format!("{on}T00:00:00Z"));
    // Its items are hashed by their view digests and body hashes, so an unchanged
    // feed reads no body.
    let feed_id = format!("tag:disclose,2017:{}", board.org);
    let latest = &board.newest[..board.newest.len().min(FEED_ITEMS)];
    let shape = |digest: &mut Fingerprint| {
        (&feed_id, &updated).hash(digest);
        latest
            .iter()
            .map(|(item, _)| (board.digest_of(item), item.body_hash))
            .collect::<Vec<_>>()
            .hash(digest);
    };
    let body = || {
        let items = latest
            .par_iter()
            .map(|(item, entry)| {
                let mut view = board.meta(item, entry);
                add_body(&mut view, item, BOARD_BODY, &resolver(item, board.files_of(item), "", locale, false))?;
                Ok(view)
            })
            .collect::<Result<Vec<ItemView>>>()?;
        Ok(to_value(FeedBody {
            feed_id: feed_id.clone(),
            updated: updated.clone(),
            items,
        }))
    };
    board.emit_lazy("feed.xml", "feed.xml", &board.site_dated, head("", "home", String::new()), &shape, &body)?;
    Ok(())
}

/// Writes the stylesheet and the search engine.
pub(super) fn assets(board: &Board<'_>) -> Result<()> {
    for asset in ["style.css", "search.js"] {
        board.sink.put(asset, board.templates.render(asset, minijinja::context! {})?.as_bytes(), None)?;
    }
    Ok(())
}
