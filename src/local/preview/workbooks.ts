/**
 * The preview's spreadsheets, one per language of the user: the Apps Script stand-in with
 * dist/Code.js loaded on it, the add-on menu as onOpen built it, and what the add-on has shown
 * (sidebars, dialogs, toasts, alerts). A spreadsheet starts with the templates inserted from
 * the menu and the sample tracker, or empty, as a person would open a new one.
 */
import { OWN_SHEET_KEY, spreadsheetAppWorkbook } from "../../apps-script/spreadsheet-app-workbook";
import { HOME_LOCALES, type Lang } from "../../core/i18n/languages";
import { FEATURES } from "../../features/features";
import { ownSheet } from "../../sheets/insert-templates";
import { appendTrackerRows } from "../../sheets/tracker-rows";
import { type LoadedBundle, loadBundle } from "../bundle";
import { type AppsScriptStandIn, createAppsScript, installAppsScript } from "../in-memory/index";
import type { MenuItem } from "../in-memory/ui";
import { marksOf, sampleTracker } from "../sample-tracker";

/** How a preview spreadsheet starts: with the templates and sample posts, or empty. */
export type Start = "sample" | "empty";

export interface PreviewWorkbook {
  readonly lang: Lang;
  readonly start: Start;
  readonly standIn: AppsScriptStandIn;
  readonly bundle: LoadedBundle;
  /** The KPI Framework sheet's name, wherever the add-on made it ("" before it did). */
  readonly frameworkSheet: string;
  /** Extensions → Influencer KPIs, as onOpen built it in the user's language. */
  readonly menu: readonly MenuItem[];
}

/** The functions pages may call: those the features' manifests say they serve, nothing else. */
export const SERVER_FUNCTIONS: ReadonlySet<string> = new Set(
  FEATURES.flatMap((feature) => feature.serves.map((entry) => entry.name)),
);

/** What the menu items run. */
export const MENU_FUNCTIONS: ReadonlySet<string> = new Set(
  FEATURES.flatMap((feature) => feature.menu.map((item) => item.run)),
);

/** A sheet the add-on made of this kind, found by its tag as the add-on finds it. */
function taggedSheet(standIn: AppsScriptStandIn, kind: string): string {
  const sheet = standIn.spreadsheet
    .allSheets()
    .find((s) => s.metadata.some((m) => m.key === OWN_SHEET_KEY && m.value?.includes(`"${kind}"`)));
  return sheet?.name ?? "";
}

/** A new spreadsheet for a user of this language, in the locale of their country. */
export function newWorkbook(lang: Lang, start: Start): PreviewWorkbook {
  const locale = HOME_LOCALES[lang];
  const standIn = createAppsScript({ locale, userLocale: locale });
  const bundle = loadBundle(standIn.globals);
  bundle.call("onOpen", { authMode: "FULL" });
  if (start === "sample") {
    bundle.call("insertTemplatesFromMenu");
    for (const alert of standIn.ui.alerts) throw new Error(`Insert templates: ${alert.prompt}`);
    const uninstall = installAppsScript(standIn);
    try {
      const port = spreadsheetAppWorkbook();
      appendTrackerRows(port, ownSheet(port, "tracker"), sampleTracker(marksOf(locale)));
    } finally {
      uninstall();
    }
    // What setting it up showed is not the person's to read.
    standIn.spreadsheet.toasts.length = 0;
  }
  standIn.spreadsheet.log.reset();
  return {
    lang,
    start,
    standIn,
    bundle,
    get frameworkSheet() {
      return taggedSheet(standIn, "framework");
    },
    menu: standIn.ui.menus.get("Add-on") ?? [],
  };
}

/** What the add-on has shown so far, to tell what a call or menu item added. */
export interface Shown {
  readonly sidebars: number;
  readonly dialogs: number;
  readonly toasts: number;
  readonly alerts: number;
}

export const shown = ({ standIn }: PreviewWorkbook): Shown => ({
  sidebars: standIn.ui.sidebars.length,
  dialogs: standIn.ui.dialogs.length,
  toasts: standIn.spreadsheet.toasts.length,
  alerts: standIn.ui.alerts.length,
});

/** Calls a function of Code.js as Apps Script does; its error as a message, never a trace. */
export function callCodeJs(
  workbook: PreviewWorkbook,
  name: string,
  args: readonly unknown[],
): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    const value = workbook.bundle.call(name, ...args);
    // Results come from the bundle's realm; they cross as JSON, as from Apps Script.
    return { ok: true, value: value === undefined ? undefined : JSON.parse(JSON.stringify(value)) };
  } catch (error) {
    return { ok: false, message: String((error as { message?: unknown })?.message ?? error) };
  }
}
