/**
 * Numbers, money, rates and dates as the spreadsheet's locale writes them, for the statements
 * and reasons the builder writes: "$1,250.50" and "2.5%" in en_US, "1.250,50 kr." and
 * "2,5 %" in da_DK. Plain code: Apps Script's V8 need not have Intl's locale data.
 */
import { moneyFormat } from "../currency";
import { localeParts } from "../i18n/languages";
import { dateFormatOf, signAfter } from "../i18n/locale-formats";
import { numberConventions, SPACE_MARKS } from "../i18n/number-format";
import type { Unit } from "./model";

const NBSP = "\u00a0";

/** Languages that put a space before the percent sign (2,5 %). */
const PERCENT_SPACE = ["da", "de", "fr", "sv", "nb", "nn", "fi", "ky", "ru", "cs", "pl"];

export interface Formatter {
  /** Up to `decimals` decimals, trailing zeros dropped, thousands grouped. */
  readonly number: (value: number, decimals?: number) => string;
  /** A metric's value in its unit: a count, money in the currency, a rate as a percent. */
  readonly value: (unit: Unit, value: number) => string;
  /** An ISO date (yyyy-mm-dd) in the locale's date format. */
  readonly date: (iso: string) => string;
}

export function formatter(locale: string, currency: string): Formatter {
  const conventions = numberConventions(locale);
  const decimalMark = conventions?.decimal ?? ".";
  const firstGroup = conventions?.groups[0] ?? ",";
  // A no-break space keeps "12 500" on one line.
  const groupMark = SPACE_MARKS.includes(firstGroup) ? NBSP : firstGroup;
  const percent = PERCENT_SPACE.includes(localeParts(locale).language) ? `${NBSP}%` : "%";
  const money = moneyFormat(currency, signAfter(locale), 0);
  const datePattern = dateFormatOf(locale);

  const number = (value: number, decimals = 2, minDecimals = 0): string => {
    if (!(Math.abs(value) < 1e21)) return String(value);
    const fixed = Math.abs(value).toFixed(decimals);
    const [whole = "", fraction = ""] = fixed.split(".");
    const shown = fraction.replace(/0+$/, "").padEnd(minDecimals, "0");
    const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, groupMark);
    return `${sign}${grouped}${shown ? decimalMark + shown : ""}`;
  };

  const value = (unit: Unit, amount: number): string => {
    switch (unit) {
      case "rate":
        return number(amount * 100) + percent;
      case "money": {
        // Whole amounts read better without cents: $50,000 but $2.50.
        const cents = Math.round(amount * 100) % 100 !== 0;
        const digits = number(amount, 2, cents ? 2 : 0);
        return money.replace("#,##0", () => digits).replace(/\[\$([^\]]*)\]/, (_, sign) => sign);
      }
      default:
        return number(amount);
    }
  };

  const date = (iso: string): string => {
    const [year = "", month = "", day = ""] = iso.split("-");
    const parts: Readonly<Record<string, string>> = {
      yyyy: year,
      mm: month,
      m: String(Number(month)),
      dd: day,
      d: String(Number(day)),
    };
    return datePattern.replace(/yyyy|mm|m|dd|d/g, (token) => parts[token] ?? token);
  };

  return { number, value, date };
}
