//! The next step for an obligation that is not met, or for an item on its way to
//! publication: the advice `status`, `next`, `explain` and `check` give. An obligation
//! that already has a draft is advised that draft's next step, so advice never creates a
//! second item for one obligation.

use chrono::NaiveDate;

use super::period::{Period, PeriodKind};
use super::{obligations, superseded_ids, Obligation, ObligationKind};
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
        ObligationKind::AnnualReport(year) => crate::t!("obligations-annual-report-next", year = year.to_string()),
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

/// The period a new item of the periodic entry `entry` is most likely for, as `new`
/// offers it: the earliest period whose obligation is not met and that has no item yet
/// (a drafted period is advised its draft's next step instead); when every such period
/// has one, the first period from the most recently ended one on that has no item. Never
/// a period already published.
pub fn period_to_write(repo: &Repo, entry: &str, kind: PeriodKind, as_of: NaiveDate) -> Period {
    let written = |period: Period| repo.items.iter().any(|item| item.entry == entry && item.period == Some(period));
    let unmet = obligations(repo, as_of)
        .into_iter()
        .filter(|obligation| obligation.entry == entry && !obligation.is_met())
        .filter_map(|obligation| obligation.period())
        .filter(|period| period.kind == kind && !written(*period))
        .min();
    unmet.unwrap_or_else(|| {
        let mut period = Period::containing(kind, as_of).previous();
        // Bounded: a repository holds far fewer items than this.
        for _ in 0..1200 {
            if !written(period) {
                break;
            }
            period = period.next();
        }
        period
    })
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
