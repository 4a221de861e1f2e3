//! The record of each item and feedback case through the history: when each signature,
//! stamp and log date first appeared, whether it was later removed or rewritten, and
//! whether a published item's content changed.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use chrono::NaiveDate;
use sha2::Digest as _;

use super::history::Commit;
use super::Sink;
use crate::diag::{Code, Finding, Findings, Location};
use crate::load::feedback::parse_case;
use crate::load::item::parse_item;
use crate::load::item::ItemFile;
use crate::load::source::decode;
use crate::model::content::{content_digest, Digest};

/// Whether a file is an item or a feedback case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `items/**/*.md`.
    Item,
    /// `feedback/**/*.md`.
    Case,
}

impl Kind {
    /// The kind of record a path holds, if any, by its name alone (a `.md` file inside an
    /// item's attachment folder is an attachment: [`Records`] tells the two apart).
    pub fn of(path: &str) -> Option<Kind> {
        if std::path::Path::new(path).extension().is_none_or(|e| e != "md") {
            return None;
        }
        if path.starts_with("items/") {
            Some(Kind::Item)
        } else if path.starts_with("feedback/") {
            Some(Kind::Case)
        } else {
            None
        }
    }

    fn word(self) -> String {
        match self {
            Kind::Item => crate::t!("audit-kind-item"),
            Kind::Case => crate::t!("audit-kind-case"),
        }
    }
}

/// A dated record in a file: a signature's day, a stamp, a case's answer or log step.
#[derive(Debug, Clone)]
struct Stamp {
    /// The key as written, like `published_on` or `action.2.on`.
    key: String,
    date: NaiveDate,
    location: Location,
}

/// What one version of a file records.
#[derive(Debug, Clone)]
struct Version {
    file: String,
    stamps: Vec<Stamp>,
    /// Items: the digest of the text alone.
    text: Option<Digest>,
    /// Items: the content digest, over the text and the attachments of the same commit
    /// (added in [`Records::apply`]).
    digest: Option<Digest>,
    /// Items: the digests that the recorded corrections (更正) vouch for.
    corrections: Vec<Digest>,
    /// Items: the publication stamp.
    published_on: Option<NaiveDate>,
}

/// One record's history so far.
#[derive(Debug, Default)]
struct Track {
    last: Option<Version>,
    present: bool,
}

/// Every record's history, keyed by kind and id (so a file moved to another folder in
/// one commit is the same record).
#[derive(Debug, Default)]
pub struct Records {
    tracks: HashMap<(Kind, String), Track>,
    /// The other files below items/ (attachments) as of the last commit read: path and
    /// SHA-256 in hex, so that an item's digest covers its attachments as the loader's does.
    files: BTreeMap<String, String>,
    /// Every `.md` file below items/ as of the last commit read, attachments among them:
    /// a file inside the folder `F` of an item file `F.md` is an attachment, as the
    /// loader decides ([`crate::load::attachments::without_attachment_files`]).
    markdown: HashSet<String>,
}

/// The id of a record file: its name without `.md`.
fn id_of(path: &str) -> String {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.strip_suffix(".md").unwrap_or(name).to_string()
}

/// Parses one version of a record file; `None` when it does not parse (such a version
/// is `check`'s concern and records nothing here).
fn parse_version(kind: Kind, path: &str, bytes: &[u8]) -> Option<Version> {
    let source = decode(path, bytes).ok()?;
    let id = id_of(path);
    let mut scratch = Findings::new();
    match kind {
        Kind::Item => {
            let item = parse_item(&id, &source, &mut scratch)?;
            let mut stamps = Vec::new();
            for (key, date) in [
                ("reviewed_on", item.reviewed.as_ref().map(|s| s.on)),
                ("approved_on", item.approved.as_ref().map(|s| s.on)),
                ("published_on", item.published_on),
            ] {
                if let Some(date) = date {
                    stamps.push(Stamp {
                        key: key.to_string(),
                        date,
                        location: item.at(key),
                    });
                }
            }
            Some(Version {
                file: path.to_string(),
                stamps,
                text: Some(content_digest(&item, item.kept_body().unwrap_or(""))),
                digest: None,
                corrections: item.record.corrections().iter().map(|c| c.digest).collect(),
                published_on: item.published_on,
            })
        }
        Kind::Case => {
            let case = parse_case(&id, &source, &mut scratch)?;
            let mut stamps: Vec<Stamp> = case
                .actions
                .iter()
                .enumerate()
                .map(|(index, action)| {
                    let key = format!("action.{index}.on");
                    Stamp {
                        location: case.at(&key),
                        key,
                        date: action.on,
                    }
                })
                .collect();
            for response in &case.responses {
                let key = format!("{}.on", response.key);
                stamps.push(Stamp {
                    location: case.at(&key),
                    key,
                    date: response.on,
                });
                if let Some(rated_on) = response.rated_on {
                    let key = format!("{}.rated_on", response.key);
                    stamps.push(Stamp {
                        location: case.at(&key),
                        key,
                        date: rated_on,
                    });
                }
            }
            Some(Version {
                file: path.to_string(),
                stamps,
                text: None,
                digest: None,
                corrections: Vec::new(),
                published_on: None,
            })
        }
    }
}

