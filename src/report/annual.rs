//! The annual report (年度党务公开工作报告) of one year, in Markdown for the leading group
//! to complete and as a self-contained HTML page made from that Markdown: the year's
//! disclosures by category and scope, the obligations met, late and overdue, the feedback
//! received and answered in time, the meetings held and the bulletins announced, and the
//! satisfaction rate. Every figure comes from [`evaluate`] (obligations and feedback),
//! [`announcements`] and the loaded items and meetings; nothing is counted a second way.
//! The section 「存在问题和改进措施」 is left as a placeholder that `check` reports
//! (`report-placeholder`) until the leading group writes it.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use super::evaluation::{days, evaluate, percent};
use crate::model::meeting::MeetingKind;
use crate::model::{Repo, Scope};
use crate::obligations::announce::announcements;
use crate::render::{locale, markdown};

/// The placeholder of the section the leading group writes.
pub const IMPROVEMENTS_PLACEHOLDER: &str = "【请填写：存在问题和改进措施（由党务公开工作领导小组研究填写）】";

/// The report's file, relative to the root.
pub fn report_path(year: i32) -> String {
    crate::obligations::annual::annual_report_path(year)
}

/// The HTML page's file, relative to the root.
pub fn report_html_path(year: i32) -> String {
    format!("reports/{year}.html")
}

/// The Markdown of the annual report of `year`, as seen on `as_of`.
pub fn annual_markdown(repo: &Repo, year: i32, as_of: NaiveDate) -> String {
    let evaluation = evaluate(repo, year, as_of);
    let name = &repo.config.name;
    let mut out = format!(
        "# {name} {year}年度党务公开工作报告\n\n统计截至{}。\n\n",
        locale::date(repo.config.locale, as_of)
    );
    disclosures(&mut out, repo, year, as_of);
    let total = &evaluation.total;
    out.push_str("## 二、公开义务完成情况\n\n");
    if evaluation.catalogue_in_force {
        let _ = writeln!(
            out,
            "本年度到期的公开义务 {} 项：按时完成 {} 项，逾期完成 {} 项，逾期未完成 {} 项，按时完成率 {}；尚未到期 {} 项。\n",
            total.came_due(),
            total.done,
            total.late,
            total.overdue,
            percent(total.on_time_rate()),
            total.open
        );
    } else {
        out.push_str("公开目录未经审定或审定后已修改，未计算公开义务。\n\n");
    }
    let feedback = &evaluation.feedback;
    out.push_str("## 三、意见反馈办理情况\n\n");
    let _ = writeln!(
        out,
        "收到意见建议 {} 件：时限内答复 {} 件，超时限答复 {} 件（其中延期办理 {} 件），逾期未办结 {} 件，办理中 {} 件，不予受理 {} 件；答复用时中位数 {} 个工作日（办理时限 {} 个工作日）。\n",
        feedback.received,
        feedback.within_limit,
        feedback.answered_late,
        feedback.extended,
        feedback.overdue,
        feedback.open,
        feedback.rejected,
        days(feedback.median_answer_days()),
        evaluation.answer_limit
    );
    let _ = writeln!(
        out,
        "满意率（满意＋基本满意）{}：满意 {} 件，基本满意 {} 件，不满意 {} 件，共 {} 件回访评价。\n",
        percent(feedback.satisfaction_rate()),
        feedback.satisfied,
        feedback.partly,
        feedback.unsatisfied,
        feedback.rated
    );
    meetings(&mut out, repo, year, as_of);
    let _ = writeln!(out, "## 五、存在问题和改进措施\n\n{IMPROVEMENTS_PLACEHOLDER}");
    out
}

/// Items published in the year, by category and scope in force.
fn disclosures(out: &mut String, repo: &Repo, year: i32, as_of: NaiveDate) {
    let scopes = [Scope::Public, Scope::Members, Scope::Restricted];
    let mut counts: BTreeMap<&str, [usize; 3]> = BTreeMap::new();
    for item in repo
        .items
        .iter()
        .filter(|i| i.is_published(as_of) && i.published_on.is_some_and(|on| on.year() == year))
    {
        let Some(entry) = repo.entry_of(item) else { continue };
        let scope = repo.scope_of(item);
        let slot = scopes.iter().position(|s| *s == scope).unwrap_or(2);
        counts.entry(entry.category.as_str()).or_default()[slot] += 1;
    }
    let sum = |column: usize| counts.values().map(|c| c[column]).sum::<usize>();
    let _ = writeln!(
        out,
        "## 一、公开事项\n\n全年公开事项 {} 项，其中向社会公开 {} 项，党内公开 {} 项，对特定对象公开 {} 项。\n",
        sum(0) + sum(1) + sum(2),
        sum(0),
        sum(1),
        sum(2)
    );
    out.push_str("| 类别 | 向社会公开 | 党内公开 | 对特定对象公开 | 合计 |\n|---|---:|---:|---:|---:|\n");
    for category in &repo.catalogue.categories {
        let c = counts.get(category.code.as_str()).copied().unwrap_or_default();
        let _ = writeln!(
            out,
            "| {} {} | {} | {} | {} | {} |",
            category.code,
            category.title,
            c[0],
            c[1],
            c[2],
            c[0] + c[1] + c[2]
        );
    }
    let _ = writeln!(out, "| 合计 | {} | {} | {} | {} |\n", sum(0), sum(1), sum(2), sum(0) + sum(1) + sum(2));
}

/// Meetings held in the year and the quarters' bulletins announced.
fn meetings(out: &mut String, repo: &Repo, year: i32, as_of: NaiveDate) {
    let held: Vec<_> = repo.meetings.iter().filter(|m| m.on.year() == year && m.on <= as_of).collect();
    let count = |kind: MeetingKind| held.iter().filter(|m| m.kind == kind).count();
    let _ = writeln!(
        out,
        "## 四、会议情况\n\n召开党员大会 {} 次，党务公开工作领导小组会议 {} 次。",
        count(MeetingKind::Members),
        count(MeetingKind::LeadingGroup)
    );
    let owed: Vec<_> = announcements(repo, as_of).into_iter().filter(|a| a.quarter.year == year).collect();
    let late = owed.iter().filter(|a| a.is_late()).count();
    let announced = owed.iter().filter(|a| a.meeting.is_some()).count();
    let _ = writeln!(
        out,
        "应在党员大会上通报的季度党员通报 {} 期：按时通报 {} 期，逾期通报 {} 期，未通报 {} 期。\n",
        owed.len(),
        announced - late,
        late,
        owed.len() - announced
    );
    if held.is_empty() {
        return;
    }
    out.push_str("| 日期 | 会议 | 通报 | 出席 |\n|---|---|---|---|\n");
    for meeting in held {
        let attendance = match (meeting.attended, meeting.of) {
            (Some(attended), Some(of)) => format!("{attended}/{of}"),
            _ => "—".to_string(),
        };
        let bulletin = meeting.bulletin.map_or_else(|| "—".to_string(), |q| locale::period(repo.config.locale, q));
        let _ = writeln!(out, "| {} | {} | {bulletin} | {attendance} |", meeting.on, meeting.kind.chinese());
    }
    out.push('\n');
}

/// The HTML page made from the report's Markdown (the file as the leading group left
/// it), internal like every report.
pub fn annual_html(repo: &Repo, year: i32, markdown_text: &str) -> String {
    let title = format!("{} {year}年度党务公开工作报告", repo.config.name);
    super::html::page(repo.config.locale, &title, &markdown::to_html(markdown_text, 1), "")
}
