//! An item's attachments in the outputs. On the board, a public item's referenced files
//! are copied into the site under `files/<item>/<first 16 hex of their SHA-256>/<name>`
//! (a name that changes when the content does, so caches and the manifest stay right),
//! pictures with their metadata removed ([`super::strip`]); pictures are shown inline
//! with their pixel size, other files linked with their type and size. In the members'
//! bulletin the same references lead to the files in the repository, with their paths.
//! Only the items a page shows are ever looked at, so nothing of an item a page may not
//! show — no file, no name, no count — reaches it.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context as _, Result};
use sha2::{Digest, Sha256};

use super::board::PageSink;
use super::markdown::Resolved;
use super::strip::{strip, swaps_sides, Picture};
use super::view::slug;
use crate::load::attachments::{exif_orientation, jpeg_exif};
use crate::model::attachment::{classify, size_text, Target};
use crate::model::config::Locale;
use crate::model::{Item, Repo};

/// Changes when the way files are prepared for the site changes, so that every file is
/// prepared again.
const PREPARED_BY: &str = "strip-1";

/// One referenced attachment as an output links it.
#[derive(Debug, Clone)]
pub struct LinkedFile {
    /// Its path in the item's folder.
    pub name: String,
    /// Its path in the repository.
    pub file: String,
    /// Where the output finds it: a site path, or a path relative to the bulletin.
    pub href: String,
    /// The SHA-256 of the file in the repository (zero when not computed).
    pub hash: [u8; 32],
    /// Its size in bytes, in the repository.
    pub size: u64,
    /// The picture format, for a picture.
    pub picture: Option<Picture>,
    /// The shown width and height in pixels, when known.
    pub pixels: Option<(u32, u32)>,
}

/// Each referenced attachment of `item` once, in the order of first reference: the
/// files that go out with it (and that `review` lists for the secrecy review, since no
/// attachment is searched for personal data).
pub fn referenced(item: &Item) -> Vec<&crate::model::attachment::Attachment> {
    let mut found: Vec<&crate::model::attachment::Attachment> = Vec::new();
    for reference in &item.references {
        if let Target::Inside(name) = classify(&item.id, &reference.target, reference.image) {
            if let Some(attachment) = item.attachments.iter().find(|a| a.name == name) {
                if !found.iter().any(|f| f.name == attachment.name) {
                    found.push(attachment);
                }
            }
        }
    }
    found
}

/// The shown pixel size of the picture named `name`, from the first [`HEAD_BYTES`] of
/// it (none for a file that is no picture, or an SVG): read by the loader with the
/// file's hash and kept in the file cache, so that the board reads no picture again.
pub fn shown_pixels(name: &str, head: &[u8]) -> Option<(u32, u32)> {
    pixels(Picture::of_name(name), head)
}

/// How much of a picture [`shown_pixels`] is given (its header, and a JPEG's EXIF block).
pub const HEAD_BYTES: u64 = 256 * 1024;

/// The shown pixel size of a picture's bytes (width and height swapped when its EXIF
/// orientation turns it).
fn pixels(picture: Option<Picture>, bytes: &[u8]) -> Option<(u32, u32)> {
    let picture = picture.filter(|p| *p != Picture::Svg)?;
    let size = imagesize::blob_size(bytes).ok()?;
    let (width, height) = (u32::try_from(size.width).ok()?, u32::try_from(size.height).ok()?);
    let turned = picture == Picture::Jpeg && swaps_sides(jpeg_exif(bytes).and_then(exif_orientation));
    Some(if turned { (height, width) } else { (width, height) })
}

/// The referenced attachments of a public item as the board publishes them, with the
/// SHA-256 the loader computed (a file it could not read is read and hashed here).
pub fn board_files(repo: &Repo, item: &Item) -> Result<Vec<LinkedFile>> {
    let mut files: Vec<LinkedFile> = Vec::new();
    for attachment in referenced(item) {
        let path = repo.root.join(&attachment.file);
        let picture = Picture::of_name(&attachment.name);
        // The loader hashed the file already and read a picture's size.
        let (hash, pixels) = if let Some(hash) = attachment.sha256 {
            (hash, attachment.pixels)
        } else {
            let bytes = std::fs::read(&path).with_context(|| crate::t!("store-could-not-read", path = attachment.file.as_str()))?;
            (Sha256::digest(&bytes).into(), pixels(picture, &bytes))
        };
        let base = attachment.name.rsplit('/').next().unwrap_or(&attachment.name);
        let href = format!("{FILES_FOLDER}{}/{}/{base}", slug(&item.id), crate::hex::hex(&hash[..8]));
        // Two names with the same content and last name are one file on the site.
        if files.iter().any(|f| f.href == href) {
            continue;
        }
        files.push(LinkedFile {
            name: attachment.name.clone(),
            file: attachment.file.clone(),
            href,
            hash,
            size: attachment.size,
            picture,
            pixels,
        });
    }
    Ok(files)
}

/// The referenced attachments of an item as the bulletin in `bulletin_dir` links them:
/// relative paths to the files in the repository (only a picture's header is read).
pub fn bulletin_files(repo: &Repo, item: &Item) -> Vec<LinkedFile> {
    let depth = repo.config.bulletin_dir.split('/').filter(|part| !part.is_empty() && *part != ".").count();
    let up = "../".repeat(depth);
    referenced(item)
        .into_iter()
        .map(|attachment| {
            let picture = Picture::of_name(&attachment.name);
            let known = attachment.sha256.map(|_| attachment.pixels);
            let pixels = known.unwrap_or_else(|| {
                picture
                    .and_then(|_| read_head(&repo.root.join(&attachment.file)))
                    .and_then(|bytes| pixels(picture, &bytes))
            });
            LinkedFile {
                name: attachment.name.clone(),
                file: attachment.file.clone(),
                href: format!("{up}{}", attachment.file),
                hash: [0; 32],
                size: attachment.size,
                picture,
                pixels,
            }
        })
        .collect()
}

