//! `disclose check`: every file, rule and deadline; exit 0 clean, 1 problems, 2 could not run.

use anyhow::Result;

use crate::cli::Format;
use crate::commands::context::Context;
use crate::diag::{render_findings, OutputFormat};
use crate::{EXIT_FINDINGS, EXIT_OK};

/// Runs `check`.
pub fn run(cx: &Context, strict: bool) -> Result<i32> {
    cx.require_format("check", &[Format::Text, Format::Json, Format::Github])?;
    let (repo, findings) = cx.all_findings()?;
    crate::commands::context::leave_to_exit(repo);
    let format = match cx.format {
        Format::Json => OutputFormat::Json,
        Format::Github => OutputFormat::Github,
        _ => OutputFormat::Text,
    };
    print!("{}", render_findings(&findings, format, cx.paint));
    let failed = findings.errors() > 0 || (strict && findings.warnings() > 0);
    Ok(if failed { EXIT_FINDINGS } else { EXIT_OK })
}
