//! Findings and how they are shown: the code list, the finding type, and the three
//! output formats (text with the source line and a caret, JSON, GitHub annotations).

pub mod code;
pub mod finding;
pub mod output;
pub mod positions;

pub use code::{Code, Level};
pub use finding::{Finding, Findings, Location};
pub use output::{render_findings, OutputFormat, Paint};
