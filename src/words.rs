//! Words for the terminal, in one place for every command: weekdays and the days a count
//! crossed (counts are Fluent selectors in the catalogue); `plural` is the English ending
//! the board's words use. The board's and bulletin's words in both locales are in [`crate::render::locale`].

use chrono::{Datelike, NaiveDate, Weekday};

use crate::obligations::calendar::DayKind;
use crate::obligations::deadline::Crossed;

/// The plural ending of an English noun for `n` of it: `""` for one, `"s"` otherwise.
pub fn plural<N: PartialEq + From<u8> + Copy>(n: N) -> &'static str {
    if n == N::from(1) {
        ""
    } else {
        "s"
    }
}

/// The name of a date's weekday, in the terminal's language.
pub fn weekday(date: NaiveDate) -> String {
    match date.weekday() {
        Weekday::Mon => crate::t!("weekday-monday"),
        Weekday::Tue => crate::t!("weekday-tuesday"),
        Weekday::Wed => crate::t!("weekday-wednesday"),
        Weekday::Thu => crate::t!("weekday-thursday"),
        Weekday::Fri => crate::t!("weekday-friday"),
        Weekday::Sat => crate::t!("weekday-saturday"),
        Weekday::Sun => crate::t!("weekday-sunday"),
    }
}

/// A kind of day in words: `holiday (国庆节)`, `weekend`, `make-up working day (调休)`.
pub fn day_kind_words(kind: &DayKind) -> String {
    match kind {
        DayKind::Working => crate::t!("day-kind-working"),
        DayKind::MakeUp => crate::t!("day-kind-make-up"),
        DayKind::Weekend => crate::t!("day-kind-weekend"),
        DayKind::Holiday(name) => crate::t!("day-kind-holiday", name = name.as_str()),
    }
}

/// One day a count crossed: `2026-10-01 (Thursday)   skipped  holiday (国庆节)`. A
/// working-day count skips holidays and weekends and counts make-up days; a calendar-day
/// limit skips the non-working days after its last day.
pub fn crossed_line(crossed: &Crossed) -> String {
    let effect = if crossed.counted {
        crate::t!("day-counted")
    } else {
        crate::t!("day-skipped")
    };
    format!(
        "{:<23} {effect:<8} {}",
        format!("{} ({})", crossed.date, weekday(crossed.date)),
        day_kind_words(&crossed.kind)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(plural(1_usize), "");
        assert_eq!(plural(11_usize), "s");
        assert_eq!(plural(1_u32), "");
        assert_eq!(plural(-1_i64), "s");
    }
}
