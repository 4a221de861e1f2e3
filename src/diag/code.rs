//! The stable finding codes: one list, each code with its kebab-case name, level and
//! one-line description. The README's findings table is generated from this list.

use serde::Serialize;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Blocks `check` (exit 1) and `publish`.
    Error,
    /// Reported; fails `check` only with `--strict`.
    Warning,
}

impl Level {
    /// The lowercase word used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
        }
    }
}

macro_rules! codes {
    ($( $(#[$doc:meta])* $variant:ident = $name:literal, $level:ident, $desc:literal; )*) => {
        /// Every kind of problem the tool reports. Names are stable: scripts and the
        /// README depend on them.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $( $(#[$doc])* $variant, )*
        }

        impl Code {
            /// Every code, in the order of the README table.
            pub const ALL: &'static [Code] = &[ $( Code::$variant, )* ];

            /// The stable kebab-case name.
            pub fn name(self) -> &'static str {
                match self { $( Code::$variant => $name, )* }
            }

            /// The level a finding of this code has.
            pub fn level(self) -> Level {
                match self { $( Code::$variant => Level::$level, )* }
            }

            /// One line saying what the code means.
            pub fn description(self) -> &'static str {
                match self { $( Code::$variant => $desc, )* }
            }

            /// What the code means in the terminal's language (the catalogue's
            /// `code-<name>`), as `disclose codes` prints it; [`Code::description`] is
            /// the English line of the README's table.
            pub fn explanation(self) -> String {
                crate::i18n::lookup(&format!("code-{}", self.name())).unwrap_or_else(|| self.description().to_string())
            }

            /// The code with this name, if any.
            pub fn from_name(name: &str) -> Option<Code> {
                Code::ALL.iter().copied().find(|code| code.name() == name)
            }
        }
    };
}

