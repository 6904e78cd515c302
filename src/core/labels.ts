/**
 * What a person reads for each key, looked up in the catalog of the chosen language. Code
 * finds columns and sheets by key; a label is only shown, and recognised when a sheet is
 * upgraded or relabelled.
 */
import type { CoreCatalog, MessageKey } from "./i18n/catalog";
import type { ComputedKey, FrameworkKey, TrackerInputKey } from "./tracker-columns";

/** The sheets Insert templates makes: one of each. */
export type TemplateKind = "settings" | "tracker" | "framework";

/** The templates, in the order Insert templates makes them. */
export const TEMPLATE_KINDS: readonly TemplateKind[] = ["settings", "tracker", "framework"];

/** Every kind of sheet the add-on creates: the templates, a report per run, the sales ledger. */
export type SheetKind = TemplateKind | "report" | "sales";

export const SHEET_KINDS: readonly SheetKind[] = [...TEMPLATE_KINDS, "report", "sales"];

export type ColumnKey = TrackerInputKey | ComputedKey | FrameworkKey;

export const sheetName = (catalog: CoreCatalog, kind: TemplateKind): string =>
  catalog[`sheet.${kind}`];

export const columnLabel = (catalog: CoreCatalog, key: ColumnKey): string => catalog[`col.${key}`];

/**
 * What earlier releases wrote into sheets where the catalogs now say otherwise, in any
 * language, by key: still the add-on's own text, so that Insert templates finds a column by
 * its old header and gives it the new one, renames a sheet that still has its old name, and
 * relabels Settings; and the wizard and reports know a KPI or metric by its old name.
 */
export const EARLIER_TEXTS: Readonly<Partial<Record<MessageKey, readonly string[]>>> = {
  // Sheets: Danish and Kyrgyz named the framework with two words; now with the one used
  // everywhere else.
  "sheet.framework": ["KPI-rammeværk", "KPI системасы"],
  // Tracker headers: the first release's abbreviations; Chinese 参与度 (now 互动率, as 互动
  // is engagement everywhere else), Danish "Gemte" (now "Gemninger").
  "col.engagementRate": ["Eng. rate", "参与度"],
  "col.conversionRate": ["Conv. rate"],
  "col.saves": ["Gemte"],
  // KPI Framework headers: Italian and Kyrgyz named the statement as they name the goal (two
  // columns, one header; each is found by its place among them); Chinese spelled KPI out;
  // Danish said "Aktuel værdi" for the actual value.
  "col.statement": ["Obiettivo", "Максат"],
  "col.kpi": ["关键绩效指标"],
  "col.actual": ["Aktuel værdi"],
  // A KPI's and a metric's names in the framework's rows.
  "kpi.returnOnSpend": ["Afkast af investeringen"],
  "metric.engagementRate": ["参与度"],
  // Settings: the first release's language row; texts naming the framework or engagement rate
  // as above; the tiers as Chinese named them before marketers' own words.
  "settings.language": ["Report language"],
  "settings.languageNote": ["Language of generated reports."],
  "settings.intro": [
    "Redigér værdierne i kolonne B; arkene Kampagnetracker og KPI-rammeværk henter dem herfra.",
    "B мамычасындагы маанилерди өзгөртүңүз; трекер жана KPI системасы аларды окуйт.",
  ],
  // The rates table's note before rows had a Currency and rates a campaign.
  "settings.ratesNote": [
    "What one unit of each currency is worth in the Settings currency. Cost and revenue formatted in another currency count at its rate here, in every figure; without a rate they are left out and listed. Type the rate you agreed, such as the one in the creator's contract, with its day and source. A formula such as =GOOGLEFINANCE(\"CURRENCY:EURUSD\") gives today's rate instead, and every figure then moves with the market.",
    'Hvad én enhed af hver valuta er værd i valutaen fra Indstillinger. Omkostninger og omsætning, der er formateret i en anden valuta, omregnes til kursen her i alle tal; uden en kurs udelades de og oplistes. Skriv den kurs, I har aftalt, f.eks. den i influencerens kontrakt, med dato og kilde. En formel som =GOOGLEFINANCE("CURRENCY:EURUSD") giver i stedet dagens kurs, og så følger alle tal markedet.',
    "Quanto vale un'unità di ogni valuta nella valuta delle Impostazioni. Costi e ricavi formattati in un'altra valuta vengono convertiti ovunque al tasso indicato qui; senza un tasso vengono esclusi e segnalati. Inserisci il tasso concordato, per esempio quello del contratto con l'influencer, con data e fonte. Una formula come =GOOGLEFINANCE(\"CURRENCY:EURUSD\") fornisce invece il tasso del giorno, e tutti i valori seguono l'andamento del mercato.",
    'Ар бир валютанын бир бирдиги Жөндөөлөрдөгү валюта менен канча турат. Башка валютада форматталган чыгым жана киреше бардык көрсөткүчтөрдө ушул жердеги курс боюнча эсептелет; курсу жок суммалар эсепке кирбейт жана тизмеде көрсөтүлөт. Макулдашылган курсту, мисалы, инфлюенсер менен түзүлгөн келишимдеги курсту, күнү жана булагы менен жазыңыз. =GOOGLEFINANCE("CURRENCY:EURUSD") сыяктуу формула анын ордуна бүгүнкү курсту берет, анда бардык көрсөткүчтөр рынок менен кошо өзгөрөт.',
    '每种货币 1 个单位折合多少“设置”中的货币。以其他货币格式显示的成本和收入，会按此处的汇率计入所有数据；没有汇率的金额不计入，并会单独列出。请填写约定的汇率（例如网红合同中的汇率），并注明日期和来源。若使用 =GOOGLEFINANCE("CURRENCY:EURUSD") 这样的公式，则取当天汇率，所有数据都会随市场变动。',
  ],
  "settings.engagementBase": ["参与度基数"],
  "settings.engagementBaseNote": ["参与度 = 互动量 / 此处所选的列。"],
  "tier.Emerging": ["素人"],
  "tier.Nano": ["纳米级"],
  "tier.Micro": ["微型"],
  "tier.Macro": ["大型"],
  "tier.Mega": ["超级"],
};

/** A key's text in each of these catalogs, then what earlier releases wrote for it. */
export const textsOf = (
  catalogs: readonly Readonly<Partial<Record<MessageKey, string>>>[],
  key: MessageKey,
): string[] => [
  ...catalogs.flatMap((catalog) => catalog[key] ?? []),
  ...(EARLIER_TEXTS[key] ?? []),
];
