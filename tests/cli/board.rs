//! The public board and the members' bulletin, built through the library on copies of the
//! example: the pages that must exist, snapshots of what readers see, byte-identical
//! rebuilds, the leak test (unique strings planted in every non-public place must appear
//! in no generated file), template syntax in values, the English locale, and
//! `disclose bulletin` on the command line (write, unchanged, frozen, --force).

use std::collections::BTreeSet;
use std::path::Path;

use chrono::NaiveDate;
use disclose::obligations::period::Period;
use disclose::render::board::build_board;
use disclose::render::bulletin::{build_bulletin, Bulletin};
use disclose::render::OutputFile;

use crate::support::Repo;

const AS_OF: &str = "2026-11-28";

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn board_of(path: &Path) -> Vec<OutputFile> {
    let (repo, _) = disclose::load::load_repo(path).expect("load the repository");
    let list = disclose::obligations::obligations(&repo, as_of());
    build_board(&repo, &list, as_of()).expect("build the board")
}

fn bulletin_of(path: &Path, quarter: &str) -> Bulletin {
    let (repo, _) = disclose::load::load_repo(path).expect("load the repository");
    let list = disclose::obligations::obligations(&repo, as_of());
    let quarter: Period = quarter.parse().unwrap();
    build_bulletin(&repo, &list, quarter, as_of()).expect("build the bulletin")
}

fn page<'a>(files: &'a [OutputFile], path: &str) -> &'a str {
    let file = files.iter().find(|f| f.path == path).unwrap_or_else(|| panic!("no page {path}"));
    std::str::from_utf8(&file.contents).expect("pages are UTF-8")
}

