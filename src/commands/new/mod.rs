//! `disclose new [ENTRY]`: a new item from its entry's template. The arguments are checked
//! against the entry's cadence before anything is written; on a terminal what is missing
//! is asked for, without one the command never waits for input. The file name sorts by
//! date and never collides, and an existing file is never overwritten.

mod prompt;

use std::collections::BTreeSet;
use std::path::Path;

use anyhow::{Context as _, Result};
use chrono::{Datelike, NaiveDate};
use toml_edit::Value;

use crate::cli::NewArgs;
use crate::commands::context::{lock_repository, Context, Refusal};
use crate::diag::{render_findings, Findings, OutputFormat};
use crate::load::item::parse_item;
use crate::load::source::{display_path, SourceText};
use crate::load::walk::files_with_extension;
use crate::model::config::Locale;
use crate::model::workflow::Required;
use crate::model::{Cadence, Entry, Repo, Scope};
use crate::obligations::advice::item_command;
use crate::obligations::period::Period;
use crate::obligations::terms;
use crate::render::item_body::{item_body, placeholder_example, BodyFields};
use crate::render::locale::period as period_words;
use crate::rules::file_errors;
use crate::store::edit::{date_value, set_item_key, FrontMatterDocument};
use crate::store::readback::check_lines;
use crate::store::write_new;
use crate::{EXIT_FINDINGS, EXIT_OK};
use prompt::{fields_for, pick_entry, Input};

/// What the new item says about when and what, checked against its entry's cadence.
#[derive(Debug, Clone, Default)]
struct Fields {
    period: Option<Period>,
    event: Option<NaiveDate>,
    matter: Option<String>,
    stage: Option<String>,
    final_stage: bool,
    supersedes: Option<String>,
}

/// Runs `new`.
pub fn run(cx: &Context, args: &NewArgs) -> Result<i32> {
    let (repo, _) = cx.load()?;
    let mut input = Input { interactive: cx.interactive };
    let entry = pick_entry(&repo, args.entry.as_deref(), &mut input)?;
    let fields = fields_for(cx, &repo, entry, args, &mut input)?;
    let locale = repo.config.locale;
    let title = match &args.title {
        Some(title) if !title.trim().is_empty() => title.trim().to_string(),
        Some(_) => return Err(Refusal::new(crate::t!("new-title-empty"), crate::t!("new-title-empty-help")).into()),
        None => default_title(entry, &fields, locale),
    };
    let prepared_by = args
        .by
        .as_deref()
        .map(str::trim)
        .filter(|by| !by.is_empty())
        .unwrap_or(&entry.owner)
        .to_string();
    let texts = [
        ("--title", Some(title.as_str())),
        ("--by", Some(&prepared_by)),
        ("--matter", fields.matter.as_deref()),
        ("--stage", fields.stage.as_deref()),
    ];
    check_lines(&texts)?;
    refuse_a_second_item(&repo, entry, &fields, cx.as_of)?;
    let id = choose_id(&repo, entry, &fields, cx.as_of);
    let folder_year = fields.period.map(|p| p.year).or(fields.event.map(|e| e.year())).unwrap_or(cx.as_of.year());
    let file = format!("items/{folder_year}/{id}.md");
    let text = item_text(&repo, entry, &fields, &title, &prepared_by)?;

    let problems = problems_of(&repo, &id, &file, &text);
    if problems.errors() > 0 {
        eprint!("{}", render_findings(&problems, OutputFormat::Text, cx.paint_stderr));
        eprintln!("{}", crate::t!("new-nothing-written"));
        return Ok(EXIT_FINDINGS);
    }
    let path = repo.root.join(&file);
    // The lock is held only while the file is written: never during the questions or
    // the editor, which may take minutes.
    let lock = lock_repository(&repo.root, "new")?;
    write_new(&path, text.as_bytes())?;
    drop(lock);

    println!("{}", crate::t!("new-created", file = file.as_str()));
    if args.with_files {
        let folder = crate::load::attachments::folder_of(&file);
        std::fs::create_dir_all(repo.root.join(&folder)).with_context(|| crate::t!("new-folder-failed", folder = folder.as_str()))?;
        println!("{}", crate::t!("new-folder-created", folder = folder.as_str(), id = id.as_str()));
    }
    println!(
        "  {}",
        crate::t!(
            "new-entry-line",
            entry = entry.id.as_str(),
            title = entry.title.as_str(),
            cadence = terms::cadence(entry.cadence),
            by = prepared_by.as_str()
        )
    );
    for note in notes(&repo, entry, &fields, &id) {
        println!("  {}", crate::t!("new-note", note = note));
    }
    if args.edit {
        open_editor(&path, &file);
    }
    let next = Required::of(&repo.config)
        .first_step()
        .next_command(&id)
        .unwrap_or_else(|| "disclose publish".to_string());
    println!(
        "{}",
        crate::t!(
            "new-next",
            next = cx.paint.hint(&crate::t!("new-next-label")),
            placeholder = placeholder_example(locale)
        )
    );
    println!("  {next}");
    Ok(EXIT_OK)
}

