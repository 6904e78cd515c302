/**
 * The workbook port: the few spreadsheet operations the add-on needs, each one batched. Domain
 * code plans what to write as plain data; only an implementation of this port
 * (spreadsheet-app-workbook.ts) talks to a spreadsheet, with a number of calls that does not
 * depend on the number of rows.
 */

import { type CellValue, isBlank } from "../core/cells";
import type { CoreKey, Message } from "../core/i18n/catalog";
import { english, format } from "../core/i18n/catalog";
import type { Lang } from "../core/i18n/languages";
import type { SheetKind } from "../core/labels";

export type { SheetKind } from "../core/labels";

/**
 * A formula the add-on built itself. Plain strings are always written as text, and a class
 * instance cannot arrive in JSON (a sidebar payload, say), so nothing from outside becomes one.
 */
export class Formula {
  readonly formula: string;
  constructor(text: string) {
    this.formula = text.startsWith("=") ? text : `=${text}`;
  }
}

export const formula = (text: string): Formula => new Formula(text);

export const isFormula = (cell: unknown): cell is Formula => cell instanceof Formula;

/** A calendar day for a date cell: the same day in the sheet whatever its time zone. */
export class CalendarDay {
  readonly iso: string;
  constructor(iso: string) {
    const at = new Date(`${iso}T00:00:00Z`);
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(iso) ||
      Number.isNaN(at.getTime()) ||
      at.toISOString().slice(0, 10) !== iso
    ) {
      throw new Error(`Not a calendar day: ${iso}`);
    }
    this.iso = iso;
  }
}

/** A day given as yyyy-mm-dd, to write into a date cell. */
export const calendarDay = (iso: string): CalendarDay => new CalendarDay(iso);

/**
 * What may be written into a cell: user text stays text whatever it starts with; a Date is an
 * instant (as read back from a cell), a CalendarDay a day.
 */
export type CellInput = string | number | boolean | Date | null | Formula | CalendarDay;

/** A sheet the port has found or created; opaque outside the implementation. */
export interface SheetRef {
  readonly name: string;
}

export interface OwnSheet {
  readonly ref: SheetRef;
  readonly kind: SheetKind;
  /** The template version the sheet was made or last upgraded with (1: before versions). */
  readonly version: number;
  /** The language its labels were last written in. */
  readonly language: Lang;
}

/** What a sheet's tag records besides its kind. */
export interface TagInfo {
  readonly version: number;
  readonly language: Lang;
}

/** A 1-based rectangle of cells. */
export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export type ValidationRule =
  | { readonly type: "list"; readonly values: readonly string[] }
  /** Values listed in a named range of this spreadsheet. */
  | { readonly type: "named-range"; readonly name: string }
  | { readonly type: "date" }
  | { readonly type: "number-at-least"; readonly min: number }
  | { readonly type: "number" };

