//! A feedback case's history is append-only: a reopened case keeps its earlier answer and
//! rating, the report counts every rating ever given, the bulletin shows the case as it
//! stood at the end of its quarter, and a 不予受理 shows its reason.

use serde_json::Value;

use crate::support::Repo;

const AS_OF: &str = "2026-11-28";

/// Runs a command that must succeed; returns its stdout.
fn ok(repo: &Repo, args: &[&str]) -> String {
    let (code, stdout, stderr) = repo.run(args);
    assert_eq!(code, 0, "{args:?}\nstdout: {stdout}\nstderr: {stderr}");
    stdout
}

/// Records a new case received on `received`; returns its id.
fn new_case(repo: &Repo, received: &str, summary: &str) -> String {
    let output = repo
        .cmd(&[
            "feedback",
            "new",
            "--channel",
            "hotline",
            "--summary",
            summary,
            "--received",
            received,
            "--as-of",
            received,
        ])
        .write_stdin("排队太久，希望改进。\n")
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    format!("{received}-1")
}

fn feedback_counts(repo: &Repo) -> Value {
    let stdout = ok(repo, &["report", "--year", "2026", "--as-of", AS_OF, "--format", "json"]);
    let report: Value = serde_json::from_str(&stdout).expect("json");
    report["feedback"].clone()
}

fn count(tally: &Value, key: &str) -> i64 {
    tally[key].as_i64().unwrap_or_else(|| panic!("no {key} in {tally}"))
}

#[test]
fn a_reopened_case_keeps_both_answers_and_the_report_counts_both_ratings() {
    let repo = Repo::example();
    let before = feedback_counts(&repo);
    let id = new_case(&repo, "2026-09-01", "群众反映挂号排队时间长");
    let file = format!("feedback/2026/{id}.md");
    let id = id.as_str();
    ok(
        &repo,
        &[
            "feedback",
            "respond",
            id,
            "--text",
            "答复一：已增加挂号窗口。",
            "--public",
            "--on",
            "2026-09-10",
            "--as-of",
            "2026-09-10",
        ],
    );
    ok(
        &repo,
        &[
            "feedback",
            "rate",
            id,
            "--rating",
            "unsatisfied",
            "--by",
            "廖敏",
            "--on",
            "2026-09-15",
            "--as-of",
            "2026-09-15",
        ],
    );
    ok(
        &repo,
        &[
            "feedback",
            "reopen",
            id,
            "--reason",
            "反映人不满意，重新办理",
            "--by",
            "舒军",
            "--as-of",
            "2026-10-09",
        ],
    );
    ok(
        &repo,
        &[
            "feedback",
            "respond",
            id,
            "--text",
            "答复二：已开通预约挂号。",
            "--public",
            "--as-of",
            "2026-10-20",
        ],
    );
    ok(
        &repo,
        &["feedback", "rate", id, "--rating", "satisfied", "--by", "廖敏", "--as-of", "2026-10-22"],
    );
    ok(&repo, &["feedback", "close", id, "--by", "舒军", "--as-of", "2026-10-23"]);

    let text = repo.read(&file);
    let tail = &text[text.find("[[action]]").expect("a log")..];
    assert_eq!(
        tail,
        "[[action]]\non = 2026-10-09\nby = \"舒军\"\nkind = \"reopen\"\nnote = \"反映人不满意，重新办理\"\n\n\
         [[action]]\non = 2026-10-23\nby = \"舒军\"\nkind = \"close\"\nnote = \"办结\"\n\n\
         [[response]]\non = 2026-09-10\ntext = \"答复一：已增加挂号窗口。\"\npublic = true\nrating = \"unsatisfied\"\nrated_on = 2026-09-15\nrated_by = \"廖敏\"\n\n\
         [[response]]\non = 2026-10-20\ntext = \"答复二：已开通预约挂号。\"\npublic = true\nrating = \"satisfied\"\nrated_on = 2026-10-22\nrated_by = \"廖敏\"\n\
         +++\n排队太久，希望改进。\n",
        "{text}"
    );
    assert_eq!(ok(&repo, &["check", "--as-of", AS_OF]), "no problems found\n");

    // A rating once given stays.
    let (code, _, stderr) = repo.run(&["feedback", "rate", id, "--rating", "partly", "--as-of", AS_OF]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("was already rated satisfied on 2026-10-22"), "{stderr}");
    assert_eq!(repo.read(&file), text, "a refused rating wrote nothing");

    // Every rating ever given is counted: one unsatisfied, one satisfied.
    let after = feedback_counts(&repo);
    for (key, added) in [("received", 1), ("rated", 2), ("unsatisfied", 1), ("satisfied", 1), ("partly", 0)] {
        assert_eq!(count(&after, key) - count(&before, key), added, "{key}: before {before}, after {after}");
    }

    // The bulletin of the first quarter shows the answer members were told then.
    ok(&repo, &["bulletin", "2026-Q3", "--force", "--as-of", AS_OF]);
    let q3 = repo.read("bulletins/2026-Q3.md");
    let at = q3.find("群众反映挂号排队时间长").expect("the case in the Q3 bulletin");
    let section = &q3[at..q3[at..].find("\n### ").map_or(q3.len(), |end| at + end)];
    assert!(section.contains("状态：已答复"), "{section}");
    assert!(section.contains("答复一：已增加挂号窗口。"), "{section}");
    assert!(section.contains("回访评价：不满意"), "{section}");
    assert!(!section.contains("答复二"), "{section}");

    // The next quarter's shows it closed with the second answer.
    ok(&repo, &["bulletin", "2026-Q4", "--as-of", AS_OF]);
    let q4 = repo.read("bulletins/2026-Q4.md");
    let at = q4.find("群众反映挂号排队时间长").expect("the case in the Q4 bulletin");
    let section = &q4[at..q4[at..].find("\n### ").map_or(q4.len(), |end| at + end)];
    assert!(section.contains("状态：已办结"), "{section}");
    assert!(section.contains("答复二：已开通预约挂号。"), "{section}");
    assert!(!section.contains("答复一"), "{section}");

    // The board shows the latest public answer.
    ok(&repo, &["publish", "--as-of", AS_OF]);
    let board = repo.read("site/feedback.html");
    assert!(board.contains("答复二：已开通预约挂号。"), "the latest answer on the board");
    assert!(!board.contains("答复一"), "the earlier answer is not on the board");
}

