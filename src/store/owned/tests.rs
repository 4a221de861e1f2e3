//! Tests of the owned folder: plans, manifests, every failure, the switch.

use super::manifest::MANIFEST_HEADER;
use super::*;
use crate::store::fault::{with_busy_at, with_fail_at};

fn files<'a>(list: &'a [(&'a str, &'a str)]) -> Vec<(&'a str, &'a [u8])> {
    list.iter().map(|(p, c)| (*p, c.as_bytes())).collect()
}

#[test]
fn writes_only_changes_and_removes_only_its_own_files() {
    let root = tempfile::tempdir().unwrap();
    let owned = OwnedDir::open(root.path(), "site").unwrap();
    let first = files(&[("index.html", "one"), ("items/a.html", "a"), ("items/b.html", "b")]);
    let plan = owned.plan(&first).unwrap();
    assert_eq!(plan.added, ["index.html", "items/a.html", "items/b.html"]);
    owned.apply(&first, &plan).unwrap();
    let site = root.path().join("site");
    let manifest = fs::read_to_string(site.join(MANIFEST_FILE)).unwrap();
    assert!(manifest.contains(&format!("{}  items/a.html\n", content_hash(b"a"))), "{manifest}");

    // A file the user put there, and a page written by hand into a tool folder.
    fs::write(site.join("CNAME"), "board.example").unwrap();
    fs::write(site.join("items/notes.txt"), "mine").unwrap();
    let a_time = fs::metadata(site.join("items/a.html")).unwrap().modified().unwrap();

    let owned = OwnedDir::open(root.path(), "site").unwrap();
    let second = files(&[("index.html", "two"), ("items/a.html", "a")]);
    let plan = owned.plan(&second).unwrap();
    assert_eq!(
        (plan.added.len(), plan.changed.clone(), plan.removed.clone(), plan.unchanged),
        (0, vec!["index.html".to_string()], vec!["items/b.html".to_string()], 1)
    );
    owned.apply(&second, &plan).unwrap();
    assert_eq!(fs::read_to_string(site.join("index.html")).unwrap(), "two");
    assert!(!site.join("items/b.html").exists());
    assert_eq!(
        fs::read_to_string(site.join("CNAME")).unwrap(),
        "board.example",
        "a file not in the manifest is never touched"
    );
    assert_eq!(fs::read_to_string(site.join("items/notes.txt")).unwrap(), "mine");
    assert_eq!(
        fs::metadata(site.join("items/a.html")).unwrap().modified().unwrap(),
        a_time,
        "an unchanged page is not rewritten"
    );

    // Same input again: nothing to do.
    let owned = OwnedDir::open(root.path(), "site").unwrap();
    let plan = owned.plan(&second).unwrap();
    assert!(plan.is_empty() && !plan.manifest_changed, "{plan:?}");
}

#[test]
fn refuses_a_foreign_folder_and_a_foreign_file() {
    let root = tempfile::tempdir().unwrap();
    fs::create_dir_all(root.path().join("site")).unwrap();
    fs::write(root.path().join("site/index.html"), "hand made").unwrap();
    let error = OwnedDir::open(root.path(), "site").unwrap_err();
    assert!(error.message.contains("was not created by disclose"), "{}", error.message);
    assert_eq!(fs::read_to_string(root.path().join("site/index.html")).unwrap(), "hand made");

    // A folder with a manifest that does not list a file that is in the way.
    fs::write(root.path().join("site").join(MANIFEST_FILE), MANIFEST_HEADER).unwrap();
    let owned = OwnedDir::open(root.path(), "site").unwrap();
    let error = owned.plan(&files(&[("index.html", "generated")])).unwrap_err();
    assert!(
        error.message.starts_with("site/index.html exists but was not written by disclose"),
        "{}",
        error.message
    );
    // The same contents are adopted, not refused.
    assert!(owned.plan(&files(&[("index.html", "hand made")])).is_ok());
}

#[test]
fn refuses_the_root_above_it_and_a_repository() {
    let root = tempfile::tempdir().unwrap();
    let repo = root.path().join("repo");
    fs::create_dir_all(repo.join("nested")).unwrap();
    fs::write(repo.join("nested").join(CONFIG_FILE), "").unwrap();
    for bad in [".", "..", "/tmp", "", "../repo"] {
        assert!(OwnedDir::open(&repo, bad).is_err(), "{bad} accepted");
    }
    assert!(OwnedDir::open(&repo, "nested").unwrap_err().message.contains("holds a repository"));
}

