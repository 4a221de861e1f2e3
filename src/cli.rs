//! The command line, declared with clap's derive API. Only this file knows clap; commands
//! receive plain values.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::config::Locale;

pub mod errors;
pub mod help;
pub mod values;

/// Runs a party organisation's disclosure work (党务公开) from a git repository of plain text.
#[derive(Debug, Parser)]
// The version names the commit it was built from (see build.rs): "0.1.0 (commit 0123abcde)".
#[command(name = "disclose", version = env!("DISCLOSE_VERSION"), about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// Work in this repository instead of the nearest one upward from here.
    #[arg(short = 'C', value_name = "DIR", global = true)]
    pub dir: Option<PathBuf>,
    /// Use this date as today (YYYY-MM-DD), so results are reproducible.
    #[arg(long, value_name = "DATE", global = true, value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// Output format for reports.
    #[arg(long, global = true, default_value = "text", value_parser = help::LocalisedEnum::<Format>::new("cli-format"))]
    pub format: Format,
    /// The terminal's language: zh-CN (the default) or en; without it, the environment's
    /// (see the README). The board and the bulletin keep the organisation's.
    #[arg(long, value_name = "LANG", global = true, value_parser = parse_lang)]
    pub lang: Option<Locale>,
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// Output formats; each command accepts the ones that make sense for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people.
    Text,
    /// One JSON document.
    Json,
    /// GitHub workflow annotations (check).
    Github,
    /// Comma-separated values (archive, report).
    Csv,
    /// A self-contained HTML page (report).
    Html,
    /// iCalendar (next).
    Ics,
}

impl Format {
    /// The word on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Json => "json",
            Format::Github => "github",
            Format::Csv => "csv",
            Format::Html => "html",
            Format::Ics => "ics",
        }
    }
}

/// Parses `--lang`: zh-CN, zh, en, en-US, 中文, English and the like.
pub fn parse_lang(text: &str) -> Result<Locale, String> {
    crate::i18n::parse_language(text).ok_or_else(|| crate::t!("cli-lang-unknown", value = text))
}

/// The `--lang` given among `args`, if any, read before clap parses them, so that the help
/// and clap's own messages are already in that language.
pub fn lang_in_args(args: &[std::ffi::OsString]) -> Option<Locale> {
    let mut words = args.iter().map(|arg| arg.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            return None;
        }
        if let Some(value) = word.strip_prefix("--lang=") {
            return crate::i18n::parse_language(value);
        }
        if word == "--lang" {
            return words.next().and_then(|value| crate::i18n::parse_language(&value));
        }
    }
    None
}

