//! Messages that lead to the fix (issue 17, part 4): a file that does not load is
//! reported first, with "did you mean" for a misspelt key; what follows from it comes
//! after, marked; a date written wrongly gets one message with the right form; and with
//! no language set the same findings are Chinese, with the same codes.

use crate::support::Repo;

const AS_OF: &str = "2026-11-28";
const ITEM: &str = "items/2026/2026-01-09-3.1.md";

/// The head lines (`error[code]: …`) of a text report, in order.
fn heads(stdout: &str) -> Vec<&str> {
    stdout
        .lines()
        .filter(|line| line.starts_with("error[") || line.starts_with("warning["))
        .collect()
}

fn check(repo: &Repo) -> String {
    let (code, stdout, stderr) = repo.run(&["check", "--as-of", AS_OF]);
    assert_eq!(code, 1, "{stdout}{stderr}");
    stdout
}

#[test]
fn a_key_typo_is_reported_first_with_its_suggestion() {
    let repo = Repo::example();
    repo.edit(ITEM, "prepared_by", "prepard_by");
    let stdout = check(&repo);
    let heads = heads(&stdout);
    assert!(heads[0].starts_with("error[unknown-key]: unknown field \"prepard_by\""), "{stdout}");
    assert!(stdout.contains(&format!("--> {ITEM}:4:1")), "{stdout}");
    assert!(stdout.contains("help: did you mean \"prepared_by\"?"), "{stdout}");
    // The standing entry 3.1 the item meets is overdue only because the file did not
    // load: it comes after, and says so.
    let overdue = stdout
        .find("error[obligation-overdue]: standing entry 3.1")
        .expect("the consequence is still listed");
    assert!(overdue > stdout.find("error[unknown-key]").unwrap_or(usize::MAX), "{stdout}");
    assert!(
        stdout[overdue..].contains(&format!("note: this follows from the problem in {ITEM}: fix that first")),
        "{stdout}"
    );

    let (_, json, _) = repo.run(&["check", "--format", "json", "--as-of", AS_OF]);
    let document: serde_json::Value = serde_json::from_str(&json).expect("json");
    let findings = document["findings"].as_array().expect("findings");
    assert_eq!(findings[0]["code"], "unknown-key");
    assert!(findings[0].get("caused_by").is_none());
    let consequence = findings.iter().find(|f| f["code"] == "obligation-overdue").expect("overdue");
    assert_eq!(consequence["caused_by"], ITEM);
}

#[test]
fn a_far_misspelling_gets_the_list_and_no_guess() {
    let repo = Repo::example();
    repo.edit(ITEM, "prepared_by", "colour");
    let stdout = check(&repo);
    assert!(
        heads(&stdout)[0].starts_with("error[unknown-key]: unknown field \"colour\", expected one of \"entry\""),
        "{stdout}"
    );
    assert!(
        stdout.contains("help: check the key's spelling against the allowed keys, or remove it"),
        "{stdout}"
    );
    assert!(!stdout.contains("did you mean"), "{stdout}");
}

#[test]
fn a_misspelt_value_gets_a_suggestion() {
    let repo = Repo::example();
    repo.edit(ITEM, "title = ", "scope = \"publc\"\ntitle = ");
    let stdout = check(&repo);
    assert!(stdout.contains("`scope` is \"publc\", which is not allowed here"), "{stdout}");
    assert!(
        stdout.contains("help: did you mean \"public\"? Use one of \"public\", \"members\", \"restricted\""),
        "{stdout}"
    );
}

/// Writes `period` into the example's item `file` of entry 3.5: `check` reports the bad
/// period first and the obligation it would have met after it, as its consequence.
fn assert_bad_period_comes_first(file: &str, written: &str, period: &str) {
    let repo = Repo::example();
    repo.edit(file, &format!("period = \"{written}\""), &format!("period = \"{period}\""));
    let stdout = check(&repo);
    let heads = heads(&stdout);
    assert!(heads[0].starts_with("error[bad-period]"), "{stdout}");
    let overdue = stdout.find("error[obligation-overdue]: entry 3.5").expect("the consequence is still listed");
    assert!(
        stdout[overdue..].contains(&format!("note: this follows from the problem in {file}")),
        "{stdout}"
    );
}

#[test]
fn a_wrong_period_is_reported_before_the_obligation_it_would_meet() {
    assert_bad_period_comes_first("items/2026/2026-Q2-3.5.md", "2026-Q2", "2026-Q5");
}

