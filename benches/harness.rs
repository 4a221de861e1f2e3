//! The performance harness: `cargo bench --bench harness -- [--sizes 1000,10000,100000]
//! [--tmpfs] [--repeat N] [--quick] [--seed N]`. For each N it generates a corpus (benches/corpus.rs),
//! then measures, each in its own child process, the floor (benches/floor.rs) on one
//! thread and on all cores, `disclose check`, a full `disclose publish` into an empty site
//! folder, `publish` again with nothing changed, and `publish` after one item's body
//! changed. Each step runs `--repeat N` times (3; 1 with `--quick`), from the same
//! starting state (a first check without the caches, a full publish into an empty
//! folder, each "one item changed" with one more change), and the run of median wall
//! time is shown, with the highest peak memory of the runs. It prints wall time, CPU
//! time (user + system) and peak memory of each, and each as a ratio to the all-cores
//! floor, as Markdown tables ready for the README.
//!
//! Every figure comes from a wrapper process (this binary with `--measure-child`) that
//! starts the measured command, waits for it and reads `getrusage(RUSAGE_CHILDREN)`:
//! having exactly one child, its CPU time and peak RSS are that command's alone.
//!
//! Beside the floor, at each size up to `--hugo-up-to N` (10,000; 0: never), Hugo builds
//! a site of the same published public items with their photos (benches/floor.rs writes
//! it), measured as the other steps are, so that its row stands in the same table. A
//! machine without `hugo` gets a row saying so.
//!
//! Then (benches/fleet.rs) `disclose audit` of a `--history N`-item git history (10,000;
//! 1,000 with `--quick`; 0 skips it), and `disclose export` and the overview
//! (`report --format html`) of `--fleet 10,100,1000` copies of the example (10 with
//! `--quick`). `--only corpus,history,fleet` runs only the parts named.

mod corpus;
mod fleet;
mod floor;

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant, SystemTime};

use anyhow::{bail, Context as _, Result};

/// The floor runs in this process, on the same allocator as `disclose` (see Cargo.toml),
/// so that the ratios compare the work done and not the allocators.
#[cfg(not(windows))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// The release binary that `cargo bench` builds beside the harness.
const DISCLOSE: &str = env!("CARGO_BIN_EXE_disclose");
const DEFAULT_SEED: u64 = 20_160_104;
const USAGE: &str = "usage: cargo bench --bench harness -- [--sizes 1000,10000,100000] [--history 10000] [--fleet 10,100,1000] [--only corpus,history,fleet] [--tmpfs] [--repeat N] [--quick] [--seed N] [--hugo-up-to N] | --generate DIR N";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("--measure-child") => measure_child(&args[1..]),
        Some("--floor-child") => floor_child(&args[1..]),
        Some("--generate") => generate_only(&args[1..]),
        _ => Options::parse(&args).and_then(|options| run(&options)),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// `--generate DIR N`: only write the corpus (for profiling by hand).
fn generate_only(args: &[String]) -> Result<()> {
    let [dir, n] = args else { bail!("--generate needs DIR N") };
    let n: usize = n.parse().context("N is not a number")?;
    corpus::generate(Path::new(dir), n, DEFAULT_SEED)?;
    Ok(())
}

/// The command line.
struct Options {
    sizes: Vec<usize>,
    tmpfs: bool,
    seed: u64,
    /// The largest corpus that Hugo builds too (0: none).
    hugo_up_to: usize,
    /// Items of the git history that `audit` reads (0: none).
    history: usize,
    /// Numbers of branch repositories for `export` and the overview.
    fleet: Vec<usize>,
    /// Which parts run: the corpus sizes, the history, the fleet.
    only: Vec<String>,
    /// How many times each step of a corpus runs; the run of median wall time is shown
    /// (with the highest peak memory of all the runs).
    repeat: usize,
}

