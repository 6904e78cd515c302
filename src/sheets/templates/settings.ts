/**
 * The Settings sheet: currency, engagement-rate base, language, CPM per platform, tier
 * thresholds and exchange rates to the currency. Each block gets a named range when it is created; everything that reads Settings
 * (the tracker's formulas, the add-on) goes through those names, so a user may insert rows or
 * move blocks without breaking anything. Labels sit beside their blocks and follow them.
 */

import { isBlank } from "../../core/cells";
import { CURRENCIES } from "../../core/currency";
import { DEFAULT_TIER_THRESHOLDS, PLATFORM_CPMS, TIERS } from "../../core/defaults";
import { type Catalog, type CoreKey, format, type MessageKey } from "../../core/i18n/catalog";
import { LANGUAGE_CODES, LANGUAGES, type Lang } from "../../core/i18n/languages";
import { EARLIER_TEXTS } from "../../core/labels";
import type { Block, CellInput, Rect, SheetHead, SheetPaint, Validation } from "../workbook";
import type { SettingsBlock } from "./named-ranges";
import {
  COUNT_FORMAT,
  EXCHANGE_RATE_FORMAT,
  HEADER_GREY,
  type LocaleFormats,
  TEXT_FORMAT,
} from "./template";

/** Where a new Settings sheet puts each block (and where version 1 put them). */
export const SETTINGS_LAYOUT: Readonly<Record<SettingsBlock, Rect>> = {
  currency: { row: 4, column: 2, numRows: 1, numColumns: 1 },
  engagementBase: { row: 5, column: 2, numRows: 1, numColumns: 1 },
  language: { row: 6, column: 2, numRows: 1, numColumns: 1 },
  // Platform rows: the catalog's defaults, then blank rows for the user's own platforms.
  cpmPlatforms: { row: 9, column: 1, numRows: 12, numColumns: 1 },
  cpmValues: { row: 9, column: 2, numRows: 12, numColumns: 1 },
  tierThresholds: { row: 23, column: 2, numRows: 4, numColumns: 1 },
  // Currency, rate, as of, source: under a title row and a header row.
  rates: { row: 30, column: 1, numRows: 8, numColumns: 5 },
};

/** Rows the rates table takes above its block: its title with a note, and its headers. */
export const RATES_ABOVE = 2;

/** Labels the layout puts beside its blocks, to recognise it before naming the blocks. */
export const SETTINGS_ANCHORS: readonly { row: number; column: number; key: CoreKey }[] = [
  { row: 4, column: 1, key: "settings.currency" },
  { row: 5, column: 1, key: "settings.engagementBase" },
  { row: 8, column: 1, key: "settings.platform" },
  { row: 22, column: 1, key: "settings.tier" },
];

const ROWS = 40;
const COLUMNS = 5;

/** The engagement-rate bases, by key; Settings shows them in the sheets' language. */
const BASE_KEYS = ["base.followers", "base.reach", "base.views"] as const;

const LANGUAGE_NAMES = LANGUAGE_CODES.map((code) => LANGUAGES[code]);

const listRule = (helpText: string, values: readonly string[]): Validation => ({
  rule: { type: "list", values },
  allowInvalid: false,
  helpText,
});

/** A block's cells, column by column: the rates table's columns differ, the others have one. */
interface ColumnStyle {
  readonly format: string;
  readonly validation: Validation | undefined;
}

function styles(
  c: Catalog,
  formats: LocaleFormats,
): Readonly<Record<SettingsBlock, readonly ColumnStyle[]>> {
  const rules = validations(c);
  const one = (block: Exclude<SettingsBlock, "rates">): ColumnStyle[] => [
    { format: formatOf(block, formats), validation: rules[block] },
  ];
  return {
    currency: one("currency"),
    engagementBase: one("engagementBase"),
    language: one("language"),
    cpmPlatforms: one("cpmPlatforms"),
    cpmValues: one("cpmValues"),
    tierThresholds: one("tierThresholds"),
    rates: [
      // A currency Settings offers; warn rather than reject, so a pasted table is never lost.
      {
        format: TEXT_FORMAT,
        validation: { ...listRule(c["help.rateCurrency"], CURRENCIES), allowInvalid: true },
      },
      {
        format: EXCHANGE_RATE_FORMAT,
        validation: {
          rule: { type: "number-at-least", min: 0 },
          allowInvalid: true,
          helpText: c["help.rate"],
        },
      },
      {
        format: formats.date,
        validation: { rule: { type: "date" }, allowInvalid: true, helpText: c["help.rateAsOf"] },
      },
      { format: TEXT_FORMAT, validation: undefined },
      // The campaign a rate is fixed for; blank for every campaign.
      { format: TEXT_FORMAT, validation: undefined },
    ],
  };
}

