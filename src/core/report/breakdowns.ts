/**
 * Breakdowns per influencer, platform and tier, each line by the rules every figure follows
 * (tally.ts), and keep, scale or review per influencer within one campaign (DOMAIN.md, "Keep,
 * scale or review an influencer"):
 * - The yardstick follows the campaign's goal: cost per 1,000 reached (reach, else views) for
 *   audience, awareness and SEO; cost per engagement for engagement, sentiment, content and
 *   management; cost per conversion or lead for conversions and leads; ROAS for sales, with
 *   cost per conversion as a guard. ROI never judges a campaign that did not aim at sales.
 * - The reference is the KPI's target where the campaign's framework measures that metric,
 *   else the campaign's spend-weighted value (total cost ÷ total results over its paid posts).
 * - Scale: at least 20 % better and at least 5 % of the campaign's results (or 20
 *   conversions); Review: at least 25 % worse, or at least 10 % of spend while missing the
 *   reference; Keep in between. Too little data: under 3 paid posts, 1,000 impressions or
 *   views, or 10 conversions behind a cost per conversion or ROAS; but no conversion on three
 *   times the target cost per conversion is Review.
 * - Only paid posts count (a cost above 0), and only those whose cost and revenue are not left
 *   out and whose inputs are not pending.
 */
import type { Formatter } from "../framework/format";
import type { FrameworkText, GoalId, MetricId } from "../framework/model";
import { say } from "../framework/text";
import type { BreakdownLine, Suggestion, VerdictMetric } from "./model";
import { type Counted, sayCount } from "./plural";
import type { Prepared, Ratio, TalliedPost, TallyRules } from "./tally";
import { standing } from "./tally";

/** Fewer paid posts than this: too little data to judge. */
const MIN_POSTS = 3;
/** Impressions or views behind a cost per reach or per engagement. */
const MIN_EXPOSURE = 1_000;
/** Conversions behind a cost per conversion or lead, or a ROAS. */
const MIN_CONVERSIONS = 10;
const SCALE_GAP = 0.2;
const SCALE_SHARE = 0.05;
const SCALE_CONVERSIONS = 20;
const REVIEW_GAP = -0.25;
const REVIEW_SPEND = 0.1;
/** Spend of this many times the target cost per conversion with no conversion: Review. */
const NO_CONVERSION_FACTOR = 3;

/** The median of some numbers, or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** A post, and where its numbers sit among the prepared ones. */
export interface Item<T extends TalliedPost = TalliedPost> {
  readonly post: T;
  readonly at: number;
}

/** Breakdown lines by a name (posts without one are left out), in first-seen order. */
export function breakdown<T extends TalliedPost>(
  items: readonly Item<T>[],
  nameOf: (post: T) => string,
  rules: TallyRules,
  prepared: Prepared,
): BreakdownLine[] {
  const groups = new Map<string, ReturnType<TallyRules["tally"]>>();
  let last = "";
  let tally: ReturnType<TallyRules["tally"]> | undefined;
  for (const { post, at } of items) {
    const name = nameOf(post);
    if (name === "") continue;
    // Rows of one name often follow each other: look the group up only when the name changes.
    if (name !== last || !tally) {
      tally = groups.get(name);
      if (!tally) {
        tally = rules.tally();
        groups.set(name, tally);
      }
      last = name;
    }
    tally.add(prepared, at);
  }
  return [...groups].map(([name, tally]) => ({
    name,
    posts: tally.posts,
    cost: tally.sum("cost"),
    emv: tally.sum("emv"),
    cpe: tally.ratio({ n: "cost", d: "engagements" }),
    engagementRate: tally.ratio({ n: "engagements", d: rules.base }),
    ctr: tally.ratio({ n: "clicks", d: "exposure" }),
    conversions: tally.sum("conversions"),
    roas: tally.ratio({ n: "revenue", d: "cost" }),
    roi: ((roas) => (roas === null ? null : roas - 1))(tally.ratio({ n: "revenue", d: "cost" })),
  }));
}

/** The yardstick each goal judges influencers by. */
const VERDICT_METRICS: Readonly<Record<GoalId, VerdictMetric>> = {
  audience: "costPerReach",
  awareness: "costPerReach",
  seo: "costPerReach",
  engagement: "cpe",
  sentiment: "cpe",
  content: "cpe",
  management: "cpe",
  leads: "cpl",
  conversions: "cpa",
  sales: "roas",
};

interface Yardstick {
  readonly ratio: Ratio;
  readonly scale: number;
  readonly lowerIsBetter: boolean;
  /** What the sample must hold besides 3 posts. */
  readonly sample: Extract<Counted, "exposure" | "conversions">;
}

