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
cli-new-arg-event = 即时公开和分阶段公开的事项：事情发生的日期
cli-new-arg-matter = 分阶段公开的事项：各阶段所属的事情
cli-new-arg-stage = 分阶段公开的事项：本阶段的名称
cli-new-arg-final-stage = 分阶段公开的事项：这是最后一个阶段
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

## rules: checking what was loaded (rules/*)

## obligations: what is due and the advice for it (obligations/*)

## check, status, explain, next, calendar

## new, sign, correct, catalogue, init

## feedback

## publish, board, bulletin, store

## archive, report, export, overview, audit
