//! Where the tool may write. Its output folders — the board (`site_dir`), the members'
//! bulletins (`bulletin_dir`), the archive register that `disclose archive --write`
//! saves in `archive/`, and the file `disclose report --output` writes — are compared by
//! their real location, after resolving symbolic links (the deepest part of the path that
//! exists is resolved, the rest appended), never by the text of their names. None of
//! them may lie in, contain or be another one, nor lie in or contain a folder that holds
//! the repository's own files (`items/`, `feedback/`, `catalogue/`, `calendar/`,
//! `templates/`, `.git`), nor be the repository root or lie above it. `check` reports a
//! conflict as a `config-invalid` error at the key in disclose.toml; `publish`,
//! `bulletin`, `archive --write` and `report --output` refuse before writing anything.

use std::ffi::OsString;
use std::path::{Component, Path, PathBuf};

use crate::commands::archive::ARCHIVE_DIR;
use crate::load::CONFIG_FILE;
use crate::model::Config;

/// The folders holding the repository's own files, which no output may touch.
pub const INPUT_FOLDERS: [&str; 6] = ["items", "feedback", "catalogue", "calendar", "templates", ".git"];

/// `path` made absolute, with the deepest part that exists resolved through symbolic
/// links and the rest appended (`.` dropped, `..` taking one name off), so that two
/// spellings of one place, or a link and its target, compare equal.
pub fn real_location(path: &Path) -> PathBuf {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    let mut missing: Vec<OsString> = Vec::new();
    let mut current = absolute.as_path();
    loop {
        if let Ok(resolved) = current.canonicalize() {
            let mut result = resolved;
            for part in missing.iter().rev() {
                match Path::new(part).components().next() {
                    Some(Component::ParentDir) => {
                        result.pop();
                    }
                    Some(Component::CurDir) | None => {}
                    Some(_) => result.push(part),
                }
            }
            return result;
        }
        match (current.file_name(), current.parent()) {
            (Some(name), Some(parent)) => {
                missing.push(name.to_os_string());
                current = parent;
            }
            // `..` or `.` at the end: keep it for the loop above to apply.
            (None, Some(parent)) if current.ends_with("..") || current.ends_with(".") => {
                missing.push(current.components().next_back().map_or_else(OsString::new, |c| c.as_os_str().to_os_string()));
                current = parent;
            }
            _ => return absolute,
        }
    }
}

/// One place the tool writes to.
#[derive(Debug, Clone)]
pub struct Output<'a> {
    /// How messages name it (`` `site_dir` "site" ``, say).
    pub label: String,
    /// The disclose.toml key that sets it, if one does.
    pub key: Option<&'a str>,
    /// The path, relative to the root or absolute.
    pub path: PathBuf,
}

/// An output that may not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The output (its index among those given) the message is about.
    pub output: usize,
    /// The disclose.toml key to blame, if the output is set there.
    pub key: Option<String>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: String,
}

/// The outputs a repository's configuration defines: the board, the bulletins and the
/// archive register's folder, in that order.
pub fn configured_outputs(config: &Config) -> Vec<Output<'static>> {
    outputs_of(&config.site_dir, &config.bulletin_dir)
}

/// [`configured_outputs`] for these two settings.
pub fn outputs_of(site_dir: &str, bulletin_dir: &str) -> Vec<Output<'static>> {
    vec![
        Output {
            label: crate::t!("config-invalid-label-site", path = site_dir),
            key: Some("publish.site_dir"),
            path: PathBuf::from(site_dir),
        },
        Output {
            label: crate::t!("config-invalid-label-bulletins", path = bulletin_dir),
            key: Some("publish.bulletin_dir"),
            path: PathBuf::from(bulletin_dir),
        },
        Output {
            label: crate::t!("config-invalid-label-archive", path = ARCHIVE_DIR),
            key: None,
            path: PathBuf::from(ARCHIVE_DIR),
        },
    ]
}

/// How two places overlap, as the messages' `$how` selector names it.
fn overlap(a: &Path, b: &Path) -> Option<&'static str> {
    if a == b {
        Some("same")
    } else if a.starts_with(b) {
        Some("inside")
    } else if b.starts_with(a) {
        Some("contains")
    } else {
        None
    }
}