/// Parses `YYYY-MM-DD`, for a year the tool can reason about (1900–2999).
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    let date = NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| crate::t!("cli-date-invalid", text = text))?;
    if (1900..=2999).contains(&chrono::Datelike::year(&date)) {
        Ok(date)
    } else {
        Err(crate::t!("cli-date-out-of-range", text = text))
    }
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new repository with the default catalogue.
    Init(InitArgs),
    /// Check every file, every rule and every deadline.
    Check {
        /// Fail on warnings too.
        #[arg(long)]
        strict: bool,
    },
    /// The secretary's to-do list: overdue, due soon, waiting for review or approval.
    Status,
    /// Start a new item from its entry's template.
    New(NewArgs),
    /// Record 审核 (review, including the secrecy review) on items.
    Review(SignArgs),
    /// Record 审批 (approval) on items.
    Approve(SignArgs),
    /// Record a correction (更正) of a published item whose content was changed.
    Correct(CorrectArgs),
    /// Publish approved items and write the board and this quarter's bulletin.
    Publish {
        /// Say what would change, and change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Write one quarter's member bulletin.
    Bulletin {
        /// The quarter, like 2026-Q1.
        quarter: String,
        /// Rewrite an existing bulletin of an ended quarter.
        #[arg(long)]
        force: bool,
    },
    /// Show or approve the catalogue.
    Catalogue {
        /// What to do (default: list).
        #[command(subcommand)]
        action: Option<CatalogueAction>,
    },
    /// Meetings: the members' meeting that announces a bulletin, the leading group's.
    Meeting {
        /// What to do.
        #[command(subcommand)]
        action: MeetingAction,
    },
    /// Feedback cases (意见反馈): intake, handling, answers.
    Feedback {
        /// What to do.
        #[command(subcommand)]
        action: FeedbackAction,
    },
    /// Photos of the posted physical board, kept as evidence (留痕), never published.
    Evidence {
        /// What to do.
        #[command(subcommand)]
        action: EvidenceAction,
    },
    /// The archive register (档案目录) of a year.
    Archive {
        /// The year (default: the as-of year).
        #[arg(long)]
        year: Option<i32>,
        /// Save it as Markdown and CSV in archive/.
        #[arg(long)]
        write: bool,
    },
    /// The performance evaluation (绩效评估), for one or several repositories.
    Report {
        /// Repositories to report on together (default: this one).
        repos: Vec<PathBuf>,
        /// The year (default: the as-of year).
        #[arg(long)]
        year: Option<i32>,
        /// Write the output to this file instead of standard output.
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
        /// Write the annual report (年度党务公开工作报告) to reports/YEAR.md and .html.
        #[arg(long, conflicts_with_all = ["repos", "output"])]
        annual: bool,
        /// With --annual: rewrite a report that differs from the one on disk.
        #[arg(long, requires = "annual")]
        force: bool,
    },
    /// Read the record against its git history: backdated stamps, edits after publication,
    /// unapproved catalogue changes, removed records.
    Audit {
        /// Report only what was committed on or after this day (YYYY-MM-DD).
        #[arg(long, value_parser = parse_date)]
        since: Option<NaiveDate>,
    },
    /// Write the record (organisation, entries, obligations, items, cases) as JSON Lines,
    /// for one repository or several.
    Export {
        /// Repositories to export into one stream (default: this one).
        repos: Vec<PathBuf>,
    },
    /// Show how a due date was derived.
    Explain {
        /// An entry id (with a period) or an item id.
        target: String,
        /// The period, for periodic entries (like 2026-Q1).
        period: Option<String>,
    },
    /// Upcoming deadlines, and the next day on which any obligation changes state.
    Next {
        /// How many deadlines to list (default: 20 in text; json and ics list every one).
        #[arg(long)]
        limit: Option<usize>,
    },
    /// Working-day arithmetic and the calendars in use.
    Calendar {
        /// What to do.
        #[command(subcommand)]
        action: CalendarAction,
    },
    /// Explain a finding code.
    Codes {
        /// The code (default: list them all).
        code: Option<String>,
    },
    /// Print the shell's completion script (commands, options, entry, item and case ids).
    Completions {
        /// The shell: bash, zsh, fish or powershell.
        #[arg(value_parser = help::LocalisedEnum::<CompletionShell>::new("cli-shell"))]
        shell: CompletionShell,
    },
    /// The ids for the word after WORDS, one a line (called by the completion scripts).
    #[command(name = "__complete", hide = true)]
    Complete {
        /// The words typed so far, after `disclose`.
        #[arg(last = true)]
        words: Vec<String>,
    },
}

/// The shells `disclose completions` writes for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompletionShell {
    /// Bash.
    Bash,
    /// Zsh.
    Zsh,
    /// Fish.
    Fish,
    /// PowerShell.
    Powershell,
}

/// Arguments of `new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// The catalogue entry, like 3.5 (asked for on a terminal when missing).
    pub entry: Option<String>,
    /// Periodic entries: the period, like 2026-Q1.
    #[arg(long)]
    pub period: Option<String>,
    /// Immediate and staged entries: when the matter happened.
    #[arg(long, value_parser = parse_date)]
    pub event: Option<NaiveDate>,
    /// Staged entries: the matter the stages belong to.
    #[arg(long)]
    pub matter: Option<String>,
    /// Staged entries: this stage's label.
    #[arg(long)]
    pub stage: Option<String>,
    /// Staged entries: this is the last stage.
    #[arg(long = "final")]
    pub final_stage: bool,
    /// The title (default: from the entry and period).
    #[arg(long)]
    pub title: Option<String>,
    /// Who drafts it (提出); default: the entry's owner.
    #[arg(long)]
    pub by: Option<String>,
    /// Standing entries: the id of the item this one replaces.
    #[arg(long)]
    pub supersedes: Option<String>,
    /// Open the new file in $EDITOR.
    #[arg(long)]
    pub edit: bool,
    /// Also create the item's attachment folder (`items/2026/ID/`) for its pictures and files.
    #[arg(long)]
    pub with_files: bool,
}

