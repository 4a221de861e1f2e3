//! `disclose export`: JSON Lines rows that validate against the shipped schema, several
//! repositories in one stream, and obligation counts equal to `report`'s.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::support::{project_root, Repo};

const AS_OF: &str = "2026-11-28";

fn lines(text: &str) -> Vec<Value> {
    text.lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
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
    for kind in ["entry", "obligation", "item", "case"] {
        assert!(kinds.get(kind).is_some_and(|n| *n > 0), "no {kind} rows: {kinds:?}");
    }
    // The schema is strict: an unknown field or a wrong kind fails it.
    let mut extra = rows[0].clone();
    extra["surprise"] = Value::from(1);
    assert!(!validator.is_valid(&extra));
    // Private case fields never leave the repository.
    assert!(
        !out.contains("吴志明") && !out.contains("第三党小组") && !out.contains("\"contact\""),
        "private data in the export"
    );
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
