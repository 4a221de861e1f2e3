//! Meetings recorded in `meetings/<year>/*.md`: the members' meeting (党员大会) that
//! announces a quarter's bulletin, and the leading group's meeting (领导小组会议) that
//! approves the catalogue.

use chrono::NaiveDate;

use crate::diag::Location;
use crate::obligations::period::Period;

/// Which body met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MeetingKind {
    /// 党员大会: announces the quarter's bulletin to the members.
    Members,
    /// 党务公开工作领导小组会议: approves the catalogue, assesses the year.
    LeadingGroup,
}

impl MeetingKind {
    /// Every kind.
    pub const ALL: [MeetingKind; 2] = [MeetingKind::Members, MeetingKind::LeadingGroup];

    /// The word used in files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            MeetingKind::Members => "members",
            MeetingKind::LeadingGroup => "leading-group",
        }
    }

    /// Parses the word.
    pub fn from_word(word: &str) -> Option<MeetingKind> {
        MeetingKind::ALL.into_iter().find(|kind| kind.as_str() == word)
    }

    /// The kind `text` names, as the user types it: the file word, or 党员大会,
    /// 领导小组 / 领导小组会 / 领导小组会议 / 党务公开工作领导小组会议.
    pub fn from_user_text(text: &str) -> Option<MeetingKind> {
        match text.trim() {
            "党员大会" => Some(MeetingKind::Members),
            "领导小组" | "领导小组会" | "领导小组会议" | "党务公开工作领导小组会议" => Some(MeetingKind::LeadingGroup),
            word => MeetingKind::from_word(word),
        }
    }

    /// The name in Chinese, as minutes write it.
    pub fn chinese(self) -> &'static str {
        match self {
            MeetingKind::Members => "党员大会",
            MeetingKind::LeadingGroup => "党务公开工作领导小组会议",
        }
    }
}

/// One meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    /// The file name without `.md` (`2026-04-10-members`).
    pub id: String,
    /// The file, relative to the root (`meetings/2026/2026-04-10-members.md`).
    pub file: String,
    /// Which body met.
    pub kind: MeetingKind,
    /// The day it met.
    pub on: NaiveDate,
    /// Members' meetings: the quarter whose bulletin it announced.
    pub bulletin: Option<Period>,
    /// How many attended.
    pub attended: Option<u32>,
    /// Of how many who should have.
    pub of: Option<u32>,
    /// The decisions taken, in order.
    pub decisions: Vec<String>,
    /// Where the front matter starts.
    pub location: Location,
}

/// The members' meeting that announced `quarter`'s bulletin by `as_of` (the earliest,
/// if several did), from `meetings` in any order.
pub fn announcement(meetings: &[Meeting], quarter: Period, as_of: NaiveDate) -> Option<&Meeting> {
    meetings
        .iter()
        .filter(|m| m.kind == MeetingKind::Members && m.bulletin == Some(quarter) && m.on <= as_of)
        .min_by_key(|m| (m.on, m.id.as_str()))
}

/// The earliest members' meeting, if any was recorded.
pub fn first_members_meeting(meetings: &[Meeting]) -> Option<&Meeting> {
    meetings.iter().filter(|m| m.kind == MeetingKind::Members).min_by_key(|m| (m.on, m.id.as_str()))
}
