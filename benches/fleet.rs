//! The higher-level organisation's commands at scale (issues 21 and 22): `disclose audit`
//! of a long git history, and `disclose export` and the overview
//! (`disclose report REPO… --format html`) of many branch repositories.
//!
//! The history: a corpus (benches/corpus.rs) made the git history a branch's would be.
//! Every item and case enters the record as it is signed: on the day of each stamp
//! (`reviewed_on`, `approved_on`, `published_on`; a case's log steps and answer) the file
//! holds the stamps up to that day, and the branch commits once a week, on the Sunday,
//! everything that changed that week. So every stamp is first committed 0–6 days after
//! the date it claims, within `[audit] grace_days` (7), and a published item never
//! changes: audit must find nothing. The catalogue, its approval and the calendars are
//! the first commit, on the day of the approval. The history is written with
//! `git fast-import` (one process, not two per commit), and its last tree must equal the
//! work tree the corpus wrote.
//!
//! The fleet: copies of the example repository at the project root (its data files as
//! `git ls-files` lists them, hard-linked: no measured command writes them; disclose.toml
//! copied, with a numbered organisation name so that every row is its own), each a git
//! repository with one commit (on 2026-11-28, the as-of day), so that the overview has
//! a history to audit: as for a branch that put its whole archive into git at once,
//! every older stamp is a `backdated-stamp` finding (217 per copy), which the overview
//! counts.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{bail, Context as _, Result};
use chrono::{Datelike as _, Days, NaiveDate};
use rayon::prelude::*;

use super::{error_line, fresh_dir, make_work_tree, measure, report_row, Measurement, Row, DISCLOSE};

/// The as-of date of the example repository's CI (`check --as-of 2026-11-28`).
const FLEET_AS_OF: &str = "2026-11-28";
/// The example's top-level entries that are its data (the rest of the project root is code).
const DATA: [&str; 9] = [
    "disclose.toml",
    "catalogue",
    "items",
    "feedback",
    "meetings",
    "bulletins",
    "calendar",
    "reports",
    "templates",
];

// ---- the history --------------------------------------------------------------------

/// A stamp's date on a line like `published_on = 2020-03-04` or `on = 2020-03-04`.
fn date_after(line: &str, key: &str) -> Option<NaiveDate> {
    let rest = line.strip_prefix(key)?.trim_start().strip_prefix('=')?.trim();
    rest.get(..10)?.parse().ok()
}

/// An item's versions as the record grew: (day, text) for each day a stamp was added,
/// oldest first, the last being the file as written. The review, the approval and the
/// publication each add their lines (`*_by` with `*_on`).
fn item_versions(text: &str) -> Vec<(NaiveDate, String)> {
    let groups = [("reviewed_on", "reviewed_"), ("approved_on", "approved_"), ("published_on", "published_")];
    let dated: Vec<(&str, NaiveDate)> = groups
        .iter()
        .filter_map(|(key, prefix)| text.lines().find_map(|line| date_after(line, key)).map(|d| (*prefix, d)))
        .collect();
    let mut days: Vec<NaiveDate> = dated.iter().map(|(_, d)| *d).collect();
    days.sort_unstable();
    days.dedup();
    let Some(&last) = days.last() else { return Vec::new() };
    let mut versions: Vec<(NaiveDate, String)> = days[..days.len() - 1]
        .iter()
        .map(|&day| {
            let later: Vec<&str> = dated.iter().filter(|(_, d)| *d > day).map(|(prefix, _)| *prefix).collect();
            let kept: String = text
                .split_inclusive('\n')
                .filter(|line| !later.iter().any(|prefix| line.starts_with(prefix)))
                .collect();
            (day, kept)
        })
        .collect();
    versions.push((last, text.to_string()));
    versions
}

