//! The report for one repository or several, as text, JSON and CSV.

use std::fmt::Write as _;

use chrono::NaiveDate;
use serde_json::{json, Value};

use super::csv::to_csv;
use super::evaluation::{days, percent, rounded, Evaluation, FeedbackTally, ObligationTally, RequestTally};
use super::table::{display_width, Align, Table};

/// The selection rule, as printed under every report.
pub const SELECTION: &str = "Obligations are those whose due date falls in the year; feedback, the cases received in the year.";

/// One repository of a multi-repository report: the path as given and what came of it.
#[derive(Debug, Clone)]
pub struct Organisation {
    /// The path as given on the command line.
    pub path: String,
    /// The evaluation, or why the repository could not be read.
    pub outcome: Result<Evaluation, String>,
}

/// The report over several repositories: one row per organisation and a total.
#[derive(Debug, Clone)]
pub struct Summary {
    /// The year.
    pub year: i32,
    /// The as-of date.
    pub as_of: NaiveDate,
    /// The organisations, in the order given.
    pub organisations: Vec<Organisation>,
}

impl Summary {
    /// The totals over the repositories that could be read.
    pub fn totals(&self) -> (ObligationTally, FeedbackTally) {
        let mut obligations = ObligationTally::default();
        let mut feedback = FeedbackTally::default();
        for evaluation in self.organisations.iter().filter_map(|o| o.outcome.as_ref().ok()) {
            obligations.merge(&evaluation.total);
            feedback.merge(&evaluation.feedback);
        }
        (obligations, feedback)
    }

    /// How many repositories could not be read.
    pub fn broken(&self) -> usize {
        self.organisations.iter().filter(|o| o.outcome.is_err()).count()
    }
}

fn tally_cells(tally: &ObligationTally) -> Vec<String> {
    vec![
        tally.done.to_string(),
        tally.late.to_string(),
        tally.overdue.to_string(),
        tally.open.to_string(),
        percent(tally.on_time_rate()),
        days(tally.median_delay()),
    ]
}

fn tally_json(tally: &ObligationTally) -> serde_json::Map<String, Value> {
    let value = json!({
        "done": tally.done,
        "late": tally.late,
        "overdue": tally.overdue,
        "open": tally.open,
        "on_time_rate": rounded(tally.on_time_rate()),
        "median_days_after_due": tally.median_delay(),
    });
    match value {
        Value::Object(map) => map,
        _ => serde_json::Map::new(),
    }
}

fn with(mut map: serde_json::Map<String, Value>, extra: Value) -> Value {
    if let Value::Object(extra) = extra {
        for (key, value) in extra {
            map.insert(key, value);
        }
    }
    Value::Object(map)
}

/// The feedback figures as JSON.
pub fn feedback_json(tally: &FeedbackTally) -> Value {
    json!({
        "received": tally.received,
        "answered": tally.answered(),
        "answered_within_limit": tally.within_limit,
        "answered_late": tally.answered_late,
        "extended": tally.extended,
        "overdue": tally.overdue,
        "open": tally.open,
        "rejected": tally.rejected,
        "median_working_days_to_answer": tally.median_answer_days(),
        "rated": tally.rated,
        "satisfied": tally.satisfied,
        "partly": tally.partly,
        "unsatisfied": tally.unsatisfied,
        "satisfaction_rate": rounded(tally.satisfaction_rate()),
    })
}

/// The requests and correction requests as JSON.
pub fn request_json(tally: &RequestTally, limit: u32) -> Value {
    json!({
        "received": tally.received,
        "decided": tally.decided(),
        "decided_within_limit": tally.within_limit,
        "decided_late": tally.decided_late,
        "extended": tally.extended,
        "overdue": tally.overdue,
        "open": tally.open,
        "rejected": tally.rejected,
        "disclosed": tally.disclosed,
        "not_disclosed": tally.not_disclosed,
        "not_held": tally.not_held,
        "corrected": tally.corrected,
        "refused": tally.refused,
        "limit_working_days": limit,
    })
}

