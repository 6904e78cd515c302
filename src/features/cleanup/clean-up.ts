/**
 * Clean up numbers: every cell of the tracker's number columns that no figure can count, fixed
 * where there is one answer. Text with one reading in the spreadsheet's locale ("11,850",
 * "1.3M") becomes that number; an amount formatted in another currency than Settings' becomes
 * text with its currency, so no total counts it as Settings' currency; each keeps what it was in
 * its note. Text with two readings, in another currency or not a number is left as it is and
 * listed. Under the document lock, in a fixed number of calls, and nothing but those cells
 * changes (formulas and notes of the others are written back as they are).
 */
import { type CellValue, isBlank } from "../../core/cells";
import { currencySymbols } from "../../core/currency";
import { formatter } from "../../core/framework/format";
import { type Catalog, type CoreKey, format, type Message } from "../../core/i18n/catalog";
import { numberConventions } from "../../core/i18n/number-format";
import { quoteShort, readNumber } from "../../core/numbers";
import { isLeftOut, type MoneyColumn, readCell } from "../../core/report/reading";
import { TRACKER_COLUMNS } from "../../core/tracker-columns";
import { columnLetter } from "../../sheets/a1";
import { ownSheet } from "../../sheets/insert-templates";
import { settingsCurrency } from "../../sheets/readers/settings";
import { trackerColumns } from "../../sheets/readers/tracker";
import { TRACKER, type TrackerKey } from "../../sheets/templates/tracker";
import { type CellInput, formula, type WorkbookPort } from "../../sheets/workbook";

/** A cell left as it is, and why. */
interface LeftCell {
  readonly cell: string;
  readonly value: string;
  readonly problem: Message<CoreKey>;
}

export interface CleanUpResult {
  readonly sheet: string;
  /** Text turned into numbers. */
  readonly converted: number;
  /** Amounts in another currency turned into text with their currency. */
  readonly marked: number;
  readonly currency: string;
  readonly left: readonly LeftCell[];
}

const NUMBER_KEYS: readonly TrackerKey[] = TRACKER_COLUMNS.filter(
  (c) => c.kind === "count" || c.kind === "money",
).map((c) => c.key);
const MONEY_KEYS: ReadonlySet<TrackerKey> = new Set(
  TRACKER_COLUMNS.filter((c) => c.kind === "money").map((c) => c.key),
);

/** Runs of adjacent column numbers: one block each, so a user's column between stays untouched. */
function runs(columns: readonly number[]): { start: number; count: number }[] {
  const found: { start: number; count: number }[] = [];
  for (const column of [...columns].sort((a, b) => a - b)) {
    const last = found[found.length - 1];
    if (last && last.start + last.count === column) last.count++;
    else found.push({ start: column, count: 1 });
  }
  return found;
}

export function cleanUpNumbers(
  port: WorkbookPort,
  catalogs: readonly Catalog[],
  /** The sheets' language, for the notes left in cells. */
  catalog: Catalog,
): CleanUpResult {
  return port.withDocumentLock(() => {
    const sheet = ownSheet(port, "tracker");
    const positions = trackerColumns(port, sheet, catalogs);
    const locale = port.locale();
    const conventions = numberConventions(locale);
    const currency = settingsCurrency(port);
    const shown = formatter(locale, currency);
    const today = shown.date(port.isoDay());
    const values = port.readTable(sheet);
    const lastRow = values.length;
    const keyAt = new Map(NUMBER_KEYS.map((key) => [positions[key], key]));
    const result = { converted: 0, marked: 0, left: [] as LeftCell[] };
    if (lastRow < TRACKER.firstDataRow) return { sheet: sheet.name, currency, ...result };

    const blocks = runs([...keyAt.keys()]).map(({ start, count }) => {
      const rect = {
        row: TRACKER.firstDataRow,
        column: start,
        numRows: lastRow - TRACKER.firstDataRow + 1,
        numColumns: count,
      };
      const formulas = port.readFormulas(sheet, rect);
      const formats = port.readFormats(sheet, rect);
      const notes = port.readNotes(sheet, rect);
      let changed = false;
      const cells: CellInput[][] = [];
      const cellNotes: string[][] = [];
      for (let r = 0; r < rect.numRows; r++) {
        const line: CellInput[] = [];
        const noteLine: string[] = [];
        for (let c = 0; c < count; c++) {
          const row = rect.row + r;
          const column = start + c;
          const key = keyAt.get(column) as TrackerKey;
          const value: CellValue = values[row - 1]?.[column - 1] ?? "";
          const typedFormula = formulas[r]?.[c] ?? "";
          const note = notes[r]?.[c] ?? "";
          const addNote = (text: string) => (note ? `${note}\n${text}` : text);
          let cell: CellInput = typedFormula ? formula(typedFormula) : value;
          let cellNote = note;
          const where = `${columnLetter(column)}${row}`;
          if (!typedFormula && typeof value === "string" && !isBlank(value.trim())) {
            const read = readNumber(value, conventions, currency);
            if (read.kind === "number") {
              cell = read.value;
              cellNote = addNote(
                format(catalog, "cleanup.noteText", { text: quoteShort(value), date: today }),
              );
              result.converted++;
            } else if (read.kind === "bad") {
              result.left.push({ cell: where, value, problem: read.problem });
            }
          } else if (!typedFormula && typeof value === "number" && MONEY_KEYS.has(key)) {
            // The report's own reading: exactly the amounts it leaves out by their format.
            const read = readCell(
              value,
              key as MoneyColumn,
              { currency, conventions },
              formats[r]?.[c],
            );
            if (isLeftOut(read) && read.why === "currency") {
              const other = read.currency;
              const symbol = currencySymbols(other)[0] ?? other;
              cell = `${symbol} ${shown.number(value)}`;
              cellNote = addNote(
                format(catalog, "cleanup.noteCurrency", {
                  amount: shown.number(value),
                  other,
                  currency,
                  date: today,
                }),
              );
              result.marked++;
            }
          }
          changed ||= cellNote !== note;
          line.push(cell);
          noteLine.push(cellNote);
        }
        cells.push(line);
        cellNotes.push(noteLine);
      }
      return changed ? [{ row: rect.row, column: start, values: cells, notes: cellNotes }] : [];
    });
    const changes = blocks.flat();
    if (changes.length > 0) port.paint(sheet, { blocks: changes });
    return { sheet: sheet.name, currency, ...result };
  });
}
