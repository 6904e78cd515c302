/**
 * A date cell of an export as a calendar day (yyyy-mm-dd), the day as the file writes it
 * (a time and a zone after it are the file's own and change nothing): ISO dates, GA4's
 * 20260901, month-first or day-first numbers (03/25/2025 22:00, 25.03.2025), English month
 * names (Mar 25, 2025; 25 March 2025) and TikTok's dates without a year (August 31), and a
 * workbook's date serial. Which way 03/04/2025 reads, and the year of "August 31", are the
 * reader's choice (conventions.ts offers them); a date that does not exist is not a date.
 */
import type { RawCell } from "./files/table";
import type { DateOrder } from "./sources";

export type YearChoice = number | "recent";

export type ReadDate =
  | { readonly kind: "day"; readonly iso: string }
  | { readonly kind: "bad" }
  /** Numbers that read either way (03/04/2025): the date order decides. */
  | {
      readonly kind: "either";
      readonly first: number;
      readonly second: number;
      readonly year: number;
    }
  /** A day and month without a year. */
  | { readonly kind: "yearless"; readonly month: number; readonly day: number };

const MONTHS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
] as const;

const TIME = String.raw`(?:[ T,]+\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:z|[+-]\d{2}:?\d{2}|utc|gmt)?)?`;
const ISO = new RegExp(`^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})${TIME}$`, "i");
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const NUMERIC = new RegExp(`^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})${TIME}$`, "i");
const MONTH = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`;
const MONTH_FIRST = new RegExp(
  `^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?${TIME}$`,
  "i",
);
const DAY_FIRST = new RegExp(
  `^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+${MONTH}(?:,?\\s+(\\d{4}))?${TIME}$`,
  "i",
);

const pad = (n: number) => String(n).padStart(2, "0");

/** The ISO day of a year, month and day, if that day exists. */
function isoOf(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    year >= 1900 &&
    year <= 9999 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  return real ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

const day = (iso: string | undefined): ReadDate => (iso ? { kind: "day", iso } : { kind: "bad" });
const monthOf = (name: string) => MONTHS.indexOf(name.toLowerCase().slice(0, 3) as never) + 1;

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** How a cell reads as a date before the reader's choices; blank cells are not asked. */
export function scanDate(cell: RawCell): ReadDate {
  if (typeof cell === "number") {
    // GA4's 20260901 stored as a number.
    if (Number.isInteger(cell) && cell >= 19_000_101 && cell <= 99_991_231) {
      return scanDate(String(cell));
    }
    // A workbook's date serial (days since 1899-12-30), from 1900 to 9999.
    if (!(cell >= 1 && cell < 2_958_466)) return { kind: "bad" };
    return day(new Date(SERIAL_EPOCH + Math.floor(cell) * 86_400_000).toISOString().slice(0, 10));
  }
  const text = cell.trim();
  let m = ISO.exec(text) ?? COMPACT.exec(text);
  if (m) return day(isoOf(Number(m[1]), Number(m[2]), Number(m[3])));
  m = NUMERIC.exec(text);
  if (m) {
    const [first, second] = [Number(m[1]), Number(m[2])];
    const year = m[3]?.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return { kind: "either", first, second, year };
  }
  m = MONTH_FIRST.exec(text);
  if (m) return named(monthOf(m[1] ?? ""), Number(m[2]), m[3]);
  m = DAY_FIRST.exec(text);
  if (m) return named(monthOf(m[2] ?? ""), Number(m[1]), m[3]);
  return { kind: "bad" };
}

function named(month: number, dayOfMonth: number, year: string | undefined): ReadDate {
  if (year !== undefined) return day(isoOf(Number(year), month, dayOfMonth));
  // 29 February may exist in the year chosen later.
  return isoOf(2000, month, dayOfMonth)
    ? { kind: "yearless", month, day: dayOfMonth }
    : { kind: "bad" };
}

/** The calendar day a scanned date is, with the reader's date order and year; undefined if none. */
export function settleDate(
  scanned: ReadDate,
  order: DateOrder,
  year: YearChoice,
  today: string,
): string | undefined {
  switch (scanned.kind) {
    case "day":
      return scanned.iso;
    case "bad":
      return undefined;
    case "either": {
      const [month, dayOfMonth] =
        order === "mdy" ? [scanned.first, scanned.second] : [scanned.second, scanned.first];
      return isoOf(scanned.year, month, dayOfMonth);
    }
    case "yearless": {
      if (year !== "recent") return isoOf(year, scanned.month, scanned.day);
      // The latest year that puts the day on or before today.
      const thisYear = Number(today.slice(0, 4));
      for (const y of [thisYear, thisYear - 1, thisYear - 2, thisYear - 3, thisYear - 4]) {
        const iso = isoOf(y, scanned.month, scanned.day);
        if (iso && iso <= today) return iso;
      }
      return undefined;
    }
  }
}
