//! `disclose explain TARGET [PERIOD]`: how a due date was derived. The target is an entry
//! and a period (periodic entries), an entry alone (standing entries), or an item id (its
//! entry and its period or event). Prints the start day, the rule, every holiday, weekend
//! and make-up working day the count crossed, the due date, and the state as of
//! `--as-of` with the item that met it.

use std::fmt::Write as _;

use anyhow::Result;
use chrono::NaiveDate;
use serde_json::{json, Value};

use crate::cli::Format;
use crate::commands::context::{Context, Refusal};
use crate::diag::Paint;
use crate::model::{Cadence, Entry, Item, Repo};
use crate::obligations::advice::obligation_command;
use crate::obligations::deadline::{due_date, Deadline, Limit};
use crate::obligations::notice::{notice_of, NoticePeriod};
use crate::obligations::period::Period;
use crate::obligations::{obligations, Obligation, ObligationKind, State};
use crate::table::pad_right;
use crate::words::{crossed_line, weekday};
use crate::EXIT_OK;

/// The counting rule in words, with the Civil Code's reading of it. `after` says what
/// the count starts from: `period`, `publication`, `start`, `event`, `year` or `notice`
/// (the keys of the catalogue's `explain-rule` message).
pub fn rule_words(limit: Limit, after: &str) -> String {
    let kind = match limit {
        Limit::CalendarDays(_) => "calendar",
        Limit::WorkingDays(_) => "working",
        Limit::Months(_) => "months",
    };
    crate::t!("explain-rule", limit = limit.to_string(), after = after, kind = kind)
}

/// What to explain: an obligation, or a deadline that is not (yet) an obligation and why.
struct Explained {
    entry: Entry,
    kind: ObligationKind,
    deadline: Deadline,
    obligation: Option<Obligation>,
    not_owed: Option<String>,
}

/// Runs `explain`.
pub fn run(cx: &Context, target: &str, period: Option<&str>) -> Result<i32> {
    cx.require_format("explain", &[Format::Text, Format::Json])?;
    let (repo, _) = cx.load()?;
    let list = obligations(&repo, cx.as_of);
    let mut explained = Vec::new();
    for (entry, kind) in resolve(&repo, &list, target, period)? {
        explained.push(explain(&repo, &list, entry, kind, cx.as_of));
    }
    let notice = repo
        .item(target)
        .filter(|item| repo.catalogue.entry(&item.entry).is_some_and(|e| e.notice_working_days.is_some()));
    if cx.format == Format::Json {
        let all: Vec<Value> = explained.iter().map(|e| to_json(&repo, e, cx.as_of)).collect();
        let mut value = json!({ "as_of": cx.as_of, "deadlines": all });
        if let Some(item) = notice {
            value["notice"] = notice_json(&repo, item, cx.as_of);
        }
        println!("{}", serde_json::to_string_pretty(&value)?);
    } else {
        let mut texts: Vec<String> = explained.iter().map(|e| to_text(&repo, e, cx.as_of, cx.paint)).collect();
        if let Some(item) = notice {
            texts.push(notice_text(&repo, item, cx.as_of, cx.paint));
        }
        print!("{}", texts.join("\n"));
    }
    Ok(EXIT_OK)
}

fn refuse(message: impl Into<String>, help: impl Into<String>) -> anyhow::Error {
    Refusal::new(message, help).into()
}

/// The deadlines a target names: one, or for a standing entry the entry and its reviews.
fn resolve<'a>(repo: &'a Repo, list: &[Obligation], target: &str, period: Option<&str>) -> Result<Vec<(&'a Entry, ObligationKind)>> {
    if let Some(entry) = repo.catalogue.entry(target) {
        return resolve_entry(repo, list, entry, period);
    }
    let Some(item) = repo.item(target) else {
        return Err(refuse(
            crate::t!("explain-no-target", target = target.escape_debug().to_string()),
            crate::t!("explain-no-target-help"),
        ));
    };
    if period.is_some() {
        return Err(refuse(
            crate::t!("explain-item-has-period", id = item.id.as_str()),
            crate::t!("explain-drop-period", target = item.id.as_str()),
        ));
    }
    let Some(entry) = repo.entry_of(item) else {
        return Err(refuse(
            crate::t!("explain-item-unknown-entry", id = item.id.as_str(), entry = item.entry.as_str()),
            crate::t!("explain-item-unknown-entry-help", file = item.file.as_str()),
        ));
    };
    resolve_item(repo, list, entry, item)
}

