//! The words for cadences, period kinds and obligations in the terminal's language, for
//! the messages of rules, obligations and `new`. The catalogue's own words (`periodic`,
//! `quarter`) stay in the files; these are what the secretary reads.

use crate::model::{Cadence, Scope};
use crate::obligations::period::PeriodKind;
use crate::obligations::{Obligation, ObligationKind};

/// A scope in words: "public" / 向社会公开, "members" / 党内公开, "restricted" /
/// 对特定对象公开.
pub fn scope(scope: Scope) -> String {
    match scope {
        Scope::Public => crate::t!("obligations-scope-public"),
        Scope::Members => crate::t!("obligations-scope-members"),
        Scope::Restricted => crate::t!("obligations-scope-restricted"),
    }
}

/// A cadence in words: "periodic (quarter)", "standing" / 定期公开（每季度）, 长期公开.
pub fn cadence(cadence: Cadence) -> String {
    match cadence {
        Cadence::Periodic(kind) => crate::t!("obligations-cadence-periodic", kind = period_kind(kind)),
        Cadence::Standing => crate::t!("obligations-cadence-standing"),
        Cadence::Immediate => crate::t!("obligations-cadence-immediate"),
        Cadence::Staged => crate::t!("obligations-cadence-staged"),
    }
}

/// A period kind in words: "quarter" / 季度.
pub fn period_kind(kind: PeriodKind) -> String {
    match kind {
        PeriodKind::Month => crate::t!("obligations-period-month"),
        PeriodKind::Quarter => crate::t!("obligations-period-quarter"),
        PeriodKind::HalfYear => crate::t!("obligations-period-half-year"),
        PeriodKind::Year => crate::t!("obligations-period-year"),
    }
}

/// What an obligation is for, in words: "2026-Q3", "standing", "review after 2026-01-10"
/// (the words of [`Obligation::label`], which stays the same in every language for JSON).
pub fn obligation(obligation: &Obligation) -> String {
    match &obligation.kind {
        ObligationKind::Periodic(period) => period.to_string(),
        ObligationKind::Standing => crate::t!("obligations-label-standing"),
        ObligationKind::Review(after) => crate::t!("obligations-label-review", after = after.to_string()),
        ObligationKind::Event(item) => crate::t!("obligations-label-item", item = item.to_string()),
        ObligationKind::AnnualReport(year) => crate::t!("obligations-label-annual-report", year = year.to_string()),
    }
}