fn default_title(entry: &Entry, fields: &Fields, locale: Locale) -> String {
    match (entry.cadence, fields) {
        (Cadence::Periodic(_), Fields { period: Some(period), .. }) => match locale {
            Locale::ZhCn => format!("{}{}", period_words(locale, *period), entry.title),
            Locale::En => format!("{}: {}", period_words(locale, *period), entry.title),
        },
        (
            Cadence::Staged,
            Fields {
                matter: Some(matter),
                stage: Some(stage),
                ..
            },
        ) => match locale {
            Locale::ZhCn => format!("{matter}：{stage}"),
            Locale::En => format!("{matter}: {stage}"),
        },
        _ => entry.title.clone(),
    }
}

/// Refuses a second item for a periodic entry's period while the first is not yet
/// published: the draft's next step is what to do, and a `-2` file would be a duplicate
/// that one obligation does not need. Once an item of the period is published, a further
/// one is allowed (a supplement, 补充; corrections go through `disclose correct`), with a
/// note. Immediate, staged and standing entries take several items by nature (one per
/// event, per stage, per version).
fn refuse_a_second_item(repo: &Repo, entry: &Entry, fields: &Fields, as_of: NaiveDate) -> Result<()> {
    let Some(period) = fields.period else { return Ok(()) };
    let mut same = repo.items.iter().filter(|i| i.entry == entry.id && i.period == Some(period));
    if same.clone().any(|i| i.is_published(as_of)) {
        return Ok(());
    }
    match same.next() {
        Some(draft) => Err(Refusal::new(
            crate::t!(
                "new-period-drafted",
                entry = entry.id.as_str(),
                period = period.to_string(),
                item = draft.id.to_string(),
                file = draft.file.as_str()
            ),
            crate::t!(
                "new-period-drafted-help",
                file = draft.file.as_str(),
                command = item_command(repo, draft, as_of)
            ),
        )
        .into()),
        None => Ok(()),
    }
}

/// The id: `2026-Q1-3.5` (periodic), `2026-02-10-1.3` (event date), `2026-11-28-4.1`
/// (standing: today), with `-2`, `-3`… when taken. Ids are compared ignoring case with
/// every item and case, and with every file under items/ and feedback/ (read or not).
fn choose_id(repo: &Repo, entry: &Entry, fields: &Fields, as_of: NaiveDate) -> String {
    let entry_part: String = entry
        .id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '-' })
        .collect();
    let stem = match (fields.period, fields.event) {
        (Some(period), _) => period.to_string(),
        (None, Some(event)) => event.to_string(),
        (None, None) => as_of.to_string(),
    };
    let base = format!("{stem}-{entry_part}");
    let mut taken: BTreeSet<String> = repo
        .items
        .iter()
        .map(|i| i.id.as_str().to_lowercase())
        .chain(repo.cases.iter().map(|c| c.id.to_lowercase()))
        .collect();
    let mut ignored = Findings::new();
    for folder in ["items", "feedback"] {
        for path in files_with_extension(&repo.root, folder, "md", &mut ignored) {
            if let Some(stem) = path.file_stem() {
                taken.insert(stem.to_string_lossy().to_lowercase());
            }
        }
    }
    let mut candidate = base.clone();
    let mut n = 2;
    while taken.contains(&candidate.to_lowercase()) {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    candidate
}

/// What a restricted item's `audience` says until the secretary writes it.
fn audience_placeholder(locale: Locale) -> &'static str {
    match locale {
        Locale::ZhCn => "【请填写：公开对象，如本人及所在党小组】",
        Locale::En => "[fill in: to whom it is disclosed, such as the person and their party group]",
    }
}