impl Records {
    /// Takes in one commit's changes to record files: `(path, bytes)`, with `None` for a
    /// removed file.
    pub fn apply(&mut self, commit: &Commit, changes: Vec<(String, Option<Vec<u8>>)>, grace_days: u32, sink: &mut Sink) {
        let mut added: HashMap<(Kind, String), (String, Vec<u8>)> = HashMap::new();
        let mut removed: Vec<((Kind, String), String)> = Vec::new();
        let mut attachments_changed = Vec::new();
        for (path, bytes) in &changes {
            if Kind::of(path) == Some(Kind::Item) {
                if bytes.is_some() {
                    self.markdown.insert(path.clone());
                } else {
                    self.markdown.remove(path);
                }
            }
        }
        for (path, bytes) in changes {
            let Some(kind) = Kind::of(&path).filter(|_| !self.in_attachment_folder(&path)) else {
                if path.starts_with("items/") {
                    match &bytes {
                        Some(bytes) => self.files.insert(path.clone(), crate::hex::hex(&sha2::Sha256::digest(bytes))),
                        None => self.files.remove(&path),
                    };
                    attachments_changed.push(path);
                }
                continue;
            };
            let key = (kind, id_of(&path));
            match bytes {
                Some(bytes) => {
                    added.insert(key, (path, bytes));
                }
                None => removed.push((key, path)),
            }
        }
        for (key, path) in removed {
            if added.contains_key(&key) {
                continue; // moved or renamed within the commit
            }
            let track = self.tracks.entry(key.clone()).or_default();
            track.present = false;
            let recorded = track.last.as_ref().is_some_and(|v| key.0 == Kind::Case || !v.stamps.is_empty());
            if recorded {
                let finding = Finding::new(
                    Code::RecordRemoved,
                    crate::t!("audit-file-removed", kind = key.0.word(), id = key.1.as_str(), at = commit.named()),
                )
                .at(&Location::file_start(&path))
                .help(crate::t!("audit-file-removed-help"));
                sink.push(commit, finding);
            }
        }
        for (key, (path, bytes)) in &added {
            let Some(mut version) = parse_version(key.0, path, bytes) else { continue };
            version.digest = version.text.map(|text| self.with_attachments(path, text));
            let track = self.tracks.entry(key.clone()).or_default();
            compare(track.last.as_ref(), &version, commit, grace_days, sink);
            track.last = Some(version);
            track.present = true;
        }
        self.reread_owners(&attachments_changed, &added, commit, grace_days, sink);
    }

    /// Compares again the items whose attachments changed in a commit that left their
    /// own files as they were (those in `added` were compared with the new files
    /// already): a photo replaced after publication changes the content as an edited
    /// sentence does, and is reported at the commit that made it.
    fn reread_owners(&mut self, changed: &[String], added: &HashMap<(Kind, String), (String, Vec<u8>)>, commit: &Commit, grace_days: u32, sink: &mut Sink) {
        let mut owners = BTreeSet::new();
        for path in changed {
            // `items/2026/X/a/photo.jpg` belongs to `items/2026/X.md`, or to `items/2026/X/a.md`.
            let mut folder = path.as_str();
            while let Some((parent, _)) = folder.rsplit_once('/') {
                folder = parent;
                if !folder.starts_with("items/") {
                    break;
                }
                let file = format!("{folder}.md");
                let key = (Kind::Item, id_of(&file));
                let owns = self
                    .tracks
                    .get(&key)
                    .is_some_and(|track| track.present && track.last.as_ref().is_some_and(|last| last.file == file));
                if owns && !added.contains_key(&key) {
                    owners.insert(key.1);
                }
            }
        }
        for id in owners {
            let key = (Kind::Item, id);
            let Some(last) = self.tracks.get(&key).and_then(|track| track.last.clone()) else {
                continue;
            };
            let mut version = last.clone();
            version.digest = version.text.map(|text| self.with_attachments(&version.file, text));
            if version.digest == last.digest {
                continue;
            }
            compare(Some(&last), &version, commit, grace_days, sink);
            if let Some(track) = self.tracks.get_mut(&key) {
                track.last = Some(version);
            }
        }
    }
}

