//! items/**/*.md → [`Item`].

use std::borrow::Cow;
use std::path::Path;
use std::sync::Arc;

use compact_str::CompactString;

use crate::diag::positions::KeyPositions;
use crate::diag::{Code, Findings, Location};
use crate::load::context::FileContext;
use crate::load::frontmatter::{parse_front_matter, split, Split};
use crate::load::raw::{RawItem, RawPeriod};
use crate::load::source::SourceText;
use crate::model::content::content_digest;
use crate::model::content::Digest;
use crate::model::item::{Correction, KeptTexts, Rare, RecordParts, Signature, SignedRecord};
use crate::model::{Item, Scope};

/// An item's file read back when a finding or a page needs it (a loaded repository
/// keeps neither bodies nor front matter; see [`Item::body`]).
pub trait ItemFile {
    /// The location of a front-matter key's value (or of the front matter).
    fn at(&self, key: &str) -> Location;

    /// The Markdown body: the kept one, or read back from the file.
    fn body_text(&self) -> std::io::Result<Cow<'_, str>>;
}

impl ItemFile for Item {
    /// Findings are rare, so positions are computed when asked for, from the kept
    /// front matter or from the file.
    fn at(&self, key: &str) -> Location {
        let scan = |front: &str| KeyPositions::scan(&self.file, front, 1).get(key);
        if let Some(kept) = &self.kept {
            return scan(&kept.front);
        }
        read_back(self)
            .ok()
            .and_then(|text| split(&text).map(|parts| scan(parts.front)))
            .unwrap_or_else(|| Location::file_start(&self.file))
    }

    /// The Markdown body: the kept one, or read back from the file.
    fn body_text(&self) -> std::io::Result<Cow<'_, str>> {
        if let Some(body) = self.kept_body() {
            return Ok(Cow::Borrowed(body));
        }
        let mut text = read_back(self)?;
        match split(&text).map(|parts| parts.body.len()) {
            // The body is the end of the text: cut the front matter off in place.
            Some(body_len) => {
                text.drain(..text.len() - body_len);
                Ok(Cow::Owned(text))
            }
            None => Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                crate::t!("missing-front-matter-read-back", file = self.file.as_str()),
            )),
        }
    }
}

/// The file's text read back from disk the way the loader read it (the same
/// decoding: without a byte-order mark, with LF line ends).
fn read_back(item: &Item) -> std::io::Result<String> {
    crate::load::source::read_source(&item.source_root, Path::new(&item.file))
        .map(|source| source.text)
        .map_err(|finding| std::io::Error::new(std::io::ErrorKind::InvalidData, finding.message))
}

/// Parses one item file whose id is `id`, keeping its body and front matter text (for
/// a single file checked before it is written; see [`Item::body`]).
pub fn parse_item(id: &str, source: &SourceText, findings: &mut Findings) -> Option<Item> {
    let (mut item, parts) = parse_item_lean(id, source, findings)?;
    item.kept = Some(Box::new(KeptTexts {
        front: parts.front.into(),
        body: parts.body.to_string(),
    }));
    Some(item)
}

/// Parses one item file without copying its texts: the item and the split file, whose
/// body the caller can search while the file is in memory. Reads back go to
/// `item.file` relative to the working folder until the caller sets `source_root`.
pub fn parse_item_lean<'a>(id: &str, source: &'a SourceText, findings: &mut Findings) -> Option<(Item, Split<'a>)> {
    let (raw, parts, keys) = parse_front_matter::<RawItem>(source, findings)?;
    let raw_event_written = raw.event.is_some();
    let mut cx = FileContext { keys: &keys, findings };
    cx.non_empty("title", &raw.title);
    let (period, period_text) = match raw.period {
        None => (None, None),
        Some(RawPeriod::Text(text)) => (text.parse().ok(), Some(text)),
        Some(RawPeriod::Year(year)) => {
            let text = CompactString::from(year.to_string());
            (text.parse().ok(), Some(text))
        }
    };
    let scope = raw
        .scope
        .as_deref()
        .and_then(|word| cx.choice("scope", word, Scope::from_word, &["public", "members", "restricted"]));
    let reviewed = signature(&mut cx, "reviewed", raw.reviewed_by, raw.reviewed_on.as_ref());
    let approved = signature(&mut cx, "approved", raw.approved_by, raw.approved_on.as_ref());
    let published_on = cx.date("published_on", raw.published_on.as_ref());
    let mut record = RecordParts {
        with_attachments: None,
        text: Digest::default(),
        reviewed: digest_key(&mut cx, "reviewed_digest", raw.reviewed_digest, reviewed.is_some(), "reviewed_by"),
        approved: digest_key(&mut cx, "approved_digest", raw.approved_digest, approved.is_some(), "approved_by"),
        published: digest_key(&mut cx, "published_digest", raw.published_digest, published_on.is_some(), "published_on"),
        corrections: raw
            .correction
            .into_iter()
            .filter_map(|c| {
                let on = cx.date("correction", Some(&c.on))?;
                let digest = digest_key(&mut cx, "correction", Some(c.digest), true, "")?;
                Some(Correction {
                    on,
                    by: c.by,
                    reason: c.reason,
                    digest,
                })
            })
            .collect(),
    };
    let mut item = Item {
        id: id.into(),
        file: source.file.clone(),
        entry: raw.entry,
        title: raw.title,
        period,
        period_text,
        event: cx.date("event", raw.event.as_ref()),
        matter: raw.matter,
        stage: raw.stage,
        final_stage: raw.final_stage.unwrap_or(false),
        scope,
        prepared_by: raw.prepared_by,
        reviewed,
        approved,
        published_on,
        record: SignedRecord::default(),
        body_hash: body_hash(parts.body),
        kept: None,
        body_line: parts.body_line,
        source_root: Arc::from(Path::new("")),
        has_event_key: raw_event_written,
        references: crate::load::attachments::references(parts.body, parts.body_line).into_boxed_slice(),
        attachments: Box::default(),
        rare: Rare {
            audience: raw.audience,
            supersedes: raw.supersedes,
            decision_on: cx.date("decision_on", raw.decision_on.as_ref()),
        }
        .boxed(),
    };
    // Until the attachments are listed (`load::attachments::attach`), the text alone
    // is the content.
    record.text = content_digest(&item, parts.body);
    item.record = record.into();
    Some((item, parts))
}

