//! The personal-data guard: mainland mobile numbers and resident ID numbers in text
//! meant for the public, found the way a reader sees them ([`crate::rules::numbers`]:
//! any digits, entities decoded, groups joined across separators and vanishing
//! Markdown). Landlines such as `6251071` or `0838-6251071`, dates, amounts and order
//! numbers are not personal data.
//!
//! Where the line is drawn, so that false alarms stay rare:
//! - a mobile is exactly 11 digits `1[3-9]…` (after an optional `86`/`+86`/`0086`); a
//!   longer group of digits (`138001380001`, an order number) is not one, but letters
//!   around it do not hide it (`call13812345678`, `A13800138000`);
//! - a resident ID needs a real province code (the first two digits) and a real birth
//!   date, so dates (`20260331`), 18-digit order numbers that begin with a date
//!   (`202603311234567890`, province "20" does not exist) and bank card numbers (their
//!   "birth year" is not one) pass; the check digit is not asked for, since a mistyped
//!   ID is still a person's ID;
//! - a large amount written with spaces between thousands (`13 800 000 000`) reads as a
//!   mobile: write such amounts with commas or in 万/亿.

use crate::rules::numbers::scan_numbers;

/// What was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonalKind {
    /// An 11-digit mainland mobile number.
    Mobile,
    /// A resident ID number: 18 characters, or 15 digits (the first generation).
    ResidentId,
}

impl PersonalKind {
    /// Words for messages, in the terminal's language.
    pub fn describe(self) -> String {
        match self {
            PersonalKind::Mobile => crate::t!("personal-data-mobile"),
            PersonalKind::ResidentId => crate::t!("personal-data-resident-id"),
        }
    }
}

/// A hit: what, and its byte offset in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersonalHit {
    /// What kind of number.
    pub kind: PersonalKind,
    /// Byte offset of its first character.
    pub offset: usize,
}

/// Every mobile or resident ID number in `text`, as a reader sees it (see
/// [`crate::rules::numbers`]): a mobile of 11 digits `1[3-9]…`, also after a `86`,
/// `+86` or `0086` prefix; a resident ID of 18 characters or of 15 digits (the first
/// generation) with a real province code and birth date. Hits are in the order of their
/// offsets.
pub fn find_personal_data(text: &str) -> Vec<PersonalHit> {
    let mut hits = Vec::new();
    scan_numbers(text, |digits, x_follows, offset| match classify(digits, x_follows) {
        Some(kind) => {
            hits.push(PersonalHit { kind, offset });
            true
        }
        None => false,
    });
    if hits.windows(2).any(|pair| pair[0].offset > pair[1].offset) {
        hits.sort_by_key(|hit| hit.offset);
    }
    hits
}

/// True for an 11-digit mainland mobile number.
fn is_mobile(digits: &[u8]) -> bool {
    digits.len() == 11 && digits[0] == b'1' && (b'3'..=b'9').contains(&digits[1])
}

/// What a run of digits is, if it is personal data. `x_follows`: an X stands after it.
fn classify(digits: &[u8], x_follows: bool) -> Option<PersonalKind> {
    let mobile = match digits.len() {
        11 => is_mobile(digits),
        13 => digits.starts_with(b"86") && is_mobile(&digits[2..]),
        15 => digits.starts_with(b"0086") && is_mobile(&digits[4..]),
        _ => false,
    };
    if mobile {
        return Some(PersonalKind::Mobile);
    }
    let id = match digits.len() {
        15 => is_first_generation_id(digits),
        17 => x_follows && is_plausible_id(digits),
        18 => is_plausible_id(&digits[..17]),
        _ => false,
    };
    id.then_some(PersonalKind::ResidentId)
}

/// True for the two first digits of a province-level region (GB/T 2260), and 71, 81, 82
/// and 83 (Taiwan, Hong Kong, Macao, and residence permits).
fn is_province(digits: &[u8]) -> bool {
    let code = (digits[0] - b'0') * 10 + (digits[1] - b'0');
    matches!(code, 11..=15 | 21..=23 | 31..=37 | 41..=46 | 50..=54 | 61..=65 | 71 | 81..=83)
}

fn number(digits: &[u8]) -> u32 {
    digits.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0'))
}

fn is_date(year: u32, month: u32, day: u32) -> bool {
    i32::try_from(year)
        .ok()
        .and_then(|year| chrono::NaiveDate::from_ymd_opt(year, month, day))
        .is_some()
}

/// The first 17 digits of an 18-character ID: a province, then a birth date from 1900
/// to 2100. The check digit is not asked for: a number with a wrong one is still a
/// person's number, mistyped.
fn is_plausible_id(first17: &[u8]) -> bool {
    let year = number(&first17[6..10]);
    is_province(first17) && (1900..=2100).contains(&year) && is_date(year, number(&first17[10..12]), number(&first17[12..14]))
}

