//! Items against their entries: the entry exists, the period / event / matter fields fit
//! its cadence, the scope never widens, dates are in order, and published items carry
//! the review and approval that disclose.toml requires.

use crate::diag::{Code, Finding, Findings};
use crate::load::context::is_safe_id;
use crate::load::item::ItemFile;
use crate::model::{Cadence, Entry, Item, Repo, Scope};
use crate::obligations::period::PeriodKind;
use crate::obligations::terms;
use crate::suggest::closest_id as closest;

/// Pushes findings for every item.
pub fn check(repo: &Repo, findings: &mut Findings) {
    let entries = repo.catalogue.entry_map();
    for item in &repo.items {
        if let Some(entry) = entries.get(item.entry.as_str()) {
            check_cadence(item, entry, findings);
            check_scope(item, entry, findings);
        } else {
            let help = match closest(&item.entry, repo.catalogue.entries().map(|e| e.id.as_str())) {
                Some(meant) => crate::t!("unknown-entry-did-you-mean", meant = meant),
                None => crate::t!("unknown-entry-help"),
            };
            findings.push(
                Finding::new(Code::UnknownEntry, crate::t!("unknown-entry", entry = item.entry.as_str()))
                    .at(&item.at("entry"))
                    .help(help),
            );
        }
        check_dates(item, findings);
        check_signatures(repo, item, findings);
        check_supersedes(repo, item, findings);
    }
}

fn mismatch(item: &Item, key: &str, message: String, help: String) -> Finding {
    Finding::new(Code::CadenceMismatch, message).at(&item.at(key)).entry(&item.entry).help(help)
}

