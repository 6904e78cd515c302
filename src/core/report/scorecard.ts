/**
 * The KPI scorecard: each KPI of the framework judged on the report's rows by DOMAIN.md's rule
 * (judge.ts; the KPI Framework sheet's Status column applies the same one), and the headline
 * that sums it up: every status counted, spend against budget, then the main outcome.
 */
import type { Formatter } from "../framework/format";
import { METRICS } from "../framework/metrics";
import type { EngagementBase, FrameworkText, GoalId, MetricId } from "../framework/model";
import { say } from "../framework/text";
import type { NumberConventions } from "../i18n/number-format";
import { judgeKpi } from "./judge";
import type { FrameworkRow, KpiStatus, ScorecardLine } from "./model";
import { sayCount } from "./plural";
import { campaignKey } from "./read";
import { isLeftOut, readCell } from "./reading";
import { metricRange, type TalliedPost, type Tally } from "./tally";

/** A campaign's posts in the report, their tally, and its spend (countable costs). */
export interface CampaignRows {
  readonly posts: readonly TalliedPost[];
  readonly tally: Tally;
}

export interface ScoreOptions {
  readonly today: string;
  readonly base: EngagementBase;
  readonly conventions: NumberConventions | undefined;
  readonly currency: string;
  readonly format: Formatter;
}

/** Worst first: how a status ranks when a KPI's inputs could go either way. */
const RANK: Readonly<Record<KpiStatus, number>> = {
  missed: 0,
  atRisk: 1,
  checkInputs: 2,
  inProgress: 3,
  onTrack: 4,
  met: 5,
};

/** Why a campaign's time elapsed counts as 1, by campaign (as named on its KPIs). */
export type Over = Map<
  string,
  { readonly why: "ended" | "budgetSpent"; readonly row: FrameworkRow }
>;

export function scoreKpis(
  framework: readonly FrameworkRow[],
  campaigns: ReadonlyMap<string, CampaignRows>,
  options: ScoreOptions,
  over: Over = new Map(),
): ScorecardLine[] {
  const values = new Map<string, Partial<Record<MetricId, number>>>();
  const lines: ScorecardLine[] = [];
  for (const kpi of framework) {
    const key = campaignKey(kpi.campaign);
    const rows = campaigns.get(key);
    const metric = kpi.metrics[0];
    if (!rows || metric === undefined) continue;
    const { measure } = METRICS[metric];
    let actual: number | null = null;
    let note: FrameworkText | undefined;
    let range: ReturnType<typeof metricRange>;
    if (measure.kind === "manual") {
      // Entered by hand in the KPI Framework: a number counts, as in the tracker.
      const read = readCell(kpi.actual, "followers", options);
      if (typeof read === "number") actual = read;
      else if (isLeftOut(read)) {
        note = say("report.scorecard.actualNotNumber", { value: String(kpi.actual).trim() });
      }
    } else {
      let current = values.get(key);
      if (!current) {
        current = rows.tally.values();
        values.set(key, current);
      }
      actual = current[metric] ?? null;
      range = metricRange(rows.posts, metric, options.base);
    }
    const judged = judgeKpi({
      actual,
      ...(range && { range }),
      baseline: kpi.baseline,
      target: kpi.target,
      start: kpi.start,
      deadline: kpi.deadline,
      end: kpi.end ?? null,
      today: options.today,
      spend: rows.tally.sum("cost"),
      budget: kpi.budget,
    });
    if (judged.over && !over.has(key)) over.set(key, { why: judged.over, row: kpi });
    if (range && judged.ends) {
      const parts = {
        posts: [sayCount("posts", range.posts, options.format)],
        columns: range.columns.map((column) => say(`col.${column}`)),
      };
      const { low, high } = judged.ends;
      note =
        low === high
          ? say("report.scorecard.leftOutSame", undefined, { status: `status.${low}` }, parts)
          : say(
              "report.scorecard.leftOutChanges",
              undefined,
              RANK[low] <= RANK[high]
                ? { worst: `status.${low}`, best: `status.${high}` }
                : { worst: `status.${high}`, best: `status.${low}` },
              parts,
            );
    }
    lines.push({
      campaign: kpi.campaign,
      kpi: kpi.kpi,
      metric,
      actual,
      baseline: kpi.baseline,
      target: kpi.target,
      progress: judged.progress,
      elapsed: judged.elapsed,
      start: kpi.start,
      deadline: kpi.deadline,
      status: judged.status,
      smartFlags: kpi.smartNotes
        .split("\n")
        .map((flag) => flag.trim())
        .filter((flag) => flag !== ""),
      ...(note && { note }),
    });
  }
  return lines;
}

