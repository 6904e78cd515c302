/** Report sheets and pages over the in-memory workbook: what is written, and what is refused. */
import { describe, expect, it } from "vitest";
import { LANGUAGE_CODES } from "../../../src/core/i18n/languages";
import { renderReportHtml } from "../../../src/features/report/pages/view/render";
import { createReportSheet, reportForPage } from "../../../src/features/report/report";
import { saveFramework } from "../../../src/features/wizard/wizard";
import { catalogOf } from "../../../src/local/catalogs";
import { SAMPLE_FRAMEWORKS } from "../../../src/local/sample-frameworks";
import { sampleTracker } from "../../../src/local/sample-tracker";
import { ownSheet } from "../../../src/sheets/insert-templates";
import { appendTrackerRows } from "../../../src/sheets/tracker-rows";
import { BusyError } from "../../../src/sheets/workbook";
import { env, inMemory, insert, post, trackerColumn } from "../../sheets/helpers";

const ALL = { campaign: null, from: null, to: null };

/** Templates, the sample tracker and the sample frameworks. */
function sample() {
  const standIn = inMemory();
  insert(standIn.port);
  appendTrackerRows(standIn.port, ownSheet(standIn.port, "tracker"), sampleTracker());
  for (const draft of SAMPLE_FRAMEWORKS) saveFramework(standIn.port, draft, env());
  return standIn;
}

const sheetNames = (standIn: ReturnType<typeof inMemory>) =>
  standIn.spreadsheet.getSheets().map((s) => s.getName());

