//! Attachments against the body that refers to them: every file reference of an item
//! leads into the item's own folder and to a file that is there, every file there is
//! referred to, names are safe on Windows and in web addresses, sizes keep within
//! `[publish]`'s limits, and a photo's GPS position is pointed out.

use std::collections::BTreeSet;

use crate::diag::{Code, Finding, Findings, Location};
use crate::load::attachments::folder_of;
use crate::model::attachment::{classify, size_text, unsafe_name, Target};
use crate::model::{Item, Repo};

const MIB: u64 = 1024 * 1024;

/// Pushes findings for every item's attachments and file references.
pub fn check(repo: &Repo, findings: &mut Findings) {
    let per_file = u64::from(repo.config.max_attachment_mib) * MIB;
    let per_item = u64::from(repo.config.max_item_attachments_mib) * MIB;
    for item in repo.items.iter().filter(|item| !item.references.is_empty() || !item.attachments.is_empty()) {
        check_item(item, per_file, per_item, findings);
    }
}

fn at_line(item: &Item, line: usize) -> Location {
    Location {
        line,
        ..Location::file_start(&item.file)
    }
}

fn check_item(item: &Item, per_file: u64, per_item: u64, findings: &mut Findings) {
    let folder = folder_of(&item.file);
    let present: BTreeSet<&str> = item.attachments.iter().map(|a| a.name.as_str()).collect();
    let mut referenced = BTreeSet::new();
    for reference in &item.references {
        match classify(&item.id, &reference.target, reference.image) {
            Target::Inside(name) if present.contains(name.as_str()) => {
                referenced.insert(name);
            }
            Target::Inside(name) => findings.push(
                Finding::new(
                    Code::AttachmentMissing,
                    crate::t!(
                        "attachment-missing",
                        target = reference.target.as_str(),
                        folder = folder.as_str(),
                        name = name.as_str()
                    ),
                )
                .at(&at_line(item, reference.line))
                .help(crate::t!("attachment-missing-help", folder = folder.as_str())),
            ),
            Target::Outside => findings.push(
                Finding::new(
                    Code::AttachmentOutside,
                    crate::t!("attachment-outside", target = reference.target.as_str(), folder = folder.as_str()),
                )
                .at(&at_line(item, reference.line))
                .help(crate::t!("attachment-outside-help", folder = folder.as_str(), id = item.id.to_string())),
            ),
            Target::NotAFile => {}
        }
    }
    let mut total = 0u64;
    for attachment in &item.attachments {
        total += attachment.size;
        let at = Location::file_start(&attachment.file);
        if !referenced.contains(&attachment.name) {
            findings.push(
                Finding::new(
                    Code::AttachmentUnreferenced,
                    crate::t!("attachment-unreferenced", file = attachment.file.as_str()),
                )
                .at(&at)
                .help(crate::t!(
                    "attachment-unreferenced-help",
                    file = item.file.as_str(),
                    id = item.id.to_string(),
                    name = attachment.name.as_str()
                )),
            );
        }
        for part in attachment.name.split('/') {
            if let Some(why) = unsafe_name(part) {
                findings.push(
                    Finding::new(Code::AttachmentName, crate::t!("attachment-name", part = part, why = why.clone()))
                        .at(&at)
                        .help(crate::t!("attachment-name-help")),
                );
            }
        }
        if attachment.size > per_file {
            findings.push(
                Finding::new(
                    Code::AttachmentTooLarge,
                    crate::t!(
                        "attachment-too-large",
                        file = attachment.file.as_str(),
                        size = size_text(attachment.size),
                        limit = size_text(per_file)
                    ),
                )
                .at(&at)
                .help(crate::t!("attachment-too-large-help")),
            );
        }
        if referenced.contains(&attachment.name) && !readable_picture(attachment) {
            findings.push(
                Finding::new(Code::AttachmentUnreadable, crate::t!("attachment-unreadable", file = attachment.file.as_str()))
                    .at(&at)
                    .help(crate::t!("attachment-unreadable-help")),
            );
        }
        if attachment.has_gps {
            findings.push(
                Finding::new(Code::AttachmentGps, crate::t!("attachment-gps", file = attachment.file.as_str()))
                    .at(&at)
                    .help(crate::t!("attachment-gps-help")),
            );
        }
    }
    if total > per_item {
        findings.push(
            Finding::new(
                Code::AttachmentTooLarge,
                crate::t!("attachment-too-large-item", size = size_text(total), limit = size_text(per_item)),
            )
            .at(&Location::file_start(&item.file))
            .help(crate::t!("attachment-too-large-item-help")),
        );
    }
}

/// False for a raster picture that was read but has no shown size: it does not parse as
/// the format of its name, and the board could not publish it (see
/// [`crate::render::strip::parses`]).
fn readable_picture(attachment: &crate::model::attachment::Attachment) -> bool {
    use crate::render::strip::Picture;
    Picture::raster_of_name(&attachment.name).is_none() || attachment.sha256.is_none() || attachment.pixels.is_some()
}

#[cfg(test)]
mod tests {
    use crate::model::attachment::size_text;

    #[test]
    fn sizes_read_like_a_file_manager() {
        assert_eq!(size_text(10), "10 B");
        assert_eq!(size_text(812_345), "812 KB");
        assert_eq!(size_text(1_234_567), "1.2 MB");
    }
}
