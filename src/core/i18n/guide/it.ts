/** The help page on the KPI framework in Italian: a translation of en.ts, key by key. */
export const itGuide = {
  "guide.title": "Come funziona il framework KPI",
  "guide.intro":
    "Ogni riga di {framework} è un KPI di una campagna: che cosa misura, da dove parte, dove deve arrivare e entro quando. Crea framework KPI scrive le righe; da lì in poi si aggiornano da sole seguendo {tracker}.",
  "guide.baseline.title": "Valore iniziale",
  "guide.baseline":
    "Il punto da cui parte la metrica quando inizi a contare: 0 per una campagna nuova, il valore attuale della campagna per contare solo ciò che arriva dopo, oppure un valore di una campagna precedente. L'avanzamento va dal valore iniziale (0%) al valore target (100%).",
  "guide.target.title": "Valore target e scadenza",
  "guide.target":
    "Il valore da raggiungere e il giorno entro cui raggiungerlo. Per un costo, come il costo per engagement, più è basso meglio è: il target sta sotto il valore iniziale. Una percentuale si inserisce in punti percentuali: 5 significa 5%.",
  "guide.status.title": "Stato",
  "guide.status.intro": "La colonna Stato segue il tracker in tempo reale:",
  "guide.status.onTrack":
    "l'avanzamento tiene il passo con il tempo trascorso tra inizio e scadenza.",
  "guide.status.atRisk":
    "l'avanzamento è rimasto indietro rispetto al tempo trascorso, oppure la campagna è finita (data di fine passata o budget esaurito) senza che l'avanzamento sia arrivato al 100%: intervieni prima della scadenza.",
  "guide.status.met": "l'avanzamento ha raggiunto il 100%: il target è raggiunto.",
  "guide.status.missed": "la scadenza è passata e l'avanzamento è sotto il 100%.",
  "guide.status.checkInputs":
    "non c'è ancora un valore attuale da valutare, oppure alcune celle escluse dal calcolo (testo dove serve un numero, un importo in un'altra valuta) potrebbero cambiare lo stato: Minimo possibile e Massimo possibile mostrano di quanto, e il report elenca ogni cella.",
  "guide.smart.title": "Verifica SMART",
  "guide.smart.intro":
    "Prima di scrivere, ogni KPI viene verificato con cinque criteri. Un controllo da verificare o non superato spiega il perché, in una riga su cui puoi agire:",
  "guide.smart.specific": "misurato con una metrica precisa, con un responsabile.",
  "guide.smart.measurable": "calcolato dal tracker, oppure inserito a mano da una fonte indicata.",
  "guide.smart.achievable": "un target alla portata del valore iniziale: meno di 10 volte tanto.",
  "guide.smart.relevant": "un KPI che mostra se la campagna ha raggiunto il suo obiettivo.",
  "guide.smart.timeBound":
    "una scadenza entro la campagna, o poco dopo per i risultati che arrivano in ritardo.",
  "guide.actual.title": "Come si calcola il Valore attuale",
  "guide.actual":
    "Il Valore attuale è una formula KPIACTUAL basata su {tracker}: il dato della campagna calcolato esattamente come nel report, cioè una somma (ricavi, copertura) o un rapporto tra somme (il ROAS è ricavi ÷ costo), quindi si aggiorna a ogni post che aggiungi. Testo, importi in un'altra valuta e celle segnalate sono esclusi; i risultati non ancora arrivati restano fuori dai rispettivi tassi; dove mancano le impression contano le visualizzazioni; il tasso di engagement usa come denominatore la base scelta in {settings}.",
  "guide.manual":
    "Una metrica per cui il tracker non ha una colonna (iscrizioni email, backlink, sentiment) riceve invece una cella di input: inserisci lì il valore. La nota della cella indica dove leggerlo.",
  "guide.close": "Chiudi",
} as const;
