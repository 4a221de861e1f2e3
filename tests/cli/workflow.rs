//! The secretary's workflow: `new`, `review`, `approve`, `publish`, and the safety of
//! every write they make.

use std::fmt::Write as _;
use std::fs;

use crate::support::{without_digests, Repo};

const AS_OF: &str = "2026-11-28";

/// Replaces the temporary folder's path, so that snapshots do not depend on it.
fn redact(repo: &Repo, text: &str) -> String {
    let path = repo.path().display().to_string();
    let canonical = repo.path().canonicalize().map(|p| p.display().to_string()).unwrap_or_default();
    text.replace(&canonical, "[REPO]").replace(&path, "[REPO]")
}

/// Runs and asserts the exit code; returns stdout and stderr.
fn run(repo: &Repo, args: &[&str], code: i32) -> (String, String) {
    let (actual, out, err) = repo.run(args);
    assert_eq!(actual, code, "disclose {args:?} exited {actual}\nstdout:\n{out}\nstderr:\n{err}");
    (out, err)
}

/// Fills the template's placeholders, as the secretary does in the editor.
fn write_content(repo: &Repo, file: &str) {
    let text = repo.read(file);
    let filled: String = text
        .lines()
        .map(|line| {
            if line.starts_with('【') {
                "本期按计划完成各项工作，具体情况见下表。"
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    repo.write(file, &format!("{filled}\n"));
}

// ---------------------------------------------------------------- new

#[test]
fn new_periodic_item_from_the_template() {
    let repo = Repo::example();
    let (out, err) = run(&repo, &["new", "3.5", "--period", "2026-Q4", "--as-of", AS_OF], 0);
    assert_eq!(err, "");
    insta::assert_snapshot!("new_periodic_stdout", out);
    insta::assert_snapshot!("new_periodic_file", repo.read("items/2026/2026-Q4-3.5.md"));
    // The draft is a valid file: check stays clean.
    run(&repo, &["check", "--as-of", AS_OF], 0);
}

#[test]
fn new_items_of_every_cadence_are_named_by_date_and_valid() {
    let repo = Repo::example();
    run(&repo, &["new", "1.3", "--event", "2026-11-25", "--as-of", AS_OF], 0);
    run(
        &repo,
        &[
            "new",
            "3.2",
            "--event",
            "2026-11-26",
            "--matter",
            "2026年支部委员会换届选举",
            "--stage",
            "选举结果",
            "--final",
            "--as-of",
            AS_OF,
        ],
        0,
    );
    run(&repo, &["new", "4.1", "--supersedes", "2026-01-12-4.1", "--by", "叶成刚", "--as-of", AS_OF], 0);
    run(
        &repo,
        &[
            "new",
            "1.4",
            "--period",
            "2025",
            "--title",
            "2025年度党建工作计划落实情况（补充）",
            "--as-of",
            AS_OF,
        ],
        0,
    );
    insta::assert_snapshot!("new_immediate_file", repo.read("items/2026/2026-11-25-1.3.md"));
    insta::assert_snapshot!("new_staged_file", repo.read("items/2026/2026-11-26-3.2.md"));
    insta::assert_snapshot!("new_standing_file", repo.read("items/2026/2026-11-28-4.1.md"));
    let yearly = repo.read("items/2025/2025-1.4-2.md");
    assert!(
        yearly.starts_with("+++\nentry = \"1.4\"\ntitle = \"2025年度党建工作计划落实情况（补充）\"\nperiod = \"2025\"\nprepared_by = \"叶成刚\"\n+++\n"),
        "{yearly}"
    );
    run(&repo, &["check", "--as-of", AS_OF], 0);
}

#[test]
fn new_never_overwrites_and_never_collides() {
    let repo = Repo::example();
    let (first, _) = run(&repo, &["new", "8.2", "--event", "2026-11-20", "--as-of", AS_OF], 0);
    assert!(first.starts_with("Created items/2026/2026-11-20-8.2.md\n"), "{first}");
    repo.edit("items/2026/2026-11-20-8.2.md", "prepared_by", "# 我的修改\nprepared_by");
    let mine = repo.read("items/2026/2026-11-20-8.2.md");
    let (second, _) = run(&repo, &["new", "8.2", "--event", "2026-11-20", "--as-of", AS_OF], 0);
    assert!(second.starts_with("Created items/2026/2026-11-20-8.2-2.md\n"), "{second}");
    assert_eq!(repo.read("items/2026/2026-11-20-8.2.md"), mine, "the first file is untouched");
    // Files that do not load count too, in feedback/ as well.
    repo.write("feedback/2026/2026-11-20-8.2-3.md", "broken");
    let (third, _) = run(&repo, &["new", "8.2", "--event", "2026-11-20", "--as-of", AS_OF], 0);
    assert!(third.starts_with("Created items/2026/2026-11-20-8.2-4.md\n"), "{third}");
    // Ids are compared ignoring case.
    repo.write("items/2026/2026-q4-3.5.md", "not an item");
    let (fourth, _) = run(&repo, &["new", "3.5", "--period", "2026-Q4", "--as-of", AS_OF], 0);
    assert!(fourth.starts_with("Created items/2026/2026-Q4-3.5-2.md\n"), "{fourth}");
}

#[test]
fn new_notes_an_item_that_already_covers_the_period() {
    let repo = Repo::example();
    let (out, _) = run(&repo, &["new", "3.5", "--period", "2026-Q3", "--as-of", AS_OF], 0);
    assert!(out.starts_with("Created items/2026/2026-Q3-3.5-2.md\n"), "{out}");
    assert!(
        out.contains("  note: 2026-Q3-3.5 already covers entry 3.5 for 2026-Q3; the obligation is met by the first one published\n"),
        "{out}"
    );
}

#[test]
fn new_refusals_write_nothing() {
    let repo = Repo::example();
    let before = repo.snapshot_tree();
    let cases: &[(&str, &[&str])] = &[
        ("month_on_quarterly", &["new", "3.5", "--period", "2026-03"]),
        ("bad_period", &["new", "3.5", "--period", "2026-Q5"]),
        ("missing_period", &["new", "3.5"]),
        ("unknown_entry", &["new", "9.9", "--period", "2026-Q1"]),
        ("missing_entry", &["new"]),
        ("missing_event", &["new", "1.3"]),
        ("event_on_periodic", &["new", "3.5", "--period", "2026-Q3", "--event", "2026-11-01"]),
        ("missing_matter", &["new", "3.2", "--event", "2026-11-01"]),
        ("final_on_immediate", &["new", "1.3", "--event", "2026-11-01", "--final"]),
        ("bad_supersedes", &["new", "4.1", "--supersedes", "2026-Q1-3.5"]),
    ];
    let mut shown = String::new();
    for (name, args) in cases {
        let mut args = args.to_vec();
        args.extend(["--as-of", AS_OF]);
        let (out, err) = run(&repo, &args, 2);
        assert_eq!(out, "", "{name}");
        let _ = writeln!(shown, "## {name}: disclose {}\n{err}", args.join(" "));
    }
    insta::assert_snapshot!("new_refusals", shown);
    assert!(repo.snapshot_tree() == before, "a refused `new` wrote something");
}

#[test]
fn new_refuses_a_title_with_personal_data_on_a_public_entry() {
    let repo = Repo::example();
    let before = repo.snapshot_tree();
    let (out, err) = run(
        &repo,
        &["new", "1.3", "--event", "2026-11-25", "--title", "联系人 13800138000", "--as-of", AS_OF],
        1,
    );
    assert_eq!(out, "");
    assert!(err.contains("[personal-data]") || err.contains("personal-data"), "{err}");
    assert!(err.contains("Nothing was written"), "{err}");
    assert!(repo.snapshot_tree() == before);
}

#[cfg(unix)]
#[test]
fn new_edit_opens_the_editor_on_the_file() {
    let repo = Repo::example();
    let script = repo.path().join("fake-editor.sh");
    fs::write(&script, "#!/bin/sh\nprintf '编辑过\\n' >> \"$1\"\n").unwrap();
    fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let output = repo
        .cmd(&["new", "1.3", "--event", "2026-11-25", "--edit", "--as-of", AS_OF])
        .env("EDITOR", &script)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(repo.read("items/2026/2026-11-25-1.3.md").ends_with("编辑过\n"));
    // Without an editor the file is still written, with a note.
    let (out, _) = run(&repo, &["new", "1.3", "--event", "2026-11-26", "--edit", "--as-of", AS_OF], 0);
    assert!(
        out.contains("note: neither VISUAL nor EDITOR is set; open items/2026/2026-11-26-1.3.md in your editor"),
        "{out}"
    );
}

// ---------------------------------------------------------------- review and approve

/// A draft with comments, CRLF line ends and a body that must not change by a byte.
const DRAFT: &str = "+++\r\n# 第四季度党费\r\nentry = \"3.5\"   # 条目\r\ntitle = \"2026年第四季度党费收缴情况\"\r\nperiod = \"2026-Q4\"\r\n\r\n# 经办人\r\nprepared_by = \"王晓燕\"  # 提出\r\n+++\r\n正文第一行\r\n\r\n| 党小组 | 金额 |\n|---|---:|\r\n| 第一 | 1.00 |   \r\n\r\n";

#[test]
fn review_approve_and_publish_keep_comments_order_and_body_bytes() {
    let repo = Repo::example();
    repo.write("items/2026/2026-Q4-3.5.md", DRAFT);
    let (out, _) = run(&repo, &["review", "2026-Q4-3.5", "--by", "廖敏", "--on", "2026-11-26", "--as-of", AS_OF], 0);
    insta::assert_snapshot!("review_stdout", out);
    let reviewed = DRAFT.replace("# 提出\r\n", "# 提出\r\nreviewed_by = \"廖敏\"\r\nreviewed_on = 2026-11-26\r\n");
    assert_eq!(without_digests(&repo.read("items/2026/2026-Q4-3.5.md")), reviewed);

    let (out, _) = run(&repo, &["approve", "2026-Q4-3.5", "--by", "舒军", "--as-of", AS_OF], 0);
    insta::assert_snapshot!("approve_stdout", out);
    let approved = reviewed.replace(
        "reviewed_on = 2026-11-26\r\n",
        "reviewed_on = 2026-11-26\r\napproved_by = \"舒军\"\r\napproved_on = 2026-11-28\r\n",
    );
    assert_eq!(without_digests(&repo.read("items/2026/2026-Q4-3.5.md")), approved);

    run(&repo, &["publish", "--as-of", AS_OF], 0);
    let published = approved.replace("approved_on = 2026-11-28\r\n", "approved_on = 2026-11-28\r\npublished_on = 2026-11-28\r\n");
    assert_eq!(without_digests(&repo.read("items/2026/2026-Q4-3.5.md")), published);
}

#[test]
fn signing_twice_the_same_way_changes_nothing() {
    let repo = Repo::example();
    let args = ["review", "2026-Q4-2.3", "--by", "廖敏", "--on", "2026-11-27", "--as-of", AS_OF];
    run(&repo, &args, 0);
    let before = repo.snapshot_tree();
    let (out, _) = run(&repo, &args, 0);
    assert!(
        out.starts_with("Nothing changed: 审核 (review, with the secrecy review) by 廖敏 on 2026-11-27 is already recorded on 1 item.\n"),
        "{out}"
    );
    assert!(repo.snapshot_tree() == before);
}

#[test]
fn sign_refusals_write_nothing() {
    let repo = Repo::example();
    repo.write("items/2026/2026-Q4-3.5.md", DRAFT);
    let before = repo.snapshot_tree();
    let cases: &[(&str, &[&str], i32)] = &[
        ("unknown_id", &["review", "2026-Q4-3.6", "--by", "廖敏"], 2),
        ("one_unknown_of_two", &["review", "2026-Q4-3.5", "2026-q4-2.3x", "--by", "廖敏"], 2),
        ("approve_before_review", &["approve", "2026-Q4-3.5", "--by", "舒军"], 2),
        ("already_published", &["review", "2026-Q1-3.5", "--by", "廖敏"], 2),
        ("future_date", &["review", "2026-Q4-3.5", "--by", "廖敏", "--on", "2026-12-01"], 2),
        ("empty_signer", &["review", "2026-Q4-3.5", "--by", " "], 2),
    ];
    let mut shown = String::new();
    for (name, args, code) in cases {
        let mut args = args.to_vec();
        args.extend(["--as-of", AS_OF]);
        let (out, err) = run(&repo, &args, *code);
        assert_eq!(out, "", "{name}");
        let _ = writeln!(shown, "## {name}: disclose {}\n{err}", args.join(" "));
        assert!(repo.snapshot_tree() == before, "{name} wrote something");
    }
    insta::assert_snapshot!("sign_refusals", shown);
}

#[test]
fn approve_refuses_a_date_before_the_review() {
    let repo = Repo::example();
    run(&repo, &["review", "2026-Q4-2.3", "--by", "廖敏", "--on", "2026-11-27", "--as-of", AS_OF], 0);
    let before = repo.snapshot_tree();
    let (_, err) = run(&repo, &["approve", "2026-Q4-2.3", "--by", "舒军", "--on", "2026-11-26", "--as-of", AS_OF], 2);
    assert_eq!(
        err,
        "error: 2026-Q4-2.3: it was reviewed on 2026-11-27, so it cannot be approved on 2026-11-26, before its review\n  help: nothing was written; review the items first (`disclose review ID --by NAME`), or fix the dates\n"
    );
    assert!(repo.snapshot_tree() == before);
}

#[test]
fn approve_refuses_an_item_with_errors_and_shows_them() {
    let repo = Repo::example();
    repo.write(
        "items/2026/2026-Q4-3.5.md",
        &DRAFT.replace("period = \"2026-Q4\"", "period = \"2026-11\"\r\nscope = \"public\""),
    );
    run(&repo, &["review", "2026-Q4-3.5", "--by", "廖敏", "--as-of", AS_OF], 0);
    let before = repo.snapshot_tree();
    let (out, err) = run(&repo, &["approve", "2026-Q4-3.5", "2026-Q4-2.3", "--by", "舒军", "--as-of", AS_OF], 1);
    assert_eq!(out, "");
    insta::assert_snapshot!("approve_refused_for_errors", err);
    assert!(repo.snapshot_tree() == before, "nothing is approved, not even the valid item");
}

#[test]
fn approve_refuses_an_item_still_holding_the_template() {
    let repo = Repo::example();
    run(&repo, &["new", "1.3", "--event", "2026-11-25", "--as-of", AS_OF], 0);
    run(&repo, &["review", "2026-11-25-1.3", "--by", "廖敏", "--as-of", AS_OF], 0);
    let (_, err) = run(&repo, &["approve", "2026-11-25-1.3", "--by", "舒军", "--as-of", AS_OF], 2);
    assert!(
        err.starts_with("error: 2026-11-25-1.3: it still holds the template's placeholder text (items/2026/2026-11-25-1.3.md:"),
        "{err}"
    );
    write_content(&repo, "items/2026/2026-11-25-1.3.md");
    run(&repo, &["approve", "2026-11-25-1.3", "--by", "舒军", "--as-of", AS_OF], 0);
}

#[test]
fn approving_several_items_is_all_or_nothing() {
    let repo = Repo::example();
    repo.write("items/2026/2026-Q4-3.5.md", DRAFT);
    run(&repo, &["review", "2026-Q4-3.5", "--by", "廖敏", "--as-of", AS_OF], 0);
    let before = repo.snapshot_tree();
    // 2026-Q4-2.3 is not reviewed: neither item is approved.
    run(&repo, &["approve", "2026-Q4-3.5", "2026-Q4-2.3", "--by", "舒军", "--as-of", AS_OF], 2);
    assert!(repo.snapshot_tree() == before);
    run(&repo, &["review", "2026-Q4-2.3", "--by", "廖敏", "--as-of", AS_OF], 0);
    let (out, _) = run(&repo, &["approve", "2026-Q4-3.5", "2026-Q4-2.3", "--by", "舒军", "--as-of", AS_OF], 0);
    assert!(out.starts_with("Recorded 审批 (approval) by 舒军 on 2026-11-28 on 2 items:\n"), "{out}");
}

// ---------------------------------------------------------------- publish

#[test]
fn publish_refused_for_an_invalid_file_changes_nothing() {
    let repo = Repo::example();
    run(&repo, &["review", "2026-Q4-2.3", "--by", "廖敏", "--as-of", AS_OF], 0);
    run(&repo, &["approve", "2026-Q4-2.3", "--by", "舒军", "--as-of", AS_OF], 0);
    repo.write(
        "items/2026/2026-11-01-8.2.md",
        "+++\nentry = \"8.2\"\ntitle = \"坏文件\"\nevent = 2026-11-01\nprepard_by = \"叶成刚\"\n+++\n正文\n",
    );
    let before = repo.snapshot_tree();
    let (out, err) = run(&repo, &["publish", "--as-of", AS_OF], 1);
    assert_eq!(out, "");
    insta::assert_snapshot!("publish_refused", err);
    assert!(repo.snapshot_tree() == before, "a refused publish changed a file");
    assert!(!repo.path().join("site").exists());
}

#[test]
fn publish_is_not_blocked_by_overdue_obligations_and_lists_them() {
    let repo = Repo::example();
    // Nothing published for 3.5 in 2026-Q3: overdue after 2026-10-15.
    repo.remove("items/2026/2026-Q3-3.5.md");
    run(&repo, &["check", "--as-of", AS_OF], 1);
    let (out, _) = run(&repo, &["publish", "--as-of", AS_OF], 0);
    assert!(
        out.contains("Still overdue:\n  3.5   2026-Q3              党费收缴、登记情况  (due 2026-10-15)\n"),
        "{out}"
    );
}

#[test]
fn publish_on_the_example_then_again_changes_nothing() {
    let repo = Repo::example();
    let (out, err) = run(&repo, &["publish", "--as-of", AS_OF], 0);
    assert_eq!(err, "");
    let out = out
        .lines()
        .map(|line| {
            if line.starts_with("Board: site/ — ") {
                "Board: site/ — [counts]"
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    insta::assert_snapshot!("publish_example_first", out);
    assert!(repo.path().join("site/.disclose-manifest").is_file());
    assert!(repo.path().join("bulletins/2026-Q4.md").is_file());
    let manifest = repo.read("site/.disclose-manifest");
    let index = repo.path().join("site/index.html");
    let index_time = fs::metadata(&index).unwrap().modified().unwrap();

    let before = repo.snapshot_tree();
    let (out, _) = run(&repo, &["publish", "--as-of", AS_OF], 0);
    assert!(out.starts_with("Published no new item (none is ready and unpublished).\n"), "{out}");
    assert!(out.contains("Board: site/ is up to date ("), "{out}");
    assert!(out.contains("Bulletin: bulletins/2026-Q4.md is up to date.\nNothing to commit.\n"), "{out}");
    assert!(repo.snapshot_tree() == before, "a second publish changed a file");
    assert_eq!(repo.read("site/.disclose-manifest"), manifest);
    assert_eq!(
        fs::metadata(&index).unwrap().modified().unwrap(),
        index_time,
        "unchanged pages keep their modification time"
    );
}

#[test]
fn publish_dry_run_changes_nothing_and_says_what_would_change() {
    let repo = Repo::example();
    run(&repo, &["review", "2026-Q4-2.3", "--by", "廖敏", "--as-of", AS_OF], 0);
    run(&repo, &["approve", "2026-Q4-2.3", "--by", "舒军", "--as-of", AS_OF], 0);
    let before = repo.snapshot_tree();
    let (out, _) = run(&repo, &["publish", "--dry-run", "--as-of", AS_OF], 0);
    assert!(repo.snapshot_tree() == before, "--dry-run changed a file");
    assert!(out.starts_with("Dry run: nothing was changed. `disclose publish` would:\n  stamp published_on = 2026-11-28 on 1 item:\n    items/2026/2026-Q4-2.3.md  2026年第四季度理论学习和教育培训计划落实情况\n  update the board in site/ (0 pages unchanged):\n    add    site/"), "{out}");
    assert!(
        out.contains("  bring the bulletin of 2026-Q4 up to date: bulletins/2026-Q4.md and bulletins/2026-Q4.html\n"),
        "{out}"
    );

    // After a real publish, a dry run of a later day lists exactly the changed pages.
    run(&repo, &["publish", "--as-of", AS_OF], 0);
    let before = repo.snapshot_tree();
    let (out, _) = run(&repo, &["publish", "--dry-run", "--as-of", AS_OF], 0);
    assert!(repo.snapshot_tree() == before);
    assert!(
        out.contains("  publish no item (none is ready and unpublished)\n  leave the board in site/ as it is ("),
        "{out}"
    );
    assert!(out.contains("  leave the bulletin of 2026-Q4 as it is (bulletins/2026-Q4.md)\n"), "{out}");
}

#[test]
fn publish_summary_names_the_items_the_obligations_and_the_commit() {
    let repo = Repo::example();
    run(&repo, &["review", "2026-Q4-2.3", "--by", "廖敏", "--as-of", AS_OF], 0);
    run(&repo, &["approve", "2026-Q4-2.3", "--by", "舒军", "--as-of", AS_OF], 0);
    run(&repo, &["new", "8.2", "--event", "2026-11-20", "--as-of", AS_OF], 0);
    let (out, _) = run(&repo, &["publish", "--as-of", AS_OF], 0);
    let out = out
        .lines()
        .map(|line| {
            if line.starts_with("Board: site/ — ") {
                "Board: site/ — [counts]"
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    insta::assert_snapshot!("publish_summary", out);
    assert!(without_digests(&repo.read("items/2026/2026-Q4-2.3.md")).contains("approved_on = 2026-11-28\npublished_on = 2026-11-28\n+++\n"));
    assert!(
        !repo.read("items/2026/2026-11-20-8.2.md").contains("published_on"),
        "an unapproved item is not published"
    );
}

#[test]
fn a_second_publish_is_refused_while_the_lock_exists() {
    let repo = Repo::example();
    // 4194305 is above Linux's largest process id: no such process runs.
    repo.write(".disclose.lock", "disclose publish (process 4194305)\n");
    let before = repo.snapshot_tree();
    for command in [
        &["publish"][..],
        &["approve", "2026-Q4-2.3", "--by", "舒军"],
        &["review", "2026-Q4-2.3", "--by", "廖敏"],
    ] {
        let mut args = command.to_vec();
        args.extend(["--as-of", AS_OF]);
        let (_, err) = run(&repo, &args, 2);
        let expected = if cfg!(target_os = "linux") {
            "error: a disclose command (disclose publish, process 4194305) was stopped before it could remove its lock: that process no longer runs; nothing was changed\n  help: remove the stale lock and run this again: rm [REPO]/.disclose.lock\n"
        } else {
            "error: another disclose command is working in this repository (disclose publish, process 4194305); nothing was changed\n  help: wait for it to finish and run this again; if no disclose command is running (one was stopped before it could clean up), remove the stale lock: rm [REPO]/.disclose.lock\n"
        };
        assert_eq!(redact(&repo, &err), expected);
    }
    assert!(repo.snapshot_tree() == before);
    // In the terminal's language.
    let output = repo.cmd_without_language(&["publish", "--as-of", AS_OF]).output().expect("run");
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("（disclose publish，进程号 4194305）"), "{err}");
    // A folder where the lock file goes is refused at once, with a fix that works on it.
    repo.remove(".disclose.lock");
    std::fs::create_dir(repo.path().join(".disclose.lock")).expect("mkdir");
    let (_, err) = run(&repo, &["publish", "--as-of", AS_OF], 2);
    assert!(err.contains(".disclose.lock is not a file") && err.contains("rmdir"), "{err}");
    std::fs::remove_dir(repo.path().join(".disclose.lock")).expect("rmdir");
    // Once the stale lock is removed, publishing works and leaves no lock behind.
    run(&repo, &["publish", "--as-of", AS_OF], 0);
    assert!(!repo.path().join(".disclose.lock").exists());
}

#[test]
fn publish_refuses_a_site_folder_it_did_not_create_and_stamps_nothing() {
    let repo = Repo::example();
    run(&repo, &["review", "2026-Q4-2.3", "--by", "廖敏", "--as-of", AS_OF], 0);
    run(&repo, &["approve", "2026-Q4-2.3", "--by", "舒军", "--as-of", AS_OF], 0);
    repo.write("site/index.html", "<p>my own page</p>");
    let before = repo.snapshot_tree();
    let (_, err) = run(&repo, &["publish", "--as-of", AS_OF], 2);
    assert_eq!(
        err,
        "error: the output folder \"site\" is not empty and was not created by disclose (it has no .disclose-manifest); nothing was written\n  help: move its files elsewhere (disclose will create the folder), or choose another folder with `site_dir` in the [publish] table of disclose.toml, such as \"site\"\n"
    );
    assert!(repo.snapshot_tree() == before, "nothing is stamped when the site folder is refused");
    assert!(!repo.path().join(".disclose.lock").exists(), "the lock is removed after a refusal");
}

#[test]
fn publish_never_touches_files_it_did_not_write() {
    let repo = Repo::example();
    run(&repo, &["publish", "--as-of", AS_OF], 0);
    repo.write("site/CNAME", "board.example.org\n");
    repo.write("site/extra/notes.txt", "mine\n");
    // A page of the board written over by hand is the tool's file: it is regenerated.
    let index = repo.read("site/index.html");
    repo.write("site/index.html", "hand edit");
    run(&repo, &["publish", "--as-of", AS_OF], 0);
    assert_eq!(repo.read("site/CNAME"), "board.example.org\n");
    assert_eq!(repo.read("site/extra/notes.txt"), "mine\n");
    assert_eq!(repo.read("site/index.html"), index);
}

#[test]
fn publish_refuses_a_site_dir_holding_the_repository() {
    let repo = Repo::example();
    repo.edit("disclose.toml", "site_dir = \"site\"", "site_dir = \"items\"");
    let before = repo.snapshot_tree();
    let (_, err) = run(&repo, &["publish", "--as-of", AS_OF], 1);
    assert!(err.contains("`site_dir` \"items\" is items, which holds the repository's own files"), "{err}");
    assert!(repo.snapshot_tree() == before);
}

// ---------------------------------------------------------------- the README flow

#[test]
fn readme_flow_from_init_to_a_published_item() {
    let repo = Repo::init();
    run(
        &repo,
        &["catalogue", "approve", "--by", "党务公开工作领导小组", "--on", "2026-11-20", "--as-of", AS_OF],
        0,
    );
    let (out, _) = run(
        &repo,
        &[
            "new",
            "1.3",
            "--event",
            "2026-11-25",
            "--title",
            "关于调整门诊时间的决定",
            "--by",
            "叶成刚",
            "--as-of",
            AS_OF,
        ],
        0,
    );
    assert!(out.starts_with("Created items/2026/2026-11-25-1.3.md\n"), "{out}");
    write_content(&repo, "items/2026/2026-11-25-1.3.md");
    run(&repo, &["review", "2026-11-25-1.3", "--by", "廖敏", "--on", "2026-11-26", "--as-of", AS_OF], 0);
    run(&repo, &["approve", "2026-11-25-1.3", "--by", "舒军", "--on", "2026-11-27", "--as-of", AS_OF], 0);
    let (out, err) = run(&repo, &["publish", "--as-of", AS_OF], 0);
    assert_eq!(err, "");
    assert!(
        out.starts_with(
            "Published 1 item on 2026-11-28:\n  items/2026/2026-11-25-1.3.md  关于调整门诊时间的决定\nObligations met:\n  1.3   item 2026-11-25-1.3"
        ),
        "{out}"
    );
    assert!(
        out.contains("  git add items/2026/2026-11-25-1.3.md bulletins/2026-Q4.md bulletins/2026-Q4.html && git commit -m \"Publish 1 item on 2026-11-28\"\n"),
        "{out}"
    );
    assert!(without_digests(&repo.read("items/2026/2026-11-25-1.3.md")).contains("approved_on = 2026-11-27\npublished_on = 2026-11-28\n+++\n"));
    assert!(repo.path().join("site/.disclose-manifest").is_file());
    assert!(
        repo.read(".gitignore").lines().any(|line| line.trim() == "/site/" || line.trim() == "site/"),
        "the site folder is not committed"
    );
    run(&repo, &["check", "--as-of", AS_OF], 0);
}
