/**
 * Rows read from a file as a table: the header row (the first with two cells or more; a title
 * line above it is not the table's), the rows under it, each with its row number as a
 * spreadsheet shows the file. A file that is no table is refused in words: nothing in it, one
 * column only, rows that do not line up with the header, a header without rows, or more rows
 * than the dialog imports at once.
 */
import { LIMITS, refuse } from "./problem";

/** A cell as read: text, or a number where a workbook stored one. */
export type RawCell = string | number;

export interface GridRow {
  /** 1-based, as a spreadsheet program shows the file. */
  readonly line: number;
  readonly cells: readonly RawCell[];
}

export interface RawTable {
  /** The lines above the header, each as its first cell reads (a report's title and period). */
  readonly above: readonly string[];
  readonly header: readonly string[];
  readonly headerLine: number;
  /** The rows under the header that hold anything. */
  readonly rows: readonly GridRow[];
}

const filled = (cell: RawCell | undefined) => cell !== undefined && String(cell).trim() !== "";
const width = (cells: readonly RawCell[]) => {
  let last = cells.length;
  while (last > 0 && !filled(cells[last - 1])) last--;
  return last;
};

export function toTable(grid: readonly GridRow[]): RawTable {
  const used = grid.filter((row) => row.cells.some(filled));
  if (used.length === 0) refuse("import.file.empty");
  const at = used.findIndex((row) => row.cells.filter(filled).length >= 2);
  const headerRow = used[at];
  if (at < 0 || !headerRow) return refuse("import.file.oneColumn");
  const rows = used.slice(at + 1);
  if (rows.length === 0) refuse("import.file.headerOnly", { row: headerRow.line });
  if (rows.length > LIMITS.rows) {
    refuse("import.file.tooManyRows", { rows: rows.length, limit: LIMITS.rows });
  }
  const columns = width(headerRow.cells);
  // Rows of a table end where its header does; most rows of prose split on commas do not.
  const aligned = rows.filter((row) => width(row.cells) <= columns).length;
  if (aligned < rows.length / 2) refuse("import.file.notTable", { row: headerRow.line });
  const header = Array.from({ length: columns }, (_, i) => String(headerRow.cells[i] ?? "").trim());
  const above = used.slice(0, at).map((row) => String(row.cells.find(filled) ?? "").trim());
  return { above, header, headerLine: headerRow.line, rows };
}
