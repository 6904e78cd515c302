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

// Longest first, so "kr. 500" finds "kr." rather than "kr".
const MARKS = [...CURRENCY_MARKS].sort((a, b) => b.length - a.length);

/**
 * The currency a Sheets number format names, as written in it: "[$€]#,##0.00" and
 * "[$€-410]#,##0" give "€", "#,##0.00 [$kr.]" gives "kr.", "[$EUR] #,##0" gives "EUR",
 * "\"€\"#,##0" gives "€", "$#,##0.00" gives "$". A format without a currency ("#,##0.00",
 * "0%", "[$-409]d/m/yyyy") names none. Marks are the ones Settings' currencies use.
 */
export function formatCurrency(format: string): string | undefined {
  for (const match of format.matchAll(/\[\$([^\]]*)\]/g)) {
    // "[$€-410]": the mark, then the locale after a hyphen.
    const mark = (match[1] ?? "").replace(/-[0-9A-Fa-f]+$/, "").trim();
    if (mark !== "" && isMark(mark)) return mark;
  }
  for (const match of format.matchAll(/"([^"]*)"/g)) {
    const mark = (match[1] ?? "").trim();
    if (mark !== "" && isMark(mark)) return mark;
  }
  // Bare signs outside quotes and brackets ("$#,##0.00", "#,##0 €"); letters there are codes.
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return MARKS.find((mark) => !/\p{L}/u.test(mark) && bare.includes(mark));
}

const plain = (mark: string) => mark.toUpperCase().replace(/\.$/, "");
const isMark = (mark: string) => MARKS.some((known) => plain(known) === plain(mark));
const marksOf = (code: string) => [code, ...currencySymbols(code)].map(plain);

/**
 * Which currency a mark names when it is not the Settings currency: its code where the mark
 * names one currency ("€" → EUR), else the mark as written ("¥", "kr", "₽"); undefined for the
 * Settings currency's own marks: its code, its symbols, a dot after them ("kr." and "kr") and
 * the same sign with or without its country's letters ("$" or "US$" in a USD sheet, "$" or
 * "C$" in a CAD one). The custom functions, the report and Clean up numbers all ask here.
 */
export function foreignCurrency(mark: string, currency: string): string | undefined {
  const own = marksOf(currency);
  const m = plain(mark);
  if (own.includes(m)) return undefined;
  const sign = (text: string) => text.replace(/^\p{L}+/u, "");
  const ownSign = sign(own[1] ?? currency);
  const s = sign(m);
  if (s !== "" && s === ownSign && currency.startsWith(m.slice(0, m.length - s.length))) {
    return undefined;
  }
  const codes = CURRENCIES.filter((code) => marksOf(code).includes(m));
  return codes.length === 1 ? (codes[0] as string) : mark;
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
  return moneyFormatWith(currencySymbols(code)[0] ?? code, signAfter, decimals);
}

/**
 * A money format that names its currency beyond doubt, for an amount in another currency than
 * the Settings one: its sign where no other currency shares it ("€"), else its code ("DKK",
 * where "kr." could be Swedish or Norwegian kronor too, and "¥" yen or yuan).
 */
export function foreignMoneyFormat(code: string, signAfter = false): string {
  const symbol = currencySymbols(code)[0];
  const shared = symbol === undefined || currenciesOfMark(symbol).length > 1;
  return moneyFormatWith(shared ? code : symbol, signAfter, 2);
}

function moneyFormatWith(symbol: string, signAfter: boolean, decimals: number): string {
  const digits = `#,##0${decimals > 0 ? `.${"0".repeat(decimals)}` : ""}`;
  if (signAfter) return `${digits} [$${symbol}]`;
  // Letters run into the digits ("kr1,200"), so a word-like symbol gets a space.
  const prefix = /\p{L}$/u.test(symbol) ? `${symbol} ` : symbol;
  return `[$${prefix}]${digits}`;
}

/**
 * Whether a format is the plain money format the add-on writes ([$€]#,##0.00, or #,##0.00
 * [$kr.] with the sign after), which Format → Number → Currency also gives: a format a row's
 * Currency may repaint, unlike a person's own ("€"#,##0.00, #,##0.000 [$€]).
 */
export const isPlainMoneyFormat = (format: string): boolean => PLAIN_MONEY.test(format);

const PLAIN_MONEY = /^(?:\[\$[^\]]*\]#,##0(?:\.0+)?|#,##0(?:\.0+)? \[\$[^\]]*\])$/;
