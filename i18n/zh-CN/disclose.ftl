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

error-label = 错误：
error-caused-by = 原因：
cli-help-value = { $value }：{ $meaning }
cli-help-value-separator = ；
cli-help-possible-values = { $help }。可选值：{ $values }
cli-help-default = { $help }（默认：{ $value }）
cli-heading-usage = 用法：
cli-heading-commands = 命令：
cli-heading-arguments = 参数：
cli-heading-options = 选项：
cli-usage-command = 命令
cli-error-tip = 提示：
cli-error-usage = 用法：{ $usage }
cli-error-more = 详细说明请用 `{ $flag }` 查看。
cli-error-quoted = “{ $text }”
cli-error-unknown-argument = 无法识别的参数“{ $arg }”
cli-error-value-missing = “{ $arg }”需要一个值，但没有给出
cli-error-invalid-value = “{ $arg }”的值“{ $value }”无效
cli-error-possible-values = 可选值：{ $values }
cli-error-value-validation = “{ $arg }”的值“{ $value }”无效：{ $reason }
cli-error-missing-required = 缺少必需的参数：
cli-error-invalid-subcommand = 没有“{ $name }”这个命令
cli-error-missing-subcommand = “{ $name }”后面还要写一个子命令
cli-error-subcommands = 子命令：{ $values }
cli-error-repeated = 参数“{ $arg }”只能给一次
cli-error-conflict = 参数“{ $arg }”不能与“{ $other }”同时使用
cli-error-conflict-list = 参数“{ $arg }”不能与以下参数同时使用：
cli-error-conflict-other = 参数“{ $arg }”不能与已给出的其他参数同时使用
cli-error-too-many-values = “{ $arg }”不接受更多的值，多出了“{ $value }”
cli-error-similar-subcommand = { $count ->
    [1] 有相近的命令
   *[other] 有 { $count } 个相近的命令
}：{ $names }
cli-error-similar-argument = { $count ->
    [1] 有相近的参数
   *[other] 有 { $count } 个相近的参数
}：{ $names }
cli-error-similar-value = { $count ->
    [1] 有相近的值
   *[other] 有 { $count } 个相近的值
}：{ $names }
cli-date-invalid = “{ $text }”不是日期：请写成 YYYY-MM-DD，例如 2026-03-31
cli-date-out-of-range = { $text } 离今天太远：年份请在 1900 到 2999 之间
internal-error-at = disclose 遇到内部问题，已停止（{ $file }:{ $line }）：{ $message }
internal-error = disclose 遇到内部问题，已停止：{ $message }
internal-error-help = 这是程序的缺陷，不是您文件的问题；请连同所运行的命令一起报告
context-no-folder = 文件夹 { $dir } 不存在
context-no-folder-help = 请检查 -C 后面给出的路径
context-no-repository-help = 运行 `disclose init` 在这里新建仓库，或用 -C DIR 指向已有的仓库
context-format-unsupported = `disclose { $command }` 不能输出 --format { $format }
context-format-unsupported-help = 请用以下之一：{ $formats }
context-config-unreadable = 无法读取 disclose.toml
context-unknown-entry = 公开目录中没有事项“{ $id }”
context-unknown-entry-help = 请从以下事项中选择：{ $ids }
context-locked = 另一个 disclose 命令正在这个仓库中工作（{ $holder }）；没有做任何改动
context-locked-help = 请等它结束后再运行；如果并没有 disclose 命令在运行（有命令在清理前被中止），请删除残留的锁文件：rm { $path }
context-locked-stale = 有一个 disclose 命令（{ $holder }）在删除锁文件之前被中止：该进程已不在运行；没有做任何改动
context-locked-stale-help = 请删除这个遗留的锁文件后再运行：rm { $path }
context-lock-not-a-file = { $path } 不是文件：disclose 要在这里放锁文件；没有做任何改动
context-lock-not-a-file-help = 请把它移走或删除（若是文件夹且其中没有您的文件：rmdir { $path }），然后再运行
context-locked-holder = disclose { $command }，进程号 { $pid }
context-locked-holder-unknown = 锁文件未写明是哪个命令
context-lock-create-failed = 无法创建锁文件 { $path }
cli-about = 用一个纯文本 git 仓库办理党组织的党务公开工作
cli-arg-dir = 在这个仓库中工作，而不是从当前文件夹向上找到的最近的仓库
cli-arg-as-of = 把这一天当作今天（YYYY-MM-DD），使结果可以重现
cli-arg-format = 报告的输出格式
cli-arg-lang = 终端的语言：zh-CN（默认）或 en；不写时取环境的设置（见 README）。公开栏和季度通报使用党组织的语言
cli-arg-help = 显示帮助
cli-arg-help-short = 显示帮助（用 '--help' 看详细说明）
cli-arg-help-long = 显示帮助（用 '-h' 看简要说明）
cli-arg-version = 显示版本
cli-help-about = 显示本帮助，或所给命令的帮助
cli-help-arg-subcommand = 要查看帮助的命令
cli-format-text = 给人看的文本
cli-format-json = 一个 JSON 文档
cli-format-github = GitHub 工作流注释（check）
cli-format-csv = 逗号分隔值（archive、report）
cli-format-html = 独立的 HTML 页面（report）
cli-format-ics = iCalendar 日历（next）
cli-shell-bash = Bash
cli-shell-zsh = Zsh
cli-shell-fish = Fish
cli-shell-powershell = PowerShell
cli-init-about = 新建一个带默认公开目录的仓库
cli-init-arg-folder = 文件夹（不存在时新建；默认：当前文件夹）
cli-check-about = 检查每个文件、每条规则和每个期限
cli-check-arg-strict = 有警告也算失败
cli-status-about = 书记的待办清单：逾期、即将到期、待审核或待审批
cli-new-about = 按事项的模板新建一条公开内容
cli-new-arg-entry = 公开目录中的事项，例如 3.5（不写时在终端上询问）
cli-new-arg-period = 定期公开的事项：期次，例如 2026-Q1
cli-new-arg-event = 及时公开和逐段公开的事项：事情发生的日期
cli-new-arg-matter = 逐段公开的事项：各阶段所属的事情
cli-new-arg-stage = 逐段公开的事项：本阶段的名称
cli-new-arg-final-stage = 逐段公开的事项：这是最后一个阶段
cli-new-arg-title = 标题（默认：由事项和期次生成）
cli-new-arg-by = 由谁起草（提出）；默认：事项的责任人
cli-new-arg-supersedes = 长期公开的事项：被本条替换的公开内容的编号
cli-new-arg-edit = 在 $EDITOR 中打开新文件
cli-new-arg-with-files = 同时新建公开内容的附件文件夹（`items/2026/编号/`），放图片和文件
cli-review-about = 记录公开内容的审核（含保密审查）
cli-review-arg-ids = 公开内容的编号
cli-review-arg-by = 由谁签
cli-review-arg-on = 日期（默认：今天）
cli-approve-about = 记录公开内容的审批
cli-approve-arg-ids = 公开内容的编号
cli-approve-arg-by = 由谁签
cli-approve-arg-on = 日期（默认：今天）
cli-correct-about = 记录已公开内容改动后的更正
cli-correct-arg-id = 已公开内容的编号
cli-correct-arg-reason = 哪里不实或不完整，更正了什么（显示在公开内容页上）
cli-correct-arg-by = 由谁更正（默认：该内容的审批人）
cli-correct-arg-on = 日期（默认：今天）
cli-publish-about = 公开已审批的内容，生成公开栏和本季度的季度通报
cli-publish-arg-dry-run = 只说明会改动什么，不做任何改动
cli-bulletin-about = 生成一个季度的党员季度通报
cli-bulletin-arg-quarter = 季度，例如 2026-Q1
cli-bulletin-arg-force = 重写已结束季度的现有通报
cli-catalogue-about = 查看或审定公开目录
cli-catalogue-list-about = 列出全部事项
cli-catalogue-show-about = 查看一个事项
cli-catalogue-show-arg-id = 事项编号
cli-catalogue-approve-about = 记录领导小组对当前公开目录的审定
cli-catalogue-approve-arg-by = 由谁审定（通常是党务公开工作领导小组）
cli-catalogue-approve-arg-on = 日期（默认：有 --meeting 时为会议日期，否则为今天）
cli-catalogue-approve-arg-meeting = 审定目录的领导小组会议：会议文件（meetings/2026/…md）或会议日期
cli-meeting-about = 会议：通报季度通报的党员大会、领导小组会议
cli-meeting-record-about = 把一次会议记录到 meetings/<年>/<日期>-<类别>.md（从不覆盖已有文件）
cli-meeting-record-arg-kind = 开会的机构：members（党员大会）或 leading-group（领导小组会议）
cli-meeting-record-arg-on = 开会的日期
cli-meeting-record-arg-bulletin = 党员大会：所通报的季度通报的季度，例如 2026-Q3
cli-meeting-record-arg-attended = 实到人数
cli-meeting-record-arg-of = 应到人数
cli-meeting-record-arg-decisions = 会议作出的一项决定（多项时重复给出）
cli-feedback-about = 意见件（意见反馈）：受理、办理、答复
cli-feedback-new-about = 登记一件新的意见件；意见原文从标准输入读取，或用 --edit 填写
cli-feedback-new-arg-channel = 受理渠道：disclose.toml 中的渠道之一
cli-feedback-new-arg-summary = 可以公开的一行摘要
cli-feedback-new-arg-from = 反映人：public（群众）或 member（党员）
cli-feedback-new-arg-name = 反映人姓名（不公开）
cli-feedback-new-arg-contact = 联系方式（不公开）
cli-feedback-new-arg-about = 所涉及的事项或公开内容
cli-feedback-new-arg-received = 收到的日期（默认：今天）
cli-feedback-new-arg-edit = 在 $EDITOR 中填写意见原文
cli-feedback-log-about = 在办理记录中加一步
cli-feedback-log-arg-id = 意见件编号
cli-feedback-log-arg-note = 做了什么
cli-feedback-log-arg-by = 由谁办理
cli-feedback-log-arg-on = 日期（默认：今天）
cli-feedback-respond-about = 记录反馈的答复
cli-init-arg-name = 党组织全称
cli-init-arg-short-name = 公开栏标题用的简称
cli-init-arg-address = 公开栏上显示的地址（可不填）
cli-init-arg-leader = 领导小组组长（支部书记），在目录另行指定之前也是各事项的责任人
cli-init-arg-deputies = 副组长；有几位就写几次
cli-init-arg-hotline = 公开栏上显示的意见热线
cli-feedback-new-arg-kind = 意见件类型：opinion（意见建议）、request（依申请公开）或 correction（更正申请）
cli-feedback-decide-about = 记录对依申请公开或更正申请的决定
cli-feedback-decide-arg-id = 意见件编号
cli-feedback-decide-arg-outcome = 依申请公开：disclosed（予以公开）、not-disclosed（不予公开）或 not-held（信息不存在）；更正申请：corrected（予以更正）或 refused（不予更正）
cli-feedback-decide-arg-item = 予以公开的公开内容（disclosed），或用 `disclose correct` 更正过的公开内容（corrected）
cli-feedback-decide-arg-reason = 理由（not-disclosed 和 refused 必填），会反馈给本人
cli-feedback-decide-arg-public = 在公开栏上公开摘要和决定
cli-feedback-decide-arg-on = 日期（默认：今天）
cli-feedback-respond-arg-id = 意见件编号
cli-feedback-respond-arg-text = 答复内容
cli-feedback-respond-arg-public = 在公开栏上公开摘要和答复
cli-feedback-respond-arg-rating = 反映人的评价（如已知）：satisfied（满意）、partly（基本满意）或 unsatisfied（不满意）
cli-feedback-respond-arg-on = 日期（默认：今天）
cli-feedback-extend-about = 延长一次办理期限，延长 N 个工作日，并说明理由
cli-feedback-extend-arg-id = 意见件编号
cli-feedback-extend-arg-days = 延长的工作日数
cli-feedback-extend-arg-reason = 理由
cli-feedback-extend-arg-by = 由谁延长（写入办理记录）
cli-feedback-extend-arg-on = 日期（默认：今天）
cli-feedback-reject-about = 记录不予受理及其理由
cli-feedback-reject-arg-id = 意见件编号
cli-feedback-reject-arg-reason = 理由
cli-feedback-reject-arg-by = 由谁决定（写入办理记录）
cli-feedback-reject-arg-on = 日期（默认：今天）
cli-feedback-rate-about = 记录反映人对答复的评价（回访）
cli-feedback-rate-arg-id = 意见件编号
cli-feedback-rate-arg-rating = satisfied（满意）、partly（基本满意）或 unsatisfied（不满意）
cli-feedback-rate-arg-by = 由谁记录（写作 `rated_by`）
cli-feedback-rate-arg-on = 记录的日期（默认：今天）
cli-feedback-reopen-about = 重新办理已答复的意见件，另定期限
cli-feedback-reopen-arg-id = 意见件编号
cli-feedback-reopen-arg-reason = 理由
cli-feedback-reopen-arg-by = 由谁决定（写入办理记录）
cli-feedback-reopen-arg-on = 日期（默认：今天）
cli-feedback-close-about = 办结已答复的意见件
cli-feedback-close-arg-id = 意见件编号
cli-feedback-close-arg-by = 由谁办结（写入办理记录）
cli-feedback-close-arg-on = 日期（默认：今天）
cli-feedback-list-about = 列出意见件
cli-feedback-list-arg-open = 只列出尚未办结的
cli-feedback-list-arg-overdue = 只列出已超过期限的
cli-feedback-show-about = 查看一件意见件
cli-feedback-show-arg-id = 意见件编号
cli-evidence-about = 张贴后的实体公开栏照片，作为留痕保存，从不公开
cli-evidence-add-about = 把一张注明日期的公开栏照片存入 evidence/<年>/，去掉其中的 GPS 位置
cli-evidence-add-arg-file = 照片（JPEG、PNG 或 WebP）
cli-evidence-add-arg-on = 照片所示公开栏的日期
cli-evidence-add-arg-note = 照片内容，例如“2026年第三季度公开栏”
cli-archive-about = 一年的档案目录
cli-archive-arg-year = 年份（默认：as-of 日期所在的年份）
cli-archive-arg-write = 以 Markdown 和 CSV 保存到 archive/
cli-report-about = 绩效评估，可针对一个或多个仓库
cli-report-arg-repos = 一起评估的仓库（默认：本仓库）
cli-report-arg-year = 年份（默认：as-of 日期所在的年份）
cli-report-arg-output = 输出写到这个文件，而不是标准输出
cli-report-arg-annual = 把年度党务公开工作报告写到 reports/年份.md 和 .html
cli-report-arg-force = 与 --annual 一起用：重写与磁盘上不同的报告
cli-audit-about = 对照 git 历史核查记录：倒签的日期、公开后的改动、未经审定的目录改动、被删除的记录
cli-audit-arg-since = 只报告这一天（YYYY-MM-DD）及以后提交的内容
cli-export-about = 把记录（党组织、事项、公开义务、公开内容、意见件）导出为 JSON Lines，可针对一个或多个仓库
cli-export-arg-repos = 导出到同一个流中的仓库（默认：本仓库）
cli-explain-about = 说明一个到期日是怎样算出来的
cli-explain-arg-target = 事项编号（加期次）或公开内容编号
cli-explain-arg-period = 定期公开事项的期次（例如 2026-Q1）
cli-next-about = 即将到期的期限，以及任何公开义务下一次变化状态的日期
cli-next-arg-limit = 列出多少个期限
cli-calendar-about = 工作日计算和所用的日历
cli-calendar-add-about = 显示 DATE 加 N 个工作日（或自然日）后的日期
cli-calendar-add-arg-date = 起始日（不计入）
cli-calendar-add-arg-days = 天数
cli-calendar-add-arg-calendar-days = 按自然日计算，最后一天不是工作日时顺延
cli-calendar-show-about = 按月份显示一年的日历，标出节假日和调休上班日
cli-calendar-show-arg-year = 年份
cli-calendar-years-about = 列出已覆盖的年份及各年日历的来源
cli-codes-about = 解释一个检查结果代码
cli-codes-arg-code = 代码（默认：全部列出）
cli-completions-about = 输出 shell 的补全脚本（命令、选项、事项、公开内容和意见件编号）
cli-completions-arg-shell = shell：bash、zsh、fish 或 powershell
cli-complete-about = 输出 WORDS 之后那个词可用的编号，每行一个（由补全脚本调用）
cli-complete-arg-words = 已输入的词（`disclose` 之后的部分）
labelled = { $label }{ $text }

