//! `disclose bulletin QUARTER [--force]`: writes one quarter's member bulletin; shows the
//! change instead of rewriting a bulletin that a members' meeting has announced, unless
//! `--force`.

use anyhow::Result;

use crate::commands::context::{Context, Refusal};
use crate::diag::{render_findings, OutputFormat};
use crate::obligations::obligations;
use crate::obligations::period::{Period, PeriodKind};
use crate::render::bulletin::{write_bulletin, BulletinStatus};
use crate::{EXIT_FINDINGS, EXIT_OK};

/// Parses a quarter like `2026-Q1`, refusing anything else.
pub fn parse_quarter(text: &str) -> Result<Period, Refusal> {
    match text.parse::<Period>() {
        Ok(period) if period.kind == PeriodKind::Quarter => Ok(period),
        Ok(period) => Err(Refusal::new(
            format!("\"{text}\" is a {}, not a quarter: a bulletin covers one quarter", period.kind.as_str()),
            "write the quarter as YEAR-Qn, like 2026-Q1",
        )),
        Err(_) => Err(Refusal::new(
            format!("\"{text}\" is not a quarter"),
            "write the quarter as YEAR-Qn, like 2026-Q1",
        )),
    }
}

/// Runs `bulletin`.
pub fn run(cx: &Context, quarter: &str, force: bool) -> Result<i32> {
    let quarter = parse_quarter(quarter)?;
    if quarter.start() > cx.as_of {
        return Err(Refusal::new(
            format!("{quarter} has not started on {} (it starts on {})", cx.as_of, quarter.start()),
            "write the bulletin of this quarter or an earlier one, or give --as-of",
        )
        .into());
    }
    let _lock = crate::commands::context::lock_repository(&cx.root()?, "bulletin")?;
    let (repo, findings) = cx.load()?;
    if findings.errors() > 0 {
        eprint!("{}", render_findings(&findings, OutputFormat::Text, cx.paint_stderr));
        return Err(Refusal::new(
            "the repository has files that could not be read, so no bulletin was written",
            "fix the problems above, then run the command again",
        )
        .into());
    }
    let list = obligations(&repo, cx.as_of);
    let outcome = write_bulletin(&repo, &list, quarter, cx.as_of, force)?;
    let files = format!("{} and {}", outcome.markdown_path, outcome.html_path);
    match outcome.status {
        BulletinStatus::Created => println!("wrote {files}"),
        BulletinStatus::Updated => match outcome.announced_on {
            Some(announced) => {
                print!("{}", outcome.diff);
                println!("rewrote {files} (--force: it was announced at the members' meeting of {announced})");
            }
            None if cx.as_of > outcome.quarter_end => {
                println!(
                    "updated {files} (the quarter ended on {}; not yet announced at a members' meeting)",
                    outcome.quarter_end
                );
            }
            None => println!("updated {files} (the quarter runs until {})", outcome.quarter_end),
        },
        BulletinStatus::Unchanged => println!("{files} are unchanged"),
        BulletinStatus::Frozen => {
            print!("{}", outcome.diff);
            eprintln!(
                "{} the bulletin of {quarter} is the record of what members were told (announced at the members' meeting of {}); it differs from what the files say now, and was left as it is",
                cx.paint_stderr.error("error:"),
                outcome.announced_on.map_or_else(String::new, |on| on.to_string())
            );
            eprintln!(
                "  {} review the change above; to apply it, run `disclose bulletin {quarter} --force` and commit the result",
                cx.paint_stderr.hint("help:")
            );
            return Ok(EXIT_FINDINGS);
        }
    }
    Ok(EXIT_OK)
}