fn resolve_entry<'a>(repo: &'a Repo, list: &[Obligation], entry: &'a Entry, period: Option<&str>) -> Result<Vec<(&'a Entry, ObligationKind)>> {
    match entry.cadence {
        Cadence::Periodic(kind) => {
            let Some(text) = period else {
                return Err(refuse(
                    crate::t!("explain-needs-period", entry = entry.id.as_str(), kind = kind.as_str()),
                    crate::t!("explain-needs-period-help", entry = entry.id.as_str(), example = kind.example().to_string()),
                ));
            };
            let period: Period = text.parse().map_err(|e: crate::obligations::period::PeriodParseError| {
                refuse(
                    e.to_string(),
                    crate::t!(
                        "explain-period-unreadable-help",
                        entry = entry.id.as_str(),
                        kind = kind.as_str(),
                        example = kind.example().to_string()
                    ),
                )
            })?;
            if period.kind != kind {
                return Err(refuse(
                    crate::t!(
                        "explain-period-kind",
                        period = period.to_string(),
                        found = period.kind.as_str(),
                        entry = entry.id.as_str(),
                        kind = kind.as_str()
                    ),
                    crate::t!("explain-period-kind-help", example = kind.example().to_string()),
                ));
            }
            Ok(vec![(entry, ObligationKind::Periodic(period))])
        }
        Cadence::Standing => {
            if let Some(text) = period {
                return Err(refuse(
                    crate::t!(
                        "explain-standing-no-period",
                        entry = entry.id.as_str(),
                        period = text.escape_debug().to_string()
                    ),
                    crate::t!("explain-drop-period", target = entry.id.as_str()),
                ));
            }
            // The entry's first publication, then each re-confirmation owed so far.
            let mut kinds = vec![ObligationKind::Standing];
            kinds.extend(
                list.iter()
                    .filter(|o| o.entry == entry.id && matches!(o.kind, ObligationKind::Review(_)))
                    .map(|o| o.kind.clone()),
            );
            Ok(kinds.into_iter().map(|kind| (entry, kind)).collect())
        }
        Cadence::Immediate | Cadence::Staged => {
            let examples: Vec<&str> = repo.items.iter().filter(|item| item.entry == entry.id).map(|item| item.id.as_str()).collect();
            let help = match examples.last() {
                Some(id) => crate::t!("explain-event-entry-help", id = id.to_string(), entry = entry.id.as_str(), n = examples.len()),
                None => crate::t!("explain-event-entry-no-items", entry = entry.id.as_str()),
            };
            Err(refuse(
                crate::t!("explain-event-entry", entry = entry.id.as_str(), cadence = entry.cadence.word()),
                help,
            ))
        }
    }
}

fn resolve_item<'a>(repo: &'a Repo, list: &[Obligation], entry: &'a Entry, item: &Item) -> Result<Vec<(&'a Entry, ObligationKind)>> {
    match entry.cadence {
        Cadence::Periodic(_) => match item.period {
            Some(period) => resolve_entry(repo, list, entry, Some(&period.to_string())),
            None => Err(refuse(
                crate::t!("explain-item-no-period", id = item.id.as_str()),
                crate::t!("explain-item-no-period-help", file = item.file.as_str()),
            )),
        },
        Cadence::Standing => resolve_entry(repo, list, entry, None),
        Cadence::Immediate | Cadence::Staged => match item.event {
            Some(_) => Ok(vec![(entry, ObligationKind::Event(item.id.clone()))]),
            None => Err(refuse(
                crate::t!("explain-item-no-event", id = item.id.as_str()),
                crate::t!("explain-item-no-event-help", file = item.file.as_str()),
            )),
        },
    }
}

