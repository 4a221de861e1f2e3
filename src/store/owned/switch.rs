//! Putting a completed staging folder in the place of the live board: one exchange, two
//! renames, or, for a folder that cannot be switched, an update in place.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};

use super::build::{BuildState, Folders};
use super::manifest::{render_manifest, Record};
use super::spare::{prune_empty_parents, Held};
use super::{exists, is_safe_relative, Outcome, OwnedDir, Plan, MANIFEST_FILE};
use crate::store::atomic::write_atomic;
use crate::store::ops;

impl OwnedDir {
    /// Why the folder cannot be switched by renaming, known before trying: a mount point
    /// (a folder mounted from elsewhere cannot be renamed). `None` where the switch is
    /// worth trying; it may still fail, see [`OwnedDir::switch_or_update`]. On Windows the
    /// switch is tried too: a folder holding a file another program has open (a browser,
    /// a virus scanner) may refuse to be renamed, and the board is then updated in place.
    pub(super) fn cannot_be_switched(&self) -> Option<String> {
        self.is_mount_point().then(|| crate::t!("store-switch-mount-point"))
    }

    /// True when the folder is mounted from elsewhere (another device), so that it cannot
    /// be renamed. A bind mount of the same device is not seen here; its switch fails
    /// with "busy" and is then done in place.
    #[cfg(unix)]
    fn is_mount_point(&self) -> bool {
        use std::os::unix::fs::MetadataExt;
        let parent = self.dir.parent().unwrap_or_else(|| Path::new("."));
        match (fs::metadata(&self.dir), fs::metadata(parent)) {
            (Ok(dir), Ok(parent)) => dir.dev() != parent.dev(),
            _ => false,
        }
    }

    #[cfg(not(unix))]
    fn is_mount_point(&self) -> bool {
        false
    }

    /// Brings the folder to the new board in `staging`: switched in one step, or, when it
    /// is known beforehand (`in_place`) or found while trying that the folder cannot be
    /// switched, by updating its files in place from the staging folder. Either way the
    /// staging folder is removed afterwards.
    pub(super) fn switch_or_update(
        &self,
        staging: &Path,
        state: &BuildState,
        plan: &Plan,
        text: &str,
        in_place: bool,
        allow_exchange: bool,
    ) -> Result<Outcome> {
        let reason = if in_place {
            self.cannot_be_switched().unwrap_or_default()
        } else {
            match self.switch(staging, &stale_after_switch(self, state), allow_exchange) {
                Ok(()) => return Ok(Outcome::Switched),
                Err(SwitchError::Failed(error)) => return Err(error),
                Err(SwitchError::Unswitchable(error)) => crate::t!("store-switch-not-renamed", error = error.to_string()),
            }
        };
        let updated = self.apply_in_place(staging, state, plan, text);
        let removed = ops::remove_dir_all(staging);
        updated?;
        removed.with_context(|| crate::t!("store-switch-staging-left", folder = self.shown.as_str(), path = staging.display().to_string()))?;
        Ok(Outcome::InPlace(reason))
    }

    /// Completes the staging folder: unchanged pages and files that are not the tool's
    /// linked from the live board (unless a spare taken back holds them already), the
    /// files of a spare that the new board does not have removed, the manifest last,
    /// every folder synced. The changed and new pages are already there.
    pub(super) fn complete_staging(&self, staging: &Path, state: &mut BuildState, manifest_text: &str) -> Result<()> {
        let context = |path: &Path| crate::t!("store-could-not-write", path = path.display().to_string());
        let mut folders = self.take_staging(staging, false, state)?;
        let folders = &mut folders;
        let writes: BTreeSet<&str> = state.added.iter().chain(&state.changed).map(String::as_str).collect();
        for path in state.next.keys().map(|path| &**path).filter(|path| !writes.contains(path)) {
            if state.held.remove(path) {
                continue;
            }
            let target = staging.join(path);
            folders.create_parent(&target)?;
            ops::link(&self.live.join(path), &target).with_context(|| context(&target))?;
        }
        let foreign = |path: &str| path != MANIFEST_FILE && !state.next.contains_key(path) && !self.manifest.contains_key(path);
        let mut emptied = BTreeSet::new();
        for path in state.held.iter().filter(|path| !foreign(path)) {
            let target = staging.join(&**path);
            let removing = || crate::t!("store-could-not-remove", path = target.display().to_string());
            ops::remove_file(&target).with_context(removing)?;
            emptied.extend(prune_empty_parents(staging, &target)?);
        }
        state.held.retain(|path| foreign(path));
        state.foreign = state.held.iter().map(|path| PathBuf::from(&**path)).collect();
        if self.live.is_dir() {
            let carried = self.carry_over(staging, &state.next, &state.held, folders)?;
            state.foreign.extend(carried);
        }
        let manifest = staging.join(MANIFEST_FILE);
        ops::write_new_file(&manifest, manifest_text.as_bytes()).with_context(|| context(&manifest))?;
        // A folder pruned by a later removal is gone, and needs no sync.
        for folder in folders.created.iter().rev().chain(emptied.iter().filter(|folder| folder.is_dir())) {
            ops::sync_dir(folder).with_context(|| context(folder))?;
        }
        Ok(())
    }

