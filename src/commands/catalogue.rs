//! `disclose catalogue [list|show ID|approve --by NAME]`.

use std::fs;

use anyhow::{Context as _, Result};
use chrono::NaiveDate;
use serde_json::json;
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, Value};

use crate::cli::Format;
use crate::commands::context::{lock_repository, unknown_entry, Context, Refusal};
use crate::diag::{render_findings, Findings, Level, OutputFormat};
use crate::load::digest::CatalogueDigest;
use crate::load::CONFIG_FILE;
use crate::model::meeting::{Meeting, MeetingKind};
use crate::model::{Cadence, Entry, Repo};
use crate::obligations::deadline::Limit;
use crate::obligations::terms;
use crate::store::edit::{date_value, push_table};
use crate::store::readback::{read_back_toml, text_value, Shape};
use crate::store::write_atomic;
use crate::table::pad_right;
use crate::{EXIT_FINDINGS, EXIT_OK};

/// The deadline rule in words, e.g. `15 days after the period ends`.
pub fn deadline_words(entry: &Entry) -> String {
    let from = match entry.cadence {
        Cadence::Periodic(_) => "periodic",
        Cadence::Standing => "standing",
        Cadence::Staged => "staged",
        Cadence::Immediate => "immediate",
    };
    crate::t!("catalogue-deadline", limit = entry.limit.to_string(), cadence = from)
}

fn entry_json(entry: &Entry) -> serde_json::Value {
    let (due_days, due_working_days) = match entry.limit {
        Limit::CalendarDays(n) => (Some(n), None),
        Limit::WorkingDays(n) => (None, Some(n)),
        Limit::Months(_) => (None, None),
    };
    json!({
        "id": entry.id,
        "category": entry.category,
        "title": entry.title,
        "scope": entry.scope.as_str(),
        "cadence": entry.cadence.word(),
        "period": match entry.cadence { Cadence::Periodic(kind) => Some(kind.as_str()), _ => None },
        "due_days": due_days,
        "due_working_days": due_working_days,
        "owner": entry.owner,
        "since": entry.since,
        "until": entry.until,
        "review_months": entry.review_months,
        "file": entry.location.file,
        "line": entry.location.line,
    })
}

/// Lists every entry by category.
pub fn list(cx: &Context) -> Result<i32> {
    cx.require_format("catalogue list", &[Format::Text, Format::Json])?;
    let (repo, _) = cx.load()?;
    if cx.format == Format::Json {
        let entries: Vec<_> = repo.catalogue.entries().map(entry_json).collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&json!({ "entries": entries, "approval": approval_json(&repo) }))?
        );
        return Ok(EXIT_OK);
    }
    println!("{}", cx.paint.bold(&crate::t!("catalogue-list-heading", name = repo.config.name.as_str())));
    println!("{}", approval_line(&repo));
    for category in &repo.catalogue.categories {
        println!();
        println!("{}", cx.paint.bold(&format!("{} {}", category.code, category.title)));
        for entry in &category.entries {
            println!(
                "  {} {} {} {}  ({}; {})",
                pad_right(&entry.id, 5),
                pad_right(&terms::scope(entry.scope), 14),
                pad_right(&terms::cadence(entry.cadence), 20),
                entry.title,
                deadline_words(entry),
                entry.owner
            );
        }
    }
    Ok(EXIT_OK)
}

fn approval_json(repo: &Repo) -> serde_json::Value {
    match repo.config.approval() {
        None => serde_json::Value::Null,
        Some(approval) => json!({
            "approved_on": approval.approved_on,
            "approved_by": approval.approved_by,
            "meeting": approval.meeting,
            "digest": approval.digest,
            "in_force": repo.catalogue_in_force(),
            "history": repo.config.approvals.iter().map(|a| json!({
                "approved_on": a.approved_on,
                "approved_by": a.approved_by,
                "meeting": a.meeting,
                "digest": a.digest,
            })).collect::<Vec<_>>(),
        }),
    }
}