/// The obligation for `kind`, or the deadline it would have and why it is not owed.
fn explain(repo: &Repo, list: &[Obligation], entry: &Entry, kind: ObligationKind, as_of: NaiveDate) -> Explained {
    if let Some(obligation) = list.iter().find(|o| o.entry == entry.id && o.kind == kind) {
        return Explained {
            entry: entry.clone(),
            kind,
            deadline: obligation.deadline.clone(),
            obligation: Some(obligation.clone()),
            not_owed: None,
        };
    }
    let start = repo.entry_start(entry);
    let (from, not_owed) = match &kind {
        ObligationKind::Periodic(period) => {
            let reason = if !repo.catalogue_in_force() {
                catalogue_reason(repo)
            } else if start.is_some_and(|s| period.end() < s) {
                crate::t!(
                    "explain-not-owed-before-start",
                    period = period.to_string(),
                    start = start.map(|s| s.to_string()).unwrap_or_default()
                )
            } else if entry.until.is_some_and(|until| period.start() > until) {
                retired(entry)
            } else {
                crate::t!("explain-not-owed-not-begun", period = period.to_string())
            };
            (period.end(), reason)
        }
        ObligationKind::Event(id) => {
            let event = repo.item(id).and_then(|item| item.event).unwrap_or(as_of);
            let reason = if !repo.catalogue_in_force() {
                catalogue_reason(repo)
            } else if event > as_of {
                crate::t!("explain-not-owed-event-later", event = event.to_string(), as_of = as_of.to_string())
            } else if entry.until.is_some_and(|until| event > until) {
                retired(entry)
            } else {
                crate::t!(
                    "explain-not-owed-event-before-start",
                    event = event.to_string(),
                    start = start.map(|s| s.to_string()).unwrap_or_default()
                )
            };
            (event, reason)
        }
        // The annual report is no catalogue entry, so `resolve` never asks for it.
        ObligationKind::Standing | ObligationKind::Review(_) | ObligationKind::AnnualReport(_) => {
            let reason = if repo.catalogue_in_force() {
                crate::t!("explain-not-owed-retired-before-start", entry = entry.id.as_str())
            } else {
                catalogue_reason(repo)
            };
            (start.unwrap_or(as_of), reason)
        }
    };
    let deadline = due_date(&repo.calendar, from, entry.limit);
    Explained {
        entry: entry.clone(),
        kind,
        deadline,
        obligation: None,
        not_owed: Some(not_owed),
    }
}

fn retired(entry: &Entry) -> String {
    let until = entry.until.map(|u| u.to_string()).unwrap_or_default();
    crate::t!("explain-not-owed-retired", entry = entry.id.as_str(), until = until)
}

fn catalogue_reason(repo: &Repo) -> String {
    if repo.config.approvals.is_empty() {
        crate::t!("explain-not-owed-unapproved")
    } else {
        crate::t!("explain-not-owed-changed")
    }
}

/// Where the count starts from, in words.
fn start_words(repo: &Repo, explained: &Explained) -> String {
    let start = explained.deadline.start;
    match &explained.kind {
        ObligationKind::Periodic(period) => crate::t!("explain-start-period", period = period.to_string()),
        ObligationKind::Standing => standing_start(repo, &explained.entry),
        ObligationKind::Review(after) if *after == start => crate::t!("explain-start-review-publication"),
        ObligationKind::Review(after) => {
            let after = after.to_string();
            let since = standing_source(repo, &explained.entry);
            crate::t!("explain-start-review-overdue", since = since, after = after)
        }
        ObligationKind::Event(id) => crate::t!("explain-start-event", id = id.as_str()),
        ObligationKind::AnnualReport(year) => crate::t!("explain-start-period", period = year.to_string()),
    }
}

/// What a standing entry's obligations start from: `since`, `approval` or `unapproved`
/// (the keys of the catalogue's `explain-start-standing` message).
fn standing_source(repo: &Repo, entry: &Entry) -> &'static str {
    match (entry.since, repo.config.approval()) {
        (Some(_), _) => "since",
        (None, Some(_)) => "approval",
        (None, None) => "unapproved",
    }
}

fn standing_start(repo: &Repo, entry: &Entry) -> String {
    crate::t!("explain-start-standing", since = standing_source(repo, entry))
}

/// What the count runs after, as a key of the catalogue's `explain-rule` message.
fn after_words(kind: &ObligationKind, deadline: &Deadline) -> &'static str {
    match kind {
        ObligationKind::Periodic(_) => "period",
        ObligationKind::Review(after) if *after == deadline.start => "publication",
        ObligationKind::Standing | ObligationKind::Review(_) => "start",
        ObligationKind::Event(_) => "event",
        ObligationKind::AnnualReport(_) => "year",
    }
}

fn heading(explained: &Explained) -> String {
    let (entry, title) = (explained.entry.id.as_str(), explained.entry.title.as_str());
    match &explained.kind {
        ObligationKind::Periodic(period) => crate::t!("explain-heading-period", entry = entry, title = title, period = period.to_string()),
        ObligationKind::Standing => crate::t!("explain-heading-standing", entry = entry, title = title),
        ObligationKind::Review(after) => crate::t!("explain-heading-review", entry = entry, title = title, after = after.to_string()),
        ObligationKind::Event(id) => crate::t!("explain-heading-event", entry = entry, title = title, id = id.as_str()),
        ObligationKind::AnnualReport(year) => crate::t!("explain-heading-annual", entry = entry, title = title, year = year.to_string()),
    }
}

