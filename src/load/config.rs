//! disclose.toml → [`Config`].

use std::path::{Component, Path};

use crate::diag::{Code, Finding, Findings};
use crate::load::context::FileContext;
use crate::load::raw::{RawApproval, RawApprovals, RawConfig};
use crate::load::source::{parse_toml, KeyPositions, SourceText};
use crate::model::config::{Approval, Locale, Roles};
use crate::model::Config;
use crate::rules::folders;

/// The feedback channels accepted when disclose.toml lists none.
pub const DEFAULT_CHANNELS: [&str; 4] = ["hotline", "suggestion-box", "reception-day", "letter"];

/// How many days after its date a stamp may first be committed before `audit` calls it
/// backdated, when `[audit] grace_days` is not given.
pub const DEFAULT_GRACE_DAYS: u32 = 7;

/// Parses disclose.toml of the repository at `root`. On a parse failure the findings say
/// why and `None` is returned.
pub fn parse_config(root: &Path, source: &SourceText, findings: &mut Findings) -> Option<Config> {
    let raw: RawConfig = parse_toml(&source.file, &source.text, 0, findings)?;
    let keys = KeyPositions::scan(&source.file, &source.text, 0);
    let mut cx = FileContext { keys: &keys, findings };
    let locale = match raw.organisation.locale.as_deref() {
        None => Locale::ZhCn,
        Some(tag) => cx.choice("organisation.locale", tag, Locale::from_tag, &["zh-CN", "en"]).unwrap_or_default(),
    };
    cx.non_empty("organisation.name", &raw.organisation.name);
    let approvals = approvals(raw.approval.map(RawApprovals::into_vec).unwrap_or_default(), &mut cx);
    let roles = raw.roles.map(|roles| Roles {
        reviewers: roles.reviewers,
        approvers: roles.approvers,
    });
    let leading = raw.leading_group;
    let feedback = raw.feedback;
    let requests = raw.requests;
    let publish = raw.publish;
    let announce_from = raw
        .bulletin
        .as_ref()
        .and_then(|b| b.announce_from.as_ref())
        .and_then(|d| cx.date("bulletin.announce_from", Some(d)));
    let announce_within_days = raw.bulletin.as_ref().and_then(|b| b.announce_within_days).unwrap_or(30);
    if announce_within_days == 0 || announce_within_days > 90 {
        cx.report(
            "bulletin.announce_within_days",
            Code::InvalidValue,
            crate::t!("invalid-value-announce-days", days = announce_within_days),
            crate::t!("invalid-value-announce-days-help"),
        );
    }
    let annual_due = match raw.report.as_ref().and_then(|r| r.annual_due.as_deref()) {
        None => (1, 31),
        Some(text) => parse_month_day(text).unwrap_or_else(|| {
            cx.report(
                "report.annual_due",
                Code::InvalidValue,
                crate::t!("invalid-value-annual-due", value = text),
                crate::t!("invalid-value-annual-due-help"),
            );
            (1, 31)
        }),
    };
    let channels = feedback
        .as_ref()
        .and_then(|f| f.channels.clone())
        .unwrap_or_else(|| DEFAULT_CHANNELS.iter().map(|c| (*c).to_string()).collect());
    let config = Config {
        name: raw.organisation.name,
        short_name: raw.organisation.short_name,
        address: raw.organisation.address,
        locale,
        leader: leading.as_ref().map(|l| l.leader.clone()).unwrap_or_default(),
        deputies: leading.as_ref().map(|l| l.deputies.clone()).unwrap_or_default(),
        members: leading.as_ref().map(|l| l.members.clone()).unwrap_or_default(),
        approvals,
        roles,
        hotline: feedback.as_ref().and_then(|f| f.hotline.clone()),
        channels,
        reception_day: feedback.as_ref().and_then(|f| f.reception_day.clone()),
        suggestion_box: feedback.as_ref().and_then(|f| f.suggestion_box.clone()),
        working_days: feedback.as_ref().and_then(|f| f.working_days).unwrap_or(15),
        request_working_days: requests.as_ref().and_then(|r| r.working_days).unwrap_or(3),
        request_max_working_days: requests.as_ref().and_then(|r| r.max_working_days).unwrap_or(10),
        site_dir: publish.as_ref().and_then(|p| p.site_dir.clone()).unwrap_or_else(|| "site".to_string()),
        bulletin_dir: publish.as_ref().and_then(|p| p.bulletin_dir.clone()).unwrap_or_else(|| "bulletins".to_string()),
        require_review: publish.as_ref().and_then(|p| p.require_review).unwrap_or(false),
        require_approval: publish.as_ref().and_then(|p| p.require_approval).unwrap_or(true),
        audit_grace_days: raw.audit.and_then(|a| a.grace_days).unwrap_or(DEFAULT_GRACE_DAYS),
        base_url: publish
            .as_ref()
            .and_then(|p| p.base_url.as_deref())
            .and_then(|url| checked_base_url(url, &mut cx)),
        max_attachment_mib: publish.as_ref().and_then(|p| p.max_attachment_mib).unwrap_or(20),
        max_item_attachments_mib: publish.as_ref().and_then(|p| p.max_item_attachments_mib).unwrap_or(50),
        announce_within_days,
        announce_from,
        annual_due,
    };
    check_output_folders(root, &config, &mut cx);
    if let Some(why) = crate::obligations::deadline::Limit::WorkingDays(config.working_days).out_of_range() {
        cx.report(
            "feedback.working_days",
            Code::LimitOutOfRange,
            crate::t!("limit-out-of-range-working-days", days = config.working_days, why = why),
            crate::t!("working-days-help"),
        );
    }
    if config.working_days == 0 {
        cx.report(
            "feedback.working_days",
            Code::InvalidValue,
            crate::t!("invalid-value-working-days-zero"),
            crate::t!("working-days-help"),
        );
    }
    check_request_limits(&config, &mut cx);
    Some(config)
}

