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
//! the next publish. These two names beside the site folder are reserved for disclose.
//!
//! A site folder that is a mount point cannot be renamed: it is updated in place, file by
//! file (each file atomically), as the only way to write there at all. A site folder that
//! is a symbolic link is resolved, and the folder it points at is the one switched.

//!
//! Pages stream in ([`OwnedDir::begin`], [`Build::put`]): a changed or new page is written
//! into the staging folder as soon as it is built, so the whole board is never held in
//! memory, and an unchanged one is recognised by the hash its manifest line records.
//! A manifest line may also record the fingerprint of the inputs a page was built from;
//! when a new run's inputs have the same fingerprint ([`Build::keep`]), the page is kept
//! without being built at all. The manifest is written after every page, so a page
//! modified after it (edited by hand) is never trusted on its hash: it is rebuilt and
//! compared byte for byte.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Component, Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use anyhow::{Context as _, Result};
use sha2::{Digest, Sha256};

use crate::hex::{hex, push_hex};
use crate::load::config::is_plain_relative;
use crate::load::CONFIG_FILE;
use crate::store::atomic::write_atomic;
use crate::store::ops;

/// The manifest's file name, inside the owned folder.
pub const MANIFEST_FILE: &str = ".disclose-manifest";

const MANIFEST_HEADER: &str = "# disclose-manifest 2\n# The files below were written by `disclose publish`, which replaces and removes only these files.\n# Do not edit: a file not listed here is never touched.\n";

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

/// One manifest line: the SHA-256 of the file's contents and, for a page built from known
/// inputs, their fingerprint.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Record {
    hash: [u8; 32],
    fingerprint: Option<Box<str>>,
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
    /// The SHA-256 of the manifest file's text as it is on disk.
    manifest_digest: Option<[u8; 32]>,
    /// When the manifest was written: the manifest is written after every page, so a
    /// page modified later was edited by someone else.
    manifest_time: Option<std::time::SystemTime>,
}

fn sha256(contents: &[u8]) -> [u8; 32] {
    Sha256::digest(contents).into()
}

fn unhex(text: &str) -> Option<[u8; 32]> {
    let bytes = text.as_bytes();
    if bytes.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, pair) in bytes.chunks(2).enumerate() {
        let digit = |b: u8| char::from(b).to_digit(16);
        out[i] = u8::try_from(digit(pair[0])? * 16 + digit(pair[1])?).ok()?;
    }
    Some(out)
}

/// The `sha256:` hash written in the manifest.
pub fn content_hash(contents: &[u8]) -> String {
    format!("sha256:{}", hex(&sha256(contents)))
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

fn canonical_lenient(path: &Path) -> PathBuf {
    // The deepest existing ancestor, resolved, with the rest appended.
    let mut missing = Vec::new();
    let mut current = path.to_path_buf();
    loop {
        if let Ok(resolved) = current.canonicalize() {
            let mut result = resolved;
            for part in missing.iter().rev() {
                result.push(part);
            }
            return result;
        }
        match (current.file_name().map(ToOwned::to_owned), current.parent()) {
            (Some(name), Some(parent)) => {
                missing.push(name);
                current = parent.to_path_buf();
            }
            _ => return path.to_path_buf(),
        }
    }
}

/// Reads manifest lines `sha256:HASH  PATH` and `sha256:HASH fp:FINGERPRINT  PATH`
/// (version 1 manifests have no fingerprints).
fn parse_manifest(text: &str) -> Option<BTreeMap<Box<str>, Record>> {
    let mut map = BTreeMap::new();
    for line in text.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (left, path) = line.split_once("  ")?;
        let (hash, fingerprint) = match left.split_once(' ') {
            Some((hash, rest)) => (hash, Some(rest.strip_prefix("fp:").filter(|fp| !fp.is_empty() && !fp.contains(' '))?)),
            None => (left, None),
        };
        let hash = unhex(hash.strip_prefix("sha256:")?)?;
        if path.is_empty() {
            return None;
        }
        map.insert(
            path.into(),
            Record {
                hash,
                fingerprint: fingerprint.map(Into::into),
            },
        );
    }
    Some(map)
}

fn render_manifest(entries: &BTreeMap<Box<str>, Record>) -> String {
    let mut text = String::with_capacity(MANIFEST_HEADER.len() + entries.len() * 120);
    text.push_str(MANIFEST_HEADER);
    for (path, record) in entries {
        text.push_str("sha256:");
        push_hex(&mut text, &record.hash);
        if let Some(fingerprint) = &record.fingerprint {
            text.push_str(" fp:");
            text.push_str(fingerprint);
        }
        text.push_str("  ");
        text.push_str(path);
        text.push('\n');
    }
    text
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

/// How a [`Build`] treats the pages it is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Changed pages go into the staging folder, which is switched in at the end.
    Stage,
    /// The folder is a mount point: changed pages are kept in memory and written in place.
    InPlace,
    /// Nothing is written: only the plan is worked out.
    DryRun,
}

