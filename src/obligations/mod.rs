//! Obligations: from the approved catalogue and the items, every duty the branch has,
//! each with its due date and state. Computed here and only here; `check`, `status`,
//! `publish`, bulletins and reports all use this list.

pub mod advice;
pub mod announce;
pub mod annual;
pub mod calendar;
pub mod deadline;
pub mod notice;
pub mod period;
pub mod rules;
pub mod terms;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use chrono::NaiveDate;
use compact_str::CompactString;

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
    Event(CompactString),
    /// The annual report (年度党务公开工作报告) of a year ([`annual`]).
    AnnualReport(i32),
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
    pub entry: CompactString,
    /// What it is for.
    pub kind: ObligationKind,
    /// The due date and how it was computed.
    pub deadline: Deadline,
    /// The item that met it.
    pub met_by: Option<CompactString>,
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
    /// 2026-02-10`, `standing`, `review after 2026-01-15`). The same words in every
    /// language, because JSON and tests key on them; messages in the terminal's language
    /// use [`terms::obligation`].
    pub fn label(&self) -> String {
        match &self.kind {
            ObligationKind::Periodic(period) => period.to_string(),
            ObligationKind::Standing => "standing".to_string(),
            ObligationKind::Review(after) => format!("review after {after}"),
            ObligationKind::Event(item) => format!("item {item}"),
            ObligationKind::AnnualReport(year) => format!("annual report {year}"),
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
    if !repo.catalogue_in_force() {
        return Vec::new();
    }
    let by_entry = repo.items_by_entry();
    let superseded = superseded_ids(repo, as_of);
    let mut list = Vec::with_capacity(most_obligations(repo, &by_entry, as_of));
    for entry in repo.catalogue.entries() {
        // From the first approval that contained the entry, so a re-approval moves nothing.
        let Some(start) = repo.entry_start(entry) else { continue };
        let items = by_entry.get(entry.id.as_str()).map_or(&[][..], Vec::as_slice);
        match entry.cadence {
            Cadence::Periodic(kind) => periodic(repo, entry, start, kind, items, as_of, &mut list),
            Cadence::Standing => standing(repo, entry, start, items, &superseded, as_of, &mut list),
            Cadence::Immediate | Cadence::Staged => events(repo, entry, start, items, as_of, &mut list),
        }
    }
    // The annual report is owed for the years that end after the catalogue was first approved.
    if let Some(first) = repo.config.approvals.first() {
        annual::annual_reports(repo, first.approved_on, as_of, &mut list);
    }
    // A total order (the entry's id breaks a tie of natural order, as "1.01" and "1.1"),
    // so the unstable sort, which needs no buffer beside the list (8 MB at 100,000
    // items), gives the one order a stable sort would.
    list.sort_unstable_by(|a, b| {
        (a.due(), crate::model::catalogue::natural_cmp(&a.entry, &b.entry), &a.entry, &a.kind).cmp(&(b.due(), std::cmp::Ordering::Equal, &b.entry, &b.kind))
    });
    // The list is kept until the end of the command: the room the estimate left over
    // is given back (a large allocation shrinks where it is, without a copy).
    list.shrink_to_fit();
    list
}

/// How many obligations [`obligations`] makes at most (but for a periodic entry whose
/// earlier rule had shorter periods), so that the list, which is kept to the end of the
/// command, is allocated once: grown by doubling, it reached 13.6 MB at 100,000 items
/// for 6.8 MB of obligations. One for each period of a periodic entry's kind up to
/// `as_of`, one for a standing entry and each of its items (the reviews), one for each
/// item of an event entry, one for each year of annual reports.
fn most_obligations(repo: &Repo, by_entry: &BTreeMap<&str, Vec<&Item>>, as_of: NaiveDate) -> usize {
    let entries: usize = repo
        .catalogue
        .entries()
        .filter_map(|entry| Some((entry, repo.entry_start(entry)?)))
        .map(|(entry, start)| {
            let items = by_entry.get(entry.id.as_str()).map_or(0, Vec::len);
            match entry.cadence {
                Cadence::Periodic(kind) => {
                    let last = Period::containing(kind, as_of);
                    std::iter::successors(Some(Period::containing(kind, start)), |period| Some(period.next()))
                        .take_while(|period| *period <= last)
                        .count()
                }
                Cadence::Standing => 1 + items,
                Cadence::Immediate | Cadence::Staged => items,
            }
        })
        .sum();
    let years = repo.config.approvals.first().map_or(0, |first| {
        usize::try_from(chrono::Datelike::year(&as_of) - chrono::Datelike::year(&first.approved_on) + 1).unwrap_or(0)
    });
    entries + years
}

/// Ids of items replaced by a published item.
pub fn superseded_ids(repo: &Repo, as_of: NaiveDate) -> BTreeSet<CompactString> {
    repo.items
        .iter()
        .filter(|item| item.is_published(as_of))
        .filter_map(|item| item.supersedes().map(CompactString::from))
        .collect()
}

/// The periods of a periodic entry from `start`, each judged by the rule in force when
/// it ended ([`rules::history`]): a re-approval that changed the period kind or the
/// time limit leaves the periods that ended before it as they were.
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
    let mut from = start;
    for stretch in rules::history(repo, entry, start) {
        // A stretch whose rule was not periodic is judged by the rule now (see `rules`).
        let (kind, limit) = match (stretch.cadence, stretch.until) {
            (Cadence::Periodic(old), Some(_)) => (old, stretch.limit),
            (_, Some(_)) => continue,
            (_, None) => (kind, entry.limit),
        };
        let mut period = Period::containing(kind, from);
        let final_period = Period::containing(kind, last_day);
        while period <= final_period && stretch.until.is_none_or(|until| period.end() < until) {
            let deadline = due_date(&repo.calendar, period.end(), limit);
            let hit = met.get(&period);
            list.push(Obligation {
                entry: entry.id.as_str().into(),
                kind: ObligationKind::Periodic(period),
                state: State::of(deadline.due, hit.map(|h| h.0), as_of),
                deadline,
                met_by: hit.map(|h| h.1.into()),
                met_on: hit.map(|h| h.0),
            });
            period = period.next();
        }
        if let Some(until) = stretch.until {
            from = from.max(until);
        }
    }
}

