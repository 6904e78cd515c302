import { afterEach } from "vitest";
import { spreadsheetAppWorkbook } from "../../src/apps-script/spreadsheet-app-workbook";
import { LANGUAGE_CODES, type Lang } from "../../src/core/i18n/languages";
import {
  FRAMEWORK_KEYS,
  type FrameworkKey,
  TRACKER_COLUMNS,
  TRACKER_KEYS,
  type TrackerInputKey,
} from "../../src/core/tracker-columns";
import { catalogOf } from "../../src/local/catalogs";
import {
  type AppsScriptStandIn,
  createAppsScript,
  installAppsScript,
  type StandInOptions,
} from "../../src/local/in-memory/index";
import { insertTemplates } from "../../src/sheets/insert-templates";
import { positionOf } from "../../src/sheets/templates/template";
import type { TrackerKey } from "../../src/sheets/templates/tracker";
import type { CellInput, WorkbookPort } from "../../src/sheets/workbook";

const uninstalls: (() => void)[] = [];
afterEach(() => {
  for (const uninstall of uninstalls.splice(0)) uninstall();
});

/** A fresh in-memory spreadsheet as the active one, and the Apps Script port running on it. */
export function inMemory(options?: StandInOptions): AppsScriptStandIn & { port: WorkbookPort } {
  const standIn = createAppsScript(options);
  uninstalls.push(installAppsScript(standIn));
  return { ...standIn, port: spreadsheetAppWorkbook() };
}

/** Column of a tracker key in a tracker made by Insert templates. */
export const trackerColumn = (key: TrackerKey): number => positionOf(TRACKER_KEYS, key);
export const frameworkColumn = (key: FrameworkKey): number => positionOf(FRAMEWORK_KEYS, key);

/** One tracker row of input cells, by key; the rest blank. */
export const post = (cells: Partial<Record<TrackerInputKey, CellInput>>): CellInput[] =>
  TRACKER_COLUMNS.map((c) => cells[c.key] ?? "");

/** What the server functions learn of the add-on's language: this one, and every catalog. */
export const env = (language: Lang = "en") => ({
  language: () => language,
  catalog: catalogOf,
  allCatalogs: () => LANGUAGE_CODES.map(catalogOf),
});

/** Insert templates as the menu does, for a user whose language is lang (English by default). */
export const insert = (port: WorkbookPort, lang: Lang = "en") =>
  insertTemplates(port, { userLanguage: lang, catalog: catalogOf });
