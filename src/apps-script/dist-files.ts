/**
 * The files build.mjs writes beside Code.js, so that what only some calls need does not load
 * with every custom-function call: each language's catalog (read by i18n-loader.ts when a
 * message is shown in that language) and the Function reference page in each language.
 * Evaluated at build time; never part of Code.js.
 */
import { CUSTOM_FUNCTIONS } from "../core/function-specs";
import type { Catalog } from "../core/i18n/catalog";
import { da } from "../core/i18n/da";
import { en } from "../core/i18n/en";
import { enCore } from "../core/i18n/en-core";
import { it } from "../core/i18n/it";
import { ky } from "../core/i18n/ky";
import type { Lang } from "../core/i18n/languages";
import { zhCN } from "../core/i18n/zh-CN";
import { renderFunctionReference } from "../features/function-reference/render";
import { daReference } from "../features/function-reference/texts/da";
import { englishReference, type ReferenceText } from "../features/function-reference/texts/en";
import { itReference } from "../features/function-reference/texts/it";
import { kyReference } from "../features/function-reference/texts/ky";
import { zhCNReference } from "../features/function-reference/texts/zh-CN";
import { catalogFile, referenceFile } from "./dist-names";

/** Catalogs of the languages besides English, which Code.js carries itself. */
export const TRANSLATIONS: Readonly<Record<Exclude<Lang, "en">, Catalog>> = {
  "zh-CN": zhCN,
  da,
  it,
  ky,
};

const REFERENCES: Readonly<Record<Lang, ReferenceText>> = {
  en: englishReference(CUSTOM_FUNCTIONS),
  "zh-CN": zhCNReference,
  da: daReference,
  it: itReference,
  ky: kyReference,
};

/** Apps Script file names (without .html) and their content. */
export function distFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [lang, catalog] of Object.entries(TRANSLATIONS)) {
    files[catalogFile(lang as Lang)] = JSON.stringify(catalog);
  }
  // English beyond the core texts Code.js carries itself (en-core.ts).
  const rest = Object.entries(en).filter(([key]) => !(key in enCore));
  files[catalogFile("en")] = JSON.stringify(Object.fromEntries(rest));
  for (const [lang, text] of Object.entries(REFERENCES)) {
    files[referenceFile(lang as Lang)] = renderFunctionReference(CUSTOM_FUNCTIONS, text, lang);
  }
  return files;
}
