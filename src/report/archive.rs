//! The archive register (档案目录) of a year: every item and every feedback case of the
//! year, grouped by category and entry, with their dates, state, scope and file. Only
//! titles, summaries and dates are listed: never an item's body, never a case's name,
//! contact or opinion text.

use std::cmp::Ordering;
use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};
use serde_json::json;

use super::locale::{labels, state_word};
use super::table::{Align, Table};
use crate::model::catalogue::natural_cmp;
use crate::model::config::Locale;
use crate::model::{ActionKind, Case, CaseKind, CaseStatus, Item, ItemState, Repo, Scope};
use crate::render::locale::{case_status as status_word, scope as scope_word};

/// The year an item is filed under: the year it was published; for an item not yet
/// published (on `as_of`), the year of its event, else of its period, else the year its
/// id starts with (`2026-…`, as `disclose new` names files), else the as-of year.
pub fn item_year(item: &Item, as_of: NaiveDate) -> i32 {
    if let Some(on) = item.published_on.filter(|on| *on <= as_of) {
        return on.year();
    }
    item.event
        .map(|e| e.year())
        .or_else(|| item.period.map(|p| p.year))
        .or_else(|| item.id.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit())).and_then(|y| y.parse().ok()))
        .unwrap_or(as_of.year())
}

/// One item in the register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemRow {
    /// The category code (empty for an entry the catalogue lacks).
    pub category: String,
    /// The category title.
    pub category_title: String,
    /// The entry id.
    pub entry: String,
    /// The entry title (empty when the catalogue lacks it).
    pub entry_title: String,
    /// The item id.
    pub id: String,
    /// The title.
    pub title: String,
    /// The scope in force.
    pub scope: Scope,
    /// Restricted items: to whom.
    pub audience: Option<String>,
    /// The period or event.
    pub when: Option<String>,
    /// Where it stands.
    pub state: ItemState,
    /// 审核.
    pub reviewed: Option<NaiveDate>,
    /// 审批.
    pub approved: Option<NaiveDate>,
    /// 实施.
    pub published: Option<NaiveDate>,
    /// A signature or the publication was recorded by hand, without its digest.
    pub by_hand: bool,
    /// Corrections (更正) recorded on or before the as-of date.
    pub corrections: usize,
    /// The file, relative to the root.
    pub file: String,
}

impl CaseRow {
    /// The summary, marked 【依申请公开】 or 【更正申请】 (in the terminal's language) for the
    /// two kinds that are decided rather than answered, so the register tells them apart.
    pub fn labelled_summary(&self) -> String {
        crate::t!("archive-case-summary", kind = self.kind.as_str(), summary = self.summary.as_str())
    }

    /// The summary marked the same way in the organisation's language, for the register
    /// saved in archive/ (a document of the organisation, like the bulletin).
    pub fn summary_in(&self, locale: Locale) -> String {
        match crate::render::locale::case_kind(locale, self.kind) {
            "" => self.summary.clone(),
            kind if locale == Locale::ZhCn => format!("【{kind}】{}", self.summary),
            kind => format!("[{kind}] {}", self.summary),
        }
    }
}

/// One feedback case in the register: its summary and dates, nothing private.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRow {
    /// The category of the entry it is about, if any.
    pub category: String,
    /// That category's title.
    pub category_title: String,
    /// The entry it is about (directly or through an item), if any.
    pub entry: String,
    /// That entry's title.
    pub entry_title: String,
    /// The case id.
    pub id: String,
    /// The publishable summary.
    pub summary: String,
    /// An opinion, a request to disclose or a correction request: counted apart.
    pub kind: CaseKind,
    /// Summary and answer are shown on the board.
    pub public: bool,
    /// Where it stands.
    pub status: CaseStatus,
    /// When it arrived.
    pub received: NaiveDate,
    /// The limit (extended, if it was).
    pub due: NaiveDate,
    /// When it was answered (on or before the as-of date).
    pub answered: Option<NaiveDate>,
    /// The limit was extended.
    pub extended: bool,
    /// The case was reopened after an unsatisfied answer.
    pub reopened: bool,
    /// The file, relative to the root.
    pub file: String,
}

/// One file of an item's attachment folder in the register (留痕): its size and SHA-256,
/// so that a changed photo or scan shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentRow {
    /// The item's id.
    pub item: String,
    /// The file, relative to the root.
    pub file: String,
    /// Its size in bytes.
    pub size: u64,
    /// Its SHA-256 in hex (empty when it could not be read).
    pub sha256: String,
}