function validations(
  c: Catalog,
): Readonly<Record<Exclude<SettingsBlock, "rates">, Validation | undefined>> {
  const atLeastZero = (helpText: string): Validation => ({
    rule: { type: "number-at-least", min: 0 },
    allowInvalid: false,
    helpText,
  });
  return {
    currency: listRule(c["help.currency"], CURRENCIES),
    engagementBase: listRule(
      c["help.engagementBase"],
      BASE_KEYS.map((key) => c[key]),
    ),
    language: listRule(c["help.language"], LANGUAGE_NAMES),
    cpmPlatforms: undefined,
    cpmValues: atLeastZero(c["help.cpm"]),
    tierThresholds: atLeastZero(c["help.tier"]),
  };
}

const formatOf = (block: Exclude<SettingsBlock, "rates">, formats: LocaleFormats): string =>
  block === "cpmValues" ? formats.money : block === "tierThresholds" ? COUNT_FORMAT : TEXT_FORMAT;

/** A text the add-on writes in Settings, by key, and where it sits relative to its block. */
interface Placed {
  readonly row: number;
  readonly column: number;
  readonly key: MessageKey;
  readonly header?: true;
}

/** Every label, header and note of Settings, placed beside the blocks where they are now. */
function placedTexts(blocks: Readonly<Record<SettingsBlock, Rect>>): Placed[] {
  const beside = (
    block: "currency" | "engagementBase" | "language",
    label: MessageKey,
    note: MessageKey,
  ) => {
    const { row, column } = blocks[block];
    return [
      { row, column: column - 1, key: label },
      { row, column: column + 1, key: note },
    ];
  };
  const cpm = blocks.cpmPlatforms;
  const tiers = blocks.tierThresholds;
  const rates = blocks.rates;
  return [
    { row: rates.row - RATES_ABOVE, column: rates.column, key: "settings.rates", header: true },
    { row: rates.row - RATES_ABOVE, column: rates.column + 1, key: "settings.ratesNote" },
    ...(
      [
        "settings.rateCurrency",
        "settings.rate",
        "settings.rateAsOf",
        "settings.rateSource",
        "col.campaign",
      ] as const
    )
      // A table made before its Campaign column and kept without one (rates.ts reads both).
      .slice(0, rates.numColumns)
      .map(
        (key, i): Placed => ({ row: rates.row - 1, column: rates.column + i, key, header: true }),
      ),
    ...beside("currency", "settings.currency", "settings.currencyNote"),
    ...beside("engagementBase", "settings.engagementBase", "settings.engagementBaseNote"),
    ...beside("language", "settings.language", "settings.languageNote"),
    ...(["settings.platform", "settings.cpm", "settings.source", "settings.year"] as const).map(
      (key, i): Placed => ({ row: cpm.row - 1, column: cpm.column + i, key, header: true }),
    ),
    { row: tiers.row - 1, column: tiers.column - 1, key: "settings.tier", header: true },
    { row: tiers.row - 1, column: tiers.column, key: "settings.followersFrom", header: true },
    ...TIERS.slice(1).map(
      (tier, i): Placed => ({ row: tiers.row + i, column: tiers.column - 1, key: `tier.${tier}` }),
    ),
    // The tier below the first threshold has no row of its own: it is named beside that row.
    { row: tiers.row, column: tiers.column + 1, key: "settings.tierBelow" },
  ];
}

