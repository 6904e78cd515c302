/**
 * Writes planned cells into the Campaign Tracker in a fixed number of calls whatever the number
 * of rows: changed rows as one block per run of adjacent changed columns (the cells between
 * are written back as they were read, formulas as formulas), and new rows below the last
 * filled row, written the same way. Only the tracker's input columns are written: a
 * person's own columns between them, and the computed columns, are never touched.
 */
import type { CellValue } from "../core/cells";
import { TRACKER_COLUMNS, type TrackerInputKey } from "../core/tracker-columns";
import type { TrackerCells } from "./readers/tracker-cells";
import { formatRowAmounts } from "./row-currency";
import { TRACKER } from "./templates/tracker";
import { type CellInput, formula, type WorkbookPort } from "./workbook";

export type PlannedCells = Readonly<Partial<Record<TrackerInputKey, CellInput>>>;

export interface TrackerChanges {
  /** Cells of existing rows to change, by sheet row. */
  readonly updates: ReadonlyMap<number, PlannedCells>;
  /** Rows to add below the last filled row. */
  readonly appends: readonly PlannedCells[];
}

/** Runs of adjacent columns: one block each, so a column between stays untouched. */
function runs(columns: readonly number[]): { start: number; count: number }[] {
  const found: { start: number; count: number }[] = [];
  for (const column of [...new Set(columns)].sort((a, b) => a - b)) {
    const last = found[found.length - 1];
    if (last && last.start + last.count === column) last.count++;
    else found.push({ start: column, count: 1 });
  }
  return found;
}

/** Each run of the columns these cells change, with the key of every column in it. */
function blocks(tracker: TrackerCells, planned: readonly PlannedCells[]) {
  const keys = new Set<TrackerInputKey>();
  for (const cells of planned)
    for (const key of Object.keys(cells)) keys.add(key as TrackerInputKey);
  const byColumn = new Map(
    TRACKER_COLUMNS.filter((c) => keys.has(c.key)).map((c) => [tracker.positions[c.key], c.key]),
  );
  return runs([...byColumn.keys()]).map(({ start, count }) => ({
    start,
    keys: Array.from({ length: count }, (_, i) => byColumn.get(start + i) as TrackerInputKey),
  }));
}

export function writeTrackerChanges(
  port: WorkbookPort,
  tracker: TrackerCells,
  changes: TrackerChanges,
): void {
  const { sheet, values, formulas } = tracker;
  const rows = [...changes.updates.keys()];
  if (rows.length > 0) {
    const top = Math.min(...rows);
    const bottom = Math.max(...rows);
    for (const { start, keys } of blocks(tracker, [...changes.updates.values()])) {
      const grid: CellInput[][] = [];
      for (let row = top; row <= bottom; row++) {
        const planned = changes.updates.get(row);
        grid.push(
          keys.map((key, i) => {
            const next = planned?.[key];
            if (next !== undefined) return next;
            const typed = formulas.get(row)?.get(key);
            if (typed) return formula(typed);
            const value: CellValue = values[row - 1]?.[start + i - 1] ?? "";
            return value;
          }),
        );
      }
      port.writeTable(sheet, { row: top, column: start, values: grid });
    }
    if (writesCurrency([...changes.updates.values()])) {
      const currencies = [];
      for (let row = top; row <= bottom; row++) {
        const planned = changes.updates.get(row)?.currency;
        currencies.push(
          planned !== undefined
            ? planned
            : (values[row - 1]?.[tracker.positions.currency - 1] ?? ""),
        );
      }
      formatRowAmounts(port, sheet, tracker.positions, top, currencies.map(asValue));
    }
  }
  const count = changes.appends.length;
  if (count > 0) {
    // New rows go below the last post. As many rows are inserted as are written, so the rows
    // the sheet had below stay: right after the last post where anything of the user's is
    // further down, else at the sheet's end. Inserted rows take the formats and validation of
    // the row above, and open ranges grow with them.
    const end = port.maxRows(sheet);
    const below = values.length > tracker.lastRow;
    port.insertRowsAfter(
      sheet,
      below ? Math.max(tracker.lastRow, TRACKER.firstDataRow) : end,
      count,
    );
    for (const { start, keys } of blocks(tracker, changes.appends)) {
      const grid = changes.appends.map((cells) => keys.map((key) => cells[key] ?? ""));
      port.writeTable(sheet, { row: tracker.lastRow + 1, column: start, values: grid });
    }
    if (writesCurrency(changes.appends)) {
      const currencies = changes.appends.map((cells) => asValue(cells.currency ?? ""));
      formatRowAmounts(port, sheet, tracker.positions, tracker.lastRow + 1, currencies);
    }
  }
}

/** Whether planned cells give any row a currency: its amounts are then formatted in it. */
const writesCurrency = (planned: readonly PlannedCells[]) =>
  planned.some((cells) => typeof cells.currency === "string" && cells.currency.trim() !== "");

/** A planned Currency cell as the text it writes. */
const asValue = (cell: CellInput | CellValue): CellValue =>
  typeof cell === "string" || typeof cell === "number" ? cell : "";
