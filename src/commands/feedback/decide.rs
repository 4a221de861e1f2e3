//! `disclose feedback decide`: the decision on a request to disclose (依申请公开) or a
//! correction request (更正申请). A request is disclosed (naming the published item that
//! answers it), not disclosed (with the reason) or not held; a correction request is
//! corrected (naming the item whose `disclose correct` record made the correction, which
//! the decision links by its date) or refused (with the reason). The decision is the
//! case's answer: a new `[[response]]` with `outcome` (and `item`, `correction_on`), after
//! the earlier ones, so a reopened request keeps its first decision. The state machine is
//! the one of every case (a decision is the step `respond`).

use anyhow::Result;
use chrono::NaiveDate;
use toml_edit::{Item, Table, Value};

use super::edit::{answered_notes, refuse_public_identity, Open};
use crate::commands::context::{Context, Refusal};
use crate::model::config::Locale;
use crate::model::{CaseAction, CaseKind, Outcome};
use crate::store::edit::date_value;
use crate::store::readback::{text_value, Shape};
use crate::t;

/// The flags of `feedback decide`.
#[derive(Debug)]
pub struct Decision {
    /// The case id.
    pub id: String,
    /// The outcome, as typed (the word or its Chinese name).
    pub outcome: String,
    /// The item that discloses or was corrected.
    pub item: Option<String>,
    /// The reason, fed back to the person.
    pub reason: Option<String>,
    /// Show summary and decision on the board.
    pub public: bool,
    /// When (default: today).
    pub on: Option<NaiveDate>,
}

/// Records the decision.
pub fn run(cx: &Context, decision: &Decision) -> Result<i32> {
    let mut open = Open::load(cx, &decision.id, "decide")?;
    let case = open.case.clone();
    let id = case.id.as_str();
    if !case.kind.is_decided() {
        return Err(Refusal::new(t!("feedback-decide-opinion", id = id), t!("feedback-decide-opinion-help", id = id)).into());
    }
    let words = outcome_words(case.kind);
    let outcome = Outcome::from_user_text(&decision.outcome).filter(|o| o.kind() == case.kind).ok_or_else(|| {
        Refusal::new(
            t!(
                "feedback-decide-outcome-unknown",
                outcome = decision.outcome.escape_debug().to_string(),
                kind = case.kind.as_str()
            ),
            t!("feedback-decide-outcome-unknown-help", kind = case.kind.as_str(), outcomes = words.as_str()),
        )
    })?;
    let to = open.require(CaseAction::Respond, "decide", Some(t!("feedback-decide-reopen-first", id = id)))?;
    let on = open.date(cx, decision.on, false)?;
    open.after_reopening(on)?;
    let reason = decision.reason.as_deref().map(str::trim).filter(|r| !r.is_empty());
    if matches!(outcome, Outcome::NotDisclosed | Outcome::Refused) && reason.is_none() {
        return Err(Refusal::new(
            t!("feedback-decide-reason-missing", outcome = outcome.as_str()),
            t!("feedback-decide-reason-missing-help"),
        )
        .into());
    }
    let (item, correction_on) = decided_item(&open, outcome, decision.item.as_deref(), on)?;
    let locale = open.repo.config.locale;
    let title = item.and_then(|item| open.repo.item(item)).map(|i| i.title.clone());
    let text = match reason {
        Some(reason) => reason.to_string(),
        None => decision_text(locale, outcome, item.unwrap_or_default(), title.as_deref().unwrap_or_default()),
    };
    if decision.public {
        refuse_public_identity(&case, &text)?;
    }
    let mut response = Table::new();
    response.insert("on", Item::Value(date_value(on)));
    response.insert("outcome", Item::Value(Value::from(outcome.as_str())));
    if let Some(item) = item {
        response.insert("item", Item::Value(text_value("--item", item, Shape::Line)?));
    }
    if let Some(correction_on) = correction_on {
        response.insert("correction_on", Item::Value(date_value(correction_on)));
    }
    response.insert("text", Item::Value(text_value("--reason", &text, Shape::Text)?));
    response.insert("public", Item::Value(Value::from(decision.public)));
    open.push_response(response)?;
    open.set_status(to);
    answered_notes(cx, &case, case.response().map(|r| r.on), on);
    let (day, public) = (on.to_string(), if decision.public { "yes" } else { "no" });
    let done = match item {
        Some(item) => t!("feedback-decide-done-item", outcome = outcome.as_str(), on = day, item = item, public = public),
        None => t!("feedback-decide-done", outcome = outcome.as_str(), on = day, public = public),
    };
    open.save(cx, &done, &t!("feedback-decide-commit", outcome = outcome.as_str()))
}

