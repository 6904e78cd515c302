/**
 * Where the in-memory workbook is as strict as real Sheets, and the add-on holds up there:
 * formulas written into plain-text cells stay text, user text written elsewhere is read as
 * numbers and dates unless marked, dates keep their day in every time zone, and charts say how
 * many header rows they have.
 */
import { describe, expect, it } from "vitest";
import { createReportSheet } from "../../src/features/report/report";
import { saveFramework } from "../../src/features/wizard/wizard";
import { catalogOf } from "../../src/local/catalogs";
import { ownSheet } from "../../src/sheets/insert-templates";
import { appendTrackerRows } from "../../src/sheets/tracker-rows";
import { calendarDay } from "../../src/sheets/workbook";
import { env, frameworkColumn, inMemory, insert, post, trackerColumn } from "./helpers";

const kpi = (over: Record<string, unknown> = {}) => ({
  kpi: "returnOnSpend",
  metrics: ["roas"],
  baseline: 1,
  target: 3,
  deadline: "2099-06-30",
  owner: "",
  tactic: "",
  ...over,
});

const draft = (campaign: string, kpis = [kpi()], start = "2026-03-01") => ({
  goal: "sales",
  secondaryGoal: null,
  campaign,
  start,
  end: "2099-06-30",
  budget: 1000,
  kpis,
});

describe("the in-memory workbook, as Sheets reads what setValues writes", () => {
  it("keeps a formula written into a plain-text cell as text, apostrophe and all", () => {
    const { spreadsheet } = inMemory();
    const sheet = spreadsheet.getActiveSheet();
    sheet.getRange("A1:C1").setNumberFormat("@");
    sheet.getRange("A1:C1").setValues([["=1+1", "'kept", "2025"]]);
    expect(sheet.getRange("A1:C1").getValues()).toEqual([["=1+1", "'kept", "2025"]]);
    expect(sheet.getRange("A1:C1").getFormulas()).toEqual([["", "", ""]]);
  });

  it("reads text elsewhere as numbers, dates, booleans and formulas, as if typed", () => {
    const { spreadsheet } = inMemory();
    const sheet = spreadsheet.getActiveSheet();
    const year = new Date().getFullYear();
    sheet
      .getRange("A1:J1")
      .setValues([
        [
          "2025",
          "May 2025",
          "10%",
          "1/2",
          " =1+1",
          "＝2+2",
          "true",
          "3/25/2025 22:00",
          "Lena",
          "'7",
        ],
      ]);
    expect(sheet.getRange("A1:J1").getValues()).toEqual([
      [
        2025,
        new Date(Date.UTC(2025, 4, 1)),
        0.1,
        new Date(Date.UTC(year, 0, 2)),
        2,
        4,
        true,
        new Date(Date.UTC(2025, 2, 25, 22)),
        "Lena",
        "7",
      ],
    ]);
  });

  it("reads day-first dates and month names in the spreadsheet's locale", () => {
    const { spreadsheet } = inMemory({ locale: "da_DK" });
    const sheet = spreadsheet.getActiveSheet();
    sheet.getRange("A1:C1").setValues([["1/2/2026", "1. maj 2026", "maj 2026"]]);
    expect(sheet.getRange("A1:C1").getValues()).toEqual([
      [
        new Date(Date.UTC(2026, 1, 1)),
        new Date(Date.UTC(2026, 4, 1)),
        new Date(Date.UTC(2026, 4, 1)),
      ],
    ]);
  });
});

