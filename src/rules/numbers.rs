//! Numbers as a reader sees them. The personal-data guard must find a number however it
//! is written, so a text is read the way it looks once it is rendered, not the way its
//! bytes run:
//!
//! - **Digits** are ASCII, full-width (`１３８`, U+FF10–U+FF19), mathematical (`𝟏𝟑𝟖`, the
//!   five styles U+1D7CE–U+1D7FF) or segmented (U+1FBF0–U+1FBF9), written as they are or
//!   as HTML character references (`&#49;`, `&#x31;`) or percent-encoded (`%31`, in a
//!   link's address).
//! - **A group** is a run of digits with nothing between them. Letters around a group do
//!   not hide it (`call13812345678` holds a number); digits do (a group is whole).
//! - **Groups are joined** when only separators stand between them: spaces of every width
//!   (NBSP, U+3000, thin spaces …), tabs and single line breaks (a blank line parts
//!   them), hyphens and dashes (U+2010–U+2015, minus, full-width), dots (`.`, `·`, `・`,
//!   `．`), slashes (`/`, `／`, `\`), the invisible characters (zero-width space, joiner
//!   and non-joiner, word joiner, BOM, soft hyphen, the invisible operators, direction
//!   marks and embeddings), combining marks and variation selectors (keycaps `1️⃣`), named
//!   entities for any of these (`&nbsp;`, `&shy;`, `&ndash;` …, those comrak decodes),
//!   and Markdown that vanishes on rendering: emphasis and code marks (`*`, `_`, `` ` ``,
//!   `~`), link brackets (`[`, `]`, `!`), a link's destination (`138[1234](#)5678` reads
//!   `13812345678`), a reference label and an HTML tag. A destination, label or tag
//!   skipped this way is read on its own as well.
//!
//! [`scan_numbers`] offers every run of joined groups of at most [`LONGEST`] digits (each
//! ending at a group, longest first) to the caller, which says whether it is a number it
//! looks for. The scan costs next to nothing on text without digits: 16 bytes at a time
//! are asked at once whether a digit (or `&#`) starts among them.

/// The longest number offered, in digits: an 18-character resident ID.
pub const LONGEST: usize = 18;

/// The value of a digit a reader reads as one.
pub fn digit_value(c: char) -> Option<u8> {
    let value = match c {
        '0'..='9' => u32::from(c) - u32::from('0'),
        '\u{FF10}'..='\u{FF19}' => u32::from(c) - 0xFF10,
        '\u{1D7CE}'..='\u{1D7FF}' => (u32::from(c) - 0x1D7CE) % 10,
        '\u{1FBF0}'..='\u{1FBF9}' => u32::from(c) - 0x1FBF0,
        _ => return None,
    };
    u8::try_from(value).ok()
}

/// True for the letter X of an ID's check digit, in either case and width.
pub fn is_x(c: char) -> bool {
    matches!(c, 'X' | 'x' | 'Ｘ' | 'ｘ')
}

/// True for a character that a reader skips between two digit groups (line breaks are
/// handled apart: one joins, two part).
pub fn is_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\r' | '\u{A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
            | '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}'
            | '.' | '\u{B7}' | '\u{2024}' | '\u{2027}' | '\u{22C5}' | '\u{30FB}' | '\u{FF0E}' | '\u{FF65}'
            | '/' | '\\' | '\u{2044}' | '\u{2215}' | '\u{FF0F}' | '\u{FF3C}'
            | '\u{AD}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}'
            | '\u{300}'..='\u{36F}' | '\u{20D0}'..='\u{20FF}' | '\u{FE00}'..='\u{FE0F}'
            | '*' | '_' | '`' | '~' | '[' | ']' | '!' | '<' | '>'
    )
}

