//! The numbers of the performance evaluation (绩效评估): obligations by state per entry and
//! category, and feedback handling, for one year. Pure: a repository and dates in, counts
//! out. Obligations come from [`crate::obligations::obligations`] only.

use chrono::{Datelike, NaiveDate};

use crate::model::{Case, CaseKind, CaseStatus, Outcome, Rating, Repo};
use crate::obligations::deadline::working_days_between;
use crate::obligations::{obligations, Obligation, State};

/// Obligations counted by state, with the days from due date to publication of those met.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ObligationTally {
    /// Published by the due date.
    pub done: usize,
    /// Published after the due date.
    pub late: usize,
    /// Past the due date and not published.
    pub overdue: usize,
    /// Not yet due (including those due within 14 days).
    pub open: usize,
    /// For every obligation met after its count started: publication day minus due day
    /// (negative = early).
    pub delays: Vec<i64>,
}

impl ObligationTally {
    /// Counts one obligation.
    pub fn add(&mut self, obligation: &Obligation) {
        match obligation.state {
            State::Done => self.done += 1,
            State::Late => self.late += 1,
            State::Overdue => self.overdue += 1,
            State::Due | State::Open => self.open += 1,
        }
        // A publication made before the count started (a standing rule already on the
        // board when the catalogue was approved) meets the duty but says nothing about speed.
        if let Some(met) = obligation.met_on.filter(|met| obligation.is_met() && *met >= obligation.deadline.start) {
            self.delays.push((met - obligation.due()).num_days());
        }
    }

    /// Adds another tally into this one (for subtotals and totals).
    pub fn merge(&mut self, other: &ObligationTally) {
        self.done += other.done;
        self.late += other.late;
        self.overdue += other.overdue;
        self.open += other.open;
        self.delays.extend_from_slice(&other.delays);
    }

    /// Obligations whose due date has come: done, late and overdue.
    pub fn came_due(&self) -> usize {
        self.done + self.late + self.overdue
    }

    /// done / (done + late + overdue); `None` when nothing came due.
    pub fn on_time_rate(&self) -> Option<f64> {
        ratio(self.done, self.came_due())
    }

    /// The median of the days from due date to publication; `None` when nothing was met.
    pub fn median_delay(&self) -> Option<f64> {
        median(&self.delays)
    }
}

/// Feedback cases received in the year, counted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeedbackTally {
    /// Cases received in the year (on or before the as-of date).
    pub received: usize,
    /// Answered or closed, with the answer on or before `due_on`.
    pub within_limit: usize,
    /// Answered or closed, with the answer after `due_on`.
    pub answered_late: usize,
    /// Cases whose limit was extended (whatever their state).
    pub extended: usize,
    /// Still open (received, handling or reopened) and past `due_on`.
    pub overdue: usize,
    /// Still open and within the limit.
    pub open: usize,
    /// Not accepted (不予受理).
    pub rejected: usize,
    /// For every answered case: working days from receipt to the answer.
    pub answer_days: Vec<i64>,
    /// The same, for the cases answered after their limit only (a subset of
    /// `answer_days`), so a chart can tell the two apart exactly as the counts do: an
    /// extended case answered in time took long but was not late.
    pub late_answer_days: Vec<i64>,
    /// Ratings given: one per rated answer, so a reopened case answered twice may count
    /// twice (its first, unsatisfied rating is not forgotten).
    pub rated: usize,
    /// Rated satisfied.
    pub satisfied: usize,
    /// Rated partly satisfied.
    pub partly: usize,
    /// Rated unsatisfied.
    pub unsatisfied: usize,
}

impl FeedbackTally {
    /// Adds another tally into this one.
    pub fn merge(&mut self, other: &FeedbackTally) {
        self.received += other.received;
        self.within_limit += other.within_limit;
        self.answered_late += other.answered_late;
        self.extended += other.extended;
        self.overdue += other.overdue;
        self.open += other.open;
        self.rejected += other.rejected;
        self.answer_days.extend_from_slice(&other.answer_days);
        self.late_answer_days.extend_from_slice(&other.late_answer_days);
        self.rated += other.rated;
        self.satisfied += other.satisfied;
        self.partly += other.partly;
        self.unsatisfied += other.unsatisfied;
    }

    /// Answered cases (within the limit or after it).
    pub fn answered(&self) -> usize {
        self.within_limit + self.answered_late
    }

    /// The median working days from receipt to answer; `None` when nothing was answered.
    pub fn median_answer_days(&self) -> Option<f64> {
        median(&self.answer_days)
    }

