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

/// What binds an item's signatures to its content, written out field by field: the
/// loader fills it in, the load cache writes it, and [`SignedRecord::from`] packs it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecordParts {
    /// The content digest of the file's text and its attachments
    /// ([`crate::model::content::with_attachments`]), for an item with attachments;
    /// `None` for one without, whose content digest is [`RecordParts::text`] (as
    /// [`SignedRecord::content`] gives it), so that "no attachments" stays visible.
    pub with_attachments: Option<Digest>,
    /// The digest of the file's text alone ([`crate::model::content::content_digest`]),
    /// from which the loader computes [`RecordParts::with_attachments`] once the
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

/// What binds an item's signatures to its content: the digest of the content now, and
/// the digests recorded with each signature by the tool (`None` for a signature written
/// by hand, such as history moved into the tool).
///
/// Packed, since a city's archive holds 100,000 of them: the signature digests are
/// nearly always one and the same (the content that was reviewed is approved and then
/// published), so each distinct digest is kept once, and each binding names its slot.
/// 72 bytes an item instead of 192; [`RecordParts`] is the same record written out.
#[derive(Debug, Clone, Default)]
pub struct SignedRecord {
    /// The digest of the file's text alone ([`RecordParts::text`]).
    pub text: Digest,
    /// Each distinct digest of [`SignedRecord::slots`] once.
    digests: Box<[Digest]>,
    /// For `with_attachments`, `reviewed`, `approved` and `published` in that order:
    /// 1 + the index of its digest in [`SignedRecord::digests`], or 0 for none.
    slots: [u8; 4],
    /// [`RecordParts::corrections`].
    corrections: Box<[Correction]>,
}

/// The bindings in [`SignedRecord::slots`].
#[derive(Debug, Clone, Copy)]
enum Binding {
    WithAttachments = 0,
    Reviewed = 1,
    Approved = 2,
    Published = 3,
}

impl From<RecordParts> for SignedRecord {
    fn from(parts: RecordParts) -> SignedRecord {
        let mut digests: Vec<Digest> = Vec::new();
        let mut slot = |digest: Option<Digest>| -> u8 {
            let Some(digest) = digest else { return 0 };
            let index = digests.iter().position(|known| *known == digest).unwrap_or_else(|| {
                digests.push(digest);
                digests.len() - 1
            });
            // At most four digests: the index always fits.
            u8::try_from(index + 1).unwrap_or(0)
        };
        let slots = [slot(parts.with_attachments), slot(parts.reviewed), slot(parts.approved), slot(parts.published)];
        SignedRecord {
            text: parts.text,
            digests: digests.into_boxed_slice(),
            slots,
            corrections: parts.corrections.into_boxed_slice(),
        }
    }
}

impl PartialEq for SignedRecord {
    fn eq(&self, other: &SignedRecord) -> bool {
        self.parts() == other.parts()
    }
}

impl Eq for SignedRecord {}

impl SignedRecord {
    /// The record written out field by field.
    pub fn parts(&self) -> RecordParts {
        RecordParts {
            with_attachments: self.with_attachments(),
            text: self.text,
            reviewed: self.reviewed(),
            approved: self.approved(),
            published: self.published(),
            corrections: self.corrections.to_vec(),
        }
    }

    fn binding(&self, binding: Binding) -> Option<Digest> {
        let slot = usize::from(self.slots[binding as usize]);
        slot.checked_sub(1).and_then(|index| self.digests.get(index)).copied()
    }

    /// [`RecordParts::with_attachments`].
    pub fn with_attachments(&self) -> Option<Digest> {
        self.binding(Binding::WithAttachments)
    }

    /// [`RecordParts::reviewed`].
    pub fn reviewed(&self) -> Option<Digest> {
        self.binding(Binding::Reviewed)
    }

    /// [`RecordParts::approved`].
    pub fn approved(&self) -> Option<Digest> {
        self.binding(Binding::Approved)
    }

    /// [`RecordParts::published`].
    pub fn published(&self) -> Option<Digest> {
        self.binding(Binding::Published)
    }

    /// [`RecordParts::corrections`], oldest first.
    pub fn corrections(&self) -> &[Correction] {
        &self.corrections
    }

    /// Sets [`RecordParts::with_attachments`] (the loader, once the attachments are listed).
    pub fn set_with_attachments(&mut self, digest: Option<Digest>) {
        if self.with_attachments() == digest {
            return;
        }
        let mut parts = self.parts();
        parts.with_attachments = digest;
        *self = SignedRecord::from(parts);
    }

    /// Sets [`RecordParts::published`] (`publish`, as it records the publication).
    pub fn set_published(&mut self, digest: Option<Digest>) {
        if self.published() == digest {
            return;
        }
        let mut parts = self.parts();
        parts.published = digest;
        *self = SignedRecord::from(parts);
    }

    /// The content digest as loaded: the file's text and its attachments.
    pub fn content(&self) -> Digest {
        self.with_attachments().unwrap_or(self.text)
    }

