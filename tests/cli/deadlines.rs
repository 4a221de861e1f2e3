//! `next --format ics` exports every deadline (issue 17, part 6), with UIDs that differ
//! between organisations; text columns line up under Chinese (part 7); `status`,
//! `next`, `explain` and `calendar` speak the terminal's language.

use std::collections::BTreeSet;

use serde_json::Value;
use unicode_width::UnicodeWidthStr;

use crate::support::Repo;

const AS_OF: &str = "2026-11-28";

fn stdout_of(mut cmd: assert_cmd::Command) -> String {
    let output = cmd.output().expect("run disclose");
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The example with many more deadlines than the text's default limit of 20: its
/// published items removed, so that every obligation since the catalogue's approval
/// is still to meet.
fn many_deadlines() -> Repo {
    let repo = Repo::example();
    std::fs::remove_dir_all(repo.path().join("items")).expect("remove items");
    std::fs::create_dir_all(repo.path().join("items")).expect("items folder");
    repo
}

/// The events of an iCalendar file, each as its unfolded property lines.
fn events(ics: &str) -> Vec<Vec<String>> {
    let unfolded = ics.replace("\r\n ", "");
    unfolded
        .split("BEGIN:VEVENT\r\n")
        .skip(1)
        .map(|event| event.split("\r\n").take_while(|line| *line != "END:VEVENT").map(str::to_string).collect())
        .collect()
}

fn property<'a>(event: &'a [String], name: &str) -> &'a str {
    event
        .iter()
        .find_map(|line| line.strip_prefix(name).and_then(|rest| rest.strip_prefix(':')))
        .unwrap_or_else(|| panic!("no {name} in {event:?}"))
}

fn unescape(text: &str) -> String {
    text.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
}

#[test]
fn the_ics_holds_every_deadline_next_json_lists() {
    let repo = many_deadlines();
    let (code, json, stderr) = repo.run(&["next", "--as-of", AS_OF, "--format", "json"]);
    assert_eq!(code, 0, "{stderr}");
    let json: Value = serde_json::from_str(&json).expect("json");
    let deadlines = json["deadlines"].as_array().cloned().unwrap_or_default();
    assert!(deadlines.len() > 20, "more deadlines than the text's limit: {}", deadlines.len());
    assert_eq!(
        json["total"].as_u64(),
        Some(deadlines.len() as u64),
        "json lists every deadline without --limit"
    );
    let (code, ics, _) = repo.run(&["next", "--as-of", AS_OF, "--format", "ics"]);
    assert_eq!(code, 0);
    let events = events(&ics);
    assert_eq!(events.len(), deadlines.len(), "one event per deadline");
    let in_ics: BTreeSet<(String, String)> = events
        .iter()
        .map(|event| (property(event, "DTSTART;VALUE=DATE").to_string(), unescape(property(event, "SUMMARY"))))
        .collect();
    for deadline in &deadlines {
        let due = deadline["due"].as_str().unwrap_or_default().replace('-', "");
        let summary = format!(
            "{} {} {}",
            deadline["entry"].as_str().unwrap_or_default(),
            deadline["label"].as_str().unwrap_or_default(),
            deadline["title"].as_str().unwrap_or_default()
        );
        assert!(in_ics.contains(&(due.clone(), summary.clone())), "{due} {summary} is not in the .ics");
    }
    let uids: BTreeSet<&str> = events.iter().map(|event| property(event, "UID")).collect();
    assert_eq!(uids.len(), events.len(), "every UID differs: {uids:?}");
    // --limit still limits, and the text keeps its default of 20.
    let (_, limited, _) = repo.run(&["next", "--as-of", AS_OF, "--format", "ics", "--limit", "3"]);
    assert_eq!(self::events(&limited).len(), 3);
    let (_, text, _) = repo.run(&["next", "--as-of", AS_OF]);
    assert_eq!(text.matches("      → ").count(), 20, "{text}");
    assert!(
        text.contains(&format!("… and {} more (use --limit to see them)", deadlines.len() - 20)),
        "{text}"
    );
}

fn uids(repo: &Repo, as_of: &str) -> BTreeSet<String> {
    let (code, ics, stderr) = repo.run(&["next", "--as-of", as_of, "--format", "ics"]);
    assert_eq!(code, 0, "{stderr}");
    events(&ics).iter().map(|event| property(event, "UID").to_string()).collect()
}

#[test]
fn two_organisations_get_different_uids_and_each_keeps_its_own() {
    let ours = many_deadlines();
    let theirs = many_deadlines();
    theirs.edit("disclose.toml", "中共绵竹市孝德镇卫生院支部委员会", "中共绵竹市孝德镇中心学校支部委员会");
    let (a, b) = (uids(&ours, AS_OF), uids(&theirs, AS_OF));
    assert!(!a.is_empty() && a.len() == b.len());
    assert!(a.is_disjoint(&b), "two branches share UIDs: {:?}", a.intersection(&b).collect::<Vec<_>>());
    for uid in &a {
        assert!(uid.ends_with("@disclose") && uid.is_ascii(), "{uid}");
    }
    // Stable: the same deadline has the same UID on another day and in another language.
    let later = uids(&ours, "2026-11-30");
    assert!(a.intersection(&later).count() >= a.len() - 2, "{a:?}\n{later:?}");
    let chinese = stdout_of(ours.cmd_without_language(&["next", "--as-of", AS_OF, "--format", "ics"]));
    let chinese: BTreeSet<String> = events(&chinese).iter().map(|event| property(event, "UID").to_string()).collect();
    assert_eq!(chinese, a);
}

