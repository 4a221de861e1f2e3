//! Reporting periods: month, quarter, half-year and year. Parsing and printing
//! (`2026-03`, `2026-Q1`, `2026-H1`, `2026`), first and last day, the period holding a
//! date, and the next period.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};

/// The kinds of period a periodic entry can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub enum PeriodKind {
    /// A calendar month: `2026-03`.
    Month,
    /// A quarter: `2026-Q1`.
    Quarter,
    /// A half-year: `2026-H1`.
    HalfYear,
    /// A calendar year: `2026`.
    Year,
}

impl PeriodKind {
    /// The word used in catalogue files.
    pub fn as_str(self) -> &'static str {
        match self {
            PeriodKind::Month => "month",
            PeriodKind::Quarter => "quarter",
            PeriodKind::HalfYear => "half-year",
            PeriodKind::Year => "year",
        }
    }

    /// Parses the catalogue word.
    pub fn from_word(word: &str) -> Option<PeriodKind> {
        match word {
            "month" => Some(PeriodKind::Month),
            "quarter" => Some(PeriodKind::Quarter),
            "half-year" => Some(PeriodKind::HalfYear),
            "year" => Some(PeriodKind::Year),
            _ => None,
        }
    }

    /// How many months one period spans.
    pub fn months(self) -> u32 {
        match self {
            PeriodKind::Month => 1,
            PeriodKind::Quarter => 3,
            PeriodKind::HalfYear => 6,
            PeriodKind::Year => 12,
        }
    }

    /// An example period of this kind, for messages.
    pub fn example(self) -> &'static str {
        match self {
            PeriodKind::Month => "2026-03",
            PeriodKind::Quarter => "2026-Q1",
            PeriodKind::HalfYear => "2026-H1",
            PeriodKind::Year => "2026",
        }
    }
}

/// One period: its kind, year and index within the year (1-based; 1 for a year).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct Period {
    /// The calendar year.
    pub year: i32,
    /// The kind.
    pub kind: PeriodKind,
    /// 1-based: month 1–12, quarter 1–4, half 1–2, year 1.
    pub index: u32,
}

/// Why a period string did not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::t!("bad-period-text", text = .0.as_str()))]
pub struct PeriodParseError(pub String);

impl Period {
    /// The period of `kind` that holds `date`.
    pub fn containing(kind: PeriodKind, date: NaiveDate) -> Period {
        let index = (date.month() - 1) / kind.months() + 1;
        Period {
            year: date.year(),
            kind,
            index,
        }
    }

    /// The first day.
    pub fn start(self) -> NaiveDate {
        let month = (self.index - 1) * self.kind.months() + 1;
        NaiveDate::from_ymd_opt(self.year, month, 1).expect("period start is a valid date")
    }

    /// The last day.
    pub fn end(self) -> NaiveDate {
        self.next().start().pred_opt().expect("period end is a valid date")
    }

    /// The period after this one.
    #[must_use]
    pub fn next(self) -> Period {
        let per_year = 12 / self.kind.months();
        if self.index == per_year {
            Period {
                year: self.year + 1,
                kind: self.kind,
                index: 1,
            }
        } else {
            Period { index: self.index + 1, ..self }
        }
    }

    /// The period before this one.
    #[must_use]
    pub fn previous(self) -> Period {
        if self.index == 1 {
            Period {
                year: self.year - 1,
                kind: self.kind,
                index: 12 / self.kind.months(),
            }
        } else {
            Period { index: self.index - 1, ..self }
        }
    }

    /// True when `date` lies inside the period.
    pub fn contains(self, date: NaiveDate) -> bool {
        self.start() <= date && date <= self.end()
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            PeriodKind::Month => write!(f, "{:04}-{:02}", self.year, self.index),
            PeriodKind::Quarter => write!(f, "{:04}-Q{}", self.year, self.index),
            PeriodKind::HalfYear => write!(f, "{:04}-H{}", self.year, self.index),
            PeriodKind::Year => write!(f, "{:04}", self.year),
        }
    }
}

