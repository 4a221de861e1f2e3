//! The help in the terminal's language: the clap command, built once, walked, and every
//! text set from the catalogue.
//!
//! Ids follow the command path: `cli-about` for the tool, `cli-feedback-rate-about` for
//! `disclose feedback rate`, `cli-feedback-rate-arg-rating` for its `--rating` (the arg's
//! id, `_` written `-`). The global options and the flags clap adds to every command have
//! one id each (`cli-arg-as-of`, `cli-arg-help`, `cli-arg-version`), as does every
//! `help` subcommand (`cli-help-about`). The headings (用法/命令/参数/选项) come from a
//! help template written per command from `cli-heading-*`.
//!
//! clap's own words inside an argument's line, `[default: …]` and `[possible values: …]`,
//! are English and cannot be set; outside English they are hidden and written from the
//! catalogue after the argument's help instead (`cli-help-default`,
//! `cli-help-possible-values`). In English they stay clap's, so the English help reads
//! as it always has.

use clap::builder::{EnumValueParser, PossibleValue, StyledStr, TypedValueParser};
use clap::{Arg, Command, ValueEnum};

use crate::model::config::Locale;

/// The ids clap gives its own flags, and the global options' ids (set once, at the root).
const SHARED_ARGS: [&str; 6] = ["help", "version", "dir", "as_of", "format", "lang"];

/// The command line of `disclose`, built, with every text in the terminal's language.
pub fn localised(mut command: Command) -> Command {
    command.build();
    walk(command, "cli")
}

/// The message `id` in the terminal's language, or `None` when the catalogue lacks it.
pub(crate) fn text(id: &str) -> Option<String> {
    crate::i18n::lookup(id)
}

/// The id of one argument of the command at `path`.
pub(crate) fn arg_id(path: &str, arg: &Arg) -> String {
    let id = arg.get_id().as_str();
    let kebab = id.replace('_', "-");
    if SHARED_ARGS.contains(&id) {
        format!("cli-arg-{kebab}")
    } else {
        format!("{path}-arg-{kebab}")
    }
}

/// The about of one command, and the ids of its arguments' help, for the tests.
#[cfg(test)]
fn ids_of(command: &Command, path: &str) -> Vec<String> {
    let mut ids = vec![format!("{path}-about")];
    for arg in command.get_arguments() {
        ids.extend(help_ids(path, arg, arg.get_id().as_str() == "help" && arg.get_long_help().is_some()));
    }
    ids
}

#[cfg(test)]
fn help_ids(path: &str, arg: &Arg, long_help_flag: bool) -> Vec<String> {
    if long_help_flag {
        vec!["cli-arg-help-short".to_string(), "cli-arg-help-long".to_string()]
    } else {
        vec![arg_id(path, arg)]
    }
}

fn walk(command: Command, path: &str) -> Command {
    let english = crate::i18n::language() == Locale::En;
    let mut command = command;
    if let Some(about) = text(&format!("{path}-about")) {
        command = command.about(about);
    }
    command = command.mut_args(|arg| localise_arg(arg, path, english));
    if let Some(value) = text("cli-usage-command") {
        if command.has_subcommands() {
            command = command.subcommand_value_name(value);
        }
    }
    let template = template(&command);
    command = command.help_template(template);
    command.mut_subcommands(|sub| {
        if sub.get_name() == "help" {
            help_subcommand(sub)
        } else {
            let sub_path = format!("{path}-{}", segment(sub.get_name()));
            walk(sub, &sub_path)
        }
    })
}

/// A command's name as a part of an id: `__complete` is `complete`.
pub(crate) fn segment(name: &str) -> String {
    name.trim_matches('_').replace('_', "-")
}

/// A `help` subcommand: its about and its one argument; the tree below it only names the
/// commands (for completion) and is never shown.
fn help_subcommand(mut command: Command) -> Command {
    if let Some(about) = text("cli-help-about") {
        command = command.about(about);
    }
    command.mut_args(|arg| match text("cli-help-arg-subcommand") {
        Some(help) if arg.get_id().as_str() == "subcommand" => arg.help(help),
        _ => arg,
    })
}

