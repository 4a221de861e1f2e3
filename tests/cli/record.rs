//! An honest record: signatures bound to the content they signed, corrections (更正)
//! after publication, and placeholders that never reach an approved item.

use crate::support::Repo;

const AS_OF: &str = "2026-11-28";
const ITEM: &str = "items/2026/2026-Q4-2.3.md";
const ID: &str = "2026-Q4-2.3";

/// Runs and asserts the exit code; returns stdout and stderr.
fn run(repo: &Repo, args: &[&str], code: i32) -> (String, String) {
    let (actual, out, err) = repo.run(args);
    assert_eq!(actual, code, "disclose {args:?} exited {actual}\nstdout:\n{out}\nstderr:\n{err}");
    (out, err)
}

/// The codes of `check --format json`, with the exit code.
fn check_codes(repo: &Repo) -> (i32, Vec<(String, String, u64)>) {
    let (code, out, _) = repo.run(&["check", "--format", "json", "--as-of", AS_OF]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    let findings = json["findings"].as_array().cloned().unwrap_or_default();
    let codes = findings
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap_or_default().to_string(),
                f["file"].as_str().unwrap_or_default().to_string(),
                f["line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    (code, codes)
}

fn has(codes: &[(String, String, u64)], code: &str) -> bool {
    codes.iter().any(|(c, file, _)| c == code && file == ITEM)
}

fn sign_and_publish(repo: &Repo) {
    run(repo, &["review", ID, "--by", "廖敏", "--on", "2026-11-26", "--as-of", AS_OF], 0);
    run(repo, &["approve", ID, "--by", "舒军", "--as-of", AS_OF], 0);
    run(repo, &["publish", "--as-of", AS_OF], 0);
}

#[test]
fn content_edited_after_review_is_changed_after_approval_until_signed_again() {
    let repo = Repo::example();
    run(&repo, &["review", ID, "--by", "廖敏", "--on", "2026-11-26", "--as-of", AS_OF], 0);
    assert!(repo.read(ITEM).contains("reviewed_digest = \"sha256:"), "{}", repo.read(ITEM));
    assert_eq!(check_codes(&repo), (0, Vec::new()));

    repo.edit(ITEM, "| 26 |", "| 28 |");
    let (code, codes) = check_codes(&repo);
    assert_eq!(code, 1);
    assert!(has(&codes, "changed-after-approval"), "{codes:?}");

    // An approval of changed content is refused by nothing but its own rules; publish
    // leaves the stale item waiting and says why.
    let (out, _) = run(&repo, &["publish", "--dry-run", "--as-of", AS_OF], 0);
    assert!(out.contains("changed after its review"), "{out}");

    // Signing again records the new digest.
    run(&repo, &["review", ID, "--by", "廖敏", "--on", "2026-11-27", "--as-of", AS_OF], 0);
    assert_eq!(check_codes(&repo), (0, Vec::new()));
}

#[test]
fn content_edited_after_publication_needs_a_correction() {
    let repo = Repo::example();
    sign_and_publish(&repo);
    let text = repo.read(ITEM);
    assert!(text.contains("published_digest = \"sha256:"), "{text}");
    assert!(text.contains("approved_digest = \"sha256:"), "{text}");

    repo.edit(ITEM, "| 26 |", "| 25 |");
    let (code, codes) = check_codes(&repo);
    assert_eq!(code, 1);
    assert!(has(&codes, "changed-after-publication"), "{codes:?}");
    // publish refuses while the change is not recorded.
    run(&repo, &["publish", "--as-of", AS_OF], 1);

    let (out, _) = run(&repo, &["correct", ID, "--reason", "10月参学人数应为25人，原误写为26人", "--as-of", AS_OF], 0);
    assert!(out.contains("Recorded the correction"), "{out}");
    assert!(repo.read(ITEM).contains("[[correction]]"));
    assert_eq!(check_codes(&repo), (0, Vec::new()));
    // A second correction without a change is refused.
    run(&repo, &["correct", ID, "--reason", "again", "--as-of", AS_OF], 2);

    let (out, _) = run(&repo, &["publish", "--as-of", AS_OF], 0);
    assert!(
        out.contains(&format!("git add {ITEM} bulletins/2026-Q4.md")),
        "the corrected file is committed with the bulletin:\n{out}"
    );
    let page = repo.read("site/items/2026-Q4-2.3.html");
    assert!(page.contains("更正说明") && page.contains("10月参学人数应为25人，原误写为26人"), "{page}");
    let bulletin = repo.read("bulletins/2026-Q4.md");
    assert!(bulletin.contains("## 更正说明") && bulletin.contains("10月参学人数应为25人"), "{bulletin}");
    assert!(repo.read("bulletins/2026-Q4.html").contains("10月参学人数应为25人"));

    let (out, _) = run(&repo, &["report", "--year", "2026", "--as-of", AS_OF, "--format", "json"], 0);
    let json: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(json["record"]["corrections"], 1, "{out}");
    assert_eq!(json["record"]["recorded_by_hand"], 0, "the example is signed by the tool: {out}");
    let (out, _) = run(&repo, &["archive", "--year", "2026", "--as-of", AS_OF], 0);
    let line = out.lines().find(|line| line.contains(ID)).unwrap_or_default();
    assert!(line.contains("tool, 1 correction"), "{out}");
}

#[test]
fn correct_refuses_an_unpublished_item_and_writes_nothing() {
    let repo = Repo::example();
    let before = repo.snapshot_tree();
    let (_, err) = run(&repo, &["correct", ID, "--reason", "x", "--by", "舒军", "--as-of", AS_OF], 2);
    assert!(err.contains("is not published"), "{err}");
    assert!(repo.snapshot_tree() == before);
}

#[test]
fn placeholder_text_in_a_hand_approved_item_fails_check() {
    let repo = Repo::example();
    let text = repo.read(ITEM).replace(
        "prepared_by = \"王晓燕\"\n",
        "prepared_by = \"王晓燕\"\nreviewed_by = \"廖敏\"\nreviewed_on = 2026-11-26\napproved_by = \"舒军\"\napproved_on = 2026-11-27\n",
    );
    repo.write(ITEM, &format!("{text}\n【请填写：12月参学人数】\n"));
    let line = u64::try_from(repo.read(ITEM).lines().position(|l| l.contains("【请填写")).expect("placeholder") + 1).expect("line");
    let (code, codes) = check_codes(&repo);
    assert_eq!(code, 1);
    assert!(codes.contains(&("placeholder-text".to_string(), ITEM.to_string(), line)), "{codes:?}");
    run(&repo, &["publish", "--as-of", AS_OF], 1);
}

#[test]
fn the_load_cache_never_hides_a_placeholder() {
    let repo = Repo::example();
    std::fs::create_dir(repo.path().join(".git")).expect("create .git");
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    let settle = || {
        let file = std::fs::File::options().write(true).open(repo.path().join(ITEM)).expect("open");
        file.set_modified(hour_ago).expect("set time");
    };
    // Cached while unapproved: a placeholder there is no finding.
    let draft = format!("{}\n【请填写：12月参学人数】\n", repo.read(ITEM));
    repo.write(ITEM, &draft);
    settle();
    assert_eq!(check_codes(&repo), (0, Vec::new()));
    assert!(repo.path().join(".git/disclose-load-cache").is_file());
    // Approved by hand: the file changed, so it is read and searched again, every run.
    repo.write(
        ITEM,
        &draft.replace(
            "prepared_by = \"王晓燕\"\n",
            "prepared_by = \"王晓燕\"\napproved_by = \"舒军\"\napproved_on = 2026-11-27\n",
        ),
    );
    settle();
    for _ in 0..2 {
        assert!(has(&check_codes(&repo).1, "placeholder-text"));
    }
}

#[test]
fn hand_signed_items_still_publish_and_are_counted_apart() {
    let repo = Repo::example();
    let text = repo.read(ITEM).replace(
        "prepared_by = \"王晓燕\"\n",
        "prepared_by = \"王晓燕\"\nreviewed_by = \"廖敏\"\nreviewed_on = 2026-11-26\napproved_by = \"舒军\"\napproved_on = 2026-11-27\n",
    );
    repo.write(ITEM, &text);
    let (out, _) = run(&repo, &["publish", "--as-of", AS_OF], 0);
    assert!(out.contains(ITEM), "{out}");
    let text = repo.read(ITEM);
    assert!(text.contains("published_on = 2026-11-28\npublished_digest = \"sha256:"), "{text}");
    let (out, _) = run(&repo, &["archive", "--year", "2026", "--as-of", AS_OF], 0);
    let line = out.lines().find(|line| line.contains(ID)).unwrap_or_default();
    assert!(line.contains("by hand"), "{out}");
    assert_eq!(check_codes(&repo), (0, Vec::new()));
}

/// Adds a referenced attachment `name` with `bytes` to the item.
fn attach(repo: &Repo, name: &str, bytes: &str) {
    let folder = ITEM.trim_end_matches(".md");
    repo.write(&format!("{folder}/{name}"), bytes);
    if !repo.read(ITEM).contains(&format!("{ID}/{name}")) {
        let text = format!("{}\n[附件：{name}]({ID}/{name})\n", repo.read(ITEM));
        repo.write(ITEM, &text);
    }
}

#[test]
fn an_attachment_changed_or_added_after_approval_voids_the_signature() {
    let repo = Repo::example();
    attach(&repo, "明细.csv", "月份,人数\n10月,26\n");
    run(&repo, &["review", ID, "--by", "廖敏", "--on", "2026-11-26", "--as-of", AS_OF], 0);
    run(&repo, &["approve", ID, "--by", "舒军", "--as-of", AS_OF], 0);
    assert_eq!(check_codes(&repo), (0, Vec::new()));

    attach(&repo, "明细.csv", "月份,人数\n10月,25\n");
    let (code, codes) = check_codes(&repo);
    assert_eq!(code, 1);
    assert!(has(&codes, "changed-after-approval"), "a changed attachment: {codes:?}");

    attach(&repo, "明细.csv", "月份,人数\n10月,26\n");
    assert_eq!(check_codes(&repo), (0, Vec::new()), "the approved file again");
    attach(&repo, "签到表.csv", "姓名\n");
    let (code, codes) = check_codes(&repo);
    assert_eq!(code, 1);
    assert!(has(&codes, "changed-after-approval"), "an added attachment: {codes:?}");
}

#[test]
fn an_attachment_changed_after_publication_needs_a_correction() {
    let repo = Repo::example();
    attach(&repo, "明细.csv", "月份,人数\n10月,26\n");
    sign_and_publish(&repo);
    assert_eq!(check_codes(&repo), (0, Vec::new()));
    attach(&repo, "明细.csv", "月份,人数\n10月,25\n");
    let (code, codes) = check_codes(&repo);
    assert_eq!(code, 1);
    assert!(has(&codes, "changed-after-publication"), "{codes:?}");
    run(&repo, &["correct", ID, "--reason", "10月参学人数应为25人", "--as-of", AS_OF], 0);
    assert_eq!(check_codes(&repo), (0, Vec::new()));
}

#[test]
fn a_digest_of_the_text_alone_covers_no_attachment() {
    // Signed before attachments counted (the digest of the text alone): accepted while
    // the item has no attachments, not once it has one.
    let repo = Repo::example();
    let link = format!("\n[附件：明细.csv]({ID}/明细.csv)\n");
    repo.write(ITEM, &format!("{}{link}", repo.read(ITEM)));
    run(&repo, &["review", ID, "--by", "廖敏", "--on", "2026-11-26", "--as-of", AS_OF], 0);
    let (_, codes) = check_codes(&repo);
    assert!(!has(&codes, "changed-after-approval"), "{codes:?}");
    attach(&repo, "明细.csv", "月份,人数\n");
    assert!(has(&check_codes(&repo).1, "changed-after-approval"));
}
