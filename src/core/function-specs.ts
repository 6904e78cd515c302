/**
 * One typed spec per custom function. The runtime reads it to check and lift arguments
 * (ranges.ts); the build reads it to write the top-level stubs and their @customfunction
 * JSDoc, which is what Sheets shows in autocomplete; the Function reference dialog lists it.
 */
import { DEFAULT_TIER_THRESHOLDS, type Tier } from "./defaults";
import type { CoreKey } from "./i18n/catalog";
import type { ArgumentKey } from "./metrics";
import * as m from "./metrics";
import type { CallContext, Output } from "./ranges";
import { KPIACTUAL, KPIRANGE } from "./report/figure-functions";

/**
 * How an argument is read:
 * - count: a non-negative number (impressions, clicks, followers...)
 * - cost: non-negative money
 * - amount: a number of either sign (revenue, KPI values)
 * - cpm: a non-negative CPM, or a platform name that picks the catalog's default CPM
 * - thresholds: a list (not lifted row by row) of four increasing follower counts
 * - text: a word (a figure's name, a campaign); column: a whole column of the tracker;
 *   position: a column's number (COLUMN(Q3)); table: a block of cells (Settings' exchange
 *   rates). These four are for table functions only.
 */
type ParamKind =
  | "count"
  | "cost"
  | "amount"
  | "cpm"
  | "thresholds"
  | "text"
  | "column"
  | "position"
  | "table";

export interface ParamSpec {
  /** The parameter's name in Sheets, and the key of its label in messages ("arg.cost"). */
  readonly name: ArgumentKey;
  readonly description: string;
  readonly kind: ParamKind;
  /** Value used when the argument is omitted or its cell is blank; marks it optional. */
  readonly default?: number;
  /** Optional without a single default value (for example TIER's thresholds). */
  readonly optional?: true;
}

export const isOptional = (param: ParamSpec): boolean =>
  param.default !== undefined || param.optional === true;

// Not distributive: a param typed with the whole ParamKind union still reads as a number.
type ArgumentOf<K extends ParamKind> = [K] extends ["thresholds"]
  ? readonly number[] | undefined
  : number;
type ArgumentsOf<P extends readonly ParamSpec[]> = {
  -readonly [I in keyof P]: ArgumentOf<P[I]["kind"]>;
};

interface CustomFunctionSpec<P extends readonly ParamSpec[] = readonly ParamSpec[]> {
  readonly name: string;
  readonly summary: string;
  readonly example: string;
  /** What the result is, for the JSDoc @return line. */
  readonly returns: string;
  readonly returnType: "number" | "text";
  /**
   * For a text result that is a name people read (a tier), the catalog entry that says it in
   * the spreadsheet's language.
   */
  readonly label?: (result: string) => CoreKey;
  /**
   * "propagate" (default): any required blank argument gives a blank result.
   * "zero-if-any": a row is blank only when every argument is; otherwise blanks count as 0.
   */
  readonly blanks?: "propagate" | "zero-if-any";
  /**
   * Each column of a range argument is the next argument, the way people select side-by-side
   * parts: ENGAGEMENTS(K3:N) is ENGAGEMENTS(K3:K, L3:L, M3:M, N3:N), one column of sums.
   */
  readonly columnsAreParts?: true;
  readonly params: P;
  readonly compute: (...args: ArgumentsOf<P>) => number | string;
}

/** A row function's spec with its argument types erased. */
export type RowFunctionSpec = Omit<CustomFunctionSpec, "compute"> & {
  readonly kind?: undefined;
  readonly compute: (...args: never[]) => number | string;
};

/**
 * A function over whole columns of the tracker that gives one row of figures, not one result
 * per row: KPIACTUAL and KPIRANGE (figure-functions.ts).
 */
export interface TableFunctionSpec {
  readonly kind: "table";
  readonly name: string;
  readonly summary: string;
  readonly example: string;
  readonly returns: string;
  readonly returnType: "number";
  readonly params: readonly ParamSpec[];
  /** How many values side by side its one-row result holds. */
  readonly width: number;
  /** The function whose parameter texts these share, in the Function reference. */
  readonly paramsOf?: string;
  readonly run: (args: readonly unknown[], call: CallContext) => Output | Output[][];
}

/** Any spec, as stored in the list the runtime searches. */
export type AnyFunctionSpec = RowFunctionSpec | TableFunctionSpec;

function define<const P extends readonly ParamSpec[]>(
  spec: CustomFunctionSpec<P>,
): RowFunctionSpec {
  return spec as unknown as RowFunctionSpec;
}

