//! The fixed labels of generated pages, one table per locale (zh-CN, the default, and
//! en). Templates receive the table as `t`; [`crate::render::locale`] turns model values
//! into words.

use serde::Serialize;

use crate::model::config::Locale;

/// Every fixed label used by the board and the bulletin.
#[derive(Debug, Clone, Serialize)]
pub struct Labels {
    /// The board's name, after the organisation's name.
    pub board: &'static str,
    /// Link to the home page.
    pub home: &'static str,
    /// The catalogue (公开目录).
    pub catalogue: &'static str,
    /// Answered public feedback.
    pub feedback: &'static str,
    /// The archive.
    pub archive: &'static str,
    /// The archive of one year: before the year.
    pub archive_of_year_before: &'static str,
    /// The archive of one year: after the year.
    pub archive_of_year_after: &'static str,
    /// The Atom feed.
    pub feed: &'static str,
    /// Skip link.
    pub skip_to_content: &'static str,
    /// Main navigation's accessible name.
    pub navigation: &'static str,
    /// Breadcrumb's accessible name.
    pub breadcrumb: &'static str,
    /// Address.
    pub address: &'static str,
    /// Heading of the categories on the index.
    pub categories: &'static str,
    /// Heading of standing items on the index.
    pub standing_items: &'static str,
    /// Heading of the latest items on the index.
    pub latest: &'static str,
    /// Link to a whole category.
    pub all_in_category: &'static str,
    /// A category with nothing public yet.
    pub nothing_yet: &'static str,
    /// How to give feedback.
    pub how_to_give_feedback: &'static str,
    /// Feedback introduction.
    pub feedback_intro: &'static str,
    /// Hotline.
    pub hotline: &'static str,
    /// Suggestion box.
    pub suggestion_box: &'static str,
    /// Reception day.
    pub reception_day: &'static str,
    /// Channels.
    pub channels: &'static str,
    /// Handling limit: before the number.
    pub handling_limit_before: &'static str,
    /// Handling limit: after the number.
    pub handling_limit_after: &'static str,
    /// Category.
    pub category: &'static str,
    /// Entry.
    pub entry: &'static str,
    /// Entry number.
    pub entry_id: &'static str,
    /// Cadence.
    pub cadence: &'static str,
    /// Deadline rule.
    pub deadline_rule: &'static str,
    /// Owner (责任人).
    pub owner: &'static str,
    /// Period.
    pub period: &'static str,
    /// Event date.
    pub event: &'static str,
    /// Matter (staged).
    pub matter: &'static str,
    /// Stage (staged).
    pub stage: &'static str,
    /// Final stage marker.
    pub final_stage: &'static str,
    /// Approval date.
    pub approved_on: &'static str,
    /// Publication date.
    pub published_on: &'static str,
    /// Superseded by a newer item.
    pub superseded_by: &'static str,
    /// Replaces an older item.
    pub replaces: &'static str,
    /// A notice's period (公示期), before its dates.
    pub notice_period: &'static str,
    /// Between a notice's first and last day.
    pub notice_to: &'static str,
    /// A notice still running on the as-of date (公示中).
    pub notice_running: &'static str,
    /// The corrections (更正) of an item.
    pub corrections: &'static str,
    /// Catalogue approved on.
    pub catalogue_approved_on: &'static str,
    /// Catalogue approved by.
    pub catalogue_approved_by: &'static str,
    /// Catalogue not approved.
    pub catalogue_not_approved: &'static str,
    /// Catalogue introduction.
    pub catalogue_intro: &'static str,
    /// In force since.
    pub since: &'static str,
    /// Retired on.
    pub until: &'static str,
    /// No public entries in a category.
    pub no_public_entries: &'static str,
    /// Feedback page introduction.
    pub answered_feedback_intro: &'static str,
    /// No answered feedback yet.
    pub no_feedback: &'static str,
    /// Received on.
    pub received_on: &'static str,
    /// Answered on.
    pub answered_on: &'static str,
    /// Answer.
    pub answer: &'static str,
    /// The reason a case was not accepted (不予受理).
    pub reject_reason: &'static str,
    /// Opinion summary.
    pub summary: &'static str,
    /// Channel.
    pub channel: &'static str,
    /// Items published in a year.
    pub published_in_year: &'static str,
    /// Other years.
    pub other_years: &'static str,
    /// Count of items: after the number.
    pub items_count_after: &'static str,
    /// Count of feedback cases: after the number.
    pub cases_count_after: &'static str,
    /// Footer text where the items shown were reviewed and approved (see [`footer`]).
    pub footer: &'static str,
    /// Footer text where they were approved only.
    pub footer_approved: &'static str,
    /// Footer text where they were reviewed only.
    pub footer_reviewed: &'static str,
    /// Footer text where neither signature is required or recorded.
    pub footer_plain: &'static str,
    /// Last updated, before the date of the latest publication.
    pub as_of: &'static str,
    /// The colon between a label and its value.
    pub colon: &'static str,
    /// The full stop.
    pub stop: &'static str,
    /// Bulletin title.
    pub bulletin: &'static str,
    /// The members-only marking.
    pub members_only: &'static str,
    /// The members-only explanation.
    pub members_only_note: &'static str,
    /// Bulletin section: items.
    pub bulletin_items: &'static str,
    /// Bulletin: no items.
    pub bulletin_no_items: &'static str,
    /// Bulletin: restricted items counted, before the number.
    pub restricted_count_before: &'static str,
    /// Bulletin: restricted items counted, after the number.
    pub restricted_count_after: &'static str,
    /// Bulletin section: feedback.
    pub bulletin_feedback: &'static str,
    /// Bulletin: no feedback.
    pub bulletin_no_feedback: &'static str,
    /// Bulletin section: late and overdue obligations.
    pub bulletin_obligations: &'static str,
    /// Bulletin: none late.
    pub bulletin_no_obligations: &'static str,
    /// Bulletin: status column.
    pub status: &'static str,
    /// Due date.
    pub due_on: &'static str,
    /// Sender.
    pub from: &'static str,
    /// Satisfaction.
    pub rating: &'static str,
    /// What an obligation was for.
    pub obligation_for: &'static str,
    /// Scope.
    pub scope: &'static str,
    /// Contents heading.
    pub contents: &'static str,
    /// Generated on, before the date.
    pub generated_on: &'static str,
    /// Quarter covered.
    pub quarter: &'static str,
    /// Period covered, before the dates.
    pub covering: &'static str,
    /// Status at the end of the quarter.
    pub situation_at: &'static str,
    /// Summary counts heading.
    pub overview: &'static str,
    /// A member of the public.
    pub from_public: &'static str,
    /// A party member.
    pub from_member: &'static str,
    /// A staged matter whose final stage is published.
    pub matter_completed: &'static str,
    /// A staged matter still in progress.
    pub matter_in_progress: &'static str,
    /// The search page, in the navigation.
    pub search: &'static str,
    /// The search field's label.
    pub search_label: &'static str,
    /// The search button.
    pub search_button: &'static str,
    /// How to search.
    pub search_hint: &'static str,
    /// Without JavaScript: how to browse instead.
    pub search_noscript: &'static str,
    /// A query too short to search.
    pub search_too_short: &'static str,
    /// No results.
    pub search_none: &'static str,
    /// Results: before the number.
    pub search_found_before: &'static str,
    /// Results: after the number.
    pub search_found_after: &'static str,
    /// While the index loads.
    pub search_loading: &'static str,
    /// The printable notice (张贴版).
    pub print_edition: &'static str,
    /// Links to the printable notices of a year's quarters.
    pub print_editions: &'static str,
    /// A print page's title: before the quarter.
    pub print_title_before: &'static str,
    /// A print page's title: after the quarter.
    pub print_title_after: &'static str,
    /// How to print the notice (the A4 layout).
    pub print_note: &'static str,
    /// How to print the notice (the A3 layout).
    pub print_note_a3: &'static str,
    /// Link to the A3 layout.
    pub print_a3: &'static str,
    /// Link from the A3 layout back to the A4 one.
    pub print_a4: &'static str,
    /// A quarter with nothing public.
    pub print_no_items: &'static str,
    /// Caption of an item's QR code.
    pub qr_item: &'static str,
    /// Caption of the board's QR code.
    pub qr_board: &'static str,
}

