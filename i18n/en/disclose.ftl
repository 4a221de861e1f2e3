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

## feedback

## publish, board, bulletin, store

## archive, report, export, overview, audit
audit-not-git = { $folder } is not inside a git repository
audit-no-commits = the git repository at { $folder } has no commits yet
audit-unreadable = the git history could not be read: { $error }
audit-not-git-help = audit reads the repository's git history: run it in the git clone of the repository, after its first commit
audit-unreadable-help = check that the clone is complete (not shallow) and not damaged: `git fsck`
audit-commits-read = Read { $count } { $count ->
    [one] commit
   *[other] commits
} of history.
export-error-label = error:
export-unreadable = { $repo }: { $error }
