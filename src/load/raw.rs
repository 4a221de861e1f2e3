//! Phase one of loading: the files' shapes as serde structs. Every table denies unknown
//! keys, so a misspelt key is an error, never silently ignored.

#![allow(missing_docs)] // the fields mirror the file formats, which the README documents
use std::collections::BTreeMap;

use compact_str::CompactString;
use serde::Deserialize;
use toml::value::Datetime;

/// disclose.toml.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    pub organisation: RawOrganisation,
    pub leading_group: Option<RawLeadingGroup>,
    pub approval: Option<RawApprovals>,
    pub roles: Option<RawRoles>,
    pub feedback: Option<RawFeedbackSettings>,
    pub requests: Option<RawRequestSettings>,
    pub publish: Option<RawPublish>,
    pub audit: Option<RawAudit>,
    pub bulletin: Option<RawBulletin>,
    pub report: Option<RawReport>,
}

/// `[bulletin]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBulletin {
    pub announce_within_days: Option<u32>,
    pub announce_from: Option<Datetime>,
}

/// `[report]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReport {
    pub annual_due: Option<String>,
}

/// `[organisation]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOrganisation {
    pub name: String,
    pub short_name: Option<String>,
    pub address: Option<String>,
    pub locale: Option<String>,
}

/// `[leading_group]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLeadingGroup {
    pub leader: String,
    #[serde(default)]
    pub deputies: Vec<String>,
    #[serde(default)]
    pub members: Vec<String>,
}

/// The catalogue approvals: `[[approval]]`, newest last, or the single `[approval]` table
/// written before approvals kept their history.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum RawApprovals {
    /// `[[approval]]`, oldest first.
    History(Vec<RawApproval>),
    /// The old single `[approval]`.
    Single(RawApproval),
}

impl RawApprovals {
    /// The approvals, oldest first.
    pub fn into_vec(self) -> Vec<RawApproval> {
        match self {
            RawApprovals::History(list) => list,
            RawApprovals::Single(one) => vec![one],
        }
    }
}

/// One `[[approval]]` (or the old `[approval]`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawApproval {
    pub approved_on: Datetime,
    pub approved_by: String,
    pub meeting: Option<String>,
    pub digest: String,
    #[serde(default)]
    pub parts: BTreeMap<String, String>,
    #[serde(default)]
    pub rules: BTreeMap<String, String>,
}

/// `[roles]`: who may sign.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRoles {
    pub reviewers: Option<Vec<String>>,
    pub approvers: Option<Vec<String>>,
}

/// `[feedback]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFeedbackSettings {
    pub hotline: Option<String>,
    pub channels: Option<Vec<String>>,
    pub reception_day: Option<String>,
    pub suggestion_box: Option<String>,
    pub working_days: Option<u32>,
}

/// `[requests]`: the limits of requests (依申请公开) and correction requests (更正申请).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRequestSettings {
    pub working_days: Option<u32>,
    pub max_working_days: Option<u32>,
}

/// `[publish]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPublish {
    pub site_dir: Option<String>,
    pub bulletin_dir: Option<String>,
    pub require_review: Option<bool>,
    pub require_approval: Option<bool>,
    pub max_attachment_mib: Option<u32>,
    pub max_item_attachments_mib: Option<u32>,
    pub base_url: Option<String>,
}

/// `[audit]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAudit {
    pub grace_days: Option<u32>,
}

/// A catalogue file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCatalogueFile {
    pub category: RawCategory,
    #[serde(default)]
    pub entry: Vec<RawEntry>,
}

/// `[category]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCategory {
    pub code: String,
    pub title: String,
}

/// `[[entry]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEntry {
    pub id: String,
    pub title: String,
    pub scope: String,
    pub cadence: String,
    pub period: Option<String>,
    pub due_days: Option<u32>,
    pub due_working_days: Option<u32>,
    pub owner: String,
    pub since: Option<Datetime>,
    pub until: Option<Datetime>,
    pub review_months: Option<u32>,
    pub notice_working_days: Option<u32>,
}

