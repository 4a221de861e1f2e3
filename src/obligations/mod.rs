//! Obligations: from the approved catalogue and the items, every duty the branch has,
//! each with its due date and state. Computed here and only here; `check`, `status`,
//! `publish`, bulletins and reports all use this list.

pub mod calendar;
pub mod deadline;
pub mod period;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use chrono::NaiveDate;

use crate::model::{Cadence, Entry, Item, Repo};
use deadline::{due_date, Deadline, Limit};
use period::Period;

/// How many days ahead an obligation counts as "due".
pub const DUE_SOON_DAYS: i64 = 14;

/// What an obligation is for.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum ObligationKind {
    /// A periodic entry's period.
    Periodic(Period),
    /// A standing entry's first publication.
    Standing,
    /// A standing entry's re-confirmation after the publication of that day.
    Review(NaiveDate),
    /// An immediate or staged item's event (the item id).
    Event(String),
}

/// Where an obligation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum State {
    /// Past due and not met.
    Overdue,
    /// Not met, due within the next 14 days.
    Due,
    /// Not met, due later.
    Open,
    /// Met after the due date.
    Late,
    /// Met by the due date.
    Done,
}

impl State {
    /// The word used in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Overdue => "overdue",
            State::Due => "due",
            State::Open => "open",
            State::Late => "late",
            State::Done => "done",
        }
    }

    /// The state of a duty due on `due`, met on `met_on` (if at all), seen on `as_of`.
    pub fn of(due: NaiveDate, met_on: Option<NaiveDate>, as_of: NaiveDate) -> State {
        match met_on {
            Some(met) if met <= due => State::Done,
            Some(_) => State::Late,
            None if as_of > due => State::Overdue,
            None if (due - as_of).num_days() <= DUE_SOON_DAYS => State::Due,
            None => State::Open,
        }
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One duty: an entry, what for, when due, and whether it was met.
#[derive(Debug, Clone)]
pub struct Obligation {
    /// The entry id.
    pub entry: String,
    /// What it is for.
    pub kind: ObligationKind,
    /// The due date and how it was computed.
    pub deadline: Deadline,
    /// The item that met it.
    pub met_by: Option<String>,
    /// When it was met.
    pub met_on: Option<NaiveDate>,
    /// Where it stands on the as-of date.
    pub state: State,
}

impl Obligation {
    /// The due date.
    pub fn due(&self) -> NaiveDate {
        self.deadline.due
    }

    /// The period, event or review it is for, as shown to users (`2026-Q1`, `event
    /// 2026-02-10`, `standing`, `review after 2026-01-15`).
    pub fn label(&self) -> String {
        match &self.kind {
            ObligationKind::Periodic(period) => period.to_string(),
            ObligationKind::Standing => "standing".to_string(),
            ObligationKind::Review(after) => format!("review after {after}"),
            ObligationKind::Event(item) => format!("item {item}"),
        }
    }

    /// The period, when the obligation is periodic.
    pub fn period(&self) -> Option<Period> {
        match self.kind {
            ObligationKind::Periodic(period) => Some(period),
            _ => None,
        }
    }

    /// True when met (on time or late).
    pub fn is_met(&self) -> bool {
        matches!(self.state, State::Done | State::Late)
    }
}

/// Every obligation of the repository on `as_of`, ordered by due date, entry and label.
/// An unapproved or changed catalogue produces none.
pub fn obligations(repo: &Repo, as_of: NaiveDate) -> Vec<Obligation> {
    let Some(approval) = repo.config.approval.as_ref().filter(|_| repo.catalogue_in_force()) else {
        return Vec::new();
    };
    let by_entry = repo.items_by_entry();
    let superseded = superseded_ids(repo, as_of);
    let mut list = Vec::new();
    for entry in repo.catalogue.entries() {
        let start = entry.since.unwrap_or(approval.approved_on);
        let items = by_entry.get(entry.id.as_str()).map_or(&[][..], Vec::as_slice);
        match entry.cadence {
            Cadence::Periodic(kind) => periodic(repo, entry, start, kind, items, as_of, &mut list),
            Cadence::Standing => standing(repo, entry, start, items, &superseded, as_of, &mut list),
            Cadence::Immediate | Cadence::Staged => events(repo, entry, start, items, as_of, &mut list),
        }
    }
    list.sort_by(|a, b| (a.due(), crate::model::catalogue::natural_cmp(&a.entry, &b.entry), &a.kind).cmp(&(b.due(), std::cmp::Ordering::Equal, &b.kind)));
    list
}

/// Ids of items replaced by a published item.
pub fn superseded_ids(repo: &Repo, as_of: NaiveDate) -> BTreeSet<String> {
    repo.items
        .iter()
        .filter(|item| item.is_published(as_of))
        .filter_map(|item| item.supersedes.clone())
        .collect()
}

fn periodic(repo: &Repo, entry: &Entry, start: NaiveDate, kind: period::PeriodKind, items: &[&Item], as_of: NaiveDate, list: &mut Vec<Obligation>) {
    let last_day = entry.until.map_or(as_of, |until| until.min(as_of));
    if last_day < start {
        return;
    }
    let mut met: BTreeMap<Period, (NaiveDate, &str)> = BTreeMap::new();
    for item in items {
        if let (Some(period), Some(on)) = (item.period, item.published_on.filter(|on| *on <= as_of)) {
            let slot = met.entry(period).or_insert((on, &item.id));
            if on < slot.0 {
                *slot = (on, &item.id);
            }
        }
    }
    let mut period = Period::containing(kind, start);
    let last = Period::containing(kind, last_day);
    while period <= last {
        let deadline = due_date(&repo.calendar, period.end(), entry.limit);
        let hit = met.get(&period);
        list.push(Obligation {
            entry: entry.id.clone(),
            kind: ObligationKind::Periodic(period),
            state: State::of(deadline.due, hit.map(|h| h.0), as_of),
            deadline,
            met_by: hit.map(|h| h.1.to_string()),
            met_on: hit.map(|h| h.0),
        });
        period = period.next();
    }
}

fn standing(repo: &Repo, entry: &Entry, start: NaiveDate, items: &[&Item], superseded: &BTreeSet<String>, as_of: NaiveDate, list: &mut Vec<Obligation>) {
    if entry.until.is_some_and(|until| until < start) {
        return;
    }
    let mut published: Vec<(NaiveDate, &str)> = items
        .iter()
        .filter_map(|item| item.published_on.filter(|on| *on <= as_of).map(|on| (on, item.id.as_str())))
        .collect();
    published.sort_unstable();
    let current = published.iter().rev().find(|(_, id)| !superseded.contains(*id));
    let deadline = due_date(&repo.calendar, start, entry.limit);
    let first = published.first().filter(|_| current.is_some());
    list.push(Obligation {
        entry: entry.id.clone(),
        kind: ObligationKind::Standing,
        state: State::of(deadline.due, first.map(|f| f.0), as_of),
        deadline,
        met_by: current.map(|c| c.1.to_string()),
        met_on: first.map(|f| f.0),
    });
    let Some(months) = entry.review_months else { return };
    for (index, (on, _)) in published.iter().enumerate() {
        let deadline = due_date(&repo.calendar, *on, Limit::Months(months));
        if deadline.due < start || entry.until.is_some_and(|until| deadline.due > until) {
            continue;
        }
        let next = published.get(index + 1);
        list.push(Obligation {
            entry: entry.id.clone(),
            kind: ObligationKind::Review(*on),
            state: State::of(deadline.due, next.map(|n| n.0), as_of),
            deadline,
            met_by: next.map(|n| n.1.to_string()),
            met_on: next.map(|n| n.0),
        });
    }
}

fn events(repo: &Repo, entry: &Entry, start: NaiveDate, items: &[&Item], as_of: NaiveDate, list: &mut Vec<Obligation>) {
    for item in items {
        let Some(event) = item.event else { continue };
        if event < start || event > as_of || entry.until.is_some_and(|until| event > until) {
            continue;
        }
        let deadline = due_date(&repo.calendar, event, entry.limit);
        let met_on = item.published_on.filter(|on| *on <= as_of);
        list.push(Obligation {
            entry: entry.id.clone(),
            kind: ObligationKind::Event(item.id.clone()),
            state: State::of(deadline.due, met_on, as_of),
            deadline,
            met_by: met_on.map(|_| item.id.clone()),
            met_on,
        });
    }
}
