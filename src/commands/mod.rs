//! One module per subcommand, each the same shape: load, call into the library, print.

pub mod archive;
pub mod audit;
pub mod bulletin;
pub mod calendar;
pub mod catalogue;
pub mod check;
pub mod codes;
pub mod completions;
pub mod context;
pub mod correct;
pub mod evidence;
pub mod explain;
pub mod export;
pub mod feedback;
pub mod init;
pub mod meeting;
pub mod new;
pub mod next;
pub mod publish;
pub mod report;
pub mod sign;
pub mod status;

use anyhow::Result;

use crate::cli::{CatalogueAction, Command, EvidenceAction};
use context::Context;

/// Runs one subcommand and returns its exit code.
pub fn dispatch(command: Command, cx: &Context) -> Result<i32> {
    match command {
        Command::Init(args) => init::run(cx, &args),
        Command::Check { strict } => check::run(cx, strict),
        Command::Catalogue { action } => match action.unwrap_or(CatalogueAction::List) {
            CatalogueAction::List => catalogue::list(cx),
            CatalogueAction::Show { id } => catalogue::show(cx, &id),
            CatalogueAction::Approve { by, on, meeting } => catalogue::approve(cx, &by, on, meeting.as_deref()),
        },
        Command::Codes { code } => codes::run(cx, code.as_deref()),
        // Each arm below hands the parsed arguments to its command module.
        Command::Status => status::run(cx),
        Command::Explain { target, period } => explain::run(cx, &target, period.as_deref()),
        Command::Next { limit } => next::run(cx, limit),
        Command::Calendar { action } => calendar::run(cx, &action),
        Command::New(args) => new::run(cx, &args),
        Command::Review(args) => sign::run(cx, sign::Step::Review, &args),
        Command::Approve(args) => sign::run(cx, sign::Step::Approve, &args),
        Command::Correct(args) => correct::run(cx, &args),
        Command::Publish { dry_run } => publish::run(cx, dry_run),
        Command::Bulletin { quarter, force } => bulletin::run(cx, &quarter, force),
        Command::Feedback { action } => feedback::run(cx, action),
        Command::Meeting { action } => meeting::run(cx, action),
        Command::Archive { year, write } => archive::run(cx, year, write),
        Command::Evidence {
            action: EvidenceAction::Add { file, on, note },
        } => evidence::add(cx, &file, on, note.as_deref()),
        Command::Report { year, annual: true, force, .. } => report::annual(cx, year, force),
        Command::Report { repos, year, output, .. } => report::run(cx, &repos, year, output.as_deref()),
        Command::Audit { since } => audit::run(cx, since),
        Command::Export { repos } => export::run(cx, &repos),
        Command::Completions { shell } => completions::run(shell),
        Command::Complete { words } => completions::ids(cx, &words),
    }
}
