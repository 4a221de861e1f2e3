//! What every command receives: the repository folder, today's date, the output format,
//! and whether to colour; plus the one way user-facing failures are printed.

use std::fmt::Write as _;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::cli::{Cli, Format};
use crate::diag::{Finding, Findings, Level, Paint};
use crate::load::cache::LoadCache;
use crate::load::{find_root, load_repo_deferred, LoadError};
use crate::model::Repo;
use crate::obligations::Obligation;
use crate::rules::check_repo;
use crate::store::lock::{Lock, LockError};

/// The settings shared by all commands.
#[derive(Debug, Clone)]
pub struct Context {
    /// `-C DIR`, if given.
    pub dir: Option<PathBuf>,
    /// Today, or `--as-of`.
    pub as_of: NaiveDate,
    /// `--format`.
    pub format: Format,
    /// Colour standard output.
    pub paint: Paint,
    /// Colour standard error.
    pub paint_stderr: Paint,
    /// Standard input is a terminal (commands may ask questions).
    pub interactive: bool,
}

fn colour_wanted(stream_is_terminal: bool) -> bool {
    stream_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::env::var("TERM").map_or(true, |t| t != "dumb")
}

/// The colours of standard error, for what is printed before a [`Context`] exists.
pub fn stderr_paint() -> Paint {
    Paint(colour_wanted(std::io::stderr().is_terminal()))
}

impl Context {
    /// Reads the clock only when `--as-of` is absent.
    pub fn from_cli(cli: &Cli) -> Context {
        Context {
            dir: cli.dir.clone(),
            as_of: cli.as_of.unwrap_or_else(|| chrono::Local::now().date_naive()),
            format: cli.format,
            paint: Paint(colour_wanted(std::io::stdout().is_terminal())),
            paint_stderr: stderr_paint(),
            interactive: std::io::stdin().is_terminal() && std::io::stdout().is_terminal(),
        }
    }

    /// The folder commands start from: `-C DIR` or the current folder.
    pub fn start_dir(&self) -> PathBuf {
        self.dir
            .clone()
            .unwrap_or_else(|| std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")))
    }

    /// The repository root, or a refusal that says how to get one.
    pub fn root(&self) -> anyhow::Result<PathBuf> {
        let start = self.start_dir();
        if let Some(dir) = &self.dir {
            if !dir.is_dir() {
                return Err(Refusal::new(
                    crate::t!("context-no-folder", dir = dir.display().to_string()),
                    crate::t!("context-no-folder-help"),
                )
                .into());
            }
        }
        find_root(&start).ok_or_else(|| {
            Refusal::new(
                LoadError::NoRepository {
                    start: start.display().to_string(),
                }
                .to_string(),
                crate::t!("context-no-repository-help"),
            )
            .into()
        })
    }

    /// Loads the repository; a broken disclose.toml is a refusal that lists its findings.
    pub fn load(&self) -> anyhow::Result<(Repo, Findings)> {
        let (repo, findings, cache) = self.load_deferred()?;
        cache.save(&repo.items);
        Ok((repo, findings))
    }

    /// [`Context::load`], leaving the load cache for the caller to write
    /// ([`LoadCache::save`]).
    pub fn load_deferred(&self) -> anyhow::Result<(Repo, Findings, LoadCache)> {
        let root = self.root()?;
        match load_repo_deferred(&root) {
            Ok(loaded) => Ok(loaded),
            Err(LoadError::BadConfig(findings)) => Err(ConfigFindings(findings).into()),
            Err(other) => Err(other.into()),
        }
    }

    /// Loads the repository and runs every rule for the as-of date: the checked
    /// repository that `check`, `status`, `next` and `explain` report on.
    pub fn all_findings(&self) -> anyhow::Result<(Repo, Findings)> {
        self.checked().map(|(repo, _, findings)| (repo, findings))
    }

    /// [`Context::all_findings`], with the obligations the rules were checked against
    /// (so that no command computes them twice). The load cache is written while the
    /// rules run.
    pub fn checked(&self) -> anyhow::Result<(Repo, Vec<Obligation>, Findings)> {
        let (repo, mut findings, cache) = self.load_deferred()?;
        let list = std::thread::scope(|scope| {
            scope.spawn(|| cache.save(&repo.items));
            let list = check_repo(&repo, self.as_of, &mut findings);
            crate::load::causes::mark_consequences(&repo, &mut findings);
            list
        });
        Ok((repo, list, findings))
    }

    /// Fails unless the format is one of `allowed`.
    pub fn require_format(&self, command: &str, allowed: &[Format]) -> anyhow::Result<()> {
        if allowed.contains(&self.format) {
            return Ok(());
        }
        let list = allowed.iter().map(|f| f.as_str()).collect::<Vec<_>>().join(&crate::t!("list-separator"));
        Err(Refusal::new(
            crate::t!("context-format-unsupported", command = command, format = self.format.as_str()),
            crate::t!("context-format-unsupported-help", formats = list),
        )
        .into())
    }
}

/// Hands `value` (a loaded repository, say) to the end of the process instead of freeing
/// it piece by piece: the command is about to finish and the system takes back all of
/// its memory at once. Freeing 10,000 items one allocation at a time is a few per cent
/// of a `check` from the load cache. Only for what a command holds until it ends.
pub fn leave_to_exit<T>(value: T) {
    std::mem::forget(value);
}

/// A user mistake or a refusal: what is wrong and how to fix it. Printed without a
/// stack trace.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Refusal {
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: String,
}

