//! The handling steps: `log`, `extend`, `respond`, `reject`, `rate`, `reopen` and `close`.
//! Each one asks the case's state machine ([`crate::model::case_flow`]) whether the step is
//! allowed and where it leads, then edits the front matter in place (status, `due_on`, a
//! new `[[action]]` after the existing ones, a new `[[response]]` after the earlier
//! answers, the rating of the latest answer), keeping comments, key order and the body
//! byte for byte. Nothing is overwritten: a reopened case keeps its earlier answers and
//! their ratings, and a rating once recorded stays.

use std::fs;
use std::path::PathBuf;

use anyhow::{Context as _, Result};
use chrono::NaiveDate;
use serde_json::json;
use toml_edit::{ArrayOfTables, Item, Table, Value};

use super::{close_note, find_case, non_empty, working_days_after};
use crate::cli::Format;
use crate::commands::context::{lock_repository, Context, Refusal};
use crate::model::case_flow::latest_status;
use crate::model::{allowed, ActionKind, Case, CaseAction, CaseStatus, Rating, Repo};
use crate::rules::identity::identity_in;
use crate::rules::personal::find_personal_data;
use crate::store::edit::{date_value, push_table, set_keeping_decor, FrontMatterDocument};
use crate::store::lock::Lock;
use crate::store::readback::{text_value, Shape};
use crate::store::write_atomic;
use crate::EXIT_OK;

/// A case opened for editing: the loaded model (to check the state) and the file's front
/// matter as an editable document, under the repository lock (taken before the case is
/// read, so that parallel steps on one case follow each other and none is lost).
struct Open {
    _lock: Lock,
    repo: Repo,
    case: Case,
    path: PathBuf,
    doc: FrontMatterDocument,
}

impl Open {
    /// Loads the repository, finds the case and parses its file for editing.
    fn load(cx: &Context, id: &str, command: &str) -> Result<Open> {
        cx.require_format(&format!("feedback {command}"), &[Format::Text, Format::Json])?;
        let lock = lock_repository(&cx.root()?, &format!("feedback {command}"))?;
        let (repo, findings) = cx.load()?;
        let case = find_case(&repo, &findings, id)?.clone();
        let path = repo.root.join(&case.file);
        let text = fs::read_to_string(&path).with_context(|| format!("could not read {}", case.file))?;
        let doc = FrontMatterDocument::parse(&text).with_context(|| format!("could not edit {}", case.file))?;
        Ok(Open {
            _lock: lock,
            repo,
            case,
            path,
            doc,
        })
    }

    /// The date of a new step: `--on` or today; never before the case was received, never
    /// after today, and (for the handling log) never before the log's last step.
    fn date(&self, cx: &Context, on: Option<NaiveDate>, in_log: bool) -> Result<NaiveDate> {
        let on = on.unwrap_or(cx.as_of);
        let case = &self.case;
        if on < case.received_on {
            return Err(Refusal::new(
                format!("{on} is before case {} was received ({})", case.id, case.received_on),
                format!("give --on a date on or after {}", case.received_on),
            )
            .into());
        }
        if on > cx.as_of {
            return Err(Refusal::new(format!("{on} is after today ({})", cx.as_of), "record a step once it has happened").into());
        }
        if let Some(last) = case.actions.last().filter(|last| in_log && on < last.on) {
            return Err(Refusal::new(
                format!("{on} is before the last step in the handling log of case {} ({})", case.id, last.on),
                format!("the log is kept in date order: give --on {} or later", last.on),
            )
            .into());
        }
        Ok(on)
    }

    /// The case's status after its whole history.
    fn status(&self) -> CaseStatus {
        latest_status(&self.case)
    }

    /// Where `action` leads from the case's status, or a refusal saying why it is not
    /// allowed (with `help`, or the state machine's rule).
    fn require(&self, action: CaseAction, doing: &str, help: Option<String>) -> Result<CaseStatus> {
        allowed(self.status(), action).map_err(|why| {
            Refusal::new(
                format!("case {} {}, so it cannot be {doing}", self.case.id, self.state_phrase()),
                help.unwrap_or_else(|| why.rule().to_string()),
            )
            .into()
        })
    }

