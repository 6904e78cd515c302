/**
 * The Campaign Tracker read back: its rows as records by column key, wherever its columns are
 * (found by header in any language the sheets have been in, user columns in between), in one
 * read of the sheet. Post dates are the spreadsheet's calendar days (ISO), as its time zone
 * shows them.
 */
import { type CellValue, isBlank, isDate } from "../../core/cells";
import type { Catalog } from "../../core/i18n/catalog";
import { LATER_TRACKER_COLUMNS, TRACKER_KEYS } from "../../core/tracker-columns";
import { columnLetter } from "../a1";
import { ABSENT, locateHeader } from "../headers";
import type { Positions } from "../templates/template";
import { TRACKER, type TrackerKey } from "../templates/tracker";
import type { SheetRef, WorkbookPort } from "../workbook";

interface TrackerRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly cells: Readonly<Record<TrackerKey, CellValue>>;
  /** The money cells' number formats, when asked for. */
  readonly formats?: { readonly cost: string; readonly revenue: string };
}

export interface TrackerTable {
  readonly sheet: string;
  readonly positions: Positions<TrackerKey>;
  /** Each column's letter, for cell references ("'Campaign Tracker'!H12"). */
  readonly letters: Readonly<Record<TrackerKey, string>>;
  /** The data rows holding anything, in sheet order. */
  readonly rows: readonly TrackerRow[];
}

/** Where the tracker's columns are, from its header row alone (a clear error if one is gone). */
export const trackerColumns = (
  port: WorkbookPort,
  sheet: SheetRef,
  catalogs: readonly Catalog[],
): Positions<TrackerKey> =>
  locateHeader(
    port.readRow(sheet, TRACKER.headerRow),
    TRACKER_KEYS,
    catalogs,
    sheet,
    LATER_TRACKER_COLUMNS,
  );

/**
 * The tracker's rows; with `moneyFormats`, each row's cost and revenue number formats too, in
 * one more read over both columns (a number formatted in another currency is left out).
 */
/**
 * A date cell's calendar day: the cell is an instant at midnight in the spreadsheet's time
 * zone, so its day is read there, not in UTC. Posts share days: each is asked once.
 */
export function dayReader(port: WorkbookPort): (date: Date) => string {
  const days = new Map<number, string>();
  return (date) => {
    let found = days.get(date.getTime());
    if (found === undefined) {
      found = port.isoDay(date);
      days.set(date.getTime(), found);
    }
    return found;
  };
}

export function readTracker(
  port: WorkbookPort,
  sheet: SheetRef,
  catalogs: readonly Catalog[],
  options: { readonly moneyFormats?: boolean } = {},
): TrackerTable {
  const table = port.readTable(sheet);
  const header = table[TRACKER.headerRow - 1] ?? [];
  const positions = locateHeader<TrackerKey>(
    header,
    TRACKER_KEYS,
    catalogs,
    sheet,
    LATER_TRACKER_COLUMNS,
  );
  const money = options.moneyFormats ? moneyFormats(port, sheet, positions, table.length) : null;
  const day = dayReader(port);
  const rows: TrackerRow[] = [];
  for (let i = TRACKER.firstDataRow - 1; i < table.length; i++) {
    const line = table[i] ?? [];
    if (line.every(isBlank)) continue;
    const cells = {} as Record<TrackerKey, CellValue>;
    for (const key of TRACKER_KEYS) cells[key] = line[positions[key] - 1] ?? "";
    if (isDate(cells.postDate)) cells.postDate = day(cells.postDate);
    const formats = money?.(i + 1);
    rows.push({ row: i + 1, cells, ...(formats && { formats }) });
  }
  const letters = {} as Record<TrackerKey, string>;
  for (const key of TRACKER_KEYS) {
    letters[key] = positions[key] === ABSENT ? "" : columnLetter(positions[key]);
  }
  return { sheet: sheet.name, positions, letters, rows };
}

/** Each data row's cost and revenue formats, from one read spanning both columns. */
function moneyFormats(
  port: WorkbookPort,
  sheet: SheetRef,
  positions: Positions<TrackerKey>,
  lastRow: number,
): ((row: number) => { cost: string; revenue: string }) | null {
  if (lastRow < TRACKER.firstDataRow) return null;
  const first = Math.min(positions.cost, positions.revenue);
  const formats = port.readFormats(sheet, {
    row: TRACKER.firstDataRow,
    column: first,
    numRows: lastRow - TRACKER.firstDataRow + 1,
    numColumns: Math.abs(positions.cost - positions.revenue) + 1,
  });
  return (row) => {
    const line = formats[row - TRACKER.firstDataRow] ?? [];
    return {
      cost: line[positions.cost - first] ?? "",
      revenue: line[positions.revenue - first] ?? "",
    };
  };
}