/**
 * The SMART notes every KPI of a campaign carries, said once: taken off each line and
 * returned by campaign (only for campaigns with two KPIs or more).
 */
export function commonFlags(lines: ScorecardLine[]): Map<string, string[]> {
  const byCampaign = new Map<string, ScorecardLine[]>();
  for (const line of lines) {
    const list = byCampaign.get(line.campaign);
    if (list) list.push(line);
    else byCampaign.set(line.campaign, [line]);
  }
  const common = new Map<string, string[]>();
  for (const [campaign, list] of byCampaign) {
    if (list.length < 2) continue;
    const shared = (list[0] as ScorecardLine).smartFlags.filter((flag) =>
      list.every((line) => line.smartFlags.includes(flag)),
    );
    if (shared.length > 0) common.set(campaign, shared);
  }
  for (const [i, line] of lines.entries()) {
    const shared = common.get(line.campaign);
    if (shared) {
      lines[i] = { ...line, smartFlags: line.smartFlags.filter((flag) => !shared.includes(flag)) };
    }
  }
  return common;
}

export interface HeadlineData {
  readonly spend: number;
  readonly budget: number | null;
  /** The campaign's goal; null for all campaigns or none. */
  readonly goal: GoalId | null;
  readonly values: Partial<Record<MetricId, number>>;
  readonly format: Formatter;
}

/** The main outcome a goal aims at, as one sentence. */
function outcome({ goal, values, format }: HeadlineData): FrameworkText {
  const shown = (metric: MetricId) => {
    const value = values[metric];
    if (value === undefined) return "–";
    const { unit } = METRICS[metric];
    return unit === "ratio" ? format.number(value, 2) : format.value(unit, value);
  };
  switch (goal) {
    case "sales":
      return say("report.headline.sales", { revenue: shown("revenue"), roas: shown("roas") });
    case "conversions":
      return say("report.headline.conversions", {
        conversions: shown("conversions"),
        cpa: shown("cpa"),
      });
    case "leads":
      return say("report.headline.leads", { leads: shown("leads"), cpl: shown("cpl") });
    case "audience":
    case "awareness":
    case "seo":
      return say("report.headline.reach", {
        reach: shown("reach"),
        impressions: shown("impressions"),
      });
    case "engagement":
    case "sentiment":
    case "content":
    case "management":
      return say("report.headline.engagement", {
        engagements: shown("engagements"),
        rate: shown("engagementRate"),
      });
    case null:
      return say("report.headline.all", {
        revenue: shown("revenue"),
        conversions: shown("conversions"),
      });
  }
}

/** Did we hit the goal? Every status counted, spend against budget, the main outcome. */
export function headline(lines: readonly ScorecardLine[], data: HeadlineData): FrameworkText[] {
  const { format } = data;
  const sentences: FrameworkText[] = [];
  const total = lines.length;
  if (total === 0) sentences.push(say("report.headline.none"));
  else {
    const count = (status: KpiStatus) => lines.filter((line) => line.status === status).length;
    const statuses = [
      say("report.headline.met", { met: format.number(count("met")), total: format.number(total) }),
    ];
    for (const status of ["onTrack", "atRisk", "missed", "checkInputs", "inProgress"] as const) {
      const n = count(status);
      if (n > 0) statuses.push(say(`report.headline.${status}`, { count: format.number(n) }));
    }
    sentences.push(say("report.headline.kpis", undefined, undefined, { statuses }));
  }
  const money = (value: number) => format.value("money", value);
  const { spend, budget } = data;
  if (budget === null || budget <= 0) {
    sentences.push(say("report.headline.noBudget", { spend: money(spend) }));
  } else if (spend > budget) {
    sentences.push(
      say("report.headline.overBudget", {
        spend: money(spend),
        budget: money(budget),
        over: money(spend - budget),
      }),
    );
  } else {
    const share = Math.round((spend / budget) * 100) / 100;
    sentences.push(
      say("report.headline.spend", {
        spend: money(spend),
        budget: money(budget),
        share: format.value("rate", share),
      }),
    );
  }
  sentences.push(outcome(data));
  return sentences;
}
