//! The root cause first. A file that does not load (a misspelt key, a date written
//! wrongly, GBK text, broken TOML) has its own finding; what follows from its absence is
//! not a problem of its own, and is marked as a consequence of that file
//! ([`Finding::caused_by`](crate::diag::Finding)), which puts it after every root cause
//! in the output and says which file to fix first.
//!
//! **Decision: consequences are marked, not left out.** They stay in the output (and in
//! the counts), because the tool cannot be sure what the broken file would have said; a
//! consequence that is real (the file was indeed for another period) is still seen.
//! What counts as a consequence:
//!
//! - of an item file that did not load, or whose `period` is not a period: the
//!   `obligation-overdue` findings of the entry its front matter names (`entry = "…"`,
//!   read line by line from the file as it is, even when it is GBK or not valid TOML),
//!   for the period it names (every period of that entry when it names none that can be
//!   read, or one of the wrong kind, such as a month on a quarterly entry), and `unknown-reference` findings of items whose `supersedes`, or feedback
//!   cases whose `about`, names it;
//! - of a catalogue file that did not load: `catalogue-changed` (its entries are missing
//!   from the catalogue's meaning), `unknown-entry` findings of items that name one of
//!   the entry ids the file holds (any entry id, when none can be read from it), and
//!   `unknown-reference` findings of cases whose `about` names one of them.

use std::collections::BTreeSet;

use crate::diag::{Code, Finding, Findings, Level};
use crate::load::frontmatter::split;
use crate::model::Repo;

/// A file that did not load (or an item whose period could not be read), and what it
/// would have provided.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Cause {
    /// The file, relative to the root.
    file: String,
    /// The entry ids it names (an item: one; a catalogue file: its entries).
    entries: Vec<String>,
    /// An item's period as written, when it is one.
    period: Option<String>,
}

/// Marks every finding that follows from a file that did not load (see the module's
/// documentation).
pub fn mark_consequences(repo: &Repo, findings: &mut Findings) {
    let (items, catalogues) = causes(repo, findings);
    if items.is_empty() && catalogues.is_empty() {
        return;
    }
    findings.mark_consequences(|finding| cause_of(repo, &items, &catalogues, finding));
}

/// The files that did not load: item files and catalogue files with an error and no
/// item or category loaded from them; and loaded items whose period is not a period.
fn causes(repo: &Repo, findings: &Findings) -> (Vec<Cause>, Vec<Cause>) {
    let loaded_items: BTreeSet<&str> = repo.items.iter().map(|item| item.file.as_str()).collect();
    let loaded_categories: BTreeSet<&str> = repo.catalogue.categories.iter().map(|c| c.file.as_str()).collect();
    let broken: BTreeSet<&str> = findings.iter().filter(|f| f.level == Level::Error).filter_map(|f| f.file.as_deref()).collect();
    let mut items = Vec::new();
    let mut catalogues = Vec::new();
    for file in broken {
        if file.starts_with("items/") && has_extension(file, "md") && !loaded_items.contains(file) {
            let text = read_any(repo, file);
            let front = split(&text).map_or(text.as_str(), |parts| parts.front);
            items.push(Cause {
                file: file.to_string(),
                entries: top_level_value(front, "entry").into_iter().collect(),
                period: top_level_value(front, "period"),
            });
        } else if file.starts_with("catalogue/") && has_extension(file, "toml") && !loaded_categories.contains(file) {
            let text = read_any(repo, file);
            catalogues.push(Cause {
                file: file.to_string(),
                entries: text.lines().filter_map(|line| value_of(line, "id")).collect(),
                period: None,
            });
        }
    }
    // A period of the wrong kind (`2026-03` on a quarterly entry) hides the period meant
    // as surely as one that is no period: its entry's overdue periods follow from it too.
    let wrong_kind: BTreeSet<&str> = findings
        .iter()
        .filter(|f| f.level == Level::Error && matches!(f.code, Code::BadPeriod | Code::CadenceMismatch))
        .filter_map(|f| f.file.as_deref())
        .collect();
    for item in &repo.items {
        if (item.period.is_none() && item.period_text.is_some()) || wrong_kind.contains(item.file.as_str()) {
            items.push(Cause {
                file: item.file.clone(),
                entries: vec![item.entry.to_string()],
                period: item
                    .period
                    .map(|period| period.to_string())
                    .or_else(|| item.period_text.as_ref().map(ToString::to_string)),
            });
        }
    }
    (items, catalogues)
}

