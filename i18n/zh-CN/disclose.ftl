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
catalogue-show-defined = 定义于 { $file }:{ $line }
catalogue-show-items = 公开内容 { $count }
catalogue-show-draft = 草稿
catalogue-show-published = { $on } 公开

## feedback

## publish, board, bulletin, store

## archive, report, export, overview, audit
audit-not-git = { $folder } 不在 git 仓库中
audit-no-commits = { $folder } 处的 git 仓库还没有提交
audit-unreadable = 无法读取 git 历史：{ $error }
audit-not-git-help = audit 读取仓库的 git 历史：请在仓库的 git 克隆中、首次提交之后运行
audit-unreadable-help = 请确认克隆完整（不是浅克隆）且未损坏：`git fsck`
audit-commits-read = 已读取 { $count } 个提交的历史。
export-error-label = 错误：
export-unreadable = { $repo }：{ $error }
