/**
 * Currencies the Settings sheet offers: the Sheets number format for each, and the codes and
 * symbols the number reader strips from amounts typed beside them ("zł 1 200", "CA$1,200").
 */

interface Currency {
  readonly code: string;
  /** What users type beside an amount besides the code; the first is the one Sheets shows. */
  readonly symbols: readonly string[];
  /** The decimal mark where the currency is at home: "€1.200" is 1200 written the euro way. */
  readonly decimal: "." | ",";
}

const OFFERED: readonly Currency[] = [
  { code: "USD", symbols: ["$", "US$"], decimal: "." },
  { code: "EUR", symbols: ["€"], decimal: "," },
  { code: "GBP", symbols: ["£"], decimal: "." },
  { code: "JPY", symbols: ["¥"], decimal: "." },
  { code: "CNY", symbols: ["¥"], decimal: "." },
  { code: "INR", symbols: ["₹"], decimal: "." },
  { code: "KRW", symbols: ["₩"], decimal: "." },
  { code: "BRL", symbols: ["R$"], decimal: "," },
  { code: "CAD", symbols: ["CA$", "C$"], decimal: "." },
  { code: "AUD", symbols: ["A$", "AU$"], decimal: "." },
  { code: "DKK", symbols: ["kr.", "kr"], decimal: "," },
  { code: "SEK", symbols: ["kr", "kr."], decimal: "," },
  { code: "NOK", symbols: ["kr", "kr."], decimal: "," },
  { code: "CHF", symbols: [], decimal: "." },
  { code: "PLN", symbols: ["zł"], decimal: "," },
  { code: "KGS", symbols: ["сом"], decimal: "," },
  { code: "TRY", symbols: ["₺", "TL"], decimal: "," },
  { code: "MXN", symbols: ["MX$"], decimal: "." },
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

/**
 * The currencies a code or symbol typed beside an amount may mean ("kr" is Danish, Swedish or
 * Norwegian); none for a symbol of a currency Settings does not offer.
 */
export function currenciesOfMark(mark: string): readonly { code: string; decimal: "." | "," }[] {
  const typed = mark.trim().toLowerCase();
  return OFFERED.filter(
    (c) => c.code.toLowerCase() === typed || c.symbols.some((s) => s.toLowerCase() === typed),
  );
}

/**
 * The currencies a Sheets number format names: the symbol or code in "[$€]#,##0.00",
 * "#,##0.00 [$kr.]", "[$€-410]", "[$EUR]", "\"€\"#,##0" or "€#,##0". None for a format
 * that names no currency ("#,##0.00", "0%").
 */
export function currenciesOfFormat(format: string): readonly string[] {
  const marks = [
    ...[...format.matchAll(/\[\$([^\]-]*)[^\]]*\]/g)].map((m) => m[1] ?? ""),
    ...[...format.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? ""),
    ...(format.replace(/\[[^\]]*\]|"[^"]*"/g, "").match(/[€£¥₹₩₺₽$]/g) ?? []),
  ];
  const codes = new Set<string>();
  for (const mark of marks) {
    for (const { code } of currenciesOfMark(mark)) codes.add(code);
  }
  return [...codes];
}

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