/// A period as written: `"2026-Q1"`, or a bare year `2026`.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum RawPeriod {
    /// `"2026-Q1"`.
    Text(CompactString),
    /// `2026`.
    Year(i64),
}

/// An item's front matter.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawItem {
    pub entry: CompactString,
    pub title: String,
    pub period: Option<RawPeriod>,
    pub event: Option<Datetime>,
    pub matter: Option<CompactString>,
    pub stage: Option<CompactString>,
    #[serde(rename = "final")]
    pub final_stage: Option<bool>,
    pub scope: Option<CompactString>,
    pub audience: Option<CompactString>,
    pub supersedes: Option<CompactString>,
    pub prepared_by: Option<CompactString>,
    pub reviewed_by: Option<CompactString>,
    pub reviewed_on: Option<Datetime>,
    pub reviewed_digest: Option<CompactString>,
    pub approved_by: Option<CompactString>,
    pub approved_on: Option<Datetime>,
    pub approved_digest: Option<CompactString>,
    pub published_on: Option<Datetime>,
    pub decision_on: Option<Datetime>,
    pub published_digest: Option<CompactString>,
    #[serde(default)]
    pub correction: Vec<RawCorrection>,
}

/// `[[correction]]` in an item's front matter.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCorrection {
    pub on: Datetime,
    pub by: CompactString,
    pub reason: String,
    pub digest: CompactString,
}

/// A meeting's front matter.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMeeting {
    pub kind: String,
    pub on: Datetime,
    pub bulletin: Option<RawPeriod>,
    pub attended: Option<u32>,
    pub of: Option<u32>,
    #[serde(default)]
    pub decisions: Vec<String>,
}

/// A feedback case's front matter.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCase {
    pub received_on: Datetime,
    pub channel: String,
    pub from: String,
    pub name: Option<String>,
    pub contact: Option<String>,
    pub about: Option<String>,
    pub kind: Option<String>,
    pub summary: String,
    pub due_on: Datetime,
    pub status: String,
    #[serde(default)]
    pub action: Vec<RawAction>,
    #[serde(default)]
    pub response: RawResponses,
}

/// `[[response]]` (every answer, oldest first) or, in older files, one `[response]` table.
#[derive(Debug, Default)]
pub enum RawResponses {
    /// No answer yet.
    #[default]
    None,
    /// The single `[response]` table of older files.
    One(RawResponse),
    /// `[[response]]`.
    Many(Vec<RawResponse>),
}

impl<'de> Deserialize<'de> for RawResponses {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = RawResponses;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a [response] table or [[response]] tables")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<RawResponses, A::Error> {
                RawResponse::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(RawResponses::One)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<RawResponses, A::Error> {
                Vec::<RawResponse>::deserialize(serde::de::value::SeqAccessDeserializer::new(seq)).map(RawResponses::Many)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// `[[action]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAction {
    pub on: Datetime,
    pub by: Option<String>,
    pub note: String,
    pub kind: Option<String>,
    pub days: Option<u32>,
}

/// One answer: a `[[response]]` (or the older `[response]`) table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawResponse {
    pub on: Datetime,
    pub text: String,
    #[serde(default)]
    pub public: bool,
    pub rating: Option<String>,
    pub rated_on: Option<Datetime>,
    pub rated_by: Option<String>,
    pub outcome: Option<String>,
    pub item: Option<String>,
    pub correction_on: Option<Datetime>,
}

/// A calendar file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCalendarFile {
    #[serde(default)]
    pub year: Vec<RawCalendarYear>,
}

/// `[[year]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCalendarYear {
    pub year: i32,
    pub notice: Option<String>,
    #[serde(default)]
    pub holidays: Vec<RawHoliday>,
    #[serde(default)]
    pub workdays: Vec<Datetime>,
}

/// One holiday range.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHoliday {
    pub from: Datetime,
    pub to: Datetime,
    pub name: String,
}
