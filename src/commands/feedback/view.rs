//! `feedback list` and `feedback show`: the secretary's views of the cases. `show` prints
//! the private fields too (name, contact, the opinion as received), marked as private;
//! `list` never does.

use std::fmt::Write as _;

use anyhow::Result;
use chrono::NaiveDate;
use serde_json::json;

use super::find_case;
use crate::cli::Format;
use crate::commands::context::Context;
use crate::model::{Action, ActionKind, Case, CaseKind, CaseStatus, Outcome, Rating, Repo, Response, Sender};
use crate::{t, EXIT_OK};

/// The column headings of `feedback list`, in the terminal's language.
fn header() -> [String; 7] {
    [
        t!("feedback-list-id"),
        t!("feedback-list-received"),
        t!("feedback-list-channel"),
        t!("feedback-list-from"),
        t!("feedback-list-status"),
        t!("feedback-list-due"),
        t!("feedback-list-summary"),
    ]
}

/// Lists the cases, oldest first: all, the open ones, or the overdue ones.
pub fn list(cx: &Context, open_only: bool, overdue_only: bool) -> Result<i32> {
    cx.require_format("feedback list", &[Format::Text, Format::Json])?;
    let (repo, _) = cx.load()?;
    let cases: Vec<&Case> = repo
        .cases
        .iter()
        .filter(|c| (!open_only || c.status.is_open()) && (!overdue_only || c.is_overdue(cx.as_of)))
        .collect();
    if cx.format == Format::Json {
        let rows: Vec<_> = cases.iter().map(|case| case_summary_json(case, cx)).collect();
        println!("{}", serde_json::to_string_pretty(&json!({ "as_of": cx.as_of, "cases": rows }))?);
        return Ok(EXIT_OK);
    }
    if cases.is_empty() {
        let what = match (open_only, overdue_only) {
            (_, true) => t!("feedback-list-none-overdue", date = cx.as_of.to_string()),
            (true, false) => t!("feedback-list-none-open"),
            (false, false) => t!("feedback-list-none"),
        };
        println!("{what}");
        return Ok(EXIT_OK);
    }
    let rows: Vec<[String; 7]> = cases.iter().map(|case| row(case, cx)).collect();
    let header = header();
    let mut widths = header.clone().map(|h| display_width(&h));
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(display_width(cell));
        }
    }
    let line = |cells: &[String; 7]| {
        let mut text = String::new();
        for (index, cell) in cells.iter().enumerate() {
            if index + 1 == cells.len() {
                text.push_str(cell);
            } else {
                let pad = widths[index].saturating_sub(display_width(cell));
                let _ = write!(text, "{cell}{}  ", " ".repeat(pad));
            }
        }
        text
    };
    println!("{}", cx.paint.bold(&line(&header)));
    for (case, cells) in cases.iter().zip(&rows) {
        let text = line(cells);
        println!("{}", if case.is_overdue(cx.as_of) { cx.paint.error(&text) } else { text });
    }
    println!();
    println!("{}", totals(&repo, &cases, cx));
    // The requests and correction requests among the cases shown.
    let count = |kind: CaseKind| cases.iter().filter(|c| c.kind == kind).count();
    let (requests, corrections) = (count(CaseKind::Request), count(CaseKind::Correction));
    if requests + corrections > 0 {
        println!("{}", t!("feedback-list-kinds", requests = requests, corrections = corrections));
    }
    Ok(EXIT_OK)
}

fn row(case: &Case, cx: &Context) -> [String; 7] {
    let due = if case.is_overdue(cx.as_of) {
        t!("feedback-list-overdue", due = case.due_on.to_string())
    } else {
        case.due_on.to_string()
    };
    [
        case.id.clone(),
        case.received_on.to_string(),
        case.channel.clone(),
        case.from.as_str().to_string(),
        case.status.to_string(),
        due,
        case.summary.clone(),
    ]
}

