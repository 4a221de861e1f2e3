//! `disclose publish [--dry-run]`: the one transaction that makes items public. It refuses,
//! writing nothing, while any file is invalid; otherwise it stamps `published_on` (the
//! as-of date) on every item that has the review and approval disclose.toml requires,
//! writes the board into the site folder the tool owns, and brings this quarter's
//! bulletin up to date. Everything is computed before the first byte of the repository
//! or of the live board is written, under the repository lock: the new board streams
//! into a staging folder beside the site folder (see [`crate::store::owned`]), which is
//! completed before the first item is stamped and switched in after (a folder that
//! cannot be switched, such as a mount point, is updated in place instead). Pages whose
//! inputs are unchanged are not even built.

use std::collections::HashSet;
use std::fs;

use anyhow::{Context as _, Result};
use chrono::NaiveDate;

use crate::cli::Format;
use crate::commands::context::{lock_repository, Context, Refusal};
use crate::diag::{render_findings, Code, Findings, Level, OutputFormat};
use crate::model::{item_step, Item, ItemStep, Repo};
use crate::obligations::period::{Period, PeriodKind};
use crate::obligations::{obligations, Obligation, State};
use crate::render::board::{build_board_into, PageSink};
use crate::render::bulletin::{build_bulletin, bulletin_paths, write_built_bulletin, Bulletin, BulletinStatus};
use crate::render::templates::Templates;
use crate::rules::check_before_writing;
use crate::store::edit::{date_value, set_item_key, FrontMatterDocument};
use crate::store::owned::{Build, Outcome, OwnedDir, OwnedError, Plan};
use crate::store::write_atomic;
use crate::words::count_of as plural;
use crate::{EXIT_FINDINGS, EXIT_OK};

/// Codes that describe the state of the work on the as-of date rather than a fault in a
/// file: they are reported, but they do not block publishing (publishing is how an
/// overdue obligation gets met).
/// `changed-after-approval` concerns an unpublished item only, which waits (with the
/// reason shown) while the others are published.
const NOT_BLOCKING: &[Code] = &[Code::ObligationOverdue, Code::FeedbackOverdue, Code::ChangedAfterApproval];

/// What the messages say of an item: its id, file and title.
struct Brief {
    id: String,
    file: String,
    title: String,
}

impl Brief {
    fn of(item: &Item) -> Brief {
        Brief {
            id: item.id.to_string(),
            file: item.file.clone(),
            title: item.title.clone(),
        }
    }
}

/// An item to stamp: the item and its new file contents.
struct Stamp {
    item: Brief,
    text: String,
}

/// What the bulletin of the quarter in progress would become.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BulletinChange {
    Create,
    Update,
    Same,
}

