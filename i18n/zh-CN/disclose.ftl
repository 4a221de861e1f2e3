# The terminal's words: every sentence `disclose` prints, in this language.
# One section per area of the code; a finding's messages start with its code
# (`unknown-key`, `unknown-key-help`, …), so each text stays with its code.
# Keep the same ids and the same { $arguments } in every language (a test checks).

## general: the command line, the summary lines, words used everywhere

cli-lang-unknown = 没有“{ $value }”这种语言：请写 zh-CN（中文）或 en（英文）

summary-counts = { $errors } 个错误，{ $warnings } 个警告
summary-no-problems = 没有发现问题
level-error = 错误
level-warning = 警告
finding-entry = 事项 { $entry }
finding-period = 期次 { $period }
finding-due = 期限 { $due }
finding-help = 处理：
list-separator = ，

## load: reading files (load/*, diag/*)

## rules: checking what was loaded (rules/*)

## obligations: what is due and the advice for it (obligations/*)

## check, status, explain, next, calendar

## new, sign, correct, catalogue, init

## feedback

## publish, board, bulletin, store

## archive, report, export, overview, audit
