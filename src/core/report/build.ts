/**
 * The stakeholder report's model from the tracker's rows, the KPI Framework's rows and the
 * report's options (campaign, dates, Settings): pure, one pass over the rows to read and
 * select them and one per grouping, so its time grows linearly with the rows.
 */
import { TIERS, type Tier } from "../defaults";
import { isoDay } from "../framework/dates";
import { formatter } from "../framework/format";
import { campaignValues, type TrackerRecord } from "../framework/measure";
import { METRICS } from "../framework/metrics";
import type { FrameworkText, GoalId } from "../framework/model";
import { say } from "../framework/text";
import type { MessageKey } from "../i18n/catalog";
import { numberConventions } from "../i18n/number-format";
import { tier } from "../metrics";
import { breakdown, MIN_POSTS, suggest } from "./breakdowns";
import { compareBenchmarks } from "./compare";
import { insightRules, insights } from "./insights";
import type {
  Figure,
  FigureKey,
  FunnelStage,
  ReportInput,
  ReportOptions,
  ReportResult,
} from "./model";
import { campaignKey, isoOf, type Post, type Range, selectRows } from "./read";
import { type CampaignRows, headline, scoreKpis } from "./scorecard";

/** The headline figures in the order a report shows them: delivery, engagement, outcomes, costs. */
const FIGURES: readonly FigureKey[] = [
  "spend",
  "impressions",
  "views",
  "reach",
  "engagements",
  "clicks",
  "conversions",
  "revenue",
  "emv",
  "cpm",
  "cpe",
  "ctr",
  "conversionRate",
  "roas",
  "roi",
];

const problem = (key: MessageKey, params?: FrameworkText["params"]): ReportResult => ({
  ok: false,
  problem: say(key, params),
});

/** Records grouped by a name, in first-seen order; "" (no name) is left out. */
function groupBy<T>(
  items: readonly T[],
  nameOf: (item: T) => string,
  recordOf: (item: T) => TrackerRecord,
) {
  const groups = new Map<string, TrackerRecord[]>();
  for (const item of items) {
    const name = nameOf(item);
    if (name === "") continue;
    const group = groups.get(name);
    if (group) group.push(recordOf(item));
    else groups.set(name, [recordOf(item)]);
  }
  return groups;
}

