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
use crate::model::{Action, ActionKind, Case, CaseStatus, Rating, Repo, Response, Sender};
use crate::EXIT_OK;

const HEADER: [&str; 7] = ["ID", "RECEIVED", "CHANNEL", "FROM", "STATUS", "DUE", "SUMMARY"];

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
            (_, true) => format!("No feedback case is overdue as of {}.", cx.as_of),
            (true, false) => "No feedback case is open.".to_string(),
            (false, false) => "No feedback cases yet. Record one with `disclose feedback new --channel C --summary S`.".to_string(),
        };
        println!("{what}");
        return Ok(EXIT_OK);
    }
    let rows: Vec<[String; 7]> = cases.iter().map(|case| row(case, cx)).collect();
    let mut widths = HEADER.map(str::len);
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |cells: &[String; 7]| {
        let mut text = String::new();
        for (index, cell) in cells.iter().enumerate() {
            if index + 1 == cells.len() {
                text.push_str(cell);
            } else {
                let _ = write!(text, "{cell:<width$}  ", width = widths[index]);
            }
        }
        text
    };
    println!("{}", cx.paint.bold(&line(&HEADER.map(String::from))));
    for (case, cells) in cases.iter().zip(&rows) {
        let text = line(cells);
        println!("{}", if case.is_overdue(cx.as_of) { cx.paint.error(&text) } else { text });
    }
    println!();
    println!("{}", totals(&repo, &cases, cx));
    Ok(EXIT_OK)
}

