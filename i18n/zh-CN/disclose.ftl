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
render-template-missing = 没有名为 { $name } 的模板
render-template-out-of-fuel = 模板 { $name } 的运算量超过任何页面所需（渲染预算已用完，可能是循环次数过多或生成的文本过多）；没有写入任何文件。请简化 { $folder }/{ $name }，或删除它以使用内置模板
render-template-failed = 模板 { $name } 无法渲染：{ $error }
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
store-readback-front-not-toml = 修改后的前置信息将不是有效的 TOML（{ $error }）；没有写入任何文件
store-readback-not-toml = 修改后的文件将不是有效的 TOML（{ $error }）；没有写入任何文件
store-readback-date-too-late = `{ $path }` 将是 { $date }，晚于 9999-12-31，文件无法保存；没有写入任何文件
store-readback-date-too-late-help = 这么远的期限或日期是错误的：请检查给出的天数和文件中的日期
store-readback-mismatch = `{ $path }` 读回的值与写入的不同；没有写入任何文件
store-readback-front-matter = （前置信息）

## archive, report, export, overview, audit

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
report-output-help = 请写到别处，例如 --output report.html

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
archive-cases-heading = 意见件（仅摘要）
archive-case-public = 公开
archive-case-internal = 内部
archive-attachments-heading = 附件（大小以字节计，SHA-256）
archive-evidence-heading = 公开栏张贴照片（留痕照片，从不公开）
archive-nothing-filed = { $year } 年没有归档的内容。

report-csv-failed = 无法写入 CSV：{ $error }
