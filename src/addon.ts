/**
 * Apps Script entry points: the add-on menu and what its items open. This is the thin layer
 * that touches Apps Script globals; everything it shows is built by pure code.
 */
import { CUSTOM_FUNCTIONS } from "./core/function-specs";
import { renderFunctionReference } from "./ui/function-reference";

export function showFunctionReference(): void {
  const html = HtmlService.createHtmlOutput(renderFunctionReference(CUSTOM_FUNCTIONS))
    .setWidth(640)
    .setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, "Influencer KPIs: function reference");
}

/** Functions the menu may call, by the name Apps Script calls them. */
export const MENU_ACTIONS = { showFunctionReference } as const;

/** Menu entries, only for features that exist. */
const MENU: readonly { label: string; action: keyof typeof MENU_ACTIONS }[] = [
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
