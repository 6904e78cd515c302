/**
 * The workbook port on SpreadsheetApp: whole-block reads and writes (one setValues,
 * setNumberFormats, setDataValidations... per block), never per-cell calls in a loop. Services
 * are reached only when a method runs, never when the script loads (custom functions and
 * AuthMode.NONE menus load this file too).
 */

import type { CellValue } from "../core/cells";
import { parseLanguage } from "../core/i18n/languages";
import { SHEET_KINDS } from "../core/labels";
import { TEXT_FORMAT } from "../sheets/templates/template";
import {
  type Block,
  BusyError,
  type CellInput,
  type NamedBlock,
  type OwnSheet,
  type Rect,
  type SheetHead,
  type SheetKind,
  type SheetPaint,
  type SheetRef,
  type TagInfo,
  UserError,
  type Validation,
  type ValidationRule,
  type WorkbookPort,
} from "../sheets/workbook";
import { toSheetValue } from "./cell-input";
import { restore, save, saveProtections, UndoLog } from "./undo-log";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Developer-metadata key that marks a sheet as created by this add-on. */
export const OWN_SHEET_KEY = "influencer-kpis.sheet";
/** Starts the description of every protection the add-on sets, so it can find its own. */
const PROTECTION_PREFIX = "Influencer KPIs";
const LOCK_WAIT_MS = 10_000;
const ANY_AMOUNT = 1e15;

/** A sheet whose name is read once, and only if asked: every name lookup is a call to Sheets. */
class SpreadsheetAppSheet implements SheetRef {
  private known: string | undefined;
  constructor(
    readonly sheet: Sheet,
    name?: string,
  ) {
    this.known = name;
  }
  get name(): string {
    this.known ??= this.sheet.getName();
    return this.known;
  }
}

function sheetOf(ref: SheetRef): Sheet {
  if (!(ref instanceof SpreadsheetAppSheet)) throw new Error("Not a sheet of this workbook");
  return ref.sheet;
}

interface Tag extends TagInfo {
  readonly kind: SheetKind;
  readonly sheetId: number;
}

/**
 * The tag names the kind, the sheet's id, the template version and the language of its
 * labels. The id matters because Sheets copies developer metadata when a user duplicates a
 * sheet, and the copy, with another id, is the user's, not ours. Version 1 tags were
 * "kind:id", in English.
 */
const tagValue = (tag: Tag): string =>
  JSON.stringify({
    kind: tag.kind,
    sheetId: tag.sheetId,
    version: tag.version,
    lang: tag.language,
  });

function readTag(value: string | null): Tag | undefined {
  const text = value ?? "";
  if (!text.startsWith("{")) {
    const [kind, sheetId] = text.split(":");
    const known = SHEET_KINDS.find((k) => k === kind);
    return known && sheetId
      ? { kind: known, sheetId: Number(sheetId), version: 1, language: "en" }
      : undefined;
  }
  try {
    const tag = JSON.parse(text) as Record<string, unknown>;
    const known = SHEET_KINDS.find((k) => k === tag.kind);
    if (!known || typeof tag.sheetId !== "number" || typeof tag.version !== "number") return;
    const language = parseLanguage(tag.lang) ?? "en";
    return { kind: known, sheetId: tag.sheetId, version: tag.version, language };
  } catch {
    return undefined;
  }
}

/** This sheet's own tag (not one copied from the sheet it was duplicated from), if any. */
function ownTag(
  sheet: Sheet,
): { tag: Tag; metadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata } | undefined {
  const tags = sheet.getDeveloperMetadata().filter((m) => m.getKey() === OWN_SHEET_KEY);
  if (tags.length === 0) return undefined;
  const id = sheet.getSheetId();
  for (const metadata of tags) {
    const tag = readTag(metadata.getValue());
    if (tag && tag.sheetId === id) return { tag, metadata };
  }
  return undefined;
}

/**
 * The add-on's sheets of these kinds (all kinds without any): one search of the whole
 * spreadsheet for the add-on's tags (DeveloperMetadataFinder), then one id check per tag,
 * however many sheets the user has. Custom functions may call it: it only reads.
 */
export function ownSheetsOf(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  kinds?: readonly SheetKind[],
): { sheet: Sheet; tag: Tag }[] {
  const own: { sheet: Sheet; tag: Tag }[] = [];
  for (const metadata of spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(OWN_SHEET_KEY)
    .find()) {
    const sheet = metadata.getLocation().getSheet();
    const tag = readTag(metadata.getValue());
    if (!sheet || !tag || (kinds && !kinds.includes(tag.kind))) continue;
    if (tag.sheetId !== sheet.getSheetId()) continue;
    own.push({ sheet, tag });
  }
  return own;
}