/// The requests' and correction requests' lines of the text report; nothing when the year
/// had neither.
fn request_text(year: i32, limit: u32, requests: &RequestTally, corrections: &RequestTally) -> String {
    let mut out = String::new();
    for (kind, tally) in [("request", requests), ("correction", corrections)] {
        if tally.received == 0 {
            continue;
        }
        let _ = writeln!(
            out,
            "\n{}",
            crate::t!("feedback-report-requests-heading", kind = kind, year = year, limit = limit)
        );
        let outcomes = if kind == "request" {
            crate::t!(
                "feedback-report-request-outcomes",
                disclosed = tally.disclosed,
                not_disclosed = tally.not_disclosed,
                not_held = tally.not_held
            )
        } else {
            crate::t!("feedback-report-correction-outcomes", corrected = tally.corrected, refused = tally.refused)
        };
        let _ = writeln!(
            out,
            "  {}\n  {outcomes}",
            crate::t!(
                "feedback-report-requests-counts",
                received = tally.received,
                within = tally.within_limit,
                late = tally.decided_late,
                overdue = tally.overdue,
                open = tally.open,
                extended = tally.extended,
                rejected = tally.rejected
            )
        );
    }
    out
}

/// The feedback figures as (label, value) lines for text.
fn feedback_lines(tally: &FeedbackTally) -> Vec<(String, String)> {
    vec![
        (crate::t!("report-feedback-received"), tally.received.to_string()),
        (crate::t!("report-feedback-within-limit"), tally.within_limit.to_string()),
        (crate::t!("report-feedback-after-limit"), tally.answered_late.to_string()),
        (crate::t!("report-feedback-extended"), tally.extended.to_string()),
        (crate::t!("report-feedback-overdue"), tally.overdue.to_string()),
        (crate::t!("report-feedback-open"), tally.open.to_string()),
        (crate::t!("report-feedback-rejected"), tally.rejected.to_string()),
        (crate::t!("report-feedback-median-days"), days(tally.median_answer_days())),
        (crate::t!("report-feedback-rated"), tally.rated.to_string()),
        (
            crate::t!("report-feedback-ratings"),
            format!("{} / {} / {}", tally.satisfied, tally.partly, tally.unsatisfied),
        ),
        (crate::t!("report-feedback-satisfaction"), percent(tally.satisfaction_rate())),
    ]
}

/// A label padded to `width` terminal columns (Chinese characters count two, see
/// [`display_width`]), for the lines that align a figure after a label.
fn padded(label: &str, width: usize) -> String {
    format!("{label}{}", " ".repeat(width.saturating_sub(display_width(label))))
}

/// The obligation columns of the text tables, after the first.
fn tally_columns() -> Vec<(String, Align)> {
    vec![
        (crate::t!("report-col-done"), Align::Right),
        (crate::t!("report-col-late"), Align::Right),
        (crate::t!("report-col-overdue"), Align::Right),
        (crate::t!("report-col-open"), Align::Right),
        (crate::t!("report-col-on-time"), Align::Right),
        (crate::t!("report-col-median-days"), Align::Right),
    ]
}

/// A table with these columns (names owned, as the catalogue gives them).
fn table_of(columns: &[(String, Align)]) -> Table {
    let columns: Vec<(&str, Align)> = columns.iter().map(|(name, align)| (name.as_str(), *align)).collect();
    Table::new(&columns)
}

