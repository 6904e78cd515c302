/**
 * How the file writes numbers and dates, read from its own cells: a cell such as "12,5" or
 * "1.234,5" shows a decimal comma, "12.5" or "1.2K" a decimal point; "25/03/2025" shows the day
 * first, "03/25/2025" the month first. Where the file's cells all read either way ("1,234",
 * "03/04/2025"), the export's documented way is offered, else the spreadsheet locale's, and the
 * dialog says which it is and lets the reader change it; cells that disagree leave the choice
 * to the reader. Dates without a year ("August 31") always ask for one.
 */
import { type Message, message } from "../../core/i18n/catalog";
import { dateFormatOf } from "../../core/i18n/locale-formats";
import { numberConventions } from "../../core/i18n/number-format";
import { scanDate, type YearChoice } from "./dates";
import { FIELD_TYPES, type FieldKey } from "./fields";
import type { RawTable } from "./files/table";
import { isBlankMark } from "./read";
import type { DateOrder, Source } from "./sources";

export type Decimal = "." | ",";

export interface Conventions {
  readonly decimal: Decimal;
  readonly dateOrder: DateOrder;
  readonly year: YearChoice;
}

/** A cell that shows the file's way. */
interface Example {
  readonly line: number;
  readonly column: string;
  readonly text: string;
}

/** Where an offered choice comes from. */
export type Basis =
  | { readonly from: "file"; readonly example: Example }
  | { readonly from: "source" }
  | { readonly from: "locale" }
  /** The file shows both ways: the reader chooses. */
  | { readonly from: "conflict"; readonly example: Example; readonly other: Example }
  /** Nothing says: the reader chooses. */
  | { readonly from: "none" };

export interface Choice<T> {
  /** The choice offered; null where the reader must make it. */
  readonly value: T | null;
  readonly basis: Basis;
  /** Whether any cell reads otherwise with the other choice (else the choice is not shown). */
  readonly matters: boolean;
}

/** Where a choice comes from, in words to show beside it. */
export function basisMessage(basis: Basis): Message {
  switch (basis.from) {
    case "file":
      return message("import.basis.file", {
        row: basis.example.line,
        column: basis.example.column,
        text: basis.example.text,
      });
    case "conflict":
      return message("import.basis.conflict", {
        row: basis.example.line,
        text: basis.example.text,
        otherRow: basis.other.line,
        otherText: basis.other.text,
      });
    default:
      return message(`import.basis.${basis.from}`);
  }
}

export interface Detected {
  readonly decimal: Choice<Decimal>;
  readonly dateOrder: Choice<DateOrder>;
  /** A cell holding a date without a year, if any. */
  readonly yearless: Example | undefined;
}

/** Which way a number's marks read: ".", ",", either, or nothing to tell. */
function marks(text: string): Decimal | "either" | undefined {
  const core = text.replace(/[^\d.,]/g, "");
  if (!/\d/.test(core)) return undefined;
  const dot = core.lastIndexOf(".");
  const comma = core.lastIndexOf(",");
  if (dot >= 0 && comma >= 0) return dot > comma ? "." : ",";
  if (dot < 0 && comma < 0) return undefined;
  const mark: Decimal = dot >= 0 ? "." : ",";
  const parts = core.split(mark);
  // A mark used twice groups thousands: the other mark is the decimal one.
  if (parts.length > 2) return mark === "." ? "," : ".";
  const [whole = "", fraction = ""] = parts;
  if (fraction.length !== 3 || !/^[1-9]\d{0,2}$/.test(whole)) return mark;
  return "either";
}

class Evidence<T> {
  found = new Map<T, Example>();
  either = false;
  add(value: T | "either" | undefined, example: Example) {
    if (value === "either") this.either = true;
    else if (value !== undefined && !this.found.has(value)) this.found.set(value, example);
  }
  choice(fallbacks: readonly (readonly [T | undefined, Basis])[]): Choice<T> {
    const [[first, example] = [], [, other] = []] = [...this.found];
    if (first !== undefined && example && other) {
      return { value: null, basis: { from: "conflict", example, other }, matters: true };
    }
    const matters = this.either || first !== undefined;
    if (first !== undefined && example)
      return { value: first, basis: { from: "file", example }, matters };
    const [value, basis] = fallbacks.find(([v]) => v !== undefined) ?? [
      undefined,
      { from: "none" } as Basis,
    ];
    return { value: value ?? null, basis, matters };
  }
}

const localeDateOrder = (locale: string): DateOrder | undefined => {
  const format = dateFormatOf(locale);
  return format.startsWith("m") ? "mdy" : format.startsWith("d") ? "dmy" : undefined;
};

export function detectConventions(
  table: RawTable,
  mapping: readonly (FieldKey | null)[],
  writes: Source["writes"],
  locale: string,
): Detected {
  const decimal = new Evidence<Decimal>();
  const order = new Evidence<DateOrder>();
  let yearless: Example | undefined;
  const columns = mapping.flatMap((field, i) => (field ? [{ i, type: FIELD_TYPES[field] }] : []));
  for (const row of table.rows) {
    for (const { i, type } of columns) {
      const cell = row.cells[i];
      if (typeof cell !== "string" || isBlankMark(cell)) continue;
      const example = { line: row.line, column: table.header[i] ?? "", text: cell.trim() };
      if (type === "count" || type === "money") decimal.add(marks(cell), example);
      else if (type === "date") {
        const scanned = scanDate(cell);
        if (scanned.kind === "yearless") yearless ??= example;
        if (scanned.kind !== "either" || scanned.first === scanned.second) continue;
        const { first, second } = scanned;
        order.add(first > 12 ? "dmy" : second > 12 ? "mdy" : "either", example);
      }
    }
  }
  return {
    decimal: decimal.choice([
      [writes?.decimal, { from: "source" }],
      [numberConventions(locale)?.decimal, { from: "locale" }],
    ]),
    dateOrder: order.choice([
      [writes?.dateOrder, { from: "source" }],
      [localeDateOrder(locale), { from: "locale" }],
    ]),
    yearless,
  };
}
