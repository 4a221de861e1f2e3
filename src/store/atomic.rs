//! Atomic writes: the new contents go to a temporary file in the same folder, are synced,
//! and are renamed over the target, so a crash leaves the old file or the new one, never
//! a mix.

use std::fs;
use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};

/// Replaces (or creates) `path` with `contents`, atomically.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or_else(|| Path::new("."));
    fs::create_dir_all(folder).with_context(|| format!("could not create the folder {}", folder.display()))?;
    let mut temporary = tempfile::Builder::new()
        .prefix(".disclose-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .with_context(|| format!("could not write in {}", folder.display()))?;
    temporary.write_all(contents).with_context(|| format!("could not write {}", path.display()))?;
    temporary.as_file().sync_all().with_context(|| format!("could not write {}", path.display()))?;
    temporary
        .persist(path)
        .map_err(|e| e.error)
        .with_context(|| format!("could not replace {}", path.display()))?;
    Ok(())
}

/// Creates `path` with `contents`; refuses if it exists (never overwrites).
pub fn write_new(path: &Path, contents: &[u8]) -> Result<()> {
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or_else(|| Path::new("."));
    fs::create_dir_all(folder).with_context(|| format!("could not create the folder {}", folder.display()))?;
    let mut temporary = tempfile::Builder::new()
        .prefix(".disclose-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .with_context(|| format!("could not write in {}", folder.display()))?;
    temporary.write_all(contents).with_context(|| format!("could not write {}", path.display()))?;
    temporary.as_file().sync_all().with_context(|| format!("could not write {}", path.display()))?;
    temporary
        .persist_noclobber(path)
        .map_err(|e| e.error)
        .with_context(|| format!("{} already exists; it was left as it is", path.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