/// The whole new file: front matter in the order of SPEC §3, then the body template.
fn item_text(repo: &Repo, entry: &Entry, fields: &Fields, title: &str, prepared_by: &str) -> Result<String> {
    let locale = repo.config.locale;
    let body = item_body(
        &repo.config,
        entry,
        BodyFields {
            period: fields.period,
            event: fields.event,
            matter: fields.matter.as_deref(),
            stage: fields.stage.as_deref(),
            final_stage: fields.final_stage,
        },
    );
    let mut document = FrontMatterDocument::parse(&format!("+++\n+++\n{body}"))?;
    let audience = (entry.scope == Scope::Restricted).then(|| audience_placeholder(locale));
    let period = fields.period.map(|p| p.to_string());
    let texts = [
        ("entry", Some(entry.id.as_str())),
        ("title", Some(title)),
        ("period", period.as_deref()),
        ("matter", fields.matter.as_deref()),
        ("stage", fields.stage.as_deref()),
        ("audience", audience),
        ("supersedes", fields.supersedes.as_deref()),
        ("prepared_by", Some(prepared_by)),
    ];
    for (key, text) in texts {
        if let Some(text) = text {
            set_item_key(&mut document, key, Value::from(text));
        }
    }
    if let Some(event) = fields.event {
        set_item_key(&mut document, "event", date_value(event));
    }
    if fields.final_stage {
        set_item_key(&mut document, "final", Value::from(true));
    }
    Ok(document.render()?)
}

/// The errors the new file would have, found before it is written: it is parsed as the
/// loader would and checked with the rules that do not depend on the date.
fn problems_of(repo: &Repo, id: &str, file: &str, text: &str) -> Findings {
    let mut findings = Findings::new();
    let source = SourceText {
        file: file.to_string(),
        text: text.to_string(),
    };
    let Some(item) = parse_item(id, &source, &mut findings) else {
        return findings;
    };
    let mut with_item = repo.clone();
    with_item.items.push(item);
    with_item.items.sort_by(|a, b| a.id.cmp(&b.id));
    file_errors(&with_item, &findings, &[file])
}

/// Helpful remarks: another item already covers this period, or a standing entry's
/// current item that this one may replace.
fn notes(repo: &Repo, entry: &Entry, fields: &Fields, id: &str) -> Vec<String> {
    let mut notes = Vec::new();
    let others = repo.items.iter().filter(|i| i.entry == entry.id && i.id != id);
    match entry.cadence {
        Cadence::Periodic(_) => {
            for other in others.filter(|i| i.period == fields.period) {
                notes.push(crate::t!(
                    "new-note-period-covered",
                    other = other.id.to_string(),
                    entry = entry.id.as_str(),
                    period = other.period.map(|p| p.to_string()).unwrap_or_default()
                ));
            }
        }
        Cadence::Standing if fields.supersedes.is_none() => {
            if let Some(current) = others.filter(|i| i.published_on.is_some()).max_by_key(|i| i.published_on) {
                notes.push(crate::t!(
                    "new-note-standing-current",
                    entry = entry.id.as_str(),
                    current = current.id.to_string()
                ));
            }
        }
        _ => {}
    }
    notes
}

/// Opens the editor (see [`crate::editor`]) on the new file and waits; the file
/// stays either way.
fn open_editor(path: &Path, file: &str) {
    let Some(editor) = crate::editor::editor() else {
        println!("  {}", crate::t!("new-editor-unset", file = file));
        return;
    };
    match editor.open(path).status() {
        Ok(status) if status.success() => println!("  {}", crate::t!("new-editor-done", editor = editor.to_string())),
        Ok(status) => println!(
            "  {}",
            crate::t!(
                "new-editor-failed",
                editor = editor.to_string(),
                status = status.to_string(),
                file = display_path(Path::new(file))
            )
        ),
        Err(error) => println!(
            "  {}",
            crate::t!("new-editor-not-started", editor = editor.to_string(), error = error.to_string(), file = file)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::item_body::PLACEHOLDER_MARKERS;

    #[test]
    fn audience_placeholders_are_placeholders() {
        for locale in [Locale::ZhCn, Locale::En] {
            assert!(PLACEHOLDER_MARKERS.iter().any(|m| audience_placeholder(locale).contains(m)));
        }
    }
}
