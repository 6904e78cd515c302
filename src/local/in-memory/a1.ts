/**
 * A1 notation for the in-memory workbook: parsing range addresses, and rewriting the open
 * ranges Sheets allows (`H3:H`, to the sheet's last row) into the bounded ranges HyperFormula
 * understands, and back again when a formula is read.
 */
import { columnLetter } from "../../sheets/a1";

export interface Rect {
  /** 1-based, as in Apps Script. */
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1Notation(rect: Rect): string {
  const start = `${columnLetter(rect.column)}${rect.row}`;
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  const end = `${columnLetter(rect.column + rect.numColumns - 1)}${rect.row + rect.numRows - 1}`;
  return `${start}:${end}`;
}

/** Parses "B3", "B3:D10", "B3:D" (to the last row), "B:D" or whole rows "1:1"; no sheet name. */
export function parseA1(a1: string, maxRows: number, maxColumns = 26): Rect {
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(a1.trim());
  if (rows) {
    const [first, last] = [Number(rows[1]), Number(rows[2])];
    const row = Math.min(first, last);
    return { row, column: 1, numRows: Math.abs(last - first) + 1, numColumns: maxColumns };
  }
  const match = /^\$?([A-Z]+)\$?(\d*)(?::\$?([A-Z]+)\$?(\d*))?$/i.exec(a1.trim());
  if (!match) throw new Error(`Range not found: ${a1}`);
  const [, c1 = "", r1, c2, r2] = match;
  const startRow = r1 ? Number(r1) : 1;
  const endRow = c2 === undefined ? startRow : r2 ? Number(r2) : maxRows;
  const startColumn = columnNumber(c1);
  const endColumn = c2 === undefined ? startColumn : columnNumber(c2);
  return {
    row: Math.min(startRow, endRow),
    column: Math.min(startColumn, endColumn),
    numRows: Math.abs(endRow - startRow) + 1,
    numColumns: Math.abs(endColumn - startColumn) + 1,
  };
}

/** Splits a formula into the parts outside string literals (even) and inside (odd). */
function outsideStrings(formula: string, rewrite: (code: string) => string): string {
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 0 ? rewrite(part) : part))
    .join('"');
}

const SHEET_PREFIX = String.raw`((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?`;
const OPEN_RANGE = new RegExp(
  String.raw`${SHEET_PREFIX}(\$?[A-Z]{1,3}\$?\d+):(\$?[A-Z]{1,3})(?![\w$(!.])`,
  "g",
);

/** A sheet name as formulas quote it ('Campaign Tracker', 'It''s') back to the name. */
export const unquoteSheetName = (quoted: string): string =>
  quoted.replace(/^'|'$/g, "").replace(/''/g, "'");

const sheetOf = (prefix: string | undefined, current: string): string =>
  prefix ? unquoteSheetName(prefix.slice(0, -1)) : current;

/** `H3:H` becomes `H3:H1000` where 1000 is the referenced sheet's row count. */
export function boundOpenRanges(
  formula: string,
  currentSheet: string,
  maxRowsOf: (sheet: string) => number,
): string {
  return outsideStrings(formula, (code) =>
    code.replace(
      OPEN_RANGE,
      (_all, prefix: string | undefined, start: string, endColumn: string) =>
        `${prefix ?? ""}${start}:${endColumn}${maxRowsOf(sheetOf(prefix, currentSheet))}`,
    ),
  );
}

const BOUNDED_RANGE = new RegExp(
  String.raw`${SHEET_PREFIX}(\$?[A-Z]{1,3}\$?\d+):(\$?[A-Z]{1,3})(\$?)(\d+)(?![\w(!.])`,
  "g",
);

/** The reverse of boundOpenRanges: a range ending on the sheet's last row reads as open. */
export function openBoundedRanges(
  formula: string,
  currentSheet: string,
  maxRowsOf: (sheet: string) => number,
): string {
  return outsideStrings(formula, (code) =>
    code.replace(
      BOUNDED_RANGE,
      (all, prefix: string | undefined, start: string, endColumn: string, dollar, row) =>
        !dollar && Number(row) === maxRowsOf(sheetOf(prefix, currentSheet))
          ? `${prefix ?? ""}${start}:${endColumn}`
          : all,
    ),
  );
}

const CELL = new RegExp(
  String.raw`(?<![\w$.'!])${SHEET_PREFIX}(\$?[A-Z]{1,3}\$?)(\d+)(?![\w(!.])`,
  "g",
);

/**
 * A formula after rows `first` to `first + count - 1` of `sheet` are deleted, as Sheets rewrites
 * it: a reference on that sheet to a row below them moves up by `count` (absolute or not).
 * Used for the array formulas the in-memory sheet writes back itself (HyperFormula cannot keep
 * them across the deletion); open ranges (`U2:U`) keep their open end.
 */
export function shiftRowsUp(
  formula: string,
  currentSheet: string,
  sheet: string,
  first: number,
  count: number,
): string {
  return outsideStrings(formula, (code) =>
    code.replace(CELL, (all, prefix: string | undefined, column: string, row: string) =>
      sheetOf(prefix, currentSheet) === sheet && Number(row) >= first + count
        ? `${prefix ?? ""}${column}${Number(row) - count}`
        : all,
    ),
  );
}
