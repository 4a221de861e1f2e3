//! Fault injection and kill -9: `publish`, `approve` and `feedback respond` are run with
//! `DISCLOSE_FAIL_AT=N` for every N until they succeed, and a large `publish` is killed at
//! several moments. After each failure every file must be the old one or the new one,
//! whole, and the site folder the old board or the new one, never a mix.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use tempfile::TempDir;

use crate::support::{copy_dir, project_root, without_spare};

const AS_OF: &str = "2026-11-28";

type Tree = BTreeMap<String, Vec<u8>>;

/// A temporary folder, in memory where the system has one: these tests copy and read
/// whole repositories hundreds of times.
fn scratch() -> TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        if let Ok(dir) = tempfile::Builder::new().prefix("disclose-faults-").tempdir_in(shm) {
            return dir;
        }
    }
    tempfile::tempdir().expect("temporary folder")
}

fn binary() -> PathBuf {
    assert_cmd::cargo::cargo_bin("disclose")
}

fn command(dir: &Path, args: &[&str], fail_at: Option<u64>) -> Command {
    let mut cmd = Command::new(binary());
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .env("DISCLOSE_LANG", "en")
        .env_remove("EDITOR")
        .env_remove("VISUAL")
        .args(args);
    match fail_at {
        Some(n) => cmd.env("DISCLOSE_FAIL_AT", n.to_string()),
        None => cmd.env_remove("DISCLOSE_FAIL_AT"),
    };
    cmd
}

/// Runs the binary; returns (exit code, stderr).
fn run(dir: &Path, args: &[&str], fail_at: Option<u64>) -> (i32, String) {
    let output = command(dir, args, fail_at).stdin(Stdio::null()).output().expect("run disclose");
    (output.status.code().unwrap_or(-1), String::from_utf8_lossy(&output.stderr).into_owned())
}

fn ok(dir: &Path, args: &[&str]) {
    let (code, err) = run(dir, args, None);
    assert_eq!(code, 0, "disclose {args:?} failed: {err}");
}

/// Every file below `root`, by `/`-separated relative path, except the spare board
/// (checked to hold only the board's files: [`without_spare`]).
fn tree(root: &Path) -> Tree {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(root).sort_by_file_name() {
        let entry = entry.expect("walk");
        if !entry.file_type().is_dir() {
            let relative = entry.path().strip_prefix(root).expect("prefix");
            let key = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            files.push((key, fs::read(entry.path()).unwrap_or_default()));
        }
    }
    without_spare(files).into_iter().collect()
}

/// The part of a tree under `folder/`, with that prefix removed.
fn part(tree: &Tree, folder: &str) -> Tree {
    let prefix = format!("{folder}/");
    tree.iter()
        .filter_map(|(path, bytes)| path.strip_prefix(&prefix).map(|p| (p.to_string(), bytes.clone())))
        .collect()
}

/// Everything outside the site folder.
fn outside_site(tree: &Tree) -> Tree {
    tree.iter()
        .filter(|(path, _)| !path.starts_with("site/"))
        .map(|(p, b)| (p.clone(), b.clone()))
        .collect()
}

/// Asserts that every file of `now` outside the site folder is the one of `before` or the
/// one of `after` (a missing file counts as a version only where it is missing there),
/// ignoring the paths `allowed` says a failed run may leave.
fn assert_each_file_old_or_new(now: &Tree, before: &Tree, after: &Tree, allowed: impl Fn(&str) -> bool, what: &str) {
    let paths: BTreeSet<&String> = now.keys().chain(before.keys()).chain(after.keys()).collect();
    for path in paths {
        if path.starts_with("site/") || (allowed(path) && !before.contains_key(path) && !after.contains_key(path)) {
            continue;
        }
        let (current, old, new) = (now.get(path), before.get(path), after.get(path));
        assert!(
            current == old || current == new,
            "{what}: {path} is neither the old nor the new version ({} bytes; old {}, new {})",
            current.map_or(-1, |b| b.len() as i64),
            old.map_or(-1, |b| b.len() as i64),
            new.map_or(-1, |b| b.len() as i64),
        );
    }
}

/// A leftover of an interrupted switch, which the next publish removes.
fn is_switch_leftover(path: &str) -> bool {
    path.starts_with(".site.disclose-staging/") || path.starts_with(".site.disclose-old/")
}

