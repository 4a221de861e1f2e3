# The terminal's words: every sentence `disclose` prints, in this language.
# One section per area of the code; a finding's messages start with its code
# (`unknown-key`, `unknown-key-help`, …), so each text stays with its code.
# Keep the same ids and the same { $arguments } in every language (a test checks).

## general: the command line, the summary lines, words used everywhere

cli-lang-unknown = no language "{ $value }": write zh-CN (Chinese) or en (English)

summary-counts = { $errors } { $errors ->
    [one] error
   *[other] errors
}, { $warnings } { $warnings ->
    [one] warning
   *[other] warnings
}
summary-no-problems = no problems found
level-error = error
level-warning = warning
finding-entry = entry { $entry }
finding-period = period { $period }
finding-due = due { $due }
finding-help = help:
list-separator = {", "}

error-label = error:
error-caused-by = caused by:
cli-help-value = { $value }: { $meaning }
cli-help-value-separator = {"; "}
cli-help-possible-values = { $help }. Possible values: { $values }
cli-help-default = { $help } (default: { $value })
cli-heading-usage = Usage:
cli-heading-commands = Commands:
cli-heading-arguments = Arguments:
cli-heading-options = Options:
cli-usage-command = COMMAND
cli-error-tip = tip:
cli-error-usage = Usage: { $usage }
cli-error-more = For more information, try '{ $flag }'.
cli-error-quoted = '{ $text }'
cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-value-missing = a value is required for '{ $arg }' but none was supplied
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-error-possible-values = [possible values: { $values }]
cli-error-value-validation = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-error-missing-required = the following required arguments were not provided:
cli-error-invalid-subcommand = unrecognized subcommand '{ $name }'
cli-error-missing-subcommand = '{ $name }' requires a subcommand but one was not provided
cli-error-subcommands = [subcommands: { $values }]
cli-error-repeated = the argument '{ $arg }' cannot be used multiple times
cli-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-error-conflict-list = the argument '{ $arg }' cannot be used with:
cli-error-conflict-other = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
cli-error-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-error-similar-subcommand = { $count ->
    [one] a similar subcommand exists
   *[other] some similar subcommands exist
}: { $names }
cli-error-similar-argument = { $count ->
    [one] a similar argument exists
   *[other] some similar arguments exist
}: { $names }
cli-error-similar-value = { $count ->
    [one] a similar value exists
   *[other] some similar values exist
}: { $names }
cli-date-invalid = "{ $text }" is not a date: write it as YYYY-MM-DD, like 2026-03-31
cli-date-out-of-range = { $text } is too far from today: use a year between 1900 and 2999
internal-error-at = disclose stopped on an internal problem ({ $file }:{ $line }): { $message }
internal-error = disclose stopped on an internal problem: { $message }
internal-error-help = this is a bug, not a problem with your files; please report it with the command you ran
context-no-folder = the folder { $dir } does not exist
context-no-folder-help = check the path given with -C
context-no-repository-help = run `disclose init` to create a repository here, or use -C DIR to point at one
context-format-unsupported = `disclose { $command }` does not write --format { $format }
context-format-unsupported-help = use one of: { $formats }
context-config-unreadable = disclose.toml could not be read
context-unknown-entry = the catalogue has no entry "{ $id }"
context-unknown-entry-help = choose one of: { $ids }
context-locked = another disclose command is working in this repository ({ $holder }); nothing was changed
context-locked-help = wait for it to finish and run this again; if no disclose command is running (one was stopped before it could clean up), remove the stale lock: rm { $path }
context-locked-stale = a disclose command ({ $holder }) was stopped before it could remove its lock: that process no longer runs; nothing was changed
context-locked-stale-help = remove the stale lock and run this again: rm { $path }
context-lock-not-a-file = { $path } is not a file: disclose keeps its lock file there; nothing was changed
context-lock-not-a-file-help = move it away or remove it (a folder: rmdir { $path }, once nothing of yours is in it), then run this again
context-locked-holder = disclose { $command }, process { $pid }
context-locked-holder-unknown = its lock file does not say which command
context-lock-create-failed = could not create the lock file { $path }
cli-about = Runs a party organisation's mandatory disclosure work (党务公开) from a git repository of plain text
cli-arg-dir = Work in this repository instead of the nearest one upward from here
cli-arg-as-of = Use this date as today (YYYY-MM-DD), so results are reproducible
cli-arg-format = Output format for reports
cli-arg-lang = The terminal's language: zh-CN (the default) or en; without it, the environment's (see the README). The board and the bulletin keep the organisation's
cli-arg-help = Print help
cli-arg-help-short = Print help (see more with '--help')
cli-arg-help-long = Print help (see a summary with '-h')
cli-arg-version = Print version
cli-help-about = Print this message or the help of the given subcommand(s)
cli-help-arg-subcommand = Print help for the subcommand(s)
cli-format-text = For people
cli-format-json = One JSON document
cli-format-github = GitHub workflow annotations (check)
cli-format-csv = Comma-separated values (archive, report)
cli-format-html = A self-contained HTML page (report)
cli-format-ics = iCalendar (next)
cli-shell-bash = Bash
cli-shell-zsh = Zsh
cli-shell-fish = Fish
cli-shell-powershell = PowerShell
cli-init-about = Create a new repository with the default catalogue
cli-init-arg-folder = The folder (created if missing; default: here)
cli-check-about = Check every file, every rule and every deadline
cli-check-arg-strict = Fail on warnings too
cli-status-about = The secretary's to-do list: overdue, due soon, waiting for review or approval
cli-new-about = Start a new item from its entry's template
cli-new-arg-entry = The catalogue entry, like 3.5 (asked for on a terminal when missing)
cli-new-arg-period = Periodic entries: the period, like 2026-Q1
cli-new-arg-event = Immediate and staged entries: when the matter happened
cli-new-arg-matter = Staged entries: the matter the stages belong to
cli-new-arg-stage = Staged entries: this stage's label
cli-new-arg-final-stage = Staged entries: this is the last stage
cli-new-arg-title = The title (default: from the entry and period)
cli-new-arg-by = Who drafts it (提出); default: the entry's owner
cli-new-arg-supersedes = Standing entries: the id of the item this one replaces
cli-new-arg-edit = Open the new file in $EDITOR
cli-new-arg-with-files = Also create the item's attachment folder (`items/2026/ID/`) for its pictures and files
cli-review-about = Record 审核 (review, including the secrecy review) on items
cli-review-arg-ids = The item ids
cli-review-arg-by = Who signs
cli-review-arg-on = When (default: today)
cli-approve-about = Record 审批 (approval) on items
cli-approve-arg-ids = The item ids
cli-approve-arg-by = Who signs
cli-approve-arg-on = When (default: today)
cli-correct-about = Record a correction (更正) of a published item whose content was changed
cli-correct-arg-id = The published item's id
cli-correct-arg-reason = What was untrue or incomplete, and what was corrected (shown on the item page)
cli-correct-arg-by = Who makes the correction (default: the item's approver)
cli-correct-arg-on = When (default: today)
cli-publish-about = Publish approved items and write the board and this quarter's bulletin
cli-publish-arg-dry-run = Say what would change, and change nothing
cli-bulletin-about = Write one quarter's member bulletin
cli-bulletin-arg-quarter = The quarter, like 2026-Q1
cli-bulletin-arg-force = Rewrite an existing bulletin of an ended quarter
cli-catalogue-about = Show or approve the catalogue
cli-catalogue-list-about = List every entry
cli-catalogue-show-about = Show one entry
cli-catalogue-show-arg-id = The entry id
cli-catalogue-approve-about = Record the leading group's approval of the catalogue as it is now
cli-catalogue-approve-arg-by = Who approved it (usually 党务公开工作领导小组)
cli-catalogue-approve-arg-on = When (default: the meeting's day with --meeting, else today)
cli-catalogue-approve-arg-meeting = The leading group's meeting that approved it: its file (meetings/2026/…md) or its date
cli-meeting-about = Meetings: the members' meeting that announces a bulletin, the leading group's
cli-meeting-record-about = Record a meeting in meetings/<year>/<date>-<kind>.md (never overwrites one)
cli-meeting-record-arg-kind = Which body met: members (党员大会) or leading-group (领导小组会议)
cli-meeting-record-arg-on = The day it met
cli-meeting-record-arg-bulletin = Members' meetings: the quarter whose bulletin was announced, like 2026-Q3
cli-meeting-record-arg-attended = How many attended
cli-meeting-record-arg-of = Of how many who should have
cli-meeting-record-arg-decisions = A decision taken (repeat for several)
cli-feedback-about = Feedback cases (意见反馈): intake, handling, answers
cli-feedback-new-about = Record a new case; the opinion text comes from standard input or --edit
cli-feedback-new-arg-channel = How it arrived: one of the channels in disclose.toml
cli-feedback-new-arg-summary = A publishable one-line summary
cli-feedback-new-arg-from = Who sent it: public or member
cli-feedback-new-arg-name = The person's name (private)
cli-feedback-new-arg-contact = How to reach them (private)
cli-feedback-new-arg-about = The entry or item it is about
cli-feedback-new-arg-received = When it arrived (default: today)
cli-feedback-new-arg-edit = Write the opinion text in $EDITOR
cli-feedback-log-about = Add a step to the handling log
cli-feedback-log-arg-id = The case id
cli-feedback-log-arg-note = What was done
cli-feedback-log-arg-by = Who did it
cli-feedback-log-arg-on = When (default: today)
cli-feedback-respond-about = Record the answer fed back
cli-init-arg-name = The organisation's full name (党组织全称)
cli-init-arg-short-name = The short name for page titles (简称)
cli-init-arg-address = The address shown on the board (optional)
cli-init-arg-leader = The leading group's leader (组长, the branch secretary), also each entry's owner (责任人) until the catalogue names another
cli-init-arg-deputies = A deputy leader (副组长); repeat for each
cli-init-arg-hotline = The feedback hotline shown on the board (意见热线)
cli-feedback-new-arg-kind = What kind of case: opinion (意见建议), request (依申请公开) or correction (更正申请)
cli-feedback-decide-about = Record the decision on a request (依申请公开) or a correction request (更正申请)
cli-feedback-decide-arg-id = The case id
cli-feedback-decide-arg-outcome = A request: disclosed, not-disclosed or not-held; a correction request: corrected or refused
cli-feedback-decide-arg-item = The item that discloses (disclosed) or was corrected with `disclose correct` (corrected)
cli-feedback-decide-arg-reason = The reason (required for not-disclosed and refused), fed back to the person
cli-feedback-decide-arg-public = Show the summary and decision on the public board
cli-feedback-decide-arg-on = When (default: today)
cli-feedback-respond-arg-id = The case id
cli-feedback-respond-arg-text = The answer
cli-feedback-respond-arg-public = Show the summary and answer on the public board
cli-feedback-respond-arg-rating = The person's view, if known: satisfied, partly or unsatisfied
cli-feedback-respond-arg-on = When (default: today)
cli-feedback-extend-about = Extend the limit once, by N working days, with a reason
cli-feedback-extend-arg-id = The case id
cli-feedback-extend-arg-days = Extra working days
cli-feedback-extend-arg-reason = Why
cli-feedback-extend-arg-by = Who did it (written to the handling log)
cli-feedback-extend-arg-on = When (default: today)
cli-feedback-reject-about = Record 不予受理 (not accepted) with the reason
cli-feedback-reject-arg-id = The case id
cli-feedback-reject-arg-reason = Why
cli-feedback-reject-arg-by = Who did it (written to the handling log)
cli-feedback-reject-arg-on = When (default: today)
cli-feedback-rate-about = Record the person's view of the answer (回访)
cli-feedback-rate-arg-id = The case id
cli-feedback-rate-arg-rating = satisfied, partly or unsatisfied
cli-feedback-rate-arg-by = Who recorded it (written as `rated_by`)
cli-feedback-rate-arg-on = When it was recorded (default: today)
cli-feedback-reopen-about = Reopen an answered case with a new limit
cli-feedback-reopen-arg-id = The case id
cli-feedback-reopen-arg-reason = Why
cli-feedback-reopen-arg-by = Who did it (written to the handling log)
cli-feedback-reopen-arg-on = When (default: today)
cli-feedback-close-about = Close an answered case
cli-feedback-close-arg-id = The case id
cli-feedback-close-arg-by = Who did it (written to the handling log)
cli-feedback-close-arg-on = When (default: today)
cli-feedback-list-about = List cases
cli-feedback-list-arg-open = Only cases still open
cli-feedback-list-arg-overdue = Only cases past their limit
cli-feedback-show-about = Show one case
cli-feedback-show-arg-id = The case id
cli-evidence-about = Photos of the posted physical board, kept as evidence (留痕), never published
cli-evidence-add-about = Keep a dated photo of the posted board in evidence/<year>/, its GPS position removed
cli-evidence-add-arg-file = The photo (JPEG, PNG or WebP)
cli-evidence-add-arg-on = The day the photo shows the board
cli-evidence-add-arg-note = What it shows, like "2026年第三季度公开栏"
cli-archive-about = The archive register (档案目录) of a year
cli-archive-arg-year = The year (default: the as-of year)
cli-archive-arg-write = Save it as Markdown and CSV in archive/
cli-report-about = The performance evaluation (绩效评估), for one or several repositories
cli-report-arg-repos = Repositories to report on together (default: this one)
cli-report-arg-year = The year (default: the as-of year)
cli-report-arg-output = Write the output to this file instead of standard output
cli-report-arg-annual = Write the annual report (年度党务公开工作报告) to reports/YEAR.md and .html
cli-report-arg-force = With --annual: rewrite a report that differs from the one on disk
cli-audit-about = Read the record against its git history: backdated stamps, edits after publication, unapproved catalogue changes, removed records
cli-audit-arg-since = Report only what was committed on or after this day (YYYY-MM-DD)
cli-export-about = Write the record (organisation, entries, obligations, items, cases) as JSON Lines, for one repository or several
cli-export-arg-repos = Repositories to export into one stream (default: this one)
cli-explain-about = Show how a due date was derived
cli-explain-arg-target = An entry id (with a period) or an item id
cli-explain-arg-period = The period, for periodic entries (like 2026-Q1)
cli-next-about = Upcoming deadlines, and the next day on which any obligation changes state
cli-next-arg-limit = How many deadlines to list
cli-calendar-about = Working-day arithmetic and the calendars in use
cli-calendar-add-about = Print DATE + N working days (or calendar days)
cli-calendar-add-arg-date = The start day (not counted)
cli-calendar-add-arg-days = How many days
cli-calendar-add-arg-calendar-days = Count calendar days, rolling a non-working last day forward
cli-calendar-show-about = Print a year as a month grid with holidays and make-up working days
cli-calendar-show-arg-year = The year
cli-calendar-years-about = List the years covered and where each came from
cli-codes-about = Explain a finding code
cli-codes-arg-code = The code (default: list them all)
cli-completions-about = Print the shell's completion script (commands, options, entry, item and case ids)
cli-completions-arg-shell = The shell: bash, zsh, fish or powershell
cli-complete-about = The ids for the word after WORDS, one a line (called by the completion scripts)
cli-complete-arg-words = The words typed so far, after `disclose`
labelled = { $label } { $text }

## load: reading files (load/*, diag/*)

not-utf8-utf16-little = this file is not UTF-8 text: it is UTF-16 (little-endian), what Windows Notepad calls "Unicode"
not-utf8-utf16-big = this file is not UTF-8 text: it is UTF-16 (big-endian), what Windows Notepad calls "Unicode"
not-utf8-utf16-help = open it in your editor and save it again with the encoding "UTF-8" (in Notepad: Save As, Encoding: UTF-8)
not-utf8-gbk = this file is not UTF-8 text: it looks like GBK (GB18030), as saved by some Windows editors
not-utf8-unknown = this file is not UTF-8 text: it is not text in any encoding the tool recognises
not-utf8-help = open it in your editor and save it again with the encoding "UTF-8"
toml-syntax = { $detail }
toml-syntax-help = fix the TOML syntax at the place shown (quotes, brackets, `key = value`)
unknown-key = unknown field "{ $key }", { $count ->
    [0] there are no fields
    [1] expected { $allowed }
   *[other] expected one of { $allowed }
}
unknown-key-help = check the key's spelling against the allowed keys, or remove it
unknown-key-help-suggest = did you mean "{ $suggestion }"? Correct the spelling of "{ $key }", or remove the key
missing-key = missing field "{ $key }"
missing-key-help = add the key; see the file formats in the README
invalid-value-detail = { $detail }
invalid-value-kind-help = use a value of the kind shown; see the file formats in the README
invalid-value-form = this value is not written in a form this key takes (a period, for instance, is "2026-Q1" or a bare year, 2026; approvals are [[approval]] tables)
invalid-value-choice-help = use one of { $allowed }
invalid-value-choice-help-suggest = did you mean "{ $suggestion }"? Use one of { $allowed }
invalid-value-date = the date in `{ $key }` is written wrongly: { $value }
invalid-value-date-help = write it as `{ $key } = { $date }` (no quotes, year-month-day as YYYY-MM-DD)
invalid-value-date-help-example = write the date as `{ $key } = YYYY-MM-DD` without quotes, such as `{ $key } = 2026-03-31`
invalid-value-unreadable-file = could not read this file: { $error }
invalid-value-unreadable-file-help = check the file's permissions
file-too-large = this file is { $mib } MiB; files over 10 MiB are not read
file-too-large-help = split it, or move attachments out of the repository and link to them
invalid-value-not-a-day = `{ $key }` must be a date, not { $value }
invalid-value-not-a-day-help = write a plain date like 2026-03-31, without a time
invalid-value-choice = `{ $key }` is "{ $word }", which is not allowed here
invalid-value-empty = `{ $key }` is empty
invalid-value-empty-help = write the { $key }
invalid-value-digest = `{ $key }` must be `sha256:` and 64 hex digits, not "{ $value }"
invalid-value-digest-help = the tool writes this key when it signs; remove it and sign again (`disclose review`, `approve`, `publish`)
missing-key-digest-without-signature = `{ $key }` is given without `{ $signed }`
missing-key-digest-without-signature-help = remove `{ $key }`: it belongs to the signature `{ $signed }`, which the tool writes with it
missing-key-by-without-on = `{ $by }` is given without `{ $on }`
missing-key-by-without-on-help = add `{ $on } = 2026-03-31` with the day it was done
missing-key-on-without-by = `{ $on }` is given without `{ $by }`
missing-key-on-without-by-help = add `{ $by } = "…"` with who did it
missing-front-matter-read-back = { $file } no longer has front matter
bad-id-category = the category code "{ $code }" is not a safe id: the board names each category's page after its code
bad-id-category-help = use ASCII letters, digits, `.`, `-` and `_` only, such as "1" or "A"; the title can say it in Chinese
bad-id-entry = entry id "{ $id }" is not a safe id
bad-id-entry-help = use ASCII letters, digits, `.`, `-` and `_` only, such as "3.5"
deadline-rule-both = entry { $entry } has both `due_days` and `due_working_days`
deadline-rule-both-help = keep exactly one: `due_days` counts calendar days, `due_working_days` working days
deadline-rule-none = entry { $entry } has no deadline
deadline-rule-none-help = add `due_days = 15` (calendar days) or `due_working_days = 10` (working days)
date-order-entry = entry { $entry } ends ({ $until }) before it starts ({ $since })
date-order-entry-help = `until` must be on or after `since`
entry-cadence-review-months = entry { $entry } has `review_months` but is not a standing entry
entry-cadence-review-months-help = remove `review_months`: only standing entries are re-confirmed
invalid-value-review-months-zero = `review_months` is 0
invalid-value-review-months-zero-help = give a number of months, such as 12, or remove the key
limit-out-of-range-entry = entry { $entry } has `{ $key } = { $n }`: { $why }
limit-out-of-range-entry-help = give the limit the catalogue really sets, at most { $max }, such as { $example }
invalid-value-notice-days = entry { $entry } has `notice_working_days = { $days }`
invalid-value-notice-days-help = give the notice period (公示期) in working days, from 1 to { $max }, such as 5
entry-cadence-no-period = periodic entry { $entry } has no `period`
entry-cadence-no-period-help = add `period = "quarter"` (month, quarter, half-year or year)
entry-cadence-period = entry { $entry } is { $cadence } but has a `period`
entry-cadence-period-help = remove `period`: only periodic entries have one
invalid-value-announce-days = `announce_within_days` is { $days }
invalid-value-announce-days-help = give the days after a quarter within which its bulletin is announced, from 1 to 90, such as 30
invalid-value-annual-due = `annual_due` is "{ $value }", which is not a month and day
invalid-value-annual-due-help = write the month and day of the next year as "MM-DD", such as "01-31"
limit-out-of-range-working-days = `working_days` is { $days }: { $why }
invalid-value-working-days-zero = `working_days` is 0
working-days-help = give the handling limit in working days, for example 15
config-invalid-approval-order = the approval of { $on } is written after the one of { $previous }: approvals are kept oldest first
config-invalid-approval-order-help = restore the order `disclose catalogue approve` wrote (newest last)
config-invalid-folder = `{ $key }` is "{ $dir }": it must be a folder inside the repository
config-invalid-folder-help = use a relative folder name such as "site" (not ".", not "..", not an absolute path)
config-invalid-base-url-scheme = `base_url` is "{ $url }": it must start with https:// or http://
config-invalid-base-url-host = `base_url` is "{ $url }": it has no host name
config-invalid-base-url-query = `base_url` is "{ $url }": it must not have a query (`?`) or a fragment (`#`)
config-invalid-base-url-space = `base_url` is "{ $url }": it must not contain spaces
config-invalid-base-url-help = give the address of the online board, such as "https://www.example.org/djgk/", or remove the key
missing-key-extension-days = an extension does not say by how many working days
missing-key-extension-days-help = add `days = 10` to this action
limit-out-of-range-extension = the extension is { $why }
limit-out-of-range-extension-help = give the working days the extension really added, such as 10
bad-period-meeting-bulletin = `bulletin` is "{ $value }", which is not a quarter
bad-period-meeting-bulletin-help = write the quarter whose bulletin the meeting announced, like "2026-Q3"
invalid-value-meeting-bulletin = a leading group's meeting does not announce a bulletin
invalid-value-meeting-bulletin-help = remove `bulletin`, or set `kind = "members"`: the bulletin is announced to the members' meeting
invalid-value-attended = { $attended } attended of { $of }
invalid-value-attended-help = `attended` counts those present, `of` those who should have been: attended ≤ of
calendar-invalid-holiday-range = the holiday "{ $name }" runs from { $from } to { $to }
calendar-invalid-holiday-range-help = give `from` and `to` as the first and last day off, at most a month apart
calendar-invalid-holiday-year = the holiday "{ $name }" ({ $from }) is not in or next to { $year }
calendar-invalid-holiday-year-help = list each holiday under its own year
calendar-invalid-workday = { $date } is a { $weekday }: `workdays` lists only Saturdays and Sundays that are working days
calendar-invalid-workday-help = remove the day, or correct it
not-a-folder = `{ $folder }` is a file, not a folder, so nothing in it is read
not-a-folder-help = rename or remove the file `{ $folder }` and make `{ $folder }` a folder (`mkdir { $folder }`), with the files it should hold
invalid-value-unreadable-folder = could not read this folder: { $error }
invalid-value-unreadable-folder-help = check the folder's permissions
invalid-value-unreadable-attachment-folder = could not read this attachment folder: { $error }
symlink-skipped-folder = this symbolic link was not followed: it is a link to a folder, and linked folders are not followed
symlink-skipped-outside = this symbolic link was not followed: it points outside the repository
symlink-skipped-broken = this symbolic link was not followed: it is broken or part of a loop
symlink-skipped-help = replace the link with the file itself, inside the repository
bad-id-file-name = the file name "{ $name }" is not a safe id, so this file was not read
bad-id-file-name-help = rename the file using ASCII letters, digits, `.`, `-` and `_` only, such as 2026-Q1-3.5.md
missing-front-matter = this file does not start with `+++` front matter
missing-front-matter-help = start the file with a line `+++`, the TOML fields, and another line `+++`; `disclose new` writes a correct file
load-no-repository = no disclose.toml found in { $start } or any folder above it
load-bad-config = disclose.toml could not be read
load-one-missing = { $path } does not exist
load-one-problem-at-line = { $problem } ({ $file }:{ $line })
load-one-problem-in-file = { $problem } ({ $file })
load-one-bad-config = disclose.toml could not be read: { $problem }
load-one-unknown-problem = unknown problem
weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday
day-kind-working = working day
day-kind-make-up = make-up working day (调休)
day-kind-weekend = weekend
day-kind-holiday = holiday ({ $name })
day-counted = counted
day-skipped = skipped
finding-caused-by = note: this follows from the problem in { $file }: fix that first
catalogue-changed-category-added = category { $code } added
catalogue-changed-category-changed = category { $code } changed
catalogue-changed-category-removed = category { $code } removed
catalogue-changed-entry-added = entry { $entry } added
catalogue-changed-entry-changed = entry { $entry } changed
catalogue-changed-entry-removed = entry { $entry } removed
catalogue-changed-part-added = { $part } added
catalogue-changed-part-changed = { $part } changed
catalogue-changed-part-removed = { $part } removed
attachment-name-empty = it is empty
attachment-name-reserved = it is a name Windows reserves for a device
attachment-name-control = it holds a control character
attachment-name-character = it holds one of the characters < > : " / \ | ? * # %
attachment-name-space = it holds a space
attachment-name-dot = it ends with a dot

## rules: checking what was loaded (rules/*)

calendar-missing-year = { $count } { $count ->
    [one] deadline falls
   *[other] deadlines fall
} in { $year }, which no working-day calendar covers: computed on weekends alone
calendar-missing-year-help = when the State Council publishes the { $year } holiday notice, add calendar/{ $year }.toml (see `disclose calendar years`), or update disclose
obligation-overdue-periodic = entry { $entry } ({ $title }) for { $period } was due on { $due } and nothing is published
obligation-overdue-periodic-help = write it with `disclose new { $entry } --period { $period }`, have it reviewed and approved, then `disclose publish`
obligation-overdue-standing = standing entry { $entry } ({ $title }) was due on { $due } and nothing is published
obligation-overdue-standing-help = write it with `disclose new { $entry }`, have it reviewed and approved, then `disclose publish`
obligation-overdue-review = standing entry { $entry } ({ $title }) was last published on { $after } and its re-confirmation was due on { $due }
obligation-overdue-review-help = publish an updated version with `disclose new { $entry }` (set `supersedes` to the old item)
obligation-overdue-annual-report = the annual report of { $year } (年度党务公开工作报告) was due on { $due } and { $file } is missing or still holds a placeholder
obligation-overdue-annual-report-help = write it with `disclose report --year { $year } --annual`, have the leading group write 存在问题和改进措施, and commit it
obligation-overdue-event = item { $item } was due for publication on { $due } and is not published
obligation-overdue-event-help = have it reviewed and approved (`disclose review { $item }`, `disclose approve { $item }`), then `disclose publish`
obligation-overdue-draft-help = the item { $item } is already drafted for it ({ $file }): finish it and take its next step, `{ $command }`; do not start another with `disclose new`
obligation-late = entry { $entry } ({ $what }) was met on { $met_on }, { $days } { $days ->
    [one] day
   *[other] days
} after its due date { $due }
obligation-late-help = nothing to fix now; late publications are counted in the performance report
bad-period-text = "{ $text }" is not a period: write a month (2026-03), quarter (2026-Q1), half-year (2026-H1) or year (2026)
unknown-entry = item names entry "{ $entry }", which the catalogue does not have
unknown-entry-help = use one of the catalogue's entry ids (`disclose catalogue list` shows them)
unknown-entry-did-you-mean = did you mean `entry = "{ $meant }"`? (`disclose catalogue list` shows the catalogue's entry ids)
cadence-mismatch-key = `{ $key }` does not fit entry { $entry }, which is { $cadence }
cadence-mismatch-key-help = remove `{ $key }`
cadence-mismatch-no-event = entry { $entry } is { $cadence }, so the item needs the day the matter happened
cadence-mismatch-no-event-help = add `event = 2026-02-10`
cadence-mismatch-staged = entry { $entry } is staged, so the item needs `{ $key }`
cadence-mismatch-staged-help = add `matter = "…"` (the matter the stages belong to) and `stage = "…"` (this stage)
cadence-mismatch-final-help = remove `final`: only staged items have a last stage
cadence-mismatch-supersedes-help = remove `supersedes`: only standing items replace older versions
cadence-mismatch-no-period = entry { $entry } is periodic ({ $kind }), so the item needs a `period`
cadence-mismatch-no-period-help = add `period = "{ $example }"`
bad-period = period "{ $text }" is not a period
bad-period-help = entry { $entry } is disclosed every { $kind }: write the period like "{ $example }"
bad-period-kind = period "{ $text }" is a { $given }, but entry { $entry } is disclosed every { $kind }
bad-period-kind-help = write the period like "{ $example }"
scope-widened = the item's scope "{ $scope }" is wider than entry { $entry }'s "{ $entry_scope }"
scope-widened-help = an item may only narrow its entry's scope (public > members > restricted): use "{ $entry_scope }" or narrower
missing-audience = a restricted item must say to whom it is disclosed
missing-audience-help = add `audience = "…"`, for example "本人及所在党小组"
date-order-approved-before-reviewed = it was approved before it was reviewed
date-order-published-before-reviewed = it was published before it was reviewed
date-order-published-before-approved = it was published before it was approved
date-order-published-before-event = it was published before the event it reports
date-order = { $what }: `{ $later_key }` { $later } is before `{ $earlier_key }` { $earlier }
date-order-help = correct the dates: the steps go 提出 → 审核 (reviewed) → 审批 (approved) → 实施 (published)
missing-approval-approval = 审批 (approval)
missing-approval-review = 审核 (review, with the secrecy review)
missing-approval = the item is published but has no { $what }, which disclose.toml requires
missing-approval-help = record it with `{ $command } { $item } --by NAME --on DATE` (`{ $step }_by` and `{ $step }_on`), or remove `published_on`
bad-id-supersedes = `supersedes` is "{ $target }", which is not a safe id
unknown-reference-itself = the item supersedes itself
unknown-reference-supersedes = `supersedes` names item "{ $target }", which does not exist
unknown-reference-other-entry = `supersedes` names item "{ $target }" of entry { $entry }, not of this item's entry { $own }
unknown-reference-supersedes-help = give the id (file name without .md) of the older item of the same entry that this one replaces
unknown-reference-supersedes-did-you-mean = did you mean `supersedes = "{ $meant }"`? Give the id (file name without .md) of the older item of the same entry that this one replaces
duplicate-id-category = category code "{ $code }" is also used in { $first }
duplicate-id-category-help = give each category file its own `code`
duplicate-id-entry = entry id "{ $id }" is already used at { $file }:{ $line }
duplicate-id-entry-help = give every entry its own id (ids that differ only in upper and lower case count as the same)
duplicate-id-item = item id "{ $id }" is also the id of { $first }
duplicate-id-case = feedback case id "{ $id }" is also the id of { $first }
duplicate-id-file-help = rename one of the files: the id is the file name, and it must be unique across the repository (ignoring case)
catalogue-unapproved-empty = the catalogue is empty: catalogue/ holds no category files
catalogue-unapproved-empty-help = add catalogue/NN-name.toml files (`disclose init` writes the default catalogue)
catalogue-unapproved = the catalogue has not been approved by the leading group, so no obligations are computed
catalogue-unapproved-help = once the leading group has approved it, run `disclose catalogue approve --by 党务公开工作领导小组`
catalogue-changed-meaning = its meaning
catalogue-changed = the catalogue changed since the leading group approved it on { $on } ({ $what }); the approval is void and no obligations are computed
catalogue-changed-help = have the leading group approve the changed catalogue, then run `disclose catalogue approve --by 党务公开工作领导小组 --on DATE`; or undo the change
attachment-missing = the body refers to "{ $target }", but { $folder }/{ $name } does not exist
attachment-missing-help = put the file into { $folder }/, or correct the name in the reference (names are case-sensitive)
attachment-outside = the body refers to "{ $target }", which is not in this item's attachment folder { $folder }/
attachment-outside-help = copy the file into { $folder }/ and refer to it as `{ $id }/NAME` (an item's files are published and checked with it)
attachment-unreferenced = { $file } is in the item's attachment folder, but its body does not refer to it
attachment-unreferenced-help = refer to it in { $file } as `![说明]({ $id }/{ $name })` (a picture) or `[附件：说明]({ $id }/{ $name })` (a file), or remove it
attachment-name = the name "{ $part }" cannot be used for an attachment: { $why }
attachment-name-help = rename the file using letters, digits, `-`, `_` and `.` (Chinese characters are fine), and change the reference to match
attachment-too-large = { $file } is { $size }, over the limit of { $limit } for one attachment
attachment-too-large-help = make it smaller (a photo resized to 2000 pixels, a scan at 150 dpi), or raise `max_attachment_mib` in disclose.toml's [publish]
attachment-gps = { $file } holds the GPS position where it was taken
attachment-gps-help = the board never publishes it (its metadata is removed), but the repository keeps it: remove it from the file with an editor if the place must not be known to members either
attachment-unreadable = { $file } cannot be read as the picture its name says, so it cannot be published
attachment-unreadable-help = open it in an image editor and save it again in the format of its name (a .jpg as JPEG, a .png as PNG), then replace the file
attachment-too-large-item = the attachments of this item are { $size } together, over the limit of { $limit } for one item
attachment-too-large-item-help = make the files smaller, split the item, or raise `max_item_attachments_mib` in disclose.toml's [publish]
unknown-channel = channel "{ $channel }" is not one of the channels in disclose.toml
unknown-channel-help = use one of { $channels }, or add the channel to `[feedback] channels`
unknown-reference-about = `about` names "{ $about }", which is neither an entry nor an item
unknown-reference-about-help = give an entry id such as "7.2" or an item id (its file name without .md), or remove `about`
unknown-reference-about-did-you-mean = did you mean `about = "{ $meant }"`? Give an entry id or an item id (its file name without .md), or remove `about`
feedback-overdue = feedback case { $case } was due on { $due } and is still { $status }
feedback-overdue-help = answer it with `disclose feedback respond { $case } --text "…"`, or record a reasoned extension with `disclose feedback extend { $case } --days N --reason "…"`
feedback-state-an-answer = an answer
feedback-state-a-step = a `{ $command }` step
feedback-state-step = feedback case { $case } has { $what } on { $on } while it was { $from }: { $rule }
feedback-state-help = use the `disclose feedback` commands, which keep status, log and answers in step; or correct `status`
feedback-state-status = feedback case { $case } says `status = "{ $status }"`, but its log and answers leave it { $latest }
feedback-state-extended-twice = feedback case { $case } was extended more than once
feedback-state-extended-twice-help = a limit may be extended once; keep one extension
date-order-case-help = correct the date: nothing can happen to a case before it was received
date-order-case-due = `due_on` { $due } is before `received_on` { $received }
date-order-case-answer = the answer ({ $on }) is dated before the case was received ({ $received })
date-order-case-step = a handling step ({ $on }) is dated before the case was received ({ $received })
date-order-answers = the answer of { $later } comes after the one of { $earlier }: answers are kept oldest first
date-order-answers-help = put the [[response]] tables in the order the answers were given, or correct the date
config-invalid-label-site = `site_dir` "{ $path }"
config-invalid-label-bulletins = `bulletin_dir` "{ $path }"
config-invalid-label-archive = the archive register's folder "{ $path }" (`disclose archive --write`)
config-invalid-output-help = choose a folder of its own inside the repository, outside every other output and every folder of the repository's own files
config-invalid-output-root = { $label } is the repository root or a folder above it (it is { $path })
config-invalid-output-input = { $label } { $how ->
    [same] is
    [contains] contains
   *[inside] lies inside
} { $name }, which holds the repository's own files: writing there could replace them (it is { $path })
config-invalid-bulletins-in-site = the bulletin folder and the site folder overlap: bulletins are for party members only and must never be inside the public site (`bulletin_dir` { $how ->
    [same] are the same folder
    [contains] contains
   *[inside] lies inside
} `site_dir`, at { $path })
config-invalid-bulletins-in-site-help = set `bulletin_dir` to a folder outside `site_dir`, such as "bulletins"
config-invalid-output-overlap = { $label } { $how ->
    [same] is
    [contains] contains
   *[inside] lies inside
} { $other }: each output needs a folder of its own (it is { $path })
template-invalid-help = replace it with a plain template file inside templates/ (copy one from the project's assets/templates/), or delete it to use the built-in one
bulletin-not-announced = the bulletin of { $quarter } was due to be announced at a members' meeting by { $due } ({ $days } days after the quarter), and no meeting announcing it is recorded
bulletin-not-announced-help = hold the members' meeting and record it: `disclose meeting record --kind members --on DATE --bulletin { $quarter }`
cadence-mismatch-decision-on = `decision_on` does not fit entry { $entry }, which is not a notice (公示)
cadence-mismatch-decision-on-help = remove `decision_on`, or set `notice_working_days` on the entry if its items are notices
notice-too-short = the notice (公示) published on { $from } runs { $days } working days, to { $to }, but its decision is on { $decision }
notice-too-short-help = the decision may come on { $first } at the earliest: move `decision_on`, or publish the notice earlier (`disclose explain { $item }` shows the count)
report-placeholder = the annual report of { $year } still holds a placeholder for the leading group to write
report-placeholder-help = write the section in place of 【请填写：…】 (the leading group's own assessment), then commit the report
same-signer-reviewed = { $by } both reviewed and approved item { $item }
same-signer-prepared = { $by } both prepared and approved item { $item }
same-signer-help = have the item approved by someone who neither prepared nor reviewed it (`disclose approve ID --by NAME`)
personal-data-mobile = a mobile phone number
personal-data-resident-id = a resident ID number
personal-data = public text holds { $what }; the board must never show personal data
personal-data-item-help = remove the number or replace it with the hotline or an office landline; if the text is not for the public, narrow the item's `scope`
personal-data-item-id-help = the file name is the item's id and is shown in the board's addresses: rename the file
personal-data-case-id-help = the file name is the case's id and is shown on feedback.html: rename the file
personal-data-case-help = { $what ->
    [answer] remove the number from the answer (give the hotline or an office landline instead): the board shows the answer of a public case
   *[summary] remove the number from the summary (give the hotline or an office landline instead): the board shows the summary of a public case
}
case-identity-public = { $what ->
    [answer] the answer
   *[summary] the summary
} of case { $case } holds the person's own { $field } (`{ $field }` in this file), and the board shows it
case-identity-public-help = say who in general words (群众, 党员, 患者家属 …) and leave out how they were reached; `{ $field }` stays in the file and is never published
personal-data-catalogue-help = remove the number from `{ $key }`: the board shows it on catalogue.html (give an office and its landline, not a person's mobile); then have the catalogue approved again
personal-data-config-help = remove the number from `{ $key }`: the board shows it; only `[feedback] hotline` is meant to carry a telephone number
changed-after-publication = the content of { $item } changed after it was published, and no correction (更正) records the change
changed-after-publication-help = if the change corrects untrue or incomplete content, record it: `disclose correct { $item } --reason "…"`; otherwise undo the change (`git diff { $file }`)
changed-after-approval = the content of { $item } changed after its { $step ->
    [approval] approval (审批)
   *[review] review (审核)
}: the signature no longer covers what the item says
changed-after-approval-on = the content of { $item } changed after its { $step ->
    [approval] approval (审批)
   *[review] review (审核)
} on { $on }: the signature no longer covers what the item says
changed-after-approval-help = sign again for the content as it is now (`disclose { $command } { $item } --by NAME`; signing again records the new digest), or undo the change
placeholder-text-published = { $item } is published but still holds the template's placeholder text
placeholder-text-approved = { $item } is approved but still holds the template's placeholder text
placeholder-text-help = write the content in place of the placeholder; the item's signatures then no longer cover it, so sign it again (`disclose approve ID --by NAME`)

## obligations: what is due and the advice for it (obligations/*)

obligations-scope-public = public
obligations-scope-members = members
obligations-scope-restricted = restricted
obligations-cadence-periodic = periodic ({ $kind })
obligations-cadence-standing = standing
obligations-cadence-immediate = immediate
obligations-cadence-staged = staged
obligations-period-month = month
obligations-period-quarter = quarter
obligations-period-half-year = half-year
obligations-period-year = year
obligations-label-standing = standing
obligations-label-review = review after { $after }
obligations-label-item = item { $item }
obligations-label-annual-report = annual report { $year }
obligations-annual-report-next = disclose report --year { $year } --annual, then write its 存在问题和改进措施
obligations-limit-too-long-calendar-days = { $n } calendar days is more than the { $max } calendar days the tool counts
obligations-limit-too-long-working-days = { $n } working days is more than the { $max } working days the tool counts
obligations-limit-too-long-months = { $n } months is more than the { $max } months the tool counts
obligations-limit-calendar-days = { $n } calendar { $n ->
    [one] day
   *[other] days
}
obligations-limit-working-days = { $n } working { $n ->
    [one] day
   *[other] days
}
obligations-limit-months = { $n } { $n ->
    [one] month
   *[other] months
}
obligations-notice-ends-today = ends today
obligations-notice-days-left = { $n } working { $n ->
    [one] day
   *[other] days
} left
obligations-notice-period = 公示 { $from } to { $to }, { $when }

## check, status, explain, next, calendar

next-heading = Deadlines not yet met, as of { $as_of }
next-none = none
next-state = { $state ->
    [overdue] overdue
    [due] due
   *[open] open
}
next-more = … and { $n } more (use --limit to see them)
next-no-change = No obligation changes state after { $as_of } unless something is published or a new period begins.
next-change-heading = Next change: { $day }
next-change-line = { $entry } { $label } becomes { $state ->
    [overdue] overdue
    [due] due
   *[open] open
} (due { $due })
next-notices-heading = Notices (公示) ending in the next { $days } working days
next-ics-calendar-name = { $organisation } · 党务公开期限
next-ics-summary = { $entry } { $label } { $title }
next-ics-description =
    Due { $due }: { $limit } after { $start } (`disclose explain` shows the working).
    State as of { $as_of }: { $state }.
    Next: { $next }
status-heading = { $organisation } · status as of { $as_of }
status-nothing-to-do = Nothing to do: no obligation is overdue or due in the next 14 days, no draft is waiting and no feedback is near its limit.
status-group-overdue = Overdue ({ $n })
status-group-due-soon = Due in the next 14 days ({ $n })
status-group-review = Waiting for review · 审核 ({ $n })
status-group-approve = Waiting for approval · 审批 ({ $n })
status-group-later = Signed, waiting for a later date ({ $n })
status-group-publish = Ready to publish ({ $n })
status-group-feedback = Feedback near its limit ({ $n })
status-group-notices = Notices (公示) ending in the next { $days } working days ({ $n })
status-group-catalogue = Catalogue
status-group-calendar = Calendar
status-group-files = Files
status-obligation = { $entry } { $label }  { $title } · due { $due }, { $when ->
    [today] today
    [past] { $days } { $days ->
        [one] day
       *[other] days
    } ago
   *[future] in { $days } { $days ->
        [one] day
       *[other] days
    }
}
status-item = { $id }  { $title } (entry { $entry })
status-item-when = { $id }  { $title } (entry { $entry }, { $when })
status-feedback = { $id }  { $kind ->
    [request] [request to disclose]{" "}
    [correction] [correction request]{" "}
   *[other] {""}
}{ $summary } · { $status }, due { $due }, { $when ->
    [overdue] overdue by { $days } { $days ->
        [one] day
       *[other] days
    }
    [today] due today
   *[left] { $days } working { $days ->
        [one] day
       *[other] days
    } left
}
status-catalogue-empty = the catalogue is empty: catalogue/ holds no category files
status-catalogue-empty-fix = add catalogue/NN-name.toml files (`disclose init` in an empty folder writes the default catalogue)
status-catalogue-unapproved = the catalogue is not approved yet, so no obligations are computed
status-catalogue-changed = the catalogue changed since its approval on { $on } ({ $what }), so no obligations are computed
status-catalogue-changed-meaning = its meaning
status-uncovered = deadlines in { $year } were computed on weekends alone: no calendar covers { $year }
status-uncovered-fix = add calendar/{ $year }.toml from the State Council notice (see `disclose calendar years`)
status-other-errors = { $n } other { $n ->
    [one] problem
   *[other] problems
} in the files
explain-rule = { $limit } after { $after ->
    [period] the period ends
    [publication] the publication
    [start] the obligations start
    [event] the event
    [year] the year ends
   *[notice] the publication day
} ({ $kind ->
    [calendar] Civil Code: the start day is not counted; a last day that is not a working day moves to the next working day
    [working] Civil Code: the start day is not counted; only working days count: weekends and official holidays are skipped, make-up working days (调休) count
   *[months] the same day of the month that many months later, or that month's last day if it is shorter; a last day that is not a working day moves to the next working day
})
explain-no-target = there is no entry or item "{ $target }"
explain-no-target-help = give an entry id (`disclose catalogue list` shows them) or an item id (its file name without .md)
explain-item-has-period = { $id } is an item, which has its own period or event
explain-drop-period = drop the period: `disclose explain { $target }`
explain-item-unknown-entry = item { $id } names entry "{ $entry }", which the catalogue does not have
explain-item-unknown-entry-help = correct `entry` in { $file }
explain-needs-period = entry { $entry } is periodic ({ $kind }): say which period
explain-needs-period-help = give the period, like `disclose explain { $entry } { $example }`
explain-period-unreadable-help = entry { $entry } is disclosed every { $kind }: write the period like { $example }
explain-period-kind = { $period } is a { $found }, but entry { $entry } is disclosed every { $kind }
explain-period-kind-help = write the period like { $example }
explain-standing-no-period = entry { $entry } is standing: it has no periods, so "{ $period }" does not apply
explain-event-entry = entry { $entry } is { $cadence }: each item has its own deadline, counted from its event
explain-event-entry-help = give an item id instead, like `disclose explain { $id }` (entry { $entry } has { $n } { $n ->
    [one] item
   *[other] items
})
explain-event-entry-no-items = entry { $entry } has no items yet; each item's deadline counts from its `event`
explain-item-no-period = item { $id } has no valid `period`, so its deadline cannot be known
explain-item-no-period-help = set `period` in { $file } (`disclose check` says what is wrong)
explain-item-no-event = item { $id } has no `event`, so its deadline cannot be known
explain-item-no-event-help = add `event = YYYY-MM-DD` (the day the matter happened) to { $file }
explain-not-owed-before-start = { $period } ended before this entry's obligations start ({ $start })
explain-not-owed-not-begun = { $period } has not begun yet
explain-not-owed-event-later = the event ({ $event }) is after { $as_of }
explain-not-owed-event-before-start = the event ({ $event }) is before this entry's obligations start ({ $start })
explain-not-owed-retired = entry { $entry } was retired on { $until }
explain-not-owed-retired-before-start = entry { $entry } was retired before its obligations started
explain-not-owed-unapproved = the catalogue is not approved, so no obligations are computed
explain-not-owed-changed = the catalogue changed since its approval, so no obligations are computed (`disclose check` says what changed)
explain-start-period = the last day of { $period }
explain-start-review-publication = the day that version was published
explain-start-review-overdue = { $since ->
    [since] the entry's `since` date
    [approval] the catalogue's approval
   *[unapproved] the catalogue's approval (not yet given)
} (the version published on { $after } was already due for re-confirmation by then)
explain-start-event = the event of item { $id }
explain-start-standing = { $since ->
    [since] the entry's `since` date
    [approval] the catalogue's approval
   *[unapproved] the catalogue's approval (not yet given)
}
explain-heading-period = Entry { $entry } { $title } · { $period }
explain-heading-standing = Entry { $entry } { $title } · standing: the first publication
explain-heading-review = Entry { $entry } { $title } · standing: re-confirming the version published on { $after }
explain-heading-event = Entry { $entry } { $title } · item { $id }
explain-heading-annual = Entry { $entry } { $title } · the annual report of { $year }
explain-state-not-owed = not owed as of { $as_of }: { $reason }
explain-met-first = first published on { $on }; the version in force is { $id }
explain-met-by = met by { $id }, published on { $on }
explain-state-done = done as of { $as_of }: { $met }
explain-state-late = late: { $met }, { $days } { $days ->
    [one] day
   *[other] days
} after the due date
explain-state-overdue = overdue as of { $as_of }: nothing published, { $days } { $days ->
    [one] day
   *[other] days
} past the due date
explain-state-due = due as of { $as_of }: { $days } { $days ->
    [one] day
   *[other] days
} left
explain-state-open = open as of { $as_of }: { $days } days left
explain-field = { $name ->
    [start] start
    [rule] rule
    [crossed] crossed
    [due] due
    [state] state
    [next] next
    [ends] ends
   *[decision] decision
}
explain-field-day = { $unit ->
    [days] day { $n }
   *[months] day +{ $n }m
}
explain-start = { $day }, { $from }; the start day is not counted
explain-nominal = { $day }, { $working ->
    [yes] a working day
   *[no] not a working day
}
explain-crossed-none = no holiday, weekend or make-up working day
explain-uncovered = no calendar covers { $year }: its days were counted on weekends alone (add calendar/{ $year }.toml from the State Council notice)
explain-notice-heading = item { $id } · notice period (公示期), { $days } working days
explain-notice-unpublished = not published yet: the notice runs { $days } working days after its publication day
explain-notice-start = { $day }, the publication day; it is not counted
explain-notice-decision-too-short = { $day }: on or before the notice's last day (notice-too-short)
explain-notice-decision-after = { $day }: after the notice's last day
explain-notice-running = running (公示中) on { $as_of }, { $n } working { $n ->
    [one] day
   *[other] days
} left
explain-notice-not-started = not started on { $as_of }
explain-notice-ended = ended on { $day }
calendar-warning = warning:{" "}
calendar-add-out-of-range = N is { $n }: { $why }
calendar-add-out-of-range-help = give a number of days up to { $max }, such as 15
calendar-add-working-rule = the start day is not counted; weekends and holidays are skipped, make-up working days count
calendar-add-calendar-rule = the start day is not counted; day { $n } is { $day } ({ $weekday })
calendar-add-moved = it is not a working day, so the limit ends on the next working day
calendar-add-uncovered = no calendar covers { $year }: its days were counted on weekends alone; add calendar/{ $year }.toml from the State Council notice
calendar-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
calendar-weekdays = Mo Tu We Th Fr Sa Su
calendar-show-bad-year = { $year } is not a year this tool can show
calendar-show-bad-year-help = give a year between 1900 and 2999, like 2026
calendar-legend = { $holiday } holiday (day off)   { $makeup } make-up working day (调休)   unmarked Saturdays and Sundays are days off
calendar-source = Source: { $source }
calendar-source-notice = Source: { $source } · { $notice }
calendar-built-in = built in
calendar-holidays-heading = Holidays
calendar-holiday-days = { $n } { $n ->
    [one] day
   *[other] days
}
calendar-workdays-heading = Make-up working days (调休)
calendar-none-listed = none listed
calendar-show-uncovered = no calendar covers { $year }: only weekends are days off here, and deadlines in { $year } are computed on weekends alone. When the State Council publishes the { $year } holiday notice, add calendar/{ $year }.toml (see `disclose calendar years`).
calendar-no-notice = no notice given
calendar-years-replaces = { $notice } (replaces the built-in year)
calendar-years-counts = { $holidays } { $holidays ->
    [one] holiday
   *[other] holidays
}, { $workdays } make-up { $workdays ->
    [one] day
   *[other] days
}
calendar-no-years = no calendar years are known
calendar-years-how = Other years are counted on weekends alone, with a warning. Add a year with calendar/YEAR.toml:
calendar-example-holidays-comment = every break in the notice
calendar-example-workdays-comment = the Saturdays and Sundays the notice makes working days (调休)

## new, sign, correct, catalogue, init

new-title-empty = --title is empty
new-title-empty-help = leave --title out to use the entry's title, or give one
new-nothing-written = Nothing was written: the new item would have the errors above. Change the arguments (often --title) and try again.
new-created = Created { $file }
new-folder-failed = could not create { $folder }/
new-folder-created = Created { $folder }/ for the item's pictures and files: refer to them in the body as `![说明]({ $id }/photo.jpg)` or `[附件：说明]({ $id }/明细.pdf)`
new-entry-line = entry { $entry } { $title } ({ $cadence }), prepared by { $by }
new-note = note: { $note }
new-next-label = Next:
new-next = { $next } write the content (replace every { $placeholder } line), then have it checked:
new-note-period-covered = { $other } already covers entry { $entry } for { $period }; the obligation is met by the first one published
new-note-standing-current = entry { $entry } already has the published item { $current }; if this one replaces it, add `supersedes = "{ $current }"`
new-editor-unset = note: neither VISUAL nor EDITOR is set; open { $file } in your editor
new-editor-done = edited with { $editor }
new-editor-failed = note: { $editor } ended with { $status }; { $file } is kept as it is now
new-editor-not-started = note: could not start { $editor } ({ $error }); open { $file } in your editor
new-period-drafted = entry { $entry } already has an item for { $period }: { $item } ({ $file }), not yet published
new-period-drafted-help = nothing was written; finish { $file } and take its next step, `{ $command }` (one item meets one period)
new-answer-unreadable = could not read the answer
new-no-answer = no answer was given (end of input)
new-no-answer-help = nothing was written; pass the values as arguments instead
new-unknown-entry = the catalogue has no entry "{ $id }"
new-unknown-entry-did-you-mean = did you mean `{ $meant }`? Run `disclose new { $meant }` (`disclose catalogue list` shows every entry)
new-ask-entry-intro = Which catalogue entry is this item for?
new-ask-entry = Entry id
new-no-such-entry = The catalogue has no entry "{ $answer }".
new-no-such-entry-did-you-mean = The catalogue has no entry "{ $answer }"; did you mean { $meant }?
new-which-entry = which entry is the new item for?
new-which-entry-help = pass the entry id, like `disclose new 3.5 --period 2026-Q1`; the catalogue has: { $ids }
new-flag-does-not-fit = entry { $entry } ({ $title }) is { $cadence }: { $flag } does not fit it
new-nothing-written-because = nothing was written; { $what }
new-nothing-written-short = nothing was written
new-usage-periodic = entry { $entry } takes --period, like { $example }
new-usage-immediate = entry { $entry } takes --event DATE (the day the matter happened)
new-usage-staged = entry { $entry } takes --event DATE, --matter, --stage and, on the last stage, --final
new-usage-standing = entry { $entry } takes only --title, --by and --supersedes ID (the older item it replaces)
new-supersedes-unknown = --supersedes names "{ $old }", which is not an item of entry { $entry }
new-supersedes-no-items = entry { $entry } has no items yet, so leave --supersedes out
new-supersedes-items = items of entry { $entry }: { $items }
new-supersedes-did-you-mean = did you mean { $meant }? (items of the entry: { $items })
new-ask-period = Period (entry { $entry } is disclosed every { $kind })
new-needs-period = entry { $entry } ({ $title }) is periodic ({ $kind }): the new item needs --period
new-needs-period-help = nothing was written; pass --period { $period } (the most recently ended { $kind }), or another { $kind }
new-needs-period-help-unwritten = nothing was written; pass --period { $period } (the earliest { $kind } not yet written), or another { $kind }
new-period-examples = entry { $entry } is disclosed every { $kind }: write --period like { $example }
new-period-wrong-kind = --period { $text } is a { $given }, but entry { $entry } ({ $title }) is disclosed every { $kind }
new-ask-event = When did the matter happen (YYYY-MM-DD)
new-needs-event = entry { $entry } ({ $title }) is { $cadence }: the new item needs --event DATE, the day the matter happened
new-what-matter = the matter the stages belong to
new-what-stage = this stage
new-ask-matter = The matter the stages belong to
new-ask-matter-known = The matter the stages belong to (matters so far: { $matters })
new-ask-stage = This stage
new-flag-empty = { $flag } is empty
new-flag-empty-help = nothing was written; { $flag } names { $what }
new-needs-text = entry { $entry } ({ $title }) is staged: the new item needs { $flag } ({ $what })
new-needs-text-known = entry { $entry } ({ $title }) is staged: the new item needs { $flag } ({ $what }) (matters so far: { $matters })
new-ask-with-default = { $question } [{ $default }]:{" "}
new-ask-plain = { $question }:{" "}
placeholder-identity = `{ $key }` in disclose.toml is still the placeholder `disclose init` wrote: nothing can be published under it
placeholder-identity-help = write this organisation's own value in place of 【请填写：…】 (`disclose init --name … --short-name … --leader … --deputy … --hotline …` writes them in a new folder)
placeholder-identity-owners = { $count } catalogue { $count ->
    [one] entry has
   *[other] entries have
} no owner (责任人) yet: { $entries }
placeholder-identity-owners-help = write each entry's `owner` in catalogue/ (the person responsible for it) in place of 【请填写：责任人】
init-exists = { $folder } already holds a disclose repository
init-exists-help = nothing was changed; run `disclose check` there, or choose another folder
init-files-exist = { $folder } already has { $files }
init-files-exist-help = nothing was changed; move those files away or choose an empty folder
init-created = Created a disclose repository in { $folder }
init-placeholders = What was not given is written as 【请填写：…】: `disclose check` reports it (placeholder-identity) and nothing is published until disclose.toml and catalogue/ name this organisation.
init-next-steps = Next steps:
init-step-edit = 1. Edit disclose.toml (organisation, leading group, hotline) and review catalogue/.
init-step-approve = 2. When the leading group has approved the catalogue:
init-step-status = 3. disclose status      # what is due
init-step-new = 4. disclose new 3.5 --period 2026-Q1   # write a disclosure
init-step-git = 5. git init && git add . && git commit -m "党务公开目录"
init-ask-name = The organisation's full name (党组织全称, empty: fill in later)
init-ask-short-name = Its short name for page titles (简称)
init-ask-leader = The leading group's leader (组长, the branch secretary)
init-ask-deputies = The deputy leaders (副组长), separated by commas
init-ask-hotline = The feedback hotline shown on the board (意见热线)
init-no-answer = no answer was given (end of input)
init-no-answer-help = nothing was written; pass --name, --short-name, --leader, --deputy and --hotline instead
correct-next-label = Next:
correct-could-not-read = could not read { $file }
correct-could-not-edit = could not edit { $file }
correct-no-item = there is no item "{ $id }"; nothing was written
correct-no-item-help = an item's id is its file name without .md (`disclose archive` lists the published items)
correct-not-published = { $id } is not published, so there is nothing to correct; nothing was written
correct-not-published-help = an unpublished item is signed again instead: `disclose review { $id } --by NAME` and `disclose approve { $id } --by NAME` record the new content
correct-reason-empty = --reason is empty; nothing was written
correct-reason-empty-help = say what was untrue or incomplete and what was corrected, e.g. --reason "人数应为25名，原误写为23名"
correct-no-signer = say who makes the correction of { $id }; nothing was written
correct-no-signer-help = pass --by NAME, e.g. `disclose correct { $id } --reason "…" --by 舒军`
correct-date-out-of-range = --on { $on } is not between the publication ({ $published }) and today ({ $today }); nothing was written
correct-date-out-of-range-help = a correction records what was done: give the day it was done
correct-unchanged = the content of { $id } is what was published or last corrected; nothing was written
correct-unchanged-help = edit { $file } first (the title, body or other content), then record the correction
correct-fix-errors-first = Nothing was written: fix the errors above, then record the correction.
correct-could-not-record = could not record the correction in { $file }
correct-recorded = Recorded the correction (更正) of { $id } by { $by } on { $on }:
correct-next = disclose publish   # puts the corrected page and 「更正说明」 on the board and in the bulletin of the quarter
evidence-not-a-photo = { $file } is not a JPEG, PNG or WebP photo
evidence-not-a-photo-help = give the photo of the posted board as taken by the phone or camera (.jpg, .png or .webp)
evidence-unreadable = could not read { $file }: { $error }
evidence-unreadable-help = check the path and that the file can be read
evidence-cannot-keep = { $file } cannot be kept: { $why }
evidence-cannot-keep-help = save the photo again with an image editor, then add it
evidence-could-not-create = could not create { $folder }/
evidence-kept = Kept { $file } as { $kept } (its GPS position and other metadata removed), with { $sidecar }.
evidence-listed = It is listed in the archive register of { $year } and never published.
evidence-commit-label = Commit it:
evidence-commit-message = Evidence: the board on { $on }
meeting-unknown-kind = --kind is "{ $kind }"
meeting-unknown-kind-help = use --kind members (党员大会) or --kind leading-group (领导小组会议)
meeting-in-future = the meeting is dated { $on }, after today ({ $today })
meeting-in-future-help = record a meeting once it has been held
meeting-attendance = { $attended } attended of { $of }
meeting-attendance-help = --attended counts those present, --of those who should have been
meeting-no-bulletin = { $file } does not exist, so the meeting cannot have announced it
meeting-no-bulletin-help = write the bulletin first with `disclose bulletin { $quarter }`, then record the meeting
meeting-wrote = wrote { $file }
meeting-announced = The bulletin of { $quarter } is announced: from now on it is the record of what members were told, and `disclose bulletin { $quarter }` will not change it without --force.
meeting-write-minutes = Write the minutes in it, then commit it: git add { $file }
meeting-too-many = { $folder } already holds 999 meetings of { $on }
meeting-too-many-help = check the folder: this many meetings on one day is not plausible
meeting-leading-group-bulletin = a leading group's meeting does not announce a bulletin
meeting-leading-group-bulletin-help = use --kind members for the meeting that announced the bulletin to the members
meeting-bulletin-not-quarter = --bulletin "{ $text }" is not a quarter
meeting-bulletin-not-quarter-help = write the quarter as YEAR-Qn, like 2026-Q3
meeting-bulletin-too-early = a meeting on { $on } cannot announce the bulletin of { $quarter }, which runs until { $end }
meeting-bulletin-too-early-help = a quarter's bulletin is announced after the quarter: check --on and --bulletin
catalogue-meeting-after-approval = the meeting { $file } was held on { $held }, after the approval date { $on }
catalogue-meeting-after-approval-help = give the approval date of that meeting with --on, or leave --on out to use the meeting's day
catalogue-not-approved-errors = The catalogue was not approved: fix the errors above first.
catalogue-by-empty = --by is empty
catalogue-by-empty-help = say who approved the catalogue, e.g. --by 党务公开工作领导小组
catalogue-signer-not-allowed = { $by } may not approve the catalogue: it is approved by the leading group named in { $file }
catalogue-signer-not-allowed-help = give --by one of: { $names }
catalogue-could-not-read = could not read { $file }
catalogue-config-not-toml = { $file } is not valid TOML
catalogue-already-approved = The catalogue is already approved as it is ({ $by } on { $on }); nothing changed.
catalogue-could-not-edit = could not edit { $file }
catalogue-moved-approval = Moved the earlier approval into the approval history ([[approval]]) in { $file }.
catalogue-approval-recorded = Recorded the approval of the catalogue ({ $entries } entries) by { $by } on { $on } in { $file } (approval { $number } of the history).
catalogue-approval-linked = The approval is linked to the leading group's meeting { $file }.
catalogue-commit-it = Commit it: git add { $file } catalogue && git commit -m "审定党务公开目录"
catalogue-approval-not-a-list = `approval` in disclose.toml is not a list of approvals
catalogue-approval-not-a-list-help = restore the [[approval]] tables `disclose catalogue approve` wrote
catalogue-approval-malformed = `approval` in disclose.toml is neither a table nor an array of tables
catalogue-approval-malformed-help = remove the `approval` key and approve again
catalogue-record-meeting-first = record it first: `disclose meeting record --kind leading-group --on DATE --decision "审定党务公开目录"`
catalogue-no-meeting-on = no leading group's meeting of { $date } is recorded in meetings/
catalogue-several-meetings-on = { $count } leading group's meetings of { $date } are recorded
catalogue-several-meetings-on-help = name the file instead: { $files }
catalogue-not-leading-group-meeting = { $file } is a { $kind } meeting, not the leading group's
catalogue-not-leading-group-meeting-help = the catalogue is approved by the leading group (领导小组): name its meeting
catalogue-meeting-not-found = { $target } is neither a date nor a meeting file in meetings/
catalogue-deadline = { $limit } { $cadence ->
    [periodic] after the period ends
    [standing] after the catalogue takes effect
    [staged] after each stage
   *[immediate] after the event
}
catalogue-list-heading = Disclosure catalogue · { $name }
catalogue-list-unapproved = Not yet approved by the leading group: run `disclose catalogue approve --by NAME` once it is.
catalogue-list-approved = Approved by { $by } on { $on }.
catalogue-list-approval-void = Approved by { $by } on { $on }, but changed since: the approval is void until it is approved again.
catalogue-show-category = category   { $code } { $title }
catalogue-show-scope = scope      { $scope }
catalogue-show-cadence = cadence    { $cadence }
catalogue-show-deadline = deadline   { $deadline }
catalogue-show-owner = owner      { $owner }
catalogue-show-since = since      { $since }
catalogue-show-until = until      { $until }
catalogue-show-review = review     every { $months } months
catalogue-show-defined = defined in { $file }:{ $line }
catalogue-show-items = items      { $count }
catalogue-show-draft = draft
catalogue-show-published = published { $on }
sign-words-review = 审核 (review, with the secrecy review)
sign-words-approve = 审批 (approval)
sign-by-empty = --by is empty
sign-by-empty-help = say who signs, e.g. `disclose { $command } ID --by 舒军`
sign-not-allowed = { $by } may not sign { $step }: { $config } [roles] names who may
sign-not-allowed-add-help = add the signer to `{ $key }` in [roles] of { $config }
sign-not-allowed-give-help = give --by one of: { $allowed }
sign-on-future = --on { $on } is after today ({ $today })
sign-on-future-help = a signature records what was done: give the day it was done
sign-approve-errors = Nothing was approved: an item with errors cannot be approved. Fix the errors above, then approve again.
sign-review-refused-help = nothing was written to any item; leave those items out, or fix what is said above
sign-approve-refused-help = nothing was written; review the items first (`disclose review ID --by NAME`), or fix the dates
sign-no-item = there is no item "{ $id }"
sign-no-item-did-you-mean = there is no item "{ $id }" (did you mean { $meant }?)
sign-no-item-help = nothing was written; an item's id is its file name without .md (`disclose status` lists the items waiting for review and approval)
sign-unreadable = Nothing was written: fix the errors above first.
sign-could-not-read = could not read { $file }
sign-could-not-edit = could not edit { $file }
sign-could-not-sign = could not sign { $file }
sign-published = it was published on { $published }; the record of a published item is not re-signed (write a new item, or correct the file by hand if the record is wrong)
sign-review-after-approval = it was approved on { $approved }, and a review on { $on } would come after the approval; pass --on { $approved } or earlier, or remove approved_by/approved_on first if the item changed after its approval
sign-not-reviewed = it has not been reviewed (审核), which disclose.toml requires before approval: run `disclose review { $id } --by NAME` first
sign-approve-before-review = it was reviewed on { $reviewed }, so it cannot be approved on { $on }, before its review
sign-placeholder = it still holds the template's placeholder text ({ $file }:{ $line }); write the content first
sign-nothing-changed = Nothing changed: { $step } by { $by } on { $on } is already recorded on { $n ->
    [one] { $n } item
   *[other] { $n } items
}.
sign-recorded = Recorded { $step } by { $by } on { $on } on { $n ->
    [one] { $n } item
   *[other] { $n } items
}:
sign-already-recorded = (already recorded)
sign-replaces = (replaces { $by }, { $on })
sign-check-attachment = check this file by eye, it is published and not searched for personal data: { $file }
sign-next-publish = disclose publish --dry-run   # see what publishing will do, then `disclose publish`

## feedback

feedback-case-unreadable = the feedback case { $file } could not be read
feedback-case-unreadable-help = run `disclose check` to see what is wrong with it, and correct the file
feedback-case-unknown = there is no feedback case "{ $id }"
feedback-case-unknown-help = run `disclose feedback list` to see the case ids (a case's id is its file name without .md, like 2026-03-02-1)
feedback-case-unknown-did-you-mean = did you mean { $ids }? `disclose feedback list` shows every case
feedback-days-out-of-range = --days is { $days }: { $why }; nothing was written
feedback-days-out-of-range-help = give --days as a number of working days up to { $max }, such as 10
feedback-limit-out-of-range = the handling limit (working_days) is { $days }: { $why }; nothing was written
feedback-limit-out-of-range-help = set `[feedback] working_days` in disclose.toml to at most { $max }, such as 15
feedback-request-limit-out-of-range = the request limit (`[requests] working_days`) is { $days }: { $why }; nothing was written
feedback-request-limit-out-of-range-help = set `[requests] working_days` in disclose.toml to at most { $max }, such as 3
feedback-warning-label = warning:
feedback-note-label = note:
feedback-calendar-missing = no working-day calendar covers { $year }, so the limit was counted skipping weekends only; add calendar/{ $year }.toml with that year's holidays and make-up working days, then correct `due_on` if it changes
feedback-arg-empty = { $flag } is empty
feedback-arg-empty-help = say it in words, e.g. { $flag } "{ $example }"
feedback-add-recorded = Recorded feedback case { $id } in { $file }.
feedback-add-recorded-request = Recorded request to disclose (依申请公开) { $id } in { $file }.
feedback-add-recorded-correction = Recorded correction request (更正申请) { $id } in { $file }.
feedback-add-due = Due on { $due }: { $days } working days after { $received }, the day of receipt not counted.
feedback-add-next = Next: log each step with `disclose feedback log { $id } --note "…"`, answer with `disclose feedback respond { $id } --text "…"`.
feedback-add-next-decide = Next: log each step with `disclose feedback log { $id } --note "…"`, decide with `disclose feedback decide { $id } --outcome …`.
feedback-add-kind-unknown = --kind "{ $kind }" is not a kind of case; nothing was written
feedback-add-kind-unknown-help = use --kind opinion (意见建议, the default), request (依申请公开) or correction (更正申请)
feedback-add-channel-unknown = "{ $channel }" is not one of the feedback channels in disclose.toml; nothing was written
feedback-add-channel-unknown-help = use one of: { $channels }; or add the channel to `[feedback] channels` in disclose.toml
feedback-add-from-unknown = --from "{ $from }" is neither public nor member
feedback-add-from-unknown-help = use --from public (the default) or --from member (a party member)
feedback-add-summary-lines = --summary has more than one line
feedback-add-summary-lines-help = give a one-line summary; the full text goes into the case's body
feedback-add-summary-personal = --summary holds { $what }; the summary may be published, so it must not identify the person
feedback-add-summary-personal-help = leave numbers out of the summary and give them with --contact, which stays private
feedback-add-summary-names = --summary names the person ("{ $value }"); the summary may be published, so it must not identify them
feedback-add-summary-names-help = say who in general words (群众, 党员, 签约居民 …); the name stays in --name, which is never published
feedback-add-summary-contact = --summary gives the person's contact ("{ $value }"); the summary may be published, so it must not identify them
feedback-add-summary-contact-help = say who in general words (群众, 党员, 签约居民 …); the contact stays in --contact, which is never published
feedback-add-about-unknown = --about "{ $about }" is neither a catalogue entry nor an item
feedback-add-about-unknown-help = give an entry id such as 7.2 (see `disclose catalogue list`) or an item id (its file name without .md), or leave --about out
feedback-add-correction-about-missing = a correction request must name the published item it says is wrong; nothing was written
feedback-add-correction-about-unknown = --about "{ $about }" is not an item; a correction request names the published item it says is wrong
feedback-add-correction-about-help = give the item's id with --about (its file name without .md, such as 2026-Q3-7.1)
feedback-add-received-future = --received { $received } is after today ({ $today })
feedback-add-received-future-help = give the day the opinion arrived; a case cannot be received in the future
feedback-add-prompt = Type or paste the opinion as received (it stays private), then press Ctrl-D on a line of its own:
feedback-add-stdin-unreadable = could not read the opinion text from standard input: { $error }
feedback-add-stdin-unreadable-help = pass UTF-8 text (convert a GBK file first, e.g. with iconv -f GBK -t UTF-8)
feedback-add-text-missing = no opinion text was given; nothing was written
feedback-add-text-missing-help = pipe it in (`disclose feedback new … < opinion.txt`), type it at the prompt, or use --edit to write it in your editor
feedback-add-editor-missing = --edit needs an editor, but neither $VISUAL nor $EDITOR is set
feedback-add-editor-missing-help = set one (e.g. export EDITOR=nano), or pipe the text in instead of --edit
feedback-add-editor-scratch = could not create a temporary file for the editor
feedback-add-editor-failed = could not start the editor `{ $editor }`: { $error }
feedback-add-editor-failed-help = check $VISUAL / $EDITOR, or pipe the text in instead of --edit
feedback-add-editor-exit = the editor `{ $editor }` exited with { $status }; nothing was written
feedback-add-editor-exit-help = run the command again and save the text before leaving the editor
feedback-add-editor-readback = could not read back the editor's file
feedback-add-editor-not-utf8 = the text saved in the editor is not UTF-8
feedback-add-editor-not-utf8-help = save it as UTF-8 and try again
feedback-add-readback = could not record the case
feedback-edit-unreadable = could not read { $file }
feedback-edit-uneditable = could not edit { $file }
feedback-edit-before-received = { $on } is before case { $id } was received ({ $received })
feedback-edit-before-received-help = give --on a date on or after { $received }
feedback-edit-future = { $on } is after today ({ $today })
feedback-edit-future-help = record a step once it has happened
feedback-edit-before-last-step = { $on } is before the last step in the handling log of case { $id } ({ $last })
feedback-edit-before-last-step-help = the log is kept in date order: give --on { $last } or later
feedback-edit-before-reopened = { $on } is before the case was reopened ({ $reopened })
feedback-edit-before-answer = { $on } is before the answer was given ({ $answer })
feedback-edit-on-or-later = give --on { $date } or later
feedback-edit-step-refused = case { $id } { $state ->
    [open] is still open ({ $status })
    [answered] was answered on { $on }
    [answered-undated] was answered
    [closed] was closed on { $on }
    [closed-undated] was closed
    [rejected] was not accepted (rejected) on { $on }
   *[rejected-undated] was not accepted (rejected)
}, so it cannot be { $step ->
    [log] logged
    [extend] extended
    [respond] answered
    [reject] rejected
    [rate] rated
    [reopen] reopened
    [decide] decided
   *[close] closed
}
feedback-edit-log-failed = could not add to the handling log of { $file }
feedback-edit-response-shape = `response` in { $file } is neither [[response]] tables nor a [response] table
feedback-edit-response-shape-help = write each answer as a [[response]] table, as the README shows, and try again
feedback-edit-answer-shape = the answer in { $file } is not a [[response]] table
feedback-edit-done = Case { $id } ({ $file }): { $done }.
feedback-edit-status-due = Status { $status }, due on { $due }.
feedback-edit-status = Status { $status }.
feedback-edit-commit = Commit it: git add { $file } && git commit -m "feedback { $id }: { $commit }"
feedback-rating-unknown = "{ $word }" is not a rating
feedback-rating-unknown-help = use satisfied (满意), partly (基本满意) or unsatisfied (不满意)
feedback-log-done = logged a step on { $on }
feedback-log-commit = handling step
feedback-extend-zero = --days 0 would not extend anything
feedback-extend-zero-help = give the extra working days, e.g. --days 10
feedback-extend-twice = case { $id } was already extended on { $on } (by { $days } working days); a limit may be extended only once
feedback-extend-twice-help = answer it with `disclose feedback respond { $id } --text "…"`, or explain the delay in the log with `disclose feedback log`
feedback-extend-twice-help-decide = decide it with `disclose feedback decide { $id } --outcome …`, or explain the delay in the log with `disclose feedback log`
feedback-extend-request-too-long = --days { $days } would make the limit { $total } working days ({ $limit } and { $days } more); a request's limit may be extended to at most { $max } working days in all; nothing was written
feedback-extend-request-too-long-help = give --days { $most } or less (`[requests] max_working_days` is { $max }), and say why in --reason
feedback-extend-long = an extension of { $days } working days is longer than the 15 that local rules usually allow
feedback-extend-done = limit extended by { $days } working days, from { $from } to { $to }
feedback-extend-commit = limit extended
feedback-respond-decided-kind = case { $id } is a { $kind ->
    [request] request to disclose (依申请公开)
   *[correction] correction request (更正申请)
}: it is answered by a decision, not with `respond`
feedback-respond-decided-kind-help = record the decision with `disclose feedback decide { $id } --outcome …`
feedback-respond-reopen-first = to answer again after a complaint about the answer, reopen it first: `disclose feedback reopen { $id } --reason "…"`
feedback-respond-earlier-kept = the earlier answer of { $earlier } is kept in the file, before this one
feedback-respond-late = answered { $days } days after the limit ({ $due }); reports count it as late
feedback-respond-done-public = answered on { $on }, shown on the board
feedback-respond-done-private = answered on { $on }, not shown on the board
feedback-respond-commit = answered
feedback-public-personal = the { $what ->
    [answer] answer
   *[summary] summary
} holds { $kind } and --public would put it on the board
feedback-public-personal-help = leave the number out of the { $what ->
    [answer] answer
   *[summary] summary
} (give the hotline or an office landline instead), or answer without --public
feedback-public-identity = the { $what ->
    [answer] answer
   *[summary] summary
} holds the person's own { $key } and --public would put it on the board
feedback-public-identity-help = say who in general words (群众, 党员 …) and leave out how they were reached; `{ $key }` stays in the case file, or answer without --public
feedback-reject-answered = case { $id } was already answered on { $on }, so it cannot be rejected
feedback-reject-answered-help = answer it again with `disclose feedback respond { $id } --text "…"`
feedback-reject-done = not accepted (不予受理) on { $on }
feedback-reject-commit = not accepted
feedback-rate-unanswered = case { $id } has no answer yet, so there is nothing to rate
feedback-rate-unanswered-help = record the answer first with `disclose feedback respond { $id } --text "…"` (it takes --rating too)
feedback-rate-refused-help = rate an answer before the case is handled again; the new answer (`disclose feedback respond { $id } --text "…"`) can then be rated
feedback-rate-twice = the answer of { $answer } was already rated { $rating }; a rating is kept as it was given
feedback-rate-twice-on = the answer of { $answer } was already rated { $rating } on { $on }; a rating is kept as it was given
feedback-rate-twice-help = if the person is not satisfied, reopen the case (`disclose feedback reopen { $id } --reason "…"`) and rate the new answer
feedback-rate-done = the answer of { $answer } rated { $rating } on { $on }
feedback-rate-commit = rated
feedback-rate-reopen-hint = To handle it again with a new limit: disclose feedback reopen { $id } --reason "…"
feedback-reopen-done = reopened on { $on } with a new limit of { $days } working days
feedback-reopen-commit = reopened
feedback-close-answer-first = answer it first with `disclose feedback respond { $id } --text "…"`
feedback-close-decide-first = decide it first with `disclose feedback decide { $id } --outcome …`
feedback-close-done = closed on { $on }
feedback-close-commit = closed
feedback-rule-extend = only an open case (received or handling) can be extended
feedback-rule-respond-rejected = a case that was not accepted needs no answer; its reason is in the log
feedback-rule-respond = an answered case is answered again only after it is reopened
feedback-rule-reject = only a case that is not yet answered can be rejected (不予受理)
feedback-rule-rate-rejected = a case that was not accepted has no answer to rate
feedback-rule-rate = only an answered or closed case has an answer to rate
feedback-rule-reopen = only an answered or closed case can be reopened; an open case is still being handled
feedback-rule-close-closed = it is closed already; nothing to do
feedback-rule-close-rejected = a case that was not accepted is finished already; nothing to close
feedback-rule-close = only an answered case can be closed
feedback-rule-log = a handling step can always be logged
feedback-rule-refused = `{ $step }` is not allowed when a case is { $status }: { $rule }
feedback-decide-opinion = case { $id } is an opinion: it is answered with `respond`, not decided
feedback-decide-opinion-help = answer it with `disclose feedback respond { $id } --text "…"`; only a request (依申请公开) or a correction request (更正申请) is decided
feedback-decide-outcome-unknown = --outcome "{ $outcome }" is not a decision on a { $kind ->
    [request] request to disclose
   *[correction] correction request
}
feedback-decide-outcome-unknown-help = a { $kind ->
    [request] request
   *[correction] correction request
} is decided with --outcome { $outcomes }
feedback-decide-reopen-first = to decide again, reopen it first: `disclose feedback reopen { $id } --reason "…"`
feedback-decide-reason-missing = --outcome { $outcome } needs the reason, which is fed back to the person; nothing was written
feedback-decide-reason-missing-help = give it with --reason "…", naming the rule or the fact it rests on
feedback-decide-item-missing = --outcome { $outcome } names the item; nothing was written
feedback-decide-item-missing-disclosed-help = give the published item that answers the request with --item (its file name without .md); publish it first if it is not published yet
feedback-decide-item-missing-corrected-help = correct the item first with `disclose correct { $about }`, then give it with --item
feedback-decide-item-unwanted = --outcome { $outcome } names no item
feedback-decide-item-unwanted-help = leave --item out, or decide disclosed (a request) or corrected (a correction request)
feedback-decide-item-unknown = --item "{ $item }" is not an item
feedback-decide-item-unknown-help = give an item id (its file name without .md, such as 2026-Q3-7.1)
feedback-decide-item-unpublished = item { $item } was not published on or before { $on }
feedback-decide-item-unpublished-help = publish { $item } first (`disclose publish`), then record the decision
feedback-decide-correction-missing = item { $item } has no correction (`disclose correct`) made since case { $id } was received ({ $received })
feedback-decide-correction-missing-help = correct it first with `disclose correct { $item }`, then decide corrected; or decide refused with the reason
feedback-decide-done = decided { $outcome } on { $on }{ $public ->
    [yes] , shown on the board
   *[no] , not shown on the board
}
feedback-decide-done-item = decided { $outcome } on { $on } ({ $item }){ $public ->
    [yes] , shown on the board
   *[no] , not shown on the board
}
feedback-decide-commit = decided { $outcome }
feedback-list-id = ID
feedback-list-received = RECEIVED
feedback-list-channel = CHANNEL
feedback-list-from = FROM
feedback-list-status = STATUS
feedback-list-due = DUE
feedback-list-summary = SUMMARY
feedback-list-none-overdue = No feedback case is overdue as of { $date }.
feedback-list-none-open = No feedback case is open.
feedback-list-none = No feedback cases yet. Record one with `disclose feedback new --channel C --summary S`.
feedback-list-overdue = { $due } OVERDUE
feedback-list-totals = { $all } cases: { $open } open ({ $overdue } overdue as of { $as_of }), { $answered } answered or closed, { $rejected } not accepted.
feedback-list-totals-shown = { $shown } of { $all } cases shown: { $open } open ({ $overdue } overdue as of { $as_of }), { $answered } answered or closed, { $rejected } not accepted.
feedback-list-kinds = Of them: { $requests } { $requests ->
    [one] request
   *[other] requests
} to disclose (依申请公开), { $corrections } correction { $corrections ->
    [one] request
   *[other] requests
} (更正申请).
feedback-show-file = file
feedback-show-kind-label = kind
feedback-show-received = received
feedback-show-name = name
feedback-show-contact = contact
feedback-show-about = about
feedback-show-status = status
feedback-show-due = due
feedback-show-kind = { $kind ->
    [request] request to disclose (依申请公开)
    [correction] correction request (更正申请)
   *[opinion] opinion
}
feedback-show-not-given = (not given)
feedback-show-private = { $value }  (private)
feedback-show-received-by = { $on } by { $channel }, from { $from ->
    [member] a party member
   *[public] a member of the public
}
feedback-show-log = handling log
feedback-show-log-empty = (nothing yet)
feedback-show-answer = answer
feedback-show-unanswered = (not answered yet)
feedback-show-board-shown = public: shown on the board
feedback-show-board-later = public once the case is answered again
feedback-show-board-public = public
feedback-show-board-private = not public
feedback-show-not-rated = not rated
feedback-show-rated = rated { $rating }
feedback-show-rated-on = rated { $rating } on { $on }
feedback-show-rated-by = rated { $rating } by { $by }
feedback-show-rated-on-by = rated { $rating } on { $on } by { $by }
feedback-show-answer-heading = { $earlier ->
    [yes] earlier answer
   *[no] answer
} of { $on } ({ $board }; { $rating })
feedback-show-decision = decision: { $outcome }
feedback-show-decision-item = decision: { $outcome }, item { $item }
feedback-show-decision-corrected = decision: { $outcome }, item { $item } (the correction of { $on })
feedback-show-opinion = opinion as received (private)
feedback-show-next = Next: { $next }
feedback-show-about-entry = entry { $id } · { $title }
feedback-show-about-item = item { $id } · { $title }
feedback-show-about-unknown = { $id } (no such entry or item)
feedback-show-answered-in-time = answered on { $on }, within the limit
feedback-show-answered-late = answered on { $on }, { $days } days after the limit
feedback-show-status-received = received, nothing done yet
feedback-show-status-reopened = handling again after the answer was reopened
feedback-show-status-handling = handling
feedback-show-status-answered = answered
feedback-show-status-closed = closed
feedback-show-status-closed-on = closed on { $on }
feedback-show-status-closed-answered = { $closed }; { $answered }
feedback-show-status-rejected = not accepted (不予受理)
feedback-show-status-rejected-on = not accepted (不予受理) on { $on }
feedback-show-due-extended = extended by { $days } working days on { $on }
feedback-show-due-reopened = a new limit from the reopening on { $on }
feedback-show-due-overdue = OVERDUE by { $days } days
feedback-show-due-today = due today
feedback-show-due-left = { $days } days left
feedback-show-due-notes = { $due } ({ $notes })
feedback-show-note-separator = {"; "}
feedback-show-step-extended = [extended by { $days } working days]
feedback-show-step-rejected = [not accepted]
feedback-show-step-reopened = [reopened]
feedback-show-step-closed = [closed]
feedback-show-next-open = log a step with `disclose feedback log { $id } --note "…"`, or answer with `disclose feedback respond { $id } --text "…"`
feedback-show-next-decide = log a step with `disclose feedback log { $id } --note "…"`, or decide with `disclose feedback decide { $id } --outcome …`
feedback-show-next-rate = record the person's view with `disclose feedback rate { $id } --rating satisfied|partly|unsatisfied`, then `disclose feedback close { $id }`
feedback-show-next-close = close it with `disclose feedback close { $id }`
request-overdue = { $kind ->
    [request] request to disclose (依申请公开)
   *[correction] correction request (更正申请)
} { $id } was due on { $due } and is still { $status }
request-overdue-help = decide it with `disclose feedback decide { $id } --outcome …`, or record a reasoned extension (to at most { $max } working days in all) with `disclose feedback extend { $id } --days N --reason "…"`
request-decision-missing = the answer of { $on } to { $kind ->
    [request] request
   *[correction] correction request
} { $id } gives no decision (`outcome`)
request-decision-missing-help = record decisions with `disclose feedback decide`, or add `outcome` = one of { $outcomes }
request-decision-wrong-kind = case { $id } is decided "{ $outcome }", which is no decision on a { $kind ->
    [request] request
    [correction] correction request
   *[opinion] opinion (an opinion is answered, not decided)
}
request-decision-wrong-kind-help = a request is disclosed, not-disclosed or not-held; a correction request is corrected or refused; an opinion's answer has no `outcome`
request-decision-item = case { $id } is decided "{ $outcome }" but names no item that exists ("{ $item }")
request-decision-item-help = set `item` to the id of the published item (its file name without .md)
request-decision-correction = case { $id } is decided "corrected", but item { $item } has no correction (`[[correction]]`) on its `correction_on`
request-decision-correction-help = correct the item with `disclose correct { $item }` and set `correction_on` to that correction's date, or decide refused with the reason
request-extension-too-long = case { $id } was extended by { $days } working days on a limit of { $limit }: more than the { $max } working days a request may take in all
request-extension-too-long-help = a request's limit may be extended once, to at most { $max } working days from receipt (`[requests] max_working_days`); correct `days` and `due_on`
feedback-config-requests-range = `{ $key }` is { $value }: { $why }
feedback-config-requests-order = `[requests] working_days` is { $days } and `max_working_days` is { $max }
feedback-config-requests-help = give the limit of a request in working days, at least 1, and the longest limit with its extension not shorter than it, such as working_days = 3 and max_working_days = 10
feedback-report-requests-heading = { $kind ->
    [request] Requests to disclose (依申请公开)
   *[correction] Correction requests (更正申请)
} received in { $year } (limit { $limit } working days)
feedback-report-requests-counts = received { $received }: decided within the limit { $within }, after it { $late }, overdue { $overdue }, open within the limit { $open }, extended { $extended }, not accepted { $rejected }
feedback-report-request-outcomes = disclosed { $disclosed } / not disclosed { $not_disclosed } / not held { $not_held }
feedback-report-correction-outcomes = corrected { $corrected } / refused { $refused }

## publish, board, bulletin, store

publish-refused = Nothing was published and no file was changed: fix the errors above (`disclose check` shows them too), then run `disclose publish` again.
publish-board-failed = could not build the board
publish-bulletin-failed = could not build the bulletin
publish-board-write-failed = could not write the board; nothing was published and no item was changed
publish-read-failed = could not read { $file }
publish-edit-failed = could not edit { $file }
publish-stamp-failed = could not stamp { $file }
publish-switched-in-place = Note: { $site }/ could not be switched to the new board in one step ({ $reason }), so its files were updated in place, each one whole.
publish-bulletin-created = Bulletin: wrote { $md } and { $html } (the members' bulletin of { $quarter }).
publish-bulletin-updated = Bulletin: brought { $md } and { $html } up to date.
publish-bulletin-unchanged = Bulletin: { $md } is up to date.
publish-bulletin-frozen = Bulletin: { $md } was announced at the members' meeting of { $announced } and was left as it is; `disclose bulletin { $quarter }` shows what changed since.
publish-nothing-to-commit = Nothing to commit.
publish-commit-bulletin = Update the { $quarter } bulletin
publish-commit-items = Publish { $n } { $n ->
    [one] item
   *[other] items
} on { $date }
publish-commit-record = Commit the record
publish-commit-record-note = { $label } (the board in { $site }/ is not committed):
publish-waiting-stale = { $message } ({ $help })
publish-waiting-signed-later = signed on { $on }, after { $date }
publish-waiting-needs-both = needs 审核 (`disclose review { $id } --by NAME`) and 审批 (`disclose approve { $id } --by NAME`)
publish-waiting-needs-review = needs 审核 (`disclose review { $id } --by NAME`)
publish-waiting-needs-approval = needs 审批 (`disclose approve { $id } --by NAME`)
publish-waiting-event = its event is on { $event }, after { $date }
publish-obligations-would-meet = Obligations it would meet:
publish-obligations-met = Obligations met:
publish-obligation-late = late, due { $due }
publish-obligation-on-time = on time, due { $due }
publish-obligation-due = due { $due }
publish-nothing-overdue = Nothing is overdue.
publish-still-overdue-afterwards = Still overdue afterwards:
publish-still-overdue = Still overdue:
publish-not-published-yet = Not published yet:
publish-dry-run = Dry run: nothing was changed. `disclose publish` would:
publish-dry-run-no-item = publish no item (none is ready and unpublished)
publish-dry-run-stamp = stamp published_on = { $date } on { $n } { $n ->
    [one] item
   *[other] items
}:
publish-dry-run-board-same = leave the board in { $site }/ as it is ({ $unchanged } { $unchanged ->
    [one] page
   *[other] pages
} unchanged)
publish-dry-run-board = update the board in { $site }/ ({ $unchanged } { $unchanged ->
    [one] page
   *[other] pages
} unchanged):
publish-dry-run-add = add
publish-dry-run-change = change
publish-dry-run-remove = remove
publish-dry-run-bulletin-create = write the bulletin of { $quarter }: { $md } and { $html }
publish-dry-run-bulletin-update = bring the bulletin of { $quarter } up to date: { $md } and { $html }
publish-dry-run-bulletin-same = leave the bulletin of { $quarter } as it is ({ $md })
publish-summary-none = Published no new item (none is ready and unpublished).
publish-summary-published = Published { $n } { $n ->
    [one] item
   *[other] items
} on { $date }:
publish-summary-board-same = Board: { $site }/ is up to date ({ $unchanged } { $unchanged ->
    [one] page
   *[other] pages
}).
publish-summary-board = Board: { $site }/ — { $added } added, { $changed } changed, { $removed } removed, { $unchanged } unchanged.
publish-attachments-summary = Attachments: { $added } added, { $changed } changed, { $removed } removed.

bulletin-not-a-quarter-kind = "{ $text }" is a { $kind }, not a quarter: a bulletin covers one quarter
bulletin-not-a-quarter = "{ $text }" is not a quarter
bulletin-quarter-help = write the quarter as YEAR-Qn, like 2026-Q1
bulletin-not-started = { $quarter } has not started on { $date } (it starts on { $start })
bulletin-not-started-help = write the bulletin of this quarter or an earlier one, or give --as-of
bulletin-unreadable = the repository has files that could not be read, so no bulletin was written
bulletin-unreadable-help = fix the problems above, then run the command again
bulletin-wrote = wrote { $md } and { $html }
bulletin-rewrote-forced = rewrote { $md } and { $html } (--force: it was announced at the members' meeting of { $announced })
bulletin-updated-ended = updated { $md } and { $html } (the quarter ended on { $end }; not yet announced at a members' meeting)
bulletin-updated-running = updated { $md } and { $html } (the quarter runs until { $end })
bulletin-unchanged = { $md } and { $html } are unchanged
bulletin-frozen = the bulletin of { $quarter } is the record of what members were told (announced at the members' meeting of { $announced }); it differs from what the files say now, and was left as it is
bulletin-frozen-help = review the change above; to apply it, run `disclose bulletin { $quarter } --force` and commit the result

store-could-not-replace = could not replace { $path }
store-exists-left = { $path } already exists; it was left as it is
store-could-not-create = could not create { $path }
store-could-not-create-folder = could not create the folder { $path }
store-could-not-write-in = could not write in { $path }
store-could-not-write = could not write { $path }
store-could-not-read = could not read { $path }
store-could-not-remove = could not remove { $path }
store-could-not-keep = could not keep { $path }
store-site-setting = choose another folder with `site_dir` in the [publish] table of disclose.toml, such as "site"
store-site-outside = the output folder "{ $folder }" is not a folder inside the repository
store-site-above-root = the output folder "{ $folder }" is the repository root or a folder above it
store-site-is-file = the output folder "{ $folder }" is a file
store-site-is-file-help = move the file away, or { $setting }
store-site-holds-repository = the output folder "{ $folder }" holds a repository ({ $config } or .git); publishing there would replace its files
store-site-not-ours = the output folder "{ $folder }" is not empty and was not created by disclose (it has no { $manifest }); nothing was written
store-site-not-ours-help = move its files elsewhere (disclose will create the folder), or { $setting }
store-leftover-remove = could not remove { $path }, left by an interrupted publish
store-bug-help = this is a bug in disclose: please report it
store-switch-board-left-aside = { $folder } is missing and the board is in { $aside }, left there by an interrupted publish, but the folder cannot be switched; move { $aside } back to { $back } and publish again
store-staging-unwritable-help = check that the folder beside the site folder can be written (its permissions, and the free space of the disk)
store-bug-twice = the generated file "{ $path }" is produced twice
store-manifest-damaged = { $folder }/{ $manifest } is damaged, so disclose cannot tell which files it wrote; nothing was written
store-manifest-damaged-help = if { $folder } holds only pages written by disclose, delete the folder and publish again
store-foreign-file = { $folder }/{ $path } exists but was not written by disclose (it is not in { $folder }/{ $manifest }); nothing was written
store-foreign-file-help = move { $folder }/{ $path } out of the output folder, then publish again
store-switch-not-renamed = it could not be renamed: { $error }
store-switch-mount-point = it is a mount point
store-switch-staging-left = the board in { $folder } is up to date, but { $path } could not be removed; the next publish removes it
store-switch-failed = could not switch { $folder } to the new board
store-switch-failed-restore = could not switch { $folder } to the new board; the next publish puts the old one back
store-switch-old-left = the new board is in { $folder }, but the old one could not be removed from { $path }; the next publish removes it
store-switch-not-synced = the new board is in { $folder }, but the switch could not be synced to the disk
store-switch-not-synced-old = the new board is in { $folder }, but the switch could not be synced to the disk; the old board is left in { $path } and the next publish removes it

render-template-symlink = the template { $template } is a symbolic link, and links are not followed (it could put any file on the board); replace it with the template itself, or delete it to use the built-in one
render-template-not-file = the template { $template } is not a file; delete it to use the built-in one
render-template-too-large = the template { $template } is larger than 1 MiB, far more than any page needs, and was not read; shorten it, or delete it to use the built-in one
render-template-unreadable = could not read the template { $template }
render-template-not-utf8 = could not read the template { $template }: it must be UTF-8 text
render-template-folder-symlink = { $folder }/ is a symbolic link, and linked template folders are not followed (it could put files from outside the repository on the board); replace the link with the folder itself
render-template-builtin = the built-in template { $name }
render-template-invalid = { $origin } is not a valid template
render-template-syntax = { $template } is not a valid template: { $error }
render-template-missing = no template named { $name }
render-template-out-of-fuel = the template { $name } did more work than any page needs (its rendering budget ran out, in a loop that runs too often or builds too much text); nothing was written. Simplify { $folder }/{ $name }, or delete it to use the built-in one
render-template-failed = the template { $name } could not be rendered: { $error }
render-template-failed-at = the template { $name } could not be rendered (line { $line }): { $error }
render-attachment-unpublishable = { $file } cannot be published: { $reason }; replace it with a file saved again by an image editor
diff-header-on-disk = { $name } (on disk)
diff-header-new = { $name } (new)
render-search-index-failed = could not write the search index
render-not-readable-picture = it is not a readable { $kind } ({ $error })
render-not-readable-gif = it is not a readable GIF

store-value-line-break = { $arg } holds a line break; it must be one line; nothing was written
store-value-line-break-help = give { $arg } on one line (longer text belongs in the file's body or in a note)
store-value-carriage-return = a carriage return (\r)
store-value-control-character = the control character U+{ $code }
store-value-control = { $arg } holds { $what }, which a text file cannot show; nothing was written
store-value-control-help = remove it from { $arg } (it is invisible, often pasted from a word processor or a terminal) and try again
store-value-not-toml = { $arg } cannot be written as a TOML string
store-value-not-toml-help = simplify { $arg } and try again
store-readback-front-help = check the values given on the command line and the file's front matter; the file was left as it was
store-readback-toml-help = check the values given on the command line; the file was left as it was
store-readback-not-utf8 = the edited file would not be UTF-8 text; nothing was written
store-readback-no-front = the edited file would no longer have its `+++` front matter; nothing was written
store-edit-no-front = the file does not start with `+++` front matter, so it was not edited
store-edit-front-not-toml = the front matter is not valid TOML, so the file was not edited
store-edit-front-unclosed = the `+++` front matter is never closed, so the file was not edited
store-edit-not-array-of-tables = `{ $key }` is written as an inline array, not as tables of their own ([[{ $key }]]), so nothing can be added to it; write each entry as a [[{ $key }]] table (an empty `{ $key } = []` can simply be deleted) and run this again
store-readback-front-not-toml = the edited front matter would not be valid TOML ({ $error }); nothing was written
store-readback-not-toml = the edited file would not be valid TOML ({ $error }); nothing was written
store-readback-date-too-late = `{ $path }` would be { $date }, a date after 9999-12-31, which a file cannot hold; nothing was written
store-readback-date-too-late-help = a limit or date this far ahead is a mistake: check the number of days given and the dates in the file
store-readback-mismatch = `{ $path }` would not read back as the value written; nothing was written
store-readback-front-matter = (the front matter)

## archive, report, export, overview, audit


## codes: what each finding code means (`disclose codes`), one message a code: code-<code>

codes-one = { $code } ({ $level }): { $meaning }
codes-unknown = there is no finding code "{ $name }"
codes-unknown-help = run `disclose codes` to list them
codes-unknown-did-you-mean = did you mean "{ $guess }"? Run `disclose codes` to list them
archive-unreadable-files = warning: { $n } { $n ->
    [one] problem
   *[other] problems
} found while reading the repository; files that could not be read are missing from the register (run `disclose check`)
archive-folder-label = the archive register's folder "{ $folder }"
archive-nothing-written = { $reason }; nothing was written
archive-wrote = Wrote { $md } and { $csv }: the archive register of { $year } ({ $items } items, { $cases } feedback cases).
archive-commit-message = { $year }年档案目录
archive-commit = Commit them: git add { $folder } && git commit -m "{ $message }"
report-not-begun = { $year } has not begun on { $date }
report-not-begun-help = give this year or an earlier one with --year
report-read-failed = could not read { $file }
report-annual-wrote = wrote { $file }: write the section 「存在问题和改进措施」 in it (`disclose check` reports it until then)
report-annual-unchanged = { $file } is unchanged
report-annual-rewrote = rewrote { $file } (--force)
report-annual-differs = { $file } differs from the report the files give now (edited by hand, or the figures changed), and was left as it is
report-annual-differs-help = review the change above; to replace the file (and what was written in it), run `disclose report --year { $year } --annual --force`
report-annual-html = wrote { $html } from { $md }
report-unreadable-files = warning: { $n } problem(s) found while reading the repository; files that could not be read are not counted (run `disclose check`)
report-wrote = Wrote the { $format } report to { $file }.
report-output-label = the report file { $file }
report-output-in-site-help = the report is internal and never goes on the public board: write it outside site_dir, e.g. --output report.html
report-repo-repeated = { $path } is the same repository as { $first }, given before; it is counted once
report-output-help = write the report somewhere else, e.g. --output report.html
report-output-in-unreadable = the report file { $file } lies inside { $repo }, whose disclose.toml could not be read, so where its board is cannot be known

# CSV headers of `archive` and `report` (report::csv::column): csv-KEY, KEY with - for _
csv-year = year
csv-kind = kind
csv-category = category
csv-category-title = category_title
csv-entry = entry
csv-entry-title = entry_title
csv-id = id
csv-title = title
csv-scope = scope
csv-audience = audience
csv-period-or-event = period_or_event
csv-state = state
csv-received-on = received_on
csv-due-on = due_on
csv-reviewed-on = reviewed_on
csv-approved-on = approved_on
csv-published-on = published_on
csv-answered-on = answered_on
csv-file = file
csv-size = size
csv-sha256 = sha256
csv-recorded-by-hand = recorded_by_hand
csv-corrections = corrections
csv-organisation = organisation
csv-level = level
csv-done = done
csv-late = late
csv-overdue = overdue
csv-open = open
csv-on-time-rate = on_time_rate
csv-median-days-after-due = median_days_after_due
csv-feedback-received = feedback_received
csv-feedback-answered-within-limit = feedback_answered_within_limit
csv-feedback-answered-late = feedback_answered_late
csv-feedback-extended = feedback_extended
csv-feedback-overdue = feedback_overdue
csv-feedback-open = feedback_open
csv-feedback-rejected = feedback_rejected
csv-median-working-days-to-answer = median_working_days_to_answer
csv-feedback-rated = feedback_rated
csv-feedback-satisfied = feedback_satisfied
csv-feedback-partly = feedback_partly
csv-feedback-unsatisfied = feedback_unsatisfied
csv-satisfaction-rate = satisfaction_rate
csv-note = note

report-title = Performance report { $year } · { $organisation } (as of { $date })
report-selection = Obligations are those whose due date falls in the year; feedback, the cases received in the year.
report-not-approved = The catalogue is not approved, or it changed since its approval: no obligations are counted.
report-not-approved-help = Run `disclose catalogue approve --by NAME` once the leading group has approved it.
report-obligations-due = Obligations due in { $year }
report-col-category-entry = category / entry
report-col-organisation = organisation
report-col-done = done
report-col-late = late
report-col-overdue = overdue
report-col-open = open
report-col-on-time = on time
report-col-median-days = median days
report-col-feedback = feedback
report-col-in-limit = in limit
report-col-answered-late = late
report-col-unanswered = overdue
report-col-extended = extended
report-col-median-wd = median wd
report-col-satisfaction = satisfaction
report-col-note = note
report-total = Total
report-legend = on time = done / (done + late + overdue); median days = publication minus due date (negative = early).
report-feedback-heading = Feedback received in { $year } (limit { $limit } working days)
report-feedback-received = received
report-feedback-within-limit = answered within the limit
report-feedback-after-limit = answered after the limit
report-feedback-extended = extended
report-feedback-overdue = overdue (open past the limit)
report-feedback-open = open within the limit
report-feedback-rejected = not accepted
report-feedback-median-days = median working days to answer
report-feedback-rated = rated
report-feedback-ratings = satisfied / partly / unsatisfied
report-feedback-satisfaction = satisfaction (satisfied + partly)
report-record-heading = Record of { $year }
report-record-published = items published
report-record-by-tool = recorded by the tool
report-record-by-hand = recorded by hand (no digest)
report-record-corrections = corrections (更正)
report-summary-title = Performance report { $year } · { $count } { $count ->
    [one] organisation
   *[other] organisations
} (as of { $date })
report-note-not-approved = catalogue not approved
report-note-broken = BROKEN: could not be read
report-note-without-broken = without { $n } broken
report-summary-legend-1 = on time = done / (done + late + overdue); median days = publication minus due date; feedback: received, answered
report-summary-legend-2 = within the limit, after it, extended, open past the limit, median working days to answer, satisfaction rate.
report-could-not-be-read = Could not be read:

archive-record-corrections = { $n } { $n ->
    [one] correction
   *[other] corrections
}
archive-record-by-hand = by hand
archive-record-tool = tool
archive-scope-members = members 党内
archive-scope-restricted = restricted: { $audience }
archive-title = Archive register { $year } · { $organisation } (as of { $date })
archive-counts = { $items } { $items ->
    [one] item
   *[other] items
}, { $cases } { $cases ->
    [one] feedback case
   *[other] feedback cases
}.
archive-unknown-category = (entries not in the catalogue)
archive-col-entry = entry
archive-col-id = id
archive-col-title = title
archive-col-scope = scope
archive-col-state = state
archive-col-reviewed = reviewed
archive-col-approved = approved
archive-col-published = published
archive-col-record = record
archive-col-file = file
archive-col-about = about
archive-col-summary = summary
archive-col-board = board
archive-col-status = status
archive-col-received = received
archive-col-due = due
archive-col-answered = answered
archive-col-item = item
archive-col-size = size
archive-col-sha256 = sha256
archive-col-on = on
archive-col-note = note
archive-case-summary = { $kind ->
    [request] [request to disclose]{" "}
    [correction] [correction request]{" "}
   *[other] {""}
}{ $summary }
archive-cases-heading = Feedback cases (summaries only)
archive-case-public = public
archive-case-internal = internal
archive-attachments-heading = Attachments (size in bytes, SHA-256)
archive-evidence-heading = Photos of the posted board (evidence, never published)
archive-nothing-filed = Nothing is filed under { $year }.

report-csv-failed = could not write CSV: { $error }
audit-not-git = { $folder } is not inside a git repository
audit-no-commits = the git repository at { $folder } has no commits yet
audit-unreadable = the git history could not be read: { $error }
audit-not-git-help = audit reads the repository's git history: run it in the git clone of the repository, after its first commit
audit-unreadable-help = check that the clone is complete (not shallow) and not damaged: `git fsck`
audit-at-commit = commit { $commit } on { $date }
audit-kind-item = item
audit-kind-case = feedback case
audit-catalogue-unapproved = the catalogue was changed in { $at } and that version was never approved by the leading group
audit-catalogue-unapproved-help = have the leading group approve each change of the catalogue (`disclose catalogue approve --by 党务公开工作领导小组`) and commit the approval
audit-file-removed = the { $kind } { $id } was removed in { $at }
audit-file-removed-help = a signed, published or received record is kept, not deleted: restore the file from the commit before (`git checkout <commit>~1 -- <file>`), and record a withdrawal instead if it must no longer be shown
audit-stamp-changed = `{ $key }` was changed from { $before } to { $after } in { $at }
audit-stamp-changed-help = a recorded date is not rewritten: if it was wrong, restore it and record the correction with its reason
audit-backdated-stamp = `{ $key } = { $date }` was first committed in { $at }, { $late } days after the date it claims (the grace is { $grace } days)
audit-backdated-stamp-help = record signatures and stamps on the day they happen (`disclose review`, `approve` and `publish` write today's date); if the date is true, keep the written evidence of it for the inspection
audit-stamp-removed = `{ $key } = { $date }` was removed from { $file } in { $at }
audit-stamp-removed-help = a signature or stamp once recorded stays in the record: restore it from the commit before
audit-content-changed = the published item { $file } (published on { $on }) had its content changed in { $at }
audit-content-changed-help = a published disclosure is not edited in place: restore the published text, or record the change as a correction (`disclose correct ID --reason "…"`) and commit it with the change
audit-date-out-of-range = commit { $commit } has a date out of range
audit-commits-read = Read { $count } { $count ->
    [one] commit
   *[other] commits
} of history.
export-unreadable = { $repo }: { $error }
code-not-utf8 = A file is not UTF-8 text (for example GBK or UTF-16 saved by a Windows editor).
code-toml-syntax = A TOML file or an item's front matter is not valid TOML.
code-unknown-key = A key that the format does not know (often a misspelling).
code-missing-key = A required key is missing.
code-invalid-value = A value has the wrong type or is not one of the allowed values.
code-missing-front-matter = An item or feedback file does not start with `+++` TOML front matter.
code-symlink-skipped = A symbolic link leads outside the repository or in a loop, and was not followed.
code-bad-id = An id, category code or file name is not made of ASCII letters, digits, `.`, `-` and `_`.
code-duplicate-id = Two entries, items or cases share one id (ids are compared ignoring case).
code-unknown-entry = An item names an entry that the catalogue does not have.
code-unknown-reference = `supersedes` or `about` names an item or entry that does not exist.
code-cadence-mismatch = An item's period, event, matter or stage does not fit its entry's cadence.
code-bad-period = A period is not of the form 2026-03, 2026-Q1, 2026-H1 or 2026, or not of the entry's kind.
code-scope-widened = An item's scope is wider than its entry's (public > members > restricted).
code-missing-audience = A restricted item does not say to whom it is disclosed (`audience`).
code-deadline-rule = An entry needs exactly one of `due_days` and `due_working_days`.
code-entry-cadence = An entry's `period` or `review_months` does not fit its cadence.
code-date-order = Dates are out of order (reviewed after approved, approved after published, …).
code-missing-approval = A published item lacks the review or approval that disclose.toml requires.
code-same-signer = One person prepared and approved, or reviewed and approved, the same item.
code-catalogue-unapproved = The catalogue has not been approved by the leading group; no obligations are computed.
code-catalogue-changed = The catalogue's meaning changed since the leading group approved it.
code-personal-data = Public text holds a mainland mobile number or resident ID number.
code-case-identity-public = A public feedback case's summary or answer holds the person's own `name` or `contact`.
code-obligation-overdue = An obligation is past its due date and nothing was published for it.
code-obligation-late = An obligation was met, but after its due date.
code-feedback-overdue = A feedback case is past its time limit (限时办结) and was not answered.
code-feedback-state = A feedback case's status does not agree with its log and response.
code-unknown-channel = A feedback case names a channel that disclose.toml does not list.
code-calendar-missing-year = A deadline falls in a year no working-day calendar covers; it was computed on weekends alone.
code-calendar-invalid = A calendar file lists a day that cannot be what it says.
code-file-too-large = A file is larger than any disclosure should be (over 10 MiB) and was not read.
code-config-invalid = disclose.toml settings that cannot work (for example the bulletin folder inside the site folder).
code-backdated-stamp = `audit`: a signature, stamp or case date was first committed more than `[audit] grace_days` after the date it claims.
code-changed-after-publication = A published item's content (title, body, entry, period, scope, attachments, …) changed after publication without a recorded correction (`check`), or in a later commit that records none (`audit`).
code-changed-after-approval = An item's content changed after its review or approval recorded the content's digest, and before publication.
code-placeholder-text = An approved or published item still holds the template's placeholder text (`【请填写` or `[fill in:`).
code-catalogue-changed-unapproved = `audit`: a change of the approved catalogue was committed and that version was never approved.
code-record-removed = `audit`: a signature, stamp, case date or a recorded item or case file was removed or rewritten in a later commit.
code-limit-out-of-range = A time limit is longer than the tool counts (3650 days, 2000 working days, 120 months).
code-not-a-folder = `items`, `feedback`, `catalogue` or `calendar` is a file, not a folder, so nothing in it is read.
code-template-invalid = A template in templates/ cannot be used: a symbolic link, over 1 MiB, not UTF-8 or not a valid template.
code-attachment-missing = An item's body refers to an attachment file that is not in the item's folder.
code-attachment-outside = An item's body refers to a file outside the item's own attachment folder.
code-attachment-unreferenced = A file in an item's attachment folder that the body does not refer to (it is never published).
code-attachment-too-large = An attachment, or an item's attachments together, exceed the limits set in `[publish]`.
code-attachment-unreadable = A picture the body refers to cannot be read as the format its name says (a `.jpg` that is not a JPEG, say), so it cannot be published.
code-attachment-name = An attachment's file name is not safe on Windows or in a web address.
code-attachment-gps = A JPEG attachment carries a GPS position (it is removed before publishing, but stays in the repository).
code-notice-too-short = A notice (公示) leaves fewer than its `notice_working_days` before its `decision_on` date.
code-bulletin-not-announced = An ended quarter's bulletin was not announced at a members' meeting within `announce_within_days`.
code-report-placeholder = An annual report in reports/ still holds a `【请填写：…】` placeholder for the leading group to write.
code-request-overdue = A request to disclose (依申请公开) or a correction request (更正申请) is past its time limit and was not decided.
code-request-decision = A decision on a request or correction request is missing, of the wrong kind, or names an item or correction that does not exist.
code-request-extension = A request's or correction request's one extension makes its limit longer than `[requests] max_working_days` (default 10 working days).
code-placeholder-identity = The organisation's name, short name, leader, deputies, hotline or an entry's owner is still the placeholder `disclose init` wrote (`【请填写：…】`): nothing is published under a name that is not this organisation's.
