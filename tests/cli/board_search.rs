//! The board, further (issue 19): the 落款 on item pages, staged matters grouped on
//! category pages, the search page and its index (public text only, rebuilt only where
//! items changed), the printable notice of each quarter with QR codes when
//! `[publish] base_url` is set, and that key's checks.

use std::path::Path;

use chrono::NaiveDate;
use disclose::render::board::build_board;
use disclose::render::OutputFile;

use crate::support::Repo;

const AS_OF: &str = "2026-11-28";

fn board_of(path: &Path) -> Vec<OutputFile> {
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let (repo, _) = disclose::load::load_repo(path).expect("load the repository");
    let list = disclose::obligations::obligations(&repo, as_of);
    build_board(&repo, &list, as_of).expect("build the board")
}

fn page(files: &[OutputFile], path: &str) -> String {
    let file = files.iter().find(|f| f.path == path).unwrap_or_else(|| panic!("no page {path}"));
    String::from_utf8(file.contents.clone()).expect("pages are UTF-8")
}

/// Every file of the search index, concatenated.
fn index_text(files: &[OutputFile]) -> String {
    files
        .iter()
        .filter(|f| f.path.starts_with("search/"))
        .map(|f| String::from_utf8_lossy(&f.contents).into_owned())
        .collect()
}

#[test]
fn item_pages_end_with_the_organisation_and_the_date_of_publication() {
    let files = board_of(Repo::example().path());
    let item = page(&files, "items/2026-Q3-6.5.html");
    let body_end = item.find("<div class=\"signature\">").expect("a 落款");
    let signature = &item[body_end..];
    assert!(item[..body_end].contains("<div class=\"body\">"), "the 落款 comes after the text");
    assert!(signature.contains("<p>中共绵竹市孝德镇卫生院支部委员会</p>"), "{signature}");
    assert!(signature.contains("<time datetime=\"2026-10-"), "{signature}");
    assert!(!item.contains("qr-code"), "no QR code without base_url");
}

#[test]
fn staged_matters_are_grouped_in_stage_order_with_the_final_stage_marked() {
    let repo = Repo::example();
    let files = board_of(repo.path());
    let category = page(&files, "categories/3.html");
    insta::assert_snapshot!("board_category_3", category);
    let first = category.find("提出换届申请并报批").unwrap();
    let last = category.find("上级党委批复选举结果").unwrap();
    assert!(first < last, "stages in stage order, not newest first");
    assert!(category.contains("2026年支部委员会换届选举 <span class=\"badge done\">已完结</span>"));

    // Without its final stage, a matter is in progress.
    repo.edit("items/2026/2026-06-26-2.4.md", "final = true\n", "");
    let files = board_of(repo.path());
    let category = page(&files, "categories/2.html");
    assert!(category.contains("<span class=\"badge open\">进行中</span>"), "{category}");
    assert!(!category.contains("badge done"), "{category}");
}

#[test]
fn the_search_page_is_linked_from_every_page_and_says_what_to_do_without_javascript() {
    let files = board_of(Repo::example().path());
    for path in [
        "index.html",
        "items/2026-H1-1.1.html",
        "categories/1.html",
        "archive/2026.html",
        "catalogue.html",
    ] {
        let root = if path.contains('/') { "../" } else { "" };
        assert!(
            page(&files, path).contains(&format!("<a href=\"{root}search.html\"")),
            "{path} has no search link"
        );
    }
    let search = page(&files, "search.html");
    insta::assert_snapshot!("board_search", search);
    assert!(search.contains("<noscript>") && search.contains("href=\"catalogue.html\""));
    let manifest = page(&files, "search/manifest.js");
    // One shard per quarter of publication, oldest first: the quarters of the notices.
    let quarters: Vec<String> = files
        .iter()
        .filter_map(|f| f.path.strip_prefix("print/")?.strip_suffix(".html"))
        .filter(|name| !name.ends_with("-a3"))
        .map(|quarter| format!("\"{quarter}.js\""))
        .collect();
    assert!(quarters.len() > 3, "{quarters:?}");
    let expected = format!("window.discloseSearch.shards([{}]);", quarters.join(","));
    assert_eq!(manifest.lines().nth(1), Some(expected.as_str()));
}

