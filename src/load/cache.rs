//! The load cache: what loading made of each item file, kept between runs so that an
//! unchanged file is not read and parsed again. A city's ten-year archive has 100,000
//! items; with the cache, a second `check` or `publish` only looks at each file's
//! metadata and reads the files that changed.
//!
//! # Where it is and what it trusts
//!
//! The cache is one file inside the repository's git folder, `.git/disclose-load-cache`,
//! where git never tracks it and `git status` never shows it. A repository without a
//! `.git` folder (or with a `.git` file, as in a linked work tree) has no cache, and
//! everything is read every time.
//!
//! An entry is used only when all of these hold, and is otherwise ignored (the file is
//! read and parsed as if there were no cache):
//! - the cache was written by this very build of disclose (its version and the size and
//!   modification time of its executable), since parsing may change between builds;
//! - the file's size, modification time and, on Unix, its device, inode and change
//!   time are those recorded (any write to a file, and any change of its times,
//!   changes its change time);
//! - the file's loading gave no finding at all: files with errors or warnings are read
//!   every time, so that every finding is reported on every run;
//! - if the item is public now (the catalogue can widen an entry's scope), its body was
//!   searched for personal data when it was cached and nothing was found.
//!
//! A file modified less than [`RACY_WINDOW`] before the run began is not cached: on a
//! file system with coarse timestamps a second change within the same tick would not
//! show in its metadata (git's "racily clean" entries). Feedback cases, the catalogue,
//! the calendar and disclose.toml are few and always read.
//!
//! The entries are kept in the order of their paths, the order in which the loader walks
//! the item folders, so the cache is read as a stream beside the walk and an entry's
//! memory is the item's own. They are written in chunks of 1,024 entries (`CHUNK`), each
//! preceded by its length in bytes, so that the reader decodes a few chunks at a time
//! from memory, one per core, and never holds more than those. It is written (beside,
//! then renamed) only when it would change. Failing to read or write it is never an
//! error: the cache only saves time.
//! Delete the file to clear it.
//!
//! The file ends with an XXH3-128 checksum of everything before it, checked before any
//! entry is used: a cache that was damaged or edited (by hand, by another program, by a
//! disk) is ignored as a whole and rebuilt, so an entry can never put on the board a
//! title that no file holds. The checksum is not a secret: whoever can write `.git` can
//! also change the repository's history and hooks, and is trusted as much.

use std::fs::{self, File};
use std::io::{BufReader, BufWriter, Read, Write as _};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::model::Item;
use crate::stat_at::{since_epoch, FileMeta};

mod codec;
pub mod files;

use codec::ItemCodec;

/// The cache file, inside the repository's `.git` folder.
pub const CACHE_FILE: &str = "disclose-load-cache";

/// How recently a file may have been modified and still be cached.
pub const RACY_WINDOW: Duration = Duration::from_secs(2);

/// The cache format; a cache of another format is ignored. Format 2 ends with a checksum;
/// format 3 keeps the digests bound to each item's signatures and its corrections; format 4
/// keeps the digest of the text alone beside the one that covers the attachments; format 5
/// writes the entries in chunks, each with its length; format 6 writes digests as their
/// 32 bytes; format 7 writes an entry's file once, as its item's; format 8 writes the
/// keys few items have (`model::item::Rare`) together, after the rest.
const FORMAT: u32 = 8;

/// Entries per chunk of the file.
const CHUNK: usize = 1024;

/// The length of the checksum at the end of the file.
const CHECKSUM_BYTES: u64 = 16;

/// What identifies one version of a file without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileStamp {
    len: u64,
    modified: (i64, u32),
    device: u64,
    inode: u64,
    changed: (i64, i64),
}

impl FileStamp {
    /// The stamp of the file at `path`, or `None` when it cannot be read.
    pub fn of(path: &Path) -> Option<FileStamp> {
        FileStamp::from_metadata(&fs::metadata(path).ok()?)
    }

    /// The stamp of a file whose metadata is `meta`.
    pub fn from_metadata(meta: &fs::Metadata) -> Option<FileStamp> {
        FileStamp::from_meta(FileMeta::from_metadata(meta)?)
    }

    /// The stamp of a file whose metadata, as looked up, is `meta`; `None` for anything
    /// but a regular file.
    pub fn from_meta(meta: FileMeta) -> Option<FileStamp> {
        meta.is_file.then_some(FileStamp {
            len: meta.len,
            modified: meta.modified,
            device: meta.device,
            inode: meta.inode,
            changed: meta.changed,
        })
    }