/// Runs `publish`.
pub fn run(cx: &Context, dry_run: bool) -> Result<i32> {
    cx.require_format("publish", &[Format::Text])?;
    let root = cx.root()?;
    let _lock = lock_repository(&root, "publish")?;
    let (repo, checked_list, findings) = cx.checked()?;
    let as_of = cx.as_of;

    let blocking = blocking_findings(&findings);
    if blocking.errors() > 0 {
        eprint!("{}", render_findings(&blocking, OutputFormat::Text, cx.paint_stderr));
        eprintln!("Nothing was published and no file was changed: fix the errors above (`disclose check` shows them too), then run `disclose publish` again.");
        return Ok(EXIT_FINDINGS);
    }
    let site = OwnedDir::open(&repo.root, &repo.config.site_dir).map_err(|e| Refusal::new(e.message, e.help))?;

    // 1. The items to stamp, and their new texts.
    let mut stamps = Vec::new();
    let mut waiting = Vec::new();
    for item in repo.items.iter().filter(|item| item.published_on.is_none()) {
        match waiting_reason(&repo, item, as_of) {
            Some(reason) => waiting.push((Brief::of(item), reason)),
            None => stamps.push(Stamp {
                item: Brief::of(item),
                text: stamped_text(&repo, item, as_of)?,
            }),
        }
    }

    // 2. The repository as it will be, its obligations and outputs.
    let mut published = repo;
    let stamped: HashSet<&str> = stamps.iter().map(|s| s.item.id.as_str()).collect();
    for item in &mut published.items {
        if stamped.contains(item.id.as_str()) {
            item.published_on = Some(as_of);
        }
    }
    drop(stamped);
    // Without stamps the repository is the one just checked, with its obligations.
    // Otherwise the stamped repository is checked again, and its obligations are worked
    // out after the board is built (they are not held while it is).
    let checked_list = if stamps.is_empty() {
        Some(checked_list)
    } else {
        drop(checked_list);
        let mut after = Findings::new();
        check_before_writing(&published, &mut after);
        if after.errors() > 0 {
            eprint!("{}", render_findings(&after, OutputFormat::Text, cx.paint_stderr));
            eprintln!("Nothing was published: stamping the items would leave the errors above.");
            return Ok(EXIT_FINDINGS);
        }
        None
    };
    // The board streams into the staging folder (in a dry run, nowhere): only the pages
    // whose inputs changed are built, and only those whose bytes changed are written.
    let templates = Templates::load(&published).context("could not build the board")?;
    let build = site.begin(dry_run)?;
    if let Err(error) = build_board_into(&published, as_of, &templates, &build) {
        if let Some(refused) = error.downcast_ref::<OwnedError>() {
            return Err(Refusal::new(refused.message.clone(), refused.help.clone()).into());
        }
        return Err(error.context("could not build the board"));
    }
    let plan = build.plan();
    let list = checked_list.unwrap_or_else(|| obligations(&published, as_of));
    let quarter = Period::containing(PeriodKind::Quarter, as_of);
    let bulletin = build_bulletin(&published, &list, quarter, as_of).context("could not build the bulletin")?;
    let bulletin_change = bulletin_change(&published, &bulletin, quarter);

    let preview = Preview {
        stamps: &stamps,
        waiting: &waiting,
        plan: &plan,
        list: &list,
    };
    if dry_run {
        print_dry_run(cx, &published, &preview, quarter, bulletin_change);
        return Ok(EXIT_OK);
    }

    // 3. Write. The new board is completed beside the live one first, so that nothing
    // is stamped unless the board can be written; then the items, the switch (or, for a
    // folder that cannot be switched, the update in place), the bulletin.
    let prepared = build
        .prepare(&plan)
        .context("could not write the board; nothing was published and no item was changed")?;
    for stamp in &stamps {
        write_atomic(&published.root.join(&stamp.item.file), stamp.text.as_bytes())?;
    }
    let outcome = prepared.switch()?;
    let written = write_built_bulletin(&published, &bulletin, quarter, as_of, false)?;
    let bulletin_written = matches!(written.status, BulletinStatus::Created | BulletinStatus::Updated);

    print_summary(cx, &published, &preview);
    if let Outcome::InPlace(reason) = outcome {
        println!(
            "Note: {}/ could not be switched to the new board in one step ({reason}), so its files were updated in place, each one whole.",
            published.config.site_dir
        );
    }
    let outcome = written;
    let (md, html) = (outcome.markdown_path, outcome.html_path);
    match outcome.status {
        BulletinStatus::Created => println!("Bulletin: wrote {md} and {html} (the members' bulletin of {quarter})."),
        BulletinStatus::Updated => println!("Bulletin: brought {md} and {html} up to date."),
        _ => println!("Bulletin: {md} is up to date."),
    }
    let mut to_commit: Vec<String> = stamps.iter().map(|s| s.item.file.clone()).collect();
    // Items corrected today (`disclose correct`) belong to the same record.
    for item in published
        .items
        .iter()
        .filter(|item| item.record.corrections.last().is_some_and(|c| c.on == as_of))
    {
        if !to_commit.contains(&item.file) {
            to_commit.push(item.file.clone());
        }
    }
    if bulletin_written {
        to_commit.push(md);
        to_commit.push(html);
    }
    if to_commit.is_empty() {
        println!("Nothing to commit.");
    } else {
        let message = if stamps.is_empty() {
            format!("Update the {quarter} bulletin")
        } else {
            format!("Publish {} on {as_of}", plural(stamps.len(), "item"))
        };
        let files: Vec<String> = to_commit.iter().map(|f| shell_quote(f)).collect();
        println!(
            "{} (the board in {}/ is not committed):",
            cx.paint.hint("Commit the record"),
            published.config.site_dir
        );
        println!("  git add {} && git commit -m \"{message}\"", files.join(" "));
    }
    Ok(EXIT_OK)
}