#[test]
fn a_rejected_case_shows_its_reason_and_who_rejected_it() {
    let repo = Repo::example();
    let id = new_case(&repo, "2026-11-02", "群众反映私营诊所收费偏高");
    let file = format!("feedback/2026/{id}.md");
    ok(
        &repo,
        &[
            "feedback",
            "reject",
            &id,
            "--reason",
            "不属于本支部职责范围，已告知向市场监管部门反映",
            "--by",
            "舒军",
            "--as-of",
            "2026-11-03",
        ],
    );
    let text = repo.read(&file);
    assert!(
        text.contains("[[action]]\non = 2026-11-03\nby = \"舒军\"\nkind = \"reject\"\nnote = \"不属于本支部职责范围，已告知向市场监管部门反映\"\n"),
        "{text}"
    );
    ok(&repo, &["bulletin", "2026-Q4", "--as-of", AS_OF]);
    let q4 = repo.read("bulletins/2026-Q4.md");
    let at = q4.find("群众反映私营诊所收费偏高").expect("the case in the bulletin");
    let section = &q4[at..q4[at..].find("\n### ").map_or(q4.len(), |end| at + end)];
    assert!(section.contains("状态：不予受理"), "{section}");
    assert!(
        section.contains("**不予受理理由：**不属于本支部职责范围，已告知向市场监管部门反映"),
        "{section}"
    );
    let html = repo.read("bulletins/2026-Q4.html");
    assert!(
        html.contains("<b>不予受理理由：</b>不属于本支部职责范围，已告知向市场监管部门反映"),
        "the reason in the HTML bulletin"
    );
}

#[test]
fn existing_case_files_with_one_response_table_load_unchanged() {
    let repo = Repo::example();
    let file = "feedback/2026/2026-07-20-1.md";
    let before = repo.read(file);
    assert!(before.contains("\n[response]\n"), "the example keeps the older form");
    assert_eq!(ok(&repo, &["check", "--as-of", AS_OF]), "no problems found\n");
    let shown: Value = serde_json::from_str(&ok(&repo, &["feedback", "show", "2026-07-20-1", "--format", "json", "--as-of", AS_OF])).expect("json");
    assert_eq!(shown["status"], "closed");
    assert_eq!(shown["response"]["on"], "2026-07-31");
    assert_eq!(shown["response"]["rating"], "satisfied");
    assert_eq!(shown["responses"].as_array().map(Vec::len), Some(1));
    let listed: Value = serde_json::from_str(&ok(&repo, &["feedback", "list", "--format", "json", "--as-of", AS_OF])).expect("json");
    assert_eq!(listed["cases"].as_array().map(Vec::len), Some(15), "every example case loads");
    assert_eq!(repo.read(file), before, "reading changes nothing");
}

#[test]
fn a_hand_written_step_the_state_machine_refuses_is_reported() {
    let repo = Repo::example();
    let file = "feedback/2026/2026-07-20-1.md";
    // The closing step moved before the answer: the case cannot be closed while open.
    repo.edit(
        file,
        "on = 2026-08-05\nby = \"廖敏\"\nkind = \"close\"",
        "on = 2026-07-25\nby = \"廖敏\"\nkind = \"close\"",
    );
    let (code, stdout, _) = repo.run(&["check", "--as-of", AS_OF]);
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.contains("feedback case 2026-07-20-1 has a `close` step on 2026-07-25 while it was handling: only an answered case can be closed"),
        "{stdout}"
    );
    assert!(
        stdout.contains("feedback case 2026-07-20-1 says `status = \"closed\"`, but its log and answers leave it answered"),
        "{stdout}"
    );
    assert!(stdout.contains(&format!("{file}:")), "the findings name the file: {stdout}");
}