fn localise_arg(arg: Arg, path: &str, english: bool) -> Arg {
    let mut arg = arg;
    if arg.get_id().as_str() == "help" && arg.get_long_help().is_some() {
        if let (Some(short), Some(long)) = (text("cli-arg-help-short"), text("cli-arg-help-long")) {
            arg = arg.help(short).long_help(long);
        }
        return arg;
    }
    let Some(mut help) = text(&arg_id(path, &arg)) else {
        return arg;
    };
    if !english {
        let values: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|value| !value.is_hide_set())
            .map(|value| match value.get_help() {
                Some(meaning) => crate::t!("cli-help-value", value = value.get_name(), meaning = meaning.to_string()),
                None => value.get_name().to_string(),
            })
            .collect();
        if !values.is_empty() {
            help = crate::t!(
                "cli-help-possible-values",
                help = help,
                values = values.join(&crate::t!("cli-help-value-separator"))
            );
            arg = arg.hide_possible_values(true);
        }
        let defaults: Vec<String> = arg.get_default_values().iter().map(|value| value.to_string_lossy().into_owned()).collect();
        if !defaults.is_empty() && !is_flag(&arg) {
            help = crate::t!("cli-help-default", help = help, value = defaults.join(" "));
            arg = arg.hide_default_value(true);
        }
    }
    arg.help(help)
}

/// True for an argument that takes no value (its default is `false`, never shown).
fn is_flag(arg: &Arg) -> bool {
    matches!(
        arg.get_action(),
        clap::ArgAction::SetTrue | clap::ArgAction::SetFalse | clap::ArgAction::Count | clap::ArgAction::Help | clap::ArgAction::Version
    )
}

/// The help template of one command: clap's default layout, with the headings from the
/// catalogue and only the sections this command has.
fn template(command: &Command) -> StyledStr {
    let styles = command.get_styles();
    let (usage, header) = (styles.get_usage(), styles.get_header());
    let heading = |id: &str, fallback: &str| text(id).unwrap_or_else(|| fallback.to_string());
    let mut sections = Vec::new();
    if command.get_subcommands().any(|sub| !sub.is_hide_set()) {
        sections.push(format!("{header}{}{header:#}\n{{subcommands}}", heading("cli-heading-commands", "Commands:")));
    }
    if command.get_positionals().any(|arg| !arg.is_hide_set()) {
        sections.push(format!("{header}{}{header:#}\n{{positionals}}", heading("cli-heading-arguments", "Arguments:")));
    }
    if command.get_arguments().any(|arg| !arg.is_positional() && !arg.is_hide_set()) {
        sections.push(format!("{header}{}{header:#}\n{{options}}", heading("cli-heading-options", "Options:")));
    }
    let heading = text("cli-heading-usage").unwrap_or_else(|| "Usage:".to_string());
    let usage_line = crate::t!("labelled", label = format!("{usage}{heading}{usage:#}"), text = "{usage}");
    let mut template = format!("{{before-help}}{{about-with-newline}}\n{usage_line}");
    if !sections.is_empty() {
        template.push_str("\n\n");
        template.push_str(&sections.join("\n\n"));
    }
    template.push_str("{after-help}");
    StyledStr::from(template)
}

/// The value parser of a [`ValueEnum`] whose values' help is read from the catalogue
/// (`<prefix>-<value>`, like `cli-format-json`), so that the list under `--format` is in
/// the terminal's language too.
#[derive(Debug, Clone, Copy)]
pub struct LocalisedEnum<E> {
    prefix: &'static str,
    values: std::marker::PhantomData<E>,
}

impl<E> LocalisedEnum<E> {
    /// The parser for `E`, its values' help at `<prefix>-<value>`.
    pub const fn new(prefix: &'static str) -> Self {
        LocalisedEnum {
            prefix,
            values: std::marker::PhantomData,
        }
    }