    /// True when the file was last modified at least [`RACY_WINDOW`] before `started`.
    fn settled(&self, started: SystemTime) -> bool {
        started
            .checked_sub(RACY_WINDOW)
            .and_then(since_epoch)
            .is_some_and(|limit| self.modified < limit)
    }
}

/// The build of disclose that wrote a cache.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Header {
    format: u32,
    version: String,
    executable: Option<FileStamp>,
}

impl Header {
    fn current() -> Header {
        Header {
            format: FORMAT,
            version: env!("CARGO_PKG_VERSION").to_string(),
            executable: std::env::current_exe().ok().and_then(|exe| FileStamp::of(&exe)),
        }
    }
}

/// One cached file as written: its path is its item's [`Item::file`].
#[derive(Serialize)]
struct EntryRef<'a> {
    stamp: FileStamp,
    searched: bool,
    #[serde(with = "ItemCodec")]
    item: &'a Item,
}

/// One cached file as read: its path is its item's [`Item::file`].
#[derive(Deserialize)]
struct Entry {
    stamp: FileStamp,
    searched: bool,
    #[serde(with = "ItemCodec")]
    item: Item,
}

/// An item taken from the cache.
pub struct Hit {
    /// The item as loaded before (its `source_root` still to be set).
    pub item: Item,
    /// True when its body was searched for personal data and nothing was found.
    pub searched: bool,
}

/// The cache file being read: entries in the order of their paths.
struct Stream {
    reader: BufReader<File>,
    scratch: Vec<u8>,
    /// Entries not yet decoded.
    left: u64,
    /// The file's length: no chunk is longer.
    file_len: u64,
    /// The chunk being handed out: its entries not yet taken, the current one first;
    /// empty once the stream has ended. Entries are moved out of their chunk once, when
    /// taken, instead of into a queue and out again.
    chunk: std::vec::IntoIter<Entry>,
    /// Chunks decoded after it, the next one last.
    ahead: Vec<Vec<Entry>>,
}

impl Stream {
    fn open(path: &Path, expected: &Header) -> Option<Stream> {
        let mut file = File::open(path).ok()?;
        if !checksum_holds(&mut file) {
            return None;
        }
        let file_len = file.metadata().ok()?.len();
        let mut reader = BufReader::with_capacity(1 << 16, file);
        let mut scratch = vec![0u8; 1 << 10];
        let (header, _): (Header, _) = postcard::from_io((&mut reader, &mut scratch[..])).ok()?;
        if header != *expected {
            return None;
        }
        let (left, _): (u64, _) = postcard::from_io((&mut reader, &mut scratch[..])).ok()?;
        let mut stream = Stream {
            reader,
            scratch,
            left,
            file_len,
            chunk: Vec::new().into_iter(),
            ahead: Vec::new(),
        };
        stream.refill();
        Some(stream)
    }

    /// The current entry (none at the end, or when the file is damaged).
    fn current(&self) -> Option<&Entry> {
        self.chunk.as_slice().first()
    }

    /// Takes the current entry and moves to the next.
    fn advance(&mut self) -> Option<Entry> {
        let entry = self.chunk.next();
        if self.chunk.as_slice().is_empty() {
            self.refill();
        }
        entry
    }

    /// Makes the next decoded chunk the current one, decoding more when none is left.
    fn refill(&mut self) {
        if self.ahead.is_empty() {
            self.decode_chunks();
        }
        if let Some(chunk) = self.ahead.pop() {
            self.chunk = chunk.into_iter();
        }
    }

    /// Reads the next chunks, one per core, and decodes them side by side. A chunk that
    /// cannot be read or decoded ends the stream (the entries after it are read from
    /// their files).
    fn decode_chunks(&mut self) {
        let mut chunks = Vec::new();
        while self.left > 0 && chunks.len() < rayon::current_num_threads().max(1) {
            let Some(chunk) = self.read_chunk() else {
                self.left = 0;
                break;
            };
            chunks.push(chunk);
        }
        let decoded: Vec<Option<Vec<Entry>>> = chunks.par_iter().map(|(count, bytes)| decode_chunk(*count, bytes)).collect();
        for entries in decoded {
            let Some(entries) = entries else {
                self.left = 0;
                break;
            };
            self.ahead.push(entries);
        }
        self.ahead.reverse();
    }

