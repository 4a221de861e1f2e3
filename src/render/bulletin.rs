//! The quarterly members' bulletin (党员通报), in Markdown and self-contained HTML: every
//! item published in the quarter with scope public or members (never restricted; those
//! are only counted), by category and in full; the feedback received or answered in the
//! quarter with its results (never names, contacts or the opinion as received); and the
//! obligations late or overdue at the quarter's end.
//!
//! A bulletin shows the situation at its cut-off, the quarter's end (or the as-of date
//! while the quarter runs), so that a bulletin of an ended quarter does not change with
//! later events. Once a members' meeting has announced it (a meeting file with
//! `bulletin = "2026-Q3"`), it is the record of what members were told, and
//! [`write_bulletin`] refuses to rewrite it silently; until then it may still be
//! finished for the meeting.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _, Result};
use chrono::NaiveDate;
use rayon::prelude::*;
use serde::Serialize;

use super::attachments::{bulletin_files, markdown_list, resolver};
use super::locale;
use super::templates::{to_value, Templates};
use super::view::{add_body_resolving, item_meta, paragraphs, replaced_by, slug, BodyStyle, ItemView};
use crate::model::catalogue::natural_cmp;
use crate::model::config::Locale;
use crate::model::meeting::announcement;
use crate::model::{Case, CaseKind, CaseStatus, Item, Outcome, Repo, Scope};
use crate::obligations::period::{Period, PeriodKind};
use crate::obligations::{Obligation, ObligationKind, State};
use crate::store::write_atomic;

/// A rendered bulletin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bulletin {
    /// The Markdown text (`bulletins/2026-Q1.md`).
    pub markdown: String,
    /// The self-contained HTML page with inline CSS (`bulletins/2026-Q1.html`).
    pub html: String,
}

#[derive(Serialize)]
struct CategoryItems {
    code: String,
    slug: String,
    title: String,
    items: Vec<ItemView>,
}

#[derive(Serialize)]
struct CaseLine {
    /// A request or correction request: its kind ([`kind_words`]); empty for an opinion.
    /// Its decision as it stood at the cut-off follows the status (`已办结 · 予以公开`).
    kind: String,
    summary: String,
    channel: String,
    from: String,
    received_on: String,
    due_on: String,
    status: String,
    answered_on: Option<String>,
    rating: Option<String>,
    answer: Vec<String>,
    /// 不予受理: the reason, as logged.
    reason: Vec<String>,
}

/// A correction (更正) made in the quarter, of an item members may see.
#[derive(Serialize)]
struct CorrectionLine {
    id: String,
    title: String,
    on: String,
    reason: String,
}

#[derive(Serialize)]
struct ObligationLine {
    entry_id: String,
    entry_title: String,
    label: String,
    due_on: String,
    state: String,
}

/// The last day a bulletin of `quarter` looks at on `as_of`.
pub fn cutoff(quarter: Period, as_of: NaiveDate) -> NaiveDate {
    quarter.end().min(as_of)
}

/// Builds the bulletin of `quarter` with the repository's templates.
pub fn build_bulletin(repo: &Repo, obligations: &[Obligation], quarter: Period, as_of: NaiveDate) -> Result<Bulletin> {
    let templates = Templates::load(repo)?;
    build_bulletin_with(repo, obligations, quarter, as_of, &templates)
}

