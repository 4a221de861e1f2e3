//! An item's attachment folder and the file references of its body (see
//! [`crate::model::attachment`]). The folder is walked without following links: a link
//! is never followed (the walk of items/ reports it). A `.md` file inside an attachment folder is an
//! attachment, never an item.

use std::collections::HashSet;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use compact_str::CompactString;
use comrak::nodes::NodeValue;
use comrak::{parse_document, Arena, Options};
use rayon::prelude::*;
use sha2::{Digest, Sha256};
use walkdir::WalkDir;

use crate::diag::{Code, Finding, Findings, Location};
use crate::load::cache::files::{FileCache, FileFacts};
use crate::load::source::display_path;
use crate::model::attachment::{percent_decode, Attachment, Reference};
use crate::model::Item;

/// How much of a JPEG is read to look for a GPS position: the EXIF block is near the
/// start and at most 64 KiB.
/// It is also the head a picture's pixel size is read from.
const EXIF_WINDOW: u64 = crate::render::attachments::HEAD_BYTES;

/// The link and image targets of a Markdown body that are local paths, with their lines
/// in the file (`body_line` is the body's first line). A body without `](` or `]:` has
/// none and is not parsed.
pub fn references(body: &str, body_line: usize) -> Vec<Reference> {
    if !body.contains("](") && !body.contains("]:") {
        return Vec::new();
    }
    let mut options = Options::default();
    options.extension.table = true;
    options.extension.strikethrough = true;
    let arena = Arena::new();
    let root = parse_document(&arena, body, &options);
    let mut found = Vec::new();
    for node in root.descendants() {
        let data = node.data();
        let (url, image) = match &data.value {
            NodeValue::Link(link) => (&link.url, false),
            NodeValue::Image(link) => (&link.url, true),
            _ => continue,
        };
        let target = percent_decode(url);
        if let crate::model::attachment::Target::NotAFile = crate::model::attachment::classify("", &target, image) {
            continue;
        }
        found.push(Reference {
            target: CompactString::from(target),
            line: body_line + data.sourcepos.start.line.saturating_sub(1),
            image,
        });
    }
    found
}

/// The item files of `paths` without those inside another item's attachment folder
/// (`items/2026/X/notes.md` beside `items/2026/X.md`): those are attachments.
///
/// `paths` are sorted by their bytes and `entered` are the folders the walk entered
/// ([`crate::load::walk::Walked`]), so this takes a few binary searches per folder
/// instead of looking up every ancestor of every file: a folder `F` that has an item
/// `F.md` beside it holds the run of paths that start with `F/`.
pub fn without_attachment_files<S: std::hash::BuildHasher>(paths: Vec<PathBuf>, entered: &HashSet<PathBuf, S>) -> Vec<PathBuf> {
    fn bytes(path: &Path) -> &[u8] {
        path.as_os_str().as_encoded_bytes()
    }
    let position = |key: &[u8]| paths.partition_point(|path| bytes(path) < key);
    let separator = std::path::MAIN_SEPARATOR as u8;
    let mut inside = vec![false; paths.len()];
    for folder in entered {
        let folder = bytes(folder);
        let item = [folder, b".md"].concat();
        if paths.get(position(&item)).is_none_or(|path| bytes(path) != item.as_slice()) {
            continue;
        }
        // `F/` up to `F0` (the byte after the separator): everything inside `F`.
        let (start, end) = (position(&[folder, &[separator]].concat()), position(&[folder, &[separator + 1]].concat()));
        inside[start..end].fill(true);
    }
    paths.into_iter().zip(inside).filter_map(|(path, inside)| (!inside).then_some(path)).collect()
}

/// The attachment folder of an item file, relative to the root.
pub fn folder_of(item_file: &str) -> String {
    item_file.strip_suffix(".md").unwrap_or(item_file).to_string()
}

/// Lists every item's attachment folder into [`Item::attachments`], in parallel, pushing
/// a finding for each link that was not followed and each folder that could not be read;
/// the content digest of an item with attachments then covers them (their names and
/// SHA-256, see [`crate::model::content::with_attachments`]).
///
/// `folders` are the folders the walk of items/ entered ([`crate::load::walk::Walked`]):
/// an item whose attachment folder is not among them has none, and costs no `lstat`.
pub fn attach<S: std::hash::BuildHasher + Sync>(root: &Path, items: &mut [Item], folders: &HashSet<PathBuf, S>, started: SystemTime, findings: &mut Findings) {
    let cache = FileCache::open(root, started);
    let own: Vec<Findings> = items
        .par_iter_mut()
        .map(|item| {
            let mut own = Findings::new();
            let folder = folder_of(&item.file);
            item.attachments = if folders.contains(Path::new(&folder)) {
                list(root, &folder, &mut own).into_boxed_slice()
            } else {
                Box::default()
            };
            let digest = content_with_attachments(root, item, &cache);
            item.record.set_with_attachments(digest);
            own
        })
        .collect();
    cache.save();
    for found in own {
        findings.extend(found);
    }
}