    /// The content the item is bound to since publication: the last correction's, or
    /// the published one; `None` for a publication written by hand and never corrected.
    pub fn published_content(&self) -> Option<Digest> {
        self.corrections.last().map(|c| c.digest).or_else(|| self.published())
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
    pub references: Box<[Reference]>,
    /// The files in the item's attachment folder, listed at every load (not cached).
    pub attachments: Box<[Attachment]>,
    /// What few items have ([`Rare`]): one box, 8 bytes an item instead of 56.
    pub rare: Option<Box<Rare>>,
}

/// The keys few items write, kept apart from [`Item`] (a city's archive holds 100,000
/// items, and fewer than one in fifty has any of these).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rare {
    /// Restricted items: to whom.
    pub audience: Option<CompactString>,
    /// Standing items: the id of the item this one replaces.
    pub supersedes: Option<CompactString>,
    /// 公示 items: the day the notice names for the decision, which must come after
    /// the whole notice period.
    pub decision_on: Option<NaiveDate>,
}

impl Rare {
    /// The box for an item, or none when it writes none of these keys.
    pub fn boxed(self) -> Option<Box<Rare>> {
        (self != Rare::default()).then(|| Box::new(self))
    }
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
        (self.reviewed.is_some() && self.record.reviewed().is_none())
            || (self.approved.is_some() && self.record.approved().is_none())
            || (self.published_on.is_some() && self.record.published().is_none())
    }

    /// The body kept with the item ([`Item::kept`]), if any.
    pub fn kept_body(&self) -> Option<&str> {
        self.kept.as_ref().map(|kept| kept.body.as_str())
    }

    /// Restricted items: to whom ([`Rare::audience`]).
    pub fn audience(&self) -> Option<&str> {
        self.rare.as_ref().and_then(|rare| rare.audience.as_deref())
    }

    /// Standing items: the id of the item this one replaces ([`Rare::supersedes`]).
    pub fn supersedes(&self) -> Option<&str> {
        self.rare.as_ref().and_then(|rare| rare.supersedes.as_deref())
    }

    /// 公示 items: the day the notice names for the decision ([`Rare::decision_on`]).
    pub fn decision_on(&self) -> Option<NaiveDate> {
        self.rare.as_ref().and_then(|rare| rare.decision_on)
    }

    /// The period or event shown beside the title.
    pub fn when_label(&self) -> Option<String> {
        self.period.map(|p| p.to_string()).or_else(|| self.event.map(|e| e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digest(byte: u8) -> Digest {
        Digest([byte; 32])
    }

    fn correction(on: &str, byte: u8) -> Correction {
        Correction {
            on: on.parse().unwrap(),
            by: "王芳".into(),
            reason: "数字有误".into(),
            digest: digest(byte),
        }
    }

    #[test]
    fn a_record_packs_each_digest_once_and_gives_every_binding_back() {
        let parts = RecordParts {
            with_attachments: Some(digest(2)),
            text: digest(1),
            reviewed: Some(digest(3)),
            approved: Some(digest(3)),
            published: Some(digest(2)),
            corrections: vec![correction("2026-03-02", 4), correction("2026-04-01", 5)],
        };
        let record = SignedRecord::from(parts.clone());
        assert_eq!(record.digests.len(), 2, "digest 2 and digest 3, each once");
        assert_eq!(record.parts(), parts);
        assert_eq!(record.content(), digest(2));
        assert_eq!(record.published_content(), Some(digest(5)));
        assert_eq!(record.corrections().len(), 2);
    }

    #[test]
    fn an_unsigned_record_holds_no_digest_beside_its_text() {
        let record = SignedRecord::from(RecordParts {
            text: digest(1),
            ..RecordParts::default()
        });
        assert!(record.digests.is_empty());
        assert_eq!((record.reviewed(), record.approved(), record.published()), (None, None, None));
        assert_eq!(record.content(), digest(1));
        assert_eq!(record.published_content(), None);
    }

    #[test]
    fn setting_a_binding_keeps_the_others_and_drops_a_digest_no_longer_named() {
        let mut record = SignedRecord::from(RecordParts {
            text: digest(1),
            reviewed: Some(digest(1)),
            approved: Some(digest(1)),
            published: Some(digest(7)),
            ..RecordParts::default()
        });
        record.set_published(Some(digest(1)));
        assert_eq!(record.digests.len(), 1);
        assert_eq!(
            (record.reviewed(), record.approved(), record.published()),
            (Some(digest(1)), Some(digest(1)), Some(digest(1)))
        );
        record.set_with_attachments(Some(digest(9)));
        assert_eq!(record.content(), digest(9));
        assert_eq!(record.reviewed(), Some(digest(1)));
        record.set_with_attachments(None);
        assert_eq!(record.content(), digest(1));
        assert_eq!(record.digests.len(), 1);
    }

    #[test]
    fn records_equal_in_meaning_are_equal_whatever_order_their_digests_were_packed_in() {
        let a = SignedRecord::from(RecordParts {
            reviewed: Some(digest(1)),
            published: Some(digest(2)),
            ..RecordParts::default()
        });
        let mut b = SignedRecord::from(RecordParts {
            published: Some(digest(2)),
            ..RecordParts::default()
        });
        assert_ne!(a, b);
        b = SignedRecord::from(RecordParts {
            reviewed: b.published().map(|_| digest(1)),
            ..b.parts()
        });
        assert_eq!(a, b);
    }

    /// A city's archive holds 100,000 items, all of them in memory at once: a field
    /// added inline costs 100,000 times its size (see README, "Performance").
    #[test]
    fn an_item_stays_small() {
        assert!(std::mem::size_of::<SignedRecord>() <= 72, "{}", std::mem::size_of::<SignedRecord>());
        assert!(std::mem::size_of::<Item>() <= 432, "{}", std::mem::size_of::<Item>());
    }
}
