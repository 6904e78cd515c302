/** Simplified Chinese texts of the report's model: a translation of en.ts, key by key. */
export const zhCNReport = {
  // Why no report could be made: each says what to change.
  "report.problem.noRows": "“{sheet}”中还没有帖子：请每条帖子填写一行，然后重新生成报告。",
  "report.problem.noCampaign":
    "“{sheet}”中没有“{campaign}”的帖子：请核对“活动”列中的活动名称，或选择其他活动。",
  "report.problem.noPostsInRange":
    "“{campaign}”在 {range} 期间没有发布的帖子：请放宽日期范围，或选择其他活动。",
  "report.problem.noPostsInRangeAll": "{range} 期间没有发布的帖子：请放宽日期范围。",
  "report.problem.noneUsable":
    "本报告涉及的 {rows} 行均无法使用：每行都缺少活动名称或发布日期。请在“{sheet}”中补全。",
  "report.problem.rangeReversed":
    "报告的结束日期（{to}）早于开始日期（{from}）：请对调这两个日期。",
  "report.problem.notDate": "“{date}”不是有效日期：请重新选择报告日期。",

  // The headline: did we hit the goal?
  "report.headline.none": "本活动还没有 KPI 框架：报告仅展示各项指标。",
  "report.headline.allMet": "全部 KPI 均已达成（{total}/{total}）。",
  "report.headline.onTrack": "{total} 个 KPI 中已达成 {met} 个，其余按计划推进。",
  "report.headline.behind":
    "{total} 个 KPI 中已达成 {met} 个，{atRisk} 个有风险，{missed} 个未达成。",
  "report.headline.open":
    "{total} 个 KPI 中已达成 {met} 个，{onTrack} 个按计划推进，{open} 个暂无法判断（见计分卡）。",

  // The formula each headline figure uses (shown beside its name, and in the definitions).
  "report.formula.spend": "成本合计",
  "report.formula.impressions": "曝光量合计；没有曝光量的帖子计入其浏览量",
  "report.formula.views": "浏览量合计",
  "report.formula.reach": "各帖子覆盖人数之和（同一人被两条帖子覆盖时计为两次）",
  "report.formula.engagements": "点赞数 + 评论数 + 分享数 + 收藏数",
  "report.formula.clicks": "点击量合计",
  "report.formula.conversions": "转化数合计",
  "report.formula.revenue": "收入合计",
  "report.formula.emv": "曝光量 ÷ 1,000 × “设置”中该平台的 CPM，按帖子累加",
  "report.formula.cpm": "成本 ÷ 曝光量 × 1,000",
  "report.formula.cpe": "成本 ÷ 互动量",
  "report.formula.ctr": "点击量 ÷ 曝光量",
  "report.formula.conversionRate": "转化数 ÷ 点击量",
  "report.formula.roas": "收入 ÷ 成本",
  "report.formula.roi": "(收入 − 成本) ÷ 成本",

  // Keep, scale or review, and why.
  "report.reason.scale": "ROI {roi}，高于中位数 {medianRoi}；CPE {cpe}，低于中位数 {medianCpe}。",
  "report.reason.review": "ROI {roi}，为负值；CPE {cpe}，高于中位数 {medianCpe}。",
  "report.reason.keep":
    "ROI {roi}（中位数 {medianRoi}），CPE {cpe}（中位数 {medianCpe}）：没有明显领先或落后。",
  "report.reason.tooLittleData": "{posts} 条帖子：至少需要 {min} 条才能判断。",

  // Engagement against published benchmarks.
  "report.benchmarkFormula.likesPerFollower": "点赞数 ÷ 粉丝数",
  "report.benchmarkFormula.engagementsPerView": "互动量 ÷ 浏览量",
  "report.benchmark.likes":
    "点赞数 ÷ 粉丝数，取 {posts} 条帖子的中位数，与 Modash 的算法一致（用每个账号的点赞数中位数除以其粉丝数）。这不是本报告的互动率，后者还计入评论、分享和收藏。",
  "report.benchmark.views":
    "{posts} 条帖子的互动量 ÷ 浏览量，与 Modash 的算法一致。本报告的互动量包括点赞、评论、分享和收藏。",
  "report.benchmark.noLikes":
    "无法比较：Modash 用点赞数除以粉丝数，而该粉丝区间内没有同时具备这两项数据的帖子。",
  "report.benchmark.noViews":
    "无法比较：Modash 用互动量除以浏览量，而该粉丝区间内没有帖子有浏览量数据。",

  // Insights: each appears only when its rule fires.
  "report.insight.landingPage":
    "{clicks} 次点击却只带来 {conversions} 次转化（{rate}）：帖子已把用户引过来了，请检查落地页。",
  "report.insight.fewClicks":
    "{exposure} 次曝光或浏览仅带来 {clicks} 次点击（CTR {ctr}）：内容或受众可能与推广的产品不匹配。",
  "report.insight.frequency":
    "曝光量是覆盖人数的 {times} 倍（{impressions} 对 {reach}）：用户多次看到帖子，有助于加深品牌记忆。",
  "report.insight.roi": "回报最高：{best}，ROI {bestRoi}。回报最低：{worst}，ROI {worstRoi}。",
  "report.insight.cpe":
    "互动成本最低：{best}，CPE {bestCpe}。互动成本最高：{worst}，CPE {worstCpe}。",
  "report.insight.outlier":
    "第 {row} 行的帖子（{influencer}）明显偏离其他帖子：CPE 为 {cpe}，而 {posts} 条帖子的中位数为 {median}。",

  // Data issues. A cell's problem follows its column's label.
  "report.issue.noCampaign": "缺少活动：未计入报告。请填写该帖子所属的活动。",
  "report.issue.noDate": "缺少发布日期：未计入 {range} 的报告。",
  "report.issue.notDate": "不是有效日期：未计入 {range} 的报告。",
  "report.issue.currency": "以 {typed} 填写，而本表的货币为 {currency}：未计入合计。",
  "report.issue.flagged": "已被工作表标记为异常（{reason}）：未计入合计。",
  "report.issue.noInfluencer": "缺少网红名称或账号：已计入合计，但未计入按网红细分的数据。",
  "report.issue.noPlatform": "缺少平台：已计入合计，但未计入按平台细分的数据。",
  "report.issue.noFollowers": "缺少粉丝数：已计入合计，但未计入按层级细分的数据和行业基准对比。",

  // Definitions.
  "report.define.status":
    "状态：进度达到 100% 为“已达成”，其中进度 = (实际值 − 基准值) ÷ (目标值 − 基准值)；截止日期已过仍未达到为“未达成”；否则，进度跟上从开始日期到截止日期的时间进度为“按计划推进”，落后则为“有风险”。“检查输入”：有输入缺失或无法读取。“进行中”：没有开始日期或截止日期可供判断。",
  "report.define.suggestion":
    "维持、加大投入或重新评估（初步规则）：网红的 ROI 高于本报告所有网红的中位数、且 CPE 低于中位数时，建议“加大投入”；ROI 为负、且 CPE 高于中位数时，建议“重新评估”；其他情况建议“维持”。帖子少于 {min} 条：数据不足。",
  "report.define.engagementRate": "互动率 = 互动量 ÷ {base}（在“设置”中选择的基数）。",
  "report.define.benchmarks":
    "行业基准为公开发布的数据，仅供参考。各基准的差异主要在于计算公式，因此每项都按其自身的公式比较，并注明来源和年份，不与本报告的互动率直接比较。",
  "report.define.insights":
    "洞察仅在触发相应规则时显示：至少 {clicks} 次点击、转化率低于 {conversionRate}；至少 {exposure} 次曝光、CTR 低于 {ctr}；曝光量至少为覆盖人数的 {frequency} 倍；某条帖子的 CPE 高于所有帖子中位数的 {factor} 倍，或低于中位数的 1/{factor}（至少 {posts} 条帖子）。",
  "report.define.issues":
    "无法读取的单元格，以及以其他货币填写的金额，均未计入合计，并列在“数据问题”下。",
  "report.define.textNumbers":
    "有 {count} 个单元格以文本形式填写（如 12.5K），已按追踪表自带列的方式计入；工作表中的 SUM 合计不包含这些单元格。",
} as const;