#[test]
fn the_index_holds_public_text_as_rendered_and_nothing_else() {
    let repo = Repo::example();
    repo.edit(
        "items/2026/2026-H1-1.1.md",
        "（一）落实医共体建设部署。",
        "（一）落实医共体建设部署PUBLIC-BODY-1。",
    );
    let body = repo.read("items/2026/2026-Q2-3.5.md");
    repo.write("items/2026/2026-Q2-3.5.md", &format!("{body}\nMEMBERS-BODY-1\n"));
    let files = board_of(repo.path());
    let index = index_text(&files);
    assert!(index.contains("（一）落实医共体建设部署PUBLIC-BODY-1。"), "the text as rendered, without **");
    assert!(index.contains("\"h\":\"items/2026-H1-1.1.html\""));
    assert!(!index.contains("MEMBERS-BODY-1"), "a members item is in the search index");
    assert!(!index.contains("2026年第二季度党费收缴情况"), "a members title is in the search index");
    assert!(!index.contains("<strong>") && !index.contains("**"), "markup in the index");
}

#[test]
fn an_unchanged_publish_writes_no_search_file_and_a_changed_body_rewrites_its_shard() {
    let repo = Repo::example_hand_signed();
    let publish = || {
        let (code, stdout, stderr) = repo.run(&["publish", "--as-of", AS_OF]);
        assert_eq!(code, 0, "{stderr}");
        stdout
    };
    publish();
    // 2026-H1-1.1 was published in the third quarter.
    let shard = repo.path().join("site/search/2026-Q3.js");
    let time = || std::fs::metadata(&shard).unwrap().modified().unwrap();
    let before = time();
    assert!(publish().contains("Board: site/ is up to date"));
    assert_eq!(time(), before, "an unchanged shard is kept");
    repo.edit(
        "items/2026/2026-H1-1.1.md",
        "（一）落实医共体建设部署。",
        "（一）落实医共体建设部署（已修订）。",
    );
    publish();
    assert!(repo.read("site/search/2026-Q3.js").contains("落实医共体建设部署（已修订）。"));
}

#[test]
fn only_the_shard_of_a_changed_item_is_rewritten() {
    let repo = Repo::example_hand_signed();
    // 230 more public items (1.3, immediate) in 2025, published in its first three quarters.
    let first = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    for n in 0..230 {
        let event = first + chrono::Days::new(n);
        let next = event + chrono::Days::new(1);
        repo.write(
            &format!("items/2025/{event}-1.3.md"),
            &format!(
                "+++\nentry = \"1.3\"\ntitle = \"决定第{n}号\"\nevent = {event}\nprepared_by = \"廖敏\"\nreviewed_by = \"叶成刚\"\nreviewed_on = {next}\napproved_by = \"舒军\"\napproved_on = {next}\npublished_on = {next}\n+++\n支部委员会研究决定第{n}号事项。\n"
            ),
        );
    }
    let publish = || {
        let (code, stdout, stderr) = repo.run(&["publish", "--as-of", AS_OF]);
        assert_eq!(code, 0, "{stdout}{stderr}");
    };
    publish();
    let manifest = repo.read("site/search/manifest.js");
    assert!(
        manifest.contains("\"2025-Q1.js\",\"2025-Q2.js\",\"2025-Q3.js\","),
        "a shard per quarter of publication: {manifest}"
    );
    assert!(repo.read("site/search/2025-Q2.js").contains("决定第100号"));
    let time = |shard: &str| std::fs::metadata(repo.path().join(shard)).unwrap().modified().unwrap();
    let (old, new) = (time("site/search/2025-Q2.js"), time("site/search/2026-Q3.js"));
    // 2026-H1-1.1 was published in 2026's third quarter.
    repo.edit(
        "items/2026/2026-H1-1.1.md",
        "（一）落实医共体建设部署。",
        "（一）落实医共体建设部署（已修订）。",
    );
    publish();
    assert_eq!(time("site/search/2025-Q2.js"), old, "the shard of unchanged items is kept");
    assert_ne!(time("site/search/2026-Q3.js"), new, "the changed item's shard is rewritten");
    assert!(repo.read("site/search/2026-Q3.js").contains("（已修订）"));
}

