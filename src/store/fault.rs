//! The fault-injection test hook: every file-system change the store makes (create a
//! folder, create a file, write, sync, rename, link, remove) is one numbered step, and
//! the environment variable `DISCLOSE_FAIL_AT=N` makes step N fail.
//!
//! # `DISCLOSE_FAIL_AT`
//!
//! Set to a positive integer N, it makes the Nth file-system change of the process fail
//! with an [`io::Error`] whose message starts with "injected failure", as a full disk or
//! a pulled cable would; the command then stops with its normal error message and exit
//! code 2. The tests run every command that writes with N = 1, 2, 3, … until it succeeds
//! and check after each failure that every file is the old one or the new one, whole.
//! A failed write first writes half of its bytes, so a torn write is simulated too.
//!
//! Written `N:busy`, step N fails as a folder that cannot be renamed does (a mount
//! point, a folder holding an open file on Windows): with "resource busy", the error
//! `publish` answers by updating the board in place instead of switching it.
//!
//! # `DISCLOSE_FAIL_STEPS`
//!
//! Set to a file's path, the binary writes into that file, when it ends, how many steps
//! it counted (a decimal number). A failure the store can afford (giving the spare board
//! up, say) lets a command succeed with step N failed, so a test cannot tell from the
//! outcome alone whether step N was reached: it runs the command once with this variable
//! and then N = 1 to that count.
//!
//! The variable is read once per process. It is compiled into every build, because the
//! tests run the real binary in whatever profile `cargo test` builds; unset, empty, `0`
//! or not a number, it does nothing, and nobody sets a variable of that name by chance.
//! Not counted: removing the lock file when a command ends and cleaning up after a
//! failure (removing a temporary file or an unfinished staging folder), since a failure
//! there cannot change what the command did.

use std::cell::Cell;
use std::fmt;
use std::io;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

/// The environment variable that turns the hook on.
pub const FAIL_AT_VARIABLE: &str = "DISCLOSE_FAIL_AT";

/// The environment variable naming the file that receives the number of steps counted.
pub const STEPS_VARIABLE: &str = "DISCLOSE_FAIL_STEPS";

/// Writes the number of steps this process counted into the file `DISCLOSE_FAIL_STEPS`
/// names, when it names one (see the module's documentation); for the binary to call
/// as it ends. Counting is on whenever the variable is set, even without a failure.
pub fn report_steps() {
    if let Some(path) = std::env::var_os(STEPS_VARIABLE).filter(|path| !path.is_empty()) {
        // A test hook: a failure to write shows in the test that reads the file.
        let _ = std::fs::write(path, COUNT.load(Ordering::SeqCst).to_string());
    }
}

/// The kinds of file-system change that are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// Creating a folder (with its missing parents).
    CreateDir,
    /// Creating a file.
    Create,
    /// Writing a file's bytes.
    Write,
    /// Syncing a file or a folder to the disk.
    Sync,
    /// Renaming (or exchanging) a file or a folder.
    Rename,
    /// Linking (or copying) a file into a new folder.
    Link,
    /// Removing a file or a folder.
    Remove,
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Op::CreateDir => "create folder",
            Op::Create => "create",
            Op::Write => "write",
            Op::Sync => "sync",
            Op::Rename => "rename",
            Op::Link => "link",
            Op::Remove => "remove",
        })
    }
}

static FAIL_AT: OnceLock<Option<(u64, bool)>> = OnceLock::new();
static COUNT: AtomicU64 = AtomicU64::new(0);

thread_local! {
    /// A per-thread override for the library's own tests: (fail at, steps so far).
    static LOCAL: Cell<Option<(u64, u64)>> = const { Cell::new(None) };
    /// With [`LOCAL`]: the failure is "busy".
    static LOCAL_BUSY: Cell<bool> = const { Cell::new(false) };
}

/// `N` or `N:busy` → (N, busy).
fn parse_fail_at(text: &str) -> Option<(u64, bool)> {
    let text = text.trim();
    let (number, busy) = match text.strip_suffix(":busy") {
        Some(number) => (number, true),
        None => (text, false),
    };
    number.parse().ok().filter(|n| *n > 0).map(|n| (n, busy))
}

