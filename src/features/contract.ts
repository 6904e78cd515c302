/**
 * The one type of the server functions the sidebar calls. The sidebar's wrapper over
 * google.script.run (ui/sidebar/server.ts) and the server's entry points (addon.ts) are both
 * derived from it, so a misspelled function or a wrong payload fails the typecheck. Everything
 * here is JSON-safe: dates are ISO strings (yyyy-mm-dd), never Date objects.
 */
import type { FrameworkDraft, GoalId, KpiId, MetricId, TacticId } from "../core/framework/model";
import type { Lang } from "../core/i18n/languages";
import type { ReportModel } from "../core/report/model";

/** Catalog keys (by prefix) the server sends the sidebar in WizardStart.messages. */
export const SIDEBAR_MESSAGES: readonly string[] = [
  "wizard.",
  "goal.",
  "funnel.",
  "kpi.",
  "metric.",
  "tactic.",
  "source.",
  "tierFit.",
  "tier.",
  "smart.",
  "statement.",
  "check.",
  "draft.",
  "measure.",
  "col.",
  "problem.",
  "join.",
  "sidebar.",
  "settings.engagementBase",
];

/** A campaign found in the tracker, with what the wizard can offer as baselines. */
export interface CampaignSummary {
  readonly name: string;
  /** First and last post dates, if any row has a date. */
  readonly firstPost: string | null;
  readonly lastPost: string | null;
  readonly posts: number;
  /** Current value of each metric the tracker can compute for this campaign. */
  readonly values: Readonly<Partial<Record<MetricId, number>>>;
  /** It already has rows in the KPI Framework: writing again updates them. */
  readonly framed: boolean;
  /** What its rows in the KPI Framework hold, to start from when the wizard runs again. */
  readonly framework: ExistingFramework | null;
}

/** A campaign's framework as read back from its rows (what a person may have edited there). */
export interface ExistingFramework {
  readonly goal: GoalId | null;
  readonly secondaryGoal: GoalId | null;
  readonly start: string | null;
  readonly budget: number | null;
  readonly kpis: readonly ExistingKpi[];
}

interface ExistingKpi {
  readonly kpi: KpiId;
  readonly metrics: readonly MetricId[];
  readonly baseline: number | null;
  readonly target: number | null;
  readonly deadline: string | null;
  readonly owner: string;
  readonly tactic: TacticId | "";
}

/** What the sidebar needs to start: its texts, the spreadsheet's conventions and campaigns. */
export interface WizardStart {
  readonly language: Lang;
  /** The spreadsheet's locale, which says how numbers and dates are typed. */
  readonly locale: string;
  /** The sidebar's texts in the add-on's language, by catalog key. */
  readonly messages: Readonly<Record<string, string>>;
  /** The Settings currency code (USD, EUR, DKK...). */
  readonly currency: string;
  /** Today in the spreadsheet's time zone. */
  readonly today: string;
  readonly campaigns: readonly CampaignSummary[];
  /** Platforms listed in Settings, for the campaign's platform choice. */
  readonly platforms: readonly string[];
}

/** A problem with one field, already in the user's language. */
interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

export type WriteOutcome =
  | {
      readonly ok: true;
      readonly campaign: string;
      /** The framework sheet's name and the campaign's rows in it. */
      readonly sheet: string;
      readonly firstRow: number;
      readonly lastRow: number;
      readonly added: number;
      readonly updated: number;
      readonly removed: number;
    }
  | { readonly ok: false; readonly problems: readonly FieldProblem[] };

/** A report to show in the report page, with what the page needs to render it. */
export type ReportView =
  | {
      readonly ok: true;
      readonly model: ReportModel;
      /** The page's texts in the add-on's language, by catalog key. */
      readonly messages: Readonly<Record<string, string>>;
      readonly locale: string;
      readonly currency: string;
      readonly lang: Lang;
    }
  | { readonly ok: false; readonly message: string };

/** What the report dialog asks for (report/request.ts checks it on the server). */
export interface ReportRequestPayload {
  readonly campaign: string | null;
  readonly from: string | null;
  readonly to: string | null;
}

/** What the report dialog starts from: its texts and the tracker's campaigns. */
export interface ReportStart {
  readonly language: Lang;
  readonly messages: Readonly<Record<string, string>>;
  readonly campaigns: readonly string[];
}

export type ReportOutcome =
  | { readonly ok: true; readonly sheet: string }
  | { readonly ok: false; readonly message: string };

/** The server functions the add-on's pages (sidebar, report dialog, report page) call. */
export interface ServerFunctions {
  wizardStart(): WizardStart;
  /** Validates everything, then writes the campaign's KPIs; nothing is written on a problem. */
  writeFramework(draft: FrameworkDraft): WriteOutcome;
  /** Shows the framework sheet with the campaign's rows selected. */
  selectFrameworkRows(campaign: string): void;
  /** The report dialog's texts and campaigns. */
  reportStart(): ReportStart;
  /** Adds a report sheet; nothing is added on a problem. */
  createReportSheet(request: ReportRequestPayload): ReportOutcome;
  /** Opens the report page in the dialog's place (or says why not). */
  viewReport(request: ReportRequestPayload): { readonly ok: true } | ReportOutcome;
  /** The report model for the report page (View report). */
  reportView(request: ReportRequestPayload): ReportView;
}
