//! Tests for `disclose feedback`: intake, the handling steps as in-place edits, refusals
//! that write nothing, the limits in working days, and the secretary's views.

use std::fs;

use similar::{ChangeTag, TextDiff};

use crate::support::Repo;

const AS_OF: &str = "2026-11-28";

/// The lines a step removed (`-`) and added (`+`), in order.
fn changes(before: &str, after: &str) -> Vec<String> {
    TextDiff::from_lines(before, after)
        .iter_all_changes()
        .filter_map(|change| match change.tag() {
            ChangeTag::Delete => Some(format!("-{}", change.value().trim_end_matches('\n'))),
            ChangeTag::Insert => Some(format!("+{}", change.value().trim_end_matches('\n'))),
            ChangeTag::Equal => None,
        })
        .collect()
}

/// Runs a step and returns the lines it changed in `file`; the step must succeed.
fn step(repo: &Repo, file: &str, args: &[&str]) -> Vec<String> {
    let before = repo.read(file);
    let (code, stdout, stderr) = repo.run(args);
    assert_eq!(code, 0, "{args:?}\nstdout: {stdout}\nstderr: {stderr}");
    changes(&before, &repo.read(file))
}

/// Runs a command that must be refused (exit 2) without changing any file; returns stderr.
fn refused(repo: &Repo, args: &[&str]) -> String {
    let before = repo.snapshot_tree();
    let (code, stdout, stderr) = repo.run(args);
    assert_eq!(code, 2, "{args:?} should be refused\nstdout: {stdout}\nstderr: {stderr}");
    assert!(repo.snapshot_tree() == before, "{args:?} changed files although it was refused");
    stderr
}

#[test]
fn a_case_goes_from_intake_to_closing_by_commands_alone() {
    let repo = Repo::example();
    let file = "feedback/2026/2026-09-28-1.md";
    let output = repo
        .cmd(&[
            "feedback",
            "new",
            "--channel",
            "hotline",
            "--summary",
            "群众反映门诊卫生间保洁不及时",
            "--name",
            "李女士",
            "--contact",
            "13800000099",
            "--about",
            "7.2",
            "--received",
            "2026-09-28",
            "--as-of",
            AS_OF,
        ])
        .write_stdin("卫生间经常没有纸，地面也很湿滑，\r\n老人容易摔倒。\r\n\r\n")
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "Recorded feedback case 2026-09-28-1 in feedback/2026/2026-09-28-1.md.\n\
         Due on 2026-10-23: 15 working days after 2026-09-28, the day of receipt not counted.\n\
         Next: log each step with `disclose feedback log 2026-09-28-1 --note \"…\"`, answer with `disclose feedback respond 2026-09-28-1 --text \"…\"`.\n"
    );
    // 15 working days from Monday 28 September cross 国庆节 (1–7 October) and count the
    // make-up working Saturday 10 October.
    assert_eq!(
        repo.read(file),
        "+++\nreceived_on = 2026-09-28\nchannel = \"hotline\"\nfrom = \"public\"\nname = \"李女士\"\ncontact = \"13800000099\"\nabout = \"7.2\"\n\
         summary = \"群众反映门诊卫生间保洁不及时\"\ndue_on = 2026-10-23\nstatus = \"received\"\n+++\n卫生间经常没有纸，地面也很湿滑，\n老人容易摔倒。\n"
    );

    let log = step(
        &repo,
        file,
        &[
            "feedback",
            "log",
            "2026-09-28-1",
            "--note",
            "转总务科核实",
            "--by",
            "叶成刚",
            "--on",
            "2026-09-29",
            "--as-of",
            AS_OF,
        ],
    );
    assert_eq!(
        log,
        [
            "-status = \"received\"",
            "+status = \"handling\"",
            "+",
            "+[[action]]",
            "+on = 2026-09-29",
            "+by = \"叶成刚\"",
            "+note = \"转总务科核实\""
        ]
    );

    let extend = step(
        &repo,
        file,
        &[
            "feedback",
            "extend",
            "2026-09-28-1",
            "--days",
            "5",
            "--reason",
            "需更换管道，经书记批准延长",
            "--on",
            "2026-10-20",
            "--as-of",
            AS_OF,
        ],
    );
    assert_eq!(
        extend,
        [
            "-due_on = 2026-10-23",
            "+due_on = 2026-10-30",
            "+",
            "+[[action]]",
            "+on = 2026-10-20",
            "+kind = \"extend\"",
            "+days = 5",
            "+note = \"需更换管道，经书记批准延长\""
        ]
    );

    let respond = step(
        &repo,
        file,
        &[
            "feedback",
            "respond",
            "2026-09-28-1",
            "--text",
            "已增加保洁频次并安装防滑垫。",
            "--public",
            "--on",
            "2026-10-28",
            "--as-of",
            AS_OF,
        ],
    );
    assert_eq!(
        respond,
        [
            "-status = \"handling\"",
            "+status = \"answered\"",
            "+",
            "+[[response]]",
            "+on = 2026-10-28",
            "+text = \"已增加保洁频次并安装防滑垫。\"",
            "+public = true"
        ]
    );

    let rate = step(&repo, file, &["feedback", "rate", "2026-09-28-1", "--rating", "satisfied", "--as-of", AS_OF]);
    assert_eq!(rate, ["+rating = \"satisfied\"", format!("+rated_on = {AS_OF}").as_str()]);

    let close = step(&repo, file, &["feedback", "close", "2026-09-28-1", "--on", "2026-10-30", "--as-of", AS_OF]);
    assert_eq!(
        close,
        [
            "-status = \"answered\"",
            "+status = \"closed\"",
            "+[[action]]",
            "+on = 2026-10-30",
            "+kind = \"close\"",
            "+note = \"办结\"",
            "+"
        ]
    );

    assert_eq!(
        repo.read(file),
        "+++\nreceived_on = 2026-09-28\nchannel = \"hotline\"\nfrom = \"public\"\nname = \"李女士\"\ncontact = \"13800000099\"\nabout = \"7.2\"\n\
         summary = \"群众反映门诊卫生间保洁不及时\"\ndue_on = 2026-10-30\nstatus = \"closed\"\n\n\
         [[action]]\non = 2026-09-29\nby = \"叶成刚\"\nnote = \"转总务科核实\"\n\n\
         [[action]]\non = 2026-10-20\nkind = \"extend\"\ndays = 5\nnote = \"需更换管道，经书记批准延长\"\n\n\
         [[action]]\non = 2026-10-30\nkind = \"close\"\nnote = \"办结\"\n\n\
         [[response]]\non = 2026-10-28\ntext = \"已增加保洁频次并安装防滑垫。\"\npublic = true\nrating = \"satisfied\"\nrated_on = 2026-11-28\n\
         +++\n卫生间经常没有纸，地面也很湿滑，\n老人容易摔倒。\n"
    );
    let (code, stdout, _) = repo.run(&["check", "--as-of", AS_OF]);
    assert_eq!((code, stdout.as_str()), (0, "no problems found\n"));
}

