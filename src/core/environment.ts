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
}
