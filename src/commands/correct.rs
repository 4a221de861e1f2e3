//! `disclose correct ID --reason R [--by NAME] [--on DATE]`: records a correction (更正)
//! of a published item whose content was changed to correct it (the regulation: untrue
//! content is corrected at once and the correction recorded). It appends a
//! `[[correction]]` table (date, by, reason, the new content digest) to the item's front
//! matter in place; `check` then accepts the changed content, the item page shows
//! 「更正说明」 and the bulletin of the quarter lists the correction.
//!
//! `--by` defaults to the item's approver (审批人), who answers for its content; an item
//! without a recorded approver needs `--by`. A correction records a change, so an item
//! whose content is what was published (or last corrected) is refused.

use std::fs;

use anyhow::{Context as _, Result};
use toml_edit::{Table, Value};

use crate::cli::CorrectArgs;
use crate::commands::context::{lock_repository, Context, Refusal};
use crate::diag::{render_findings, OutputFormat};
use crate::rules::file_errors;
use crate::store::edit::{date_value, push_table, FrontMatterDocument};
use crate::store::readback::{text_value, Shape};
use crate::store::write_atomic;
use crate::{EXIT_FINDINGS, EXIT_OK};

/// Runs `correct`.
pub fn run(cx: &Context, args: &CorrectArgs) -> Result<i32> {
    let root = cx.root()?;
    let _lock = lock_repository(&root, "correct")?;
    let (repo, load_findings) = cx.load()?;
    let Some(item) = repo.item(&args.id) else {
        return Err(Refusal::new(
            format!("there is no item \"{}\"; nothing was written", args.id),
            "an item's id is its file name without .md (`disclose archive` lists the published items)",
        )
        .into());
    };
    let Some(published_on) = item.published_on else {
        return Err(Refusal::new(
            format!("{} is not published, so there is nothing to correct; nothing was written", item.id),
            format!(
                "an unpublished item is signed again instead: `disclose review {id} --by NAME` and `disclose approve {id} --by NAME` record the new content",
                id = item.id
            ),
        )
        .into());
    };
    let reason = args.reason.trim();
    if reason.is_empty() {
        return Err(Refusal::new(
            "--reason is empty; nothing was written",
            "say what was untrue or incomplete and what was corrected, e.g. --reason \"人数应为25名，原误写为23名\"",
        )
        .into());
    }
    let by = match (&args.by, &item.approved) {
        (Some(by), _) if !by.trim().is_empty() => by.trim().to_string(),
        (None, Some(approved)) => approved.by.to_string(),
        _ => {
            return Err(Refusal::new(
                format!("say who makes the correction of {}; nothing was written", item.id),
                format!("pass --by NAME, e.g. `disclose correct {} --reason \"…\" --by 舒军`", item.id),
            )
            .into())
        }
    };
    let on = args.on.unwrap_or(cx.as_of);
    if on > cx.as_of || on < published_on {
        return Err(Refusal::new(
            format!(
                "--on {on} is not between the publication ({published_on}) and today ({}); nothing was written",
                cx.as_of
            ),
            "a correction records what was done: give the day it was done",
        )
        .into());
    }
    if item.record.published_content() == Some(item.record.content.as_str()) {
        return Err(Refusal::new(
            format!("the content of {} is what was published or last corrected; nothing was written", item.id),
            format!("edit {} first (the title, body or other content), then record the correction", item.file),
        )
        .into());
    }
    let errors = file_errors(&repo, &load_findings, &[item.file.as_str()]);
    if errors.errors() > 0 {
        eprint!("{}", render_findings(&errors, OutputFormat::Text, cx.paint_stderr));
        eprintln!("Nothing was written: fix the errors above, then record the correction.");
        return Ok(EXIT_FINDINGS);
    }

    let path = repo.root.join(&item.file);
    let text = fs::read_to_string(&path).with_context(|| format!("could not read {}", item.file))?;
    let mut document = FrontMatterDocument::parse(&text).with_context(|| format!("could not edit {}", item.file))?;
    let mut table = Table::new();
    table.insert("on", toml_edit::Item::Value(date_value(on)));
    table.insert("by", toml_edit::Item::Value(text_value("--by", &by, Shape::Line)?));
    table.insert("reason", toml_edit::Item::Value(text_value("--reason", reason, Shape::Text)?));
    table.insert("digest", toml_edit::Item::Value(Value::from(item.record.content.as_str())));
    push_table(&mut document.document, "correction", table, &[])?;
    let new_text = document.render().with_context(|| format!("could not record the correction in {}", item.file))?;
    write_atomic(&path, new_text.as_bytes())?;

    println!("Recorded the correction (更正) of {} by {by} on {on}:", item.id);
    println!("  {}  {}", item.file, item.title);
    println!("  {reason}");
    println!(
        "{} disclose publish   # puts the corrected page and 「更正说明」 on the board and in the bulletin of the quarter",
        cx.paint.hint("Next:")
    );
    Ok(EXIT_OK)
}