/// The failing step `DISCLOSE_FAIL_AT` names; with only `DISCLOSE_FAIL_STEPS` set, none
/// fails but every step is counted.
fn from_environment() -> Option<(u64, bool)> {
    let fail_at = std::env::var(FAIL_AT_VARIABLE).ok().and_then(|text| parse_fail_at(&text));
    fail_at.or_else(|| std::env::var_os(STEPS_VARIABLE).filter(|path| !path.is_empty()).map(|_| (u64::MAX, false)))
}

/// Counts one step; fails it when it is the one `DISCLOSE_FAIL_AT` names. Call it just
/// before the change it stands for, and skip the change when it fails.
pub fn step(op: Op, path: &Path) -> io::Result<()> {
    if let Some((fail_at, count)) = LOCAL.get() {
        let n = count + 1;
        LOCAL.set(Some((fail_at, n)));
        return if n == fail_at { Err(injected(op, path, n, LOCAL_BUSY.get())) } else { Ok(()) };
    }
    let Some((fail_at, busy)) = *FAIL_AT.get_or_init(from_environment) else {
        return Ok(());
    };
    let n = COUNT.fetch_add(1, Ordering::SeqCst) + 1;
    if n == fail_at {
        Err(injected(op, path, n, busy))
    } else {
        Ok(())
    }
}

/// True when `error` came from this hook.
pub fn is_injected(error: &io::Error) -> bool {
    matches!(error.kind(), io::ErrorKind::Other | io::ErrorKind::ResourceBusy) && error.to_string().starts_with("injected failure")
}

fn injected(op: Op, path: &Path, n: u64, busy: bool) -> io::Error {
    if busy {
        io::Error::new(
            io::ErrorKind::ResourceBusy,
            format!("injected failure ({FAIL_AT_VARIABLE}={n}:busy: {op} {}): resource busy", path.display()),
        )
    } else {
        io::Error::other(format!("injected failure ({FAIL_AT_VARIABLE}={n}: {op} {})", path.display()))
    }
}

/// Runs `work` on this thread with step `fail_at` failing (0: none fails), whatever the
/// environment says, and returns its result with the number of steps it took. For the
/// library's tests, which run in parallel threads of one process.
pub fn with_fail_at<T>(fail_at: u64, work: impl FnOnce() -> T) -> (T, u64) {
    let saved = LOCAL.replace(Some((fail_at, 0)));
    let result = work();
    let steps = LOCAL.replace(saved).map_or(0, |(_, count)| count);
    (result, steps)
}

/// [`with_fail_at`], the failing step failing as "busy" (a folder that cannot be renamed).
pub fn with_busy_at<T>(fail_at: u64, work: impl FnOnce() -> T) -> (T, u64) {
    let saved = LOCAL_BUSY.replace(true);
    let result = with_fail_at(fail_at, work);
    LOCAL_BUSY.set(saved);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nth_step_fails_and_only_that_one() {
        let path = Path::new("x");
        let (results, steps) = with_fail_at(3, || (0..5).map(|_| step(Op::Write, path).is_ok()).collect::<Vec<_>>());
        assert_eq!(results, [true, true, false, true, true]);
        assert_eq!(steps, 5);
        let (error, _) = with_fail_at(1, || step(Op::Rename, Path::new("site")).unwrap_err());
        assert!(is_injected(&error));
        assert_eq!(error.to_string(), "injected failure (DISCLOSE_FAIL_AT=1: rename site)");
        let (error, _) = with_busy_at(1, || step(Op::Rename, Path::new("site")).unwrap_err());
        assert!(is_injected(&error) && error.kind() == io::ErrorKind::ResourceBusy, "{error}");
        assert_eq!(parse_fail_at(" 7:busy "), Some((7, true)));
        assert_eq!(parse_fail_at("7"), Some((7, false)));
        assert_eq!(parse_fail_at("0:busy"), None);
    }
}
