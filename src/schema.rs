//! The JSON Schemas of the files a secretary edits by hand — disclose.toml, the
//! catalogue files (catalogue/NN-*.toml) and the calendar files (calendar/*.toml) —
//! generated from the loader's own serde structs (`load::raw`), so the schema and the
//! loader cannot disagree on a key. Editors (VS Code with Even Better TOML, taplo, Tombi)
//! read them through the `#:schema` first line `disclose init` writes, and then complete
//! keys and mark a misspelt one (`additionalProperties: false`, as the loader's
//! `deny_unknown_fields`).
//!
//! The descriptions are Chinese (`#[schemars(description = "…")]` on the raw structs;
//! their doc comments stay English for the code's readers), since the editor shows them
//! to the secretary. Values such as `scope` and `cadence` are described, not listed as
//! an `enum`: the loader explains a wrong value with a suggestion, and the schema must
//! never reject a file the loader accepts.
//!
//! The generated files are shipped in `schemas/`; the `schemas` CLI test fails when they
//! are out of step with the structs (`UPDATE_SCHEMAS=1 cargo test --test cli schemas`
//! rewrites them).

use schemars::generate::SchemaSettings;
use schemars::JsonSchema;

use crate::load::raw::{RawCalendarFile, RawCatalogueFile, RawConfig};

/// The schema of disclose.toml, file name in `schemas/`.
pub const CONFIG: &str = "disclose.schema.json";
/// The schema of a catalogue file, file name in `schemas/`.
pub const CATALOGUE: &str = "catalogue.schema.json";
/// The schema of a calendar file, file name in `schemas/`.
pub const CALENDAR: &str = "calendar.schema.json";

/// The folder the schemas live in, in this project and in a repository `init` creates.
pub const DIR: &str = "schemas";

/// One schema as pretty JSON with a final newline.
fn generate<T: JsonSchema>(title: &str) -> String {
    let settings = SchemaSettings::draft2020_12();
    let mut schema = settings.into_generator().into_root_schema_for::<T>();
    schema.insert("title".into(), title.into());
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// Every schema: its file name in `schemas/` and its text.
pub fn all() -> [(&'static str, String); 3] {
    [
        (CONFIG, generate::<RawConfig>("disclose.toml")),
        (CATALOGUE, generate::<RawCatalogueFile>("disclose 公开目录 (catalogue/NN-*.toml)")),
        (CALENDAR, generate::<RawCalendarFile>("disclose 工作日历 (calendar/*.toml)")),
    ]
}
