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
use crate::obligations::advice::period_to_write;
use crate::obligations::period::{Period, PeriodKind};
use crate::obligations::terms;
use crate::suggest::closest_id as closest;

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
            Some(default) => write!(stderr, "{}", crate::t!("new-ask-with-default", question = question, default = default))?,
            None => write!(stderr, "{}", crate::t!("new-ask-plain", question = question))?,
        }
        stderr.flush()?;
        let mut line = String::new();
        let read = std::io::stdin()
            .lock()
            .read_line(&mut line)
            .with_context(|| crate::t!("new-answer-unreadable"))?;
        if read == 0 {
            return Err(Refusal::new(crate::t!("new-no-answer"), crate::t!("new-no-answer-help")).into());
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
        return repo.catalogue.entry(id).ok_or_else(|| match closest_entry(repo, id) {
            Some(meant) => Refusal::new(
                crate::t!("new-unknown-entry", id = id),
                crate::t!("new-unknown-entry-did-you-mean", meant = meant),
            )
            .into(),
            None => unknown_entry(repo, id),
        });
    }
    if input.interactive {
        eprintln!("{}", crate::t!("new-ask-entry-intro"));
        for entry in repo.catalogue.entries() {
            eprintln!("  {:<5} {:<20} {}", entry.id, terms::cadence(entry.cadence), entry.title);
        }
        for _ in 0..3 {
            if let Some(answer) = input.ask(&crate::t!("new-ask-entry"), None)? {
                if let Some(entry) = repo.catalogue.entry(&answer) {
                    return Ok(entry);
                }
                match closest_entry(repo, &answer) {
                    Some(meant) => eprintln!("{}", crate::t!("new-no-such-entry-did-you-mean", answer = answer.as_str(), meant = meant)),
                    None => eprintln!("{}", crate::t!("new-no-such-entry", answer = answer.as_str())),
                }
            }
        }
    }
    let ids: Vec<&str> = repo.catalogue.entries().map(|e| e.id.as_str()).collect();
    Err(Refusal::new(crate::t!("new-which-entry"), crate::t!("new-which-entry-help", ids = ids.join(" "))).into())
}

/// The catalogue's entry id `id` most likely means (`3.l` → `3.1`).
fn closest_entry<'a>(repo: &'a Repo, id: &str) -> Option<&'a str> {
    closest(id, repo.catalogue.entries().map(|e| e.id.as_str()))
}

pub(super) fn cadence_refusal(entry: &Entry, flag: &str, what: &str) -> anyhow::Error {
    Refusal::new(
        crate::t!(
            "new-flag-does-not-fit",
            entry = entry.id.as_str(),
            title = entry.title.as_str(),
            cadence = terms::cadence(entry.cadence),
            flag = flag
        ),
        crate::t!("new-nothing-written-because", what = what),
    )
    .into()
}

/// What this entry takes, in words, for refusals.
pub(super) fn usage(entry: &Entry, as_of: NaiveDate) -> String {
    match entry.cadence {
        Cadence::Periodic(kind) => crate::t!(
            "new-usage-periodic",
            entry = entry.id.as_str(),
            example = Period::containing(kind, as_of).previous().to_string()
        ),
        Cadence::Immediate => crate::t!("new-usage-immediate", entry = entry.id.as_str()),
        Cadence::Staged => crate::t!("new-usage-staged", entry = entry.id.as_str()),
        Cadence::Standing => crate::t!("new-usage-standing", entry = entry.id.as_str()),
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
        Cadence::Periodic(kind) => fields.period = Some(period_for(cx, repo, entry, kind, args.period.as_deref(), input)?),
        Cadence::Immediate | Cadence::Staged => {
            fields.event = Some(event_for(cx, entry, args.event, input, &help)?);
            if cadence == Cadence::Staged {
                fields.matter = Some(text_for(repo, entry, Text::Matter, args.matter.as_deref(), input, &help)?);
                fields.stage = Some(text_for(repo, entry, Text::Stage, args.stage.as_deref(), input, &help)?);
            }
        }
        Cadence::Standing => {
            if let Some(old) = args.supersedes.as_deref() {
                match repo.item(old) {
                    Some(item) if item.entry == entry.id => fields.supersedes = Some(old.to_string()),
                    _ => {
                        let same: Vec<&str> = repo.items.iter().filter(|i| i.entry == entry.id).map(|i| i.id.as_str()).collect();
                        let choices = match closest(old, same.iter().copied()) {
                            Some(meant) => crate::t!("new-supersedes-did-you-mean", meant = meant, items = same.join(" ")),
                            None if same.is_empty() => crate::t!("new-supersedes-no-items", entry = entry.id.as_str()),
                            None => crate::t!("new-supersedes-items", entry = entry.id.as_str(), items = same.join(" ")),
                        };
                        return Err(Refusal::new(
                            crate::t!("new-supersedes-unknown", old = old, entry = entry.id.as_str()),
                            crate::t!("new-nothing-written-because", what = choices),
                        )
                        .into());
                    }
                }
            }
        }
    }
    Ok(fields)
}

