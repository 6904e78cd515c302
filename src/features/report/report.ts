/**
 * Stakeholder reports over the workbook port: the tracker, the KPI Framework and Settings
 * read in a fixed number of calls, one report model built from them, and written either as a
 * new report sheet (tagged as the add-on's, with native charts; older reports kept) or as an
 * HTML page. addon.ts exposes these to the report dialog.
 */

import type { ServerEnv } from "../../apps-script/server-env";
import type { FrameworkText } from "../../core/framework/model";
import { renderText } from "../../core/framework/text";
import { type Catalog, catalogPart, english } from "../../core/i18n/catalog";
import { sheetName } from "../../core/labels";
import { buildReport } from "../../core/report/build";
import type { FrameworkRow, ReportInput, ReportModel } from "../../core/report/model";
import { type ReportRequest, readReportRequest } from "../../core/report/request";
import { readFrameworks } from "../../sheets/readers/framework";
import {
  engagementBase,
  settingsCurrency,
  settingsRates,
  tierThresholds,
} from "../../sheets/readers/settings";
import { readTracker } from "../../sheets/readers/tracker";
import { reportSheetName } from "../../sheets/sheet-names";
import { localeFormats, TEMPLATE_VERSION } from "../../sheets/templates/template";
import { type OwnSheet, type SheetRef, UserError, type WorkbookPort } from "../../sheets/workbook";
import type { ReportOutcome, ReportStart, ReportView } from "./contract";
import { report } from "./feature";
import { planReportSheet } from "./report-sheet";

function sheetsOf(port: WorkbookPort): { tracker: OwnSheet; framework: OwnSheet | undefined } {
  const own = port.ownSheets(["tracker", "framework"]);
  const tracker = own.find((s) => s.kind === "tracker");
  if (!tracker) {
    throw new UserError({ key: "err.noSheet", params: { sheet: sheetName(english, "tracker") } });
  }
  return { tracker, framework: own.find((s) => s.kind === "framework") };
}

/** Everything a report is made of, read once. */
function readInput(
  port: WorkbookPort,
  catalogs: readonly Catalog[],
  sheets: { tracker: SheetRef; framework: SheetRef | undefined },
): ReportInput {
  const tracker = readTracker(port, sheets.tracker, catalogs, { moneyFormats: true });
  const framework: FrameworkRow[] = [];
  if (sheets.framework) {
    for (const [campaign, found] of readFrameworks(port, sheets.framework, catalogs)) {
      for (const {
        kpi,
        goal,
        metrics,
        baseline,
        target,
        deadline,
        actual,
        smartNotes,
      } of found.kpis) {
        const { start, end, budget } = found;
        framework.push({
          campaign,
          goal,
          kpi,
          metrics,
          baseline,
          target,
          start,
          end,
          deadline,
          actual,
          smartNotes,
          budget,
        });
      }
    }
  }
  return {
    rows: tracker.rows,
    framework,
    trackerSheet: tracker.sheet,
    columns: tracker.letters,
  };
}

/** The request checked, the inputs read and the model built; or the problem, in words. */
function model(
  port: WorkbookPort,
  payload: unknown,
  env: ServerEnv,
): { report: ReportModel; request: ReportRequest; locale: string } | { problem: FrameworkText } {
  const request = readReportRequest(payload);
  if (!request.ok) return { problem: request.problem };
  const catalogs = env.allCatalogs();
  const { tracker, framework } = sheetsOf(port);
  const input = readInput(port, catalogs, { tracker: tracker.ref, framework: framework?.ref });
  const locale = port.locale();
  const currency = settingsCurrency(port);
  const built = buildReport(input, {
    ...request.request,
    today: port.isoDay(),
    locale,
    currency,
    rates: settingsRates(port, currency),
    base: engagementBase(port, catalogs),
    tierThresholds: tierThresholds(port),
  });
  return built.ok ? { report: built.report, request: request.request, locale } : built;
}

/**
 * Writes a new report sheet, under the document lock. The sheet is the add-on's (tagged), its
 * name free among the user's; if a write fails the port removes it, so no half-written report
 * stays.
 */
export function createReportSheet(
  port: WorkbookPort,
  payload: unknown,
  env: ServerEnv,
): ReportOutcome {
  const catalog = env.catalog(env.language());
  return port.withDocumentLock((): ReportOutcome => {
    const built = model(port, payload, env);
    if ("problem" in built) return { ok: false, message: renderText(catalog, built.problem) };
    const { report, locale } = built;
    const formats = localeFormats(locale, report.header.currency);
    const plan = planReportSheet(report, catalog, formats, locale);
    const campaign = report.header.campaign ?? catalog["page.allCampaigns"];
    const name = reportSheetName(catalog, campaign, report.header.asOf, (candidate) =>
      port.hasSheet(candidate),
    );
    const size = { rows: plan.rows, columns: 14 + 8 };
    const sheet = port.createSheet(
      name,
      "report",
      { version: TEMPLATE_VERSION, language: env.language() },
      size,
    );
    // A failed write takes the new sheet back (the port's document lock does it).
    port.paint(sheet, plan.paint);
    port.addCharts(sheet, plan.charts);
    port.activate(sheet);
    return { ok: true, sheet: name };
  });
}

/**
 * The report model for the report page, with the page's texts in the add-on's language: the
 * page (ui/report-view) renders it in the browser, so Code.js carries no renderer.
 */
export function reportForPage(port: WorkbookPort, payload: unknown, env: ServerEnv): ReportView {
  const lang = env.language();
  const catalog = env.catalog(lang);
  const built = model(port, payload, env);
  if ("problem" in built) return { ok: false, message: renderText(catalog, built.problem) };
  const currency = built.report.header.currency;
  return { ok: true, model: built.report, messages: catalog, locale: built.locale, currency, lang };
}

/** The report dialog's texts, and the tracker's campaigns in order of first appearance. */
export function startReport(port: WorkbookPort, env: ServerEnv): ReportStart {
  const language = env.language();
  const catalog = env.catalog(language);
  const messages = catalogPart(catalog, report.messages);
  const { tracker } = sheetsOf(port);
  const campaigns = new Set<string>();
  for (const { cells } of readTracker(port, tracker.ref, env.allCatalogs()).rows) {
    const name = String(cells.campaign).trim();
    if (name !== "") campaigns.add(name);
  }
  return { language, messages, campaigns: [...campaigns] };
}
