//! `disclose meeting record --kind members|leading-group --on DATE [--bulletin QUARTER]
//! [--attended N --of M] [--decision TEXT]…`: writes a new meeting file,
//! `meetings/<year>/<date>-<kind>.md` (`-2`, `-3` … when one exists; never overwrites),
//! under the repository lock. A members' meeting that names a bulletin announces it:
//! from then on the bulletin is frozen.

use std::fmt::Write as _;

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use toml_edit::{value, DocumentMut};

use crate::cli::MeetingAction;
use crate::commands::context::{lock_repository, Context, Refusal};

use crate::model::meeting::MeetingKind;
use crate::obligations::period::{Period, PeriodKind};
use crate::render::bulletin::bulletin_paths;
use crate::render::locale;
use crate::store::edit::date_item;
use crate::store::write_new;
use crate::EXIT_OK;

/// Runs `meeting`.
pub fn run(cx: &Context, action: MeetingAction) -> Result<i32> {
    match action {
        MeetingAction::Record {
            kind,
            on,
            bulletin,
            attended,
            of,
            decisions,
        } => record(cx, &kind, on, bulletin.as_deref(), attended.zip(of), &decisions),
    }
}

fn refuse(message: impl Into<String>, help: impl Into<String>) -> anyhow::Error {
    Refusal::new(message, help).into()
}

fn record(cx: &Context, kind: &str, on: NaiveDate, bulletin: Option<&str>, attendance: Option<(u32, u32)>, decisions: &[String]) -> Result<i32> {
    let Some(kind) = MeetingKind::from_word(kind) else {
        return Err(refuse(crate::t!("meeting-unknown-kind", kind = kind), crate::t!("meeting-unknown-kind-help")));
    };
    if on > cx.as_of {
        return Err(refuse(
            crate::t!("meeting-in-future", on = on.to_string(), today = cx.as_of.to_string()),
            crate::t!("meeting-in-future-help"),
        ));
    }
    if let Some((attended, of)) = attendance.filter(|(attended, of)| attended > of) {
        return Err(refuse(
            crate::t!("meeting-attendance", attended = attended, of = of),
            crate::t!("meeting-attendance-help"),
        ));
    }
    let quarter = bulletin.map(|text| parse_bulletin(kind, text, on)).transpose()?;
    let root = cx.root()?;
    let _lock = lock_repository(&root, "meeting record")?;
    let (repo, _) = cx.load()?;
    if let Some(quarter) = quarter {
        let (markdown, _) = bulletin_paths(&repo, quarter);
        if !repo.root.join(&markdown).is_file() {
            return Err(refuse(
                crate::t!("meeting-no-bulletin", file = markdown.as_str()),
                crate::t!("meeting-no-bulletin-help", quarter = quarter.to_string()),
            ));
        }
    }
    let mut document = DocumentMut::new();
    document["kind"] = value(kind.as_str());
    document["on"] = date_item(on);
    if let Some(quarter) = quarter {
        document["bulletin"] = value(quarter.to_string());
    }
    if let Some((attended, of)) = attendance {
        document["attended"] = value(i64::from(attended));
        document["of"] = value(i64::from(of));
    }
    if !decisions.is_empty() {
        let mut array = toml_edit::Array::new();
        for decision in decisions {
            array.push(decision.trim());
        }
        document["decisions"] = value(array);
    }
    let text = format!("+++\n{document}+++\n{}", minutes(repo.config.locale, kind, on, quarter, attendance, decisions));
    let folder = format!("meetings/{}", on.year());
    crate::store::create_dir_all(&repo.root.join(&folder))?;
    for n in 1..1000 {
        let suffix = if n == 1 { String::new() } else { format!("-{n}") };
        let relative = format!("{folder}/{on}-{}{suffix}.md", kind.as_str());
        let path = repo.root.join(&relative);
        if std::fs::symlink_metadata(&path).is_ok() {
            continue;
        }
        write_new(&path, text.as_bytes())?;
        println!("{}", crate::t!("meeting-wrote", file = relative.as_str()));
        if let Some(quarter) = quarter {
            println!("{}", crate::t!("meeting-announced", quarter = quarter.to_string()));
        }
        println!("{}", crate::t!("meeting-write-minutes", file = relative.as_str()));
        return Ok(EXIT_OK);
    }
    Err(refuse(
        crate::t!("meeting-too-many", folder = folder.as_str(), on = on.to_string()),
        crate::t!("meeting-too-many-help"),
    ))
}

fn parse_bulletin(kind: MeetingKind, text: &str, on: NaiveDate) -> Result<Period> {
    if kind != MeetingKind::Members {
        return Err(refuse(
            crate::t!("meeting-leading-group-bulletin"),
            crate::t!("meeting-leading-group-bulletin-help"),
        ));
    }
    let quarter = match text.parse::<Period>() {
        Ok(period) if period.kind == PeriodKind::Quarter => period,
        _ => {
            return Err(refuse(
                crate::t!("meeting-bulletin-not-quarter", text = text),
                crate::t!("meeting-bulletin-not-quarter-help"),
            ))
        }
    };
    // Announcing freezes the bulletin, and a bulletin covers its quarter to the last day.
    if on <= quarter.end() {
        return Err(refuse(
            crate::t!(
                "meeting-bulletin-too-early",
                on = on.to_string(),
                quarter = quarter.to_string(),
                end = quarter.end().to_string()
            ),
            crate::t!("meeting-bulletin-too-early-help"),
        ));
    }
    Ok(quarter)
}

/// The minutes' skeleton, in the repository's language.
fn minutes(
    locale: crate::model::config::Locale,
    kind: MeetingKind,
    on: NaiveDate,
    quarter: Option<Period>,
    attendance: Option<(u32, u32)>,
    decisions: &[String],
) -> String {
    let mut out = format!("# {} {}\n\n", locale::date(locale, on), kind.chinese());
    if let Some((attended, of)) = attendance {
        let _ = writeln!(out, "应到 {of} 人，实到 {attended} 人。\n");
    }
    if let Some(quarter) = quarter {
        let _ = writeln!(out, "通报{}党务公开情况（党员通报 {quarter}）。\n", locale::period(locale, quarter));
    }
    if !decisions.is_empty() {
        out.push_str("## 决定事项\n\n");
        for (index, decision) in decisions.iter().enumerate() {
            let _ = writeln!(out, "{}. {}", index + 1, decision.trim());
        }
        out.push('\n');
    }
    out.push_str("## 会议记录\n\n");
    out
}
