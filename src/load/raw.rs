//! Phase one of loading: the files' shapes as serde structs. Every table denies unknown
//! keys, so a misspelt key is an error, never silently ignored.

#![allow(missing_docs)] // the fields mirror the file formats, which the README documents
use std::collections::BTreeMap;

use compact_str::CompactString;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::Deserialize;
use toml::value::Datetime;

/// A TOML date (`2026-03-31`) in the JSON Schemas: editors (taplo, Tombi) check a TOML
/// date against `"type": "string", "format": "date"`.
pub struct Date;

impl JsonSchema for Date {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "format": "date", "description": "日期，写作 2026-03-31。" })
    }
}

/// disclose.toml.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(description = "disclose 配置文件（disclose.toml）：组织信息、领导小组、意见反馈渠道和输出位置。")]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    #[schemars(description = "党组织信息。")]
    pub organisation: RawOrganisation,
    #[schemars(description = "党务公开工作领导小组。")]
    pub leading_group: Option<RawLeadingGroup>,
    #[schemars(description = "目录审定记录，由 `disclose catalogue approve` 写入，请勿手工编辑；每次审定追加一个 [[approval]] 表，最新的在最后。")]
    pub approval: Option<RawApprovals>,
    #[schemars(description = "可以签署审核、审批的人。")]
    pub roles: Option<RawRoles>,
    #[schemars(description = "意见收集与限时办结。")]
    pub feedback: Option<RawFeedbackSettings>,
    #[schemars(description = "依申请公开和更正申请的办理期限。")]
    pub requests: Option<RawRequestSettings>,
    #[schemars(description = "公开栏网页和季度通报的输出与公开条件。")]
    pub publish: Option<RawPublish>,
    #[schemars(description = "上级检查（`disclose audit`）的设置。")]
    pub audit: Option<RawAudit>,
    #[schemars(description = "季度党员通报。")]
    pub bulletin: Option<RawBulletin>,
    #[schemars(description = "年度绩效评估报告。")]
    pub report: Option<RawReport>,
}

/// `[bulletin]`.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(description = "季度党员通报。")]
#[serde(deny_unknown_fields)]
pub struct RawBulletin {
    #[schemars(description = "期末后几日内在党员大会上通报。")]
    pub announce_within_days: Option<u32>,
    #[schemars(description = "从哪一天起要求通报，写作 2026-03-31。")]
    #[schemars(with = "Option<Date>")]
    pub announce_from: Option<Datetime>,
}

/// `[report]`.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(description = "年度绩效评估报告。")]
#[serde(deny_unknown_fields)]
pub struct RawReport {
    #[schemars(description = "年度报告的期限，如 \"01-31\"（次年1月31日前）。")]
    pub annual_due: Option<String>,
}

/// `[organisation]`.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(description = "党组织信息。")]
#[serde(deny_unknown_fields)]
pub struct RawOrganisation {
    #[schemars(description = "党组织全称。")]
    pub name: String,
    #[schemars(description = "简称，用于页面标题（可选）。")]
    pub short_name: Option<String>,
    #[schemars(description = "地址，显示在公开栏（可选）。")]
    pub address: Option<String>,
    #[schemars(description = "生成页面的语言：zh-CN 或 en。")]
    pub locale: Option<String>,
}

/// `[leading_group]`.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(description = "党务公开工作领导小组。")]
#[serde(deny_unknown_fields)]
pub struct RawLeadingGroup {
    #[schemars(description = "组长（党支部书记，第一责任人）。")]
    pub leader: String,
    #[schemars(description = "副组长姓名。")]
    #[serde(default)]
    pub deputies: Vec<String>,
    #[schemars(description = "成员（党支部委员）姓名，如 [\"张三\", \"李四\"]。")]
    #[serde(default)]
    pub members: Vec<String>,
}

