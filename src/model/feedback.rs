//! Feedback cases: opinions from members and the public, requests to disclose (依申请公开)
//! and requests to correct published content (更正申请), each handled within a time limit
//! (限时办结) and answered; a request and a correction request are answered by a decision
//! ([`Outcome`]).

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

    /// Parses what a user types: the word used in files or the Chinese label (群众, 党员).
    pub fn from_user_text(text: &str) -> Option<Sender> {
        match text.trim() {
            "public" | "群众" => Some(Sender::Public),
            "member" | "党员" => Some(Sender::Member),
            _ => None,
        }
    }
}

/// The Chinese labels of the usual feedback channels, and the channel word each stands for.
pub const CHANNEL_LABELS: [(&str, &str); 9] = [
    ("热线电话", "hotline"),
    ("热线", "hotline"),
    ("电话", "hotline"),
    ("意见热线", "hotline"),
    ("意见箱", "suggestion-box"),
    ("接待日", "reception-day"),
    ("来访接待日", "reception-day"),
    ("来信", "letter"),
    ("信件", "letter"),
];

/// The channel word a Chinese label stands for (`电话` → `hotline`), or `text` itself.
pub fn channel_word(text: &str) -> &str {
    let text = text.trim();
    CHANNEL_LABELS.iter().find(|(label, _)| *label == text).map_or(text, |(_, word)| *word)
}

/// The channel of disclose.toml that `text` names: the word itself, or its Chinese label
/// ([`CHANNEL_LABELS`]) when that channel is listed.
pub fn channel_from_user_text<'a>(text: &str, channels: &'a [Channel]) -> Option<&'a Channel> {
    let word = channel_word(text);
    channels.iter().find(|channel| channel.as_str() == word)
}

/// What kind of case it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum CaseKind {
    /// An opinion or suggestion (意见建议), answered.
    #[default]
    Opinion,
    /// A request to disclose something (依申请公开), decided.
    Request,
    /// A request to correct published content (更正申请), decided.
    Correction,
}

impl CaseKind {
    /// Every kind.
    pub const ALL: [CaseKind; 3] = [CaseKind::Opinion, CaseKind::Request, CaseKind::Correction];

    /// The word used in files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            CaseKind::Opinion => "opinion",
            CaseKind::Request => "request",
            CaseKind::Correction => "correction",
        }
    }

    /// Parses the word used in files.
    pub fn from_word(word: &str) -> Option<CaseKind> {
        CaseKind::ALL.into_iter().find(|kind| kind.as_str() == word)
    }

    /// Parses what a user types: the word or the Chinese name (意见建议/意见, 依申请公开/申请,
    /// 更正申请/更正).
    pub fn from_user_text(text: &str) -> Option<CaseKind> {
        match text.trim() {
            "意见建议" | "意见" => Some(CaseKind::Opinion),
            "依申请公开" | "申请公开" | "申请" => Some(CaseKind::Request),
            "更正申请" | "更正" => Some(CaseKind::Correction),
            word => CaseKind::from_word(word),
        }
    }

    /// The command that answers an open case of this kind: `feedback respond` for an
    /// opinion, `feedback decide` for a request or a correction request (one home, for
    /// `status` and the advice of every output).
    pub fn answer_command(self, id: &str) -> String {
        match self {
            CaseKind::Opinion => format!("disclose feedback respond {id} --text \"…\""),
            CaseKind::Request => format!("disclose feedback decide {id} --outcome disclosed|not-disclosed|not-held"),
            CaseKind::Correction => format!("disclose feedback decide {id} --outcome corrected|refused"),
        }
    }

    /// True for the kinds answered by a decision ([`Outcome`]).
    pub fn is_decided(self) -> bool {
        self != CaseKind::Opinion
    }

    /// The decisions open to this kind (none for an opinion).
    pub fn outcomes(self) -> &'static [Outcome] {
        match self {
            CaseKind::Opinion => &[],
            CaseKind::Request => &[Outcome::Disclosed, Outcome::NotDisclosed, Outcome::NotHeld],
            CaseKind::Correction => &[Outcome::Corrected, Outcome::Refused],
        }
    }
}

impl fmt::Display for CaseKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The decision on a request (依申请公开) or a correction request (更正申请).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Outcome {
    /// A request: disclosed, by the item named (`item`).
    Disclosed,
    /// A request: not disclosed, for the reason given (the answer's text).
    NotDisclosed,
    /// A request: the organisation does not hold what was asked for.
    NotHeld,
    /// A correction request: accepted, corrected by `disclose correct` on the item named.
    Corrected,
    /// A correction request: refused, for the reason given.
    Refused,
}

impl Outcome {
    /// Every outcome.
    pub const ALL: [Outcome; 5] = [
        Outcome::Disclosed,
        Outcome::NotDisclosed,
        Outcome::NotHeld,
        Outcome::Corrected,
        Outcome::Refused,
    ];

