//! The record of an item against its content: a signature recorded by the tool binds
//! the item's content digest ([`crate::model::content::content_digest`]), so content
//! changed after a review or approval (`changed-after-approval`) or after publication
//! without a recorded correction (`changed-after-publication`) is an error; and an
//! approved or published item must not hold the template's placeholder text
//! (`placeholder-text`).
//!
//! A signature or `published_on` written by hand carries no digest (history moved into
//! the tool): it binds nothing and is accepted; the archive register and the report show
//! it as recorded by hand.

use crate::diag::positions::LineIndex;
use crate::diag::{Code, Finding, Findings};
use crate::load::item::ItemFile;
use crate::model::{Item, Repo};
use crate::render::item_body::first_placeholder;

/// Pushes a finding for every item whose content no longer matches its record.
pub fn check(repo: &Repo, findings: &mut Findings) {
    for item in &repo.items {
        if let Some(finding) = stale_signature(item) {
            findings.push(finding);
        }
    }
}

/// The finding for an item whose content changed after a signature bound it, if it did.
pub fn stale_signature(item: &Item) -> Option<Finding> {
    let record = &item.record;
    let content = record.content();
    if item.published_on.is_some() {
        let bound = record.published_content()?;
        if bound == content {
            return None;
        }
        let key = if record.corrections().is_empty() { "published_digest" } else { "correction" };
        return Some(
            Finding::new(
                Code::ChangedAfterPublication,
                crate::t!("changed-after-publication", item = item.id.to_string()),
            )
            .at(&item.at(key))
            .entry(&item.entry)
            .help(crate::t!(
                "changed-after-publication-help",
                item = item.id.to_string(),
                file = item.file.as_str()
            )),
        );
    }
    let (step, key, command, on) = [
        ("approval", "approved_digest", "approve", item.approved.as_ref().map(|s| s.on)),
        ("review", "reviewed_digest", "review", item.reviewed.as_ref().map(|s| s.on)),
    ]
    .into_iter()
    .find(|(_, key, _, _)| {
        let digest = if *key == "approved_digest" { record.approved() } else { record.reviewed() };
        digest.is_some_and(|digest| digest != content)
    })?;
    let message = match on {
        Some(on) => crate::t!("changed-after-approval-on", item = item.id.to_string(), step = step, on = on.to_string()),
        None => crate::t!("changed-after-approval", item = item.id.to_string(), step = step),
    };
    Some(
        Finding::new(Code::ChangedAfterApproval, message)
            .at(&item.at(key))
            .entry(&item.entry)
            .help(crate::t!("changed-after-approval-help", command = command, item = item.id.to_string())),
    )
}

/// True when the item's text must be free of template placeholders: it is approved or
/// published.
pub fn needs_final_text(item: &Item) -> bool {
    item.approved.is_some() || item.published_on.is_some()
}

/// The first line of `text` (which begins on line `first_line` of the item's file)
/// still holding a template placeholder, as a finding. The loader calls it with the
/// front matter and the body of an approved or published item while the file is read.
pub fn placeholder_finding(item: &Item, text: &str, first_line: usize) -> Option<Finding> {
    let offset = first_placeholder(text)?;
    let location = LineIndex::new(text, first_line - 1).location(&item.file, offset);
    let message = if item.published_on.is_some() {
        crate::t!("placeholder-text-published", item = item.id.to_string())
    } else {
        crate::t!("placeholder-text-approved", item = item.id.to_string())
    };
    Some(
        Finding::new(Code::PlaceholderText, message)
            .at(&location)
            .entry(&item.entry)
            .help(crate::t!("placeholder-text-help")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Findings;
    use crate::load::item::parse_item;
    use crate::load::source::SourceText;

    fn item(text: &str) -> Item {
        let source = SourceText {
            file: "items/x.md".into(),
            text: text.into(),
        };
        parse_item("x", &source, &mut Findings::new()).expect("parses")
    }

    #[test]
    fn placeholders_are_found_with_their_line() {
        let it = item("+++\nentry = \"1.1\"\ntitle = \"T\"\napproved_by = \"A\"\napproved_on = 2026-04-02\n+++\nBody.\n【请填写：人数】\n");
        let finding = placeholder_finding(&it, it.kept_body().unwrap(), it.body_line).expect("found");
        assert_eq!(finding.code, Code::PlaceholderText);
        assert_eq!(finding.line, Some(8));
        assert!(placeholder_finding(&it, "Body.\n", it.body_line).is_none());
    }

    #[test]
    fn a_malformed_or_orphaned_digest_is_a_load_finding() {
        let parse = |extra: &str| {
            let source = SourceText {
                file: "items/x.md".into(),
                text: format!("+++\nentry = \"1.1\"\ntitle = \"T\"\n{extra}+++\nBody.\n"),
            };
            let mut findings = Findings::new();
            let item = parse_item("x", &source, &mut findings).expect("parses");
            (item, findings.iter().map(|f| f.code).collect::<Vec<_>>())
        };
        let (item, codes) = parse("approved_by = \"A\"\napproved_on = 2026-04-02\napproved_digest = \"md5:1\"\n");
        assert_eq!(codes, [Code::InvalidValue]);
        assert!(item.record.approved().is_none());
        let digest = format!("sha256:{}", "0".repeat(64));
        let (_, codes) = parse(&format!("published_digest = \"{digest}\"\n"));
        assert_eq!(codes, [Code::MissingKey]);
    }

    #[test]
    fn a_digest_that_differs_is_stale_and_a_missing_one_is_not() {
        let plain = "+++\nentry = \"1.1\"\ntitle = \"T\"\napproved_by = \"A\"\napproved_on = 2026-04-02\n+++\nBody.\n";
        assert!(stale_signature(&item(plain)).is_none());
        let current = item(plain).record.content().to_string();
        let signed = plain.replace("+++\nBody", &format!("approved_digest = \"{current}\"\n+++\nBody"));
        assert!(stale_signature(&item(&signed)).is_none());
        let changed = signed.replace("Body.", "Body!");
        assert_eq!(stale_signature(&item(&changed)).map(|f| f.code), Some(Code::ChangedAfterApproval));
    }
}