describe("a report sheet", () => {
  it("is a new sheet of the add-on's, with the report and four native charts beside it", () => {
    const standIn = sample();
    const before = sheetNames(standIn);
    const outcome = createReportSheet(
      standIn.port,
      { campaign: "Summer Sun Sale", from: null, to: null },
      env(),
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    // 31 characters at most, as Excel allows: the campaign is shortened, the date kept.
    expect(outcome.sheet).toMatch(/^Summer Sun Sale \d{4}-\d{2}-\d{2}$/);
    expect(sheetNames(standIn)).toEqual([...before, outcome.sheet]);
    expect(standIn.port.ownSheets(["report"]).map((s) => s.ref.name)).toEqual([outcome.sheet]);
    const sheet = standIn.spreadsheet.sheetNamed(outcome.sheet);
    const values = sheet?.getDataRange().getValues() ?? [];
    expect(String(values[0]?.[0])).toContain("Summer Sun Sale");
    const text = values.flat().map(String).join("\n");
    for (const heading of ["KPI scorecard", "Headline figures", "Funnel", "By influencer"]) {
      expect(text).toContain(heading);
    }
    const charts = sheet?.charts ?? [];
    expect(charts).toHaveLength(4);
    // Charts sit right of the report's twelve columns: they cover no data.
    for (const chart of charts) expect(chart.position.column).toBeGreaterThan(12);
  });

  it("sets spend against the campaign's budget from its framework, all budgets for all", () => {
    const standIn = sample();
    const budget = (campaign: string | null) => {
      const view = reportForPage(standIn.port, { campaign, from: null, to: null }, env());
      return view.ok ? view.model.header.budget : undefined;
    };
    expect(budget("Summer Sun Sale")).toBe(60_000);
    expect(budget(null)).toBe(110_000 + 60_000 + 120_000 + 40_000);
  });

  it("keeps earlier reports: a second one the same day takes a free name", () => {
    const standIn = sample();
    const first = createReportSheet(standIn.port, ALL, env());
    const second = createReportSheet(standIn.port, ALL, env());
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.sheet).toMatch(/^All campaigns \d{4}-\d{2}-\d{2}$/);
    expect(second.sheet).toMatch(/^All campaigns \d{4}-\d{2}-\d{2} \(2\)$/);
  });

  it.each(LANGUAGE_CODES)(
    "in %s, is named within Excel's 31 characters, a long campaign shortened and the date kept",
    (lang) => {
      const standIn = inMemory();
      insert(standIn.port, lang);
      const campaign = "Nordic creators × Summer Sun Sale, second wave 🌞";
      appendTrackerRows(standIn.port, ownSheet(standIn.port, "tracker"), [
        post({ campaign, influencer: "Ana", platform: "Instagram", cost: 100, likes: 40 }),
      ]);
      const names = [1, 2, 3].map(() => {
        const outcome = createReportSheet(
          standIn.port,
          { campaign, from: null, to: null },
          env(lang),
        );
        expect(outcome.ok).toBe(true);
        return outcome.ok ? outcome.sheet : "";
      });
      const [pattern] = catalogOf(lang)["sheet.report"].split("{campaign}");
      for (const [i, name] of names.entries()) {
        expect(name.length, name).toBeLessThanOrEqual(31);
        expect(name.startsWith(`${pattern}Nor`), name).toBe(true);
        expect(name, name).toMatch(i === 0 ? /… \d{4}-\d{2}-\d{2}$/ : / \d{4}-\d{2}-\d{2} \(\d\)$/);
      }
      expect(new Set(names).size).toBe(3);
      expect(sheetNames(standIn)).toEqual(expect.arrayContaining(names));
    },
  );

  it("takes the same calls at 100 and 5,000 tracker rows, at most 40", () => {
    const calls = (rows: number) => {
      const standIn = inMemory();
      insert(standIn.port);
      const posts = Array.from({ length: rows }, (_, i) =>
        post({
          campaign: "Bench",
          influencer: `Creator ${i % 25}`,
          platform: i % 2 ? "Instagram" : "TikTok",
          followers: 10_000 + i,
          impressions: 1000 + i,
          likes: 50,
          clicks: 10,
          conversions: 1,
          revenue: 80,
          cost: 50,
        }),
      );
      appendTrackerRows(standIn.port, ownSheet(standIn.port, "tracker"), posts);
      standIn.spreadsheet.log.reset();
      const outcome = createReportSheet(standIn.port, ALL, env());
      expect(outcome.ok).toBe(true);
      return standIn.spreadsheet.log.sheetsCalls;
    };
    const small = calls(100);
    expect(calls(5_000)).toBe(small);
    expect(small).toBeLessThanOrEqual(40);
  });

  it("is refused, with no sheet added, for an empty tracker, an empty range or dates out of order", () => {
    const standIn = inMemory();
    insert(standIn.port);
    const before = sheetNames(standIn);
    const empty = createReportSheet(standIn.port, ALL, env());
    expect(empty.ok).toBe(false);
    appendTrackerRows(standIn.port, ownSheet(standIn.port, "tracker"), sampleTracker());
    const none = createReportSheet(
      standIn.port,
      { campaign: "Summer Sun Sale", from: "2020-01-01", to: "2020-12-31" },
      env(),
    );
    expect(none.ok).toBe(false);
    const backwards = createReportSheet(
      standIn.port,
      { campaign: null, from: "2026-06-01", to: "2026-05-01" },
      env(),
    );
    expect(backwards.ok).toBe(false);
    const forged = createReportSheet(standIn.port, { campaign: 5, from: "x", to: null }, env());
    expect(forged.ok).toBe(false);
    for (const campaign of ["Summer\u0000Sun Sale", "Summer \ud83d Sun Sale"]) {
      const broken = createReportSheet(standIn.port, { campaign, from: null, to: null }, env());
      expect(broken).toEqual({ ok: false, message: catalogOf("en")["reportDialog.badRequest"] });
    }
    expect(sheetNames(standIn)).toEqual(before);
  });

  it("names a tracker column that is gone, and adds no sheet", () => {
    const standIn = sample();
    const tracker = standIn.spreadsheet.sheetNamed("Campaign Tracker");
    tracker?.deleteColumns(trackerColumn("cost"), 1);
    const before = sheetNames(standIn);
    expect(() => createReportSheet(standIn.port, ALL, env())).toThrow(/Cost/);
    expect(sheetNames(standIn)).toEqual(before);
  });

  it("leaves no half-written report when a write fails", () => {
    const standIn = sample();
    const before = sheetNames(standIn);
    const failing = {
      ...standIn.port,
      addCharts: () => {
        throw new Error("Service unavailable");
      },
    };
    expect(() => createReportSheet(failing, ALL, env())).toThrow("Service unavailable");
    expect(sheetNames(standIn)).toEqual(before);
  });

  it("says it is busy while another run holds the lock", () => {
    const standIn = sample();
    standIn.lock.heldElsewhere = true;
    expect(() => createReportSheet(standIn.port, ALL, env())).toThrow(BusyError);
  });

  it("writes names that look like formulas as text, and shows HTML names as text in the page", () => {
    const standIn = inMemory();
    insert(standIn.port);
    const formulaName = '=HYPERLINK("http://x","y")';
    const names = [formulaName, "<img src=x onerror=alert(1)>"];
    appendTrackerRows(
      standIn.port,
      ownSheet(standIn.port, "tracker"),
      names.flatMap((name) =>
        [1, 2, 3].map(() =>
          post({
            campaign: formulaName,
            influencer: name,
            platform: "Instagram",
            cost: 10,
            likes: 5,
          }),
        ),
      ),
    );
    const outcome = createReportSheet(
      standIn.port,
      { campaign: formulaName, from: null, to: null },
      env(),
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const sheet = standIn.spreadsheet.sheetNamed(outcome.sheet);
    const formulas = sheet?.getDataRange().getFormulas().flat() ?? [];
    expect(formulas.filter((f) => f !== "")).toEqual([]);
    const view = reportForPage(
      standIn.port,
      { campaign: formulaName, from: null, to: null },
      env(),
    );
    expect(view.ok).toBe(true);
    if (view.ok) {
      const html = renderReportHtml(view.model, view);
      expect(html).not.toContain("<img src=x");
      expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    }
  });
});