/// The register of one year.
#[derive(Debug, Clone)]
pub struct Register {
    /// The organisation's full name.
    pub organisation: String,
    /// The locale of the Markdown file.
    pub locale: Locale,
    /// The year.
    pub year: i32,
    /// The day it was drawn up for.
    pub as_of: NaiveDate,
    /// Items, by category, entry and id.
    pub items: Vec<ItemRow>,
    /// Cases, by category and entry of what they are about (others last), then received date.
    pub cases: Vec<CaseRow>,
    /// The files of the items' attachment folders, in the order of the items.
    pub attachments: Vec<AttachmentRow>,
    /// The photos of the posted board kept in evidence/<year>/, by date.
    pub evidence: Vec<crate::load::evidence::Evidence>,
}

/// Natural order of codes or ids, the empty one (unknown) last.
fn known_first(a: &str, b: &str) -> Ordering {
    a.is_empty().cmp(&b.is_empty()).then_with(|| natural_cmp(a, b))
}

/// The register of `year` as it stands on `as_of`.
pub fn register(repo: &Repo, year: i32, as_of: NaiveDate) -> Register {
    let mut items: Vec<ItemRow> = repo
        .items
        .iter()
        .filter(|item| item_year(item, as_of) == year)
        .map(|item| item_row(repo, item, as_of))
        .collect();
    items.sort_by(|a, b| {
        known_first(&a.category, &b.category)
            .then_with(|| natural_cmp(&a.entry, &b.entry))
            .then_with(|| a.id.cmp(&b.id))
    });
    let attachments = items
        .iter()
        .filter_map(|row| repo.item(&row.id).filter(|item| item.file == row.file))
        .flat_map(|item| {
            item.attachments.iter().map(|attachment| AttachmentRow {
                item: item.id.to_string(),
                file: attachment.file.clone(),
                size: attachment.size,
                // The loader hashed every attachment; a file it could not read has none.
                sha256: attachment.sha256.map(|hash| crate::hex::hex(&hash)).unwrap_or_default(),
            })
        })
        .collect();
    let mut cases: Vec<CaseRow> = repo
        .cases
        .iter()
        .filter(|case| case.received_on.year() == year && case.received_on <= as_of)
        .map(|case| case_row(repo, case, as_of))
        .collect();
    cases.sort_by(|a, b| {
        known_first(&a.category, &b.category)
            .then_with(|| known_first(&a.entry, &b.entry))
            .then_with(|| (a.received, &a.id).cmp(&(b.received, &b.id)))
    });
    Register {
        organisation: repo.config.name.clone(),
        locale: repo.config.locale,
        year,
        as_of,
        items,
        cases,
        attachments,
        evidence: crate::load::evidence::list(&repo.root, year),
    }
}

fn item_row(repo: &Repo, item: &Item, as_of: NaiveDate) -> ItemRow {
    let entry = repo.entry_of(item);
    let category = entry.and_then(|e| repo.catalogue.category(&e.category));
    let scope = repo.scope_of(item);
    ItemRow {
        category: category.map(|c| c.code.clone()).unwrap_or_default(),
        category_title: category.map(|c| c.title.clone()).unwrap_or_default(),
        entry: item.entry.to_string(),
        entry_title: entry.map(|e| e.title.clone()).unwrap_or_default(),
        id: item.id.to_string(),
        title: item.title.clone(),
        scope,
        audience: item.audience().map(ToString::to_string).filter(|_| scope == Scope::Restricted),
        when: item.when_label(),
        state: ItemState::of(item, as_of),
        reviewed: item.reviewed.as_ref().map(|s| s.on),
        approved: item.approved.as_ref().map(|s| s.on),
        published: item.published_on.filter(|on| *on <= as_of),
        by_hand: item.recorded_by_hand(),
        corrections: item.record.corrections().iter().filter(|c| c.on <= as_of).count(),
        file: item.file.clone(),
    }
}