/// The numbers of a comma-separated list like `1000,10_000`.
fn numbers(name: &str, text: &str) -> Result<Vec<usize>> {
    text.split(',')
        .filter(|s| !s.trim().is_empty())
        .map(|s| {
            s.trim()
                .replace('_', "")
                .parse::<usize>()
                .with_context(|| format!("{name}: \"{s}\" is not a number"))
        })
        .collect()
}

impl Options {
    fn parse(args: &[String]) -> Result<Options> {
        let mut options = Options {
            sizes: vec![1_000, 10_000, 100_000],
            tmpfs: false,
            seed: DEFAULT_SEED,
            hugo_up_to: 10_000,
            history: 10_000,
            fleet: vec![10, 100, 1_000],
            only: PARTS.iter().map(ToString::to_string).collect(),
            repeat: 3,
        };
        let mut sizes_given = false;
        let (mut history_given, mut fleet_given) = (false, false);
        let mut quick = false;
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut value = |name: &str| args.next().with_context(|| format!("{name} needs a value\n{USAGE}"));
            match arg.as_str() {
                // `cargo bench` passes `--bench` to every bench target.
                "--bench" => {}
                "--sizes" => {
                    let text = value("--sizes")?;
                    options.sizes = text
                        .split(',')
                        .map(|s| {
                            s.trim()
                                .replace('_', "")
                                .parse::<usize>()
                                .with_context(|| format!("--sizes: \"{s}\" is not a number"))
                        })
                        .collect::<Result<_>>()?;
                    sizes_given = true;
                }
                "--history" => {
                    options.history = value("--history")?.replace('_', "").parse().context("--history needs a whole number")?;
                    history_given = true;
                }
                "--fleet" => {
                    options.fleet = numbers("--fleet", value("--fleet")?)?;
                    fleet_given = true;
                }
                "--only" => {
                    options.only = value("--only")?.split(',').map(|s| s.trim().to_string()).collect();
                    if let Some(other) = options.only.iter().find(|p| !PARTS.contains(&p.as_str())) {
                        bail!("--only: \"{other}\" is not one of {}\n{USAGE}", PARTS.join(", "));
                    }
                }
                "--tmpfs" => options.tmpfs = true,
                "--repeat" => {
                    options.repeat = value("--repeat")?.parse().context("--repeat needs a whole number")?;
                    if options.repeat == 0 {
                        bail!("--repeat: each step runs at least once");
                    }
                }
                "--quick" => quick = true,
                "--seed" => options.seed = value("--seed")?.parse().context("--seed needs a whole number")?,
                "--hugo-up-to" => {
                    options.hugo_up_to = value("--hugo-up-to")?.replace('_', "").parse().context("--hugo-up-to needs a whole number")?;
                }
                "-h" | "--help" => bail!("{USAGE}"),
                other => bail!("unknown argument {other}\n{USAGE}"),
            }
        }
        if quick && !sizes_given {
            options.sizes = vec![1_000];
            options.repeat = 1;
        }
        if quick && !history_given {
            options.history = 1_000;
        }
        if quick && !fleet_given {
            options.fleet = vec![10];
        }
        if options.history > 0 && options.history < corpus::MIN_ITEMS {
            bail!("--history: {} is below the smallest corpus ({} items)", options.history, corpus::MIN_ITEMS);
        }
        if options.fleet.contains(&0) {
            bail!("--fleet: a fleet has at least one repository");
        }
        if let Some(small) = options.sizes.iter().find(|n| **n < corpus::MIN_ITEMS) {
            bail!("--sizes: {small} is below the smallest corpus ({} items)", corpus::MIN_ITEMS);
        }
        Ok(options)
    }

    /// Whether `part` (one of [`PARTS`]) runs.
    fn runs(&self, part: &str) -> bool {
        self.only.iter().any(|p| p == part)
    }

    fn base(&self) -> PathBuf {
        if self.tmpfs {
            PathBuf::from("/dev/shm/disclose-bench")
        } else {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("target").join("bench-corpus")
        }
    }

    fn storage(&self) -> &'static str {
        if self.tmpfs {
            "tmpfs"
        } else {
            "disk"
        }
    }
}

// ---- measuring ----------------------------------------------------------------------

