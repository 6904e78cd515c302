/**
 * The Campaign Tracker: one row per post, with computed columns that are one array call of
 * our custom functions each, live totals (native sums of counts; impressions, money and rates through
 * KPIACTUAL, counted as the report counts them), and Settings read through its named ranges.
 */
import { CURRENCIES } from "../../core/currency";
import { type Catalog, format } from "../../core/i18n/catalog";
import { columnLabel } from "../../core/labels";
import type { FigureId } from "../../core/report/figure";
import {
  COMPUTED_KEYS,
  type ComputedKey,
  LATER_TRACKER_COLUMNS,
  TRACKER_COLUMNS,
  TRACKER_KEYS,
  type TrackerInputKey,
  type TrackerInputKind,
} from "../../core/tracker-columns";
import { columnLetter } from "../a1";
import { figureFormula } from "../figure-formulas";
import { formula, type Validation } from "../workbook";
import { SETTINGS_NAMES } from "./named-ranges";
import {
  AUTOMATIC_FORMAT,
  COUNT_FORMAT,
  type ColumnSpec,
  DECIMAL_FORMAT,
  defaultPositions,
  type LocaleFormats,
  PERCENT_FORMAT,
  type Positions,
  type TableTemplate,
  TEXT_FORMAT,
  type TemplateNames,
} from "./template";

export type TrackerKey = TrackerInputKey | ComputedKey;

/** Tracker rows: header on row 1, live totals on row 2, posts from row 3. */
export const TRACKER = { headerRow: 1, totalsRow: 2, firstDataRow: 3 } as const;

interface Refs {
  /** Open range of a column from the first data row: "H3:H". */
  col(key: TrackerKey): string;
  /**
   * A totals-row figure over every post, as the report counts it (KPIACTUAL): money leaves out
   * other currencies, even by a cell's format, and a rate counts only the posts whose inputs
   * all count.
   */
  figure(figure: FigureId): string;
}

function refs(positions: Positions<TrackerKey>, catalog: Catalog): Refs {
  const letter = (key: TrackerKey) => columnLetter(positions[key]);
  const words = { reach: [catalog["base.reach"]], views: [catalog["base.views"]] };
  return {
    col: (key) => `${letter(key)}${TRACKER.firstDataRow}:${letter(key)}`,
    figure: (figure) =>
      figureFormula("KPIACTUAL", figure, '""', {
        tracker: undefined,
        firstRow: TRACKER.firstDataRow,
        positions,
        baseWords: words,
      }),
  };
}

/** Impressions, or views where a platform reports only views (Instagram since 2025). */
const impressionsOrViews = (r: Refs) =>
  `ARRAYFORMULA(IF(${r.col("impressions")}="", ${r.col("views")}, ${r.col("impressions")}))`;

interface Computed {
  readonly format: (formats: LocaleFormats) => string;
  /** The array formula in the first data row. */
  readonly formula: (r: Refs, catalog: Catalog) => string;
  /** The totals-row formula, if a total makes sense. */
  readonly total?: (r: Refs) => string;
}

const { cpmPlatforms, cpmValues, tierThresholds, engagementBase } = SETTINGS_NAMES;

const COMPUTED: Readonly<Record<ComputedKey, Computed>> = {
  tier: {
    // Text computed by a formula: a plain-text cell would keep the formula itself as text.
    format: () => AUTOMATIC_FORMAT,
    formula: (r) => `TIER(${r.col("followers")}, ${tierThresholds})`,
  },
  engagements: {
    format: () => COUNT_FORMAT,
    formula: (r) =>
      `ENGAGEMENTS(${r.col("likes")}, ${r.col("comments")}, ${r.col("shares")}, ${r.col("saves")})`,
    total: (r) => `SUM(${r.col("engagements")})`,
  },
  engagementRate: {
    format: () => PERCENT_FORMAT,
    // The base is chosen in Settings by its word in the sheets' language.
    formula: (r, c) =>
      `ENGRATE(${r.col("engagements")}, ARRAYFORMULA(IF(${engagementBase}=${quote(c["base.reach"])}, ${r.col("reach")}, IF(${engagementBase}=${quote(c["base.views"])}, ${r.col("views")}, ${r.col("followers")}))))`,
  },
  emv: {
    format: (f) => f.money,
    // The platform's CPM from Settings; a platform missing there, or listed without a CPM,
    // falls back to the catalog's default by name.
    formula: (r) => {
      const platform = r.col("platform");
      return `EMV(${impressionsOrViews(r)}, ARRAYFORMULA(IF(${platform}="", "", IF(COUNTIFS(${cpmPlatforms}, ${platform}, ${cpmValues}, ">=0"), SUMIF(${cpmPlatforms}, ${platform}, ${cpmValues}), ${platform}))))`;
    },
    total: (r) => `SUM(${r.col("emv")})`,
  },
  cpm: {
    format: (f) => f.money,
    formula: (r) => `CPM(${r.col("cost")}, ${impressionsOrViews(r)})`,
    total: (r) => r.figure("cpm"),
  },
  cpe: {
    format: (f) => f.money,
    formula: (r) => `CPE(${r.col("cost")}, ${r.col("engagements")})`,
    total: (r) => r.figure("cpe"),
  },
  ctr: {
    format: () => PERCENT_FORMAT,
    formula: (r) => `CTR(${r.col("clicks")}, ${impressionsOrViews(r)})`,
    total: (r) => r.figure("ctr"),
  },
  conversionRate: {
    format: () => PERCENT_FORMAT,
    formula: (r) => `CONVRATE(${r.col("conversions")}, ${r.col("clicks")})`,
    total: (r) => r.figure("conversionRate"),
  },
  roi: {
    format: () => "0%",
    formula: (r) => `ROI(${r.col("revenue")}, ${r.col("cost")})`,
    total: (r) => r.figure("roi"),
  },
  roas: {
    format: () => DECIMAL_FORMAT,
    formula: (r) => `ROAS(${r.col("revenue")}, ${r.col("cost")})`,
    total: (r) => r.figure("roas"),
  },
};