#[test]
fn a_manifest_naming_paths_outside_is_not_followed() {
    let root = tempfile::tempdir().unwrap();
    fs::write(root.path().join("keep.md"), "mine").unwrap();
    fs::create_dir_all(root.path().join("site")).unwrap();
    let text = format!("{MANIFEST_HEADER}{}  ../keep.md\n", content_hash(b"mine"));
    fs::write(root.path().join("site").join(MANIFEST_FILE), text).unwrap();
    let owned = OwnedDir::open(root.path(), "site").unwrap();
    let list = files(&[("index.html", "x")]);
    let plan = owned.plan(&list).unwrap();
    assert!(plan.removed.is_empty());
    owned.apply(&list, &plan).unwrap();
    assert_eq!(fs::read_to_string(root.path().join("keep.md")).unwrap(), "mine");
}

/// A temporary folder, in memory where the system has one (these tests sync a lot).
fn scratch() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        if let Ok(dir) = tempfile::tempdir_in(shm) {
            return dir;
        }
    }
    tempfile::tempdir().unwrap()
}

/// Every file below `dir` with its bytes.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().strip_prefix(dir).unwrap().to_string_lossy().into_owned(), fs::read(e.path()).unwrap()))
        .collect()
}

/// The names in `root`, sorted, without the spare board, once it is checked to hold only
/// the board's own files ([`assert_spare_is_the_board`]).
fn names(root: &Path) -> Vec<String> {
    assert_spare_is_the_board(root);
    let mut names: Vec<String> = fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != ".site.disclose-spare")
        .collect();
    names.sort();
    names
}

/// Asserts that every file of the spare board beside `root/site` is the board's file at
/// the same path (the same file on Unix), so that it holds nothing the board does not.
fn assert_spare_is_the_board(root: &Path) {
    let spare = root.join(".site.disclose-spare");
    if !spare.exists() {
        return;
    }
    for entry in walkdir::WalkDir::new(&spare).min_depth(1) {
        let entry = entry.unwrap();
        let relative = entry.path().strip_prefix(&spare).unwrap();
        let live = root.join("site").join(relative);
        assert!(!entry.path_is_symlink(), "a link in the spare: {relative:?}");
        if entry.file_type().is_dir() {
            assert!(live.is_dir(), "{relative:?} is a folder of the spare but not of the board");
            continue;
        }
        assert_eq!(
            fs::read(entry.path()).unwrap(),
            fs::read(&live).unwrap_or_default(),
            "{relative:?} differs from the board's"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            assert_eq!(entry.metadata().unwrap().ino(), fs::metadata(&live).unwrap().ino(), "{relative:?}");
        }
    }
}

fn publish(root: &Path, list: &[(&str, &str)], allow_exchange: bool) -> Result<()> {
    let owned = OwnedDir::open(root, "site").map_err(anyhow::Error::new)?;
    let list = files(list);
    let plan = owned.plan(&list).map_err(anyhow::Error::new)?;
    owned.apply_with(&list, &plan, allow_exchange).map(drop)
}

const OLD: &[(&str, &str)] = &[
    ("index.html", "old index"),
    ("items/a.html", "a"),
    ("items/b.html", "b"),
    ("feed.xml", "old feed"),
];
const NEW: &[(&str, &str)] = &[
    ("index.html", "new index"),
    ("items/a.html", "a"),
    ("items/c.html", "c"),
    ("feed.xml", "new feed"),
];

#[test]
fn a_failure_at_any_step_leaves_the_old_board_or_the_new_one() {
    for allow_exchange in [true, false] {
        let (mut n, mut old_tree, mut new_tree) = (1, None, None);
        loop {
            let root = scratch();
            let site = root.path().join("site");
            publish(root.path(), OLD, allow_exchange).unwrap();
            fs::write(site.join("CNAME"), "board.example").unwrap();
            let before = tree(&site);
            let (result, steps) = with_fail_at(n, || publish(root.path(), NEW, allow_exchange));
            let after = tree(&site);
            if let Err(error) = &result {
                assert!(format!("{error:#}").contains("injected failure"), "{error:#}");
                assert!(
                    after == before || Some(&after) == new_tree.as_ref(),
                    "exchange {allow_exchange}, step {n}: a mixed board {after:?}"
                );
                old_tree.get_or_insert(before);
                // The next run finishes the work and leaves nothing beside the folder.
                publish(root.path(), NEW, allow_exchange).unwrap();
            } else {
                assert!(steps >= 10, "{steps}");
            }
            let done = tree(&site);
            assert_eq!(names(root.path()), ["site"], "exchange {allow_exchange}, step {n}");
            assert_eq!(done.get("CNAME").map(Vec::as_slice), Some(b"board.example".as_slice()));
            assert_eq!(done.get("items/c.html").map(Vec::as_slice), Some(b"c".as_slice()));
            assert!(!done.contains_key("items/b.html"));
            if new_tree.is_none() {
                new_tree = Some(done.clone());
            }
            assert_eq!(Some(&done), new_tree.as_ref());
            if result.is_ok() {
                break;
            }
            n += 1;
        }
        assert!(n > 10 && old_tree.is_some(), "exchange {allow_exchange}: {n} steps");
    }
}

