//! One module per subcommand, each the same shape: load, call into the library, print.

pub mod archive;
pub mod bulletin;
pub mod calendar;
pub mod catalogue;
pub mod check;
pub mod codes;
pub mod context;
pub mod explain;
pub mod feedback;
pub mod init;
pub mod new;
pub mod next;
pub mod publish;
pub mod report;
pub mod sign;
pub mod status;

use anyhow::Result;

use crate::cli::{CatalogueAction, Command};
use context::Context;

/// Runs one subcommand and returns its exit code.
pub fn dispatch(command: Command, cx: &Context) -> Result<i32> {
    match command {
        Command::Init { folder } => init::run(cx, folder.as_deref()),
        Command::Check { strict } => check::run(cx, strict),
        Command::Catalogue { action } => match action.unwrap_or(CatalogueAction::List) {
            CatalogueAction::List => catalogue::list(cx),
            CatalogueAction::Show { id } => catalogue::show(cx, &id),
            CatalogueAction::Approve { by, on } => catalogue::approve(cx, &by, on.unwrap_or(cx.as_of)),
        },
        Command::Codes { code } => codes::run(cx, code.as_deref()),
        // Each arm below hands the parsed arguments to its command module.
        Command::Status => status::run(cx),
        Command::Explain { .. } => explain::run(cx),
        Command::Next { .. } => next::run(cx),
        Command::Calendar { .. } => calendar::run(cx),
        Command::New(_) => new::run(cx),
        Command::Review(_) | Command::Approve(_) => sign::run(cx),
        Command::Publish { .. } => publish::run(cx),
        Command::Bulletin { .. } => bulletin::run(cx),
        Command::Feedback { .. } => feedback::run(cx),
        Command::Archive { .. } => archive::run(cx),
        Command::Report { .. } => report::run(cx),
    }
}