/// The content digest of `item` over its text digest and its attachments' contents,
/// each of which is read here, once (or taken from the [`FileCache`] when unchanged),
/// into [`Attachment::sha256`], [`Attachment::has_gps`] and [`Attachment::pixels`]. A file that
/// cannot be read counts as `unreadable` (so the digest still changes when it does; the
/// walk reports the folder). `None` for an item without attachments, whose text digest
/// is its content digest.
fn content_with_attachments(root: &Path, item: &mut Item, cache: &FileCache) -> Option<crate::model::content::Digest> {
    if item.attachments.is_empty() {
        return None;
    }
    for file in &mut item.attachments {
        let name = file.name.as_str();
        let facts = cache.facts(root, &file.file, |path| read_facts(path, name)).ok();
        file.sha256 = facts.map(|facts| facts.sha256);
        file.has_gps = facts.is_some_and(|facts| facts.has_gps);
        file.pixels = facts.and_then(|facts| facts.pixels);
    }
    let hashes: Vec<String> = item
        .attachments
        .iter()
        .map(|file| file.sha256.map_or_else(|| "unreadable".to_string(), |hash| crate::hex::hex(&hash)))
        .collect();
    let files: Vec<(&str, &str)> = item
        .attachments
        .iter()
        .zip(&hashes)
        .map(|(file, hash)| (file.name.as_str(), hash.as_str()))
        .collect();
    Some(crate::model::content::with_attachments(item.record.text, &files))
}

/// The files below `folder` (relative to `root`), sorted by name.
fn list(root: &Path, folder: &str, findings: &mut Findings) -> Vec<Attachment> {
    let base = root.join(folder);
    let Ok(meta) = std::fs::symlink_metadata(&base) else {
        return Vec::new();
    };
    // A link (the folder itself or inside it) is not followed; the walk of items/
    // ([`crate::load::walk`]) has reported it already.
    if !meta.is_dir() {
        return Vec::new();
    }
    let mut files = Vec::new();
    for entry in WalkDir::new(&base).follow_links(false).min_depth(1).sort_by_file_name() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                findings.push(
                    Finding::new(
                        Code::InvalidValue,
                        crate::t!("invalid-value-unreadable-attachment-folder", error = error.to_string()),
                    )
                    .at(&Location::file_start(folder))
                    .help(crate::t!("invalid-value-unreadable-folder-help")),
                );
                continue;
            }
        };
        let relative = display_path(entry.path().strip_prefix(root).unwrap_or(entry.path()));
        if entry.path_is_symlink() || !entry.file_type().is_file() {
            continue;
        }
        let name = display_path(entry.path().strip_prefix(&base).unwrap_or(entry.path()));
        let size = entry.metadata().map_or(0, |m| m.len());
        files.push(Attachment {
            name,
            file: relative,
            size,
            has_gps: false,
            sha256: None,
            pixels: None,
        });
    }
    files
}

/// The SHA-256 of a file below `root`, in hex, read in pieces.
pub fn sha256_hex(root: &Path, file: &str) -> std::io::Result<String> {
    Ok(crate::hex::hex(&sha256_of(root, file)?))
}

/// The SHA-256 of a file below `root`, read in pieces.
pub fn sha256_of(root: &Path, file: &str) -> std::io::Result<[u8; 32]> {
    finish_sha256(std::fs::File::open(root.join(file))?, Sha256::new())
}

/// Reads the rest of `reader` into `digest`, in pieces, and returns the SHA-256.
fn finish_sha256(mut reader: impl std::io::Read, mut digest: Sha256) -> std::io::Result<[u8; 32]> {
    let mut buffer = vec![0u8; 64 * 1024];
    loop {
        let read = reader.read(&mut buffer)?;
        if read == 0 {
            break;
        }
        digest.update(&buffer[..read]);
    }
    Ok(digest.finalize().into())
}

/// True for a `.jpg` or `.jpeg` name.
pub fn is_jpeg_name(name: &str) -> bool {
    Path::new(name)
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("jpg") || ext.eq_ignore_ascii_case("jpeg"))
}