const YARDSTICKS: Readonly<Record<VerdictMetric, Yardstick>> = {
  costPerReach: {
    ratio: { n: "cost", d: "audience" },
    scale: 1000,
    lowerIsBetter: true,
    sample: "exposure",
  },
  cpe: {
    ratio: { n: "cost", d: "engagements" },
    scale: 1,
    lowerIsBetter: true,
    sample: "exposure",
  },
  cpa: {
    ratio: { n: "cost", d: "conversions" },
    scale: 1,
    lowerIsBetter: true,
    sample: "conversions",
  },
  cpl: {
    ratio: { n: "cost", d: "conversions" },
    scale: 1,
    lowerIsBetter: true,
    sample: "conversions",
  },
  roas: {
    ratio: { n: "revenue", d: "cost" },
    scale: 1,
    lowerIsBetter: false,
    sample: "conversions",
  },
};

/** Cost per conversion: the sales yardstick's guard, and the no-conversion rule's measure. */
const PER_CONVERSION: Ratio = { n: "cost", d: "conversions" };

/** The extra ratios verdicts divide besides the metrics' own: cost per 1,000 reached. */
export const VERDICT_RATIOS: readonly Ratio[] = [YARDSTICKS.costPerReach.ratio];

/** What one influencer's (or the campaign's) paid posts that count add up to. */
class Sums {
  posts = 0;
  n = 0;
  d = 0;
  exposure = 0;
  /** Cost per conversion over the paid posts whose cost and conversions count. */
  cpaCost = 0;
  conversions = 0;
  /** Every countable cost, paid or not, counted or not: the share of spend. */
  spend = 0;
}

const numberOf = (post: TalliedPost, column: "cost" | "exposure" | "conversions" | "revenue") => {
  const reading = column === "exposure" ? post.numbers.exposure : post.numbers.cells[column];
  return typeof reading === "number" ? reading : 0;
};

function addTo(sums: Sums, post: TalliedPost, yardstick: Yardstick) {
  const cost = post.numbers.cells.cost;
  sums.spend += typeof cost === "number" ? cost : 0;
  if (!(typeof cost === "number" && cost > 0)) return;
  if (standing(post, yardstick.ratio) === "counts") {
    sums.posts++;
    sums.n += numberOf(post, yardstick.ratio.n as "cost" | "revenue");
    const d = yardstick.ratio.d;
    sums.d +=
      d === "audience"
        ? typeof post.numbers.audience === "number"
          ? post.numbers.audience
          : 0
        : d === "engagements"
          ? typeof post.numbers.engagements === "number"
            ? post.numbers.engagements
            : 0
          : numberOf(post, d as "cost" | "conversions");
    sums.exposure += numberOf(post, "exposure");
  }
  if (standing(post, PER_CONVERSION) === "counts") {
    sums.cpaCost += cost;
    sums.conversions += numberOf(post, "conversions");
  }
}

export interface CampaignToJudge<T extends TalliedPost> {
  readonly goal: GoalId;
  /** The targets of the campaign's KPIs, by their headline metric. */
  readonly targets: ReadonlyMap<MetricId, number>;
  readonly posts: readonly T[];
}

/**
 * Keep, scale or review for each influencer's line of one campaign: lines in the order given
 * come back with their suggestion, best first by the yardstick.
 */
