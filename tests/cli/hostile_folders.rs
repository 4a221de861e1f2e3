//! A hostile or careless repository's folders and templates: output folders compared by
//! their real location, linked and runaway templates, characters XML forbids, leftovers
//! of a killed run, a tampered load cache, a board folder that cannot be switched.

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::support::Repo;

const AS_OF: &str = "2026-11-28";

/// Every file below `dir` that holds `needle`.
fn files_holding(dir: &Path, needle: &[u8]) -> Vec<String> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_file())
        .filter(|entry| fs::read(entry.path()).is_ok_and(|bytes| bytes.windows(needle.len()).any(|w| w == needle)))
        .map(|entry| entry.path().display().to_string())
        .collect()
}

fn publish(repo: &Repo) -> (i32, String, String) {
    let (code, out, err) = repo.run(&["publish", "--as-of", AS_OF]);
    assert!(!err.contains("panicked") && !err.contains("bug in disclose"), "{err}");
    (code, out, err)
}

fn check(repo: &Repo) -> (i32, String) {
    let (code, out, err) = repo.run(&["check", "--as-of", AS_OF]);
    assert!(!err.contains("panicked"), "{err}");
    (code, out)
}

#[cfg(unix)]
#[test]
fn a_linked_template_is_refused_and_no_private_byte_reaches_the_board() {
    use std::os::unix::fs::symlink;
    let repo = Repo::example();
    let private = repo.read("feedback/2026/2026-02-26-1.md");
    fs::create_dir(repo.path().join("templates")).unwrap();
    symlink("../feedback/2026/2026-02-26-1.md", repo.path().join("templates/style.css")).unwrap();
    symlink("/etc/passwd", repo.path().join("templates/feed.xml")).unwrap();
    let (code, out) = check(&repo);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("error[template-invalid]") && out.contains("templates/style.css:1:1"), "{out}");
    let before = repo.snapshot_tree();
    let (code, _, err) = publish(&repo);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("is a symbolic link"), "{err}");
    assert_eq!(repo.snapshot_tree(), before, "nothing written");
    assert!(!repo.path().join("site").exists());
    let name_line = private.lines().find(|line| line.starts_with("name")).unwrap_or("name");
    assert!(files_holding(repo.path(), name_line.as_bytes()).iter().all(|f| f.contains("feedback/")));

    // A linked templates folder is refused too.
    fs::remove_dir_all(repo.path().join("templates")).unwrap();
    symlink("feedback/2026", repo.path().join("templates")).unwrap();
    let (code, _, err) = publish(&repo);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("templates/ is a symbolic link"), "{err}");
}

#[cfg(unix)]
#[test]
fn bulletins_linked_into_the_board_are_refused() {
    use std::os::unix::fs::symlink;
    let repo = Repo::example();
    fs::create_dir_all(repo.path().join("site/b")).unwrap();
    fs::remove_dir_all(repo.path().join("bulletins")).unwrap();
    symlink("site/b", repo.path().join("bulletins")).unwrap();
    let (code, out) = check(&repo);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains(&key_line(&repo, "bulletin_dir")), "{out}");
    assert!(out.contains("the bulletin folder and the site folder overlap"), "{out}");
    let (code, _, err) = publish(&repo);
    assert_eq!(code, 1, "{err}");
    assert_eq!(fs::read_dir(repo.path().join("site/b")).unwrap().count(), 0, "no bulletin in the board");

    // The other way round: the board is a link to the bulletin folder.
    let repo = Repo::example();
    repo.edit("disclose.toml", "bulletin_dir = \"bulletins\"", "bulletin_dir = \"bulletin_out\"");
    fs::create_dir(repo.path().join("bulletin_out")).unwrap();
    symlink("bulletin_out", repo.path().join("site")).unwrap();
    let (code, out) = check(&repo);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("overlap"), "{out}");
    let (code, _, err) = publish(&repo);
    assert_eq!(code, 1, "{err}");
    assert_eq!(fs::read_dir(repo.path().join("bulletin_out")).unwrap().count(), 0);
}

