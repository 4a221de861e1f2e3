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

next-heading = 截至 { $as_of } 尚未完成的公开期限
next-none = 无
next-state = { $state ->
    [overdue] 逾期
    [due] 即将到期
   *[open] 未到期
}
next-more = …… 另有 { $n } 项（用 --limit 查看）
next-no-change = { $as_of } 之后，除非有新的公开或新的期次开始，没有期限会改变状态。
next-change-heading = 下次状态变化：{ $day }
next-change-line = { $entry } { $label } 将变为{ $state ->
    [overdue] 逾期
    [due] 即将到期
   *[open] 未到期
}（期限 { $due }）
next-notices-heading = 未来 { $days } 个工作日内结束的公示
next-ics-calendar-name = { $organisation } · 党务公开期限
next-ics-summary = { $entry } { $label } { $title }
next-ics-description =
    期限 { $due }：{ $start } 后 { $limit }（`disclose explain` 列出推算过程）。
    截至 { $as_of } 的状态：{ $state }。
    下一步：{ $next }
status-heading = { $organisation } · 截至 { $as_of } 的待办
status-nothing-to-do = 没有待办：没有逾期或 14 天内到期的公开事项，没有等待处理的草稿，也没有临近办理期限的意见件。
status-group-overdue = 逾期（{ $n }）
status-group-due-soon = 14 天内到期（{ $n }）
status-group-review = 等待审核（{ $n }）
status-group-approve = 等待审批（{ $n }）
status-group-later = 已签署，等待公开日期（{ $n }）
status-group-publish = 可以公开（{ $n }）
status-group-feedback = 临近办理期限的意见件（{ $n }）
status-group-notices = 未来 { $days } 个工作日内结束的公示（{ $n }）
status-group-catalogue = 公开目录
status-group-calendar = 日历
status-group-files = 文件
status-obligation = { $entry } { $label }  { $title } · 期限 { $due }，{ $when ->
    [today] 今天到期
    [past] 已过 { $days } 天
   *[future] 还有 { $days } 天
}
status-item = { $id }  { $title }（事项 { $entry }）
status-item-when = { $id }  { $title }（事项 { $entry }，{ $when }）
status-feedback = { $id }  { $summary } · { $status }，期限 { $due }，{ $when ->
    [overdue] 已逾期 { $days } 天
    [today] 今天到期
   *[left] 还剩 { $days } 个工作日
}
status-catalogue-empty = 公开目录是空的：catalogue/ 下没有类别文件
status-catalogue-empty-fix = 添加 catalogue/NN-名称.toml 文件（在空文件夹中运行 `disclose init` 会写入默认公开目录）
status-catalogue-unapproved = 公开目录尚未审定，因此不计算任何公开期限
status-catalogue-changed = 公开目录在 { $on } 审定后有改动（{ $what }），因此不计算任何公开期限
status-catalogue-changed-meaning = 内容有变
status-uncovered = { $year } 年的期限只按周末推算：没有日历覆盖 { $year } 年
status-uncovered-fix = 按国务院办公厅的放假通知添加 calendar/{ $year }.toml（见 `disclose calendar years`）
status-other-errors = 文件中还有 { $n } 个其他问题
explain-rule = { $after ->
    [period] 期次结束
    [publication] 公开之日
    [start] 公开义务开始
    [event] 事件发生
    [year] 年度结束
   *[notice] 公开之日
}后 { $limit }（{ $kind ->
    [calendar] 依民法典：开始的当日不计入；期限最后一日不是工作日的，顺延至下一个工作日
    [working] 依民法典：开始的当日不计入；只计工作日：跳过周末和法定节假日，调休上班日计入
   *[months] 到若干个月后的同一日，该月没有这一日的，为该月最后一日；最后一日不是工作日的，顺延至下一个工作日
}）
explain-no-target = 没有事项或公开内容“{ $target }”
explain-no-target-help = 请给出事项编号（`disclose catalogue list` 列出全部事项）或公开内容编号（文件名去掉 .md）
explain-item-has-period = { $id } 是一项公开内容，它有自己的期次或事件
explain-drop-period = 去掉期次：`disclose explain { $target }`
explain-item-unknown-entry = 公开内容 { $id } 写的事项“{ $entry }”不在公开目录中
explain-item-unknown-entry-help = 改正 { $file } 中的 `entry`
explain-needs-period = 事项 { $entry } 按期公开（每{ $kind ->
    [month] 月
    [quarter] 季度
    [half-year] 半年
   *[year] 年
}）：请说明是哪一期
explain-needs-period-help = 请给出期次，例如 `disclose explain { $entry } { $example }`
explain-period-unreadable-help = 事项 { $entry } 每{ $kind ->
    [month] 月
    [quarter] 季度
    [half-year] 半年
   *[year] 年
}公开一次：期次请写成 { $example } 这样
explain-period-kind = { $period } 是{ $found ->
    [month] 月度
    [quarter] 季度
    [half-year] 半年度
   *[year] 年度
}期次，但事项 { $entry } 每{ $kind ->
    [month] 月
    [quarter] 季度
    [half-year] 半年
   *[year] 年
}公开一次
explain-period-kind-help = 期次请写成 { $example } 这样
explain-standing-no-period = 事项 { $entry } 长期公开，没有期次，“{ $period }”不适用
explain-event-entry = 事项 { $entry } { $cadence ->
    [immediate] 及时公开
   *[staged] 逐段公开
}：每项公开内容有自己的期限，从其事件日起算
explain-event-entry-help = 请改为给出公开内容编号，例如 `disclose explain { $id }`（事项 { $entry } 有 { $n } 项公开内容）
explain-event-entry-no-items = 事项 { $entry } 还没有公开内容；每项公开内容的期限从其 `event` 起算
explain-item-no-period = 公开内容 { $id } 没有有效的 `period`，无法确定期限
explain-item-no-period-help = 在 { $file } 中设置 `period`（`disclose check` 会说明哪里有误）
explain-item-no-event = 公开内容 { $id } 没有 `event`，无法确定期限
explain-item-no-event-help = 在 { $file } 中加上 `event = YYYY-MM-DD`（事情发生的日期）
explain-not-owed-before-start = { $period } 在本事项的公开义务开始（{ $start }）之前已结束
explain-not-owed-not-begun = { $period } 尚未开始
explain-not-owed-event-later = 事件日（{ $event }）在 { $as_of } 之后
explain-not-owed-event-before-start = 事件日（{ $event }）在本事项的公开义务开始（{ $start }）之前
explain-not-owed-retired = 事项 { $entry } 已于 { $until } 停止公开
explain-not-owed-retired-before-start = 事项 { $entry } 在公开义务开始前已停止公开
explain-not-owed-unapproved = 公开目录尚未审定，因此不计算任何公开期限
explain-not-owed-changed = 公开目录审定后有改动，因此不计算任何公开期限（`disclose check` 会说明改了什么）
explain-start-period = { $period } 的最后一天
explain-start-review-publication = 该版本的公开之日
explain-start-review-overdue = { $since ->
    [since] 事项的 `since` 日期
    [approval] 公开目录审定之日
   *[unapproved] 公开目录审定之日（尚未审定）
}（{ $after } 公开的版本当时已到复核期限）
explain-start-event = 公开内容 { $id } 的事件日
explain-start-standing = { $since ->
    [since] 事项的 `since` 日期
    [approval] 公开目录审定之日
   *[unapproved] 公开目录审定之日（尚未审定）
}
explain-heading-period = 事项 { $entry } { $title } · { $period }
explain-heading-standing = 事项 { $entry } { $title } · 长期公开：首次公开
explain-heading-review = 事项 { $entry } { $title } · 长期公开：复核 { $after } 公开的版本
explain-heading-event = 事项 { $entry } { $title } · 公开内容 { $id }
explain-heading-annual = 事项 { $entry } { $title } · { $year } 年度报告
explain-state-not-owed = 截至 { $as_of } 无需公开：{ $reason }
explain-met-first = 首次公开于 { $on }；现行版本为 { $id }
explain-met-by = 已由 { $id } 完成，公开于 { $on }
explain-state-done = 截至 { $as_of } 已完成：{ $met }
explain-state-late = 逾期完成：{ $met }，晚于期限 { $days } 天
explain-state-overdue = 截至 { $as_of } 已逾期：尚未公开，超过期限 { $days } 天
explain-state-due = 截至 { $as_of } 即将到期：还剩 { $days } 天
explain-state-open = 截至 { $as_of } 未到期：还剩 { $days } 天
explain-field = { $name ->
    [start] 起算
    [rule] 规则
    [crossed] 跨越
    [due] 期限
    [state] 状态
    [next] 下一步
    [ends] 结束
   *[decision] 决定
}
explain-field-day = { $unit ->
    [days] 第 { $n } 天
   *[months] +{ $n } 个月
}
explain-start = { $day }，{ $from }；开始的当日不计入
explain-nominal = { $day }，{ $working ->
    [yes] 是工作日
   *[no] 不是工作日
}
explain-crossed-none = 没有跨越节假日、周末或调休上班日
explain-uncovered = 没有日历覆盖 { $year } 年：这些日子只按周末推算（请按国务院办公厅的放假通知添加 calendar/{ $year }.toml）
explain-notice-heading = 公开内容 { $id } · 公示期 { $days } 个工作日
explain-notice-unpublished = 尚未公开：公示期为公开之日后 { $days } 个工作日
explain-notice-start = { $day }，公开之日，不计入
explain-notice-decision-too-short = { $day }：在公示期最后一天或之前（notice-too-short）
explain-notice-decision-after = { $day }：在公示期最后一天之后
explain-notice-running = { $as_of } 公示中，还剩 { $n } 个工作日
explain-notice-not-started = { $as_of } 尚未开始
explain-notice-ended = 已于 { $day } 结束
calendar-warning = 警告：
calendar-add-out-of-range = N 为 { $n }：{ $why }
calendar-add-out-of-range-help = 天数请给 { $max } 以内的数，例如 15
calendar-add-working-rule = 开始的当日不计入；跳过周末和节假日，调休上班日计入
calendar-add-calendar-rule = 开始的当日不计入；第 { $n } 天是 { $day }（{ $weekday }）
calendar-add-moved = 这一天不是工作日，期限顺延至下一个工作日
calendar-add-uncovered = 没有日历覆盖 { $year } 年：这些日子只按周末推算；请按国务院办公厅的放假通知添加 calendar/{ $year }.toml
calendar-month = { $month }月
calendar-weekdays = 一 二 三 四 五 六 日
calendar-show-bad-year = { $year } 不是本工具能显示的年份
calendar-show-bad-year-help = 请给出 1900 到 2999 之间的年份，例如 2026
calendar-legend = { $holiday } 节假日（休息）   { $makeup } 调休上班日   未标记的周六、周日休息
calendar-source = 来源：{ $source }
calendar-source-notice = 来源：{ $source } · { $notice }
calendar-built-in = 内置日历
calendar-holidays-heading = 节假日
calendar-holiday-days = { $n } 天
calendar-workdays-heading = 调休上班日
calendar-none-listed = 未列出
calendar-show-uncovered = 没有日历覆盖 { $year } 年：这里只有周末休息，{ $year } 年的期限只按周末推算。国务院办公厅发布 { $year } 年放假通知后，请添加 calendar/{ $year }.toml（见 `disclose calendar years`）。
calendar-no-notice = 未写通知名称
calendar-years-replaces = { $notice }（替代内置的这一年）
calendar-years-counts = { $holidays } 个节假日，{ $workdays } 个调休上班日
calendar-no-years = 没有任何年份的日历
calendar-years-how = 其他年份只按周末推算，并给出警告。添加某一年请写 calendar/年份.toml：
calendar-example-holidays-comment = 通知中的每一段假期
calendar-example-workdays-comment = 通知中调为上班的周六、周日（调休）

## new, sign, correct, catalogue, init

## feedback

## publish, board, bulletin, store

## archive, report, export, overview, audit