/// Like [`publish`], with the outcome.
fn publish_outcome(root: &Path, list: &[(&str, &str)], allow_exchange: bool) -> Result<Outcome> {
    let owned = OwnedDir::open(root, "site").map_err(anyhow::Error::new)?;
    let list = files(list);
    let plan = owned.plan(&list).map_err(anyhow::Error::new)?;
    owned.apply_with(&list, &plan, allow_exchange)
}

#[test]
fn a_folder_that_cannot_be_switched_is_updated_in_place_with_its_manifest_right() {
    for allow_exchange in [true, false] {
        let (mut n, mut in_place) = (1, 0);
        let clean = scratch();
        publish(clean.path(), OLD, allow_exchange).unwrap();
        fs::write(clean.path().join("site/CNAME"), "board.example").unwrap();
        publish(clean.path(), NEW, allow_exchange).unwrap();
        let new_tree = tree(&clean.path().join("site"));
        loop {
            let root = scratch();
            let site = root.path().join("site");
            publish(root.path(), OLD, allow_exchange).unwrap();
            fs::write(site.join("CNAME"), "board.example").unwrap();
            let before = tree(&site);
            let (result, _) = with_busy_at(n, || publish_outcome(root.path(), NEW, allow_exchange));
            let after = tree(&site);
            match &result {
                Ok(Outcome::InPlace(reason)) => {
                    in_place += 1;
                    assert!(reason.contains("resource busy"), "{reason}");
                }
                Ok(_) => {}
                // A busy failure anywhere but the switch is a failure like any other,
                // and leaves the old board or the new one.
                Err(error) => assert!(after == before || after == new_tree, "step {n}: a mixed board: {error:#}"),
            }
            if result.is_ok() {
                assert_eq!(names(root.path()), ["site"], "step {n}: no staging folder is left");
                assert_eq!(after, new_tree, "exchange {allow_exchange}, step {n}: the board in place is the switched one");
                // The manifest is right: the next run changes nothing.
                let owned = OwnedDir::open(root.path(), "site").unwrap();
                let plan = owned.plan(&files(NEW)).unwrap();
                assert!(plan.is_empty() && !plan.manifest_changed, "step {n}: {plan:?}");
            }
            if matches!(result, Ok(Outcome::Switched)) {
                break;
            }
            n += 1;
        }
        assert!(in_place >= 1, "exchange {allow_exchange}: the busy switch was reached");
    }
}

#[test]
fn an_interrupted_two_step_switch_is_repaired_by_the_next_run() {
    let root = scratch();
    publish(root.path(), OLD, true).unwrap();
    let old_tree = tree(&root.path().join("site"));
    // Killed between the two renames: the old board aside, a staging folder, no site.
    fs::rename(root.path().join("site"), root.path().join(".site.disclose-old")).unwrap();
    fs::create_dir_all(root.path().join(".site.disclose-staging/items")).unwrap();
    fs::write(root.path().join(".site.disclose-staging/items/c.html"), "c").unwrap();
    let owned = OwnedDir::open(root.path(), "site").unwrap();
    let unchanged = files(OLD);
    let plan = owned.plan(&unchanged).unwrap();
    assert!(plan.is_empty(), "the old board is read from where it was put aside: {plan:?}");
    owned.apply(&unchanged, &plan).unwrap();
    assert_eq!(names(root.path()), ["site"]);
    assert_eq!(tree(&root.path().join("site")), old_tree);
    publish(root.path(), NEW, true).unwrap();
    assert_eq!(tree(&root.path().join("site"))["index.html"], b"new index");
}