/// Builds the bulletin of `quarter` with the given templates.
pub fn build_bulletin_with(repo: &Repo, obligations: &[Obligation], quarter: Period, as_of: NaiveDate, templates: &Templates) -> Result<Bulletin> {
    if quarter.kind != PeriodKind::Quarter {
        bail!(crate::t!(
            "bulletin-not-a-quarter-kind",
            text = quarter.to_string(),
            kind = quarter.kind.as_str()
        ));
    }
    let locale = repo.config.locale;
    let t = locale::labels(locale);
    let start = quarter.start();
    let end = cutoff(quarter, as_of);
    let in_window = |day: NaiveDate| start <= day && day <= end;

    // Items: published in the quarter, public or members; restricted ones only counted.
    let published: Vec<&Item> = repo.items.iter().filter(|item| item.published_on.is_some_and(in_window)).collect();
    let restricted_count = published.iter().filter(|item| !repo.scope_of(item).in_bulletin()).count();
    let mut shown: Vec<&Item> = published
        .iter()
        .copied()
        .filter(|item| matches!(repo.scope_of(item), Scope::Public | Scope::Members))
        .collect();
    shown.sort_by(|a, b| (a.published_on, &a.id).cmp(&(b.published_on, &b.id)));
    let visible = std::collections::BTreeMap::new();
    let replacements = replaced_by(&shown);
    let style = BodyStyle {
        html_heading: 5,
        markdown_heading: Some(5),
    };
    let entries = repo.catalogue.entry_map();
    let mut categories: Vec<CategoryItems> = Vec::new();
    for category in &repo.catalogue.categories {
        // Each view reads and renders its body: in parallel, in order.
        let items = shown
            .par_iter()
            .filter_map(|item| {
                entries.get(item.entry.as_str()).filter(|entry| entry.category == category.code).map(|entry| {
                    let mut view = item_meta(repo, item, entry, &visible, &replacements);
                    let files = bulletin_files(repo, item);
                    add_body_resolving(&mut view, item, style, &resolver(item, &files, "", locale, true))?;
                    view.body_md.push_str(&markdown_list(&files, locale));
                    Ok(view)
                })
            })
            .collect::<Result<Vec<ItemView>>>()?;
        if !items.is_empty() {
            categories.push(CategoryItems {
                code: category.code.clone(),
                slug: slug(&category.code),
                title: category.title.clone(),
                items,
            });
        }
    }
    let item_count = categories.iter().map(|c| c.items.len()).sum::<usize>();

    // Corrections made in the quarter, of items members may see (by day, then id).
    let mut corrections: Vec<(NaiveDate, &Item, &str)> = repo
        .items
        .iter()
        .filter(|item| item.published_on.is_some_and(|on| on <= end) && matches!(repo.scope_of(item), Scope::Public | Scope::Members))
        .flat_map(|item| {
            item.record
                .corrections()
                .iter()
                .filter(|c| in_window(c.on))
                .map(move |c| (c.on, item, c.reason.as_str()))
        })
        .collect();
    corrections.sort_by(|a, b| (a.0, &a.1.id).cmp(&(b.0, &b.1.id)));
    let corrections: Vec<CorrectionLine> = corrections
        .into_iter()
        .map(|(on, item, reason)| CorrectionLine {
            id: item.id.to_string(),
            title: item.title.clone(),
            on: locale::date(locale, on),
            reason: reason.to_string(),
        })
        .collect();

    // Feedback received, answered or ended in the quarter, as it stood at the cut-off.
    let mut cases: Vec<&Case> = repo
        .cases
        .iter()
        .filter(|case| case.received_on <= end)
        .filter(|case| in_window(case.received_on) || case.responses.iter().any(|r| in_window(r.on)) || case.ended_on().is_some_and(in_window))
        .collect();
    cases.sort_by(|a, b| (a.received_on, &a.id).cmp(&(b.received_on, &b.id)));
    let count = |kind: CaseKind| cases.iter().filter(|case| case.kind == kind).count();
    let (request_count, correction_request_count) = (count(CaseKind::Request), count(CaseKind::Correction));
    let cases: Vec<CaseLine> = cases.iter().map(|case| case_line(repo, case, end)).collect();

    // Obligations late in the quarter, or overdue at its end.
    let mut late: Vec<&Obligation> = obligations
        .iter()
        .filter(|o| (o.state == State::Late && o.met_on.is_some_and(in_window)) || (o.due() < end && o.met_on.is_none_or(|met| met > end)))
        .collect();
    late.sort_by(|a, b| (a.due(), &a.kind).cmp(&(b.due(), &b.kind)).then_with(|| natural_cmp(&a.entry, &b.entry)));
    let obligations: Vec<ObligationLine> = late
        .iter()
        .map(|o| {
            let late_in_window = o.state == State::Late && o.met_on.is_some_and(in_window);
            ObligationLine {
                entry_id: o.entry.to_string(),
                entry_title: repo.catalogue.entry(&o.entry).map(|e| e.title.clone()).unwrap_or_default(),
                label: obligation_label(repo, o),
                due_on: locale::date(locale, o.due()),
                state: if late_in_window {
                    locale::lateness(locale, State::Late, o.met_on)
                } else {
                    locale::lateness(locale, State::Overdue, None)
                },
            }
        })
        .collect();

    let covering = match locale {
        crate::model::config::Locale::ZhCn => format!("{}至{}", locale::date(locale, start), locale::date(locale, quarter.end())),
        crate::model::config::Locale::En => format!("{} to {}", locale::date(locale, start), locale::date(locale, quarter.end())),
    };
    let context = minijinja::context! {
        t => to_value(t),
        lang => locale.tag(),
        org_name => repo.config.name.clone(),
        quarter => quarter.to_string(),
        quarter_label => locale::period(locale, quarter),
        covering,
        cutoff => locale::date(locale, end),
        categories => to_value(&categories),
        item_count,
        restricted_count,
        corrections => to_value(&corrections),
        cases => to_value(&cases),
        requests_note => requests_note(locale, request_count, correction_request_count),
        obligations => to_value(&obligations),
    };
    let markdown = normalise_blank_lines(&templates.render("bulletin.md", context.clone())?);
    let html = templates.render("bulletin.html", context)?;
    Ok(Bulletin { markdown, html })
}

