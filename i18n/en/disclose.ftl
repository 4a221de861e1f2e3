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
status-feedback = { $id }  { $summary } · { $status }, due { $due }, { $when ->
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

## feedback

## publish, board, bulletin, store

## archive, report, export, overview, audit
