/**
 * How a spreadsheet's locale writes numbers: which mark is the decimal mark and which marks
 * group thousands. Text numbers in a cell ("1.234,5" in a Danish sheet) are read with these.
 * A locale missing here is unknown: the number reader then refuses text that could mean two
 * numbers rather than guess (see numbers.ts).
 */

/** Plain, no-break, thin and narrow no-break spaces, as locales group thousands with them. */
export const SPACE_MARKS = " \u00a0\u2009\u202f";

export interface NumberConventions {
  /** The locale's decimal mark. */
  readonly decimal: "." | ",";
  /** Every mark that groups thousands in the locale (any one of them, e.g. ' or ’). */
  readonly groups: string;
  /**
   * Digits as the locale writes them, with optional groups and decimals: "1.234,5", "0,5",
   * "1234", ",5". Group 1 is the whole part, group 2 the fraction.
   */
  readonly own: RegExp;
  /** Matches one group mark, to remove them all with replace. */
  readonly groupMarks: RegExp;
}

interface Style {
  readonly decimal: "." | ",";
  readonly groups: string;
  /** Also groups by lakh and crore above the thousands: 12,34,567. */
  readonly lakh?: true;
}

const DOT_COMMA: Style = { decimal: ".", groups: "," };
const COMMA_DOT: Style = { decimal: ",", groups: "." };
const COMMA_SPACE: Style = { decimal: ",", groups: SPACE_MARKS };
const DOT_APOSTROPHE: Style = { decimal: ".", groups: "'’" };
const INDIAN: Style = { decimal: ".", groups: ",", lakh: true };

/**
 * By locale as Apps Script reports it ("da_DK"), or by language alone ("it"). Only locales
 * whose conventions are known for sure: en_ZA or es_MX, say, write numbers unlike en or es.
 */
const STYLES: Readonly<Record<string, Style>> = {
  en: DOT_COMMA,
  en_US: DOT_COMMA,
  en_GB: DOT_COMMA,
  en_AU: DOT_COMMA,
  en_CA: DOT_COMMA,
  en_IE: DOT_COMMA,
  en_NZ: DOT_COMMA,
  en_SG: DOT_COMMA,
  en_PH: DOT_COMMA,
  en_HK: DOT_COMMA,
  en_IN: INDIAN,
  zh: DOT_COMMA,
  zh_CN: DOT_COMMA,
  zh_TW: DOT_COMMA,
  zh_HK: DOT_COMMA,
  ja: DOT_COMMA,
  ja_JP: DOT_COMMA,
  ko: DOT_COMMA,
  ko_KR: DOT_COMMA,
  da: COMMA_DOT,
  da_DK: COMMA_DOT,
  it: COMMA_DOT,
  it_IT: COMMA_DOT,
  de: COMMA_DOT,
  de_DE: COMMA_DOT,
  es: COMMA_DOT,
  es_ES: COMMA_DOT,
  pt_BR: COMMA_DOT,
  nl: COMMA_DOT,
  nl_NL: COMMA_DOT,
  id: COMMA_DOT,
  id_ID: COMMA_DOT,
  in_ID: COMMA_DOT,
  tr: COMMA_DOT,
  tr_TR: COMMA_DOT,
  ky: COMMA_SPACE,
  ky_KG: COMMA_SPACE,
  ru: COMMA_SPACE,
  ru_RU: COMMA_SPACE,
  fr: COMMA_SPACE,
  fr_FR: COMMA_SPACE,
  sv: COMMA_SPACE,
  sv_SE: COMMA_SPACE,
  nb: COMMA_SPACE,
  nb_NO: COMMA_SPACE,
  no_NO: COMMA_SPACE,
  fi: COMMA_SPACE,
  fi_FI: COMMA_SPACE,
  pl: COMMA_SPACE,
  pl_PL: COMMA_SPACE,
  uk: COMMA_SPACE,
  uk_UA: COMMA_SPACE,
  kk: COMMA_SPACE,
  kk_KZ: COMMA_SPACE,
  cs: COMMA_SPACE,
  cs_CZ: COMMA_SPACE,
  de_CH: DOT_APOSTROPHE,
  it_CH: DOT_APOSTROPHE,
};

const compiled = new Map<Style, NumberConventions>();

const inClass = (marks: string) => marks.replace(/[\\\]^-]/g, "\\$&");

function compile(style: Style): NumberConventions {
  const group = `[${inClass(style.groups)}]`;
  const thousands = `[1-9]\\d{0,2}(?:${group}\\d{3})+`;
  const lakh = style.lakh ? `|[1-9]\\d?(?:${group}\\d{2})+${group}\\d{3}` : "";
  const decimal = inClass(style.decimal);
  return {
    decimal: style.decimal,
    groups: style.groups,
    own: new RegExp(`^(\\d+|${thousands}${lakh})?(?:[${decimal}](\\d*))?$`),
    groupMarks: new RegExp(group, "g"),
  };
}

/** The conventions of a locale ("da_DK", "da-DK", "it"), or undefined when it is unknown. */
export function numberConventions(locale: string | undefined): NumberConventions | undefined {
  const style = STYLES[(locale ?? "").trim().replace("-", "_")];
  if (!style) return undefined;
  let conventions = compiled.get(style);
  if (!conventions) {
    conventions = compile(style);
    compiled.set(style, conventions);
  }
  return conventions;
}

/**
 * Text written the locale's own way ("1.234,5" in da_DK, "1,234.5" in en_US) as plain digits
 * ("1234.5"), or undefined. No signs, currencies or suffixes: the caller strips those.
 */
export function localeDigits(text: string, conventions: NumberConventions): string | undefined {
  const match = conventions.own.exec(text);
  if (!match) return undefined;
  const whole = match[1]?.replace(conventions.groupMarks, "") ?? "";
  const fraction = match[2];
  if (whole === "" && !fraction) return undefined;
  return fraction === undefined ? whole : `${whole || "0"}.${fraction}`;
}

/**
 * A formula as people type it in a locale: where a comma marks decimals, Sheets separates
 * arguments with semicolons (=CPE(S3:S; Y3:Y)). Formulas the add-on writes keep commas: the
 * Apps Script API always takes them in the en_US form.
 */
export function typedFormula(formula: string, locale: string | undefined): string {
  return numberConventions(locale)?.decimal === "," ? formula.replace(/, /g, "; ") : formula;
}

/**
 * An HTML page with every formula in its <code> elements typed as the locale types it: the
 * Function reference, written with commas, shown in a spreadsheet whose locale may want
 * semicolons.
 */
export const typedCodes = (html: string, locale: string | undefined): string =>
  html.replace(
    /<code>(.*?)<\/code>/g,
    (_all, code: string) => `<code>${typedFormula(code, locale)}</code>`,
  );
