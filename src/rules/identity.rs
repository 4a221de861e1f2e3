//! A case's own `name` and `contact` in its public text. The summary and the answer of a
//! public case reach the board; the person's name and how to reach them must not. Both
//! sides are compared as a reader sees them: entities decoded, separators, invisible
//! characters and vanishing Markdown dropped, full-width letters and digits folded,
//! case ignored. Generic words (匿名, 群众, 患者家属, 未留 …, the list `GENERIC`) identify no
//! one and are not compared, nor is a name of fewer than two characters (a lone surname
//! would match everywhere); a name written differently (王女士 for a case of 王芳) is not
//! found. A contact holding five digits or more is also looked for as a number: its
//! digits, a mobile without its `86`/`0086` prefix, and a landline without its area code
//! (`0838-1234567` is found as `1234567` too), each as a whole number of the text.

use crate::rules::numbers::{digit_value, entity, is_separator, scan_numbers, LONGEST};

/// Which of the case's private fields a text holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Identity {
    /// The person's name.
    Name,
    /// How to reach them.
    Contact,
}

impl Identity {
    /// The field's key in the case file.
    pub fn key(self) -> &'static str {
        match self {
            Identity::Name => "name",
            Identity::Contact => "contact",
        }
    }
}

/// Words a secretary writes in `name` or `contact` when there is none to keep: they
/// identify no one, and a summary may well use them (`群众反映…`).
const GENERIC: &[&str] = &[
    "匿名",
    "群众",
    "党员",
    "居民",
    "村民",
    "职工",
    "患者",
    "家属",
    "患者家属",
    "来信人",
    "来访人",
    "无",
    "不详",
    "未留",
    "未留名",
    "未留姓名",
    "未留联系方式",
];

/// The first of `name` and `contact` that `text` holds.
pub fn identity_in(text: &str, name: Option<&str>, contact: Option<&str>) -> Option<Identity> {
    let seen = normalise(text);
    let holds = |field: &str| {
        let field = normalise(field);
        field.chars().count() >= 2 && !GENERIC.contains(&field.as_str()) && seen.contains(&field)
    };
    if name.is_some_and(holds) {
        return Some(Identity::Name);
    }
    let contact = contact?;
    if holds(contact) || holds_contact_number(text, contact) {
        return Some(Identity::Contact);
    }
    None
}

/// The text as compared: entities decoded, separators and invisible characters
/// dropped, full-width forms folded to ASCII, digits to ASCII, lowercase.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let (c, len) = if c == '&' { entity(rest).unwrap_or(('&', 1)) } else { (c, c.len_utf8()) };
        rest = &rest[len..];
        if is_separator(c) || c.is_whitespace() {
            continue;
        }
        if let Some(value) = digit_value(c) {
            out.push(char::from(b'0' + value));
        } else if ('\u{FF01}'..='\u{FF5E}').contains(&c) {
            out.extend(char::from_u32(u32::from(c) - 0xFEE0).into_iter().flat_map(char::to_lowercase));
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// True when `text` holds the contact's number as a whole number.
fn holds_contact_number(text: &str, contact: &str) -> bool {
    let digits: Vec<u8> = contact.chars().filter_map(digit_value).map(|d| b'0' + d).collect();
    if digits.len() < 5 || digits.len() > LONGEST {
        return false;
    }
    let mut wanted = vec![digits.clone()];
    for prefix in [&b"0086"[..], b"86"] {
        if digits.len() == prefix.len() + 11 && digits.starts_with(prefix) {
            wanted.push(digits[prefix.len()..].to_vec());
        }
    }
    if digits[0] == b'0' && digits.len() >= 10 {
        for area in [3, 4] {
            if digits.len() - area >= 7 {
                wanted.push(digits[area..].to_vec());
            }
        }
    }
    let mut found = false;
    scan_numbers(text, |run, _, _| {
        found |= wanted.iter().any(|w| w.as_slice() == run);
        found
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_contacts_are_found_as_a_reader_sees_them() {
        let answer = "已电话联系王女士（0838-1234567）并解决";
        assert_eq!(identity_in(answer, Some("王女士"), Some("0838-1234567")), Some(Identity::Name));
        assert_eq!(identity_in(answer, None, Some("0838-1234567")), Some(Identity::Contact));
        assert_eq!(identity_in("已回电 1234567", None, Some("0838-1234567")), Some(Identity::Contact));
        assert_eq!(identity_in("已回电 0838 123 4567", None, Some("08381234567")), Some(Identity::Contact));
        assert_eq!(identity_in("王**女士**反映", Some("王女士"), None), Some(Identity::Name));
        assert_eq!(identity_in("王&#22899;士反映", Some("王女士"), None), Some(Identity::Name));
        assert_eq!(identity_in("已回复 +86 138 0000 0002", None, Some("13800000002")), Some(Identity::Contact));
        assert_eq!(identity_in("邮件 WANG@Example.com", None, Some("wang@example.com")), Some(Identity::Contact));
        assert_eq!(identity_in("第二党小组党员建议", Some("刘建国"), Some("第二党小组")), Some(Identity::Contact));
    }

    #[test]
    fn other_text_is_left_alone() {
        assert_eq!(identity_in("群众反映门诊排队时间长", Some("张女士"), Some("13800000001")), None);
        assert_eq!(identity_in("已增设导诊台", Some("王"), None), None, "one character is not compared");
        assert_eq!(identity_in("金额12345678元", None, Some("0838-1234567")), None, "part of a longer number");
        assert_eq!(identity_in("已解决", Some(""), Some("  ")), None);
        assert_eq!(identity_in("群众反映门诊排队时间长", Some("群众"), Some("未留")), None, "generic words");
    }
}