/// A 15-digit first-generation ID: a province, then a birth date `YYMMDD` of the 1900s.
fn is_first_generation_id(digits: &[u8]) -> bool {
    is_province(digits) && is_date(1900 + number(&digits[6..8]), number(&digits[8..10]), number(&digits[10..12]))
}

/// True for a resident ID as the guard reads it: 18 characters (17 digits and a digit
/// or X) with a province code and a birth date from 1900 to 2100, or 15 digits with a
/// province code and a birth date of the 1900s. The check digit is not asked for.
pub fn is_resident_id(id: &str) -> bool {
    let bytes = id.as_bytes();
    match bytes.len() {
        15 => bytes.iter().all(u8::is_ascii_digit) && is_first_generation_id(bytes),
        18 => {
            bytes[..17].iter().all(u8::is_ascii_digit) && (bytes[17].is_ascii_digit() || bytes[17].eq_ignore_ascii_case(&b'x')) && is_plausible_id(&bytes[..17])
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<PersonalKind> {
        find_personal_data(text).into_iter().map(|h| h.kind).collect()
    }

    /// Every way of writing `13812345678` that the attack on the release binary got
    /// past the guard (issue 16, failure 5), and a few more of the same kinds. Each line
    /// must give exactly one mobile number.
    pub const HOSTILE_MOBILES: &[&str] = &[
        "+86 13812345678",
        "+8613812345678",
        "0086-13812345678",
        "86 138 1234 5678",
        "138.1234.5678",
        "138/1234/5678",
        "138–1234–5678",
        "138—1234—5678",
        "138\u{2011}1234\u{2011}5678",
        "138\u{A0}1234\u{A0}5678",
        "138\u{3000}1234\u{3000}5678",
        "138  1234  5678",
        "138**1234**5678",
        "138`1234`5678",
        "138[1234](#)5678",
        "138_1234_5678",
        "138~~1234~~5678",
        "&#49;3812345678",
        "&#x31;&#x33;&#x38;12345678",
        "138&nbsp;1234&nbsp;5678",
        "138&ndash;1234&mdash;5678",
        "138\\-1234\\-5678",
        "138\u{200B}1234\u{200B}5678",
        "138\u{200D}1234\u{200D}5678",
        "138\u{AD}1234\u{AD}5678",
        "138\u{FEFF}1234\u{2060}5678",
        "138&shy;1234&#8203;5678",
        "\u{1D7CF}\u{1D7D1}\u{1D7D6}\u{1D7CF}\u{1D7D0}\u{1D7D1}\u{1D7D2}\u{1D7D3}\u{1D7D4}\u{1D7D5}\u{1D7D6}",
        "１３８ １２３４ ５６７８",
        "call13812345678",
        "电话13812345678now",
        "tel:+8613812345678",
        "[拨打电话](tel:+8613812345678)",
        "[拨打电话](tel:%2B86%31%33%38%31%32%33%34%35%36%37%38)",
        "<tel:+8613812345678>",
        "138<b>1234</b>5678",
        "138\n1234\n5678",
    ];

    #[test]
    fn every_hostile_mobile_is_caught() {
        for text in HOSTILE_MOBILES {
            assert_eq!(kinds(text), vec![PersonalKind::Mobile], "{text:?}");
            assert_eq!(kinds(&format!("联系电话：{text}。")), vec![PersonalKind::Mobile], "{text:?} in a sentence");
        }
    }

    #[test]
    fn resident_ids_are_caught_with_any_check_digit_and_in_the_old_length() {
        let good = with_check_digit("51068319900101123");
        let wrong = format!("{}{}", &good[..17], if good.ends_with('0') { '1' } else { '0' });
        for text in [
            format!("身份证号{good}。"),
            format!("身份证号{wrong}。"),
            "身份证号11010519491231002X。".to_string(),
            "身份证号 110105491231002".to_string(),
            "身份证 510683 19900101 1234".to_string(),
            "ID 510683-900101-123".to_string(),
        ] {
            assert_eq!(kinds(&text), vec![PersonalKind::ResidentId], "{text}");
        }
        assert!(is_resident_id("11010519491231002X"));
        assert!(is_resident_id("510683199001011234"), "wrong check digit");
        assert!(is_resident_id("110105491231002"));
        assert!(!is_resident_id("510683199013011233"), "month 13");
        assert!(!is_resident_id("990683199001011233"), "no province 99");
    }

    #[test]
    fn catches_mobiles_in_running_text() {
        assert_eq!(kinds("联系人电话13800138000。"), vec![PersonalKind::Mobile]);
        assert_eq!(kinds("电话：138 0013 8000"), vec![PersonalKind::Mobile]);
        assert_eq!(kinds("电话：138-0013-8000"), vec![PersonalKind::Mobile]);
        assert_eq!(kinds("电话：１３８００１３８０００"), vec![PersonalKind::Mobile]);
        assert_eq!(kinds("订单A13800138000"), vec![PersonalKind::Mobile], "letters do not hide a number");
        assert_eq!(kinds("2026-13812345678"), vec![PersonalKind::Mobile], "joined to a year");
        assert_eq!(kinds("13812345678、13912345678").len(), 2);
        let hits = find_personal_data("a 138 1234 5678 b");
        assert_eq!(hits[0].offset, 2);
    }

    #[test]
    fn leaves_landlines_dates_and_amounts_alone() {
        for text in [
            "热线6251071",
            "电话0838-6251071",
            "电话 +86 838 6251071",
            "2026-03-31",
            "2026.03.31—2026.04.30",
            "金额12345678901.5元",
            "编号 2026-Q1-3.5",
            "共计10000元",
            "12345678901234567",
            "订单号 202603311234567890",
            "卡号 6228 4800 1234 5678 901",
            "第13、14、15、16期",
        ] {
            assert!(kinds(text).is_empty(), "{text}");
        }
        assert!(kinds("02112345678").is_empty(), "landline with area code");
        assert!(kinds("订单138001380001").is_empty(), "a longer group of digits");
    }

    fn with_check_digit(first17: &str) -> String {
        const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        let sum: u32 = first17.bytes().zip(WEIGHTS).map(|(b, w)| u32::from(b - b'0') * w).sum();
        format!("{first17}{}", char::from(b"10X98765432"[(sum % 11) as usize]))
    }

    fn full_width(text: &str) -> String {
        text.chars()
            .map(|c| {
                if c.is_ascii_digit() {
                    char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap()
                } else {
                    c
                }
            })
            .collect()
    }

    #[test]
    fn the_corpus_of_personal_numbers_is_caught() {
        let mobiles = [
            "13012345678",
            "13912345678",
            "15000000000",
            "16600001111",
            "17712345678",
            "18888888888",
            "19912345678",
            "14512345678",
        ];
        let ids = [
            with_check_digit("51068319900101123"),
            with_check_digit("11010519491231002"),
            with_check_digit("44052419800101001"),
            with_check_digit("51068320000229004"),
        ];
        for number in mobiles.iter().map(|m| (*m).to_string()).chain(ids.iter().cloned()) {
            for text in [
                format!("联系电话{number}。"),
                format!("({number})"),
                format!("电话：{}", full_width(&number)),
                number.clone(),
                format!("号码 {number}, 请核实"),
            ] {
                assert_eq!(find_personal_data(&text).len(), 1, "{text}");
            }
        }
        assert_eq!(kinds(&format!("身份证号{}", ids[0].to_lowercase())), vec![PersonalKind::ResidentId]);
    }

    #[test]
    fn the_corpus_of_harmless_numbers_is_left_alone() {
        for text in [
            "热线6251071",
            "电话0838-6251071",
            "028-12345678",
            "(0838)6251071",
            "2026-03-31",
            "20260331",
            "2026年3月31日",
            "金额12,345.67元",
            "1234567890元",
            "共计 123456789012 元",
            "编号2026-Q1-3.5",
            "12345678901234567",
            "123456789012345678",
            "1234567890123456789",
            "第12期",
            "10000000000",
            "12012345678",
            "sha256:5f7a2b36c38836281cb56e20c79f9f5538743e9d89b2d25a4efec611bbcf2d4b",
        ] {
            assert!(kinds(text).is_empty(), "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn every_valid_id_is_caught(region in 110_000u32..660_000, days in 0i64..40_000, sequence in 0u32..1000) {
            let birth = chrono::NaiveDate::from_ymd_opt(1920, 1, 1).unwrap() + chrono::Days::new(days as u64);
            let id = with_check_digit(&format!("{region}{}{sequence:03}", birth.format("%Y%m%d")));
            let expected = if is_province(id.as_bytes()) { vec![PersonalKind::ResidentId] } else { Vec::new() };
            proptest::prop_assert_eq!(kinds(&format!("身份证{id}。")), expected);
        }

        #[test]
        fn every_mobile_is_caught(second in 3u32..10, rest in 0u64..1_000_000_000) {
            let number = format!("1{second}{rest:09}");
            proptest::prop_assert_eq!(kinds(&format!("手机{number}")), vec![PersonalKind::Mobile]);
            proptest::prop_assert_eq!(kinds(&format!("手机 +86 {} {} {}", &number[..3], &number[3..7], &number[7..])), vec![PersonalKind::Mobile]);
        }

        #[test]
        fn no_text_makes_the_guard_panic(text in "\\PC{0,200}") {
            let _ = find_personal_data(&text);
        }
    }
}
