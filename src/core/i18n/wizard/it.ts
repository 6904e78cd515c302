/** The KPI wizard's sidebar in Italian: a translation of en.ts, key by key. */
export const itWizard = {
  // Moving through the steps.
  "wizard.step": "Passaggio {step} di {steps}",
  "wizard.next": "Avanti",
  "wizard.back": "Indietro",
  "wizard.toReview": "Verifica",
  "wizard.fieldProblem": "{field} {problem}",
  "wizard.optional": "{label} (facoltativo)",

  // Goal.
  "wizard.goal.title": "Obiettivo della campagna",
  "wizard.goal.intro": "Che cosa deve ottenere questa campagna?",
  "wizard.goal.main": "Obiettivo principale",
  "wizard.goal.secondary": "Obiettivo secondario",
  "wizard.goal.none": "Nessuno",

  // Campaign.
  "wizard.campaign.title": "Campagna",
  "wizard.campaign.pick": "Campagna",
  "wizard.campaign.new": "Nuova campagna…",
  "wizard.campaign.name": "Nome della nuova campagna",
  "wizard.campaign.posts": "{posts} post nel tracker.",
  "wizard.campaign.framed": "Ha già un framework: scrivendo nel foglio ne aggiornerai i KPI.",
  "wizard.campaign.start": "Data di inizio",
  "wizard.campaign.end": "Data di fine",
  "wizard.campaign.datesFromPosts": "Date del primo e dell'ultimo post.",
  "wizard.campaign.budget": "Budget",
  "wizard.campaign.budgetHint": "Importo in {currency}.",
  "wizard.campaign.platforms": "Piattaforme",
  "wizard.campaign.tiers": "Fasce di influencer",
  "wizard.campaign.tierFit": "Per questo obiettivo: {tiers}",

  // KPIs.
  "wizard.kpis.title": "KPI",
  "wizard.kpis.intro": "Suggeriti per il tuo obiettivo. Tieni solo quelli che contano di più.",
  "wizard.kpis.forGoal": "Per l'obiettivo {goal}",

  // One KPI.
  "wizard.kpi.title": "KPI {kpi} di {kpis}",
  "wizard.kpi.metrics": "Metriche (massimo {max})",
  "wizard.kpi.metricsHint": "La prima viene misurata rispetto al valore target.",
  "wizard.kpi.metricsFull": "{max} selezionate: deselezionane una per sceglierne un'altra.",
  "wizard.kpi.headline": "principale",
  "wizard.kpi.baseline": "Valore iniziale",
  "wizard.kpi.useCurrent": "Usa il valore del tracker: {value}",
  "wizard.kpi.target": "Valore target",
  "wizard.kpi.rateHint": "È una percentuale: inseriscila con %, ad es. {example}.",
  "wizard.kpi.moneyHint": "Importo in {currency}.",
  "wizard.kpi.lowerBetter": "Più è basso, meglio è.",
  "wizard.kpi.deadline": "Scadenza",
  "wizard.kpi.owner": "Responsabile",
  "wizard.kpi.tactic": "Tattica",
  "wizard.kpi.noTactic": "Nessuna",

  // SMART review.
  "wizard.review.title": "Verifica SMART",
  "wizard.review.intro":
    "Ogni KPI è verificato con i criteri SMART. Torna indietro per correggere ciò che è segnalato.",
  "wizard.review.problems": "Prima correggi questi punti:",
  "wizard.review.kpiField": "{kpi}: {field}",
  "wizard.review.fix": "Correggi",
  "wizard.review.edit": "Modifica",
  "wizard.review.framework": "Il framework nel suo insieme",
  "wizard.verdict.pass": "Superato",
  "wizard.verdict.warn": "Da verificare",
  "wizard.verdict.fail": "Non superato",

  // Writing.
  "wizard.write": "Scrivi nel foglio",
  "wizard.writing": "Scrittura in corso…",
  "wizard.notWritten": "Non è stato scritto nulla. Correggi i campi segnalati.",
  "wizard.failed": "Non è stato scritto nulla: {reason}",

  // Done.
  "wizard.done.title": "Framework salvato",
  "wizard.done.where": "{campaign}: righe da {first} a {last} del foglio {sheet}.",
  "wizard.done.whereOne": "{campaign}: riga {first} del foglio {sheet}.",
  "wizard.done.added": "KPI aggiunti: {count}",
  "wizard.done.updated": "KPI aggiornati: {count}",
  "wizard.done.removed": "KPI rimossi: {count}",
  "wizard.done.show": "Mostra le righe",
  "wizard.done.again": "Creane un altro",
  "wizard.done.showFailed": "Impossibile mostrare le righe: {reason}",
} as const;
