//! Finding the files of one kind under a folder: `*.md` or `*.toml`, hidden files and
//! folders skipped, symbolic links followed only when they stay inside the repository.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::diag::{Code, Finding, Findings, Location};
use crate::load::source::display_path;

/// Files with `extension` below `root/folder`, as paths relative to `root`, sorted by
/// their bytes. The folder's subfolders (one per year) are walked in parallel, and
/// unsorted: a city's archive lists 100,000 files, and one sort at the end is cheaper.
pub fn files_with_extension(root: &Path, folder: &str, extension: &str, findings: &mut Findings) -> Vec<PathBuf> {
    files_and_folders(root, folder, extension, findings).files
}

/// What [`files_and_folders`] found: the files, and every real folder (not a link, not
/// hidden) below the folder walked, both relative to the root.
#[derive(Default)]
pub struct Walked {
    /// The files with the extension, sorted by their bytes.
    pub files: Vec<PathBuf>,
    /// The folders the walk entered, unsorted: an item's attachment folder is listed
    /// only when it is one of them, so that 100,000 items without one cost no `lstat`.
    pub folders: HashSet<PathBuf>,
}

/// [`files_with_extension`], with the folders the walk entered.
pub fn files_and_folders(root: &Path, folder: &str, extension: &str, findings: &mut Findings) -> Walked {
    let base = root.join(folder);
    if !base.is_dir() {
        // A missing folder is an empty one; a file (or a link to one) in its place is
        // said, never silently ignored.
        if base.exists() || base.symlink_metadata().is_ok() {
            findings.push(
                Finding::new(Code::NotAFolder, crate::t!("not-a-folder", folder = folder))
                    .at(&Location::file_start(folder))
                    .help(crate::t!("not-a-folder-help", folder = folder)),
            );
        }
        return Walked::default();
    }
    let canonical_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let walk = |start: &Path, depth: usize| {
        let mut found = Found::default();
        let walker = WalkDir::new(start).follow_links(false).max_depth(depth);
        for entry in walker
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
        {
            found.visit(root, &canonical_root, folder, extension, entry, depth == 1);
        }
        found
    };
    // The folder itself, one level deep: its files, and the subfolders to walk.
    let mut top = walk(&base, 1);
    let walked: Vec<Found> = top.subfolders.par_iter().map(|subfolder| walk(subfolder, usize::MAX)).collect();
    for found in walked {
        top.files.extend(found.files);
        top.folders.extend(found.folders);
        top.findings.extend(found.findings);
    }
    findings.extend(top.findings);
    top.files.par_sort_unstable_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
    Walked {
        files: top.files,
        folders: top
            .folders
            .into_iter()
            .chain(top.subfolders.iter().map(|path| path.strip_prefix(root).unwrap_or(path).to_path_buf()))
            .collect(),
    }
}

/// What one walk found.
#[derive(Default)]
struct Found {
    files: Vec<PathBuf>,
    subfolders: Vec<PathBuf>,
    /// Folders entered below the subfolders, relative to the root.
    folders: Vec<PathBuf>,
    findings: Findings,
}

impl Found {
    /// Records one entry of a walk. With `defer_subfolders`, a real subfolder (not a
    /// link) is noted for its own walk instead of entered.
    fn visit(&mut self, root: &Path, canonical_root: &Path, folder: &str, extension: &str, entry: walkdir::Result<walkdir::DirEntry>, defer_subfolders: bool) {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                let path = error.path().map_or_else(|| folder.to_string(), |p| relative(root, p));
                self.findings.push(
                    Finding::new(Code::InvalidValue, crate::t!("invalid-value-unreadable-folder", error = error.to_string()))
                        .at(&Location::file_start(&path))
                        .help(crate::t!("invalid-value-unreadable-folder-help")),
                );
                return;
            }
        };
        let path = entry.path();
        let is_wanted = path.extension().is_some_and(|e| e == extension);
        if entry.path_is_symlink() {
            match path.canonicalize() {
                Ok(target) if target.starts_with(canonical_root) && target.is_file() => {
                    if is_wanted {
                        self.files.push(path.strip_prefix(root).unwrap_or(path).to_path_buf());
                    }
                }
                Ok(target) if target.starts_with(canonical_root) => {
                    self.findings.push(symlink_finding(root, path, crate::t!("symlink-skipped-folder")));
                }
                Ok(_) => self.findings.push(symlink_finding(root, path, crate::t!("symlink-skipped-outside"))),
                Err(_) => self.findings.push(symlink_finding(root, path, crate::t!("symlink-skipped-broken"))),
            }
            return;
        }
        if defer_subfolders && entry.depth() == 1 && entry.file_type().is_dir() {
            self.subfolders.push(path.to_path_buf());
        } else if entry.file_type().is_dir() && entry.depth() > 0 {
            self.folders.push(path.strip_prefix(root).unwrap_or(path).to_path_buf());
        } else if entry.file_type().is_file() && is_wanted {
            self.files.push(path.strip_prefix(root).unwrap_or(path).to_path_buf());
        }
    }
}

fn relative(root: &Path, path: &Path) -> String {
    display_path(path.strip_prefix(root).unwrap_or(path))
}

/// `message` says why the link was not followed.
fn symlink_finding(root: &Path, path: &Path, message: String) -> Finding {
    Finding::new(Code::SymlinkSkipped, message)
        .at(&Location::file_start(&relative(root, path)))
        .help(crate::t!("symlink-skipped-help"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The folders of a walk are the real, visible folders below the one walked: an
    /// item's attachment folder at any depth, never a hidden folder or a link.
    #[test]
    fn the_walk_names_the_folders_it_entered() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for folder in ["items/2026/a", "items/2026/deep/b/c", "items/.hidden/x", "items/top"] {
            std::fs::create_dir_all(root.join(folder)).unwrap();
        }
        std::fs::write(root.join("items/2026/a.md"), "").unwrap();
        std::fs::write(root.join("items/2026/deep/b.md"), "").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(root.join("items/2026/a"), root.join("items/2026/link")).unwrap();
        let mut findings = Findings::new();
        let walked = files_and_folders(root, "items", "md", &mut findings);
        let mut folders: Vec<String> = walked.folders.iter().map(|path| display_path(path)).collect();
        folders.sort();
        assert_eq!(
            folders,
            [
                "items/2026",
                "items/2026/a",
                "items/2026/deep",
                "items/2026/deep/b",
                "items/2026/deep/b/c",
                "items/top"
            ]
        );
        assert_eq!(walked.files.len(), 2);
    }
}