/// Arguments of `init`: the folder and the new branch's identity. What is not given is
/// asked on a terminal, and otherwise written as a placeholder that `check` reports
/// (`placeholder-identity`).
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder (created if missing; default: here).
    #[arg(value_name = "DIR")]
    pub folder: Option<PathBuf>,
    /// The organisation's full name (党组织全称).
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// The short name for page titles (简称).
    #[arg(long, value_name = "NAME")]
    pub short_name: Option<String>,
    /// The address shown on the board (optional).
    #[arg(long, value_name = "TEXT")]
    pub address: Option<String>,
    /// The leading group's leader (组长, the branch secretary), also each entry's owner
    /// (责任人) until the catalogue names another.
    #[arg(long, value_name = "NAME")]
    pub leader: Option<String>,
    /// A deputy leader (副组长); repeat for each.
    #[arg(long = "deputy", value_name = "NAME")]
    pub deputies: Vec<String>,
    /// The feedback hotline shown on the board (意见热线).
    #[arg(long, value_name = "NUMBER")]
    pub hotline: Option<String>,
}

/// Arguments of `review` and `approve`.
#[derive(Debug, Args)]
pub struct SignArgs {
    /// The item ids.
    #[arg(required = true)]
    pub ids: Vec<String>,
    /// Who signs.
    #[arg(long)]
    pub by: String,
    /// When (default: today).
    #[arg(long, value_parser = parse_date)]
    pub on: Option<NaiveDate>,
}

/// `meeting` subcommands.
#[derive(Debug, Subcommand)]
pub enum MeetingAction {
    /// Record a meeting in meetings/<year>/<date>-<kind>.md (never overwrites one).
    Record {
        /// Which body met: members (党员大会) or leading-group (领导小组会议).
        #[arg(long, value_parser = values::meeting_kind)]
        kind: String,
        /// The day it met.
        #[arg(long, value_parser = parse_date)]
        on: NaiveDate,
        /// Members' meetings: the quarter whose bulletin was announced, like 2026-Q3.
        #[arg(long)]
        bulletin: Option<String>,
        /// How many attended.
        #[arg(long, requires = "of")]
        attended: Option<u32>,
        /// Of how many who should have.
        #[arg(long, requires = "attended")]
        of: Option<u32>,
        /// A decision taken (repeat for several).
        #[arg(long = "decision")]
        decisions: Vec<String>,
    },
}

/// Arguments of `correct`.
#[derive(Debug, Args)]
pub struct CorrectArgs {
    /// The published item's id.
    pub id: String,
    /// What was untrue or incomplete, and what was corrected (shown on the item page).
    #[arg(long)]
    pub reason: String,
    /// Who makes the correction (default: the item's approver).
    #[arg(long)]
    pub by: Option<String>,
    /// When (default: today).
    #[arg(long, value_parser = parse_date)]
    pub on: Option<NaiveDate>,
}

/// `catalogue` subcommands.
#[derive(Debug, Subcommand)]
pub enum CatalogueAction {
    /// List every entry.
    List,
    /// Show one entry.
    Show {
        /// The entry id.
        id: String,
    },
    /// Record the leading group's approval of the catalogue as it is now.
    Approve {
        /// Who approved it (usually 党务公开工作领导小组).
        #[arg(long)]
        by: String,
        /// When (default: the meeting's day with --meeting, else today).
        #[arg(long, value_parser = parse_date)]
        on: Option<NaiveDate>,
        /// The leading group's meeting that approved it: its file (meetings/2026/…md) or
        /// its date.
        #[arg(long, value_name = "FILE-OR-DATE")]
        meeting: Option<String>,
    },
}

/// `evidence` subcommands.
#[derive(Debug, Subcommand)]
pub enum EvidenceAction {
    /// Keep a dated photo of the posted board in evidence/<year>/, its GPS position removed.
    Add {
        /// The photo (JPEG, PNG or WebP).
        file: PathBuf,
        /// The day the photo shows the board.
        #[arg(long, value_parser = parse_date)]
        on: NaiveDate,
        /// What it shows, like "2026年第三季度公开栏".
        #[arg(long)]
        note: Option<String>,
    },
}