/// The error findings that block publishing.
fn blocking_findings(findings: &Findings) -> Findings {
    let mut blocking = Findings::new();
    for finding in findings.iter().filter(|f| f.level == Level::Error && !NOT_BLOCKING.contains(&f.code)) {
        blocking.push(finding.clone());
    }
    blocking
}

/// Why an unpublished item is not published today, or `None` when it is ready.
fn waiting_reason(repo: &Repo, item: &Item, as_of: NaiveDate) -> Option<String> {
    if let Some(stale) = crate::rules::record::stale_signature(item) {
        return Some(format!("{} ({})", stale.message, stale.help.unwrap_or_default()));
    }
    let needs = |step: &str, command: &str| format!("{step} (`disclose {command} {} --by NAME`)", item.id);
    match item_step(&repo.config, item, as_of) {
        ItemStep::Ready | ItemStep::Published(_) => None,
        ItemStep::AwaitingReview(Some(on)) | ItemStep::AwaitingApproval(Some(on)) => Some(format!("signed on {on}, after {as_of}")),
        ItemStep::AwaitingReview(None) if repo.config.require_approval && item.approved.is_none() => {
            Some(format!("needs {} and {}", needs("审核", "review"), needs("审批", "approve")))
        }
        ItemStep::AwaitingReview(None) => Some(format!("needs {}", needs("审核", "review"))),
        ItemStep::AwaitingApproval(None) => Some(format!("needs {}", needs("审批", "approve"))),
        ItemStep::AwaitingEvent(event) => Some(format!("its event is on {event}, after {as_of}")),
    }
}

fn stamped_text(repo: &Repo, item: &Item, as_of: NaiveDate) -> Result<String> {
    let text = fs::read_to_string(repo.root.join(&item.file)).with_context(|| format!("could not read {}", item.file))?;
    let mut document = FrontMatterDocument::parse(&text).with_context(|| format!("could not edit {}", item.file))?;
    set_item_key(&mut document, "published_on", date_value(as_of));
    // The publication covers the content as it is now (see `rules::record`).
    set_item_key(&mut document, "published_digest", toml_edit::Value::from(item.record.content.as_str()));
    document.render().with_context(|| format!("could not stamp {}", item.file))
}

fn bulletin_change(repo: &Repo, bulletin: &Bulletin, quarter: Period) -> BulletinChange {
    let (md, html) = bulletin_paths(repo, quarter);
    let old_md = fs::read(repo.root.join(&md)).ok();
    let old_html = fs::read(repo.root.join(&html)).ok();
    match (old_md, old_html) {
        (None, None) => BulletinChange::Create,
        (Some(md), Some(html)) if md == bulletin.markdown.as_bytes() && html == bulletin.html.as_bytes() => BulletinChange::Same,
        _ => BulletinChange::Update,
    }
}

fn entry_title<'a>(repo: &'a Repo, id: &str) -> &'a str {
    repo.catalogue.entry(id).map_or("", |e| e.title.as_str())
}

/// Obligations met by the stamped items.
fn met_by_stamps<'a>(list: &'a [Obligation], stamps: &[Stamp]) -> Vec<&'a Obligation> {
    let stamped: HashSet<&str> = stamps.iter().map(|s| s.item.id.as_str()).collect();
    list.iter().filter(|o| o.met_by.as_deref().is_some_and(|id| stamped.contains(id))).collect()
}

fn print_obligations(cx: &Context, repo: &Repo, list: &[Obligation], stamps: &[Stamp], would: bool) {
    let met = met_by_stamps(list, stamps);
    if !met.is_empty() {
        println!("{}", cx.paint.bold(if would { "Obligations it would meet:" } else { "Obligations met:" }));
        for o in met {
            let when = if o.state == State::Late {
                format!("late, due {}", o.due())
            } else {
                format!("on time, due {}", o.due())
            };
            println!("  {:<5} {:<20} {}  ({when})", o.entry, o.label(), entry_title(repo, &o.entry));
        }
    }
    let overdue: Vec<&Obligation> = list.iter().filter(|o| o.state == State::Overdue).collect();
    if overdue.is_empty() {
        println!("Nothing is overdue.");
    } else {
        println!("{}", cx.paint.error(if would { "Still overdue afterwards:" } else { "Still overdue:" }));
        for o in overdue {
            println!("  {:<5} {:<20} {}  (due {})", o.entry, o.label(), entry_title(repo, &o.entry), o.due());
        }
    }
}

