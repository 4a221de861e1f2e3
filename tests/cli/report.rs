//! `disclose archive` and `disclose report`: the archive register and the performance
//! evaluation, checked against a hand count on a repository built for it, with every
//! obligation state and every feedback outcome present.

use serde_json::Value;

use crate::support::{copy_dir, project_root, Repo};

const AS_OF: &str = "2026-11-28";

/// The test repository, written below `prefix` (`""` for the root): two categories, five
/// entries (periodic, immediate, standing, half-yearly members-only, restricted), items
/// for each obligation state and feedback cases for each outcome. Not yet approved.
///
/// Hand count for 2026 (obligations whose due date falls in 2026, seen on 2026-11-28):
/// - 1.1 quarterly, 15 days: 2025-Q4 due 01-15 published 01-12 (done, -3); Q1 due 04-15
///   published 04-10 (done, -5); Q2 due 07-15 published 07-20 (late, +5); Q3 due 10-15
///   never published (overdue). 2025-Q3 is due 2025-10-15: not in 2026.
/// - 1.2 immediate, 5 working days: event 03-02 due 03-09 published 03-04 (done, -5);
///   event 11-25 due 12-02 unpublished (due within 14 days: open).
/// - 2.1 standing since 2026-01-05, 30 days: due 02-04 published 01-20 (done, -15).
/// - 2.2 half-yearly since 2026-01-01: H1 due 07-15 published 07-10 (done, -5).
/// - 2.3 restricted immediate, 7 days: event 06-01 due 06-08 published 06-12 (late, +4).
///
/// Feedback received in 2026 (limit 10 working days): A answered in 4 working days,
/// satisfied; B answered after the limit (12), unsatisfied; C extended and answered within
/// the new limit (14), partly; D open past its limit; E open within it; F rejected; G
/// answered in 5, satisfied. H was received in 2025 and does not count.
fn write_report_repo(repo: &Repo, prefix: &str) {
    let at = |path: &str| if prefix.is_empty() { path.to_string() } else { format!("{prefix}/{path}") };
    repo.write(
        &at("disclose.toml"),
        r#"[organisation]
name = "中共测试镇第一支部委员会"
locale = "zh-CN"

[leading_group]
leader = "王书记"

[feedback]
channels = ["hotline", "letter"]
working_days = 10

[publish]
require_review = false
require_approval = true
"#,
    );
    repo.write(
        &at("catalogue/01-central.toml"),
        r#"[category]
code = "1"
title = "全局和中心工作"

[[entry]]
id = "1.1"
title = "季度工作情况"
scope = "public"
cadence = "periodic"
period = "quarter"
due_days = 15
owner = "王书记"

[[entry]]
id = "1.2"
title = "重要决定"
scope = "public"
cadence = "immediate"
due_working_days = 5
owner = "王书记"
"#,
    );
    repo.write(
        &at("catalogue/02-organisation.toml"),
        r#"[category]
code = "2"
title = "党的组织管理"

[[entry]]
id = "2.1"
title = "机构设置<script>alert(1)</script>"
scope = "public"
cadence = "standing"
due_days = 30
owner = "李委员"
since = 2026-01-05

[[entry]]
id = "2.2"
title = "半年党费收缴情况"
scope = "members"
cadence = "periodic"
period = "half-year"
due_days = 15
owner = "李委员"
since = 2026-01-01

[[entry]]
id = "2.3"
title = "处分决定"
scope = "restricted"
cadence = "immediate"
due_days = 7
owner = "李委员"
"#,
    );
    let item = |path: &str, front: &str, body: &str| repo.write(&at(path), &format!("+++\n{front}prepared_by = \"李委员\"\n+++\n{body}\n"));
    let signed = |on: &str, published: &str| format!("approved_by = \"王书记\"\napproved_on = {on}\npublished_on = {published}\n");
    item(
        "items/2026/2025-Q4-1.1.md",
        &format!(
            "entry = \"1.1\"\ntitle = \"2025年第四季度工作情况\"\nperiod = \"2025-Q4\"\n{}",
            signed("2026-01-09", "2026-01-12")
        ),
        "正文",
    );
    item(
        "items/2026/2026-Q1-1.1.md",
        &format!(
            "entry = \"1.1\"\ntitle = \"2026年第一季度工作情况\"\nperiod = \"2026-Q1\"\n{}",
            signed("2026-04-09", "2026-04-10")
        ),
        "正文",
    );
    item(
        "items/2026/2026-Q2-1.1.md",
        &format!(
            "entry = \"1.1\"\ntitle = \"2026年第二季度工作情况\"\nperiod = \"2026-Q2\"\n{}",
            signed("2026-07-17", "2026-07-20")
        ),
        "正文",
    );
    item(
        "items/2026/2026-Q4-1.1.md",
        "entry = \"1.1\"\ntitle = \"=SUM(1,2) 2026年第四季度工作情况\"\nperiod = \"2026-Q4\"\nreviewed_by = \"李委员\"\nreviewed_on = 2026-11-27\n",
        "草稿",
    );
    item(
        "items/2026/2026-03-02-1.2.md",
        &format!(
            "entry = \"1.2\"\ntitle = \"关于调整党小组的决定\"\nevent = 2026-03-02\n{}",
            signed("2026-03-03", "2026-03-04")
        ),
        "正文",
    );
    item(
        "items/2026/2026-11-25-1.2.md",
        "entry = \"1.2\"\ntitle = \"关于开展主题活动的决定\"\nevent = 2026-11-25\napproved_by = \"王书记\"\napproved_on = 2026-11-27\n",
        "正文",
    );
    item(
        "items/2026/2026-01-20-2.1.md",
        &format!("entry = \"2.1\"\ntitle = \"党支部机构设置和职责\"\n{}", signed("2026-01-19", "2026-01-20")),
        "正文",
    );
    item(
        "items/2026/2026-H1-2.2.md",
        &format!(
            "entry = \"2.2\"\ntitle = \"2026年上半年党费收缴情况\"\nperiod = \"2026-H1\"\n{}",
            signed("2026-07-09", "2026-07-10")
        ),
        "正文",
    );
    item(
        "items/2026/2026-06-01-2.3.md",
        &format!(
            "entry = \"2.3\"\ntitle = \"关于给予党员某某批评教育的决定\"\nevent = 2026-06-01\naudience = \"本人及所在党小组\"\n{}",
            signed("2026-06-11", "2026-06-12")
        ),
        "SECRET-BODY-7 处分的具体事实",
    );
    item(
        "items/2025/2025-09-10-1.2.md",
        &format!(
            "entry = \"1.2\"\ntitle = \"2025年的决定\"\nevent = 2025-09-10\n{}",
            signed("2025-09-11", "2025-09-12")
        ),
        "正文",
    );

    let case = |id: &str, front: &str| {
        let year = &id[..4];
        repo.write(
            &at(&format!("feedback/{year}/{id}.md")),
            &format!("+++\nchannel = \"hotline\"\nfrom = \"public\"\nname = \"张三丰\"\ncontact = \"13900000000\"\n{front}+++\nPRIVATE-OPINION 反映人原话\n"),
        );
    };
    let answer = |on: &str, rating: &str| format!("\n[response]\non = {on}\ntext = \"已答复\"\npublic = true\nrating = \"{rating}\"\n");
    let log = |on: &str| format!("\n[[action]]\non = {on}\nby = \"李委员\"\nnote = \"转有关科室办理\"\n");
    case(
        "2026-03-02-1",
        &format!(
            "received_on = 2026-03-02\nabout = \"1.1\"\nsummary = \"群众建议公开栏增加字号\"\ndue_on = 2026-03-16\nstatus = \"answered\"\n{}{}",
            log("2026-03-03"),
            answer("2026-03-06", "satisfied")
        ),
    );
    case(
        "2026-04-01-1",
        &format!(
            "received_on = 2026-04-01\nsummary = \"群众反映候诊时间长\"\ndue_on = 2026-04-16\nstatus = \"closed\"\n{}\n[[action]]\non = 2026-04-22\nkind = \"close\"\nnote = \"办结\"\n{}",
            log("2026-04-02"),
            answer("2026-04-20", "unsatisfied")
        ),
    );
    case(
        "2026-06-01-1",
        &format!(
            "received_on = 2026-06-01\nabout = \"2026-01-20-2.1\"\nsummary = \"党员建议调整党小组\"\ndue_on = 2026-06-23\nstatus = \"answered\"\n{}\n[[action]]\non = 2026-06-12\nby = \"王书记\"\nkind = \"extend\"\ndays = 5\nnote = \"需征求各党小组意见\"\n{}",
            log("2026-06-02"),
            answer("2026-06-22", "partly")
        ),
    );
    case(
        "2026-10-26-1",
        &format!(
            "received_on = 2026-10-26\nsummary = \"群众反映停车难\"\ndue_on = 2026-11-09\nstatus = \"handling\"\n{}",
            log("2026-10-27")
        ),
    );
    case(
        "2026-11-23-1",
        "received_on = 2026-11-23\nsummary = \"@所有人 建议周末开放接待日\"\ndue_on = 2026-12-07\nstatus = \"received\"\n",
    );
    case(
        "2026-05-11-1",
        "received_on = 2026-05-11\nsummary = \"反映与本单位无关的事项\"\ndue_on = 2026-05-25\nstatus = \"rejected\"\n\n[[action]]\non = 2026-05-12\nkind = \"reject\"\nnote = \"不属于本支部职责范围\"\n",
    );
    case(
        "2026-09-01-1",
        &format!(
            "received_on = 2026-09-01\nsummary = \"群众建议增设意见箱\"\ndue_on = 2026-09-15\nstatus = \"answered\"\n{}{}",
            log("2026-09-02"),
            answer("2026-09-08", "satisfied")
        ),
    );
    case(
        "2025-12-19-1",
        &format!(
            "received_on = 2025-12-19\nsummary = \"2025年收到的意见\"\ndue_on = 2026-01-05\nstatus = \"answered\"\n{}{}",
            log("2025-12-22"),
            answer("2025-12-30", "satisfied")
        ),
    );
}

