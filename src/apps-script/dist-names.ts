/**
 * Names of the files build.mjs writes beside Code.js (Apps Script file names, without
 * .html). Apps Script names allow letters, digits and underscores, so zh-CN becomes zh_CN.
 */
import type { Lang } from "../core/i18n/languages";

const fileLang = (lang: Lang) => lang.replace("-", "_");

/** A language's catalog, as JSON. */
export const catalogFile = (lang: Lang): string => `i18n_${fileLang(lang)}`;

/** The Function reference page in a language. */
export const referenceFile = (lang: Lang): string => `FunctionReference_${fileLang(lang)}`;

/** The KPI framework wizard's sidebar. */
export const SIDEBAR_FILE = "Sidebar";

/** The report page View report opens. */
export const REPORT_VIEW_FILE = "ReportView";

/** The report dialog (Generate report, View report). */
export const REPORT_DIALOG_FILE = "ReportDialog";
