//! The file-system changes the tool makes, one function each, every one counted by the
//! fault-injection hook ([`crate::store::fault`]). Nothing outside `store` creates,
//! writes, renames or removes a file: it calls these, or the atomic writes built on them.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

use crate::store::fault::{is_injected, step, Op};

/// Creates a folder and its missing parents.
pub fn create_dir_all(path: &Path) -> io::Result<()> {
    if path.is_dir() {
        return Ok(());
    }
    step(Op::CreateDir, path)?;
    fs::create_dir_all(path)
}

/// Creates a new file; fails if something is already there.
pub fn create_new(path: &Path) -> io::Result<File> {
    step(Op::Create, path)?;
    OpenOptions::new().write(true).create_new(true).open(path)
}

/// Writes all of `bytes` to `file` (named `path` in messages). An injected failure writes
/// half of the bytes first, as a full disk would.
pub fn write_all(file: &mut File, path: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Err(error) = step(Op::Write, path) {
        let _ = file.write_all(&bytes[..bytes.len() / 2]);
        return Err(error);
    }
    file.write_all(bytes)
}

/// Flushes a file's contents to the disk.
pub fn sync(file: &File, path: &Path) -> io::Result<()> {
    step(Op::Sync, path)?;
    file.sync_all()
}

/// Flushes a folder's entries to the disk, so that a rename or a new file in it survives
/// a power cut. Only on Unix; elsewhere a folder cannot be opened for this.
pub fn sync_dir(path: &Path) -> io::Result<()> {
    if cfg!(unix) {
        step(Op::Sync, path)?;
        File::open(path)?.sync_all()?;
    }
    Ok(())
}

/// Creates `path` with `bytes` and syncs it; fails if something is already there.
pub fn write_new_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = create_new(path)?;
    write_all(&mut file, path, bytes)?;
    sync(&file, path)
}

/// Renames a file or a folder (replacing a file at `to`).
pub fn rename(from: &Path, to: &Path) -> io::Result<()> {
    step(Op::Rename, from)?;
    fs::rename(from, to)
}

/// Swaps two existing folders in one atomic step. `Ok(false)` when the system or the file
/// system cannot (then nothing happened and the caller renames in two steps).
pub fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
    step(Op::Rename, a)?;
    exchange_unchecked(a, b)
}

#[cfg(any(target_os = "linux", target_os = "android", target_os = "macos", target_os = "ios"))]
fn exchange_unchecked(a: &Path, b: &Path) -> io::Result<bool> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    use rustix::io::Errno;
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        // Not supported by this kernel or this file system.
        Err(errno) if errno == Errno::INVAL || errno == Errno::NOSYS || errno == Errno::NOTSUP || errno == Errno::OPNOTSUPP => Ok(false),
        Err(errno) => Err(errno.into()),
    }
}

#[cfg(not(any(target_os = "linux", target_os = "android", target_os = "macos", target_os = "ios")))]
fn exchange_unchecked(_a: &Path, _b: &Path) -> io::Result<bool> {
    Ok(false)
}

/// Gives the file at `from` a second name `to` (a hard link: same contents, same
/// modification time, no copy). Where hard links are not possible, copies the file and
/// its modification time instead. A symbolic link is linked as the link itself.
pub fn link(from: &Path, to: &Path) -> io::Result<()> {
    step(Op::Link, to)?;
    match fs::hard_link(from, to) {
        Ok(()) => Ok(()),
        Err(error) if is_injected(&error) => Err(error),
        Err(error) => {
            let meta = fs::symlink_metadata(from)?;
            if !meta.is_file() {
                return Err(error);
            }
            fs::copy(from, to)?;
            let file = OpenOptions::new().write(true).open(to)?;
            file.set_modified(meta.modified()?)?;
            file.sync_all()
        }
    }
}

/// Removes a file.
pub fn remove_file(path: &Path) -> io::Result<()> {
    step(Op::Remove, path)?;
    fs::remove_file(path)
}

/// Removes an empty folder.
pub fn remove_dir(path: &Path) -> io::Result<()> {
    step(Op::Remove, path)?;
    fs::remove_dir(path)
}

/// Removes a folder and everything in it (one step for the hook).
pub fn remove_dir_all(path: &Path) -> io::Result<()> {
    step(Op::Remove, path)?;
    fs::remove_dir_all(path)
}

/// A temporary file outside the repository (in the system's temporary folder), removed
/// when dropped: for text typed in an editor before it becomes part of a file.
pub fn scratch_file(prefix: &str, suffix: &str) -> io::Result<tempfile::NamedTempFile> {
    step(Op::Create, Path::new(prefix))?;
    tempfile::Builder::new().prefix(prefix).suffix(suffix).tempfile()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::fault::with_fail_at;

    #[test]
    fn a_failed_write_leaves_a_torn_file_only_where_it_was_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a");
        let (result, steps) = with_fail_at(2, || write_new_file(&path, b"0123456789"));
        assert!(result.is_err_and(|e| is_injected(&e)));
        assert_eq!(steps, 2);
        assert_eq!(fs::read(&path).unwrap(), b"01234");
    }

    #[test]
    fn exchange_swaps_two_folders_or_says_it_cannot() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        fs::create_dir_all(&a).unwrap();
        fs::create_dir_all(&b).unwrap();
        fs::write(a.join("x"), "in a").unwrap();
        fs::write(b.join("x"), "in b").unwrap();
        if exchange(&a, &b).unwrap() {
            assert_eq!(fs::read_to_string(a.join("x")).unwrap(), "in b");
            assert_eq!(fs::read_to_string(b.join("x")).unwrap(), "in a");
        } else {
            assert_eq!(fs::read_to_string(a.join("x")).unwrap(), "in a");
        }
        if cfg!(target_os = "linux") {
            // The test machines are Linux with ext4 or tmpfs: the atomic path must be taken.
            assert!(exchange(&a, &b).unwrap());
        }
    }

    #[test]
    fn link_keeps_the_contents_and_the_modification_time() {
        let dir = tempfile::tempdir().unwrap();
        let (from, to) = (dir.path().join("from"), dir.path().join("to"));
        fs::write(&from, "page").unwrap();
        let old = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000_000);
        File::options().write(true).open(&from).unwrap().set_modified(old).unwrap();
        link(&from, &to).unwrap();
        assert_eq!(fs::read_to_string(&to).unwrap(), "page");
        assert_eq!(fs::metadata(&to).unwrap().modified().unwrap(), old);
    }
}
