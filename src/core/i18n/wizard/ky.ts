/** The KPI wizard's sidebar in Kyrgyz: a translation of en.ts, key by key. */
export const kyWizard = {
  // Moving through the steps.
  "wizard.step": "{step}-кадам, жалпысы {steps}",
  "wizard.next": "Кийинки",
  "wizard.back": "Артка",
  "wizard.toReview": "Текшерүү",
  "wizard.fieldProblem": "{field} {problem}",
  "wizard.optional": "{label} (милдеттүү эмес)",

  // Goal.
  "wizard.goal.title": "Кампаниянын максаты",
  "wizard.goal.intro": "Бул кампания эмнеге жетиши керек?",
  "wizard.goal.main": "Негизги максат",
  "wizard.goal.secondary": "Кошумча максат",
  "wizard.goal.none": "Жок",

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
  "wizard.campaign.platforms": "Платформалар",
  "wizard.campaign.tiers": "Инфлюенсер деңгээли",
  "wizard.campaign.tierFit": "Бул максат үчүн: {tiers}",

  // KPIs.
  "wizard.kpis.title": "KPI тандоо",
  "wizard.kpis.intro": "Максатыңызга ылайык сунушталды. Эң маанилүү бир нечесин гана калтырыңыз.",
  "wizard.kpis.forGoal": "{goal} үчүн",

  // One KPI.
  "wizard.kpi.title": "{kpi}-KPI, жалпысы {kpis}",
  "wizard.kpi.metrics": "Көрсөткүчтөр (эң көп {max})",
  "wizard.kpi.metricsHint": "Биринчиси – негизги: ал максаттуу маани менен салыштырылат.",
  "wizard.kpi.metricsFull": "{max} тандалды: башкасын тандоо үчүн бирөөнү алып салыңыз.",
  "wizard.kpi.headline": "негизги",
  "wizard.kpi.baseline": "Баштапкы маани",
  "wizard.kpi.useCurrent": "Трекердеги маанини колдонуу: {value}",
  "wizard.kpi.target": "Максаттуу маани",
  "wizard.kpi.rateHint": "Коэффициент: % белгиси менен жазыңыз, мисалы, {example}.",
  "wizard.kpi.moneyHint": "{currency} менен.",
  "wizard.kpi.lowerBetter": "Канчалык төмөн болсо, ошончолук жакшы.",
  "wizard.kpi.deadline": "Мөөнөт",
  "wizard.kpi.owner": "Жооптуу",
  "wizard.kpi.tactic": "Тактика",
  "wizard.kpi.noTactic": "Жок",

  // SMART review.
  "wizard.review.title": "SMART текшерүүсү",
  "wizard.review.intro":
    "Ар бир KPI SMART боюнча текшерилди. Белгиленгендерди оңдоо үчүн артка кайтыңыз.",
  "wizard.review.problems": "Адегенде буларды оңдоңуз:",
  "wizard.review.kpiField": "{kpi}: {field}",
  "wizard.review.fix": "Оңдоо",
  "wizard.review.edit": "Өзгөртүү",
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
  "wizard.done.show": "Саптарды көрсөтүү",
  "wizard.done.again": "Жаңысын түзүү",
  "wizard.done.showFailed": "Саптарды көрсөтүү мүмкүн болгон жок: {reason}",
} as const;
