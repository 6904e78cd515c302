/**
 * What the add-on shows in Sheets besides cells: the menu built in onOpen, the outcome of a menu
 * action (a toast, or an alert in plain words), sidebars and dialogs from the pages build.mjs
 * writes. Everything shown is in the add-on's language.
 */
import { type Catalog, format, type MessageKey } from "../core/i18n/catalog";
import type { Lang } from "../core/i18n/languages";
import { UserError } from "../sheets/workbook";
import { loadCatalog } from "./catalogs";
import type { Feature } from "./feature";
import { userLanguage } from "./language";

const TITLE = "Influencer KPIs";

/**
 * The add-on menu, from the features' items in their order. Runs in AuthMode.NONE for an
 * installed add-on not yet used in this document: it may only build the menu and read the
 * user's locale, never the spreadsheet, so the labels come from the manifests.
 */
export function buildMenu(features: readonly Feature[]): void {
  const lang = userLanguage();
  let menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const feature of features) {
    for (const item of feature.menu) menu = menu.addItem(item.labels[lang], item.run);
  }
  menu.addToUi();
}

/** What a menu action says once done; a list to read goes in an alert, a line in a toast. */
interface Done {
  readonly message: string;
  readonly catalog: Catalog;
  readonly alert?: boolean;
}

/**
 * Runs a menu action and tells the user how it went: a toast (or an alert) on success, an
 * alert in plain words on failure (never a stack trace; the details go to the execution log).
 */
export function runMenuAction(language: Lang, what: MessageKey, action: () => Done): void {
  let done: Done;
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
  if (done.alert) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(TITLE, done.message, ui.ButtonSet.OK);
  } else SpreadsheetApp.getActiveSpreadsheet().toast(done.message, TITLE);
}

/** Opens a page in the sidebar (Google's sidebars are 300 px wide). */
export function showSidebar(file: string, title: string): void {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(file).setTitle(title));
}

/**
 * Opens a page in a modal dialog; `data` is appended as global variables of the page (JSON,
 * with "<" escaped so no text can end the script early), and `adapt` may rewrite the page first.
 */
export function showDialog(
  file: string,
  title: string,
  size: { readonly width: number; readonly height: number },
  data: Readonly<Record<string, unknown>> = {},
  adapt?: (page: string) => string,
): void {
  let html = adapt
    ? HtmlService.createHtmlOutput(adapt(HtmlService.createHtmlOutputFromFile(file).getContent()))
    : HtmlService.createHtmlOutputFromFile(file);
  for (const [name, value] of Object.entries(data)) {
    const json = JSON.stringify(value ?? null).replace(/</g, "\\u003c");
    html = html.append(`<script>var ${name} = ${json};</script>`);
  }
  SpreadsheetApp.getUi().showModalDialog(html.setWidth(size.width).setHeight(size.height), title);
}
