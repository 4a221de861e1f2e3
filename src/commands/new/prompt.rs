//! What `disclose new` needs to know, from the arguments or, on a terminal, asked for:
//! the entry, and the period, event, matter and stage its cadence takes. Checked
//! against the entry's cadence before anything is written; without a terminal nothing
//! is ever read.

use std::collections::BTreeSet;
use std::io::{BufRead, Write as _};

use anyhow::{Context as _, Result};
use chrono::NaiveDate;

use super::Fields;
use crate::cli::NewArgs;
use crate::commands::context::{unknown_entry, Context, Refusal};
use crate::model::{Cadence, Entry, Repo};
use crate::obligations::period::{Period, PeriodKind};

/// Questions on a terminal; without one, nothing is ever read.
pub(super) struct Input {
    /// True on a terminal: questions are asked.
    pub(super) interactive: bool,
}

impl Input {
    /// Asks `question` (with a default) and returns the answer, or `None` when not on a
    /// terminal.
    fn ask(&mut self, question: &str, default: Option<&str>) -> Result<Option<String>> {
        if !self.interactive {
            return Ok(None);
        }
        let mut stderr = std::io::stderr();
        match default {
            Some(default) => write!(stderr, "{question} [{default}]: ")?,
            None => write!(stderr, "{question}: ")?,
        }
        stderr.flush()?;
        let mut line = String::new();
        let read = std::io::stdin().lock().read_line(&mut line).context("could not read the answer")?;
        if read == 0 {
            return Err(Refusal::new(
                "no answer was given (end of input)",
                "nothing was written; pass the values as arguments instead",
            )
            .into());
        }
        let answer = line.trim();
        Ok(Some(if answer.is_empty() {
            default.unwrap_or("").to_string()
        } else {
            answer.to_string()
        }))
    }
}

pub(super) fn pick_entry<'a>(repo: &'a Repo, given: Option<&str>, input: &mut Input) -> Result<&'a Entry> {
    if let Some(id) = given {
        return repo.catalogue.entry(id).ok_or_else(|| unknown_entry(repo, id));
    }
    if input.interactive {
        eprintln!("Which catalogue entry is this item for?");
        for entry in repo.catalogue.entries() {
            eprintln!("  {:<5} {:<20} {}", entry.id, entry.cadence.to_string(), entry.title);
        }
        for _ in 0..3 {
            if let Some(answer) = input.ask("Entry id", None)? {
                if let Some(entry) = repo.catalogue.entry(&answer) {
                    return Ok(entry);
                }
                eprintln!("The catalogue has no entry \"{answer}\".");
            }
        }
    }
    let ids: Vec<&str> = repo.catalogue.entries().map(|e| e.id.as_str()).collect();
    Err(Refusal::new(
        "which entry is the new item for?",
        format!(
            "pass the entry id, like `disclose new 3.5 --period 2026-Q1`; the catalogue has: {}",
            ids.join(" ")
        ),
    )
    .into())
}

pub(super) fn cadence_refusal(entry: &Entry, flag: &str, what: &str) -> anyhow::Error {
    Refusal::new(
        format!("entry {} ({}) is {}: {flag} does not fit it", entry.id, entry.title, entry.cadence),
        format!("nothing was written; {what}"),
    )
    .into()
}

/// What this entry takes, in words, for refusals.
pub(super) fn usage(entry: &Entry, as_of: NaiveDate) -> String {
    match entry.cadence {
        Cadence::Periodic(kind) => format!("entry {} takes --period, like {}", entry.id, Period::containing(kind, as_of).previous()),
        Cadence::Immediate => format!("entry {} takes --event DATE (the day the matter happened)", entry.id),
        Cadence::Staged => format!("entry {} takes --event DATE, --matter, --stage and, on the last stage, --final", entry.id),
        Cadence::Standing => format!("entry {} takes only --title, --by and --supersedes ID (the older item it replaces)", entry.id),
    }
}

