//! Getting the tool onto a secretary's computer: the version names its commit, files saved
//! by Windows Notepad load, and the CI workflows `init` writes install a pinned release.

use std::process::Command as Process;

use crate::support::{project_root, Repo};

#[test]
fn version_names_the_commit_it_was_built_from() {
    let repo = Repo::empty();
    let (code, stdout, _) = repo.run(&["--version"]);
    assert_eq!(code, 0);
    let expected_commit = Process::new("git")
        .arg("-C")
        .arg(project_root())
        .args(["rev-parse", "--short=9", "HEAD"])
        .output()
        .ok()
        .filter(|output| output.status.success())
        .map_or_else(|| "unknown".to_string(), |output| String::from_utf8_lossy(&output.stdout).trim().to_string());
    let expected = format!("disclose {} (commit {expected_commit})\n", env!("CARGO_PKG_VERSION"));
    if std::env::var_os("DISCLOSE_COMMIT").is_none() {
        assert_eq!(stdout, expected);
    }
    assert!(stdout.starts_with(&format!("disclose {} (commit ", env!("CARGO_PKG_VERSION"))), "{stdout}");
}
