//! Which editor `--edit` opens (`disclose new --edit`, `disclose feedback new --edit`).

use std::ffi::OsString;
use std::path::Path;
use std::process::Command;

/// The editor to open, as the user wrote it (`code --wait`, `notepad`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Editor {
    /// The command line: the program, then its arguments, separated by white space.
    pub line: String,
}

impl Editor {
    /// The process that opens `file` in this editor: the program with its arguments and
    /// the file last.
    pub fn open(&self, file: &Path) -> Command {
        let mut words = self.line.split_whitespace();
        // `line` is never blank (see `choose`), so the first word is there.
        let mut command = Command::new(words.next().unwrap_or_default());
        command.args(words).arg(file);
        command
    }
}

impl std::fmt::Display for Editor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.line)
    }
}

/// The editor: `$VISUAL`, else `$EDITOR` (the first that is set and not blank), else the
/// system's own — `notepad` on Windows, where a secretary has no `$EDITOR`; on other
/// systems there is no default that every machine has, so `None`.
pub fn editor() -> Option<Editor> {
    choose(std::env::var_os("VISUAL"), std::env::var_os("EDITOR"), cfg!(windows)).map(|line| Editor { line })
}

fn choose(visual: Option<OsString>, editor: Option<OsString>, windows: bool) -> Option<String> {
    [visual, editor]
        .into_iter()
        .flatten()
        .map(|value| value.to_string_lossy().trim().to_string())
        .find(|value| !value.is_empty())
        .or_else(|| windows.then(|| "notepad".to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[allow(clippy::unnecessary_wraps)]
    fn os(text: &str) -> Option<OsString> {
        Some(OsString::from(text))
    }

    #[test]
    fn visual_then_editor_then_notepad_on_windows_only() {
        assert_eq!(choose(os("code --wait"), os("nano"), false).as_deref(), Some("code --wait"));
        assert_eq!(choose(os("  "), os("nano"), true).as_deref(), Some("nano"));
        assert_eq!(choose(None, None, true).as_deref(), Some("notepad"));
        assert_eq!(choose(None, os(""), true).as_deref(), Some("notepad"));
        assert_eq!(choose(None, None, false), None);
    }

    #[test]
    fn the_file_comes_after_the_editors_own_arguments() {
        let editor = Editor {
            line: "code --wait -n".to_string(),
        };
        let command = editor.open(Path::new("items/2026/a.md"));
        assert_eq!(command.get_program(), "code");
        assert_eq!(command.get_args().collect::<Vec<_>>(), ["--wait", "-n", "items/2026/a.md"]);
    }
}
