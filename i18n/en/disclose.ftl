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

## rules: checking what was loaded (rules/*)

## obligations: what is due and the advice for it (obligations/*)

## check, status, explain, next, calendar

## new, sign, correct, catalogue, init

## feedback

## publish, board, bulletin, store

## archive, report, export, overview, audit
