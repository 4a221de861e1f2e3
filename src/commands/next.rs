//! `disclose next [--limit N] [--format text|json|ics]`: the deadlines not yet met,
//! soonest first (overdue ones lead), and the next date on which any obligation changes
//! state, so that a CI schedule or a calendar app can follow them. An open obligation
//! becomes due 14 days before its due date; a due one becomes overdue the day after.
//!
//! The text, read by a person, lists [`TEXT_LIMIT`] deadlines unless `--limit` is given;
//! `--format json` and `--format ics`, read by programs and calendar apps, list every
//! deadline unless `--limit` is given (a calendar missing some deadlines misleads).

use std::fmt::Write as _;

use anyhow::Result;
use chrono::{Days, NaiveDate};
use serde_json::{json, Value};

use crate::cli::Format;
use crate::commands::context::Context;
use crate::diag::Paint;
use crate::model::Repo;
use crate::obligations::advice::obligation_command;
use crate::obligations::notice::{describe, ending_soon, ENDING_SOON_WORKING_DAYS};
use crate::obligations::terms;
use crate::obligations::{obligations, Obligation, ObligationKind, State, DUE_SOON_DAYS};
use crate::table::{column_width, pad_right};
use crate::EXIT_OK;

/// How many deadlines the text lists when `--limit` is not given.
pub const TEXT_LIMIT: usize = 20;

/// The next day on which an unmet obligation changes state, and what it becomes.
pub fn next_change(obligation: &Obligation, as_of: NaiveDate) -> Option<(NaiveDate, State)> {
    let day = match obligation.state {
        State::Open => obligation.due().checked_sub_days(Days::new(DUE_SOON_DAYS as u64))?,
        State::Due => obligation.due().succ_opt()?,
        State::Overdue | State::Late | State::Done => return None,
    };
    let day = day.max(as_of.succ_opt()?);
    // The state on that day, from the one rule that decides states.
    let becomes = State::of(obligation.due(), None, day);
    (becomes != obligation.state).then_some((day, becomes))
}

/// Runs `next`. `limit` is `--limit`: without it the text lists [`TEXT_LIMIT`]
/// deadlines, json and ics every one.
pub fn run(cx: &Context, limit: Option<usize>) -> Result<i32> {
    cx.require_format("next", &[Format::Text, Format::Json, Format::Ics])?;
    let limit = limit.unwrap_or(if cx.format == Format::Text { TEXT_LIMIT } else { usize::MAX });
    let (repo, _) = cx.load()?;
    let list = obligations(&repo, cx.as_of);
    let mut upcoming: Vec<&Obligation> = list.iter().filter(|o| !o.is_met()).collect();
    upcoming.sort_by_key(|o| o.due());
    let total = upcoming.len();
    upcoming.truncate(limit);
    let changes = changes(&list, cx.as_of);
    match cx.format {
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&to_json(&repo, &upcoming, total, changes.as_ref(), cx.as_of))?
        ),
        Format::Ics => print!("{}", to_ics(&repo, &upcoming, cx.as_of)),
        _ => {
            print!("{}", to_text(&repo, &upcoming, total, changes.as_ref(), cx.as_of, cx.paint));
            print!("{}", notices_text(&repo, cx.as_of, cx.paint));
        }
    }
    Ok(EXIT_OK)
}

/// A day and the obligations that change state on it, with their new states.
type Change<'a> = (NaiveDate, Vec<(&'a Obligation, State)>);

/// The earliest day any obligation changes state, with every change on that day.
fn changes(list: &[Obligation], as_of: NaiveDate) -> Option<Change<'_>> {
    let all: Vec<(&Obligation, NaiveDate, State)> = list.iter().filter_map(|o| next_change(o, as_of).map(|(day, state)| (o, day, state))).collect();
    let first = all.iter().map(|(_, day, _)| *day).min()?;
    Some((
        first,
        all.into_iter().filter(|(_, day, _)| *day == first).map(|(o, _, state)| (o, state)).collect(),
    ))
}