    /// 满意率 as counted in practice: (满意 + 基本满意) / every rating; `None` when no
    /// case was rated.
    pub fn satisfaction_rate(&self) -> Option<f64> {
        ratio(self.satisfied + self.partly, self.rated)
    }
}

/// Requests to disclose (依申请公开) or correction requests (更正申请) received in the
/// year, counted apart from the opinions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequestTally {
    /// Received in the year (on or before the as-of date).
    pub received: usize,
    /// Decided on or before `due_on`.
    pub within_limit: usize,
    /// Decided after `due_on`.
    pub decided_late: usize,
    /// Whose limit was extended.
    pub extended: usize,
    /// Still undecided and past `due_on`.
    pub overdue: usize,
    /// Still undecided and within the limit.
    pub open: usize,
    /// Not accepted (不予受理).
    pub rejected: usize,
    /// Requests disclosed.
    pub disclosed: usize,
    /// Requests not disclosed, with the reason.
    pub not_disclosed: usize,
    /// Requests for what the organisation does not hold.
    pub not_held: usize,
    /// Correction requests accepted and corrected.
    pub corrected: usize,
    /// Correction requests refused, with the reason.
    pub refused: usize,
}

impl RequestTally {
    /// Adds another tally into this one.
    pub fn merge(&mut self, other: &RequestTally) {
        self.received += other.received;
        self.within_limit += other.within_limit;
        self.decided_late += other.decided_late;
        self.extended += other.extended;
        self.overdue += other.overdue;
        self.open += other.open;
        self.rejected += other.rejected;
        self.disclosed += other.disclosed;
        self.not_disclosed += other.not_disclosed;
        self.not_held += other.not_held;
        self.corrected += other.corrected;
        self.refused += other.refused;
    }

    /// Decided (within the limit or after it).
    pub fn decided(&self) -> usize {
        self.within_limit + self.decided_late
    }

    /// Counts one case as it stood on `as_of`: its latest decision by then.
    fn add(&mut self, case: &Case, as_of: NaiveDate) {
        self.received += 1;
        if case.extension().is_some() {
            self.extended += 1;
        }
        match case.status_on(as_of) {
            CaseStatus::Rejected => self.rejected += 1,
            CaseStatus::Answered | CaseStatus::Closed => {
                let Some(response) = case.response_on(as_of) else { return };
                if response.on <= case.due_on {
                    self.within_limit += 1;
                } else {
                    self.decided_late += 1;
                }
                match response.outcome {
                    Some(Outcome::Disclosed) => self.disclosed += 1,
                    Some(Outcome::NotDisclosed) => self.not_disclosed += 1,
                    Some(Outcome::NotHeld) => self.not_held += 1,
                    Some(Outcome::Corrected) => self.corrected += 1,
                    Some(Outcome::Refused) => self.refused += 1,
                    None => {}
                }
            }
            CaseStatus::Received | CaseStatus::Handling if as_of > case.due_on => self.overdue += 1,
            CaseStatus::Received | CaseStatus::Handling => self.open += 1,
        }
    }
}

/// Counts the cases of `kind` (a request or a correction request) received in `year`, on or
/// before `as_of`.
pub fn requests(repo: &Repo, kind: CaseKind, year: i32, as_of: NaiveDate) -> RequestTally {
    let mut tally = RequestTally::default();
    for case in repo
        .cases
        .iter()
        .filter(|c| c.kind == kind && c.received_on.year() == year && c.received_on <= as_of)
    {
        tally.add(case, as_of);
    }
    tally
}

/// One catalogue entry's line in the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryRow {
    /// The entry id.
    pub entry: String,
    /// The entry's title.
    pub title: String,
    /// Its obligations due in the year.
    pub tally: ObligationTally,
}

/// One category's lines in the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryRow {
    /// The category code.
    pub code: String,
    /// The category title.
    pub title: String,
    /// The sum of its entries.
    pub tally: ObligationTally,
    /// Its entries, in catalogue order.
    pub entries: Vec<EntryRow>,
}

/// How the items published in a year were recorded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecordTally {
    /// Items published in the year (on or before the as-of date).
    pub published: usize,
    /// Of those, recorded by hand: a signature or the publication written without the
    /// digest the tool records (history moved into the tool), counted apart.
    pub by_hand: usize,
    /// Corrections (更正) made in the year, of any item.
    pub corrections: usize,
}

