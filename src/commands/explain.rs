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
use crate::words::plural;
use crate::words::{crossed_line, weekday};
use crate::EXIT_OK;

/// The counting rule in words, with the Civil Code's reading of it.
pub fn rule_words(limit: Limit, after: &str) -> String {
    let how = match limit {
        Limit::CalendarDays(_) => "Civil Code: the start day is not counted; a last day that is not a working day moves to the next working day",
        Limit::WorkingDays(_) => "Civil Code: the start day is not counted; only working days count: weekends and official holidays are skipped, make-up working days (调休) count",
        Limit::Months(_) => "the same day of the month that many months later, or that month's last day if it is shorter; a last day that is not a working day moves to the next working day",
    };
    format!("{limit} after {after} ({how})")
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
            format!("there is no entry or item \"{}\"", target.escape_debug()),
            "give an entry id (`disclose catalogue list` shows them) or an item id (its file name without .md)",
        ));
    };
    if period.is_some() {
        return Err(refuse(
            format!("{} is an item, which has its own period or event", item.id),
            format!("drop the period: `disclose explain {}`", item.id),
        ));
    }
    let Some(entry) = repo.entry_of(item) else {
        return Err(refuse(
            format!("item {} names entry \"{}\", which the catalogue does not have", item.id, item.entry),
            format!("correct `entry` in {}", item.file),
        ));
    };
    resolve_item(repo, list, entry, item)
}

