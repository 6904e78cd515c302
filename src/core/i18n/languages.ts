/** The languages the add-on speaks, each named in itself, and how a locale picks one. */

export const LANGUAGES = {
  en: "English",
  "zh-CN": "简体中文",
  da: "Dansk",
  it: "Italiano",
  ky: "Кыргызча",
} as const;

export type Lang = keyof typeof LANGUAGES;

export const LANGUAGE_CODES = Object.keys(LANGUAGES) as Lang[];

/** A locale as Apps Script reports it ("da_DK", "da-DK", "it"): lower-case language, upper-case region. */
export function localeParts(locale: string | undefined): { language: string; region: string } {
  const [language = "", region = ""] = (locale ?? "").replace("-", "_").split("_");
  return { language: language.toLowerCase(), region: region.toUpperCase() };
}

/**
 * The language for a locale as Apps Script reports it ("da_DK", "it", "zh_CN", "ky_KG");
 * English when the locale is none of the five. Traditional Chinese (zh_TW, zh_HK) is not
 * Simplified Chinese, so it gets English too.
 */
export function languageOfLocale(locale: string | undefined): Lang {
  const { language, region } = localeParts(locale);
  switch (language) {
    case "da":
      return "da";
    case "it":
      return "it";
    case "ky":
      return "ky";
    case "zh":
      return region === "" || /^(cn|sg|hans)$/i.test(region) ? "zh-CN" : "en";
    default:
      return "en";
  }
}

/** A language as typed in Settings or on a command line: its code or its own name. */
export function parseLanguage(value: unknown): Lang | undefined {
  const text = String(value ?? "")
    .trim()
    .toLowerCase()
    .replace("_", "-");
  return LANGUAGE_CODES.find(
    (code) => code.toLowerCase() === text || LANGUAGES[code].toLowerCase() === text,
  );
}

/** The locale a spreadsheet in each language most often has, for the demo and tests. */
export const HOME_LOCALES: Readonly<Record<Lang, string>> = {
  en: "en_US",
  "zh-CN": "zh_CN",
  da: "da_DK",
  it: "it_IT",
  ky: "ky_KG",
};
