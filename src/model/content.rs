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

use sha2::{Digest as _, Sha256};

use super::item::Item;
use crate::hex::{push_hex, unhex};

/// A content digest: the 32 bytes of a SHA-256, written `sha256:` and 64 lower-case hex
/// digits in item files. Kept as its bytes: an item holds up to five (its content, and
/// the ones its review, approval, publication and attachments bound), and as text each
/// was a string of 71 characters on the heap (at 100,000 items, 8 MB for each kind).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct Digest(pub [u8; 32]);

/// How a written digest begins.
const DIGEST_PREFIX: &str = "sha256:";

impl Digest {
    /// The digest written as `text`, or `None` unless it is `sha256:` and 64 hex digits
    /// (either case).
    pub fn parse(text: &str) -> Option<Digest> {
        unhex(text.strip_prefix(DIGEST_PREFIX)?).map(Digest)
    }

    /// The SHA-256 of `bytes`.
    fn of(bytes: &[u8]) -> Digest {
        Digest(Sha256::digest(bytes).into())
    }
}

impl std::fmt::Display for Digest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut text = String::with_capacity(DIGEST_PREFIX.len() + 64);
        text.push_str(DIGEST_PREFIX);
        push_hex(&mut text, &self.0);
        f.write_str(&text)
    }
}

/// `sha256:` and 64 hex digits over the item's title, body, entry, period, event,
/// matter, stage (and whether it is the last), scope, audience and `supersedes`. The
/// body is taken as written but with line ends normalised and trailing white space of
/// the whole body dropped; front-matter comments, key order and quoting never count.
/// Signatures (`*_by`, `*_on`), `prepared_by` and `published_on` are not content: they
/// are the record of who did what when, audited on their own.
pub fn content_digest(item: &Item, body: &str) -> Digest {
    let mut canonical = Hashing(Sha256::new());
    let field = |canonical: &mut Hashing, name: &str, value: Option<&str>| {
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
    field(&mut canonical, "audience", item.audience());
    field(&mut canonical, "supersedes", item.supersedes());
    canonical.0.update(b"body\n");
    // The body is hashed where it lies, not copied: its digest is taken on every item
    // read. Trimming before the line ends are normalised gives the same text as after.
    let body = body.trim_end();
    if body.contains('\r') {
        canonical.0.update(body.replace("\r\n", "\n").as_bytes());
    } else {
        canonical.0.update(body.as_bytes());
    }
    Digest(canonical.0.finalize().into())
}

/// A SHA-256 that text is written into, as into a string that is then hashed.
struct Hashing(Sha256);

impl std::fmt::Write for Hashing {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        self.0.update(text.as_bytes());
        Ok(())
    }
}

/// The content digest of an item whose text digest is `text` and whose attachment
/// folder holds `files` (name inside the folder, SHA-256 in hex), sorted by name:
/// `text` itself when there are none, otherwise a digest over both.
pub fn with_attachments(text: Digest, files: &[(&str, &str)]) -> Digest {
    if files.is_empty() {
        return text;
    }
    let mut canonical = format!("text\t{text}\n");
    for (name, sha256) in files {
        let _ = writeln!(canonical, "attachment\t{name}\t{sha256}");
    }
    Digest::of(canonical.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::{with_attachments, Digest};

    #[test]
    fn attachments_count_and_none_keep_the_text_digest() {
        let text = Digest([7; 32]);
        assert_eq!(with_attachments(text, &[]), text);
        let one = with_attachments(text, &[("photo.jpg", "01")]);
        assert_ne!(one, text);
        assert_ne!(one, with_attachments(text, &[("photo.jpg", "02")]), "a changed file");
        assert_ne!(one, with_attachments(text, &[("photo.jpg", "01"), ("b.pdf", "03")]), "an added file");
        assert_ne!(one, with_attachments(text, &[("photo2.jpg", "01")]), "a renamed file");
    }

    /// A digest reads back as written, in either case, and nothing else reads as one.
    #[test]
    fn a_digest_is_sha256_and_64_hex_digits() {
        let written = format!("sha256:{}", "0123456789abcdef".repeat(4));
        let digest = Digest::parse(&written).expect("well formed");
        assert_eq!(digest.to_string(), written);
        assert_eq!(digest.0[..2], [0x01, 0x23]);
        assert_eq!(Digest::parse(&written.to_uppercase().replace("SHA256", "sha256")), Some(digest));
        for bad in [
            "md5:1",
            "sha256:",
            "0123",
            &written[..70],
            &format!("{written}0"),
            &written.replace('a', "g"),
            &written.replace("sha256:", "sha1:"),
        ] {
            assert_eq!(Digest::parse(bad), None, "{bad}");
        }
        assert_eq!(
            Digest::of(b"").to_string(),
            "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }
}
