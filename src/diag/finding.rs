//! A finding: one problem, with where it is and how to fix it.

use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use super::code::{Code, Level};

/// A place in a file: 1-based line and column (in characters), and the line's text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    /// The file, relative to the repository root, with `/` separators.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// The text of that line, for the caret display.
    pub source_line: String,
}

impl Location {
    /// The start of a file, for problems with the whole file.
    pub fn file_start(file: &str) -> Location {
        Location {
            file: file.to_string(),
            line: 1,
            column: 1,
            source_line: String::new(),
        }
    }
}

/// One problem found in the repository.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// The stable code.
    #[serde(serialize_with = "serialize_code")]
    pub code: Code,
    /// Error or warning.
    pub level: Level,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// The file, relative to the repository root.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// 1-based line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// 1-based column.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// The catalogue entry concerned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry: Option<String>,
    /// The period concerned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// The due date concerned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// `audit`: the commit concerned (40 hex digits).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit: Option<String>,
    /// The file whose own finding this one follows from (it did not load, so what it
    /// would have provided is missing): fix that file first. Such findings are listed
    /// after every root cause (see [`crate::load::causes`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caused_by: Option<String>,
    /// The text of the line, for the caret display (not in JSON).
    #[serde(skip)]
    pub source_line: Option<String>,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde passes fields by reference
fn serialize_code<S: serde::Serializer>(code: &Code, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(code.name())
}

impl Finding {
    /// A finding of `code` with its default level.
    pub fn new(code: Code, message: impl Into<String>) -> Finding {
        Finding {
            code,
            level: code.level(),
            message: message.into(),
            help: None,
            file: None,
            line: None,
            column: None,
            entry: None,
            period: None,
            due: None,
            commit: None,
            caused_by: None,
            source_line: None,
        }
    }

    /// Points the finding at a place in a file.
    #[must_use]
    pub fn at(mut self, location: &Location) -> Finding {
        self.file = Some(location.file.clone());
        if location.line > 0 {
            self.line = Some(location.line);
            self.column = Some(location.column.max(1));
        }
        if !location.source_line.is_empty() {
            self.source_line = Some(location.source_line.clone());
        }
        self
    }

    /// Points the finding at a whole file.
    #[must_use]
    pub fn in_file(mut self, file: &Path) -> Finding {
        self.file = Some(crate::load::source::display_path(file));
        self
    }

    /// Adds the fix.
    #[must_use]
    pub fn help(mut self, help: impl Into<String>) -> Finding {
        self.help = Some(help.into());
        self
    }

    /// Names the entry concerned.
    #[must_use]
    pub fn entry(mut self, entry: &str) -> Finding {
        self.entry = Some(entry.to_string());
        self
    }

    /// Names the period concerned.
    #[must_use]
    pub fn period(mut self, period: impl Into<String>) -> Finding {
        self.period = Some(period.into());
        self
    }

    /// Names the due date concerned.
    #[must_use]
    pub fn due(mut self, due: NaiveDate) -> Finding {
        self.due = Some(due);
        self
    }

    /// Names the commit concerned.
    #[must_use]
    pub fn commit(mut self, id: &str) -> Finding {
        self.commit = Some(id.to_string());
        self
    }

    /// Changes the level (used by rules whose level depends on settings).
    #[must_use]
    pub fn level(mut self, level: Level) -> Finding {
        self.level = level;
        self
    }
}

/// The findings of one run, collected from every rule.
#[derive(Debug, Default, Clone)]
pub struct Findings {
    list: Vec<Finding>,
}

impl Findings {
    /// An empty collection.
    pub fn new() -> Findings {
        Findings::default()
    }

    /// Adds a finding.
    pub fn push(&mut self, finding: Finding) {
        self.list.push(finding);
    }

    /// Adds every finding of another collection.
    pub fn extend(&mut self, other: Findings) {
        self.list.extend(other.list);
    }

    /// The number of errors.
    pub fn errors(&self) -> usize {
        self.list.iter().filter(|f| f.level == Level::Error).count()
    }

    /// The number of warnings.
    pub fn warnings(&self) -> usize {
        self.list.iter().filter(|f| f.level == Level::Warning).count()
    }

    /// True when there is nothing at all.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Marks as a consequence every finding for which `cause` names the file it
    /// follows from.
    pub fn mark_consequences(&mut self, mut cause: impl FnMut(&Finding) -> Option<String>) {
        for finding in &mut self.list {
            if finding.caused_by.is_none() {
                finding.caused_by = cause(finding);
            }
        }
    }

    /// The findings, sorted by file, line, column and code, so output is stable; the
    /// consequences of another finding after every root cause.
    pub fn sorted(&self) -> Vec<&Finding> {
        let mut sorted: Vec<&Finding> = self.list.iter().collect();
        sorted.sort_by(|a, b| {
            (
                a.caused_by.is_some(),
                a.file.is_none(),
                &a.file,
                a.line,
                a.column,
                a.code,
                &a.entry,
                &a.period,
                &a.message,
            )
                .cmp(&(
                    b.caused_by.is_some(),
                    b.file.is_none(),
                    &b.file,
                    b.line,
                    b.column,
                    b.code,
                    &b.entry,
                    &b.period,
                    &b.message,
                ))
        });
        sorted
    }

    /// Every finding, in the order they were pushed.
    pub fn iter(&self) -> impl Iterator<Item = &Finding> {
        self.list.iter()
    }
}
