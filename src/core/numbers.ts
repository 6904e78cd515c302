/**
 * Reading numbers the way users paste them into a sheet: "12.5K", "1.2M", "1,234", "1 234,5",
 * "4.5%", "$1,200", "€ 950", "1 200 PLN", with surrounding spaces, in the spreadsheet's
 * locale. Everything else is reported as a problem, never silently turned into 0.
 *
 * First the sign ("-", "−", "+", or accounting parentheses "(1,200)"), currency codes and
 * symbols on either side, and a "%" or a K, M, B or bn suffix come off; what is left are
 * digits and marks, read by these rules:
 *
 * In every locale:
 * 1. Digits alone read as they are: "1200".
 * 2. Spaces (plain, no-break, thin, narrow no-break) only ever group thousands, and must form
 *    groups of three: "12 500", "1 234,5", "1 234.5" ("," or "." after the groups marks
 *    decimals). "10 15" is an error saying the spaces do not form groups.
 *
 * In a known locale (see i18n/number-format.ts), marks mean what the locale says:
 * 3. The locale's group marks group thousands in groups of three, its decimal mark marks
 *    decimals: "2,500" is 2500 in en_US and 2.5 in da_DK; "1.234,5" is 1234.5 in da_DK;
 *    "1'234.5" is 1234.5 in de_CH.
 * 4. With a K, M, B or bn suffix, one "." or "," that is not the locale's way of writing the
 *    number marks decimals, as scaled numbers are not grouped: "12.5K" is 12500 in da_DK too.
 * 5. Anything else is not a number in this locale: "1,234.5" and "1.5" in da_DK.
 * 5a. Where spaces group thousands, "1.234K" could be 1.234 thousand or 1,234 thousand: both
 *    readings are named.
 * 5b. A currency whose home writes numbers the other way than the locale makes its text read
 *    both ways: "€1.200" in en_US is 1.2 or 1200, "$1,200" in da_DK 1.2 or 1200; both are
 *    named. Text that reads one way only ("€1.200,50" in en_US) is read that way.
 * 5c. Given the sheet's currency, an amount in another ("€ 760" in a sheet counting dollars)
 *    is not a number of it.
 *
 * Where the locale is unknown (no locale, or one not in the table):
 * 6. Both "," and "." present: the last one marks decimals, the other groups thousands, in
 *    groups of three: "1,234.5" and "1.234,5" are 1234.5.
 * 7. One kind of mark, more than once: it groups thousands: "1,234,567", "1.234.567".
 * 8. One mark, once: it marks decimals unless it could also group thousands, that is unless
 *    1 to 3 digits not starting with 0 stand before it and exactly 3 after it: "1,5", "0,500",
 *    "1234.567", "12.5K" are decimals. Where it could be either ("2,500", "1.250", "12,500",
 *    "1.234K"), the text is an error naming both numbers: the reading where "," groups and
 *    "." marks decimals first ("2,500" reads as 2500 or 2.5; "1.250" as 1.25 or 1250).
 * 9. Apostrophes only ever group thousands, in groups of three: "1'234.5".
 */
import { isBlank, isDate } from "./cells";
import { CURRENCY_MARKS, currenciesOfMark, foreignCurrency } from "./currency";
import { type CoreKey, type Message, message } from "./i18n/catalog";
import {
  localeDigits,
  type NumberConventions,
  numberConventions,
  SPACE_MARKS,
} from "./i18n/number-format";

/** What one cell holds once read: nothing, a number, or a reason it is not a number. */
export type ReadNumber =
  | { readonly kind: "blank" }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "bad"; readonly problem: Message<CoreKey> };

const BLANK: ReadNumber = { kind: "blank" };

