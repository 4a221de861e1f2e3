//! Guarantee 2: no personal data on the board. Public items' titles and bodies and public
//! feedback answers are searched for mobile and resident ID numbers.

use chrono::NaiveDate;

use crate::diag::{Code, Finding, Findings, Location};
use crate::load::item::ItemFile;
use crate::load::source::LineIndex;
use crate::model::{Item, Repo, Scope};
use crate::rules::personal::find_personal_data;

/// Pushes a `personal-data` error for every hit in text that would reach the board.
/// Item bodies are searched here only when the item holds its body (a single file
/// checked before it is written); a loaded repository's bodies were searched by the
/// loader as each file was read (see [`body_findings`]).
pub fn check(repo: &Repo, _as_of: NaiveDate, findings: &mut Findings) {
    for item in &repo.items {
        if repo.scope_of(item) != Scope::Public {
            continue;
        }
        for key in ["title", "matter", "stage"] {
            let text = match key {
                "title" => Some(item.title.as_str()),
                "matter" => item.matter.as_deref(),
                _ => item.stage.as_deref(),
            };
            if let Some(text) = text {
                for hit in find_personal_data(text) {
                    findings.push(personal(hit.kind.describe(), &item.at(key)));
                }
            }
        }
        if let Some(body) = &item.body {
            for finding in body_findings(item, body) {
                findings.push(finding);
            }
        }
    }
    for case in &repo.cases {
        if !case.is_public() {
            continue;
        }
        for (key, text) in [
            ("summary", case.summary.as_str()),
            ("response.text", case.response.as_ref().map_or("", |r| r.text.as_str())),
        ] {
            for hit in find_personal_data(text) {
                findings.push(personal(hit.kind.describe(), &case.at(key)));
            }
        }
    }
}

/// The `personal-data` findings of a public item's body, each at its line and column.
pub fn body_findings(item: &Item, body: &str) -> Vec<Finding> {
    let hits = find_personal_data(body);
    if hits.is_empty() {
        return Vec::new();
    }
    let index = LineIndex::new(body, item.body_line - 1);
    hits.into_iter()
        .map(|hit| personal(hit.kind.describe(), &index.location(&item.file, hit.offset)))
        .collect()
}

fn personal(what: &str, location: &Location) -> Finding {
    Finding::new(Code::PersonalData, format!("public text holds {what}; the board must never show personal data"))
        .at(location)
        .help("remove the number or replace it with the hotline or an office landline; if the text is not for the public, narrow the item's `scope`")
}
