/** Currencies the Settings sheet offers, and the Sheets number format for each. */

const SYMBOLS: Readonly<Record<string, string>> = {
  USD: "$",
  EUR: "€",
  GBP: "£",
  JPY: "¥",
  CNY: "¥",
  INR: "₹",
  KRW: "₩",
  BRL: "R$",
  CAD: "CA$",
  AUD: "A$",
  DKK: "kr ",
  SEK: "kr ",
  NOK: "kr ",
  CHF: "CHF ",
  PLN: "zł ",
  KGS: "сом ",
  TRY: "₺",
  MXN: "MX$",
};

export const CURRENCIES: readonly string[] = Object.keys(SYMBOLS);

export const DEFAULT_CURRENCY = "USD";

/** Reads a currency code as typed ("eur", " USD "); undefined if it is not one we format. */
export function readCurrency(value: unknown): string | undefined {
  const code = typeof value === "string" ? value.trim().toUpperCase() : "";
  return code in SYMBOLS ? code : undefined;
}

/** A Sheets number format showing money in the currency, e.g. [$€]#,##0.00. */
export function moneyFormat(code: string, decimals = 2): string {
  const symbol = SYMBOLS[code] ?? `${code} `;
  return `[$${symbol}]#,##0${decimals > 0 ? `.${"0".repeat(decimals)}` : ""}`;
}
