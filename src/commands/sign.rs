//! `disclose review ID… --by NAME [--on DATE]` (审核, with the secrecy review) and
//! `disclose approve ID… --by NAME [--on DATE]` (审批): the two signatures an item needs
//! before it is published, written into its front matter in place (comments, key order,
//! line ends and the body stay as they were). Every id is checked before any file is
//! written: all of them are signed, or none.

use std::collections::BTreeSet;
use std::fs;

use anyhow::{Context as _, Result};
use chrono::NaiveDate;
use toml_edit::Value;

use crate::cli::SignArgs;
use crate::commands::context::{lock_repository, Context, Refusal};
use crate::diag::{render_findings, Findings, OutputFormat};
use crate::load::CONFIG_FILE;
use crate::model::{Item, Repo};
use crate::render::item_body::PLACEHOLDER_MARKERS;
use crate::rules::file_errors;
use crate::store::edit::{date_value, set_item_key, FrontMatterDocument};
use crate::store::readback::{text_value, Shape};
use crate::store::write_atomic;
use crate::{EXIT_FINDINGS, EXIT_OK};

/// Which signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// 审核: review, including the secrecy review.
    Review,
    /// 审批: approval.
    Approve,
}

impl Step {
    fn command(self) -> &'static str {
        match self {
            Step::Review => "review",
            Step::Approve => "approve",
        }
    }

    fn words(self) -> String {
        match self {
            Step::Review => crate::t!("sign-words-review"),
            Step::Approve => crate::t!("sign-words-approve"),
        }
    }

    /// The list in `[roles]` that names who may sign this step.
    fn role_key(self) -> &'static str {
        match self {
            Step::Review => "reviewers",
            Step::Approve => "approvers",
        }
    }

    /// The front-matter key of this step's digest.
    fn digest_key(self) -> &'static str {
        match self {
            Step::Review => "reviewed_digest",
            Step::Approve => "approved_digest",
        }
    }

    fn keys(self) -> (&'static str, &'static str) {
        match self {
            Step::Review => ("reviewed_by", "reviewed_on"),
            Step::Approve => ("approved_by", "approved_on"),
        }
    }
}

/// What to do with one item.
struct Planned<'a> {
    item: &'a Item,
    /// The new file contents; `None` when the same signature is already there.
    text: Option<String>,
    /// The signature this one replaces, if any.
    replaces: Option<(String, NaiveDate)>,
}

/// Runs `review` or `approve`.
pub fn run(cx: &Context, step: Step, args: &SignArgs) -> Result<i32> {
    let root = cx.root()?;
    let _lock = lock_repository(&root, step.command())?;
    let (repo, load_findings) = cx.load()?;
    let by = args.by.trim();
    if by.is_empty() {
        return Err(Refusal::new(crate::t!("sign-by-empty"), crate::t!("sign-by-empty-help", command = step.command())).into());
    }
    if let Some(allowed) = allowed_signers(&repo, step) {
        if !allowed.iter().any(|name| name == by) {
            return Err(Refusal::new(
                crate::t!("sign-not-allowed", by = by, step = step.words(), config = CONFIG_FILE),
                if allowed.is_empty() {
                    crate::t!("sign-not-allowed-add-help", key = step.role_key(), config = CONFIG_FILE)
                } else {
                    crate::t!("sign-not-allowed-give-help", allowed = allowed.join(&crate::t!("list-separator")))
                },
            )
            .into());
        }
    }
    let on = args.on.unwrap_or(cx.as_of);
    if on > cx.as_of {
        return Err(Refusal::new(
            crate::t!("sign-on-future", on = on.to_string(), today = cx.as_of.to_string()),
            crate::t!("sign-on-future-help"),
        )
        .into());
    }

    let mut ids: Vec<&str> = Vec::new();
    for id in &args.ids {
        if !ids.contains(&id.as_str()) {
            ids.push(id);
        }
    }
    let items = resolve(cx, &repo, &load_findings, &ids)?;
    let items = match items {
        Resolved::Items(items) => items,
        Resolved::Unreadable(code) => return Ok(code),
    };

    if step == Step::Approve {
        let files: Vec<&str> = items.iter().map(|item| item.file.as_str()).collect();
        let errors = file_errors(&repo, &load_findings, &files);
        if errors.errors() > 0 {
            eprint!("{}", render_findings(&errors, OutputFormat::Text, cx.paint_stderr));
            eprintln!("{}", crate::t!("sign-approve-errors"));
            return Ok(EXIT_FINDINGS);
        }
    }

    let mut problems = Vec::new();
    for item in &items {
        if let Some(problem) = refusal_for(&repo, step, item, on) {
            problems.push(format!("{}: {problem}", item.id));
        }
    }
    if !problems.is_empty() {
        let help = match step {
            Step::Review => crate::t!("sign-review-refused-help"),
            Step::Approve => crate::t!("sign-approve-refused-help"),
        };
        return Err(Refusal::new(problems.join("\n  "), help).into());
    }

    let mut planned = Vec::new();
    for item in &items {
        planned.push(plan(&repo, step, item, by, on)?);
    }
    for plan in &planned {
        if let Some(text) = &plan.text {
            write_atomic(&repo.root.join(&plan.item.file), text.as_bytes())?;
        }
    }
    report(cx, &repo, step, &planned, by, on);
    Ok(EXIT_OK)
}