/// The catalogue approvals: `[[approval]]`, newest last, or the single `[approval]` table
/// written before approvals kept their history.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(description = "目录审定记录：[[approval]] 表（最新的在最后），或旧文件中的单个 [approval] 表。")]
#[serde(untagged)]
pub enum RawApprovals {
    /// `[[approval]]`, oldest first.
    #[schemars(description = "[[approval]] 表，最早的在前，最新的在最后。")]
    History(Vec<RawApproval>),
    /// The old single `[approval]`.
    #[schemars(description = "旧文件中的单个 [approval] 表。")]
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
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(description = "一次目录审定，由 `disclose catalogue approve` 写入，请勿手工编辑。")]
#[serde(deny_unknown_fields)]
pub struct RawApproval {
    #[schemars(description = "审定日期，写作 2026-03-31。")]
    #[schemars(with = "Date")]
    pub approved_on: Datetime,
    #[schemars(description = "审定者，如“党务公开工作领导小组”。")]
    pub approved_by: String,
    #[schemars(description = "审定的会议（可选）。")]
    pub meeting: Option<String>,
    #[schemars(description = "审定时目录的摘要，由工具计算。")]
    pub digest: String,
    #[schemars(description = "审定时各类目录的摘要，由工具计算。")]
    #[serde(default)]
    pub parts: BTreeMap<String, String>,
    #[schemars(description = "审定时各事项规则的摘要，由工具计算。")]
    #[serde(default)]
    pub rules: BTreeMap<String, String>,
}

/// `[roles]`: who may sign.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(description = "可以签署审核、审批的人。")]
#[serde(deny_unknown_fields)]
pub struct RawRoles {
    #[schemars(description = "可以审核（含保密审查）的人。")]
    pub reviewers: Option<Vec<String>>,
    #[schemars(description = "可以审批的人。")]
    pub approvers: Option<Vec<String>>,
}

/// `[feedback]`.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(description = "意见收集与限时办结。")]
#[serde(deny_unknown_fields)]
pub struct RawFeedbackSettings {
    #[schemars(description = "意见热线，显示在公开栏。")]
    pub hotline: Option<String>,
    #[schemars(description = "受理渠道：hotline 热线电话、suggestion-box 意见箱、reception-day 来访接待日、letter 来信。")]
    pub channels: Option<Vec<String>>,
    #[schemars(description = "来访接待日，如“每月第一个星期三”。")]
    pub reception_day: Option<String>,
    #[schemars(description = "意见箱位置。")]
    pub suggestion_box: Option<String>,
    #[schemars(description = "办结时限（工作日），受理次日起算。")]
    pub working_days: Option<u32>,
}

/// `[requests]`: the limits of requests (依申请公开) and correction requests (更正申请).
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(description = "依申请公开和更正申请的办理期限。")]
#[serde(deny_unknown_fields)]
pub struct RawRequestSettings {
    #[schemars(description = "答复期限（工作日）。")]
    pub working_days: Option<u32>,
    #[schemars(description = "延期后最长期限（工作日）。")]
    pub max_working_days: Option<u32>,
}

/// `[publish]`.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(description = "公开栏网页和季度通报的输出与公开条件。")]
#[serde(deny_unknown_fields)]
pub struct RawPublish {
    #[schemars(description = "公开栏网页的输出目录（不提交）。")]
    pub site_dir: Option<String>,
    #[schemars(description = "季度党员通报的输出目录（提交存档），不得位于 site_dir 内。")]
    pub bulletin_dir: Option<String>,
    #[schemars(description = "true：公开内容须经审核（含保密审查）方可公开。")]
    pub require_review: Option<bool>,
    #[schemars(description = "true：公开内容须经审批方可公开。")]
    pub require_approval: Option<bool>,
    #[schemars(description = "单个附件的大小上限（MiB）。")]
    pub max_attachment_mib: Option<u32>,
    #[schemars(description = "一项公开内容全部附件的大小上限（MiB）。")]
    pub max_item_attachments_mib: Option<u32>,
    #[schemars(description = "公开栏网页的地址（可选），如 https://example.org/dangwu/。")]
    pub base_url: Option<String>,
}