/// True for the temporary file of an atomic write (`.disclose-XXXXXX.tmp`), which a run
/// killed in the middle of that write leaves beside its target (the README's *Safety*;
/// a later write in that folder removes it once it is ten minutes old).
fn is_killed_write(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.strip_prefix(".disclose-")
        .and_then(|rest| rest.strip_suffix(".tmp"))
        .is_some_and(|middle| middle.len() >= 6 && middle.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The example repository (no site yet), in `dir`.
fn example_in(dir: &Path) {
    let root = project_root();
    fs::copy(root.join("disclose.toml"), dir.join("disclose.toml")).expect("copy disclose.toml");
    for folder in ["catalogue", "items", "feedback", "calendar", "bulletins"] {
        if root.join(folder).is_dir() {
            copy_dir(&root.join(folder), &dir.join(folder));
        }
    }
}

/// A copy of `template` in a fresh folder.
fn copy_of(template: &Path) -> TempDir {
    let dir = scratch();
    copy_dir(template, dir.path());
    dir
}

/// How many file-system steps `args` takes in `repo` (a copy, which it changes), as the
/// fault hook counts them (`DISCLOSE_FAIL_STEPS`).
fn steps_of(repo: &Path, args: &[&str]) -> u64 {
    let report = repo.join(".steps");
    let output = command(repo, args, None)
        .env("DISCLOSE_FAIL_STEPS", &report)
        .stdin(Stdio::null())
        .output()
        .expect("run disclose");
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    fs::read_to_string(&report).expect("the step count").trim().parse().expect("a number")
}

/// Runs `args` on a copy of `template` with `DISCLOSE_FAIL_AT` = 1, 2, 3, … up to the
/// number of steps a clean run takes, checking every file after every failure; returns
/// how many steps failed the command. A step whose failure the command can afford (giving
/// the spare board up) lets it succeed: then its files must be a clean run's.
fn every_failure(template: &Path, args: &[&str], retry: bool) -> u64 {
    let before = tree(template);
    let clean = copy_of(template);
    ok(clean.path(), args);
    let after = tree(clean.path());
    assert_ne!(before, after, "{args:?} changes nothing: the test would prove nothing");
    let (old_site, new_site) = (part(&before, "site"), part(&after, "site"));
    let steps = steps_of(copy_of(template).path(), args);

    let mut failed = 0;
    for n in 1..=steps + 1 {
        let repo = copy_of(template);
        let (code, err) = run(repo.path(), args, Some(n));
        let now = tree(repo.path());
        let what = format!("{args:?} with DISCLOSE_FAIL_AT={n} of {steps}");
        if code == 0 {
            assert_eq!(now, after, "{what}: succeeded with other files than a clean run");
            continue;
        }
        assert!(n <= steps, "{what}: the run failed with no step failing: {err}");
        failed += 1;
        assert_eq!(code, 2, "{what}: {err}");
        assert!(
            err.starts_with("error: ") && err.contains("injected failure (DISCLOSE_FAIL_AT="),
            "{what}: {err}"
        );
        assert!(!err.contains("panicked"), "{what}: {err}");
        let site = part(&now, "site");
        assert!(site == old_site || site == new_site, "{what}: site/ is a mix of the old and the new board");
        // Only a failure to remove the old board after the switch may leave a folder beside
        // the site, and it says so.
        let leftover = now.keys().any(|p| is_switch_leftover(p));
        assert!(!leftover || err.contains("the next publish removes it"), "{what}: {err}");
        assert_each_file_old_or_new(&now, &before, &after, is_switch_leftover, &what);
        assert!(!repo.path().join(".disclose.lock").exists(), "{what}: the lock was left behind");
        if retry && (n % 8 == 0 || leftover) {
            // Running the command again finishes the work.
            ok(repo.path(), args);
            assert_eq!(outside_site(&tree(repo.path())), outside_site(&after), "{what}, then again");
            assert_eq!(part(&tree(repo.path()), "site"), new_site, "{what}, then again");
        }
    }
    failed
}

/// The example with a board from an earlier publish and the draft 2026-Q4-2.3 reviewed
/// and approved: publishing stamps it, changes the board and the bulletin of 2026-Q4.
fn ready_to_publish() -> TempDir {
    let dir = scratch();
    example_in(dir.path());
    ok(dir.path(), &["publish", "--as-of", AS_OF]);
    fs::write(dir.path().join("site/CNAME"), "board.example.org\n").expect("write CNAME");
    ok(dir.path(), &["review", "2026-Q4-2.3", "--by", "廖敏", "--as-of", AS_OF]);
    ok(dir.path(), &["approve", "2026-Q4-2.3", "--by", "舒军", "--as-of", AS_OF]);
    dir
}

#[test]
fn publish_failing_at_every_step_leaves_old_or_new_files_and_board() {
    let template = ready_to_publish();
    let before = tree(template.path());
    let steps = every_failure(template.path(), &["publish", "--as-of", AS_OF], true);
    assert!(steps > 50, "the item, every page, the switch and the bulletin are counted: {steps}");

    // The successful run kept the unchanged pages' files (and modification times).
    let repo = copy_of(template.path());
    let site = repo.path().join("site");
    let times: BTreeMap<String, _> = part(&before, "site")
        .into_keys()
        .map(|path| {
            let time = fs::metadata(site.join(&path)).and_then(|m| m.modified()).expect("time");
            (path, time)
        })
        .collect();
    ok(repo.path(), &["publish", "--as-of", AS_OF]);
    let after = part(&tree(repo.path()), "site");
    let old = part(&before, "site");
    let mut unchanged = 0;
    for (path, time) in &times {
        if after.get(path) == old.get(path) {
            unchanged += 1;
            assert_eq!(
                fs::metadata(site.join(path)).and_then(|m| m.modified()).ok().as_ref(),
                Some(time),
                "{path} was rewritten"
            );
        }
    }
    assert!(unchanged > 0 && after.contains_key("CNAME"), "{unchanged}");
}

#[test]
fn approve_failing_at_every_step_leaves_the_item_old_or_new() {
    let dir = scratch();
    example_in(dir.path());
    ok(dir.path(), &["review", "2026-Q4-2.3", "--by", "廖敏", "--as-of", AS_OF]);
    let steps = every_failure(dir.path(), &["approve", "2026-Q4-2.3", "--by", "舒军", "--as-of", AS_OF], false);
    assert!(steps >= 5, "lock, temporary file, write, sync, rename: {steps}");
}

#[test]
fn feedback_respond_failing_at_every_step_leaves_the_case_old_or_new() {
    let dir = scratch();
    example_in(dir.path());
    let args = [
        "feedback",
        "respond",
        "2026-11-24-1",
        "--text",
        "自12月起，周六上午增设儿童预防接种门诊。",
        "--public",
        "--on",
        AS_OF,
        "--as-of",
        AS_OF,
    ];
    let steps = every_failure(dir.path(), &args, false);
    assert!(steps >= 4, "temporary file, write, sync, rename: {steps}");
}

// ---------------------------------------------------------------- kill -9

/// A public item of entry 1.3 (immediate), reviewed and approved; `n` makes it unique.
fn large_item(n: usize, body: &str, published: bool) -> String {
    let day = 1 + n % 19;
    let published = if published { "published_on = 2026-11-20\n" } else { "" };
    format!(
        "+++\nentry = \"1.3\"\ntitle = \"第{n}号决定的执行情况\"\nevent = 2026-11-{day:02}\nprepared_by = \"王晓燕\"\nreviewed_by = \"廖敏\"\nreviewed_on = 2026-11-{day:02}\napproved_by = \"舒军\"\napproved_on = 2026-11-{day:02}\n{published}+++\n{body}\n"
    )
}

const LARGE: usize = 2_000;

/// The example with 2,000 more public items published on 2026-11-20 (the old board), then
/// half of them edited and one more approved but unpublished: publishing rewrites about
/// half of the item pages, the lists and the feed.
fn large_repository() -> TempDir {
    let dir = scratch();
    example_in(dir.path());
    let folder = dir.path().join("items/generated");
    fs::create_dir_all(&folder).expect("items folder");
    for n in 0..LARGE {
        fs::write(
            folder.join(format!("2026-11-big-{n:04}.md")),
            large_item(n, &format!("第{n}号决定已按期执行。"), false),
        )
        .expect("write item");
    }
    ok(dir.path(), &["publish", "--as-of", "2026-11-20"]);
    for n in (0..LARGE).step_by(2) {
        fs::write(
            folder.join(format!("2026-11-big-{n:04}.md")),
            large_item(n, &format!("第{n}号决定已按期执行，补充了执行结果。"), true),
        )
        .expect("edit item");
    }
    fs::write(folder.join("2026-11-big-late.md"), large_item(LARGE, "最后一项。", false)).expect("write item");
    dir
}

#[test]
fn publish_killed_at_any_moment_leaves_the_old_board_or_the_new_one() {
    let template = large_repository();
    let before = tree(template.path());
    let old_site = part(&before, "site");
    assert!(old_site.len() > LARGE, "{}", old_site.len());

    let clean = copy_of(template.path());
    let started = Instant::now();
    ok(clean.path(), &["publish", "--as-of", AS_OF]);
    let duration = started.elapsed();
    let after = tree(clean.path());
    let new_site = part(&after, "site");
    assert_ne!(old_site, new_site);

    // Kill moments spread over the whole run, from the start to just before the end.
    let mut outcomes = BTreeSet::new();
    for percent in [5u32, 30, 55, 75, 90, 98] {
        let repo = copy_of(template.path());
        let mut child = command(repo.path(), &["publish", "--as-of", AS_OF], None)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start publish");
        std::thread::sleep(duration * percent / 100);
        let _ = child.kill(); // SIGKILL on Unix
        let status = child.wait().expect("wait");
        let now = tree(repo.path());
        let site = part(&now, "site");
        let what = format!("killed at {percent}% of {duration:?} ({status})");
        assert!(site == old_site || site == new_site, "{what}: site/ is a mix of the old and the new board");
        outcomes.insert(if site == old_site { "old" } else { "new" });
        assert_each_file_old_or_new(
            &now,
            &before,
            &after,
            |p| is_switch_leftover(p) || is_killed_write(p) || p == ".disclose.lock",
            &what,
        );

        // The next publish: refused while the stale lock is there, then, with the lock
        // removed as the message says, it finishes the work.
        if repo.path().join(".disclose.lock").exists() {
            let (code, err) = run(repo.path(), &["publish", "--as-of", AS_OF], None);
            assert_eq!(code, 2, "{what}: {err}");
            // On Linux the message says that the process is gone; elsewhere it cannot know.
            assert!(err.contains("remove the stale lock") && err.contains("rm "), "{what}: {err}");
            if cfg!(target_os = "linux") {
                assert!(err.contains("that process no longer runs"), "{what}: {err}");
            }
            fs::remove_file(repo.path().join(".disclose.lock")).expect("remove the lock");
        }
        ok(repo.path(), &["publish", "--as-of", AS_OF]);
        // The killed write's temporary file may stay (it is not ten minutes old yet).
        let mut next = tree(repo.path());
        next.retain(|path, _| !is_killed_write(path) || after.contains_key(path));
        assert_eq!(next, after, "{what}: the next publish did not produce the new board");
    }
    // The early kills must have caught the old board; if no kill caught the new one, the
    // switch is at the very end of the run, which is the point.
    assert!(outcomes.contains("old"), "{outcomes:?}");
}

#[test]
fn a_leftover_staging_folder_is_removed_and_the_board_rebuilt() {
    let template = ready_to_publish();
    let dir = template.path();
    fs::create_dir_all(dir.join(".site.disclose-staging/items")).expect("folder");
    fs::write(dir.join(".site.disclose-staging/items/half.html"), "<html").expect("write");
    ok(dir, &["publish", "--as-of", AS_OF]);
    assert!(!dir.join(".site.disclose-staging").exists());
    let names: Vec<String> = fs::read_dir(dir)
        .expect("read")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.contains("disclose-") && n != ".site.disclose-spare"), "{names:?}");
}

