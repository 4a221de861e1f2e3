//! `disclose next [--limit N] [--format text|json|ics]`: the deadlines not yet met,
//! soonest first (overdue ones lead), and the next date on which any obligation changes
//! state, so that a CI schedule or a calendar app can follow them. An open obligation
//! becomes due 14 days before its due date; a due one becomes overdue the day after.

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
use crate::obligations::{obligations, Obligation, State, DUE_SOON_DAYS};
use crate::EXIT_OK;

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

/// Runs `next`.
pub fn run(cx: &Context, limit: usize) -> Result<i32> {
    cx.require_format("next", &[Format::Text, Format::Json, Format::Ics])?;
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
    let _ = writeln!(
        out,
        "\n{}",
        paint.bold(&format!("Notices (公示) ending in the next {ENDING_SOON_WORKING_DAYS} working days"))
    );
    for (item, notice) in &notices {
        let _ = writeln!(out, "  {}", describe(&repo.calendar, item, notice, as_of));
    }
    out
}

fn title_of<'a>(repo: &'a Repo, entry: &str) -> &'a str {
    repo.catalogue.entry(entry).map_or("", |e| e.title.as_str())
}

fn to_text(repo: &Repo, upcoming: &[&Obligation], total: usize, changes: Option<&Change>, as_of: NaiveDate, paint: Paint) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", paint.bold(&format!("Deadlines not yet met, as of {as_of}")));
    if upcoming.is_empty() {
        let _ = writeln!(out, "  none");
    }
    for obligation in upcoming {
        let state = format!("{:<7}", obligation.state.as_str());
        let state = match obligation.state {
            State::Overdue => paint.error(&state),
            State::Due => paint.warning(&state),
            _ => state,
        };
        let _ = writeln!(
            out,
            "  {}  {state}  {:<5} {}  {}",
            obligation.due(),
            obligation.entry,
            obligation.label(),
            title_of(repo, &obligation.entry)
        );
        let _ = writeln!(out, "      {} {}", paint.hint("→"), paint.hint(&obligation_command(repo, obligation, as_of)));
    }
    if total > upcoming.len() {
        let _ = writeln!(out, "  … and {} more (use --limit to see them)", total - upcoming.len());
    }
    out.push('\n');
    match changes {
        None => {
            let _ = writeln!(
                out,
                "No obligation changes state after {as_of} unless something is published or a new period begins."
            );
        }
        Some((day, list)) => {
            let _ = writeln!(out, "{}", paint.bold(&format!("Next change: {day}")));
            for (obligation, becomes) in list {
                let _ = writeln!(
                    out,
                    "  {:<5} {} becomes {} (due {})",
                    obligation.entry,
                    obligation.label(),
                    becomes.as_str(),
                    obligation.due()
                );
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

/// A UID that stays the same for the same entry and period (or event, or review).
fn uid(obligation: &Obligation) -> String {
    let label: String = obligation
        .label()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '.' || c == '-' { c } else { '-' })
        .collect();
    format!("{}-{label}@disclose", obligation.entry)
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
    ics_line(
        &mut out,
        &format!("X-WR-CALNAME:{}", ics_escape(&format!("{} · 党务公开期限", repo.config.display_name()))),
    );
    for obligation in upcoming {
        let due = obligation.due();
        let end = due.succ_opt().unwrap_or(due);
        let title = title_of(repo, &obligation.entry);
        let description = format!(
            "Due {due}: {} after {} (`disclose explain` shows the working).\nState as of {as_of}: {}.\nNext: {}",
            obligation.deadline.limit,
            obligation.deadline.start,
            obligation.state.as_str(),
            obligation_command(repo, obligation, as_of)
        );
        ics_line(&mut out, "BEGIN:VEVENT");
        ics_line(&mut out, &format!("UID:{}", uid(obligation)));
        ics_line(&mut out, &format!("DTSTAMP:{stamp}"));
        ics_line(&mut out, &format!("DTSTART;VALUE=DATE:{}", due.format("%Y%m%d")));
        ics_line(&mut out, &format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")));
        ics_line(
            &mut out,
            &format!("SUMMARY:{}", ics_escape(&format!("{} {} {title}", obligation.entry, obligation.label()))),
        );
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