impl Evaluation {
    /// The report for a terminal.
    pub fn to_text(&self) -> String {
        let (year, date) = (self.year, self.as_of.to_string());
        let mut out = crate::t!("report-title", year = year, organisation = self.organisation.as_str(), date = date);
        let _ = writeln!(out, "\n{}", crate::t!("report-selection"));
        if !self.catalogue_in_force {
            let _ = writeln!(out, "\n{}", crate::t!("report-not-approved"));
            let _ = writeln!(out, "{}", crate::t!("report-not-approved-help"));
        }
        let _ = writeln!(out, "\n{}", crate::t!("report-obligations-due", year = year));
        let mut columns = vec![(crate::t!("report-col-category-entry"), Align::Left)];
        columns.extend(tally_columns());
        let mut table = table_of(&columns);
        for category in &self.categories {
            let mut cells = vec![format!("{} {}", category.code, category.title)];
            cells.extend(tally_cells(&category.tally));
            table.row(cells);
            for entry in &category.entries {
                let mut cells = vec![format!("  {} {}", entry.entry, entry.title)];
                cells.extend(tally_cells(&entry.tally));
                table.row(cells);
            }
        }
        let mut cells = vec![crate::t!("report-total")];
        cells.extend(tally_cells(&self.total));
        table.row(cells);
        out.push_str(&table.render("  "));
        let _ = writeln!(out, "  {}", crate::t!("report-legend"));
        let _ = writeln!(out, "\n{}", crate::t!("report-feedback-heading", year = year, limit = self.answer_limit));
        let mut table = Table::new(&[("", Align::Left), ("", Align::Right)]);
        for (label, value) in feedback_lines(&self.feedback) {
            table.row(vec![label, value]);
        }
        // The first line is the empty header.
        out.push_str(table.render("  ").split_once('\n').map_or("", |(_, rest)| rest));
        out.push_str(&request_text(self.year, self.request_limit, &self.requests, &self.correction_requests));
        let record = &self.record;
        let _ = writeln!(out, "\n{}", crate::t!("report-record-heading", year = year));
        let lines = [
            (crate::t!("report-record-published"), record.published),
            (crate::t!("report-record-by-tool"), record.published - record.by_hand),
            (crate::t!("report-record-by-hand"), record.by_hand),
            (crate::t!("report-record-corrections"), record.corrections),
        ];
        let width = lines.iter().map(|(label, _)| display_width(label)).max().unwrap_or(0).max(28) + 3;
        for (label, count) in lines {
            let _ = writeln!(out, "  {}{count:>3}", padded(&label, width));
        }
        out
    }

    /// The report as one JSON document; `rows` holds one object per catalogue entry.
    pub fn to_json(&self) -> Value {
        let mut rows = Vec::new();
        let mut categories = Vec::new();
        for category in &self.categories {
            categories.push(with(tally_json(&category.tally), json!({ "category": category.code, "title": category.title })));
            for entry in &category.entries {
                rows.push(with(
                    tally_json(&entry.tally),
                    json!({ "category": category.code, "entry": entry.entry, "title": entry.title }),
                ));
            }
        }
        json!({
            "organisation": self.organisation,
            "year": self.year,
            "as_of": self.as_of,
            "catalogue_in_force": self.catalogue_in_force,
            "selection": SELECTION,
            "rows": rows,
            "categories": categories,
            "total": Value::Object(tally_json(&self.total)),
            "feedback": with(feedback_json(&self.feedback).as_object().cloned().unwrap_or_default(), json!({ "limit_working_days": self.answer_limit })),
            "requests": request_json(&self.requests, self.request_limit),
            "correction_requests": request_json(&self.correction_requests, self.request_limit),
            "record": {
                "published": self.record.published,
                "recorded_by_tool": self.record.published - self.record.by_hand,
                "recorded_by_hand": self.record.by_hand,
                "corrections": self.record.corrections,
            },
        })
    }

    /// The report as CSV: a row per category followed by its entries, then the
    /// organisation row that carries the totals and the feedback figures.
    pub fn to_csv(&self) -> anyhow::Result<String> {
        let mut rows = Vec::new();
        for category in &self.categories {
            rows.push(csv_row(
                &self.organisation,
                self.year,
                "category",
                &category.code,
                "",
                &category.title,
                Some(&category.tally),
                None,
                "",
            ));
            for entry in &category.entries {
                rows.push(csv_row(
                    &self.organisation,
                    self.year,
                    "entry",
                    &category.code,
                    &entry.entry,
                    &entry.title,
                    Some(&entry.tally),
                    None,
                    "",
                ));
            }
        }
        let note = if self.catalogue_in_force { "" } else { "catalogue not approved" };
        rows.push(csv_row(
            &self.organisation,
            self.year,
            "organisation",
            "",
            "",
            "",
            Some(&self.total),
            Some(&self.feedback),
            note,
        ));
        to_csv(&CSV_HEADER, &rows)
    }
}

