/**
 * What Sheets makes of a string that setValues writes into a cell that is not plain text ("@"),
 * as if a person typed it there: a formula, a number, a date or time, a boolean, or text.
 *
 * Google's reference says setValues reads strings as typed input ("Range.setValues", and the
 * Sheets API's USER_ENTERED input option: "parsed exactly as if it were entered into the Google
 * Sheets UI, so "Mar 1 2016" becomes a date, and "=1+2" becomes a formula"), but it does not list
 * which forms become what. Where it is silent this model reads more text as numbers, dates and
 * formulas than Sheets may, never less: the stand-in must not be more forgiving than Sheets, so
 * text the add-on forgot to mark shows up in tests.
 */
import { dateSerial } from "../../core/cells";
import {
  localeDigits,
  type NumberConventions,
  numberConventions,
} from "../../core/i18n/number-format";

export type TypedInput =
  | { readonly kind: "formula"; readonly formula: string }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "date"; readonly serial: number; readonly format: string }
  | { readonly kind: "boolean"; readonly value: boolean };

/** The symbols of a locale's own currency, which Sheets reads beside typed numbers. */
const LOCAL_CURRENCY: Readonly<Record<string, readonly string[]>> = {
  en_US: ["$"],
  en_GB: ["£"],
  da_DK: ["kr.", "kr"],
  it_IT: ["€"],
  de_DE: ["€"],
  zh_CN: ["¥", "￥"],
  ky_KG: ["сом"],
};

const EN_US = numberConventions("en_US") as NumberConventions;

/**
 * "=…" is a formula; so are, in this model, "=" after spaces and the full-width "＝" a CJK
 * keyboard types (stricter than Sheets may be). "+" and "-" text that is not a number runs as a
 * formula too, as typing it into Sheets does.
 */
const FORMULA_START = /^\s*[=＝]/;

export function typedInput(text: string, locale: string, year: number): TypedInput {
  if (text.startsWith("'")) return { kind: "text", text: text.slice(1) };
  if (FORMULA_START.test(text)) {
    return { kind: "formula", formula: `=${text.replace(FORMULA_START, "")}` };
  }
  const number = typedNumber(text, locale);
  if (number !== undefined) return { kind: "number", value: number };
  if (/^[+-]/.test(text)) return { kind: "formula", formula: `=${text}` };
  if (/^\s*(true|false)\s*$/i.test(text)) {
    return { kind: "boolean", value: text.trim().toLowerCase() === "true" };
  }
  const date = typedDate(text, locale, year);
  if (date !== undefined) return { kind: "date", ...date };
  return { kind: "text", text };
}

/**
 * Text read as a number as if typed in the spreadsheet's locale: "1,234", "$1,200", " 473 " in
 * en_US; "1.234,5", "2,500" (2.5) or "4,5 %" in da_DK; "12 500" in ky_KG. The locale's own
 * forms only, with its currency before or after and a percent sign; "12.5K" or "€ 950" in
 * en_US stay text. A locale we have no conventions for types as en_US does.
 */
function typedNumber(text: string, locale: string): number | undefined {
  const conventions = numberConventions(locale) ?? EN_US;
  let rest = text.trim();
  let sign = "";
  if (/^[-+]/.test(rest)) {
    sign = rest[0] === "-" ? "-" : "";
    rest = rest.slice(1);
  }
  for (const symbol of LOCAL_CURRENCY[locale] ?? []) {
    if (rest.startsWith(symbol)) rest = rest.slice(symbol.length).trimStart();
    else if (rest.endsWith(symbol)) rest = rest.slice(0, -symbol.length).trimEnd();
    else continue;
    break;
  }
  let scale = 1;
  if (rest.endsWith("%")) {
    scale = 0.01;
    rest = rest.slice(0, -1).trimEnd();
  }
  let digits = localeDigits(rest, conventions);
  // Scientific notation, which every locale types with its own decimal mark.
  if (digits === undefined) {
    const scientific = /^(\d+(?:[.,]\d+)?)e([-+]?\d+)$/i.exec(rest);
    const mantissa = scientific?.[1];
    if (
      mantissa &&
      (conventions.decimal === "," ? !mantissa.includes(".") : !mantissa.includes(","))
    ) {
      digits = `${mantissa.replace(",", ".")}e${scientific[2]}`;
    }
  }
  if (digits === undefined) return undefined;
  return Number.parseFloat((Number(`${sign}${digits}`) * scale).toPrecision(15));
}

/** Month-first locales; every other locale types the day first. */
const MONTH_FIRST: ReadonlySet<string> = new Set(["en_US", "en_PH", "en"]);

const MONTHS_BY_LOCALE = new Map<string, Map<string, number>>();