#[test]
fn the_ics_speaks_the_terminal_language() {
    let repo = many_deadlines();
    let ics = stdout_of(repo.cmd_without_language(&["next", "--as-of", AS_OF, "--format", "ics", "--limit", "1"]));
    let event = &events(&ics)[0];
    let description = unescape(property(event, "DESCRIPTION"));
    assert!(description.starts_with("期限 "), "{description}");
    assert!(description.contains("下一步：disclose "), "{description}");
    let (_, english, _) = repo.run(&["next", "--as-of", AS_OF, "--format", "ics", "--limit", "1"]);
    assert!(unescape(property(&events(&english)[0], "DESCRIPTION")).starts_with("Due "));
}

#[test]
fn status_and_next_print_chinese_with_no_language_set() {
    let repo = many_deadlines();
    let status = stdout_of(repo.cmd_without_language(&["status", "--as-of", AS_OF]));
    assert!(status.starts_with("孝德镇卫生院党支部 · 截至 2026-11-28 的待办\n"), "{status}");
    assert!(status.contains("\n逾期（"), "{status}");
    assert!(!status.contains("Overdue") && !status.contains("status as of"), "{status}");
    let next = stdout_of(repo.cmd_without_language(&["next", "--as-of", AS_OF]));
    assert!(next.starts_with("截至 2026-11-28 尚未完成的公开期限\n"), "{next}");
    assert!(next.contains("  逾期    "), "{next}");
    assert!(next.contains("另有 ") && next.contains("（用 --limit 查看）"), "{next}");
    assert!(!next.contains("Deadlines not yet met"), "{next}");
    // The codes and commands stay as they are.
    assert!(next.contains("→ disclose new "), "{next}");
}

/// The display column where `needle` starts in `line` (two columns a CJK character).
fn column_of(line: &str, needle: &str) -> usize {
    let at = line.find(needle).unwrap_or_else(|| panic!("{needle:?} not in {line:?}"));
    line[..at].width()
}

#[test]
fn next_columns_line_up_under_chinese_states() {
    let repo = many_deadlines();
    let next = stdout_of(repo.cmd_without_language(&["next", "--as-of", "2026-11-05", "--limit", "100"]));
    let rows: Vec<&str> = next.lines().filter(|line| line.starts_with("  20")).collect();
    let states: BTreeSet<&str> = rows
        .iter()
        .filter_map(|row| ["逾期", "即将到期", "未到期"].into_iter().find(|s| row.contains(s)))
        .collect();
    assert!(states.len() >= 2, "rows in two states at least: {next}");
    // The entry column starts in the same display column on every row.
    let columns: BTreeSet<usize> = rows
        .iter()
        .map(|row| {
            let entry = row.split_whitespace().nth(2).expect("entry");
            column_of(row, &format!(" {entry} ")) + 1
        })
        .collect();
    assert_eq!(columns.len(), 1, "{next}");
}

/// `line` cut at display column `column` (the cut never splits a character here).
fn split_at_column(line: &str, column: usize) -> (&str, &str) {
    let mut width = 0;
    for (at, c) in line.char_indices() {
        if width >= column {
            return line.split_at(at);
        }
        width += c.to_string().width();
    }
    (line, "")
}

#[test]
fn explain_and_calendar_line_up_under_chinese_labels() {
    let repo = Repo::example();
    let explain = stdout_of(repo.cmd_without_language(&["explain", "3.5", "2026-Q3", "--as-of", AS_OF]));
    assert!(explain.starts_with("事项 3.5 "), "{explain}");
    // Every labelled line puts its value in display column 11, whatever the label's width.
    let labelled: Vec<&str> = explain.lines().skip(1).filter(|line| !line.starts_with("   ")).collect();
    assert!(labelled.len() >= 6, "{explain}");
    for line in &labelled {
        let (label, value) = split_at_column(line, 11);
        assert!(label.ends_with(' ') && !value.starts_with(' ') && !value.is_empty(), "{line:?} in\n{explain}");
    }
    for label in [
        "  起算     2026-09-30",
        "  规则     ",
        "  第 15 天 2026-10-15",
        "  跨越     ",
        "  期限     2026-10-15",
        "  状态     ",
    ] {
        assert!(explain.contains(label), "{label:?} in\n{explain}");
    }
    let calendar = stdout_of(repo.cmd_without_language(&["calendar", "show", "2026"]));
    assert!(
        calendar.contains("\n一 二 三 四 五 六 日   一 二 三 四 五 六 日   一 二 三 四 五 六 日\n"),
        "{calendar}"
    );
    let titles = calendar.lines().find(|line| line.contains("1月")).expect("month titles");
    assert_eq!(
        (column_of(titles, "1月"), column_of(titles, "2月"), column_of(titles, "3月")),
        (9, 32, 55),
        "{titles:?}"
    );
    let years = stdout_of(repo.cmd_without_language(&["calendar", "years"]));
    let rows: Vec<&str> = years.lines().take_while(|line| !line.is_empty()).collect();
    let notices: BTreeSet<usize> = rows
        .iter()
        .map(|row| row.width() - row.rsplit_once("  ").map_or(*row, |(_, notice)| notice).width())
        .collect();
    assert!(rows.len() >= 4 && notices.len() == 1, "the notices start in one column:\n{years}");
}
