//! reports/<year>.md → [`ReportFile`]: which annual reports exist and whether a
//! placeholder still stands in them. Other files in reports/ are left alone.

use std::path::Path;

use crate::diag::positions::LineIndex;
use crate::diag::Findings;
use crate::load::source::read_source;
use crate::load::walk::files_with_extension;
use crate::model::report::ReportFile;
use crate::render::item_body::first_placeholder;

/// Reads every `reports/<year>.md` below `root`, sorted by year.
pub fn load_reports(root: &Path, findings: &mut Findings) -> Vec<ReportFile> {
    let mut reports = Vec::new();
    for path in files_with_extension(root, "reports", "md", findings) {
        let Some(year) = path.file_stem().and_then(|s| s.to_str()).and_then(|s| s.parse::<i32>().ok()) else {
            continue;
        };
        let relative = path.strip_prefix(root).unwrap_or(&path);
        match read_source(root, relative) {
            Ok(source) => reports.push(ReportFile {
                year,
                placeholder: placeholder_in(&source.file, &source.text),
                file: source.file,
            }),
            Err(finding) => findings.push(finding),
        }
    }
    reports.sort_by_key(|report| report.year);
    reports
}

/// Where the first placeholder marker in `text` stands.
pub fn placeholder_in(file: &str, text: &str) -> Option<crate::diag::Location> {
    let offset = first_placeholder(text)?;
    Some(LineIndex::new(text, 0).location(file, offset))
}
