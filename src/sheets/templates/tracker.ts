/**
 * The Campaign Tracker: one row per post, with computed columns that are one array call of
 * our custom functions each, and live totals in native formulas.
 */
import { moneyFormat } from "../../core/currency";
import { TRACKER_COLUMNS, TRACKER_INDEX, type TrackerColumnKey } from "../../core/tracker-columns";
import { columnLetter } from "../a1";
import { sheetReference } from "../cell-input";
import {
  type CellInput,
  type ColumnFormat,
  type ColumnValidation,
  formula,
  type TableWrite,
} from "../workbook";
import { SETTINGS } from "./settings";
import {
  COMPUTED_BLUE,
  COUNT_FORMAT,
  DATE_FORMAT,
  HEADER_GREY,
  type SheetTemplate,
  type TemplateNames,
  TOTALS_GREY,
} from "./template";

const TEXT_NUMBERS_NOTE = "Text such as 12.5K is read by the add-on's functions but not by SUM.";

/** Tracker rows: header on row 1, live totals on row 2, posts from row 3. */
export const TRACKER = { headerRow: 1, totalsRow: 2, firstDataRow: 3 } as const;

interface ComputedColumn {
  readonly header: string;
  readonly format?: (currency: string) => string;
  /** The array formula in the first data row, given references to other columns. */
  readonly formula: (refs: TrackerRefs) => string;
  /** The totals-row formula (native functions only), if a total makes sense. */
  readonly total?: (refs: TrackerRefs) => string;
}

interface TrackerRefs {
  /** Open range of a column from the first data row: "H3:H". */
  col(key: TrackerColumnKey | ComputedKey): string;
  /** The totals-row cell of a column: "H2". */
  total(key: TrackerColumnKey | ComputedKey): string;
  settings: string;
}

type ComputedKey = "tier" | "engagements" | "engagementRate" | "emv";

const FIRST = TRACKER.firstDataRow;
const cpmTable = (settings: string, column: "A" | "B") =>
  `${settings}!$${column}$${SETTINGS.cpmRows.first}:$${column}$${SETTINGS.cpmRows.last}`;

/** Impressions, or views where a platform reports only views (Instagram since 2025). */
const impressionsOrViews = (r: TrackerRefs) =>
  `ARRAYFORMULA(IF(${r.col("impressions")}="", ${r.col("views")}, ${r.col("impressions")}))`;
const impressionsOrViewsTotal = (r: TrackerRefs) =>
  `(${r.total("impressions")}+SUMIF(${r.col("impressions")}, "", ${r.col("views")}))`;
const ratioTotal = (numerator: string, denominator: string) =>
  `IFERROR(${numerator}/${denominator}, "")`;

