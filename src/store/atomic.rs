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
    temporary.persist(path).map_err(|e| e.error).with_context(|| format!("could not replace {}", path.display()))?;
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
}