const ZH_CN: Labels = Labels {
    board: "党务公开栏",
    home: "首页",
    catalogue: "公开目录",
    feedback: "意见答复",
    archive: "历年归档",
    archive_of_year_before: "",
    archive_of_year_after: "年公开事项归档",
    feed: "订阅（Atom）",
    skip_to_content: "跳到正文",
    navigation: "栏目导航",
    breadcrumb: "当前位置",
    address: "地址",
    categories: "公开内容",
    standing_items: "长期公开事项",
    latest: "最近公开",
    all_in_category: "查看本类全部",
    nothing_yet: "暂无向社会公开的内容。",
    how_to_give_feedback: "意见和建议",
    feedback_intro: "欢迎通过以下方式对党务公开工作提出意见和建议，我们将限时办理并答复。",
    hotline: "意见热线",
    suggestion_box: "意见箱",
    reception_day: "来访接待日",
    channels: "受理渠道",
    handling_limit_before: "办结时限：受理之日起",
    handling_limit_after: "个工作日内答复",
    category: "类别",
    entry: "公开事项",
    entry_id: "编号",
    cadence: "公开方式",
    deadline_rule: "公开时限",
    owner: "责任人",
    period: "公开期间",
    event: "事项发生日期",
    matter: "事项",
    stage: "阶段",
    final_stage: "（最后阶段）",
    approved_on: "审批日期",
    published_on: "公开日期",
    superseded_by: "本内容已更新，请见",
    replaces: "本内容替代",
    notice_period: "公示期",
    notice_to: " 至 ",
    notice_running: "公示中",
    corrections: "更正说明",
    catalogue_approved_on: "本目录经党务公开工作领导小组审定，审定日期：",
    catalogue_approved_by: "审定机构：",
    catalogue_not_approved: "本目录尚未经领导小组审定。",
    catalogue_intro: "下列事项向社会公开，按公开方式和时限在公开栏发布。党内公开和对特定对象公开的事项按规定在党内或向有关对象公开，不在此列出。",
    since: "起始",
    until: "停止",
    no_public_entries: "本类暂无向社会公开的事项。",
    answered_feedback_intro: "以下为群众意见、建议的办理答复情况（经本人同意公开，不公开个人信息）。",
    no_feedback: "暂无公开的答复。",
    received_on: "受理日期",
    answered_on: "答复日期",
    answer: "答复",
    reject_reason: "不予受理理由",
    summary: "意见摘要",
    channel: "渠道",
    published_in_year: "本年度公开事项",
    other_years: "其他年度",
    items_count_after: "项",
    cases_count_after: "件",
    footer: "本栏目内容经审核、审批后公开。",
    footer_approved: "本栏目内容经审批后公开。",
    footer_reviewed: "本栏目内容经审核后公开。",
    footer_plain: "本栏目内容按党务公开目录公开。",
    as_of: "最近更新",
    colon: "：",
    stop: "。",
    bulletin: "党务公开季度通报",
    members_only: "党内资料 · 仅供党员内部传达",
    members_only_note: "本通报供党员大会传达，请勿张贴、转发或向党外人员提供。对特定对象公开的事项不列入本通报。",
    bulletin_items: "本季度公开事项",
    bulletin_no_items: "本季度没有公开事项。",
    restricted_count_before: "另有",
    restricted_count_after: "项对特定对象公开的事项已按规定告知有关组织和个人，本通报不列其内容。",
    bulletin_feedback: "意见建议办理情况",
    bulletin_no_feedback: "本季度没有收到或答复意见建议。",
    bulletin_obligations: "逾期公开和逾期未公开事项",
    bulletin_no_obligations: "本季度末没有逾期公开或逾期未公开的事项。",
    status: "状态",
    due_on: "办结时限",
    from: "来源",
    rating: "回访评价",
    obligation_for: "期间或事项",
    scope: "公开范围",
    contents: "目录",
    generated_on: "生成日期",
    quarter: "季度",
    covering: "通报期间",
    situation_at: "情况截至",
    overview: "概况",
    from_public: "群众",
    from_member: "党员",
    matter_completed: "已完结",
    matter_in_progress: "进行中",
    search: "搜索",
    search_label: "搜索公开内容",
    search_button: "搜索",
    search_hint: "输入标题或正文中的任意两个以上汉字，或一个英文单词、数字。",
    search_noscript: "搜索需要浏览器启用 JavaScript。也可以从以下页面浏览全部公开内容：",
    search_too_short: "请至少输入两个汉字，或一个英文单词、数字。",
    search_none: "没有找到含有该内容的公开事项。",
    search_found_before: "找到",
    search_found_after: "项公开事项",
    search_loading: "正在搜索……",
    print_edition: "张贴版",
    print_editions: "张贴版（按季度打印张贴）",
    print_title_before: "",
    print_title_after: "党务公开",
    print_note: "本页按 A4 纸纵向排版，可直接打印张贴。",
    print_note_a3: "本页按 A3 纸纵向排版，字号较大，适合公开栏张贴。",
    print_a3: "A3 纸张贴版",
    print_a4: "A4 纸张贴版",
    print_no_items: "本季度没有向社会公开的事项。",
    qr_item: "扫码查看网上原文",
    qr_board: "扫码访问网上党务公开栏",
};