    /// `was answered on …`, `is still open (handling)` and the like, to explain a refusal.
    fn state_phrase(&self) -> String {
        let case = &self.case;
        let on = |date: Option<NaiveDate>| date.map(|d| format!(" on {d}")).unwrap_or_default();
        match self.status() {
            status @ (CaseStatus::Received | CaseStatus::Handling) => format!("is still open ({status})"),
            CaseStatus::Answered => format!("was answered{}", on(case.response().map(|r| r.on))),
            CaseStatus::Closed => format!("was closed{}", on(case.ended_on())),
            CaseStatus::Rejected => format!("was not accepted (rejected){}", on(case.ended_on())),
        }
    }

    /// Appends an `[[action]]` after the existing ones (above `[response]`); `note` was
    /// given as the argument `arg` (`--note`, `--reason`).
    fn push_action(&mut self, on: NaiveDate, by: Option<&str>, kind: ActionKind, days: Option<u32>, (arg, note): (&str, &str)) -> Result<()> {
        let mut table = Table::new();
        table.insert("on", Item::Value(date_value(on)));
        if let Some(by) = by.map(str::trim).filter(|b| !b.is_empty()) {
            table.insert("by", Item::Value(text_value("--by", by, Shape::Line)?));
        }
        if let Some(word) = kind.word() {
            table.insert("kind", Item::Value(Value::from(word)));
        }
        if let Some(days) = days {
            table.insert("days", Item::Value(Value::from(i64::from(days))));
        }
        table.insert("note", Item::Value(text_value(arg, note.trim(), Shape::Text)?));
        push_table(&mut self.doc.document, "action", table, &["response"]).with_context(|| format!("could not add to the handling log of {}", self.case.file))
    }

    fn set_status(&mut self, status: CaseStatus) {
        self.doc.set("status", Value::from(status.as_str()));
    }

    /// Appends a `[[response]]` after the earlier answers; a file with the single
    /// `[response]` table of older versions has it turned into the first `[[response]]`.
    fn push_response(&mut self, table: Table) -> Result<()> {
        let file = self.case.file.clone();
        let root = self.doc.document.as_table_mut();
        if let Some(item) = root.get_mut("response") {
            if let Some(single) = item.as_table().cloned() {
                let mut array = ArrayOfTables::new();
                array.push(single);
                *item = Item::ArrayOfTables(array);
            }
        }
        push_table(&mut self.doc.document, "response", table, &[]).map_err(|_| {
            Refusal::new(
                format!("`response` in {file} is neither [[response]] tables nor a [response] table"),
                "write each answer as a [[response]] table, as the README shows, and try again",
            )
            .into()
        })
    }

    /// The table of the latest answer.
    fn latest_response_table(&mut self) -> Result<&mut Table> {
        let file = self.case.file.clone();
        let item = self.doc.document.as_table_mut().get_mut("response");
        let table = match item {
            Some(Item::Table(table)) => Some(table),
            Some(Item::ArrayOfTables(array)) => array.iter_mut().last(),
            _ => None,
        };
        table.ok_or_else(|| {
            Refusal::new(
                format!("the answer in {file} is not a [[response]] table"),
                "write each answer as a [[response]] table, as the README shows, and try again",
            )
            .into()
        })
    }

    /// Writes the file and reports what changed.
    fn save(self, cx: &Context, done: &str, commit: &str) -> Result<i32> {
        let text = self.doc.render().with_context(|| format!("could not edit {}", self.case.file))?;
        write_atomic(&self.path, text.as_bytes())?;
        let status = self.doc.document.get("status").and_then(Item::as_str).unwrap_or_default().to_string();
        let due_on = self
            .doc
            .document
            .get("due_on")
            .and_then(Item::as_value)
            .and_then(Value::as_datetime)
            .map(ToString::to_string)
            .unwrap_or_default();
        if cx.format == Format::Json {
            println!(
                "{}",
                serde_json::to_string_pretty(&json!({ "id": self.case.id, "file": self.case.file, "status": status, "due_on": due_on, "done": done }))?
            );
            return Ok(EXIT_OK);
        }
        println!("Case {} ({}): {done}.", cx.paint.bold(&self.case.id), self.case.file);
        if CaseStatus::from_word(&status).is_some_and(CaseStatus::is_open) {
            println!("Status {status}, due on {due_on}.");
        } else {
            println!("Status {status}.");
        }
        println!("Commit it: git add {} && git commit -m \"feedback {}: {commit}\"", self.case.file, self.case.id);
        Ok(EXIT_OK)
    }
}