impl Refusal {
    /// A refusal with its fix.
    pub fn new(message: impl Into<String>, help: impl Into<String>) -> Refusal {
        Refusal {
            message: message.into(),
            help: help.into(),
        }
    }
}

/// disclose.toml could not be used; the findings say why.
#[derive(Debug)]
pub struct ConfigFindings(pub Findings);

impl std::fmt::Display for ConfigFindings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!("context-config-unreadable"))
    }
}

impl std::error::Error for ConfigFindings {}

/// Prints an error once, with its causes and its fix.
pub fn print_error(error: &anyhow::Error, paint: Paint) {
    if let Some(ConfigFindings(findings)) = error.downcast_ref::<ConfigFindings>() {
        eprint!("{}", crate::diag::render_findings(findings, crate::diag::OutputFormat::Text, paint));
        return;
    }
    let mut text = crate::t!("labelled", label = paint.error(&crate::t!("error-label")), text = error.to_string());
    for cause in error.chain().skip(1) {
        let _ = write!(
            text,
            "\n  {}",
            crate::t!("labelled", label = crate::t!("error-caused-by"), text = cause.to_string())
        );
    }
    let help = paint.hint(&crate::t!("finding-help"));
    let fix = if let Some(refusal) = error.downcast_ref::<Refusal>() {
        Some(refusal.help.as_str())
    } else {
        error
            .downcast_ref::<crate::store::readback::Unwritable>()
            .map(|unwritable| unwritable.help.as_str())
    };
    if let Some(fix) = fix {
        let _ = write!(text, "\n  {}", crate::t!("labelled", label = help, text = fix));
    }
    eprintln!("{text}");
}

/// The refusal for an entry id the catalogue does not have, listing the ids it has.
pub fn unknown_entry(repo: &Repo, id: &str) -> anyhow::Error {
    let ids: Vec<&str> = repo.catalogue.entries().map(|e| e.id.as_str()).collect();
    Refusal::new(
        crate::t!("context-unknown-entry", id = id),
        crate::t!("context-unknown-entry-help", ids = ids.join(" ")),
    )
    .into()
}

/// The errors of the item file whose id is `id` (its name without `.md`) among the
/// loading's findings: an id the loaded repository does not know may be a file that did
/// not load, and a command then shows why instead of saying there is no such item.
pub fn errors_of_item_file(load_findings: &Findings, id: &str) -> Vec<Finding> {
    let stem = |file: &str| {
        let name = file.rsplit('/').next().unwrap_or(file);
        name.strip_suffix(".md").unwrap_or(name).to_string()
    };
    load_findings
        .iter()
        .filter(|f| f.level == Level::Error && f.file.as_deref().is_some_and(|file| file.starts_with("items/") && stem(file) == id))
        .cloned()
        .collect()
}

/// Shows the errors of item files that did not load ([`errors_of_item_file`]) and that
/// nothing was written, for a command asked to change those items; its exit code.
pub fn refuse_unreadable(cx: &Context, errors: Vec<Finding>) -> i32 {
    let mut findings = Findings::new();
    for finding in errors {
        findings.push(finding);
    }
    eprint!("{}", crate::diag::render_findings(&findings, crate::diag::OutputFormat::Text, cx.paint_stderr));
    eprintln!("{}", crate::t!("sign-unreadable"));
    crate::EXIT_FINDINGS
}

/// Takes the repository lock for `command`, or refuses saying how to remove a stale one.
pub fn lock_repository(root: &Path, command: &str) -> anyhow::Result<Lock> {
    Lock::acquire(root, command).map_err(|error| match error {
        LockError::Held { path, holder } if holder.as_deref().is_some_and(crate::store::lock::holder_is_gone) => Refusal::new(
            crate::t!("context-locked-stale", holder = lock_holder(holder.as_deref())),
            crate::t!("context-locked-stale-help", path = path.display().to_string()),
        )
        .into(),
        LockError::Held { path, holder } => Refusal::new(
            crate::t!("context-locked", holder = lock_holder(holder.as_deref())),
            crate::t!("context-locked-help", path = path.display().to_string()),
        )
        .into(),
        LockError::NotAFile { path } => Refusal::new(
            crate::t!("context-lock-not-a-file", path = path.display().to_string()),
            crate::t!("context-lock-not-a-file-help", path = path.display().to_string()),
        )
        .into(),
        LockError::Io { path, source } => anyhow::Error::new(source).context(crate::t!("context-lock-create-failed", path = path.display().to_string())),
    })
}

/// Who holds the lock, in the terminal's language: the command and process a lock file
/// names as disclose writes it, or that it names none (any other text is not shown: it
/// could be anything, control characters included).
fn lock_holder(holder: Option<&str>) -> String {
    match holder.and_then(crate::store::lock::holder_parts) {
        Some((command, pid)) if command.chars().all(|c| !c.is_control()) => {
            crate::t!("context-locked-holder", command = command, pid = pid)
        }
        _ => crate::t!("context-locked-holder-unknown"),
    }
}

#[cfg(test)]
mod tests {
    use super::lock_holder;

    #[test]
    fn a_lock_holder_is_shown_only_in_the_form_disclose_writes() {
        assert_eq!(
            lock_holder(Some("disclose publish (process 42)")),
            crate::t!("context-locked-holder", command = "publish", pid = 42)
        );
        let unknown = crate::t!("context-locked-holder-unknown");
        for text in [None, Some(""), Some("garbage"), Some("disclose \u{1b}[2Jpublish (process 42)")] {
            assert_eq!(lock_holder(text), unknown, "{text:?}");
        }
    }
}