/// Counts the items published in `year` and the corrections made in it, on or before
/// `as_of`.
pub fn record(repo: &Repo, year: i32, as_of: NaiveDate) -> RecordTally {
    let mut tally = RecordTally::default();
    for item in &repo.items {
        if item.published_on.is_some_and(|on| on.year() == year && on <= as_of) {
            tally.published += 1;
            if item.recorded_by_hand() {
                tally.by_hand += 1;
            }
        }
        tally.corrections += item.record.corrections().iter().filter(|c| c.on.year() == year && c.on <= as_of).count();
    }
    tally
}

/// The evaluation of one repository for one year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation {
    /// The organisation's full name.
    pub organisation: String,
    /// The year evaluated.
    pub year: i32,
    /// The day the states are seen on.
    pub as_of: NaiveDate,
    /// False when the catalogue is unapproved or changed since approval: no obligations.
    pub catalogue_in_force: bool,
    /// The feedback handling limit from disclose.toml, in working days.
    pub answer_limit: u32,
    /// Per category and entry.
    pub categories: Vec<CategoryRow>,
    /// All obligations due in the year.
    pub total: ObligationTally,
    /// Feedback received in the year: the opinions (意见建议).
    pub feedback: FeedbackTally,
    /// `[requests] working_days`, the limit of requests and correction requests.
    pub request_limit: u32,
    /// Requests to disclose (依申请公开) received in the year.
    pub requests: RequestTally,
    /// Correction requests (更正申请) received in the year.
    pub correction_requests: RequestTally,
    /// How the year's publications were recorded, and its corrections.
    pub record: RecordTally,
}

/// Evaluates `year` as seen on `as_of`: the obligations whose due date falls in the year,
/// and the feedback cases received in the year.
pub fn evaluate(repo: &Repo, year: i32, as_of: NaiveDate) -> Evaluation {
    let list = obligations(repo, as_of);
    let in_year: Vec<&Obligation> = list.iter().filter(|o| o.due().year() == year).collect();
    let mut categories = Vec::new();
    let mut total = ObligationTally::default();
    for category in &repo.catalogue.categories {
        let mut row = CategoryRow {
            code: category.code.clone(),
            title: category.title.clone(),
            tally: ObligationTally::default(),
            entries: Vec::new(),
        };
        for entry in &category.entries {
            let mut tally = ObligationTally::default();
            for obligation in in_year.iter().filter(|o| o.entry == entry.id) {
                tally.add(obligation);
            }
            row.tally.merge(&tally);
            row.entries.push(EntryRow {
                entry: entry.id.clone(),
                title: entry.title.clone(),
                tally,
            });
        }
        total.merge(&row.tally);
        categories.push(row);
    }
    Evaluation {
        organisation: repo.config.name.clone(),
        year,
        as_of,
        catalogue_in_force: repo.catalogue_in_force(),
        answer_limit: repo.config.working_days,
        categories,
        total,
        feedback: feedback(repo, year, as_of),
        request_limit: repo.config.request_working_days,
        requests: requests(repo, CaseKind::Request, year, as_of),
        correction_requests: requests(repo, CaseKind::Correction, year, as_of),
        record: record(repo, year, as_of),
    }
}

/// Counts the opinions (意见建议) received in `year`, on or before `as_of`; requests and
/// correction requests are counted apart ([`requests`]).
pub fn feedback(repo: &Repo, year: i32, as_of: NaiveDate) -> FeedbackTally {
    let mut tally = FeedbackTally::default();
    for case in repo
        .cases
        .iter()
        .filter(|c| c.kind == CaseKind::Opinion && c.received_on.year() == year && c.received_on <= as_of)
    {
        tally.received += 1;
        if case.extension().is_some() {
            tally.extended += 1;
        }
        let answer = case.response_on(as_of);
        match case.status_on(as_of) {
            CaseStatus::Rejected => tally.rejected += 1,
            CaseStatus::Answered | CaseStatus::Closed => {
                if let Some(response) = answer {
                    let took = working_days_between(&repo.calendar, case.received_on, response.on);
                    if response.on <= case.due_on {
                        tally.within_limit += 1;
                    } else {
                        tally.answered_late += 1;
                        tally.late_answer_days.push(took);
                    }
                    tally.answer_days.push(took);
                }
            }
            CaseStatus::Received | CaseStatus::Handling if as_of > case.due_on => tally.overdue += 1,
            CaseStatus::Received | CaseStatus::Handling => tally.open += 1,
        }
        // Every rating ever given counts, also one of an answer a later answer replaced.
        for rating in case.responses.iter().filter(|r| r.rated_on_or_answer() <= as_of).filter_map(|r| r.rating) {
            tally.rated += 1;
            match rating {
                Rating::Satisfied => tally.satisfied += 1,
                Rating::Partly => tally.partly += 1,
                Rating::Unsatisfied => tally.unsatisfied += 1,
            }
        }
    }
    tally
}

