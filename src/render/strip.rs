//! The privacy guard for pictures: before a JPEG, PNG or WebP is published its metadata
//! is removed — EXIF (the GPS position, the camera's serial number, the owner's name),
//! XMP, IPTC, comments and text chunks — without re-encoding the pixels. The orientation
//! is kept: when the EXIF said the picture is turned, a minimal EXIF with only that tag
//! is written back, so browsers show it the right way up. The ICC colour profile (and a
//! JPEG's JFIF and Adobe segments, which decoding needs) stay. A GIF has no EXIF; its
//! comment, plain-text and application blocks (XMP lives in one) are removed, except the
//! looping block of an animation. Other files are published unchanged.

use img_parts::jpeg::{markers, Jpeg};
use img_parts::png::Png;
use img_parts::webp::WebP;
use img_parts::{Bytes, ImageEXIF};

use crate::load::attachments::exif_orientation;

/// The picture formats the guard knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Picture {
    /// JPEG.
    Jpeg,
    /// PNG.
    Png,
    /// WebP.
    WebP,
    /// GIF.
    Gif,
    /// SVG (shown only as `<img>`, never inlined).
    Svg,
}

impl Picture {
    /// The format of a file name, by its extension.
    pub fn of_name(name: &str) -> Option<Picture> {
        let extension = name.rsplit_once('.')?.1.to_ascii_lowercase();
        Some(match extension.as_str() {
            "jpg" | "jpeg" => Picture::Jpeg,
            "png" => Picture::Png,
            "webp" => Picture::WebP,
            "gif" => Picture::Gif,
            "svg" => Picture::Svg,
            _ => return None,
        })
    }

    /// The format of a file name, when it is a raster picture: one the board parses,
    /// strips and shows with its pixel size (SVG is published as it is).
    pub fn raster_of_name(name: &str) -> Option<Picture> {
        Picture::of_name(name).filter(|picture| *picture != Picture::Svg)
    }
}

/// The EXIF block that says nothing but `orientation` (big-endian TIFF, one entry).
fn orientation_only(orientation: u16) -> Bytes {
    let mut tiff = b"MM\0*\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01".to_vec();
    tiff.extend_from_slice(&orientation.to_be_bytes());
    tiff.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
    Bytes::from(tiff)
}

/// The EXIF to write back: the orientation alone, when it turns the picture.
fn kept_exif(exif: Option<&[u8]>) -> Option<Bytes> {
    exif.and_then(exif_orientation).filter(|o| *o != 1).map(orientation_only)
}

/// The bytes to publish for a file of format `picture`: its metadata removed. A file
/// that does not parse as its format is refused (it would be published unchecked).
pub fn strip(picture: Option<Picture>, bytes: Vec<u8>) -> Result<Vec<u8>, String> {
    match picture {
        Some(Picture::Jpeg) => {
            let mut jpeg = Jpeg::from_bytes(Bytes::from(bytes)).map_err(|e| crate::t!("render-not-readable-picture", kind = "JPEG", error = e.to_string()))?;
            let exif = kept_exif(jpeg.exif().as_deref());
            jpeg.segments_mut().retain(|segment| {
                let marker = segment.marker();
                let contents = segment.contents();
                match marker {
                    // JFIF and Adobe (colour transform) are needed to decode; ICC for colour.
                    markers::APP0 | markers::APP14 => true,
                    markers::APP2 => contents.starts_with(b"ICC_PROFILE\0"),
                    markers::COM => false,
                    m if (markers::APP1..=markers::APP15).contains(&m) => false,
                    _ => true,
                }
            });
            jpeg.set_exif(exif);
            Ok(jpeg.encoder().bytes().to_vec())
        }
        Some(Picture::Png) => {
            let mut png = Png::from_bytes(Bytes::from(bytes)).map_err(|e| crate::t!("render-not-readable-picture", kind = "PNG", error = e.to_string()))?;
            let exif = kept_exif(png.exif().as_deref());
            for kind in [*b"eXIf", *b"tEXt", *b"zTXt", *b"iTXt", *b"tIME"] {
                png.remove_chunks_by_type(kind);
            }
            png.set_exif(exif);
            Ok(png.encoder().bytes().to_vec())
        }
        Some(Picture::WebP) => {
            let mut webp = WebP::from_bytes(Bytes::from(bytes)).map_err(|e| crate::t!("render-not-readable-picture", kind = "WebP", error = e.to_string()))?;
            let exif = kept_exif(webp.exif().as_deref());
            webp.remove_chunks_by_id(*b"XMP ");
            webp.set_exif(exif);
            Ok(webp.encoder().bytes().to_vec())
        }
        Some(Picture::Gif) => strip_gif(&bytes).ok_or_else(|| crate::t!("render-not-readable-gif")),
        _ => Ok(bytes),
    }
}

