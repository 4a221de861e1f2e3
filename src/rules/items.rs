//! Items against their entries: the entry exists, the period / event / matter fields fit
//! its cadence, the scope never widens, dates are in order, and published items carry
//! the review and approval that disclose.toml requires.

use crate::diag::{Code, Finding, Findings};
use crate::load::context::is_safe_id;
use crate::load::item::ItemFile;
use crate::model::{Cadence, Entry, Item, Repo, Scope};
use crate::obligations::period::PeriodKind;

/// Pushes findings for every item.
pub fn check(repo: &Repo, findings: &mut Findings) {
    let entries = repo.catalogue.entry_map();
    for item in &repo.items {
        match entries.get(item.entry.as_str()) {
            Some(entry) => {
                check_cadence(item, entry, findings);
                check_scope(item, entry, findings);
            }
            None => findings.push(
                Finding::new(
                    Code::UnknownEntry,
                    format!("item names entry \"{}\", which the catalogue does not have", item.entry),
                )
                .at(&item.at("entry"))
                .help("use one of the catalogue's entry ids (`disclose catalogue list` shows them)"),
            ),
        }
        check_dates(item, findings);
        check_signatures(repo, item, findings);
        check_supersedes(repo, item, findings);
    }
}

fn mismatch(item: &Item, key: &str, message: String, help: &str) -> Finding {
    Finding::new(Code::CadenceMismatch, message).at(&item.at(key)).entry(&item.entry).help(help)
}

fn check_cadence(item: &Item, entry: &Entry, findings: &mut Findings) {
    let cadence = entry.cadence;
    let forbid = |findings: &mut Findings, present: bool, key: &str| {
        if present {
            findings.push(mismatch(
                item,
                key,
                format!("`{key}` does not fit entry {}, which is {cadence}", entry.id),
                &format!("remove `{key}`"),
            ));
        }
    };
    match cadence {
        Cadence::Periodic(kind) => {
            check_period(item, entry, kind, findings);
            forbid(findings, item.event.is_some(), "event");
            forbid(findings, item.matter.is_some(), "matter");
            forbid(findings, item.stage.is_some(), "stage");
        }
        Cadence::Immediate | Cadence::Staged => {
            forbid(findings, item.period_text.is_some(), "period");
            if item.event.is_none() && !item.has_event_key {
                findings.push(mismatch(
                    item,
                    "entry",
                    format!("entry {} is {cadence}, so the item needs the day the matter happened", entry.id),
                    "add `event = 2026-02-10`",
                ));
            }
            if cadence == Cadence::Staged {
                for key in ["matter", "stage"] {
                    let missing = if key == "matter" { item.matter.is_none() } else { item.stage.is_none() };
                    if missing {
                        findings.push(mismatch(
                            item,
                            "entry",
                            format!("entry {} is staged, so the item needs `{key}`", entry.id),
                            "add `matter = \"…\"` (the matter the stages belong to) and `stage = \"…\"` (this stage)",
                        ));
                    }
                }
            } else {
                forbid(findings, item.matter.is_some(), "matter");
                forbid(findings, item.stage.is_some(), "stage");
            }
        }
        Cadence::Standing => {
            forbid(findings, item.period_text.is_some(), "period");
            forbid(findings, item.event.is_some(), "event");
            forbid(findings, item.matter.is_some(), "matter");
            forbid(findings, item.stage.is_some(), "stage");
        }
    }
    if item.final_stage && cadence != Cadence::Staged {
        findings.push(mismatch(
            item,
            "final",
            format!("`final` does not fit entry {}, which is {cadence}", entry.id),
            "remove `final`: only staged items have a last stage",
        ));
    }
    if item.supersedes.is_some() && cadence != Cadence::Standing {
        findings.push(mismatch(
            item,
            "supersedes",
            format!("`supersedes` does not fit entry {}, which is {cadence}", entry.id),
            "remove `supersedes`: only standing items replace older versions",
        ));
    }
}

fn check_period(item: &Item, entry: &Entry, kind: PeriodKind, findings: &mut Findings) {
    match (&item.period_text, item.period) {
        (None, _) => findings.push(mismatch(
            item,
            "entry",
            format!("entry {} is periodic ({}), so the item needs a `period`", entry.id, kind.as_str()),
            &format!("add `period = \"{}\"`", kind.example()),
        )),
        (Some(text), None) => findings.push(
            Finding::new(Code::BadPeriod, format!("period \"{text}\" is not a period"))
                .at(&item.at("period"))
                .entry(&entry.id)
                .help(format!(
                    "entry {} is disclosed every {}: write the period like \"{}\"",
                    entry.id,
                    kind.as_str(),
                    kind.example()
                )),
        ),
        (Some(text), Some(period)) if period.kind != kind => findings.push(
            Finding::new(
                Code::BadPeriod,
                format!(
                    "period \"{text}\" is a {}, but entry {} is disclosed every {}",
                    period.kind.as_str(),
                    entry.id,
                    kind.as_str()
                ),
            )
            .at(&item.at("period"))
            .entry(&entry.id)
            .help(format!("write the period like \"{}\"", kind.example())),
        ),
        _ => {}
    }
}

