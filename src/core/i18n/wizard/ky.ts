/** The KPI wizard's sidebar in Kyrgyz: a translation of en.ts, key by key. */
export const kyWizard = {
  // Moving through the steps.
  "wizard.steps": "Кадамдар",
  "wizard.stepName.campaign": "Кампания",
  "wizard.stepName.goal": "Максат",
  "wizard.stepName.kpis": "KPI",
  "wizard.stepName.targets": "Маанилер",
  "wizard.stepName.review": "Текшерүү",
  "wizard.next": "Кийинки",
  "wizard.back": "Артка",
  "wizard.toReview": "Текшерүү",
  "wizard.fieldProblem": "{field} {problem}",
  "wizard.optional": "{label} (милдеттүү эмес)",
  "wizard.help": "Жардам",
  "wizard.helpFailed": "Жардамды ачуу мүмкүн болгон жок: {reason}",

  // Which framework, when the sheet has some.
  "wizard.choose.title": "Кайсы кампания?",
  "wizard.choose.intro":
    "Баракта мурунтан бар KPI алкагын өзгөртүңүз же башка кампания үчүн жаңысын түзүңүз.",
  "wizard.choose.other": "Башка кампания",

  // Campaign.
  "wizard.campaign.title": "Кампания",
  "wizard.campaign.pick": "Кампания",
  "wizard.campaign.new": "Жаңы кампания…",
  "wizard.campaign.name": "Жаңы кампаниянын аты",
  "wizard.campaign.posts": "Трекерде {posts} пост бар.",
  "wizard.campaign.framed":
    "Бул кампаниянын KPI алкагы мурунтан бар: жазсаңыз, анын KPI көрсөткүчтөрү жаңыртылат.",
  "wizard.campaign.start": "Башталуу датасы",
  "wizard.campaign.end": "Аяктоо датасы",
  "wizard.campaign.datesFromPosts": "Биринчи жана акыркы посттун даталары.",
  "wizard.campaign.budget": "Бюджет",
  "wizard.campaign.budgetHint": "{currency} менен.",

  // Goal.
  "wizard.goal.title": "Кампаниянын максаты",
  "wizard.goal.intro": "Бул кампания эмнеге жетиши керек?",
  "wizard.goal.main": "Негизги максат",
  "wizard.goal.secondary": "Кошумча максат",
  "wizard.goal.none": "Жок",

  // KPIs.
  "wizard.kpis.title": "KPI тандоо",
  "wizard.kpis.intro": "Максатыңызга ылайык сунушталды. Эң маанилүү бир нечесин гана калтырыңыз.",
  "wizard.kpis.forGoal": "{goal} үчүн",

  // Baselines and targets.
  "wizard.targets.title": "Баштапкы жана максаттуу маанилер",
  "wizard.targets.intro":
    "Ар бир KPI үчүн: кайдан башталат, кайсы мааниге жетиши керек жана качанга чейин.",
  "wizard.kpi.metrics": "Көрсөткүчтөр (эң көп {max})",
  "wizard.kpi.metricsHint": "Биринчиси – негизги: ал максаттуу маани менен салыштырылат.",
  "wizard.kpi.metricsFull": "{max} тандалды: башкасын тандоо үчүн бирөөнү алып салыңыз.",
  "wizard.kpi.headline": "негизги",
  "wizard.kpi.baseline": "Баштапкы маани",
  "wizard.kpi.baselineHint":
    "Эсептей баштаганда көрсөткүч турган чек: аткарылыш ушул жерден максаттуу мааниге чейин эсептелет.",
  "wizard.kpi.fromZero": "0: жаңы кампания, нөлдөн эсептелет",
  "wizard.kpi.fromCurrent": "Кампаниянын азыркы мааниси: {value}",
  "wizard.kpi.fromTyped": "Башка маани:",
  "wizard.kpi.target": "Максаттуу маани",
  "wizard.kpi.rateHint": "Пайыз менен: {typed} – бул {shown}.",
  "wizard.kpi.rateHigh": "100 %-дан жогору: ушундай маани жазгыңыз келгенин текшериңиз.",
  "wizard.kpi.moneyHint": "{currency} менен.",
  "wizard.kpi.lowerBetter": "Канчалык төмөн болсо, ошончолук жакшы.",
  "wizard.kpi.deadline": "Мөөнөт",
  "wizard.kpi.deadlinePast":
    "Бул күн өтүп кеткен: максаттуу маанисине жетпесе, KPI «Аткарылган жок» деп көрсөтүлөт.",
  "wizard.kpi.owner": "Жооптуу",
  "wizard.kpi.tactic": "Тактика",
  "wizard.kpi.noTactic": "Жок",

  // SMART review.
  "wizard.review.title": "SMART текшерүүсү",
  "wizard.review.intro":
    "Ар бир KPI SMART боюнча текшерилди. Максаттуу маанини ушул жерден өзгөртсөңүз болот, калганы үчүн KPIды өзгөртүңүз.",
  "wizard.review.problems": "Адегенде буларды оңдоңуз:",
  "wizard.review.kpiField": "{kpi}: {field}",
  "wizard.review.fix": "Оңдоо",
  "wizard.review.edit": "Бул KPIды өзгөртүү",
  "wizard.review.framework": "KPI алкагы жалпысынан",
  "wizard.verdict.pass": "Ылайык",
  "wizard.verdict.warn": "Текшериңиз",
  "wizard.verdict.fail": "Ылайык эмес",

  // Writing.
  "wizard.write": "Баракка жазуу",
  "wizard.writing": "Жазылууда…",
  "wizard.notWritten": "Эч нерсе жазылган жок. Белгиленген талааларды оңдоңуз.",
  "wizard.failed": "Эч нерсе жазылган жок: {reason}",

  // Done.
  "wizard.done.title": "KPI алкагы жазылды",
  "wizard.done.where": "{campaign}: «{sheet}» барагынын {first}-сабынан {last}-сабына чейин.",
  "wizard.done.whereOne": "{campaign}: «{sheet}» барагынын {first}-сабы.",
  "wizard.done.added": "Кошулган KPI: {count}",
  "wizard.done.updated": "Жаңыртылган KPI: {count}",
  "wizard.done.removed": "Өчүрүлгөн KPI: {count}",
  "wizard.done.statuses": "«Абалы» мамычасында эмне жазылат",
  "wizard.done.help": "KPI алкагы кантип иштейт",
  "wizard.done.show": "Саптарды көрсөтүү",
  "wizard.done.showFailed": "Саптарды көрсөтүү мүмкүн болгон жок: {reason}",
  "wizard.done.undo": "Жокко чыгаруу",
  "wizard.done.undoing": "Жокко чыгарылууда…",
  "wizard.done.undone": "Жокко чыгарылды: саптар ушул жазуудан мурунку абалына кайтты.",
  "wizard.done.undoFailed": "Эч нерсе жокко чыгарылган жок: {reason}",
  "wizard.done.noUndo":
    "Бул жазуу бул жерден жокко чыгаруу үчүн өтө чоң: саптардын мурунку абалы таблицанын версиялар тарыхында сакталган.",
  "wizard.done.again": "Башка кампания",

  // Undo, on the server.
  "wizard.undo.gone":
    "андан кийин KPI алкагына дагы бир жазуу болду, ал эми акыркы жазууну гана жокко чыгарууга болот.",
  "wizard.undo.changed":
    "бул жазуудан кийин саптар өзгөрдү, жокко чыгаруу ошол өзгөртүүлөрдү өчүрүп салат.",
} as const;