fn standing(repo: &Repo, entry: &Entry, start: NaiveDate, items: &[&Item], superseded: &BTreeSet<CompactString>, as_of: NaiveDate, list: &mut Vec<Obligation>) {
    if entry.until.is_some_and(|until| until < start) {
        return;
    }
    let mut published: Vec<(NaiveDate, &str)> = items
        .iter()
        .filter_map(|item| item.published_on.filter(|on| *on <= as_of).map(|on| (on, item.id.as_str())))
        .collect();
    published.sort_unstable();
    let current = published.iter().rev().find(|(_, id)| !superseded.contains(*id));
    let limit = rules::limit_at(&rules::history(repo, entry, start), start, entry);
    let deadline = due_date(&repo.calendar, start, limit);
    let first = published.first().filter(|_| current.is_some());
    list.push(Obligation {
        entry: entry.id.as_str().into(),
        kind: ObligationKind::Standing,
        state: State::of(deadline.due, first.map(|f| f.0), as_of),
        deadline: deadline.clone(),
        met_by: current.map(|c| c.1.into()),
        met_on: first.map(|f| f.0),
    });
    let Some(months) = entry.review_months else { return };
    for (index, (on, _)) in published.iter().enumerate() {
        let next = published.get(index + 1);
        let mut review = due_date(&repo.calendar, *on, Limit::Months(months));
        if review.due < start {
            // Replaced before the obligations started: history, not a duty.
            if next.is_some_and(|n| n.0 <= start) {
                continue;
            }
            // Still current when the obligations started, but already older than
            // `review_months`: it must be re-confirmed by the first publication's due
            // date, or a version published long ago would never be reviewed again.
            review = deadline.clone();
        }
        let deadline = review;
        if entry.until.is_some_and(|until| deadline.due > until) {
            continue;
        }
        list.push(Obligation {
            entry: entry.id.as_str().into(),
            kind: ObligationKind::Review(*on),
            state: State::of(deadline.due, next.map(|n| n.0), as_of),
            deadline,
            met_by: next.map(|n| n.1.into()),
            met_on: next.map(|n| n.0),
        });
    }
}

