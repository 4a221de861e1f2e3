//! Disclosure items: the disclosures themselves, each going through 提出 → 审核 → 审批 → 实施.

use chrono::NaiveDate;

use super::scope::Scope;
use crate::diag::Location;
use crate::load::source::KeyPositions;
use crate::obligations::period::Period;

/// Who signed a step, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// The person.
    pub by: String,
    /// The day.
    pub on: NaiveDate,
}

/// One disclosure item, read from `items/**/ID.md`.
#[derive(Debug, Clone)]
pub struct Item {
    /// The file name without `.md`.
    pub id: String,
    /// The file, relative to the root.
    pub file: String,
    /// The catalogue entry it discloses.
    pub entry: String,
    /// The title.
    pub title: String,
    /// Periodic items: the period.
    pub period: Option<Period>,
    /// Periodic items: the period as written, when it did not parse.
    pub period_text: Option<String>,
    /// Immediate and staged items: when the matter happened.
    pub event: Option<NaiveDate>,
    /// Staged items: the matter whose stages these are.
    pub matter: Option<String>,
    /// Staged items: this stage's label.
    pub stage: Option<String>,
    /// Staged items: the last stage.
    pub final_stage: bool,
    /// A narrower scope than the entry's, if given.
    pub scope: Option<Scope>,
    /// Restricted items: to whom.
    pub audience: Option<String>,
    /// Standing items: the id of the item this one replaces.
    pub supersedes: Option<String>,
    /// 提出: who drafted it.
    pub prepared_by: Option<String>,
    /// 审核 (with the secrecy review).
    pub reviewed: Option<Signature>,
    /// 审批.
    pub approved: Option<Signature>,
    /// 实施: when it was made public.
    pub published_on: Option<NaiveDate>,
    /// The Markdown body.
    pub body: String,
    /// The body's first line in the file (1-based).
    pub body_line: usize,
    /// Where each front-matter key stands.
    pub keys: KeyPositions,
}

impl Item {
    /// The location of a front-matter key's value (or of the front matter).
    pub fn at(&self, key: &str) -> Location {
        self.keys.get(key)
    }

    /// The scope in force: the narrower of the item's own and its entry's, so that a
    /// wrongly widened item still never reaches a wider audience.
    pub fn effective_scope(&self, entry_scope: Scope) -> Scope {
        self.scope.map_or(entry_scope, |scope| scope.max(entry_scope))
    }

    /// True when published on or before `as_of`.
    pub fn is_published(&self, as_of: NaiveDate) -> bool {
        self.published_on.is_some_and(|on| on <= as_of)
    }

    /// The period or event shown beside the title.
    pub fn when_label(&self) -> Option<String> {
        self.period.map(|p| p.to_string()).or_else(|| self.event.map(|e| e.to_string()))
    }
}