fn case_row(repo: &Repo, case: &Case, as_of: NaiveDate) -> CaseRow {
    let entry = case
        .about
        .as_deref()
        .and_then(|about| repo.catalogue.entry(about).or_else(|| repo.item(about).and_then(|item| repo.entry_of(item))));
    let category = entry.and_then(|e| repo.catalogue.category(&e.category));
    CaseRow {
        category: category.map(|c| c.code.clone()).unwrap_or_default(),
        category_title: category.map(|c| c.title.clone()).unwrap_or_default(),
        entry: entry.map(|e| e.id.clone()).unwrap_or_default(),
        entry_title: entry.map(|e| e.title.clone()).unwrap_or_default(),
        id: case.id.clone(),
        summary: case.summary.clone(),
        kind: case.kind,
        public: case.public_answer(as_of).is_some(),
        status: case.status_on(as_of),
        received: case.received_on,
        due: case.due_on,
        answered: case.response_on(as_of).map(|r| r.on),
        extended: case.extension().is_some(),
        reopened: case.actions.iter().any(|a| a.kind == ActionKind::Reopen),
        file: case.file.clone(),
    }
}

/// How the item's record was made: `by_hand` (a signature or the publication written
/// without its digest), `by_tool`, or nothing for an unsigned item; then `corrections`
/// (the count already in words) when it has any, after `separator`.
fn record_cell(row: &ItemRow, by_hand: &str, by_tool: &str, corrections: &str, separator: &str) -> String {
    let signed = row.reviewed.is_some() || row.approved.is_some() || row.published.is_some();
    let mut text = match (signed, row.by_hand) {
        (_, true) => by_hand.to_string(),
        (true, false) => by_tool.to_string(),
        (false, false) => String::new(),
    };
    if row.corrections > 0 {
        if !text.is_empty() {
            text.push_str(separator);
        }
        text.push_str(corrections);
    }
    text
}

/// [`record_cell`] for a terminal.
fn record_text(row: &ItemRow) -> String {
    let corrections = crate::t!("archive-record-corrections", n = row.corrections);
    record_cell(
        row,
        &crate::t!("archive-record-by-hand"),
        &crate::t!("archive-record-tool"),
        &corrections,
        &crate::t!("list-separator"),
    )
}

/// A table of left-aligned columns with these names.
fn left_table(columns: &[String]) -> Table {
    let columns: Vec<(&str, Align)> = columns.iter().map(|name| (name.as_str(), Align::Left)).collect();
    Table::new(&columns)
}

/// A date, or nothing.
pub(super) fn date(value: Option<NaiveDate>) -> String {
    value.map(|d| d.to_string()).unwrap_or_default()
}

/// The scope as shown on a terminal: `public`, `members 党内`, `restricted: AUDIENCE`.
fn scope_text(row: &ItemRow) -> String {
    match (row.scope, &row.audience) {
        (Scope::Members, _) => crate::t!("archive-scope-members"),
        (Scope::Restricted, Some(audience)) => crate::t!("archive-scope-restricted", audience = audience.as_str()),
        (scope, _) => scope.as_str().to_string(),
    }
}

