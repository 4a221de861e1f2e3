//! Hostile or careless input to the commands that write (issue 16, failures 7, 8, 10 and
//! part of 12, and the lock of issue 15): every value written reads back or is refused
//! with the file untouched; huge limits are findings or refusals, never a hang or a
//! wrong date; UTF-16, fences with trailing spaces, non-ASCII category codes and layout
//! folders that are files are named; line ends are kept line by line; parallel edits
//! of one case all land. Every run has a 20-second budget.

use std::process::Output;
use std::time::Duration;

use crate::support::{without_digests, Repo};

const AS_OF: &str = "2026-11-28";
/// An open case of the example, never extended.
const CASE: &str = "feedback/2026/2026-11-24-1.md";
const CASE_ID: &str = "2026-11-24-1";
/// An item of the example waiting for review.
const ITEM: &str = "items/2026/2026-Q4-2.3.md";
const ITEM_ID: &str = "2026-Q4-2.3";

/// Runs with the 20-second budget; returns (exit code, stdout, stderr).
fn run(repo: &Repo, args: &[&str]) -> (i32, String, String) {
    let Output { status, stdout, stderr } = repo
        .cmd(args)
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap_or_else(|error| panic!("{args:?} did not finish: {error}"));
    let stderr = String::from_utf8_lossy(&stderr).into_owned();
    assert!(!stderr.contains("this is a bug"), "{args:?} named a bug in disclose:\n{stderr}");
    assert!(!stderr.contains("panicked"), "{args:?}:\n{stderr}");
    (status.code().unwrap_or(-1), String::from_utf8_lossy(&stdout).into_owned(), stderr)
}

fn check(repo: &Repo) -> (i32, String) {
    let (code, stdout, _) = run(repo, &["check", "--as-of", AS_OF]);
    (code, stdout)
}

fn with_as_of<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut all = args.to_vec();
    all.extend(["--as-of", AS_OF]);
    all
}

/// Runs a command that must be refused (exit 2) without changing any file; returns stderr.
fn refused_untouched(repo: &Repo, args: &[&str]) -> String {
    let before = repo.snapshot_tree();
    let (code, stdout, stderr) = run(repo, &with_as_of(args));
    assert_eq!(code, 2, "{args:?} was not refused:\n{stdout}\n{stderr}");
    assert!(repo.snapshot_tree() == before, "{args:?} changed a file:\n{stderr}");
    stderr
}

#[test]
fn a_name_with_a_fence_is_refused_by_every_command_that_signs() {
    let repo = Repo::example();
    let name = "廖敏\n+++\n审核人";
    for args in [
        &["review", ITEM_ID, "--by", name][..],
        &["feedback", "log", CASE_ID, "--note", "已转办", "--by", name],
        &["catalogue", "approve", "--by", name],
    ] {
        let stderr = refused_untouched(&repo, args);
        assert!(stderr.contains("--by holds a line break"), "{args:?}:\n{stderr}");
        assert!(stderr.contains("help: give --by on one line"), "{stderr}");
    }
    assert_eq!(check(&repo).0, 0);
}

#[test]
fn control_characters_are_refused_naming_the_argument() {
    let repo = Repo::example();
    let stderr = refused_untouched(&repo, &["feedback", "log", CASE_ID, "--note", "已电话\u{1}联系"]);
    assert!(stderr.contains("--note holds the control character U+0001"), "{stderr}");
    let stderr = refused_untouched(&repo, &["feedback", "reject", CASE_ID, "--reason", "不属于\u{b}职责"]);
    assert!(stderr.contains("--reason holds the control character U+000B"), "{stderr}");
    let stderr = refused_untouched(&repo, &["review", ITEM_ID, "--by", "廖\u{7f}敏"]);
    assert!(stderr.contains("--by holds the control character U+007F"), "{stderr}");
    let stderr = refused_untouched(&repo, &["new", "2.3", "--period", "2026-Q4", "--title", "第四季度\u{1}学习"]);
    assert!(stderr.contains("--title holds the control character U+0001"), "{stderr}");
    let stderr = refused_untouched(&repo, &["new", "2.3", "--period", "2026-Q4", "--by", "王\n+++\n晓燕"]);
    assert!(stderr.contains("--by holds a line break"), "{stderr}");
}

