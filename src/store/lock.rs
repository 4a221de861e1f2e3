//! The repository lock: `.disclose.lock` at the root, created with `create_new` while a
//! command that edits items or writes outputs (`publish`, `review`, `approve`) runs, so
//! that two runs at the same time are refused instead of interleaved. The lock is removed
//! when the guard is dropped, on success and on error alike. A run stopped with kill -9
//! leaves the file behind; the next run then refuses and says how to remove it.

use std::fs::{self, OpenOptions};
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use crate::store::fault::{step, Op};

/// The lock file's name, at the repository root.
pub const LOCK_FILE: &str = ".disclose.lock";

/// Why the lock could not be taken.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another run holds the lock (or a killed run left it behind).
    #[error("another disclose command is working in this repository ({holder}): {path} exists")]
    Held {
        /// The lock file.
        path: PathBuf,
        /// What the lock file says about its holder.
        holder: String,
    },
    /// The lock file could not be created for another reason.
    #[error("could not create the lock file {path}")]
    Io {
        /// The lock file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
}

/// A held lock; dropping it removes the lock file.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
}

impl Lock {
    /// Takes the lock of the repository at `root` for `command` (recorded in the file,
    /// with the process id, so that a stale lock can be recognised).
    pub fn acquire(root: &Path, command: &str) -> Result<Lock, LockError> {
        let path = root.join(LOCK_FILE);
        let created = step(Op::Create, &path).and_then(|()| OpenOptions::new().write(true).create_new(true).open(&path));
        match created {
            Ok(mut file) => {
                let lock = Lock { path };
                // What is written is only a hint for people; the file's existence is the lock.
                let _ = writeln!(file, "disclose {command} (process {})", std::process::id());
                let _ = file.sync_all();
                Ok(lock)
            }
            Err(error) if error.kind() == ErrorKind::AlreadyExists => {
                let holder = fs::read_to_string(&path)
                    .ok()
                    .map(|text| text.trim().to_string())
                    .filter(|text| !text.is_empty());
                Err(LockError::Held {
                    path,
                    holder: holder.unwrap_or_else(|| "holder unknown".to_string()),
                })
            }
            Err(source) => Err(LockError::Io { path, source }),
        }
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for Lock {
    // Not counted by the fault-injection hook: a failure here cannot be reported.
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let first = Lock::acquire(dir.path(), "publish").unwrap();
        assert!(first.path().is_file());
        match Lock::acquire(dir.path(), "approve") {
            Err(LockError::Held { holder, .. }) => assert!(holder.starts_with("disclose publish (process "), "{holder}"),
            other => panic!("expected a held lock, got {other:?}"),
        }
        drop(first);
        assert!(!dir.path().join(LOCK_FILE).exists(), "the lock is removed on drop");
        let again = Lock::acquire(dir.path(), "publish").unwrap();
        drop(again);
    }

    #[test]
    fn the_lock_is_removed_when_the_work_fails() {
        let dir = tempfile::tempdir().unwrap();
        let work = || -> anyhow::Result<()> {
            let _lock = Lock::acquire(dir.path(), "publish")?;
            anyhow::bail!("the work failed")
        };
        assert!(work().is_err());
        assert!(!dir.path().join(LOCK_FILE).exists());
    }
}
