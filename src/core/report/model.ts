/**
 * The stakeholder report as plain data: one model, three renderings (the report sheet with
 * native charts, the HTML report with SVG charts, and out/report.html locally). Tests assert
 * its numbers, not a layout. Texts are framework texts (a catalog key, values already
 * formatted, labels by key), rendered in the reader's language with renderText.
 */
import type { CellValue } from "../cells";
import type { EngagementBase, FrameworkText, GoalId, KpiId, MetricId } from "../framework/model";
import type { Rate, RateTable } from "../rates";
import type { ComputedKey, TrackerInputKey } from "../tracker-columns";

/**
 * A tracker row as read, with where it sits (for the data issues' cell references). Post
 * dates are read from ISO text (yyyy-mm-dd, as the port's isoDay writes a date cell in the
 * spreadsheet's time zone, which core cannot know), a serial number, or a Date by its UTC
 * calendar day (cells.ts, dateSerial).
 */
export interface TrackedRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly cells: Readonly<Partial<Record<TrackerInputKey | ComputedKey, CellValue>>>;
  /**
   * The number formats of the row's money cells, as getNumberFormats gives them
   * ("[$€]#,##0.00"). A number whose format names another currency than Settings' is left out
   * like an amount typed in it (reading.ts, R2). Absent: no format names a currency.
   */
  readonly formats?: { readonly cost?: string; readonly revenue?: string };
}

/** A KPI row of the KPI Framework as read back (see sheets/framework-rows.ts readFrameworks). */
export interface FrameworkRow {
  readonly campaign: string;
  readonly goal: GoalId | null;
  readonly kpi: KpiId;
  readonly metrics: readonly MetricId[];
  readonly baseline: number | null;
  readonly target: number | null;
  /** ISO dates. */
  readonly start: string | null;
  readonly deadline: string | null;
  /** The sheet's Actual: used for metrics entered by hand (the tracker cannot compute them). */
  readonly actual: CellValue;
  /** Its SMART notes as written (warnings and failures), one per line. */
  readonly smartNotes: string;
  /** The campaign's budget as the framework holds it. */
  readonly budget: number | null;
  /**
   * The campaign's end (ISO), as the framework holds it: once it has passed, time elapsed
   * counts as 1 (judge.ts). Absent or null: the end is unknown, and only a spent budget ends
   * the activity.
   */
  readonly end?: string | null;
}

export interface ReportInput {
  /** Read once, in order; a row's record is not kept after its turn. */
  readonly rows: Iterable<TrackedRow>;
  readonly framework: readonly FrameworkRow[];
  /** The tracker sheet's name, for cell references ("'Campaign Tracker'!H12"). */
  readonly trackerSheet: string;
  /** The tracker's column letters by key, for cell references. */
  readonly columns: Readonly<Partial<Record<TrackerInputKey | ComputedKey, string>>>;
}

export interface ReportOptions {
  /** One campaign, or null for all campaigns. */
  readonly campaign: string | null;
  /** Post dates kept, ISO, inclusive; null for open. */
  readonly from: string | null;
  readonly to: string | null;
  /** Today in the spreadsheet's time zone (data as of). */
  readonly today: string;
  /** The spreadsheet's locale and Settings currency, for values in texts. */
  readonly locale: string;
  readonly currency: string;
  readonly base: EngagementBase;
  /** Follower counts where nano, micro, macro and mega start (Settings). */
  readonly tierThresholds: readonly [number, number, number, number];
  /** Settings' exchange rates to the currency; none: other currencies are left out. */
  readonly rates?: RateTable;
}

/** A rate the report counted amounts at, and those amounts in their own currency. */
interface RateUsed extends Rate {
  readonly cost: number;
  readonly revenue: number;
}

export type KpiStatus = "met" | "onTrack" | "atRisk" | "missed" | "checkInputs" | "inProgress";

export interface ScorecardLine {
  /** The KPI's campaign: a report on all campaigns scores each campaign's own KPIs. */
  readonly campaign: string;
  readonly kpi: KpiId;
  readonly metric: MetricId;
  readonly actual: number | null;
  readonly baseline: number | null;
  readonly target: number | null;
  /** (actual − baseline) / (target − baseline); null when it cannot be computed. */
  readonly progress: number | null;
  /** Time elapsed between start and deadline, 0..1, as of today; 1 once the activity is over. */
  readonly elapsed: number | null;
  readonly start: string | null;
  readonly deadline: string | null;
  readonly status: KpiStatus;
  /** The SMART notes of the KPI's row, as flags to show beside it (those on every KPI aside). */
  readonly smartFlags: readonly string[];
  /** What was left out of its inputs and whether it could change the status; why not judged. */
  readonly note?: FrameworkText;
}

/** The headline figures, each with the formula it uses (stated in the definitions footer). */
export type FigureKey =
  | "spend"
  | "impressions"
  | "views"
  | "reach"
  | "engagements"
  | "clicks"
  | "conversions"
  | "orders"
  | "revenue"
  | "aov"
  | "emv"
  | "cpm"
  | "cpe"
  | "ctr"
  | "conversionRate"
  | "roas"
  | "roi";

export interface Figure {
  readonly key: FigureKey;
  readonly value: number | null;
  readonly unit: "count" | "money" | "rate" | "ratio";
  readonly formula: FrameworkText;
}

export interface FunnelStage {
  readonly stage: "exposure" | "clicks" | "conversions" | "orders";
  readonly value: number;
  /**
   * This stage over the one before, over the posts whose results are in (CTR, conversion
   * rate, orders per conversion); null for the first or over a zero.
   */
  readonly rate: number | null;
}

export type Suggestion = "keep" | "scale" | "review" | "tooLittleData";

