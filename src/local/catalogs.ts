/** Every language's messages, for Node (the demo, tests, the in-memory workbook). */

import { TRANSLATIONS } from "../apps-script/catalog-files";
import type { Catalog } from "../core/i18n/catalog";
import { en } from "../core/i18n/en";
import type { Lang } from "../core/i18n/languages";

export const catalogOf = (lang: Lang): Catalog => (lang === "en" ? en : TRANSLATIONS[lang]);
