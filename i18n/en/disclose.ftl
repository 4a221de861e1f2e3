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

## archive, report, export, overview, audit
