/**
 * The wizard's part of the page contract: what its sidebar calls and what comes back. The
 * sidebar's calls (apps-script/script-run.ts) and the server's functions (server.ts) are both
 * typed by it, so a misspelled function or a wrong payload fails the typecheck. Everything is
 * JSON-safe: dates are ISO strings (yyyy-mm-dd), never Date objects.
 */
import type { FrameworkDraft, GoalId, KpiId, MetricId, TacticId } from "../../core/framework/model";
import type { Lang } from "../../core/i18n/languages";

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
      /** What takes this write back (the rows as they were), or null if too large to keep. */
      readonly undo: UndoTicket | null;
    }
  | { readonly ok: false; readonly problems: readonly FieldProblem[] };

/**
 * Names one write for Undo. What the rows held before it stays with the spreadsheet; the
 * ticket only says which write, so a forged or stale one takes nothing back.
 */
export interface UndoTicket {
  readonly id: string;
}

export type UndoOutcome =
  | { readonly ok: true; readonly campaign: string; readonly sheet: string }
  | { readonly ok: false; readonly message: string };

/** What the help page shows: its texts in the add-on's language, and the sheets' names. */
export interface HelpTexts {
  readonly language: Lang;
  readonly messages: Readonly<Record<string, string>>;
  /** {framework}, {tracker} and {settings} in the texts. */
  readonly names: Readonly<Record<"framework" | "tracker" | "settings", string>>;
}

/** The server functions the wizard's sidebar calls. */
export interface WizardFunctions {
  wizardStart(): WizardStart;
  /** Validates everything, then writes the campaign's KPIs; nothing is written on a problem. */
  writeFramework(draft: FrameworkDraft): WriteOutcome;
  /** Shows the framework sheet with the campaign's rows selected. */
  selectFrameworkRows(campaign: string): void;
  /** Puts the rows a write changed back as they were, if nothing changed them since. */
  undoFrameworkWrite(ticket: UndoTicket): UndoOutcome;
  /** Opens the help page on the KPI framework in a dialog. */
  openFrameworkHelp(): void;
}
