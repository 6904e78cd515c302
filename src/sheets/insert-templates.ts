/**
 * "Insert templates": creates whichever of Settings, Campaign Tracker and KPI Framework the
 * spreadsheet lacks, and upgrades, repairs or relabels the ones the add-on made before, in
 * place: their headers, formulas, formats and validation are rewritten in the language chosen
 * in Settings, missing columns are added at the right, and no user row or column is moved or
 * cleared. A user's sheet that has a wanted name keeps it, and the template takes a free name
 * instead. Everything is planned (and every problem reported) before the first write, under
 * the document lock; if a write fails, the port takes back every write of the run, so nothing
 * is left half-written.
 */
import { isBlank } from "../core/cells";
import { DEFAULT_CURRENCY, readCurrency } from "../core/currency";
import { type Catalog, type CoreCatalog, english } from "../core/i18n/catalog";
import { LANGUAGE_CODES, LANGUAGES, type Lang, parseLanguage } from "../core/i18n/languages";
import { sheetName, TEMPLATE_KINDS, type TemplateKind, textsOf } from "../core/labels";
import type { FrameworkKey } from "../core/tracker-columns";
import { labelsOf, locateColumns } from "./headers";
import { freeName } from "./sheet-names";
import { frameworkTemplate } from "./templates/framework";
import { NAMED_RANGE_PREFIX, SETTINGS_NAMES, type SettingsBlock } from "./templates/named-ranges";
import {
  planExistingSettings,
  planNewSettings,
  RATES_ABOVE,
  SETTINGS_ANCHORS,
  SETTINGS_LAYOUT,
} from "./templates/settings";
import { planExistingTable, planNewTable } from "./templates/table-plan";
import {
  defaultPositions,
  localeFormats,
  type Positions,
  type TableTemplate,
  TEMPLATE_VERSION,
} from "./templates/template";
import { TRACKER, type TrackerKey, trackerTemplate } from "./templates/tracker";
import {
  blankInHead,
  type NamedBlock,
  type OwnSheet,
  type Rect,
  type SheetHead,
  type SheetPaint,
  type SheetRef,
  UserError,
  type WorkbookPort,
} from "./workbook";

export interface InsertOptions {
  /** The language of the person inserting, for a spreadsheet whose Settings has none yet. */
  readonly userLanguage: Lang;
  /** The messages of a language. */
  readonly catalog: (lang: Lang) => Catalog;
}

export interface InsertResult {
  /** The language the add-on's sheets are in now. */
  readonly language: Lang;
  readonly created: readonly string[];
  /** Kept sheets of an older template version, now upgraded. */
  readonly upgraded: readonly string[];
  /** Kept sheets whose headers, totals or formulas had been damaged and are restored. */
  readonly repaired: readonly string[];
  /** Kept sheets relabelled into another language. */
  readonly relabelled: readonly string[];
  readonly kept: readonly string[];
}

/** The add-on's sheet of a kind; a clear error if templates were never inserted. */
export function ownSheet(port: WorkbookPort, kind: TemplateKind): SheetRef {
  const found = port.ownSheets([kind]).find((sheet) => sheet.kind === kind)?.ref;
  if (!found) {
    throw new UserError({ key: "err.noSheet", params: { sheet: sheetName(english, kind) } });
  }
  return found;
}

/** One sheet's part of the run: create and paint, or repaint in place. */
interface SheetPlan {
  readonly kind: TemplateKind;
  readonly existing?: OwnSheet;
  readonly paint: SheetPaint;
  readonly repaired: boolean;
}

interface SettingsFound {
  readonly blocks: Record<SettingsBlock, Rect>;
  readonly head: SheetHead;
  readonly currency: string | undefined;
  readonly language: Lang | undefined;
  /** Some names were missing and are put back. */
  readonly namesMissing: boolean;
  /** The rates table is new to this sheet, or its name was missing. */
  readonly ratesPlaced: boolean;
}

