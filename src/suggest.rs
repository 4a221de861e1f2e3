//! "Did you mean": the one home of guesses at what a mistyped word or id meant.
//!
//! - [`closest_word`]: keys and values of the file formats. The allowed word closest to a
//!   misspelt one, offered only when it is close. A guess that is far off sends the
//!   secretary the wrong way, so far guesses are not offered and the finding lists the
//!   allowed words instead.
//! - [`closest_id`]: entry ids and item ids. Look-alike characters are read first as the
//!   secretary meant them (`3.l` and `３．１` are `3.1`; case is ignored, as ids are compared
//!   ignoring case), then the nearest id by edit distance (strsim's Damerau–Levenshtein: a
//!   swapped pair of characters counts as one edit). A guess is offered only when one id
//!   is clearly nearest: two equally near ids give no guess rather than a wrong one.

/// The choice closest to `word`, if it is close: Jaro-Winkler similarity of at least
/// 0.8 (which weighs a shared beginning, as in `prepard_by` → `prepared_by`), or at
/// most two edits away for words of four characters or more (`stauts` → `status`).
/// Case is ignored; an exact match is no suggestion. Among equally close choices the
/// first listed wins, so the result is stable.
pub fn closest_word<'a>(word: &str, choices: &[&'a str]) -> Option<&'a str> {
    let lower = word.to_lowercase();
    let mut best: Option<(&'a str, f64)> = None;
    for choice in choices {
        let candidate = choice.to_lowercase();
        if candidate == lower {
            return None;
        }
        let similarity = strsim::jaro_winkler(&lower, &candidate);
        let edits = strsim::levenshtein(&lower, &candidate);
        let close = similarity >= 0.8 || (edits <= 2 && lower.chars().count() >= 4);
        if close && best.is_none_or(|(_, score)| similarity > score) {
            best = Some((choice, similarity));
        }
    }
    best.map(|(choice, _)| choice)
}

/// The known id `wanted` most likely means, if one clearly is.
pub fn closest_id<'a>(wanted: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted_plain = plain(wanted);
    let known: Vec<&str> = known.into_iter().filter(|id| *id != wanted).collect();
    if let Some(exact) = known.iter().find(|id| plain(id) == wanted_plain) {
        return Some(exact);
    }
    // One edit for short ids (`3.1`), up to one in four characters for longer ones.
    let allowed = (wanted_plain.chars().count() / 4).max(1);
    let mut best: Option<(usize, &str)> = None;
    let mut tied = false;
    for id in known {
        let distance = strsim::damerau_levenshtein(&wanted_plain, &plain(id));
        if distance > allowed {
            continue;
        }
        match best {
            Some((nearest, _)) if distance > nearest => {}
            Some((nearest, _)) if distance == nearest => tied = true,
            _ => {
                best = Some((distance, id));
                tied = false;
            }
        }
    }
    best.filter(|_| !tied).map(|(_, id)| id)
}

/// The id as the secretary meant it: lower case, full-width forms and look-alike letters
/// read as the digits and dots ids are made of.
fn plain(id: &str) -> String {
    id.trim()
        .chars()
        .map(|c| match c {
            // Full-width ASCII (`３．１`, `Ｑ`) as ASCII.
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '。' | '、' | ',' => '.',
            _ => c,
        })
        .map(|c| match c.to_ascii_lowercase() {
            'l' | 'i' | '|' => '1',
            'o' => '0',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod id_tests {
    use super::closest_id as closest;

    const ENTRIES: [&str; 6] = ["1.1", "1.2", "3.1", "3.2", "3.5", "7.2"];

    #[test]
    fn look_alike_characters_read_as_meant() {
        assert_eq!(closest("3.l", ENTRIES), Some("3.1"));
        assert_eq!(closest("３．５", ENTRIES), Some("3.5"));
        assert_eq!(closest("7。2", ENTRIES), Some("7.2"));
        assert_eq!(closest("l.I", ENTRIES), Some("1.1"));
    }

    #[test]
    fn the_nearest_id_when_one_is_clearly_nearest() {
        let items = ["2026-Q3-7.2", "2026-Q2-7.2", "2026-01-12-4.1"];
        assert_eq!(closest("2026-Q3-72", items), Some("2026-Q3-7.2"));
        assert_eq!(closest("2026-01-21-4.1", items), Some("2026-01-12-4.1"), "a swapped pair is one edit");
        assert_eq!(closest("2026-q3-7.2", items), Some("2026-Q3-7.2"), "case is ignored");
    }

    #[test]
    fn no_guess_when_two_are_as_near_or_none_is_near() {
        assert_eq!(closest("3.9", ENTRIES), None, "3.1, 3.2 and 3.5 are all one edit away");
        assert_eq!(closest("9.9", ENTRIES), None);
        assert_eq!(closest("党费", ENTRIES), None);
        assert_eq!(closest("3.5", ENTRIES), None, "a known id is not a guess");
    }
}

#[cfg(test)]
mod word_tests {
    use super::closest_word as closest;

    const KEYS: &[&str] = &["entry", "title", "period", "prepared_by", "reviewed_by", "approved_by", "approved_on"];

    #[test]
    fn close_misspellings_are_named() {
        assert_eq!(closest("prepard_by", KEYS), Some("prepared_by"));
        assert_eq!(closest("titel", KEYS), Some("title"));
        assert_eq!(closest("aproved_on", KEYS), Some("approved_on"));
        assert_eq!(closest("publc", &["public", "members", "restricted"]), Some("public"));
        assert_eq!(
            closest("Members", &["public", "members", "restricted"]),
            None,
            "the same word in capitals is no misspelling"
        );
    }

    #[test]
    fn far_words_get_no_guess() {
        assert_eq!(closest("colour", KEYS), None);
        assert_eq!(closest("xyz", &["public", "members", "restricted"]), None);
        assert_eq!(closest("", KEYS), None);
    }
}
