/**
 * What currency a post's imported amounts are in: the file's Currency where it has one, else
 * the sign typed beside them ("€ 70"). Amounts in one named currency become numbers, and the
 * row's Currency says which (reading.ts, R2). Nothing already in the tracker is re-rated: where
 * the row keeps an amount of its own that the file does not replace, or says another currency,
 * the file's amounts stay as typed (text, left out and listed) and its Currency is not written.
 */
import { isBlank } from "../../core/cells";
import { readCurrency } from "../../core/currency";
import { readNumber } from "../../core/numbers";
import { rowCurrency } from "../../core/report/reading";
import type { InputCells } from "../../sheets/readers/tracker-cells";
import type { CellInput } from "../../sheets/workbook";

type Cells = Partial<Record<"cost" | "revenue" | "currency", CellInput>>;

const MONEY = ["cost", "revenue"] as const;

/** The file's cells with its amounts read in their currency, or as they were. */
export function inTheirCurrency<T extends Cells>(
  cells: T,
  settings: string,
  row: InputCells | undefined,
): T {
  const given = typeof cells.currency === "string" ? cells.currency : "";
  const named = new Set<string>();
  if (given.trim() !== "") named.add(readCurrency(rowCurrency(given)) ?? given.trim());
  const numbers: Partial<Record<(typeof MONEY)[number], number>> = {};
  for (const key of MONEY) {
    const value = cells[key];
    if (typeof value !== "string") continue;
    const read = readNumber(value, undefined, settings);
    if (read.kind !== "bad" || read.problem.key !== "problem.otherCurrency") continue;
    const code = readCurrency(String(read.problem.params?.other));
    const own = code === undefined ? undefined : readNumber(value, undefined, code);
    if (code === undefined || own?.kind !== "number") return cells;
    named.add(code);
    numbers[key] = own.value;
  }
  const [currency] = named;
  if (named.size !== 1 || currency === undefined) return cells;
  if (row) {
    const current = rowCurrency(row.currency as string);
    const kept = MONEY.some((key) => cells[key] === undefined && !isBlank(row[key]));
    if ((current ?? settings) !== currency && (kept || current !== undefined)) {
      // The file's amounts stay apart, naming their currency.
      const apart: Record<string, unknown> = { ...cells };
      delete apart.currency;
      for (const key of MONEY) {
        const value = cells[key];
        if (typeof value === "number") apart[key] = `${currency} ${value}`;
      }
      return apart as T;
    }
  }
  return { ...cells, ...numbers, currency };
}
