/**
 * The stakeholder report's model from the tracker's rows, the KPI Framework's rows and the
 * report's options (campaign, dates, Settings): pure, one pass over the rows to read and
 * select them, each post prepared once for the tallies, and one pass per grouping, so its
 * time grows linearly with the rows.
 */
import { TIERS, type Tier } from "../defaults";
import { isoDay } from "../framework/dates";
import { formatter } from "../framework/format";
import { METRICS } from "../framework/metrics";
import type { FrameworkText, GoalId, MetricId } from "../framework/model";
import { say } from "../framework/text";
import type { MessageKey } from "../i18n/catalog";
import { numberConventions } from "../i18n/number-format";
import { tier } from "../metrics";
import { type Rate, ratesFor } from "../rates";
import { breakdown, type Item, judgeInfluencers, VERDICT_RATIOS } from "./breakdowns";
import { compareBenchmarks } from "./compare";
import { type CampaignSummary, insightRules, insights } from "./insights";
import type {
  BreakdownLine,
  Figure,
  FigureKey,
  FrameworkRow,
  FunnelStage,
  ReportInput,
  ReportModel,
  ReportOptions,
  ReportResult,
} from "./model";
import { campaignKey, isoOf, type Post, type Range, selectRows } from "./read";
import { OUTCOMES } from "./reading";
import { type CampaignRows, commonFlags, headline, type Over, scoreKpis } from "./scorecard";
import { TallyRules } from "./tally";