#[test]
fn the_archive_register_never_goes_into_the_board() {
    let repo = Repo::example();
    repo.edit("disclose.toml", "site_dir = \"site\"", "site_dir = \"archive\"");
    let (code, out) = check(&repo);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains(&key_line(&repo, "site_dir")), "{out}");
    assert!(out.contains("the archive register's folder"), "{out}");
    let before = repo.snapshot_tree();
    let (code, _, err) = repo.run(&["archive", "--write", "--as-of", AS_OF]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(repo.snapshot_tree(), before);
    assert!(!repo.path().join("archive").exists());
}

#[test]
fn a_bulletin_folder_inside_the_items_never_replaces_a_draft() {
    let repo = Repo::example();
    repo.edit("disclose.toml", "bulletin_dir = \"bulletins\"", "bulletin_dir = \"items/2026\"");
    let draft = "+++\nentry = \"1.2\"\ntitle = \"草稿\"\nperiod = \"2026-Q4\"\n+++\n草稿正文\n";
    repo.write("items/2026/2026-Q4.md", draft);
    let (code, out) = check(&repo);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains(&key_line(&repo, "bulletin_dir")) && out.contains("lies inside items"), "{out}");
    let (code, _, err) = publish(&repo);
    assert_ne!(code, 0, "{err}");
    assert_eq!(repo.read("items/2026/2026-Q4.md"), draft);
    let (code, _, err) = repo.run(&["bulletin", "2026-Q4", "--as-of", AS_OF]);
    assert_ne!(code, 0, "{err}");
    assert_eq!(repo.read("items/2026/2026-Q4.md"), draft);
}

fn timed_publish(repo: &Repo) -> (i32, String) {
    let started = Instant::now();
    let (code, _, err) = publish(repo);
    assert!(started.elapsed() < Duration::from_secs(20), "{:?}", started.elapsed());
    (code, err)
}

#[test]
fn a_runaway_or_huge_template_stops_quickly_with_a_message() {
    let repo = Repo::example();
    repo.write(
        "templates/style.css",
        "{% for a in range(99999) %}{% for b in range(99999) %}x{% endfor %}{% endfor %}",
    );
    let before = repo.snapshot_tree();
    let (code, err) = timed_publish(&repo);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("the template style.css did more work than any page needs"), "{err}");
    assert_eq!(repo.snapshot_tree(), before, "nothing stamped, nothing written");

    let repo = Repo::example();
    let huge = "x".repeat(64 * 1024 * 1024);
    repo.write("templates/item.html", &huge);
    let (code, err) = timed_publish(&repo);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("error[template-invalid]") && err.contains("templates/item.html is larger than 1 MiB"),
        "{err}"
    );
    assert!(!repo.path().join("site").exists());
}

#[test]
fn characters_xml_forbids_never_reach_the_feed() {
    let repo = Repo::example_hand_signed();
    let file = "items/2026/2026-10-20-8.2.md";
    repo.edit(file, "现予公开。", "现予公开。\u{b}第二行\u{c}第三页\u{1}。");
    repo.edit(file, "title = \"", "title = \"\\u0001");
    let (code, _, err) = publish(&repo);
    assert_eq!(code, 0, "{err}");
    let feed = repo.read("site/feed.xml");
    assert!(feed.contains("第二行"), "the item is in the feed");
    if let Err(error) = roxmltree::Document::parse(&feed) {
        panic!("feed.xml is not well-formed XML: {error}");
    }
    for page in ["site/feed.xml", "site/index.html"] {
        let text = repo.read(page);
        assert!(!text.contains(['\u{1}', '\u{b}', '\u{c}']), "{page}");
    }
    let item_pages = files_holding(&repo.path().join("site"), "第二行".as_bytes());
    assert!(!item_pages.is_empty());
    for page in item_pages {
        let text = fs::read_to_string(&page).unwrap();
        assert!(!text.contains(['\u{1}', '\u{b}', '\u{c}']), "{page}");
    }
}

/// The example with a board published once and the draft 2026-Q4-2.3 reviewed and
/// approved, so that the next publish stamps it and changes the board.
fn ready_to_publish() -> Repo {
    let repo = Repo::example();
    for args in [
        &["publish", "--as-of", AS_OF][..],
        &["review", "2026-Q4-2.3", "--by", "廖敏", "--as-of", AS_OF],
        &["approve", "2026-Q4-2.3", "--by", "舒军", "--as-of", AS_OF],
    ] {
        let (code, _, err) = repo.run(args);
        assert_eq!(code, 0, "{args:?}: {err}");
    }
    repo
}

