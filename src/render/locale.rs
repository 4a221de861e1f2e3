//! Words and dates of generated pages, one table per locale (zh-CN, the default, and en).
//! Templates receive the table as `t`; the functions below turn model values (dates,
//! periods, cadences, limits, statuses) into the locale's words.

use chrono::{Datelike, NaiveDate};

use crate::model::config::Locale;
use crate::model::{Cadence, CaseKind, CaseStatus, Rating, Scope};
use crate::obligations::deadline::Limit;
use crate::obligations::period::{Period, PeriodKind};
use crate::obligations::State;
use crate::words::plural;

pub use super::labels::{footer, labels, Labels};

/// English month names, January first.
pub const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as people write it: `2026年4月2日` or `2 April 2026`.
pub fn date(locale: Locale, date: NaiveDate) -> String {
    // Every list page shows a date per item: numbers are written with itoa, not the
    // formatting machinery.
    let mut number = itoa::Buffer::new();
    let mut text = String::with_capacity(20);
    match locale {
        Locale::ZhCn => {
            for (value, unit) in [(date.year(), "年"), (date.month() as i32, "月"), (date.day() as i32, "日")] {
                text.push_str(number.format(value));
                text.push_str(unit);
            }
        }
        Locale::En => {
            text.push_str(number.format(date.day()));
            text.push(' ');
            text.push_str(EN_MONTHS[date.month0() as usize]);
            text.push(' ');
            text.push_str(number.format(date.year()));
        }
    }
    text
}

/// A notice's period in words: `2026年9月30日 至 2026年10月13日`, `30 September 2026 to
/// 13 October 2026`.
pub fn notice_period(locale: Locale, from: NaiveDate, to: NaiveDate) -> String {
    format!("{}{}{}", date(locale, from), labels(locale).notice_to, date(locale, to))
}

/// A period in words: `2026年第一季度`, `2026年上半年`, `2026年3月`, `2026年度`;
/// `Q1 2026`, `first half of 2026`, `March 2026`, `2026`.
pub fn period(locale: Locale, period: Period) -> String {
    const ZH_QUARTERS: [&str; 4] = ["第一季度", "第二季度", "第三季度", "第四季度"];
    match (locale, period.kind) {
        (Locale::ZhCn, PeriodKind::Month) => format!("{}年{}月", period.year, period.index),
        (Locale::ZhCn, PeriodKind::Quarter) => format!("{}年{}", period.year, ZH_QUARTERS[(period.index as usize - 1).min(3)]),
        (Locale::ZhCn, PeriodKind::HalfYear) => format!("{}年{}", period.year, if period.index == 1 { "上半年" } else { "下半年" }),
        (Locale::ZhCn, PeriodKind::Year) => format!("{}年度", period.year),
        (Locale::En, PeriodKind::Month) => format!("{} {}", EN_MONTHS[(period.index as usize - 1).min(11)], period.year),
        (Locale::En, PeriodKind::Quarter) => format!("Q{} {}", period.index, period.year),
        (Locale::En, PeriodKind::HalfYear) => format!("{} half of {}", if period.index == 1 { "first" } else { "second" }, period.year),
        (Locale::En, PeriodKind::Year) => period.year.to_string(),
    }
}

/// A cadence label: `定期公开·每季度`, `长期公开`, `逐段公开`, `及时公开`.
pub fn cadence(locale: Locale, cadence: Cadence) -> String {
    match (locale, cadence) {
        (Locale::ZhCn, Cadence::Standing) => "长期公开".into(),
        (Locale::ZhCn, Cadence::Staged) => "逐段公开".into(),
        (Locale::ZhCn, Cadence::Immediate) => "及时公开".into(),
        (Locale::ZhCn, Cadence::Periodic(kind)) => format!(
            "定期公开·{}",
            match kind {
                PeriodKind::Month => "每月",
                PeriodKind::Quarter => "每季度",
                PeriodKind::HalfYear => "每半年",
                PeriodKind::Year => "每年",
            }
        ),
        (Locale::En, Cadence::Standing) => "Standing".into(),
        (Locale::En, Cadence::Staged) => "Stage by stage".into(),
        (Locale::En, Cadence::Immediate) => "Promptly".into(),
        (Locale::En, Cadence::Periodic(kind)) => format!(
            "Periodic · {}",
            match kind {
                PeriodKind::Month => "monthly",
                PeriodKind::Quarter => "quarterly",
                PeriodKind::HalfYear => "half-yearly",
                PeriodKind::Year => "yearly",
            }
        ),
    }
}

