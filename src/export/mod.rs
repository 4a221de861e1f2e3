//! `export`: a repository's record as JSON Lines, one object per line, for an engine
//! that analysts already use (`DuckDB`, a data warehouse, `Metabase`). Every row carries
//! `schema_version`, `kind` and the organisation, so the exports of many branches
//! concatenate into one table. The rows are described by `schemas/export.schema.json`.
//!
//! Kinds: `organisation` (one per repository), `entry` (the catalogue), `obligation`
//! (every duty from [`crate::obligations::obligations`], the list that `report` counts,
//! with its state on the as-of day), `item`, `case`, `correction` (each `[[correction]]`
//! that `disclose correct` recorded in an item, with its reason and digest) and `meeting`
//! (each file under `meetings/`, with its decisions). Private fields of feedback cases
//! (the person's name and contact, the opinion text) are never exported, and a case's
//! summary only when it is public.

use chrono::{Datelike, NaiveDate};
use serde_json::{json, Map, Value};

use crate::model::{CaseStatus, Repo};
use crate::obligations::{obligations, ObligationKind};

/// The version of the row format; raised whenever a field changes meaning or goes away
/// (new fields may be added without it).
pub const SCHEMA_VERSION: u32 = 1;

/// The JSON Schema of the rows, as shipped in `schemas/export.schema.json`.
pub const SCHEMA: &str = include_str!("../../schemas/export.schema.json");

/// The rows of one repository, in a stable order: the organisation, the entries in
/// catalogue order, the obligations by due date, the items and cases by id, the
/// corrections item by item (oldest first within an item) and the meetings by day.
/// `repo` is the path as given on the command line.
pub fn rows(repo: &Repo, path: &str, as_of: NaiveDate) -> Vec<Value> {
    let organisation = repo.config.name.as_str();
    let row = |kind: &str, fields: Value| {
        let mut map = Map::new();
        map.insert("schema_version".into(), json!(SCHEMA_VERSION));
        map.insert("kind".into(), json!(kind));
        map.insert("organisation".into(), json!(organisation));
        map.insert("repo".into(), json!(path));
        map.insert("as_of".into(), json!(as_of));
        if let Value::Object(fields) = fields {
            map.extend(fields);
        }
        Value::Object(map)
    };
    let mut out = Vec::new();
    let config = &repo.config;
    out.push(row(
        "organisation",
        json!({
            "short_name": config.short_name,
            "leader": config.leader,
            "catalogue_in_force": repo.catalogue_in_force(),
            "catalogue_approved_on": config.approval().map(|a| a.approved_on),
            "answer_limit_working_days": config.working_days,
        }),
    ));
    for category in &repo.catalogue.categories {
        for entry in &category.entries {
            out.push(row(
                "entry",
                json!({
                    "entry": entry.id,
                    "category": category.code,
                    "category_title": category.title,
                    "title": entry.title,
                    "scope": entry.scope.as_str(),
                    "cadence": entry.cadence.word(),
                    "owner": entry.owner,
                }),
            ));
        }
    }
    for obligation in obligations(repo, as_of) {
        let due = obligation.due();
        let (event_item, review_after) = match &obligation.kind {
            ObligationKind::Event(item) => (Some(item.to_string()), None),
            ObligationKind::Review(after) => (None, Some(*after)),
            _ => (None, None),
        };
        out.push(row(
            "obligation",
            json!({
                "entry": obligation.entry,
                "for": obligation.label(),
                "period": obligation.period().map(|p| p.to_string()),
                "event_item": event_item,
                "review_after": review_after,
                "count_from": obligation.deadline.start,
                "due": due,
                "due_year": due.year(),
                "due_quarter": format!("{}-Q{}", due.year(), due.month0() / 3 + 1),
                "state": obligation.state.as_str(),
                "met_by": obligation.met_by.as_deref(),
                "met_on": obligation.met_on,
            }),
        ));
    }
    for item in &repo.items {
        out.push(row(
            "item",
            json!({
                "id": item.id,
                "file": item.file,
                "entry": item.entry,
                "title": item.title,
                "period": item.period.map(|p| p.to_string()),
                "event": item.event,
                "matter": item.matter.as_deref(),
                "stage": item.stage.as_deref(),
                "scope": repo.scope_of(item).as_str(),
                "prepared_by": item.prepared_by.as_deref(),
                "reviewed_by": item.reviewed.as_ref().map(|s| s.by.as_str()),
                "reviewed_on": item.reviewed.as_ref().map(|s| s.on),
                "approved_by": item.approved.as_ref().map(|s| s.by.as_str()),
                "approved_on": item.approved.as_ref().map(|s| s.on),
                "published_on": item.published_on,
            }),
        ));
    }
    for case in &repo.cases {
        let answered_on = case.response().map(|r| r.on);
        let answered = matches!(case.status, CaseStatus::Answered | CaseStatus::Closed);
        out.push(row(
            "case",
            json!({
                "id": case.id,
                "received_on": case.received_on,
                "channel": case.channel,
                "from": case.from.as_str(),
                "about": case.about,
                "due_on": case.due_on,
                "status": case.status.as_str(),
                "extended": case.extension().is_some(),
                "answered_on": answered_on.filter(|_| answered),
                "answered_within_limit": answered_on.filter(|_| answered).map(|on| on <= case.due_on),
                "rating": case.response().and_then(|r| r.rating).map(crate::model::Rating::as_str),
                "summary": case.is_public().then_some(case.summary.as_str()),
            }),
        ));
    }
    for item in &repo.items {
        for correction in item.record.corrections() {
            out.push(row(
                "correction",
                json!({
                    "item": item.id,
                    "file": item.file,
                    "on": correction.on,
                    "by": correction.by,
                    "reason": correction.reason,
                    "digest": correction.digest.to_string(),
                }),
            ));
        }
    }
    for meeting in &repo.meetings {
        out.push(row(
            "meeting",
            json!({
                "id": meeting.id,
                "file": meeting.file,
                "meeting_kind": meeting.kind.as_str(),
                "on": meeting.on,
                "bulletin": meeting.bulletin.map(|p| p.to_string()),
                "attended": meeting.attended,
                "of": meeting.of,
                "decisions": meeting.decisions,
            }),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_shipped_schema_is_json_and_names_every_kind() {
        let schema: serde_json::Value = serde_json::from_str(super::SCHEMA).expect("schema is JSON");
        let text = schema.to_string();
        let kinds = ["organisation", "entry", "obligation", "item", "case", "correction", "meeting"];
        for kind in kinds {
            assert!(text.contains(&format!("\"const\":\"{kind}\"")), "{kind}");
        }
        let listed: Vec<&str> = schema["properties"]["kind"]["enum"]
            .as_array()
            .expect("the kind enum")
            .iter()
            .filter_map(serde_json::Value::as_str)
            .collect();
        assert_eq!(listed, kinds, "the kind enum lists every kind, in row order");
    }
}
