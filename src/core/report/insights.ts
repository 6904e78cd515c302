/**
 * Insights in plain sentences (DOMAIN.md, "Reading the results" and "Insights that hold up"),
 * each citing its numbers. An insight appears only when its rule fires on the report's data,
 * on a sample it can stand on; the thresholds below are stated in the report's definitions.
 */
import { isoDay } from "../framework/dates";
import type { Formatter } from "../framework/format";
import { METRICS } from "../framework/metrics";
import type { FrameworkText } from "../framework/model";
import { say } from "../framework/text";
import { median } from "./breakdowns";
import type { BreakdownLine, ReportModel, ScorecardLine } from "./model";
import { sayCount, sayText } from "./plural";
import type { Post } from "./read";
import { OUTCOMES } from "./reading";
import { standing, type Tally } from "./tally";

/** Many clicks: this many at least, so that a low conversion rate is not chance. */
const MANY_CLICKS = 100;
/** Few conversions: under 1 % of clicks convert (online shops commonly convert 2–3 %). */
const LOW_CONVERSION_RATE = 0.01;
/** Few clicks: a click-through rate under 0.5 %, judged from this many impressions or views. */
const LOW_CTR = 0.005;
const MIN_EXPOSURE = 1_000;
/** Impressions far above reach: each person reached saw the posts 1.5 times or more. */
const HIGH_FREQUENCY = 1.5;
/**
 * An outlier: a post whose CPE is over 3× the median CPE of the report's paid posts on its
 * platform, or under a third of it. The median, unlike the mean, is not moved by the outliers
 * themselves. Judged from MIN_OUTLIER_POSTS posts with a CPE on the platform; at most
 * MAX_OUTLIERS are named, furthest first.
 */
const OUTLIER_FACTOR = 3;
const MIN_OUTLIER_POSTS = 5;
const MAX_OUTLIERS = 3;
/**
 * Spend concentration: one influencer with this share of a campaign's spend or more, and over
 * twice an even split (among 3 paid influencers, over two thirds), among 3 or more.
 */
const CONCENTRATION = 0.3;
const MIN_PAID_INFLUENCERS = 3;
/** Pacing: spend's share of the budget ahead of the time elapsed by this much, or behind it. */
const PACE_AHEAD = 0.2;
const PACE_BEHIND = 0.25;

/** A campaign of the report, for pacing and budget. */
export interface CampaignSummary {
  readonly name: string;
  /** Countable costs of its posts in the report. */
  readonly spend: number;
  readonly budget: number | null;
  /** ISO; null where its framework does not say. */
  readonly start: string | null;
  readonly end: string | null;
}

export interface InsightData {
  /** Every post of the report, tallied. */
  readonly tally: Tally;
  readonly posts: readonly Post[];
  /** Influencer lines, with their verdicts; each with its campaign in a report on all. */
  readonly influencers: readonly BreakdownLine[];
  readonly campaigns: readonly CampaignSummary[];
  readonly scorecard: readonly ScorecardLine[];
  readonly pending: ReportModel["pending"];
  /** A report on all campaigns names the campaign an insight is about. */
  readonly all: boolean;
  readonly today: string;
  readonly format: Formatter;
}

/** Whether any post has a number in the column: a column never filled in says nothing. */
const tracked = (posts: readonly Post[], column: "clicks" | "conversions" | "reach") =>
  posts.some((post) => typeof post.numbers.cells[column] === "number");