/// The named entities comrak decodes that stand for a separator (no named entity stands
/// for a digit). Sorted by name.
const NAMED: &[(&str, char)] = &[
    ("ApplyFunction", '\u{2061}'),
    ("CenterDot", '\u{B7}'),
    ("DiacriticalGrave", '`'),
    ("GT", '>'),
    ("InvisibleComma", '\u{2063}'),
    ("InvisibleTimes", '\u{2062}'),
    ("LT", '<'),
    ("MediumSpace", '\u{205F}'),
    ("NegativeMediumSpace", '\u{200B}'),
    ("NegativeThickSpace", '\u{200B}'),
    ("NegativeThinSpace", '\u{200B}'),
    ("NegativeVeryThinSpace", '\u{200B}'),
    ("NewLine", '\n'),
    ("NoBreak", '\u{2060}'),
    ("NonBreakingSpace", '\u{A0}'),
    ("Tab", '\t'),
    ("ThinSpace", '\u{2009}'),
    ("UnderBar", '_'),
    ("VeryThinSpace", '\u{200A}'),
    ("ZeroWidthSpace", '\u{200B}'),
    ("af", '\u{2061}'),
    ("ast", '*'),
    ("bsol", '\\'),
    ("centerdot", '\u{B7}'),
    ("dash", '\u{2010}'),
    ("emsp", '\u{2003}'),
    ("emsp13", '\u{2004}'),
    ("emsp14", '\u{2005}'),
    ("ensp", '\u{2002}'),
    ("excl", '!'),
    ("frasl", '\u{2044}'),
    ("grave", '`'),
    ("gt", '>'),
    ("hairsp", '\u{200A}'),
    ("horbar", '\u{2015}'),
    ("hyphen", '\u{2010}'),
    ("ic", '\u{2063}'),
    ("it", '\u{2062}'),
    ("lbrack", '['),
    ("lowbar", '_'),
    ("lsqb", '['),
    ("lt", '<'),
    ("mdash", '\u{2014}'),
    ("midast", '*'),
    ("middot", '\u{B7}'),
    ("minus", '\u{2212}'),
    ("nbsp", '\u{A0}'),
    ("ndash", '\u{2013}'),
    ("numsp", '\u{2007}'),
    ("period", '.'),
    ("puncsp", '\u{2008}'),
    ("rbrack", ']'),
    ("rsqb", ']'),
    ("sdot", '\u{22C5}'),
    ("shy", '\u{AD}'),
    ("sol", '/'),
    ("thinsp", '\u{2009}'),
    ("zwj", '\u{200D}'),
    ("zwnj", '\u{200C}'),
];

/// The character an HTML character reference at the start of `text` (at its `&`) stands
/// for, and its length in bytes, the way comrak reads it: `&#` and 1–7 decimal digits,
/// `&#x` and 1–6 hex digits, or a name, each closed by `;`. Named references are known
/// only when they stand for a separator; `None` for anything else.
pub fn entity(text: &str) -> Option<(char, usize)> {
    let bytes = text.as_bytes();
    if bytes.first() != Some(&b'&') {
        return None;
    }
    if bytes.get(1) == Some(&b'#') {
        let hex = matches!(bytes.get(2), Some(b'x' | b'X'));
        let (from, radix, most) = if hex { (3, 16, 6) } else { (2, 10, 7) };
        let digits = bytes[from..]
            .iter()
            .take(most + 1)
            .take_while(|b| b.is_ascii_hexdigit() && (hex || b.is_ascii_digit()))
            .count();
        if digits == 0 || digits > most || bytes.get(from + digits) != Some(&b';') {
            return None;
        }
        let value = u32::from_str_radix(&text[from..from + digits], radix).ok()?;
        return Some((char::from_u32(value).filter(|c| *c != '\0').unwrap_or('\u{FFFD}'), from + digits + 1));
    }
    let name_len = bytes[1..].iter().take(32).take_while(|b| b.is_ascii_alphanumeric()).count();
    if name_len < 2 || bytes.get(1 + name_len) != Some(&b';') {
        return None;
    }
    let name = &text[1..=name_len];
    let found = NAMED.binary_search_by(|(known, _)| known.cmp(&name)).ok()?;
    Some((NAMED[found].1, name_len + 2))
}