pub(super) fn fields_for(cx: &Context, repo: &Repo, entry: &Entry, args: &NewArgs, input: &mut Input) -> Result<Fields> {
    let help = usage(entry, cx.as_of);
    let cadence = entry.cadence;
    let given: [(&str, bool, bool); 6] = [
        ("--period", args.period.is_some(), matches!(cadence, Cadence::Periodic(_))),
        ("--event", args.event.is_some(), cadence.has_events()),
        ("--matter", args.matter.is_some(), cadence == Cadence::Staged),
        ("--stage", args.stage.is_some(), cadence == Cadence::Staged),
        ("--final", args.final_stage, cadence == Cadence::Staged),
        ("--supersedes", args.supersedes.is_some(), cadence == Cadence::Standing),
    ];
    if let Some((flag, _, _)) = given.iter().find(|(_, present, fits)| *present && !*fits) {
        return Err(cadence_refusal(entry, flag, &help));
    }
    let mut fields = Fields {
        final_stage: args.final_stage,
        ..Fields::default()
    };
    match cadence {
        Cadence::Periodic(kind) => fields.period = Some(period_for(cx, entry, kind, args.period.as_deref(), input)?),
        Cadence::Immediate | Cadence::Staged => {
            fields.event = Some(event_for(cx, entry, args.event, input, &help)?);
            if cadence == Cadence::Staged {
                fields.matter = Some(text_for(
                    repo,
                    entry,
                    "--matter",
                    "the matter the stages belong to",
                    args.matter.as_deref(),
                    input,
                    &help,
                )?);
                fields.stage = Some(text_for(repo, entry, "--stage", "this stage", args.stage.as_deref(), input, &help)?);
            }
        }
        Cadence::Standing => {
            if let Some(old) = args.supersedes.as_deref() {
                match repo.item(old) {
                    Some(item) if item.entry == entry.id => fields.supersedes = Some(old.to_string()),
                    _ => {
                        let same: Vec<&str> = repo.items.iter().filter(|i| i.entry == entry.id).map(|i| i.id.as_str()).collect();
                        let choices = if same.is_empty() {
                            format!("entry {} has no items yet, so leave --supersedes out", entry.id)
                        } else {
                            format!("items of entry {}: {}", entry.id, same.join(" "))
                        };
                        return Err(Refusal::new(
                            format!("--supersedes names \"{old}\", which is not an item of entry {}", entry.id),
                            format!("nothing was written; {choices}"),
                        )
                        .into());
                    }
                }
            }
        }
    }
    Ok(fields)
}

fn period_for(cx: &Context, entry: &Entry, kind: PeriodKind, given: Option<&str>, input: &mut Input) -> Result<Period> {
    let last_ended = Period::containing(kind, cx.as_of).previous();
    let text = match given {
        Some(text) => text.trim().to_string(),
        None => match input.ask(
            &format!("Period (entry {} is disclosed every {})", entry.id, kind.as_str()),
            Some(&last_ended.to_string()),
        )? {
            Some(answer) => answer,
            None => {
                return Err(Refusal::new(
                    format!(
                        "entry {} ({}) is periodic ({}): the new item needs --period",
                        entry.id,
                        entry.title,
                        kind.as_str()
                    ),
                    format!(
                        "nothing was written; pass --period {last_ended} (the most recently ended {}), or another {}",
                        kind.as_str(),
                        kind.as_str()
                    ),
                )
                .into())
            }
        },
    };
    let examples = format!("entry {} is disclosed every {}: write --period like {last_ended}", entry.id, kind.as_str());
    match text.parse::<Period>() {
        Ok(period) if period.kind == kind => Ok(period),
        Ok(period) => Err(Refusal::new(
            format!(
                "--period {text} is a {}, but entry {} ({}) is disclosed every {}",
                period.kind.as_str(),
                entry.id,
                entry.title,
                kind.as_str()
            ),
            format!("nothing was written; {examples}"),
        )
        .into()),
        Err(error) => Err(Refusal::new(error.to_string(), format!("nothing was written; {examples}")).into()),
    }
}

fn event_for(cx: &Context, entry: &Entry, given: Option<NaiveDate>, input: &mut Input, help: &str) -> Result<NaiveDate> {
    if let Some(event) = given {
        return Ok(event);
    }
    match input.ask("When did the matter happen (YYYY-MM-DD)", Some(&cx.as_of.to_string()))? {
        Some(answer) => crate::cli::parse_date(&answer).map_err(|message| Refusal::new(message, "nothing was written").into()),
        None => Err(Refusal::new(
            format!(
                "entry {} ({}) is {}: the new item needs --event DATE, the day the matter happened",
                entry.id, entry.title, entry.cadence
            ),
            format!("nothing was written; {help}"),
        )
        .into()),
    }
}

fn text_for(repo: &Repo, entry: &Entry, flag: &str, what: &str, given: Option<&str>, input: &mut Input, help: &str) -> Result<String> {
    let existing: BTreeSet<&str> = repo.items.iter().filter(|i| i.entry == entry.id).filter_map(|i| i.matter.as_deref()).collect();
    let known = if flag == "--matter" && !existing.is_empty() {
        format!(
            " (matters so far: {})",
            existing.iter().map(|m| format!("\"{m}\"")).collect::<Vec<_>>().join(", ")
        )
    } else {
        String::new()
    };
    let answer = match given {
        Some(text) => Some(text.to_string()),
        None => input.ask(&format!("{}{known}", capitalised(what)), None)?,
    };
    match answer.map(|a| a.trim().to_string()) {
        Some(text) if !text.is_empty() => Ok(text),
        Some(_) => Err(Refusal::new(format!("{flag} is empty"), format!("nothing was written; {flag} names {what}")).into()),
        None => Err(Refusal::new(
            format!("entry {} ({}) is staged: the new item needs {flag} ({what}){known}", entry.id, entry.title),
            format!("nothing was written; {help}"),
        )
        .into()),
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