/// The parts of a run, for `--only`.
const PARTS: [&str; 3] = ["corpus", "history", "fleet"];

/// What one child process cost.
#[derive(Debug, Clone, Copy)]
struct Measurement {
    wall: Duration,
    cpu: Duration,
    /// Peak resident memory, KiB.
    rss_kib: u64,
    exit: i32,
}

/// `--measure-child LOG PROGRAM ARGS…`: runs the program with its output in LOG and
/// prints `wall_ns cpu_ns maxrss_kib exit` on one line.
fn measure_child(args: &[String]) -> Result<()> {
    let [log, program, rest @ ..] = args else {
        bail!("--measure-child needs LOG PROGRAM [ARGS…]")
    };
    let log = fs::File::create(log).with_context(|| format!("cannot create {log}"))?;
    let start = Instant::now();
    let status = Command::new(program)
        .args(rest)
        .stdin(Stdio::null())
        .stdout(log.try_clone()?)
        .stderr(log)
        .status()
        .with_context(|| format!("cannot run {program}"))?;
    let wall = start.elapsed();
    let (cpu_ns, max_rss_kib) = children_usage()?;
    println!("{} {cpu_ns} {max_rss_kib} {}", wall.as_nanos(), status.code().unwrap_or(-1));
    Ok(())
}

/// The CPU time (user + system, ns) and peak resident memory (KiB) of this process's
/// waited-for children, from `getrusage(RUSAGE_CHILDREN)`.
#[cfg(unix)]
fn children_usage() -> Result<(u64, i64)> {
    use nix::sys::resource::{getrusage, UsageWho};
    let usage = getrusage(UsageWho::RUSAGE_CHILDREN).context("getrusage failed")?;
    let micros = |t: nix::sys::time::TimeVal| t.tv_sec() as u64 * 1_000_000 + t.tv_usec() as u64;
    Ok(((micros(usage.user_time()) + micros(usage.system_time())) * 1_000, usage.max_rss()))
}

/// Windows has no `getrusage`: the harness measures on Unix only (it still builds on
/// Windows, so that `cargo check --all-targets` passes there).
#[cfg(not(unix))]
fn children_usage() -> Result<(u64, i64)> {
    bail!("the harness measures its children with getrusage, which only Unix has: run it on Linux or macOS")
}

/// `--floor-child ROOT OUT THREADS`: the floor, in a process of its own.
fn floor_child(args: &[String]) -> Result<()> {
    let [root, out, threads] = args else {
        bail!("--floor-child needs ROOT OUT THREADS")
    };
    let threads: usize = threads.parse().context("THREADS must be a number")?;
    let pages = floor::run(Path::new(root), Path::new(out), threads, corpus::AS_OF)?;
    println!("{pages} pages");
    Ok(())
}

/// Runs `program args` under the wrapper; its output goes to `log`.
fn measure(log: &Path, program: &str, args: &[&str]) -> Result<Measurement> {
    // Whatever the step before left for the disk to write (the floor's 88,000 pages, say)
    // is written first, so that no step pays for another's.
    let _ = Command::new("sync").status();
    let me = std::env::current_exe().context("cannot find the harness binary")?;
    let output = Command::new(me)
        .arg("--measure-child")
        .arg(log)
        .arg(program)
        .args(args)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .context("cannot start the measuring wrapper")?;
    let line = String::from_utf8_lossy(&output.stdout);
    let numbers: Vec<i128> = line.split_whitespace().filter_map(|w| w.parse().ok()).collect();
    let [wall, cpu, rss, exit] = numbers[..] else {
        bail!("the measuring wrapper failed: {line}")
    };
    Ok(Measurement {
        wall: Duration::from_nanos(wall as u64),
        cpu: Duration::from_nanos(cpu as u64),
        rss_kib: rss as u64,
        exit: exit as i32,
    })
}