/// What a [`Build`] has been given so far.
#[derive(Default)]
struct BuildState {
    next: BTreeMap<Box<str>, Record>,
    added: Vec<String>,
    changed: Vec<String>,
    /// In place: the changed and new pages.
    buffered: Vec<(String, Vec<u8>)>,
    /// The staging folder's folders, once the first page was written there.
    folders: Option<Folders>,
}

/// A new board being built into an owned folder, page by page (from several threads at
/// once if wanted). See the module's documentation.
pub struct Build<'d> {
    owned: &'d OwnedDir,
    mode: Mode,
    staging: PathBuf,
    state: Mutex<BuildState>,
    /// Set once the switch has begun: from then on the staging folder is the switch's.
    switching: bool,
}

impl std::fmt::Debug for Build<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Build").field("mode", &self.mode).finish_non_exhaustive()
    }
}

impl OwnedDir {
    /// Checks the folder `relative` below `root` and reads its manifest. Refuses the root
    /// itself, a folder above it, a folder holding a repository, a file, and a non-empty
    /// folder without a manifest.
    pub fn open(root: &Path, relative: &str) -> Result<OwnedDir, OwnedError> {
        let setting = "choose another folder with `site_dir` in the [publish] table of disclose.toml, such as \"site\"";
        if !is_plain_relative(relative) {
            return Err(OwnedError::new(
                format!("the output folder \"{relative}\" is not a folder inside the repository"),
                setting,
            ));
        }
        let mut dir = root.join(relative);
        let canonical_root = canonical_lenient(root);
        let canonical_dir = canonical_lenient(&dir);
        if canonical_root.starts_with(&canonical_dir) {
            return Err(OwnedError::new(
                format!("the output folder \"{relative}\" is the repository root or a folder above it"),
                setting,
            ));
        }
        if dir.exists() && !dir.is_dir() {
            return Err(OwnedError::new(
                format!("the output folder \"{relative}\" is a file"),
                format!("move the file away, or {setting}"),
            ));
        }
        if fs::symlink_metadata(&dir).is_ok_and(|meta| meta.file_type().is_symlink()) {
            dir = canonical_dir;
        }
        let old = beside(&dir, "old");
        let live = if !exists(&dir) && old.is_dir() { old } else { dir.clone() };
        if live.join(CONFIG_FILE).exists() || live.join(".git").exists() {
            return Err(OwnedError::new(
                format!("the output folder \"{relative}\" holds a repository ({CONFIG_FILE} or .git); publishing there would replace its files"),
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
                    format!("the output folder \"{relative}\" is not empty and was not created by disclose (it has no {MANIFEST_FILE}); nothing was written"),
                    format!("move its files elsewhere (disclose will create the folder), or {setting}"),
                ));
            }
            BTreeMap::new()
        };
        Ok(OwnedDir {
            dir,
            live,
            shown: relative.to_string(),
            manifest,
            manifest_digest: manifest_text.map(|text| sha256(text.as_bytes())),
            manifest_time: fs::metadata(&manifest_path).and_then(|meta| meta.modified()).ok(),
        })
    }

    /// True when a file of the live board (its metadata `meta`) is as the tool left it,
    /// as far as its metadata tells: a file, not modified after the manifest.
    fn untouched(&self, meta: &fs::Metadata) -> bool {
        meta.is_file()
            && self
                .manifest_time
                .is_some_and(|written| meta.modified().is_ok_and(|modified| modified <= written))
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

    /// Starts a new board: pages are then given with [`Build::put`] (or kept with
    /// [`Build::keep`]), and [`Build::commit`] switches the folder to it. First removes
    /// what an interrupted run left. With `dry_run`, writes nothing at all.
    pub fn begin(&self, dry_run: bool) -> Result<Build<'_>> {
        let mode = if dry_run {
            Mode::DryRun
        } else {
            self.remove_leftovers()?;
            if self.is_mount_point() {
                Mode::InPlace
            } else {
                Mode::Stage
            }
        };
        Ok(Build {
            owned: self,
            mode,
            staging: self.staging_path(),
            state: Mutex::new(BuildState::default()),
            switching: false,
        })
    }

    /// What writing exactly `files` (relative path, contents) would change. Refuses a
    /// path that is not a plain relative path, and a file that exists with other contents
    /// but is not in the manifest (someone else's file).
    pub fn plan(&self, files: &[(&str, &[u8])]) -> Result<Plan, OwnedError> {
        let build = Build {
            owned: self,
            mode: Mode::DryRun,
            staging: self.staging_path(),
            state: Mutex::new(BuildState::default()),
            switching: false,
        };
        for (path, contents) in files {
            build.record(path, contents, None)?;
        }
        Ok(build.plan())
    }

    /// Writes `files` and switches the folder to the new board in one step (see the
    /// module's documentation); first removes what an interrupted run left. With nothing
    /// to change, writes nothing. `_plan` is the one [`OwnedDir::plan`] gave.
    pub fn apply(&self, files: &[(&str, &[u8])], plan: &Plan) -> Result<()> {
        self.apply_with(files, plan, true)
    }

    /// [`OwnedDir::apply`], with the one-step exchange allowed or not (the tests take the
    /// two-rename path on purpose).
    fn apply_with(&self, files: &[(&str, &[u8])], _plan: &Plan, allow_exchange: bool) -> Result<()> {
        let build = self.begin(false)?;
        for (path, contents) in files {
            build.put(path, contents, None)?;
        }
        let plan = build.plan();
        build.commit_with(&plan, allow_exchange)
    }

    /// Removes the staging folder of an interrupted run, and its old folder unless the
    /// board is still there.
    fn remove_leftovers(&self) -> Result<()> {
        let staging = self.staging_path();
        if exists(&staging) {
            ops::remove_dir_all(&staging).with_context(|| format!("could not remove {}, left by an interrupted publish", staging.display()))?;
        }
        let old = self.old_path();
        if self.live != old && exists(&old) {
            ops::remove_dir_all(&old).with_context(|| format!("could not remove {}, left by an interrupted publish", old.display()))?;
        }
        Ok(())
    }

    /// True when the folder is mounted from elsewhere, so that it cannot be renamed.
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

    /// Completes the staging folder: unchanged pages and files that are not the tool's
    /// linked from the live board, the manifest last, every folder synced. The changed
    /// and new pages are already there.
    fn complete_staging(&self, staging: &Path, state: &mut BuildState, manifest_text: &str) -> Result<()> {
        let context = |path: &Path| format!("could not write {}", path.display());
        let mut folders = if let Some(folders) = state.folders.take() {
            folders
        } else {
            if let Some(parent) = staging.parent() {
                ops::create_dir_all(parent).with_context(|| context(parent))?;
            }
            let mut folders = Folders::new(staging, &self.live);
            folders.create(staging)?;
            folders
        };
        let folders = &mut folders;
        let writes: BTreeSet<&str> = state.added.iter().chain(&state.changed).map(String::as_str).collect();
        for path in state.next.keys().map(|path| &**path).filter(|path| !writes.contains(path)) {
            let target = staging.join(path);
            folders.create_parent(&target)?;
            ops::link(&self.live.join(path), &target).with_context(|| context(&target))?;
        }
        if self.live.is_dir() {
            self.carry_over(staging, &state.next, folders)?;
        }
        let manifest = staging.join(MANIFEST_FILE);
        ops::write_new_file(&manifest, manifest_text.as_bytes()).with_context(|| context(&manifest))?;
        for folder in folders.created.iter().rev() {
            ops::sync_dir(folder).with_context(|| context(folder))?;
        }
        Ok(())
    }

    /// Links into `staging` every file of the live board that is not the tool's (a
    /// `CNAME`, notes), and recreates its empty folders.
    fn carry_over(&self, staging: &Path, produced: &BTreeMap<Box<str>, Record>, folders: &mut Folders) -> Result<()> {
        for entry in walkdir::WalkDir::new(&self.live).follow_links(false).sort_by_file_name().min_depth(1) {
            let entry = entry.with_context(|| format!("could not read {}", self.live.display()))?;
            let Ok(relative) = entry.path().strip_prefix(&self.live) else {
                continue;
            };
            let key = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            let target = staging.join(relative);
            if entry.file_type().is_dir() {
                let empty = fs::read_dir(entry.path()).is_ok_and(|mut entries| entries.next().is_none());
                if empty {
                    folders.create(&target)?;
                }
                continue;
            }
            if key == MANIFEST_FILE || produced.contains_key(key.as_str()) || self.manifest.contains_key(key.as_str()) {
                continue;
            }
            folders.create_parent(&target)?;
            ops::link(entry.path(), &target).with_context(|| format!("could not keep {}/{key}", self.shown))?;
        }
        Ok(())
    }

    /// Puts the staging folder in the place of the live board and removes the old board.
    fn switch(&self, staging: &Path, allow_exchange: bool) -> Result<()> {
        let old = self.old_path();
        let shown = &self.shown;
        // Until the switch, a failure leaves the live board as it was; the staging folder
        // is removed on the way out (best effort: the next run removes what is left).
        let abandon = |error: std::io::Error| {
            let _ = fs::remove_dir_all(staging);
            anyhow::Error::new(error).context(format!("could not switch {shown} to the new board"))
        };
        if exists(&self.dir) {
            let exchanged = allow_exchange && ops::exchange(staging, &self.dir).map_err(abandon)?;
            if exchanged {
                // The staging folder now holds the old board.
                sync_after_switch(&self.dir, shown, staging)?;
                return ops::remove_dir_all(staging).with_context(|| {
                    format!(
                        "the new board is in {shown}, but the old one could not be removed from {}; the next publish removes it",
                        staging.display()
                    )
                });
            }
            ops::rename(&self.dir, &old).map_err(abandon)?;
        }
        if let Err(error) = ops::rename(staging, &self.dir) {
            // Put the old board back at once; if even that fails, the next run does it.
            let _ = fs::rename(&old, &self.dir);
            return Err(abandon(error));
        }
        sync_after_switch(&self.dir, shown, &old)?;
        if exists(&old) {
            ops::remove_dir_all(&old).with_context(|| {
                format!(
                    "the new board is in {shown}, but the old one could not be removed from {}; the next publish removes it",
                    old.display()
                )
            })?;
        }
        Ok(())
    }

    /// Writes the changed pages into the folder itself, one file at a time (each
    /// atomically), for a folder that cannot be switched. While new files are written the
    /// manifest already lists them, so an interrupted run leaves no file the next run
    /// would take for someone else's.
    fn apply_in_place(&self, state: &BuildState, plan: &Plan, manifest_text: &str) -> Result<()> {
        if !plan.added.is_empty() {
            let mut interim = self.manifest.clone();
            for path in &plan.added {
                if let Some(record) = state.next.get(path.as_str()) {
                    interim.insert(path.as_str().into(), record.clone());
                }
            }
            write_atomic(&self.dir.join(MANIFEST_FILE), render_manifest(&interim).as_bytes())?;
        }
        for (path, contents) in &state.buffered {
            write_atomic(&self.dir.join(path), contents)?;
        }
        for path in &plan.removed {
            let target = self.dir.join(path);
            ops::remove_file(&target).with_context(|| format!("could not remove {}", target.display()))?;
            self.prune_empty_parents(&target);
        }
        if plan.manifest_changed {
            write_atomic(&self.dir.join(MANIFEST_FILE), manifest_text.as_bytes())?;
        }
        Ok(())
    }

    /// Removes folders left empty by a removal, up to (not including) the owned folder.
    fn prune_empty_parents(&self, removed: &Path) {
        let mut current = removed.parent();
        while let Some(folder) = current {
            if folder == self.dir || !folder.starts_with(&self.dir) || ops::remove_dir(folder).is_err() {
                break;
            }
            current = folder.parent();
        }
    }
}