/// `[audit]`.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(description = "上级检查（`disclose audit`）的设置。")]
#[serde(deny_unknown_fields)]
pub struct RawAudit {
    #[schemars(description = "逾期几日内不计为逾期的宽限天数。")]
    pub grace_days: Option<u32>,
}

/// A catalogue file.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(description = "公开目录的一类（catalogue/NN-*.toml）：[category] 和它的公开事项 [[entry]]。")]
#[serde(deny_unknown_fields)]
pub struct RawCatalogueFile {
    #[schemars(description = "目录的类别。")]
    pub category: RawCategory,
    #[schemars(description = "公开事项，每项一个 [[entry]] 表。")]
    #[serde(default)]
    pub entry: Vec<RawEntry>,
}

/// `[category]`.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(description = "目录的类别。")]
#[serde(deny_unknown_fields)]
pub struct RawCategory {
    #[schemars(description = "类别编号，如 \"1\"。")]
    pub code: String,
    #[schemars(description = "类别名称，如“全局和中心工作”。")]
    pub title: String,
}

/// `[[entry]]`.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(description = "一个公开事项。")]
#[serde(deny_unknown_fields)]
pub struct RawEntry {
    #[schemars(description = "事项编号，如 \"1.1\"（类别编号.序号）。")]
    pub id: String,
    #[schemars(description = "事项名称。")]
    pub title: String,
    #[schemars(description = "公开范围：public 向社会公开 | members 党内公开 | restricted 对特定对象公开。")]
    pub scope: String,
    #[schemars(description = "公开时限方式：standing 长期公开 | periodic 定期公开 | staged 逐段公开 | immediate 及时公开。")]
    pub cadence: String,
    #[schemars(description = "周期（仅定期公开）：month | quarter | half-year | year。")]
    pub period: Option<String>,
    #[schemars(description = "期限（日历天数），与 due_working_days 二者取其一。")]
    pub due_days: Option<u32>,
    #[schemars(description = "期限（工作日数），与 due_days 二者取其一。")]
    pub due_working_days: Option<u32>,
    #[schemars(description = "责任人。")]
    pub owner: String,
    #[schemars(description = "事项生效日期（可选），写作 2026-01-01。")]
    #[schemars(with = "Option<Date>")]
    pub since: Option<Datetime>,
    #[schemars(description = "事项停止日期（可选），写作 2026-12-31。")]
    #[schemars(with = "Option<Date>")]
    pub until: Option<Datetime>,
    #[schemars(description = "仅长期公开：至少每隔几个月复核一次（可选）。")]
    pub review_months: Option<u32>,
    #[schemars(description = "公示期（工作日，可选）。")]
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
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(description = "工作日历（calendar/*.toml）：法定节假日和调休上班日，每年一个 [[year]] 表。")]
#[serde(deny_unknown_fields)]
pub struct RawCalendarFile {
    #[schemars(description = "每年一个 [[year]] 表。")]
    #[serde(default)]
    pub year: Vec<RawCalendarYear>,
}

/// `[[year]]`.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(description = "一年的节假日安排。")]
#[serde(deny_unknown_fields)]
pub struct RawCalendarYear {
    #[schemars(description = "年份，如 2027。")]
    pub year: i32,
    #[schemars(description = "依据的国务院办公厅通知名称。")]
    pub notice: Option<String>,
    #[schemars(description = "放假的日期范围。")]
    #[serde(default)]
    pub holidays: Vec<RawHoliday>,
    #[schemars(description = "调休上班的日期（周末上班），写作 2027-02-07。")]
    #[schemars(with = "Vec<Date>")]
    #[serde(default)]
    pub workdays: Vec<Datetime>,
}

/// One holiday range.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(description = "一段假期。")]
#[serde(deny_unknown_fields)]
pub struct RawHoliday {
    #[schemars(description = "假期第一天，写作 2027-01-01。")]
    #[schemars(with = "Date")]
    pub from: Datetime,
    #[schemars(description = "假期最后一天（含）。")]
    #[schemars(with = "Date")]
    pub to: Datetime,
    #[schemars(description = "节日名称，如“元旦”。")]
    pub name: String,
}
