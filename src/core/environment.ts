/**
 * What a custom function may ask of the spreadsheet it runs in. Both are read only when
 * needed: a column of plain numbers computes without either.
 */
import type { CoreCatalog } from "./i18n/catalog";
import type { Lang } from "./i18n/languages";

export interface FunctionEnvironment {
  /** The spreadsheet's locale ("da_DK"), which says how its text numbers are written. */
  readonly locale: () => string | undefined;
  /** The messages of a language, for the errors a call shows. */
  /** The texts a custom function shows (core texts: its errors, its words). */
  readonly catalog: (lang: Lang) => CoreCatalog;
}