/// Whether a period written as `written` may have been meant for the obligation of
/// `due`: the same period; one that is no period at all (meant for any); or one of the
/// wrong kind that begins inside it (`2026-03` on a quarterly entry means 2026-Q1).
fn may_mean(written: &str, due: &str) -> bool {
    use crate::obligations::period::Period;
    if written == due {
        return true;
    }
    match (written.parse::<Period>(), due.parse::<Period>()) {
        (Err(_), _) => true,
        (Ok(written), Ok(due)) => due.contains(written.start()),
        (Ok(_), Err(_)) => false,
    }
}

/// The file `finding` follows from, if any.
fn cause_of(repo: &Repo, items: &[Cause], catalogues: &[Cause], finding: &Finding) -> Option<String> {
    let own = |cause: &&Cause| finding.file.as_deref() != Some(cause.file.as_str());
    match finding.code {
        Code::ObligationOverdue => {
            let entry = finding.entry.as_deref()?;
            let of_entry = || items.iter().filter(own).filter(|cause| cause.entries.iter().any(|e| e == entry));
            // The file written for this very period first; then one whose period cannot
            // be read or is of the wrong kind, which may have been meant for any period.
            of_entry()
                .find(|cause| cause.period.is_some() && cause.period == finding.period)
                .or_else(|| {
                    of_entry().find(|cause| match (&cause.period, &finding.period) {
                        (Some(written), Some(due)) => may_mean(written, due),
                        _ => true,
                    })
                })
                .map(|cause| cause.file.clone())
        }
        Code::UnknownReference => {
            let file = finding.file.as_deref()?;
            let target = match repo.items.iter().find(|item| item.file == file) {
                Some(item) => item.supersedes()?,
                None => repo.cases.iter().find(|case| case.file == file)?.about.as_deref()?,
            };
            let item = items.iter().filter(own).find(|cause| stem(&cause.file) == target);
            let entry = || catalogues.iter().find(|cause| cause.entries.iter().any(|e| e == target));
            item.or_else(entry).map(|cause| cause.file.clone())
        }
        Code::UnknownEntry => {
            let item = repo.items.iter().find(|item| Some(item.file.as_str()) == finding.file.as_deref())?;
            catalogues
                .iter()
                .find(|cause| cause.entries.is_empty() || cause.entries.iter().any(|e| e == item.entry.as_str()))
                .map(|cause| cause.file.clone())
        }
        Code::CatalogueChanged => catalogues.first().map(|cause| cause.file.clone()),
        _ => None,
    }
}

/// True when `file` ends in `.extension` (as the loader's walk compares it).
fn has_extension(file: &str, extension: &str) -> bool {
    std::path::Path::new(file).extension().is_some_and(|e| e == extension)
}

/// A file's name without folder and extension: an item's id.
fn stem(file: &str) -> &str {
    let name = file.rsplit('/').next().unwrap_or(file);
    name.strip_suffix(".md").unwrap_or(name)
}

/// A file's text however it is encoded: UTF-8 (without a BOM, LF line ends), else read
/// as GB18030, the encoding a Chinese Windows editor saves in. Empty when it cannot be read.
fn read_any(repo: &Repo, file: &str) -> String {
    let Ok(bytes) = std::fs::read(repo.root.join(file)) else {
        return String::new();
    };
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => encoding_rs::GB18030.decode(bytes).0.into_owned(),
    };
    text.replace("\r\n", "\n")
}

/// The value of `key` written before any `[table]` of a TOML text, as text.
fn top_level_value(text: &str, key: &str) -> Option<String> {
    text.lines()
        .take_while(|line| !line.trim_start().starts_with('['))
        .find_map(|line| value_of(line, key))
}

/// The value of a `key = "value"` (or `key = 2026`) line, unquoted.
fn value_of(line: &str, key: &str) -> Option<String> {
    let (written, value) = crate::load::dates::key_and_value(line)?;
    if written != key {
        return None;
    }
    let value = value.trim_matches(['"', '\'']).trim();
    (!value.is_empty()).then(|| value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_read_from_broken_text() {
        let front = "entry = \"3.1\"\nperiod = \"2026-Q5\"\nprepard_by = \"叶成刚\"\n[[correction]]\nentry = \"9\"\n";
        assert_eq!(top_level_value(front, "entry").as_deref(), Some("3.1"));
        assert_eq!(top_level_value(front, "period").as_deref(), Some("2026-Q5"));
        assert_eq!(value_of("  id = \"3.5\"  # 党费", "id").as_deref(), Some("3.5"));
        assert_eq!(value_of("period = 2026", "period").as_deref(), Some("2026"));
        assert_eq!(stem("items/2026/2026-01-09-3.1.md"), "2026-01-09-3.1");
    }
}
