//! The attachment cache, `.git/disclose-file-cache`: for each attachment file, its stamp
//! (size, modification time and, on Unix, device, inode and change time), its SHA-256
//! and whether it is a JPEG with a GPS position — what loading learns by reading the
//! whole file. An archive with a photo in one item of twenty holds thousands of photos;
//! with the cache, a run reads only those that changed.
//!
//! It trusts what the load cache trusts (see [`super`]): the same build, the same stamp,
//! a file settled for [`super::RACY_WINDOW`], and an XXH3-128 checksum over the whole
//! file, without which the cache is ignored. Failing to read or write it is never an
//! error.

use std::collections::HashMap;
use std::fs;
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::{temporary_in, FileStamp, Header, CHECKSUM_BYTES};

/// The cache file, inside the repository's `.git` folder.
pub const FILE_CACHE: &str = "disclose-file-cache";

/// What reading a whole attachment file told.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileFacts {
    /// The SHA-256 of its contents.
    pub sha256: [u8; 32],
    /// A JPEG whose EXIF holds a GPS position.
    pub has_gps: bool,
    /// A picture's shown width and height in pixels, when its header tells them.
    pub pixels: Option<(u32, u32)>,
}

/// One cached file.
#[derive(Serialize, Deserialize)]
struct Entry {
    file: String,
    stamp: FileStamp,
    facts: FileFacts,
}

/// The attachment cache of one load: shared by the threads that read the files.
pub struct FileCache {
    location: Option<PathBuf>,
    header: Header,
    started: SystemTime,
    known: HashMap<String, (FileStamp, FileFacts)>,
    next: Mutex<Vec<Entry>>,
}

impl FileCache {
    /// Opens the cache of the repository at `root` (empty when there is none, it is
    /// damaged, or another build wrote it). `started` is when the load began.
    pub fn open(root: &Path, started: SystemTime) -> FileCache {
        let git = root.join(".git");
        let location = git.is_dir().then(|| git.join(FILE_CACHE));
        let header = Header::current();
        let known = location.as_deref().and_then(|path| read(path, &header)).unwrap_or_default();
        FileCache {
            location,
            header,
            started,
            known,
            next: Mutex::new(Vec::new()),
        }
    }

    /// The facts of `file` (relative to `root`): from the cache when its stamp is the
    /// one recorded, otherwise by `read` (which reads the whole file).
    pub fn facts(&self, root: &Path, file: &str, read: impl FnOnce(&Path) -> std::io::Result<FileFacts>) -> std::io::Result<FileFacts> {
        let path = root.join(file);
        let stamp = FileStamp::of(&path);
        if let (Some(stamp), Some((known, facts))) = (stamp, self.known.get(file)) {
            if stamp == *known {
                self.keep(file, stamp, *facts);
                return Ok(*facts);
            }
        }
        let facts = read(&path)?;
        if let Some(stamp) = stamp.filter(|stamp| stamp.settled(self.started)) {
            self.keep(file, stamp, facts);
        }
        Ok(facts)
    }

    fn keep(&self, file: &str, stamp: FileStamp, facts: FileFacts) {
        self.next.lock().unwrap_or_else(PoisonError::into_inner).push(Entry {
            file: file.to_string(),
            stamp,
            facts,
        });
    }

    /// Writes the next cache when it differs from the one read. Errors are ignored.
    pub fn save(self) {
        let Some(location) = &self.location else { return };
        let mut next = self.next.into_inner().unwrap_or_else(PoisonError::into_inner);
        next.sort_by(|a, b| a.file.cmp(&b.file));
        let unchanged = next.len() == self.known.len() && next.iter().all(|entry| self.known.get(&entry.file) == Some(&(entry.stamp, entry.facts)));
        if !unchanged {
            let _ = write(location, &self.header, &next);
        }
    }
}

fn read(path: &Path, header: &Header) -> Option<HashMap<String, (FileStamp, FileFacts)>> {
    let mut bytes = Vec::new();
    fs::File::open(path).ok()?.read_to_end(&mut bytes).ok()?;
    let split = bytes.len().checked_sub(usize::try_from(CHECKSUM_BYTES).ok()?)?;
    let (body, checksum) = bytes.split_at(split);
    if xxhash_rust::xxh3::xxh3_128(body).to_le_bytes() != checksum {
        return None;
    }
    let (written_by, rest): (Header, &[u8]) = postcard::take_from_bytes(body).ok()?;
    if written_by != *header {
        return None;
    }
    let entries: Vec<Entry> = postcard::from_bytes(rest).ok()?;
    Some(entries.into_iter().map(|entry| (entry.file, (entry.stamp, entry.facts))).collect())
}

fn write(location: &Path, header: &Header, entries: &[Entry]) -> std::io::Result<()> {
    let invalid = |error: postcard::Error| std::io::Error::new(std::io::ErrorKind::InvalidData, error);
    let mut bytes = postcard::to_stdvec(header).map_err(invalid)?;
    bytes.extend(postcard::to_stdvec(entries).map_err(invalid)?);
    let checksum = xxhash_rust::xxh3::xxh3_128(&bytes).to_le_bytes();
    bytes.extend_from_slice(&checksum);
    let folder = location.parent().unwrap_or_else(|| Path::new("."));
    let mut temporary = temporary_in(folder)?;
    temporary.write_all(&bytes)?;
    temporary.persist(location).map_err(|error| error.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;
    use std::time::Duration;

    fn facts(byte: u8) -> FileFacts {
        FileFacts {
            sha256: [byte; 32],
            has_gps: false,
            pixels: None,
        }
    }

    #[test]
    fn a_settled_file_is_read_once_and_a_changed_or_damaged_one_again() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join(".git")).unwrap();
        fs::write(dir.path().join("a.jpg"), "photo").unwrap();
        let later = SystemTime::now() + super::super::RACY_WINDOW + Duration::from_secs(1);
        let reads = Cell::new(0);
        let read = |_: &Path| {
            reads.set(reads.get() + 1);
            Ok(facts(1))
        };
        let run = |started| {
            let cache = FileCache::open(dir.path(), started);
            let got = cache.facts(dir.path(), "a.jpg", read).unwrap();
            cache.save();
            got
        };
        // Just written: read, and not cached.
        assert_eq!(run(SystemTime::now()), facts(1));
        assert_eq!(run(SystemTime::now()), facts(1));
        assert_eq!(reads.get(), 2);
        // Settled: read once more, then from the cache.
        run(later);
        run(later);
        run(later);
        assert_eq!(reads.get(), 3);
        // A damaged cache is ignored as a whole.
        let path = dir.path().join(".git").join(FILE_CACHE);
        let mut bytes = fs::read(&path).unwrap();
        let last = bytes.len() - 20;
        bytes[last] ^= 1;
        fs::write(&path, bytes).unwrap();
        run(later);
        assert_eq!(reads.get(), 4);
        // A rewritten file is read again.
        std::thread::sleep(Duration::from_millis(20));
        fs::write(dir.path().join("a.jpg"), "other").unwrap();
        let later = SystemTime::now() + super::super::RACY_WINDOW + Duration::from_secs(1);
        run(later);
        assert_eq!(reads.get(), 5);
    }
}
