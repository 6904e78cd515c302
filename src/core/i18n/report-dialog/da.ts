/** The report dialog, the report sheet's name and the report server's messages, in Danish. */
export const daReportDialog = {
  "sheet.report": "{campaign} {date}",
  "reportDialog.title": "Stakeholderrapport",
  "reportDialog.intro":
    "En rapport over én kampagne eller dem alle, vurderet ud fra KPI'erne i arket KPI-ramme.",
  "reportDialog.campaign": "Kampagne",
  "reportDialog.from": "Første opslagsdato",
  "reportDialog.to": "Sidste opslagsdato",
  "reportDialog.datesHint": "Lad en dato stå tom for at tage alle opslag før eller efter den med.",
  "reportDialog.noCampaigns":
    "Kampagnetracker har endnu ingen kampagner: tilføj opslag, og prøv så igen.",
  "reportDialog.create": "Opret rapportark",
  "reportDialog.view": "Vis rapport",
  "reportDialog.working": "Arbejder…",
  "reportDialog.done": "Arket {sheet} er tilføjet.",
  "reportDialog.badRequest":
    "Anmodningen om en rapport blev ikke forstået. Luk denne dialogboks, og åbn den igen.",
  "reportDialog.badDate": "{date} er ikke en dato.",
} as const;
