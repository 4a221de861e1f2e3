//! `disclose feedback new` (also `add`): checks the flags, takes the text as received
//! (standard input, a prompt on a terminal, or $EDITOR), and writes a new case file that
//! never overwrites. A case is an opinion (the default), a request to disclose (依申请公开)
//! or a correction request (更正申请, about a published item); requests and correction
//! requests get the limit of `[requests] working_days`, opinions that of
//! `[feedback] working_days`. Channels, `--from` and `--kind` are accepted in Chinese too.

use std::collections::BTreeSet;
use std::io::{IsTerminal, Read};
use std::path::Path;

use anyhow::{Context as _, Result};
use chrono::{Datelike, NaiveDate};
use serde_json::json;
use toml_edit::{DocumentMut, Item, Value};

use super::{non_empty, working_days_after, LimitSource};
use crate::cli::Format;
use crate::commands::context::{lock_repository, Context, Refusal};
use crate::diag::Findings;
use crate::load::walk::files_with_extension;
use crate::model::feedback::channel_from_user_text;
use crate::model::{CaseKind, Repo, Sender};
use crate::rules::identity::{identity_in, Identity};
use crate::rules::personal::find_personal_data;
use crate::store::edit::date_item;
use crate::store::readback::{read_back_front_matter, text_value, Shape};
use crate::store::write_new;
use crate::{t, EXIT_OK};

/// The flags of `feedback new`.
#[derive(Debug)]
pub struct Intake {
    /// `opinion`, `request` or `correction` (or their Chinese names).
    pub kind: String,
    /// How it arrived.
    pub channel: String,
    /// The publishable one-line summary.
    pub summary: String,
    /// `public` or `member`.
    pub from: String,
    /// Private: the person's name.
    pub name: Option<String>,
    /// Private: how to reach them.
    pub contact: Option<String>,
    /// The entry or item it concerns.
    pub about: Option<String>,
    /// When it arrived (default: today).
    pub received: Option<NaiveDate>,
    /// Take the text from $EDITOR.
    pub edit: bool,
}

/// Records a new case.
pub fn run(cx: &Context, intake: &Intake) -> Result<i32> {
    cx.require_format("feedback new", &[Format::Text, Format::Json])?;
    let (repo, _) = cx.load()?;
    let received = intake.received.unwrap_or(cx.as_of);
    let checked = validate(cx, &repo, intake, received)?;
    let working_days = repo.config.case_working_days(checked.kind);
    let deadline = working_days_after(cx, &repo, received, working_days, LimitSource::Config(checked.kind))?;
    let front = case_front_matter(intake, &checked, received, deadline.due)?;
    let body = opinion_text(intake.edit)?;
    // Under the lock from choosing the id to writing the file (not while the text is
    // typed), so that cases recorded at the same time get different ids.
    let lock = lock_repository(&repo.root, "feedback new")?;
    let id = free_id(&repo, received);
    let relative = format!("feedback/{}/{id}.md", received.year());
    write_new(&repo.root.join(&relative), format!("{front}{body}").as_bytes())?;
    drop(lock);
    if cx.format == Format::Json {
        println!(
            "{}",
            serde_json::to_string_pretty(
                &json!({ "id": id, "file": relative, "kind": checked.kind.as_str(), "received_on": received, "due_on": deadline.due, "status": "received" })
            )?
        );
        return Ok(EXIT_OK);
    }
    let (id_text, due, received) = (cx.paint.bold(&id), deadline.due.to_string(), received.to_string());
    let recorded = match checked.kind {
        CaseKind::Opinion => t!("feedback-add-recorded", id = id_text, file = relative.as_str()),
        CaseKind::Request => t!("feedback-add-recorded-request", id = id_text, file = relative.as_str()),
        CaseKind::Correction => t!("feedback-add-recorded-correction", id = id_text, file = relative.as_str()),
    };
    println!("{recorded}");
    println!("{}", t!("feedback-add-due", due = due, days = working_days, received = received));
    if checked.kind.is_decided() {
        println!("{}", t!("feedback-add-next-decide", id = id.as_str()));
    } else {
        println!("{}", t!("feedback-add-next", id = id.as_str()));
    }
    Ok(EXIT_OK)
}