const COMPUTED: readonly (ComputedColumn & { key?: ComputedKey })[] = [
  {
    key: "tier",
    header: "Tier",
    formula: (r) =>
      `TIER(${r.col("followers")}, ${r.settings}!$B$${SETTINGS.tierRows.first}:$B$${SETTINGS.tierRows.last})`,
  },
  {
    key: "engagements",
    header: "Engagements",
    format: () => COUNT_FORMAT,
    formula: (r) =>
      `ENGAGEMENTS(${r.col("likes")}, ${r.col("comments")}, ${r.col("shares")}, ${r.col("saves")})`,
    total: (r) => `SUM(${r.col("engagements")})`,
  },
  {
    key: "engagementRate",
    header: "Eng. rate",
    format: () => "0.00%",
    formula: (r) => {
      const base = `${r.settings}!$B$${SETTINGS.engagementBase.row}`;
      return `ENGRATE(${r.col("engagements")}, ARRAYFORMULA(IF(${base}="Reach", ${r.col("reach")}, IF(${base}="Views", ${r.col("views")}, ${r.col("followers")}))))`;
    },
  },
  {
    key: "emv",
    header: "EMV",
    format: (currency) => moneyFormat(currency),
    // The platform's CPM from Settings; a platform missing there, or listed without a CPM,
    // falls back to the catalog's default by name.
    formula: (r) => {
      const names = cpmTable(r.settings, "A");
      const cpms = cpmTable(r.settings, "B");
      const platform = r.col("platform");
      return `EMV(${impressionsOrViews(r)}, ARRAYFORMULA(IF(${platform}="", "", IF(COUNTIFS(${names}, ${platform}, ${cpms}, ">=0"), SUMIF(${names}, ${platform}, ${cpms}), ${platform}))))`;
    },
    total: (r) => `SUM(${r.col("emv")})`,
  },
  {
    header: "CPM",
    format: (currency) => moneyFormat(currency),
    formula: (r) => `CPM(${r.col("cost")}, ${impressionsOrViews(r)})`,
    total: (r) => `IFERROR(${r.total("cost")}/${impressionsOrViewsTotal(r)}*1000, "")`,
  },
  {
    header: "CPE",
    format: (currency) => moneyFormat(currency),
    formula: (r) => `CPE(${r.col("cost")}, ${r.col("engagements")})`,
    total: (r) => ratioTotal(r.total("cost"), r.total("engagements")),
  },
  {
    header: "CTR",
    format: () => "0.00%",
    formula: (r) => `CTR(${r.col("clicks")}, ${impressionsOrViews(r)})`,
    total: (r) => ratioTotal(r.total("clicks"), impressionsOrViewsTotal(r)),
  },
  {
    header: "Conv. rate",
    format: () => "0.00%",
    formula: (r) => `CONVRATE(${r.col("conversions")}, ${r.col("clicks")})`,
    total: (r) => ratioTotal(r.total("conversions"), r.total("clicks")),
  },
  {
    header: "ROI",
    format: () => "0%",
    formula: (r) => `ROI(${r.col("revenue")}, ${r.col("cost")})`,
    total: (r) => ratioTotal(`(${r.total("revenue")}-${r.total("cost")})`, r.total("cost")),
  },
  {
    header: "ROAS",
    format: () => "0.00",
    formula: (r) => `ROAS(${r.col("revenue")}, ${r.col("cost")})`,
    total: (r) => ratioTotal(r.total("revenue"), r.total("cost")),
  },
];

/** Input columns summed on the totals row. */
const SUMMED: ReadonlySet<TrackerColumnKey> = new Set([
  "impressions",
  "views",
  "reach",
  "likes",
  "comments",
  "shares",
  "saves",
  "clicks",
  "conversions",
  "orders",
  "revenue",
  "cost",
]);

export const TRACKER_HEADERS: readonly string[] = [
  ...TRACKER_COLUMNS.map((c) => c.label),
  ...COMPUTED.map((c) => c.header),
];

function trackerRefs(names: TemplateNames): TrackerRefs {
  const columnOf = (key: TrackerColumnKey | ComputedKey): string => {
    const computed = COMPUTED.findIndex((c) => c.key === key);
    const index =
      computed >= 0 ? TRACKER_COLUMNS.length + computed : TRACKER_INDEX[key as TrackerColumnKey];
    return columnLetter(index + 1);
  };
  return {
    col: (key) => `${columnOf(key)}${FIRST}:${columnOf(key)}`,
    total: (key) => `${columnOf(key)}${TRACKER.totalsRow}`,
    settings: sheetReference(names.settings),
  };
}

/**
 * The parts of the tracker that read the Settings sheet: the computed columns' formulas and
 * the platform list. Rewritten when Settings has to be created again for a kept tracker.
 */
export function trackerSettingsLinks(names: TemplateNames): {
  formulas: TableWrite;
  platforms: ColumnValidation;
} {
  const refs = trackerRefs(names);
  return {
    formulas: {
      row: FIRST,
      column: TRACKER_COLUMNS.length + 1,
      values: [COMPUTED.map((c) => formula(c.formula(refs)))],
      // Deleting the first post's row would delete these: warn first.
      warnBeforeEditing: "Influencer KPIs: these formulas fill the computed columns below.",
    },
    platforms: {
      column: TRACKER_INDEX.platform + 1,
      fromRow: FIRST,
      rule: {
        type: "range",
        a1: `${refs.settings}!A${SETTINGS.cpmRows.first}:A${SETTINGS.cpmRows.last}`,
      },
      allowInvalid: true,
      helpText: `Pick a platform listed in ${names.settings}, or add yours there with its CPM.`,
    },
  };
}