/// The state line and, when something is still to do, the command.
fn state_words(repo: &Repo, explained: &Explained, as_of: NaiveDate) -> (String, Option<String>) {
    let Some(obligation) = &explained.obligation else {
        let reason = explained.not_owed.clone().unwrap_or_default();
        return (crate::t!("explain-state-not-owed", as_of = as_of.to_string(), reason = reason), None);
    };
    let due = obligation.due();
    let met = match (&obligation.met_by, obligation.met_on) {
        (Some(id), Some(on)) if matches!(obligation.kind, ObligationKind::Standing) && repo.item(id).and_then(|i| i.published_on) != Some(on) => {
            crate::t!("explain-met-first", on = on.to_string(), id = id.as_str())
        }
        (Some(id), Some(on)) => crate::t!("explain-met-by", id = id.as_str(), on = on.to_string()),
        _ => String::new(),
    };
    let distance = (due - as_of).num_days();
    let command = || Some(obligation_command(repo, obligation, as_of));
    let as_of = as_of.to_string();
    match obligation.state {
        State::Done => (crate::t!("explain-state-done", as_of = as_of.as_str(), met = met), None),
        State::Late => {
            let days = obligation.met_on.map_or(0, |on| (on - due).num_days());
            (crate::t!("explain-state-late", met = met, days = days), None)
        }
        State::Overdue => (crate::t!("explain-state-overdue", as_of = as_of.as_str(), days = distance.abs()), command()),
        State::Due => (crate::t!("explain-state-due", as_of = as_of.as_str(), days = distance), command()),
        State::Open => (crate::t!("explain-state-open", as_of = as_of.as_str(), days = distance), command()),
    }
}

fn day(date: NaiveDate) -> String {
    format!("{date} ({})", weekday(date))
}

fn to_text(repo: &Repo, explained: &Explained, as_of: NaiveDate, paint: Paint) -> String {
    let deadline = &explained.deadline;
    let mut out = String::new();
    let _ = writeln!(out, "{}", paint.bold(&heading(explained)));
    let start = crate::t!("explain-start", day = day(deadline.start), from = start_words(repo, explained));
    let _ = writeln!(out, "  {}{start}", field("start"));
    let _ = writeln!(out, "  {}{}", field("rule"), rule_words(deadline.limit, after_words(&explained.kind, deadline)));
    if !matches!(deadline.limit, Limit::WorkingDays(_)) {
        let label = limit_day(deadline.limit);
        let working = if deadline.nominal == deadline.due { "yes" } else { "no" };
        let nominal = crate::t!("explain-nominal", day = day(deadline.nominal), working = working);
        let _ = writeln!(out, "  {} {nominal}", pad_right(&label, FIELD_WIDTH - 1));
    }
    crossed_lines(&mut out, &deadline.crossed(&repo.calendar));
    let _ = writeln!(out, "  {}{}", field("due"), paint.bold(&day(deadline.due)));
    for year in deadline.uncovered_years(&repo.calendar) {
        let year = year.to_string();
        let _ = writeln!(
            out,
            "  {}{}",
            paint.warning(&crate::t!("calendar-warning")),
            crate::t!("explain-uncovered", year = year)
        );
    }
    let (state, command) = state_words(repo, explained, as_of);
    let painted = match explained.obligation.as_ref().map(|o| o.state) {
        Some(State::Overdue) => paint.error(&state),
        Some(State::Late | State::Due) => paint.warning(&state),
        Some(State::Done) => paint.ok(&state),
        _ => state,
    };
    let _ = writeln!(out, "  {}{painted}", field("state"));
    if let Some(command) = command {
        let _ = writeln!(out, "  {}{}", field("next"), paint.hint(&command));
    }
    out
}

/// The width of the label column of `explain`'s text, in terminal columns.
const FIELD_WIDTH: usize = 9;

/// A label of `explain`'s text (`start`, `rule`, `crossed`, `due`, `state`, `next`,
/// `ends`, `decision`) in the terminal's language, padded to the label column.
fn field(name: &str) -> String {
    pad_right(&crate::t!("explain-field", name = name), FIELD_WIDTH)
}

/// The `crossed` lines: every day the count passed that was not an ordinary working day.
fn crossed_lines(out: &mut String, crossed: &[crate::obligations::deadline::Crossed]) {
    if crossed.is_empty() {
        let _ = writeln!(out, "  {}{}", field("crossed"), crate::t!("explain-crossed-none"));
    } else {
        let _ = writeln!(out, "  {}", crate::t!("explain-field", name = "crossed"));
        for crossed in crossed {
            let _ = writeln!(out, "    {}", crossed_line(crossed));
        }
    }
}

