//! clap's own errors (an unknown argument, a bad value, a missing one, a mistyped
//! command) in the terminal's language, written from the error's kind and context.
//!
//! The layout is clap's: the message, the did-you-mean tips, the usage line, and where to
//! read more. The kinds that are rare or carry no context are left to clap's English
//! text ([`render`] returns `None`). clap's free-form tips (such as "to pass '-x' as a
//! value, use '-- -x'") are English sentences, kept in English and left out in other
//! languages.

use std::fmt::Write as _;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::diag::Paint;
use crate::model::config::Locale;

/// The error's text in the terminal's language, or `None` for a kind left to clap.
pub fn render(error: &clap::Error, paint: Paint) -> Option<String> {
    let message = message(error, paint)?;
    let mut text = crate::t!("labelled", label = paint.error(&crate::t!("error-label")), text = message);
    let tips = tips(error, paint);
    if !tips.is_empty() {
        text.push('\n');
        for tip in tips {
            text.push_str("\n  ");
            text.push_str(&crate::t!("labelled", label = paint.hint(&crate::t!("cli-error-tip")), text = tip));
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let line = usage.strip_prefix("Usage:").map_or(usage.as_str(), str::trim_start);
        text.push_str("\n\n");
        text.push_str(&crate::t!("cli-error-usage", usage = line));
    }
    text.push_str("\n\n");
    text.push_str(&crate::t!("cli-error-more", flag = "--help"));
    text.push('\n');
    Some(text)
}

fn string(error: &clap::Error, kind: ContextKind) -> Option<String> {
    match error.get(kind) {
        Some(ContextValue::String(value)) => Some(value.clone()),
        _ => None,
    }
}

fn strings(error: &clap::Error, kind: ContextKind) -> Vec<String> {
    match error.get(kind) {
        Some(ContextValue::String(value)) => vec![value.clone()],
        Some(ContextValue::Strings(values)) => values.clone(),
        _ => Vec::new(),
    }
}

fn quoted(text: &str) -> String {
    crate::t!("cli-error-quoted", text = text)
}

fn list(values: &[String]) -> String {
    values.join(&crate::t!("list-separator"))
}

/// The first line (and, for lists, the lines under it).
fn message(error: &clap::Error, paint: Paint) -> Option<String> {
    let arg = string(error, ContextKind::InvalidArg);
    let value = string(error, ContextKind::InvalidValue);
    let lines = |values: Vec<String>| {
        values.iter().fold(String::new(), |mut text, value| {
            let _ = write!(text, "\n  {}", paint.bold(value));
            text
        })
    };
    let text = match error.kind() {
        ErrorKind::UnknownArgument => crate::t!("cli-error-unknown-argument", arg = arg?),
        ErrorKind::InvalidValue => {
            let (arg, value) = (arg?, value?);
            let mut text = if value.is_empty() {
                crate::t!("cli-error-value-missing", arg = arg)
            } else {
                crate::t!("cli-error-invalid-value", arg = arg, value = value)
            };
            let valid = strings(error, ContextKind::ValidValue);
            if !valid.is_empty() {
                text.push_str("\n  ");
                text.push_str(&crate::t!("cli-error-possible-values", values = list(&valid)));
            }
            text
        }
        ErrorKind::ValueValidation => {
            let (arg, value) = (arg?, value?);
            // The reason is the value parser's own message (`parse_date`, `parse_lang`),
            // already in the terminal's language.
            let reason = std::error::Error::source(error).map(ToString::to_string).unwrap_or_default();
            crate::t!("cli-error-value-validation", arg = arg, value = value, reason = reason)
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(error, ContextKind::InvalidArg);
            if missing.is_empty() {
                return None;
            }
            crate::t!("cli-error-missing-required") + &lines(missing)
        }
        ErrorKind::InvalidSubcommand => crate::t!("cli-error-invalid-subcommand", name = string(error, ContextKind::InvalidSubcommand)?),
        ErrorKind::MissingSubcommand => {
            let mut text = crate::t!("cli-error-missing-subcommand", name = string(error, ContextKind::InvalidSubcommand)?);
            let valid = strings(error, ContextKind::ValidSubcommand);
            if !valid.is_empty() {
                text.push_str("\n  ");
                text.push_str(&crate::t!("cli-error-subcommands", values = list(&valid)));
            }
            text
        }
        ErrorKind::ArgumentConflict => {
            let arg = arg?;
            match error.get(ContextKind::PriorArg) {
                Some(ContextValue::String(prior)) if *prior == arg => crate::t!("cli-error-repeated", arg = arg),
                Some(ContextValue::String(prior)) => crate::t!("cli-error-conflict", arg = arg, other = prior.as_str()),
                Some(ContextValue::Strings(prior)) => crate::t!("cli-error-conflict-list", arg = arg) + &lines(prior.clone()),
                _ => crate::t!("cli-error-conflict-other", arg = arg),
            }
        }
        ErrorKind::TooManyValues => crate::t!("cli-error-too-many-values", arg = arg?, value = value?),
        _ => return None,
    };
    Some(text)
}

/// The did-you-mean tips, and clap's own tips in English.
fn tips(error: &clap::Error, paint: Paint) -> Vec<String> {
    let mut tips = Vec::new();
    let similar = [
        (ContextKind::SuggestedSubcommand, "subcommand"),
        (ContextKind::SuggestedArg, "argument"),
        (ContextKind::SuggestedValue, "value"),
    ];
    for (kind, what) in similar {
        let names = strings(error, kind);
        if names.is_empty() {
            continue;
        }
        let shown: Vec<String> = names.iter().map(|name| paint.bold(&quoted(name))).collect();
        let names = list(&shown);
        let count = shown.len();
        tips.push(match what {
            "subcommand" => crate::t!("cli-error-similar-subcommand", count = count, names = names),
            "argument" => crate::t!("cli-error-similar-argument", count = count, names = names),
            _ => crate::t!("cli-error-similar-value", count = count, names = names),
        });
    }
    if crate::i18n::language() == Locale::En {
        if let Some(ContextValue::StyledStrs(suggestions)) = error.get(ContextKind::Suggested) {
            tips.extend(suggestions.iter().map(ToString::to_string));
        }
    }
    tips
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    fn error_of(args: &[&str]) -> clap::Error {
        crate::cli::Cli::command().try_get_matches_from(args).expect_err("a parse error")
    }

    #[test]
    fn an_unknown_argument_names_it_and_shows_the_usage() {
        let text = render(&error_of(&["disclose", "check", "--strcit"]), Paint(false)).expect("rendered");
        assert!(text.starts_with("error: unexpected argument '--strcit' found"), "{text}");
        assert!(text.contains("a similar argument exists: '--strict'"), "{text}");
        assert!(text.contains("Usage: disclose check"), "{text}");
        assert!(text.ends_with("For more information, try '--help'.\n"), "{text}");
    }

    #[test]
    fn a_mistyped_command_gets_its_suggestion() {
        let text = render(&error_of(&["disclose", "reviw"]), Paint(false)).expect("rendered");
        assert!(text.contains("unrecognized subcommand 'reviw'"), "{text}");
        assert!(text.contains("a similar subcommand exists: 'review'"), "{text}");
    }

    #[test]
    fn missing_arguments_and_bad_values_are_rendered() {
        let missing = render(&error_of(&["disclose", "review", "x"]), Paint(false)).expect("rendered");
        assert!(
            missing.contains("the following required arguments were not provided:\n  --by <BY>"),
            "{missing}"
        );
        let bad = render(&error_of(&["disclose", "--format", "xml", "check"]), Paint(false)).expect("rendered");
        assert!(bad.contains("invalid value 'xml' for '--format <FORMAT>'"), "{bad}");
        assert!(bad.contains("[possible values: text, json, github, csv, html, ics]"), "{bad}");
        let date = render(&error_of(&["disclose", "--as-of", "2026/10/12", "check"]), Paint(false)).expect("rendered");
        assert!(date.contains("write it as YYYY-MM-DD"), "{date}");
    }
}
