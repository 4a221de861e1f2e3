//! Feedback cases: a known channel, a real `about`, a status that agrees with the history
//! as the case's state machine replays it, dates in order, and no open case past its limit.

use chrono::NaiveDate;

use crate::diag::{Code, Finding, Findings};
use crate::model::case_flow::{latest_status, replay, Step};
use crate::model::{ActionKind, Case, CaseStatus, Outcome, Repo};
use crate::t;

/// Pushes findings for every case.
pub fn check(repo: &Repo, as_of: NaiveDate, findings: &mut Findings) {
    for case in &repo.cases {
        if !repo.config.channels.contains(&case.channel) {
            findings.push(
                Finding::new(
                    Code::UnknownChannel,
                    format!("channel \"{}\" is not one of the channels in disclose.toml", case.channel),
                )
                .at(&case.at("channel"))
                .help(format!(
                    "use one of {}, or add the channel to `[feedback] channels`",
                    quoted(&repo.config.channels)
                )),
            );
        }
        if let Some(about) = &case.about {
            if repo.catalogue.entry(about).is_none() && repo.item(about).is_none() {
                findings.push(
                    Finding::new(
                        Code::UnknownReference,
                        format!("`about` names \"{}\", which is neither an entry nor an item", about.escape_debug()),
                    )
                    .at(&case.at("about"))
                    .help("give an entry id such as \"7.2\" or an item id (its file name without .md), or remove `about`"),
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
                Finding::new(Code::FeedbackOverdue, format!("feedback case {} was due on {} and is still {}", case.id, case.due_on, case.status))
                    .at(&case.at("due_on"))
                    .due(case.due_on)
                    .help(format!("answer it with `disclose feedback respond {} --text \"…\"`, or record a reasoned extension with `disclose feedback extend {} --days N --reason \"…\"`", case.id, case.id)),
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
        if outcome == Outcome::Corrected && !response.correction_on.is_some_and(|on| item.record.corrections.iter().any(|c| c.on == on)) {
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
    list.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", ")
}

fn check_state(case: &Case, findings: &mut Findings) {
    const HELP: &str = "use the `disclose feedback` commands, which keep status, log and answers in step; or correct `status`";
    for (step, from, result) in replay(case) {
        let Err(why) = result else { continue };
        let (what, at) = match step {
            Step::Answer(response) => ("an answer".to_string(), case.at(&response.key)),
            Step::Log(action) => {
                let index = case.actions.iter().position(|a| std::ptr::eq(a, action)).unwrap_or_default();
                (format!("a `{}` step", why.action.command()), case.at(&format!("action.{index}")))
            }
        };
        findings.push(
            Finding::new(
                Code::FeedbackState,
                format!("feedback case {} has {what} on {} while it was {from}: {}", case.id, step.on(), why.rule()),
            )
            .at(&at)
            .help(HELP),
        );
    }
    // A case may be marked `handling` before its first step is logged.
    let latest = latest_status(case);
    if case.status != latest && !(case.status == CaseStatus::Handling && latest == CaseStatus::Received) {
        findings.push(
            Finding::new(
                Code::FeedbackState,
                format!(
                    "feedback case {} says `status = \"{}\"`, but its log and answers leave it {latest}",
                    case.id, case.status
                ),
            )
            .at(&case.at("status"))
            .help(HELP),
        );
    }
    if case.actions.iter().filter(|a| a.kind == ActionKind::Extend).count() > 1 {
        findings.push(
            Finding::new(Code::FeedbackState, format!("feedback case {} was extended more than once", case.id))
                .at(&case.at("action"))
                .help("a limit may be extended once; keep one extension"),
        );
    }
}

fn check_case_dates(case: &Case, findings: &mut Findings) {
    let mut push = |key: &str, message: String| {
        findings.push(
            Finding::new(Code::DateOrder, message)
                .at(&case.at(key))
                .help("correct the date: nothing can happen to a case before it was received"),
        );
    };
    if case.due_on < case.received_on {
        push("due_on", format!("`due_on` {} is before `received_on` {}", case.due_on, case.received_on));
    }
    for response in &case.responses {
        if response.on < case.received_on {
            push(
                &format!("{}.on", response.key),
                format!("the answer ({}) is dated before the case was received ({})", response.on, case.received_on),
            );
        }
    }
    for action in &case.actions {
        if action.on < case.received_on {
            push(
                "action",
                format!("a handling step ({}) is dated before the case was received ({})", action.on, case.received_on),
            );
        }
    }
    for pair in case.responses.windows(2) {
        if pair[1].on < pair[0].on {
            findings.push(
                Finding::new(
                    Code::DateOrder,
                    format!(
                        "the answer of {} comes after the one of {}: answers are kept oldest first",
                        pair[1].on, pair[0].on
                    ),
                )
                .at(&case.at(&format!("{}.on", pair[1].key)))
                .help("put the [[response]] tables in the order the answers were given, or correct the date"),
            );
        }
    }
}
