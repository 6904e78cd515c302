/**
 * What a person reads for each key, looked up in the catalog of the chosen language. Code
 * finds columns and sheets by key; a label is only shown, and recognised when a sheet is
 * upgraded or relabelled.
 */
import type { CoreCatalog, MessageKey } from "./i18n/catalog";
import type { ComputedKey, FrameworkKey, TrackerColumnKey } from "./tracker-columns";

/** The sheets Insert templates makes: one of each. */
export type TemplateKind = "settings" | "tracker" | "framework";

/** The templates, in the order Insert templates makes them. */
export const TEMPLATE_KINDS: readonly TemplateKind[] = ["settings", "tracker", "framework"];

/** Every kind of sheet the add-on creates: the templates, and a report per run. */
export type SheetKind = TemplateKind | "report";

export const SHEET_KINDS: readonly SheetKind[] = [...TEMPLATE_KINDS, "report"];

export type ColumnKey = TrackerColumnKey | ComputedKey | FrameworkKey;

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
  // Tracker headers of the first release.
  "col.engagementRate": ["Eng. rate", "参与度"],
  "col.conversionRate": ["Conv. rate"],
  // Italian and Kyrgyz named the statement as they name the goal: two columns, one header.
  "col.statement": ["Obiettivo", "Максат"],
  // Kyrgyz and Danish named the framework with two words; the sheet now has the one used
  // everywhere else.
  "sheet.framework": ["KPI системасы"],
  "settings.intro": [
    "B мамычасындагы маанилерди өзгөртүңүз; трекер жана KPI системасы аларды окуйт.",
  ],
  // Chinese says 互动率 for engagement rate and KPI in headers, and names the tiers as
  // marketers do.
  "col.kpi": ["关键绩效指标"],
  "metric.engagementRate": ["参与度"],
  "settings.engagementBase": ["参与度基数"],
  "settings.engagementBaseNote": ["参与度 = 互动量 / 此处所选的列。"],
  "tier.Emerging": ["素人"],
  "tier.Nano": ["纳米级"],
  "tier.Micro": ["微型"],
  "tier.Macro": ["大型"],
  "tier.Mega": ["超级"],
  // Settings of the first release.
  "settings.language": ["Report language"],
  "settings.languageNote": ["Language of generated reports."],
};

/** A key's text in each of these catalogs, then what earlier releases wrote for it. */
export const textsOf = (
  catalogs: readonly Readonly<Partial<Record<MessageKey, string>>>[],
  key: MessageKey,
): string[] => [
  ...catalogs.flatMap((catalog) => catalog[key] ?? []),
  ...(EARLIER_TEXTS[key] ?? []),
];
