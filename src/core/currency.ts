/**
 * Currencies the Settings sheet offers: the Sheets number format for each, and the codes and
 * symbols the number reader strips from amounts typed beside them ("zł 1 200", "CA$1,200").
 */

interface Currency {
  readonly code: string;
  /** What users type beside an amount besides the code; the first is the one Sheets shows. */
  readonly symbols: readonly string[];
}

const OFFERED: readonly Currency[] = [
  { code: "USD", symbols: ["$", "US$"] },
  { code: "EUR", symbols: ["€"] },
  { code: "GBP", symbols: ["£"] },
  { code: "JPY", symbols: ["¥"] },
  { code: "CNY", symbols: ["¥"] },
  { code: "INR", symbols: ["₹"] },
  { code: "KRW", symbols: ["₩"] },
  { code: "BRL", symbols: ["R$"] },
  { code: "CAD", symbols: ["CA$", "C$"] },
  { code: "AUD", symbols: ["A$", "AU$"] },
  { code: "DKK", symbols: ["kr.", "kr"] },
  { code: "SEK", symbols: ["kr", "kr."] },
  { code: "NOK", symbols: ["kr", "kr."] },
  { code: "CHF", symbols: [] },
  { code: "PLN", symbols: ["zł"] },
  { code: "KGS", symbols: ["сом"] },
  { code: "TRY", symbols: ["₺", "TL"] },
  { code: "MXN", symbols: ["MX$"] },
];

/** Symbols of currencies Settings does not offer, still read when pasted beside an amount. */
const OTHER_SYMBOLS = ["₽", "₫", "฿", "₱", "₦", "₴"];

export const CURRENCIES: readonly string[] = OFFERED.map((currency) => currency.code);

export const DEFAULT_CURRENCY = "USD";

/** Every code and symbol that may stand before or after an amount, for the number reader. */
export const CURRENCY_MARKS: readonly string[] = [
  ...new Set([...OFFERED.flatMap((c) => [c.code, ...c.symbols]), ...OTHER_SYMBOLS]),
];

/** What users type beside an amount in this currency besides its code ("kr." and "kr"). */
export const currencySymbols = (code: string): readonly string[] =>
  OFFERED.find((currency) => currency.code === code)?.symbols ?? [];

/** Reads a currency code as typed ("eur", " USD "); undefined if it is not one we format. */
export function readCurrency(value: unknown): string | undefined {
  const code = typeof value === "string" ? value.trim().toUpperCase() : "";
  return CURRENCIES.includes(code) ? code : undefined;
}

/**
 * A Sheets number format showing money in the currency: [$€]#,##0.00, or with the sign after
 * the amount where the locale writes it there (#,##0.00 [$kr.]). Sheets shows the digits with
 * the spreadsheet locale's own marks either way.
 */
export function moneyFormat(code: string, signAfter = false, decimals = 2): string {
  const symbol = currencySymbols(code)[0] ?? code;
  const digits = `#,##0${decimals > 0 ? `.${"0".repeat(decimals)}` : ""}`;
  if (signAfter) return `${digits} [$${symbol}]`;
  // Letters run into the digits ("kr1,200"), so a word-like symbol gets a space.
  const prefix = /\p{L}$/u.test(symbol) ? `${symbol} ` : symbol;
  return `[$${prefix}]${digits}`;
}