/** A new Settings sheet: one block holding every value, format, rule and style. */
export function planNewSettings(
  c: Catalog,
  currency: string,
  language: Lang,
  formats: LocaleFormats,
): SheetPaint {
  const values: CellInput[][] = Array.from({ length: ROWS }, () => Array(COLUMNS).fill(null));
  const bold = values.map((line) => line.map(() => false));
  const backgrounds: (string | null)[][] = values.map((line) => line.map(() => null));
  const numberFormats = values.map((line) => line.map(() => TEXT_FORMAT));
  const rules: (Validation | null)[][] = values.map((line) => line.map(() => null));
  const put = (row: number, column: number, cells: readonly CellInput[]) =>
    cells.forEach((cell, i) => {
      (values[row - 1] as CellInput[])[column - 1 + i] = cell;
    });
  put(1, 1, [c["settings.title"]]);
  (bold[0] as boolean[])[0] = true;
  put(2, 1, [c["settings.intro"]]);
  for (const text of placedTexts(SETTINGS_LAYOUT)) {
    put(text.row, text.column, [c[text.key]]);
    if (text.header) {
      (bold[text.row - 1] as boolean[])[text.column - 1] = true;
      (backgrounds[text.row - 1] as (string | null)[])[text.column - 1] = HEADER_GREY;
    }
  }
  const L = SETTINGS_LAYOUT;
  put(L.currency.row, L.currency.column, [currency]);
  put(L.engagementBase.row, L.engagementBase.column, [c["base.followers"]]);
  put(L.language.row, L.language.column, [LANGUAGES[language]]);
  PLATFORM_CPMS.forEach((p, i) => {
    const source = format(c, "settings.cpmSource", { source: p.source });
    put(L.cpmPlatforms.row + i, L.cpmPlatforms.column, [p.platform, p.cpm, source, p.year]);
  });
  DEFAULT_TIER_THRESHOLDS.forEach((threshold, i) => {
    put(L.tierThresholds.row + i, L.tierThresholds.column, [threshold]);
  });
  const styleOf = styles(c, formats);
  for (const block of Object.keys(L) as SettingsBlock[]) {
    const rect = L[block];
    for (let r = rect.row; r < rect.row + rect.numRows; r++) {
      styleOf[block].forEach((style, i) => {
        (numberFormats[r - 1] as string[])[rect.column - 1 + i] = style.format;
        (rules[r - 1] as (Validation | null)[])[rect.column - 1 + i] = style.validation ?? null;
      });
    }
  }
  // Years are numbers, shown without a thousands separator.
  for (let r = L.cpmPlatforms.row; r < L.cpmPlatforms.row + L.cpmPlatforms.numRows; r++) {
    (numberFormats[r - 1] as string[])[L.cpmPlatforms.column + 2] = "0";
  }
  return {
    newSheet: true,
    blocks: [
      { row: 1, column: 1, values, formats: numberFormats, validations: rules, bold, backgrounds },
    ],
    widths: [
      { column: 1, count: 1, width: 200 },
      // The CPM sources are about 80 characters long.
      { column: 3, count: 1, width: 540 },
    ],
  };
}

/**
 * An existing Settings sheet: its blocks' formats and rules rewritten where the names point,
 * and, where they read otherwise, its labels in the language now chosen (a label is replaced
 * only where the cell holds one of the add-on's texts in some language, or nothing). The
 * engagement-rate base keeps its meaning: "Reach" becomes "Rækkevidde" in Danish.
 */
export function planExistingSettings(
  c: Catalog,
  known: readonly Catalog[],
  blocks: Readonly<Record<SettingsBlock, Rect>>,
  head: SheetHead,
  formats: LocaleFormats,
): SheetPaint {
  const styleOf = styles(c, formats);
  const columnBlocks = (Object.keys(blocks) as SettingsBlock[]).map((block): Block => {
    const rect = blocks[block];
    const columns = styleOf[block].slice(0, rect.numColumns);
    const grid = <T>(value: (style: ColumnStyle) => T): T[][] =>
      Array.from({ length: rect.numRows }, () => columns.map(value));
    return {
      row: rect.row,
      column: rect.column,
      formats: grid((style) => style.format),
      validations: grid((style) => style.validation ?? null),
    };
  });
  const cellAt = (row: number, column: number) => head.values[row - 1]?.[column - 1];
  const texts: { row: number; column: number; text: string }[] = [];
  /**
   * Writes what the chosen language says where the cell says it in a known language (or as
   * an earlier release wrote it, or, for labels, is blank).
   */
  const rewrite = (
    row: number,
    column: number,
    say: (k: Catalog) => string,
    also: (current: unknown) => boolean = () => false,
  ) => {
    const current = cellAt(row, column);
    const ours = also(current) || known.some((k) => say(k) === current);
    if (ours && current !== say(c)) texts.push({ row, column, text: say(c) });
  };
  const relabel = (row: number, column: number, key: MessageKey) =>
    rewrite(
      row,
      column,
      (k) => k[key],
      (current) => isBlank(current) || EARLIER_TEXTS[key]?.includes(String(current)) === true,
    );
  relabel(1, 1, "settings.title");
  relabel(2, 1, "settings.intro");
  for (const text of placedTexts(blocks)) relabel(text.row, text.column, text.key);
  // The default CPMs' sources, where they still say what the add-on wrote.
  const cpm = blocks.cpmPlatforms;
  PLATFORM_CPMS.forEach((p, i) => {
    rewrite(cpm.row + i, cpm.column + 2, (k) =>
      format(k, "settings.cpmSource", { source: p.source }),
    );
  });
  // The engagement-rate base keeps its meaning in the new words.
  const base = blocks.engagementBase;
  for (const key of BASE_KEYS) rewrite(base.row, base.column, (k) => k[key]);
  const textBlocks = texts.map(
    ({ row, column, text }): Block => ({ row, column, values: [[text]] }),
  );
  // A rates table placed to the right of everything may need columns the sheet lacks.
  const columns = Math.max(...Object.values(blocks).map((r) => r.column + r.numColumns - 1));
  return { columns, blocks: [...columnBlocks, ...textBlocks] };
}