#[test]
fn leftovers_are_removed_even_when_nothing_changes() {
    let root = scratch();
    publish(root.path(), OLD, true).unwrap();
    fs::create_dir_all(root.path().join(".site.disclose-staging/items")).unwrap();
    fs::create_dir_all(root.path().join(".site.disclose-old")).unwrap();
    publish(root.path(), OLD, true).unwrap();
    assert_eq!(names(root.path()), ["site"]);
}

#[test]
fn an_empty_folder_of_the_user_is_kept_and_emptied_tool_folders_go() {
    let root = scratch();
    publish(root.path(), OLD, true).unwrap();
    fs::create_dir_all(root.path().join("site/uploads")).unwrap();
    // Empty folders inside one another, and one listed last of all.
    fs::create_dir_all(root.path().join("site/photos/2026/q4")).unwrap();
    fs::create_dir_all(root.path().join("site/zz")).unwrap();
    publish(root.path(), &[("index.html", "only")], true).unwrap();
    assert!(root.path().join("site/uploads").is_dir());
    assert!(root.path().join("site/photos/2026/q4").is_dir() && root.path().join("site/zz").is_dir());
    assert!(!root.path().join("site/items").exists());
}

#[cfg(unix)]
#[test]
fn the_new_board_keeps_the_folders_permissions_and_the_pages_files() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let root = scratch();
    let site = root.path().join("site");
    publish(root.path(), OLD, true).unwrap();
    fs::set_permissions(&site, fs::Permissions::from_mode(0o750)).unwrap();
    fs::set_permissions(site.join("items"), fs::Permissions::from_mode(0o710)).unwrap();
    let inode = fs::metadata(site.join("items/a.html")).unwrap().ino();
    publish(root.path(), NEW, true).unwrap();
    assert_eq!(fs::metadata(&site).unwrap().permissions().mode() & 0o777, 0o750);
    assert_eq!(fs::metadata(site.join("items")).unwrap().permissions().mode() & 0o777, 0o710);
    assert_eq!(
        fs::metadata(site.join("items/a.html")).unwrap().ino(),
        inode,
        "an unchanged page is the same file"
    );
}

#[test]
fn a_page_with_the_same_fingerprint_is_kept_without_its_contents() {
    let root = scratch();
    let owned = OwnedDir::open(root.path(), "site").unwrap();
    let build = owned.begin(false).unwrap();
    build.put("items/a.html", b"a", Some("f1")).unwrap();
    build.put("index.html", b"i", None).unwrap();
    let plan = build.plan();
    build.commit(&plan).unwrap();
    let manifest = fs::read_to_string(root.path().join("site").join(MANIFEST_FILE)).unwrap();
    assert!(manifest.contains(&format!("{} fp:f1  items/a.html\n", content_hash(b"a"))), "{manifest}");
    // Written before the manifest's clock tick, as all but the last pages of a real run
    // are (a page of that very tick is compared byte for byte instead).
    let page = fs::File::options().write(true).open(root.path().join("site/items/a.html")).unwrap();
    page.set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(60)).unwrap();

    let owned = OwnedDir::open(root.path(), "site").unwrap();
    let build = owned.begin(false).unwrap();
    assert!(!build.keep("items/a.html", "f2"), "other inputs");
    assert!(!build.keep("index.html", "f1"), "no fingerprint recorded");
    assert!(build.keep("items/a.html", "f1"));
    build.put("index.html", b"i", None).unwrap();
    let plan = build.plan();
    assert!(plan.is_empty() && !plan.manifest_changed && plan.unchanged == 2, "{plan:?}");
    build.commit(&plan).unwrap();
    assert_eq!(names(root.path()), ["site"]);

    // A page changed by hand after the manifest is not kept.
    std::thread::sleep(std::time::Duration::from_millis(20));
    fs::write(root.path().join("site/items/a.html"), "b").unwrap();
    let owned = OwnedDir::open(root.path(), "site").unwrap();
    let build = owned.begin(false).unwrap();
    assert!(!build.keep("items/a.html", "f1"));
}

/// The SHA-256 lines of earlier builds, as they wrote them.
fn sha256_line(contents: &[u8], path: &str) -> String {
    use sha2::Digest as _;
    format!("sha256:{}  {path}\n", crate::hex::hex(&sha2::Sha256::digest(contents)))
}

