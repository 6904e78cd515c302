/**
 * How a tracker cell counts: the reading rules every surface follows (DOMAIN.md, "One number
 * everywhere"), so the totals row, the KPI Framework's Actuals, the report and the custom
 * functions give the same number from the same cells.
 *
 * - R1. In a number column a number counts, blank is blank, and anything else is left out: it
 *   adds nothing, as Sheets' SUM and SUMIFS skip text. That includes text with one numeric
 *   reading ("11,850", "1.3M", " 473 "), text in another currency ("€ 760"), error values and
 *   the tracker's flagged cells ("⚠ …"). What a left-out cell would read as is kept, to say so
 *   and to judge a KPI at its best and worst reading.
 * - R2. A cost or revenue number is in its row's Currency where the row has one, else in the
 *   currency its cell's number format names ([$€]#,##0.00), else in the Settings currency; in
 *   another currency than the Settings one it counts at that currency's rate in Settings'
 *   rates table (rates.ts), and without a rate it is left out as another currency. A format of
 *   a person's own ("€"#,##0.00) naming another currency than its row's could mean two
 *   amounts: left out, naming both. Text naming a currency ("€ 760") is text (R1): left out,
 *   what it would read as converted where there is a rate.
 * - R4. A blank clicks, conversions, orders or revenue on a post that has impressions or views
 *   (a number above 0) is pending, not zero.
 * - R5. A post's engagements are likes + comments + shares + saves (blank parts 0); with any
 *   part left out or negative the post has no engagements at all, as the tracker's
 *   ENGAGEMENTS flags it.
 * - R6. Exposure is impressions, else views where impressions is blank; a left-out impressions
 *   cell does not fall back on views. Reached people likewise: reach, else views.
 *
 * Which figures a post then counts in (R3, R4 and R5 for ratios) is tally.ts's.
 */
import { type CellValue, isBlank } from "../cells";
import { currenciesOfMark, foreignCurrency, formatCurrency, isPlainMoneyFormat } from "../currency";
import type { FrameworkText } from "../framework/model";
import { say } from "../framework/text";
import type { Message } from "../i18n/catalog";
import type { NumberConventions } from "../i18n/number-format";
import { readNumber } from "../numbers";
import { CELL_ERROR_PREFIX } from "../ranges";
import type { Rate } from "../rates";

/** The tracker's number columns, in sheet order. Revenue may be negative (refunds). */
export const NUMBER_COLUMNS = [
  "followers",
  "impressions",
  "views",
  "reach",
  "likes",
  "comments",
  "shares",
  "saves",
  "clicks",
  "conversions",
  "orders",
  "revenue",
  "cost",
] as const;

export type NumberColumn = (typeof NUMBER_COLUMNS)[number];

/** The money columns, whose number format may name a currency (R2). */
export type MoneyColumn = Extract<NumberColumn, "cost" | "revenue">;

