//! Guarantee 2 against a hostile repository (issue 16, failures 4 and 5): every way of
//! writing a mobile or ID number that once reached the board, in every text that reaches
//! the board, through `disclose check` and `disclose publish`; and a case's own name and
//! contact in its public summary or answer.

use std::fs;
use std::path::{Path, PathBuf};

use crate::support::Repo;

const AS_OF: &str = "2026-11-28";

/// Every reproduction of failure 5, each a way of writing `13812345678` (or an ID).
const REPRODUCTIONS: &[&str] = &[
    "+86 13812345678",
    "+8613812345678",
    "0086-13812345678",
    "138.1234.5678",
    "138/1234/5678",
    "138–1234–5678",
    "138—1234—5678",
    "138\u{2011}1234\u{2011}5678",
    "138\u{A0}1234\u{A0}5678",
    "138\u{3000}1234\u{3000}5678",
    "138  1234  5678",
    "138**1234**5678",
    "138`1234`5678",
    "138[1234](#)5678",
    "&#49;3812345678",
    "&#x31;&#x33;&#x38;12345678",
    "138\\-1234\\-5678",
    "138\u{200B}1234\u{200B}5678",
    "138\u{200D}1234\u{200D}5678",
    "138\u{AD}1234\u{AD}5678",
    "\u{1D7CF}\u{1D7D1}\u{1D7D6}\u{1D7CF}\u{1D7D0}\u{1D7D1}\u{1D7D2}\u{1D7D3}\u{1D7D4}\u{1D7D5}\u{1D7D6}",
    "call13812345678",
    "[联系](tel:+8613812345678)",
    "[联系](tel:%2B86%31%33%38%31%32%33%34%35%36%37%38)",
    "身份证号 510683900101123",
    "身份证号 510683199001011230",
];

/// Every file below `site/`, with its bytes.
fn site(repo: &Repo) -> Vec<(String, Vec<u8>)> {
    repo.snapshot_tree()
        .into_iter()
        .filter(|(path, _)| Path::new(path).starts_with("site"))
        .collect()
}

