//! catalogue/*.toml → [`Category`] with checked [`Entry`] values.

use crate::diag::{Code, Findings};
use crate::load::context::{is_safe_id, FileContext};
use crate::load::raw::{RawCatalogueFile, RawEntry};
use crate::load::source::{parse_toml, KeyPositions, SourceText};
use crate::model::{Cadence, Category, Entry, Scope};
use crate::obligations::deadline::Limit;
use crate::obligations::period::PeriodKind;

/// Parses one catalogue file.
pub fn parse_category(source: &SourceText, findings: &mut Findings) -> Option<Category> {
    let raw: RawCatalogueFile = parse_toml(&source.file, &source.text, 0, findings)?;
    let keys = KeyPositions::scan(&source.file, &source.text, 0);
    let mut cx = FileContext { keys: &keys, findings };
    cx.non_empty("category.code", &raw.category.code);
    if !raw.category.code.trim().is_empty() && !is_safe_id(&raw.category.code) {
        cx.report(
            "category.code",
            Code::BadId,
            crate::t!("bad-id-category", code = raw.category.code.escape_debug().to_string()),
            crate::t!("bad-id-category-help"),
        );
    }
    cx.non_empty("category.title", &raw.category.title);
    let code = raw.category.code.clone();
    let entries = raw
        .entry
        .into_iter()
        .enumerate()
        .filter_map(|(index, entry)| parse_entry(&code, index, entry, &mut cx))
        .collect();
    Some(Category {
        code,
        title: raw.category.title,
        file: source.file.clone(),
        entries,
    })
}

fn parse_entry(category: &str, index: usize, raw: RawEntry, cx: &mut FileContext<'_>) -> Option<Entry> {
    let key = |name: &str| format!("entry.{index}.{name}");
    if !is_safe_id(&raw.id) {
        cx.report(
            &key("id"),
            Code::BadId,
            crate::t!("bad-id-entry", id = raw.id.as_str()),
            crate::t!("bad-id-entry-help"),
        );
        return None;
    }
    cx.non_empty(&key("title"), &raw.title);
    cx.non_empty(&key("owner"), &raw.owner);
    let scope = cx.choice(&key("scope"), &raw.scope, Scope::from_word, &["public", "members", "restricted"]);
    let cadence = parse_cadence(&raw, index, cx);
    let limit = match (raw.due_days, raw.due_working_days) {
        (Some(days), None) => in_range(cx, &key("due_days"), &raw.id, Limit::CalendarDays(days)),
        (None, Some(days)) => in_range(cx, &key("due_working_days"), &raw.id, Limit::WorkingDays(days)),
        (Some(_), Some(_)) => {
            cx.report(
                &key("due_working_days"),
                Code::DeadlineRule,
                crate::t!("deadline-rule-both", entry = raw.id.as_str()),
                crate::t!("deadline-rule-both-help"),
            );
            None
        }
        (None, None) => {
            cx.report(
                &format!("entry.{index}"),
                Code::DeadlineRule,
                crate::t!("deadline-rule-none", entry = raw.id.as_str()),
                crate::t!("deadline-rule-none-help"),
            );
            None
        }
    };
    let since = cx.date(&key("since"), raw.since.as_ref());
    let until = cx.date(&key("until"), raw.until.as_ref());
    if let (Some(since), Some(until)) = (since, until) {
        if until < since {
            cx.report(
                &key("until"),
                Code::DateOrder,
                crate::t!(
                    "date-order-entry",
                    entry = raw.id.as_str(),
                    until = until.to_string(),
                    since = since.to_string()
                ),
                crate::t!("date-order-entry-help"),
            );
        }
    }
    if raw.review_months.is_some() && cadence.is_some_and(|c| c != Cadence::Standing) {
        cx.report(
            &key("review_months"),
            Code::EntryCadence,
            crate::t!("entry-cadence-review-months", entry = raw.id.as_str()),
            crate::t!("entry-cadence-review-months-help"),
        );
    }
    if raw.review_months == Some(0) {
        cx.report(
            &key("review_months"),
            Code::InvalidValue,
            crate::t!("invalid-value-review-months-zero"),
            crate::t!("invalid-value-review-months-zero-help"),
        );
    }
    let review_months = raw
        .review_months
        .filter(|m| *m > 0)
        .and_then(|m| in_range(cx, &key("review_months"), &raw.id, Limit::Months(m)))
        .map(Limit::n);
    let notice_working_days = notice_days(&raw, index, cx);
    Some(Entry {
        id: raw.id,
        category: category.to_string(),
        title: raw.title,
        scope: scope?,
        cadence: cadence?,
        limit: limit?,
        owner: raw.owner,
        since,
        until,
        review_months,
        notice_working_days,
        location: cx.at(&format!("entry.{index}")),
    })
}