/// `[requests]`: a limit from 1 working day, and a longest limit not shorter than it.
fn check_request_limits(config: &Config, cx: &mut FileContext<'_>) {
    let (days, max) = (config.request_working_days, config.request_max_working_days);
    for (key, value) in [("requests.working_days", days), ("requests.max_working_days", max)] {
        if let Some(why) = crate::obligations::deadline::Limit::WorkingDays(value).out_of_range() {
            cx.report(
                key,
                Code::LimitOutOfRange,
                crate::t!("feedback-config-requests-range", key = key, value = value, why = why),
                crate::t!("feedback-config-requests-help"),
            );
        }
    }
    if days == 0 || max < days {
        cx.report(
            "requests.working_days",
            Code::InvalidValue,
            crate::t!("feedback-config-requests-order", days = days, max = max),
            crate::t!("feedback-config-requests-help"),
        );
    }
}

/// `"MM-DD"` → (month, day), for a day that exists in every year (so not 02-29).
fn parse_month_day(text: &str) -> Option<(u32, u32)> {
    let (month, day) = text.split_once('-')?;
    let (month, day) = (month.parse().ok()?, day.parse().ok()?);
    (chrono::NaiveDate::from_ymd_opt(2025, month, day).is_some()).then_some((month, day))
}

/// The approvals, oldest first; one dated before the one written above it is an error
/// (the history is kept in the order the approvals were given).
fn approvals(raw: Vec<RawApproval>, cx: &mut FileContext<'_>) -> Vec<Approval> {
    let mut list: Vec<Approval> = Vec::new();
    for approval in raw {
        let Some(approved_on) = cx.date("approval.approved_on", Some(&approval.approved_on)) else {
            continue;
        };
        if let Some(previous) = list.last().filter(|previous| previous.approved_on > approved_on) {
            let message = crate::t!(
                "config-invalid-approval-order",
                on = approved_on.to_string(),
                previous = previous.approved_on.to_string()
            );
            cx.report("approval", Code::ConfigInvalid, message, crate::t!("config-invalid-approval-order-help"));
        }
        list.push(Approval {
            approved_on,
            approved_by: approval.approved_by,
            digest: approval.digest,
            meeting: approval.meeting,
            parts: approval.parts,
            rules: approval.rules,
            location: cx.at("approval"),
        });
    }
    list
}

/// Output folders must be plain relative folders inside the repository, and may not
/// overlap each other or the repository's own folders, compared by their real location
/// (see [`crate::rules::folders`]).
fn check_output_folders(root: &Path, config: &Config, cx: &mut FileContext<'_>) {
    let mut plain = true;
    for (key, dir) in [("publish.site_dir", &config.site_dir), ("publish.bulletin_dir", &config.bulletin_dir)] {
        if !is_plain_relative(dir) {
            plain = false;
            cx.report(
                key,
                Code::ConfigInvalid,
                crate::t!("config-invalid-folder", key = key, dir = dir.as_str()),
                crate::t!("config-invalid-folder-help"),
            );
        }
    }
    if !plain {
        return;
    }
    for conflict in folders::conflicts(root, &folders::configured_outputs(config)) {
        let at = cx.at(conflict.key.as_deref().unwrap_or("publish"));
        cx.findings
            .push(Finding::new(Code::ConfigInvalid, conflict.message).at(&at).help(conflict.help));
    }
}

/// `[publish] base_url`: an `http://` or `https://` address with a host and no query,
/// fragment or spaces, returned ending with `/` (so that page paths join onto it).
/// Anything else is reported, and the board gets no QR codes.
fn checked_base_url(url: &str, cx: &mut FileContext<'_>) -> Option<String> {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    let host = rest.map(|rest| rest.split('/').next().unwrap_or_default());
    let problem = if rest.is_none() {
        Some(crate::t!("config-invalid-base-url-scheme", url = url))
    } else if host.is_some_and(str::is_empty) {
        Some(crate::t!("config-invalid-base-url-host", url = url))
    } else if url.contains(['?', '#']) {
        Some(crate::t!("config-invalid-base-url-query", url = url))
    } else if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        Some(crate::t!("config-invalid-base-url-space", url = url))
    } else {
        None
    };
    if let Some(problem) = problem {
        cx.report("publish.base_url", Code::ConfigInvalid, problem, crate::t!("config-invalid-base-url-help"));
        return None;
    }
    Some(if url.ends_with('/') { url.to_string() } else { format!("{url}/") })
}

/// True for a relative path made only of normal components.
pub fn is_plain_relative(dir: &str) -> bool {
    let path = Path::new(dir);
    !dir.trim().is_empty() && path.components().all(|c| matches!(c, Component::Normal(_)))
}
