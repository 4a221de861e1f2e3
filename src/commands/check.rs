//! `disclose check`: every file, rule and deadline; exit 0 clean, 1 problems, 2 could not run.

use anyhow::Result;

use crate::cli::Format;
use crate::commands::context::Context;
use crate::diag::{render_findings, Findings, OutputFormat};
use crate::model::Repo;
use crate::obligations::Obligation;
use crate::rules::check_repo;
use crate::{EXIT_FINDINGS, EXIT_OK};

/// Loads the repository and runs every rule for the as-of date.
pub fn all_findings(cx: &Context) -> Result<(Repo, Findings)> {
    checked(cx).map(|(repo, _, findings)| (repo, findings))
}

/// [`all_findings`], with the obligations the rules were checked against. The load
/// cache is written while the rules run.
pub fn checked(cx: &Context) -> Result<(Repo, Vec<Obligation>, Findings)> {
    let (repo, mut findings, cache) = cx.load_deferred()?;
    let list = std::thread::scope(|scope| {
        scope.spawn(|| cache.save(&repo.items));
        check_repo(&repo, cx.as_of, &mut findings)
    });
    Ok((repo, list, findings))
}

/// Runs `check`.
pub fn run(cx: &Context, strict: bool) -> Result<i32> {
    cx.require_format("check", &[Format::Text, Format::Json, Format::Github])?;
    let (_, findings) = all_findings(cx)?;
    let format = match cx.format {
        Format::Json => OutputFormat::Json,
        Format::Github => OutputFormat::Github,
        _ => OutputFormat::Text,
    };
    print!("{}", render_findings(&findings, format, cx.paint));
    let failed = findings.errors() > 0 || (strict && findings.warnings() > 0);
    Ok(if failed { EXIT_FINDINGS } else { EXIT_OK })
}
