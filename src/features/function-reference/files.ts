/**
 * The Function reference page in each language, which build.mjs writes beside Code.js (run at
 * build time; never part of Code.js); its formulas are typed as the spreadsheet's locale types
 * them when the page is shown (server.ts).
 */
import { CUSTOM_FUNCTIONS } from "../../core/function-specs";
import type { Lang } from "../../core/i18n/languages";
import { referenceFile } from "./files-names";
import { renderFunctionReference } from "./render";
import { daReference } from "./texts/da";
import { englishReference, type ReferenceText } from "./texts/en";
import { itReference } from "./texts/it";
import { kyReference } from "./texts/ky";
import { zhCNReference } from "./texts/zh-CN";

const REFERENCES: Readonly<Record<Lang, ReferenceText>> = {
  en: englishReference(CUSTOM_FUNCTIONS),
  "zh-CN": zhCNReference,
  da: daReference,
  it: itReference,
  ky: kyReference,
};

/** Apps Script file names (without .html) and their content. */
export function files(): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const [lang, text] of Object.entries(REFERENCES)) {
    pages[referenceFile(lang as Lang)] = renderFunctionReference(CUSTOM_FUNCTIONS, text, lang);
  }
  return pages;
}