/// Collapses runs of blank lines to one and ends the text with exactly one newline, so
/// that template layout does not show in the Markdown.
fn normalise_blank_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    let mut in_fence = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") || line.trim_start().starts_with("~~~") {
            in_fence = !in_fence;
        }
        if line.trim().is_empty() && !in_fence {
            blank += 1;
            if blank > 1 {
                continue;
            }
            out.push('\n');
        } else {
            blank = 0;
            out.push_str(line.trim_end_matches(' ').trim_end_matches('\t'));
            if line.ends_with("  ") && !line.trim().is_empty() {
                // A Markdown hard line break.
                out.push_str("  ");
            }
            out.push('\n');
        }
    }
    let trimmed = out.trim_matches('\n');
    format!("{trimmed}\n")
}

fn case_line(repo: &Repo, case: &Case, end: NaiveDate) -> CaseLine {
    let locale = repo.config.locale;
    // As the case stood at the cut-off: its status then, and the answer members had been
    // told by then (an earlier one, if the case was reopened and answered again later).
    let status = case.status_on(end);
    let answered = case.response_on(end);
    let reason = case.rejection().filter(|_| status == CaseStatus::Rejected);
    let (kind, decision) = kind_words(locale, case.kind, answered.and_then(|r| r.outcome));
    CaseLine {
        kind: kind.to_string(),
        summary: case.summary.clone(),
        channel: locale::channel(locale, &case.channel),
        from: match case.from {
            crate::model::Sender::Public => locale::labels(locale).from_public.to_string(),
            crate::model::Sender::Member => locale::labels(locale).from_member.to_string(),
        },
        received_on: locale::date(locale, case.received_on),
        due_on: locale::date(locale, case.due_on),
        status: match decision {
            Some(decision) => format!("{} · {decision}", locale::case_status(locale, status)),
            None => locale::case_status(locale, status).to_string(),
        },
        answered_on: answered.map(|r| locale::date(locale, r.on)),
        rating: answered
            .filter(|r| r.rated_on_or_answer() <= end)
            .and_then(|r| r.rating)
            .map(|rating| locale::rating(locale, rating).to_string()),
        answer: answered.map(|r| paragraphs(&r.text)).unwrap_or_default(),
        reason: reason.map(|action| paragraphs(without_label(&action.note))).unwrap_or_default(),
    }
}

/// The overview's note on the requests and correction requests among the cases, in the
/// organisation's language; empty when there are none.
fn requests_note(locale: Locale, requests: usize, corrections: usize) -> String {
    match (requests + corrections, locale) {
        (0, _) => String::new(),
        (_, Locale::ZhCn) => format!("（其中依申请公开{requests}件、更正申请{corrections}件）"),
        (_, Locale::En) => format!(" (of them {requests} requests to disclose, {corrections} correction requests)"),
    }
}

