//! Output folders the tool owns (the board in `site_dir`): a manifest `.disclose-manifest`
//! inside the folder lists every file the tool wrote, with a hash of its contents. The tool
//! refuses a non-empty folder without a manifest (someone else's folder), refuses a folder
//! that is the repository root, lies above it or holds a repository; writes only the files
//! whose contents changed (so unchanged pages keep their modification times), each one
//! atomically; removes the files of the old manifest that are no longer produced; and
//! never touches a file that is not in the manifest.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Component, Path, PathBuf};

use anyhow::{Context as _, Result};
use sha2::{Digest, Sha256};

use crate::load::config::is_plain_relative;
use crate::load::CONFIG_FILE;
use crate::store::atomic::write_atomic;

/// The manifest's file name, inside the owned folder.
pub const MANIFEST_FILE: &str = ".disclose-manifest";

const MANIFEST_HEADER: &str = "# disclose-manifest 1\n# The files below were written by `disclose publish`, which replaces and removes only these files.\n# Do not edit: a file not listed here is never touched.\n";

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
    /// The manifest text to write, when it differs from the one on disk.
    manifest: Option<String>,
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
    /// The folder.
    dir: PathBuf,
    /// The folder as configured, for messages (e.g. `site`).
    shown: String,
    /// The old manifest: relative path → `sha256:` hash.
    manifest: BTreeMap<String, String>,
    /// The manifest file's text as it is on disk.
    manifest_text: Option<String>,
}

/// The `sha256:` hash written in the manifest.
pub fn content_hash(contents: &[u8]) -> String {
    let digest = Sha256::digest(contents);
    let mut text = String::with_capacity(71);
    text.push_str("sha256:");
    for byte in &digest {
        let _ = write!(text, "{byte:02x}");
    }
    text
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

fn parse_manifest(text: &str) -> Option<BTreeMap<String, String>> {
    let mut map = BTreeMap::new();
    for line in text.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (hash, path) = line.split_once("  ")?;
        if !hash.starts_with("sha256:") || path.is_empty() {
            return None;
        }
        map.insert(path.to_string(), hash.to_string());
    }
    Some(map)
}

fn render_manifest(entries: &BTreeMap<String, String>) -> String {
    let mut text = MANIFEST_HEADER.to_string();
    for (path, hash) in entries {
        let _ = writeln!(text, "{hash}  {path}");
    }
    text
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
        let dir = root.join(relative);
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
        if dir.join(CONFIG_FILE).exists() || dir.join(".git").exists() {
            return Err(OwnedError::new(
                format!("the output folder \"{relative}\" holds a repository ({CONFIG_FILE} or .git); publishing there would replace its files"),
                setting,
            ));
        }
        let manifest_path = dir.join(MANIFEST_FILE);
        let manifest_text = match fs::read(&manifest_path) {
            Ok(bytes) => Some(String::from_utf8(bytes).map_err(|_| damaged(relative))?),
            Err(_) => None,
        };
        let manifest = if let Some(text) = &manifest_text {
            parse_manifest(text).ok_or_else(|| damaged(relative))?
        } else {
            let non_empty = fs::read_dir(&dir).is_ok_and(|mut entries| entries.next().is_some());
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
            shown: relative.to_string(),
            manifest,
            manifest_text,
        })
    }

    /// The folder.
    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// The files the old manifest lists.
    pub fn owned_files(&self) -> impl Iterator<Item = &str> {
        self.manifest.keys().map(String::as_str)
    }

    /// What writing exactly `files` (relative path, contents) would change. Refuses a
    /// path that is not a plain relative path, and a file that exists with other contents
    /// but is not in the manifest (someone else's file).
    pub fn plan(&self, files: &[(&str, &[u8])]) -> Result<Plan, OwnedError> {
        let mut plan = Plan::default();
        let mut next: BTreeMap<String, String> = BTreeMap::new();
        for (path, contents) in files {
            if !is_safe_relative(path) || *path == MANIFEST_FILE {
                return Err(OwnedError::new(
                    format!("a generated file has the path \"{path}\", which is not a plain path inside the output folder"),
                    "this is a bug in disclose: please report it",
                ));
            }
            let hash = content_hash(contents);
            if next.insert((*path).to_string(), hash).is_some() {
                return Err(OwnedError::new(
                    format!("the generated file \"{path}\" is produced twice"),
                    "this is a bug in disclose: please report it",
                ));
            }
            let target = self.dir.join(path);
            match fs::symlink_metadata(&target) {
                Err(_) => plan.added.push((*path).to_string()),
                Ok(meta) if meta.is_file() => {
                    let same = fs::read(&target).is_ok_and(|bytes| bytes == *contents);
                    if same {
                        plan.unchanged += 1;
                    } else if self.manifest.contains_key(*path) {
                        plan.changed.push((*path).to_string());
                    } else {
                        return Err(foreign(&self.shown, path));
                    }
                }
                Ok(_) => return Err(foreign(&self.shown, path)),
            }
        }
        for path in self.manifest.keys() {
            if !next.contains_key(path) && is_safe_relative(path) && path != MANIFEST_FILE && self.dir.join(path).is_file() {
                plan.removed.push(path.clone());
            }
        }
        let text = render_manifest(&next);
        if self.manifest_text.as_deref() != Some(text.as_str()) {
            plan.manifest = Some(text);
        }
        Ok(plan)
    }

    /// Writes `files` as planned: the changed ones atomically, then removes the ones no
    /// longer produced, then the manifest. While new files are written the manifest
    /// already lists them, so an interrupted run leaves no file the next run would take
    /// for someone else's.
    pub fn apply(&self, files: &[(&str, &[u8])], plan: &Plan) -> Result<()> {
        fs::create_dir_all(&self.dir).with_context(|| format!("could not create the folder {}", self.dir.display()))?;
        let writes: BTreeSet<&str> = plan.added.iter().chain(&plan.changed).map(String::as_str).collect();
        if !plan.added.is_empty() {
            let mut interim = self.manifest.clone();
            for (path, contents) in files.iter().filter(|(path, _)| writes.contains(path)) {
                interim.insert((*path).to_string(), content_hash(contents));
            }
            write_atomic(&self.dir.join(MANIFEST_FILE), render_manifest(&interim).as_bytes())?;
        }
        for (path, contents) in files.iter().filter(|(path, _)| writes.contains(path)) {
            write_atomic(&self.dir.join(path), contents)?;
        }
        for path in &plan.removed {
            let target = self.dir.join(path);
            fs::remove_file(&target).with_context(|| format!("could not remove {}", target.display()))?;
            self.prune_empty_parents(&target);
        }
        if let Some(text) = &plan.manifest {
            write_atomic(&self.dir.join(MANIFEST_FILE), text.as_bytes())?;
        }
        Ok(())
    }

    /// Removes folders left empty by a removal, up to (not including) the owned folder.
    fn prune_empty_parents(&self, removed: &Path) {
        let mut current = removed.parent();
        while let Some(folder) = current {
            if folder == self.dir || !folder.starts_with(&self.dir) || fs::remove_dir(folder).is_err() {
                break;
            }
            current = folder.parent();
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
        assert!(plan.is_empty() && plan.manifest.is_none(), "{plan:?}");
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

    #[test]
    fn unsafe_generated_paths_are_refused() {
        let root = tempfile::tempdir().unwrap();
        let owned = OwnedDir::open(root.path(), "site").unwrap();
        for bad in ["../x.html", "/x.html", "a//b", "a\\b", MANIFEST_FILE, ""] {
            assert!(owned.plan(&files(&[(bad, "x")])).is_err(), "{bad} accepted");
        }
    }
}