## load: reading files (load/*, diag/*)

not-utf8-utf16-little = 这个文件不是 UTF-8 文本：它是 UTF-16（小端序），即 Windows 记事本所说的“Unicode”
not-utf8-utf16-big = 这个文件不是 UTF-8 文本：它是 UTF-16（大端序），即 Windows 记事本所说的“Unicode”
not-utf8-utf16-help = 请用编辑器打开它，以“UTF-8”编码重新保存（记事本：另存为，编码选 UTF-8）
not-utf8-gbk = 这个文件不是 UTF-8 文本：看起来是 GBK（GB18030）编码，一些 Windows 编辑器会这样保存
not-utf8-unknown = 这个文件不是 UTF-8 文本：也不是本工具认得的任何编码的文本
not-utf8-help = 请用编辑器打开它，以“UTF-8”编码重新保存
toml-syntax = TOML 写法有误：{ $detail }
toml-syntax-help = 请在所指位置改正 TOML 写法（引号、括号、`key = value`）
unknown-key = 未知的键“{ $key }”{ $count ->
    [0] ，这里不能写键
   *[other] ，可用的键有：{ $allowed }
}
unknown-key-help = 请对照可用的键检查拼写，或删除这个键
unknown-key-help-suggest = 是不是要写“{ $suggestion }”？请改正“{ $key }”的拼写，或删除这个键
missing-key = 缺少键“{ $key }”
missing-key-help = 请补上这个键；各文件的格式见 README
invalid-value-detail = 值不对：{ $detail }
invalid-value-kind-help = 请按所示类型填写；各文件的格式见 README
invalid-value-form = 这个值的写法不是该字段接受的形式（例如期次写作 "2026-Q1" 或只写年份 2026；审定记录写作 [[approval]] 表）
invalid-value-choice-help = 请使用其中之一：{ $allowed }
invalid-value-choice-help-suggest = 是不是要写“{ $suggestion }”？请使用其中之一：{ $allowed }
invalid-value-date = `{ $key }` 的日期写法不对：{ $value }
invalid-value-date-help = 请写成 `{ $key } = { $date }`（不加引号，按“年-月-日”写作 YYYY-MM-DD）
invalid-value-date-help-example = 日期请写成 `{ $key } = YYYY-MM-DD`，不加引号，例如 `{ $key } = 2026-03-31`
invalid-value-unreadable-file = 无法读取这个文件：{ $error }
invalid-value-unreadable-file-help = 请检查这个文件的访问权限
file-too-large = 这个文件有 { $mib } MiB；超过 10 MiB 的文件不予读取
file-too-large-help = 请拆分这个文件，或把附件移出仓库、改用链接
invalid-value-not-a-day = `{ $key }` 应是一个日期，而不是 { $value }
invalid-value-not-a-day-help = 请只写日期，例如 2026-03-31，不带时间
invalid-value-choice = `{ $key }` 写的是“{ $word }”，这里不允许这个值
invalid-value-empty = `{ $key }` 是空的
invalid-value-empty-help = 请填写 `{ $key }`
invalid-value-digest = `{ $key }` 应是 `sha256:` 加 64 位十六进制数字，而不是“{ $value }”
invalid-value-digest-help = 这个键由本工具在签署时写入；请删除它，重新签署（`disclose review`、`approve`、`publish`）
missing-key-digest-without-signature = 写了 `{ $key }`，却没有 `{ $signed }`
missing-key-digest-without-signature-help = 请删除 `{ $key }`：它属于签署 `{ $signed }`，由本工具随签署一起写入
missing-key-by-without-on = 写了 `{ $by }`，却没有 `{ $on }`
missing-key-by-without-on-help = 请补上 `{ $on } = 2026-03-31`，写明办理的日期
missing-key-on-without-by = 写了 `{ $on }`，却没有 `{ $by }`
missing-key-on-without-by-help = 请补上 `{ $by } = "…"`，写明由谁办理
missing-front-matter-read-back = { $file } 已没有 `+++` 开头的字段部分
bad-id-category = 类别代码“{ $code }”不是安全的标识：公开栏按代码为每个类别的页面命名
bad-id-category-help = 只用 ASCII 字母、数字和 `.`、`-`、`_`，例如“1”或“A”；中文名称写在 `title` 里
bad-id-entry = 事项编号“{ $id }”不是安全的标识
bad-id-entry-help = 只用 ASCII 字母、数字和 `.`、`-`、`_`，例如“3.5”
deadline-rule-both = 事项 { $entry } 同时写了 `due_days` 和 `due_working_days`
deadline-rule-both-help = 只保留一个：`due_days` 按自然日计，`due_working_days` 按工作日计
deadline-rule-none = 事项 { $entry } 没有期限
deadline-rule-none-help = 请加上 `due_days = 15`（自然日）或 `due_working_days = 10`（工作日）
date-order-entry = 事项 { $entry } 的结束日期（{ $until }）早于开始日期（{ $since }）
date-order-entry-help = `until` 必须不早于 `since`
entry-cadence-review-months = 事项 { $entry } 写了 `review_months`，但它不是长期公开事项
entry-cadence-review-months-help = 请删除 `review_months`：只有长期公开事项需要定期复核
invalid-value-review-months-zero = `review_months` 是 0
invalid-value-review-months-zero-help = 请写月数，例如 12，或删除这个键
limit-out-of-range-entry = 事项 { $entry } 写了 `{ $key } = { $n }`：{ $why }
limit-out-of-range-entry-help = 请写公开目录实际规定的期限，最多 { $max }，例如 { $example }
invalid-value-notice-days = 事项 { $entry } 写了 `notice_working_days = { $days }`
invalid-value-notice-days-help = 请按工作日写公示期，1 到 { $max } 之间，例如 5
entry-cadence-no-period = 定期公开事项 { $entry } 没有写 `period`
entry-cadence-no-period-help = 请加上 `period = "quarter"`（month 月、quarter 季度、half-year 半年或 year 年）
entry-cadence-period = 事项 { $entry } 是 { $cadence }，却写了 `period`
entry-cadence-period-help = 请删除 `period`：只有定期公开事项才有期次
invalid-value-announce-days = `announce_within_days` 是 { $days }
invalid-value-announce-days-help = 请写季度结束后多少天内通报季度通报，1 到 90 之间，例如 30
invalid-value-annual-due = `annual_due` 写的是“{ $value }”，不是月和日
invalid-value-annual-due-help = 请按“MM-DD”写次年的月和日，例如“01-31”
limit-out-of-range-working-days = `working_days` 是 { $days }：{ $why }
invalid-value-working-days-zero = `working_days` 是 0
working-days-help = 请按工作日写办理时限，例如 15
config-invalid-approval-order = { $on } 的审定写在了 { $previous } 的审定之后：审定记录按从早到晚排列
config-invalid-approval-order-help = 请恢复 `disclose catalogue approve` 写入的顺序（最新的在最后）
config-invalid-folder = `{ $key }` 是“{ $dir }”：它必须是仓库里的一个文件夹
config-invalid-folder-help = 请用相对的文件夹名，例如“site”（不能是“.”、“..”或绝对路径）
config-invalid-base-url-scheme = `base_url` 是“{ $url }”：必须以 https:// 或 http:// 开头
config-invalid-base-url-host = `base_url` 是“{ $url }”：没有主机名
config-invalid-base-url-query = `base_url` 是“{ $url }”：不能带查询（`?`）或片段（`#`）
config-invalid-base-url-space = `base_url` 是“{ $url }”：不能有空格
config-invalid-base-url-help = 请写网上公开栏的地址，例如“https://www.example.org/djgk/”，或删除这个键
missing-key-extension-days = 这次延期没有写延长多少个工作日
missing-key-extension-days-help = 请在这条办理记录里加上 `days = 10`
limit-out-of-range-extension = 延期的工作日数超出范围：{ $why }
limit-out-of-range-extension-help = 请写实际延长的工作日数，例如 10
bad-period-meeting-bulletin = `bulletin` 写的是“{ $value }”，不是一个季度
bad-period-meeting-bulletin-help = 请写会上通报的季度通报所属季度，例如“2026-Q3”
invalid-value-meeting-bulletin = 领导小组会议不通报季度通报
invalid-value-meeting-bulletin-help = 请删除 `bulletin`，或改为 `kind = "members"`：季度通报在党员大会上通报
invalid-value-attended = 应到 { $of } 人，实到 { $attended } 人
invalid-value-attended-help = `attended` 是实到人数，`of` 是应到人数：实到不能多于应到
calendar-invalid-holiday-range = 假日“{ $name }”从 { $from } 到 { $to }
calendar-invalid-holiday-range-help = `from` 和 `to` 请写放假的第一天和最后一天，相隔不超过一个月
calendar-invalid-holiday-year = 假日“{ $name }”（{ $from }）不在 { $year } 年内，也不与该年相邻
calendar-invalid-holiday-year-help = 请把每个假日列在它所属的年份下
calendar-invalid-workday = { $date } 是{ $weekday }：`workdays` 只列出要上班的星期六和星期日
calendar-invalid-workday-help = 请删除这一天，或改正它
not-a-folder = `{ $folder }` 是一个文件而不是文件夹，其中的内容都没有读取
not-a-folder-help = 请重命名或删除文件 `{ $folder }`，把 `{ $folder }` 建成文件夹（`mkdir { $folder }`），放入应有的文件
invalid-value-unreadable-folder = 无法读取这个文件夹：{ $error }
invalid-value-unreadable-folder-help = 请检查这个文件夹的访问权限
invalid-value-unreadable-attachment-folder = 无法读取这个附件文件夹：{ $error }
symlink-skipped-folder = 没有跟随这个符号链接：它指向一个文件夹，指向文件夹的链接不跟随
symlink-skipped-outside = 没有跟随这个符号链接：它指向仓库以外
symlink-skipped-broken = 没有跟随这个符号链接：它已失效或形成循环
symlink-skipped-help = 请在仓库里用文件本身替换这个链接
bad-id-file-name = 文件名“{ $name }”不是安全的标识，所以没有读取这个文件
bad-id-file-name-help = 请只用 ASCII 字母、数字和 `.`、`-`、`_` 重命名文件，例如 2026-Q1-3.5.md
missing-front-matter = 这个文件没有以 `+++` 开头的字段部分
missing-front-matter-help = 文件开头请写一行 `+++`，接着是 TOML 字段，再写一行 `+++`；`disclose new` 会写出正确的文件
load-no-repository = 在 { $start } 及其上级文件夹中都没有找到 disclose.toml
load-bad-config = 无法读取 disclose.toml
load-one-missing = { $path } 不存在
load-one-problem-at-line = { $problem }（{ $file }:{ $line }）
load-one-problem-in-file = { $problem }（{ $file }）
load-one-bad-config = 无法读取 disclose.toml：{ $problem }
load-one-unknown-problem = 未知问题
weekday-monday = 星期一
weekday-tuesday = 星期二
weekday-wednesday = 星期三
weekday-thursday = 星期四
weekday-friday = 星期五
weekday-saturday = 星期六
weekday-sunday = 星期日
day-kind-working = 工作日
day-kind-make-up = 调休上班日
day-kind-weekend = 周末
day-kind-holiday = 节假日（{ $name }）
day-counted = 计入
day-skipped = 跳过
finding-caused-by = 注：这是 { $file } 中问题的后果，请先改正那个文件
catalogue-changed-category-added = 新增类别 { $code }
catalogue-changed-category-changed = 类别 { $code } 有改动
catalogue-changed-category-removed = 删除了类别 { $code }
catalogue-changed-entry-added = 新增事项 { $entry }
catalogue-changed-entry-changed = 事项 { $entry } 有改动
catalogue-changed-entry-removed = 删除了事项 { $entry }
catalogue-changed-part-added = 新增 { $part }
catalogue-changed-part-changed = { $part } 有改动
catalogue-changed-part-removed = 删除了 { $part }
attachment-name-empty = 文件名是空的
attachment-name-reserved = 这是 Windows 留给设备的名称
attachment-name-control = 文件名含有控制字符
attachment-name-character = 文件名含有以下字符之一：< > : " / \ | ? * # %
attachment-name-space = 文件名含有空格
attachment-name-dot = 文件名以点结尾

