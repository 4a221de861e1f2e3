//! `disclose feedback …`: feedback cases (意见反馈) from intake to closing. Every step is a
//! new file or an in-place edit of the case's front matter, so git records the handling.

mod decide;
mod edit;
mod intake;
mod view;

use anyhow::Result;
use chrono::NaiveDate;

use crate::cli::FeedbackAction;
use crate::commands::context::{Context, Refusal};
use crate::diag::Findings;
use crate::model::config::Locale;
use crate::model::{Case, CaseKind, Repo};
use crate::obligations::deadline::{add_working_days, Deadline, Limit};
use crate::t;

/// Runs one `feedback` subcommand.
pub fn run(cx: &Context, action: FeedbackAction) -> Result<i32> {
    match action {
        FeedbackAction::New {
            kind,
            channel,
            summary,
            from,
            name,
            contact,
            about,
            received,
            edit,
        } => intake::run(
            cx,
            &intake::Intake {
                kind,
                channel,
                summary,
                from,
                name,
                contact,
                about,
                received,
                edit,
            },
        ),
        FeedbackAction::Decide {
            id,
            outcome,
            item,
            reason,
            public,
            on,
        } => decide::run(
            cx,
            &decide::Decision {
                id,
                outcome,
                item,
                reason,
                public,
                on,
            },
        ),
        FeedbackAction::Log { id, note, by, on } => edit::log(cx, &id, &note, by.as_deref(), on),
        FeedbackAction::Extend { id, days, reason, by, on } => edit::extend(cx, &id, days, &reason, by.as_deref(), on),
        FeedbackAction::Respond { id, text, public, rating, on } => edit::respond(cx, &id, &text, public, rating.as_deref(), on),
        FeedbackAction::Reject { id, reason, by, on } => edit::reject(cx, &id, &reason, by.as_deref(), on),
        FeedbackAction::Rate { id, rating, by, on } => edit::rate(cx, &id, &rating, by.as_deref(), on),
        FeedbackAction::Reopen { id, reason, by, on } => edit::reopen(cx, &id, &reason, by.as_deref(), on),
        FeedbackAction::Close { id, by, on } => edit::close(cx, &id, by.as_deref(), on),
        FeedbackAction::List { open, overdue } => view::list(cx, open, overdue),
        FeedbackAction::Show { id } => view::show(cx, &id),
    }
}

/// The case with this id, or a refusal that says why there is none: a file that could not
/// be read, or no such file (listing the ids that look closest).
fn find_case<'a>(repo: &'a Repo, findings: &Findings, id: &str) -> Result<&'a Case> {
    if let Some(case) = repo.case(id) {
        return Ok(case);
    }
    if let Some(case) = repo.cases.iter().find(|case| case.id.eq_ignore_ascii_case(id)) {
        return Ok(case);
    }
    let unreadable = findings.iter().filter_map(|f| f.file.as_deref()).find(|file| {
        file.starts_with("feedback/")
            && std::path::Path::new(file)
                .file_stem()
                .is_some_and(|stem| stem.to_string_lossy().eq_ignore_ascii_case(id))
    });
    if let Some(file) = unreadable {
        return Err(Refusal::new(t!("feedback-case-unreadable", file = file), t!("feedback-case-unreadable-help")).into());
    }
    let close = close_ids(repo.cases.iter().map(|case| case.id.as_str()), id);
    let help = if close.is_empty() {
        t!("feedback-case-unknown-help")
    } else {
        t!("feedback-case-unknown-did-you-mean", ids = close.join(&t!("list-separator")))
    };
    Err(Refusal::new(t!("feedback-case-unknown", id = id.escape_debug().to_string()), help).into())
}

/// Up to five ids nearest to `wanted` (by edit distance, ignoring case), nearest first;
/// only those within a fifth of the id's length (at least 2 edits) are offered.
fn close_ids<'a>(ids: impl Iterator<Item = &'a str>, wanted: &str) -> Vec<&'a str> {
    let wanted_lower = wanted.to_lowercase();
    let limit = (wanted.chars().count() / 5).max(2);
    let mut scored: Vec<(usize, &str)> = ids
        .map(|id| (edit_distance(&id.to_lowercase(), &wanted_lower), id))
        .filter(|(distance, _)| *distance <= limit)
        .collect();
    scored.sort_unstable();
    scored.into_iter().take(5).map(|(_, id)| id).collect()
}

/// Levenshtein distance by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

/// Where a limit in working days came from, to say how to change it.
#[derive(Debug, Clone, Copy)]
enum LimitSource {
    /// `--days` of `feedback extend`.
    Days,
    /// The handling limit of disclose.toml for a case of this kind.
    Config(CaseKind),
}

/// `start` + `days` working days on the repository's calendar, warning on standard error
/// when a year on the way has no calendar (the count then skips weekends alone). A limit
/// longer than the tool counts is refused, saying where it came from.
fn working_days_after(cx: &Context, repo: &Repo, start: NaiveDate, days: u32, source: LimitSource) -> Result<Deadline> {
    let limit = Limit::WorkingDays(days);
    if let Some(why) = limit.out_of_range() {
        let max = limit.max();
        let (message, help) = match source {
            LimitSource::Days => (
                t!("feedback-days-out-of-range", days = days, why = why),
                t!("feedback-days-out-of-range-help", max = max),
            ),
            LimitSource::Config(kind) if kind.is_decided() => (
                t!("feedback-request-limit-out-of-range", days = days, why = why),
                t!("feedback-request-limit-out-of-range-help", max = max),
            ),
            LimitSource::Config(_) => (
                t!("feedback-limit-out-of-range", days = days, why = why),
                t!("feedback-limit-out-of-range-help", max = max),
            ),
        };
        return Err(Refusal::new(message, help).into());
    }
    let deadline = add_working_days(&repo.calendar, start, days);
    for year in deadline.uncovered_years(&repo.calendar) {
        eprintln!(
            "{} {}",
            cx.paint_stderr.warning(&t!("feedback-warning-label")),
            t!("feedback-calendar-missing", year = year)
        );
    }
    Ok(deadline)
}

/// Words written into case files by the tool, in the organisation's language.
fn close_note(locale: Locale) -> &'static str {
    match locale {
        Locale::ZhCn => "办结",
        Locale::En => "Closed",
    }
}

/// Refuses an empty text argument.
fn non_empty(flag: &str, value: &str, example: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(Refusal::new(
            t!("feedback-arg-empty", flag = flag),
            t!("feedback-arg-empty-help", flag = flag, example = example),
        )
        .into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{close_ids, edit_distance};

    #[test]
    fn distance_counts_characters() {
        assert_eq!(edit_distance("2026-03-09-1", "2026-03-09-1"), 0);
        assert_eq!(edit_distance("2026-03-09-1", "2026-03-90-1"), 2);
        assert_eq!(edit_distance("意见", "意思"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn close_ids_are_nearest_first_and_bounded() {
        let ids = ["2026-03-09-1", "2026-03-19-1", "2026-11-16-1", "2025-12-08-1"];
        assert_eq!(close_ids(ids.into_iter(), "2026-03-09-2"), vec!["2026-03-09-1", "2026-03-19-1"]);
        assert!(close_ids(ids.into_iter(), "hotline").is_empty());
    }
}
