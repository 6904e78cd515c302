/**
 * Insights in plain sentences from DOMAIN.md's "Reading the results", each citing its
 * numbers. An insight appears only when its rule fires on the report's data; the thresholds
 * below are starting values, stated in the report's definitions.
 */
import type { Formatter } from "../framework/format";
import { METRICS } from "../framework/metrics";
import type { FrameworkText, MetricId } from "../framework/model";
import { say } from "../framework/text";
import { median } from "./breakdowns";
import type { BreakdownLine, ScorecardLine } from "./model";
import type { Post } from "./read";

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
 * An outlier: a post whose CPE is over 3× the median CPE of the report's paid posts, or under
 * a third of it. The median, unlike the mean, is not moved by the outliers themselves. Judged
 * from MIN_OUTLIER_POSTS posts with a CPE; at most MAX_OUTLIERS are named, furthest first.
 */
const OUTLIER_FACTOR = 3;
const MIN_OUTLIER_POSTS = 5;
const MAX_OUTLIERS = 3;

export interface InsightData {
  /** The report's values by metric (campaignValues over all its posts). */
  readonly values: Partial<Record<MetricId, number>>;
  readonly posts: readonly Post[];
  readonly influencers: readonly BreakdownLine[];
  readonly scorecard: readonly ScorecardLine[];
  readonly format: Formatter;
}

/** Whether any post has a number in the column: a column never filled in says nothing. */
const tracked = (posts: readonly Post[], column: "clicks" | "conversions" | "reach") =>
  posts.some((post) => typeof post.record[column] === "number");

export function insights({
  values,
  posts,
  influencers,
  scorecard,
  format,
}: InsightData): FrameworkText[] {
  const found: FrameworkText[] = [];
  const count = (value: number) => format.number(value, 0);
  const money = (value: number) => format.value("money", value);
  const rate = (value: number) => format.value("rate", value);
  const clicks = values.clicks ?? 0;
  const exposure = values.impressions ?? 0;

  // Many clicks but few conversions: the audience came, the landing page did not convert it.
  const conversionRate = values.conversionRate;
  if (
    tracked(posts, "conversions") &&
    clicks >= MANY_CLICKS &&
    conversionRate !== undefined &&
    conversionRate < LOW_CONVERSION_RATE
  ) {
    found.push(
      say("report.insight.landingPage", {
        clicks: count(clicks),
        conversions: count(values.conversions ?? 0),
        rate: rate(conversionRate),
      }),
    );
  }

  // Few clicks from the start: the content or the audience does not fit the offer.
  const ctr = values.ctr;
  if (tracked(posts, "clicks") && exposure >= MIN_EXPOSURE && ctr !== undefined && ctr < LOW_CTR) {
    found.push(
      say("report.insight.fewClicks", {
        clicks: count(clicks),
        exposure: count(exposure),
        ctr: rate(ctr),
      }),
    );
  }

  // A framework of likes and follower counts alone.
  if (scorecard.length > 0 && scorecard.every((line) => METRICS[line.metric].vanity)) {
    found.push(say("check.vanityOnly"));
  }

  // Impressions well above reach, over the posts that have both.
  if (tracked(posts, "reach")) {
    let seen = 0;
    let reached = 0;
    for (const { record } of posts) {
      const shown =
        typeof record.impressions === "number"
          ? record.impressions
          : record.impressions === ""
            ? record.views
            : undefined;
      if (typeof shown === "number" && typeof record.reach === "number" && record.reach > 0) {
        seen += shown;
        reached += record.reach;
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

  // Best and worst influencers by ROI and by CPE.
  const extremes = (pick: (line: BreakdownLine) => number | null) => {
    const ranked = influencers
      .filter((line) => pick(line) !== null)
      .sort((a, b) => (pick(b) as number) - (pick(a) as number));
    const [high, low] = [ranked[0], ranked[ranked.length - 1]];
    return high && low && pick(high) !== pick(low) ? { high, low } : undefined;
  };
  const roi = extremes((line) => line.roi);
  if (roi) {
    found.push(
      say("report.insight.roi", {
        best: roi.high.name,
        bestRoi: rate(roi.high.roi as number),
        worst: roi.low.name,
        worstRoi: rate(roi.low.roi as number),
      }),
    );
  }
  const cpe = extremes((line) => line.cpe);
  if (cpe) {
    found.push(
      say("report.insight.cpe", {
        best: cpe.low.name,
        bestCpe: money(cpe.low.cpe as number),
        worst: cpe.high.name,
        worstCpe: money(cpe.high.cpe as number),
      }),
    );
  }

  // Posts whose CPE is far from the rest.
  const paid: { post: Post; cpe: number }[] = [];
  for (const post of posts) {
    const { cost, engagements } = post.record;
    if (
      typeof cost === "number" &&
      cost > 0 &&
      typeof engagements === "number" &&
      engagements > 0
    ) {
      paid.push({ post, cpe: cost / engagements });
    }
  }
  const typical = paid.length >= MIN_OUTLIER_POSTS ? median(paid.map((p) => p.cpe)) : null;
  if (typical !== null && typical > 0) {
    // How many times the median, or the median times it: 3 either way is as far.
    const distance = (cpe: number) => Math.max(cpe / typical, typical / cpe);
    const outliers = paid
      .filter(({ cpe }) => distance(cpe) > OUTLIER_FACTOR)
      .sort((a, b) => distance(b.cpe) - distance(a.cpe))
      .slice(0, MAX_OUTLIERS);
    for (const { post, cpe } of outliers) {
      found.push(
        say("report.insight.outlier", {
          influencer: post.influencer || "–",
          row: post.row,
          cpe: money(cpe),
          median: money(typical),
          posts: paid.length,
        }),
      );
    }
  }
  return found;
}

/** The insight rules with their thresholds, for the definitions. */
export function insightRules(format: Formatter): FrameworkText {
  return say("report.define.insights", {
    clicks: format.number(MANY_CLICKS),
    conversionRate: format.value("rate", LOW_CONVERSION_RATE),
    ctr: format.value("rate", LOW_CTR),
    exposure: format.number(MIN_EXPOSURE),
    frequency: format.number(HIGH_FREQUENCY),
    factor: OUTLIER_FACTOR,
    posts: MIN_OUTLIER_POSTS,
  });
}