/// The columns of the report CSV, the same for one repository and for several.
pub const CSV_HEADER: [&str; 26] = [
    "organisation",
    "year",
    "level",
    "category",
    "entry",
    "title",
    "done",
    "late",
    "overdue",
    "open",
    "on_time_rate",
    "median_days_after_due",
    "feedback_received",
    "feedback_answered_within_limit",
    "feedback_answered_late",
    "feedback_extended",
    "feedback_overdue",
    "feedback_open",
    "feedback_rejected",
    "median_working_days_to_answer",
    "feedback_rated",
    "feedback_satisfied",
    "feedback_partly",
    "feedback_unsatisfied",
    "satisfaction_rate",
    "note",
];

fn optional(value: Option<String>) -> String {
    value.unwrap_or_default()
}

#[allow(clippy::too_many_arguments)]
fn csv_row(
    organisation: &str,
    year: i32,
    level: &str,
    category: &str,
    entry: &str,
    title: &str,
    tally: Option<&ObligationTally>,
    feedback: Option<&FeedbackTally>,
    note: &str,
) -> Vec<String> {
    let mut row = vec![
        organisation.to_string(),
        year.to_string(),
        level.to_string(),
        category.to_string(),
        entry.to_string(),
        title.to_string(),
    ];
    match tally {
        Some(t) => row.extend([
            t.done.to_string(),
            t.late.to_string(),
            t.overdue.to_string(),
            t.open.to_string(),
            optional(t.on_time_rate().map(|r| format!("{:.1}%", r * 100.0))),
            optional(t.median_delay().map(|d| days(Some(d)))),
        ]),
        None => row.extend(std::iter::repeat_n(String::new(), 6)),
    }
    match feedback {
        Some(f) => row.extend([
            f.received.to_string(),
            f.within_limit.to_string(),
            f.answered_late.to_string(),
            f.extended.to_string(),
            f.overdue.to_string(),
            f.open.to_string(),
            f.rejected.to_string(),
            optional(f.median_answer_days().map(|d| days(Some(d)))),
            f.rated.to_string(),
            f.satisfied.to_string(),
            f.partly.to_string(),
            f.unsatisfied.to_string(),
            optional(f.satisfaction_rate().map(|r| format!("{:.1}%", r * 100.0))),
        ]),
        None => row.extend(std::iter::repeat_n(String::new(), 13)),
    }
    row.push(note.to_string());
    row
}

