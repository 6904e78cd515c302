/**
 * The messages of a language. Code.js carries English's core texts (menus, errors, templates,
 * the functions' words); everything else, in English too, is an .html file beside it
 * (build.mjs writes them, from catalog-files.ts), read only when a message in that language is shown, so
 * custom-function calls that show none load no catalog.
 */
import { type Catalog, type CoreCatalog, english } from "../core/i18n/catalog";
import type { Lang } from "../core/i18n/languages";

/** A language's catalog file, as an Apps Script file name (no "-" allowed): i18n_zh_CN. */
export const catalogFile = (lang: Lang): string => `i18n_${lang.replace("-", "_")}`;

const loaded = new Map<Lang, Catalog>();

/** A catalog file's entries; none where it is missing or broken (and the log says why). */
function readFile(lang: Lang): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(
      HtmlService.createHtmlOutputFromFile(catalogFile(lang)).getContent(),
    );
    if (parsed && typeof parsed === "object") return parsed as Record<string, string>;
  } catch (error) {
    globalThis.console?.error(`Could not load the ${lang} messages`, error);
  }
  return {};
}

/**
 * The language's catalog, once per execution: a text its file lacks shows in English (and
 * format() shows a key whose English file is missing as the key).
 */
export function loadCatalog(lang: Lang): Catalog {
  let catalog = loaded.get(lang);
  if (!catalog) {
    catalog = Object.assign({}, english, readFile(lang)) as Catalog;
    loaded.set(lang, catalog);
  }
  return catalog;
}

/**
 * The core texts of a language (a custom function's errors and words): English reads no
 * file for them, Code.js carries them.
 */
export const loadCoreCatalog = (lang: Lang): CoreCatalog =>
  lang === "en" ? english : loadCatalog(lang);
