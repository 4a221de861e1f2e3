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
use crate::obligations::{terms, Obligation, State};
use crate::render::board::{build_board_into, PageSink};
use crate::render::bulletin::{build_bulletin_with, plan_bulletin, write_planned, BulletinOutcome, BulletinStatus};
use crate::render::templates::Templates;
use crate::rules::check_repo;
use crate::store::edit::{date_value, set_item_key, FrontMatterDocument};
use crate::store::owned::{Build, Outcome, OwnedDir, OwnedError, Plan};
use crate::store::write_atomic;
use crate::table::pad_right;
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

/// Runs `publish`: one load, one run of the rules (on the repository as it will be once
/// the ready items are stamped, which gives the obligations the summary and the
/// bulletin use), one load of the templates, one read of the bulletin files.
pub fn run(cx: &Context, dry_run: bool) -> Result<i32> {
    cx.require_format("publish", &[Format::Text])?;
    let root = cx.root()?;
    let _lock = lock_repository(&root, "publish")?;
    let (repo, mut findings, cache) = cx.load_deferred()?;
    let as_of = cx.as_of;

    // 1. The items to stamp and those that wait, decided on the repository as loaded
    // (which the load cache keeps, written meanwhile).
    let (ready, waiting) = std::thread::scope(|scope| {
        scope.spawn(|| cache.save(&repo.items));
        ready_and_waiting(&repo, as_of)
    });

    // 2. The repository as it will be, checked once: its findings decide whether
    // anything is written, its obligations are what the summary and the bulletin show.
    let mut published = repo;
    for item in &mut published.items {
        if ready.contains(item.id.as_str()) {
            // As `stamped_text` writes it: the day and the content it covers.
            item.published_on = Some(as_of);
            let content = item.record.content();
            item.record.set_published(Some(content));
        }
    }
    let list = check_repo(&published, as_of, &mut findings);
    let blocking = blocking_findings(&findings);
    if blocking.errors() > 0 {
        eprint!("{}", render_findings(&blocking, OutputFormat::Text, cx.paint_stderr));
        eprintln!("{}", crate::t!("publish-refused"));
        return Ok(EXIT_FINDINGS);
    }
    let site = OwnedDir::open(&published.root, &published.config.site_dir).map_err(|e| Refusal::new(e.message, e.help))?;
    let mut stamps = Vec::new();
    for item in published.items.iter().filter(|item| ready.contains(item.id.as_str())) {
        stamps.push(Stamp {
            item: Brief::of(item),
            text: stamped_text(&published, item, as_of)?,
        });
    }
    drop(ready);

    // 3. The board streams into the staging folder (in a dry run, nowhere): only the
    // pages whose inputs changed are built, and only those whose bytes changed are
    // written. The bulletin is built with the same templates and planned against the
    // files on disk.
    let templates = Templates::load(&published).context(crate::t!("publish-board-failed"))?;
    let build = site.begin(dry_run)?;
    if let Err(error) = build_board_into(&published, as_of, &templates, &build) {
        if let Some(refused) = error.downcast_ref::<OwnedError>() {
            return Err(Refusal::new(refused.message.clone(), refused.help.clone()).into());
        }
        return Err(error.context(crate::t!("publish-board-failed")));
    }
    let plan = build.plan();
    let quarter = Period::containing(PeriodKind::Quarter, as_of);
    let bulletin = build_bulletin_with(&published, &list, quarter, as_of, &templates).context(crate::t!("publish-bulletin-failed"))?;
    let bulletin = plan_bulletin(&published, bulletin, quarter, as_of, false)?;

    let preview = Preview {
        stamps: &stamps,
        waiting: &waiting,
        plan: &plan,
        list: &list,
    };
    if dry_run {
        print_dry_run(cx, &published, &preview, &bulletin.outcome);
        return Ok(EXIT_OK);
    }

    // 4. Write. The new board is completed beside the live one first, so that nothing
    // is stamped unless the board can be written; then the items, the switch (or, for a
    // folder that cannot be switched, the update in place), the bulletin.
    let prepared = build.prepare(&plan).context(crate::t!("publish-board-write-failed"))?;
    for stamp in &stamps {
        write_atomic(&published.root.join(&stamp.item.file), stamp.text.as_bytes())?;
    }
    let outcome = prepared.switch()?;
    let written = write_planned(&published, bulletin)?;

    print_summary(cx, &published, &preview);
    if let Outcome::InPlace(reason) = outcome {
        println!(
            "{}",
            crate::t!("publish-switched-in-place", site = published.config.site_dir.as_str(), reason = reason.clone())
        );
    }
    let (md, html) = (written.markdown_path, written.html_path);
    let bulletin_written = match written.status {
        BulletinStatus::Created => {
            println!(
                "{}",
                crate::t!(
                    "publish-bulletin-created",
                    md = md.as_str(),
                    html = html.as_str(),
                    quarter = quarter.to_string()
                )
            );
            true
        }
        BulletinStatus::Updated => {
            println!("{}", crate::t!("publish-bulletin-updated", md = md.as_str(), html = html.as_str()));
            true
        }
        BulletinStatus::Unchanged => {
            println!("{}", crate::t!("publish-bulletin-unchanged", md = md.as_str()));
            false
        }
        BulletinStatus::Frozen => {
            let announced = written.announced_on.map_or_else(String::new, |on| on.to_string());
            println!(
                "{}",
                crate::t!(
                    "publish-bulletin-frozen",
                    md = md.as_str(),
                    announced = announced,
                    quarter = quarter.to_string()
                )
            );
            false
        }
    };
    let mut to_commit: Vec<String> = stamps.iter().map(|s| s.item.file.clone()).collect();
    // Items corrected today (`disclose correct`) belong to the same record.
    for item in published
        .items
        .iter()
        .filter(|item| item.record.corrections().last().is_some_and(|c| c.on == as_of))
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
        println!("{}", crate::t!("publish-nothing-to-commit"));
    } else {
        let message = if stamps.is_empty() {
            crate::t!("publish-commit-bulletin", quarter = quarter.to_string())
        } else {
            crate::t!("publish-commit-items", n = stamps.len(), date = as_of.to_string())
        };
        let files: Vec<String> = to_commit.iter().map(|f| shell_quote(f)).collect();
        let label = cx.paint.hint(&crate::t!("publish-commit-record"));
        println!(
            "{}",
            crate::t!("publish-commit-record-note", label = label, site = published.config.site_dir.as_str())
        );
        println!("  git add {} && git commit -m \"{message}\"", files.join(" "));
    }
    Ok(EXIT_OK)
}

