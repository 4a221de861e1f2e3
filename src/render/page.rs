//! What every generated page of the board shares: the fingerprint of its inputs (so an
//! unchanged page is kept without being built) and its head (the way back to the site
//! root, the navigation key and the title).

use std::cell::OnceCell;
use std::hash::Hasher;

use anyhow::Result;
use minijinja::Value;
use sha2::{Digest, Sha256};

/// A [`Hasher`] that feeds a SHA-256, so that `#[derive(Hash)]` views can be
/// fingerprinted without being formatted.
#[derive(Clone)]
pub struct Fingerprint(pub Sha256);

impl Hasher for Fingerprint {
    fn write(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }

    fn finish(&self) -> u64 {
        0
    }
}

impl Fingerprint {
    /// A fresh fingerprint.
    pub fn new() -> Fingerprint {
        Fingerprint(Sha256::new())
    }

    /// The first 16 bytes of the digest, in hex, as the manifest records them.
    pub fn finish_hex(self) -> String {
        crate::hex::hex(&self.0.finalize()[..16])
    }
}

impl Default for Fingerprint {
    fn default() -> Self {
        Fingerprint::new()
    }
}

/// The head of a page: the way back to the site root, the navigation key and the title.
#[derive(Hash)]
pub struct Head {
    /// The way back to the site root: `""` or `"../"`.
    pub root: &'static str,
    /// The navigation key of the page (`home`, `search`…), `""` for none.
    pub nav: &'static str,
    /// The page's title.
    pub title: String,
}

/// A page's [`Head`].
pub fn head(root: &'static str, nav: &'static str, title: String) -> Head {
    Head { root, nav, title }
}

/// Renders a page of the board from a template unless it is already in place: given its
/// path, template, head, what its fingerprint hashes on top of the board's (`shape`) and
/// its values (`body`, built only when the page is rendered).
pub type EmitLazy<'a> = dyn Fn(&str, &str, Head, &dyn Fn(&mut Fingerprint), &dyn Fn() -> Result<Value>) -> Result<()> + 'a;

/// Renders a part of a page from a template (given its name, the head of the page it goes
/// into and its values), with the values every page receives; the part is placed into
/// pages with `| safe`.
pub type RenderPart<'a> = dyn Fn(&str, Head, Value) -> Result<String> + 'a;

/// The value in `cell`, built by `build` the first time it is asked for (a failed build
/// leaves the cell empty): what a page builds only when it is rendered, and once for all
/// the pages that show it.
pub fn built_once<T>(cell: &OnceCell<T>, build: impl FnOnce() -> Result<T>) -> Result<&T> {
    if let Some(value) = cell.get() {
        return Ok(value);
    }
    let value = build()?;
    Ok(cell.get_or_init(|| value))
}
