//! Feedback cases: opinions from members and the public, handled within a time limit
//! (限时办结) and answered.

use std::fmt;

use chrono::NaiveDate;

use crate::diag::positions::KeyPositions;
use crate::diag::Location;

/// A feedback channel name as listed in disclose.toml (hotline, suggestion-box, …).
pub type Channel = String;

/// Who gave the opinion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sender {
    /// A member of the public.
    Public,
    /// A party member.
    Member,
}

impl Sender {
    /// The word used in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Sender::Public => "public",
            Sender::Member => "member",
        }
    }
}

/// Where a case stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CaseStatus {
    /// Logged, nothing done yet.
    Received,
    /// Being handled.
    Handling,
    /// Answered; the result fed back.
    Answered,
    /// Closed after the answer.
    Closed,
    /// Not accepted (不予受理), with reasons.
    Rejected,
}

impl CaseStatus {
    /// Every status, in workflow order.
    pub const ALL: [CaseStatus; 5] = [
        CaseStatus::Received,
        CaseStatus::Handling,
        CaseStatus::Answered,
        CaseStatus::Closed,
        CaseStatus::Rejected,
    ];

    /// The word used in files.
    pub fn as_str(self) -> &'static str {
        match self {
            CaseStatus::Received => "received",
            CaseStatus::Handling => "handling",
            CaseStatus::Answered => "answered",
            CaseStatus::Closed => "closed",
            CaseStatus::Rejected => "rejected",
        }
    }

    /// Parses the word used in files.
    pub fn from_word(word: &str) -> Option<CaseStatus> {
        CaseStatus::ALL.into_iter().find(|status| status.as_str() == word)
    }

    /// True while the case still needs an answer.
    pub fn is_open(self) -> bool {
        matches!(self, CaseStatus::Received | CaseStatus::Handling)
    }
}

impl fmt::Display for CaseStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The person's view of the answer (回访).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rating {
    /// 满意.
    Satisfied,
    /// 基本满意.
    Partly,
    /// 不满意.
    Unsatisfied,
}

impl Rating {
    /// Every rating.
    pub const ALL: [Rating; 3] = [Rating::Satisfied, Rating::Partly, Rating::Unsatisfied];

    /// The word used in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Rating::Satisfied => "satisfied",
            Rating::Partly => "partly",
            Rating::Unsatisfied => "unsatisfied",
        }
    }

    /// Parses the word used in files.
    pub fn from_word(word: &str) -> Option<Rating> {
        Rating::ALL.into_iter().find(|rating| rating.as_str() == word)
    }
}

/// What a log entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionKind {
    /// An ordinary handling step.
    Log,
    /// The limit was extended.
    Extend,
    /// Not accepted.
    Reject,
    /// Reopened after an unsatisfied answer.
    Reopen,
    /// Closed.
    Close,
}

impl ActionKind {
    /// The word used in files (`None` for an ordinary log entry, which has no `kind`).
    pub fn word(self) -> Option<&'static str> {
        match self {
            ActionKind::Log => None,
            ActionKind::Extend => Some("extend"),
            ActionKind::Reject => Some("reject"),
            ActionKind::Reopen => Some("reopen"),
            ActionKind::Close => Some("close"),
        }
    }

    /// Parses the word used in files.
    pub fn from_word(word: &str) -> Option<ActionKind> {
        [ActionKind::Extend, ActionKind::Reject, ActionKind::Reopen, ActionKind::Close]
            .into_iter()
            .find(|kind| kind.word() == Some(word))
    }
}

/// One step of the handling log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    /// When.
    pub on: NaiveDate,
    /// Who.
    pub by: Option<String>,
    /// What was done.
    pub note: String,
    /// What kind of step.
    pub kind: ActionKind,
    /// Extensions: the extra working days.
    pub days: Option<u32>,
}

