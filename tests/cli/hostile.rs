//! Hostile input: each a clear finding or refusal, never a panic, never a leak.

use crate::support::Repo;

const AS_OF: &str = "2026-11-28";

fn check(repo: &Repo) -> (i32, String) {
    let (code, stdout, stderr) = repo.run(&["check", "--as-of", AS_OF]);
    assert!(!stderr.contains("panicked"), "{stderr}");
    (code, stdout)
}

#[test]
fn deep_nesting_is_a_syntax_finding() {
    let repo = Repo::fixture("minimal");
    let depth = 50_000;
    repo.write(
        "items/2026/deep.md",
        &format!(
            "+++\nentry = \"1.2\"\ntitle = \"x\"\nx = {}{}\n+++\nbody\n",
            "[".repeat(depth),
            "]".repeat(depth)
        ),
    );
    repo.write(
        "items/2026/deep2.md",
        &format!(
            "+++\nentry = \"1.2\"\ntitle = \"x\"\nx = {}1{}\n+++\nbody\n",
            "{a=".repeat(depth),
            "}".repeat(depth)
        ),
    );
    let (code, stdout) = check(&repo);
    assert_eq!(code, 1);
    assert_eq!(stdout.matches("error[toml-syntax]").count(), 2, "{stdout}");
}

#[test]
fn a_50_mb_item_is_refused_by_name() {
    let repo = Repo::fixture("minimal");
    let body = "党务公开内容。\n".repeat(2_500_000);
    repo.write("items/2026/big.md", &format!("+++\nentry = \"1.2\"\ntitle = \"big\"\n+++\n{body}"));
    let (code, stdout) = check(&repo);
    assert_eq!(code, 1);
    assert!(stdout.contains("error[file-too-large]"), "{stdout}");
    assert!(stdout.contains("items/2026/big.md"), "{stdout}");
}

#[cfg(unix)]
#[test]
fn symlink_loops_and_links_outside_are_skipped() {
    let repo = Repo::fixture("minimal");
    std::os::unix::fs::symlink("loop-b.md", repo.path().join("items/2026/loop-a.md")).unwrap();
    std::os::unix::fs::symlink("loop-a.md", repo.path().join("items/2026/loop-b.md")).unwrap();
    std::os::unix::fs::symlink("/etc", repo.path().join("items/etc")).unwrap();
    std::os::unix::fs::symlink("..", repo.path().join("items/up")).unwrap();
    let (code, stdout) = check(&repo);
    assert_eq!(code, 0, "links are warnings:\n{stdout}");
    assert_eq!(stdout.matches("warning[symlink-skipped]").count(), 4, "{stdout}");
    assert!(stdout.contains("broken or part of a loop"));
}

#[test]
fn ids_differing_only_by_case_collide() {
    let repo = Repo::fixture("minimal");
    let text = repo.read("items/2026/2026-Q1-1.1.md");
    repo.write("items/2025/2026-Q1-1.1.MD.md", &text);
    repo.write("items/2024/2026-q1-1.1.md", &text);
    let (code, stdout) = check(&repo);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("item id \"2026-q1-1.1\" is also the id of items/2026/2026-Q1-1.1.md"),
        "{stdout}"
    );
}

#[test]
fn dot_dot_slashes_and_nul_in_references_are_findings() {
    let repo = Repo::fixture("minimal");
    repo.edit("items/2026/2026-01-12-1.2.md", "prepared_by", "supersedes = \"../../etc/passwd\"\nprepared_by");
    repo.edit("feedback/2026/2026-03-09-1.md", "summary =", "about = \"a/b\\u0000c\"\nsummary =");
    let (code, stdout) = check(&repo);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("error[bad-id]: `supersedes` is \"../../etc/passwd\", which is not a safe id"),
        "{stdout}"
    );
    assert!(stdout.contains("error[unknown-reference]: `about` names \"a/b\\0c\""), "{stdout}");
}

#[test]
fn file_names_with_spaces_newlines_or_non_ascii_are_not_read() {
    let repo = Repo::fixture("minimal");
    let text = repo.read("items/2026/2026-Q1-1.1.md");
    repo.write("items/2026/with space.md", &text);
    repo.write("items/2026/new\nline.md", &text);
    let (code, stdout) = check(&repo);
    assert_eq!(code, 1);
    assert_eq!(stdout.matches("error[bad-id]").count(), 2, "{stdout}");
    assert!(stdout.contains("items/2026/with space.md"));
}

#[cfg(target_os = "linux")]
#[test]
fn file_names_that_are_not_utf8_are_named_lossily() {
    use std::os::unix::ffi::OsStrExt;
    let repo = Repo::fixture("minimal");
    let name = std::ffi::OsStr::from_bytes(b"items/2026/\xff\xfe.md");
    std::fs::write(repo.path().join(name), repo.read("items/2026/2026-Q1-1.1.md")).unwrap();
    let (code, stdout) = check(&repo);
    assert_eq!(code, 1);
    assert!(stdout.contains("error[bad-id]"), "{stdout}");
}

#[test]
fn dates_with_times_and_quoted_dates_are_explained() {
    let repo = Repo::fixture("minimal");
    repo.edit("items/2026/2026-Q1-1.1.md", "published_on = 2026-04-08", "published_on = 2026-04-08T10:00:00");
    repo.edit("items/2026/2026-Q2-1.1.md", "published_on = 2026-07-08", "published_on = \"2026-07-08\"");
    let (code, stdout) = check(&repo);
    assert_eq!(code, 1);
    assert!(stdout.contains("`published_on` must be a date, not 2026-04-08T10:00:00"), "{stdout}");
    assert!(stdout.contains("error[invalid-value]"), "{stdout}");
}

#[test]
fn periods_with_chinese_characters_are_findings_not_crashes() {
    // Found by the `item` fuzz target: a period whose fourth byte falls inside a character.
    let repo = Repo::fixture("minimal");
    repo.edit("items/2026/2026-Q1-1.1.md", "period = \"2026-Q1\"", "period = \" '王+-Q1\"");
    repo.edit("items/2026/2026-Q2-1.1.md", "period = \"2026-Q2\"", "period = \"李委员\"");
    let (code, stdout) = check(&repo);
    assert_eq!(code, 1);
    assert_eq!(stdout.matches("error[bad-period]").count(), 2, "{stdout}");
}

#[test]
fn findings_in_a_file_with_a_byte_order_mark_point_at_the_right_line() {
    let repo = Repo::fixture("minimal");
    let text = repo
        .read("items/2026/2026-Q1-1.1.md")
        .replace("entry = \"1.1\"", "entry = \"9.9\"")
        .replace('\n', "\r\n");
    repo.write("items/2026/2026-Q1-1.1.md", &format!("\u{feff}{text}"));
    let (code, stdout) = check(&repo);
    assert_eq!(code, 1);
    assert!(stdout.contains("--> items/2026/2026-Q1-1.1.md:2:9"), "{stdout}");
}