impl Register {
    /// The register for a terminal: a table per category, then the feedback cases.
    pub fn to_text(&self) -> String {
        let mut out = crate::t!(
            "archive-title",
            year = self.year,
            organisation = self.organisation.as_str(),
            date = self.as_of.to_string()
        );
        let _ = writeln!(out, "\n{}", crate::t!("archive-counts", items = self.items.len(), cases = self.cases.len()));
        let mut start = 0;
        while start < self.items.len() {
            let category = &self.items[start].category;
            let end = start + self.items[start..].iter().take_while(|row| &row.category == category).count();
            let heading = if category.is_empty() {
                crate::t!("archive-unknown-category")
            } else {
                format!("{category} {}", self.items[start].category_title)
            };
            let _ = write!(out, "\n{heading}\n");
            let mut table = left_table(&[
                crate::t!("archive-col-entry"),
                crate::t!("archive-col-id"),
                crate::t!("archive-col-title"),
                crate::t!("archive-col-scope"),
                crate::t!("archive-col-state"),
                crate::t!("archive-col-reviewed"),
                crate::t!("archive-col-approved"),
                crate::t!("archive-col-published"),
                crate::t!("archive-col-record"),
                crate::t!("archive-col-file"),
            ]);
            for row in &self.items[start..end] {
                table.row(vec![
                    row.entry.clone(),
                    row.id.clone(),
                    row.title.clone(),
                    scope_text(row),
                    row.state.as_str().to_string(),
                    date(row.reviewed),
                    date(row.approved),
                    date(row.published),
                    record_text(row),
                    row.file.clone(),
                ]);
            }
            out.push_str(&table.render("  "));
            start = end;
        }
        if !self.cases.is_empty() {
            let _ = writeln!(out, "\n{}", crate::t!("archive-cases-heading"));
            let mut table = left_table(&[
                crate::t!("archive-col-about"),
                crate::t!("archive-col-id"),
                crate::t!("archive-col-summary"),
                crate::t!("archive-col-board"),
                crate::t!("archive-col-status"),
                crate::t!("archive-col-received"),
                crate::t!("archive-col-due"),
                crate::t!("archive-col-answered"),
                crate::t!("archive-col-file"),
            ]);
            for row in &self.cases {
                table.row(vec![
                    if row.entry.is_empty() { "—".to_string() } else { row.entry.clone() },
                    row.id.clone(),
                    row.labelled_summary(),
                    if row.public {
                        crate::t!("archive-case-public")
                    } else {
                        crate::t!("archive-case-internal")
                    },
                    status_text(row),
                    row.received.to_string(),
                    row.due.to_string(),
                    date(row.answered),
                    row.file.clone(),
                ]);
            }
            out.push_str(&table.render("  "));
        }
        if !self.attachments.is_empty() {
            let _ = writeln!(out, "\n{}", crate::t!("archive-attachments-heading"));
            let mut table = left_table(&[
                crate::t!("archive-col-item"),
                crate::t!("archive-col-file"),
                crate::t!("archive-col-size"),
                crate::t!("archive-col-sha256"),
            ]);
            table.align_right(2);
            for row in &self.attachments {
                table.row(vec![row.item.clone(), row.file.clone(), row.size.to_string(), row.sha256.clone()]);
            }
            out.push_str(&table.render("  "));
        }
        if !self.evidence.is_empty() {
            let _ = writeln!(out, "\n{}", crate::t!("archive-evidence-heading"));
            let mut table = left_table(&[
                crate::t!("archive-col-on"),
                crate::t!("archive-col-file"),
                crate::t!("archive-col-note"),
                crate::t!("archive-col-size"),
                crate::t!("archive-col-sha256"),
            ]);
            table.align_right(3);
            for row in &self.evidence {
                table.row(vec![
                    row.on.to_string(),
                    row.file.clone(),
                    row.note.clone().unwrap_or_default(),
                    row.size.to_string(),
                    row.sha256.clone(),
                ]);
            }
            out.push_str(&table.render("  "));
        }
        if self.items.is_empty() && self.cases.is_empty() {
            let _ = writeln!(out, "\n{}", crate::t!("archive-nothing-filed", year = self.year));
        }
        out
    }

    /// The register as one JSON document.
    pub fn to_json(&self) -> serde_json::Value {
        let items: Vec<_> = self
            .items
            .iter()
            .map(|row| {
                json!({
                    "category": row.category,
                    "category_title": row.category_title,
                    "entry": row.entry,
                    "entry_title": row.entry_title,
                    "id": row.id,
                    "title": row.title,
                    "scope": row.scope.as_str(),
                    "audience": row.audience,
                    "period_or_event": row.when,
                    "state": row.state.as_str(),
                    "reviewed_on": row.reviewed,
                    "approved_on": row.approved,
                    "published_on": row.published,
                    "recorded_by_hand": row.by_hand,
                    "corrections": row.corrections,
                    "file": row.file,
                })
            })
            .collect();
        let cases: Vec<_> = self
            .cases
            .iter()
            .map(|row| {
                json!({
                    "category": (!row.category.is_empty()).then_some(&row.category),
                    "entry": (!row.entry.is_empty()).then_some(&row.entry),
                    "id": row.id,
                    "summary": row.summary,
                    "kind": row.kind.as_str(),
                    "public": row.public,
                    "status": row.status.as_str(),
                    "extended": row.extended,
                    "reopened": row.reopened,
                    "received_on": row.received,
                    "due_on": row.due,
                    "answered_on": row.answered,
                    "file": row.file,
                })
            })
            .collect();
        json!({
            "organisation": self.organisation,
            "year": self.year,
            "as_of": self.as_of,
            "items": items,
            "cases": cases,
            "attachments": self.attachments.iter().map(|row| json!({
                "item": row.item,
                "file": row.file,
                "size": row.size,
                "sha256": row.sha256,
            })).collect::<Vec<_>>(),
            "evidence": self.evidence.iter().map(|row| json!({
                "on": row.on,
                "file": row.file,
                "note": row.note,
                "size": row.size,
                "sha256": row.sha256,
            })).collect::<Vec<_>>(),
        })
    }

