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

/// The leading group's approval of the catalogue (审定).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Approval {
    /// When it was approved.
    pub approved_on: NaiveDate,
    /// Who approved it.
    pub approved_by: String,
    /// The leading group's meeting that approved it (`meetings/2026/…md`), if linked.
    pub meeting: Option<String>,
    /// The digest of the catalogue's meaning at approval.
    pub digest: String,
    /// Digests of each entry and category at approval, to say what changed.
    pub parts: BTreeMap<String, String>,
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
    /// The catalogue approval, once given.
    pub approval: Option<Approval>,
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

impl Config {
    /// The name used in page titles: the short name, else the full name.
    pub fn display_name(&self) -> &str {
        self.short_name.as_deref().unwrap_or(&self.name)
    }
}