/// `feedback` subcommands.
#[derive(Debug, Subcommand)]
pub enum FeedbackAction {
    /// Record a new case; the opinion text comes from standard input or --edit.
    #[command(visible_alias = "add")]
    New {
        /// What kind of case: opinion (意见建议), request (依申请公开) or correction (更正申请).
        #[arg(long, default_value = "opinion")]
        kind: String,
        /// How it arrived: one of the channels in disclose.toml.
        #[arg(long, value_parser = values::channel)]
        channel: String,
        /// A publishable one-line summary.
        #[arg(long)]
        summary: String,
        /// Who sent it: public or member.
        #[arg(long, default_value = "public", value_parser = values::sender)]
        from: String,
        /// The person's name (private).
        #[arg(long)]
        name: Option<String>,
        /// How to reach them (private).
        #[arg(long)]
        contact: Option<String>,
        /// The entry or item it is about.
        #[arg(long)]
        about: Option<String>,
        /// When it arrived (default: today).
        #[arg(long, value_parser = parse_date)]
        received: Option<NaiveDate>,
        /// Write the opinion text in $EDITOR.
        #[arg(long)]
        edit: bool,
    },
    /// Add a step to the handling log.
    Log {
        /// The case id.
        id: String,
        /// What was done.
        #[arg(long)]
        note: String,
        /// Who did it.
        #[arg(long)]
        by: Option<String>,
        /// When (default: today).
        #[arg(long, value_parser = parse_date)]
        on: Option<NaiveDate>,
    },
    /// Record the answer fed back.
    Respond {
        /// The case id.
        id: String,
        /// The answer.
        #[arg(long)]
        text: String,
        /// Show the summary and answer on the public board.
        #[arg(long)]
        public: bool,
        /// The person's view, if known: satisfied, partly or unsatisfied.
        #[arg(long, value_parser = values::rating)]
        rating: Option<String>,
        /// When (default: today).
        #[arg(long, value_parser = parse_date)]
        on: Option<NaiveDate>,
    },
    /// Record the decision on a request (依申请公开) or a correction request (更正申请).
    Decide {
        /// The case id.
        id: String,
        /// A request: disclosed, not-disclosed or not-held; a correction request: corrected or refused.
        #[arg(long)]
        outcome: String,
        /// The item that discloses (disclosed) or was corrected with `disclose correct` (corrected).
        #[arg(long)]
        item: Option<String>,
        /// The reason (required for not-disclosed and refused), fed back to the person.
        #[arg(long)]
        reason: Option<String>,
        /// Show the summary and decision on the public board.
        #[arg(long)]
        public: bool,
        /// When (default: today).
        #[arg(long, value_parser = parse_date)]
        on: Option<NaiveDate>,
    },
    /// Extend the limit once, by N working days, with a reason.
    Extend {
        /// The case id.
        id: String,
        /// Extra working days.
        #[arg(long)]
        days: u32,
        /// Why.
        #[arg(long)]
        reason: String,
        /// Who did it (written to the handling log).
        #[arg(long)]
        by: Option<String>,
        /// When (default: today).
        #[arg(long, value_parser = parse_date)]
        on: Option<NaiveDate>,
    },
    /// Record 不予受理 (not accepted) with the reason.
    Reject {
        /// The case id.
        id: String,
        /// Why.
        #[arg(long)]
        reason: String,
        /// Who did it (written to the handling log).
        #[arg(long)]
        by: Option<String>,
        /// When (default: today).
        #[arg(long, value_parser = parse_date)]
        on: Option<NaiveDate>,
    },
    /// Record the person's view of the answer (回访).
    Rate {
        /// The case id.
        id: String,
        /// satisfied, partly or unsatisfied.
        #[arg(long, value_parser = values::rating)]
        rating: String,
        /// Who recorded it (written as `rated_by`).
        #[arg(long)]
        by: Option<String>,
        /// When it was recorded (default: today).
        #[arg(long, value_parser = parse_date)]
        on: Option<NaiveDate>,
    },
    /// Reopen an answered case with a new limit.
    Reopen {
        /// The case id.
        id: String,
        /// Why.
        #[arg(long)]
        reason: String,
        /// Who did it (written to the handling log).
        #[arg(long)]
        by: Option<String>,
        /// When (default: today).
        #[arg(long, value_parser = parse_date)]
        on: Option<NaiveDate>,
    },
    /// Close an answered case.
    Close {
        /// The case id.
        id: String,
        /// Who did it (written to the handling log).
        #[arg(long)]
        by: Option<String>,
        /// When (default: today).
        #[arg(long, value_parser = parse_date)]
        on: Option<NaiveDate>,
    },
    /// List cases.
    List {
        /// Only cases still open.
        #[arg(long)]
        open: bool,
        /// Only cases past their limit.
        #[arg(long)]
        overdue: bool,
    },
    /// Show one case.
    Show {
        /// The case id.
        id: String,
    },
}

/// `calendar` subcommands.
#[derive(Debug, Subcommand)]
pub enum CalendarAction {
    /// Print DATE + N working days (or calendar days).
    Add {
        /// The start day (not counted).
        #[arg(value_parser = parse_date)]
        date: NaiveDate,
        /// How many days.
        days: u32,
        /// Count calendar days, rolling a non-working last day forward.
        #[arg(long)]
        calendar_days: bool,
    },
    /// Print a year as a month grid with holidays and make-up working days.
    Show {
        /// The year.
        year: i32,
    },
    /// List the years covered and where each came from.
    Years,
}
