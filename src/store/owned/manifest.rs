//! The manifest `.disclose-manifest`: one line per file the tool wrote, with a hash of
//! its contents and, for a page built from known inputs, their fingerprint.
//!
//! # Why the contents hash is XXH3-128, not SHA-256
//!
//! The hash says whether a file the tool wrote still holds what it wrote: a page rebuilt
//! with the same hash, in a file not modified since the manifest, is not written again.
//! It is not a seal: whoever can change a page of the site folder can change the manifest
//! beside it, so a cryptographic hash would prove nothing more. XXH3-128 does this work
//! ten times faster (a board of 10,000 items is 235 MB; SHA-256 took 150 ms of CPU a
//! full publish, 9 % of it, XXH3-128 takes 13 ms), and at 128 bits two different pages
//! never meet by chance. What the record claims, the content digests of the items and
//! the SHA-256 of each attachment in the archive register, stays SHA-256.
//!
//! A manifest written before (version 2 and earlier, `sha256:` lines) is still read. Its
//! hashes cannot be compared with the new ones, so a page it lists is compared byte for
//! byte, once: an unchanged page keeps its file and its modification time, and its line
//! is written anew in the new form.

use std::collections::BTreeMap;

use crate::hex::{push_hex, unhex};

pub(super) const MANIFEST_HEADER: &str = "# disclose-manifest 3\n# The files below were written by `disclose publish`, which replaces and removes only these files.\n# Do not edit: a file not listed here is never touched.\n";

/// The hash of a file's contents as a manifest line records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ContentHash {
    /// `xxh3:`, the hash this build writes ([`content_hash`]).
    Xxh3([u8; 16]),
    /// `sha256:`, from a manifest of an earlier build: kept as read, never compared.
    Sha256([u8; 32]),
}

impl ContentHash {
    /// The hash this build records for `contents`.
    pub(super) fn of(contents: &[u8]) -> ContentHash {
        ContentHash::Xxh3(xxh3(contents))
    }

    /// True for a hash of the form this build writes, which can be compared with the
    /// hashes it computes.
    pub(super) fn is_current(self) -> bool {
        matches!(self, ContentHash::Xxh3(_))
    }

    /// True when the file the line was written for is known to hold `contents`, whose
    /// hash is `new`, without reading it: `None` when the line's hash cannot say (an
    /// earlier build's), and the file must be compared byte for byte.
    pub(super) fn matches(self, new: ContentHash) -> Option<bool> {
        self.is_current().then_some(self == new)
    }

    fn push(self, text: &mut String) {
        match self {
            ContentHash::Xxh3(bytes) => {
                text.push_str("xxh3:");
                push_hex(text, &bytes);
            }
            ContentHash::Sha256(bytes) => {
                text.push_str("sha256:");
                push_hex(text, &bytes);
            }
        }
    }

    fn parse(text: &str) -> Option<ContentHash> {
        if let Some(hex) = text.strip_prefix("xxh3:") {
            return unhex(hex).map(ContentHash::Xxh3);
        }
        unhex(text.strip_prefix("sha256:")?).map(ContentHash::Sha256)
    }
}

/// One manifest line: the hash of the file's contents and, for a page built from known
/// inputs, their fingerprint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Record {
    pub(super) hash: ContentHash,
    pub(super) fingerprint: Option<Box<str>>,
}

/// XXH3-128 of `contents`, big-endian (as its reference implementation prints it).
pub(super) fn xxh3(contents: &[u8]) -> [u8; 16] {
    xxhash_rust::xxh3::xxh3_128(contents).to_be_bytes()
}

/// The hash written in the manifest for `contents`, as its line shows it.
pub fn content_hash(contents: &[u8]) -> String {
    let mut text = String::new();
    ContentHash::of(contents).push(&mut text);
    text
}

/// Reads manifest lines `xxh3:HASH  PATH` and `xxh3:HASH fp:FINGERPRINT  PATH`
/// (versions 1 and 2 write `sha256:HASH`; version 1 has no fingerprints).
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
        let hash = ContentHash::parse(hash)?;
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
        record.hash.push(&mut text);
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
