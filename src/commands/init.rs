//! `disclose init [DIR]`: a new repository with the seed's 8-category catalogue.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::commands::context::{Context, Refusal};
use crate::load::CONFIG_FILE;
use crate::store::{create_dir_all, write_atomic, write_new};
use crate::EXIT_OK;

/// The files `init` writes, relative to the new root, with their embedded contents.
pub const FILES: &[(&str, &str)] = &[
    (CONFIG_FILE, include_str!("../../assets/init/disclose.toml")),
    (
        "catalogue/01-central-work.toml",
        include_str!("../../assets/init/catalogue/01-central-work.toml"),
    ),
    ("catalogue/02-ideology.toml", include_str!("../../assets/init/catalogue/02-ideology.toml")),
    (
        "catalogue/03-organisation.toml",
        include_str!("../../assets/init/catalogue/03-organisation.toml"),
    ),
    ("catalogue/04-leadership.toml", include_str!("../../assets/init/catalogue/04-leadership.toml")),
    ("catalogue/05-cadres.toml", include_str!("../../assets/init/catalogue/05-cadres.toml")),
    ("catalogue/06-integrity.toml", include_str!("../../assets/init/catalogue/06-integrity.toml")),
    ("catalogue/07-masses.toml", include_str!("../../assets/init/catalogue/07-masses.toml")),
    ("catalogue/08-other.toml", include_str!("../../assets/init/catalogue/08-other.toml")),
    ("items/.gitkeep", ""),
    ("feedback/.gitkeep", ""),
    (".github/workflows/disclose.yml", include_str!("../../assets/init/github-workflow.yml")),
    (".gitlab-ci.yml", include_str!("../../assets/init/gitlab-ci.yml")),
];

const GITIGNORE: &str = include_str!("../../assets/init/gitignore");

/// The repository the releases are published from (`repository` in Cargo.toml).
const REPOSITORY: &str = env!("CARGO_PKG_REPOSITORY");

/// Cargo.toml's `repository` until the project has its public home: no address to
/// download from.
const PLACEHOLDER_REPOSITORY: &str = "https://github.com/YOUR-ORG/disclose";

/// The default address of the release archives in the CI workflows `init` writes
/// (`<this>/v<version>/disclose-<target>.tar.gz`), empty while Cargo.toml's `repository`
/// is the placeholder (the workflows then ask for `DISCLOSE_RELEASE_URL`).
pub fn release_url() -> String {
    if REPOSITORY.is_empty() || REPOSITORY == PLACEHOLDER_REPOSITORY {
        String::new()
    } else {
        format!("{}/releases/download", REPOSITORY.trim_end_matches('/'))
    }
}

/// A file's contents as `init` writes it: the workflows get this version of disclose
/// pinned, and the default download address.
pub fn contents(template: &str) -> String {
    template.replace("@VERSION@", env!("CARGO_PKG_VERSION")).replace("@RELEASES@", &release_url())
}

/// Creates the repository. Refuses, changing nothing, if the folder already holds one or
/// if any file it would write exists.
pub fn run(cx: &Context, dir: Option<&Path>) -> Result<i32> {
    let target: PathBuf = match dir {
        Some(dir) if dir.is_absolute() => dir.to_path_buf(),
        Some(dir) => cx.start_dir().join(dir),
        None => cx.start_dir(),
    };
    if target.join(CONFIG_FILE).exists() {
        return Err(Refusal::new(
            format!("{} already holds a disclose repository", target.display()),
            "nothing was changed; run `disclose check` there, or choose another folder",
        )
        .into());
    }
    let existing: Vec<&str> = FILES.iter().map(|(path, _)| *path).filter(|path| target.join(path).exists()).collect();
    if !existing.is_empty() {
        return Err(Refusal::new(
            format!("{} already has {}", target.display(), existing.join(", ")),
            "nothing was changed; move those files away or choose an empty folder",
        )
        .into());
    }
    create_dir_all(&target)?;
    for (path, contents) in FILES {
        write_new(&target.join(path), self::contents(contents).as_bytes())?;
    }
    add_gitignore(&target)?;
    println!("Created a disclose repository in {}", target.display());
    println!();
    println!("Next steps:");
    println!("  1. Edit disclose.toml (organisation, leading group, hotline) and review catalogue/.");
    println!("  2. When the leading group has approved the catalogue:");
    println!("       disclose catalogue approve --by 党务公开工作领导小组 --on YYYY-MM-DD");
    println!("  3. disclose status      # what is due");
    println!("  4. disclose new 3.5 --period 2026-Q1   # write a disclosure");
    println!("  5. git init && git add . && git commit -m \"党务公开目录\"");
    Ok(EXIT_OK)
}

/// Writes .gitignore, or adds the site line to an existing one (the only change `init`
/// makes to a file it did not create).
fn add_gitignore(target: &Path) -> Result<()> {
    let path = target.join(".gitignore");
    match fs::read_to_string(&path) {
        Ok(existing)
            if existing
                .lines()
                .any(|line| line.trim() == "/site/" || line.trim() == "site/" || line.trim() == "site") =>
        {
            Ok(())
        }
        Ok(existing) => {
            let mut updated = existing;
            if !updated.is_empty() && !updated.ends_with('\n') {
                updated.push('\n');
            }
            updated.push_str(GITIGNORE);
            write_atomic(&path, updated.as_bytes())
        }
        Err(_) => write_new(&path, GITIGNORE.as_bytes()),
    }
}
