//! An item's workflow, 提出 → 审核 → 审批 → 实施, decided in one place: where an item
//! stands on a date, why, and the command that takes it one step further. Every command
//! and output that needs an item's step (`check`, `status`, `publish`, `new`, `review`,
//! `approve`, the archive register) asks [`item_step`].
//!
//! **The day asked about is a point in the record**: what is dated after it has not
//! happened yet on that day. A signature (`reviewed_on`, `approved_on`) dated after the
//! day is not in force: the item still waits for that step, and the step says the day
//! the recorded signature takes effect (so `publish` explains why it leaves the item
//! alone, and `status` keeps listing it under the step). A `published_on` after the day
//! is not a publication yet either. An immediate or staged item whose `event` lies
//! after the day waits for its event.

use chrono::NaiveDate;

use super::config::Config;
use super::item::{Item, Signature};

/// The signatures disclose.toml requires before an item is published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Required {
    /// 审核 (`require_review`).
    pub review: bool,
    /// 审批 (`require_approval`).
    pub approval: bool,
}

impl Required {
    /// What `config` requires.
    pub fn of(config: &Config) -> Required {
        Required {
            review: config.require_review,
            approval: config.require_approval,
        }
    }

    /// The step an item waits for when its signatures take effect on these days
    /// (`None`: not recorded), if one is not in force on `on`.
    fn missing(self, reviewed: Option<NaiveDate>, approved: Option<NaiveDate>, on: NaiveDate) -> Option<ItemStep> {
        let later = |signed: Option<NaiveDate>| signed.filter(|signed| *signed > on);
        let in_force = |signed: Option<NaiveDate>| signed.is_some_and(|signed| signed <= on);
        if self.review && !in_force(reviewed) {
            Some(ItemStep::AwaitingReview(later(reviewed)))
        } else if self.approval && !in_force(approved) {
            Some(ItemStep::AwaitingApproval(later(approved)))
        } else {
            None
        }
    }

    /// The step of an item just drafted, with no signature yet.
    pub fn first_step(self) -> ItemStep {
        self.missing(None, None, NaiveDate::MAX).unwrap_or(ItemStep::Ready)
    }
}

/// Where an item stands on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemStep {
    /// 审核 is required and not in force; `Some(day)` when it is recorded for a later day.
    AwaitingReview(Option<NaiveDate>),
    /// 审批 is required and not in force; `Some(day)` when it is recorded for a later day.
    AwaitingApproval(Option<NaiveDate>),
    /// Every signature is in force, but the event the item reports lies on this later day.
    AwaitingEvent(NaiveDate),
    /// Ready: the next `disclose publish` makes it public.
    Ready,
    /// 实施: published on this day (on or before the day asked about).
    Published(NaiveDate),
}

impl ItemStep {
    /// True for an item that is not published on the day asked about.
    pub fn is_unpublished(self) -> bool {
        !matches!(self, ItemStep::Published(_))
    }

    /// The command that takes the item one step further, if a command does.
    pub fn next_command(self, id: &str) -> Option<String> {
        match self {
            ItemStep::AwaitingReview(_) => Some(format!("disclose review {id} --by NAME")),
            ItemStep::AwaitingApproval(_) => Some(format!("disclose approve {id} --by NAME")),
            ItemStep::Ready => Some("disclose publish".to_string()),
            ItemStep::AwaitingEvent(on) => Some(format!("disclose publish --as-of {on}")),
            ItemStep::Published(_) => None,
        }
    }
}

/// Where `item` stands on `on`, under the signatures `config` requires.
pub fn item_step(config: &Config, item: &Item, on: NaiveDate) -> ItemStep {
    step_under(Required::of(config), item, on)
}

/// Where `item` stands on `on` when `required` signatures are needed.
pub fn step_under(required: Required, item: &Item, on: NaiveDate) -> ItemStep {
    if let Some(published) = item.published_on.filter(|published| *published <= on) {
        return ItemStep::Published(published);
    }
    let day = |signature: Option<&Signature>| signature.map(|s| s.on);
    if let Some(step) = required.missing(day(item.reviewed.as_ref()), day(item.approved.as_ref()), on) {
        return step;
    }
    // An optional signature recorded for a later day is waited for too.
    let signed = [item.reviewed.as_ref(), item.approved.as_ref()].into_iter().flatten().map(|s| s.on).max();
    if let Some(later) = signed.filter(|signed| *signed > on) {
        return if item.approved.as_ref().is_some_and(|a| a.on == later) {
            ItemStep::AwaitingApproval(Some(later))
        } else {
            ItemStep::AwaitingReview(Some(later))
        };
    }
    match item.event.filter(|event| *event > on) {
        Some(event) => ItemStep::AwaitingEvent(event),
        None => ItemStep::Ready,
    }
}

/// The furthest signature an item holds on `on`, for the archive register: 提出, 审核,
/// 审批 or 实施. Like [`item_step`], a signature dated after `on` does not count yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ItemState {
    /// 提出: drafted, not yet reviewed.
    Draft,
    /// 审核 recorded.
    Reviewed,
    /// 审批 recorded.
    Approved,
    /// 实施: published on or before the day.
    Published,
}

