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

#[test]
fn init_with_flags_writes_that_identity_and_no_other_branch_s() {
    let repo = Repo::empty();
    let (code, stdout, stderr) = repo.run(&[
        "init",
        "--name",
        "中共某某镇中心小学支部委员会",
        "--short-name",
        "某某小学党支部",
        "--leader",
        "王书记",
        "--deputy",
        "李副书记",
        "--deputy",
        "张委员",
        "--hotline",
        "0838-1234567",
    ]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    let config = repo.read("disclose.toml");
    assert!(config.contains("name = \"中共某某镇中心小学支部委员会\""), "{config}");
    assert!(config.contains("deputies = [\"李副书记\", \"张委员\"]"), "{config}");
    assert!(config.contains("hotline = \"0838-1234567\""), "{config}");
    let catalogue = repo.read("catalogue/03-organisation.toml");
    assert!(catalogue.contains("owner = \"王书记\""), "{catalogue}");
    for (file, text) in repo.snapshot_tree() {
        let text = String::from_utf8_lossy(&text);
        for seed in ["孝德镇", "舒军", "叶成刚", "廖敏", "6251071"] {
            assert!(!text.contains(seed), "{file} holds the seed branch's {seed}");
        }
    }
    let (code, stdout, _) = repo.run(&["check", "--as-of", "2026-11-28"]);
    assert_eq!(code, 0, "{stdout}");
}

#[test]
fn bare_init_writes_placeholders_that_check_reports_and_publish_refuses() {
    let repo = Repo::empty();
    let (code, stdout, _) = repo.run(&["init"]);
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.contains("placeholder-identity"), "{stdout}");
    assert!(!repo.read("disclose.toml").contains("孝德镇"));
    let (code, stdout, _) = repo.run(&["check", "--format", "json", "--as-of", "2026-11-28"]);
    assert_eq!(code, 1, "{stdout}");
    let json: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    let placeholders: Vec<&serde_json::Value> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["code"] == "placeholder-identity")
        .collect();
    // name, short_name, leader, deputies, hotline, and one for the 39 owners.
    assert_eq!(placeholders.len(), 6, "{stdout}");
    assert!(placeholders.iter().any(|f| f["file"] == "disclose.toml"
        && f["line"].as_u64() == Some(repo.read("disclose.toml").lines().position(|l| l.starts_with("name = ")).unwrap() as u64 + 1)));
    let (code, _, _) = repo.run(&["catalogue", "approve", "--by", "党务公开工作领导小组", "--on", "2026-01-05"]);
    let _ = code;
    let (code, stdout, stderr) = repo.run(&["publish", "--as-of", "2026-11-28"]);
    assert_ne!(code, 0, "publish refuses:\n{stdout}{stderr}");
    assert!(!repo.path().join("site/index.html").exists(), "nothing was published");
}

/// The environment of a run without any language set.
fn without_language(command: &mut assert_cmd::Command) -> &mut assert_cmd::Command {
    command
        .env_remove("DISCLOSE_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
}

#[test]
fn with_no_language_set_init_and_the_placeholder_finding_speak_chinese() {
    let repo = Repo::empty();
    let output = without_language(&mut repo.cmd(&["init"])).output().expect("run");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("已在") && stdout.contains("创建 disclose 仓库"), "{stdout}");
    let output = without_language(&mut repo.cmd(&["check", "--as-of", "2026-11-28"])).output().expect("run");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("error[placeholder-identity]") || stdout.contains("[placeholder-identity]"),
        "{stdout}"
    );
    assert!(stdout.contains("仍是 `disclose init` 写入的占位内容"), "{stdout}");
}