/// The ids of the unpublished items that are ready on `as_of`, and the others with the
/// reason each waits.
fn ready_and_waiting(repo: &Repo, as_of: NaiveDate) -> (HashSet<String>, Vec<(Brief, String)>) {
    let mut ready = HashSet::new();
    let mut waiting = Vec::new();
    for item in repo.items.iter().filter(|item| item.published_on.is_none()) {
        match waiting_reason(repo, item, as_of) {
            Some(reason) => waiting.push((Brief::of(item), reason)),
            None => {
                ready.insert(item.id.to_string());
            }
        }
    }
    (ready, waiting)
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
        return Some(crate::t!(
            "publish-waiting-stale",
            message = stale.message,
            help = stale.help.unwrap_or_default()
        ));
    }
    let id = item.id.as_str();
    match item_step(&repo.config, item, as_of) {
        ItemStep::Ready | ItemStep::Published(_) => None,
        ItemStep::AwaitingReview(Some(on)) | ItemStep::AwaitingApproval(Some(on)) => {
            Some(crate::t!("publish-waiting-signed-later", on = on.to_string(), date = as_of.to_string()))
        }
        ItemStep::AwaitingReview(None) if repo.config.require_approval && item.approved.is_none() => Some(crate::t!("publish-waiting-needs-both", id = id)),
        ItemStep::AwaitingReview(None) => Some(crate::t!("publish-waiting-needs-review", id = id)),
        ItemStep::AwaitingApproval(None) => Some(crate::t!("publish-waiting-needs-approval", id = id)),
        ItemStep::AwaitingEvent(event) => Some(crate::t!("publish-waiting-event", event = event.to_string(), date = as_of.to_string())),
    }
}

