/**
 * The current value of every metric the tracker can compute, from one campaign's rows, by
 * the same definitions as the KPI Framework's live formulas (sheets/framework-formulas.ts):
 * each column adds up on its own, as SUMIFS does; a ratio is sum ÷ sum; rows without
 * impressions count their views. As in SUMIFS, only numbers add up: blanks, flagged cells
 * ("⚠ …") and numbers typed as text ("12.5K", which the tracker's validation marks) add
 * nothing, so a baseline offered from here is the value the sheet's Actual shows.
 */
import { type CellValue, isBlank } from "../cells";
import type { ComputedKey, TrackerColumnKey } from "../tracker-columns";
import { METRICS } from "./metrics";
import type { EngagementBase, MetricId, SumColumn } from "./model";

/** One tracker row by column key, as read from the sheet. */
export type TrackerRecord = Readonly<Partial<Record<TrackerColumnKey | ComputedKey, CellValue>>>;

export interface CampaignValueOptions {
  /** The Settings engagement-rate base. */
  readonly base: EngagementBase;
}

export function campaignValues(
  rows: readonly TrackerRecord[],
  options: CampaignValueOptions,
): Partial<Record<MetricId, number>> {
  const numberIn = (cell: CellValue | undefined) =>
    typeof cell === "number" && Number.isFinite(cell) ? cell : 0;
  const sums = new Map<SumColumn, number>();
  const sum = (column: SumColumn): number => {
    let total = sums.get(column);
    if (total === undefined) {
      total = 0;
      for (const row of rows) {
        const cell = row[column];
        // The exposure rule (model.ts, Measure): views stand in for blank impressions.
        total += column === "impressions" && isBlank(cell) ? numberIn(row.views) : numberIn(cell);
      }
      sums.set(column, total);
    }
    return total;
  };
  const ratio = (numerator: number, denominator: number) =>
    denominator === 0 ? undefined : numerator / denominator;

  const values: Partial<Record<MetricId, number>> = {};
  for (const { id, measure } of Object.values(METRICS)) {
    let value: number | undefined;
    switch (measure.kind) {
      case "sum":
        value = sum(measure.column);
        break;
      case "ratio": {
        const [n, d] = [sum(measure.numerator), sum(measure.denominator)];
        value = ratio(measure.less ? n - d : n, d);
        if (value !== undefined && measure.scale !== undefined) value *= measure.scale;
        break;
      }
      case "engagementRate":
        value = ratio(sum("engagements"), sum(options.base));
        break;
      case "posts":
        value = rows.length;
        break;
      case "influencers":
        value = new Set(rows.map((row) => row.influencer).filter((name) => !isBlank(name))).size;
        break;
      case "manual":
        break;
    }
    if (value !== undefined) values[id] = value;
  }
  return values;
}
