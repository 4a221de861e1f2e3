//! `disclose audit [--since DATE] [--format text|json|github]`: the record read against
//! its git history (see [`crate::audit`]); exit 0 clean, 1 problems, 2 could not run,
//! as `check`.

use anyhow::Result;
use chrono::NaiveDate;

use crate::audit::{audit, history::HistoryError};
use crate::cli::Format;
use crate::commands::context::{Context, Refusal};
use crate::diag::{render_findings, OutputFormat};
use crate::{EXIT_FINDINGS, EXIT_OK};

/// Runs `audit`.
pub fn run(cx: &Context, since: Option<NaiveDate>) -> Result<i32> {
    cx.require_format("audit", &[Format::Text, Format::Json, Format::Github])?;
    let (repo, _) = cx.load()?;
    let audited = audit(&repo.root, repo.config.audit_grace_days, since).map_err(|error| match error {
        HistoryError::NotGit(_) | HistoryError::NoCommits(_) => Refusal::new(error.to_string(), crate::t!("audit-not-git-help")),
        HistoryError::Read(_) => Refusal::new(error.to_string(), crate::t!("audit-unreadable-help")),
    })?;
    let format = match cx.format {
        Format::Json => OutputFormat::Json,
        Format::Github => OutputFormat::Github,
        _ => OutputFormat::Text,
    };
    if format == OutputFormat::Text {
        println!("{}", crate::t!("audit-commits-read", count = audited.commits));
    }
    print!("{}", render_findings(&audited.findings, format, cx.paint));
    Ok(if audited.findings.errors() > 0 { EXIT_FINDINGS } else { EXIT_OK })
}
