//! The manifest `.disclose-manifest`: one line per file the tool wrote, with the SHA-256
//! of its contents and, for a page built from known inputs, their fingerprint.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

use crate::hex::{hex, push_hex, unhex32};

pub(super) const MANIFEST_HEADER: &str = "# disclose-manifest 2\n# The files below were written by `disclose publish`, which replaces and removes only these files.\n# Do not edit: a file not listed here is never touched.\n";

/// One manifest line: the SHA-256 of the file's contents and, for a page built from known
/// inputs, their fingerprint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Record {
    pub(super) hash: [u8; 32],
    pub(super) fingerprint: Option<Box<str>>,
}

pub(super) fn sha256(contents: &[u8]) -> [u8; 32] {
    Sha256::digest(contents).into()
}

/// The `sha256:` hash written in the manifest.
pub fn content_hash(contents: &[u8]) -> String {
    format!("sha256:{}", hex(&sha256(contents)))
}

/// Reads manifest lines `sha256:HASH  PATH` and `sha256:HASH fp:FINGERPRINT  PATH`
/// (version 1 manifests have no fingerprints).
pub(super) fn parse_manifest(text: &str) -> Option<BTreeMap<Box<str>, Record>> {
    let mut map = BTreeMap::new();
    for line in text.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (left, path) = line.split_once("  ")?;
        let (hash, fingerprint) = match left.split_once(' ') {
            Some((hash, rest)) => (hash, Some(rest.strip_prefix("fp:").filter(|fp| !fp.is_empty() && !fp.contains(' '))?)),
            None => (left, None),
        };
        let hash = unhex32(hash.strip_prefix("sha256:")?)?;
        if path.is_empty() {
            return None;
        }
        map.insert(
            path.into(),
            Record {
                hash,
                fingerprint: fingerprint.map(Into::into),
            },
        );
    }
    Some(map)
}

pub(super) fn render_manifest(entries: &BTreeMap<Box<str>, Record>) -> String {
    let mut text = String::with_capacity(MANIFEST_HEADER.len() + entries.len() * 120);
    text.push_str(MANIFEST_HEADER);
    for (path, record) in entries {
        text.push_str("sha256:");
        push_hex(&mut text, &record.hash);
        if let Some(fingerprint) = &record.fingerprint {
            text.push_str(" fp:");
            text.push_str(fingerprint);
        }
        text.push_str("  ");
        text.push_str(path);
        text.push('\n');
    }
    text
}