    /// The next chunk: its number of entries and its bytes.
    fn read_chunk(&mut self) -> Option<(u64, Vec<u8>)> {
        let ((count, length), _): ((u64, u64), _) = postcard::from_io((&mut self.reader, &mut self.scratch[..])).ok()?;
        if count == 0 || count > self.left || count > CHUNK as u64 || length > self.file_len {
            return None;
        }
        let mut bytes = vec![0u8; usize::try_from(length).ok()?];
        self.reader.read_exact(&mut bytes).ok()?;
        self.left -= count;
        Some((count, bytes))
    }
}

/// The `count` entries of one chunk, or `None` when its bytes do not hold exactly them.
fn decode_chunk(count: u64, mut bytes: &[u8]) -> Option<Vec<Entry>> {
    let mut entries = Vec::with_capacity(usize::try_from(count).ok()?);
    for _ in 0..count {
        let (entry, rest) = postcard::take_from_bytes::<Entry>(bytes).ok()?;
        entries.push(entry);
        bytes = rest;
    }
    bytes.is_empty().then_some(entries)
}

/// True when the file ends with the checksum of everything before it; leaves the file
/// at its start. Read through the open file, so the entries streamed later are the ones
/// checked even if the cache is replaced meanwhile.
fn checksum_holds(file: &mut File) -> bool {
    use std::io::Seek as _;
    let Ok(len) = file.metadata().map(|meta| meta.len()) else {
        return false;
    };
    let Some(body) = len.checked_sub(CHECKSUM_BYTES) else {
        return false;
    };
    let mut hasher = Hashing {
        inner: std::io::sink(),
        hasher: xxhash_rust::xxh3::Xxh3::new(),
    };
    if std::io::copy(&mut Read::by_ref(file).take(body), &mut hasher).ok() != Some(body) {
        return false;
    }
    let mut stored = [0u8; 16];
    if file.read_exact(&mut stored).is_err() || stored != hasher.hasher.digest128().to_le_bytes() {
        return false;
    }
    file.rewind().is_ok()
}

/// A writer that hashes what goes through it.
struct Hashing<W> {
    inner: W,
    hasher: xxhash_rust::xxh3::Xxh3,
}

impl<W: std::io::Write> std::io::Write for Hashing<W> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let written = self.inner.write(bytes)?;
        self.hasher.update(&bytes[..written]);
        Ok(written)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// The cache of one load: the entries read, handed out in path order, and what the
/// next cache will hold.
pub struct LoadCache {
    location: Option<PathBuf>,
    header: Header,
    started: SystemTime,
    stream: Option<Stream>,
    /// What the next cache records: the file, its stamp and whether it was searched.
    next: Vec<(Box<str>, FileStamp, bool)>,
    changed: bool,
}

impl LoadCache {
    /// Opens the cache of the repository at `root` (empty when there is none, it is
    /// unreadable, or another build wrote it). `started` is when the load began.
    pub fn open(root: &Path, started: SystemTime) -> LoadCache {
        let git = root.join(".git");
        let location = git.is_dir().then(|| git.join(CACHE_FILE));
        let header = Header::current();
        let stream = location.as_deref().and_then(|path| Stream::open(path, &header));
        LoadCache {
            changed: location.is_some() && stream.is_none(),
            location,
            header,
            started,
            stream,
            next: Vec::new(),
        }
    }

    /// True when there is nothing to take from the cache.
    pub fn is_empty(&self) -> bool {
        self.stream.as_ref().is_none_or(|stream| stream.current().is_none())
    }

    /// True when a cache will be written (the repository has a `.git` folder).
    pub fn writes(&self) -> bool {
        self.location.is_some()
    }

    /// Takes the cached item of `file` (relative, `/`-separated) if the file still has
    /// `stamp`. Files must be asked for in the order of their paths; entries passed
    /// over are files that are gone.
    pub fn take(&mut self, file: &str, stamp: FileStamp) -> Option<Hit> {
        let stream = self.stream.as_mut()?;
        while let Some(entry) = stream.current() {
            match entry.item.file.as_str().cmp(file) {
                std::cmp::Ordering::Less => {
                    self.changed = true;
                    stream.advance();
                }
                std::cmp::Ordering::Greater => return None,
                std::cmp::Ordering::Equal => break,
            }
        }
        let entry = stream.advance()?;
        if entry.stamp != stamp {
            self.changed = true;
            return None;
        }
        Some(Hit {
            item: entry.item,
            searched: entry.searched,
        })
    }

