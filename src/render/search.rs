//! The board's search (`search.html`), which works from a folder opened from disk
//! (file://) as well as from any web server, with no network: a static page and engine
//! (`search.js`), a manifest script (`search/manifest.js`) and the index as plain classic
//! scripts (`search/index-0.js`, …), each calling `window.discloseSearch.add([...])`.
//! ES modules and `fetch` do not load from file://; classic scripts added as `<script>`
//! elements do, so the engine loads the shards that way, when a search is first made.
//!
//! The index holds, for each public item (and for nothing else: guarantee 1), its title,
//! date, category, page and plain text (the body as rendered, markup stripped, white space
//! collapsed). The engine matches by substring after normalising both sides (NFKC, so
//! full-width and half-width forms match, and lower case): any run of two or more Chinese
//! characters in a title or text finds the item, with no word segmentation to get wrong.
//!
//! The index is sharded by the quarter of publication (`search/<quarter>.js`), so a new
//! publication changes its quarter's shard only. The shards are built in the same pass as
//! the item pages and the quarter's printable notice, from the body each item page has
//! just rendered (the text is taken from that HTML, see [`super::plain::html_text`]), so
//! a body is read and parsed once for all three; each shard is fingerprinted from its
//! items' view digests and body hashes, and one whose items are unchanged is kept
//! without reading a body.

use std::borrow::Cow;
use std::hash::Hash;

use anyhow::{Context as _, Result};
use serde::Serialize;

use super::board::PageSink;
use super::page::Fingerprint;
use super::plain::html_text;
use super::view::ItemView;
use crate::model::{Entry, Item};
use crate::obligations::period::Period;

/// The folder of the index in the site.
pub const DIR: &str = "search";

/// One item in the index (short keys: the index is downloaded by phones).
#[derive(Serialize)]
struct Record<'a> {
    /// Title.
    t: &'a str,
    /// Publication date in words.
    d: &'a str,
    /// Publication date, ISO.
    i: &'a str,
    /// Category title.
    c: &'a str,
    /// Page, relative to the site root.
    h: &'a str,
    /// Plain text of the body.
    x: String,
}

/// The values of `search.html` (none of its own: the engine reads the index).
#[derive(Hash, Serialize)]
pub struct SearchPage {}

/// The path of a quarter's shard in the site.
pub fn shard_path(quarter: Period) -> String {
    format!("{DIR}/{quarter}.js")
}

/// Writes the shard of the public items published in `quarter` into `sink`, unless the
/// one in place has the same inputs. `meta` gives an item's view without body,
/// `digest_of` its digest, `body_html` its body as its page shows it.
pub fn emit_shard<'b>(
    sink: &dyn PageSink,
    quarter: Period,
    items: &[(&Item, &Entry)],
    meta: &dyn Fn(&Item, &Entry) -> ItemView,
    digest_of: &dyn Fn(&Item) -> [u8; 16],
    body_html: &dyn Fn(&Item) -> Result<Cow<'b, str>>,
) -> Result<()> {
    let mut oldest: Vec<(&Item, &Entry)> = items.to_vec();
    oldest.sort_by(|(a, _), (b, _)| (a.published_on, &a.id).cmp(&(b.published_on, &b.id)));
    let path = shard_path(quarter);
    let mut digest = Fingerprint::new();
    ("disclose search shard", env!("CARGO_PKG_VERSION"), quarter).hash(&mut digest);
    for (item, _) in &oldest {
        (digest_of(item), item.body_hash).hash(&mut digest);
    }
    let fingerprint = digest.finish_hex();
    if sink.keep(&path, &fingerprint) {
        return Ok(());
    }
    let views: Vec<ItemView> = oldest.iter().map(|(item, entry)| meta(item, entry)).collect();
    let records = oldest
        .iter()
        .zip(&views)
        .map(|((item, _), view)| {
            Ok(Record {
                t: &view.title,
                d: &view.published_on,
                i: &view.published_iso,
                c: &view.category_title,
                h: &view.href,
                x: html_text(&body_html(item)?),
            })
        })
        .collect::<Result<Vec<Record>>>()?;
    sink.put(&path, script("add", &records)?.as_bytes(), Some(&fingerprint))
}

/// Writes the manifest that names the shards of `quarters` (oldest first).
pub fn emit_manifest(sink: &dyn PageSink, quarters: &[Period]) -> Result<()> {
    let names: Vec<String> = quarters.iter().map(|quarter| format!("{quarter}.js")).collect();
    sink.put(&format!("{DIR}/manifest.js"), script("shards", &names)?.as_bytes(), None)
}

/// `window.discloseSearch.<call>(<value as JSON>);` — a classic script (JSON is valid
/// JavaScript, and the file is never inline in HTML, so `</script>` in text is harmless).
fn script(call: &str, value: &impl Serialize) -> Result<String> {
    let json = serde_json::to_string(value).with_context(|| crate::t!("render-search-index-failed"))?;
    Ok(format!("/* disclose: the board's search index */\nwindow.discloseSearch.{call}({json});\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shard_is_one_call_of_plain_json() {
        let text = script("shards", &["2026-Q3.js"]).unwrap();
        assert_eq!(
            text,
            "/* disclose: the board's search index */\nwindow.discloseSearch.shards([\"2026-Q3.js\"]);\n"
        );
        let quarter: Period = "2026-Q3".parse().unwrap();
        assert_eq!(shard_path(quarter), "search/2026-Q3.js");
    }
}