#[test]
fn a_text_with_a_fence_line_is_written_so_that_it_reads_back() {
    let repo = Repo::example();
    let (code, _, stderr) = run(&repo, &with_as_of(&["feedback", "respond", CASE_ID, "--text", "x\n+++\ny"]));
    assert_eq!(code, 0, "{stderr}");
    assert!(repo.read(CASE).contains("text = \"x\\n+++\\ny\""), "{}", repo.read(CASE));
    let (code, stdout) = check(&repo);
    assert_eq!(code, 0, "the case still reads:\n{stdout}");
    let (code, stdout, _) = run(&repo, &["feedback", "show", CASE_ID, "--format", "json"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("x\\n+++\\ny"), "{stdout}");
    // A multi-line note without a fence keeps the ordinary layout.
    let (code, _, stderr) = run(&repo, &with_as_of(&["feedback", "log", "2026-10-19-1", "--note", "一\n二"]));
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(check(&repo).0, 0);
}

#[test]
fn a_limit_past_9999_is_refused_and_the_case_is_untouched() {
    let repo = Repo::example();
    for days in ["100000000", "4000000000", "2001"] {
        let stderr = refused_untouched(&repo, &["feedback", "extend", CASE_ID, "--days", days, "--reason", "核查"]);
        assert!(stderr.contains(&format!("--days is {days}")), "{stderr}");
        assert!(stderr.contains("2000 working days"), "{stderr}");
    }
    // Within the limit, but the new due date would be past what a file can hold.
    repo.edit(CASE, "due_on = 2026-12-15", "due_on = 9999-12-20");
    let stderr = refused_untouched(&repo, &["feedback", "extend", CASE_ID, "--days", "15", "--reason", "核查"]);
    assert!(
        stderr.contains("`due_on` would be 10000-01-") && stderr.contains("after 9999-12-31"),
        "{stderr}"
    );
    assert!(!repo.read(CASE).contains("65534"));
}

#[test]
fn calendar_add_refuses_a_huge_count_at_once() {
    let repo = Repo::example();
    for args in [
        &["calendar", "add", "2026-09-30", "4000000000"][..],
        &["calendar", "add", "2026-09-30", "3651", "--calendar-days"],
    ] {
        let (code, _, stderr) = run(&repo, args);
        assert_eq!(code, 2, "{stderr}");
        assert!(stderr.contains("is more than the"), "{stderr}");
    }
    let (code, stdout, _) = run(&repo, &["calendar", "add", "2026-09-30", "2000"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("2026-09-30 + 2000 working days = 2034-"), "{stdout}");
}

#[test]
fn huge_limits_in_the_files_are_findings_with_file_and_line() {
    let repo = Repo::example();
    let catalogue = "catalogue/01-central-work.toml";
    repo.edit(catalogue, "due_days = 15", "due_working_days = 4000000000");
    repo.edit(catalogue, "review_months = 12", "review_months = 4000000000");
    repo.edit("disclose.toml", "working_days = 15 ", "working_days = 4000000000 ");
    let (code, stdout) = check(&repo);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("error[limit-out-of-range]: entry 1.1 has `due_working_days = 4000000000`"),
        "{stdout}"
    );
    assert!(stdout.contains(&format!("--> {catalogue}:31:")), "{stdout}");
    assert!(
        stdout.contains("error[limit-out-of-range]: entry 1.2 has `review_months = 4000000000`"),
        "{stdout}"
    );
    assert!(stdout.contains("error[limit-out-of-range]: `working_days` is 4000000000"), "{stdout}");
    assert!(stdout.contains("--> disclose.toml:"), "{stdout}");
    // The feedback commands that count the handling limit refuse it instead of counting.
    let stderr = refused_untouched(&repo, &["feedback", "reopen", "2026-07-20-1", "--reason", "不满意"]);
    assert!(stderr.contains("the handling limit (working_days) is 4000000000"), "{stderr}");
    let before = repo.snapshot_tree();
    let (code, _, stderr) = run(
        &repo,
        &with_as_of(&["feedback", "new", "--channel", "letter", "--summary", "群众来信反映停车难"]),
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("4000000000 working days is more than the 2000"), "{stderr}");
    assert!(repo.snapshot_tree() == before);

    let repo = Repo::example();
    let extended = "feedback/2026/2026-08-24-1.md";
    let text = repo.read(extended);
    let line = text
        .lines()
        .find(|l| l.starts_with("days = "))
        .expect("the example has an extension")
        .to_string();
    repo.edit(extended, &line, "days = 4000000000");
    let (code, stdout) = check(&repo);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("error[limit-out-of-range]: the extension is 4000000000 working days"),
        "{stdout}"
    );
    assert!(stdout.contains(&format!("--> {extended}:")), "{stdout}");
    let repo = Repo::example();
    repo.edit(catalogue, "due_days = 15", "due_days = 4000000000");
    let (code, stdout) = check(&repo);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("error[limit-out-of-range]: entry 1.1 has `due_days = 4000000000`: 4000000000 calendar days"),
        "{stdout}"
    );
}

