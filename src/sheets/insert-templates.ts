/**
 * "Insert templates": creates whichever of Settings, Campaign Tracker and KPI Framework the
 * spreadsheet lacks, and upgrades or repairs the ones the add-on made before, in place: their
 * headers, formulas, formats and validation are rewritten, missing columns are added at the
 * right, and no user row or column is moved or cleared. A user's sheet that has a wanted name
 * keeps it, and the template takes a free name instead. Everything is planned (and every
 * problem reported) before the first write; if a write fails, the sheets created so far are
 * removed, so no half-written sheet remains.
 */
import { DEFAULT_CURRENCY, readCurrency } from "../core/currency";
import {
  FRAMEWORK_LABELS,
  LEGACY_LABELS,
  SHEET_KINDS,
  SHEET_NAMES,
  TRACKER_LABELS,
} from "../core/labels";
import type { FrameworkKey } from "../core/tracker-columns";
import { frameworkTemplate } from "./templates/framework";
import { NAMED_RANGE_PREFIX, SETTINGS_NAMES, type SettingsBlock } from "./templates/named-ranges";
import {
  planExistingSettings,
  planNewSettings,
  SETTINGS_ANCHORS,
  SETTINGS_LAYOUT,
} from "./templates/settings";
import { locateColumns, planExistingTable, planNewTable } from "./templates/table-plan";
import {
  defaultPositions,
  type Positions,
  type TableTemplate,
  TEMPLATE_VERSION,
} from "./templates/template";
import { type TrackerKey, trackerTemplate } from "./templates/tracker";
import {
  type NamedBlock,
  type OwnSheet,
  type Rect,
  type SheetKind,
  type SheetPaint,
  type SheetRef,
  UserError,
  type WorkbookPort,
} from "./workbook";

export interface InsertResult {
  readonly created: readonly string[];
  /** Kept sheets of an older template version, now upgraded. */
  readonly upgraded: readonly string[];
  /** Kept sheets whose headers, totals or formulas had been damaged and are restored. */
  readonly repaired: readonly string[];
  readonly kept: readonly string[];
}