    /// Records that `file`, with `stamp`, loaded without a finding (its body searched
    /// for personal data when `searched`), so that the next run may take it. A file
    /// read this time is recorded only once it has settled. The path is taken by value:
    /// the loader's own copy becomes the record, without another allocation.
    pub fn keep(&mut self, file: String, stamp: FileStamp, searched: bool, from_cache: bool) {
        if !from_cache {
            if !stamp.settled(self.started) {
                return;
            }
            self.changed = true;
        }
        self.next.push((file.into_boxed_str(), stamp, searched));
    }

    /// Marks a taken entry as no longer valid (its item is read again).
    pub fn drop_taken(&mut self) {
        self.changed = true;
    }

    /// Makes room in what the next cache records for `files` more files, at once
    /// instead of by doubling.
    pub fn expect(&mut self, files: usize) {
        self.next.reserve_exact(files);
    }

    /// Ends the reading, once every file was asked for: entries left unread are files
    /// that are gone. When the cache will not change, lets go of what the next one would
    /// have recorded (80 bytes a file, 10 MB at 100,000 items, which would otherwise
    /// be held while the rules run).
    pub fn finish_reading(&mut self) {
        if self.stream.take().is_some_and(|stream| stream.current().is_some()) {
            self.changed = true;
        }
        if !self.changed {
            self.next = Vec::new();
        }
    }

    /// Writes the next cache, with `items` (all the loaded items, of which the kept
    /// ones are written), when it differs from the one read. Errors are ignored: the
    /// cache only saves time.
    pub fn save(mut self, items: &[Item]) {
        // The loader has ended the reading already; ending it again changes nothing.
        self.finish_reading();
        if let (Some(location), true) = (&self.location, self.changed) {
            let _ = write_entries(location, &self.header, items, self.next);
        }
    }
}

/// A temporary file of the tool's pattern in `folder`, after removing those a killed run
/// left there.
fn temporary_in(folder: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    use crate::store::atomic::{sweep_leftovers, TEMPORARY_PREFIX, TEMPORARY_SUFFIX};
    sweep_leftovers(folder);
    tempfile::Builder::new().prefix(TEMPORARY_PREFIX).suffix(TEMPORARY_SUFFIX).tempfile_in(folder)
}

