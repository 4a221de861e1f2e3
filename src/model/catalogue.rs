//! The catalogue (公开目录): categories and their numbered entries.

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;

use super::scope::Scope;
use crate::diag::Location;
use crate::obligations::deadline::Limit;
use crate::obligations::period::PeriodKind;

/// How an entry is disclosed over time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Cadence {
    /// 长期公开: rules, procedures, offices; kept up and re-confirmed.
    Standing,
    /// 定期公开: once per period.
    Periodic(PeriodKind),
    /// 逐段公开: stage by stage as a matter progresses.
    Staged,
    /// 及时公开: promptly after the event.
    Immediate,
}

impl Cadence {
    /// The word used in catalogue files.
    pub fn word(self) -> &'static str {
        match self {
            Cadence::Standing => "standing",
            Cadence::Periodic(_) => "periodic",
            Cadence::Staged => "staged",
            Cadence::Immediate => "immediate",
        }
    }

    /// True for cadences whose items carry an `event` date.
    pub fn has_events(self) -> bool {
        matches!(self, Cadence::Staged | Cadence::Immediate)
    }
}

impl fmt::Display for Cadence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cadence::Periodic(kind) => write!(f, "periodic ({})", kind.as_str()),
            other => f.write_str(other.word()),
        }
    }
}

/// One catalogue entry: a thing the branch must disclose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Unique id, e.g. `3.5`.
    pub id: String,
    /// The category's code.
    pub category: String,
    /// What is disclosed.
    pub title: String,
    /// Who may see it.
    pub scope: Scope,
    /// How often.
    pub cadence: Cadence,
    /// The time limit.
    pub limit: Limit,
    /// 责任人.
    pub owner: String,
    /// Obligations start here (default: the catalogue's approval date).
    pub since: Option<NaiveDate>,
    /// A retired entry: no obligations after this day.
    pub until: Option<NaiveDate>,
    /// Standing entries: re-confirm at least this often.
    pub review_months: Option<u32>,
    /// 公示: each item is a notice that runs this many working days after its
    /// publication day (see [`crate::obligations::notice`]).
    pub notice_working_days: Option<u32>,
    /// Where the entry is written.
    pub location: Location,
}

/// A category of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    /// The code, `1` to `8` in the default catalogue.
    pub code: String,
    /// The title, e.g. 党的组织管理.
    pub title: String,
    /// The file it is defined in.
    pub file: String,
    /// Its entries, in file order.
    pub entries: Vec<Entry>,
}

/// The whole catalogue.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalogue {
    /// Categories, ordered by code.
    pub categories: Vec<Category>,
}

impl Catalogue {
    /// Every entry, in category order.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.categories.iter().flat_map(|category| category.entries.iter())
    }

    /// The entry with this id.
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries().find(|entry| entry.id == id)
    }

    /// A map from entry id to entry, for repeated lookups.
    pub fn entry_map(&self) -> BTreeMap<&str, &Entry> {
        self.entries().map(|entry| (entry.id.as_str(), entry)).collect()
    }

    /// The category with this code.
    pub fn category(&self, code: &str) -> Option<&Category> {
        self.categories.iter().find(|category| category.code == code)
    }
}

/// Orders ids like `3.10` after `3.9`: numeric parts compare as numbers.
/// Parts compare as (number, text), a part that is not a number counting as the largest.
/// Sorting 100,000 obligations asks this millions of times, so it allocates nothing.
pub fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    fn parts(s: &str) -> impl Iterator<Item = (u64, &str)> {
        s.split(['.', '-']).map(|part| (part.parse::<u64>().unwrap_or(u64::MAX), part))
    }
    parts(a).cmp(parts(b))
}

#[cfg(test)]
mod tests {
    use std::cmp::Ordering::{Equal, Greater, Less};

    use super::natural_cmp;

    #[test]
    fn numeric_parts_compare_as_numbers() {
        assert_eq!(natural_cmp("3.10", "3.9"), Greater);
        assert_eq!(natural_cmp("3.2", "3.2"), Equal);
        assert_eq!(natural_cmp("3", "3.1"), Less, "a prefix comes first");
        assert_eq!(natural_cmp("1.a", "1.9"), Greater, "a word sorts after every number");
        assert_eq!(natural_cmp("1.a", "1.b"), Less);
        assert_eq!(natural_cmp("2-10", "2-9"), Greater, "hyphens separate parts too");
        let mut ids = vec!["10.1", "2.10", "2.9", "2.1", "1.10", "1.9"];
        ids.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(ids, ["1.9", "1.10", "2.1", "2.9", "2.10", "10.1"]);
    }
}

/// The digest of the whole catalogue and of each part.
///
/// The approved meaning leaves out each entry's `owner` (责任人): the leading group fixes
/// content, scope, method and time limit, not who does the work. Approvals recorded
/// before that decision hashed the owner too; `legacy_whole` and `legacy_parts` are the
/// same digests with the owner, so such an approval stays valid until the next one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueDigest {
    /// `sha256:` and 64 hex digits over the whole meaning.
    pub whole: String,
    /// `category 3` / `entry 3.5` → 12 hex digits.
    pub parts: BTreeMap<String, String>,
    /// The whole digest as approvals before the owner decision computed it (owners included).
    pub legacy_whole: String,
    /// The parts as approvals before the owner decision computed them.
    pub legacy_parts: BTreeMap<String, String>,
}

impl CatalogueDigest {
    /// True when `digest` (as recorded by an approval) is this catalogue's, in either form.
    pub fn matches(&self, digest: &str) -> bool {
        digest == self.whole || digest == self.legacy_whole
    }

    /// The parts in the form `recorded` was written in: the form that differs from it least.
    pub fn parts_like(&self, recorded: &BTreeMap<String, String>) -> &BTreeMap<String, String> {
        let differing = |parts: &BTreeMap<String, String>| parts.iter().filter(|(k, v)| recorded.get(*k) != Some(*v)).count();
        if differing(&self.legacy_parts) < differing(&self.parts) {
            &self.legacy_parts
        } else {
            &self.parts
        }
    }
}
