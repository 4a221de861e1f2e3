//! Disclosure items: the disclosures themselves, each going through 提出 → 审核 → 审批 → 实施.

use std::path::Path;
use std::sync::Arc;

use compact_str::CompactString;

use chrono::NaiveDate;

use super::attachment::{Attachment, Reference};
use super::content::Digest;
use super::scope::Scope;
use crate::obligations::period::Period;

/// Who signed a step, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// The person.
    pub by: CompactString,
    /// The day.
    pub on: NaiveDate,
}

/// A correction (更正) recorded by `disclose correct` after publication: the day, who
/// made it, why, and the digest of the content as corrected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    /// The day the correction was made.
    pub on: NaiveDate,
    /// Who made it.
    pub by: CompactString,
    /// Why: what was untrue or incomplete.
    pub reason: String,
    /// The content digest ([`crate::model::content::content_digest`]) after the correction.
    pub digest: Digest,
}

/// What binds an item's signatures to its content: the digest of the content now, and
/// the digests recorded with each signature by the tool (`None` for a signature written
/// by hand, such as history moved into the tool).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SignedRecord {
    /// The content digest of the file's text and its attachments
    /// ([`crate::model::content::with_attachments`]), for an item with attachments;
    /// `None` for one without, whose content digest is [`SignedRecord::text`] (as
    /// [`SignedRecord::content`] gives it), so that "no attachments" stays visible.
    pub with_attachments: Option<Digest>,
    /// The digest of the file's text alone ([`crate::model::content::content_digest`]),
    /// from which the loader computes [`SignedRecord::with_attachments`] once the
    /// attachments are listed.
    pub text: Digest,
    /// `reviewed_digest`: the content that was reviewed.
    pub reviewed: Option<Digest>,
    /// `approved_digest`: the content that was approved.
    pub approved: Option<Digest>,
    /// `published_digest`: the content that was published.
    pub published: Option<Digest>,
    /// `[[correction]]`: corrections after publication, oldest first.
    pub corrections: Vec<Correction>,
}

impl SignedRecord {
    /// The content digest as loaded: the file's text and its attachments.
    pub fn content(&self) -> Digest {
        self.with_attachments.unwrap_or(self.text)
    }

    /// The content the item is bound to since publication: the last correction's, or
    /// the published one; `None` for a publication written by hand and never corrected.
    pub fn published_content(&self) -> Option<Digest> {
        self.corrections.last().map(|c| c.digest).or(self.published)
    }
}

/// The texts of a single item file, kept while it is checked before it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptTexts {
    /// The front matter, for finding the positions of its keys.
    pub front: Box<str>,
    /// The Markdown body.
    pub body: String,
}

/// One disclosure item, read from `items/**/ID.md`.
/// Kept in the load cache (`load::cache`, whose codec writes it) without its texts and root.
#[derive(Debug, Clone)]
pub struct Item {
    /// The file name without `.md`.
    pub id: CompactString,
    /// The file, relative to the root.
    pub file: String,
    /// The catalogue entry it discloses.
    pub entry: CompactString,
    /// The title.
    pub title: String,
    /// Periodic items: the period.
    pub period: Option<Period>,
    /// Periodic items: the period as written, when it did not parse.
    pub period_text: Option<CompactString>,
    /// Immediate and staged items: when the matter happened.
    pub event: Option<NaiveDate>,
    /// Staged items: the matter whose stages these are.
    pub matter: Option<CompactString>,
    /// Staged items: this stage's label.
    pub stage: Option<CompactString>,
    /// Staged items: the last stage.
    pub final_stage: bool,
    /// A narrower scope than the entry's, if given.
    pub scope: Option<Scope>,
    /// Restricted items: to whom.
    pub audience: Option<CompactString>,
    /// Standing items: the id of the item this one replaces.
    pub supersedes: Option<CompactString>,
    /// 提出: who drafted it.
    pub prepared_by: Option<CompactString>,
    /// 审核 (with the secrecy review).
    pub reviewed: Option<Signature>,
    /// 审批.
    pub approved: Option<Signature>,
    /// 实施: when it was made public.
    pub published_on: Option<NaiveDate>,
    /// The digests that bind the signatures to the content, and the corrections.
    pub record: SignedRecord,
    /// The front matter's and the body's text, kept only for a single file checked
    /// before it is written (`load::item::parse_item`). A loaded repository never holds
    /// them (a city's archive would not fit in memory): the loader searches each body
    /// while the file is read, and `ItemFile::body_text` and `ItemFile::at` read the
    /// file back when a page or a finding needs it. One box, since nearly every item has
    /// none: 8 bytes an item instead of 40.
    pub kept: Option<Box<KeptTexts>>,
    /// The body's first line in the file (1-based).
    pub body_line: usize,
    /// A hash of the Markdown body as loaded (XXH3, 64 bits: fast on 100,000 bodies,
    /// and the same on every build and machine), so that a page built from the body can
    /// tell it is unchanged without reading it again.
    pub body_hash: u64,
    /// The folder that [`Item::file`] is relative to (the repository root, or empty for
    /// the working folder), shared by every item of a repository.
    pub source_root: Arc<Path>,
    /// True when the front matter writes an `event` key (even one that did not parse).
    pub has_event_key: bool,
    /// The body's references to local files (images and links), found as it was read.
    pub references: Vec<Reference>,
    /// The files in the item's attachment folder, listed at every load (not cached).
    pub attachments: Vec<Attachment>,
    /// 公示 items: the day the notice names for the decision, which must come after
    /// the whole notice period.
    pub decision_on: Option<NaiveDate>,
}

impl Item {
    /// The scope in force: the narrower of the item's own and its entry's, so that a
    /// wrongly widened item still never reaches a wider audience.
    pub fn effective_scope(&self, entry_scope: Scope) -> Scope {
        self.scope.map_or(entry_scope, |scope| scope.max(entry_scope))
    }

    /// True when published on or before `as_of`.
    pub fn is_published(&self, as_of: NaiveDate) -> bool {
        self.published_on.is_some_and(|on| on <= as_of)
    }

    /// True when a signature or `published_on` was written by hand: recorded without
    /// the digest the tool records with it (history moved into the tool).
    pub fn recorded_by_hand(&self) -> bool {
        (self.reviewed.is_some() && self.record.reviewed.is_none())
            || (self.approved.is_some() && self.record.approved.is_none())
            || (self.published_on.is_some() && self.record.published.is_none())
    }

    /// The body kept with the item ([`Item::kept`]), if any.
    pub fn kept_body(&self) -> Option<&str> {
        self.kept.as_ref().map(|kept| kept.body.as_str())
    }

    /// The period or event shown beside the title.
    pub fn when_label(&self) -> Option<String> {
        self.period.map(|p| p.to_string()).or_else(|| self.event.map(|e| e.to_string()))
    }
}
