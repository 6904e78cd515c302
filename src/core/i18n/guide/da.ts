/** The help page on the KPI framework in Danish: a translation of en.ts, key by key. */
export const daGuide = {
  "guide.title": "Sådan virker KPI-rammen",
  "guide.intro":
    "Hver række i {framework} er én KPI for en kampagne: hvad den måler, hvor den starter, hvor den skal nå hen, og hvornår. Byg KPI-ramme skriver rækkerne; derefter følger de selv med i {tracker}.",
  "guide.baseline.title": "Udgangsværdi",
  "guide.baseline":
    "Hvor målingen står, når du begynder at tælle: 0 for en ny kampagne, kampagnens værdi nu, hvis kun det, der kommer herefter, skal tælle, eller en værdi fra en tidligere kampagne. Fremdriften går fra udgangsværdien (0 %) til målværdien (100 %).",
  "guide.target.title": "Målværdi og frist",
  "guide.target":
    "Den værdi, der skal nås, og den dag, den skal være nået. For en omkostning som pris pr. engagement er lavere bedre, så målværdien ligger under udgangsværdien. En procentsats skrives i procent: 5 betyder 5 %.",
  "guide.status.title": "Status",
  "guide.status.intro": "Kolonnen Status følger trackeren løbende:",
  "guide.status.onTrack": "Fremdriften holder trit med den tid, der er gået mellem start og frist.",
  "guide.status.atRisk":
    "Fremdriften halter efter den tid, der er gået, eller kampagnen er slut (slutdatoen er passeret, eller budgettet er brugt), uden at fremdriften har nået 100 %: grib ind før fristen.",
  "guide.status.met": "Fremdriften har nået 100 %: målet er nået.",
  "guide.status.missed": "Fristen er overskredet, og fremdriften er under 100 %.",
  "guide.status.checkInputs":
    "Der er endnu ingen faktisk værdi at vurdere, eller celler, der er udeladt af den (tekst, hvor der skal stå et tal, et beløb i en anden valuta), kan ændre status: Lavest mulige værdi og Højest mulige værdi viser hvor meget, og rapporten oplister hver enkelt celle.",
  "guide.smart.title": "SMART-tjek",
  "guide.smart.intro":
    "Før noget skrives, tjekkes hver KPI efter fem kriterier. Et tjek, der advarer eller ikke er opfyldt, siger hvorfor, i én linje du kan handle på:",
  "guide.smart.specific": "Måles med én navngiven måling og har en ansvarlig.",
  "guide.smart.measurable": "Beregnes fra trackeren eller indtastes fra en navngiven kilde.",
  "guide.smart.achievable": "En målværdi inden for rækkevidde: under 10 gange udgangsværdien.",
  "guide.smart.relevant": "En KPI, der viser, om kampagnen nåede sit mål.",
  "guide.smart.timeBound":
    "En frist inden for kampagnen eller kort efter den, for resultater der kommer sent.",
  "guide.actual.title": "Sådan beregnes Faktisk værdi",
  "guide.actual":
    "Faktisk værdi er en KPIACTUAL-formel med data fra {tracker}: kampagnens tal, talt præcis som rapporten tæller det – en sum (omsætning, rækkevidde) eller et forhold mellem summer (ROAS er omsætning ÷ omkostning), så den opdateres med hvert opslag, du tilføjer. Tekst, beløb i en anden valuta og markerede celler udelades; resultater, der endnu ikke er kommet ind, holdes ude af de rater, de indgår i; hvor eksponeringer er tomme, tæller visninger i stedet; engagementsraten beregnes med det grundlag, der er valgt i {settings}, som nævner.",
  "guide.manual":
    "En måling, som trackeren ikke har en kolonne til (e-mailtilmeldinger, backlinks, sentiment), får i stedet en inputcelle: skriv værdien der. Cellens note siger, hvor den skal hentes fra.",
  "guide.close": "Luk",
} as const;