#[test]
fn due_dates_count_working_days_over_holidays_and_make_up_days() {
    let repo = Repo::example();
    // Wednesday 30 September: 8 and 9 October, the make-up Saturday 10 October, then 12
    // more working days.
    let output = repo
        .cmd(&[
            "feedback",
            "new",
            "--channel",
            "letter",
            "--summary",
            "群众来信",
            "--received",
            "2026-09-30",
            "--as-of",
            AS_OF,
            "--format",
            "json",
        ])
        .write_stdin("来信内容")
        .output()
        .expect("run");
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    assert_eq!(value["id"], "2026-09-30-1");
    assert_eq!(value["due_on"], "2026-10-27");
    assert!(repo.read("feedback/2026/2026-09-30-1.md").contains("\ndue_on = 2026-10-27\n"));
    // Reopening sets a new limit from the reopening day: Monday 2 November + 15 = 23 November.
    let reopen = step(
        &repo,
        "feedback/2026/2026-09-10-1.md",
        &[
            "feedback",
            "reopen",
            "2026-09-10-1",
            "--reason",
            "反映人对答复不满意",
            "--on",
            "2026-11-02",
            "--as-of",
            AS_OF,
        ],
    );
    assert_eq!(
        reopen,
        [
            "-due_on = 2026-10-08",
            "-status = \"answered\"",
            "+due_on = 2026-11-23",
            "+status = \"handling\"",
            "+[[action]]",
            "+on = 2026-11-02",
            "+kind = \"reopen\"",
            "+note = \"反映人对答复不满意\"",
            "+"
        ]
    );
}

#[test]
fn the_next_free_id_of_the_day_is_taken() {
    let repo = Repo::example();
    repo.write("feedback/2025/2026-11-28-1.md", "not even a case");
    let output = repo
        .cmd(&["feedback", "new", "--channel", "hotline", "--summary", "群众反映", "--as-of", AS_OF])
        .write_stdin("意见")
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("Recorded feedback case 2026-11-28-2 in feedback/2026/2026-11-28-2.md.\n"));
}

