/**
 * KPIACTUAL and KPIRANGE: a figure over the tracker's columns, counted as the report counts it
 * (figure.ts). The add-on writes them into the KPI Framework (Actual, Spent, and the lowest
 * and highest Actual) and the tracker's totals row; anyone may type them.
 *
 * A custom function receives cell values, never their formats (Google's custom-function
 * guide: arguments are values). revenue_column and cost_column, given as COLUMN() of the
 * tracker's columns, let the call read those cells' number formats from the tracker (custom
 * functions may read the spreadsheet), so an amount formatted in another currency is left
 * out here as in the report.
 */
import type { CellValue } from "../cells";
import type { EngagementBase } from "../framework/model";
import type { ParamSpec, TableFunctionSpec } from "../function-specs";
import { message } from "../i18n/catalog";
import { type ArgumentKey, InputError } from "../metrics";
import { quoteShort } from "../numbers";
import { type CallContext, CELL_ERROR_PREFIX, type Output } from "../ranges";
import { readRates } from "../rates";
import type { ComputedKey, TrackerInputKey } from "../tracker-columns";
import { type FigureId, isFigure, type TrackerFigure, trackerFigure } from "./figure";

/** The tracker's columns a figure reads, as the functions' arguments, in sheet order. */
const COLUMNS = [
  ["campaigns", "campaign", "The tracker's Campaign column."],
  ["influencers", "influencer", "The tracker's Influencer column."],
  ["handles", "handle", "The tracker's Handle column (names an influencer without a name)."],
  ["followers", "followers", "The tracker's Followers column."],
  ["impressions", "impressions", "The tracker's Impressions column."],
  ["views", "views", "The tracker's Views column."],
  ["reach", "reach", "The tracker's Reach column."],
  ["likes", "likes", "The tracker's Likes column."],
  ["comments", "comments", "The tracker's Comments column."],
  ["shares", "shares", "The tracker's Shares column."],
  ["saves", "saves", "The tracker's Saves column."],
  ["clicks", "clicks", "The tracker's Clicks column."],
  ["conversions", "conversions", "The tracker's Conversions column."],
  ["orders", "orders", "The tracker's Orders column."],
  ["revenue", "revenue", "The tracker's Revenue column."],
  ["cost", "cost", "The tracker's Cost column."],
  ["emv", "emv", "The tracker's EMV column, as the tracker computes it."],
] as const satisfies readonly (readonly [ArgumentKey, TrackerInputKey | ComputedKey, string])[];

/** The tracker's columns KPIACTUAL and KPIRANGE take, in their argument order. */
export const FIGURE_COLUMNS: readonly (TrackerInputKey | ComputedKey)[] = COLUMNS.map(
  ([, key]) => key,
);

const BASES: readonly EngagementBase[] = ["followers", "reach", "views"];

const PARAMS: readonly ParamSpec[] = [
  {
    name: "figure",
    description:
      'What to compute: a metric the tracker holds ("engagementRate", "roas", "cpe", "reach"…), or "spend".',
    kind: "text",
  },
  {
    name: "campaign",
    description: "The campaign whose posts count; blank for every post.",
    kind: "text",
  },
  ...COLUMNS.map(([name, , description]): ParamSpec => ({ name, description, kind: "column" })),
  {
    name: "base",
    description: 'What engagement rate divides by: "followers", "reach" or "views" (Settings).',
    kind: "text",
  },
  {
    name: "revenue_column",
    description:
      "COLUMN() of the Revenue column, to leave out amounts formatted in another currency.",
    kind: "position",
    optional: true,
  },
  {
    name: "cost_column",
    description: "COLUMN() of the Cost column, likewise.",
    kind: "position",
    optional: true,
  },
  {
    name: "rates",
    description:
      "Settings' exchange rates (currency, rate, as of, source, campaign), to count amounts in another currency at its rate; Settings' own table when left out.",
    kind: "table",
    optional: true,
  },
  {
    name: "currencies",
    description:
      "The tracker's Currency column: each row's currency where its amounts' formats name none; blank rows are in the Settings currency.",
    kind: "column",
    optional: true,
  },
];

const at = (name: ArgumentKey) => PARAMS.findIndex((param) => param.name === name);
const FIGURE = at("figure");
const CAMPAIGN = at("campaign");
const BASE = at("base");
const REVENUE_COLUMN = at("revenue_column");
const COST_COLUMN = at("cost_column");
const RATES = at("rates");
const CURRENCIES = at("currencies");

type Grid = readonly (readonly unknown[])[];
const asGrid = (arg: unknown): Grid =>
  Array.isArray(arg) ? (Array.isArray(arg[0]) ? (arg as Grid) : arg.map((v) => [v])) : [[arg]];

/** A single value: a one-cell range's cell, or the value itself. */
const single = (arg: unknown): unknown => (Array.isArray(arg) ? asGrid(arg)[0]?.[0] : arg);

const textOf = (value: unknown): string =>
  value === undefined || value === null ? "" : String(value).trim();

