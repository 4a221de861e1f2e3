//! The archive register as CSV: one header row, then items, cases, attachments and
//! evidence photos, told apart by `kind`.

use super::archive::{date, Register};
use super::csv::to_csv;
use crate::model::CaseKind;

impl Register {
    /// The columns of the CSV register.
    /// `recorded_by_hand` is `yes` for an item whose signature or publication was
    /// written by hand (no digest); `corrections` counts its corrections (更正).
    pub const CSV_HEADER: [&'static str; 23] = [
        "year",
        "kind",
        "category",
        "category_title",
        "entry",
        "entry_title",
        "id",
        "title",
        "scope",
        "audience",
        "period_or_event",
        "state",
        "received_on",
        "due_on",
        "reviewed_on",
        "approved_on",
        "published_on",
        "answered_on",
        "file",
        "size",
        "sha256",
        "recorded_by_hand",
        "corrections",
    ];

    /// The register as CSV: one header row, then items, then cases (`kind` tells them
    /// apart; a case's `title` is its summary and its `scope` is `public` when its answer is
    /// on the board, else `internal`).
    pub fn to_csv(&self) -> anyhow::Result<String> {
        let year = self.year.to_string();
        let mut rows = Vec::new();
        for row in &self.items {
            rows.push(vec![
                year.clone(),
                "item".to_string(),
                row.category.clone(),
                row.category_title.clone(),
                row.entry.clone(),
                row.entry_title.clone(),
                row.id.clone(),
                row.title.clone(),
                row.scope.as_str().to_string(),
                row.audience.clone().unwrap_or_default(),
                row.when.clone().unwrap_or_default(),
                row.state.as_str().to_string(),
                String::new(),
                String::new(),
                date(row.reviewed),
                date(row.approved),
                date(row.published),
                String::new(),
                row.file.clone(),
                String::new(),
                String::new(),
                if row.by_hand { "yes" } else { "" }.to_string(),
                row.corrections.to_string(),
            ]);
        }
        for row in &self.cases {
            rows.push(vec![
                year.clone(),
                match row.kind {
                    CaseKind::Opinion => "feedback",
                    CaseKind::Request => "request",
                    CaseKind::Correction => "correction-request",
                }
                .to_string(),
                row.category.clone(),
                row.category_title.clone(),
                row.entry.clone(),
                row.entry_title.clone(),
                row.id.clone(),
                row.summary.clone(),
                if row.public { "public" } else { "internal" }.to_string(),
                String::new(),
                String::new(),
                row.status.as_str().to_string(),
                row.received.to_string(),
                row.due.to_string(),
                String::new(),
                String::new(),
                String::new(),
                date(row.answered),
                row.file.clone(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ]);
        }
        // An attachment's row: its item's id, its file, size and SHA-256.
        for row in &self.attachments {
            let mut cells = vec![String::new(); Self::CSV_HEADER.len()];
            cells[0].clone_from(&year);
            cells[1] = "attachment".to_string();
            cells[6].clone_from(&row.item);
            cells[18].clone_from(&row.file);
            cells[19] = row.size.to_string();
            cells[20].clone_from(&row.sha256);
            rows.push(cells);
        }
        // An evidence photo's row: its date as the period, its note as the title.
        for row in &self.evidence {
            let mut cells = vec![String::new(); Self::CSV_HEADER.len()];
            cells[0].clone_from(&year);
            cells[1] = "evidence".to_string();
            cells[7] = row.note.clone().unwrap_or_default();
            cells[10] = row.on.to_string();
            cells[18].clone_from(&row.file);
            cells[19] = row.size.to_string();
            cells[20].clone_from(&row.sha256);
            rows.push(cells);
        }
        to_csv(&Self::CSV_HEADER, &rows)
    }
}