#[test]
fn manifests_of_earlier_builds_are_read() {
    let text = format!("# disclose-manifest 1\n{}", sha256_line(b"x", "index.html"));
    let map = parse_manifest(&text).unwrap();
    assert!(matches!(map["index.html"].hash, manifest::ContentHash::Sha256(_)));
    assert_eq!(map["index.html"].hash.matches(manifest::ContentHash::of(b"x")), None, "an old hash cannot say");
    assert!(parse_manifest("sha256:zz  index.html\n").is_none());
    assert!(parse_manifest("xxh3:zz  index.html\n").is_none());
    assert!(parse_manifest(&format!("{} xx:1  a\n", content_hash(b"x"))).is_none());
    let written = format!("{} fp:f1  a\n", content_hash(b"x"));
    assert!(
        written.starts_with("xxh3:") && written.len() == "xxh3:".len() + 32 + " fp:f1  a\n".len(),
        "{written}"
    );
    let map = parse_manifest(&written).unwrap();
    assert_eq!(map["a"].hash.matches(manifest::ContentHash::of(b"x")), Some(true));
    assert_eq!(map["a"].hash.matches(manifest::ContentHash::of(b"y")), Some(false));
}

/// A board published by an earlier build (a version 2 manifest of SHA-256 lines) is
/// taken over without rewriting its unchanged pages: each is compared byte for byte
/// once, keeps its modification time, and gets a line of the new form; a page that
/// differs is rewritten.
#[test]
fn a_board_of_an_earlier_build_keeps_its_unchanged_pages() {
    let root = tempfile::tempdir().unwrap();
    let site = root.path().join("site");
    fs::create_dir_all(site.join("items")).unwrap();
    fs::write(site.join("index.html"), "home").unwrap();
    fs::write(site.join("items/a.html"), "a").unwrap();
    let old_header = MANIFEST_HEADER.replace("disclose-manifest 3", "disclose-manifest 2");
    let old = format!("{old_header}{}{}", sha256_line(b"home", "index.html"), sha256_line(b"a", "items/a.html"));
    fs::write(site.join(MANIFEST_FILE), old).unwrap();
    let home_time = fs::metadata(site.join("index.html")).unwrap().modified().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));

    let owned = OwnedDir::open(root.path(), "site").unwrap();
    let next = files(&[("index.html", "home"), ("items/a.html", "b")]);
    let plan = owned.plan(&next).unwrap();
    assert_eq!((plan.changed.clone(), plan.unchanged), (vec!["items/a.html".to_string()], 1), "{plan:?}");
    owned.apply(&next, &plan).unwrap();
    assert_eq!(fs::metadata(site.join("index.html")).unwrap().modified().unwrap(), home_time);
    assert_eq!(fs::read_to_string(site.join("items/a.html")).unwrap(), "b");
    let manifest = fs::read_to_string(site.join(MANIFEST_FILE)).unwrap();
    assert!(manifest.starts_with(MANIFEST_HEADER), "{manifest}");
    assert!(manifest.contains(&format!("{}  index.html\n", content_hash(b"home"))), "{manifest}");
    assert!(!manifest.contains("sha256:"), "{manifest}");

    // From then on the new hashes are trusted: nothing to do.
    let owned = OwnedDir::open(root.path(), "site").unwrap();
    let plan = owned.plan(&next).unwrap();
    assert!(plan.is_empty() && !plan.manifest_changed, "{plan:?}");
}

/// A page an earlier build's manifest lists with its inputs' fingerprint is built again
/// instead of kept, so that its line takes the new form; the file is left as it is.
#[test]
fn an_earlier_builds_line_is_not_kept_by_its_fingerprint() {
    let root = tempfile::tempdir().unwrap();
    let site = root.path().join("site");
    fs::create_dir_all(site.join("items")).unwrap();
    fs::write(site.join("items/a.html"), "a").unwrap();
    let page = fs::File::options().write(true).open(site.join("items/a.html")).unwrap();
    page.set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(60)).unwrap();
    let line = sha256_line(b"a", "items/a.html").replacen("  ", " fp:f1  ", 1);
    fs::write(site.join(MANIFEST_FILE), format!("{MANIFEST_HEADER}{line}")).unwrap();
    let owned = OwnedDir::open(root.path(), "site").unwrap();
    let build = owned.begin(false).unwrap();
    assert!(!build.keep("items/a.html", "f1"));
    build.put("items/a.html", b"a", Some("f1")).unwrap();
    let plan = build.plan();
    assert!(plan.added.is_empty() && plan.changed.is_empty() && plan.manifest_changed, "{plan:?}");
    build.commit(&plan).unwrap();
    let manifest = fs::read_to_string(site.join(MANIFEST_FILE)).unwrap();
    assert!(manifest.contains(&format!("{} fp:f1  items/a.html\n", content_hash(b"a"))), "{manifest}");
}