export function insights(data: InsightData): FrameworkText[] {
  const { tally, posts, format } = data;
  const found: FrameworkText[] = [];
  const count = (value: number) => format.number(value, 0);
  const money = (value: number) => format.value("money", value);
  const percent = (value: number) => {
    const places = Math.abs(value) < 0.1 ? 1000 : 100;
    return format.value("rate", Math.round(value * places) / places);
  };
  const rate = (value: number) => format.value("rate", value);

  // Many clicks but few conversions: the audience came, the landing page did not convert it.
  const converting = tally.parts({ n: "conversions", d: "clicks" });
  if (
    tracked(posts, "conversions") &&
    converting.d >= MANY_CLICKS &&
    converting.n / converting.d < LOW_CONVERSION_RATE
  ) {
    found.push(
      say("report.insight.landingPage", {
        clicks: count(converting.d),
        conversions: count(converting.n),
        rate: rate(converting.n / converting.d),
      }),
    );
  }

  // Few clicks from the start: the content or the audience does not fit the offer.
  const clicking = tally.parts({ n: "clicks", d: "exposure" });
  if (tracked(posts, "clicks") && clicking.d >= MIN_EXPOSURE && clicking.n / clicking.d < LOW_CTR) {
    found.push(
      say("report.insight.fewClicks", {
        clicks: count(clicking.n),
        exposure: count(clicking.d),
        ctr: rate(clicking.n / clicking.d),
      }),
    );
  }

  // A framework of likes and follower counts alone.
  if (data.scorecard.length > 0 && data.scorecard.every((line) => METRICS[line.metric].vanity)) {
    found.push(say("check.vanityOnly"));
  }

  // Impressions well above reach, over the posts that have both.
  if (tracked(posts, "reach")) {
    let seen = 0;
    let reached = 0;
    for (const { numbers } of posts) {
      const { exposure } = numbers;
      const reach = numbers.cells.reach;
      if (typeof exposure === "number" && typeof reach === "number" && reach > 0) {
        seen += exposure;
        reached += reach;
      }
    }
    if (reached > 0 && seen / reached >= HIGH_FREQUENCY) {
      found.push(
        say("report.insight.frequency", {
          times: format.number(seen / reached, 1),
          impressions: count(seen),
          reach: count(reached),
        }),
      );
    }
  }

  // By campaign: best and weakest influencer, spend concentration, pacing, budget.
  const lines = new Map<string, BreakdownLine[]>();
  for (const line of data.influencers) {
    const key = line.campaign ?? "";
    const list = lines.get(key);
    if (list) list.push(line);
    else lines.set(key, [line]);
  }
  for (const [campaign, list] of lines) {
    const best = bestAndWeakest(list, format);
    if (best) {
      found.push(
        data.all
          ? say("report.insight.bestWorstIn", { ...best.params, campaign }, best.labels, best.parts)
          : say("report.insight.bestWorst", best.params, best.labels, best.parts),
      );
    }
    const spend = list.reduce((sum, line) => sum + line.cost, 0);
    const paid = list.filter((line) => line.cost > 0);
    const top = paid.reduce<BreakdownLine | undefined>(
      (a, b) => (a === undefined || b.cost > a.cost ? b : a),
      undefined,
    );
    const share = top && spend > 0 ? top.cost / spend : 0;
    if (
      top &&
      paid.length >= MIN_PAID_INFLUENCERS &&
      share >= CONCENTRATION &&
      share > 2 / paid.length
    ) {
      const params = {
        influencer: top.name,
        share: percent(share),
        cost: money(top.cost),
        spend: money(spend),
      };
      found.push(
        data.all
          ? say("report.insight.concentrationIn", { ...params, campaign })
          : say("report.insight.concentration", params),
      );
    }
  }
  const today = isoDay(data.today);
  for (const campaign of data.campaigns) {
    const { budget, spend } = campaign;
    if (budget === null || budget <= 0) continue;
    if (spend > budget) {
      found.push(
        say("report.insight.overBudget", {
          campaign: campaign.name,
          spend: money(spend),
          budget: money(budget),
          over: money(spend - budget),
        }),
      );
      continue;
    }
    const start = campaign.start ? isoDay(campaign.start) : undefined;
    const end = campaign.end ? isoDay(campaign.end) : undefined;
    if (start === undefined || end === undefined || today === undefined) continue;
    if (end <= start || today < start || today > end || spend >= budget) continue;
    const elapsed = (today - start) / (end - start);
    const share = spend / budget;
    const params = {
      campaign: campaign.name,
      spendShare: percent(share),
      budget: money(budget),
      elapsed: percent(elapsed),
    };
    if (share - elapsed >= PACE_AHEAD) found.push(say("report.insight.paceAhead", params));
    else if (elapsed - share >= PACE_BEHIND) {
      found.push(say("report.insight.paceBehind", { ...params, left: money(budget - spend) }));
    }
  }

  // Results still pending.
  const { pending } = data;
  if (pending.posts > 0) {
    const outcomes = OUTCOMES.filter((outcome) => pending[outcome] > 0).map((outcome) =>
      say(
        "report.pending.part",
        { count: count(pending[outcome]) },
        { outcome: `metric.${outcome}` },
      ),
    );
    found.push(
      say("report.insight.pending", undefined, undefined, {
        posts: [sayCount("posts", pending.posts, format)],
        outcomes,
      }),
    );
  }

  // Posts whose CPE is far from the rest of their platform's, among paid posts whose cost and
  // revenue count: a TikTok view costs a fraction of a YouTube one, and that is no news.
  const byPlatform = new Map<string, { post: Post; cpe: number }[]>();
  for (const post of posts) {
    const cost = post.numbers.cells.cost;
    const engagements = post.numbers.engagements;
    if (
      typeof cost === "number" &&
      cost > 0 &&
      typeof engagements === "number" &&
      engagements > 0 &&
      standing(post, { n: "cost", d: "engagements" }) === "counts"
    ) {
      const list = byPlatform.get(post.platform);
      if (list) list.push({ post, cpe: cost / engagements });
      else byPlatform.set(post.platform, [{ post, cpe: cost / engagements }]);
    }
  }
  const outliers: { post: Post; cpe: number; typical: number; posts: number; distance: number }[] =
    [];
  for (const paid of byPlatform.values()) {
    const typical = paid.length >= MIN_OUTLIER_POSTS ? median(paid.map((p) => p.cpe)) : null;
    if (typical === null || typical <= 0) continue;
    // How many times the median, or the median times it: 3 either way is as far.
    for (const { post, cpe } of paid) {
      const distance = Math.max(cpe / typical, typical / cpe);
      if (distance > OUTLIER_FACTOR) {
        outliers.push({ post, cpe, typical, posts: paid.length, distance });
      }
    }
  }
  outliers.sort((a, b) => b.distance - a.distance);
  for (const { post, cpe, typical, posts: count } of outliers.slice(0, MAX_OUTLIERS)) {
    found.push(
      say(
        "report.insight.outlier",
        {
          influencer: post.influencer || "–",
          row: post.row,
          cpe: money(cpe),
          median: money(typical),
          platform: post.platform || "–",
        },
        undefined,
        { posts: [sayCount("posts", count, format)] },
      ),
    );
  }
  return found;
}

