/** The KPI wizard's sidebar in Simplified Chinese: a translation of en.ts, key by key. */
export const zhCNWizard = {
  // Moving through the steps.
  "wizard.step": "第 {step} 步，共 {steps} 步",
  "wizard.next": "下一步",
  "wizard.back": "上一步",
  "wizard.toReview": "检查",
  "wizard.fieldProblem": "{field}{problem}",
  "wizard.optional": "{label}（可选）",

  // Goal.
  "wizard.goal.title": "活动目标",
  "wizard.goal.intro": "本次活动要达成什么目标？",
  "wizard.goal.main": "主要目标",
  "wizard.goal.secondary": "次要目标",
  "wizard.goal.none": "无",

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
  "wizard.campaign.platforms": "平台",
  "wizard.campaign.tiers": "网红层级",
  "wizard.campaign.tierFit": "适合该目标：{tiers}",

  // KPIs.
  "wizard.kpis.title": "KPI",
  "wizard.kpis.intro": "以下是根据目标推荐的 KPI，只保留最关键的几个即可。",
  "wizard.kpis.forGoal": "适用于“{goal}”",

  // One KPI.
  "wizard.kpi.title": "KPI {kpi}/{kpis}",
  "wizard.kpi.metrics": "指标（最多 {max} 个）",
  "wizard.kpi.metricsHint": "第一个为主指标，用来对照目标值。",
  "wizard.kpi.metricsFull": "已选 {max} 个：取消勾选一个才能另选。",
  "wizard.kpi.headline": "主指标",
  "wizard.kpi.baseline": "基准值",
  "wizard.kpi.useCurrent": "使用活动追踪表中的值：{value}",
  "wizard.kpi.target": "目标值",
  "wizard.kpi.rateHint": "这是比率：请带上 %，例如 {example}。",
  "wizard.kpi.moneyHint": "单位：{currency}。",
  "wizard.kpi.lowerBetter": "越低越好。",
  "wizard.kpi.deadline": "截止日期",
  "wizard.kpi.owner": "负责人",
  "wizard.kpi.tactic": "策略",
  "wizard.kpi.noTactic": "无",

  // SMART review.
  "wizard.review.title": "SMART 检查",
  "wizard.review.intro": "已按 SMART 原则逐一检查每个 KPI。有标记的项请返回修改。",
  "wizard.review.problems": "请先修正以下问题：",
  "wizard.review.kpiField": "{kpi}：{field}",
  "wizard.review.fix": "去修正",
  "wizard.review.edit": "编辑",
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
  "wizard.done.show": "查看这些行",
  "wizard.done.again": "再建一个",
  "wizard.done.showFailed": "无法显示这些行：{reason}",
} as const;
