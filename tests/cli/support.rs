//! A small fluent helper over `assert_cmd`: temporary repositories built from the example,
//! from `disclose init`, or from fixture folders, and the built binary run on them.

#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

/// The project root, which is also the example repository.
pub fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A temporary repository.
pub struct Repo {
    /// Keeps the folder alive.
    pub dir: TempDir,
}

impl Repo {
    /// An empty temporary folder.
    pub fn empty() -> Repo {
        Repo {
            dir: tempfile::tempdir().expect("temporary folder"),
        }
    }

    /// A copy of the example repository at the project root (disclose.toml, catalogue,
    /// items, feedback, calendar, bulletins).
    pub fn example() -> Repo {
        let repo = Repo::empty();
        let root = project_root();
        fs::copy(root.join("disclose.toml"), repo.path().join("disclose.toml")).expect("copy disclose.toml");
        for folder in ["catalogue", "items", "feedback", "calendar", "bulletins", "meetings"] {
            if root.join(folder).is_dir() {
                copy_dir(&root.join(folder), &repo.path().join(folder));
            }
        }
        repo
    }

    /// The example with its signatures as if written by hand (no digests), for tests that
    /// edit a published item to see what the board rebuilds, not the record.
    pub fn example_hand_signed() -> Repo {
        let repo = Repo::example();
        for entry in walkdir::WalkDir::new(repo.path().join("items")) {
            let entry = entry.expect("walk items");
            if entry.path().extension().is_some_and(|e| e == "md") {
                let text = fs::read_to_string(entry.path()).expect("read item");
                fs::write(entry.path(), without_digests(&text)).expect("write item");
            }
        }
        repo
    }

    /// A fresh `disclose init` repository, the seed branch's identity given as flags.
    pub fn init() -> Repo {
        let repo = Repo::empty();
        repo.cmd(&[
            "init",
            "--name",
            "中共绵竹市孝德镇卫生院支部委员会",
            "--short-name",
            "孝德镇卫生院党支部",
            "--address",
            "四川省绵竹市孝德镇",
            "--leader",
            "舒军",
            "--deputy",
            "叶成刚",
            "--deputy",
            "廖敏",
            "--hotline",
            "6251071",
        ])
        .assert()
        .success();
        repo
    }

    /// A repository from a fixture folder under tests/cli/fixtures.
    pub fn fixture(name: &str) -> Repo {
        let repo = Repo::empty();
        copy_dir(&project_root().join("tests/cli/fixtures").join(name), repo.path());
        repo
    }

    /// The valid minimal fixture with one broken case laid over it
    /// (tests/cli/fixtures/broken/<case>/ holds only the files that differ).
    pub fn broken(case: &str) -> Repo {
        let repo = Repo::fixture("minimal");
        copy_dir(&project_root().join("tests/cli/fixtures/broken").join(case), repo.path());
        repo
    }

    /// The folder.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a file (creating folders).
    pub fn write(&self, relative: &str, contents: &str) -> &Repo {
        let path = self.path().join(relative);
        fs::create_dir_all(path.parent().expect("parent")).expect("create folders");
        fs::write(path, contents).expect("write file");
        self
    }

    /// Reads a file.
    pub fn read(&self, relative: &str) -> String {
        fs::read_to_string(self.path().join(relative)).unwrap_or_else(|e| panic!("read {relative}: {e}"))
    }

    /// Removes a file.
    pub fn remove(&self, relative: &str) -> &Repo {
        fs::remove_file(self.path().join(relative)).expect("remove file");
        self
    }

    /// Replaces text in a file; panics if `from` is not there.
    pub fn edit(&self, relative: &str, from: &str, to: &str) -> &Repo {
        let text = self.read(relative);
        assert!(text.contains(from), "{relative} does not contain {from:?}");
        self.write(relative, &text.replacen(from, to, 1))
    }

    /// The binary, run in this folder, with `NO_COLOR` and no terminal.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("disclose").expect("binary");
        cmd.current_dir(self.path())
            .env("NO_COLOR", "1")
            .env("DISCLOSE_LANG", "en")
            .env_remove("EDITOR")
            .env_remove("VISUAL")
            .args(args);
        cmd
    }

    /// The binary as [`Repo::cmd`] makes it, but with no language chosen anywhere in its
    /// environment (`DISCLOSE_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG` removed): the terminal
    /// speaks the default, zh-CN.
    pub fn cmd_without_language(&self, args: &[&str]) -> Command {
        let mut cmd = self.cmd(args);
        for name in ["DISCLOSE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            cmd.env_remove(name);
        }
        cmd
    }

    /// Runs and returns (exit code, stdout, stderr).
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        let output = self.cmd(args).output().expect("run disclose");
        (
            output.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    }

    /// Every file below the folder with its bytes, for before/after comparisons, without
    /// the spare board beside `site/` (checked to hold only the board's files:
    /// [`without_spare`]).
    pub fn snapshot_tree(&self) -> Vec<(String, Vec<u8>)> {
        let mut files = Vec::new();
        for entry in walkdir::WalkDir::new(self.path()).sort_by_file_name() {
            let entry = entry.expect("walk");
            if entry.file_type().is_file() {
                let relative = entry.path().strip_prefix(self.path()).expect("prefix").to_string_lossy().into_owned();
                files.push((relative, fs::read(entry.path()).expect("read")));
            }
        }
        without_spare(files)
    }
}

/// The spare board that publish keeps beside `site/` for its next run.
pub const SPARE: &str = ".site.disclose-spare/";

/// `files` (by `/`-separated relative path) without those of the spare board, after
/// asserting that each of them is the file of `site/` at the same path: the spare may
/// be there or not, but never holds anything the board does not.
pub fn without_spare(files: impl IntoIterator<Item = (String, Vec<u8>)>) -> Vec<(String, Vec<u8>)> {
    let (spare, rest): (Vec<_>, Vec<_>) = files.into_iter().partition(|(path, _)| path.starts_with(SPARE));
    let board: std::collections::HashMap<&str, &Vec<u8>> = rest.iter().map(|(path, bytes)| (path.as_str(), bytes)).collect();
    for (path, bytes) in &spare {
        let on_board = format!("site/{}", &path[SPARE.len()..]);
        assert!(board.get(on_board.as_str()) == Some(&bytes), "{path} is not the board's {on_board}");
    }
    rest
}

/// Copies a folder recursively.
pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let target = to.join(entry.path().strip_prefix(from).expect("prefix"));
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).expect("create folder");
        } else {
            fs::create_dir_all(target.parent().expect("parent")).expect("create folder");
            fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// `text` without the `*_digest = "sha256:…"` lines the tool records with each signature,
/// for comparing a signed file with the expected one (tests/cli/record.rs checks them).
pub fn without_digests(text: &str) -> String {
    text.split_inclusive('\n')
        .filter(|line| {
            !["reviewed_digest = ", "approved_digest = ", "published_digest = "]
                .iter()
                .any(|key| line.starts_with(key))
        })
        .collect()
}

/// Runs `cmd`; returns its exit code (-1 when killed by a signal), stdout and stderr.
pub fn output_of(mut cmd: Command) -> (i32, String, String) {
    let output = cmd.output().expect("run disclose");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}