export function buildReport(input: ReportInput, options: ReportOptions): ReportResult {
  const format = formatter(options.locale, options.currency);
  const conventions = numberConventions(options.locale);

  // The dates asked for.
  const from = options.from === null ? undefined : isoDay(options.from);
  const to = options.to === null ? undefined : isoDay(options.to);
  for (const [asked, read] of [
    [options.from, from],
    [options.to, to],
  ] as const) {
    if (asked !== null && read === undefined)
      return problem("report.problem.notDate", { date: asked });
  }
  if (from !== undefined && to !== undefined && to < from) {
    return problem("report.problem.rangeReversed", {
      from: format.date(options.from as string),
      to: format.date(options.to as string),
    });
  }
  const range: Range = {
    from,
    to,
    text: `${options.from ? format.date(options.from) : "…"} – ${options.to ? format.date(options.to) : "…"}`,
  };

  // The rows.
  const selection = selectRows(input, options.campaign, range, {
    currency: options.currency,
    conventions,
  });
  const { posts } = selection;
  const sheet = input.trackerSheet;
  if (!selection.anyRow) return problem("report.problem.noRows", { sheet });
  if (posts.length === 0) {
    const campaign = options.campaign;
    if (campaign !== null && !selection.campaignSeen) {
      return problem("report.problem.noCampaign", { sheet, campaign });
    }
    if (selection.leftOut > 0) {
      return problem("report.problem.noneUsable", { sheet, rows: selection.leftOut });
    }
    return campaign === null
      ? problem("report.problem.noPostsInRangeAll", { range: range.text })
      : problem("report.problem.noPostsInRange", { campaign, range: range.text });
  }

  // Figures and funnel, by the framework's definitions over every post of the report.
  const records = posts.map((post) => post.record);
  const { base } = options;
  const values = campaignValues(records, { base });
  let spend = 0;
  for (const record of records) if (typeof record.cost === "number") spend += record.cost;
  const figures: Figure[] = FIGURES.map((key) =>
    key === "spend"
      ? { key, value: spend, unit: "money", formula: say("report.formula.spend") }
      : {
          key,
          value: values[key] ?? null,
          unit: METRICS[key].unit,
          formula: say(`report.formula.${key}`),
        },
  );
  const stages = [
    ["exposure", values.impressions ?? 0],
    ["engagements", values.engagements ?? 0],
    ["clicks", values.clicks ?? 0],
    ["conversions", values.conversions ?? 0],
  ] as const;
  const funnel: FunnelStage[] = stages.map(([stage, value], i) => {
    const before = i === 0 ? 0 : (stages[i - 1] as (typeof stages)[number])[1];
    return { stage, value, rate: before > 0 ? value / before : null };
  });

  // Breakdowns.
  const thresholds = options.tierThresholds;
  const record = (post: Post) => post.record;
  const influencer = suggest(
    breakdown(posts, (post) => post.influencer, record, base),
    format,
  );
  const platform = breakdown(posts, (post) => post.platform, record, base).sort(
    (a, b) => b.cost - a.cost || (a.name < b.name ? -1 : 1),
  );
  const tierOf = ({ record }: Post) =>
    typeof record.followers === "number" ? tier(record.followers, thresholds) : "";
  const tiers = breakdown(posts, tierOf, record, base).sort(
    (a, b) => TIERS.indexOf(a.name as Tier) - TIERS.indexOf(b.name as Tier),
  );

  // The scorecard: each campaign's KPIs on its own rows of the report.
  const framed = new Set(input.framework.map((kpi) => campaignKey(kpi.campaign)));
  const campaigns = new Map<string, CampaignRows>();
  const framedKey = (post: Post) => (framed.has(post.campaignKey) ? post.campaignKey : "");
  for (const [key, group] of groupBy(posts, framedKey, record)) {
    campaigns.set(key, { records: group, flagged: selection.flagged.get(key) });
  }
  const scorecard = scoreKpis(input.framework, campaigns, {
    today: options.today,
    base,
    conventions,
  });

  // The header: the campaign's goals from its framework.
  let goal: GoalId | null = null;
  let secondaryGoal: GoalId | null = null;
  if (options.campaign !== null) {
    const key = campaignKey(options.campaign);
    for (const kpi of input.framework) {
      if (campaignKey(kpi.campaign) !== key || kpi.goal === null) continue;
      if (goal === null) goal = kpi.goal;
      else if (secondaryGoal === null && kpi.goal !== goal) secondaryGoal = kpi.goal;
    }
  }
  // The budget: each campaign's once, from its framework (all of them for a report on all).
  const budgets = new Map<string, number>();
  for (const kpi of input.framework) {
    const key = campaignKey(kpi.campaign);
    const wanted = options.campaign === null || key === campaignKey(options.campaign);
    if (wanted && kpi.budget !== null && !budgets.has(key)) budgets.set(key, kpi.budget);
  }
  const budget = budgets.size > 0 ? [...budgets.values()].reduce((a, b) => a + b, 0) : null;
  let first: number | undefined;
  let last: number | undefined;
  for (const { day } of posts) {
    if (day === undefined) continue;
    if (first === undefined || day < first) first = day;
    if (last === undefined || day > last) last = day;
  }

  // The rules; each figure's formula is its own (Figure.formula), listed beside these.
  const definitions: FrameworkText[] = [
    say("report.define.status"),
    say("report.define.suggestion", { min: MIN_POSTS }),
    say("report.define.engagementRate", {}, { base: `base.${base}` }),
    say("report.define.benchmarks"),
    insightRules(format),
    say("report.define.issues"),
  ];
  if (selection.textNumbers > 0) {
    definitions.push(say("report.define.textNumbers", { count: selection.textNumbers }));
  }

  return {
    ok: true,
    report: {
      header: {
        campaign: options.campaign === null ? null : (posts[0]?.campaign ?? options.campaign),
        goal,
        secondaryGoal,
        from: options.from ?? (first === undefined ? null : isoOf(first)),
        to: options.to ?? (last === undefined ? null : isoOf(last)),
        spend,
        budget,
        currency: options.currency,
        asOf: options.today,
        rowsCovered: posts.length,
        rowsLeftOut: selection.leftOut,
      },
      headline: headline(scorecard),
      scorecard,
      figures,
      funnel,
      breakdowns: { influencer, platform, tier: tiers },
      benchmarks: compareBenchmarks(posts),
      insights: insights({ values, posts, influencers: influencer, scorecard, format }),
      dataIssues: selection.issues,
      definitions,
    },
  };
}