## rules: checking what was loaded (rules/*)

calendar-missing-year = 有 { $count } 个期限落在 { $year } 年，但没有该年的工作日日历：暂只按周末计算
calendar-missing-year-help = 国务院公布 { $year } 年节假日安排后，添加 calendar/{ $year }.toml（见 `disclose calendar years`），或更新 disclose
obligation-overdue-periodic = 事项 { $entry }（{ $title }）{ $period } 期次应于 { $due } 前公开，至今尚未公开
obligation-overdue-periodic-help = 用 `disclose new { $entry } --period { $period }` 撰写，经审核、审批后运行 `disclose publish`
obligation-overdue-standing = 长期公开事项 { $entry }（{ $title }）应于 { $due } 前公开，至今尚未公开
obligation-overdue-standing-help = 用 `disclose new { $entry }` 撰写，经审核、审批后运行 `disclose publish`
obligation-overdue-review = 长期公开事项 { $entry }（{ $title }）上次公开于 { $after }，应于 { $due } 前复核更新
obligation-overdue-review-help = 用 `disclose new { $entry }` 发布更新版本（把 `supersedes` 设为旧的公开内容）
obligation-overdue-annual-report = { $year } 年度党务公开工作报告应于 { $due } 前完成，{ $file } 不存在或仍有待填写的内容
obligation-overdue-annual-report-help = 用 `disclose report --year { $year } --annual` 生成，由领导小组填写存在问题和改进措施，然后提交
obligation-overdue-event = 公开内容 { $item } 应于 { $due } 前公开，至今尚未公开
obligation-overdue-event-help = 先审核、审批（`disclose review { $item }`、`disclose approve { $item }`），再运行 `disclose publish`
obligation-overdue-draft-help = 已有公开内容 { $item } 的草稿（{ $file }）：写完后进行下一步 `{ $command }`；不要再用 `disclose new` 新建
obligation-late = 事项 { $entry }（{ $what }）于 { $met_on } 完成，比期限 { $due } 晚 { $days } 天
obligation-late-help = 现在无需处理；逾期公开会计入绩效评估
bad-period-text = “{ $text }”不是期次：请写月份（2026-03）、季度（2026-Q1）、半年（2026-H1）或年度（2026）
unknown-entry = 公开内容写的事项“{ $entry }”不在公开目录中
unknown-entry-help = 请使用公开目录中的事项编号（`disclose catalogue list` 可列出）
unknown-entry-did-you-mean = 是不是指 `entry = "{ $meant }"`？（`disclose catalogue list` 列出公开目录中的事项编号）
cadence-mismatch-key = `{ $key }` 不适用于事项 { $entry }，该事项是{ $cadence }
cadence-mismatch-key-help = 删除 `{ $key }`
cadence-mismatch-no-event = 事项 { $entry } 是{ $cadence }，公开内容需要写明事情发生的日期
cadence-mismatch-no-event-help = 加上 `event = 2026-02-10`
cadence-mismatch-staged = 事项 { $entry } 逐段公开，公开内容需要 `{ $key }`
cadence-mismatch-staged-help = 加上 `matter = "…"`（各阶段所属的事项）和 `stage = "…"`（本阶段）
cadence-mismatch-final-help = 删除 `final`：只有逐段公开的内容才有最后阶段
cadence-mismatch-supersedes-help = 删除 `supersedes`：只有长期公开的内容才会替换旧版本
cadence-mismatch-no-period = 事项 { $entry } 按{ $kind }定期公开，公开内容需要 `period`
cadence-mismatch-no-period-help = 加上 `period = "{ $example }"`
bad-period = “{ $text }”不是期次
bad-period-help = 事项 { $entry } 每{ $kind }公开一次：期次的写法如 "{ $example }"
bad-period-kind = 期次“{ $text }”是{ $given }，但事项 { $entry } 每{ $kind }公开一次
bad-period-kind-help = 期次的写法如 "{ $example }"
scope-widened = 公开内容的公开范围“{ $scope }”比事项 { $entry } 的“{ $entry_scope }”更宽
scope-widened-help = 公开内容只能缩小事项的公开范围（public > members > restricted）：请用“{ $entry_scope }”或更窄的范围
missing-audience = 对特定对象公开的内容必须写明公开对象
missing-audience-help = 加上 `audience = "…"`，例如“本人及所在党小组”
date-order-approved-before-reviewed = 审批早于审核
date-order-published-before-reviewed = 公开早于审核
date-order-published-before-approved = 公开早于审批
date-order-published-before-event = 公开早于所报告的事情
date-order = { $what }：`{ $later_key }` { $later } 早于 `{ $earlier_key }` { $earlier }
date-order-help = 请更正日期：步骤依次为 提出 → 审核（reviewed）→ 审批（approved）→ 实施（published）
missing-approval-approval = 审批
missing-approval-review = 审核（含保密审查）
missing-approval = 这条公开内容已公开，但没有 disclose.toml 要求的{ $what }
missing-approval-help = 用 `{ $command } { $item } --by 姓名 --on 日期` 补记（`{ $step }_by` 和 `{ $step }_on`），或删除 `published_on`
bad-id-supersedes = `supersedes` 的值“{ $target }”不是安全的编号
unknown-reference-itself = 这条公开内容替换了它自己
unknown-reference-supersedes = `supersedes` 指向的公开内容“{ $target }”不存在
unknown-reference-other-entry = `supersedes` 指向的公开内容“{ $target }”属于事项 { $entry }，而不是本条的事项 { $own }
unknown-reference-supersedes-help = 请写被替换的同一事项旧公开内容的编号（文件名去掉 .md）
unknown-reference-supersedes-did-you-mean = 是不是指 `supersedes = "{ $meant }"`？请写被替换的同一事项旧公开内容的编号（文件名去掉 .md）
duplicate-id-category = 类别代码“{ $code }”在 { $first } 中也用过
duplicate-id-category-help = 每个类别文件使用各自的 `code`
duplicate-id-entry = 事项编号“{ $id }”已在 { $file }:{ $line } 使用
duplicate-id-entry-help = 每个事项使用各自的编号（只有大小写不同的编号视为相同）
duplicate-id-item = 公开内容编号“{ $id }”与 { $first } 相同
duplicate-id-case = 意见件编号“{ $id }”与 { $first } 相同
duplicate-id-file-help = 请重命名其中一个文件：编号就是文件名，在整个仓库中必须唯一（不区分大小写）
catalogue-unapproved-empty = 公开目录为空：catalogue/ 中没有类别文件
catalogue-unapproved-empty-help = 添加 catalogue/NN-名称.toml 文件（`disclose init` 会写入默认公开目录）
catalogue-unapproved = 公开目录尚未经领导小组审定，因此不计算公开义务
catalogue-unapproved-help = 领导小组审定后，运行 `disclose catalogue approve --by 党务公开工作领导小组`
catalogue-changed-meaning = 其内容
catalogue-changed = 公开目录在领导小组 { $on } 审定后有改动（{ $what }）；审定失效，不计算公开义务
catalogue-changed-help = 请领导小组审定改动后的公开目录，然后运行 `disclose catalogue approve --by 党务公开工作领导小组 --on 日期`；或者撤销改动
attachment-missing = 正文引用了“{ $target }”，但 { $folder }/{ $name } 不存在
attachment-missing-help = 把文件放进 { $folder }/，或更正引用中的文件名（区分大小写）
attachment-outside = 正文引用了“{ $target }”，它不在这条公开内容的附件文件夹 { $folder }/ 中
attachment-outside-help = 把文件复制到 { $folder }/，并以 `{ $id }/文件名` 引用（公开内容的文件随它一起检查和公开）
attachment-unreferenced = { $file } 在附件文件夹中，但正文没有引用它
attachment-unreferenced-help = 在 { $file } 中以 `![说明]({ $id }/{ $name })`（图片）或 `[附件：说明]({ $id }/{ $name })`（文件）引用它，或者删除它
attachment-name = 名称“{ $part }”不能用作附件名：{ $why }
attachment-name-help = 文件名请只用字母、数字、`-`、`_` 和 `.`（可以用汉字），并相应修改引用
attachment-too-large = { $file } 大小为 { $size }，超过单个附件 { $limit } 的上限
attachment-too-large-help = 请缩小文件（照片缩到 2000 像素，扫描用 150 dpi），或调高 disclose.toml [publish] 中的 `max_attachment_mib`
attachment-gps = { $file } 含有拍摄地点的 GPS 位置
attachment-gps-help = 公开栏不会发布该信息（元数据会被去除），但仓库中仍保留：如果地点对党员也须保密，请用编辑器从文件中删除
attachment-unreadable = { $file } 无法按文件名所示的图片格式读取，因此无法发布
attachment-unreadable-help = 请用图片编辑软件打开，按文件名的格式重新保存（.jpg 存为 JPEG，.png 存为 PNG），再替换该文件
attachment-too-large-item = 这条公开内容的附件合计 { $size }，超过单条 { $limit } 的上限
attachment-too-large-item-help = 请缩小文件、拆分公开内容，或调高 disclose.toml [publish] 中的 `max_item_attachments_mib`
unknown-channel = 渠道“{ $channel }”不在 disclose.toml 列出的渠道中
unknown-channel-help = 请使用 { $channels } 之一，或把该渠道加入 `[feedback] channels`
unknown-reference-about = `about` 写的“{ $about }”既不是事项也不是公开内容
unknown-reference-about-help = 请写事项编号（如 "7.2"）或公开内容编号（文件名去掉 .md），或删除 `about`
unknown-reference-about-did-you-mean = 是不是指 `about = "{ $meant }"`？请写事项编号或公开内容编号（文件名去掉 .md），或删除 `about`
feedback-overdue = 意见件 { $case } 应于 { $due } 前答复，目前仍为 { $status }
feedback-overdue-help = 用 `disclose feedback respond { $case } --text "…"` 答复，或用 `disclose feedback extend { $case } --days N --reason "…"` 记录有理由的延期
feedback-state-an-answer = 一条答复
feedback-state-a-step = 一个 `{ $command }` 步骤
feedback-state-step = 意见件 { $case } 在 { $on } 有{ $what }，而当时状态为 { $from }：{ $rule }
feedback-state-help = 请使用 `disclose feedback` 命令，它们会让状态、记录和答复保持一致；或更正 `status`
feedback-state-status = 意见件 { $case } 写的是 `status = "{ $status }"`，但按其记录和答复应为 { $latest }
feedback-state-extended-twice = 意见件 { $case } 延期了不止一次
feedback-state-extended-twice-help = 期限只能延长一次；请只保留一次延期
date-order-case-help = 请更正日期：意见件收到之前不会有任何处理
date-order-case-due = `due_on` { $due } 早于 `received_on` { $received }
date-order-case-answer = 答复日期（{ $on }）早于收到意见件的日期（{ $received }）
date-order-case-step = 处理步骤的日期（{ $on }）早于收到意见件的日期（{ $received }）
date-order-answers = { $later } 的答复排在 { $earlier } 的答复之后：答复应按时间先后排列
date-order-answers-help = 请按答复的先后顺序排列 [[response]] 表，或更正日期
config-invalid-label-site = `site_dir` "{ $path }"
config-invalid-label-bulletins = `bulletin_dir` "{ $path }"
config-invalid-label-archive = 档案目录文件夹 "{ $path }"（`disclose archive --write`）
config-invalid-output-help = 请在仓库内另选一个专用文件夹，不与其他输出重叠，也不在存放仓库自身文件的文件夹中
config-invalid-output-root = { $label } 是仓库根目录或其上级文件夹（实际位置 { $path }）
config-invalid-output-input = { $label }{ $how ->
    [same] 就是
    [contains] 包含了
   *[inside] 位于
} { $name }{ $how ->
    [inside] 之内
   *[other] {""}
}，那里存放着仓库自身的文件：写入可能覆盖它们（实际位置 { $path }）
config-invalid-bulletins-in-site = 季度通报文件夹与公开栏文件夹重叠：通报仅供党员阅读，绝不能放在公开的网站中（`bulletin_dir` { $how ->
    [same] 与 `site_dir` 相同
    [contains] 包含 `site_dir`
   *[inside] 位于 `site_dir` 之内
}，实际位置 { $path }）
config-invalid-bulletins-in-site-help = 把 `bulletin_dir` 设为 `site_dir` 之外的文件夹，例如 "bulletins"
config-invalid-output-overlap = { $label }{ $how ->
    [same] 与
    [contains] 包含了
   *[inside] 位于
} { $other }{ $how ->
    [same] 相同
    [inside] 之内
   *[other] {""}
}：每个输出需要各自的文件夹（实际位置 { $path }）
template-invalid-help = 请换成 templates/ 中的普通模板文件（可从项目的 assets/templates/ 复制），或删除它以使用内置模板
bulletin-not-announced = { $quarter } 的季度通报应于 { $due } 前（季度结束后 { $days } 天内）在党员大会上通报，但没有记录通报它的会议
bulletin-not-announced-help = 召开党员大会并记录：`disclose meeting record --kind members --on 日期 --bulletin { $quarter }`
cadence-mismatch-decision-on = `decision_on` 不适用于事项 { $entry }，该事项不是公示
cadence-mismatch-decision-on-help = 删除 `decision_on`；如果该事项的公开内容是公示，请在事项上设置 `notice_working_days`
notice-too-short = { $from } 发布的公示为期 { $days } 个工作日，至 { $to }，但决定日期为 { $decision }
notice-too-short-help = 决定最早可在 { $first } 作出：请调整 `decision_on`，或提早发布公示（`disclose explain { $item }` 显示计算过程）
report-placeholder = { $year } 年度党务公开工作报告仍有待领导小组填写的内容
report-placeholder-help = 用领导小组自己的评估替换 【请填写：…】 部分，然后提交报告
same-signer-reviewed = { $by } 既审核又审批了公开内容 { $item }
same-signer-prepared = { $by } 既提出又审批了公开内容 { $item }
same-signer-help = 请由既未提出也未审核的人审批（`disclose approve 编号 --by 姓名`）
personal-data-mobile = 手机号码
personal-data-resident-id = 居民身份证号码
personal-data = 公开的文字中含有{ $what }；公开栏绝不能显示个人信息
personal-data-item-help = 删除该号码，或换成公开电话、办公室座机；如果这段文字不面向社会，请缩小公开内容的 `scope`
personal-data-item-id-help = 文件名就是公开内容的编号，会出现在公开栏的网址中：请重命名文件
personal-data-case-id-help = 文件名就是意见件的编号，会显示在 feedback.html 上：请重命名文件
personal-data-case-help = { $what ->
    [answer] 请从答复中删除该号码（改为公开电话或办公室座机）：公开的意见件会在公开栏显示答复
   *[summary] 请从摘要中删除该号码（改为公开电话或办公室座机）：公开的意见件会在公开栏显示摘要
}
case-identity-public = 意见件 { $case } 的{ $what ->
    [answer] 答复
   *[summary] 摘要
}含有本人的{ $field ->
    [name] 姓名
   *[contact] 联系方式
}（本文件中的 `{ $field }`），公开栏会显示出来
case-identity-public-help = 请用概括的说法（群众、党员、患者家属 …）说明是谁，不写联系方式；`{ $field }` 保留在文件中，永不公开
personal-data-catalogue-help = 请从 `{ $key }` 中删除该号码：公开栏会在 catalogue.html 上显示它（写办公室及其座机，而不是个人手机）；然后重新审定公开目录
personal-data-config-help = 请从 `{ $key }` 中删除该号码：公开栏会显示它；只有 `[feedback] hotline` 用来写电话号码
changed-after-publication = { $item } 公开后内容有改动，但没有更正记录说明这一改动
changed-after-publication-help = 如果改动是更正不实或不完整的内容，请记录：`disclose correct { $item } --reason "…"`；否则请撤销改动（`git diff { $file }`）
changed-after-approval = { $item } 在{ $step ->
    [approval] 审批
   *[review] 审核
}后内容有改动：签字已不再涵盖现在的内容
changed-after-approval-on = { $item } 在 { $on } { $step ->
    [approval] 审批
   *[review] 审核
}后内容有改动：签字已不再涵盖现在的内容
changed-after-approval-help = 请对现在的内容重新签字（`disclose { $command } { $item } --by 姓名`；重新签字会记录新的摘要值），或撤销改动
placeholder-text-published = { $item } 已公开，但仍有模板中待填写的内容
placeholder-text-approved = { $item } 已审批，但仍有模板中待填写的内容
placeholder-text-help = 请用实际内容替换待填写处；之后原有签字不再涵盖新内容，需要重新签字（`disclose approve 编号 --by 姓名`）

