//! `disclose report [REPO…] [--year Y] [--format text|json|csv|html] [--output FILE]`: the
//! performance evaluation (绩效评估) of this repository, or one row per organisation over
//! several. The report is internal: it is never written into a board folder.

use std::path::{Path, PathBuf};

use anyhow::Result;
use chrono::Datelike;

use crate::audit::audit;
use crate::cli::Format;
use crate::commands::context::{Context, Refusal};
use crate::diag::Level;
use crate::load::load_one;
use crate::model::config::Locale;
use crate::model::Repo;
use crate::render::bulletin::unified_diff;
use crate::report::annual::{annual_html, annual_markdown, report_html_path, report_path};
use crate::report::csv::BOM;
use crate::report::html::{evaluation_page, summary_page};
use crate::report::overview::{last_publication, BranchFacts};
use crate::report::{evaluate, Organisation, Summary};
use crate::rules::folders;
use crate::store::write_atomic;
use crate::{EXIT_FINDINGS, EXIT_OK};

/// Runs `report --annual`: writes `reports/YEAR.md` if missing (the leading group then
/// writes its section in it) and `reports/YEAR.html` from the Markdown on disk. A
/// Markdown file that differs from the one the tool would write now is never replaced
/// without `--force`: the diff is shown and the exit code is 1.
pub fn annual(cx: &Context, year: Option<i32>, force: bool) -> Result<i32> {
    let year = year.unwrap_or(cx.as_of.year());
    if year > cx.as_of.year() {
        return Err(Refusal::new(
            crate::t!("report-not-begun", year = year, date = cx.as_of.to_string()),
            crate::t!("report-not-begun-help"),
        )
        .into());
    }
    let (repo, _) = cx.load()?;
    let markdown_path = report_path(year);
    let html_path = report_html_path(year);
    let md_file = repo.root.join(&markdown_path);
    let new = annual_markdown(&repo, year, cx.as_of);
    crate::store::create_dir_all(&repo.root.join("reports"))?;
    let mut exit = EXIT_OK;
    let on_disk = match std::fs::read(&md_file) {
        Ok(bytes) => Some(bytes),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
        Err(error) => return Err(anyhow::Error::new(error).context(crate::t!("report-read-failed", file = markdown_path.as_str()))),
    };
    let markdown = match on_disk {
        None => {
            crate::store::write_new(&md_file, new.as_bytes())?;
            println!("{}", crate::t!("report-annual-wrote", file = markdown_path.as_str()));
            new
        }
        Some(old) if old == new.as_bytes() => {
            println!("{}", crate::t!("report-annual-unchanged", file = markdown_path.as_str()));
            new
        }
        Some(old) => {
            print!("{}", unified_diff(&old, &new, &markdown_path));
            if force {
                write_atomic(&md_file, new.as_bytes())?;
                println!("{}", crate::t!("report-annual-rewrote", file = markdown_path.as_str()));
                new
            } else {
                let error = cx.paint_stderr.error(&format!("{}:", crate::t!("level-error")));
                eprintln!("{error} {}", crate::t!("report-annual-differs", file = markdown_path.as_str()));
                let help = cx.paint_stderr.hint(&crate::t!("finding-help"));
                eprintln!("  {help} {}", crate::t!("report-annual-differs-help", year = year));
                exit = EXIT_FINDINGS;
                String::from_utf8_lossy(&old).into_owned()
            }
        }
    };
    let html = annual_html(&repo, year, &markdown);
    let html_file = repo.root.join(&html_path);
    if std::fs::read(&html_file).ok().as_deref() != Some(html.as_bytes()) {
        write_atomic(&html_file, html.as_bytes())?;
        println!("{}", crate::t!("report-annual-html", html = html_path.as_str(), md = markdown_path.as_str()));
    }
    Ok(exit)
}