/// The character at the start of `text` as a reader sees it (an entity or a
/// percent-encoded ASCII character, as in `tel:%31%33%38…`, decoded), and the bytes it
/// takes.
fn unit(text: &str) -> Option<(char, usize)> {
    let c = text.chars().next()?;
    if c == '&' {
        if let Some(decoded) = entity(text) {
            return Some(decoded);
        }
    }
    if c == '%' {
        if let Some(decoded) = percent(text.as_bytes()) {
            return Some((decoded, 3));
        }
    }
    Some((c, c.len_utf8()))
}

/// The ASCII character a `%HH` at the start of `bytes` stands for.
fn percent(bytes: &[u8]) -> Option<char> {
    let hex = std::str::from_utf8(bytes.get(1..3)?).ok()?;
    let value = u8::from_str_radix(hex, 16).ok().filter(u8::is_ascii)?;
    Some(char::from(value))
}

/// The joined groups read so far (the last ones, at most [`LONGEST`] digits in all).
#[derive(Default)]
struct Joined {
    digits: [u8; LONGEST],
    len: usize,
    /// Each group's start in `digits` and its byte offset in the text.
    groups: [(usize, usize); LONGEST],
    count: usize,
}

impl Joined {
    fn clear(&mut self) {
        self.len = 0;
        self.count = 0;
    }

    /// Adds a group; the oldest groups make room.
    fn push(&mut self, group: &[u8], offset: usize) {
        while self.count > 0 && self.len + group.len() > LONGEST {
            let cut = if self.count > 1 { self.groups[1].0 } else { self.len };
            self.digits.copy_within(cut..self.len, 0);
            self.len -= cut;
            self.groups.copy_within(1..self.count, 0);
            self.count -= 1;
            for group in &mut self.groups[..self.count] {
                group.0 -= cut;
            }
        }
        self.groups[self.count] = (self.len, offset);
        self.count += 1;
        self.digits[self.len..self.len + group.len()].copy_from_slice(group);
        self.len += group.len();
    }

    /// Offers every run ending at the newest group, longest first; a claimed run starts
    /// the reading afresh.
    fn offer(&mut self, x_follows: bool, visit: &mut impl FnMut(&[u8], bool, usize) -> bool) {
        for k in 0..self.count {
            let (start, offset) = self.groups[k];
            if visit(&self.digits[start..self.len], x_follows, offset) {
                self.clear();
                return;
            }
        }
    }
}

/// Calls `visit(digits, x_follows, offset)` for every number a reader could read in
/// `text`: each run of joined groups of at most [`LONGEST`] digits in all (as ASCII
/// bytes), ending at a group, longest first. `x_follows` is true when an X stands right
/// after the run's last digit; `offset` is the byte offset of the run's first digit.
/// `visit` returns true to claim the run: reading then starts afresh after it.
///
/// The work is linear in the text, whatever it holds: the main reading only goes
/// forward, the ranges it skips (destinations, labels, tags) are disjoint and read once
/// more on their own, without skipping anything inside them, and the closing brackets
/// are found by searches that never look at a byte twice.
pub fn scan_numbers(text: &str, mut visit: impl FnMut(&[u8], bool, usize) -> bool) {
    let mut skips = Skips::default();
    scan_range(text, 0, &mut visit, Some(&mut skips));
    let mut pending = skips.pending;
    // Skipped ranges are disjoint and found in order; read them in order.
    pending.reverse();
    while let Some((start, end)) = pending.pop() {
        scan_range(&text[..end], start, &mut visit, None);
    }
}

/// What the main reading skips, and the searches that find where a skip ends.
#[derive(Default)]
struct Skips {
    /// Ranges skipped inside a run, to be read on their own.
    pending: Vec<(usize, usize)>,
    /// Every link destination `](…)`: its `(` and the matching `)`, found in one pass
    /// the first time one is needed.
    destinations: Option<Vec<(usize, usize)>>,
    /// The last search for a `]` and for a `>`: from where, and what it found.
    bracket: Option<(usize, Option<usize>)>,
    angle: Option<(usize, Option<usize>)>,
}