fn row(case: &Case, cx: &Context) -> [String; 7] {
    let due = if case.is_overdue(cx.as_of) {
        format!("{} OVERDUE", case.due_on)
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
    let lead = if shown.len() == all.len() {
        format!("{} cases", all.len())
    } else {
        format!("{} of {} cases shown", shown.len(), all.len())
    };
    format!(
        "{lead}: {open} open ({overdue} overdue as of {}), {answered} answered or closed, {rejected} not accepted.",
        cx.as_of
    )
}

/// The public-safe fields of a case (no name, contact or opinion text).
fn case_summary_json(case: &Case, cx: &Context) -> serde_json::Value {
    json!({
        "id": case.id,
        "file": case.file,
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
        let response = |r: &Response| json!({ "on": r.on, "text": r.text, "public": r.public, "rating": r.rating.map(Rating::as_str), "rated_on": r.rated_on, "rated_by": r.rated_by });
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
    let mut field = |label: &str, value: &str| {
        let _ = writeln!(out, "  {label:<10} {value}");
    };
    let private = |value: &Option<String>| value.as_deref().map_or_else(|| "(not given)".to_string(), |v| format!("{v}  (private)"));
    field("file", &case.file);
    let sender = match case.from {
        Sender::Public => "a member of the public",
        Sender::Member => "a party member",
    };
    field("received", &format!("{} by {}, from {sender}", case.received_on, case.channel));
    field("name", &private(&case.name));
    field("contact", &private(&case.contact));
    if let Some(about) = &case.about {
        field("about", &about_text(repo, about));
    }
    field("status", &status_text(case));
    field("due", &due_text(case, cx));
    let mut text = format!("{} {}\n{out}", cx.paint.bold(&case.id), cx.paint.bold(&case.summary));
    text.push_str("\n  handling log\n");
    if case.actions.is_empty() {
        text.push_str("    (nothing yet)\n");
    }
    let by_width = case.actions.iter().map(|a| display_width(a.by.as_deref().unwrap_or("-"))).max().unwrap_or(0);
    for action in &case.actions {
        text.push_str(&action_line(action, by_width));
    }
    if case.responses.is_empty() && case.status != CaseStatus::Rejected {
        text.push_str("\n  answer\n    (not answered yet)\n");
    }
    let latest = case.responses.len().saturating_sub(1);
    for (index, response) in case.responses.iter().enumerate() {
        let board = if case.public_answer(NaiveDate::MAX) == Some(response) {
            "public: shown on the board"
        } else if response.public && index == latest {
            "public once the case is answered again"
        } else if response.public {
            "public"
        } else {
            "not public"
        };
        let rating = response.rating.map_or_else(
            || "not rated".to_string(),
            |r| {
                let by = response.rated_by.as_deref().map(|by| format!(" by {by}")).unwrap_or_default();
                let on = response.rated_on.map(|on| format!(" on {on}")).unwrap_or_default();
                format!("rated {}{on}{by}", r.as_str())
            },
        );
        let heading = if case.status.is_open() || index < latest {
            "earlier answer"
        } else {
            "answer"
        };
        let _ = writeln!(text, "\n  {heading} of {} ({board}; {rating})", response.on);
        text.push_str(&indent(&response.text));
    }
    text.push_str("\n  opinion as received (private)\n");
    text.push_str(&indent(&case.body));
    if let Some(next) = next_step(case) {
        let _ = writeln!(text, "\nNext: {next}");
    }
    text
}

fn about_text(repo: &Repo, about: &str) -> String {
    if let Some(entry) = repo.catalogue.entry(about) {
        format!("entry {about} · {}", entry.title)
    } else if let Some(item) = repo.item(about) {
        format!("item {about} · {}", item.title)
    } else {
        format!("{about} (no such entry or item)")
    }
}

fn status_text(case: &Case) -> String {
    let answered = case.response().map(|r| match r.on {
        on if on <= case.due_on => format!("answered on {on}, within the limit"),
        on => format!("answered on {on}, {} days after the limit", (on - case.due_on).num_days()),
    });
    match case.status {
        CaseStatus::Received => "received, nothing done yet".to_string(),
        CaseStatus::Handling if case.response().is_some() => "handling again after the answer was reopened".to_string(),
        CaseStatus::Handling => "handling".to_string(),
        CaseStatus::Answered => answered.unwrap_or_else(|| "answered".to_string()),
        CaseStatus::Closed => {
            let closed = case.ended_on().map_or_else(|| "closed".to_string(), |on| format!("closed on {on}"));
            answered.map_or(closed.clone(), |answered| format!("{closed}; {answered}"))
        }
        CaseStatus::Rejected => format!("not accepted (不予受理){}", case.ended_on().map(|on| format!(" on {on}")).unwrap_or_default()),
    }
}

fn due_text(case: &Case, cx: &Context) -> String {
    let mut notes = Vec::new();
    if let Some(extension) = case.extension() {
        notes.push(format!("extended by {} working days on {}", extension.days.unwrap_or_default(), extension.on));
    }
    if let Some(reopened) = case.actions.iter().rev().find(|a| a.kind == ActionKind::Reopen) {
        notes.push(format!("a new limit from the reopening on {}", reopened.on));
    }
    if case.is_overdue(cx.as_of) {
        notes.push(format!("OVERDUE by {} days", (cx.as_of - case.due_on).num_days()));
    } else if case.status.is_open() {
        let left = (case.due_on - cx.as_of).num_days();
        notes.push(if left == 0 { "due today".to_string() } else { format!("{left} days left") });
    }
    if notes.is_empty() {
        case.due_on.to_string()
    } else {
        format!("{} ({})", case.due_on, notes.join("; "))
    }
}

fn action_line(action: &Action, by_width: usize) -> String {
    let by = action.by.as_deref().unwrap_or("-");
    let pad = by_width.saturating_sub(display_width(by));
    let label = match action.kind {
        ActionKind::Log => String::new(),
        ActionKind::Extend => format!("[extended by {} working days] ", action.days.unwrap_or_default()),
        ActionKind::Reject => "[not accepted] ".to_string(),
        ActionKind::Reopen => "[reopened] ".to_string(),
        ActionKind::Close => "[closed] ".to_string(),
    };
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
    let id = &case.id;
    match case.status {
        CaseStatus::Received | CaseStatus::Handling => Some(format!(
            "log a step with `disclose feedback log {id} --note \"…\"`, or answer with `disclose feedback respond {id} --text \"…\"`"
        )),
        CaseStatus::Answered if case.response().is_some_and(|r| r.rating.is_none()) => Some(format!(
            "record the person's view with `disclose feedback rate {id} --rating satisfied|partly|unsatisfied`, then `disclose feedback close {id}`"
        )),
        CaseStatus::Answered => Some(format!("close it with `disclose feedback close {id}`")),
        CaseStatus::Closed | CaseStatus::Rejected => None,
    }
}
