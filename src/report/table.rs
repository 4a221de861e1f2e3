//! Plain-text tables aligned for a terminal, counting Chinese characters as two columns
//! (widths from [`crate::table`]).

/// How a column is aligned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Text.
    Left,
    /// Numbers.
    Right,
}

/// The columns a string takes in a terminal (the one home of display width).
pub use crate::table::display_width;

/// A table: a header and rows of cells, each column aligned.
#[derive(Debug, Clone)]
pub struct Table {
    header: Vec<String>,
    align: Vec<Align>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with these columns.
    pub fn new(columns: &[(&str, Align)]) -> Table {
        Table {
            header: columns.iter().map(|(name, _)| (*name).to_string()).collect(),
            align: columns.iter().map(|(_, a)| *a).collect(),
            rows: Vec::new(),
        }
    }

    /// Adds a row (padded or cut to the number of columns).
    pub fn row(&mut self, mut cells: Vec<String>) {
        cells.resize(self.header.len(), String::new());
        self.rows.push(cells);
    }

    /// Aligns column `index` to the right (numbers).
    pub fn align_right(&mut self, index: usize) {
        if let Some(align) = self.align.get_mut(index) {
            *align = Align::Right;
        }
    }

    /// True when no row was added.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The table as lines, each starting with `indent`, columns two spaces apart, no
    /// trailing spaces.
    pub fn render(&self, indent: &str) -> String {
        let mut widths: Vec<usize> = self.header.iter().map(|h| display_width(h)).collect();
        for row in &self.rows {
            for (width, cell) in widths.iter_mut().zip(row) {
                *width = (*width).max(display_width(cell));
            }
        }
        let mut out = String::new();
        for row in std::iter::once(&self.header).chain(&self.rows) {
            let mut line = String::from(indent);
            for (index, cell) in row.iter().enumerate() {
                if index > 0 {
                    line.push_str("  ");
                }
                let pad = " ".repeat(widths[index] - display_width(cell));
                match self.align[index] {
                    Align::Left => {
                        line.push_str(cell);
                        line.push_str(&pad);
                    }
                    Align::Right => {
                        line.push_str(&pad);
                        line.push_str(cell);
                    }
                }
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_counts_double() {
        assert_eq!(display_width("党费ab"), 6);
        let mut table = Table::new(&[("title", Align::Left), ("n", Align::Right)]);
        table.row(vec!["党费".into(), "3".into()]);
        table.row(vec!["abcdef".into(), "12".into()]);
        assert_eq!(table.render(""), "title    n\n党费     3\nabcdef  12\n");
    }
}