/// `part / whole`, or `None` for an empty whole.
pub fn ratio(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// The median (the mean of the two middle values for an even count); `None` when empty.
pub fn median(values: &[i64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let middle = sorted.len() / 2;
    Some(if sorted.len() % 2 == 1 {
        sorted[middle] as f64
    } else {
        (sorted[middle - 1] + sorted[middle]) as f64 / 2.0
    })
}

/// A rate as a percentage with one decimal (`75.0%`), or `—` when there is none.
pub fn percent(rate: Option<f64>) -> String {
    rate.map_or_else(|| "—".to_string(), |r| format!("{:.1}%", r * 100.0))
}

/// A median as shown: whole numbers without a decimal (`-3`), halves with one (`2.5`),
/// `—` when there is none.
pub fn days(value: Option<f64>) -> String {
    match value {
        None => "—".to_string(),
        Some(v) if v.fract() == 0.0 => format!("{v:.0}"),
        Some(v) => format!("{v:.1}"),
    }
}

/// A rate rounded to four decimals for JSON (`0.6667`).
pub fn rounded(rate: Option<f64>) -> Option<f64> {
    rate.map(|r| (r * 10_000.0).round() / 10_000.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[5]), Some(5.0));
        assert_eq!(median(&[4, -2, 9]), Some(4.0));
        assert_eq!(median(&[1, 2, 3, 10]), Some(2.5));
        assert_eq!(days(Some(-3.0)), "-3");
        assert_eq!(days(Some(2.5)), "2.5");
        assert_eq!(days(None), "—");
    }

    #[test]
    fn working_days_between_counts_like_a_limit() {
        use crate::diag::Findings;
        use crate::load::calendar::parse_calendar;
        use crate::load::source::SourceText;
        use crate::obligations::calendar::{Calendar, BUILT_IN};
        use crate::obligations::deadline::add_working_days;

        let source = SourceText {
            file: "(built-in calendar)".to_string(),
            text: BUILT_IN.to_string(),
        };
        let calendar = Calendar::from_years(parse_calendar(&source, "built in", &mut Findings::new()));
        let date = |text: &str| NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap();
        // Friday to Monday is one working day; the same day is none.
        assert_eq!(working_days_between(&calendar, date("2026-03-06"), date("2026-03-09")), 1);
        assert_eq!(working_days_between(&calendar, date("2026-03-06"), date("2026-03-06")), 0);
        assert_eq!(working_days_between(&calendar, date("2026-03-09"), date("2026-03-06")), -1);
        // The Spring Festival break and the make-up Saturday 2026-02-28.
        assert_eq!(working_days_between(&calendar, date("2026-02-13"), date("2026-03-05")), 10);
        // It is the inverse of adding working days, for every start in 2026.
        let mut start = date("2026-01-01");
        while start.year() == 2026 {
            for n in [1, 5, 15] {
                let due = add_working_days(&calendar, start, n).due;
                assert_eq!(working_days_between(&calendar, start, due), i64::from(n), "{start} + {n}");
            }
            start = start.succ_opt().unwrap();
        }
    }

    #[test]
    fn rates() {
        let tally = ObligationTally {
            done: 3,
            late: 1,
            overdue: 0,
            open: 7,
            delays: vec![],
        };
        assert_eq!(tally.on_time_rate(), Some(0.75));
        assert_eq!(percent(tally.on_time_rate()), "75.0%");
        assert_eq!(percent(ObligationTally::default().on_time_rate()), "—");
        assert_eq!(rounded(Some(2.0 / 3.0)), Some(0.6667));
    }

    #[test]
    fn satisfaction_counts_satisfied_and_partly() {
        let tally = FeedbackTally {
            rated: 3,
            satisfied: 2,
            partly: 1,
            ..FeedbackTally::default()
        };
        assert_eq!(tally.satisfaction_rate(), Some(1.0), "满意 + 基本满意 over all ratings");
        let tally = FeedbackTally {
            rated: 4,
            satisfied: 1,
            partly: 1,
            unsatisfied: 2,
            ..FeedbackTally::default()
        };
        assert_eq!(percent(tally.satisfaction_rate()), "50.0%");
        assert_eq!(FeedbackTally::default().satisfaction_rate(), None);
    }
}
