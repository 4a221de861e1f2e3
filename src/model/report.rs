//! The annual reports (年度党务公开工作报告) kept in `reports/<year>.md`: what the rules
//! need to know of each, read by `load::report`.

use crate::diag::Location;

/// One `reports/<year>.md`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportFile {
    /// The year it reports on.
    pub year: i32,
    /// The file, relative to the root.
    pub file: String,
    /// The first placeholder (`【请填写：…】`) still standing, if any.
    pub placeholder: Option<Location>,
}