fn read_head(path: &Path) -> Option<Vec<u8>> {
    use std::io::Read as _;
    let mut bytes = Vec::new();
    std::fs::File::open(path).ok()?.take(HEAD_BYTES).read_to_end(&mut bytes).ok()?;
    Some(bytes)
}

/// Mixes an item's published files into the digest of its view, so that a page (and a
/// list) showing the item changes when one of its files does.
pub fn mix(view_digest: [u8; 16], files: &[LinkedFile]) -> [u8; 16] {
    if files.is_empty() {
        return view_digest;
    }
    let mut digest = Sha256::new();
    digest.update(view_digest);
    for file in files {
        digest.update(file.href.as_bytes());
        digest.update([0]);
        digest.update(file.name.as_bytes());
        digest.update([0]);
        if let Some((width, height)) = file.pixels {
            digest.update(width.to_be_bytes());
            digest.update(height.to_be_bytes());
        }
    }
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest.finalize()[..16]);
    bytes
}

/// Hands an item's files to the board: one whose prepared copy is in place from an
/// earlier run is kept, the others are read, stripped of their metadata and written.
pub fn emit(repo: &Repo, files: &[LinkedFile], sink: &dyn PageSink) -> Result<()> {
    for file in files {
        let fingerprint = format!("{PREPARED_BY}:{}", crate::hex::hex(&file.hash[..16]));
        if sink.keep(&file.href, &fingerprint) {
            continue;
        }
        let bytes = std::fs::read(repo.root.join(&file.file)).with_context(|| crate::t!("store-could-not-read", path = file.file.as_str()))?;
        let published =
            strip(file.picture, bytes).map_err(|why| anyhow::anyhow!(crate::t!("render-attachment-unpublishable", file = file.file.as_str(), reason = why)))?;
        sink.put(&file.href, &published, Some(&fingerprint))?;
    }
    Ok(())
}

/// How many of the board's `paths` are attachment copies (below `files/`).
pub fn count_files(paths: &[String]) -> usize {
    paths.iter().filter(|path| path.starts_with(FILES_FOLDER)).count()
}

/// The folder of the site that holds the attachment copies.
const FILES_FOLDER: &str = "files/";

/// The type of a file as a link shows it: its extension in capitals (`PDF`, `DOCX`).
fn kind(name: &str) -> String {
    name.rsplit_once('.').map_or_else(|| "FILE".to_string(), |(_, ext)| ext.to_ascii_uppercase())
}

/// Percent-encodes what is not a plain URL character in a `/`-separated path.
fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'/' | b'.' | b'-' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

/// Resolves an item's references to `files`, with `prefix` put before each address (the
/// way back to the site root). `with_paths` adds the file's path in the repository to a
/// link's note (for the bulletin).
pub fn resolver<'f>(
    item: &'f Item,
    files: &'f [LinkedFile],
    prefix: &'f str,
    locale: Locale,
    with_paths: bool,
) -> impl Fn(&str, bool) -> Option<Resolved> + 'f {
    move |target: &str, image: bool| {
        let Target::Inside(name) = classify(&item.id, target, image) else {
            return None;
        };
        let file = files.iter().find(|file| file.name == name)?;
        let href = format!("{prefix}{}", encode_path(&file.href));
        if image && file.picture.is_some() {
            return Some(Resolved::Image { src: href, size: file.pixels });
        }
        let separator = match locale {
            Locale::ZhCn => "，",
            Locale::En => ", ",
        };
        let mut note = format!("{}{separator}{}", kind(&file.name), size_text(file.size));
        if with_paths {
            note = format!("{note}{separator}{}", file.file);
        }
        Some(Resolved::File { href, note })
    }
}

/// The files of a bulletin item in Markdown, with their paths in the repository (the
/// Markdown bulletin keeps the body's references as written, which are relative to the
/// item's folder): empty without files.
pub fn markdown_list(files: &[LinkedFile], locale: Locale) -> String {
    if files.is_empty() {
        return String::new();
    }
    let (heading, separator) = match locale {
        Locale::ZhCn => ("附件：", "，"),
        Locale::En => ("Attachments:", ", "),
    };
    let mut text = format!("\n\n{heading}\n");
    for file in files {
        let _ = writeln!(text, "\n- `{}`（{}{separator}{}）", file.file, kind(&file.name), size_text(file.size));
    }
    text
}

/// The line the summary of `publish` (and its dry run) adds about attachments, when
/// any was added, changed or removed: `Attachments: 2 added, 0 changed, 1 removed.`
pub fn summary_line(added: &[String], changed: &[String], removed: &[String]) -> Option<String> {
    let counts = [count_files(added), count_files(changed), count_files(removed)];
    (counts.iter().sum::<usize>() > 0).then(|| crate::t!("publish-attachments-summary", added = counts[0], changed = counts[1], removed = counts[2]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_percent_encoded() {
        assert_eq!(encode_path("files/X/ab/明.pdf"), "files/X/ab/%E6%98%8E.pdf");
        assert_eq!(kind("a/b.docx"), "DOCX");
    }
}
