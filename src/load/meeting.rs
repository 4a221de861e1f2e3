//! meetings/**/*.md → [`Meeting`]: TOML front matter, then the minutes as Markdown.

use crate::diag::{Code, Findings};
use crate::load::context::FileContext;
use crate::load::frontmatter::parse_front_matter;
use crate::load::raw::{RawMeeting, RawPeriod};
use crate::load::source::SourceText;
use crate::model::meeting::{Meeting, MeetingKind};
use crate::obligations::period::{Period, PeriodKind};

/// Parses one meeting file whose id is `id`.
pub fn parse_meeting(id: &str, source: &SourceText, findings: &mut Findings) -> Option<Meeting> {
    let (raw, _parts, keys) = parse_front_matter::<RawMeeting>(source, findings)?;
    let mut cx = FileContext { keys: &keys, findings };
    let kind = cx.choice("kind", &raw.kind, MeetingKind::from_word, &["members", "leading-group"]);
    let on = cx.date("on", Some(&raw.on));
    let bulletin = match raw.bulletin {
        None => None,
        Some(written) => {
            let text = match written {
                RawPeriod::Text(text) => text.to_string(),
                RawPeriod::Year(year) => year.to_string(),
            };
            match text.parse::<Period>() {
                Ok(period) if period.kind == PeriodKind::Quarter => Some(period),
                _ => {
                    cx.report(
                        "bulletin",
                        Code::BadPeriod,
                        crate::t!("bad-period-meeting-bulletin", value = text.as_str()),
                        crate::t!("bad-period-meeting-bulletin-help"),
                    );
                    None
                }
            }
        }
    };
    if bulletin.is_some() && kind == Some(MeetingKind::LeadingGroup) {
        cx.report(
            "bulletin",
            Code::InvalidValue,
            crate::t!("invalid-value-meeting-bulletin"),
            crate::t!("invalid-value-meeting-bulletin-help"),
        );
    }
    if let (Some(attended), Some(of)) = (raw.attended, raw.of) {
        if attended > of {
            cx.report(
                "attended",
                Code::InvalidValue,
                crate::t!("invalid-value-attended", attended = attended, of = of),
                crate::t!("invalid-value-attended-help"),
            );
        }
    }
    Some(Meeting {
        id: id.to_string(),
        file: source.file.clone(),
        kind: kind?,
        on: on?,
        bulletin,
        attended: raw.attended,
        of: raw.of,
        decisions: raw.decisions,
        location: cx.at("kind"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (Option<Meeting>, Findings) {
        let mut findings = Findings::new();
        let source = SourceText {
            file: "meetings/2026/2026-04-10-members.md".into(),
            text: text.into(),
        };
        (parse_meeting("2026-04-10-members", &source, &mut findings), findings)
    }

    #[test]
    fn a_members_meeting_announcing_a_bulletin() {
        let (meeting, findings) = parse("+++\nkind = \"members\"\non = 2026-04-10\nbulletin = \"2026-Q1\"\nattended = 20\nof = 23\ndecisions = [\"通报一季度党务公开情况\"]\n+++\n会议记录。\n");
        assert!(findings.is_empty(), "{findings:?}");
        let meeting = meeting.unwrap();
        assert_eq!(
            (meeting.kind, meeting.bulletin.map(|p| p.to_string())),
            (MeetingKind::Members, Some("2026-Q1".into()))
        );
        assert_eq!(meeting.decisions.len(), 1);
    }

    #[test]
    fn wrong_values_are_findings() {
        let (_, findings) = parse("+++\nkind = \"leading-group\"\non = 2026-04-10\nbulletin = \"2026-H1\"\n+++\n");
        assert_eq!(findings.errors(), 1, "{findings:?}");
        let (_, findings) = parse("+++\nkind = \"leading-group\"\non = 2026-04-10\nbulletin = \"2026-Q1\"\nattended = 5\nof = 3\n+++\n");
        assert_eq!(findings.errors(), 2, "{findings:?}");
        let (meeting, findings) = parse("+++\nkind = \"assembly\"\non = 2026-04-10\n+++\n");
        assert!(meeting.is_none() && findings.errors() == 1, "{findings:?}");
    }
}