const cost = (what: string): ParamSpec => ({
  name: "cost",
  description: `What was paid for ${what} (fees, product, boosting).`,
  kind: "cost",
});
const count = (name: ArgumentKey, description: string): ParamSpec => ({
  name,
  description,
  kind: "count",
});
const amount = (name: ArgumentKey, description: string): ParamSpec => ({
  name,
  description,
  kind: "amount",
});
const revenue: ParamSpec = amount(
  "revenue",
  "Revenue attributed to the content (may be negative).",
);

export const CUSTOM_FUNCTIONS: readonly AnyFunctionSpec[] = [
  define({
    name: "EMV",
    summary: "Earned media value: impressions / 1000 × CPM, what the reach would cost as ads.",
    example: "=EMV(H3:H, D3:D)",
    returns: "The earned media value, in the CPM's currency.",
    returnType: "number",
    params: [
      count("impressions", "Impressions (or views where the platform reports only views)."),
      {
        name: "cpm_or_platform",
        description:
          'Cost per 1,000 impressions, or a platform name ("Instagram", "TikTok", "YouTube", "Facebook", "LinkedIn", "X") for its default CPM.',
        kind: "cpm",
      },
    ] as const,
    compute: m.emv,
  }),
  define({
    name: "CPE",
    summary: "Cost per engagement: cost / engagements.",
    example: "=CPE(S3:S, Y3:Y)",
    returns: "Cost per engagement.",
    returnType: "number",
    params: [cost("the content"), count("engagements", "Engagements on the content.")] as const,
    compute: m.cpe,
  }),
  define({
    name: "ROI",
    summary: "Return on investment: (revenue − cost) / cost, as a fraction (2 = 200 %).",
    example: "=ROI(R3:R, S3:S)",
    returns: "Return on investment as a fraction.",
    returnType: "number",
    params: [revenue, cost("the campaign")] as const,
    compute: m.roi,
  }),
  define({
    name: "ROAS",
    summary: "Return on ad spend: revenue / cost.",
    example: "=ROAS(R3:R, S3:S)",
    returns: "Revenue per unit of spend.",
    returnType: "number",
    params: [revenue, cost("the campaign")] as const,
    compute: m.roas,
  }),
  define({
    name: "CPM",
    summary: "Cost per thousand impressions: cost / impressions × 1000.",
    example: "=CPM(S3:S, H3:H)",
    returns: "Cost per 1,000 impressions.",
    returnType: "number",
    params: [cost("the content"), count("impressions", "Impressions delivered.")] as const,
    compute: m.cpm,
  }),
  define({
    name: "CPC",
    summary: "Cost per click: cost / clicks.",
    example: "=CPC(S3:S, O3:O)",
    returns: "Cost per click.",
    returnType: "number",
    params: [cost("the content"), count("clicks", "Link clicks.")] as const,
    compute: m.cpc,
  }),
  define({
    name: "CPA",
    summary: "Cost per acquisition (cost per conversion): cost / conversions.",
    example: "=CPA(S3:S, P3:P)",
    returns: "Cost per conversion.",
    returnType: "number",
    params: [
      cost("the content"),
      count("conversions", "Conversions (sales, sign-ups...)."),
    ] as const,
    compute: m.cpa,
  }),
  define({
    name: "CPL",
    summary: "Cost per lead: cost / leads.",
    example: "=CPL(S3:S, P3:P)",
    returns: "Cost per lead.",
    returnType: "number",
    params: [cost("the content"), count("leads", "Leads (sign-ups, form fills).")] as const,
    compute: m.cpl,
  }),
  define({
    name: "CTR",
    summary: "Click-through rate: clicks / impressions, as a fraction.",
    example: "=CTR(O3:O, H3:H)",
    returns: "Click-through rate as a fraction.",
    returnType: "number",
    params: [count("clicks", "Link clicks."), count("impressions", "Impressions.")] as const,
    compute: m.ctr,
  }),
  define({
    name: "CONVRATE",
    summary: "Conversion rate: conversions / clicks, as a fraction.",
    example: "=CONVRATE(P3:P, O3:O)",
    returns: "Conversion rate as a fraction.",
    returnType: "number",
    params: [
      count("conversions", "Conversions."),
      count("clicks", "Clicks (or visitors)."),
    ] as const,
    compute: m.conversionRate,
  }),
  define({
    name: "ENGRATE",
    summary: "Engagement rate: engagements / base; the base is followers, reach or views.",
    example: "=ENGRATE(Y3:Y, G3:G)",
    returns: "Engagement rate as a fraction.",
    returnType: "number",
    params: [
      count("engagements", "Engagements (see ENGAGEMENTS)."),
      count("base", "The audience to divide by: followers, reach or views. Say which in headers."),
    ] as const,
    compute: m.engagementRate,
  }),
  define({
    name: "ENGAGEMENTS",
    summary:
      "Engagements: likes + comments + shares + saves (+ clicks), row by row; the parts may also be one range (K3:N).",
    example: "=ENGAGEMENTS(K3:K, L3:L, M3:M, N3:N)",
    returns: "Total engagements; blank where every part is blank.",
    returnType: "number",
    blanks: "zero-if-any",
    columnsAreParts: true,
    params: [
      count("likes", "Likes (or reactions)."),
      { ...count("comments", "Comments."), default: 0 },
      { ...count("shares", "Shares."), default: 0 },
      { ...count("saves", "Saves."), default: 0 },
      { ...count("clicks", "Clicks, if you count them as engagement."), default: 0 },
    ] as const,
    compute: m.engagements,
  }),
  define({
    name: "AOV",
    summary: "Average order value: revenue / orders.",
    example: "=AOV(R3:R, Q3:Q)",
    returns: "Average order value.",
    returnType: "number",
    params: [revenue, count("orders", "Orders.")] as const,
    compute: m.aov,
  }),
  define({
    name: "REACHFREQ",
    summary: "Frequency: impressions / reach; above 1 means people saw the content repeatedly.",
    example: "=REACHFREQ(H3:H, J3:J)",
    returns: "Average times each person reached saw the content.",
    returnType: "number",
    params: [
      count("impressions", "Impressions."),
      count("reach", "Unique accounts reached."),
    ] as const,
    compute: m.reachFrequency,
  }),
  define({
    name: "FOLLOWERGROWTH",
    summary: "Follower growth: (end − start) / start, as a fraction.",
    example: "=FOLLOWERGROWTH(B2, C2)",
    returns: "Growth as a fraction.",
    returnType: "number",
    params: [
      count("start", "Followers at the start of the period."),
      count("end", "Followers at the end of the period."),
    ] as const,
    compute: m.followerGrowth,
  }),
  define({
    name: "SOV",
    summary: "Share of voice: brand mentions / all mentions in the category, as a fraction.",
    example: "=SOV(B2, C2)",
    returns: "Share of voice as a fraction.",
    returnType: "number",
    params: [
      count("brand_mentions", "Mentions of the brand."),
      count("all_mentions", "All mentions in the category, the brand's included."),
    ] as const,
    compute: m.shareOfVoice,
  }),
  define({
    name: "NETSENTIMENT",
    summary: "Net sentiment: (positive − negative) / (positive + negative + neutral).",
    example: "=NETSENTIMENT(B2, C2, D2)",
    returns: "Net sentiment from −1 to 1.",
    returnType: "number",
    params: [
      count("positive", "Positive mentions."),
      count("negative", "Negative mentions."),
      count("neutral", "Neutral mentions."),
    ] as const,
    compute: m.netSentiment,
  }),
  define({
    name: "LIFT",
    summary: "Lift: (during − before) / before, for sales or any metric.",
    example: "=LIFT(C2, B2)",
    returns: "Lift as a fraction.",
    returnType: "number",
    params: [
      amount("during", "The metric during (or after) the campaign."),
      amount("before", "The same metric before the campaign."),
    ] as const,
    compute: m.lift,
  }),
  define({
    name: "KPIPROGRESS",
    summary: "KPI progress: (actual − baseline) / (target − baseline); 1 means the target is met.",
    example: "=KPIPROGRESS(E2, D2, C2)",
    returns: "Progress as a fraction of the way from baseline to target.",
    returnType: "number",
    params: [
      amount("actual", "The KPI's current value."),
      amount("target", "The KPI's target."),
      { ...amount("baseline", "Where the KPI started (0 if omitted)."), default: 0 },
    ] as const,
    compute: m.kpiProgress,
  }),
  define({
    name: "TIER",
    summary:
      "Influencer tier by followers: Emerging, Nano, Micro, Macro or Mega (named in the spreadsheet's language).",
    example: "=TIER(G3:G)",
    returns: "The tier's name.",
    returnType: "text",
    label: (tier) => `tier.${tier as Tier}`,
    params: [
      count("followers", "Follower count."),
      {
        name: "thresholds",
        description: `Optional: four increasing lower bounds for nano, micro, macro and mega (default ${DEFAULT_TIER_THRESHOLDS.join(", ")}).`,
        kind: "thresholds",
        optional: true,
      },
    ] as const,
    compute: m.tier,
  }),
  KPIACTUAL,
  KPIRANGE,
];

/** The spec of a custom function by its sheet name, if there is one. */
export function findCustomFunction(name: string): AnyFunctionSpec | undefined {
  return CUSTOM_FUNCTIONS.find((spec) => spec.name === name);
}