/// The minimal fixture, published once, so that a refused publish can be seen to leave
/// the board as it was.
fn published() -> Repo {
    let repo = Repo::fixture("minimal");
    let (code, stdout, stderr) = repo.run(&["publish", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    repo
}

/// `check` fails with `code` at `file:line`, `publish` refuses, and the board is what it
/// was: no digit of the number, nor the text as written, in any file under site/.
fn refused_everywhere(repo: &Repo, code: &str, file: &str, line: usize, written: &str) {
    let before = site(repo);
    let (status, stdout, stderr) = repo.run(&["check", "--as-of", AS_OF]);
    assert_eq!(status, 1, "{written:?} in {file}: check should fail\n{stdout}{stderr}");
    let place = format!("--> {file}:{line}:");
    assert!(
        stdout
            .split("error[")
            .any(|finding| finding.starts_with(&format!("{code}]")) && finding.contains(&place)),
        "{written:?}: no [{code}] at {place} in\n{stdout}"
    );
    let (status, stdout, stderr) = repo.run(&["publish", "--as-of", AS_OF]);
    assert_eq!(status, 1, "{written:?} in {file}: publish should refuse\n{stdout}{stderr}");
    assert!(site(repo) == before, "{written:?} in {file}: publish changed the board");
    for (path, bytes) in site(repo) {
        let text = String::from_utf8_lossy(&bytes);
        for needle in ["5678", "0838-1234567", "1234567", "王女士", written] {
            assert!(!text.contains(needle), "{written:?}: {path} holds {needle:?}");
        }
    }
}

/// Appends `line` to an item's body and returns its line number.
fn append_to_body(repo: &Repo, file: &str, line: &str) -> usize {
    let text = repo.read(file);
    let text = format!("{}\n\n{line}\n", text.trim_end());
    repo.write(file, &text);
    text.lines().count()
}

/// Sets a TOML key's string value on the first line starting with `key_line` (`key = `
/// and maybe the start of the old value) and returns the line number.
fn set_value(repo: &Repo, file: &str, key_line: &str, value: &str) -> usize {
    let key = key_line.split(" = ").next().unwrap_or(key_line);
    let text = repo.read(file);
    let escaped = value.replace('\\', "\\\\");
    let mut found = None;
    let lines: Vec<String> = text
        .lines()
        .enumerate()
        .map(|(index, line)| {
            if found.is_none() && line.starts_with(key_line) {
                found = Some(index + 1);
                format!("{key} = \"{escaped}\"")
            } else {
                line.to_string()
            }
        })
        .collect();
    repo.write(file, &(lines.join("\n") + "\n"));
    found.unwrap_or_else(|| panic!("{file} has no line starting {key_line:?}"))
}

/// Approves the catalogue again after an edit, so that only the number is wrong.
fn approve_catalogue(repo: &Repo) {
    let (code, stdout, stderr) = repo.run(&["catalogue", "approve", "--by", "党务公开工作领导小组", "--on", "2026-01-05", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{stdout}{stderr}");
}

#[test]
fn every_reproduction_in_a_public_body_is_refused() {
    for written in REPRODUCTIONS {
        let repo = published();
        let file = "items/2026/2026-01-12-1.2.md";
        let line = append_to_body(&repo, file, &format!("联系方式：{written}。"));
        refused_everywhere(&repo, "personal-data", file, line, written);
    }
}

#[test]
fn every_text_that_reaches_the_board_is_searched() {
    let item = "items/2026/2026-01-12-1.2.md";
    let case = "feedback/2026/2026-03-09-1.md";
    let config = "disclose.toml";
    let catalogue = "catalogue/01-work.toml";
    let places: &[(&str, &str, bool)] = &[
        (item, "title = ", false),
        (case, "summary = ", false),
        (case, "text = ", false),
        (config, "name = ", false),
        (config, "address = ", false),
        (config, "reception_day = ", false),
        (config, "suggestion_box = ", false),
        (catalogue, "title = \"全局", true),
        (catalogue, "owner = \"王书记", true),
    ];
    for (file, key, is_catalogue) in places {
        for written in ["+86 13812345678", "138**1234**5678", "&#49;3812345678", "身份证号 510683900101123"] {
            let repo = published();
            let line = match *key {
                "address = " | "reception_day = " | "suggestion_box = " => {
                    // Keys the fixture does not have: added to their tables.
                    let table = if *key == "address = " { "[organisation]" } else { "[feedback]" };
                    repo.edit(config, &format!("{table}\n"), &format!("{table}\n{key}\"x\"\n"));
                    set_value(&repo, file, key, &format!("值{written}"))
                }
                _ => set_value(&repo, file, key, &format!("值{written}")),
            };
            if *is_catalogue {
                approve_catalogue(&repo);
            }
            refused_everywhere(&repo, "personal-data", file, line, written);
        }
    }
    // An entry's title (not the category's) and an owner of a second entry.
    let repo = published();
    let text = repo
        .read(catalogue)
        .replacen("title = \"党组织机构设置\"", "title = \"党组织机构设置 +86 13812345678\"", 1);
    repo.write(catalogue, &text);
    approve_catalogue(&repo);
    let line = text.lines().position(|l| l.contains("+86 13812345678")).unwrap() + 1;
    refused_everywhere(&repo, "personal-data", catalogue, line, "+86 13812345678");
}

#[test]
fn the_hotline_is_published_on_purpose() {
    let repo = published();
    repo.edit("disclose.toml", "hotline = \"6251071\"", "hotline = \"13812345678\"");
    let (code, stdout, _) = repo.run(&["check", "--as-of", AS_OF]);
    assert!(!stdout.contains("personal-data"), "{stdout}");
    assert_eq!(code, 0, "{stdout}");
}

/// A new case from `张女士`, reached at `0838-1234567`.
fn with_case(repo: &Repo) -> &'static str {
    let output = repo
        .cmd(&[
            "feedback",
            "new",
            "--channel",
            "hotline",
            "--summary",
            "群众反映候诊区座椅不足",
            "--name",
            "王女士",
            "--contact",
            "0838-1234567",
            "--received",
            "2026-11-20",
            "--as-of",
            AS_OF,
        ])
        .write_stdin("候诊区座椅太少。")
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    "2026-11-20-1"
}

#[test]
fn respond_refuses_to_publish_the_persons_name_or_contact() {
    let repo = published();
    let id = with_case(&repo);
    for text in [
        "已电话联系王女士（0838-1234567）并解决",
        "已电话联系（1234567）并解决",
        "已回复，电话 +86 138 1234 5678",
    ] {
        let before = repo.snapshot_tree();
        let (code, stdout, stderr) = repo.run(&["feedback", "respond", id, "--text", text, "--public", "--as-of", AS_OF]);
        assert_eq!(code, 2, "{text}: respond --public should refuse\n{stdout}{stderr}");
        assert!(stderr.contains("--public would put it on the board"), "{stderr}");
        assert!(repo.snapshot_tree() == before, "{text}: a refused respond changed files");
    }
    // Kept private, the same answer is fine.
    let (code, _, stderr) = repo.run(&["feedback", "respond", id, "--text", "已电话联系王女士（0838-1234567）并解决", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{stderr}");
    // Made public by hand, it is an error at the answer's line, and publish refuses.
    let file = "feedback/2026/2026-11-20-1.md";
    repo.edit(file, "public = false", "public = true");
    let line = repo.read(file).lines().position(|l| l.starts_with("text = ")).unwrap() + 1;
    refused_everywhere(&repo, "case-identity-public", file, line, "王女士");
}

#[test]
fn a_hand_edited_summary_holding_the_name_or_contact_is_an_error() {
    for (summary, written) in [("王女士反映候诊区座椅不足", "王女士"), ("群众（0838-1234567）反映座椅不足", "0838-1234567")] {
        let repo = published();
        let file = "feedback/2026/2026-03-09-1.md";
        repo.edit(file, "name = \"张女士\"", "name = \"王女士\"");
        repo.edit(file, "contact = \"13800000001\"", "contact = \"0838-1234567\"");
        let line = set_value(&repo, file, "summary = ", summary);
        refused_everywhere(&repo, "case-identity-public", file, line, written);
    }
}

#[test]
fn feedback_new_refuses_a_summary_with_the_contact() {
    let repo = Repo::fixture("minimal");
    let before = repo.snapshot_tree();
    let (code, _, stderr) = repo.run(&[
        "feedback",
        "new",
        "--channel",
        "hotline",
        "--summary",
        "群众（0838-1234567）反映座椅不足",
        "--contact",
        "0838-1234567",
        "--as-of",
        AS_OF,
    ]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.starts_with("error: --summary gives the person's contact (\"0838-1234567\")"), "{stderr}");
    assert!(repo.snapshot_tree() == before);
    assert!(!fs::exists(repo.path().join("feedback/2026/2026-11-28-1.md")).unwrap_or(true));
}

/// The files outside `items/`, `bulletins/` and `.git` that hold `text`.
fn copies_outside_the_record(repo: &Repo, text: &str) -> Vec<String> {
    repo.snapshot_tree()
        .into_iter()
        .filter(|(path, bytes)| {
            let path = Path::new(path);
            !["items", "bulletins", ".git"].iter().any(|folder| path.starts_with(folder)) && String::from_utf8_lossy(bytes).contains(text)
        })
        .map(|(path, _)| path)
        .collect()
}

/// Guarantee 1 with the spare board that publish keeps beside the site folder: a page
/// taken off the board leaves no copy of it anywhere, and files planted in the spare never
/// reach the board.
#[test]
fn a_page_taken_off_the_board_leaves_no_copy_and_a_planted_spare_publishes_nothing() {
    let repo = published();
    let body = "公示期为2026年3月4日至3月10日";
    let on_board = copies_outside_the_record(&repo, body);
    assert!(on_board.contains(&"site/items/2026-03-02-2.1.html".to_string()), "{on_board:?}");
    assert!(on_board.iter().all(|path| path.starts_with("site/")), "{on_board:?}");
    repo.edit(
        "items/2026/2026-03-02-2.1.md",
        "title = \"拟提拔干部任前公示\"",
        "scope = \"members\"\ntitle = \"拟提拔干部任前公示\"",
    );
    let (code, stdout, stderr) = repo.run(&["publish", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(repo.path().join(".site.disclose-spare").is_dir(), "the old board is kept as the spare");
    assert_eq!(
        copies_outside_the_record(&repo, body),
        Vec::<String>::new(),
        "a copy of the page taken off is left"
    );

    // Planted in the spare: a members-only page, and two of the board's files replaced
    // (one that the next publish rewrites, one that it keeps).
    let spare = repo.path().join(".site.disclose-spare");
    fs::create_dir_all(spare.join("items")).expect("folder");
    fs::write(spare.join("items/2026-03-02-2.1.html"), "党员内部 13812345678").expect("write");
    for kept_or_not in ["index.html", "style.css"] {
        fs::remove_file(spare.join(kept_or_not)).ok();
        fs::write(spare.join(kept_or_not), "<script>alert(1)</script>").expect("write");
    }
    repo.edit("items/2026/2026-03-20-2.2.md", "+++\nentry", "+++\nscope = \"members\"\nentry");
    let (code, stdout, stderr) = repo.run(&["publish", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    for (path, bytes) in site(&repo) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("党员内部") && !text.contains("alert(1)"), "{path} holds a planted file's text");
    }
    assert!(!repo.path().join("site/items/2026-03-02-2.1.html").exists());
    assert_eq!(
        copies_outside_the_record(&repo, "党员内部"),
        Vec::<String>::new(),
        "the planted file is removed"
    );
}

/// An item with two attachments taken off the board while a spare board is there: the
/// folders its files leave empty in the spare are removed, and the first publish applies
/// the withdrawal (it once failed syncing a folder a later removal had already pruned).
#[test]
fn withdrawing_an_item_with_attachments_beside_a_spare_publishes_at_once() {
    let repo = Repo::example();
    for round in 0..2 {
        if round == 1 {
            let index = repo.read("site/index.html");
            repo.write("site/index.html", &format!("{index}<!-- -->\n"));
        }
        let (code, stdout, stderr) = repo.run(&["publish", "--as-of", "2026-11-28"]);
        assert_eq!(code, 0, "{stdout}{stderr}");
    }
    assert!(
        repo.path().join(".site.disclose-spare/files/2024-03-11-8.1").is_dir(),
        "the spare holds the attachments"
    );
    repo.edit("items/2024/2024-03-11-8.1.md", "entry = \"8.1\"\n", "entry = \"8.1\"\nscope = \"members\"\n");
    let (code, stdout, stderr) = repo.run(&["correct", "2024-03-11-8.1", "--reason", "narrow", "--as-of", "2026-11-28"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    let (code, stdout, stderr) = repo.run(&["publish", "--as-of", "2026-11-28"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(!repo.path().join("site/items/2024-03-11-8.1.html").exists());
    assert!(!repo.path().join("site/files/2024-03-11-8.1").exists());
    assert!(!repo.path().join(".site.disclose-spare/files/2024-03-11-8.1").exists());
}

/// The files below `folder` whose bytes hold `text`.
fn files_holding(folder: &Path, text: &str) -> Vec<String> {
    walkdir::WalkDir::new(folder)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_file())
        .filter(|entry| fs::read(entry.path()).is_ok_and(|bytes| String::from_utf8_lossy(&bytes).contains(text)))
        .map(|entry| entry.path().display().to_string())
        .collect()
}

/// Edits the published board's index by hand and publishes again, so that the board the
/// publish replaces is kept as the spare beside the site; returns the spare's folder.
fn publish_with_a_spare(repo: &Repo) -> PathBuf {
    let index = repo.read("site/index.html");
    repo.write("site/index.html", &format!("{index}<!-- -->\n"));
    let (code, stdout, stderr) = repo.run(&["publish", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    let spare = repo.path().join(".site.disclose-spare");
    assert!(spare.is_dir(), "publish keeps a spare board");
    spare
}

/// A file the secretary put into `site/` by mistake and then deleted, or one replaced by
/// an editor that writes a new file, leaves no copy in the spare board beside the site.
#[test]
fn a_users_file_deleted_or_replaced_in_the_site_folder_leaves_no_copy_in_the_spare() {
    let repo = published();
    repo.write("site/notes.txt", "党员内部名单草稿\n");
    repo.write("site/CNAME", "old.example.org\n");
    let spare = publish_with_a_spare(&repo);
    fs::remove_file(repo.path().join("site/notes.txt")).expect("delete the notes");
    let cname = repo.path().join("site/CNAME");
    fs::write(repo.path().join("site/CNAME.new"), "new.example.org\n").expect("write");
    fs::rename(repo.path().join("site/CNAME.new"), &cname).expect("replace CNAME");
    assert_eq!(files_holding(&spare, "党员内部名单草稿"), Vec::<String>::new());
    assert_eq!(files_holding(&spare, "old.example.org"), Vec::<String>::new());
    let (code, stdout, stderr) = repo.run(&["publish", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert_eq!(repo.read("site/CNAME"), "new.example.org\n");
    assert!(!repo.path().join("site/notes.txt").exists());
}

/// The same for a file of the user's whose name is not UTF-8: it is trimmed from the
/// spare by its own name, not a lossy copy of it.
#[cfg(unix)]
#[test]
fn a_users_file_with_a_name_that_is_not_utf8_leaves_no_copy_in_the_spare() {
    use std::os::unix::ffi::OsStrExt;
    let repo = published();
    let name = std::ffi::OsStr::from_bytes(b"notes-\xff.txt");
    fs::write(repo.path().join("site").join(name), "党员内部名单草稿\n").expect("write the notes");
    let spare = publish_with_a_spare(&repo);
    assert!(repo.path().join("site").join(name).is_file(), "the user's file stays on the board");
    assert_eq!(files_holding(&spare, "党员内部名单草稿"), Vec::<String>::new());
}