/// Runs `program args` `times` times, each after `prepare` (which puts the repository
/// back in the state the step starts from), and gives the run of median wall time, with
/// the highest peak memory and the worst exit of all: one slow run on a shared machine
/// does not make the row, and no run's memory is hidden.
fn measure_repeated(times: usize, prepare: &mut dyn FnMut() -> Result<()>, log: &Path, program: &str, args: &[&str]) -> Result<Measurement> {
    let mut runs = Vec::with_capacity(times);
    for _ in 0..times.max(1) {
        prepare()?;
        runs.push(measure(log, program, args)?);
    }
    let rss_kib = runs.iter().map(|m| m.rss_kib).max().unwrap_or(0);
    let exit = runs.iter().map(|m| m.exit).max_by_key(|exit| exit.abs()).unwrap_or(0);
    runs.sort_by_key(|m| m.wall);
    let median = runs[runs.len() / 2];
    Ok(Measurement { rss_kib, exit, ..median })
}

/// The first line of a log that says what went wrong.
fn error_line(log: &Path) -> String {
    let text = fs::read_to_string(log).unwrap_or_default();
    let line = text
        .lines()
        .find(|l| l.starts_with("error"))
        .or_else(|| text.lines().find(|l| !l.trim().is_empty()))
        .unwrap_or("no output");
    line.trim().to_string()
}

// ---- one size -----------------------------------------------------------------------

/// One row of the results.
struct Row {
    /// Items, or what the row's size counts (repositories): the µs/item column's divisor.
    items: usize,
    /// The size column's text when the row is not one of a corpus of `items` items (the
    /// rows of benches/fleet.rs: "10,000-item history", "1,000 repos"); such rows have no
    /// floor to compare with.
    size: Option<String>,
    storage: &'static str,
    step: String,
    outcome: std::result::Result<Measurement, String>,
    note: String,
}

fn fresh_dir(dir: &Path) -> Result<()> {
    if dir.exists() {
        fs::remove_dir_all(dir).with_context(|| format!("cannot remove {}", dir.display()))?;
    }
    fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))
}

/// Makes the corpus a git work tree, as a real repository is (disclose keeps its load
/// cache in `.git`), then waits until its files are older than the two seconds in which
/// a file is too recent to be cached, as a real archive's files are.
fn make_work_tree(repo: &Path) -> Result<()> {
    let initialised = Command::new("git")
        .args(["init", "-q"])
        .current_dir(repo)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success());
    if !initialised {
        // Without git, the folder is all disclose looks for.
        fs::create_dir_all(repo.join(".git")).with_context(|| format!("cannot create {}/.git", repo.display()))?;
    }
    std::thread::sleep(disclose::load::cache::RACY_WINDOW + Duration::from_millis(100));
    Ok(())
}

/// Path → modification time of every file below `dir`.
fn mtimes(dir: &Path) -> Vec<(PathBuf, Option<SystemTime>)> {
    let mut list: Vec<_> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(std::result::Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().to_path_buf(), e.metadata().ok().and_then(|m| m.modified().ok())))
        .collect();
    list.sort();
    list
}

/// How many files of `after` are new or have another modification time than in `before`.
fn rewritten(before: &[(PathBuf, Option<SystemTime>)], after: &[(PathBuf, Option<SystemTime>)]) -> usize {
    after
        .iter()
        .filter(|(path, time)| before.binary_search_by(|(p, _)| p.cmp(path)).map_or(true, |i| before[i].1 != *time))
        .count()
}

/// Prints a row as it is measured.
fn report_row(row: &Row) {
    let (step, note) = (&row.step, &row.note);
    match &row.outcome {
        Ok(m) => println!(
            "  {step:<34} wall {:>8.3} s  cpu {:>8.3} s  peak {:>8.1} MiB  {note}",
            m.wall.as_secs_f64(),
            m.cpu.as_secs_f64(),
            m.rss_kib as f64 / 1024.0
        ),
        Err(why) => println!("  {step:<34} n/a: {why}"),
    }
}

