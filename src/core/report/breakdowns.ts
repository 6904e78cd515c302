/**
 * Breakdowns per influencer, platform and tier, each line by the same definitions as the
 * KPI Framework's Actuals (campaignValues), and the keep / scale / review suggestion per
 * influencer (DOMAIN.md's starting rule, stated in the report's definitions).
 */

import { type CellValue, isBlank } from "../cells";
import type { Formatter } from "../framework/format";
import type { TrackerRecord } from "../framework/measure";
import type { EngagementBase } from "../framework/model";
import { say } from "../framework/text";
import type { BreakdownLine, Suggestion } from "./model";

/** Fewer posts than this: too little data to suggest anything. */
export const MIN_POSTS = 3;

/** The median of some numbers, or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** What a breakdown line adds up over its posts. */
interface Sums {
  posts: number;
  cost: number;
  emv: number;
  engagements: number;
  base: number;
  clicks: number;
  exposure: number;
  conversions: number;
  revenue: number;
}

const numberIn = (cell: CellValue | undefined): number => (typeof cell === "number" ? cell : 0);

/**
 * Breakdown lines by a name (posts without one are left out), in one pass over the posts.
 * The definitions are campaignValues' (framework/measure.ts): each column adds up on its own,
 * a ratio is sum ÷ sum, and a post without impressions counts its views.
 */
export function breakdown<T>(
  items: readonly T[],
  nameOf: (item: T) => string,
  recordOf: (item: T) => TrackerRecord,
  base: EngagementBase,
): BreakdownLine[] {
  const groups = new Map<string, Sums>();
  for (const item of items) {
    const name = nameOf(item);
    if (name === "") continue;
    let sums = groups.get(name);
    if (!sums) {
      sums = {
        posts: 0,
        cost: 0,
        emv: 0,
        engagements: 0,
        base: 0,
        clicks: 0,
        exposure: 0,
        conversions: 0,
        revenue: 0,
      };
      groups.set(name, sums);
    }
    const record = recordOf(item);
    sums.posts++;
    sums.cost += numberIn(record.cost);
    sums.emv += numberIn(record.emv);
    sums.engagements += numberIn(record.engagements);
    sums.base += numberIn(record[base]);
    sums.clicks += numberIn(record.clicks);
    sums.exposure += numberIn(isBlank(record.impressions) ? record.views : record.impressions);
    sums.conversions += numberIn(record.conversions);
    sums.revenue += numberIn(record.revenue);
  }
  const ratio = (numerator: number, denominator: number) =>
    denominator === 0 ? null : numerator / denominator;
  return [...groups].map(([name, sums]) => ({
    name,
    posts: sums.posts,
    cost: sums.cost,
    emv: sums.emv,
    cpe: ratio(sums.cost, sums.engagements),
    engagementRate: ratio(sums.engagements, sums.base),
    ctr: ratio(sums.clicks, sums.exposure),
    conversions: sums.conversions,
    roas: ratio(sums.revenue, sums.cost),
    roi: ratio(sums.revenue - sums.cost, sums.cost),
  }));
}

/** Higher ROI first, then lower CPE; lines without one after those with. */
const byRoiThenCpe = (a: BreakdownLine, b: BreakdownLine): number =>
  (b.roi ?? -Infinity) - (a.roi ?? -Infinity) ||
  (a.cpe ?? Infinity) - (b.cpe ?? Infinity) ||
  (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Influencers ranked by ROI then CPE, each with a suggestion: scale when ROI is above the
 * median of the report's influencers and CPE below it; review when ROI is negative and CPE
 * above the median; keep otherwise; too little data under MIN_POSTS posts.
 */
export function suggest(lines: readonly BreakdownLine[], format: Formatter): BreakdownLine[] {
  const known = (pick: (line: BreakdownLine) => number | null) =>
    lines.map(pick).filter((value): value is number => value !== null);
  const medianRoi = median(known((line) => line.roi));
  const medianCpe = median(known((line) => line.cpe));
  const shown = (unit: "rate" | "money", value: number | null) =>
    value === null ? "–" : format.value(unit, value);
  const numbers = (line: BreakdownLine) => ({
    roi: shown("rate", line.roi),
    cpe: shown("money", line.cpe),
    medianRoi: shown("rate", medianRoi),
    medianCpe: shown("money", medianCpe),
  });
  return [...lines].sort(byRoiThenCpe).map((line) => {
    const { roi, cpe } = line;
    let verdict: Suggestion = "keep";
    if (line.posts < MIN_POSTS) verdict = "tooLittleData";
    else if (roi !== null && cpe !== null && medianRoi !== null && medianCpe !== null) {
      if (roi > medianRoi && cpe < medianCpe) verdict = "scale";
      else if (roi < 0 && cpe > medianCpe) verdict = "review";
    }
    const reason =
      verdict === "tooLittleData"
        ? say("report.reason.tooLittleData", { posts: line.posts, min: MIN_POSTS })
        : say(`report.reason.${verdict}`, numbers(line));
    return { ...line, suggestion: { verdict, reason } };
  });
}