impl Records {
    /// Whether `path` lies inside an item's attachment folder: some folder `F` on its way
    /// below items/ has an item file `F.md` beside it in the commit being read. (A file
    /// is placed when it changes: one that became an attachment or stopped being one
    /// because another file was added or removed keeps its place until it changes.)
    fn in_attachment_folder(&self, path: &str) -> bool {
        let mut folder = path;
        while let Some((parent, _)) = folder.rsplit_once('/') {
            folder = parent;
            if !folder.starts_with("items/") {
                return false;
            }
            if self.markdown.contains(&format!("{folder}.md")) {
                return true;
            }
        }
        false
    }

    /// The content digest of the item in `file` whose text digest is `text`, over the
    /// attachments its folder holds now ([`crate::model::content::with_attachments`]).
    fn with_attachments(&self, file: &str, text: Digest) -> Digest {
        let folder = format!("{}/", file.strip_suffix(".md").unwrap_or(file));
        let files: Vec<(&str, &str)> = self
            .files
            .range(folder.clone()..)
            .take_while(|(path, _)| path.starts_with(&folder))
            .map(|(path, sha)| (&path[folder.len()..], sha.as_str()))
            .collect();
        crate::model::content::with_attachments(text, &files)
    }
}

/// Findings from one new version of a record against the one before.
fn compare(last: Option<&Version>, version: &Version, commit: &Commit, grace_days: u32, sink: &mut Sink) {
    let at = commit.named();
    for stamp in &version.stamps {
        let before = last.and_then(|l| l.stamps.iter().find(|s| s.key == stamp.key));
        if before.is_some_and(|b| b.date == stamp.date) {
            continue;
        }
        if let Some(before) = before {
            let finding = Finding::new(
                Code::RecordRemoved,
                crate::t!(
                    "audit-stamp-changed",
                    key = stamp.key.as_str(),
                    before = before.date.to_string(),
                    after = stamp.date.to_string(),
                    at = at.as_str()
                ),
            )
            .at(&stamp.location)
            .help(crate::t!("audit-stamp-changed-help"));
            sink.push(commit, finding);
        }
        let late = (commit.date - stamp.date).num_days();
        if late > i64::from(grace_days) {
            let finding = Finding::new(
                Code::BackdatedStamp,
                crate::t!(
                    "audit-backdated-stamp",
                    key = stamp.key.as_str(),
                    date = stamp.date.to_string(),
                    at = at.as_str(),
                    late = late,
                    grace = grace_days
                ),
            )
            .at(&stamp.location)
            .help(crate::t!("audit-backdated-stamp-help"));
            sink.push(commit, finding);
        }
    }
    let Some(last) = last else { return };
    for stamp in &last.stamps {
        if !version.stamps.iter().any(|s| s.key == stamp.key) {
            let finding = Finding::new(
                Code::RecordRemoved,
                crate::t!(
                    "audit-stamp-removed",
                    key = stamp.key.as_str(),
                    date = stamp.date.to_string(),
                    file = last.file.as_str(),
                    at = at.as_str()
                ),
            )
            .at(&Location::file_start(&version.file))
            .help(crate::t!("audit-stamp-removed-help"));
            sink.push(commit, finding);
        }
    }
    let was_published = last.published_on.is_some_and(|on| on <= commit.date);
    // A change that a correction recorded in the same version vouches for is the
    // correction the regulation asks for (`disclose correct`), not a silent edit.
    let corrected = version.digest.as_ref().is_some_and(|digest| version.corrections.contains(digest));
    if was_published && last.digest != version.digest && !corrected {
        let finding = Finding::new(
            Code::ChangedAfterPublication,
            crate::t!(
                "audit-content-changed",
                file = version.file.as_str(),
                on = last.published_on.map(|d| d.to_string()).unwrap_or_default(),
                at = at.as_str()
            ),
        )
        .at(&Location::file_start(&version.file))
        .help(crate::t!("audit-content-changed-help"));
        sink.push(commit, finding);
    }
}
