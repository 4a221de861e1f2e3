//! Obligations and deadlines through the command line: `check` on a missing quarter,
//! each state, `status`, `explain`, `next` (text, json, ics) and `calendar`.

use serde_json::Value;

use crate::support::Repo;

const Q1_ITEM: &str = "items/2026/2026-Q1-3.5.md";

/// The example repository without its 2026-Q1 item of entry 3.5 (due 2026-04-15).
fn missing_q1() -> Repo {
    let repo = Repo::example();
    repo.remove(Q1_ITEM);
    repo
}

fn json(repo: &Repo, args: &[&str]) -> Value {
    json_exiting(repo, args, 0)
}

fn json_exiting(repo: &Repo, args: &[&str], expected: i32) -> Value {
    let (code, stdout, stderr) = repo.run(args);
    assert_eq!(code, expected, "{args:?}: {stderr}");
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{args:?} did not print JSON ({e}): {stdout}"))
}

#[test]
fn a_missing_quarter_fails_check_the_day_after_its_due_date() {
    let repo = missing_q1();
    let (code, stdout, stderr) = repo.run(&["check", "--as-of", "2026-04-16"]);
    assert_eq!(code, 1, "{stdout}{stderr}");
    insta::assert_snapshot!("check_missing_q1_day_after", stdout);
    let report = json_exiting(&repo, &["check", "--as-of", "2026-04-16", "--format", "json"], 1);
    let text = report.to_string();
    let findings: Vec<&Value> = report["findings"]
        .as_array()
        .map_or_else(|| panic!("no findings array: {text}"), |a| a.iter().collect());
    let overdue: Vec<&&Value> = findings.iter().filter(|f| f["code"] == "obligation-overdue").collect();
    assert_eq!(overdue.len(), 1, "{text}");
    assert_eq!(
        (overdue[0]["entry"].as_str(), overdue[0]["period"].as_str(), overdue[0]["due"].as_str()),
        (Some("3.5"), Some("2026-Q1"), Some("2026-04-15"))
    );
    assert_eq!(overdue[0]["level"], "error");
}

#[test]
fn a_missing_quarter_passes_check_on_its_due_date() {
    let repo = missing_q1();
    let (code, stdout, _) = repo.run(&["check", "--as-of", "2026-04-15"]);
    assert_eq!((code, stdout.as_str()), (0, "no problems found\n"));
}

fn state_of_q1(repo: &Repo, as_of: &str) -> String {
    let explained = json(repo, &["explain", "3.5", "2026-Q1", "--as-of", as_of, "--format", "json"]);
    explained["deadlines"][0]["state"].as_str().unwrap_or("none").to_string()
}

#[test]
fn each_state_in_json() {
    let missing = missing_q1();
    assert_eq!(state_of_q1(&missing, "2026-03-31"), "open", "15 days before the due date");
    assert_eq!(state_of_q1(&missing, "2026-04-01"), "due", "14 days before the due date");
    assert_eq!(state_of_q1(&missing, "2026-04-15"), "due", "on the due date");
    assert_eq!(state_of_q1(&missing, "2026-04-16"), "overdue", "the day after");
    let example = Repo::example();
    assert_eq!(state_of_q1(&example, "2026-11-28"), "done");
    example.edit(Q1_ITEM, "published_on = 2026-04-07", "published_on = 2026-04-20");
    assert_eq!(state_of_q1(&example, "2026-11-28"), "late");
    let explained = json(&example, &["explain", "2026-Q1-3.5", "--as-of", "2026-11-28", "--format", "json"]);
    let q1 = &explained["deadlines"][0];
    assert_eq!(
        (q1["met_by"].as_str(), q1["met_on"].as_str(), q1["due"].as_str()),
        (Some("2026-Q1-3.5"), Some("2026-04-20"), Some("2026-04-15"))
    );
    // Before the period ends the obligation already exists (open); a future period is not owed.
    assert_eq!(state_of_q1(&missing, "2026-02-01"), "open");
    let future = json(&missing, &["explain", "3.5", "2027-Q1", "--as-of", "2026-11-28", "--format", "json"]);
    assert_eq!(future["deadlines"][0]["state"], Value::Null);
    assert_eq!(future["deadlines"][0]["explanation"], "not owed as of 2026-11-28: 2027-Q1 has not begun yet");
}