fn totals(repo: &Repo, shown: &[&Case], cx: &Context) -> String {
    let all = &repo.cases;
    let open = all.iter().filter(|c| c.status.is_open()).count();
    let overdue = all.iter().filter(|c| c.is_overdue(cx.as_of)).count();
    let answered = all.iter().filter(|c| matches!(c.status, CaseStatus::Answered | CaseStatus::Closed)).count();
    let rejected = all.iter().filter(|c| c.status == CaseStatus::Rejected).count();
    let as_of = cx.as_of.to_string();
    if shown.len() == all.len() {
        t!(
            "feedback-list-totals",
            all = all.len(),
            open = open,
            overdue = overdue,
            as_of = as_of,
            answered = answered,
            rejected = rejected
        )
    } else {
        t!(
            "feedback-list-totals-shown",
            shown = shown.len(),
            all = all.len(),
            open = open,
            overdue = overdue,
            as_of = as_of,
            answered = answered,
            rejected = rejected
        )
    }
}

/// The public-safe fields of a case (no name, contact or opinion text).
fn case_summary_json(case: &Case, cx: &Context) -> serde_json::Value {
    json!({
        "id": case.id,
        "file": case.file,
        "kind": case.kind.as_str(),
        "received_on": case.received_on,
        "channel": case.channel,
        "from": case.from.as_str(),
        "about": case.about,
        "summary": case.summary,
        "due_on": case.due_on,
        "status": case.status.as_str(),
        "overdue": case.is_overdue(cx.as_of),
        "extended_days": case.extension().and_then(|a| a.days),
        "answered_on": case.response().map(|r| r.on),
        "public": case.is_public(),
        "rating": case.response().and_then(|r| r.rating).map(Rating::as_str),
    })
}

/// Shows one case, everything included.
pub fn show(cx: &Context, id: &str) -> Result<i32> {
    cx.require_format("feedback show", &[Format::Text, Format::Json])?;
    let (repo, findings) = cx.load()?;
    let case = find_case(&repo, &findings, id)?;
    if cx.format == Format::Json {
        let mut value = case_summary_json(case, cx);
        let actions: Vec<_> = case
            .actions
            .iter()
            .map(|a| json!({ "on": a.on, "by": a.by, "kind": a.kind.word(), "days": a.days, "note": a.note }))
            .collect();
        value["actions"] = json!(actions);
        let response = |r: &Response| json!({ "on": r.on, "outcome": r.outcome.map(Outcome::as_str), "item": r.item, "correction_on": r.correction_on, "text": r.text, "public": r.public, "rating": r.rating.map(Rating::as_str), "rated_on": r.rated_on, "rated_by": r.rated_by });
        value["response"] = case.response().map_or(serde_json::Value::Null, response);
        value["responses"] = json!(case.responses.iter().map(response).collect::<Vec<_>>());
        value["private"] = json!({ "name": case.name, "contact": case.contact, "opinion": case.body });
        println!("{}", serde_json::to_string_pretty(&value)?);
        return Ok(EXIT_OK);
    }
    print!("{}", show_text(&repo, case, cx));
    Ok(EXIT_OK)
}