/// The hash kept in [`Item::body_hash`].
pub fn body_hash(body: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(body.as_bytes())
}

/// A digest recorded with a signature (`sha256:` and 64 hex digits), kept only beside
/// the signature it belongs to (`with`, the key named `signed_key`).
fn digest_key(cx: &mut FileContext<'_>, key: &str, value: Option<CompactString>, with: bool, signed_key: &str) -> Option<Digest> {
    let value = value?;
    let Some(digest) = Digest::parse(&value) else {
        cx.report(
            key,
            Code::InvalidValue,
            crate::t!("invalid-value-digest", key = key, value = value.as_str()),
            crate::t!("invalid-value-digest-help"),
        );
        return None;
    };
    if !with {
        cx.report(
            key,
            Code::MissingKey,
            crate::t!("missing-key-digest-without-signature", key = key, signed = signed_key),
            crate::t!("missing-key-digest-without-signature-help", key = key, signed = signed_key),
        );
        return None;
    }
    Some(digest)
}

/// A `*_by` / `*_on` pair: both or neither.
fn signature(cx: &mut FileContext<'_>, step: &str, by: Option<CompactString>, on: Option<&toml::value::Datetime>) -> Option<Signature> {
    let by_key = format!("{step}_by");
    let on_key = format!("{step}_on");
    let on = cx.date(&on_key, on);
    match (by, on) {
        (Some(by), Some(on)) => Some(Signature { by, on }),
        (Some(_), None) => {
            cx.report(
                &by_key,
                Code::MissingKey,
                crate::t!("missing-key-by-without-on", by = by_key.as_str(), on = on_key.as_str()),
                crate::t!("missing-key-by-without-on-help", on = on_key.as_str()),
            );
            None
        }
        (None, Some(_)) => {
            cx.report(
                &on_key,
                Code::MissingKey,
                crate::t!("missing-key-on-without-by", by = by_key.as_str(), on = on_key.as_str()),
                crate::t!("missing-key-on-without-by-help", by = by_key.as_str()),
            );
            None
        }
        (None, None) => None,
    }
}

/// The content digest of items as the loader parses them.
#[cfg(test)]
mod content_digest_tests {
    use super::parse_item;
    use crate::diag::Findings;
    use crate::load::source::SourceText;
    use crate::model::content::content_digest;

    fn digest(text: &str) -> crate::model::content::Digest {
        let source = SourceText {
            file: "items/x.md".into(),
            text: text.into(),
        };
        let item = parse_item("x", &source, &mut Findings::new()).expect("parses");
        content_digest(&item, item.kept_body().unwrap_or(""))
    }

    const BASE: &str = "+++\nentry = \"1.1\"\ntitle = \"T\"\nperiod = \"2026-Q1\"\n+++\nBody.\n";

    #[test]
    fn signatures_comments_and_formatting_do_not_count() {
        let signed = "+++\n# a comment\ntitle = 'T'\nentry = \"1.1\"\nperiod = \"2026-Q1\"\napproved_by = \"A\"\napproved_on = 2026-04-02\npublished_on = 2026-04-03\n+++\nBody.\n\n";
        assert_eq!(digest(BASE), digest(signed));
    }

    /// The digest is the SHA-256 of the canonical text the module documents, the body
    /// trimmed at its end and its line ends normalised (digests recorded in files depend
    /// on it staying so).
    #[test]
    fn the_digest_is_of_the_canonical_text() {
        use sha2::{Digest as _, Sha256};
        let text = "+++\nentry = \"1.1\"\ntitle = \"T\"\nperiod = \"2026-Q1\"\n+++\r\n第一段。\r\n\r\n第二段\r。 \r\n \r\n\n";
        let canonical = "entry\t1.1\ntitle\tT\nperiod\t2026-Q1\nevent\t\u{0}\nmatter\t\u{0}\nstage\t\u{0}\nfinal\tfalse\nscope\t\u{0}\naudience\t\u{0}\nsupersedes\t\u{0}\nbody\n第一段。\n\n第二段\r。";
        let expected: [u8; 32] = Sha256::digest(canonical.as_bytes()).into();
        assert_eq!(digest(text).0, expected);
        assert_eq!(digest(&text.replace("\r\n", "\n")).0, expected, "line ends do not count");
    }

    #[test]
    fn body_title_and_period_count() {
        assert_ne!(digest(BASE), digest(&BASE.replace("Body.", "Body!")));
        assert_ne!(digest(BASE), digest(&BASE.replace("\"T\"", "\"U\"")));
        assert_ne!(digest(BASE), digest(&BASE.replace("Q1", "Q2")));
    }
}
