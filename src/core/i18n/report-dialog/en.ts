/** The report dialog, the report sheet's name and the report server's messages, in English. */
export const enReportDialog = {
  "sheet.report": "{campaign} {date}",
  "reportDialog.title": "Stakeholder report",
  "reportDialog.intro":
    "A report of one campaign or all of them, scored against the KPI Framework.",
  "reportDialog.campaign": "Campaign",
  "reportDialog.from": "First post date",
  "reportDialog.to": "Last post date",
  "reportDialog.datesHint": "Leave a date empty to include every post before or after it.",
  "reportDialog.noCampaigns":
    "The Campaign Tracker has no campaigns yet: add posts, then try again.",
  "reportDialog.create": "Create report sheet",
  "reportDialog.view": "View report",
  "reportDialog.working": "Working…",
  "reportDialog.done": "Added {sheet}.",
  "reportDialog.badRequest":
    "The report request was not understood. Close this dialog and open it again.",
  "reportDialog.badDate": "{date} is not a date.",
} as const;