/// Runs `report`: one repository (the current one) when `repos` is empty, else the
/// multi-repository view with one row per path given.
pub fn run(cx: &Context, repos: &[PathBuf], year: Option<i32>, output: Option<&Path>) -> Result<i32> {
    cx.require_format("report", &[Format::Text, Format::Json, Format::Csv, Format::Html])?;
    let year = year.unwrap_or(cx.as_of.year());
    if repos.is_empty() {
        let (repo, findings) = cx.load()?;
        if findings.iter().any(|f| f.level == Level::Error) {
            eprintln!("{}", crate::t!("report-unreadable-files", n = findings.errors()));
        }
        if let Some(output) = output {
            guard_output(output, &repo)?;
        }
        let evaluation = evaluate(&repo, year, cx.as_of);
        let text = match cx.format {
            Format::Json => format!("{}\n", serde_json::to_string_pretty(&evaluation.to_json())?),
            Format::Csv => evaluation.to_csv()?,
            Format::Html => evaluation_page(&evaluation, repo.config.locale),
            _ => evaluation.to_text(),
        };
        emit(cx, output, &text)?;
        return Ok(EXIT_OK);
    }
    // Each repository is let go once its row and facts are taken, so that memory stays
    // flat however many branches the overview lists.
    let mut organisations = Vec::new();
    let mut facts = Vec::new();
    let mut locale = None;
    let mut seen: Vec<(PathBuf, String)> = Vec::new();
    for path in repos {
        let shown = path.display().to_string();
        // The same repository named twice (`a` and `a/items`) is counted once.
        if let Some(root) = crate::load::find_root(path).map(|root| folders::real_location(&root)) {
            if let Some((_, first)) = seen.iter().find(|(known, _)| *known == root) {
                let warning = cx.paint_stderr.warning(&format!("{}:", crate::t!("level-warning")));
                eprintln!("{warning} {}", crate::t!("report-repo-repeated", path = shown.as_str(), first = first.as_str()));
                continue;
            }
            seen.push((root, shown.clone()));
        }
        match load_one(path) {
            Ok(repo) => {
                if let Some(output) = output {
                    guard_output(output, &repo)?;
                }
                locale.get_or_insert(repo.config.locale);
                facts.push(if cx.format == Format::Html {
                    branch_facts(&repo, cx.as_of)
                } else {
                    BranchFacts::default()
                });
                organisations.push(Organisation {
                    path: shown,
                    outcome: Ok(evaluate(&repo, year, cx.as_of)),
                });
            }
            Err(message) => {
                if let Some(output) = output {
                    guard_output_unreadable(output, path)?;
                }
                let error = cx.paint_stderr.error(&format!("{}:", crate::t!("level-error")));
                eprintln!("{error} {shown}: {message}");
                facts.push(BranchFacts::default());
                organisations.push(Organisation {
                    path: shown,
                    outcome: Err(message),
                });
            }
        }
    }
    let summary = Summary {
        year,
        as_of: cx.as_of,
        organisations,
    };
    let locale = locale.unwrap_or(Locale::ZhCn);
    let text = match cx.format {
        Format::Json => format!("{}\n", serde_json::to_string_pretty(&summary.to_json())?),
        Format::Csv => summary.to_csv()?,
        Format::Html => summary_page(&summary, &facts, locale),
        _ => summary.to_text(),
    };
    emit(cx, output, &text)?;
    Ok(if summary.broken() > 0 { EXIT_FINDINGS } else { EXIT_OK })
}

/// The overview's facts of one loaded branch: the last publication and the number of
/// `audit` findings (`None` without a git history).
fn branch_facts(repo: &Repo, as_of: chrono::NaiveDate) -> BranchFacts {
    BranchFacts {
        last_publication: last_publication(repo, as_of),
        audit_findings: audit(&repo.root, repo.config.audit_grace_days, None)
            .ok()
            .map(|audited| audited.findings.iter().count()),
    }
}

/// Prints the report, or writes it to `output` (CSV files get a byte-order mark so that
/// spreadsheets read the Chinese text as UTF-8).
fn emit(cx: &Context, output: Option<&Path>, text: &str) -> Result<()> {
    match output {
        None => print!("{text}"),
        Some(path) => {
            let contents = if cx.format == Format::Csv { format!("{BOM}{text}") } else { text.to_string() };
            write_atomic(path, contents.as_bytes())?;
            println!("{}", crate::t!("report-wrote", format = cx.format.as_str(), file = path.display().to_string()));
        }
    }
    Ok(())
}

/// Refuses an output anywhere inside a repository that could not be read: its
/// disclose.toml does not say where its board and bulletins are, so none of its folders
/// is taken to be safe for an internal report.
fn guard_output_unreadable(output: &Path, repo: &Path) -> Result<()> {
    let root = crate::load::find_root(repo).unwrap_or_else(|| repo.to_path_buf());
    if !root.is_dir() || !folders::real_location(output).starts_with(folders::real_location(&root)) {
        return Ok(());
    }
    let reason = crate::t!(
        "report-output-in-unreadable",
        file = output.display().to_string(),
        repo = repo.display().to_string()
    );
    Err(Refusal::new(crate::t!("archive-nothing-written", reason = reason), crate::t!("report-output-help")).into())
}

/// Refuses an output inside a board folder (the report is internal), inside the
/// bulletins, or inside the folders that hold a repository's own files (which must never
/// be overwritten), comparing real locations (see [`crate::rules::folders`]).
fn guard_output(output: &Path, repo: &Repo) -> Result<()> {
    let absolute = folders::real_location(output);
    let label = crate::t!("report-output-label", file = output.display().to_string());
    if let Some(conflict) = folders::conflict_of(&repo.root, &repo.config, &label, &absolute) {
        let help = if conflict.message.contains("`site_dir`") {
            crate::t!("report-output-in-site-help")
        } else {
            crate::t!("report-output-help")
        };
        return Err(Refusal::new(crate::t!("archive-nothing-written", reason = conflict.message), help).into());
    }
    Ok(())
}
