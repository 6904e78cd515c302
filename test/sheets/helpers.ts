import { afterEach } from "vitest";
import {
  type AppsScriptStandIn,
  createAppsScript,
  installAppsScript,
} from "../../src/local/in-memory";
import { spreadsheetAppWorkbook } from "../../src/sheets/spreadsheet-app-workbook";
import type { WorkbookPort } from "../../src/sheets/workbook";

const uninstalls: (() => void)[] = [];
afterEach(() => {
  for (const uninstall of uninstalls.splice(0)) uninstall();
});

/** A fresh in-memory spreadsheet as the active one, and the Apps Script port running on it. */
export function inMemory(): AppsScriptStandIn & { port: WorkbookPort } {
  const standIn = createAppsScript();
  uninstalls.push(installAppsScript(standIn));
  return { ...standIn, port: spreadsheetAppWorkbook() };
}
