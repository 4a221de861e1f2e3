//! Attachments: pictures and files in the folder named after an item. The board shows a
//! public item's pictures (metadata removed, GPS above all) and links its files; a
//! members item's files reach no file under site/ and are in the bulletin; broken
//! references, stray files, unsafe names, links and sizes are findings; a re-publish
//! rewrites nothing; `new --with-files` makes the folder.

use std::fs;
use std::path::Path;

use crate::support::{project_root, Repo};

const AS_OF: &str = "2026-11-28";
const PUBLIC: &str = "items/2026/2026-03-20-2.2";
const MEMBERS: &str = "items/2026/2026-Q1-1.1";

fn fixture(name: &str) -> Vec<u8> {
    fs::read(project_root().join("tests/cli/fixtures/attachments").join(name)).expect("fixture")
}

fn put(repo: &Repo, relative: &str, bytes: &[u8]) {
    let path = repo.path().join(relative);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, bytes).unwrap();
}

/// An EXIF TIFF block (big-endian) with Orientation = 6 and a GPS position.
fn gps_exif() -> Vec<u8> {
    let mut tiff = b"MM\0*\0\0\0\x08".to_vec();
    // IFD0 at 8: Orientation, GPS pointer (to 38).
    tiff.extend_from_slice(&[0, 2]);
    tiff.extend_from_slice(&[0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0]);
    tiff.extend_from_slice(&[0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 38]);
    tiff.extend_from_slice(&[0, 0, 0, 0]);
    // GPS IFD at 38: GPSLatitudeRef "N", GPSLatitude (3 rationals at 68).
    tiff.extend_from_slice(&[0, 2]);
    tiff.extend_from_slice(&[0, 1, 0, 2, 0, 0, 0, 2, b'N', 0, 0, 0]);
    tiff.extend_from_slice(&[0, 2, 0, 5, 0, 0, 0, 3, 0, 0, 0, 68]);
    tiff.extend_from_slice(&[0, 0, 0, 0]);
    for (num, den) in [(39u32, 1u32), (54, 1), (2700, 100)] {
        tiff.extend_from_slice(&num.to_be_bytes());
        tiff.extend_from_slice(&den.to_be_bytes());
    }
    tiff
}

/// The fixture photo with the GPS EXIF and a comment put in after its start marker.
fn photo_with_gps() -> Vec<u8> {
    let photo = fixture("photo.jpg");
    let exif = gps_exif();
    let mut jpeg = photo[..2].to_vec();
    jpeg.extend_from_slice(&[0xFF, 0xE1]);
    jpeg.extend_from_slice(&((exif.len() + 8) as u16).to_be_bytes());
    jpeg.extend_from_slice(b"Exif\0\0");
    jpeg.extend_from_slice(&exif);
    let comment = b"camera serial 12345 owner Wang";
    jpeg.extend_from_slice(&[0xFF, 0xFE]);
    jpeg.extend_from_slice(&((comment.len() + 2) as u16).to_be_bytes());
    jpeg.extend_from_slice(comment);
    jpeg.extend_from_slice(&photo[2..]);
    jpeg
}

fn exif_fields(bytes: &[u8]) -> Vec<exif::Field> {
    match exif::Reader::new().read_from_container(&mut std::io::Cursor::new(bytes)) {
        Ok(exif) => exif.fields().cloned().collect(),
        Err(exif::Error::NotFound(_)) => Vec::new(),
        Err(error) => panic!("unreadable EXIF: {error}"),
    }
}

fn append_body(repo: &Repo, item: &str, text: &str) {
    let file = format!("{item}.md");
    let body = repo.read(&file);
    repo.write(&file, &format!("{body}\n{text}\n"));
}