/// A case's versions: the front matter's `[[action]]` and `[response]` tables each enter
/// on their `on` day; the status follows (`received`, `handling` once a step is logged,
/// `answered` with the answer, `closed` with the close step, which also brings the
/// rating).
fn case_versions(text: &str) -> Vec<(NaiveDate, String)> {
    let Some(body_at) = text.get(4..).and_then(|rest| rest.find("\n+++\n")).map(|i| i + 4 + 5) else {
        return Vec::new();
    };
    let (front, body) = text.split_at(body_at);
    // Blocks: the header, then one per table, each running to the next table.
    let mut blocks: Vec<String> = vec![String::new()];
    for line in front.split_inclusive('\n') {
        if line.starts_with("[[action]]") || line.starts_with("[response]") || line.starts_with("+++") && blocks.len() > 1 {
            blocks.push(String::new());
        }
        if let Some(block) = blocks.last_mut() {
            block.push_str(line);
        }
    }
    let day = |block: &str| block.lines().find_map(|line| date_after(line, "on"));
    let close_day = blocks
        .iter()
        .filter(|b| b.starts_with("[[action]]") && b.contains("kind = \"close\""))
        .find_map(|b| day(b));
    let mut days: Vec<NaiveDate> = blocks.iter().filter_map(|b| day(b)).collect();
    days.sort_unstable();
    days.dedup();
    let Some(&last) = days.last() else { return Vec::new() };
    let mut versions: Vec<(NaiveDate, String)> = days[..days.len() - 1]
        .iter()
        .map(|&at| {
            let closed = close_day.is_some_and(|d| d <= at);
            let answered = blocks.iter().any(|b| b.starts_with("[response]") && day(b).is_some_and(|d| d <= at));
            let logged = blocks.iter().any(|b| b.starts_with("[[action]]") && day(b).is_some_and(|d| d <= at));
            let status = match (closed, answered, logged) {
                (true, _, _) => "closed",
                (false, true, _) => "answered",
                (false, false, true) => "handling",
                _ => "received",
            };
            let mut out = String::new();
            for block in &blocks {
                if block.starts_with("[[action]]") || block.starts_with("[response]") {
                    if day(block).is_some_and(|d| d > at) {
                        continue;
                    }
                    for line in block.split_inclusive('\n') {
                        if closed || !line.starts_with("rating") {
                            out.push_str(line);
                        }
                    }
                } else {
                    for line in block.split_inclusive('\n') {
                        if line.starts_with("status = ") {
                            let _ = writeln!(out, "status = \"{status}\"");
                        } else {
                            out.push_str(line);
                        }
                    }
                }
            }
            out.push_str(body);
            (at, out)
        })
        .collect();
    versions.push((last, text.to_string()));
    versions
}

/// The Sunday on or after `day`: the day of the week's commit.
fn sunday_of(day: NaiveDate) -> NaiveDate {
    let ahead = 6 - u64::from(day.weekday().num_days_from_monday());
    day.checked_add_days(Days::new(ahead)).unwrap_or(day)
}