    /// The catalogue id of one value's help.
    pub(crate) fn id_of(&self, value: &str) -> String {
        format!("{}-{value}", self.prefix)
    }
}

impl<E: ValueEnum + Clone + Send + Sync + 'static> TypedValueParser for LocalisedEnum<E> {
    type Value = E;

    fn parse_ref(&self, command: &Command, arg: Option<&Arg>, value: &std::ffi::OsStr) -> Result<E, clap::Error> {
        EnumValueParser::<E>::new().parse_ref(command, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(E::value_variants().iter().filter_map(ValueEnum::to_possible_value).map(
            |value| match text(&self.id_of(value.get_name())) {
                Some(help) => value.help(help),
                None => value,
            },
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Every id the help of `command` and the commands below it reads.
    fn every_id(command: &Command, path: &str, ids: &mut Vec<String>) {
        ids.extend(ids_of(command, path));
        for arg in command.get_arguments() {
            for value in arg.get_possible_values() {
                ids.push(format!("cli-{}-{}", arg.get_id().as_str().replace('_', "-"), value.get_name()));
            }
        }
        for sub in command.get_subcommands() {
            if sub.get_name() == "help" {
                ids.extend(["cli-help-about".to_string(), "cli-help-arg-subcommand".to_string()]);
            } else {
                every_id(sub, &format!("{path}-{}", segment(sub.get_name())), ids);
            }
        }
    }

    #[test]
    fn every_command_and_argument_has_its_help_in_both_languages() {
        let mut command = crate::cli::Cli::command();
        command.build();
        let mut ids = Vec::new();
        every_id(&command, "cli", &mut ids);
        ids.extend(
            [
                "cli-heading-usage",
                "cli-heading-commands",
                "cli-heading-arguments",
                "cli-heading-options",
                "cli-usage-command",
            ]
            .map(String::from),
        );
        assert!(ids.len() > 150, "{}", ids.len());
        for locale in [Locale::ZhCn, Locale::En] {
            let catalogue = crate::i18n::catalogue_text(locale);
            let missing: Vec<&String> = ids.iter().filter(|id| !catalogue.contains(&format!("\n{id} = "))).collect();
            assert!(missing.is_empty(), "{locale:?} lacks {missing:?}");
        }
    }

    #[test]
    fn the_help_is_set_from_the_catalogue() {
        let command = localised(crate::cli::Cli::command());
        let rate = command
            .find_subcommand("feedback")
            .and_then(|f| f.find_subcommand("rate"))
            .expect("feedback rate");
        assert_eq!(
            rate.get_about().map(ToString::to_string).as_deref(),
            Some("Record the person's view of the answer (回访)")
        );
        let rating = rate.get_arguments().find(|arg| arg.get_id() == "rating").expect("--rating");
        assert_eq!(rating.get_help().map(ToString::to_string).as_deref(), Some("satisfied, partly or unsatisfied"));
    }

    /// Prints the English texts clap has now, as catalogue lines (run by hand with
    /// `--ignored --nocapture` when adding a command).
    #[test]
    #[ignore = "prints the catalogue lines of the command tree"]
    fn dump() {
        let mut command = crate::cli::Cli::command();
        command.build();
        dump_command(&command, "cli");
    }

    fn dump_command(command: &Command, path: &str) {
        println!("{path}-about = {}", command.get_about().map(ToString::to_string).unwrap_or_default());
        for arg in command.get_arguments() {
            let id = arg_id(path, arg);
            if path != "cli" && SHARED_ARGS.contains(&arg.get_id().as_str()) {
                continue;
            }
            println!("{id} = {}", arg.get_help().map(ToString::to_string).unwrap_or_default());
            if let Some(long) = arg.get_long_help() {
                println!("{id}-LONG = {long}");
            }
        }
        for sub in command.get_subcommands() {
            if sub.get_name() != "help" {
                dump_command(sub, &format!("{path}-{}", segment(sub.get_name())));
            }
        }
    }
}
