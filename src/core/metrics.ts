/**
 * One function per KPI formula of the field: plain numbers in, a number out. Inputs arrive
 * already read and sign-checked (see function-specs.ts); these functions own the formula and
 * the cases where the formula itself has no answer, such as a zero denominator.
 */
import { DEFAULT_TIER_THRESHOLDS, type Tier } from "./defaults";
import {
  type CoreCatalog,
  type CoreKey,
  english,
  format,
  type Message,
  message,
} from "./i18n/catalog";

/** What an argument is called in messages: the suffix of its "arg.*" catalog key. */
export type ArgumentKey = CoreKey extends infer K
  ? K extends `arg.${infer A}`
    ? A
    : never
  : never;

/**
 * A problem with one argument, to show in the reader's language as "<argument> <problem>",
 * then " — <hint>" where there is one. Its message is the English text.
 */
export class InputError extends Error {
  constructor(
    readonly argument: ArgumentKey,
    readonly problem: Message<CoreKey>,
    readonly hint?: Message<CoreKey>,
    /** Placeholders of problem and hint that name arguments, shown by their labels. */
    readonly labels?: Readonly<Record<string, ArgumentKey | readonly ArgumentKey[]>>,
  ) {
    super();
    this.name = "InputError";
    this.message = this.render(english);
  }

  /** "engagements is 0": the argument and its problem. */
  describe(catalog: CoreCatalog): string {
    const words = [label(catalog, this.argument), this.text(catalog, this.problem)];
    return words.join(catalog["join.words"]);
  }

  /** "engagements is 0 — no cost per engagement without engagements", as the language joins them. */
  render(catalog: CoreCatalog): string {
    const hint = this.hint && this.text(catalog, this.hint);
    return hint
      ? `${this.describe(catalog)}${catalog["join.hint"]}${hint}`
      : this.describe(catalog);
  }

  private text(catalog: CoreCatalog, { key, params }: Message<CoreKey>): string {
    const labels = this.labels;
    if (!labels) return format(catalog, key, params);
    const named: Record<string, string | number> = { ...params };
    for (const [name, keys] of Object.entries(labels)) {
      named[name] =
        typeof keys === "string"
          ? label(catalog, keys)
          : keys.map((k) => label(catalog, k)).join(catalog["join.list"]);
    }
    return format(catalog, key, named);
  }
}

const label = (catalog: CoreCatalog, argument: ArgumentKey): string =>
  catalog[`arg.${argument}`] ?? argument;

function divide(
  numerator: number,
  denominator: number,
  argument: ArgumentKey,
  hint: CoreKey,
): number {
  if (denominator === 0) throw new InputError(argument, message("problem.zero"), message(hint));
  return numerator / denominator;
}

/** Relative change (to − from) / from, for follower growth, lift and the like. */
function change(from: number, to: number, argument: ArgumentKey, hint: CoreKey): number {
  if (from === 0) throw new InputError(argument, message("problem.zero"), message(hint));
  if (from < 0) {
    throw new InputError(argument, message("problem.negative", { value: from }), message(hint));
  }
  return (to - from) / from;
}

export const emv = (impressions: number, cpm: number): number => (impressions / 1000) * cpm;

export const cpm = (cost: number, impressions: number): number =>
  divide(cost, impressions, "impressions", "hint.cpm") * 1000;

export const cpe = (cost: number, engagements: number): number =>
  divide(cost, engagements, "engagements", "hint.cpe");

export const roi = (revenue: number, cost: number): number =>
  divide(revenue - cost, cost, "cost", "hint.roi");

export const roas = (revenue: number, cost: number): number =>
  divide(revenue, cost, "cost", "hint.roas");

export const cpc = (cost: number, clicks: number): number =>
  divide(cost, clicks, "clicks", "hint.cpc");

export const cpa = (cost: number, conversions: number): number =>
  divide(cost, conversions, "conversions", "hint.cpa");

export const cpl = (cost: number, leads: number): number =>
  divide(cost, leads, "leads", "hint.cpl");

export const ctr = (clicks: number, impressions: number): number =>
  divide(clicks, impressions, "impressions", "hint.ctr");

export const conversionRate = (conversions: number, clicks: number): number =>
  divide(conversions, clicks, "clicks", "hint.convrate");

export const engagementRate = (engagements: number, base: number): number =>
  divide(engagements, base, "base", "hint.engrate");

export const engagements = (
  likes: number,
  comments: number,
  shares: number,
  saves: number,
  clicks: number,
): number => likes + comments + shares + saves + clicks;

export const aov = (revenue: number, orders: number): number =>
  divide(revenue, orders, "orders", "hint.aov");

export const reachFrequency = (impressions: number, reach: number): number =>
  divide(impressions, reach, "reach", "hint.frequency");

export const followerGrowth = (start: number, end: number): number =>
  change(start, end, "start", "hint.growth");

export function shareOfVoice(brandMentions: number, allMentions: number): number {
  if (brandMentions > allMentions) {
    throw new InputError(
      "brand_mentions",
      message("problem.exceeds", { value: brandMentions, all: allMentions }),
      message("hint.brandInAll"),
    );
  }
  return divide(brandMentions, allMentions, "all_mentions", "hint.sov");
}

export const netSentiment = (positive: number, negative: number, neutral: number): number =>
  divide(positive - negative, positive + negative + neutral, "mentions", "hint.sentiment");

export const lift = (during: number, before: number): number =>
  change(before, during, "before", "hint.lift");

/**
 * Equal but for rounding, within a few units in the last place: 0.1 + 0.2 and 0.3 are, 1e-20
 * and 0 are not. A relative bound, as any absolute epsilon gets one of the two wrong.
 */
function nearlyEqual(a: number, b: number): boolean {
  return abs(a - b) <= ULPS * max(abs(a), abs(b));
}

// Bound once: looking up Math and Number on every row is slow where Apps Script computes a
// whole column in one call.
const { abs, max } = Math;
const ULPS = 8 * Number.EPSILON;

export function kpiProgress(actual: number, target: number, baseline: number): number {
  // Dividing by a rounding error would report progress like 8.5e16.
  if (nearlyEqual(target, baseline)) {
    throw new InputError(
      "target",
      message("problem.equalsBaseline", { baseline }),
      message("hint.progress"),
    );
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