fn check_cadence(item: &Item, entry: &Entry, findings: &mut Findings) {
    let cadence = entry.cadence;
    let forbid = |findings: &mut Findings, present: bool, key: &str| {
        if present {
            findings.push(mismatch(
                item,
                key,
                crate::t!("cadence-mismatch-key", key = key, entry = entry.id.as_str(), cadence = terms::cadence(cadence)),
                crate::t!("cadence-mismatch-key-help", key = key),
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
                    crate::t!("cadence-mismatch-no-event", entry = entry.id.as_str(), cadence = terms::cadence(cadence)),
                    crate::t!("cadence-mismatch-no-event-help"),
                ));
            }
            if cadence == Cadence::Staged {
                for key in ["matter", "stage"] {
                    let missing = if key == "matter" { item.matter.is_none() } else { item.stage.is_none() };
                    if missing {
                        findings.push(mismatch(
                            item,
                            "entry",
                            crate::t!("cadence-mismatch-staged", entry = entry.id.as_str(), key = key),
                            crate::t!("cadence-mismatch-staged-help"),
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
            crate::t!(
                "cadence-mismatch-key",
                key = "final",
                entry = entry.id.as_str(),
                cadence = terms::cadence(cadence)
            ),
            crate::t!("cadence-mismatch-final-help"),
        ));
    }
    if item.supersedes().is_some() && cadence != Cadence::Standing {
        findings.push(mismatch(
            item,
            "supersedes",
            crate::t!(
                "cadence-mismatch-key",
                key = "supersedes",
                entry = entry.id.as_str(),
                cadence = terms::cadence(cadence)
            ),
            crate::t!("cadence-mismatch-supersedes-help"),
        ));
    }
}

fn check_period(item: &Item, entry: &Entry, kind: PeriodKind, findings: &mut Findings) {
    match (&item.period_text, item.period) {
        (None, _) => findings.push(mismatch(
            item,
            "entry",
            crate::t!("cadence-mismatch-no-period", entry = entry.id.as_str(), kind = terms::period_kind(kind)),
            crate::t!("cadence-mismatch-no-period-help", example = kind.example()),
        )),
        (Some(text), None) => findings.push(
            Finding::new(Code::BadPeriod, crate::t!("bad-period", text = text.as_str()))
                .at(&item.at("period"))
                .entry(&entry.id)
                .help(crate::t!(
                    "bad-period-help",
                    entry = entry.id.as_str(),
                    kind = terms::period_kind(kind),
                    example = kind.example()
                )),
        ),
        (Some(text), Some(period)) if period.kind != kind => findings.push(
            Finding::new(
                Code::BadPeriod,
                crate::t!(
                    "bad-period-kind",
                    text = text.as_str(),
                    given = terms::period_kind(period.kind),
                    entry = entry.id.as_str(),
                    kind = terms::period_kind(kind)
                ),
            )
            .at(&item.at("period"))
            .entry(&entry.id)
            .help(crate::t!("bad-period-kind-help", example = kind.example())),
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
                    crate::t!(
                        "scope-widened",
                        scope = scope.to_string(),
                        entry = entry.id.as_str(),
                        entry_scope = entry.scope.to_string()
                    ),
                )
                .at(&item.at("scope"))
                .entry(&entry.id)
                .help(crate::t!("scope-widened-help", entry_scope = entry.scope.to_string())),
            );
        }
    }
    if item.effective_scope(entry.scope) == Scope::Restricted && item.audience().is_none_or(|a| a.trim().is_empty()) {
        findings.push(
            Finding::new(Code::MissingAudience, crate::t!("missing-audience"))
                .at(&item.at(if item.scope.is_some() { "scope" } else { "entry" }))
                .entry(&entry.id)
                .help(crate::t!("missing-audience-help")),
        );
    }
}

fn check_dates(item: &Item, findings: &mut Findings) {
    let reviewed = item.reviewed.as_ref().map(|s| s.on);
    let approved = item.approved.as_ref().map(|s| s.on);
    let pairs = [
        (
            "reviewed_on",
            reviewed,
            "approved_on",
            approved,
            crate::t!("date-order-approved-before-reviewed"),
        ),
        (
            "reviewed_on",
            reviewed,
            "published_on",
            item.published_on,
            crate::t!("date-order-published-before-reviewed"),
        ),
        (
            "approved_on",
            approved,
            "published_on",
            item.published_on,
            crate::t!("date-order-published-before-approved"),
        ),
        (
            "event",
            item.event,
            "published_on",
            item.published_on,
            crate::t!("date-order-published-before-event"),
        ),
    ];
    for (earlier_key, earlier, later_key, later, what) in pairs {
        if let (Some(earlier), Some(later)) = (earlier, later) {
            if later < earlier {
                findings.push(
                    Finding::new(
                        Code::DateOrder,
                        crate::t!(
                            "date-order",
                            what = what,
                            later_key = later_key,
                            later = later.to_string(),
                            earlier_key = earlier_key,
                            earlier = earlier.to_string()
                        ),
                    )
                    .at(&item.at(later_key))
                    .entry(&item.entry)
                    .help(crate::t!("date-order-help")),
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
            crate::t!("missing-approval-approval"),
            "disclose approve",
        ),
        (
            config.require_review && item.reviewed.is_none(),
            "reviewed",
            crate::t!("missing-approval-review"),
            "disclose review",
        ),
    ];
    for (is_missing, step, words, command) in missing {
        if is_missing {
            findings.push(
                Finding::new(Code::MissingApproval, crate::t!("missing-approval", what = words))
                    .at(&item.at("published_on"))
                    .entry(&item.entry)
                    .help(crate::t!("missing-approval-help", command = command, item = item.id.to_string(), step = step)),
            );
        }
    }
}

fn check_supersedes(repo: &Repo, item: &Item, findings: &mut Findings) {
    let Some(target) = item.supersedes() else { return };
    let location = item.at("supersedes");
    let same_entry = || {
        repo.items
            .iter()
            .filter(|other| other.entry == item.entry && other.id != item.id)
            .map(|other| other.id.as_str())
    };
    let problem = if !is_safe_id(target) {
        Some((Code::BadId, crate::t!("bad-id-supersedes", target = target.escape_debug().to_string())))
    } else if target == item.id {
        Some((Code::UnknownReference, crate::t!("unknown-reference-itself")))
    } else {
        match repo.item(target) {
            None => Some((Code::UnknownReference, crate::t!("unknown-reference-supersedes", target = target))),
            Some(old) if old.entry != item.entry => Some((
                Code::UnknownReference,
                crate::t!(
                    "unknown-reference-other-entry",
                    target = target,
                    entry = old.entry.as_str(),
                    own = item.entry.as_str()
                ),
            )),
            Some(_) => None,
        }
    };
    if let Some((code, message)) = problem {
        let help = match closest(target, same_entry()) {
            Some(meant) => crate::t!("unknown-reference-supersedes-did-you-mean", meant = meant),
            None => crate::t!("unknown-reference-supersedes-help"),
        };
        findings.push(Finding::new(code, message).at(&location).entry(&item.entry).help(help));
    }
}
