/**
 * The KPI framework's vocabulary: goals, KPIs and metrics by stable id, what the wizard sends
 * (a draft, JSON-safe) and what the builder returns (a framework with statements and SMART
 * checks). Labels are catalog messages looked up by id ("goal.sales", "metric.roas",
 * "kpi.reach", "tactic.promoCodes", "source.seoTool"); nothing here is English text.
 */
import type { Message, MessageKey } from "../i18n/catalog";
import type { ComputedKey, TrackerInputKey } from "../tracker-columns";

export type GoalId =
  | "audience"
  | "awareness"
  | "engagement"
  | "leads"
  | "seo"
  | "conversions"
  | "sales"
  | "sentiment"
  | "content"
  | "management";

export type KpiId =
  | "audienceGrowth"
  | "emailList"
  | "reach"
  | "mediaValue"
  | "buzz"
  | "brandInterest"
  | "engagement"
  | "conversation"
  | "engagementCost"
  | "siteTraffic"
  | "leads"
  | "leadCost"
  | "backlinks"
  | "conversions"
  | "clickThrough"
  | "conversionEfficiency"
  | "sales"
  | "returnOnSpend"
  | "salesConversion"
  | "sentiment"
  | "audienceFeedback"
  | "contentOutput"
  | "roster"
  | "outreach";

/** Metrics the tracker computes (see metrics.ts), then metrics entered by hand. */
export type MetricId =
  | "impressions"
  | "views"
  | "reach"
  | "frequency"
  | "emv"
  | "cpm"
  | "likes"
  | "comments"
  | "shares"
  | "saves"
  | "engagements"
  | "engagementRate"
  | "cpe"
  | "clicks"
  | "ctr"
  | "cpc"
  | "conversions"
  | "conversionRate"
  | "cpa"
  | "leads"
  | "cpl"
  | "orders"
  | "revenue"
  | "aov"
  | "roas"
  | "roi"
  | "salesConversionRate"
  | "posts"
  | "activeInfluencers"
  | "followers"
  | "newFollowers"
  | "followerGrowth"
  | "emailSubscribers"
  | "signUps"
  | "pageViews"
  | "directTraffic"
  | "sessions"
  | "timeOnSite"
  | "mentions"
  | "shareOfVoice"
  | "brandSearchVolume"
  | "brandLift"
  | "backlinks"
  | "domainAuthority"
  | "appDownloads"
  | "addToCart"
  | "revenueGrowth"
  | "netSentiment"
  | "positiveMentions"
  | "negativeMentions"
  | "positiveComments"
  | "coverage"
  | "contentValue"
  | "repurposed"
  | "campaigns"
  | "ambassadorsAdded"
  | "outreachSent"
  | "openRate"
  | "responseRate"
  | "pipeline";

/** What a goal's tactics are (DOMAIN.md's "tactics" column). */
export type TacticId =
  | "contests"
  | "promoCodes"
  | "ambassadors"
  | "takeovers"
  | "sponsoredPosts"
  | "coCreated"
  | "guestPosts"
  | "limitedOffers"
  | "affiliateLinks"
  | "authenticContent"
  | "usageRights"
  | "outreachCadence";

/** Where a goal sits in the funnel (DOMAIN.md, "Campaign goals"). */
export type Funnel = "top" | "topMid" | "mid" | "bottom" | "any" | "program";

/** A tracker column whose values add up over a campaign's rows. */
export type SumColumn =
  | Exclude<
      TrackerInputKey,
      | "campaign"
      | "influencer"
      | "handle"
      | "platform"
      | "postDate"
      | "postUrl"
      | "utmLink"
      | "promoCode"
      | "notes"
      | "currency"
    >
  | Extract<ComputedKey, "engagements" | "emv">;

/** What engagement rate divides by: the Settings sheet's engagement-rate base. */
export type EngagementBase = "followers" | "reach" | "views";

/**
 * How a metric's actual value comes from the tracker rows of one campaign, or that it cannot
 * (entered by hand, from a named source). Each column adds up over the campaign's rows on its
 * own, as SUMIFS does. Exposure rule: wherever a measure reads "impressions", a row whose
 * impressions cell is blank counts its views instead (Instagram reports views only since
 * April 2025).
 */
export type Measure =
  | { readonly kind: "sum"; readonly column: SumColumn }
  /** sum(numerator) / sum(denominator) × scale; with `less`, (sum(n) − sum(d)) / sum(d) (ROI). */
  | {
      readonly kind: "ratio";
      readonly numerator: SumColumn;
      readonly denominator: SumColumn;
      readonly scale?: number;
      readonly less?: true;
    }
  /** sum(engagements) / sum(the engagement-rate base chosen in Settings). */
  | { readonly kind: "engagementRate" }
  /** Rows (posts) of the campaign. */
  | { readonly kind: "posts" }
  /** Distinct influencers with a row in the campaign. */
  | { readonly kind: "influencers" }
  | { readonly kind: "manual"; readonly source: SourceId };

/** Where data comes from (DOMAIN.md's data sources). */
export type SourceId =
  | "platformInsights"
  | "influencerReports"
  | "webAnalytics"
  | "socialListening"
  | "postComments"
  | "emailTool"
  | "crm"
  | "seoTool"
  | "appStore"
  | "shop"
  | "promoCodes"
  | "outreachTool"
  | "surveys"
  | "productionQuotes"
  | "contentLibrary"
  | "tracker";