/// A path as `git fast-import` takes it (C-quoted when it needs to be).
fn quoted(path: &str) -> String {
    if path.starts_with('"') || path.contains(['\n', '\\']) {
        format!("\"{}\"", path.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n"))
    } else {
        path.to_string()
    }
}

/// What the history holds.
pub struct HistoryMade {
    /// Commits written.
    pub commits: usize,
    /// Versions of files written (a file signed on three days is three).
    pub versions: usize,
}

/// Makes the corpus at `repo` (already a git work tree, without commits) its git
/// history, as [the module](self) describes.
fn write_history(repo: &Path) -> Result<HistoryMade> {
    let mut files: Vec<String> = walkdir::WalkDir::new(repo)
        .into_iter()
        .filter_entry(|e| e.file_name() != ".git")
        .filter_map(std::result::Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| e.path().strip_prefix(repo).ok().map(|p| p.to_string_lossy().replace('\\', "/")))
        .collect();
    files.sort();
    let mut first: Vec<(String, Vec<u8>)> = Vec::new();
    // Week's Sunday → path → text (the file as of that Sunday).
    let mut weeks: BTreeMap<NaiveDate, BTreeMap<String, Vec<u8>>> = BTreeMap::new();
    // An item's first day, for its attachments.
    let mut entered: BTreeMap<String, NaiveDate> = BTreeMap::new();
    let mut attachments = Vec::new();
    let mut versions = 0;
    for path in files {
        let bytes = fs::read(repo.join(&path)).with_context(|| format!("cannot read {path}"))?;
        let record = Path::new(&path).extension().is_some_and(|e| e == "md") && (path.starts_with("items/") || path.starts_with("feedback/"));
        if !record {
            if path.starts_with("items/") {
                attachments.push((path, bytes));
            } else {
                first.push((path, bytes));
            }
            continue;
        }
        let text = String::from_utf8(bytes).with_context(|| format!("{path} is not UTF-8"))?;
        let list = if path.starts_with("items/") {
            item_versions(&text)
        } else {
            case_versions(&text)
        };
        if list.is_empty() {
            first.push((path, text.into_bytes()));
            continue;
        }
        entered.insert(path.trim_end_matches(".md").to_string(), list[0].0);
        for (day, version) in list {
            versions += 1;
            weeks.entry(sunday_of(day)).or_default().insert(path.clone(), version.into_bytes());
        }
    }
    for (path, bytes) in attachments {
        let owner = path.rsplit_once('/').map_or("", |(folder, _)| folder);
        match entered.get(owner) {
            Some(day) => {
                weeks.entry(sunday_of(*day)).or_default().insert(path, bytes);
            }
            None => first.push((path, bytes)),
        }
    }
    // The first commit: on the catalogue's approval, or before the first stamp.
    let config = fs::read_to_string(repo.join("disclose.toml")).unwrap_or_default();
    let approved = config.lines().find_map(|line| date_after(line, "approved_on"));
    let start = approved.or_else(|| weeks.keys().next().copied()).context("the corpus has no dated record")?;

    let mut child = Command::new("git")
        .args(["fast-import", "--quiet", "--done"])
        .current_dir(repo)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .context("cannot start `git fast-import`")?;
    let stdin = child.stdin.take().context("no stdin for git fast-import")?;
    let mut out = std::io::BufWriter::with_capacity(1 << 20, stdin);
    let mut commits = 0;
    let mut commit = |out: &mut std::io::BufWriter<_>, day: NaiveDate, message: &str, files: &mut dyn Iterator<Item = (&String, &Vec<u8>)>| -> Result<()> {
        commits += 1;
        // 18:00 in China (UTC+8), so that the commit's own date is `day`.
        let seconds = day.and_hms_opt(10, 0, 0).map_or(0, |t| t.and_utc().timestamp());
        let who = format!("叶成刚 <ycg@example.org> {seconds} +0800");
        write!(
            out,
            "commit refs/heads/main\nmark :{commits}\nauthor {who}\ncommitter {who}\ndata {}\n{message}\n",
            message.len()
        )?;
        if commits > 1 {
            writeln!(out, "from :{}", commits - 1)?;
        }
        for (path, bytes) in files {
            write!(out, "M 100644 inline {}\ndata {}\n", quoted(path), bytes.len())?;
            out.write_all(bytes)?;
            out.write_all(b"\n")?;
        }
        out.write_all(b"\n")?;
        Ok(())
    };
    commit(&mut out, start, "目录审定，建立公开档案", &mut first.iter().map(|(p, b)| (p, b)))?;
    for (day, files) in &weeks {
        let message = format!("{day} 本周公开事项（{} 个文件）", files.len());
        commit(&mut out, *day, &message, &mut files.iter())?;
    }
    out.write_all(b"done\n")?;
    out.into_inner().map_err(|e| anyhow::anyhow!("cannot write to git fast-import: {e}"))?;
    let output = child.wait_with_output().context("git fast-import did not finish")?;
    if !output.status.success() {
        bail!("git fast-import failed: {}", String::from_utf8_lossy(&output.stderr).trim());
    }
    git(repo, &["symbolic-ref", "HEAD", "refs/heads/main"])?;
    git(repo, &["reset", "-q"])?;
    let status = git(repo, &["status", "--porcelain", "--untracked-files=all"])?;
    if !status.trim().is_empty() {
        bail!(
            "the history's last commit differs from the corpus (git status):\n{}",
            status.lines().take(10).collect::<Vec<_>>().join("\n")
        );
    }
    Ok(HistoryMade { commits, versions })
}

/// Runs git in `dir`; its standard output.
fn git(dir: &Path, args: &[&str]) -> Result<String> {
    let output = Command::new("git")
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .with_context(|| format!("cannot run git {}", args.join(" ")))?;
    if !output.status.success() {
        bail!(
            "git {} failed in {}: {}",
            args.join(" "),
            dir.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Findings by code in a `--format json` findings document, as "code ×N" words.
fn codes(log: &Path) -> (usize, usize, String) {
    let text = fs::read_to_string(log).unwrap_or_default();
    let Some(document) = text.find('{').and_then(|at| serde_json::from_str::<serde_json::Value>(&text[at..]).ok()) else {
        return (0, 0, format!("unreadable output: {}", error_line(log)));
    };
    let count = |key: &str| document.get(key).and_then(serde_json::Value::as_u64).unwrap_or(0) as usize;
    let mut by_code: BTreeMap<String, usize> = BTreeMap::new();
    for finding in document.get("findings").and_then(serde_json::Value::as_array).into_iter().flatten() {
        let code = finding.get("code").and_then(serde_json::Value::as_str).unwrap_or("?");
        *by_code.entry(code.to_string()).or_default() += 1;
    }
    let words: Vec<String> = by_code.iter().map(|(code, n)| format!("{code} ×{n}")).collect();
    (count("errors"), count("warnings"), words.join(", "))
}

/// `audit` of an `n`-item history, in `dir`.
pub fn measure_history(dir: &Path, n: usize, seed: u64, storage: &'static str, rows: &mut Vec<Row>) -> Result<()> {
    fresh_dir(dir)?;
    let repo = dir.join("repo");
    let started = Instant::now();
    let generated = super::corpus::generate(&repo, n, seed)?;
    make_work_tree(&repo)?;
    let made = write_history(&repo)?;
    println!(
        "\n## audit of a {n}-item history on {storage} ({}): {} items, {} cases, {} commits of {} file versions, made in {:.1} s",
        repo.display(),
        generated.items,
        generated.cases,
        made.commits,
        made.versions,
        started.elapsed().as_secs_f64()
    );
    let log = dir.join("audit.log");
    let repo_arg = repo.to_string_lossy().into_owned();
    let m = measure(&log, DISCLOSE, &["-C", &repo_arg, "audit", "--as-of", super::corpus::AS_OF, "--format", "json"])?;
    let (errors, warnings, found) = codes(&log);
    let mut note = format!(
        "{} commits, {} file versions: {errors} errors, {warnings} warnings",
        made.commits, made.versions
    );
    if !found.is_empty() {
        let _ = write!(note, " ({found})");
    }
    let outcome = if m.exit <= 1 {
        Ok(m)
    } else {
        Err(format!("exit {}: {}", m.exit, error_line(&log)))
    };
    push(
        rows,
        format!("{}-item history", super::thousands(n)),
        n,
        storage,
        "audit, whole history",
        outcome,
        note,
    );
    Ok(())
}

// ---- the fleet ----------------------------------------------------------------------

/// The example's data files, relative to the project root.
fn example_files(root: &Path) -> Result<Vec<PathBuf>> {
    let listed = git(root, &["ls-files", "-z"]).unwrap_or_default();
    let mut files: Vec<PathBuf> = listed
        .split('\0')
        .filter(|p| !p.is_empty() && DATA.iter().any(|top| *p == *top || p.starts_with(&format!("{top}/"))))
        .map(PathBuf::from)
        .filter(|p| root.join(p).is_file())
        .collect();
    if files.is_empty() {
        // No git: the data folders as they are.
        for top in DATA {
            for entry in walkdir::WalkDir::new(root.join(top)).into_iter().filter_map(std::result::Result::ok) {
                if entry.file_type().is_file() {
                    files.push(entry.path().strip_prefix(root)?.to_path_buf());
                }
            }
        }
    }
    if !files.iter().any(|p| p == Path::new("disclose.toml")) {
        bail!("the project root has no disclose.toml: the example repository is missing");
    }
    Ok(files)
}

/// The example's disclose.toml with the organisation numbered `number`.
fn numbered_config(config: &str, number: usize) -> String {
    let mut section = String::new();
    let mut out = String::with_capacity(config.len() + 64);
    for line in config.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            section = trimmed.split(']').next().unwrap_or("").to_string();
        }
        let key = trimmed.split('=').next().unwrap_or("").trim();
        if section == "[organisation" && (key == "name" || key == "short_name") {
            if let Some((head, rest)) = line.split_once('"') {
                if let Some((value, tail)) = rest.split_once('"') {
                    let _ = write!(out, "{head}\"{value}（{number:04}）\"{tail}");
                    continue;
                }
            }
        }
        out.push_str(line);
    }
    out
}

/// Makes `count` copies of the example in `dir`/0001…, each a git repository with one
/// commit; their paths.
fn make_fleet(dir: &Path, count: usize) -> Result<Vec<PathBuf>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = example_files(root)?;
    let config = fs::read_to_string(root.join("disclose.toml")).context("cannot read the example's disclose.toml")?;
    let repos: Vec<PathBuf> = (1..=count).map(|i| dir.join(format!("{i:04}"))).collect();
    repos.par_iter().enumerate().try_for_each(|(index, repo)| -> Result<()> {
        for file in &files {
            let to = repo.join(file);
            if let Some(parent) = to.parent() {
                fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
            }
            if file == Path::new("disclose.toml") {
                fs::write(&to, numbered_config(&config, index + 1)).with_context(|| format!("cannot write {}", to.display()))?;
            } else if fs::hard_link(root.join(file), &to).is_err() {
                fs::copy(root.join(file), &to).with_context(|| format!("cannot copy {}", to.display()))?;
            }
        }
        git(repo, &["init", "-q"])?;
        git(repo, &["add", "-A"])?;
        let date = format!("{FLEET_AS_OF}T18:00:00+08:00");
        let output = Command::new("git")
            .args(["-c", "user.name=舒军", "-c", "user.email=sj@example.org", "-c", "commit.gpgsign=false"])
            .args(["commit", "-q", "--no-verify", "-m", "党务公开档案"])
            .env("GIT_AUTHOR_DATE", &date)
            .env("GIT_COMMITTER_DATE", &date)
            .current_dir(repo)
            .stdin(Stdio::null())
            .output()
            .context("cannot run git commit")?;
        if !output.status.success() {
            bail!("git commit failed in {}: {}", repo.display(), String::from_utf8_lossy(&output.stderr).trim());
        }
        Ok(())
    })?;
    Ok(repos)
}

/// Lines that are export rows, and how many distinct organisations they name.
fn export_check(log: &Path) -> (usize, usize) {
    let text = fs::read_to_string(log).unwrap_or_default();
    let mut organisations = std::collections::BTreeSet::new();
    let mut rows = 0;
    for line in text.lines().filter(|l| l.starts_with('{')) {
        rows += 1;
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(line) {
            if let Some(name) = value.get("organisation").and_then(serde_json::Value::as_str) {
                organisations.insert(name.to_string());
            }
        }
    }
    (rows, organisations.len())
}

/// Rows of the overview's organisations table, broken rows, and how many of the
/// numbered names the page shows.
fn overview_check(log: &Path, count: usize) -> (usize, usize, usize) {
    let text = fs::read_to_string(log).unwrap_or_default();
    let table = text
        .split("<table class=\"organisations\">")
        .nth(1)
        .and_then(|rest| rest.split("</table>").next())
        .unwrap_or("");
    let rows = table.matches("<tr><td>").count();
    let broken = text.matches("<tr class=\"broken\"").count();
    let named = (1..=count).filter(|i| text.contains(&format!("（{i:04}）"))).count();
    (rows, broken, named)
}

/// `export` and the overview of the first N copies, for each N of `sizes`, in `dir`.
pub fn measure_fleet(dir: &Path, sizes: &[usize], storage: &'static str, rows: &mut Vec<Row>) -> Result<()> {
    let Some(&largest) = sizes.iter().max() else { return Ok(()) };
    fresh_dir(dir)?;
    let started = Instant::now();
    let repos = make_fleet(&dir.join("repos"), largest)?;
    // As for the corpus: the copies' files (disclose.toml is new) are older than the
    // window in which a file is too recent to be cached.
    std::thread::sleep(disclose::load::cache::RACY_WINDOW + std::time::Duration::from_millis(100));
    println!(
        "\n## export and overview of up to {largest} branch repositories on {storage} ({}): copies of the example, made in {:.1} s",
        dir.display(),
        started.elapsed().as_secs_f64()
    );
    for &count in sizes {
        let paths: Vec<String> = repos[..count].iter().map(|p| p.to_string_lossy().into_owned()).collect();
        let label = format!("{} repos", super::thousands(count));
        let mut args = vec!["export", "--as-of", FLEET_AS_OF];
        args.extend(paths.iter().map(String::as_str));
        let log = dir.join(format!("export-{count}.log"));
        let m = measure(&log, DISCLOSE, &args)?;
        let (lines, organisations) = export_check(&log);
        let note = format!("{lines} rows ({} per repo), {organisations} organisations", lines / count.max(1));
        push(
            rows,
            label.clone(),
            count,
            storage,
            "export (first read of the copies)",
            ok_or_exit(m, &log),
            note,
        );

        let mut args = vec!["report", "--format", "html", "--as-of", FLEET_AS_OF];
        args.extend(paths.iter().map(String::as_str));
        let log = dir.join(format!("overview-{count}.log"));
        let m = measure(&log, DISCLOSE, &args)?;
        let (table_rows, broken, named) = overview_check(&log, count);
        let bytes = fs::metadata(&log).map_or(0, |m| m.len());
        let note = format!(
            "{table_rows} rows, {broken} broken, {named} of {count} branches named, {} KB of HTML (load cache warm from the export)",
            bytes / 1000
        );
        push(rows, label, count, storage, "overview (report --format html)", ok_or_exit(m, &log), note);
    }
    Ok(())
}

/// The measurement if the command succeeded, else why not.
fn ok_or_exit(m: Measurement, log: &Path) -> std::result::Result<Measurement, String> {
    if m.exit == 0 {
        Ok(m)
    } else {
        Err(format!("exit {}: {}", m.exit, error_line(log)))
    }
}

/// Records a row, printing it as it comes.
fn push(rows: &mut Vec<Row>, label: String, items: usize, storage: &'static str, step: &str, outcome: std::result::Result<Measurement, String>, note: String) {
    let row = Row {
        items,
        size: Some(label),
        storage,
        step: step.to_string(),
        outcome,
        note,
    };
    report_row(&row);
    rows.push(row);
}