fn period_for(cx: &Context, repo: &Repo, entry: &Entry, kind: PeriodKind, given: Option<&str>, input: &mut Input) -> Result<Period> {
    let last_ended = Period::containing(kind, cx.as_of).previous();
    let offered = period_to_write(repo, &entry.id, kind, cx.as_of);
    let kind_words = terms::period_kind(kind);
    let text = if let Some(text) = given {
        text.trim().to_string()
    } else {
        let question = crate::t!("new-ask-period", entry = entry.id.as_str(), kind = kind_words.as_str());
        if let Some(answer) = input.ask(&question, Some(&offered.to_string()))? {
            answer
        } else {
            let help = if offered == last_ended {
                crate::t!("new-needs-period-help", period = last_ended.to_string(), kind = kind_words.as_str())
            } else {
                crate::t!("new-needs-period-help-unwritten", period = offered.to_string(), kind = kind_words.as_str())
            };
            return Err(Refusal::new(
                crate::t!(
                    "new-needs-period",
                    entry = entry.id.as_str(),
                    title = entry.title.as_str(),
                    kind = kind_words.as_str()
                ),
                help,
            )
            .into());
        }
    };
    let examples = crate::t!(
        "new-period-examples",
        entry = entry.id.as_str(),
        kind = kind_words.as_str(),
        example = last_ended.to_string()
    );
    match text.parse::<Period>() {
        Ok(period) if period.kind == kind => Ok(period),
        Ok(period) => Err(Refusal::new(
            crate::t!(
                "new-period-wrong-kind",
                text = text.as_str(),
                given = terms::period_kind(period.kind),
                entry = entry.id.as_str(),
                title = entry.title.as_str(),
                kind = kind_words.as_str()
            ),
            crate::t!("new-nothing-written-because", what = examples),
        )
        .into()),
        Err(error) => Err(Refusal::new(error.to_string(), crate::t!("new-nothing-written-because", what = examples)).into()),
    }
}

fn event_for(cx: &Context, entry: &Entry, given: Option<NaiveDate>, input: &mut Input, help: &str) -> Result<NaiveDate> {
    if let Some(event) = given {
        return Ok(event);
    }
    match input.ask(&crate::t!("new-ask-event"), Some(&cx.as_of.to_string()))? {
        Some(answer) => crate::cli::parse_date(&answer).map_err(|message| Refusal::new(message, crate::t!("new-nothing-written-short")).into()),
        None => Err(Refusal::new(
            crate::t!(
                "new-needs-event",
                entry = entry.id.as_str(),
                title = entry.title.as_str(),
                cadence = terms::cadence(entry.cadence)
            ),
            crate::t!("new-nothing-written-because", what = help),
        )
        .into()),
    }
}

/// The two texts a staged item needs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Text {
    /// `--matter`: the matter the stages belong to.
    Matter,
    /// `--stage`: this stage.
    Stage,
}

fn text_for(repo: &Repo, entry: &Entry, which: Text, given: Option<&str>, input: &mut Input, help: &str) -> Result<String> {
    let existing: BTreeSet<&str> = repo.items.iter().filter(|i| i.entry == entry.id).filter_map(|i| i.matter.as_deref()).collect();
    let matters = (which == Text::Matter && !existing.is_empty()).then(|| {
        existing
            .iter()
            .map(|m| format!("\"{m}\""))
            .collect::<Vec<_>>()
            .join(&crate::t!("list-separator"))
    });
    let (flag, what) = match which {
        Text::Matter => ("--matter", crate::t!("new-what-matter")),
        Text::Stage => ("--stage", crate::t!("new-what-stage")),
    };
    let answer = if let Some(text) = given {
        Some(text.to_string())
    } else {
        let question = match (which, &matters) {
            (Text::Matter, Some(matters)) => crate::t!("new-ask-matter-known", matters = matters.as_str()),
            (Text::Matter, None) => crate::t!("new-ask-matter"),
            (Text::Stage, _) => crate::t!("new-ask-stage"),
        };
        input.ask(&question, None)?
    };
    match answer.map(|a| a.trim().to_string()) {
        Some(text) if !text.is_empty() => Ok(text),
        Some(_) => Err(Refusal::new(
            crate::t!("new-flag-empty", flag = flag),
            crate::t!("new-flag-empty-help", flag = flag, what = what.as_str()),
        )
        .into()),
        None => {
            let message = match &matters {
                Some(matters) => crate::t!(
                    "new-needs-text-known",
                    entry = entry.id.as_str(),
                    title = entry.title.as_str(),
                    flag = flag,
                    what = what.as_str(),
                    matters = matters.as_str()
                ),
                None => crate::t!(
                    "new-needs-text",
                    entry = entry.id.as_str(),
                    title = entry.title.as_str(),
                    flag = flag,
                    what = what.as_str()
                ),
            };
            Err(Refusal::new(message, crate::t!("new-nothing-written-because", what = help)).into())
        }
    }
}