/** How a metric's value reads: counts, money in the Settings currency, or a fraction shown as %. */
export type Unit = "count" | "money" | "rate" | "ratio";

export interface MetricDef {
  readonly id: MetricId;
  readonly unit: Unit;
  /** A cost per result should fall; every other metric should rise. */
  readonly lowerIsBetter?: true;
  readonly measure: Measure;
  /** A share of a whole (CTR, conversion rate): never above 100 %. */
  readonly share?: true;
  /** May be negative (ROI, growth, net sentiment); every other metric is 0 or more. */
  readonly signed?: true;
  /** Likes and follower counts: vanity metrics when a framework has nothing else. */
  readonly vanity?: true;
  /** Audience feedback, sentiment, coverage: what numbers alone miss. */
  readonly qualitative?: true;
}

export interface KpiDef {
  readonly id: KpiId;
  readonly funnel: Funnel;
  /** Candidate metrics, the usual headline first; the first one picked carries the target. */
  readonly metrics: readonly MetricId[];
}

export interface GoalDef {
  readonly id: GoalId;
  readonly funnel: Funnel;
  /** Suggested KPIs, most useful first. */
  readonly kpis: readonly KpiId[];
  readonly sources: readonly SourceId[];
  readonly tactics: readonly TacticId[];
  readonly tierFit: TierFit;
  /** Conversion and sales goals need one UTM link and promo code per influencer. */
  readonly needsTracking?: true;
}

/** Which influencer tiers tend to suit a goal. */
export type TierFit = "any" | "macroMega" | "microNano" | "microMid" | "bloggers" | "none";

/**
 * A catalog message whose `labels` placeholders show other catalog entries (a metric's or a
 * goal's name) in the reader's language, and whose `parts` placeholders show lists of such
 * texts: render it with renderText (text.ts), not format().
 */
export interface FrameworkText extends Message {
  readonly labels?: Readonly<Record<string, MessageKey>>;
  /** Placeholders that show a list of texts, each rendered, joined by the catalog's "join.list". */
  readonly parts?: Readonly<Record<string, readonly FrameworkText[]>>;
}

/** A KPI as the wizard sends it. Dates are ISO strings (yyyy-mm-dd); numbers are numbers. */
export interface KpiDraft {
  readonly kpi: KpiId;
  /** One to three; the first is measured against baseline and target. */
  readonly metrics: readonly MetricId[];
  readonly baseline: number;
  readonly target: number;
  readonly deadline: string;
  readonly owner: string;
  readonly tactic: TacticId | "";
}

/** Everything the wizard collects: JSON-safe, so it crosses google.script.run as it is. */
export interface FrameworkDraft {
  readonly goal: GoalId;
  readonly secondaryGoal: GoalId | null;
  /** A campaign of the tracker, or a new one. */
  readonly campaign: string;
  readonly start: string;
  readonly end: string;
  /** In the Settings currency; null when not set. */
  readonly budget: number | null;
  readonly kpis: readonly KpiDraft[];
}

/**
 * A draft before the builder has checked it: the shape of a FrameworkDraft (schema.ts checks
 * that much), with ids as any text and no goal yet allowed. Every FrameworkDraft is one.
 */
export interface KpiInput {
  readonly kpi: string;
  readonly metrics: readonly string[];
  readonly baseline: number;
  readonly target: number;
  readonly deadline: string;
  readonly owner: string;
  readonly tactic: string;
}

export interface DraftInput {
  readonly goal: string | null;
  readonly secondaryGoal: string | null;
  readonly campaign: string;
  readonly start: string;
  readonly end: string;
  readonly budget: number | null;
  readonly kpis: readonly KpiInput[];
}

export type SmartCriterion = "specific" | "measurable" | "achievable" | "relevant" | "timeBound";
type Verdict = "pass" | "warn" | "fail";

export interface SmartCheck {
  readonly criterion: SmartCriterion;
  readonly verdict: Verdict;
  /** One line the user can act on. */
  readonly reason: FrameworkText;
}

export interface FrameworkKpi extends KpiDraft {
  /** "Increase … from … to … by …", in DOMAIN.md's shapes, values in the sheet's locale. */
  readonly statement: FrameworkText;
  /** One check per criterion, in SMART order. */
  readonly smart: readonly SmartCheck[];
}

type FrameworkCheckId = "vanityOnly" | "addQualitative" | "tracking";

/**
 * Checks of the framework as a whole: a warning (vanity metrics only) or a tip (add a
 * qualitative KPI; set up one UTM link and promo code per influencer).
 */
export interface FrameworkCheck {
  readonly check: FrameworkCheckId;
  readonly verdict: "warn" | "tip";
  readonly reason: FrameworkText;
}

export interface Framework extends Omit<FrameworkDraft, "kpis"> {
  readonly kpis: readonly FrameworkKpi[];
  readonly checks: readonly FrameworkCheck[];
}

/**
 * A problem with one field of the draft, by path ("campaign", "kpis.1.target", indexes from
 * 0 as in the draft's arrays), in words the sidebar shows next to that field.
 */
export interface FieldError {
  readonly field: string;
  readonly problem: Message;
}

export type BuildResult =
  | { readonly ok: true; readonly framework: Framework }
  | { readonly ok: false; readonly errors: readonly FieldError[] };
