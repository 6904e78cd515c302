/** The help page on the KPI framework in Simplified Chinese: a translation of en.ts, key by key. */
export const zhCNGuide = {
  "guide.title": "KPI 框架使用说明",
  "guide.intro":
    "“{framework}”中的每一行是某个活动的一个 KPI：衡量什么、从哪里起步、要达到多少、何时达到。“构建 KPI 框架”负责写入这些行，此后它们会随“{tracker}”自动更新。",
  "guide.baseline.title": "基准值",
  "guide.baseline":
    "开始计算时指标所处的水平：新活动填 0；只想统计此后新增的部分，就用活动当前的值；也可以填以往活动的数据。进度从基准值（0%）走向目标值（100%）。",
  "guide.target.title": "目标值和截止日期",
  "guide.target":
    "要达到的数值，以及最晚达成的日期。单次互动成本这类成本指标越低越好，所以目标值应低于基准值。比率按百分数填写：5 表示 5%。",
  "guide.status.title": "状态",
  "guide.status.intro": "“状态”列随活动追踪表实时更新：",
  "guide.status.onTrack": "进度跟上了从开始到截止日期之间已经过去的时间。",
  "guide.status.atRisk":
    "进度落后于已经过去的时间，或活动已结束（已过结束日期或预算已花完）但进度未到 100%：请在截止日期前采取行动。",
  "guide.status.met": "进度已达到 100%，目标已完成。",
  "guide.status.missed": "截止日期已过，进度仍未达到 100%。",
  "guide.status.checkInputs":
    "还没有可判断的实际值，或实际值中未计入的单元格（该填数字却填了文字、其他货币的金额）可能改变状态：“最低可能值”和“最高可能值”显示影响范围，报告会逐一列出这些单元格。",
  "guide.smart.title": "SMART 检查",
  "guide.smart.intro":
    "写入之前，每个 KPI 都会按五项标准逐一检查。需核实或未通过的项会用一句可以照着做的话说明原因：",
  "guide.smart.specific": "由一个明确的指标衡量，并有负责人。",
  "guide.smart.measurable": "由活动追踪表自动计算，或从指定来源手动填写。",
  "guide.smart.achievable": "目标值在基准值可及的范围内：不超过基准值的 10 倍。",
  "guide.smart.relevant": "能说明活动是否达成目标的 KPI。",
  "guide.smart.timeBound": "截止日期在活动期内，或在活动结束后不久，以便计入滞后的结果。",
  "guide.actual.title": "实际值如何计算",
  "guide.actual":
    "实际值是基于“{tracker}”的 KPIACTUAL 公式，与报告的计算口径完全一致：求和（收入、覆盖人数）或求和之比（ROAS = 收入 ÷ 成本），所以每新增一条帖子，它都会随之变化。文本、其他货币的金额和已标记的单元格不计入；尚未回传的结果不计入相应比率；曝光量为空的行改用浏览量；互动率的分母取“{settings}”中选定的基数。",
  "guide.manual":
    "追踪表里没有对应列的指标（邮件注册、外链、情感倾向）会得到一个输入单元格：请在其中填写数值，单元格备注会注明数据从哪里读取。",
  "guide.close": "关闭",
} as const;