fn resolve_entry<'a>(repo: &'a Repo, list: &[Obligation], entry: &'a Entry, period: Option<&str>) -> Result<Vec<(&'a Entry, ObligationKind)>> {
    match entry.cadence {
        Cadence::Periodic(kind) => {
            let Some(text) = period else {
                return Err(refuse(
                    format!("entry {} is periodic ({}): say which period", entry.id, kind.as_str()),
                    format!("give the period, like `disclose explain {} {}`", entry.id, kind.example()),
                ));
            };
            let period: Period = text.parse().map_err(|e: crate::obligations::period::PeriodParseError| {
                refuse(
                    e.to_string(),
                    format!(
                        "entry {} is disclosed every {}: write the period like {}",
                        entry.id,
                        kind.as_str(),
                        kind.example()
                    ),
                )
            })?;
            if period.kind != kind {
                return Err(refuse(
                    format!(
                        "{period} is a {}, but entry {} is disclosed every {}",
                        period.kind.as_str(),
                        entry.id,
                        kind.as_str()
                    ),
                    format!("write the period like {}", kind.example()),
                ));
            }
            Ok(vec![(entry, ObligationKind::Periodic(period))])
        }
        Cadence::Standing => {
            if let Some(text) = period {
                return Err(refuse(
                    format!(
                        "entry {} is standing: it has no periods, so \"{}\" does not apply",
                        entry.id,
                        text.escape_debug()
                    ),
                    format!("drop the period: `disclose explain {}`", entry.id),
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
                Some(id) => format!(
                    "give an item id instead, like `disclose explain {id}` (entry {} has {} item{})",
                    entry.id,
                    examples.len(),
                    plural(examples.len())
                ),
                None => format!("entry {} has no items yet; each item's deadline counts from its `event`", entry.id),
            };
            Err(refuse(
                format!(
                    "entry {} is {}: each item has its own deadline, counted from its event",
                    entry.id,
                    entry.cadence.word()
                ),
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
                format!("item {} has no valid `period`, so its deadline cannot be known", item.id),
                format!("set `period` in {} (`disclose check` says what is wrong)", item.file),
            )),
        },
        Cadence::Standing => resolve_entry(repo, list, entry, None),
        Cadence::Immediate | Cadence::Staged => match item.event {
            Some(_) => Ok(vec![(entry, ObligationKind::Event(item.id.clone()))]),
            None => Err(refuse(
                format!("item {} has no `event`, so its deadline cannot be known", item.id),
                format!("add `event = YYYY-MM-DD` (the day the matter happened) to {}", item.file),
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
                format!(
                    "{period} ended before this entry's obligations start ({})",
                    start.map(|s| s.to_string()).unwrap_or_default()
                )
            } else if entry.until.is_some_and(|until| period.start() > until) {
                format!("entry {} was retired on {}", entry.id, entry.until.map(|u| u.to_string()).unwrap_or_default())
            } else {
                format!("{period} has not begun yet")
            };
            (period.end(), reason)
        }
        ObligationKind::Event(id) => {
            let event = repo.item(id).and_then(|item| item.event).unwrap_or(as_of);
            let reason = if !repo.catalogue_in_force() {
                catalogue_reason(repo)
            } else if event > as_of {
                format!("the event ({event}) is after {as_of}")
            } else if entry.until.is_some_and(|until| event > until) {
                format!("entry {} was retired on {}", entry.id, entry.until.map(|u| u.to_string()).unwrap_or_default())
            } else {
                format!(
                    "the event ({event}) is before this entry's obligations start ({})",
                    start.map(|s| s.to_string()).unwrap_or_default()
                )
            };
            (event, reason)
        }
        // The annual report is no catalogue entry, so `resolve` never asks for it.
        ObligationKind::Standing | ObligationKind::Review(_) | ObligationKind::AnnualReport(_) => {
            let reason = if repo.catalogue_in_force() {
                format!("entry {} was retired before its obligations started", entry.id)
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

fn catalogue_reason(repo: &Repo) -> String {
    if repo.config.approvals.is_empty() {
        "the catalogue is not approved, so no obligations are computed".to_string()
    } else {
        "the catalogue changed since its approval, so no obligations are computed (`disclose check` says what changed)".to_string()
    }
}

/// Where the count starts from, in words.
fn start_words(repo: &Repo, explained: &Explained) -> String {
    let start = explained.deadline.start;
    match &explained.kind {
        ObligationKind::Periodic(period) => format!("the last day of {period}"),
        ObligationKind::Standing => standing_start(repo, &explained.entry),
        ObligationKind::Review(after) if *after == start => "the day that version was published".to_string(),
        ObligationKind::Review(after) => format!(
            "{} (the version published on {after} was already due for re-confirmation by then)",
            standing_start(repo, &explained.entry)
        ),
        ObligationKind::Event(id) => format!("the event of item {id}"),
        ObligationKind::AnnualReport(year) => format!("the last day of {year}"),
    }
}

fn standing_start(repo: &Repo, entry: &Entry) -> String {
    match (entry.since, repo.config.approval()) {
        (Some(_), _) => "the entry's `since` date".to_string(),
        (None, Some(_)) => "the catalogue's approval".to_string(),
        (None, None) => "the catalogue's approval (not yet given)".to_string(),
    }
}

fn after_words(kind: &ObligationKind, deadline: &Deadline) -> &'static str {
    match kind {
        ObligationKind::Periodic(_) => "the period ends",
        ObligationKind::Review(after) if *after == deadline.start => "the publication",
        ObligationKind::Standing | ObligationKind::Review(_) => "the obligations start",
        ObligationKind::Event(_) => "the event",
        ObligationKind::AnnualReport(_) => "the year ends",
    }
}

fn heading(explained: &Explained) -> String {
    let what = match &explained.kind {
        ObligationKind::Periodic(period) => period.to_string(),
        ObligationKind::Standing => "standing: the first publication".to_string(),
        ObligationKind::Review(after) => format!("standing: re-confirming the version published on {after}"),
        ObligationKind::Event(id) => format!("item {id}"),
        ObligationKind::AnnualReport(year) => format!("the annual report of {year}"),
    };
    format!("Entry {} {} · {what}", explained.entry.id, explained.entry.title)
}

/// The state line and, when something is still to do, the command.
fn state_words(repo: &Repo, explained: &Explained, as_of: NaiveDate) -> (String, Option<String>) {
    let Some(obligation) = &explained.obligation else {
        return (format!("not owed as of {as_of}: {}", explained.not_owed.clone().unwrap_or_default()), None);
    };
    let due = obligation.due();
    let met = match (&obligation.met_by, obligation.met_on) {
        (Some(id), Some(on)) if matches!(obligation.kind, ObligationKind::Standing) && repo.item(id).and_then(|i| i.published_on) != Some(on) => {
            format!("first published on {on}; the version in force is {id}")
        }
        (Some(id), Some(on)) => format!("met by {id}, published on {on}"),
        _ => String::new(),
    };
    let distance = (due - as_of).num_days();
    match obligation.state {
        State::Done => (format!("done as of {as_of}: {met}"), None),
        State::Late => {
            let days = obligation.met_on.map_or(0, |on| (on - due).num_days());
            (format!("late: {met}, {days} day{} after the due date", plural(days)), None)
        }
        State::Overdue => (
            format!(
                "overdue as of {as_of}: nothing published, {} day{} past the due date",
                -distance,
                if distance == -1 { "" } else { "s" }
            ),
            Some(obligation_command(repo, obligation, as_of)),
        ),
        State::Due => (
            format!("due as of {as_of}: {distance} day{} left", plural(distance)),
            Some(obligation_command(repo, obligation, as_of)),
        ),
        State::Open => (
            format!("open as of {as_of}: {distance} days left"),
            Some(obligation_command(repo, obligation, as_of)),
        ),
    }
}

fn day(date: NaiveDate) -> String {
    format!("{date} ({})", weekday(date))
}

fn to_text(repo: &Repo, explained: &Explained, as_of: NaiveDate, paint: Paint) -> String {
    let deadline = &explained.deadline;
    let mut out = String::new();
    let _ = writeln!(out, "{}", paint.bold(&heading(explained)));
    let _ = writeln!(
        out,
        "  start    {}, {}; the start day is not counted",
        day(deadline.start),
        start_words(repo, explained)
    );
    let _ = writeln!(out, "  rule     {}", rule_words(deadline.limit, after_words(&explained.kind, deadline)));
    if !matches!(deadline.limit, Limit::WorkingDays(_)) {
        let _ = writeln!(
            out,
            "  day {:<4} {}{}",
            limit_count(deadline.limit),
            day(deadline.nominal),
            if deadline.nominal == deadline.due {
                ", a working day"
            } else {
                ", not a working day"
            }
        );
    }
    let crossed = deadline.crossed(&repo.calendar);
    if crossed.is_empty() {
        let _ = writeln!(out, "  crossed  no holiday, weekend or make-up working day");
    } else {
        let _ = writeln!(out, "  crossed");
        for crossed in &crossed {
            let _ = writeln!(out, "    {}", crossed_line(crossed));
        }
    }
    let _ = writeln!(out, "  due      {}", paint.bold(&day(deadline.due)));
    for year in deadline.uncovered_years(&repo.calendar) {
        let _ = writeln!(
            out,
            "  {} no calendar covers {year}: its days were counted on weekends alone (add calendar/{year}.toml from the State Council notice)",
            paint.warning("warning:")
        );
    }
    let (state, command) = state_words(repo, explained, as_of);
    let painted = match explained.obligation.as_ref().map(|o| o.state) {
        Some(State::Overdue) => paint.error(&state),
        Some(State::Late | State::Due) => paint.warning(&state),
        Some(State::Done) => paint.ok(&state),
        _ => state,
    };
    let _ = writeln!(out, "  state    {painted}");
    if let Some(command) = command {
        let _ = writeln!(out, "  next     {}", paint.hint(&command));
    }
    out
}

/// The notice period (公示期) of a notice item: its start, the days it crossed, its last
/// day, the decision date it names, and whether it is running on `as_of`.
fn notice_text(repo: &Repo, item: &Item, as_of: NaiveDate, paint: Paint) -> String {
    let days = repo.catalogue.entry(&item.entry).and_then(|e| e.notice_working_days).unwrap_or(0);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        paint.bold(&format!("item {} · notice period (公示期), {days} working days", item.id))
    );
    let Some(notice) = notice_of(repo, item) else {
        let _ = writeln!(
            out,
            "  state    not published yet: the notice runs {days} working days after its publication day"
        );
        return out;
    };
    let _ = writeln!(out, "  start    {}, the publication day; it is not counted", day(notice.from));
    let _ = writeln!(out, "  rule     {}", rule_words(notice.deadline.limit, "the publication day"));
    let crossed = notice.deadline.crossed(&repo.calendar);
    if crossed.is_empty() {
        let _ = writeln!(out, "  crossed  no holiday, weekend or make-up working day");
    } else {
        let _ = writeln!(out, "  crossed");
        for crossed in &crossed {
            let _ = writeln!(out, "    {}", crossed_line(crossed));
        }
    }
    let _ = writeln!(out, "  ends     {}", paint.bold(&day(notice.to())));
    if let Some(decision) = item.decision_on {
        let words = if notice.too_short_for(decision) {
            paint.error(&format!("{}: on or before the notice's last day (notice-too-short)", day(decision)))
        } else {
            format!("{}: after the notice's last day", day(decision))
        };
        let _ = writeln!(out, "  decision {words}");
    }
    let state = if notice.running_on(as_of) {
        format!(
            "running (公示中) on {as_of}, {} working day{} left",
            notice.working_days_left(&repo.calendar, as_of),
            plural(notice.working_days_left(&repo.calendar, as_of))
        )
    } else if as_of < notice.from {
        format!("not started on {as_of}")
    } else {
        format!("ended on {}", notice.to())
    };
    let _ = writeln!(out, "  state    {state}");
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
        "decision_on": item.decision_on,
        "too_short": notice.as_ref().zip(item.decision_on).map(|(n, d)| n.too_short_for(d)),
        "running": notice.as_ref().is_some_and(|n| n.running_on(as_of)),
    })
}

fn limit_count(limit: Limit) -> String {
    match limit {
        Limit::CalendarDays(n) | Limit::WorkingDays(n) => n.to_string(),
        Limit::Months(n) => format!("+{n}m"),
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
