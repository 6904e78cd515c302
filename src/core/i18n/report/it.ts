/** The report model's texts in Italian: a translation of en.ts, key by key. */
export const itReport = {
  // Why no report could be made: each says what to change.
  "report.problem.noRows":
    'Il foglio "{sheet}" non contiene ancora post: aggiungi una riga per ogni post, poi genera di nuovo il report.',
  "report.problem.noCampaign":
    'Il foglio "{sheet}" non contiene post per "{campaign}": controlla il nome nella colonna Campagna o scegli un\'altra campagna.',
  "report.problem.noPostsInRange":
    '"{campaign}" non ha post pubblicati nel periodo {range}: amplia le date o scegli un\'altra campagna.',
  "report.problem.noPostsInRangeAll": "Nessun post pubblicato nel periodo {range}: amplia le date.",
  "report.problem.noneUsable":
    'Nessuna riga di questo report è utilizzabile ({rows} in tutto): a ciascuna manca la campagna o la data del post. Completale nel foglio "{sheet}".',
  "report.problem.rangeReversed":
    "La data di fine del report ({to}) è precedente a quella di inizio ({from}): inverti le due date.",
  "report.problem.notDate": '"{date}" non è una data: scegli di nuovo le date del report.',

  // The headline: did we hit the goal?
  "report.headline.none":
    "Questa campagna non ha ancora un framework KPI: il report ne mostra solo le metriche.",
  "report.headline.allMet": "Tutti i KPI raggiunti ({total} su {total}).",
  "report.headline.onTrack": "KPI raggiunti: {met} su {total}; gli altri sono in linea.",
  "report.headline.behind":
    "KPI raggiunti: {met} su {total}; a rischio: {atRisk}; non raggiunti: {missed}.",
  "report.headline.open":
    "KPI raggiunti: {met} su {total}; in linea: {onTrack}; ancora da valutare: {open} (vedi la scorecard).",

  // The formula each headline figure uses (shown beside its name, and in the definitions).
  "report.formula.spend": "Somma dei costi",
  "report.formula.impressions":
    "Somma delle impression; per un post senza impression si contano le visualizzazioni",
  "report.formula.views": "Somma delle visualizzazioni",
  "report.formula.reach":
    "Somma della copertura di ogni post (una persona raggiunta da due post conta due volte)",
  "report.formula.engagements": "Like + commenti + condivisioni + salvataggi",
  "report.formula.clicks": "Somma dei clic",
  "report.formula.conversions": "Somma delle conversioni",
  "report.formula.revenue": "Somma dei ricavi",
  "report.formula.emv":
    "Impression ÷ 1.000 × CPM della piattaforma indicato in Impostazioni, sommato su tutti i post",
  "report.formula.cpm": "Costo ÷ impression × 1.000",
  "report.formula.cpe": "Costo ÷ engagement",
  "report.formula.ctr": "Clic ÷ impression",
  "report.formula.conversionRate": "Conversioni ÷ clic",
  "report.formula.roas": "Ricavi ÷ costo",
  "report.formula.roi": "(Ricavi − costo) ÷ costo",

  // Keep, scale or review, and why.
  "report.reason.scale":
    "ROI {roi}, sopra la mediana ({medianRoi}); CPE {cpe}, sotto la mediana ({medianCpe}).",
  "report.reason.review": "ROI {roi}, sotto lo zero; CPE {cpe}, sopra la mediana ({medianCpe}).",
  "report.reason.keep":
    "ROI {roi} (mediana {medianRoi}), CPE {cpe} (mediana {medianCpe}): né nettamente meglio né nettamente peggio degli altri.",
  "report.reason.tooLittleData": "Post: {posts}; per una valutazione ne servono almeno {min}.",

  // Engagement against published benchmarks.
  "report.benchmarkFormula.likesPerFollower": "Like ÷ follower",
  "report.benchmarkFormula.engagementsPerView": "Engagement ÷ visualizzazioni",
  "report.benchmark.likes":
    "Like ÷ follower, mediana su {posts} post, con lo stesso calcolo di Modash (mediana dei like di ogni profilo divisa per i suoi follower). Non è il tasso di engagement del report, che conta anche commenti, condivisioni e salvataggi.",
  "report.benchmark.views":
    "Engagement ÷ visualizzazioni su {posts} post, con lo stesso calcolo di Modash. I nostri engagement sono like, commenti, condivisioni e salvataggi.",
  "report.benchmark.noLikes":
    "Non confrontabile: Modash divide i like per i follower e nessun post di questa fascia ha entrambi i dati.",
  "report.benchmark.noViews":
    "Non confrontabile: Modash divide gli engagement per le visualizzazioni e nessun post di questa fascia ha le visualizzazioni.",

  // Insights: each appears only when its rule fires.
  "report.insight.landingPage":
    "Clic: {clicks}; conversioni: solo {conversions} ({rate}). I post portano traffico: controlla la landing page.",
  "report.insight.fewClicks":
    "Solo {clicks} clic su {exposure} impression o visualizzazioni (CTR {ctr}): i contenuti o il pubblico potrebbero non essere adatti all'offerta.",
  "report.insight.frequency":
    "Le impression sono {times}× la copertura ({impressions} contro {reach}): le persone hanno visto i post più di una volta, e questo aiuta a ricordare il brand.",
  "report.insight.roi":
    "Ritorno migliore: {best}, ROI {bestRoi}. Ritorno più basso: {worst}, ROI {worstRoi}.",
  "report.insight.cpe":
    "Engagement più economico: {best}, CPE {bestCpe}. Più caro: {worst}, CPE {worstCpe}.",
  "report.insight.outlier":
    "Il post di {influencer} alla riga {row} si discosta dagli altri: CPE {cpe}, contro una mediana di {median} su {posts} post.",

  // Data issues. A cell's problem follows its column's label.
  "report.issue.noCampaign":
    "Campagna mancante: riga esclusa dal report. Inserisci la campagna a cui appartiene.",
  "report.issue.noDate":
    "Data del post mancante: riga esclusa dal report, che copre il periodo {range}.",
  "report.issue.notDate": "non valida: riga esclusa dal report, che copre il periodo {range}.",
  "report.issue.currency":
    "in {typed}, mentre il foglio usa {currency}: importo escluso dai totali.",
  "report.issue.flagged": "con segnalazione del foglio ({reason}): valore escluso dai totali.",
  "report.issue.noInfluencer":
    "Influencer e nome utente mancanti: riga inclusa nei totali, ma non nella ripartizione per influencer.",
  "report.issue.noPlatform":
    "Piattaforma mancante: riga inclusa nei totali, ma non nella ripartizione per piattaforma.",
  "report.issue.noFollowers":
    "Numero di follower mancante: riga inclusa nei totali, ma non nella ripartizione per fascia né nei benchmark.",

  // Definitions.
  "report.define.status":
    "Stato: Raggiunto al 100% di avanzamento, dove avanzamento = (valore attuale − valore iniziale) ÷ (valore target − valore iniziale); Non raggiunto se la scadenza passa prima; altrimenti In linea finché l'avanzamento tiene il passo con il tempo trascorso tra inizio e scadenza, A rischio quando resta indietro. Verifica i dati: un dato manca o non è leggibile. In corso: manca l'inizio o la scadenza su cui basare la valutazione.",
  "report.define.suggestion":
    "Mantieni, Potenzia o Rivedi (una regola di partenza): Potenzia quando il ROI di un influencer è sopra la mediana degli influencer del report e il suo CPE è sotto; Rivedi quando il ROI è negativo e il CPE è sopra la mediana; altrimenti Mantieni. Con meno di {min} post: Dati insufficienti.",
  "report.define.engagementRate":
    "Tasso di engagement = engagement ÷ {base} (la base scelta in Impostazioni).",
  "report.define.benchmarks":
    "I benchmark sono dati pubblicati, utili solo come confronto. Differiscono soprattutto per la formula, quindi ognuno viene confrontato secondo la propria formula, con fonte e anno, e mai con il tasso di engagement del report.",
  "report.define.insights":
    "Gli insight compaiono solo quando scatta la relativa regola: tasso di conversione < {conversionRate} su almeno {clicks} clic; CTR < {ctr} su almeno {exposure} impression; impression ≥ {frequency}× la copertura; CPE di un post > {factor}× la mediana dei post o < 1/{factor} della mediana (con almeno {posts} post).",
  "report.define.issues":
    "Le celle illeggibili e gli importi inseriti in un'altra valuta sono esclusi dai totali ed elencati in Problemi nei dati.",
  "report.define.textNumbers":
    "Celle con numeri scritti come testo (ad es. 12,5K): {count}. Il report le conteggia, come fanno le colonne del tracker; i totali con SOMMA del foglio invece le escludono.",
} as const;
