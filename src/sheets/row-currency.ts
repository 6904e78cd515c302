/**
 * A row's Currency and its amounts' formats kept in step: when someone types a currency in the
 * tracker's Currency column, that row's cost, revenue, CPM and CPE cells are formatted in it, so the
 * sheet shows the currency each amount counts in (reading.ts, R2). A format a person chose is
 * kept; where it names another currency than the row's, the report lists the amount instead of
 * guessing which is meant. Clearing the Currency changes no format: the row's amounts are then
 * in the currency their formats show.
 */
import type { CellValue } from "../core/cells";
import { foreignMoneyFormat, moneyFormat, readCurrency } from "../core/currency";
import type { Catalog } from "../core/i18n/catalog";
import type { Lang } from "../core/i18n/languages";
import { signAfter } from "../core/i18n/locale-formats";
import { rowCurrency } from "../core/report/reading";
import { LATER_TRACKER_COLUMNS, TRACKER_KEYS } from "../core/tracker-columns";
import { ABSENT, locateHeader } from "./headers";
import { settingsCurrency } from "./readers/settings";
import { type Positions, personalFormat } from "./templates/template";
import { TRACKER, type TrackerKey } from "./templates/tracker";
import type { Rect, SheetRef, WorkbookPort } from "./workbook";

/**
 * After an edit of `rect` in the sheet named `sheet`: formats the amounts of the tracker rows
 * whose Currency it covered (formatRowAmounts). Anything else is left as it is, at the cost of
 * one read of the add-on's sheets and, on the tracker, of its header.
 */
export function followRowCurrencies(
  port: WorkbookPort,
  sheet: string,
  rect: Rect,
  catalog: (lang: Lang) => Catalog,
): void {
  const last = rect.row + rect.numRows - 1;
  if (last < TRACKER.firstDataRow) return;
  const own = port.ownSheets(["tracker"]).find((s) => s.ref.name === sheet);
  if (!own) return;
  const tracker = own.ref;
  // Its headers are in its own language (Insert templates relabels them), or English.
  const positions = locateHeader<TrackerKey>(
    port.readRow(tracker, TRACKER.headerRow),
    TRACKER_KEYS,
    [...new Set([own.language, "en" as const])].map(catalog),
    tracker,
    LATER_TRACKER_COLUMNS,
  );
  const at = positions.currency;
  if (at === ABSENT || at < rect.column || at > rect.column + rect.numColumns - 1) return;
  const first = Math.max(rect.row, TRACKER.firstDataRow);
  const rows = { row: first, numRows: last - first + 1 };
  const typed = port.readValues(tracker, { ...rows, column: at, numColumns: 1 });
  formatRowAmounts(
    port,
    tracker,
    positions,
    rows.row,
    typed.map((line) => line[0] ?? ""),
  );
}

/**
 * The cells of a row in its currency: its amounts, and the cost per thousand and per
 * engagement the tracker computes from its cost.
 */
const IN_ROW_CURRENCY = ["revenue", "cost", "cpm", "cpe"] as const;

/**
 * Formats the cost, revenue, CPM and CPE cells of rows from `row` down in each row's currency
 * where it names one Sheets can format, in one read and at most one write: a cell keeps a
 * format a person chose. `currencies` are the rows' Currency cells, in order.
 */
export function formatRowAmounts(
  port: WorkbookPort,
  tracker: SheetRef,
  positions: Positions<TrackerKey>,
  row: number,
  currencies: readonly CellValue[],
): void {
  const codes = currencies.map((typed) => readCurrency(rowCurrency(typed)));
  if (codes.every((code) => code === undefined)) return;
  const columns = new Set(IN_ROW_CURRENCY.map((key) => positions[key]));
  const left = Math.min(...columns);
  const span = {
    row,
    numRows: currencies.length,
    column: left,
    numColumns: Math.max(...columns) - left + 1,
  };
  const formats = port.readFormats(tracker, span);
  const after = signAfter(port.locale());
  const settings = settingsCurrency(port);
  let changed = false;
  const wanted = formats.map((line, r) => {
    const code = codes[r];
    // A currency the sheet cannot format stays as typed; the report lists its amounts.
    if (code === undefined) return line;
    const format = code === settings ? moneyFormat(code, after) : foreignMoneyFormat(code, after);
    return line.map((current, c) => {
      if (!columns.has(left + c) || current === format || personalFormat(current, format)) {
        return current;
      }
      changed = true;
      return format;
    });
  });
  if (changed) port.paint(tracker, { blocks: [{ ...span, formats: wanted }] });
}