#[test]
fn the_opinion_can_be_written_in_the_editor() {
    let repo = Repo::example();
    let editor = repo.path().join("editor.sh");
    fs::write(&editor, "#!/bin/sh\nprintf '在编辑器里写的意见\\n' > \"$1\"\n").expect("write editor");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&editor, fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    let output = repo
        .cmd(&[
            "feedback",
            "new",
            "--channel",
            "reception-day",
            "--summary",
            "党员建议",
            "--from",
            "member",
            "--edit",
            "--as-of",
            AS_OF,
        ])
        .env("EDITOR", &editor)
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(repo
        .read("feedback/2026/2026-11-28-1.md")
        .ends_with("status = \"received\"\n+++\n在编辑器里写的意见\n"));
}

#[test]
fn intake_refuses_bad_input_and_writes_nothing() {
    let repo = Repo::example();
    let base = ["feedback", "new", "--as-of", AS_OF];
    let with = |extra: &[&'static str]| -> Vec<&'static str> { base.iter().chain(extra).copied().collect() };
    assert_eq!(
        refused(&repo, &with(&["--channel", "wechat", "--summary", "群众反映"])),
        "error: \"wechat\" is not one of the feedback channels in disclose.toml; nothing was written\n  \
         help: use one of: hotline, suggestion-box, reception-day, letter; or add the channel to `[feedback] channels` in disclose.toml\n"
    );
    assert_eq!(
        refused(&repo, &with(&["--channel", "hotline", "--summary", "群众反映", "--about", "9.9"])),
        "error: --about \"9.9\" is neither a catalogue entry nor an item\n  \
         help: give an entry id such as 7.2 (see `disclose catalogue list`) or an item id (its file name without .md), or leave --about out\n"
    );
    assert_eq!(
        refused(&repo, &with(&["--channel", "hotline", "--summary", "群众反映", "--from", "party"])),
        "error: --from \"party\" is neither public nor member\n  help: use --from public (the default) or --from member (a party member)\n"
    );
    assert_eq!(
        refused(&repo, &with(&["--channel", "hotline", "--summary", "  "])),
        "error: --summary is empty\n  help: say it in words, e.g. --summary \"群众反映门诊排队时间长\"\n"
    );
    assert!(
        refused(&repo, &with(&["--channel", "hotline", "--summary", "张三反映", "--name", "张三"])).starts_with("error: --summary names the person (\"张三\")")
    );
    assert!(refused(&repo, &with(&["--channel", "hotline", "--summary", "电话13800138000"])).starts_with("error: --summary holds a mobile phone number"));
    // No text on standard input.
    assert_eq!(
        refused(&repo, &with(&["--channel", "hotline", "--summary", "群众反映"])),
        "error: no opinion text was given; nothing was written\n  \
         help: pipe it in (`disclose feedback new … < opinion.txt`), type it at the prompt, or use --edit to write it in your editor\n"
    );
}

#[test]
fn steps_that_do_not_fit_the_case_are_refused() {
    let repo = Repo::example();
    // 2026-08-24-1 was extended once already.
    repo.edit("feedback/2026/2026-08-24-1.md", "status = \"answered\"", "status = \"handling\"");
    repo.edit("feedback/2026/2026-08-24-1.md", "[response]\non = 2026-09-24\ntext = \"经对辖区村卫生室逐一检查，发现2处未按公示时间开诊，已督促整改并纳入乡村医生绩效考核。各村卫生室已在门口公示开诊时间和乡村医生值班安排，乡村医生外出巡诊时须在门口留言告知。\"\npublic = true\nrating = \"satisfied\"\n", "");
    assert_eq!(
        refused(
            &repo,
            &["feedback", "extend", "2026-08-24-1", "--days", "5", "--reason", "再延", "--as-of", "2026-09-20"]
        ),
        "error: case 2026-08-24-1 was already extended on 2026-09-10 (by 10 working days); a limit may be extended only once\n  \
         help: answer it with `disclose feedback respond 2026-08-24-1 --text \"…\"`, or explain the delay in the log with `disclose feedback log`\n"
    );
    assert_eq!(
        refused(&repo, &["feedback", "reject", "2026-03-09-1", "--reason", "不属于职责范围", "--as-of", AS_OF]),
        "error: case 2026-03-09-1 was answered on 2026-03-20, so it cannot be rejected\n  help: only a case that is not yet answered can be rejected (不予受理)\n"
    );
    assert_eq!(
        refused(&repo, &["feedback", "extend", "2026-03-09-1", "--days", "5", "--reason", "x", "--as-of", AS_OF]),
        "error: case 2026-03-09-1 was answered on 2026-03-20, so it cannot be extended\n  help: only an open case (received or handling) can be extended\n"
    );
    assert_eq!(
        refused(&repo, &["feedback", "close", "2026-11-16-1", "--as-of", AS_OF]),
        "error: case 2026-11-16-1 is still open (handling), so it cannot be closed\n  help: answer it first with `disclose feedback respond 2026-11-16-1 --text \"…\"`\n"
    );
    assert_eq!(
        refused(&repo, &["feedback", "reopen", "2026-11-16-1", "--reason", "x", "--as-of", AS_OF]),
        "error: case 2026-11-16-1 is still open (handling), so it cannot be reopened\n  help: only an answered or closed case can be reopened; an open case is still being handled\n"
    );
    assert_eq!(
        refused(&repo, &["feedback", "rate", "2026-11-24-1", "--rating", "satisfied", "--as-of", AS_OF]),
        "error: case 2026-11-24-1 has no answer yet, so there is nothing to rate\n  \
         help: record the answer first with `disclose feedback respond 2026-11-24-1 --text \"…\"` (it takes --rating too)\n"
    );
    assert_eq!(
        refused(
            &repo,
            &["feedback", "log", "2026-11-24-1", "--note", "登记", "--on", "2026-11-20", "--as-of", AS_OF]
        ),
        "error: 2026-11-20 is before case 2026-11-24-1 was received (2026-11-24)\n  help: give --on a date on or after 2026-11-24\n"
    );
    assert_eq!(
        refused(&repo, &["feedback", "log", "2026-11-16-1", "--note", "补记", "--on", "2026-11-16", "--as-of", AS_OF]),
        "error: 2026-11-16 is before the last step in the handling log of case 2026-11-16-1 (2026-11-17)\n  help: the log is kept in date order: give --on 2026-11-17 or later\n"
    );
    assert_eq!(
        refused(
            &repo,
            &[
                "feedback",
                "respond",
                "2026-11-24-1",
                "--text",
                "请拨打13800138000",
                "--public",
                "--as-of",
                AS_OF
            ]
        ),
        "error: the answer holds a mobile phone number and --public would put it on the board\n  \
         help: leave the number out of the answer (give the hotline or an office landline instead), or answer without --public\n"
    );
    assert_eq!(
        refused(&repo, &["feedback", "show", "2026-03-90-1", "--as-of", AS_OF]),
        "error: there is no feedback case \"2026-03-90-1\"\n  help: did you mean 2026-03-09-1, 2026-07-20-1, 2026-09-10-1? `disclose feedback list` shows every case\n"
    );
    assert_eq!(
        refused(&repo, &["feedback", "log", "complaint-1", "--note", "x", "--as-of", AS_OF]),
        "error: there is no feedback case \"complaint-1\"\n  \
         help: run `disclose feedback list` to see the case ids (a case's id is its file name without .md, like 2026-03-02-1)\n"
    );
}

#[test]
fn edits_keep_comments_key_order_line_ends_and_the_body() {
    let repo = Repo::example();
    let file = "feedback/2026/2026-11-25-1.md";
    let original = "+++\r\n# 来信登记\r\nreceived_on = 2026-11-25   # 收到日期\r\nchannel = \"letter\"\r\nfrom = \"public\"\r\nsummary = \"群众来信\"\r\nstatus = \"received\"  # 状态\r\ndue_on = 2026-12-16\r\n+++\r\n正文 **原样**\r\n\r\n第二段\r\n";
    repo.write(file, original);
    let (code, _, stderr) = repo.run(&["feedback", "log", "2026-11-25-1", "--note", "登记", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        repo.read(file),
        "+++\r\n# 来信登记\r\nreceived_on = 2026-11-25   # 收到日期\r\nchannel = \"letter\"\r\nfrom = \"public\"\r\nsummary = \"群众来信\"\r\nstatus = \"handling\"  # 状态\r\ndue_on = 2026-12-16\r\n\r\n\
         [[action]]\r\non = 2026-11-28\r\nnote = \"登记\"\r\n+++\r\n正文 **原样**\r\n\r\n第二段\r\n"
    );
}

#[test]
fn a_reopened_case_is_answered_again() {
    let repo = Repo::example();
    let file = "feedback/2026/2026-10-19-1.md";
    let changed = step(
        &repo,
        file,
        &[
            "feedback",
            "respond",
            "2026-10-19-1",
            "--text",
            "已制定用药交代规范。",
            "--rating",
            "partly",
            "--on",
            "2026-11-20",
            "--as-of",
            AS_OF,
        ],
    );
    // The earlier answer and its unsatisfied rating stay, as the first [[response]].
    assert_eq!(
        changed,
        [
            "-status = \"handling\"",
            "+status = \"answered\"",
            "-[response]",
            "+[[response]]",
            "+",
            "+[[response]]",
            "+on = 2026-11-20",
            "+text = \"已制定用药交代规范。\"",
            "+public = false",
            "+rating = \"partly\"",
            "+rated_on = 2026-11-20",
        ]
    );
    let (code, stdout, _) = repo.run(&["check", "--as-of", AS_OF]);
    assert_eq!((code, stdout.as_str()), (0, "no problems found\n"));
}

#[test]
fn overdue_cases_are_listed_and_fail_check() {
    let repo = Repo::example();
    let (code, stdout, _) = repo.run(&["feedback", "list", "--overdue", "--as-of", "2026-12-08"]);
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        "ID            RECEIVED    CHANNEL  FROM    STATUS    DUE                 SUMMARY\n\
         2026-10-19-1  2026-10-19  letter   public  handling  2026-11-30 OVERDUE  群众来信反映药房窗口工作人员服务态度生硬\n\
         2026-11-16-1  2026-11-16  hotline  public  handling  2026-12-07 OVERDUE  群众反映高血压、糖尿病常用药品在卫生院时常缺货\n\
         \n\
         2 of 15 cases shown: 3 open (2 overdue as of 2026-12-08), 11 answered or closed, 1 not accepted.\n"
    );
    let (_, stdout, _) = repo.run(&["feedback", "list", "--overdue", "--as-of", AS_OF]);
    assert_eq!(stdout, "No feedback case is overdue as of 2026-11-28.\n");

    let (code, stdout, _) = repo.run(&["check", "--as-of", "2026-12-01"]);
    assert_eq!(code, 1, "{stdout}");
    let overdue: Vec<&str> = stdout.split("\n\n").filter(|block| block.starts_with("error[feedback-overdue]")).collect();
    assert_eq!(
        overdue,
        ["error[feedback-overdue]: feedback case 2026-10-19-1 was due on 2026-11-30 and is still handling\n  \
          --> feedback/2026/2026-10-19-1.md:9:10\n   |\n 9 | due_on = 2026-11-30\n   |          ^\n   = due 2026-11-30\n   = help: answer it with `disclose feedback respond 2026-10-19-1 --text \"…\"`, or record a reasoned extension with `disclose feedback extend 2026-10-19-1 --days N --reason \"…\"`"]
    );
}

#[test]
fn list_json_leaves_the_private_fields_out_and_show_json_marks_them() {
    let repo = Repo::example();
    let (code, stdout, _) = repo.run(&["feedback", "list", "--open", "--format", "json", "--as-of", AS_OF]);
    assert_eq!(code, 0);
    let value: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    let ids: Vec<&str> = value["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .map(|c| c["id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids, ["2026-10-19-1", "2026-11-16-1", "2026-11-24-1"]);
    for private in ["郑女士", "13800000008", "name", "contact", "单子上写着"] {
        assert!(!stdout.contains(private), "list --format json shows {private}");
    }
    let (_, stdout, _) = repo.run(&["feedback", "show", "2026-10-19-1", "--format", "json", "--as-of", AS_OF]);
    let value: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    assert_eq!(value["private"]["name"], "郑女士");
    assert_eq!(value["private"]["contact"], "13800000008");
    assert_eq!(value["actions"][2]["kind"], "reopen");
}

#[test]
fn list_and_show_on_the_example() {
    let repo = Repo::example();
    let (code, list, _) = repo.run(&["feedback", "list", "--as-of", AS_OF]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("feedback_list", list);
    let (_, open, _) = repo.run(&["feedback", "list", "--open", "--as-of", AS_OF]);
    insta::assert_snapshot!("feedback_list_open", open);
    let (code, show, _) = repo.run(&["feedback", "show", "2026-10-19-1", "--as-of", AS_OF]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("feedback_show_reopened", show);
    let (_, show, _) = repo.run(&["feedback", "show", "2026-08-24-1", "--as-of", AS_OF]);
    insta::assert_snapshot!("feedback_show_extended", show);
    let (_, show, _) = repo.run(&["feedback", "show", "2026-08-13-1", "--as-of", AS_OF]);
    insta::assert_snapshot!("feedback_show_rejected", show);
}

#[test]
fn the_example_cases_pass_check() {
    let repo = Repo::example();
    let (code, stdout, _) = repo.run(&["check", "--as-of", AS_OF]);
    assert_eq!((code, stdout.as_str()), (0, "no problems found\n"));
}