export function judgeInfluencers<T extends TalliedPost>(
  lines: readonly BreakdownLine[],
  campaign: CampaignToJudge<T>,
  influencerOf: (post: T) => string,
  format: Formatter,
): BreakdownLine[] {
  const metric = VERDICT_METRICS[campaign.goal];
  const yardstick = YARDSTICKS[metric];
  const total = new Sums();
  const sums = new Map<string, Sums>();
  for (const post of campaign.posts) {
    addTo(total, post, yardstick);
    const name = influencerOf(post);
    let own = sums.get(name);
    if (!own) {
      own = new Sums();
      sums.set(name, own);
    }
    addTo(own, post, yardstick);
  }
  const yardstickOf = (s: Sums) => (s.d === 0 ? null : (s.n / s.d) * yardstick.scale);
  const target = (id: MetricId) => campaign.targets.get(id);
  const roiTarget = target("roi");
  const kpiTarget =
    metric === "costPerReach"
      ? undefined
      : (target(metric) ??
        (metric === "roas" && roiTarget !== undefined ? roiTarget + 1 : undefined));
  const reference = kpiTarget ?? yardstickOf(total);
  const basis = kpiTarget === undefined ? "report.basis.campaign" : "report.basis.target";
  const cpaReference =
    metric === "cpa" || metric === "cpl"
      ? reference
      : (target("cpa") ?? (total.conversions > 0 ? total.cpaCost / total.conversions : null));

  const money = (value: number) => format.value("money", value);
  const shown = (value: number) => (metric === "roas" ? format.number(value, 2) : money(value));
  const percent = (value: number) => {
    const places = Math.abs(value) < 0.1 ? 1000 : 100;
    return format.value("rate", Math.round(value * places) / places);
  };
  const conversionBased = yardstick.sample === "conversions";

  const judged = lines.map((line): BreakdownLine => {
    const own = sums.get(line.name) ?? new Sums();
    const value = yardstickOf(own);
    const sample = conversionBased ? own.conversions : own.exposure;
    const parts = {
      sample: [sayCount("posts", own.posts, format), sayCount(yardstick.sample, sample, format)],
    };
    const spendShare = total.spend > 0 ? own.spend / total.spend : 0;
    const labels = { metric: `report.verdictMetric.${metric}`, basis } as const;
    const verdict = (suggestion: Suggestion, reason: FrameworkText) => ({
      ...line,
      suggestion: { verdict: suggestion, metric, value, reason },
    });

    // No conversion on three times the target cost per conversion: Review, whatever else.
    if (
      conversionBased &&
      own.conversions === 0 &&
      own.cpaCost > 0 &&
      cpaReference !== null &&
      cpaReference > 0 &&
      own.cpaCost >= NO_CONVERSION_FACTOR * cpaReference
    ) {
      return verdict(
        "review",
        say(
          "report.reason.reviewNoConversion",
          {
            cost: money(own.cpaCost),
            spendShare: percent(spendShare),
            reference: money(cpaReference),
          },
          undefined,
          parts,
        ),
      );
    }
    if (own.posts === 0) return verdict("tooLittleData", say("report.reason.unpaid"));
    const minimum = conversionBased ? MIN_CONVERSIONS : MIN_EXPOSURE;
    if (own.posts < MIN_POSTS || sample < minimum || reference === null || reference <= 0) {
      return verdict(
        "tooLittleData",
        say("report.reason.tooLittleData", undefined, undefined, {
          ...parts,
          minimum: [
            sayCount("posts", MIN_POSTS, format),
            sayCount(yardstick.sample, minimum, format),
          ],
        }),
      );
    }
    if (value === null) {
      return verdict(
        "review",
        say(
          "report.reason.reviewNothing",
          { cost: money(own.n), spendShare: percent(spendShare) },
          labels,
          parts,
        ),
      );
    }
    const gap = yardstick.lowerIsBetter
      ? (reference - value) / reference
      : (value - reference) / reference;
    const results = metric === "roas" ? own.n : own.d;
    const campaignResults = metric === "roas" ? total.n : total.d;
    const resultShare = campaignResults > 0 ? results / campaignResults : 0;
    const params = {
      value: shown(value),
      reference: shown(reference),
      gap: percent(Math.abs(gap)),
      spendShare: percent(spendShare),
      results: percent(resultShare),
    };
    const reason = (key: Parameters<typeof say>[0], extra: Record<string, string> = {}) =>
      say(key, { ...params, ...extra }, labels, parts);
    if (gap >= SCALE_GAP) {
      const bigEnough =
        resultShare >= SCALE_SHARE || (conversionBased && own.conversions >= SCALE_CONVERSIONS);
      if (!bigEnough) return verdict("keep", reason("report.reason.keepSmall"));
      if (metric === "roas" && cpaReference !== null && cpaReference > 0 && own.conversions > 0) {
        const cpa = own.cpaCost / own.conversions;
        const cpaGap = (cpa - cpaReference) / cpaReference;
        if (cpaGap >= -REVIEW_GAP) {
          return verdict(
            "keep",
            reason("report.reason.keepGuard", {
              cpa: money(cpa),
              cpaGap: percent(cpaGap),
              cpaReference: money(cpaReference),
            }),
          );
        }
      }
      return verdict("scale", reason("report.reason.scale"));
    }
    if (gap <= REVIEW_GAP) return verdict("review", reason("report.reason.review"));
    if (gap < 0 && spendShare >= REVIEW_SPEND) {
      return verdict("review", reason("report.reason.reviewSpend"));
    }
    return verdict(
      "keep",
      reason(gap < 0 ? "report.reason.keepBehind" : "report.reason.keepAhead"),
    );
  });

  // Judged first, best first; then those with too little data.
  const sign = yardstick.lowerIsBetter ? 1 : -1;
  const rank = (line: BreakdownLine) => (line.suggestion?.verdict === "tooLittleData" ? 1 : 0);
  return judged.sort((a, b) => {
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    const [x, y] = [a.suggestion?.value ?? null, b.suggestion?.value ?? null];
    if (x !== null && y !== null && x !== y) return sign * (x - y);
    if (x === null && y !== null) return 1;
    if (y === null && x !== null) return -1;
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
}
