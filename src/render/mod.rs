//! Outputs: Markdown to HTML in one place, templates, the public board and the bulletin.

/// One generated file: its path relative to the output folder (`/`-separated) and bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Relative path, e.g. `items/2026-Q1-3.5.html`.
    pub path: String,
    /// The contents.
    pub contents: Vec<u8>,
}

pub mod attachments;
pub mod board;
pub mod bulletin;
pub mod item_body;
pub mod labels;
pub mod locale;
pub mod markdown;
pub mod matters;
pub mod page;
pub mod plain;
pub mod print;
pub mod qr;
pub mod search;
pub mod strip;
pub mod templates;
pub mod view;
