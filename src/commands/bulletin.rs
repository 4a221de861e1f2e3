//! `disclose bulletin QUARTER [--force]`: writes one quarter's member bulletin; shows the
//! change instead of rewriting a bulletin that a members' meeting has announced, unless
//! `--force`.

use anyhow::Result;

use crate::commands::context::{lock_repository, Context, Refusal};
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
            crate::t!("bulletin-not-a-quarter-kind", text = text, kind = period.kind.as_str()),
            crate::t!("bulletin-quarter-help"),
        )),
        Err(_) => Err(Refusal::new(
            crate::t!("bulletin-not-a-quarter", text = text),
            crate::t!("bulletin-quarter-help"),
        )),
    }
}

/// Runs `bulletin`.
pub fn run(cx: &Context, quarter: &str, force: bool) -> Result<i32> {
    let quarter = parse_quarter(quarter)?;
    if quarter.start() > cx.as_of {
        return Err(Refusal::new(
            crate::t!(
                "bulletin-not-started",
                quarter = quarter.to_string(),
                date = cx.as_of.to_string(),
                start = quarter.start().to_string()
            ),
            crate::t!("bulletin-not-started-help"),
        )
        .into());
    }
    let _lock = lock_repository(&cx.root()?, "bulletin")?;
    let (repo, findings) = cx.load()?;
    if findings.errors() > 0 {
        eprint!("{}", render_findings(&findings, OutputFormat::Text, cx.paint_stderr));
        return Err(Refusal::new(crate::t!("bulletin-unreadable"), crate::t!("bulletin-unreadable-help")).into());
    }
    let list = obligations(&repo, cx.as_of);
    let outcome = write_bulletin(&repo, &list, quarter, cx.as_of, force)?;
    let (md, html) = (outcome.markdown_path.as_str(), outcome.html_path.as_str());
    let end = outcome.quarter_end.to_string();
    match outcome.status {
        BulletinStatus::Created => println!("{}", crate::t!("bulletin-wrote", md = md, html = html)),
        BulletinStatus::Updated => match outcome.announced_on {
            Some(announced) => {
                print!("{}", outcome.diff);
                println!(
                    "{}",
                    crate::t!("bulletin-rewrote-forced", md = md, html = html, announced = announced.to_string())
                );
            }
            None if cx.as_of > outcome.quarter_end => println!("{}", crate::t!("bulletin-updated-ended", md = md, html = html, end = end)),
            None => println!("{}", crate::t!("bulletin-updated-running", md = md, html = html, end = end)),
        },
        BulletinStatus::Unchanged => println!("{}", crate::t!("bulletin-unchanged", md = md, html = html)),
        BulletinStatus::Frozen => {
            print!("{}", outcome.diff);
            let announced = outcome.announced_on.map_or_else(String::new, |on| on.to_string());
            let error = cx.paint_stderr.error(&format!("{}:", crate::t!("level-error")));
            eprintln!("{error} {}", crate::t!("bulletin-frozen", quarter = quarter.to_string(), announced = announced));
            let help = cx.paint_stderr.hint(&crate::t!("finding-help"));
            eprintln!("  {help} {}", crate::t!("bulletin-frozen-help", quarter = quarter.to_string()));
            return Ok(EXIT_FINDINGS);
        }
    }
    Ok(EXIT_OK)
}