#[test]
fn unsafe_generated_paths_are_refused() {
    let root = tempfile::tempdir().unwrap();
    let owned = OwnedDir::open(root.path(), "site").unwrap();
    for bad in ["../x.html", "/x.html", "a//b", "a\\b", MANIFEST_FILE, ""] {
        assert!(owned.plan(&files(&[(bad, "x")])).is_err(), "{bad} accepted");
    }
}

/// A board of `n` pages under `items/`, the page `changed` (if any) with other contents.
#[cfg(unix)]
fn pages(n: usize, changed: Option<usize>) -> Vec<(String, String)> {
    (0..n)
        .map(|i| {
            let text = if Some(i) == changed {
                format!("page {i}, changed")
            } else {
                format!("page {i}")
            };
            (format!("items/{i}.html"), text)
        })
        .collect()
}

#[cfg(unix)]
fn publish_pages(root: &Path, list: &[(String, String)]) -> u64 {
    let borrowed: Vec<(&str, &str)> = list.iter().map(|(p, c)| (p.as_str(), c.as_str())).collect();
    let (result, steps) = with_fail_at(u64::MAX, || publish(root, &borrowed, true));
    result.unwrap();
    steps
}

#[cfg(unix)]
#[test]
fn the_old_board_is_kept_as_the_spare_without_what_changed_or_went_away() {
    let root = scratch();
    publish(root.path(), OLD, true).unwrap();
    fs::write(root.path().join("site/CNAME"), "board.example").unwrap();
    publish(root.path(), NEW, true).unwrap();
    // From OLD to NEW the index and the feed changed, b went away, c is new: the spare
    // holds the one unchanged page, as the board's own file, and not the user's file (a
    // file the user deletes or replaces leaves no copy behind).
    let spare = tree(&root.path().join(".site.disclose-spare"));
    assert_eq!(spare.keys().map(String::as_str).collect::<Vec<_>>(), ["items/a.html"]);
    assert_spare_is_the_board(root.path());
    assert_eq!(names(root.path()), ["site"]);

    // Taken back as the staging folder, it is the board again after one more change.
    publish(root.path(), OLD, true).unwrap();
    let board = tree(&root.path().join("site"));
    assert_eq!(board["index.html"], b"old index");
    assert!(board.contains_key("items/b.html") && !board.contains_key("items/c.html"), "{board:?}");
    assert_eq!(board["CNAME"], b"board.example");
    assert_eq!(names(root.path()), ["site"]);
}

#[cfg(unix)]
#[test]
fn a_change_of_one_page_among_many_writes_little_with_the_spare() {
    let root = scratch();
    publish_pages(root.path(), &pages(200, None));
    // Without a spare (the first change), every unchanged page is linked in and the
    // old board removed; with it, the one page is written and the spare's copy of the
    // page before is linked back.
    let without = publish_pages(root.path(), &pages(200, Some(1)));
    let with = publish_pages(root.path(), &pages(200, Some(2)));
    assert!(without > 200, "{without}");
    assert!(with < 30, "with the spare, {with} steps (without, {without})");
    // Nothing to change: the spare is not touched (it is taken only to write a page).
    let spare_before = tree(&root.path().join(".site.disclose-spare"));
    assert!(spare_before.len() >= 198, "{}", spare_before.len());
    assert_eq!(
        publish_pages(root.path(), &pages(200, Some(2))),
        0,
        "a publish with nothing to change changes no file"
    );
    assert_eq!(tree(&root.path().join(".site.disclose-spare")), spare_before);
    let mut board = tree(&root.path().join("site"));
    board.remove(MANIFEST_FILE);
    let expected: BTreeMap<String, Vec<u8>> = pages(200, Some(2)).into_iter().map(|(p, c)| (p, c.into_bytes())).collect();
    assert!(board == expected, "the board is not the pages given");
    assert_eq!(names(root.path()), ["site"]);
}

