/**
 * Stakeholder reports over the workbook port: the tracker, the KPI Framework and Settings
 * read in a fixed number of calls, one report model built from them, and written either as a
 * new report sheet (tagged as the add-on's, with native charts; older reports kept) or as an
 * HTML page. addon.ts exposes these to the report dialog.
 */

import type { ServerEnv } from "../../apps-script/server-env";
import { isDate } from "../../core/cells";
import type { FrameworkText } from "../../core/framework/model";
import { renderText } from "../../core/framework/text";
import { type Catalog, catalogPart, english } from "../../core/i18n/catalog";
import { sheetName } from "../../core/labels";
import { buildReport } from "../../core/report/build";
import type { FrameworkRow, ReportInput, ReportModel } from "../../core/report/model";
import { type ReportRequest, readReportRequest } from "../../core/report/request";
import { TRACKER_KEYS } from "../../core/tracker-columns";
import { columnLetter } from "../../sheets/a1";
import { engagementBase, settingsCurrency, tierThresholds } from "../../sheets/readers/settings";
import { reportSheetName } from "../../sheets/sheet-names";
import { localeFormats, TEMPLATE_VERSION } from "../../sheets/templates/template";
import { TRACKER, type TrackerKey } from "../../sheets/templates/tracker";
import { type OwnSheet, type SheetRef, UserError, type WorkbookPort } from "../../sheets/workbook";
import type { ReportOutcome, ReportStart, ReportView } from "../contract";
import { locateHeader, readFrameworks } from "../wizard/framework-rows";
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
  const table = port.readTable(sheets.tracker);
  const positions = locateHeader<TrackerKey>(
    table[0] ?? [],
    TRACKER_KEYS,
    catalogs,
    sheets.tracker.name,
  );
  // A date cell is an instant at midnight in the spreadsheet's time zone: its calendar day
  // is read there, not in UTC (core reads ISO text). Posts share days: each is asked once.
  const days = new Map<number, string>();
  const isoDay = (date: Date) => {
    let found = days.get(date.getTime());
    if (found === undefined) {
      found = port.isoDay(date);
      days.set(date.getTime(), found);
    }
    return found;
  };
  const rows = table.slice(TRACKER.firstDataRow - 1).flatMap((line, i) => {
    if (line.every((cell) => cell === "")) return [];
    const cells = Object.fromEntries(TRACKER_KEYS.map((key) => [key, line[positions[key] - 1]]));
    if (isDate(cells.postDate)) cells.postDate = isoDay(cells.postDate);
    return [{ row: i + TRACKER.firstDataRow, cells }];
  });
  const columns = Object.fromEntries(
    TRACKER_KEYS.map((key) => [key, columnLetter(positions[key])]),
  );
  const day = (cell: unknown) => (isDate(cell) ? isoDay(cell) : null);
  const number = (cell: unknown) =>
    typeof cell === "number" && Number.isFinite(cell) ? cell : null;
  const framework: FrameworkRow[] = [];
  if (sheets.framework) {
    for (const [campaign, found] of readFrameworks(port.readTable(sheets.framework), catalogs)) {
      for (const kpi of found.kpis) {
        framework.push({
          campaign,
          goal: kpi.goal,
          kpi: kpi.kpi,
          metrics: kpi.metrics,
          baseline: number(kpi.baseline),
          target: number(kpi.target),
          start: day(found.start),
          deadline: day(kpi.deadline),
          actual: kpi.actual ?? "",
          smartNotes: kpi.smartNotes,
          budget: number(found.budget),
        });
      }
    }
  }
  return { rows, framework, trackerSheet: sheets.tracker.name, columns };
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
  const built = buildReport(input, {
    ...request.request,
    today: port.isoDay(),
    locale,
    currency: settingsCurrency(port),
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
export function reportView(port: WorkbookPort, payload: unknown, env: ServerEnv): ReportView {
  const lang = env.language();
  const catalog = env.catalog(lang);
  const built = model(port, payload, env);
  if ("problem" in built) return { ok: false, message: renderText(catalog, built.problem) };
  const currency = built.report.header.currency;
  return { ok: true, model: built.report, messages: catalog, locale: built.locale, currency, lang };
}

/** Catalog keys (by prefix) the report dialog shows. */
const DIALOG_MESSAGES = ["reportDialog.", "page.allCampaigns"];

/** The report dialog's texts, and the tracker's campaigns in order of first appearance. */
export function reportStart(port: WorkbookPort, env: ServerEnv): ReportStart {
  const language = env.language();
  const catalog = env.catalog(language);
  const messages = catalogPart(catalog, DIALOG_MESSAGES);
  const { tracker } = sheetsOf(port);
  // Only the campaign column is read; every column is located, so a missing one is said now.
  const table = port.readTable(tracker.ref);
  const positions = locateHeader<TrackerKey>(
    table[0] ?? [],
    TRACKER_KEYS,
    env.allCatalogs(),
    tracker.ref.name,
  );
  const campaigns = new Set<string>();
  for (let i = TRACKER.firstDataRow - 1; i < table.length; i++) {
    const name = String(table[i]?.[positions.campaign - 1] ?? "").trim();
    if (name !== "") campaigns.add(name);
  }
  return { language, messages, campaigns: [...campaigns] };
}