    /// Links into `staging` every file of the live board that is not the tool's (a
    /// `CNAME`, notes) and not `held` there already, and recreates its empty folders,
    /// except those of the tool's own: a folder the old manifest has files in, emptied by
    /// a run that failed before it could write the new manifest. Returns the files linked,
    /// as paths inside the folder (a name need not be UTF-8).
    fn carry_over(&self, staging: &Path, produced: &BTreeMap<Box<str>, Record>, held: &Held, folders: &mut Folders) -> Result<Vec<PathBuf>> {
        let mut carried = Vec::new();
        // The walk lists a folder's entries right after the folder itself, so a folder is
        // empty when the next entry is not one level below it.
        let mut last_folder: Option<(PathBuf, String, usize)> = None;
        for entry in walkdir::WalkDir::new(&self.live).follow_links(false).sort_by_file_name().min_depth(1) {
            let entry = entry.with_context(|| crate::t!("store-could-not-read", path = self.live.display().to_string()))?;
            if let Some((folder, key, depth)) = last_folder.take() {
                if entry.depth() != depth + 1 && !self.holds_files_in(&key) {
                    folders.create(&folder)?;
                }
            }
            let Ok(relative) = entry.path().strip_prefix(&self.live) else {
                continue;
            };
            let target = staging.join(relative);
            let key = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            if entry.file_type().is_dir() {
                last_folder = Some((target, key, entry.depth()));
                continue;
            }
            if key == MANIFEST_FILE || produced.contains_key(key.as_str()) || self.manifest.contains_key(key.as_str()) || held.contains(key.as_str()) {
                continue;
            }
            folders.create_parent(&target)?;
            ops::link(entry.path(), &target).with_context(|| crate::t!("store-could-not-keep", path = format!("{}/{key}", self.shown)))?;
            carried.push(relative.to_path_buf());
        }
        if let Some((folder, key, _)) = last_folder {
            if !self.holds_files_in(&key) {
                folders.create(&folder)?;
            }
        }
        Ok(carried)
    }

    /// True when the old manifest lists a file below the folder `key`.
    fn holds_files_in(&self, key: &str) -> bool {
        let prefix = format!("{key}/");
        let from = (std::ops::Bound::Included(prefix.as_str()), std::ops::Bound::Unbounded);
        self.manifest.range::<str, _>(from).next().is_some_and(|(path, _)| path.starts_with(&prefix))
    }

    /// Puts the staging folder in the place of the live board and keeps the old board as
    /// the spare, without its `stale` files ([`OwnedDir::keep_as_spare`]). Fails with [`SwitchError::Unswitchable`] when the folder cannot be renamed at all
    /// (busy, on another device, not permitted) and nothing changed: the staging folder
    /// is then kept for an update in place.
    fn switch(&self, staging: &Path, stale: &[&Path], allow_exchange: bool) -> Result<(), SwitchError> {
        let old = self.old_path();
        let shown = &self.shown;
        // Until the switch, a failure leaves the live board as it was; the staging folder
        // is removed on the way out (best effort: the next run removes what is left).
        let abandon = |error: std::io::Error| {
            if unswitchable(&error) {
                return SwitchError::Unswitchable(error);
            }
            let _ = fs::remove_dir_all(staging);
            SwitchError::Failed(anyhow::Error::new(error).context(crate::t!("store-switch-failed", folder = shown.as_str())))
        };
        if exists(&self.dir) {
            let exchanged = allow_exchange && ops::exchange(staging, &self.dir).map_err(abandon)?;
            if exchanged {
                // The staging folder now holds the old board.
                sync_after_switch(&self.dir, shown, staging)?;
                return self.keep_as_spare(staging, stale.iter().copied()).map_err(SwitchError::Failed);
            }
            ops::rename(&self.dir, &old).map_err(abandon)?;
        }
        if let Err(error) = ops::rename(staging, &self.dir) {
            // Put the old board back at once; if even that fails, the next run does it.
            if fs::rename(&old, &self.dir).is_err() {
                let _ = fs::remove_dir_all(staging);
                return Err(SwitchError::Failed(
                    anyhow::Error::new(error).context(crate::t!("store-switch-failed-restore", folder = shown.as_str())),
                ));
            }
            return Err(abandon(error));
        }
        sync_after_switch(&self.dir, shown, &old)?;
        if exists(&old) {
            self.keep_as_spare(&old, stale.iter().copied())?;
        }
        Ok(())
    }