/// The outcomes open to `kind`, as typed on the command line.
fn outcome_words(kind: CaseKind) -> String {
    kind.outcomes().iter().map(|o| o.as_str()).collect::<Vec<_>>().join(&t!("list-separator"))
}

/// The item a granting decision names, checked: a published item for `disclosed`; for
/// `corrected`, an item with a `disclose correct` record made on or after the case was
/// received and not after `on`, whose date is returned to link it.
fn decided_item<'a>(open: &Open, outcome: Outcome, item: Option<&'a str>, on: NaiveDate) -> Result<(Option<&'a str>, Option<NaiveDate>)> {
    let case = &open.case;
    let id = case.id.as_str();
    let Some(wanted) = item.map(str::trim).filter(|i| !i.is_empty()) else {
        if outcome.names_item() {
            let help = match outcome {
                Outcome::Corrected => t!("feedback-decide-item-missing-corrected-help", about = case.about.as_deref().unwrap_or("ITEM")),
                _ => t!("feedback-decide-item-missing-disclosed-help"),
            };
            return Err(Refusal::new(t!("feedback-decide-item-missing", outcome = outcome.as_str()), help).into());
        }
        return Ok((None, None));
    };
    if !outcome.names_item() {
        return Err(Refusal::new(
            t!("feedback-decide-item-unwanted", outcome = outcome.as_str()),
            t!("feedback-decide-item-unwanted-help"),
        )
        .into());
    }
    let Some(found) = open.repo.item(wanted) else {
        return Err(Refusal::new(
            t!("feedback-decide-item-unknown", item = wanted.escape_debug().to_string()),
            t!("feedback-decide-item-unknown-help"),
        )
        .into());
    };
    if found.published_on.is_none_or(|published| published > on) {
        return Err(Refusal::new(
            t!("feedback-decide-item-unpublished", item = wanted, on = on.to_string()),
            t!("feedback-decide-item-unpublished-help", item = wanted),
        )
        .into());
    }
    if outcome != Outcome::Corrected {
        return Ok((Some(wanted), None));
    }
    let correction = found
        .record
        .corrections()
        .iter()
        .rev()
        .find(|c| c.on >= case.received_on && c.on <= on)
        .map(|c| c.on);
    match correction {
        Some(day) => Ok((Some(wanted), Some(day))),
        None => Err(Refusal::new(
            t!(
                "feedback-decide-correction-missing",
                item = wanted,
                id = id,
                received = case.received_on.to_string()
            ),
            t!("feedback-decide-correction-missing-help", item = wanted),
        )
        .into()),
    }
}

/// The answer written when the decision gives no reason, in the organisation's language
/// (the words of the case file and the board, not of the terminal).
fn decision_text(locale: Locale, outcome: Outcome, item: &str, title: &str) -> String {
    match (locale, outcome) {
        (Locale::ZhCn, Outcome::Disclosed) => format!("已予以公开，见《{title}》（{item}）。"),
        (Locale::ZhCn, Outcome::Corrected) => format!("经核实，已予以更正，见《{title}》（{item}）的更正说明。"),
        (Locale::ZhCn, Outcome::NotHeld) => "经核查，本组织未掌握申请公开的信息。".to_string(),
        (Locale::En, Outcome::Disclosed) => format!("Disclosed: see “{title}” ({item})."),
        (Locale::En, Outcome::Corrected) => format!("Checked and corrected: see the correction note of “{title}” ({item})."),
        (Locale::En, Outcome::NotHeld) => "Checked: this organisation does not hold the information asked for.".to_string(),
        // A reason is required for the others (checked before).
        (_, Outcome::NotDisclosed | Outcome::Refused) => String::new(),
    }
}
