//! `disclose export`: JSON Lines rows that validate against the shipped schema, several
//! repositories in one stream, obligation counts equal to `report`'s, and the meetings and
//! corrections as their files record them.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::support::{project_root, Repo};

const AS_OF: &str = "2026-11-28";

fn lines(text: &str) -> Vec<Value> {
    text.lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

/// A TOML value as JSON, a date as its text.
fn to_json(value: &toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s.clone()),
        toml::Value::Integer(i) => Value::from(*i),
        toml::Value::Float(f) => Value::from(*f),
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(list) => Value::Array(list.iter().map(to_json).collect()),
        toml::Value::Table(table) => Value::Object(table.iter().map(|(k, v)| (k.clone(), to_json(v))).collect()),
    }
}

/// The TOML front matter of a file (between the `+++` lines) as JSON, dates as their text.
fn front_matter(text: &str) -> Value {
    let rest = text.strip_prefix("+++\n").unwrap_or_else(|| panic!("no front matter: {text}"));
    let end = rest.find("\n+++").unwrap_or_else(|| panic!("front matter not closed: {text}"));
    let table: toml::Table = toml::from_str(&rest[..end]).unwrap_or_else(|e| panic!("{e}: {text}"));
    to_json(&toml::Value::Table(table))
}

/// The row kinds in the order they first appear.
fn kind_order(rows: &[Value]) -> Vec<&str> {
    let mut order: Vec<&str> = Vec::new();
    for kind in rows.iter().filter_map(|r| r["kind"].as_str()) {
        if order.last() != Some(&kind) {
            assert!(!order.contains(&kind), "the {kind} rows are not together: {order:?}");
            order.push(kind);
        }
    }
    order
}

fn schema() -> jsonschema::Validator {
    let text = std::fs::read_to_string(project_root().join("schemas/export.schema.json")).expect("schema");
    let schema: Value = serde_json::from_str(&text).expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("a valid JSON Schema")
}

