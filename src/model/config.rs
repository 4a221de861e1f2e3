//! disclose.toml: the organisation, its leading group, the catalogue approval, feedback
//! settings and output folders.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::diag::Location;

/// The language of generated pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Locale {
    /// Simplified Chinese, the default.
    #[default]
    ZhCn,
    /// English.
    En,
}

impl Locale {
    /// The BCP 47 tag, as written in disclose.toml and in `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::ZhCn => "zh-CN",
            Locale::En => "en",
        }
    }

    /// Parses the tag.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        match tag {
            "zh-CN" => Some(Locale::ZhCn),
            "en" => Some(Locale::En),
            _ => None,
        }
    }
}

/// One approval of the catalogue by the leading group (审定). disclose.toml keeps every
/// approval (`[[approval]]`, newest last); the latest decides whether the catalogue is
/// in force, the earlier ones when each entry's obligations began.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Approval {
    /// When it was approved.
    pub approved_on: NaiveDate,
    /// Who approved it.
    pub approved_by: String,
    /// The digest of the catalogue's meaning at approval (with or without owners, see
    /// [`crate::model::catalogue::CatalogueDigest`]).
    pub digest: String,
    /// The meeting that decided it, when recorded (e.g. `2026年第1次领导小组会议`).
    pub meeting: Option<String>,
    /// Digests of each entry and category at approval, to say what changed.
    pub parts: BTreeMap<String, String>,
    /// Each entry's rule (cadence and time limit) at approval, by entry id, as
    /// [`crate::obligations::rules`] writes them; empty for approvals recorded before.
    pub rules: BTreeMap<String, String>,
    /// Where the table is written.
    pub location: Location,
}

/// Everything disclose.toml says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The organisation's full name.
    pub name: String,
    /// A short name for page titles.
    pub short_name: Option<String>,
    /// The address shown on the board.
    pub address: Option<String>,
    /// The language of generated pages.
    pub locale: Locale,
    /// 组长.
    pub leader: String,
    /// 副组长.
    pub deputies: Vec<String>,
    /// 成员.
    pub members: Vec<String>,
    /// Every approval of the catalogue, oldest first (see [`Config::approval`]).
    pub approvals: Vec<Approval>,
    /// `[roles]`: who may sign, when disclose.toml says.
    pub roles: Option<Roles>,
    /// The feedback hotline.
    pub hotline: Option<String>,
    /// Accepted feedback channels.
    pub channels: Vec<String>,
    /// When the reception day is.
    pub reception_day: Option<String>,
    /// Where the suggestion box stands.
    pub suggestion_box: Option<String>,
    /// The default handling limit in working days.
    pub working_days: u32,
    /// `[requests] working_days`: the limit of a request (依申请公开) or correction request
    /// (更正申请), in working days (default 3).
    pub request_working_days: u32,
    /// `[requests] max_working_days`: the longest a request's limit may be with its one
    /// extension, in working days from receipt (default 10).
    pub request_max_working_days: u32,
    /// Where the board is written, relative to the root.
    pub site_dir: String,
    /// Where bulletins are written, relative to the root.
    pub bulletin_dir: String,
    /// Items need 审核 before publishing.
    pub require_review: bool,
    /// Items need 审批 before publishing.
    pub require_approval: bool,
    /// `[audit] grace_days`: days a stamp may take to reach the history.
    pub audit_grace_days: u32,
    /// The address of the online board (`[publish] base_url`), ending with `/`: the
    /// printed notice's QR codes point there. `None` when not set (no QR codes).
    pub base_url: Option<String>,
    /// The largest attachment file, in MiB (`[publish] max_attachment_mib`).
    pub max_attachment_mib: u32,
    /// The largest total of one item's attachments, in MiB (`max_item_attachments_mib`).
    pub max_item_attachments_mib: u32,
    /// `[bulletin] announce_within_days`: a quarter's bulletin is announced at a members'
    /// meeting within this many days after the quarter (default 30).
    pub announce_within_days: u32,
    /// `[bulletin] announce_from`: quarters ending on or after this day must be announced
    /// (default: the first recorded members' meeting).
    pub announce_from: Option<NaiveDate>,
    /// `[report] annual_due`: the annual report of a year is due on this month and day
    /// of the next year (default 31 January).
    pub annual_due: (u32, u32),
}

/// `[roles]`: the people who may review and approve items. A list left out restricts
/// nobody; the catalogue itself is approved by the leading group (see
/// [`Config::catalogue_signers`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Roles {
    /// Who may sign 审核 (`disclose review --by`).
    pub reviewers: Option<Vec<String>>,
    /// Who may sign 审批 (`disclose approve --by`).
    pub approvers: Option<Vec<String>>,
}

/// The name of the leading group as a body, accepted as the catalogue's approver.
pub const LEADING_GROUP: &str = "党务公开工作领导小组";

impl Config {
    /// The handling limit of a case of `kind`, in working days after receipt.
    pub fn case_working_days(&self, kind: super::feedback::CaseKind) -> u32 {
        if kind.is_decided() {
            self.request_working_days
        } else {
            self.working_days
        }
    }

    /// The latest approval of the catalogue, if any.
    pub fn approval(&self) -> Option<&Approval> {
        self.approvals.last()
    }

    /// Who may record `catalogue approve --by`: the leading group as a body
    /// ([`LEADING_GROUP`]) or one of the people `[leading_group]` names.
    pub fn catalogue_signers(&self) -> Vec<String> {
        let mut names = vec![LEADING_GROUP.to_string()];
        names.extend(
            std::iter::once(&self.leader)
                .chain(&self.deputies)
                .chain(&self.members)
                .filter(|n| !n.trim().is_empty())
                .cloned(),
        );
        names
    }

    /// The name used in page titles: the short name, else the full name.
    pub fn display_name(&self) -> &str {
        self.short_name.as_deref().unwrap_or(&self.name)
    }
}
