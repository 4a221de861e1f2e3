//! The personal-data guard: mainland mobile numbers and resident ID numbers (with a valid
//! check digit) in text meant for the public. Full-width digits count as digits; a
//! number may be split by single spaces or hyphens (`138 0013 8000`). Landlines such as
//! `6251071` or `0838-6251071`, dates and amounts are not personal data.

/// What was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonalKind {
    /// An 11-digit mainland mobile number.
    Mobile,
    /// An 18-character resident ID number with a valid check digit.
    ResidentId,
}

impl PersonalKind {
    /// Words for messages.
    pub fn describe(self) -> &'static str {
        match self {
            PersonalKind::Mobile => "a mobile phone number",
            PersonalKind::ResidentId => "a resident ID number",
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

fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

fn is_x(c: char) -> bool {
    matches!(c, 'X' | 'x' | 'Ｘ' | 'ｘ')
}

/// Every mobile or resident ID number in `text`. One pass over the bytes, no copies:
/// bodies of whole archives go through here. Digits are ASCII or full-width (U+FF10 to
/// U+FF19, bytes EF BC 90 to EF BC 99).
pub fn find_personal_data(text: &str) -> Vec<PersonalHit> {
    let bytes = text.as_bytes();
    let mut hits = Vec::new();
    let mut offset = 0;
    while let Some(start) = next_digit(bytes, offset) {
        offset = start;
        if alnum_ends_at(bytes, offset) {
            offset += 1;
            continue;
        }
        let (digits, length) = read_run(&text[offset..]);
        let end = offset + length;
        if !text[end..].chars().next().is_some_and(is_alnum) {
            if let Some(kind) = classify(digits.as_slice()) {
                hits.push(PersonalHit { kind, offset });
            }
        }
        offset = end.max(offset + 1);
    }
    hits
}

/// The first byte at or after `from` where a digit starts. Most text holds none, so
/// 16 bytes at a time are first asked, all at once, whether one starts among them (an
/// ASCII digit, or EF BC 90–99): loops over fixed-size arrays like this one become
/// vector code.
fn next_digit(bytes: &[u8], from: usize) -> Option<usize> {
    const CHUNK: usize = 16;
    let mut at = from;
    // Each window holds a chunk and the two bytes after it (a full-width digit's tail).
    while let Some(window) = bytes.get(at..at + CHUNK + 2).and_then(|w| <&[u8; CHUNK + 2]>::try_from(w).ok()) {
        let mut any = 0u8;
        for k in 0..CHUNK {
            let ascii = u8::from(window[k].wrapping_sub(b'0') < 10);
            let wide = u8::from(window[k] == 0xEF) & u8::from(window[k + 1] == 0xBC) & u8::from(window[k + 2].wrapping_sub(0x90) < 10);
            any |= ascii | wide;
        }
        if any != 0 {
            return (at..at + CHUNK).find(|&i| digit_starts_at(bytes, i));
        }
        at += CHUNK;
    }
    (at..bytes.len()).find(|&i| digit_starts_at(bytes, i))
}

fn is_full_width_digit(bytes: &[u8]) -> bool {
    matches!(bytes, [0xEF, 0xBC, 0x90..=0x99, ..])
}

/// True when an ASCII or full-width digit starts at byte `at`.
fn digit_starts_at(bytes: &[u8], at: usize) -> bool {
    bytes[at].is_ascii_digit() || is_full_width_digit(&bytes[at..])
}

/// True when the character before byte `at` is a letter or digit.
fn alnum_ends_at(bytes: &[u8], at: usize) -> bool {
    (at >= 1 && bytes[at - 1].is_ascii_alphanumeric()) || (at >= 3 && is_full_width_digit(&bytes[at - 3..at]))
}

fn is_alnum(c: char) -> bool {
    c.is_ascii_alphanumeric() || digit_value(c).is_some()
}

/// Up to 19 digits of a run, on the stack: a run longer than 18 is no number we look for.
#[derive(Default)]
struct Digits {
    bytes: [u8; 19],
    len: usize,
}

impl Digits {
    fn push(&mut self, digit: char) {
        if let Some(slot) = self.bytes.get_mut(self.len) {
            *slot = digit as u8;
            self.len += 1;
        }
    }

    fn len(&self) -> usize {
        self.len
    }

    fn as_slice(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

/// Reads digits from the start of `text`, allowing a single space or hyphen between
/// digits and a final X (ID check digit). Returns the digits (X as 'X') and the run's
/// length in bytes.
fn read_run(text: &str) -> (Digits, usize) {
    let mut digits = Digits::default();
    let mut chars = text.char_indices().peekable();
    let mut end = 0;
    while let Some((offset, c)) = chars.next() {
        if let Some(value) = digit_value(c) {
            digits.push(char::from_digit(value, 10).unwrap_or('0'));
            end = offset + c.len_utf8();
        } else if is_x(c) && digits.len() == 17 {
            digits.push('X');
            end = offset + c.len_utf8();
            break;
        } else if matches!(c, ' ' | '-' | '－') && chars.peek().is_some_and(|(_, next)| digit_value(*next).is_some()) {
            continue;
        } else {
            break;
        }
        if digits.len() > 18 {
            // Longer than any number we look for: read on to its end without keeping it.
            for (offset, c) in chars.by_ref() {
                if digit_value(c).is_none() {
                    break;
                }
                end = offset + c.len_utf8();
            }
            break;
        }
    }
    (digits, end)
}

fn classify(bytes: &[u8]) -> Option<PersonalKind> {
    if bytes.len() == 11 && bytes[0] == b'1' && (b'3'..=b'9').contains(&bytes[1]) {
        return Some(PersonalKind::Mobile);
    }
    if bytes.len() == 18 && std::str::from_utf8(bytes).is_ok_and(is_resident_id) {
        return Some(PersonalKind::ResidentId);
    }
    None
}

/// True for an 18-character resident ID (GB 11643-1999): a plausible birth date and a
/// correct check digit.
pub fn is_resident_id(id: &str) -> bool {
    const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const CHECK: &[u8; 11] = b"10X98765432";
    let bytes = id.as_bytes();
    if bytes.len() != 18 || !bytes[..17].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let year: i32 = id[6..10].parse().unwrap_or(0);
    let month: u32 = id[10..12].parse().unwrap_or(0);
    let day: u32 = id[12..14].parse().unwrap_or(0);
    if !(1900..=2100).contains(&year) || chrono::NaiveDate::from_ymd_opt(year, month, day).is_none() {
        return false;
    }
    let sum: u32 = bytes[..17].iter().zip(WEIGHTS).map(|(b, w)| u32::from(b - b'0') * w).sum();
    CHECK[(sum % 11) as usize] == bytes[17].to_ascii_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<PersonalKind> {
        find_personal_data(text).into_iter().map(|h| h.kind).collect()
    }

    #[test]
    fn catches_mobiles_in_running_text() {
        assert_eq!(kinds("联系人电话13800138000。"), vec![PersonalKind::Mobile]);
        assert_eq!(kinds("电话：138 0013 8000"), vec![PersonalKind::Mobile]);
        assert_eq!(kinds("电话：138-0013-8000"), vec![PersonalKind::Mobile]);
        assert_eq!(kinds("电话：１３８００１３８０００"), vec![PersonalKind::Mobile]);
    }

    #[test]
    fn catches_resident_ids_with_valid_check_digits() {
        assert_eq!(kinds("身份证号11010519491231002X。"), vec![PersonalKind::ResidentId]);
        assert_eq!(kinds("身份证号 510683199001011234"), Vec::<PersonalKind>::new(), "wrong check digit");
        assert!(is_resident_id("11010519491231002X"));
        assert!(is_resident_id("510683199001011233"));
        assert!(!is_resident_id("510683199013011233"), "month 13");
    }

    #[test]
    fn leaves_landlines_dates_and_amounts_alone() {
        for text in [
            "热线6251071",
            "电话0838-6251071",
            "2026-03-31",
            "金额12345678901.5元",
            "编号 2026-Q1-3.5",
            "共计10000元",
            "12345678901234567",
        ] {
            assert!(kinds(text).is_empty(), "{text}");
        }
        assert!(kinds("02112345678").is_empty(), "landline with area code");
        assert!(kinds("订单A13800138000").is_empty(), "part of a longer code");
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
        let bad_check = {
            let id = with_check_digit("51068319900101123");
            let last = if id.ends_with('0') { '1' } else { '0' };
            format!("{}{last}", &id[..17])
        };
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
            bad_check.as_str(),
            "第12期",
            "10000000000",
            "12012345678",
        ] {
            assert!(kinds(text).is_empty(), "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn every_valid_id_is_caught(region in 110_000u32..660_000, days in 0i64..40_000, sequence in 0u32..1000) {
            let birth = chrono::NaiveDate::from_ymd_opt(1920, 1, 1).unwrap() + chrono::Days::new(days as u64);
            let id = with_check_digit(&format!("{region}{}{sequence:03}", birth.format("%Y%m%d")));
            proptest::prop_assert_eq!(kinds(&format!("身份证{id}。")), vec![PersonalKind::ResidentId]);
        }

        #[test]
        fn every_mobile_is_caught(second in 3u32..10, rest in 0u64..1_000_000_000) {
            let number = format!("1{second}{rest:09}");
            proptest::prop_assert_eq!(kinds(&format!("手机{number}")), vec![PersonalKind::Mobile]);
        }
    }
}
