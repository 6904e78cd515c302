/**
 * Apps Script entry points: the add-on menu and what its items do. This is the thin layer
 * that touches Apps Script globals; the work itself is done by pure code and the sheets port.
 * Everything it shows is in the add-on's language: the one chosen in Settings, or the user's
 * own before there is a Settings sheet.
 */
import { type Catalog, format, type MessageKey } from "../core/i18n/catalog";
import { LANGUAGE_CODES, type Lang, languageOfLocale, parseLanguage } from "../core/i18n/languages";
import { typedCodes } from "../core/i18n/number-format";
import type { ServerFunctions } from "../features/contract";
import { createReportSheet, reportStart, reportView } from "../features/report/report";
import { saveFramework, showCampaignRows, startWizard } from "../features/wizard/wizard";
import { describeInsert, insertTemplates } from "../sheets/insert-templates";
import { SETTINGS_NAMES } from "../sheets/templates/named-ranges";
import { UserError } from "../sheets/workbook";
import { loadCatalog } from "./catalogs";
import { REPORT_DIALOG_FILE, REPORT_VIEW_FILE, referenceFile, SIDEBAR_FILE } from "./dist-names";
import { MENU_LABELS } from "./menu-labels";
import type { ServerEnv } from "./server-env";
import { spreadsheetAppWorkbook } from "./spreadsheet-app-workbook";

const TITLE = "Influencer KPIs";

/** The user's language, from their account's locale (readable even in AuthMode.NONE). */
const userLanguage = (): Lang => languageOfLocale(Session.getActiveUserLocale());

/** The language chosen in this spreadsheet's Settings, else the user's. */
function addOnLanguage(): Lang {
  const cell = SpreadsheetApp.getActiveSpreadsheet().getRangeByName(SETTINGS_NAMES.language);
  return parseLanguage(cell?.getValue()) ?? userLanguage();
}

/**
 * Runs a menu action and tells the user how it went: a toast on success, an alert in plain
 * words on failure (never a stack trace; the details go to the execution log).
 */
function runMenuAction(
  language: Lang,
  what: MessageKey,
  action: () => { message: string; catalog: Catalog },
): void {
  let done: { message: string; catalog: Catalog };
  try {
    done = action();
  } catch (error) {
    const catalog = loadCatalog(language);
    const known = error instanceof UserError;
    if (!known) console.error(error);
    // Service errors may come from another realm than this script's Error.
    const reason = known
      ? format(catalog, error.problem.key, error.problem.params)
      : format(catalog, "alert.couldNot", {
          action: catalog[what],
          reason: String((error as { message?: unknown })?.message ?? error),
        });
    const ui = SpreadsheetApp.getUi();
    ui.alert(TITLE, reason, ui.ButtonSet.OK);
    return;
  }
  SpreadsheetApp.getActiveSpreadsheet().toast(done.message, TITLE);
}

export function insertTemplatesFromMenu(): void {
  const language = userLanguage();
  runMenuAction(language, "action.insertTemplates", () => {
    const result = insertTemplates(spreadsheetAppWorkbook(), {
      userLanguage: language,
      catalog: loadCatalog,
    });
    const catalog = loadCatalog(result.language);
    return { message: describeInsert(result, catalog), catalog };
  });
}

/** The Function reference, its formulas typed as this spreadsheet's locale types them. */
export function showFunctionReference(): void {
  const language = addOnLanguage();
  const page = HtmlService.createHtmlOutputFromFile(referenceFile(language)).getContent();
  const locale = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
  const html = HtmlService.createHtmlOutput(typedCodes(page, locale)).setWidth(640).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, loadCatalog(language)["dialog.functionReference"]);
}

/** Opens the KPI framework wizard (Google's sidebars are 300 px wide). */
export function showKpiWizard(): void {
  const language = addOnLanguage();
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(
    loadCatalog(language)["sidebar.title"],
  );
  SpreadsheetApp.getUi().showSidebar(html);
}

/** The report dialog, with the button the menu item names highlighted. */
function showReportDialog(primary: "create" | "view"): void {
  const catalog = loadCatalog(addOnLanguage());
  const html = HtmlService.createHtmlOutputFromFile(REPORT_DIALOG_FILE)
    .append(`<script>var REPORT_PRIMARY = ${JSON.stringify(primary)};</script>`)
    .setWidth(420)
    .setHeight(400);
  SpreadsheetApp.getUi().showModalDialog(html, catalog["reportDialog.title"]);
}

export const showReportMaker = (): void => showReportDialog("create");
export const showReportViewer = (): void => showReportDialog("view");

/** Functions the menu may call, by the name Apps Script calls them. */
export const MENU_ACTIONS = {
  insertTemplatesFromMenu,
  showKpiWizard,
  showReportMaker,
  showReportViewer,
  showFunctionReference,
} as const;

/** The language and messages the server functions work in. */
function serverEnv(): ServerEnv {
  return {
    language: addOnLanguage,
    catalog: loadCatalog,
    allCatalogs: () => LANGUAGE_CODES.map(loadCatalog),
  };
}

/**
 * The server functions the add-on's pages call (the wizard's sidebar, the report page). They
 * implement the contract the pages are typed against,
 * but take what arrives as unknown: every payload is validated before use.
 */
export const PAGE_FUNCTIONS = {
  wizardStart: () => startWizard(spreadsheetAppWorkbook(), serverEnv()),
  writeFramework: (draft: unknown) => saveFramework(spreadsheetAppWorkbook(), draft, serverEnv()),
  selectFrameworkRows: (campaign: unknown) =>
    showCampaignRows(spreadsheetAppWorkbook(), campaign, serverEnv()),
  reportStart: () => reportStart(spreadsheetAppWorkbook(), serverEnv()),
  createReportSheet: (request: unknown) =>
    createReportSheet(spreadsheetAppWorkbook(), request, serverEnv()),
  /**
   * Opens the report page in the report dialog's place: the page asks for the report (the
   * request goes with it) and renders it in the browser.
   */
  viewReport: (request: unknown) => {
    const catalog = loadCatalog(addOnLanguage());
    const json = JSON.stringify(request ?? null).replace(/</g, "\\u003c");
    const html = HtmlService.createHtmlOutputFromFile(REPORT_VIEW_FILE)
      .append(`<script>var REPORT_REQUEST = ${json};</script>`)
      .setWidth(1000)
      .setHeight(700);
    SpreadsheetApp.getUi().showModalDialog(html, catalog["page.title"]);
    return { ok: true as const };
  },
  reportView: (request: unknown) => reportView(spreadsheetAppWorkbook(), request, serverEnv()),
} satisfies ServerFunctions;

/**
 * Runs in AuthMode.NONE for an installed add-on that was not used in this document yet: it
 * may only build the menu and read the user's locale, never read the spreadsheet.
 */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const labels = MENU_LABELS[userLanguage()];
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(labels.insertTemplates, "insertTemplatesFromMenu")
    .addItem(labels.buildFramework, "showKpiWizard")
    .addItem(labels.generateReport, "showReportMaker")
    .addItem(labels.viewReport, "showReportViewer")
    .addItem(labels.functionReference, "showFunctionReference")
    .addToUi();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
