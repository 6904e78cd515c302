/**
 * One figure over the tracker's rows, counted exactly as a report counts it: the same rows
 * (selectRows), the same readings (reading.ts) and the same tally (tally.ts). The KPI
 * Framework's Actual and the tracker's totals row get their numbers here, through KPIACTUAL
 * and KPIRANGE, so every surface shows the report's number (DOMAIN.md, "One number
 * everywhere").
 */
import type { CellValue } from "../cells";
import { formatter } from "../framework/format";
import { METRICS } from "../framework/metrics";
import type { EngagementBase, MetricId } from "../framework/model";
import type { NumberConventions } from "../i18n/number-format";
import { type RateTable, ratesFor } from "../rates";
import type { ComputedKey, TrackerInputKey } from "../tracker-columns";
import type { TrackedRow } from "./model";
import { selectRows } from "./read";
import { type MetricRange, metricRange, TallyRules } from "./tally";

/** What KPIACTUAL can give: a metric the tracker computes, or the spend (the sum of costs). */
export type FigureId = MetricId | "spend";

/** The tracker's data rows as columns of cells, from its first data row down. */
export interface TrackerColumns {
  readonly cells: Readonly<Partial<Record<TrackerInputKey | ComputedKey, readonly CellValue[]>>>;
  /** The money cells' number formats, row by row; absent where unknown. */
  readonly formats?: {
    readonly cost?: readonly string[];
    readonly revenue?: readonly string[];
  };
}

export interface FigureOptions {
  /** The Settings currency. */
  readonly currency: string;
  readonly conventions: NumberConventions | undefined;
  readonly base: EngagementBase;
  /** Settings' exchange rates; none: other currencies are left out. */
  readonly rates?: Pick<RateTable, "rates" | "campaigns">;
}

export interface TrackerFigure {
  /** The figure as a report shows it; null where it divides by zero or nothing counts. */
  readonly value: number | null;
  /** Where cells it reads were left out: its lowest and highest value (tally.ts, metricRange). */
  readonly range?: MetricRange;
}

/** Whether a figure is one KPIACTUAL computes: a tracker metric, or spend. */
export function isFigure(id: string): id is FigureId {
  if (id === "spend") return true;
  const metric = (METRICS as Readonly<Record<string, (typeof METRICS)[MetricId]>>)[id];
  return metric !== undefined && metric.measure.kind !== "manual";
}

/**
 * The columns' rows as the report reads them, one at a time: one record, refilled for each
 * row, so a whole column of rows costs no record apiece.
 */
function* trackedRows(table: TrackerColumns): Generator<TrackedRow> {
  const columns = Object.entries(table.cells) as [TrackerInputKey | ComputedKey, CellValue[]][];
  const length = Math.max(0, ...columns.map(([, cells]) => cells.length));
  const { cost, revenue } = table.formats ?? {};
  const cells: Partial<Record<TrackerInputKey | ComputedKey, CellValue>> = {};
  const formats = { cost: "", revenue: "" };
  const row: { row: number; cells: typeof cells; formats?: typeof formats } = { row: 0, cells };
  if (cost || revenue) row.formats = formats;
  for (let i = 0; i < length; i++) {
    for (const [key, values] of columns) cells[key] = values[i] ?? "";
    formats.cost = cost?.[i] ?? "";
    formats.revenue = revenue?.[i] ?? "";
    row.row = i + 1;
    yield row;
  }
}

/** The tally of one campaign's rows (null: every row), as a report counts them. */
function tallyOf(rows: Iterable<TrackedRow>, campaign: string | null, options: FigureOptions) {
  const { posts } = selectRows(
    { rows, framework: [], trackerSheet: "", columns: {} },
    campaign,
    { from: undefined, to: undefined, text: "" },
    {
      currency: options.currency,
      conventions: options.conventions,
      format: formatter("en_US", options.currency),
      issues: false,
      ...(options.rates && { rates: options.rates.rates, ratesOf: ratesFor(options.rates) }),
    },
  );
  const rules = new TallyRules(options.base);
  const prepared = rules.prepare(posts);
  const tally = rules.tally();
  for (let at = 0; at < posts.length; at++) {
    tally.add(prepared, at, (posts[at] as (typeof posts)[number]).influencer);
  }
  return { posts, tally };
}

/**
 * A figure over one campaign's rows (null: every row, as the totals row and a report on all
 * campaigns count them).
 */
export function trackerFigure(
  table: TrackerColumns,
  figure: FigureId,
  campaign: string | null,
  options: FigureOptions,
): TrackerFigure {
  const { posts, tally } = tallyOf(trackedRows(table), campaign, options);
  if (figure === "spend") return { value: tally.sum("cost") };
  const value = tally.value(METRICS[figure].measure);
  const range = metricRange(posts, figure, options.base);
  return { value, ...(range && { range }) };
}

/** Every metric the tracker computes over these rows, as the report counts it. */
export function trackerValues(
  rows: Iterable<TrackedRow>,
  options: FigureOptions,
): Partial<Record<MetricId, number>> {
  return tallyOf(rows, null, options).tally.values();
}