#[test]
fn a_gbk_catalogue_is_reported_first() {
    let repo = Repo::example();
    let file = "catalogue/06-integrity.toml";
    let text = repo.read(file);
    let (gbk, _, _) = encoding_rs::GBK.encode(&text);
    std::fs::write(repo.path().join(file), &gbk).expect("write GBK");
    let stdout = check(&repo);
    let heads = heads(&stdout);
    assert!(
        heads[0].starts_with("error[not-utf8]: this file is not UTF-8 text: it looks like GBK"),
        "{stdout}"
    );
    assert!(stdout.contains(&format!("--> {file}:1:1")), "{stdout}");
    // Its entries are missing: the catalogue's approval, the items and cases naming
    // them all follow from it, and come after every root cause.
    let first_consequence = heads.iter().position(|head| {
        head.starts_with("error[catalogue-changed]") || head.starts_with("error[unknown-entry]") || head.starts_with("error[unknown-reference]")
    });
    let first_consequence = first_consequence.expect("consequences listed");
    assert_eq!(first_consequence, 1, "{stdout}");
    let notes = stdout.matches(&format!("note: this follows from the problem in {file}")).count();
    assert_eq!(notes, heads.len() - 1, "every other finding follows from the GBK file:\n{stdout}");
}

#[test]
fn every_wrong_date_gets_one_message_with_the_right_form() {
    for written in ["2026/01/14", "\"2026-01-14\"", "2026.01.14", "2026-1-14"] {
        let repo = Repo::example();
        repo.edit(ITEM, "approved_on = 2026-01-14", &format!("approved_on = {written}"));
        let stdout = check(&repo);
        let heads = heads(&stdout);
        assert_eq!(
            heads[0],
            format!("error[invalid-value]: the date in `approved_on` is written wrongly: {written}"),
            "{stdout}"
        );
        let line = repo.read(ITEM).lines().position(|l| l.starts_with("approved_on =")).expect("approved_on") + 1;
        assert!(stdout.contains(&format!("--> {ITEM}:{line}:15")), "{written}: {stdout}");
        assert!(
            stdout.contains("help: write it as `approved_on = 2026-01-14` (no quotes, year-month-day as YYYY-MM-DD)"),
            "{written}: {stdout}"
        );
        assert!(!stdout.contains("must be quoted") && !stdout.contains("without quotes, like"), "{stdout}");
    }
}

#[test]
fn with_no_language_set_load_findings_are_chinese_with_the_same_codes() {
    let repo = Repo::example();
    repo.edit(ITEM, "prepared_by", "prepard_by");
    let output = repo.cmd_without_language(&["check", "--as-of", AS_OF]).output().expect("run disclose");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(stdout.starts_with("错误[unknown-key]: 未知的键“prepard_by”，可用的键有："), "{stdout}");
    assert!(stdout.contains("是不是要写“prepared_by”？"), "{stdout}");
    assert!(stdout.contains(&format!("注：这是 {ITEM} 中问题的后果，请先改正那个文件")), "{stdout}");

    repo.edit(ITEM, "prepard_by", "prepared_by");
    repo.edit(ITEM, "approved_on = 2026-01-14", "approved_on = 2026/01/14");
    let output = repo.cmd_without_language(&["check", "--as-of", AS_OF]).output().expect("run disclose");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.starts_with("错误[invalid-value]: `approved_on` 的日期写法不对：2026/01/14"), "{stdout}");
    assert!(stdout.contains("请写成 `approved_on = 2026-01-14`"), "{stdout}");
}

/// The README's broken example: a month on a quarterly entry is a period of the wrong
/// kind; the obligation it was meant to meet is listed after it, as its consequence.
#[test]
fn a_period_of_the_wrong_kind_is_reported_before_the_obligation_it_would_meet() {
    assert_bad_period_comes_first("items/2026/2026-Q1-3.5.md", "2026-Q1", "2026-03");
}

#[test]
fn a_value_of_no_form_the_key_takes_is_said_without_the_programs_type_names() {
    let repo = Repo::example();
    let file = "items/2026/2026-Q4-2.3.md";
    repo.edit(file, "period = \"2026-Q4\"", "period = true");
    let stdout = check(&repo);
    assert!(
        stdout.contains("error[invalid-value]: this value is not written in a form this key takes"),
        "{stdout}"
    );
    assert!(stdout.contains(&format!("--> {file}:4:")), "{stdout}");
    assert!(!stdout.contains("untagged") && !stdout.contains("RawPeriod"), "{stdout}");
}