// ------------------------------------------------- a withdrawal beside a spare board

/// Every folder (with a trailing `/`) and file below `root`, files with their bytes: an
/// empty folder counts, since it shows on a board served from the folder.
#[cfg(unix)]
fn listing(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut entries = BTreeMap::new();
    for entry in walkdir::WalkDir::new(root).min_depth(1).sort_by_file_name() {
        let entry = entry.expect("walk");
        let relative = entry.path().strip_prefix(root).expect("prefix").to_string_lossy().into_owned();
        if entry.file_type().is_dir() {
            entries.insert(format!("{relative}/"), Vec::new());
        } else {
            entries.insert(relative, fs::read(entry.path()).unwrap_or_default());
        }
    }
    entries
}

/// A copy of `template` that keeps its hard links (the spare board shares its files with
/// the board), as `cp -a` does.
#[cfg(unix)]
fn linked_copy_of(template: &Path) -> TempDir {
    let dir = scratch();
    let status = Command::new("cp").arg("-a").arg(template.join(".")).arg(dir.path()).status().expect("run cp");
    assert!(status.success(), "cp -a failed");
    dir
}

/// The example published twice (so a spare board is kept beside `site/`), then the item
/// 2024-03-11-8.1, which has two attachments, narrowed to members and corrected: the
/// next publish takes its page and its attachment folder off the board.
#[cfg(unix)]
fn withdrawal_beside_a_spare() -> TempDir {
    let dir = scratch();
    example_in(dir.path());
    ok(dir.path(), &["publish", "--as-of", AS_OF]);
    let index = dir.path().join("site/index.html");
    let text = fs::read_to_string(&index).expect("read index");
    fs::write(&index, format!("{text}<!-- -->\n")).expect("edit index");
    ok(dir.path(), &["publish", "--as-of", AS_OF]);
    assert!(dir.path().join(".site.disclose-spare/files/2024-03-11-8.1").is_dir(), "no spare board");
    let item = dir.path().join("items/2024/2024-03-11-8.1.md");
    let text = fs::read_to_string(&item).expect("read item");
    fs::write(&item, text.replacen("entry = \"8.1\"\n", "entry = \"8.1\"\nscope = \"members\"\n", 1)).expect("edit item");
    ok(dir.path(), &["correct", "2024-03-11-8.1", "--reason", "narrow", "--as-of", AS_OF]);
    dir
}