/// Parses a rating word.
fn rating(word: &str) -> Result<Rating> {
    Rating::from_word(word.trim()).ok_or_else(|| {
        Refusal::new(
            format!("\"{}\" is not a rating", word.escape_debug()),
            "use satisfied (满意), partly (基本满意) or unsatisfied (不满意)",
        )
        .into()
    })
}

/// `feedback log`: appends a handling step; a received case becomes `handling`.
pub fn log(cx: &Context, id: &str, note: &str, by: Option<&str>, on: Option<NaiveDate>) -> Result<i32> {
    let mut open = Open::load(cx, id, "log")?;
    non_empty("--note", note, "转门诊部核实")?;
    let on = open.date(cx, on, true)?;
    let to = open.require(CaseAction::Log, "logged", None)?;
    open.push_action(on, by, ActionKind::Log, None, ("--note", note))?;
    if to != open.case.status {
        open.set_status(to);
    }
    open.save(cx, &format!("logged a step on {on}"), "handling step")
}

/// `feedback extend`: once per open case, N more working days after the current limit.
pub fn extend(cx: &Context, id: &str, days: u32, reason: &str, by: Option<&str>, on: Option<NaiveDate>) -> Result<i32> {
    let mut open = Open::load(cx, id, "extend")?;
    non_empty("--reason", reason, "需逐村核查，经书记批准延长10个工作日")?;
    if days == 0 {
        return Err(Refusal::new("--days 0 would not extend anything", "give the extra working days, e.g. --days 10").into());
    }
    let to = open.require(CaseAction::Extend, "extended", None)?;
    if let Some(earlier) = open.case.extension() {
        return Err(Refusal::new(
            format!(
                "case {} was already extended on {} (by {} working days); a limit may be extended only once",
                open.case.id,
                earlier.on,
                earlier.days.unwrap_or_default()
            ),
            format!(
                "answer it with `disclose feedback respond {} --text \"…\"`, or explain the delay in the log with `disclose feedback log`",
                open.case.id
            ),
        )
        .into());
    }
    let on = open.date(cx, on, true)?;
    let old_due = open.case.due_on;
    let new_due = working_days_after(cx, &open.repo, old_due, days, "--days")?.due;
    if days > 15 {
        eprintln!(
            "{} an extension of {days} working days is longer than the 15 that local rules usually allow",
            cx.paint_stderr.warning("warning:")
        );
    }
    open.push_action(on, by, ActionKind::Extend, Some(days), ("--reason", reason))?;
    open.doc.set("due_on", date_value(new_due));
    if to != open.case.status {
        open.set_status(to);
    }
    open.save(
        cx,
        &format!("limit extended by {days} working days, from {old_due} to {new_due}"),
        "limit extended",
    )
}

