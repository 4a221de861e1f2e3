//! The terminal's language: zh-CN by default, English on request (`--lang`,
//! `DISCLOSE_LANG`, then `LC_ALL` / `LC_MESSAGES` / `LANG`); codes never change.

use crate::support::Repo;

/// The binary with no language chosen anywhere in its environment.
fn without_language(repo: &Repo, args: &[&str]) -> assert_cmd::Command {
    let mut cmd = repo.cmd(args);
    for name in ["DISCLOSE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        cmd.env_remove(name);
    }
    cmd
}

fn stderr_of(mut cmd: assert_cmd::Command) -> String {
    String::from_utf8_lossy(&cmd.output().expect("run disclose").stderr).into_owned()
}

#[test]
fn with_no_language_set_the_terminal_speaks_chinese() {
    let repo = Repo::empty();
    let stderr = stderr_of(without_language(&repo, &["--lang", "xx", "check"]));
    assert!(stderr.contains("没有“xx”这种语言"), "{stderr}");
}

#[test]
fn lang_flag_disclose_lang_and_posix_variables_choose_english() {
    let repo = Repo::empty();
    let english = "no language \"xx\"";
    let mut variable = without_language(&repo, &["--lang", "xx", "check"]);
    variable.env("LANG", "en_US.UTF-8");
    assert!(stderr_of(variable).contains(english));
    let mut ours = without_language(&repo, &["--lang", "xx", "check"]);
    ours.env("DISCLOSE_LANG", "en").env("LANG", "zh_CN.UTF-8");
    assert!(stderr_of(ours).contains(english));
    let mut posix_c = without_language(&repo, &["--lang", "xx", "check"]);
    posix_c.env("LANG", "C");
    assert!(stderr_of(posix_c).contains("没有“xx”这种语言"));
}

#[test]
fn isolation_marks_never_reach_the_terminal() {
    let repo = Repo::empty();
    let stderr = stderr_of(without_language(&repo, &["--lang", "xx", "check"]));
    assert!(!stderr.contains(['\u{2068}', '\u{2069}']), "{stderr:?}");
}