/// Notices (公示) ending soon, after the deadlines; nothing when none is.
fn notices_text(repo: &Repo, as_of: NaiveDate, paint: Paint) -> String {
    let notices = ending_soon(repo, as_of);
    let mut out = String::new();
    if notices.is_empty() {
        return out;
    }
    let _ = writeln!(out, "\n{}", paint.bold(&crate::t!("next-notices-heading", days = ENDING_SOON_WORKING_DAYS)));
    for (item, notice) in &notices {
        let _ = writeln!(out, "  {}", describe(&repo.calendar, item, notice, as_of));
    }
    out
}

fn title_of<'a>(repo: &'a Repo, entry: &str) -> &'a str {
    repo.catalogue.entry(entry).map_or("", |e| e.title.as_str())
}

/// A state in the terminal's language (`overdue`, `due`, `open`; 逾期, 即将到期, 未到期).
fn state_word(state: State) -> String {
    crate::t!("next-state", state = state.as_str())
}

fn to_text(repo: &Repo, upcoming: &[&Obligation], total: usize, changes: Option<&Change>, as_of: NaiveDate, paint: Paint) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", paint.bold(&crate::t!("next-heading", as_of = as_of.to_string())));
    if upcoming.is_empty() {
        let _ = writeln!(out, "  {}", crate::t!("next-none"));
    }
    let words = [State::Overdue, State::Due, State::Open].map(state_word);
    let state_width = column_width(words.iter().map(String::as_str));
    for obligation in upcoming {
        let state = pad_right(&state_word(obligation.state), state_width);
        let state = match obligation.state {
            State::Overdue => paint.error(&state),
            State::Due => paint.warning(&state),
            _ => state,
        };
        let _ = writeln!(
            out,
            "  {}  {state}  {} {}  {}",
            obligation.due(),
            pad_right(&obligation.entry, 5),
            terms::obligation(obligation),
            title_of(repo, &obligation.entry)
        );
        let _ = writeln!(out, "      {} {}", paint.hint("→"), paint.hint(&obligation_command(repo, obligation, as_of)));
    }
    if total > upcoming.len() {
        let more = total - upcoming.len();
        let _ = writeln!(out, "  {}", crate::t!("next-more", n = more));
    }
    out.push('\n');
    match changes {
        None => {
            let _ = writeln!(out, "{}", crate::t!("next-no-change", as_of = as_of.to_string()));
        }
        Some((day, list)) => {
            let _ = writeln!(out, "{}", paint.bold(&crate::t!("next-change-heading", day = day.to_string())));
            for (obligation, becomes) in list {
                let line = crate::t!(
                    "next-change-line",
                    entry = pad_right(&obligation.entry, 5),
                    label = terms::obligation(obligation),
                    state = becomes.as_str(),
                    due = obligation.due().to_string()
                );
                let _ = writeln!(out, "  {line}");
            }
        }
    }
    out
}

fn to_json(repo: &Repo, upcoming: &[&Obligation], total: usize, changes: Option<&Change>, as_of: NaiveDate) -> Value {
    let deadlines: Vec<Value> = upcoming
        .iter()
        .map(|o| {
            json!({
                "entry": o.entry,
                "title": title_of(repo, &o.entry),
                "label": o.label(),
                "period": o.period().map(|p| p.to_string()),
                "due": o.due(),
                "state": o.state.as_str(),
                "days_until_due": (o.due() - as_of).num_days(),
                "next_change": next_change(o, as_of).map(|(day, state)| json!({ "on": day, "becomes": state.as_str() })),
                "next": obligation_command(repo, o, as_of),
            })
        })
        .collect();
    let next_change = changes.map(|(day, list)| {
        json!({
            "on": day,
            "changes": list.iter().map(|(o, becomes)| json!({ "entry": o.entry, "label": o.label(), "from": o.state.as_str(), "to": becomes.as_str(), "due": o.due() })).collect::<Vec<_>>(),
        })
    });
    let notices: Vec<Value> = ending_soon(repo, as_of)
        .iter()
        .map(|(item, notice)| crate::obligations::notice::notice_json(&repo.calendar, item, notice, as_of))
        .collect();
    json!({ "as_of": as_of, "total": total, "deadlines": deadlines, "next_change": next_change, "notices_ending": notices })
}