/// The minimal fixture with a photo (GPS inside) and a PDF on a public item, and a
/// photo and a PDF with names found nowhere else on a members item.
fn repo_with_attachments() -> Repo {
    let repo = Repo::fixture("minimal");
    put(&repo, &format!("{PUBLIC}/photo.jpg"), &photo_with_gps());
    put(&repo, &format!("{PUBLIC}/选举通知.pdf"), &fixture("notice.pdf"));
    append_body(
        &repo,
        PUBLIC,
        "![2026年换届选举大会](2026-03-20-2.2/photo.jpg)\n\n[附件：选举通知](2026-03-20-2.2/选举通知.pdf)",
    );
    put(&repo, &format!("{MEMBERS}/dangfei-secret-photo.png"), &fixture("badge.png"));
    put(&repo, &format!("{MEMBERS}/党费明细-secret.pdf"), &fixture("notice.pdf"));
    append_body(
        &repo,
        MEMBERS,
        "![党费收缴现场](2026-Q1-1.1/dangfei-secret-photo.png)\n\n[附件：党费明细](2026-Q1-1.1/党费明细-secret.pdf)",
    );
    repo
}

fn site_files(repo: &Repo) -> Vec<(String, Vec<u8>)> {
    repo.snapshot_tree().into_iter().filter(|(path, _)| path.starts_with("site/")).collect()
}

