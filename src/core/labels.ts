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
