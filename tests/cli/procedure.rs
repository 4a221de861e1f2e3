//! The rest of the procedure: notices (公示) with their period, members' and leading-group
//! meetings, the annual report.

use crate::support::Repo;

const NOTICE_ITEM: &str = "items/2026/2026-09-30-5.2.md";

/// The example (whose entry 5.2 is a 5-working-day notice) with a notice published on
/// 2026-09-30, the day before 国庆.
fn example_with_notice(extra: &str) -> Repo {
    let repo = Repo::example();
    assert!(repo.read("catalogue/05-cadres.toml").contains("notice_working_days = 5 "));
    repo.write(
        NOTICE_ITEM,
        &format!(
            "+++\nentry = \"5.2\"\ntitle = \"国庆前任前公示\"\nevent = 2026-09-29\nprepared_by = \"叶成刚\"\nreviewed_by = \"廖敏\"\nreviewed_on = 2026-09-29\napproved_by = \"舒军\"\napproved_on = 2026-09-29\npublished_on = 2026-09-30\n{extra}+++\n拟提拔同志任前公示。\n"
        ),
    );
    repo
}

fn publish(repo: &Repo, as_of: &str) {
    let (code, out, err) = repo.run(&["publish", "--as-of", as_of]);
    assert_eq!(code, 0, "publish --as-of {as_of}\n{out}\n{err}");
}

#[test]
fn a_notice_before_national_day_ends_after_the_holiday_and_runs_on_the_index_until_then() {
    let repo = example_with_notice("");
    publish(&repo, "2026-10-13");
    let item = repo.read("site/items/2026-09-30-5.2.html");
    assert!(item.contains("公示期：2026年9月30日 至 2026年10月13日"), "{item}");
    assert!(item.contains("公示中"), "the last day is still inside the notice: {item}");
    let index = repo.read("site/index.html");
    let line = index.lines().find(|line| line.contains("国庆前任前公示")).expect("the notice is on the index");
    assert!(line.contains("公示中"), "{line}");

    publish(&repo, "2026-10-14");
    let item = repo.read("site/items/2026-09-30-5.2.html");
    assert!(item.contains("公示期：2026年9月30日 至 2026年10月13日"), "{item}");
    assert!(!item.contains("公示中"), "{item}");
    let index = repo.read("site/index.html");
    assert!(!index.contains("公示中"), "no notice runs on 2026-10-14");
    let archive = repo.read("site/archive/2026.html");
    assert!(archive.contains("国庆前任前公示"), "the notice keeps its place in the archive");
    let (code, out, err) = repo.run(&["check", "--as-of", "2026-11-28"]);
    assert_eq!(code, 0, "{out}{err}");
}

