//! evidence/<year>/: dated photos of the posted physical board (留痕), each with a small
//! TOML sidecar saying when it was taken and what it shows. `disclose evidence add`
//! writes them; the archive register lists them; nothing publishes them.

use std::fmt::Write as _;
use std::path::Path;

use chrono::NaiveDate;
use serde::Deserialize;

/// The folder of the evidence photos, relative to the root.
pub const EVIDENCE_DIR: &str = "evidence";

/// A sidecar file: `evidence/2026/2026-11-20-1.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSidecar {
    on: toml::value::Datetime,
    file: String,
    note: Option<String>,
    /// The photo's name as it was added (kept for the record, not shown).
    #[allow(dead_code)]
    original: Option<String>,
}

/// One evidence photo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    /// The photo, relative to the root.
    pub file: String,
    /// The day it shows the board.
    pub on: NaiveDate,
    /// What it shows.
    pub note: Option<String>,
    /// Its size in bytes.
    pub size: u64,
    /// Its SHA-256 in hex.
    pub sha256: String,
}

/// The sidecar's text for a photo.
pub fn sidecar_text(on: NaiveDate, file: &str, note: Option<&str>, original: &str) -> String {
    let quote = |text: &str| toml::Value::String(text.to_string()).to_string();
    let mut text = format!("on = {on}\nfile = {}\n", quote(file));
    if let Some(note) = note {
        let _ = writeln!(text, "note = {}", quote(note));
    }
    let _ = writeln!(text, "original = {}", quote(original));
    text
}

/// The evidence photos of `year`, by date and file; sidecars that cannot be read, and
/// photos they name that are missing, are left out.
pub fn list(root: &Path, year: i32) -> Vec<Evidence> {
    let folder = format!("{EVIDENCE_DIR}/{year}");
    let Ok(entries) = std::fs::read_dir(root.join(&folder)) else {
        return Vec::new();
    };
    let mut found: Vec<Evidence> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.path().extension().is_some_and(|ext| ext == "toml") && entry.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|entry| {
            let raw: RawSidecar = toml::from_str(&std::fs::read_to_string(entry.path()).ok()?).ok()?;
            let on = NaiveDate::parse_from_str(&raw.on.to_string(), "%Y-%m-%d").ok()?;
            if raw.file.contains(['/', '\\']) {
                return None;
            }
            let file = format!("{folder}/{}", raw.file);
            let meta = std::fs::symlink_metadata(root.join(&file)).ok().filter(std::fs::Metadata::is_file)?;
            Some(Evidence {
                sha256: crate::load::attachments::sha256_hex(root, &file).ok()?,
                file,
                on,
                note: raw.note,
                size: meta.len(),
            })
        })
        .collect();
    found.sort_by(|a, b| (a.on, &a.file).cmp(&(b.on, &b.file)));
    found
}