/**
 * Best and weakest influencer of a campaign by its yardstick, among those judged (enough data);
 * ties (the same value as shown) named together. Undefined under two judged, or all tied.
 */
function bestAndWeakest(lines: readonly BreakdownLine[], format: Formatter) {
  const judged = lines.filter(
    (line) =>
      line.suggestion &&
      line.suggestion.verdict !== "tooLittleData" &&
      line.suggestion.value !== null,
  );
  const first = judged[0]?.suggestion;
  if (!first || judged.length < 2) return undefined;
  const { metric } = first;
  const shown = (line: BreakdownLine) => {
    const value = line.suggestion?.value as number;
    return metric === "roas" ? format.number(value, 2) : format.value("money", value);
  };
  // Lines come best first (breakdowns.ts).
  const bestShown = shown(judged[0] as BreakdownLine);
  const worstShown = shown(judged[judged.length - 1] as BreakdownLine);
  if (bestShown === worstShown) return undefined;
  const named = (value: string) => {
    const names = judged.filter((line) => shown(line) === value).map((line) => sayText(line.name));
    return names.length === 1
      ? names
      : [say("report.insight.tied", undefined, undefined, { names })];
  };
  return {
    params: { bestValue: bestShown, worstValue: worstShown },
    labels: { metric: `report.verdictMetric.${metric}` } as FrameworkText["labels"],
    parts: {
      best: named(bestShown),
      worst: named(worstShown),
      judged: [sayCount("influencers", judged.length, format)],
    },
  };
}

/** The insight rules with their thresholds, for the definitions. */
export function insightRules(format: Formatter): FrameworkText {
  return say("report.define.insights", {
    clicks: format.number(MANY_CLICKS),
    conversionRate: format.value("rate", LOW_CONVERSION_RATE),
    ctr: format.value("rate", LOW_CTR),
    exposure: format.number(MIN_EXPOSURE),
    frequency: format.number(HIGH_FREQUENCY),
    concentration: format.value("rate", CONCENTRATION),
    ahead: format.value("rate", PACE_AHEAD),
    behind: format.value("rate", PACE_BEHIND),
    factor: OUTLIER_FACTOR,
    posts: MIN_OUTLIER_POSTS,
  });
}
