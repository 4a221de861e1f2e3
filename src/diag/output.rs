//! Renders findings as text (`file:line:col`, the source line, a caret, the fix), as one
//! JSON document, or as GitHub workflow annotations.

use std::fmt::Write as _;

use super::code::Level;
use super::finding::{Finding, Findings};

/// The output formats of report commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    /// For people at a terminal.
    Text,
    /// One JSON document.
    Json,
    /// GitHub Actions workflow commands.
    Github,
}

/// Whether to colour terminal text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paint(pub bool);

impl Paint {
    /// Wraps `text` in an ANSI colour when painting is on.
    pub fn colour(self, code: &str, text: &str) -> String {
        if self.0 {
            format!("\u{1b}[{code}m{text}\u{1b}[0m")
        } else {
            text.to_string()
        }
    }

    /// Red bold, for errors.
    pub fn error(self, text: &str) -> String {
        self.colour("1;31", text)
    }

    /// Yellow bold, for warnings.
    pub fn warning(self, text: &str) -> String {
        self.colour("1;33", text)
    }

    /// Bold.
    pub fn bold(self, text: &str) -> String {
        self.colour("1", text)
    }

    /// Cyan, for hints and commands.
    pub fn hint(self, text: &str) -> String {
        self.colour("36", text)
    }

    /// Green, for success.
    pub fn ok(self, text: &str) -> String {
        self.colour("32", text)
    }
}

/// Renders every finding in the chosen format, with a closing summary line in text.
pub fn render_findings(findings: &Findings, format: OutputFormat, paint: Paint) -> String {
    match format {
        OutputFormat::Text => render_text(findings, paint),
        OutputFormat::Json => render_json(findings),
        OutputFormat::Github => render_github(findings),
    }
}

fn render_text(findings: &Findings, paint: Paint) -> String {
    let mut out = String::new();
    for finding in findings.sorted() {
        out.push_str(&text_finding(finding, paint));
        out.push('\n');
    }
    let errors = findings.errors();
    let warnings = findings.warnings();
    let summary = crate::t!("summary-counts", errors = errors, warnings = warnings);
    if errors > 0 {
        let _ = writeln!(out, "{}", paint.error(&summary));
    } else if warnings > 0 {
        let _ = writeln!(out, "{}", paint.warning(&summary));
    } else {
        let _ = writeln!(out, "{}", paint.ok(&crate::t!("summary-no-problems")));
    }
    out
}

/// One finding as text, in the manner of rustc:
///
/// ```text
/// error[unknown-entry]: item names entry "9.9", which the catalogue does not have
///   --> items/2026/x.md:2:9
///    |
///  2 | entry = "9.9"
///    |         ^
///    = help: use one of the catalogue's entry ids (see `disclose catalogue list`)
/// ```
pub fn text_finding(finding: &Finding, paint: Paint) -> String {
    let mut out = String::new();
    let level = match finding.level {
        Level::Error => crate::t!("level-error"),
        Level::Warning => crate::t!("level-warning"),
    };
    let head = format!("{level}[{}]", finding.code.name());
    let head = match finding.level {
        Level::Error => paint.error(&head),
        Level::Warning => paint.warning(&head),
    };
    let _ = writeln!(out, "{head}: {}", paint.bold(&finding.message));
    if let Some(file) = &finding.file {
        match (finding.line, finding.column) {
            (Some(line), Some(column)) => {
                let _ = writeln!(out, "  --> {file}:{line}:{column}");
                if let Some(source) = &finding.source_line {
                    let number = line.to_string();
                    let pad = " ".repeat(number.len());
                    let caret_pad = caret_padding(source, column);
                    let _ = writeln!(out, " {pad} |");
                    let _ = writeln!(out, " {number} | {source}");
                    let _ = writeln!(out, " {pad} | {caret_pad}{}", paint.error("^"));
                }
            }
            _ => {
                let _ = writeln!(out, "  --> {file}");
            }
        }
    }
    let mut context = Vec::new();
    if let Some(entry) = &finding.entry {
        context.push(crate::t!("finding-entry", entry = entry.as_str()));
    }
    if let Some(period) = &finding.period {
        context.push(crate::t!("finding-period", period = period.as_str()));
    }
    if let Some(due) = finding.due {
        context.push(crate::t!("finding-due", due = due.to_string()));
    }
    if !context.is_empty() {
        let _ = writeln!(out, "   = {}", context.join(&crate::t!("list-separator")));
    }
    if let Some(help) = &finding.help {
        let _ = writeln!(
            out,
            "   = {}",
            crate::t!("labelled", label = paint.hint(&crate::t!("finding-help")), text = help.as_str())
        );
    }
    if let Some(cause) = &finding.caused_by {
        let _ = writeln!(out, "   = {}", crate::t!("finding-caused-by", file = cause.as_str()));
    }
    out
}

/// Pads the caret under wide (CJK) characters with two columns each, so it lines up.
fn caret_padding(source: &str, column: usize) -> String {
    source
        .chars()
        .take(column.saturating_sub(1))
        .map(|c| match c {
            '\t' => "\t",
            c => match crate::table::char_width(c) {
                0 => "",
                1 => " ",
                _ => "  ",
            },
        })
        .collect()
}

fn render_json(findings: &Findings) -> String {
    let list: Vec<&Finding> = findings.sorted();
    let document = serde_json::json!({
        "findings": list,
        "errors": findings.errors(),
        "warnings": findings.warnings(),
    });
    let mut text = serde_json::to_string_pretty(&document).unwrap_or_else(|_| "{}".to_string());
    text.push('\n');
    text
}

fn render_github(findings: &Findings) -> String {
    let mut out = String::new();
    for finding in findings.sorted() {
        let mut props = Vec::new();
        if let Some(file) = &finding.file {
            props.push(format!("file={}", escape_property(file)));
        }
        if let Some(line) = finding.line {
            props.push(format!("line={line}"));
        }
        if let Some(column) = finding.column {
            props.push(format!("col={column}"));
        }
        props.push(format!("title={}", escape_property(finding.code.name())));
        let mut message = finding.message.clone();
        if let Some(help) = &finding.help {
            message.push_str(" — ");
            message.push_str(help);
        }
        if let Some(cause) = &finding.caused_by {
            message.push_str(" — ");
            message.push_str(&crate::t!("finding-caused-by", file = cause.as_str()));
        }
        let _ = writeln!(out, "::{} {}::{}", finding.level.as_str(), props.join(","), escape_data(&message));
    }
    out
}

/// Escapes a workflow-command message (GitHub's `escapeData`).
fn escape_data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a workflow-command property (GitHub's `escapeProperty`).
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Code, Location};

    #[test]
    fn caret_lines_up_under_wide_characters() {
        let location = Location {
            file: "a.md".into(),
            line: 3,
            column: 9,
            source_line: "title = \"党费\"".into(),
        };
        let finding = Finding::new(Code::InvalidValue, "bad").at(&location);
        let text = text_finding(&finding, Paint(false));
        assert!(text.contains(" 3 | title = \"党费\"\n   |         ^\n"), "{text}");
    }

    #[test]
    fn github_escapes_newlines_and_commas() {
        let mut findings = Findings::new();
        findings.push(Finding::new(Code::InvalidValue, "a\nb").at(&Location::file_start("x,y.md")));
        assert_eq!(render_github(&findings), "::error file=x%2Cy.md,line=1,col=1,title=invalid-value::a%0Ab\n");
    }
}
