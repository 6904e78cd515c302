/**
 * The custom functions as Sheets calls them. The build writes one top-level stub per spec
 * (`function CPE(cost, engagements) {...}`) that calls this with its arguments in order.
 */

import { readCurrency } from "../core/currency";
import type { FunctionEnvironment } from "../core/environment";
import { findCustomFunction } from "../core/function-specs";
import { type Output, runCustomFunction } from "../core/ranges";
import { SETTINGS_NAMES } from "../sheets/templates/named-ranges";
import { TRACKER } from "../sheets/templates/tracker";
import { loadCoreCatalog } from "./catalogs";
import { ownSheetsOf } from "./spreadsheet-app-workbook";

export function callCustomFunction(name: string, args: readonly unknown[]): Output | Output[][] {
  const spec = findCustomFunction(name);
  if (!spec) throw new Error(`${name} is not a function of this add-on`);
  return runCustomFunction(
    spec,
    args,
    spreadsheetEnvironment(() => SpreadsheetApp.getActiveSpreadsheet(), loadCoreCatalog),
  );
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The spreadsheet a call runs in. Custom functions may read it (AuthMode.CUSTOM_FUNCTION is
 * read-only); each read happens once per call, and only when needed.
 */
export function spreadsheetEnvironment(
  spreadsheet: () => Spreadsheet,
  catalog: FunctionEnvironment["catalog"],
): FunctionEnvironment {
  let locale: string | undefined;
  let read = false;
  return {
    locale: () => {
      if (!read) {
        read = true;
        try {
          locale = spreadsheet().getSpreadsheetLocale();
        } catch {
          // No spreadsheet to ask: text is read as in an unknown locale, messages in English.
          locale = undefined;
        }
      }
      return locale;
    },
    catalog,
    currency: () => {
      try {
        return readCurrency(spreadsheet().getRangeByName(SETTINGS_NAMES.currency)?.getValue());
      } catch {
        // The name's sheet was deleted: no currency to name.
        return undefined;
      }
    },
    rates: () => {
      try {
        return spreadsheet().getRangeByName(SETTINGS_NAMES.rates)?.getValues();
      } catch {
        // The name's sheet was deleted: no rates.
        return undefined;
      }
    },
    moneyFormats: (columns, rows) => {
      const wanted = [columns.revenue, columns.cost].filter((c): c is number => c !== undefined);
      if (wanted.length === 0 || rows < 1) return undefined;
      try {
        const tracker = ownSheetsOf(spreadsheet(), ["tracker"])[0]?.sheet;
        if (!tracker) return undefined;
        // One read over both columns, whatever lies between them.
        const first = Math.min(...wanted);
        const width = Math.max(...wanted) - first + 1;
        const formats = tracker
          .getRange(TRACKER.firstDataRow, first, rows, width)
          .getNumberFormats();
        const column = (at: number | undefined) =>
          at === undefined ? undefined : formats.map((line) => line[at - first] ?? "");
        const revenue = column(columns.revenue);
        const cost = column(columns.cost);
        return { ...(revenue && { revenue }), ...(cost && { cost }) };
      } catch {
        // Columns beyond the sheet, or no spreadsheet: formats unknown.
        return undefined;
      }
    },
  };
}
