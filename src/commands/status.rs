//! `disclose status`: the secretary's to-do list. Overdue obligations (most overdue
//! first), obligations due in the next 14 days, drafts waiting for review or approval,
//! approved items not yet published, open feedback cases near their limit, and a
//! catalogue that needs approval; each line with the command to run next. Informational:
//! it always exits 0 when it could run.

use std::fmt::Write as _;

use anyhow::Result;
use chrono::NaiveDate;
use serde_json::{json, Value};

use crate::cli::Format;
use crate::commands::context::Context;
use crate::diag::{Code, Findings, Level, Paint};
use crate::load::digest::describe_changes;
use crate::model::{Case, Item, Repo};
use crate::obligations::advice::{draft_for, item_command, obligation_command, pending_items, PendingItems};
use crate::obligations::deadline::{add_working_days, working_days_between};
use crate::obligations::notice::{describe, ending_soon, NoticePeriod, ENDING_SOON_WORKING_DAYS};
use crate::obligations::{Obligation, State};
use crate::table::pad_right;
use crate::EXIT_OK;

/// Open feedback cases are listed once their limit is this many working days away.
pub const FEEDBACK_SOON_WORKING_DAYS: u32 = 5;

/// Everything on the to-do list.
struct Status<'a> {
    overdue: Vec<&'a Obligation>,
    due_soon: Vec<&'a Obligation>,
    review: Vec<&'a Item>,
    approve: Vec<&'a Item>,
    later: Vec<&'a Item>,
    publish: Vec<&'a Item>,
    feedback: Vec<&'a Case>,
    notices: Vec<(&'a Item, NoticePeriod)>,
    catalogue: Option<(String, String)>,
    uncovered: Vec<i32>,
    other_errors: usize,
}

impl Status<'_> {
    fn is_empty(&self) -> bool {
        self.overdue.is_empty()
            && self.due_soon.is_empty()
            && self.review.is_empty()
            && self.approve.is_empty()
            && self.later.is_empty()
            && self.publish.is_empty()
            && self.feedback.is_empty()
            && self.notices.is_empty()
            && self.catalogue.is_none()
            && self.uncovered.is_empty()
            && self.other_errors == 0
    }
}

fn gather<'a>(repo: &'a Repo, list: &'a [Obligation], findings: &Findings, as_of: NaiveDate) -> Status<'a> {
    let mut overdue: Vec<&Obligation> = list.iter().filter(|o| o.state == State::Overdue).collect();
    overdue.sort_by_key(|o| o.due());
    let due_soon: Vec<&Obligation> = list.iter().filter(|o| o.state == State::Due).collect();
    let mut uncovered: Vec<i32> = list
        .iter()
        .filter(|o| !o.is_met())
        .flat_map(|o| o.deadline.uncovered_years(&repo.calendar))
        .collect();
    uncovered.sort_unstable();
    uncovered.dedup();
    let PendingItems {
        review,
        approve,
        later,
        publish,
    } = pending_items(repo, as_of);
    let soon = add_working_days(&repo.calendar, as_of, FEEDBACK_SOON_WORKING_DAYS).due;
    let mut feedback: Vec<&Case> = repo.cases.iter().filter(|case| case.status.is_open() && case.due_on <= soon).collect();
    feedback.sort_by(|a, b| (a.due_on, &a.id).cmp(&(b.due_on, &b.id)));
    let shown = [
        Code::ObligationOverdue,
        Code::FeedbackOverdue,
        Code::CatalogueChanged,
        Code::CatalogueUnapproved,
    ];
    let other_errors = findings.iter().filter(|f| f.level == Level::Error && !shown.contains(&f.code)).count();
    Status {
        overdue,
        due_soon,
        review,
        approve,
        later,
        publish,
        feedback,
        notices: ending_soon(repo, as_of),
        catalogue: catalogue_problem(repo),
        uncovered,
        other_errors,
    }
}