/** Outcomes that arrive after a post's impressions: blank on such a post, they are pending. */
export const OUTCOMES = ["clicks", "conversions", "orders", "revenue"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * A cell left out, and what it would read as: `low` and `high` are the smallest and largest
 * amount it could stand for (one reading: both that number; two readings: the two; another
 * currency or unreadable: any amount from 0 up, high Infinity).
 */
export type LeftOut = { readonly low: number; readonly high: number } & (
  | { readonly why: "text"; readonly reading: number }
  | { readonly why: "ambiguous"; readonly readings: readonly [number, number] }
  | {
      readonly why: "currency";
      /** The currency's code where its mark names one ("€" → EUR), else the mark ("kr"). */
      readonly currency: string;
      /** Typed as text beside the amount, named by the cell's number format, or the row's. */
      readonly by: "text" | "format" | "column";
    }
  /** The cell's format names one currency and its row's Currency another. */
  | { readonly why: "currencies"; readonly format: string; readonly row: string }
  | { readonly why: "unreadable"; readonly problem: FrameworkText }
  /** A sum whose parts were left out (engagements); `columns` are the parts'. */
  | { readonly why: "parts"; readonly columns: readonly NumberColumn[] }
);

/** A number cell once read: a number counts, "" is blank, a LeftOut adds nothing. */
export type Reading = number | "" | LeftOut;

export const isLeftOut = (reading: Reading): reading is LeftOut => typeof reading === "object";

/** What reading a cell needs besides its value: Settings' currency and rates, the locale. */
export interface ReadingOptions {
  /** The Settings currency code. */
  readonly currency: string;
  /** How the spreadsheet's locale writes numbers, to say what text would read as. */
  readonly conventions: NumberConventions | undefined;
  /** Settings' rates by currency code; none: every other currency is left out. */
  readonly rates?: ReadonlyMap<string, Rate>;
  /** Told of each amount counted at a rate, in its own currency, to show what was converted. */
  readonly converted?: (rate: Rate, column: MoneyColumn, amount: number) => void;
}

const UNBOUNDED = { low: 0, high: Number.POSITIVE_INFINITY } as const;

const unreadable = (problem: FrameworkText | Message): LeftOut => ({
  why: "unreadable",
  problem,
  ...UNBOUNDED,
});

/**
 * A row's Currency cell as a currency: blank is none; a code ("eur") or a sign naming one
 * currency ("€") is its code; anything else stays as typed, which no rate matches.
 */
export function rowCurrency(value: CellValue | null | undefined): string | undefined {
  if (isBlank(value)) return undefined;
  const typed = String(value).trim();
  if (typed === "") return undefined;
  const [only, ...more] = currenciesOfMark(typed);
  return only && more.length === 0 ? only.code : typed;
}

/**
 * The currency a money cell's number is in (R2), and what says so; or the two that clash. A
 * row's Currency outweighs the plain money format Sheets and the add-on write, which typing it
 * repaints (row-currency.ts): what a figure counts never waits for a format to change.
 */
function amountCurrency(
  format: string | undefined,
  row: string | undefined,
  settings: string,
):
  | { readonly currency: string; readonly by: "format" | "column" | "settings" }
  | { readonly clash: readonly [format: string, row: string] } {
  const mark = format ? formatCurrency(format) : undefined;
  const named = mark === undefined ? undefined : (foreignCurrency(mark, settings) ?? settings);
  if (row === undefined) {
    return named === undefined
      ? { currency: settings, by: "settings" }
      : { currency: named, by: "format" };
  }
  if (named === undefined || named === row || isPlainMoneyFormat(format ?? "")) {
    return { currency: row, by: "column" };
  }
  // A sign several currencies share ("kr") is the row's where the row's is one of them.
  if (mark !== undefined && currenciesOfMark(mark).some((c) => c.code === row)) {
    return { currency: row, by: "column" };
  }
  return { clash: [named, row] };
}

/**
 * Reads one number cell by R1 and R2. `format` is the cell's number format and `row` its
 * row's Currency (rowCurrency), read for the money columns only.
 */
export function readCell(
  value: CellValue | null | undefined,
  column: NumberColumn | "emv",
  options: ReadingOptions,
  format?: string,
  row?: string,
): Reading {
  const money = column === "cost" || column === "revenue";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return unreadable(say("problem.notFinite"));
    if (!money) return value;
    const counted = amountCurrency(format, row, options.currency);
    if ("clash" in counted) {
      const [named, typed] = counted.clash;
      return { why: "currencies", format: named, row: typed, ...UNBOUNDED };
    }
    const { currency, by } = counted;
    if (by === "settings" || currency === options.currency) return value;
    const rate = options.rates?.get(currency);
    if (!rate) return { why: "currency", currency, by, ...UNBOUNDED };
    options.converted?.(rate, column, value);
    return value * rate.rate;
  }
  if (isBlank(value)) return "";
  if (typeof value !== "string") {
    const read = readNumber(value, options.conventions);
    return unreadable(read.kind === "bad" ? read.problem : say("problem.notNumber"));
  }
  // Sheets counts a cell of spaces as text, not blank: SUM skips it and views do not stand in.
  if (value.trim() === "") return unreadable(say("report.issue.spaces"));
  if (value.startsWith(CELL_ERROR_PREFIX.trim())) {
    const reason = value.slice(CELL_ERROR_PREFIX.trim().length).trim();
    return unreadable(say("report.issue.flagged", { reason }));
  }
  // Text without a currency sign is in its row's currency.
  const expected = money ? (row ?? options.currency) : undefined;
  const rateOf = (currency: string) =>
    currency === options.currency ? 1 : options.rates?.get(currency)?.rate;
  const read = readNumber(value, options.conventions, expected);
  if (read.kind === "bad" && read.problem.key === "problem.otherCurrency") {
    const currency = String(read.problem.params?.other);
    const rate = rateOf(currency);
    const own = rate ? readNumber(value, options.conventions, currency) : undefined;
    if (rate && own?.kind === "number") {
      const reading = own.value * rate;
      return { why: "text", reading, low: reading, high: reading };
    }
    return { why: "currency", currency, by: "text", ...UNBOUNDED };
  }
  if (read.kind === "number") {
    const rate = expected === undefined ? 1 : rateOf(expected);
    if (rate === undefined) {
      return { why: "currency", currency: expected as string, by: "column", ...UNBOUNDED };
    }
    const reading = read.value * rate;
    return { why: "text", reading, low: reading, high: reading };
  }
  if (read.kind === "bad" && read.problem.key === "problem.ambiguous") {
    const first = Number(read.problem.params?.first);
    const second = Number(read.problem.params?.second);
    if (Number.isFinite(first) && Number.isFinite(second)) {
      return {
        why: "ambiguous",
        readings: [first, second],
        low: Math.min(first, second),
        high: Math.max(first, second),
      };
    }
  }
  return unreadable(read.kind === "bad" ? read.problem : say("problem.notNumber"));
}

