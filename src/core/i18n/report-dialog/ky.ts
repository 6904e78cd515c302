/** Kyrgyz texts of the report dialog, the report sheet's name and the report server's messages. */
export const kyReportDialog = {
  "sheet.report": "{campaign} {date}",
  "reportDialog.title": "Кызыкдар тараптар үчүн отчет",
  "reportDialog.intro":
    "Бир кампания же бардык кампаниялар боюнча отчет: натыйжалар «KPI алкагы» барагындагы KPI менен салыштырылат.",
  "reportDialog.campaign": "Кампания",
  "reportDialog.from": "Биринчи посттун датасы",
  "reportDialog.to": "Акыркы посттун датасы",
  "reportDialog.datesHint": "Датаны бош калтырсаңыз, ал тараптагы бардык посттор отчетко кирет.",
  "reportDialog.noCampaigns":
    "«Кампания трекери» барагында азырынча кампания жок: посттор кошуп, кайра аракет кылыңыз.",
  "reportDialog.create": "Отчет барагын түзүү",
  "reportDialog.view": "Отчетту көрүү",
  "reportDialog.working": "Даярдалууда…",
  "reportDialog.done": "«{sheet}» барагы кошулду.",
  "reportDialog.badRequest":
    "Отчет боюнча сурам түшүнүксүз болду. Бул терезени жаап, кайра ачыңыз.",
  "reportDialog.badDate": "{date} – дата эмес.",
} as const;
