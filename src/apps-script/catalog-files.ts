/**
 * Each language's catalog as a file beside Code.js, so that what only some calls need does not
 * load with every custom-function call (catalogs.ts reads one when a message in that language is
 * shown). Run by build.mjs at build time; never part of Code.js.
 */
import type { Catalog } from "../core/i18n/catalog";
import { da } from "../core/i18n/da";
import { en } from "../core/i18n/en";
import { enCore } from "../core/i18n/en-core";
import { it } from "../core/i18n/it";
import { ky } from "../core/i18n/ky";
import type { Lang } from "../core/i18n/languages";
import { zhCN } from "../core/i18n/zh-CN";
import { catalogFile } from "./catalogs";

/** Catalogs of the languages besides English, which Code.js carries itself. */
export const TRANSLATIONS: Readonly<Record<Exclude<Lang, "en">, Catalog>> = {
  "zh-CN": zhCN,
  da,
  it,
  ky,
};

/** Apps Script file names (without .html) and their content. */
export function files(): Record<string, string> {
  const written: Record<string, string> = {};
  for (const [lang, catalog] of Object.entries(TRANSLATIONS)) {
    written[catalogFile(lang as Lang)] = JSON.stringify(catalog);
  }
  // English beyond the core texts Code.js carries itself (en-core.ts).
  const rest = Object.entries(en).filter(([key]) => !(key in enCore));
  written[catalogFile("en")] = JSON.stringify(Object.fromEntries(rest));
  return written;
}