## obligations: what is due and the advice for it (obligations/*)

obligations-scope-public = 向社会公开
obligations-scope-members = 党内公开
obligations-scope-restricted = 对特定对象公开
obligations-cadence-periodic = 定期公开（{ $kind }）
obligations-cadence-standing = 长期公开
obligations-cadence-immediate = 及时公开
obligations-cadence-staged = 逐段公开
obligations-period-month = 月
obligations-period-quarter = 季度
obligations-period-half-year = 半年
obligations-period-year = 年
obligations-label-standing = 长期公开
obligations-label-review = { $after } 公开后的复核
obligations-label-item = 公开内容 { $item }
obligations-label-annual-report = { $year } 年度党务公开工作报告
obligations-annual-report-next = disclose report --year { $year } --annual，然后填写存在问题和改进措施
obligations-limit-too-long-calendar-days = { $n } 个自然日超过了本工具可计算的 { $max } 个自然日
obligations-limit-too-long-working-days = { $n } 个工作日超过了本工具可计算的 { $max } 个工作日
obligations-limit-too-long-months = { $n } 个月超过了本工具可计算的 { $max } 个月
obligations-limit-calendar-days = { $n } 个自然日
obligations-limit-working-days = { $n } 个工作日
obligations-limit-months = { $n } 个月
obligations-notice-ends-today = 今天结束
obligations-notice-days-left = 还剩 { $n } 个工作日
obligations-notice-period = 公示期 { $from } 至 { $to }，{ $when }

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
status-feedback = { $id }  { $kind ->
    [request] 【依申请公开】
    [correction] 【更正申请】
   *[other] {""}
}{ $summary } · { $status ->
    [received] 已受理
    [handling] 办理中
    [answered] 已答复
    [closed] 已办结
    [rejected] 不予受理
   *[other] { $status }
}，期限 { $due }，{ $when ->
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

new-title-empty = --title 为空
new-title-empty-help = 不写 --title 则使用事项的名称，或者给出一个标题
new-nothing-written = 未写入任何文件：新的公开内容会有上面的错误。请修改参数（通常是 --title）后重试。
new-created = 已创建 { $file }
new-folder-failed = 无法创建 { $folder }/
new-folder-created = 已创建 { $folder }/，用于存放这条公开内容的图片和文件：在正文中这样引用：`![说明]({ $id }/photo.jpg)` 或 `[附件：说明]({ $id }/明细.pdf)`
new-entry-line = 事项 { $entry } { $title }（{ $cadence }），提出人 { $by }
new-note = 提示：{ $note }
new-next-label = 下一步：
new-next = { $next }撰写内容（替换每一处 { $placeholder }），然后送审：
new-note-period-covered = { $other } 已是事项 { $entry } { $period } 期次的公开内容；以最先公开的一条为准
new-note-standing-current = 事项 { $entry } 已有已公开的内容 { $current }；如果这一条用来替换它，请加上 `supersedes = "{ $current }"`
new-editor-unset = 提示：未设置 VISUAL 或 EDITOR；请用编辑器打开 { $file }
new-editor-done = 已用 { $editor } 编辑
new-editor-failed = 提示：{ $editor } 退出状态为 { $status }；{ $file } 保持当前内容
new-editor-not-started = 提示：无法启动 { $editor }（{ $error }）；请用编辑器打开 { $file }
new-period-drafted = 事项 { $entry } 的 { $period } 期次已有公开内容 { $item }（{ $file }），尚未公开
new-period-drafted-help = 未写入任何文件；请写完 { $file } 并进行下一步 `{ $command }`（一个期次只需一条公开内容）
new-answer-unreadable = 无法读取回答
new-no-answer = 没有得到回答（输入已结束）
new-no-answer-help = 未写入任何文件；请改用参数给出这些值
new-unknown-entry = 公开目录中没有事项“{ $id }”
new-unknown-entry-did-you-mean = 是不是指 `{ $meant }`？请运行 `disclose new { $meant }`（`disclose catalogue list` 列出全部事项）
new-ask-entry-intro = 这条公开内容属于公开目录中的哪个事项？
new-ask-entry = 事项编号
new-no-such-entry = 公开目录中没有事项“{ $answer }”。
new-no-such-entry-did-you-mean = 公开目录中没有事项“{ $answer }”；是不是指 { $meant }？
new-which-entry = 新的公开内容属于哪个事项？
new-which-entry-help = 请给出事项编号，例如 `disclose new 3.5 --period 2026-Q1`；公开目录中有：{ $ids }
new-flag-does-not-fit = 事项 { $entry }（{ $title }）是{ $cadence }：不适用 { $flag }
new-nothing-written-because = 未写入任何文件；{ $what }
new-nothing-written-short = 未写入任何文件
new-usage-periodic = 事项 { $entry } 需要 --period，例如 { $example }
new-usage-immediate = 事项 { $entry } 需要 --event 日期（事情发生的日期）
new-usage-staged = 事项 { $entry } 需要 --event 日期、--matter、--stage，最后一个阶段再加 --final
new-usage-standing = 事项 { $entry } 只接受 --title、--by 和 --supersedes 编号（被替换的旧公开内容）
new-supersedes-unknown = --supersedes 给出的“{ $old }”不是事项 { $entry } 的公开内容
new-supersedes-no-items = 事项 { $entry } 还没有公开内容，请去掉 --supersedes
new-supersedes-items = 事项 { $entry } 的公开内容：{ $items }
new-supersedes-did-you-mean = 是不是指 { $meant }？（该事项的公开内容：{ $items }）
new-ask-period = 期次（事项 { $entry } 每{ $kind }公开一次）
new-needs-period = 事项 { $entry }（{ $title }）按{ $kind }定期公开：新的公开内容需要 --period
new-needs-period-help = 未写入任何文件；请给出 --period { $period }（最近结束的{ $kind }），或其他{ $kind }
new-needs-period-help-unwritten = 未写入任何文件；请给出 --period { $period }（最早一个尚未撰写的{ $kind }），或其他{ $kind }
new-period-examples = 事项 { $entry } 每{ $kind }公开一次：--period 的写法如 { $example }
new-period-wrong-kind = --period { $text } 是{ $given }，但事项 { $entry }（{ $title }）每{ $kind }公开一次
new-ask-event = 事情发生的日期（YYYY-MM-DD）
new-needs-event = 事项 { $entry }（{ $title }）是{ $cadence }：新的公开内容需要 --event 日期，即事情发生的日期
new-what-matter = 各阶段所属的事项名称
new-what-stage = 本阶段名称
new-ask-matter = 各阶段所属的事项名称
new-ask-matter-known = 各阶段所属的事项名称（已有：{ $matters }）
new-ask-stage = 本阶段名称
new-flag-empty = { $flag } 为空
new-flag-empty-help = 未写入任何文件；{ $flag } 填写{ $what }
new-needs-text = 事项 { $entry }（{ $title }）逐段公开：新的公开内容需要 { $flag }（{ $what }）
new-needs-text-known = 事项 { $entry }（{ $title }）逐段公开：新的公开内容需要 { $flag }（{ $what }）（已有：{ $matters }）
new-ask-with-default = { $question }[{ $default }]：
new-ask-plain = { $question }：
placeholder-identity = disclose.toml 中的 `{ $key }` 仍是 `disclose init` 写入的占位内容，不能以此公开
placeholder-identity-help = 请把【请填写：…】改为本党组织的实际内容（在新文件夹中运行 `disclose init --name … --short-name … --leader … --deputy … --hotline …` 可直接写入）
placeholder-identity-owners = { $count } 个公开事项尚未填写责任人：{ $entries }
placeholder-identity-owners-help = 请在 catalogue/ 中把各事项的 `owner`（责任人）由【请填写：责任人】改为实际负责的人
init-exists = { $folder } 中已有 disclose 仓库
init-exists-help = 未作任何改动；请在该处运行 `disclose check`，或换一个文件夹
init-files-exist = { $folder } 中已有 { $files }
init-files-exist-help = 未作任何改动；请移走这些文件，或换一个空文件夹
init-created = 已在 { $folder } 创建 disclose 仓库
init-placeholders = 未提供的内容已写为【请填写：…】：`disclose check` 会报告（placeholder-identity），在 disclose.toml 和 catalogue/ 写明本党组织之前不能公开。
init-next-steps = 下一步：
init-step-edit = 1. 编辑 disclose.toml（党组织、领导小组、意见热线），并核对 catalogue/ 中的公开目录。
init-step-approve = 2. 领导小组审定公开目录后运行：
init-step-status = 3. disclose status      # 查看到期事项
init-step-new = 4. disclose new 3.5 --period 2026-Q1   # 撰写公开内容
init-step-git = 5. git init && git add . && git commit -m "党务公开目录"
init-ask-name = 党组织全称（留空则稍后填写）
init-ask-short-name = 简称（用于页面标题）
init-ask-leader = 领导小组组长（党支部书记）
init-ask-deputies = 副组长，多人用逗号分隔
init-ask-hotline = 意见热线（显示在公开栏）
init-no-answer = 没有输入回答（输入已结束）
init-no-answer-help = 未写入任何文件；请改用 --name、--short-name、--leader、--deputy 和 --hotline 参数
correct-next-label = 下一步：
correct-could-not-read = 无法读取 { $file }
correct-could-not-edit = 无法编辑 { $file }
correct-no-item = 没有公开内容“{ $id }”；未写入任何内容
correct-no-item-help = 公开内容的编号是去掉 .md 的文件名（`disclose archive` 列出已公开的内容）
correct-not-published = { $id } 尚未公开，无需更正；未写入任何内容
correct-not-published-help = 未公开的内容应重新签署：`disclose review { $id } --by 姓名` 和 `disclose approve { $id } --by 姓名` 会记录新的内容
correct-reason-empty = --reason 为空；未写入任何内容
correct-reason-empty-help = 请写明哪些内容不实或不完整、如何更正，例如 --reason "人数应为25名，原误写为23名"
correct-no-signer = 请说明由谁更正 { $id }；未写入任何内容
correct-no-signer-help = 请加上 --by 姓名，例如 `disclose correct { $id } --reason "…" --by 舒军`
correct-date-out-of-range = --on { $on } 不在公开日期（{ $published }）与今天（{ $today }）之间；未写入任何内容
correct-date-out-of-range-help = 更正记录的是已做的事：请填写实际更正的日期
correct-unchanged = { $id } 的内容与公开时（或上次更正后）相同；未写入任何内容
correct-unchanged-help = 请先修改 { $file }（标题、正文或其他内容），再记录更正
correct-fix-errors-first = 未写入任何内容：请先改正上面的错误，再记录更正。
correct-could-not-record = 无法在 { $file } 中记录更正
correct-recorded = 已记录 { $id } 的更正，更正人 { $by }，日期 { $on }：
correct-next = disclose publish   # 在公开栏和本季度通报中更新页面并显示「更正说明」
evidence-not-a-photo = { $file } 不是 JPEG、PNG 或 WebP 照片
evidence-not-a-photo-help = 请提供手机或相机拍摄的公开栏张贴照片（.jpg、.png 或 .webp）
evidence-unreadable = 无法读取 { $file }：{ $error }
evidence-unreadable-help = 请检查路径，并确认文件可以读取
evidence-cannot-keep = 无法保存 { $file }：{ $why }
evidence-cannot-keep-help = 请用图片编辑软件重新保存照片后再添加
evidence-could-not-create = 无法创建 { $folder }/
evidence-kept = 已将 { $file } 保存为 { $kept }（已去除 GPS 位置等元数据），说明文件为 { $sidecar }。
evidence-listed = 该照片列入 { $year } 年档案目录，不会公开。
evidence-commit-label = 提交：
evidence-commit-message = 留痕照片：{ $on } 的公开栏
meeting-unknown-kind = --kind 为“{ $kind }”
meeting-unknown-kind-help = 请用 --kind members（党员大会）或 --kind leading-group（领导小组会议）
meeting-in-future = 会议日期为 { $on }，晚于今天（{ $today }）
meeting-in-future-help = 会议召开后再记录
meeting-attendance = 应到 { $of } 人，实到 { $attended } 人
meeting-attendance-help = --attended 是实到人数，--of 是应到人数
meeting-no-bulletin = { $file } 不存在，会议不可能已通报它
meeting-no-bulletin-help = 请先用 `disclose bulletin { $quarter }` 生成季度通报，再记录会议
meeting-wrote = 已写入 { $file }
meeting-announced = { $quarter } 季度通报已在会上通报：此后它就是向党员通报内容的记录，不加 --force 时 `disclose bulletin { $quarter }` 不会再改动它。
meeting-write-minutes = 请在其中写好会议记录，然后提交：git add { $file }
meeting-too-many = { $folder } 中 { $on } 已有 999 次会议
meeting-too-many-help = 请检查该文件夹：一天开这么多次会议不合常理
meeting-leading-group-bulletin = 领导小组会议不通报季度通报
meeting-leading-group-bulletin-help = 向党员通报季度通报的会议请用 --kind members
meeting-bulletin-not-quarter = --bulletin “{ $text }”不是季度
meeting-bulletin-not-quarter-help = 季度写作 年-Qn，例如 2026-Q3
meeting-bulletin-too-early = { $on } 的会议不能通报 { $quarter } 季度通报，该季度到 { $end } 才结束
meeting-bulletin-too-early-help = 季度通报在季度结束后通报：请检查 --on 和 --bulletin
catalogue-meeting-after-approval = 会议 { $file } 于 { $held } 召开，晚于审定日期 { $on }
catalogue-meeting-after-approval-help = 请用 --on 填写该会议的审定日期，或不写 --on 以会议日期为准
catalogue-not-approved-errors = 公开目录未审定：请先改正上面的错误。
catalogue-by-empty = --by 为空
catalogue-by-empty-help = 请写明审定公开目录的机构，例如 --by 党务公开工作领导小组
catalogue-signer-not-allowed = { $by } 不能审定公开目录：公开目录由 { $file } 中写明的领导小组审定
catalogue-signer-not-allowed-help = --by 请填写其中之一：{ $names }
catalogue-could-not-read = 无法读取 { $file }
catalogue-config-not-toml = { $file } 不是有效的 TOML
catalogue-already-approved = 公开目录已按现状审定（{ $by }，{ $on }），未作改动。
catalogue-could-not-edit = 无法编辑 { $file }
catalogue-moved-approval = 已把原有的审定记录移入 { $file } 的审定历史（[[approval]]）。
catalogue-approval-recorded = 已在 { $file } 中记录公开目录的审定（共 { $entries } 个公开事项），审定机构 { $by }，日期 { $on }（审定历史第 { $number } 次）。
catalogue-approval-linked = 本次审定已关联领导小组会议 { $file }。
catalogue-commit-it = 提交：git add { $file } catalogue && git commit -m "审定党务公开目录"
catalogue-approval-not-a-list = disclose.toml 中的 `approval` 不是审定记录列表
catalogue-approval-not-a-list-help = 请恢复 `disclose catalogue approve` 写入的 [[approval]] 表
catalogue-approval-malformed = disclose.toml 中的 `approval` 既不是表也不是表数组
catalogue-approval-malformed-help = 请删除 `approval` 后重新审定
catalogue-record-meeting-first = 请先记录会议：`disclose meeting record --kind leading-group --on 日期 --decision "审定党务公开目录"`
catalogue-no-meeting-on = meetings/ 中没有 { $date } 的领导小组会议记录
catalogue-several-meetings-on = { $date } 有 { $count } 次领导小组会议记录
catalogue-several-meetings-on-help = 请改写会议文件名：{ $files }
catalogue-not-leading-group-meeting = { $file } 是 { $kind } 会议，不是领导小组会议
catalogue-not-leading-group-meeting-help = 公开目录由领导小组审定：请指明领导小组的会议
catalogue-meeting-not-found = { $target } 既不是日期，也不是 meetings/ 中的会议文件
catalogue-deadline = { $cadence ->
    [periodic] 期次结束后
    [standing] 目录生效后
    [staged] 每个阶段后
   *[immediate] 事项发生后
}{ $limit }
catalogue-list-heading = 公开目录 · { $name }
catalogue-list-unapproved = 尚未经领导小组审定：审定后请运行 `disclose catalogue approve --by 审定机构`。
catalogue-list-approved = 已由{ $by }于 { $on } 审定。
catalogue-list-approval-void = 已由{ $by }于 { $on } 审定，但此后已改动：重新审定前审定无效。
catalogue-show-category = 类别　　 { $code } { $title }
catalogue-show-scope = 公开范围 { $scope }
catalogue-show-cadence = 公开时限 { $cadence }
catalogue-show-deadline = 期限　　 { $deadline }
catalogue-show-owner = 责任人　 { $owner }
catalogue-show-since = 起始　　 { $since }
catalogue-show-until = 截止　　 { $until }
catalogue-show-review = 复核　　 每 { $months } 个月
catalogue-show-defined = 定义于　 { $file }:{ $line }
catalogue-show-items = 公开内容 { $count }
catalogue-show-draft = 草稿
catalogue-show-published = { $on } 公开
sign-words-review = 审核（含保密审查）
sign-words-approve = 审批
sign-by-empty = --by 是空的
sign-by-empty-help = 写明由谁签字，例如 `disclose { $command } ID --by 舒军`
sign-not-allowed = { $by } 不能签{ $step }：{ $config } 的 [roles] 规定了谁可以签
sign-not-allowed-add-help = 在 { $config } 的 [roles] 中把签字人加到 `{ $key }`
sign-not-allowed-give-help = --by 请写以下之一：{ $allowed }
sign-on-future = --on { $on } 晚于今天（{ $today }）
sign-on-future-help = 签字记录的是已经做过的事：请写实际办理的日期
sign-approve-errors = 没有审批：有错误的公开内容不能审批。请先改正上面的错误，再审批。
sign-review-refused-help = 没有写入任何公开内容；请去掉这些公开内容，或按上面所说改正
sign-approve-refused-help = 没有写入；请先审核这些公开内容（`disclose review ID --by NAME`），或改正日期
sign-no-item = 没有公开内容“{ $id }”
sign-no-item-did-you-mean = 没有公开内容“{ $id }”（是不是 { $meant }？）
sign-no-item-help = 没有写入；公开内容的编号就是去掉 .md 的文件名（`disclose status` 列出等待审核和审批的公开内容）
sign-unreadable = 没有写入：请先改正上面的错误。
sign-could-not-read = 无法读取 { $file }
sign-could-not-edit = 无法编辑 { $file }
sign-could-not-sign = 无法在 { $file } 中签署
sign-published = 它已于 { $published } 公开；已公开内容的记录不再重新签字（请写一份新的公开内容；记录有误时请手工更正文件）
sign-review-after-approval = 它已于 { $approved } 审批，{ $on } 的审核会晚于审批；请用 --on { $approved } 或更早的日期；如果审批后内容有改动，请先删除 approved_by/approved_on
sign-not-reviewed = 它还没有审核，而 disclose.toml 要求审批前先审核：请先运行 `disclose review { $id } --by NAME`
sign-approve-before-review = 它于 { $reviewed } 审核，不能在审核之前的 { $on } 审批
sign-placeholder = 它还留着模板的占位文字（{ $file }:{ $line }）；请先写好内容
sign-nothing-changed = 没有改动：{ $by } 于 { $on } 的{ $step }已记录在 { $n } 份公开内容上。
sign-recorded = 已记录 { $by } 于 { $on } 的{ $step }，共 { $n } 份公开内容：
sign-already-recorded = （已记录）
sign-replaces = （替换 { $by }，{ $on }）
sign-check-attachment = 请人工核对这个文件，它会公开，且不做个人信息检查：{ $file }
sign-next-publish = disclose publish --dry-run   # 先看公开会做什么，再运行 `disclose publish`

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
feedback-show-received-by = { $on } 经{ $channel ->
    [hotline] 热线电话
    [suggestion-box] 意见箱
    [reception-day] 接待日
    [letter] 来信
   *[other] { $channel }
}收到，来自{ $from ->
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
feedback-show-rated = 评价{ $rating ->
    [satisfied] 满意
    [partly] 基本满意
    [unsatisfied] 不满意
   *[other] { $rating }
}
feedback-show-rated-on = { $on } 评价{ $rating ->
    [satisfied] 满意
    [partly] 基本满意
    [unsatisfied] 不满意
   *[other] { $rating }
}
feedback-show-rated-by = 评价{ $rating ->
    [satisfied] 满意
    [partly] 基本满意
    [unsatisfied] 不满意
   *[other] { $rating }
}，记录人 { $by }
feedback-show-rated-on-by = { $on } 评价{ $rating ->
    [satisfied] 满意
    [partly] 基本满意
    [unsatisfied] 不满意
   *[other] { $rating }
}，记录人 { $by }
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

publish-refused = 没有公开任何内容，也没有改动任何文件：请先改正上面的错误（`disclose check` 也会列出），再运行 `disclose publish`。
publish-board-failed = 无法生成公开栏
publish-bulletin-failed = 无法生成季度通报
publish-board-write-failed = 无法写入公开栏；没有公开任何内容，也没有改动任何公开内容
publish-read-failed = 无法读取 { $file }
publish-edit-failed = 无法编辑 { $file }
publish-stamp-failed = 无法在 { $file } 中写入公开日期
publish-switched-in-place = 注意：{ $site }/ 无法一步切换到新的公开栏（{ $reason }），因此逐个完整地原地更新了其中的文件。
publish-bulletin-created = 季度通报：已写入 { $md } 和 { $html }（{ $quarter } 的党员通报）。
publish-bulletin-updated = 季度通报：已更新 { $md } 和 { $html }。
publish-bulletin-unchanged = 季度通报：{ $md } 已是最新。
publish-bulletin-frozen = 季度通报：{ $md } 已在 { $announced } 的党员大会上通报，保持原样未改；`disclose bulletin { $quarter }` 可查看此后的变化。
publish-nothing-to-commit = 没有需要提交的内容。
publish-commit-bulletin = 更新 { $quarter } 季度通报
publish-commit-items = { $date } 公开 { $n } 项公开内容
publish-commit-record = 提交记录
publish-commit-record-note = { $label }（{ $site }/ 中的公开栏不提交）：
publish-waiting-stale = { $message }（{ $help }）
publish-waiting-signed-later = 签署日期 { $on } 晚于 { $date }
publish-waiting-needs-both = 尚需审核（`disclose review { $id } --by 姓名`）和审批（`disclose approve { $id } --by 姓名`）
publish-waiting-needs-review = 尚需审核（`disclose review { $id } --by 姓名`）
publish-waiting-needs-approval = 尚需审批（`disclose approve { $id } --by 姓名`）
publish-waiting-event = 事项发生日期 { $event } 晚于 { $date }
publish-obligations-would-meet = 将完成的公开义务：
publish-obligations-met = 已完成的公开义务：
publish-obligation-late = 逾期完成，期限 { $due }
publish-obligation-on-time = 按时完成，期限 { $due }
publish-obligation-due = 期限 { $due }
publish-nothing-overdue = 没有逾期事项。
publish-still-overdue-afterwards = 之后仍然逾期：
publish-still-overdue = 仍然逾期：
publish-not-published-yet = 尚未公开：
publish-dry-run = 试运行：没有改动任何文件。`disclose publish` 将会：
publish-dry-run-no-item = 不公开任何内容（没有已就绪且未公开的内容）
publish-dry-run-stamp = 在 { $n } 项公开内容中写入 published_on = { $date }：
publish-dry-run-board-same = 保持 { $site }/ 中的公开栏不变（{ $unchanged } 个页面未变）
publish-dry-run-board = 更新 { $site }/ 中的公开栏（{ $unchanged } 个页面未变）：
publish-dry-run-add = 新增
publish-dry-run-change = 修改
publish-dry-run-remove = 删除
publish-dry-run-bulletin-create = 写入 { $quarter } 季度通报：{ $md } 和 { $html }
publish-dry-run-bulletin-update = 更新 { $quarter } 季度通报：{ $md } 和 { $html }
publish-dry-run-bulletin-same = 保持 { $quarter } 季度通报不变（{ $md }）
publish-summary-none = 没有公开新的内容（没有已就绪且未公开的内容）。
publish-summary-published = { $date } 公开了 { $n } 项公开内容：
publish-summary-board-same = 公开栏：{ $site }/ 已是最新（{ $unchanged } 个页面）。
publish-summary-board = 公开栏：{ $site }/ — 新增 { $added } 个，修改 { $changed } 个，删除 { $removed } 个，未变 { $unchanged } 个。
publish-attachments-summary = 附件：新增 { $added } 个，修改 { $changed } 个，删除 { $removed } 个。

bulletin-not-a-quarter-kind = “{ $text }”是{ $kind }，不是季度：季度通报按季度编写
bulletin-not-a-quarter = “{ $text }”不是季度
bulletin-quarter-help = 请按“年份-Q季度”书写，例如 2026-Q1
bulletin-not-started = { $quarter } 在 { $date } 尚未开始（开始于 { $start }）
bulletin-not-started-help = 请编写本季度或更早季度的通报，或用 --as-of 指定日期
bulletin-unreadable = 仓库中有无法读取的文件，因此没有写入季度通报
bulletin-unreadable-help = 请先改正上面的问题，再运行此命令
bulletin-wrote = 已写入 { $md } 和 { $html }
bulletin-rewrote-forced = 已重写 { $md } 和 { $html }（--force：该通报已在 { $announced } 的党员大会上通报）
bulletin-updated-ended = 已更新 { $md } 和 { $html }（该季度已于 { $end } 结束，尚未在党员大会上通报）
bulletin-updated-running = 已更新 { $md } 和 { $html }（该季度至 { $end } 结束）
bulletin-unchanged = { $md } 和 { $html } 没有变化
bulletin-frozen = { $quarter } 季度通报是向党员通报内容的记录（已在 { $announced } 的党员大会上通报）；它与现在文件中的内容不同，已保持原样未改
bulletin-frozen-help = 请查看上面的变化；如需采用，运行 `disclose bulletin { $quarter } --force` 并提交结果

store-could-not-replace = 无法替换 { $path }
store-exists-left = { $path } 已存在，保持原样未改
store-could-not-create = 无法创建 { $path }
store-could-not-create-folder = 无法创建文件夹 { $path }
store-could-not-write-in = 无法在 { $path } 中写入
store-could-not-write = 无法写入 { $path }
store-could-not-read = 无法读取 { $path }
store-could-not-remove = 无法删除 { $path }
store-could-not-keep = 无法保留 { $path }
store-site-setting = 请在 disclose.toml 的 [publish] 表中用 `site_dir` 另选一个文件夹，例如 "site"
store-site-outside = 输出文件夹“{ $folder }”不是仓库内的文件夹
store-site-above-root = 输出文件夹“{ $folder }”是仓库根目录或其上级文件夹
store-site-is-file = 输出文件夹“{ $folder }”是一个文件
store-site-is-file-help = 请移走该文件，或{ $setting }
store-site-holds-repository = 输出文件夹“{ $folder }”中有一个仓库（{ $config } 或 .git）；在那里发布会替换其中的文件
store-site-not-ours = 输出文件夹“{ $folder }”不是空的，也不是 disclose 创建的（没有 { $manifest }）；没有写入任何文件
store-site-not-ours-help = 请把其中的文件移到别处（disclose 会创建该文件夹），或{ $setting }
store-leftover-remove = 无法删除中断的发布留下的 { $path }
store-bug-help = 这是 disclose 的缺陷：请报告
store-switch-board-left-aside = { $folder } 不存在，公开栏留在了 { $aside }（上次发布被中断），但无法切换该文件夹；请把 { $aside } 移回 { $back } 后重新发布
store-staging-unwritable-help = 请检查站点文件夹所在的上一级文件夹能否写入（权限，以及磁盘剩余空间）
store-bug-twice = 生成的文件“{ $path }”被生成了两次
store-manifest-damaged = { $folder }/{ $manifest } 已损坏，disclose 无法判断哪些文件是它写的；没有写入任何文件
store-manifest-damaged-help = 如果 { $folder } 中只有 disclose 写的页面，请删除该文件夹后重新发布
store-foreign-file = { $folder }/{ $path } 已存在，但不是 disclose 写的（不在 { $folder }/{ $manifest } 中）；没有写入任何文件
store-foreign-file-help = 请把 { $folder }/{ $path } 移出输出文件夹，然后重新发布
store-switch-not-renamed = 无法重命名：{ $error }
store-switch-mount-point = 它是一个挂载点
store-switch-staging-left = { $folder } 中的公开栏已是最新，但无法删除 { $path }；下次发布时会删除
store-switch-failed = 无法把 { $folder } 切换到新的公开栏
store-switch-failed-restore = 无法把 { $folder } 切换到新的公开栏；下次发布时会恢复原来的公开栏
store-switch-old-left = 新的公开栏已在 { $folder } 中，但无法从 { $path } 删除原来的公开栏；下次发布时会删除
store-switch-not-synced = 新的公开栏已在 { $folder } 中，但切换未能同步到磁盘
store-switch-not-synced-old = 新的公开栏已在 { $folder } 中，但切换未能同步到磁盘；原来的公开栏留在 { $path }，下次发布时会删除

render-template-symlink = 模板 { $template } 是符号链接，不会跟随链接（它可能把任意文件放到公开栏上）；请换成模板文件本身，或删除它以使用内置模板
render-template-not-file = 模板 { $template } 不是文件；请删除它以使用内置模板
render-template-too-large = 模板 { $template } 超过 1 MiB，远超任何页面所需，未读取；请缩短它，或删除它以使用内置模板
render-template-unreadable = 无法读取模板 { $template }
render-template-not-utf8 = 无法读取模板 { $template }：它必须是 UTF-8 文本
render-template-folder-symlink = { $folder }/ 是符号链接，不会跟随链接的模板文件夹（它可能把仓库以外的文件放到公开栏上）；请把链接换成文件夹本身
render-template-builtin = 内置模板 { $name }
render-template-invalid = { $origin } 不是有效的模板
render-template-syntax = { $template } 不是有效的模板：{ $error }
render-template-missing = 没有名为 { $name } 的模板
render-template-out-of-fuel = 模板 { $name } 的运算量超过任何页面所需（渲染预算已用完，可能是循环次数过多或生成的文本过多）；没有写入任何文件。请简化 { $folder }/{ $name }，或删除它以使用内置模板
render-template-failed = 模板 { $name } 无法渲染：{ $error }
render-template-failed-at = 模板 { $name } 无法渲染（第 { $line } 行）：{ $error }
render-attachment-unpublishable = { $file } 无法发布：{ $reason }；请用图片编辑软件重新保存后替换它
diff-header-on-disk = { $name }（磁盘上的）
diff-header-new = { $name }（新生成的）
render-search-index-failed = 无法写入搜索索引
render-not-readable-picture = 它不是可读取的 { $kind } 文件（{ $error }）
render-not-readable-gif = 它不是可读取的 GIF 文件

store-value-line-break = { $arg } 中有换行，它必须是一行；没有写入任何文件
store-value-line-break-help = 请把 { $arg } 写成一行（较长的文字应写在文件正文或备注中）
store-value-carriage-return = 回车符（\r）
store-value-control-character = 控制字符 U+{ $code }
store-value-control = { $arg } 中有{ $what }，文本文件无法显示；没有写入任何文件
store-value-control-help = 请从 { $arg } 中删除它（它不可见，常常是从文字处理软件或终端粘贴进来的），然后重试
store-value-not-toml = { $arg } 无法写成 TOML 字符串
store-value-not-toml-help = 请简化 { $arg } 后重试
store-readback-front-help = 请检查命令行给出的值和文件的前置信息；文件保持原样
store-readback-toml-help = 请检查命令行给出的值；文件保持原样
store-readback-not-utf8 = 修改后的文件将不是 UTF-8 文本；没有写入任何文件
store-readback-no-front = 修改后的文件将不再有 `+++` 前置信息；没有写入任何文件
store-edit-no-front = 这个文件没有以 `+++` 开头的字段部分，未修改
store-edit-front-not-toml = `+++` 之间的字段部分不是有效的 TOML，未修改
store-edit-front-unclosed = `+++` 开头的字段部分没有结束行 `+++`，未修改
store-edit-not-array-of-tables = `{ $key }` 写成了行内数组，而不是单独的 [[{ $key }]] 表，无法在其中追加；请把每一项写成一个 [[{ $key }]] 表（空的 `{ $key } = []` 直接删除即可）后再运行
store-readback-front-not-toml = 修改后的前置信息将不是有效的 TOML（{ $error }）；没有写入任何文件
store-readback-not-toml = 修改后的文件将不是有效的 TOML（{ $error }）；没有写入任何文件
store-readback-date-too-late = `{ $path }` 将是 { $date }，晚于 9999-12-31，文件无法保存；没有写入任何文件
store-readback-date-too-late-help = 这么远的期限或日期是错误的：请检查给出的天数和文件中的日期
store-readback-mismatch = `{ $path }` 读回的值与写入的不同；没有写入任何文件
store-readback-front-matter = （前置信息）

## archive, report, export, overview, audit


## codes: what each finding code means (`disclose codes`), one message a code: code-<code>

codes-one = { $code }（{ $level }）：{ $meaning }
codes-unknown = 没有“{ $name }”这个问题代号
codes-unknown-help = 运行 `disclose codes` 查看全部代号
codes-unknown-did-you-mean = 是不是“{ $guess }”？运行 `disclose codes` 查看全部代号
archive-unreadable-files = 警告：读取仓库时发现 { $n } 个问题；无法读取的文件未列入档案目录（请运行 `disclose check`）
archive-folder-label = 档案目录的文件夹“{ $folder }”
archive-nothing-written = { $reason }；没有写入任何文件
archive-wrote = 已写入 { $md } 和 { $csv }：{ $year } 年档案目录（{ $items } 项公开内容，{ $cases } 件意见件）。
archive-commit-message = { $year }年档案目录
archive-commit = 请提交：git add { $folder } && git commit -m "{ $message }"
report-not-begun = { $year } 年在 { $date } 尚未开始
report-not-begun-help = 请用 --year 指定今年或更早的年份
report-read-failed = 无法读取 { $file }
report-annual-wrote = 已写入 { $file }：请在其中填写“存在问题和改进措施”一节（填写之前 `disclose check` 会一直提示）
report-annual-unchanged = { $file } 没有变化
report-annual-rewrote = 已重写 { $file }（--force）
report-annual-differs = { $file } 与按现有文件生成的报告不同（手工改过，或数据有变化），已保持原样未改
report-annual-differs-help = 请查看上面的变化；如需替换该文件（连同其中已写的内容），运行 `disclose report --year { $year } --annual --force`
report-annual-html = 已根据 { $md } 写入 { $html }
report-unreadable-files = 警告：读取仓库时发现 { $n } 个问题；无法读取的文件未计入（请运行 `disclose check`）
report-wrote = 已将 { $format } 格式的报告写入 { $file }。
report-output-label = 报告文件 { $file }
report-output-in-site-help = 绩效评估仅供内部使用，不放到公开栏：请写到 site_dir 之外，例如 --output report.html
report-repo-repeated = { $path } 与前面给出的 { $first } 是同一个仓库，只统计一次
report-output-help = 请写到别处，例如 --output report.html
report-output-in-unreadable = 报告文件 { $file } 位于 { $repo } 之内，而它的 disclose.toml 无法读取，无从知道它的公开栏在哪里

# CSV headers of `archive` and `report` (report::csv::column): csv-KEY, KEY with - for _
csv-year = 年度
csv-kind = 类型
csv-category = 类别
csv-category-title = 类别名称
csv-entry = 事项
csv-entry-title = 事项名称
csv-id = 编号
csv-title = 标题
csv-scope = 公开范围
csv-audience = 特定对象
csv-period-or-event = 期次或日期
csv-state = 状态
csv-received-on = 收到日期
csv-due-on = 期限
csv-reviewed-on = 审核日期
csv-approved-on = 审批日期
csv-published-on = 公开日期
csv-answered-on = 答复日期
csv-file = 文件
csv-size = 大小（字节）
csv-sha256 = SHA-256
csv-recorded-by-hand = 手工记录
csv-corrections = 更正次数
csv-organisation = 党组织
csv-level = 层级
csv-done = 已完成
csv-late = 逾期完成
csv-overdue = 逾期未完成
csv-open = 未到期
csv-on-time-rate = 按时完成率
csv-median-days-after-due = 逾期天数中位数
csv-feedback-received = 收到意见件
csv-feedback-answered-within-limit = 按期答复
csv-feedback-answered-late = 逾期答复
csv-feedback-extended = 延期
csv-feedback-overdue = 逾期未答复
csv-feedback-open = 办理中
csv-feedback-rejected = 不予受理
csv-median-working-days-to-answer = 答复工作日中位数
csv-feedback-rated = 已评价
csv-feedback-satisfied = 满意
csv-feedback-partly = 基本满意
csv-feedback-unsatisfied = 不满意
csv-satisfaction-rate = 满意率
csv-note = 备注

report-title = { $year } 年绩效评估 · { $organisation }（截至 { $date }）
report-selection = 公开义务按期限落在本年度的统计；意见件按本年度收到的统计。
report-not-approved = 公开目录尚未审定，或审定后有改动：不统计任何公开义务。
report-not-approved-help = 领导小组审定后，请运行 `disclose catalogue approve --by 姓名`。
report-obligations-due = { $year } 年到期的公开义务
report-col-category-entry = 类别 / 事项
report-col-organisation = 党组织
report-col-done = 按时
report-col-late = 逾期完成
report-col-overdue = 逾期未完成
report-col-open = 未到期
report-col-on-time = 按时率
report-col-median-days = 天数中位数
report-col-feedback = 意见件
report-col-in-limit = 按期答复
report-col-answered-late = 逾期答复
report-col-unanswered = 逾期未答复
report-col-extended = 延期
report-col-median-wd = 工作日中位数
report-col-satisfaction = 满意率
report-col-note = 备注
report-total = 合计
report-legend = 按时率 = 按时 /（按时 + 逾期完成 + 逾期未完成）；天数中位数 = 公开日期减期限（负数为提前）。
report-feedback-heading = { $year } 年收到的意见件（答复期限 { $limit } 个工作日）
report-feedback-received = 收到
report-feedback-within-limit = 按期答复
report-feedback-after-limit = 逾期答复
report-feedback-extended = 延期
report-feedback-overdue = 逾期未答复
report-feedback-open = 办理中（未到期）
report-feedback-rejected = 不予受理
report-feedback-median-days = 答复工作日中位数
report-feedback-rated = 已评价
report-feedback-ratings = 满意 / 基本满意 / 不满意
report-feedback-satisfaction = 满意率（满意 + 基本满意）
report-record-heading = { $year } 年的公开记录
report-record-published = 已公开的内容
report-record-by-tool = 由本工具记录
report-record-by-hand = 手工记录（无摘要）
report-record-corrections = 更正
report-summary-title = { $year } 年绩效评估 · { $count } 个党组织（截至 { $date }）
report-note-not-approved = 公开目录未审定
report-note-broken = 无法读取
report-note-without-broken = 不含 { $n } 个无法读取的
report-summary-legend-1 = 按时率 = 按时 /（按时 + 逾期完成 + 逾期未完成）；天数中位数 = 公开日期减期限；意见件：收到、按期答复、
report-summary-legend-2 = 逾期答复、延期、逾期未答复、答复工作日中位数、满意率。
report-could-not-be-read = 无法读取：

archive-record-corrections = 更正 { $n } 次
archive-record-by-hand = 手工记录
archive-record-tool = 工具记录
archive-scope-members = 党内公开
archive-scope-restricted = 对特定对象公开：{ $audience }
archive-title = { $year } 年档案目录 · { $organisation }（截至 { $date }）
archive-counts = { $items } 项公开内容，{ $cases } 件意见件。
archive-unknown-category = （不在公开目录中的事项）
archive-col-entry = 事项
archive-col-id = 编号
archive-col-title = 标题
archive-col-scope = 公开范围
archive-col-state = 状态
archive-col-reviewed = 审核
archive-col-approved = 审批
archive-col-published = 公开
archive-col-record = 记录
archive-col-file = 文件
archive-col-about = 所涉事项
archive-col-summary = 摘要
archive-col-board = 公开栏
archive-col-status = 状态
archive-col-received = 收到
archive-col-due = 期限
archive-col-answered = 答复
archive-col-item = 公开内容
archive-col-size = 大小
archive-col-sha256 = SHA-256
archive-col-on = 日期
archive-col-note = 说明
archive-case-summary = { $kind ->
    [request] 【依申请公开】
    [correction] 【更正申请】
   *[other] {""}
}{ $summary }
archive-cases-heading = 意见件（仅摘要）
archive-case-public = 公开
archive-case-internal = 内部
archive-attachments-heading = 附件（大小以字节计，SHA-256）
archive-evidence-heading = 公开栏张贴照片（留痕照片，从不公开）
archive-nothing-filed = { $year } 年没有归档的内容。

report-csv-failed = 无法写入 CSV：{ $error }
audit-not-git = { $folder } 不在 git 仓库中
audit-no-commits = { $folder } 处的 git 仓库还没有提交
audit-unreadable = 无法读取 git 历史：{ $error }
audit-not-git-help = audit 读取仓库的 git 历史：请在仓库的 git 克隆中、首次提交之后运行
audit-unreadable-help = 请确认克隆完整（不是浅克隆）且未损坏：`git fsck`
audit-at-commit = 提交 { $commit }（{ $date }）
audit-kind-item = 公开内容
audit-kind-case = 意见件
audit-catalogue-unapproved = 目录在{ $at }中被修改，而这一版本从未经领导小组审批
audit-catalogue-unapproved-help = 目录的每次修改都要由领导小组审批（`disclose catalogue approve --by 党务公开工作领导小组`），并提交审批记录
audit-file-removed = { $kind } { $id } 在{ $at }中被删除
audit-file-removed-help = 已签署、已公开或已受理的记录只保留、不删除：从前一个提交恢复该文件（`git checkout <commit>~1 -- <file>`）；如果不应再显示，请改为记录撤回
audit-stamp-changed = `{ $key }` 在{ $at }中由 { $before } 改成了 { $after }
audit-stamp-changed-help = 已记录的日期不能改写：如果写错了，请恢复原日期，并连同原因记录更正
audit-backdated-stamp = `{ $key } = { $date }` 首次出现在{ $at }中，比它所写的日期晚了 { $late } 天（宽限为 { $grace } 天）
audit-backdated-stamp-help = 签署和发布日期要在当天记录（`disclose review`、`approve` 和 `publish` 写入当天日期）；如果日期属实，请保留书面证据以备检查
audit-stamp-removed = `{ $key } = { $date }` 在{ $at }中从 { $file } 删除了
audit-stamp-removed-help = 签署或发布日期一经记录就留在记录中：请从前一个提交恢复
audit-content-changed = 已公开的 { $file }（公开于 { $on }）在{ $at }中改动了内容
audit-content-changed-help = 已公开的内容不能直接修改：请恢复公开时的文字，或用更正记录这次修改（`disclose correct ID --reason "…"`），并与修改一同提交
audit-date-out-of-range = 提交 { $commit } 的日期超出范围
audit-commits-read = 已读取 { $count } 个提交的历史。
export-unreadable = { $repo }：{ $error }
code-not-utf8 = 文件不是 UTF-8 文本（例如 Windows 编辑器保存的 GBK 或 UTF-16 文件）。
code-toml-syntax = TOML 文件或公开内容的 `+++` 区域不是有效的 TOML。
code-unknown-key = 格式里没有这个键（多半是拼写错误）。
code-missing-key = 缺少必填的键。
code-invalid-value = 值的类型不对，或不是允许的取值之一。
code-missing-front-matter = 公开内容或意见件文件没有以 `+++` 开头的 TOML 区域。
code-symlink-skipped = 符号链接指向仓库之外或形成循环，未被读取。
code-bad-id = 编号、类别代码或文件名含有 ASCII 字母、数字、`.`、`-`、`_` 以外的字符。
code-duplicate-id = 两个公开事项、公开内容或意见件使用了同一个编号（不区分大小写）。
code-unknown-entry = 公开内容写的事项编号在公开目录中不存在。
code-unknown-reference = `supersedes` 或 `about` 指向的公开内容或事项不存在。
code-cadence-mismatch = 公开内容的期次、事项发生日期、事项或阶段与该事项的公开时限不符。
code-bad-period = 期次不是 2026-03、2026-Q1、2026-H1 或 2026 这样的写法，或与该事项的期次类型不符。
code-scope-widened = 公开内容的公开范围比其事项规定的更宽（向社会公开 > 党内公开 > 对特定对象公开）。
code-missing-audience = 对特定对象公开的内容没有写明向谁公开（`audience`）。
code-deadline-rule = 事项必须且只能写 `due_days` 和 `due_working_days` 中的一个。
code-entry-cadence = 事项的 `period` 或 `review_months` 与其公开时限不符。
code-date-order = 日期先后顺序不对（审核晚于审批、审批晚于发布……）。
code-missing-approval = 已发布的内容缺少 disclose.toml 要求的审核或审批。
code-same-signer = 同一人既起草又审批，或既审核又审批同一份公开内容。
code-catalogue-unapproved = 公开目录尚未经领导小组审定，不计算公开义务。
code-catalogue-changed = 公开目录审定之后内容又有改动。
code-personal-data = 向社会公开的文字中含有手机号码或居民身份证号码。
code-case-identity-public = 公开的意见件摘要或答复中含有本人的 `name` 或 `contact`。
code-obligation-overdue = 公开义务已过期限，仍未发布相应内容。
code-obligation-late = 公开义务已完成，但晚于期限。
code-feedback-overdue = 意见件已超过办结时限（限时办结），仍未答复。
code-feedback-state = 意见件的状态与其办理记录和答复不一致。
code-unknown-channel = 意见件写的受理渠道不在 disclose.toml 所列渠道之中。
code-calendar-missing-year = 期限落在没有工作日日历的年份，只按周末计算。
code-calendar-invalid = 日历文件列出的某一天与它所标注的不符。
code-file-too-large = 文件大于任何公开内容应有的大小（超过 10 MiB），未被读取。
code-config-invalid = disclose.toml 中的设置无法生效（例如季度通报文件夹位于公开栏文件夹之内）。
code-backdated-stamp = `audit`：签署、发布日期或意见件日期首次提交的时间比它所写的日期晚了 `[audit] grace_days` 天以上。
code-changed-after-publication = 已发布内容的实质内容（标题、正文、事项、期次、公开范围、附件……）在发布后被改动，且没有更正记录（`check`），或在之后没有记录更正的提交中被改动（`audit`）。
code-changed-after-approval = 公开内容在审核或审批记下内容摘要之后、发布之前被改动。
code-placeholder-text = 已审批或已发布的内容仍留有模板占位文字（`【请填写` 或 `[fill in:`）。
code-catalogue-changed-unapproved = `audit`：已审定的公开目录被改动并提交，而改动后的版本从未经审定。
code-record-removed = `audit`：签署、发布日期、意见件日期，或已记录的公开内容、意见件文件，在之后的提交中被删除或改写。
code-limit-out-of-range = 时限超过工具能计算的范围（3650 天、2000 个工作日、120 个月）。
code-not-a-folder = `items`、`feedback`、`catalogue` 或 `calendar` 是文件而不是文件夹，其中内容不会被读取。
code-template-invalid = templates/ 中的模板无法使用：是符号链接、超过 1 MiB、不是 UTF-8，或不是有效的模板。
code-attachment-missing = 公开内容正文引用的附件不在该内容的附件文件夹中。
code-attachment-outside = 公开内容正文引用了其附件文件夹之外的文件。
code-attachment-unreferenced = 附件文件夹中有正文没有引用的文件（它不会被发布）。
code-attachment-too-large = 单个附件或一份内容的附件总量超过 `[publish]` 中设定的上限。
code-attachment-unreadable = 正文引用的图片无法按文件名所示的格式读取（例如 .jpg 文件并不是 JPEG），因此无法发布。
code-attachment-name = 附件文件名在 Windows 或网址中不安全。
code-attachment-gps = JPEG 附件带有 GPS 位置信息（发布前会被去除，但仍留在仓库中）。
code-notice-too-short = 公示（公示期）距 `decision_on` 日期不足 `notice_working_days` 个工作日。
code-bulletin-not-announced = 已结束季度的季度通报没有在 `announce_within_days` 天内在党员大会上传达。
code-report-placeholder = reports/ 中的年度报告仍留有待领导小组填写的 `【请填写：…】` 占位。
code-request-overdue = 依申请公开或更正申请已超过办理时限，仍未作出决定。
code-request-decision = 依申请公开或更正申请的决定缺失、类型不符，或所写的公开内容、更正记录不存在。
code-request-extension = 依申请公开或更正申请的一次延期使时限超过 `[requests] max_working_days`（默认 10 个工作日）。
code-placeholder-identity = 党组织名称、简称、书记、副组长、意见热线或某一事项的责任人仍是 `disclose init` 写入的占位（`【请填写：…】`）：不能以不是本组织的名义发布任何内容。