export function insertTemplates(port: WorkbookPort, options: InsertOptions): InsertResult {
  return port.withDocumentLock(() => insertHoldingLock(port, options));
}

/** The template version that added Settings' exchange rates table. */
const RATES_SINCE = 7;

/** Insert templates for a caller that already holds the document lock. */
export function insertHoldingLock(port: WorkbookPort, options: InsertOptions): InsertResult {
  const own = new Map<TemplateKind, OwnSheet>();
  for (const sheet of port.ownSheets(TEMPLATE_KINDS)) {
    const kind = sheet.kind as TemplateKind;
    if (!own.has(kind)) own.set(kind, sheet);
  }
  const named = port.namedRanges(NAMED_RANGE_PREFIX);
  const settingsSheet = own.get("settings");
  const settings =
    settingsSheet &&
    existingSettings(port, settingsSheet.ref, named, [
      english,
      options.catalog(settingsSheet.language),
    ]);
  const language = settings?.language ?? options.userLanguage;
  const catalog = options.catalog(language);
  // Labels of every language the sheets were in, to recognise them before relabelling.
  const known = [
    ...new Set([language, "en" as const, ...[...own.values()].map((s) => s.language)]),
  ].map(options.catalog);
  // A new Settings sheet starts in US dollars, the currency of its default CPMs (a user who
  // counts in another sets it there with their own CPMs); money and dates are shown the way
  // the spreadsheet's locale writes them.
  const locale = port.locale();
  const currency = settings?.currency ?? DEFAULT_CURRENCY;
  const formats = localeFormats(locale, currency);
  const names = sheetNames(port, own, catalog, known);

  const plans: SheetPlan[] = TEMPLATE_KINDS.map((kind): SheetPlan => {
    const existing = own.get(kind);
    if (kind === "settings") {
      return settings && existing
        ? {
            kind,
            existing,
            // A rates table new to a sheet of template 7 or later was lost: a repair.
            repaired:
              settings.namesMissing || (settings.ratesPlaced && existing.version >= RATES_SINCE),
            paint: planExistingSettings(catalog, known, settings.blocks, settings.head, formats),
          }
        : { kind, repaired: false, paint: planNewSettings(catalog, currency, language, formats) };
    }
    return planTable(port, kind, existing, known, (positions) =>
      kind === "tracker"
        ? trackerTemplate(catalog, names, formats, positions as Positions<TrackerKey> | undefined)
        : frameworkTemplate(
            catalog,
            names,
            formats,
            positions as Positions<FrameworkKey> | undefined,
          ),
    );
  });

  const created: SheetRef[] = [];
  const relabelled: string[] = [];
  // A failed write takes the whole run back (the port's document lock does it).
  for (const plan of plans) {
    const tag = { version: TEMPLATE_VERSION, language };
    let ref = plan.existing?.ref;
    if (!ref) {
      ref = port.createSheet(names[plan.kind], plan.kind, tag, size(plan));
      created.push(ref);
    } else if (ref.name !== names[plan.kind]) {
      ref = port.renameSheet(ref, names[plan.kind]);
    }
    port.paint(ref, plan.paint);
    if (plan.kind === "settings") {
      nameSettingsBlocks(port, ref, settings?.blocks ?? SETTINGS_LAYOUT, named);
    }
    const old = plan.existing;
    if (old && (old.version < TEMPLATE_VERSION || old.language !== language)) {
      port.retag(ref, plan.kind, tag);
      if (old.language !== language) relabelled.push(ref.name);
    }
  }
  const tracker = created.find((ref) => ref.name === names.tracker);
  if (tracker) port.activate(tracker);
  const kept = plans.filter((p) => p.existing);
  return {
    language,
    created: created.map((ref) => ref.name),
    upgraded: kept
      .filter((p) => (p.existing?.version ?? 0) < TEMPLATE_VERSION)
      .map((p) => names[p.kind]),
    repaired: kept.filter((p) => p.repaired).map((p) => names[p.kind]),
    relabelled,
    kept: kept.map((p) => names[p.kind]),
  };
}

