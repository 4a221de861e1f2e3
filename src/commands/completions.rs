//! `disclose completions bash|zsh|fish|powershell`: the shell's completion script, and
//! `disclose __complete -- WORDS…` (hidden), which the scripts call for ids.
//!
//! The script is `clap_complete`'s static one (commands, options, fixed values, with the
//! help in the terminal's language), plus a few lines per shell that ask
//! `disclose __complete -- <the words typed so far>` for the ids at the place being
//! completed: entry ids after `new`, `catalogue show` and `explain`, item ids after
//! `review`, `approve`, `correct` and `explain`, case ids after the `feedback`
//! subcommands that take one. `clap_complete`'s dynamic completion would do this without
//! shell code, but it is still behind an unstable feature; the static scripts work
//! without `disclose` on the PATH except for the ids.
//!
//! `__complete` reads the words as clap would (global options and their values, `-C DIR`,
//! subcommands, positionals), prints one id a line when the next word is one of those
//! ids, and prints nothing otherwise, or when there is no repository: a completion never
//! shows an error.

use std::path::PathBuf;

use anyhow::Result;
use clap::{Command, CommandFactory};

use crate::cli::{Cli, CompletionShell};
use crate::commands::context::Context;
use crate::EXIT_OK;

/// What the word at a place is: which ids to offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ids {
    Entries,
    Items,
    EntriesAndItems,
    Cases,
}

/// Where ids are completed: the command path, what, and whether the ids repeat
/// (`review ID…`) or only the first positional is one.
const PLACES: &[(&str, Ids, bool)] = &[
    ("new", Ids::Entries, false),
    ("catalogue show", Ids::Entries, false),
    ("explain", Ids::EntriesAndItems, false),
    ("review", Ids::Items, true),
    ("approve", Ids::Items, true),
    ("correct", Ids::Items, false),
    ("feedback log", Ids::Cases, false),
    ("feedback respond", Ids::Cases, false),
    ("feedback extend", Ids::Cases, false),
    ("feedback reject", Ids::Cases, false),
    ("feedback rate", Ids::Cases, false),
    ("feedback reopen", Ids::Cases, false),
    ("feedback close", Ids::Cases, false),
    ("feedback show", Ids::Cases, false),
];

/// `disclose completions SHELL`: prints the script.
pub fn run(shell: CompletionShell) -> Result<i32> {
    print!("{}", script(shell));
    Ok(EXIT_OK)
}

/// The completion script for `shell`.
pub fn script(shell: CompletionShell) -> String {
    let mut command = crate::cli::help::localised(Cli::command());
    let mut buffer = Vec::new();
    let generator = match shell {
        CompletionShell::Bash => clap_complete::Shell::Bash,
        CompletionShell::Zsh => clap_complete::Shell::Zsh,
        CompletionShell::Fish => clap_complete::Shell::Fish,
        CompletionShell::Powershell => clap_complete::Shell::PowerShell,
    };
    clap_complete::generate(generator, &mut command, "disclose", &mut buffer);
    let generated = String::from_utf8_lossy(&buffer).into_owned();
    match shell {
        CompletionShell::Bash => generated + BASH_IDS,
        CompletionShell::Zsh => zsh(&generated),
        CompletionShell::Fish => generated + FISH_IDS,
        CompletionShell::Powershell => powershell(&generated),
    }
}

/// bash: the generated `_disclose` runs first; at an id's place its answer is replaced
/// by the ids.
const BASH_IDS: &str = r#"
_disclose_with_ids() {
    _disclose "$@"
    local cur="${COMP_WORDS[COMP_CWORD]}"
    [[ $cur == -* ]] && return
    local ids
    ids="$(disclose __complete -- "${COMP_WORDS[@]:1:COMP_CWORD-1}" 2>/dev/null)"
    if [[ -n $ids ]]; then
        COMPREPLY=($(compgen -W "$ids" -- "$cur"))
    fi
}
complete -F _disclose_with_ids -o nosort -o bashdefault -o default disclose
"#;

/// fish: one more completion, offered only where `__complete` has ids.
const FISH_IDS: &str = r"
function __disclose_ids
    disclose __complete -- (commandline -opc)[2..-1] 2>/dev/null
end
complete -c disclose -n 'test (count (__disclose_ids)) -gt 0' -f -a '(__disclose_ids)'
";

