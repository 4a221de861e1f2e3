//! The rule (cadence and time limit) an entry's obligations are judged by, through the
//! catalogue's approval history: periods that ended before a re-approval that changed
//! an entry's cadence or time limit keep the rule approved then (issue *An honest
//! record*).
//!
//! Each `[[approval]]` that `disclose catalogue approve` writes records every entry's
//! rule in `[approval.rules]` (`"3.5" = "periodic quarter due_days=15"`), beside the
//! digests that say *that* it changed. An approval written before these were recorded,
//! or one that does not name the entry, gives no old rule: the entry is judged by the
//! catalogue as it is now, as before. Only the limit, and the period kind of a periodic
//! entry, are taken from the history; a change between kinds of cadence (periodic to
//! standing, say) judges the entry by its current cadence throughout.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::deadline::Limit;
use super::period::PeriodKind;
use crate::model::{Cadence, Entry, Repo};

/// An entry's rule in the form `[approval.rules]` keeps.
pub fn rule_text(entry: &Entry) -> String {
    let limit = match entry.limit {
        Limit::CalendarDays(n) => format!("due_days={n}"),
        Limit::WorkingDays(n) => format!("due_working_days={n}"),
        Limit::Months(n) => format!("due_months={n}"),
    };
    match entry.cadence {
        Cadence::Periodic(kind) => format!("periodic {} {limit}", kind.as_str()),
        other => format!("{} {limit}", other.word()),
    }
}

/// Every entry's rule, as `[approval.rules]` records them.
pub fn rules_of<'a>(entries: impl Iterator<Item = &'a Entry>) -> BTreeMap<String, String> {
    entries.map(|entry| (entry.id.clone(), rule_text(entry))).collect()
}

/// Reads a rule written by [`rule_text`]; `None` for anything else.
pub fn parse_rule(text: &str) -> Option<(Cadence, Limit)> {
    let mut words = text.split_whitespace();
    let cadence = match words.next()? {
        "periodic" => Cadence::Periodic(PeriodKind::from_word(words.next()?)?),
        "standing" => Cadence::Standing,
        "staged" => Cadence::Staged,
        "immediate" => Cadence::Immediate,
        _ => return None,
    };
    let (key, value) = words.next()?.split_once('=')?;
    let n: u32 = value.parse().ok()?;
    let limit = match key {
        "due_days" => Limit::CalendarDays(n),
        "due_working_days" => Limit::WorkingDays(n),
        "due_months" => Limit::Months(n),
        _ => return None,
    };
    words.next().is_none().then_some((cadence, limit))
}

/// One stretch of an entry's rule history: `rule` judges the periods (and events) that
/// end before `until`, from the end of the stretch before; the last stretch has no
/// `until` and holds the catalogue's rule as it is now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stretch {
    /// The re-approval that replaced the rule (`None`: still in force).
    pub until: Option<NaiveDate>,
    /// The cadence then.
    pub cadence: Cadence,
    /// The time limit then.
    pub limit: Limit,
}

/// The entry's rule history from `start`, oldest first, only where an approval after
/// `start` replaced a recorded rule that differs from the one after it, and the last
/// stretch being the catalogue's rule now.
pub fn history(repo: &Repo, entry: &Entry, start: NaiveDate) -> Vec<Stretch> {
    let now = Stretch {
        until: None,
        cadence: entry.cadence,
        limit: entry.limit,
    };
    let mut stretches = Vec::new();
    for pair in repo.config.approvals.windows(2) {
        let (before, after) = (&pair[0], &pair[1]);
        if after.approved_on <= start {
            continue;
        }
        let Some((cadence, limit)) = before.rules.get(entry.id.as_str()).and_then(|text| parse_rule(text)) else {
            continue;
        };
        // The rule that followed: the next approval's record, or the catalogue now.
        let next = after
            .rules
            .get(entry.id.as_str())
            .and_then(|text| parse_rule(text))
            .unwrap_or((entry.cadence, entry.limit));
        if (cadence, limit) != next {
            stretches.push(Stretch {
                until: Some(after.approved_on),
                cadence,
                limit,
            });
        }
    }
    stretches.push(now);
    stretches
}

/// The stretch of `history` that judges something ending on `day`.
pub fn at(history: &[Stretch], day: NaiveDate) -> Stretch {
    history
        .iter()
        .find(|stretch| stretch.until.is_none_or(|until| day < until))
        .copied()
        .unwrap_or_else(|| history[history.len() - 1])
}

/// The limit for something ending on `day`: the rule then, when it had the same kind of
/// cadence as now (see the module's comment), otherwise the rule now.
pub fn limit_at(history: &[Stretch], day: NaiveDate, now: &Entry) -> Limit {
    let stretch = at(history, day);
    if std::mem::discriminant(&stretch.cadence) == std::mem::discriminant(&now.cadence) {
        stretch.limit
    } else {
        now.limit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_read_back() {
        assert_eq!(
            parse_rule("periodic quarter due_days=15"),
            Some((Cadence::Periodic(PeriodKind::Quarter), Limit::CalendarDays(15)))
        );
        assert_eq!(parse_rule("standing due_working_days=5"), Some((Cadence::Standing, Limit::WorkingDays(5))));
        assert_eq!(parse_rule("staged due_months=1"), Some((Cadence::Staged, Limit::Months(1))));
        assert!(parse_rule("periodic decade due_days=1").is_none());
        assert!(parse_rule("standing due_days=x").is_none());
        assert!(parse_rule("standing due_days=1 extra").is_none());
    }
}