fn measure_size(options: &Options, n: usize, rows: &mut Vec<Row>) -> Result<()> {
    let dir = options.base().join(n.to_string());
    fresh_dir(&dir)?;
    let repo = dir.join("repo");
    let started = Instant::now();
    let generated = corpus::generate(&repo, n, options.seed)?;
    println!(
        "\n## {n} items on {} ({}): {} items, {} feedback cases, {:.0} MB, generated in {:.1} s",
        options.storage(),
        dir.display(),
        generated.items,
        generated.cases,
        generated.bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    make_work_tree(&repo)?;
    let repo_arg = repo.to_string_lossy().into_owned();
    let me = std::env::current_exe().context("cannot find the harness binary")?;
    let me = me.to_string_lossy().into_owned();
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    let mut push = |step: String, outcome: std::result::Result<Measurement, String>, note: String| {
        let row = Row {
            items: n,
            size: None,
            storage: options.storage(),
            step,
            outcome,
            note,
        };
        report_row(&row);
        rows.push(row);
    };

    for threads in [1, cores] {
        let out = dir.join(format!("floor-{threads}"));
        fresh_dir(&out)?;
        let log = dir.join(format!("floor-{threads}.log"));
        let out_arg = out.to_string_lossy().into_owned();
        let m = measure_repeated(
            options.repeat,
            &mut || fresh_dir(&out),
            &log,
            &me,
            &["--floor-child", &repo_arg, &out_arg, &threads.to_string()],
        )?;
        let label = if threads == 1 {
            "floor, 1 thread".to_string()
        } else {
            format!("floor, all cores ({threads})")
        };
        if m.exit == 0 {
            push(label, Ok(m), fs::read_to_string(&log).unwrap_or_default().trim().to_string());
        } else {
            bail!("the floor failed: {}", error_line(&log));
        }
        fs::remove_dir_all(&out).ok();
    }
    if n <= options.hugo_up_to {
        let (step, outcome) = measure_hugo(options, &dir, &repo)?;
        push(step, outcome, String::new());
    }

    // The first check reads every file (as in CI, on a fresh clone) and writes the load
    // cache; the second takes the unchanged files from it (as on the secretary's copy).
    let caches = [repo.join(".git/disclose-load-cache"), repo.join(".git/disclose-file-cache")];
    for (step, name, cold) in [("check", "check.log", true), ("check again (load cache)", "check-again.log", false)] {
        let log = dir.join(name);
        // A first check starts without the caches (as on a fresh clone).
        let mut prepare = || {
            if cold {
                for cache in &caches {
                    let _ = fs::remove_file(cache);
                }
            }
            Ok(())
        };
        let m = measure_repeated(
            options.repeat,
            &mut prepare,
            &log,
            DISCLOSE,
            &["-C", &repo_arg, "check", "--as-of", corpus::AS_OF],
        )?;
        let note = match m.exit {
            0 => String::new(),
            1 => format!("exit 1: the corpus has errors ({})", error_line(&log)),
            _ => format!("exit {}: {}", m.exit, error_line(&log)),
        };
        push(step.to_string(), if m.exit <= 1 { Ok(m) } else { Err(note.clone()) }, note);
    }

    let site = repo.join("site");
    let publish_args = ["-C", repo_arg.as_str(), "publish", "--as-of", corpus::AS_OF];
    // No board, and no spare board beside it (kept by a publish that switched boards).
    let spare = repo.join(".site.disclose-spare");
    let mut empty_site = || {
        for folder in [&site, &spare] {
            if folder.exists() {
                fs::remove_dir_all(folder).with_context(|| format!("cannot remove {}", folder.display()))?;
            }
        }
        Ok(())
    };
    let m = measure_repeated(options.repeat, &mut empty_site, &dir.join("publish-full.log"), DISCLOSE, &publish_args)?;
    if m.exit != 0 {
        let why = format!("`disclose publish` failed (exit {}): {}", m.exit, error_line(&dir.join("publish-full.log")));
        for step in ["publish, full (empty site)", "publish, nothing changed", "publish, one item changed"] {
            push(step.to_string(), Err(why.clone()), String::new());
        }
        return Ok(());
    }
    let files = mtimes(&site);
    push("publish, full (empty site)".to_string(), Ok(m), format!("{} files written", files.len()));

    let m = measure_repeated(options.repeat, &mut || Ok(()), &dir.join("publish-unchanged.log"), DISCLOSE, &publish_args)?;
    let after = mtimes(&site);
    let outcome = if m.exit == 0 {
        Ok(m)
    } else {
        Err(format!("exit {}: {}", m.exit, error_line(&dir.join("publish-unchanged.log"))))
    };
    push(
        "publish, nothing changed".to_string(),
        outcome,
        format!("{} of {} files rewritten", rewritten(&files, &after), after.len()),
    );

    // Each run changes the same published public item's body once more; the files
    // rewritten are counted for the last run. The first run switches boards without a
    // spare board (none is kept after a publish into an empty folder), the later ones
    // with the spare the run before kept.
    let touched = repo.join(&generated.touch);
    let mut before_last = after.clone();
    let mut round = 0;
    let mut change_one = || {
        round += 1;
        before_last = mtimes(&site);
        let mut text = fs::read_to_string(&touched).with_context(|| format!("cannot read {}", touched.display()))?;
        write!(text, "\n（本条目已于公开后补充说明 {round}。）\n").context("cannot build the changed text")?;
        fs::write(&touched, text).with_context(|| format!("cannot write {}", touched.display()))
    };
    let m = measure_repeated(options.repeat, &mut change_one, &dir.join("publish-one.log"), DISCLOSE, &publish_args)?;
    let last = mtimes(&site);
    let after = before_last;
    let outcome = if m.exit == 0 {
        Ok(m)
    } else {
        Err(format!("exit {}: {}", m.exit, error_line(&dir.join("publish-one.log"))))
    };
    push(
        "publish, one item changed".to_string(),
        outcome,
        format!("{} of {} files rewritten", rewritten(&after, &last), last.len()),
    );
    Ok(())
}

/// Hugo on the corpus: its site is written (benches/floor.rs), then `hugo` builds it
/// into an empty folder, `--repeat` times. Gives the row's step and its measurement, or
/// why there is none (Hugo not installed, or failing).
fn measure_hugo(options: &Options, dir: &Path, repo: &Path) -> Result<(String, std::result::Result<Measurement, String>)> {
    let version = Command::new("hugo").arg("version").output().ok().filter(|o| o.status.success());
    let Some(version) = version else {
        return Ok(("hugo".to_string(), Err("hugo is not installed (apt-get install -y hugo)".to_string())));
    };
    let version = String::from_utf8_lossy(&version.stdout).split_whitespace().nth(1).unwrap_or("?").to_string();
    let site = dir.join("hugo");
    fresh_dir(&site)?;
    let pages = floor::write_hugo_site(repo, &site, corpus::AS_OF)?;
    let public = site.join("public");
    let (site_arg, public_arg) = (site.to_string_lossy().into_owned(), public.to_string_lossy().into_owned());
    let log = dir.join("hugo.log");
    let m = measure_repeated(
        options.repeat,
        &mut || fresh_dir(&public),
        &log,
        "hugo",
        &["--quiet", "-s", &site_arg, "-d", &public_arg],
    )?;
    let step = format!("hugo {version} ({} item pages with their photos, and the list page)", thousands(pages));
    let outcome = if m.exit == 0 {
        Ok(m)
    } else {
        Err(format!("hugo failed (exit {}): {}", m.exit, error_line(&log)))
    };
    fs::remove_dir_all(&site).ok();
    Ok((step, outcome))
}

// ---- the report ---------------------------------------------------------------------

fn seconds(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s < 10.0 {
        format!("{s:.3} s")
    } else {
        format!("{s:.1} s")
    }
}

fn ratio(value: f64, floor: f64) -> String {
    if floor > 0.0 {
        format!("{:.2}×", value / floor)
    } else {
        "–".to_string()
    }
}

fn table(rows: &[Row]) -> String {
    let mut out = String::from(
        "| items | storage | step | wall | CPU | peak memory | µs/item (wall) | wall ÷ floor | CPU ÷ floor | memory ÷ floor |\n|---:|---|---|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    for row in rows {
        let floor = rows
            .iter()
            .filter(|_| row.size.is_none())
            .find(|r| r.size.is_none() && r.items == row.items && r.storage == row.storage && r.step.starts_with("floor, all cores"))
            .and_then(|r| r.outcome.as_ref().ok());
        let _ = write!(out, "| {} | {} | {} | ", row.size_label(), row.storage, row.step);
        match (&row.outcome, floor) {
            (Err(why), _) => {
                let _ = writeln!(out, "n/a | n/a | n/a | n/a | n/a | n/a | n/a |  <!-- {} -->", why.replace("--", "- -"));
            }
            (Ok(_), None) if row.size.is_none() => {
                let _ = writeln!(out, "? | ? | ? | ? | ? | ? | ? |");
            }
            (Ok(m), floor) => {
                // Rows of the history and the fleet have no floor to compare with.
                let ratios = floor.map_or_else(
                    || "– | – | –".to_string(),
                    |f| {
                        format!(
                            "{} | {} | {}",
                            ratio(m.wall.as_secs_f64(), f.wall.as_secs_f64()),
                            ratio(m.cpu.as_secs_f64(), f.cpu.as_secs_f64()),
                            ratio(m.rss_kib as f64, f.rss_kib as f64)
                        )
                    },
                );
                let _ = writeln!(
                    out,
                    "{} | {} | {:.1} MiB | {:.1} | {ratios} |",
                    seconds(m.wall),
                    seconds(m.cpu),
                    m.rss_kib as f64 / 1024.0,
                    m.wall.as_secs_f64() * 1e6 / row.items as f64
                );
            }
        }
    }
    out
}

impl Row {
    /// The size column: "10,000" (items of the corpus) or the row's own label.
    fn size_label(&self) -> String {
        self.size.clone().unwrap_or_else(|| thousands(self.items))
    }
}

fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The targets, judged on the rows of each size.
fn targets(rows: &[Row]) -> String {
    let mut out = String::new();
    let get = |items: usize, storage: &str, prefix: &str| {
        rows.iter()
            .find(|r| r.items == items && r.storage == storage && r.step.starts_with(prefix))
            .and_then(|r| r.outcome.as_ref().ok().copied())
    };
    let mut sizes: Vec<(usize, &str)> = rows.iter().filter(|r| r.size.is_none()).map(|r| (r.items, r.storage)).collect();
    sizes.dedup();
    for (items, storage) in sizes {
        let Some(floor) = get(items, storage, "floor, all cores") else { continue };
        let mut line = |what: &str, value: Option<f64>, limit: f64, unit: &str| {
            let verdict = match value {
                Some(v) if v <= limit => format!("{v:.2}{unit} — met"),
                Some(v) => format!("{v:.2}{unit} — NOT met"),
                None => "n/a".to_string(),
            };
            let _ = writeln!(out, "- {} items, {storage}: {what} (target ≤ {limit}{unit}): {verdict}", thousands(items));
        };
        let wall = |m: Option<Measurement>| m.map(|m| m.wall.as_secs_f64());
        let cpu = |m: Option<Measurement>| m.map(|m| m.cpu.as_secs_f64());
        let full = wall(get(items, storage, "publish, full"));
        let of_floor = |value: Option<f64>, floor: f64| value.map(|v| v / floor);
        let (floor_wall, floor_cpu) = (floor.wall.as_secs_f64(), floor.cpu.as_secs_f64());
        line("full publish ÷ all-cores floor, wall", of_floor(full, floor_wall), 1.3, "×");
        line(
            "full publish ÷ all-cores floor, CPU",
            of_floor(cpu(get(items, storage, "publish, full")), floor_cpu),
            1.3,
            "×",
        );
        line(
            "publish, nothing changed ÷ full publish",
            wall(get(items, storage, "publish, nothing")).zip(full).map(|(a, b)| a / b),
            0.15,
            "×",
        );
        line(
            "publish, one item changed ÷ full publish",
            wall(get(items, storage, "publish, one")).zip(full).map(|(a, b)| a / b),
            0.25,
            "×",
        );
        line(
            "first check ÷ all-cores floor, wall",
            of_floor(wall(get(items, storage, "check")), floor_wall),
            0.35,
            "×",
        );
        line(
            "check from the load cache ÷ all-cores floor, wall",
            of_floor(wall(get(items, storage, "check again")), floor_wall),
            0.2,
            "×",
        );
        let peak = ["check", "check again", "publish, full", "publish, nothing", "publish, one"]
            .iter()
            .filter_map(|s| get(items, storage, s))
            .map(|m| m.rss_kib)
            .max();
        line("peak memory of check and publish", peak.map(|k| k as f64 / 1024.0), 100.0, " MiB");
    }
    // The history and the fleet: no floor, but the same memory limit.
    for row in rows.iter().filter(|r| r.size.is_some()) {
        if let (Some(size), Ok(m)) = (&row.size, &row.outcome) {
            let peak = m.rss_kib as f64 / 1024.0;
            let verdict = if peak <= 100.0 { "met" } else { "NOT met" };
            let _ = writeln!(
                out,
                "- {size}, {}: {}: peak memory (target ≤ 100 MiB): {peak:.2} MiB — {verdict}",
                row.storage, row.step
            );
        }
    }
    out
}

// ---- determinism --------------------------------------------------------------------

/// Same seed, same bytes; another seed, other bytes. Generates three small corpora and
/// compares every file.
fn self_check(seed: u64) -> Result<()> {
    let scratch = tempfile::tempdir().context("cannot create a scratch folder")?;
    let tree = |name: &str, seed: u64| -> Result<Vec<(PathBuf, Vec<u8>)>> {
        let root = scratch.path().join(name);
        corpus::generate(&root, 300, seed)?;
        let mut files = Vec::new();
        for entry in walkdir::WalkDir::new(&root).sort_by_file_name() {
            let entry = entry?;
            if entry.file_type().is_file() {
                let relative = entry.path().strip_prefix(&root)?.to_path_buf();
                files.push((relative, fs::read(entry.path())?));
            }
        }
        Ok(files)
    };
    let first = tree("a", seed)?;
    if first != tree("b", seed)? {
        bail!("the corpus generator is not deterministic: the same seed gave different files");
    }
    if first == tree("c", seed + 1)? {
        bail!("the corpus generator ignores its seed");
    }
    println!(
        "corpus generator: same seed, same bytes ({} files compared); another seed, other bytes",
        first.len()
    );
    Ok(())
}

fn run(options: &Options) -> Result<()> {
    self_check(options.seed)?;
    println!("disclose: {DISCLOSE}");
    let mut rows = Vec::new();
    if options.runs("corpus") {
        for &n in &options.sizes {
            measure_size(options, n, &mut rows)?;
        }
    }
    if options.runs("history") && options.history > 0 {
        fleet::measure_history(&options.base().join("history"), options.history, options.seed, options.storage(), &mut rows)?;
    }
    if options.runs("fleet") {
        fleet::measure_fleet(&options.base().join("fleet"), &options.fleet, options.storage(), &mut rows)?;
    }
    if options.tmpfs {
        fs::remove_dir_all(options.base()).ok();
    }
    println!("\n### Results (as of {}, seed {})\n\n{}", corpus::AS_OF, options.seed, table(&rows));
    let notes: Vec<String> = rows
        .iter()
        .filter(|r| !r.note.is_empty() || r.outcome.is_err())
        .map(|r| {
            format!(
                "- {}, {}, {}: {}",
                r.size.clone().unwrap_or_else(|| format!("{} items", thousands(r.items))),
                r.storage,
                r.step,
                r.outcome.as_ref().err().unwrap_or(&r.note)
            )
        })
        .collect();
    println!("Notes:\n{}\n\n### Targets\n\n{}", notes.join("\n"), targets(&rows));
    Ok(())
}
