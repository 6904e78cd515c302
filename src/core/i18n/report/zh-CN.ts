/** Simplified Chinese texts of the report's model: a translation of en.ts, key by key. */
export const zhCNReport = {
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
  "report.headline.kpis": "KPI：{statuses}。",
  "report.headline.met": "{total} 项中已达成 {met} 项",
  "report.headline.onTrack": "{count} 项按计划推进",
  "report.headline.atRisk": "{count} 项有风险",
  "report.headline.missed": "{count} 项未达成",
  "report.headline.checkInputs": "{count} 项需检查输入",
  "report.headline.inProgress": "{count} 项暂无法判断",
  "report.headline.spend": "已花费 {spend}，为预算 {budget} 的 {share}。",
  "report.headline.overBudget": "已超预算：花费 {spend}，预算 {budget}，超出 {over}。",
  "report.headline.noBudget": "已花费 {spend}；KPI 框架中未设定预算。",
  "report.headline.sales": "收入 {revenue}，ROAS 为 {roas}。",
  "report.headline.conversions": "转化数：{conversions}，单次转化成本 {cpa}。",
  "report.headline.leads": "线索数：{leads}，单条线索成本 {cpl}。",
  "report.headline.reach": "各帖子覆盖人数累加：{reach}；曝光量或浏览量：{impressions}。",
  "report.headline.engagement": "互动量：{engagements}；互动率 {rate}。",
  "report.headline.all": "收入 {revenue}；转化数：{conversions}。",

  "report.formula.spend":
    "成本合计：只计数字，与追踪表合计行的加总方式相同（文本和其他货币不计入）",
  "report.formula.impressions": "曝光量合计；曝光量为空的帖子计入其浏览量",
  "report.formula.views": "浏览量合计",
  "report.formula.reach":
    "各帖子覆盖人数之和：同一人被两条帖子覆盖时计为两次，因此并非去重覆盖人数",
  "report.formula.engagements":
    "点赞数 + 评论数 + 分享数 + 收藏数；其中任一项未计入的帖子，不计互动量",
  "report.formula.clicks": "点击量合计",
  "report.formula.conversions": "转化数合计",
  "report.formula.orders": "订单数合计",
  "report.formula.revenue": "收入合计",
  "report.formula.aov": "收入 ÷ 订单数，仅计两项均已回传的帖子",
  "report.formula.emv": "曝光量 ÷ 1,000 × “设置”中该平台的 CPM，按帖子累加",
  "report.formula.cpm": "成本 ÷ 曝光量 × 1,000，仅计成本和收入均计入的帖子",
  "report.formula.cpe": "成本 ÷ 互动量，仅计成本和收入均计入的帖子",
  "report.formula.ctr": "点击量 ÷ 曝光量，仅计点击量已回传的帖子",
  "report.formula.conversionRate": "转化数 ÷ 点击量，仅计两项均已回传的帖子",
  "report.formula.roas": "收入 ÷ 成本，仅计成本和收入均计入且收入已回传的帖子",
  "report.formula.roi": "(收入 − 成本) ÷ 成本，所计帖子与 ROAS 相同",

  "report.verdictMetric.costPerReach": "千人覆盖成本",
  "report.verdictMetric.cpe": "CPE",
  "report.verdictMetric.cpa": "单次转化成本",
  "report.verdictMetric.cpl": "单条线索成本",
  "report.verdictMetric.roas": "ROAS",
  "report.basis.target": "KPI 目标值",
  "report.basis.campaign": "活动按花费加权的整体值",
  "report.reason.scale":
    "{metric} {value}，{basis}为 {reference}：比参照值好 {gap}，以 {spendShare} 的花费贡献了活动 {results} 的成果。样本：{sample}。",
  "report.reason.keepAhead":
    "{metric} {value}，{basis}为 {reference}：比参照值好 {gap}，但未达到加大投入所需的 20%；占总花费 {spendShare}。样本：{sample}。",
  "report.reason.keepSmall":
    "{metric} {value}，{basis}为 {reference}：比参照值好 {gap}，但仅贡献活动 {results} 的成果，低于加大投入所需的 5%。样本：{sample}。",
  "report.reason.keepGuard":
    "{metric} {value}，{basis}为 {reference}：比参照值好 {gap}，但单次转化成本 {cpa} 比参照值 {cpaReference} 差 {cpaGap}，建议暂缓加大投入。样本：{sample}。",
  "report.reason.keepBehind":
    "{metric} {value}，{basis}为 {reference}：比参照值差 {gap}，未到需要重新评估的 25%，且仅占总花费 {spendShare}（低于 10%）。样本：{sample}。",
  "report.reason.review":
    "{metric} {value}，{basis}为 {reference}：比参照值差 {gap}，占总花费 {spendShare}。样本：{sample}。",
  "report.reason.reviewSpend":
    "{metric} {value}，{basis}为 {reference}：比参照值差 {gap}，占总花费 {spendShare}，即花费占比达到 10% 或以上却未达到参照值。样本：{sample}。",
  "report.reason.reviewNoConversion":
    "花费 {cost}（占总花费 {spendShare}）却没有任何转化，已达到目标单次转化成本（{reference}）的三倍或以上。样本：{sample}。",
  "report.reason.reviewNothing":
    "{metric}：已花费 {cost}（占总花费 {spendShare}），却没有可用于计算的成果。样本：{sample}。",
  "report.reason.tooLittleData": "数据不足：{sample}；至少需要 {minimum}。",
  "report.reason.unpaid":
    "没有可计入的付费帖子：赠品合作帖子，以及成本或收入未计入的帖子，均不参与评判。",

  "report.count.posts.one": "{count} 条帖子",
  "report.count.posts.other": "{count} 条帖子",
  "report.count.exposure.one": "{count} 次曝光或浏览",
  "report.count.exposure.other": "{count} 次曝光或浏览",
  "report.count.conversions.one": "{count} 次转化",
  "report.count.conversions.other": "{count} 次转化",
  "report.count.influencers.one": "{count} 位网红",
  "report.count.influencers.other": "{count} 位网红",
  "report.count.cells.one": "{count} 个单元格",
  "report.count.cells.other": "{count} 个单元格",
  "report.text": "{text}",

  "report.benchmarkFormula.likesPerFollower": "点赞数 ÷ 粉丝数",
  "report.benchmarkFormula.engagementsPerView": "互动量 ÷ 浏览量",
  "report.benchmarkSource.Instagram": "Modash 互动率计算器（modash.io），Instagram，2025 年查阅",
  "report.benchmarkSource.TikTok": "Modash 互动率计算器（modash.io），TikTok，2025 年 11 月",
  "report.benchmark.likes":
    "先取每位网红各帖“点赞数 ÷ 粉丝数”的中位数，再取这些网红的中位数，共 {influencers}（{posts}），与 Modash 衡量账号的方法一致。这不是本报告的互动率，后者还计入评论、分享和收藏。",
  "report.benchmark.views":
    "先取每位网红各帖“互动量 ÷ 浏览量”的中位数，再取这些网红的中位数，共 {influencers}（{posts}），与 Modash 的算法一致。本报告的互动量包括点赞、评论、分享和收藏。",
  "report.benchmark.tooFew":
    "未比较：该粉丝区间只有 {influencers}（{posts}），至少需要 3 位才具代表性。",
  "report.benchmark.noLikes":
    "无法比较：Modash 用点赞数除以粉丝数，而该粉丝区间内没有同时具备这两项数据的帖子。",
  "report.benchmark.noViews":
    "无法比较：Modash 用互动量除以浏览量，而该粉丝区间内没有帖子有浏览量数据。",
  "report.benchmark.sponsored":
    "商业合作帖子的互动通常低于账号的平均水平，而这些基准衡量的正是账号平均水平：付费帖子低于基准区间很常见。",

  "report.insight.landingPage":
    "{clicks} 次点击却只带来 {conversions} 次转化（{rate}）：帖子已把用户引过来了，请检查落地页。",
  "report.insight.fewClicks":
    "{exposure} 次曝光或浏览仅带来 {clicks} 次点击（CTR {ctr}）：内容或受众可能与推广的产品不匹配。",
  "report.insight.frequency":
    "曝光量是覆盖人数的 {times} 倍（{impressions} 对 {reach}）：用户多次看到帖子，有助于加深品牌记忆。",
  "report.insight.bestWorst":
    "{metric}：最佳为 {best}（{bestValue}），最弱为 {worst}（{worstValue}），在数据充足的 {judged}中比较。",
  "report.insight.bestWorstIn":
    "{campaign}，{metric}：最佳为 {best}（{bestValue}），最弱为 {worst}（{worstValue}），在数据充足的 {judged}中比较。",
  "report.insight.tied": "{names}（并列）",
  "report.insight.outlier":
    "第 {row} 行的帖子（{influencer}）明显偏离其他帖子：CPE 为 {cpe}，而 {platform} 上 {posts}的中位数为 {median}。",
  "report.insight.concentration":
    "{influencer} 占用了 {share} 的花费（{spend} 中的 {cost}）：成果过度依赖一位网红。",
  "report.insight.concentrationIn":
    "{influencer} 占用了“{campaign}”花费的 {share}（{spend} 中的 {cost}）：该活动的成果过度依赖一位网红。",
  "report.insight.paceAhead":
    "“{campaign}”已用掉 {budget} 预算的 {spendShare}，而时间只过去了 {elapsed}：花费进度超前。",
  "report.insight.paceBehind":
    "“{campaign}”已用掉 {budget} 预算的 {spendShare}，而时间已过去 {elapsed}：花费进度落后，还有 {left} 未投放。",
  "report.insight.overBudget": "“{campaign}”已超预算：花费 {spend}，预算 {budget}，超出 {over}。",
  "report.insight.pending":
    "{posts}的结果尚未回传（{outcomes}）：在数据到齐之前，各项比率不计入这些帖子。",
  "report.pending.part": "{outcome} {count} 条",

  "report.scorecard.leftOutSame":
    "{posts}有未计入的单元格（{columns}）：无论按哪种读法计入，状态仍为“{status}”。",
  "report.scorecard.leftOutChanges":
    "{posts}有未计入的单元格（{columns}）：若计入，状态可能介于“{worst}”与“{best}”之间。修正这些单元格后才能判断该 KPI。",
  "report.scorecard.actualNotNumber":
    "实际值（{value}）不是工作表能计算的数字：请以数字形式填写，才能判断该 KPI。",
  "report.scorecard.ended":
    "“{campaign}”已于 {date} 结束：时间进度按 100% 计，KPI 今后只能靠延迟回传的结果推进。",
  "report.scorecard.budgetSpent":
    "“{campaign}”的预算已用完（{budget} 中已花费 {spend}）：时间进度按 100% 计，KPI 今后只能靠延迟回传的结果推进。",
  "report.scorecard.everyKpi": "适用于所有 KPI：{note}",
  "report.scorecard.everyKpiIn": "适用于“{campaign}”的所有 KPI：{note}",

  "report.cleanUp": "扩展程序 → Influencer KPIs → 修正文本数字",
  "report.issue.noCampaign": "缺少活动：未计入报告。请填写该帖子所属的活动。",
  "report.issue.noCampaignAll":
    "缺少活动：已计入全部活动的合计，但不计入任何单个活动的数据。请填写该帖子所属的活动。",
  "report.issue.noDate": "缺少发布日期：未计入 {range} 的报告。",
  "report.issue.notDate": "不是有效日期：未计入 {range} 的报告。",
  "report.issue.text":
    "是文本，可读作 {reading}：工作表的求和会跳过文本，因此未计入。使用 {action} 可将其转为该数字。",
  "report.issue.ambiguous": "是文本，可读作 {first} 或 {second}：在您填入确切的数字之前不予计入。",
  "report.issue.currency":
    "以 {typed} 填写，而本表的货币为 {currency}：在“设置”中填写该货币的汇率之前，不计入合计。",
  "report.issue.currencyFormat":
    "单元格的数字格式为 {typed}，而本表的货币为 {currency}：在“设置”中填写该货币的汇率之前，不计入合计。",
  "report.issue.currencyColumn":
    "按本行“货币”列以 {typed} 计价，而本表的货币为 {currency}：在“设置”中填写该货币的汇率之前，不计入合计。",
  "report.issue.currencyClash":
    "单元格的数字格式为 {format}，而本行“货币”列为 {row}：在两者一致之前不计入。请将单元格格式改为 {row}，或修改本行的“货币”。",
  "report.rates.twice":
    "“设置”的汇率表中 {currency} 有不止一个汇率（第 {line} 行）：在只保留一个之前，{currency} 金额不计入。",
  "report.rates.noRate":
    "“设置”的汇率表中 {currency} 没有大于 0 的汇率（第 {line} 行）：{currency} 金额不计入。",
  "report.rates.notCurrency":
    "“设置”的汇率表中的“{text}”（第 {line} 行）不是货币代码：请填写 EUR 这样的代码。",
  "report.issue.unreadable": "{problem}：未计入。",
  "report.issue.flagged": "已被工作表标记为异常（{reason}）",
  "report.issue.spaces": "只含空格，Google 表格会将其视为文本而非空白",
  "report.issue.negative":
    "为负数（{value}）：按填写值计入，与工作表的求和一致，但该值不应小于零。",
  "report.issue.costBased":
    "{problem}该帖子不计入 CPM、CPE、CPC、单次转化成本、ROAS、ROI 及各项评判。",
  "report.issue.pending":
    "结果尚未回传（{outcomes}）：该帖子已有曝光量或浏览量，但这些数据为空，因此在回传之前各项比率不计入该帖子。",
  "report.issue.noInfluencer": "缺少网红名称或账号：已计入合计，但未计入按网红细分的数据。",
  "report.issue.noPlatform": "缺少平台：已计入合计，但未计入按平台细分的数据。",
  "report.issue.noFollowers": "缺少粉丝数：已计入合计，但未计入按层级细分的数据和行业基准对比。",

  "report.define.status":
    "状态：进度达到 100% 为“已达成”，其中进度 = (实际值 − 基准值) ÷ (目标值 − 基准值)；截止日期已过仍未达到为“未达成”；否则，进度跟上从开始日期到截止日期的时间进度为“按计划推进”，落后则为“有风险”。活动执行结束后（已过结束日期，或花费已达预算），时间进度按 100% 计。“检查输入”：该 KPI 无法计算，或未计入的单元格可能改变其状态（按这些单元格最有利和最不利的读法分别判断）。“进行中”：没有开始日期或截止日期可供判断。",
  "report.define.suggestion":
    "维持、加大投入或重新评估：只在同一活动内比较，依据活动目标对应的指标——受众增长、品牌知名度和 SEO 目标看千人覆盖成本（覆盖人数，没有则用浏览量）；互动、口碑、内容和网红管理目标看单次互动成本；转化和线索目标看单次转化或单条线索成本；销售目标看 ROAS，并以单次转化成本把关。销售以外的目标从不以 ROI 作为评判标准。参照值为框架中该 KPI 的目标值，没有则为活动按花费加权的整体值（总成本 ÷ 总成果）。加大投入：至少好 20%，且贡献至少 5% 的活动成果（或 20 次转化）。重新评估：至少差 25%，或花费占比至少 10% 却未达到参照值。维持：介于两者之间。数据不足：付费帖子少于 3 条、曝光或浏览少于 1,000 次，或支撑单次转化成本或 ROAS 的转化少于 10 次；但花费已达目标单次转化成本的三倍仍无转化的，评为“重新评估”。赠品合作帖子，以及成本或收入未计入的帖子，均不参与评判。",
  "report.define.noGoal":
    "没有 KPI 框架的活动不给出维持、加大投入或重新评估的建议：没有目标就没有评判标准。",
  "report.define.engagementRate": "互动率 = 互动量 ÷ {base}（在“设置”中选择的基数）。",
  "report.define.benchmarks":
    "行业基准为公开发布的数据，仅供参考。各基准的差异主要在于计算公式，因此每项都按其自身的公式比较，并注明来源和年份，不与本报告的互动率直接比较。所有平台采用同一方法：先取每位网红各帖的中位数，再取同一平台、同一粉丝区间内网红的中位数；区间内至少有 3 位网红才做比较。",
  "report.define.rates":
    "其他货币的金额：以其他货币计价的成本或收入（按所在行的“货币”列，否则按单元格格式），按“设置”的汇率表中该货币的汇率计入：优先使用为其所属活动填写的汇率，否则使用适用于所有活动的汇率，与发帖日期无关（手动填写的汇率保持不变，GOOGLEFINANCE 公式则随市场变动）。单元格中的金额本身不会被修改。没有汇率的金额不计入，并会单独列出。",
  "report.define.insights":
    "洞察仅在触发相应规则时显示：至少 {clicks} 次点击、转化率低于 {conversionRate}；至少 {exposure} 次曝光、CTR 低于 {ctr}；曝光量至少为覆盖人数的 {frequency} 倍；最佳和最弱网红只在数据充足者中评选；单个网红占活动花费 {concentration} 或以上，且超过平均分配份额的两倍；花费进度领先时间进度 {ahead} 或以上，或落后 {behind} 或以上；花费超出预算；结果尚未回传；某条帖子的 CPE 高于同一平台帖子中位数的 {factor} 倍，或低于中位数的 1/{factor}（该平台至少 {posts} 条付费帖子）。",
  "report.define.issues":
    "只计数字：数字计入，空白即空白，其余一律不计入，与 Google 表格 SUM 跳过文本的方式相同，包括文本（即使看起来像数字，如 12.5K）、其他货币的金额（直接填写或由单元格数字格式标明）以及被工作表标记的单元格。每一项都列在“数据问题”下。成本或收入未计入的帖子不参与任何基于成本的指标；互动量中任一项未计入的帖子，互动量整体不计。",
  "report.define.pending":
    "尚未回传：已有曝光量或浏览量的帖子，其点击量、转化数、订单数或收入为空时视为尚未回传，而不是零：在数据回传之前，以这些数据为分母或分子的比率不计入该帖子。",
  "report.define.funnel":
    "漏斗：曝光量（或浏览量）→ 点击量 → 转化数 → 订单数，每一步的比率只计结果已回传的帖子。互动量列在漏斗旁：点赞并不是通向点击的一步。",
  "report.define.tiers":
    "按粉丝数划分的层级（在“设置”中设定）：{emerging}粉丝不足 {nano}；{nanoTier}粉丝 {nano} 及以上；{microTier}粉丝 {micro} 及以上；{macroTier}粉丝 {macro} 及以上；{megaTier}粉丝 {mega} 及以上。",
  "report.define.pooled":
    "按平台和按层级的细分合并了目标不同的活动（{goals}）：请在各自活动内评判网红，正如按网红细分所做的那样。",
} as const;
