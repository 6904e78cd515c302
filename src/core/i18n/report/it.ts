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

  // The headline: every status counted, spend against budget, then the main outcome.
  "report.headline.none":
    "Questa campagna non ha ancora un framework KPI: il report ne mostra solo le metriche.",
  "report.headline.kpis": "KPI: {statuses}.",
  "report.headline.met": "{met} su {total} raggiunti",
  "report.headline.onTrack": "{count} in linea",
  "report.headline.atRisk": "{count} a rischio",
  "report.headline.missed": "{count} con target mancato",
  "report.headline.checkInputs": "{count} da verificare",
  "report.headline.inProgress": "{count} ancora da valutare",
  "report.headline.spend": "Spesa: {spend} su un budget di {budget} ({share}).",
  "report.headline.overBudget":
    "Budget superato: spesi {spend} a fronte di un budget di {budget}, cioè {over} in più.",
  "report.headline.noBudget": "Spesa: {spend}; il framework KPI non indica un budget.",
  "report.headline.sales": "Ricavi: {revenue}, con un ROAS di {roas}.",
  "report.headline.conversions": "Conversioni: {conversions}, a {cpa} l'una.",
  "report.headline.leads": "Lead: {leads}, a {cpl} l'uno.",
  "report.headline.reach":
    "Copertura sommata sui post: {reach}; impression o visualizzazioni: {impressions}.",
  "report.headline.engagement": "Engagement: {engagements}; tasso di engagement {rate}.",
  "report.headline.all": "Ricavi: {revenue}; conversioni: {conversions}.",

  // The formula each headline figure uses (shown beside its name, and in the definitions).
  "report.formula.spend":
    "Somma dei costi: solo numeri, come li somma la riga dei totali del tracker (testo e altre valute sono esclusi)",
  "report.formula.impressions":
    "Somma delle impression; per un post con le impression vuote si contano le visualizzazioni",
  "report.formula.views": "Somma delle visualizzazioni",
  "report.formula.reach":
    "Somma della copertura di ogni post: una persona raggiunta da due post conta due volte, quindi non è la copertura unica",
  "report.formula.engagements":
    "Like + commenti + condivisioni + salvataggi; un post con anche uno solo di questi valori escluso non conta alcun engagement",
  "report.formula.clicks": "Somma dei clic",
  "report.formula.conversions": "Somma delle conversioni",
  "report.formula.orders": "Somma degli ordini",
  "report.formula.revenue": "Somma dei ricavi",
  "report.formula.aov": "Ricavi ÷ ordini, sui post in cui nessuno dei due è in attesa",
  "report.formula.emv":
    "Impression ÷ 1.000 × CPM della piattaforma indicato in Impostazioni, sommato su tutti i post",
  "report.formula.cpm":
    "Costo ÷ impression × 1.000, sui post in cui contano sia il costo sia i ricavi",
  "report.formula.cpe": "Costo ÷ engagement, sui post in cui contano sia il costo sia i ricavi",
  "report.formula.ctr": "Clic ÷ impression, sui post di cui sono arrivati i clic",
  "report.formula.conversionRate": "Conversioni ÷ clic, sui post di cui sono arrivati entrambi",
  "report.formula.roas":
    "Ricavi ÷ costo, sui post in cui contano sia il costo sia i ricavi e i ricavi sono arrivati",
  "report.formula.roi": "(Ricavi − costo) ÷ costo, sugli stessi post del ROAS",

  // Keep, scale or review: the yardstick, the reference, and why.
  "report.verdictMetric.costPerReach": "Costo per 1.000 persone raggiunte",
  "report.verdictMetric.cpe": "CPE",
  "report.verdictMetric.cpa": "Costo per conversione",
  "report.verdictMetric.cpl": "Costo per lead",
  "report.verdictMetric.roas": "ROAS",
  "report.basis.target": "il target del KPI",
  "report.basis.campaign": "il valore della campagna ponderato sulla spesa",
  "report.reason.scale":
    "{metric} {value} contro {reference}, {basis}: {gap} in meglio; quota dei risultati della campagna {results}, quota della spesa {spendShare}. Campione: {sample}.",
  "report.reason.keepAhead":
    "{metric} {value} contro {reference}, {basis}: {gap} in meglio, ma sotto la soglia del 20% necessaria per potenziare; quota della spesa {spendShare}. Campione: {sample}.",
  "report.reason.keepSmall":
    "{metric} {value} contro {reference}, {basis}: {gap} in meglio, ma la quota dei risultati della campagna ({results}) è sotto la soglia del 5% necessaria per potenziare. Campione: {sample}.",
  "report.reason.keepGuard":
    "{metric} {value} contro {reference}, {basis}: {gap} in meglio, ma il costo per conversione ({cpa}) è peggiore di {cpaReference} ({cpaGap} in peggio): meglio aspettare prima di potenziare. Campione: {sample}.",
  "report.reason.keepBehind":
    "{metric} {value} contro {reference}, {basis}: {gap} in peggio, ma sotto la soglia del 25% che fa scattare Rivedi; quota della spesa {spendShare} (meno del 10%). Campione: {sample}.",
  "report.reason.review":
    "{metric} {value} contro {reference}, {basis}: {gap} in peggio; quota della spesa {spendShare}. Campione: {sample}.",
  "report.reason.reviewSpend":
    "{metric} {value} contro {reference}, {basis}: {gap} in peggio; quota della spesa {spendShare}, cioè il 10% o più senza raggiungere il riferimento. Campione: {sample}.",
  "report.reason.reviewNoConversion":
    "Nessuna conversione a fronte di {cost} (quota della spesa {spendShare}), almeno tre volte il costo per conversione target ({reference}). Campione: {sample}.",
  "report.reason.reviewNothing":
    "{metric}: spesi {cost} (quota della spesa {spendShare}) senza alcun risultato per cui dividerli. Campione: {sample}.",
  "report.reason.tooLittleData": "Dati insufficienti: {sample}; ne servono {minimum}.",
  "report.reason.unpaid":
    "Nessun post a pagamento valido: i post in omaggio e quelli con costo o ricavi esclusi non contano per la valutazione.",

  // Counts with their noun: ".one" for 1, ".other" for any other count.
  "report.count.posts.one": "{count} post",
  "report.count.posts.other": "{count} post",
  "report.count.exposure.one": "{count} impression o visualizzazione",
  "report.count.exposure.other": "{count} impression o visualizzazioni",
  "report.count.conversions.one": "{count} conversione",
  "report.count.conversions.other": "{count} conversioni",
  "report.count.influencers.one": "{count} influencer",
  "report.count.influencers.other": "{count} influencer",
  "report.count.cells.one": "{count} cella",
  "report.count.cells.other": "{count} celle",
  "report.text": "{text}",

  // Engagement against published benchmarks.
  "report.benchmarkFormula.likesPerFollower": "Like ÷ follower",
  "report.benchmarkFormula.engagementsPerView": "Engagement ÷ visualizzazioni",
  "report.benchmarkSource.Instagram":
    "Modash, calcolatore del tasso di engagement (modash.io), Instagram, consultato nel 2025",
  "report.benchmarkSource.TikTok":
    "Modash, calcolatore del tasso di engagement (modash.io), TikTok, novembre 2025",
  "report.benchmark.likes":
    "Mediana, tra gli influencer, della mediana di like ÷ follower di ciascuno, su {influencers} ({posts}), come Modash misura un profilo. Non è il tasso di engagement del report, che conta anche commenti, condivisioni e salvataggi.",
  "report.benchmark.views":
    "Mediana, tra gli influencer, della mediana di engagement ÷ visualizzazioni di ciascuno, su {influencers} ({posts}), con lo stesso calcolo di Modash. I nostri engagement sono like, commenti, condivisioni e salvataggi.",
  "report.benchmark.tooFew":
    "Non confrontato: in questa fascia ci sono {influencers} ({posts}) e ne servono almeno 3 perché la fascia sia rappresentativa.",
  "report.benchmark.noLikes":
    "Non confrontabile: Modash divide i like per i follower e nessun post di questa fascia ha entrambi i dati.",
  "report.benchmark.noViews":
    "Non confrontabile: Modash divide gli engagement per le visualizzazioni e nessun post di questa fascia ha le visualizzazioni.",
  "report.benchmark.sponsored":
    "I post sponsorizzati di solito generano meno engagement della media del profilo, che è ciò che misurano questi benchmark: un post a pagamento sotto la fascia è normale.",

  // Insights: each appears only when its rule fires.
  "report.insight.landingPage":
    "Clic: {clicks}; conversioni: solo {conversions} ({rate}). I post portano traffico: controlla la landing page.",
  "report.insight.fewClicks":
    "Solo {clicks} clic su {exposure} impression o visualizzazioni (CTR {ctr}): i contenuti o il pubblico potrebbero non essere adatti all'offerta.",
  "report.insight.frequency":
    "Le impression sono {times}× la copertura ({impressions} contro {reach}): le persone hanno visto i post più di una volta, e questo aiuta a ricordare il brand.",
  "report.insight.bestWorst":
    "{metric}: il migliore è {best} ({bestValue}), il più debole {worst} ({worstValue}), tra {judged} con dati sufficienti.",
  "report.insight.bestWorstIn":
    "{campaign}, {metric}: il migliore è {best} ({bestValue}), il più debole {worst} ({worstValue}), tra {judged} con dati sufficienti.",
  "report.insight.tied": "{names} (a pari merito)",
  "report.insight.outlier":
    "Il post di {influencer} alla riga {row} si discosta dagli altri: CPE {cpe}, contro una mediana di {median} su {posts} di {platform}.",
  "report.insight.concentration":
    "{influencer} ha assorbito una quota della spesa pari a {share} ({cost} su {spend}): i risultati dipendono da un solo creator.",
  "report.insight.concentrationIn":
    "{influencer} ha assorbito una quota della spesa di {campaign} pari a {share} ({cost} su {spend}): i risultati della campagna dipendono da un solo creator.",
  "report.insight.paceAhead":
    "{campaign}: speso {spendShare} del budget di {budget}, trascorso {elapsed} del tempo. La spesa è in anticipo sul ritmo previsto.",
  "report.insight.paceBehind":
    "{campaign}: speso {spendShare} del budget di {budget}, trascorso {elapsed} del tempo. La spesa è in ritardo, con ancora {left} da investire.",
  "report.insight.overBudget":
    "{campaign} ha superato il budget: spesi {spend} a fronte di {budget}, cioè {over} in più.",
  "report.insight.pending":
    "Risultati ancora in attesa per {posts} ({outcomes}): le metriche escludono quei post finché i dati non arrivano.",
  "report.pending.part": "{outcome} per {count}",

  // The scorecard's notes.
  "report.scorecard.leftOutSame":
    "{posts} con celle escluse ({columns}): in qualunque modo le si legga, lo stato resterebbe {status}.",
  "report.scorecard.leftOutChanges":
    "{posts} con celle escluse ({columns}): se contate, lo stato potrebbe andare da {worst} a {best}. Correggile per valutare il KPI.",
  "report.scorecard.actualNotNumber":
    "Il valore attuale ({value}) non è un numero che il foglio possa contare: inseriscilo come numero per valutare il KPI.",
  "report.scorecard.ended":
    "{campaign} si è conclusa il {date}: il tempo trascorso conta come 100% e ormai solo risultati tardivi possono far avanzare i KPI.",
  "report.scorecard.budgetSpent":
    "{campaign} ha esaurito il budget ({spend} su {budget}): il tempo trascorso conta come 100% e ormai solo risultati tardivi possono far avanzare i KPI.",
  "report.scorecard.everyKpi": "Vale per tutti i KPI: {note}",
  "report.scorecard.everyKpiIn": "Vale per tutti i KPI di {campaign}: {note}",

  // Data issues. A cell's problem follows its column's label.
  "report.cleanUp": "Estensioni → Influencer KPIs → Sistema i numeri",
  "report.issue.noCampaign":
    "Campagna mancante: riga esclusa dal report. Inserisci la campagna a cui appartiene.",
  "report.issue.noCampaignAll":
    "Campagna mancante: la riga conta nei totali di tutte le campagne, ma non nei dati di nessuna campagna. Inserisci la campagna a cui appartiene.",
  "report.issue.noDate":
    "Data del post mancante: riga esclusa dal report, che copre il periodo {range}.",
  "report.issue.notDate": "non valida: riga esclusa dal report, che copre il periodo {range}.",
  "report.issue.text":
    "è un testo che si legge come {reading}: le somme del foglio ignorano il testo, quindi il valore è escluso. {action} lo trasforma in quel numero.",
  "report.issue.ambiguous":
    "è un testo che si può leggere come {first} o come {second}: escluso finché non inserisci il numero che intendi.",
  "report.issue.currency":
    "in {typed}, mentre il foglio usa {currency}: importo escluso dai totali finché non inserisci in Impostazioni un tasso di cambio per questa valuta.",
  "report.issue.currencyFormat":
    "formattato in {typed} (formato numerico della cella), mentre il foglio usa {currency}: importo escluso dai totali finché non inserisci in Impostazioni un tasso di cambio per questa valuta.",
  "report.issue.currencyColumn":
    "in {typed} secondo la Valuta della riga, mentre il foglio usa {currency}: importo escluso dai totali finché non inserisci in Impostazioni un tasso di cambio per questa valuta.",
  "report.issue.currencyClash":
    "formattato in {format} (formato numerico della cella), mentre la Valuta della riga indica {row}: importo escluso finché le due valute non coincidono. Formatta la cella in {row} oppure cambia la Valuta della riga.",
  "report.rates.twice":
    "{currency} ha più di un tasso nella tabella Tassi di cambio in Impostazioni (riga {line}): gli importi in {currency} restano esclusi finché non ne ha uno solo.",
  "report.rates.noRate":
    "{currency} non ha un tasso maggiore di 0 nella tabella Tassi di cambio in Impostazioni (riga {line}): gli importi in {currency} restano esclusi.",
  "report.rates.notCurrency":
    '"{text}" nella tabella Tassi di cambio in Impostazioni (riga {line}) non è un codice valuta: inseriscine uno come EUR.',
  "report.issue.unreadable": "{problem}: valore escluso.",
  "report.issue.flagged": "con segnalazione del foglio ({reason})",
  "report.issue.spaces": "contiene solo spazi, che Fogli considera testo e non una cella vuota",
  "report.issue.negative":
    "è negativo ({value}): contato così com'è, come fanno le somme del foglio, anche se non può essere inferiore a zero.",
  "report.issue.costBased":
    "{problem} Il post resta fuori da CPM, CPE, CPC, costo per conversione, ROAS, ROI e dalle valutazioni.",
  "report.issue.pending":
    "Risultati in attesa ({outcomes}): vuoti in un post con impression o visualizzazioni, quindi le metriche lo escludono finché non arrivano.",
  "report.issue.noInfluencer":
    "Influencer e nome utente mancanti: riga inclusa nei totali, ma non nella ripartizione per influencer.",
  "report.issue.noPlatform":
    "Piattaforma mancante: riga inclusa nei totali, ma non nella ripartizione per piattaforma.",
  "report.issue.noFollowers":
    "Numero di follower mancante: riga inclusa nei totali, ma non nella ripartizione per fascia né nei benchmark.",

  // Definitions.
  "report.define.status":
    "Stato: Raggiunto al 100% di avanzamento, dove avanzamento = (valore attuale − valore iniziale) ÷ (valore target − valore iniziale); Non raggiunto se la scadenza passa prima di arrivarci; altrimenti In linea finché l'avanzamento tiene il passo con il tempo trascorso tra inizio e scadenza, A rischio quando resta indietro. Quando l'attività di una campagna è finita (data di fine superata, o spesa arrivata al budget), il tempo trascorso conta come 100%. Verifica i dati: il KPI non si può calcolare, oppure celle escluse potrebbero cambiarne lo stato (viene valutato con la loro lettura migliore e con quella peggiore). In corso: manca l'inizio o la scadenza su cui basare la valutazione.",
  "report.define.suggestion":
    "Mantieni, Potenzia o Rivedi, all'interno di una sola campagna, in base alla metrica del suo obiettivo: costo per 1.000 persone raggiunte (copertura, altrimenti visualizzazioni) per obiettivi di pubblico, notorietà e SEO; costo per engagement per obiettivi di engagement, sentiment, contenuti e gestione degli influencer; costo per conversione o per lead per obiettivi di conversione e di lead; ROAS per le vendite, con il costo per conversione come controllo. Il ROI non è mai il metro di giudizio al di fuori delle vendite. Il riferimento è il target del KPI, se il framework ne ha uno, altrimenti il valore della campagna ponderato sulla spesa (costo totale ÷ risultati totali). Potenzia: almeno il 20% meglio e almeno il 5% dei risultati della campagna (o 20 conversioni). Rivedi: almeno il 25% peggio, oppure almeno il 10% della spesa senza raggiungere il riferimento. Mantieni: nei casi intermedi. Dati insufficienti: meno di 3 post a pagamento, di 1.000 impression o visualizzazioni, o di 10 conversioni dietro un costo per conversione o un ROAS; ma nessuna conversione dopo una spesa pari ad almeno tre volte il costo per conversione target porta a Rivedi. Non contano i post in omaggio né quelli con costo o ricavi esclusi.",
  "report.define.noGoal":
    "Le campagne senza framework KPI non ricevono Mantieni, Potenzia o Rivedi: senza un obiettivo non c'è un metro di giudizio.",
  "report.define.engagementRate":
    "Tasso di engagement = engagement ÷ {base} (la base scelta in Impostazioni).",
  "report.define.benchmarks":
    "I benchmark sono dati pubblicati, utili solo come confronto. Differiscono soprattutto per la formula, quindi ognuno viene confrontato secondo la propria formula, con fonte e anno, e mai con il tasso di engagement del report. Un solo metodo su ogni piattaforma: la mediana dei post di ciascun influencer, poi la mediana degli influencer di una fascia di follower su una piattaforma, confrontata solo con almeno 3 influencer.",
  "report.define.rates":
    "Importi in un'altra valuta: un costo o un ricavo in un'altra valuta (la Valuta della riga, altrimenti il formato della cella) viene convertito al tasso di quella valuta nella tabella Tassi di cambio in Impostazioni: il tasso indicato lì per la sua campagna, altrimenti quello valido per tutte le campagne, qualunque sia la data del post (un tasso inserito a mano resta invariato; una formula GOOGLEFINANCE segue il mercato). L'importo nella cella non cambia mai. Senza un tasso viene escluso ed elencato.",
  "report.define.insights":
    "Gli insight compaiono solo quando scatta la relativa regola: tasso di conversione < {conversionRate} su almeno {clicks} clic; CTR < {ctr} su almeno {exposure} impression; impression ≥ {frequency}× la copertura; influencer migliore e più debole solo tra quelli con dati sufficienti; un influencer con il {concentration} o più della spesa di una campagna e oltre il doppio di una ripartizione uniforme; spesa in anticipo sul tempo trascorso di almeno {ahead}, o in ritardo di almeno {behind}; spesa oltre il budget; risultati ancora in attesa; CPE di un post > {factor}× la mediana dei post della stessa piattaforma o < 1/{factor} della mediana (con almeno {posts} post a pagamento sulla piattaforma).",
  "report.define.issues":
    "Solo numeri: un numero conta, una cella vuota è vuota e tutto il resto è escluso, come fa SOMMA di Fogli con il testo: testo (anche quello che sembra un numero, come 12,5K), importi in un'altra valuta (scritti o indicati dal formato numerico della cella) e celle segnalate dal foglio. Ognuno è elencato in Problemi nei dati. Un post con costo o ricavi esclusi resta fuori da tutte le metriche basate sul costo; uno con una parte degli engagement esclusa non ha engagement.",
  "report.define.pending":
    "In attesa: clic, conversioni, ordini o ricavi vuoti in un post che ha impression o visualizzazioni non sono ancora arrivati e non valgono zero: il post resta fuori dalle metriche che li usano finché non arrivano.",
  "report.define.funnel":
    "Funnel: impression (o visualizzazioni) → clic → conversioni → ordini, con il tasso di ogni fase calcolato sui post i cui risultati sono arrivati. Gli engagement stanno accanto: un like non è un passo verso un clic.",
  "report.define.tiers":
    "Fasce per numero di follower, come definite in Impostazioni: {emerging} sotto {nano}; {nanoTier} da {nano}; {microTier} da {micro}; {macroTier} da {macro}; {megaTier} da {mega}.",
  "report.define.pooled":
    "Le ripartizioni per piattaforma e per fascia mettono insieme campagne con obiettivi diversi ({goals}): valuta gli influencer all'interno della loro campagna, come fa la ripartizione per influencer.",
} as const;
