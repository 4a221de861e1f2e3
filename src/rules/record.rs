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
use crate::render::item_body::PLACEHOLDER_MARKERS;

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
    let content = record.content.as_str();
    if item.published_on.is_some() {
        let bound = record.published_content()?;
        if bound == content {
            return None;
        }
        let key = if record.corrections.is_empty() { "published_digest" } else { "correction" };
        return Some(
            Finding::new(
                Code::ChangedAfterPublication,
                format!(
                    "the content of {} changed after it was published, and no correction (更正) records the change",
                    item.id
                ),
            )
            .at(&item.at(key))
            .entry(&item.entry)
            .help(format!(
                "if the change corrects untrue or incomplete content, record it: `disclose correct {} --reason \"…\"`; otherwise undo the change (`git diff {}`)",
                item.id, item.file
            )),
        );
    }
    let (step, key, command, on) = [
        ("approval (审批)", "approved_digest", "approve", item.approved.as_ref().map(|s| s.on)),
        ("review (审核)", "reviewed_digest", "review", item.reviewed.as_ref().map(|s| s.on)),
    ]
    .into_iter()
    .find(|(_, key, _, _)| {
        let digest = if *key == "approved_digest" { &record.approved } else { &record.reviewed };
        digest.as_deref().is_some_and(|digest| digest != content)
    })?;
    let on = on.map(|on| format!(" on {on}")).unwrap_or_default();
    Some(
        Finding::new(
            Code::ChangedAfterApproval,
            format!(
                "the content of {} changed after its {step}{on}: the signature no longer covers what the item says",
                item.id
            ),
        )
        .at(&item.at(key))
        .entry(&item.entry)
        .help(format!(
            "sign again for the content as it is now (`disclose {command} {} --by NAME`; signing again records the new digest), or undo the change",
            item.id
        )),
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
    let offset = PLACEHOLDER_MARKERS.iter().filter_map(|marker| text.find(marker)).min()?;
    let location = LineIndex::new(text, first_line - 1).location(&item.file, offset);
    let signed = if item.published_on.is_some() { "published" } else { "approved" };
    Some(
        Finding::new(
            Code::PlaceholderText,
            format!("{} is {signed} but still holds the template's placeholder text", item.id),
        )
        .at(&location)
        .entry(&item.entry)
        .help(
            "write the content in place of the placeholder; the item's signatures then no longer cover it, so sign it again (`disclose approve ID --by NAME`)",
        ),
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
        let finding = placeholder_finding(&it, it.body.as_deref().unwrap(), it.body_line).expect("found");
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
        assert!(item.record.approved.is_none());
        let digest = format!("sha256:{}", "0".repeat(64));
        let (_, codes) = parse(&format!("published_digest = \"{digest}\"\n"));
        assert_eq!(codes, [Code::MissingKey]);
    }

    #[test]
    fn a_digest_that_differs_is_stale_and_a_missing_one_is_not() {
        let plain = "+++\nentry = \"1.1\"\ntitle = \"T\"\napproved_by = \"A\"\napproved_on = 2026-04-02\n+++\nBody.\n";
        assert!(stale_signature(&item(plain)).is_none());
        let current = item(plain).record.content.to_string();
        let signed = plain.replace("+++\nBody", &format!("approved_digest = \"{current}\"\n+++\nBody"));
        assert!(stale_signature(&item(&signed)).is_none());
        let changed = signed.replace("Body.", "Body!");
        assert_eq!(stale_signature(&item(&changed)).map(|f| f.code), Some(Code::ChangedAfterApproval));
    }
}