impl ItemState {
    /// The word used in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemState::Draft => "draft",
            ItemState::Reviewed => "reviewed",
            ItemState::Approved => "approved",
            ItemState::Published => "published",
        }
    }

    /// The furthest step `item` has reached on `on`.
    pub fn of(item: &Item, on: NaiveDate) -> ItemState {
        let in_force = |signature: Option<&Signature>| signature.is_some_and(|s| s.on <= on);
        if item.is_published(on) {
            ItemState::Published
        } else if in_force(item.approved.as_ref()) {
            ItemState::Approved
        } else if in_force(item.reviewed.as_ref()) {
            ItemState::Reviewed
        } else {
            ItemState::Draft
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn config(review: bool, approval: bool) -> Required {
        Required { review, approval }
    }

    fn item(reviewed: Option<&str>, approved: Option<&str>, published: Option<&str>) -> Item {
        let sign = |on: Option<&str>| {
            on.map(|on| Signature {
                by: "廖敏".into(),
                on: day(on),
            })
        };
        Item {
            id: "2026-Q1-3.5".into(),
            file: "items/2026/2026-Q1-3.5.md".into(),
            entry: "3.5".into(),
            title: "党费收缴情况".into(),
            period: None,
            period_text: None,
            event: None,
            matter: None,
            stage: None,
            final_stage: false,
            scope: None,
            prepared_by: Some("王".into()),
            reviewed: sign(reviewed),
            approved: sign(approved),
            published_on: published.map(day),
            record: crate::model::item::SignedRecord::default(),
            kept: None,
            body_line: 1,
            body_hash: 0,
            source_root: std::sync::Arc::from(std::path::Path::new("")),
            has_event_key: false,
            references: Box::default(),
            attachments: Box::default(),
            rare: None,
        }
    }

    #[test]
    fn the_required_signatures_come_first() {
        let on = day("2026-04-10");
        assert_eq!(step_under(config(true, true), &item(None, None, None), on), ItemStep::AwaitingReview(None));
        assert_eq!(
            step_under(config(true, true), &item(Some("2026-04-01"), None, None), on),
            ItemStep::AwaitingApproval(None)
        );
        assert_eq!(step_under(config(false, true), &item(None, None, None), on), ItemStep::AwaitingApproval(None));
        assert_eq!(step_under(config(false, false), &item(None, None, None), on), ItemStep::Ready);
        assert_eq!(
            step_under(config(true, true), &item(Some("2026-04-01"), Some("2026-04-02"), None), on),
            ItemStep::Ready
        );
        assert_eq!(config(true, false).first_step(), ItemStep::AwaitingReview(None));
        assert_eq!(config(false, false).first_step(), ItemStep::Ready);
    }

    #[test]
    fn a_signature_dated_later_is_not_in_force_yet() {
        let approved_later = item(None, Some("2026-04-12"), None);
        let step = step_under(config(false, true), &approved_later, day("2026-04-10"));
        assert_eq!(step, ItemStep::AwaitingApproval(Some(day("2026-04-12"))));
        assert_eq!(step.next_command("x").as_deref(), Some("disclose approve x --by NAME"));
        assert_eq!(step_under(config(false, true), &approved_later, day("2026-04-12")), ItemStep::Ready);
        // Optional, but recorded for a later day: waited for all the same.
        let reviewed_later = item(Some("2026-04-12"), None, None);
        assert_eq!(
            step_under(config(false, false), &reviewed_later, day("2026-04-10")),
            ItemStep::AwaitingReview(Some(day("2026-04-12")))
        );
    }

    #[test]
    fn an_event_dated_later_makes_the_item_wait_for_it() {
        let mut waiting = item(None, Some("2026-04-01"), None);
        waiting.event = Some(day("2026-05-01"));
        let step = step_under(config(false, true), &waiting, day("2026-04-10"));
        assert_eq!(step, ItemStep::AwaitingEvent(day("2026-05-01")));
        assert_eq!(step.next_command("x").as_deref(), Some("disclose publish --as-of 2026-05-01"));
    }

    #[test]
    fn publication_is_counted_from_its_day() {
        let published = item(Some("2026-04-01"), Some("2026-04-02"), Some("2026-04-03"));
        assert_eq!(
            step_under(config(true, true), &published, day("2026-04-03")),
            ItemStep::Published(day("2026-04-03"))
        );
        assert_eq!(step_under(config(true, true), &published, day("2026-04-02")), ItemStep::Ready);
        assert_eq!(
            step_under(config(true, true), &published, day("2026-04-01")),
            ItemStep::AwaitingApproval(Some(day("2026-04-02")))
        );
        assert!(!ItemStep::Published(day("2026-04-03")).is_unpublished());
    }

    #[test]
    fn the_archive_state_counts_signatures_in_force_only() {
        let signed = item(Some("2026-04-01"), Some("2026-04-05"), None);
        assert_eq!(ItemState::of(&signed, day("2026-03-31")), ItemState::Draft);
        assert_eq!(ItemState::of(&signed, day("2026-04-01")), ItemState::Reviewed);
        assert_eq!(ItemState::of(&signed, day("2026-04-05")), ItemState::Approved);
    }
}
