//! Output folders the tool owns (the board in `site_dir`): a manifest `.disclose-manifest`
//! inside the folder lists every file the tool wrote, with a hash of its contents. The tool
//! refuses a non-empty folder without a manifest (someone else's folder), refuses a folder
//! that is the repository root, lies above it or holds a repository; rewrites only the
//! files whose contents changed (so unchanged pages keep their modification times);
//! drops the files of the old manifest that are no longer produced; and keeps every file
//! that is not in the manifest.
//!
//! The switch from the old board to the new one is atomic. The new board is built in a
//! staging folder beside the site folder (`.site.disclose-staging` for `site`): unchanged
//! pages and files that are not the tool's are hard-linked from the old board (same file,
//! same modification time, no copy), changed and new pages are written and synced, then
//! the manifest; then the two folders are exchanged in one step (`renameat2` with
//! `RENAME_EXCHANGE` on Linux, `renameatx_np` with `RENAME_SWAP` on macOS) and the old
//! board is removed. Where the exchange is not available the old folder is first renamed
//! to `.site.disclose-old`, then the staging folder to `site`; a run interrupted between
//! the two renames is repaired by the next one, which finds `site` missing and takes the
//! board from `.site.disclose-old`. Either way a crash at any moment leaves `site` the
//! old board or the new one, never a mix; leftover staging and old folders are removed by
//! the next publish. The board put aside is not removed but kept, without the pages that
//! changed or went away, as the next run's staging folder (`.site.disclose-spare`, see
//! `spare.rs`), so that the next publish links and removes only what changed. These three
//! names beside the site folder are reserved for disclose.
//!
//! A site folder that cannot be renamed is updated in place from the completed staging
//! folder, file by file (each file atomically), as the only way to write there at all:
//! a mount point (seen beforehand by its device), any folder whose exchange or rename
//! fails with "busy", "crosses devices" or "not permitted" (a bind mount, seen only
//! then; nothing has changed at that point), and every folder on systems other than Unix
//! (Windows cannot rename a folder while any program holds one of its files open). While
//! new files are written the manifest already lists them, and it is rewritten last, so
//! it is right after any interruption. `publish` completes the staging folder before it
//! stamps the first item ([`Build::prepare`]), so that a board that cannot be written
//! stamps nothing. A site folder that
//! is a symbolic link is resolved, and the folder it points at is the one switched.

//!
//! Pages stream in ([`OwnedDir::begin`], [`Build::put`]): a changed or new page is written
//! into the staging folder as soon as it is built, so the whole board is never held in
//! memory, and an unchanged one is recognised by the hash its manifest line records.
//! A manifest line may also record the fingerprint of the inputs a page was built from;
//! when a new run's inputs have the same fingerprint ([`Build::keep`]), the page is kept
//! without being built at all. The manifest is written after every page, so a page
//! modified after it (edited by hand) is never trusted on its hash: it is rebuilt and

mod build;
mod manifest;
mod spare;
mod switch;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Component, Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use anyhow::{Context as _, Result};

use crate::load::config::is_plain_relative;
use crate::load::CONFIG_FILE;
use crate::rules::folders::real_location;
use crate::stat_at::FileMeta;
use crate::store::ops;

pub use build::{Build, Outcome, Prepared};
pub use manifest::content_hash;
use manifest::{parse_manifest, xxh3, Record};

/// The manifest's file name, inside the owned folder.
pub const MANIFEST_FILE: &str = ".disclose-manifest";

/// Why an output folder may not be used.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct OwnedError {
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: String,
}

impl OwnedError {
    fn new(message: impl Into<String>, help: impl Into<String>) -> OwnedError {
        OwnedError {
            message: message.into(),
            help: help.into(),
        }
    }
}

/// What writing a set of files into the folder changes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// Files that do not exist yet.
    pub added: Vec<String>,
    /// Files whose contents change.
    pub changed: Vec<String>,
    /// Files of the old manifest that are no longer produced.
    pub removed: Vec<String>,
    /// How many files stay as they are.
    pub unchanged: usize,
    /// True when the manifest's text changes.
    manifest_changed: bool,
}

impl Plan {
    /// True when no page is added, changed or removed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.removed.is_empty()
    }
}

/// An output folder, checked and with its manifest read.
#[derive(Debug, Clone)]
pub struct OwnedDir {
    /// The folder (a symbolic link resolved).
    dir: PathBuf,
    /// Where the current board is: `dir`, or the old folder of a switch that was
    /// interrupted between its two renames.
    live: PathBuf,
    /// The folder as configured, for messages (e.g. `site`).
    shown: String,
    /// The old manifest: relative path → record.
    manifest: BTreeMap<Box<str>, Record>,
    /// The XXH3-128 of the manifest file's text as it is on disk.
    manifest_digest: Option<[u8; 16]>,
    /// When the manifest was written: the manifest is written after every page, so a
    /// page modified later was edited by someone else.
    manifest_time: Option<std::time::SystemTime>,
}

/// True for a `/`-separated relative path of plain names (no `..`, no root, no
/// backslash), which is all a generated file or a manifest line may name.
pub fn is_safe_relative(path: &str) -> bool {
    !path.is_empty()
        && !path.contains('\\')
        && !path.starts_with('/')
        && path.split('/').all(|part| !part.is_empty() && part != "." && part != "..")
        && Path::new(path).components().all(|c| matches!(c, Component::Normal(_)))
}

