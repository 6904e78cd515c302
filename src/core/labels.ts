/**
 * What a person reads for each key, looked up in the catalog of the chosen language. Code
 * finds columns and sheets by key; a label is only shown, and recognised when a sheet is
 * upgraded or relabelled.
 */
import type { CoreCatalog } from "./i18n/catalog";
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

/** Headers earlier template versions wrote, so an upgrade recognises their columns. */
export const LEGACY_LABELS: Readonly<Partial<Record<ColumnKey, string>>> = {
  engagementRate: "Eng. rate",
  conversionRate: "Conv. rate",
};
