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

feedback-case-unreadable = 意见件 { $file } 无法读取
feedback-case-unreadable-help = 运行 `disclose check` 查看问题所在，并改正该文件
feedback-case-unknown = 没有意见件“{ $id }”
feedback-case-unknown-help = 运行 `disclose feedback list` 查看各意见件的编号（编号即文件名去掉 .md，如 2026-03-02-1）
feedback-case-unknown-did-you-mean = 是不是 { $ids }？`disclose feedback list` 列出全部意见件
feedback-days-out-of-range = --days 为 { $days }：{ $why }；未写入任何内容
feedback-days-out-of-range-help = --days 请给出不超过 { $max } 的工作日数，如 10
feedback-limit-out-of-range = 办理期限（working_days）为 { $days }：{ $why }；未写入任何内容
feedback-limit-out-of-range-help = 把 disclose.toml 中的 `[feedback] working_days` 设为不超过 { $max }，如 15
feedback-request-limit-out-of-range = 申请答复期限（`[requests] working_days`）为 { $days }：{ $why }；未写入任何内容
feedback-request-limit-out-of-range-help = 把 disclose.toml 中的 `[requests] working_days` 设为不超过 { $max }，如 3
feedback-warning-label = 警告：
feedback-note-label = 提示：
feedback-calendar-missing = 没有覆盖 { $year } 年的工作日历，期限只按跳过周末计算；请添加 calendar/{ $year }.toml，写明该年的节假日和调休上班日，如期限因此改变，再改正 `due_on`
feedback-arg-empty = { $flag } 为空
feedback-arg-empty-help = 请用文字说明，如 { $flag } "{ $example }"
feedback-add-recorded = 已登记意见件 { $id }，见 { $file }。
feedback-add-recorded-request = 已登记依申请公开件 { $id }，见 { $file }。
feedback-add-recorded-correction = 已登记更正申请 { $id }，见 { $file }。
feedback-add-due = 到期日 { $due }：{ $received } 后 { $days } 个工作日，收到当日不计。
feedback-add-next = 下一步：用 `disclose feedback log { $id } --note "…"` 记录每一步办理，用 `disclose feedback respond { $id } --text "…"` 答复。
feedback-add-next-decide = 下一步：用 `disclose feedback log { $id } --note "…"` 记录每一步办理，用 `disclose feedback decide { $id } --outcome …` 作出决定。
feedback-add-kind-unknown = --kind “{ $kind }”不是意见件的类别；未写入任何内容
feedback-add-kind-unknown-help = 用 --kind opinion（意见建议，默认）、request（依申请公开）或 correction（更正申请）
feedback-add-channel-unknown = “{ $channel }”不是 disclose.toml 中的反馈渠道；未写入任何内容
feedback-add-channel-unknown-help = 请用其中之一：{ $channels }；或把该渠道加入 disclose.toml 的 `[feedback] channels`
feedback-add-from-unknown = --from “{ $from }”既不是群众也不是党员
feedback-add-from-unknown-help = 用 --from 群众（默认，public）或 --from 党员（member）
feedback-add-summary-lines = --summary 不止一行
feedback-add-summary-lines-help = 摘要写成一行；全文写在意见件正文中
feedback-add-summary-personal = --summary 含有{ $what }；摘要可能公开，不得能识别出本人
feedback-add-summary-personal-help = 摘要中不写号码，号码用 --contact 给出，该项不公开
feedback-add-summary-names = --summary 写出了本人姓名（“{ $value }”）；摘要可能公开，不得能识别出本人
feedback-add-summary-names-help = 用概括的说法（群众、党员、签约居民……）；姓名写在 --name 中，永不公开
feedback-add-summary-contact = --summary 写出了本人联系方式（“{ $value }”）；摘要可能公开，不得能识别出本人
feedback-add-summary-contact-help = 用概括的说法（群众、党员、签约居民……）；联系方式写在 --contact 中，永不公开
feedback-add-about-unknown = --about “{ $about }”既不是公开事项也不是公开内容
feedback-add-about-unknown-help = 给出事项编号，如 7.2（见 `disclose catalogue list`），或公开内容编号（文件名去掉 .md），也可不写 --about
feedback-add-correction-about-missing = 更正申请须写明认为有误的已公开内容；未写入任何内容
feedback-add-correction-about-unknown = --about “{ $about }”不是公开内容；更正申请须写明认为有误的已公开内容
feedback-add-correction-about-help = 用 --about 给出公开内容编号（文件名去掉 .md，如 2026-Q3-7.1）
feedback-add-received-future = --received { $received } 晚于今天（{ $today }）
feedback-add-received-future-help = 请给出实际收到的日期；意见件不能在将来收到
feedback-add-prompt = 请输入或粘贴收到的原文（不公开），然后在单独一行按 Ctrl-D：
feedback-add-stdin-unreadable = 无法从标准输入读取原文：{ $error }
feedback-add-stdin-unreadable-help = 请传入 UTF-8 文本（GBK 文件先转换，如 iconv -f GBK -t UTF-8）
feedback-add-text-missing = 没有给出原文；未写入任何内容
feedback-add-text-missing-help = 用管道传入（`disclose feedback new … < opinion.txt`）、在提示下输入，或用 --edit 在编辑器中写
feedback-add-editor-missing = --edit 需要编辑器，但 $VISUAL 和 $EDITOR 都未设置
feedback-add-editor-missing-help = 设置其一（如 export EDITOR=nano），或不用 --edit 而用管道传入原文
feedback-add-editor-scratch = 无法为编辑器创建临时文件
feedback-add-editor-failed = 无法启动编辑器 `{ $editor }`：{ $error }
feedback-add-editor-failed-help = 检查 $VISUAL / $EDITOR，或不用 --edit 而用管道传入原文
feedback-add-editor-exit = 编辑器 `{ $editor }` 退出状态为 { $status }；未写入任何内容
feedback-add-editor-exit-help = 重新运行命令，退出编辑器前先保存
feedback-add-editor-readback = 无法读回编辑器保存的文件
feedback-add-editor-not-utf8 = 编辑器中保存的文本不是 UTF-8
feedback-add-editor-not-utf8-help = 请另存为 UTF-8 后重试
feedback-add-readback = 无法登记该意见件
feedback-edit-unreadable = 无法读取 { $file }
feedback-edit-uneditable = 无法修改 { $file }
feedback-edit-before-received = { $on } 早于意见件 { $id } 的收到日期（{ $received }）
feedback-edit-before-received-help = --on 请给出 { $received } 当天或之后的日期
feedback-edit-future = { $on } 晚于今天（{ $today }）
feedback-edit-future-help = 办理步骤发生之后再记录
feedback-edit-before-last-step = { $on } 早于意见件 { $id } 办理记录的最后一步（{ $last }）
feedback-edit-before-last-step-help = 办理记录按日期排列：--on 请给出 { $last } 或之后的日期
feedback-edit-before-reopened = { $on } 早于重新办理的日期（{ $reopened }）
feedback-edit-before-answer = { $on } 早于答复日期（{ $answer }）
feedback-edit-on-or-later = --on 请给出 { $date } 或之后的日期
feedback-edit-step-refused = 意见件 { $id }{ $state ->
    [open] 仍在办理中（{ $status }）
    [answered] 已于 { $on } 答复
    [answered-undated] 已答复
    [closed] 已于 { $on } 办结
    [closed-undated] 已办结
    [rejected] 已于 { $on } 不予受理
   *[rejected-undated] 已不予受理
}，不能{ $step ->
    [log] 记录办理步骤
    [extend] 延期
    [respond] 答复
    [reject] 不予受理
    [rate] 记录评价
    [reopen] 重新办理
    [decide] 作出决定
   *[close] 办结
}
feedback-edit-log-failed = 无法在 { $file } 的办理记录中添加
feedback-edit-response-shape = { $file } 中的 `response` 既不是 [[response]] 表也不是 [response] 表
feedback-edit-response-shape-help = 每次答复写成一个 [[response]] 表（见 README），然后重试
feedback-edit-answer-shape = { $file } 中的答复不是 [[response]] 表
feedback-edit-done = 意见件 { $id }（{ $file }）：{ $done }。
feedback-edit-status-due = 状态 { $status }，到期日 { $due }。
feedback-edit-status = 状态 { $status }。
feedback-edit-commit = 提交：git add { $file } && git commit -m "意见件 { $id }：{ $commit }"
feedback-rating-unknown = “{ $word }”不是评价
feedback-rating-unknown-help = 用 满意（satisfied）、基本满意（partly）或 不满意（unsatisfied）
feedback-log-done = 已记录 { $on } 的办理步骤
feedback-log-commit = 办理步骤
feedback-extend-zero = --days 0 不会延长期限
feedback-extend-zero-help = 给出延长的工作日数，如 --days 10
feedback-extend-twice = 意见件 { $id } 已于 { $on } 延期（{ $days } 个工作日）；期限只能延长一次
feedback-extend-twice-help = 用 `disclose feedback respond { $id } --text "…"` 答复，或用 `disclose feedback log` 在办理记录中说明延误原因
feedback-extend-twice-help-decide = 用 `disclose feedback decide { $id } --outcome …` 作出决定，或用 `disclose feedback log` 在办理记录中说明延误原因
feedback-extend-request-too-long = --days { $days } 会使期限达到 { $total } 个工作日（{ $limit } 加 { $days }）；申请的期限延长后合计不得超过 { $max } 个工作日；未写入任何内容
feedback-extend-request-too-long-help = --days 最多给 { $most }（`[requests] max_working_days` 为 { $max }），并在 --reason 中写明理由
feedback-extend-long = 延长 { $days } 个工作日，超过了地方规定通常允许的 15 个工作日
feedback-extend-done = 期限延长 { $days } 个工作日，由 { $from } 延至 { $to }
feedback-extend-commit = 延期
feedback-respond-decided-kind = 意见件 { $id } 是{ $kind ->
    [request] 依申请公开件
   *[correction] 更正申请
}：应作出决定，而不是用 `respond` 答复
feedback-respond-decided-kind-help = 用 `disclose feedback decide { $id } --outcome …` 记录决定
feedback-respond-reopen-first = 对答复有异议需再次答复时，先重新办理：`disclose feedback reopen { $id } --reason "…"`
feedback-respond-earlier-kept = { $earlier } 的原答复保留在文件中，位于本次答复之前
feedback-respond-late = 超过期限（{ $due }）{ $days } 天才答复；报告将其计为逾期答复
feedback-respond-done-public = 已于 { $on } 答复，在公开栏公开
feedback-respond-done-private = 已于 { $on } 答复，不在公开栏公开
feedback-respond-commit = 已答复
feedback-public-personal = { $what ->
    [answer] 答复
   *[summary] 摘要
}含有{ $kind }，--public 会把它公开到公开栏
feedback-public-personal-help = { $what ->
    [answer] 答复
   *[summary] 摘要
}中不写号码（可写热线电话或办公座机），或不加 --public 答复
feedback-public-identity = { $what ->
    [answer] 答复
   *[summary] 摘要
}含有本人的 { $key }，--public 会把它公开到公开栏
feedback-public-identity-help = 用概括的说法（群众、党员……），不写联系方式；`{ $key }` 只保存在意见件文件中，或不加 --public 答复
feedback-reject-answered = 意见件 { $id } 已于 { $on } 答复，不能不予受理
feedback-reject-answered-help = 用 `disclose feedback respond { $id } --text "…"` 再次答复
feedback-reject-done = 已于 { $on } 不予受理
feedback-reject-commit = 不予受理
feedback-rate-unanswered = 意见件 { $id } 尚未答复，没有可评价的答复
feedback-rate-unanswered-help = 先用 `disclose feedback respond { $id } --text "…"` 记录答复（也可同时加 --rating）
feedback-rate-refused-help = 在重新办理之前记录对答复的评价；新的答复（`disclose feedback respond { $id } --text "…"`）之后可再评价
feedback-rate-twice = { $answer } 的答复已评价为 { $rating }；评价按当时所给保留
feedback-rate-twice-on = { $answer } 的答复已于 { $on } 评价为 { $rating }；评价按当时所给保留
feedback-rate-twice-help = 如本人不满意，重新办理（`disclose feedback reopen { $id } --reason "…"`），再对新的答复评价
feedback-rate-done = { $answer } 的答复于 { $on } 评价为 { $rating }
feedback-rate-commit = 已评价
feedback-rate-reopen-hint = 如需按新期限重新办理：disclose feedback reopen { $id } --reason "…"
feedback-reopen-done = 已于 { $on } 重新办理，新期限 { $days } 个工作日
feedback-reopen-commit = 重新办理
feedback-close-answer-first = 先用 `disclose feedback respond { $id } --text "…"` 答复
feedback-close-decide-first = 先用 `disclose feedback decide { $id } --outcome …` 作出决定
feedback-close-done = 已于 { $on } 办结
feedback-close-commit = 已办结
feedback-rule-extend = 只有办理中的意见件（received 或 handling）才能延期
feedback-rule-respond-rejected = 不予受理的意见件无需答复；理由已在办理记录中
feedback-rule-respond = 已答复的意见件须先重新办理，才能再次答复
feedback-rule-reject = 只有尚未答复的意见件才能不予受理
feedback-rule-rate-rejected = 不予受理的意见件没有可评价的答复
feedback-rule-rate = 只有已答复或已办结的意见件才有可评价的答复
feedback-rule-reopen = 只有已答复或已办结的意见件才能重新办理；办理中的意见件仍在办理
feedback-rule-close-closed = 已经办结，无需操作
feedback-rule-close-rejected = 不予受理的意见件已经结束，无需办结
feedback-rule-close = 只有已答复的意见件才能办结
feedback-rule-log = 办理步骤随时可以记录
feedback-rule-refused = 意见件为 { $status } 时不能执行 `{ $step }`：{ $rule }
feedback-decide-opinion = 意见件 { $id } 是意见建议：用 `respond` 答复，而不是作出决定
feedback-decide-opinion-help = 用 `disclose feedback respond { $id } --text "…"` 答复；只有依申请公开件和更正申请才需作出决定
feedback-decide-outcome-unknown = --outcome “{ $outcome }”不是对{ $kind ->
    [request] 依申请公开件
   *[correction] 更正申请
}的决定
feedback-decide-outcome-unknown-help = { $kind ->
    [request] 依申请公开件
   *[correction] 更正申请
}的决定用 --outcome { $outcomes }
feedback-decide-reopen-first = 如需再次决定，先重新办理：`disclose feedback reopen { $id } --reason "…"`
feedback-decide-reason-missing = --outcome { $outcome } 须写明理由，理由将告知申请人；未写入任何内容
feedback-decide-reason-missing-help = 用 --reason "…" 给出，写明所依据的规定或事实
feedback-decide-item-missing = --outcome { $outcome } 须写明公开内容；未写入任何内容
feedback-decide-item-missing-disclosed-help = 用 --item 给出答复该申请的已公开内容（文件名去掉 .md）；尚未公开的先公开
feedback-decide-item-missing-corrected-help = 先用 `disclose correct { $about }` 更正，再用 --item 给出
feedback-decide-item-unwanted = --outcome { $outcome } 不需要写公开内容
feedback-decide-item-unwanted-help = 去掉 --item，或作出 disclosed（依申请公开）或 corrected（更正申请）的决定
feedback-decide-item-unknown = --item “{ $item }”不是公开内容
feedback-decide-item-unknown-help = 给出公开内容编号（文件名去掉 .md，如 2026-Q3-7.1）
feedback-decide-item-unpublished = 公开内容 { $item } 在 { $on } 或之前尚未公开
feedback-decide-item-unpublished-help = 先公开 { $item }（`disclose publish`），再记录决定
feedback-decide-correction-missing = 公开内容 { $item } 自意见件 { $id } 收到（{ $received }）以来没有更正记录（`disclose correct`）
feedback-decide-correction-missing-help = 先用 `disclose correct { $item }` 更正，再作出 corrected 的决定；或作出 refused 的决定并写明理由
feedback-decide-done = 已于 { $on } 作出决定 { $outcome }{ $public ->
    [yes] ，在公开栏公开
   *[no] ，不在公开栏公开
}
feedback-decide-done-item = 已于 { $on } 作出决定 { $outcome }（{ $item }）{ $public ->
    [yes] ，在公开栏公开
   *[no] ，不在公开栏公开
}
feedback-decide-commit = 决定 { $outcome }
feedback-list-id = 编号
feedback-list-received = 收到日期
feedback-list-channel = 渠道
feedback-list-from = 来自
feedback-list-status = 状态
feedback-list-due = 到期
feedback-list-summary = 摘要
feedback-list-none-overdue = 截至 { $date } 没有逾期的意见件。
feedback-list-none-open = 没有办理中的意见件。
feedback-list-none = 还没有意见件。用 `disclose feedback new --channel C --summary S` 登记。
feedback-list-overdue = { $due } 逾期
feedback-list-totals = 共 { $all } 件：办理中 { $open } 件（截至 { $as_of } 逾期 { $overdue } 件），已答复或办结 { $answered } 件，不予受理 { $rejected } 件。
feedback-list-totals-shown = 显示 { $shown } 件，共 { $all } 件：办理中 { $open } 件（截至 { $as_of } 逾期 { $overdue } 件），已答复或办结 { $answered } 件，不予受理 { $rejected } 件。
feedback-list-kinds = 其中：依申请公开 { $requests } 件，更正申请 { $corrections } 件。
feedback-show-file = 文件
feedback-show-kind-label = 类别
feedback-show-received = 收到
feedback-show-name = 姓名
feedback-show-contact = 联系方式
feedback-show-about = 涉及
feedback-show-status = 状态
feedback-show-due = 期限
feedback-show-kind = { $kind ->
    [request] 依申请公开
    [correction] 更正申请
   *[opinion] 意见建议
}
feedback-show-not-given = （未提供）
feedback-show-private = { $value }（不公开）
feedback-show-received-by = { $on } 经 { $channel } 收到，来自{ $from ->
    [member] 党员
   *[public] 群众
}
feedback-show-log = 办理记录
feedback-show-log-empty = （暂无）
feedback-show-answer = 答复
feedback-show-unanswered = （尚未答复）
feedback-show-board-shown = 公开：在公开栏显示
feedback-show-board-later = 再次答复后公开
feedback-show-board-public = 公开
feedback-show-board-private = 不公开
feedback-show-not-rated = 未评价
feedback-show-rated = 评价 { $rating }
feedback-show-rated-on = { $on } 评价 { $rating }
feedback-show-rated-by = 评价 { $rating }，记录人 { $by }
feedback-show-rated-on-by = { $on } 评价 { $rating }，记录人 { $by }
feedback-show-answer-heading = { $on } 的{ $earlier ->
    [yes] 原答复
   *[no] 答复
}（{ $board }；{ $rating }）
feedback-show-decision = 决定：{ $outcome }
feedback-show-decision-item = 决定：{ $outcome }，公开内容 { $item }
feedback-show-decision-corrected = 决定：{ $outcome }，公开内容 { $item }（{ $on } 的更正）
feedback-show-opinion = 收到的原文（不公开）
feedback-show-next = 下一步：{ $next }
feedback-show-about-entry = 事项 { $id } · { $title }
feedback-show-about-item = 公开内容 { $id } · { $title }
feedback-show-about-unknown = { $id }（没有这个事项或公开内容）
feedback-show-answered-in-time = 已于 { $on } 答复，在期限内
feedback-show-answered-late = 已于 { $on } 答复，超过期限 { $days } 天
feedback-show-status-received = 已收到，尚未办理
feedback-show-status-reopened = 答复后重新办理中
feedback-show-status-handling = 办理中
feedback-show-status-answered = 已答复
feedback-show-status-closed = 已办结
feedback-show-status-closed-on = 已于 { $on } 办结
feedback-show-status-closed-answered = { $closed }；{ $answered }
feedback-show-status-rejected = 不予受理
feedback-show-status-rejected-on = 已于 { $on } 不予受理
feedback-show-due-extended = 已于 { $on } 延长 { $days } 个工作日
feedback-show-due-reopened = 自 { $on } 重新办理起算新期限
feedback-show-due-overdue = 已逾期 { $days } 天
feedback-show-due-today = 今天到期
feedback-show-due-left = 还剩 { $days } 天
feedback-show-due-notes = { $due }（{ $notes }）
feedback-show-note-separator = ；
feedback-show-step-extended = [延期 { $days } 个工作日]
feedback-show-step-rejected = [不予受理]
feedback-show-step-reopened = [重新办理]
feedback-show-step-closed = [办结]
feedback-show-next-open = 用 `disclose feedback log { $id } --note "…"` 记录办理步骤，或用 `disclose feedback respond { $id } --text "…"` 答复
feedback-show-next-decide = 用 `disclose feedback log { $id } --note "…"` 记录办理步骤，或用 `disclose feedback decide { $id } --outcome …` 作出决定
feedback-show-next-rate = 用 `disclose feedback rate { $id } --rating 满意|基本满意|不满意` 记录本人评价，然后 `disclose feedback close { $id }`
feedback-show-next-close = 用 `disclose feedback close { $id }` 办结
request-overdue = { $kind ->
    [request] 依申请公开件
   *[correction] 更正申请
} { $id } 已于 { $due } 到期，仍为 { $status }
request-overdue-help = 用 `disclose feedback decide { $id } --outcome …` 作出决定，或用 `disclose feedback extend { $id } --days N --reason "…"` 说明理由延期（合计不超过 { $max } 个工作日）
request-decision-missing = { $kind ->
    [request] 依申请公开件
   *[correction] 更正申请
} { $id } 在 { $on } 的答复没有写明决定（`outcome`）
request-decision-missing-help = 用 `disclose feedback decide` 记录决定，或添加 `outcome`，取值为 { $outcomes } 之一
request-decision-wrong-kind = 意见件 { $id } 的决定为“{ $outcome }”，这不是对{ $kind ->
    [request] 依申请公开件
    [correction] 更正申请
   *[opinion] 意见建议（意见建议应答复，无需决定）
}的决定
request-decision-wrong-kind-help = 依申请公开件的决定为 disclosed、not-disclosed 或 not-held；更正申请为 corrected 或 refused；意见建议的答复不写 `outcome`
request-decision-item = 意见件 { $id } 的决定为“{ $outcome }”，但写明的公开内容不存在（“{ $item }”）
request-decision-item-help = 把 `item` 设为已公开内容的编号（文件名去掉 .md）
request-decision-correction = 意见件 { $id } 的决定为“corrected”，但公开内容 { $item } 在 `correction_on` 那天没有更正记录（`[[correction]]`）
request-decision-correction-help = 用 `disclose correct { $item }` 更正，并把 `correction_on` 设为该更正的日期；或作出 refused 的决定并写明理由
request-extension-too-long = 意见件 { $id } 在 { $limit } 个工作日的期限上延长了 { $days } 个工作日，超过申请合计最多 { $max } 个工作日的规定
request-extension-too-long-help = 申请的期限只能延长一次，自收到起合计不超过 { $max } 个工作日（`[requests] max_working_days`）；请改正 `days` 和 `due_on`
feedback-config-requests-range = `{ $key }` 为 { $value }：{ $why }
feedback-config-requests-order = `[requests] working_days` 为 { $days }，`max_working_days` 为 { $max }
feedback-config-requests-help = 申请答复期限以工作日计，至少 1 个工作日，延期后的最长期限不得短于它，如 working_days = 3、max_working_days = 10
feedback-report-requests-heading = { $year } 年收到的{ $kind ->
    [request] 依申请公开件
   *[correction] 更正申请
}（期限 { $limit } 个工作日）
feedback-report-requests-counts = 收到 { $received } 件：期限内决定 { $within } 件，超期决定 { $late } 件，逾期未决定 { $overdue } 件，期限内办理中 { $open } 件，延期 { $extended } 件，不予受理 { $rejected } 件
feedback-report-request-outcomes = 予以公开 { $disclosed } / 不予公开 { $not_disclosed } / 信息不存在 { $not_held }
feedback-report-correction-outcomes = 予以更正 { $corrected } / 不予更正 { $refused }

## publish, board, bulletin, store

## archive, report, export, overview, audit
