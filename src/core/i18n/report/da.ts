/** The report model's texts in Danish: a translation of en.ts, key by key. */
export const daReport = {
  // Why no report could be made: each says what to change.
  "report.problem.noRows":
    "{sheet} har endnu ingen opslag: tilføj én række pr. opslag, og lav så rapporten igen.",
  "report.problem.noCampaign":
    '{sheet} har ingen opslag for "{campaign}": tjek navnet i kolonnen Kampagne, eller vælg en anden kampagne.',
  "report.problem.noPostsInRange":
    '"{campaign}" har ingen opslag i perioden {range}: udvid perioden, eller vælg en anden kampagne.',
  "report.problem.noPostsInRangeAll": "Der er ingen opslag i perioden {range}: udvid perioden.",
  "report.problem.noneUsable":
    "Ingen af rapportens rækker kan bruges ({rows} i alt): hver af dem mangler kampagne eller opslagsdato. Udfyld dem i {sheet}.",
  "report.problem.rangeReversed":
    "Rapporten slutter ({to}), før den begynder ({from}): byt om på de to datoer.",
  "report.problem.notDate": '"{date}" er ikke en dato: vælg rapportens datoer igen.',

  // The headline: every status counted, spend against budget, then the main outcome.
  "report.headline.none":
    "Ingen KPI-ramme for denne kampagne endnu: rapporten viser kun nøgletallene.",
  "report.headline.kpis": "KPI'er: {statuses}.",
  "report.headline.met": "{met} af {total} nået",
  "report.headline.onTrack": "{count} på rette spor",
  "report.headline.atRisk": "{count} i risiko",
  "report.headline.missed": "{count} ikke nået",
  "report.headline.checkInputs": "{count} skal tjekkes",
  "report.headline.inProgress": "{count} endnu ikke vurderet",
  "report.headline.spend": "Brugt {spend} af budgettet på {budget} ({share}).",
  "report.headline.overBudget":
    "Budgettet er overskredet: {spend} brugt af et budget på {budget}, {over} for meget.",
  "report.headline.noBudget": "Brugt {spend}; KPI-rammen angiver intet budget.",
  "report.headline.sales": "Omsætning {revenue} med en ROAS på {roas}.",
  "report.headline.conversions": "Konverteringer: {conversions}, til {cpa} pr. stk.",
  "report.headline.leads": "Leads: {leads}, til {cpl} pr. stk.",
  "report.headline.reach":
    "Rækkevidde summeret over opslag: {reach}; eksponeringer eller visninger: {impressions}.",
  "report.headline.engagement": "Engagementer: {engagements}; engagementsrate {rate}.",
  "report.headline.all": "Omsætning {revenue}; konverteringer: {conversions}.",

  // The formula each headline figure uses (shown beside its name, and in the definitions).
  "report.formula.spend":
    "Sum af omkostninger: kun tal, som trackerens totalrække lægger dem sammen (tekst og andre valutaer er udeladt)",
  "report.formula.impressions":
    "Sum af eksponeringer; er eksponeringer tomme for et opslag, tælles dets visninger",
  "report.formula.views": "Sum af visninger",
  "report.formula.reach":
    "Sum af hvert opslags rækkevidde: en person, der nås af to opslag, tælles to gange, så det er ikke unik rækkevidde",
  "report.formula.engagements":
    "Likes + kommentarer + delinger + gemninger; et opslag, hvor én af dem er udeladt, får ingen engagementer",
  "report.formula.clicks": "Sum af klik",
  "report.formula.conversions": "Sum af konverteringer",
  "report.formula.orders": "Sum af ordrer",
  "report.formula.revenue": "Sum af omsætning",
  "report.formula.aov":
    "Omsætning ÷ ordrer, for opslag, hvor hverken omsætning eller ordrer afventes",
  "report.formula.emv":
    "Eksponeringer ÷ 1.000 × platformens CPM fra Indstillinger, lagt sammen for alle opslag",
  "report.formula.cpm":
    "Omkostning ÷ eksponeringer × 1.000, for opslag, hvor både omkostning og omsætning tæller med",
  "report.formula.cpe":
    "Omkostning ÷ engagementer, for opslag, hvor både omkostning og omsætning tæller med",
  "report.formula.ctr": "Klik ÷ eksponeringer, for opslag, hvor klikkene er kommet ind",
  "report.formula.conversionRate":
    "Konverteringer ÷ klik, for opslag, hvor begge dele er kommet ind",
  "report.formula.roas":
    "Omsætning ÷ omkostning, for opslag, hvor både omkostning og omsætning tæller med, og omsætningen er kommet ind",
  "report.formula.roi": "(Omsætning − omkostning) ÷ omkostning, over de samme opslag som ROAS",

  // Keep, scale or review: the yardstick, the reference, and why.
  "report.verdictMetric.costPerReach": "Pris pr. 1.000 nåede personer",
  "report.verdictMetric.cpe": "CPE",
  "report.verdictMetric.cpa": "Pris pr. konvertering",
  "report.verdictMetric.cpl": "Pris pr. lead",
  "report.verdictMetric.roas": "ROAS",
  "report.basis.target": "KPI'ens målværdi",
  "report.basis.campaign": "kampagnens forbrugsvægtede værdi",
  "report.reason.scale":
    "{metric} {value} mod {reference}, {basis}: {gap} bedre, med {results} af kampagnens resultater for {spendShare} af forbruget. Datagrundlag: {sample}.",
  "report.reason.keepAhead":
    "{metric} {value} mod {reference}, {basis}: {gap} bedre, men ikke de 20 %, der skal til for at skalere; {spendShare} af forbruget. Datagrundlag: {sample}.",
  "report.reason.keepSmall":
    "{metric} {value} mod {reference}, {basis}: {gap} bedre, men {results} af kampagnens resultater er under de 5 %, der skal til for at skalere. Datagrundlag: {sample}.",
  "report.reason.keepGuard":
    "{metric} {value} mod {reference}, {basis}: {gap} bedre, men prisen pr. konvertering på {cpa} er {cpaGap} dårligere end {cpaReference}: vent med at skalere. Datagrundlag: {sample}.",
  "report.reason.keepBehind":
    "{metric} {value} mod {reference}, {basis}: {gap} dårligere, men ikke de 25 %, der udløser en revurdering, og kun {spendShare} af forbruget (under 10 %). Datagrundlag: {sample}.",
  "report.reason.review":
    "{metric} {value} mod {reference}, {basis}: {gap} dårligere, for {spendShare} af forbruget. Datagrundlag: {sample}.",
  "report.reason.reviewSpend":
    "{metric} {value} mod {reference}, {basis}: {gap} dårligere, for {spendShare} af forbruget – 10 % eller mere, uden at referencen nås. Datagrundlag: {sample}.",
  "report.reason.reviewNoConversion":
    "Ingen konverteringer for {cost} ({spendShare} af forbruget), mindst tre gange målprisen pr. konvertering ({reference}). Datagrundlag: {sample}.",
  "report.reason.reviewNothing":
    "{metric}: {cost} brugt ({spendShare} af forbruget) uden noget at dividere med. Datagrundlag: {sample}.",
  "report.reason.tooLittleData": "For få data: {sample}; der skal {minimum} til.",
  "report.reason.unpaid":
    "Ingen betalte opslag, der tæller med: gaveopslag og opslag, hvor omkostning eller omsætning er udeladt, indgår ikke i vurderingen.",

  // Counts with their noun: ".one" for 1, ".other" for any other count.
  "report.count.posts.one": "{count} opslag",
  "report.count.posts.other": "{count} opslag",
  "report.count.exposure.one": "{count} eksponering eller visning",
  "report.count.exposure.other": "{count} eksponeringer eller visninger",
  "report.count.conversions.one": "{count} konvertering",
  "report.count.conversions.other": "{count} konverteringer",
  "report.count.influencers.one": "{count} influencer",
  "report.count.influencers.other": "{count} influencere",
  "report.count.cells.one": "{count} celle",
  "report.count.cells.other": "{count} celler",
  "report.text": "{text}",

  // Engagement against published benchmarks.
  "report.benchmarkFormula.likesPerFollower": "Likes ÷ følgere",
  "report.benchmarkFormula.engagementsPerView": "Engagementer ÷ visninger",
  "report.benchmarkSource.Instagram":
    "Modash, engagementsrateberegner (modash.io), Instagram, hentet 2025",
  "report.benchmarkSource.TikTok":
    "Modash, engagementsrateberegner (modash.io), TikTok, november 2025",
  "report.benchmark.likes":
    "Medianen af hver influencers median af likes ÷ følgere, for {influencers} ({posts}), sådan som Modash måler en profil. Ikke rapportens engagementsrate, som også tæller kommentarer, delinger og gemninger.",
  "report.benchmark.views":
    "Medianen af hver influencers median af engagementer ÷ visninger, for {influencers} ({posts}), som Modash beregner det. Vores engagementer er likes, kommentarer, delinger og gemninger.",
  "report.benchmark.tooFew":
    "Ikke sammenlignet: {influencers} i dette følgerinterval ({posts}), og der skal mindst 3 til, før intervallet er repræsentativt.",
  "report.benchmark.noLikes":
    "Kan ikke sammenlignes: Modash dividerer likes med følgere, og intet opslag i dette følgerinterval har begge dele.",
  "report.benchmark.noViews":
    "Kan ikke sammenlignes: Modash dividerer engagementer med visninger, og intet opslag i dette følgerinterval har visninger.",
  "report.benchmark.sponsored":
    "Sponsorerede opslag får som regel mindre engagement end profilens gennemsnit, som er det, disse benchmarks måler: at et betalt opslag ligger under intervallet, er helt almindeligt.",

  // Insights: each appears only when its rule fires.
  "report.insight.landingPage":
    "{clicks} klik, hvoraf kun {conversions} konverterede ({rate}): opslagene skaber trafik, så tjek landingssiden.",
  "report.insight.fewClicks":
    "Kun {clicks} klik ud af {exposure} eksponeringer eller visninger (CTR {ctr}): indholdet eller målgruppen passer måske ikke til tilbuddet.",
  "report.insight.frequency":
    "Eksponeringerne er {times} gange rækkevidden ({impressions} mod {reach}): folk så opslagene mere end én gang, hvilket hjælper dem med at huske brandet.",
  "report.insight.bestWorst":
    "{metric}: bedst {best} ({bestValue}), svagest {worst} ({worstValue}), blandt {judged} med nok data.",
  "report.insight.bestWorstIn":
    "{campaign}, {metric}: bedst {best} ({bestValue}), svagest {worst} ({worstValue}), blandt {judged} med nok data.",
  "report.insight.tied": "{names} (samme værdi)",
  "report.insight.outlier":
    "Opslaget fra {influencer} i række {row} skiller sig ud: CPE {cpe} mod en median på {median} for {posts} på {platform}.",
  "report.insight.concentration":
    "{influencer} stod for {share} af forbruget ({cost} af {spend}): resultaterne hviler på én influencer.",
  "report.insight.concentrationIn":
    "{influencer} stod for {share} af forbruget i {campaign} ({cost} af {spend}): kampagnens resultater hviler på én influencer.",
  "report.insight.paceAhead":
    "{campaign} har brugt {spendShare} af sit budget på {budget}, mens {elapsed} af perioden er gået: foran tidsplanen.",
  "report.insight.paceBehind":
    "{campaign} har brugt {spendShare} af sit budget på {budget}, mens {elapsed} af perioden er gået: bagud i forhold til tidsplanen, med {left} endnu ikke brugt.",
  "report.insight.overBudget":
    "{campaign} har overskredet budgettet: {spend} brugt af {budget}, {over} for meget.",
  "report.insight.pending":
    "Der mangler stadig resultater for {posts} ({outcomes}): nøgletallene udelader de opslag, indtil resultaterne kommer ind.",
  "report.pending.part": "{outcome} for {count}",

  // The scorecard's notes.
  "report.scorecard.leftOutSame":
    "{posts} med udeladte celler ({columns}): uanset hvordan de læses, ville status stadig være {status}.",
  "report.scorecard.leftOutChanges":
    "{posts} med udeladte celler ({columns}): talt med kunne de give alt fra {worst} til {best}. Ret dem for at kunne vurdere KPI'en.",
  "report.scorecard.actualNotNumber":
    "Den faktiske værdi ({value}) er ikke et tal, arket kan tælle: indtast den som et tal for at vurdere KPI'en.",
  "report.scorecard.ended":
    "{campaign} sluttede {date}: den forløbne tid tæller som 100 %, og kun sene resultater kan stadig flytte KPI'erne.",
  "report.scorecard.budgetSpent":
    "{campaign} har brugt sit budget ({spend} af {budget}): den forløbne tid tæller som 100 %, og kun sene resultater kan stadig flytte KPI'erne.",
  "report.scorecard.everyKpi": "Gælder alle KPI'er: {note}",
  "report.scorecard.everyKpiIn": "Gælder alle KPI'er i {campaign}: {note}",

  // Data issues. A cell's problem follows its column's label.
  "report.cleanUp": "Udvidelser → Influencer KPIs → Ryd op i tal",
  "report.issue.noCampaign":
    "Ingen kampagne: udeladt af rapporten. Angiv den kampagne, rækken hører til.",
  "report.issue.noCampaignAll":
    "Ingen kampagne: talt med i totalerne for alle kampagner, men ikke i nogen kampagnes egne tal. Angiv den kampagne, rækken hører til.",
  "report.issue.noDate": "Ingen opslagsdato: udeladt af rapporten, som dækker {range}.",
  "report.issue.notDate": "er ikke en dato: udeladt af rapporten, som dækker {range}.",
  "report.issue.text":
    "er tekst, der læses som {reading}: arkets summer springer tekst over, så cellen er udeladt. {action} laver den om til tallet.",
  "report.issue.ambiguous":
    "er tekst, der kan læses som {first} eller {second}: udeladt, indtil du skriver det tal, du mener.",
  "report.issue.currency":
    "er skrevet i {typed}, men arket regner i {currency}: udeladt af totalerne, indtil du angiver en kurs for valutaen i Indstillinger.",
  "report.issue.currencyFormat":
    "er formateret som {typed} (cellens talformat), men arket regner i {currency}: udeladt af totalerne, indtil du angiver en kurs for valutaen i Indstillinger.",
  "report.issue.currencyColumn":
    "er i {typed} ifølge rækkens Valuta, men arket regner i {currency}: udeladt af totalerne, indtil du angiver en kurs for valutaen i Indstillinger.",
  "report.issue.currencyClash":
    "er formateret som {format} (cellens talformat), men rækkens Valuta er {row}: udeladt, indtil de to stemmer overens. Formatér cellen i {row}, eller ret rækkens Valuta.",
  "report.rates.twice":
    "{currency} har mere end én kurs under Valutakurser i Indstillinger (linje {line}): beløb i {currency} udelades, indtil der kun er én.",
  "report.rates.noRate":
    "{currency} har ingen kurs over 0 under Valutakurser i Indstillinger (linje {line}): beløb i {currency} udelades.",
  "report.rates.notCurrency":
    '"{text}" under Valutakurser i Indstillinger (linje {line}) er ikke en valutakode: skriv en kode som EUR.',
  "report.issue.unreadable": "{problem}: udeladt.",
  "report.issue.flagged": "er markeret af arket ({reason})",
  "report.issue.spaces": "indeholder kun mellemrum, som Sheets regner for tekst, ikke en tom celle",
  "report.issue.negative":
    "er negativ ({value}): talt med som skrevet, ligesom arkets summer tæller den, selv om værdien ikke kan være under nul.",
  "report.issue.costBased":
    "{problem} Opslaget holdes ude af CPM, CPE, CPC, pris pr. konvertering, ROAS, ROI og vurderingerne.",
  "report.issue.pending":
    "Resultater mangler endnu ({outcomes}): tomme på et opslag med eksponeringer eller visninger, så nøgletallene udelader det, indtil de kommer ind.",
  "report.issue.noInfluencer":
    "Ingen influencer eller brugernavn: talt med i totalerne, men ikke i opdelingen pr. influencer.",
  "report.issue.noPlatform":
    "Ingen platform: talt med i totalerne, men ikke i opdelingen pr. platform.",
  "report.issue.noFollowers":
    "Intet antal følgere: talt med i totalerne, men ikke i opdelingen pr. niveau eller i benchmarks.",

  // Definitions.
  "report.define.status":
    "Status: Nået ved 100 % fremdrift, hvor fremdrift = (faktisk værdi − udgangsværdi) ÷ (målværdi − udgangsværdi); Ikke nået, når fristen er passeret under 100 %; ellers På rette spor, så længe fremdriften følger med den tid, der er gået mellem start og frist, og I risiko, når den halter bagefter. Når en kampagne er slut (slutdatoen er passeret, eller forbruget har nået budgettet), tæller den forløbne tid som 100 %. Tjek input: KPI'en kan ikke beregnes, eller udeladte celler kan ændre dens status (den vurderes med cellerne læst både bedst og værst muligt). I gang: der er ingen start eller frist at vurdere ud fra.",
  "report.define.suggestion":
    "Behold, skalér eller revurdér, inden for én kampagne, efter det nøgletal, kampagnens mål sigter mod: pris pr. 1.000 nåede personer (rækkevidde, ellers visninger) for mål om målgruppe, kendskab og SEO; pris pr. engagement for mål om engagement, omdømme, indhold og influencerstyring; pris pr. konvertering eller lead for konverterings- og leadmål; ROAS for salg, med pris pr. konvertering som kontrol. ROI er aldrig målestokken uden for salg. Referencen er KPI'ens målværdi, hvor rammen har en, ellers kampagnens forbrugsvægtede værdi (samlet omkostning ÷ samlede resultater). Skalér: mindst 20 % bedre og mindst 5 % af kampagnens resultater (eller 20 konverteringer). Revurdér: mindst 25 % dårligere, eller mindst 10 % af forbruget uden at nå referencen. Behold: alt derimellem. For få data: under 3 betalte opslag, 1.000 eksponeringer eller visninger, eller 10 konverteringer bag en pris pr. konvertering eller ROAS; men ingen konverteringer efter et forbrug på tre gange målprisen pr. konvertering giver Revurdér. Gaveopslag og opslag, hvor omkostning eller omsætning er udeladt, tæller ikke med.",
  "report.define.noGoal":
    "Kampagner uden KPI-ramme får ingen anbefaling om at beholde, skalere eller revurdere: uden et mål er der ingen målestok.",
  "report.define.engagementRate":
    "Engagementsrate = engagementer ÷ {base} (grundlaget, der er valgt i Indstillinger).",
  "report.define.benchmarks":
    "Benchmarks er offentliggjorte tal, kun til sammenligning. De adskiller sig mest ved formlen, så hver sammenlignes efter sin egen formel, med kilde og år, og aldrig med rapportens engagementsrate. Én metode på alle platforme: hver influencers median på tværs af egne opslag, derefter medianen af influencerne i et følgerinterval på en platform, og kun sammenlignet med mindst 3 influencere.",
  "report.define.rates":
    "Beløb i en anden valuta: en omkostning eller omsætning i en anden valuta (rækkens Valuta, ellers cellens format) omregnes efter valutaens kurs under Valutakurser i Indstillinger – den kurs, der står dér for kampagnen, ellers den, der gælder for alle kampagner, uanset opslagsdato (en indtastet kurs ligger fast; en GOOGLEFINANCE-formel følger markedet). Beløbet i cellen ændres aldrig. Uden en kurs udelades det og oplistes.",
  "report.define.insights":
    "Indsigter vises kun, når deres regel slår til: under {conversionRate} af mindst {clicks} klik konverterer; CTR under {ctr} over mindst {exposure} eksponeringer; eksponeringer på mindst {frequency} gange rækkevidden; bedste og svageste influencer kun blandt dem med nok data; én influencer med {concentration} eller mere af en kampagnes forbrug og over det dobbelte af en ligelig fordeling; forbrug foran den forløbne tid med {ahead} eller mere, eller bagud med {behind} eller mere; forbrug over budget; resultater, der stadig afventer; et opslags CPE over {factor} gange medianen for opslagene på samme platform eller under 1/{factor} af den (fra {posts} betalte opslag på platformen).",
  "report.define.issues":
    "Kun tal: et tal tæller, en tom celle er tom, og alt andet udelades, ligesom Sheets' SUM springer tekst over: tekst (også tekst, der ligner et tal, som 12,5K), beløb i en anden valuta (skrevet eller angivet af cellens talformat) og celler markeret af arket. Hver af dem vises under Dataproblemer. Et opslag, hvor omkostning eller omsætning er udeladt, holdes ude af alle omkostningsbaserede nøgletal; et opslag, hvor en del af engagementerne er udeladt, har ingen engagementer.",
  "report.define.pending":
    "Afventende: tomme klik, konverteringer, ordrer eller omsætning på et opslag med eksponeringer eller visninger er endnu ikke kommet ind og er ikke nul: opslaget holdes ude af de nøgletal, der bruger dem, indtil de kommer ind.",
  "report.define.funnel":
    "Tragt: eksponeringer (eller visninger) → klik → konverteringer → ordrer, hvert trins rate for de opslag, hvis resultater er kommet ind. Engagementer står ved siden af: et like er ikke et skridt mod et klik.",
  "report.define.tiers":
    "Niveauer efter følgere, som Indstillinger angiver dem: {emerging} under {nano}; {nanoTier} fra {nano}; {microTier} fra {micro}; {macroTier} fra {macro}; {megaTier} fra {mega}.",
  "report.define.pooled":
    "Opdelingerne pr. platform og niveau samler kampagner med forskellige mål ({goals}): vurdér influencere inden for deres kampagne, som opdelingen pr. influencer gør.",
} as const;
