/** The Settings sheet: currency, CPM per platform, tier thresholds and other choices. */
import { DEFAULT_TIER_THRESHOLDS, PLATFORM_CPMS, TIERS } from "../../core/catalog";
import { CURRENCIES, moneyFormat } from "../../core/currency";
import type { CellInput, ColumnValidation } from "../workbook";
import { COUNT_FORMAT, HEADER_GREY, type SheetTemplate } from "./template";

/** Where the settings live; formulas in the tracker read these cells. */
export const SETTINGS = {
  currency: { row: 4, column: 2 },
  engagementBase: { row: 5, column: 2 },
  reportLanguage: { row: 6, column: 2 },
  cpmHeaderRow: 8,
  /** Platform rows: the catalog's defaults, then blank rows for the user's own platforms. */
  cpmRows: { first: 9, last: 20 },
  tierHeaderRow: 22,
  tierRows: { first: 23, last: 26 },
} as const;

const CURRENCY_CODES_HINT = "Currency code for money formats, e.g. USD, EUR, GBP, DKK.";

export const ENGAGEMENT_BASES = ["Followers", "Reach", "Views"] as const;
export const REPORT_LANGUAGES = ["English"] as const;

export function settingsTemplate(currency: string): SheetTemplate {
  const { cpmRows, tierRows } = SETTINGS;
  const platformRows: CellInput[][] = PLATFORM_CPMS.map((p) => [
    p.platform,
    p.cpm,
    p.source,
    p.year,
  ]);
  while (platformRows.length < cpmRows.last - cpmRows.first + 1)
    platformRows.push(["", "", "", ""]);
  const tierRowsValues = TIERS.slice(1).map((tier, i): CellInput[] => [
    tier,
    DEFAULT_TIER_THRESHOLDS[i] ?? null,
  ]);
  return {
    kind: "settings",
    size: { rows: 40, columns: 4 },
    tables: [
      { row: 1, column: 1, values: [["Influencer KPIs settings"]], bold: true },
      {
        row: 2,
        column: 1,
        values: [["Edit the values in column B; the tracker and framework read them."]],
      },
      {
        row: 4,
        column: 1,
        values: [
          ["Currency", currency, "Money formats of sheets the add-on creates from now on."],
          ["Engagement-rate base", "Followers", "Engagement rate = engagements / this column."],
          ["Report language", "English", "Language of generated reports."],
        ],
      },
      {
        row: SETTINGS.cpmHeaderRow,
        column: 1,
        values: [["Platform", "CPM", "Source", "Year"]],
        bold: true,
        background: HEADER_GREY,
      },
      { row: cpmRows.first, column: 1, values: platformRows },
      {
        row: SETTINGS.tierHeaderRow,
        column: 1,
        values: [["Tier", "Followers from"]],
        bold: true,
        background: HEADER_GREY,
      },
      { row: tierRows.first, column: 1, values: tierRowsValues },
    ],
    formats: [
      { column: 2, fromRow: cpmRows.first, toRow: cpmRows.last, format: moneyFormat(currency) },
      { column: 2, fromRow: tierRows.first, toRow: tierRows.last, format: COUNT_FORMAT },
    ],
    validations: [
      listRule(SETTINGS.currency, CURRENCY_CODES_HINT, CURRENCIES),
      listRule(SETTINGS.engagementBase, "What engagement rate divides by.", ENGAGEMENT_BASES),
      listRule(SETTINGS.reportLanguage, "Language of generated reports.", REPORT_LANGUAGES),
      {
        column: 2,
        fromRow: cpmRows.first,
        toRow: cpmRows.last,
        rule: { type: "number-at-least", min: 0 },
        allowInvalid: false,
        helpText: "CPM: cost per 1,000 impressions, a number of 0 or more.",
      },
      {
        column: 2,
        fromRow: tierRows.first,
        toRow: tierRows.last,
        rule: { type: "number-at-least", min: 0 },
        allowInvalid: false,
        helpText: "Follower count where the tier starts; each tier above the one before.",
      },
    ],
    layout: { frozenRows: 0, columnWidths: [200, 110, 420, 60] },
  };
}

/** A drop-down list on one settings cell. */
function listRule(
  cell: { row: number; column: number },
  helpText: string,
  values: readonly string[],
): ColumnValidation {
  return {
    column: cell.column,
    fromRow: cell.row,
    toRow: cell.row,
    rule: { type: "list", values },
    allowInvalid: false,
    helpText,
  };
}