impl Skips {
    /// The `)` matching the `(` at `open`, when `open` follows a `]`.
    fn destination(&mut self, bytes: &[u8], open: usize) -> Option<usize> {
        let pairs = self.destinations.get_or_insert_with(|| {
            let mut stack = Vec::new();
            let mut pairs = Vec::new();
            for (i, &b) in bytes.iter().enumerate() {
                if b == b'(' {
                    stack.push(i);
                } else if b == b')' {
                    if let Some(open) = stack.pop() {
                        if open > 0 && bytes[open - 1] == b']' {
                            pairs.push((open, i));
                        }
                    }
                }
            }
            pairs.sort_unstable();
            pairs
        });
        pairs.binary_search_by_key(&open, |pair| pair.0).ok().map(|i| pairs[i].1)
    }
}

/// The first `wanted` byte at or after `from`, remembering the last search so that no
/// byte is looked at twice while the questions move forward.
fn first_from(bytes: &[u8], from: usize, wanted: u8, memo: &mut Option<(usize, Option<usize>)>) -> Option<usize> {
    if let Some((searched_from, found)) = *memo {
        if from >= searched_from && found.is_none_or(|at| from <= at) {
            return found;
        }
    }
    let found = bytes[from..].iter().position(|b| *b == wanted).map(|i| from + i);
    *memo = Some((from, found));
    found
}

/// Reads `text` from `from` on. With `skips`, link destinations, reference labels and
/// tags inside a run are skipped (and kept for later); without, nothing is skipped.
fn scan_range(text: &str, from: usize, visit: &mut impl FnMut(&[u8], bool, usize) -> bool, mut skips: Option<&mut Skips>) {
    let bytes = text.as_bytes();
    let mut joined = Joined::default();
    let mut at = from;
    while let Some(start) = next_digit(bytes, at) {
        at = start;
        match unit(&text[at..]) {
            Some((c, _)) if digit_value(c).is_some() => {}
            Some((_, len)) => {
                at += len;
                continue;
            }
            None => break,
        }
        joined.clear();
        loop {
            let group = read_group(text, at);
            if group.long {
                joined.clear();
            } else {
                joined.push(&group.digits[..group.len], at);
                joined.offer(group.x_follows, visit);
            }
            at = group.end;
            if group.x_follows {
                break;
            }
            let (next, digit_follows) = skip_separators(text, at, skips.as_deref_mut());
            at = next;
            if !digit_follows {
                break;
            }
        }
    }
}

/// One group of digits.
struct Group {
    digits: [u8; LONGEST],
    len: usize,
    /// Longer than [`LONGEST`]: no number looked for.
    long: bool,
    /// An X stands right after it.
    x_follows: bool,
    /// The byte after it (after the X when one follows).
    end: usize,
}

fn read_group(text: &str, from: usize) -> Group {
    let mut group = Group {
        digits: [0; LONGEST],
        len: 0,
        long: false,
        x_follows: false,
        end: from,
    };
    while let Some((c, len)) = unit(&text[group.end..]) {
        if let Some(value) = digit_value(c) {
            if group.len < LONGEST {
                group.digits[group.len] = b'0' + value;
                group.len += 1;
            } else {
                group.long = true;
            }
            group.end += len;
        } else {
            if is_x(c) {
                group.x_follows = true;
                group.end += len;
            }
            break;
        }
    }
    group
}

/// Skips what a reader skips after a group; returns where it stops and whether a digit
/// stands there (the run goes on).
fn skip_separators(text: &str, from: usize, mut skips: Option<&mut Skips>) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut at = from;
    let mut line_breaks = 0;
    while let Some((c, len)) = unit(&text[at..]) {
        if digit_value(c).is_some() {
            return (at, true);
        }
        if c == '\n' {
            line_breaks += 1;
            if line_breaks > 1 {
                return (at, false);
            }
            at += len;
            continue;
        }
        if let Some(skips) = skips.as_deref_mut() {
            if let Some(close) = skipped(bytes, at, skips) {
                skips.pending.push((at + 1, close));
                at = close + 1;
                line_breaks = 0;
                continue;
            }
        }
        if !is_separator(c) {
            return (at, false);
        }
        if c != '\r' {
            line_breaks = 0;
        }
        at += len;
    }
    (at, false)
}

