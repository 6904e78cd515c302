/** The report dialog, the report sheet's name and the report server's messages, in Italian. */
export const itReportDialog = {
  "sheet.report": "{campaign} {date}",
  "reportDialog.title": "Report per gli stakeholder",
  "reportDialog.intro":
    "Un report su una campagna o su tutte, con i risultati valutati in base al Framework KPI.",
  "reportDialog.campaign": "Campagna",
  "reportDialog.from": "Data del primo post",
  "reportDialog.to": "Data dell'ultimo post",
  "reportDialog.datesHint": "Se lasci vuota una data, il periodo resta aperto da quel lato.",
  "reportDialog.noCampaigns":
    "Nel Tracker campagne non ci sono ancora campagne: aggiungi dei post, poi riprova.",
  "reportDialog.create": "Crea foglio del report",
  "reportDialog.view": "Visualizza report",
  "reportDialog.working": "Elaborazione in corso…",
  "reportDialog.done": 'Aggiunto il foglio "{sheet}".',
  "reportDialog.badRequest":
    "La richiesta del report non è stata compresa. Chiudi questa finestra e riaprila.",
  "reportDialog.badDate": "{date} non è una data.",
} as const;