/// `feedback respond`: appends a `[[response]]`; the case becomes `answered`.
pub fn respond(cx: &Context, id: &str, text: &str, public: bool, rating_word: Option<&str>, on: Option<NaiveDate>) -> Result<i32> {
    let mut open = Open::load(cx, id, "respond")?;
    non_empty("--text", text, "已增设导诊台……")?;
    let rating = rating_word.map(rating).transpose()?;
    let help = match open.status() {
        CaseStatus::Rejected => None,
        _ => Some(format!(
            "to answer again after a complaint about the answer, reopen it first: `disclose feedback reopen {} --reason \"…\"`",
            open.case.id
        )),
    };
    let to = open.require(CaseAction::Respond, "answered", help)?;
    let on = open.date(cx, on, false)?;
    if let Some(reopened) = open.case.actions.iter().rev().find(|a| a.kind == ActionKind::Reopen).filter(|a| on < a.on) {
        return Err(Refusal::new(
            format!("{on} is before the case was reopened ({})", reopened.on),
            format!("give --on {} or later", reopened.on),
        )
        .into());
    }
    if public {
        refuse_public_identity(&open.case, text)?;
    }
    let earlier = open.case.response().map(|r| r.on);
    let mut response = Table::new();
    response.insert("on", Item::Value(date_value(on)));
    response.insert("text", Item::Value(text_value("--text", text.trim(), Shape::Text)?));
    response.insert("public", Item::Value(Value::from(public)));
    if let Some(rating) = rating {
        response.insert("rating", Item::Value(Value::from(rating.as_str())));
        response.insert("rated_on", Item::Value(date_value(on)));
    }
    open.push_response(response)?;
    open.set_status(to);
    if let Some(earlier) = earlier {
        eprintln!("note: the earlier answer of {earlier} is kept in the file, before this one");
    }
    if on > open.case.due_on {
        eprintln!(
            "{} answered {} days after the limit ({}); reports count it as late",
            cx.paint_stderr.warning("warning:"),
            (on - open.case.due_on).num_days(),
            open.case.due_on
        );
    }
    let board = if public { "shown on the board" } else { "not shown on the board" };
    open.save(cx, &format!("answered on {on}, {board}"), "answered")
}

/// Refuses an answer made public when it, or the summary it publishes, holds personal
/// data or the person's own name or contact.
fn refuse_public_identity(case: &Case, text: &str) -> Result<()> {
    for (what, text) in [("answer", text), ("summary", case.summary.as_str())] {
        if let Some(hit) = find_personal_data(text).first() {
            return Err(Refusal::new(
                format!("the {what} holds {} and --public would put it on the board", hit.kind.describe()),
                format!("leave the number out of the {what} (give the hotline or an office landline instead), or answer without --public"),
            )
            .into());
        }
        if let Some(identity) = identity_in(text, case.name.as_deref(), case.contact.as_deref()) {
            return Err(Refusal::new(
                format!("the {what} holds the person's own {} and --public would put it on the board", identity.key()),
                format!(
                    "say who in general words (群众, 党员 …) and leave out how they were reached; `{}` stays in the case file, or answer without --public",
                    identity.key()
                ),
            )
            .into());
        }
    }
    Ok(())
}

/// `feedback reject`: 不予受理, with the reason in the log.
pub fn reject(cx: &Context, id: &str, reason: &str, by: Option<&str>, on: Option<NaiveDate>) -> Result<i32> {
    let mut open = Open::load(cx, id, "reject")?;
    non_empty("--reason", reason, "不属于本支部职责范围，已告知向有关部门反映")?;
    let to = open.require(CaseAction::Reject, "rejected", None)?;
    if let Some(response) = open.case.response() {
        return Err(Refusal::new(
            format!("case {} was already answered on {}, so it cannot be rejected", open.case.id, response.on),
            format!("answer it again with `disclose feedback respond {} --text \"…\"`", open.case.id),
        )
        .into());
    }
    let on = open.date(cx, on, true)?;
    open.push_action(on, by, ActionKind::Reject, None, ("--reason", reason))?;
    open.set_status(to);
    open.save(cx, &format!("not accepted (不予受理) on {on}"), "not accepted")
}

