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
        let broken = crate::commands::context::errors_of_item_file(&load_findings, &args.id);
        if broken.is_empty() {
            return Err(Refusal::new(crate::t!("correct-no-item", id = args.id.as_str()), crate::t!("correct-no-item-help")).into());
        }
        return Ok(crate::commands::context::refuse_unreadable(cx, broken));
    };
    let Some(published_on) = item.published_on else {
        return Err(Refusal::new(
            crate::t!("correct-not-published", id = item.id.as_str()),
            crate::t!("correct-not-published-help", id = item.id.as_str()),
        )
        .into());
    };
    let reason = args.reason.trim();
    if reason.is_empty() {
        return Err(Refusal::new(crate::t!("correct-reason-empty"), crate::t!("correct-reason-empty-help")).into());
    }
    let by = match (&args.by, &item.approved) {
        (Some(by), _) if !by.trim().is_empty() => by.trim().to_string(),
        (None, Some(approved)) => approved.by.to_string(),
        _ => {
            return Err(Refusal::new(
                crate::t!("correct-no-signer", id = item.id.as_str()),
                crate::t!("correct-no-signer-help", id = item.id.as_str()),
            )
            .into())
        }
    };
    let on = args.on.unwrap_or(cx.as_of);
    if on > cx.as_of || on < published_on {
        return Err(Refusal::new(
            crate::t!(
                "correct-date-out-of-range",
                on = on.to_string(),
                published = published_on.to_string(),
                today = cx.as_of.to_string()
            ),
            crate::t!("correct-date-out-of-range-help"),
        )
        .into());
    }
    if item.record.published_content() == Some(item.record.content()) {
        return Err(Refusal::new(
            crate::t!("correct-unchanged", id = item.id.as_str()),
            crate::t!("correct-unchanged-help", file = item.file.as_str()),
        )
        .into());
    }
    let errors = file_errors(&repo, &load_findings, &[item.file.as_str()]);
    if errors.errors() > 0 {
        eprint!("{}", render_findings(&errors, OutputFormat::Text, cx.paint_stderr));
        eprintln!("{}", crate::t!("correct-fix-errors-first"));
        return Ok(EXIT_FINDINGS);
    }

    let path = repo.root.join(&item.file);
    let text = fs::read_to_string(&path).with_context(|| crate::t!("correct-could-not-read", file = item.file.as_str()))?;
    let mut document = FrontMatterDocument::parse(&text).with_context(|| crate::t!("correct-could-not-edit", file = item.file.as_str()))?;
    let mut table = Table::new();
    table.insert("on", toml_edit::Item::Value(date_value(on)));
    table.insert("by", toml_edit::Item::Value(text_value("--by", &by, Shape::Line)?));
    table.insert("reason", toml_edit::Item::Value(text_value("--reason", reason, Shape::Text)?));
    table.insert("digest", toml_edit::Item::Value(Value::from(item.record.content().to_string())));
    push_table(&mut document.document, "correction", table, &[]).with_context(|| crate::t!("correct-could-not-record", file = item.file.as_str()))?;
    let new_text = document
        .render()
        .with_context(|| crate::t!("correct-could-not-record", file = item.file.as_str()))?;
    write_atomic(&path, new_text.as_bytes())?;

    println!(
        "{}",
        crate::t!("correct-recorded", id = item.id.as_str(), by = by.as_str(), on = on.to_string())
    );
    println!("  {}  {}", item.file, item.title);
    println!("  {reason}");
    println!("{} {}", cx.paint.hint(&crate::t!("correct-next-label")), crate::t!("correct-next"));
    Ok(EXIT_OK)
}