/// Where a construct that vanishes on rendering, starting at `at`, ends: a link's
/// destination `](…)` or a reference label `][…]` (the byte of its closing bracket), or
/// an HTML tag `<…>` (escaped on the board, so its text shows, and read on its own).
fn skipped(bytes: &[u8], at: usize, skips: &mut Skips) -> Option<usize> {
    match (bytes[at], bytes.get(at + 1)) {
        (b']', Some(b'(')) => skips.destination(bytes, at + 1),
        (b']', Some(b'[')) => first_from(bytes, at + 2, b']', &mut skips.bracket),
        (b'<', Some(next)) if next.is_ascii_alphabetic() || matches!(next, b'/' | b'!' | b'?') => first_from(bytes, at + 1, b'>', &mut skips.angle),
        _ => None,
    }
}

/// The first byte at or after `from` where a digit may start: an ASCII digit, a
/// full-width digit (EF BC 90–99), a mathematical digit (F0 9D 9F 8E–BF), a segmented
/// digit (F0 9F AF B0–B9), a character reference (`&#`) or a percent-encoded digit
/// (`%31`). Most text holds none, so 16
/// bytes at a time are first asked, all at once, whether one starts among them: loops
/// over fixed-size arrays like this one become vector code.
fn next_digit(bytes: &[u8], from: usize) -> Option<usize> {
    const CHUNK: usize = 16;
    let mut at = from;
    // Each window holds a chunk and the three bytes after it (a digit's tail).
    while let Some(window) = bytes.get(at..at + CHUNK + 3).and_then(|w| <&[u8; CHUNK + 3]>::try_from(w).ok()) {
        let mut any = 0u8;
        for k in 0..CHUNK {
            let (a, b, c, d) = (window[k], window[k + 1], window[k + 2], window[k + 3]);
            let ascii = u8::from(a.wrapping_sub(b'0') < 10);
            let wide = u8::from(a == 0xEF) & u8::from(b == 0xBC) & u8::from(c.wrapping_sub(0x90) < 10);
            let astral = u8::from(a == 0xF0)
                & ((u8::from(b == 0x9D) & u8::from(c == 0x9F) & u8::from(d.wrapping_sub(0x8E) < 50))
                    | (u8::from(b == 0x9F) & u8::from(c == 0xAF) & u8::from(d.wrapping_sub(0xB0) < 10)));
            let reference = (u8::from(a == b'&') & u8::from(b == b'#')) | (u8::from(a == b'%') & u8::from(b == b'3') & u8::from(c.wrapping_sub(b'0') < 10));
            any |= ascii | wide | astral | reference;
        }
        if any != 0 {
            return (at..at + CHUNK).find(|&i| digit_starts_at(bytes, i));
        }
        at += CHUNK;
    }
    (at..bytes.len()).find(|&i| digit_starts_at(bytes, i))
}