/**
 * Input columns summed on the totals row (SUM leaves out text, as every figure does).
 * Impressions are not: the report counts a post's views where its impressions are blank.
 */
const SUMMED: ReadonlySet<TrackerInputKey> = new Set([
  "views",
  "reach",
  "likes",
  "comments",
  "shares",
  "saves",
  "clicks",
  "conversions",
  "orders",
]);

/**
 * Totals counted as the report counts them (KPIACTUAL): money leaves out amounts in other
 * currencies, impressions stand in views where a post has none.
 */
const FIGURE_TOTALS: Partial<Record<TrackerInputKey, FigureId>> = {
  impressions: "impressions",
  revenue: "revenue",
  cost: "spend",
};

/**
 * Wide enough to read a campaign name, a link, a note or a computed header; the rest keep
 * Sheets' 100 px. Neighbours share a width so each run costs one call.
 */
const WIDTHS: Partial<Record<TrackerKey, number>> = {
  campaign: 150,
  influencer: 150,
  handle: 150,
  postUrl: 320,
  utmLink: 260,
  promoCode: 260,
  notes: 260,
  ...Object.fromEntries(COMPUTED_KEYS.map((key) => [key, 120])),
};

function inputFormat(kind: TrackerInputKind, formats: LocaleFormats): string {
  if (kind === "count") return COUNT_FORMAT;
  if (kind === "money") return formats.money;
  if (kind === "date") return formats.date;
  return TEXT_FORMAT;
}

/** A text inside a formula: "Reach", quotes doubled. */
const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** Data validation of the input columns; numbers typed as text get a warning, never lost. */
function inputValidations(c: Catalog, names: TemplateNames) {
  const textNumbers = c["tracker.textNumbers"];
  const nonNegative: Validation = {
    rule: { type: "number-at-least", min: 0 },
    allowInvalid: true,
    helpText: [c["help.nonNegative"], textNumbers].join(c["join.sentences"]),
  };
  return (key: TrackerInputKey, kind: TrackerInputKind): Validation | undefined => {
    if (key === "platform") {
      return {
        rule: { type: "named-range", name: cpmPlatforms },
        allowInvalid: true,
        helpText: format(c, "help.platform", { sheet: names.settings }),
      };
    }
    if (key === "postDate") {
      return { rule: { type: "date" }, allowInvalid: true, helpText: c["help.postDate"] };
    }
    if (key === "currency") {
      return {
        rule: { type: "list", values: CURRENCIES },
        allowInvalid: true,
        helpText: c["help.rowCurrency"],
      };
    }
    if (key === "revenue") {
      // Refunds may make revenue negative; counts and cost cannot be.
      return {
        rule: { type: "number" },
        allowInvalid: true,
        helpText: [c["help.revenue"], textNumbers].join(c["join.sentences"]),
      };
    }
    return kind === "count" || kind === "money" ? nonNegative : undefined;
  };
}

/** The tracker template with its formulas pointing at the columns where they sit. */
export function trackerTemplate(
  catalog: Catalog,
  names: TemplateNames,
  formats: LocaleFormats,
  positions: Positions<TrackerKey> = defaultPositions(TRACKER_KEYS),
): TableTemplate<TrackerKey> {
  const r = refs(positions, catalog);
  const validationOf = inputValidations(catalog, names);
  const inputs = TRACKER_COLUMNS.map(({ key, kind }): ColumnSpec<TrackerKey> => {
    const validation = validationOf(key, kind);
    const width = WIDTHS[key];
    const figure = FIGURE_TOTALS[key];
    const total =
      key === "campaign"
        ? catalog["tracker.totals"]
        : figure
          ? formula(r.figure(figure))
          : SUMMED.has(key)
            ? formula(`SUM(${r.col(key)})`)
            : null;
    return {
      key,
      label: columnLabel(catalog, key),
      computed: false,
      format: inputFormat(kind, formats),
      total,
      ...(LATER_TRACKER_COLUMNS.has(key) ? { since: 8 } : {}),
      ...(validation ? { validation } : {}),
      ...(width ? { width } : {}),
    };
  });
  const computed = COMPUTED_KEYS.map((key): ColumnSpec<TrackerKey> => {
    const c = COMPUTED[key];
    const width = WIDTHS[key];
    const text = c.formula(r, catalog);
    return {
      key,
      label: columnLabel(catalog, key),
      computed: true,
      format: c.format(formats),
      note: format(catalog, "tracker.computedNote", {
        formula: formats.typed(`=${text}`),
        row: TRACKER.firstDataRow,
      }),
      formula: formula(text),
      total: c.total ? formula(c.total(r)) : null,
      ...(width ? { width } : {}),
    };
  });
  return {
    kind: "tracker",
    columns: [...inputs, ...computed],
    rows: 1000,
    headerRow: TRACKER.headerRow,
    totalsRow: TRACKER.totalsRow,
    formulaRow: TRACKER.firstDataRow,
    firstDataRow: TRACKER.firstDataRow,
    frozenRows: TRACKER.totalsRow,
    frozenColumns: 2,
    protections: [
      { rows: "totals", description: catalog["protect.totals"] },
      { rows: "formulas", description: catalog["protect.trackerFormulas"] },
    ],
  };
}
