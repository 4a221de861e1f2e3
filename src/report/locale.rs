//! Labels of the generated documents (the archive register's Markdown, the HTML report) in
//! each locale, kept here rather than scattered through the logic.

use crate::model::config::Locale;

use crate::model::ItemState;

/// Every label the generated documents use.
#[derive(Debug, Clone, Copy)]
pub struct Labels {
    /// `<html lang>`.
    pub lang: &'static str,
    /// Archive title after the organisation and year: `年党务公开档案目录`.
    pub archive_title: &'static str,
    /// "as of".
    pub as_of: &'static str,
    /// The register's summary line, with `{as_of}`, `{items}` and `{cases}` filled in.
    pub archive_summary: &'static str,
    /// The feedback section's heading.
    pub feedback_heading: &'static str,
    /// Items of entries not in the catalogue.
    pub unknown_category: &'static str,
    /// Cases not about an entry.
    pub no_entry: &'static str,
    /// Column: entry.
    pub col_entry: &'static str,
    /// Column: id.
    pub col_id: &'static str,
    /// Column: title.
    pub col_title: &'static str,
    /// Column: summary.
    pub col_summary: &'static str,
    /// Column: scope.
    pub col_scope: &'static str,
    /// Column: state.
    pub col_state: &'static str,
    /// Column: reviewed on.
    pub col_reviewed: &'static str,
    /// Column: approved on.
    pub col_approved: &'static str,
    /// Column: published on.
    pub col_published: &'static str,
    /// Column: received on.
    pub col_received: &'static str,
    /// Column: due on.
    pub col_due: &'static str,
    /// Column: answered on.
    pub col_answered: &'static str,
    /// Column: file.
    pub col_file: &'static str,
    /// Column: how the signatures were recorded.
    pub col_record: &'static str,
    /// A record written by hand (no digest).
    pub by_hand: &'static str,
    /// A record made by the tool.
    pub by_tool: &'static str,
    /// Corrections: `{n}` is the count.
    pub corrections: &'static str,
    /// Between two words of a cell.
    pub list_separator: &'static str,
    /// Column: answer on the board.
    pub col_board: &'static str,
    /// Yes.
    pub yes: &'static str,
    /// No.
    pub no: &'static str,
    /// Report title after the organisation and year.
    pub report_title: &'static str,
    /// Report subtitle for several organisations.
    pub report_title_many: &'static str,
    /// The note that the report is internal.
    pub internal: &'static str,
    /// The selection rule for obligations and feedback.
    pub selection: &'static str,
    /// Heading: obligations.
    pub obligations_heading: &'static str,
    /// Heading: organisations.
    pub organisations_heading: &'static str,
    /// Column: category or entry.
    pub col_item: &'static str,
    /// Column: organisation.
    pub col_organisation: &'static str,
    /// Column: done.
    pub col_done: &'static str,
    /// Column: late.
    pub col_late: &'static str,
    /// Column: overdue.
    pub col_overdue: &'static str,
    /// Column: open.
    pub col_open: &'static str,
    /// Column: on-time rate.
    pub col_rate: &'static str,
    /// Column: median days from due to publication.
    pub col_median: &'static str,
    /// How the rate and the median are defined.
    pub definitions: &'static str,
    /// Row: total.
    pub total: &'static str,
    /// Chart: on-time rate by category.
    pub chart_rate: &'static str,
    /// Chart: on-time rate by organisation.
    pub chart_rate_many: &'static str,
    /// Chart: answer times.
    pub chart_answers: &'static str,
    /// Chart axis: working days.
    pub working_days: &'static str,
    /// Chart axis: cases.
    pub case_count: &'static str,
    /// The limit marker.
    pub limit: &'static str,
    /// Legend: answered within the case's limit (as extended).
    pub within_limit: &'static str,
    /// Legend: answered after the case's limit.
    pub beyond_limit: &'static str,
    /// Nothing came due.
    pub nothing_due: &'static str,
    /// The catalogue is not in force.
    pub not_approved: &'static str,
    /// A repository could not be read.
    pub broken: &'static str,
    /// Feedback figures, in order: received, within limit, late, extended, overdue, open,
    /// rejected, median working days, rated, satisfied, partly, unsatisfied, satisfaction.
    pub feedback_rows: [&'static str; 13],
    /// Footer: made by.
    pub made_by: &'static str,
}

const ZH: Labels = Labels {
    lang: "zh-CN",
    archive_title: "年党务公开档案目录",
    as_of: "统计截至",
    archive_summary: "统计截至 {as_of}。共 {items} 项公开事项、{cases} 件意见反馈。",
    feedback_heading: "意见反馈",
    unknown_category: "目录外事项",
    no_entry: "未关联目录条目",
    col_entry: "条目",
    col_id: "编号",
    col_title: "标题",
    col_summary: "摘要",
    col_scope: "公开范围",
    col_state: "状态",
    col_reviewed: "审核",
    col_approved: "审批",
    col_published: "公开",
    col_received: "收到",
    col_due: "办理时限",
    col_answered: "答复",
    col_file: "文件",
    col_record: "记录",
    by_hand: "手工记录",
    by_tool: "工具记录",
    corrections: "更正{n}次",
    list_separator: "，",
    col_board: "答复上栏",
    yes: "是",
    no: "否",
    report_title: "年党务公开工作绩效评估",
    report_title_many: "年党务公开工作绩效评估（汇总）",
    internal: "内部资料 · 供党务公开工作领导小组年度考核使用，不在公开栏发布",
    selection: "公开事项按公开时限所在年度统计；意见反馈按收到日期所在年度统计。",
    obligations_heading: "公开事项完成情况",
    organisations_heading: "各党组织情况",
    col_item: "类别 / 条目",
    col_organisation: "党组织",
    col_done: "按时公开",
    col_late: "逾期公开",
    col_overdue: "逾期未公开",
    col_open: "未到期",
    col_rate: "按时率",
    col_median: "距时限天数",
    definitions: "按时率 = 按时公开 ÷（按时公开 + 逾期公开 + 逾期未公开），无到期事项记为“—”；距时限天数 = 公开日期减公开时限的天数（中位数），负数表示提前公开；未到期含14天内到期。",
    total: "合计",
    chart_rate: "各类别按时公开率",
    chart_rate_many: "各党组织按时公开率",
    chart_answers: "意见反馈答复用时分布",
    working_days: "工作日",
    case_count: "件数",
    limit: "办理时限",
    within_limit: "时限内答复（含经批准延期）",
    beyond_limit: "超时限答复",
    nothing_due: "无到期事项",
    not_approved: "公开目录未经审定或审定后已改动，不计算公开义务。",
    broken: "无法读取",
    feedback_rows: [
        "收到意见",
        "时限内答复",
        "超时限答复",
        "延期办理",
        "逾期未办结",
        "办理中（未逾期）",
        "不予受理",
        "答复用时（工作日，中位数）",
        "已回访评价",
        "满意",
        "基本满意",
        "不满意",
        "满意率（满意＋基本满意）",
    ],
    made_by: "由 disclose 生成",
};

const EN: Labels = Labels {
    lang: "en",
    archive_title: " disclosure archive register",
    as_of: "as of",
    archive_summary: "As of {as_of}: {items} items, {cases} feedback cases.",
    feedback_heading: "Feedback",
    unknown_category: "Items outside the catalogue",
    no_entry: "not about an entry",
    col_entry: "Entry",
    col_id: "Id",
    col_title: "Title",
    col_summary: "Summary",
    col_scope: "Scope",
    col_state: "State",
    col_reviewed: "Reviewed",
    col_approved: "Approved",
    col_published: "Published",
    col_received: "Received",
    col_due: "Due",
    col_answered: "Answered",
    col_file: "File",
    col_record: "Record",
    by_hand: "by hand",
    by_tool: "tool",
    corrections: "{n} correction(s)",
    list_separator: ", ",
    col_board: "Answer on board",
    yes: "yes",
    no: "no",
    report_title: " disclosure performance evaluation",
    report_title_many: " disclosure performance evaluation (summary)",
    internal: "Internal · for the leading group's annual assessment; not for the board",
    selection: "Obligations are counted in the year of their due date; feedback in the year it was received.",
    obligations_heading: "Obligations",
    organisations_heading: "Organisations",
    col_item: "Category / entry",
    col_organisation: "Organisation",
    col_done: "On time",
    col_late: "Late",
    col_overdue: "Overdue",
    col_open: "Not yet due",
    col_rate: "On-time rate",
    col_median: "Days after due",
    definitions: "On-time rate = on time ÷ (on time + late + overdue), “—” when nothing came due; days after due = publication date minus due date (median), negative = early; not yet due includes due within 14 days.",
    total: "Total",
    chart_rate: "On-time rate by category",
    chart_rate_many: "On-time rate by organisation",
    chart_answers: "Working days to answer feedback",
    working_days: "working days",
    case_count: "cases",
    limit: "limit",
    within_limit: "answered within the limit (extensions included)",
    beyond_limit: "answered after the limit",
    nothing_due: "nothing due",
    not_approved: "The catalogue is not approved, or changed since its approval: no obligations are counted.",
    broken: "could not be read",
    feedback_rows: [
        "Received",
        "Answered within the limit",
        "Answered after the limit",
        "Extended",
        "Overdue (still open)",
        "Open, within the limit",
        "Not accepted",
        "Working days to answer (median)",
        "Rated",
        "Satisfied",
        "Partly satisfied",
        "Unsatisfied",
        "Satisfaction rate (satisfied + partly)",
    ],
    made_by: "Made by disclose",
};

/// The labels for a locale.
pub fn labels(locale: Locale) -> &'static Labels {
    match locale {
        Locale::ZhCn => &ZH,
        Locale::En => &EN,
    }
}

/// An item's state in words.
pub fn state_word(locale: Locale, state: ItemState) -> &'static str {
    match (locale, state) {
        (Locale::ZhCn, ItemState::Draft) => "草稿",
        (Locale::ZhCn, ItemState::Reviewed) => "已审核",
        (Locale::ZhCn, ItemState::Approved) => "已审批",
        (Locale::ZhCn, ItemState::Published) => "已公开",
        (Locale::En, state) => state.as_str(),
    }
}