/** What keep, scale or review judges by, from the campaign's goal (label "report.verdictMetric.<id>"). */
export type VerdictMetric = "costPerReach" | "cpe" | "cpa" | "cpl" | "roas";

export interface BreakdownLine {
  /** The influencer or platform as named in the tracker; for tiers, the Tier (label "tier.<name>"). */
  readonly name: string;
  /** Influencers in a report on all campaigns: the campaign this line and its verdict are of. */
  readonly campaign?: string;
  readonly posts: number;
  readonly cost: number;
  readonly emv: number;
  readonly cpe: number | null;
  readonly engagementRate: number | null;
  readonly ctr: number | null;
  readonly conversions: number;
  readonly roas: number | null;
  readonly roi: number | null;
  /** Influencers of a campaign with a goal: keep / scale / review, by which metric, and why. */
  readonly suggestion?: {
    readonly verdict: Suggestion;
    readonly metric: VerdictMetric;
    /** The influencer's value of the metric over their paid posts that count; null for none. */
    readonly value: number | null;
    readonly reason: FrameworkText;
  };
}

/** How a breakdown line is named: an influencer's with their campaign in a report on all. */
export const lineLabel = (line: BreakdownLine): string =>
  line.campaign ? `${line.name} · ${line.campaign}` : line.name;

/** What a benchmark divides: label "report.benchmarkFormula.<id>". */
export type BenchmarkFormula = "likesPerFollower" | "engagementsPerView";

export interface BenchmarkLine {
  readonly platform: string;
  readonly formula: BenchmarkFormula;
  /** Influencers in this platform and follower band whose posts the comparison reads. */
  readonly influencers: number;
  /** Their posts the comparison reads. */
  readonly posts: number;
  /** The follower band, e.g. [10_000, 50_000]; the upper bound null for "and above". */
  readonly followers: readonly [number, number | null];
  readonly ours: number | null;
  /** The benchmark's "average" band as fractions. */
  readonly low: number;
  readonly high: number;
  /** Who published it and when, in the reader's language. */
  readonly source: FrameworkText;
  readonly year: number;
  /**
   * Whether the band is compared: at least 3 influencers in it whose posts the benchmark's
   * own formula can measure (likes and followers, or engagements and views). `ours` is always
   * that formula, never the report's engagement rate, whose base Settings chooses; the note
   * says which and how, or why not.
   */
  readonly comparable: boolean;
  readonly verdict: "below" | "within" | "above" | null;
  readonly note: FrameworkText;
}

/** Data issues a report lists one by one; the rest are counted ("…and 1,200 more"). */
export const ISSUES_SHOWN = 100;

export interface DataIssue {
  /** "'Campaign Tracker'!H12", or the row ("'Campaign Tracker'!12:12") for a row problem. */
  readonly cell: string;
  readonly value: string;
  /**
   * The cell's column (label "col.<key>"); null for a row problem. A cell's problem reads
   * after its column's label, joined by "join.words": "Cost" + "is typed in EUR, …".
   */
  readonly column: TrackerInputKey | ComputedKey | null;
  readonly problem: FrameworkText;
}

export interface ReportModel {
  readonly header: {
    readonly campaign: string | null;
    readonly goal: GoalId | null;
    readonly secondaryGoal: GoalId | null;
    /** The dates covered: the options', else the first and last post. */
    readonly from: string | null;
    readonly to: string | null;
    readonly spend: number;
    /** The campaign's budget from its framework; all campaigns' together for all. */
    readonly budget: number | null;
    readonly currency: string;
    readonly asOf: string;
    /** Rows the totals cover, and rows left out (listed in the data issues). */
    readonly rowsCovered: number;
    readonly rowsLeftOut: number;
    /** The rates amounts in other currencies counted at, by currency code. */
    readonly rates: readonly RateUsed[];
    /** Lines of Settings' rates table that give no rate, and why. */
    readonly rateProblems: readonly FrameworkText[];
  };
  /**
   * Did we hit the goal? Sentences, joined by the catalog's "join.sentences": every status
   * counted, spend against budget, then the main outcome.
   */
  readonly headline: readonly FrameworkText[];
  readonly scorecard: readonly ScorecardLine[];
  /** Notes under the scorecard: a campaign whose activity is over, a SMART note on every KPI. */
  readonly scorecardNotes: readonly FrameworkText[];
  readonly figures: readonly Figure[];
  readonly funnel: readonly FunnelStage[];
  /** Engagements, shown beside the funnel: not a step of it. Rate: over impressions or views. */
  readonly engagements: { readonly value: number; readonly rate: number | null };
  /** Posts with results pending (R4), and how many for each outcome the tracker fills in. */
  readonly pending: {
    readonly posts: number;
    readonly clicks: number;
    readonly conversions: number;
    readonly orders: number;
    readonly revenue: number;
  };
  readonly breakdowns: {
    readonly influencer: readonly BreakdownLine[];
    readonly platform: readonly BreakdownLine[];
    readonly tier: readonly BreakdownLine[];
    /** When platforms and tiers pool campaigns with different goals: why to judge within one. */
    readonly pooled?: FrameworkText;
  };
  readonly benchmarks: readonly BenchmarkLine[];
  /** Said once under the benchmarks: sponsored posts engage less than a profile's average. */
  readonly benchmarkNote: FrameworkText;
  readonly insights: readonly FrameworkText[];
  readonly dataIssues: readonly DataIssue[];
  /** The rules and formulas the report uses, for its footer. */
  readonly definitions: readonly FrameworkText[];
}

/** Why no report can be made: each names what to change. */
export type ReportResult =
  | { readonly ok: true; readonly report: ReportModel }
  | { readonly ok: false; readonly problem: FrameworkText };
