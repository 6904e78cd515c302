/**
 * What a spreadsheet's locale implies for the sheets the add-on writes: how dates are shown,
 * and on which side of the amount the currency sign goes (1.234,50 kr. in Denmark, $1,234.50
 * in the US).
 */
import { localeParts } from "./languages";

/** Languages whose amounts carry the currency after the number. */
const SIGN_AFTER = new Set([
  "da",
  "it",
  "ky",
  "de",
  "fr",
  "es",
  "sv",
  "nb",
  "nn",
  "pl",
  "ru",
  "fi",
  "cs",
]);

const DATE_FORMATS: Readonly<Record<string, string>> = {
  en_US: "m/d/yyyy",
  en_GB: "dd/mm/yyyy",
  en_AU: "dd/mm/yyyy",
  en_IE: "dd/mm/yyyy",
  en_NZ: "dd/mm/yyyy",
  it: "dd/mm/yyyy",
  fr: "dd/mm/yyyy",
  es: "dd/mm/yyyy",
  da: "dd-mm-yyyy",
  nl: "dd-mm-yyyy",
  de: "dd.mm.yyyy",
  ky: "dd.mm.yyyy",
  ru: "dd.mm.yyyy",
  pl: "dd.mm.yyyy",
  nb: "dd.mm.yyyy",
  fi: "d.m.yyyy",
};

/** ISO dates read the same everywhere: the format for locales not listed. */
const ISO_DATE = "yyyy-mm-dd";

/** The date format (a Sheets number format) a locale's readers expect. */
export function dateFormatOf(locale: string | undefined): string {
  const { language, region } = localeParts(locale);
  return DATE_FORMATS[`${language}_${region}`] ?? DATE_FORMATS[language] ?? ISO_DATE;
}

/** Whether a locale writes the currency after the amount. */
export const signAfter = (locale: string | undefined): boolean =>
  SIGN_AFTER.has(localeParts(locale).language);
