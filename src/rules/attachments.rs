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
                    format!("the body refers to \"{}\", but {folder}/{name} does not exist", reference.target),
                )
                .at(&at_line(item, reference.line))
                .help(format!(
                    "put the file into {folder}/, or correct the name in the reference (names are case-sensitive)"
                )),
            ),
            Target::Outside => findings.push(
                Finding::new(
                    Code::AttachmentOutside,
                    format!(
                        "the body refers to \"{}\", which is not in this item's attachment folder {folder}/",
                        reference.target
                    ),
                )
                .at(&at_line(item, reference.line))
                .help(format!(
                    "copy the file into {folder}/ and refer to it as `{}/NAME` (an item's files are published and checked with it)",
                    item.id
                )),
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
                    format!("{} is in the item's attachment folder, but its body does not refer to it", attachment.file),
                )
                .at(&at)
                .help(format!(
                    "refer to it in {} as `![说明]({}/{})` (a picture) or `[附件：说明]({}/{})` (a file), or remove it",
                    item.file, item.id, attachment.name, item.id, attachment.name
                )),
            );
        }
        for part in attachment.name.split('/') {
            if let Some(why) = unsafe_name(part) {
                findings.push(
                    Finding::new(Code::AttachmentName, format!("the name \"{part}\" cannot be used for an attachment: {why}"))
                        .at(&at)
                        .help("rename the file using letters, digits, `-`, `_` and `.` (Chinese characters are fine), and change the reference to match"),
                );
            }
        }
        if attachment.size > per_file {
            findings.push(
                Finding::new(
                    Code::AttachmentTooLarge,
                    format!(
                        "{} is {}, over the limit of {} for one attachment",
                        attachment.file,
                        size_text(attachment.size),
                        size_text(per_file)
                    ),
                )
                .at(&at)
                .help("make it smaller (a photo resized to 2000 pixels, a scan at 150 dpi), or raise `max_attachment_mib` in disclose.toml's [publish]"),
            );
        }
        if attachment.has_gps {
            findings.push(
                Finding::new(Code::AttachmentGps, format!("{} holds the GPS position where it was taken", attachment.file))
                    .at(&at)
                    .help("the board never publishes it (its metadata is removed), but the repository keeps it: remove it from the file with an editor if the place must not be known to members either"),
            );
        }
    }
    if total > per_item {
        findings.push(
            Finding::new(
                Code::AttachmentTooLarge,
                format!(
                    "the attachments of this item are {} together, over the limit of {} for one item",
                    size_text(total),
                    size_text(per_item)
                ),
            )
            .at(&Location::file_start(&item.file))
            .help("make the files smaller, split the item, or raise `max_item_attachments_mib` in disclose.toml's [publish]"),
        );
    }
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