/// Approves the catalogue of the repository below `prefix` on 2025-09-01.
fn approve(repo: &Repo, prefix: &str) {
    let mut args = vec!["catalogue", "approve", "--by", "党务公开工作领导小组", "--on", "2025-09-01"];
    if !prefix.is_empty() {
        args.extend(["-C", prefix]);
    }
    let (code, stdout, stderr) = repo.run(&args);
    assert_eq!(code, 0, "{stdout}{stderr}");
}

fn report_repo() -> Repo {
    let repo = Repo::empty();
    write_report_repo(&repo, "");
    approve(&repo, "");
    repo
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

/// The counts of a JSON row, in the order done, late, overdue, open.
fn counts(row: &Value) -> [u64; 4] {
    ["done", "late", "overdue", "open"].map(|key| row[key].as_u64().unwrap_or_else(|| panic!("{key} missing in {row}")))
}

fn parse_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().expect("header").iter().map(str::to_string).collect();
    let rows = reader.records().map(|r| r.expect("record").iter().map(str::to_string).collect()).collect();
    (header, rows)
}

#[test]
fn report_json_matches_the_hand_count() {
    let repo = report_repo();
    let (code, stdout, stderr) = repo.run(&["report", "--as-of", AS_OF, "--format", "json"]);
    assert_eq!(code, 0, "{stderr}");
    let report = json(&stdout);
    assert_eq!(report["year"], 2026);
    assert_eq!(report["catalogue_in_force"], true);
    let rows = report["rows"].as_array().expect("rows");
    let by_entry = |id: &str| rows.iter().find(|r| r["entry"] == id).unwrap_or_else(|| panic!("no row for {id}"));
    assert_eq!(rows.len(), 5, "one row per entry");
    assert_eq!(counts(by_entry("1.1")), [2, 1, 1, 0]);
    assert_eq!(by_entry("1.1")["on_time_rate"], 0.5);
    assert_eq!(by_entry("1.1")["median_days_after_due"], -3.0);
    assert_eq!(counts(by_entry("1.2")), [1, 0, 0, 1]);
    assert_eq!(by_entry("1.2")["on_time_rate"], 1.0);
    assert_eq!(counts(by_entry("2.1")), [1, 0, 0, 0]);
    assert_eq!(by_entry("2.1")["median_days_after_due"], -15.0);
    assert_eq!(counts(by_entry("2.2")), [1, 0, 0, 0]);
    assert_eq!(counts(by_entry("2.3")), [0, 1, 0, 0]);
    assert_eq!(by_entry("2.3")["on_time_rate"], 0.0);
    assert_eq!(by_entry("2.3")["median_days_after_due"], 4.0);

    let categories = report["categories"].as_array().expect("categories");
    assert_eq!(counts(&categories[0]), [3, 1, 1, 1]);
    assert_eq!(categories[0]["on_time_rate"], 0.6);
    assert_eq!(categories[0]["median_days_after_due"], -4.0);
    assert_eq!(counts(&categories[1]), [2, 1, 0, 0]);
    assert_eq!(categories[1]["on_time_rate"], 0.6667);
    assert_eq!(categories[1]["median_days_after_due"], -5.0);
    assert_eq!(counts(&report["total"]), [5, 2, 1, 1]);
    assert_eq!(report["total"]["on_time_rate"], 0.625);
    assert_eq!(report["total"]["median_days_after_due"], -5.0);

    let feedback = &report["feedback"];
    assert_eq!(feedback["received"], 7);
    assert_eq!(feedback["answered"], 4);
    assert_eq!(feedback["answered_within_limit"], 3);
    assert_eq!(feedback["answered_late"], 1);
    assert_eq!(feedback["extended"], 1);
    assert_eq!(feedback["overdue"], 1);
    assert_eq!(feedback["open"], 1);
    assert_eq!(feedback["rejected"], 1);
    assert_eq!(feedback["median_working_days_to_answer"], 8.5);
    assert_eq!(feedback["rated"], 4);
    assert_eq!(feedback["satisfied"], 2);
    assert_eq!(feedback["partly"], 1);
    assert_eq!(feedback["unsatisfied"], 1);
    assert_eq!(feedback["satisfaction_rate"], 0.75, "满意 + 基本满意 over all ratings");
    assert_eq!(feedback["limit_working_days"], 10);
}

