//! "Did you mean": the allowed word closest to a misspelt one, offered only when it is
//! close. A guess that is far off sends the secretary the wrong way, so far guesses are
//! not offered and the finding lists the allowed words instead.

/// The choice closest to `word`, if it is close: Jaro-Winkler similarity of at least
/// 0.8 (which weighs a shared beginning, as in `prepard_by` → `prepared_by`), or at
/// most two edits away for words of four characters or more (`stauts` → `status`).
/// Case is ignored; an exact match is no suggestion. Among equally close choices the
/// first listed wins, so the result is stable.
pub fn closest<'a>(word: &str, choices: &[&'a str]) -> Option<&'a str> {
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

#[cfg(test)]
mod tests {
    use super::closest;

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
