/** The reports' functions as Apps Script calls them: the menu items' dialog and its calls. */
import { loadCatalog } from "../../apps-script/catalogs";
import { addOnLanguage } from "../../apps-script/language";
import { serverEnv } from "../../apps-script/server-env";
import { spreadsheetAppWorkbook } from "../../apps-script/spreadsheet-app-workbook";
import { showDialog } from "../../apps-script/ui";
import type { ReportFunctions } from "./contract";
import { report } from "./feature";
import { createReportSheet as create, reportForPage as forPage, startReport } from "./report";

const [dialog, view] = report.pages;

/** The report dialog, with the button the menu item names highlighted. */
function showReportDialog(primary: "create" | "view"): void {
  const catalog = loadCatalog(addOnLanguage());
  showDialog(
    dialog.file,
    catalog["reportDialog.title"],
    { width: 420, height: 400 },
    {
      REPORT_PRIMARY: primary,
    },
  );
}

export const showReportMaker = (): void => showReportDialog("create");
export const showReportViewer = (): void => showReportDialog("view");

// What arrives from a page is unknown: every payload is validated before use.
export const reportStart = () => startReport(spreadsheetAppWorkbook(), serverEnv());
export const createReportSheet = (request: unknown) =>
  create(spreadsheetAppWorkbook(), request, serverEnv());
export const reportForPage = (request: unknown) =>
  forPage(spreadsheetAppWorkbook(), request, serverEnv());

/**
 * Opens the report page in the report dialog's place: the page asks for the report (the
 * request goes with it) and renders it in the browser.
 */
export function openReportPage(request: unknown): { readonly ok: true } {
  const catalog = loadCatalog(addOnLanguage());
  showDialog(
    view.file,
    catalog["page.title"],
    { width: 1000, height: 700 },
    {
      REPORT_REQUEST: request,
    },
  );
  return { ok: true };
}

({ reportStart, createReportSheet, openReportPage, reportForPage }) satisfies ReportFunctions;
