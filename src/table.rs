//! Text columns that line up under Chinese: widths are counted in terminal columns
//! (Unicode display width, two columns for a CJK character, none for a colour code),
//! not in characters or bytes. Every column-aligned text output pads with these
//! functions (`status`, `next`, `explain`, `calendar`, the text report), since
//! `format!("{:<N}")` counts characters and so pushes a Chinese column out of line.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The columns one character takes on a terminal: two for a CJK character, none for a
/// combining mark, one for anything else (control characters included: a caret under
/// them stays in line with what the terminal shows in their place).
pub fn char_width(c: char) -> usize {
    c.width().unwrap_or(1)
}

/// The columns `text` takes on a terminal: a CJK character takes two, an ANSI colour
/// code (`ESC [ … m`) none.
pub fn display_width(text: &str) -> usize {
    if !text.contains('\u{1b}') {
        return text.width();
    }
    let mut width = 0;
    let mut rest = text;
    while let Some(start) = rest.find('\u{1b}') {
        width += rest[..start].width();
        rest = &rest[start..];
        match rest.find('m') {
            Some(end) => rest = &rest[end + 1..],
            None => return width,
        }
    }
    width + rest.width()
}

/// `text` followed by spaces up to `width` columns (left-aligned); unchanged when it is
/// already as wide or wider.
pub fn pad_right(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(display_width(text))))
}

/// Spaces, then `text`, up to `width` columns (right-aligned).
pub fn pad_left(text: &str, width: usize) -> String {
    format!("{}{text}", " ".repeat(width.saturating_sub(display_width(text))))
}

/// `text` centred in `width` columns (an odd space goes to the right, as `{:^N}` does).
pub fn center(text: &str, width: usize) -> String {
    let room = width.saturating_sub(display_width(text));
    let left = room / 2;
    format!("{}{text}{}", " ".repeat(left), " ".repeat(room - left))
}

/// The widest of `texts`, in columns: the width of a column that holds them all.
pub fn column_width<'a>(texts: impl IntoIterator<Item = &'a str>) -> usize {
    texts.into_iter().map(display_width).max().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chinese_character_takes_two_columns() {
        assert_eq!(display_width("党费"), 4);
        assert_eq!(display_width("3.5 党费"), 8);
        assert_eq!(display_width("abc"), 3);
        assert_eq!(display_width("，。"), 4);
    }

    #[test]
    fn colour_codes_take_no_room() {
        assert_eq!(display_width("\u{1b}[1m逾期\u{1b}[0m"), 4);
        assert_eq!(display_width("\u{1b}[31m 1*\u{1b}[0m"), 3);
    }

    #[test]
    fn padding_counts_columns_not_characters() {
        assert_eq!(pad_right("逾期", 7), "逾期   ");
        assert_eq!(pad_right("overdue", 7), "overdue");
        assert_eq!(pad_right("too wide", 3), "too wide");
        assert_eq!(pad_left("5", 3), "  5");
        assert_eq!(pad_left("五", 3), " 五");
        assert_eq!(center("1月", 7), "  1月  ");
        assert_eq!(center("May", 8), format!("{:^8}", "May"));
        assert_eq!(column_width(["a", "党务公开", "abc"]), 8);
        // Lined up: every padded cell ends in the same column.
        let cells: Vec<String> = ["张三", "Li", "欧阳娜娜"].iter().map(|name| pad_right(name, 10)).collect();
        assert!(cells.iter().all(|cell| display_width(cell) == 10), "{cells:?}");
    }
}