/// Escapes TEXT values (RFC 5545 §3.3.11).
fn ics_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            other => out.push(other),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1).
fn ics_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// A UID unique across organisations and stable across runs and languages: the entry,
/// the period (or event, or review) it is for, and the first 12 hex digits of the
/// SHA-256 of the organisation's full name (`[organisation].name`), so that two
/// branches importing into one calendar never overwrite each other's deadlines:
/// `3.5-2026-Q1-1a2b3c4d5e6f@disclose`. Built from the obligation's kind, not its label
/// in words, which follows the terminal's language.
fn uid(repo: &Repo, obligation: &Obligation) -> String {
    use sha2::{Digest, Sha256};
    let what = match &obligation.kind {
        ObligationKind::Periodic(period) => period.to_string(),
        ObligationKind::Standing => "standing".to_string(),
        ObligationKind::Review(after) => format!("review-{after}"),
        ObligationKind::Event(item) => format!("item-{item}"),
        ObligationKind::AnnualReport(year) => format!("annual-report-{year}"),
    };
    let what: String = what
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '.' || c == '-' { c } else { '-' })
        .collect();
    let organisation = crate::hex::hex(&Sha256::digest(repo.config.name.as_bytes()));
    format!("{}-{what}-{}@disclose", obligation.entry, &organisation[..12])
}

fn to_ics(repo: &Repo, upcoming: &[&Obligation], as_of: NaiveDate) -> String {
    let mut out = String::new();
    let stamp = format!("{}T000000Z", as_of.format("%Y%m%d"));
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//disclose//obligations//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        ics_line(&mut out, line);
    }
    let name = crate::t!("next-ics-calendar-name", organisation = repo.config.display_name());
    ics_line(&mut out, &format!("X-WR-CALNAME:{}", ics_escape(&name)));
    for obligation in upcoming {
        let due = obligation.due();
        let end = due.succ_opt().unwrap_or(due);
        let title = title_of(repo, &obligation.entry);
        let description = crate::t!(
            "next-ics-description",
            due = due.to_string(),
            limit = obligation.deadline.limit.to_string(),
            start = obligation.deadline.start.to_string(),
            as_of = as_of.to_string(),
            state = state_word(obligation.state),
            next = obligation_command(repo, obligation, as_of)
        );
        let summary = crate::t!(
            "next-ics-summary",
            entry = obligation.entry.as_str(),
            label = terms::obligation(obligation),
            title = title
        );
        ics_line(&mut out, "BEGIN:VEVENT");
        ics_line(&mut out, &format!("UID:{}", uid(repo, obligation)));
        ics_line(&mut out, &format!("DTSTAMP:{stamp}"));
        ics_line(&mut out, &format!("DTSTART;VALUE=DATE:{}", due.format("%Y%m%d")));
        ics_line(&mut out, &format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")));
        ics_line(&mut out, &format!("SUMMARY:{}", ics_escape(&summary)));
        ics_line(&mut out, &format!("DESCRIPTION:{}", ics_escape(&description)));
        ics_line(&mut out, "TRANSP:TRANSPARENT");
        ics_line(&mut out, "END:VEVENT");
    }
    ics_line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_folds() {
        assert_eq!(ics_escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let mut out = String::new();
        ics_line(&mut out, &format!("SUMMARY:{}", "党".repeat(40)));
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}", "党".repeat(40)));
    }
}