    /// The register as a Markdown document in the repository's locale, for archive/YEAR.md.
    pub fn to_markdown(&self) -> String {
        let l = labels(self.locale);
        let locale = self.locale;
        let mut out = format!("# {} {}{}\n\n", md(&self.organisation), self.year, l.archive_title);
        let summary = l
            .archive_summary
            .replace("{as_of}", &self.as_of.to_string())
            .replace("{items}", &self.items.len().to_string())
            .replace("{cases}", &self.cases.len().to_string());
        let _ = writeln!(out, "{summary}");
        let mut start = 0;
        while start < self.items.len() {
            let category = &self.items[start].category;
            let end = start + self.items[start..].iter().take_while(|row| &row.category == category).count();
            let heading = if category.is_empty() {
                l.unknown_category.to_string()
            } else {
                format!("{category} {}", self.items[start].category_title)
            };
            let _ = write!(out, "\n## {}\n\n", md(&heading));
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                l.col_entry, l.col_id, l.col_title, l.col_scope, l.col_state, l.col_reviewed, l.col_approved, l.col_published, l.col_record, l.col_file
            );
            out.push_str("|---|---|---|---|---|---|---|---|---|---|\n");
            for row in &self.items[start..end] {
                let scope = match &row.audience {
                    Some(audience) => format!("{}（{}）", scope_word(locale, row.scope), audience),
                    None => scope_word(locale, row.scope).to_string(),
                };
                let corrections = l.corrections.replace("{n}", &row.corrections.to_string());
                let record = record_cell(row, l.by_hand, l.by_tool, &corrections, l.list_separator);
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                    md(&row.entry),
                    md(&row.id),
                    md(&row.title),
                    md(&scope),
                    state_word(locale, row.state),
                    date(row.reviewed),
                    date(row.approved),
                    date(row.published),
                    record,
                    md(&row.file)
                );
            }
            start = end;
        }
        if !self.cases.is_empty() {
            let _ = write!(out, "\n## {}\n\n", l.feedback_heading);
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                l.col_entry, l.col_id, l.col_summary, l.col_board, l.col_state, l.col_received, l.col_due, l.col_answered, l.col_file
            );
            out.push_str("|---|---|---|---|---|---|---|---|---|\n");
            for row in &self.cases {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                    if row.entry.is_empty() { md(l.no_entry) } else { md(&row.entry) },
                    md(&row.id),
                    md(&row.summary_in(locale)),
                    if row.public { l.yes } else { l.no },
                    status_word(locale, row.status),
                    row.received,
                    row.due,
                    date(row.answered),
                    md(&row.file)
                );
            }
        }
        if !self.attachments.is_empty() {
            let (heading, item, file, size) = match locale {
                Locale::ZhCn => ("附件", "事项", "文件", "字节"),
                Locale::En => ("Attachments", "Item", "File", "Bytes"),
            };
            let _ = write!(out, "\n## {heading}\n\n| {item} | {file} | {size} | SHA-256 |\n|---|---|---:|---|\n");
            for row in &self.attachments {
                let _ = writeln!(out, "| {} | {} | {} | `{}` |", md(&row.item), md(&row.file), row.size, row.sha256);
            }
        }
        if !self.evidence.is_empty() {
            let (heading, on, file, note) = match locale {
                Locale::ZhCn => ("公开栏照片（留痕，不公开）", "日期", "文件", "说明"),
                Locale::En => ("Photos of the posted board (evidence, never published)", "On", "File", "Note"),
            };
            let _ = write!(out, "\n## {heading}\n\n| {on} | {file} | {note} | SHA-256 |\n|---|---|---|---|\n");
            for row in &self.evidence {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | `{}` |",
                    row.on,
                    md(&row.file),
                    md(row.note.as_deref().unwrap_or("")),
                    row.sha256
                );
            }
        }
        out
    }
}

/// The status as shown on a terminal, with `(extended)` and `(reopened)` when they apply.
fn status_text(row: &CaseRow) -> String {
    let mut text = row.status.to_string();
    if row.extended {
        text.push_str(" (extended)");
    }
    if row.reopened {
        text.push_str(" (reopened)");
    }
    text
}

/// Text made safe for a Markdown table cell: pipes, backslashes, HTML and emphasis
/// characters escaped, line breaks turned into spaces.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '|' | '\\' | '*' | '_' | '`' | '[' | ']' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::md;

    #[test]
    fn markdown_cells_are_escaped() {
        assert_eq!(md("a|b <script> *x*\nnext"), "a\\|b &lt;script&gt; \\*x\\* next");
    }
}
