/**
 * What the add-on's features read from Settings, through its named ranges: each a read of
 * one block, whatever the sheet's layout.
 */

import type { CellValue } from "../../core/cells";
import { DEFAULT_CURRENCY, readCurrency } from "../../core/currency";
import { DEFAULT_TIER_THRESHOLDS } from "../../core/defaults";
import type { EngagementBase } from "../../core/framework/model";
import type { Catalog } from "../../core/i18n/catalog";
import { NO_RATES, type RateTable, readRates } from "../../core/rates";
import { SETTINGS_NAMES } from "../templates/named-ranges";
import type { WorkbookPort } from "../workbook";

const firstValue = (port: WorkbookPort, name: string): CellValue | undefined =>
  port.namedValues(name)?.[0]?.[0];

/** The Settings currency code; US dollars where none is set. */
export const settingsCurrency = (port: WorkbookPort): string =>
  readCurrency(firstValue(port, SETTINGS_NAMES.currency)) ?? DEFAULT_CURRENCY;

/** The Settings engagement-rate base, by its word in any language. */
export function engagementBase(port: WorkbookPort, catalogs: readonly Catalog[]): EngagementBase {
  const word = String(firstValue(port, SETTINGS_NAMES.engagementBase) ?? "").trim();
  for (const base of ["reach", "views"] as const) {
    if (catalogs.some((c) => c[`base.${base}`] === word)) return base;
  }
  return "followers";
}

/** Where nano, micro, macro and mega start; the defaults unless Settings has four rising numbers. */
export function tierThresholds(port: WorkbookPort): readonly [number, number, number, number] {
  const values = (port.namedValues(SETTINGS_NAMES.tierThresholds) ?? []).map((line) => line[0]);
  const numbers = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  const rising =
    numbers.length === 4 && numbers.every((n, i) => i === 0 || n > (numbers[i - 1] as number));
  return rising
    ? (numbers as unknown as [number, number, number, number])
    : DEFAULT_TIER_THRESHOLDS;
}

/**
 * Settings' exchange rates to its currency, by the table's lines (1 for the first); none where
 * an earlier Settings has no table yet.
 */
export function settingsRates(port: WorkbookPort, currency: string): RateTable {
  const cells = port.namedValues(SETTINGS_NAMES.rates);
  return cells ? readRates(cells, currency, 1, (date) => port.isoDay(date)) : NO_RATES;
}