/// The bulletin's words for a request's or correction request's kind and decision, in
/// the organisation's language (nothing for an opinion).
fn kind_words(locale: Locale, kind: CaseKind, outcome: Option<Outcome>) -> (&'static str, Option<&'static str>) {
    let zh = locale == Locale::ZhCn;
    let kind = crate::render::locale::case_kind(locale, kind);
    let decision = outcome.map(|outcome| match (outcome, zh) {
        (Outcome::Disclosed, true) => "予以公开",
        (Outcome::NotDisclosed, true) => "不予公开",
        (Outcome::NotHeld, true) => "信息不存在",
        (Outcome::Corrected, true) => "予以更正",
        (Outcome::Refused, true) => "不予更正",
        (Outcome::Disclosed, false) => "disclosed",
        (Outcome::NotDisclosed, false) => "not disclosed",
        (Outcome::NotHeld, false) => "not held",
        (Outcome::Corrected, false) => "corrected",
        (Outcome::Refused, false) => "refused",
    });
    (kind, decision)
}

/// A reason as logged, without the 不予受理 that the bulletin's label already says.
fn without_label(note: &str) -> &str {
    ["不予受理：", "不予受理:", "不予受理，"]
        .iter()
        .find_map(|label| note.strip_prefix(label))
        .map_or(note, str::trim_start)
}

fn obligation_label(repo: &Repo, obligation: &Obligation) -> String {
    let locale = repo.config.locale;
    match &obligation.kind {
        ObligationKind::Periodic(period) => locale::period(locale, *period),
        ObligationKind::Standing => locale::standing_obligation(locale, None),
        ObligationKind::Review(after) => locale::standing_obligation(locale, Some(*after)),
        // The date only: the item may be restricted, and its title must not show.
        ObligationKind::Event(id) => locale::event_obligation(locale, repo.item(id).and_then(|item| item.event)),
        ObligationKind::AnnualReport(year) => match locale {
            crate::model::config::Locale::ZhCn => format!("{year}年度党务公开工作报告"),
            crate::model::config::Locale::En => format!("the annual report of {year}"),
        },
    }
}

/// What [`write_bulletin`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BulletinStatus {
    /// The files did not exist and were written.
    Created,
    /// The files existed, differed, and were rewritten.
    Updated,
    /// The files already hold exactly this bulletin.
    Unchanged,
    /// The bulletin was announced, the files differ, and nothing was written (no `force`).
    Frozen,
}

/// The result of [`write_bulletin`].
#[derive(Debug, Clone)]
pub struct BulletinOutcome {
    /// The quarter.
    pub quarter: Period,
    /// What happened.
    pub status: BulletinStatus,
    /// The Markdown file, relative to the repository root (`bulletins/2026-Q1.md`).
    pub markdown_path: String,
    /// The HTML file, relative to the repository root.
    pub html_path: String,
    /// The quarter's last day.
    pub quarter_end: NaiveDate,
    /// The day a members' meeting announced the bulletin (by the as-of date); from then
    /// on it is frozen.
    pub announced_on: Option<NaiveDate>,
    /// A unified diff of the Markdown (or, when only the HTML differs, of the HTML) from
    /// the file on disk to the new bulletin; empty when nothing differs or nothing existed.
    pub diff: String,
}

/// The folder of bulletins and the two paths of one quarter's, relative to the root.
pub fn bulletin_paths(repo: &Repo, quarter: Period) -> (String, String) {
    let folder = repo.config.bulletin_dir.trim_end_matches('/');
    (format!("{folder}/{quarter}.md"), format!("{folder}/{quarter}.html"))
}

/// Builds the bulletin of `quarter` and writes `bulletin_dir/QUARTER.md` and `.html`
/// atomically. A bulletin announced at a members' meeting (by `as_of`) is a record: if
/// it exists and differs, nothing is written and the outcome is
/// [`BulletinStatus::Frozen`] with the diff, unless `force`. A bulletin not yet
/// announced is always brought up to date (this is what `publish` uses).
pub fn write_bulletin(repo: &Repo, obligations: &[Obligation], quarter: Period, as_of: NaiveDate, force: bool) -> Result<BulletinOutcome> {
    let bulletin = build_bulletin(repo, obligations, quarter, as_of)?;
    write_planned(repo, plan_bulletin(repo, bulletin, quarter, as_of, force)?)
}