#[test]
fn every_row_of_the_example_validates_against_the_shipped_schema() {
    let repo = Repo::example();
    let (code, out, err) = repo.run(&["export", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{err}");
    let rows = lines(&out);
    let validator = schema();
    let mut kinds = BTreeMap::new();
    for row in &rows {
        if let Err(error) = validator.validate(row) {
            panic!("{error}: {row}");
        }
        assert_eq!(row["schema_version"], 1);
        assert_eq!(row["organisation"], "中共绵竹市孝德镇卫生院支部委员会");
        *kinds.entry(row["kind"].as_str().unwrap_or_default().to_string()).or_insert(0) += 1;
    }
    assert_eq!(kinds["organisation"], 1);
    for kind in ["entry", "obligation", "item", "case", "meeting"] {
        assert!(kinds.get(kind).is_some_and(|n| *n > 0), "no {kind} rows: {kinds:?}");
    }
    // The example records no correction; the test below makes one.
    assert_eq!(kinds.get("correction"), None, "{kinds:?}");
    assert_eq!(kind_order(&rows), ["organisation", "entry", "obligation", "item", "case", "meeting"]);
    // The schema is strict: an unknown field or a wrong kind fails it.
    let mut extra = rows[0].clone();
    extra["surprise"] = Value::from(1);
    assert!(!validator.is_valid(&extra));
    let meeting = rows.iter().find(|r| r["kind"] == "meeting").expect("a meeting row");
    let mut wrong = meeting.clone();
    wrong["meeting_kind"] = Value::from("members-meeting");
    assert!(!validator.is_valid(&wrong), "{wrong}");
    let mut missing = meeting.clone();
    missing.as_object_mut().expect("object").remove("decisions");
    assert!(!validator.is_valid(&missing), "{missing}");
    // Private case fields never leave the repository.
    assert!(
        !out.contains("吴志明") && !out.contains("第三党小组") && !out.contains("\"contact\""),
        "private data in the export"
    );
}

#[test]
fn the_example_exports_one_meeting_row_per_file_under_meetings_as_the_file_records_it() {
    let repo = Repo::example();
    let (code, out, err) = repo.run(&["export", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{err}");
    let rows = lines(&out);
    let meetings: Vec<&Value> = rows.iter().filter(|r| r["kind"] == "meeting").collect();

    let mut files: Vec<String> = walkdir::WalkDir::new(repo.path().join("meetings"))
        .into_iter()
        .map(|entry| entry.expect("walk meetings"))
        .filter(|entry| entry.path().extension().is_some_and(|e| e == "md"))
        .map(|entry| {
            let relative = entry.path().strip_prefix(repo.path()).expect("inside the repository");
            relative.to_str().expect("UTF-8 path").replace('\\', "/")
        })
        .collect();
    files.sort();
    assert!(files.len() >= 2, "the example should hold meetings: {files:?}");
    assert_eq!(meetings.len(), files.len(), "{meetings:?}");

    for file in &files {
        let row = meetings
            .iter()
            .find(|r| r["file"] == file.as_str())
            .unwrap_or_else(|| panic!("no meeting row for {file}: {meetings:?}"));
        let front = front_matter(&repo.read(file));
        let id = file.rsplit('/').next().and_then(|name| name.strip_suffix(".md")).expect("a name");
        assert_eq!(row["id"], id, "{row}");
        assert_eq!(row["meeting_kind"], front["kind"], "{file}: {row}");
        assert_eq!(row["on"], front["on"], "{file}: {row}");
        for field in ["bulletin", "attended", "of"] {
            assert_eq!(row[field], front[field], "{file}: {field} in {row}");
        }
        assert_eq!(row["decisions"], front["decisions"], "{file}: {row}");
        assert!(row["decisions"].as_array().is_some_and(|d| !d.is_empty()), "{file}: {row}");
    }
    // Both bodies appear, the bulletin only on members' meetings, in the order of the day.
    assert!(meetings.iter().any(|r| r["meeting_kind"] == "leading-group" && r["bulletin"].is_null()));
    assert!(meetings.iter().any(|r| r["meeting_kind"] == "members" && r["bulletin"] == "2026-Q1"));
    let days: Vec<&str> = meetings.iter().filter_map(|r| r["on"].as_str()).collect();
    assert!(days.windows(2).all(|w| w[0] <= w[1]), "{days:?}");
}

/// The example with its item `id` reviewed, approved and published.
fn example_with_published(id: &str) -> Repo {
    let repo = Repo::example();
    for args in [
        &["review", id, "--by", "廖敏", "--on", "2026-11-26", "--as-of", AS_OF][..],
        &["approve", id, "--by", "舒军", "--as-of", AS_OF],
        &["publish", "--as-of", AS_OF],
    ] {
        let (code, out, err) = repo.run(args);
        assert_eq!(code, 0, "disclose {args:?}\n{out}{err}");
    }
    repo
}

#[test]
fn a_correction_made_with_correct_is_one_row_with_the_digest_the_item_records() {
    const ID: &str = "2026-Q4-2.3";
    const ITEM: &str = "items/2026/2026-Q4-2.3.md";
    const REASON: &str = "10月参学人数应为25人，原误写为26人";
    let repo = example_with_published(ID);
    repo.edit(ITEM, "| 26 |", "| 25 |");
    let (code, out, err) = repo.run(&["correct", ID, "--reason", REASON, "--by", "廖敏", "--on", "2026-11-28", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{out}{err}");

    let front = front_matter(&repo.read(ITEM));
    let recorded = front["correction"].as_array().expect("a [[correction]] in the item");
    assert_eq!(recorded.len(), 1, "{front}");
    let digest = recorded[0]["digest"].as_str().expect("the correction's digest");
    assert_ne!(Some(digest), front["published_digest"].as_str(), "the correction records the changed content");

    let (code, out, err) = repo.run(&["export", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{err}");
    let rows = lines(&out);
    let corrections: Vec<&Value> = rows.iter().filter(|r| r["kind"] == "correction").collect();
    assert_eq!(corrections.len(), 1, "{corrections:?}");
    let row = corrections[0];
    assert_eq!(row["item"], ID, "{row}");
    assert_eq!(row["file"], ITEM, "{row}");
    assert_eq!(row["on"], "2026-11-28", "{row}");
    assert_eq!(row["by"], "廖敏", "{row}");
    assert_eq!(row["reason"], REASON, "{row}");
    assert_eq!(row["digest"], digest, "{row}");
    assert_eq!(row["organisation"], "中共绵竹市孝德镇卫生院支部委员会");
    assert_eq!(
        kind_order(&rows),
        ["organisation", "entry", "obligation", "item", "case", "correction", "meeting"]
    );

    let validator = schema();
    for row in &rows {
        if let Err(error) = validator.validate(row) {
            panic!("{error}: {row}");
        }
    }
    let mut wrong = row.clone();
    wrong["digest"] = Value::from(digest.trim_start_matches("sha256:"));
    assert!(!validator.is_valid(&wrong), "a digest without its prefix fails the schema: {wrong}");
}

#[test]
fn two_branches_export_into_one_stream_whose_counts_equal_the_reports() {
    let example = Repo::example();
    let minimal = Repo::fixture("minimal");
    let paths = [example.path().display().to_string(), minimal.path().display().to_string()];
    let (code, out, err) = example.run(&["export", &paths[0], &paths[1], "--as-of", AS_OF]);
    assert_eq!(code, 0, "{err}");
    let rows = lines(&out);
    let organisations: Vec<&Value> = rows.iter().filter(|r| r["kind"] == "organisation").collect();
    assert_eq!(organisations.len(), 2);

    for (path, repo) in paths.iter().zip([&example, &minimal]) {
        let (_, report, _) = repo.run(&["report", "--format", "json", "--year", "2026", "--as-of", AS_OF]);
        let report: Value = serde_json::from_str(&report).expect("report json");
        let mut from_export: BTreeMap<String, [u64; 3]> = BTreeMap::new();
        for row in rows
            .iter()
            .filter(|r| r["kind"] == "obligation" && r["repo"] == path.as_str() && r["due_year"] == 2026)
        {
            let counts = from_export.entry(row["entry"].as_str().unwrap_or_default().to_string()).or_default();
            match row["state"].as_str() {
                Some("done") => counts[0] += 1,
                Some("late") => counts[1] += 1,
                Some("overdue") => counts[2] += 1,
                _ => {}
            }
        }
        let mut checked = 0;
        for entry in report["rows"].as_array().expect("rows") {
            let id = entry["entry"].as_str().unwrap_or_default();
            let want = [&entry["done"], &entry["late"], &entry["overdue"]].map(|v| v.as_u64().unwrap_or_default());
            assert_eq!(from_export.get(id).copied().unwrap_or_default(), want, "entry {id} of {path}");
            checked += want.iter().sum::<u64>();
        }
        assert!(checked > 0, "the report of {path} counts nothing: the test would prove nothing");
    }
}

#[test]
fn a_repository_that_cannot_be_read_is_named_and_the_others_are_exported() {
    let example = Repo::example();
    let (code, out, err) = example.run(&["export", ".", "no-such-branch", "--as-of", AS_OF]);
    assert_eq!(code, 1);
    assert!(err.contains("no-such-branch") && err.contains("does not exist"), "{err}");
    assert_eq!(lines(&out).iter().filter(|r| r["kind"] == "organisation").count(), 1);
}

/// Where the `duckdb` Python package is installed (`pip install duckdb`), the exports of two
/// branches read with `read_json_auto` give `report`'s counts per entry; elsewhere the
/// test above checks the same grouping in Rust.
#[test]
fn duckdb_reads_the_export_with_the_reports_counts_where_it_is_installed() {
    let has_duckdb = std::process::Command::new("python3")
        .args(["-c", "import duckdb"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_duckdb {
        return;
    }
    let example = Repo::example();
    let minimal = Repo::fixture("minimal");
    let exports = Repo::empty();
    for (name, repo) in [("example", &example), ("minimal", &minimal)] {
        let (code, out, err) = repo.run(&["export", "--as-of", AS_OF]);
        assert_eq!(code, 0, "{err}");
        exports.write(&format!("exports/{name}.jsonl"), &out);
    }
    let query = "SELECT organisation, entry, count(*) FILTER (WHERE state = 'done'), count(*) FILTER (WHERE state = 'late'), \
                 count(*) FILTER (WHERE state = 'overdue') FROM read_json_auto('exports/*.jsonl', format = 'newline_delimited', union_by_name = true) \
                 WHERE kind = 'obligation' AND due_year = 2026 GROUP BY ALL ORDER BY ALL";
    let script = format!("import duckdb, json\nprint(json.dumps(duckdb.sql(\"{query}\").fetchall(), ensure_ascii=False))");
    let output = std::process::Command::new("python3")
        .current_dir(exports.path())
        .args(["-c", &script])
        .output()
        .expect("run duckdb");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let rows: Vec<(String, String, u64, u64, u64)> = serde_json::from_slice(&output.stdout).expect("duckdb rows");
    let mut compared = 0;
    for repo in [&example, &minimal] {
        let (_, report, _) = repo.run(&["report", "--format", "json", "--year", "2026", "--as-of", AS_OF]);
        let report: Value = serde_json::from_str(&report).expect("report json");
        let organisation = report["organisation"].as_str().expect("organisation");
        for entry in report["rows"].as_array().expect("rows") {
            let id = entry["entry"].as_str().unwrap_or_default();
            let want = [&entry["done"], &entry["late"], &entry["overdue"]].map(|v| v.as_u64().unwrap_or_default());
            let got = rows.iter().find(|r| r.0 == organisation && r.1 == id).map_or([0, 0, 0], |r| [r.2, r.3, r.4]);
            assert_eq!(got, want, "entry {id} of {organisation}");
            compared += 1;
        }
    }
    assert!(compared > 0);
}

#[test]
fn corrections_written_as_an_inline_array_are_refused_with_how_to_write_them() {
    const ID: &str = "2026-Q4-2.3";
    const ITEM: &str = "items/2026/2026-Q4-2.3.md";
    let repo = example_with_published(ID);
    repo.edit(ITEM, "+++\n", "+++\ncorrection = []\n");
    repo.edit(ITEM, "| 26 |", "| 25 |");
    let before = repo.read(ITEM);
    let args = [
        "correct",
        ID,
        "--reason",
        "参学人数更正",
        "--by",
        "廖敏",
        "--on",
        "2026-11-28",
        "--as-of",
        AS_OF,
    ];
    let (code, _, err) = repo.run(&args);
    assert_ne!(code, 0, "{err}");
    assert!(
        err.contains(&format!("could not record the correction in {ITEM}"))
            && err.contains("`correction` is written as an inline array")
            && err.contains("can simply be deleted"),
        "{err}"
    );
    let output = repo.cmd_without_language(&args).output().expect("run");
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("`correction` 写成了行内数组"), "{err}");
    assert_eq!(repo.read(ITEM), before, "nothing written");

    // A single table where an array of them belongs: the item does not load, and correct
    // shows why instead of saying there is no such item.
    repo.edit(ITEM, "correction = []\n", "correction = { on = 2026-11-28 }\n");
    let before = repo.read(ITEM);
    let (code, _, err) = repo.run(&args);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains(&format!("--> {ITEM}:")) && err.contains("Nothing was written: fix the errors above first."),
        "{err}"
    );
    assert!(!err.contains("no item"), "{err}");
    assert_eq!(repo.read(ITEM), before, "nothing written");
}