#[test]
fn the_example_board_has_every_page_and_nothing_private() {
    let files = board_of(Repo::example().path());
    let paths: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    for expected in [
        "index.html",
        "catalogue.html",
        "feedback.html",
        "feed.xml",
        "style.css",
        "archive/2023.html",
        "archive/2026.html",
        "categories/1.html",
        "categories/8.html",
        "items/2026-H1-1.1.html",
        "items/2026-01-09-3.1.html",
        "items/2026-Q3-6.5.html",
        "search.html",
        "search.js",
        "search/manifest.js",
        "search/2026-Q3.js",
        "print/2026-Q3.html",
        "print/2026-Q3-a3.html",
    ] {
        assert!(paths.contains(expected), "{expected} missing from {paths:?}");
    }
    // Members (3.5 党费) and restricted (6.6 处分决定) items get no page.
    for absent in ["items/2026-Q1-3.5.html", "items/2026-Q3-3.5.html", "items/2026-08-18-6.6.html"] {
        assert!(!paths.contains(absent), "{absent} must not be on the board");
    }
    assert_eq!(paths.iter().filter(|p| p.starts_with("categories/")).count(), 8);
    for file in &files {
        // Attachment copies (a photo) need not be text; every page is.
        let Ok(text) = std::str::from_utf8(&file.contents) else {
            assert!(file.path.starts_with("files/"), "{} is not UTF-8", file.path);
            continue;
        };
        // Only the search page runs a script (its own engine and index, both on the board).
        let search = file.path == "search.html" || file.path == "search.js" || file.path.starts_with("search/");
        assert!(!text.contains("<script") || search, "{} has a script", file.path);
        assert!(
            !text.contains("http://") && !text.contains("https://") || file.path == "feed.xml",
            "{} links outside",
            file.path
        );
        assert!(!text.contains("href=\"/"), "{} has a root-absolute link", file.path);
    }
    let index = page(&files, "index.html");
    assert!(index.starts_with("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
    for landmark in ["<header", "<nav", "<main", "<footer", "6251071", "门诊大厅党务公开栏旁", "每月第一个星期三"] {
        assert!(index.contains(landmark), "index lacks {landmark}");
    }
    let category = page(&files, "categories/6.html");
    assert!(category.contains("定期公开·每季度"), "{category}");
    assert!(!category.contains("查处违纪党员情况"), "a members entry is listed on the board");
    let catalogue = page(&files, "catalogue.html");
    assert!(catalogue.contains("2026年1月5日"), "approval date");
    assert!(!catalogue.contains("党费收缴、登记情况"), "a members entry is in the public catalogue");
}

#[test]
fn snapshots_of_the_index_an_item_and_the_bulletin() {
    let repo = Repo::example();
    let files = board_of(repo.path());
    insta::assert_snapshot!("board_index", page(&files, "index.html"));
    insta::assert_snapshot!("board_item_2026_h1_1_1", page(&files, "items/2026-H1-1.1.html"));
    insta::assert_snapshot!("board_feedback", page(&files, "feedback.html"));
    insta::assert_snapshot!("bulletin_2026_q3_md", bulletin_of(repo.path(), "2026-Q3").markdown);
}

#[test]
fn the_seed_emphasis_is_bold_on_the_item_page() {
    let files = board_of(Repo::example().path());
    let item = page(&files, "items/2026-H1-1.1.html");
    assert!(item.contains("<strong>（一）落实医共体建设部署。</strong>与医共体"), "{item}");
}

#[test]
fn the_same_input_gives_byte_identical_output() {
    let repo = Repo::example();
    assert_eq!(board_of(repo.path()), board_of(repo.path()));
    assert_eq!(bulletin_of(repo.path(), "2026-Q3"), bulletin_of(repo.path(), "2026-Q3"));
    let other = Repo::example();
    assert_eq!(board_of(repo.path()), board_of(other.path()), "the folder's location does not show");
}

/// Plants unique strings in every place the board must never show.
fn plant_leaks(repo: &Repo) {
    // A members item (3.5 党费, published 2026-07-06: in the 2026-Q3 bulletin).
    repo.edit("items/2026/2026-Q2-3.5.md", "title = \"", "title = \"LEAK-MEMBERS-1 ");
    let body = repo.read("items/2026/2026-Q2-3.5.md");
    repo.write("items/2026/2026-Q2-3.5.md", &format!("{body}\nLEAK-MEMBERS-2\n"));
    // A restricted item, in title, audience and body.
    repo.edit("items/2026/2026-08-18-6.6.md", "title = \"", "title = \"LEAK-RESTRICTED-1 ");
    repo.edit("items/2026/2026-08-18-6.6.md", "audience = \"", "audience = \"LEAK-RESTRICTED-2 ");
    let body = repo.read("items/2026/2026-08-18-6.6.md");
    repo.write("items/2026/2026-08-18-6.6.md", &format!("{body}\nLEAK-RESTRICTED-3\n"));
    // A public-entry item narrowed to members by its own scope.
    repo.edit("items/2026/2026-Q3-6.5.md", "title = \"", "scope = \"members\"\ntitle = \"LEAK-NARROWED-1 ");
    // A public item not yet published on the as-of date.
    repo.write(
        "items/2026/2026-12-01-7.2.md",
        "+++\nentry = \"7.2\"\ntitle = \"LEAK-UNPUBLISHED-1\"\nperiod = \"2026-Q4\"\nprepared_by = \"王晓燕\"\npublished_on = 2026-12-01\n+++\nLEAK-UNPUBLISHED-2\n",
    );
    // A public, answered case: its private fields and handling log.
    let case = "feedback/2026/2026-03-09-1.md";
    repo.edit(case, "name = \"", "name = \"LEAK-NAME-1 ");
    repo.edit(case, "contact = \"", "contact = \"LEAK-CONTACT-1 ");
    repo.edit(case, "note = \"", "note = \"LEAK-NOTE-1 ");
    let body = repo.read(case);
    repo.write(case, &format!("{body}\nLEAK-OPINION-1\n"));
    // A case answered but not for publication, and one not answered at all.
    repo.edit("feedback/2026/2026-07-20-1.md", "summary = \"", "summary = \"LEAK-PRIVATE-CASE-1 ");
    repo.edit("feedback/2026/2026-07-20-1.md", "text = \"", "text = \"LEAK-PRIVATE-CASE-2 ");
    repo.edit("feedback/2026/2026-11-24-1.md", "summary = \"", "summary = \"LEAK-OPEN-CASE-1 ");
    // A control: a public item's title must show, or the scan proves nothing.
    repo.edit("items/2026/2026-H1-1.1.md", "title = \"", "title = \"PUBLIC-CONTROL-1 ");
    // Attachments (a file and its reference) on the members, restricted and narrowed
    // items: no file, no name, no alt text reaches the board; a public one is the control.
    for (n, (item, word)) in [
        ("2026-Q2-3.5", "LEAK-MEMBERS"),
        ("2026-08-18-6.6", "LEAK-RESTRICTED"),
        ("2026-Q3-6.5", "LEAK-NARROWED"),
        ("2026-H1-1.1", "PUBLIC-CONTROL"),
    ]
    .iter()
    .enumerate()
    {
        repo.write(&format!("items/2026/{item}/{word}-FILE-{n}.pdf"), &format!("%PDF-1.4 {word}-FILE-CONTENT-{n}"));
        let file = format!("items/2026/{item}.md");
        let body = repo.read(&file);
        repo.write(&file, &format!("{body}\n[{word}-LINK-{n}]({item}/{word}-FILE-{n}.pdf)\n"));
    }
}

#[test]
fn nothing_non_public_reaches_any_file_of_the_board() {
    let repo = Repo::example();
    plant_leaks(&repo);
    let files = board_of(repo.path());
    let mut control_seen = false;
    for file in &files {
        let text = String::from_utf8_lossy(&file.contents);
        assert!(
            !text.contains("LEAK-"),
            "{} leaks: {}",
            file.path,
            text.lines().find(|l| l.contains("LEAK-")).unwrap_or_default()
        );
        control_seen |= text.contains("PUBLIC-CONTROL-1");
    }
    assert!(control_seen, "the public control string is missing: the scan would not catch anything");
    for file in &files {
        assert!(!file.path.contains("LEAK"), "{} is a non-public item's file", file.path);
    }
    assert!(
        files
            .iter()
            .any(|f| f.path.ends_with("/PUBLIC-CONTROL-FILE-3.pdf") && String::from_utf8_lossy(&f.contents).contains("PUBLIC-CONTROL-FILE-CONTENT-3")),
        "the public control attachment is published: the scan of files would not catch anything otherwise"
    );
    let public_files: Vec<&str> = files.iter().map(|f| f.path.as_str()).filter(|p| p.starts_with("files/")).collect();
    assert!(
        public_files
            .iter()
            .all(|p| p.starts_with("files/2026-H1-1.1/") || p.starts_with("files/2024-03-11-8.1/")),
        "only public items' files, not even a count of others: {public_files:?}"
    );
    assert_eq!(public_files.len(), 3, "the control and the example's photo and PDF: {public_files:?}");
    assert!(page(&files, "feed.xml").contains("PUBLIC-CONTROL-1"), "the feed is scanned too");
    // Guarantee 1 covers the search index too: it is scanned above, and holds the control.
    let shards: Vec<&OutputFile> = files
        .iter()
        .filter(|f| f.path.starts_with("search/") && f.path != "search/manifest.js")
        .collect();
    assert!(!shards.is_empty(), "no search index");
    assert!(
        shards.iter().any(|f| String::from_utf8_lossy(&f.contents).contains("PUBLIC-CONTROL-1")),
        "the search index is scanned too"
    );
    assert!(
        page(&files, "feedback.html").contains("群众反映上午门诊排队挂号"),
        "the public case's summary shows"
    );

    let bulletin = bulletin_of(repo.path(), "2026-Q3");
    for text in [&bulletin.markdown, &bulletin.html] {
        assert!(!text.contains("LEAK-RESTRICTED"), "a restricted item is in the bulletin");
        assert!(
            !text.contains("LEAK-NAME") && !text.contains("LEAK-CONTACT") && !text.contains("LEAK-OPINION"),
            "private case fields in the bulletin"
        );
        assert!(
            text.contains("LEAK-MEMBERS-1") && text.contains("LEAK-MEMBERS-2"),
            "members items belong in the bulletin"
        );
        assert!(text.contains("LEAK-PRIVATE-CASE-1"), "every case of the quarter is reported to members");
        assert!(
            text.contains("items/2026/2026-Q2-3.5/LEAK-MEMBERS-FILE-0.pdf"),
            "a members item's file is listed with its path"
        );
    }
    assert!(bulletin.markdown.contains("另有1项对特定对象公开的事项"), "restricted items are counted");
    assert!(bulletin.markdown.contains("党内资料 · 仅供党员内部传达"));
}

#[test]
fn template_syntax_and_html_in_values_stay_text() {
    let repo = Repo::example();
    repo.edit("items/2026/2026-H1-1.1.md", "title = \"", "title = \"{{ 7 * 7 }}{% raw %}<b>x</b> ");
    let body = repo.read("items/2026/2026-H1-1.1.md");
    repo.write(
        "items/2026/2026-H1-1.1.md",
        &format!("{body}\n{{{{ site.full_name }}}} <script>alert(1)</script> [x](javascript:alert(1))\n"),
    );
    let files = board_of(repo.path());
    let item = page(&files, "items/2026-H1-1.1.html");
    assert!(item.contains("<h1>{{ 7 * 7 }}{% raw %}&lt;b&gt;x&lt;/b&gt; 2026年上半年"), "{item}");
    assert!(item.contains("<p>{{ site.full_name }} &lt;script&gt;alert(1)&lt;/script&gt; x</p>"), "{item}");
    assert!(!item.contains("49"), "a title was run as a template");
    assert!(!item.contains("javascript:"));
}

#[test]
fn the_english_locale_works() {
    let repo = Repo::example();
    repo.edit("disclose.toml", "locale = \"zh-CN\"", "locale = \"en\"");
    let files = board_of(repo.path());
    let item = page(&files, "items/2026-H1-1.1.html");
    assert!(item.contains("<html lang=\"en\">"));
    assert!(item.contains("9 July 2026"), "{item}");
    assert!(item.contains("first half of 2026"));
    let bulletin = bulletin_of(repo.path(), "2026-Q3");
    assert!(bulletin.markdown.contains("Party document · for members only"));
}

#[test]
fn repository_templates_override_the_built_in_ones() {
    let repo = Repo::example();
    repo.write("templates/style.css", "body { color: black; }\n");
    repo.write("templates/item.html", "<h1>{{ item.title }}</h1>{{ item.body_html | safe }}\n");
    let files = board_of(repo.path());
    assert_eq!(page(&files, "style.css"), "body { color: black; }\n");
    assert!(page(&files, "items/2026-H1-1.1.html").starts_with("<h1>2026年上半年贯彻落实上级决策部署情况</h1><p>"));
    repo.write("templates/item.html", "{% if %}");
    let (loaded, _) = disclose::load::load_repo(repo.path()).unwrap();
    let error = build_board(&loaded, &[], as_of()).unwrap_err();
    // The library speaks the terminal's language (zh-CN unless one is set).
    assert_eq!(error.to_string(), disclose::t!("render-template-invalid", origin = "templates/item.html"));
}

#[test]
fn bulletin_writes_then_is_unchanged_then_frozen_then_forced() {
    let repo = Repo::example();
    let _ = std::fs::remove_dir_all(repo.path().join("bulletins"));
    let (code, stdout, stderr) = repo.run(&["bulletin", "2026-Q3", "--as-of", AS_OF]);
    assert_eq!(
        (code, stdout.as_str(), stderr.as_str()),
        (0, "wrote bulletins/2026-Q3.md and bulletins/2026-Q3.html\n", "")
    );
    let written = repo.read("bulletins/2026-Q3.md");
    assert_eq!(written, bulletin_of(repo.path(), "2026-Q3").markdown);
    assert!(repo.read("bulletins/2026-Q3.html").contains("党内资料 · 仅供党员内部传达"));

    let (code, stdout, _) = repo.run(&["bulletin", "2026-Q3", "--as-of", AS_OF]);
    assert_eq!((code, stdout.as_str()), (0, "bulletins/2026-Q3.md and bulletins/2026-Q3.html are unchanged\n"));

    // The quarter has ended: a change is shown, not written.
    repo.edit("items/2026/2026-09-08-5.2.md", "title = \"", "title = \"（更正）");
    let before = repo.snapshot_tree();
    let (code, stdout, stderr) = repo.run(&["bulletin", "2026-Q3", "--as-of", AS_OF]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stdout.starts_with("--- bulletins/2026-Q3.md (on disk)\n+++ bulletins/2026-Q3.md (new)\n"),
        "{stdout}"
    );
    assert!(stdout.lines().any(|l| l.starts_with('+') && l.contains("（更正）")), "{stdout}");
    insta::assert_snapshot!("bulletin_frozen_stderr", stderr);
    assert_eq!(repo.snapshot_tree(), before, "nothing was written");

    let (code, stdout, _) = repo.run(&["bulletin", "2026-Q3", "--force", "--as-of", AS_OF]);
    assert_eq!(code, 0);
    assert!(
        stdout.ends_with("rewrote bulletins/2026-Q3.md and bulletins/2026-Q3.html (--force: it was announced at the members' meeting of 2026-10-16)\n"),
        "{stdout}"
    );
    assert!(repo.read("bulletins/2026-Q3.md").contains("（更正）"));
}

#[test]
fn a_quarter_in_progress_is_kept_up_to_date() {
    let repo = Repo::example();
    let _ = std::fs::remove_dir_all(repo.path().join("bulletins"));
    assert_eq!(repo.run(&["bulletin", "2026-Q4", "--as-of", AS_OF]).0, 0);
    repo.edit("items/2026/2026-10-20-8.2.md", "title = \"", "title = \"（更正）");
    let (code, stdout, _) = repo.run(&["bulletin", "2026-Q4", "--as-of", AS_OF]);
    assert_eq!(
        (code, stdout.as_str()),
        (
            0,
            "updated bulletins/2026-Q4.md and bulletins/2026-Q4.html (the quarter runs until 2026-12-31)\n"
        )
    );
    assert!(repo.read("bulletins/2026-Q4.md").contains("（更正）"));
}

#[test]
fn bulletin_refuses_what_is_not_a_quarter() {
    let repo = Repo::example();
    let (code, _, stderr) = repo.run(&["bulletin", "2026-03", "--as-of", AS_OF]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        "error: \"2026-03\" is a month, not a quarter: a bulletin covers one quarter\n  help: write the quarter as YEAR-Qn, like 2026-Q1\n"
    );
    let (code, _, stderr) = repo.run(&["bulletin", "Q3", "--as-of", AS_OF]);
    assert_eq!(code, 2);
    assert_eq!(stderr, "error: \"Q3\" is not a quarter\n  help: write the quarter as YEAR-Qn, like 2026-Q1\n");
    let (code, _, stderr) = repo.run(&["bulletin", "2027-Q1", "--as-of", AS_OF]);
    assert_eq!(code, 2);
    assert!(stderr.starts_with("error: 2027-Q1 has not started on 2026-11-28"), "{stderr}");
}

/// Writes the example's board and its 2026-Q3 bulletin into `$DISCLOSE_BOARD_OUT`, for
/// tests/browser/check.sh. Does nothing when the variable is not set.
#[test]
fn write_example_board_for_the_browser_check() {
    let Some(out) = std::env::var_os("DISCLOSE_BOARD_OUT") else { return };
    let out = Path::new(&out);
    let root = crate::support::project_root();
    for file in board_of(&root) {
        let path = out.join("site").join(&file.path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, &file.contents).unwrap();
    }
    let bulletin = bulletin_of(&root, "2026-Q3");
    std::fs::create_dir_all(out.join("bulletins")).unwrap();
    std::fs::write(out.join("bulletins/2026-Q3.html"), bulletin.html).unwrap();
    std::fs::write(out.join("bulletins/2026-Q3.md"), bulletin.markdown).unwrap();
}

/// Runs `disclose publish` with `threads` worker threads; it must succeed.
fn publish_with_threads(repo: &Repo, threads: &str) {
    let output = repo
        .cmd(&["publish", "--as-of", AS_OF])
        .env("RAYON_NUM_THREADS", threads)
        .output()
        .expect("run disclose");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
}

#[test]
fn publish_output_is_byte_identical_with_one_thread_and_with_two() {
    let (one, two) = (Repo::example(), Repo::example());
    publish_with_threads(&one, "1");
    publish_with_threads(&two, "2");
    let (a, b) = (one.snapshot_tree(), two.snapshot_tree());
    assert!(
        a.iter().filter(|(path, _)| path.starts_with("site/items/")).count() > 40,
        "the board was not written"
    );
    let paths = |tree: &[(String, Vec<u8>)]| tree.iter().map(|(path, _)| path.clone()).collect::<Vec<_>>();
    assert_eq!(paths(&a), paths(&b));
    for ((path, x), (_, y)) in a.iter().zip(&b) {
        assert!(x == y, "{path} differs between 1 and 2 threads");
    }
}

#[test]
fn list_pages_are_rebuilt_when_what_they_show_changes_and_kept_otherwise() {
    let repo = Repo::example_hand_signed();
    publish_with_threads(&repo, "2");
    let time = |page: &str| std::fs::metadata(repo.path().join(page)).unwrap().modified().unwrap();
    let manifest = repo.read("site/.disclose-manifest");
    for page in [
        "index.html",
        "categories/1.html",
        "archive/2026.html",
        "catalogue.html",
        "feedback.html",
        "feed.xml",
    ] {
        assert!(
            manifest.lines().any(|line| line.contains(" fp:") && line.ends_with(&format!("  {page}"))),
            "{page} has no fingerprint:\n{manifest}"
        );
    }
    let kept = ["site/categories/2.html", "site/archive/2025.html", "site/catalogue.html", "site/feedback.html"];
    let before: Vec<_> = kept.iter().map(|page| time(page)).collect();

    // A new title shows on the item's page and on every list that names the item.
    repo.edit(
        "items/2026/2026-H1-1.1.md",
        "title = \"2026年上半年贯彻落实上级决策部署情况\"",
        "title = \"2026年上半年贯彻落实上级决策部署情况（修订）\"",
    );
    publish_with_threads(&repo, "2");
    for page in ["site/items/2026-H1-1.1.html", "site/categories/1.html", "site/archive/2026.html"] {
        assert!(repo.read(page).contains("决策部署情况（修订）"), "{page} still shows the old title");
    }
    let after: Vec<_> = kept.iter().map(|page| time(page)).collect();
    assert_eq!(before, after, "lists that do not name the item are kept");

    // The same inputs again: the list pages are kept as they are, not rebuilt.
    let index = time("site/index.html");
    let output = repo.cmd(&["publish", "--as-of", AS_OF]).output().expect("run disclose");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("Board: site/ is up to date"), "{stdout}");
    assert_eq!(time("site/index.html"), index);
}

#[test]
fn a_changed_body_rebuilds_its_page_only_and_a_changed_template_every_page() {
    let repo = Repo::example_hand_signed();
    publish_with_threads(&repo, "2");
    let changed = repo.path().join("site/items/2026-H1-1.1.html");
    let other = repo.path().join("site/items/2026-Q3-6.5.html");
    let other_time = std::fs::metadata(&other).unwrap().modified().unwrap();
    repo.edit(
        "items/2026/2026-H1-1.1.md",
        "（一）落实医共体建设部署。",
        "（一）落实医共体建设部署（已修订）。",
    );
    publish_with_threads(&repo, "2");
    assert!(repo.read("site/items/2026-H1-1.1.html").contains("落实医共体建设部署（已修订）。"));
    assert!(
        repo.read("site/feed.xml").contains("落实医共体建设部署（已修订）。"),
        "the feed carries the new body"
    );
    assert_eq!(std::fs::metadata(&other).unwrap().modified().unwrap(), other_time, "an unchanged page is kept");
    assert!(!repo.read("site/index.html").is_empty());

    // A changed template is an input of every item page.
    repo.write("templates/item.html", "<h1>{{ item.title }}</h1>\n{{ item.body_html | safe }}\n");
    publish_with_threads(&repo, "2");
    assert!(repo.read("site/items/2026-Q3-6.5.html").starts_with("<h1>"));
    assert!(std::fs::read_to_string(&changed).unwrap().contains("（已修订）"));
    // A page edited by hand is the tool's: the next publish puts it back.
    repo.write("site/items/2026-Q3-6.5.html", "hand edit");
    publish_with_threads(&repo, "2");
    assert!(repo.read("site/items/2026-Q3-6.5.html").starts_with("<h1>"));
}
