//! `disclose init`: the default repository, and refusing an existing one.

use crate::support::Repo;

#[test]
fn init_writes_the_default_repository_with_39_entries() {
    let repo = Repo::init();
    for file in [
        "disclose.toml",
        ".gitignore",
        ".github/workflows/disclose.yml",
        ".gitlab-ci.yml",
        "items/.gitkeep",
        "feedback/.gitkeep",
    ] {
        assert!(repo.path().join(file).is_file(), "{file} missing");
    }
    let categories = std::fs::read_dir(repo.path().join("catalogue")).unwrap().count();
    assert_eq!(categories, 8);
    let (code, stdout, _) = repo.run(&["catalogue", "list", "--format", "json"]);
    assert_eq!(code, 0);
    let document: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(document["entries"].as_array().unwrap().len(), 39);
    assert!(document["approval"].is_null());
    assert!(repo.read(".gitignore").contains("/site/"));
    assert!(repo.read(".github/workflows/disclose.yml").contains("disclose check"));
}

#[test]
fn a_fresh_repository_checks_with_only_the_unapproved_warning() {
    let repo = Repo::init();
    let (code, stdout, _) = repo.run(&["check", "--as-of", "2026-11-28"]);
    assert_eq!(code, 0, "{stdout}");
    insta::assert_snapshot!("fresh_check", stdout);
}

#[test]
fn init_refuses_an_existing_repository_and_changes_nothing() {
    let repo = Repo::init();
    repo.edit("disclose.toml", "孝德镇", "某某镇");
    let before = repo.snapshot_tree();
    let (code, _, stderr) = repo.run(&["init"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("already holds a disclose repository"), "{stderr}");
    assert_eq!(before, repo.snapshot_tree());
}

#[test]
fn init_into_a_new_folder_and_keeps_an_existing_gitignore() {
    let repo = Repo::empty();
    repo.write("branch/.gitignore", "target/\n");
    let (code, stdout, _) = repo.run(&["init", "branch"]);
    assert_eq!(code, 0, "{stdout}");
    assert_eq!(
        repo.read("branch/.gitignore"),
        format!("target/\n{}", include_str!("../../assets/init/gitignore"))
    );
}

#[test]
fn init_refuses_when_a_file_it_would_write_exists() {
    let repo = Repo::empty();
    repo.write("catalogue/01-central-work.toml", "# mine\n");
    let (code, _, stderr) = repo.run(&["init"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("catalogue/01-central-work.toml"), "{stderr}");
    assert_eq!(repo.read("catalogue/01-central-work.toml"), "# mine\n");
    assert!(!repo.path().join("disclose.toml").exists());
}
