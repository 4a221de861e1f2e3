//! `disclose codes [CODE]`: what each finding code means.

use std::fmt::Write as _;

use anyhow::Result;

use crate::commands::context::{Context, Refusal};
use crate::diag::Code;
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
                println!("{:<24} {:<8} {}", code.name(), code.level().as_str(), code.description());
            }
        }
        Some(name) => {
            let code =
                Code::from_name(name).ok_or_else(|| Refusal::new(format!("there is no finding code \"{name}\""), "run `disclose codes` to list them"))?;
            println!("{} ({}): {}", code.name(), code.level().as_str(), code.description());
        }
    }
    Ok(EXIT_OK)
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
}