/// The limit, or `None` with a `limit-out-of-range` finding at `key` when it is longer
/// than the tool counts (such a limit is a typing mistake; counting it would take years
/// of days or run past the calendar).
fn in_range(cx: &mut FileContext<'_>, key: &str, entry: &str, limit: Limit) -> Option<Limit> {
    let Some(why) = limit.out_of_range() else { return Some(limit) };
    let name = key.rsplit('.').next().unwrap_or(key);
    cx.report(
        key,
        Code::LimitOutOfRange,
        crate::t!("limit-out-of-range-entry", entry = entry, key = name, n = limit.n(), why = why.clone()),
        crate::t!(
            "limit-out-of-range-entry-help",
            max = limit.max(),
            example = if matches!(limit, Limit::Months(_)) { 12 } else { 15 }
        ),
    );
    None
}

/// `notice_working_days`: 1 to [`MAX_NOTICE_WORKING_DAYS`].
fn notice_days(raw: &RawEntry, index: usize, cx: &mut FileContext<'_>) -> Option<u32> {
    let days = raw.notice_working_days?;
    if days == 0 || days > MAX_NOTICE_WORKING_DAYS {
        cx.report(
            &format!("entry.{index}.notice_working_days"),
            Code::InvalidValue,
            crate::t!("invalid-value-notice-days", entry = raw.id.as_str(), days = days),
            crate::t!("invalid-value-notice-days-help", max = MAX_NOTICE_WORKING_DAYS),
        );
        return None;
    }
    Some(days)
}

/// The longest notice period an entry may set, in working days: a notice of three
/// months is no longer a notice.
pub const MAX_NOTICE_WORKING_DAYS: u32 = 60;

fn parse_cadence(raw: &RawEntry, index: usize, cx: &mut FileContext<'_>) -> Option<Cadence> {
    let key = |name: &str| format!("entry.{index}.{name}");
    let word = raw.cadence.as_str();
    match word {
        "periodic" => match raw.period.as_deref() {
            None => {
                cx.report(
                    &key("cadence"),
                    Code::EntryCadence,
                    crate::t!("entry-cadence-no-period", entry = raw.id.as_str()),
                    crate::t!("entry-cadence-no-period-help"),
                );
                None
            }
            Some(period) => cx
                .choice(&key("period"), period, PeriodKind::from_word, &["month", "quarter", "half-year", "year"])
                .map(Cadence::Periodic),
        },
        "standing" | "staged" | "immediate" => {
            if raw.period.is_some() {
                cx.report(
                    &key("period"),
                    Code::EntryCadence,
                    crate::t!("entry-cadence-period", entry = raw.id.as_str(), cadence = word),
                    crate::t!("entry-cadence-period-help"),
                );
            }
            Some(match word {
                "standing" => Cadence::Standing,
                "staged" => Cadence::Staged,
                _ => Cadence::Immediate,
            })
        }
        other => {
            cx.report(
                &key("cadence"),
                Code::InvalidValue,
                crate::t!("invalid-value-choice", key = "cadence", word = other),
                crate::load::source::choice_help(other, &["standing", "periodic", "staged", "immediate"]),
            );
            None
        }
    }
}