fn events(repo: &Repo, entry: &Entry, start: NaiveDate, items: &[&Item], as_of: NaiveDate, list: &mut Vec<Obligation>) {
    let history = rules::history(repo, entry, start);
    for item in items {
        let Some(event) = item.event else { continue };
        if event < start || event > as_of || entry.until.is_some_and(|until| event > until) {
            continue;
        }
        let deadline = due_date(&repo.calendar, event, rules::limit_at(&history, event, entry));
        let met_on = item.published_on.filter(|on| *on <= as_of);
        list.push(Obligation {
            entry: entry.id.as_str().into(),
            kind: ObligationKind::Event(item.id.clone()),
            state: State::of(deadline.due, met_on, as_of),
            deadline,
            met_by: met_on.map(|_| item.id.clone()),
            met_on,
        });
    }
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;
    use crate::diag::Location;
    use crate::load::digest::catalogue_digest;
    use crate::load::load_repo;
    use crate::model::Approval;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    /// A repository of one category with these `[[entry]]` tables and items (id, front
    /// matter), loaded from files, its catalogue approved on `approved_on`.
    fn repo_approved_on(approved_on: &str, entries: &str, items: &[(&str, &str)]) -> Repo {
        let dir = tempfile::tempdir().unwrap();
        let write = |relative: &str, text: &str| {
            let path = dir.path().join(relative);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        };
        write("disclose.toml", "[organisation]\nname = \"测试支部\"\n\n[leading_group]\nleader = \"舒军\"\n");
        write("catalogue/01-test.toml", &format!("[category]\ncode = \"1\"\ntitle = \"测试\"\n\n{entries}"));
        for (id, front) in items {
            write(&format!("items/{id}.md"), &format!("+++\n{front}\n+++\n正文。\n"));
        }
        let (mut repo, findings) = load_repo(dir.path()).unwrap();
        assert_eq!(findings.errors(), 0, "{findings:?}");
        let digest = catalogue_digest(&repo.catalogue);
        repo.config.approvals = vec![Approval {
            approved_on: date(approved_on),
            approved_by: "党务公开工作领导小组".into(),
            meeting: None,
            digest: digest.whole,
            parts: digest.parts,
            rules: std::collections::BTreeMap::new(),
            location: Location::default(),
        }];
        assert!(repo.catalogue_in_force());
        repo
    }

    fn repo(entries: &str, items: &[(&str, &str)]) -> Repo {
        repo_approved_on("2026-01-05", entries, items)
    }

    const QUARTERLY: &str =
        "[[entry]]\nid = \"1.1\"\ntitle = \"党费\"\nscope = \"members\"\ncadence = \"periodic\"\nperiod = \"quarter\"\ndue_days = 15\nowner = \"廖敏\"\n";

    fn quarterly(extra: &str) -> String {
        format!("{QUARTERLY}{extra}")
    }

    fn periodic_item(period: &str, published: Option<&str>) -> String {
        let published = published.map(|on| format!("published_on = {on}\n")).unwrap_or_default();
        format!("entry = \"1.1\"\ntitle = \"{period}党费\"\nperiod = \"{period}\"\n{published}")
    }

    /// (label, due, state, `met_by`) of every obligation.
    fn summary(list: &[Obligation]) -> Vec<(String, NaiveDate, State, Option<String>)> {
        list.iter()
            .map(|o| (o.label(), o.due(), o.state, o.met_by.as_ref().map(ToString::to_string)))
            .collect()
    }

    fn find<'a>(list: &'a [Obligation], label: &str) -> &'a Obligation {
        list.iter()
            .find(|o| o.label() == label)
            .unwrap_or_else(|| panic!("no obligation {label} in {:?}", summary(list)))
    }

    /// The list is allocated once: the estimate is never below the obligations made,
    /// on the example repository (every cadence) at several dates, and on the smallest.
    #[test]
    fn the_list_is_allocated_for_every_obligation_at_once() {
        let (example, _) = load_repo(std::path::Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
        let small = repo(&quarterly(""), &[("2026-Q1", &periodic_item("2026-Q1", Some("2026-04-03")))]);
        for (repo, as_of) in [
            (&example, "2026-11-28"),
            (&example, "2026-01-01"),
            (&example, "2031-06-30"),
            (&small, "2026-11-28"),
        ] {
            let as_of = date(as_of);
            let made = obligations(repo, as_of).len();
            let most = most_obligations(repo, &repo.items_by_entry(), as_of);
            assert!(made > 0 && made <= most, "{made} obligations, room for {most} at {as_of}");
        }
    }

    #[test]
    fn state_boundaries() {
        let due = date("2026-04-15");
        assert_eq!(State::of(due, None, date("2026-03-31")), State::Open, "15 days ahead");
        assert_eq!(State::of(due, None, date("2026-04-01")), State::Due, "14 days ahead");
        assert_eq!(State::of(due, None, date("2026-04-15")), State::Due, "on the due date");
        assert_eq!(State::of(due, None, date("2026-04-16")), State::Overdue, "the day after");
        assert_eq!(State::of(due, Some(date("2026-04-15")), date("2026-05-01")), State::Done);
        assert_eq!(State::of(due, Some(date("2026-04-01")), date("2026-04-02")), State::Done, "met early");
        assert_eq!(State::of(due, Some(date("2026-04-16")), date("2026-05-01")), State::Late);
    }

    #[test]
    fn a_missing_quarter_is_due_then_overdue() {
        let repo = repo(&quarterly(""), &[("2025-Q4-1.1", &periodic_item("2025-Q4", Some("2026-01-10")))]);
        let on_due_day = obligations(&repo, date("2026-04-15"));
        assert_eq!(
            summary(&on_due_day),
            [
                ("2026-Q1".to_string(), date("2026-04-15"), State::Due, None),
                ("2026-Q2".to_string(), date("2026-07-15"), State::Open, None)
            ]
        );
        let day_after = obligations(&repo, date("2026-04-16"));
        assert_eq!(find(&day_after, "2026-Q1").state, State::Overdue);
        assert_eq!(find(&day_after, "2026-Q1").period().map(|p| p.to_string()).as_deref(), Some("2026-Q1"));
        assert_eq!(
            obligations(&repo, date("2026-03-31")).iter().map(|o| o.state).collect::<Vec<_>>(),
            [State::Open],
            "15 days before the due date"
        );
        assert_eq!(obligations(&repo, date("2026-04-01"))[0].state, State::Due, "14 days before the due date");
    }

    #[test]
    fn done_late_and_not_yet_published() {
        let items = [
            ("2026-Q1-1.1", periodic_item("2026-Q1", Some("2026-04-15"))),
            ("2026-Q2-1.1", periodic_item("2026-Q2", Some("2026-07-16"))),
            ("2026-Q3-1.1", periodic_item("2026-Q3", Some("2026-10-20"))),
        ];
        let items: Vec<(&str, &str)> = items.iter().map(|(id, text)| (*id, text.as_str())).collect();
        let repo = repo(&quarterly(""), &items);
        let list = obligations(&repo, date("2026-10-16"));
        assert_eq!(
            summary(&list),
            [
                ("2026-Q1".to_string(), date("2026-04-15"), State::Done, Some("2026-Q1-1.1".to_string())),
                ("2026-Q2".to_string(), date("2026-07-15"), State::Late, Some("2026-Q2-1.1".to_string())),
                ("2026-Q3".to_string(), date("2026-10-15"), State::Overdue, None),
                ("2026-Q4".to_string(), date("2027-01-15"), State::Open, None),
            ],
            "a publication dated after the as-of date has not happened yet"
        );
        assert_eq!(find(&list, "2026-Q2").met_on, Some(date("2026-07-16")));
        assert_eq!(find(&obligations(&repo, date("2026-10-20")), "2026-Q3").state, State::Late);
    }

    #[test]
    fn the_earliest_publication_meets_a_period() {
        let repo = repo(
            &quarterly(""),
            &[
                ("a", &periodic_item("2026-Q1", Some("2026-04-20"))),
                ("b", &periodic_item("2026-Q1", Some("2026-04-10"))),
            ],
        );
        let q1 = find(&obligations(&repo, date("2026-05-01")), "2026-Q1").clone();
        assert_eq!((q1.state, q1.met_by.as_deref(), q1.met_on), (State::Done, Some("b"), Some(date("2026-04-10"))));
    }

    #[test]
    fn an_item_of_the_wrong_period_kind_meets_nothing() {
        let repo = repo(&quarterly(""), &[("h1", &periodic_item("2026-H1", Some("2026-04-10")))]);
        assert_eq!(find(&obligations(&repo, date("2026-05-01")), "2026-Q1").state, State::Overdue);
    }

    #[test]
    fn quarter_ends_on_weekends_and_holidays_roll_forward() {
        // 2023-Q1 + 15 days is Saturday 04-15; 2023-Q2 + 15 is Saturday 07-15; 2023-Q3 + 15
        // is Sunday 10-15.
        let repo = repo_approved_on("2023-01-01", &quarterly(""), &[("q1", &periodic_item("2023-Q1", Some("2023-04-17")))]);
        let list = obligations(&repo, date("2023-10-18"));
        assert_eq!(
            list.iter().map(|o| (o.label(), o.due(), o.state)).collect::<Vec<_>>(),
            [
                ("2023-Q1".to_string(), date("2023-04-17"), State::Done),
                ("2023-Q2".to_string(), date("2023-07-17"), State::Overdue),
                ("2023-Q3".to_string(), date("2023-10-16"), State::Overdue),
                ("2023-Q4".to_string(), date("2024-01-15"), State::Open),
            ]
        );
        assert_eq!(list[0].deadline.nominal, date("2023-04-15"));
        // A month whose limit ends in the Spring Festival break: January 2026 + 15 = 02-15.
        let monthly =
            "[[entry]]\nid = \"1.1\"\ntitle = \"月报\"\nscope = \"public\"\ncadence = \"periodic\"\nperiod = \"month\"\ndue_days = 15\nowner = \"叶成刚\"\n";
        let monthly_repo = repo_approved_on("2026-01-01", monthly, &[]);
        let list = obligations(&monthly_repo, date("2026-02-20"));
        assert_eq!(
            summary(&list),
            [
                ("2026-01".to_string(), date("2026-02-24"), State::Due, None),
                ("2026-02".to_string(), date("2026-03-16"), State::Open, None)
            ]
        );
        assert_eq!(list[0].deadline.crossed(&monthly_repo.calendar).len(), 9);
    }

    #[test]
    fn leap_february() {
        let monthly = "[[entry]]\nid = \"1.1\"\ntitle = \"月报\"\nscope = \"public\"\ncadence = \"periodic\"\nperiod = \"month\"\ndue_working_days = 1\nowner = \"叶成刚\"\n";
        let list = obligations(&repo_approved_on("2024-02-01", monthly, &[]), date("2024-03-02"));
        let february = find(&list, "2024-02");
        assert_eq!((february.deadline.start, february.due()), (date("2024-02-29"), date("2024-03-01")));
        assert_eq!(february.state, State::Overdue);
        assert_eq!(find(&list, "2024-03").due(), date("2024-04-01"));
    }

    #[test]
    fn an_entry_starting_mid_period_owes_that_period() {
        let repo = repo(&quarterly("since = 2026-02-10\n"), &[]);
        let list = obligations(&repo, date("2026-05-01"));
        assert_eq!(list.iter().map(Obligation::label).collect::<Vec<_>>(), ["2026-Q1", "2026-Q2"]);
        assert_eq!(obligations(&repo, date("2026-02-09")).len(), 0, "nothing before `since`");
        // Without `since`, the approval date starts the obligations: nothing for 2025.
        let from_approval = obligations(&repo_approved_on("2025-11-20", &quarterly(""), &[]), date("2026-01-02"));
        assert_eq!(
            from_approval.iter().filter(|o| o.entry == "1.1").map(Obligation::label).collect::<Vec<_>>(),
            ["2025-Q4", "2026-Q1"]
        );
        // Approved before the end of 2025, the branch owes the annual report of 2025, due
        // 31 January 2026 (a Saturday, so Monday 2 February).
        let report = find(&from_approval, "annual report 2025");
        assert_eq!(
            (report.entry.as_str(), report.due(), report.state),
            ("annual-report", date("2026-02-02"), State::Open)
        );
    }

    #[test]
    fn a_re_approval_moves_no_start_but_a_new_entry_starts_at_its_own() {
        let mut repo = repo_approved_on("2025-11-20", &quarterly(""), &[]);
        let first = repo.config.approvals[0].clone();
        let mut later = first.clone();
        later.approved_on = date("2026-09-01");
        later.parts.insert("entry 9.9".into(), "000000000000".into());
        repo.config.approvals.push(later);
        // Entry 1.1's obligations (the annual report is owed by the branch, not the entry).
        let labels = |repo: &Repo| {
            obligations(repo, date("2026-01-02"))
                .iter()
                .filter(|o| o.entry == "1.1")
                .map(Obligation::label)
                .collect::<Vec<_>>()
        };
        assert_eq!(labels(&repo), ["2025-Q4", "2026-Q1"], "from the first approval that contained the entry");
        // Approved first in the later approval: it starts there.
        repo.config.approvals[0].parts.remove("entry 1.1");
        assert_eq!(labels(&repo), Vec::<String>::new());
        assert_eq!(repo.entry_start(repo.catalogue.entry("1.1").unwrap()), Some(date("2026-09-01")));
        // An approval without parts (written by very old versions) contains every entry.
        repo.config.approvals[0].parts.clear();
        assert_eq!(labels(&repo), ["2025-Q4", "2026-Q1"]);
    }

    #[test]
    fn a_retired_entry_owes_nothing_after_its_last_period() {
        let repo = repo(&quarterly("until = 2026-05-15\n"), &[]);
        let list = obligations(&repo, date("2026-11-28"));
        assert_eq!(
            list.iter().map(|o| (o.label(), o.state)).collect::<Vec<_>>(),
            [("2026-Q1".to_string(), State::Overdue), ("2026-Q2".to_string(), State::Overdue)]
        );
        assert!(
            obligations(&repo_approved_on("2026-06-01", &quarterly("until = 2026-05-15\n"), &[]), date("2026-11-28")).is_empty(),
            "retired before it started"
        );
    }

    #[test]
    fn unapproved_or_changed_catalogues_produce_nothing() {
        let mut repo = repo(&quarterly(""), &[]);
        assert!(!obligations(&repo, date("2026-11-28")).is_empty());
        repo.catalogue.categories[0].entries[0].title = "改过的名称".into();
        repo.catalogue_digest = crate::load::digest::catalogue_digest(&repo.catalogue);
        assert!(obligations(&repo, date("2026-11-28")).is_empty(), "changed since approval");
        repo.config.approvals.clear();
        assert!(obligations(&repo, date("2026-11-28")).is_empty(), "never approved");
    }

    const STANDING: &str =
        "[[entry]]\nid = \"1.1\"\ntitle = \"机构设置\"\nscope = \"public\"\ncadence = \"standing\"\ndue_days = 30\nowner = \"叶成刚\"\nreview_months = 6\n";

    fn standing_item(id: &str, published: &str, supersedes: Option<&str>) -> (String, String) {
        let supersedes = supersedes.map(|s| format!("supersedes = \"{s}\"\n")).unwrap_or_default();
        (
            id.to_string(),
            format!("entry = \"1.1\"\ntitle = \"机构设置\"\n{supersedes}published_on = {published}"),
        )
    }

    fn standing_repo(approved_on: &str, items: &[(String, String)]) -> Repo {
        let items: Vec<(&str, &str)> = items.iter().map(|(id, text)| (id.as_str(), text.as_str())).collect();
        repo_approved_on(approved_on, STANDING, &items)
    }

    #[test]
    fn a_standing_entry_is_due_after_approval() {
        let repo = standing_repo("2026-01-05", &[]);
        assert_eq!(
            summary(&obligations(&repo, date("2026-01-10"))),
            [("standing".to_string(), date("2026-02-04"), State::Open, None)]
        );
        assert_eq!(obligations(&repo, date("2026-02-05"))[0].state, State::Overdue);
    }

    #[test]
    fn superseded_standing_items_and_reviews() {
        let repo = standing_repo(
            "2026-01-05",
            &[standing_item("old", "2026-01-10", None), standing_item("new", "2026-06-01", Some("old"))],
        );
        let list = obligations(&repo, date("2026-11-28"));
        assert_eq!(
            summary(&list),
            [
                ("standing".to_string(), date("2026-02-04"), State::Done, Some("new".to_string())),
                ("review after 2026-01-10".to_string(), date("2026-07-10"), State::Done, Some("new".to_string())),
                ("review after 2026-06-01".to_string(), date("2026-12-01"), State::Due, None),
            ],
            "the current item is the newest one; the first publication met the entry"
        );
        assert_eq!(list[0].met_on, Some(date("2026-01-10")));
        assert_eq!(find(&obligations(&repo, date("2026-12-02")), "review after 2026-06-01").state, State::Overdue);
        // Before the replacement is published, the old item is current and its review is open.
        let before = obligations(&repo, date("2026-05-31"));
        assert_eq!(summary(&before)[0].3.as_deref(), Some("old"));
        assert_eq!(find(&before, "review after 2026-01-10").state, State::Open);
        // Re-confirmed late.
        let late = standing_repo(
            "2026-01-05",
            &[standing_item("old", "2026-01-10", None), standing_item("new", "2026-07-13", Some("old"))],
        );
        assert_eq!(find(&obligations(&late, date("2026-11-28")), "review after 2026-01-10").state, State::Late);
    }

    #[test]
    fn a_review_falling_on_a_weekend_rolls_forward() {
        // 2026-01-10 + 6 months = 2026-07-10, a Friday; 2026-01-11 + 6 months = Saturday 07-11.
        let repo = standing_repo("2026-01-05", &[standing_item("a", "2026-01-11", None)]);
        let review = find(&obligations(&repo, date("2026-06-30")), "review after 2026-01-11").clone();
        assert_eq!(
            (review.deadline.nominal, review.due(), review.state),
            (date("2026-07-11"), date("2026-07-13"), State::Due)
        );
    }

    #[test]
    fn a_standing_item_older_than_the_catalogue_must_be_reconfirmed() {
        // Published in 2023, current when the catalogue took effect in 2026: its review was
        // due long ago, so it falls due with the entry itself.
        let repo = standing_repo("2026-01-05", &[standing_item("2023", "2023-01-20", None)]);
        let list = obligations(&repo, date("2026-03-01"));
        assert_eq!(
            summary(&list),
            [
                ("standing".to_string(), date("2026-02-04"), State::Done, Some("2023".to_string())),
                ("review after 2023-01-20".to_string(), date("2026-02-04"), State::Overdue, None)
            ]
        );
        // A version replaced before the catalogue took effect is history: only the current
        // one is reviewed.
        let repo = standing_repo(
            "2026-01-05",
            &[standing_item("2023", "2023-01-20", None), standing_item("2025", "2025-09-01", Some("2023"))],
        );
        let labels: Vec<_> = obligations(&repo, date("2026-03-01")).iter().map(Obligation::label).collect();
        assert_eq!(labels, ["standing", "review after 2025-09-01"]);
        assert_eq!(
            find(&obligations(&repo, date("2026-03-01")), "review after 2025-09-01").due(),
            date("2026-03-02"),
            "2026-03-01 is a Sunday"
        );
    }

    const IMMEDIATE: &str =
        "[[entry]]\nid = \"1.1\"\ntitle = \"重要决策\"\nscope = \"public\"\ncadence = \"immediate\"\ndue_working_days = 5\nowner = \"舒军\"\n";

    #[test]
    fn immediate_items_are_due_after_their_event() {
        let items = [
            ("before", "entry = \"1.1\"\ntitle = \"旧事\"\nevent = 2025-12-20\n"),
            (
                "national-day",
                "entry = \"1.1\"\ntitle = \"国庆前\"\nevent = 2026-09-30\npublished_on = 2026-10-13\n",
            ),
            ("late", "entry = \"1.1\"\ntitle = \"迟了\"\nevent = 2026-11-02\npublished_on = 2026-11-10\n"),
            ("pending", "entry = \"1.1\"\ntitle = \"待公开\"\nevent = 2026-11-20\n"),
            ("future", "entry = \"1.1\"\ntitle = \"未发生\"\nevent = 2026-12-20\n"),
        ];
        let list = obligations(&repo_approved_on("2026-01-05", IMMEDIATE, &items), date("2026-11-28"));
        assert_eq!(
            summary(&list),
            [
                (
                    "item national-day".to_string(),
                    date("2026-10-13"),
                    State::Done,
                    Some("national-day".to_string())
                ),
                ("item late".to_string(), date("2026-11-09"), State::Late, Some("late".to_string())),
                ("item pending".to_string(), date("2026-11-27"), State::Overdue, None),
            ],
            "events before the approval and after the as-of date owe nothing"
        );
    }

    #[test]
    fn obligations_are_sorted_by_due_date_then_entry() {
        let entries = format!("{QUARTERLY}\n{}", STANDING.replace("\"1.1\"", "\"1.10\""));
        let list = obligations(&repo(&entries, &[]), date("2026-04-20"));
        let order: Vec<_> = list.iter().map(|o| (o.due(), o.entry.to_string(), o.label())).collect();
        assert_eq!(
            order,
            [
                (date("2026-02-04"), "1.10".to_string(), "standing".to_string()),
                (date("2026-04-15"), "1.1".to_string(), "2026-Q1".to_string()),
                (date("2026-07-15"), "1.1".to_string(), "2026-Q2".to_string()),
            ]
        );
        assert!(list.windows(2).all(|w| w[0].due() <= w[1].due()));
    }
}