/// The folder beside `dir` named `.NAME.disclose-SUFFIX`.
fn beside(dir: &Path, suffix: &str) -> PathBuf {
    let name = dir.file_name().map_or_else(|| "site".into(), |n| n.to_string_lossy().into_owned());
    dir.with_file_name(format!(".{name}.disclose-{suffix}"))
}

/// True when `path` exists (as anything, a broken link included).
fn exists(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok()
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl OwnedDir {
    /// Checks the folder `relative` below `root` and reads its manifest. Refuses the root
    /// itself, a folder above it, a folder holding a repository, a file, and a non-empty
    /// folder without a manifest.
    pub fn open(root: &Path, relative: &str) -> Result<OwnedDir, OwnedError> {
        let setting = crate::t!("store-site-setting");
        if !is_plain_relative(relative) {
            return Err(OwnedError::new(crate::t!("store-site-outside", folder = relative), setting));
        }
        let mut dir = root.join(relative);
        let canonical_root = real_location(root);
        let canonical_dir = real_location(&dir);
        if canonical_root.starts_with(&canonical_dir) {
            return Err(OwnedError::new(crate::t!("store-site-above-root", folder = relative), setting));
        }
        if dir.exists() && !dir.is_dir() {
            return Err(OwnedError::new(
                crate::t!("store-site-is-file", folder = relative),
                crate::t!("store-site-is-file-help", setting = setting),
            ));
        }
        if fs::symlink_metadata(&dir).is_ok_and(|meta| meta.file_type().is_symlink()) {
            dir = canonical_dir;
        }
        let old = beside(&dir, "old");
        let live = if !exists(&dir) && old.is_dir() { old } else { dir.clone() };
        if live.join(CONFIG_FILE).exists() || live.join(".git").exists() {
            return Err(OwnedError::new(
                crate::t!("store-site-holds-repository", folder = relative, config = CONFIG_FILE),
                setting,
            ));
        }
        let manifest_path = live.join(MANIFEST_FILE);
        let manifest_text = match fs::read(&manifest_path) {
            Ok(bytes) => Some(String::from_utf8(bytes).map_err(|_| damaged(relative))?),
            Err(_) => None,
        };
        let manifest = if let Some(text) = &manifest_text {
            parse_manifest(text).ok_or_else(|| damaged(relative))?
        } else {
            let non_empty = fs::read_dir(&live).is_ok_and(|mut entries| entries.next().is_some());
            if non_empty {
                return Err(OwnedError::new(
                    crate::t!("store-site-not-ours", folder = relative, manifest = MANIFEST_FILE),
                    crate::t!("store-site-not-ours-help", setting = setting),
                ));
            }
            BTreeMap::new()
        };
        Ok(OwnedDir {
            dir,
            live,
            shown: relative.to_string(),
            manifest,
            manifest_digest: manifest_text.map(|text| xxh3(text.as_bytes())),
            manifest_time: fs::metadata(&manifest_path).and_then(|meta| meta.modified()).ok(),
        })
    }

    /// True when a file of the live board (its metadata `meta`) is as the tool left it,
    /// as far as its metadata tells: a file, modified before the manifest was written.
    /// Strictly before: a clock tick is coarse (a few milliseconds, two seconds on FAT),
    /// and a file edited by hand within the tick that wrote the manifest has the same
    /// time; the few pages written in that last tick are compared byte for byte instead.
    fn untouched(&self, meta: &FileMeta) -> bool {
        meta.is_file && self.manifest_time.is_some_and(|written| meta.modified_before(written))
    }

    /// The folder.
    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// The staging folder beside it, where the new board is built.
    pub fn staging_path(&self) -> PathBuf {
        beside(&self.dir, "staging")
    }

    /// Where the old board is kept while the folders are switched in two renames.
    pub fn old_path(&self) -> PathBuf {
        beside(&self.dir, "old")
    }

    /// The files the old manifest lists.
    pub fn owned_files(&self) -> impl Iterator<Item = &str> {
        self.manifest.keys().map(|path| &**path)
    }

    /// Removes the staging folder of an interrupted run, and its old folder unless the
    /// board is still there.
    pub(super) fn remove_leftovers(&self) -> Result<()> {
        let staging = self.staging_path();
        if exists(&staging) {
            ops::remove_dir_all(&staging).with_context(|| crate::t!("store-leftover-remove", path = staging.display().to_string()))?;
        }
        let old = self.old_path();
        if self.live != old && exists(&old) {
            ops::remove_dir_all(&old).with_context(|| crate::t!("store-leftover-remove", path = old.display().to_string()))?;
        }
        Ok(())
    }
}

fn bug(message: String) -> OwnedError {
    OwnedError::new(message, crate::t!("store-bug-help"))
}

fn damaged(relative: &str) -> OwnedError {
    OwnedError::new(
        crate::t!("store-manifest-damaged", folder = relative, manifest = MANIFEST_FILE),
        crate::t!("store-manifest-damaged-help", folder = relative),
    )
}

fn foreign(shown: &str, path: &str) -> OwnedError {
    OwnedError::new(
        crate::t!("store-foreign-file", folder = shown, path = path, manifest = MANIFEST_FILE),
        crate::t!("store-foreign-file-help", folder = shown, path = path),
    )
}
