//! The spare board: the board a switch put aside, kept as the next run's staging folder
//! (`.site.disclose-spare` for `site`), so that a publish that changes a few pages writes
//! those pages and nothing else, instead of linking every unchanged page into an empty
//! staging folder and removing the whole old board afterwards.
//!
//! The spare never holds anything the board does not show. Right after the switch, every
//! file of the old board that the new board does not hold as the same file is removed
//! from it (the pages that changed or went away, the old manifest), and so is every file
//! that is not the tool's (a `CNAME`, notes: a file the user later deletes or replaces
//! must leave no copy behind); what is left is the new board's pages under a second name
//! (hard links: the same file, the same bytes).
//! Only then is the folder renamed to the spare's name, so a run interrupted before that
//! leaves a staging or old folder, which the next run removes whole.
//!
//! A spare is not trusted either: when the next run takes it as its staging folder, it
//! keeps a file only where the live board has the very same file (same device and inode)
//! at the same path, and a folder only where the live board has a folder. Anything else
//! (a file of someone else's making, a link, a mount) is removed before a page is written.
//! So a spare that was tampered with, or one left by a power cut, costs a rebuild and
//! never puts a byte on the board that the tool did not put there.
//!
//! Only on Unix, where a file's identity (its inode) can be compared: elsewhere the folder
//! put aside is removed, as before the spare existed.

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};

use super::{beside, exists, OwnedDir, MANIFEST_FILE};
use crate::store::ops;

/// How deep the folders of a spare are compared; deeper ones are removed whole.
#[cfg(unix)]
const MAX_DEPTH: usize = 32;

/// The files of a spare taken as the staging folder: each is the live board's file at
/// the same path, under a second name.
pub(super) type Held = HashSet<Box<str>>;

impl OwnedDir {
    /// Where the spare board is kept between runs.
    pub(super) fn spare_path(&self) -> PathBuf {
        beside(&self.dir, "spare")
    }

    /// Renames the spare board, if there is one, to `staging` and keeps in it only the
    /// live board's own files (see the module's documentation). Returns the files held,
    /// or `None` when no spare could be taken (then there is no staging folder). A spare
    /// that cannot be used is removed.
    pub(super) fn take_spare(&self, staging: &Path, usable: bool) -> Result<Option<Held>> {
        let spare = self.spare_path();
        let Ok(meta) = fs::symlink_metadata(&spare) else {
            return Ok(None);
        };
        let remove = || -> Result<Option<Held>> {
            let removed = if meta.is_dir() {
                ops::remove_dir_all(&spare)
            } else {
                ops::remove_file(&spare)
            };
            removed.with_context(|| crate::t!("store-leftover-remove", path = spare.display().to_string()))?;
            Ok(None)
        };
        let same_device = self.live == self.dir && same_device(&meta, &self.live);
        if !usable || !meta.is_dir() || !same_device || !cfg!(unix) || ops::rename(&spare, staging).is_err() {
            return remove();
        }
        match self.verify_spare(staging) {
            Ok(held) => Ok(Some(held)),
            Err(error) => {
                // Cleaning up is best effort: the next run removes what is left.
                let _ = fs::remove_dir_all(staging);
                Err(error)
            }
        }
    }

    /// Removes from `staging` (a spare just taken) every entry that is not the live
    /// board's own: returns the files kept.
    fn verify_spare(&self, staging: &Path) -> Result<Held> {
        let mut held = Held::new();
        verify_folder(staging, &self.live, "", 0, &mut held)?;
        Ok(held)
    }

    /// Turns `folder`, the board a switch just put aside, into the spare: removes the
    /// files of it that the new board does not hold (`stale`: the pages written anew or
    /// no longer produced; and the old manifest), then renames it. Where that cannot be
    /// done, the folder is removed instead; only a failure to remove it is an error.
    pub(super) fn keep_as_spare<'a>(&self, folder: &Path, stale: impl Iterator<Item = &'a Path>) -> Result<()> {
        let kept = cfg!(unix) && self.live == self.dir && trim_spare(folder, stale).is_ok() && !exists(&self.spare_path());
        if kept && ops::rename(folder, &self.spare_path()).is_ok() {
            return Ok(());
        }
        ops::remove_dir_all(folder).with_context(|| crate::t!("store-switch-old-left", folder = self.shown.as_str(), path = folder.display().to_string()))
    }
}

/// Removes the `stale` files and the manifest from `folder`, and the folders they
/// leave empty.
fn trim_spare<'a>(folder: &Path, stale: impl Iterator<Item = &'a Path>) -> Result<()> {
    for path in stale.chain([Path::new(MANIFEST_FILE)]) {
        let target = folder.join(path);
        // A folder on the way that is a link (to outside the board, say) is never
        // followed: the spare is then given up and removed whole, which follows no link.
        let mut inside = target.parent();
        while let Some(step) = inside.filter(|step| *step != folder && step.starts_with(folder)) {
            if !fs::symlink_metadata(step).is_ok_and(|meta| meta.is_dir()) {
                anyhow::bail!("a folder of the old board is a link");
            }
            inside = step.parent();
        }
        match fs::symlink_metadata(&target) {
            Err(error) if error.kind() == io::ErrorKind::NotFound => continue,
            Err(error) => return Err(error.into()),
            Ok(meta) if meta.is_dir() => ops::remove_dir_all(&target)?,
            Ok(_) => ops::remove_file(&target)?,
        }
        prune_empty_parents(folder, &target)?;
    }
    Ok(())
}