// Longest first, so "kr. 500" loses "kr." rather than "kr", which would leave ". 500".
const MARKS = [...CURRENCY_MARKS]
  .sort((a, b) => b.length - a.length)
  .map((mark) => mark.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");
const CURRENCY = new RegExp(`^(?:${MARKS})`, "i");
const TRAILING_CURRENCY = new RegExp(`(?:${MARKS})$`, "i");
const SUFFIX: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, b: 1e9, bn: 1e9 };
const SPACE = `[${SPACE_MARKS}]`;
const HAS_SPACE = new RegExp(SPACE);
const SPACE_GROUPED = new RegExp(`^([1-9]\\d{0,2}(?:${SPACE}\\d{3})+)(?:[.,](\\d+))?$`);
const SPACE_SPLIT = new RegExp(`^[\\d${SPACE_MARKS}]+(?:[.,]\\d+)?$`);
const SPACES = new RegExp(SPACE, "g");
const APOSTROPHE_GROUPED = /^([1-9]\d{0,2}(?:['’]\d{3})+)(?:[.,](\d+))?$/;
const APOSTROPHES = /['’]/g;
const ONE_MARK = /^(\d*)([.,])(\d*)$/;

/**
 * Reads one cell value. Blank cells ("", null, undefined, spaces only) are blank. Text is
 * read in the conventions of the spreadsheet's locale; without them, the locale is unknown.
 */
export function readNumber(
  value: unknown,
  conventions?: NumberConventions,
  /** The currency the sheet counts in (Settings'): an amount in another is not a number of it. */
  currency?: string,
): ReadNumber {
  if (typeof value === "number") {
    return Number.isFinite(value) ? { kind: "number", value } : bad("problem.notFinite");
  }
  if (isBlank(value)) return BLANK;
  if (typeof value === "string") return readText(value, conventions, currency);
  if (isDate(value)) return bad("problem.date");
  if (typeof value === "boolean")
    return bad("problem.boolean", { value: value ? "TRUE" : "FALSE" });
  return bad("problem.notNumber");
}

function bad(key: CoreKey, params?: Message["params"]): ReadNumber {
  return { kind: "bad", problem: message(key, params) };
}

/** Spaces that do not split digits into groups of three: "10 15". */
const SPLIT = { split: true } as const;

/** The digits left once signs, currencies and suffixes are off: one reading, two, or none. */
type Digits =
  | string
  | { readonly first: string; readonly second: string }
  | typeof SPLIT
  | undefined;

function readText(
  raw: string,
  conventions: NumberConventions | undefined,
  currency: string | undefined,
): ReadNumber {
  let text = raw.trim();
  if (text === "") return BLANK;
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
  const mark = (CURRENCY.exec(text) ?? TRAILING_CURRENCY.exec(text))?.[0];
  text = text.replace(CURRENCY, "").replace(TRAILING_CURRENCY, "").trim();
  // The sign may also follow the currency symbol ("$-5"), but there is only one sign.
  takeSign();
  if (signs > 1) return notANumber(raw);
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
  if (mark && currency) {
    const other = foreignCurrency(mark, currency);
    if (other !== undefined) {
      return bad("problem.otherCurrency", { text: quoteShort(raw), currency, other });
    }
  }
  const homes = mark ? currenciesOfMark(mark) : [];
  let digits = readDigits(text, conventions, scale >= 1e3);
  // "€1.200" in a US sheet, "$1,200" in a Danish one: the currency's home writes numbers the
  // other way than the sheet's locale, so text that reads both ways names both readings.
  const home = homes[0]?.decimal;
  if (
    conventions &&
    home &&
    home !== conventions.decimal &&
    homes.every((h) => h.decimal === home)
  ) {
    const there = readDigits(
      text,
      numberConventions(home === "," ? "da_DK" : "en_US"),
      scale >= 1e3,
    );
    if (
      typeof there === "string" &&
      typeof digits === "string" &&
      Number(there) !== Number(digits)
    ) {
      digits = { first: digits, second: there };
    } else if (digits === undefined) digits = there;
  }
  if (digits === undefined) return notANumber(raw);
  // Rounding keeps "12.5K" at 12500 rather than 12500.000000000002.
  const number = (d: string) => roundScaled(sign * Number(d) * scale);
  if (typeof digits !== "string") {
    if ("split" in digits) return bad("problem.spaces", { text: quoteShort(raw) });
    const [first, second] = [number(digits.first), number(digits.second)];
    return bad("problem.ambiguous", { text: quoteShort(raw), first, second });
  }
  const value = number(digits);
  // Hundreds of digits, or a suffix scaling past the largest double, would read as Infinity.
  if (!Number.isFinite(value)) return bad("problem.textTooLarge", { text: quoteShort(raw) });
  return { kind: "number", value };
}

function notANumber(raw: string): ReadNumber {
  return bad("problem.textNotNumber", { text: quoteShort(raw) });
}

/** Digits and marks as plain "1234.5"-style digits, by the rules at the top of this file. */
function readDigits(
  text: string,
  conventions: NumberConventions | undefined,
  scaled: boolean,
): Digits {
  if (HAS_SPACE.test(text)) return readSpaceGrouped(text);
  if (conventions) {
    const own = localeDigits(text, conventions);
    // "1.234K" where spaces group thousands: a "." before three digits may group them too.
    const grouped = /^([1-9]\d{0,2})\.(\d{3})$/.exec(text);
    if (scaled && grouped && SPACE_MARKS.includes(conventions.groups[0] ?? "")) {
      return { first: `${grouped[1]}.${grouped[2]}`, second: `${grouped[1]}${grouped[2]}` };
    }
    if (own !== undefined || !scaled) return own;
    // "12.5K" where "." groups thousands: a scaled number carries decimals, not groups.
    const one = ONE_MARK.exec(text);
    return one && (one[1] || one[3]) ? `${one[1] || "0"}.${one[3]}` : undefined;
  }
  return readUnknownLocale(text);
}

/**
 * "1 234 567" or "1 234,5" as plain digits. Spaces group thousands, so the comma or dot after
 * the last group can only mark decimals: "1 234,567" is 1234.567.
 */
function readSpaceGrouped(text: string): Digits {
  const match = SPACE_GROUPED.exec(text);
  if (match?.[1]) {
    const whole = match[1].replace(SPACES, "");
    return match[2] === undefined ? whole : `${whole}.${match[2]}`;
  }
  return SPACE_SPLIT.test(text) ? SPLIT : undefined;
}

/** Rules 6 to 9: marks where the locale does not say what they mean. */
function readUnknownLocale(text: string): Digits {
  if (/^\d+$/.test(text)) return text;
  if (!/^[\d.,'’]+$/.test(text) || !/\d/.test(text)) return undefined;
  if (/['’]/.test(text)) {
    const match = APOSTROPHE_GROUPED.exec(text);
    if (!match?.[1]) return undefined;
    const whole = match[1].replace(APOSTROPHES, "");
    return match[2] === undefined ? whole : `${whole}.${match[2]}`;
  }
  const lastComma = text.lastIndexOf(",");
  const lastDot = text.lastIndexOf(".");
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? "," : ".";
    const group = decimal === "," ? "." : ",";
    const [whole = "", fraction, extra] = text.split(decimal);
    if (extra !== undefined || !isGrouped(whole, group)) return undefined;
    return `${whole.split(group).join("")}.${fraction}`;
  }
  const mark = lastComma >= 0 ? "," : ".";
  const parts = text.split(mark);
  if (parts.length > 2) return isGrouped(text, mark) ? parts.join("") : undefined;
  const [whole = "", fraction = ""] = parts;
  const decimal = `${whole || "0"}.${fraction}`;
  if (!/^[1-9]\d{0,2}$/.test(whole) || fraction.length !== 3) return decimal;
  const grouped = whole + fraction;
  return mark === "," ? { first: grouped, second: decimal } : { first: decimal, second: grouped };
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
