//! `disclose feedback new`: checks the flags, takes the opinion text (standard input, a
//! prompt on a terminal, or $EDITOR), and writes a new case file that never overwrites.

use std::collections::BTreeSet;
use std::io::{IsTerminal, Read};
use std::path::Path;

use anyhow::{Context as _, Result};
use chrono::{Datelike, NaiveDate};
use serde_json::json;
use toml_edit::{DocumentMut, Item, Value};

use super::{non_empty, working_days_after};
use crate::cli::Format;
use crate::commands::context::{lock_repository, Context, Refusal};
use crate::diag::Findings;
use crate::load::walk::files_with_extension;
use crate::model::Repo;
use crate::rules::identity::{identity_in, Identity};
use crate::rules::personal::find_personal_data;
use crate::store::edit::date_item;
use crate::store::readback::{read_back_front_matter, text_value, Shape};
use crate::store::write_new;
use crate::EXIT_OK;

/// The flags of `feedback new`.
#[derive(Debug)]
pub struct Intake {
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
    validate(cx, &repo, intake, received)?;
    let deadline = working_days_after(cx, &repo, received, repo.config.working_days, "the handling limit (working_days)")?;
    let front = case_front_matter(intake, received, deadline.due)?;
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
            serde_json::to_string_pretty(&json!({ "id": id, "file": relative, "received_on": received, "due_on": deadline.due, "status": "received" }))?
        );
        return Ok(EXIT_OK);
    }
    println!("Recorded feedback case {} in {relative}.", cx.paint.bold(&id));
    println!(
        "Due on {}: {} working days after {received}, the day of receipt not counted.",
        deadline.due, repo.config.working_days
    );
    println!("Next: log each step with `disclose feedback log {id} --note \"…\"`, answer with `disclose feedback respond {id} --text \"…\"`.");
    Ok(EXIT_OK)
}

/// Every refusal happens here, before any text is read or anything written.
fn validate(cx: &Context, repo: &Repo, intake: &Intake, received: NaiveDate) -> Result<()> {
    if !repo.config.channels.contains(&intake.channel) {
        return Err(Refusal::new(
            format!(
                "\"{}\" is not one of the feedback channels in disclose.toml; nothing was written",
                intake.channel.escape_debug()
            ),
            format!(
                "use one of: {}; or add the channel to `[feedback] channels` in disclose.toml",
                repo.config.channels.join(", ")
            ),
        )
        .into());
    }
    if !matches!(intake.from.as_str(), "public" | "member") {
        return Err(Refusal::new(
            format!("--from \"{}\" is neither public nor member", intake.from.escape_debug()),
            "use --from public (the default) or --from member (a party member)",
        )
        .into());
    }
    non_empty("--summary", &intake.summary, "群众反映门诊排队时间长")?;
    let summary = intake.summary.trim();
    if summary.contains('\n') || summary.contains('\r') {
        return Err(Refusal::new(
            "--summary has more than one line",
            "give a one-line summary; the full text goes into the case's body",
        )
        .into());
    }
    if let Some(hit) = find_personal_data(summary).first() {
        return Err(Refusal::new(
            format!(
                "--summary holds {}; the summary may be published, so it must not identify the person",
                hit.kind.describe()
            ),
            "leave numbers out of the summary and give them with --contact, which stays private",
        )
        .into());
    }
    if let Some(identity) = identity_in(summary, intake.name.as_deref(), intake.contact.as_deref()) {
        let (what, flag, value) = match identity {
            Identity::Name => ("names the person", "--name", intake.name.as_deref()),
            Identity::Contact => ("gives the person's contact", "--contact", intake.contact.as_deref()),
        };
        return Err(Refusal::new(
            format!(
                "--summary {what} (\"{}\"); the summary may be published, so it must not identify them",
                value.unwrap_or_default().trim()
            ),
            format!(
                "say who in general words (群众, 党员, 签约居民 …); the {} stays in {flag}, which is never published",
                identity.key()
            ),
        )
        .into());
    }
    if let Some(about) = &intake.about {
        if repo.catalogue.entry(about).is_none() && repo.item(about).is_none() {
            return Err(Refusal::new(
                format!("--about \"{}\" is neither a catalogue entry nor an item", about.escape_debug()),
                "give an entry id such as 7.2 (see `disclose catalogue list`) or an item id (its file name without .md), or leave --about out",
            )
            .into());
        }
    }
    if received > cx.as_of {
        return Err(Refusal::new(
            format!("--received {received} is after today ({})", cx.as_of),
            "give the day the opinion arrived; a case cannot be received in the future",
        )
        .into());
    }
    Ok(())
}

