//! Atomic writes: the new contents go to a temporary file in the same folder, are synced,
//! and are renamed over the target, so a crash leaves the old file or the new one, never
//! a mix.
//!
//! A run killed between creating its temporary file and renaming it (`kill -9`, a power
//! cut) leaves a `.disclose-XXXXXX.tmp` behind. The first write of a later run into
//! that folder removes every such file older than [`STALE_AFTER`]: only names of the
//! tool's own pattern, only plain files, and only old ones, so that a write in progress
//! in another process is never touched.

use std::io;
use std::path::Path;

use anyhow::{Context, Result};

use crate::store::fault::{step, Op};
use crate::store::ops;

/// The prefix and suffix of the tool's temporary files.
pub const TEMPORARY_PREFIX: &str = ".disclose-";
/// See [`TEMPORARY_PREFIX`].
pub const TEMPORARY_SUFFIX: &str = ".tmp";

/// How old a temporary file must be before a later run takes it for a leftover.
pub const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(10 * 60);

/// True for a name the tool gives its temporary files: `.disclose-` + six or more
/// letters and digits + `.tmp`.
pub fn is_temporary_name(name: &str) -> bool {
    name.strip_prefix(TEMPORARY_PREFIX)
        .and_then(|rest| rest.strip_suffix(TEMPORARY_SUFFIX))
        .is_some_and(|middle| middle.len() >= 6 && middle.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Removes the temporary files a killed run left in `folder` (see the module's
/// documentation), once per folder and process. Best effort: a leftover that cannot be
/// removed only takes space.
pub fn sweep_leftovers(folder: &Path) {
    use std::collections::HashSet;
    use std::sync::{Mutex, PoisonError};
    static SWEPT: Mutex<Option<HashSet<std::path::PathBuf>>> = Mutex::new(None);
    {
        let mut swept = SWEPT.lock().unwrap_or_else(PoisonError::into_inner);
        if !swept.get_or_insert_with(HashSet::new).insert(folder.to_path_buf()) {
            return;
        }
    }
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    let now = std::time::SystemTime::now();
    for entry in entries.flatten() {
        let name = entry.file_name();
        if !name.to_str().is_some_and(is_temporary_name) {
            continue;
        }
        let old = entry.metadata().is_ok_and(|meta| {
            meta.is_file()
                && meta
                    .modified()
                    .is_ok_and(|modified| now.duration_since(modified).is_ok_and(|age| age >= STALE_AFTER))
        });
        if old {
            let _ = ops::remove_file(&entry.path());
        }
    }
}

/// Replaces (or creates) `path` with `contents`, atomically.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    let temporary = write_beside(path, contents)?;
    step(Op::Rename, path)
        .and_then(|()| temporary.persist(path).map(drop).map_err(|e| e.error))
        .with_context(|| crate::t!("store-could-not-replace", path = path.display().to_string()))?;
    sync_parent(path)
}

/// Creates `path` with `contents`; refuses if it exists (never overwrites).
pub fn write_new(path: &Path, contents: &[u8]) -> Result<()> {
    let temporary = write_beside(path, contents)?;
    step(Op::Rename, path)
        .and_then(|()| temporary.persist_noclobber(path).map(drop).map_err(|e| e.error))
        .with_context(|| match std::fs::symlink_metadata(path) {
            Ok(_) => crate::t!("store-exists-left", path = path.display().to_string()),
            Err(_) => crate::t!("store-could-not-create", path = path.display().to_string()),
        })?;
    sync_parent(path)
}

/// Creates a folder and its missing parents (for `disclose init`).
pub fn create_dir_all(path: &Path) -> Result<()> {
    ops::create_dir_all(path).with_context(|| crate::t!("store-could-not-create-folder", path = path.display().to_string()))
}

fn folder_of(path: &Path) -> &Path {
    path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or_else(|| Path::new("."))
}

/// The contents, written and synced in a temporary file in `path`'s folder; removed
/// again when dropped unless persisted.
fn write_beside(path: &Path, contents: &[u8]) -> Result<tempfile::NamedTempFile> {
    let folder = folder_of(path);
    create_dir_all(folder)?;
    let existing = std::fs::metadata(path).ok().filter(std::fs::Metadata::is_file).map(|meta| meta.permissions());
    sweep_leftovers(folder);
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMPORARY_PREFIX).suffix(TEMPORARY_SUFFIX);
    #[cfg(unix)]
    {
        // A new file gets the usual permissions (the umask applies), not the temporary
        // file's owner-only ones.
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut temporary = step(Op::Create, folder)
        .and_then(|()| builder.tempfile_in(folder))
        .with_context(|| crate::t!("store-could-not-write-in", path = folder.display().to_string()))?;
    let written: io::Result<()> = (|| {
        // A replaced file keeps its permissions.
        if let Some(permissions) = existing {
            temporary.as_file().set_permissions(permissions)?;
        }
        ops::write_all(temporary.as_file_mut(), path, contents)?;
        ops::sync(temporary.as_file(), path)
    })();
    written.with_context(|| crate::t!("store-could-not-write", path = path.display().to_string()))?;
    Ok(temporary)
}

/// Makes the rename durable: the folder's entry is flushed too.
fn sync_parent(path: &Path) -> Result<()> {
    let folder = folder_of(path);
    ops::sync_dir(folder).with_context(|| crate::t!("store-could-not-write", path = path.display().to_string()))
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;
    use crate::store::fault::with_fail_at;

    #[test]
    fn a_failure_at_any_step_leaves_the_old_file_whole_and_nothing_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("items/a.md");
        write_atomic(&path, b"old contents").unwrap();
        let mut n = 1;
        loop {
            let (result, _) = with_fail_at(n, || write_atomic(&path, b"new contents, longer"));
            let now = fs::read(&path).unwrap();
            let names: Vec<_> = fs::read_dir(dir.path().join("items")).unwrap().map(|e| e.unwrap().file_name()).collect();
            assert_eq!(names.len(), 1, "step {n}: {names:?}");
            if result.is_ok() {
                assert_eq!(now, b"new contents, longer");
                break;
            }
            let message = format!("{:#}", result.unwrap_err());
            assert!(message.contains("injected failure"), "{message}");
            assert!(now == b"old contents" || now == b"new contents, longer", "step {n}: {now:?}");
            n += 1;
        }
        assert!(n >= 5, "create, write, sync, rename and the folder's sync are all counted ({n})");
    }

    #[cfg(unix)]
    #[test]
    fn a_replaced_file_keeps_its_permissions_and_a_new_one_gets_the_usual_ones() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("disclose.toml");
        fs::write(&path, b"old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o640);
        let probe = dir.path().join("probe");
        fs::write(&probe, b"").unwrap();
        let usual = fs::metadata(&probe).unwrap().permissions().mode() & 0o777;
        write_new(&dir.path().join("new.md"), b"x").unwrap();
        assert_eq!(fs::metadata(dir.path().join("new.md")).unwrap().permissions().mode() & 0o777, usual);
    }

    #[test]
    fn old_leftovers_of_a_killed_run_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("items");
        fs::create_dir_all(&folder).unwrap();
        let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        for name in [
            ".disclose-a1B2c3.tmp",
            ".disclose-fresh1.tmp",
            ".disclose-manifest",
            "notes.tmp",
            ".disclose-x.tmp",
        ] {
            fs::write(folder.join(name), "x").unwrap();
            if name != ".disclose-fresh1.tmp" {
                fs::File::options().write(true).open(folder.join(name)).unwrap().set_modified(hour_ago).unwrap();
            }
        }
        write_atomic(&folder.join("a.md"), b"new").unwrap();
        let mut names: Vec<String> = fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, [".disclose-fresh1.tmp", ".disclose-manifest", ".disclose-x.tmp", "a.md", "notes.tmp"]);
        assert!(is_temporary_name(".disclose-Ab12Cd.tmp") && !is_temporary_name(".disclose-.tmp"));
    }

    #[test]
    fn write_new_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.md");
        write_new(&path, b"one").unwrap();
        assert!(write_new(&path, b"two").is_err());
        assert_eq!(fs::read(&path).unwrap(), b"one");
        write_atomic(&path, b"three").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"three");
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary files left behind");
    }

    #[test]
    fn a_failed_replace_leaves_the_old_contents_and_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        // The target is a non-empty folder: the final rename fails.
        let target = dir.path().join("page.html");
        fs::create_dir_all(target.join("inside")).unwrap();
        fs::write(target.join("inside/old.txt"), b"old").unwrap();
        assert!(write_atomic(&target, b"new").is_err());
        assert_eq!(fs::read(target.join("inside/old.txt")).unwrap(), b"old");
        let names: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["page.html"], "no temporary file is left behind");
    }

    #[cfg(unix)]
    #[test]
    fn a_write_into_a_read_only_folder_fails_and_keeps_the_old_file() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("items");
        fs::create_dir_all(&folder).unwrap();
        let path = folder.join("a.md");
        fs::write(&path, b"old").unwrap();
        fs::set_permissions(&folder, fs::Permissions::from_mode(0o555)).unwrap();
        // A superuser may write anyway; then there is nothing to test.
        let probe_allowed = fs::write(folder.join("probe"), b"").is_ok();
        let result = write_atomic(&path, b"new");
        fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).unwrap();
        if probe_allowed {
            return;
        }
        assert!(result.is_err());
        assert_eq!(fs::read(&path).unwrap(), b"old");
        assert_eq!(fs::read_dir(&folder).unwrap().count(), 1);
    }
}
