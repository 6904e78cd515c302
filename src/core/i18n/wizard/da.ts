/** The KPI wizard's sidebar in Danish: a translation of en.ts, key by key. */
export const daWizard = {
  // Moving through the steps.
  "wizard.step": "Trin {step} af {steps}",
  "wizard.next": "Næste",
  "wizard.back": "Tilbage",
  "wizard.toReview": "Gennemse",
  "wizard.fieldProblem": "{field} {problem}",
  "wizard.optional": "{label} (valgfrit)",

  // Goal.
  "wizard.goal.title": "Kampagnemål",
  "wizard.goal.intro": "Hvad skal kampagnen opnå?",
  "wizard.goal.main": "Hovedmål",
  "wizard.goal.secondary": "Sekundært mål",
  "wizard.goal.none": "Intet",

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
  "wizard.campaign.platforms": "Platforme",
  "wizard.campaign.tiers": "Influencerniveauer",
  "wizard.campaign.tierFit": "Til dette mål: {tiers}",

  // KPIs.
  "wizard.kpis.title": "KPI'er",
  "wizard.kpis.intro": "Forslag til dit mål. Behold de få, der betyder mest.",
  "wizard.kpis.forGoal": "Til målet {goal}",

  // One KPI.
  "wizard.kpi.title": "KPI {kpi} af {kpis}",
  "wizard.kpi.metrics": "Målinger (højst {max})",
  "wizard.kpi.metricsHint": "Den første måles op mod målværdien.",
  "wizard.kpi.metricsFull": "{max} valgt: fravælg én for at vælge en anden.",
  "wizard.kpi.headline": "målværdi",
  "wizard.kpi.baseline": "Udgangsværdi",
  "wizard.kpi.useCurrent": "Brug trackerens værdi: {value}",
  "wizard.kpi.target": "Målværdi",
  "wizard.kpi.rateHint": "En procentsats: skriv den med %, f.eks. {example}.",
  "wizard.kpi.moneyHint": "I {currency}.",
  "wizard.kpi.lowerBetter": "Lavere er bedre.",
  "wizard.kpi.deadline": "Frist",
  "wizard.kpi.owner": "Ansvarlig",
  "wizard.kpi.tactic": "Taktik",
  "wizard.kpi.noTactic": "Ingen",

  // SMART review.
  "wizard.review.title": "SMART-tjek",
  "wizard.review.intro":
    "Hver KPI er tjekket efter SMART-kriterierne. Gå tilbage, og ret det, der er markeret.",
  "wizard.review.problems": "Ret disse først:",
  "wizard.review.kpiField": "{kpi}: {field}",
  "wizard.review.fix": "Ret",
  "wizard.review.edit": "Redigér",
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
  "wizard.done.show": "Vis rækkerne",
  "wizard.done.again": "Byg en ny",
  "wizard.done.showFailed": "Kunne ikke vise rækkerne: {reason}",
} as const;
