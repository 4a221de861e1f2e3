//! Advice that leads to the fix and never to a duplicate (issue 17): an overdue
//! obligation with a draft is advised the draft's next step; `new` refuses a second item
//! for a drafted period and offers the earliest period not yet written; ids written
//! almost right get "did you mean"; with no language set the same codes come in Chinese.

use crate::support::{output_of, Repo};

const AS_OF: &str = "2026-11-28";

/// The example with the 2026-Q3 item of entry 7.2 back to a reviewed draft: approved and
/// published no more, so the obligation is overdue and the draft waits for 审批.
fn with_a_draft_for_7_2() -> Repo {
    let repo = Repo::example();
    let file = "items/2026/2026-Q3-7.2.md";
    let text = repo.read(file);
    let dropped = ["approved_by", "approved_on", "published_on", "published_digest", "approved_digest"];
    let mut draft = String::new();
    for line in text.lines().filter(|line| !dropped.iter().any(|key| line.starts_with(key))) {
        draft.push_str(line);
        draft.push('\n');
    }
    repo.write(file, &draft);
    repo
}

#[test]
fn check_advises_the_drafts_next_step_not_a_second_new() {
    let repo = with_a_draft_for_7_2();
    let (code, out, err) = repo.run(&["check", "--as-of", AS_OF]);
    assert_eq!(code, 1, "{out}{err}");
    let finding = out
        .split("\n\n")
        .find(|block| block.contains("[obligation-overdue]") && block.contains("entry 7.2"))
        .unwrap_or_else(|| panic!("no overdue finding for 7.2 in:\n{out}"));
    assert!(
        finding.contains(
            "help: the item 2026-Q3-7.2 is already drafted for it (items/2026/2026-Q3-7.2.md): finish it and take its next step, `disclose approve 2026-Q3-7.2 --by NAME`; do not start another with `disclose new`"
        ),
        "{finding}"
    );
    assert!(!out.contains("disclose new 7.2"), "{out}");
}

#[test]
fn status_and_next_advise_the_same_step() {
    let repo = with_a_draft_for_7_2();
    for command in ["status", "next"] {
        let (_, out, _) = repo.run(&[command, "--as-of", AS_OF]);
        assert!(out.contains("disclose approve 2026-Q3-7.2 --by NAME"), "{command}:\n{out}");
        assert!(!out.contains("disclose new 7.2 --period 2026-Q3"), "{command}:\n{out}");
    }
}

#[test]
fn new_refuses_a_second_item_for_a_drafted_period() {
    let repo = with_a_draft_for_7_2();
    let before = repo.snapshot_tree();
    let (code, out, err) = repo.run(&["new", "7.2", "--period", "2026-Q3", "--as-of", AS_OF]);
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    assert_eq!(
        err,
        "error: entry 7.2 already has an item for 2026-Q3: 2026-Q3-7.2 (items/2026/2026-Q3-7.2.md), not yet published\n  \
         help: nothing was written; finish items/2026/2026-Q3-7.2.md and take its next step, `disclose approve 2026-Q3-7.2 --by NAME` (one item meets one period)\n"
    );
    assert!(repo.snapshot_tree() == before, "a refused `new` wrote something");
    assert!(!repo.path().join("items/2026/2026-Q3-7.2-2.md").exists());
}

#[test]
fn new_offers_the_earliest_period_not_yet_written() {
    // Every quarter of 7.2 up to 2026-Q3 has an item; 2026-Q4 is the first without one.
    let repo = Repo::example();
    let (code, _, err) = repo.run(&["new", "7.2", "--as-of", AS_OF]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("help: nothing was written; pass --period 2026-Q4 (the earliest quarter not yet written), or another quarter"),
        "{err}"
    );
    // With the 2026-Q2 item gone, that unmet quarter comes first.
    repo.remove("items/2026/2026-Q2-7.2.md");
    let (_, _, err) = repo.run(&["new", "7.2", "--as-of", AS_OF]);
    assert!(err.contains("pass --period 2026-Q2 (the earliest quarter not yet written)"), "{err}");
}

#[test]
fn new_asks_did_you_mean_for_an_entry_and_a_superseded_item() {
    let repo = Repo::example();
    let before = repo.snapshot_tree();
    let (code, _, err) = repo.run(&["new", "3.l", "--period", "2026-Q4", "--as-of", AS_OF]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "error: the catalogue has no entry \"3.l\"\n  help: did you mean `3.1`? Run `disclose new 3.1` (`disclose catalogue list` shows every entry)\n"
    );
    let (code, _, err) = repo.run(&["new", "4.1", "--supersedes", "2026-01-21-4.1", "--as-of", AS_OF]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with(
            "error: --supersedes names \"2026-01-21-4.1\", which is not an item of entry 4.1\n  help: nothing was written; did you mean 2026-01-12-4.1?"
        ),
        "{err}"
    );
    assert!(repo.snapshot_tree() == before);
}

#[test]
fn check_asks_did_you_mean_for_an_items_entry() {
    let repo = Repo::example();
    repo.edit("items/2026/2026-Q3-7.2.md", "entry = \"7.2\"", "entry = \"7。2\"");
    let (_, out, _) = repo.run(&["check", "--as-of", AS_OF]);
    assert!(out.contains("[unknown-entry]"), "{out}");
    assert!(out.contains("help: did you mean `entry = \"7.2\"`?"), "{out}");
}

#[test]
fn with_no_language_set_rules_and_new_speak_chinese_with_the_same_codes() {
    let repo = with_a_draft_for_7_2();
    let (code, out, _) = output_of(repo.cmd_without_language(&["check", "--as-of", AS_OF]));
    assert_eq!(code, 1);
    let finding = out
        .split("\n\n")
        .find(|block| block.contains("[obligation-overdue]") && block.contains("7.2"))
        .unwrap_or_else(|| panic!("no overdue finding for 7.2 in:\n{out}"));
    assert!(finding.contains("事项 7.2（"), "{finding}");
    assert!(finding.contains("2026-Q3 期次应于 2026-10-15 前公开，至今尚未公开"), "{finding}");
    assert!(finding.contains("已有公开内容 2026-Q3-7.2 的草稿"), "{finding}");

    let (code, out, err) = output_of(repo.cmd_without_language(&["new", "7.2", "--period", "2026-Q3", "--as-of", AS_OF]));
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    assert!(
        err.contains("事项 7.2 的 2026-Q3 期次已有公开内容 2026-Q3-7.2（items/2026/2026-Q3-7.2.md），尚未公开"),
        "{err}"
    );
    assert!(
        err.contains("未写入任何文件；请写完 items/2026/2026-Q3-7.2.md 并进行下一步 `disclose approve 2026-Q3-7.2 --by NAME`"),
        "{err}"
    );

    let (code, out, err) = output_of(Repo::example().cmd_without_language(&["new", "3.5", "--period", "2026-Q5", "--as-of", AS_OF]));
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    assert!(err.contains("“2026-Q5”不是期次"), "{err}");
    assert!(err.contains("事项 3.5 每季度公开一次"), "{err}");
}
