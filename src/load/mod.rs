//! Loading a repository: files → raw serde structs → checked model, pushing a finding for
//! everything that cannot be accepted. Loading never stops at the first problem.

pub mod attachments;
pub mod cache;
pub mod calendar;
pub mod catalogue;
pub mod causes;
pub mod config;
pub mod context;
pub mod dates;
pub mod digest;
pub mod evidence;
pub mod feedback;
pub mod frontmatter;
pub mod item;
pub mod meeting;
pub mod raw;
pub mod report;
pub mod source;
pub mod walk;

use std::fs::Metadata;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use rayon::prelude::*;

use crate::diag::{Code, Finding, Findings, Location};
use crate::model::meeting::Meeting;
use crate::model::repo::item_scope;
use crate::model::{Case, Catalogue, Config, Item, Repo, Scope};
use crate::obligations::calendar::{Calendar, BUILT_IN};
use crate::stat_at::Folder;
use cache::{FileStamp, LoadCache};
use context::is_safe_id;
use source::{display_path, read_source, read_source_with_metadata, SourceText};

/// The configuration file that marks a repository's root.
pub const CONFIG_FILE: &str = "disclose.toml";

/// Problems that stop a command before it can look at the files.
#[derive(Debug)]
pub enum LoadError {
    /// No disclose.toml here or above.
    NoRepository {
        /// Where the search started.
        start: String,
    },
    /// disclose.toml is unusable; the findings say why.
    BadConfig(Findings),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::NoRepository { start } => f.write_str(&crate::t!("load-no-repository", start = start.as_str())),
            LoadError::BadConfig(_) => f.write_str(&crate::t!("load-bad-config")),
        }
    }
}

impl std::error::Error for LoadError {}

/// The nearest folder from `start` upward that holds disclose.toml.
pub fn find_root(start: &Path) -> Option<PathBuf> {
    start.ancestors().find(|dir| dir.join(CONFIG_FILE).is_file()).map(Path::to_path_buf)
}

/// Loads everything below `root`. Findings cover every file; the model holds what could
/// be read. Item files unchanged since an earlier run are taken from the load cache
/// ([`cache`]) instead of being read.
pub fn load_repo(root: &Path) -> Result<(Repo, Findings), LoadError> {
    let (repo, findings, cache) = load_repo_deferred(root)?;
    cache.save(&repo.items);
    Ok((repo, findings))
}

/// [`load_repo`], leaving the writing of the load cache to the caller
/// ([`LoadCache::save`] with the repository's items), which can do it beside other work.
pub fn load_repo_deferred(root: &Path) -> Result<(Repo, Findings, LoadCache), LoadError> {
    let started = SystemTime::now();
    let mut cache = LoadCache::open(root, started);
    let mut findings = Findings::new();
    let config = load_config(root, &mut findings)?;
    let catalogue = load_catalogue(root, &mut findings);
    let calendar = load_calendar(root, &mut findings);
    let walked = walk::files_and_folders(root, "items", "md", &mut findings);
    let item_paths = attachments::without_attachment_files(walked.files, &walked.folders);
    let case_paths = walk::files_with_extension(root, "feedback", "md", &mut findings);
    let mut items = load_items(root, item_paths, &catalogue, &mut cache, &mut findings);
    attachments::attach(root, &mut items, &walked.folders, started, &mut findings);
    let mut cases = load_documents(
        root,
        &case_paths,
        &mut findings,
        |id: &str, source: &SourceText, _: &Metadata, own: &mut Findings| feedback::parse_case(id, source, own),
    );
    cases.sort_by(|a: &Case, b: &Case| a.id.cmp(&b.id));
    let meeting_paths = walk::files_with_extension(root, "meetings", "md", &mut findings);
    let mut meetings = load_documents(
        root,
        &meeting_paths,
        &mut findings,
        |id: &str, source: &SourceText, _: &Metadata, own: &mut Findings| meeting::parse_meeting(id, source, own),
    );
    meetings.sort_by(|a: &Meeting, b: &Meeting| (a.on, &a.id).cmp(&(b.on, &b.id)));
    let repo = Repo {
        root: root.to_path_buf(),
        config,
        catalogue_digest: digest::catalogue_digest(&catalogue),
        catalogue,
        items,
        cases,
        meetings,
        reports: report::load_reports(root, &mut findings),
        calendar,
    };
    Ok((repo, findings, cache))
}

