//! "Did you mean": the known id closest to one that is not known, for entry ids and item
//! ids. Look-alike characters are read first as the secretary meant them (`3.l` and
//! `３．１` are `3.1`; case is ignored, as ids are compared ignoring case), then the
//! nearest id by edit distance (strsim's Damerau–Levenshtein: a swapped pair of
//! characters counts as one edit). A guess is offered only when one id is clearly
//! nearest: two equally near ids give no guess rather than a wrong one.

/// The known id `wanted` most likely means, if one clearly is.
pub fn closest<'a>(wanted: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
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
mod tests {
    use super::closest;

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
