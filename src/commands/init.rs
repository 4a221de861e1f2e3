//! `disclose init [DIR]`: a new repository with the seed's 8-category catalogue, under
//! the new branch's own identity: its name, short name, leader, deputies and hotline
//! come from `--name`, `--short-name`, `--leader`, `--deputy` and `--hotline`, are asked
//! for on a terminal, and are otherwise written as placeholders (`【请填写：…】`) that
//! `check` reports as `placeholder-identity` errors and `publish` refuses, so nothing is
//! ever published under the seed branch's name (the example at the project root keeps
//! it). Each entry's owner (责任人) is the leader until the catalogue names another.
//!
//! The JSON Schemas (`crate::schema`) go to `schemas/`, and every TOML file `init`
//! writes starts with a `#:schema` line naming its schema relative to the file
//! (`#:schema ./schemas/disclose.schema.json`, `#:schema ../schemas/catalogue.schema.json`),
//! which editors read and the loader takes for the comment it is. `schemas/` is not one
//! of the folders the loader reads; the shipped copies are the ones the `schemas` test
//! keeps in step with the loader.

use std::fs;
use std::path::{Path, PathBuf};

use std::io::{BufRead as _, Write as _};

use anyhow::{Context as _, Result};

use crate::cli::InitArgs;
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
    ("schemas/disclose.schema.json", include_str!("../../schemas/disclose.schema.json")),
    ("schemas/catalogue.schema.json", include_str!("../../schemas/catalogue.schema.json")),
    ("schemas/calendar.schema.json", include_str!("../../schemas/calendar.schema.json")),
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

/// The new branch's identity as `init` writes it; `None` is written as the placeholder.
#[derive(Debug, Default, Clone)]
pub struct Identity {
    /// 党组织全称.
    pub name: Option<String>,
    /// 简称.
    pub short_name: Option<String>,
    /// The address on the board.
    pub address: Option<String>,
    /// 组长.
    pub leader: Option<String>,
    /// 副组长 (none given: the placeholder).
    pub deputies: Vec<String>,
    /// 意见热线.
    pub hotline: Option<String>,
}

/// A TOML string for `value`, or the placeholder `【请填写：what】`.
fn toml_text(value: Option<&str>, what: &str) -> String {
    let text = value.map_or_else(|| format!("【请填写：{what}】"), str::to_string);
    toml_edit::Value::from(text).to_string().trim().to_string()
}

/// Fills the identity into a file `init` writes (`@NAME@`, `@OWNER@`, …).
pub fn fill(template: &str, identity: &Identity) -> String {
    let deputies = if identity.deputies.is_empty() {
        format!("[{}]", toml_text(None, "副组长姓名"))
    } else {
        let list: Vec<String> = identity.deputies.iter().map(|d| toml_text(Some(d), "")).collect();
        format!("[{}]", list.join(", "))
    };
    let address = identity
        .address
        .as_deref()
        .map_or_else(|| "# address = \"\"".to_string(), |a| format!("address = {}", toml_text(Some(a), "")));
    contents(template)
        .replace("@NAME@", &toml_text(identity.name.as_deref(), "党组织全称"))
        .replace("@SHORT_NAME@", &toml_text(identity.short_name.as_deref(), "简称"))
        .replace("@ADDRESS@", &address)
        .replace("@LEADER@", &toml_text(identity.leader.as_deref(), "组长（党支部书记）姓名"))
        .replace("@DEPUTIES@", &deputies)
        .replace("@HOTLINE@", &toml_text(identity.hotline.as_deref(), "意见热线"))
        .replace("@OWNER@", &toml_text(identity.leader.as_deref(), "责任人"))
}

/// The identity from the arguments, with what is missing asked for on a terminal (an
/// empty answer leaves the placeholder).
fn identity(cx: &Context, args: &InitArgs) -> Result<Identity> {
    let given = |value: &Option<String>| value.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_string);
    let mut identity = Identity {
        name: given(&args.name),
        short_name: given(&args.short_name),
        address: given(&args.address),
        leader: given(&args.leader),
        deputies: args.deputies.iter().map(|d| d.trim().to_string()).filter(|d| !d.is_empty()).collect(),
        hotline: given(&args.hotline),
    };
    if !cx.interactive {
        return Ok(identity);
    }
    if identity.name.is_none() {
        identity.name = ask(&crate::t!("init-ask-name"))?;
    }
    if identity.short_name.is_none() {
        identity.short_name = ask(&crate::t!("init-ask-short-name"))?;
    }
    if identity.leader.is_none() {
        identity.leader = ask(&crate::t!("init-ask-leader"))?;
    }
    if identity.deputies.is_empty() {
        let answer = ask(&crate::t!("init-ask-deputies"))?.unwrap_or_default();
        identity.deputies = answer
            .split([',', '，', '、', ';', '；'])
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .map(str::to_string)
            .collect();
    }
    if identity.hotline.is_none() {
        identity.hotline = ask(&crate::t!("init-ask-hotline"))?;
    }
    Ok(identity)
}

/// Asks one question on the terminal; `None` for an empty answer.
fn ask(question: &str) -> Result<Option<String>> {
    let mut stderr = std::io::stderr();
    write!(stderr, "{question}: ")?;
    stderr.flush()?;
    let mut line = String::new();
    let read = std::io::stdin().lock().read_line(&mut line).context(crate::t!("init-no-answer"))?;
    if read == 0 {
        return Err(Refusal::new(crate::t!("init-no-answer"), crate::t!("init-no-answer-help")).into());
    }
    let answer = line.trim();
    Ok((!answer.is_empty()).then(|| answer.to_string()))
}

/// Creates the repository. Refuses, changing nothing, if the folder already holds one or
/// if any file it would write exists.
pub fn run(cx: &Context, args: &InitArgs) -> Result<i32> {
    let dir = args.folder.as_deref();
    let target: PathBuf = match dir {
        Some(dir) if dir.is_absolute() => dir.to_path_buf(),
        Some(dir) => cx.start_dir().join(dir),
        None => cx.start_dir(),
    };
    if target.join(CONFIG_FILE).exists() {
        return Err(Refusal::new(crate::t!("init-exists", folder = target.display().to_string()), crate::t!("init-exists-help")).into());
    }
    let existing: Vec<&str> = FILES.iter().map(|(path, _)| *path).filter(|path| target.join(path).exists()).collect();
    if !existing.is_empty() {
        return Err(Refusal::new(
            crate::t!(
                "init-files-exist",
                folder = target.display().to_string(),
                files = existing.join(&crate::t!("list-separator"))
            ),
            crate::t!("init-files-exist-help"),
        )
        .into());
    }
    let identity = identity(cx, args)?;
    create_dir_all(&target)?;
    for (path, contents) in FILES {
        write_new(&target.join(path), fill(contents, &identity).as_bytes())?;
    }
    add_gitignore(&target)?;
    println!("{}", crate::t!("init-created", folder = target.display().to_string()));
    let missing =
        identity.name.is_none() || identity.short_name.is_none() || identity.leader.is_none() || identity.deputies.is_empty() || identity.hotline.is_none();
    if missing {
        println!("{}", crate::t!("init-placeholders"));
    }
    println!();
    println!("{}", crate::t!("init-next-steps"));
    println!("  {}", crate::t!("init-step-edit"));
    println!("  {}", crate::t!("init-step-approve"));
    println!("       disclose catalogue approve --by 党务公开工作领导小组 --on YYYY-MM-DD");
    println!("  {}", crate::t!("init-step-status"));
    println!("  {}", crate::t!("init-step-new"));
    println!("  {}", crate::t!("init-step-git"));
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
