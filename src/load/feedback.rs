//! feedback/**/*.md → [`Case`].

use crate::diag::{Code, Findings};
use crate::load::context::FileContext;
use crate::load::frontmatter::parse_front_matter;
use crate::load::raw::{RawCase, RawResponse, RawResponses};
use crate::load::source::SourceText;
use crate::model::{Action, ActionKind, Case, CaseKind, CaseStatus, Outcome, Rating, Response, Sender};

/// Parses one feedback case file whose id is `id`.
pub fn parse_case(id: &str, source: &SourceText, findings: &mut Findings) -> Option<Case> {
    let (raw, parts, keys) = parse_front_matter::<RawCase>(source, findings)?;
    let mut cx = FileContext { keys: &keys, findings };
    cx.non_empty("summary", &raw.summary);
    let from = cx.choice(
        "from",
        &raw.from,
        |w| match w {
            "public" => Some(Sender::Public),
            "member" => Some(Sender::Member),
            _ => None,
        },
        &["public", "member"],
    );
    let kind = match raw.kind.as_deref() {
        None => Some(CaseKind::Opinion),
        Some(word) => cx.choice("kind", word, CaseKind::from_word, &["opinion", "request", "correction"]),
    };
    let status = cx.choice(
        "status",
        &raw.status,
        CaseStatus::from_word,
        &["received", "handling", "answered", "closed", "rejected"],
    );
    let mut actions = Vec::new();
    for (index, action) in raw.action.iter().enumerate() {
        let key = |name: &str| format!("action.{index}.{name}");
        let kind = match action.kind.as_deref() {
            None => Some(ActionKind::Log),
            Some(word) => cx.choice(&key("kind"), word, ActionKind::from_word, &["extend", "reject", "reopen", "close"]),
        };
        let Some(on) = cx.date(&key("on"), Some(&action.on)) else { continue };
        let Some(kind) = kind else { continue };
        if kind == ActionKind::Extend && action.days.is_none() {
            cx.report(
                &key("kind"),
                Code::MissingKey,
                crate::t!("missing-key-extension-days"),
                crate::t!("missing-key-extension-days-help"),
            );
        }
        if let Some(why) = action
            .days
            .and_then(|days| crate::obligations::deadline::Limit::WorkingDays(days).out_of_range())
        {
            cx.report(
                &key("days"),
                Code::LimitOutOfRange,
                crate::t!("limit-out-of-range-extension", why = why),
                crate::t!("limit-out-of-range-extension-help"),
            );
        }
        actions.push(Action {
            on,
            by: action.by.clone(),
            note: action.note.clone(),
            kind,
            days: action.days,
        });
    }
    let raw_responses: Vec<(String, &RawResponse)> = match &raw.response {
        RawResponses::None => Vec::new(),
        RawResponses::One(response) => vec![("response".to_string(), response)],
        RawResponses::Many(list) => list.iter().enumerate().map(|(index, r)| (format!("response.{index}"), r)).collect(),
    };
    let mut responses = Vec::new();
    for (key, response) in raw_responses {
        let rating = response
            .rating
            .as_deref()
            .and_then(|word| cx.choice(&format!("{key}.rating"), word, Rating::from_word, &["satisfied", "partly", "unsatisfied"]));
        let rated_on = response.rated_on.as_ref().and_then(|on| cx.date(&format!("{key}.rated_on"), Some(on)));
        let outcome = response.outcome.as_deref().and_then(|word| {
            cx.choice(
                &format!("{key}.outcome"),
                word,
                Outcome::from_word,
                &["disclosed", "not-disclosed", "not-held", "corrected", "refused"],
            )
        });
        let correction_on = response
            .correction_on
            .as_ref()
            .and_then(|on| cx.date(&format!("{key}.correction_on"), Some(on)));
        if let Some(on) = cx.date(&format!("{key}.on"), Some(&response.on)) {
            responses.push(Response {
                on,
                text: response.text.clone(),
                public: response.public,
                rating,
                outcome,
                item: response.item.clone(),
                correction_on,
                rated_on,
                rated_by: response.rated_by.clone(),
                key,
            });
        }
    }
    let received_on = cx.date("received_on", Some(&raw.received_on));
    let due_on = cx.date("due_on", Some(&raw.due_on));
    Some(Case {
        id: id.to_string(),
        file: source.file.clone(),
        kind: kind?,
        received_on: received_on?,
        channel: raw.channel,
        from: from?,
        name: raw.name,
        contact: raw.contact,
        about: raw.about,
        summary: raw.summary,
        due_on: due_on?,
        status: status?,
        actions,
        responses,
        body: parts.body.to_string(),
        keys: keys.clone().into_owned(),
    })
}