/** The add-on's sheet of a kind; a clear error if templates were never inserted. */
export function ownSheet(port: WorkbookPort, kind: SheetKind): SheetRef {
  const found = port.ownSheets().find((sheet) => sheet.kind === kind)?.ref;
  if (!found) {
    throw new UserError(
      `There is no ${SHEET_NAMES[kind]} sheet from Influencer KPIs here: use Insert templates first.`,
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

/** One sheet's part of the run: create and paint, or repaint in place. */
interface SheetPlan {
  readonly kind: SheetKind;
  readonly existing?: OwnSheet;
  readonly paint: SheetPaint;
  readonly repaired: boolean;
}

/** Every header a column of the add-on has had, to recognise it in an existing sheet. */
function labelsOf(key: string): string[] {
  const labels = [
    (TRACKER_LABELS as Record<string, string>)[key],
    (LEGACY_LABELS as Record<string, string>)[key],
    (FRAMEWORK_LABELS as Record<string, string>)[key],
  ];
  return labels.filter((label): label is string => label !== undefined);
}

/**
 * A tracker or framework: painted whole when new; when it exists, its columns are found by
 * their headers and only the add-on's cells are planned, around the user's.
 */
function planTable(
  port: WorkbookPort,
  kind: SheetKind,
  existing: OwnSheet | undefined,
  template: (positions?: Positions) => TableTemplate,
): SheetPlan {
  const plain = template();
  if (!existing) {
    const keys = plain.columns.map((c) => c.key);
    return { kind, repaired: false, paint: planNewTable(plain, defaultPositions(keys)) };
  }
  const name = existing.ref.name;
  const head = port.readHead(existing.ref, Math.max(plain.formulaRow, plain.totalsRow ?? 0));
  const { positions, added } = locateColumns(plain, head, labelsOf, name);
  const planned = planExistingTable(template(positions), positions, head, added, name);
  return { kind, existing, repaired: planned.repaired, paint: planned.paint };
}

export function insertTemplates(port: WorkbookPort): InsertResult {
  return port.withDocumentLock(() => {
    const own = new Map<SheetKind, OwnSheet>();
    for (const sheet of port.ownSheets()) if (!own.has(sheet.kind)) own.set(sheet.kind, sheet);
    const taken = port.sheetNames();
    const names = {} as Record<SheetKind, string>;
    for (const kind of SHEET_KINDS) {
      const existing = own.get(kind)?.ref.name;
      names[kind] = existing ?? freeName(SHEET_NAMES[kind], taken);
      taken.push(names[kind]);
    }
    const settingsSheet = own.get("settings");
    const named = port.namedRanges(NAMED_RANGE_PREFIX);
    const settings = settingsSheet ? existingSettings(port, settingsSheet.ref, named) : undefined;
    const currency = settings?.currency ?? DEFAULT_CURRENCY;

    const plans: SheetPlan[] = SHEET_KINDS.map((kind): SheetPlan => {
      const existing = own.get(kind);
      if (kind === "settings") {
        return settings && existing
          ? {
              kind,
              existing,
              repaired: settings.renamed,
              paint: planExistingSettings(settings.blocks, currency),
            }
          : { kind, repaired: false, paint: planNewSettings(currency) };
      }
      return planTable(port, kind, existing, (positions) =>
        kind === "tracker"
          ? trackerTemplate(names, currency, positions as Positions<TrackerKey> | undefined)
          : frameworkTemplate(names, positions as Positions<FrameworkKey> | undefined),
      );
    });

    const created: SheetRef[] = [];
    try {
      for (const plan of plans) {
        const ref =
          plan.existing?.ref ??
          port.createSheet(names[plan.kind], plan.kind, TEMPLATE_VERSION, size(plan));
        if (!plan.existing) created.push(ref);
        port.paint(ref, plan.paint);
        if (plan.kind === "settings")
          nameSettingsBlocks(port, ref, settings?.blocks ?? SETTINGS_LAYOUT, named);
        if (plan.existing && plan.existing.version < TEMPLATE_VERSION) {
          port.retag(ref, plan.kind, TEMPLATE_VERSION);
        }
      }
    } catch (error) {
      removeAll(port, created);
      throw error;
    }
    const tracker = created.find((ref) => ref.name === names.tracker);
    if (tracker) port.activate(tracker);
    const kept = plans.filter((p) => p.existing);
    return {
      created: created.map((ref) => ref.name),
      upgraded: kept
        .filter((p) => (p.existing?.version ?? 0) < TEMPLATE_VERSION)
        .map((p) => names[p.kind]),
      repaired: kept.filter((p) => p.repaired).map((p) => names[p.kind]),
      kept: kept.map((p) => names[p.kind]),
    };
  });
}

/** A new sheet's size: the block that paints all of it. */
function size(plan: SheetPlan): { rows: number; columns: number } {
  const values = plan.paint.blocks[0]?.values ?? [];
  return { rows: values.length, columns: values[0]?.length ?? 0 };
}

/** Points every Settings name at its block, where it is missing or points elsewhere. */
function nameSettingsBlocks(
  port: WorkbookPort,
  settings: SheetRef,
  blocks: Readonly<Record<SettingsBlock, Rect>>,
  named: Map<string, NamedBlock | undefined>,
): void {
  for (const block of Object.keys(SETTINGS_NAMES) as SettingsBlock[]) {
    const name = SETTINGS_NAMES[block];
    const current = named.get(name);
    const rect = blocks[block];
    const same =
      current &&
      current.sheet.name === settings.name &&
      current.row === rect.row &&
      current.column === rect.column &&
      current.numRows === rect.numRows &&
      current.numColumns === rect.numColumns;
    if (!same) port.setNamedRange(name, settings, rect, named.has(name));
  }
}

/**
 * Where the blocks of an existing Settings sheet are: at their names, or, for a sheet from
 * before the names (version 1) or whose names were deleted, where the layout put them, once
 * the labels there confirm it.
 */
function existingSettings(
  port: WorkbookPort,
  sheet: SheetRef,
  named: Map<string, NamedBlock | undefined>,
): { blocks: Record<SettingsBlock, Rect>; currency: string | undefined; renamed: boolean } {
  const blocks = {} as Record<SettingsBlock, Rect>;
  let renamed = false;
  for (const block of Object.keys(SETTINGS_NAMES) as SettingsBlock[]) {
    const found = named.get(SETTINGS_NAMES[block]);
    if (found && found.sheet.name === sheet.name) blocks[block] = found;
    else {
      blocks[block] = SETTINGS_LAYOUT[block];
      renamed = true;
    }
  }
  const depth = Math.max(...Object.values(blocks).map((r) => r.row + r.numRows - 1));
  const head = port.readHead(sheet, depth);
  if (renamed) {
    const moved = SETTINGS_ANCHORS.find(
      (a) => String(head.values[a.row - 1]?.[a.column - 1] ?? "").trim() !== a.text,
    );
    if (moved) {
      throw new UserError(
        `"${sheet.name}" was rearranged and Influencer KPIs cannot find its "${moved.text}" setting in row ${moved.row}. Undo the change, or delete the sheet and run Insert templates again to get a fresh one.`,
      );
    }
  }
  const { row, column } = blocks.currency;
  return { blocks, currency: readCurrency(head.values[row - 1]?.[column - 1]), renamed };
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

/** What the user is told once templates are in place. */
export function describeInsert(result: InsertResult): string {
  const parts: string[] = [];
  if (result.created.length > 0) parts.push(`Added ${result.created.join(", ")}.`);
  if (result.upgraded.length > 0) {
    parts.push(`Upgraded to the current template, with their data: ${result.upgraded.join(", ")}.`);
  }
  const repairedOnly = result.repaired.filter((name) => !result.upgraded.includes(name));
  if (repairedOnly.length > 0) {
    parts.push(`Restored the add-on's headers and formulas in ${repairedOnly.join(", ")}.`);
  }
  if (parts.length === 0) {
    return `Templates are already in place (${result.kept.join(", ")}); nothing needed changing.`;
  }
  const untouched = result.kept.filter(
    (name) => !result.upgraded.includes(name) && !result.repaired.includes(name),
  );
  if (untouched.length > 0) parts.push(`Kept, with their data: ${untouched.join(", ")}.`);
  return parts.join(" ");
}