/// What is wrong with the catalogue's approval, and the command that fixes it.
fn catalogue_problem(repo: &Repo) -> Option<(String, String)> {
    const APPROVE: &str = "disclose catalogue approve --by 党务公开工作领导小组";
    if repo.catalogue.categories.is_empty() {
        return Some((crate::t!("status-catalogue-empty"), crate::t!("status-catalogue-empty-fix")));
    }
    match repo.config.approval() {
        None => Some((crate::t!("status-catalogue-unapproved"), APPROVE.to_string())),
        Some(_) if repo.catalogue_in_force() => None,
        Some(approval) => {
            let changes = describe_changes(&approval.parts, repo.catalogue_digest.parts_like(&approval.parts));
            let what = if changes.is_empty() || approval.parts.is_empty() {
                crate::t!("status-catalogue-changed-meaning")
            } else {
                changes.join(&crate::t!("list-separator"))
            };
            let problem = crate::t!("status-catalogue-changed", on = approval.approved_on.to_string(), what = what);
            Some((problem, APPROVE.to_string()))
        }
    }
}

/// Runs `status`.
pub fn run(cx: &Context) -> Result<i32> {
    cx.require_format("status", &[Format::Text, Format::Json])?;
    let (repo, list, findings) = cx.checked()?;
    let status = gather(&repo, &list, &findings, cx.as_of);
    if cx.format == Format::Json {
        println!("{}", serde_json::to_string_pretty(&to_json(&repo, &status, cx.as_of))?);
    } else {
        print!("{}", to_text(&repo, &status, cx.as_of, cx.paint));
    }
    Ok(EXIT_OK)
}

fn title_of<'a>(repo: &'a Repo, entry: &str) -> &'a str {
    repo.catalogue.entry(entry).map_or("", |e| e.title.as_str())
}

fn obligation_line(repo: &Repo, obligation: &Obligation, as_of: NaiveDate) -> String {
    let distance = (obligation.due() - as_of).num_days();
    let when = match distance {
        0 => "today",
        d if d < 0 => "past",
        _ => "future",
    };
    crate::t!(
        "status-obligation",
        entry = pad_right(&obligation.entry, 5),
        label = crate::obligations::terms::obligation(obligation),
        title = title_of(repo, &obligation.entry),
        due = obligation.due().to_string(),
        when = when,
        days = distance.abs()
    )
}

fn item_line(item: &Item) -> String {
    match item.when_label() {
        Some(when) => crate::t!(
            "status-item-when",
            id = item.id.as_str(),
            title = item.title.as_str(),
            entry = item.entry.as_str(),
            when = when
        ),
        None => crate::t!("status-item", id = item.id.as_str(), title = item.title.as_str(), entry = item.entry.as_str()),
    }
}

fn feedback_line(repo: &Repo, case: &Case, as_of: NaiveDate) -> String {
    let (when, days) = if as_of > case.due_on {
        ("overdue", (as_of - case.due_on).num_days())
    } else {
        match working_days_between(&repo.calendar, as_of, case.due_on).max(0) {
            0 => ("today", 0),
            n => ("left", n),
        }
    };
    crate::t!(
        "status-feedback",
        kind = case.kind.as_str(),
        id = case.id.as_str(),
        summary = case.summary.as_str(),
        status = case.status.to_string(),
        due = case.due_on.to_string(),
        when = when,
        days = days
    )
}

fn feedback_command(case: &Case) -> String {
    case.kind.answer_command(&case.id)
}