/// Who may sign `step`, when disclose.toml's `[roles]` says; `None` restricts nobody.
fn allowed_signers(repo: &Repo, step: Step) -> Option<&[String]> {
    let roles = repo.config.roles.as_ref()?;
    match step {
        Step::Review => roles.reviewers.as_deref(),
        Step::Approve => roles.approvers.as_deref(),
    }
}

enum Resolved<'a> {
    Items(Vec<&'a Item>),
    /// A named item's file exists but could not be read; its findings were printed.
    Unreadable(i32),
}

/// Finds every id, or refuses naming the unknown ones with near matches.
fn resolve<'a>(cx: &Context, repo: &'a Repo, load_findings: &Findings, ids: &[&str]) -> Result<Resolved<'a>> {
    let mut items = Vec::new();
    let mut unknown = Vec::new();
    let mut unreadable = Vec::new();
    for id in ids {
        if let Some(item) = repo.item(id) {
            items.push(item);
            continue;
        }
        let broken = crate::commands::context::errors_of_item_file(load_findings, id);
        if broken.is_empty() {
            unknown.push(*id);
        } else {
            unreadable.extend(broken);
        }
    }
    if !unknown.is_empty() {
        let mut lines = Vec::new();
        for id in &unknown {
            let near = near_matches(id, repo.items.iter().map(|item| item.id.as_str()));
            lines.push(if near.is_empty() {
                crate::t!("sign-no-item", id = id.to_string())
            } else {
                crate::t!(
                    "sign-no-item-did-you-mean",
                    id = id.to_string(),
                    meant = near.join(&crate::t!("list-separator"))
                )
            });
        }
        return Err(Refusal::new(lines.join("\n  "), crate::t!("sign-no-item-help")).into());
    }
    if !unreadable.is_empty() {
        return Ok(Resolved::Unreadable(crate::commands::context::refuse_unreadable(cx, unreadable)));
    }
    Ok(Resolved::Items(items))
}

/// Why this item cannot take this signature on `on`, if it cannot.
fn refusal_for(repo: &Repo, step: Step, item: &Item, on: NaiveDate) -> Option<String> {
    if let Some(published) = item.published_on {
        return Some(crate::t!("sign-published", published = published.to_string()));
    }
    match step {
        Step::Review => {
            // An approval whose digest no longer matches covers nothing: the item is
            // reviewed again, then approved again.
            let approval_stale = item.record.approved().is_some_and(|digest| digest != item.record.content());
            if let Some(approved) = item.approved.as_ref().filter(|a| on > a.on && !approval_stale) {
                return Some(crate::t!("sign-review-after-approval", approved = approved.on.to_string(), on = on.to_string()));
            }
        }
        Step::Approve => {
            match &item.reviewed {
                None if repo.config.require_review => {
                    return Some(crate::t!("sign-not-reviewed", id = item.id.as_str()));
                }
                Some(reviewed) if on < reviewed.on => {
                    return Some(crate::t!("sign-approve-before-review", reviewed = reviewed.on.to_string(), on = on.to_string()));
                }
                _ => {}
            }
            if let Some(line) = placeholder_line(repo, item) {
                return Some(crate::t!("sign-placeholder", file = item.file.as_str(), line = line));
            }
        }
    }
    None
}

/// The first line of the item's file still holding a template placeholder.
fn placeholder_line(repo: &Repo, item: &Item) -> Option<usize> {
    let text = fs::read_to_string(repo.root.join(&item.file)).ok()?;
    text.lines()
        .position(|line| PLACEHOLDER_MARKERS.iter().any(|marker| line.contains(marker)))
        .map(|index| index + 1)
}