impl Summary {
    /// One row per organisation and a total, for a terminal.
    pub fn to_text(&self) -> String {
        let count = self.organisations.len();
        let mut out = crate::t!("report-summary-title", year = self.year, count = count, date = self.as_of.to_string());
        let _ = writeln!(out, "\n{}\n", crate::t!("report-selection"));
        let mut columns = vec![(crate::t!("report-col-organisation"), Align::Left)];
        columns.extend(tally_columns());
        columns.extend([
            (crate::t!("report-col-feedback"), Align::Right),
            (crate::t!("report-col-in-limit"), Align::Right),
            (crate::t!("report-col-answered-late"), Align::Right),
            (crate::t!("report-col-extended"), Align::Right),
            (crate::t!("report-col-unanswered"), Align::Right),
            (crate::t!("report-col-median-wd"), Align::Right),
            (crate::t!("report-col-satisfaction"), Align::Right),
            (crate::t!("report-col-note"), Align::Left),
        ]);
        let mut table = table_of(&columns);
        let mut notes = Vec::new();
        for organisation in &self.organisations {
            match &organisation.outcome {
                Ok(evaluation) => {
                    let note = if evaluation.catalogue_in_force {
                        String::new()
                    } else {
                        crate::t!("report-note-not-approved")
                    };
                    table.row(summary_cells(&evaluation.organisation, &evaluation.total, &evaluation.feedback, &note));
                }
                Err(message) => {
                    let mut cells = vec![organisation.path.clone()];
                    cells.extend(std::iter::repeat_n("—".to_string(), 13));
                    cells.push(crate::t!("report-note-broken"));
                    table.row(cells);
                    notes.push(format!("  {}: {message}\n", organisation.path));
                }
            }
        }
        let (obligations, feedback) = self.totals();
        let broken = self.broken();
        let total_note = if broken > 0 {
            crate::t!("report-note-without-broken", n = broken)
        } else {
            String::new()
        };
        table.row(summary_cells(&crate::t!("report-total"), &obligations, &feedback, &total_note));
        out.push_str(&table.render("  "));
        let _ = writeln!(out, "  {}", crate::t!("report-summary-legend-1"));
        let _ = writeln!(out, "  {}", crate::t!("report-summary-legend-2"));
        if !notes.is_empty() {
            let _ = writeln!(out, "\n{}", crate::t!("report-could-not-be-read"));
            for note in notes {
                out.push_str(&note);
            }
        }
        out
    }

    /// The report over several repositories as one JSON document.
    pub fn to_json(&self) -> Value {
        let rows: Vec<Value> = self
            .organisations
            .iter()
            .map(|organisation| match &organisation.outcome {
                Ok(evaluation) => with(
                    tally_json(&evaluation.total),
                    json!({
                        "repo": organisation.path,
                        "organisation": evaluation.organisation,
                        "ok": true,
                        "catalogue_in_force": evaluation.catalogue_in_force,
                        "feedback": feedback_json(&evaluation.feedback),
                    }),
                ),
                Err(message) => json!({ "repo": organisation.path, "organisation": null, "ok": false, "error": message }),
            })
            .collect();
        let (obligations, feedback) = self.totals();
        json!({
            "year": self.year,
            "as_of": self.as_of,
            "selection": SELECTION,
            "rows": rows,
            "total": with(tally_json(&obligations), json!({ "feedback": feedback_json(&feedback), "broken": self.broken() })),
        })
    }

    /// The report over several repositories as CSV: a row per organisation and a total.
    pub fn to_csv(&self) -> anyhow::Result<String> {
        let mut rows = Vec::new();
        for organisation in &self.organisations {
            match &organisation.outcome {
                Ok(e) => {
                    let note = if e.catalogue_in_force { "" } else { "catalogue not approved" };
                    rows.push(csv_row(
                        &e.organisation,
                        self.year,
                        "organisation",
                        "",
                        "",
                        "",
                        Some(&e.total),
                        Some(&e.feedback),
                        note,
                    ));
                }
                Err(message) => rows.push(csv_row(
                    &organisation.path,
                    self.year,
                    "organisation",
                    "",
                    "",
                    "",
                    None,
                    None,
                    &format!("broken: {message}"),
                )),
            }
        }
        let (obligations, feedback) = self.totals();
        rows.push(csv_row("", self.year, "total", "", "", "", Some(&obligations), Some(&feedback), ""));
        to_csv(&CSV_HEADER, &rows)
    }
}

fn summary_cells(name: &str, tally: &ObligationTally, feedback: &FeedbackTally, note: &str) -> Vec<String> {
    let mut cells = vec![name.to_string()];
    cells.extend(tally_cells(tally));
    cells.extend([
        feedback.received.to_string(),
        feedback.within_limit.to_string(),
        feedback.answered_late.to_string(),
        feedback.extended.to_string(),
        feedback.overdue.to_string(),
        days(feedback.median_answer_days()),
        percent(feedback.satisfaction_rate()),
        note.to_string(),
    ]);
    cells
}
