/** The KPI wizard's sidebar in Danish: a translation of en.ts, key by key. */
export const daWizard = {
  // Moving through the steps.
  "wizard.steps": "Trin",
  "wizard.stepName.campaign": "Kampagne",
  "wizard.stepName.goal": "Mål",
  "wizard.stepName.kpis": "KPI'er",
  "wizard.stepName.targets": "Målværdier",
  "wizard.stepName.review": "Gennemse",
  "wizard.next": "Næste",
  "wizard.back": "Tilbage",
  "wizard.toReview": "Gennemse",
  "wizard.fieldProblem": "{field} {problem}",
  "wizard.optional": "{label} (valgfrit)",
  "wizard.help": "Hjælp",
  "wizard.helpFailed": "Kunne ikke åbne hjælpen: {reason}",

  // Which framework, when the sheet has some.
  "wizard.choose.title": "Hvilken kampagne?",
  "wizard.choose.intro":
    "Ret en KPI-ramme, der allerede står i arket, eller byg en til en anden kampagne.",
  "wizard.choose.other": "En anden kampagne",

  // Campaign.
  "wizard.campaign.title": "Kampagne",
  "wizard.campaign.pick": "Kampagne",
  "wizard.campaign.new": "Ny kampagne…",
  "wizard.campaign.name": "Navn på den nye kampagne",
  "wizard.campaign.posts": "{posts} opslag i Kampagnetracker.",
  "wizard.campaign.framed":
    "Den har allerede en KPI-ramme: skriver du til arket, opdateres dens KPI'er.",
  "wizard.campaign.start": "Startdato",
  "wizard.campaign.end": "Slutdato",
  "wizard.campaign.datesFromPosts": "Datoerne for kampagnens første og sidste opslag.",
  "wizard.campaign.budget": "Budget",
  "wizard.campaign.budgetHint": "I {currency}.",

  // Goal.
  "wizard.goal.title": "Kampagnemål",
  "wizard.goal.intro": "Hvad skal kampagnen opnå?",
  "wizard.goal.main": "Hovedmål",
  "wizard.goal.secondary": "Sekundært mål",
  "wizard.goal.none": "Intet",

  // KPIs.
  "wizard.kpis.title": "KPI'er",
  "wizard.kpis.intro": "Forslag til dit mål. Behold de få, der betyder mest.",
  "wizard.kpis.forGoal": "Til målet {goal}",

  // Baselines and targets.
  "wizard.targets.title": "Udgangs- og målværdier",
  "wizard.targets.intro": "For hver KPI: hvor den starter, hvor den skal nå hen, og hvornår.",
  "wizard.kpi.metrics": "Målinger (højst {max})",
  "wizard.kpi.metricsHint": "Den første måles op mod målværdien.",
  "wizard.kpi.metricsFull": "{max} valgt: fravælg én for at vælge en anden.",
  "wizard.kpi.headline": "målværdi",
  "wizard.kpi.baseline": "Udgangsværdi",
  "wizard.kpi.baselineHint":
    "Hvor målingen står, når du begynder: fremdriften regnes herfra og hen til målværdien.",
  "wizard.kpi.fromZero": "0: en ny kampagne, der starter fra bunden",
  "wizard.kpi.fromCurrent": "Kampagnens værdi nu: {value}",
  "wizard.kpi.fromTyped": "En anden værdi:",
  "wizard.kpi.target": "Målværdi",
  "wizard.kpi.rateHint": "I procent: {typed} betyder {shown}.",
  "wizard.kpi.rateHigh": "Over 100 %: tjek, at det er det, du mener.",
  "wizard.kpi.moneyHint": "I {currency}.",
  "wizard.kpi.lowerBetter": "Lavere er bedre.",
  "wizard.kpi.deadline": "Frist",
  "wizard.kpi.deadlinePast":
    "Datoen er passeret: KPI'en vil stå som Ikke nået, medmindre målværdien allerede er nået.",
  "wizard.kpi.owner": "Ansvarlig",
  "wizard.kpi.tactic": "Taktik",
  "wizard.kpi.noTactic": "Ingen",

  // SMART review.
  "wizard.review.title": "SMART-tjek",
  "wizard.review.intro":
    "Hver KPI er tjekket efter SMART-kriterierne. Ret en målværdi direkte her, eller redigér en KPI for resten.",
  "wizard.review.problems": "Ret disse først:",
  "wizard.review.kpiField": "{kpi}: {field}",
  "wizard.review.fix": "Ret",
  "wizard.review.edit": "Redigér denne KPI",
  "wizard.review.framework": "KPI-rammen som helhed",
  "wizard.verdict.pass": "Opfyldt",
  "wizard.verdict.warn": "Tjek",
  "wizard.verdict.fail": "Ikke opfyldt",

  // Writing.
  "wizard.write": "Skriv til arket",
  "wizard.writing": "Skriver…",
  "wizard.notWritten": "Intet blev skrevet. Ret de markerede felter.",
  "wizard.failed": "Intet blev skrevet: {reason}",

  // Done.
  "wizard.done.title": "KPI-rammen er skrevet",
  "wizard.done.where": "{campaign}: rækkerne {first} til {last} i {sheet}.",
  "wizard.done.whereOne": "{campaign}: række {first} i {sheet}.",
  "wizard.done.added": "Tilføjede KPI'er: {count}",
  "wizard.done.updated": "Opdaterede KPI'er: {count}",
  "wizard.done.removed": "Fjernede KPI'er: {count}",
  "wizard.done.statuses": "Det kan der stå i kolonnen Status",
  "wizard.done.help": "Sådan virker KPI-rammen",
  "wizard.done.show": "Vis rækkerne",
  "wizard.done.showFailed": "Kunne ikke vise rækkerne: {reason}",
  "wizard.done.undo": "Fortryd",
  "wizard.done.undoing": "Fortryder…",
  "wizard.done.undone": "Fortrudt: rækkerne er, som de var før denne skrivning.",
  "wizard.done.undoFailed": "Intet blev fortrudt: {reason}",
  "wizard.done.noUndo":
    "Denne skrivning er for stor til at fortryde her: regnearkets versionshistorik har rækkerne, som de var.",
  "wizard.done.again": "En anden kampagne",

  // Undo, on the server.
  "wizard.undo.gone":
    "KPI-rammen er blevet skrevet til igen efter denne gang, og kun den seneste skrivning kan fortrydes.",
  "wizard.undo.changed":
    "rækkerne er ændret siden denne skrivning, og en fortrydelse ville slette de ændringer.",
} as const;