codes! {
    /// A file is not UTF-8 text.
    NotUtf8 = "not-utf8", Error, "A file is not UTF-8 text (for example GBK or UTF-16 saved by a Windows editor).";
    /// A TOML file or front matter does not parse.
    TomlSyntax = "toml-syntax", Error, "A TOML file or an item's front matter is not valid TOML.";
    /// A key that the format does not know.
    UnknownKey = "unknown-key", Error, "A key that the format does not know (often a misspelling).";
    /// A key the format needs is missing.
    MissingKey = "missing-key", Error, "A required key is missing.";
    /// A value of the wrong type or outside the allowed values.
    InvalidValue = "invalid-value", Error, "A value has the wrong type or is not one of the allowed values.";
    /// An item or case file without `+++` front matter.
    MissingFrontMatter = "missing-front-matter", Error, "An item or feedback file does not start with `+++` TOML front matter.";
    /// A symbolic link that is not followed.
    SymlinkSkipped = "symlink-skipped", Warning, "A symbolic link leads outside the repository or in a loop, and was not followed.";
    /// An id that is not the safe ASCII form.
    BadId = "bad-id", Error, "An id, category code or file name is not made of ASCII letters, digits, `.`, `-` and `_`.";
    /// Two things share one id.
    DuplicateId = "duplicate-id", Error, "Two entries, items or cases share one id (ids are compared ignoring case).";
    /// An item names an entry the catalogue does not have.
    UnknownEntry = "unknown-entry", Error, "An item names an entry that the catalogue does not have.";
    /// A reference (`supersedes`, `about`) to nothing.
    UnknownReference = "unknown-reference", Error, "`supersedes` or `about` names an item or entry that does not exist.";
    /// Period, event, matter or stage fields that do not fit the entry's cadence.
    CadenceMismatch = "cadence-mismatch", Error, "An item's period, event, matter or stage does not fit its entry's cadence.";
    /// A period that does not parse or is of the wrong kind.
    BadPeriod = "bad-period", Error, "A period is not of the form 2026-03, 2026-Q1, 2026-H1 or 2026, or not of the entry's kind.";
    /// An item widens its entry's scope.
    ScopeWidened = "scope-widened", Error, "An item's scope is wider than its entry's (public > members > restricted).";
    /// A restricted item without an audience.
    MissingAudience = "missing-audience", Error, "A restricted item does not say to whom it is disclosed (`audience`).";
    /// An entry's deadline rule is missing or doubled.
    DeadlineRule = "deadline-rule", Error, "An entry needs exactly one of `due_days` and `due_working_days`.";
    /// An entry field that does not fit its cadence.
    EntryCadence = "entry-cadence", Error, "An entry's `period` or `review_months` does not fit its cadence.";
    /// Dates in the wrong order.
    DateOrder = "date-order", Error, "Dates are out of order (reviewed after approved, approved after published, …).";
    /// A published item lacks the review or approval that disclose.toml requires.
    MissingApproval = "missing-approval", Error, "A published item lacks the review or approval that disclose.toml requires.";
    /// One person prepared and approved, or reviewed and approved, the same item.
    SameSigner = "same-signer", Warning, "One person prepared and approved, or reviewed and approved, the same item.";
    /// A catalogue that was never approved.
    CatalogueUnapproved = "catalogue-unapproved", Warning, "The catalogue has not been approved by the leading group; no obligations are computed.";
    /// A catalogue whose meaning changed since its approval.
    CatalogueChanged = "catalogue-changed", Error, "The catalogue's meaning changed since the leading group approved it.";
    /// A mobile number or resident ID number in public text.
    PersonalData = "personal-data", Error, "Public text holds a mainland mobile number or resident ID number.";
    /// A public case's summary or answer names its person or gives their contact.
    CaseIdentityPublic = "case-identity-public", Error, "A public feedback case's summary or answer holds the person's own `name` or `contact`.";
    /// An obligation past its due date and not met.
    ObligationOverdue = "obligation-overdue", Error, "An obligation is past its due date and nothing was published for it.";
    /// An obligation met after its due date.
    ObligationLate = "obligation-late", Warning, "An obligation was met, but after its due date.";
    /// A feedback case past its limit and not answered.
    FeedbackOverdue = "feedback-overdue", Error, "A feedback case is past its time limit (限时办结) and was not answered.";
    /// A request (依申请公开) or correction request (更正申请) past its limit and not decided.
    RequestOverdue = "request-overdue", Error, "A request to disclose (依申请公开) or a correction request (更正申请) is past its time limit and was not decided.";
    /// A decision that does not fit its case.
    RequestDecision = "request-decision", Error, "A decision on a request or correction request is missing, of the wrong kind, or names an item or correction that does not exist.";
    /// A request's extension past `[requests] max_working_days`.
    RequestExtension = "request-extension", Error, "A request's or correction request's one extension makes its limit longer than `[requests] max_working_days` (default 10 working days).";
    /// A feedback case whose fields contradict its status.
    FeedbackState = "feedback-state", Error, "A feedback case's status does not agree with its log and response.";
    /// A feedback channel not listed in disclose.toml.
    UnknownChannel = "unknown-channel", Error, "A feedback case names a channel that disclose.toml does not list.";
    /// A year that no working-day calendar covers.
    CalendarMissingYear = "calendar-missing-year", Warning, "A deadline falls in a year no working-day calendar covers; it was computed on weekends alone.";
    /// A calendar file that contradicts itself.
    CalendarInvalid = "calendar-invalid", Error, "A calendar file lists a day that cannot be what it says.";
    /// A file too large to be a disclosure.
    FileTooLarge = "file-too-large", Error, "A file is larger than any disclosure should be (over 10 MiB) and was not read.";
    /// Settings that cannot work together.
    ConfigInvalid = "config-invalid", Error, "disclose.toml settings that cannot work (for example the bulletin folder inside the site folder).";
    /// A date first committed well after the date it claims.
    BackdatedStamp = "backdated-stamp", Error, "`audit`: a signature, stamp or case date was first committed more than `[audit] grace_days` after the date it claims.";
    /// A published item's content changed in a later commit.
    ChangedAfterPublication = "changed-after-publication", Error, "A published item's content (title, body, entry, period, scope, attachments, …) changed after publication without a recorded correction (`check`), or in a later commit that records none (`audit`).";
    /// Content changed after a signature recorded its digest, before publication.
    ChangedAfterApproval = "changed-after-approval", Error, "An item's content changed after its review or approval recorded the content's digest, and before publication.";
    /// Template placeholder text in an approved or published item.
    PlaceholderText = "placeholder-text", Error, "An approved or published item still holds the template's placeholder text (`【请填写` or `[fill in:`).";
    /// The organisation's identity still as the placeholder `init` wrote.
    PlaceholderIdentity = "placeholder-identity", Error, "The organisation's name, short name, leader, deputies, hotline or an entry's owner is still the placeholder `disclose init` wrote (`【请填写：…】`): nothing is published under a name that is not this organisation's.";
    /// A catalogue change never approved.
    CatalogueChangedUnapproved = "catalogue-changed-unapproved", Error, "`audit`: a change of the approved catalogue was committed and that version was never approved.";
    /// A signature, stamp or record file removed or rewritten.
    RecordRemoved = "record-removed", Error, "`audit`: a signature, stamp, case date or a recorded item or case file was removed or rewritten in a later commit.";
    /// A time limit longer than the tool counts.
    LimitOutOfRange = "limit-out-of-range", Error, "A time limit is longer than the tool counts (3650 days, 2000 working days, 120 months).";
    /// A layout folder that is a file.
    NotAFolder = "not-a-folder", Error, "`items`, `feedback`, `catalogue` or `calendar` is a file, not a folder, so nothing in it is read.";
    /// A template override that cannot be used.
    TemplateInvalid = "template-invalid", Error, "A template in templates/ cannot be used: a symbolic link, over 1 MiB, not UTF-8 or not a valid template.";
    /// An attachment reference to a file that is not there.
    AttachmentMissing = "attachment-missing", Error, "An item's body refers to an attachment file that is not in the item's folder.";
    /// A file reference leaving the item's folder.
    AttachmentOutside = "attachment-outside", Error, "An item's body refers to a file outside the item's own attachment folder.";
    /// A file nothing refers to.
    AttachmentUnreferenced = "attachment-unreferenced", Warning, "A file in an item's attachment folder that the body does not refer to (it is never published).";
    /// A file or an item's files too large.
    AttachmentTooLarge = "attachment-too-large", Error, "An attachment, or an item's attachments together, exceed the limits set in `[publish]`.";
    /// A picture that cannot be read as the format of its name.
    AttachmentUnreadable = "attachment-unreadable", Error, "A picture the body refers to cannot be read as the format its name says (a `.jpg` that is not a JPEG, say), so it cannot be published.";
    /// A file name unsafe on Windows or in URLs.
    AttachmentName = "attachment-name", Error, "An attachment's file name is not safe on Windows or in a web address.";
    /// A GPS position in a photo.
    AttachmentGps = "attachment-gps", Warning, "A JPEG attachment carries a GPS position (it is removed before publishing, but stays in the repository).";
    /// A 公示 published too late to run its full period before its decision date.
    NoticeTooShort = "notice-too-short", Error, "A notice (公示) leaves fewer than its `notice_working_days` before its `decision_on` date.";
    /// A quarter's bulletin not announced at a members' meeting in time.
    BulletinNotAnnounced = "bulletin-not-announced", Error, "An ended quarter's bulletin was not announced at a members' meeting within `announce_within_days`.";
    /// An annual report whose 存在问题和改进措施 (or another placeholder) is not written yet.
    ReportPlaceholder = "report-placeholder", Error, "An annual report in reports/ still holds a `【请填写：…】` placeholder for the leading group to write.";
}

#[cfg(test)]
mod tests {
    use super::Code;
    use std::collections::HashSet;

    #[test]
    fn names_are_unique_kebab_case_and_round_trip() {
        let mut seen = HashSet::new();
        for code in Code::ALL {
            let name = code.name();
            assert!(seen.insert(name), "duplicate code name {name}");
            assert!(name.chars().all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit()));
            assert_eq!(Code::from_name(name), Some(*code));
            assert!(code.description().ends_with('.'));
        }
    }
}
