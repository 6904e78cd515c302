/**
 * The Settings sheet: currency, engagement-rate base, report language, CPM per platform and
 * tier thresholds. Each block gets a named range when it is created; everything that reads
 * Settings (the tracker's formulas, the add-on) goes through those names, so a user may insert
 * rows or move blocks without breaking anything.
 */
import { DEFAULT_TIER_THRESHOLDS, PLATFORM_CPMS, TIERS } from "../../core/catalog";
import { CURRENCIES, moneyFormat } from "../../core/currency";
import type { Block, CellInput, Rect, SheetPaint, Validation } from "../workbook";
import type { SettingsBlock } from "./named-ranges";
import { COUNT_FORMAT, HEADER_GREY, TEXT_FORMAT } from "./template";

/** Where a new Settings sheet puts each block (and where version 1 put them). */
export const SETTINGS_LAYOUT: Readonly<Record<SettingsBlock, Rect>> = {
  currency: { row: 4, column: 2, numRows: 1, numColumns: 1 },
  engagementBase: { row: 5, column: 2, numRows: 1, numColumns: 1 },
  reportLanguage: { row: 6, column: 2, numRows: 1, numColumns: 1 },
  // Platform rows: the catalog's defaults, then blank rows for the user's own platforms.
  cpmPlatforms: { row: 9, column: 1, numRows: 12, numColumns: 1 },
  cpmValues: { row: 9, column: 2, numRows: 12, numColumns: 1 },
  tierThresholds: { row: 23, column: 2, numRows: 4, numColumns: 1 },
};

/** Labels beside each block in the layout, to recognise a version 1 sheet before naming it. */
export const SETTINGS_ANCHORS: readonly { row: number; column: number; text: string }[] = [
  { row: 4, column: 1, text: "Currency" },
  { row: 5, column: 1, text: "Engagement-rate base" },
  { row: 8, column: 1, text: "Platform" },
  { row: 22, column: 1, text: "Tier" },
];

const ROWS = 40;
const COLUMNS = 4;

const ENGAGEMENT_BASES = ["Followers", "Reach", "Views"] as const;
const REPORT_LANGUAGES = ["English"] as const;

const listRule = (helpText: string, values: readonly string[]): Validation => ({
  rule: { type: "list", values },
  allowInvalid: false,
  helpText,
});

const VALIDATIONS: Readonly<Record<SettingsBlock, Validation | undefined>> = {
  currency: listRule("Currency code for money formats, e.g. USD, EUR, GBP, DKK.", CURRENCIES),
  engagementBase: listRule("What engagement rate divides by.", ENGAGEMENT_BASES),
  reportLanguage: listRule("Language of generated reports.", REPORT_LANGUAGES),
  cpmPlatforms: undefined,
  cpmValues: {
    rule: { type: "number-at-least", min: 0 },
    allowInvalid: false,
    helpText: "CPM: cost per 1,000 impressions, a number of 0 or more.",
  },
  tierThresholds: {
    rule: { type: "number-at-least", min: 0 },
    allowInvalid: false,
    helpText: "Follower count where the tier starts; each tier above the one before.",
  },
};

const formatOf = (block: SettingsBlock, currency: string): string =>
  block === "cpmValues"
    ? moneyFormat(currency)
    : block === "tierThresholds"
      ? COUNT_FORMAT
      : TEXT_FORMAT;

/** A new Settings sheet: one block holding every value, format, rule and style. */
export function planNewSettings(currency: string): SheetPaint {
  const values: CellInput[][] = Array.from({ length: ROWS }, () => Array(COLUMNS).fill(null));
  const bold = values.map((line) => line.map(() => false));
  const backgrounds: (string | null)[][] = values.map((line) => line.map(() => null));
  const formats = values.map((line) => line.map(() => TEXT_FORMAT));
  const validations: (Validation | null)[][] = values.map((line) => line.map(() => null));
  const put = (row: number, column: number, cells: readonly CellInput[]) =>
    cells.forEach((cell, i) => {
      (values[row - 1] as CellInput[])[column - 1 + i] = cell;
    });
  const header = (row: number, cells: readonly string[]) => {
    put(row, 1, cells);
    cells.forEach((_, i) => {
      (bold[row - 1] as boolean[])[i] = true;
      (backgrounds[row - 1] as (string | null)[])[i] = HEADER_GREY;
    });
  };
  put(1, 1, ["Influencer KPIs settings"]);
  (bold[0] as boolean[])[0] = true;
  put(2, 1, ["Edit the values in column B; the tracker and framework read them."]);
  const L = SETTINGS_LAYOUT;
  put(L.currency.row, 1, [
    "Currency",
    currency,
    "Money formats of sheets the add-on creates from now on.",
  ]);
  put(L.engagementBase.row, 1, [
    "Engagement-rate base",
    "Followers",
    "Engagement rate = engagements / this column.",
  ]);
  put(L.reportLanguage.row, 1, ["Report language", "English", "Language of generated reports."]);
  header(L.cpmPlatforms.row - 1, ["Platform", "CPM", "Source", "Year"]);
  PLATFORM_CPMS.forEach((p, i) => {
    put(L.cpmPlatforms.row + i, 1, [p.platform, p.cpm, p.source, p.year]);
  });
  header(L.tierThresholds.row - 1, ["Tier", "Followers from"]);
  TIERS.slice(1).forEach((tier, i) => {
    put(L.tierThresholds.row + i, 1, [tier, DEFAULT_TIER_THRESHOLDS[i] ?? null]);
  });
  for (const block of Object.keys(L) as SettingsBlock[]) {
    const rect = L[block];
    for (let r = rect.row; r < rect.row + rect.numRows; r++) {
      (formats[r - 1] as string[])[rect.column - 1] = formatOf(block, currency);
      (validations[r - 1] as (Validation | null)[])[rect.column - 1] = VALIDATIONS[block] ?? null;
    }
  }
  // Years are numbers, shown without a thousands separator.
  for (let r = L.cpmPlatforms.row; r < L.cpmPlatforms.row + L.cpmPlatforms.numRows; r++) {
    (formats[r - 1] as string[])[3] = "0";
  }
  return {
    newSheet: true,
    blocks: [{ row: 1, column: 1, values, formats, validations, bold, backgrounds }],
    widths: [
      { column: 1, count: 1, width: 200 },
      // The CPM sources are about 80 characters long.
      { column: 3, count: 1, width: 540 },
    ],
  };
}

/** An existing Settings sheet: its blocks' formats and rules rewritten where the names point. */
export function planExistingSettings(
  blocks: Readonly<Record<SettingsBlock, Rect>>,
  currency: string,
): SheetPaint {
  return {
    blocks: (Object.keys(blocks) as SettingsBlock[]).map((block): Block => {
      const rect = blocks[block];
      const grid = <T>(value: T): T[][] =>
        Array.from({ length: rect.numRows }, () => Array(rect.numColumns).fill(value));
      return {
        row: rect.row,
        column: rect.column,
        formats: grid(formatOf(block, currency)),
        validations: grid(VALIDATIONS[block] ?? null),
      };
    }),
  };
}
