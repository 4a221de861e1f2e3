//! `disclose codes [CODE]`: what each finding code means.

use anyhow::Result;

use crate::commands::context::{Context, Refusal};
use crate::diag::Code;
use crate::EXIT_OK;

/// The Markdown table of codes, as the README shows it.
pub fn markdown_table() -> String {
    let mut out = String::from("| code | level | meaning |\n|---|---|---|\n");
    for code in Code::ALL {
        out.push_str(&format!("| `{}` | {} | {} |\n", code.name(), code.level().as_str(), code.description()));
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
            let code = Code::from_name(name).ok_or_else(|| Refusal::new(format!("there is no finding code \"{name}\""), "run `disclose codes` to list them"))?;
            println!("{} ({}): {}", code.name(), code.level().as_str(), code.description());
        }
    }
    Ok(EXIT_OK)
}