fn to_text(repo: &Repo, status: &Status, as_of: NaiveDate, paint: Paint) -> String {
    let mut out = String::new();
    let heading = crate::t!("status-heading", organisation = repo.config.display_name(), as_of = as_of.to_string());
    let _ = writeln!(out, "{}", paint.bold(&heading));
    if status.is_empty() {
        let _ = writeln!(out, "\n{}", paint.ok(&crate::t!("status-nothing-to-do")));
        return out;
    }
    let mut group = |heading: String, lines: Vec<(String, String)>| {
        if lines.is_empty() {
            return;
        }
        let _ = writeln!(out, "\n{heading}");
        for (line, command) in lines {
            let _ = writeln!(out, "  {line}\n      {} {}", paint.hint("→"), paint.hint(&command));
        }
    };
    let obligation_lines = |list: &[&Obligation]| {
        list.iter()
            .map(|o| (obligation_line(repo, o, as_of), obligation_command(repo, o, as_of)))
            .collect::<Vec<_>>()
    };
    let item_lines = |list: &[&Item]| list.iter().map(|i| (item_line(i), item_command(repo, i, as_of))).collect::<Vec<_>>();
    group(
        paint.error(&crate::t!("status-group-overdue", n = status.overdue.len())),
        obligation_lines(&status.overdue),
    );
    group(
        paint.warning(&crate::t!("status-group-due-soon", n = status.due_soon.len())),
        obligation_lines(&status.due_soon),
    );
    group(
        paint.bold(&crate::t!("status-group-review", n = status.review.len())),
        item_lines(&status.review),
    );
    group(
        paint.bold(&crate::t!("status-group-approve", n = status.approve.len())),
        item_lines(&status.approve),
    );
    group(paint.bold(&crate::t!("status-group-later", n = status.later.len())), item_lines(&status.later));
    group(
        paint.bold(&crate::t!("status-group-publish", n = status.publish.len())),
        item_lines(&status.publish),
    );
    let feedback = status.feedback.iter().map(|c| (feedback_line(repo, c, as_of), feedback_command(c))).collect();
    group(paint.warning(&crate::t!("status-group-feedback", n = status.feedback.len())), feedback);
    let notices = status
        .notices
        .iter()
        .map(|(item, notice)| (describe(&repo.calendar, item, notice, as_of), format!("disclose explain {}", item.id)))
        .collect();
    group(
        paint.bold(&crate::t!("status-group-notices", days = ENDING_SOON_WORKING_DAYS, n = status.notices.len())),
        notices,
    );
    if let Some((problem, command)) = &status.catalogue {
        group(paint.error(&crate::t!("status-group-catalogue")), vec![(problem.clone(), command.clone())]);
    }
    let years = status
        .uncovered
        .iter()
        .map(|year| {
            let year = year.to_string();
            (
                crate::t!("status-uncovered", year = year.as_str()),
                crate::t!("status-uncovered-fix", year = year.as_str()),
            )
        })
        .collect();
    group(paint.warning(&crate::t!("status-group-calendar")), years);
    if status.other_errors > 0 {
        group(
            paint.error(&crate::t!("status-group-files")),
            vec![(crate::t!("status-other-errors", n = status.other_errors), "disclose check".to_string())],
        );
    }
    out
}

fn obligation_json(repo: &Repo, obligation: &Obligation, as_of: NaiveDate) -> Value {
    json!({
        "entry": obligation.entry,
        "title": title_of(repo, &obligation.entry),
        "label": obligation.label(),
        "period": obligation.period().map(|p| p.to_string()),
        "due": obligation.due(),
        "state": obligation.state.as_str(),
        "days_until_due": (obligation.due() - as_of).num_days(),
        "draft": draft_for(repo, obligation, as_of).map(|item| item.id.clone()),
        "next": obligation_command(repo, obligation, as_of),
    })
}

fn item_json(repo: &Repo, item: &Item, as_of: NaiveDate) -> Value {
    json!({
        "id": item.id,
        "file": item.file,
        "entry": item.entry,
        "title": item.title,
        "period": item.period.map(|p| p.to_string()),
        "event": item.event,
        "next": item_command(repo, item, as_of),
    })
}

fn to_json(repo: &Repo, status: &Status, as_of: NaiveDate) -> Value {
    let obligations = |list: &[&Obligation]| list.iter().map(|o| obligation_json(repo, o, as_of)).collect::<Vec<_>>();
    let items = |list: &[&Item]| list.iter().map(|i| item_json(repo, i, as_of)).collect::<Vec<_>>();
    let feedback: Vec<Value> = status
        .feedback
        .iter()
        .map(|case| {
            json!({
                "id": case.id,
                "kind": case.kind.as_str(),
                "file": case.file,
                "summary": case.summary,
                "status": case.status.as_str(),
                "due_on": case.due_on,
                "overdue": case.is_overdue(as_of),
                "working_days_left": working_days_between(&repo.calendar, as_of, case.due_on).max(0),
                "next": feedback_command(case),
            })
        })
        .collect();
    json!({
        "as_of": as_of,
        "nothing_to_do": status.is_empty(),
        "overdue": obligations(&status.overdue),
        "due_soon": obligations(&status.due_soon),
        "waiting_for_review": items(&status.review),
        "waiting_for_approval": items(&status.approve),
        "waiting_for_date": items(&status.later),
        "ready_to_publish": items(&status.publish),
        "feedback": feedback,
        "notices_ending": status
            .notices
            .iter()
            .map(|(item, notice)| crate::obligations::notice::notice_json(&repo.calendar, item, notice, as_of))
            .collect::<Vec<_>>(),
        "catalogue": status.catalogue.as_ref().map(|(problem, next)| json!({ "problem": problem, "next": next })),
        "uncovered_years": status.uncovered,
        "other_errors": status.other_errors,
    })
}