#[test]
fn utf16_files_are_named_as_utf16_with_the_fix() {
    let repo = Repo::example();
    let text = repo.read(ITEM);
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let files = [
        ("items/2026/2026-Q4-2.3.md", [&b"\xFF\xFE"[..], &le].concat()),
        ("items/2026/2026-Q3-2.3.md", [&b"\xFE\xFF"[..], &be].concat()),
        ("items/2026/2026-Q2-2.3.md", le.clone()),
        ("items/2026/2026-Q1-2.3.md", be.clone()),
    ];
    for (file, bytes) in &files {
        std::fs::write(repo.path().join(file), bytes).unwrap();
    }
    let (code, stdout) = check(&repo);
    assert_eq!(code, 1);
    assert_eq!(stdout.matches("it is UTF-16").count(), 4, "{stdout}");
    assert!(stdout.contains("save it again with the encoding \"UTF-8\""), "{stdout}");
    assert!(!stdout.contains("GBK") && !stdout.contains("missing-front-matter"), "{stdout}");
}

#[test]
fn trailing_spaces_after_the_fences_are_accepted_and_kept() {
    let repo = Repo::example();
    let text = repo.read(ITEM);
    let spaced = text.replacen("+++\n", "+++  \n", 1).replacen("\n+++\n", "\n+++\t \n", 1);
    repo.write(ITEM, &spaced);
    let (code, stdout) = check(&repo);
    assert_eq!(code, 0, "{stdout}");
    let (code, _, stderr) = run(&repo, &with_as_of(&["review", ITEM_ID, "--by", "廖敏"]));
    assert_eq!(code, 0, "{stderr}");
    let after = without_digests(&repo.read(ITEM));
    assert!(
        after.starts_with("+++  \n") && after.contains("reviewed_by = \"廖敏\"\nreviewed_on = 2026-11-28\n+++\t \n"),
        "{after}"
    );
}

#[test]
fn non_ascii_category_codes_are_a_check_error_not_a_bug_at_publish() {
    let repo = Repo::example();
    repo.edit("catalogue/01-central-work.toml", "code = \"1\"", "code = \"甲\"");
    repo.edit("catalogue/02-ideology.toml", "code = \"2\"", "code = \"乙\"");
    let (code, stdout) = check(&repo);
    assert_eq!(code, 1);
    assert!(stdout.contains("error[bad-id]: the category code \"甲\" is not a safe id"), "{stdout}");
    assert!(stdout.contains("--> catalogue/01-central-work.toml:"), "{stdout}");
    assert!(stdout.contains("the category code \"乙\""), "{stdout}");
    let (code, _, stderr) = run(&repo, &["publish", "--as-of", AS_OF]);
    assert_eq!(code, 1, "{stderr}");
    assert!(!stderr.contains("produced twice"), "{stderr}");
    // Codes that differ only in case would name one page on Windows and macOS.
    let repo = Repo::example();
    repo.edit("catalogue/01-central-work.toml", "code = \"1\"", "code = \"B\"");
    repo.edit("catalogue/02-ideology.toml", "code = \"2\"", "code = \"b\"");
    let (code, stdout) = check(&repo);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("error[duplicate-id]: category code \"b\" is also used in catalogue/01-central-work.toml"),
        "{stdout}"
    );
}