/** Reads the arguments every call shares, and computes the figure. */
function figureOf(args: readonly unknown[], call: CallContext): TrackerFigure {
  const figure = textOf(single(args[FIGURE]));
  if (!isFigure(figure)) {
    throw new InputError(
      "figure",
      message("problem.notFigure", { text: quoteShort(figure) }),
      message("hint.figures"),
    );
  }
  const campaign = textOf(single(args[CAMPAIGN]));
  const base = textOf(single(args[BASE])).toLowerCase() as EngagementBase;
  if (!BASES.includes(base)) {
    throw new InputError(
      "base",
      message("problem.notBase", { text: quoteShort(textOf(single(args[BASE]))) }),
      message("hint.bases"),
    );
  }

  // Every column a single column of as many rows as the first.
  const cells: Partial<Record<TrackerInputKey | ComputedKey, CellValue[]>> = {};
  let rows: { count: number; owner: ArgumentKey } | undefined;
  const column = (name: ArgumentKey, key: TrackerInputKey | ComputedKey, arg: unknown) => {
    const grid = asGrid(arg);
    if ((grid[0]?.length ?? 0) > 1 || (rows && rows.count !== grid.length)) {
      throw new InputError(
        name,
        message("problem.sizes", {
          rows: grid.length,
          columns: grid[0]?.length ?? 0,
          otherRows: rows?.count ?? grid.length,
          otherColumns: 1,
        }),
        message("hint.oneColumn"),
        rows ? { other: rows.owner } : undefined,
      );
    }
    rows ??= { count: grid.length, owner: name };
    cells[key] = grid.map((line) => (line[0] ?? "") as CellValue);
  };
  COLUMNS.forEach(([name, key], i) => {
    column(name, key, args[CAMPAIGN + 1 + i]);
  });
  if (args[CURRENCIES] !== undefined) column("currencies", "currency", args[CURRENCIES]);

  const currency = call.currency();
  const columns = {
    revenue: position(args[REVENUE_COLUMN], "revenue_column"),
    cost: position(args[COST_COLUMN], "cost_column"),
  };
  const formats =
    currency !== undefined && (columns.revenue || columns.cost)
      ? call.moneyFormats(columns, rows?.count ?? 0)
      : undefined;
  // The rates passed, else Settings' own (a formula written before the rates table).
  const table = args[RATES] === undefined ? call.rates() : asGrid(args[RATES]);
  const rates =
    currency === undefined || !table
      ? undefined
      : readRates(table as CellValue[][], currency, 1, (date) => date.toISOString().slice(0, 10));
  return trackerFigure(
    { cells, ...(formats && { formats }) },
    figure as FigureId,
    campaign === "" ? null : campaign,
    {
      currency: currency ?? "",
      conventions: call.numberConventions(),
      base,
      ...(rates && { rates }),
    },
  );
}

/** A column's number (COLUMN(Q3) gives 17), or undefined when the argument is left out. */
function position(arg: unknown, name: ArgumentKey): number | undefined {
  const value = single(arg);
  if (value === undefined || value === "") return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new InputError(
      name,
      message("problem.notPosition", { text: quoteShort(textOf(value)) }),
      message("hint.position"),
    );
  }
  return value;
}

export const KPIACTUAL: TableFunctionSpec = {
  kind: "table",
  name: "KPIACTUAL",
  summary:
    "A KPI's actual value over the tracker's posts of one campaign (or all), counted as the report counts it: text, other currencies and flagged cells are left out, pending results stay out of their rates.",
  example: `=KPIACTUAL("roas", "Summer Sun Sale", A3:A, B3:B, C3:C, G3:G, H3:H, I3:I, J3:J, K3:K, L3:L, M3:M, N3:N, O3:O, P3:P, Q3:Q, R3:R, S3:S, AA3:AA, "reach")`,
  returns: "The figure; blank where it divides by zero.",
  returnType: "number",
  params: PARAMS,
  width: 1,
  run: (args, call) => {
    const { value } = figureOf(args, call);
    return value === null ? "" : value;
  },
};

export const KPIRANGE: TableFunctionSpec = {
  kind: "table",
  name: "KPIRANGE",
  summary:
    "The lowest and highest a KPIACTUAL figure could be if its left-out cells counted at any amount they could stand for; blank when none was left out.",
  example: `=KPIRANGE("engagementRate", "Summer Sun Sale", A3:A, B3:B, C3:C, G3:G, H3:H, I3:I, J3:J, K3:K, L3:L, M3:M, N3:N, O3:O, P3:P, Q3:Q, R3:R, S3:S, AA3:AA, "reach")`,
  returns: "Two values side by side: the lowest and the highest.",
  returnType: "number",
  params: PARAMS,
  paramsOf: "KPIACTUAL",
  width: 2,
  run: (args, call) => {
    const { range } = figureOf(args, call);
    if (!range) return [["", ""]];
    const bound = (value: number | null): Output =>
      value === null
        ? `${CELL_ERROR_PREFIX}${new InputError("result", message("problem.unbounded")).describe(call.catalog())}`
        : value;
    return [[bound(range.low), bound(range.high)]];
  },
};
