/**
 * Labels inside sentences. A column's name is a header ("Promo code", "Omsætning") and reads
 * as a plain word within a sentence: lower case, as English, Danish, Italian and Kyrgyz write
 * nouns there ("Sum of revenue", "Sum af omsætning"). A metric's name is written for the middle
 * of a sentence and takes a capital where a sentence starts with it. Chinese has no case.
 */

/** "Promo code" → "promo code"; abbreviations keep their capitals ("UTM link", "CPM", "KPI"). */
export function inSentence(label: string): string {
  const [first = "", second = ""] = label;
  return /\p{Lu}/u.test(first) && /\p{Ll}/u.test(second)
    ? first.toLowerCase() + label.slice(first.length)
    : label;
}

/**
 * What follows a name and its colon ("Time-bound: The deadline has passed …"): Italian and
 * Kyrgyz go on in lower case there ("Definito nel tempo: la scadenza …"), where English and
 * Danish start a whole sentence with a capital.
 */
export const afterColon = (text: string, lang: string): string =>
  LOWER_AFTER_COLON.has(lang) ? inSentence(text) : text;

const LOWER_AFTER_COLON: ReadonlySet<string> = new Set(["it", "ky"]);

/** The first letter upper case: "(revenue − cost) ÷ cost" → "(Revenue − cost) ÷ cost". */
export const capitalised = (text: string): string =>
  text.replace(/\p{L}/u, (letter) => letter.toUpperCase());