fn stamped_text(repo: &Repo, item: &Item, as_of: NaiveDate) -> Result<String> {
    let text = fs::read_to_string(repo.root.join(&item.file)).with_context(|| crate::t!("publish-read-failed", file = item.file.as_str()))?;
    let mut document = FrontMatterDocument::parse(&text).with_context(|| crate::t!("publish-edit-failed", file = item.file.as_str()))?;
    set_item_key(&mut document, "published_on", date_value(as_of));
    // The publication covers the content as it is now (see `rules::record`).
    set_item_key(&mut document, "published_digest", toml_edit::Value::from(item.record.content().to_string()));
    document.render().with_context(|| crate::t!("publish-stamp-failed", file = item.file.as_str()))
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
        let heading = if would {
            crate::t!("publish-obligations-would-meet")
        } else {
            crate::t!("publish-obligations-met")
        };
        println!("{}", cx.paint.bold(&heading));
        for o in met {
            let due = o.due().to_string();
            let when = if o.state == State::Late {
                crate::t!("publish-obligation-late", due = due)
            } else {
                crate::t!("publish-obligation-on-time", due = due)
            };
            println!(
                "  {} {} {}  ({when})",
                pad_right(&o.entry, 5),
                pad_right(&terms::obligation(o), 20),
                entry_title(repo, &o.entry)
            );
        }
    }
    let overdue: Vec<&Obligation> = list.iter().filter(|o| o.state == State::Overdue).collect();
    if overdue.is_empty() {
        println!("{}", crate::t!("publish-nothing-overdue"));
    } else {
        let heading = if would {
            crate::t!("publish-still-overdue-afterwards")
        } else {
            crate::t!("publish-still-overdue")
        };
        println!("{}", cx.paint.error(&heading));
        for o in overdue {
            let due = crate::t!("publish-obligation-due", due = o.due().to_string());
            println!(
                "  {} {} {}  ({due})",
                pad_right(&o.entry, 5),
                pad_right(&terms::obligation(o), 20),
                entry_title(repo, &o.entry)
            );
        }
    }
}

fn print_waiting(waiting: &[(Brief, String)]) {
    if !waiting.is_empty() {
        println!("{}", crate::t!("publish-not-published-yet"));
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

fn print_dry_run(cx: &Context, repo: &Repo, preview: &Preview<'_>, bulletin: &BulletinOutcome) {
    let Preview { stamps, waiting, plan, list } = preview;
    println!("{}", cx.paint.bold(&crate::t!("publish-dry-run")));
    if stamps.is_empty() {
        println!("  {}", crate::t!("publish-dry-run-no-item"));
    } else {
        println!("  {}", crate::t!("publish-dry-run-stamp", date = cx.as_of.to_string(), n = stamps.len()));
        for stamp in *stamps {
            println!("    {}  {}", stamp.item.file, stamp.item.title);
        }
    }
    let site = repo.config.site_dir.as_str();
    if plan.is_empty() {
        println!("  {}", crate::t!("publish-dry-run-board-same", site = site, unchanged = plan.unchanged));
    } else {
        println!("  {}", crate::t!("publish-dry-run-board", site = site, unchanged = plan.unchanged));
        let verbs = [
            (crate::t!("publish-dry-run-add"), &plan.added),
            (crate::t!("publish-dry-run-change"), &plan.changed),
            (crate::t!("publish-dry-run-remove"), &plan.removed),
        ];
        for (verb, paths) in verbs {
            for path in paths {
                println!("    {verb:<6} {site}/{path}");
            }
        }
        if let Some(line) = crate::render::attachments::summary_line(&plan.added, &plan.changed, &plan.removed) {
            println!("  {line}");
        }
    }
    let (quarter, md, html) = (bulletin.quarter.to_string(), bulletin.markdown_path.as_str(), bulletin.html_path.as_str());
    let line = match bulletin.status {
        BulletinStatus::Created => crate::t!("publish-dry-run-bulletin-create", quarter = quarter, md = md, html = html),
        BulletinStatus::Updated => crate::t!("publish-dry-run-bulletin-update", quarter = quarter, md = md, html = html),
        BulletinStatus::Unchanged | BulletinStatus::Frozen => crate::t!("publish-dry-run-bulletin-same", quarter = quarter, md = md),
    };
    println!("  {line}");
    print_obligations(cx, repo, list, stamps, true);
    print_waiting(waiting);
}

fn print_summary(cx: &Context, repo: &Repo, preview: &Preview<'_>) {
    let Preview { stamps, waiting, plan, list } = preview;
    if stamps.is_empty() {
        println!("{}", crate::t!("publish-summary-none"));
    } else {
        println!(
            "{}",
            cx.paint
                .ok(&crate::t!("publish-summary-published", n = stamps.len(), date = cx.as_of.to_string()))
        );
        for stamp in *stamps {
            println!("  {}  {}", stamp.item.file, stamp.item.title);
        }
    }
    print_obligations(cx, repo, list, stamps, false);
    print_waiting(waiting);
    let site = repo.config.site_dir.as_str();
    if plan.is_empty() {
        println!("{}", crate::t!("publish-summary-board-same", site = site, unchanged = plan.unchanged));
    } else {
        println!(
            "{}",
            crate::t!(
                "publish-summary-board",
                site = site,
                added = plan.added.len(),
                changed = plan.changed.len(),
                removed = plan.removed.len(),
                unchanged = plan.unchanged
            )
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