/// The flags read as the file words: the kind, the channel of disclose.toml and the sender.
#[derive(Debug)]
struct Checked {
    kind: CaseKind,
    channel: String,
    from: Sender,
}

/// Every refusal happens here, before any text is read or anything written.
fn validate(cx: &Context, repo: &Repo, intake: &Intake, received: NaiveDate) -> Result<Checked> {
    let Some(kind) = CaseKind::from_user_text(&intake.kind) else {
        return Err(Refusal::new(
            t!("feedback-add-kind-unknown", kind = intake.kind.escape_debug().to_string()),
            t!("feedback-add-kind-unknown-help"),
        )
        .into());
    };
    let Some(channel) = channel_from_user_text(&intake.channel, &repo.config.channels) else {
        return Err(Refusal::new(
            t!("feedback-add-channel-unknown", channel = intake.channel.escape_debug().to_string()),
            t!("feedback-add-channel-unknown-help", channels = repo.config.channels.join(&t!("list-separator"))),
        )
        .into());
    };
    let Some(from) = Sender::from_user_text(&intake.from) else {
        return Err(Refusal::new(
            t!("feedback-add-from-unknown", from = intake.from.escape_debug().to_string()),
            t!("feedback-add-from-unknown-help"),
        )
        .into());
    };
    non_empty("--summary", &intake.summary, "群众反映门诊排队时间长")?;
    let summary = intake.summary.trim();
    if summary.contains('\n') || summary.contains('\r') {
        return Err(Refusal::new(t!("feedback-add-summary-lines"), t!("feedback-add-summary-lines-help")).into());
    }
    if let Some(hit) = find_personal_data(summary).first() {
        return Err(Refusal::new(
            t!("feedback-add-summary-personal", what = hit.kind.describe()),
            t!("feedback-add-summary-personal-help"),
        )
        .into());
    }
    if let Some(identity) = identity_in(summary, intake.name.as_deref(), intake.contact.as_deref()) {
        let value = match identity {
            Identity::Name => intake.name.as_deref(),
            Identity::Contact => intake.contact.as_deref(),
        };
        let value = value.unwrap_or_default().trim().to_string();
        let (message, help) = match identity {
            Identity::Name => (t!("feedback-add-summary-names", value = value), t!("feedback-add-summary-names-help")),
            Identity::Contact => (t!("feedback-add-summary-contact", value = value), t!("feedback-add-summary-contact-help")),
        };
        return Err(Refusal::new(message, help).into());
    }
    match (&intake.about, kind) {
        (Some(about), CaseKind::Correction) if repo.item(about).is_none() => {
            return Err(Refusal::new(
                t!("feedback-add-correction-about-unknown", about = about.escape_debug().to_string()),
                t!("feedback-add-correction-about-help"),
            )
            .into());
        }
        (None, CaseKind::Correction) => {
            return Err(Refusal::new(t!("feedback-add-correction-about-missing"), t!("feedback-add-correction-about-help")).into());
        }
        (Some(about), _) if repo.catalogue.entry(about).is_none() && repo.item(about).is_none() => {
            return Err(Refusal::new(
                t!("feedback-add-about-unknown", about = about.escape_debug().to_string()),
                t!("feedback-add-about-unknown-help"),
            )
            .into());
        }
        _ => {}
    }
    if received > cx.as_of {
        return Err(Refusal::new(
            t!("feedback-add-received-future", received = received.to_string(), today = cx.as_of.to_string()),
            t!("feedback-add-received-future-help"),
        )
        .into());
    }
    Ok(Checked {
        kind,
        channel: channel.clone(),
        from,
    })
}

