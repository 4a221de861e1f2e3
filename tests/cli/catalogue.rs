//! `disclose catalogue`: list, show, approve and the digest that guards the approval.

use crate::support::Repo;

#[test]
fn approve_records_the_digest_in_place_and_starts_obligations() {
    let repo = Repo::init();
    let before = repo.read("disclose.toml");
    let (code, stdout, _) = repo.run(&["catalogue", "approve", "--by", "党务公开工作领导小组", "--on", "2026-01-05"]);
    assert_eq!(code, 0, "{stdout}");
    let after = repo.read("disclose.toml");
    assert!(after.starts_with(&before), "the existing text, comments included, is kept byte for byte");
    assert!(
        after.contains("[[approval]]\napproved_on = 2026-01-05\napproved_by = \"党务公开工作领导小组\"\ndigest = \"sha256:"),
        "{after}"
    );
    assert!(after.contains("\"entry 3.5\" = "));
    let (code, stdout, _) = repo.run(&["check", "--as-of", "2026-04-16"]);
    assert_eq!(code, 1, "obligations now apply and Q1 items are missing:\n{stdout}");
    assert!(stdout.contains("entry 3.5 (党费收缴、登记情况) for 2026-Q1 was due on 2026-04-15"), "{stdout}");
}

#[test]
fn approve_refuses_a_broken_catalogue() {
    let repo = Repo::init();
    repo.edit("catalogue/03-organisation.toml", "cadence = \"periodic\"", "cadence = \"sometimes\"");
    let before = repo.read("disclose.toml");
    let (code, _, stderr) = repo.run(&["catalogue", "approve", "--by", "领导小组"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("invalid-value"), "{stderr}");
    assert_eq!(before, repo.read("disclose.toml"));
}

#[test]
fn list_and_show() {
    let repo = Repo::example();
    let (code, stdout, _) = repo.run(&["catalogue", "list"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("example_catalogue_list", stdout);
    let (code, stdout, _) = repo.run(&["catalogue", "show", "4.1"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("example_catalogue_show_4_1", stdout);
    let (code, _, stderr) = repo.run(&["catalogue", "show", "9.9"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("the catalogue has no entry \"9.9\""), "{stderr}");

    // With no language set, the heading and the cadences are Chinese, aligned by width.
    let output = repo.cmd_without_language(&["catalogue", "list"]).output().expect("run");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.starts_with("公开目录 · "), "{stdout}");
    assert!(stdout.contains("定期公开（") && stdout.contains("长期公开"), "{stdout}");
    assert!(!stdout.contains("periodic") && !stdout.contains("standing"), "{stdout}");
    let output = repo.cmd_without_language(&["catalogue", "show", "4.1"]).output().expect("run");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        !stdout.contains("periodic (") && !stdout.contains("standing") && !stdout.contains("immediate"),
        "{stdout}"
    );
}
