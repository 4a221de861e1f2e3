//! The one state machine of a feedback case: which steps are allowed from a status and
//! where they lead ([`allowed`]), and the status on any date, replayed from the case's
//! dated history ([`status_on`]). The `feedback` commands, the bulletin, the report and
//! the rules all ask here; nothing else decides a case's status.
//!
//! The history is the handling log (`[[action]]`) and the answers (`[[response]]`). Steps
//! are replayed in date order; on one day, an answer comes before the log's step when the
//! case is open (it was answered, then closed or reopened), and after it otherwise (it
//! was reopened, then answered again). A step the machine refuses (one written by hand)
//! leaves the status as it was; `disclose check` reports it.

use std::fmt;

use chrono::NaiveDate;

use super::feedback::{Action, ActionKind, Case, CaseStatus, Response};

/// A step of a case's handling, as the `feedback` commands name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CaseAction {
    /// `feedback log`: a handling step.
    Log,
    /// `feedback respond`: an answer.
    Respond,
    /// `feedback extend`: the limit extended.
    Extend,
    /// `feedback reject`: not accepted (不予受理).
    Reject,
    /// `feedback rate`: the person's view of the answer.
    Rate,
    /// `feedback reopen`: handled again after the answer.
    Reopen,
    /// `feedback close`: closed (办结).
    Close,
}

impl CaseAction {
    /// Every action.
    pub const ALL: [CaseAction; 7] = [
        CaseAction::Log,
        CaseAction::Respond,
        CaseAction::Extend,
        CaseAction::Reject,
        CaseAction::Rate,
        CaseAction::Reopen,
        CaseAction::Close,
    ];

    /// The `feedback` subcommand.
    pub fn command(self) -> &'static str {
        match self {
            CaseAction::Log => "log",
            CaseAction::Respond => "respond",
            CaseAction::Extend => "extend",
            CaseAction::Reject => "reject",
            CaseAction::Rate => "rate",
            CaseAction::Reopen => "reopen",
            CaseAction::Close => "close",
        }
    }

    /// The step a handling-log entry of this kind records.
    pub fn of_log(kind: ActionKind) -> CaseAction {
        match kind {
            ActionKind::Log => CaseAction::Log,
            ActionKind::Extend => CaseAction::Extend,
            ActionKind::Reject => CaseAction::Reject,
            ActionKind::Reopen => CaseAction::Reopen,
            ActionKind::Close => CaseAction::Close,
        }
    }
}

/// Why a step is refused from a status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Why {
    /// The status the case is in.
    pub from: CaseStatus,
    /// The step that was asked for.
    pub action: CaseAction,
}

impl Why {
    /// The rule, in one sentence, to explain the refusal.
    pub fn rule(self) -> String {
        match (self.action, self.from) {
            (CaseAction::Extend, _) => crate::t!("feedback-rule-extend"),
            (CaseAction::Respond, CaseStatus::Rejected) => crate::t!("feedback-rule-respond-rejected"),
            (CaseAction::Respond, _) => crate::t!("feedback-rule-respond"),
            (CaseAction::Reject, _) => crate::t!("feedback-rule-reject"),
            (CaseAction::Rate, CaseStatus::Rejected) => crate::t!("feedback-rule-rate-rejected"),
            (CaseAction::Rate, _) => crate::t!("feedback-rule-rate"),
            (CaseAction::Reopen, _) => crate::t!("feedback-rule-reopen"),
            (CaseAction::Close, CaseStatus::Closed) => crate::t!("feedback-rule-close-closed"),
            (CaseAction::Close, CaseStatus::Rejected) => crate::t!("feedback-rule-close-rejected"),
            (CaseAction::Close, _) => crate::t!("feedback-rule-close"),
            (CaseAction::Log, _) => crate::t!("feedback-rule-log"),
        }
    }
}

impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = crate::t!(
            "feedback-rule-refused",
            step = self.action.command(),
            status = self.from.as_str(),
            rule = self.rule()
        );
        f.write_str(&text)
    }
}

