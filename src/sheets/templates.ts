/**
 * The three sheets "Insert templates" creates, as plain data: headers, native formulas for
 * live totals, our custom functions (one array call per computed column over an open range),
 * number formats, validation and layout. Nothing here touches a spreadsheet.
 */
import { DEFAULT_TIER_THRESHOLDS, PLATFORM_CPMS, TIERS } from "../core/catalog";
import { CURRENCIES, moneyFormat } from "../core/currency";
import { TRACKER_COLUMNS, TRACKER_INDEX, type TrackerColumnKey } from "../core/tracker-columns";
import { columnLetter } from "./a1";
import { sheetReference } from "./cell-input";
import {
  type CellInput,
  type ColumnFormat,
  type ColumnValidation,
  formula,
  type SheetKind,
  type SheetLayout,
  type TableWrite,
} from "./workbook";

export interface SheetTemplate {
  readonly kind: SheetKind;
  readonly size: { readonly rows: number; readonly columns: number };
  readonly tables: readonly TableWrite[];
  readonly formats: readonly ColumnFormat[];
  readonly validations: readonly ColumnValidation[];
  readonly layout: SheetLayout;
}

/** Actual sheet names, which formulas in other sheets refer to. */
export type TemplateNames = Readonly<Record<SheetKind, string>>;

export const DEFAULT_SHEET_NAMES: TemplateNames = {
  settings: "Settings",
  tracker: "Campaign Tracker",
  framework: "KPI Framework",
};

const HEADER_GREY = "#e8eaed";
const COMPUTED_BLUE = "#d2e3fc";
const TOTALS_GREY = "#f1f3f4";
const COUNT_FORMAT = "#,##0";
const DATE_FORMAT = "yyyy-mm-dd";

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
const s = SETTINGS;
const cpmTable = (settings: string, column: "A" | "B") =>
  `${settings}!$${column}$${s.cpmRows.first}:$${column}$${s.cpmRows.last}`;

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
      `TIER(${r.col("followers")}, ${r.settings}!$B$${s.tierRows.first}:$B$${s.tierRows.last})`,
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
      const base = `${r.settings}!$B$${s.engagementBase.row}`;
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
    },
    platforms: {
      column: TRACKER_INDEX.platform + 1,
      fromRow: FIRST,
      rule: { type: "range", a1: `${refs.settings}!A${s.cpmRows.first}:A${s.cpmRows.last}` },
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
      { row: TRACKER.totalsRow, column: 1, values: [totals], bold: true, background: TOTALS_GREY },
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

const TEXT_NUMBERS_NOTE = "Text such as 12.5K is read by the add-on's functions but not by SUM.";

/** KPI Framework columns, in sheet order. */
export const FRAMEWORK_HEADERS = [
  "Goal",
  "KPI",
  "Metric 1",
  "Metric 2",
  "Metric 3",
  "Formula",
  "Data source",
  "Baseline",
  "Target",
  "Deadline",
  "Owner",
  "Tactic",
  "SMART check",
  "Actual",
  "Progress",
  "Status",
] as const;

const frameworkColumn = (header: (typeof FRAMEWORK_HEADERS)[number]): string =>
  columnLetter(FRAMEWORK_HEADERS.indexOf(header) + 1);

export function frameworkTemplate(names: TemplateNames): SheetTemplate {
  const first = 2;
  const open = (header: (typeof FRAMEWORK_HEADERS)[number]) =>
    `${frameworkColumn(header)}${first}:${frameworkColumn(header)}`;
  const progress = open("Progress");
  const deadline = open("Deadline");
  // Text in Progress is a flagged input (⚠ ...), not a result; a KPI without a deadline
  // cannot be missed. "+" is OR here: OR() would fold the whole column into one value.
  const status = `ARRAYFORMULA(IF(${progress}="", "", IF(NOT(ISNUMBER(${progress})), "Check inputs", IF(${progress}>=1, "Met", IF((${deadline}="")+(${deadline}>=TODAY()), "In progress", "Missed")))))`;
  const column = (header: (typeof FRAMEWORK_HEADERS)[number]) =>
    FRAMEWORK_HEADERS.indexOf(header) + 1;
  return {
    kind: "framework",
    size: { rows: 200, columns: FRAMEWORK_HEADERS.length },
    tables: [
      {
        row: 1,
        column: 1,
        values: [FRAMEWORK_HEADERS.slice(0, column("Actual") - 1)],
        bold: true,
        background: HEADER_GREY,
      },
      {
        row: 1,
        column: column("Actual"),
        values: [FRAMEWORK_HEADERS.slice(column("Actual") - 1)],
        bold: true,
        background: COMPUTED_BLUE,
        headerNotes: [
          `The KPI's current value, usually a formula over ${names.tracker}.`,
          `Computed: =KPIPROGRESS(${open("Actual")}, ${open("Target")}, ${open("Baseline")}); 100% means the target is met.`,
          "Computed from progress and deadline.",
        ],
      },
      {
        row: first,
        column: column("Progress"),
        values: [
          [
            formula(`KPIPROGRESS(${open("Actual")}, ${open("Target")}, ${open("Baseline")})`),
            formula(status),
          ],
        ],
      },
    ],
    formats: [
      { column: column("Deadline"), fromRow: first, format: DATE_FORMAT },
      { column: column("Progress"), fromRow: first, format: "0%" },
    ],
    validations: [
      {
        column: column("Deadline"),
        fromRow: first,
        rule: { type: "date" },
        allowInvalid: false,
        helpText: "A date: every KPI needs a deadline.",
      },
    ],
    layout: {
      frozenRows: 1,
      columnWidths: FRAMEWORK_HEADERS.map((h) =>
        ["Goal", "KPI", "Formula", "Data source", "Tactic", "SMART check"].includes(h) ? 180 : 100,
      ),
    },
  };
}