/** Month names and their short forms, in English and in the locale's language, by month. */
function monthNames(locale: string): Map<string, number> {
  const known = MONTHS_BY_LOCALE.get(locale);
  if (known) return known;
  const names = new Map<string, number>();
  MONTHS_BY_LOCALE.set(locale, names);
  for (const tag of ["en-US", locale.replace("_", "-")]) {
    for (const style of ["long", "short"] as const) {
      let format: Intl.DateTimeFormat;
      try {
        format = new Intl.DateTimeFormat(tag, { month: style, timeZone: "UTC" });
      } catch {
        continue;
      }
      for (let month = 1; month <= 12; month++) {
        const name = format
          .format(new Date(Date.UTC(2000, month - 1, 1)))
          .toLowerCase()
          .replace(/\.$/, "");
        if (!/^\d/.test(name)) names.set(name, month);
      }
    }
  }
  return names;
}

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?`;
const TIME_ONLY = new RegExp(`^${TIME}$`, "i");
const WITH_TIME = new RegExp(`^(.*?)(?:[ T]+${TIME})?$`, "i");

function fraction(hours: string, minutes: string, seconds = "0", half = ""): number | undefined {
  let h = Number(hours);
  const m = Number(minutes);
  const s = Number(seconds);
  if (half) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (half.toLowerCase() === "pm" ? 12 : 0);
  }
  if (h > 23 || m > 59 || s > 59) return undefined;
  return (h * 3600 + m * 60 + s) / 86_400;
}

/** A calendar day's serial; two-digit years as Sheets reads them (00–29: 2000s). */
function day(year: number, month: number, date: number): number | undefined {
  if (month < 1 || month > 12 || date < 1) return undefined;
  const full = year < 100 ? (year < 30 ? 2000 + year : 1900 + year) : year;
  const at = new Date(Date.UTC(full, month - 1, date));
  if (at.getUTCDate() !== date) return undefined;
  return dateSerial(at);
}

/**
 * A typed date, time or both: "2025-05-01", "5/1/2025", "1/2" (this year), "1.5" in a
 * day-first locale, "May 2025", "May 1, 2025", "1. maj 2025", "3/25/2025 22:00", "10:30 AM".
 */
function typedDate(
  text: string,
  locale: string,
  year: number,
): { serial: number; format: string } | undefined {
  const trimmed = text.trim();
  const time = TIME_ONLY.exec(trimmed);
  if (time) {
    const serial = fraction(time[1] as string, time[2] as string, time[3], time[4]);
    return serial === undefined ? undefined : { serial, format: "hh:mm" };
  }
  const parts = WITH_TIME.exec(trimmed);
  const date = datePart((parts?.[1] ?? "").trim(), locale, year);
  if (date === undefined) return undefined;
  if (parts?.[2] === undefined) return { serial: date, format: "yyyy-mm-dd" };
  const clock = fraction(parts[2], parts[3] as string, parts[4], parts[5]);
  return clock === undefined ? undefined : { serial: date + clock, format: "yyyy-mm-dd hh:mm" };
}

function datePart(text: string, locale: string, year: number): number | undefined {
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const yearMonth = /^(\d{4})[-/](\d{1,2})$/.exec(text);
  if (yearMonth) return day(Number(yearMonth[1]), Number(yearMonth[2]), 1);
  const numeric = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?\.?$/.exec(text);
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    const y = numeric[3] === undefined ? year : Number(numeric[3]);
    return MONTH_FIRST.has(locale) ? day(y, a, b) : day(y, b, a);
  }
  const names = monthNames(locale);
  const words = text
    .toLowerCase()
    .replace(/,/g, " ")
    .split(/[\s\-/]+/)
    .map((word) => word.replace(/\.$/, ""))
    .filter(Boolean);
  const month = words.findIndex((word) => names.has(word));
  if (month < 0 || words.length < 2 || words.length > 3) return undefined;
  const numbers = words.filter((_, i) => i !== month);
  if (numbers.some((word) => !/^\d{1,4}$/.test(word))) return undefined;
  const m = names.get(words[month] as string) as number;
  const values = numbers.map(Number);
  if (values.length === 1) {
    const only = numbers[0] as string;
    // "May 2025" is the first of the month; "May 1" and "1 May" a day of this year.
    return only.length === 4 ? day(values[0] as number, m, 1) : day(year, m, values[0] as number);
  }
  const yearAt = numbers.findIndex((word) => word.length === 4);
  const y = values[yearAt < 0 ? 1 : yearAt] as number;
  const d = values[yearAt < 0 ? 0 : 1 - yearAt] as number;
  return day(y, m, d);
}