    /// The word used in files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Disclosed => "disclosed",
            Outcome::NotDisclosed => "not-disclosed",
            Outcome::NotHeld => "not-held",
            Outcome::Corrected => "corrected",
            Outcome::Refused => "refused",
        }
    }

    /// Parses the word used in files.
    pub fn from_word(word: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|outcome| outcome.as_str() == word)
    }

    /// Parses what a user types: the word or the Chinese name (予以公开/公开, 不予公开,
    /// 信息不存在/不掌握, 予以更正/更正, 不予更正).
    pub fn from_user_text(text: &str) -> Option<Outcome> {
        match text.trim() {
            "予以公开" | "公开" => Some(Outcome::Disclosed),
            "不予公开" => Some(Outcome::NotDisclosed),
            "信息不存在" | "不掌握" => Some(Outcome::NotHeld),
            "予以更正" | "更正" => Some(Outcome::Corrected),
            "不予更正" => Some(Outcome::Refused),
            word => Outcome::from_word(word),
        }
    }

    /// The kind of case this decides.
    pub fn kind(self) -> CaseKind {
        match self {
            Outcome::Disclosed | Outcome::NotDisclosed | Outcome::NotHeld => CaseKind::Request,
            Outcome::Corrected | Outcome::Refused => CaseKind::Correction,
        }
    }

    /// True when the decision names an item: the one that discloses, or the one corrected.
    pub fn names_item(self) -> bool {
        matches!(self, Outcome::Disclosed | Outcome::Corrected)
    }

    /// True when the decision grants what was asked (disclosed, corrected).
    pub fn grants(self) -> bool {
        self.names_item()
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
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

    /// Parses what a user types: the word used in files or the Chinese label (满意,
    /// 基本满意, 不满意).
    pub fn from_user_text(text: &str) -> Option<Rating> {
        match text.trim() {
            "满意" => Some(Rating::Satisfied),
            "基本满意" => Some(Rating::Partly),
            "不满意" => Some(Rating::Unsatisfied),
            word => Rating::from_word(word),
        }
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
    /// The decision, for a request or a correction request (`outcome`).
    pub outcome: Option<Outcome>,
    /// The item that discloses (`disclosed`) or was corrected (`corrected`).
    pub item: Option<String>,
    /// The day of the item's `disclose correct` record a `corrected` decision links.
    pub correction_on: Option<NaiveDate>,
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
    /// What kind of case (`kind`; absent means an opinion).
    pub kind: CaseKind,
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

    /// The latest decision given on or before `date`, for a request or correction request.
    pub fn decision_on(&self, date: NaiveDate) -> Option<Outcome> {
        self.response_on(date).and_then(|r| r.outcome)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_read_in_english_and_in_chinese() {
        for (text, rating) in [
            ("满意", Rating::Satisfied),
            ("基本满意", Rating::Partly),
            ("不满意", Rating::Unsatisfied),
            (" partly ", Rating::Partly),
        ] {
            assert_eq!(Rating::from_user_text(text), Some(rating), "{text}");
        }
        assert_eq!(Rating::from_user_text("很满意"), None);
        assert_eq!(Sender::from_user_text("群众"), Some(Sender::Public));
        assert_eq!(Sender::from_user_text("党员"), Some(Sender::Member));
        assert_eq!(Sender::from_user_text("member"), Some(Sender::Member));
        assert_eq!(Sender::from_user_text("干部"), None);
        assert_eq!(CaseKind::from_user_text("依申请公开"), Some(CaseKind::Request));
        assert_eq!(CaseKind::from_user_text("更正申请"), Some(CaseKind::Correction));
        assert_eq!(CaseKind::from_user_text("opinion"), Some(CaseKind::Opinion));
        assert_eq!(Outcome::from_user_text("不予公开"), Some(Outcome::NotDisclosed));
        assert_eq!(Outcome::from_user_text("not-held"), Some(Outcome::NotHeld));
    }

    #[test]
    fn chinese_channel_labels_name_only_listed_channels() {
        let channels: Vec<Channel> = ["hotline", "suggestion-box", "letter"].map(String::from).to_vec();
        for (text, word) in [
            ("热线电话", "hotline"),
            ("电话", "hotline"),
            ("意见箱", "suggestion-box"),
            ("来信", "letter"),
            ("letter", "letter"),
        ] {
            assert_eq!(channel_from_user_text(text, &channels).map(String::as_str), Some(word), "{text}");
        }
        // 接待日 is a known label, but this organisation lists no reception day.
        assert_eq!(channel_from_user_text("接待日", &channels), None);
        assert_eq!(channel_from_user_text("微信", &channels), None);
    }

    #[test]
    fn every_outcome_belongs_to_the_kind_that_lists_it() {
        for kind in CaseKind::ALL {
            assert_eq!(kind.is_decided(), !kind.outcomes().is_empty());
            for outcome in kind.outcomes() {
                assert_eq!(outcome.kind(), kind);
                assert_eq!(Outcome::from_word(outcome.as_str()), Some(*outcome));
            }
        }
    }
}