/// Loads the item files `item_paths`: those the load cache still holds are taken from
/// it, the others are read (and kept for the next run when they load without a
/// finding). Sorted by id, then file.
fn load_items(root: &Path, item_paths: Vec<PathBuf>, catalogue: &Catalogue, cache: &mut LoadCache, findings: &mut Findings) -> Vec<Item> {
    let entries = catalogue.entry_map();
    let is_public = |item: &Item| item_scope(item, entries.get(item.entry.as_str()).copied()) == Scope::Public;
    let source_root: Arc<Path> = Arc::from(root);

    // Without a cache to read, nothing is looked at twice: a file's stamp is the
    // metadata of the file as it is opened to be read (a later change gives it another).
    let stamps: Vec<Option<FileStamp>> = if cache.is_empty() {
        Vec::new()
    } else {
        let folder = Folder::open(root);
        item_paths.par_iter().map(|path| folder.metadata(path).and_then(FileStamp::from_meta)).collect()
    };
    // The items taken from the cache, with room for the ones read; none without a cache
    // (then the items read are collected in place, into the allocation they were read into).
    let mut items = if stamps.is_empty() {
        Vec::new()
    } else {
        Vec::with_capacity(item_paths.len())
    };
    cache.expect(item_paths.len());
    let mut to_read = Vec::new();
    for (index, path) in item_paths.into_iter().enumerate() {
        let file = display_path(&path);
        let hit = stamps
            .get(index)
            .copied()
            .flatten()
            .and_then(|stamp| cache.take(&file, stamp).map(|hit| (hit, stamp)));
        match hit {
            // A body that was not searched (the item was not public) is read again
            // once the item is public.
            Some((hit, stamp)) if hit.searched || !is_public(&hit.item) => {
                cache.keep(file, stamp, hit.searched, true);
                let mut item = hit.item;
                item.source_root = Arc::clone(&source_root);
                items.push(item);
            }
            Some(_) => {
                cache.drop_taken();
                to_read.push(path);
            }
            None => to_read.push(path),
        }
    }
    drop(stamps);
    let caching = cache.writes();
    let read = load_documents(
        root,
        &to_read,
        findings,
        |id: &str, source: &SourceText, metadata: &Metadata, own: &mut Findings| {
            let (mut item, parts) = item::parse_item_lean(id, source, own)?;
            // Search a public body while the file is in memory; the board reads it back one
            // page at a time.
            let searched = is_public(&item);
            if searched {
                for finding in crate::rules::public_text::body_findings(&item, parts.body) {
                    own.push(finding);
                }
            }
            // An approved or published item must be free of the template's placeholders
            // (a cached file had no finding, and signing or editing changes its stamp).
            if crate::rules::record::needs_final_text(&item) {
                let found = crate::rules::record::placeholder_finding(&item, parts.front, parts.front_line)
                    .or_else(|| crate::rules::record::placeholder_finding(&item, parts.body, parts.body_line));
                if let Some(finding) = found {
                    own.push(finding);
                }
            }
            // A file that loads without a finding may be cached.
            let stamp = (caching && own.is_empty()).then(|| FileStamp::from_metadata(metadata)).flatten();
            item.source_root = Arc::clone(&source_root);
            Some((item, stamp.map(|stamp| (stamp, searched))))
        },
    );
    drop(to_read);
    let read = read.into_iter().map(|(item, cached)| {
        if let Some((stamp, searched)) = cached {
            cache.keep(item.file.clone(), stamp, searched, false);
        }
        item
    });
    if items.is_empty() {
        items = read.collect();
    } else {
        items.extend(read);
    }
    cache.finish_reading();
    // By id, then file (taken from the cache or read, the order is the same). Items come
    // in the order of their paths, which is nearly always that order already: checked
    // first without a copy; else sorting keys, not 100,000 whole items.
    if !items.is_sorted_by(|a, b| (&a.id, &a.file) <= (&b.id, &b.file)) {
        items.par_sort_by_cached_key(|item| (item.id.clone(), item.file.clone()));
    }
    items
}

fn load_config(root: &Path, findings: &mut Findings) -> Result<Config, LoadError> {
    let mut own = Findings::new();
    let config = read_source(root, Path::new(CONFIG_FILE))
        .map_err(|finding| own.push(finding))
        .ok()
        .and_then(|source| config::parse_config(root, &source, &mut own));
    match config {
        Some(config) => {
            findings.extend(own);
            Ok(config)
        }
        None => Err(LoadError::BadConfig(own)),
    }
}

fn load_catalogue(root: &Path, findings: &mut Findings) -> Catalogue {
    let paths = walk::files_with_extension(root, "catalogue", "toml", findings);
    let mut categories = Vec::new();
    for path in paths {
        match read_source(root, &path) {
            Ok(source) => categories.extend(catalogue::parse_category(&source, findings)),
            Err(finding) => findings.push(finding),
        }
    }
    categories.sort_by(|a, b| crate::model::catalogue::natural_cmp(&a.code, &b.code));
    Catalogue { categories }
}

/// The built-in calendar plus the repository's calendar files (which override it).
pub fn load_calendar(root: &Path, findings: &mut Findings) -> Calendar {
    let built_in = SourceText {
        file: "(built-in calendar)".to_string(),
        text: BUILT_IN.to_string(),
    };
    let mut years = calendar::parse_calendar(&built_in, "built in", findings);
    for path in walk::files_with_extension(root, "calendar", "toml", findings) {
        match read_source(root, &path) {
            Ok(source) => {
                let name = source.file.clone();
                years.extend(calendar::parse_calendar(&source, &name, findings));
            }
            Err(finding) => findings.push(finding),
        }
    }
    Calendar::from_years(years)
}

