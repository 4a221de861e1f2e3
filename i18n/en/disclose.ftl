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

## archive, report, export, overview, audit
