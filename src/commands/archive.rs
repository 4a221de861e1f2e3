//! `disclose archive [--year Y] [--format text|csv|json] [--write]`: the archive register
//! (档案目录) of a year, printed or saved as archive/YEAR.md and archive/YEAR.csv.

use anyhow::Result;
use chrono::Datelike;

use crate::cli::Format;
use crate::commands::context::{lock_repository, Context, Refusal};
use crate::report::csv::BOM;
use crate::report::register;
use crate::rules::folders;
use crate::store::write_atomic;
use crate::EXIT_OK;

/// The folder, relative to the root, that `--write` saves registers in.
pub const ARCHIVE_DIR: &str = "archive";

/// Runs `archive`.
pub fn run(cx: &Context, year: Option<i32>, write: bool) -> Result<i32> {
    cx.require_format("archive", &[Format::Text, Format::Csv, Format::Json])?;
    let _lock = if write {
        Some(lock_repository(&cx.root()?, "archive --write")?)
    } else {
        None
    };
    let (repo, findings) = cx.load()?;
    if findings.errors() > 0 {
        eprintln!("{}", crate::t!("archive-unreadable-files", n = findings.errors()));
    }
    let year = year.unwrap_or(cx.as_of.year());
    let register = register(&repo, year, cx.as_of);
    if write {
        let target = std::path::Path::new(ARCHIVE_DIR);
        if let Some(conflict) = folders::conflict_of(&repo.root, &repo.config, &crate::t!("archive-folder-label", folder = ARCHIVE_DIR), target) {
            return Err(Refusal::new(crate::t!("archive-nothing-written", reason = conflict.message), conflict.help).into());
        }
        let markdown = format!("{ARCHIVE_DIR}/{year}.md");
        let csv = format!("{ARCHIVE_DIR}/{year}.csv");
        write_atomic(&repo.root.join(&markdown), register.to_markdown().as_bytes())?;
        write_atomic(&repo.root.join(&csv), format!("{BOM}{}", register.to_csv()?).as_bytes())?;
        if cx.format == Format::Json {
            println!(
                "{}",
                serde_json::to_string_pretty(&serde_json::json!({ "written": [markdown, csv], "items": register.items.len(), "cases": register.cases.len() }))?
            );
        } else {
            let (items, cases) = (register.items.len(), register.cases.len());
            println!(
                "{}",
                crate::t!(
                    "archive-wrote",
                    md = markdown.as_str(),
                    csv = csv.as_str(),
                    year = year,
                    items = items,
                    cases = cases
                )
            );
            let message = crate::t!("archive-commit-message", year = year);
            println!("{}", crate::t!("archive-commit", folder = ARCHIVE_DIR, message = message));
        }
        return Ok(EXIT_OK);
    }
    match cx.format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&register.to_json())?),
        Format::Csv => print!("{}", register.to_csv()?),
        _ => print!("{}", register.to_text()),
    }
    Ok(EXIT_OK)
}
