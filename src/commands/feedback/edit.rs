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

use super::{close_note, find_case, non_empty, working_days_after, LimitSource};
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
use crate::{t, EXIT_OK};

/// A case opened for editing: the loaded model (to check the state) and the file's front
/// matter as an editable document, under the repository lock (taken before the case is
/// read, so that parallel steps on one case follow each other and none is lost).
pub(super) struct Open {
    _lock: Lock,
    pub(super) repo: Repo,
    pub(super) case: Case,
    path: PathBuf,
    doc: FrontMatterDocument,
}

impl Open {
    /// Loads the repository, finds the case and parses its file for editing.
    pub(super) fn load(cx: &Context, id: &str, command: &str) -> Result<Open> {
        cx.require_format(&format!("feedback {command}"), &[Format::Text, Format::Json])?;
        let lock = lock_repository(&cx.root()?, &format!("feedback {command}"))?;
        let (repo, findings) = cx.load()?;
        let case = find_case(&repo, &findings, id)?.clone();
        let path = repo.root.join(&case.file);
        let text = fs::read_to_string(&path).with_context(|| t!("feedback-edit-unreadable", file = case.file.as_str()))?;
        let doc = FrontMatterDocument::parse(&text).with_context(|| t!("feedback-edit-uneditable", file = case.file.as_str()))?;
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
    pub(super) fn date(&self, cx: &Context, on: Option<NaiveDate>, in_log: bool) -> Result<NaiveDate> {
        let on = on.unwrap_or(cx.as_of);
        let case = &self.case;
        let (day, received) = (on.to_string(), case.received_on.to_string());
        if on < case.received_on {
            return Err(Refusal::new(
                t!("feedback-edit-before-received", on = day, id = case.id.as_str(), received = received.as_str()),
                t!("feedback-edit-before-received-help", received = received.as_str()),
            )
            .into());
        }
        if on > cx.as_of {
            return Err(Refusal::new(
                t!("feedback-edit-future", on = day, today = cx.as_of.to_string()),
                t!("feedback-edit-future-help"),
            )
            .into());
        }
        if let Some(last) = case.actions.last().filter(|last| in_log && on < last.on) {
            return Err(Refusal::new(
                t!("feedback-edit-before-last-step", on = day, id = case.id.as_str(), last = last.on.to_string()),
                t!("feedback-edit-before-last-step-help", last = last.on.to_string()),
            )
            .into());
        }
        Ok(on)
    }

    /// Refuses an answer dated before the case was last reopened.
    pub(super) fn after_reopening(&self, on: NaiveDate) -> Result<()> {
        if let Some(reopened) = self.case.actions.iter().rev().find(|a| a.kind == ActionKind::Reopen).filter(|a| on < a.on) {
            return Err(Refusal::new(
                t!("feedback-edit-before-reopened", on = on.to_string(), reopened = reopened.on.to_string()),
                t!("feedback-edit-on-or-later", date = reopened.on.to_string()),
            )
            .into());
        }
        Ok(())
    }

    /// The case's status after its whole history.
    pub(super) fn status(&self) -> CaseStatus {
        latest_status(&self.case)
    }

    /// Where `action` leads from the case's status, or a refusal saying why it is not
    /// allowed (with `help`, or the state machine's rule).
    /// `doing` names the step for the message (`log`, `extend`, `respond`, `decide`, …).
    pub(super) fn require(&self, action: CaseAction, doing: &str, help: Option<String>) -> Result<CaseStatus> {
        allowed(self.status(), action).map_err(|why| {
            let case = &self.case;
            let status = self.status();
            let on = match status {
                CaseStatus::Received | CaseStatus::Handling => None,
                CaseStatus::Answered => case.response().map(|r| r.on),
                CaseStatus::Closed | CaseStatus::Rejected => case.ended_on(),
            };
            let state = match (status, on) {
                (CaseStatus::Received | CaseStatus::Handling, _) => "open",
                (CaseStatus::Answered, Some(_)) => "answered",
                (CaseStatus::Answered, None) => "answered-undated",
                (CaseStatus::Closed, Some(_)) => "closed",
                (CaseStatus::Closed, None) => "closed-undated",
                (CaseStatus::Rejected, Some(_)) => "rejected",
                (CaseStatus::Rejected, None) => "rejected-undated",
            };
            Refusal::new(
                t!(
                    "feedback-edit-step-refused",
                    id = case.id.as_str(),
                    state = state,
                    status = status.as_str(),
                    on = on.map(|d| d.to_string()).unwrap_or_default(),
                    step = doing
                ),
                help.unwrap_or_else(|| why.rule()),
            )
            .into()
        })
    }

    /// Appends an `[[action]]` after the existing ones (above `[response]`); `note` was
    /// given as the argument `arg` (`--note`, `--reason`).
    pub(super) fn push_action(&mut self, on: NaiveDate, by: Option<&str>, kind: ActionKind, days: Option<u32>, (arg, note): (&str, &str)) -> Result<()> {
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
        push_table(&mut self.doc.document, "action", table, &["response"]).with_context(|| t!("feedback-edit-log-failed", file = self.case.file.as_str()))
    }

    pub(super) fn set_status(&mut self, status: CaseStatus) {
        self.doc.set("status", Value::from(status.as_str()));
    }

    /// Appends a `[[response]]` after the earlier answers; a file with the single
    /// `[response]` table of older versions has it turned into the first `[[response]]`.
    pub(super) fn push_response(&mut self, table: Table) -> Result<()> {
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
                t!("feedback-edit-response-shape", file = file.as_str()),
                t!("feedback-edit-response-shape-help"),
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
        table.ok_or_else(|| Refusal::new(t!("feedback-edit-answer-shape", file = file.as_str()), t!("feedback-edit-response-shape-help")).into())
    }

    /// Writes the file and reports what changed.
    /// `done` says what was done, `commit` is the suggested commit message's subject.
    pub(super) fn save(self, cx: &Context, done: &str, commit: &str) -> Result<i32> {
        let text = self
            .doc
            .render()
            .with_context(|| t!("feedback-edit-uneditable", file = self.case.file.as_str()))?;
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
        let file = self.case.file.as_str();
        println!("{}", t!("feedback-edit-done", id = cx.paint.bold(&self.case.id), file = file, done = done));
        if CaseStatus::from_word(&status).is_some_and(CaseStatus::is_open) {
            println!("{}", t!("feedback-edit-status-due", status = status, due = due_on));
        } else {
            println!("{}", t!("feedback-edit-status", status = status));
        }
        println!("{}", t!("feedback-edit-commit", file = file, id = self.case.id.as_str(), commit = commit));
        Ok(EXIT_OK)
    }
}

/// Parses a rating: the word or its Chinese label (满意, 基本满意, 不满意).
fn rating(word: &str) -> Result<Rating> {
    Rating::from_user_text(word).ok_or_else(|| {
        Refusal::new(
            t!("feedback-rating-unknown", word = word.escape_debug().to_string()),
            t!("feedback-rating-unknown-help"),
        )
        .into()
    })
}

/// `feedback log`: appends a handling step; a received case becomes `handling`.
pub fn log(cx: &Context, id: &str, note: &str, by: Option<&str>, on: Option<NaiveDate>) -> Result<i32> {
    let mut open = Open::load(cx, id, "log")?;
    non_empty("--note", note, "转门诊部核实")?;
    let on = open.date(cx, on, true)?;
    let to = open.require(CaseAction::Log, "log", None)?;
    open.push_action(on, by, ActionKind::Log, None, ("--note", note))?;
    if to != open.case.status {
        open.set_status(to);
    }
    open.save(cx, &t!("feedback-log-done", on = on.to_string()), &t!("feedback-log-commit"))
}

/// `feedback extend`: once per open case, N more working days after the current limit.
pub fn extend(cx: &Context, id: &str, days: u32, reason: &str, by: Option<&str>, on: Option<NaiveDate>) -> Result<i32> {
    let mut open = Open::load(cx, id, "extend")?;
    non_empty("--reason", reason, "需逐村核查，经书记批准延长10个工作日")?;
    if days == 0 {
        return Err(Refusal::new(t!("feedback-extend-zero"), t!("feedback-extend-zero-help")).into());
    }
    let to = open.require(CaseAction::Extend, "extend", None)?;
    let id = open.case.id.clone();
    if let Some(earlier) = open.case.extension() {
        let help = if open.case.kind.is_decided() {
            t!("feedback-extend-twice-help-decide", id = id.as_str())
        } else {
            t!("feedback-extend-twice-help", id = id.as_str())
        };
        return Err(Refusal::new(
            t!(
                "feedback-extend-twice",
                id = id.as_str(),
                on = earlier.on.to_string(),
                days = earlier.days.unwrap_or_default()
            ),
            help,
        )
        .into());
    }
    let config = &open.repo.config;
    let (limit, max) = (config.request_working_days, config.request_max_working_days);
    if open.case.kind.is_decided() && limit + days > max {
        let (total, most): (u32, u32) = (limit + days, max.saturating_sub(limit));
        return Err(Refusal::new(
            t!("feedback-extend-request-too-long", days = days, limit = limit, total = total, max = max),
            t!("feedback-extend-request-too-long-help", most = most, max = max),
        )
        .into());
    }
    let on = open.date(cx, on, true)?;
    let old_due = open.case.due_on;
    let new_due = working_days_after(cx, &open.repo, old_due, days, LimitSource::Days)?.due;
    if days > 15 {
        eprintln!(
            "{} {}",
            cx.paint_stderr.warning(&t!("feedback-warning-label")),
            t!("feedback-extend-long", days = days)
        );
    }
    open.push_action(on, by, ActionKind::Extend, Some(days), ("--reason", reason))?;
    open.doc.set("due_on", date_value(new_due));
    if to != open.case.status {
        open.set_status(to);
    }
    open.save(
        cx,
        &t!("feedback-extend-done", days = days, from = old_due.to_string(), to = new_due.to_string()),
        &t!("feedback-extend-commit"),
    )
}

/// `feedback respond`: appends a `[[response]]`; the case becomes `answered`.
pub fn respond(cx: &Context, id: &str, text: &str, public: bool, rating_word: Option<&str>, on: Option<NaiveDate>) -> Result<i32> {
    let mut open = Open::load(cx, id, "respond")?;
    if open.case.kind.is_decided() {
        return Err(Refusal::new(
            t!("feedback-respond-decided-kind", id = open.case.id.as_str(), kind = open.case.kind.as_str()),
            t!("feedback-respond-decided-kind-help", id = open.case.id.as_str()),
        )
        .into());
    }
    non_empty("--text", text, "已增设导诊台……")?;
    let rating = rating_word.map(rating).transpose()?;
    let help = match open.status() {
        CaseStatus::Rejected => None,
        _ => Some(t!("feedback-respond-reopen-first", id = open.case.id.as_str())),
    };
    let to = open.require(CaseAction::Respond, "respond", help)?;
    let on = open.date(cx, on, false)?;
    open.after_reopening(on)?;
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
    answered_notes(cx, &open.case, earlier, on);
    let done = if public {
        t!("feedback-respond-done-public", on = on.to_string())
    } else {
        t!("feedback-respond-done-private", on = on.to_string())
    };
    open.save(cx, &done, &t!("feedback-respond-commit"))
}

/// The notes after an answer or a decision: the earlier answer kept, an answer after the
/// limit.
pub(super) fn answered_notes(cx: &Context, case: &Case, earlier: Option<NaiveDate>, on: NaiveDate) {
    if let Some(earlier) = earlier {
        eprintln!(
            "{} {}",
            t!("feedback-note-label"),
            t!("feedback-respond-earlier-kept", earlier = earlier.to_string())
        );
    }
    if on > case.due_on {
        eprintln!(
            "{} {}",
            cx.paint_stderr.warning(&t!("feedback-warning-label")),
            t!("feedback-respond-late", days = (on - case.due_on).num_days(), due = case.due_on.to_string())
        );
    }
}

/// Refuses an answer made public when it, or the summary it publishes, holds personal
/// data or the person's own name or contact.
pub(super) fn refuse_public_identity(case: &Case, text: &str) -> Result<()> {
    for (what, text) in [("answer", text), ("summary", case.summary.as_str())] {
        if let Some(hit) = find_personal_data(text).first() {
            return Err(Refusal::new(
                t!("feedback-public-personal", what = what, kind = hit.kind.describe()),
                t!("feedback-public-personal-help", what = what),
            )
            .into());
        }
        if let Some(identity) = identity_in(text, case.name.as_deref(), case.contact.as_deref()) {
            return Err(Refusal::new(
                t!("feedback-public-identity", what = what, key = identity.key()),
                t!("feedback-public-identity-help", key = identity.key()),
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
    let to = open.require(CaseAction::Reject, "reject", None)?;
    if let Some(response) = open.case.response() {
        return Err(Refusal::new(
            t!("feedback-reject-answered", id = open.case.id.as_str(), on = response.on.to_string()),
            t!("feedback-reject-answered-help", id = open.case.id.as_str()),
        )
        .into());
    }
    let on = open.date(cx, on, true)?;
    open.push_action(on, by, ActionKind::Reject, None, ("--reason", reason))?;
    open.set_status(to);
    open.save(cx, &t!("feedback-reject-done", on = on.to_string()), &t!("feedback-reject-commit"))
}

/// `feedback rate`: the person's view of the latest answer (回访), with when and by whom it
/// was recorded. A rating once recorded stays: a changed view after a new answer is the
/// new answer's rating.
pub fn rate(cx: &Context, id: &str, word: &str, by: Option<&str>, on: Option<NaiveDate>) -> Result<i32> {
    let mut open = Open::load(cx, id, "rate")?;
    let rating = rating(word)?;
    let Some(response) = open.case.response().cloned() else {
        return Err(Refusal::new(
            t!("feedback-rate-unanswered", id = open.case.id.as_str()),
            t!("feedback-rate-unanswered-help", id = open.case.id.as_str()),
        )
        .into());
    };
    let help = t!("feedback-rate-refused-help", id = open.case.id.as_str());
    open.require(CaseAction::Rate, "rate", Some(help))?;
    if let Some(earlier) = response.rating {
        let message = match response.rated_on {
            Some(rated) => t!(
                "feedback-rate-twice-on",
                answer = response.on.to_string(),
                rating = earlier.as_str(),
                on = rated.to_string()
            ),
            None => t!("feedback-rate-twice", answer = response.on.to_string(), rating = earlier.as_str()),
        };
        return Err(Refusal::new(message, t!("feedback-rate-twice-help", id = open.case.id.as_str())).into());
    }
    let on = open.date(cx, on, false)?;
    before_answer(on, &response)?;
    let table = open.latest_response_table()?;
    set_keeping_decor(table, "rating", Value::from(rating.as_str()));
    set_keeping_decor(table, "rated_on", date_value(on));
    if let Some(by) = by.map(str::trim).filter(|b| !b.is_empty()) {
        set_keeping_decor(table, "rated_by", text_value("--by", by, Shape::Line)?);
    }
    let id = open.case.id.clone();
    let done = t!(
        "feedback-rate-done",
        answer = response.on.to_string(),
        rating = rating.as_str(),
        on = on.to_string()
    );
    let code = open.save(cx, &done, &t!("feedback-rate-commit"))?;
    if rating == Rating::Unsatisfied && cx.format == Format::Text {
        println!("{}", t!("feedback-rate-reopen-hint", id = id.as_str()));
    }
    Ok(code)
}

/// `feedback reopen`: an answered or closed case is handled again with a new limit; its
/// earlier answers and their ratings stay.
pub fn reopen(cx: &Context, id: &str, reason: &str, by: Option<&str>, on: Option<NaiveDate>) -> Result<i32> {
    let mut open = Open::load(cx, id, "reopen")?;
    non_empty("--reason", reason, "反映人对答复不满意，重新办理")?;
    let to = open.require(CaseAction::Reopen, "reopen", None)?;
    let on = open.date(cx, on, true)?;
    if let Some(response) = open.case.response() {
        before_answer(on, response)?;
    }
    let kind = open.case.kind;
    let working_days = open.repo.config.case_working_days(kind);
    let due = working_days_after(cx, &open.repo, on, working_days, LimitSource::Config(kind))?.due;
    open.push_action(on, by, ActionKind::Reopen, None, ("--reason", reason))?;
    open.set_status(to);
    open.doc.set("due_on", date_value(due));
    open.save(
        cx,
        &t!("feedback-reopen-done", on = on.to_string(), days = working_days),
        &t!("feedback-reopen-commit"),
    )
}

/// `feedback close`: an answered case is closed (办结).
pub fn close(cx: &Context, id: &str, by: Option<&str>, on: Option<NaiveDate>) -> Result<i32> {
    let mut open = Open::load(cx, id, "close")?;
    let id = open.case.id.as_str();
    let help = match open.status() {
        CaseStatus::Received | CaseStatus::Handling if open.case.kind.is_decided() => Some(t!("feedback-close-decide-first", id = id)),
        CaseStatus::Received | CaseStatus::Handling => Some(t!("feedback-close-answer-first", id = id)),
        _ => None,
    };
    let to = open.require(CaseAction::Close, "close", help)?;
    let on = open.date(cx, on, true)?;
    if let Some(response) = open.case.response() {
        before_answer(on, response)?;
    }
    let note = close_note(open.repo.config.locale);
    open.push_action(on, by, ActionKind::Close, None, ("the closing note", note))?;
    open.set_status(to);
    open.save(cx, &t!("feedback-close-done", on = on.to_string()), &t!("feedback-close-commit"))
}

/// Refuses a step dated before the answer it follows.
fn before_answer(on: NaiveDate, response: &crate::model::Response) -> Result<()> {
    if on < response.on {
        return Err(Refusal::new(
            t!("feedback-edit-before-answer", on = on.to_string(), answer = response.on.to_string()),
            t!("feedback-edit-on-or-later", date = response.on.to_string()),
        )
        .into());
    }
    Ok(())
}