/**
 * The name each sheet will have: a new sheet takes its name in the chosen language (or a free
 * variant); a kept sheet keeps the user's own name, and is renamed only if it still has one
 * of the add-on's names in another language.
 */
function sheetNames(
  port: WorkbookPort,
  own: ReadonlyMap<TemplateKind, OwnSheet>,
  catalog: Catalog,
  known: readonly Catalog[],
): Record<TemplateKind, string> {
  const taken = port.sheetNames();
  const names = {} as Record<TemplateKind, string>;
  for (const kind of TEMPLATE_KINDS) {
    const current = own.get(kind)?.ref.name;
    const wanted = sheetName(catalog, kind);
    const addOnName = (name: string) =>
      textsOf(known, `sheet.${kind}`).some((own) =>
        new RegExp(`^${escapeRegExp(own)}( \\(\\d+\\))?$`).test(name),
      );
    if (current && (current === wanted || !addOnName(current))) {
      names[kind] = current;
      continue;
    }
    const others = taken.filter((name) => name !== current);
    names[kind] = freeName(wanted, others);
    taken.push(names[kind]);
  }
  return names;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A tracker or framework: painted whole when new; when it exists, its columns are found by
 * their headers and only the add-on's cells are planned, around the user's.
 */
function planTable(
  port: WorkbookPort,
  kind: TemplateKind,
  existing: OwnSheet | undefined,
  known: readonly Catalog[],
  template: (positions?: Positions) => TableTemplate,
): SheetPlan {
  const plain = template();
  if (!existing) {
    const keys = plain.columns.map((c) => c.key);
    return { kind, repaired: false, paint: planNewTable(plain, defaultPositions(keys)) };
  }
  const name = existing.ref.name;
  const head = port.readHead(existing.ref, Math.max(plain.formulaRow, plain.totalsRow ?? 0));
  const { positions, added } = locateColumns(
    plain,
    head,
    labelsOf(known),
    existing.ref,
    existing.version,
  );
  const reach = Math.min(head.maxColumns, Math.max(head.lastColumn, ...Object.values(positions)));
  const formats = port.readFormats(existing.ref, {
    row: 1,
    column: 1,
    numRows: head.maxRows,
    numColumns: reach,
  });
  const keep = kind === "tracker" ? amountsWithCurrency(port, existing.ref, positions) : undefined;
  const planned = planExistingTable(
    template(positions),
    positions,
    head,
    added,
    name,
    formats,
    keep,
  );
  return { kind, existing, repaired: planned.repaired, paint: planned.paint };
}

/**
 * The tracker's amounts whose format says what currency they are in: a cost or revenue cell
 * holding an amount, or on a row with a Currency (its CPM and CPE too, in that currency).
 * Repainting one in the Settings currency would re-rate it silently (reading.ts, R2).
 */
function amountsWithCurrency(
  port: WorkbookPort,
  tracker: SheetRef,
  positions: Positions,
): (row: number, column: number) => boolean {
  const values = port.readTable(tracker);
  const { cost, revenue, cpm, cpe, currency } = positions as Positions<TrackerKey>;
  const amounts = new Set([cost, revenue]);
  const perCost = new Set([cpm, cpe]);
  return (row, column) => {
    if (row < TRACKER.firstDataRow) return false;
    const line = values[row - 1];
    const inCurrency = !isBlank(line?.[currency - 1]);
    if (perCost.has(column)) return inCurrency;
    return amounts.has(column) && (inCurrency || !isBlank(line?.[column - 1]));
  };
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
 * the labels there confirm it. Also the currency and language chosen there; a language the
 * add-on does not speak stops the run before anything is written.
 */
function existingSettings(
  port: WorkbookPort,
  sheet: SheetRef,
  named: Map<string, NamedBlock | undefined>,
  labelled: readonly CoreCatalog[],
): SettingsFound {
  const blocks = {} as Record<SettingsBlock, Rect>;
  let namesMissing = false;
  const mine = (block: SettingsBlock) => {
    const found = named.get(SETTINGS_NAMES[block]);
    return found && found.sheet.name === sheet.name ? found : undefined;
  };
  for (const block of Object.keys(SETTINGS_NAMES) as SettingsBlock[]) {
    if (block === "rates") continue;
    const found = mine(block);
    if (found) blocks[block] = found;
    else {
      blocks[block] = SETTINGS_LAYOUT[block];
      namesMissing = true;
    }
  }
  // The rates table came with template 7: an earlier sheet gets it where there is room.
  const rates = mine("rates");
  // Deep enough to look for room for the table where it has none yet.
  const depth = Math.max(
    rates ? rates.row + rates.numRows - 1 : RATES_SEARCH,
    ...Object.values(blocks).map((r) => r.row + r.numRows - 1),
  );
  const head = port.readHead(sheet, depth);
  blocks.rates = rates ? withCampaigns(rates, head) : placeRates(head, blocks);
  if (namesMissing) {
    const text = (row: number, column: number) =>
      String(head.values[row - 1]?.[column - 1] ?? "").trim();
    const moved = SETTINGS_ANCHORS.find(
      (a) => !labelled.some((c) => c[a.key] === text(a.row, a.column)),
    );
    if (moved) {
      throw new UserError({
        key: "err.settingsMoved",
        params: { sheet: sheet.name, setting: english[moved.key], row: moved.row },
      });
    }
  }
  const at = (rect: Rect) => head.values[rect.row - 1]?.[rect.column - 1];
  const typed = at(blocks.language);
  const language = parseLanguage(typed);
  if (!language && typed !== "" && typed !== undefined) {
    throw new UserError({
      key: "err.language",
      params: { value: String(typed), choices: LANGUAGE_CODES.map((c) => LANGUAGES[c]).join(", ") },
    });
  }
  return {
    blocks,
    head,
    currency: readCurrency(at(blocks.currency)),
    language,
    namesMissing,
    ratesPlaced: rates === undefined,
  };
}

/**
 * A rates table of template 7 gains its Campaign column (template 8) where the cells beside it,
 * from its title down, are blank; else it stays as it is, with a rate per currency only.
 */
function withCampaigns(rates: Rect, head: SheetHead): Rect {
  const wanted = SETTINGS_LAYOUT.rates.numColumns;
  if (rates.numColumns >= wanted) return rates;
  for (let row = rates.row - RATES_ABOVE; row < rates.row + rates.numRows; row++) {
    for (let column = rates.column + rates.numColumns; column < rates.column + wanted; column++) {
      if (!blankInHead(head, row, column)) return rates;
    }
  }
  return { row: rates.row, column: rates.column, numRows: rates.numRows, numColumns: wanted };
}

/** How far down Settings is searched for room for the rates table. */
const RATES_SEARCH = 120;

/**
 * Where an earlier Settings sheet gets the rates table: at the layout's place if it and the
 * rows above it are blank, else at the first blank rows below the other blocks, else to the
 * right of everything. Nothing a person wrote is covered.
 */
function placeRates(head: SheetHead, blocks: Partial<Record<SettingsBlock, Rect>>): Rect {
  const { row, numRows, numColumns } = SETTINGS_LAYOUT.rates;
  const height = numRows + RATES_ABOVE;
  const free = (top: number) => {
    for (let r = top; r < top + height; r++)
      for (let c = 1; c <= numColumns; c++) if (!blankInHead(head, r, c)) return false;
    return true;
  };
  const lowest = Math.max(...Object.values(blocks).map((rect) => rect.row + rect.numRows));
  const last = Math.min(head.maxRows, RATES_SEARCH) - height + 1;
  for (let top = Math.max(row - RATES_ABOVE, lowest + 1); top <= last; top++) {
    if (free(top)) return { row: top + RATES_ABOVE, column: 1, numRows, numColumns };
  }
  return { row, column: head.lastColumn + 2, numRows, numColumns };
}
