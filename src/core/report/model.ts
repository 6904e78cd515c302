/**
 * The stakeholder report as plain data: one model, three renderings (the report sheet with
 * native charts, the HTML report with SVG charts, and out/report.html locally). Tests assert
 * its numbers, not a layout. Texts are framework texts (a catalog key, values already
 * formatted, labels by key), rendered in the reader's language with renderText.
 */
import type { CellValue } from "../cells";
import type { EngagementBase, FrameworkText, GoalId, KpiId, MetricId } from "../framework/model";
import type { ComputedKey, TrackerColumnKey } from "../tracker-columns";

/**
 * A tracker row as read, with where it sits (for the data issues' cell references). Post
 * dates are read from ISO text (yyyy-mm-dd, as the port's isoDay writes a date cell in the
 * spreadsheet's time zone, which core cannot know), a serial number, or a Date by its UTC
 * calendar day (cells.ts, dateSerial).
 */
export interface TrackedRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly cells: Readonly<Partial<Record<TrackerColumnKey | ComputedKey, CellValue>>>;
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
}

export interface ReportInput {
  readonly rows: readonly TrackedRow[];
  readonly framework: readonly FrameworkRow[];
  /** The tracker sheet's name, for cell references ("'Campaign Tracker'!H12"). */
  readonly trackerSheet: string;
  /** The tracker's column letters by key, for cell references. */
  readonly columns: Readonly<Partial<Record<TrackerColumnKey | ComputedKey, string>>>;
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
  /** Time elapsed between start and deadline, 0..1, as of today. */
  readonly elapsed: number | null;
  readonly start: string | null;
  readonly deadline: string | null;
  readonly status: KpiStatus;
  /** The SMART notes of the KPI's row, as flags to show beside it. */
  readonly smartFlags: readonly string[];
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
  | "revenue"
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
  readonly stage: "exposure" | "engagements" | "clicks" | "conversions";
  readonly value: number;
  /** This stage over the one before; null for the first or over a zero. */
  readonly rate: number | null;
}

export type Suggestion = "keep" | "scale" | "review" | "tooLittleData";

export interface BreakdownLine {
  /** The influencer or platform as named in the tracker; for tiers, the Tier (label "tier.<name>"). */
  readonly name: string;
  readonly posts: number;
  readonly cost: number;
  readonly emv: number;
  readonly cpe: number | null;
  readonly engagementRate: number | null;
  readonly ctr: number | null;
  readonly conversions: number;
  readonly roas: number | null;
  readonly roi: number | null;
  /** Influencers only: keep / scale / review and why. */
  readonly suggestion?: { readonly verdict: Suggestion; readonly reason: FrameworkText };
}

/** What a benchmark divides: label "report.benchmarkFormula.<id>". */
export type BenchmarkFormula = "likesPerFollower" | "engagementsPerView";

export interface BenchmarkLine {
  readonly platform: string;
  readonly formula: BenchmarkFormula;
  /** Our posts in this platform and follower band that the comparison reads. */
  readonly posts: number;
  /** The follower band, e.g. [10_000, 50_000]; the upper bound null for "and above". */
  readonly followers: readonly [number, number | null];
  readonly ours: number | null;
  /** The benchmark's "average" band as fractions. */
  readonly low: number;
  readonly high: number;
  readonly source: string;
  readonly year: number;
  /**
   * Whether our posts could be measured by the benchmark's own formula (likes and followers,
   * or engagements and views). `ours` is always that formula, never the report's engagement
   * rate, whose base Settings chooses; the note says which and how.
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
  readonly column: TrackerColumnKey | ComputedKey | null;
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
  };
  /** Did we hit the goal? One sentence from the framework's KPIs. */
  readonly headline: FrameworkText;
  readonly scorecard: readonly ScorecardLine[];
  readonly figures: readonly Figure[];
  readonly funnel: readonly FunnelStage[];
  readonly breakdowns: {
    readonly influencer: readonly BreakdownLine[];
    readonly platform: readonly BreakdownLine[];
    readonly tier: readonly BreakdownLine[];
  };
  readonly benchmarks: readonly BenchmarkLine[];
  readonly insights: readonly FrameworkText[];
  readonly dataIssues: readonly DataIssue[];
  /** The rules and formulas the report uses, for its footer. */
  readonly definitions: readonly FrameworkText[];
}

/** Why no report can be made: each names what to change. */
export type ReportResult =
  | { readonly ok: true; readonly report: ReportModel }
  | { readonly ok: false; readonly problem: FrameworkText };
