/**
 * The bundle's entry, Code.js: the custom functions, the menu, and the way to each feature's
 * functions, all derived from the list of features. build.mjs writes a top-level stub for each
 * custom function, trigger and feature function. Loading it defines functions and data only; it
 * calls no service.
 */

import { loadCatalog } from "./apps-script/catalogs";
import type { Entry } from "./apps-script/feature";
import { spreadsheetAppWorkbook } from "./apps-script/spreadsheet-app-workbook";
import { buildMenu } from "./apps-script/ui";
import { FEATURES } from "./features/features";
import { followRowCurrencies } from "./sheets/row-currency";

export { callCustomFunction } from "./apps-script/custom-functions";
export { serverFile, serverGlobal } from "./apps-script/feature";
export { serve } from "./apps-script/feature-server";
export { CUSTOM_FUNCTIONS } from "./core/function-specs";
export { FEATURES };

/** Builds the add-on menu (Sheets runs it when a document opens). */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(FEATURES);
}

/** The documented pattern: installing the add-on builds its menu at once. */
export function onInstall(_event?: GoogleAppsScript.Events.AddonOnInstall): void {
  buildMenu(FEATURES);
}

/**
 * Typing a currency in the tracker's Currency column formats that row's amounts in it. A simple
 * trigger: Sheets runs it after a person's edit, never after a script's (Apps Script's guide,
 * "Simple triggers"); a failure is only logged there, and changes nothing.
 */
export function onEdit(event?: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = event?.range;
  if (!range) return;
  const rect = {
    row: range.getRow(),
    column: range.getColumn(),
    numRows: range.getNumRows(),
    numColumns: range.getNumColumns(),
  };
  followRowCurrencies(spreadsheetAppWorkbook(), range.getSheet().getName(), rect, loadCatalog);
}

/** Top-level functions Code.js runs itself; each feature's come from its manifest. */
export const TRIGGERS: readonly Entry[] = [
  { name: "onOpen", params: ["e"] },
  { name: "onInstall", params: ["e"] },
  { name: "onEdit", params: ["e"] },
];
