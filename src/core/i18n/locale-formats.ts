/**
 * What a spreadsheet's locale implies for the sheets the add-on writes: the currency a new
 * Settings sheet starts with, how dates are shown, and on which side of the amount the
 * currency sign goes (1.234,50 kr. in Denmark, $1,234.50 in the US).
 */

const REGION_CURRENCIES: Readonly<Record<string, string>> = {
  US: "USD",
  GB: "GBP",
  DK: "DKK",
  IT: "EUR",
  DE: "EUR",
  FR: "EUR",
  ES: "EUR",
  NL: "EUR",
  IE: "EUR",
  AT: "EUR",
  BE: "EUR",
  FI: "EUR",
  PT: "EUR",
  CN: "CNY",
  KG: "KGS",
  JP: "JPY",
  IN: "INR",
  KR: "KRW",
  BR: "BRL",
  CA: "CAD",
  AU: "AUD",
  SE: "SEK",
  NO: "NOK",
  CH: "CHF",
  PL: "PLN",
  TR: "TRY",
  MX: "MXN",
};

const LANGUAGE_CURRENCIES: Readonly<Record<string, string>> = {
  da: "DKK",
  it: "EUR",
  zh: "CNY",
  ky: "KGS",
  ja: "JPY",
  ko: "KRW",
  sv: "SEK",
  nb: "NOK",
  pl: "PLN",
  tr: "TRY",
};

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

function parts(locale: string | undefined): { language: string; region: string } {
  const [language = "", region = ""] = (locale ?? "").replace("-", "_").split("_");
  return { language: language.toLowerCase(), region: region.toUpperCase() };
}

/** The currency a locale's spreadsheet most likely counts in, if the add-on formats it. */
export function currencyOfLocale(
  locale: string | undefined,
  offered: readonly string[],
): string | undefined {
  const { language, region } = parts(locale);
  const code = REGION_CURRENCIES[region] ?? LANGUAGE_CURRENCIES[language];
  return code && offered.includes(code) ? code : undefined;
}

/** The date format (a Sheets number format) a locale's readers expect. */
export function dateFormatOf(locale: string | undefined): string {
  const { language, region } = parts(locale);
  return DATE_FORMATS[`${language}_${region}`] ?? DATE_FORMATS[language] ?? ISO_DATE;
}

/** Whether a locale writes the currency after the amount. */
export const signAfter = (locale: string | undefined): boolean =>
  SIGN_AFTER.has(parts(locale).language);