#[test]
fn report_counts_only_the_chosen_year() {
    let repo = report_repo();
    let (code, stdout, _) = repo.run(&["report", "--as-of", AS_OF, "--year", "2025", "--format", "json"]);
    assert_eq!(code, 0);
    let report = json(&stdout);
    // 2025-Q3 of 1.1 (due 2025-10-15) was never published; the 2025 event of 1.2 was on time.
    assert_eq!(counts(&report["total"]), [1, 0, 1, 0]);
    assert_eq!(report["feedback"]["received"], 1);
    assert_eq!(report["feedback"]["answered_within_limit"], 1);
    assert_eq!(report["feedback"]["median_working_days_to_answer"], 7.0, "2025-12-19 to 2025-12-30");
}

#[test]
fn report_text_snapshot() {
    let repo = report_repo();
    let (code, stdout, _) = repo.run(&["report", "--as-of", AS_OF]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("report_text", stdout);
}

#[test]
fn report_csv_is_rectangular_with_one_header() {
    let repo = report_repo();
    let (code, stdout, _) = repo.run(&["report", "--as-of", AS_OF, "--format", "csv"]);
    assert_eq!(code, 0);
    let (header, rows) = parse_csv(&stdout);
    assert_eq!(
        header[..12],
        [
            "organisation",
            "year",
            "level",
            "category",
            "entry",
            "title",
            "done",
            "late",
            "overdue",
            "open",
            "on_time_rate",
            "median_days_after_due"
        ]
    );
    assert!(rows.iter().all(|row| row.len() == header.len()), "every row has {} cells", header.len());
    assert_eq!(rows.len(), 2 + 5 + 1, "two categories, five entries, the organisation");
    let col = |name: &str| header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name}"));
    let entry = rows.iter().find(|r| r[col("entry")] == "1.1").expect("row 1.1");
    assert_eq!(
        [&entry[col("done")], &entry[col("late")], &entry[col("overdue")], &entry[col("open")]],
        ["2", "1", "1", "0"]
    );
    assert_eq!(entry[col("on_time_rate")], "50.0%");
    assert_eq!(entry[col("median_days_after_due")], "-3", "negative numbers stay numbers");
    let total = rows.last().expect("organisation row");
    assert_eq!(total[col("level")], "organisation");
    assert_eq!(total[col("done")], "5");
    assert_eq!(total[col("feedback_received")], "7");
    assert_eq!(total[col("median_working_days_to_answer")], "8.5");
    assert_eq!(total[col("satisfaction_rate")], "75.0%");
    // The entry title holding markup is data, and a formula-like title would be quoted.
    assert!(rows.iter().any(|r| r[col("title")] == "机构设置<script>alert(1)</script>"));
}

