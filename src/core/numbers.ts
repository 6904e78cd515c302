/**
 * Reading numbers the way users paste them into a sheet: "12.5K", "1.2M", "1,234", "1 234,5",
 * "4.5%", "$1,200", "€ 950", "1 200 PLN", with surrounding spaces. Everything else is reported
 * as a problem, never silently turned into 0.
 */
import { isBlank, isDate } from "./cells";
import { CURRENCY_MARKS } from "./currency";

/** What one cell holds once read: nothing, a number, or a reason it is not a number. */
export type ReadNumber =
  | { readonly kind: "blank" }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "bad"; readonly problem: string };

const BLANK: ReadNumber = { kind: "blank" };

// Longest first, so "kr. 500" loses "kr." rather than "kr", which would leave ". 500".
const MARKS = [...CURRENCY_MARKS]
  .sort((a, b) => b.length - a.length)
  .map((mark) => mark.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");
const CURRENCY = new RegExp(`^(?:${MARKS})`, "i");
const TRAILING_CURRENCY = new RegExp(`(?:${MARKS})$`, "i");
const SUFFIX: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, b: 1e9, bn: 1e9 };
// Plain, no-break, thin and narrow no-break spaces, as locales group thousands with them.
const SPACE_GROUPED = /^([1-9]\d{0,2}(?:[ \u00a0\u2009\u202f]\d{3})+)(?:[.,](\d+))?$/;
const SPACE_SPLIT = /^[\d \u00a0\u2009\u202f]+(?:[.,]\d+)?$/;
const SPACES = /[ \u00a0\u2009\u202f]/g;

/** Reads one cell value. Blank cells ("", null, undefined, spaces only) are blank. */
export function readNumber(value: unknown): ReadNumber {
  if (typeof value === "number") {
    return Number.isFinite(value) ? { kind: "number", value } : bad("is not a finite number");
  }
  if (isBlank(value)) return BLANK;
  if (typeof value === "string") return readText(value);
  if (isDate(value)) return bad("is a date, not a number");
  if (typeof value === "boolean") return bad(`is ${value ? "TRUE" : "FALSE"}, not a number`);
  return bad("is not a number");
}

function bad(problem: string): ReadNumber {
  return { kind: "bad", problem };
}

function readText(raw: string): ReadNumber {
  let text = raw.trim();
  if (text === "") return BLANK;
  const notANumber = bad(`is ${quoteShort(raw)}, not a number`);
  let sign = 1;
  let signs = 0;
  const takeSign = () => {
    if (/^[-−+]/.test(text)) {
      if (text[0] !== "+") sign = -sign;
      signs++;
      text = text.slice(1).trim();
    }
  };
  // Accounting negatives: "(1,200)".
  if (text.startsWith("(") && text.endsWith(")")) {
    sign = -1;
    signs++;
    text = text.slice(1, -1).trim();
  }
  takeSign();
  text = text.replace(CURRENCY, "").replace(TRAILING_CURRENCY, "").trim();
  // The sign may also follow the currency symbol ("$-5"), but there is only one sign.
  takeSign();
  if (signs > 1) return notANumber;
  let scale = 1;
  if (text.endsWith("%")) {
    scale = 0.01;
    text = text.slice(0, -1).trim();
  } else {
    const suffix = /([kmb]|bn)$/i.exec(text);
    if (suffix?.[1]) {
      scale = SUFFIX[suffix[1].toLowerCase()] ?? 1;
      text = text.slice(0, -suffix[1].length).trim();
    }
  }
  let digits: string | undefined;
  if (/\s/.test(text)) {
    digits = readSpaceGrouped(text);
    if (digits === undefined && SPACE_SPLIT.test(text)) {
      return bad(`is ${quoteShort(raw)}: spaces split the digits, not into groups of three`);
    }
  } else {
    // "12.500" is 12,500 where a dot groups thousands and 12.5 where it marks decimals: say so
    // rather than guess. With a K or M suffix, or a leading 0, the dot can only be a decimal.
    if (scale === 1 && /^[1-9]\d{0,2}\.\d{3}$/.test(text)) {
      return bad(`is ${quoteShort(raw)}, which reads as ${text} or ${text.replace(".", "")}`);
    }
    digits = normaliseSeparators(text);
  }
  if (digits === undefined) return notANumber;
  // Rounding keeps "12.5K" at 12500 rather than 12500.000000000002.
  const value = roundScaled(sign * Number(digits) * scale);
  // Hundreds of digits, or a suffix scaling past the largest double, would read as Infinity.
  if (!Number.isFinite(value)) return bad(`is ${quoteShort(raw)}, too large (over 1e308)`);
  return { kind: "number", value };
}

/**
 * "1 234 567" or "1 234,5" as plain digits, or undefined. Spaces group thousands, so the comma
 * or dot after the last group can only mark decimals: "1 234,567" is 1234.567.
 */
function readSpaceGrouped(text: string): string | undefined {
  const match = SPACE_GROUPED.exec(text);
  if (!match?.[1]) return undefined;
  const whole = match[1].replace(SPACES, "");
  return match[2] === undefined ? whole : `${whole}.${match[2]}`;
}

/**
 * Turns "1,234.5", "1.234,5" or "12,5" into plain "1234.5"-style digits, or undefined
 * when the text is not a number. A lone comma followed by exactly three digits is a thousands
 * separator ("1,234"); any other lone comma is a decimal comma ("12,5").
 */
function normaliseSeparators(text: string): string | undefined {
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return undefined;
  const lastComma = text.lastIndexOf(",");
  const lastDot = text.lastIndexOf(".");
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? "," : ".";
    const group = decimal === "," ? "." : ",";
    const [whole = "", fraction, extra] = text.split(decimal);
    if (extra !== undefined || !isGrouped(whole, group)) return undefined;
    return `${whole.split(group).join("")}.${fraction}`;
  }
  if (lastComma >= 0) return readSingleSeparator(text, ",");
  if (lastDot >= 0) return readSingleSeparator(text, ".");
  return text;
}

function readSingleSeparator(text: string, separator: "," | "."): string | undefined {
  const parts = text.split(separator);
  if (parts.length === 2) {
    const [whole = "", fraction = ""] = parts;
    // "1,234" groups thousands; "12,5" and "1.5" carry decimals.
    if (separator === "," && fraction.length === 3 && whole.length > 0 && whole !== "0") {
      return whole + fraction;
    }
    return `${whole || "0"}.${fraction}`;
  }
  return isGrouped(text, separator) ? parts.join("") : undefined;
}

/** True for "1,234,567" style: 1-3 leading digits then groups of exactly three. */
function isGrouped(text: string, separator: string): boolean {
  if (!text.includes(separator)) return /^\d+$/.test(text);
  const [head = "", ...groups] = text.split(separator);
  return /^\d{1,3}$/.test(head) && groups.every((g) => /^\d{3}$/.test(g));
}

/** Quotes user text for a message, trimmed and cut short so messages stay readable. */
export function quoteShort(raw: string): string {
  const text = raw.trim();
  return `"${text.length > 24 ? `${text.slice(0, 23)}…` : text}"`;
}

function roundScaled(value: number): number {
  return Number.parseFloat(value.toPrecision(15));
}