/// An entry's deadline rule: `期末后15日内`, `事项发生后10个工作日内`, `目录审定后30日内，每12个月复核`.
pub fn deadline_rule(locale: Locale, cadence: Cadence, limit: Limit, review_months: Option<u32>) -> String {
    let amount = match (locale, limit) {
        (Locale::ZhCn, Limit::CalendarDays(n)) => format!("{n}日内"),
        (Locale::ZhCn, Limit::WorkingDays(n)) => format!("{n}个工作日内"),
        (Locale::ZhCn, Limit::Months(n)) => format!("{n}个月内"),
        (Locale::En, Limit::CalendarDays(n)) => format!("within {n} day{}", plural(n)),
        (Locale::En, Limit::WorkingDays(n)) => format!("within {n} working day{}", plural(n)),
        (Locale::En, Limit::Months(n)) => format!("within {n} month{}", plural(n)),
    };
    let mut text = match (locale, cadence) {
        (Locale::ZhCn, Cadence::Periodic(_)) => format!("期末后{amount}"),
        (Locale::ZhCn, Cadence::Standing) => format!("目录审定后{amount}"),
        (Locale::ZhCn, Cadence::Staged) => format!("每一阶段后{amount}"),
        (Locale::ZhCn, Cadence::Immediate) => format!("事项发生后{amount}"),
        (Locale::En, Cadence::Periodic(_)) => format!("{amount} after the period ends"),
        (Locale::En, Cadence::Standing) => format!("{amount} after the catalogue takes effect"),
        (Locale::En, Cadence::Staged) => format!("{amount} after each stage"),
        (Locale::En, Cadence::Immediate) => format!("{amount} after the event"),
    };
    if let Some(months) = review_months {
        match locale {
            Locale::ZhCn => text += &["，至少每", &months.to_string(), "个月复核一次"].concat(),
            Locale::En => text += &["; re-confirmed at least every ", &months.to_string(), " month", plural(months)].concat(),
        }
    }
    text
}

/// A feedback channel: the four known ones in words, any other as written.
pub fn channel(locale: Locale, channel: &str) -> String {
    let known = match (locale, channel) {
        (Locale::ZhCn, "hotline") => "热线电话",
        (Locale::ZhCn, "suggestion-box") => "意见箱",
        (Locale::ZhCn, "reception-day") => "来访接待日",
        (Locale::ZhCn, "letter") => "来信",
        (Locale::En, "hotline") => "hotline",
        (Locale::En, "suggestion-box") => "suggestion box",
        (Locale::En, "reception-day") => "reception day",
        (Locale::En, "letter") => "letter",
        _ => return channel.to_string(),
    };
    known.to_string()
}

/// A case's status.
pub fn case_status(locale: Locale, status: CaseStatus) -> &'static str {
    match (locale, status) {
        (Locale::ZhCn, CaseStatus::Received) => "已受理",
        (Locale::ZhCn, CaseStatus::Handling) => "办理中",
        (Locale::ZhCn, CaseStatus::Answered) => "已答复",
        (Locale::ZhCn, CaseStatus::Closed) => "已办结",
        (Locale::ZhCn, CaseStatus::Rejected) => "不予受理",
        (Locale::En, status) => status.as_str(),
    }
}

/// A case's kind, as the bulletin and the archive register mark it (nothing for an
/// opinion, the usual kind).
pub fn case_kind(locale: Locale, kind: CaseKind) -> &'static str {
    match (kind, locale) {
        (CaseKind::Opinion, _) => "",
        (CaseKind::Request, Locale::ZhCn) => "依申请公开",
        (CaseKind::Request, Locale::En) => "Request to disclose",
        (CaseKind::Correction, Locale::ZhCn) => "更正申请",
        (CaseKind::Correction, Locale::En) => "Correction request",
    }
}

