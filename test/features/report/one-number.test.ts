/**
 * One number everywhere: in the sample workbook, in each language, every KPI's Actual and
 * Status in the KPI Framework are the report's, and the tracker's totals row shows the report
 * of all campaigns' figures, with numbers typed as text and an amount formatted in another
 * currency left out alike; and again once Clean up numbers has turned text numbers into numbers.
 */
import { expect, it } from "vitest";
import { moneyFormat } from "../../../src/core/currency";
import type { MessageKey } from "../../../src/core/i18n/catalog";
import { HOME_LOCALES, LANGUAGE_CODES } from "../../../src/core/i18n/languages";
import type { FigureKey } from "../../../src/core/report/model";
import { cleanUpNumbers } from "../../../src/features/cleanup/clean-up";
import { reportForPage } from "../../../src/features/report/report";
import { saveFramework } from "../../../src/features/wizard/wizard";
import { catalogOf } from "../../../src/local/catalogs";
import { SAMPLE_FRAMEWORKS } from "../../../src/local/sample-frameworks";
import { marksOf, sampleTracker } from "../../../src/local/sample-tracker";
import { columnLetter } from "../../../src/sheets/a1";
import { ownSheet } from "../../../src/sheets/insert-templates";
import { settingsCurrency } from "../../../src/sheets/readers/settings";
import { TRACKER } from "../../../src/sheets/templates/tracker";
import { appendTrackerRows } from "../../../src/sheets/tracker-rows";
import { env, frameworkColumn, inMemory, insert, trackerColumn } from "../../sheets/helpers";

/** Totals-row columns and the report figure each must equal. */
const TOTALS: readonly (readonly [Parameters<typeof trackerColumn>[0], FigureKey])[] = [
  ["cost", "spend"],
  ["revenue", "revenue"],
  ["impressions", "impressions"],
  ["clicks", "clicks"],
  ["conversions", "conversions"],
  ["cpm", "cpm"],
  ["cpe", "cpe"],
  ["ctr", "ctr"],
  ["conversionRate", "conversionRate"],
  ["roi", "roi"],
  ["roas", "roas"],
];

/** Equal to the 10 significant digits the in-memory workbook keeps of a computed value. */
const same = (shown: unknown, value: number) =>
  typeof shown === "number" && Math.abs(shown - value) <= 1e-9 * Math.max(1, Math.abs(value));

/** The sample workbook in lang, its Apps Script installed for what follows. */
function sample(lang: (typeof LANGUAGE_CODES)[number]) {
  const locale = HOME_LOCALES[lang];
  const standIn = inMemory({ locale, userLocale: locale });
  insert(standIn.port, lang);
  const tracker = standIn.spreadsheet.sheetNamed(ownSheet(standIn.port, "tracker").name);
  appendTrackerRows(
    standIn.port,
    ownSheet(standIn.port, "tracker"),
    sampleTracker(marksOf(locale)),
  );
  // A cost cell formatted in another currency than Settings', its amount then typed in: a
  // format alone does not recalculate a formula, in Sheets as here.
  const costs = tracker?.getRange(TRACKER.firstDataRow, trackerColumn("cost"), 40, 1);
  const row =
    TRACKER.firstDataRow + (costs?.getValues().findIndex(([v]) => typeof v === "number") ?? 0);
  const cell = tracker?.getRange(row, trackerColumn("cost"));
  const other = settingsCurrency(standIn.port) === "EUR" ? "GBP" : "EUR";
  const amount = cell?.getValue();
  cell?.setValue("");
  cell?.setNumberFormat(moneyFormat(other));
  cell?.setValue(amount);
  for (const draft of SAMPLE_FRAMEWORKS) {
    expect(saveFramework(standIn.port, draft, env(lang)).ok).toBe(true);
  }
  const catalog = catalogOf(lang);
  const report = (campaign: string | null) => {
    const view = reportForPage(standIn.port, { campaign, from: null, to: null }, env(lang));
    if (!view.ok) throw new Error(view.message);
    return view.model;
  };

  return { standIn, tracker, row, catalog, report };
}

/** Each KPI's Actual and Status in the KPI Framework are the report's; returns how many. */
function frameworkAgrees(workbook: ReturnType<typeof sample>): number {
  const { standIn, catalog, report } = workbook;
  const framework = standIn.spreadsheet.sheetNamed(ownSheet(standIn.port, "framework").name);
  const rows = framework?.getDataRange().getValues().slice(1) ?? [];
  const at = (r: readonly unknown[], key: Parameters<typeof frameworkColumn>[0]) =>
    r[frameworkColumn(key) - 1];
  let compared = 0;
  for (const draft of SAMPLE_FRAMEWORKS) {
    const lines = report(draft.campaign).scorecard;
    const kpis = rows.filter((r) => at(r, "campaign") === draft.campaign && at(r, "kpi") !== "");
    expect(kpis).toHaveLength(lines.length);
    lines.forEach((line, i) => {
      const kpi = kpis[i] ?? [];
      const actual = at(kpi, "actual");
      if (line.actual === null) expect(actual === "" || typeof actual === "string").toBe(true);
      else expect(same(actual, line.actual), `${actual} ≠ ${line.actual}`).toBe(true);
      expect(at(kpi, "status")).toBe(catalog[`status.${line.status}` as MessageKey]);
      compared++;
    });
  }
  return compared;
}

/** The tracker's totals row shows the report of all campaigns' figures; returns them. */
function totalsAgree(workbook: ReturnType<typeof sample>): ReadonlyMap<FigureKey, number | null> {
  const { tracker, report } = workbook;
  const totals =
    tracker?.getRange(TRACKER.totalsRow, 1, 1, tracker.getLastColumn()).getValues()[0] ?? [];
  const figures = new Map(report(null).figures.map((figure) => [figure.key, figure.value]));
  for (const [column, key] of TOTALS) {
    const shown = totals[trackerColumn(column) - 1];
    const value = figures.get(key);
    expect(value, key).not.toBeNull();
    expect(same(shown, value as number), `${column} ${key}: ${shown} ≠ ${value}`).toBe(true);
  }
  return figures;
}

it.each(LANGUAGE_CODES)("%s: the sample workbook shows one number per figure", (lang) => {
  const workbook = sample(lang);
  const { standIn, row, report } = workbook;
  // The amount formatted in another currency is left out, and listed.
  const cost = `${columnLetter(trackerColumn("cost"))}${row}`;
  const listed = (cell: string) => report(null).dataIssues.some((i) => i.cell.endsWith(cell));
  expect(listed(cost)).toBe(true);
  expect(frameworkAgrees(workbook)).toBeGreaterThan(10);
  const before = totalsAgree(workbook);

  // Clean up numbers turns the text numbers into numbers, and every surface counts them.
  const textIssues = () =>
    report(null).dataIssues.filter((i) => i.problem.key === "report.issue.text").length;
  expect(textIssues()).toBeGreaterThan(0);
  cleanUpNumbers(standIn.port, env(lang).allCatalogs(), catalogOf(lang));
  expect(textIssues()).toBe(0);
  expect(listed(cost)).toBe(true);
  expect(frameworkAgrees(workbook)).toBeGreaterThan(10);
  const after = totalsAgree(workbook);
  // The sample's text costs ("26,950", "1,900") now count in the spend.
  expect((after.get("spend") ?? 0) - (before.get("spend") ?? 0)).toBeGreaterThan(20_000);
});