fn plan<'a>(repo: &Repo, step: Step, item: &'a Item, by: &str, on: NaiveDate) -> Result<Planned<'a>> {
    let current = match step {
        Step::Review => item.reviewed.as_ref(),
        Step::Approve => item.approved.as_ref(),
    };
    let recorded_digest = match step {
        Step::Review => item.record.reviewed(),
        Step::Approve => item.record.approved(),
    };
    if current.is_some_and(|s| s.by == by && s.on == on) && recorded_digest == Some(item.record.content()) {
        return Ok(Planned {
            item,
            text: None,
            replaces: None,
        });
    }
    let path = repo.root.join(&item.file);
    let text = fs::read_to_string(&path).with_context(|| crate::t!("sign-could-not-read", file = item.file.as_str()))?;
    let mut document = FrontMatterDocument::parse(&text).with_context(|| crate::t!("sign-could-not-edit", file = item.file.as_str()))?;
    let (by_key, on_key) = step.keys();
    set_item_key(&mut document, by_key, text_value("--by", by, Shape::Line)?);
    set_item_key(&mut document, on_key, date_value(on));
    // The signature covers the content as it is now (see `rules::record`).
    set_item_key(&mut document, step.digest_key(), Value::from(item.record.content().to_string()));
    Ok(Planned {
        item,
        text: Some(document.render().with_context(|| crate::t!("sign-could-not-sign", file = item.file.as_str()))?),
        replaces: current.map(|s| (s.by.to_string(), s.on)),
    })
}

fn report(cx: &Context, repo: &Repo, step: Step, planned: &[Planned<'_>], by: &str, on: NaiveDate) {
    let written = planned.iter().filter(|p| p.text.is_some()).count();
    if written == 0 {
        println!(
            "{}",
            crate::t!("sign-nothing-changed", step = step.words(), by = by, on = on.to_string(), n = planned.len())
        );
    } else {
        println!("{}", crate::t!("sign-recorded", step = step.words(), by = by, on = on.to_string(), n = written));
    }
    for plan in planned {
        let note = match (&plan.text, &plan.replaces) {
            (None, _) => format!("  {}", crate::t!("sign-already-recorded")),
            (Some(_), Some((old_by, old_on))) => format!("  {}", crate::t!("sign-replaces", by = old_by.as_str(), on = old_on.to_string())),
            (Some(_), None) => String::new(),
        };
        println!("  {}  {}{note}", plan.item.file, plan.item.title);
        if step == Step::Review && repo.scope_of(plan.item) == crate::model::Scope::Public {
            for file in crate::render::attachments::referenced(plan.item) {
                println!("    {}", crate::t!("sign-check-attachment", file = file.file.as_str()));
            }
        }
    }
    let ids: Vec<&str> = planned.iter().map(|p| p.item.id.as_str()).collect();
    let next = match step {
        Step::Review if repo.config.require_approval => format!("disclose approve {} --by NAME", ids.join(" ")),
        _ => crate::t!("sign-next-publish"),
    };
    println!("{} {next}", cx.paint.hint(&crate::t!("new-next-label")));
}

/// Up to five of `candidates` that look like `query` (same letters ignoring case, one
/// containing the other, or at most two edits apart), closest first.
pub fn near_matches<'a>(query: &str, candidates: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let query_lower = query.to_lowercase();
    let candidates: Vec<&str> = candidates.collect();
    let same: Vec<&str> = candidates.iter().copied().filter(|c| c.to_lowercase() == query_lower).collect();
    if !same.is_empty() {
        // Only the case differs: that is the one meant.
        return same;
    }
    let mut scored: Vec<(usize, &str)> = candidates
        .into_iter()
        .filter_map(|candidate| {
            let lower = candidate.to_lowercase();
            let distance = edit_distance(&query_lower, &lower);
            let contains = !query_lower.is_empty() && (lower.contains(&query_lower) || query_lower.contains(&lower));
            (distance <= 2 || contains).then_some((distance, candidate))
        })
        .collect();
    scored.sort_unstable();
    let mut seen = BTreeSet::new();
    scored.into_iter().map(|(_, c)| c).filter(|c| seen.insert(*c)).take(5).collect()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            current.push((previous[j] + cost).min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_matches_find_typos_and_fragments() {
        let ids = ["2026-Q1-3.5", "2026-Q2-3.5", "2026-02-10-3.2", "2025-1.4"];
        assert_eq!(near_matches("2026-q1-3.5", ids.iter().copied()), ["2026-Q1-3.5"]);
        assert_eq!(near_matches("2026-Q3-3.5", ids.iter().copied()), ["2026-Q1-3.5", "2026-Q2-3.5"]);
        assert_eq!(near_matches("02-10", ids.iter().copied()), ["2026-02-10-3.2"]);
        assert!(near_matches("zzz", ids.iter().copied()).is_empty());
    }
}