/// Where `action` leads from `from`, or why it is not allowed.
///
/// # Errors
/// [`Why`] when the step is not allowed from `from`.
pub fn allowed(from: CaseStatus, action: CaseAction) -> Result<CaseStatus, Why> {
    use CaseStatus::{Answered, Closed, Handling, Received, Rejected};
    let to = match (action, from) {
        (CaseAction::Log | CaseAction::Extend, Received) | (CaseAction::Extend, Handling) | (CaseAction::Reopen, Answered | Closed) => Some(Handling),
        (CaseAction::Log, other) | (CaseAction::Rate, other @ (Answered | Closed)) => Some(other),
        (CaseAction::Respond, Received | Handling) => Some(Answered),
        (CaseAction::Reject, Received | Handling) => Some(Rejected),
        (CaseAction::Close, Answered) => Some(Closed),
        _ => None,
    };
    to.ok_or(Why { from, action })
}

/// One dated step of a case's history.
#[derive(Debug, Clone, Copy)]
pub enum Step<'a> {
    /// A handling-log entry.
    Log(&'a Action),
    /// An answer.
    Answer(&'a Response),
}

impl Step<'_> {
    /// When it happened.
    pub fn on(&self) -> NaiveDate {
        match self {
            Step::Log(action) => action.on,
            Step::Answer(response) => response.on,
        }
    }

    /// The step the machine is asked for.
    pub fn action(&self) -> CaseAction {
        match self {
            Step::Log(action) => CaseAction::of_log(action.kind),
            Step::Answer(_) => CaseAction::Respond,
        }
    }
}

/// The history replayed: each step with the status before it and what the machine said.
pub fn replay(case: &Case) -> Vec<(Step<'_>, CaseStatus, Result<CaseStatus, Why>)> {
    let mut out = Vec::new();
    let mut status = CaseStatus::Received;
    let (mut log, mut answers) = (case.actions.iter().peekable(), case.responses.iter().peekable());
    loop {
        let take_answer = match (log.peek(), answers.peek()) {
            (None, None) => break,
            (Some(_), None) => false,
            (None, Some(_)) => true,
            (Some(action), Some(answer)) => answer.on < action.on || (answer.on == action.on && status.is_open()),
        };
        let next = if take_answer {
            answers.next().map(Step::Answer)
        } else {
            log.next().map(Step::Log)
        };
        let Some(step) = next else { break };
        let result = allowed(status, step.action());
        out.push((step, status, result));
        if let Ok(to) = result {
            status = to;
        }
    }
    out
}

/// The case's status at the end of `date`, from its dated history (`received` on any day
/// before its first step, and before it was received).
pub fn status_on(case: &Case, date: NaiveDate) -> CaseStatus {
    let mut status = CaseStatus::Received;
    for (step, _, result) in replay(case) {
        if step.on() > date {
            break;
        }
        if let Ok(to) = result {
            status = to;
        }
    }
    status
}

