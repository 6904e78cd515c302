/**
 * "Insert templates": creates whichever of Settings, Campaign Tracker and KPI Framework the
 * spreadsheet lacks. Sheets the add-on made before are kept as they are, with their data; a
 * user's sheet that has a wanted name keeps it, and the template takes a free name instead.
 * Every template is planned before the first write, and if a write fails the sheets created
 * so far are removed, so no half-written sheet remains.
 */
import { DEFAULT_CURRENCY, readCurrency } from "../core/currency";
import { frameworkTemplate } from "./templates/framework";
import { SETTINGS, settingsTemplate } from "./templates/settings";
import { DEFAULT_SHEET_NAMES, type SheetTemplate, type TemplateNames } from "./templates/template";
import { trackerSettingsLinks, trackerTemplate } from "./templates/tracker";
import { type SheetKind, type SheetRef, UserError, type WorkbookPort } from "./workbook";

const KINDS: readonly SheetKind[] = ["settings", "tracker", "framework"];

export interface InsertResult {
  readonly created: readonly string[];
  readonly kept: readonly string[];
  /** Kept sheets whose formulas were pointed at a newly created Settings sheet. */
  readonly relinked: readonly string[];
}

/** The add-on's sheet of a kind; a clear error if templates were never inserted. */
export function ownSheet(port: WorkbookPort, kind: SheetKind): SheetRef {
  const found = port.ownSheets().find((sheet) => sheet.kind === kind)?.ref;
  if (!found) {
    throw new UserError(
      `There is no ${DEFAULT_SHEET_NAMES[kind]} sheet from Influencer KPIs here: use Insert templates first.`,
    );
  }
  return found;
}

/** "Campaign Tracker", or "Campaign Tracker (2)" if a sheet already has that name. */
export function freeName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted} (${n})`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

export function insertTemplates(port: WorkbookPort): InsertResult {
  return port.withDocumentLock(() => {
    const own = new Map<SheetKind, SheetRef>();
    for (const sheet of port.ownSheets()) if (!own.has(sheet.kind)) own.set(sheet.kind, sheet.ref);
    const taken = port.sheetNames();
    const names = {} as Record<SheetKind, string>;
    for (const kind of KINDS) {
      const existing = own.get(kind)?.name;
      names[kind] = existing ?? freeName(DEFAULT_SHEET_NAMES[kind], taken);
      taken.push(names[kind]);
    }
    const missing = KINDS.filter((kind) => !own.has(kind));
    const settings = own.get("settings");
    const currency = (settings && currencyOf(port, settings)) ?? DEFAULT_CURRENCY;
    const plans = missing.map((kind) => templateFor(kind, names, currency));

    // A kept tracker's references to a deleted Settings sheet stay broken (#REF!) in Sheets,
    // even once a new Settings sheet exists: point them at the new one.
    const keptTracker = own.get("tracker");
    const relinked = !settings && keptTracker ? [keptTracker] : [];
    const created: SheetRef[] = [];
    try {
      for (const plan of plans) {
        const ref = port.createSheet(names[plan.kind], plan.kind, plan.size);
        created.push(ref);
        writeTemplate(port, ref, plan);
      }
      for (const tracker of relinked) {
        const links = trackerSettingsLinks(names);
        port.writeTable(tracker, links.formulas);
        port.validateColumns(tracker, [links.platforms]);
      }
    } catch (error) {
      removeAll(port, created);
      throw error;
    }
    const tracker = created.find((ref) => ref.name === names.tracker);
    if (tracker) port.activate(tracker);
    return {
      created: created.map((ref) => ref.name),
      kept: KINDS.filter((kind) => own.has(kind)).map((kind) => names[kind]),
      relinked: relinked.map((ref) => ref.name),
    };
  });
}

/** Deletes sheets this run created, each on its own, so one failure does not keep the rest. */
function removeAll(port: WorkbookPort, created: readonly SheetRef[]): void {
  for (const ref of [...created].reverse()) {
    try {
      port.deleteOwnSheet(ref);
    } catch (error) {
      console.error(`Could not remove ${ref.name} after a failed insert`, error);
    }
  }
}

function templateFor(kind: SheetKind, names: TemplateNames, currency: string): SheetTemplate {
  switch (kind) {
    case "settings":
      return settingsTemplate(currency);
    case "tracker":
      return trackerTemplate(names, currency);
    case "framework":
      return frameworkTemplate(names);
  }
}

function writeTemplate(port: WorkbookPort, ref: SheetRef, plan: SheetTemplate): void {
  for (const table of plan.tables) port.writeTable(ref, table);
  port.formatColumns(ref, plan.formats);
  port.validateColumns(ref, plan.validations);
  port.layout(ref, plan.layout);
}

/** The currency chosen in an existing Settings sheet, if it reads as one. */
function currencyOf(port: WorkbookPort, settings: SheetRef): string | undefined {
  const { row, column } = SETTINGS.currency;
  return readCurrency(port.readTable(settings)[row - 1]?.[column - 1]);
}

/** What the user is told once templates are in place. */
export function describeInsert(result: InsertResult): string {
  if (result.created.length === 0) {
    return `Templates are already in place (${result.kept.join(", ")}); nothing was changed.`;
  }
  const kept = result.kept.length > 0 ? ` Kept, with their data: ${result.kept.join(", ")}.` : "";
  const relinked =
    result.relinked.length > 0 ? ` ${result.relinked.join(", ")} now reads the new settings.` : "";
  return `Added ${result.created.join(", ")}.${kept}${relinked}`;
}