export interface Validation {
  readonly rule: ValidationRule;
  /** Warn rather than reject, so pasted data is never lost. */
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

/**
 * A rectangle painted in one go: each property given is a 2D array of the block's shape and
 * is set with one call for the whole block. A null format, note or validation clears it.
 */
export interface Block {
  readonly row: number;
  readonly column: number;
  readonly values?: readonly (readonly CellInput[])[];
  readonly formats?: readonly (readonly string[])[];
  readonly validations?: readonly (readonly (Validation | null)[])[];
  readonly bold?: readonly (readonly boolean[])[];
  readonly backgrounds?: readonly (readonly (string | null)[])[];
  readonly notes?: readonly (readonly string[])[];
}

/** Everything one sheet of a template needs, applied with a fixed number of calls. */
export interface SheetPaint {
  /** Painting a sheet created in this run, which holds nothing yet. */
  readonly newSheet?: boolean;
  /** Columns the sheet must have at least (new columns are added at the right). */
  readonly columns?: number;
  readonly blocks: readonly Block[];
  readonly frozenRows?: number;
  readonly frozenColumns?: number;
  /** Pixel widths for runs of columns. */
  readonly widths?: readonly { column: number; count: number; width: number }[];
  /**
   * Cells Sheets warns about (but allows) before anyone edits or deletes them: the add-on's
   * formulas. They replace the add-on's earlier warnings on this sheet, so none stack up.
   */
  readonly protections?: readonly (Rect & { readonly description: string })[];
}

/**
 * A native chart over blocks of its own sheet (first block: the labels), placed at a cell.
 * Bar charts run across, for long names; column charts stand up.
 */
export interface ChartSpec {
  readonly type: "bar" | "column";
  readonly title: string;
  readonly ranges: readonly Rect[];
  /** Rows at the top of each range that name the series (0 or 1), said so Sheets never guesses. */
  readonly headers: 0 | 1;
  readonly row: number;
  readonly column: number;
  /** Pixels. */
  readonly width: number;
  readonly height: number;
}

/** The top rows of a sheet as they are now, to plan an upgrade or repair around user data. */
export interface SheetHead {
  readonly values: CellValue[][];
  readonly formulas: string[][];
  /** Last column holding anything in any row. */
  readonly lastColumn: number;
  readonly maxRows: number;
  readonly maxColumns: number;
}

/** Whether a cell of a sheet's head holds nothing: no value and no formula (1-based). */
export const blankInHead = (head: SheetHead, row: number, column: number): boolean =>
  isBlank(head.values[row - 1]?.[column - 1]) && !head.formulas[row - 1]?.[column - 1];

/** Where a named range of the add-on points. */
export interface NamedBlock extends Rect {
  readonly sheet: SheetRef;
}

export interface WorkbookPort {
  /**
   * Sheets this add-on created (tagged), wherever the user moved or renamed them; only those of
   * the kinds given, if any.
   */
  ownSheets(kinds?: readonly SheetKind[]): OwnSheet[];
  /** The spreadsheet's locale (File → Settings), e.g. "da_DK". */
  locale(): string;
  /** Names of every sheet, the user's included. */
  sheetNames(): string[];
  /** Whether a sheet of this name exists (any case), without reading every sheet's name. */
  hasSheet(name: string): boolean;
  /**
   * Creates a sheet of at least this many rows and columns, tagged as the add-on's with the
   * template version. A new sheet is blank, so it can be painted without reading it first.
   */
  createSheet(
    name: string,
    kind: SheetKind,
    tag: TagInfo,
    size: { rows: number; columns: number },
  ): SheetRef;
  /** Records a new template version or language in the tag of an own sheet. */
  retag(sheet: SheetRef, kind: SheetKind, tag: TagInfo): void;
  /** Renames a sheet; the returned reference carries the new name. */
  renameSheet(sheet: SheetRef, name: string): SheetRef;
  /** Every value of the sheet's data range, in one read. */
  readTable(sheet: SheetRef): CellValue[][];
  /** The values of one whole row (a header), in one read. */
  readRow(sheet: SheetRef, row: number): CellValue[];
  /** The values of a block. */
  readValues(sheet: SheetRef, rect: Rect): CellValue[][];
  /** The formulas of a block ("" where a cell holds a value). */
  readFormulas(sheet: SheetRef, rect: Rect): string[][];
  /** The number formats of a block. */
  readFormats(sheet: SheetRef, rect: Rect): string[][];
  /** The notes of a block ("" where a cell has none). */
  readNotes(sheet: SheetRef, rect: Rect): string[][];
  /** The sheet's row count, blank rows included. */
  maxRows(sheet: SheetRef): number;
  /** The values of a named range of the add-on; undefined if the name is gone. */
  namedValues(name: string): CellValue[][] | undefined;
  /** The calendar day (yyyy-mm-dd) of an instant, or of now, in the spreadsheet's time zone. */
  isoDay(date?: Date): string;
  /** Values and formulas of the first rows, and the sheet's size. */
  readHead(sheet: SheetRef, rows: number): SheetHead;
  /** Values only, as a block: for rows of user data. */
  writeTable(
    sheet: SheetRef,
    table: { row: number; column: number; values: Block["values"] },
  ): void;
  paint(sheet: SheetRef, paint: SheetPaint): void;
  /** Inserts blank rows after a row; formats and validation of that row carry down. */
  insertRowsAfter(sheet: SheetRef, row: number, count: number): void;
  /** Deletes rows (below the first), what they hold with them. */
  deleteRows(sheet: SheetRef, row: number, count: number): void;
  /**
   * A text the add-on keeps with one of its sheets under a key (the framework's Undo), seen by
   * the add-on alone; null if none.
   */
  sheetRecord(sheet: SheetRef, key: string): string | null;
  /** Keeps a text with a sheet under a key, replacing what was there; null removes it. */
  setSheetRecord(sheet: SheetRef, key: string, value: string | null): void;
  /**
   * The add-on's named ranges (names starting with prefix), by name; undefined for a name
   * whose range is gone (its sheet was deleted).
   */
  namedRanges(prefix: string): Map<string, NamedBlock | undefined>;
  /** Names a range; an existing name (replace) is removed first. */
  setNamedRange(name: string, sheet: SheetRef, rect: Rect, replace: boolean): void;
  /** Adds native charts to a sheet, one call each. */
  addCharts(sheet: SheetRef, charts: readonly ChartSpec[]): void;
  activate(sheet: SheetRef): void;
  /** Shows the sheet with a block selected. */
  select(sheet: SheetRef, rect: Rect): void;
  /** Runs an action holding the document lock; throws BusyError if another run holds it. */
  withDocumentLock<T>(action: () => T): T;
}

/**
 * A problem the user can fix, shown to them in their language. Its Error message is the
 * English text, for the execution log.
 */
export class UserError extends Error {
  constructor(readonly problem: Message<CoreKey>) {
    super(format(english, problem.key, problem.params));
    this.name = "UserError";
  }
}

/** Another execution holds the document lock. */
export class BusyError extends UserError {
  constructor() {
    super({ key: "err.busy" });
    this.name = "BusyError";
  }
}
