/**
 * A cell's value as Sheets shows it under its number format, in the spreadsheet's locale:
 * "#,##0.00" as 1.234,50 in da_DK, "0.00%" as 4.87%, "[$$]#,##0.00" as $1,234.50, date
 * patterns (m/d/yyyy, dd-mm-yyyy...) as the day. Only the kinds of format the add-on and people
 * typing in the preview use; anything else shows as Sheets' automatic format would, roughly.
 */
import { isDate } from "../../core/cells";
import { numberConventions, SPACE_MARKS } from "../../core/i18n/number-format";

const NBSP = "\u00a0";

/** A format that shows a date: day, month or year tokens and no digit placeholders. */
const isDatePattern = (format: string) => /[dmy]/i.test(format) && !/[#0]/.test(format);

/** The locale's decimal mark and the mark between thousands. */
function marks(locale: string): { decimal: string; group: string } {
  const conventions = numberConventions(locale);
  const group = conventions?.groups[0] ?? ",";
  return {
    decimal: conventions?.decimal ?? ".",
    group: SPACE_MARKS.includes(group) ? NBSP : group,
  };
}

/** Digits of a number: `decimals` of them after the mark, thousands grouped or not. */
function digits(value: number, decimals: number, grouped: boolean, locale: string): string {
  const { decimal, group } = marks(locale);
  const [whole = "", fraction = ""] = Math.abs(value).toFixed(decimals).split(".");
  const wholeShown = grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, group) : whole;
  return fraction ? `${wholeShown}${decimal}${fraction}` : wholeShown;
}

/** Sheets' automatic format: up to ten significant digits, no thousands marks. */
function automatic(value: number, locale: string): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const shown = String(Number.parseFloat(value.toPrecision(10)));
  return shown.replace(".", marks(locale).decimal);
}

/** A number under a pattern such as "#,##0.00", "0%", "[$$]#,##0.00" or "#,##0 [$kr.]". */
function numberText(value: number, format: string, locale: string): string {
  const [positive = "", negative] = format.split(";");
  const section = value < 0 && negative !== undefined ? negative : positive;
  const placeholders = /[#0][#0,]*(?:\.[#0]+)?/.exec(section);
  if (!placeholders) return automatic(value, locale);
  const pattern = placeholders[0];
  const percent = section.includes("%");
  const shown = percent ? value * 100 : value;
  const decimals = pattern.split(".")[1]?.length ?? 0;
  const number = digits(shown, decimals, pattern.includes(","), locale);
  const sign = value < 0 && negative === undefined && Number(shown.toFixed(decimals)) !== 0;
  const text = section
    .replace(pattern, () => number)
    .replace(/\[\$([^\]-]*)[^\]]*\]/g, (_all, symbol: string) => symbol)
    .replace(/"([^"]*)"/g, (_all, literal: string) => literal)
    .replace(/\\(.)/g, "$1");
  return `${sign ? "-" : ""}${text}`;
}

/** A day under a pattern of yyyy, mm, m, dd, d, in the spreadsheet's time zone. */
function dateText(date: Date, format: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const tokens: Readonly<Record<string, string>> = {
    yyyy: part("year"),
    mm: part("month"),
    m: String(Number(part("month"))),
    dd: part("day"),
    d: String(Number(part("day"))),
  };
  const pattern = isDatePattern(format) ? format.toLowerCase() : "yyyy-mm-dd";
  return pattern.replace(/yyyy|mm|m|dd|d/g, (token) => tokens[token] ?? token);
}

export interface Where {
  readonly locale: string;
  readonly timeZone: string;
}

/** What a cell shows. */
export function cellText(value: unknown, format: string, where: Where): string {
  if (value === "" || value === null || value === undefined) return "";
  if (isDate(value)) return dateText(value, format, where.timeZone);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return String(value);
  if (format === "" || format === "General" || format === "@" || format.startsWith("0.#")) {
    return automatic(value, where.locale);
  }
  return numberText(value, format, where.locale);
}

/** What the formula bar shows for a value (no formula): as a person would type it back. */
export function cellInput(value: unknown, format: string, where: Where): string {
  if (isDate(value)) return dateText(value, format, where.timeZone);
  if (typeof value === "number") {
    const percent = format.includes("%") && !format.startsWith("@");
    const shown = automatic(percent ? value * 100 : value, where.locale);
    return percent ? `${shown}%` : shown;
  }
  return cellText(value, "General", where);
}

/** How Sheets aligns a value by default: numbers and dates right, booleans centred. */
export const alignment = (value: unknown): "left" | "right" | "center" =>
  typeof value === "number" || isDate(value)
    ? "right"
    : typeof value === "boolean"
      ? "center"
      : "left";
