//! The load cache (src/load/cache.rs): a repository with a `.git` folder keeps what
//! loading made of each unchanged item file. A cached run must report exactly what a
//! fresh one reports, and a changed file, however it changed, is read again.

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use crate::support::Repo;

const AS_OF: &str = "2026-11-28";
const CACHE: &str = ".git/disclose-load-cache";

/// Sets the modification time of every item file an hour back: files modified in the
/// last two seconds are not cached (a second change within the same tick would not
/// show), and a real repository's files are older.
fn settle(repo: &Repo) {
    let hour_ago = SystemTime::now() - Duration::from_secs(3600);
    for entry in walkdir::WalkDir::new(repo.path().join("items")) {
        let entry = entry.expect("walk");
        if entry.file_type().is_file() {
            set_modified(entry.path(), hour_ago);
        }
    }
}

fn set_modified(path: &Path, time: SystemTime) {
    fs::File::options().write(true).open(path).expect("open").set_modified(time).expect("set time");
}

/// The example repository as a git work tree (only the folder matters to disclose).
fn example_with_git() -> Repo {
    let repo = Repo::example();
    fs::create_dir(repo.path().join(".git")).expect("create .git");
    settle(&repo);
    repo
}

fn check_json(repo: &Repo) -> String {
    let output = repo.cmd(&["check", "--as-of", AS_OF, "--format", "json"]).output().expect("run disclose");
    String::from_utf8(output.stdout).expect("utf-8")
}

#[test]
fn a_cached_run_reports_what_a_fresh_one_reports() {
    let repo = example_with_git();
    let fresh = check_json(&repo);
    assert!(repo.path().join(CACHE).is_file(), "no cache was written");
    assert_eq!(fresh, check_json(&repo));

    // The board built from the cache is the board built without it.
    repo.cmd(&["publish", "--as-of", AS_OF]).assert().success();
    let plain = Repo::example();
    plain.cmd(&["publish", "--as-of", AS_OF]).assert().success();
    let board = |repo: &Repo| {
        repo.snapshot_tree()
            .into_iter()
            .filter(|(path, _)| path.starts_with("site/"))
            .collect::<Vec<_>>()
    };
    assert!(board(&repo) == board(&plain), "the board differs with the cache");

    // A file with a finding is never cached, so the finding is reported on every run.
    repo.edit(
        "items/2025/2025-2.5.md",
        "prepared_by = \"李建华\"\n",
        "prepared_by = \"李建华\"\nstage = \"第一阶段\"\n",
    );
    settle(&repo);
    let first = check_json(&repo);
    assert!(first.contains("2025-2.5.md"), "{first}");
    assert_eq!(first, check_json(&repo));
}

#[test]
fn a_file_changed_without_changing_its_size_or_time_is_read_again() {
    let repo = example_with_git();
    assert!(!check_json(&repo).contains("personal-data"));
    let path = repo.path().join("items/2026/2026-H1-1.1.md");
    let time = fs::metadata(&path).unwrap().modified().unwrap();
    let text = fs::read_to_string(&path).unwrap();
    // The same number of bytes (18 for 11 digits and 7 spaces), a mobile number in a
    // public body, and the old modification time put back: only the change time tells.
    let padded = text.replacen("支部围绕上级", "13812345678       ", 1);
    assert!(padded != text && padded.len() == text.len());
    fs::write(&path, padded).unwrap();
    set_modified(&path, time);
    let report = check_json(&repo);
    assert!(report.contains("personal-data") && report.contains("2026-H1-1.1.md"), "{report}");
}

#[test]
fn a_body_cached_while_not_public_is_searched_once_the_entry_is_public() {
    let repo = example_with_git();
    // Entry 2.5 is for members: a number in its body is not the board's concern.
    repo.edit("items/2025/2025-2.5.md", "全年借阅登记97人次。", "全年借阅登记97人次，联系电话13812345678。");
    settle(&repo);
    assert!(!check_json(&repo).contains("personal-data"));
    assert!(!check_json(&repo).contains("personal-data"), "cached");
    // The catalogue now puts the entry on the public board.
    let catalogue = repo.read("catalogue/02-ideology.toml");
    let widened = catalogue.replacen(
        "title = \"理论研究、理论学习服务体系建设情况\"\nscope = \"members\"",
        "title = \"理论研究、理论学习服务体系建设情况\"\nscope = \"public\"",
        1,
    );
    assert_ne!(catalogue, widened);
    repo.write("catalogue/02-ideology.toml", &widened);
    let report = check_json(&repo);
    assert!(report.contains("personal-data") && report.contains("2025-2.5.md"), "{report}");
}

#[test]
fn a_removed_file_is_gone_and_a_damaged_cache_is_ignored() {
    let repo = example_with_git();
    let before = check_json(&repo);
    repo.remove("items/2026/2026-Q3-6.5.md");
    let after = check_json(&repo);
    assert!(
        after.contains("obligation-overdue") && !before.contains("obligation-overdue"),
        "the removed item still counts: {after}"
    );
    assert_eq!(after, check_json(&repo));
    fs::write(repo.path().join(CACHE), b"not a cache").unwrap();
    assert_eq!(after, check_json(&repo), "a damaged cache is read as no cache");
    assert_ne!(fs::read(repo.path().join(CACHE)).unwrap(), b"not a cache", "and replaced");
}

#[test]
fn without_a_git_folder_nothing_is_written() {
    let repo = Repo::example();
    settle(&repo);
    let before = repo.snapshot_tree();
    check_json(&repo);
    assert_eq!(before, repo.snapshot_tree());
}

/// The cache is rewritten without a removed file wherever it was in the order of the
/// paths: the last one is never passed over while the others are taken, and an
/// unchanged cache is not written at all.
#[test]
fn the_cache_forgets_a_removed_last_file_and_is_not_rewritten_unchanged() {
    let repo = example_with_git();
    check_json(&repo);
    let written = fs::read(repo.path().join(CACHE)).expect("a cache");
    let modified = fs::metadata(repo.path().join(CACHE)).and_then(|meta| meta.modified()).expect("its time");
    check_json(&repo);
    assert_eq!(
        fs::metadata(repo.path().join(CACHE)).and_then(|meta| meta.modified()).expect("its time"),
        modified,
        "an unchanged cache was written again"
    );
    let mut files: Vec<String> = walkdir::WalkDir::new(repo.path().join("items"))
        .into_iter()
        .map(|entry| entry.expect("walk"))
        .filter(|entry| entry.file_type().is_file() && entry.path().extension().is_some_and(|ext| ext == "md"))
        .map(|entry| entry.path().strip_prefix(repo.path()).expect("inside").to_string_lossy().replace('\\', "/"))
        .collect();
    files.sort();
    let last = files.last().expect("items");
    repo.remove(last);
    check_json(&repo);
    let rewritten = fs::read(repo.path().join(CACHE)).expect("a cache");
    assert!(rewritten.len() < written.len(), "the cache still holds {last}");
    let name = last.as_bytes();
    assert!(!rewritten.windows(name.len()).any(|window| window == name), "the cache still names {last}");
    assert!(written.windows(name.len()).any(|window| window == name), "the cache named {last} before");
}