/// zsh: the generated `_disclose` is renamed `_disclose_static`, and a `_disclose` that
/// offers the ids at their places (else calls it) takes its name, so the script works
/// both sourced and installed as `_disclose` in `$fpath`.
fn zsh(generated: &str) -> String {
    const IDS: &str = r#"_disclose() {
    local -a ids
    if [[ $PREFIX != -* ]]; then
        ids=(${(f)"$(disclose __complete -- ${words[2,CURRENT-1]} 2>/dev/null)"})
    fi
    if (( ${#ids} )); then
        compadd -a ids
    else
        _disclose_static "$@"
    fi
}

"#;
    let renamed = generated.replacen("\n_disclose() {", "\n_disclose_static() {", 1);
    let end = renamed.rfind("\nif [ \"$funcstack[1]\" = \"_disclose\" ]").unwrap_or(renamed.len());
    format!("{}\n{IDS}{}", &renamed[..end], &renamed[end..])
}

/// PowerShell: the ids are looked for first in the generated script block.
fn powershell(generated: &str) -> String {
    const IDS: &str = r#"
    $typed = @($commandAst.CommandElements | Select-Object -Skip 1 | ForEach-Object { $_.ToString() })
    if ($wordToComplete -ne '' -and $typed.Count -gt 0) { $typed = @($typed | Select-Object -SkipLast 1) }
    if (-not $wordToComplete.StartsWith('-')) {
        $ids = @(disclose __complete -- @typed 2>$null)
        if ($ids.Count -gt 0) {
            return $ids | Where-Object { $_ -like "$wordToComplete*" } | ForEach-Object {
                [System.Management.Automation.CompletionResult]::new($_, $_, [System.Management.Automation.CompletionResultType]::ParameterValue, $_)
            }
        }
    }
"#;
    let head = "param($wordToComplete, $commandAst, $cursorPosition)\n";
    match generated.find(head) {
        Some(at) => {
            let split = at + head.len();
            format!("{}{IDS}{}", &generated[..split], &generated[split..])
        }
        None => generated.to_string(),
    }
}

/// `disclose __complete -- WORDS…`: the ids for the word after `words`, one a line.
pub fn ids(cx: &Context, words: &[String]) -> Result<i32> {
    let Some((place, dir)) = place_of(&Cli::command(), words) else {
        return Ok(EXIT_OK);
    };
    let mut cx = cx.clone();
    if dir.is_some() {
        cx.dir = dir;
    }
    let Ok((repo, _)) = cx.load() else {
        return Ok(EXIT_OK);
    };
    let mut out = String::new();
    if matches!(place, Ids::Entries | Ids::EntriesAndItems) {
        for entry in repo.catalogue.entries() {
            out.push_str(&entry.id);
            out.push('\n');
        }
    }
    if matches!(place, Ids::Items | Ids::EntriesAndItems) {
        for item in &repo.items {
            out.push_str(&item.id);
            out.push('\n');
        }
    }
    if place == Ids::Cases {
        for case in &repo.cases {
            out.push_str(&case.id);
            out.push('\n');
        }
    }
    print!("{out}");
    Ok(EXIT_OK)
}

/// Reads `words` as clap would and says which ids the next word is, with `-C DIR` if
/// given; `None` where the next word is no id (an option's value, a second positional).
fn place_of(root: &Command, words: &[String]) -> Option<(Ids, Option<PathBuf>)> {
    let mut command = root;
    let mut path: Vec<&str> = Vec::new();
    let mut positionals = 0;
    let mut dir = None;
    let mut words = words.iter();
    let mut awaiting_value = false;
    while let Some(word) = words.next() {
        awaiting_value = false;
        if word == "--" {
            positionals += words.len();
            break;
        }
        if let Some(option) = word.strip_prefix('-').filter(|rest| !rest.is_empty()) {
            if option.contains('=') {
                continue;
            }
            let arg = option.strip_prefix('-').map_or_else(
                || {
                    let short = option.chars().next();
                    root.get_arguments().chain(command.get_arguments()).find(|arg| arg.get_short() == short)
                },
                |long| root.get_arguments().chain(command.get_arguments()).find(|arg| arg.get_long() == Some(long)),
            );
            if let Some(arg) = arg.filter(|arg| arg.get_action().takes_values()) {
                // A short option may carry its value: `-C/srv/repo`.
                if option.len() > 1 && !option.starts_with('-') {
                    if arg.get_id() == "dir" {
                        dir = Some(option.chars().skip(1).collect::<String>().into());
                    }
                    continue;
                }
                match words.next() {
                    Some(value) if arg.get_id() == "dir" => dir = Some(PathBuf::from(value)),
                    Some(_) => {}
                    None => awaiting_value = true,
                }
            }
            continue;
        }
        if positionals == 0 {
            if let Some(sub) = command.find_subcommand(word) {
                command = sub;
                path.push(sub.get_name());
                continue;
            }
        }
        positionals += 1;
    }
    if awaiting_value {
        return None;
    }
    let path = path.join(" ");
    let (_, ids, repeats) = PLACES.iter().find(|(place, _, _)| *place == path)?;
    (positionals == 0 || *repeats).then_some((*ids, dir))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(words: &[&str]) -> Option<Ids> {
        let words: Vec<String> = words.iter().map(ToString::to_string).collect();
        place_of(&Cli::command(), &words).map(|(ids, _)| ids)
    }

    #[test]
    fn ids_are_offered_where_the_command_takes_them() {
        assert_eq!(place(&["new"]), Some(Ids::Entries));
        assert_eq!(place(&["-C", "/srv/repo", "review", "2026-Q3-1.1"]), Some(Ids::Items));
        assert_eq!(place(&["--as-of", "2026-11-28", "catalogue", "show"]), Some(Ids::Entries));
        assert_eq!(place(&["feedback", "rate"]), Some(Ids::Cases));
        assert_eq!(place(&["explain"]), Some(Ids::EntriesAndItems));
    }

    #[test]
    fn no_ids_for_option_values_or_later_positionals() {
        assert_eq!(place(&["review", "--by"]), None);
        assert_eq!(place(&["new", "3.1"]), None);
        assert_eq!(place(&["explain", "3.1"]), None);
        assert_eq!(place(&["check"]), None);
        assert_eq!(place(&["-C"]), None);
    }

    #[test]
    fn the_dir_option_is_kept() {
        let words: Vec<String> = ["-C", "/srv/repo", "new"].iter().map(ToString::to_string).collect();
        assert_eq!(place_of(&Cli::command(), &words).and_then(|(_, dir)| dir), Some(PathBuf::from("/srv/repo")));
    }
}
