/**
 * The surfaces a money figure shows on, for the currency tests: a June sales campaign's
 * framework (one KPI, ROAS), its report, the tracker's totals row and the framework's row.
 */
import { expect } from "vitest";
import type { Lang } from "../../../src/core/i18n/languages";
import type { ReportModel } from "../../../src/core/report/model";
import { reportForPage } from "../../../src/features/report/report";
import { saveFramework } from "../../../src/features/wizard/wizard";
import type { InMemorySpreadsheet } from "../../../src/local/in-memory/spreadsheet";
import { ownSheet } from "../../../src/sheets/insert-templates";
import { TRACKER } from "../../../src/sheets/templates/tracker";
import type { WorkbookPort } from "../../../src/sheets/workbook";
import { env, frameworkColumn, trackerColumn } from "../../sheets/helpers";

export function moneySurfaces(
  standIn: { port: WorkbookPort; spreadsheet: InMemorySpreadsheet },
  campaign: string,
  lang: Lang = "en",
) {
  const { port, spreadsheet } = standIn;
  const draft = {
    goal: "sales",
    secondaryGoal: null,
    campaign,
    start: "2026-06-01",
    end: "2026-06-30",
    budget: 5000,
    kpis: [
      {
        kpi: "returnOnSpend",
        metrics: ["roas", "roi"],
        baseline: 1,
        target: 2,
        deadline: "2026-06-30",
        owner: "",
        tactic: "",
      },
    ],
  };
  expect(saveFramework(port, draft, env(lang)).ok).toBe(true);
  const report = (): ReportModel => {
    const view = reportForPage(port, { campaign, from: null, to: null }, env(lang));
    if (!view.ok) throw new Error(view.message);
    return view.model;
  };
  const tracker = spreadsheet.sheetNamed(ownSheet(port, "tracker").name);
  const totals = (key: Parameters<typeof trackerColumn>[0]) =>
    tracker?.getRange(TRACKER.totalsRow, trackerColumn(key)).getValue();
  const framework = spreadsheet.sheetNamed(ownSheet(port, "framework").name);
  const kpiRow = (key: Parameters<typeof frameworkColumn>[0]) =>
    framework?.getRange(2, frameworkColumn(key)).getValue();
  return { report, totals, kpiRow };
}