#[cfg(unix)]
#[test]
fn a_tampered_spare_puts_nothing_on_the_board() {
    let root = scratch();
    publish(root.path(), OLD, true).unwrap();
    publish(root.path(), NEW, true).unwrap();
    let spare = root.path().join(".site.disclose-spare");
    // Someone's files in the spare: a page that is not the board's file (same path, own
    // bytes), a file the board does not have, a link out of it, a folder of their own.
    fs::remove_file(spare.join("items/a.html")).unwrap();
    fs::write(spare.join("items/a.html"), "13800138000").unwrap();
    fs::write(spare.join("secret.html"), "private").unwrap();
    fs::create_dir_all(root.path().join("outside")).unwrap();
    fs::write(root.path().join("outside/x.html"), "outside").unwrap();
    std::os::unix::fs::symlink(root.path().join("outside"), spare.join("linked")).unwrap();
    fs::create_dir_all(spare.join("drafts")).unwrap();
    fs::write(spare.join("drafts/d.html"), "draft").unwrap();
    publish(root.path(), OLD, true).unwrap();
    let board = tree(&root.path().join("site"));
    let expected: BTreeMap<String, Vec<u8>> = OLD.iter().map(|(p, c)| (p.to_string(), c.as_bytes().to_vec())).collect();
    let without_manifest: BTreeMap<String, Vec<u8>> = board.into_iter().filter(|(p, _)| p != MANIFEST_FILE).collect();
    assert_eq!(without_manifest, expected);
    assert!(!root.path().join("site/linked").exists() && !root.path().join("site/drafts").exists());
    assert_eq!(
        fs::read_to_string(root.path().join("outside/x.html")).unwrap(),
        "outside",
        "nothing outside is touched"
    );
    assert_eq!(names(root.path()), ["outside", "site"]);

    // A spare that is a link to another folder is removed as a link, and nothing in
    // that folder is touched.
    fs::remove_dir_all(&spare).unwrap();
    std::os::unix::fs::symlink(root.path().join("outside"), &spare).unwrap();
    publish(root.path(), NEW, true).unwrap();
    assert_eq!(fs::read_to_string(root.path().join("outside/x.html")).unwrap(), "outside");
    assert!(!root.path().join("site/x.html").exists());
    assert!(spare.is_dir() && !fs::symlink_metadata(&spare).unwrap().file_type().is_symlink());
    assert_eq!(names(root.path()), ["outside", "site"]);
}

#[cfg(unix)]
#[test]
fn a_linked_folder_of_the_board_is_never_followed_when_the_spare_is_trimmed() {
    let root = scratch();
    publish(root.path(), &[("index.html", "1"), ("files/a/x.txt", "x")], true).unwrap();
    // The folder moved out of the board and linked back, then its page goes away.
    let outside = root.path().join("outside");
    fs::create_dir_all(&outside).unwrap();
    fs::rename(root.path().join("site/files/a"), outside.join("a")).unwrap();
    std::os::unix::fs::symlink(outside.join("a"), root.path().join("site/files/a")).unwrap();
    publish(root.path(), &[("index.html", "2")], true).unwrap();
    assert_eq!(
        fs::read_to_string(outside.join("a/x.txt")).unwrap(),
        "x",
        "a file outside the board was removed"
    );
    assert_eq!(names(root.path()), ["outside", "site"]);
}

/// A run that failed after removing a withdrawn item's files but before writing the new
/// manifest leaves their folder empty on the board; the next run does not take it for the
/// user's (it would show the withdrawn item's name, and differ from a clean run).
#[test]
fn an_emptied_tool_folder_left_by_a_failed_run_is_not_kept_as_the_users() {
    let root = scratch();
    let with_files = [("index.html", "old"), ("files/x/a.jpg", "a"), ("files/x/b.jpg", "b")];
    publish(root.path(), &with_files, true).unwrap();
    let site = root.path().join("site");
    fs::remove_file(site.join("files/x/a.jpg")).unwrap();
    fs::remove_file(site.join("files/x/b.jpg")).unwrap();
    fs::create_dir_all(site.join("files/mine")).unwrap();
    publish(root.path(), &[("index.html", "new")], true).unwrap();
    assert!(!site.join("files/x").exists(), "the tool's emptied folder is gone");
    assert!(site.join("files/mine").is_dir(), "the user's empty folder stays");
}