/** One post's numbers once read: its cells, and what the rules make of them. */
export interface PostNumbers {
  readonly cells: Readonly<Record<NumberColumn, Reading>>;
  /** Likes + comments + shares + saves (R5): blank when all four are. */
  readonly engagements: Reading;
  /** Impressions, else views where impressions is blank (R6). */
  readonly exposure: Reading;
  /** People reached: reach, else views where reach is blank. */
  readonly audience: Reading;
  /** The outcomes pending on this post (R4), in OUTCOMES order. */
  readonly pending: readonly Outcome[];
}

const NONE: readonly Outcome[] = [];

const ENGAGEMENT_PARTS = ["likes", "comments", "shares", "saves"] as const;

/**
 * Likes + comments + shares + saves: blank when all are, left out (with their span) when any
 * is left out or negative.
 */
function engagementsOf(cells: Readonly<Record<NumberColumn, Reading>>): Reading {
  const { likes, comments, shares, saves } = cells;
  // The usual case first: four numbers from 0 up, or blanks.
  if (
    ((typeof likes === "number" && likes >= 0) || likes === "") &&
    ((typeof comments === "number" && comments >= 0) || comments === "") &&
    ((typeof shares === "number" && shares >= 0) || shares === "") &&
    ((typeof saves === "number" && saves >= 0) || saves === "")
  ) {
    if (likes === "" && comments === "" && shares === "" && saves === "") return "";
    return Number(likes) + Number(comments) + Number(shares) + Number(saves);
  }
  const columns: NumberColumn[] = [];
  let low = 0;
  let high = 0;
  for (const column of ENGAGEMENT_PARTS) {
    const part = cells[column];
    if (typeof part === "number" && part >= 0) {
      low += part;
      high += part;
    } else if (typeof part === "number") {
      // A negative count stands for no count at all, as ENGAGEMENTS flags it.
      columns.push(column);
      high = Number.POSITIVE_INFINITY;
    } else if (part !== "") {
      columns.push(column);
      low += part.low;
      high += part.high;
    }
  }
  return { why: "parts", columns, low, high };
}

/** A post's numbers from its cells as read (readCell), by R4, R5 and R6. */
export function postNumbers(cells: Readonly<Record<NumberColumn, Reading>>): PostNumbers {
  const { impressions, views, reach } = cells;
  const seen =
    (typeof impressions === "number" && impressions > 0) ||
    (typeof views === "number" && views > 0);
  let pending = NONE;
  if (seen) {
    for (const outcome of OUTCOMES) {
      if (cells[outcome] === "") pending = pending === NONE ? [outcome] : [...pending, outcome];
    }
  }
  return {
    cells,
    engagements: engagementsOf(cells),
    exposure: impressions === "" ? views : impressions,
    audience: reach === "" ? views : reach,
    pending,
  };
}

/** A post's readings, one per number column in sheet order, each from `read`. */
export function readingsOf(read: (column: NumberColumn) => Reading): Record<NumberColumn, Reading> {
  const readings = {} as Record<NumberColumn, Reading>;
  for (const column of NUMBER_COLUMNS) readings[column] = read(column);
  return readings;
}

/**
 * Reads a post's number cells by R1 to R6; `formats` are its money cells' number formats and
 * `currency` its row's Currency cell.
 */
export function readPost(
  values: Readonly<Partial<Record<NumberColumn, CellValue>>>,
  options: ReadingOptions,
  formats?: Readonly<Partial<Record<MoneyColumn, string>>>,
  currency?: CellValue,
): PostNumbers {
  const row = rowCurrency(currency);
  return postNumbers(
    readingsOf((column) =>
      column === "cost" || column === "revenue"
        ? readCell(values[column], column, options, formats?.[column], row)
        : readCell(values[column], column, options),
    ),
  );
}