fn approval_line(repo: &Repo) -> String {
    match repo.config.approval() {
        None => crate::t!("catalogue-list-unapproved"),
        Some(approval) if repo.catalogue_in_force() => crate::t!(
            "catalogue-list-approved",
            by = approval.approved_by.as_str(),
            on = approval.approved_on.to_string()
        ),
        Some(approval) => crate::t!(
            "catalogue-list-approval-void",
            by = approval.approved_by.as_str(),
            on = approval.approved_on.to_string()
        ),
    }
}

/// Shows one entry.
pub fn show(cx: &Context, id: &str) -> Result<i32> {
    cx.require_format("catalogue show", &[Format::Text, Format::Json])?;
    let (repo, _) = cx.load()?;
    let entry = repo.catalogue.entry(id).ok_or_else(|| unknown_entry(&repo, id))?;
    if cx.format == Format::Json {
        println!("{}", serde_json::to_string_pretty(&entry_json(entry))?);
        return Ok(EXIT_OK);
    }
    let category = repo.catalogue.category(&entry.category).map_or("", |c| c.title.as_str());
    println!("{} {}", cx.paint.bold(&entry.id), cx.paint.bold(&entry.title));
    println!("  {}", crate::t!("catalogue-show-category", code = entry.category.as_str(), title = category));
    println!("  {}", crate::t!("catalogue-show-scope", scope = terms::scope(entry.scope)));
    println!("  {}", crate::t!("catalogue-show-cadence", cadence = terms::cadence(entry.cadence)));
    println!("  {}", crate::t!("catalogue-show-deadline", deadline = deadline_words(entry)));
    println!("  {}", crate::t!("catalogue-show-owner", owner = entry.owner.as_str()));
    if let Some(since) = entry.since {
        println!("  {}", crate::t!("catalogue-show-since", since = since.to_string()));
    }
    if let Some(until) = entry.until {
        println!("  {}", crate::t!("catalogue-show-until", until = until.to_string()));
    }
    if let Some(months) = entry.review_months {
        println!("  {}", crate::t!("catalogue-show-review", months = months));
    }
    println!(
        "  {}",
        crate::t!("catalogue-show-defined", file = entry.location.file.as_str(), line = entry.location.line)
    );
    let items: Vec<_> = repo.items.iter().filter(|item| item.entry == entry.id).collect();
    println!("  {}", crate::t!("catalogue-show-items", count = items.len()));
    for item in items {
        let state = item.published_on.map_or_else(
            || crate::t!("catalogue-show-draft"),
            |on| crate::t!("catalogue-show-published", on = on.to_string()),
        );
        println!("    {:<24} {}  ({state})", item.id, item.title);
    }
    Ok(EXIT_OK)
}

