//! The repository's git history, read with gix (no `git` binary needed): the commits of
//! the first-parent line from `HEAD`, oldest first, and for each the record files it
//! added, changed or removed.
//!
//! The first-parent line is the history as the organisation's main branch recorded it:
//! a change made on a side branch counts from the merge that brought it in, which is
//! when it entered the record. Dates are the committer's (the day the commit was made,
//! in the committer's own time zone), not the author's.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use gix::ObjectId;

/// Why the history cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    /// No git repository at or above the folder.
    #[error("{}", crate::t!("audit-not-git", folder = .0.as_str()))]
    NotGit(String),
    /// A repository without a commit.
    #[error("{}", crate::t!("audit-no-commits", folder = .0.as_str()))]
    NoCommits(String),
    /// The object database could not be read.
    #[error("{}", crate::t!("audit-unreadable", error = .0.as_str()))]
    Read(String),
}

fn read_error(error: impl std::fmt::Display) -> HistoryError {
    HistoryError::Read(error.to_string())
}

/// One commit of the first-parent line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commit {
    /// The full id (40 hex digits).
    pub id: String,
    /// The committer's date, in the committer's time zone.
    pub date: NaiveDate,
}

impl Commit {
    /// The id as people quote it: its first 12 hex digits.
    pub fn short(&self) -> &str {
        &self.id[..self.id.len().min(12)]
    }

    /// The commit as findings name it: "commit ID on DATE", in the terminal's language.
    pub fn named(&self) -> String {
        crate::t!("audit-at-commit", commit = self.short(), date = self.date.to_string())
    }
}

/// A record file added, changed or removed by a commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The path, relative to the disclose repository root, with `/` separators.
    pub path: String,
    /// The file's blob after the commit, or `None` when it was removed.
    pub blob: Option<ObjectId>,
}

/// The folders and files whose history is the record.
const RECORD_FOLDERS: [&str; 3] = ["items", "feedback", "catalogue"];
const RECORD_FILE: &str = "disclose.toml";

/// The memory kept for objects already read (trees, mostly). 8 MiB each for this cache
/// and the pack cache audit a 10,000-item history as fast as 32 MiB each did (1.12 s
/// against 1.15 s, medians of five) with 55 MiB less memory (143 MiB against 198 MiB
/// resident, of which about 90 MiB are the pack file mapped, not the heap).
const OBJECT_CACHE_BYTES: usize = 8 * 1024 * 1024;

/// The memory kept for decoded delta bases in packs (see [`OBJECT_CACHE_BYTES`]).
const PACK_CACHE_BYTES: usize = 8 * 1024 * 1024;

/// An open repository and its first-parent line.
pub struct History {
    repo: gix::Repository,
    /// The disclose root's path inside the git work tree (empty at its top).
    prefix: Vec<String>,
    commits: Vec<(ObjectId, Commit)>,
}

impl History {
    /// Opens the git repository holding `root` and lists its first-parent line.
    pub fn open(root: &Path) -> Result<History, HistoryError> {
        let shown = root.display().to_string();
        let mut repo = gix::discover(root).map_err(|_| HistoryError::NotGit(shown.clone()))?;
        // Each changed tree is read twice, as the new side of one commit and the old side
        // of the next: keep decoded objects rather than inflate them again.
        repo.object_cache_size_if_unset(OBJECT_CACHE_BYTES);
        // Most objects in a pack are deltas against others: keep the bases decoded, so
        // that each object does not inflate its whole delta chain again.
        repo.objects
            .set_pack_cache(|| Box::new(gix::odb::pack::cache::lru::MemoryCappedHashmap::new(PACK_CACHE_BYTES)));
        let prefix = match repo.workdir() {
            Some(workdir) => relative_components(root, workdir),
            None => Vec::new(),
        };
        let head = match repo.head_id() {
            Ok(id) => id.detach(),
            Err(_) => return Err(HistoryError::NoCommits(shown)),
        };
        let walk = repo.rev_walk([head]).first_parent_only().all().map_err(read_error)?;
        let mut ids = Vec::new();
        for info in walk {
            ids.push(info.map_err(read_error)?.id);
        }
        ids.reverse();
        let mut commits = Vec::with_capacity(ids.len());
        for id in ids {
            let commit = repo.find_commit(id).map_err(read_error)?;
            let time = commit.time().map_err(read_error)?;
            let local = chrono::DateTime::from_timestamp(time.seconds + i64::from(time.offset), 0)
                .ok_or_else(|| HistoryError::Read(crate::t!("audit-date-out-of-range", commit = id.to_string())))?;
            commits.push((
                id,
                Commit {
                    id: id.to_string(),
                    date: local.date_naive(),
                },
            ));
        }
        Ok(History { repo, prefix, commits })
    }

    /// The commits, oldest first.
    pub fn commits(&self) -> impl Iterator<Item = &Commit> {
        self.commits.iter().map(|(_, commit)| commit)
    }

    /// The record files that the `index`th commit changed from the one before it.
    pub fn changes(&self, index: usize) -> Result<Vec<Change>, HistoryError> {
        let new = self.record_tree(index)?;
        let old = match index.checked_sub(1) {
            Some(before) => self.record_tree(before)?,
            None => None,
        };
        let mut out = Vec::new();
        self.diff(old, new, "", true, &mut out)?;
        Ok(out)
    }

    /// A blob's bytes.
    pub fn blob(&self, id: ObjectId) -> Result<Vec<u8>, HistoryError> {
        Ok(self.repo.find_blob(id).map_err(read_error)?.detach().data)
    }