fn check_scope(item: &Item, entry: &Entry, findings: &mut Findings) {
    if let Some(scope) = item.scope {
        if scope.is_wider_than(entry.scope) {
            findings.push(
                Finding::new(
                    Code::ScopeWidened,
                    format!("the item's scope \"{scope}\" is wider than entry {}'s \"{}\"", entry.id, entry.scope),
                )
                .at(&item.at("scope"))
                .entry(&entry.id)
                .help(format!(
                    "an item may only narrow its entry's scope (public > members > restricted): use \"{}\" or narrower",
                    entry.scope
                )),
            );
        }
    }
    if item.effective_scope(entry.scope) == Scope::Restricted && item.audience.as_deref().is_none_or(|a| a.trim().is_empty()) {
        findings.push(
            Finding::new(Code::MissingAudience, "a restricted item must say to whom it is disclosed")
                .at(&item.at(if item.scope.is_some() { "scope" } else { "entry" }))
                .entry(&entry.id)
                .help("add `audience = \"…\"`, for example \"本人及所在党小组\""),
        );
    }
}

fn check_dates(item: &Item, findings: &mut Findings) {
    let reviewed = item.reviewed.as_ref().map(|s| s.on);
    let approved = item.approved.as_ref().map(|s| s.on);
    let pairs = [
        ("reviewed_on", reviewed, "approved_on", approved, "it was approved before it was reviewed"),
        (
            "reviewed_on",
            reviewed,
            "published_on",
            item.published_on,
            "it was published before it was reviewed",
        ),
        (
            "approved_on",
            approved,
            "published_on",
            item.published_on,
            "it was published before it was approved",
        ),
        (
            "event",
            item.event,
            "published_on",
            item.published_on,
            "it was published before the event it reports",
        ),
    ];
    for (earlier_key, earlier, later_key, later, what) in pairs {
        if let (Some(earlier), Some(later)) = (earlier, later) {
            if later < earlier {
                findings.push(
                    Finding::new(Code::DateOrder, format!("{what}: `{later_key}` {later} is before `{earlier_key}` {earlier}"))
                        .at(&item.at(later_key))
                        .entry(&item.entry)
                        .help("correct the dates: the steps go 提出 → 审核 (reviewed) → 审批 (approved) → 实施 (published)"),
                );
            }
        }
    }
}

fn check_signatures(repo: &Repo, item: &Item, findings: &mut Findings) {
    if item.published_on.is_none() {
        return;
    }
    let config = &repo.config;
    let missing = [
        (
            config.require_approval && item.approved.is_none(),
            "approved",
            "审批 (approval)",
            "disclose approve",
        ),
        (
            config.require_review && item.reviewed.is_none(),
            "reviewed",
            "审核 (review, with the secrecy review)",
            "disclose review",
        ),
    ];
    for (is_missing, step, words, command) in missing {
        if is_missing {
            findings.push(
                Finding::new(
                    Code::MissingApproval,
                    format!("the item is published but has no {words}, which disclose.toml requires"),
                )
                .at(&item.at("published_on"))
                .entry(&item.entry)
                .help(format!(
                    "record it with `{command} {} --by NAME --on DATE` (`{step}_by` and `{step}_on`), or remove `published_on`",
                    item.id
                )),
            );
        }
    }
}

fn check_supersedes(repo: &Repo, item: &Item, findings: &mut Findings) {
    let Some(target) = item.supersedes.as_deref() else { return };
    let location = item.at("supersedes");
    let problem = if !is_safe_id(target) {
        Some((Code::BadId, format!("`supersedes` is \"{}\", which is not a safe id", target.escape_debug())))
    } else if target == item.id {
        Some((Code::UnknownReference, "the item supersedes itself".to_string()))
    } else {
        match repo.item(target) {
            None => Some((Code::UnknownReference, format!("`supersedes` names item \"{target}\", which does not exist"))),
            Some(old) if old.entry != item.entry => Some((
                Code::UnknownReference,
                format!(
                    "`supersedes` names item \"{target}\" of entry {}, not of this item's entry {}",
                    old.entry, item.entry
                ),
            )),
            Some(_) => None,
        }
    };
    if let Some((code, message)) = problem {
        findings.push(
            Finding::new(code, message)
                .at(&location)
                .entry(&item.entry)
                .help("give the id (file name without .md) of the older item of the same entry that this one replaces"),
        );
    }
}
