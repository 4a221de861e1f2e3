//! Feedback cases: a known channel, a real `about`, a status that agrees with the history
//! as the case's state machine replays it, dates in order, and no open case past its limit.

use chrono::NaiveDate;

use crate::diag::{Code, Finding, Findings};
use crate::model::case_flow::{latest_status, replay, Step};
use crate::model::{ActionKind, Case, CaseStatus, Outcome, Repo};
use crate::suggest::closest_id as closest;
use crate::t;

/// Pushes findings for every case.
pub fn check(repo: &Repo, as_of: NaiveDate, findings: &mut Findings) {
    for case in &repo.cases {
        if !repo.config.channels.contains(&case.channel) {
            findings.push(
                Finding::new(Code::UnknownChannel, crate::t!("unknown-channel", channel = case.channel.as_str()))
                    .at(&case.at("channel"))
                    .help(crate::t!("unknown-channel-help", channels = quoted(&repo.config.channels))),
            );
        }
        if let Some(about) = &case.about {
            if repo.catalogue.entry(about).is_none() && repo.item(about).is_none() {
                findings.push(
                    Finding::new(
                        Code::UnknownReference,
                        crate::t!("unknown-reference-about", about = about.escape_debug().to_string()),
                    )
                    .at(&case.at("about"))
                    .help(about_help(repo, about)),
                );
            }
        }
        check_state(case, findings);
        check_case_dates(case, findings);
        check_decisions(repo, case, findings);
        if case.is_overdue(as_of) && case.kind.is_decided() {
            let (id, due) = (case.id.as_str(), case.due_on.to_string());
            findings.push(
                Finding::new(
                    Code::RequestOverdue,
                    t!("request-overdue", kind = case.kind.as_str(), id = id, due = due, status = case.status.as_str()),
                )
                .at(&case.at("due_on"))
                .due(case.due_on)
                .help(t!("request-overdue-help", id = id, max = repo.config.request_max_working_days)),
            );
        } else if case.is_overdue(as_of) {
            findings.push(
                Finding::new(
                    Code::FeedbackOverdue,
                    crate::t!(
                        "feedback-overdue",
                        case = case.id.as_str(),
                        due = case.due_on.to_string(),
                        status = case.status.to_string()
                    ),
                )
                .at(&case.at("due_on"))
                .due(case.due_on)
                .help(crate::t!("feedback-overdue-help", case = case.id.as_str())),
            );
        }
    }
}

/// Each decision fits its case: an opinion has none, every answer of a request or a
/// correction request has one of its kind, a granting decision names an item that exists
/// (and, for a correction, a `disclose correct` record of it on `correction_on`), and the
/// one extension keeps the limit within `[requests] max_working_days`.
fn check_decisions(repo: &Repo, case: &Case, findings: &mut Findings) {
    let id = case.id.as_str();
    let mut push = |key: &str, message: String, help: String| {
        findings.push(Finding::new(Code::RequestDecision, message).at(&case.at(key)).help(help));
    };
    for response in &case.responses {
        let key = |name: &str| format!("{}.{name}", response.key);
        let Some(outcome) = response.outcome else {
            if case.kind.is_decided() {
                let words: Vec<&str> = case.kind.outcomes().iter().map(|o| o.as_str()).collect();
                push(
                    &response.key,
                    t!("request-decision-missing", id = id, on = response.on.to_string(), kind = case.kind.as_str()),
                    t!("request-decision-missing-help", outcomes = words.join(&t!("list-separator"))),
                );
            }
            continue;
        };
        if outcome.kind() != case.kind {
            push(
                &key("outcome"),
                t!("request-decision-wrong-kind", id = id, outcome = outcome.as_str(), kind = case.kind.as_str()),
                t!("request-decision-wrong-kind-help"),
            );
            continue;
        }
        if !outcome.names_item() {
            continue;
        }
        let Some(item) = response.item.as_deref().and_then(|item| repo.item(item)) else {
            push(
                &key("outcome"),
                t!(
                    "request-decision-item",
                    id = id,
                    outcome = outcome.as_str(),
                    item = response.item.as_deref().unwrap_or_default()
                ),
                t!("request-decision-item-help"),
            );
            continue;
        };
        if outcome == Outcome::Corrected && !response.correction_on.is_some_and(|on| item.record.corrections().iter().any(|c| c.on == on)) {
            push(
                &key("outcome"),
                t!("request-decision-correction", id = id, item = item.id.as_str()),
                t!("request-decision-correction-help", item = item.id.as_str()),
            );
        }
    }
    if let Some(extension) = case.extension().filter(|_| case.kind.is_decided()) {
        let (limit, max) = (repo.config.request_working_days, repo.config.request_max_working_days);
        let days = extension.days.unwrap_or_default();
        if limit + days > max {
            findings.push(
                Finding::new(
                    Code::RequestExtension,
                    t!("request-extension-too-long", id = id, days = days, limit = limit, max = max),
                )
                .at(&case.at("action"))
                .help(t!("request-extension-too-long-help", max = max)),
            );
        }
    }
}

