/**
 * The Campaign Tracker's input cells as an import needs them, in two reads whatever its size:
 * every value (to match rows and to write unchanged cells back as they are) and the formulas of
 * its input columns (a cell a person computes is theirs, never overwritten). Columns are found
 * by header in any language, moved or not; a date cell is read as its calendar day in the
 * spreadsheet's time zone.
 */
import { type CellValue, isBlank, isDate } from "../../core/cells";
import type { Catalog } from "../../core/i18n/catalog";
import {
  LATER_TRACKER_COLUMNS,
  TRACKER_COLUMNS,
  TRACKER_KEYS,
  type TrackerInputKey,
} from "../../core/tracker-columns";
import { ABSENT, locateHeader } from "../headers";
import type { Positions } from "../templates/template";
import { TRACKER, type TrackerKey } from "../templates/tracker";
import { type CalendarDay, calendarDay, type SheetRef, type WorkbookPort } from "../workbook";
import { dayReader } from "./tracker";

/** An input cell as read; a date cell as its calendar day in the spreadsheet's time zone. */
export type InputCell = CellValue | CalendarDay;
export type InputCells = Readonly<Record<TrackerInputKey, InputCell>>;

export interface TrackerInputRow {
  /** 1-based sheet row. */
  readonly row: number;
  /** Input cells by key. */
  readonly cells: InputCells;
}

export interface TrackerCells {
  readonly sheet: SheetRef;
  readonly positions: Positions<TrackerKey>;
  /** Every value of the sheet's data range, as read. */
  readonly values: readonly (readonly CellValue[])[];
  /** Input cells holding a formula, by sheet row and key. */
  readonly formulas: ReadonlyMap<number, ReadonlyMap<TrackerInputKey, string>>;
  /** Data rows whose input cells hold anything, in sheet order. */
  readonly rows: readonly TrackerInputRow[];
  /** The last row whose input cells hold anything (the totals row when none does). */
  readonly lastRow: number;
}

const INPUT_KEYS = TRACKER_COLUMNS.map((c) => c.key);

export function readTrackerCells(
  port: WorkbookPort,
  sheet: SheetRef,
  catalogs: readonly Catalog[],
): TrackerCells {
  const values = port.readTable(sheet);
  const positions = locateHeader<TrackerKey>(
    values[TRACKER.headerRow - 1] ?? [],
    TRACKER_KEYS,
    catalogs,
    sheet,
    LATER_TRACKER_COLUMNS,
  );
  const day = dayReader(port);
  const rows: TrackerInputRow[] = [];
  for (let i = TRACKER.firstDataRow - 1; i < values.length; i++) {
    const line = values[i] ?? [];
    const cells = {} as Record<TrackerInputKey, InputCell>;
    let any = false;
    for (const key of INPUT_KEYS) {
      const value = line[positions[key] - 1] ?? "";
      cells[key] = isDate(value) ? calendarDay(day(value)) : value;
      any ||= !isBlank(value);
    }
    if (any) rows.push({ row: i + 1, cells });
  }
  const lastRow = rows[rows.length - 1]?.row ?? TRACKER.totalsRow;
  const formulas = new Map<number, Map<TrackerInputKey, string>>();
  if (lastRow >= TRACKER.firstDataRow) {
    const columns = INPUT_KEYS.map((key) => positions[key]).filter((at) => at !== ABSENT);
    const left = Math.min(...columns);
    const read = port.readFormulas(sheet, {
      row: TRACKER.firstDataRow,
      column: left,
      numRows: lastRow - TRACKER.firstDataRow + 1,
      numColumns: Math.max(...columns) - left + 1,
    });
    read.forEach((line, r) => {
      for (const key of INPUT_KEYS) {
        if (positions[key] === ABSENT) continue;
        const text = line[positions[key] - left];
        if (!text) continue;
        const row = TRACKER.firstDataRow + r;
        let found = formulas.get(row);
        if (!found) {
          found = new Map();
          formulas.set(row, found);
        }
        found.set(key, text);
      }
    });
  }
  return { sheet, positions, values, formulas, rows, lastRow };
}