fn show_text(repo: &Repo, case: &Case, cx: &Context) -> String {
    let mut out = String::new();
    let labels = ["file", "kind", "received", "name", "contact", "about", "status", "due"].map(|key| (key, field_label(key)));
    let width = labels.iter().map(|(_, label)| display_width(label)).max().unwrap_or(0).max(10);
    let mut field = |key: &str, value: &str| {
        let label = labels.iter().find(|(k, _)| *k == key).map_or(key, |(_, label)| label.as_str());
        let pad = width.saturating_sub(display_width(label));
        let _ = writeln!(out, "  {label}{} {value}", " ".repeat(pad));
    };
    let private = |value: &Option<String>| {
        value
            .as_deref()
            .map_or_else(|| t!("feedback-show-not-given"), |v| t!("feedback-show-private", value = v))
    };
    field("file", &case.file);
    if case.kind.is_decided() {
        field("kind", &t!("feedback-show-kind", kind = case.kind.as_str()));
    }
    let sender = match case.from {
        Sender::Public => "public",
        Sender::Member => "member",
    };
    field(
        "received",
        &t!(
            "feedback-show-received-by",
            on = case.received_on.to_string(),
            channel = case.channel.as_str(),
            from = sender
        ),
    );
    field("name", &private(&case.name));
    field("contact", &private(&case.contact));
    if let Some(about) = &case.about {
        field("about", &about_text(repo, about));
    }
    field("status", &status_text(case));
    field("due", &due_text(case, cx));
    let mut text = format!("{} {}\n{out}", cx.paint.bold(&case.id), cx.paint.bold(&case.summary));
    let _ = writeln!(text, "\n  {}", t!("feedback-show-log"));
    if case.actions.is_empty() {
        let _ = writeln!(text, "    {}", t!("feedback-show-log-empty"));
    }
    let by_width = case.actions.iter().map(|a| display_width(a.by.as_deref().unwrap_or("-"))).max().unwrap_or(0);
    for action in &case.actions {
        text.push_str(&action_line(action, by_width));
    }
    if case.responses.is_empty() && case.status != CaseStatus::Rejected {
        let _ = writeln!(text, "\n  {}\n    {}", t!("feedback-show-answer"), t!("feedback-show-unanswered"));
    }
    let latest = case.responses.len().saturating_sub(1);
    for (index, response) in case.responses.iter().enumerate() {
        let board = if case.public_answer(NaiveDate::MAX) == Some(response) {
            t!("feedback-show-board-shown")
        } else if response.public && index == latest {
            t!("feedback-show-board-later")
        } else if response.public {
            t!("feedback-show-board-public")
        } else {
            t!("feedback-show-board-private")
        };
        let rating = match (response.rating, response.rated_on, response.rated_by.as_deref()) {
            (None, _, _) => t!("feedback-show-not-rated"),
            (Some(r), Some(on), Some(by)) => t!("feedback-show-rated-on-by", rating = r.as_str(), on = on.to_string(), by = by),
            (Some(r), Some(on), None) => t!("feedback-show-rated-on", rating = r.as_str(), on = on.to_string()),
            (Some(r), None, Some(by)) => t!("feedback-show-rated-by", rating = r.as_str(), by = by),
            (Some(r), None, None) => t!("feedback-show-rated", rating = r.as_str()),
        };
        let earlier = if case.status.is_open() || index < latest { "yes" } else { "no" };
        let heading = t!(
            "feedback-show-answer-heading",
            earlier = earlier,
            on = response.on.to_string(),
            board = board,
            rating = rating
        );
        let _ = writeln!(text, "\n  {heading}");
        if let Some(outcome) = response.outcome {
            let decision = match (&response.item, response.correction_on) {
                (Some(item), Some(on)) => t!(
                    "feedback-show-decision-corrected",
                    outcome = outcome.as_str(),
                    item = item.as_str(),
                    on = on.to_string()
                ),
                (Some(item), None) => t!("feedback-show-decision-item", outcome = outcome.as_str(), item = item.as_str()),
                (None, _) => t!("feedback-show-decision", outcome = outcome.as_str()),
            };
            let _ = writeln!(text, "    {decision}");
        }
        text.push_str(&indent(&response.text));
    }
    let _ = writeln!(text, "\n  {}", t!("feedback-show-opinion"));
    text.push_str(&indent(&case.body));
    if let Some(next) = next_step(case) {
        let _ = writeln!(text, "\n{}", t!("feedback-show-next", next = next));
    }
    text
}

/// The label of a field of `feedback show`.
fn field_label(key: &str) -> String {
    match key {
        "file" => t!("feedback-show-file"),
        "kind" => t!("feedback-show-kind-label"),
        "received" => t!("feedback-show-received"),
        "name" => t!("feedback-show-name"),
        "contact" => t!("feedback-show-contact"),
        "about" => t!("feedback-show-about"),
        "status" => t!("feedback-show-status"),
        _ => t!("feedback-show-due"),
    }
}

fn about_text(repo: &Repo, about: &str) -> String {
    if let Some(entry) = repo.catalogue.entry(about) {
        t!("feedback-show-about-entry", id = about, title = entry.title.as_str())
    } else if let Some(item) = repo.item(about) {
        t!("feedback-show-about-item", id = about, title = item.title.as_str())
    } else {
        t!("feedback-show-about-unknown", id = about)
    }
}