/// Reads a whole file: its SHA-256, for a JPEG whether the EXIF block at its start
/// (within [`EXIF_WINDOW`]) holds a GPS position, and for a picture its shown size, which
/// a picture that does not parse as the format of its name has none of
/// ([`crate::render::strip::parses`]). A picture is read whole at once (it is parsed);
/// any other file in pieces.
fn read_facts(path: &Path, name: &str) -> std::io::Result<FileFacts> {
    use crate::render::strip::{parses, Picture};
    if let Some(picture) = Picture::raster_of_name(name) {
        let bytes = std::fs::read(path)?;
        let head = &bytes[..bytes.len().min(usize::try_from(EXIF_WINDOW).unwrap_or(usize::MAX))];
        let has_gps = picture == Picture::Jpeg && jpeg_exif(head).is_some_and(exif_has_gps);
        let pixels = crate::render::attachments::shown_pixels(name, head);
        let sha256 = Sha256::digest(&bytes).into();
        return Ok(FileFacts {
            sha256,
            has_gps,
            pixels: pixels.filter(|_| parses(picture, bytes)),
        });
    }
    let mut reader = std::fs::File::open(path)?;
    let mut head = Vec::new();
    (&mut reader).take(EXIF_WINDOW).read_to_end(&mut head)?;
    let mut digest = Sha256::new();
    digest.update(&head);
    Ok(FileFacts {
        sha256: finish_sha256(reader, digest)?,
        has_gps: is_jpeg_name(name) && jpeg_exif(&head).is_some_and(exif_has_gps),
        pixels: crate::render::attachments::shown_pixels(name, &head),
    })
}

/// The TIFF block of a JPEG's EXIF segment (after `Exif\0\0`), if it has one.
pub fn jpeg_exif(bytes: &[u8]) -> Option<&[u8]> {
    if bytes.get(..2)? != [0xFF, 0xD8] {
        return None;
    }
    let mut at = 2;
    while at + 4 <= bytes.len() {
        if bytes[at] != 0xFF {
            return None;
        }
        let marker = bytes[at + 1];
        if marker == 0xDA || marker == 0xD9 {
            return None;
        }
        let length = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
        let contents = bytes.get(at + 4..at + 2 + length)?;
        if marker == 0xE1 && contents.starts_with(b"Exif\0\0") {
            return Some(&contents[6..]);
        }
        at += 2 + length;
    }
    None
}

/// One IFD entry: tag, type, count, and the value-or-offset field as stored.
type IfdEntry = (u16, u16, u32, [u8; 4]);

/// A TIFF block's byte order and its entries of the IFD at `offset`: (tag, type, count,
/// value or offset field).
fn ifd_entries(tiff: &[u8], offset: usize) -> Option<(bool, Vec<IfdEntry>)> {
    let big = match tiff.get(..4)? {
        b"MM\0*" => true,
        b"II*\0" => false,
        _ => return None,
    };
    let u16_at = |at: usize| {
        tiff.get(at..at + 2).map(|b| {
            if big {
                u16::from_be_bytes([b[0], b[1]])
            } else {
                u16::from_le_bytes([b[0], b[1]])
            }
        })
    };
    let u32_at = |at: usize| {
        tiff.get(at..at + 4).map(|b| {
            if big {
                u32::from_be_bytes([b[0], b[1], b[2], b[3]])
            } else {
                u32::from_le_bytes([b[0], b[1], b[2], b[3]])
            }
        })
    };
    let count = usize::from(u16_at(offset)?);
    let mut entries = Vec::with_capacity(count.min(256));
    for index in 0..count.min(256) {
        let at = offset + 2 + index * 12;
        let value = tiff.get(at + 8..at + 12)?;
        entries.push((u16_at(at)?, u16_at(at + 2)?, u32_at(at + 4)?, [value[0], value[1], value[2], value[3]]));
    }
    Some((big, entries))
}

/// The first IFD's offset in a TIFF block.
fn first_ifd(tiff: &[u8]) -> Option<usize> {
    let b = tiff.get(4..8)?;
    let offset = if tiff.starts_with(b"MM") {
        u32::from_be_bytes([b[0], b[1], b[2], b[3]])
    } else {
        u32::from_le_bytes([b[0], b[1], b[2], b[3]])
    };
    Some(offset as usize)
}

/// True when an EXIF TIFF block has a GPS IFD with a latitude or longitude in it.
pub fn exif_has_gps(tiff: &[u8]) -> bool {
    let Some((big, entries)) = first_ifd(tiff).and_then(|at| ifd_entries(tiff, at)) else {
        return false;
    };
    let Some(pointer) = entries.iter().find(|entry| entry.0 == 0x8825).map(|entry| {
        let v = entry.3;
        if big {
            u32::from_be_bytes(v)
        } else {
            u32::from_le_bytes(v)
        }
    }) else {
        return false;
    };
    ifd_entries(tiff, pointer as usize).is_some_and(|(_, gps)| gps.iter().any(|entry| (1..=4).contains(&entry.0)))
}

