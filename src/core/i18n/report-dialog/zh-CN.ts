/** Simplified Chinese texts of the report dialog, the report sheet's name and its messages. */
export const zhCNReportDialog = {
  "sheet.report": "{campaign} {date}",
  "reportDialog.title": "活动效果报告",
  "reportDialog.intro": "为单个活动或全部活动生成报告，并对照“KPI 框架”评估。",
  "reportDialog.campaign": "活动",
  "reportDialog.from": "最早发布日期",
  "reportDialog.to": "最晚发布日期",
  "reportDialog.datesHint": "日期留空即不设限，包含此前或此后的所有帖子。",
  "reportDialog.noCampaigns": "“活动追踪表”中还没有活动：请先添加帖子，然后重试。",
  "reportDialog.create": "创建报告工作表",
  "reportDialog.view": "查看报告",
  "reportDialog.working": "正在处理…",
  "reportDialog.done": "已添加“{sheet}”。",
  "reportDialog.badRequest": "无法识别报告请求。请关闭此对话框后重新打开。",
  "reportDialog.badDate": "“{date}”不是有效日期。",
} as const;
