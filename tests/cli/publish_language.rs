//! `publish`, `bulletin`, `archive` and `report` speak the terminal's language: with no
//! language set, Chinese (summaries, refusals and the CSV headers); with `--lang en`
//! the English they always printed. The board and the bulletin keep the organisation's.

use crate::support::{output_of, Repo};

const AS_OF: &str = "2026-11-28";

#[test]
fn publish_speaks_chinese_with_no_language_set() {
    let repo = Repo::example();
    let (code, dry, stderr) = output_of(repo.cmd_without_language(&["--as-of", AS_OF, "publish", "--dry-run"]));
    assert_eq!(code, 0, "{stderr}");
    assert!(dry.contains("试运行：没有改动任何文件。`disclose publish` 将会："), "{dry}");
    assert!(!dry.contains("Dry run"), "{dry}");
    let (code, out, stderr) = output_of(repo.cmd_without_language(&["--as-of", AS_OF, "publish"]));
    assert_eq!(code, 0, "{stderr}");
    assert!(out.contains("公开栏：site/"), "{out}");
    assert!(out.contains("季度通报："), "{out}");
    assert!(!out.contains("Board:") && !out.contains("Bulletin:"), "{out}");
    // The board keeps the organisation's words whatever the terminal speaks.
    assert!(repo.read("site/index.html").contains("lang=\"zh-CN\""));
    // And English on request, as it always was.
    let (code, out, _) = output_of(repo.cmd_without_language(&["--lang", "en", "--as-of", AS_OF, "publish"]));
    assert_eq!(code, 0);
    assert!(out.contains("Board: site/ is up to date"), "{out}");
}

#[test]
fn bulletin_refusals_speak_chinese_with_no_language_set() {
    let repo = Repo::example();
    let (code, _, stderr) = output_of(repo.cmd_without_language(&["--as-of", AS_OF, "bulletin", "2026-13"]));
    assert_ne!(code, 0);
    assert!(stderr.contains("“2026-13”不是季度"), "{stderr}");
    assert!(stderr.contains("2026-Q1"), "{stderr}");
}

#[test]
fn csv_headers_follow_the_terminal_language() {
    let repo = Repo::example();
    let first_line = |args: &[&str], english: bool| {
        let cmd = if english { repo.cmd(args) } else { repo.cmd_without_language(args) };
        let (code, out, stderr) = output_of(cmd);
        assert_eq!(code, 0, "{stderr}");
        out.lines().next().unwrap_or_default().to_string()
    };
    let archive = ["--as-of", AS_OF, "archive", "--year", "2026", "--format", "csv"];
    assert!(first_line(&archive, false).starts_with("年度,类型,类别,类别名称,事项,事项名称,编号,标题,公开范围"));
    assert!(first_line(&archive, true).starts_with("year,kind,category,category_title,entry,entry_title,id,title,scope"));
    let report = ["--as-of", AS_OF, "report", "--year", "2026", "--format", "csv"];
    assert!(first_line(&report, false).starts_with("党组织,年度,层级,类别,事项,标题,已完成"));
    assert!(first_line(&report, true).starts_with("organisation,year,level,category,entry,title,done"));
}