fn bug(message: String) -> OwnedError {
    OwnedError::new(message, "this is a bug in disclose: please report it")
}

impl Build<'_> {
    /// Keeps the page at `path` as it is, without building it, when the old manifest
    /// records the same inputs `fingerprint` for it and the file is there. Returns false
    /// (and records nothing) otherwise: then the page must be given with [`Build::put`].
    pub fn keep(&self, path: &str, fingerprint: &str) -> bool {
        let Some(old) = self.owned.manifest.get(path) else {
            return false;
        };
        if old.fingerprint.as_deref() != Some(fingerprint) || !is_safe_relative(path) || path == MANIFEST_FILE {
            return false;
        }
        if !fs::symlink_metadata(self.owned.live.join(path)).is_ok_and(|meta| self.owned.untouched(&meta)) {
            return false;
        }
        let mut state = lock(&self.state);
        if state.next.contains_key(path) {
            return false;
        }
        state.next.insert(path.into(), old.clone());
        true
    }

    /// Takes one page: its path, contents and, when known, the fingerprint of the inputs
    /// it was built from (for [`Build::keep`] in the next run). A changed or new page is
    /// written into the staging folder at once. Refuses an unsafe path, a path given
    /// twice, and a file in the way that is not the tool's.
    pub fn put(&self, path: &str, contents: &[u8], fingerprint: Option<&str>) -> Result<()> {
        let target = self.record(path, contents, fingerprint)?;
        match (target, self.mode) {
            (Some(target), Mode::Stage) => ops::write_new_file(&target, contents).with_context(|| format!("could not write {}", target.display())),
            (Some(_), Mode::InPlace) => {
                lock(&self.state).buffered.push((path.to_string(), contents.to_vec()));
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Records a page in the new manifest and the plan; returns where to write it when it
    /// is changed or new (and creates the folders for it).
    fn record(&self, path: &str, contents: &[u8], fingerprint: Option<&str>) -> Result<Option<PathBuf>, OwnedError> {
        if !is_safe_relative(path) || path == MANIFEST_FILE {
            return Err(bug(format!(
                "a generated file has the path \"{path}\", which is not a plain path inside the output folder"
            )));
        }
        let owned = self.owned;
        let hash = sha256(contents);
        let old = owned.manifest.get(path);
        let target = owned.live.join(path);
        let write = match fs::symlink_metadata(&target) {
            Err(_) => Some(true),
            Ok(meta) if meta.is_file() => match old {
                // The manifest's hash is trusted for a file not modified since; a file
                // edited by hand is compared byte for byte.
                Some(old)
                    if old.hash == hash
                        && meta.len() == contents.len() as u64
                        && (owned.untouched(&meta) || fs::read(&target).is_ok_and(|bytes| bytes == contents)) =>
                {
                    None
                }
                Some(_) => Some(false),
                // Not the tool's: the same contents are adopted, other contents refused.
                None if fs::read(&target).is_ok_and(|bytes| bytes == contents) => None,
                None => return Err(foreign(&owned.shown, path)),
            },
            Ok(_) => return Err(foreign(&owned.shown, path)),
        };
        let mut state = lock(&self.state);
        let record = Record {
            hash,
            fingerprint: fingerprint.map(Into::into),
        };
        if state.next.insert(path.into(), record).is_some() {
            return Err(bug(format!("the generated file \"{path}\" is produced twice")));
        }
        let Some(added) = write else {
            return Ok(None);
        };
        if added {
            state.added.push(path.to_string());
        } else {
            state.changed.push(path.to_string());
        }
        if self.mode != Mode::Stage {
            return Ok(Some(PathBuf::new()));
        }
        let staging_target = self.staging.join(path);
        let created = (|| -> Result<()> {
            if state.folders.is_none() {
                if let Some(parent) = self.staging.parent() {
                    ops::create_dir_all(parent).with_context(|| format!("could not write {}", parent.display()))?;
                }
                let mut folders = Folders::new(&self.staging, &owned.live);
                folders.create(&self.staging)?;
                state.folders = Some(folders);
            }
            match &mut state.folders {
                Some(folders) => folders.create_parent(&staging_target),
                None => Ok(()),
            }
        })();
        created.map_err(|error| OwnedError::new(format!("{error:#}"), "check that the folder beside the site folder can be written"))?;
        Ok(Some(staging_target))
    }

    /// What the pages given so far change.
    pub fn plan(&self) -> Plan {
        let state = lock(&self.state);
        let mut plan = Plan {
            added: state.added.clone(),
            changed: state.changed.clone(),
            ..Plan::default()
        };
        plan.added.sort();
        plan.changed.sort();
        plan.unchanged = state.next.len() - plan.added.len() - plan.changed.len();
        let owned = self.owned;
        for path in owned.manifest.keys() {
            if !state.next.contains_key(path) && is_safe_relative(path) && **path != *MANIFEST_FILE && owned.live.join(&**path).is_file() {
                plan.removed.push(path.to_string());
            }
        }
        let text = render_manifest(&state.next);
        plan.manifest_changed = owned.manifest_digest != Some(sha256(text.as_bytes()));
        plan
    }

    /// Switches the folder to the new board (see the module's documentation). With
    /// nothing to change, writes nothing and removes the staging folder.
    pub fn commit(self, plan: &Plan) -> Result<()> {
        self.commit_with(plan, true)
    }

    fn commit_with(mut self, plan: &Plan, allow_exchange: bool) -> Result<()> {
        let owned = self.owned;
        let needs_switch = !plan.is_empty() || plan.manifest_changed || owned.live != owned.dir;
        if !needs_switch || self.mode == Mode::DryRun {
            return Ok(());
        }
        let mut state = std::mem::take(&mut *lock(&self.state));
        let text = render_manifest(&state.next);
        if self.mode == Mode::InPlace {
            return owned.apply_in_place(&state, plan, &text);
        }
        let staging = self.staging.clone();
        if let Err(error) = owned.complete_staging(&staging, &mut state, &text) {
            // Cleaning up is best effort: the next run removes what is left.
            let _ = fs::remove_dir_all(&staging);
            return Err(error);
        }
        self.switching = true;
        owned.switch(&staging, allow_exchange)
    }
}

impl Drop for Build<'_> {
    /// A build that is dropped without being switched in leaves no staging folder
    /// (best effort: the next run removes what is left).
    fn drop(&mut self) {
        if self.mode == Mode::Stage && !self.switching && exists(&self.staging) {
            let _ = fs::remove_dir_all(&self.staging);
        }
    }
}

/// Flushes the folder holding `dir` after the switch; the old board is still in `old`.
fn sync_after_switch(dir: &Path, shown: &str, old: &Path) -> Result<()> {
    ops::sync_dir(dir.parent().unwrap_or_else(|| Path::new("."))).with_context(|| {
        let mut message = format!("the new board is in {shown}, but the switch could not be synced to the disk");
        if exists(old) {
            let _ = write!(message, "; the old board is left in {} and the next publish removes it", old.display());
        }
        message
    })
}

/// The folders created in a staging folder, each once, parents first, with the
/// permissions of the same folder in the live board.
struct Folders {
    root: PathBuf,
    live: PathBuf,
    created: Vec<PathBuf>,
    known: BTreeSet<PathBuf>,
}

impl Folders {
    fn new(root: &Path, live: &Path) -> Folders {
        Folders {
            root: root.to_path_buf(),
            live: live.to_path_buf(),
            created: Vec::new(),
            known: BTreeSet::new(),
        }
    }

    /// Creates `folder` (the staging folder or one inside it) and its missing parents.
    fn create(&mut self, folder: &Path) -> Result<()> {
        if self.known.contains(folder) {
            return Ok(());
        }
        if folder != self.root && folder.starts_with(&self.root) {
            if let Some(parent) = folder.parent() {
                self.create(parent)?;
            }
        }
        ops::create_dir_all(folder).with_context(|| format!("could not create the folder {}", folder.display()))?;
        // A folder of the old board keeps its permissions (a web server's group, say).
        if let Some(model) = folder
            .strip_prefix(&self.root)
            .ok()
            .and_then(|relative| fs::metadata(self.live.join(relative)).ok())
        {
            if model.is_dir() {
                fs::set_permissions(folder, model.permissions()).with_context(|| format!("could not create the folder {}", folder.display()))?;
            }
        }
        self.known.insert(folder.to_path_buf());
        self.created.push(folder.to_path_buf());
        Ok(())
    }

    fn create_parent(&mut self, file: &Path) -> Result<()> {
        match file.parent() {
            Some(parent) => self.create(parent),
            None => Ok(()),
        }
    }
}

fn damaged(relative: &str) -> OwnedError {
    OwnedError::new(
        format!("{relative}/{MANIFEST_FILE} is damaged, so disclose cannot tell which files it wrote; nothing was written"),
        format!("if {relative} holds only pages written by disclose, delete the folder and publish again"),
    )
}

fn foreign(shown: &str, path: &str) -> OwnedError {
    OwnedError::new(
        format!("{shown}/{path} exists but was not written by disclose (it is not in {shown}/{MANIFEST_FILE}); nothing was written"),
        format!("move {shown}/{path} out of the output folder, then publish again"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::fault::with_fail_at;

    fn files<'a>(list: &'a [(&'a str, &'a str)]) -> Vec<(&'a str, &'a [u8])> {
        list.iter().map(|(p, c)| (*p, c.as_bytes())).collect()
    }

    #[test]
    fn writes_only_changes_and_removes_only_its_own_files() {
        let root = tempfile::tempdir().unwrap();
        let owned = OwnedDir::open(root.path(), "site").unwrap();
        let first = files(&[("index.html", "one"), ("items/a.html", "a"), ("items/b.html", "b")]);
        let plan = owned.plan(&first).unwrap();
        assert_eq!(plan.added, ["index.html", "items/a.html", "items/b.html"]);
        owned.apply(&first, &plan).unwrap();
        let site = root.path().join("site");
        let manifest = fs::read_to_string(site.join(MANIFEST_FILE)).unwrap();
        assert!(manifest.contains(&format!("{}  items/a.html\n", content_hash(b"a"))), "{manifest}");

        // A file the user put there, and a page written by hand into a tool folder.
        fs::write(site.join("CNAME"), "board.example").unwrap();
        fs::write(site.join("items/notes.txt"), "mine").unwrap();
        let a_time = fs::metadata(site.join("items/a.html")).unwrap().modified().unwrap();

        let owned = OwnedDir::open(root.path(), "site").unwrap();
        let second = files(&[("index.html", "two"), ("items/a.html", "a")]);
        let plan = owned.plan(&second).unwrap();
        assert_eq!(
            (plan.added.len(), plan.changed.clone(), plan.removed.clone(), plan.unchanged),
            (0, vec!["index.html".to_string()], vec!["items/b.html".to_string()], 1)
        );
        owned.apply(&second, &plan).unwrap();
        assert_eq!(fs::read_to_string(site.join("index.html")).unwrap(), "two");
        assert!(!site.join("items/b.html").exists());
        assert_eq!(
            fs::read_to_string(site.join("CNAME")).unwrap(),
            "board.example",
            "a file not in the manifest is never touched"
        );
        assert_eq!(fs::read_to_string(site.join("items/notes.txt")).unwrap(), "mine");
        assert_eq!(
            fs::metadata(site.join("items/a.html")).unwrap().modified().unwrap(),
            a_time,
            "an unchanged page is not rewritten"
        );

        // Same input again: nothing to do.
        let owned = OwnedDir::open(root.path(), "site").unwrap();
        let plan = owned.plan(&second).unwrap();
        assert!(plan.is_empty() && !plan.manifest_changed, "{plan:?}");
    }

    #[test]
    fn refuses_a_foreign_folder_and_a_foreign_file() {
        let root = tempfile::tempdir().unwrap();
        fs::create_dir_all(root.path().join("site")).unwrap();
        fs::write(root.path().join("site/index.html"), "hand made").unwrap();
        let error = OwnedDir::open(root.path(), "site").unwrap_err();
        assert!(error.message.contains("was not created by disclose"), "{}", error.message);
        assert_eq!(fs::read_to_string(root.path().join("site/index.html")).unwrap(), "hand made");

        // A folder with a manifest that does not list a file that is in the way.
        fs::write(root.path().join("site").join(MANIFEST_FILE), MANIFEST_HEADER).unwrap();
        let owned = OwnedDir::open(root.path(), "site").unwrap();
        let error = owned.plan(&files(&[("index.html", "generated")])).unwrap_err();
        assert!(
            error.message.starts_with("site/index.html exists but was not written by disclose"),
            "{}",
            error.message
        );
        // The same contents are adopted, not refused.
        assert!(owned.plan(&files(&[("index.html", "hand made")])).is_ok());
    }

    #[test]
    fn refuses_the_root_above_it_and_a_repository() {
        let root = tempfile::tempdir().unwrap();
        let repo = root.path().join("repo");
        fs::create_dir_all(repo.join("nested")).unwrap();
        fs::write(repo.join("nested").join(CONFIG_FILE), "").unwrap();
        for bad in [".", "..", "/tmp", "", "../repo"] {
            assert!(OwnedDir::open(&repo, bad).is_err(), "{bad} accepted");
        }
        assert!(OwnedDir::open(&repo, "nested").unwrap_err().message.contains("holds a repository"));
    }

    #[test]
    fn a_manifest_naming_paths_outside_is_not_followed() {
        let root = tempfile::tempdir().unwrap();
        fs::write(root.path().join("keep.md"), "mine").unwrap();
        fs::create_dir_all(root.path().join("site")).unwrap();
        let text = format!("{MANIFEST_HEADER}{}  ../keep.md\n", content_hash(b"mine"));
        fs::write(root.path().join("site").join(MANIFEST_FILE), text).unwrap();
        let owned = OwnedDir::open(root.path(), "site").unwrap();
        let list = files(&[("index.html", "x")]);
        let plan = owned.plan(&list).unwrap();
        assert!(plan.removed.is_empty());
        owned.apply(&list, &plan).unwrap();
        assert_eq!(fs::read_to_string(root.path().join("keep.md")).unwrap(), "mine");
    }

    /// A temporary folder, in memory where the system has one (these tests sync a lot).
    fn scratch() -> tempfile::TempDir {
        let shm = Path::new("/dev/shm");
        if shm.is_dir() {
            if let Ok(dir) = tempfile::tempdir_in(shm) {
                return dir;
            }
        }
        tempfile::tempdir().unwrap()
    }

    /// Every file below `dir` with its bytes.
    fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
        walkdir::WalkDir::new(dir)
            .into_iter()
            .map(Result::unwrap)
            .filter(|e| e.file_type().is_file())
            .map(|e| (e.path().strip_prefix(dir).unwrap().to_string_lossy().into_owned(), fs::read(e.path()).unwrap()))
            .collect()
    }

    /// The names in `root`, sorted.
    fn names(root: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(root)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    fn publish(root: &Path, list: &[(&str, &str)], allow_exchange: bool) -> Result<()> {
        let owned = OwnedDir::open(root, "site").map_err(anyhow::Error::new)?;
        let list = files(list);
        let plan = owned.plan(&list).map_err(anyhow::Error::new)?;
        owned.apply_with(&list, &plan, allow_exchange)
    }

    const OLD: &[(&str, &str)] = &[
        ("index.html", "old index"),
        ("items/a.html", "a"),
        ("items/b.html", "b"),
        ("feed.xml", "old feed"),
    ];
    const NEW: &[(&str, &str)] = &[
        ("index.html", "new index"),
        ("items/a.html", "a"),
        ("items/c.html", "c"),
        ("feed.xml", "new feed"),
    ];

    #[test]
    fn a_failure_at_any_step_leaves_the_old_board_or_the_new_one() {
        for allow_exchange in [true, false] {
            let (mut n, mut old_tree, mut new_tree) = (1, None, None);
            loop {
                let root = scratch();
                let site = root.path().join("site");
                publish(root.path(), OLD, allow_exchange).unwrap();
                fs::write(site.join("CNAME"), "board.example").unwrap();
                let before = tree(&site);
                let (result, steps) = with_fail_at(n, || publish(root.path(), NEW, allow_exchange));
                let after = tree(&site);
                if let Err(error) = &result {
                    assert!(format!("{error:#}").contains("injected failure"), "{error:#}");
                    assert!(
                        after == before || Some(&after) == new_tree.as_ref(),
                        "exchange {allow_exchange}, step {n}: a mixed board {after:?}"
                    );
                    old_tree.get_or_insert(before);
                    // The next run finishes the work and leaves nothing beside the folder.
                    publish(root.path(), NEW, allow_exchange).unwrap();
                } else {
                    assert!(steps >= 10, "{steps}");
                }
                let done = tree(&site);
                assert_eq!(names(root.path()), ["site"], "exchange {allow_exchange}, step {n}");
                assert_eq!(done.get("CNAME").map(Vec::as_slice), Some(b"board.example".as_slice()));
                assert_eq!(done.get("items/c.html").map(Vec::as_slice), Some(b"c".as_slice()));
                assert!(!done.contains_key("items/b.html"));
                if new_tree.is_none() {
                    new_tree = Some(done.clone());
                }
                assert_eq!(Some(&done), new_tree.as_ref());
                if result.is_ok() {
                    break;
                }
                n += 1;
            }
            assert!(n > 10 && old_tree.is_some(), "exchange {allow_exchange}: {n} steps");
        }
    }

    #[test]
    fn an_interrupted_two_step_switch_is_repaired_by_the_next_run() {
        let root = scratch();
        publish(root.path(), OLD, true).unwrap();
        let old_tree = tree(&root.path().join("site"));
        // Killed between the two renames: the old board aside, a staging folder, no site.
        fs::rename(root.path().join("site"), root.path().join(".site.disclose-old")).unwrap();
        fs::create_dir_all(root.path().join(".site.disclose-staging/items")).unwrap();
        fs::write(root.path().join(".site.disclose-staging/items/c.html"), "c").unwrap();
        let owned = OwnedDir::open(root.path(), "site").unwrap();
        let unchanged = files(OLD);
        let plan = owned.plan(&unchanged).unwrap();
        assert!(plan.is_empty(), "the old board is read from where it was put aside: {plan:?}");
        owned.apply(&unchanged, &plan).unwrap();
        assert_eq!(names(root.path()), ["site"]);
        assert_eq!(tree(&root.path().join("site")), old_tree);
        publish(root.path(), NEW, true).unwrap();
        assert_eq!(tree(&root.path().join("site"))["index.html"], b"new index");
    }

    #[test]
    fn leftovers_are_removed_even_when_nothing_changes() {
        let root = scratch();
        publish(root.path(), OLD, true).unwrap();
        fs::create_dir_all(root.path().join(".site.disclose-staging/items")).unwrap();
        fs::create_dir_all(root.path().join(".site.disclose-old")).unwrap();
        publish(root.path(), OLD, true).unwrap();
        assert_eq!(names(root.path()), ["site"]);
    }

    #[test]
    fn an_empty_folder_of_the_user_is_kept_and_emptied_tool_folders_go() {
        let root = scratch();
        publish(root.path(), OLD, true).unwrap();
        fs::create_dir_all(root.path().join("site/uploads")).unwrap();
        publish(root.path(), &[("index.html", "only")], true).unwrap();
        assert!(root.path().join("site/uploads").is_dir());
        assert!(!root.path().join("site/items").exists());
    }

    #[cfg(unix)]
    #[test]
    fn the_new_board_keeps_the_folders_permissions_and_the_pages_files() {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let root = scratch();
        let site = root.path().join("site");
        publish(root.path(), OLD, true).unwrap();
        fs::set_permissions(&site, fs::Permissions::from_mode(0o750)).unwrap();
        fs::set_permissions(site.join("items"), fs::Permissions::from_mode(0o710)).unwrap();
        let inode = fs::metadata(site.join("items/a.html")).unwrap().ino();
        publish(root.path(), NEW, true).unwrap();
        assert_eq!(fs::metadata(&site).unwrap().permissions().mode() & 0o777, 0o750);
        assert_eq!(fs::metadata(site.join("items")).unwrap().permissions().mode() & 0o777, 0o710);
        assert_eq!(
            fs::metadata(site.join("items/a.html")).unwrap().ino(),
            inode,
            "an unchanged page is the same file"
        );
    }

    #[test]
    fn a_page_with_the_same_fingerprint_is_kept_without_its_contents() {
        let root = scratch();
        let owned = OwnedDir::open(root.path(), "site").unwrap();
        let build = owned.begin(false).unwrap();
        build.put("items/a.html", b"a", Some("f1")).unwrap();
        build.put("index.html", b"i", None).unwrap();
        let plan = build.plan();
        build.commit(&plan).unwrap();
        let manifest = fs::read_to_string(root.path().join("site").join(MANIFEST_FILE)).unwrap();
        assert!(manifest.contains(&format!("{} fp:f1  items/a.html\n", content_hash(b"a"))), "{manifest}");

        let owned = OwnedDir::open(root.path(), "site").unwrap();
        let build = owned.begin(false).unwrap();
        assert!(!build.keep("items/a.html", "f2"), "other inputs");
        assert!(!build.keep("index.html", "f1"), "no fingerprint recorded");
        assert!(build.keep("items/a.html", "f1"));
        build.put("index.html", b"i", None).unwrap();
        let plan = build.plan();
        assert!(plan.is_empty() && !plan.manifest_changed && plan.unchanged == 2, "{plan:?}");
        build.commit(&plan).unwrap();
        assert_eq!(names(root.path()), ["site"]);

        // A page changed by hand after the manifest is not kept.
        std::thread::sleep(std::time::Duration::from_millis(20));
        fs::write(root.path().join("site/items/a.html"), "b").unwrap();
        let owned = OwnedDir::open(root.path(), "site").unwrap();
        let build = owned.begin(false).unwrap();
        assert!(!build.keep("items/a.html", "f1"));
    }

    #[test]
    fn version_1_manifests_are_read() {
        let text = format!("# disclose-manifest 1\n{}  index.html\n", content_hash(b"x"));
        let map = parse_manifest(&text).unwrap();
        assert_eq!(map["index.html"].hash, sha256(b"x"));
        assert!(parse_manifest("sha256:zz  index.html\n").is_none());
        assert!(parse_manifest(&format!("{} xx:1  a\n", content_hash(b"x"))).is_none());
    }

    #[test]
    fn unsafe_generated_paths_are_refused() {
        let root = tempfile::tempdir().unwrap();
        let owned = OwnedDir::open(root.path(), "site").unwrap();
        for bad in ["../x.html", "/x.html", "a//b", "a\\b", MANIFEST_FILE, ""] {
            assert!(owned.plan(&files(&[(bad, "x")])).is_err(), "{bad} accepted");
        }
    }
}
