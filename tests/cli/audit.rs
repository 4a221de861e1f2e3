//! `disclose audit`: the record read against git histories built here with the `git`
//! binary, each commit dated by `GIT_AUTHOR_DATE` and `GIT_COMMITTER_DATE`.

use std::process::Command;

use crate::support::{copy_dir, project_root, Repo};

/// A repository with the minimal fixture's settings and catalogue and no items or
/// cases, committed on 2026-01-05 (the day its catalogue was approved).
fn history() -> Repo {
    let repo = Repo::empty();
    let fixture = project_root().join("tests/cli/fixtures/minimal");
    std::fs::copy(fixture.join("disclose.toml"), repo.path().join("disclose.toml")).expect("copy disclose.toml");
    copy_dir(&fixture.join("catalogue"), &repo.path().join("catalogue"));
    git(&repo, &["init", "-q", "-b", "main"]);
    commit(&repo, "2026-01-05", "catalogue approved");
    repo
}

/// Runs git in the repository, failing the test if git fails.
fn git(repo: &Repo, args: &[&str]) -> String {
    let output = Command::new("git")
        .current_dir(repo.path())
        .args([
            "-c",
            "user.name=Secretary",
            "-c",
            "user.email=secretary@example.org",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", repo.path())
        .output()
        .expect("run git");
    assert!(output.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).trim().to_string()
}

/// Commits everything on `day` (noon, UTC+8) and returns the commit id.
fn commit(repo: &Repo, day: &str, message: &str) -> String {
    git(repo, &["add", "-A"]);
    let date = format!("{day}T12:00:00+08:00");
    let output = Command::new("git")
        .current_dir(repo.path())
        .args([
            "-c",
            "user.name=Secretary",
            "-c",
            "user.email=secretary@example.org",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(["commit", "-q", "--allow-empty", "-m", message])
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", repo.path())
        .env("GIT_AUTHOR_DATE", &date)
        .env("GIT_COMMITTER_DATE", &date)
        .output()
        .expect("run git commit");
    assert!(output.status.success(), "git commit: {}", String::from_utf8_lossy(&output.stderr));
    git(repo, &["rev-parse", "HEAD"])
}

const ITEM: &str = "items/2026/2026-Q1-1.1.md";

/// The first quarter's dues item, approved on 2026-04-02, with `published_on` if given.
fn dues(published_on: Option<&str>, body: &str) -> String {
    let stamp = published_on.map(|day| format!("published_on = {day}\n")).unwrap_or_default();
    format!(
        "+++\nentry = \"1.1\"\ntitle = \"2026年第1季度党费收缴情况\"\nperiod = \"2026-Q1\"\nprepared_by = \"李委员\"\nreviewed_by = \"李委员\"\nreviewed_on = 2026-04-02\napproved_by = \"王书记\"\napproved_on = 2026-04-02\n{stamp}+++\n{body}\n"
    )
}

#[test]
fn a_stamp_committed_three_weeks_after_its_date_is_backdated_and_names_the_commit() {
    let repo = history();
    repo.write(ITEM, &dues(None, "本季度应缴党费人数12人，实缴12人。"));
    commit(&repo, "2026-04-02", "dues approved");
    repo.write(ITEM, &dues(Some("2026-04-03"), "本季度应缴党费人数12人，实缴12人。"));
    let late = commit(&repo, "2026-04-24", "dues published");

    let (code, out, err) = repo.run(&["audit"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("error[backdated-stamp]"), "{out}");
    assert!(out.contains(&late[..12]) && out.contains("2026-04-24") && out.contains("21 days"), "{out}");
    assert!(out.contains(&format!("--> {ITEM}:")), "the finding points at the stamp: {out}");
    assert!(!out.contains("reviewed_on"), "signatures committed on their day are fine: {out}");

    let (_, json, _) = repo.run(&["audit", "--format", "json"]);
    let document: serde_json::Value = serde_json::from_str(&json).expect("json");
    let finding = &document["findings"][0];
    assert_eq!(finding["code"], "backdated-stamp");
    assert_eq!(finding["commit"], late.as_str());

    let (_, github, _) = repo.run(&["audit", "--format", "github"]);
    assert!(
        github.starts_with(&format!("::error file={ITEM},line=")) && github.contains("title=backdated-stamp"),
        "{github}"
    );
}

/// With no language chosen, audit's findings read in Chinese like every other command's
/// (they had been English sentences built in the code).
#[test]
fn audit_findings_are_chinese_by_default() {
    let repo = history();
    repo.write(ITEM, &dues(Some("2026-04-03"), "正文。"));
    let late = commit(&repo, "2026-04-24", "dues published");
    let output = repo.cmd_without_language(&["audit"]).output().expect("run disclose");
    let out = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{out}");
    assert!(
        out.contains(&format!(
            "`published_on = 2026-04-03` 首次出现在提交 {}（2026-04-24）中，比它所写的日期晚了 21 天",
            &late[..12]
        )),
        "{out}"
    );
    assert!(out.contains("签署和发布日期要在当天记录"), "{out}");
    assert!(!out.contains("was first committed") && !out.contains("record signatures"), "{out}");
}

#[test]
fn stamps_committed_within_the_grace_pass_and_grace_days_is_a_setting() {
    let repo = history();
    repo.write(ITEM, &dues(Some("2026-04-03"), "正文。"));
    commit(&repo, "2026-04-09", "dues published");
    let (code, out, _) = repo.run(&["audit"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Read 2 commits of history.") && out.contains("no problems found"), "{out}");

    repo.edit("disclose.toml", "[publish]", "[audit]\ngrace_days = 3\n\n[publish]");
    commit(&repo, "2026-04-10", "a stricter grace");
    let (code, out, _) = repo.run(&["audit"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("`published_on = 2026-04-03` was first committed") && out.contains("the grace is 3 days"),
        "{out}"
    );
}

#[test]
fn since_leaves_out_what_was_committed_before_it() {
    let repo = history();
    repo.write(ITEM, &dues(Some("2026-04-03"), "正文。"));
    commit(&repo, "2026-04-24", "dues published late");
    assert_eq!(repo.run(&["audit"]).0, 1);
    let (code, out, _) = repo.run(&["audit", "--since", "2026-05-01"]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn a_published_body_edited_later_is_changed_after_publication_but_a_reformatting_is_not() {
    let repo = history();
    repo.write(ITEM, &dues(Some("2026-04-03"), "本季度应缴党费人数12人，实缴12人。"));
    commit(&repo, "2026-04-03", "dues published");
    // Only formatting and comments: the content digest is the same.
    repo.write(
        ITEM,
        &dues(Some("2026-04-03"), "本季度应缴党费人数12人，实缴12人。").replace("+++\nentry", "+++\n# 党费\nentry"),
    );
    commit(&repo, "2026-04-05", "a comment");
    assert_eq!(repo.run(&["audit"]).0, 0);

    repo.write(ITEM, &dues(Some("2026-04-03"), "本季度应缴党费人数12人，实缴11人。"));
    let edit = commit(&repo, "2026-05-10", "quietly corrected");
    let (code, out, _) = repo.run(&["audit"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("error[changed-after-publication]") && out.contains(&edit[..12]), "{out}");
}

#[test]
fn removed_stamps_and_files_are_record_removed() {
    let repo = history();
    repo.write(ITEM, &dues(Some("2026-04-03"), "正文。"));
    commit(&repo, "2026-04-03", "dues published");
    repo.write(ITEM, &dues(None, "正文。"));
    let unpublished = commit(&repo, "2026-04-04", "unpublished");
    let (code, out, _) = repo.run(&["audit"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("error[record-removed]") && out.contains("`published_on = 2026-04-03` was removed") && out.contains(&unpublished[..12]),
        "{out}"
    );

    repo.remove(ITEM);
    let removed = commit(&repo, "2026-04-05", "removed");
    let (_, out, _) = repo.run(&["audit"]);
    assert!(out.contains(&format!("the item 2026-Q1-1.1 was removed in commit {}", &removed[..12])), "{out}");
}

#[test]
fn a_moved_item_is_the_same_record() {
    let repo = history();
    repo.write(ITEM, &dues(Some("2026-04-03"), "正文。"));
    commit(&repo, "2026-04-03", "dues published");
    git(&repo, &["mv", ITEM, "items/2026-Q1-1.1.md"]);
    commit(&repo, "2026-06-01", "moved");
    let (code, out, _) = repo.run(&["audit"]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn a_catalogue_change_without_a_new_approval_is_reported_and_an_approved_one_is_not() {
    let repo = history();
    repo.edit("catalogue/01-work.toml", "title = \"党费收缴情况\"", "title = \"党费收缴和使用情况\"");
    let changed = commit(&repo, "2026-02-01", "entry 1.1 renamed");
    let (code, out, _) = repo.run(&["audit"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("error[catalogue-changed-unapproved]") && out.contains(&changed[..12]), "{out}");

    repo.cmd(&["catalogue", "approve", "--by", "党务公开工作领导小组", "--on", "2026-02-03"])
        .assert()
        .success();
    commit(&repo, "2026-02-03", "catalogue approved again");
    let (code, out, _) = repo.run(&["audit"]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn a_case_answer_backdated_is_reported() {
    let repo = history();
    let case = "+++\nreceived_on = 2026-03-09\nchannel = \"hotline\"\nfrom = \"public\"\nsummary = \"询问党费标准\"\ndue_on = 2026-03-30\nstatus = \"received\"\n+++\n意见。\n";
    repo.write("feedback/2026/2026-03-09-1.md", case);
    commit(&repo, "2026-03-09", "case received");
    let answered = case.replace(
        "status = \"received\"\n",
        "status = \"answered\"\n\n[response]\non = 2026-03-20\ntext = \"已答复。\"\n",
    );
    repo.write("feedback/2026/2026-03-09-1.md", &answered);
    commit(&repo, "2026-04-20", "answer recorded");
    let (code, out, _) = repo.run(&["audit"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("`response.on = 2026-03-20` was first committed"), "{out}");
}

#[test]
fn a_folder_that_is_not_a_git_repository_cannot_be_audited() {
    let repo = Repo::fixture("minimal");
    let (code, _, err) = repo.run(&["audit"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("is not inside a git repository") && err.contains("help:"), "{err}");
}

#[test]
fn a_repository_in_a_folder_of_a_larger_git_work_tree_is_audited_from_its_own_files() {
    let outer = Repo::empty();
    let fixture = project_root().join("tests/cli/fixtures/minimal");
    std::fs::create_dir_all(outer.path().join("branches/xiaode")).expect("folders");
    std::fs::copy(fixture.join("disclose.toml"), outer.path().join("branches/xiaode/disclose.toml")).expect("copy");
    copy_dir(&fixture.join("catalogue"), &outer.path().join("branches/xiaode/catalogue"));
    // An items folder beside it, outside the disclose root, is not its record.
    outer.write("items/2026/2026-Q1-1.1.md", &dues(Some("2025-06-01"), "别处。"));
    git(&outer, &["init", "-q", "-b", "main"]);
    commit(&outer, "2026-01-05", "start");
    outer.write(&format!("branches/xiaode/{ITEM}"), &dues(Some("2026-04-03"), "正文。"));
    let late = commit(&outer, "2026-04-24", "published late");
    let (code, out, _) = outer.run(&["-C", "branches/xiaode", "audit"]);
    assert_eq!(code, 1, "{out}");
    // Its review, approval and publication, all first committed on 2026-04-24.
    assert_eq!(out.matches("error[backdated-stamp]").count(), 3, "{out}");
    assert_eq!(out.matches(&late[..12]).count(), 3, "{out}");
    assert!(out.contains(&format!("--> {ITEM}:")) && !out.contains("2025-06-01"), "{out}");
}

#[test]
fn a_change_recorded_as_a_correction_is_not_a_finding() {
    let repo = history();
    repo.write(
        ITEM,
        &dues(Some("2026-04-03"), "本季度应缴党费人数12人，实缴12人。\n\n[附件：明细](2026-Q1-1.1/明细.csv)"),
    );
    repo.write("items/2026/2026-Q1-1.1/明细.csv", "应缴,实缴\n12,12\n");
    commit(&repo, "2026-04-03", "dues published");
    repo.write(
        ITEM,
        &dues(Some("2026-04-03"), "本季度应缴党费人数12人，实缴11人。\n\n[附件：明细](2026-Q1-1.1/明细.csv)"),
    );
    repo.write("items/2026/2026-Q1-1.1/明细.csv", "应缴,实缴\n12,11\n");
    let (code, out, err) = repo.run(&[
        "correct",
        "2026-Q1-1.1",
        "--reason",
        "实缴人数应为11人",
        "--by",
        "王书记",
        "--on",
        "2026-05-10",
        "--as-of",
        "2026-05-10",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    commit(&repo, "2026-05-10", "corrected (更正)");
    let (code, out, _) = repo.run(&["audit"]);
    assert_eq!(code, 0, "the correction covers the change:\n{out}");

    // A later edit the correction does not cover is still reported.
    repo.write("items/2026/2026-Q1-1.1/明细.csv", "应缴,实缴\n12,10\n");
    repo.edit(ITEM, "实缴11人", "实缴10人");
    let edit = commit(&repo, "2026-05-20", "quietly changed again");
    let (code, out, _) = repo.run(&["audit"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("error[changed-after-publication]") && out.contains(&edit[..12]), "{out}");
}

/// A published item's attachment replaced in a commit that leaves its `.md` file as it
/// was changes the item's content as much as an edited sentence: the commit is named.
/// Adding a file to a draft's folder, or one no item owns, is no finding.
#[test]
fn a_published_items_attachment_changed_alone_is_reported_at_its_commit() {
    let repo = history();
    let body = "本季度应缴党费人数12人，实缴12人。\n\n[附件：明细](2026-Q1-1.1/明细.csv)";
    repo.write(ITEM, &dues(Some("2026-04-03"), body));
    repo.write("items/2026/2026-Q1-1.1/明细.csv", "应缴,实缴\n12,12\n");
    commit(&repo, "2026-04-03", "dues published");
    repo.write("items/2026/notes/readme.txt", "not an item's folder\n");
    commit(&repo, "2026-04-10", "a file no item owns");
    let (code, out, _) = repo.run(&["audit"]);
    assert_eq!(code, 0, "{out}");

    repo.write("items/2026/2026-Q1-1.1/明细.csv", "应缴,实缴\n12,10\n");
    let swap = commit(&repo, "2026-05-20", "the table replaced, the item file untouched");
    let (code, out, _) = repo.run(&["audit"]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(out.matches("error[changed-after-publication]").count(), 1, "{out}");
    assert!(out.contains(&swap[..12]) && out.contains(&format!("--> {ITEM}")), "{out}");

    // An attachment added in its own folder counts too; the next commit that touches
    // the item file, with the content as it already was, is not reported again.
    repo.write("items/2026/2026-Q1-1.1/照片.jpg", "not really a photo");
    let added = commit(&repo, "2026-05-21", "a photo added");
    repo.edit(ITEM, "prepared_by = \"李委员\"", "prepared_by = \"李委员\" # 起草");
    commit(&repo, "2026-05-22", "a comment");
    let (code, out, _) = repo.run(&["audit"]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(out.matches("error[changed-after-publication]").count(), 2, "{out}");
    assert!(out.contains(&added[..12]), "{out}");
}

#[test]
fn a_markdown_attachment_is_an_attachment_and_its_change_after_publication_is_reported() {
    let repo = history();
    let body = "本季度应缴党费人数12人，实缴12人。\n\n[附件：说明](2026-Q1-1.1/说明.md)";
    repo.write(ITEM, &dues(Some("2026-04-03"), body));
    repo.write("items/2026/2026-Q1-1.1/说明.md", "# 说明\n\n按月收缴。\n");
    commit(&repo, "2026-04-03", "dues published with a Markdown attachment");
    let (code, out, _) = repo.run(&["check", "--as-of", "2026-04-03"]);
    assert!(!out.contains("说明.md:"), "check takes the file for an attachment: {code} {out}");
    let (code, out, _) = repo.run(&["audit"]);
    assert_eq!(code, 0, "{out}");

    repo.write("items/2026/2026-Q1-1.1/说明.md", "# 说明\n\n按季度收缴。\n");
    let swap = commit(&repo, "2026-05-20", "the attachment rewritten, the item file untouched");
    let (code, out, _) = repo.run(&["audit"]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(out.matches("error[changed-after-publication]").count(), 1, "{out}");
    assert!(out.contains(&swap[..12]) && out.contains(&format!("--> {ITEM}")), "{out}");
}
