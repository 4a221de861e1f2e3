//! The next step for an obligation that is not met, or for an item on its way to
//! publication: the advice `status`, `next`, `explain` and `check` give. An obligation
//! that already has a draft is advised that draft's next step, so advice never creates a
//! second item for one obligation.

use chrono::NaiveDate;

use super::{superseded_ids, Obligation, ObligationKind};
use crate::model::{item_step, Item, ItemStep, Repo};

/// The command that takes `item` one step further on `as_of` (for a published item,
/// `disclose publish`, which keeps the board up to date).
pub fn item_command(repo: &Repo, item: &Item, as_of: NaiveDate) -> String {
    item_step(&repo.config, item, as_of)
        .next_command(&item.id)
        .unwrap_or_else(|| "disclose publish".to_string())
}

/// The unpublished item that would meet `obligation`, if one has been drafted.
pub fn draft_for<'a>(repo: &'a Repo, obligation: &Obligation, as_of: NaiveDate) -> Option<&'a Item> {
    let mut drafts = repo
        .items
        .iter()
        .filter(|item| item.entry == obligation.entry && item_step(&repo.config, item, as_of).is_unpublished());
    match &obligation.kind {
        ObligationKind::Periodic(period) => drafts.find(|item| item.period == Some(*period)),
        ObligationKind::Event(id) => drafts.find(|item| item.id == *id),
        ObligationKind::Standing | ObligationKind::Review(_) => drafts.next_back(),
        ObligationKind::AnnualReport(_) => None,
    }
}

/// The command to run next for an obligation that is not met: move its draft on, or
/// start the item.
pub fn obligation_command(repo: &Repo, obligation: &Obligation, as_of: NaiveDate) -> String {
    if let Some(item) = draft_for(repo, obligation, as_of) {
        return item_command(repo, item, as_of);
    }
    match &obligation.kind {
        ObligationKind::Periodic(period) => format!("disclose new {} --period {period}", obligation.entry),
        ObligationKind::Standing => format!("disclose new {}", obligation.entry),
        ObligationKind::Review(_) => match &obligation.met_by {
            Some(current) => format!("disclose new {} --supersedes {current}", obligation.entry),
            None => current_item(repo, obligation, as_of).map_or_else(
                || format!("disclose new {}", obligation.entry),
                |id| format!("disclose new {} --supersedes {id}", obligation.entry),
            ),
        },
        ObligationKind::Event(id) => format!("disclose review {id} --by NAME"),
        ObligationKind::AnnualReport(year) => format!("disclose report --year {year} --annual, then write its 存在问题和改进措施"),
    }
}

/// The published, not superseded item of a standing obligation's entry.
fn current_item(repo: &Repo, obligation: &Obligation, as_of: NaiveDate) -> Option<String> {
    let superseded = superseded_ids(repo, as_of);
    repo.items
        .iter()
        .filter(|item| item.entry == obligation.entry && item.is_published(as_of) && !superseded.contains(&item.id))
        .max_by_key(|item| (item.published_on, item.id.clone()))
        .map(|item| item.id.to_string())
}

/// Unpublished items by the step they wait for on `as_of`.
#[derive(Debug, Default)]
pub struct PendingItems<'a> {
    /// Waiting for 审核.
    pub review: Vec<&'a Item>,
    /// Waiting for 审批.
    pub approve: Vec<&'a Item>,
    /// Signed, waiting for the event it reports.
    pub later: Vec<&'a Item>,
    /// Ready for `disclose publish`.
    pub publish: Vec<&'a Item>,
}

/// The repository's unpublished items, sorted by the step they wait for on `as_of`.
pub fn pending_items(repo: &Repo, as_of: NaiveDate) -> PendingItems<'_> {
    let mut pending = PendingItems::default();
    for item in &repo.items {
        match item_step(&repo.config, item, as_of) {
            ItemStep::AwaitingReview(_) => pending.review.push(item),
            ItemStep::AwaitingApproval(_) => pending.approve.push(item),
            ItemStep::AwaitingEvent(_) => pending.later.push(item),
            ItemStep::Ready => pending.publish.push(item),
            ItemStep::Published(_) => {}
        }
    }
    pending
}