/// What writing a built bulletin would do, worked out from the files on disk (read
/// once): the outcome it would have and the bulletin to write. `publish` shows the plan
/// in a dry run and carries it out otherwise ([`write_planned`]); nothing reads the
/// bulletin files a second time.
#[derive(Debug, Clone)]
pub struct BulletinPlan {
    /// What writing will do (or, for [`BulletinStatus::Frozen`] and
    /// [`BulletinStatus::Unchanged`], why nothing is written).
    pub outcome: BulletinOutcome,
    /// The bulletin, as built.
    pub bulletin: Bulletin,
    write_markdown: bool,
    write_html: bool,
}

/// Plans writing `bulletin` (built by [`build_bulletin`] for the same repository, quarter
/// and date) to `bulletin_dir/QUARTER.md` and `.html`: see [`write_bulletin`] for what is
/// written when.
pub fn plan_bulletin(repo: &Repo, bulletin: Bulletin, quarter: Period, as_of: NaiveDate, force: bool) -> Result<BulletinPlan> {
    let (markdown_path, html_path) = bulletin_paths(repo, quarter);
    let old_md = read_existing(&repo.root.join(&markdown_path))?;
    let old_html = read_existing(&repo.root.join(&html_path))?;
    let mut outcome = BulletinOutcome {
        quarter,
        status: BulletinStatus::Created,
        markdown_path,
        html_path,
        quarter_end: quarter.end(),
        announced_on: announcement(&repo.meetings, quarter, as_of).map(|meeting| meeting.on),
        diff: String::new(),
    };
    let md_same = old_md.as_deref() == Some(bulletin.markdown.as_bytes());
    let html_same = old_html.as_deref() == Some(bulletin.html.as_bytes());
    let write = if md_same && html_same {
        outcome.status = BulletinStatus::Unchanged;
        false
    } else if old_md.is_some() || old_html.is_some() {
        outcome.diff = if md_same {
            unified_diff(old_html.as_deref().unwrap_or_default(), &bulletin.html, &outcome.html_path)
        } else {
            unified_diff(old_md.as_deref().unwrap_or_default(), &bulletin.markdown, &outcome.markdown_path)
        };
        if outcome.announced_on.is_some() && !force {
            outcome.status = BulletinStatus::Frozen;
            false
        } else {
            outcome.status = BulletinStatus::Updated;
            true
        }
    } else {
        true
    };
    Ok(BulletinPlan {
        outcome,
        bulletin,
        write_markdown: write && !md_same,
        write_html: write && !html_same,
    })
}

/// Carries out a [`BulletinPlan`], writing each file atomically.
pub fn write_planned(repo: &Repo, plan: BulletinPlan) -> Result<BulletinOutcome> {
    if plan.write_markdown {
        write_atomic(&repo.root.join(&plan.outcome.markdown_path), plan.bulletin.markdown.as_bytes())?;
    }
    if plan.write_html {
        write_atomic(&repo.root.join(&plan.outcome.html_path), plan.bulletin.html.as_bytes())?;
    }
    Ok(plan.outcome)
}

fn read_existing(path: &Path) -> Result<Option<Vec<u8>>> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(error).with_context(|| crate::t!("store-could-not-read", path = path.display().to_string())),
    }
}

/// A unified diff from the bytes on disk to the new text, headed `NAME (on disk)` and `NAME (new)`.
pub fn unified_diff(old: &[u8], new: &str, name: &str) -> String {
    let old = String::from_utf8_lossy(old);
    similar::TextDiff::from_lines(old.as_ref(), new)
        .unified_diff()
        .context_radius(3)
        .header(&crate::t!("diff-header-on-disk", name = name), &crate::t!("diff-header-new", name = name))
        .to_string()
}

/// The bulletin folder, absolute.
pub fn bulletin_dir(repo: &Repo) -> PathBuf {
    repo.root.join(&repo.config.bulletin_dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_collapse_outside_code() {
        assert_eq!(normalise_blank_lines("a\n\n\n\nb\n```\n\n\n```\n\n"), "a\n\nb\n```\n\n\n```\n");
        assert_eq!(normalise_blank_lines("a  \nb"), "a  \nb\n");
    }
}
