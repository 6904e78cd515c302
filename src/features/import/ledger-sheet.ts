/**
 * The sales ledger's sheet: the add-on's own (tagged "sales"), made by the first sales import,
 * one line per entry under a header, read in one call and written in a fixed number of calls
 * whatever its length: the lines from the first that changes to the end in one block, blank
 * where lines went. Text columns are plain text, so an order number or a code from a file
 * stays the text it was.
 */
import { type CellValue, isBlank, isDate } from "../../core/cells";
import type { Catalog } from "../../core/i18n/catalog";
import type { Lang } from "../../core/i18n/languages";
import { freeName } from "../../sheets/sheet-names";
import {
  COUNT_FORMAT,
  HEADER_GREY,
  localeFormats,
  TEMPLATE_VERSION,
  TEXT_FORMAT,
} from "../../sheets/templates/template";
import {
  type CellInput,
  calendarDay,
  type SheetRef,
  type WorkbookPort,
} from "../../sheets/workbook";
import { LEDGER_COLUMNS, type LedgerColumn, type LedgerEntry, type LedgerMerge } from "./ledger";

const FIRST_LINE = 2;
/**
 * Blank rows a new ledger gets below its lines, more than a new sheet's 1,000, so that making
 * it takes the same calls whatever the export's size; each later import adds as many rows as it
 * adds lines, so the blank rows stay.
 */
const SPARE_ROWS = 1000;

const DAY_COLUMNS: ReadonlySet<LedgerColumn> = new Set(["from", "to", "imported"]);
const NUMBER_COLUMNS: ReadonlySet<LedgerColumn> = new Set([
  "orders",
  "sessions",
  "keyEvents",
  "revenue",
]);

/** Pixel widths by runs of columns (one call each): the source, ids and days, names, figures. */
const WIDTHS = [
  { column: 1, count: 1, width: 240 },
  { column: 2, count: 4, width: 110 },
  { column: 6, count: 2, width: 150 },
  { column: 8, count: 6, width: 100 },
];

const ledgerLabel = (catalog: Catalog, column: LedgerColumn): string =>
  catalog[`import.ledger.${column}`];

/** The ledger sheet, if a sales import made one. */
export const findLedger = (port: WorkbookPort): SheetRef | undefined =>
  port.ownSheets(["sales"])[0]?.ref;

/** The name a new ledger would get: free among the spreadsheet's sheets. */
export const newLedgerName = (port: WorkbookPort, catalog: Catalog): string =>
  freeName(catalog["import.ledger.sheet"], (name) => port.hasSheet(name));

function textOf(value: CellValue): string {
  return isBlank(value) ? "" : String(value).trim();
}

function numberOf(value: CellValue): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

export interface LedgerRead {
  readonly entries: readonly LedgerEntry[];
  /** The sheet's lines under the header, blank ones included. */
  readonly lines: number;
}

/** The ledger's lines, in one read; lines a person emptied are skipped. */
export function readLedger(port: WorkbookPort, sheet: SheetRef | undefined): LedgerRead {
  if (!sheet) return { entries: [], lines: 0 };
  const day = (value: CellValue) =>
    isDate(value) ? port.isoDay(value) : textOf(value).slice(0, 10);
  const entries: LedgerEntry[] = [];
  const table = port.readTable(sheet).slice(FIRST_LINE - 1);
  for (const line of table) {
    // Each column read as the kind its cells are formatted as.
    const entry = Object.fromEntries(
      LEDGER_COLUMNS.map((column, i) => {
        const cell = line[i] ?? "";
        const read = DAY_COLUMNS.has(column)
          ? day(cell)
          : NUMBER_COLUMNS.has(column)
            ? numberOf(cell)
            : textOf(cell);
        return [column, read];
      }),
    ) as unknown as LedgerEntry;
    if (entry.order !== "" || entry.code !== "") entries.push(entry);
  }
  let lines = table.length;
  while (lines > 0 && (table[lines - 1] ?? []).every(isBlank)) lines--;
  return { entries, lines };
}

function cellOf(entry: LedgerEntry, column: LedgerColumn): CellInput {
  const value = entry[column];
  if (DAY_COLUMNS.has(column)) return value === "" ? "" : calendarDay(String(value));
  return value ?? "";
}

/**
 * Writes the merged ledger, making the sheet first where there is none: from the first line
 * that changed to the end (from the top where a person left blank lines, which closes them up),
 * lines that went left blank.
 */
export function writeLedger(
  port: WorkbookPort,
  found: SheetRef | undefined,
  read: LedgerRead,
  merge: LedgerMerge,
  context: { catalog: Catalog; language: Lang; locale: string; currency: string },
): void {
  const { catalog, locale, currency } = context;
  if (merge.added + merge.updated + merge.removed === 0) return;
  const linesBefore = read.lines;
  const width = LEDGER_COLUMNS.length;
  const lastRow = FIRST_LINE + Math.max(merge.entries.length, linesBefore) - 1;
  let sheet = found;
  if (!sheet) {
    const rows = lastRow + SPARE_ROWS;
    sheet = port.createSheet(
      newLedgerName(port, catalog),
      "sales",
      { version: TEMPLATE_VERSION, language: context.language },
      { rows, columns: width },
    );
    const formats = localeFormats(locale, currency);
    const formatOf = (column: LedgerColumn) =>
      DAY_COLUMNS.has(column)
        ? formats.date
        : column === "revenue"
          ? formats.money
          : NUMBER_COLUMNS.has(column)
            ? COUNT_FORMAT
            : TEXT_FORMAT;
    const body = Array.from({ length: rows - 1 }, () => LEDGER_COLUMNS.map(formatOf));
    port.paint(sheet, {
      newSheet: true,
      blocks: [
        {
          row: 1,
          column: 1,
          values: [LEDGER_COLUMNS.map((column) => ledgerLabel(catalog, column))],
          formats: [LEDGER_COLUMNS.map(() => TEXT_FORMAT)],
          bold: [LEDGER_COLUMNS.map(() => true)],
          backgrounds: [LEDGER_COLUMNS.map(() => HEADER_GREY)],
          notes: [LEDGER_COLUMNS.map((_, i) => (i === 0 ? catalog["import.ledger.note"] : ""))],
        },
        { row: FIRST_LINE, column: 1, formats: body },
      ],
      frozenRows: 1,
      widths: WIDTHS,
    });
  } else if (merge.added > 0) {
    // As many rows as lines added, at the end: they take the formats of the row above.
    port.insertRowsAfter(sheet, port.maxRows(sheet), merge.added);
  }
  const from = read.lines === read.entries.length ? merge.firstChanged : 0;
  const lines = Math.max(merge.entries.length, linesBefore) - from;
  const values = Array.from({ length: lines }, (_, i) => {
    const entry = merge.entries[from + i];
    return LEDGER_COLUMNS.map((column) => (entry ? cellOf(entry, column) : ""));
  });
  port.writeTable(sheet, { row: FIRST_LINE + from, column: 1, values });
}