/// Records the leading group's approval and the catalogue's digest in disclose.toml,
/// appending it to the history of approvals (`[[approval]]`, newest last) in place.
/// The old single `[approval]` table is moved into the history first; when the
/// catalogue is still exactly as it approved it, its digest is rewritten in the form
/// without owners (the two are then known to vouch for the same meaning). Refuses while
/// the catalogue files have errors, and, when disclose.toml has `[roles]`, a signer
/// outside the leading group.
pub fn approve(cx: &Context, by: &str, on: Option<NaiveDate>, meeting: Option<&str>) -> Result<i32> {
    let _lock = lock_repository(&cx.root()?, "catalogue approve")?;
    let (repo, findings) = cx.load()?;
    let meeting = meeting.map(|target| leading_group_meeting(&repo, target)).transpose()?;
    let on = on.or(meeting.map(|m| m.on)).unwrap_or(cx.as_of);
    if let Some(meeting) = meeting.filter(|m| m.on > on) {
        return Err(Refusal::new(
            crate::t!(
                "catalogue-meeting-after-approval",
                file = meeting.file.as_str(),
                held = meeting.on.to_string(),
                on = on.to_string()
            ),
            crate::t!("catalogue-meeting-after-approval-help"),
        )
        .into());
    }
    // Approved again on the same day without --meeting: the link already recorded stays;
    // on another day it no longer applies.
    let meeting_file = meeting
        .map(|m| m.file.clone())
        .or_else(|| repo.config.approval().filter(|a| a.approved_on == on).and_then(|a| a.meeting.clone()));
    let mut catalogue_errors = Findings::new();
    for finding in findings
        .iter()
        .filter(|f| f.level == Level::Error && f.file.as_deref().is_some_and(|file| file.starts_with("catalogue/") || file == CONFIG_FILE))
    {
        catalogue_errors.push(finding.clone());
    }
    if catalogue_errors.errors() > 0 {
        eprint!("{}", render_findings(&catalogue_errors, OutputFormat::Text, cx.paint_stderr));
        eprintln!("{}", crate::t!("catalogue-not-approved-errors"));
        return Ok(EXIT_FINDINGS);
    }
    if by.trim().is_empty() {
        return Err(Refusal::new(crate::t!("catalogue-by-empty"), crate::t!("catalogue-by-empty-help")).into());
    }
    let signers = repo.config.catalogue_signers();
    if repo.config.roles.is_some() && !signers.iter().any(|name| name == by) {
        return Err(Refusal::new(
            crate::t!("catalogue-signer-not-allowed", by = by, file = CONFIG_FILE),
            crate::t!("catalogue-signer-not-allowed-help", names = signers.join(&crate::t!("list-separator"))),
        )
        .into());
    }
    let digest = &repo.catalogue_digest;
    let path = repo.root.join(CONFIG_FILE);
    let text = fs::read_to_string(&path).with_context(|| crate::t!("catalogue-could-not-read", file = path.display().to_string()))?;
    let mut document: DocumentMut = text.parse().with_context(|| crate::t!("catalogue-config-not-toml", file = CONFIG_FILE))?;
    let converted = move_single_approval(&mut document, digest)?;
    let same_approval = repo
        .config
        .approval()
        .filter(|a| digest.matches(&a.digest) && a.approved_on == on && a.approved_by == by);
    // The same approval, only now linked to its meeting: the link is added to it in place
    // (it records the same decision; the history gains no second entry).
    let links_meeting = same_approval.is_some_and(|a| a.meeting.is_none() && meeting_file.is_some());
    let same = same_approval.is_some_and(|a| a.meeting == meeting_file);
    if same && !converted {
        println!("{}", crate::t!("catalogue-already-approved", by = by, on = on.to_string()));
        return Ok(EXIT_OK);
    }
    if links_meeting {
        link_latest_approval(&mut document, meeting_file.as_deref().unwrap_or_default())?;
    } else if !same {
        let mut table = Table::new();
        table.insert("approved_on", Item::Value(date_value(on)));
        table.insert("approved_by", Item::Value(text_value("--by", by, Shape::Line)?));
        if let Some(file) = &meeting_file {
            table.insert("meeting", Item::Value(Value::from(file.as_str())));
        }
        table.insert("digest", Item::Value(Value::from(digest.whole.as_str())));
        table.insert("parts", Item::Table(parts_table(&digest.parts)));
        // Each entry's rule, so that a later re-approval changing it leaves the periods
        // before it judged by this one (`obligations::rules`).
        table.insert(
            "rules",
            Item::Table(parts_table(&crate::obligations::rules::rules_of(repo.catalogue.entries()))),
        );
        push_table(&mut document, "approval", table, &[])?;
    }
    let text = read_back_toml(&document).with_context(|| crate::t!("catalogue-could-not-edit", file = CONFIG_FILE))?;
    write_atomic(&path, text.as_bytes())?;
    if converted {
        println!("{}", crate::t!("catalogue-moved-approval", file = CONFIG_FILE));
    }
    if !same && !links_meeting {
        let number = repo.config.approvals.len() + 1;
        println!(
            "{}",
            crate::t!(
                "catalogue-approval-recorded",
                entries = repo.catalogue.entries().count(),
                by = by,
                on = on.to_string(),
                file = CONFIG_FILE,
                number = number
            )
        );
    }
    if let Some(file) = &meeting_file {
        println!("{}", crate::t!("catalogue-approval-linked", file = file.as_str()));
    }
    println!("{}", crate::t!("catalogue-commit-it", file = CONFIG_FILE));
    Ok(EXIT_OK)
}

