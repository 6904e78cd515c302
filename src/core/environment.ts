/**
 * What a custom function may ask of the spreadsheet it runs in. Each is read only when
 * needed: a column of plain numbers computes without any.
 */
import type { CoreCatalog } from "./i18n/catalog";
import type { Lang } from "./i18n/languages";

export interface FunctionEnvironment {
  /** The spreadsheet's locale ("da_DK"), which says how its text numbers are written. */
  readonly locale: () => string | undefined;
  /** The texts a custom function shows (core texts: its errors, its words). */
  readonly catalog: (lang: Lang) => CoreCatalog;
  /** The currency the sheets count in (Settings), to name an amount typed in another. */
  readonly currency?: () => string | undefined;
  /**
   * The number formats of the tracker's money cells in the given columns, from its first data
   * row for `rows` rows; undefined without a tracker.
   */
  readonly moneyFormats?: (columns: MoneyColumns, rows: number) => MoneyFormats | undefined;
  /** Settings' exchange rates table as it stands, for a formula that does not pass it. */
  readonly rates?: () => readonly (readonly unknown[])[] | undefined;
}

/** Column numbers of the tracker's Revenue and Cost columns, where known. */
export interface MoneyColumns {
  readonly revenue?: number | undefined;
  readonly cost?: number | undefined;
}

/** Their cells' number formats, row by row. */
export interface MoneyFormats {
  readonly revenue?: readonly string[];
  readonly cost?: readonly string[];
}
