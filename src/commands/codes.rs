//! `disclose codes [CODE]`: what each finding code means.

use std::fmt::Write as _;

use anyhow::Result;

use crate::commands::context::{Context, Refusal};
use crate::diag::{Code, Level};
use crate::EXIT_OK;

/// The Markdown table of codes, as the README shows it.
pub fn markdown_table() -> String {
    let mut out = String::from("| code | level | meaning |\n|---|---|---|\n");
    for code in Code::ALL {
        let _ = writeln!(out, "| `{}` | {} | {} |", code.name(), code.level().as_str(), code.description());
    }
    out
}

/// Prints one code or all of them.
pub fn run(_cx: &Context, name: Option<&str>) -> Result<i32> {
    match name {
        None => {
            for code in Code::ALL {
                println!("{:<30} {} {}", code.name(), crate::table::pad_right(&level_word(*code), 6), code.explanation());
            }
        }
        Some(name) => {
            let code = Code::from_name(name).ok_or_else(|| unknown_code(name))?;
            println!(
                "{}",
                crate::t!("codes-one", code = code.name(), level = level_word(code), meaning = code.explanation())
            );
        }
    }
    Ok(EXIT_OK)
}

/// "error" or "warning" in the terminal's language.
fn level_word(code: Code) -> String {
    match code.level() {
        Level::Error => crate::t!("level-error"),
        Level::Warning => crate::t!("level-warning"),
    }
}

/// The refusal for a name that is no code, with the nearest code when one is close.
fn unknown_code(name: &str) -> Refusal {
    let names: Vec<&str> = Code::ALL.iter().map(|code| code.name()).collect();
    let help = match crate::suggest::closest_word(name, &names) {
        Some(guess) => crate::t!("codes-unknown-did-you-mean", guess = guess),
        None => crate::t!("codes-unknown-help"),
    };
    Refusal::new(crate::t!("codes-unknown", name = name), help)
}

#[cfg(test)]
mod tests {
    use super::markdown_table;

    /// The README's findings table is the generated one. To update it, replace the text
    /// between the markers with the output printed by this test.
    #[test]
    fn readme_lists_every_code() {
        let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md");
        let start = readme.find("<!-- codes:start -->\n").expect("start marker") + "<!-- codes:start -->\n".len();
        let end = readme.find("<!-- codes:end -->").expect("end marker");
        let table = markdown_table();
        assert_eq!(&readme[start..end], table, "README findings table is out of date; it should be:\n{table}");
    }

    /// `disclose codes` explains every code in every language: each has its `code-<name>`.
    #[test]
    fn every_code_has_its_explanation_in_the_catalogue() {
        for code in crate::diag::Code::ALL {
            assert!(
                crate::i18n::lookup(&format!("code-{}", code.name())).is_some(),
                "no code-{} in the catalogue",
                code.name()
            );
        }
    }
}