/** The headline figures in the order a report shows them: delivery, engagement, outcomes, costs. */
const FIGURES: readonly FigureKey[] = [
  "spend",
  "impressions",
  "views",
  "reach",
  "engagements",
  "clicks",
  "conversions",
  "orders",
  "revenue",
  "aov",
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

/** Items grouped by a key, in first-seen order. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** What a campaign's framework says of it: its goals, budget, dates and KPI targets. */
interface CampaignFrame {
  goal: GoalId | null;
  secondaryGoal: GoalId | null;
  budget: number | null;
  start: string | null;
  end: string | null;
  targets: Map<MetricId, number>;
}

function frames(framework: readonly FrameworkRow[]): Map<string, CampaignFrame> {
  const found = new Map<string, CampaignFrame>();
  for (const kpi of framework) {
    const key = campaignKey(kpi.campaign);
    let frame = found.get(key);
    if (!frame) {
      frame = {
        goal: null,
        secondaryGoal: null,
        budget: null,
        start: null,
        end: null,
        targets: new Map(),
      };
      found.set(key, frame);
    }
    if (kpi.goal !== null) {
      if (frame.goal === null) frame.goal = kpi.goal;
      else if (frame.secondaryGoal === null && kpi.goal !== frame.goal)
        frame.secondaryGoal = kpi.goal;
    }
    frame.budget ??= kpi.budget;
    frame.start ??= kpi.start;
    frame.end ??= kpi.end ?? null;
    const metric = kpi.metrics[0];
    if (metric !== undefined && kpi.target !== null && !frame.targets.has(metric)) {
      frame.targets.set(metric, kpi.target);
    }
  }
  return found;
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
  // Amounts counted at a rate, in their own currency, to show beside the rate.
  const converted = new Map<Rate, { cost: number; revenue: number }>();
  const selection = selectRows(input, options.campaign, range, {
    currency: options.currency,
    conventions,
    format,
    ...(options.rates && { rates: options.rates.rates, ratesOf: ratesFor(options.rates) }),
    converted: (rate, column, amount) => {
      const sums = converted.get(rate) ?? { cost: 0, revenue: 0 };
      sums[column] += amount;
      converted.set(rate, sums);
    },
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

  // Every post prepared once; the report's tally over all of them.
  const { base } = options;
  const rules = new TallyRules(base, [
    ...VERDICT_RATIOS,
    // The funnel's last step, and engagements beside it.
    { n: "orders", d: "conversions" },
    { n: "engagements", d: "exposure" },
  ]);
  const prepared = rules.prepare(posts);
  const items: Item<Post>[] = posts.map((post, at) => ({ post, at }));
  const all = rules.tally();
  for (const { post, at } of items) all.add(prepared, at, post.influencer);
  const values = all.values();
  const spend = all.sum("cost");

  // Figures and funnel.
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
  const rate = (n: number, d: number) => (d > 0 ? n / d : null);
  const stage = (
    stage: FunnelStage["stage"],
    value: number,
    r: { n: number; d: number } | null,
  ) => ({
    stage,
    value,
    rate: r === null ? null : rate(r.n, r.d),
  });
  const funnel: FunnelStage[] = [
    stage("exposure", all.sum("exposure"), null),
    stage("clicks", all.sum("clicks"), all.parts({ n: "clicks", d: "exposure" })),
    stage("conversions", all.sum("conversions"), all.parts({ n: "conversions", d: "clicks" })),
    stage("orders", all.sum("orders"), all.parts({ n: "orders", d: "conversions" })),
  ];
  const engagements = {
    value: all.sum("engagements"),
    rate: ((r) => rate(r.n, r.d))(all.parts({ n: "engagements", d: "exposure" })),
  };

  // Each campaign's framework, rows and tally.
  const framed = frames(input.framework);
  // Posts without a campaign count in the totals only: no campaign's figures, verdicts or KPIs.
  const byCampaign = groupBy(
    items.filter(({ post }) => post.campaignKey !== ""),
    ({ post }) => post.campaignKey,
  );
  const campaigns = new Map<string, CampaignRows>();
  for (const [key, group] of byCampaign) {
    const tally = rules.tally();
    for (const { post, at } of group) tally.add(prepared, at, post.influencer);
    campaigns.set(key, { posts: group.map(({ post }) => post), tally });
  }

  // Breakdowns: influencers judged within their campaign; platforms and tiers pooled.
  const influencer: BreakdownLine[] = [];
  const allCampaigns = options.campaign === null;
  const goals = new Set<GoalId>();
  let unframed = false;
  for (const [key, group] of byCampaign) {
    const frame = framed.get(key);
    const name = (group[0] as Item<Post>).post.campaign;
    const lines = breakdown(group, (post) => post.influencer, rules, prepared).map((line) =>
      allCampaigns ? { ...line, campaign: name } : line,
    );
    if (frame?.goal) {
      goals.add(frame.goal);
      influencer.push(
        ...judgeInfluencers(
          lines,
          { goal: frame.goal, targets: frame.targets, posts: group.map(({ post }) => post) },
          (post) => post.influencer,
          format,
        ),
      );
    } else {
      unframed = true;
      influencer.push(...lines.sort((a, b) => b.cost - a.cost || (a.name < b.name ? -1 : 1)));
    }
  }
  const platform = breakdown(items, (post) => post.platform, rules, prepared).sort(
    (a, b) => b.cost - a.cost || (a.name < b.name ? -1 : 1),
  );
  const thresholds = options.tierThresholds;
  const tierOf = ({ numbers }: Post) =>
    typeof numbers.cells.followers === "number" ? tier(numbers.cells.followers, thresholds) : "";
  const tiers = breakdown(items, tierOf, rules, prepared).sort(
    (a, b) => TIERS.indexOf(a.name as Tier) - TIERS.indexOf(b.name as Tier),
  );
  const pooled =
    allCampaigns && goals.size > 1
      ? say("report.define.pooled", undefined, undefined, {
          goals: [...goals].map((goal) => say(`goal.${goal}`)),
        })
      : undefined;

  // The scorecard: each campaign's KPIs on its own rows of the report.
  const over: Over = new Map();
  const scorecard = scoreKpis(
    input.framework,
    campaigns,
    { today: options.today, base, conventions, currency: options.currency, format },
    over,
  );
  const scorecardNotes: FrameworkText[] = [];
  for (const [key, { why, row }] of over) {
    const name = byCampaign.get(key)?.[0]?.post.campaign ?? row.campaign;
    scorecardNotes.push(
      why === "ended"
        ? say("report.scorecard.ended", { campaign: name, date: format.date(row.end as string) })
        : say("report.scorecard.budgetSpent", {
            campaign: name,
            spend: format.value("money", campaigns.get(key)?.tally.sum("cost") ?? 0),
            budget: format.value("money", row.budget ?? 0),
          }),
    );
  }
  for (const [campaign, flags] of commonFlags(scorecard)) {
    for (const note of flags) {
      scorecardNotes.push(
        allCampaigns
          ? say("report.scorecard.everyKpiIn", { campaign, note })
          : say("report.scorecard.everyKpi", { note }),
      );
    }
  }

  // The header: the campaign's goals and budget from its framework (all budgets for all).
  const frame = options.campaign === null ? undefined : framed.get(campaignKey(options.campaign));
  let budget: number | null = null;
  for (const key of allCampaigns ? framed.keys() : [campaignKey(options.campaign as string)]) {
    const b = framed.get(key)?.budget;
    if (b !== null && b !== undefined) budget = (budget ?? 0) + b;
  }
  let first: number | undefined;
  let last: number | undefined;
  for (const { day } of posts) {
    if (day === undefined) continue;
    if (first === undefined || day < first) first = day;
    if (last === undefined || day > last) last = day;
  }

  // Pending results, for the outcomes some post fills in.
  const pending = { posts: 0, clicks: 0, conversions: 0, orders: 0, revenue: 0 };
  const tracked = OUTCOMES.filter((outcome) =>
    posts.some((post) => typeof post.numbers.cells[outcome] === "number"),
  );
  for (const { numbers } of posts) {
    if (numbers.pending.length === 0) continue;
    const waiting = numbers.pending.filter((outcome) => tracked.includes(outcome));
    if (waiting.length === 0) continue;
    pending.posts++;
    for (const outcome of waiting) pending[outcome]++;
  }

  const summaries: CampaignSummary[] = [...byCampaign].map(([key, group]) => {
    const f = framed.get(key);
    return {
      name: (group[0] as Item<Post>).post.campaign,
      spend: campaigns.get(key)?.tally.sum("cost") ?? 0,
      budget: f?.budget ?? null,
      start: f?.start ?? null,
      end: f?.end ?? null,
    };
  });

  // The rules; each figure's formula is its own (Figure.formula), listed beside these.
  const [nano, micro, macro, mega] = options.tierThresholds;
  const definitions: FrameworkText[] = [
    say("report.define.status"),
    say("report.define.suggestion"),
    ...(unframed ? [say("report.define.noGoal")] : []),
    say("report.define.engagementRate", {}, { base: `base.${base}` }),
    say("report.define.issues"),
    say("report.define.rates"),
    say("report.define.pending"),
    say("report.define.funnel"),
    say(
      "report.define.tiers",
      {
        nano: format.number(nano),
        micro: format.number(micro),
        macro: format.number(macro),
        mega: format.number(mega),
      },
      {
        emerging: "tier.Emerging",
        nanoTier: "tier.Nano",
        microTier: "tier.Micro",
        macroTier: "tier.Macro",
        megaTier: "tier.Mega",
      },
    ),
    say("report.define.benchmarks"),
    insightRules(format),
  ];

  const report: ReportModel = {
    header: {
      campaign: options.campaign === null ? null : (posts[0]?.campaign ?? options.campaign),
      goal: frame?.goal ?? null,
      secondaryGoal: frame?.secondaryGoal ?? null,
      from: options.from ?? (first === undefined ? null : isoOf(first)),
      to: options.to ?? (last === undefined ? null : isoOf(last)),
      spend,
      budget,
      currency: options.currency,
      asOf: options.today,
      rowsCovered: posts.length,
      rowsLeftOut: selection.leftOut,
      rates: [...converted].map(([rate, sums]) => ({ ...rate, ...sums })),
      rateProblems: (options.rates?.problems ?? []).map((problem) =>
        problem.why === "currency"
          ? say("report.rates.notCurrency", { text: problem.text, line: problem.row })
          : say(problem.why === "twice" ? "report.rates.twice" : "report.rates.noRate", {
              currency: problem.currency,
              line: problem.row,
            }),
      ),
    },
    headline: headline(scorecard, {
      spend,
      budget,
      goal: frame?.goal ?? null,
      values,
      format,
    }),
    scorecard,
    scorecardNotes,
    figures,
    funnel,
    engagements,
    pending,
    breakdowns: { influencer, platform, tier: tiers, ...(pooled && { pooled }) },
    benchmarks: compareBenchmarks(posts, format),
    benchmarkNote: say("report.benchmark.sponsored"),
    insights: insights({
      tally: all,
      posts,
      influencers: influencer,
      campaigns: summaries,
      scorecard,
      pending,
      all: allCampaigns,
      today: options.today,
      format,
    }),
    dataIssues: selection.issues,
    definitions,
  };
  return { ok: true, report };
}
