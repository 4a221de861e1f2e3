//! English counts in words, for every output that writes them: one place, so that
//! "1 item" and "2 items" are spelt alike everywhere. (Chinese needs no plural.)

/// The plural ending of an English noun for `n` of it: `""` for one, `"s"` otherwise.
pub fn plural<N: PartialEq + From<u8> + Copy>(n: N) -> &'static str {
    if n == N::from(1) {
        ""
    } else {
        "s"
    }
}

/// `n` and the noun, in the plural where `n` is not one: "1 item", "3 items".
pub fn count_of(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", plural(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(count_of(1, "item"), "1 item");
        assert_eq!(count_of(0, "item"), "0 items");
        assert_eq!(count_of(2, "day"), "2 days");
        assert_eq!(plural(1_usize), "");
        assert_eq!(plural(11_usize), "s");
        assert_eq!(plural(1_u32), "");
        assert_eq!(plural(-1_i64), "s");
    }
}
