/**
 * What the add-on's server functions need from Apps Script besides the spreadsheet: the
 * language and its messages. serverEnv() is Apps Script's; tests hand in their own.
 */
import type { Catalog } from "../core/i18n/catalog";
import { LANGUAGE_CODES, type Lang } from "../core/i18n/languages";
import { loadCatalog } from "./catalogs";
import { addOnLanguage } from "./language";

export interface ServerEnv {
  /**
   * The add-on's language for this user: Settings' choice, else their own. Read only when
   * needed: a framework written without a problem is labelled in its sheet's language.
   */
  readonly language: () => Lang;
  readonly catalog: (lang: Lang) => Catalog;
  /** Every language's catalog, to recognise labels written in any of them. */
  readonly allCatalogs: () => readonly Catalog[];
}

export function serverEnv(): ServerEnv {
  return {
    language: addOnLanguage,
    catalog: loadCatalog,
    allCatalogs: () => LANGUAGE_CODES.map(loadCatalog),
  };
}
