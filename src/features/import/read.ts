/**
 * A table's cells read into typed records by the mapping and the conventions chosen: counts and
 * amounts as numbers (readNumber, in the file's own way of writing them), days as ISO text,
 * text as text. Blank cells and the marks exports write for "no value" ("—", "-", "N/A") are
 * blank, so the tracker keeps what it holds. Every cell that cannot be read is listed with its
 * row, column, value and why; an amount in another currency than Settings' is kept as text
 * with its currency (no figure counts it) and listed too; so is an amount under a header
 * naming another currency ("Cost (EUR)"), read as if that code were typed beside it ("EUR
 * 250"). A posts import then writes such amounts as numbers with their row's Currency. A Total
 * row is left out and listed.
 */

import { readCurrency } from "../../core/currency";
import { type Message, message } from "../../core/i18n/catalog";
import { numberConventions } from "../../core/i18n/number-format";
import { readNumber } from "../../core/numbers";
import { cleanText } from "../../core/user-text";
import type { ImportRecord, ImportValue } from "./contract";
import type { Conventions } from "./conventions";
import { scanDate, settleDate } from "./dates";
import { FIELD_TYPES, type FieldKey, SIGNED } from "./fields";
import type { RawCell, RawTable } from "./files/table";
import { normaliseHeader } from "./recognise";

/** What exports write in a number or date cell for "no value". */
const BLANK_MARKS = new Set(["", "-", "--", "—", "–", "n/a", "na", "#n/a", "null", "none"]);

export const isBlankMark = (text: string): boolean => BLANK_MARKS.has(text.trim().toLowerCase());

/** The words of a Total row in the exports (the tracker's own come from its catalogs). */
const TOTAL_WORDS = ["total", "totals", "grand total"];

/** A cell holds at most this much text in Sheets. */
const MAX_TEXT = 50_000;

interface CellProblem {
  readonly line: number;
  readonly column: string;
  readonly value: string;
  readonly problem: Message;
  /** Written as text with its currency, which no figure counts, rather than left blank. */
  readonly asText: boolean;
}

interface SkippedRow {
  readonly line: number;
  readonly reason: Message;
}

export interface ReadRecords {
  readonly fields: readonly FieldKey[];
  readonly records: readonly ImportRecord[];
  readonly problems: readonly CellProblem[];
  readonly skipped: readonly SkippedRow[];
}

export interface ReadOptions {
  readonly conventions: Conventions;
  /** Settings' currency: an amount in another is not a number of it. */
  readonly currency: string;
  /** Today in the spreadsheet's time zone (ISO), for dates without a year. */
  readonly today: string;
  /** The tracker's word for its totals row, in every language. */
  readonly totalWords: readonly string[];
}

type Read = { value: ImportValue } | { problem: Message; asText?: string };

function readCell(cell: RawCell, field: FieldKey, options: ReadOptions): Read {
  const type = FIELD_TYPES[field];
  const { conventions } = options;
  if (type === "text") {
    const text = cleanText(String(cell));
    if (text === undefined) return { problem: message("import.cell.control") };
    if (text.length > MAX_TEXT)
      return { problem: message("import.cell.tooLong", { max: MAX_TEXT }) };
    return { value: text === "" ? null : text };
  }
  if (typeof cell === "string" && isBlankMark(cell)) return { value: null };
  if (type === "date") {
    const iso = settleDate(scanDate(cell), conventions.dateOrder, conventions.year, options.today);
    return iso ? { value: iso } : { problem: message("import.cell.notDate") };
  }
  const locale = conventions.decimal === "," ? "de_DE" : "en_US";
  const read = readNumber(
    cell,
    numberConventions(locale),
    type === "money" ? options.currency : undefined,
  );
  if (read.kind === "blank") return { value: null };
  if (read.kind === "bad") {
    // An amount in another currency stays text with its currency, as a person typed it.
    const other = read.problem.key === "problem.otherCurrency";
    return other
      ? { problem: read.problem, asText: String(cell).trim() }
      : { problem: read.problem };
  }
  if (read.value < 0 && !SIGNED.has(field)) {
    return { problem: message("problem.negative", { value: read.value }) };
  }
  return { value: read.value };
}

/**
 * The currency an amount column's header names in brackets, as YouTube Studio's "Estimated
 * revenue (USD)" does; undefined where it names none or the Settings one.
 */
function headerCurrency(header: string, settings: string): string | undefined {
  const code = readCurrency(/\(\s*([A-Za-z]{3})\s*\)\s*$/.exec(header)?.[1]);
  return code === settings ? undefined : code;
}

/** A number, or text of digits and their marks alone (no sign, no code, not blank). */
const isBareAmount = (cell: RawCell): boolean =>
  typeof cell === "number" || /^[-+]?\d[\d\s.,'’]*$/.test(String(cell).trim());

export function readRecords(
  table: RawTable,
  mapping: readonly (FieldKey | null)[],
  options: ReadOptions,
): ReadRecords {
  const columns = mapping.flatMap((field, i) => {
    if (!field) return [];
    const named =
      FIELD_TYPES[field] === "money"
        ? headerCurrency(table.header[i] ?? "", options.currency)
        : undefined;
    return [{ i, field, named }];
  });
  const totals = new Set([...TOTAL_WORDS, ...options.totalWords].map(normaliseHeader));
  const records: ImportRecord[] = [];
  const problems: CellProblem[] = [];
  const skipped: SkippedRow[] = [];
  for (const row of table.rows) {
    const first = row.cells.find((cell) => String(cell).trim() !== "");
    if (first !== undefined && totals.has(normaliseHeader(first))) {
      skipped.push({
        line: row.line,
        reason: message("import.skip.total", { text: String(first).trim() }),
      });
      continue;
    }
    const values = columns.map(({ i, field, named }) => {
      const typed = row.cells[i] ?? "";
      // Under a header naming its currency, a bare amount reads as if its code were typed
      // beside it; one with its own sign reads as typed.
      const cell = named && isBareAmount(typed) ? `${named} ${typed}` : typed;
      const read = readCell(cell, field, options);
      if ("value" in read) return read.value;
      const column = table.header[i] || `#${i + 1}`;
      const value = String(cell).trim();
      problems.push({
        line: row.line,
        column,
        value,
        problem: read.problem,
        asText: read.asText !== undefined,
      });
      return read.asText ?? null;
    });
    if (values.some((value) => value !== null)) records.push({ line: row.line, values });
  }
  return { fields: columns.map((c) => c.field), records, problems, skipped };
}
