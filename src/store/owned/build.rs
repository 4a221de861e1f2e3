//! A new board being built into an owned folder, page by page, then switched in.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use anyhow::{Context as _, Result};

use super::manifest::{render_manifest, xxh3, ContentHash, Record};
use super::spare::Held;
use super::{bug, exists, foreign, is_safe_relative, lock, OwnedDir, OwnedError, Plan, MANIFEST_FILE};
use crate::stat_at::Folder;
use crate::store::ops;

/// How a [`Build`] treats the pages it is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Changed pages go into the staging folder, which is switched in (or, for a folder
    /// that cannot be switched, copied in place) at the end.
    Stage,
    /// Nothing is written: only the plan is worked out.
    DryRun,
}

/// What a [`Build`] has been given so far.
#[derive(Default)]
pub(super) struct BuildState {
    pub(super) next: BTreeMap<Box<str>, Record>,
    pub(super) added: Vec<String>,
    pub(super) changed: Vec<String>,
    /// The staging folder's folders, once the first page was written there.
    pub(super) folders: Option<Folders>,
    /// The files already in the staging folder when it is the spare board taken back:
    /// each the live board's file at the same path.
    pub(super) held: Held,
    /// The files of the new board that are not the tool's (a `CNAME`, notes): never kept
    /// in the spare, so a file the user deletes or replaces leaves no copy behind.
    pub(super) foreign: Vec<PathBuf>,
}

/// A new board being built into an owned folder, page by page (from several threads at
/// once if wanted). See the module's documentation.
pub struct Build<'d> {
    owned: &'d OwnedDir,
    mode: Mode,
    /// True when the folder is known beforehand not to be switchable (a mount point, or
    /// a system other than Unix): the staging folder then holds only the changed pages.
    in_place: bool,
    staging: PathBuf,
    /// The live board, opened once for the metadata of the pages it holds.
    live: Folder,
    state: Mutex<BuildState>,
    /// Set once the switch has begun: from then on the staging folder is the switch's.
    switching: bool,
}

impl std::fmt::Debug for Build<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Build")
            .field("mode", &self.mode)
            .field("in_place", &self.in_place)
            .finish_non_exhaustive()
    }
}

/// How the folder was brought to the new board.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing had to change.
    Unchanged,
    /// The new board was switched in, in one step.
    Switched,
    /// The folder could not be switched, so its files were updated in place, each
    /// atomically; the reason, for the summary.
    InPlace(String),
}

impl OwnedDir {
    /// Starts a new board: pages are then given with [`Build::put`] (or kept with
    /// [`Build::keep`]), and [`Build::commit`] switches the folder to it. First removes
    /// what an interrupted run left. With `dry_run`, writes nothing at all.
    pub fn begin(&self, dry_run: bool) -> Result<Build<'_>> {
        if dry_run {
            return Ok(self.build(Mode::DryRun));
        }
        self.remove_leftovers()?;
        Ok(self.build(Mode::Stage))
    }

    /// Takes the staging folder's folders out of `state` (the caller puts them back),
    /// the folder created first if it is not there yet: from the spare board when there
    /// is one to take back (its files recorded in `state.held`), else empty. Only a run
    /// that writes or removes a page gets here, so a publish with nothing to change
    /// leaves the spare as it is.
    pub(super) fn take_staging(&self, staging: &Path, in_place: bool, state: &mut BuildState) -> Result<Folders> {
        if let Some(folders) = state.folders.take() {
            return Ok(folders);
        }
        if let Some(parent) = staging.parent() {
            ops::create_dir_all(parent).with_context(|| crate::t!("store-could-not-write", path = parent.display().to_string()))?;
        }
        if let Some(held) = self.take_spare(staging, !in_place)? {
            state.held = held;
        }
        let mut folders = Folders::new(staging, &self.live);
        folders.create(staging)?;
        Ok(folders)
    }

    fn build(&self, mode: Mode) -> Build<'_> {
        Build {
            owned: self,
            mode,
            in_place: mode == Mode::Stage && self.cannot_be_switched().is_some(),
            staging: self.staging_path(),
            live: Folder::open(&self.live),
            state: Mutex::new(BuildState::default()),
            switching: false,
        }
    }

    /// What writing exactly `files` (relative path, contents) would change. Refuses a
    /// path that is not a plain relative path, and a file that exists with other contents
    /// but is not in the manifest (someone else's file).
    pub fn plan(&self, files: &[(&str, &[u8])]) -> Result<Plan, OwnedError> {
        let build = self.build(Mode::DryRun);
        for (path, contents) in files {
            build.record(path, contents, None)?;
        }
        Ok(build.plan())
    }

    /// Writes `files` and switches the folder to the new board in one step (see the
    /// module's documentation); first removes what an interrupted run left. With nothing
    /// to change, writes nothing. `_plan` is the one [`OwnedDir::plan`] gave.
    pub fn apply(&self, files: &[(&str, &[u8])], plan: &Plan) -> Result<Outcome> {
        self.apply_with(files, plan, true)
    }

    /// [`OwnedDir::apply`], with the one-step exchange allowed or not (the tests take the
    /// two-rename path on purpose).
    pub(super) fn apply_with(&self, files: &[(&str, &[u8])], _plan: &Plan, allow_exchange: bool) -> Result<Outcome> {
        let build = self.begin(false)?;
        for (path, contents) in files {
            build.put(path, contents, None)?;
        }
        let plan = build.plan();
        let mut prepared = build.prepare(&plan)?;
        prepared.allow_exchange = allow_exchange;
        prepared.switch()
    }
}