/// A copy of `repo`'s files in a new temporary repository.
fn copy(repo: &Repo) -> Repo {
    let copy = Repo::empty();
    crate::support::copy_dir(repo.path(), copy.path());
    copy
}

fn publish_failing_at(repo: &Repo, fail_at: &str) -> (i32, String, String) {
    let output = repo
        .cmd(&["publish", "--as-of", AS_OF])
        .env("DISCLOSE_FAIL_AT", fail_at)
        .output()
        .expect("run disclose");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn site_of(repo: &Repo) -> Vec<(String, Vec<u8>)> {
    repo.snapshot_tree().into_iter().filter(|(path, _)| path.starts_with("site/")).collect()
}

#[test]
fn a_board_folder_that_cannot_be_switched_is_updated_in_place_and_nothing_is_half_done() {
    let template = ready_to_publish();
    let clean = copy(&template);
    let (code, _, err) = clean.run(&["publish", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{err}");
    let after = clean.snapshot_tree();
    let item = "items/2026/2026-Q4-2.3.md";
    assert_ne!(clean.read(item), template.read(item), "the clean run stamps the item");

    // How many file-system steps a publish takes, as the fault hook counts them.
    let counted = copy(&template);
    let report = counted.path().join(".steps");
    let output = counted
        .cmd(&["publish", "--as-of", AS_OF])
        .env("DISCLOSE_FAIL_STEPS", &report)
        .output()
        .expect("run disclose");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let steps: u64 = fs::read_to_string(&report).expect("the step count").trim().parse().expect("a number");
    assert!(steps > 30, "{steps}");

    // The folder switch comes near the end, before the old board's stale pages are removed
    // (to keep it as the spare) and the bulletin's two files are written: make each of the
    // last steps fail as a folder that cannot be renamed does.
    let mut in_place = 0;
    for n in steps.saturating_sub(96)..=steps {
        let repo = copy(&template);
        let (code, out, err) = publish_failing_at(&repo, &format!("{n}:busy"));
        assert!(!err.contains("could not switch"), "step {n}: {err}");
        assert!(!err.contains("panicked") && !err.contains("bug in disclose"), "step {n}: {err}");
        if out.contains("updated in place") {
            in_place += 1;
            assert_eq!(code, 0, "step {n}: {err}");
            assert_eq!(site_of(&repo), site_of(&clean), "step {n}: the board in place is the clean one");
            assert_eq!(repo.snapshot_tree(), after, "step {n}");
            // Later runs work and change nothing.
            let (code, out, err) = repo.run(&["publish", "--as-of", AS_OF]);
            assert_eq!(code, 0, "step {n}, again: {err}");
            assert!(out.contains("is up to date"), "{out}");
        }
    }
    assert!(in_place >= 1, "the busy switch was reached");
}

#[test]
fn a_tampered_load_cache_is_ignored_and_rebuilt() {
    let repo = Repo::example();
    fs::create_dir(repo.path().join(".git")).unwrap();
    let hour_ago = std::time::SystemTime::now() - Duration::from_secs(3600);
    for entry in walkdir::WalkDir::new(repo.path().join("items")).into_iter().filter_map(Result::ok) {
        if entry.file_type().is_file() {
            fs::File::options().write(true).open(entry.path()).unwrap().set_modified(hour_ago).unwrap();
        }
    }
    let (code, _) = check(&repo);
    assert_eq!(code, 0);
    let cache = repo.path().join(".git/disclose-load-cache");
    let mut bytes = fs::read(&cache).expect("a cache was written");
    // A title of a public item, replaced by another of the same length.
    let title = "依申请公开：2026年1—9月家庭医生签约服务开展情况";
    let forged = "伪造的标题：2026年1—9月家庭医生签约服务开展情况";
    assert_eq!(title.len(), forged.len());
    let at = bytes
        .windows(title.len())
        .position(|w| w == title.as_bytes())
        .expect("the title is in the cache");
    bytes[at..at + title.len()].copy_from_slice(forged.as_bytes());
    fs::write(&cache, &bytes).unwrap();
    let (code, _, err) = publish(&repo);
    assert_eq!(code, 0, "{err}");
    assert!(
        files_holding(&repo.path().join("site"), "伪造的标题".as_bytes()).is_empty(),
        "a forged title reached the board"
    );
    assert!(!files_holding(&repo.path().join("site"), title.as_bytes()).is_empty());
    assert!(
        !fs::read(&cache).unwrap().windows(forged.len()).any(|w| w == forged.as_bytes()),
        "the cache was rebuilt"
    );
}

#[test]
fn leftovers_of_a_killed_write_are_removed_by_the_next_write_in_that_folder() {
    let repo = Repo::example();
    let folder = repo.path().join("items/2026");
    let (stale, fresh) = (folder.join(".disclose-Xa9k2Q.tmp"), folder.join(".disclose-b7Yt3z.tmp"));
    fs::write(&stale, "half a file").unwrap();
    fs::write(&fresh, "a write in progress").unwrap();
    let hour_ago = std::time::SystemTime::now() - Duration::from_secs(3600);
    fs::File::options().write(true).open(&stale).unwrap().set_modified(hour_ago).unwrap();
    let (code, _, err) = repo.run(&["review", "2026-Q4-2.3", "--by", "廖敏", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{err}");
    assert!(!stale.exists(), "the leftover of a killed run is removed");
    assert!(fresh.exists(), "a recent temporary file may be another run's, and stays");
}

/// `disclose.toml:N`, where line N of the repository's disclose.toml sets `key`.
fn key_line(repo: &Repo, key: &str) -> String {
    let text = fs::read_to_string(repo.path().join("disclose.toml")).unwrap();
    let line = text.lines().position(|line| line.starts_with(&format!("{key} ="))).map_or(0, |index| index + 1);
    format!("disclose.toml:{line}")
}

#[test]
fn a_template_that_does_not_parse_is_named_with_its_line_and_column_in_the_terminals_language() {
    let repo = Repo::example();
    repo.write("templates/item.html", "<h1>{{ item.title }}</h1>\n<p>正文</p>\n{% if %}\n");
    let (code, out) = check(&repo);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("error[template-invalid]: templates/item.html is not a valid template: syntax error"),
        "{out}"
    );
    assert!(out.contains("templates/item.html:3:7"), "the place minijinja reports: {out}");
    assert!(out.contains("{% if %}"), "the line is shown: {out}");

    let output = repo.cmd_without_language(&["check", "--as-of", AS_OF]).output().expect("run");
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(out.contains("templates/item.html 不是有效的模板：syntax error"), "{out}");
    assert!(!out.contains("is not a valid template"), "no English sentence: {out}");
}

#[cfg(unix)]
#[test]
fn a_linked_templates_folder_is_named_in_the_terminals_language() {
    let repo = Repo::example();
    std::os::unix::fs::symlink("feedback/2026", repo.path().join("templates")).unwrap();
    let output = repo.cmd_without_language(&["check", "--as-of", AS_OF]).output().expect("run");
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(out.contains("错误[template-invalid]") && out.contains("templates/ 是符号链接"), "{out}");
    assert!(!out.contains("is a symbolic link"), "no English sentence: {out}");
}

#[test]
fn a_template_that_fails_while_rendering_is_named_with_its_line_and_no_dump_of_the_values() {
    let repo = Repo::example();
    repo.write("templates/item.html", "<h1>{{ item.title }}</h1>\n{{ item.title | nosuchfilter }}\n");
    let before = repo.snapshot_tree();
    let (code, _, err) = publish(&repo);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("the template item.html could not be rendered (line 2): unknown filter"), "{err}");
    assert!(
        !err.contains("Referenced variables") && !err.contains("2026年"),
        "no dump of the page's values: {err}"
    );
    assert_eq!(repo.snapshot_tree(), before, "nothing written");
    let output = repo.cmd_without_language(&["publish", "--as-of", AS_OF]).output().expect("run");
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("模板 item.html 无法渲染（第 2 行）"), "{err}");
}
