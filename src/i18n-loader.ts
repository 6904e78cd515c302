/**
 * The messages of a language. English travels in Code.js; the other languages are .html files
 * beside it (build.mjs writes them), read only when a message in that language is shown, so
 * custom-function calls that show none load no catalog.
 */
import { type Catalog, english } from "./core/i18n/catalog";
import type { Lang } from "./core/i18n/languages";
import { catalogFile } from "./ui/dist-names";

const loaded = new Map<Lang, Catalog>();

/** The language's catalog, once per execution; English where a file is missing or broken. */
export function loadCatalog(lang: Lang): Catalog {
  if (lang === "en") return english;
  let catalog = loaded.get(lang);
  if (!catalog) {
    catalog = english;
    try {
      const parsed: unknown = JSON.parse(
        HtmlService.createHtmlOutputFromFile(catalogFile(lang)).getContent(),
      );
      // A key the file lacks still shows, in English, rather than as "undefined".
      if (parsed && typeof parsed === "object") catalog = { ...english, ...parsed };
    } catch (error) {
      // A message in English beats no message at all.
      globalThis.console?.error(`Could not load the ${lang} messages`, error);
    }
    loaded.set(lang, catalog);
  }
  return catalog;
}