/// The notice period (公示期) of a notice item: its start, the days it crossed, its last
/// day, the decision date it names, and whether it is running on `as_of`.
fn notice_text(repo: &Repo, item: &Item, as_of: NaiveDate, paint: Paint) -> String {
    let days = repo.catalogue.entry(&item.entry).and_then(|e| e.notice_working_days).unwrap_or(0);
    let mut out = String::new();
    let heading = crate::t!("explain-notice-heading", id = item.id.as_str(), days = days);
    let _ = writeln!(out, "{}", paint.bold(&heading));
    let Some(notice) = notice_of(repo, item) else {
        let _ = writeln!(out, "  {}{}", field("state"), crate::t!("explain-notice-unpublished", days = days));
        return out;
    };
    let _ = writeln!(out, "  {}{}", field("start"), crate::t!("explain-notice-start", day = day(notice.from)));
    let _ = writeln!(out, "  {}{}", field("rule"), rule_words(notice.deadline.limit, "notice"));
    crossed_lines(&mut out, &notice.deadline.crossed(&repo.calendar));
    let _ = writeln!(out, "  {}{}", field("ends"), paint.bold(&day(notice.to())));
    if let Some(decision) = item.decision_on() {
        let words = if notice.too_short_for(decision) {
            paint.error(&crate::t!("explain-notice-decision-too-short", day = day(decision)))
        } else {
            crate::t!("explain-notice-decision-after", day = day(decision))
        };
        let _ = writeln!(out, "  {}{words}", field("decision"));
    }
    let state = if notice.running_on(as_of) {
        crate::t!(
            "explain-notice-running",
            as_of = as_of.to_string(),
            n = notice.working_days_left(&repo.calendar, as_of)
        )
    } else if as_of < notice.from {
        crate::t!("explain-notice-not-started", as_of = as_of.to_string())
    } else {
        crate::t!("explain-notice-ended", day = notice.to().to_string())
    };
    let _ = writeln!(out, "  {}{state}", field("state"));
    out
}

fn notice_json(repo: &Repo, item: &Item, as_of: NaiveDate) -> Value {
    let days = repo.catalogue.entry(&item.entry).and_then(|e| e.notice_working_days);
    let notice = notice_of(repo, item);
    json!({
        "item": item.id,
        "working_days": days,
        "from": notice.as_ref().map(|n| n.from),
        "to": notice.as_ref().map(NoticePeriod::to),
        "crossed": notice.as_ref().map(|n| crate::obligations::deadline::crossed_json(&n.deadline.crossed(&repo.calendar))),
        "decision_on": item.decision_on(),
        "too_short": notice.as_ref().zip(item.decision_on()).map(|(n, d)| n.too_short_for(d)),
        "running": notice.as_ref().is_some_and(|n| n.running_on(as_of)),
    })
}

/// The label of the limit's last day: `day 15`, or `day +12m` for a limit in months.
fn limit_day(limit: Limit) -> String {
    match limit {
        Limit::CalendarDays(n) | Limit::WorkingDays(n) => crate::t!("explain-field-day", unit = "days", n = n),
        Limit::Months(n) => crate::t!("explain-field-day", unit = "months", n = n),
    }
}

fn to_json(repo: &Repo, explained: &Explained, as_of: NaiveDate) -> Value {
    let deadline = &explained.deadline;
    let (limit_kind, n) = match deadline.limit {
        Limit::CalendarDays(n) => ("calendar_days", n),
        Limit::WorkingDays(n) => ("working_days", n),
        Limit::Months(n) => ("months", n),
    };
    let crossed = crate::obligations::deadline::crossed_json(&deadline.crossed(&repo.calendar));
    let (state_text, next) = state_words(repo, explained, as_of);
    let obligation = explained.obligation.as_ref();
    json!({
        "entry": explained.entry.id,
        "title": explained.entry.title,
        "label": heading(explained),
        "period": match &explained.kind { ObligationKind::Periodic(p) => Some(p.to_string()), _ => None },
        "start": deadline.start,
        "start_is": start_words(repo, explained),
        "limit": { "kind": limit_kind, "n": n },
        "rule": rule_words(deadline.limit, after_words(&explained.kind, deadline)),
        "nominal": deadline.nominal,
        "crossed": crossed,
        "due": deadline.due,
        "uncovered_years": deadline.uncovered_years(&repo.calendar),
        "state": obligation.map(|o| o.state.as_str()),
        "met_by": obligation.and_then(|o| o.met_by.clone()),
        "met_on": obligation.and_then(|o| o.met_on),
        "explanation": state_text,
        "next": next,
    })
}