/// A new board whose every file is written, ready to be switched in
/// ([`Prepared::switch`]); dropped instead, it leaves the live board as it was and
/// removes the staging folder.
pub struct Prepared<'d> {
    build: Build<'d>,
    work: Option<(BuildState, Plan, String)>,
    allow_exchange: bool,
}

impl std::fmt::Debug for Prepared<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Prepared").field("build", &self.build).finish_non_exhaustive()
    }
}

impl Prepared<'_> {
    /// Puts the new board in place of the old one: in one step where the folder can be
    /// switched, else file by file in place (see the module's documentation).
    pub fn switch(mut self) -> Result<Outcome> {
        let Some((state, plan, text)) = self.work.take() else {
            return Ok(Outcome::Unchanged);
        };
        self.build.switching = true;
        let build = &self.build;
        build
            .owned
            .switch_or_update(&build.staging, &state, &plan, &text, build.in_place, self.allow_exchange)
    }
}

impl<'d> Build<'d> {
    /// Keeps the page at `path` as it is, without building it, when the old manifest
    /// records the same inputs `fingerprint` for it (in a line of this build's form) and
    /// the file is there. Returns false (and records nothing) otherwise: then the page
    /// must be given with [`Build::put`].
    pub fn keep(&self, path: &str, fingerprint: &str) -> bool {
        let Some(old) = self.owned.manifest.get(path) else {
            return false;
        };
        // A line of an earlier build's form is not carried over: the page is built and
        // compared, and its line written in this build's form.
        if !old.hash.is_current() || old.fingerprint.as_deref() != Some(fingerprint) || !is_safe_relative(path) || path == MANIFEST_FILE {
            return false;
        }
        if !self.live.symlink_metadata(Path::new(path)).is_some_and(|meta| self.owned.untouched(&meta)) {
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
            (Some(target), Mode::Stage) => {
                ops::write_new_file(&target, contents).with_context(|| crate::t!("store-could-not-write", path = target.display().to_string()))
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
        let hash = ContentHash::of(contents);
        let old = owned.manifest.get(path);
        let target = owned.live.join(path);
        let write = match self.live.symlink_metadata(Path::new(path)) {
            None => Some(true),
            Some(meta) if meta.is_file => match old {
                // The manifest's hash is trusted for a file not modified since; a file
                // edited by hand, or listed with an earlier build's hash, is compared
                // byte for byte.
                Some(old)
                    if meta.len == contents.len() as u64
                        && match old.hash.matches(hash) {
                            Some(same) => same && (owned.untouched(&meta) || same_bytes(&target, contents)),
                            None => same_bytes(&target, contents),
                        } =>
                {
                    None
                }
                Some(_) => Some(false),
                // Not the tool's: the same contents are adopted, other contents refused.
                None if same_bytes(&target, contents) => None,
                None => return Err(foreign(&owned.shown, path)),
            },
            Some(_) => return Err(foreign(&owned.shown, path)),
        };
        let mut state = lock(&self.state);
        let record = Record {
            hash,
            fingerprint: fingerprint.map(Into::into),
        };
        if state.next.insert(path.into(), record).is_some() {
            return Err(bug(crate::t!("store-bug-twice", path = path)));
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
            let mut folders = owned.take_staging(&self.staging, self.in_place, &mut state)?;
            let parent = folders.create_parent(&staging_target);
            state.folders = Some(folders);
            parent?;
            if state.held.remove(path) {
                // The spare's copy of the old page: a second name of the live file,
                // which must stay as it is.
                ops::remove_file(&staging_target).with_context(|| crate::t!("store-could-not-write", path = staging_target.display().to_string()))?;
            }
            Ok(())
        })();
        created.map_err(|error| OwnedError::new(format!("{error:#}"), crate::t!("store-staging-unwritable-help")))?;
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
        plan.manifest_changed = owned.manifest_digest != Some(xxh3(text.as_bytes()));
        plan
    }

    /// Switches the folder to the new board (see the module's documentation). With
    /// nothing to change, writes nothing and removes the staging folder.
    pub fn commit(self, plan: &Plan) -> Result<Outcome> {
        self.prepare(plan)?.switch()
    }

    /// Completes the new board beside the live one (unchanged pages and the files that
    /// are not the tool's linked in, the manifest written, everything synced), so that
    /// all that is left is the switch. A failure here leaves the live board as it was.
    pub fn prepare(self, plan: &Plan) -> Result<Prepared<'d>> {
        let owned = self.owned;
        let needs_switch = !plan.is_empty() || plan.manifest_changed || owned.live != owned.dir;
        if !needs_switch || self.mode == Mode::DryRun {
            return Ok(Prepared {
                build: self,
                work: None,
                allow_exchange: true,
            });
        }
        let mut state = std::mem::take(&mut *lock(&self.state));
        let text = render_manifest(&state.next);
        if !self.in_place {
            if let Err(error) = owned.complete_staging(&self.staging, &mut state, &text) {
                // Cleaning up is best effort: the next run removes what is left.
                let _ = fs::remove_dir_all(&self.staging);
                return Err(error);
            }
        }
        Ok(Prepared {
            build: self,
            work: Some((state, plan.clone(), text)),
            allow_exchange: true,
        })
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

/// The folders created in a staging folder, each once, parents first, with the
/// permissions of the same folder in the live board.
pub(super) struct Folders {
    root: PathBuf,
    live: PathBuf,
    pub(super) created: Vec<PathBuf>,
    /// The folders created so far (hashed: a path's order compares it part by part).
    known: HashSet<PathBuf>,
}

impl Folders {
    pub(super) fn new(root: &Path, live: &Path) -> Folders {
        Folders {
            root: root.to_path_buf(),
            live: live.to_path_buf(),
            created: Vec::new(),
            known: HashSet::new(),
        }
    }

    /// Creates `folder` (the staging folder or one inside it) and its missing parents.
    pub(super) fn create(&mut self, folder: &Path) -> Result<()> {
        if self.known.contains(folder) {
            return Ok(());
        }
        if folder != self.root && folder.starts_with(&self.root) {
            if let Some(parent) = folder.parent() {
                self.create(parent)?;
            }
        }
        ops::create_dir_all(folder).with_context(|| crate::t!("store-could-not-create-folder", path = folder.display().to_string()))?;
        // A folder of the old board keeps its permissions (a web server's group, say).
        if let Some(model) = folder
            .strip_prefix(&self.root)
            .ok()
            .and_then(|relative| fs::metadata(self.live.join(relative)).ok())
        {
            if model.is_dir() {
                fs::set_permissions(folder, model.permissions())
                    .with_context(|| crate::t!("store-could-not-create-folder", path = folder.display().to_string()))?;
            }
        }
        self.known.insert(folder.to_path_buf());
        self.created.push(folder.to_path_buf());
        Ok(())
    }

    pub(super) fn create_parent(&mut self, file: &Path) -> Result<()> {
        match file.parent() {
            Some(parent) => self.create(parent),
            None => Ok(()),
        }
    }
}

/// True when the file at `path` holds exactly `contents`.
fn same_bytes(path: &Path, contents: &[u8]) -> bool {
    fs::read(path).is_ok_and(|bytes| bytes == contents)
}
