//! The terminal's language: zh-CN by default, English on request (`--lang`,
//! `DISCLOSE_LANG`, then `LC_ALL` / `LC_MESSAGES` / `LANG`); codes never change.

use crate::support::Repo;

fn stderr_of(mut cmd: assert_cmd::Command) -> String {
    String::from_utf8_lossy(&cmd.output().expect("run disclose").stderr).into_owned()
}

#[test]
fn with_no_language_set_the_terminal_speaks_chinese() {
    let repo = Repo::empty();
    let stderr = stderr_of(repo.cmd_without_language(&["--lang", "xx", "check"]));
    assert!(stderr.contains("没有“xx”这种语言"), "{stderr}");
}

#[test]
fn lang_flag_disclose_lang_and_posix_variables_choose_english() {
    let repo = Repo::empty();
    let english = "no language \"xx\"";
    let mut variable = repo.cmd_without_language(&["--lang", "xx", "check"]);
    variable.env("LANG", "en_US.UTF-8");
    assert!(stderr_of(variable).contains(english));
    let mut ours = repo.cmd_without_language(&["--lang", "xx", "check"]);
    ours.env("DISCLOSE_LANG", "en").env("LANG", "zh_CN.UTF-8");
    assert!(stderr_of(ours).contains(english));
    let mut posix_c = repo.cmd_without_language(&["--lang", "xx", "check"]);
    posix_c.env("LANG", "C");
    assert!(stderr_of(posix_c).contains("没有“xx”这种语言"));
}

#[test]
fn isolation_marks_never_reach_the_terminal() {
    let repo = Repo::empty();
    let stderr = stderr_of(repo.cmd_without_language(&["--lang", "xx", "check"]));
    assert!(!stderr.contains(['\u{2068}', '\u{2069}']), "{stderr:?}");
}