/// The EXIF orientation (1–8) of a TIFF block, when it has one.
pub fn exif_orientation(tiff: &[u8]) -> Option<u16> {
    let (big, entries) = ifd_entries(tiff, first_ifd(tiff)?)?;
    let entry = entries.iter().find(|entry| entry.0 == 0x0112 && entry.1 == 3)?;
    let value = if big {
        u16::from_be_bytes([entry.3[0], entry.3[1]])
    } else {
        u16::from_le_bytes([entry.3[0], entry.3[1]])
    };
    (1..=8).contains(&value).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_found_with_their_lines() {
        let body =
            "段落\n\n![照片](2026-Q1-3.5/photo.jpg)\n\n[附件：明细](2026-Q1-3.5/%E6%98%8E%E7%BB%86.pdf) [条例](https://example.org/a.pdf) [页](x.html)\n";
        let found = references(body, 5);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].target, "2026-Q1-3.5/photo.jpg");
        assert!(found[0].image);
        assert_eq!(found[0].line, 7);
        assert_eq!(found[1].target, "2026-Q1-3.5/明细.pdf");
        assert_eq!(found[1].line, 9);
        assert!(references("no links here", 1).is_empty());
    }

    #[test]
    fn markdown_inside_an_attachment_folder_is_not_an_item() {
        let paths = vec![
            PathBuf::from("items/2026/A.md"),
            PathBuf::from("items/2026/A/notes.md"),
            PathBuf::from("items/2026/B.md"),
        ];
        let entered: HashSet<PathBuf> = ["items/2026", "items/2026/A"].iter().map(PathBuf::from).collect();
        assert_eq!(
            without_attachment_files(paths, &entered),
            vec![PathBuf::from("items/2026/A.md"), PathBuf::from("items/2026/B.md")]
        );
    }

    /// The binary searches agree with looking up every ancestor of every file, on names
    /// chosen to sort awkwardly around the separator (`A-2.md`, `A.mda.md`, `A0.md`,
    /// an attachment folder inside another, one without its item).
    #[test]
    fn attachment_files_are_those_below_an_item_s_folder_however_names_sort() {
        let names = [
            "items/2026/A-2.md",
            "items/2026/A.md",
            "items/2026/A.mda.md",
            "items/2026/A/notes.md",
            "items/2026/A/sub/B.md",
            "items/2026/A/sub/B/more.md",
            "items/2026/A0.md",
            "items/2026/AB/orphan.md",
            "items/2026/C.md",
            "items/2026/C/x.md",
            "items/2027/A.md",
        ];
        let mut paths: Vec<PathBuf> = names
            .iter()
            .map(|name| PathBuf::from(name.replace('/', std::path::MAIN_SEPARATOR_STR)))
            .collect();
        paths.sort_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
        let entered: HashSet<PathBuf> = paths.iter().flat_map(|path| path.ancestors().skip(1).map(Path::to_path_buf)).collect();
        let folders: HashSet<PathBuf> = paths.iter().map(|path| path.with_extension("")).collect();
        let expected: Vec<PathBuf> = paths
            .iter()
            .filter(|path| !path.ancestors().skip(1).any(|folder| folders.contains(folder)))
            .cloned()
            .collect();
        assert_eq!(without_attachment_files(paths, &entered), expected);
        assert_eq!(expected.len(), 7, "{expected:?}");
    }

    #[test]
    fn gps_and_orientation_are_read_from_exif() {
        // Big-endian TIFF: IFD0 with Orientation = 6 and a GPS pointer; GPS IFD with a latitude ref.
        let mut tiff = b"MM\0*\0\0\0\x08".to_vec();
        tiff.extend_from_slice(&[0, 2]);
        tiff.extend_from_slice(&[0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0]);
        tiff.extend_from_slice(&[0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 38]);
        tiff.extend_from_slice(&[0, 0, 0, 0]);
        tiff.extend_from_slice(&[0, 1, 0, 1, 0, 2, 0, 0, 0, 2, b'N', 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(exif_orientation(&tiff), Some(6));
        assert!(exif_has_gps(&tiff));
        let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE1];
        jpeg.extend_from_slice(&((tiff.len() + 8) as u16).to_be_bytes());
        jpeg.extend_from_slice(b"Exif\0\0");
        jpeg.extend_from_slice(&tiff);
        jpeg.extend_from_slice(&[0xFF, 0xD9]);
        assert_eq!(jpeg_exif(&jpeg), Some(&tiff[..]));
        assert!(!exif_has_gps(b"MM\0*\0\0\0\x08\0\0"));
    }
}
