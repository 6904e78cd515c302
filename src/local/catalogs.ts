/** Every language's messages, for Node (the demo, tests, the in-memory workbook). */
import { type Catalog, english } from "../core/i18n/catalog";
import type { Lang } from "../core/i18n/languages";
import { TRANSLATIONS } from "../ui/dist-files";

export const catalogOf = (lang: Lang): Catalog => (lang === "en" ? english : TRANSLATIONS[lang]);