/// Removes the folders below `root` that `removed` leaves empty, nearest first; returns
/// the first folder that stays (to be synced). A folder that still holds something stays;
/// any other failure to remove one is an error, since an emptied folder of the tool's left
/// on the board would be taken for the user's by every later run.
pub(super) fn prune_empty_parents(root: &Path, removed: &Path) -> Result<Option<PathBuf>> {
    let mut current = removed.parent();
    while let Some(folder) = current {
        if folder == root || !folder.starts_with(root) {
            return Ok(Some(folder.to_path_buf()));
        }
        match ops::remove_dir(folder) {
            // Gone already (removed by hand, say): its parent may be empty all the same.
            Ok(()) => {}
            Err(error) if error.kind() == io::ErrorKind::NotFound => {}
            Err(error) if holds_something(&error) => return Ok(Some(folder.to_path_buf())),
            Err(error) => return Err(error).with_context(|| crate::t!("store-could-not-remove", path = folder.display().to_string())),
        }
        current = folder.parent();
    }
    Ok(None)
}

/// True for the error of removing a folder that is not empty (`ENOTEMPTY`, or `EEXIST`
/// where a system answers so).
fn holds_something(error: &io::Error) -> bool {
    matches!(error.kind(), io::ErrorKind::DirectoryNotEmpty | io::ErrorKind::AlreadyExists)
}

/// True when the spare `meta` lies on the device of the folder `live`.
#[cfg(unix)]
fn same_device(meta: &fs::Metadata, live: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    fs::metadata(live).is_ok_and(|live| live.dev() == meta.dev())
}

#[cfg(not(unix))]
fn same_device(_meta: &fs::Metadata, _live: &Path) -> bool {
    false
}

/// Compares the folder `spare` of a spare board with the same folder `live` of the
/// live board, entry by entry from their listings (no `stat` per file): keeps a file
/// that is the live folder's file of that name (the same inode: the listing's, on the
/// same device), and a folder that the live folder has too (given its permissions, then
/// compared in turn); removes everything else. Adds the files kept to `held`, as
/// manifest keys below `prefix`.
#[cfg(unix)]
fn verify_folder(spare: &Path, live: &Path, prefix: &str, depth: usize, held: &mut Held) -> Result<()> {
    use std::collections::HashMap;
    use std::os::unix::fs::{DirEntryExt, MetadataExt};
    let read = |path: &Path| crate::t!("store-could-not-read", path = path.display().to_string());
    let live_entries: HashMap<std::ffi::OsString, (fs::FileType, u64)> = fs::read_dir(live)
        .with_context(|| read(live))?
        .filter_map(Result::ok)
        .filter_map(|entry| Some((entry.file_name(), (entry.file_type().ok()?, entry.ino()))))
        .collect();
    let device = fs::symlink_metadata(live).with_context(|| read(live))?.dev();
    for entry in fs::read_dir(spare).with_context(|| read(spare))? {
        let entry = entry.with_context(|| read(spare))?;
        let path = entry.path();
        let name = entry.file_name();
        let key = name
            .to_str()
            .map(|name| if prefix.is_empty() { name.to_string() } else { format!("{prefix}/{name}") });
        let kind = entry.file_type().with_context(|| read(&path))?;
        let twin = live_entries.get(&name);
        let gone = |error: io::Error| anyhow::Error::new(error).context(crate::t!("store-could-not-remove", path = path.display().to_string()));
        match (key, twin) {
            (Some(key), Some((twin_kind, twin_ino))) if kind.is_file() && twin_kind.is_file() && entry.ino() == *twin_ino => {
                held.insert(key.into());
            }
            (Some(key), Some((twin_kind, _))) if kind.is_dir() && twin_kind.is_dir() => {
                let (mine, theirs) = (
                    fs::symlink_metadata(&path).map_err(gone)?,
                    fs::metadata(live.join(&name)).with_context(|| read(live))?,
                );
                // Another device, or deeper than any board goes (so that a planted
                // tree cannot exhaust the stack): not the board's.
                if mine.dev() != device || depth >= MAX_DEPTH {
                    ops::remove_dir_all(&path).map_err(gone)?;
                    continue;
                }
                if mine.permissions() != theirs.permissions() {
                    fs::set_permissions(&path, theirs.permissions()).map_err(gone)?;
                }
                verify_folder(&path, &live.join(&name), &key, depth + 1, held)?;
            }
            _ if kind.is_dir() => ops::remove_dir_all(&path).map_err(gone)?,
            _ => ops::remove_file(&path).map_err(gone)?,
        }
    }
    Ok(())
}

#[cfg(not(unix))]
fn verify_folder(spare: &Path, _live: &Path, _prefix: &str, _depth: usize, _held: &mut Held) -> Result<()> {
    ops::remove_dir_all(spare).with_context(|| crate::t!("store-could-not-remove", path = spare.display().to_string()))
}