/// Whether `bytes` parse as `picture`, as [`strip`] parses them when the board publishes
/// the file: `check` reports a picture that does not (`attachment-unreadable`), so that a
/// repository that checks clean also publishes.
pub fn parses(picture: Picture, bytes: Vec<u8>) -> bool {
    match picture {
        Picture::Jpeg => Jpeg::from_bytes(Bytes::from(bytes)).is_ok(),
        Picture::Png => Png::from_bytes(Bytes::from(bytes)).is_ok(),
        Picture::WebP => WebP::from_bytes(Bytes::from(bytes)).is_ok(),
        Picture::Gif => strip_gif(&bytes).is_some(),
        Picture::Svg => true,
    }
}

/// The sub-blocks starting at `at` (each a length byte and data, ended by a zero): the
/// offset after them.
fn after_sub_blocks(bytes: &[u8], mut at: usize) -> Option<usize> {
    loop {
        let length = usize::from(*bytes.get(at)?);
        at += 1 + length;
        if length == 0 {
            return Some(at);
        }
    }
}

/// A GIF without its comment, plain-text and application extension blocks (but for the
/// animation's looping block), block for block; the image data is copied as it is.
fn strip_gif(bytes: &[u8]) -> Option<Vec<u8>> {
    if !(bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a")) {
        return None;
    }
    let flags = *bytes.get(10)?;
    let mut at = 13 + if flags & 0x80 != 0 { 3 << ((flags & 7) + 1) } else { 0 };
    let mut out = bytes.get(..at)?.to_vec();
    loop {
        match *bytes.get(at)? {
            0x3B => {
                out.push(0x3B);
                return Some(out);
            }
            0x21 => {
                let label = *bytes.get(at + 1)?;
                let end = after_sub_blocks(bytes, at + 2)?;
                let looping = label == 0xFF && bytes.get(at + 3..at + 14).is_some_and(|id| id == b"NETSCAPE2.0" || id == b"ANIMEXTS1.0");
                if !matches!(label, 0xFE | 0x01 | 0xFF) || looping {
                    out.extend_from_slice(bytes.get(at..end)?);
                }
                at = end;
            }
            0x2C => {
                let local = *bytes.get(at + 9)?;
                let table = if local & 0x80 != 0 { 3 << ((local & 7) + 1) } else { 0 };
                // Descriptor, local colour table, LZW code size, then the data sub-blocks.
                let end = after_sub_blocks(bytes, at + 10 + table + 1)?;
                out.extend_from_slice(bytes.get(at..end)?);
                at = end;
            }
            _ => return None,
        }
    }
}

/// True when `orientation` turns the picture a quarter, so its shown width and height
/// are the stored height and width.
pub fn swaps_sides(exif_orientation: Option<u16>) -> bool {
    matches!(exif_orientation, Some(5..=8))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kept_exif_says_only_the_orientation() {
        let exif = orientation_only(6);
        assert_eq!(exif_orientation(&exif), Some(6));
        assert!(!crate::load::attachments::exif_has_gps(&exif));
        assert_eq!(kept_exif(Some(&orientation_only(1))), None);
    }

    #[test]
    fn a_gif_loses_its_comment_and_keeps_its_pixels() {
        // 1×1 GIF89a with a two-colour table, a comment, a looping block and one image.
        let mut gif = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\x00\x00\x00\x00\x00".to_vec();
        gif.extend_from_slice(b"\x21\xfe\x0bowner Wang \x00");
        let looping = b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00";
        gif.extend_from_slice(looping);
        let image = b"\x2c\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x44\x01\x00";
        gif.extend_from_slice(image);
        gif.push(0x3B);
        let stripped = strip(Some(Picture::Gif), gif.clone()).unwrap();
        assert!(!stripped.windows(5).any(|w| w == b"owner"));
        assert!(stripped.windows(looping.len()).any(|w| w == looping));
        assert!(stripped.windows(image.len()).any(|w| w == image));
        assert_eq!(stripped.len(), gif.len() - 15);
        assert!(strip(Some(Picture::Gif), b"GIF89a".to_vec()).is_err());
    }

    #[test]
    fn an_unreadable_picture_is_refused() {
        assert!(strip(Some(Picture::Jpeg), b"not a jpeg".to_vec()).is_err());
        assert_eq!(strip(None, b"%PDF-1.4".to_vec()), Ok(b"%PDF-1.4".to_vec()));
    }
}