fn print_waiting(waiting: &[(Brief, String)]) {
    if !waiting.is_empty() {
        println!("Not published yet:");
        for (item, reason) in waiting {
            println!("  {}  {} — {reason}", item.id, item.title);
        }
    }
}

/// What publishing does, for the summary and the dry run.
struct Preview<'p> {
    stamps: &'p [Stamp],
    waiting: &'p [(Brief, String)],
    plan: &'p Plan,
    list: &'p [Obligation],
}

fn print_dry_run(cx: &Context, repo: &Repo, preview: &Preview<'_>, quarter: Period, bulletin: BulletinChange) {
    let Preview { stamps, waiting, plan, list } = preview;
    println!("{}", cx.paint.bold("Dry run: nothing was changed. `disclose publish` would:"));
    if stamps.is_empty() {
        println!("  publish no item (none is ready and unpublished)");
    } else {
        println!("  stamp published_on = {} on {}:", cx.as_of, plural(stamps.len(), "item"));
        for stamp in *stamps {
            println!("    {}  {}", stamp.item.file, stamp.item.title);
        }
    }
    let site = &repo.config.site_dir;
    if plan.is_empty() {
        println!("  leave the board in {site}/ as it is ({} unchanged)", plural(plan.unchanged, "page"));
    } else {
        println!("  update the board in {site}/ ({} unchanged):", plural(plan.unchanged, "page"));
        for (verb, paths) in [("add", &plan.added), ("change", &plan.changed), ("remove", &plan.removed)] {
            for path in paths {
                println!("    {verb:<6} {site}/{path}");
            }
        }
        if let Some(line) = crate::render::attachments::summary_line(&plan.added, &plan.changed, &plan.removed) {
            println!("  {line}");
        }
    }
    let (md, html) = bulletin_paths(repo, quarter);
    match bulletin {
        BulletinChange::Create => println!("  write the bulletin of {quarter}: {md} and {html}"),
        BulletinChange::Update => println!("  bring the bulletin of {quarter} up to date: {md} and {html}"),
        BulletinChange::Same => println!("  leave the bulletin of {quarter} as it is ({md})"),
    }
    print_obligations(cx, repo, list, stamps, true);
    print_waiting(waiting);
}

fn print_summary(cx: &Context, repo: &Repo, preview: &Preview<'_>) {
    let Preview { stamps, waiting, plan, list } = preview;
    if stamps.is_empty() {
        println!("Published no new item (none is ready and unpublished).");
    } else {
        println!("{}", cx.paint.ok(&format!("Published {} on {}:", plural(stamps.len(), "item"), cx.as_of)));
        for stamp in *stamps {
            println!("  {}  {}", stamp.item.file, stamp.item.title);
        }
    }
    print_obligations(cx, repo, list, stamps, false);
    print_waiting(waiting);
    let site = &repo.config.site_dir;
    if plan.is_empty() {
        println!("Board: {site}/ is up to date ({}).", plural(plan.unchanged, "page"));
    } else {
        println!(
            "Board: {site}/ — {} added, {} changed, {} removed, {} unchanged.",
            plan.added.len(),
            plan.changed.len(),
            plan.removed.len(),
            plan.unchanged
        );
        if let Some(line) = crate::render::attachments::summary_line(&plan.added, &plan.changed, &plan.removed) {
            println!("{line}");
        }
    }
}

/// A path as one shell word.
fn shell_quote(path: &str) -> String {
    if path.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '-' | '_')) {
        path.to_string()
    } else {
        format!("'{}'", path.replace('\'', "'\\''"))
    }
}

/// The board's pages go straight into the site folder's new board.
impl PageSink for Build<'_> {
    fn keep(&self, path: &str, fingerprint: &str) -> bool {
        Build::keep(self, path, fingerprint)
    }

    fn put(&self, path: &str, contents: &[u8], fingerprint: Option<&str>) -> Result<()> {
        Build::put(self, path, contents, fingerprint)
    }
}