/**
 * DOCUMENT visibility: PROJECT metadata is visible only to the Cloud project that wrote it, so
 * a new deployment of the add-on would lose every sheet it made (DeveloperMetadataVisibility in
 * the Apps Script reference).
 */
const visibility = () => SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT;

/** What the add-on keeps for itself (Undo's rows), seen by no other script nor by viewers. */
const privately = () => SpreadsheetApp.DeveloperMetadataVisibility.PROJECT;

export function spreadsheetAppWorkbook(): WorkbookPort {
  const spreadsheet = () => SpreadsheetApp.getActiveSpreadsheet();
  /** Read once per execution, when first needed. */
  let timeZone: string | undefined;
  /** How to take back the running action's writes; none outside an action. */
  let undo: UndoLog | undefined;
  /** Sheets the running action made: deleting one takes all of it back, so none is read. */
  const made = new WeakSet<SheetRef>();
  /** Whether a write to this sheet must be read first, to be taken back on failure. */
  const keeps = (ref: SheetRef) => undo !== undefined && !made.has(ref);
  return {
    ownSheets(kinds): OwnSheet[] {
      return ownSheetsOf(spreadsheet(), kinds).map(({ sheet, tag }) => {
        const { kind, version, language } = tag;
        return { ref: new SpreadsheetAppSheet(sheet), kind, version, language };
      });
    },

    locale(): string {
      return spreadsheet().getSpreadsheetLocale();
    },

    sheetNames(): string[] {
      return spreadsheet()
        .getSheets()
        .map((sheet) => sheet.getName());
    },

    hasSheet(name): boolean {
      return spreadsheet().getSheetByName(name) !== null;
    },

    createSheet(name, kind, info, size): SheetRef {
      const sheet = spreadsheet().insertSheet(name);
      try {
        const tag = { ...info, kind, sheetId: sheet.getSheetId() };
        sheet.addDeveloperMetadata(OWN_SHEET_KEY, tagValue(tag), visibility());
        const rows = sheet.getMaxRows();
        if (rows < size.rows) sheet.insertRowsAfter(rows, size.rows - rows);
        const columns = sheet.getMaxColumns();
        if (columns < size.columns) sheet.insertColumnsAfter(columns, size.columns - columns);
      } catch (error) {
        // Not yet handed to the caller, so nobody else can remove it.
        spreadsheet().deleteSheet(sheet);
        throw error;
      }
      undo?.record(() => spreadsheet().deleteSheet(sheet));
      const ref = new SpreadsheetAppSheet(sheet, name);
      made.add(ref);
      return ref;
    },

    retag(ref, kind, info): void {
      const own = ownTag(sheetOf(ref));
      if (!own) throw new UserError({ key: "err.notOurs", params: { sheet: ref.name } });
      const tag = { ...info, kind, sheetId: own.tag.sheetId };
      const before = { value: own.metadata.getValue(), visibility: own.metadata.getVisibility() };
      undo?.record(() =>
        own.metadata.setValue(before.value ?? "").setVisibility(before.visibility),
      );
      own.metadata.setValue(tagValue(tag)).setVisibility(visibility());
    },

    renameSheet(ref, name): SheetRef {
      const sheet = sheetOf(ref);
      const before = ref.name;
      undo?.record(() => sheet.setName(before));
      sheet.setName(name);
      const renamed = new SpreadsheetAppSheet(sheet, name);
      if (made.has(ref)) made.add(renamed);
      return renamed;
    },

    readTable(ref): CellValue[][] {
      return sheetOf(ref).getDataRange().getValues();
    },

    readRow(ref, row): CellValue[] {
      return sheetOf(ref).getRange(`${row}:${row}`).getValues()[0] ?? [];
    },

    readValues(ref, rect): CellValue[][] {
      return sheetOf(ref)
        .getRange(rect.row, rect.column, rect.numRows, rect.numColumns)
        .getValues();
    },

    readFormulas(ref, rect): string[][] {
      return sheetOf(ref)
        .getRange(rect.row, rect.column, rect.numRows, rect.numColumns)
        .getFormulas();
    },

    readFormats(ref, rect): string[][] {
      return sheetOf(ref)
        .getRange(rect.row, rect.column, rect.numRows, rect.numColumns)
        .getNumberFormats();
    },

    readNotes(ref, rect): string[][] {
      return sheetOf(ref).getRange(rect.row, rect.column, rect.numRows, rect.numColumns).getNotes();
    },

    maxRows(ref): number {
      return sheetOf(ref).getMaxRows();
    },

    namedValues(name): CellValue[][] | undefined {
      return spreadsheet().getRangeByName(name)?.getValues();
    },

    isoDay(date = new Date()): string {
      timeZone ??= spreadsheet().getSpreadsheetTimeZone();
      return Utilities.formatDate(date, timeZone, "yyyy-MM-dd");
    },

    readHead(ref, rows): SheetHead {
      const sheet = sheetOf(ref);
      const lastColumn = sheet.getLastColumn();
      const maxRows = sheet.getMaxRows();
      const maxColumns = sheet.getMaxColumns();
      const range = sheet.getRange(1, 1, Math.min(rows, maxRows), maxColumns);
      return {
        values: range.getValues(),
        formulas: range.getFormulas(),
        lastColumn,
        maxRows,
        maxColumns,
      };
    },

    writeTable(ref, table): void {
      const values = table.values ?? [];
      const columns = values[0]?.length ?? 0;
      if (values.length === 0 || columns === 0) return;
      const range = sheetOf(ref).getRange(table.row, table.column, values.length, columns);
      if (keeps(ref)) {
        const rect = {
          row: table.row,
          column: table.column,
          numRows: values.length,
          numColumns: columns,
        };
        const saved = save(sheetOf(ref), [{ range, rect, touched: { values: true } }]);
        undo?.record(() => restore(saved));
      }
      writeValues(range, values, range.getNumberFormats());
    },

    paint(ref, paint: SheetPaint): void {
      const sheet = sheetOf(ref);
      if (paint.columns !== undefined) {
        const columns = sheet.getMaxColumns();
        if (columns < paint.columns) {
          const added = paint.columns - columns;
          sheet.insertColumnsAfter(columns, added);
          if (keeps(ref)) undo?.record(() => sheet.deleteColumns(columns + 1, added));
        }
      }
      const ranges = paint.blocks.map((block) => blockRange(sheet, block));
      if (keeps(ref)) undo?.record(savePaint(sheet, paint, ranges));
      // Formats first: a formula needs a cell that is not plain text, and what is written into a
      // plain-text cell stays text. Then values, then the rest, one call per property of a block.
      paint.blocks.forEach((block, i) => {
        if (block.formats) ranges[i]?.setNumberFormats(block.formats.map((line) => [...line]));
      });
      paint.blocks.forEach((block, i) => {
        const range = ranges[i];
        if (range && block.values) {
          writeValues(range, block.values, block.formats ?? range.getNumberFormats());
        }
      });
      paint.blocks.forEach((block, i) => {
        const range = ranges[i];
        if (range) paintStyles(range, block);
      });
      if (paint.frozenRows !== undefined) sheet.setFrozenRows(paint.frozenRows);
      if (paint.frozenColumns !== undefined) sheet.setFrozenColumns(paint.frozenColumns);
      for (const { column, count, width } of paint.widths ?? []) {
        sheet.setColumnWidths(column, count, width);
      }
      if (paint.protections) {
        // A new sheet has none to replace: skip the read.
        const old = paint.newSheet ? [] : sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
        for (const protection of old) {
          if (protection.getDescription().startsWith(PROTECTION_PREFIX)) protection.remove();
        }
        for (const p of paint.protections) {
          const protection = sheet.getRange(p.row, p.column, p.numRows, p.numColumns).protect();
          if (keeps(ref)) undo?.record(() => protection.remove());
          protection.setDescription(p.description).setWarningOnly(true);
        }
      }
    },

    insertRowsAfter(ref, row, count): void {
      if (count <= 0) return;
      const sheet = sheetOf(ref);
      sheet.insertRowsAfter(row, count);
      if (keeps(ref)) undo?.record(() => sheet.deleteRows(row + 1, count));
    },

    deleteRows(ref, row, count): void {
      if (count <= 0) return;
      if (row < 2) throw new Error("The first row is never deleted");
      const sheet = sheetOf(ref);
      // Everything the rows hold, read first, to insert them again and put it back.
      let saved: ReturnType<typeof save> | undefined;
      if (keeps(ref)) {
        const rect = { row, column: 1, numRows: count, numColumns: sheet.getMaxColumns() };
        const range = sheet.getRange(rect.row, rect.column, rect.numRows, rect.numColumns);
        const all = { values: true, validations: true, bold: true, backgrounds: true, notes: true };
        saved = save(sheet, [{ range, rect, touched: all }]);
      }
      sheet.deleteRows(row, count);
      if (saved) {
        const rows = saved;
        undo?.record(() => {
          sheet.insertRowsAfter(row - 1, count);
          restore(rows);
        });
      }
    },

    sheetRecord(ref, key): string | null {
      const found = sheetOf(ref)
        .getDeveloperMetadata()
        .find((metadata) => metadata.getKey() === key);
      return found ? found.getValue() : null;
    },

    setSheetRecord(ref, key, value): void {
      const sheet = sheetOf(ref);
      const old = sheet.getDeveloperMetadata().filter((metadata) => metadata.getKey() === key);
      if (keeps(ref)) {
        const before = old.map((metadata) => metadata.getValue());
        undo?.record(() => {
          for (const metadata of sheet.getDeveloperMetadata()) {
            if (metadata.getKey() === key) metadata.remove();
          }
          for (const text of before) sheet.addDeveloperMetadata(key, text ?? "", privately());
        });
      }
      for (const metadata of old) metadata.remove();
      if (value !== null) sheet.addDeveloperMetadata(key, value, privately());
    },

    namedRanges(prefix): Map<string, NamedBlock | undefined> {
      const found = new Map<string, NamedBlock | undefined>();
      for (const named of spreadsheet().getNamedRanges()) {
        const name = named.getName();
        if (!name.startsWith(prefix)) continue;
        let range: Range;
        try {
          range = named.getRange();
        } catch {
          found.set(name, undefined);
          continue;
        }
        found.set(name, {
          sheet: new SpreadsheetAppSheet(range.getSheet()),
          row: range.getRow(),
          column: range.getColumn(),
          numRows: range.getNumRows(),
          numColumns: range.getNumColumns(),
        });
      }
      return found;
    },

    setNamedRange(name, ref, rect, replace): void {
      const range = sheetOf(ref).getRange(rect.row, rect.column, rect.numRows, rect.numColumns);
      if (undo) {
        // A name whose sheet was deleted has no range to give back; it is removed.
        const before = replace ? spreadsheet().getRangeByName(name) : null;
        undo.record(() => {
          // The write may have failed between removing the old name and setting the new one.
          if (spreadsheet().getRangeByName(name)) spreadsheet().removeNamedRange(name);
          if (before) spreadsheet().setNamedRange(name, before);
        });
      }
      if (replace) spreadsheet().removeNamedRange(name);
      spreadsheet().setNamedRange(name, range);
    },

    activate(ref): void {
      sheetOf(ref).activate();
    },

    addCharts(ref, charts): void {
      const sheet = sheetOf(ref);
      for (const spec of charts) {
        const builder = sheet
          .newChart()
          .setChartType(spec.type === "bar" ? Charts.ChartType.BAR : Charts.ChartType.COLUMN);
        for (const r of spec.ranges) {
          builder.addRange(sheet.getRange(r.row, r.column, r.numRows, r.numColumns));
        }
        const chart = builder
          .setNumHeaders(spec.headers)
          .setPosition(spec.row, spec.column, 0, 0)
          .setOption("title", spec.title)
          .setOption("width", spec.width)
          .setOption("height", spec.height)
          .setOption("legend", { position: "bottom" })
          .build();
        sheet.insertChart(chart);
        if (keeps(ref)) undo?.record(() => sheet.removeChart(chart));
      }
    },

    select(ref, rect): void {
      sheetOf(ref).getRange(rect.row, rect.column, rect.numRows, rect.numColumns).activate();
    },

    /**
     * The action runs whole or not at all: if it throws, every write it made is taken back
     * (undo-log.ts) before the lock is released.
     */
    withDocumentLock<T>(action: () => T): T {
      // getDocumentLock() returns null when the script runs outside a document (LockService).
      const lock = LockService.getDocumentLock();
      if (!lock) throw new UserError({ key: "err.noDocument" });
      if (!lock.tryLock(LOCK_WAIT_MS)) throw new BusyError();
      const outer = undo === undefined;
      if (outer) undo = new UndoLog();
      try {
        return action();
      } catch (error) {
        if (outer) undo?.rollBack();
        throw error;
      } finally {
        if (outer) undo = undefined;
        // Apply every write, a rollback's included, before the next run can take the lock.
        SpreadsheetApp.flush();
        lock.releaseLock();
      }
    },
  };
}

