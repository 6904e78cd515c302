/** The KPI wizard's sidebar in Simplified Chinese: a translation of en.ts, key by key. */
export const zhCNWizard = {
  // Moving through the steps.
  "wizard.steps": "步骤",
  "wizard.stepName.campaign": "活动",
  "wizard.stepName.goal": "目标",
  "wizard.stepName.kpis": "KPI",
  "wizard.stepName.targets": "目标值",
  "wizard.stepName.review": "检查",
  "wizard.next": "下一步",
  "wizard.back": "上一步",
  "wizard.toReview": "检查",
  "wizard.fieldProblem": "{field}{problem}",
  "wizard.optional": "{label}（可选）",
  "wizard.help": "帮助",
  "wizard.helpFailed": "无法打开帮助：{reason}",

  // Which framework, when the sheet has some.
  "wizard.choose.title": "要处理哪个活动？",
  "wizard.choose.intro": "修改工作表中已有的 KPI 框架，或为其他活动新建一个。",
  "wizard.choose.other": "其他活动",

  // Campaign.
  "wizard.campaign.title": "活动",
  "wizard.campaign.pick": "活动",
  "wizard.campaign.new": "新建活动…",
  "wizard.campaign.name": "新活动名称",
  "wizard.campaign.posts": "活动追踪表中有 {posts} 条帖子。",
  "wizard.campaign.framed": "该活动已有 KPI 框架：写入会更新其中的 KPI。",
  "wizard.campaign.start": "开始日期",
  "wizard.campaign.end": "结束日期",
  "wizard.campaign.datesFromPosts": "取自第一条和最后一条帖子的发布日期。",
  "wizard.campaign.budget": "预算",
  "wizard.campaign.budgetHint": "单位：{currency}。",

  // Goal.
  "wizard.goal.title": "活动目标",
  "wizard.goal.intro": "本次活动要达成什么目标？",
  "wizard.goal.main": "主要目标",
  "wizard.goal.secondary": "次要目标",
  "wizard.goal.none": "无",

  // KPIs.
  "wizard.kpis.title": "KPI",
  "wizard.kpis.intro": "以下是根据目标推荐的 KPI，只保留最关键的几个即可。",
  "wizard.kpis.forGoal": "适用于“{goal}”",

  // Baselines and targets.
  "wizard.targets.title": "基准值和目标值",
  "wizard.targets.intro": "为每个 KPI 设定：从哪里起步、要达到多少、何时达到。",
  "wizard.kpi.metrics": "指标（最多 {max} 个）",
  "wizard.kpi.metricsHint": "第一个为主指标，用来对照目标值。",
  "wizard.kpi.metricsFull": "已选 {max} 个：取消勾选一个才能另选。",
  "wizard.kpi.headline": "主指标",
  "wizard.kpi.baseline": "基准值",
  "wizard.kpi.baselineHint": "开始计算时指标所处的水平：进度从这里算到目标值。",
  "wizard.kpi.fromZero": "0：新活动，从零开始计算",
  "wizard.kpi.fromCurrent": "活动当前的值：{value}",
  "wizard.kpi.fromTyped": "其他值：",
  "wizard.kpi.target": "目标值",
  "wizard.kpi.rateHint": "按百分数填写：{typed} 表示 {shown}。",
  "wizard.kpi.rateHigh": "超过了 100%：请确认这是您想要的值。",
  "wizard.kpi.moneyHint": "单位：{currency}。",
  "wizard.kpi.lowerBetter": "越低越好。",
  "wizard.kpi.deadline": "截止日期",
  "wizard.kpi.deadlinePast": "该日期已过：除非目标已经达成，否则这个 KPI 会显示为未达成。",
  "wizard.kpi.owner": "负责人",
  "wizard.kpi.tactic": "策略",
  "wizard.kpi.noTactic": "无",

  // SMART review.
  "wizard.review.title": "SMART 检查",
  "wizard.review.intro":
    "已按 SMART 原则逐一检查每个 KPI。可以直接在这里修改目标值，其他内容请编辑对应的 KPI。",
  "wizard.review.problems": "请先修正以下问题：",
  "wizard.review.kpiField": "{kpi}：{field}",
  "wizard.review.fix": "去修正",
  "wizard.review.edit": "编辑这个 KPI",
  "wizard.review.framework": "框架整体",
  "wizard.verdict.pass": "通过",
  "wizard.verdict.warn": "需核实",
  "wizard.verdict.fail": "未通过",

  // Writing.
  "wizard.write": "写入工作表",
  "wizard.writing": "正在写入…",
  "wizard.notWritten": "未写入任何内容。请修正标出的字段。",
  "wizard.failed": "未写入任何内容：{reason}",

  // Done.
  "wizard.done.title": "框架已写入",
  "wizard.done.where": "{campaign}：已写入“{sheet}”第 {first} 至 {last} 行。",
  "wizard.done.whereOne": "{campaign}：已写入“{sheet}”第 {first} 行。",
  "wizard.done.added": "新增 KPI：{count} 个",
  "wizard.done.updated": "更新 KPI：{count} 个",
  "wizard.done.removed": "移除 KPI：{count} 个",
  "wizard.done.statuses": "“状态”列会显示什么",
  "wizard.done.help": "KPI 框架使用说明",
  "wizard.done.show": "查看这些行",
  "wizard.done.showFailed": "无法显示这些行：{reason}",
  "wizard.done.undo": "撤销",
  "wizard.done.undoing": "正在撤销…",
  "wizard.done.undone": "已撤销：这些行已恢复到本次写入之前的样子。",
  "wizard.done.undoFailed": "未撤销任何内容：{reason}",
  "wizard.done.noUndo":
    "本次写入的内容太多，无法在这里撤销：可以在表格的版本记录中找回写入之前的行。",
  "wizard.done.again": "其他活动",

  // Undo, on the server.
  "wizard.undo.gone": "在这次写入之后，KPI 框架又有过一次写入，而只有最近一次写入可以撤销。",
  "wizard.undo.changed": "这些行在写入后已被修改，撤销会丢失这些修改。",
} as const;