/// Reads and parses documents in parallel (`parse` gets the id, the text, the file's
/// metadata as it was opened, and the file's findings); results keep the input order.
fn load_documents<T: Send>(
    root: &Path,
    paths: &[PathBuf],
    findings: &mut Findings,
    parse: impl Fn(&str, &SourceText, &Metadata, &mut Findings) -> Option<T> + Sync,
) -> Vec<T> {
    let folder = Folder::open(root);
    let (documents, own_findings): (Vec<Option<T>>, Vec<Findings>) = paths
        .par_iter()
        .map(|path| {
            let mut own = Findings::new();
            let document = document_id(path, &mut own).and_then(|id| match read_source_with_metadata(&folder, path) {
                Ok((source, metadata)) => parse(&id, &source, &metadata, &mut own),
                Err(finding) => {
                    own.push(finding);
                    None
                }
            });
            (document, own)
        })
        .unzip();
    for own in own_findings {
        findings.extend(own);
    }
    // `filter_map` (unlike `flatten`) lets std collect in place, into the same
    // allocation: a city's archive is 100,000 documents, and two copies of them at once
    // would be the peak of `check`'s memory.
    #[allow(clippy::filter_map_identity)]
    documents.into_iter().filter_map(|document| document).collect()
}

/// The id of an item or case: its file name without `.md`, if it is a safe id.
fn document_id(path: &Path, findings: &mut Findings) -> Option<String> {
    let file = display_path(path);
    let stem = path.file_stem().and_then(|s| s.to_str());
    match stem {
        Some(id) if is_safe_id(id) => Some(id.to_string()),
        _ => {
            let shown = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            findings.push(
                Finding::new(Code::BadId, crate::t!("bad-id-file-name", name = shown))
                    .at(&Location::file_start(&file))
                    .help(crate::t!("bad-id-file-name-help")),
            );
            None
        }
    }
}

/// Loads one repository given on the command line (its root or a folder inside it), or
/// says in one line why it cannot be read.
pub fn load_one(path: &Path) -> Result<Repo, String> {
    if !path.exists() {
        return Err(crate::t!("load-one-missing", path = path.display().to_string()));
    }
    let root = find_root(path).ok_or_else(|| {
        LoadError::NoRepository {
            start: path.display().to_string(),
        }
        .to_string()
    })?;
    match load_repo(&root) {
        Ok((repo, _)) => Ok(repo),
        Err(LoadError::BadConfig(findings)) => {
            let first = findings
                .sorted()
                .into_iter()
                .find(|f| f.level == crate::diag::Level::Error)
                .map(|f| match (&f.file, f.line) {
                    (Some(file), Some(line)) => crate::t!("load-one-problem-at-line", problem = f.message.as_str(), file = file.as_str(), line = line),
                    (Some(file), None) => crate::t!("load-one-problem-in-file", problem = f.message.as_str(), file = file.as_str()),
                    _ => f.message.clone(),
                });
            Err(crate::t!(
                "load-one-bad-config",
                problem = first.unwrap_or_else(|| crate::t!("load-one-unknown-problem"))
            ))
        }
        Err(other) => Err(other.to_string()),
    }
}

#[cfg(test)]
mod robustness {
    //! Random and mutated inputs through every parser: findings, never a panic.

    use proptest::prelude::*;

    use super::*;

    const ITEM: &str = include_str!("../../tests/cli/fixtures/minimal/items/2026/2026-03-20-2.2.md");
    const CASE: &str = include_str!("../../tests/cli/fixtures/minimal/feedback/2026/2026-03-09-1.md");
    const CATEGORY: &str = include_str!("../../tests/cli/fixtures/minimal/catalogue/01-work.toml");

    fn source(text: &str) -> SourceText {
        SourceText {
            file: "x.md".into(),
            text: text.into(),
        }
    }

    fn parse_everything(text: &str) {
        let mut findings = Findings::new();
        let _ = item::parse_item("x", &source(text), &mut findings);
        let _ = feedback::parse_case("x", &source(text), &mut findings);
        let _ = catalogue::parse_category(&source(text), &mut findings);
        let _ = calendar::parse_calendar(&source(text), "test", &mut findings);
        let _ = config::parse_config(Path::new("."), &source(text), &mut findings);
        for finding in findings.iter() {
            assert!(finding.file.is_some());
        }
    }

    /// Replaces the bytes in `range` of `base` by `insert`, at char boundaries.
    fn mutate(base: &str, at: usize, remove: usize, insert: &str) -> String {
        let mut start = at.min(base.len());
        while !base.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (start + remove).min(base.len());
        while !base.is_char_boundary(end) {
            end += 1;
        }
        format!("{}{}{}", &base[..start], insert, &base[end..])
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 1500, .. ProptestConfig::default() })]

        #[test]
        fn random_text_never_panics(text in "\\PC{0,300}") {
            parse_everything(&text);
        }

        #[test]
        fn mutated_files_never_panic(which in 0usize..3, at in 0usize..600, remove in 0usize..20, insert in "[+=\\[\\]{}\"'#\\n0-9a-z.,:-]{0,12}") {
            let base = [ITEM, CASE, CATEGORY][which];
            parse_everything(&mutate(base, at, remove, &insert));
        }
    }
}
