//! Names the commit the binary was built from, for `disclose --version`
//! ("disclose 0.1.0 (commit 0123abcde)").
//!
//! The commit is, in order: the `DISCLOSE_COMMIT` environment variable (for builds from a
//! tarball that know their commit), `git rev-parse`, the `.git` folder read directly (a
//! clone on a machine without git), or "unknown" (a tarball): the build never fails for
//! want of it. A commit with uncommitted changes on top is not marked as such.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Hex digits of the commit shown, as rustc shows its own.
const SHORT: usize = 9;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=DISCLOSE_COMMIT");
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let commit = std::env::var("DISCLOSE_COMMIT")
        .ok()
        .map(|commit| commit.trim().to_string())
        .filter(|commit| !commit.is_empty())
        .or_else(|| {
            let git = GitDir::find(&root)?;
            git.watch();
            from_git(&root).or_else(|| git.head())
        })
        .map_or_else(|| "unknown".to_string(), |commit| commit.chars().take(SHORT).collect());
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    println!("cargo:rustc-env=DISCLOSE_VERSION={version} (commit {commit})");
}

/// The commit from `git rev-parse`, if git is installed and the folder is a repository.
fn from_git(root: &Path) -> Option<String> {
    let output = Command::new("git").arg("-C").arg(root).args(["rev-parse", "HEAD"]).output().ok()?;
    let commit = String::from_utf8(output.stdout).ok()?.trim().to_string();
    (output.status.success() && is_hash(&commit)).then_some(commit)
}

/// The repository's `.git` folder: where HEAD is, and where the branches are (the same
/// folder, except in a linked worktree, whose `.git` file points to its own folder).
struct GitDir {
    head_dir: PathBuf,
    common_dir: PathBuf,
}

impl GitDir {
    fn find(root: &Path) -> Option<GitDir> {
        let dot_git = root.join(".git");
        let head_dir = if dot_git.is_dir() {
            dot_git
        } else {
            let pointer = fs::read_to_string(&dot_git).ok()?;
            let target = PathBuf::from(pointer.strip_prefix("gitdir:")?.trim());
            if target.is_absolute() {
                target
            } else {
                root.join(target)
            }
        };
        let common_dir = match fs::read_to_string(head_dir.join("commondir")) {
            Ok(common) => head_dir.join(common.trim()),
            Err(_) => head_dir.clone(),
        };
        head_dir.join("HEAD").is_file().then_some(GitDir { head_dir, common_dir })
    }

    /// The branch HEAD names ("refs/heads/main"), or `None` when HEAD is a bare commit.
    fn branch(&self) -> Option<String> {
        let head = fs::read_to_string(self.head_dir.join("HEAD")).ok()?;
        head.trim().strip_prefix("ref:").map(|reference| reference.trim().to_string())
    }

    /// The commit of HEAD, read from the files: HEAD itself, the branch's file, or
    /// packed-refs.
    fn head(&self) -> Option<String> {
        let head = fs::read_to_string(self.head_dir.join("HEAD")).ok()?;
        let Some(branch) = self.branch() else {
            let commit = head.trim().to_string();
            return is_hash(&commit).then_some(commit);
        };
        if let Ok(commit) = fs::read_to_string(self.common_dir.join(&branch)) {
            let commit = commit.trim().to_string();
            return is_hash(&commit).then_some(commit);
        }
        let packed = fs::read_to_string(self.common_dir.join("packed-refs")).ok()?;
        packed.lines().find_map(|line| {
            let (commit, name) = line.split_once(' ')?;
            (name.trim() == branch && is_hash(commit)).then(|| commit.to_string())
        })
    }

    /// Builds again when HEAD moves: a commit, a checkout, a pack of the refs. Only files
    /// that exist are named (cargo would build every time for one that does not).
    fn watch(&self) {
        let mut watched = vec![self.head_dir.join("HEAD"), self.common_dir.join("packed-refs")];
        if let Some(branch) = self.branch() {
            let file = self.common_dir.join(&branch);
            // A branch kept only in packed-refs gets its own file on the next commit.
            watched.push(if file.is_file() {
                file
            } else {
                file.parent().map(Path::to_path_buf).unwrap_or(file)
            });
        }
        for path in watched.into_iter().filter(|path| path.exists()) {
            println!("cargo:rerun-if-changed={}", path.display());
        }
    }
}

fn is_hash(text: &str) -> bool {
    text.len() >= SHORT && text.bytes().all(|byte| byte.is_ascii_hexdigit())
}