/// Every conflict among `outputs` and between them and the repository's own folders
/// under `root`. A pair of outputs is reported once, at the later one that has a key.
pub fn conflicts(root: &Path, outputs: &[Output<'_>]) -> Vec<Conflict> {
    let real_root = real_location(root);
    let inputs: Vec<(&str, PathBuf)> = INPUT_FOLDERS
        .iter()
        .chain(std::iter::once(&CONFIG_FILE))
        .map(|name| (*name, real_location(&real_root.join(name))))
        .collect();
    let reals: Vec<PathBuf> = outputs.iter().map(|output| real_location(&real_root.join(&output.path))).collect();
    let mut found = Vec::new();
    for (i, output) in outputs.iter().enumerate() {
        let real = &reals[i];
        let key = output.key.map(str::to_string);
        let label = &output.label;
        let help = crate::t!("config-invalid-output-help");
        let path = real.display().to_string();
        if real_root.starts_with(real) {
            found.push(Conflict {
                output: i,
                key: key.clone(),
                message: crate::t!("config-invalid-output-root", label = label.as_str(), path = path.as_str()),
                help: help.clone(),
            });
            continue;
        }
        if let Some((name, how)) = inputs.iter().find_map(|(name, input)| overlap(real, input).map(|how| (*name, how))) {
            found.push(Conflict {
                output: i,
                key: key.clone(),
                message: crate::t!(
                    "config-invalid-output-input",
                    label = label.as_str(),
                    how = how,
                    name = name,
                    path = path.as_str()
                ),
                help: help.clone(),
            });
            continue;
        }
        for (j, other) in outputs.iter().enumerate().take(i) {
            let Some(how) = overlap(real, &reals[j]) else {
                continue;
            };
            let blame = if output.key.is_some() { key.clone() } else { other.key.map(str::to_string) };
            let is_board = |o: &Output<'_>| o.key == Some("publish.site_dir");
            let (message, help) = if is_board(other) && output.key == Some("publish.bulletin_dir") {
                (
                    crate::t!("config-invalid-bulletins-in-site", how = how, path = path.as_str()),
                    crate::t!("config-invalid-bulletins-in-site-help"),
                )
            } else {
                (
                    crate::t!(
                        "config-invalid-output-overlap",
                        label = label.as_str(),
                        how = how,
                        other = other.label.as_str(),
                        path = path.as_str()
                    ),
                    help.clone(),
                )
            };
            found.push(Conflict {
                output: i,
                key: blame,
                message,
                help,
            });
        }
    }
    found
}

/// The first conflict of writing to `target` (named `label`: a folder or a file, relative
/// to the root or absolute) in a repository whose configuration is `config`, checked
/// against the board, the bulletins, the archive register's folder (unless `target` is
/// that folder) and the repository's own folders.
pub fn conflict_of(root: &Path, config: &Config, label: &str, target: &Path) -> Option<Conflict> {
    let mut outputs = configured_outputs(config);
    outputs.retain(|output| output.key.is_some() || output.path != target);
    outputs.push(Output {
        label: label.to_string(),
        key: None,
        path: target.to_path_buf(),
    });
    let last = outputs.len() - 1;
    conflicts(root, &outputs).into_iter().find(|conflict| conflict.output == last)
}

/// Reports every template override that cannot be used (`template-invalid`), so that
/// `check` names it and `publish` refuses before writing anything.
pub fn check_templates(repo: &crate::model::Repo, findings: &mut crate::diag::Findings) {
    use crate::diag::{Code, Finding};
    for problem in crate::render::templates::override_problems(&repo.root) {
        findings.push(
            Finding::new(Code::TemplateInvalid, problem.message)
                .at(&problem.location)
                .help(crate::t!("template-invalid-help")),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outputs(site: &str, bulletins: &str) -> Vec<Output<'static>> {
        outputs_of(site, bulletins)
    }

    #[test]
    fn links_are_resolved_before_folders_are_compared() {
        let root = tempfile::tempdir().unwrap();
        assert!(conflicts(root.path(), &outputs("site", "bulletins")).is_empty());
        std::fs::create_dir_all(root.path().join("site/b")).unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("site/b", root.path().join("bulletins")).unwrap();
            let found = conflicts(root.path(), &outputs("site", "bulletins"));
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(found[0].key.as_deref(), Some("publish.bulletin_dir"));
            assert!(found[0].message.contains("overlap"), "{}", found[0].message);
        }
    }

    #[test]
    fn outputs_never_touch_the_repository_s_own_folders_or_each_other() {
        let root = tempfile::tempdir().unwrap();
        let found = conflicts(root.path(), &outputs("site", "items/2026"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.contains("lies inside items"), "{}", found[0].message);
        let found = conflicts(root.path(), &outputs("archive", "bulletins"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].key.as_deref(), Some("publish.site_dir"));
        let found = conflicts(root.path(), &outputs("site/../.git/x", "bulletins"));
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn real_location_applies_dots_after_the_existing_part() {
        let root = tempfile::tempdir().unwrap();
        let real = real_location(root.path());
        assert_eq!(real_location(&root.path().join("a/../b/./c")), real.join("b/c"));
    }
}
