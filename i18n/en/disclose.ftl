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

## load: reading files (load/*, diag/*)

## rules: checking what was loaded (rules/*)

## obligations: what is due and the advice for it (obligations/*)

## check, status, explain, next, calendar

## new, sign, correct, catalogue, init

## feedback

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
render-template-missing = no template named { $name }
render-template-out-of-fuel = the template { $name } did more work than any page needs (its rendering budget ran out, in a loop that runs too often or builds too much text); nothing was written. Simplify { $folder }/{ $name }, or delete it to use the built-in one
render-template-failed = the template { $name } could not be rendered: { $error }
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
store-readback-front-not-toml = the edited front matter would not be valid TOML ({ $error }); nothing was written
store-readback-not-toml = the edited file would not be valid TOML ({ $error }); nothing was written
store-readback-date-too-late = `{ $path }` would be { $date }, a date after 9999-12-31, which a file cannot hold; nothing was written
store-readback-date-too-late-help = a limit or date this far ahead is a mistake: check the number of days given and the dates in the file
store-readback-mismatch = `{ $path }` would not read back as the value written; nothing was written
store-readback-front-matter = (the front matter)

## archive, report, export, overview, audit

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
report-output-help = write the report somewhere else, e.g. --output report.html

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
archive-cases-heading = Feedback cases (summaries only)
archive-case-public = public
archive-case-internal = internal
archive-attachments-heading = Attachments (size in bytes, SHA-256)
archive-evidence-heading = Photos of the posted board (evidence, never published)
archive-nothing-filed = Nothing is filed under { $year }.

report-csv-failed = could not write CSV: { $error }