#[test]
fn report_html_is_self_contained_escaped_and_internal() {
    let repo = report_repo();
    let (code, stdout, stderr) = repo.run(&["report", "--as-of", AS_OF, "--format", "html", "--output", "report.html"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout, "Wrote the html report to report.html.\n");
    let html = repo.read("report.html");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), "{html}");
    assert!(html.contains("@page { size: A4;"));
    assert_eq!(html.matches("<svg").count(), 2, "the on-time chart and the answer-time histogram");
    assert!(!html.to_lowercase().contains("<script"), "no JavaScript, and titles are escaped");
    assert!(html.contains("机构设置&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("中共测试镇第一支部委员会 2026年党务公开工作绩效评估"));
    assert!(html.contains("<td class=\"n\">62.5%</td>"), "the total on-time rate");
    assert!(
        !html.contains("src=") && !html.contains("href=") && !html.contains("<link") && !html.contains("url("),
        "self-contained: nothing is loaded"
    );
    // The same page on standard output.
    let (code, stdout, _) = repo.run(&["report", "--as-of", AS_OF, "--format", "html"]);
    assert_eq!(code, 0);
    assert_eq!(stdout, html);

    let before = repo.snapshot_tree();
    let (code, _, stderr) = repo.run(&["report", "--as-of", AS_OF, "--format", "html", "--output", "site/report.html"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("the report file site/report.html lies inside `site_dir` \"site\""), "{stderr}");
    let (code, _, stderr) = repo.run(&["report", "--as-of", AS_OF, "--format", "html", "--output", "./site/../site/x/report.html"]);
    assert_eq!(code, 2, "{stderr}");
    let (code, _, stderr) = repo.run(&["report", "--as-of", AS_OF, "--output", "items/2026/2026-Q1-1.1.md"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("inside items"), "{stderr}");
    assert_eq!(before, repo.snapshot_tree(), "nothing written");
}

#[test]
fn report_refuses_formats_it_does_not_write() {
    let repo = report_repo();
    let (code, _, stderr) = repo.run(&["report", "--as-of", AS_OF, "--format", "github"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("does not write --format github"), "{stderr}");
}

#[test]
fn report_without_an_approved_catalogue_says_so() {
    let repo = Repo::empty();
    write_report_repo(&repo, "");
    let (code, stdout, _) = repo.run(&["report", "--as-of", AS_OF]);
    assert_eq!(code, 0);
    assert!(
        stdout.contains("The catalogue is not approved, or it changed since its approval: no obligations are counted."),
        "{stdout}"
    );
    let (_, stdout, _) = repo.run(&["report", "--as-of", AS_OF, "--format", "json"]);
    let report = json(&stdout);
    assert_eq!(report["catalogue_in_force"], false);
    assert_eq!(counts(&report["total"]), [0, 0, 0, 0]);
    assert_eq!(report["total"]["on_time_rate"], Value::Null);
    assert_eq!(report["feedback"]["received"], 7, "feedback does not depend on the catalogue");
}

/// A folder holding `a` (the test repository), `b` (the example), `c` (a variant of `a`)
/// and `bad` (a broken disclose.toml).
fn several() -> Repo {
    let parent = Repo::empty();
    write_report_repo(&parent, "a");
    approve(&parent, "a");
    let root = project_root();
    for folder in ["catalogue", "items", "feedback", "calendar"] {
        copy_dir(&root.join(folder), &parent.path().join("b").join(folder));
    }
    std::fs::copy(root.join("disclose.toml"), parent.path().join("b/disclose.toml")).expect("copy disclose.toml");
    parent.write("bad/disclose.toml", "[organisation]\nnom = \"misspelt\"\n");
    // `c`: the test repository again under another name, without its late Q2 item.
    write_report_repo(&parent, "c");
    parent.edit("c/disclose.toml", "中共测试镇第一支部委员会", "中共测试镇第二支部委员会");
    parent.remove("c/items/2026/2026-Q2-1.1.md");
    approve(&parent, "c");
    parent
}

#[test]
fn report_over_two_repositories_has_a_row_each_and_a_total() {
    let parent = several();
    let (code, stdout, stderr) = parent.run(&["report", "a", "b/items", "--as-of", AS_OF, "--format", "json"]);
    assert_eq!(code, 0, "{stderr}");
    let report = json(&stdout);
    let rows = report["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["organisation"], "中共测试镇第一支部委员会");
    assert_eq!(rows[0]["repo"], "a");
    assert_eq!(counts(&rows[0]), [5, 2, 1, 1]);
    assert_eq!(
        rows[1]["organisation"], "中共绵竹市孝德镇卫生院支部委员会",
        "a folder inside a repository finds its root"
    );
    let example = counts(&rows[1]);
    // The example alone, counted the single-repository way, must agree with its row.
    let (_, alone, _) = parent.run(&["report", "-C", "b", "--as-of", AS_OF, "--format", "json"]);
    let alone = json(&alone);
    assert_eq!(counts(&alone["total"]), example);
    assert_eq!(counts(&report["total"]), [5 + example[0], 2 + example[1], 1 + example[2], 1 + example[3]]);
    let received = alone["feedback"]["received"].as_u64().expect("received");
    assert_eq!(report["total"]["feedback"]["received"], 7 + received);
    assert_eq!(report["total"]["broken"], 0);

    // The text view, on two repositories whose numbers are counted by hand: `c` lacks the
    // late Q2 item of 1.1, which is therefore overdue there (done 5, late 1, overdue 2).
    let (code, stdout, _) = parent.run(&["report", "a", "c", "--as-of", AS_OF]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("report_two_repositories", stdout);

    let (code, stdout, _) = parent.run(&["report", "a", "b", "--as-of", AS_OF, "--format", "csv"]);
    assert_eq!(code, 0);
    let (header, rows) = parse_csv(&stdout);
    assert!(rows.iter().all(|row| row.len() == header.len()));
    assert_eq!(
        rows.iter().map(|r| r[2].as_str()).collect::<Vec<_>>(),
        ["organisation", "organisation", "total"]
    );
    assert_eq!(rows[2][header.iter().position(|h| h == "done").expect("done")], (5 + example[0]).to_string());

    let (code, stdout, _) = parent.run(&["report", "a", "b", "--as-of", AS_OF, "--format", "html"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("<svg") && !stdout.contains("<script"));
    assert!(stdout.contains("中共测试镇第一支部委员会") && stdout.contains("中共绵竹市孝德镇卫生院支部委员会"));

    // The same repository given twice is counted once, with a warning.
    let (code, stdout, stderr) = parent.run(&["report", "a", "b", "a/items", "--as-of", AS_OF, "--format", "json"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("warning: a/items is the same repository as a, given before; it is counted once"),
        "{stderr}"
    );
    assert_eq!(json(&stdout)["rows"].as_array().map(Vec::len), Some(2));
    // The feedback columns of the text view have their own words in zh-CN.
    let output = parent.cmd_without_language(&["report", "a", "c", "--as-of", AS_OF]).output().expect("run");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("逾期答复") && text.contains("逾期未答复"), "{text}");

    // An output inside any branch's own folders is refused, the last branch's as the first's.
    let before = parent.snapshot_tree();
    for target in ["a/site/overview.html", "b/items/overview.html"] {
        let (code, _, stderr) = parent.run(&["report", "a", "b", "--as-of", AS_OF, "--format", "html", "--output", target]);
        assert_eq!(code, 2, "{target}: {stderr}");
        assert!(stderr.contains(&format!("the report file {target}")), "{stderr}");
    }
    assert_eq!(before, parent.snapshot_tree(), "nothing written");

    // Inside a repository whose disclose.toml cannot be read, no folder is taken for safe.
    parent.write("bad/site/index.html", "<p>the live board</p>");
    let before = parent.snapshot_tree();
    let (code, _, stderr) = parent.run(&["report", "a", "bad", "--as-of", AS_OF, "--format", "html", "--output", "bad/site/r.html"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("lies inside bad, whose disclose.toml could not be read"), "{stderr}");
    assert_eq!(before, parent.snapshot_tree(), "nothing written");
}

#[test]
fn a_broken_repository_is_reported_and_does_not_stop_the_others() {
    let parent = several();
    let (code, stdout, stderr) = parent.run(&["report", "a", "missing", "bad", "--as-of", AS_OF, "--format", "json"]);
    assert_eq!(code, 1, "exit 1 when any repository is broken");
    assert!(stderr.contains("error: missing: missing does not exist"), "{stderr}");
    assert!(stderr.contains("error: bad: disclose.toml could not be read"), "{stderr}");
    let report = json(&stdout);
    let rows = report["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 3);
    assert_eq!(counts(&rows[0]), [5, 2, 1, 1]);
    assert_eq!(rows[1]["ok"], false);
    assert_eq!(rows[1]["repo"], "missing");
    assert_eq!(rows[2]["ok"], false);
    assert!(rows[2]["error"].as_str().is_some_and(|e| e.contains("nom")), "{}", rows[2]);
    assert_eq!(counts(&report["total"]), [5, 2, 1, 1], "the total counts the repositories that could be read");
    assert_eq!(report["total"]["broken"], 2);

    for format in ["text", "csv", "html"] {
        let (code, stdout, _) = parent.run(&["report", "a", "missing", "--as-of", AS_OF, "--format", format]);
        assert_eq!(code, 1, "{format}");
        assert!(stdout.contains("中共测试镇第一支部委员会"), "{format}: {stdout}");
        assert!(stdout.contains("missing"), "{format}: the broken row is shown");
    }
    let (_, stdout, _) = parent.run(&["report", "a", "missing", "--as-of", AS_OF]);
    assert!(stdout.contains("BROKEN: could not be read"), "{stdout}");
}

#[test]
fn archive_of_the_example_for_2026() {
    let repo = Repo::example();
    let (code, text, stderr) = repo.run(&["archive", "--as-of", AS_OF, "--year", "2026"]);
    assert_eq!(code, 0, "{stderr}");
    insta::assert_snapshot!("archive_example_2026", text);
    let (_, default_year, _) = repo.run(&["archive", "--as-of", AS_OF]);
    assert_eq!(default_year, text, "the year defaults to the as-of year");
    assert!(text.contains("restricted: 本人及所在党小组"));
    assert!(text.contains("members 党内"));
    assert!(
        !text.contains("2023-01-16-4.1") && !text.contains("items/2024/"),
        "items of other years are not listed"
    );

    let (code, csv_text, _) = repo.run(&["archive", "--as-of", AS_OF, "--format", "csv"]);
    assert_eq!(code, 0);
    let (header, rows) = parse_csv(&csv_text);
    assert_eq!(header[0], "year");
    assert!(rows.iter().all(|row| row.len() == header.len()), "rectangular");
    let (code, json_text, _) = repo.run(&["archive", "--as-of", AS_OF, "--format", "json"]);
    assert_eq!(code, 0);
    let register = json(&json_text);
    let items = register["items"].as_array().expect("items").len();
    let cases = register["cases"].as_array().expect("cases").len();
    let attachments = register["attachments"].as_array().expect("attachments").len();
    assert_eq!(attachments, 1, "the members item's PDF");
    assert_eq!(rows.len(), items + cases + attachments, "the CSV holds the same rows as the JSON");
    assert_eq!(cases, 14, "twelve opinions, a request and a correction request");
    assert!(text.starts_with(&format!(
        "Archive register 2026 · 中共绵竹市孝德镇卫生院支部委员会 (as of {AS_OF})\n{items} items, {cases} feedback cases.\n"
    )));

    // Nothing private or restricted beyond title and audience, in any format.
    for output in [&text, &csv_text, &json_text] {
        assert!(!output.contains("经调查核实"), "the restricted item's body is never shown");
        assert!(!output.contains("13800000003") && !output.contains("陈先生"), "no name or contact of a case");
        assert!(!output.contains("救护车都不好进出"), "no opinion text");
    }
}

#[test]
fn archive_write_saves_markdown_and_csv() {
    let repo = Repo::example();
    let (code, stdout, stderr) = repo.run(&["archive", "--as-of", AS_OF, "--write"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.starts_with("Wrote archive/2026.md and archive/2026.csv: the archive register of 2026"),
        "{stdout}"
    );
    let markdown = repo.read("archive/2026.md");
    insta::assert_snapshot!("archive_example_2026_markdown", markdown);
    let csv_file = repo.read("archive/2026.csv");
    assert!(csv_file.starts_with('\u{feff}'), "a byte-order mark for spreadsheets");
    let (_, csv_stdout, _) = repo.run(&["archive", "--as-of", AS_OF, "--format", "csv"]);
    assert_eq!(csv_file, format!("\u{feff}{csv_stdout}"));
    assert!(!markdown.contains("经调查核实") && !csv_file.contains("经调查核实"));
    // Writing again changes nothing.
    let before = repo.snapshot_tree();
    repo.run(&["archive", "--as-of", AS_OF, "--write"]);
    assert_eq!(before, repo.snapshot_tree());
}

#[test]
fn archive_of_the_test_repository() {
    let repo = report_repo();
    let (code, stdout, _) = repo.run(&["archive", "--as-of", AS_OF, "--format", "json"]);
    assert_eq!(code, 0);
    let register = json(&stdout);
    let items: Vec<(&str, &str)> = register["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| (i["id"].as_str().unwrap_or(""), i["state"].as_str().unwrap_or("")))
        .collect();
    assert_eq!(
        items,
        [
            ("2025-Q4-1.1", "published"),
            ("2026-Q1-1.1", "published"),
            ("2026-Q2-1.1", "published"),
            ("2026-Q4-1.1", "reviewed"),
            ("2026-03-02-1.2", "published"),
            ("2026-11-25-1.2", "approved"),
            ("2026-01-20-2.1", "published"),
            ("2026-H1-2.2", "published"),
            ("2026-06-01-2.3", "published"),
        ],
        "filed by year of publication (else of period or event), by category and entry"
    );
    let cases: Vec<&str> = register["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .map(|c| c["id"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        cases,
        [
            "2026-03-02-1",
            "2026-06-01-1",
            "2026-04-01-1",
            "2026-05-11-1",
            "2026-09-01-1",
            "2026-10-26-1",
            "2026-11-23-1"
        ],
        "about 1.1, about an item of 2.1, then the rest by date"
    );
    for private in ["张三丰", "13900000000", "PRIVATE-OPINION", "SECRET-BODY-7"] {
        assert!(!stdout.contains(private), "{private}");
    }
    let (_, stdout, _) = repo.run(&["archive", "--as-of", AS_OF, "--year", "2025", "--format", "json"]);
    let register = json(&stdout);
    assert_eq!(register["items"].as_array().map(Vec::len), Some(1));
    assert_eq!(register["cases"][0]["id"], "2025-12-19-1");
}

#[test]
fn csv_cells_that_look_like_formulas_are_neutralised() {
    let repo = report_repo();
    let (code, stdout, _) = repo.run(&["archive", "--as-of", AS_OF, "--format", "csv"]);
    assert_eq!(code, 0);
    let (header, rows) = parse_csv(&stdout);
    let title = header.iter().position(|h| h == "title").expect("title column");
    let cell = |id: &str| rows.iter().find(|r| r[6] == id).map_or_else(|| panic!("no row {id}"), |r| r[title].clone());
    assert_eq!(cell("2026-Q4-1.1"), "'=SUM(1,2) 2026年第四季度工作情况");
    assert_eq!(cell("2026-11-23-1"), "'@所有人 建议周末开放接待日");
    assert_eq!(cell("2026-01-20-2.1"), "党支部机构设置和职责", "ordinary text is unchanged");
    for cell in rows.iter().flatten() {
        assert!(!cell.starts_with(['=', '+', '@', '\t', '\r']), "unsafe cell {cell:?}");
        assert!(!cell.starts_with('-') || cell.parse::<f64>().is_ok(), "unsafe cell {cell:?}");
    }
}

#[test]
fn the_html_report_follows_the_locale() {
    let repo = report_repo();
    repo.edit("disclose.toml", "locale = \"zh-CN\"", "locale = \"en\"");
    let (code, html, _) = repo.run(&["report", "--as-of", AS_OF, "--format", "html"]);
    assert_eq!(code, 0);
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains("中共测试镇第一支部委员会 2026 disclosure performance evaluation"), "{html}");
    assert!(html.contains("On-time rate by category") && html.contains("Working days to answer feedback"));
    assert!(!html.contains("按时率"), "no Chinese labels left");
}