#[test]
fn status_next_and_explain_show_the_notice_period() {
    let repo = example_with_notice("");
    let (_, status, _) = repo.run(&["status", "--as-of", "2026-10-09"]);
    assert!(status.contains("Notices (公示) ending in the next 5 working days (1)"), "{status}");
    assert!(
        status.contains("2026-09-30-5.2  国庆前任前公示 · 公示 2026-09-30 to 2026-10-13, 3 working days left"),
        "{status}"
    );
    let (_, status, _) = repo.run(&["status", "--as-of", "2026-10-14"]);
    assert!(!status.contains("公示"), "{status}");
    let (_, next, _) = repo.run(&["next", "--as-of", "2026-10-12"]);
    assert!(next.contains("公示 2026-09-30 to 2026-10-13, 1 working day left"), "{next}");
    let (_, json, _) = repo.run(&["next", "--as-of", "2026-10-12", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(json["notices_ending"][0]["to"], "2026-10-13");

    let (code, explain, err) = repo.run(&["explain", "2026-09-30-5.2", "--as-of", "2026-10-09"]);
    assert_eq!(code, 0, "{err}");
    assert!(explain.contains("notice period (公示期), 5 working days"), "{explain}");
    assert!(explain.contains("2026-10-01"), "the count crosses 国庆: {explain}");
    assert!(explain.contains("2026-10-10"), "and counts the make-up Saturday: {explain}");
    assert!(explain.contains("ends     2026-10-13"), "{explain}");
    assert!(explain.contains("running (公示中)"), "{explain}");
}

#[test]
fn a_notice_too_short_for_its_decision_date_is_an_error_naming_file_and_key() {
    let repo = example_with_notice("decision_on = 2026-10-13\n");
    let (code, out, err) = repo.run(&["check", "--as-of", "2026-11-28"]);
    let all = format!("{out}{err}");
    assert_eq!(code, 1, "{all}");
    assert!(all.contains("error[notice-too-short]"), "{all}");
    assert!(all.contains(&format!("{NOTICE_ITEM}:11:")), "the `decision_on` line: {all}");
    assert!(all.contains("2026-10-14 at the earliest"), "{all}");
    // The day after the notice's last day is soon enough.
    let repo = example_with_notice("decision_on = 2026-10-14\n");
    let (code, out, err) = repo.run(&["check", "--as-of", "2026-11-28"]);
    assert_eq!(code, 0, "{out}{err}");
}

#[test]
fn a_notice_period_is_limited() {
    let repo = Repo::example();
    repo.edit("catalogue/05-cadres.toml", "notice_working_days = 5 ", "notice_working_days = 61 ");
    let (code, out, err) = repo.run(&["check", "--as-of", "2026-11-28"]);
    let all = format!("{out}{err}");
    assert_eq!(code, 1, "{all}");
    assert!(all.contains("error[invalid-value]") && all.contains("notice_working_days = 61"), "{all}");
}

// ---------------------------------------------------------------- meetings

const Q3_MEETING: &str = "meetings/2026/2026-10-16-members.md";

#[test]
fn an_unannounced_quarter_fails_check_once_past_its_limit() {
    let repo = Repo::example();
    repo.remove(Q3_MEETING);
    // 2026-Q3 ends 2026-09-30; 30 days later is 2026-10-30.
    let (code, out, err) = repo.run(&["check", "--as-of", "2026-10-30"]);
    assert_eq!(code, 0, "within the limit: {out}{err}");
    let (code, out, err) = repo.run(&["check", "--as-of", "2026-11-28"]);
    let all = format!("{out}{err}");
    assert_eq!(code, 1, "{all}");
    assert!(
        all.contains("error[bulletin-not-announced]: the bulletin of 2026-Q3 was due to be announced at a members' meeting by 2026-10-30"),
        "{all}"
    );
    assert!(all.contains("bulletins/2026-Q3.md"), "{all}");
    assert_eq!(
        all.matches("bulletin-not-announced").count(),
        1,
        "Q1 and Q2 were announced, Q4 is not due: {all}"
    );
    // A shorter limit in disclose.toml.
    repo.write(Q3_MEETING, "+++\nkind = \"members\"\non = 2026-10-16\nbulletin = \"2026-Q3\"\n+++\n");
    let config = repo.read("disclose.toml");
    repo.write("disclose.toml", &format!("{config}\n[bulletin]\nannounce_within_days = 10\n"));
    let (code, out, err) = repo.run(&["check", "--as-of", "2026-11-28"]);
    assert_eq!(code, 0, "announced late is not unannounced: {out}{err}");
    repo.remove(Q3_MEETING);
    let (_, out, _) = repo.run(&["check", "--as-of", "2026-10-13"]);
    // 2026-09-30 + 10 days is 2026-10-10, a make-up working Saturday after 国庆.
    assert!(out.contains("by 2026-10-10 (10 days after the quarter)"), "{out}");
}

#[test]
fn repositories_without_meetings_owe_no_announcement_until_the_rule_is_switched_on() {
    let repo = Repo::example();
    std::fs::remove_dir_all(repo.path().join("meetings")).unwrap();
    let (code, out, err) = repo.run(&["check", "--as-of", "2026-11-28"]);
    assert_eq!(code, 0, "{out}{err}");
    let config = repo.read("disclose.toml");
    repo.write("disclose.toml", &format!("{config}\n[bulletin]\nannounce_from = 2026-06-01\n"));
    let (code, out, _) = repo.run(&["check", "--as-of", "2026-11-28"]);
    assert_eq!(code, 1);
    assert!(out.contains("the bulletin of 2026-Q2") && out.contains("the bulletin of 2026-Q3"), "{out}");
    assert!(!out.contains("the bulletin of 2026-Q1"), "Q1 ended before announce_from: {out}");
}

#[test]
fn a_bulletin_is_free_until_announced_and_frozen_from_then_on() {
    let repo = Repo::example();
    repo.remove(Q3_MEETING);
    repo.edit("items/2026/2026-09-08-5.2.md", "title = \"", "title = \"（更正）");
    let (code, out, err) = repo.run(&["bulletin", "2026-Q3", "--as-of", "2026-10-20"]);
    assert_eq!(code, 0, "an ended quarter not yet announced needs no --force: {out}{err}");
    assert!(out.contains("updated bulletins/2026-Q3.md") && out.contains("not yet announced"), "{out}");

    let (code, out, err) = repo.run(&[
        "meeting",
        "record",
        "--kind",
        "members",
        "--on",
        "2026-10-23",
        "--bulletin",
        "2026-Q3",
        "--attended",
        "20",
        "--of",
        "23",
        "--decision",
        "通报第三季度党务公开情况",
        "--as-of",
        "2026-10-23",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("wrote meetings/2026/2026-10-23-members.md\n"), "{out}");
    let written = repo.read("meetings/2026/2026-10-23-members.md");
    assert!(
        written.starts_with("+++\nkind = \"members\"\non = 2026-10-23\nbulletin = \"2026-Q3\"\nattended = 20\nof = 23\n"),
        "{written}"
    );
    assert!(written.contains("1. 通报第三季度党务公开情况"), "{written}");

    repo.edit("items/2026/2026-09-08-5.2.md", "title = \"", "title = \"再");
    let before = repo.snapshot_tree();
    let (code, out, err) = repo.run(&["bulletin", "2026-Q3", "--as-of", "2026-10-24"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("announced at the members' meeting of 2026-10-23"), "{err}");
    assert_eq!(repo.snapshot_tree(), before, "nothing was written");
    // Seen on a day before the meeting, it was still free.
    let (code, _, _) = repo.run(&["bulletin", "2026-Q3", "--as-of", "2026-10-22"]);
    assert_eq!(code, 0);
    let (code, out, _) = repo.run(&["bulletin", "2026-Q3", "--as-of", "2026-10-24"]);
    assert_eq!(code, 0, "now unchanged: {out}");
    repo.edit("items/2026/2026-09-08-5.2.md", "title = \"", "title = \"三");
    let (code, out, _) = repo.run(&["bulletin", "2026-Q3", "--force", "--as-of", "2026-10-24"]);
    assert_eq!(code, 0);
    assert!(out.ends_with("(--force: it was announced at the members' meeting of 2026-10-23)\n"), "{out}");
}

#[test]
fn meeting_record_never_overwrites_and_refuses_what_cannot_be() {
    let repo = Repo::example();
    let args = ["meeting", "record", "--kind", "leading-group", "--on", "2026-11-20", "--as-of", "2026-11-28"];
    let (code, out, _) = repo.run(&args);
    assert_eq!((code, out.lines().next()), (0, Some("wrote meetings/2026/2026-11-20-leading-group.md")));
    let first = repo.read("meetings/2026/2026-11-20-leading-group.md");
    let (code, out, _) = repo.run(&args);
    assert_eq!((code, out.lines().next()), (0, Some("wrote meetings/2026/2026-11-20-leading-group-2.md")));
    assert_eq!(repo.read("meetings/2026/2026-11-20-leading-group.md"), first);
    let (code, out, _) = repo.run(&args);
    assert_eq!((code, out.lines().next()), (0, Some("wrote meetings/2026/2026-11-20-leading-group-3.md")));
    for (bad, says) in [
        (vec!["--kind", "assembly", "--on", "2026-11-20"], "--kind is \"assembly\""),
        (
            vec!["--kind", "leading-group", "--on", "2026-11-20", "--bulletin", "2026-Q3"],
            "does not announce a bulletin",
        ),
        (vec!["--kind", "members", "--on", "2026-11-20", "--bulletin", "2026-H1"], "is not a quarter"),
        (
            vec!["--kind", "members", "--on", "2026-11-20", "--bulletin", "2026-Q4"],
            "which runs until 2026-12-31",
        ),
        (vec!["--kind", "members", "--on", "2026-12-01"], "after today"),
        (
            vec!["--kind", "members", "--on", "2026-11-20", "--attended", "9", "--of", "8"],
            "9 attended of 8",
        ),
    ] {
        let mut full = vec!["meeting", "record"];
        full.extend(bad);
        full.extend(["--as-of", "2026-11-28"]);
        let (code, _, err) = repo.run(&full);
        assert_eq!(code, 2, "{full:?}: {err}");
        assert!(err.contains(says), "{full:?}: {err}");
    }
    let (code, out, err) = repo.run(&["check", "--as-of", "2026-11-28"]);
    assert_eq!(code, 0, "{out}{err}");
}

#[test]
fn catalogue_approval_links_the_leading_groups_meeting() {
    let repo = Repo::example();
    let (code, _, err) = repo.run(&[
        "catalogue",
        "approve",
        "--by",
        "党务公开工作领导小组",
        "--meeting",
        "2026-01-06",
        "--as-of",
        "2026-11-28",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("no leading group's meeting of 2026-01-06"), "{err}");
    let (code, _, err) = repo.run(&[
        "catalogue",
        "approve",
        "--by",
        "党务公开工作领导小组",
        "--meeting",
        "meetings/2026/2026-04-10-members.md",
        "--as-of",
        "2026-11-28",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("not the leading group's"), "{err}");
    let config = repo.read("disclose.toml");
    assert!(
        config.contains("meeting = \"meetings/2026/2026-01-05-leading-group.md\""),
        "the example links its approval"
    );
    repo.edit("disclose.toml", "meeting = \"meetings/2026/2026-01-05-leading-group.md\"\n", "");
    let (code, out, err) = repo.run(&[
        "catalogue",
        "approve",
        "--by",
        "党务公开工作领导小组",
        "--meeting",
        "meetings/2026/2026-01-05-leading-group.md",
        "--as-of",
        "2026-11-28",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("linked to the leading group's meeting meetings/2026/2026-01-05-leading-group.md"),
        "{out}"
    );
    assert_eq!(
        repo.read("disclose.toml"),
        config,
        "the meeting's day is the approval day; the rest is as the example has it"
    );
}

// ---------------------------------------------------------------- the annual report

#[test]
fn the_annual_report_names_the_years_counts_and_fails_check_until_its_section_is_written() {
    let repo = Repo::example();
    let (code, out, err) = repo.run(&["report", "--year", "2026", "--annual", "--as-of", "2026-11-28"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("wrote reports/2026.md"), "{out}");
    let report = repo.read("reports/2026.md");
    for figure in [
        "# 中共绵竹市孝德镇卫生院支部委员会 2026年度党务公开工作报告",
        "收到意见建议 12 件：时限内答复 7 件，超时限答复 1 件",
        "满意率（满意＋基本满意）88.9%：满意 7 件，基本满意 1 件，不满意 1 件，共 9 件回访评价",
        "召开党员大会 4 次，党务公开工作领导小组会议 1 次",
        "应在党员大会上通报的季度党员通报 3 期：按时通报 3 期，逾期通报 0 期，未通报 0 期",
        "按时完成 45 项，逾期完成 0 项，逾期未完成 0 项",
        "## 五、存在问题和改进措施\n\n【请填写：",
    ] {
        assert!(report.contains(figure), "{figure}\n{report}");
    }
    assert!(repo.read("reports/2026.html").contains("<h2>五、存在问题和改进措施</h2>"));

    let (code, out, _) = repo.run(&["check", "--as-of", "2026-11-28"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("error[report-placeholder]: the annual report of 2026 still holds a placeholder"),
        "{out}"
    );
    let line = report.lines().position(|l| l.starts_with("【请填写")).unwrap() + 1;
    assert!(out.contains(&format!("reports/2026.md:{line}:1")), "{out}");

    let (code, out, _) = repo.run(&["report", "--year", "2026", "--annual", "--as-of", "2026-11-28"]);
    assert_eq!((code, out.as_str()), (0, "reports/2026.md is unchanged\n"));

    // The leading group writes its section: check passes, and the file is never replaced
    // without --force.
    let placeholder = report.lines().find(|l| l.starts_with("【请填写")).unwrap();
    repo.edit(
        "reports/2026.md",
        placeholder,
        "一是公开内容还不够具体；二是意见回访不够及时。下一步将细化公开目录，按月回访。",
    );
    let written = repo.read("reports/2026.md");
    let (code, out, err) = repo.run(&["check", "--as-of", "2026-11-28"]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = repo.run(&["report", "--year", "2026", "--annual", "--as-of", "2026-11-28"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.starts_with("--- reports/2026.md (on disk)\n+++ reports/2026.md (new)\n"), "{out}");
    assert!(err.contains("was left as it is"), "{err}");
    assert_eq!(repo.read("reports/2026.md"), written);
    assert!(repo.read("reports/2026.html").contains("按月回访"), "the page follows the Markdown on disk");
    let (code, out, _) = repo.run(&["report", "--year", "2026", "--annual", "--force", "--as-of", "2026-11-28"]);
    assert_eq!(code, 0);
    assert!(out.contains("rewrote reports/2026.md (--force)"), "{out}");
}

#[test]
fn the_annual_report_is_an_obligation_due_on_31_january() {
    let repo = Repo::example();
    let (_, next, _) = repo.run(&["next", "--as-of", "2026-11-28", "--limit", "100"]);
    assert!(!next.contains("annual report"), "a year in progress owes no report: {next}");
    let (_, next, _) = repo.run(&["next", "--as-of", "2027-01-05", "--limit", "100"]);
    assert!(
        next.contains("2027-02-01  open     annual-report annual report 2026"),
        "2027-01-31 is a Sunday: {next}"
    );
    let (_, out, _) = repo.run(&["check", "--as-of", "2027-02-02"]);
    assert!(out.contains("the annual report of 2026 (年度党务公开工作报告) was due on 2027-02-01"), "{out}");
    assert!(!out.contains("annual report of 2025"), "2025 ended before the approval: {out}");
    let (code, _, _) = repo.run(&["report", "--year", "2026", "--annual", "--as-of", "2027-01-20"]);
    assert_eq!(code, 0);
    let (_, out, _) = repo.run(&["check", "--as-of", "2027-02-02"]);
    assert!(
        out.contains("the annual report of 2026 (年度党务公开工作报告) was due"),
        "still a placeholder: {out}"
    );
    let report = repo.read("reports/2026.md");
    let placeholder = report.lines().find(|l| l.starts_with("【请填写")).unwrap();
    repo.edit("reports/2026.md", placeholder, "已由领导小组研究填写。");
    let (_, out, _) = repo.run(&["check", "--as-of", "2027-02-02"]);
    assert!(!out.contains("annual report of 2026"), "{out}");
    // Configurable.
    let config = repo.read("disclose.toml");
    repo.write("disclose.toml", &format!("{config}\n[report]\nannual_due = \"03-31\"\n"));
    repo.remove("reports/2026.md");
    let (_, next, _) = repo.run(&["next", "--as-of", "2027-01-05", "--limit", "100"]);
    assert!(next.contains("2027-03-31  open     annual-report annual report 2026"), "{next}");
}