/// One answer fed back (`[[response]]`, or the single `[response]` table of older files).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    /// When it was given.
    pub on: NaiveDate,
    /// The answer.
    pub text: String,
    /// Whether summary and answer appear on the board.
    pub public: bool,
    /// The person's view of it.
    pub rating: Option<Rating>,
    /// When the view was recorded (`rated_on`; older files have none).
    pub rated_on: Option<NaiveDate>,
    /// Who recorded the view (`rated_by`).
    pub rated_by: Option<String>,
    /// The key path of the table in the front matter (`response` or `response.N`), for
    /// locations.
    pub key: String,
}

impl Response {
    /// The day the rating counts on: `rated_on`, or (older files) the answer's own date.
    pub fn rated_on_or_answer(&self) -> NaiveDate {
        self.rated_on.unwrap_or(self.on)
    }
}

/// One feedback case, read from `feedback/**/ID.md`.
#[derive(Debug, Clone)]
pub struct Case {
    /// The file name without `.md`.
    pub id: String,
    /// The file, relative to the root.
    pub file: String,
    /// When it arrived.
    pub received_on: NaiveDate,
    /// How it arrived.
    pub channel: Channel,
    /// Who sent it.
    pub from: Sender,
    /// Private: the person's name.
    pub name: Option<String>,
    /// Private: how to reach them.
    pub contact: Option<String>,
    /// The entry or item it concerns.
    pub about: Option<String>,
    /// The publishable one-line summary.
    pub summary: String,
    /// The time limit.
    pub due_on: NaiveDate,
    /// Where it stands.
    pub status: CaseStatus,
    /// The handling log.
    pub actions: Vec<Action>,
    /// Every answer given, oldest first (a reopened case keeps its earlier answers).
    pub responses: Vec<Response>,
    /// The opinion as received (private).
    pub body: String,
    /// Where each front-matter key stands.
    pub keys: KeyPositions<'static>,
}

impl Case {
    /// The location of a front-matter key's value.
    pub fn at(&self, key: &str) -> Location {
        self.keys.get(key)
    }

    /// The latest answer.
    pub fn response(&self) -> Option<&Response> {
        self.responses.last()
    }

    /// The latest answer given on or before `date`: the one people had been told then.
    pub fn response_on(&self, date: NaiveDate) -> Option<&Response> {
        self.responses.iter().rev().find(|r| r.on <= date)
    }

    /// The case's status at the end of `date` (see [`super::case_flow::status_on`]).
    pub fn status_on(&self, date: NaiveDate) -> CaseStatus {
        super::case_flow::status_on(self, date)
    }

    /// The latest public answer given on or before `date`, while the case stands answered
    /// or closed on that day: what the board shows.
    pub fn public_answer(&self, date: NaiveDate) -> Option<&Response> {
        if !matches!(self.status_on(date), CaseStatus::Answered | CaseStatus::Closed) {
            return None;
        }
        self.responses.iter().rev().find(|r| r.public && r.on <= date)
    }

    /// True when summary and an answer may appear on the board.
    pub fn is_public(&self) -> bool {
        self.public_answer(NaiveDate::MAX).is_some()
    }

    /// The reason given when the case was not accepted (不予受理), if it was.
    pub fn rejection(&self) -> Option<&Action> {
        self.actions.iter().rev().find(|a| a.kind == ActionKind::Reject)
    }

    /// The extension, if the limit was extended.
    pub fn extension(&self) -> Option<&Action> {
        self.actions.iter().find(|action| action.kind == ActionKind::Extend)
    }

    /// The day the case was rejected or closed, if it was.
    pub fn ended_on(&self) -> Option<NaiveDate> {
        self.actions
            .iter()
            .rev()
            .find(|a| matches!(a.kind, ActionKind::Reject | ActionKind::Close))
            .map(|a| a.on)
    }

    /// True when the case is open on `as_of` and its limit has passed.
    pub fn is_overdue(&self, as_of: NaiveDate) -> bool {
        self.status_on(as_of).is_open() && as_of > self.due_on
    }
}