fn quoted(list: &[String]) -> String {
    list.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(&crate::t!("list-separator"))
}

/// What to write in `about`, with the entry or item id it most likely means.
fn about_help(repo: &Repo, about: &str) -> String {
    let ids = repo.catalogue.entries().map(|e| e.id.as_str()).chain(repo.items.iter().map(|i| i.id.as_str()));
    match closest(about, ids) {
        Some(meant) => crate::t!("unknown-reference-about-did-you-mean", meant = meant),
        None => crate::t!("unknown-reference-about-help"),
    }
}

fn check_state(case: &Case, findings: &mut Findings) {
    for (step, from, result) in replay(case) {
        let Err(why) = result else { continue };
        let (what, at) = match step {
            Step::Answer(response) => (crate::t!("feedback-state-an-answer"), case.at(&response.key)),
            Step::Log(action) => {
                let index = case.actions.iter().position(|a| std::ptr::eq(a, action)).unwrap_or_default();
                (
                    crate::t!("feedback-state-a-step", command = why.action.command()),
                    case.at(&format!("action.{index}")),
                )
            }
        };
        findings.push(
            Finding::new(
                Code::FeedbackState,
                crate::t!(
                    "feedback-state-step",
                    case = case.id.as_str(),
                    what = what,
                    on = step.on().to_string(),
                    from = from.to_string(),
                    rule = why.rule()
                ),
            )
            .at(&at)
            .help(crate::t!("feedback-state-help")),
        );
    }
    // A case may be marked `handling` before its first step is logged.
    let latest = latest_status(case);
    if case.status != latest && !(case.status == CaseStatus::Handling && latest == CaseStatus::Received) {
        findings.push(
            Finding::new(
                Code::FeedbackState,
                crate::t!(
                    "feedback-state-status",
                    case = case.id.as_str(),
                    status = case.status.to_string(),
                    latest = latest.to_string()
                ),
            )
            .at(&case.at("status"))
            .help(crate::t!("feedback-state-help")),
        );
    }
    if case.actions.iter().filter(|a| a.kind == ActionKind::Extend).count() > 1 {
        findings.push(
            Finding::new(Code::FeedbackState, crate::t!("feedback-state-extended-twice", case = case.id.as_str()))
                .at(&case.at("action"))
                .help(crate::t!("feedback-state-extended-twice-help")),
        );
    }
}

fn check_case_dates(case: &Case, findings: &mut Findings) {
    let mut push = |key: &str, message: String| {
        findings.push(Finding::new(Code::DateOrder, message).at(&case.at(key)).help(crate::t!("date-order-case-help")));
    };
    if case.due_on < case.received_on {
        push(
            "due_on",
            crate::t!("date-order-case-due", due = case.due_on.to_string(), received = case.received_on.to_string()),
        );
    }
    for response in &case.responses {
        if response.on < case.received_on {
            push(
                &format!("{}.on", response.key),
                crate::t!("date-order-case-answer", on = response.on.to_string(), received = case.received_on.to_string()),
            );
        }
    }
    for action in &case.actions {
        if action.on < case.received_on {
            push(
                "action",
                crate::t!("date-order-case-step", on = action.on.to_string(), received = case.received_on.to_string()),
            );
        }
    }
    for pair in case.responses.windows(2) {
        if pair[1].on < pair[0].on {
            findings.push(
                Finding::new(
                    Code::DateOrder,
                    crate::t!("date-order-answers", later = pair[1].on.to_string(), earlier = pair[0].on.to_string()),
                )
                .at(&case.at(&format!("{}.on", pair[1].key)))
                .help(crate::t!("date-order-answers-help")),
            );
        }
    }
}
