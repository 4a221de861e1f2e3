//! An item's content digest: what the item says, without its signatures, stamps,
//! comments or formatting, so that `audit` can tell a changed disclosure from a
//! re-signed or re-formatted one. Pure: a function of the parsed item, its body and
//! the digests of its attachments.
//!
//! The digest of an item with attachments (files in `items/<year>/ID/`) covers their
//! names and SHA-256 too ([`with_attachments`]), so changing, adding or removing a
//! photo after approval or publication voids the signature like a changed sentence.
//! An item without attachments keeps the digest of its text alone: digests recorded
//! before attachments counted stay valid for it.

use std::fmt::Write as _;

use sha2::{Digest, Sha256};

use super::item::Item;
use crate::hex::hex;

/// `sha256:` and 64 hex digits over the item's title, body, entry, period, event,
/// matter, stage (and whether it is the last), scope, audience and `supersedes`. The
/// body is taken as written but with line ends normalised and trailing white space of
/// the whole body dropped; front-matter comments, key order and quoting never count.
/// Signatures (`*_by`, `*_on`), `prepared_by` and `published_on` are not content: they
/// are the record of who did what when, audited on their own.
pub fn content_digest(item: &Item, body: &str) -> String {
    let mut canonical = String::new();
    let field = |canonical: &mut String, name: &str, value: Option<&str>| {
        let _ = writeln!(canonical, "{name}\t{}", value.unwrap_or("\u{0}"));
    };
    field(&mut canonical, "entry", Some(&item.entry));
    field(&mut canonical, "title", Some(&item.title));
    let period = item.period.map(|p| p.to_string());
    field(&mut canonical, "period", period.as_deref().or(item.period_text.as_deref()));
    let event = item.event.map(|e| e.to_string());
    field(&mut canonical, "event", event.as_deref());
    field(&mut canonical, "matter", item.matter.as_deref());
    field(&mut canonical, "stage", item.stage.as_deref());
    field(&mut canonical, "final", Some(if item.final_stage { "true" } else { "false" }));
    field(&mut canonical, "scope", item.scope.map(super::Scope::as_str));
    field(&mut canonical, "audience", item.audience.as_deref());
    field(&mut canonical, "supersedes", item.supersedes.as_deref());
    canonical.push_str("body\n");
    if body.contains('\r') {
        canonical.push_str(body.replace("\r\n", "\n").trim_end());
    } else {
        canonical.push_str(body.trim_end());
    }
    format!("sha256:{}", hex(&Sha256::digest(canonical.as_bytes())))
}

/// The content digest of an item whose text digest is `text` and whose attachment
/// folder holds `files` (name inside the folder, SHA-256 in hex), sorted by name:
/// `text` itself when there are none, otherwise a digest over both.
pub fn with_attachments(text: &str, files: &[(&str, &str)]) -> String {
    if files.is_empty() {
        return text.to_string();
    }
    let mut canonical = format!("text\t{text}\n");
    for (name, sha256) in files {
        let _ = writeln!(canonical, "attachment\t{name}\t{sha256}");
    }
    format!("sha256:{}", hex(&Sha256::digest(canonical.as_bytes())))
}

#[cfg(test)]
mod tests {
    use super::with_attachments;

    #[test]
    fn attachments_count_and_none_keep_the_text_digest() {
        let text = "sha256:abc";
        assert_eq!(with_attachments(text, &[]), text);
        let one = with_attachments(text, &[("photo.jpg", "01")]);
        assert_ne!(one, text);
        assert_ne!(one, with_attachments(text, &[("photo.jpg", "02")]), "a changed file");
        assert_ne!(one, with_attachments(text, &[("photo.jpg", "01"), ("b.pdf", "03")]), "an added file");
        assert_ne!(one, with_attachments(text, &[("photo2.jpg", "01")]), "a renamed file");
    }
}