/// True when a digit (or a character reference) may start at byte `at`.
fn digit_starts_at(bytes: &[u8], at: usize) -> bool {
    matches!(
        &bytes[at..],
        [b'0'..=b'9', ..]
            | [b'&', b'#', ..]
            | [b'%', b'3', b'0'..=b'9', ..]
            | [0xEF, 0xBC, 0x90..=0x99, ..]
            | [0xF0, 0x9D, 0x9F, 0x8E..=0xBF, ..]
            | [0xF0, 0x9F, 0xAF, 0xB0..=0xB9, ..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every run offered, as (digits, offset); none claimed.
    fn runs(text: &str) -> Vec<(String, usize)> {
        let mut all = Vec::new();
        scan_numbers(text, |digits, _, offset| {
            all.push((String::from_utf8(digits.to_vec()).unwrap(), offset));
            false
        });
        all
    }

    fn longest(text: &str) -> Vec<String> {
        let mut all = Vec::new();
        scan_numbers(text, |digits, _, _| {
            all.push(String::from_utf8(digits.to_vec()).unwrap());
            false
        });
        all.into_iter().max_by_key(String::len).into_iter().collect()
    }

    #[test]
    fn groups_join_across_what_a_reader_skips() {
        for text in [
            "138 1234 5678",
            "138.1234.5678",
            "138/1234/5678",
            "138–1234—5678",
            "138\u{2011}1234\u{2011}5678",
            "138\u{A0}1234\u{3000}5678",
            "138  1234  5678",
            "138**1234**5678",
            "138`1234`5678",
            "138[1234](#)5678",
            "138[1234](https://example.cn/a/2026)5678",
            "138[1234][ref]5678",
            "138\\-1234\\-5678",
            "138\u{200B}1234\u{200D}5678",
            "138\u{AD}1234\u{2060}5678",
            "138&nbsp;1234&shy;5678",
            "138&#8203;1234&#x2013;5678",
            "138<b>1234</b>5678",
            "138<!-- x -->1234<span class=\"a\">5678",
            "138[1234](a(b)c)5678",
            "138[1234](# \"title\")5678",
            "138\n1234\n5678",
            "&#49;3812345678",
            "&#x31;&#X33;812345678",
            "%31%33%38%2D1234%205678",
            "1\u{FE0F}\u{20E3}3\u{FE0F}\u{20E3}8\u{FE0F}\u{20E3}12345678",
            "138\u{200E}1234\u{202C}5678",
            "1\u{301}38 1234 5678",
            "𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖",
            "１３８１２３４５６７８",
        ] {
            assert_eq!(longest(text), vec!["13812345678".to_string()], "{text:?}");
        }
    }

    #[test]
    fn a_blank_line_and_other_characters_part_groups() {
        for text in ["138\n\n12345678", "138，12345678", "138年12345678", "138a12345678", "138(1234)5678"] {
            assert!(runs(text).iter().all(|(digits, _)| digits.len() < 11), "{text:?}: {:?}", runs(text));
        }
    }

    #[test]
    fn offsets_point_at_the_first_digit_and_destinations_are_read_too() {
        let text = "电话 [拨打](tel:+8613812345678)";
        let found = runs(text);
        let (digits, offset) = found.iter().max_by_key(|(d, _)| d.len()).unwrap();
        assert_eq!(digits, "8613812345678");
        assert_eq!(&text[*offset..*offset + 2], "86");
        let found = runs("138[x](2026)5678");
        assert!(found.iter().any(|(d, _)| d == "2026"), "{found:?}");
    }

    #[test]
    fn hostile_markup_costs_linear_time() {
        let started = std::time::Instant::now();
        for unit in ["1](", "1][", "1<a", "1&#", "1](((", "1[x](", "1 ", "&#49;"] {
            let text = unit.repeat(300_000 / unit.len());
            scan_numbers(&text, |_, _, _| false);
        }
        assert!(started.elapsed() < std::time::Duration::from_secs(20), "{:?}", started.elapsed());
    }

    #[test]
    fn long_groups_offer_nothing_and_entities_are_decoded_like_comrak() {
        assert!(runs("1234567890123456789").is_empty());
        assert_eq!(entity("&#49;"), Some(('1', 5)));
        assert_eq!(entity("&#x1D7CF;"), Some(('\u{1D7CF}', 9)));
        assert_eq!(entity("&#49"), None);
        assert_eq!(entity("&#12345678;"), None);
        assert_eq!(entity("&nbsp;"), Some(('\u{A0}', 6)));
        assert_eq!(entity("&amp;"), None);
        assert!(NAMED.windows(2).all(|pair| pair[0].0 < pair[1].0), "NAMED is sorted");
    }
}