export function trackerTemplate(names: TemplateNames, currency: string): SheetTemplate {
  const refs = trackerRefs(names);
  const links = trackerSettingsLinks(names);
  const inputs = TRACKER_COLUMNS.length;
  const totals: CellInput[] = [
    "Totals",
    ...TRACKER_COLUMNS.slice(1).map((c) =>
      SUMMED.has(c.key) ? formula(`SUM(${refs.col(c.key)})`) : null,
    ),
    ...COMPUTED.map((c) => (c.total ? formula(c.total(refs)) : null)),
  ];
  const inputFormat = (key: TrackerColumnKey): string | undefined => {
    const kind = TRACKER_COLUMNS[TRACKER_INDEX[key]]?.kind;
    if (kind === "count") return COUNT_FORMAT;
    if (kind === "money") return moneyFormat(currency);
    if (kind === "date") return DATE_FORMAT;
    return undefined;
  };
  const formats: ColumnFormat[] = [
    ...TRACKER_COLUMNS.flatMap((c, i) => {
      const format = inputFormat(c.key);
      return format ? [{ column: i + 1, fromRow: TRACKER.totalsRow, format }] : [];
    }),
    ...COMPUTED.flatMap((c, i) =>
      c.format
        ? [{ column: inputs + i + 1, fromRow: TRACKER.totalsRow, format: c.format(currency) }]
        : [],
    ),
  ];
  return {
    kind: "tracker",
    size: { rows: 1000, columns: TRACKER_HEADERS.length },
    tables: [
      {
        row: TRACKER.headerRow,
        column: 1,
        values: [TRACKER_COLUMNS.map((c) => c.label)],
        bold: true,
        background: HEADER_GREY,
      },
      {
        row: TRACKER.headerRow,
        column: inputs + 1,
        values: [COMPUTED.map((c) => c.header)],
        bold: true,
        background: COMPUTED_BLUE,
        headerNotes: COMPUTED.map(
          (c) =>
            `Computed by Influencer KPIs: =${c.formula(refs)} in row ${FIRST}. Leave this column empty below it.`,
        ),
      },
      {
        row: TRACKER.totalsRow,
        column: 1,
        values: [totals],
        bold: true,
        background: TOTALS_GREY,
        warnBeforeEditing: "Influencer KPIs: live totals of the tracker.",
      },
      links.formulas,
    ],
    formats,
    validations: [
      links.platforms,
      {
        column: TRACKER_INDEX.postDate + 1,
        fromRow: FIRST,
        rule: { type: "date" },
        allowInvalid: true,
        helpText: "The date the post went live.",
      },
      // Counts and cost cannot be negative; revenue can (refunds).
      ...(["followers", "cost"] as const).map(
        (from): ColumnValidation => ({
          column: TRACKER_INDEX[from] + 1,
          numColumns: from === "cost" ? 1 : TRACKER_INDEX.orders - TRACKER_INDEX.followers + 1,
          fromRow: FIRST,
          rule: { type: "number-at-least", min: 0 },
          allowInvalid: true,
          helpText: `A number of 0 or more. ${TEXT_NUMBERS_NOTE}`,
        }),
      ),
      {
        column: TRACKER_INDEX.revenue + 1,
        fromRow: FIRST,
        rule: { type: "number" },
        allowInvalid: true,
        helpText: `A number; refunds may make it negative. ${TEXT_NUMBERS_NOTE}`,
      },
    ],
    layout: {
      frozenRows: TRACKER.totalsRow,
      frozenColumns: 2,
      columnWidths: TRACKER_HEADERS.map((_, i) => {
        const kind = TRACKER_COLUMNS[i]?.kind;
        return kind === "text" ? 150 : 100;
      }),
    },
  };
}
