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

## obligations: what is due and the advice for it (obligations/*)

## check, status, explain, next, calendar

## new, sign, correct, catalogue, init

## feedback

## publish, board, bulletin, store

## archive, report, export, overview, audit
