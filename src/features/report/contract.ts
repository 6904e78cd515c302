/**
 * The report's part of the page contract: what the report dialog and the report page call and
 * what comes back, typed on both sides. Everything is JSON-safe.
 */
import type { Lang } from "../../core/i18n/languages";
import type { ReportModel } from "../../core/report/model";

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

/** The server functions the report dialog and the report page call. */
export interface ReportFunctions {
  /** The report dialog's texts and campaigns. */
  reportStart(): ReportStart;
  /** Adds a report sheet; nothing is added on a problem. */
  createReportSheet(request: ReportRequestPayload): ReportOutcome;
  /** Opens the report page in the dialog's place (or says why not). */
  openReportPage(request: ReportRequestPayload): { readonly ok: true } | ReportOutcome;
  /** The report model and the page's texts, for the report page. */
  reportForPage(request: ReportRequestPayload): ReportView;
}