describe("formulas into cells that were plain text", () => {
  it("Insert templates run again brings back live Tier and Status formulas in columns an older version made plain text", () => {
    const { spreadsheet, port } = inMemory();
    insert(port);
    appendTrackerRows(port, ownSheet(port, "tracker"), [
      post({
        campaign: "A",
        influencer: "Lena",
        platform: "Instagram",
        followers: 5000,
        cost: 100,
        revenue: 250,
      }),
    ]);
    expect(saveFramework(port, draft("A"), env()).ok).toBe(true);
    const tracker = spreadsheet.sheetNamed("Campaign Tracker");
    const framework = spreadsheet.sheetNamed("KPI Framework");
    if (!tracker || !framework) throw new Error("no templates");
    // As an older version left them: the computed text columns plain text, formulas lost.
    const tier = tracker.getRange(1, trackerColumn("tier"), tracker.maxRows, 1);
    tier.setNumberFormat("@");
    tracker.getRange(3, trackerColumn("tier")).setValue("");
    const status = framework.getRange(1, frameworkColumn("status"), framework.maxRows, 1);
    status.setNumberFormat("@");
    framework.getRange(2, frameworkColumn("status")).setValue("");

    insert(port);
    expect(tracker.getRange(3, trackerColumn("tier")).getFormula()).toMatch(/^=TIER\(/);
    expect(tracker.getRange(3, trackerColumn("tier")).getValue()).toBe("Nano");
    expect(framework.getRange(2, frameworkColumn("status")).getFormula()).toMatch(
      /^=ARRAYFORMULA\(/,
    );
    expect(framework.getRange(2, frameworkColumn("status")).getValue()).toBe("On track");
  });

  it("Insert templates in another language relabels the status words of a live Status column", () => {
    const { spreadsheet, port } = inMemory();
    insert(port);
    appendTrackerRows(port, ownSheet(port, "tracker"), [
      post({ campaign: "A", platform: "Instagram", followers: 5000, cost: 100, revenue: 250 }),
    ]);
    expect(saveFramework(port, draft("A"), env()).ok).toBe(true);
    const framework = spreadsheet.sheetNamed("KPI Framework");
    framework?.getRange(1, frameworkColumn("status"), framework.maxRows, 1).setNumberFormat("@");
    spreadsheet.getRangeByName("InfluencerKPIs_Language")?.setValue("Dansk");
    insert(port);
    const danish = spreadsheet.sheetNamed("KPI-ramme") ?? framework;
    expect(danish?.getRange(2, frameworkColumn("status")).getValue()).toBe(
      catalogOf("da")["status.onTrack"],
    );
  });
});

describe("user text in a report sheet", () => {
  it("stays the exact text where Sheets would read a number or a date", () => {
    const { spreadsheet, port } = inMemory();
    insert(port);
    const names = ["2025", "May 2025", "10%", "1/2", "＝1+1", "=1+1"];
    appendTrackerRows(
      port,
      ownSheet(port, "tracker"),
      names.map((name) =>
        post({ campaign: "May 2025", influencer: name, platform: "Instagram", cost: 10, likes: 5 }),
      ),
    );
    const outcome = createReportSheet(port, { campaign: "May 2025", from: null, to: null }, env());
    if (!outcome.ok) throw new Error(outcome.message);
    const sheet = spreadsheet.sheetNamed(outcome.sheet);
    const values = sheet?.getDataRange().getValues() ?? [];
    const firstColumn = values.map((line) => line[0]);
    for (const name of names) expect(firstColumn).toContain(name);
    expect(String(values[0]?.[0])).toContain("May 2025");
  });
});

describe("dates of other campaigns", () => {
  it.each(["Asia/Tokyo", "Europe/Copenhagen", "Asia/Bishkek", "America/Los_Angeles"])(
    "keep their day and time when a framework write covers their rows, in %s",
    (timeZone) => {
      const { spreadsheet, port } = inMemory({ timeZone });
      insert(port);
      appendTrackerRows(port, ownSheet(port, "tracker"), [
        post({ campaign: "A", postDate: calendarDay("2026-03-01") }),
        post({ campaign: "B", postDate: calendarDay("2026-03-02") }),
      ]);
      const two = [kpi(), kpi({ kpi: "sales", metrics: ["revenue"], target: 5000 })];
      expect(saveFramework(port, draft("A", two), env()).ok).toBe(true);
      expect(saveFramework(port, draft("B"), env()).ok).toBe(true);
      const framework = spreadsheet.sheetNamed("KPI Framework");
      if (!framework) throw new Error("no framework");
      // The user sorts the framework so that B's row sits between A's two.
      const width = framework.getLastColumn();
      const rowAt = (row: number) => {
        const range = framework.getRange(row, 1, 1, width);
        const formulas = range.getFormulas()[0] ?? [];
        return (range.getValues()[0] ?? []).map((value, i) => formulas[i] || value);
      };
      const [second, third] = [rowAt(3), rowAt(4)];
      framework.getRange(3, 1, 2, width).setValues([third, second]);
      const cell = (row: number, key: Parameters<typeof frameworkColumn>[0]) =>
        framework.getRange(row, frameworkColumn(key)).getValue();
      expect(cell(3, "campaign")).toBe("B");
      const before = [cell(3, "start"), cell(3, "deadline")].map((d) => (d as Date).getTime());

      // A again, with a target changed: the write spans rows 2 to 4, B's included.
      const again = [kpi({ target: 4 }), kpi({ kpi: "sales", metrics: ["revenue"], target: 5000 })];
      const outcome = saveFramework(port, draft("A", again), env());
      expect(outcome).toMatchObject({ ok: true, firstRow: 2, lastRow: 4 });
      expect(cell(3, "campaign")).toBe("B");
      const after = [cell(3, "start"), cell(3, "deadline")] as Date[];
      expect(after.map((d) => d.getTime())).toEqual(before);
      const shown = after.map((d) => new Intl.DateTimeFormat("en-CA", { timeZone }).format(d));
      expect(shown).toEqual(["2026-03-01", "2099-06-30"]);
    },
  );
});

describe("report charts", () => {
  it("say how many header rows their ranges have, so Sheets never guesses", () => {
    const { spreadsheet, port } = inMemory();
    insert(port);
    appendTrackerRows(
      port,
      ownSheet(port, "tracker"),
      ["Lena", "Noah"].map((name) =>
        post({
          campaign: "A",
          influencer: name,
          platform: "Instagram",
          cost: 100,
          impressions: 5000,
          likes: 50,
          clicks: 20,
        }),
      ),
    );
    expect(saveFramework(port, draft("A"), env()).ok).toBe(true);
    const outcome = createReportSheet(port, { campaign: "A", from: null, to: null }, env());
    if (!outcome.ok) throw new Error(outcome.message);
    const charts = spreadsheet.sheetNamed(outcome.sheet)?.charts ?? [];
    expect(charts.map((chart) => chart.numHeaders)).toEqual([1, 1, 0, 1]);
    // A headed range starts on its table's header: the legend names the series.
    const emvCost = charts[1]?.getRanges().map((range) => range.getValues()[0]?.[0]);
    expect(emvCost).toEqual(["Influencer", "Cost", "EMV"]);
  });
});
