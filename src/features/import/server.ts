/** Import data as Apps Script calls it: the menu item's dialog and the dialog's calls. */
import { loadCatalog } from "../../apps-script/catalogs";
import { addOnLanguage } from "../../apps-script/language";
import { serverEnv } from "../../apps-script/server-env";
import { spreadsheetAppWorkbook } from "../../apps-script/spreadsheet-app-workbook";
import { showDialog } from "../../apps-script/ui";
import type { ImportFunctions } from "./contract";
import { importData } from "./feature";
import { previewImport as preview, runImport as run, startImport } from "./import";

export function showImportDialog(): void {
  const [page] = importData.pages;
  showDialog(page.file, loadCatalog(addOnLanguage())["import.title"], { width: 760, height: 640 });
}

// What arrives from a page is unknown: every payload is validated before use.
export const importStart = () => startImport(spreadsheetAppWorkbook(), serverEnv());
export const previewImport = (payload: unknown) =>
  preview(spreadsheetAppWorkbook(), payload, serverEnv());
export const runImport = (payload: unknown) => run(spreadsheetAppWorkbook(), payload, serverEnv());

({ importStart, previewImport, runImport }) satisfies ImportFunctions;
