/** Import data as Apps Script calls it: the calls a page makes. */
import { serverEnv } from "../../apps-script/server-env";
import { spreadsheetAppWorkbook } from "../../apps-script/spreadsheet-app-workbook";
import type { ImportFunctions } from "./contract";
import { previewImport as preview, runImport as run, startImport } from "./import";

// What arrives from a page is unknown: every payload is validated before use.
export const importStart = () => startImport(spreadsheetAppWorkbook(), serverEnv());
export const previewImport = (payload: unknown) =>
  preview(spreadsheetAppWorkbook(), payload, serverEnv());
export const runImport = (payload: unknown) => run(spreadsheetAppWorkbook(), payload, serverEnv());

({ importStart, previewImport, runImport }) satisfies ImportFunctions;