fn write_entries(location: &Path, header: &Header, items: &[Item], mut next: Vec<(Box<str>, FileStamp, bool)>) -> std::io::Result<()> {
    // Kept in path order already, but for items that were taken from the cache before
    // the ones read (two sorted runs, which the sort merges).
    next.sort_by(|a, b| a.0.cmp(&b.0));
    let mut by_file: Vec<&Item> = items.iter().collect();
    by_file.par_sort_unstable_by(|a, b| a.file.cmp(&b.file));
    let folder = location.parent().unwrap_or_else(|| Path::new("."));
    let mut writer = Hashing {
        inner: BufWriter::with_capacity(1 << 16, temporary_in(folder)?),
        hasher: xxhash_rust::xxh3::Xxh3::new(),
    };
    let invalid = |error: postcard::Error| std::io::Error::new(std::io::ErrorKind::InvalidData, error);
    postcard::to_io(header, &mut writer).map_err(invalid)?;
    let count = next.len() as u64;
    // Both lists are in path order: walk them side by side, a few thousand entries at a
    // time, each batch encoded in parallel. Every kept file is a loaded item, so the
    // count is written first; should one be missing, the new cache is abandoned.
    let mut files = by_file.into_iter().peekable();
    let mut entries = next.iter().filter_map(|(file, stamp, searched)| {
        while files.next_if(|item| item.file.as_str() < &**file).is_some() {}
        files.next_if(|item| item.file.as_str() == &**file).map(|item| EntryRef {
            stamp: *stamp,
            searched: *searched,
            item,
        })
    });
    postcard::to_io(&count, &mut writer).map_err(invalid)?;
    let mut written = 0u64;
    loop {
        let batch: Vec<EntryRef<'_>> = entries.by_ref().take(8 * CHUNK).collect();
        if batch.is_empty() {
            break;
        }
        written += batch.len() as u64;
        let encoded: Vec<(u64, Vec<u8>)> = batch
            .par_chunks(CHUNK)
            .map(|chunk| {
                let bytes = chunk
                    .iter()
                    .try_fold(Vec::with_capacity(chunk.len() * 320), |buffer, entry| postcard::to_extend(entry, buffer))?;
                Ok((chunk.len() as u64, bytes))
            })
            .collect::<Result<_, postcard::Error>>()
            .map_err(invalid)?;
        for (count, bytes) in encoded {
            postcard::to_io(&(count, bytes.len() as u64), &mut writer).map_err(invalid)?;
            writer.write_all(&bytes)?;
        }
    }
    if written != count {
        return Ok(());
    }
    let checksum = writer.hasher.digest128().to_le_bytes();
    let mut writer = writer.inner;
    writer.write_all(&checksum)?;
    writer.flush()?;
    let temporary = writer.into_inner().map_err(std::io::IntoInnerError::into_error)?;
    temporary.persist(location).map_err(|error| error.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_cached_only_two_seconds_after_its_last_change() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.md");
        fs::write(&path, "x").unwrap();
        let stamp = FileStamp::of(&path).unwrap();
        let now = SystemTime::now();
        assert!(!stamp.settled(now), "just written");
        assert!(!stamp.settled(now + RACY_WINDOW - Duration::from_millis(200)));
        assert!(stamp.settled(now + RACY_WINDOW + Duration::from_millis(10)));
    }

    #[test]
    fn a_stamp_tells_a_rewrite_and_a_folder_is_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.md");
        fs::write(&path, "one").unwrap();
        let before = FileStamp::of(&path).unwrap();
        assert_eq!(FileStamp::of(&path), Some(before), "the same file, the same stamp");
        std::thread::sleep(Duration::from_millis(20));
        fs::write(&path, "two").unwrap();
        assert_ne!(FileStamp::of(&path), Some(before), "same size, written again");
        assert_eq!(FileStamp::of(dir.path()), None);
        assert_eq!(FileStamp::of(&dir.path().join("missing.md")), None);
    }

    /// A cache of several chunks hands back every entry in order, decoded chunk by
    /// chunk; a stamp that no longer matches, or a file that is gone, is passed over
    /// without losing the entries after it.
    #[test]
    fn every_entry_of_every_chunk_is_taken_back() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join(".git")).unwrap();
        let count = 2 * CHUNK + 300;
        let items: Vec<Item> = (0..count)
            .map(|n| {
                let source = crate::load::source::SourceText {
                    file: format!("items/2026/{n:05}.md"),
                    text: format!("+++\nentry = \"1.1\"\ntitle = \"第{n}项\"\n+++\n正文 {n}。\n"),
                };
                crate::load::item::parse_item(&format!("{n:05}"), &source, &mut crate::diag::Findings::new()).expect("parses")
            })
            .collect();
        let stamp = |n: usize| FileStamp {
            len: n as u64,
            modified: (1, 0),
            device: 1,
            inode: n as u64,
            changed: (1, 0),
        };
        let next = items
            .iter()
            .enumerate()
            .map(|(n, item)| (item.file.clone().into_boxed_str(), stamp(n), true))
            .collect();
        write_entries(&dir.path().join(".git").join(CACHE_FILE), &Header::current(), &items, next).unwrap();

        let mut cache = LoadCache::open(dir.path(), SystemTime::now());
        let mut taken = 0;
        for (n, item) in items.iter().enumerate() {
            // One file in the second chunk was changed, one in the third is gone.
            if n == CHUNK + 7 {
                assert!(cache.take(&item.file, stamp(n + 1)).is_none(), "a changed stamp is not taken");
                continue;
            }
            if n == 2 * CHUNK + 5 {
                continue;
            }
            let hit = cache.take(&item.file, stamp(n)).unwrap_or_else(|| panic!("entry {n} was not taken back"));
            assert_eq!((hit.item.id.as_str(), hit.item.title.as_str()), (item.id.as_str(), item.title.as_str()));
            taken += 1;
        }
        assert_eq!(taken, count - 2);
        assert!(cache.is_empty(), "every entry was handed out");
    }

    #[test]
    fn without_a_git_folder_there_is_no_cache() {
        let dir = tempfile::tempdir().unwrap();
        let cache = LoadCache::open(dir.path(), SystemTime::now());
        assert!(!cache.writes() && cache.is_empty());
        fs::create_dir(dir.path().join(".git")).unwrap();
        let cache = LoadCache::open(dir.path(), SystemTime::now());
        assert!(cache.writes() && cache.is_empty());
    }
}
