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

  // The headline: did we hit the goal?
  "report.headline.none":
    "Ingen KPI-ramme for denne kampagne endnu: rapporten viser kun nøgletallene.",
  "report.headline.allMet": "Alle KPI'er er nået ({total} af {total}).",
  "report.headline.onTrack": "{met} af {total} KPI'er er nået, resten er på rette spor.",
  "report.headline.behind":
    "{met} af {total} KPI'er er nået, {atRisk} er i risiko, {missed} er ikke nået.",
  "report.headline.open":
    "{met} af {total} KPI'er er nået, {onTrack} er på rette spor, {open} er endnu ikke vurderet (se KPI-oversigten).",

  // The formula each headline figure uses (shown beside its name, and in the definitions).
  "report.formula.spend": "Sum af omkostninger",
  "report.formula.impressions":
    "Sum af eksponeringer; for et opslag uden eksponeringer tælles visningerne",
  "report.formula.views": "Sum af visninger",
  "report.formula.reach":
    "Sum af hvert opslags rækkevidde (en person, der nås af to opslag, tælles to gange)",
  "report.formula.engagements": "Likes + kommentarer + delinger + gemninger",
  "report.formula.clicks": "Sum af klik",
  "report.formula.conversions": "Sum af konverteringer",
  "report.formula.revenue": "Sum af omsætning",
  "report.formula.emv":
    "Eksponeringer ÷ 1.000 × platformens CPM fra Indstillinger, lagt sammen for alle opslag",
  "report.formula.cpm": "Omkostning ÷ eksponeringer × 1.000",
  "report.formula.cpe": "Omkostning ÷ engagementer",
  "report.formula.ctr": "Klik ÷ eksponeringer",
  "report.formula.conversionRate": "Konverteringer ÷ klik",
  "report.formula.roas": "Omsætning ÷ omkostning",
  "report.formula.roi": "(Omsætning − omkostning) ÷ omkostning",

  // Keep, scale or review, and why.
  "report.reason.scale":
    "ROI {roi}, over medianen på {medianRoi}; CPE {cpe}, under medianen på {medianCpe}.",
  "report.reason.review": "ROI {roi}, under nul; CPE {cpe}, over medianen på {medianCpe}.",
  "report.reason.keep":
    "ROI {roi} (median {medianRoi}), CPE {cpe} (median {medianCpe}): hverken klart bedre eller dårligere end de andre.",
  "report.reason.tooLittleData": "{posts} opslag: der skal mindst {min} til en vurdering.",

  // Engagement against published benchmarks.
  "report.benchmarkFormula.likesPerFollower": "Likes ÷ følgere",
  "report.benchmarkFormula.engagementsPerView": "Engagementer ÷ visninger",
  "report.benchmark.likes":
    "Likes ÷ følgere, medianen over {posts} opslag, ligesom Modash dividerer hver profils medianantal likes med profilens følgere. Ikke rapportens engagementsrate, som også tæller kommentarer, delinger og gemninger.",
  "report.benchmark.views":
    "Engagementer ÷ visninger over {posts} opslag, som Modash beregner det. Vores engagementer er likes, kommentarer, delinger og gemninger.",
  "report.benchmark.noLikes":
    "Kan ikke sammenlignes: Modash dividerer likes med følgere, og intet opslag i dette følgerinterval har begge dele.",
  "report.benchmark.noViews":
    "Kan ikke sammenlignes: Modash dividerer engagementer med visninger, og intet opslag i dette følgerinterval har visninger.",

  // Insights: each appears only when its rule fires.
  "report.insight.landingPage":
    "{clicks} klik, men kun {conversions} konverteringer ({rate}): opslagene skaber trafik, så tjek landingssiden.",
  "report.insight.fewClicks":
    "Kun {clicks} klik ud af {exposure} eksponeringer eller visninger (CTR {ctr}): indholdet eller målgruppen passer måske ikke til tilbuddet.",
  "report.insight.frequency":
    "Eksponeringerne er {times} gange rækkevidden ({impressions} mod {reach}): folk så opslagene mere end én gang, hvilket hjælper dem med at huske brandet.",
  "report.insight.roi": "Bedste afkast: {best}, ROI {bestRoi}. Svageste: {worst}, ROI {worstRoi}.",
  "report.insight.cpe":
    "Billigste engagement: {best}, CPE {bestCpe}. Dyreste: {worst}, CPE {worstCpe}.",
  "report.insight.outlier":
    "Opslaget fra {influencer} i række {row} skiller sig ud: CPE {cpe} mod en median på {median} over {posts} opslag.",

  // Data issues. A cell's problem follows its column's label.
  "report.issue.noCampaign":
    "Ingen kampagne: udeladt af rapporten. Angiv den kampagne, rækken hører til.",
  "report.issue.noDate": "Ingen opslagsdato: udeladt af rapporten, som dækker {range}.",
  "report.issue.notDate": "er ikke en dato: udeladt af rapporten, som dækker {range}.",
  "report.issue.currency":
    "er skrevet i {typed}, men arket regner i {currency}: udeladt af totalerne.",
  "report.issue.flagged": "er markeret af arket ({reason}): udeladt af totalerne.",
  "report.issue.noInfluencer":
    "Ingen influencer eller brugernavn: talt med i totalerne, men ikke i opdelingen pr. influencer.",
  "report.issue.noPlatform":
    "Ingen platform: talt med i totalerne, men ikke i opdelingen pr. platform.",
  "report.issue.noFollowers":
    "Intet antal følgere: talt med i totalerne, men ikke i opdelingen pr. niveau eller i benchmarks.",

  // Definitions.
  "report.define.status":
    "Status: Nået ved 100 % fremdrift, hvor fremdrift = (faktisk værdi − udgangsværdi) ÷ (målværdi − udgangsværdi); Ikke nået, når fristen er passeret uden; ellers På rette spor, så længe fremdriften følger med den tid, der er gået mellem start og frist, og I risiko, når den halter bagefter. Tjek input: et input mangler eller kunne ikke læses. I gang: der er ingen start eller frist at vurdere ud fra.",
  "report.define.suggestion":
    "Behold, skalér eller revurdér (en tommelfingerregel at starte med): skalér, når en influencers ROI er over medianen for rapportens influencere og CPE under medianen; revurdér, når ROI er under nul og CPE over medianen; behold ellers. Færre end {min} opslag: for få data.",
  "report.define.engagementRate":
    "Engagementsrate = engagementer ÷ {base} (grundlaget, der er valgt i Indstillinger).",
  "report.define.benchmarks":
    "Benchmarks er offentliggjorte tal, kun til sammenligning. De adskiller sig mest ved formlen, så hver sammenlignes efter sin egen formel, med kilde og år, og aldrig med rapportens engagementsrate.",
  "report.define.insights":
    "Indsigter vises kun, når deres regel slår til: under {conversionRate} af mindst {clicks} klik konverterer; CTR under {ctr} over mindst {exposure} eksponeringer; eksponeringer på mindst {frequency} gange rækkevidden; et opslags CPE over {factor} gange opslagenes median eller under 1/{factor} af den (fra {posts} opslag).",
  "report.define.issues":
    "Celler, der ikke kunne læses, og beløb skrevet i en anden valuta er udeladt af totalerne og vist under Dataproblemer.",
  "report.define.textNumbers":
    "{count} celler skrevet som tekst (f.eks. 12,5K) er talt med, sådan som trackerens egne kolonner tæller dem; arkets SUM-totaler udelader dem.",
} as const;