#[test]
fn layout_folders_that_are_files_are_findings() {
    let repo = Repo::example();
    std::fs::remove_dir_all(repo.path().join("feedback")).unwrap();
    repo.write("feedback", "not a folder\n");
    let (code, stdout) = check(&repo);
    assert_eq!(code, 1);
    assert!(stdout.contains("error[not-a-folder]: `feedback` is a file, not a folder"), "{stdout}");
    let repo = Repo::example();
    std::fs::remove_dir_all(repo.path().join("items")).unwrap();
    repo.write("items", "");
    let (code, stdout) = check(&repo);
    assert_eq!(code, 1);
    assert!(stdout.contains("error[not-a-folder]: `items` is a file"), "{stdout}");
}

#[test]
fn mixed_line_ends_are_kept_line_by_line() {
    let repo = Repo::example();
    let text = repo.read(ITEM);
    let (front, body) = text.split_once("\n+++\n").unwrap();
    // LF, CRLF, LF, CRLF … in the front matter; the fences LF and CRLF.
    let mut mixed = String::new();
    for (i, line) in front.split('\n').enumerate() {
        mixed.push_str(line);
        mixed.push_str(if i % 2 == 1 { "\r\n" } else { "\n" });
    }
    let file = format!("{mixed}+++\r\n{body}");
    repo.write(ITEM, &file);
    let (code, _, stderr) = run(&repo, &with_as_of(&["review", ITEM_ID, "--by", "廖敏"]));
    assert_eq!(code, 0, "{stderr}");
    let after = without_digests(&repo.read(ITEM));
    // Every old line is still there with its own ending; the new lines follow
    // `prepared_by`, which ends in LF or CRLF, and take its ending.
    for line in mixed.split_inclusive('\n') {
        assert!(after.contains(line), "{line:?} lost its line end:\n{after:?}");
    }
    let prepared = mixed.split_inclusive('\n').find(|l| l.starts_with("prepared_by")).unwrap();
    let end = if prepared.ends_with("\r\n") { "\r\n" } else { "\n" };
    assert!(
        after.contains(&format!("{prepared}reviewed_by = \"廖敏\"{end}reviewed_on = 2026-11-28{end}+++\r\n")),
        "{after:?}"
    );
    assert!(after.ends_with(body), "the body is untouched");
}

#[test]
fn thirty_parallel_feedback_logs_keep_thirty_actions() {
    let repo = Repo::example();
    let before = repo.read(CASE).matches("[[action]]").count();
    let children: Vec<_> = (0..30)
        .map(|n| {
            let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("disclose"));
            cmd.current_dir(repo.path())
                .env("NO_COLOR", "1")
                .env("DISCLOSE_LANG", "en")
                .args(["feedback", "log", CASE_ID, "--note", &format!("第{n}步"), "--as-of", AS_OF])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped());
            cmd.spawn().expect("spawn disclose")
        })
        .collect();
    let mut succeeded = 0;
    let mut failures = Vec::new();
    for child in children {
        let output = child.wait_with_output().expect("wait");
        if output.status.success() {
            succeeded += 1;
        } else {
            failures.push(String::from_utf8_lossy(&output.stderr).into_owned());
        }
    }
    let after = repo.read(CASE);
    assert_eq!(after.matches("[[action]]").count(), before + succeeded, "a step was lost:\n{after}");
    for failure in &failures {
        assert!(failure.contains("another disclose command is working in this repository"), "{failure}");
    }
    assert_eq!(succeeded, 30, "waiting for the lock lets every run through: {failures:?}");
    assert!(!repo.path().join(".disclose.lock").exists());
    assert_eq!(check(&repo).0, 0);
}