#[test]
fn the_print_page_of_a_quarter_holds_its_public_items_in_catalogue_order() {
    let files = board_of(Repo::example().path());
    let print = page(&files, "print/2026-Q3.html");
    assert!(!print.contains("site-nav") && !print.contains("<script"), "printed without navigation");
    assert!(print.contains("<html lang=\"zh-CN\" class=\"notice-page\">"));
    let a3 = page(&files, "print/2026-Q3-a3.html");
    assert!(a3.contains("class=\"notice-page a3\""));
    assert!(print.contains("本页按 A4 纸纵向排版") && !print.contains("本页按 A3"), "the A4 notice says A4");
    assert!(a3.contains("本页按 A3 纸纵向排版") && !a3.contains("本页按 A4"), "the A3 notice says A3");
    assert!(print.contains("<a href=\"2026-Q3-a3.html\">A3 纸张贴版</a>"), "A4 links to A3");
    assert!(a3.contains("<a href=\"2026-Q3.html\">A4 纸张贴版</a>"), "A3 links back to A4");
    // Published in 2026-Q3: 1.1 (07-09), 2.1, 6.5 …; not 3.5 (members), not 6.6 (restricted).
    let at = |text: &str| print.find(text).unwrap_or_else(|| panic!("{text} missing"));
    assert!(
        at("2026年上半年贯彻落实上级决策部署情况") < at("2026年上半年学习型党组织建设情况"),
        "1.1 before 2.1"
    );
    assert!(!print.contains("党费收缴情况") && !print.contains("党内警告处分的决定"), "only public items");
    assert_eq!(
        print.matches("<div class=\"signature\">").count(),
        print.matches("<article class=\"notice-item\"").count()
    );
    assert!(!print.contains("qr-code"), "no QR code without base_url");
    let archive = page(&files, "archive/2026.html");
    assert!(
        archive.contains("<a href=\"../print/2026-Q3.html\">2026年第三季度</a>"),
        "the archive links the notices"
    );
}

#[test]
fn with_base_url_the_notice_and_item_pages_carry_qr_codes_of_their_addresses() {
    let repo = Repo::example();
    repo.edit("disclose.toml", "[publish]\n", "[publish]\nbase_url = \"https://djgk.example.org/xd\"\n");
    let files = board_of(repo.path());
    let print = page(&files, "print/2026-Q3.html");
    let items = print.matches("<article class=\"notice-item\"").count();
    assert_eq!(print.matches("class=\"qr-code\"").count(), items + 1, "one per item and one for the board");
    assert!(print.contains("https://djgk.example.org/xd/items/2026-H1-1.1.html"));
    assert!(print.contains("https://djgk.example.org/xd/</figcaption>"));
    let item = page(&files, "items/2026-H1-1.1.html");
    assert!(
        item.contains("<figure class=\"qr print-only\"><svg role=\"img\" aria-label=\"扫码查看网上原文\""),
        "{item}"
    );
}

#[test]
fn a_bad_base_url_is_reported_where_it_is_written() {
    let repo = Repo::example();
    repo.edit("disclose.toml", "[publish]\n", "[publish]\nbase_url = \"djgk.example.org/?x=1\"\n");
    let (code, stdout, stderr) = repo.run(&["check", "--as-of", AS_OF]);
    assert_ne!(code, 0, "{stdout}");
    let text = format!("{stdout}{stderr}");
    assert!(text.contains("disclose.toml:"), "{text}");
    assert!(
        text.contains("`base_url` is \"djgk.example.org/?x=1\": it must start with https:// or http://"),
        "{text}"
    );
}

#[test]
fn the_english_board_searches_and_prints_in_english() {
    let repo = Repo::example();
    repo.edit("disclose.toml", "locale = \"zh-CN\"", "locale = \"en\"");
    let files = board_of(repo.path());
    let search = page(&files, "search.html");
    assert!(search.contains("<label for=\"q\">Search the board</label>") && search.contains("data-none=\"Nothing disclosed contains that text.\""));
    assert!(page(&files, "print/2026-Q3.html").contains("<h1>Disclosures, Q3 2026"));
    assert!(page(&files, "categories/3.html").contains("badge done\">completed</span>"));
}
