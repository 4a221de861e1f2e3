//! Guarantee 2: no personal data on the board. Every text that reaches the board is
//! searched for mobile and resident ID numbers ([`find_personal_data`]): public items'
//! ids, titles, matters, stages and bodies; public feedback cases' ids, summaries and
//! answers, which must not name the person or give their contact either
//! ([`identity_in`]); the categories' codes and titles and the public entries' ids,
//! titles and owners; and the organisation's name, short name, address, reception day,
//! suggestion box, channels and the catalogue approver. The `hotline` is published on
//! purpose and is not searched. Each finding names the file and the line of the key.

use std::path::Path;

use chrono::NaiveDate;

use crate::diag::{Code, Finding, Findings, Location};
use crate::load::item::ItemFile;
use crate::load::source::{read_source, KeyPositions, LineIndex};
use crate::model::{Case, Entry, Item, Repo, Scope};
use crate::rules::identity::{identity_in, Identity};
use crate::rules::personal::{find_personal_data, PersonalKind};

/// The help of a finding in an item.
fn item_help() -> String {
    crate::t!("personal-data-item-help")
}

/// Pushes a `personal-data` error for every hit in text that would reach the board, and
/// a `case-identity-public` error for a public case whose text names its person.
/// Item bodies are searched here only when the item holds its body (a single file
/// checked before it is written); a loaded repository's bodies were searched by the
/// loader as each file was read (see [`body_findings`]).
pub fn check(repo: &Repo, _as_of: NaiveDate, findings: &mut Findings) {
    for item in &repo.items {
        if repo.scope_of(item) != Scope::Public {
            continue;
        }
        check_item(item, findings);
    }
    for case in repo.cases.iter().filter(|case| case.is_public()) {
        check_case(case, findings);
    }
    check_catalogue(repo, findings);
    check_config(repo, findings);
}

fn check_item(item: &Item, findings: &mut Findings) {
    if let Some(hit) = find_personal_data(&item.id).first() {
        findings.push(personal(hit.kind, &Location::file_start(&item.file)).help(crate::t!("personal-data-item-id-help")));
    }
    for (key, text) in [
        ("title", Some(item.title.as_str())),
        ("matter", item.matter.as_deref()),
        ("stage", item.stage.as_deref()),
    ] {
        if let Some(text) = text {
            for hit in find_personal_data(text) {
                findings.push(personal(hit.kind, &item.at(key)).help(item_help()));
            }
        }
    }
    if let Some(body) = item.kept_body() {
        for finding in body_findings(item, body) {
            findings.push(finding);
        }
    }
}

fn check_case(case: &Case, findings: &mut Findings) {
    if let Some(hit) = find_personal_data(&case.id).first() {
        findings.push(personal(hit.kind, &Location::file_start(&case.file)).help(crate::t!("personal-data-case-id-help")));
    }
    let answers = case
        .responses
        .iter()
        .filter(|r| r.public)
        .map(|r| (format!("{}.text", r.key), "answer", r.text.as_str()));
    for (key, what, text) in std::iter::once(("summary".to_string(), "summary", case.summary.as_str())).chain(answers) {
        let key = key.as_str();
        for hit in find_personal_data(text) {
            findings.push(personal(hit.kind, &case.at(key)).help(crate::t!("personal-data-case-help", what = what)));
        }
        if let Some(identity) = identity_in(text, case.name.as_deref(), case.contact.as_deref()) {
            findings.push(identity_finding(case, key, what, identity));
        }
    }
}

fn identity_finding(case: &Case, key: &str, what: &str, identity: Identity) -> Finding {
    let field = identity.key();
    Finding::new(
        Code::CaseIdentityPublic,
        crate::t!("case-identity-public", what = what, case = case.id.as_str(), field = field),
    )
    .at(&case.at(key))
    .help(crate::t!("case-identity-public-help", field = field))
}

/// The `personal-data` findings of a public item's body, each at its line and column.
pub fn body_findings(item: &Item, body: &str) -> Vec<Finding> {
    let hits = find_personal_data(body);
    if hits.is_empty() {
        return Vec::new();
    }
    let index = LineIndex::new(body, item.body_line - 1);
    hits.into_iter()
        .map(|hit| personal(hit.kind, &index.location(&item.file, hit.offset)).help(item_help()))
        .collect()
}

fn check_catalogue(repo: &Repo, findings: &mut Findings) {
    for category in &repo.catalogue.categories {
        for (key, text) in [("category.code", &category.code), ("category.title", &category.title)] {
            if let Some(hit) = find_personal_data(text).first() {
                findings.push(catalogue_finding(hit.kind, &toml_location(&repo.root, &category.file, key), key));
            }
        }
        for entry in category.entries.iter().filter(|entry| entry.scope == Scope::Public) {
            for (field, text) in [("id", &entry.id), ("title", &entry.title), ("owner", &entry.owner)] {
                if let Some(hit) = find_personal_data(text).first() {
                    findings.push(catalogue_finding(
                        hit.kind,
                        &entry_location(&repo.root, entry, field),
                        &format!("entry.{field}"),
                    ));
                }
            }
        }
    }
}

fn catalogue_finding(kind: PersonalKind, location: &Location, key: &str) -> Finding {
    personal(kind, location).help(crate::t!("personal-data-catalogue-help", key = key))
}

fn check_config(repo: &Repo, findings: &mut Findings) {
    let config = &repo.config;
    let mut texts: Vec<(&str, &str)> = vec![("organisation.name", config.name.as_str())];
    texts.extend(config.short_name.as_deref().map(|text| ("organisation.short_name", text)));
    texts.extend(config.address.as_deref().map(|text| ("organisation.address", text)));
    texts.extend(config.reception_day.as_deref().map(|text| ("feedback.reception_day", text)));
    texts.extend(config.suggestion_box.as_deref().map(|text| ("feedback.suggestion_box", text)));
    texts.extend(config.channels.iter().map(|text| ("feedback.channels", text.as_str())));
    texts.extend(config.approvals.iter().map(|approval| ("approval.approved_by", approval.approved_by.as_str())));
    for (key, text) in texts {
        if let Some(hit) = find_personal_data(text).first() {
            findings
                .push(personal(hit.kind, &toml_location(&repo.root, crate::load::CONFIG_FILE, key)).help(crate::t!("personal-data-config-help", key = key)));
        }
    }
}

/// The location of a key in a TOML file of the repository, read back (findings are
/// rare, so the model keeps no positions for these files); the file's start when it
/// cannot be read.
fn toml_location(root: &Path, file: &str, key: &str) -> Location {
    match read_source(root, Path::new(file)) {
        Ok(source) => KeyPositions::scan(&source.file, &source.text, 0).get(key),
        Err(_) => Location::file_start(file),
    }
}

/// The location of an entry's field: the `[[entry]]` table whose header is on the
/// entry's line.
fn entry_location(root: &Path, entry: &Entry, field: &str) -> Location {
    let Ok(source) = read_source(root, Path::new(&entry.location.file)) else {
        return entry.location.clone();
    };
    let keys = KeyPositions::scan(&source.file, &source.text, 0);
    let mut index = 0;
    while keys.has(&format!("entry.{index}")) {
        if keys.get(&format!("entry.{index}")).line == entry.location.line {
            return keys.get(&format!("entry.{index}.{field}"));
        }
        index += 1;
    }
    entry.location.clone()
}

fn personal(kind: PersonalKind, location: &Location) -> Finding {
    Finding::new(Code::PersonalData, crate::t!("personal-data", what = kind.describe())).at(location)
}
