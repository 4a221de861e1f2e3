//! The repository lock: `.disclose.lock` at the root, created with `create_new` while a
//! command that edits a file of the repository or writes outputs runs (`publish`,
//! `review`, `approve`, `new`, `catalogue approve`, every `feedback` step, `bulletin`,
//! `archive --write`), so that two runs at the same time never interleave. A run that
//! finds the lock taken waits for it, up to [`LOCK_WAIT`] (so that thirty
//! `feedback log` runs started at once all succeed, one after the other), then refuses
//! and changes nothing. The lock is removed when the guard is dropped, on success and on
//! error alike. A run stopped with kill -9 leaves the file behind; when the process it
//! names is known not to run any more (Linux), the next run refuses at once and says how
//! to remove it.

use std::fs::{self, OpenOptions};
use std::io::{ErrorKind, Read as _, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::store::fault::{step, Op};

/// The lock file's name, at the repository root.
pub const LOCK_FILE: &str = ".disclose.lock";

/// How long a run waits for another run's lock before it refuses.
pub const LOCK_WAIT: Duration = Duration::from_secs(30);

/// How often a waiting run tries again.
const RETRY: Duration = Duration::from_millis(25);

/// Why the lock could not be taken.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another run holds the lock (or a killed run left it behind). The messages shown
    /// to users come from the catalogue ([`crate::commands::context::lock_repository`]);
    /// these are for logs and tests.
    #[error("another disclose command is working in this repository: {path} exists")]
    Held {
        /// The lock file.
        path: PathBuf,
        /// What the lock file says about its holder (`None`: it says nothing), as
        /// [`holder_parts`] reads it.
        holder: Option<String>,
    },
    /// Something that is not a file stands where the lock file goes (a folder, say):
    /// waiting would not help.
    #[error("{path} is not a file")]
    NotAFile {
        /// The lock path.
        path: PathBuf,
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
    /// with the process id, so that a stale lock can be recognised), waiting up to
    /// [`LOCK_WAIT`] while another run holds it.
    pub fn acquire(root: &Path, command: &str) -> Result<Lock, LockError> {
        Lock::acquire_within(root, command, LOCK_WAIT)
    }

    /// [`Lock::acquire`], waiting at most `wait`; a lock whose holder is known to be
    /// gone is refused at once, as waiting would not help.
    pub fn acquire_within(root: &Path, command: &str, wait: Duration) -> Result<Lock, LockError> {
        let started = Instant::now();
        loop {
            match Lock::try_acquire(root, command) {
                Err(LockError::Held { holder, path }) if started.elapsed() < wait && !is_stale(&path, holder.as_deref()) => {
                    std::thread::sleep(RETRY.min(wait.saturating_sub(started.elapsed())));
                }
                other => return other,
            }
        }
    }

    fn try_acquire(root: &Path, command: &str) -> Result<Lock, LockError> {
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
            Err(error) if error.kind() == ErrorKind::AlreadyExists && fs::symlink_metadata(&path).is_ok_and(|meta| !meta.is_file()) => {
                Err(LockError::NotAFile { path })
            }
            Err(error) if error.kind() == ErrorKind::AlreadyExists => Err(LockError::Held {
                holder: holder_of(&path),
                path,
            }),
            Err(source) => Err(LockError::Io { path, source }),
        }
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// The most of a lock file that is read: [`Lock::acquire`] writes one short line.
const HOLDER_BYTES: u64 = 256;

/// The text of the lock file at `path` (who holds it), when it has any: its first
/// [`HOLDER_BYTES`] (a lock file is re-read every [`RETRY`] while a run waits).
fn holder_of(path: &Path) -> Option<String> {
    let mut bytes = Vec::new();
    fs::File::open(path).ok()?.take(HOLDER_BYTES).read_to_end(&mut bytes).ok()?;
    Some(String::from_utf8_lossy(&bytes).trim().to_string()).filter(|text| !text.is_empty())
}

/// True when the lock file at `path`, read as naming `holder`, was left by a process that
/// is gone, and still names it: a holder that ends between the reading of its lock and
/// the look at its process has removed its lock first, and the run tries again.
fn is_stale(path: &Path, holder: Option<&str>) -> bool {
    holder.is_some_and(holder_is_gone) && holder_of(path).as_deref() == holder
}

/// The command and process id that a lock file's text names, as [`Lock::acquire`]
/// writes it (`disclose publish (process 4242)`); `None` for any other text.
pub fn holder_parts(holder: &str) -> Option<(&str, u32)> {
    let (command, rest) = holder.strip_prefix("disclose ")?.rsplit_once(" (process ")?;
    Some((command, rest.strip_suffix(')')?.parse().ok()?))
}

/// True when the lock's text names a process that is known not to run: on Linux, one
/// that `/proc` does not list. Elsewhere nothing is known, and the run waits.
pub fn holder_is_gone(holder: &str) -> bool {
    let Some((_, pid)) = holder_parts(holder) else {
        return false;
    };
    let proc = Path::new("/proc");
    proc.join("self").exists() && pid != std::process::id() && !proc.join(pid.to_string()).exists()
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
    fn the_holder_is_read_back_as_it_is_written_and_nothing_else_is_taken_for_it() {
        assert_eq!(holder_parts("disclose publish (process 4242)"), Some(("publish", 4242)));
        assert_eq!(holder_parts("disclose feedback log (process 7)"), Some(("feedback log", 7)));
        for other in ["", "publish (process 4242)", "disclose publish (process x)", "disclose publish (process 42"] {
            assert_eq!(holder_parts(other), None, "{other:?}");
        }
    }

    #[test]
    fn a_second_lock_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let first = Lock::acquire(dir.path(), "publish").unwrap();
        assert!(first.path().is_file());
        match Lock::acquire_within(dir.path(), "approve", Duration::ZERO) {
            Err(LockError::Held { holder, .. }) => {
                let (command, pid) = holder.as_deref().and_then(holder_parts).expect("the holder is named");
                assert_eq!((command, pid), ("publish", std::process::id()));
            }
            other => panic!("expected a held lock, got {other:?}"),
        }
        drop(first);
        assert!(!dir.path().join(LOCK_FILE).exists(), "the lock is removed on drop");
        let again = Lock::acquire(dir.path(), "publish").unwrap();
        drop(again);
    }

    #[test]
    fn a_waiting_run_gets_the_lock_once_it_is_released() {
        let dir = tempfile::tempdir().unwrap();
        let first = Lock::acquire(dir.path(), "feedback log").unwrap();
        let root = dir.path().to_path_buf();
        let waiter = std::thread::spawn(move || Lock::acquire_within(&root, "feedback log", Duration::from_secs(5)).map(drop));
        std::thread::sleep(Duration::from_millis(100));
        drop(first);
        assert!(waiter.join().unwrap().is_ok());
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_lock_left_by_a_process_that_is_gone_is_refused_at_once() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(LOCK_FILE), "disclose publish (process 4000000000)\n").unwrap();
        let started = Instant::now();
        assert!(matches!(Lock::acquire(dir.path(), "publish"), Err(LockError::Held { .. })));
        assert!(started.elapsed() < Duration::from_secs(2));
    }

    /// The race of thirty parallel runs: the lock read names a holder that then finishes,
    /// removing its lock, before its process is looked up. That is not a stale lock.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_holder_that_finished_meanwhile_is_not_taken_for_a_stale_lock() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(LOCK_FILE);
        let gone = "disclose feedback log (process 4000000000)";
        assert!(!is_stale(&path, Some(gone)), "the lock was removed meanwhile");
        fs::write(&path, format!("disclose feedback log (process {})\n", std::process::id())).unwrap();
        assert!(!is_stale(&path, Some(gone)), "another run took the lock meanwhile");
        fs::write(&path, format!("{gone}\n")).unwrap();
        assert!(is_stale(&path, Some(gone)), "still the lock of a process that is gone");
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
