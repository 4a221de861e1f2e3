//! Finding the files of one kind under a folder: `*.md` or `*.toml`, hidden files and
//! folders skipped, symbolic links followed only when they stay inside the repository.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::diag::{Code, Finding, Findings, Location};
use crate::load::source::display_path;

/// Files with `extension` below `root/folder`, as paths relative to `root`, sorted.
pub fn files_with_extension(root: &Path, folder: &str, extension: &str, findings: &mut Findings) -> Vec<PathBuf> {
    let base = root.join(folder);
    if !base.is_dir() {
        return Vec::new();
    }
    let canonical_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let mut files = Vec::new();
    let walker = WalkDir::new(&base).follow_links(false).sort_by_file_name().into_iter();
    for entry in walker.filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.')) {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                let path = error.path().map_or_else(|| folder.to_string(), |p| relative(root, p));
                findings.push(
                    Finding::new(Code::InvalidValue, format!("could not read this folder: {error}"))
                        .at(&Location::file_start(&path))
                        .help("check the folder's permissions"),
                );
                continue;
            }
        };
        let path = entry.path();
        let is_wanted = path.extension().is_some_and(|e| e == extension);
        if entry.path_is_symlink() {
            match path.canonicalize() {
                Ok(target) if target.starts_with(&canonical_root) && target.is_file() => {
                    if is_wanted {
                        files.push(path.strip_prefix(root).unwrap_or(path).to_path_buf());
                    }
                }
                Ok(target) if target.starts_with(&canonical_root) => {
                    findings.push(symlink_finding(root, path, "it is a link to a folder, and linked folders are not followed"));
                }
                Ok(_) => findings.push(symlink_finding(root, path, "it points outside the repository")),
                Err(_) => findings.push(symlink_finding(root, path, "it is broken or part of a loop")),
            }
            continue;
        }
        if entry.file_type().is_file() && is_wanted {
            files.push(path.strip_prefix(root).unwrap_or(path).to_path_buf());
        }
    }
    files
}

fn relative(root: &Path, path: &Path) -> String {
    display_path(path.strip_prefix(root).unwrap_or(path))
}

fn symlink_finding(root: &Path, path: &Path, why: &str) -> Finding {
    Finding::new(Code::SymlinkSkipped, format!("this symbolic link was not followed: {why}"))
        .at(&Location::file_start(&relative(root, path)))
        .help("replace the link with the file itself, inside the repository")
}
