/**
 * What a person reads for each key, looked up in the catalog of the chosen language. Code
 * finds columns and sheets by key; a label is only shown, and recognised when a sheet is
 * upgraded or relabelled.
 */
import type { Catalog } from "./i18n/catalog";
import type { ComputedKey, FrameworkKey, TrackerColumnKey } from "./tracker-columns";

export type SheetKind = "settings" | "tracker" | "framework";

/** Every kind of sheet the add-on creates: the one list of them. */
export const SHEET_KINDS: readonly SheetKind[] = ["settings", "tracker", "framework"];

export type ColumnKey = TrackerColumnKey | ComputedKey | FrameworkKey;

export const sheetName = (catalog: Catalog, kind: SheetKind): string => catalog[`sheet.${kind}`];

export const columnLabel = (catalog: Catalog, key: ColumnKey): string => catalog[`col.${key}`];

/** Headers earlier template versions wrote, so an upgrade recognises their columns. */
export const LEGACY_LABELS: Readonly<Partial<Record<ColumnKey, string>>> = {
  engagementRate: "Eng. rate",
  conversionRate: "Conv. rate",
};