/// Removing a folder a withdrawn file leaves empty in the spare taken back fails (a full
/// disk, a pulled cable): the run fails instead of putting the empty folder on the board,
/// and the next run finishes the work.
#[cfg(unix)]
#[test]
fn a_failure_to_prune_an_emptied_folder_fails_the_run() {
    let mut pruned_failures = 0;
    for n in 1.. {
        let copy = scratch();
        publish(copy.path(), &[("index.html", "old"), ("files/x/a.jpg", "a")], true).unwrap();
        publish(copy.path(), &[("index.html", "old, again"), ("files/x/a.jpg", "a")], true).unwrap();
        assert!(copy.path().join(".site.disclose-spare/files/x/a.jpg").is_file());
        let (result, steps) = with_fail_at(n, || publish_outcome(copy.path(), &[("index.html", "new")], false));
        let copy_site = copy.path().join("site");
        match result {
            // The hook was not reached: every step has had its turn.
            Ok(_) if steps < n => break,
            // A failure the run can afford (giving the spare up): the board is right.
            Ok(_) => assert!(!copy_site.join("files").exists(), "step {n} went on and left the folder"),
            Err(error) => {
                let error = format!("{error:#}");
                pruned_failures += usize::from(error.contains("files/x") && !error.contains("a.jpg"));
                publish(copy.path(), &[("index.html", "new")], false).unwrap();
                assert!(!copy_site.join("files").exists(), "step {n}: {error}");
            }
        }
        assert_eq!(fs::read_to_string(copy_site.join("index.html")).unwrap(), "new");
    }
    assert!(pruned_failures > 0, "no step removed the emptied folder");
}

/// A page edited by hand within the clock tick that wrote the manifest has the manifest's
/// very time: it is still seen as edited, and written again.
#[test]
fn a_page_edited_within_the_manifests_tick_is_written_again() {
    let root = scratch();
    publish(root.path(), OLD, true).unwrap();
    let site = root.path().join("site");
    let written = fs::metadata(site.join(MANIFEST_FILE)).unwrap().modified().unwrap();
    fs::write(site.join("items/a.html"), "x").unwrap();
    let page = fs::File::options().write(true).open(site.join("items/a.html")).unwrap();
    page.set_modified(written).unwrap();
    drop(page);
    publish(root.path(), OLD, true).unwrap();
    assert_eq!(fs::read_to_string(site.join("items/a.html")).unwrap(), "a");
}

/// Updated in place (the folder cannot be switched) after a run that removed a withdrawn
/// file and then failed before writing the manifest: the file already gone is no error,
/// and its emptied folder is removed.
#[test]
fn updating_in_place_after_a_failed_removal_finishes_it() {
    let with_files = [("index.html", "old"), ("files/x/a.jpg", "a")];
    for n in 1.. {
        let root = scratch();
        publish(root.path(), &with_files, true).unwrap();
        let site = root.path().join("site");
        fs::remove_file(site.join("files/x/a.jpg")).unwrap();
        let (result, _) = with_busy_at(n, || publish_outcome(root.path(), &[("index.html", "new")], true));
        match result {
            Ok(Outcome::InPlace(_)) => {
                assert!(!site.join("files").exists(), "the emptied folder is removed");
                assert_eq!(fs::read_to_string(site.join("index.html")).unwrap(), "new");
                return;
            }
            Ok(_) => panic!("step {n}: switched without ever being updated in place"),
            Err(_) => {}
        }
    }
}

/// A folder of the tool's that someone removed by hand, with the pages in it, is no error
/// when its pages are no longer produced, whether the board is switched or updated in place.
#[test]
fn a_tool_folder_removed_by_hand_is_no_error() {
    for busy in [false, true] {
        for n in 1.. {
            let root = scratch();
            publish(root.path(), &[("index.html", "old"), ("files/x/y/a.jpg", "a")], true).unwrap();
            fs::remove_dir_all(root.path().join("site/files/x")).unwrap();
            let fail_at = if busy { n } else { u64::MAX };
            let (result, _) = with_busy_at(fail_at, || publish_outcome(root.path(), &[("index.html", "new")], true));
            let site = root.path().join("site");
            match result {
                Ok(outcome) if !busy || matches!(outcome, Outcome::InPlace(_)) => {
                    assert_eq!(fs::read_to_string(site.join("index.html")).unwrap(), "new");
                    assert!(!site.join("files").exists(), "busy {busy}: the emptied folder is removed");
                    break;
                }
                Ok(_) => panic!("step {n}: switched without ever being updated in place"),
                Err(error) => assert!(busy, "{error:#}"),
            }
        }
    }
}
