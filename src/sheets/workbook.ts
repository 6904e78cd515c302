/**
 * The workbook port: the few spreadsheet operations the add-on needs, each one batched. Domain
 * code plans what to write as plain data; only an implementation of this port (spreadsheet-app-workbook.ts)
 * talks to a spreadsheet, with a number of calls that does not depend on the number of rows.
 */
import type { CellValue } from "../core/tracker-columns";

/** Sheets the add-on creates and may therefore replace; user sheets are never touched. */
export type SheetKind = "settings" | "tracker" | "framework";

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

/** What may be written into a cell: user text stays text whatever it starts with. */
export type CellInput = string | number | boolean | Date | null | Formula;

/** A sheet the port has found or created; opaque outside the implementation. */
export interface SheetRef {
  readonly name: string;
}

export interface OwnSheet {
  readonly ref: SheetRef;
  readonly kind: SheetKind;
}

/** A rectangular block written in one call, with optional uniform styling. */
export interface TableWrite {
  /** 1-based top-left cell. */
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly CellInput[])[];
  readonly bold?: boolean;
  readonly background?: string;
  /** Notes by column offset within the block, set on the block's first row. */
  readonly headerNotes?: readonly (string | null)[];
  /**
   * Makes Sheets warn (not forbid) before anyone edits or deletes these cells, with this
   * description: for the formulas the add-on's columns depend on.
   */
  readonly warnBeforeEditing?: string;
}

/** A number format for one column, from a row down to toRow or the sheet's last row. */
export interface ColumnFormat {
  readonly column: number;
  readonly fromRow: number;
  readonly toRow?: number;
  readonly format: string;
}

export type ValidationRule =
  | { readonly type: "list"; readonly values: readonly string[] }
  /** Values listed in a range; a1 names its sheet: 'Settings'!A9:A20. */
  | { readonly type: "range"; readonly a1: string }
  | { readonly type: "date" }
  | { readonly type: "number-at-least"; readonly min: number }
  | { readonly type: "number" };

/** A data-validation rule for columns, from a row down to the sheet's last row or toRow. */
export interface ColumnValidation {
  readonly column: number;
  readonly numColumns?: number;
  readonly fromRow: number;
  readonly toRow?: number;
  readonly rule: ValidationRule;
  /** Warn rather than reject, so pasted data is never lost. */
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

export interface SheetLayout {
  readonly frozenRows?: number;
  readonly frozenColumns?: number;
  /** Pixel widths from column 1 on. */
  readonly columnWidths?: readonly number[];
}

export interface ChartSpec {
  readonly type: "column" | "bar" | "line" | "pie";
  readonly title: string;
  /** A1 ranges on the chart's sheet: the first column holds labels, the rest series. */
  readonly ranges: readonly string[];
  /** 1-based cell of the chart's top-left corner. */
  readonly row: number;
  readonly column: number;
}

export interface WorkbookPort {
  /** Sheets this add-on created (tagged), wherever the user moved or renamed them. */
  ownSheets(): OwnSheet[];
  /** Names of every sheet, the user's included. */
  sheetNames(): string[];
  /** Creates a sheet with at least this many rows and columns, tagged as the add-on's. */
  createSheet(name: string, kind: SheetKind, size: { rows: number; columns: number }): SheetRef;
  /** Deletes a sheet the add-on created; refuses any other. */
  deleteOwnSheet(sheet: SheetRef): void;
  /** Every value of the sheet's data range, in one read. */
  readTable(sheet: SheetRef): CellValue[][];
  writeTable(sheet: SheetRef, table: TableWrite): void;
  /** Inserts blank rows after a row; formats and validation of that row carry down. */
  insertRowsAfter(sheet: SheetRef, row: number, count: number): void;
  formatColumns(sheet: SheetRef, formats: readonly ColumnFormat[]): void;
  validateColumns(sheet: SheetRef, validations: readonly ColumnValidation[]): void;
  layout(sheet: SheetRef, layout: SheetLayout): void;
  addChart(sheet: SheetRef, chart: ChartSpec): void;
  activate(sheet: SheetRef): void;
  /** Runs an action holding the document lock; throws BusyError if another run holds it. */
  withDocumentLock<T>(action: () => T): T;
  toast(message: string, title: string): void;
}

/** Another execution holds the document lock. */
export class BusyError extends Error {
  constructor() {
    super(
      "Influencer KPIs is busy with another change to this spreadsheet. Try again in a moment.",
    );
    this.name = "BusyError";
  }
}

/** A problem the user can fix, shown to them as it is. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}
