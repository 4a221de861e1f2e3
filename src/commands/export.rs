//! `disclose export [REPO…]`: the record of this repository, or of several, as JSON
//! Lines on standard output (see [`crate::export`]). A repository that cannot be read is
//! named on standard error and left out; the others are still exported, and the exit
//! code is then 1.

use std::io::Write as _;
use std::path::PathBuf;

use anyhow::Result;

use crate::cli::Format;
use crate::commands::context::Context;
use crate::export::rows;
use crate::load::load_one;
use crate::{EXIT_FINDINGS, EXIT_OK};

/// Runs `export`. The rows are always JSON Lines; `--format json` says the same.
pub fn run(cx: &Context, repos: &[PathBuf]) -> Result<i32> {
    cx.require_format("export", &[Format::Text, Format::Json])?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut write = |repo: &crate::model::Repo, shown: &str| -> Result<()> {
        for row in rows(repo, shown, cx.as_of) {
            serde_json::to_writer(&mut out, &row)?;
            out.write_all(b"\n")?;
        }
        Ok(())
    };
    if repos.is_empty() {
        let (repo, _) = cx.load()?;
        write(&repo, ".")?;
        out.flush()?;
        return Ok(EXIT_OK);
    }
    let mut broken = 0;
    for path in repos {
        let shown = path.display().to_string();
        match load_one(path) {
            Ok(repo) => write(&repo, &shown)?,
            Err(message) => {
                broken += 1;
                eprintln!(
                    "{}",
                    crate::t!(
                        "labelled",
                        label = cx.paint_stderr.error(&crate::t!("error-label")),
                        text = crate::t!("export-unreadable", repo = shown.as_str(), error = message.as_str())
                    )
                );
            }
        }
    }
    out.flush()?;
    Ok(if broken > 0 { EXIT_FINDINGS } else { EXIT_OK })
}
