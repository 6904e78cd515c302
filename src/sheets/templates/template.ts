/** What the add-on's column-based sheets (tracker, framework) are made of, and their look. */
import { isPlainMoneyFormat, moneyFormat } from "../../core/currency";
import { dateFormatOf, signAfter } from "../../core/i18n/locale-formats";
import { typedFormula } from "../../core/i18n/number-format";
import type { TemplateKind } from "../../core/labels";
import type { CellInput, Formula, SheetKind, Validation } from "../workbook";

/**
 * The template version every sheet records in its tag. Bump it when a template changes; the
 * next Insert templates upgrades older sheets in place (insert-templates.ts).
 * 1: first release. 2: column keys, Settings found by named ranges, DOCUMENT tags, formats on
 * every column. 3: the framework holds campaigns (campaign, start, statement and SMART notes
 * columns; status On track or At risk from the time elapsed). 4: the campaign's budget in the
 * framework, for reports' budget against spend. 5: the campaign's end in the framework: once it
 * has passed, a KPI's time counts as all elapsed. 6: the sheets count as the report does: the
 * framework's Actual, Spent and lowest and highest possible Actual, and the tracker's money
 * and rate totals, come from KPIACTUAL and KPIRANGE. 7: Settings' exchange rates; money in
 * another currency counts at its rate. 8: the tracker's Currency column, each row's currency.
 */
export const TEMPLATE_VERSION = 8;

export interface ColumnSpec<K extends string = string> {
  readonly key: K;
  readonly label: string;
  /** The template version that added the column, if after the first. */
  readonly since?: number;
  /** Filled by the add-on's formulas: styled apart, and protected with a warning. */
  readonly computed: boolean;
  /** Number format from the header down ("@" keeps typed text as text). */
  readonly format: string;
  readonly validation?: Validation;
  /** Pixels; Sheets' default column width is 100. */
  readonly width?: number;
  readonly note?: string;
  /** The totals-row cell. */
  readonly total?: CellInput;
  /** The formula-row cell: an array formula that fills the column. */
  readonly formula?: Formula;
}

export interface TableTemplate<K extends string = string> {
  readonly kind: SheetKind;
  readonly columns: readonly ColumnSpec<K>[];
  /** Rows a new sheet gets; formats and validation reach down to the sheet's last row. */
  readonly rows: number;
  readonly headerRow: 1;
  readonly totalsRow?: number;
  /** Where the computed columns' array formulas sit: the first data row. */
  readonly formulaRow: number;
  readonly firstDataRow: number;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly protections: readonly {
    readonly rows: "totals" | "formulas";
    readonly description: string;
  }[];
}

/** Column positions (1-based) by key: where each column of a template sits in its sheet. */
export type Positions<K extends string = string> = Readonly<Record<K, number>>;

/** What follows the spreadsheet: its currency, its locale's dates and way of typing formulas. */
export interface LocaleFormats {
  readonly money: string;
  readonly date: string;
  /** A formula shown in a note as people type it in this locale (=CPE(S3:S; Y3:Y) in Danish). */
  readonly typed: (formula: string) => string;
}

/** How a spreadsheet of this locale shows money in this currency, dates and formulas. */
export function localeFormats(locale: string, currency: string): LocaleFormats {
  return {
    money: moneyFormat(currency, signAfter(locale)),
    date: dateFormatOf(locale),
    typed: (formula: string) => typedFormula(formula, locale),
  };
}

/** Actual sheet names, which formulas in other sheets refer to. */
export type TemplateNames = Readonly<Record<TemplateKind, string>>;

export const HEADER_GREY = "#e8eaed";
export const COMPUTED_BLUE = "#d2e3fc";
export const TOTALS_GREY = "#f1f3f4";
/**
 * Plain text: a cell so formatted keeps what is written there as text, "=…" included, and a
 * formula written into it stays text (Google's help, "Format numbers in a spreadsheet").
 */
export const TEXT_FORMAT = "@";
/**
 * Sheets' automatic format, which a formula cell needs. The Apps Script reference does not name
 * it; "General" is the pattern Sheets accepts for it.
 */
export const AUTOMATIC_FORMAT = "General";
export const COUNT_FORMAT = "#,##0";
/** An exchange rate shows enough digits for yen and won: 0.0067 JPY in USD. */
export const EXCHANGE_RATE_FORMAT = "#,##0.0000##";

/**
 * Formats a cell has before anyone sets one. The reference does not say what getNumberFormats
 * returns for such a cell: "" and "General" (the stand-in's), and "0.###############", which
 * Sheets has been seen to return, all count.
 */
const UNSET_FORMATS: ReadonlySet<string> = new Set(["", AUTOMATIC_FORMAT, "0.###############"]);

const DATE = /^[dmy]+([-./])[dmy]+\1[dmy]+$/;

/** The kind of an add-on format that follows the spreadsheet (its currency, its locale). */
const following = (format: string) =>
  isPlainMoneyFormat(format) ? "money" : DATE.test(format) ? "date" : undefined;

/**
 * Whether a cell's number format is a person's choice that repainting keeps: anything but an
 * unset format, the one wanted, or the add-on's money or date format of another currency or
 * locale than the one wanted now.
 */
export function personalFormat(current: string, wanted: string): boolean {
  if (UNSET_FORMATS.has(current) || current === wanted) return false;
  const kind = following(current);
  return kind === undefined || kind !== following(wanted);
}
export const DECIMAL_FORMAT = "#,##0.00";
export const PERCENT_FORMAT = "0.00%";
export const DEFAULT_WIDTH = 100;

/** Positions in template order: column 1, 2, 3... */
export function defaultPositions<K extends string>(keys: readonly K[]): Positions<K> {
  return Object.fromEntries(keys.map((key, i) => [key, i + 1])) as Record<K, number>;
}

/** A column's 1-based position in a sheet made from a template (before any user change). */
export const positionOf = <K extends string>(keys: readonly K[], key: K): number =>
  keys.indexOf(key) + 1;

/** The number format of a value of this unit: counts, money in the sheet's currency, rates. */
export function unitFormat(
  unit: "count" | "money" | "rate" | "ratio" | undefined,
  formats: LocaleFormats,
): string {
  switch (unit) {
    case "count":
      return COUNT_FORMAT;
    case "money":
      return formats.money;
    case "rate":
      return PERCENT_FORMAT;
    default:
      return DECIMAL_FORMAT;
  }
}
