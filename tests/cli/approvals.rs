//! The catalogue's approvals as a history (`[[approval]]`, newest last), the owner outside
//! the approved meaning, who may sign (`[roles]`), the `same-signer` warning and a board
//! footer that states only the signatures that were required or recorded.

use serde_json::Value;

use crate::support::{project_root, Repo};

const AS_OF: &str = "2026-11-28";

fn report(repo: &Repo) -> Value {
    let (code, stdout, stderr) = repo.run(&["report", "--year", "2026", "--format", "json", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{stderr}");
    serde_json::from_str(&stdout).expect("report JSON")
}

fn approve_catalogue(repo: &Repo, on: &str) {
    let (code, stdout, stderr) = repo.run(&["catalogue", "approve", "--by", "党务公开工作领导小组", "--on", on, "--as-of", AS_OF]);
    assert_eq!(code, 0, "{stdout}{stderr}");
}

fn check_json(repo: &Repo, extra: &[&str]) -> (i32, Vec<Value>) {
    let mut args = vec!["check", "--format", "json", "--as-of", AS_OF];
    args.extend_from_slice(extra);
    let (code, stdout, stderr) = repo.run(&args);
    let value: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}{stderr}"));
    let findings = value["findings"].as_array().cloned().unwrap_or_default();
    (code, findings)
}

fn codes(findings: &[Value]) -> Vec<String> {
    findings.iter().filter_map(|f| f["code"].as_str().map(str::to_string)).collect()
}

/// Entry 3.5 of the example (党费, quarterly, 廖敏).
const FEE_ENTRY: &str =
    "id = \"3.5\"\ntitle = \"党费收缴、登记情况\"\nscope = \"members\"\ncadence = \"periodic\"\nperiod = \"quarter\"\ndue_days = 15\nowner = \"廖敏\"";

#[test]
fn an_owner_change_needs_no_approval_and_a_re_approval_changes_no_report() {
    let repo = Repo::example();
    let before = report(&repo);
    assert!(before["total"]["done"].as_u64().unwrap() > 0);
    repo.edit("catalogue/03-organisation.toml", FEE_ENTRY, &FEE_ENTRY.replace("廖敏", "叶成刚"));
    let (code, findings) = check_json(&repo, &[]);
    assert_eq!(code, 0, "{findings:?}");
    assert!(
        !codes(&findings).iter().any(|c| c.starts_with("catalogue-")),
        "an owner is outside the approved meaning"
    );
    assert_eq!(report(&repo), before, "changing an owner changes nothing");
    approve_catalogue(&repo, "2026-11-20");
    let config = repo.read("disclose.toml");
    assert_eq!(
        config.lines().filter(|l| *l == "[[approval]]").count(),
        2,
        "the earlier approval is kept:\n{config}"
    );
    assert!(config.find("2026-01-05").unwrap() < config.find("2026-11-20").unwrap(), "newest last");
    assert_eq!(report(&repo), before, "a re-approval moves no obligation");
    let (code, stdout, _) = repo.run(&["catalogue", "list", "--format", "json", "--as-of", AS_OF]);
    assert_eq!(code, 0);
    let list: Value = serde_json::from_str(&stdout).unwrap();
    let history = list["approval"]["history"].as_array().expect("history");
    assert_eq!(
        history.iter().map(|a| a["approved_on"].as_str().unwrap()).collect::<Vec<_>>(),
        ["2026-01-05", "2026-11-20"]
    );
    assert_eq!(list["approval"]["approved_on"], "2026-11-20");
}

#[test]
fn a_changed_entry_leaves_every_other_entry_as_it_was() {
    let repo = Repo::example();
    let before = report(&repo);
    repo.edit(
        "catalogue/03-organisation.toml",
        FEE_ENTRY,
        &FEE_ENTRY.replace("due_days = 15", "due_days = 20"),
    );
    let (_, findings) = check_json(&repo, &[]);
    assert!(codes(&findings).contains(&"catalogue-changed".to_string()), "{findings:?}");
    approve_catalogue(&repo, "2026-11-20");
    let after = report(&repo);
    let rows = |value: &Value| -> Vec<Value> { value["rows"].as_array().unwrap().iter().filter(|row| row["entry"] != "3.5").cloned().collect() };
    assert_eq!(rows(&after), rows(&before));
    let fee = |value: &Value| value["rows"].as_array().unwrap().iter().find(|row| row["entry"] == "3.5").cloned().unwrap();
    let count = |row: &Value| ["done", "late", "open", "overdue"].iter().map(|k| row[*k].as_u64().unwrap()).sum::<u64>();
    assert_eq!(
        count(&fee(&after)),
        count(&fee(&before)),
        "the changed entry keeps its periods since the first approval"
    );
}

#[test]
fn the_old_single_approval_keeps_working_and_is_moved_into_the_history() {
    let repo = Repo::example();
    let before = report(&repo);
    let legacy = std::fs::read_to_string(project_root().join("tests/cli/fixtures/legacy/disclose.toml")).unwrap();
    assert!(legacy.contains("\n[approval]\n"));
    repo.write("disclose.toml", &legacy);
    let (code, findings) = check_json(&repo, &[]);
    assert_eq!(code, 0, "the old form (digest with owners) is accepted: {findings:?}");
    assert_eq!(report(&repo), before);
    approve_catalogue(&repo, "2026-01-05");
    let config = repo.read("disclose.toml");
    assert!(
        config.contains("\n[[approval]]\napproved_on = 2026-01-05                # 审定日期"),
        "converted in place, comments kept:\n{config}"
    );
    assert_eq!(
        config.lines().filter(|l| *l == "[[approval]]").count(),
        1,
        "the same approval, not a second one"
    );
    assert!(config.contains("# Written by `disclose catalogue approve`; do not edit by hand."));
    assert_eq!(report(&repo), before);
}

#[test]
fn roles_limit_who_may_sign() {
    let repo = Repo::example();
    let config = repo.read("disclose.toml");
    repo.write("disclose.toml", &format!("{config}\n[roles]\nreviewers = [\"廖敏\"]\napprovers = [\"舒军\"]\n"));
    let draft = "items/2026/2026-Q4-2.3.md";
    let id = "2026-Q4-2.3";
    assert!(!repo.read(draft).contains("published_on"), "a draft");
    let (code, _, stderr) = repo.run(&["review", id, "--by", "路人甲", "--as-of", AS_OF]);
    assert_ne!(code, 0);
    assert!(stderr.contains("路人甲") && stderr.contains("廖敏"), "{stderr}");
    let (code, _, stderr) = repo.run(&["approve", id, "--by", "路人甲", "--as-of", AS_OF]);
    assert_ne!(code, 0);
    assert!(stderr.contains("舒军"), "{stderr}");
    let (code, _, stderr) = repo.run(&["catalogue", "approve", "--by", "我自己", "--as-of", AS_OF]);
    assert_ne!(code, 0);
    assert!(stderr.contains("党务公开工作领导小组") && stderr.contains("叶成刚"), "{stderr}");
    let (code, stdout, stderr) = repo.run(&["catalogue", "approve", "--by", "舒军", "--on", "2026-11-20", "--as-of", AS_OF]);
    assert_eq!(code, 0, "the leader is in the leading group: {stdout}{stderr}");
}

#[test]
fn without_roles_anyone_may_sign() {
    let repo = Repo::example();
    let (code, stdout, stderr) = repo.run(&["review", "2026-Q4-2.3", "--by", "路人甲", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{stdout}{stderr}");
}

#[test]
fn the_same_person_preparing_and_approving_is_a_warning_and_an_error_when_strict() {
    let repo = Repo::example();
    let (_, findings) = check_json(&repo, &[]);
    assert!(!codes(&findings).contains(&"same-signer".to_string()), "{findings:?}");
    let item = "items/2026/2026-05-12-5.5.md";
    repo.edit(item, "prepared_by = \"叶成刚\"", "prepared_by = \"舒军\"");
    assert!(repo.read(item).contains("approved_by = \"舒军\""));
    let (code, findings) = check_json(&repo, &[]);
    let same: Vec<_> = findings.iter().filter(|f| f["code"] == "same-signer").collect();
    assert_eq!(same.len(), 1, "{findings:?}");
    assert_eq!(same[0]["level"], "warning");
    assert_eq!(same[0]["file"], item);
    assert_eq!(same[0]["line"], 9, "at approved_by");
    assert_eq!(code, 0, "a warning");
    let (code, _) = check_json(&repo, &["--strict"]);
    assert_ne!(code, 0, "--strict makes the warning an error");
    // Reviewing and approving is the same warning.
    repo.edit(item, "prepared_by = \"舒军\"", "prepared_by = \"叶成刚\"");
    repo.edit(item, "approved_by = \"舒军\"", "approved_by = \"廖敏\"");
    assert!(repo.read(item).contains("reviewed_by = \"廖敏\""));
    let (_, findings) = check_json(&repo, &[]);
    assert_eq!(codes(&findings).iter().filter(|c| *c == "same-signer").count(), 1, "{findings:?}");
}

#[test]
fn the_footer_states_review_only_where_it_is_required_or_recorded() {
    let footer = |repo: &Repo| {
        let (repo, _) = disclose::load::load_repo(repo.path()).expect("load");
        let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let list = disclose::obligations::obligations(&repo, as_of);
        let files = disclose::render::board::build_board(&repo, &list, as_of).expect("board");
        let index = files.iter().find(|f| f.path == "index.html").expect("index");
        String::from_utf8(index.contents.clone()).unwrap()
    };
    let repo = Repo::fixture("minimal");
    assert!(footer(&repo).contains("本栏目内容经审核、审批后公开"), "review is required");
    repo.edit("disclose.toml", "require_review = true", "require_review = false");
    assert!(footer(&repo).contains("本栏目内容经审核、审批后公开"), "every item shown was reviewed");
    for entry in walkdir::WalkDir::new(repo.path().join("items")) {
        let path = entry.unwrap().into_path();
        if path.extension().is_some_and(|e| e == "md") {
            let text = std::fs::read_to_string(&path).unwrap();
            let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with("reviewed_")).collect();
            std::fs::write(&path, kept.join("\n") + "\n").unwrap();
        }
    }
    let page = footer(&repo);
    assert!(page.contains("本栏目内容经审批后公开"), "{page}");
    assert!(!page.contains("经审核"), "not every item shown was reviewed");
    let example = Repo::example();
    assert!(footer(&example).contains("本栏目内容经审核、审批后公开"), "the example requires review");
}

#[test]
fn periods_before_a_re_approval_that_changed_a_limit_keep_the_old_limit() {
    let repo = Repo::example();
    // A re-approval by this version records every entry's rule.
    approve_catalogue(&repo, "2026-02-01");
    assert!(repo.read("disclose.toml").contains("\"3.5\" = \"periodic quarter due_days=15\""));
    let before = report(&repo);
    repo.edit("catalogue/03-organisation.toml", FEE_ENTRY, &FEE_ENTRY.replace("due_days = 15", "due_days = 3"));
    approve_catalogue(&repo, "2026-11-20");
    let fee = |value: &Value| value["rows"].as_array().unwrap().iter().find(|row| row["entry"] == "3.5").cloned().unwrap();
    assert_eq!(fee(&report(&repo)), fee(&before), "2026-Q1 to Q3 ended before the re-approval: 15 days");
    // Without the rule recorded, the new limit judges them (2026-Q3 published on 10-12 is late).
    repo.edit("disclose.toml", "\"3.5\" = \"periodic quarter due_days=15\"\n", "");
    assert_ne!(fee(&report(&repo)), fee(&before));
}