fn status_text(case: &Case) -> String {
    let answered = case.response().map(|r| match r.on {
        on if on <= case.due_on => t!("feedback-show-answered-in-time", on = on.to_string()),
        on => t!("feedback-show-answered-late", on = on.to_string(), days = (on - case.due_on).num_days()),
    });
    match case.status {
        CaseStatus::Received => t!("feedback-show-status-received"),
        CaseStatus::Handling if case.response().is_some() => t!("feedback-show-status-reopened"),
        CaseStatus::Handling => t!("feedback-show-status-handling"),
        CaseStatus::Answered => answered.unwrap_or_else(|| t!("feedback-show-status-answered")),
        CaseStatus::Closed => {
            let closed = case.ended_on().map_or_else(
                || t!("feedback-show-status-closed"),
                |on| t!("feedback-show-status-closed-on", on = on.to_string()),
            );
            answered.map_or(closed.clone(), |answered| {
                t!("feedback-show-status-closed-answered", closed = closed, answered = answered)
            })
        }
        CaseStatus::Rejected => case.ended_on().map_or_else(
            || t!("feedback-show-status-rejected"),
            |on| t!("feedback-show-status-rejected-on", on = on.to_string()),
        ),
    }
}

fn due_text(case: &Case, cx: &Context) -> String {
    let mut notes = Vec::new();
    if let Some(extension) = case.extension() {
        notes.push(t!(
            "feedback-show-due-extended",
            days = extension.days.unwrap_or_default(),
            on = extension.on.to_string()
        ));
    }
    if let Some(reopened) = case.actions.iter().rev().find(|a| a.kind == ActionKind::Reopen) {
        notes.push(t!("feedback-show-due-reopened", on = reopened.on.to_string()));
    }
    if case.is_overdue(cx.as_of) {
        notes.push(t!("feedback-show-due-overdue", days = (cx.as_of - case.due_on).num_days()));
    } else if case.status.is_open() {
        let left = (case.due_on - cx.as_of).num_days();
        notes.push(if left == 0 {
            t!("feedback-show-due-today")
        } else {
            t!("feedback-show-due-left", days = left)
        });
    }
    if notes.is_empty() {
        case.due_on.to_string()
    } else {
        t!(
            "feedback-show-due-notes",
            due = case.due_on.to_string(),
            notes = notes.join(&t!("feedback-show-note-separator"))
        )
    }
}

fn action_line(action: &Action, by_width: usize) -> String {
    let by = action.by.as_deref().unwrap_or("-");
    let pad = by_width.saturating_sub(display_width(by));
    let label = match action.kind {
        ActionKind::Log => String::new(),
        ActionKind::Extend => t!("feedback-show-step-extended", days = action.days.unwrap_or_default()),
        ActionKind::Reject => t!("feedback-show-step-rejected"),
        ActionKind::Reopen => t!("feedback-show-step-reopened"),
        ActionKind::Close => t!("feedback-show-step-closed"),
    };
    let label = if label.is_empty() { label } else { format!("{label} ") };
    format!("    {}  {by}{}  {label}{}\n", action.on, " ".repeat(pad), action.note)
}

/// Terminal columns: CJK characters take two.
fn display_width(text: &str) -> usize {
    text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

fn indent(text: &str) -> String {
    let mut out = String::new();
    for line in text.trim_end().lines() {
        if line.is_empty() {
            out.push('\n');
        } else {
            let _ = writeln!(out, "    {line}");
        }
    }
    out
}

fn next_step(case: &Case) -> Option<String> {
    let id = case.id.as_str();
    match case.status {
        CaseStatus::Received | CaseStatus::Handling if case.kind.is_decided() => Some(t!("feedback-show-next-decide", id = id)),
        CaseStatus::Received | CaseStatus::Handling => Some(t!("feedback-show-next-open", id = id)),
        CaseStatus::Answered if case.response().is_some_and(|r| r.rating.is_none()) => Some(t!("feedback-show-next-rate", id = id)),
        CaseStatus::Answered => Some(t!("feedback-show-next-close", id = id)),
        CaseStatus::Closed | CaseStatus::Rejected => None,
    }
}
