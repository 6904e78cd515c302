/**
 * Exchange rates from the Settings sheet's rates table: what one unit of a currency is worth in
 * the Settings currency, as of a day, from a source. An amount in another currency counts at
 * its currency's rate on every surface (reading.ts); a currency without a usable rate is left
 * out as before, and said so. A rate is never guessed: a currency given two rates has none.
 */
import { type CellValue, isBlank, isDate } from "./cells";
import { readCurrency } from "./currency";

export interface Rate {
  readonly currency: string;
  /** One unit of the currency in the Settings currency. */
  readonly rate: number;
  /** The day the rate is of (yyyy-mm-dd); "" where the table does not say. */
  readonly asOf: string;
  /** Where the rate comes from, as typed (a bank, "contract", GOOGLEFINANCE…). */
  readonly source: string;
}

/** Why a row of the rates table gives no rate. */
type RateProblem =
  | { readonly why: "currency"; readonly row: number; readonly text: string }
  | { readonly why: "rate"; readonly row: number; readonly currency: string }
  | { readonly why: "twice"; readonly row: number; readonly currency: string };

export interface RateTable {
  readonly rates: ReadonlyMap<string, Rate>;
  readonly problems: readonly RateProblem[];
}

export const NO_RATES: RateTable = { rates: new Map(), problems: [] };

/**
 * The rates table's rows (currency, rate, as of, source), as Settings holds them; `row` is the
 * sheet row of the first. Rows without a currency are blank rows; the Settings currency's own
 * row, if any, is 1 whatever it says.
 */
export function readRates(
  cells: readonly (readonly CellValue[])[],
  settings: string,
  firstRow: number,
  dayOf: (date: Date) => string,
): RateTable {
  const found = new Map<string, Rate>();
  const twice = new Set<string>();
  const problems: RateProblem[] = [];
  cells.forEach((line, i) => {
    const row = firstRow + i;
    const [typed, value, asOf, source] = line;
    if (isBlank(typed)) return;
    const currency = readCurrency(typed);
    if (!currency) {
      problems.push({ why: "currency", row, text: String(typed) });
      return;
    }
    if (currency === settings) return;
    if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
      problems.push({ why: "rate", row, currency });
      return;
    }
    if (found.has(currency) || twice.has(currency)) {
      problems.push({ why: "twice", row, currency });
      found.delete(currency);
      twice.add(currency);
      return;
    }
    const day = isDate(asOf)
      ? dayOf(asOf)
      : typeof asOf === "string" && /^\d{4}-\d{2}-\d{2}$/.test(asOf.trim())
        ? asOf.trim()
        : "";
    found.set(currency, {
      currency,
      rate: value,
      asOf: day,
      source: isBlank(source) ? "" : String(source).trim(),
    });
  });
  return { rates: found, problems };
}
