/**
 * Appends posts to the Campaign Tracker below its last filled row, in a fixed number of calls
 * whatever the number of rows: one read, one row insertion, one block write.
 */
import { isBlank } from "../core/cells";
import { TRACKER_COLUMNS } from "../core/tracker-columns";
import { TRACKER } from "./templates/tracker";
import { type CellInput, type SheetRef, UserError, type WorkbookPort } from "./workbook";

export function appendTrackerRows(
  port: WorkbookPort,
  tracker: SheetRef,
  rows: readonly (readonly CellInput[])[],
): void {
  const width = TRACKER_COLUMNS.length;
  const bad = rows.findIndex((row) => row.length !== width);
  if (bad >= 0) {
    throw new UserError({
      key: "err.rowWidth",
      params: { row: bad + 1, cells: rows[bad]?.length ?? 0, columns: width },
    });
  }
  if (rows.length === 0) return;
  port.withDocumentLock(() => {
    const table = port.readTable(tracker);
    let last = TRACKER.firstDataRow - 1;
    for (let r = table.length; r >= TRACKER.firstDataRow; r--) {
      if (table[r - 1]?.slice(0, width).some((value) => !isBlank(value))) {
        last = r;
        break;
      }
    }
    // Insert inside the data area (never above the first data row, where the computed
    // columns' formulas live) so open ranges and formats grow with it.
    port.insertRowsAfter(tracker, Math.max(last, TRACKER.firstDataRow), rows.length);
    port.writeTable(tracker, { row: last + 1, column: 1, values: rows });
  });
}