/// Adds `meeting = FILE` to the newest `[[approval]]`, after `approved_by`.
fn link_latest_approval(document: &mut DocumentMut, file: &str) -> Result<()> {
    let latest = document
        .get_mut("approval")
        .and_then(Item::as_array_of_tables_mut)
        .and_then(|list| list.iter_mut().last())
        .ok_or_else(|| Refusal::new(crate::t!("catalogue-approval-not-a-list"), crate::t!("catalogue-approval-not-a-list-help")))?;
    crate::store::edit::set_keeping_decor(latest, "meeting", Value::from(file));
    let mut ordered = Vec::new();
    for key in ["approved_on", "approved_by", "meeting"] {
        if let Some((key, item)) = latest.remove_entry(key) {
            ordered.push((key, item));
        }
    }
    let rest: Vec<_> = latest.iter().map(|(key, _)| key.to_string()).collect();
    let rest: Vec<_> = rest.into_iter().filter_map(|key| latest.remove_entry(&key)).collect();
    for (key, item) in ordered.into_iter().chain(rest) {
        latest.insert_formatted(&key, item);
    }
    Ok(())
}

fn parts_table(parts: &std::collections::BTreeMap<String, String>) -> Table {
    let mut table = Table::new();
    for (part, value) in parts {
        table.insert(part, Item::Value(Value::from(value.as_str())));
    }
    table
}

/// Turns the old single `[approval]` table into the first `[[approval]]`, in place and
/// keeping its comments. True when it did.
fn move_single_approval(document: &mut DocumentMut, digest: &CatalogueDigest) -> Result<bool> {
    let Some(item) = document.as_table_mut().get_mut("approval") else {
        return Ok(false);
    };
    if item.is_array_of_tables() {
        return Ok(false);
    }
    let Item::Table(mut table) = std::mem::take(item) else {
        return Err(Refusal::new(crate::t!("catalogue-approval-malformed"), crate::t!("catalogue-approval-malformed-help")).into());
    };
    // Verified against the catalogue as it is: the digest without owners says the same.
    if table.get("digest").and_then(Item::as_str) == Some(digest.legacy_whole.as_str()) {
        crate::store::edit::set_keeping_decor(&mut table, "digest", Value::from(digest.whole.as_str()));
        if let Some(parts) = table.get_mut("parts").and_then(Item::as_table_mut) {
            for (part, value) in &digest.parts {
                crate::store::edit::set_keeping_decor(parts, part, Value::from(value.as_str()));
            }
        }
    }
    let mut array = ArrayOfTables::new();
    array.push(table);
    *item = Item::ArrayOfTables(array);
    Ok(true)
}

/// The leading group's meeting named by `target`: its file (relative to the root) or
/// its date (which must name exactly one).
fn leading_group_meeting<'a>(repo: &'a Repo, target: &str) -> Result<&'a Meeting> {
    let leading = || repo.meetings.iter().filter(|m| m.kind == MeetingKind::LeadingGroup);
    let record = crate::t!("catalogue-record-meeting-first");
    if let Ok(date) = NaiveDate::parse_from_str(target, "%Y-%m-%d") {
        let on_day: Vec<&Meeting> = leading().filter(|m| m.on == date).collect();
        return match on_day.as_slice() {
            [one] => Ok(one),
            [] => Err(Refusal::new(crate::t!("catalogue-no-meeting-on", date = date.to_string()), record).into()),
            several => Err(Refusal::new(
                crate::t!("catalogue-several-meetings-on", count = several.len(), date = date.to_string()),
                crate::t!(
                    "catalogue-several-meetings-on-help",
                    files = several.iter().map(|m| m.file.as_str()).collect::<Vec<_>>().join(&crate::t!("list-separator"))
                ),
            )
            .into()),
        };
    }
    let wanted = target.trim_start_matches("./").replace('\\', "/");
    match repo.meetings.iter().find(|m| m.file == wanted) {
        Some(meeting) if meeting.kind == MeetingKind::LeadingGroup => Ok(meeting),
        Some(meeting) => Err(Refusal::new(
            crate::t!(
                "catalogue-not-leading-group-meeting",
                file = meeting.file.as_str(),
                kind = meeting.kind.as_str()
            ),
            crate::t!("catalogue-not-leading-group-meeting-help"),
        )
        .into()),
        None => Err(Refusal::new(crate::t!("catalogue-meeting-not-found", target = target), record).into()),
    }
}
