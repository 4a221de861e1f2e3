//! `disclose check`: one broken repository per error class, each with its pinned message,
//! exit codes, the JSON and GitHub formats, and the example at the project root.

use crate::support::Repo;

const AS_OF: &str = "2026-11-28";

/// Every broken fixture and the code it must produce.
const CASES: &[(&str, &str)] = &[
    ("toml-syntax", "toml-syntax"),
    ("unknown-key", "unknown-key"),
    ("not-utf8", "not-utf8"),
    ("unknown-entry", "unknown-entry"),
    ("bad-period", "bad-period"),
    ("scope-widened", "scope-widened"),
    ("missing-audience", "missing-audience"),
    ("date-order", "date-order"),
    ("missing-approval", "missing-approval"),
    ("cadence-mismatch", "cadence-mismatch"),
    ("duplicate-id", "duplicate-id"),
    ("bad-id", "bad-id"),
    ("personal-data", "personal-data"),
    ("case-identity-public", "case-identity-public"),
    ("deadline-rule", "deadline-rule"),
    ("catalogue-changed", "catalogue-changed"),
    ("unknown-channel", "unknown-channel"),
];

#[test]
fn the_minimal_fixture_is_clean_apart_from_the_uncovered_year() {
    let (code, stdout, _) = Repo::fixture("minimal").run(&["check", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{stdout}");
    insta::assert_snapshot!("minimal_clean", stdout);
}

#[test]
fn strict_fails_on_warnings() {
    let (code, _, _) = Repo::fixture("minimal").run(&["check", "--strict", "--as-of", AS_OF]);
    assert_eq!(code, 1);
}

#[test]
fn each_error_class_is_reported_with_its_code_and_pinned_message() {
    for (case, code_name) in CASES {
        let repo = Repo::broken(case);
        let (code, stdout, stderr) = repo.run(&["check", "--as-of", AS_OF]);
        assert_eq!(code, 1, "{case}: expected exit 1\n{stdout}{stderr}");
        assert!(stdout.contains(&format!("[{code_name}]")), "{case}: no {code_name} finding in\n{stdout}");
        assert!(!stdout.contains("panicked"), "{case}");
        insta::assert_snapshot!(format!("broken_{case}"), stdout);
    }
}

#[test]
fn json_findings_carry_code_level_file_line_and_column() {
    let (code, stdout, _) = Repo::broken("unknown-entry").run(&["check", "--format", "json", "--as-of", AS_OF]);
    assert_eq!(code, 1);
    let document: serde_json::Value = serde_json::from_str(&stdout).expect("one JSON document");
    let finding = document["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "unknown-entry")
        .expect("unknown-entry finding");
    assert_eq!(finding["level"], "error");
    assert_eq!(finding["file"], "items/2026/2026-Q1-1.1.md");
    assert_eq!(finding["line"], 2);
    assert_eq!(finding["column"], 9);
    insta::assert_snapshot!("json_unknown_entry", stdout);
}

#[test]
fn overdue_findings_in_json_name_entry_period_and_due_date() {
    let repo = Repo::fixture("minimal");
    repo.remove("items/2026/2026-Q2-1.1.md");
    let (code, stdout, _) = repo.run(&["check", "--format", "json", "--as-of", AS_OF]);
    assert_eq!(code, 1);
    let document: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let finding = document["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "obligation-overdue")
        .expect("overdue");
    assert_eq!(
        (finding["entry"].as_str(), finding["period"].as_str(), finding["due"].as_str()),
        (Some("1.1"), Some("2026-Q2"), Some("2026-07-15"))
    );
}

#[test]
fn github_format_prints_workflow_annotations() {
    let (code, stdout, _) = Repo::broken("unknown-key").run(&["check", "--format", "github", "--as-of", AS_OF]);
    assert_eq!(code, 1);
    assert!(
        stdout
            .lines()
            .any(|l| l.starts_with("::error file=items/2026/2026-Q1-1.1.md,line=3,col=1,title=unknown-key::")),
        "{stdout}"
    );
}

#[test]
fn comment_and_layout_changes_keep_the_approval() {
    let (code, stdout, _) = Repo::broken("comment-only").run(&["check", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{stdout}");
    assert!(!stdout.contains("catalogue-changed"));
}

#[test]
fn a_changed_catalogue_says_what_changed_and_computes_no_obligations() {
    let repo = Repo::broken("catalogue-changed");
    repo.remove("items/2026/2026-Q1-1.1.md");
    let (_, stdout, _) = repo.run(&["check", "--as-of", AS_OF]);
    assert!(stdout.contains("entry 1.1 changed, entry 1.3 added"), "{stdout}");
    assert!(!stdout.contains("obligation-overdue"), "a void approval yields no obligations:\n{stdout}");
}

#[test]
fn gbk_files_are_named_with_the_fix() {
    let (_, stdout, _) = Repo::broken("not-utf8").run(&["check", "--as-of", AS_OF]);
    assert!(stdout.contains("items/2026/2026-Q1-1.1.md"));
    assert!(stdout.contains("GBK"));
    assert!(stdout.contains("save it again with the encoding \"UTF-8\""));
}

#[test]
fn bom_and_crlf_files_are_accepted() {
    let repo = Repo::fixture("minimal");
    let text = repo.read("items/2026/2026-Q1-1.1.md").replace('\n', "\r\n");
    repo.write("items/2026/2026-Q1-1.1.md", &format!("\u{feff}{text}"));
    let (code, stdout, _) = repo.run(&["check", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{stdout}");
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let repo = Repo::broken("unknown-entry");
    repo.edit("items/2026/2026-Q2-1.1.md", "approved_on = 2026-07-08", "approved_on = 2026-07-01");
    repo.write("items/2026/extra.md", "no front matter\n");
    let (_, stdout, _) = repo.run(&["check", "--as-of", AS_OF]);
    for code in ["unknown-entry", "date-order", "missing-front-matter"] {
        assert!(stdout.contains(code), "{code} missing in\n{stdout}");
    }
}

#[test]
fn missing_repository_exits_2_with_help() {
    let repo = Repo::empty();
    let (code, stdout, stderr) = repo.run(&["check"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("no disclose.toml found"), "{stderr}");
    assert!(stderr.contains("help: run `disclose init`"), "{stderr}");
}

#[test]
fn a_broken_disclose_toml_is_reported_with_its_position() {
    let repo = Repo::fixture("minimal");
    repo.edit("disclose.toml", "working_days = 15", "working_dayz = 15");
    let (code, _, stderr) = repo.run(&["check", "--as-of", AS_OF]);
    assert_eq!(code, 2);
    insta::assert_snapshot!("broken_config", stderr);
}

#[test]
fn a_symlink_out_of_the_repository_is_not_followed() {
    let repo = Repo::fixture("minimal");
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.md"), "+++\nentry = \"1.2\"\ntitle = \"外部\"\n+++\nSECRET\n").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(outside.path().join("secret.md"), repo.path().join("items/2026/link.md")).unwrap();
    let (_, stdout, _) = repo.run(&["check", "--as-of", AS_OF]);
    assert!(stdout.contains("symlink-skipped"), "{stdout}");
    assert!(stdout.contains("points outside the repository"), "{stdout}");
}

#[test]
fn the_example_at_the_project_root_passes() {
    let (code, stdout, _) = Repo::example().run(&["check", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.contains("no problems found"), "{stdout}");
}

#[test]
fn help_is_pinned() {
    let (code, stdout, _) = Repo::empty().run(&["--help"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("help", stdout);
}

#[test]
fn a_bad_as_of_date_is_a_usage_error() {
    let (code, _, stderr) = Repo::empty().run(&["check", "--as-of", "2026-13-01"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("is not a date: write it as YYYY-MM-DD"), "{stderr}");
    let (code, _, stderr) = Repo::empty().run(&["check", "--as-of", "9999-12-31"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("use a year between 1900 and 2999"), "{stderr}");
}

#[test]
fn a_closed_pipe_ends_quietly_without_a_panic() {
    let repo = Repo::example();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("disclose"))
        .args(["catalogue", "list"])
        .current_dir(repo.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
    assert_eq!(output.status.code(), Some(141));
}

#[test]
fn a_closed_pipe_during_publish_releases_the_lock() {
    let repo = Repo::example();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("disclose"))
        .args(["publish", "--dry-run", "--as-of", AS_OF])
        .current_dir(repo.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(141), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(!repo.path().join(".disclose.lock").exists(), "the lock was left behind");
    let (code, _, stderr) = repo.run(&["publish", "--dry-run", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{stderr}");
}