/// The opinion as received: from $EDITOR, from piped standard input, or typed at a prompt.
fn opinion_text(edit: bool) -> Result<String> {
    let raw = if edit {
        from_editor()?
    } else {
        let mut stdin = std::io::stdin();
        if stdin.is_terminal() {
            eprintln!("Type or paste the opinion as received (it stays private), then press Ctrl-D on a line of its own:");
        }
        let mut text = String::new();
        stdin.read_to_string(&mut text).map_err(|error| {
            Refusal::new(
                format!("could not read the opinion text from standard input: {error}"),
                "pass UTF-8 text (convert a GBK file first, e.g. with iconv -f GBK -t UTF-8)",
            )
        })?;
        text
    };
    let text = raw.trim_start_matches('\u{feff}').replace("\r\n", "\n");
    let text = text.trim_start_matches('\n').trim_end();
    if text.trim().is_empty() {
        return Err(Refusal::new(
            "no opinion text was given; nothing was written",
            "pipe it in (`disclose feedback new … < opinion.txt`), type it at the prompt, or use --edit to write it in your editor",
        )
        .into());
    }
    Ok(format!("{text}\n"))
}

/// Opens the editor (see [`crate::editor`]) on an empty temporary file and
/// returns what was saved.
fn from_editor() -> Result<String> {
    let editor = crate::editor::editor().ok_or_else(|| {
        Refusal::new(
            "--edit needs an editor, but neither $VISUAL nor $EDITOR is set",
            "set one (e.g. export EDITOR=nano), or pipe the text in instead of --edit",
        )
    })?;
    let file = crate::store::ops::scratch_file("disclose-opinion-", ".md").context("could not create a temporary file for the editor")?;
    let status = editor.open(file.path()).status().map_err(|error| {
        Refusal::new(
            format!("could not start the editor `{editor}`: {error}"),
            "check $VISUAL / $EDITOR, or pipe the text in instead of --edit",
        )
    })?;
    if !status.success() {
        return Err(Refusal::new(
            format!("the editor `{editor}` exited with {status}; nothing was written"),
            "run the command again and save the text before leaving the editor",
        )
        .into());
    }
    let bytes = std::fs::read(file.path()).context("could not read back the editor's file")?;
    String::from_utf8(bytes).map_err(|_| Refusal::new("the text saved in the editor is not UTF-8", "save it as UTF-8 and try again").into())
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
fn case_front_matter(intake: &Intake, received: NaiveDate, due: NaiveDate) -> Result<String> {
    let mut document = DocumentMut::new();
    document.insert("received_on", date_item(received));
    document.insert("channel", Item::Value(text_value("--channel", intake.channel.trim(), Shape::Line)?));
    document.insert("from", Item::Value(text_value("--from", intake.from.trim(), Shape::Line)?));
    for (key, value) in [("name", &intake.name), ("contact", &intake.contact), ("about", &intake.about)] {
        if let Some(value) = value.as_deref().filter(|v| !v.trim().is_empty()) {
            document.insert(key, Item::Value(text_value(&format!("--{key}"), value.trim(), Shape::Line)?));
        }
    }
    document.insert("summary", Item::Value(text_value("--summary", intake.summary.trim(), Shape::Line)?));
    document.insert("due_on", date_item(due));
    document.insert("status", Item::Value(Value::from("received")));
    let front = format!("+++\n{document}+++\n");
    read_back_front_matter(&document, &front).context("could not record the case")?;
    Ok(front)
}