/// `feedback rate`: the person's view of the latest answer (回访), with when and by whom it
/// was recorded. A rating once recorded stays: a changed view after a new answer is the
/// new answer's rating.
pub fn rate(cx: &Context, id: &str, word: &str, by: Option<&str>, on: Option<NaiveDate>) -> Result<i32> {
    let mut open = Open::load(cx, id, "rate")?;
    let rating = rating(word)?;
    let Some(response) = open.case.response().cloned() else {
        return Err(Refusal::new(
            format!("case {} has no answer yet, so there is nothing to rate", open.case.id),
            format!(
                "record the answer first with `disclose feedback respond {} --text \"…\"` (it takes --rating too)",
                open.case.id
            ),
        )
        .into());
    };
    let help = format!(
        "rate an answer before the case is handled again; the new answer (`disclose feedback respond {} --text \"…\"`) can then be rated",
        open.case.id
    );
    open.require(CaseAction::Rate, "rated", Some(help))?;
    if let Some(earlier) = response.rating {
        let when = response.rated_on.map(|on| format!(" on {on}")).unwrap_or_default();
        return Err(Refusal::new(
            format!(
                "the answer of {} was already rated {}{when}; a rating is kept as it was given",
                response.on,
                earlier.as_str()
            ),
            format!(
                "if the person is not satisfied, reopen the case (`disclose feedback reopen {} --reason \"…\"`) and rate the new answer",
                open.case.id
            ),
        )
        .into());
    }
    let on = open.date(cx, on, false)?;
    if on < response.on {
        return Err(Refusal::new(
            format!("{on} is before the answer was given ({})", response.on),
            format!("give --on {} or later", response.on),
        )
        .into());
    }
    let table = open.latest_response_table()?;
    set_keeping_decor(table, "rating", Value::from(rating.as_str()));
    set_keeping_decor(table, "rated_on", date_value(on));
    if let Some(by) = by.map(str::trim).filter(|b| !b.is_empty()) {
        set_keeping_decor(table, "rated_by", text_value("--by", by, Shape::Line)?);
    }
    let id = open.case.id.clone();
    let code = open.save(cx, &format!("the answer of {} rated {} on {on}", response.on, rating.as_str()), "rated")?;
    if rating == Rating::Unsatisfied && cx.format == Format::Text {
        println!("To handle it again with a new limit: disclose feedback reopen {id} --reason \"…\"");
    }
    Ok(code)
}

/// `feedback reopen`: an answered or closed case is handled again with a new limit; its
/// earlier answers and their ratings stay.
pub fn reopen(cx: &Context, id: &str, reason: &str, by: Option<&str>, on: Option<NaiveDate>) -> Result<i32> {
    let mut open = Open::load(cx, id, "reopen")?;
    non_empty("--reason", reason, "反映人对答复不满意，重新办理")?;
    let to = open.require(CaseAction::Reopen, "reopened", None)?;
    let on = open.date(cx, on, true)?;
    if let Some(response) = open.case.response().filter(|r| on < r.on) {
        return Err(Refusal::new(
            format!("{on} is before the answer was given ({})", response.on),
            format!("give --on {} or later", response.on),
        )
        .into());
    }
    let working_days = open.repo.config.working_days;
    let due = working_days_after(cx, &open.repo, on, working_days, "the handling limit (working_days)")?.due;
    open.push_action(on, by, ActionKind::Reopen, None, ("--reason", reason))?;
    open.set_status(to);
    open.doc.set("due_on", date_value(due));
    open.save(cx, &format!("reopened on {on} with a new limit of {working_days} working days"), "reopened")
}

/// `feedback close`: an answered case is closed (办结).
pub fn close(cx: &Context, id: &str, by: Option<&str>, on: Option<NaiveDate>) -> Result<i32> {
    let mut open = Open::load(cx, id, "close")?;
    let help = match open.status() {
        CaseStatus::Received | CaseStatus::Handling => Some(format!("answer it first with `disclose feedback respond {} --text \"…\"`", open.case.id)),
        _ => None,
    };
    let to = open.require(CaseAction::Close, "closed", help)?;
    let on = open.date(cx, on, true)?;
    if let Some(response) = open.case.response().filter(|r| on < r.on) {
        return Err(Refusal::new(
            format!("{on} is before the answer was given ({})", response.on),
            format!("give --on {} or later", response.on),
        )
        .into());
    }
    let note = close_note(open.repo.config.locale);
    open.push_action(on, by, ActionKind::Close, None, ("the closing note", note))?;
    open.set_status(to);
    open.save(cx, &format!("closed on {on}"), "closed")
}
