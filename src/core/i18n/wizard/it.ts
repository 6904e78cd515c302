/** The KPI wizard's sidebar in Italian: a translation of en.ts, key by key. */
export const itWizard = {
  // Moving through the steps.
  "wizard.steps": "Passaggi",
  "wizard.stepName.campaign": "Campagna",
  "wizard.stepName.goal": "Obiettivo",
  "wizard.stepName.kpis": "KPI",
  "wizard.stepName.targets": "Target",
  "wizard.stepName.review": "Verifica",
  "wizard.next": "Avanti",
  "wizard.back": "Indietro",
  "wizard.toReview": "Verifica",
  "wizard.fieldProblem": "{field} {problem}",
  "wizard.optional": "{label} (facoltativo)",
  "wizard.help": "Guida",
  "wizard.helpFailed": "Impossibile aprire la guida: {reason}",

  // Which framework, when the sheet has some.
  "wizard.choose.title": "Quale campagna?",
  "wizard.choose.intro":
    "Modifica un framework già presente nel foglio, oppure creane uno per un'altra campagna.",
  "wizard.choose.other": "Un'altra campagna",

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

  // Goal.
  "wizard.goal.title": "Obiettivo della campagna",
  "wizard.goal.intro": "Che cosa deve ottenere questa campagna?",
  "wizard.goal.main": "Obiettivo principale",
  "wizard.goal.secondary": "Obiettivo secondario",
  "wizard.goal.none": "Nessuno",

  // KPIs.
  "wizard.kpis.title": "KPI",
  "wizard.kpis.intro": "Suggeriti per il tuo obiettivo. Tieni solo quelli che contano di più.",
  "wizard.kpis.forGoal": "Per l'obiettivo {goal}",

  // Baselines and targets.
  "wizard.targets.title": "Valori iniziali e target",
  "wizard.targets.intro": "Per ogni KPI: da dove parte, dove deve arrivare ed entro quando.",
  "wizard.kpi.metrics": "Metriche (massimo {max})",
  "wizard.kpi.metricsHint": "La prima viene misurata rispetto al valore target.",
  "wizard.kpi.metricsFull": "{max} selezionate: deselezionane una per sceglierne un'altra.",
  "wizard.kpi.headline": "principale",
  "wizard.kpi.baseline": "Valore iniziale",
  "wizard.kpi.baselineHint":
    "Il punto da cui parte la metrica: l'avanzamento si conta da qui fino al valore target.",
  "wizard.kpi.fromZero": "0: una campagna nuova, che parte da zero",
  "wizard.kpi.fromCurrent": "Il valore attuale della campagna: {value}",
  "wizard.kpi.fromTyped": "Un altro valore:",
  "wizard.kpi.target": "Valore target",
  "wizard.kpi.rateHint": "In percentuale: {typed} significa {shown}.",
  "wizard.kpi.rateHigh": "Oltre il 100%: controlla che sia proprio questo il valore.",
  "wizard.kpi.moneyHint": "Importo in {currency}.",
  "wizard.kpi.lowerBetter": "Più è basso, meglio è.",
  "wizard.kpi.deadline": "Scadenza",
  "wizard.kpi.deadlinePast":
    "Questa data è già passata: il KPI risulterà Non raggiunto, a meno che il target non sia già raggiunto.",
  "wizard.kpi.owner": "Responsabile",
  "wizard.kpi.tactic": "Tattica",
  "wizard.kpi.noTactic": "Nessuna",

  // SMART review.
  "wizard.review.title": "Verifica SMART",
  "wizard.review.intro":
    "Ogni KPI è verificato con i criteri SMART. Puoi cambiare un target qui; per il resto, modifica il KPI.",
  "wizard.review.problems": "Prima correggi questi punti:",
  "wizard.review.kpiField": "{kpi}: {field}",
  "wizard.review.fix": "Correggi",
  "wizard.review.edit": "Modifica questo KPI",
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
  "wizard.done.statuses": "Che cosa indicherà la colonna Stato",
  "wizard.done.help": "Come funziona il framework KPI",
  "wizard.done.show": "Mostra le righe",
  "wizard.done.showFailed": "Impossibile mostrare le righe: {reason}",
  "wizard.done.undo": "Annulla",
  "wizard.done.undoing": "Annullamento in corso…",
  "wizard.done.undone": "Annullato: le righe sono tornate com'erano prima di questa scrittura.",
  "wizard.done.undoFailed": "Non è stato annullato nulla: {reason}",
  "wizard.done.noUndo":
    "Questa scrittura è troppo ampia per annullarla da qui: la cronologia delle versioni del foglio conserva le righe com'erano.",
  "wizard.done.again": "Un'altra campagna",

  // Undo, on the server.
  "wizard.undo.gone":
    "dopo questa è stata fatta un'altra scrittura nel framework KPI, e si può annullare solo l'ultima.",
  "wizard.undo.changed":
    "le righe sono cambiate dopo questa scrittura e annullarla cancellerebbe quelle modifiche.",
} as const;
