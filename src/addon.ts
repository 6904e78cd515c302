/**
 * Apps Script entry points: the add-on menu and what its items do. This is the thin layer
 * that touches Apps Script globals; the work itself is done by pure code and the sheets port.
 */
import { CUSTOM_FUNCTIONS } from "./core/function-specs";
import { describeInsert, insertTemplates } from "./sheets/insert-templates";
import { spreadsheetAppWorkbook } from "./sheets/spreadsheet-app-workbook";
import { BusyError, UserError } from "./sheets/workbook";
import { renderFunctionReference } from "./ui/function-reference";

const TITLE = "Influencer KPIs";

/**
 * Runs a menu action and tells the user how it went: a toast on success, an alert in plain
 * words on failure (never a stack trace; the details go to the execution log).
 */
function runMenuAction(what: string, action: () => string): void {
  let message: string;
  try {
    message = action();
  } catch (error) {
    const known = error instanceof BusyError || error instanceof UserError;
    if (!known) console.error(error);
    // Service errors may come from another realm than this script's Error.
    const reason = String((error as { message?: unknown })?.message ?? error);
    const ui = SpreadsheetApp.getUi();
    ui.alert(TITLE, known ? reason : `Could not ${what}: ${reason}`, ui.ButtonSet.OK);
    return;
  }
  SpreadsheetApp.getActiveSpreadsheet().toast(message, TITLE);
}

export function insertTemplatesFromMenu(): void {
  runMenuAction("insert the templates", () =>
    describeInsert(insertTemplates(spreadsheetAppWorkbook())),
  );
}

export function showFunctionReference(): void {
  const html = HtmlService.createHtmlOutput(renderFunctionReference(CUSTOM_FUNCTIONS))
    .setWidth(640)
    .setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, `${TITLE}: function reference`);
}

/** Functions the menu may call, by the name Apps Script calls them. */
export const MENU_ACTIONS = { insertTemplatesFromMenu, showFunctionReference } as const;

/** Menu entries, only for features that exist. */
const MENU: readonly { label: string; action: keyof typeof MENU_ACTIONS }[] = [
  { label: "Insert templates", action: "insertTemplatesFromMenu" },
  { label: "Function reference", action: "showFunctionReference" },
];

/**
 * Runs in AuthMode.NONE for an installed add-on that was not used in this document yet: it
 * may only build the menu, never read the spreadsheet or properties.
 */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU) menu.addItem(item.label, item.action);
  menu.addToUi();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
