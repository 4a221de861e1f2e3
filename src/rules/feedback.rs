//! Feedback cases: a known channel, a real `about`, a status that agrees with the history
//! as the case's state machine replays it, dates in order, and no open case past its limit.

use chrono::NaiveDate;

use crate::diag::{Code, Finding, Findings};
use crate::model::case_flow::{latest_status, replay, Step};
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
