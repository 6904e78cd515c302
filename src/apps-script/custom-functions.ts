/**
 * The custom functions as Sheets calls them. The build writes one top-level stub per spec
 * (`function CPE(cost, engagements) {...}`) that calls this with its arguments in order.
 */

import { readCurrency } from "../core/currency";
import type { FunctionEnvironment } from "../core/environment";
import { findCustomFunction } from "../core/function-specs";
import { type Output, runCustomFunction } from "../core/ranges";
import { SETTINGS_NAMES } from "../sheets/templates/named-ranges";
import { loadCoreCatalog } from "./catalogs";

export function callCustomFunction(name: string, args: readonly unknown[]): Output | Output[][] {
  const spec = findCustomFunction(name);
  if (!spec) throw new Error(`${name} is not a function of this add-on`);
  return runCustomFunction(spec, args, spreadsheetEnvironment());
}

/**
 * The spreadsheet a call runs in. Custom functions may read it (AuthMode.CUSTOM_FUNCTION is
 * read-only); the locale is read once per call, and only if a text cell or a message needs it.
 */
function spreadsheetEnvironment(): FunctionEnvironment {
  let locale: string | undefined;
  let read = false;
  return {
    locale: () => {
      if (!read) {
        read = true;
        try {
          locale = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
        } catch {
          // No spreadsheet to ask: text is read as in an unknown locale, messages in English.
          locale = undefined;
        }
      }
      return locale;
    },
    catalog: loadCoreCatalog,
    // Custom functions may read the spreadsheet (AuthMode.CUSTOM_FUNCTION is read-only).
    currency: () => {
      try {
        const cell = SpreadsheetApp.getActiveSpreadsheet().getRangeByName(SETTINGS_NAMES.currency);
        return readCurrency(cell?.getValue());
      } catch {
        return undefined;
      }
    },
  };
}