const EN: Labels = Labels {
    board: "Disclosure board",
    home: "Home",
    catalogue: "Disclosure catalogue",
    feedback: "Answers to feedback",
    archive: "Archive",
    archive_of_year_before: "Disclosures of ",
    archive_of_year_after: "",
    feed: "Feed (Atom)",
    skip_to_content: "Skip to content",
    navigation: "Sections",
    breadcrumb: "You are here",
    address: "Address",
    categories: "What we disclose",
    standing_items: "Standing information",
    latest: "Latest",
    all_in_category: "All in this category",
    nothing_yet: "Nothing disclosed to the public yet.",
    how_to_give_feedback: "Opinions and suggestions",
    feedback_intro: "Tell us what you think of our disclosure work in any of these ways; every opinion is handled and answered within a time limit.",
    hotline: "Hotline",
    suggestion_box: "Suggestion box",
    reception_day: "Reception day",
    channels: "Channels",
    handling_limit_before: "Answered within ",
    handling_limit_after: " working days of receipt",
    category: "Category",
    entry: "Entry",
    entry_id: "No.",
    cadence: "Cadence",
    deadline_rule: "Time limit",
    owner: "Responsible",
    period: "Period",
    event: "Date of the event",
    matter: "Matter",
    stage: "Stage",
    final_stage: " (final stage)",
    approved_on: "Approved on",
    published_on: "Published on",
    superseded_by: "This has been updated; see",
    replaces: "This replaces",
    notice_period: "Notice period",
    notice_to: " to ",
    notice_running: "notice running",
    corrections: "Corrections",
    catalogue_approved_on: "This catalogue was approved by the disclosure leading group on ",
    catalogue_approved_by: "Approved by: ",
    catalogue_not_approved: "This catalogue has not been approved by the leading group yet.",
    catalogue_intro: "These entries are disclosed to the public on this board, with the cadence and time limit shown. Entries for party members or for specific people are disclosed to them as the rules require and are not listed here.",
    since: "since",
    until: "until",
    no_public_entries: "No entries of this category are disclosed to the public.",
    answered_feedback_intro: "How opinions and suggestions were handled and answered (published with consent, without personal details).",
    no_feedback: "No answers published yet.",
    received_on: "Received on",
    answered_on: "Answered on",
    answer: "Answer",
    reject_reason: "Reason not accepted",
    summary: "Opinion",
    channel: "Channel",
    published_in_year: "Published this year",
    other_years: "Other years",
    items_count_after: " items",
    cases_count_after: " cases",
    footer: "Everything on this board was reviewed and approved before publication.",
    footer_approved: "Everything on this board was approved before publication.",
    footer_reviewed: "Everything on this board was reviewed before publication.",
    footer_plain: "Everything on this board is published under the disclosure catalogue.",
    as_of: "Last updated",
    colon: ": ",
    stop: ".",
    bulletin: "Quarterly disclosure bulletin",
    members_only: "Party document · for members only",
    members_only_note: "This bulletin is read out at the members' meeting. Do not post, forward or show it to anyone outside the party. Matters disclosed only to specific people are not included.",
    bulletin_items: "Disclosed this quarter",
    bulletin_no_items: "Nothing was disclosed this quarter.",
    restricted_count_before: "A further ",
    restricted_count_after: " matter(s) were disclosed only to the organisations or people concerned and are not reproduced here.",
    bulletin_feedback: "Opinions and suggestions",
    bulletin_no_feedback: "No opinions were received or answered this quarter.",
    bulletin_obligations: "Late and overdue disclosures",
    bulletin_no_obligations: "Nothing was late or overdue at the end of the quarter.",
    status: "Status",
    due_on: "Due",
    from: "From",
    rating: "Follow-up",
    obligation_for: "Period or matter",
    scope: "Scope",
    contents: "Contents",
    generated_on: "Generated on",
    quarter: "Quarter",
    covering: "Covering",
    situation_at: "Situation at",
    overview: "Overview",
    from_public: "public",
    from_member: "member",
    matter_completed: "completed",
    matter_in_progress: "in progress",
    search: "Search",
    search_label: "Search the board",
    search_button: "Search",
    search_hint: "Type any two or more Chinese characters, or a word or number, from a title or text.",
    search_noscript: "Search needs JavaScript in your browser. You can browse everything disclosed from these pages instead:",
    search_too_short: "Type at least two Chinese characters, or a word or number.",
    search_none: "Nothing disclosed contains that text.",
    search_found_before: "Found ",
    search_found_after: " disclosures",
    search_loading: "Searching…",
    print_edition: "print edition",
    print_editions: "Print editions (by quarter, for the notice board)",
    print_title_before: "Disclosures, ",
    print_title_after: "",
    print_note: "Laid out for A4 paper, portrait: print it and post it.",
    print_note_a3: "Laid out for A3 paper, portrait, in larger type for the notice board.",
    print_a3: "A3 layout",
    print_a4: "A4 layout",
    print_no_items: "Nothing was disclosed to the public this quarter.",
    qr_item: "Scan to read this online",
    qr_board: "Scan to open the online board",
};

/// The board's footer: it states only the signatures that are required of every item
/// (`require_review`, `require_approval`) or recorded on every item shown.
pub fn footer(labels: &Labels, reviewed: bool, approved: bool) -> &'static str {
    match (reviewed, approved) {
        (true, true) => labels.footer,
        (false, true) => labels.footer_approved,
        (true, false) => labels.footer_reviewed,
        (false, false) => labels.footer_plain,
    }
}

/// The label table of a locale.
pub fn labels(locale: Locale) -> &'static Labels {
    match locale {
        Locale::ZhCn => &ZH_CN,
        Locale::En => &EN,
    }
}
