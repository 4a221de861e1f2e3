//! The command line in the terminal's language: the help, clap's own errors, Chinese
//! values, and the shell completions.

use crate::support::{output_of, project_root, Repo};

const AS_OF: &str = "2026-11-28";

#[test]
fn help_is_chinese_with_no_language_set() {
    let (code, stdout, _) = output_of(Repo::empty().cmd_without_language(&["--help"]));
    assert_eq!(code, 0);
    insta::assert_snapshot!("help_zh", stdout);
}

#[test]
fn subcommand_help_is_chinese_too() {
    let (code, stdout, _) = output_of(Repo::empty().cmd_without_language(&["feedback", "rate", "-h"]));
    assert_eq!(code, 0);
    assert!(stdout.starts_with("记录反映人对答复的评价（回访）\n\n用法：disclose feedback rate"), "{stdout}");
    assert!(stdout.contains("参数：\n"), "{stdout}");
    assert!(stdout.contains("选项：\n"), "{stdout}");
    assert!(stdout.contains("意见件编号"), "{stdout}");
    assert!(stdout.contains("显示帮助"), "{stdout}");
    assert!(!stdout.contains("Usage") && !stdout.contains("Options"), "{stdout}");
}

#[test]
fn english_help_on_request() {
    let repo = Repo::empty();
    let mut cmd = repo.cmd_without_language(&["feedback", "rate", "-h"]);
    cmd.env("LANG", "en_US.UTF-8");
    let (_, stdout, _) = output_of(cmd);
    assert!(
        stdout.starts_with("Record the person's view of the answer (回访)\n\nUsage: disclose feedback rate"),
        "{stdout}"
    );
}

#[test]
fn clap_errors_are_chinese_with_no_language_set() {
    let (code, _, stderr) = output_of(Repo::empty().cmd_without_language(&["check", "--strcit"]));
    assert_eq!(code, 2);
    assert!(stderr.starts_with("错误：无法识别的参数“--strcit”"), "{stderr}");
    assert!(stderr.contains("提示：有相近的参数：“--strict”"), "{stderr}");
    assert!(stderr.contains("用法：disclose check"), "{stderr}");
    let (code, _, stderr) = output_of(Repo::empty().cmd_without_language(&["reviw"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("没有“reviw”这个命令"), "{stderr}");
    assert!(stderr.contains("有相近的命令：“review”"), "{stderr}");
    let (_, _, stderr) = output_of(Repo::empty().cmd_without_language(&["review", "x"]));
    assert!(stderr.contains("缺少必需的参数：\n  --by <BY>"), "{stderr}");
    let (_, _, stderr) = output_of(Repo::empty().cmd_without_language(&["--format", "xml", "check"]));
    assert!(stderr.contains("“--format <FORMAT>”的值“xml”无效"), "{stderr}");
    let (_, _, stderr) = output_of(Repo::empty().cmd_without_language(&["check", "--as-of", "2026/10/12"]));
    assert!(stderr.contains("“2026/10/12”不是日期：请写成 YYYY-MM-DD"), "{stderr}");
}

#[test]
fn clap_errors_in_english_read_as_before() {
    let (code, _, stderr) = Repo::empty().run(&["check", "--strcit"]);
    assert_eq!(code, 2);
    assert!(stderr.starts_with("error: unexpected argument '--strcit' found"), "{stderr}");
    assert!(stderr.contains("tip: a similar argument exists: '--strict'"), "{stderr}");
    assert!(stderr.contains("Usage: disclose check"), "{stderr}");
    assert!(stderr.ends_with("For more information, try '--help'.\n"), "{stderr}");
}

#[test]
fn a_refusal_is_chinese_with_no_language_set() {
    let (code, _, stderr) = output_of(Repo::empty().cmd_without_language(&["check"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("处理：运行 `disclose init` 在这里新建仓库"), "{stderr}");
}

#[test]
fn chinese_channel_sender_and_rating_are_accepted() {
    let repo = Repo::example();
    let new = repo
        .cmd(&[
            "feedback",
            "new",
            "--channel",
            "电话",
            "--from",
            "党员",
            "--summary",
            "反映公开栏字太小",
            "--received",
            "2026-11-02",
            "--as-of",
            AS_OF,
        ])
        .write_stdin("公开栏字太小，看不清。\n")
        .output()
        .expect("run");
    assert_eq!(new.status.code(), Some(0), "{}", String::from_utf8_lossy(&new.stderr));
    let file = "feedback/2026/2026-11-02-1.md";
    let text = repo.read(file);
    assert!(text.contains("channel = \"hotline\""), "{text}");
    assert!(text.contains("from = \"member\""), "{text}");
    let (code, _, stderr) = repo.run(&[
        "feedback",
        "respond",
        "2026-11-02-1",
        "--text",
        "已换大号字。",
        "--on",
        "2026-11-10",
        "--as-of",
        AS_OF,
    ]);
    assert_eq!(code, 0, "{stderr}");
    let (code, _, stderr) = repo.run(&["feedback", "rate", "2026-11-02-1", "--rating", "满意", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{stderr}");
    assert!(repo.read(file).contains("rating = \"satisfied\""));
}

#[test]
fn completion_scripts_name_the_commands_and_ask_for_ids() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let (code, stdout, stderr) = Repo::empty().run(&["completions", shell]);
        assert_eq!(code, 0, "{shell}: {stderr}");
        for word in ["review", "feedback", "catalogue", "__complete --"] {
            assert!(stdout.contains(word), "{shell} script lacks {word}");
        }
    }
}

#[test]
fn the_id_lister_prints_the_examples_ids() {
    let root = project_root();
    let root = root.to_str().expect("a UTF-8 path");
    let (code, entries, _) = Repo::empty().run(&["__complete", "--", "-C", root, "new"]);
    assert_eq!(code, 0);
    let entries: Vec<&str> = entries.lines().collect();
    assert!(entries.contains(&"3.1") && entries.contains(&"7.2"), "{entries:?}");
    let (_, items, _) = Repo::empty().run(&["__complete", "--", "-C", root, "review"]);
    assert!(items.lines().any(|id| id.starts_with("2026-")), "{items}");
    let (_, cases, _) = Repo::empty().run(&["__complete", "--", "-C", root, "feedback", "show"]);
    assert!(cases.lines().any(|id| id == "2026-02-26-1"), "{cases}");
    let (code, nothing, _) = Repo::empty().run(&["__complete", "--", "-C", root, "review", "--by"]);
    assert_eq!((code, nothing.as_str()), (0, ""));
    let (code, nothing, stderr) = Repo::empty().run(&["__complete", "--", "new"]);
    assert_eq!((code, nothing.as_str(), stderr.as_str()), (0, "", ""));
}
