//! `disclose` runs an organisation's mandatory disclosure work (党务公开) from a git
//! repository of plain text: it loads the catalogue, items and feedback cases, checks them,
//! computes every obligation and deadline, and writes the public board, the members'
//! bulletin, the archive register and the performance report.

pub mod audit;
pub mod cli;
pub mod commands;
pub mod diag;
pub mod editor;
pub mod export;
pub mod hex;
pub mod i18n;
pub mod load;
pub mod model;
pub mod obligations;
pub mod render;
pub mod report;
pub mod rules;
pub mod schema;
pub mod stat_at;
pub mod store;
pub mod suggest;
pub mod table;
pub mod words;

use std::ffi::OsString;

use clap::{CommandFactory, FromArgMatches};

pub use commands::context::Context;

/// Exit code: everything fine (warnings allowed).
pub const EXIT_OK: i32 = 0;
/// Exit code: problems found.
pub const EXIT_FINDINGS: i32 = 1;
/// Exit code: could not run.
pub const EXIT_FAILURE: i32 = 2;

/// Exit code when standard output was closed early (as a process killed by SIGPIPE).
pub const EXIT_BROKEN_PIPE: i32 = 141;

/// The text of a panic's payload.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> &str {
    payload
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| payload.downcast_ref::<&str>().copied())
        .unwrap_or("")
}

/// True for the panic `println!` raises when standard output was closed early.
fn is_broken_pipe(message: &str) -> bool {
    message.contains("Broken pipe")
}

/// Replaces Rust's panic message: output cut short by a closed pipe (`disclose … | head`)
/// says nothing, and a real bug prints one line asking for a report instead of a stack
/// trace. The panic then unwinds, so that guards such as the repository lock are
/// released, and [`run`] turns it into an exit code.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = panic_message(info.payload());
        if is_broken_pipe(message) {
            return;
        }
        let text = match info.location() {
            Some(place) => crate::t!("internal-error-at", file = place.file(), line = place.line(), message = message),
            None => crate::t!("internal-error", message = message),
        };
        eprintln!("{}", crate::t!("labelled", label = crate::t!("error-label"), text = text));
        eprintln!(
            "  {}",
            crate::t!("labelled", label = crate::t!("finding-help"), text = crate::t!("internal-error-help"))
        );
    }));
}

/// The command line read by clap. A correct command line is read with the command as
/// declared: its texts play no part in reading it. Only when clap has something to show
/// (help, the version, a mistake) is it read again by the command with every text in
/// the terminal's language, so that a run that goes on to its work does not pay for
/// setting some 200 texts it never shows.
fn parse_command_line(args: Vec<OsString>) -> Result<cli::Cli, clap::Error> {
    let read = |command: clap::Command, args: Vec<OsString>| command.try_get_matches_from(args).and_then(|matches| cli::Cli::from_arg_matches(&matches));
    read(cli::Cli::command(), args.clone()).or_else(|_| read(cli::help::localised(cli::Cli::command()), args))
}

/// Runs the tool with these arguments (the first is the program name) and returns the
/// exit code. Errors are printed here, once, with their causes.
pub fn run<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    i18n::set_language(i18n::choose(cli::lang_in_args(&args), |name| std::env::var(name).ok()));
    let cli = match parse_command_line(args) {
        Ok(cli) => cli,
        Err(error) => {
            let code = if error.use_stderr() { EXIT_FAILURE } else { EXIT_OK };
            match cli::errors::render(&error, commands::context::stderr_paint()) {
                Some(text) => eprint!("{text}"),
                None => {
                    let _ = error.print();
                }
            }
            return code;
        }
    };
    let context = Context::from_cli(&cli);
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| commands::dispatch(cli.command, &context)));
    match outcome {
        Ok(Ok(code)) => code,
        Ok(Err(error)) => {
            commands::context::print_error(&error, context.paint_stderr);
            EXIT_FAILURE
        }
        Err(payload) if is_broken_pipe(panic_message(payload.as_ref())) => EXIT_BROKEN_PIPE,
        Err(_) => EXIT_FAILURE,
    }
}