#[test]
fn the_board_shows_a_public_picture_without_its_metadata_and_links_the_pdf() {
    let repo = repo_with_attachments();
    let (code, out, err) = repo.run(&["check", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("attachment-gps"), "{out}");
    assert!(out.contains(&format!("{PUBLIC}/photo.jpg")), "{out}");
    let (code, out, _) = repo.run(&["publish", "--as-of", AS_OF]);
    assert_eq!(code, 0);
    assert!(out.contains("\nAttachments: 2 added, 0 changed, 0 removed.\n"), "{out}");

    let page = repo.read("site/items/2026-03-20-2.2.html");
    // The picture: a local src that exists, its shown size (turned by orientation 6), alt.
    let start = page.find("<img src=\"../").expect("an <img> with a local src");
    let tag = &page[start..start + page[start..].find('>').unwrap()];
    let src = tag["<img src=\"../".len()..].split('"').next().unwrap();
    assert!(src.starts_with("files/2026-03-20-2.2/") && src.ends_with("/photo.jpg"), "{tag}");
    assert!(tag.contains("width=\"48\" height=\"64\""), "{tag}");
    assert!(tag.contains("alt=\"2026年换届选举大会\""), "{tag}");
    let published = fs::read(repo.path().join("site").join(src)).expect("the published picture");
    let fields = exif_fields(&published);
    assert!(
        fields.iter().all(|f| f.ifd_num == exif::In::PRIMARY && f.tag == exif::Tag::Orientation),
        "{fields:?}"
    );
    assert_eq!(fields.len(), 1, "only the orientation is kept: {fields:?}");
    assert!(
        exif_fields(&photo_with_gps()).iter().any(|f| f.tag == exif::Tag::GPSLatitude),
        "the source has GPS"
    );
    assert!(!published.windows(6).any(|w| w == b"serial"), "the comment is removed");
    // The pixels are not re-encoded: the scan data is byte for byte the source's.
    let photo = fixture("photo.jpg");
    let sos = photo.windows(2).position(|w| w == [0xFF, 0xDA]).unwrap();
    assert!(published.ends_with(&photo[sos..]));

    // The PDF: a download link with its type and size.
    assert!(page.contains("\">附件：选举通知</a>（PDF，329 B）"), "{page}");
    let href = page
        .split("href=\"../files/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a link to the PDF");
    assert!(href.ends_with("/%E9%80%89%E4%B8%BE%E9%80%9A%E7%9F%A5.pdf"), "{href}");
    assert!(site_files(&repo)
        .iter()
        .any(|(path, bytes)| path.ends_with("/选举通知.pdf") && *bytes == fixture("notice.pdf")));
}

#[test]
fn nothing_of_a_members_item_reaches_the_site_and_the_bulletin_shows_it() {
    let repo = repo_with_attachments();
    assert_eq!(repo.run(&["publish", "--as-of", AS_OF]).0, 0);
    let files = site_files(&repo);
    assert!(files.iter().any(|(path, _)| path.starts_with("site/files/2026-03-20-2.2/")));
    let badge = fixture("badge.png");
    for (path, bytes) in &files {
        assert!(!path.contains("2026-Q1-1.1") && !path.contains("secret"), "{path}");
        let text = String::from_utf8_lossy(bytes);
        for needle in ["secret", "党费明细", "党费收缴现场", "2026-Q1-1.1/"] {
            assert!(!text.contains(needle), "{path} shows {needle}");
        }
        assert!(*bytes != badge, "{path} is the members' picture");
    }
    let (code, out, err) = repo.run(&["bulletin", "2026-Q2", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{out}{err}");
    let html = repo.read("bulletins/2026-Q2.html");
    assert!(
        html.contains("<img src=\"../items/2026/2026-Q1-1.1/dangfei-secret-photo.png\" width=\"16\" height=\"16\""),
        "{html}"
    );
    assert!(html.contains("（PDF，329 B，items/2026/2026-Q1-1.1/党费明细-secret.pdf）"), "{html}");
    let md = repo.read("bulletins/2026-Q2.md");
    assert!(md.contains("- `items/2026/2026-Q1-1.1/党费明细-secret.pdf`（PDF，329 B）"), "{md}");
}

#[test]
fn a_restricted_items_files_are_in_no_output() {
    let repo = repo_with_attachments();
    repo.edit(
        &format!("{MEMBERS}.md"),
        "prepared_by",
        "scope = \"restricted\"\naudience = \"支委会\"\nprepared_by",
    );
    assert_eq!(repo.run(&["publish", "--as-of", AS_OF]).0, 0);
    assert_eq!(repo.run(&["bulletin", "2026-Q2", "--as-of", AS_OF]).0, 0);
    for (path, bytes) in repo.snapshot_tree() {
        if path.starts_with("site/") || path.starts_with("bulletins/") {
            assert!(!String::from_utf8_lossy(&bytes).contains("secret"), "{path}");
        }
    }
}

#[test]
fn republishing_rewrites_nothing_and_a_changed_picture_gets_a_new_name() {
    let repo = repo_with_attachments();
    assert_eq!(repo.run(&["publish", "--as-of", AS_OF]).0, 0);
    let stamp = |repo: &Repo| -> Vec<(String, std::time::SystemTime)> {
        walkdir::WalkDir::new(repo.path().join("site"))
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| (e.path().display().to_string(), e.metadata().unwrap().modified().unwrap()))
            .collect()
    };
    let before = stamp(&repo);
    std::thread::sleep(std::time::Duration::from_millis(20));
    let (code, out, _) = repo.run(&["publish", "--as-of", AS_OF]);
    assert_eq!(code, 0);
    assert!(out.contains("is up to date"), "{out}");
    assert_eq!(stamp(&repo), before);

    let old_page = repo.read("site/items/2026-03-20-2.2.html");
    put(&repo, &format!("{PUBLIC}/photo.jpg"), &fixture("photo.jpg"));
    let (_, dry, _) = repo.run(&["publish", "--dry-run", "--as-of", AS_OF]);
    assert!(dry.contains("  Attachments: 1 added, 0 changed, 1 removed."), "{dry}");
    let (code, out, _) = repo.run(&["publish", "--as-of", AS_OF]);
    assert_eq!(code, 0);
    assert!(out.contains("\nAttachments: 1 added, 0 changed, 1 removed.\n"), "{out}");
    let new_page = repo.read("site/items/2026-03-20-2.2.html");
    assert_ne!(old_page, new_page, "the page links the new name");
    let pictures: Vec<String> = site_files(&repo).into_iter().map(|(p, _)| p).filter(|p| p.ends_with("photo.jpg")).collect();
    assert_eq!(pictures.len(), 1, "the old copy is removed: {pictures:?}");
    assert!(new_page.contains("width=\"64\" height=\"48\""), "no orientation now");
}

#[test]
fn broken_references_stray_files_names_links_and_sizes_are_findings() {
    let repo = Repo::fixture("minimal");
    put(&repo, &format!("{PUBLIC}/photo.jpg"), &fixture("photo.jpg"));
    put(&repo, &format!("{PUBLIC}/stray.pdf"), &fixture("notice.pdf"));
    put(&repo, &format!("{PUBLIC}/CON.pdf"), &fixture("notice.pdf"));
    put(&repo, &format!("{PUBLIC}/notes.md"), b"+++\nnot an item\n");
    put(&repo, "items/2026/2026-Q1-1.1/other.jpg", &fixture("photo.jpg"));
    append_body(
        &repo,
        PUBLIC,
        "![照片](2026-03-20-2.2/photo.jpg)\n\n![缺](2026-03-20-2.2/missing.jpg)\n\n[别人的](2026-Q1-1.1/other.jpg)\n\n[附件](2026-03-20-2.2/CON.pdf) [笔记](2026-03-20-2.2/notes.md)",
    );
    #[cfg(unix)]
    std::os::unix::fs::symlink("/etc/passwd", repo.path().join(PUBLIC).join("passwd.txt")).unwrap();
    let (code, out, err) = repo.run(&["check", "--as-of", AS_OF]);
    assert_eq!(code, 1, "{out}{err}");
    let has = |out: &str, finding: &str, at: &str| out.split("\n\n").any(|block| block.contains(finding) && block.contains(&format!("--> {at}\n")));
    let line_of = |needle: &str| {
        let text = repo.read(&format!("{PUBLIC}.md"));
        text.lines().position(|line| line.contains(needle)).unwrap() + 1
    };
    assert!(
        has(&out, "error[attachment-missing]", &format!("{PUBLIC}.md:{}:1", line_of("missing.jpg"))),
        "{out}"
    );
    assert!(has(&out, "error[attachment-outside]", &format!("{PUBLIC}.md:{}:1", line_of("别人的"))), "{out}");
    assert!(has(&out, "warning[attachment-unreferenced]", &format!("{PUBLIC}/stray.pdf:1:1")), "{out}");
    assert!(has(&out, "error[attachment-name]", &format!("{PUBLIC}/CON.pdf:1:1")), "{out}");
    assert!(has(&out, "warning[attachment-unreferenced]", "items/2026/2026-Q1-1.1/other.jpg:1:1"), "{out}");
    #[cfg(unix)]
    assert_eq!(out.matches(&format!("--> {PUBLIC}/passwd.txt:1:1")).count(), 1, "{out}");
    // A Markdown file in an attachment folder is an attachment, not an item.
    assert!(!out.contains("notes.md:1:1\n"), "{out}");
    assert!(!out.contains("attachment-too-large"), "{out}");
    assert_eq!(repo.run(&["publish", "--as-of", AS_OF]).0, 1, "errors block publishing");

    repo.edit(
        "disclose.toml",
        "require_review = true",
        "require_review = true\nmax_attachment_mib = 0\nmax_item_attachments_mib = 0",
    );
    let (_, out, _) = repo.run(&["check", "--as-of", AS_OF]);
    assert!(has(&out, "error[attachment-too-large]", &format!("{PUBLIC}/photo.jpg:1:1")), "{out}");
    assert!(has(&out, "error[attachment-too-large]", &format!("{PUBLIC}.md:1:1")), "{out}");
}

#[test]
fn new_with_files_creates_the_folder() {
    let repo = Repo::fixture("minimal");
    let (code, out, err) = repo.run(&[
        "new",
        "2.1",
        "--event",
        "2026-11-20",
        "--title",
        "拟提拔干部公示",
        "--with-files",
        "--as-of",
        AS_OF,
    ]);
    assert_eq!(code, 0, "{out}{err}");
    let folder = repo.path().join("items/2026/2026-11-20-2.1");
    assert!(folder.is_dir(), "{out}");
    assert!(out.contains("Created items/2026/2026-11-20-2.1/ for the item's pictures and files"), "{out}");
    let (code, out, err) = repo.run(&["new", "2.1", "--event", "2026-11-21", "--title", "拟提拔干部公示二", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(!Path::new(&repo.path().join("items/2026/2026-11-21-2.1")).exists());
}

#[test]
fn the_archive_register_lists_each_attachment_with_its_size_and_sha256() {
    use sha2::{Digest, Sha256};
    let repo = repo_with_attachments();
    let sha = |bytes: &[u8]| disclose::hex::hex(&Sha256::digest(bytes));
    let photo = photo_with_gps();
    let (code, text, err) = repo.run(&["archive", "--as-of", AS_OF, "--year", "2026"]);
    assert_eq!(code, 0, "{text}{err}");
    assert!(text.contains(&sha(&photo)), "{text}");
    assert!(text.contains(&format!("{PUBLIC}/photo.jpg")), "{text}");
    assert!(text.contains(&sha(&fixture("badge.png"))), "the members' files are in the record too: {text}");
    let (_, csv, _) = repo.run(&["archive", "--as-of", AS_OF, "--year", "2026", "--format", "csv"]);
    let row = format!(
        "2026,attachment,,,,,2026-03-20-2.2,,,,,,,,,,,,{PUBLIC}/photo.jpg,{},{},,",
        photo.len(),
        sha(&photo)
    );
    assert!(csv.lines().any(|line| line == row), "{csv}");
    let (_, json, _) = repo.run(&["archive", "--as-of", AS_OF, "--year", "2026", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(json["attachments"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["sha256"] == sha(&fixture("notice.pdf")).as_str()));
    let (code, out, err) = repo.run(&["archive", "--as-of", AS_OF, "--year", "2026", "--write"]);
    assert_eq!(code, 0, "{out}{err}");
}

#[test]
fn review_lists_a_public_items_files_for_the_secrecy_review() {
    let repo = repo_with_attachments();
    let (code, out, err) = repo.run(&[
        "new",
        "2.1",
        "--event",
        "2026-11-20",
        "--title",
        "拟提拔干部公示",
        "--with-files",
        "--as-of",
        AS_OF,
    ]);
    assert_eq!(code, 0, "{out}{err}");
    let item = "items/2026/2026-11-20-2.1";
    let text = repo.read(&format!("{item}.md"));
    let front_end = text.rfind("+++\n").unwrap() + 4;
    repo.write(
        &format!("{item}.md"),
        &format!(
            "{}经支部委员会研究，拟提拔张三同志。\n\n[附件：任前公示](2026-11-20-2.1/公示.pdf)\n",
            &text[..front_end]
        ),
    );
    put(&repo, &format!("{item}/公示.pdf"), &fixture("notice.pdf"));
    let (code, out, err) = repo.run(&["review", "2026-11-20-2.1", "--by", "李委员", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains(&format!(
            "    check this file by eye, it is published and not searched for personal data: {item}/公示.pdf"
        )),
        "{out}"
    );
}

#[test]
fn evidence_photos_are_kept_without_gps_listed_in_the_register_and_never_published() {
    let repo = Repo::fixture("minimal");
    let outside = tempfile::tempdir().unwrap();
    let photo = outside.path().join("IMG_2041.JPG");
    fs::write(&photo, photo_with_gps()).unwrap();
    let photo_arg = photo.display().to_string();
    let (code, out, err) = repo.run(&["evidence", "add", &photo_arg, "--on", "2026-10-08", "--note", "2026年第三季度公开栏"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("as evidence/2026/2026-10-08-1.jpg"), "{out}");
    let kept = fs::read(repo.path().join("evidence/2026/2026-10-08-1.jpg")).unwrap();
    assert!(exif_fields(&kept).iter().all(|f| f.tag == exif::Tag::Orientation), "no GPS is kept");
    let sidecar = repo.read("evidence/2026/2026-10-08-1.toml");
    assert!(
        sidecar.contains("on = 2026-10-08\n") && sidecar.contains("note = \"2026年第三季度公开栏\""),
        "{sidecar}"
    );
    let (code, out, _) = repo.run(&["evidence", "add", &photo_arg, "--on", "2026-10-08"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("evidence/2026/2026-10-08-2.jpg"),
        "a second photo of the day gets the next number: {out}"
    );

    let (code, text, _) = repo.run(&["archive", "--as-of", AS_OF, "--year", "2026"]);
    assert_eq!(code, 0);
    assert!(
        text.contains("evidence/2026/2026-10-08-1.jpg") && text.contains(&disclose::hex::hex(&<sha2::Sha256 as sha2::Digest>::digest(&kept))),
        "{text}"
    );
    assert!(text.contains("2026年第三季度公开栏"), "{text}");

    assert_eq!(repo.run(&["check", "--as-of", AS_OF]).0, 0);
    assert_eq!(repo.run(&["publish", "--as-of", AS_OF]).0, 0);
    for (path, bytes) in site_files(&repo) {
        assert!(
            bytes != kept && !String::from_utf8_lossy(&bytes).contains("2026-10-08-1"),
            "{path} shows the evidence"
        );
    }

    let pdf = outside.path().join("notice.pdf");
    fs::write(&pdf, fixture("notice.pdf")).unwrap();
    let (code, _, err) = repo.run(&["evidence", "add", &pdf.display().to_string(), "--on", "2026-10-08"]);
    assert_ne!(code, 0);
    assert!(err.contains("is not a JPEG, PNG or WebP photo"), "{err}");
}

/// Sets a file's modification time an hour back (files changed in the last two seconds
/// are never cached).
fn settle(path: &Path) {
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    fs::File::options().write(true).open(path).unwrap().set_modified(hour_ago).unwrap();
}

#[test]
fn an_unchanged_photo_comes_from_the_file_cache_with_its_gps_warning_and_a_replaced_one_is_read_again() {
    let repo = repo_with_attachments();
    fs::create_dir(repo.path().join(".git")).unwrap();
    let photo = repo.path().join(format!("{PUBLIC}/photo.jpg"));
    settle(&photo);
    let check = || {
        let (code, out, err) = repo.run(&["check", "--as-of", AS_OF]);
        assert_eq!(code, 0, "{out}{err}");
        out
    };
    assert!(check().contains("attachment-gps"));
    assert!(repo.path().join(".git/disclose-file-cache").is_file(), "no file cache was written");
    let cached = check();
    assert!(cached.contains("attachment-gps"), "the cached facts lost the GPS position: {cached}");
    // The board takes the picture's shown size from the cache too (turned by its EXIF
    // orientation), without reading the picture again.
    let page = || {
        let (code, out, err) = repo.run(&["publish", "--as-of", AS_OF]);
        assert_eq!(code, 0, "{out}{err}");
        repo.read("site/items/2026-03-20-2.2.html")
    };
    assert!(page().contains("width=\"48\" height=\"64\""), "the cached size is the turned one");
    // The same photo without its EXIF block: read again, and no warning.
    fs::write(&photo, fixture("photo.jpg")).unwrap();
    settle(&photo);
    let replaced = check();
    assert!(!replaced.contains("attachment-gps"), "{replaced}");
    assert!(page().contains("width=\"64\" height=\"48\""), "the replaced photo's size, not the cached one");
}

#[test]
fn a_picture_that_does_not_parse_is_found_by_check_and_never_published() {
    let png = fixture("badge.png");
    let cases: [(&str, &[u8]); 4] = [
        ("random bytes", b"\xff\xd8 not really a JPEG"),
        ("an empty file", b""),
        ("a PNG named .jpg", &png),
        ("a bare JFIF header", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"),
    ];
    for (what, bytes) in cases {
        let repo = repo_with_attachments();
        put(&repo, &format!("{PUBLIC}/photo.jpg"), bytes);
        let (code, out, _) = repo.run(&["check", "--as-of", AS_OF]);
        assert_eq!(code, 1, "{what}: {out}");
        assert!(
            out.contains(&format!(
                "error[attachment-unreadable]: {PUBLIC}/photo.jpg cannot be read as the picture its name says"
            )),
            "{what}: {out}"
        );
        assert!(out.contains(&format!("--> {PUBLIC}/photo.jpg:1:1")), "{what}: {out}");
        let (code, out, err) = repo.run(&["publish", "--as-of", AS_OF]);
        assert_ne!(code, 0, "{what}: {out}{err}");
        assert!(!repo.path().join("site").exists(), "{what}: nothing published");
    }
    // A real picture checks clean, and the message is Chinese by default.
    let repo = repo_with_attachments();
    let (_, out, _) = repo.run(&["check", "--as-of", AS_OF]);
    assert!(!out.contains("attachment-unreadable"), "{out}");
    put(&repo, &format!("{PUBLIC}/photo.jpg"), &png);
    let output = repo.cmd_without_language(&["check", "--as-of", AS_OF]).output().expect("run");
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(out.contains(&format!("{PUBLIC}/photo.jpg 无法按文件名所示的图片格式读取")), "{out}");
}