#[test]
fn status_of_the_example() {
    let repo = Repo::example();
    let (code, stdout, stderr) = repo.run(&["status", "--as-of", "2026-11-28"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stdout.contains('\u{1b}'), "no colour when piped");
    insta::assert_snapshot!("status_example", stdout);
}

/// The example with work left undone on 2026-11-28: the 2026-Q3 dues report missing, a
/// decision waiting for approval, one ready to publish, and a new case near its limit.
fn broken() -> Repo {
    let repo = Repo::example();
    repo.remove("items/2026/2026-Q3-3.5.md");
    repo.write(
        "items/2026/2026-11-25-1.3.md",
        "+++\nentry = \"1.3\"\ntitle = \"关于调整门诊排班的决定\"\nevent = 2026-11-25\nprepared_by = \"叶成刚\"\nreviewed_by = \"廖敏\"\nreviewed_on = 2026-11-26\n+++\n决定内容。\n",
    );
    repo.write(
        "items/2026/2026-11-26-5.1.md",
        "+++\nentry = \"5.1\"\ntitle = \"中层干部轮岗交流情况\"\nevent = 2026-11-26\nprepared_by = \"叶成刚\"\nreviewed_by = \"廖敏\"\nreviewed_on = 2026-11-27\napproved_by = \"舒军\"\napproved_on = 2026-11-27\n+++\n轮岗情况。\n",
    );
    repo.write(
        "feedback/2026/2026-11-20-1.md",
        "+++\nreceived_on = 2026-11-20\nchannel = \"letter\"\nfrom = \"public\"\nsummary = \"群众来信询问体检预约办法\"\ndue_on = 2026-11-27\nstatus = \"received\"\n+++\n来信内容。\n",
    );
    repo
}

#[test]
fn status_of_a_repository_with_work_to_do() {
    let repo = broken();
    let (code, stdout, stderr) = repo.run(&["status", "--as-of", "2026-11-28"]);
    assert_eq!(code, 0, "status is informational: {stderr}");
    insta::assert_snapshot!("status_broken", stdout);
    let status = json(&repo, &["status", "--as-of", "2026-11-28", "--format", "json"]);
    assert_eq!(status["nothing_to_do"], false);
    let overdue = &status["overdue"];
    assert_eq!(overdue.as_array().map(Vec::len), Some(1), "{status}");
    assert_eq!(
        (overdue[0]["entry"].as_str(), overdue[0]["period"].as_str(), overdue[0]["due"].as_str()),
        (Some("3.5"), Some("2026-Q3"), Some("2026-10-15"))
    );
    assert_eq!(overdue[0]["next"], "disclose new 3.5 --period 2026-Q3");
    assert_eq!(
        status["due_soon"][0]["next"], "disclose approve 2026-11-25-1.3 --by NAME",
        "the draft is the next step"
    );
    assert_eq!(status["waiting_for_review"][0]["next"], "disclose review 2026-Q4-2.3 --by NAME");
    assert_eq!(status["waiting_for_approval"][0]["id"], "2026-11-25-1.3");
    assert_eq!(status["ready_to_publish"][0]["next"], "disclose publish");
    let feedback = status["feedback"].as_array().map(|cases| {
        cases
            .iter()
            .map(|c| (c["id"].as_str().unwrap_or(""), c["overdue"].as_bool()))
            .collect::<Vec<_>>()
    });
    assert_eq!(feedback, Some(vec![("2026-11-20-1", Some(true)), ("2026-10-19-1", Some(false))]));
}

#[test]
fn status_respects_require_review() {
    let repo = broken();
    repo.edit("disclose.toml", "require_review = true", "require_review = false");
    let status = json(&repo, &["status", "--as-of", "2026-11-28", "--format", "json"]);
    assert_eq!(status["waiting_for_review"], serde_json::json!([]));
    assert_eq!(
        status["waiting_for_approval"]
            .as_array()
            .map(|a| a.iter().map(|i| i["id"].as_str().unwrap_or("")).collect::<Vec<_>>()),
        Some(vec!["2026-11-25-1.3", "2026-Q4-2.3"])
    );
}

#[test]
fn status_names_a_changed_catalogue() {
    let repo = Repo::example();
    repo.edit("catalogue/03-organisation.toml", "title = \"党费收缴、登记情况\"", "title = \"党费收缴情况\"");
    let (code, stdout, _) = repo.run(&["status", "--as-of", "2026-11-28"]);
    assert_eq!(code, 0);
    let catalogue = stdout.split("\nCatalogue\n").nth(1).unwrap_or_else(|| panic!("no catalogue group: {stdout}"));
    assert_eq!(
        catalogue.lines().take(2).collect::<Vec<_>>(),
        [
            "  the catalogue changed since its approval on 2026-01-05 (entry 3.5 changed), so no obligations are computed",
            "      → disclose catalogue approve --by 党务公开工作领导小组",
        ]
    );
}

#[test]
fn status_says_nothing_to_do() {
    let repo = Repo::empty();
    repo.write("disclose.toml", "[organisation]\nname = \"测试支部\"\n\n[leading_group]\nleader = \"舒军\"\n");
    repo.write(
        "catalogue/01-test.toml",
        "[category]\ncode = \"1\"\ntitle = \"测试\"\n\n[[entry]]\nid = \"1.1\"\ntitle = \"党费\"\nscope = \"members\"\ncadence = \"periodic\"\nperiod = \"quarter\"\ndue_days = 15\nowner = \"廖敏\"\n",
    );
    let (code, _, stderr) = repo.run(&[
        "catalogue",
        "approve",
        "--by",
        "党务公开工作领导小组",
        "--on",
        "2025-10-01",
        "--as-of",
        "2025-10-01",
    ]);
    assert_eq!(code, 0, "{stderr}");
    let (code, stdout, _) = repo.run(&["status", "--as-of", "2025-11-02"]);
    assert_eq!(code, 0);
    assert_eq!(stdout, "测试支部 · status as of 2025-11-02\n\nNothing to do: no obligation is overdue or due in the next 14 days, no draft is waiting and no feedback is near its limit.\n");
    assert_eq!(json(&repo, &["status", "--as-of", "2025-11-02", "--format", "json"])["nothing_to_do"], true);
    // A deadline in a year no calendar covers is something to do: add the calendar.
    let status = json(&repo, &["status", "--as-of", "2026-11-02", "--format", "json"]);
    assert_eq!(
        (status["nothing_to_do"].as_bool(), status["uncovered_years"].clone()),
        (Some(false), serde_json::json!([2027]))
    );
    let (code, _, stderr) = repo.run(&["status", "--as-of", "2025-11-02", "--format", "csv"]);
    assert_eq!(
        (code, stderr.as_str()),
        (2, "error: `disclose status` does not write --format csv\n  help: use one of: text, json\n")
    );
}

#[test]
fn explain_a_period_an_item_and_a_standing_entry() {
    let repo = Repo::example();
    let (code, stdout, _) = repo.run(&["explain", "3.5", "2026-Q1", "--as-of", "2026-11-28"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("explain_periodic", stdout);
    let (_, by_item, _) = repo.run(&["explain", "2026-Q1-3.5", "--as-of", "2026-11-28"]);
    assert_eq!(by_item, stdout, "an item explains its entry and period");
    let (code, stdout, _) = repo.run(&["explain", "4.1", "--as-of", "2026-11-28"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("explain_standing", stdout);
}

#[test]
fn explain_shows_holidays_and_make_up_days_crossed() {
    let repo = Repo::example();
    repo.write(
        "items/2026/2026-09-30-1.3.md",
        "+++\nentry = \"1.3\"\ntitle = \"国庆前的决定\"\nevent = 2026-09-30\nprepared_by = \"叶成刚\"\n+++\n决定内容。\n",
    );
    let (code, stdout, _) = repo.run(&["explain", "2026-09-30-1.3", "--as-of", "2026-10-14"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("explain_national_day", stdout);
    let explained = json(&repo, &["explain", "2026-09-30-1.3", "--as-of", "2026-10-14", "--format", "json"]);
    let deadline = &explained["deadlines"][0];
    assert_eq!((deadline["due"].as_str(), deadline["state"].as_str()), (Some("2026-10-13"), Some("overdue")));
    let crossed = deadline["crossed"].as_array().map(|days| {
        days.iter()
            .map(|d| {
                (
                    d["date"].as_str().unwrap_or(""),
                    d["kind"].as_str().unwrap_or(""),
                    d["counted"].as_bool().unwrap_or(false),
                )
            })
            .collect::<Vec<_>>()
    });
    let mut expected: Vec<(&str, &str, bool)> = ["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"]
        .iter()
        .map(|d| (*d, "holiday", false))
        .collect();
    expected.extend([("2026-10-10", "make-up", true), ("2026-10-11", "weekend", false)]);
    assert_eq!(crossed, Some(expected));
}

#[test]
fn explain_refuses_targets_it_cannot_explain() {
    let repo = Repo::example();
    let cases = [
        (&["explain", "9.9"][..], "error: there is no entry or item \"9.9\"\n  help: give an entry id (`disclose catalogue list` shows them) or an item id (its file name without .md)\n"),
        (&["explain", "3.5"][..], "error: entry 3.5 is periodic (quarter): say which period\n  help: give the period, like `disclose explain 3.5 2026-Q1`\n"),
        (&["explain", "3.5", "2026-H1"][..], "error: 2026-H1 is a half-year, but entry 3.5 is disclosed every quarter\n  help: write the period like 2026-Q1\n"),
        (
            &["explain", "3.5", "2026-Q5"][..],
            "error: \"2026-Q5\" is not a period: write a month (2026-03), quarter (2026-Q1), half-year (2026-H1) or year (2026)\n  help: entry 3.5 is disclosed every quarter: write the period like 2026-Q1\n",
        ),
        (&["explain", "4.1", "2026-Q1"][..], "error: entry 4.1 is standing: it has no periods, so \"2026-Q1\" does not apply\n  help: drop the period: `disclose explain 4.1`\n"),
        (&["explain", "1.3"][..], "error: entry 1.3 is immediate: each item has its own deadline, counted from its event\n  help: give an item id instead, like `disclose explain 2026-05-12-1.3` (entry 1.3 has 2 items)\n"),
        (&["explain", "2026-Q1-3.5", "2026-Q1"][..], "error: 2026-Q1-3.5 is an item, which has its own period or event\n  help: drop the period: `disclose explain 2026-Q1-3.5`\n"),
    ];
    for (args, expected) in cases {
        let mut args = args.to_vec();
        args.extend(["--as-of", "2026-11-28"]);
        let (code, stdout, stderr) = repo.run(&args);
        assert_eq!((code, stdout.as_str(), stderr.as_str()), (2, "", expected), "{args:?}");
    }
}

#[test]
fn next_in_text_and_json() {
    let repo = missing_q1();
    let (code, stdout, _) = repo.run(&["next", "--as-of", "2026-04-10", "--limit", "4"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("next_text", stdout);
    let next = json(&repo, &["next", "--as-of", "2026-04-10", "--limit", "2", "--format", "json"]);
    assert_eq!(next["deadlines"].as_array().map(Vec::len), Some(2));
    assert_eq!(next["deadlines"][0]["entry"], "3.5", "{next}");
    assert_eq!(next["deadlines"][0]["state"], "due");
    assert_eq!(next["deadlines"][0]["next"], "disclose new 3.5 --period 2026-Q1");
    assert_eq!(next["next_change"]["on"], "2026-04-16", "due becomes overdue the day after the due date");
    assert_eq!(
        next["next_change"]["changes"][0],
        serde_json::json!({ "entry": "3.5", "label": "2026-Q1", "from": "due", "to": "overdue", "due": "2026-04-15" })
    );
    // Fifteen days before: still open, and it becomes due the next day.
    let next = json(&repo, &["next", "--as-of", "2026-03-31", "--limit", "100", "--format", "json"]);
    let q1 = next["deadlines"]
        .as_array()
        .and_then(|all| all.iter().find(|d| d["entry"] == "3.5" && d["label"] == "2026-Q1"))
        .cloned()
        .unwrap_or_default();
    assert_eq!(q1["state"], "open", "{next}");
    assert_eq!(q1["next_change"], serde_json::json!({ "on": "2026-04-01", "becomes": "due" }));
    assert_eq!(next["next_change"]["on"], "2026-04-01", "{next}");
    let changes = next["next_change"]["changes"].as_array().cloned().unwrap_or_default();
    assert!(changes.iter().any(|c| c["entry"] == "3.5" && c["to"] == "due"), "{next}");
    // Overdue deadlines lead the list and never change state again on their own.
    let next = json(&repo, &["next", "--as-of", "2026-04-20", "--format", "json"]);
    assert_eq!(
        (next["deadlines"][0]["entry"].as_str(), next["deadlines"][0]["state"].as_str()),
        (Some("3.5"), Some("overdue"))
    );
    assert_ne!(next["next_change"]["changes"][0]["entry"], "3.5");
}

#[test]
fn next_as_icalendar() {
    let repo = missing_q1();
    let (code, stdout, _) = repo.run(&["next", "--as-of", "2026-04-10", "--limit", "2", "--format", "ics"]);
    assert_eq!(code, 0);
    assert!(stdout.ends_with("END:VCALENDAR\r\n"));
    assert!(!stdout.replace("\r\n", "").contains('\n'), "every line ends in CRLF");
    for line in stdout.split("\r\n") {
        assert!(line.len() <= 75, "a line longer than 75 octets: {line}");
    }
    assert_eq!(stdout.matches("BEGIN:VEVENT\r\n").count(), 2);
    assert_eq!(stdout.matches("END:VEVENT\r\n").count(), 2);
    insta::assert_snapshot!("next_ics", stdout.replace("\r\n", "\n"));
    // The UID of a deadline does not change with the day it is looked at.
    let (_, later, _) = repo.run(&["next", "--as-of", "2026-04-12", "--limit", "2", "--format", "ics"]);
    let uid = "UID:3.5-2026-Q1-431c595155e0@disclose\r\n";
    assert!(later.contains(uid) && stdout.contains(uid), "{stdout}");
    assert!(later.contains("DTSTAMP:20260412T000000Z\r\n"));
    let (code, _, stderr) = repo.run(&["status", "--format", "ics", "--as-of", "2026-04-10"]);
    assert_eq!(
        (code, stderr.as_str()),
        (2, "error: `disclose status` does not write --format ics\n  help: use one of: text, json\n")
    );
}

/// DOMAIN.md, "Test vectors".
const VECTORS: [(&str, &str, &str); 9] = [
    ("2023-09-27", "5", "2023-10-10"),
    ("2023-09-28", "1", "2023-10-07"),
    ("2024-02-08", "5", "2024-02-21"),
    ("2024-09-27", "3", "2024-10-08"),
    ("2025-01-24", "5", "2025-02-07"),
    ("2025-12-31", "1", "2026-01-04"),
    ("2026-02-13", "10", "2026-03-05"),
    ("2026-09-30", "5", "2026-10-13"),
    ("2026-09-30", "10", "2026-10-20"),
];

#[test]
fn calendar_add_holds_every_domain_vector() {
    let repo = Repo::empty();
    for (start, n, due) in VECTORS {
        let result = json(&repo, &["calendar", "add", start, n, "--format", "json"]);
        assert_eq!(result["due"].as_str(), Some(due), "{start} + {n}");
        assert_eq!(result["uncovered_years"], serde_json::json!([]));
        let (code, stdout, _) = repo.run(&["calendar", "add", start, n]);
        assert_eq!(code, 0);
        let first = stdout.lines().next().unwrap_or_default();
        assert!(
            first.starts_with(&format!("{start} + {n} working day")) && first.contains(&format!(" = {due} (")),
            "{first}"
        );
    }
}

#[test]
fn calendar_add_in_text() {
    let repo = Repo::empty();
    let (_, working, _) = repo.run(&["calendar", "add", "2026-09-30", "5"]);
    let (_, calendar_days, _) = repo.run(&["calendar", "add", "2026-09-30", "1", "--calendar-days"]);
    let (_, uncovered, _) = repo.run(&["calendar", "add", "2030-09-30", "5"]);
    insta::assert_snapshot!("calendar_add", format!("{working}\n{calendar_days}\n{uncovered}"));
    let leap = json(&repo, &["calendar", "add", "2024-02-28", "1", "--calendar-days", "--format", "json"]);
    assert_eq!(leap["due"], "2024-02-29");
}

#[test]
fn calendar_add_uses_the_repository_calendar() {
    // Outside a repository 2027 is not covered; the example's calendar/2027.toml covers it.
    let (_, outside, _) = Repo::empty().run(&["calendar", "add", "2026-12-31", "1", "--format", "json"]);
    let (_, inside, _) = Repo::example().run(&["calendar", "add", "2026-12-31", "1", "--format", "json"]);
    let due = |text: &str| {
        serde_json::from_str::<Value>(text)
            .map(|v| (v["due"].clone(), v["uncovered_years"].clone()))
            .ok()
    };
    assert_eq!(due(&outside), Some((Value::from("2027-01-01"), serde_json::json!([2027]))));
    assert_eq!(
        due(&inside),
        Some((Value::from("2027-01-04"), serde_json::json!([]))),
        "元旦 2027-01-01..03 is off"
    );
}

#[test]
fn calendar_show_a_year() {
    let repo = Repo::empty();
    let (code, stdout, _) = repo.run(&["calendar", "show", "2026"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("calendar_show_2026", stdout);
    let (code, stdout, _) = repo.run(&["calendar", "show", "2030"]);
    assert_eq!(code, 0);
    assert_eq!(
        stdout.lines().last(),
        Some("warning: no calendar covers 2030: only weekends are days off here, and deadlines in 2030 are computed on weekends alone. When the State Council publishes the 2030 holiday notice, add calendar/2030.toml (see `disclose calendar years`).")
    );
    let shown = json(&repo, &["calendar", "show", "2024", "--format", "json"]);
    let off = shown["days_off"]
        .as_array()
        .map(|days| days.iter().filter_map(Value::as_str).collect::<Vec<_>>())
        .unwrap_or_default();
    assert!(
        off.contains(&"2024-02-10") && !off.contains(&"2024-02-09") && !off.contains(&"2024-02-18"),
        "New Year's Eve 2024 is a working day; 02-18 is a make-up day"
    );
}

#[test]
fn calendar_years_and_their_sources() {
    let (code, stdout, _) = Repo::example().run(&["calendar", "years"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("calendar_years", stdout);
    let repo = Repo::example();
    repo.write("calendar/2026.toml", "[[year]]\nyear = 2026\nnotice = \"本地修订\"\nholidays = []\n");
    let years = json(&repo, &["calendar", "years", "--format", "json"]);
    let year_2026 = years["years"].as_array().and_then(|all| all.iter().find(|y| y["year"] == 2026)).cloned();
    assert_eq!(
        year_2026,
        Some(
            serde_json::json!({ "year": 2026, "source": "calendar/2026.toml", "notice": "本地修订", "replaces_built_in": true, "holidays": 0, "workdays": 0 })
        )
    );
}