/// The opinion as received: from $EDITOR, from piped standard input, or typed at a prompt.
fn opinion_text(edit: bool) -> Result<String> {
    let raw = if edit {
        from_editor()?
    } else {
        let mut stdin = std::io::stdin();
        if stdin.is_terminal() {
            eprintln!("{}", t!("feedback-add-prompt"));
        }
        let mut text = String::new();
        stdin.read_to_string(&mut text).map_err(|error| {
            Refusal::new(
                t!("feedback-add-stdin-unreadable", error = error.to_string()),
                t!("feedback-add-stdin-unreadable-help"),
            )
        })?;
        text
    };
    let text = raw.trim_start_matches('\u{feff}').replace("\r\n", "\n");
    let text = text.trim_start_matches('\n').trim_end();
    if text.trim().is_empty() {
        return Err(Refusal::new(t!("feedback-add-text-missing"), t!("feedback-add-text-missing-help")).into());
    }
    Ok(format!("{text}\n"))
}

/// Opens the editor (see [`crate::editor`]) on an empty temporary file and
/// returns what was saved.
fn from_editor() -> Result<String> {
    let editor = crate::editor::editor().ok_or_else(|| Refusal::new(t!("feedback-add-editor-missing"), t!("feedback-add-editor-missing-help")))?;
    let file = crate::store::ops::scratch_file("disclose-opinion-", ".md").with_context(|| t!("feedback-add-editor-scratch"))?;
    let status = editor.open(file.path()).status().map_err(|error| {
        Refusal::new(
            t!("feedback-add-editor-failed", editor = editor.to_string(), error = error.to_string()),
            t!("feedback-add-editor-failed-help"),
        )
    })?;
    if !status.success() {
        return Err(Refusal::new(
            t!("feedback-add-editor-exit", editor = editor.to_string(), status = status.to_string()),
            t!("feedback-add-editor-exit-help"),
        )
        .into());
    }
    let bytes = std::fs::read(file.path()).with_context(|| t!("feedback-add-editor-readback"))?;
    String::from_utf8(bytes).map_err(|_| Refusal::new(t!("feedback-add-editor-not-utf8"), t!("feedback-add-editor-not-utf8-help")).into())
}

/// `<received>-<n>` with the smallest n that no file under feedback/ uses (ignoring case).
fn free_id(repo: &Repo, received: NaiveDate) -> String {
    let mut ignored = Findings::new();
    let mut taken: BTreeSet<String> = files_with_extension(&repo.root, "feedback", "md", &mut ignored)
        .iter()
        .filter_map(|path| Path::new(path).file_stem().map(|s| s.to_string_lossy().to_lowercase()))
        .collect();
    taken.extend(repo.cases.iter().map(|case| case.id.to_lowercase()));
    let mut n = 1;
    while taken.contains(&format!("{received}-{n}")) {
        n += 1;
    }
    format!("{received}-{n}")
}

/// The new file's front matter, fences included, in the documented key order; the
/// opinion follows it. Every value is checked and read back before anything is written.
fn case_front_matter(intake: &Intake, checked: &Checked, received: NaiveDate, due: NaiveDate) -> Result<String> {
    let mut document = DocumentMut::new();
    if checked.kind.is_decided() {
        document.insert("kind", Item::Value(Value::from(checked.kind.as_str())));
    }
    document.insert("received_on", date_item(received));
    document.insert("channel", Item::Value(text_value("--channel", &checked.channel, Shape::Line)?));
    document.insert("from", Item::Value(Value::from(checked.from.as_str())));
    for (key, value) in [("name", &intake.name), ("contact", &intake.contact), ("about", &intake.about)] {
        if let Some(value) = value.as_deref().filter(|v| !v.trim().is_empty()) {
            document.insert(key, Item::Value(text_value(&format!("--{key}"), value.trim(), Shape::Line)?));
        }
    }
    document.insert("summary", Item::Value(text_value("--summary", intake.summary.trim(), Shape::Line)?));
    document.insert("due_on", date_item(due));
    document.insert("status", Item::Value(Value::from("received")));
    let front = format!("+++\n{document}+++\n");
    read_back_front_matter(&document, &front).with_context(|| t!("feedback-add-readback"))?;
    Ok(front)
}
