//! Feedback cases: a known channel, a real `about`, a status that agrees with the log and
//! the response, dates in order, and no open case past its limit.

use chrono::NaiveDate;

use crate::diag::{Code, Finding, Findings};
use crate::model::{ActionKind, Case, CaseStatus, Repo};

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
        if case.is_overdue(as_of) {
            findings.push(
                Finding::new(Code::FeedbackOverdue, format!("feedback case {} was due on {} and is still {}", case.id, case.due_on, case.status))
                    .at(&case.at("due_on"))
                    .due(case.due_on)
                    .help(format!("answer it with `disclose feedback respond {} --text \"…\"`, or record a reasoned extension with `disclose feedback extend {} --days N --reason \"…\"`", case.id, case.id)),
            );
        }
    }
}

fn quoted(list: &[String]) -> String {
    list.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", ")
}

fn check_state(case: &Case, findings: &mut Findings) {
    let reopened_after_answer = match (&case.response, case.actions.iter().rev().find(|a| a.kind == ActionKind::Reopen)) {
        (Some(response), Some(reopen)) => reopen.on >= response.on,
        _ => false,
    };
    let problem = match case.status {
        CaseStatus::Answered | CaseStatus::Closed if case.response.is_none() => Some("is answered or closed but has no [response]"),
        CaseStatus::Received | CaseStatus::Handling if case.response.is_some() && !reopened_after_answer => {
            Some("has a [response] but its status says it is still open")
        }
        CaseStatus::Received if case.actions.iter().any(|a| a.kind == ActionKind::Log) => Some("has handling steps but its status is still \"received\""),
        CaseStatus::Rejected if !case.actions.iter().any(|a| a.kind == ActionKind::Reject) => {
            Some("is rejected but no [[action]] with kind = \"reject\" gives the reason")
        }
        _ => None,
    };
    if let Some(problem) = problem {
        findings.push(
            Finding::new(Code::FeedbackState, format!("feedback case {} {problem}", case.id))
                .at(&case.at("status"))
                .help("use the `disclose feedback` commands, which keep status, log and response in step; or correct `status`"),
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
    if let Some(response) = &case.response {
        if response.on < case.received_on {
            push(
                "response.on",
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
}