/**
 * Reads everything a paint will change on an existing sheet, before its first write, and gives
 * back how to put it all back.
 */
function savePaint(sheet: Sheet, paint: SheetPaint, ranges: readonly (Range | undefined)[]) {
  const blocks = save(
    sheet,
    paint.blocks.flatMap((block, i) => {
      const range = ranges[i];
      const rect = blockRect(block);
      if (!range || !rect) return [];
      const touched = {
        values: Boolean(block.values),
        formats: Boolean(block.formats),
        validations: Boolean(block.validations),
        bold: Boolean(block.bold),
        backgrounds: Boolean(block.backgrounds),
        notes: Boolean(block.notes),
      };
      return [{ range, rect, touched }];
    }),
  );
  const frozenRows = paint.frozenRows === undefined ? undefined : sheet.getFrozenRows();
  const frozenColumns = paint.frozenColumns === undefined ? undefined : sheet.getFrozenColumns();
  const widths = (paint.widths ?? []).flatMap(({ column, count }) =>
    Array.from({ length: count }, (_, i) => ({
      column: column + i,
      width: sheet.getColumnWidth(column + i),
    })),
  );
  const protections = paint.protections ? saveProtections(sheet, PROTECTION_PREFIX) : undefined;
  return () => {
    protections?.();
    for (const { column, width } of widths) sheet.setColumnWidth(column, width);
    if (frozenColumns !== undefined) sheet.setFrozenColumns(frozenColumns);
    if (frozenRows !== undefined) sheet.setFrozenRows(frozenRows);
    restore(blocks);
  };
}