/// A follow-up rating.
pub fn rating(locale: Locale, rating: Rating) -> &'static str {
    match (locale, rating) {
        (Locale::ZhCn, Rating::Satisfied) => "满意",
        (Locale::ZhCn, Rating::Partly) => "基本满意",
        (Locale::ZhCn, Rating::Unsatisfied) => "不满意",
        (Locale::En, Rating::Satisfied) => "satisfied",
        (Locale::En, Rating::Partly) => "partly satisfied",
        (Locale::En, Rating::Unsatisfied) => "not satisfied",
    }
}

/// A scope.
pub fn scope(locale: Locale, scope: Scope) -> &'static str {
    match (locale, scope) {
        (Locale::ZhCn, Scope::Public) => "向社会公开",
        (Locale::ZhCn, Scope::Members) => "党内公开",
        (Locale::ZhCn, Scope::Restricted) => "对特定对象公开",
        (Locale::En, Scope::Public) => "public",
        (Locale::En, Scope::Members) => "party members",
        (Locale::En, Scope::Restricted) => "specific people",
    }
}

/// An obligation's state at the end of a quarter, for the bulletin: late (with the day
/// it was met) or overdue.
pub fn lateness(locale: Locale, state: State, met_on: Option<NaiveDate>) -> String {
    match (locale, state, met_on) {
        (Locale::ZhCn, State::Late, Some(on)) => format!("逾期公开（{}公开）", date(locale, on)),
        (Locale::ZhCn, _, _) => "逾期未公开".to_string(),
        (Locale::En, State::Late, Some(on)) => format!("late (published {})", date(locale, on)),
        (Locale::En, _, _) => "overdue, not published".to_string(),
    }
}

/// The standing obligation and its reviews, in words.
pub fn standing_obligation(locale: Locale, review_after: Option<NaiveDate>) -> String {
    match (locale, review_after) {
        (Locale::ZhCn, None) => "长期公开".to_string(),
        (Locale::ZhCn, Some(after)) => format!("复核（上次公开{}）", date(locale, after)),
        (Locale::En, None) => "standing".to_string(),
        (Locale::En, Some(after)) => format!("review (last published {})", date(locale, after)),
    }
}

/// An event obligation, in words.
pub fn event_obligation(locale: Locale, event: Option<NaiveDate>) -> String {
    match (locale, event) {
        (Locale::ZhCn, Some(on)) => format!("{}发生的事项", date(locale, on)),
        (Locale::ZhCn, None) => "事项".to_string(),
        (Locale::En, Some(on)) => format!("matter of {}", date(locale, on)),
        (Locale::En, None) => "matter".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn dates_in_both_locales() {
        assert_eq!(date(Locale::ZhCn, day(2026, 4, 2)), "2026年4月2日");
        assert_eq!(date(Locale::En, day(2026, 4, 2)), "2 April 2026");
        assert_eq!(date(Locale::ZhCn, day(2024, 12, 31)), "2024年12月31日");
        assert_eq!(date(Locale::En, day(2024, 2, 29)), "29 February 2024");
    }

    #[test]
    fn periods_and_cadences() {
        let q3: Period = "2026-Q3".parse().unwrap();
        assert_eq!(period(Locale::ZhCn, q3), "2026年第三季度");
        assert_eq!(period(Locale::En, q3), "Q3 2026");
        assert_eq!(period(Locale::ZhCn, "2026-H1".parse().unwrap()), "2026年上半年");
        assert_eq!(cadence(Locale::ZhCn, Cadence::Periodic(PeriodKind::Quarter)), "定期公开·每季度");
        assert_eq!(cadence(Locale::ZhCn, Cadence::Standing), "长期公开");
        assert_eq!(
            deadline_rule(Locale::ZhCn, Cadence::Periodic(PeriodKind::Quarter), Limit::CalendarDays(15), None),
            "期末后15日内"
        );
        assert_eq!(
            deadline_rule(Locale::En, Cadence::Immediate, Limit::WorkingDays(10), None),
            "within 10 working days after the event"
        );
    }
}