/// The status after the whole history.
pub fn latest_status(case: &Case) -> CaseStatus {
    status_on(case, NaiveDate::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::positions::KeyPositions;
    use crate::model::Rating;
    use CaseStatus::{Answered, Closed, Handling, Received, Rejected};

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn every_transition_allowed_and_refused() {
        let expected: &[(CaseAction, [Option<CaseStatus>; 5])] = &[
            // from: Received, Handling, Answered, Closed, Rejected
            (CaseAction::Log, [Some(Handling), Some(Handling), Some(Answered), Some(Closed), Some(Rejected)]),
            (CaseAction::Respond, [Some(Answered), Some(Answered), None, None, None]),
            (CaseAction::Extend, [Some(Handling), Some(Handling), None, None, None]),
            (CaseAction::Reject, [Some(Rejected), Some(Rejected), None, None, None]),
            (CaseAction::Rate, [None, None, Some(Answered), Some(Closed), None]),
            (CaseAction::Reopen, [None, None, Some(Handling), Some(Handling), None]),
            (CaseAction::Close, [None, None, Some(Closed), None, None]),
        ];
        assert_eq!(expected.len(), CaseAction::ALL.len());
        for (action, row) in expected {
            for (from, to) in CaseStatus::ALL.into_iter().zip(row) {
                match (allowed(from, *action), to) {
                    (Ok(got), Some(want)) => assert_eq!(got, *want, "{action:?} from {from}"),
                    (Err(why), None) => {
                        assert_eq!((why.from, why.action), (from, *action));
                        assert!(!why.rule().is_empty());
                    }
                    (got, want) => panic!("{action:?} from {from}: got {got:?}, want {want:?}"),
                }
            }
        }
    }

    fn action(on: &str, kind: ActionKind) -> Action {
        Action {
            on: d(on),
            by: None,
            note: "n".into(),
            kind,
            days: None,
        }
    }

    fn answer(on: &str, rating: Option<Rating>) -> Response {
        Response {
            on: d(on),
            text: format!("答复{on}"),
            public: true,
            rating,
            outcome: None,
            item: None,
            correction_on: None,
            rated_on: None,
            rated_by: None,
            key: "response".into(),
        }
    }

    fn case(actions: Vec<Action>, responses: Vec<Response>) -> Case {
        Case {
            id: "c".into(),
            file: "feedback/c.md".into(),
            kind: crate::model::CaseKind::Opinion,
            received_on: d("2026-03-02"),
            channel: "hotline".into(),
            from: crate::model::Sender::Public,
            name: None,
            contact: None,
            about: None,
            summary: "s".into(),
            due_on: d("2026-03-30"),
            status: Received,
            actions,
            responses,
            body: String::new(),
            keys: KeyPositions::default(),
        }
    }

    #[test]
    fn status_between_the_steps_of_a_reopened_case() {
        let case = case(
            vec![
                action("2026-03-03", ActionKind::Log),
                action("2026-03-20", ActionKind::Reopen),
                action("2026-04-20", ActionKind::Close),
            ],
            vec![answer("2026-03-10", Some(Rating::Unsatisfied)), answer("2026-04-10", Some(Rating::Satisfied))],
        );
        for (on, want) in [
            ("2026-03-02", Received),
            ("2026-03-03", Handling),
            ("2026-03-09", Handling),
            ("2026-03-10", Answered),
            ("2026-03-19", Answered),
            ("2026-03-20", Handling),
            ("2026-04-09", Handling),
            ("2026-04-10", Answered),
            ("2026-04-20", Closed),
            ("2027-01-01", Closed),
        ] {
            assert_eq!(status_on(&case, d(on)), want, "on {on}");
        }
        assert_eq!(latest_status(&case), Closed);
        assert!(replay(&case).iter().all(|(_, _, result)| result.is_ok()));
    }

    #[test]
    fn steps_of_one_day_follow_the_machine() {
        // Answered, reopened and answered again on one day, then closed the same day.
        let case = case(
            vec![action("2026-03-10", ActionKind::Reopen), action("2026-03-10", ActionKind::Close)],
            vec![answer("2026-03-10", None), answer("2026-03-10", None)],
        );
        assert!(replay(&case).iter().all(|(_, _, result)| result.is_ok()));
        assert_eq!(status_on(&case, d("2026-03-09")), Received);
        assert_eq!(status_on(&case, d("2026-03-10")), Closed);
    }

    #[test]
    fn a_rejected_case_and_a_refused_step() {
        let rejected = case(vec![action("2026-03-04", ActionKind::Reject)], vec![]);
        assert_eq!(status_on(&rejected, d("2026-03-03")), Received);
        assert_eq!(status_on(&rejected, d("2026-03-04")), Rejected);
        // A close written by hand before any answer is refused and changes nothing.
        let hand = case(vec![action("2026-03-04", ActionKind::Close)], vec![]);
        let steps = replay(&hand);
        assert_eq!(
            steps[0].2,
            Err(Why {
                from: Received,
                action: CaseAction::Close
            })
        );
        assert_eq!(latest_status(&hand), Received);
    }
}