/// Whatever step of that publish fails (and where the tool carries on after a failure it
/// can afford), the board is the old one or the new one, folders included, and the next
/// publish gives exactly the board of a clean run: no empty folder of the withdrawn item
/// is left behind and taken for the user's afterwards.
#[cfg(unix)]
#[test]
fn a_withdrawal_beside_a_spare_failing_at_every_step_leaves_no_folder_behind() {
    let template = withdrawal_beside_a_spare();
    let old_site = listing(&template.path().join("site"));
    let clean = linked_copy_of(template.path());
    ok(clean.path(), &["publish", "--as-of", AS_OF]);
    let new_site = listing(&clean.path().join("site"));
    assert!(new_site.keys().all(|path| !path.contains("2024-03-11-8.1")), "the clean run withdrew the item");
    assert!(old_site.contains_key("files/2024-03-11-8.1/"));

    let steps = steps_of(linked_copy_of(template.path()).path(), &["publish", "--as-of", AS_OF]);
    let mut failures = 0;
    for n in 1..=steps {
        let repo = linked_copy_of(template.path());
        let (code, err) = run(repo.path(), &["publish", "--as-of", AS_OF], Some(n));
        let site = listing(&repo.path().join("site"));
        let what = format!("DISCLOSE_FAIL_AT={n} of {steps}");
        assert!(!err.contains("panicked"), "{what}: {err}");
        if code == 0 {
            // A failure the run can afford (giving the spare up).
            assert!(site == new_site, "{what}: succeeded with another board than a clean run's");
        } else {
            failures += 1;
            assert_eq!(code, 2, "{what}: {err}");
            assert!(site == old_site || site == new_site, "{what}: site/ is neither the old board nor the new one");
        }
        ok(repo.path(), &["publish", "--as-of", AS_OF]);
        let again = listing(&repo.path().join("site"));
        let extra: Vec<&String> = again.keys().filter(|path| !new_site.contains_key(*path)).collect();
        assert!(again == new_site, "{what}, then again: not the clean run's board (more: {extra:?})");
    }
    assert!(failures > 20, "the switch, the spare and the removals are counted: {failures}");
}