/** The rectangle a block covers; none for an empty block. */
function blockRect(block: Block): Rect | undefined {
  const grid =
    block.values ??
    block.formats ??
    block.validations ??
    block.bold ??
    block.backgrounds ??
    block.notes;
  const numRows = grid?.length ?? 0;
  const numColumns = grid?.[0]?.length ?? 0;
  if (numRows === 0 || numColumns === 0) return undefined;
  return { row: block.row, column: block.column, numRows, numColumns };
}

/** One range for the whole block; none for an empty block. */
function blockRange(sheet: Sheet, block: Block): Range | undefined {
  const rect = blockRect(block);
  return rect && sheet.getRange(rect.row, rect.column, rect.numRows, rect.numColumns);
}

/** Values in one call, each written as the format of its cell needs (cell-input.ts). */
function writeValues(
  range: Range,
  values: readonly (readonly CellInput[])[],
  formats: readonly (readonly string[])[],
): void {
  range.setValues(
    values.map((line, r) =>
      line.map((cell, c) => toSheetValue(cell, formats[r]?.[c] === TEXT_FORMAT)),
    ),
  );
}

/** Validation, weights, backgrounds and notes of a block: one call per property it sets. */
function paintStyles(range: Range, block: Block): void {
  if (block.validations) {
    const built = new Map<Validation, GoogleAppsScript.Spreadsheet.DataValidation>();
    const rule = (v: Validation | null) => {
      if (!v) return null;
      let made = built.get(v);
      if (!made) {
        made = ruleBuilder(v.rule).setAllowInvalid(v.allowInvalid).setHelpText(v.helpText).build();
        built.set(v, made);
      }
      return made;
    };
    range.setDataValidations(block.validations.map((line) => line.map(rule)));
  }
  if (block.bold) {
    range.setFontWeights(block.bold.map((line) => line.map((b) => (b ? "bold" : "normal"))));
  }
  if (block.backgrounds)
    range.setBackgrounds(block.backgrounds.map((line) => [...line]) as string[][]);
  if (block.notes) range.setNotes(block.notes.map((line) => [...line]));
}

function ruleBuilder(rule: ValidationRule): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  const builder = SpreadsheetApp.newDataValidation();
  switch (rule.type) {
    case "list":
      return builder.requireValueInList([...rule.values], true);
    case "named-range": {
      const range = SpreadsheetApp.getActiveSpreadsheet().getRangeByName(rule.name);
      if (!range) throw new Error(`The named range ${rule.name} is missing`);
      return builder.requireValueInRange(range, true);
    }
    case "date":
      return builder.requireDate();
    case "number-at-least":
      return builder.requireNumberGreaterThanOrEqualTo(rule.min);
    case "number":
      // Sheets has no plain "is a number" rule; this range holds any amount a tracker sees.
      return builder.requireNumberBetween(-ANY_AMOUNT, ANY_AMOUNT);
  }
}
