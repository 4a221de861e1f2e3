//! Tests for requests to disclose (依申请公开) and correction requests (更正申请): intake
//! with their own limit, decisions, the overdue finding, the one extension up to ten
//! working days, the counts in the report, and the messages in Chinese.

use serde_json::Value;

use crate::support::Repo;

const AS_OF: &str = "2026-11-28";

fn run(repo: &Repo, args: &[&str], code: i32) -> (String, String) {
    let (actual, out, err) = repo.run(args);
    assert_eq!(actual, code, "disclose {args:?} exited {actual}\nstdout:\n{out}\nstderr:\n{err}");
    (out, err)
}

/// Records a case of `kind` with the text piped in; returns stdout.
fn add(repo: &Repo, extra: &[&str]) -> String {
    let mut args = vec!["feedback", "add"];
    args.extend_from_slice(extra);
    args.extend_from_slice(&["--as-of", AS_OF]);
    let output = repo.cmd(&args).write_stdin("原文。\n").output().expect("run");
    assert_eq!(output.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The codes `check --format json` reports for `file`, and its exit code.
fn codes_for(repo: &Repo, file: &str) -> (i32, Vec<String>) {
    let (code, out, _) = repo.run(&["check", "--format", "json", "--as-of", AS_OF]);
    let json: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    let codes = json["findings"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .filter(|f| f["file"].as_str() == Some(file))
        .map(|f| f["code"].as_str().unwrap_or_default().to_string())
        .collect();
    (code, codes)
}

#[test]
fn a_request_gets_three_working_days_and_is_decided_not_answered() {
    let repo = Repo::example();
    let file = "feedback/2026/2026-09-28-1.md";
    // Chinese channel and sender, as the tool prints them.
    let out = add(
        &repo,
        &[
            "--kind",
            "request",
            "--channel",
            "电话",
            "--from",
            "群众",
            "--about",
            "7.3",
            "--summary",
            "群众申请公开结对帮扶情况",
            "--received",
            "2026-09-28",
        ],
    );
    // 3 working days from Monday 28 September: 29 and 30 September, then 国庆节 to 7 October.
    assert_eq!(
        out,
        "Recorded request to disclose (依申请公开) 2026-09-28-1 in feedback/2026/2026-09-28-1.md.\n\
         Due on 2026-10-08: 3 working days after 2026-09-28, the day of receipt not counted.\n\
         Next: log each step with `disclose feedback log 2026-09-28-1 --note \"…\"`, decide with `disclose feedback decide 2026-09-28-1 --outcome …`.\n"
    );
    let text = repo.read(file);
    assert!(
        text.starts_with("+++\nkind = \"request\"\nreceived_on = 2026-09-28\nchannel = \"hotline\"\nfrom = \"public\"\n"),
        "{text}"
    );
    assert!(text.contains("due_on = 2026-10-08\n"), "{text}");

    // A request is decided, not answered.
    let (_, err) = run(&repo, &["feedback", "respond", "2026-09-28-1", "--text", "已公开", "--as-of", AS_OF], 2);
    assert!(err.contains("request to disclose (依申请公开): it is answered by a decision"), "{err}");
    // Decisions of another kind, and a disclosure without its item, are refused.
    let (_, err) = run(&repo, &["feedback", "decide", "2026-09-28-1", "--outcome", "corrected", "--as-of", AS_OF], 2);
    assert!(err.contains("is not a decision on a request to disclose"), "{err}");
    assert!(err.contains("disclosed, not-disclosed, not-held"), "{err}");
    run(&repo, &["feedback", "decide", "2026-09-28-1", "--outcome", "disclosed", "--as-of", AS_OF], 2);
    let (_, err) = run(
        &repo,
        &["feedback", "decide", "2026-09-28-1", "--outcome", "not-disclosed", "--as-of", AS_OF],
        2,
    );
    assert!(err.contains("needs the reason"), "{err}");

    let (out, _) = run(
        &repo,
        &[
            "feedback",
            "decide",
            "2026-09-28-1",
            "--outcome",
            "予以公开",
            "--item",
            "2026-H1-7.3",
            "--on",
            "2026-09-30",
            "--as-of",
            AS_OF,
        ],
        0,
    );
    assert!(out.contains("decided disclosed on 2026-09-30 (2026-H1-7.3), not shown on the board."), "{out}");
    let text = repo.read(file);
    assert!(text.contains("status = \"answered\""), "{text}");
    assert!(
        text.contains("[[response]]\non = 2026-09-30\noutcome = \"disclosed\"\nitem = \"2026-H1-7.3\"\ntext = \"已予以公开，见《2026年上半年落实结对帮扶制度帮助群众解决实际困难情况》（2026-H1-7.3）。\"\npublic = false\n"),
        "{text}"
    );
    assert_eq!(codes_for(&repo, file), (0, Vec::new()));
    let (out, _) = run(&repo, &["feedback", "show", "2026-09-28-1", "--as-of", AS_OF], 0);
    assert!(out.contains("  kind       request to disclose (依申请公开)\n"), "{out}");
    assert!(out.contains("    decision: disclosed, item 2026-H1-7.3\n"), "{out}");
}

#[test]
fn an_undecided_request_past_its_limit_fails_check_and_extends_to_ten_working_days_at_most() {
    let repo = Repo::example();
    let file = "feedback/2026/2026-11-20-1.md";
    add(
        &repo,
        &[
            "--kind",
            "request",
            "--channel",
            "hotline",
            "--summary",
            "群众申请公开党费使用情况",
            "--received",
            "2026-11-20",
        ],
    );
    // Friday 20 November + 3 working days = Wednesday 25 November, past on the 28th.
    assert!(repo.read(file).contains("due_on = 2026-11-25\n"));
    let (code, codes) = codes_for(&repo, file);
    assert_eq!((code, codes), (1, vec!["request-overdue".to_string()]));
    let (out, _) = run(&repo, &["feedback", "list", "--overdue", "--as-of", AS_OF], 0);
    assert!(out.contains("2026-11-20-1"), "{out}");
    assert!(
        out.contains("Of them: 1 request to disclose (依申请公开), 0 correction requests (更正申请)."),
        "{out}"
    );

    // 3 + 8 would pass the 10 working days a request may take in all.
    let (_, err) = run(
        &repo,
        &["feedback", "extend", "2026-11-20-1", "--days", "8", "--reason", "需查阅档案", "--as-of", AS_OF],
        2,
    );
    assert!(err.contains("at most 10 working days in all"), "{err}");
    run(
        &repo,
        &["feedback", "extend", "2026-11-20-1", "--days", "7", "--reason", "需查阅档案", "--as-of", AS_OF],
        0,
    );
    assert!(repo.read(file).contains("due_on = 2026-12-04\n"), "{}", repo.read(file));
    assert_eq!(codes_for(&repo, file), (0, Vec::new()));

    // An extension written by hand past the maximum is a finding.
    repo.edit(file, "days = 7", "days = 9");
    assert_eq!(codes_for(&repo, file), (1, vec!["request-extension".to_string()]));
}

#[test]
fn a_correction_request_names_its_item_and_links_the_correction() {
    let repo = Repo::example();
    let (item, id) = ("items/2026/2026-Q4-2.3.md", "2026-Q4-2.3");
    run(&repo, &["review", id, "--by", "廖敏", "--on", "2026-11-26", "--as-of", AS_OF], 0);
    run(&repo, &["approve", id, "--by", "舒军", "--as-of", AS_OF], 0);
    run(&repo, &["publish", "--as-of", AS_OF], 0);

    let output = repo
        .cmd(&[
            "feedback",
            "add",
            "--kind",
            "更正申请",
            "--channel",
            "来信",
            "--summary",
            "党员反映参学人数有误",
            "--as-of",
            AS_OF,
        ])
        .write_stdin("人数有误。\n")
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("must name the published item"));

    let out = add(
        &repo,
        &[
            "--kind",
            "correction",
            "--channel",
            "letter",
            "--from",
            "党员",
            "--about",
            id,
            "--summary",
            "党员反映第四季度参学人数有误",
        ],
    );
    assert!(out.starts_with("Recorded correction request (更正申请) 2026-11-28-1"), "{out}");
    let file = "feedback/2026/2026-11-28-1.md";
    assert!(repo.read(file).contains("from = \"member\"\n"));

    // Corrected needs the item's correction first.
    let (_, err) = run(
        &repo,
        &["feedback", "decide", "2026-11-28-1", "--outcome", "corrected", "--item", id, "--as-of", AS_OF],
        2,
    );
    assert!(
        err.contains("has no correction (`disclose correct`) made since case 2026-11-28-1 was received"),
        "{err}"
    );
    repo.edit(item, "| 26 |", "| 25 |");
    run(&repo, &["correct", id, "--reason", "10月参学人数应为25人，原误写为26人", "--as-of", AS_OF], 0);
    run(
        &repo,
        &["feedback", "decide", "2026-11-28-1", "--outcome", "corrected", "--item", id, "--as-of", AS_OF],
        0,
    );
    let text = repo.read(file);
    assert!(
        text.contains("outcome = \"corrected\"\nitem = \"2026-Q4-2.3\"\ncorrection_on = 2026-11-28\n"),
        "{text}"
    );
    assert_eq!(codes_for(&repo, file), (0, Vec::new()));

    // A decision naming a correction that does not exist is a finding.
    repo.edit(file, "correction_on = 2026-11-28", "correction_on = 2026-11-27");
    assert_eq!(codes_for(&repo, file), (1, vec!["request-decision".to_string()]));
}

#[test]
fn the_report_counts_requests_and_correction_requests_apart() {
    let repo = Repo::example();
    let (out, _) = run(&repo, &["report", "--year", "2026", "--format", "json", "--as-of", AS_OF], 0);
    let json: Value = serde_json::from_str(&out).expect("json");
    // The example holds one request (disclosed) and one correction request (refused) of
    // 2026 beside its twelve opinions.
    assert_eq!(json["feedback"]["received"], 12, "{}", json["feedback"]);
    let requests = &json["requests"];
    assert_eq!(
        (&requests["received"], &requests["decided_within_limit"], &requests["disclosed"]),
        (&1.into(), &1.into(), &1.into()),
        "{requests}"
    );
    assert_eq!(requests["limit_working_days"], 3);
    let corrections = &json["correction_requests"];
    assert_eq!(
        (&corrections["received"], &corrections["refused"], &corrections["overdue"]),
        (&1.into(), &1.into(), &0.into()),
        "{corrections}"
    );

    let (text, _) = run(&repo, &["report", "--year", "2026", "--as-of", AS_OF], 0);
    assert!(
        text.contains("Requests to disclose (依申请公开) received in 2026 (limit 3 working days)"),
        "{text}"
    );
    assert!(text.contains("disclosed 1 / not disclosed 0 / not held 0"), "{text}");
    assert!(text.contains("corrected 0 / refused 1"), "{text}");
}

#[test]
fn with_no_language_set_feedback_speaks_chinese() {
    let repo = Repo::example();
    let output = repo
        .cmd_without_language(&[
            "feedback",
            "add",
            "--kind",
            "申请",
            "--channel",
            "热线电话",
            "--summary",
            "群众申请公开党费使用情况",
            "--received",
            "2026-11-20",
            "--as-of",
            AS_OF,
        ])
        .write_stdin("原文。\n")
        .output()
        .expect("run");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(
        stdout.contains("已登记依申请公开件 2026-11-20-1，见 feedback/2026/2026-11-20-1.md。"),
        "{stdout}"
    );
    assert!(stdout.contains("到期日 2026-11-25：2026-11-20 后 3 个工作日，收到当日不计。"), "{stdout}");

    let output = repo.cmd_without_language(&["check", "--as-of", AS_OF]).output().expect("run");
    let all = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert_eq!(output.status.code(), Some(1), "{all}");
    assert!(all.contains("request-overdue"), "{all}");
    assert!(all.contains("依申请公开件 2026-11-20-1 已于 2026-11-25 到期，仍为 received"), "{all}");

    let output = repo
        .cmd_without_language(&["feedback", "rate", "2026-11-20-1", "--rating", "满意", "--as-of", AS_OF])
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr.contains("意见件 2026-11-20-1 尚未答复，没有可评价的答复"), "{stderr}");
}

/// `status` tells a request from an opinion and names the command that answers each:
/// `feedback decide` for a request (`feedback respond` refuses one).
#[test]
fn status_tells_a_request_apart_and_names_decide() {
    let repo = Repo::example();
    add(
        &repo,
        &[
            "--kind",
            "request",
            "--channel",
            "hotline",
            "--summary",
            "群众申请公开党费使用情况",
            "--received",
            "2026-11-26",
        ],
    );
    let (out, _) = run(&repo, &["status", "--as-of", AS_OF], 0);
    let line = out
        .lines()
        .find(|line| line.contains("群众申请公开党费使用情况"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(line.contains("[request to disclose]"), "{out}");
    assert!(
        out.contains("disclose feedback decide 2026-11-26-1 --outcome disclosed|not-disclosed|not-held"),
        "{out}"
    );
    assert!(!out.contains("disclose feedback respond 2026-11-26-1"), "{out}");
    let (json, _) = run(&repo, &["status", "--format", "json", "--as-of", AS_OF], 0);
    let json: Value = serde_json::from_str(&json).expect("json");
    let rows = json["feedback"].as_array().cloned().unwrap_or_default();
    let row = rows.iter().find(|row| row["id"] == "2026-11-26-1").unwrap_or_else(|| panic!("{json}"));
    assert_eq!(row["kind"], "request");
}

/// The archive register counts the kinds apart: a request and a correction request are
/// marked in the text, named in the JSON and typed in the CSV.
#[test]
fn the_archive_register_tells_the_kinds_apart() {
    let repo = Repo::example();
    let (text, _) = run(&repo, &["archive", "--year", "2026", "--as-of", AS_OF], 0);
    assert!(
        text.lines().any(|l| l.contains("2026-07-15-1") && l.contains("[request to disclose]")),
        "{text}"
    );
    assert!(text.lines().any(|l| l.contains("2026-10-20-1") && l.contains("[correction request]")), "{text}");
    let (json, _) = run(&repo, &["archive", "--year", "2026", "--format", "json", "--as-of", AS_OF], 0);
    let json: Value = serde_json::from_str(&json).expect("json");
    let kinds: Vec<(String, String)> = json["cases"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|case| {
            (
                case["id"].as_str().unwrap_or_default().to_string(),
                case["kind"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    assert!(kinds.contains(&("2026-07-15-1".to_string(), "request".to_string())), "{kinds:?}");
    assert!(kinds.contains(&("2026-10-20-1".to_string(), "correction".to_string())), "{kinds:?}");
    assert!(kinds.iter().any(|(_, kind)| kind == "opinion"), "{kinds:?}");
    let (csv, _) = run(&repo, &["archive", "--year", "2026", "--format", "csv", "--as-of", AS_OF], 0);
    assert!(csv.lines().any(|l| l.starts_with("2026,request,") && l.contains("2026-07-15-1")), "{csv}");
    assert!(
        csv.lines().any(|l| l.starts_with("2026,correction-request,") && l.contains("2026-10-20-1")),
        "{csv}"
    );
}
