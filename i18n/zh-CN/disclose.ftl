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

## obligations: what is due and the advice for it (obligations/*)

## check, status, explain, next, calendar

## new, sign, correct, catalogue, init

## feedback

## publish, board, bulletin, store

## archive, report, export, overview, audit
