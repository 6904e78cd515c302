/**
 * The add-on's language: the one chosen in this spreadsheet's Settings, else the user's own
 * (their Google account's locale, readable even in AuthMode.NONE, where the menu is built).
 */
import { type Lang, languageOfLocale, parseLanguage } from "../core/i18n/languages";
import { SETTINGS_NAMES } from "../sheets/templates/named-ranges";

/** The user's language, from their account's locale; English if it is none of the five. */
export const userLanguage = (): Lang => languageOfLocale(Session.getActiveUserLocale());

/** The language chosen in this spreadsheet's Settings, else the user's. */
export function addOnLanguage(): Lang {
  const cell = SpreadsheetApp.getActiveSpreadsheet().getRangeByName(SETTINGS_NAMES.language);
  return parseLanguage(cell?.getValue()) ?? userLanguage();
}
