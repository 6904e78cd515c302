/**
 * One function per KPI formula of the field: plain numbers in, a number out. Inputs arrive
 * already read and sign-checked (see function-specs.ts); these functions own the formula and
 * the cases where the formula itself has no answer, such as a zero denominator.
 */
import { DEFAULT_TIER_THRESHOLDS, type Tier } from "./catalog";

/** A problem with one argument, phrased to follow the argument's name. */
export class InputError extends Error {
  constructor(
    readonly argument: string,
    readonly problem: string,
    readonly hint = "",
  ) {
    super(`${argument} ${problem}${hint ? ` — ${hint}` : ""}`);
    this.name = "InputError";
  }
}

function divide(numerator: number, denominator: number, argument: string, hint: string): number {
  if (denominator === 0) throw new InputError(argument, "is 0", hint);
  return numerator / denominator;
}

/** Relative change (to − from) / from, for follower growth, lift and the like. */
function change(from: number, to: number, argument: string, hint: string): number {
  if (from === 0) throw new InputError(argument, "is 0", hint);
  if (from < 0) throw new InputError(argument, `is negative (${from})`, hint);
  return (to - from) / from;
}

export const emv = (impressions: number, cpm: number): number => (impressions / 1000) * cpm;

export const cpm = (cost: number, impressions: number): number =>
  divide(cost, impressions, "impressions", "no cost per thousand without impressions") * 1000;

export const cpe = (cost: number, engagements: number): number =>
  divide(cost, engagements, "engagements", "no cost per engagement without engagements");

export const roi = (revenue: number, cost: number): number =>
  divide(revenue - cost, cost, "cost", "no return on a zero investment");

export const roas = (revenue: number, cost: number): number =>
  divide(revenue, cost, "cost", "no return on a zero ad spend");

export const cpc = (cost: number, clicks: number): number =>
  divide(cost, clicks, "clicks", "no cost per click without clicks");

export const cpa = (cost: number, conversions: number): number =>
  divide(cost, conversions, "conversions", "no cost per acquisition without conversions");

export const cpl = (cost: number, leads: number): number =>
  divide(cost, leads, "leads", "no cost per lead without leads");

export const ctr = (clicks: number, impressions: number): number =>
  divide(clicks, impressions, "impressions", "no click-through rate without impressions");

export const conversionRate = (conversions: number, clicks: number): number =>
  divide(conversions, clicks, "clicks", "no conversion rate without clicks");

export const engagementRate = (engagements: number, base: number): number =>
  divide(engagements, base, "base", "no engagement rate on an audience of 0");

export const engagements = (
  likes: number,
  comments: number,
  shares: number,
  saves: number,
  clicks: number,
): number => likes + comments + shares + saves + clicks;

export const aov = (revenue: number, orders: number): number =>
  divide(revenue, orders, "orders", "no average order value without orders");

export const reachFrequency = (impressions: number, reach: number): number =>
  divide(impressions, reach, "reach", "no frequency without reach");

export const followerGrowth = (start: number, end: number): number =>
  change(start, end, "start", "growth needs a starting audience");

export function shareOfVoice(brandMentions: number, allMentions: number): number {
  if (brandMentions > allMentions) {
    throw new InputError(
      "brand_mentions",
      `(${brandMentions}) exceeds all_mentions (${allMentions})`,
      "all mentions include the brand's",
    );
  }
  return divide(brandMentions, allMentions, "all_mentions", "no share of voice without mentions");
}

export const netSentiment = (positive: number, negative: number, neutral: number): number =>
  divide(
    positive - negative,
    positive + negative + neutral,
    "positive + negative + neutral",
    "no sentiment without mentions",
  );

export const lift = (during: number, before: number): number =>
  change(before, during, "before", "lift needs a positive value before the campaign");

/**
 * Equal but for rounding, within a few units in the last place: 0.1 + 0.2 and 0.3 are, 1e-20
 * and 0 are not. A relative bound, as any absolute epsilon gets one of the two wrong.
 */
function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 8 * Number.EPSILON * Math.max(Math.abs(a), Math.abs(b));
}

export function kpiProgress(actual: number, target: number, baseline: number): number {
  // Dividing by a rounding error would report progress like 8.5e16.
  if (nearlyEqual(target, baseline)) {
    throw new InputError("target", `equals baseline (${baseline})`, "no progress to measure");
  }
  return (actual - baseline) / (target - baseline);
}

/** Follower tier; thresholds are the lower bounds of nano, micro, macro and mega. */
export function tier(
  followers: number,
  thresholds: readonly number[] = DEFAULT_TIER_THRESHOLDS,
): Tier {
  const [nano = 0, micro = 0, macro = 0, mega = 0] = thresholds;
  if (followers >= mega) return "Mega";
  if (followers >= macro) return "Macro";
  if (followers >= micro) return "Micro";
  if (followers >= nano) return "Nano";
  return "Emerging";
}