    /// The tree of the disclose root in the `index`th commit, if it has that folder.
    fn record_tree(&self, index: usize) -> Result<Option<ObjectId>, HistoryError> {
        let (id, _) = &self.commits[index];
        let commit = self.repo.find_commit(*id).map_err(read_error)?;
        let mut tree = commit.tree_id().map_err(read_error)?.detach();
        for part in &self.prefix {
            match self.entries(tree)?.into_iter().find(|(name, is_tree, _)| *is_tree && name == part) {
                Some((_, _, child)) => tree = child,
                None => return Ok(None),
            }
        }
        Ok(Some(tree))
    }

    /// A tree's blobs and subtrees: (name, is a tree, id). Links and submodules are not
    /// record files and are left out.
    fn entries(&self, tree: ObjectId) -> Result<Vec<(String, bool, ObjectId)>, HistoryError> {
        let tree = self.repo.find_tree(tree).map_err(read_error)?;
        let decoded = tree.decode().map_err(read_error)?;
        Ok(sorted_entries(&decoded)
            .into_iter()
            .map(|(name, is_tree, id)| (name.into_owned(), is_tree, id))
            .collect())
    }

    /// Compares two trees, descending only into subtrees whose ids differ; at the top,
    /// only into the record folders. The names are walked in order on both sides at
    /// once (a year folder holds a thousand items), each name's subtree before its file.
    fn diff(&self, old: Option<ObjectId>, new: Option<ObjectId>, path: &str, top: bool, out: &mut Vec<Change>) -> Result<(), HistoryError> {
        if old == new {
            return Ok(());
        }
        let old_tree = old.map(|id| self.repo.find_tree(id)).transpose().map_err(read_error)?;
        let new_tree = new.map(|id| self.repo.find_tree(id)).transpose().map_err(read_error)?;
        let old_decoded = old_tree.as_ref().map(gix::Tree::decode).transpose().map_err(read_error)?;
        let new_decoded = new_tree.as_ref().map(gix::Tree::decode).transpose().map_err(read_error)?;
        let old_entries = old_decoded.as_ref().map(sorted_entries).unwrap_or_default();
        let new_entries = new_decoded.as_ref().map(sorted_entries).unwrap_or_default();
        let (mut old_rest, mut new_rest) = (old_entries.as_slice(), new_entries.as_slice());
        while let Some(name) = next_name(old_rest, new_rest) {
            let (old_group, old_after) = split_name(old_rest, name);
            let (new_group, new_after) = split_name(new_rest, name);
            (old_rest, new_rest) = (old_after, new_after);
            if top && !RECORD_FOLDERS.contains(&name) && name != RECORD_FILE {
                continue;
            }
            let find = |group: &[Entry<'_>], want_tree: bool| group.iter().find(|(_, t, _)| *t == want_tree).map(|(_, _, id)| *id);
            let child = if path.is_empty() { name.to_string() } else { format!("{path}/{name}") };
            let (old_tree, new_tree) = (find(old_group, true), find(new_group, true));
            if (old_tree.is_some() || new_tree.is_some()) && !(top && name == RECORD_FILE) {
                self.diff(old_tree, new_tree, &child, false, out)?;
            }
            let (old_blob, new_blob) = (find(old_group, false), find(new_group, false));
            if old_blob != new_blob && (!top || name == RECORD_FILE) {
                out.push(Change { path: child, blob: new_blob });
            }
        }
        Ok(())
    }
}

/// A tree entry: its name (read as UTF-8, invalid bytes replaced), whether it is a tree,
/// and its id.
type Entry<'a> = (std::borrow::Cow<'a, str>, bool, ObjectId);

/// A decoded tree's blobs and subtrees, ordered by name as text (git orders a subtree
/// as if its name ended in `/`), entries of one name in the tree's order. Links and
/// submodules are not record files and are left out.
fn sorted_entries<'a>(tree: &gix::objs::TreeRef<'a>) -> Vec<Entry<'a>> {
    let mut entries: Vec<Entry<'a>> = tree
        .entries
        .iter()
        .filter(|entry| entry.mode.is_tree() || entry.mode.is_blob())
        .map(|entry| (String::from_utf8_lossy(entry.filename), entry.mode.is_tree(), entry.oid.to_owned()))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    entries
}

/// The smaller of the first names left on either side.
fn next_name<'a>(old: &'a [Entry<'_>], new: &'a [Entry<'_>]) -> Option<&'a str> {
    match (old.first(), new.first()) {
        (Some(a), Some(b)) => Some(a.0.as_ref().min(b.0.as_ref())),
        (Some(a), None) => Some(a.0.as_ref()),
        (None, Some(b)) => Some(b.0.as_ref()),
        (None, None) => None,
    }
}

/// The leading entries named `name`, and the rest.
fn split_name<'a, 'b>(entries: &'a [Entry<'b>], name: &str) -> (&'a [Entry<'b>], &'a [Entry<'b>]) {
    let count = entries.iter().take_while(|(n, _, _)| n == name).count();
    entries.split_at(count)
}

/// `root`'s components below `workdir`, comparing their resolved forms.
fn relative_components(root: &Path, workdir: &Path) -> Vec<String> {
    let resolve = |path: &Path| path.canonicalize().unwrap_or_else(|_| PathBuf::from(path));
    let (root, workdir) = (resolve(root), resolve(workdir));
    root.strip_prefix(&workdir)
        .map(|rest| rest.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect())
        .unwrap_or_default()
}