    /// Writes the changed and new pages of `staging` into the folder itself, one file at
    /// a time (each atomically), for a folder that cannot be switched. While new files
    /// are written the manifest already lists them, so an interrupted run leaves no file
    /// the next run would take for someone else's; a changed file whose hash the manifest
    /// does not have yet is simply written again by the next run.
    fn apply_in_place(&self, staging: &Path, state: &BuildState, plan: &Plan, manifest_text: &str) -> Result<()> {
        if self.live != self.dir {
            anyhow::bail!(crate::t!(
                "store-switch-board-left-aside",
                folder = self.shown.as_str(),
                aside = self.live.display().to_string(),
                back = self.dir.display().to_string()
            ));
        }
        if !plan.added.is_empty() {
            let mut interim = self.manifest.clone();
            for path in &plan.added {
                if let Some(record) = state.next.get(path.as_str()) {
                    interim.insert(path.as_str().into(), record.clone());
                }
            }
            write_atomic(&self.dir.join(MANIFEST_FILE), render_manifest(&interim).as_bytes())?;
        }
        for path in plan.added.iter().chain(&plan.changed) {
            let from = staging.join(path);
            let contents = fs::read(&from).with_context(|| crate::t!("store-could-not-read", path = from.display().to_string()))?;
            write_atomic(&self.dir.join(path), &contents)?;
        }
        for path in &plan.removed {
            let target = self.dir.join(path);
            let removing = || crate::t!("store-could-not-remove", path = target.display().to_string());
            ops::remove_file(&target).with_context(removing)?;
            prune_empty_parents(&self.dir, &target)?;
        }
        // A page the old manifest lists that is gone already (removed by a run that failed
        // before it wrote the manifest) may have left its folder empty.
        for path in self.manifest.keys().filter(|path| is_safe_relative(path) && !state.next.contains_key(*path)) {
            let target = self.dir.join(&**path);
            if fs::symlink_metadata(&target).is_err_and(|error| error.kind() == std::io::ErrorKind::NotFound) {
                prune_empty_parents(&self.dir, &target)?;
            }
        }
        if plan.manifest_changed {
            write_atomic(&self.dir.join(MANIFEST_FILE), manifest_text.as_bytes())?;
        }
        Ok(())
    }
}

/// The files of the board being replaced that the spare may not keep: those the new
/// board does not hold as the same file (the pages written anew, and those of the old
/// manifest no longer produced: only plain paths inside the folder, since a manifest line
/// is not trusted to name one), and the files that are not the tool's.
fn stale_after_switch<'s>(owned: &'s OwnedDir, state: &'s BuildState) -> Vec<&'s Path> {
    let written = state.added.iter().chain(&state.changed).map(String::as_str);
    let dropped = owned
        .manifest
        .keys()
        .map(|path| &**path)
        .filter(|path| is_safe_relative(path) && !state.next.contains_key(*path));
    let foreign = state.foreign.iter().map(PathBuf::as_path);
    written.chain(dropped).map(Path::new).chain(foreign).collect()
}

/// Flushes the folder holding `dir` after the switch; the old board is still in `old`.
fn sync_after_switch(dir: &Path, shown: &str, old: &Path) -> Result<(), SwitchError> {
    ops::sync_dir(dir.parent().unwrap_or_else(|| Path::new(".")))
        .with_context(|| {
            if exists(old) {
                crate::t!("store-switch-not-synced-old", folder = shown, path = old.display().to_string())
            } else {
                crate::t!("store-switch-not-synced", folder = shown)
            }
        })
        .map_err(SwitchError::Failed)
}

/// Why a switch did not happen.
enum SwitchError {
    /// The folder cannot be renamed (busy, a mount point, on another device, not
    /// permitted); nothing changed and the staging folder is complete.
    Unswitchable(std::io::Error),
    /// Anything else; the staging folder is gone.
    Failed(anyhow::Error),
}

impl From<anyhow::Error> for SwitchError {
    fn from(error: anyhow::Error) -> SwitchError {
        SwitchError::Failed(error)
    }
}

/// True for the errors of renaming a folder that cannot be renamed, whatever is tried:
/// busy (a mount point, an open file on Windows), crossing devices, not permitted.
fn unswitchable(error: &std::io::Error) -> bool {
    use std::io::ErrorKind;
    matches!(error.kind(), ErrorKind::ResourceBusy | ErrorKind::CrossesDevices | ErrorKind::PermissionDenied)
}
