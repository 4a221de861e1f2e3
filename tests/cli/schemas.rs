//! The JSON Schemas of disclose.toml, the catalogue and calendar files: shipped in step
//! with the loader's structs, written by `init`, and validating what `init` writes.

use std::path::Path;

use crate::support::{project_root, Repo};

/// A TOML document as the JSON an editor validates: a date becomes its text, as taplo
/// and Tombi treat TOML dates.
fn to_json(value: &toml::Value) -> serde_json::Value {
    match value {
        toml::Value::String(s) => serde_json::Value::String(s.clone()),
        toml::Value::Integer(i) => serde_json::Value::from(*i),
        toml::Value::Float(f) => serde_json::Value::from(*f),
        toml::Value::Boolean(b) => serde_json::Value::Bool(*b),
        toml::Value::Datetime(d) => serde_json::Value::String(d.to_string()),
        toml::Value::Array(list) => serde_json::Value::Array(list.iter().map(to_json).collect()),
        toml::Value::Table(table) => serde_json::Value::Object(table.iter().map(|(k, v)| (k.clone(), to_json(v))).collect()),
    }
}

/// The validator of the schema at `path`.
fn validator(path: &Path) -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

/// The `#:schema` path of a TOML file, resolved against the file's folder.
fn schema_of(file: &Path) -> std::path::PathBuf {
    let text = std::fs::read_to_string(file).unwrap();
    let first = text.lines().next().unwrap_or_default();
    let relative = first
        .strip_prefix("#:schema ")
        .unwrap_or_else(|| panic!("{}: no #:schema first line: {first}", file.display()));
    file.parent().unwrap().join(relative.trim())
}

/// Validates one TOML file against the schema its first line names; the errors.
fn errors(file: &Path) -> Vec<String> {
    errors_against(file, &schema_of(file))
}

/// Validates one TOML file against the schema at `schema`; the errors.
fn errors_against(file: &Path, schema: &Path) -> Vec<String> {
    let document: toml::Value = toml::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    let validator = validator(schema);
    validator
        .iter_errors(&to_json(&document))
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn the_shipped_schemas_are_in_step_with_the_loaders_structs() {
    let dir = project_root().join(disclose::schema::DIR);
    let update = std::env::var_os("UPDATE_SCHEMAS").is_some();
    for (name, text) in disclose::schema::all() {
        let path = dir.join(name);
        if update {
            std::fs::write(&path, &text).unwrap();
            continue;
        }
        let shipped = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            shipped == text,
            "schemas/{name} is out of step with src/load/raw.rs; update it with\n    UPDATE_SCHEMAS=1 cargo test --test cli schemas"
        );
    }
}

#[test]
fn init_writes_the_schemas_and_every_toml_file_it_writes_validates() {
    let repo = Repo::init();
    for (name, text) in disclose::schema::all() {
        assert_eq!(repo.read(&format!("schemas/{name}")), text, "{name}");
    }
    let mut files = vec![repo.path().join("disclose.toml")];
    for entry in std::fs::read_dir(repo.path().join("catalogue")).unwrap() {
        files.push(entry.unwrap().path());
    }
    assert_eq!(files.len(), 9);
    for file in &files {
        assert_eq!(errors(file), Vec::<String>::new(), "{}", file.display());
    }
    assert!(schema_of(&files[0]).ends_with("schemas/disclose.schema.json"));
    assert!(schema_of(&files[1]).ends_with("schemas/catalogue.schema.json"));
    // The `#:schema` line is a comment to the loader: the repository still checks.
    let (code, stdout, _) = repo.run(&["check", "--as-of", "2026-11-28"]);
    assert_eq!(code, 0, "{stdout}");
}

#[test]
fn the_schemas_reject_a_misspelt_key() {
    let repo = Repo::init();
    repo.edit("disclose.toml", "hotline =", "hotlne =");
    assert!(errors(&repo.path().join("disclose.toml")).iter().any(|e| e.contains("hotlne")));
    repo.edit("catalogue/01-central-work.toml", "due_days = 15", "due_dyas = 15");
    assert!(errors(&repo.path().join("catalogue/01-central-work.toml"))
        .iter()
        .any(|e| e.contains("due_dyas")));
}

#[test]
fn the_example_repositorys_files_and_the_built_in_calendar_validate() {
    let root = project_root();
    let calendar = validator(&root.join("schemas/calendar.schema.json"));
    for file in [root.join("assets/calendar/cn.toml"), root.join("calendar/2027.toml")] {
        let document: toml::Value = toml::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let errors: Vec<String> = calendar.iter_errors(&to_json(&document)).map(|e| e.to_string()).collect();
        assert_eq!(errors, Vec::<String>::new(), "{}", file.display());
    }
    let config = root.join("schemas/disclose.schema.json");
    assert_eq!(errors_against(&root.join("disclose.toml"), &config), Vec::<String>::new());
    for entry in std::fs::read_dir(root.join("catalogue")).unwrap() {
        let file = entry.unwrap().path();
        assert_eq!(
            errors_against(&file, &root.join("schemas/catalogue.schema.json")),
            Vec::<String>::new(),
            "{}",
            file.display()
        );
    }
    let mut broken: toml::Value = toml::from_str(&std::fs::read_to_string(root.join("calendar/2027.toml")).unwrap()).unwrap();
    broken["year"][0].as_table_mut().unwrap().insert("holiday".into(), toml::Value::Array(vec![]));
    assert!(calendar.iter_errors(&to_json(&broken)).any(|e| e.to_string().contains("holiday")));
}