impl FromStr for Period {
    type Err = PeriodParseError;

    fn from_str(text: &str) -> Result<Period, PeriodParseError> {
        let error = || PeriodParseError(text.to_string());
        // `get` refuses to cut inside a character: the fuzzer found "王+-Q1".
        let Some(year_text) = text.get(..4) else {
            return Err(error());
        };
        let rest = &text[4..];
        if !year_text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(error());
        }
        let year: i32 = year_text.parse().map_err(|_| error())?;
        if !(1900..=2999).contains(&year) {
            return Err(error());
        }
        if rest.is_empty() {
            return Ok(Period {
                year,
                kind: PeriodKind::Year,
                index: 1,
            });
        }
        let rest = rest.strip_prefix('-').ok_or_else(error)?;
        let (kind, digits, max) = if let Some(q) = rest.strip_prefix('Q') {
            (PeriodKind::Quarter, q, 4)
        } else if let Some(h) = rest.strip_prefix('H') {
            (PeriodKind::HalfYear, h, 2)
        } else if rest.len() == 2 {
            (PeriodKind::Month, rest, 12)
        } else {
            return Err(error());
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(error());
        }
        let index: u32 = digits.parse().map_err(|_| error())?;
        if index == 0 || index > max || (kind != PeriodKind::Month && digits.len() != 1) {
            return Err(error());
        }
        Ok(Period { year, kind, index })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn parses_and_prints_every_kind() {
        for text in ["2026-03", "2026-12", "2026-Q1", "2026-Q4", "2026-H1", "2026-H2", "2026"] {
            assert_eq!(text.parse::<Period>().unwrap().to_string(), text);
        }
    }

    #[test]
    fn rejects_impossible_periods() {
        for text in [
            "2026-Q5",
            "王+-Q1",
            "李委员",
            "20王",
            "2026-Q王",
            "2026-王",
            "2026-0王",
            "2026-Q0",
            "2026-H3",
            "2026-13",
            "2026-00",
            "2026-3",
            "26",
            "2026-",
            "2026Q1",
            "2026-q1",
            "abcd",
            "2026-Q11",
            "",
        ] {
            assert!(text.parse::<Period>().is_err(), "{text} parsed");
        }
    }

    #[test]
    fn bounds_of_periods() {
        let q1: Period = "2026-Q1".parse().unwrap();
        assert_eq!((q1.start(), q1.end()), (date(2026, 1, 1), date(2026, 3, 31)));
        let feb: Period = "2024-02".parse().unwrap();
        assert_eq!(feb.end(), date(2024, 2, 29), "leap year");
        let feb: Period = "2026-02".parse().unwrap();
        assert_eq!(feb.end(), date(2026, 2, 28));
        let h2: Period = "2026-H2".parse().unwrap();
        assert_eq!((h2.start(), h2.end()), (date(2026, 7, 1), date(2026, 12, 31)));
        assert_eq!(h2.next().to_string(), "2027-H1");
        assert_eq!("2027-Q1".parse::<Period>().unwrap().previous().to_string(), "2026-Q4");
    }

    #[test]
    fn containing_a_date() {
        assert_eq!(Period::containing(PeriodKind::Quarter, date(2026, 9, 30)).to_string(), "2026-Q3");
        assert_eq!(Period::containing(PeriodKind::Quarter, date(2026, 10, 1)).to_string(), "2026-Q4");
        assert_eq!(Period::containing(PeriodKind::HalfYear, date(2026, 6, 30)).to_string(), "2026-H1");
        assert_eq!(Period::containing(PeriodKind::Month, date(2024, 2, 29)).to_string(), "2024-02");
        assert_eq!(Period::containing(PeriodKind::Year, date(2024, 12, 31)).to_string(), "2024");
    }
}
